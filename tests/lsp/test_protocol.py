"""The protocol's edges (malformed framing, requests after shutdown, a second initialize), a rule
that raises inside the server, and client settings replaced whole."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lsp_rpc import RpcClient
from lsp_support import write_house_project

from helpers import ROOT

INVALID_REQUEST = -32600


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return write_house_project(tmp_path)


@pytest.fixture
def rpc(project: Path):
    client = RpcClient(cwd=project)
    client.initialize(project)
    yield client
    client.kill()


def codes(params: dict) -> list[str]:
    return [d["code"] for d in params["diagnostics"]]


def shown(rpc: RpcClient) -> list[dict]:
    with rpc._lock:
        return [m["params"] for m in rpc.notifications if m["method"] == "window/showMessage"]


@pytest.mark.parametrize("header", [b"Content-Length: abc\r\n\r\n", b"Content-Length: -5\r\n\r\n",
                                    b"Content-Lenght 12\r\n\r\n", b"\r\n"])
def test_malformed_framing_ends_the_connection(rpc: RpcClient, project: Path, header: bytes):
    uri = rpc.open(project / "drafts" / "a.md", "A kerfuffle.\n")
    rpc.diagnostics(uri, version=1)
    assert rpc.proc.stdin is not None
    rpc.proc.stdin.write(header + b'{"jsonrpc": "2.0", "id": 99, "method": "shutdown"}')
    rpc.proc.stdin.flush()
    assert rpc.proc.wait(30) == 1  # exits (not alive and silent): the client restarts it


def test_a_bad_message_in_a_good_frame_is_survived(rpc: RpcClient, project: Path):
    rpc.write_raw(b"{not json")
    uri = rpc.open(project / "drafts" / "a.md", "A kerfuffle.\n")
    assert codes(rpc.diagnostics(uri, version=1)) == ["house-banned"]
    assert rpc.proc.poll() is None


def test_requests_after_shutdown_get_invalid_request(rpc: RpcClient, project: Path):
    assert "error" not in rpc.request("shutdown")
    for method, params in (("textDocument/hover", {"textDocument": {"uri": (project / "x.md").as_uri()},
                                                   "position": {"line": 0, "character": 0}}),
                           ("shutdown", None)):
        answer = rpc.request(method, params, timeout=10)
        assert answer["error"]["code"] == INVALID_REQUEST, answer
    rpc.notify("exit")
    assert rpc.proc.wait(30) == 0


def test_a_second_initialize_is_refused_and_the_documents_kept(rpc: RpcClient, project: Path):
    uri = rpc.open(project / "drafts" / "a.md", "A kerfuffle.\n")
    rpc.diagnostics(uri, version=1)
    again = rpc.request("initialize", {"processId": None, "rootUri": project.as_uri(), "capabilities": {}})
    assert again["error"]["code"] == INVALID_REQUEST
    hover = rpc.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 4}})
    assert "kerfuffle" in hover["result"]["contents"]["value"]
    rpc.change(uri, 2, [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                         "text": "Another kerfuffle. "}])
    assert codes(rpc.diagnostics(uri, version=2)) == ["house-banned", "house-banned"]
    assert rpc.shutdown() == 0


def test_a_rule_that_raises_is_shown_and_the_other_rules_published(project: Path):
    from broken_kind import RULE

    (project / "house" / "broken.yaml").write_text(RULE, encoding="utf-8")
    rpc = RpcClient(cwd=project, command=[sys.executable, str(ROOT / "tests" / "broken_kind.py"), "serve"])
    try:
        rpc.initialize(project)
        uri = rpc.open(project / "drafts" / "a.md", "A kerfuffle.\n")
        assert codes(rpc.diagnostics(uri, version=1)) == ["house-banned"]
        rpc.change(uri, 2, [{"text": "Calm now.\n"}])
        assert codes(rpc.diagnostics(uri, version=2)) == []  # nothing stale left up
        errors = [m for m in shown(rpc) if "internal error in rule test-broken-rule (" in m["message"]]
        assert len(errors) == 1 and errors[0]["type"] == 1 and "\n" not in errors[0]["message"]
        assert "broken_kind.py:" in errors[0]["message"]
        assert rpc.shutdown() == 0
    finally:
        rpc.kill()


def test_each_configuration_change_replaces_the_settings(rpc: RpcClient, project: Path):
    """A bad setting is shown and replaced by the next one, not merged into it."""
    uri = rpc.open(project / "drafts" / "a.md", "A kerfuffle.\n")
    first = rpc.diagnostics(uri, version=1)
    assert [d["severity"] for d in first["diagnostics"]] == [2]
    after = len(rpc.notifications)
    rpc.notify("workspace/didChangeConfiguration", {"settings": {"copydesk": {"sources": ["archive/*.txt"]}}})
    rpc.wait_notification(lambda m: m["method"] == "window/showMessage" and "matches no source" in m["params"]["message"],
                          after=after)
    after = len(rpc.notifications)
    rpc.notify("workspace/didChangeConfiguration", {"settings": {"copydesk": {"rules": {"house-banned": "error"}}}})
    raised = rpc.wait_notification(lambda m: m["method"] == "textDocument/publishDiagnostics"
                                   and [d["severity"] for d in m["params"]["diagnostics"]] == [1], after=after)
    assert raised["params"]["uri"] == uri
    assert not [m for m in shown(rpc)[1:] if "matches no source" in m["message"]]  # the bad sources are gone


def test_a_draft_over_the_size_bound_is_said_once_and_has_no_findings(rpc: RpcClient, project: Path):
    from copydesk.workspace import MAX_DRAFT_CHARS

    big = "A kerfuffle at the harbour. " * (MAX_DRAFT_CHARS // 28 + 10)
    uri = rpc.open(project / "drafts" / "huge.md", "A kerfuffle.\n")
    assert codes(rpc.diagnostics(uri, version=1)) == ["house-banned"]
    rpc.change(uri, 2, [{"text": big}])
    assert codes(rpc.diagnostics(uri, version=2, timeout=60)) == []  # the old findings do not stay up
    rpc.change(uri, 3, [{"text": big + "More."}])
    rpc.diagnostics(uri, version=3, timeout=60)
    (said,) = [m for m in shown(rpc) if "not checked" in m["message"]]
    assert said["type"] == 2 and "huge.md" in said["message"] and f"{MAX_DRAFT_CHARS:,}" in said["message"]
    rpc.change(uri, 4, [{"text": "A kerfuffle again.\n"}])
    assert codes(rpc.diagnostics(uri, version=4)) == ["house-banned"]
