"""The read-only fact base: entities and facts merged from all sources, and the queries the checks ask.

A `FactBase` is made by the builder (factbase/build.py) and never changed after: the checks keep
what they derive from it in their own memo (checks/context.py), conflicts are found apart
(factbase/conflicts.py) and the JSON export is written apart (factbase/export.py). Every fact
keeps its provenance (source path and offsets), so "where do the sources state this" is a query.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from copydesk.factbase import derived
from copydesk.factbase.derived import CorpusSummary
from copydesk.factbase.extract import SourceExtract
from copydesk.factbase.model import DateFact, Entity, NumberFact, Provenance, QuoteFact
from copydesk.factbase.text import may_relate, name_key, name_key_of_text, quote_content
from copydesk.mentions import NameMention, Vocabulary

NEAR_MAX = 5  # near name words a misspelling is given, nearest first (known-word order within a distance)


def _allows(n: NumberFact, low: float, high: float) -> bool:
    """Whether a number may allow a value from `low` to `high` (see `FactBase.numbers_between`)."""
    return low <= n.value <= high if n.low == n.high else n.low <= high and low <= n.high


# the facts (or quotes) a lookup may find candidates among: its probe keys' together, or its
# value's or date part's (see `CheckContext.probe`); real source sets never reach it
PROBE_FACTS = 200

@dataclass
class FactClauses:
    """Facts that share their keys (one clause, often repeated across sources) scored once for all."""

    keys: list[frozenset[str]]  # per clause
    facts: list[list[int]]  # per clause, its facts' indexes in fact-base order
    postings: dict[str, frozenset[int]]  # key -> the clauses that have it


@dataclass
class QuoteGroups:
    """Quotes with the same wording, compared once for all."""

    content: list[Counter]  # per group, its words outside STOPWORDS (see `quote_content`), counted
    quotes: list[list[int]]  # per group, its quotes' indexes in fact-base order
    index: dict[str, list[int]]  # word -> the groups using it


@dataclass
class BuildTally:
    """What the builder keeps to update a fact base after one source changed (factbase/splice.py);
    no query reads it."""

    lower_count: Counter  # word -> the sources writing it in lower case
    capitalized_count: Counter  # folded word -> the sources writing it capitalized
    blocks: list[tuple[int, int, int]]  # per source, how many dates, numbers and quotes it adds
    merged_evidence: dict[int, int]  # entity id -> its gender evidence from names (honorifics)


class EntityQueries:
    """The queries answered the same way by the in-memory `FactBase` and the store-backed
    `LazyFactBase` (factbase/lazy.py), on top of what each reads its own way."""

    sentence_count: int
    sentence_df: Counter

    def entity(self, entity_id: int) -> Entity:
        raise NotImplementedError

    def entity_for_key(self, key: tuple[str, ...]) -> Entity | None:
        raise NotImplementedError

    def entity_for_name(self, text: str) -> Entity | None:
        """The entity a name refers to ("Velez", "Ms. Velez", "Harbourline's"), if the sources know it."""
        return self.entity_for_key(name_key_of_text(text))

    def resolve(self, m: NameMention) -> Entity | None:
        """The entity a source's name mention was merged into."""
        return self.entity_for_key(name_key(m.words))

    def mentions_of(self, entity_id: int) -> list[Provenance]:
        """Where the sources name an entity: source path, offsets and sentence, in source order."""
        return list(self.entity(entity_id).mentions)

    def facts_with_keys(self, kind: str, unit: str | None, keys: Iterable[str], most: int) -> dict[str, int]:
        """`facts_with_key` of each of `keys` (a lazy reader counts them in one query)."""
        return {k: self.facts_with_key(kind, unit, k, most) for k in keys}  # type: ignore[attr-defined]

    def quotes_with_words(self, words: Iterable[str], most: int) -> dict[str, int]:
        """`quotes_with_word` of each of `words` (a lazy reader counts them in one query)."""
        return {w: self.quotes_with_word(w, most) for w in words}  # type: ignore[attr-defined]

    def read_ahead(self, words: Callable[[], Collection[str]]) -> None:
        """Read ahead what a draft's `words()` will ask (see `LazyFactBase.read_ahead`): nothing
        to read for a fact base in memory, which never calls `words`."""

    def key_weight(self, key: str) -> float:
        """Rare words and names weigh more when matching a draft's clause to a source's."""
        return math.log(1 + (self.sentence_count + 1) / (1 + self.sentence_df.get(key, 0)))


@dataclass(eq=False)
class FactBase(EntityQueries):
    """Entities and facts merged from sources, with indexes for the checks. Read-only once built."""

    extracts: list[SourceExtract]
    entities: list[Entity]
    dates: list[DateFact]
    numbers: list[NumberFact]
    quotes: list[QuoteFact]
    vocabulary: Vocabulary
    key_index: dict[tuple[str, ...], int]  # name key -> entity id
    word_index: dict[str, set[int]]  # folded name word -> the entities using it
    surface_forms: dict[str, Counter]  # folded word -> forms as written
    standalone_names: set[str]  # folded one-word names some source writes on their own, not only at a sentence start
    sentence_df: Counter  # key -> the source sentences having it
    sentence_count: int
    tally: BuildTally
    facts_files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return [e.display for e in self.extracts]

    @property
    def whole(self) -> FactBase:
        """The whole fact base (this one: see `LazyFactBase.whole`)."""
        return self

    def has_source(self, key: str) -> bool:
        """Whether a source (by `source_key`) is one of this fact base's."""
        return any(e.key == key for e in self.extracts)

    def by_source(self) -> Iterator[tuple[SourceExtract, list[DateFact], list[NumberFact], list[QuoteFact]]]:
        """Each source with the dates, numbers and quotes it adds (its block in `tally`), in order."""
        starts = [0, 0, 0]
        for ex, (nd, nn, nq) in zip(self.extracts, self.tally.blocks, strict=True):
            d, n, q = starts
            yield ex, self.dates[d : d + nd], self.numbers[n : n + nn], self.quotes[q : q + nq]
            starts = [d + nd, n + nn, q + nq]

    # -- the archive as a whole (factbase/derived.py) -----------------------------------------------

    @cached_property
    def summary(self) -> CorpusSummary:
        return derived.summarize(self)

    @cached_property
    def surnames(self) -> set[str]:
        return derived.surnames(self)

    @cached_property
    def _stated_values(self) -> list[float]:
        return derived.stated_values(self)

    def stated_values(self, low: float, high: float) -> list[float]:
        """The values the sources state (see `derived.stated_values`) from `low` to `high`."""
        values = self._stated_values
        return values[bisect.bisect_left(values, low) : bisect.bisect_right(values, high)]

    @cached_property
    def _role_words(self) -> dict[str, set[int]]:
        return derived.role_words(self)

    def people_with_role_words(self, words: Iterable[str] | None) -> set[int]:
        """The people the sources give a role with one of `words` ("minister": every minister; None:
        any role)."""
        return set().union(*(self._role_words.values() if words is None else (self._role_words.get(w, ()) for w in words)))

    # -- entities ---------------------------------------------------------------------------------

    def entity(self, entity_id: int) -> Entity:
        return self.entities[entity_id]

    def entity_for_key(self, key: tuple[str, ...]) -> Entity | None:
        i = self.key_index.get(key)
        return self.entities[i] if i is not None else None


    @cached_property
    def _name_words_by_length(self) -> dict[int, list[str]]:
        by_length: dict[int, list[str]] = {}
        for w in self.word_index:
            by_length.setdefault(len(w), []).append(w)
        return by_length

    def near_name_words(self, target: str, limit: int) -> list[tuple[str, int]]:
        """The NEAR_MAX known name words (folded) nearest `target` within `limit` edits, with their
        distances, nearest first and in `word_index` order within a distance (`target` itself
        included, if known). Only words within `limit` letters of its length can be that near."""
        found = process.extract(target, self._name_words_near(len(target), limit), scorer=DamerauLevenshtein.distance,
                                score_cutoff=limit, limit=NEAR_MAX)
        return [(w, int(d)) for w, d, _ in found]

    def _name_words_near(self, length: int, limit: int) -> list[str]:
        """The known name words within `limit` letters of `length` long, in `word_index` order."""
        found = self._near_lists.get((length, limit))
        if found is None:
            order = self._name_word_order
            found = self._near_lists[(length, limit)] = sorted(
                (w for n in range(length - limit, length + limit + 1) for w in self._name_words_by_length.get(n, ())),
                key=order.__getitem__)
        return found

    @cached_property
    def _near_lists(self) -> dict[tuple[int, int], list[str]]:
        return {}

    @cached_property
    def _name_word_order(self) -> dict[str, int]:
        return {w: i for i, w in enumerate(self.word_index)}

    # -- facts ------------------------------------------------------------------------------------

    def numbers_stating(self, unit: str | None, low: float, high: float, most: int) -> int:
        """How many numbers of `unit` (None: any) `numbers_between` finds for `low` to `high`,
        counted up to `most` + 1 (see `facts_with_key`)."""
        numbers = self.numbers
        ids = range(len(numbers)) if unit is None else self._numbers_of_unit.get(unit, [])
        return min(most + 1, sum(1 for i in ids if _allows(numbers[i], low, high)))

    def numbers_writing(self, value: float, most: int) -> int:
        """How many numbers `numbers_beside_value` finds for `value` with no probe, up to `most` + 1."""
        return min(most + 1, len(self._numbers_by_sentence_value.get(value, [])))

    def dates_with_part(self, part: str, most: int) -> int:
        """How many dates give `part` (see `dates_giving`), counted up to `most` + 1."""
        return min(most + 1, len(self._dates_by_part.get(part, [])))

    def facts_with_key(self, kind: str, unit: str | None, key: str, most: int) -> int:
        """How many of `kind`'s facts (numbers: of `unit`; None: any) have `key`, counted up to
        `most` + 1 (a lazy reader counts no further): how discriminative a probe key is."""
        clauses = self.clauses(kind, unit)
        return min(most + 1, sum(len(clauses.facts[c]) for c in clauses.postings.get(key, ())))

    def facts_sharing(self, kind: str, unit: str | None, weights: dict[str, float], least: float,
                      probe: Collection[str] | None) -> dict[frozenset[str], list[int]]:
        """The indexes of `kind`'s facts (numbers: of `unit`; None: any) that have one of the
        `probe` keys (None: every fact), grouped by which keys of `weights` they have (not in
        order), with at least those whose shared weight is `least` (a caller scores them exactly:
        a lazy reader leaves out the lighter ones)."""
        clauses = self.clauses(kind, unit)
        found = range(len(clauses.keys)) if probe is None else set().union(*(clauses.postings.get(k, ()) for k in probe))
        out: dict[frozenset[str], list[int]] = {}
        keys, facts = clauses.keys, clauses.facts
        for c in found:  # frozenset.intersection: the shared keys made once, not a set and then a frozenset
            out.setdefault(keys[c].intersection(weights), []).extend(facts[c])
        return out

    def numbers_between(self, unit: str | None, low: float, high: float, weights: dict[str, float],
                        least: float = 0.0, probe: Collection[str] | None = None) -> dict[frozenset[str], list[int]]:
        """The indexes of the numbers of `unit` (None: any) that may allow a value from `low` to
        `high` (an exact one within, a range or a bound that overlaps), grouped by which keys of
        `weights` they have (see `facts_sharing`); with `probe`, at least those having one of
        its keys and sharing `least` of the weight (a lazy reader reads no others)."""
        having = self._having("numbers", unit, probe)
        ids = sorted(having) if having is not None else (
            range(len(self.numbers)) if unit is None else self._numbers_of_unit.get(unit, []))
        out: dict[frozenset[str], list[int]] = {}
        numbers = self.numbers
        for i in ids:
            n = numbers[i]
            if (low <= n.value <= high) if n.low == n.high else (n.low <= high and low <= n.high):  # `_allows`, inline
                out.setdefault(n.keys.intersection(weights), []).append(i)
        return out

    @cached_property
    def _numbers_of_unit(self) -> dict[str | None, list[int]]:
        out: dict[str | None, list[int]] = {}
        for i, n in enumerate(self.numbers):
            out.setdefault(n.unit, []).append(i)
        return out

    def numbers_beside_value(self, value: float, unit: str | None = None,
                             probe: Collection[str] | None = None) -> list[int]:
        """The indexes (in order) of the numbers whose source sentence writes `value` as a figure
        (see `derived.sentence_values`); with `probe`, those of `unit` (None: any) having one of
        its keys (see `facts_sharing`)."""
        found = self._numbers_by_sentence_value.get(value, [])
        having = self._having("numbers", unit, probe)
        return found if having is None else [i for i in found if i in having]

    @cached_property
    def _numbers_by_sentence_value(self) -> dict[float, list[int]]:
        out: dict[float, list[int]] = {}
        for i, n in enumerate(self.numbers):
            for v in derived.sentence_values(n):
                out.setdefault(v, []).append(i)
        return out

    def dates_giving(self, part: str, weights: dict[str, float], least: float,
                     probe: Collection[str] | None = None) -> dict[frozenset[str], list[int]]:
        """The indexes of the dates that give `part` (see `derived.date_parts`), grouped by which
        keys of `weights` they have, with at least those sharing `least` of the weight (and, with
        `probe`, having one of its keys: see `facts_sharing`)."""
        giving = self._dates_by_part.get(part, [])
        having = self._having("dates", None, probe)
        out: dict[frozenset[str], list[int]] = {}
        parts, dates = self._date_parts, self.dates
        for i in giving if having is None or len(giving) < len(having) else sorted(having):
            if (having is None or i in having) and part in parts[i]:
                out.setdefault(dates[i].keys.intersection(weights), []).append(i)
        return out

    @cached_property
    def _date_parts(self) -> list[frozenset[str]]:
        return [frozenset(derived.date_parts(f)) for f in self.dates]

    def _having(self, kind: str, unit: str | None, probe: Collection[str] | None) -> set[int] | None:
        """The facts of `kind` (numbers: of `unit`) having one of the `probe` keys; None without a
        probe. Only they can share the weight a probe stands for (see `CheckContext.probe`): the
        rest of the archive is never looked at, as a lazy reader never reads it."""
        if probe is None:
            return None
        clauses = self.clauses(kind, unit)
        return {i for k in probe for c in clauses.postings.get(k, ()) for i in clauses.facts[c]}

    @cached_property
    def _dates_by_part(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, f in enumerate(self.dates):
            for part in derived.date_parts(f):
                out.setdefault(part, []).append(i)
        return out

    def dates_beside(self, fact: DateFact) -> list[DateFact]:
        """The dates of the source that gives `fact` (none for a facts-file entry)."""
        doc = fact.provenance.document
        return self._dates_by_document.get(id(doc), []) if doc is not None else []

    @cached_property
    def _dates_by_document(self) -> dict[int, list[DateFact]]:
        out: dict[int, list[DateFact]] = {}
        for f in self.dates:
            if f.provenance.document is not None:
                out.setdefault(id(f.provenance.document), []).append(f)
        return out

    def quotes_sharing(self, content: Counter, related: bool, words: Collection[str] | None = None) -> list[int]:
        """The indexes (in order) of the source quotes that share a word with `content` (a draft
        quote's words outside STOPWORDS: see `quote_content`), with `words` one of those, and, if
        `related`, may be one statement with it (`may_relate`); every quote for no content."""
        if not content:
            return list(range(len(self.quotes)))
        groups = self.quote_groups
        ids = set().union(*(groups.index.get(w, ()) for w in (content if words is None else words)))
        if related:
            ids = {g for g in ids if may_relate(content, groups.content[g])}
        return sorted(i for g in ids for i in groups.quotes[g])

    def quotes_with_word(self, word: str, most: int) -> int:
        """How many source quotes have `word`, counted up to `most` + 1 (see `facts_with_key`)."""
        groups = self.quote_groups
        return min(most + 1, sum(len(groups.quotes[g]) for g in groups.index.get(word, ())))

    def clauses(self, kind: str, unit: str | None = None) -> FactClauses:
        """The facts of `kind` ("dates" or "numbers"; numbers of one `unit`) grouped by their keys
        (an index over the facts, made on first use: most units are never asked for)."""
        found = self._clause_index.get((kind, unit))
        if found is None:
            by_keys: dict[frozenset[str], list[int]] = {}
            for i, f in enumerate(getattr(self, kind)):
                if unit is None or f.unit == unit:
                    by_keys.setdefault(f.keys, []).append(i)
            postings: dict[str, list[int]] = defaultdict(list)
            for c, keys in enumerate(by_keys):
                for k in keys:
                    postings[k].append(c)
            found = self._clause_index[(kind, unit)] = FactClauses(list(by_keys), list(by_keys.values()),
                                                                   {k: frozenset(v) for k, v in postings.items()})
        return found

    @cached_property
    def _clause_index(self) -> dict[tuple[str, str | None], FactClauses]:
        return {}

    @cached_property
    def quote_groups(self) -> QuoteGroups:
        """The quotes grouped by their wording (one quote repeated across sources), indexed by word."""
        by_wording: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        for i, q in enumerate(self.quotes):
            by_wording.setdefault((q.text, q.words), []).append(i)
        members = list(by_wording.values())
        content = [quote_content(self.quotes[ids[0]]) for ids in members]
        index: dict[str, list[int]] = defaultdict(list)
        for g, c in enumerate(content):
            for w in c:
                index[w].append(g)
        return QuoteGroups(content, members, dict(index))
