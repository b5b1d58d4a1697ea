"""A fact store updated in place after sources changed (factbase/patch.py) holds the rows a fresh
build writes, reads what a fresh build reads, and rewrites only what the changed sources touch."""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest

from copydesk.factbase.build import build_factbase, current_factbase
from copydesk.factbase.derived import CorpusSummary
from copydesk.factbase.export import to_json
from copydesk.factbase.lazy import LazyFactBase
from copydesk.factbase.rows import CorpusRow, decode
from copydesk.workspace import Workspace
from helpers import ROOT
from test_factstore import _dump
from test_lazy_store import _findings

sys.path.insert(0, str(ROOT / "bench"))
from generate import make_draft, write_sources


@pytest.fixture
def archive(tmp_path: Path) -> tuple[list[Path], Path, Path]:
    """60 generated sources (invented names), their store, and a draft of their events."""
    world, files = write_sources(60, tmp_path / "sources", seed=13)
    draft = tmp_path / "draft.txt"
    draft.write_text(make_draft(world, 600, seed=3), encoding="utf-8")
    current_factbase(files, path=tmp_path / "facts.sqlite3")
    return files, tmp_path / "facts.sqlite3", draft


def _meta(path: Path) -> tuple:
    """The summary, corpus and tally rows, decoded (their sets and dicts are written in hashing order)."""
    with sqlite3.connect(path) as db:
        row = dict(db.execute("SELECT key, data FROM meta WHERE key IN ('summary', 'corpus', 'summary_tally')"))
    return decode(CorpusSummary, row["summary"]), decode(CorpusRow, row["corpus"]), decode(dict[str, int], row["summary_tally"])


def _bump_first_figure(text: str) -> str:
    return re.sub(r"\b(\d+) (?=[a-z])", lambda m: f"{int(m.group(1)) + 5} ", text, count=1)


def _drop_a_paragraph(text: str) -> str:
    """Without its first paragraph of comment (no name in it)."""
    return re.sub(r"\n\n(Analysts|Critics|The) [^\n]*\n", "\n", text, count=1)


EDITS = {
    "a sentence added": {7: lambda t: t + "\nThe depot loaded 3,200 crates that week.\n"},
    "a figure changed": {20: _bump_first_figure},
    "a pronoun changed": {33: lambda t: t.replace(" he said.", " she said.").replace(" she said.", " he said.", 1)},
    "a paragraph dropped, two sources": {0: _drop_a_paragraph, 59: _drop_a_paragraph},
    "a weekday changed": {41: lambda t: re.sub(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday)\b", "Sunday", t, count=1)},
}


def _edited(files: list[Path], edits: dict) -> None:
    for i, change in edits.items():
        text = files[i].read_text(encoding="utf-8")
        assert change(text) != text
        files[i].write_text(change(text), encoding="utf-8")


def _same_as_fresh(files: list[Path], store: Path, tmp_path: Path) -> None:
    """The store holds the rows a fresh build writes, and loads as the fresh build."""
    current_factbase(files, path=tmp_path / "fresh.sqlite3")
    assert _dump(store) == _dump(tmp_path / "fresh.sqlite3")
    assert _meta(store) == _meta(tmp_path / "fresh.sqlite3")
    loaded, again = current_factbase(files, path=store)
    assert again is None and to_json(loaded) == to_json(build_factbase(files, store=False))


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_an_update_in_place_writes_the_store_a_fresh_build_writes(edit: str, archive, tmp_path: Path):
    files, store, draft = archive
    _edited(files, EDITS[edit])
    kb, written = current_factbase(files, path=store, lazy=True)
    assert isinstance(kb, LazyFactBase) and written is not None
    assert written.index_rows > 0  # updated in place, not merged again
    assert written.sources == len(EDITS[edit]) and written.entities < written.of_entities / 4
    _same_as_fresh(files, store, tmp_path)
    rules = Workspace.discover(tmp_path, no_config=True).rules
    assert _findings(kb, [draft], rules) == _findings(build_factbase(files, store=False), [draft], rules)


def test_a_changed_name_merges_again_and_writes_the_same_store(archive, tmp_path: Path):
    files, store, _ = archive
    _edited(files, {5: lambda t: t.replace(" said", " said Ozvald Quennick said", 1)})
    _, written = current_factbase(files, path=store)
    assert written is not None and written.index_rows == 0  # the entities may change: merged again
    _same_as_fresh(files, store, tmp_path)


def test_added_and_removed_sources_merge_again_and_write_the_same_store(archive, tmp_path: Path):
    files, store, _ = archive
    _, written = current_factbase(files[:-1], path=store)
    assert written is not None and written.index_rows == 0
    _same_as_fresh(files[:-1], store, tmp_path)
    _, written = current_factbase(files, path=store)
    assert written is not None and written.index_rows == 0
    _same_as_fresh(files, store, tmp_path)


def test_a_word_another_source_opens_a_sentence_with_merges_again(archive, tmp_path: Path):
    """Writing "analysts" in lower case for the first time may change how other sources read "Analysts said"."""
    files, store, _ = archive
    assert sum("Analysts said" in f.read_text(encoding="utf-8") for f in files) > 1
    _edited(files, {9: lambda t: t + "\nThe report cited analysts and clerks.\n"})
    _, written = current_factbase(files, path=store)
    assert written is not None and written.index_rows == 0
    _same_as_fresh(files, store, tmp_path)
