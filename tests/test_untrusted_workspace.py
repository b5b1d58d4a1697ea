"""A stranger's repository, checked with `copydesk check`: its copydesk.yaml reads nothing
outside it, and nothing in it runs (docs/safety.md).

Every attack below names a file outside the workspace whose text, SECRET, must appear nowhere
in any output (text, JSON, SARIF, `copydesk facts`), while the workspace's own sources still work.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk import cli
from helpers import plant_pickles

SECRET = "Ottoline Quarrier keeps the vault code swordfish-42 under her desk."
SOURCE = "Harbour chief Orla Finch said on Monday that the Brackwater ferry would run again in May.\n"
DRAFT = "Harbour chief Orla Fintch said on Monday that the ferry would run again in May.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder holding secrets (~/.ssh, a config in it), outside every workspace."""
    home = tmp_path / "home"
    write(home / ".ssh" / "id_notes.txt", SECRET)
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def ws(tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cloned repository (with .git) next to an `outside` folder full of secrets; the current folder."""
    write(tmp_path / "outside" / "secret.txt", SECRET)
    write(tmp_path / "outside" / "facts.yaml", f"people:\n  - name: {SECRET[:18]}\n")
    write(tmp_path / "outside" / "rules" / "x.yaml", "id: x\ncheck: existence\nseverity: warning\nmessage: x\n"
          "params:\n  tokens: [swordfish]\n")
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write(root / "sources" / "finch.txt", SOURCE)
    write(root / "draft.md", DRAFT)
    monkeypatch.chdir(root)
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    return root


def outputs(capsys: pytest.CaptureFixture[str], *args: str) -> list[tuple[int, str]]:
    """(exit status, stdout + stderr) of `copydesk check` in every format and of `copydesk facts`."""
    runs = [["check", "--format", f, *args, "draft.md"] for f in ("text", "json", "sarif")] + [["facts", *args]]
    out = []
    for argv in runs:
        status = cli.main(argv)
        captured = capsys.readouterr()
        out.append((status, captured.out + captured.err))
    return out


ATTACKS = [
    # (name, copydesk.yaml, its line the error names)
    ("absolute", "sources:\n  - sources\n  - {outside}/secret.txt\n", 3),
    ("home", "sources: [sources, ~/.ssh/id_notes.txt]\n", 1),
    ("home-glob", "sources: [sources, '~/.ssh/*']\n", 1),
    ("dot-dot", "sources: [sources, ../outside/]\n", 1),
    ("root-glob", "sources: [sources, '/**/secret.txt']\n", 1),
    ("dot-dot-glob", "sources: [sources, 'sources/../../outside/*.txt']\n", 1),
    ("facts", "sources: [sources]\nfacts: [../outside/facts.yaml]\n", 2),
    ("rules", "sources: [sources]\nrules:\n  paths: ['{outside}/rules']\n", 3),
]


@pytest.mark.parametrize(("config", "line"), [a[1:] for a in ATTACKS], ids=[a[0] for a in ATTACKS])
def test_a_workspace_config_cannot_name_files_outside(ws: Path, capsys, config: str, line: int) -> None:
    write(ws / "copydesk.yaml", config.replace("{outside}", str(ws.parent / "outside")))
    for status, text in outputs(capsys):
        assert status == 2, text
        assert "swordfish" not in text and "Quarrier" not in text
        (message,) = text.strip().splitlines()
        assert message.startswith(f"copydesk: {ws / 'copydesk.yaml'}:{line}: ") and "is outside the workspace" in message


def test_links_out_of_the_workspace_are_not_followed_even_if_the_file_says_so(ws: Path, capsys) -> None:
    (ws / "sources" / "linked.txt").symlink_to(ws.parent / "outside" / "secret.txt")
    (ws / "sources" / "linked-folder").symlink_to(ws.parent / "outside", target_is_directory=True)
    write(ws / "copydesk.yaml", "sources: ['sources/**/*.txt', sources]\nfollow_symlinks: true\n")
    for status, text in outputs(capsys):
        assert status in (0, 1) and "swordfish" not in text and "Quarrier" not in text
    cli.main(["check", "draft.md"])
    assert "Orla Finch" in capsys.readouterr().out  # the workspace's own source still counts


def test_a_config_above_the_repository_is_not_obeyed(ws: Path, capsys) -> None:
    write(ws.parent / "copydesk.yaml", "sources: [outside]\n")  # /tmp/copydesk.yaml, say
    for status, text in outputs(capsys, "--sources", "sources"):
        assert status in (0, 1) and "swordfish" not in text
    cli.main(["facts"])  # no config of its own: the bundled seeds, not the planted one's sources
    assert "Quarrier" not in capsys.readouterr().out


def test_the_user_may_point_anywhere(ws: Path, capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--sources is the user's own choice; so is allow_paths in the user's config file."""
    write(ws / "copydesk.yaml", "sources: [sources]\n")
    cli.main(["facts", "--sources", str(tmp_path / "outside")])
    assert "Quarrier" in capsys.readouterr().out
    write(ws / "copydesk.yaml", "sources: [sources, ../outside/secret.txt]\n")
    write(Path(os.environ["XDG_CONFIG_HOME"]) / "copydesk" / "config.yaml", f"allow_paths: [{tmp_path / 'outside'}]\n")
    assert cli.main(["facts"]) == 0
    assert "Quarrier" in capsys.readouterr().out


def test_the_workspace_copydesk_package_is_never_imported(ws: Path, tmp_path: Path) -> None:
    """A `copydesk/` folder in the repository: the clients' launch commands (python -I -m copydesk,
    or the installed script) run the installed copydesk, never it."""
    marker = tmp_path / "pwned"
    trap = f"import pathlib\npathlib.Path({str(marker)!r}).write_text('ran')\n"
    write(ws / "copydesk" / "__init__.py", trap)
    write(ws / "copydesk" / "__main__.py", trap)
    write(ws / "copydesk.yaml", "sources: [sources]\n")
    script = Path(sys.executable).with_name("copydesk")
    commands = [[sys.executable, "-I", "-m", "copydesk"]] + ([[str(script)]] if script.exists() else [])
    for command in commands:
        done = subprocess.run([*command, "check", "draft.md"], cwd=ws, capture_output=True, text=True, timeout=120)
        assert not marker.exists(), command
        assert done.returncode == 1 and "name-spelling" in done.stdout, (command, done.stdout, done.stderr)


def test_globs_skip_what_git_ignores(ws: Path, capsys) -> None:
    """The user's own untracked files in a clone (git-ignored) stay out of a stranger's `**` glob;
    a folder the config names itself is still read."""
    write(ws / ".gitignore", "# local\nprivate/\n*.local.txt\n!keep.local.txt\n/top.txt\n")
    write(ws / "private" / "notes.txt", SECRET)
    write(ws / "sources" / "mine.local.txt", SECRET)
    write(ws / "sources" / "keep.local.txt", SOURCE.replace("Orla Finch", "Orla Finch, the harbour chief,"))
    write(ws / "top.txt", SECRET)
    write(ws / "sources" / "top.txt", SOURCE)  # /top.txt is anchored: this one is not ignored
    write(ws / "copydesk.yaml", "sources: ['**/*.txt']\n")
    cli.main(["facts", "--format", "json"])
    out = capsys.readouterr().out
    assert "Quarrier" not in out and "Orla Finch" in out
    assert "keep.local.txt" in out and "sources/top.txt" in out
    write(ws / "copydesk.yaml", "sources: [private]\n")  # named: the user's config says so
    cli.main(["facts"])
    assert "Quarrier" in capsys.readouterr().out


@pytest.mark.parametrize(("rules", "path", "ignored"), [
    ("build/\n", "src/build/x.txt", True),
    ("build/\n", "src/build", False),  # a file named build: folders only
    ("/build\n", "src/build/x.txt", False),
    ("doc/*.txt\n", "doc/a.txt", True),
    ("doc/*.txt\n", "doc/sub/a.txt", False),
    ("doc/**/a.txt\n", "doc/x/y/a.txt", True),
    ("**/logs\n", "a/logs/b.txt", True),
    ("*.txt\n!a.txt\n", "a.txt", False),
    ("secret?.txt\n", "secret1.txt", True),
    ("[ab].txt\n", "c.txt", False),
    ("[!ab].txt\n", "c.txt", True),
    ("[z-a].txt\n", "c.txt", False),  # a bracket that is no regex: the rule is left out
])
def test_gitignore_rules(tmp_path: Path, rules: str, path: str, ignored: bool) -> None:
    from copydesk.gitignore import GitIgnore

    write(tmp_path / ".gitignore", rules)
    assert GitIgnore(tmp_path).ignored(tmp_path / path, tmp_path) is ignored


def test_a_planted_cache_row_runs_nothing(ws: Path, tmp_path: Path) -> None:
    write(ws / "copydesk.yaml", "sources: [sources]\n")
    env = {**os.environ, "COPYDESK_CACHE_DIR": str(tmp_path / "shared-cache")}
    command = [sys.executable, "-I", "-m", "copydesk", "check", "draft.md"]
    first = subprocess.run(command, cwd=ws, env=env, capture_output=True, text=True, timeout=120)
    marker = tmp_path / "pwned"
    assert plant_pickles(tmp_path / "shared-cache", marker) == 2
    again = subprocess.run(command, cwd=ws, env=env, capture_output=True, text=True, timeout=120)
    assert not marker.exists()
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout) == (1, again.stdout)
    assert "name-spelling" in again.stdout


def test_the_config_search_stops_at_the_workspace(tmp_path: Path, home: Path) -> None:
    """Not above the language server's workspace folder, a repository root or the home folder; a
    file under none of them (in /tmp, say) reads its own folder's config only."""
    from copydesk.config import find_config

    loose = tmp_path / "loose"
    write(loose / "copydesk.yaml", "sources: [x]\n")
    write(loose / "sub" / "draft.md", DRAFT)
    assert find_config(loose / "sub" / "draft.md") is None
    assert find_config(loose / "sub" / "draft.md", stop=loose) == loose / "copydesk.yaml"  # the user works here
    write(loose / "sub" / "copydesk.yaml", "sources: [y]\n")
    assert find_config(loose / "sub" / "draft.md") == loose / "sub" / "copydesk.yaml"

    write(home / "copydesk.yaml", "sources: [z]\n")
    write(home.parent / "copydesk.yaml", "sources: [/]\n")  # /home/copydesk.yaml, planted by another user
    write(home / "work" / "story" / "draft.md", DRAFT)
    assert find_config(home / "work" / "story" / "draft.md") == home / "copydesk.yaml"
    (home / "copydesk.yaml").unlink()
    assert find_config(home / "work" / "story" / "draft.md") is None

    repo = home / "repo"
    (repo / ".git").mkdir(parents=True)
    write(home / "copydesk.yaml", "sources: [z]\n")
    write(repo / "a" / "draft.md", DRAFT)
    assert find_config(repo / "a" / "draft.md") is None
    assert find_config(repo / "a" / "draft.md", stop=repo / "a") is None
