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

from copydesk.checks.numbers import compatible
from copydesk.checks.quotes import related_quotes
from copydesk.factbase.model import DateFact, Entity, NumberFact, Provenance

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext
    from copydesk.document import Document
    from copydesk.factbase.build import FactBase
    from copydesk.mentions import DateMention, Mentions, NameMention, NumberMention, QuoteMention

# A source clause must share this much of the draft clause's weight to speak of the same thing
# (what the number and date checks call `support_match`).
RELATED = 0.12
# Source clauses within this share of the best related one are read as the same statement.
NEAR_BEST = 0.75


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
            return self._number(number)
        date = _at(self.mentions.dates, offset)
        if date is not None:
            return self._date(date)
        name = self.name_at(offset)
        if name is not None:
            entity = self.entity(name)
            if entity is not None and entity.mentions:
                return Stated(name, "name", _by_name_first(entity), [], entity)
        return None

    def _quote(self, q: QuoteMention) -> Stated | None:
        related = related_quotes(self._context, q)
        if not related:
            return None
        words = q.words
        same = [f for f in related if _contains(f.words, words)]
        return Stated(q, "quote", [f.provenance for f in same], [f.provenance for f in related if f not in same])

    def _number(self, n: NumberMention) -> Stated | None:
        facts: list[NumberFact] = self._related("numbers", n.start, n.end, n.unit, frozenset())
        if not facts:
            return None
        return Stated(n, "number", [f.provenance for f in facts if compatible(n, f)],
                      [f.provenance for f in facts if not compatible(n, f)])

    def _date(self, d: DateMention) -> Stated | None:
        facts: list[DateFact] = self._related("dates", d.start, d.end, None, d.anchor)
        facts = [f for f in facts if _same_kind(d, f)]
        if not facts:
            return None
        return Stated(d, "date", [f.provenance for f in facts if _date_agrees(d, f)],
                      [f.provenance for f in facts if not _date_agrees(d, f)])

    def _related(self, kind: str, start: int, end: int, unit: str | None, extra: frozenset[str]) -> list:
        """The source facts of `kind` whose clauses best match the draft's clause, best first."""
        ctx = self._context
        keys = ctx.keys(start, end) | extra
        facts = getattr(ctx.kb, kind)
        return [f for _, f in ctx.near_best(ctx.ranked(kind, keys, RELATED, unit), facts, RELATED, NEAR_BEST,
                                            lambda f: True)]


def _at(mentions: list, offset: int):
    return next((m for m in mentions if m.start <= offset <= m.end), None)


def _by_name_first(entity: Entity) -> list[Provenance]:
    """The entity's mentions, those that write its full name first (the passage that states it)."""
    return sorted(entity.mentions, key=lambda p: p.text != entity.name)


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
