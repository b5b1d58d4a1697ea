"""What a check of a draft resolved, kept with its result: the draft's mentions, the entity each
name refers to, and the source facts each figure, date and quote is read against.

Hover, go-to-definition and every later editor feature ask this instead of resolving names their
own way, so the editor shows the entity a finding was about ("Veles" is the sources' "Marta
Velez" both in the finding and on hover). The answers come from the check's own `CheckContext`,
so they share its memo and the fact base the checks read (without the draft, where the draft is
itself a source).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from copydesk.checks import date_mismatch, number_mismatch
from copydesk.checks.quote_sources import related_quotes
from copydesk.factbase.model import DateFact, Entity, NumberFact, Provenance
from copydesk.mentions.dates import ISSUE

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext
    from copydesk.document import Document
    from copydesk.factbase.query import FactBase
    from copydesk.mentions import DateMention, Mentions, NameMention, NumberMention, QuoteMention

# A source clause that shares this much of the draft clause's weight and states the draft's
# value supports it (what the number and date checks call `support_match`)...
RELATED = 0.12
# ...and one that shares this much and gives another value of the same event gives it otherwise
# (what they call `min_match`).
ALIGNED = 0.3


@dataclass(frozen=True)
class Stated:
    """What the sources state about one mention of the draft: the facts that agree with it and
    those that give it otherwise (the sources disagree, or the draft does)."""

    mention: NameMention | NumberMention | DateMention | QuoteMention
    kind: str  # "name" | "number" | "date" | "quote"
    agreeing: list[Provenance]
    differing: list[Provenance]
    entity: Entity | None = None  # for a name

    @property
    def provenances(self) -> list[Provenance]:
        return self.agreeing + self.differing


class Resolution:
    """A read-only view of one check's mentions and resolutions (see the module docstring)."""

    def __init__(self, context: CheckContext):
        self._context = context

    @property
    def document(self) -> Document:
        return self._context.document

    @property
    def factbase(self) -> FactBase:
        return self._context.kb

    @property
    def mentions(self) -> Mentions:
        return self._context.mentions

    def entity(self, name: NameMention) -> Entity | None:
        """The entity the checks resolved a draft name to (through near-miss spellings too)."""
        return self._context.resolve(name)

    def name_at(self, offset: int) -> NameMention | None:
        """The name mention under `offset` (its end included, where an editor's cursor rests)."""
        return _at(self.mentions.names, offset)

    def entity_at(self, offset: int) -> Entity | None:
        name = self.name_at(offset)
        return self.entity(name) if name is not None else None

    def stated_at(self, offset: int) -> Stated | None:
        """What the sources state about the name, quote, figure or date under `offset`, or None
        where the sources state nothing about it (or nothing is there)."""
        quote = _at(self.mentions.quotes, offset)
        if quote is not None:
            return self._quote(quote)
        number = _at(self.mentions.numbers, offset)
        if number is not None:
            return _something(self._number(number))
        date = _at(self.mentions.dates, offset)
        if date is not None:
            return _something(self._date(date))
        name = self.name_at(offset)
        return self.stated_name(name) if name is not None else None

    def stated_name(self, name: NameMention) -> Stated | None:
        """Where the sources name the entity a draft name refers to, full-name mentions first."""
        entity = self.entity(name)
        passages = _by_name_first(entity) if entity is not None else []
        return Stated(name, "name", passages, [], entity) if passages else None

    def _quote(self, q: QuoteMention) -> Stated | None:
        related = related_quotes(self._context, q)
        if not related:
            return None
        words = q.words
        same = [f for f in related if _contains(f.words, words)]
        return Stated(q, "quote", [f.provenance for f in same], [f.provenance for f in related if f not in same])

    def _number(self, n: NumberMention) -> Stated:
        scored: list[tuple[float, NumberFact]] = self._related("numbers", n.start, n.end, n.unit, frozenset())
        # a figure that gives it otherwise must be of the same event (a word around it in common):
        # "7 million for cycle lanes" is not contradicted by "31 million for roads" in one sentence
        return Stated(n, "number", [f.provenance for _, f in scored if number_mismatch.compatible(n, f)],
                      [f.provenance for s, f in scored
                       if s >= ALIGNED and not number_mismatch.compatible(n, f) and number_mismatch.same_event(n, f)])

    def _date(self, d: DateMention) -> Stated:
        # a source's own date (see `dateline_dated`) is no date it gives the event
        scored: list[tuple[float, DateFact]] = [(s, f) for s, f in self._related("dates", d.start, d.end, None, d.anchor)
                                                if f.role != ISSUE]
        return Stated(d, "date", [f.provenance for _, f in scored if _same_kind(d, f) and _date_agrees(d, f)],
                      [f.provenance for s, f in scored if s >= ALIGNED and _same_kind(d, f)
                       and not _date_agrees(d, f) and date_mismatch.same_event(d, f)])

    def _related(self, kind: str, start: int, end: int, unit: str | None, extra: frozenset[str]) -> list:
        """(score, fact) for the source facts of `kind` whose clauses share at least RELATED of
        the draft clause's weight, best first."""
        ctx = self._context
        keys = ctx.keys(start, end) | extra
        facts = getattr(ctx.kb, kind)
        return [(s, facts[i]) for s, ids in ctx.ranked(kind, keys, RELATED, unit) if s >= RELATED for i in sorted(ids)]


def _something(stated: Stated) -> Stated | None:
    return stated if stated.provenances else None


def _at(mentions: list, offset: int):
    return next((m for m in mentions if m.start <= offset <= m.end), None)


def _by_name_first(entity: Entity) -> list[Provenance]:
    """The entity's mentions, those that write its full name first (the passage that states it);
    for an entity only a facts file names, its entry there."""
    named = entity.mentions or [p for provenances in entity.aliases.values() for p in provenances]
    return sorted(named, key=lambda p: p.text != entity.name)


def _contains(source: tuple[str, ...], draft: tuple[str, ...]) -> bool:
    """Whether the draft's quoted words stand word for word in the source quote."""
    n = len(draft)
    return n > 0 and any(source[i : i + n] == draft for i in range(len(source) - n + 1))


def _same_kind(d: DateMention, f: DateFact) -> bool:
    """A source date that can speak of the draft's: one with the parts the draft writes."""
    if d.weekday is not None and (f.weekday is not None or f.date is not None):
        return True
    if d.month and (f.month or f.date):
        return True
    return d.year is not None and f.year is not None


def _date_agrees(d: DateMention, f: DateFact) -> bool:
    """Every part the draft writes that the source date gives is the same."""
    weekday = f.weekday if f.weekday is not None else (f.date.weekday() if f.date else None)
    month = f.month or (f.date.month if f.date else None)
    day = f.day or (f.date.day if f.date else None)
    year = f.year or (f.date.year if f.date else None)
    return all(mine is None or theirs is None or mine == theirs
               for mine, theirs in ((d.weekday, weekday), (d.month, month), (d.day, day), (d.year, year)))
