"""What the checks read of the sources as a whole, derived once from a built fact base.

Stated dates and years, bands of figures, countries, "X-based" nouns, surnames, every stated
value and the people holding each role word: sums over all sources that no draft changes. The
in-memory `FactBase` derives them when first asked; the fact store writes them at build time
(factstore.py) so that a lazy reader (lazy.py) answers them by a row or an index, never by
reading the archive.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import msgspec

from copydesk.document import in_english_figures
from copydesk.lexicon import fold
from copydesk.mentions.dates import ISSUE
from copydesk.mentions.numbers import IN_PARTS, RANK, SCORE, figures
from copydesk.world import nation_of

if TYPE_CHECKING:
    from copydesk.document import Document
    from copydesk.factbase.model import DateFact, NumberFact
    from copydesk.factbase.query import FactBase

PAIRS_MAX = 12  # counts of one thing in one source sentence combined pairwise (sums, differences, shares)


class StatedDates(msgspec.Struct, array_like=True):
    """What the sources say about dates, part by part."""

    weekdays: set[int] = msgspec.field(default_factory=set)
    monthdays: set[tuple[int, int]] = msgspec.field(default_factory=set)
    months: set[int] = msgspec.field(default_factory=set)
    years: set[int] = msgspec.field(default_factory=set)

    def add(self, date: dt.date) -> None:
        self.weekdays.add(date.weekday())
        self.monthdays.add((date.month, date.day))
        self.months.add(date.month)
        self.years.add(date.year)


class CorpusSummary(msgspec.Struct, array_like=True):
    """The small sums over all sources (one store row): what a check asks of the archive as a whole."""

    sources: int
    facts: tuple[int, int, int]  # how many dates, numbers and quotes
    sentence_count: int
    notes: list[str]
    dates: StatedDates
    date_years: set[int]  # the years of the sources' full dates
    written_years: set[int]  # the years the sources write out ("in 2029")
    ranges: list[tuple[float, float]]  # bands written as such ("1.5%-3.5%"), not roundings nor bounds
    countries: set[str]  # the countries the sources' names and nationalities name
    based_nouns: dict[str, set[int]]  # "a Tarrow-based carrier": noun -> the entities so described


def summarize(kb: FactBase) -> CorpusSummary:
    dates, date_years, written_years, ranges = summary_sets(summary_tally_of(kb))
    return CorpusSummary(
        len(kb.extracts), (len(kb.dates), len(kb.numbers), len(kb.quotes)), kb.sentence_count, list(kb.notes), dates,
        date_years, written_years, ranges, _countries(kb),
        _based_nouns(kb))


def _countries(kb: FactBase) -> set[str]:
    """The countries and home nations (GB-SCT) the sources name: as a name ("Sweden", "the Swede",
    "Scotland", which names the United Kingdom too), as the place a body's name opens with ("Quito
    Zoo": Ecuador's capital), or as what they give an entity ("Frenchman Ivo Pent", "Spanish
    drugmaker Harbourline")."""
    named = {c for e in kb.entities for a in e.aliases if (c := _nation_of_name(a, e.kind != "person"))}
    named |= {c for e in kb.entities for t in e.titles if (c := t.country)}
    return named | {c[:2] for c in named}


def _nation_of_name(alias: str, a_body: bool) -> str | None:
    """The nation a name is, or, for a body's or a place's name, the one its first words are
    ("Quito Zoo", "New Zealand Rugby"): a person's first name ("Jordan") names no country."""
    words = alias.split()
    openings = [" ".join(words[:n]) for n in range(min(len(words) - 1, 3), 0, -1)] if a_body else []
    return next((nation for name in (alias, *openings) if (nation := nation_of(name)) is not None), None)


def summary_tally_of(kb: FactBase) -> Counter:
    """The sum of every source's `source_tally`."""
    out: Counter = Counter()
    for ex, dates, numbers, _ in kb.by_source():
        out.update(source_tally(dates, numbers, ex.document.dateline.date if ex.document.dateline else None))
    return out


def source_tally(dates: Iterable[DateFact], numbers: Iterable[NumberFact], dateline: dt.date | None) -> Counter:
    """What one source adds to the summary's dates, years and bands, counted ("weekday:2": its date
    facts giving it): the summary is the sum of its sources' tallies, so a changed source's old
    tally is subtracted and its new one added (factbase/patch.py) without reading the others."""
    out: Counter = Counter()
    for f in dates:
        if f.role == ISSUE:
            continue  # a source's own date, counted as its dateline below
        if f.date is not None:
            out.update(_date_keys(f.date))
            out[f"date_year:{f.date.year}"] += 1
        if f.weekday is not None:
            out[f"weekday:{f.weekday}"] += 1
        if f.month:
            out[f"month:{f.month}"] += 1
            if f.day:
                out[f"monthday:{f.month}-{f.day}"] += 1
        if f.year:
            out[f"year:{f.year}"] += 1
            if str(f.year) in f.text:
                out[f"written_year:{f.year}"] += 1
    if dateline is not None:
        out.update(_date_keys(dateline))
    out.update(f"range:{n.low!r}/{n.high!r}" for n in numbers
               if n.low < n.high != math.inf and n.value in (n.low, n.high) and n.unit != SCORE and n.unit not in IN_PARTS)
    return out


def _date_keys(date: dt.date) -> list[str]:
    return [f"weekday:{date.weekday()}", f"monthday:{date.month}-{date.day}", f"month:{date.month}", f"year:{date.year}"]


def summary_sets(tally: Counter) -> tuple[StatedDates, set[int], set[int], list[tuple[float, float]]]:
    """The stated dates, the years of full dates, the written years and the bands (sorted) a tally counts."""
    out = StatedDates()
    date_years: set[int] = set()
    written_years: set[int] = set()
    ranges: list[tuple[float, float]] = []
    for key, n in tally.items():
        if n <= 0:
            continue
        kind, value = key.split(":", 1)
        if kind == "weekday":
            out.weekdays.add(int(value))
        elif kind == "monthday":
            month, day = value.split("-")
            out.monthdays.add((int(month), int(day)))
        elif kind in ("month", "year", "date_year", "written_year"):
            {"month": out.months, "year": out.years, "date_year": date_years, "written_year": written_years}[kind].add(int(value))
        elif kind == "range":
            low, high = value.split("/")
            ranges.append((float(low), float(high)))
    return out, date_years, written_years, sorted(ranges)


def _based_nouns(kb: FactBase) -> dict[str, set[int]]:
    """The nouns after an "X-based" descriptor ("Halden Air, a Tarrow-based carrier"), each with
    the entities so described."""
    found: dict[str, set[int]] = {}
    for e in kb.entities:
        for f in e.titles:
            if f.based_in and f.provenance:
                for w in based_noun_words(f.text, f.provenance.sentence):
                    found.setdefault(w, set()).add(e.id)
    return found


def based_noun_words(text: str, sentence: str) -> list[str]:
    """The (up to two) words after an "X-based" title's text in its sentence."""
    sentence = sentence.lower()
    at = sentence.find(text.lower())
    return [w.strip(",.;:") for w in sentence[at + len(text):].split()[:2]] if at >= 0 else []


def stated_values(kb: FactBase) -> list[float]:
    """Every value the sources state (see `source_stated_values`), sorted, for range queries."""
    return sorted(set().union(*(source_stated_values(ex.document, numbers) for ex, _, numbers, _ in kb.by_source())))


def source_stated_values(doc: Document, numbers: list[NumberFact]) -> set[float]:
    """Every value one source states, and the sums, differences and shares (as percentages) of two
    counts of one thing in one of its sentences ("12 of the 40 ferries", "4,200 members, up from
    3,900"): what a reporter derives without doubt."""
    out: set[float] = set()
    prose = in_english_figures(doc.prose)  # "6,8 %" is 6.8%
    for s in doc.sentences:
        for f in figures(prose, s.start, s.end):
            out |= f.values
    by_sentence: dict[tuple[str, str], list[float]] = {}
    for n in numbers:
        if not n.unit.startswith(RANK) and n.unit != SCORE and n.unit not in IN_PARTS:
            # places in an order add up to nothing, nor do scores or times of day written as one value
            by_sentence.setdefault((n.provenance.sentence, n.unit), []).append(n.value)
    for values in by_sentence.values():
        for a, b in itertools.combinations(values[:PAIRS_MAX], 2):
            out.update((a + b, abs(a - b)))
            for part, whole in ((a, b), (b, a)):
                if 0 < part < whole:
                    out.add(round(100 * part / whole))
    return out


def sentence_values(n: NumberFact) -> frozenset[float]:
    """The values of every figure in a number fact's source sentence ("from five investigators to
    eight": 5 and 8), with or without a noun of its own."""
    doc = n.provenance.document
    sentence = in_english_figures(n.provenance.sentence, doc.prose if doc is not None else None)
    return frozenset(v for f in figures(sentence) for v in f.values)


def date_parts(f: DateFact) -> set[str]:
    """What a date fact gives, part by part ("monthday:4-4", "month:4", "weekday:2", "year:2029"):
    the keys a draft date's support is looked up by."""
    out = set()
    monthday = (f.month, f.day) if f.month and f.day else (f.date.month, f.date.day) if f.date else None
    if monthday:
        out.add(f"monthday:{monthday[0]}-{monthday[1]}")
    if f.month:
        out.add(f"month:{f.month}")
    weekday = f.weekday if f.weekday is not None else (f.date.weekday() if f.date else None)
    if weekday is not None:
        out.add(f"weekday:{weekday}")
    if f.year:
        out.add(f"year:{f.year}")
    return out


def surnames(kb: FactBase) -> set[str]:
    """The last words (folded) of the people's names of two or more words."""
    return {fold(a.split()[-1]) for e in kb.entities if e.kind == "person" for a in e.aliases if len(a.split()) > 1}


def role_words(kb: FactBase) -> dict[str, set[int]]:
    """Each word of a role the sources give a person -> those people."""
    out: dict[str, set[int]] = {}
    for e in kb.entities:
        if e.kind == "person":
            for t in e.titles:
                for w in t.role.split():
                    out.setdefault(w, set()).add(e.id)
    return out


def deletions(word: str, depth: int) -> set[str]:
    """`word` and every string made by deleting up to `depth` of its letters: two words within
    `depth` edits (insertions, deletions, substitutions, transpositions) share one (see
    `near_name_words`)."""
    out, level = {word}, {word}
    for _ in range(depth):
        level = {w[:i] + w[i + 1:] for w in level for i in range(len(w))}
        out |= level
    return out


def deletion_depth(word: str) -> int:
    """How many deletions of a known name word to index: a draft word of 4-7 letters may be one
    edit from it, of 8 or more two (checks/context.py: `max_typo_distance`), and two words within
    two edits differ by two letters in length at most."""
    n = len(word)
    return 0 if n < 3 else 1 if n < 6 else 2
