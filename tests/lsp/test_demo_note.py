"""The language server says once, as a message, when it checks against the bundled demo
articles because no copydesk.yaml names any sources (the CLI says it on stderr)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsp_rpc import RpcClient
from lsp_support import write_project


def demo_messages(rpc: RpcClient) -> list[dict]:
    with rpc._lock:
        return [m["params"] for m in rpc.notifications
                if m["method"] == "window/showMessage" and "bundled demo articles" in m["params"]["message"]]


def check_two_drafts(root: Path) -> RpcClient:
    rpc = RpcClient(cwd=root)
    rpc.initialize(root)
    for i, name in enumerate(("a.md", "b.md"), start=1):
        path = root / name
        path.write_text(f"Draft {i}: a quiet morning in the harbour.\n", encoding="utf-8")
        rpc.settled_diagnostics(rpc.open(path), version=1)
    return rpc


def test_demo_sources_are_announced_once(tmp_path_factory: pytest.TempPathFactory) -> None:
    rpc = check_two_drafts(tmp_path_factory.mktemp("bare"))
    try:
        (message,) = demo_messages(rpc)
        assert message["type"] == 3  # Info: advice, not an error
    finally:
        rpc.kill()


def test_no_announcement_when_the_config_names_sources(tmp_path: Path) -> None:
    write_project(tmp_path, config="sources: [sources]\n")
    rpc = check_two_drafts(tmp_path)
    try:
        assert demo_messages(rpc) == []
    finally:
        rpc.kill()
