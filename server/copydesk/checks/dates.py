"""Check kind `date-mismatch`: a date, weekday or year for an event that the sources date otherwise.

A draft date is matched to the source dates whose clauses share the most with its clause
(names and content words, weighted by rarity); where the best-matching sources agree on a
different weekday, day or year, the draft is flagged. A weekday that does not fit its date
("Wednesday, July 29" in a year where July 29 is a Thursday) is flagged too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Hit, Rule, check_kind
from copydesk.factbase.model import DateFact
from copydesk.lexicon import MONTH_NAMES, WEEKDAYS
from copydesk.mentions.dates import DateMention


def _weekday_name(i: int) -> str:
    return WEEKDAYS[i].capitalize()


def _monthday(fact: DateFact) -> tuple[int, int] | None:
    if fact.month and fact.day:
        return fact.month, fact.day
    if fact.date:
        return fact.date.month, fact.date.day
    return None


def _fact_weekday(fact: DateFact) -> int | None:
    return fact.weekday if fact.weekday is not None else (fact.date.weekday() if fact.date else None)


def _describe(fact: DateFact) -> str:
    if fact.date:
        return fact.date.strftime("%A, %B ") + str(fact.date.day)
    if fact.weekday is not None:
        return _weekday_name(fact.weekday)
    return str(fact.year)


def _candidates(ctx: CheckContext, d: DateMention, rule: Rule, usable) -> list[tuple[float, DateFact]]:
    keys = ctx.keys(d.start, d.end) | d.anchor
    threshold = float(rule.params.get("min_match", 0.3))
    return ctx.near_best(ctx.ranked("dates", keys, threshold), ctx.kb.dates, threshold,
                         float(rule.params.get("near_best", 0.75)), usable)


def _hit(d_span: tuple[int, int], found: str, fact: DateFact, right: str, what: str) -> Hit:
    return Hit(d_span[0], d_span[1], {"found": found, "expected": right, "what": what, "source_text": fact.provenance.sentence,
                                     "source": fact.provenance.source.rsplit("/", 1)[-1]},
               fixes=[(f"Replace with \"{right}\"", right)], evidence=[fact.provenance.evidence()])


@check_kind("date-mismatch")
def date_mismatch(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    doc = ctx.document
    for d in ctx.mentions.dates:
        if d.kind == "year":
            cands = _candidates(ctx, d, rule, lambda f, d=d: f.year is not None and f.month is None and f.weekday is None
                                and bool(set(f.anchor.split()) & d.anchor))
            if cands and not any(f.year == d.year for _, f in cands):
                fact = cands[0][1]
                yield _hit(d.year_span, d.text, fact, str(fact.year), "year")
            continue
        if d.kind == "relative":
            continue
        if d.kind == "month":
            cands = _candidates(ctx, d, rule, lambda f: f.month is not None and f.weekday is None)
            if cands and not any(f.month == d.month for _, f in cands):
                fact = cands[0][1]
                yield _hit(d.monthday_span, d.text, fact, MONTH_NAMES[fact.month - 1].capitalize(), "month")
            continue
        found_problem = False
        if d.month and d.day:
            cands = _candidates(ctx, d, rule, lambda f: _monthday(f) is not None)
            if cands and not any(_monthday(f) == (d.month, d.day) for _, f in cands):
                fact = cands[0][1]
                month, day = _monthday(fact)
                draft_md = doc.text[d.monthday_span[0] : d.monthday_span[1]]
                right = f"{MONTH_NAMES[month - 1].capitalize()} {day}" if not draft_md[:1].isdigit() else f"{day} {MONTH_NAMES[month - 1].capitalize()}"
                yield _hit(d.monthday_span, draft_md, fact, right, "date")
                found_problem = True
        if d.weekday is not None and not found_problem:
            cands = _candidates(ctx, d, rule, lambda f: _fact_weekday(f) is not None)
            if cands and not any(_fact_weekday(f) == d.weekday for _, f in cands):
                fact = cands[0][1]
                yield _hit(d.weekday_span, doc.text[d.weekday_span[0] : d.weekday_span[1]], fact,
                           _weekday_name(_fact_weekday(fact)), "weekday")
                found_problem = True
        if not found_problem and d.weekday is not None and d.month and d.day:
            year = d.year or (doc.dateline.date.year if doc.dateline else None)
            if year is None:
                years = ctx.kb.years
                year = next(iter(years)) if len(years) == 1 else None
            if year is None:
                continue
            try:
                real = dt.date(year, d.month, d.day).weekday()
            except ValueError:
                continue
            if real != d.weekday:
                yield Hit(d.weekday_span[0], d.weekday_span[1],
                          {"found": doc.text[d.weekday_span[0] : d.weekday_span[1]], "expected": _weekday_name(real),
                           "what": "weekday", "source_text": f"{MONTH_NAMES[d.month - 1].capitalize()} {d.day}, {year} is a {_weekday_name(real)}",
                           "source": "the calendar"},
                          fixes=[(f"Replace with \"{_weekday_name(real)}\"", _weekday_name(real))], severity="warning")
