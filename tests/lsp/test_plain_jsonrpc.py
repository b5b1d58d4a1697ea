"""A client with no pygls: Content-Length framing by hand, against `copydesk serve` on stdio."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lsp_rpc import RpcClient
from lsp_support import write_project


@pytest.fixture
def rpc(tmp_path: Path):
    client = RpcClient(cwd=tmp_path)
    yield client
    client.kill()


def test_same_findings_as_the_cli(rpc: RpcClient, tmp_path: Path):
    root = tmp_path / "desk"
    root.mkdir()
    draft = write_project(root, config="# sources for this desk\nsources:\n  - sources/*.txt\n")
    with draft.open("a", encoding="utf-8") as fh:
        fh.write("\nThe council recieved many letters.\n")

    cli = subprocess.run(
        [sys.executable, "-m", "copydesk", "check", "--format", "json", str(draft)],
        cwd=root, capture_output=True, text=True, timeout=120,
    )
    assert cli.returncode in (0, 1), cli.stderr
    expected = json.loads(cli.stdout)["files"][0]["diagnostics"]
    assert expected, "the draft should have findings"

    init = rpc.initialize(root)
    assert init["result"]["capabilities"]["textDocumentSync"]["change"] == 2  # incremental
    uri = rpc.open(draft)
    published = rpc.diagnostics(uri, version=1)
    got = [
        {"rule": d["code"], "severity": d["severity"], "message": d["message"], "range": d["range"]}
        for d in published["diagnostics"]
    ]
    levels = {"error": 1, "warning": 2, "information": 3, "hint": 4}
    want = [
        {"rule": f["rule"], "severity": levels[f["severity"]], "message": f["message"], "range": f["range"]}
        for f in expected
    ]
    assert got == want
    assert rpc.shutdown() == 0


def test_malformed_messages_then_clean_exit(rpc: RpcClient, tmp_path: Path):
    write_project(tmp_path)
    rpc.initialize(tmp_path)
    rpc.write_raw(b"{this is not json")
    rpc.write_raw(b'{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {"bogus": true}}')
    rpc.write_raw(b'["a", "list"]')
    unknown = rpc.request("copydesk/whatIsThis", {})
    assert unknown["error"]["code"] == -32601
    assert rpc.responses.pop(99)["error"]["code"] == -32602  # params it cannot read: InvalidParams
    bad = rpc.request("textDocument/hover", {"textDocument": {"uri": 5}, "position": "here"})
    assert "error" in bad
    rpc.notify("textDocument/didChange", {"textDocument": {"uri": "file:///nowhere.md", "version": 2}, "contentChanges": [{"text": "x"}]})
    rpc.notify("textDocument/didClose", {"textDocument": {"uri": "file:///nowhere.md"}})
    # a change past the end of the document
    uri = rpc.open(tmp_path / "drafts" / "story.md", "Short.\n")
    rpc.diagnostics(uri, version=1)
    rpc.change(uri, 2, [{"range": {"start": {"line": 40, "character": 3}, "end": {"line": 90, "character": 0}},
                         "text": "The council recieved it.\n"}])
    rpc.change(uri, 3, [{"text": "The council recieved many letters.\n"}])
    final = rpc.diagnostics(uri, version=3)
    assert [d["code"] for d in final["diagnostics"]] == ["common-misspelling"]
    assert rpc.request("shutdown")["result"] is None
    rpc.notify("exit")
    assert rpc.proc.wait(30) == 0


def test_exit_without_shutdown_is_code_1(rpc: RpcClient, tmp_path: Path):
    rpc.initialize(tmp_path)
    rpc.notify("exit")
    assert rpc.proc.wait(30) == 1
