"""The language server and a check cut by its deadline: the line is shown once, what the check
has is published, and nothing stale stays up (docs/safety.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from lsp_rpc import RpcClient
from lsp_support import write_house_project

# the server with a spent deadline: every whole check is cut before the draft's mentions are read
SERVE_WITH_NO_TIME = ("import sys\nfrom copydesk import workspace\nworkspace.CHECK_DEADLINE = 0\n"
                      "from copydesk.cli import main\nsys.exit(main(['serve']))\n")


def test_a_cut_check_is_shown_once_and_publishes_what_it_has(tmp_path: Path):
    project = write_house_project(tmp_path)
    rpc = RpcClient(cwd=project, command=[sys.executable, "-c", SERVE_WITH_NO_TIME])
    try:
        rpc.initialize(project)
        uri = rpc.open(project / "drafts" / "a.md", "A kerfuffle.\n")
        assert rpc.diagnostics(uri, version=1)["diagnostics"] == []  # no rule ran
        rpc.change(uri, 2, [{"text": "A kerfuffle, again.\n"}])
        assert rpc.diagnostics(uri, version=2)["diagnostics"] == []
        assert rpc.shutdown() == 0
        with rpc._lock:
            cut = [m["params"] for m in rpc.notifications
                   if m["method"] == "window/showMessage" and "deadline" in m["params"]["message"]]
        assert len(cut) == 1 and cut[0]["type"] == 2  # a warning, once until a check runs whole again
        assert cut[0]["message"].endswith("a.md: check stopped at its 0 s deadline before reading the draft's names, "
                                          "figures, dates and quotes; no rule ran (see docs/safety.md)")
        assert "\n" not in cut[0]["message"]
    finally:
        rpc.kill()
