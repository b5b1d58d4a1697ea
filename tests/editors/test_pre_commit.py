"""The pre-commit hook (.pre-commit-hooks.yaml) in real pre-commit, via `pre-commit try-repo`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import CLEAN_DRAFT, FAULTY_DRAFT, REPO, WRONG, clean_env, make_workspace, pre_commit

pytestmark = [pytest.mark.editor, pytest.mark.slow]

# The hook definition and what `pip install .` needs (the sdist's files); not bench/ or editors/.
HOOK_REPO_PARTS = {
    ".pre-commit-hooks.yaml",
    "pyproject.toml",
    "README.md",
    "LICENSE",
    "server",
    "rules",
    "seeds",
}
GIT_ID = [
    "-c",
    "user.name=copydesk test",
    "-c",
    "user.email=test@copydesk.invalid",
    "-c",
    "commit.gpgsign=false",
]


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *GIT_ID, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """What the hook installs from (the package's files in the current work tree, tracked and new,
    not ignored), committed in a temp repo: try-repo installs a hook from a commit, and the
    project's own repo must not get one."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    dest = tmp_path_factory.mktemp("hookrepo")
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for rel in filter(None, listed):
        if rel.split("/")[0] not in HOOK_REPO_PARTS:
            continue
        src = REPO / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "copydesk under test")
    return dest


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(tmp_path: Path, hook_repo: Path, home: Path, draft: str) -> subprocess.CompletedProcess:
    program = pre_commit()
    proj = tmp_path / "proj"
    make_workspace(proj, "draft.md", draft)
    git(proj, "init", "-q")
    git(proj, "add", "-A")
    env = clean_env(tmp_path, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    return subprocess.run(
        [program, "try-repo", str(hook_repo), "copydesk", "--files", "draft.md", "--verbose"],
        cwd=proj,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_pre_commit_fails_on_faulty_draft(tmp_path, hook_repo, pre_commit_home):
    proc = try_repo(tmp_path, hook_repo, pre_commit_home, FAULTY_DRAFT)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "copydesk" in out and "Failed" in out, out
    assert "draft.md:1:37: warning [name-spelling]" in out, out
    assert WRONG in out, out


def test_pre_commit_passes_on_clean_draft(tmp_path, hook_repo, pre_commit_home):
    proc = try_repo(tmp_path, hook_repo, pre_commit_home, CLEAN_DRAFT)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "Passed" in out, out
