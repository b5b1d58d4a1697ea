"""The language server under faults: floods, big drafts, unopened documents, odd line breaks,
broken config/rules/facts files; and random edit sequences against a fresh check.

These tests talk to `copydesk serve` with the plain JSON-RPC client (lsp_rpc.py), so timing and
message order are under the test's control.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lsp_rpc import RpcClient
from lsp_support import write_house_project, write_project

from copydesk.document import Document
from copydesk.workspace import Workspace
from helpers import BANNED_RULE

SEVERITY = {"error": 1, "warning": 2, "information": 3, "hint": 4}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_house_project(tmp_path)


@pytest.fixture
def rpc(project: Path, tmp_path: Path):
    client = RpcClient(cwd=project)
    client.initialize(project)
    yield client
    client.kill()


def expected(project: Path, path: Path, text: str) -> list[tuple]:
    """What `copydesk check` finds in `text`, in the shape the server publishes."""
    ws = Workspace.discover(project)
    result = ws.check(text, str(path))
    return [
        (f.rule, SEVERITY[f.severity], f.message,
         ((f.range.start_line, f.range.start_character), (f.range.end_line, f.range.end_character)))
        for f in result.findings
    ]


def published(params: dict) -> list[tuple]:
    return [
        (d["code"], d["severity"], d["message"],
         ((d["range"]["start"]["line"], d["range"]["start"]["character"]),
          (d["range"]["end"]["line"], d["range"]["end"]["character"])))
        for d in params["diagnostics"]
    ]


def lsp_range(text: str, start: int, end: int) -> dict:
    doc = Document(text)
    (sl, sc), (el, ec) = doc.position(start), doc.position(end)
    return {"start": {"line": sl, "character": sc}, "end": {"line": el, "character": ec}}


def versions(rpc: RpcClient, uri: str) -> list[int | None]:
    with rpc._lock:
        return [m["params"].get("version") for m in rpc.notifications
                if m["method"] == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri]


def messages(rpc: RpcClient) -> list[dict]:
    with rpc._lock:
        return [m["params"] for m in rpc.notifications if m["method"] == "window/showMessage"]


def big_news(paragraphs: int) -> str:
    return "\n\n".join(
        f"Defense Minister Marta Velez said on Monday that {i % 30 + 2} patrol boats would come from Halden. "
        f'"We will not wait another year for these boats," Velez told reporters, and a kerfuffle followed.'
        for i in range(paragraphs)
    ) + "\n"


# --------------------------------------------------------------------------- the protocol


def test_requests_for_documents_never_opened(rpc: RpcClient, project: Path):
    for uri in ((project / "drafts" / "never.md").as_uri(),  # does not exist
                (project / "drafts" / "story.md").as_uri(),  # exists, never opened
                "untitled:Untitled-1", "file:///"):
        hover = rpc.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
        assert hover.get("result") is None and "error" not in hover, hover
        actions = rpc.request("textDocument/codeAction", {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}},
            "context": {"diagnostics": []},
        })
        assert actions.get("result") == [] and "error" not in actions, actions
    # a closed document is not open either
    uri = rpc.open(project / "drafts" / "story.md")
    rpc.diagnostics(uri, version=1)
    rpc.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    hover = rpc.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 2, "character": 30}})
    assert hover["result"] is None
    # and the server goes on
    uri = rpc.open(project / "drafts" / "x.md", "A kerfuffle.\n")
    assert [d["code"] for d in rpc.diagnostics(uri, version=1)["diagnostics"]] == ["house-banned"]


def test_document_names_that_need_quoting_in_a_uri(rpc: RpcClient, project: Path):
    """pygls keys documents by the unquoted URI; "my%20draft.md" must still be found and checked."""
    for name in ("my draft.md", "épreuve #1.md", "100%.md"):
        uri = rpc.open(project / "drafts" / name, "A kerfuffle.\n")
        assert "%" in uri
        assert [d["code"] for d in rpc.diagnostics(uri, version=1)["diagnostics"]] == ["house-banned"]
        hover = rpc.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 4}})
        assert "kerfuffle" in hover["result"]["contents"]["value"]


def test_a_flood_of_500_changes(rpc: RpcClient, project: Path):
    path = project / "drafts" / "flood.md"
    text = "Start.\n"
    uri = rpc.open(path, text)
    rpc.diagnostics(uri, version=1)
    typed = "Defense Minister Marta Veles said a kerfuffle 😀 over twelve boats recieved no answer.\n" * 6
    for version, ch in enumerate(typed[:499], start=2):
        at = len(text) - 1  # type before the final newline
        rpc.change(uri, version, [{"range": lsp_range(text, at, at), "text": ch}])
        text = text[:at] + ch + text[at:]
    final_version = 501  # 499 typed characters were versions 2..500
    rpc.change(uri, final_version, [{"range": lsp_range(text, 0, 0), "text": "# Title\n\n"}])
    text = "# Title\n\n" + text
    started = time.monotonic()
    hover = rpc.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}})
    assert "error" not in hover
    final = rpc.diagnostics(uri, version=final_version, timeout=120)
    assert time.monotonic() - started < 60
    assert published(final) == expected(project, path, text)
    time.sleep(0.3)
    seen = versions(rpc, uri)
    assert seen == sorted(seen) and seen[-1] == final_version
    assert len(seen) == len(set(seen)), "a version was published twice"


def test_malformed_frames_and_positions_past_the_end(rpc: RpcClient, project: Path):
    rpc.write_raw(b"\xff\xfe not even utf-8")
    rpc.write_raw(b'{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover"}')  # no params
    rpc.write_raw(b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": 3}}')
    rpc.write_raw(b'{"jsonrpc": "2.0", "id": 8, "method": "copydesk/none", "params": null}')
    uri = rpc.open(project / "drafts" / "p.md", "One.\n")
    rpc.diagnostics(uri, version=1)
    assert rpc.responses.pop(8)["error"]["code"] == -32601
    rpc.responses.pop(7, None)  # an error or null: either is an answer
    for line, character in ((0, 10_000), (10_000, 0), (2**31 - 1, 2**31 - 1)):
        hover = rpc.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
        assert "error" not in hover
    # an out-of-order version, then the real one
    rpc.change(uri, 5, [{"text": "A kerfuffle.\n"}])
    rpc.change(uri, 3, [{"text": "Big kerfuffle, kerfuffle.\n"}])
    assert len(rpc.diagnostics(uri, version=3)["diagnostics"]) == 2
    assert rpc.shutdown() == 0


# --------------------------------------------------------------------------- line breaks in the editor


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_line_endings_and_unicode_separators_in_the_editor(rpc: RpcClient, project: Path, newline: str):
    path = project / "drafts" / f"nl-{len(newline)}.md"
    # a form feed and U+2028 are not LSP line breaks; str.splitlines thinks they are
    text = newline.join(["# Title", "", "A \x0c page \u2028 break, then 😀 text.", "", "End here.", ""])
    uri = rpc.open(path, text)
    rpc.diagnostics(uri, version=1)
    start = text.index("End")
    rpc.change(uri, 2, [{"range": lsp_range(text, start, start), "text": "A kerfuffle. "}])
    text = text[:start] + "A kerfuffle. " + text[start:]
    final = rpc.diagnostics(uri, version=2)
    assert published(final) == expected(project, path, text)
    (diag,) = [d for d in final["diagnostics"] if d["code"] == "house-banned"]
    assert diag["range"]["start"] == {"line": 4, "character": 2}


# --------------------------------------------------------------------------- big drafts


def test_big_check_stays_responsive_and_a_newer_edit_cancels_it(rpc: RpcClient, project: Path):
    small = rpc.open(project / "drafts" / "small.md", "A kerfuffle here.\n")
    rpc.diagnostics(small, version=1)
    big_text = big_news(6000)  # about 1.3 MB
    big = rpc.open(project / "drafts" / "big.md", big_text)
    time.sleep(1.0)  # the big check is under way

    asked = time.monotonic()
    hover = rpc.request("textDocument/hover", {"textDocument": {"uri": small}, "position": {"line": 0, "character": 4}},
                        timeout=60)
    hover_latency = time.monotonic() - asked
    assert "kerfuffle" in hover["result"]["contents"]["value"]
    assert versions(rpc, big) == [], "the big check finished too soon to show anything"
    assert hover_latency < 3, f"hover waited {hover_latency:.1f}s behind the big check"

    changed = time.monotonic()
    rpc.change(big, 2, [{"text": "Now short, one kerfuffle.\n"}])
    rpc.diagnostics(big, version=2, timeout=120)
    cancel_latency = time.monotonic() - changed

    # how long the whole big check takes, for comparison
    started = time.monotonic()
    rpc.change(big, 3, [{"text": big_text}])
    rpc.diagnostics(big, version=3, timeout=300)
    full = time.monotonic() - started
    assert versions(rpc, big) == [2, 3], "version 1 was published after it went stale"
    assert cancel_latency < full / 2 + 1, f"the newer edit waited {cancel_latency:.1f}s; a full check takes {full:.1f}s"


# --------------------------------------------------------------------------- config, rules, facts


def watched(rpc: RpcClient, *paths: Path) -> None:
    rpc.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": p.as_uri(), "type": 2} for p in paths]})


def wait_message(rpc: RpcClient, fragment: str, after: int = 0) -> dict:
    # as long as the diagnostics waits here: on a loaded machine a rebuild after a watched file changed
    # may take a while, and how long is the bench's to measure, not this test's
    msg = rpc.wait_notification(lambda m: m["method"] == "window/showMessage" and fragment in m["params"]["message"],
                                timeout=120, after=after)
    return msg["params"]


def replace_file(path: Path, text: str) -> None:
    """Write `path` in one step, as editors that save safely do. A plain write_text truncates the
    file first: the server, still reading it for the previous change, could load that empty (or
    half-written) copydesk.yaml, a valid config naming no house rules, and keep it as the last good
    one (this test failed about 1 run in 4 that way)."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def test_broken_files_are_shown_and_the_last_good_config_kept(rpc: RpcClient, project: Path):
    config, rule = project / "copydesk.yaml", project / "house" / "house-banned.yaml"
    facts = project / "facts.yaml"
    facts.write_text("people:\n  - name: Marta Velez\n    pronouns: she/her\n", encoding="utf-8")
    config.write_text("sources: [sources]\nfacts: [facts.yaml]\nrules: {paths: [house]}\n", encoding="utf-8")
    watched(rpc, config)
    uri = rpc.open(project / "drafts" / "n.md", "A kerfuffle.\n")
    assert [d["code"] for d in rpc.diagnostics(uri, version=1)["diagnostics"]] == ["house-banned"]
    version = 1

    def still_checks() -> None:
        nonlocal version
        version += 1
        rpc.change(uri, version, [{"text": f"A kerfuffle, take {'i' * version}.\n"}])
        assert [d["code"] for d in rpc.diagnostics(uri, version=version)["diagnostics"]] == ["house-banned"]

    cases = [
        (rule, BANNED_RULE.replace("[kerfuffle]", "['(k)\\1erfuffle']"), f"{rule}:6: ", "cannot run in linear time"),
        (rule, BANNED_RULE.replace("[kerfuffle]", "['kerf(uffle']"), f"{rule}:6: ", "invalid regex"),
        (rule, BANNED_RULE + "  nonword: maybe\n", f"{rule}:7: ", "param 'nonword': expected true or false"),
        (rule, BANNED_RULE + "  ignorcase: false\n", f"{rule}:7: ", "unknown param 'ignorcase'"),
        (config, "sources: [sources, archive/*.txt]\nrules: {paths: [house]}\n", f"{config}:1: ", "matches no source files"),
        (config, "sources: [sources]\nrules: {paths: [house]}\nrules: {}\n", f"{config}:3: ", "given twice"),
        (facts, "people:\n  - name: Marta Velez\n    pronouns: [she\n", f"{facts}:4: ", "broken YAML"),
        (facts, "people:\n  - name: Marta Velez\n    colour: red\n", f"{facts}:3: ", "unknown key 'colour'"),
    ]
    good = {p: p.read_text(encoding="utf-8") for p in (config, rule, facts)}

    for path, text, where, fragment in cases:
        after = len(rpc.notifications)
        replace_file(path, text)
        watched(rpc, path)
        shown = wait_message(rpc, fragment, after)
        assert shown["type"] == 1 and where in shown["message"] and "\n" not in shown["message"], shown
        still_checks()
        replace_file(path, good[path])
        watched(rpc, path)
    assert rpc.shutdown() == 0


# --------------------------------------------------------------------------- property: edits vs a fresh check

PIECES = ["A ", "kerfuffle", " said", " Marta Velez", " Veles", " recieved", " alot", ".", ",", " ", "\n", "\n\n", "\r\n",
          "😀", "é", "“", "”", '"', "twelve", " 12", " boats", " Monday", "# ", "- ", "*", "`"]
EDIT = st.tuples(st.floats(0, 1), st.floats(0, 0.2), st.lists(st.sampled_from(PIECES), max_size=6).map("".join))


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("prop") / "project"
    root.mkdir()
    write_project(root, config="sources: [sources]\nrules: {paths: [house]}\n")
    (root / "house").mkdir()
    (root / "house" / "house-banned.yaml").write_text(BANNED_RULE, encoding="utf-8")
    client = RpcClient(cwd=root)
    client.initialize(root)
    yield client, root
    client.kill()


def _boundary(text: str, i: int) -> int:
    """Never split a \\r\\n pair: LSP has no position between them."""
    return i + 1 if 0 < i < len(text) and text[i - 1] == "\r" and text[i] == "\n" else i


COUNTER = iter(range(10**6))


# COPYDESK_EDIT_SEQUENCES=1000 for the issue-18 run (about 10 minutes); 15 by default
@settings(max_examples=int(os.environ.get("COPYDESK_EDIT_SEQUENCES", "15")), derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(start=st.lists(st.sampled_from(PIECES), max_size=30).map("".join), edits=st.lists(EDIT, min_size=1, max_size=12))
def test_incremental_edits_end_where_a_fresh_check_does(shared, start: str, edits):
    rpc, root = shared
    path = root / "drafts" / f"prop-{next(COUNTER)}.md"
    text = start
    uri = rpc.open(path, text)
    version = 1
    for where, span, insert in edits:
        a = _boundary(text, int(where * len(text)))
        b = _boundary(text, min(len(text), a + int(span * len(text))))
        version += 1
        rpc.change(uri, version, [{"range": lsp_range(text, a, b), "text": insert}])
        text = text[:a] + insert + text[b:]
    final = rpc.settled_diagnostics(uri, version)
    rpc.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert published(final) == expected(root, path, text)
    with rpc._lock:
        errors = [m["params"]["message"] for m in rpc.notifications
                  if m["method"] in ("window/logMessage", "window/showMessage") and m["params"]["type"] == 1]
    assert errors == [], "an error was logged"


@pytest.mark.skipif(not os.environ.get("COPYDESK_BIG"), reason="set COPYDESK_BIG=1 to open a 10 MB draft in the server")
def test_ten_megabyte_draft_in_the_server(rpc: RpcClient, project: Path):
    text = big_news(45_000)
    uri = rpc.open(project / "drafts" / "huge.md", text)
    time.sleep(1)
    other = rpc.open(project / "drafts" / "other.md", "A kerfuffle.\n")
    rpc.change(uri, 2, [{"text": "Short now, a kerfuffle.\n"}])
    assert rpc.diagnostics(uri, version=2, timeout=600)["diagnostics"]
    assert rpc.diagnostics(other, version=1, timeout=600)["diagnostics"]
