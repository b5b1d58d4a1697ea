"""A check reading the fact store on demand (factbase/lazy.py) finds what a check of the fact base
loaded whole finds, reading only what the draft reaches, and a store that fails mid-check is
replaced by an in-memory build, never a crash."""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

from copydesk.checks.context import draft_words, forget_lookups
from copydesk.checks.engine import run_checks
from copydesk.document import Document
from copydesk.factbase.build import build_factbase, current_factbase
from copydesk.factbase.factstore import FactStore
from copydesk.factbase.lazy import LazyFactBase
from copydesk.factbase.query import PROBE_FACTS, FactBase
from copydesk.factbase.text import quote_content
from copydesk.workspace import Workspace
from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from generate import make_draft, write_sources

STORIES = sorted((ROOT / "tests" / "data" / "stories").iterdir())


def _findings(kb: FactBase | LazyFactBase, drafts: list[Path], rules) -> dict[str, list]:
    """Every finding of every draft, all it says: rule, span, message, fixes and evidence."""
    out = {}
    for draft in drafts:
        doc = Document(draft.read_text(encoding="utf-8"), str(draft))
        out[draft.name] = [(f.rule, f.start, f.end, f.message, f.severity, [x.to_json() for x in f.fixes],
                            [e.to_json() for e in f.evidence]) for f in run_checks(doc, kb, rules)]
    return out


def _both(files: list[Path], store: Path) -> tuple[FactBase, LazyFactBase]:
    current_factbase(files, path=store)  # written
    eager, _ = current_factbase(files, path=store)
    lazy, written = current_factbase(files, path=store, lazy=True)
    assert isinstance(eager, FactBase) and isinstance(lazy, LazyFactBase) and written is None
    return eager, lazy


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_a_lazy_check_finds_what_a_loaded_one_finds(story: Path, tmp_path: Path):
    eager, lazy = _both(sorted((story / "sources").iterdir()), tmp_path / "facts.sqlite3")
    rules = Workspace.discover(story, no_config=True).rules
    drafts = sorted((story / "drafts").iterdir())
    expected = _findings(eager, drafts, rules)
    assert any(expected.values())  # the stories have findings to compare
    assert _findings(lazy, drafts, rules) == expected
    assert lazy.failure is None


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[list[Path], list[Path]]:
    """2,000 generated sources (invented names) and drafts of their events with errors injected."""
    folder = tmp_path_factory.mktemp("generated")
    world, _ = write_sources(2000, folder / "sources")
    drafts = []
    for seed in (5, 6):
        drafts.append(folder / f"draft-{seed}.txt")
        drafts[-1].write_text(make_draft(world, 600, seed=seed), encoding="utf-8")
    return sorted((folder / "sources").glob("*.txt")), drafts


def test_a_lazy_check_of_an_archive_reads_little_of_it(generated, tmp_path: Path):
    files, drafts = generated
    eager, lazy = _both(files, tmp_path / "facts.sqlite3")
    rules = Workspace.discover(tmp_path, no_config=True).rules
    expected = _findings(eager, drafts, rules)
    assert any(expected.values())
    assert _findings(lazy, drafts, rules) == expected
    # what the checks read: a small part of the archive's entities and sources
    assert len(lazy._entities) < len(eager.entities) / 10
    assert len({source for source, _ in lazy._facts_rows}) < len(files)
    assert lazy.failure is None


# one source among the generated archive's 2,000 states a figure; the draft gets it wrong
RARE_SOURCE = ("BRENNICK, May 12 (Press) – The Quillon Orchard Trust planted 412 walnut saplings on the Brennick"
               " estate this spring, its warden Odile Varnay said on Tuesday.\n")
RARE_DRAFT = ("The Quillon Orchard Trust planted 421 walnut saplings on the Brennick estate this spring, its warden"
              " Odile Varnay said.\n\n")


@pytest.fixture(scope="module")
def archive(generated, tmp_path_factory) -> tuple[FactBase, LazyFactBase, Path, Path]:
    """The generated archive and one source of its own, built and read both ways, and a draft
    that gets that source's figure wrong among the generated draft's common clauses."""
    files, drafts = generated
    folder = tmp_path_factory.mktemp("archive")
    rare, draft = folder / "rare.txt", folder / "draft.txt"
    rare.write_text(RARE_SOURCE, encoding="utf-8")
    draft.write_text(RARE_DRAFT + drafts[0].read_text(encoding="utf-8"), encoding="utf-8")
    eager, lazy = _both([*files, rare], folder / "facts.sqlite3")
    return eager, lazy, rare, draft


def test_a_mismatch_against_one_source_of_an_archive_is_found(archive, tmp_path: Path):
    eager, lazy, rare, draft = archive
    rules = Workspace.discover(tmp_path, no_config=True).rules
    expected = _findings(eager, [draft], rules)
    assert _findings(lazy, [draft], rules) == expected
    start = RARE_DRAFT.index("421")
    found = [f for f in expected[draft.name] if f[0] == "number-mismatch" and f[1] == start]
    assert len(found) == 1 and "412 walnut saplings" in found[0][3]
    assert found[0][6][0]["source"].endswith(rare.name)  # the evidence: the one source that states it


def test_an_entity_is_read_without_its_every_mention_until_they_are_asked(archive):
    """The archive's most mentioned entity (thousands of provenances): reading it looks up none
    of the sources of its mentions; its mentions and aliases, read, are the loaded entity's."""
    eager, lazy, _rare, _draft = archive
    fresh = LazyFactBase(FactStore(lazy.path, chosen=True))
    biggest = max(eager.entities, key=lambda e: len(e.mentions))
    assert len(biggest.mentions) > 500
    entity = fresh.entity(biggest.id)
    assert len(fresh._sources._made) <= len(biggest.titles) + len(biggest.gender_evidence)
    assert entity.mentions[:2] == biggest.mentions[:2] and entity.mentions[0] == biggest.mentions[0]
    assert len(fresh._sources._made) <= 2 + len(biggest.titles) + len(biggest.gender_evidence)
    assert len(entity.mentions) == len(biggest.mentions) and bool(entity.mentions)
    assert list(entity.mentions) == biggest.mentions
    assert {a: list(ps) for a, ps in entity.aliases.items()} == biggest.aliases
    assert [m.range for m in entity.mentions[:3]] == [m.range for m in biggest.mentions[:3]]
    assert fresh.failure is None


def test_quotes_that_may_relate_are_told_from_the_index_as_in_memory(archive):
    """A draft quote's candidates sharing two of its words, or one it repeats, found by the quote
    index alone (the others never decoded), are those the in-memory fact base finds."""
    eager, lazy, _rare, _draft = archive
    asked = 0
    for q in eager.quotes[:: max(1, len(eager.quotes) // 60)]:
        content = Counter(quote_content(q))
        words = sorted(content)[:2]
        repeated = content + Counter({words[0]: 1}) if words else content
        for c in (content, repeated):
            assert lazy.quotes_sharing(c, True, words) == eager.quotes_sharing(c, True, words)
            asked += 1
    assert asked > 50 and lazy.failure is None


def test_a_lookup_by_common_words_reads_a_bounded_number_of_facts(archive, tmp_path: Path, monkeypatch):
    """The generated draft's clauses and quotes are made of words thousands of the archive's
    facts and quotes have (its weekdays, units, filler and stock phrases): no lookup reads more
    than PROBE_FACTS candidates of them."""
    _eager, lazy, _rare, draft = archive
    forget_lookups(lazy)  # the lookups asked again, not remembered from the test before
    lazy._key_facts.clear()
    lookups: list[int] = []
    counted: list[int] = []
    rows, key_facts = lazy._rows, lazy.facts_with_keys

    def recorded(sql: str, args=()) -> list[tuple]:
        found = rows(sql, args)
        if sql.startswith("WITH hit AS") or "FROM fact_keys k WHERE" in sql or "FROM quote_words WHERE word IN" in sql:
            lookups.append(len(found))  # a lookup's candidate facts or quotes
        return found

    def counting(kind: str, unit: str | None, keys, most: int) -> dict[str, int]:
        found = key_facts(kind, unit, keys, most)
        counted.extend(found.values())
        return found

    monkeypatch.setattr(lazy, "_rows", recorded)
    monkeypatch.setattr(lazy, "facts_with_keys", counting)
    _findings(lazy, [draft], Workspace.discover(tmp_path, no_config=True).rules)
    assert lookups and max(lookups) <= PROBE_FACTS
    assert PROBE_FACTS + 1 in counted  # some probe key is in more facts than that: the bound was needed
    assert lazy.failure is None


def test_a_store_broken_under_a_lazy_check_is_rebuilt_in_memory(tmp_path: Path, caplog, monkeypatch):
    caplog.set_level(logging.INFO)
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    story = STORIES[0]
    files = sorted((story / "sources").iterdir())
    store = tmp_path / "facts.sqlite3"
    current_factbase(files, path=store)
    drafts = sorted((story / "drafts").iterdir())
    ws = Workspace.discover(story, no_config=True, sources=[str(p) for p in files])
    expected = _findings(build_factbase(files, store=False), drafts, ws.rules)
    ws._factbase, _ = current_factbase(files, path=store, lazy=True)
    with sqlite3.connect(store) as db:
        db.execute("UPDATE entities SET data = x'00'")
        db.execute("DROP TABLE fact_keys")
    result = ws.check(drafts[0].read_text(encoding="utf-8"), str(drafts[0]))
    assert isinstance(ws.factbase, FactBase)  # built in memory, after the lazy reader logged why
    assert "not read" in caplog.text
    assert [f.message for f in result.findings] == [x[3] for x in expected[drafts[0].name]]


def test_a_check_of_a_current_store_reads_it_lazily(tmp_path: Path, monkeypatch):
    story = STORIES[0]
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    sources = [str(p) for p in sorted((story / "sources").iterdir())]
    first = Workspace.discover(story, no_config=True, sources=sources)
    assert isinstance(first.factbase, FactBase)  # built, and the store written
    ws = Workspace.discover(story, no_config=True, sources=sources)
    assert isinstance(ws.factbase, LazyFactBase)


@pytest.mark.parametrize("table", ["vocab", "fact_keys", "entities"])
def test_a_store_missing_a_table_is_rebuilt_not_read_empty(table: str, tmp_path: Path):
    story = STORIES[0]
    files = sorted((story / "sources").iterdir())
    store = tmp_path / "facts.sqlite3"
    eager, _ = _both(files, store)
    with sqlite3.connect(store) as db:
        db.execute(f"DROP TABLE {table}")  # made again, empty, when the store is next opened
    rebuilt, written = current_factbase(files, path=store, lazy=True)
    assert isinstance(rebuilt, FactBase) and written is not None  # built in memory and written afresh
    lazy, _ = current_factbase(files, path=store, lazy=True)
    assert isinstance(lazy, LazyFactBase)
    rules = Workspace.discover(story, no_config=True).rules
    drafts = sorted((story / "drafts").iterdir())
    assert _findings(lazy, drafts, rules) == _findings(eager, drafts, rules)


def _fresh(lazy: LazyFactBase) -> LazyFactBase:
    """Another reader of the same store, nothing read yet."""
    return LazyFactBase(FactStore(lazy.path, chosen=True))


def test_a_drafts_words_are_read_ahead_in_a_few_queries_as_one_by_one(archive, monkeypatch):
    """`read_ahead` reads the vocabulary flags and key counts of a draft's words in batches: what
    each word then answers, with no query of its own, is what reading it alone answers, for words
    the store has and words it has not."""
    _eager, lazy, _rare, draft = archive
    text = draft.read_text(encoding="utf-8")
    words = sorted(draft_words(text) | {"zzqx-absent", "Odile"})
    ahead, alone = _fresh(lazy), _fresh(lazy)
    queries: list[str] = []
    rows = ahead._rows
    monkeypatch.setattr(ahead, "_rows", lambda sql, args=(): queries.append(sql) or rows(sql, args))
    ahead.read_ahead(lambda: words)
    assert 2 <= len(queries) <= 2 * (len(words) // 500 + 1)  # flags and counts, a batch at a time
    queries.clear()
    assert [ahead._word(w) for w in words] == [alone._word(w) for w in words]
    assert [ahead.sentence_df.get(w) for w in words] == [alone.sentence_df.get(w) for w in words]
    assert queries == []  # all read ahead
    assert any(ahead._word(w)[0] for w in words) and any(ahead.sentence_df.get(w) for w in words)


def test_counts_of_several_keys_are_read_in_one_query_as_one_by_one(archive, monkeypatch):
    eager, lazy, _rare, draft = archive
    keys = sorted(draft_words(draft.read_text(encoding="utf-8")))[:300]
    batched = _fresh(lazy)
    queries: list[str] = []
    rows = batched._rows
    monkeypatch.setattr(batched, "_rows", lambda sql, args=(): queries.append(sql) or rows(sql, args))
    for kind, unit in (("dates", None), ("numbers", None), ("numbers", "jobs")):
        assert batched.facts_with_keys(kind, unit, keys, PROBE_FACTS) == {
            k: eager.facts_with_key(kind, unit, k, PROBE_FACTS) for k in keys}
    assert batched.quotes_with_words(keys, PROBE_FACTS) == {k: eager.quotes_with_word(k, PROBE_FACTS) for k in keys}
    assert len(queries) == 4  # one a call
    assert any(n > PROBE_FACTS for n in batched.facts_with_keys("dates", None, keys, PROBE_FACTS).values())
    assert len(queries) == 4  # counted once


def test_a_lazy_check_reads_its_lookups_from_indexes_alone(archive, tmp_path: Path, monkeypatch):
    """Every query of a lazy check of the archive's draft that looks up by word, key, value, part
    or source reads an index that holds what it selects (a covering index), never a table's rows
    (a source's row is kilobytes over overflow pages, an index table's row one more page)."""
    _eager, lazy, _rare, draft = archive
    reader = _fresh(lazy)
    asked: dict[str, tuple] = {}
    rows = reader._rows

    def recorded(sql: str, args=()) -> list[tuple]:
        asked.setdefault(sql, tuple(args))
        return rows(sql, args)

    monkeypatch.setattr(reader, "_rows", recorded)
    _findings(reader, [draft], Workspace.discover(tmp_path, no_config=True).rules)
    assert len(asked) > 20
    db = sqlite3.connect(lazy.path)
    not_covered = []
    for sql, args in asked.items():
        for *_, step in db.execute("EXPLAIN QUERY PLAN " + sql, args):
            if " USING INDEX " in step:  # "USING COVERING INDEX" and "USING INTEGER PRIMARY KEY" read no other row
                not_covered.append((step, sql[:120]))
    db.close()
    assert not_covered == []


def test_a_lazy_reader_writes_nothing(archive):
    _eager, lazy, _rare, _draft = archive
    reader = _fresh(lazy)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader._db.execute("DELETE FROM vocab")
    assert reader._word(next(iter(draft_words("Odile Varnay"))))  # still read
