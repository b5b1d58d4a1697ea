"""The Neovim plugin (editors/neovim) in real headless Neovim: Debian's 0.7 and a 0.11+ build."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import (
    HERE,
    REPO,
    RIGHT,
    WRONG,
    assert_trap_untouched,
    clean_env,
    make_workspace,
    nvim_new,
    nvim_old,
    server_command,
)

pytestmark = [pytest.mark.editor, pytest.mark.slow]

PLUGIN = REPO / "editors" / "neovim"


def headless(nvim: str) -> list[str]:
    """nvim with no user config, no shada, no swap files, and the plugin on the runtimepath."""
    return [nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "--cmd", f"set runtimepath^={PLUGIN}"]


def run_nvim(
    nvim: str,
    tmp_path,
    *,
    draft: str = "draft.md",
    api: str = "",
    mode: str = "setup",
    opts: dict | None = None,
) -> dict:
    ws = tmp_path / "ws"
    path = make_workspace(ws, draft)
    out = tmp_path / "out.json"
    env = clean_env(
        tmp_path,
        COPYDESK_T_OUT=str(out),
        COPYDESK_T_DRAFT=str(path),
        COPYDESK_T_CMD=json.dumps(server_command()),
        COPYDESK_T_API=api,
        COPYDESK_T_MODE=mode,
        COPYDESK_T_OPTS=json.dumps(opts) if opts else "",
    )
    args = [*headless(nvim), "-c", f"luafile {HERE / 'neovim' / 'check.lua'}"]
    started = time.monotonic()
    proc = subprocess.run(args, cwd=ws, env=env, capture_output=True, text=True, timeout=120)
    assert out.exists(), f"nvim wrote no result (exit {proc.returncode}): {proc.stdout}\n{proc.stderr}"
    result = json.loads(out.read_text())
    result["seconds"] = round(time.monotonic() - started, 2)
    result["workspace"] = str(ws)
    return result


def assert_finding_and_fix(result: dict, severity: int = 2) -> None:
    assert_trap_untouched(Path(result["workspace"]))
    assert "error" not in result, result
    assert result["clients"] == 1, result
    assert result["root_dir"] == result["workspace"], result  # the folder of copydesk.yaml
    assert result["got_diagnostics"], result
    spelling = [d for d in result["before"] if d["code"] == "name-spelling"]
    assert spelling, result["before"]
    d = spelling[0]
    assert d["source"] == "copydesk"
    assert d["lnum"] == 0 and d["end_col"] - d["col"] == len(WRONG), d
    assert WRONG in d["message"], d
    assert d["severity"] == severity, d  # vim.diagnostic.severity: 1 ERROR, 2 WARN
    assert result.get("applied"), f"no quick fix offered: {result}"
    assert RIGHT in result["text_after_fix"] and WRONG not in result["text_after_fix"], result
    assert result["cleared"], f"the finding stayed after the fix: {result['after']}"
    if "show_facts" in result:  # :CopydeskShowFacts (setup() mode only)
        assert "copydesk.showFacts" in result["show_facts"] and "failed" not in result["show_facts"], result


def test_neovim_07_start_client(tmp_path):
    """Debian's Neovim 0.7: vim.lsp.start_client + buf_attach_client."""
    nvim = nvim_old()
    result = run_nvim(nvim, tmp_path)
    assert result["api"] == "start_client", result
    assert "show_facts" in result, result
    assert result["filetype"] == "markdown"
    assert_finding_and_fix(result)


@pytest.mark.parametrize("api", ["config", "start"])
def test_neovim_new(tmp_path, api):
    """Neovim 0.11+: vim.lsp.config/enable (the default there) and the 0.8-0.10 vim.lsp.start path."""
    nvim = nvim_new()
    result = run_nvim(nvim, tmp_path, draft="draft.txt", api=api)
    assert result["filetype"] == "text"
    assert result["api"] == api
    assert_finding_and_fix(result)


def test_neovim_new_runtimepath_config(tmp_path):
    """0.11+: with only the plugin on 'runtimepath', vim.lsp.enable("copydesk") finds lsp/copydesk.lua."""
    nvim = nvim_new()
    result = run_nvim(nvim, tmp_path, mode="rtp")  # `copydesk` from this venv on PATH
    assert_finding_and_fix(result)


@pytest.mark.parametrize("which", ["0.7", "new"])
def test_neovim_rules_option_reaches_server(tmp_path, which):
    """setup({rules = ...}) goes to the server as initializationOptions: name-spelling as an error."""
    nvim = nvim_old() if which == "0.7" else nvim_new()
    result = run_nvim(nvim, tmp_path, opts={"rules": {"name-spelling": "error"}})
    assert_finding_and_fix(result, severity=1)


def test_neovim_plugin_loads_on_07_without_server(tmp_path):
    """Plumbing: setup() on 0.7 with a server that cannot start must not raise in the editor."""
    nvim = nvim_old()
    out = tmp_path / "out.txt"
    lua = (
        'vim.cmd("filetype on"); local ok, err = pcall(function() '
        'require("copydesk").setup({cmd = {"/nonexistent/copydesk", "serve"}}) end); '
        f'local f = io.open("{out}", "w"); f:write(tostring(ok) .. " " .. tostring(err) .. " " '
        '.. require("copydesk").api()); f:close()'
    )
    subprocess.run(
        [*headless(nvim), "-c", f"lua {lua}", "-c", "qa!"],
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.read_text().startswith("true nil start_client"), out.read_text()
