"""The VS Code extension (editors/vscode, as a built .vsix) in real VS Code: code-server on
127.0.0.1, driven by headless Debian Chromium through playwright-core (tests/editors/vscode/drive.js).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import (
    CLEAN_DRAFT,
    HERE,
    REPO,
    RIGHT,
    SOURCES,
    WRONG,
    assert_trap_untouched,
    chromium,
    clean_env,
    code_server,
    free_port,
    make_workspace,
    node,
    playwright_modules,
    server_command,
    start_group,
    stop_group,
    system_path_without_copydesk,
    vsix,
)

pytestmark = [pytest.mark.editor, pytest.mark.slow]

SCREENSHOT = REPO / "editors" / "vscode" / "screenshot.png"
EXTENSION_ID = "copydesk.copydesk"
KNOWN_NAME = "Lowmarsh"  # a place the sources state: the faulty draft's first word
PREFIX = "Dorotea K"  # a capitalised prefix of a person the sources name
FULL_NAME = "Dorotea Kalvanek"
BASE_SETTINGS = {
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": False,
    "telemetry.telemetryLevel": "off",
    "extensions.autoUpdate": "off",
    "extensions.autoCheckUpdates": False,
    "update.mode": "none",
    "editor.hover.delay": 100,
    "window.zoomLevel": 0,
    "chat.disableAIFeatures": True,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
}


def wait_http(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"code-server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"code-server did not answer {url} within {seconds} s")


def run_vscode(
    tmp_path: Path,
    folder: Path,
    draft: Path,
    *,
    trusted: bool = True,
    stop_after: str = "",
    user_settings: dict | None = None,
    workspace_marker: Path | None = None,
    new_workspace_settings: dict | None = None,
    bundled: bool = False,
    flow: str = "",
) -> tuple[dict, dict]:
    """Install the .vsix in a scratch code-server, open `folder`, run drive.js; (result, timings).

    bundled: run the copydesk bundled in the .vsix, as a user with no copydesk installed would:
    no copydesk.server.command, and neither copydesk nor a Python that can import it on PATH.
    Otherwise the user settings name this venv's server (what the older tests check does not
    depend on the packaging)."""
    node_bin, cs, browser, modules, package = node(), code_server(), chromium(), playwright_modules(), vsix()
    server_cmd = [] if bundled else server_command()
    if workspace_marker is not None:
        # A workspace whose settings name a server command that leaves a marker file behind.
        (folder / ".vscode").mkdir(exist_ok=True)
        command = ["/bin/sh", "-c", f'touch "{workspace_marker}" && exec "$0" "$@"', *server_cmd]
        (folder / ".vscode" / "settings.json").write_text(json.dumps({"copydesk.server.command": command}))
    user_data, extensions, profile = tmp_path / "user-data", tmp_path / "extensions", tmp_path / "chromium"
    env = clean_env(tmp_path)
    path = system_path_without_copydesk(tmp_path) if bundled else env["PATH"]
    if bundled:
        assert shutil.which("python3", path=path), "the bundled copydesk needs a python3 on PATH"
    env["PATH"] = os.pathsep.join([str(Path(node_bin).parent), path])
    env.pop("VSCODE_IPC_HOOK_CLI", None)
    scratch = ["--user-data-dir", str(user_data), "--extensions-dir", str(extensions)]

    timings: dict[str, float] = {}
    t0 = time.monotonic()
    installed = subprocess.run(
        [cs, *scratch, "--install-extension", package], env=env, capture_output=True, text=True, timeout=180
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    listed = subprocess.run(
        [cs, *scratch, "--list-extensions"], env=env, capture_output=True, text=True, timeout=120
    ).stdout
    assert EXTENSION_ID in listed.lower(), listed
    timings["install_extension"] = round(time.monotonic() - t0, 2)

    # The extension host's PATH comes from a login shell (code-server resolves the shell's
    # environment), so the venv's bin is not on it: name the server in the *user* settings.
    settings = dict(BASE_SETTINGS, **(user_settings or {}))
    if server_cmd:
        settings["copydesk.server.command"] = server_cmd
    if trusted:
        settings["security.workspace.trust.enabled"] = False
    else:
        settings.update(
            {
                "security.workspace.trust.enabled": True,
                "security.workspace.trust.startupPrompt": "never",
                "security.workspace.trust.untrustedFiles": "open",
            }
        )
    (user_data / "User").mkdir(parents=True, exist_ok=True)
    settings_file = user_data / "User" / "settings.json"
    settings_file.write_text(json.dumps(settings, indent=2))
    changed = ""
    if new_workspace_settings is not None:  # written while VS Code runs, which watches the folder
        (folder / ".vscode").mkdir(exist_ok=True)
        changed = json.dumps([str(folder / ".vscode" / "settings.json"), json.dumps(new_workspace_settings)])

    port = free_port()
    flags = [
        "--bind-addr",
        f"127.0.0.1:{port}",
        "--auth",
        "none",
        "--disable-telemetry",
        "--disable-update-check",
        "--disable-getting-started-override",
        "--ignore-last-opened",
    ]
    if trusted:
        flags.append("--disable-workspace-trust")
    log_path = tmp_path / "code-server.log"
    with log_path.open("w") as log:
        server = start_group(
            [cs, *scratch, *flags, str(folder)], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            t1 = time.monotonic()
            wait_http(f"http://127.0.0.1:{port}/healthz", server)
            timings["code_server_up"] = round(time.monotonic() - t1, 2)
            out = tmp_path / "drive.json"
            drive_env = dict(
                env,
                NODE_PATH=modules,
                COPYDESK_T_URL=f"http://127.0.0.1:{port}",
                COPYDESK_T_FOLDER=str(folder),
                COPYDESK_T_DRAFT=draft.name,
                COPYDESK_T_WRONG=WRONG,
                COPYDESK_T_RIGHT=RIGHT,
                COPYDESK_T_CHROMIUM=browser,
                COPYDESK_T_PROFILE=str(profile),
                COPYDESK_T_SCREENSHOT=str(tmp_path / "screenshot.png"),
                COPYDESK_T_OUT=str(out),
                COPYDESK_T_STOP_AFTER=stop_after,
                COPYDESK_T_NEW_SETTINGS=changed,
                COPYDESK_T_FLOW=flow,
                COPYDESK_T_KNOWN_NAME=KNOWN_NAME,
                COPYDESK_T_PREFIX=PREFIX,
                COPYDESK_T_FULL_NAME=FULL_NAME,
            )
            t2 = time.monotonic()
            driver = start_group(
                [node_bin, str(HERE / "vscode" / "drive.js")],
                env=drive_env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            try:
                driver_out, _ = driver.communicate(timeout=300)
            finally:
                stop_group(driver)
            timings["browser"] = round(time.monotonic() - t2, 2)
        finally:
            stop_group(server)

    assert out.exists(), f"drive.js wrote no result: {driver_out}"
    result = json.loads(out.read_text())
    result["output_channel"] = "\n".join(
        p.read_text(errors="replace") for p in user_data.rglob("*-copydesk.log")
    )
    if "error" in result:
        failed = tmp_path / "screenshot.png.failed.png"
        if failed.exists():
            shutil.copy(failed, REPO / "editors" / "vscode" / "screenshot.failed.png")
        pytest.fail(
            f"{result['error']}\nsteps: {result['steps']}\ndrive.js: {driver_out}\n"
            f"copydesk output channel:\n{result['output_channel'][-3000:]}\n"
            f"code-server:\n{log_path.read_text()[-3000:]}",
            pytrace=False,
        )
    print(json.dumps({"timings": timings, "steps": result["steps"]}))
    return result, timings


def test_vscode_bundled_problem_hover_quickfix_definition_completion(tmp_path):
    """The .vsix alone, no copydesk installed anywhere and no pip step: the bundled copydesk runs
    with python3 from PATH. The finding reaches the Problems panel, hover and status bar; its
    quick fix clears it; go to definition (F12) on a known name opens the source that states it;
    completion (Ctrl+Space) after "Dorotea K" offers "Dorotea Kalvanek"."""
    folder = tmp_path / "newsroom"
    draft = make_workspace(folder, "draft.md")
    result, _ = run_vscode(tmp_path, folder, draft, bundled=True)

    assert "the bundled copydesk" in result["output_channel"], result["output_channel"][-2000:]
    assert "copydesk_server.py serve" in result["output_channel"], result["output_channel"][-2000:]
    assert_trap_untouched(folder)  # the workspace's booby-trapped copydesk/ package never ran
    assert WRONG in result["problems"] and "name-spelling" in result["problems"], result["problems"]
    assert result["severity"] == "warning", result["severity"]
    assert WRONG in result["hover"], result["hover"]
    assert RIGHT in result["quickfix"], result["quickfix"]
    assert WRONG not in result["problems_after"], result["problems_after"]
    assert result["status_before"] and "1 finding" in result["status_before"], result["status_before"]
    assert result["status_after"] and "0 findings" in result["status_after"], result["status_after"]
    assert draft.read_text() == CLEAN_DRAFT, draft.read_text()  # the fix, saved by Ctrl+S
    assert result["definition_tab"] in SOURCES, result["definition_tab"]  # a source file opened
    assert KNOWN_NAME in result["definition_text"], result["definition_text"]
    assert FULL_NAME in result["completion"], result["completion"]
    # The README's screenshot: refreshed on request (PNG bytes differ per run; keep the tree clean).
    if os.environ.get("COPYDESK_UPDATE_SCREENSHOT") == "1" or not SCREENSHOT.exists():
        shutil.copy(tmp_path / "screenshot.png", SCREENSHOT)


@pytest.mark.parametrize("trusted", [True, False], ids=["trusted", "restricted"])
def test_vscode_workspace_server_command_only_when_trusted(tmp_path, trusted):
    """A workspace's .vscode/settings.json names a server command that leaves a marker file.
    Trusted: it runs (the control). Restricted mode: it never runs; the user's command does."""
    folder = tmp_path / "newsroom"
    draft = make_workspace(folder, "draft.md")
    marker = tmp_path / "workspace-command-ran"
    result, _ = run_vscode(
        tmp_path, folder, draft, trusted=trusted, stop_after="problem", workspace_marker=marker
    )
    assert WRONG in result["problems"], result["problems"]  # a server ran in both cases
    if trusted:
        assert marker.exists(), result["output_channel"]
        assert "from workspace" in result["output_channel"], result["output_channel"]
    else:
        assert not marker.exists(), result["output_channel"]
        assert "(from user settings)" in result["output_channel"], result["output_channel"]


def test_vscode_rules_and_minimum_severity_settings(tmp_path):
    """`copydesk.rules` goes to the server at start (initializationOptions: name-spelling as an
    error) and when it changes (workspace/didChangeConfiguration). The workspace's settings then
    make name-spelling a warning and set `copydesk.minimumSeverity` to error: the finding goes
    away only if both work (the server demotes it, the extension hides what is below errors)."""
    folder = tmp_path / "newsroom"
    draft = make_workspace(folder, "draft.md")
    result, _ = run_vscode(
        tmp_path,
        folder,
        draft,
        stop_after="problem",
        user_settings={"copydesk.rules": {"name-spelling": "error"}},
        new_workspace_settings={"copydesk.rules": {"name-spelling": "warning"}, "copydesk.minimumSeverity": "error"},
    )
    assert WRONG in result["problems"], result["problems"]
    assert result["severity"] == "error", result
    assert WRONG not in result["problems_after_settings"], result["problems_after_settings"]


def test_vscode_no_usable_python_notice_and_fix(tmp_path):
    """copydesk.interpreter names no Python: a notice says copydesk cannot run and why, with its
    one-click fixes (no Python extension here: install it, or open the setting); "Open Settings"
    shows copydesk.interpreter; once the setting is fixed the server restarts by itself and runs.
    Then "copydesk: Create copydesk.yaml" writes a commented copydesk.yaml (`copydesk init`) and
    opens it."""
    folder = tmp_path / "newsroom"
    draft = make_workspace(folder, "draft.md")
    (folder / "copydesk.yaml").unlink()
    missing_python = str(tmp_path / "no-such-python3")
    result, _ = run_vscode(
        tmp_path,
        folder,
        draft,
        bundled=True,
        flow="no-python",
        user_settings={"copydesk.interpreter": [missing_python]},
    )
    assert missing_python in result["notice"] and "Python" in result["notice"], result["notice"]
    assert result["notice_buttons"][:2] == ["Install the Python Extension", "Open Settings"], result
    assert result["status_problem"] == "copydesk: not running", result
    assert "Interpreter" in result["settings_shown"], result["settings_shown"]
    assert result["status_fixed"] and "finding" in result["status_fixed"], result
    config = folder / "copydesk.yaml"
    assert result["created_tab"] == "copydesk.yaml" and config.is_file(), result
    assert "sources:" in config.read_text(), config.read_text()
