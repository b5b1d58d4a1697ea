"""Check kind `unsupported-date`: a date, weekday, month or year that no source states and the
datelines do not give.

A weekday is supported when a source names it or gives a date that falls on it, or when it is
the weekday of a dateline (the draft's or a source's); a date by the same month and day; a
month or a year when a source writes it anywhere. Relative dates ("last week") are left alone.

Message fields: {found} (the date as written), {what} ("date", "weekday", "month" or "year").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.factbase.derived import StatedDates

if TYPE_CHECKING:
    import datetime as dt

    from copydesk.checks.context import CheckContext


def unsupported_date(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    if not ctx.kb.summary.sources:
        return
    stated = ctx.kb.summary.dates
    dateline = ctx.document.dateline
    stamps = ctx.own_dates()
    for d in ctx.mentions.dates:
        if any(a < d.end and d.start < b for a, b in stamps):
            continue  # the draft's own dateline ("FELLBROOK, July 31 -") or date line dates the draft
        what = _unsupported_part(d, stated, dateline.date if dateline else None)
        if what:
            yield Hit(d.start, d.end, {"found": d.text, "what": what})


def _unsupported_part(d, stated: StatedDates, dateline: dt.date | None) -> str | None:
    """Which part of a draft date no source gives ("date", "weekday", ...), or None."""
    if d.kind == "relative":
        return None
    if d.month and d.day and (d.month, d.day) not in stated.monthdays:
        return "date"
    if d.weekday is not None and d.weekday not in stated.weekdays and (dateline is None or dateline.weekday() != d.weekday):
        return "weekday"
    if d.kind == "month" and d.month and d.month not in stated.months:
        return "month"
    if d.year and d.year not in stated.years and (dateline is None or dateline.year != d.year):
        return "year"
    return None


KIND = CheckKind("unsupported-date", unsupported_date, yields_to="date-mismatch")
