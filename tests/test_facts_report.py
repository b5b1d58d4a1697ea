"""`copydesk facts` as text: each date with its event, each figure with its noun and context,
counts in good English, facts-file entries with their file and line, no empty labels."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SOURCE = (
    "NORTHPORT, March 5, 2030 — Harbourline chief Ivo Pent said on Tuesday that the company would "
    "close 14 ferry berths after the storm.\n\nAda Moss, the harbour master, inspected the quay.\n"
)
FACTS = "people:\n  - name: Lena Vale\n    pronouns: she/her\n\n  - name: Ada Moss\n    titles: [harbour master]\n"


def facts_text(tmp_path: Path) -> str:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "wire.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "copydesk.yaml").write_text("sources: [sources]\nfacts: [facts.yaml]\n", encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "copydesk", "facts"], capture_output=True, text=True, check=True,
                          cwd=tmp_path).stdout


def section(text: str, heading: str) -> list[str]:
    lines = text.split(f"\n{heading}\n", 1)[1].split("\n\n", 1)[0].splitlines()
    return [line.strip() for line in lines]


def test_dates_show_their_date_and_event(tmp_path: Path):
    (line,) = section(facts_text(tmp_path), "Dates")
    assert line.startswith("2030-03-05 (Tuesday): ")
    assert "said on Tuesday that the company would close" in line
    assert "NORTHPORT" not in line  # the dateline is not the event
    assert line.endswith("[wire.txt:1]")


def test_numbers_show_their_noun_and_context(tmp_path: Path):
    (line,) = section(facts_text(tmp_path), "Numbers")
    assert line.startswith("14 × berth (ferry): ")
    assert "would close 14 ferry berths after the storm" in line


def test_counts_read_as_english_and_facts_entries_name_file_and_line(tmp_path: Path):
    text = facts_text(tmp_path)
    people = {line.split(" (")[0].split("  [")[0]: line for line in section(text, "People")}
    assert "1 mention)" in people["Ivo Pent"] and "1 mentions" not in text
    assert people["Lena Vale"] == "Lena Vale (female)  [facts.yaml:2]"  # named only in the facts file
    assert text.splitlines()[0].startswith("1 source: ")


def test_no_empty_labels(tmp_path: Path):
    text = facts_text(tmp_path)
    assert not re.search(r"\(\)|\[\]|: {2}|\(\s*;", text), text
