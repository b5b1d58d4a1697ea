"""A fact store after some sources changed, updated in place: the rows the changed sources touch, no others.

The store's twin of splice.py, for the same common edit: the same files, no facts file, each
changed source naming the same things in the same order (so the entities' ids, kinds, names and
aliases come out of a fresh merge the same), and no other source's mentions depending on a word
whose lower-case status the edit changed. Then every other source's rows stay as they are, and
every sum over the sources (key counts, the corpus tally, the stated values, the summary's dates
and bands) is the old sum less the changed sources' old parts plus their new ones: the merge is
associative (tests/test_factstore.py). So an update reads the changed sources' old rows, extracts
them anew and rewrites their rows, the entities their names, titles and pronouns touch, and the
counts they change: its cost follows the edit, not the archive (`WriteStats` counts the rows).
Anything else is None here, and the builder loads the store and merges (factbase/build.py).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from copydesk.document import InputError
from copydesk.factbase import derived
from copydesk.factbase.extract import SourceExtract, extract_all, read_documents, read_pending
from copydesk.factbase.factstore import (
    _CORPUS_TABLES,
    STORE_VERSION,
    FactStore,
    FileState,
    Manifest,
    WriteStats,
    finish_write,
    put_meta,
    put_row,
    put_source,
    put_source_rows,
)
from copydesk.factbase.lazy import CAPITALIZED, LOWER
from copydesk.factbase.merge import Merger, SourceFacts, gender_votes_of
from copydesk.factbase.model import Entity
from copydesk.factbase.query import BuildTally
from copydesk.factbase.rows import ENCODER, CorpusRow, EntityRow, ProvRow, RowWriter, decode
from copydesk.factbase.splice import _name_signature, _recount
from copydesk.factbase.store import ExtractStore, RowError, decode_mentions, decode_source
from copydesk.mentions import Vocabulary

T = TypeVar("T")

MAX_CHANGED = 64  # more changed sources than this: merging them all again is about as quick
MAX_FLIPPED = 400  # words whose lower-case status changed, looked up in one query (SQLite takes 999 parameters)


def patched(fs: FactStore, manifest: Manifest | None, now: list[FileState] | None, files: list[Path],
            cache: ExtractStore | None) -> WriteStats | None:
    """Update the store of `files` (its `manifest` as read; `now`: the files' states) in place for
    the sources changed since it was written, or None where that would not give what a fresh build
    gives (the caller builds then)."""
    db = fs._db()
    if manifest is None or manifest.version != STORE_VERSION or manifest.facts_files or now is None:
        return None
    if [s.path for s in now] != [s.path for s in manifest.sources]:
        return None
    at = [i for i, (was, is_) in enumerate(zip(manifest.sources, now)) if was != is_]
    corpus: CorpusRow = decode(CorpusRow, _meta(db, "corpus"))
    if not at or len(at) > MAX_CHANGED or corpus.notes:
        return None
    olds = [_stored_extract(db, i) for i in at]
    try:
        fresh = read_documents([read_pending(files[i], old.key) for i, old in zip(at, olds)], cache)
    except InputError:  # a fresh build skips it with a note
        return None
    if any(ex.document.notes for ex in fresh):
        return None
    lower_count, capitalized_count = Counter(corpus.lower_count), Counter(corpus.capitalized_count)
    for old, new in zip(olds, fresh):
        _recount(lower_count, old.scan.lower, new.scan.lower)
        _recount(capitalized_count, old.scan.capitalized, new.scan.capitalized)
    lower = set(lower_count)
    flipped = lower ^ set(corpus.lower)
    if len(flipped) > MAX_FLIPPED or (flipped and _initial_elsewhere(db, flipped, at)):
        return None  # another source's mentions depend on a word whose lower-case status changed
    if extract_all(fresh, lower, cache):
        return None  # a source was skipped: a fresh build notes it
    for old, new in zip(olds, fresh):
        new.document.drop_tokens()
        if _name_signature(old) != _name_signature(new):
            return None
    db.execute("BEGIN")
    try:
        update = _Update(db, corpus, lower_count, capitalized_count, [*zip(at, olds), *zip(at, fresh)])
        for i, old, new in zip(at, olds, fresh):
            update.swap(i, old, new)
        update.finish(flipped, Manifest(STORE_VERSION, now, []))
        db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            db.execute("ROLLBACK")
        raise
    return update.stats


def _meta(db: sqlite3.Connection, key: str) -> bytes | None:
    row = db.execute("SELECT data FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _stored_extract(db: sqlite3.Connection, i: int) -> SourceExtract:
    """Source `i` as the store holds it (its document, scan and mentions)."""
    row = db.execute("SELECT key, display, digest, vkey, source, mentions FROM sources WHERE id = ?", (i,)).fetchone()
    if row is None:
        raise RowError(f"no source {i}")
    key, display, digest, vkey, source, mentions = row
    doc, scan = decode_source(source)
    doc.path, doc.notes = display, []
    return SourceExtract(display, key, digest, doc, decode_mentions(mentions), scan, vkey or None)


def _initial_elsewhere(db: sqlite3.Connection, words: set[str], at: list[int]) -> bool:
    """Whether a source other than those `at` opens a sentence with one of `words`."""
    return db.execute(f"SELECT 1 FROM initial_words WHERE word IN ({','.join('?' * len(words))})"
                      f" AND source NOT IN ({','.join('?' * len(at))}) LIMIT 1", [*sorted(words), *at]).fetchone() is not None


class _StoredEntities:
    """The entities as a merge resolves names to them (id and kind), each read from its row when first asked."""

    def __init__(self, update: _Update):
        self._update = update

    def __getitem__(self, entity_id: int) -> Entity:
        row = self._update.entity_row(entity_id)
        return Entity(row.id, row.name, row.kind)


class _Update:
    """One update in place: the changed sources swapped one by one, the sums kept as they go."""

    def __init__(self, db: sqlite3.Connection, corpus: CorpusRow, lower_count: Counter, capitalized_count: Counter,
                 sources: list[tuple[int, SourceExtract]]):
        self.db, self.corpus = db, corpus
        self.lower_count, self.capitalized_count = lower_count, capitalized_count
        self.writer = RowWriter.placed(sources)
        self.before, self.merger = self._merger(), self._merger()  # apart: a merger keeps the sentences it read by source key
        self.summary: derived.CorpusSummary = decode(derived.CorpusSummary, _meta(db, "summary"))
        self.tally = Counter(decode(dict[str, int], _meta(db, "summary_tally")))
        self.entities: dict[int, EntityRow] = {}  # read, then patched
        self.stats = WriteStats(len(corpus.blocks), db.execute("SELECT COALESCE(MAX(id) + 1, 0) FROM entities").fetchone()[0])

    def _merger(self) -> Merger:
        """A merger that resolves names as the store's merge did (the same name keys, the same entities)."""
        m = Merger([], Vocabulary(set(), set(), set()), BuildTally(Counter(), Counter(), [], {}), [], [])
        m.key_index = dict(self.corpus.key_index)
        m.entities = _StoredEntities(self)  # type: ignore[assignment]
        return m

    def entity_row(self, entity_id: int) -> EntityRow:
        found = self.entities.get(entity_id)
        if found is None:
            row = self.db.execute("SELECT data FROM entities WHERE id = ?", (entity_id,)).fetchone()
            found = self.entities[entity_id] = decode(EntityRow, row[0] if row else None)
        return found

    def swap(self, i: int, old: SourceExtract, new: SourceExtract) -> None:
        """Take source `i`'s old rows and parts of every sum out, and put its new ones in."""
        m, db = self.merger, self.db
        old_facts, new_facts = self.before.source_facts(old), m.source_facts(new)
        hashes = db.execute("SELECT (SELECT hash FROM sources WHERE id = ?), (SELECT hash FROM facts WHERE source = ?)",
                            (i, i)).fetchone()
        self.stats.sources += put_source(db, i, new, hashes[0])
        self.stats.facts += put_row(db, "facts", i, ENCODER.encode(self.writer.facts(new_facts.dates, new_facts.numbers,
                                                                                       new_facts.quotes)), hashes[1])
        self.stats.index_rows += put_source_rows(db, i, new, new_facts.dates, new_facts.numbers, new_facts.quotes)
        self._shift_blocks(i, new_facts)
        self._count("key_counts", "key", "n", self.before.sentence_keys(old), m.sentence_keys(new), self.corpus.sentence_df)
        self.corpus.sentence_count += len(new.document.sentences) - len(old.document.sentences)
        self._count("values_stated", "value", "sources", {float(v): 1 for v in derived.source_stated_values(old.document, old_facts.numbers)},
                    {float(v): 1 for v in derived.source_stated_values(new.document, new_facts.numbers)}, None)
        self.tally.subtract(derived.source_tally(old_facts.dates, old_facts.numbers, _dateline(old)))
        self.tally.update(derived.source_tally(new_facts.dates, new_facts.numbers, _dateline(new)))
        touched = {e.id for n in old.mentions.names if (e := m.resolve(n))}
        touched.update(e for e, _ in (*old_facts.titles, *new_facts.titles))
        touched.update(e for e, *_ in (*old_facts.genders, *new_facts.genders))
        moved = {(om.start, om.end): self.writer.prov(m.provenance(new, nm.start, nm.end))
                 for om, nm in zip(old.mentions.names, new.mentions.names) if nm.words}
        for entity_id in touched:
            self.entities[entity_id] = self._entity(self.entity_row(entity_id), i, moved, old_facts, new_facts)

    def _shift_blocks(self, i: int, facts: SourceFacts) -> None:
        """Source `i`'s counts of facts in the corpus row, and the later sources' first fact indexes."""
        now = (len(facts.dates), len(facts.numbers), len(facts.quotes))
        delta = [a - b for a, b in zip(now, self.corpus.blocks[i])]
        self.corpus.blocks[i] = now
        self.summary.facts = tuple(a + b for a, b in zip(self.summary.facts, delta))  # type: ignore[assignment]
        if any(delta):
            cur = self.db.execute("UPDATE blocks SET date0 = date0 + ?, number0 = number0 + ?, quote0 = quote0 + ?"
                                  " WHERE source > ?", (*delta, i))
            self.stats.index_rows += cur.rowcount

    def _count(self, table: str, key: str, column: str, old: Counter | dict, new: Counter | dict, mirror: dict | None) -> None:
        """Take `old` out of a table of counts (`key` -> `column`) and put `new` in; a count down to nothing goes."""
        delta = Counter(new)
        delta.subtract(old)
        for k, d in delta.items():
            if not d:
                continue
            row = self.db.execute(f"SELECT {column} FROM {table} WHERE {key} = ?", (k,)).fetchone()
            n = (row[0] if row else 0) + d
            if n > 0:
                self.db.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", (k, n))
            else:
                self.db.execute(f"DELETE FROM {table} WHERE {key} = ?", (k,))
            if mirror is not None:
                if n > 0:
                    mirror[k] = n
                else:
                    mirror.pop(k, None)
            self.stats.index_rows += 1

    def _entity(self, row: EntityRow, i: int, moved: dict[tuple[int, int], ProvRow], old: SourceFacts,
                new: SourceFacts) -> EntityRow:
        """An entity's row with source `i`'s evidence swapped: its names' provenances moved to where the
        new text has them, its titles and gender evidence from the new facts, in source order."""
        def move(p: ProvRow) -> ProvRow:
            return moved.get((p.start, p.end), p) if p.doc == i else p

        def splice(items: list[T], doc_of: Callable[[T], int], added: list[T]) -> list[T]:
            kept = [x for x in items if doc_of(x) != i]
            at = next((k for k, x in enumerate(kept) if doc_of(x) > i), len(kept))
            return kept[:at] + added + kept[at:]

        votes = Counter(row.gender_votes)
        votes.subtract(gender_votes_of(old, row.id))
        votes.update(gender_votes_of(new, row.id))
        named = self.corpus.merged_evidence.get(row.id, 0)  # evidence from honorifics first, then from the sources' facts
        return EntityRow(
            row.id, row.name, row.kind, {a: [move(p) for p in ps] for a, ps in row.aliases.items()},
            splice(row.titles, lambda t: t.prov.doc if t.prov else -1, [self.writer.title(t) for x, t in new.titles if x == row.id]),
            dict(sorted((g, n) for g, n in votes.items() if n > 0)),
            [move(p) for p in row.gender_evidence[:named]]
            + splice(row.gender_evidence[named:], lambda p: p.doc, [self.writer.prov(p) for x, _, p, _ in new.genders if x == row.id]),
            row.user_gender, [move(p) for p in row.mentions])

    def finish(self, flipped: set[str], manifest: Manifest) -> None:
        """Write the patched entities, the words' flags, role words and summary, and the corpus row."""
        db, corpus = self.db, self.corpus
        capitalized = set(self.capitalized_count)
        self._reflag(flipped, LOWER)
        self._reflag(capitalized ^ set(corpus.capitalized), CAPITALIZED)
        corpus.lower, corpus.capitalized = sorted(self.lower_count), sorted(capitalized)
        corpus.lower_count, corpus.capitalized_count = dict(self.lower_count), dict(self.capitalized_count)
        based = self.summary.based_nouns
        for row in self.entities.values():
            blob = ENCODER.encode(row)
            old = db.execute("SELECT hash FROM entities WHERE id = ?", (row.id,)).fetchone()
            if not put_row(db, "entities", row.id, blob, old[0] if old else None):
                continue
            self.stats.entities += 1
            db.execute("DELETE FROM role_words WHERE entity = ?", (row.id,))
            if row.kind == "person":
                db.executemany("INSERT INTO role_words VALUES (?, ?)", sorted({(w, row.id) for t in row.titles for w in t.role.split()}))
            for ids in based.values():
                ids.discard(row.id)
            for t in row.titles:
                if t.based_in and t.prov:
                    for w in derived.based_noun_words(t.text, t.prov.sentence):
                        based.setdefault(w, set()).add(row.id)
        self.summary.based_nouns = {w: ids for w, ids in based.items() if ids}
        self.tally = Counter({k: n for k, n in self.tally.items() if n > 0})
        s = self.summary
        s.dates, s.date_years, s.written_years, s.ranges = derived.summary_sets(self.tally)
        s.sentence_count = corpus.sentence_count
        db.execute(f"DELETE FROM meta WHERE key IN ({','.join('?' * len(_CORPUS_TABLES))})", _CORPUS_TABLES)  # their hashes: stale
        put_meta(db, "summary_tally", ENCODER.encode(dict(self.tally)))
        finish_write(db, s, corpus, manifest)

    def _reflag(self, words: set[str], flag: int) -> None:
        """Toggle `flag` of `words` in the `vocab` table (a word left with no flag has no row)."""
        for w in sorted(words):
            row = self.db.execute("SELECT flags FROM vocab WHERE word = ?", (w,)).fetchone()
            flags = (row[0] if row else 0) ^ flag
            if not flags:
                self.db.execute("DELETE FROM vocab WHERE word = ?", (w,))
            elif row:
                self.db.execute("UPDATE vocab SET flags = ? WHERE word = ?", (flags, w))
            else:
                self.db.execute("INSERT INTO vocab VALUES (?, ?, -1, NULL)", (w, flags))
            self.stats.index_rows += 1


def _dateline(ex: SourceExtract):
    return ex.document.dateline.date if ex.document.dateline else None
