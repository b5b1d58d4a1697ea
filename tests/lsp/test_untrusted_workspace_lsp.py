"""A stranger's repository opened in an editor: the language server, started as the clients start
it (`python -I -m copydesk serve` in the workspace's folder, which holds a booby-trapped
`copydesk/` package), reads nothing outside the workspace, runs none of it, and writes nothing
through a link out of it (docs/safety.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from lsp_rpc import RpcClient
from lsp_support import write_project

from helpers import plant_pickles

SECRET = "Ottoline Quarrier keeps the vault code swordfish-42 under her desk."
IGNORE_WORD = "copydesk.ignoreWord"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    write_project(root)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text(SECRET, encoding="utf-8")
    trap = f"import pathlib\npathlib.Path({str(tmp_path / 'pwned')!r}).write_text('ran')\n"
    (root / "copydesk").mkdir()
    for name in ("__init__.py", "__main__.py"):
        (root / "copydesk" / name).write_text(trap, encoding="utf-8")
    return root


@pytest.fixture
def rpc(project: Path):
    client = RpcClient(cwd=project, command=[sys.executable, "-I", "-m", "copydesk", "serve"])
    yield client
    client.kill()


def everything_said(rpc: RpcClient) -> str:
    with rpc._lock:
        return json.dumps(rpc.notifications) + json.dumps(list(rpc.responses.values()))


def test_outside_sources_are_refused_and_the_trap_never_runs(rpc: RpcClient, project: Path, tmp_path: Path):
    (project / "copydesk.yaml").write_text(f"sources: [sources, {tmp_path / 'outside'}, ../outside/secret.txt]\n",
                                           encoding="utf-8")
    (project / "sources" / "linked.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    rpc.initialize(project)
    shown = rpc.wait_notification(lambda m: m["method"] == "window/showMessage")["params"]
    assert "is outside the workspace" in shown["message"] and f"{project / 'copydesk.yaml'}:1: " in shown["message"]
    uri = rpc.open(project / "drafts" / "story.md")
    diagnostics = rpc.diagnostics(uri, version=1)["diagnostics"]
    assert diagnostics  # it still checks (against the bundled seeds, the last good config)
    hover = rpc.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 2, "character": 20}})
    facts = rpc.request("workspace/executeCommand", {"command": "copydesk.showFacts", "arguments": []})
    assert "error" not in hover and "error" not in facts
    said = everything_said(rpc)
    assert "swordfish" not in said and "Quarrier" not in said
    assert not (tmp_path / "pwned").exists()
    assert rpc.shutdown() == 0


def test_ignore_word_never_writes_through_a_link_out_of_the_workspace(rpc: RpcClient, project: Path, tmp_path: Path):
    workflow = tmp_path / "other-project" / "ci.yml"
    workflow.parent.mkdir()
    workflow.write_text("on: push\n", encoding="utf-8")
    (project / "copydesk.yaml").unlink()
    (project / "copydesk.yaml").symlink_to(workflow)
    rpc.initialize(project)
    uri = rpc.open(project / "drafts" / "story.md")
    rpc.diagnostics(uri, version=1)
    result = rpc.request("workspace/executeCommand", {"command": IGNORE_WORD, "arguments": ["Veles", uri]})["result"]
    assert result["ok"] is False and "outside the workspace" in result["error"]
    assert workflow.read_text(encoding="utf-8") == "on: push\n"
    assert not (tmp_path / "pwned").exists()
    assert rpc.shutdown() == 0


def test_an_alias_bomb_is_refused(rpc: RpcClient, project: Path, tmp_path: Path):
    lines = ["sources: [sources]", "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)]
    (project / "copydesk.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rpc.initialize(project)
    shown = rpc.wait_notification(lambda m: m["method"] == "window/showMessage")["params"]
    assert f"{project / 'copydesk.yaml'}:3: '*l0': YAML aliases are not allowed" in shown["message"]
    uri = rpc.open(project / "drafts" / "story.md")
    assert rpc.diagnostics(uri, version=1)["uri"] == uri  # and the server goes on
    assert rpc.shutdown() == 0


def test_a_planted_cache_row_runs_nothing(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "shared-cache"))
    draft = project / "drafts" / "story.md"
    results = []
    for planted in (False, True):
        if planted:
            assert plant_pickles(tmp_path / "shared-cache", tmp_path / "pwned") > 0
        client = RpcClient(cwd=tmp_path, command=[sys.executable, "-I", "-m", "copydesk", "serve"])
        try:
            client.initialize(project)
            uri = client.open(draft)
            results.append([(d["code"], d["message"]) for d in client.diagnostics(uri, version=1)["diagnostics"]])
            assert client.shutdown() == 0
        finally:
            client.kill()
    assert not (tmp_path / "pwned").exists()
    assert results[1] == results[0] and any(code == "name-spelling" for code, _ in results[0])


def test_a_workspace_folder_reads_only_its_own_config(tmp_path: Path):
    """The config of the folder above an opened workspace folder (a planted /tmp/copydesk.yaml,
    say) is not the workspace's."""
    from copydesk.lsp.workspaces import WorkspaceMap

    (tmp_path / "copydesk.yaml").write_text(f"sources: [{tmp_path / 'outside'}]\n", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "opened"
    folder.mkdir()
    folders = WorkspaceMap()
    assert folders.add(folder) is None
    assert folders.folders[folder.resolve()].workspace.config.path is None
    (folder / "copydesk.yaml").write_text("ignore: [Veles]\n", encoding="utf-8")
    assert folders.add(folder) is None
    assert folders.folders[folder.resolve()].workspace.config.path == folder / "copydesk.yaml"
