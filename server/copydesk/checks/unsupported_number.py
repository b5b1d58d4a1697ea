"""Check kind `unsupported-number`: a figure in the draft that no source states, in any form.

A copy editor checks every figure, not only those a source contradicts. A draft figure is
supported when some source writes the same value, in digits or words, with a scale ("£40m" is
40 million), as a percentage or a fraction ("half" is 50%), rounded ("about 1,200" for 1,187), or
as a sum, a difference or a share of two counts of one thing that one source sentence gives, or
as a multiple that the words around it name ("doubled", "half") of a stated figure. Years and
dates are `unsupported-date`'s; times, phone numbers and numbers inside names ("Boeing 737",
"Under-21") are not figures, nor ordinals, except a rank no source gives ("lifted them to third").

Message fields: {found} (the figure), {nearby} (what the sources state in the closest clause, or "").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

from msgspec import Meta

from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, doc
from copydesk.checks.percent_change import gives_the_change
from copydesk.lexicon import FUNCTION_WORDS
from copydesk.mentions.numbers import (
    RANK,
    SCORE,
    Figure,
    a_conversion,
    figures,
    in_a_hypothetical,
    multiple_near,
    ranked_by_a_measure,
)

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext
    from copydesk.document import Sentence
    from copydesk.factbase.query import FactBase

_NOT_A_COUNT_AFTER = re.compile(r"(?:st|nd|rd|th)\b|\s*(?:[ap]\.?m\b|:\d)|[:.]\d\d\s*[ap]\.?m\b|\+\d", re.I)
_NOT_A_COUNT_BEFORE = re.compile(r"\d[:+]$")  # "09:25", "90+3": the second half of a time
_QUALIFIED = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|over|more than|less than|"
                        r"fewer than|up to|at least|close to|under|estimated|just)\s*[$€£¥₹₪]?\s*$", re.I)


class UnsupportedNumberParams(Params, frozen=True):
    rounding: Annotated[float, Meta(ge=0, lt=1), doc("a qualified figure (\"about\", \"more than\") may be "
                                                     "this share off")] = 0.05


def unsupported_number(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    if not ctx.kb.summary.sources:
        return
    ranges = ctx.kb.summary.ranges
    share = rule.params.rounding
    doc = ctx.document
    scores = [n for n in ctx.mentions.numbers if n.unit == SCORE]
    unsupported_scores = []  # a score's numbers are one figure: one finding for the score (below)
    for s in doc.sentences:
        for f in _figures_of(ctx, s):
            if ctx.mentions.overlaps_date(f.start, f.end) or not _is_figure(doc.prose, f):
                continue
            if in_a_hypothetical(doc.prose, s.start, f.start):
                continue  # "Say your flat uses 2,000 kWh": the draft's own example, which no source need give
            if a_conversion(doc.prose, f.start, f.end, s.start):
                continue  # "200m (656ft)": the draft's own conversion stands or falls with the figure before it
            qualified = bool(_QUALIFIED.search(doc.prose[max(s.start, f.start - 20) : f.start]))
            if _supported(ctx.kb, f, qualified, share, ranges) or _the_change_beside(ctx, f):
                continue
            factor = multiple_near(doc.prose, f.start, f.end)
            if factor is not None and any(ctx.kb.stated_values(v / factor * (1 - 1e-9), v / factor * (1 + 1e-9))
                                          for v in f.values):
                continue  # "a doubled rate would be 8.2 per cent": twice a stated 4.1
            if (score := next((n for n in scores if n.start <= f.start and f.end <= n.end), None)) is not None:
                if score not in unsupported_scores:
                    unsupported_scores.append(score)
                continue
            yield Hit(f.start, f.end, {"found": doc.text[f.start : f.end], "nearby": _nearby(ctx, f)})
    yield from _unsupported_ranks(ctx)
    for n in unsupported_scores:  # "ruled 7-2": the score whole, where no source gives it nor a number of it
        if not ctx.kb.numbers_stating(SCORE, n.value, n.value, 0):
            start, end = n.number_span
            yield Hit(start, end, {"found": doc.text[start:end], "nearby": ""})


def _the_change_beside(ctx: CheckContext, f: Figure) -> bool:
    """Whether a percentage is the change its sentence's two figures make, as a source states them
    together ("59,210 against 50,140, a rise of 18%"): a reporter's sum, as a stated share is."""
    n = ctx.number_at(f.start)
    return n is not None and gives_the_change(ctx, n)


def _unsupported_ranks(ctx: CheckContext) -> Iterator[Hit]:
    """A place, a seed or a minute ("lifted them to third", "fifth seed", "the 43rd minute") that no
    source gives as that rank; a minute also stands where a source writes the figure ("after 43 minutes").
    Not a place by a measure ("the second-largest award"): the sources' figures give it by their order."""
    for n in ctx.mentions.numbers:
        if not n.unit.startswith(RANK) or ranked_by_a_measure(n.unit) or ctx.kb.numbers_stating(n.unit, n.value, n.value, 0):
            continue
        if n.unit == f"{RANK}minute" and ctx.kb.stated_values(n.value, n.value):
            continue
        start, end = n.number_span
        yield Hit(start, end, {"found": ctx.document.text[n.start : n.end], "nearby": ""})


def _figures_of(ctx: CheckContext, s: Sentence) -> list[Figure]:
    """`figures(prose, s.start, s.end)`, reused for a sentence seen before (an edit elsewhere, a check
    again): keyed by its text and the character before it, the only one outside it a match reads."""
    lead = 1 if s.start else 0
    window = ctx.document.prose[s.start - lead : s.end]
    found = ctx.lookup(("figures", window, lead), lambda: figures(window, lead))
    at = s.start - lead
    return [Figure(f.start + at, f.end + at, f.values, f.digits) for f in found] if at else found


def _is_figure(prose: str, f: Figure) -> bool:
    """Not an ordinal, a time, a phone number, nor a number inside a name ("Boeing 737")."""
    if _NOT_A_COUNT_AFTER.match(prose, f.end) or _NOT_A_COUNT_BEFORE.search(prose, max(0, f.start - 2), f.start) \
            or _in_digit_run(prose, f) or _a_list_number(prose, f):
        return False
    before = prose[max(0, f.start - 30) : f.start]
    word = re.search(r"([A-Za-z][\w'’]*)([\s-]?)$", before)
    if word is None:
        return True
    if word.group(1)[0].isupper():  # "Boeing 737", "Under-21", "Flight 370": a label; "About 40": a figure
        return word.group(2) != "-" and (word.group(1).lower() in FUNCTION_WORDS or _QUALIFIED.search(word.group(1) + " "))
    return word.group(1).lower() != "number"  # "number eight" is a position



def _a_list_number(prose: str, f: Figure) -> bool:
    """Whether the figure numbers a list's item: "1." or "2)" opening a line."""
    return (f.start == 0 or prose[f.start - 1] == "\n") and bool(_LIST_MARK.match(prose, f.end))


_LIST_MARK = re.compile(r"[.)][ \t]+\S")


def _in_digit_run(prose: str, f: Figure) -> bool:
    """Part of a phone number or a code: digit groups joined by spaces or hyphens, seven digits or
    more, or three groups or more joined by hyphens ("section 16-4-202", form figures "1-2-11")."""
    a, b = f.start, f.end
    lo, hi = max(0, f.start - 16), min(len(prose), f.end + 16)  # a phone number is short: never scan further
    while a > lo and (prose[a - 1].isdigit() or (prose[a - 1] in " -" and a > 1 and prose[a - 2].isdigit())):
        a -= 1
    while b < hi and (prose[b].isdigit() or (prose[b] in " -" and b + 1 < len(prose) and prose[b + 1].isdigit())):
        b += 1
    run = prose[a:b]
    return (sum(c.isdigit() for c in run) >= 7 and any(c in " -" for c in run)) or run.strip().count("-") >= 2


def _supported(kb: FactBase, f: Figure, qualified: bool, share: float, ranges: list[tuple[float, float]]) -> bool:
    """Whether the sources state one of the figure's values (see `derived.stated_values`), a band
    holding it, a value within `share` of a qualified one or one that rounds to a round one."""
    if any(kb.stated_values(v, v) for v in f.values):
        return True
    if qualified and any(low <= v <= high for v in f.values for low, high in ranges):
        return True  # "about 3 percent" within a stated band of 1.5 to 3.5 percent
    written = f.digits.replace(",", "")
    if (kept := len(written.partition(".")[2])) and written.replace(".", "", 1).isdigit() and \
            kb.stated_values(float(written) - 0.5 * 10 ** -kept, float(written) + 0.5 * 10 ** -kept):
        return True  # "1.1 percent" for a stated 1.12: rounded to the decimals the writer keeps
    for v in f.values:
        if v == 0:
            continue
        margin = share * abs(v)
        if qualified and any(abs(s - v) <= margin for s in kb.stated_values(v - 2 * margin, v + 2 * margin)):
            return True
        if _rounded(v) and any(_rounds_to(s, v) for s in kb.stated_values(v - _unit_of(v), v + _unit_of(v))):
            return True
    return False


def _rounded(v: float) -> bool:
    """A figure written round ("1,200", "40", "2.5 million"): it may stand for a more exact one."""
    return v >= 10 and float(v).is_integer() and str(int(v)).rstrip("0") != str(int(v))


def _unit_of(round_figure: float) -> int:
    """The place a round figure is rounded to ("1,200": 100): a value rounding to it is nearer than that."""
    digits = str(int(round_figure))
    return 10 ** (len(digits) - len(digits.rstrip("0")))


def _rounds_to(exact: float, round_figure: float) -> bool:
    zeros = len(str(int(round_figure))) - len(str(int(round_figure)).rstrip("0"))
    return round(exact, -zeros) == round_figure


def _nearby(ctx: CheckContext, f: Figure) -> str:
    """What the sources state in the clause closest to the figure's, for the message."""
    mention = ctx.number_at(f.start)
    if mention is None:
        return ""
    keys = ctx.keys(mention.start, mention.end)
    for _score, ids in ctx.ranked("numbers", keys, 0.3, mention.unit):
        for i in ids:
            return f'; the closest source clause says "{ctx.kb.numbers[i].text}"'
    return ""


KIND = CheckKind("unsupported-number", unsupported_number, UnsupportedNumberParams, yields_to="number-mismatch")
