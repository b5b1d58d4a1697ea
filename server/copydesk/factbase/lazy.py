"""A fact base read from the fact store on demand: what a check of one draft can reach, no more.

A check asks the fact base about the draft's names, its figures' units and clause words, its
dates' clauses and its quotes' words. `LazyFactBase` answers the queries `FactBase` answers
(factbase/query.py) through the store's indexes (factbase/factstore.py), reading only the rows
those reach and keeping what it read for the next draft, so a check's memory follows the draft,
not the archive, and so does its time: each lookup finds at most PROBE_FACTS candidates (the
checks ask by their discriminative keys, see `CheckContext.probe`), and the entities a draft
names are read without their mentions, decoded when a check asks for them (see docs/scale.md).
What the sources give as a whole (stated dates, countries, ...) is one small row written at
build time (factbase/derived.py). Candidates are found and scored from the indexes alone; a
fact is decoded (from its source's row, alone) only when a check reads it.

A row that cannot be read is recorded in `failure` (the checks' engine reports a broken rule and
goes on): the workspace then builds the fact base in memory and checks again.

Over 400 lines: one reader for each kind of row (words, entities, facts by key, value and date
part, quotes, sources), sharing one connection, one cache and one failure record.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from rapidfuzz.distance import DamerauLevenshtein

from copydesk.factbase.derived import CorpusSummary, deletions
from copydesk.factbase.model import DateFact, Entity, Provenance, TitleFact
from copydesk.factbase.query import NEAR_MAX, PROBE_FACTS, EntityQueries, FactBase
from copydesk.factbase.rows import DateRow, NumberRow, ProvRow, QuoteRow, RowReader, TitleRow, decode
from copydesk.factbase.store import RowError, decode_source
from copydesk.factbase.text import may_relate, quote_content
from copydesk.mentions import Vocabulary
from copydesk.quietlog import QuietLog

if TYPE_CHECKING:
    from copydesk.document import Document
    from copydesk.factbase.factstore import FactStore

log = QuietLog(__name__)

# what the `vocab` table's flags say of a word (factstore.py writes them)
LOWER, NAME_WORD, CAPITALIZED, STANDALONE, SURNAME, KNOWN = 1, 2, 4, 8, 16, 32
KINDS = ("dates", "numbers", "quotes")
_BATCH = 500  # values per `IN (...)` (SQLite allows 999 parameters by default)


class _DatesRaw(msgspec.Struct, array_like=True):
    """A `FactsRow` read for one kind of fact, each fact's row left undecoded until it is read (a
    lookup reads one fact of each of up to PROBE_FACTS sources, not their every figure)."""

    dates: list[msgspec.Raw]
    numbers: msgspec.Raw
    quotes: msgspec.Raw


class _NumbersRaw(msgspec.Struct, array_like=True):
    dates: msgspec.Raw
    numbers: list[msgspec.Raw]
    quotes: msgspec.Raw


class _QuotesRaw(msgspec.Struct, array_like=True):
    dates: msgspec.Raw
    numbers: msgspec.Raw
    quotes: list[msgspec.Raw]


_ONE_KIND = (_DatesRaw, _NumbersRaw, _QuotesRaw)


class _EntityRaw(msgspec.Struct, array_like=True):
    """An `EntityRow` with its mentions and aliases' provenances left undecoded: an entity a
    draft names may be mentioned across the archive (thousands of provenances, a megabyte), and
    a check reads a few of them, if any."""

    id: int
    name: str
    kind: str
    aliases: dict[str, msgspec.Raw]
    titles: list[TitleRow]
    gender_votes: dict[str, int]
    gender_evidence: list[ProvRow]
    user_gender: str | None
    mentions: msgspec.Raw


class _ManifestHead(msgspec.Struct, array_like=True):
    """The store's `Manifest` without its sources' states (10,000 of them at 10,000 sources): a
    lazy reader wants the facts files alone (the currency check read the states already)."""

    version: str
    sources: msgspec.Raw
    facts_files: list[tuple[str, int, int]]  # factstore.FileState's fields: path, size, modification time


_NONE = object()
_FACT_ROWS = (DateRow, NumberRow, QuoteRow)
ROWS_KEPT = 20_000  # sources' fact rows kept for the next drafts (a language server's cache): past it, read again
PLACES_KEPT = 1_000_000  # facts found by index whose source is remembered (past it, looked up in `blocks`)
_MAX_KEYS = 250  # a clause with more keys is matched by reading its candidates (3 parameters a key)


class LazyFactBase(EntityQueries):
    """The fact base of a current store, read by index as the checks ask (see the module doc). Its
    query methods are `FactBase`'s and answer alike (tests/test_lazy_store.py compares findings)."""

    def __init__(self, store: FactStore):
        self.path = store.path
        self._db = store._db()
        store.check_filled()
        self._lock = threading.RLock()
        self.failure: str | None = None
        self.rows_read = 0  # rows fetched from the store, for the tests and the bench
        self.summary: CorpusSummary = self._decoded(CorpusSummary, "SELECT data FROM meta WHERE key = 'summary'")
        head = self._rows("SELECT data FROM meta WHERE key = 'manifest'")
        try:
            self.facts_files = [Path(path) for path, _, _ in decode(_ManifestHead, head[0][0]).facts_files] if head else []
        except RowError as exc:
            raise self._failed(str(exc)) from None
        self.sentence_count = self.summary.sentence_count
        self.notes = list(self.summary.notes)
        self._sources = _Sources(self)
        self._reader = RowReader(self._sources)  # type: ignore[arg-type]
        self._words: dict[str, tuple[int, int, bytes | None]] = {}
        self._entities: dict[int, Entity] = {}
        self._keys: dict[tuple[str, ...], int | None] = {}
        self._word_entities: dict[str, set[int]] = {}
        self._key_counts: dict[str, int] = {}
        self._key_facts: dict[tuple[str, str | None, str, int], int] = {}  # see `facts_with_key`
        self._quote_words: dict[tuple[str, int], int] = {}  # see `quotes_with_word`
        self._counted: dict[tuple, object] = {}  # the other counts and values by index, as asked (see `_count`)
        self._blocks: dict[int, tuple[int, int, int]] = {}
        self._facts_rows: dict[tuple[int, int], _SourceFacts] = {}  # (source, kind) -> its facts of that kind
        self._fact_at: dict[tuple[int, int], object] = {}
        self._places: dict[tuple[int, int], tuple[int, int]] = {}  # (kind, index) -> (source, index within it), as found
        self.vocabulary = Vocabulary(_Flagged(self, LOWER), _Flagged(self, NAME_WORD), _Flagged(self, CAPITALIZED))  # type: ignore[arg-type]
        self.standalone_names = _Flagged(self, STANDALONE)
        self.surnames = _Flagged(self, SURNAME)
        self.word_index = _WordIndex(self)
        self.surface_forms = _SurfaceForms(self)
        self.sentence_df = _KeyCounts(self)
        self.dates, self.numbers, self.quotes = (_Facts(self, k) for k in range(3))
        store.read_only()  # last: a store this could not read is rebuilt through the same connection

    # -- reading rows ---------------------------------------------------------------------------

    def _rows(self, sql: str, args: Iterable = ()) -> list[tuple]:
        """The rows of a query; a store that fails is recorded in `failure` and raised as RowError."""
        with self._lock:
            try:
                rows = self._db.execute(sql, tuple(args)).fetchall()
            except sqlite3.Error as exc:
                raise self._failed(f"{sql.split(' FROM ')[-1].split()[0]}: {exc}") from None
        self.rows_read += len(rows)
        return rows

    def _rows_in(self, sql: str, values: Collection, args: Iterable = ()) -> list[tuple]:
        """`sql`'s rows for each batch of `values` (its `{}` is the batch's placeholders)."""
        values, out = list(values), []
        for i in range(0, len(values), _BATCH):
            batch = values[i : i + _BATCH]
            out += self._rows(sql.format(",".join("?" * len(batch))), [*args, *batch])
        return out

    def _decoded(self, kind: type, sql: str, args: Iterable = ()):
        rows = self._rows(sql, args)
        if not rows:
            raise self._failed(f"{kind.__name__}: no row")
        try:
            return decode(kind, rows[0][0])
        except RowError as exc:
            raise self._failed(str(exc)) from None

    def _failed(self, why: str) -> RowError:
        if self.failure is None:
            self.failure = why
            log.info("fact store %s not read (%s)", self.path, why)
        return RowError(why)

    def _word(self, word: str) -> tuple[int, int, bytes | None]:
        """A word's flags, its place among the known name words, and its forms as written."""
        found = self._words.get(word)
        if found is None:
            rows = self._rows("SELECT flags, ord, forms FROM vocab WHERE word = ?", (word,))
            found = self._words[word] = rows[0] if rows else (0, -1, None)
        return found

    def read_ahead(self, words: Callable[[], Collection[str]]) -> None:
        """Read, in a few queries, the vocabulary flags and the key counts (see `_word`,
        `_KeyCounts`) of `words()` (a draft's words, as the checks fold them and key its clauses,
        `checks.context.draft_words`) not read yet: the checks ask them one at a time, hundreds a draft, and
        a query each cost more than the rows themselves. A word no row has is remembered as absent."""
        words = [w for w in set(words()) if w not in self._words or w not in self._key_counts]
        if not words:
            return
        flags = {w: (f, o, forms) for w, f, o, forms in
                 self._rows_in("SELECT word, flags, ord, forms FROM vocab WHERE word IN ({})", words)}
        counts = dict(self._rows_in("SELECT key, n FROM key_counts WHERE key IN ({})", words))
        for w in words:
            self._words.setdefault(w, flags.get(w, (0, -1, None)))
            self._key_counts.setdefault(w, counts.get(w, 0))

    def _count(self, key: tuple, sql: str, args: Sequence) -> object:
        """The first column of `sql`'s first row, or its rows' first columns (`key[0]` "values"),
        read once for `key`: a draft asks the same counts for each mention of a figure or a date."""
        found = self._counted.get(key, _NONE)
        if found is _NONE:
            rows = self._rows(sql, args)
            found = self._counted[key] = [v for (v,) in rows] if key[0] == "values" else rows[0][0]
        return found

    # -- entities -------------------------------------------------------------------------------

    def entity(self, entity_id: int) -> Entity:
        found = self._entities.get(entity_id)
        if found is None:
            r = self._decoded(_EntityRaw, "SELECT data FROM entities WHERE id = ?", (entity_id,))
            self._sources.prefetch({p.doc for p in r.gender_evidence} | {t.prov.doc for t in r.titles if t.prov})
            prov = self._reader.prov
            try:
                found = Entity(r.id, r.name, r.kind, {a: _Provenances(self, ps) for a, ps in r.aliases.items()},
                               [TitleFact(t.role, t.text, t.affiliation, t.based_in, prov(t.prov) if t.prov else None)
                                for t in r.titles],
                               Counter(r.gender_votes), [prov(p) for p in r.gender_evidence], r.user_gender,
                               _Provenances(self, r.mentions))  # type: ignore[arg-type]
            except RowError as exc:
                raise self._failed(str(exc)) from None
            self._entities[entity_id] = found
        return found

    def entity_for_key(self, key: tuple[str, ...]) -> Entity | None:
        if key not in self._keys:
            rows = self._rows("SELECT entity FROM names WHERE key = ?", ("\t".join(key),))
            self._keys[key] = rows[0][0] if rows else None
        i = self._keys[key]
        return self.entity(i) if i is not None else None

    def _entities_with_word(self, word: str) -> set[int]:
        found = self._word_entities.get(word)
        if found is None:
            found = self._word_entities[word] = {e for (e,) in self._rows("SELECT entity FROM words WHERE word = ?", (word,))}
        return found

    def near_name_words(self, target: str, limit: int) -> list[tuple[str, int]]:
        """As `FactBase.near_name_words`, through the index of known name words' deletions: two
        words within `limit` edits share a deletion of at most `limit` letters of each."""
        rows = self._rows_in("SELECT DISTINCT v.word, v.ord FROM near_words n JOIN vocab v ON v.word = n.word"
                             " WHERE n.variant IN ({})", deletions(target, limit))
        near = [(d, order, w) for w, order in rows if (d := DamerauLevenshtein.distance(target, w)) <= limit]
        return [(w, d) for d, _, w in sorted(near)[:NEAR_MAX]]

    def people_with_role_words(self, words: Iterable[str] | None) -> set[int]:
        if words is None:
            return {e for (e,) in self._rows("SELECT DISTINCT entity FROM role_words")}
        return {e for (e,) in self._rows_in("SELECT DISTINCT entity FROM role_words WHERE word IN ({})", set(words))}

    def stated_values(self, low: float, high: float) -> list[float]:
        return list(self._count(("values", low, high),  # type: ignore[call-overload]
                                "SELECT value FROM values_stated WHERE value BETWEEN ? AND ? ORDER BY value", (low, high)))

    # -- facts ----------------------------------------------------------------------------------

    def _block(self, source: int) -> tuple[int, int, int]:
        """The fact-base index of a source's first date, number and quote."""
        found = self._blocks.get(source)
        if found is None:
            rows = self._rows("SELECT date0, number0, quote0 FROM blocks WHERE source = ?", (source,))
            if not rows:
                raise self._failed(f"no block for source {source}")
            found = self._blocks[source] = rows[0]
        return found

    def _facts_of(self, source: int, kind: int) -> _SourceFacts:
        """A source's facts of KINDS[kind], in order (its row decoded for that kind alone, each
        fact made when first read)."""
        found = self._facts_rows.get((source, kind))
        if found is None:
            self._keep_room()
            row = self._decoded(_ONE_KIND[kind], "SELECT data FROM facts WHERE source = ?", (source,))
            found = self._facts_rows[(source, kind)] = _SourceFacts(self, kind, getattr(row, KINDS[kind]))
        return found

    def _keep_room(self) -> None:
        """Forget the fact rows read (and the facts made of them) past ROWS_KEPT: a language server's cache."""
        if len(self._facts_rows) > ROWS_KEPT:
            self._facts_rows.clear()
            self._fact_at.clear()
            self._places.clear()

    def _facts_rows_of(self, kind: int, sources: Iterable[int]) -> None:
        """Read the fact rows of `sources` not read yet for KINDS[kind], in batches: a lookup's
        candidates are one fact in each of up to PROBE_FACTS sources, one query a source cost more
        than decoding them."""
        missing = sorted({s for s in sources if (s, kind) not in self._facts_rows})
        if len(missing) < 2:
            return
        self._keep_room()
        for source, blob in self._rows_in("SELECT source, data FROM facts WHERE source IN ({})", missing):
            try:
                row = decode(_ONE_KIND[kind], blob)
            except RowError as exc:
                raise self._failed(str(exc)) from None
            self._facts_rows[(source, kind)] = _SourceFacts(self, kind, getattr(row, KINDS[kind]))

    def prefetch(self, kind: int, indexes: Iterable[int]) -> None:
        """Read, in batches, the rows of the facts at `indexes` (of KINDS[kind]) found by an index
        query and not read yet (`CheckContext.near_best` reads a level's facts one by one)."""
        sources = {p[0] for i in indexes if (kind, i) not in self._fact_at and (p := self._places.get((kind, i)))}
        self._facts_rows_of(kind, sources)
        self._sources.prefetch(sources)

    def fact(self, kind: int, index: int):
        """The fact at `index` in fact-base order of KINDS[kind]."""
        found = self._fact_at.get((kind, index))
        if found is None:
            found = self._fact_at[(kind, index)] = self._read_fact(kind, index)
        return found

    def _read_fact(self, kind: int, index: int):
        place = self._places.get((kind, index))
        if place is not None:  # found by an index query: its source known, no look-up of the blocks
            return self._facts_of(place[0], kind)[place[1]]
        column = ("date0", "number0", "quote0")[kind]
        rows = self._rows(f"SELECT source, {column} FROM blocks WHERE {column} <= ? ORDER BY {column} DESC, source DESC"
                          " LIMIT 1", (index,))
        facts = self._facts_of(rows[0][0], kind) if rows else []
        if not rows or not 0 <= index - rows[0][1] < len(facts):
            raise IndexError(index)
        return facts[index - rows[0][1]]

    def _located(self, kind: int, places: Iterable[tuple[int, int]]) -> dict[int, object]:
        """Fact-base index -> fact, for (source, index within the source) places of KINDS[kind]."""
        places = list(places)
        self._blocks_of({source for source, _ in places})
        self._sources.prefetch({source for source, _ in places})
        self._facts_rows_of(kind, (source for source, _ in places))
        out = {}
        for source, j in places:
            index = self._block(source)[kind] + j
            self._places[(kind, index)] = (source, j)
            out[index] = self._facts_of(source, kind)[j]
        return out

    def facts_with_key(self, kind: str, unit: str | None, key: str, most: int) -> int:
        """As `FactBase.facts_with_key`: the index rows of `key` counted, no further than `most` + 1."""
        found = self._key_facts.get((kind, unit, key, most))
        if found is None:
            found = self._key_facts[(kind, unit, key, most)] = self._rows(
                "SELECT COUNT(*) FROM (SELECT 1 FROM fact_keys WHERE key = ? AND kind = ? AND (? IS NULL OR unit = ?)"
                " LIMIT ?)", (key, kind, unit, unit, most + 1))[0][0]
        return found

    def facts_with_keys(self, kind: str, unit: str | None, keys: Iterable[str], most: int) -> dict[str, int]:
        """`facts_with_key` of each of `keys`, those not counted yet counted in one query (a clause's
        keys are asked together: one query each cost more than the counting)."""
        keys = list(dict.fromkeys(keys))
        self._counted_by_key(self._key_facts, (kind, unit), most, keys,
                             "SELECT COUNT(*) FROM (SELECT 1 FROM fact_keys f WHERE f.key = asked.word AND f.kind = ?"
                             " AND (? IS NULL OR f.unit = ?) LIMIT ?)", [kind, unit, unit])
        return {k: self._key_facts[(kind, unit, k, most)] for k in keys}  # type: ignore[misc]

    def quotes_with_words(self, words: Iterable[str], most: int) -> dict[str, int]:
        """`quotes_with_word` of each of `words`, those not counted yet counted in one query."""
        words = list(dict.fromkeys(words))
        self._counted_by_key(self._quote_words, (), most, words,
                             "SELECT COUNT(*) FROM (SELECT 1 FROM quote_words q WHERE q.word = asked.word LIMIT ?)", [])
        return {w: self._quote_words[(w, most)] for w in words}

    def _counted_by_key(self, cache: dict, head: tuple, most: int, words: list[str], count: str, args: list) -> None:
        """Fill `cache[(*head, word, most)]` for each of `words` not in it: `count` (a correlated
        count of the rows of `asked.word`, up to its last parameter, `most` + 1) run for them all,
        in one query a batch."""
        missing = [w for w in words if (*head, w, most) not in cache]
        for i in range(0, len(missing), _BATCH):
            batch = missing[i : i + _BATCH]
            rows = self._rows(f"WITH asked(word) AS (VALUES {','.join(['(?)'] * len(batch))}) SELECT word, ({count}) FROM asked",
                              [*batch, *args, most + 1])
            for word, n in rows:
                cache[(*head, word, most)] = n

    def facts_sharing(self, kind: str, unit: str | None, weights: dict[str, float], least: float,
                      probe: Collection[str] | None) -> dict[frozenset[str], list[int]]:
        """As `FactBase.facts_sharing`, from the `fact_keys` index alone (no fact is read), leaving
        out the facts sharing less than `least` of the weight."""
        k = KINDS.index(kind)
        out: dict[frozenset[str], list[int]] = {}
        if probe is None or len(probe) > _BATCH:  # no index answers: every fact read
            for i, f in enumerate(self._all(k)):
                if (unit is None or f.unit == unit) and (probe is None or not f.keys.isdisjoint(probe)):
                    out.setdefault(frozenset(weights.keys() & f.keys), []).append(i)
            return out
        if not probe:
            return out
        return self._shared(k, f"SELECT DISTINCT source, fact FROM fact_keys WHERE kind = ? AND (? IS NULL OR unit = ?)"
                               f" AND key IN ({','.join('?' * len(probe))})", [kind, unit, unit, *probe], weights, least)

    def _shared(self, kind: int, hit: str, args: list, weights: dict[str, float], least: float) -> dict[frozenset[str], list[int]]:
        """The facts of KINDS[kind] that the query `hit` finds (source, fact), grouped by which keys
        of `weights` they have, those sharing at least `least` of the weight: read from the
        `fact_keys` index, no fact decoded."""
        if len(weights) > _MAX_KEYS:  # too many for one query's parameters: the candidates read
            out = {}
            for i, f in self._located(kind, self._rows(hit, args)).items():
                if least <= 0 or sum(w for key, w in weights.items() if key in f.keys) >= least - 1e-9:  # type: ignore[attr-defined]
                    out.setdefault(frozenset(weights.keys() & f.keys), []).append(i)  # type: ignore[attr-defined]
            return out
        if not weights:  # a clause of no key shares nothing: every hit, when nothing need be shared
            if least > 0:
                return {}
            hits = self._rows(hit, args)
            self._blocks_of({source for source, _ in hits})
            return {frozenset(): [self._blocks[source][kind] + j for source, j in hits]} if hits else {}
        keys = list(weights)
        cases = " ".join(["WHEN ? THEN ?"] * len(keys))
        masks = len(keys) < 63  # the keys a fact shares as the bits of one integer, else as text
        shared = f"SUM(CASE k.key {cases} ELSE 0 END)" if masks else "group_concat(k.key, char(9))"
        rows = self._rows(  # the planner is told the order: each candidate's keys by the source index
            f"WITH hit AS ({hit}) SELECT hit.source, hit.fact, {shared} FROM hit"
            f" {'LEFT JOIN' if least <= 0 else 'CROSS JOIN'} fact_keys k ON k.source = hit.source AND k.kind = ?"
            f" AND k.fact = hit.fact AND k.key IN ({','.join('?' * len(keys))}) GROUP BY hit.source, hit.fact"
            + (f" HAVING SUM(CASE k.key {cases} ELSE 0 END) >= ?" if least > 0 else ""),
            [*args, *((x for j, key in enumerate(keys) for x in (key, 1 << j)) if masks else ()), KINDS[kind], *keys,
             *((x for item in weights.items() for x in item) if least > 0 else ()), *((least - 1e-9,) if least > 0 else ())])
        self._blocks_of({source for source, _, _ in rows})
        if len(self._places) > PLACES_KEPT:
            self._places.clear()
        by_mask: dict[int | str | None, list[int]] = {}
        for source, j, mask in rows:
            index = self._blocks[source][kind] + j
            self._places[(kind, index)] = (source, j)
            by_mask.setdefault(mask, []).append(index)
        return {frozenset(_keys_of(mask, keys) if masks else mask.split("\t") if mask else ()): ids  # type: ignore[union-attr,arg-type]
                for mask, ids in by_mask.items()}

    def _blocks_of(self, sources: set[int]) -> None:
        """Read the blocks (see `_block`) of `sources` not read yet, in batches."""
        missing = [s for s in sources if s not in self._blocks]
        for source, *starts in self._rows_in("SELECT source, date0, number0, quote0 FROM blocks WHERE source IN ({})", missing):
            self._blocks[source] = tuple(starts)  # type: ignore[assignment]

    def numbers_between(self, unit: str | None, low: float, high: float, weights: dict[str, float],
                        least: float = 0.0, probe: Collection[str] | None = None) -> dict[frozenset[str], list[int]]:
        where = "" if unit is None else "unit = ? AND "
        units = [] if unit is None else [unit]
        allows = "((v.value BETWEEN ? AND ? AND v.low = v.high) OR (v.low <= ? AND v.low <> v.high AND v.high >= ?))"
        if probe is not None and len(probe) <= _BATCH and self.numbers_stating(unit, low, high, PROBE_FACTS) <= PROBE_FACTS:
            having, more = self._probed("numbers", probe)  # few facts state the value: found by it
            hit = (f"SELECT source, fact FROM number_values v WHERE {where}value BETWEEN ? AND ? AND low = high AND {having}"
                   f" UNION SELECT source, fact FROM number_values v WHERE {where}low <= ? AND low <> high AND high >= ?"
                   f" AND {having}")
            args = [*units, low, high, *more, *units, high, low, *more]
        elif probe is not None and len(probe) <= _BATCH:
            hit, args = self._having_probe(f"number_values v INDEXED BY number_values_source WHERE {where.replace('unit', 'v.unit')}{allows}",
                                           [*units, low, high, high, low], "numbers", unit, probe)
        else:
            hit = (f"SELECT source, fact FROM number_values WHERE {where}value BETWEEN ? AND ? AND low = high"
                   f" UNION SELECT source, fact FROM number_values WHERE {where}low <= ? AND low <> high AND high >= ?")
            args = [*units, low, high, *units, high, low]
        return self._shared(1, hit, args, weights, least if probe is not None else 0.0)

    @staticmethod
    def _probed(kind: str, probe: Collection[str]) -> tuple[str, list]:
        """A condition on a row `v` (its source and fact) of a fact of `kind`: that the fact has one
        of the `probe` keys, looked up by its source (for a lookup its value or part narrows)."""
        return (f"EXISTS (SELECT 1 FROM fact_keys k INDEXED BY fact_keys_source WHERE k.source = v.source"
                f" AND k.kind = ? AND k.fact = v.fact AND k.key IN ({','.join('?' * len(probe))}))", [kind, *probe])

    def numbers_stating(self, unit: str | None, low: float, high: float, most: int) -> int:
        """As `FactBase.numbers_stating`: the index rows counted, no further than `most` + 1."""
        where, units = ("" if unit is None else "unit = ? AND "), ([] if unit is None else [unit])
        exact = self._count(("exact", unit, low, high, most),
                            f"SELECT COUNT(*) FROM (SELECT 1 FROM number_values WHERE {where}value BETWEEN ? AND ?"
                            " AND low = high LIMIT ?)", [*units, low, high, most + 1])
        ranges = self._count(("ranges", unit, low, high, most),
                             f"SELECT COUNT(*) FROM (SELECT 1 FROM number_values WHERE {where}low <= ? AND low <> high"
                             " AND high >= ? LIMIT ?)", [*units, high, low, most + 1])
        return min(most + 1, exact + ranges)  # type: ignore[operator]

    def numbers_writing(self, value: float, most: int) -> int:
        return self._count(("writing", value, most),  # type: ignore[return-value]
                           "SELECT COUNT(*) FROM (SELECT 1 FROM sentence_values WHERE value = ? LIMIT ?)", (value, most + 1))

    def dates_with_part(self, part: str, most: int) -> int:
        return self._count(("part", part, most),  # type: ignore[return-value]
                           "SELECT COUNT(*) FROM (SELECT 1 FROM date_parts WHERE part = ? LIMIT ?)", (part, most + 1))

    def _having_probe(self, table: str, args: list, kind: str, unit: str | None,
                      probe: Collection[str]) -> tuple[str, list]:
        """A query of the facts (source, fact) of `kind` having one of the `probe` keys and a row of
        `table` ("TABLE v INDEXED BY ITS_SOURCE_INDEX WHERE ...", its conditions on `v`) for that
        fact: found by the probe's few keys (see `CheckContext.probe`), each looked up in `table`
        by its source (the planner would rather scan a common value's rows for each), so a common
        value, part or weekday costs no more than a rare one."""
        return (f"SELECT DISTINCT k.source, k.fact FROM fact_keys k WHERE k.kind = ? AND (? IS NULL OR k.unit = ?)"
                f" AND k.key IN ({','.join('?' * len(probe))})"
                f" AND EXISTS (SELECT 1 FROM {table} AND v.source = k.source AND v.fact = k.fact)",
                [kind, unit, unit, *probe, *args])

    def numbers_beside_value(self, value: float, unit: str | None = None,
                             probe: Collection[str] | None = None) -> list[int]:
        if probe is not None and len(probe) <= _BATCH and self.numbers_writing(value, PROBE_FACTS) <= PROBE_FACTS:
            having, more = self._probed("numbers", probe)  # few sentences write the value: found by it
            found = self._located(1, self._rows(f"SELECT source, fact FROM sentence_values v WHERE value = ? AND {having}",
                                                [value, *more]))
            return sorted(i for i, f in found.items() if unit is None or f.unit == unit)  # type: ignore[attr-defined]
        if probe is not None and len(probe) <= _BATCH:
            hit, args = self._having_probe("sentence_values v INDEXED BY sentence_values_source WHERE v.value = ?", [value], "numbers", unit, probe)
            return sorted(self._located(1, self._rows(hit, args)))
        found = self._located(1, self._rows("SELECT source, fact FROM sentence_values WHERE value = ?", (value,)))
        return sorted(i for i, f in found.items() if probe is None  # type: ignore[attr-defined]
                      or ((unit is None or f.unit == unit) and not f.keys.isdisjoint(probe)))  # type: ignore[attr-defined]

    def dates_giving(self, part: str, weights: dict[str, float], least: float,
                     probe: Collection[str] | None = None) -> dict[frozenset[str], list[int]]:
        if probe is not None and len(probe) <= _BATCH and self.dates_with_part(part, PROBE_FACTS) <= PROBE_FACTS:
            having, more = self._probed("dates", probe)  # few dates give the part: found by it
            hit, args = f"SELECT source, fact FROM date_parts v WHERE part = ? AND {having}", [part, *more]
        elif probe is not None and len(probe) <= _BATCH:
            hit, args = self._having_probe("date_parts v INDEXED BY date_parts_source WHERE v.part = ?", [part], "dates", None, probe)
        else:
            hit, args = "SELECT source, fact FROM date_parts WHERE part = ?", [part]
        return self._shared(0, hit, args, weights, least)

    def dates_beside(self, fact: DateFact) -> list[DateFact]:
        doc = fact.provenance.document
        return list(self._facts_of(doc.source, 0)) if isinstance(doc, _StoredDocument) else []

    def quotes_sharing(self, content: Counter, related: bool, words: Collection[str] | None = None) -> list[int]:
        if not content:
            return list(range(len(self.quotes)))
        if words is not None and related and len(content) + len(words) <= _BATCH:
            places = self._related_by(content, list(words))
        elif words is not None:  # found by those words alone, then matched on all of `content`
            places = self._rows_in("SELECT DISTINCT source, quote FROM quote_words WHERE word IN ({})", list(words))
        elif related and len(content) <= _BATCH:  # `may_relate`: two shared words, or one both repeat
            places = self._rows_in("SELECT source, quote FROM quote_words WHERE word IN ({}) GROUP BY source, quote"
                                   " HAVING COUNT(*) >= 2", list(content))
            places += self._rows_in("SELECT DISTINCT source, quote FROM quote_words WHERE word IN ({})",
                                    [w for w, n in content.items() if n >= 2])
        else:
            places = self._rows_in("SELECT DISTINCT source, quote FROM quote_words WHERE word IN ({})", list(content))
        found = self._located(2, places)
        return sorted(i for i, q in found.items() if not related or may_relate(content, quote_content(q)))  # type: ignore[arg-type]

    def _related_by(self, content: Counter, words: list[str]) -> list[tuple[int, int]]:
        """The quotes (source, quote) having one of `words` that may relate to `content` (see
        `may_relate`), told from the `quote_words` index: those sharing two of its words, or one
        the draft repeats (the quote then read to see whether it repeats it too). Most candidates
        of a dense archive share one common word and nothing else: they are never decoded."""
        if not words:
            return []
        rows = self._rows(
            f"WITH hit AS (SELECT DISTINCT source, quote FROM quote_words WHERE word IN ({','.join('?' * len(words))}))"
            f" SELECT hit.source, hit.quote, COUNT(*), MIN(w.word) FROM hit CROSS JOIN quote_words w"
            f" INDEXED BY quote_words_source ON w.source = hit.source AND w.quote = hit.quote"
            f" AND w.word IN ({','.join('?' * len(content))}) GROUP BY hit.source, hit.quote", [*words, *content])
        return [(source, quote) for source, quote, shared, word in rows if shared >= 2 or content[word] >= 2]

    def quotes_with_word(self, word: str, most: int) -> int:
        """As `FactBase.quotes_with_word`: the index rows of `word` counted, no further than `most` + 1."""
        found = self._quote_words.get((word, most))
        if found is None:
            found = self._quote_words[(word, most)] = self._rows(
                "SELECT COUNT(*) FROM (SELECT 1 FROM quote_words WHERE word = ? LIMIT ?)", (word, most + 1))[0][0]
        return found

    def _all(self, kind: int) -> list:
        """Every fact of KINDS[kind], in order: for a query no index answers (a threshold of 0)."""
        return [f for source in range(self.summary.sources) for f in self._facts_of(source, kind)]

    # -- the sources ----------------------------------------------------------------------------

    def has_source(self, key: str) -> bool:
        try:
            return bool(self._rows("SELECT 1 FROM sources WHERE key = ? LIMIT 1", (key,)))
        except RowError:
            return False  # recorded in `failure`: the check that asked is done again in memory

    @property
    def sources(self) -> list[str]:
        return [d for (d,) in self._rows("SELECT display FROM sources ORDER BY id")]

    @cached_property
    def whole(self) -> FactBase:
        """The whole fact base, loaded: for what reads the archive as a whole (`copydesk facts`,
        completion, conflicts), never for a check."""
        from copydesk.factbase.factstore import FactStore

        store = FactStore(self.path, chosen=True)
        try:
            return store.load()
        finally:
            store.close()

    @property
    def entities(self) -> list[Entity]:
        return self.whole.entities


def _keys_of(mask: int | None, keys: list[str]) -> list[str]:
    """The keys whose bits (1 << their index) `mask` sets."""
    return [k for j, k in enumerate(keys) if mask and mask >> j & 1]


class _Flagged:
    """The words of the `vocab` table with one flag: a set as far as `in` goes."""

    __slots__ = ("_flag", "_kb")

    def __init__(self, kb: LazyFactBase, flag: int):
        self._kb, self._flag = kb, flag

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self._kb._word(word)[0] & self._flag)


class _WordIndex:
    """Folded name word -> the entities using it, as `FactBase.word_index` is read."""

    __slots__ = ("_kb",)

    def __init__(self, kb: LazyFactBase):
        self._kb = kb

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self._kb._word(word)[0] & KNOWN)

    def get(self, word: str, default: set[int] | None = None) -> set[int] | None:
        return self._kb._entities_with_word(word) if word in self else default

    def __getitem__(self, word: str) -> set[int]:
        return self._kb._entities_with_word(word)


class _SurfaceForms:
    """Folded word -> its forms as written, counted (in the order the sources gave them)."""

    __slots__ = ("_kb",)

    def __init__(self, kb: LazyFactBase):
        self._kb = kb

    def get(self, word: str) -> Counter | None:
        forms = self._kb._word(word)[2]
        if forms is None:
            return None
        try:
            return Counter(dict(msgspec.msgpack.decode(forms, type=list[tuple[str, int]])))
        except (msgspec.DecodeError, ValueError, TypeError) as exc:
            raise self._kb._failed(f"forms of {word!r}: {exc}") from None


class _KeyCounts:
    """Clause key -> the source sentences having it (`FactBase.sentence_df`), one row per key."""

    __slots__ = ("_kb",)

    def __init__(self, kb: LazyFactBase):
        self._kb = kb

    def get(self, key: str, default: int = 0) -> int:
        counts = self._kb._key_counts
        if key not in counts:
            rows = self._kb._rows("SELECT n FROM key_counts WHERE key = ?", (key,))
            counts[key] = rows[0][0] if rows else default
        return counts[key]


class _Facts:
    """One kind of fact in fact-base order, read by index (iterating reads them all)."""

    __slots__ = ("_kb", "_kind")

    def __init__(self, kb: LazyFactBase, kind: int):
        self._kb, self._kind = kb, kind

    def __getitem__(self, index: int):
        return self._kb.fact(self._kind, index)

    def __len__(self) -> int:
        return self._kb.summary.facts[self._kind]

    def __iter__(self) -> Iterator:
        return iter(self._kb._all(self._kind))

    def prefetch(self, indexes: Iterable[int]) -> None:
        """Read the rows of the facts at `indexes` in batches, ahead of reading them one by one."""
        self._kb.prefetch(self._kind, indexes)


class _Provenances(Sequence[Provenance]):
    """An entity's provenances (its mentions, or an alias's) as a read-only list: their rows
    decoded when first asked for (how many, which), each provenance made, and its source looked
    up, when first read; iterating looks up the sources a chunk at a time (a check that wants the
    first mention that fits stops early)."""

    __slots__ = ("_kb", "_made", "_raw", "_rows")
    CHUNK = 64

    def __init__(self, kb: LazyFactBase, raw: msgspec.Raw):
        self._kb, self._raw = kb, raw
        self._rows: list[ProvRow] | None = None
        self._made: list[Provenance | None] = []

    def _decoded(self) -> list[ProvRow]:
        if self._rows is None:
            try:
                self._rows = decode(list[ProvRow], bytes(self._raw))
            except RowError as exc:
                raise self._kb._failed(f"provenances: {exc}") from None
            self._made, self._raw = [None] * len(self._rows), msgspec.Raw()
        return self._rows  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self._decoded())

    def __getitem__(self, j):  # type: ignore[override]
        rows = self._decoded()
        if isinstance(j, slice):
            picked = range(len(rows))[j]
            self._kb._sources.prefetch(rows[i].doc for i in picked)
            return [self[i] for i in picked]
        found = self._made[j]
        if found is None:
            try:
                found = self._made[j] = self._kb._reader.prov(rows[j])
            except RowError as exc:
                raise self._kb._failed(str(exc)) from None
        return found

    def __iter__(self) -> Iterator[Provenance]:
        rows = self._decoded()
        for start in range(0, len(rows), self.CHUNK):
            self._kb._sources.prefetch(r.doc for r in rows[start : start + self.CHUNK])
            for j in range(start, min(start + self.CHUNK, len(rows))):
                yield self[j]

    def __repr__(self) -> str:
        return repr(list(self))


class _SourceFacts:
    """A source's facts of one kind, in order: its row split into facts, each decoded and made when
    first read (a lookup reads one fact of each of up to PROBE_FACTS sources, not their every figure)."""

    __slots__ = ("_kb", "_kind", "_made", "_rows")

    def __init__(self, kb: LazyFactBase, kind: int, rows: list):
        self._kb, self._kind, self._rows = kb, kind, rows
        self._made: list = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, j: int):
        found = self._made[j]
        if found is None:
            try:
                row = decode(_FACT_ROWS[self._kind], bytes(self._rows[j]))
                found = self._made[j] = getattr(self._kb._reader, KINDS[self._kind])([row])[0]
            except RowError as exc:
                raise self._kb._failed(str(exc)) from None
        return found

    def __iter__(self) -> Iterator:
        return (self[j] for j in range(len(self._rows)))


class _StoredDocument:
    """A source's document, decoded when first looked into: most provenances a check reads are
    never asked for their lines."""

    __slots__ = ("_doc", "_kb", "display", "source")

    def __init__(self, kb: LazyFactBase, source: int, display: str):
        self._kb, self.source, self.display, self._doc = kb, source, display, None

    def __getattr__(self, name: str):
        if self._doc is None:
            rows = self._kb._rows("SELECT source FROM sources WHERE id = ?", (self.source,))
            try:
                doc, _scan = decode_source(rows[0][0]) if rows else (None, None)
            except RowError as exc:
                raise self._kb._failed(str(exc)) from None
            if doc is None:
                raise self._kb._failed(f"no source {self.source}")
            doc.path, doc.notes = self.display, []
            self._doc = doc
        return getattr(self._doc, name)


class _Source:
    """What a provenance row needs of its source: its name, its document, its spans read so far."""

    __slots__ = ("display", "document", "provenances")

    def __init__(self, display: str, document: Document):
        self.display, self.document = display, document
        self.provenances: dict[tuple[int, int], Provenance] = {}


class _Sources:
    """The sources by index, as `RowReader` reads them, each looked up when a row first names it."""

    def __init__(self, kb: LazyFactBase):
        self._kb = kb
        self._made: dict[int, _Source] = {}

    def __len__(self) -> int:
        return self._kb.summary.sources

    def prefetch(self, ids: Iterable[int]) -> None:
        """Look up the sources `ids` not looked up yet, in batches (a row names many)."""
        missing = sorted({i for i in ids if i >= 0 and i not in self._made})
        for i, display in self._kb._rows_in("SELECT id, display FROM sources INDEXED BY sources_display WHERE id IN ({})", missing):
            self._made[i] = _Source(display, _StoredDocument(self._kb, i, display))  # type: ignore[arg-type]

    def __getitem__(self, i: int) -> _Source:
        found = self._made.get(i)
        if found is None:
            rows = self._kb._rows("SELECT display FROM sources INDEXED BY sources_display WHERE id = ?", (i,))
            if not rows:
                raise self._kb._failed(f"no source {i}")
            found = self._made[i] = _Source(rows[0][0], _StoredDocument(self._kb, i, rows[0][0]))  # type: ignore[arg-type]
        return found
