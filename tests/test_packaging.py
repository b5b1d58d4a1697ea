"""A plain `pip install .` into a fresh venv works from any folder, with the bundled rules and seeds."""

from __future__ import annotations

import json
import subprocess
import venv

import pytest

from helpers import ROOT


@pytest.mark.slow
def test_wheel_installs_and_checks_with_bundled_seeds(tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(ROOT)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    draft = elsewhere / "draft.txt"
    draft.write_text("Israeli Defense Minister Benny Gants will meet French Defense Minister Florence Parly on Wednesday.\n")
    out = subprocess.run([str(env_dir / "bin" / "copydesk"), "check", "--format", "json", str(draft)],
                         capture_output=True, text=True, cwd=elsewhere)
    assert out.returncode == 1, out.stderr
    diags = json.loads(out.stdout)["files"][0]["diagnostics"]
    assert [d["rule"] for d in diags] == ["name-spelling"]
    assert "_bundled" in subprocess.run([str(python), "-c", "import copydesk.resources as r; print(r.rules_dir())"],
                                        capture_output=True, text=True, cwd=elsewhere).stdout
    rules = subprocess.run([str(env_dir / "bin" / "copydesk"), "rules"], capture_output=True, text=True, cwd=elsewhere)
    assert "misquote" in rules.stdout and rules.returncode == 0
