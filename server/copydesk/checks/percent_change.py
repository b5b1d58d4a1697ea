"""A change's percentage against the two figures its sentence gives: "59,210 at the end of the year,
against 50,140 a year earlier, a rise of 25%" is a rise of 18% by the sources' own figures.

Part of `number-mismatch`: the draft's two figures must be the ones a single source sentence
states together (a before and an after, not two things), the percentage must follow a word of
change ("a rise of", "down"), and no source may state the draft's percentage, so that the figure
the sources give for the change, even unwritten, is certain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from copydesk.checks.engine import Hit
from copydesk.factbase.derived import sentence_values
from copydesk.factbase.model import NumberFact
from copydesk.mentions.numbers import NumberMention, decimals_written, figures

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext

# the words of a change right before its percentage: "a rise of 25%", "up 25%", "fell by 6.5%"
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?P<noun>rise|increase|jump|growth|gain|fall|drop|decline|decrease|cut|reduction)\s+of"
    r"|(?P<verb>up|down|rose|fell|grew|dropped|increased|decreased|declined|climbed|jumped|slipped)(?:\s+by)?)"
    r"\s+$", re.I)
_POINTS = re.compile(r"\s*(?:percentage\s+)?points?\b", re.I)
_DOWNWARD = {"fall", "drop", "decline", "decrease", "cut", "reduction", "down", "fell", "dropped", "decreased",
             "declined", "slipped"}


@dataclass(frozen=True, slots=True)
class _Change:
    """A percentage of change read against the two figures beside it that a source states together."""

    low: float
    high: float
    downward: bool  # "a fall of", "down": the change's base is the higher figure
    fact: NumberFact  # the source fact that states one of them, its sentence the other

    def given(self, value: float, decimals: int) -> bool:
        """Whether `value` is the change, to `decimals`, on the base its word names or on the other
        (a convention, not a slip)."""
        return any(abs(100 * (self.high - self.low) / base - value) <= 0.5 * 10 ** -decimals + 1e-9
                   for base in (self.low, self.high))


def _change_of(ctx: CheckContext, n: NumberMention) -> _Change | None:
    """The change a percentage after a word of change is of, where its sentence writes exactly two
    plain counts besides it that one source sentence states together; None where anything is unsure."""
    if n.unit != "percent" or not n.exact or n.value <= 0:
        return None  # "about 20%" allows what it says
    prose = ctx.document.prose
    if _POINTS.match(prose, n.number_span[1]):
        return None  # "up 2 percentage points": a rate's change, not the counts'
    change = _CHANGE_BEFORE.search(prose, max(0, n.start - 40), n.start)
    if change is None:
        return None
    sentence = ctx.document.sentences[n.sentence]
    others = [f for f in figures(prose, sentence.start, sentence.end) if (f.end <= n.start or f.start >= n.end)
              and not ctx.mentions.overlaps_date(f.start, f.end)]
    if len(others) != 2 or any(len(f.values) != 1 for f in others):
        return None  # two plain counts, no scale, percentage or fraction ("£3m" is 3 and 3,000,000)
    low, high = sorted(next(iter(f.values)) for f in others)
    fact = _stated_together(ctx, low, high) if 0 < low < high else None
    if fact is None:
        return None
    return _Change(low, high, (change["noun"] or change["verb"]).lower() in _DOWNWARD, fact)


def gives_the_change(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a percentage is the change the two figures beside it make, as a source states them
    together: stated by the sources, though no source writes it ("a rise of 18%")."""
    change = _change_of(ctx, n)
    return change is not None and change.given(n.value, decimals_written(ctx.document.text[slice(*n.number_span)]))


def wrong_change(ctx: CheckContext, n: NumberMention) -> Hit | None:
    """The finding on a percentage of change that the two figures beside it, as the sources state
    them together, do not give; None where they give it (to the draft's decimals), where a source
    writes the draft's percentage, or where anything is unsure."""
    change = _change_of(ctx, n)
    decimals = decimals_written(ctx.document.text[slice(*n.number_span)]) if change is not None else 0
    if change is None or change.given(n.value, decimals) or ctx.kb.stated_values(n.value, n.value):
        return None
    low, high = change.low, change.high
    fixed = f"{100 * (high - low) / (high if change.downward else low):.{decimals}f}"
    start, end = n.number_span
    before, after = (high, low) if change.downward else (low, high)
    fact = change.fact
    return Hit(start, end, {"found": ctx.document.text[start:end], "expected": fixed,
                            "how": f"from {before:,.0f} to {after:,.0f}", "source": fact.provenance.source.rsplit("/", 1)[-1]},
               fixes=[(f"Replace with \"{fixed}\"", fixed)], evidence=[fact.provenance], variant="change", preferred=True)


def _stated_together(ctx: CheckContext, low: float, high: float) -> NumberFact | None:
    """A source fact of one of the two values whose sentence writes the other too: a before and an after."""
    for i in ctx.kb.numbers_beside_value(high):
        f = ctx.kb.numbers[i]
        if f.value in (low, high) and {low, high} <= sentence_values(f):
            return f
    return None
