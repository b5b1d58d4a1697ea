"""Bad input and faults, through the library and `copydesk check`: clear errors, no crash, nothing lost.

Every test builds its own workspace with invented names and a house rule at warning ("kerfuffle"),
so the findings do not depend on the fact checks. The CLI runs in-process (`cli.main`).
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from copydesk import cli
from copydesk.config import Config, load_config, resolve_sources
from copydesk.config_edit import add_ignored_word
from copydesk.document import Document, InputError, decode, read_text
from copydesk.workspace import Workspace
from copydesk.yamlfile import ConfigError
from helpers import BANNED_RULE

ROOT = Path(__file__).resolve().parents[1]


SOURCE = "Harbour chief Orla Finch said on Monday that the Brackwater ferry would run again in May.\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text), encoding="utf-8", newline="")
    return path


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace folder (the current folder for the CLI): a source, a house rule, a config."""
    root = tmp_path / "desk"
    write(root / "sources" / "finch.txt", SOURCE)
    write(root / "house" / "house-banned.yaml", BANNED_RULE)
    write(root / "copydesk.yaml", "sources: [sources]\nrules:\n  paths: [house]\n")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    return root


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    """`copydesk ARGS` in-process: exit status, stdout, stderr lines."""
    status = cli.main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err.strip().splitlines()


def house(payload: dict, name: str | None = None) -> list[dict]:
    files = [f for f in payload["files"] if name is None or Path(f["path"]).name == name]
    return [d for f in files for d in f["diagnostics"] if d["rule"] == "house-banned"]


# --------------------------------------------------------------------------- drafts and sources


def test_empty_draft_and_empty_source(ws: Path, capsys) -> None:
    write(ws / "sources" / "empty.txt", "")
    write(ws / "empty.md", "")
    status, out, err = run(capsys, "check", "--format", "json", "empty.md")
    assert (status, err) == (0, [])
    assert json.loads(out)["files"] == [{"path": "empty.md", "diagnostics": []}]
    doc = Document("")
    assert (doc.sentences, doc.tokens, doc.position(5), doc.offset(3, 9), doc.sentence_at(0)) == ([], [], (0, 0), 0, None)
    assert doc.token_index_at(0) == -1 and doc.tokens_between(0, 9) == []


@pytest.mark.parametrize("blob", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # binary from the first byte
    b"A kerfuffle.\n" * 1000 + b"\x00",  # a NUL byte far into an otherwise text file
])
def test_binary_draft_is_skipped_by_name_and_the_rest_is_checked(ws: Path, capsys, blob: bytes) -> None:
    write(ws / "drafts" / "blob.txt", blob)
    write(ws / "drafts" / "good.txt", "A kerfuffle.\n")
    status, out, err = run(capsys, "check", "--format", "json", "drafts")
    assert status == 2  # an input error, and said once
    assert len(err) == 1 and "blob.txt" in err[0] and "binary" in err[0], err
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == ["good.txt"]
    assert len(house(json.loads(out), "good.txt")) == 1


def test_binary_and_unreadable_sources_are_skipped_with_a_note(ws: Path, capsys) -> None:
    write(ws / "sources" / "scan.txt", b"%PDF-1.4\x00\x01\x02")
    write(ws / "sources" / "broken.txt", "Orla Finch said the café ferry".encode() + b" \xff\xfe would run.\n")
    write(ws / "draft.txt", "A kerfuffle at Brackwater.\n")
    status, out, err = run(capsys, "check", "--format", "json", "draft.txt")
    assert status == 1
    assert len(house(json.loads(out))) == 1
    (binary,) = [line for line in err if "scan.txt" in line]
    assert "binary" in binary
    (broken,) = [line for line in err if "broken.txt" in line]
    assert "broken.txt:1" in broken and "invalid UTF-8" in broken


def test_invalid_utf8_is_replaced_reported_once_and_offsets_stay_right(ws: Path, capsys) -> None:
    # broken UTF-8, not another encoding: valid sequences ("é") beside the bad bytes
    data = b"Caf\xe9 \xc3\xa9 one.\nThe \xff\xfe\xfd kerfuffle grew.\n\xc3(A second kerfuffle.\n"
    write(ws / "draft.txt", data)
    text = data.decode("utf-8", errors="replace")
    status, out, err = run(capsys, "check", "--format", "json", "draft.txt")
    assert status == 1
    assert len(err) == 1 and "draft.txt:1" in err[0] and "invalid UTF-8" in err[0], err
    found = house(json.loads(out))
    assert [text[d["offset"][0] : d["offset"][1]] for d in found] == ["kerfuffle", "kerfuffle"]
    doc = Document(text)
    for d in found:
        line, col = doc.position(d["offset"][0])
        assert d["range"]["start"] == {"line": line, "character": col}
    assert [d["range"]["start"]["line"] for d in found] == [1, 2]
    # the library: one note however many bad bytes, naming the first bad line
    decoded, notes = decode("ok é\n".encode() + b"\xff" * 50 + b"\n\xfe", "x.txt")
    assert len(notes) == 1 and notes[0].startswith("x.txt:2: ")
    assert decoded.startswith("ok é\n\ufffd")


def test_bom_is_kept_in_offsets_and_left_out_of_columns(ws: Path, capsys) -> None:
    write(ws / "draft.txt", "\ufeffA kerfuffle.\nAnother kerfuffle.\n")
    status, out, _ = run(capsys, "check", "--format", "json", "draft.txt")
    assert status == 1
    text = (ws / "draft.txt").read_bytes().decode("utf-8")
    first, second = house(json.loads(out))
    assert text[first["offset"][0] : first["offset"][1]] == "kerfuffle"
    assert first["range"]["start"] == {"line": 0, "character": 2}  # the BOM is not a column
    assert second["range"]["start"] == {"line": 1, "character": 8}
    _status, out, _ = run(capsys, "check", "draft.txt")
    assert out.splitlines()[0].startswith("draft.txt:1:3: warning [house-banned]")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_line_endings_give_the_same_lines_and_columns(ws: Path, capsys, newline: str) -> None:
    text = newline.join(["First line.", "", "Then a kerfuffle.", "A \U0001f600 kerfuffle too.", ""])
    write(ws / "draft.txt", text.encode("utf-8"))
    status, out, _ = run(capsys, "check", "--format", "json", "draft.txt")
    assert status == 1
    found = house(json.loads(out))
    assert [text[d["offset"][0] : d["offset"][1]] for d in found] == ["kerfuffle", "kerfuffle"]
    assert [d["range"] for d in found] == [
        {"start": {"line": 2, "character": 7}, "end": {"line": 2, "character": 16}},
        {"start": {"line": 3, "character": 5}, "end": {"line": 3, "character": 14}},  # the emoji is 2 units
    ]
    _status, out, _ = run(capsys, "check", "draft.txt")
    assert [line.split(" ")[0] for line in out.splitlines() if "house-banned" in line] == ["draft.txt:3:8:", "draft.txt:4:6:"]


def _news(paragraphs: int) -> str:
    """Invented news copy: names, dates, numbers, quotes and attributions, every few lines a slip."""
    out = []
    for i in range(paragraphs):
        out.append(
            f"Harbour chief Orla Finch said on Monday that {i % 40 + 2} ferries would run from Brackwater in May. "
            f'"We will not wait another year," Finch told reporters, adding that the kerfuffle was over. '
            f"She said the council had approved {i % 9 + 1} million euros."
        )
    return "\n\n".join(out) + "\n"


def _timed_check(workspace: Workspace, text: str, name: str) -> tuple[float, list]:
    """The check's findings and the CPU time this thread spent on it: unlike the wall clock, it does
    not grow when other processes load the machine (the ratios below compare work, not speed)."""
    started = time.thread_time()
    result = workspace.check(text, name)
    return time.thread_time() - started, result.findings


def test_long_line_is_checked_in_bounded_time(ws: Path) -> None:
    workspace = Workspace.discover(ws)
    _ = workspace.factbase, workspace.rules
    sentence = 'Orla Finch said "the ferry will run" and a kerfuffle followed, '
    line = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    elapsed, findings = _timed_check(workspace, line + "\n", "line.txt")
    assert elapsed < 30, f"a 100,000-character line took {elapsed:.1f}s"
    banned = [f for f in findings if f.rule == "house-banned"]
    assert len(banned) > 1000 and all(line[f.start : f.end] == "kerfuffle" for f in banned)


def _steps_of_check(workspace: Workspace, text: str) -> int:
    """The Python lines the check of `text` runs (a loop's every turn counted), on this thread and
    any it starts: a count of work that, unlike a clock, the machine's load does not move. The text
    is checked once first, so that per-process caches are warm for the counted check."""
    workspace.check(text, "d.txt")
    steps = 0

    def count(_frame: object, _event: str, _arg: object) -> object:
        nonlocal steps
        steps += 1
        return count

    before = sys.gettrace(), threading.gettrace()  # a coverage run's tracer comes back after
    sys.settrace(count)
    threading.settrace(count)
    try:
        workspace.check(text, "d.txt")
    finally:
        sys.settrace(before[0])
        threading.settrace(before[1])
    return steps


def test_big_draft_grows_linearly(ws: Path) -> None:
    """Four times the text takes about four times the work; a step that scans every finding or
    figure for each one (quadratic) makes it six to eight times. Timings are in bench/RESULTS.md."""
    workspace = Workspace.discover(ws)
    _ = workspace.factbase, workspace.rules
    small, big = _news(100), _news(400)
    assert sum(f.rule == "house-banned" for f in workspace.check(big, "d.txt").findings) == 400
    steps_small, steps_big = _steps_of_check(workspace, small), _steps_of_check(workspace, big)
    assert steps_big < 4.5 * steps_small, f"{len(small)} chars: {steps_small} steps, {len(big)} chars: {steps_big}"


@pytest.mark.skipif(not os.environ.get("COPYDESK_BIG"), reason="set COPYDESK_BIG=1 to check a 10 MB draft (minutes)")
def test_ten_megabyte_draft(ws: Path, capsys) -> None:
    text = _news(40_000)
    while len(text.encode("utf-8")) < 10_000_000:
        text += text[: 10_000_000 - len(text)]
    write(ws / "big.txt", text)
    started = time.monotonic()
    status, out, _err = run(capsys, "check", "--format", "json", "big.txt")
    elapsed = time.monotonic() - started
    assert status == 1 and house(json.loads(out))
    assert elapsed < 600, f"10 MB took {elapsed:.0f}s"


def test_file_over_the_size_limit_is_refused_by_name(ws: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("copydesk.document.MAX_FILE_BYTES", 1000)
    write(ws / "huge.txt", "A kerfuffle. " * 200)
    status, _out, err = run(capsys, "check", "huge.txt")
    assert status == 2 and len(err) == 1 and "huge.txt" in err[0] and "limit" in err[0]


@pytest.mark.parametrize("nesting", ["list", "quote", "mixed"])
def test_deeply_nested_markdown(ws: Path, nesting: str) -> None:
    depth = 500
    if nesting == "list":
        lines = ["  " * i + f"- item {i}" for i in range(depth)]
    elif nesting == "quote":
        lines = ["> " * (i + 1) + f"level {i}" for i in range(depth)]
    else:
        lines = ["> " * (i // 2) + "  " * (i % 7) + ("1. " if i % 2 else "* ") + "**_level_**" for i in range(depth)]
    lines.append("> " * depth + "- " * depth + "A kerfuffle at the bottom.")
    text = "\n".join(lines) + "\n"
    workspace = Workspace.discover(ws)
    started = time.monotonic()
    result = workspace.check(text, "deep.md")
    assert time.monotonic() - started < 20
    banned = [f for f in result.findings if f.rule == "house-banned"]
    assert [text[f.start : f.end] for f in banned] == ["kerfuffle"]
    assert banned[0].range.start_line == depth


# --------------------------------------------------------------------------- files that change under us


def _vanish_after_listing(monkeypatch, victim: Path, how: str) -> None:
    """Make `victim` disappear (or turn unreadable) right after the sources are listed."""
    listed = Config.source_files

    def source_files(self):
        files, notes = listed(self)
        if how == "deleted":
            victim.unlink()
        elif how == "folder":
            victim.unlink()
            victim.mkdir()
        return files, notes

    monkeypatch.setattr(Config, "source_files", source_files)
    if how == "permission":
        _deny(monkeypatch, victim)


def _deny(monkeypatch, victim: Path) -> None:
    """Tests run as root, which reads any file: simulate a lost read permission instead."""
    read_bytes = Path.read_bytes

    def guarded(self: Path) -> bytes:
        if self.resolve() == victim.resolve():
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)


@pytest.mark.parametrize("how", ["deleted", "folder", "permission"])
def test_source_that_vanishes_after_listing(ws: Path, capsys, monkeypatch, how: str) -> None:
    victim = write(ws / "sources" / "gone.txt", "Orla Finch spoke.\n")
    _vanish_after_listing(monkeypatch, victim, how)
    write(ws / "draft.txt", "A kerfuffle.\n")
    status, out, err = run(capsys, "check", "--format", "json", "draft.txt")
    assert status == 1 and len(house(json.loads(out))) == 1
    (note,) = [line for line in err if "gone.txt" in line]
    assert {"deleted": "no such file", "folder": "folder", "permission": "permission denied"}[how] in note


@pytest.mark.parametrize("how", ["deleted", "folder", "permission"])
def test_draft_that_vanishes_after_listing(ws: Path, capsys, monkeypatch, how: str) -> None:
    write(ws / "drafts" / "a.txt", "A kerfuffle.\n")
    victim = write(ws / "drafts" / "b.txt", "Another kerfuffle.\n")
    listed = cli._draft_files

    def draft_files(paths):
        files, problems = listed(paths)
        if how == "permission":
            _deny(monkeypatch, victim)
        else:
            victim.unlink()
            if how == "folder":
                victim.mkdir()
        return files, problems

    monkeypatch.setattr(cli, "_draft_files", draft_files)
    status, out, err = run(capsys, "check", "--format", "json", "drafts")
    assert status == 2
    assert len(err) == 1 and "b.txt" in err[0], err
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == ["a.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipes_and_devices_are_refused_not_read_forever(ws: Path, capsys) -> None:
    os.mkfifo(ws / "pipe.txt")  # opening it for reading would block; /dev/zero never ends
    write(ws / "good.txt", "A kerfuffle.\n")
    status, out, err = run(capsys, "check", "pipe.txt", "/dev/zero", "good.txt")
    assert status == 2
    assert len(err) == 2 and all("not a regular file" in line for line in err), err
    assert "good.txt:1:3: warning [house-banned]" in out


def test_read_text_names_the_file_for_every_failure(tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(InputError, match="no such file") as info:
        read_text(tmp_path / "nope.txt")
    assert str(info.value).startswith(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)
    locked = write(tmp_path / "locked.txt", "x")
    _deny(monkeypatch, locked)
    with pytest.raises(InputError, match="permission denied"):
        read_text(locked)


# --------------------------------------------------------------------------- config, rules and facts files

def alias_bomb(first_line: str) -> str:
    """The "billion laughs": nine lines whose last names 9**8 values; `first_line` comes before them.
    The first alias is on line 3."""
    lines = [first_line, "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)]
    return "\n".join(lines) + "\n"


CONFIG_ERRORS = [
    # (name, file, text, line, what the message must say)
    ("alias-bomb", "copydesk.yaml", alias_bomb("sources: [sources]"), 3, "aliases are not allowed"),
    ("deep-nesting", "copydesk.yaml", "sources: [sources]\nignore: " + "[" * 5000 + "]" * 5000 + "\n", 2, "nested more than"),
    ("rule-alias-bomb", "house/house-banned.yaml", alias_bomb(BANNED_RULE.rstrip("\n")), 8, "aliases are not allowed"),
    ("wrong-type", "copydesk.yaml", "sources: [sources]\nfollow_symlinks: 'yes'\n", 2, "true or false"),
    ("sources-not-list", "copydesk.yaml", "sources: {a: 1}\n", 1, "'sources' must be"),
    ("unknown-rule-id", "copydesk.yaml", "sources: [sources]\nrules:\n  paths: [house]\n  no-such-rule: error\n", 4,
     "unknown rule id 'no-such-rule'"),
    ("bad-severity", "copydesk.yaml", "sources: [sources]\nrules:\n  house-banned: loud\n", 3, "severity must be"),
    ("bad-regex-in-settings", "copydesk.yaml",
     "sources: [sources]\nrules:\n  nonstandard-usage:\n    params:\n      tokens: ['(unclosed']\n", 5, "invalid regex"),
    ("catastrophic-regex-in-settings", "copydesk.yaml",
     "sources: [sources]\nrules:\n  nonstandard-usage:\n    params:\n      tokens: ['(?=a)ab']\n", 5, "cannot run in linear time"),
    ("duplicate-key", "copydesk.yaml", "sources: [sources]\nignore: [a]\nsources: [elsewhere]\n", 3, "given twice"),
    ("not-a-mapping", "copydesk.yaml", "- sources\n- rules\n", 1, "must be a mapping"),
    ("tab-indent", "copydesk.yaml", "sources:\n\t- sources\n", 2, "broken YAML"),
    ("glob-matches-nothing", "copydesk.yaml", "sources:\n  - sources\n  - archive/*.txt\n", 3, "matches no source files"),
    ("path-does-not-exist", "copydesk.yaml", "sources: [sources, nowhere]\n", 1, "'nowhere': no such file or folder"),
    ("missing-facts-file", "copydesk.yaml", "sources: [sources]\nfacts: [facts.yaml]\n", 2, "facts file 'facts.yaml' does not exist"),
    ("missing-rules-folder", "copydesk.yaml", "sources: [sources]\nrules:\n  paths: [house, more-house]\n", 3,
     "rules folder 'more-house' does not exist"),
    ("binary-config", "copydesk.yaml", b"sources: [sources]\n\x00\x00", None, "binary"),
    ("bad-rule-regex", "house/house-banned.yaml", BANNED_RULE.replace("[kerfuffle]", "['kerf(uffle']"), 6, "invalid regex"),
    ("rule-unknown-key", "house/house-banned.yaml", BANNED_RULE + "colour: red\n", 7, "unknown key 'colour'"),
    ("rule-param-wrong-type", "house/house-banned.yaml", BANNED_RULE + "  ignorecase: sometimes\n", 7,
     "param 'ignorecase': expected true or false, got text"),
    ("rule-param-misspelled", "house/house-banned.yaml", BANNED_RULE + "  ignorcase: false\n", 7,
     "unknown param 'ignorcase' for check 'existence' (did you mean 'ignorecase'?"),
    ("setting-param-wrong-type", "copydesk.yaml",
     "sources: [sources]\nrules:\n  number-mismatch:\n    params:\n      near_best: abc\n", 5,
     "rule 'number-mismatch': param 'near_best': expected a number, got text"),
]


@pytest.mark.parametrize(("name", "text", "line", "fragment"), [c[1:] for c in CONFIG_ERRORS], ids=[c[0] for c in CONFIG_ERRORS])
def test_broken_config_is_one_line_naming_file_and_line_exit_2(ws: Path, capsys, name: str, text, line, fragment: str) -> None:
    write(ws / name, text)
    write(ws / "a.txt", "A kerfuffle.\n")
    write(ws / "b.txt", "Another kerfuffle.\n")
    for command in (["check", "a.txt", "b.txt"], ["facts"]):
        status, out, err = run(capsys, *command)
        assert status == 2, (command, out, err)
        (message,) = err
        where = f"{ws / name}:{line}: " if line else f"{ws / name}: "
        assert message.startswith(f"copydesk: {where}"), message
        assert fragment in message, message


FACTS_ERRORS = [
    ("alias-bomb", alias_bomb("people: []"), 3, "aliases are not allowed"),
    ("broken-yaml", "people:\n  - name: Orla Finch\n    aliases: [Finch\n", 4, "broken YAML"),
    ("not-a-mapping", "- Orla Finch\n", 1, "a facts file is a mapping"),
    ("unknown-section", "persons:\n  - name: Orla Finch\n", 2, "unknown section 'persons'"),  # the line of its value
    ("section-not-list", "people: Orla Finch\n", 1, "must be a list"),
    ("entry-without-name", "people:\n  - aliases: [Finch]\n", 2, "needs a 'name'"),
    ("unknown-key", "people:\n  - name: Orla Finch\n    colour: red\n", 3, "unknown key 'colour'"),
    ("bad-pronouns", "people:\n  - name: Orla Finch\n    pronouns: xe/xem\n", 3, "pronouns must be"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), [c[1:] for c in FACTS_ERRORS], ids=[c[0] for c in FACTS_ERRORS])
def test_broken_facts_file_is_one_line_exit_2(ws: Path, capsys, text: str, line: int, fragment: str) -> None:
    write(ws / "copydesk.yaml", "sources: [sources]\nfacts: [facts.yaml]\nrules:\n  paths: [house]\n")
    write(ws / "facts.yaml", text)
    write(ws / "a.txt", "A kerfuffle.\n")
    write(ws / "b.txt", "Another kerfuffle.\n")
    status, _out, err = run(capsys, "check", "a.txt", "b.txt")
    assert status == 2
    (message,) = err
    assert message.startswith(f"copydesk: {ws / 'facts.yaml'}:{line}: "), message
    assert fragment in message


def test_sources_given_on_the_command_line_that_find_nothing(ws: Path, capsys) -> None:
    write(ws / "a.txt", "A kerfuffle.\n")
    status, _, err = run(capsys, "check", "--sources", "no-such-folder", "a.txt")
    assert status == 2 and len(err) == 1 and "no-such-folder" in err[0] and "no such file" in err[0]
    status, _, err = run(capsys, "check", "--sources", "sources/*.pdf", "a.txt")
    assert status == 2 and len(err) == 1 and "*.pdf" in err[0] and "matches no source files" in err[0]


def test_a_good_config_still_loads(ws: Path) -> None:
    write(ws / "facts.yaml", "people:\n  - name: Orla Finch\n    pronouns: she/her\n")
    write(ws / "copydesk.yaml", "# desk\nsources: [sources]\nfacts: [facts.yaml]\nrules: {paths: [house]}\n")
    config = load_config(ws / "copydesk.yaml")
    config.check_sources()
    assert config.source_lines == {"sources": 2}


# --------------------------------------------------------------------------- symbolic links


def test_source_globs_do_not_follow_links_out_of_the_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "outside"
    write(outside / "secret.txt", "Orla Finch keeps a secret.\n")
    root = tmp_path / "desk"
    write(root / "sources" / "inside.txt", SOURCE)
    (root / "sources" / "linked.txt").symlink_to(outside / "secret.txt")
    (root / "sources" / "linked-folder").symlink_to(outside, target_is_directory=True)
    (root / "sources" / "local-link.txt").symlink_to(root / "sources" / "inside.txt")

    files, notes = resolve_sources(["sources"], root)
    assert sorted(f.name for f in files) == ["inside.txt"]  # the in-workspace link is the same file
    assert sum("leads outside the workspace" in n for n in notes) == 2
    files, _ = resolve_sources(["sources/**/*.txt"], root)
    assert all(f.resolve().is_relative_to(root.resolve()) for f in files)

    files, notes = resolve_sources(["sources"], root, follow_symlinks=True)
    # the linked file and the linked folder's file are one file, read once
    assert sorted(f.resolve().name for f in files) == ["inside.txt", "secret.txt"]
    assert not [n for n in notes if "outside" in n]
    (outside / "loop").symlink_to(outside, target_is_directory=True)  # a link back up: no endless walk
    assert len(resolve_sources(["sources"], root, follow_symlinks=True)[0]) == 2

    write(root / "copydesk.yaml", "sources: [sources]\nfollow_symlinks: true\n")  # the workspace's own say: not enough
    assert {f.resolve().name for f in load_config(root / "copydesk.yaml").source_files()[0]} == {"inside.txt"}
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user"))
    write(tmp_path / "user" / "copydesk" / "config.yaml", f"allow_paths: [{outside}]\n")  # the user's say
    assert {f.resolve().name for f in load_config(root / "copydesk.yaml").source_files()[0]} == {"inside.txt", "secret.txt"}
    write(root / "copydesk.yaml", "sources: [sources]\n")
    assert {f.name for f in load_config(root / "copydesk.yaml").source_files()[0]} == {"inside.txt"}


def test_a_pattern_that_finds_only_outside_links_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "outside" / "secret.txt", "x\n")
    root = tmp_path / "desk"
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "linked.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    write(root / "copydesk.yaml", "sources: [sources]\n")
    with pytest.raises(ConfigError, match="matches no source files"):
        load_config(root / "copydesk.yaml").check_sources()


# --------------------------------------------------------------------------- nothing lost


def _snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    return {str(p.relative_to(root)): (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(root.rglob("*")) if p.is_file()}


def test_check_and_facts_write_nothing_in_the_workspace(ws: Path, capsys) -> None:
    write(ws / "facts.yaml", "# our facts\npeople:\n  - name: Orla Finch  # the harbour chief\n    pronouns: she/her\n")
    write(ws / "copydesk.yaml", "# desk config\nsources: [sources]  # wire copy\nfacts: [facts.yaml]\nrules: {paths: [house]}\n")
    write(ws / "drafts" / "a.md", "# Ferry\n\nA kerfuffle, Orla Fnich said.\n")
    write(ws / "drafts" / "b.txt", "Harbour chief Orla Finch said 9 ferries would run.\r\n")
    write(ws / "drafts" / "c.txt", b"\xef\xbb\xbfBOM and \xff broken bytes, a kerfuffle.\n")
    before = _snapshot(ws)
    time.sleep(0.01)
    for args in (["check", "drafts"], ["check", "--format", "json", "drafts"], ["check", "--format", "sarif", "drafts"],
                 ["facts"], ["facts", "--format", "json"], ["rules"]):
        run(capsys, *args)
    subprocess.run([sys.executable, "-m", "copydesk", "check", "drafts"], cwd=ws, capture_output=True, timeout=120,
                   env={**os.environ, "COPYDESK_CACHE_DIR": str(ws.parent / "cache")})
    assert _snapshot(ws) == before


def test_ignore_word_keeps_the_rest_of_the_config(tmp_path: Path) -> None:
    original = ("# Desk settings -- keep this comment\r\n"
                "sources: [sources]   # wire copy\r\n"
                "ignore:\r\n"
                "  - Brackwater   # a ferry port\r\n"
                "\r\n"
                "# rules below\r\n"
                "rules: {paths: [house]}\r\n")
    path = write(tmp_path / "copydesk.yaml", original.encode("utf-8"))
    assert add_ignored_word(path, "Orla Fnich") is True
    after = path.read_bytes().decode("utf-8")
    assert after == original.replace("  - Brackwater   # a ferry port\r\n",
                                     "  - Brackwater   # a ferry port\r\n  - Orla Fnich\r\n")
    assert add_ignored_word(path, "orla fnich") is False
    assert path.read_bytes().decode("utf-8") == after
    # a config copydesk cannot edit safely is left exactly as it was
    broken = write(tmp_path / "broken.yaml", "ignore: [a,\n# note\n")
    with pytest.raises(ConfigError):
        add_ignored_word(broken, "Orla")
    assert broken.read_text(encoding="utf-8") == "ignore: [a,\n# note\n"


# --------------------------------------------------------------------------- security


BUILTINS = {"eval", "exec", "compile", "__import__", "breakpoint"}
MODULES = {"subprocess", "pickle", "marshal", "shelve", "ctypes", "runpy", "code", "pty", "importlib"}
OS_CALLS = {"system", "popen", "startfile", "fork", "forkpty", "posix_spawn", "posix_spawnp"}


def _calls(path: Path) -> list[tuple[int, str]]:
    """Every use of something that can run code, from the module's syntax tree (comments and
    strings do not count): eval/exec-like builtins, os.system/exec*/spawn*, unsafe YAML loads,
    and imports of modules that run or load code."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in BUILTINS:
            found.append((node.lineno, node.func.id))
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner, attr = node.value.id, node.attr
            if owner == "os" and (attr in OS_CALLS or attr.startswith(("exec", "spawn"))):
                found.append((node.lineno, f"os.{attr}"))
            if owner == "yaml" and attr in ("load", "load_all", "full_load", "unsafe_load", "Loader", "FullLoader", "UnsafeLoader"):
                found.append((node.lineno, f"yaml.{attr}"))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [(node.lineno, n) for n in names if n.split(".")[0] in MODULES]
    return found


def test_server_never_runs_content() -> None:
    """No eval/exec/os.system/subprocess/unsafe YAML/pickle anywhere in server/: the extraction
    cache, which others may be able to write, holds typed msgpack rows (store.py)."""
    problems = []
    for path in sorted((ROOT / "server").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        problems += [f"{rel}:{line}: {name}" for line, name in _calls(path)]
    assert problems == []
    # the scan itself works
    probe = ROOT / "tests" / "data" / "probe_not_a_test.py"
    try:
        probe.write_text("import subprocess\nimport os\neval('1')\nos.system('x')\nyaml.load(t)\n", encoding="utf-8")
        assert [n for _, n in _calls(probe)] == ["subprocess", "eval", "os.system", "yaml.load"] or \
            sorted(n for _, n in _calls(probe)) == sorted(["subprocess", "eval", "os.system", "yaml.load"])
    finally:
        probe.unlink()
    # a rule's message template is formatted, never evaluated: attribute and index lookups are refused
    from copydesk.checks.engine import render_message

    assert render_message("{x.__class__}{y[0]}", {"x": 1, "y": [2]}) in ("{x.__class__}{y[0]}",)
