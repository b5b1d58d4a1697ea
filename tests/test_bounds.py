"""Bounded work on any input: each input that once hung or crashed copydesk finishes (the bound is
a generous subprocess timeout, not a speed assertion) or gets its one-line message; and the
linear masking helpers find what the quadratic regexes they replace found."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.formats.markdown import _code_spans, _emphasis
from copydesk.workspace import MAX_DRAFT_CHARS

BOUND = 60  # seconds: what "finishes" means here; each takes about 1-4 s

INPUTS = {
    "spaces.md": " " * 40_000 + "\n",  # the table-rule pattern was quadratic on it: 67 s
    "tab-list.md": "".join("\t" * (i % 200) + f"- item {i}\n" for i in range(3000)),
    "letters.txt": "A" * 20_000 + "\n",  # spelling variants on one long "word"
    "ones.txt": "1 " * 10_000 + "\n",  # each number's unit searched in the rest of the text
    "billions.txt": "$1.2 billion " * 1_600 + "\n",  # per-number clause rescans of one endless sentence
    "brackets.md": "[" * 20_000 + "\n",  # link text scanned to the end of the line from each bracket
    "backticks.md": "`a `` b " * 3_000 + "\n",  # unclosed code spans
    "stars.md": "*a _b " * 4_000 + "\n",  # unclosed emphasis
    "tags.md": "<a " * 7_000 + "\n",
    "one-line.txt": "The council met again and " * 40_000 + "\n",  # a 1 MB line, one sentence
    "quote.txt": "Officials called the plan “reckless,” adding “we will fight it.”\n",
    "tags.html": "<a " * 7_000 + "<" + "a" * 40_000 + "\n",  # tags never cross "<": no opening is rescanned
    "scripts.html": "<script " * 5_000 + "<script>" * 5_000 + "<!--" * 5_000 + "\n",  # unclosed: blanked to the end
    "references.html": "Velmora&rsquo;s " * 5_000 + "&amp;" * 10_000 + "&" * 20_000 + "\n",
    "spaces.rst": " " * 40_000 + "\n",  # a reference target's leading spaces were rescanned from each space
    "tab-list.rst": "".join("\t" * (i % 200) + f"- item {i}\n" for i in range(3000)),
    "directives.rst": "".join(" " * (i % 200) + ".. x::\n" + " " * (i % 200) + "y::\n" for i in range(3000)),
}


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "copydesk", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=BOUND)


@pytest.mark.parametrize("name", list(INPUTS))
def test_each_bad_input_finishes(tmp_path: Path, name: str):
    (tmp_path / name).write_text(INPUTS[name], encoding="utf-8")
    done = run(["check", "--no-config", "--format", "json", name], tmp_path)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert json.loads(done.stdout)["files"][0]["path"] == name


def test_a_user_regex_with_bounded_nesting_runs_in_linear_time(tmp_path: Path):
    """(?:a{1,30}){1,30}$ passed the old backtracking check and ran 52 CPU-minutes on this."""
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "nested.yaml").write_text(
        "id: nested\ncheck: existence\nseverity: warning\nmessage: 'found {match}'\nparams:\n"
        "  nonword: true\n  tokens: ['(?:a{1,30}){1,30}b']\n", encoding="utf-8")
    (tmp_path / "src.txt").write_text("A source.\n", encoding="utf-8")
    (tmp_path / "copydesk.yaml").write_text("sources: [src.txt]\nrules: {paths: [house]}\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("And aaab here.\n\n" + "a" * 20_000 + "c\n", encoding="utf-8")
    done = run(["check", "--format", "json", "d.txt"], tmp_path)
    found = [d for d in json.loads(done.stdout)["files"][0]["diagnostics"] if d["rule"] == "nested"]
    assert [d["message"] for d in found] == ["found aaab"]
    # RE2 runs it in time linear in the text (times the pattern's size, here 900 states): within
    # the rule's time budget, or stopped by it with a note, never for minutes
    assert done.stderr.strip() in ("", "copydesk: rule 'nested' took too long and was stopped; simplify its patterns")


def test_a_regex_re2_cannot_run_is_one_line_naming_the_file_and_line(tmp_path: Path):
    (tmp_path / "house").mkdir()
    rule = tmp_path / "house" / "echo.yaml"
    rule.write_text("id: echo\ncheck: existence\nseverity: warning\nmessage: m\nparams:\n  tokens:\n"
                    "    - fine\n    - '(\\w+) \\1'\n", encoding="utf-8")
    (tmp_path / "copydesk.yaml").write_text("rules: {paths: [house]}\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("The the end.\n", encoding="utf-8")
    done = run(["check", "d.txt"], tmp_path)
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"copydesk: {rule}:8: ") and "cannot run in linear time" in line


def test_a_draft_over_the_size_bound_gets_one_line_and_exit_2(tmp_path: Path):
    (tmp_path / "huge.md").write_text("A kerfuffle at the harbour. " * (MAX_DRAFT_CHARS // 28 + 10), encoding="utf-8")
    (tmp_path / "small.md").write_text("A short draft.\n", encoding="utf-8")
    done = run(["check", "--no-config", "--format", "json", "huge.md", "small.md"], tmp_path)
    assert done.returncode == 2
    (line,) = [x for x in done.stderr.splitlines() if "huge.md" in x]
    assert line == (f"copydesk: huge.md: not checked: {MAX_DRAFT_CHARS // 28 * 28 + 280:,} characters, over the "
                    f"{MAX_DRAFT_CHARS:,} a check handles (see docs/safety.md)")
    files = json.loads(done.stdout)["files"]
    assert [f["path"] for f in files] == ["huge.md", "small.md"] and files[0]["diagnostics"] == []


# --------------------------------------------------------------------------- the linear helpers

_IN_PARAGRAPH = r"(?:(?!\n[ \t]*\r?\n).)+?"  # any text but a blank line: inline marks pair within a paragraph
_OLD_CODE = re.compile(r"(`+)(?!`)" + _IN_PARAGRAPH + r"(?<!`)\1(?!`)", re.S)
_OLD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(" + _IN_PARAGRAPH + r")(?<=\S)\1(?![\w*])", re.S)


@settings(max_examples=3000, derandomize=True)
@given(st.text(alphabet="*_` ab.\n", max_size=24))
def test_code_spans_and_emphasis_are_what_the_regexes_found(text: str):
    assert list(_code_spans(text)) == [(m.start(), m.end()) for m in _OLD_CODE.finditer(text)]
    assert list(_emphasis(text)) == [(m.start(1), m.end(1), m.end(2), m.end()) for m in _OLD_EMPHASIS.finditer(text)]
