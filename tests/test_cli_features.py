"""The command line as Vale and textlint users expect it, end to end through the installed
`copydesk` command: --fix, --diff, stdin, --min-severity, the rdjson, checkstyle and github
formats, the summary line, `init`, "did you mean", and the note about the demo sources.

Every test works in its own folder with its own source and house rules, so the results do not
depend on the fact checks (which other work changes).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from helpers import BANNED_RULE

COPYDESK = Path(sys.executable).parent / "copydesk"  # the console script pip installed
DATA = Path(__file__).parent / "data"
RDJSON_SCHEMA = json.loads((DATA / "rdjson-schema.json").read_text(encoding="utf-8"))

SWAP = """\
id: house-ok
check: substitution
severity: warning
message: 'House style: "{replacement}", not "{match}"'
params:
  swap: {"O.K.": "OK", "e-mail": "email"}
"""


def copydesk(cwd: Path, *args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    out = subprocess.run([str(COPYDESK), *args], cwd=cwd, capture_output=True, input=data, timeout=120)
    return subprocess.CompletedProcess(out.args, out.returncode, out.stdout.decode("utf-8"), out.stderr.decode("utf-8"))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8", newline="")
    return path


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    write(tmp_path / "sources" / "source.txt", "the committee met on a quiet morning and talked about the weather.\n")
    write(tmp_path / "house" / "house-banned.yaml", BANNED_RULE)
    write(tmp_path / "house" / "house-ok.yaml", SWAP)
    write(tmp_path / "copydesk.yaml", "sources: [sources]\nrules:\n  paths: [house]\n")
    return tmp_path


def ours(findings: list[dict]) -> list[dict]:
    return [d for d in findings if d["rule"] in ("house-banned", "house-ok", "common-misspelling")]


def diagnostics(out: subprocess.CompletedProcess[str]) -> list[dict]:
    return ours(json.loads(out.stdout)["files"][0]["diagnostics"])


def test_the_installed_command_is_the_one_tested() -> None:
    assert COPYDESK.is_file(), "run the tests with the venv's python (make test)"


# --------------------------------------------------------------------------- --fix and --diff

DRAFT = "The e-mail said O.K.\r\nA kerfuffle grew alot, O.K.?\r\n\r\nÉté: the e-mail again.\r\n"


def test_fix_applies_the_preferred_fixes_and_nothing_else(ws: Path) -> None:
    draft = ws / "draft.txt"
    draft.write_bytes(DRAFT.encode("utf-8"))
    before = diagnostics(copydesk(ws, "check", "--format", "json", "draft.txt"))
    fixable = [d for d in before if any(f["preferred"] for f in d["fixes"])]
    assert {d["rule"] for d in fixable} == {"house-ok", "common-misspelling"}
    fixed = copydesk(ws, "check", "--fix", "draft.txt")
    assert fixed.returncode == 1, fixed.stderr  # the kerfuffle has no fix and is left
    assert f"draft.txt: applied {len(fixable)} fixes" in fixed.stderr
    after_bytes = draft.read_bytes()
    assert after_bytes == b"The email said OK\r\nA kerfuffle grew a lot, OK?\r\n\r\n\xc3\x89t\xc3\xa9: the email again.\r\n"
    # nothing outside the fixed spans changed: undo each fix on the new text and get the old one
    text, old = after_bytes.decode("utf-8"), DRAFT
    for d in sorted(fixable, key=lambda d: d["offset"][0], reverse=True):
        (fix,) = d["fixes"]
        start = d["offset"][0] + sum(len(f["fixes"][0]["replacement"]) - (f["offset"][1] - f["offset"][0])
                                     for f in fixable if f["offset"][0] < d["offset"][0])
        assert text[start : start + len(fix["replacement"])] == fix["replacement"]
        text = text[:start] + old[d["offset"][0] : d["offset"][1]] + text[start + len(fix["replacement"]):]
    assert text == old
    # a re-check is clean of what was fixed; what had no fix is still there
    again = diagnostics(copydesk(ws, "check", "--format", "json", "draft.txt"))
    assert [d["rule"] for d in again] == ["house-banned"]
    assert "house-banned" in fixed.stdout and "house-ok" not in fixed.stdout


def test_fix_keeps_a_windows_1252_draft_in_its_encoding(ws: Path) -> None:
    draft = ws / "draft.txt"
    draft.write_bytes("Café René sent an e-mail.\n".encode("cp1252"))
    out = copydesk(ws, "check", "--fix", "draft.txt")
    assert out.returncode == 0, out.stderr
    assert draft.read_bytes() == "Café René sent an email.\n".encode("cp1252")


def test_diff_shows_the_fixes_and_writes_nothing(ws: Path) -> None:
    draft = ws / "draft.txt"
    draft.write_bytes(DRAFT.encode("utf-8"))
    out = copydesk(ws, "check", "--diff", "draft.txt")
    assert out.returncode == 1, out.stderr
    assert draft.read_bytes() == DRAFT.encode("utf-8")
    assert out.stdout.startswith("--- a/draft.txt\n+++ b/draft.txt\n@@ ")
    # patch(1), a real consumer, applies it and gets what --fix writes
    if shutil.which("patch") is None:
        pytest.skip("no patch(1) here")
    applied = subprocess.run(["patch", "-p1", "--binary"], cwd=ws, input=out.stdout.encode("utf-8"), capture_output=True)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    patched = draft.read_bytes()
    draft.write_bytes(DRAFT.encode("utf-8"))
    copydesk(ws, "check", "--fix", "draft.txt")
    assert patched == draft.read_bytes()


def test_fix_with_nothing_to_fix_leaves_the_file_alone(ws: Path) -> None:
    draft = write(ws / "draft.txt", "A quiet morning.\n")
    mtime = draft.stat().st_mtime_ns
    out = copydesk(ws, "check", "--fix", "draft.txt")
    assert (out.returncode, out.stdout, draft.stat().st_mtime_ns) == (0, "", mtime)


def test_fix_and_diff_together_is_a_usage_error(ws: Path) -> None:
    write(ws / "draft.txt", "A kerfuffle.\n")
    out = copydesk(ws, "check", "--fix", "--diff", "draft.txt")
    assert out.returncode == 2 and "not allowed with" in out.stderr


# --------------------------------------------------------------------------- standard input


def test_stdin_with_a_filename_finds_its_config_and_format(ws: Path, tmp_path: Path) -> None:
    text = "A `kerfuffle` in code, and a kerfuffle in prose.\n"
    md = copydesk(tmp_path.parent, "check", "--format", "json", "--stdin-filename", str(ws / "notes" / "draft.md"), "-",
                  stdin=text)
    assert md.returncode == 1, md.stderr
    payload = json.loads(md.stdout)
    assert payload["files"][0]["path"] == str(ws / "notes" / "draft.md")
    found = [d for d in payload["files"][0]["diagnostics"] if d["rule"] == "house-banned"]
    assert [text[slice(*d["offset"])] for d in found] == ["kerfuffle"] and found[0]["offset"][0] > 20  # code is skipped
    plain = copydesk(ws, "check", "--format", "json", "--stdin-filename", "draft.txt", "-", stdin=text)
    assert len([d for d in diagnostics(plain) if d["rule"] == "house-banned"]) == 2  # .txt: no Markdown


def test_stdin_without_a_filename_and_its_misuse(ws: Path) -> None:
    out = copydesk(ws, "check", "-", stdin="A kerfuffle.\n")
    assert out.returncode == 1 and out.stdout.startswith("<stdin>:1:3: warning [house-banned]")
    for args, fragment in ((["-", "other.txt"], "no other files"), (["--stdin-filename", "x.txt", "x.txt"], "give '-'"),
                           (["--fix", "-"], "use --diff")):
        bad = copydesk(ws, "check", *args, stdin="x\n")
        assert bad.returncode == 2 and fragment in bad.stderr and len(bad.stderr.splitlines()) == 1, bad.stderr
    diff = copydesk(ws, "check", "--diff", "--stdin-filename", "d.txt", "-", stdin="An e-mail.\n")
    assert "-An e-mail.\n+An email.\n" in diff.stdout


# --------------------------------------------------------------------------- severity and summary


def test_min_severity_sets_what_is_shown_and_the_exit_status(ws: Path) -> None:
    write(ws / "draft.txt", "It grew alot.\n")  # advice only (information)
    default = copydesk(ws, "check", "draft.txt")
    assert default.returncode == 0 and "[common-misspelling]" in default.stdout
    info = copydesk(ws, "check", "--min-severity", "information", "draft.txt")
    assert info.returncode == 1 and "[common-misspelling]" in info.stdout
    write(ws / "draft.txt", "A kerfuffle grew alot.\n")
    error = copydesk(ws, "check", "--min-severity", "error", "--format", "json", "draft.txt")
    assert error.returncode == 0 and diagnostics(error) == []
    warning = copydesk(ws, "check", "--min-severity", "warning", "draft.txt")
    assert warning.returncode == 1 and "[house-banned]" in warning.stdout and "alot" not in warning.stdout
    bad = copydesk(ws, "check", "--min-severity", "loud", "draft.txt")
    assert bad.returncode == 2 and "loud" in bad.stderr


def test_text_summary_line(ws: Path) -> None:
    write(ws / "d" / "a.txt", "A kerfuffle grew alot. Another kerfuffle.\n")
    for name in ("b.txt", "c.txt", "e.md"):
        write(ws / "d" / name, "A quiet morning.\n")
    out = copydesk(ws, "check", "--no-config", "--sources", "sources", "d")
    assert out.stdout.splitlines()[-1] == "1 finding in 1 of 4 files"
    out = copydesk(ws, "check", "d")
    assert out.stdout.splitlines()[-1] == "3 findings (2 warnings) in 1 of 4 files"
    assert "findings" not in copydesk(ws, "check", "--format", "json", "d").stdout.splitlines()[-1]
    assert copydesk(ws, "check", "d/b.txt").stdout == ""  # a clean draft prints nothing


# --------------------------------------------------------------------------- formats


def test_rdjson_validates_against_reviewdogs_schema(ws: Path) -> None:
    text = "The vote.\n\U0001f600 é kerfuffle and an e-mail.\n"
    write(ws / "draft.txt", text)
    out = copydesk(ws, "check", "--format", "rdjson", "draft.txt")
    assert out.returncode == 1, out.stderr
    payload = json.loads(out.stdout)
    jsonschema.Draft7Validator(RDJSON_SCHEMA).validate(payload)
    by_rule = {d["code"]["value"]: d for d in payload["diagnostics"]}
    banned, swap = by_rule["house-banned"], by_rule["house-ok"]
    assert banned["severity"] == "WARNING" and banned["location"]["path"] == "draft.txt"
    # columns are UTF-8 bytes from 1: the emoji is 4 bytes, "é" 2
    assert banned["location"]["range"] == {"start": {"line": 2, "column": 9}, "end": {"line": 2, "column": 18}}
    (suggestion,) = swap["suggestions"]
    assert suggestion["text"] == "email"
    line = text.splitlines()[1].encode("utf-8")
    start, end = suggestion["range"]["start"]["column"] - 1, suggestion["range"]["end"]["column"] - 1
    assert line[start:end] == b"e-mail"
    assert "suggestions" not in banned


def test_checkstyle_is_the_xml_checkstyle_consumers_read(ws: Path) -> None:
    write(ws / "a.txt", 'A kerfuffle & a "quote" <here>.\n')
    write(ws / "b.txt", "A quiet morning.\n")
    out = copydesk(ws, "check", "--format", "checkstyle", "a.txt", "b.txt")
    assert out.returncode == 1, out.stderr
    assert out.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3"')
    root = ET.fromstring(out.stdout.split("\n", 1)[1])
    assert root.tag == "checkstyle"
    assert [f.get("name") for f in root] == ["a.txt", "b.txt"]
    for file in root:
        assert file.tag == "file"
        for error in file:
            assert error.tag == "error"
            assert set(error.attrib) == {"line", "column", "severity", "message", "source"}
            assert int(error.get("line")) >= 1 and int(error.get("column")) >= 1
            assert error.get("severity") in {"error", "warning", "info", "ignore"}
            assert error.get("source").startswith("copydesk.")
    (banned,) = [e for e in root[0] if e.get("source") == "copydesk.house-banned"]
    assert (banned.get("line"), banned.get("column"), banned.get("message")) == ("1", "3", 'Avoid "kerfuffle".')
    assert len(root[1]) == 0


# The runner's workflow-command syntax: ::level k=v,k=v::message, with its escapes.
GITHUB_COMMAND = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:\n]*)(?:,[a-zA-Z]+=[^,:\n]*)*)::([^\r\n]*)$")


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def test_github_annotations_follow_the_workflow_command_syntax(ws: Path) -> None:
    write(ws / "dir, with: comma" / "draft.txt", "A kerfuffle at 100% and an e-mail.\n")
    out = copydesk(ws, "check", "--format", "github", "dir, with: comma")
    assert out.returncode == 1, out.stderr
    commands = {}
    for line in out.stdout.splitlines():
        m = GITHUB_COMMAND.match(line)
        assert m, line
        props = dict(part.split("=", 1) for part in m.group(2).split(","))
        commands[unescape(props["title"])] = (m.group(1), {k: unescape(v) for k, v in props.items()}, unescape(m.group(3)))
    level, props, message = commands["copydesk house-banned"]
    assert level == "warning"
    assert props["file"] == str(Path("dir, with: comma") / "draft.txt")
    assert (props["line"], props["col"], props["endLine"], props["endColumn"]) == ("1", "3", "1", "12")
    assert message == 'Avoid "kerfuffle".'
    assert commands["copydesk house-ok"][2] == 'House style: "email", not "e-mail"\nfix: Replace with "email"'


# --------------------------------------------------------------------------- init, config, demo


def test_init_writes_a_commented_config_that_loads(tmp_path: Path) -> None:
    write(tmp_path / "wires" / "a.txt", "the committee met on a quiet morning.\n")
    write(tmp_path / "draft.txt", "A quiet morning.\n")
    out = copydesk(tmp_path, "init", "--sources", "wires/*.txt")
    assert out.returncode == 0, out.stderr
    text = (tmp_path / "copydesk.yaml").read_text(encoding="utf-8")
    assert "sources: ['wires/*.txt']" in text and "# encoding: windows-1252" in text
    check = copydesk(tmp_path, "check", "draft.txt")
    assert (check.returncode, check.stderr) == (0, "")  # the config loads, and names real sources
    again = copydesk(tmp_path, "init")
    assert again.returncode == 2 and "already exists" in again.stderr
    assert (tmp_path / "copydesk.yaml").read_text(encoding="utf-8") == text
    assert copydesk(tmp_path, "init", "--force").returncode == 0
    assert "sources: [sources/]" in (tmp_path / "copydesk.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("config", "line", "expected"), [
    ("source: [sources]\n", 1, "unknown setting 'source' (did you mean 'sources'?)"),
    ("sources: [sources]\nignroe: [x]\n", 2, "unknown setting 'ignroe' (did you mean 'ignore'?)"),
    ("sources: [sources]\nrules:\n  house-banned: {severty: error}\n", 3,
     "unknown rule setting 'severty' (did you mean 'severity'?)"),
    ("sources: [sources]\nrules:\n  paths: [house]\n  house-baned: off\n", 4,
     "unknown rule id 'house-baned' (did you mean 'house-banned'?) in 'rules'"),
    ("sources: [sources]\nencoding: klingon-1\n", 2, "unknown encoding 'klingon-1'"),
])
def test_config_mistakes_say_what_was_meant(ws: Path, config: str, line: int, expected: str) -> None:
    write(ws / "copydesk.yaml", config + "rules:\n  paths: [house]\n" if "rules" not in config else config)
    write(ws / "draft.txt", "One.\n")
    out = copydesk(ws, "check", "draft.txt")
    assert out.returncode == 2
    (message,) = out.stderr.splitlines()
    assert message.startswith(f"copydesk: {ws / 'copydesk.yaml'}:{line}: {expected}"), message


def test_demo_sources_are_announced_once_on_stderr(tmp_path_factory: pytest.TempPathFactory, ws: Path) -> None:
    bare = tmp_path_factory.mktemp("bare")  # no copydesk.yaml here or above
    write(bare / "a.txt", "A quiet morning.\n")
    write(bare / "b.txt", "Another quiet morning.\n")
    out = copydesk(bare, "check", "a.txt", "b.txt")
    assert out.returncode == 0
    (note,) = out.stderr.splitlines()
    assert "bundled demo articles" in note
    assert "demo" not in copydesk(bare, "check", "--sources", str(ws / "sources"), "a.txt").stderr
    assert "demo" not in copydesk(ws, "check", "--format", "json", "sources/source.txt").stderr


def test_init_where_nothing_can_be_written_is_one_line_and_exit_2(tmp_path: Path) -> None:
    out = copydesk(tmp_path, "init", "/proc/self")  # a folder no one, not even root, can add a file to
    assert out.returncode == 2 and len(out.stderr.splitlines()) == 1 and "cannot be written" in out.stderr


def test_fix_on_a_draft_that_cannot_be_written_is_one_line_and_exit_2(ws: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    locked = ws / "locked"
    write(locked / "draft.txt", "An e-mail.\n")
    locked.chmod(0o555)
    try:
        out = copydesk(ws, "check", "--fix", "locked/draft.txt")
    finally:
        locked.chmod(0o755)
    assert out.returncode == 2 and (locked / "draft.txt").read_text(encoding="utf-8") == "An e-mail.\n"
    (line,) = [line for line in out.stderr.splitlines() if "cannot be written" in line]
    assert "locked/draft.txt" in line
