"""Sources as newsrooms have them: wire archives in Windows-1252 or Latin-1 read right, through
the installed `copydesk` command, so an accented name is never cut at its accented letter and
then "fixed" in a correct draft."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk.document import decode_bytes

COPYDESK = Path(sys.executable).parent / "copydesk"

# Invented people and places; ñ, á and é are where cp1250 (the code page charset detection
# ties with on short text) reads other letters: "Castaño" would become "Castańo".
SOURCE = (
    "VILLAREJO, March 3, 2031 — Mayor Inés Castaño of Villarejo de Peñas said on Tuesday that the "
    "harbour would hire 40 workers. \"We will open the new dock in May,\" Castaño told reporters. "
    "Port director Joaquín Ibáñez said the cranes would arrive in April.\n"
)
DRAFT = (
    "Mayor Inés Castaño of Villarejo de Peñas said on Tuesday that the harbour would hire 40 "
    "workers. Port director Joaquín Ibáñes said the cranes would come in April.\n"
)


def check(cwd: Path, *args: str) -> tuple[list[dict], str]:
    out = subprocess.run([str(COPYDESK), "check", "--format", "json", *args], cwd=cwd, capture_output=True,
                         text=True, encoding="utf-8", timeout=120)
    assert out.returncode in (0, 1), out.stderr
    diagnostics = json.loads(out.stdout)["files"][0]["diagnostics"]
    for d in diagnostics:
        for e in d["evidence"]:
            e["source"] = Path(e["source"]).name  # the twins live in different folders
    return diagnostics, out.stderr


@pytest.fixture
def twins(tmp_path: Path) -> Path:
    for folder, encoding in (("utf8", "utf-8"), ("cp1252", "cp1252"), ("latin1", "latin-1")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "wire.txt").write_bytes(SOURCE.replace("—", "-" if encoding == "latin-1" else "—").encode(encoding))
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def test_a_windows_1252_source_gives_the_findings_of_its_utf8_twin(twins: Path) -> None:
    utf8, quiet = check(twins, "--sources", "utf8", "draft.txt")
    cp1252, note = check(twins, "--sources", "cp1252", "draft.txt")
    assert cp1252 == utf8
    names = [d for d in utf8 if d["rule"] == "name-spelling"]
    assert [DRAFT[slice(*d["offset"])] for d in names] == ["Ibáñes"]  # the one wrong name, and only it
    assert quiet == ""
    (line,) = [line for line in note.splitlines() if "wire.txt" in line]
    assert "read as windows-1252" in line


def test_the_encoding_setting_reads_latin1_without_guessing(twins: Path) -> None:
    utf8, _ = check(twins, "--sources", "utf8", "draft.txt")
    (twins / "copydesk.yaml").write_text("sources: [latin1]\nencoding: latin-1\n", encoding="utf-8")
    latin1, stderr = check(twins, "draft.txt")
    assert latin1 == utf8 and stderr == ""


def test_utf8_stays_the_fast_path_and_broken_utf8_is_not_taken_for_a_code_page() -> None:
    assert decode_bytes("Castaño".encode()) == ("Castaño", [], "utf-8")
    text, notes, encoding = decode_bytes("Castaño ".encode() + b"\xff", "x.txt")
    assert (text, encoding) == ("Castaño \ufffd", None) and "invalid UTF-8" in notes[0]
    assert decode_bytes("Ibáñez".encode("cp1252"), "y.txt", "cp1252") == ("Ibáñez", [], "cp1252")
