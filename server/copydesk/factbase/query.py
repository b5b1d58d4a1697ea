"""The read-only fact base: entities and facts merged from all sources, and the queries the checks ask.

A `FactBase` is made by the builder (factbase/build.py) and never changed after: the checks keep
what they derive from it in their own memo (checks/context.py), conflicts are found apart
(factbase/conflicts.py) and the JSON export is written apart (factbase/export.py). Every fact
keeps its provenance (source path and offsets), so "where do the sources state this" is a query.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from copydesk.factbase.extract import SourceExtract
from copydesk.factbase.model import DateFact, Entity, NumberFact, Provenance, QuoteFact
from copydesk.factbase.text import name_key, name_key_of_text, quote_content
from copydesk.mentions import NameMention, Vocabulary


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


@dataclass(eq=False)
class FactBase:
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

    # -- entities ---------------------------------------------------------------------------------

    def entity(self, entity_id: int) -> Entity:
        return self.entities[entity_id]

    def entity_for_key(self, key: tuple[str, ...]) -> Entity | None:
        i = self.key_index.get(key)
        return self.entities[i] if i is not None else None

    def entity_for_name(self, text: str) -> Entity | None:
        """The entity a name refers to ("Velez", "Ms. Velez", "Harbourline's"), if the sources know it."""
        return self.entity_for_key(name_key_of_text(text))

    def resolve(self, m: NameMention) -> Entity | None:
        """The entity a source's name mention was merged into."""
        return self.entity_for_key(name_key(m.words))

    def mentions_of(self, entity_id: int) -> list[Provenance]:
        """Where the sources name an entity: source path, offsets and sentence, in source order."""
        return list(self.entities[entity_id].mentions)

    # -- facts ------------------------------------------------------------------------------------

    def key_weight(self, key: str) -> float:
        """Rare words and names weigh more when matching a draft's clause to a source's."""
        return math.log(1 + (self.sentence_count + 1) / (1 + self.sentence_df.get(key, 0)))

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
    def years(self) -> set[int]:
        """The years of the sources' full dates."""
        return {f.date.year for f in self.dates if f.date}

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
