"""Failures contained: a rule that raises is one line naming it, the other rules and files still
report, and the CLI exits 3; a source that breaks the extractor is skipped with a note."""

from __future__ import annotations

from pathlib import Path

import pytest

import copydesk.factbase.extract as extract
from broken_kind import RULE, register, unregister
from copydesk.cli import main
from copydesk.factbase.build import build_factbase
from copydesk.workspace import Workspace
from helpers import BANNED_RULE


@pytest.fixture
def project(tmp_path: Path) -> Path:
    register()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("Marta Velez said the harbour would reopen on Monday.\n", encoding="utf-8")
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "broken.yaml").write_text(RULE, encoding="utf-8")
    (tmp_path / "house" / "banned.yaml").write_text(BANNED_RULE, encoding="utf-8")
    (tmp_path / "copydesk.yaml").write_text("sources: [sources]\nrules: {paths: [house]}\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    for name in ("one.txt", "two.txt"):
        (tmp_path / "drafts" / name).write_text("A kerfuffle at the harbour.\n", encoding="utf-8")
    yield tmp_path
    unregister()


def test_a_rule_that_raises_is_one_line_and_the_rest_still_reports(project: Path, capsys, monkeypatch):
    monkeypatch.chdir(project)
    status = main(["check", "--format", "json", "drafts"])
    out, err = capsys.readouterr()
    assert status == 3
    errors = [line for line in err.splitlines() if "internal error" in line]
    assert len(errors) == 2  # one per draft, each one line
    for line, name in zip(errors, ("one.txt", "two.txt")):
        assert line.startswith(f"copydesk: drafts/{name}: internal error in rule test-broken-rule (")
        assert "broken_kind.py:" in line and "IndexError" in line
    assert "Traceback" not in err
    import json

    files = json.loads(out)["files"]
    assert [[d["rule"] for d in f["diagnostics"]] for f in files] == [["house-banned"], ["house-banned"]]


def test_without_the_broken_rule_the_exit_status_is_the_findings(project: Path, capsys, monkeypatch):
    monkeypatch.chdir(project)
    (project / "copydesk.yaml").write_text("sources: [sources]\nrules: {paths: [house], test-broken-rule: off}\n",
                                           encoding="utf-8")
    assert main(["check", "drafts"]) == 1
    assert "internal error" not in capsys.readouterr().err


def test_a_source_that_breaks_the_extractor_is_skipped_with_a_note(project: Path, monkeypatch):
    (project / "sources" / "b.txt").write_text("Tomas Ferreira called the plan reckless.\n", encoding="utf-8")
    real = extract.extract_mentions

    def fragile(doc, vocab=None):
        if "Ferreira" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, vocab)

    monkeypatch.setattr(extract, "extract_mentions", fragile)
    ws = Workspace.discover(project)
    kb = build_factbase(ws.config.source_files()[0], store=False)
    (note,) = [n for n in kb.notes if "skipped" in n]
    assert "b.txt: skipped: internal error (" in note and "IndexError" in note and "\n" not in note
    names = {e.name for e in kb.entities}
    assert "Marta Velez" in names and not any("Ferreira" in n for n in names)
