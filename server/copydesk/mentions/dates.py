"""Dates, weekdays, years and relative dates, resolved against the dateline where there is one."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from copydesk.document import (
    DMY_DATE,
    ISO_DATE,
    MONTHS,
    Document,
    Sentence,
    numeric_date,
    numeric_order,
    safe_date,
)
from copydesk.lexicon import (
    CLAUSE_MARKS,
    EVENT_OPENERS,
    IRREGULAR_PAST,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    REPORTING_VERBS,
    STOPWORDS,
    WEEKDAYS,
    fold,
    weekday_index,
)

_WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (r"(January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_ORD = r"(?:st|nd|rd|th)?"
# a day in words, as a day only before "of": "the sixth of June", not "the second May election"
_DAY_WORD = "(?i:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")(?=\s+of\s)"
# before a date only, a weekday may be shortened: "Thu 7 May", "Fri 30/04/2032" (not "the Sun" alone)
_WD_BEFORE_A_DATE = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?<![Tt]he\s)(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?)"  # not "the Sun"
_DATE_RE = re.compile(
    rf"(?:\b{_WD_BEFORE_A_DATE},?\s+(?:the\s+)?)?"
    rf"(?:\b{_MON}\s+(\d{{1,2}}){_ORD}\b|\b(\d{{1,2}}{_ORD}|{_DAY_WORD})\s+(?:of\s+)?{_MON}(?![A-Za-z]))"  # not "3 Market Row"
    rf"(?:,?\s+(\d{{4}})\b)?"
)
_WEEKDAY_RE = re.compile(rf"\b{_WD}\b")
# a year before 1800 after a preposition of time, and no count ("in 1624 and", "since 1711.", not "in
# 1500 homes" nor "by 1,200")
_OLD_YEAR_RE = re.compile(r"\b(?:in|since|from|until|till|by|circa|c\.)[ \t]+(1[0-7]\d\d)\b(?![.,]\d)"
                          r"(?=[ \t]*(?:[,.;:)]|$|and\b|or\b|to\b|when\b|but\b|after\b|before\b|as\b|by\b|for\b|at\b))")
_YEAR_SPAN_RE = re.compile(r"(?<![\d$€£.,:/-])\b(1[89]\d\d|20\d\d)-(1[89]\d\d|20\d\d)\b(?![-/.]\d)")
_YEAR_RE = re.compile(r"(?<![\d$€£.,:/-])\b(1[89]\d\d|20\d\d)\b(?![.,]\d|[-/:]\d|\s*(?:%|percent|per cent))")
_RELATIVE_RE = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|(?:last|this|next)\s+(?:week|month|year|weekend)|earlier this (?:week|month|year)"
    r"|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
    re.I,
)
_DAY_SHIFT = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "tomorrow": 1}
_SECOND_DAY = re.compile(r"\s*(?:and|or|&|to|-|\u2013)\s*(?P<day>\d{1,2})\b(?!\s*(?:[%.:,]\d|[A-Za-z]))")
_FIRST_DAY = re.compile(r"(?<![\d.,:])\b(?P<day>\d{1,2})\s*(?:and|or|&|to|-|\u2013)\s*$")
_LISTED_DAY = re.compile(r"(?<![\d.,:])\b(?P<day>\d{1,2}),[ \t]*$")  # a day listed before the others of its month
_MONTH_YEAR_RE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+(1[89]\d\d|20\d\d)\b"
)
_MONTH_ONLY_RE = re.compile(
    r"\b(?:(?:in|since|until|by|from|during|[Bb]etween|early|late|mid|this|next|last|(?:start|end|beginning|middle)\s+of)\s+|mid-)"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)
# what joins a span's two ends: "July to December", "July and December", "July-December"
SPAN_JOINER = r"\s*(?:to|and|until|till|through|-|\u2013)\s*"
# the second month of a span of months: "from July to December", "between July and December"
_MONTH_SPAN_END_RE = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    + SPAN_JOINER +
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)
# the first month of a span whose second month has the year: "March to July 2031" is March 2031
_MONTH_TO_MONTH_YEAR_RE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s*(?:to|until|through|-|\u2013)\s*(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+(1[89]\d\d|20\d\d)\b"
)
_FUTURE = re.compile(r"\b(will|would|shall|due|scheduled|set to|plans?|planned|next|expected|is to|are to|to be"
                     r"|takes?\s+effect|(?:comes?|go|goes)\s+into\s+(?:force|effect))\b",
                     re.I)  # "to take effect on Friday", "which comes into force on Monday": ahead
# A past-tense word: one of these, or any word of three letters or more ending in "ed", in any case.
# Looked up word by word (a set and a suffix), not as one alternation of ~60 words and `\w+ed`
# tried at every word: the same words, found in a fraction of the time.
_PAST_WORDS = frozenset({"said", "told", "was", "were", "had", "did", "held", "met", "announced", "agreed", "reported",
                         "published", *(w.lower() for w in IRREGULAR_PAST)})
# words ending in "-ed" that are no past tense: verbs whose own stem ends so ("will succeed"), a
# number word ("two hundred"), adjectives ("sacred")
_NOT_PAST = frozenset({"succeed", "proceed", "exceed", "need", "feed", "seed", "heed", "speed", "breed", "bleed",
                       "indeed", "embed", "shed", "bed", "red", "hundred", "sacred", "kindred", "naked", "wicked",
                       "wretched", "rugged", "ragged", "jagged", "crooked", "hatred", "creed", "greed", "deed", "reed"})
_WORD_RUN = re.compile(r"\w+")


# What every date pattern below needs somewhere in its match: a digit, a month's first three
# letters, a weekday's or "today"'s "day", or a relative date's unit (in any case). A sentence
# without any has no date, and its seven searches are skipped; each is asked apart (a digit, a
# month, a unit in the lower-case sentence), faster than one pattern of them all with a
# case-insensitive part. What each family of patterns needs, likewise: a sentence with a date has
# seldom more than one kind, and each search skipped is a pass over the sentence saved.
_DIGIT = re.compile(r"\d")  # days, years and numeric dates
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # every month pattern (case-sensitive)
# the year before the one its sentence writes: "in 2031 from 1.67 million a year earlier"
_YEAR_BEFORE_RE = re.compile(r"\b(?:(?:a|one)\s+year\s+(?:earlier|before)|the\s+(?:previous|prior|preceding)\s+year"
                             r"|the\s+year\s+before)\b", re.I)
_RELATIVE_UNITS = ("day", "tomorrow", "week", "month", "year", "night", "morning", "afternoon", "evening")  # what
# _RELATIVE_RE needs (in lower case)
_CENTURIES = ("18", "19", "20")  # what _YEAR_RE needs: a year's first two digits


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    sentence: int
    kind: str  # "date" | "weekday" | "month" | "year" | "relative"
    weekday: int | None = None
    weekday_span: tuple[int, int] | None = None
    month: int | None = None
    day: int | None = None
    monthday_span: tuple[int, int] | None = None
    year: int | None = None
    year_span: tuple[int, int] | None = None
    relative: str | None = None
    date: dt.date | None = None  # the resolved calendar date
    anchor: frozenset[str] = frozenset()  # for a bare year: the words it dates
    role: str = "event"  # REPORT for the date of a statement ("said on Tuesday"), else EVENT
    tense: str = ""  # "past" or "future": the tense nearest before it in its sentence, if any

    def moved(self, chars: int, sentences: int) -> DateMention:
        """This mention where its paragraph now lies (see mentions.paragraphs)."""
        return DateMention(self.start + chars, self.end + chars, self.text, self.sentence + sentences, self.kind,
                           self.weekday, _moved(self.weekday_span, chars), self.month, self.day,
                           _moved(self.monthday_span, chars), self.year, _moved(self.year_span, chars), self.relative,
                           self.date, self.anchor, self.role, self.tense)


def _moved(span: tuple[int, int] | None, chars: int) -> tuple[int, int] | None:
    return (span[0] + chars, span[1] + chars) if span is not None else None


_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.I)


def pin_weekdays(dates: list[DateMention], prose: str) -> list[DateMention]:
    """Each bare weekday on the date its own document writes that weekday with ("Thursday 13
    November", a table's "Thursday | 13 Nov"), where it writes one such date within a week of the
    weekday's own reading, or the weekday has none: a forecast issued on a Sunday means the coming
    Thursday by "until midday Thursday", not the one before."""
    pinned: dict[int, set[dt.date]] = {}
    for d, after in zip(dates, [*dates[1:], None]):
        if d.kind == "date" and d.weekday is not None and d.date is not None and d.date.weekday() == d.weekday:
            pinned.setdefault(d.weekday, set()).add(d.date)
        elif d.kind == "weekday" and after is not None and after.kind == "date" and after.weekday is None \
                and after.date is not None and after.date.weekday() == d.weekday \
                and _CELL_GAP.fullmatch(prose, d.end, after.start):
            pinned.setdefault(d.weekday, set()).add(after.date)  # a table's row: "Thursday | 13 Nov"
    if not pinned:
        return dates
    out = []
    for d in dates:
        days = pinned.get(d.weekday) if d.kind == "weekday" and d.weekday is not None else None
        if days and len(days) == 1 and (day := next(iter(days))) != d.date and (
                d.date is None or abs((day - d.date).days) <= 7):
            d = replace(d, date=day)
        out.append(d)
    return out


_CELL_GAP = re.compile(r"[\s|,;:]*")  # between a weekday and its date in a table's row or a list


def _day(written: str) -> int:
    """A day of the month as written: "14", "14th", "fourteenth"."""
    return int(written.rstrip("stndrh")) if written[0].isdigit() else ORDINAL_WORDS[written.lower()]


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key, MONTHS.get(key[:3], 0))


def resolve_weekday(weekday: int, reference: dt.date, sentence: str, at: int | None = None) -> dt.date:
    """The date a weekday names, seen from `reference`: ahead for future tense, back for past.
    The tense is the one nearest before the weekday at `at` in `sentence` (else the nearest after):
    in "began on Monday and is due to end on Thursday", Monday is past and Thursday ahead."""
    ahead = (weekday - reference.weekday()) % 7
    behind = (reference.weekday() - weekday) % 7
    tense = _tense(sentence, at)
    if tense == "future":
        return reference + dt.timedelta(days=ahead)
    if tense == "past":
        return reference - dt.timedelta(days=behind)
    return reference + dt.timedelta(days=ahead) if ahead <= behind else reference - dt.timedelta(days=behind)


def _tense(sentence: str, at: int | None) -> str | None:
    marks = _tense_marks(sentence)
    if not marks:
        return None
    if at is None:
        return "future" if any(t == "future" for _, t in marks) else "past"
    before = [(p, t) for p, t in marks if p < at]
    if before and _EARLIER_CLAUSE.search(sentence, before[-1][0], at):
        # "will be free next May after a panel on Tuesday cut her ban": the clause after "after"
        # has a tense of its own, told by a verb right after the date or not at all
        return next((t for p, t in marks if at <= p < at + _VERB_REACH), None)
    return before[-1][1] if before else marks[0][1]


def _habitual(text: str, m: re.Match) -> bool:
    """Whether a weekday names a kind of day's dealings, no day: "with Sunday trading", "a Saturday
    bus service" (but not "on Sunday", nor "with Sunday morning's storm"; and "every Tuesday
    evening" is a weekday a source may give otherwise: "every Wednesday evening")."""
    return bool(_KIND_BEFORE.search(text, max(0, m.start() - 6), m.start())) and bool(_KIND_AFTER.match(text, m.end()))


_KIND_BEFORE = re.compile(r"\b(?:with|a|an|no)\s+$", re.I)  # "with Sunday trading", "a Saturday service"
_KIND_AFTER = re.compile(r"\s+(?!(?:morning|afternoon|evening|night|lunchtime|overnight)\b)[a-z]")


# a clause of what came earlier or brought it about, inside a sentence of any tense
_EARLIER_CLAUSE = re.compile(r"\b(?:after|since|because|once)\b", re.I)
_VERB_REACH = 20  # characters after a date its clause's verb is read in ("on Tuesday ruled")


def tense_before(sentence: str, at: int) -> str | None:
    """The tense of the last verb before `at` that shows one ("shares fell on Wednesday": past),
    None where none does ("On Friday the museum opens ... devoted to": none before)."""
    before = [t for p, t in _tense_marks(sentence) if p < at]
    return before[-1] if before else None


@lru_cache(maxsize=1024)
def _tense_marks(sentence: str) -> list[tuple[int, str]]:
    """Where a sentence's verbs say future or past, in order. Remembered: each date of a sentence
    asks (read only, never changed)."""
    # a capitalized word inside a sentence names something: "the Housing Delivery Plan" plans nothing
    found = [m for m in _FUTURE.finditer(sentence) if not (m.start() and m.group()[0].isupper())]
    # "met for a scheduled review", "the planned strike": a word of the future made an adjective
    # tells no tense, past or future
    said = [m for m in found if not _DESCRIBED.search(sentence, max(0, m.start() - _DESCRIBED_REACH), m.start())]
    future = [(m.start(), "future") for m in said]
    ahead = {m.start() for m in found}  # "expected to restore", "planned": the future they speak of
    words = list(_WORD_RUN.finditer(sentence))
    return sorted(future + [(m.start(), "past") for i, m in enumerate(words) if m.start() not in ahead
                            and ((w := m.group().lower()) in _PAST_WORDS
                                 or (len(w) >= 3 and w.endswith("ed") and w not in _NOT_PAST))
                            and not (i and words[i - 1].group().lower() in _PRESENT_BE)
                            and not _graded(words, i)])


def _graded(words: list[re.Match], i: int) -> bool:
    """Whether the participle at `i` is graded as an adjective is ("the most heavily patched roads",
    "more crowded trains"): a degree word before it, or before the adverb before it; no verb's past."""
    before = [w.group().lower() for w in words[max(0, i - 2) : i]]
    return bool(before) and (before[-1] in _DEGREE or (len(before) == 2 and before[0] in _DEGREE
                                                       and before[1].endswith("ly")))


_DEGREE = frozenset({"most", "more", "least", "less", "very"})


_DESCRIBED = re.compile(r"\b(?:a|an|the|its|his|her|their|our|this|that)\s+$", re.I)
_DESCRIBED_REACH = 8  # characters before a word read for the determiner that makes it an adjective


# a participle after these is a passive of now or of what must be ("must be kept indoors", "are
# housed"), no past; after "was", "were" or "been" it is past, which those words say already
_PRESENT_BE = frozenset({"be", "being", "is", "are", "am"})


# a month's or a weekday's name in capitals (same length as it is read: offsets hold)
_SHOUTED_CALENDAR = re.compile(r"\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MARCH|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
                               r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?"
                               r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b")


def extract_dates(doc: Document, sentences: list[Sentence] | None = None) -> list[DateMention]:
    """The dates of the draft's sentences (or of `sentences`, a paragraph's), by start."""
    dateline = doc.dateline.date if doc.dateline else None
    section_starts, section_days = _dated_sections(doc.prose, doc.dateline.end if doc.dateline else 0,
                                                   dateline.year if dateline else None)
    out: list[DateMention] = []
    numeric = ((ISO_DATE, lambda m: safe_date(int(m[1]), int(m[2]), int(m[3]))),  # 2030-03-05
               (DMY_DATE, lambda m: numeric_date(m, numeric_order(doc.prose))))  # 05-03-2030, 4/6/2032, in its document's order
    for s in doc.sentences if sentences is None else sentences:
        section = bisect.bisect_right(section_starts, s.start) - 1
        reference = section_days[section] if section >= 0 else dateline
        text = doc.prose[s.start : s.end]
        if _SHOUTED_CALENDAR.search(text):  # "THURSDAY 16 OCTOBER": a diary's heading, read as written small
            text = _SHOUTED_CALENDAR.sub(lambda m: m.group().capitalize(), text)
        digit = _DIGIT.search(text) is not None
        month = _MONTH_HINT.search(text) is not None
        lower = text.lower()
        if not (digit or month or any(u in lower for u in _RELATIVE_UNITS)):
            continue  # no digit, month or unit: no date
        first = len(out)
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int, taken: list[tuple[int, int]] = taken) -> bool:
            return all(b <= x or a >= y for x, y in taken)

        for m in _DATE_RE.finditer(text) if month and (digit or " of " in text) else ():
            base = s.start
            wd = m.group(1)
            mon, written = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
            month, day = _month(mon), _day(written)
            if not month or not 1 <= day <= 31:
                continue
            year = int(m.group(6)) if m.group(6) else None
            md_start = base + (m.start(2) if m.group(2) else m.start(4))
            md_end = base + (m.end(3) if m.group(2) else m.end(5))
            mention = DateMention(base + m.start(), base + m.end(), m.group(), s.index, "date", month=month, day=int(day),
                                  monthday_span=(md_start, md_end))
            if wd:
                mention.weekday = weekday_index(wd)
                mention.weekday_span = (base + m.start(1), base + m.end(1) - wd.endswith("."))
            if year:
                mention.year = year
                mention.year_span = (base + m.start(6), base + m.end(6))
            y = year or (reference.year if reference else None)
            if y and not year and (said := _YEAR_AFTER.match(text, m.end())):
                y += _YEAR_SHIFT[" ".join(said.group(1).lower().split())]  # "June 14 last year"
            if y:
                mention.date = safe_date(y, month, int(day))
            out.append(mention)
            taken.append((m.start(), m.end()))
            # the other day of a pair in one month: "May 27 and 29", "27 and 28 May", "5 or 6 March"
            other = _SECOND_DAY.match(text, md_end - base) if m.group(2) else _FIRST_DAY.search(text, 0, m.start())
            while other is not None and 1 <= int(other.group("day")) <= 31 and free(*other.span("day")):
                a, b = other.span("day")
                second = DateMention(base + a, base + b, other.group("day"), s.index, "date", month=month,
                                     day=int(other.group("day")), monthday_span=(base + a, base + b), year=year)
                second.date = safe_date(y, month, second.day) if y else None
                out.append(second)
                taken.append((a, b))
                # the days listed before them: "6, 7, 8 and 9 September"
                other = None if m.group(2) else _LISTED_DAY.search(text, 0, a)
        for rx, parse in numeric if digit else ():
            for m in rx.finditer(text):
                d = parse(m)
                if d and free(m.start(), m.end()):
                    span = (s.start + m.start(), s.start + m.end())
                    out.append(DateMention(*span, m.group(), s.index, "date", month=d.month, day=d.day, year=d.year,
                                           date=d, monthday_span=span))
                    taken.append((m.start(), m.end()))
        for m in _WEEKDAY_RE.finditer(text) if "day" in text else ():
            if not free(m.start(), m.end()) or _habitual(text, m):
                continue
            wd = WEEKDAYS.index(m.group(1).lower())
            span = (s.start + m.start(), s.start + m.end())
            mention = DateMention(*span, m.group(), s.index, "weekday", weekday=wd, weekday_span=span)
            if reference and not _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                # (not "on the Saturday": a day of the span or week the text names, "from 6 to 8
                # July", not of its dateline's week)
                mention.date = resolve_weekday(wd, reference, text, m.start())
            out.append(mention)
        for m in _MONTH_YEAR_RE.finditer(text) if digit and month else ():  # "in October 2026"
            if not free(m.start(), m.end()):
                continue
            span = (s.start + m.start(), s.start + m.end())
            out.append(DateMention(*span, m.group(), s.index, "month", month=_month(m.group(1)),
                                   monthday_span=(s.start + m.start(1), s.start + m.end(1)), year=int(m.group(2)),
                                   year_span=(s.start + m.start(2), s.start + m.end(2)),
                                   anchor=_year_anchor(text, m.start(), m.end())))
            taken.append((m.start(), m.end()))
        for m in _MONTH_TO_MONTH_YEAR_RE.finditer(text) if digit and month else ():
            if free(m.start(1), m.end(1)):
                span = (s.start + m.start(1), s.start + m.end(1))
                out.append(DateMention(*span, m.group(1), s.index, "month", month=_month(m.group(1)), monthday_span=span,
                                       year=int(m.group(2)), anchor=_year_anchor(text, m.start(), m.end())))
                taken.append((m.start(1), m.end(1)))
        for m in _YEAR_RE.finditer(text) if digit and any(c in text for c in _CENTURIES) else ():
            if not free(m.start(), m.end()):
                continue
            span = (s.start + m.start(), s.start + m.end())
            out.append(DateMention(*span, m.group(), s.index, "year", year=int(m.group()), year_span=span,
                                   anchor=_year_anchor(text, m.start(), m.end())))
        for m in _OLD_YEAR_RE.finditer(text) if digit and " 1" in text else ():
            if not free(m.start(1), m.end(1)):
                continue  # "cast in 1624", "since 1711": a year before 1800, where a preposition of time says so
            span = (s.start + m.start(1), s.start + m.end(1))
            out.append(DateMention(*span, m.group(1), s.index, "year", year=int(m.group(1)), year_span=span,
                                   anchor=_year_anchor(text, m.start(1), m.end(1))))
        for m in _YEAR_SPAN_RE.finditer(text) if digit and "-" in text else ():
            if int(m[2]) <= int(m[1]) or not free(m.start(), m.end()):
                continue  # "1800-1900" (with a dash, the years are read above): each a year of the span
            for g in (1, 2):
                span = (s.start + m.start(g), s.start + m.end(g))
                out.append(DateMention(*span, m[g], s.index, "year", year=int(m[g]), year_span=span,
                                       anchor=_year_anchor(text, m.start(), m.end())))
        for m in itertools.chain(_MONTH_ONLY_RE.finditer(text), _MONTH_SPAN_END_RE.finditer(text)) if month else ():
            if not free(m.start(1), m.end(1)):
                continue
            span = (s.start + m.start(1), s.start + m.end(1))
            out.append(DateMention(*span, m.group(1), s.index, "month", month=_month(m.group(1)), monthday_span=span))
            taken.append((m.start(1), m.end(1)))
        for m in _RELATIVE_RE.finditer(text) if any(u in lower for u in _RELATIVE_UNITS) else ():
            span = (s.start + m.start(), s.start + m.end())
            relative = " ".join(m.group().lower().split())
            shift = _YEAR_SHIFT.get(relative)
            if reference and shift is not None:  # "next year" is a year, seen from the dateline
                out.append(DateMention(*span, m.group(), s.index, "year", year=reference.year + shift, relative=relative,
                                       anchor=_year_anchor(text, m.start(), m.end(), loose=True)))
            else:  # "today" is the dateline's day (what a source dates by it; a draft's are never checked)
                days = _DAY_SHIFT.get(relative)
                day = reference + dt.timedelta(days=days) if reference and days is not None else None
                out.append(DateMention(*span, m.group(), s.index, "relative", date=day, relative=relative))
        for m in _YEAR_BEFORE_RE.finditer(text) if "year" in lower else ():
            # "rose to 2.68 million in 2031 from 1.67 million a year earlier": 2030, the sentence's year less one
            years = {x.year for x in out[first:] if x.year and x.start < s.start + m.start() and not x.relative}
            if len(years) == 1 and free(m.start(), m.end()):
                span = (s.start + m.start(), s.start + m.end())
                out.append(DateMention(*span, m.group(), s.index, "year", year=years.pop() - 1,
                                       relative=" ".join(m.group().lower().split()),
                                       anchor=_year_anchor(text, m.start(), m.end(), loose=True)))
        for d in out[first:]:
            d.role, d.tense = date_role(text, d.start - s.start, d.end - s.start), _tense(text, d.start - s.start) or ""
            if reference and d.kind == "date" and d.year is None and d.date is not None:
                d.date = _in_its_tense(d, clause_tense(text, d.start - s.start), reference)
    out.sort(key=lambda d: d.start)
    return out


_A_MONTH = dt.timedelta(days=31)


# where a clause ends: a verb across one tells another clause's time ("announced a tour, which opens on ...")
_CLAUSE_EDGE = re.compile(rf"{CLAUSE_MARKS}|{EVENT_OPENERS}|\b(?:and|but|which|who|that|where)\b", re.I)


def clause_tense(sentence: str, at: int) -> str | None:
    """The tense of the verb nearest before `at` in its own clause ("filed for protection on Sept.
    8"), else None: "announced a tour, which opens on September 23" tells no past of September 23."""
    before = [(p, t) for p, t in _tense_marks(sentence) if p < at]
    if not before or _CLAUSE_EDGE.search(sentence, before[-1][0], at):
        return None
    return before[-1][1]


@lru_cache(maxsize=16)
def _dated_sections(prose: str, after: int, year: int | None) -> tuple[tuple[int, ...], tuple[dt.date, ...]]:
    """Where a page's dated sections begin after its dateline, and their days: a live page's "UPDATE
    10.35pm, Tuesday 16 March: FOUND SAFE" over its update, whose "this evening" is that Tuesday,
    not the "First published: Monday 15 March" day. A section's heading is a paragraph of one short
    line, no sentence, that writes one day; a page has two or more of them, or none (one such line
    is a headline's event, not a section's day)."""
    starts: list[int] = []
    days: list[dt.date] = []
    for brk in _PARAGRAPH_BREAK.finditer(prose, after):  # a literal "\n" first: a fast scan
        begin = brk.end()
        end = prose.find("\n", begin)
        end = len(prose) if end < 0 else end
        if not _HEADING_CHARS[0] <= end - begin <= _HEADING_CHARS[1] or not _ONE_LINE_AFTER.match(prose, end):
            continue  # a heading is a paragraph of one short line
        line = prose[begin:end].strip(" \t*_#>")
        if not (_MONTH_HINT.search(line) or _SHOUTED_CALENDAR.search(line)):
            continue
        heading = _SHOUTED_CALENDAR.sub(lambda m: m.group().capitalize(), line)
        if heading.endswith(".") or len(heading.split()) > _HEADING_WORDS:
            continue
        dates = list(_DATE_RE.finditer(heading))
        if len(dates) != 1 or not (written_year := dates[0].group(6) or year):
            continue
        m = dates[0]
        month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
        if (on := safe_date(int(written_year), _month(month), _day(day))) is not None:
            starts.append(begin)
            days.append(on)
    return (tuple(starts), tuple(days)) if len(starts) >= _SECTIONS else ((), ())


# a paragraph of one line: a section's heading, maybe ("UPDATE 3.20pm, Tuesday 16 March: new sighting")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_ONE_LINE_AFTER = re.compile(r"\n?\Z|\n[ \t]*\n")  # what ends a paragraph of one line
_HEADING_CHARS = (4, 90)
_HEADING_WORDS = 12  # words a section's heading writes at most
_SECTIONS = 2  # dated headings a page of dated sections has at least


def year_shift_of_tense(day: dt.date, tense: str | None, reference: dt.date) -> int:
    """The years a day read in the dateline's year moves by its tense: back one when told in the
    past and more than a month after the dateline, on one when told in the future and more than a
    month before."""
    return -1 if tense == "past" and day > reference + _A_MONTH else \
        1 if tense == "future" and day < reference - _A_MONTH else 0


def _in_its_tense(d: DateMention, tense: str | None, reference: dt.date) -> dt.date:
    """A day without a year, read in the dateline's year, moved a year back when its clause tells
    it in the past and it falls more than a month after the dateline ("filed for protection on
    Sept. 8" in April is last September), or on when in the future and more than a month before
    ("is due to open on March 3" in November); with a weekday, only where the weekday fits the
    year moved to and not the dateline's; a weekday that fits the year after the dateline's or the
    one before, and not the dateline's, moves it there whatever the tense."""
    assert d.date is not None
    shift = year_shift_of_tense(d.date, tense, reference)
    moved = safe_date(d.date.year + shift, d.date.month, d.date.day) if shift else None
    if moved is None or (d.weekday is not None and (d.date.weekday() == d.weekday or moved.weekday() != d.weekday)):
        if d.weekday is not None and d.date.weekday() != d.weekday:
            # "ends on Saturday 21 July" in a November release: the year its weekday fits, next or last
            return next((day for k in (1, -1) if (day := safe_date(d.date.year + k, d.date.month, d.date.day))
                         is not None and day.weekday() == d.weekday), d.date)
        return d.date
    return moved


_YEAR_SHIFT = {"last year": -1, "this year": 0, "next year": 1}
_YEAR_AFTER = re.compile(r",?[ \t]+((?:last|this|next)[ \t]+year)\b", re.I)  # "on June 14 last year"
_COUNTS = {"a": 1, "an": 1, "one": 1, "the": 1, **{w: n for w, n in NUMBER_WORDS.items() if 2 <= n <= 10}}
_DAYS_APART = re.compile(r"[ \t]*,?[ \t]*((" + "|".join(_COUNTS) + r"|\d{1,2})[ \t]+(day|days|week|weeks)[ \t]+(after|before))\b", re.I)


@dataclass(frozen=True)
class DaysApart:
    """The date of an event a date is counted from: in "on Wednesday, a day after the company
    announced the recall", the announcement is on the Tuesday."""

    start: int  # the span of "a day after"
    end: int
    text: str
    weekday: int
    date: dt.date | None
    role: str  # REPORT where the event counted from is a statement, else EVENT


def counts_days(text: str) -> bool:
    """Whether a date's words are a day counted from another ("the day before", "two days after"),
    as `days_apart` dates them."""
    return _DAYS_APART.fullmatch(text) is not None


def days_apart(doc: Document, d: DateMention) -> DaysApart | None:
    """The event `d` is counted from by the words right after it ("..., two days after ..."),
    dated as far as `d` is (a weekday, or a full date); None where no such words follow."""
    m = _DAYS_APART.match(doc.prose, d.end)
    if m is None or (d.weekday is None and d.date is None):
        return None
    word = m.group(2).lower()
    days = (int(word) if word.isdigit() else _COUNTS[word]) * (7 if m.group(3).lower().startswith("week") else 1)
    shift = -days if m.group(4).lower() == "after" else days  # "Wednesday, a day after X": X is a day earlier
    date = d.date + dt.timedelta(days=shift) if d.date else None
    weekday = date.weekday() if date else (d.weekday + shift) % 7  # type: ignore[operator]
    clause = _CLAUSE_END.split(doc.prose[m.end() : m.end() + 200], maxsplit=1)[0]
    said = any(w.lower() in _REPORT_WORDS for w in _WORD.findall(clause)[:8])  # "after the company announced"
    return DaysApart(m.start(1), m.end(1), m.group(1), weekday, date, REPORT if said else EVENT)


REPORT = "report"  # a date of a statement: "said on Tuesday", "in a statement issued on Monday"
EVENT = "event"
ISSUE = "issue"  # a source's own date, for the news its lede tells without one (see `dateline_dated`)
_REPORT_WORDS = REPORTING_VERBS | {"statement", "statements", "announcement", "interview", "briefing", "release", "issued",
                                   "tweet", "letter", "filing", "press", "conference", "spokesman", "spokeswoman",
                                   "spokesperson", "reporters"}
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_CLAUSE_END = re.compile(CLAUSE_MARKS)
_REPORTED_CLAUSE_START = re.compile(f"{CLAUSE_MARKS}|[\"“”]|\\bthat\\b")  # "said on Tuesday that ..."


_SPAN_STARTS = "from|since|between"  # words that open a span of time
_SPAN_ENDS = "to|until|till|through"  # and that close one
# a change starts a span on the day it takes effect ("comes into force on April 1" is "from 1 April"),
# and what was first done on a day has gone on since ("first picked on August 26": "picked since")
_START_BEFORE = re.compile(rf"\b(?:{_SPAN_STARTS}|starting|beginning|opens?|opening|into\s+force|effect|effective"
                           r"|first\s+[a-z]+ed)\s+(?:on\s+)?$", re.I)
_END_BEFORE = re.compile(rf"\b(?:{_SPAN_ENDS}|ending|closes?|closing)\s+(?:on\s+)?$", re.I)
_SPAN_BEFORE = re.compile(rf"\b(?:{_SPAN_STARTS}|{_SPAN_ENDS})\s+(?:on\s+)?$", re.I)


def date_bound(before: str) -> str:
    """ "start" for a date that opens a span ("from 12 March"), "end" for one that closes it ("to
    25 April", "until Friday"), else "": read from the text right `before` the date."""
    tail = before[-20:]
    if _START_BEFORE.search(tail):
        return "start"
    return "end" if _END_BEFORE.search(tail) or _BETWEEN_END.search(before[-45:]) else ""


_BETWEEN_END = re.compile(r"\bbetween\b[^.;!?]{1,30}\band\s+(?:on\s+)?$", re.I)  # "between 1 May and 3 June"


def bounds_a_span(before: str) -> bool:
    """Whether a date bounds a span of time ("backdated to 17 March", "from 1 January", "between 1
    May and 3 June"), as a day something opens or closes on ("opens on Thursday") does not: read
    from the text right `before` the date."""
    tail = before[-45:]
    return bool(_SPAN_BEFORE.search(tail) or _BETWEEN_END.search(tail))


def date_role(text: str, start: int, end: int | None = None) -> str:
    """REPORT when one of the two nearest words before a date (in its clause, leaving out function
    words and names) says something was said, or, for a date opening its sentence (`end` given),
    when the first verb after it is a verb of saying; else EVENT. "The ministry said on Tuesday
    that the talks begin on Thursday": Tuesday dates the statement, Thursday the talks; "On
    Wednesday afternoon his mother pleaded with him" dates her plea, "On Tuesday the bridge
    collapsed, police said" the collapse."""
    clause = _REPORTED_CLAUSE_START.split(text[:start])[-1]
    words = [m.group() for m in _WORD.finditer(clause)]
    content = [w for w in words if w.islower() and (w not in STOPWORDS or w in _REPORT_WORDS)
               and w not in _TIME_WORDS][-2:]
    if any(w in _REPORT_WORDS for w in content):
        return REPORT
    if end is not None and all(w.lower() in ("on", "early", "late", "later") for w in words):
        after = (m.group() for m in _WORD.finditer(text, end, min(len(text), end + 120)))
        verb = next((w for w in after if w.islower() and (w in _PAST_WORDS or (len(w) > 4 and w.endswith("ed")))), None)
        if verb is not None and verb in REPORTING_VERBS:
            return REPORT
    return EVENT


_TIME_WORDS = {"morning", "afternoon", "evening", "night", "early", "late", "a.m", "p.m", "am", "pm", "noon", "midnight"}


def _year_anchor(text: str, start: int, end: int, loose: bool = False) -> frozenset[str]:
    """The words a bare year dates, within its clause: "the 2015 deal" -> deal; "abandoned it in
    2018" -> abandoned; "by the end of 2029" -> end; `loose` (a year without a preposition: "opens
    next year") -> the words before it; a year alone in brackets after a title ('"The Salt
    Gatherers" (1887)') -> the title's words."""
    if (bracketed := _BRACKETED_AFTER_TITLE.search(text, max(0, start - 80), end)) is not None and bracketed.end() == end:
        return frozenset(fold(w) for w in re.findall(r"[A-Za-z][\w'-]*", bracketed["title"]) if w.lower() not in STOPWORDS)
    # (not across a line's end: "Elected FMedSci, 1999" over "CBE, 2003" in a list of honours)
    after = re.findall(r"[A-Za-z][\w'-]*", re.split(r"[,.;:!?()\n]", text[end : end + 40])[0])[:2]
    before = re.findall(r"[A-Za-z][\w'-]*", re.split(r"[,.;:!?()]", text[max(0, start - 40) : start])[-1])[-3:]
    words = set()
    if after and after[0].lower() not in STOPWORDS:
        words.update(fold(w) for w in after if w.lower() not in STOPWORDS)
    if (part := _PART_OF_YEAR_BEFORE.search(text, max(0, start - 40), start)) is not None:
        # "joining Tarrow Rovers in the summer of 2027", "signed in early 2027": the season
        # and what the year dates, as "joined Tarrow Rovers in 2027" gives it
        if part["season"]:
            words.add(fold(part["season"]))
        dated = re.findall(r"[A-Za-z][\w'-]*", re.split(r"[,.;:!?()]", text[max(0, part.start() - 40) : part.start()])[-1])
        words.update(fold(w) for w in dated[-2:] if w.lower() not in STOPWORDS)
    elif before and before[-1].lower() in ("in", "since", "until", "by", "from", "of"):
        words.update(fold(w) for w in before[:-1] if w.lower() not in STOPWORDS)
    elif loose:
        words.update(fold(w) for w in before[-2:] if w.lower() not in STOPWORDS)
    return frozenset(words)


# a part of the year between a year and its preposition: "in the summer of 2027", "in early 2027"
_PART_OF_YEAR_BEFORE = re.compile(r"\b(?:in|during|by|until|since|from)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+"
                                  r"|(?P<season>summer|winter|spring|autumn)\s+(?:of\s+)?)$", re.I)
_BRACKETED_AFTER_TITLE = re.compile(r"[\"“](?P<title>[^\"”\n]{1,60})[\"”]\s*\(\s*\d{4}$")  # '"Dusk" (1887'


_LEDE_SENTENCES = 2  # the sentences of a source's lede its dateline dates
_LEDE_WORDS = 8  # shorter lines are labels and headings, not the lede
_FORM_LABEL = re.compile(r"\s*([A-Za-z][\w'’()-]*(?:[ \t]+[\w'’()-]+){0,3})[ \t]*:\s")  # "Lead author: "
# words that give a sentence a time of its own, other than its document's day, besides the relative
# dates a date mention reads ("yesterday", "tonight": `_RELATIVE_RE`)
_OWN_TIME = re.compile(r"\b(?:overnight|earlier|recently|ago|weekend|"
                       r"(?:last|this|next|previous)\s+(?:night|morning|afternoon|evening|week|month|year|season))\b", re.I)


def dateline_dated(doc: Document, dates: list[DateMention]) -> list[tuple[int, int]]:
    """The sentences of a dated document's lede that its dateline dates: the first two of eight
    words or more after it that give no time of their own (no date, no "yesterday", "overnight"
    or "last week"), up to one that dates its news another day. A
    summary dated Tuesday 11 March that says "the index closed 1.84% lower" tells Tuesday's news;
    "the council voted last night" does not, nor what follows "the council voted on Monday"."""
    line = doc.dateline
    if line is None:
        return []
    out: list[tuple[int, int]] = []
    counted = 0
    for s in doc.sentences:
        if s.end <= line.end:
            continue
        if counted == _LEDE_SENTENCES or s.start > 3000:
            break
        text = doc.prose[s.start : s.end]
        if len(_WORD.findall(text)) < _LEDE_WORDS or ((label := _FORM_LABEL.match(text)) is not None
                                                     and not set(label[1].lower().split()) & REPORTING_VERBS):
            continue  # a heading, or a form's "Author: Ada Moss, chief strategist"
        counted += 1
        own = [d for d in dates if s.start <= d.start < s.end and not (d.start < line.end and line.start < d.end)]
        if any((d.day or d.weekday is not None or d.date) and d.date != line.date and d.weekday != line.date.weekday()
               and not bounds_a_span(doc.prose[max(s.start, d.start - 45) : d.start]) for d in own):
            break  # a lede that dates its news ("said on Monday") dates what follows too, or leaves it undated
        if not own and not _OWN_TIME.search(text):
            out.append((s.start, s.end))
    return out
