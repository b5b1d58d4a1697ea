"""Check kind `date-mismatch`: a date, weekday or year for an event that the sources date otherwise.

A draft date is matched to the source dates whose clauses share the most with its clause
(names and content words, weighted by rarity); where the best-matching sources agree on a
different weekday, day or year, the draft is flagged. A weekday that does not fit its date
("Wednesday, July 29" in a year where July 29 is a Thursday) is flagged too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Annotated

from copydesk.checks.context import ANY_SHARE, CheckContext
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, Share, doc
from copydesk.checks.quote_sources import related_quotes
from copydesk.document import Document, Sentence, first_year, safe_date, wire_day
from copydesk.factbase.model import DateFact, Provenance
from copydesk.factbase.query import PROBE_FACTS
from copydesk.factbase.text import (
    DATE_WORDS,
    ENTITY_KEY,
    content_words,
    entity_key,
    entity_of_key,
    event_words,
    line_label,
    once_in,
)
from copydesk.lexicon import (
    CURRENCY_CODES,
    MONTH_NAMES,
    ORDINAL_WORDS,
    REPORTING_VERBS,
    WEEKDAYS,
    in_words,
    weekday_written_like,
)
from copydesk.mentions.dates import (
    ISSUE,
    REPORT,
    SPAN_JOINER,
    DateMention,
    bounds_a_span,
    clause_tense,
    counts_days,
    date_bound,
    days_apart,
    tense_before,
    year_shift_of_tense,
)
from copydesk.mentions.numbers import CLOCK, TIME_UNITS, clock_times, figures, significant_digits


class DateMismatchParams(Params, frozen=True):
    min_match: Annotated[Share, doc("share of the draft clause's weight a source clause must match")] = 0.3
    near_best: Annotated[Share, doc("sources this close to the best match count as agreeing")] = 0.75
    support_match: Annotated[Share, doc("a source clause this related that gives the draft's date "
                                        "silences the check")] = 0.12


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


def _weekday_written(fact: DateFact) -> bool:
    """Whether the source writes the fact's weekday ("on Monday"), not a day counted from another
    ("a day after" a Tuesday)."""
    return fact.weekday is not None and WEEKDAYS[fact.weekday] in fact.text.lower()


def _candidates(ctx: CheckContext, d: DateMention, rule: Rule, usable) -> list[tuple[float, DateFact]]:
    """The source dates `usable` whose clauses align best with the draft date's."""
    keys = ctx.keys(d.start, d.end) | d.anchor
    params: DateMismatchParams = rule.params
    # a source's own date is its statement's: a draft statement's day is compared with it, an
    # event's only where no date the sources write aligns (see `_issue_day`)
    stated_on = d.role == REPORT and d.kind in ("weekday", "date")
    # a day another date of the draft's sentence gives is that date's ("fell ill on Thursday 14
    # January; Tanzania declared it on 2 March" is no slip of the 14 January onset)
    others = {(m.month, m.day) for m in ctx.dates_in(d.sentence) if m.start != d.start and m.month and m.day} \
        if d.month and d.day else set()
    found = ctx.near_best(ctx.ranked("dates", keys, params.min_match), ctx.kb.dates, params.min_match, params.near_best,
                          lambda f: (f.role != ISSUE or stated_on) and usable(f) and (not others or _monthday(f) not in others))
    # a clause that shares only a unit of time ("deliberated about four hours Friday" and "200 hours of
    # community service ... on Monday") tells no event
    found = [(score, f) for score, f in found if not (f.keys & keys) <= _TIME_KEYS]
    if d.weekday is not None and not d.month and (event := _possessed_noun(ctx, d)) is not None:
        # nor, for a weekday that names its event by a noun ("Friday's resignation of Ada Moss"), one
        # that shares only its names and writes no such noun on its line ("Moss was suspended
        # yesterday (Wednesday 22 January)"; not "Sunday, June 15: Ivo Pent vs. Ada Moss. Series finale.")
        names = _name_keys(ctx, d)
        found = [(score, f) for score, f in found if _may_date_its_event(ctx, f, event, f.keys & keys, names)]
    if not found and d.day:
        found = _of_a_short_clause(ctx, keys, params.min_match, lambda f: f.role != ISSUE and usable(f))
    # a listing's entry is its own place's: "Inspected: March 4" under another heading than the source's
    found = [(score, f) for score, f in found if not ctx.another_entry(d.start, f.provenance)]
    # a day of every week ("published every Friday") is no day's event ("approved on Thursday"), nor one the other way
    weekly = _EVERY.search(ctx.document.prose, max(0, d.start - _EVERY_REACH), d.start) is not None
    found = [(score, f) for score, f in found if _every_week(f) == weekly]
    life = frozenset() if keys & _ONCE_IN_A_LIFE else _ONCE_IN_A_LIFE
    # a birth or a death is its person's date, not that of what the draft's sentence tells ("resigns on a
    # Tuesday" is not dated by "Ada Moss, born 14 August 1982")
    found = [(score, f) for score, f in found if not f.keys & life]
    if d.month is not None:
        # "began digging on June 19, 2030" is no slip of the "October 15" a 2031 release reports
        # on: a date whose written year and month both differ tells of another day
        drafts_year = _year_of_a_day(ctx, d)
        found = [(score, f) for score, f in found if not _another_year_and_month(d, f, drafts_year)]
    if d.tense == "future":
        # what the draft says is to come is no day its source had seen ("will appear again on Friday,
        # November 14" is not the court list's heading "Tuesday 14 October 2031")
        found = [(score, f) for score, f in found if not _seen_by_its_source(f)]
    if d.kind == "year" and _YEARS_APART.match(ctx.document.prose, d.end):
        return []  # "in 1990, the year after her tunnel opened": the clause after it dates another event
    if days_apart(ctx.document, d) is not None:
        # "told on Monday, a day before the announcement": the draft's day, not the one counted from it
        found = [(score, f) for score, f in found if not counts_days(f.text)]
    if d.role == REPORT and (mine := _sayer(ctx, ctx.document.prose[ctx.document.sentences[d.sentence].start : d.start])):
        # a statement's day is another statement's only if one speaker made both: "the ministry said
        # on Tuesday" is not dated by "The growers' union said today"
        found = [(score, f) for score, f in found if _role(f) != REPORT or f.role == ISSUE or _same_sayer(ctx, mine, f)]
    # a statement's date ("officials said on Tuesday") dates an event only where no event's date aligns
    # (but not a day counted back from a statement: "investigators said on Wednesday" is not the
    # Monday of the landing that a source's "said on Tuesday, a day after" counts back to)
    same_role = [(score, f) for score, f in found if _role(f) == d.role] or [
        (score, f) for score, f in found if d.role != REPORT or not (counts_days(f.text) or _opens_with_a_plea(ctx, d))]
    # a span's end is compared with ends, its start with starts: "to 2 May" is not "from 9 March"
    # and a day is not a span's bound ("Sentencing him on Tuesday" / "backdated to 17 March"); a
    # month or a year may be ("set in August 2018" / "had stood since August 2019")
    bound = date_bound(ctx.document.prose[max(0, d.start - 45) : d.start])
    if bound:
        return [(score, f) for score, f in same_role if _fact_bound(f) in (bound, "")]
    if d.day or d.weekday is not None:
        return [(score, f) for score, f in same_role if not _ends_a_span(f)]
    return same_role


def _possessed_noun(ctx: CheckContext, d: DateMention) -> str | None:
    """The key of the noun a weekday's possessive names ("resignation" of "Friday's resignation")."""
    m = _POSSESSED.match(ctx.document.prose, d.end)
    return next(iter(content_words(m[1])), None) if m else None


_POSSESSED = re.compile(r"['’]s\s+(\w+(?:-\w+)*)")  # "Friday's resignation", "Monday's series finale", "by-election"


def _may_date_its_event(ctx: CheckContext, f: DateFact, event: str, shared: frozenset[str], names: frozenset[str]) -> bool:
    """Whether source date `f`, whose clause shares `shared` with the draft's, may date the event a
    possessive weekday names (`event`, "resignation" of "Friday's resignation"): not where it shares
    only the names and writes no such noun on its line; nor where it shares little more than names
    and its source writes the noun, but not of that date. "Ada Moss won Thursday's by-election with
    11,274 votes" is not dated by a release's "Moss was elected in the early hours of this morning
    with 11,274 votes", Friday's, below its "has won the by-election"; "quit on Friday after a leaked
    memo showed the fuel subsidy's overrun" tells "Friday's resignation ... over a leaked memo"."""
    line = _line_words(f)
    if shared <= names and event not in line:
        return False
    told = event in content_words(f.provenance.sentence) or (event in line and len(line) <= _LISTING_LINE_WORDS)
    return told or len(shared - names) >= _SAME_STORY_WORDS or not _written_in_its_source(ctx, f, event)


_LISTING_LINE_WORDS = 12  # content words of a listing's line ("Sunday, June 15: Ivo Pent vs. Ada Moss. Series finale."), one entry
_SAME_STORY_WORDS = 3  # words besides names a sentence shares with the clause to tell its event in other words


def _written_in_its_source(ctx: CheckContext, f: DateFact, word: str) -> bool:
    """Whether the source of a date writes `word` (a content word's key) anywhere."""
    p = f.provenance
    return p.document is not None and word in ctx.of_sources(("content words of", p.source),
                                                             lambda: content_words(p.document.text))


def _line_words(f: DateFact) -> frozenset[str]:
    """The content words of the line a source date stands on."""
    p = f.provenance
    if p.document is None:
        return content_words(p.sentence)
    text = p.document.text
    return content_words(text[text.rfind("\n", 0, p.start) + 1 : text.find("\n", p.end) % (len(text) + 1)])


_YEARS_APART = re.compile(r"[ \t]*,?[ \t]*(?:the|a|one|two|three|four|five|\d{1,2})[ \t]+years?[ \t]+(?:after|before)\b", re.I)


def _every_week(f: DateFact) -> bool:
    """Whether a source's weekday is a day of every week ("published every Friday", "each Tuesday")."""
    at = once_in(f.provenance.sentence, f.provenance.text)
    return at is not None and _EVERY.search(f.provenance.sentence, max(0, at - _EVERY_REACH), at) is not None


_EVERY = re.compile(r"\b(?:every|each)\s+$", re.I)
_EVERY_REACH = 7  # characters before a weekday that "every " takes


_TIME_KEYS = content_words(" ".join(w + s for w in TIME_UNITS for s in ("", "s")))

# a source clause this short says little besides its date's event: "The light was first lit on 3 October 1864."
_SHORT_CLAUSE = 2  # content words, not counting the entities it names
_SHORT_SHARE = 0.5  # of the short clause's weight the draft clause must match


def _of_a_short_clause(ctx: CheckContext, keys: frozenset[str], min_match: float, usable) -> list[tuple[float, DateFact]]:
    """Source dates of a short clause most of whose words the draft's clause has: "the granite tower was
    first lit on 3 October 1865" shares too small a part of its words with "The light was first lit on 3
    October 1864" to align by the draft's share, but it holds most of the source's. A day only (a
    month or weekday says too little to be dated by one shared verb), asked only where nothing aligns."""
    loose = min_match / 2
    return [(score, f) for score, f in ctx.near_best(ctx.ranked("dates", keys, loose), ctx.kb.dates, loose, 0.0, usable)
            if sum(not k.startswith(ENTITY_KEY) for k in f.keys) <= _SHORT_CLAUSE
            and ctx.score(f.keys, f.keys & keys) >= _SHORT_SHARE]


def _weekdays_about(ctx: CheckContext, d: DateMention) -> list[dt.date]:
    """The days a bare weekday may name in a draft whose dateline gives no year ("PORT TELLEN, Feb.
    10 -", as wire style writes it): the last such weekday on or before the dateline's day and the
    next after it, in the year the sources give that day (or their one year)."""
    filed = _filed_on(ctx)
    if filed is None or d.weekday is None:
        return []
    last = filed - dt.timedelta(days=(filed.weekday() - d.weekday) % 7)
    return [last, last + _WEEK]


def _filed_on(ctx: CheckContext) -> dt.date | None:
    """The day a draft's dateline or date line gives, its year from the sources where it writes none."""
    doc = ctx.document
    if doc.dateline is not None:
        return doc.dateline.date
    day = wire_day(doc.text)  # read from the text itself: a check of the paragraphs an edit reached sees it too
    if day is None:
        return None
    month, day_of_month = day
    given = ctx.kb.dates_giving(f"monthday:{month}-{day_of_month}", {}, 0.0)
    years = {f.year for ids in given.values() for i in ids if (f := ctx.kb.dates[i]).year} or ctx.kb.summary.date_years
    year = next(iter(years)) if len(years) == 1 else None
    return safe_date(year, month, day_of_month) if year else None


def _opens_with_a_plea(ctx: CheckContext, d: DateMention) -> bool:
    """Whether the draft's statement date opens its sentence ("On Wednesday afternoon his mother
    pleaded ..."): the day of what was said, which no event's date of the sources dates."""
    s = ctx.document.sentences[d.sentence]
    return not ctx.document.prose[s.start : d.start].strip(" \t\n\"'“‘").lower().removesuffix("on").strip()


def _another_year_and_month(d: DateMention, f: DateFact, year_of_draft: int | None) -> bool:
    """Whether a source date's year and month both differ from the draft's day. A draft date that
    writes its year meets the source's year as written or as its dateline resolves it; one that does
    not (its year the draft's reading of it, else the first year the draft writes) meets only a year
    the source writes: "first picked on August 26" in 2031 is no slip of the record "previous
    earliest: 2 September 2028"."""
    if d.year_span is not None:
        year = f.year or (f.date.year if f.date else None)
        month = f.month or (f.date.month if f.date else None)
        return year is not None and month is not None and year != d.year and month != d.month
    year = d.year or (d.date.year if d.date else None) or year_of_draft
    return bool(f.year and year and f.month and _year_written(f) and f.year != year and f.month != d.month)


def _the_drafts_year(ctx: CheckContext) -> int | None:
    """The first year the draft writes (its lede's, as a story tells its year first), if it writes
    one: read from the text, so a check of the paragraphs an edit reached reads it as a whole check does."""
    return first_year(ctx.document.text)


def _year_of_a_day(ctx: CheckContext, d: DateMention) -> int | None:
    """The year a draft's day without one is read in: the draft's first year where the sources date
    a day in it. A story of 2032 that first writes "laid in 2004" tells a history, not the year of
    its "by 30 July". (A bare month keeps the draft's first year: "down from December" in a poll
    story is the last poll's month, which no day of the sources dates.)"""
    year = _the_drafts_year(ctx)
    known = ctx.kb.summary.date_years
    return year if d.day is None or year is None or not known or year in known else None


_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _year_written(f: DateFact) -> bool:
    """Whether a source date writes its year ("2 September 2028"), not its source's dateline giving it."""
    return _A_YEAR.search(f.text) is not None


def _of_another_year(d: DateMention, f: DateFact) -> bool:
    """Whether a month the draft writes without a year ("up two points since May") cannot be the
    source's month: one without a year is within a year of its writing, and the source's is more
    than a year from its source's dateline ("for the first time since September 2030" in June 2032)."""
    doc = f.provenance.document
    if d.year or not f.year or f.month is None or doc is None or doc.dateline is None:
        return False
    written = doc.dateline.date
    return abs((written.year - f.year) * 12 + written.month - f.month) > 12


def _seen_by_its_source(f: DateFact) -> bool:
    """Whether a source date is on or before its source's own date (its dateline), or is that date
    itself, written with no verb in its first paragraph ("NOTES - Tarrow Mags, Tues 14 Oct 2031"):
    past, when written."""
    doc = f.provenance.document
    if doc is None or f.date is None:
        return False
    if doc.dateline is not None and f.date <= doc.dateline.date:
        return True
    there = doc.sentence_at(f.provenance.start)
    return not f.tense and there is not None and there.paragraph == 0


# the name before a reporting verb and the date after it: "The Tarrow Growers' Union (TGU) said today"
# ("the Ministry of Agriculture's statistics division said on Tuesday": the ministry)
_SAYER = re.compile(r"(?P<name>[A-Z][\w'’&-]*?(?:[ \t]+(?:of|the|for|and|&|[A-Z][\w'’&-]*?)){0,6})(?:['’]s?)?[ \t]*"
                    r"(?:\((?P<short>[A-Z][A-Za-z]{1,9})\))?(?:[ \t]+[a-z][\w-]*){0,3}?,?[ \t]+"
                    r"(?:" + "|".join(sorted(REPORTING_VERBS)) + r")"
                    r"(?:[ \t]+(?:on|in|at))?[ \t]*$")


def _sayer(ctx: CheckContext, before: str) -> frozenset[str]:
    """The words of the name that says what a date's clause reports, from the text `before` the
    date, or of the entity it names where the sources know it: "said on Tuesday" needs no name."""
    m = _SAYER.search(before[-160:])
    if m is None:
        return frozenset()
    for text in (m["short"], m["name"]):
        if text and (entity := ctx.kb.entity_for_name(text)) is not None:
            return frozenset(content_words(" ".join(entity.aliases)) | {entity_key(entity.id)})
    return frozenset(content_words(m["name"]))


def _same_sayer(ctx: CheckContext, mine: frozenset[str], f: DateFact) -> bool:
    """Whether a source statement's date is of the speaker whose words `mine` are (or whose is unknown)."""
    at = once_in(f.provenance.sentence, f.provenance.text)
    theirs = _sayer(ctx, f.provenance.sentence[:at]) if at is not None else frozenset()
    return not theirs or bool(mine & theirs)


_LOOSE = 0.5  # an alignment sharing less of the draft clause's weight than this is loose


def _dates_of_day(ctx: CheckContext, d: DateMention) -> list[DateFact] | None:
    """The dates the sources write for the draft date's month and day (not their own dates), or
    None where an archive gives that day too often to read them all."""
    part = f"monthday:{d.month}-{d.day}"
    if ctx.kb.dates_with_part(part, PROBE_FACTS) > PROBE_FACTS:
        return None
    return [f for ids in ctx.kb.dates_giving(part, {}, 0.0).values() for i in ids if (f := ctx.kb.dates[i]).role != ISSUE]


def _day_given(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a source writes the draft date's month and day, for anything (an archive gives every
    day to something)."""
    given = _dates_of_day(ctx, d)
    return given is None or bool(given)


def _day_in_paragraph(ctx: CheckContext, d: DateMention, fact: DateFact) -> bool:
    """Whether a date of the source paragraph of `fact` gives the draft date's month and day (not
    looked for where an archive gives that day too often to read)."""
    given = _dates_of_day(ctx, d)
    if given is None:
        return False
    doc = fact.provenance.document

    def paragraph(f: DateFact) -> int | None:
        s = doc.sentence_at(f.provenance.start) if doc is not None else None
        return s.paragraph if s is not None else None

    here = paragraph(fact)
    return any(f.provenance.source == fact.provenance.source
               and (f.provenance.sentence == fact.provenance.sentence or (here is not None and paragraph(f) == here))
               for f in given)


def _fact_date(f: DateFact, d: DateMention) -> dt.date | None:
    """The calendar day of a source date, in the draft's year where the source writes none."""
    if f.date is not None:
        return f.date
    year = f.year or d.year or (d.date.year if d.date else None)
    return safe_date(year, f.month, f.day) if year and f.month and f.day else None


def _role(f: DateFact) -> str:
    """A source date's role, its own date (ISSUE) being its statement's."""
    return REPORT if f.role == ISSUE else f.role


def _day_in_digits(f: DateFact) -> bool:
    """Whether a source writes the date's day ("14 November"), not a word it was worked out from
    ("on Friday", "yesterday", against the source's own date): a fix from a day worked out is offered
    but not applied unasked, as the tense that placed it may have misled."""
    return any(c.isdigit() for c in f.text)


def _day_written(ctx: CheckContext, month: int, day: int) -> bool:
    """Whether some source writes this month and day for an event: a release's own date ("For
    immediate release: Wednesday 12 March") is the day it was issued, which a weekday of its text
    need not be the event of."""
    given = ctx.kb.dates_giving(f"monthday:{month}-{day}", {}, 0.0)
    return any(_day_in_digits(f := ctx.kb.dates[i]) and f.role != ISSUE for ids in given.values() for i in ids)


def _ends_a_span(f: DateFact) -> bool:
    """See `bounds_a_span`: whether a source date's sentence makes it a span's bound."""
    at = once_in(f.provenance.sentence, f.provenance.text)
    return at is not None and bounds_a_span(f.provenance.sentence[:at])


def _fact_bound(f: DateFact) -> str:
    """See `date_bound`: the bound a source date's sentence gives it ("" where its text is not found once)."""
    at = once_in(f.provenance.sentence, f.provenance.text)
    return date_bound(f.provenance.sentence[:at]) if at is not None else ""


def _hit(d_span: tuple[int, int], found: str, fact: DateFact, right: str, what: str, agreed: bool = False) -> Hit:
    """`agreed`: every source date aligned with the draft's gives `right`, so the fix is certain.
    A source's own date gives no fix: it dates the source, which need not be the day it tells of."""
    if fact.role == ISSUE:
        return _issue_hit(d_span, found, fact, right)
    return Hit(d_span[0], d_span[1], {"found": found, "expected": right, "what": what, "source_text": fact.provenance.sentence,
                                     "source": fact.provenance.source.rsplit("/", 1)[-1]},
               fixes=[(f"Replace with \"{right}\"", right)], evidence=[fact.provenance], preferred=agreed)


def _says(f: DateFact, d: DateMention) -> bool:
    """Whether a source date gives the draft's value: every part the draft writes (weekday, day,
    month, year) that the source date has."""
    if d.month and d.day:
        if _monthday(f) != (d.month, d.day):
            return False
    elif d.month and f.month != d.month:
        return False
    if d.weekday is not None and _fact_weekday(f) != d.weekday:
        return False
    year = d.year if d.kind in ("year", "month") or d.year_span else None
    if year is not None and f.year != year:
        return False
    return d.weekday is not None or bool(d.month) or year is not None


_YEAR_SPAN = re.compile(r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s*(?:to|and|until|through|-|\u2013)\s*(?P<b>(?:19|20)\d\d)\b",
                        re.I)


def _span_given(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a year is an end of a span of years ("deliveries running from 2034 to 2038") that a
    source sentence gives with both its ends: the span is stated, whatever the clause's other words."""
    prose = ctx.document.prose
    for m in _YEAR_SPAN.finditer(prose, max(0, d.start - 30), min(len(prose), d.end + 30)):
        if m.start("a") <= d.start < m.end("b"):
            other = m["b"] if m.start("a") == d.start else m["a"]
            return any(other in ctx.kb.dates[i].provenance.sentence
                       for ids in ctx.kb.dates_giving(f"year:{d.year}", {}, 0.0).values() for i in ids)
    return False


def _given_as_a_bound(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a year bounds a time as a source sentence bounds it ("the first of its kind ringed
    at the Ness since 2017" where a source's was "the first we had ringed since 2017"): a year the
    sources give with the same word, whatever else the clauses share."""
    bound = _YEAR_BOUND.search(ctx.document.prose, max(0, d.start - _YEAR_BOUND_REACH), d.start)
    if bound is None or d.year is None:
        return False
    written = re.compile(rf"\b{bound[1]}\s+{d.year}\b", re.I)
    return any(written.search(ctx.kb.dates[i].provenance.sentence)
               for ids in ctx.kb.dates_giving(f"year:{d.year}", {}, 0.0).values() for i in ids)


_YEAR_BOUND = re.compile(r"\b(since|until|before|after)\s+$", re.I)
_YEAR_BOUND_REACH = 8  # characters before a year that its bound's word takes


def _stated(ctx: CheckContext, d: DateMention, rule: Rule) -> bool:
    """See `_stated_now`; remembered for the fact base, so a draft checked again asks it once."""
    keys, support = ctx.keys(d.start, d.end) | d.anchor, rule.params.support_match
    names = _name_keys(ctx, d) & keys
    around = _sentence_words(ctx, d)
    times = _its_times(ctx, d)
    amounts = _its_amounts(ctx, d)
    key = ("stated date", d.kind, d.month, d.day, d.weekday, d.year, d.year_span is not None, keys, names, support, around, times,
           amounts, tuple((m.kind, m.month, m.day, m.weekday, m.year, m.year_span) for m in _other_dates(ctx, d)) if amounts else ())
    return ctx.lookup(key, lambda: _stated_now(ctx, d, keys, names, support)
                      or _written_with_its_names(ctx, d, keys, names, around) or _a_publication_day(ctx, d, keys)
                      or _written_at_its_times(ctx, d, times) or _written_with_its_amounts(ctx, d, amounts)
                      or _the_news_of_its_day(ctx, d, keys, names) or _the_value_of_a_label_it_says(ctx, d, keys))


def _the_value_of_a_label_it_says(ctx: CheckContext, d: DateMention, keys: frozenset[str]) -> bool:
    """Whether a source's labelled line gives the draft's date as the value of words the draft's
    clause says: "was built in 2022" is a fact sheet's "Built: 2022" (its vessel named in the
    sheet's heading, not the line), however little else of the clause a line of two words shares."""
    part = _required_part(d)
    if part is None:
        return False
    for f in _dates_read_whole(ctx, part):
        if f.keys and f.keys <= keys and line_label(f.provenance.sentence_or_row()) == f.keys \
                and _giving_facts(ctx, d, [f]):
            return True
    return False


def _its_times(ctx: CheckContext, d: DateMention) -> frozenset[float]:
    """The times of day of a draft date's own part of its sentence: those after it up to the next
    date ("Wednesday's high water is at 08:17, and Thursday's at 08:53": Thursday's is 08:53), or
    where none is, those before it back to the date before ("from 6am to 9pm on Thursday")."""
    clocks = [n for n in ctx.numbers_in(d.sentence) if n.unit == CLOCK]
    if not clocks:
        return frozenset()
    others = [x for x in ctx.dates_in(d.sentence) if x.start != d.start]
    after = min((x.start for x in others if x.start > d.start), default=len(ctx.document.prose))
    before = max((x.end for x in others if x.end <= d.start), default=0)
    return frozenset(n.value for n in clocks if d.end <= n.start < after) \
        or frozenset(n.value for n in clocks if before <= n.start < d.start)


def _written_at_its_times(ctx: CheckContext, d: DateMention, times: frozenset[float]) -> bool:
    """Whether a source sentence that writes every time of day of the draft date's sentence gives
    the draft's date: the times are the event's. "The warning runs from 6 a.m. to 9 p.m. on
    Thursday, March 11" states "the service has put the coast under a wind warning from 6am to 9pm
    on Thursday", though the service and its verb are in another sentence, of the day it was issued."""
    part = _required_part(d)
    if part is None or not times:
        return False
    return any(times <= clock_times(f.provenance.sentence_or_row()) and _giving_facts(ctx, d, [f])
               for f in _dates_read_whole(ctx, part))


def _the_news_of_its_day(ctx: CheckContext, d: DateMention, keys: frozenset[str], names: frozenset[str]) -> bool:
    """Whether a source's own date gives the draft's date and the lead it carries the words of tells
    the draft clause's event, with no date of its own: "For immediate release: Friday 11 July 2031 /
    Ada Moss has resigned with immediate effect" states "11 July 2031: Moss resigns". News is of
    its day; a source's own date still never contradicts an event's."""
    part = _required_part(d)
    own = keys - names - DATE_WORDS
    if part is None or not own or not (d.month and d.day):
        return False  # (a bare weekday may be a day before: a release of Wednesday tells of Tuesday's)
    return any(f.role == ISSUE and _says(f, d) and f.keys & own and _NEWS.search(f.provenance.sentence) and not any(
        x is not f and x.provenance.sentence == f.provenance.sentence for x in ctx.kb.dates_beside(f))
        for f in _dates_read_whole(ctx, part))


_NEWS = re.compile(r"\b(?:has|have)\s+(?:just\s+)?(?:been\s+)?[a-z]+(?:ed|en|un|wn|ld|ft)\b")  # "has resigned", "have been told"


def _its_amounts(ctx: CheckContext, d: DateMention) -> frozenset[float]:
    """The exact sums of money the draft date's sentence writes ("Her £3.2m gift, made in 2030"),
    and its exact counts of `_TELLING_DIGITS` significant digits or more ("A petition, signed by
    6,318 people, was handed in on 2 February"): figures no other fact of the sources shares by chance."""
    return frozenset(n.value for n in ctx.numbers_in(d.sentence) if n.exact and (
        n.unit in CURRENCY_CODES or len(significant_digits(n.value)) >= _TELLING_DIGITS))


_TELLING_DIGITS = 3


def _other_dates(ctx: CheckContext, d: DateMention) -> tuple[DateMention, ...]:
    """The draft's dates outside the sentence of `d`."""
    return tuple(m for m in ctx.mentions.dates if m.sentence != d.sentence)


def _written_with_its_amounts(ctx: CheckContext, d: DateMention, amounts: frozenset[float]) -> bool:
    """Whether a source sentence (or a table's row) that writes every telling figure of the draft
    date's sentence (`_its_amounts`) gives the draft's date, and no other date the draft does not write elsewhere:
    "who graduated in English in 1974 and gave £3.2 million to establish it in 2030" (or the row
    "Velmorran | BA English, 1974 | Personal gift | 2030 | £3,200,000") states "Her £3.2m gift, made
    in 2030", whose sentence has no word of the gift's clause but its sum ("BA English, 1974" is the
    draft's sentence before). A sum and a year no clause joins are still one fact where nothing
    else in the sentence could be the sum's year."""
    part = _required_part(d)
    if part is None or not amounts:
        return False
    elsewhere = _other_dates(ctx, d)
    for f in _dates_read_whole(ctx, part):
        line = f.provenance.sentence_or_row()
        written = {v for figure in figures(line) for v in figure.values}
        if amounts <= written and _giving_facts(ctx, d, [f]) and all(
                _says(x, d) or any(_says(x, m) for m in elsewhere)
                for x in ctx.kb.dates_beside(f) if x.provenance.sentence_or_row() == line):
            return True
    return False


def _sentence_words(ctx: CheckContext, d: DateMention) -> frozenset[str]:
    """The content words of a draft date's sentence (besides dates), read once a check for each."""
    def read() -> frozenset[str]:
        here = ctx.document.sentences[d.sentence]
        return frozenset(content_words(ctx.document.prose[here.start : here.end])) - DATE_WORDS
    return ctx.remember(("sentence words", d.sentence), read)


def _a_publication_day(ctx: CheckContext, d: DateMention, keys: frozenset[str]) -> bool:
    """Whether the draft dates a publication ("figures published by the Land Office on Tuesday 6
    April") on a day a source says it is itself published ("Published: Tuesday 6 April 2032" over its
    table; not a radio transcript's "Wednesday 5 May 2032, 07:40", the day of the talk)."""
    part = _required_part(d)
    if part is None or not keys & _PUBLISHING:
        return False
    return any(f.role == ISSUE and _says(f, d) and content_words(f.provenance.sentence) & _PUBLISHING
               for f in _dates_read_whole(ctx, part))


def _dates_read_whole(ctx: CheckContext, part: str) -> list[DateFact]:
    """The source dates that give `part`, for tests that read each one's sentence whole; none where
    there are more than `_SCANNED` (an archive's thousands of Mondays are not read one by one)."""
    if ctx.kb.dates_with_part(part, _SCANNED) > _SCANNED:
        return []
    return [ctx.kb.dates[i] for ids in ctx.kb.dates_giving(part, {}, 0.0).values() for i in ids]


_SHARED_WITH_ITS_NAMES = 2  # words of the draft date's clause, besides names, a source sentence must have too
_SCANNED = 500  # source dates of one part read whole, sentence by sentence, at most


def _written_with_its_names(ctx: CheckContext, d: DateMention, keys: frozenset[str], names: frozenset[str],
                            around: frozenset[str]) -> bool:
    """Whether a source sentence that names every name of the draft date's sentence gives the
    draft's date beside words of the draft date's clause: "Tinker's Lantern, who was 3/1 favourite
    when the market opened on Monday" states "Tinker's Lantern opened as 3/1 favourite on Monday",
    though its date's own clause ("when the market opened") names no horse; or beside more words
    of the draft's sentence (`around`): "the Tarrow 2034 programme, announced on 21 October, which
    will cut 640 positions at the Tarrow site by the end of 2033" states "Under the Tarrow 2034 plan
    unveiled on 21 October, 640 positions at the site will go by the end of 2033". A table's row
    that names them gives the date as theirs: "Dunstray Savings | Easy-access saver | Mon 22 March"
    states "Dunstray Savings is passing on the full rise from 22 March"; so does an item of the list
    that a dated heading heads (see `Provenance.listed_under`)."""
    part = _required_part(d)
    words = frozenset(k for k in names if not k.startswith(ENTITY_KEY))
    own = frozenset(k for k in keys - names if not k.startswith(ENTITY_KEY)) - DATE_WORDS
    others = around - names - own
    if part is None or not words or len(own | others) < _SHARED_WITH_ITS_NAMES:
        return False
    for f in _dates_read_whole(ctx, part):
        if (row := f.provenance.sentence_or_row()) != f.provenance.sentence:
            if words <= content_words(row) and _giving_facts(ctx, d, [f]):
                return True  # a table's row gives its name's dates: "Dunstray Savings | 3.35% | Mon 22 March"
            continue
        if any(words <= (item := content_words(line)) and own & item for line in f.provenance.listed_under()) \
                and _giving_facts(ctx, d, [f]):
            return True  # a dated heading's list, whose short items each tell one event of its day:
            # "DAY 15 (SUNDAY 23 NOVEMBER)" over "- Ivo Pent defeated Ada Moss" states "Pent's defeat of Moss"
        theirs = content_words(f.provenance.sentence)
        if words <= theirs and (len(own & theirs) >= _SHARED_WITH_ITS_NAMES
                                or len((own | others) & theirs) > _SHARED_WITH_ITS_NAMES) \
                and _giving_facts(ctx, d, [f]) and not any(
                x.provenance.sentence == f.provenance.sentence and (x.day or x.weekday is not None) and not _says(x, d)
                for x in ctx.kb.dates_beside(f)):
            return True  # (a sentence of two days, "a service on Saturday 19 November 2033, ten years
            # since the river burst its banks on Sunday 19 November 2023", says which is whose by its clauses)
    return False


def _stated_now(ctx: CheckContext, d: DateMention, keys: frozenset[str], names: frozenset[str], support: float) -> bool:
    """Whether the sources give the draft's date in a clause related to the draft's (one sharing
    some of its weight): "the crew landed on April 4" is not contradicted by "the crew left on
    April 3" when another source says they landed on April 4. A clause that shares only `names`
    is about the same people, not the same event."""
    part = _required_part(d)
    if part is None:
        return False
    giving = ctx.kb.dates_with_part(part, PROBE_FACTS)
    for least in ctx.support_levels(support):
        groups = ctx.kb.dates_giving(part, ctx.weights(keys), least * ctx.total(keys) * (1 - 1e-9),
                                     ctx.probe(keys, least, "dates", found=giving))
        if any(ctx.score(keys, shared) >= least and shared - names and _giving(ctx, d, ids) for shared, ids in groups.items()):
            return True
    return False


def _giving(ctx: CheckContext, d: DateMention, ids: Iterable[int]) -> bool:
    """Whether one of the source dates `ids` (not a source's own) gives the draft's date; for a
    bare weekday, one within a week of its source's own date: "August 13" in a release of 12 March
    is a Wednesday, but no writer calls it "Wednesday"."""
    return _giving_facts(ctx, d, (ctx.kb.dates[i] for i in ids))


def _giving_facts(ctx: CheckContext, d: DateMention, facts: Iterable[DateFact]) -> bool:
    """`_giving`, of the dates themselves."""
    saying = [(0.0, f) for f in facts if f.role != ISSUE and _says(f, d)]
    if saying and d.weekday is not None and not d.month:
        saying = _within_the_week(ctx, d, saying)
    return bool(saying)


def _name_keys(ctx: CheckContext, d: DateMention) -> frozenset[str]:
    """The keys of the names in a draft date's sentence (their words and entities)."""
    names = ctx.names_in(d.sentence)
    return frozenset(content_words(" ".join(w for m in names for w in m.words))) | {
        entity_key(e.id) for m in names if (e := ctx.resolve(m)) is not None}


_MIDNIGHT_BEFORE = re.compile(r"\bmidnight[ \t]+(?:on[ \t]+)?$", re.I)


def _a_night(ctx: CheckContext, d: DateMention) -> bool:
    """Whether the draft's weekday is a midnight's ("from midnight on Tuesday night"), which may be
    the first minute of the next day: a source's "00:00 Wednesday" is the same time. ("Friday night"
    alone is Friday's evening.)"""
    return bool(_MIDNIGHT_BEFORE.search(ctx.document.prose, max(0, d.start - 20), d.start))


def _anothers_sentence(ctx: CheckContext, d: DateMention, f: DateFact) -> bool:
    """Whether the source date's sentence is another day's of the draft's sentence: it writes a day
    that the draft's other day gives, and the two dates' own clauses share no word (see
    `event_words`). "gales on the coast on Wednesday and the first widespread frost by Friday" is
    not aligned with "a night on Thursday will bring the first widespread frost by Friday" by the
    frost, which is Friday's in both."""
    stamps = ctx.own_dates()  # the dateline dates the draft, no event of its sentence
    others = [x for x in ctx.mentions.dates if x is not d and x.sentence == d.sentence and (x.day or x.weekday is not None)
              and not any(a < x.end and x.start < b for a, b in stamps)]
    doc = f.provenance.document
    there = doc.sentence_at(f.provenance.start) if doc is not None and others else None
    if there is None:
        return False
    beside = [x for x in ctx.kb.dates_beside(f) if there.start <= x.provenance.start < there.end
              and x.provenance.start != f.provenance.start and (x.day or x.weekday is not None)]
    if not any(_says(y, x) for y in beside for x in others):
        return False
    here = ctx.document.sentences[d.sentence]
    spans, their_spans = [(x.start, x.end) for x in others], [(y.provenance.start, y.provenance.end) for y in beside]
    at, their_at = (d.start, d.end), (f.provenance.start, f.provenance.end)
    # a word is a day's by its clause ("with rain unlikely before Monday") or by its nearness ("At
    # the High Court today, Lord Tarrow sentenced"): the dates are one event's if either reading
    # gives them a word in common
    by_clause = (event_words(ctx.document, *at, spans, alone=True), event_words(doc, *their_at, their_spans, alone=True))
    by_nearness = (_nearest_words(ctx.document, here, at, spans), _nearest_words(doc, there, their_at, their_spans))
    return all(mine and theirs and not mine & theirs for mine, theirs in (by_clause, by_nearness))


def _nearest_words(doc: Document, sentence: Sentence, date: tuple[int, int], others: list[tuple[int, int]]) -> frozenset[str]:
    """The content words (no date words) of the sentence's words nearer `date` than any of `others`."""
    def middle(a: int, b: int) -> float:
        return (a + b) / 2

    words = [t.text for t in doc.tokens_between(sentence.start, sentence.end)
             if t.kind == "word" and not (date[0] <= t.start < date[1]) and abs(middle(t.start, t.end) - middle(*date))
             < min(abs(middle(t.start, t.end) - middle(a, b)) for a, b in others)]
    return content_words(" ".join(words)) - DATE_WORDS


def _its_weekday_beside(ctx: CheckContext, d: DateMention, f: DateFact) -> bool:
    """Whether the source date is a day counted from its dateline ("today") whose sentence writes
    another date with the draft's weekday: "Thursday's election" is the "election on Thursday 4
    May" of a notice that "has today published" its list, not the notice's Friday."""
    doc = f.provenance.document
    there = doc.sentence_at(f.provenance.start) if doc is not None and f.month is None and not _weekday_written(f) else None
    return there is not None and any(
        there.start <= x.provenance.start < there.end and x.provenance.start != f.provenance.start
        and _weekday_written(x) and _fact_weekday(x) == d.weekday for x in ctx.kb.dates_beside(f))


def _given_beside(ctx: CheckContext, d: DateMention, f: DateFact, weekdays: bool = False) -> bool:
    """Whether another date of the draft date's sentence that names a month (or, with `weekdays`, a
    bare weekday: "winds on Saturday, with rain unlikely before Monday") `_says` the source date. A
    month alone says no source day: "312 fires in July 2031 alone, and a blaze on June 19" does not
    give the blaze's 19 July 2031 to "July 2031"."""
    return any(x is not d and x.sentence == d.sentence and (x.kind == "weekday" if weekdays else x.month)
               and not (x.kind == "month" and f.day is not None) and _says(f, x) for x in ctx.mentions.dates)


_ONGOING = re.compile(r"\b(?:still|remains?|remained|continues? to|continued to)\b[^.;:]*$", re.I)


def _ongoing(ctx: CheckContext, d: DateMention) -> bool:
    """Whether the draft's weekday is when a state still held ("were still being questioned on
    Tuesday"): the day it was seen, which the sources need not give, not the day it began."""
    here = ctx.document.sentence_at(d.start)
    return here is not None and bool(_ONGOING.search(ctx.document.prose[max(here.start, d.start - 80) : d.start]))


def _month_of_year_given(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a source gives the draft's month of the draft's year ("June 2028"), in any clause:
    a month and a year together are one specific time, whatever the clause's words."""
    given = ctx.kb.dates_giving(f"month:{d.month}", {}, 0.0)
    return any(f.year == d.year and f.role != ISSUE for ids in given.values() for i in ids if (f := ctx.kb.dates[i]))


def _the_sources_year_of_its_month(ctx: CheckContext, d: DateMention) -> int | None:
    """The one year the sources write with every day of the draft's month they give, where they
    give one: the year a draft's day of that month without its own is likely of."""
    given = ctx.kb.dates_giving(f"month:{d.month}", {}, 0.0)
    years = {f.year if _year_written(f) else None for ids in given.values() for i in ids
             if (f := ctx.kb.dates[i]).role != ISSUE and f.day}
    return years.pop() if len(years) == 1 and None not in years else None


def _months_it_spans(ctx: CheckContext, d: DateMention) -> bool:
    """Whether the draft's month is an end of a span of months it writes ("from July to December",
    "between July and September")."""
    prose = ctx.document.prose
    return any(x is not d and x.kind == "month" and x.month != d.month
               and _MONTHS_JOINED.fullmatch(prose, min(d.end, x.end), max(d.start, x.start)) for x in ctx.dates_in(d.sentence))


_MONTHS_JOINED = re.compile(SPAN_JOINER, re.I)  # "July to December"


def _written_elsewhere(ctx: CheckContext, d: DateMention, f: DateFact) -> bool:
    """Whether another date of the draft date's paragraph writes the source date's day and month
    (and year, if it writes one), read within the paragraph: a check after an edit sees the same."""
    sentences = ctx.document.sentences
    here = sentences[d.sentence].paragraph
    stamps = ctx.own_dates()  # the dateline dates the draft
    # by its day alone: "the early hours of Sunday, October 11" writes the sources' Saturday 11
    # October for another event, however wrong its own weekday
    return any(x is not d and x.month and x.day and sentences[x.sentence].paragraph == here
               and _monthday(f) == (x.month, x.day) and (x.year is None or f.year == x.year)
               and not any(a < x.end and x.start < b for a, b in stamps) for x in ctx.mentions.dates)


def _required_part(d: DateMention) -> str | None:
    """A part (see `derived.date_parts`) every source date that `_says` the draft's has, to look
    them up by; None where none does (then none says it)."""
    year = d.year if d.kind in ("year", "month") or d.year_span else None
    if d.month and d.day:
        return f"monthday:{d.month}-{d.day}"
    if d.month:
        return f"month:{d.month}"
    if d.weekday is not None:
        return f"weekday:{d.weekday}"
    return f"year:{year}" if year is not None else None


_AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}  # the others: in full


def _month_as_written(month: int, draft_text: str) -> str:
    """The month's name in the draft's style: "Oct. 10" where the draft abbreviates ("Oct. 17"),
    "October 10" where it does not."""
    if re.search(r"\b[A-Z][a-z]{2,3}\.", draft_text):
        return _AP_MONTHS.get(month, MONTH_NAMES[month - 1].capitalize())
    return MONTH_NAMES[month - 1].capitalize()


_LEAD_REACH = 50  # characters before a date read for the words that lead to it


def _lead_words(text: str) -> frozenset[str]:
    """The content words just before a date, back to a comma, a semicolon or a conjunction ("an
    amber warning until 06:00 on", "and in Marrowland on"): what tells two dates of one sentence apart."""
    lead = text[-_LEAD_REACH:]
    return content_words(re.split(r"[,;]|:\s|\band\b|\bbut\b|\bwhile\b", lead)[-1])


def _closest_first(ctx: CheckContext, d: DateMention, cands: list[tuple[float, DateFact]]) -> list[tuple[float, DateFact]]:
    """`cands` with those whose words lead to the date as the draft's do first ("an amber warning
    until 6am on Sunday" is the amber warning's Saturday, not the red one's Friday in the same
    source sentence); ties keep their order."""
    if len(cands) < 2:
        return cands
    shares = _lead_shares(ctx, d, cands)
    return [sf for _, sf in sorted(zip(shares, cands, strict=True), key=lambda x: -x[0])]


def _lead_shares(ctx: CheckContext, d: DateMention, cands: list[tuple[float, DateFact]]) -> list[int]:
    """How many of the words leading to the draft's date lead to each candidate in its sentence."""
    mine = _lead_words(ctx.document.prose[max(0, d.start - _LEAD_REACH) : d.start])

    def shared(f: DateFact) -> int:
        at = once_in(f.provenance.sentence, f.provenance.text)
        return len(mine & _lead_words(f.provenance.sentence[:at])) if at is not None and mine else 0

    return [shared(f) for _, f in cands]


def _led_to(ctx: CheckContext, d: DateMention, cands: list[tuple[float, DateFact]], value) -> bool:
    """Whether the draft date's own lead words single out `value` (of `value(fact)`) among the
    candidates: every candidate with another value shares fewer of them."""
    shares = _lead_shares(ctx, d, cands)
    mine = [s for s, (_, f) in zip(shares, cands, strict=True) if value(f) == value(cands[0][1])]
    others = [s for s, (_, f) in zip(shares, cands, strict=True) if value(f) != value(cands[0][1])]
    return not others or max(mine) > max(others)


def same_clause(ctx: CheckContext, d: DateMention, f: DateFact) -> bool:
    """Whether the draft date's event and the source date's share a word (its verb, its subject),
    each read from its sentence less the clauses another date belongs to (see `event_words`):
    "the talks stalled on Sunday" is not dated by "The strike began on Friday, and talks resume
    in June". Where either has no words of its own, the clause match decides alone."""
    doc = f.provenance.document
    if doc is None:
        return True
    mine = ctx.remember(("event words", d.start), lambda: event_words(
        ctx.document, d.start, d.end, [(x.start, x.end) for x in ctx.mentions.dates]))
    dated = ctx.of_sources(("dated spans", id(doc)), lambda: [(x.provenance.start, x.provenance.end)
                                                               for x in ctx.kb.dates_beside(f)])
    theirs = ctx.of_sources(("event words", id(doc), f.provenance.start, f.provenance.end),
                            lambda: event_words(doc, f.provenance.start, f.provenance.end, dated))
    return not mine or not theirs or bool(mine & theirs)


def same_event(d: DateMention, f: DateFact) -> bool:
    """Whether a source date may date the draft's event: a statement's date another statement's,
    or a date in the same tense ("announced on Wednesday" and "agreed on Tuesday" may be one day's
    news; "the statement said Monday" does not date "the mayor will meet the union on Friday")."""
    if d.tense and f.tense and d.tense != f.tense:
        return False  # "were still without power on Tuesday" is not "expected to restore power by Wednesday"
    return d.role == _role(f) or bool(d.tense and d.tense == f.tense)


_PUBLISHING = content_words("published released issued")  # a document's own act, as a statement is its speaker's


def _issue_day(ctx: CheckContext, d: DateMention, rule: Rule) -> Hit | None:
    """A bare weekday that no source gives, for news the sources' ledes tell without a date on
    their own day (see `dateline_dated`): "shares fell on Wednesday" where the market summary
    dated Tuesday 11 March says the index closed lower. The draft's whole sentence is aligned
    with the lede's, as the news it tells. News may be a day older than its report ("the storm
    hit on Monday" in Tuesday's bulletin), but a statement or a publication is of its own day."""
    s = ctx.document.sentences[d.sentence]
    if date_bound(ctx.document.prose[max(s.start, d.start - 45) : d.start]):
        return None  # "from Wednesday", "until Friday": when something starts or ends, not the news's day
    if d.role != REPORT and tense_before(ctx.document.prose[s.start : s.end], d.start - s.start) != "past":
        return None  # "On Friday the museum opens ...": what is to come is not dated by a report
    params: DateMismatchParams = rule.params
    cands: list[tuple[float, DateFact]] = []
    own_act = d.role == REPORT or bool(_lead_words(ctx.document.prose[max(0, d.start - _LEAD_REACH) : d.start]) & _PUBLISHING)
    if not own_act and _weekday_given(ctx, d.weekday):
        return None  # an event the sources date may be a fixture weeks after the handbook that lists it
    # a lede's news is the sources' news: its long sentence need share less with their headings
    least = params.min_match * (_LEDE_SHARE if _DATELINED.match(ctx.document.prose, s.start, s.end) else 1.0)
    for keys in (ctx.keys(d.start, d.end), ctx.keys(s.start, s.end)):  # its clause's news, or its sentence's
        # a source's heading dates the source's own act (its statement, its publication), not an event
        cands = cands or ctx.near_best(ctx.ranked("dates", keys, least), ctx.kb.dates, least,
                                       params.near_best, lambda f: f.role == ISSUE and (own_act or not _heading(f)))
    days = {f.date for _, f in cands if f.date is not None}
    if not days or any(day.weekday() == d.weekday for day in days) \
            or (own_act and _weekday_given(ctx, d.weekday, near=days)):
        return None  # a statement or a publication is of its source's week
    if any(x is not d and x.sentence == d.sentence and x.weekday is not None and day.weekday() == x.weekday
           for x in ctx.mentions.dates for day in days):
        return None  # "on Monday told its citizens to avoid travel from Wednesday": Monday is the news's day
    if not own_act and any((day - dt.timedelta(days=1)).weekday() == d.weekday for day in days):
        return None
    fact = cands[0][1]
    found = ctx.document.text[d.weekday_span[0] : d.weekday_span[1]]
    return _issue_hit(d.weekday_span, found, fact, weekday_written_like(fact.date.weekday(), found))


_WEEK = dt.timedelta(days=7)
_LEDE_SHARE = 2 / 3  # of the clause share a lede's weekday needs with a source's own date
# a lede opened by its dateline ("HALVERGATE - ", "PORT TELLEN, Feb. 10 - "): read from the sentence
# alone, so a check of the paragraphs an edit reached reads it as a whole check does
_DATELINED = re.compile(r"[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+)*(?:,[^\n\-–—]{1,40})?[ \t]+[-–—][ \t]+")


def _within_the_week(ctx: CheckContext, d: DateMention,
                     cands: list[tuple[float, DateFact]]) -> list[tuple[float, DateFact]]:
    """The candidates a bare weekday ("On Thursday") may name: a day within a week of its source's
    own date, where that source is dated. A day a source dates months before its own ("promulgated
    on 14 August 2030" in a ruling of 22 May 2031) is history, which no writer calls "Thursday"."""
    issued: dict[str, list[dt.date]] = {}
    for _, f in ctx.near_best(ctx.ranked("dates", ctx.keys(d.start, d.end) | d.anchor, ANY_SHARE), ctx.kb.dates,
                              ANY_SHARE, 0.0, lambda f: f.role == ISSUE and f.date is not None):
        issued.setdefault(f.provenance.source, []).append(f.date)
    return [(sc, f) for sc, f in cands if f.date is None or f.role == ISSUE or f.provenance.source not in issued
            or any(abs(f.date - day) <= _WEEK for day in issued[f.provenance.source])]


def _a_heading_gives(ctx: CheckContext, weekday: int, sources: set[str]) -> bool:
    """Whether one of `sources` gives `weekday` in a line of its own ("FRIDAY 14 MAY" heading a
    diary's day), which dates the lines under it, whatever words they share with the draft's."""
    return any(f.provenance.source in sources and _weekday_written(f)
               and f.provenance.sentence.strip(" \t\n.:-").lower() == f.text.strip().lower()
               for ids in ctx.kb.dates_giving(f"weekday:{weekday}", {}, 0.0).values() for i in ids
               if (f := ctx.kb.dates[i]))


def _heading(f: DateFact) -> bool:
    """Whether a source's own date stands for its heading (see merge's `source_facts`), not its lede."""
    return f.role == ISSUE and f.provenance.text == f.text


def _issue_hit(d_span: tuple[int, int], found: str, fact: DateFact, right: str) -> Hit:
    """A finding against a source's own date (see `dateline_dated`): no fix, since which day it
    was the sources do not write."""
    return Hit(d_span[0], d_span[1],
               {"found": found, "what": "day", "expected": f"{right}, the date of the source that tells it",
                "source_text": fact.provenance.sentence,
                "source": f"{fact.provenance.source.rsplit('/', 1)[-1]}, dated {_written(fact.date)}"},
               evidence=[fact.provenance])


def _written(day: dt.date) -> str:
    return f"{_weekday_name(day.weekday())} {day.day} {MONTH_NAMES[day.month - 1].capitalize()} {day.year}"


def _weekday_given(ctx: CheckContext, weekday: int, near: Iterable[dt.date] = ()) -> bool:
    """Whether a source gives `weekday` to anything: writes it, dates a day it falls on with its
    year or from its dateline ("yesterday"), or is dated on it. A day whose year is only the
    sources' guess ("until after 15 June") does not give its weekday; nor, where the news is dated
    (`near`: the days of the sources that tell it), a day more than a week from it (a debut on
    "18 April 2023" is not the Tuesday a club "announced on" in 2031)."""
    part = f"weekday:{weekday}"
    if weekday not in ctx.kb.summary.dates.weekdays:
        return False
    if ctx.kb.dates_with_part(part, PROBE_FACTS) > PROBE_FACTS:
        return True  # an archive gives every weekday to something
    near = list(near)
    return any(WEEKDAYS[weekday] in (text := f.text.lower()) or (f.year and str(f.year) in text)
               or not (any(c.isdigit() for c in text) or any(m in text for m in MONTH_NAMES))  # "yesterday"
               for ids in ctx.kb.dates_giving(part, {}, 0.0).values() for i in ids
               if (f := ctx.kb.dates[i])
               and not (near and f.date is not None and all(abs(f.date - day) > _WEEK for day in near)))


def _year_of(ctx: CheckContext, d: DateMention, rule: Rule) -> Hit | None:
    """A bare year, a month's year ("October 2026") or "next year" against the years the sources
    give the same words; a relative year is flagged without a fix."""
    cands = _candidates(ctx, d, rule, lambda f: f.year is not None and f.weekday is None
                        and (f.month is None or d.kind == "month") and bool(set(f.anchor.split()) & d.anchor))
    if not cands and d.kind == "year" and _IN_A_YEAR.search(ctx.document.prose, max(0, d.start - 4), d.start):
        # "She opened the museum in 1988" where a source's museum opened "on Saturday 13 May 1989": a
        # day the sources write with its year dates the same event's year, where no year does (a
        # year "in" which it happened, not one of a name: "the Housing Plan 2026-2030")
        cands = _candidates(ctx, d, rule, lambda f: f.day is not None and _year_written(f) and not f.anchor
                            and f.role != ISSUE and same_event(d, f) and same_clause(ctx, d, f))
    if not cands or any(f.year == d.year for _, f in cands):
        return None
    best = {f.year for score, f in cands if score == cands[0][0]}
    if d.kind == "year" and len(best) > 1 and min(best) < d.year < max(best):
        return None  # "8.4 weeks in 2032" where the wait "rose from 6.8 weeks in 2031 to 19.6 weeks in 2035"
    # looked up by the anchor's words, not read over every date of that year
    anchored = ctx.kb.dates_giving(f"year:{d.year}", ctx.weights(d.anchor), 0.0, sorted(d.anchor)) if d.anchor else {}
    if d.kind == "year" and any(f.year == d.year and f.role != ISSUE and set(f.anchor.split()) & d.anchor
                                for ids in anchored.values() for i in ids if (f := ctx.kb.dates[i])):
        return None  # "the winter of 1953" where a source sets something in "the winter of 1953": that year
    if d.kind == "year" and _year_given_to_the_sentence(ctx, d):
        return None
    fact = cands[0][1]
    if d.relative:
        hit = _hit((d.start, d.end), d.text, fact, str(fact.year), "year")
        hit.fixes = []
        return hit
    return _hit(d.year_span, str(d.year), fact, str(fact.year), "year")


_IN_A_YEAR = re.compile(r"\bin\s+$")


def _year_given_to_the_sentence(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a source gives the draft's year to two words or more of the draft's sentence beyond
    its names: "played two matches in 2030 after knee surgery that May" where a source "missed most
    of the 2030 season after knee surgery in May 2030" (the clause's words matched another year)."""
    s = ctx.document.sentences[d.sentence]
    words = ctx.keys(s.start, s.end) - _name_keys(ctx, d)
    given = ctx.kb.dates_giving(f"year:{d.year}", ctx.weights(words), 0.0, sorted(words))
    return any(len(f.keys & words) >= 2 for ids in given.values() for i in ids
               if (f := ctx.kb.dates[i]).role != ISSUE and f.year == d.year)


_YEAR_IN = re.compile(r"(?<![\d.,£$€])(1[5-9]\d\d|20\d\d)(?![\d]|[.,]\d)")
_COMPANION_REACH = 60  # characters between a draft year and the figure that says which event it dates


_ONCE_IN_A_LIFE = {"born", "die", "died"}  # what happens to a person once: its date is theirs, whatever else is said


def _monthday_as_written(month: int, day: int, draft_md: str) -> str:
    """A month and day in the draft's order and style ("March 4" for "March 14", "4 March" for "14 March",
    "fourth of March" for "fourteenth of March")."""
    name = _month_as_written(month, draft_md)
    if draft_md[:1].isdigit():
        return f"{day} {name}"
    if draft_md.split(None, 1)[0].lower() in ORDINAL_WORDS:
        word = in_words(day, ordinal=True) or ""
        return f"{word[:1].upper() if draft_md[0].isupper() else word[:1]}{word[1:]} of {name}"
    return f"{name} {day}"


def _date_of_a_life(ctx: CheckContext, d: DateMention) -> Hit | None:
    """ "She was born on March 14, 1967, in Solvikhamn, where her father fished" where the sources
    have her "born on 4 March 1967": one person is born once, so the date the sources give the
    same person's birth is the draft's date's, however little else the clauses share. Flagged
    only where every such source date agrees and none is the draft's."""
    keys = ctx.keys(d.start, d.end)
    event = keys & _ONCE_IN_A_LIFE
    if not event:
        return None
    people = {k for k in keys if k.startswith(ENTITY_KEY) and ctx.kb.entity(entity_of_key(k)).kind == "person"}
    if not people and (person := _whom_the_pronoun_names(ctx, d)) is not None:
        people = {entity_key(person.id)}  # "Born on March 14, 1967, ... she learned to swim": the one named before
    if len(people) != 1:
        return None
    person = ctx.kb.entity(entity_of_key(next(iter(people))))
    # the person by entity, or by a word of their name ("Ragnhild was born on 4 March 1967")
    names = frozenset(people) | frozenset(content_words(" ".join(person.aliases)))
    facts = [f for _, ids in ctx.ranked("dates", names, ANY_SHARE) for i in ids  # looked up by the name
             if event <= (f := ctx.kb.dates[i]).keys and f.keys & names and f.role != ISSUE and f.month]
    given = {(f.month, f.day, f.year) for f in facts}
    if len(given) != 1:
        return None
    month, day, year = next(iter(given))
    fact = facts[0]
    doc = ctx.document
    if month != d.month or (d.day and day and day != d.day):
        if not d.day or not day:
            return None  # "in March 1967" against "4 March 1967": the month alone is told elsewhere
        draft_md = doc.text[d.monthday_span[0] : d.monthday_span[1]]
        return _hit(d.monthday_span, draft_md, fact, _monthday_as_written(month, day, draft_md), "date", True)
    if d.year and year and d.year != year and d.year_span:
        return _hit(d.year_span, str(d.year), fact, str(year), "year", True)
    return None


_PRONOUN_REACH = 4  # sentences back a pronoun's one person may be named


def _whom_the_pronoun_names(ctx: CheckContext, d: DateMention):
    """The person a subject pronoun of the draft date's sentence refers to: the one person named
    in the few sentences up to it, in its paragraph or the one before (as far as a paragraph's
    findings look: an edit is checked with its neighbours), or None."""
    doc = ctx.document
    here = doc.sentences[d.sentence]
    if not any(t.lower in ("she", "he") for t in doc.tokens[here.first_token : here.last_token]):
        return None
    named = {e.id: e for m in ctx.mentions.names if here.index - _PRONOUN_REACH <= m.sentence <= here.index
             and doc.sentences[m.sentence].paragraph >= here.paragraph - 1
             and (e := ctx.resolve(m)) is not None and e.kind == "person"}
    return next(iter(named.values())) if len(named) == 1 else None


def _year_nearest(sentence: str, figure: str, ahead: bool) -> int | None:
    """The year written nearest the one place `figure` stands in a source sentence, within reach:
    after it, where the draft writes the figure `ahead` of its year, else before it."""
    at = [m.start() for m in re.finditer(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", sentence)]
    if len(at) != 1:
        return None
    years = [(abs(m.start() - at[0]), int(m.group(1))) for m in _YEAR_IN.finditer(sentence)
             if abs(m.start() - at[0]) <= _COMPANION_REACH + len(figure) and (m.start() > at[0]) == ahead]
    return min(years)[1] if years else None


def _year_by_companion(ctx: CheckContext, d: DateMention) -> Hit | None:
    """ "well above the 5.98 metres reached in January 1997" where the one source sentence that
    writes 5.98 sets that record "in January 1987": a distinctive figure next to the draft's year
    says which source sentence tells the same event, whatever their verbs. Flagged only where
    every such sentence gives one year, not the draft's."""
    if d.year_span is None or d.relative:
        return None
    doc = ctx.document
    here = doc.sentence_at(d.start)
    if here is None:
        return None
    near = [f for f in figures(doc.prose, here.start, here.end)
            if (f.end <= d.start and d.start - f.end <= _COMPANION_REACH) or (f.start >= d.end and f.start - d.end <= 20)]
    near = [f for f in near if not (d.start <= f.start < d.end) and not _YEAR_IN.fullmatch(f.digits)]
    if not near:
        return None
    # a figure before its year ("5.98 metres reached in January 1997") before one after it ("in 1997,
    # when it reached 5.98 metres"); the same side in the source sentence
    before = [f for f in near if f.end <= d.start]
    figure = max(before, key=lambda f: f.start) if before else min(near, key=lambda f: f.start)
    ahead = figure.end <= d.start
    if _YEAR_IN.search(doc.prose, *((figure.end, d.start) if ahead else (d.end, figure.start))):
        return None  # "19.6 weeks in 2035" of "8.4 weeks in 2032 and 19.6 weeks in 2035": the other year's
    digits = figure.digits.replace(",", "")
    if not re.fullmatch(r"\d+(?:\.\d+)?", digits) or len(digits.replace(".", "").strip("0")) < 3:
        return None  # "2", "40": too common a figure to say which sentence tells the event
    value = float(digits)
    if ctx.kb.numbers_writing(value, PROBE_FACTS) > PROBE_FACTS:
        return None
    sentences: dict[tuple[str, str], Provenance] = {}
    for i in ctx.kb.numbers_beside_value(value):
        p = ctx.kb.numbers[i].provenance
        sentences.setdefault((p.source, p.sentence), p)
    given: dict[int, Provenance] = {}
    for (_, sentence), p in sentences.items():
        if str(d.year) in _YEAR_IN.findall(sentence):
            return None  # the sentence gives the draft's year too
        year = _year_nearest(sentence, figure.digits, ahead)
        if year is None:
            return None
        given.setdefault(year, p)
    if len(given) != 1:
        return None
    right, evidence = str(next(iter(given))), list(given.values())
    start, end = d.year_span
    return Hit(start, end, {"found": doc.text[start:end], "expected": right, "what": "year",
                            "source_text": evidence[0].sentence, "source": evidence[0].source.rsplit("/", 1)[-1]},
               fixes=[(f"Replace with \"{right}\"", right)], evidence=evidence[:2])


def date_mismatch(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    doc = ctx.document
    stamps = ctx.own_dates()
    for d in ctx.mentions.dates:
        if d.kind == "relative" or any(a < d.end and d.start < b for a, b in stamps):
            if d.weekday is not None and d.month and d.day and d.year and (hit := _off_the_calendar(ctx, d, d.year)) is not None:
                yield hit  # "Sunday 15 July 2034" over the draft: its own date, but no such day
            continue  # the draft's own dateline dates the draft, not an event
        if _stated(ctx, d, rule) or (d.kind == "year" and (_span_given(ctx, d) or _given_as_a_bound(ctx, d))):
            continue
        if d.kind == "weekday" and _the_weekday_of_the_day_before(ctx, d):
            continue  # "heard of it on 30 January, a Monday": the calendar's, not another event's
        if d.year and (hit := _year_by_companion(ctx, d)) is not None:
            yield hit
            continue
        if d.month and (hit := _date_of_a_life(ctx, d)) is not None:
            yield hit
            continue
        if d.kind == "year" or (d.kind == "month" and d.year):
            hit = _year_of(ctx, d, rule)
            if hit:
                yield hit
                continue
        if d.kind == "year":
            continue
        if d.kind == "month":
            if d.year and _month_of_year_given(ctx, d):
                continue  # "the June 2028 verdict" where a source's jury ruled "in June 2028": that month
            if _months_it_spans(ctx, d):
                continue  # "from July to December, 75.2% were on time", "between July and September": a
                # period, which a month the sources give another clause does not contradict
            cands = _candidates(ctx, d, rule, lambda f, d=d: f.month is not None and f.weekday is None and same_event(d, f)
                                 and same_clause(ctx, d, f) and not _of_another_year(d, f))
            if cands and not any(f.month == d.month for _, f in cands):
                fact = cands[0][1]
                yield _hit(d.monthday_span, doc.text[d.monthday_span[0] : d.monthday_span[1]], fact,
                           MONTH_NAMES[fact.month - 1].capitalize(), "month")
            elif cands and d.year and d.year_span:
                # the month agrees; its year is the sources' for that month of that event ("set in August 2019")
                years = {f.year for _, f in cands if f.month == d.month and f.year}
                if years and d.year not in years:
                    fact = next(f for _, f in cands if f.month == d.month and f.year)
                    yield _hit(d.year_span, str(d.year), fact, str(fact.year), "year", len(years) == 1)
            continue
        found_problem = False
        if d.month and d.day:
            cands = _candidates(ctx, d, rule, lambda f, d=d: _monthday(f) is not None and same_event(d, f)
                                 and same_clause(ctx, d, f))
            # a source date the sentence's other date gives is that date's, not this one's: "May 27 and 29"
            # for the sources' 27 and 28 is the 28; "issued on May 3 ... from June 2031" is not June 1
            cands = [(sc, f) for sc, f in cands if _monthday(f) == (d.month, d.day) or not _given_beside(ctx, d, f)]
            # nor is a source's bare weekday, read in its dateline's week, another day for a date
            # weeks away ("Honest Mistake on the Saturday" of a July festival, in a February release,
            # for "Saturday 7 July")
            cands = [(sc, f) for sc, f in cands if not _a_bare_weekday_of_another_week(d, f)]
            # nor is a day the draft's paragraph writes for another event, where the sources give the
            # draft's day too: "gave a sample on June 12 ... was told of the result on July 16" (the
            # sources' "notified ... on Wednesday 16 July") is not the sample's day slipped
            if cands and _day_given(ctx, d):
                cands = [(sc, f) for sc, f in cands if _monthday(f) == (d.month, d.day) or not _written_elsewhere(ctx, d, f)]
            if cands and cands[0][1].role == ISSUE and ctx.kb.dates_with_part(f"monthday:{d.month}-{d.day}", 0):
                cands = []  # a source gives the draft's day to something: not contradicted by its own date
            if d.role == REPORT and _a_sources_day(ctx, d):
                # "the governor said on October 15", the day a source (her briefing) is dated: a day of
                # statements, which the landslide's "before dawn on Tuesday" does not contradict
                cands = [(sc, f) for sc, f in cands if _role(f) == REPORT]
            if cands and not any(_monthday(f) == (d.month, d.day) for _, f in cands) and (_weekday_and_day_written(ctx, d) or (not (
                    d.weekday is not None and any(_fact_weekday(f) == d.weekday and _weekday_written(f)
                                                  for _, f in cands)) and (
                    (d.weekday is not None and _stated(ctx, replace(d, weekday=None, weekday_span=None), rule))
                    or _day_in_paragraph(ctx, d, cands[0][1])
                    or (cands[0][0] < _LOOSE and _day_given(ctx, d))))):
                # a source's very weekday and day are the draft's own, whatever date its words align
                # with ("Vale return the visit on Friday 4 May" beside a fixture list's "Friday 4 May
                # 2035" and a return derby's "Friday 15 June"); else (an aligned date on the draft's
                # weekday says the day is wrong: "Saturday, March 16"
                # for "Saturday 15 March") "reopens Wednesday 28 May" where a related clause gives 28
                # May: the weekday is wrong;
                # "I am today confirming a fund ... first payments from 1 October": the paragraph that
                # aligns gives the draft's very day too, to the words that differ; and a day a source
                # gives, against a date whose clause shares little ("cutting its dependence on the
                # Tarn region by October 31", where the outage "in the Tarn region" was on 11 September)
                cands = []
            if cands and not any(_monthday(f) == (d.month, d.day) for _, f in cands):
                fact = _closest_first(ctx, d, cands)[0][1]
                month, day = _monthday(fact)
                draft_md = doc.text[d.monthday_span[0] : d.monthday_span[1]]
                right = _monthday_as_written(month, day, draft_md)
                if draft_md.isdigit():  # the other day of "May 27 and 29": the day alone, in its month
                    right = str(day)
                hit = _hit(d.monthday_span, draft_md, fact, right, "date", len({_monthday(f) for _, f in cands}) == 1
                           and (_day_in_digits(fact) or _day_written(ctx, month, day)))
                if draft_md.isdigit() and month != d.month:
                    hit.fixes, hit.preferred = [], False
                if d.weekday is not None and (day_of := _fact_date(fact, d)) is not None and day_of.weekday() != d.weekday:
                    hit.preferred = False  # "Tuesday, August 5" made "Tuesday, August 4": the weekday wrong then
                yield hit
                found_problem = True
            elif cands and d.year and d.year_span:
                # the day agrees; its year is the sources' for that day of that event ("born on 14 June 1938")
                years = {f.year for _, f in cands if _monthday(f) == (d.month, d.day) and f.year}
                if years and d.year not in years and not _day_of_year_written(ctx, d):
                    fact = next(f for _, f in cands if _monthday(f) == (d.month, d.day) and f.year)
                    yield _hit(d.year_span, str(d.year), fact, str(fact.year), "year", len(years) == 1)
                    found_problem = True
        if d.weekday is not None and not found_problem and not _ongoing(ctx, d):
            cands = _candidates(ctx, d, rule, lambda f, d=d: _fact_weekday(f) is not None and same_event(d, f)
                                 and same_clause(ctx, d, f))
            # a source date the draft writes for another event is not this weekday's ("backdated to
            # March 17" beside "Sentencing him on Tuesday"); the draft's own day, where it gives
            # one, is compared with the sources' weekday for that very day
            cands = [(sc, f) for sc, f in cands if not _written_elsewhere(ctx, d, f) and not _given_beside(ctx, d, f, True)
                     and not _anothers_sentence(ctx, d, f) and not _its_weekday_beside(ctx, d, f)]
            if d.kind == "weekday":
                cands = _within_the_week(ctx, d, cands)
                days_named = [d.date] if d.date is not None and d.tense == "past" else (
                    _weekdays_about(ctx, d) if d.date is None else [])
                if days_named:  # "set out on Monday" in a draft of Monday 10 February is no day six weeks on
                    cands = [(sc, f) for sc, f in cands if f.date is None or any(abs(f.date - day) <= _WEEK for day in days_named)]
            if d.month and d.day:
                cands = [(sc, f) for sc, f in cands if _monthday(f) == (d.month, d.day)]
            if d.month is None and cands and _quoting_a_source_of_its_day(ctx, d):
                cands = []  # "the inquiry heard on Tuesday" of words the transcript dated Tuesday 14 October gives
            if d.role == REPORT and d.month is None and cands and _a_sources_weekday(
                    ctx, d.weekday, [f.date for _, f in cands if f.date is not None]):
                # "the union said on Thursday" where its release is dated Thursday 9 March: a day of
                # statements, which the ballot's "closed on Wednesday" does not contradict
                cands = [(sc, f) for sc, f in cands if _role(f) == REPORT]
            days = {d.weekday, (d.weekday + 1) % 7} if _a_night(ctx, d) else {d.weekday}
            differ = bool(cands) and not any(_fact_weekday(f) in days for _, f in cands)
            if differ:
                # a weekday a source writes outweighs one counted from a date: first among the aligned
                # dates, then the draft's very day as a source writes it with its weekday ("Saturday 8
                # November 2031" against a report's "8-9 November", dated by the report to a year on)
                cands = _closest_first(ctx, d, [c for c in cands if _weekday_written(c[1])] or cands)
                if d.month and d.day and not _weekday_written(cands[0][1]) and (written := _day_written_with_weekday(ctx, d)):
                    differ = not any(_fact_weekday(f) in days for f in written)
                    cands = [(cands[0][0], f) for f in written]
            if differ and d.month is None and _a_heading_gives(ctx, d.weekday, {f.provenance.source for _, f in cands}):
                differ = False  # a diary's "FRIDAY 14 MAY" over its items: the draft's Friday may be any of them
            if differ and not (cands[0][1].role == ISSUE and _weekday_given(
                    ctx, d.weekday, near=[f.date for _, f in cands if f.role == ISSUE and f.date is not None])):
                fact = cands[0][1]
                agreed = len({_fact_weekday(f) for _, f in cands}) == 1
                found = doc.text[d.weekday_span[0] : d.weekday_span[1]]
                hit = _hit(d.weekday_span, found, fact, weekday_written_like(_fact_weekday(fact), found), "weekday", agreed)
                if not agreed and not _led_to(ctx, d, cands, _fact_weekday):
                    hit.fixes = []  # two weekdays, and the draft's words lead to neither: no fix guessed
                yield hit
                found_problem = True
            elif not cands and d.kind == "weekday" and (hit := _issue_day(ctx, d, rule)) is not None:
                yield hit
                found_problem = True
        if not found_problem and d.weekday is not None and d.month and d.day and not _a_year_of_its_sentence_fits(ctx, d):
            year = d.year or (doc.dateline.date.year if doc.dateline else None)
            if d.year is None and doc.dateline and (day := safe_date(year, d.month, d.day)) is not None:
                # moved by its clause's tense, not by its weekday: "came in on Tuesday 2 December" in a
                # January issue is last December's; "votes on Friday, March 14" is this March's, whose
                # Friday is wrong; "announced the bill for the festival, which takes place from Friday
                # 6 to Sunday 8 July" (a February release) tells no past of July
                here = doc.sentences[d.sentence]
                tense = clause_tense(doc.prose[here.start : here.end], d.start - here.start)
                year += year_shift_of_tense(day, tense, doc.dateline.date)
            if year is None:  # the year of the sources' own dates of this day, or their one year
                given = ctx.kb.dates_giving(f"monthday:{d.month}-{d.day}", {}, 0.0)
                years = {f.year for ids in given.values() for i in ids if (f := ctx.kb.dates[i]).role != ISSUE} - {None}
                if not years and ((mine := first_year(doc.text[:_MASTHEAD])) is None or mine in ctx.kb.summary.date_years):
                    years = ctx.kb.summary.date_years  # (not where the draft's head writes another year: a
                    # newsletter of "Autumn 2030" whose diary ends on "Lantern Walk 2031: Sunday 14 September 2031")
                year = next(iter(years)) if len(years) == 1 else _year_nearest_the_sources(ctx, d)
            if d.year is None and year is not None and (theirs := _the_sources_year_of_its_month(ctx, d)) is not None:
                year = theirs  # "the New Year meeting, which opens on Sunday 18 January" (a November story) of
                # sources whose January is only "Sunday 11 January 2032": that January's
            if year is None:
                continue
            try:
                real = dt.date(year, d.month, d.day).weekday()
            except ValueError:
                continue
            if real != d.weekday and (hit := _the_weekdays_day(ctx, d, year)) is not None:
                yield hit  # "Saturday, September 12" where the sources' Saturday is September 13
                continue
            if real != d.weekday and (hit := _the_days_year(ctx, d)) is not None:
                yield hit  # "Thursday, September 20, 2028" where the sources' is "Thursday 20 September 2029"
                continue
            if (hit := _off_the_calendar(ctx, d, year)) is not None:
                yield hit  # the weekday or the day is wrong, and no source says which: no fix


def _a_year_of_its_sentence_fits(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a day written without its year fits its weekday in a year its sentence writes before
    it ("That 2030 contest, held on Thursday 2 May", in a story of 2034): the day may be that
    year's, and the calendar of the draft's own year says nothing of it."""
    return d.year is None and any(
        (day := safe_date(x.year, d.month, d.day)) is not None and day.weekday() == d.weekday
        for x in ctx.dates_in(d.sentence) if x.end <= d.start and x.year)


def _a_sources_day(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a source is dated the draft's day (its dateline's, in the draft's year if it writes one)."""
    given = ctx.kb.dates_giving(f"monthday:{d.month}-{d.day}", {}, 0.0)
    return any(f.role == ISSUE and (d.year is None or f.year == d.year)
               for ids in given.values() for i in ids if (f := ctx.kb.dates[i]))


def _a_bare_weekday_of_another_week(d: DateMention, f: DateFact) -> bool:
    """Whether source date `f` is a weekday written alone (its day read in its dateline's week) more
    than a week from the draft's day."""
    if f.month or f.date is None or not _weekday_written(f):
        return False
    return d.date is not None and abs((d.date - f.date).days) > _WEEK.days


def _the_weekday_of_the_day_before(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a bare weekday is set off after a day of the month as its weekday ("on 30 January, a
    Monday", "March 4, which was a Friday"), and the calendar gives that day that weekday in the
    day's year (its own, else the draft's dateline's)."""
    doc = ctx.document
    day = next((m for m in ctx.dates_in(d.sentence) if m.end <= d.start and m.month and m.day
                and _APPOSED_WEEKDAY.fullmatch(doc.prose, m.end, d.start)), None)
    if day is None:
        return False
    year = day.year or (doc.dateline.date.year if doc.dateline else None)
    return year is not None and (real := safe_date(year, day.month, day.day)) is not None and real.weekday() == d.weekday


_APPOSED_WEEKDAY = re.compile(r",?[ \t]+(?:a|which[ \t]+was[ \t]+a|then[ \t]+a)[ \t]+", re.I)


def _off_the_calendar(ctx: CheckContext, d: DateMention, year: int) -> Hit | None:
    """A weekday that the calendar does not give the draft's day in `year`, which no source need say."""
    day = safe_date(year, d.month, d.day)
    if day is None or day.weekday() == d.weekday:
        return None
    found = ctx.document.text[d.weekday_span[0] : d.weekday_span[1]]
    return Hit(d.weekday_span[0], d.weekday_span[1],
               {"found": found, "expected": weekday_written_like(day.weekday(), found), "what": "weekday",
                "source_text": f"{MONTH_NAMES[d.month - 1].capitalize()} {d.day}, {year} is a {_weekday_name(day.weekday())}",
                "source": "the calendar"}, severity="warning")


def _quoting_a_source_of_its_day(ctx: CheckContext, d: DateMention) -> bool:
    """Whether the sentence of a bare weekday quotes words that a source dated on that weekday
    gives ("told a colleague not to 'frighten 38,000 households', the inquiry heard on Tuesday",
    where the hearing's transcript is dated Tuesday 14 October): the report is that source's day,
    whatever other day (the inquiry's opening) its clause's words align with."""
    here = ctx.document.sentences[d.sentence]
    sources = {f.provenance.source for q in ctx.mentions.quotes if here.start <= q.start < here.end
               for f in related_quotes(ctx, q)}
    given = ctx.kb.dates_giving(f"weekday:{d.weekday}", {}, 0.0) if sources else {}
    return any(f.role == ISSUE and f.provenance.source in sources
               for ids in given.values() for i in ids if (f := ctx.kb.dates[i]))


def _a_sources_weekday(ctx: CheckContext, weekday: int, near: list[dt.date]) -> bool:
    """Whether a source is dated on `weekday`, within a week of the days `near` (its dateline's)."""
    given = ctx.kb.dates_giving(f"weekday:{weekday}", {}, 0.0)
    return any(f.role == ISSUE and f.date is not None and any(abs(f.date - day) <= _WEEK for day in near)
               for ids in given.values() for i in ids if (f := ctx.kb.dates[i]))


def _day_of_year_written(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a source writes the draft's day with the draft's year ("by Tuesday 5 April 2033"): a
    source's "the 5 April deadline", read in its dateline's year, does not outweigh it."""
    given = ctx.kb.dates_giving(f"monthday:{d.month}-{d.day}", {}, 0.0)
    return any(f.year == d.year and _year_written(f) for ids in given.values() for i in ids if (f := ctx.kb.dates[i]))


def _weekday_and_day_written(ctx: CheckContext, d: DateMention) -> bool:
    """Whether a source writes the draft's weekday and day together ("close by Friday 20 December"
    where a memo gives "by Friday 20 December 2030"): a date that whole is the draft's own, whatever
    other date its clause's words align with ("the decision, taken on 7 November, to close")."""
    if d.weekday is None:
        return False
    # a source's own date too, for a statement or a publication ("a cabinet report published on
    # Monday 6 June", a report dated "Date of publication: Monday 6 June 2033")
    own_act = d.role == REPORT or bool(_lead_words(ctx.document.prose[max(0, d.start - _LEAD_REACH) : d.start])
                                       & _PUBLISHING)
    given = ctx.kb.dates_giving(f"monthday:{d.month}-{d.day}", {}, 0.0)
    return any(((f := ctx.kb.dates[i]).role != ISSUE or own_act) and _fact_weekday(f) == d.weekday and f.weekday is not None
               for ids in given.values() for i in ids)


def _day_written_with_weekday(ctx: CheckContext, d: DateMention) -> list[DateFact]:
    """The sources' dates of the draft's very day (of the draft's year, where it writes one) that
    write their weekday, where they agree on it; else none."""
    given = ctx.kb.dates_giving(f"monthday:{d.month}-{d.day}", {}, 0.0)
    found = [f for ids in given.values() for i in ids if (f := ctx.kb.dates[i]).role != ISSUE
             and _weekday_written(f) and (d.year is None or f.year in (None, d.year))]
    return found if len({_fact_weekday(f) for f in found}) == 1 else []


def _year_nearest_the_sources(ctx: CheckContext, d: DateMention) -> int | None:
    """The year that puts the draft's day nearest the one date of the sources its sentence is
    related to ("the funeral is on Thursday, Feb. 26" in a story of sources dated 8 February 2033:
    2033), within half a year of it; None where those sources are of several dates or none."""
    if ctx.kb.summary.sources > _FEW_SOURCES:
        s = ctx.document.sentences[d.sentence]
        issued = {f.date for _, f in ctx.near_best(ctx.ranked("dates", ctx.keys(s.start, s.end), ANY_SHARE), ctx.kb.dates,
                                                   ANY_SHARE, 0.0, lambda f: f.role == ISSUE and f.date is not None)}
    else:  # a story's few sources: their own dates, whatever the sentence
        issued = ctx.remember(("issue dates",), lambda: {f.date for f in ctx.kb.dates if f.role == ISSUE and f.date})
    years = {day.year for day in issued}
    if len(years) != 1 or d.month is None or d.day is None:
        return None
    (year_issued,) = years
    near = []
    for year in (year_issued - 1, year_issued, year_issued + 1):
        try:
            when = dt.date(year, d.month, d.day)
        except ValueError:
            continue
        if all(abs((when - x).days) <= _HALF_A_YEAR for x in issued):
            near.append(year)
    return near[0] if len(near) == 1 else None


_HALF_A_YEAR = 182
_MASTHEAD = 160  # characters: a newsletter's or a bulletin's head, which dates its issue ("Autumn 2030")
_FEW_SOURCES = 12  # a fact base this small is read whole for its sources' own dates


def _the_weekdays_day(ctx: CheckContext, d: DateMention, year: int) -> Hit | None:
    """A weekday and a day that do not fit, where the sources date that weekday of the same week (the
    one day of that weekday within six days) and never write the draft's day: the day is the slip
    ("Saturday, September 12" for the sources' "Saturday 13 September"), fixed to theirs."""
    if ctx.kb.dates_with_part(f"monthday:{d.month}-{d.day}", 0):
        return None  # the sources write the draft's day: the weekday may be the slip
    written = dt.date(year, d.month, d.day)
    near = []
    for delta in (k for k in range(-6, 7) if k):
        day = written + dt.timedelta(days=delta)
        if day.weekday() != d.weekday:
            continue
        given = ctx.kb.dates_giving(f"monthday:{day.month}-{day.day}", {}, 0.0)
        facts = [f for ids in given.values() for i in ids if (f := ctx.kb.dates[i]).role != ISSUE and f.year in (None, year)]
        if facts:
            near.append((day, facts[0]))
    if len(near) != 1:
        return None
    day, fact = near[0]
    draft_md = ctx.document.text[d.monthday_span[0] : d.monthday_span[1]]
    if draft_md.isdigit():
        return None
    return _hit(d.monthday_span, draft_md, fact, _monthday_as_written(day.month, day.day, draft_md), "date", True)


def _the_days_year(ctx: CheckContext, d: DateMention) -> Hit | None:
    """A weekday, day and year that do not fit, where the sources give that weekday and day in one
    other year, which the calendar fits: the year is the slip ("Thursday, September 20, 2028" for
    the sources' "Thursday 20 September 2029"), fixed to theirs."""
    if not d.year or d.year_span is None:
        return None
    given = ctx.kb.dates_giving(f"monthday:{d.month}-{d.day}", {}, 0.0)
    facts: list[DateFact] = []
    for f in (ctx.kb.dates[i] for ids in given.values() for i in ids):
        if f.year == d.year:
            return None  # a source gives the day in the draft's year too: the year is no slip
        if f.role != ISSUE and f.weekday == d.weekday and f.year is not None:
            facts.append(f)
    years = {f.year for f in facts}
    if len(years) != 1:
        return None
    year = years.pop()
    if (real := safe_date(year, d.month, d.day)) is None or real.weekday() != d.weekday:
        return None
    return _hit(d.year_span, str(d.year), facts[0], str(year), "year", True)


KIND = CheckKind("date-mismatch", date_mismatch, DateMismatchParams)
