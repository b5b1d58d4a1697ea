"""The eglot snippet (editors/emacs/copydesk-eglot.el) in real Emacs (batch) with eglot and flymake."""

from __future__ import annotations

import json
import subprocess

import pytest

from .conftest import HERE, REPO, RIGHT, WRONG, clean_env, emacs, make_workspace, missing, server_command

pytestmark = [pytest.mark.editor, pytest.mark.slow]


def test_emacs_eglot_flymake(tmp_path):
    program = emacs()
    probe = subprocess.run(
        [program, "--batch", "-q", "--eval", "(require 'eglot)"], capture_output=True, text=True, timeout=60
    )
    if probe.returncode != 0:
        missing("eglot for Emacs (Debian elpa-eglot)")
    draft = make_workspace(tmp_path / "ws", "draft.txt")
    out = tmp_path / "out.json"
    env = clean_env(
        tmp_path,
        COPYDESK_T_OUT=str(out),
        COPYDESK_T_DRAFT=str(draft),
        COPYDESK_T_CMD=json.dumps(server_command()),
        COPYDESK_T_SNIPPET=str(REPO / "editors" / "emacs" / "copydesk-eglot.el"),
        COPYDESK_T_WRONG=WRONG,
        COPYDESK_T_RIGHT=RIGHT,
    )
    proc = subprocess.run(
        [program, "--batch", "-q", "-l", str(HERE / "emacs" / "check.el")],
        cwd=draft.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.exists(), f"emacs wrote no result (exit {proc.returncode}): {proc.stderr[-3000:]}"
    result = json.loads(out.read_text())
    assert "error" not in result, (result, proc.stderr[-3000:])
    assert result["mode"] == "text-mode"
    assert result["got"], (result, proc.stderr[-3000:])
    text = draft.read_text()
    hits = [d for d in result["before"] if text[d["beg"] : d["end"]] == WRONG]
    assert hits, result["before"]
    assert hits[0]["type"] == "eglot-warning", hits
    assert WRONG in hits[0]["text"], hits
    assert result["cleared"], f"the finding stayed after the fix: {result['after']}"
