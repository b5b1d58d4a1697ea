"""Check kind `number-mismatch`: a count or amount that the sources give otherwise.

"15 media organizations" is compared with the source numbers that count the same thing (the
same head noun, currency or percent) in the clauses that best match the draft's clause; digits
and number words compare equal ("seventeen" is 17), and so do "€1.2 billion" and "1.2 billion
euros".

A claim needs an aligned fact: the source figure must also share an anchor word with the draft's
(its verb, what it is of: "offered 5.5%" and "its 5.5% offer"), and the draft's value must be
stated nowhere in the sources in a related clause (a second amount in one sentence, a previous
forecast next to the new one, a figure stated as a part in one source and outright in another).
Bounds, roundings and ranges allow what they say: "more than 60" fits 65, "about 3,100" fits
3,050, and 1.7% fits "1%-3%". A fix is offered only where the alignment is exact.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Annotated

from copydesk.checks.context import ANY_SHARE, CheckContext, of_sources
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, Share, doc
from copydesk.checks.percent_change import wrong_change
from copydesk.checks.quote_sources import quote_matches
from copydesk.checks.roles import holder_of
from copydesk.document import TABLE_CELLS, first_year, safe_date
from copydesk.factbase.derived import PAIRS_MAX, sentence_values
from copydesk.factbase.model import DateFact, Entity, NumberFact, Provenance
from copydesk.factbase.query import PROBE_FACTS
from copydesk.factbase.text import ENTITY_KEY, content_words, document_stamps, entity_key, line_label, once_in
from copydesk.lexicon import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    HONORIFICS,
    MONTH_NAMES,
    PERSON_NOUNS,
    STOPWORDS,
    TRADES,
    UNIT_ABBREVIATIONS,
    fold,
    in_words,
    is_role_noun,
    ordinal_in_digits,
    role_parts,
)
from copydesk.mentions.addresses import address_at, address_sentence, addresses_in, another_address
from copydesk.mentions.anchors import NAME, OBJECT, TIME, stem
from copydesk.mentions.names import NameMention
from copydesk.mentions.numbers import (
    CLOCK,
    IN_PARTS,
    MARKS,
    MORE,
    NUMBER_WORDS_RE,
    OPPOSED,
    ORDINAL_WORDS,
    ORDINAL_WORDS_RE,
    PART_OF,
    RANK,
    SCORE,
    SCORE_RE,
    TIME_UNITS,
    NumberMention,
    decimals_written,
    figure_step,
    figures,
    in_a_hypothetical,
    multiple_near,
    ordinal_value,
    rank_holder,
    rough_reach,
    score_parts,
    significant_digits,
    word_value,
    written_in_parts,
)
from copydesk.mentions.titles import normalize_role
from copydesk.world import clock_abbreviations, is_common_english

EXACT = 0.005  # two exact figures this close are one (rounding in the last digit)


def _interval(x: NumberMention | NumberFact) -> tuple[float, float]:
    if x.unit == SCORE or x.unit in IN_PARTS:
        return x.value, x.value  # "7-5" is not "7-6", nor 2:06:14 2:06:41, however near their values
    if x.low == x.high:  # an exact figure: two of them overlap when within EXACT of each other
        v = x.value
        return v - EXACT / 2 * abs(v), v + EXACT / 2 * abs(v)
    return x.low, x.high


def _bound(x: NumberMention | NumberFact) -> str:
    """ "lower" for "more than X", "upper" for "less than X", else "" (exact, rounded or a range)."""
    if x.high == math.inf:
        return "lower"
    if x.low == -math.inf:
        return "upper"
    return ""


def _range_end(x: NumberMention | NumberFact) -> str:
    """ "low" or "high" for an end of a stated range ("£5m-£7m"), else "" (a rounding's value lies
    inside its allowance, a bound's is open)."""
    if not x.low < x.high or math.isinf(x.low) or math.isinf(x.high):
        return ""
    return "low" if x.value == x.low else "high" if x.value == x.high else ""


def compatible(a: NumberMention | NumberFact, b: NumberMention | NumberFact, precise: bool = True) -> bool:
    """Whether two figures can be one value: their allowed values overlap; two bounds of one
    direction ("at least 51", "at least 15") are two statements of the bound and must agree, as
    two ranges must ("an estimate of £5m to £8m" is not the sources' "£5m-£7m")."""
    if _bound(a) and _bound(a) == _bound(b):
        return abs(a.value - b.value) <= EXACT * max(abs(a.value), abs(b.value))
    if _range_end(a) and _range_end(b):
        return all(abs(x - y) <= EXACT * max(abs(x), abs(y)) for x, y in ((a.low, b.low), (a.high, b.high)))
    if a.value != b.value and _digits_swapped(a.value, b.value):
        return False  # "about $269m" is within a rounding of "about $296 million", but a slip of it
    if bool(_bound(a)) != bool(_bound(b)) and not _within_reach(*((a, b) if _bound(a) else (b, a)), precise=precise):
        return False  # "at least 14 people" is true of 87, but no writer bounds 87 by 14
    if not _bound(a) and not _bound(b) and (reach := _rounding_between(a, b)) and abs(a.value - b.value) <= reach * (1 + 1e-9):
        return True  # "£3.8 million" for "£3.84 million": a figure at a scale rounded to its last digit
    if not _bound(a) and not _bound(b) and _fewer_decimals(a, b):
        return True  # "1.1 percent" for "1.12 percent": rounded to the decimals the writer keeps
    (a0, a1), (b0, b1) = _interval(a), _interval(b)
    if _bound(a) and b.low == b.high and b.unit not in IN_PARTS:
        b0 = b1 = b.value  # "more than 149,000" is not 148,912, however near: a bound is exact at its figure
    elif _bound(b) and a.low == a.high and a.unit not in IN_PARTS:
        a0 = a1 = a.value
    if a0 < a1 and b0 < b1 and math.isfinite(a1 - a0) and math.isfinite(b1 - b0):
        return a0 < b1 and b0 < a1  # two roundings that only touch ("about 1,200", "about 1,400") are two values
    return a0 <= b1 and b0 <= a1


def _fewer_decimals(a: NumberMention | NumberFact, b: NumberMention | NumberFact) -> bool:
    """Whether one figure is the other rounded to fewer decimals, one at least ("1.1" for "1.12",
    "0.4" for "0.41"); not at a scale ("£3.8 million": see `_rounding`)."""
    if _SCALED.search(a.text) or _SCALED.search(b.text):
        return False
    da, db = decimals_written(a.text), decimals_written(b.text)
    if not da or not db or da == db:
        return False
    short, long_, kept = (a, b, da) if da < db else (b, a, db)
    return abs(long_.value - short.value) <= 0.5 * 10 ** -kept + 1e-9


_SCALED = re.compile(r"(\d[\d,]*)(?:\.(\d+))?\s*(million|billion|trillion|mn|bn|tn|m|b)\b", re.I)
_SCALES = {"m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12}


def _rounding(x: NumberMention | NumberFact) -> float:
    """Half the step of a figure's last digit where it is written at a scale ("3.8 million",
    "£4bn"): how far from the value it rounds may lie (50,000; 500 million). 0 for other figures,
    and where the scale is no multiplier (a "3.8m" that is metres)."""
    if x.unit == SCORE or x.low != x.high:
        return 0.0
    return _rounding_of(x.text, x.value)


@lru_cache(maxsize=4096)
def _rounding_of(text: str, value: float) -> float:
    """`_rounding` of a figure by its text, read once per figure however many facts it meets."""
    m = _SCALED.search(text)
    if m is None:
        return 0.0
    written, scale = _at_scale(m)
    if abs(written * scale - value) > 1e-6 * value:
        return 0.0
    return 0.5 * 10 ** -len(m[2] or "") * scale


def _at_scale(m: re.Match) -> tuple[float, float]:
    """A `_SCALED` match's figure as written and its scale ("3.8 million": 3.8, 1,000,000)."""
    return float(m[1].replace(",", "") + "." + (m[2] or "0")), _SCALES[m[3].lower()]


def _rounding_between(a: NumberMention | NumberFact, b: NumberMention | NumberFact) -> float:
    """How far a rounding reaches between two figures: the draft's own (its "£3.8 million" may round
    the sources' £3.84 million, but their "$1 million" states no "$1.2 million"); between two
    source figures, the coarser one's."""
    mine = [x for x in (a, b) if isinstance(x, NumberMention)]
    return _rounding(mine[0]) if mine else max(_rounding(a), _rounding(b))


PRECISE_BOUND = 0.025  # a bound whose figure's step is at most this share of it is written to its units (see `_within_reach`)
BOUND_REACH = 2.0  # a bound ("more than 100") stands for figures up to this many times it (or down to, for "under")


def _within_reach(bound: NumberMention | NumberFact, other: NumberMention | NumberFact, precise: bool = True) -> bool:
    """Whether a figure (or a rounding's values) lies within a bound's reach: "more than 100" is
    written of 120 or 180, not of 400; a bound written to its last few units reaches one step of
    them ("up to 98 homes" is not written of 96, nor "more than 2,300" of 2,450). Not `precise`:
    what the bound allows at all (a source's "2,640 metres" is no other value of the "up to 2,870
    metres" another source's deepest "2,870 metres" states)."""
    if not bound.value or not other.value:
        return True
    lo, hi = _interval(other)
    reach = _units_step(bound.value, bound.text) if precise else 0.0
    if _bound(bound) == "lower":
        return lo <= (bound.value + reach if reach else bound.value * BOUND_REACH)
    return hi >= (bound.value - reach if reach else bound.value / BOUND_REACH)


def _units_step(value: float, text: str = "") -> float:
    """The step of a bound's figure where the bound is written to its units ("up to 98": 1,
    "more than 705 million": 5 million) or to a decimal (`text` "up to 149.9 metres": 0.1; not at
    a scale, nor "a third"), else 0 (a round bound: "more than 100")."""
    step = figure_step(value)
    if not step and not _SCALED.search(text) and (places := decimals_written(text)):
        step = 10.0 ** -places
    return step if step <= PRECISE_BOUND * abs(value) else 0.0


def _figure_value(figure: str) -> float | None:
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", figure):
        return float(figure.replace(",", ""))
    if _ORDINAL.fullmatch(figure):
        return ordinal_value(figure)
    return word_value(figure) or None


def _keeps_scale(n: NumberMention, found: str, right: str, value: float) -> bool:
    """Whether writing `right` in place of the draft's figure `found` gives the source's value: a
    fix must not turn "$0.4 billion" into "$412 billion"; a measure in parts is written whole (`written_in_parts`)."""
    if n.unit in IN_PARTS:
        return True
    mine, theirs = _figure_value(found), _figure_value(right)
    if not mine or theirs is None:
        return False
    return abs(theirs * (n.value / mine) - value) <= EXACT * abs(value)


def _fixes_to(n: NumberMention, found: str, fact: NumberFact) -> list[tuple[str, str]]:
    """The fix that writes the source fact's figure in place of the draft's `found`, in the draft's
    style and at its scale; none where the figure cannot be written so."""
    right = _replacement(fact.text, found, fact)
    return [(f"Replace with \"{right}\"", right)] if right and _keeps_scale(n, found, right, fact.value) else []


def _figure(text: str) -> str | None:
    """The figure of a source number, for a fix: its digits, its number words or its ordinal
    ("34th", "second"); None for "a week"."""
    m = _ORDINAL.match(text) or re.search(r"\d[\d,]*(?:\.\d+)?(?:\s+[1-9]/\d{1,2}|[½¼¾⅓⅔⅛⅜⅝⅞])?", text) \
        or re.match(NUMBER_WORDS_RE, text, re.I)  # "1 3/4", "1¾" whole
    return m.group() if m else None


_ORDINAL = re.compile(rf"(?:{ORDINAL_WORDS_RE})\b|\d+(?:st|nd|rd|th)\b", re.I)


def _replacement(source_text: str, found: str, fact: NumberFact | None = None) -> str | None:
    """The source figure (see `_figure`) to write in place of the draft's `found`, capitalized as
    `found` was ("Third seed" -> "Seventh", "third" -> "fifth"); a measure in parts (a `fact`'s
    time taken or height) as the draft writes it."""
    if fact is not None and fact.unit in IN_PARTS:
        return written_in_parts(fact.value, found)
    right = _figure(source_text)
    if right and any(c.isdigit() for c in found) and not any(c.isdigit() for c in right):
        # the draft writes digits, the source words ("Ninety percent" for "80 percent"): the digits
        if _ORDINAL_WORD.fullmatch(right):  # "fifth" for "4th": "5th"
            return ordinal_in_digits(int(ordinal_value(right)))
        value = word_value(right)
        return f"{value:,.0f}" if value and value == int(value) else None
    if right and not any(c.isdigit() for c in found) and re.fullmatch(r"\d+(?:st|nd|rd|th)?", right):
        # the draft writes words, the source digits ("seven vacancies" for "9 vacancies"): words
        right = in_words(int(re.match(r"\d+", right).group()), ordinal=not right.isdigit()) or right
    if right and found[:1].isupper() and right[:1].islower():
        return right[:1].upper() + right[1:]
    if right and found[:1].islower() and right[:1].isupper():
        return right[:1].lower() + right[1:]  # "Fifth seed Ada Moss" began its sentence
    return right


_ORDINAL_WORD = re.compile(ORDINAL_WORDS_RE, re.I)


MEASURED_UNITS = CURRENCY_CODES | TIME_UNITS | {f"{u} ago" for u in TIME_UNITS} | {"percent", "percentage", "age", "point", CLOCK}
GENERIC_UNITS = MEASURED_UNITS | {"people", "person", "time", "unit", "item", "case", "other"}


def same_event(n: NumberMention, f: NumberFact, years: set[str] = frozenset(), shared_word: bool = True) -> bool:
    """Whether a source figure is the draft's: a word around the figure in common (its verb, whose
    it is, what it is of), both the current value or both a former one ("up from 1.6%"), and not
    of another of the `years` the sources give ("rose 9% in 2028" is not "rose 12% in 2029").

    A percentage, an amount of money or a span of time says little of what it measures: for those
    the shared word must be more than a name ("the union wants 7%" is not "the union says 64%");
    an age is whose it is ("Ivo Pent, 44" is "Ivo Pent, 41")."""
    shared = shared_anchors(n.anchor, f.anchor)
    if n.unit in GENERIC_UNITS and n.unit != "age":  # an age is the age of whoever it names
        shared = {w for w, name in shared.items() if not name}
    mine, theirs = _times(n.anchor) & years, _times(f.anchor)
    if mine and theirs and not mine & theirs:
        return False  # another year the sources speak of: "rose 9% in 2028" is not "rose 12% in 2029"
    # an increment is no total ("two more plaintiffs" / "three plaintiffs"), though a draft may drop
    # the source's "further" ("spend 9 million on dredging" / "a further 9 million on dredging")
    return (bool(shared) or not shared_word) and all((mark in n.anchor) == (mark in f.anchor) for mark in MARKS
                                                     if mark != MORE) and (MORE not in n.anchor or MORE in f.anchor)


def _holder(ctx: CheckContext, text: str, start: int, end: int) -> Entity | None:
    """The player or side a source's rank is given to (see `rank_holder`), if known."""
    span = rank_holder(text, start, end)
    entity = ctx.kb.entity_for_name(text[span[0]:span[1]]) if span else None
    return entity if entity is not None and entity.kind not in _NO_HOLDERS else None


_NO_HOLDERS = ("place", "nationality")  # a seed or a place is held by a player or a side, not where they play


def _draft_holder(ctx: CheckContext, n: NumberMention) -> Entity | None:
    """The player or side the draft gives its rank to, resolved as the checks resolve names."""
    span = rank_holder(ctx.document.prose, n.start, n.end)
    name = next((m for m in ctx.mentions.names if span and m.start == span[0]), None)
    entity = ctx.resolve(name) if name is not None else None
    return entity if entity is not None and entity.kind not in _NO_HOLDERS else None


def _fields(ctx: CheckContext, start: int, end: int, fact: NumberFact) -> dict[str, str]:
    """The message fields of a draft's figure at start:end against the source fact it contradicts."""
    return {"found": ctx.document.text[start:end], "expected": fact.text, "source_text": fact.provenance.sentence,
            "source": fact.provenance.source.rsplit("/", 1)[-1]}


def _rank_of_another(ctx: CheckContext, n: NumberMention) -> Hit | None:
    """ "third seed Stan Wawrinka" where the sources make Kei Nishikori the third seed and
    Wawrinka no seed of that number: one holder's rank given to another. A minute is no one's."""
    if n.unit == f"{RANK}minute" or not n.exact:
        return None
    holder = _draft_holder(ctx, n)
    if holder is None or ctx.kb.numbers_stating(n.unit, 0, math.inf, PROBE_FACTS) > PROBE_FACTS:
        return None
    ranks: list[tuple[NumberFact, Entity]] = []  # the sources' ranks of this kind, with their holders
    for ids in ctx.kb.numbers_between(n.unit, 0, math.inf, {}).values():
        for i in ids:
            f = ctx.kb.numbers[i]
            at = once_in(f.provenance.sentence, f.text)
            if at is not None and (e := _holder(ctx, f.provenance.sentence, at, at + len(f.text))):
                ranks.append((f, e))
    others = [(f, e) for f, e in ranks if e.id != holder.id and f.value == n.value]
    own = {f.value: f for f, e in ranks if e.id == holder.id}
    if not others or n.value in own:
        return None
    start, end = n.number_span
    found = ctx.document.text[start:end]
    theirs, other = others[0]
    fields = {"found": found, "expected": theirs.text, "other": other.name, "source_text": theirs.provenance.sentence,
              "source": theirs.provenance.source.rsplit("/", 1)[-1]}
    if len(own) != 1:  # the sources give the draft's holder no such rank: say whose it is
        return Hit(start, end, fields, evidence=[f.provenance for f, _ in others][:2], variant="holder")
    fact = next(iter(own.values()))
    right = _replacement(fact.text, found, fact)
    fixes = [(f"Replace with \"{right}\"", right)] if right else []
    return Hit(start, end, {**fields, **_fields(ctx, start, end, fact)},
               fixes=fixes, evidence=[fact.provenance, theirs.provenance], preferred=bool(fixes))


def _of_the_paragraphs_subject(ctx: CheckContext, n: NumberMention,
                               aligned: list[tuple[float, NumberFact]]) -> list[tuple[float, NumberFact]]:
    """The aligned facts read in a source paragraph that names someone the draft's paragraph names
    up to the figure, where some are and some are not: "At list prices the firm order is worth $3.4
    billion" after "Castellan won an order from Kestrava" is the Kestrava paragraph's $3.1 billion,
    not the $6.2 billion of another airline's order whose sentence reads word for word alike."""
    subjects = ctx.paragraph_subjects(n.sentence)
    if not subjects or len({f.value for _, f in aligned}) < 2:
        return aligned
    about = [(sc, f) for sc, f in aligned if ctx.source_paragraph_names(f.provenance, subjects)]
    return about if about and len(about) < len(aligned) else aligned


def _named_otherwise(ctx: CheckContext, n: NumberMention, supporting: NumberFact,
                     related: Callable[[], list[tuple[float, NumberFact]]]) -> Hit | None:
    """A rank whose clause names two or more known people ("settled in round seven, when Tarrow beat
    Moss"), stated only in a clause that names none of them (a forfeit "in round seven"), where the
    `related` clauses that name them all give it one other value: theirs is the fact (a rank's clause
    says little else that aligns it)."""
    names = {w for w, is_name in _bare_anchors(n.anchor).items() if is_name}
    people = {w for m in ctx.names_in(n.sentence) if (e := _a_person(ctx, m)) is not None for w in _name_stems(e)}
    if len(names & people) < 2 or names & _bare_anchors(supporting.anchor).keys():
        return None
    theirs = [f for _, f in related() if not compatible(n, f) and names <= _bare_anchors(f.anchor).keys()
              and any(not is_name for is_name in shared_anchors(n.anchor, f.anchor).values())]
    if len({f.value for f in theirs}) != 1:
        return None
    start, end = n.number_span
    return Hit(start, end, _fields(ctx, start, end, theirs[0]), evidence=[theirs[0].provenance])


def _one_word_in_common(keys: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether a draft clause and a source clause share a single word and no name: too little to
    hold against the draft a figure that the sources also state."""
    shared = keys & theirs
    return len(shared) < 2 and not any(k.startswith(ENTITY_KEY) for k in shared)


def _names_all_in_common(n: NumberMention, f: NumberFact) -> bool:
    """Whether the words around a draft figure and a source figure share names only (whose it is,
    whom it was done to): no verb, no noun of the event."""
    shared = shared_anchors(n.anchor, f.anchor)
    return bool(shared) and all(shared.values())


def _one_fact(a: NumberMention | NumberFact, b: NumberFact) -> bool:
    """Whether two source figures state one fact, so that their values disagree: two words around
    them in common, one of them no name ("the union said 45 ferries would be scrapped" and "40
    ferries"; not "the film runs 132 minutes" and "the session ran 20 minutes over", which share a
    verb only)."""
    shared = shared_anchors(a.anchor, b.anchor)
    return len(shared) >= 2 and not all(shared.values())


def shared_anchors(a: frozenset[str], b: frozenset[str]) -> dict[str, bool]:
    """The anchor words two figures share -> whether either writes it as a name (a sentence's
    first word is capitalized either way)."""
    bare_a, bare_b = _bare_anchors(a), _bare_anchors(b)
    return {w: bare_a[w] or bare_b[w] for w in bare_a.keys() & bare_b.keys()}


@lru_cache(maxsize=1 << 14)
def _bare_anchors(anchor: frozenset[str]) -> dict[str, bool]:
    """An anchor's words (not its objects, times nor its MARKS) -> whether written as a name.
    Remembered: a figure's anchor is compared with many source figures' (read only, never changed)."""
    return {w.removeprefix(NAME): w.startswith(NAME) for w in anchor if w not in MARKS and not w.startswith((OBJECT, TIME))}


@lru_cache(maxsize=1 << 14)
def _times(anchor: frozenset[str]) -> frozenset[str]:
    """An anchor's time words (the years it is of)."""
    return frozenset(w for w in anchor if w.startswith(TIME))


def _nearer_beside(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether another figure of the draft's sentence, of its unit, is nearer the source figure, and
    wrong by it too: the fact may be that figure's, so no fix is certain ("occupancy reached 97.8
    per cent, against a standard of 92 per cent": the sources' 97.3 is no fix for the standard)."""
    return any(m is not n and m.unit == n.unit and not compatible(m, f)
               and abs(m.value - f.value) < abs(n.value - f.value) for m in ctx.numbers_in(n.sentence))


_SIZE_APART = 10  # a figure more than ten times another is no slip of it (an extra zero is ten times)


def _of_a_size(n: NumberMention, f: NumberFact) -> bool:
    """Whether a source figure is near enough the draft's in size to be the same fact misreported:
    "won it by more than 2,300 votes" is no slip of a headline's "by four votes"."""
    a, b = abs(n.value), abs(f.value)
    return not a or not b or max(a, b) <= _SIZE_APART * min(a, b)


def _written_beside(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether another figure of the draft's sentence gives the source figure: it is that figure's
    fact, not this one's ("down 0.9% on the week, though up 4% on the year" is not contradicted by
    the week's 0.9%; "a swing of about 1.4 points rather than 3.8" by the sources' 3.8 points, its
    very figure written bare). A bound is given by a figure it rounds ("£41,380 in all" by "more than £41,000"),
    not by one it merely allows ("29,000 of its 38,500 seats": the 38,500 is not the "more than 31,000" sold)."""
    return any(m is not n and m.unit == f.unit and compatible(m, f)
               and (_bound(m) or not _bound(f) or abs(m.value - f.value) <= rough_reach(f.value))
               for m in ctx.numbers_in(n.sentence)) or _written_in_the_paragraph(ctx, n, f) \
        or _figure_written_bare(ctx, n, f)


def _figure_written_bare(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether the draft's sentence writes the source figure's very figure where no mention reads
    one ("rather than 3.8", a figure of no unit)."""
    here = ctx.document.sentence_at(n.start)
    figure = _figure(f.text)  # its value's digits, not a part's whole ("six of the 14 performances")
    if here is None or figure is None or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", figure) \
            or not _same_value(float(figure.replace(",", "")), f.value):
        return False
    # not the figures a mention reads ("1,200 injured" is compared by its unit above), nor a date's ("March 14")
    taken = [range(m.start, m.end) for m in ctx.numbers_in(n.sentence)] + [range(d.start, d.end) for d in ctx.dates_in(n.sentence)]
    written = re.compile(rf"(?<![\d.,/\-–]){re.escape(figure)}(?![\d/\-–]|[.,]\d)")  # not "4-11"
    return any(all(m.start() not in span for span in taken)
               for m in written.finditer(ctx.document.prose, here.start, here.end))


def _written_in_the_paragraph(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether another sentence of the draft's paragraph writes the source figure's very value in
    figures, where a source writes the draft's figure too: "has drawn 31,200 visitors, a record ... The previous best, 24,600, was set
    in 2029" gives the sources' "24,600 visitors" to the old record, not to the new one."""
    if f.low != f.high or f.value < _APART_LEAST or not n.exact or not any(
            _same_value(v, f.value) for v in _written_around(ctx, n.sentence)):
        return False
    return ctx.remember(("stated value", n.value), lambda: _value_stated(ctx, n.value))


def _written_around(ctx: CheckContext, sentence: int) -> list[float]:
    """The figures of `_APART_LEAST` or more the other sentences of a draft sentence's paragraph
    write, found once a check for each sentence."""
    def read() -> list[float]:
        doc = ctx.document
        here = doc.sentences[sentence]
        first, last = doc.paragraph_opening(here), doc.paragraph_closing(here)
        return [value for m in _FIGURES.finditer(doc.prose, first.start, last.end)
                if (m.start() < here.start or m.start() >= here.end) and _A_FIGURE.fullmatch(m.group())
                and (value := float(m.group().replace(",", ""))) >= _APART_LEAST]
    return ctx.remember(("written around", sentence), read)


_APART_LEAST = 1000  # a figure this large written twice in a paragraph is no chance


def _value_stated(ctx: CheckContext, value: float) -> bool:
    """Whether a source states this very value (but for floating-point error), of anything."""
    return bool(ctx.kb.stated_values(value * (1 - 1e-9), value * (1 + 1e-9)))


def _closeness(n: NumberMention, f: NumberFact) -> tuple[int, int]:
    """How closely a source figure's words match the draft's: first what follows the figure (what it
    is of or for: "on cycle lanes"), then the words around it that are not names."""
    objects = sum(1 for w in n.anchor & f.anchor if w.startswith(OBJECT))
    return objects, sum(1 for name in shared_anchors(n.anchor, f.anchor).values() if not name)


def _kinds_agree(n: NumberMention, f: NumberFact) -> bool:
    """Where both name a kind ("media organizations"), a shared one."""
    mine, theirs = set(n.modifiers) - {PART_OF}, set(f.modifiers) - {PART_OF}
    return not mine or not theirs or bool(mine & theirs)


def _of_another_person(ctx: CheckContext, n: NumberMention, f: NumberFact, named: bool = False) -> bool:
    """Whether the draft's clause gives its figure to one person and the source's clause its figure
    to another: "Ada Moss had 15 points and eight rebounds" is not contradicted by "Lena Vale added
    17 points and 11 rebounds", however alike the clauses. `named`: only by the name the source's
    sentence opens with, among its figure's words ("Lena Vale finished with seven catches for 112
    yards"; not "..., stopping Ivo Pent in the 10th round in front of a crowd of 6,420", the arena's)."""
    mine = _person_of_figure(ctx, n)
    if mine is None:
        return False
    words = set(_bare_anchors(f.anchor))
    if words & _name_stems(mine):
        return False
    people = _people_named(ctx, f.provenance.sentence)
    if named:
        opening = _A_WORD.match(f.provenance.sentence)
        return opening is not None and stem(opening.group()) in words and any(
            other.id != mine.id and stem(opening.group()) in _name_stems(other) for other in people)
    if any(other.id != mine.id and words & _name_stems(other) for other in people):
        return True
    # no one named near the source's figure: the person its relative clause is of holds it ("succeeds
    # Ada Moss, who stepped down after 14 years"), else its sentence's subject ("Lena Vale converted
    # pole into the lead and led the first 12 laps")
    sentence = f.provenance.sentence
    at = once_in(sentence, f.provenance.text)
    if at is not None and (who := _WHO_BEFORE.search(sentence, max(0, at - 120), at)) is not None:
        before = _capitalized_runs(sentence[: who.start()])
        if before and sentence[: who.start()].endswith(before[-1]):
            held = ctx.kb.entity_for_name(before[-1])
            return held is not None and held.kind == "person" and held.id != mine.id
    runs = _capitalized_runs(f.provenance.sentence)
    subject = None
    if runs and f.provenance.sentence.startswith(runs[0]) and not runs[0].endswith(("'s", "’s")):
        words = runs[0].split()  # "Ada Moss's team mate Ivo Pent ..." is Pent's
        # "Striker Ivo Pent has 29 goals": the name after the words of a title
        subject = next((e for k in range(min(len(words), _TITLE_WORDS + 1))
                        if (e := ctx.kb.entity_for_name(" ".join(words[k:]))) is not None), None)
    return subject is not None and subject.kind == "person" and subject.id != mine.id


_TITLE_WORDS = 2  # capitalized words of a title a sentence's subject may open with ("Striker", "Head Coach")


def _over_another_name(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether both figures are a lead over a name, and not the same one: "six clear of Ada Moss"
    is no lead "seven clear of Kestrova" states."""
    mine = _OVER_A_NAME.match(ctx.document.prose, n.end)
    at = once_in(f.provenance.sentence, f.provenance.text)
    theirs = _OVER_A_NAME.match(f.provenance.sentence, at + len(f.provenance.text)) if mine and at is not None else None
    return theirs is not None and fold(mine[1]) != fold(theirs[1])


def _of_another_body(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether a source figure counts the members of a body its clause names ("the seven members of
    the Ratepayers' Union group") where the draft's sentence names another body of that noun and not
    it: "Ada Moss, leader of the Civic Green group, led the nine members of her group" counts hers."""
    at = once_in(f.provenance.sentence, f.provenance.text)
    theirs = _OF_A_BODY.match(f.provenance.sentence, at + len(f.provenance.text)) if at is not None else None
    if theirs is None or not theirs[2]:
        return False
    here = ctx.document.sentences[n.sentence]
    sentence = ctx.document.prose[here.start : here.end]
    bodies = {fold(m[1]) for m in re.finditer(rf"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+{re.escape(theirs[2])}\b", sentence)}
    return bool(bodies) and fold(theirs[1]) not in bodies


def _of_another_address(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether the source figure is a house's that the draft's figure is not: "14 Thrushbeck Lane
    ... £412,000" is not the "27 Thrushbeck Lane ... £398,000" of last month's listing."""
    mine = ctx.remember(("address", n.sentence), lambda: address_at(ctx.document, n.start))
    if not mine or f.provenance.document is None:
        return False
    theirs = ctx.of_sources(("address", f.provenance.source, f.provenance.start),
                            lambda: address_at(f.provenance.document, f.provenance.start))
    return another_address(mine, theirs)


def _written_with_its_address(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a source line that gives the draft figure's address (the same number of the same
    street) writes the figure as the draft writes it, in a register's cell that no clause reads too:
    "41 Sallowmarsh Road ... £268,000" is the line "Wed 28/04/2032 | 41 Sallowmarsh Road | 84 | 268,000"."""
    k = address_sentence(ctx.document, n.start)
    start, end = n.number_span
    figure = re.sub(r"^\D+", "", ctx.document.text[start:end])
    if k is None or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", figure):
        return False
    mine = address_at(ctx.document, n.start)
    written = re.compile(rf"(?<![\d.,:]){re.escape(figure)}(?![\d:]|[.,]\d)")
    for m in ctx.names_in(k):
        if fold(m.text) not in mine or (entity := ctx.resolve(m)) is None:
            continue
        for p in entity.mentions[:_ADDRESS_LINES]:
            if p.document is None:
                continue
            text = p.document.text
            line = text[text.rfind("\n", 0, p.start) + 1 : (text.find("\n", p.end) + 1 or len(text) + 1) - 1]
            if addresses_in(line).get(fold(m.text)) == mine[fold(m.text)] and written.search(line):
                return True
    return False


_ADDRESS_LINES = 200  # a street's source mentions read for its lines (an archive names a street often)


def _without_one(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether one clause gives its figure "without" something and the other does not: "Drivers
    without a tag will pay $5.25" is not the "$4.20" that "drivers with a tag" pay."""
    at = once_in(f.provenance.sentence, f.provenance.text)
    if at is None:
        return False
    mine = _WITHOUT.search(ctx.document.prose, max(0, n.start - _WITHOUT_REACH), n.start)
    theirs = _WITHOUT.search(f.provenance.sentence, max(0, at - _WITHOUT_REACH), at)
    return (mine is None) != (theirs is None)


_WITHOUT = re.compile(r"\bwithout\b", re.I)
# the body whose members a figure counts, right after it: "seven members of the Ratepayers' Union group"
_OF_A_BODY = re.compile(r"(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:\s+([a-z]+))?")
_WITHOUT_REACH = 60  # characters before a figure read for it


# a lead over someone, right after its figure: "six clear of Ada Moss", "seven points ahead of Tarrow"
_OVER_A_NAME = re.compile(r"(?:\s+(?:clear|ahead|more|fewer|points?))?\s+(?:of|over|than)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _of_the_figures_person(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether a source figure's clause names the person the draft gives its figure to (or the draft
    gives it to none)."""
    mine = _person_of_figure(ctx, n)
    return mine is None or bool(set(_bare_anchors(f.anchor)) & _name_stems(mine))


def _person_of_figure(ctx: CheckContext, n: NumberMention) -> Entity | None:
    """The one known person named among the words around a draft figure (its anchor), or the one a
    relative clause with the figure is of ("Ivo Pent, who leads for two laps"), if one. Remembered
    for the check: every source figure a draft figure is aligned with asks it."""
    return ctx.remember(("person of figure", n.start, n.end), lambda: _person_of_figure_now(ctx, n))


def _person_of_figure_now(ctx: CheckContext, n: NumberMention) -> Entity | None:
    words = set(_bare_anchors(n.anchor))
    names = ctx.names_in(n.sentence)
    people = {e.id: e for m in names if (e := _a_person(ctx, m)) is not None and words & _name_stems(e)}
    if len(people) != 1 and (who := _WHO_BEFORE.search(ctx.document.prose, max(0, n.start - 120), n.start)):
        # the relative clause's person, however many others the clause's words name ("Ada Moss misses
        # out, and Ivo Pent, who has scored nine goals, is a doubt")
        people = {e.id: e for m in names if m.end == who.start() and (e := _a_person(ctx, m)) is not None}
    if len(people) != 1 and n.unit == _PLACE and (m := _name_before(ctx, n)) is not None \
            and _PLACE_OF_ITS_SUBJECT.fullmatch(ctx.document.prose, m.end, n.start):
        # the place of the name that finished there, whoever else the clause names ("Ada Moss
        # finished third with 24.5, ahead of Ivo Pent on 22.5")
        people = {e.id: e for e in [_a_person(ctx, m)] if e is not None}
    return next(iter(people.values())) if len(people) == 1 else None


_WHO_BEFORE = re.compile(r",\s+who\s+[^,;:.()]*$")  # "..., who leads for two laps"
_PLACE_OF_ITS_SUBJECT = re.compile(r"\s+(?:finish(?:ed|es)|came|ended|placed|was\s+placed)(?:\s+in)?\s+")


def _a_person(ctx: CheckContext, m: NameMention) -> Entity | None:
    """The known person a draft name is: one written as a person's name, or one the sources give a
    pronoun or a title (a team is no person, however written)."""
    e = ctx.resolve(m)
    return e if e is not None and e.kind == "person" and (m.kind == "person" or e.gender is not None or e.titles) else None


def _people_named(ctx: CheckContext, sentence: str) -> list[Entity]:
    """The known people a source sentence names by a run of capitalized words."""
    found = (ctx.kb.entity_for_name(run) for run in _capitalized_runs(sentence))
    return [e for e in found if e is not None and e.kind == "person"]


def _sides_named(ctx: CheckContext, sentence: str) -> list[Entity]:
    """The known people and bodies (no places) a source sentence names by a run of capitalized words."""
    found = (ctx.kb.entity_for_name(run) for run in _capitalized_runs(sentence))
    return [e for e in found if e is not None and e.kind not in _NO_HOLDERS]


@lru_cache(maxsize=1 << 12)
def _capitalized_runs(sentence: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _CAPITALIZED_RUN.finditer(sentence))


_CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


def _name_stems(e: Entity) -> frozenset[str]:
    """The words of a person's name as a figure's anchor holds them."""
    return frozenset(stem(w) for w in e.name.split())


class NumberMismatchParams(Params, frozen=True):
    min_match: Annotated[Share, doc("share of the draft clause's weight a source clause must match")] = 0.3
    near_best: Annotated[Share, doc("sources this close to the best aligned match count as agreeing")] = 0.75
    support_match: Annotated[Share, doc("a source clause this related that states the draft's value "
                                        "silences the check")] = 0.12
    fix_match: Annotated[Share, doc("a fix needs a clause match this good, and two shared words "
                                    "around the figure")] = 0.5


def number_mismatch(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    params: NumberMismatchParams = rule.params
    # a draft's year counts only where the sources write it (else it is itself in doubt)
    years = ctx.of_sources(("written years",), lambda: {f"{TIME}{y}" for y in ctx.kb.summary.written_years})
    quoted = [q for q in ctx.mentions.quotes if quote_matches(ctx, q)]
    found: list[tuple[NumberMention, Hit]] = []
    for n in ctx.mentions.numbers:
        if any(q.start <= n.start < q.end for q in quoted):
            continue  # a figure in a quote of the sources is the speaker's word: `misquote` compares it
        if in_a_hypothetical(ctx.document.prose, ctx.document.sentences[n.sentence].start, n.start):
            continue  # "Say your flat uses 2,000 kWh": the draft's own example
        period = n.unit in _PERIOD_UNITS and _A_PERIOD_TO.match(ctx.document.prose, n.end) is not None
        if (n.unit.startswith(RANK) and (hit := _rank_of_another(ctx, n)) is not None) or (
                n.unit in CURRENCY_CODES and (hit := _converted(ctx, n)) is not None):
            found.append((n, hit))
            continue
        keys = ctx.keys(n.start, n.end)
        # its sentence's figures are read by its hits (what is before it, beside it, a range's other end)
        figures = ctx.numbers_in(n.sentence)
        beside = (figures.index(n), tuple((m.unit, m.value, m.low, m.high) for m in figures))
        found.extend((n, hit) for hit in ctx.hits_at(
            ("number-mismatch", params, n.signature(), keys, _read_around(ctx, n), ctx.paragraph_subjects(n.sentence),
             beside, _near_people(ctx, n), _change_sentence(ctx, n), _row_context(ctx, n),
             tuple(map(frozenset, _figures_around(ctx, n))), _paragraph_values(ctx, n)), n.start,  # (the figures its paragraph's others write)
            lambda n=n, keys=keys: _hits_named_or_not(ctx, n, keys, params, years))
            if not period or all(map(_a_period, hit.evidence)))
            # "in the three months to 30 September": the span a report covers, which only another
            # report's span contradicts ("the 10 weeks to 4 January"), not "the first nine months"
    yield from _one_figure_per_fact(found)


def _a_best_of(f: NumberFact) -> bool:
    """Whether a source figure is a match's format ("each set best of five legs"), the most there
    may be, not a tally of what was won ("11 legs to six")."""
    at = once_in(f.provenance.sentence, f.provenance.text)
    return at is not None and _best_of_before(f.provenance.sentence, at)


def _best_of_before(text: str, at: int) -> bool:
    """Whether "best of" comes right before offset `at` of `text`."""
    return _BEST_OF.search(text, max(0, at - 10), at) is not None


_BEST_OF = re.compile(r"\bbest[ -]of[ -]$", re.I)


def _a_period(p: Provenance) -> bool:
    """Whether a source figure is a span a report covers: its unit, then "to" and its end."""
    at = once_in(p.sentence, p.text)
    return at is not None and _A_PERIOD_TO.match(p.sentence, at + len(p.text)) is not None


_PERIOD_UNITS = {"month", "week", "year", "day", "quarter"}
# after a span of time, its end: a reporting period ("the three months to 30 September", "the 52
# weeks ended 2 March", "the six months through June")
_A_PERIOD_TO = re.compile(r"[ \t]+(?:to|ended|ending|through|until)[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?"
                          r"(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)")


def _hits_named_or_not(ctx: CheckContext, n: NumberMention, keys: frozenset[str], params: NumberMismatchParams,
                       years: set[str]) -> list[Hit]:
    """A figure's hits; where none claims an error and its clause names what the sources' clause
    may leave to its context ("The charge for four hours at Orrendby General Hospital is £3.20"
    beside a release's "The charge for stays of up to four hours will rise to £3.10" under its
    heading about that hospital), the claims its clause without those names makes, of source
    clauses that name nothing (else their names say whose figure it is: a region's row, another
    council's budget) and whose paragraph, the paragraph before it or the document's opening
    names them all."""
    hits = list(_number_hits(ctx, n, keys, params, years))
    named = frozenset(k for k in keys if k.startswith(ENTITY_KEY))
    if any(h.severity is None for h in hits) or not named or n.unit in (CLOCK, SCORE, "age") \
            or n.unit.startswith(RANK) or ctx.kb.numbers_writing(n.value, 0):
        return hits  # a time, a score, an age, a place in an order: whose and which event the names say;
        # a value the sources write somewhere: no claim without the names that may tell it apart
    ids = frozenset(int(k[len(ENTITY_KEY):]) for k in named)
    bare = keys - named - {w for i in ids for w in content_words(ctx.kb.entity(i).name)}
    if len(bare) < _BARE_KEYS:
        return hits
    claims = [h for h in _number_hits(ctx, n, bare, params, years, unnamed=True)
              if h.severity is None and h.evidence and all(_named_around(ctx, h.evidence[0], i) for i in ids)]
    return claims or hits


_BARE_KEYS = 3  # words a clause without its names must keep to align on


def _named_around(ctx: CheckContext, provenance, entity: int) -> bool:
    """Whether a source names an entity in the paragraph of `provenance`, the paragraph before it
    or its opening (its heading and lead)."""
    doc = provenance.document
    there = doc.sentence_at(provenance.start) if doc is not None else None
    if there is None:
        return False
    opening = doc.paragraph_opening(there)
    before = doc.paragraph_opening(doc.sentences[opening.index - 1]) if opening.index else opening
    end = doc.paragraph_closing(there).end
    lead = next((x.end for x in doc.sentences if x.paragraph >= 2), len(doc.text))
    return any(p.source == provenance.source and (before.start <= p.start < end or p.start < lead)
               for p in ctx.kb.mentions_of(entity))


def _change_sentence(ctx: CheckContext, n: NumberMention) -> str:
    """A percentage's sentence, whose bare figures `wrong_change` reads ("59,210 against 50,140, a
    rise of 25%"); "" for any other figure."""
    if n.unit != "percent":
        return ""
    sentence = ctx.document.sentences[n.sentence]
    return ctx.document.prose[sentence.start : sentence.end]


def _value_written(text: str) -> float | None:
    """The value of the first figure a source's text writes, at its scale ("2.3 million": 2,300,000)."""
    if (scaled := _SCALED.search(text)) is not None:
        written, scale = _at_scale(scaled)
        return written * scale
    figure = _FIGURES.search(text)
    return float(figure.group().replace(",", "")) if figure and figure.group()[-1].isdigit() else None


def _one_figure_per_fact(found: list[tuple[NumberMention, Hit]]) -> Iterator[Hit]:
    """Two figures of one draft sentence that one source figure contradicts ("occupancy reached
    97.8 per cent, against a standard of 92 per cent", where the source's 97.3% is the occupancy):
    the source figure is one of theirs, the one whose digits it swaps, else the nearest in value;
    the other is something else, which the sources may give apart, and no claim."""
    def claimed(hit: Hit) -> tuple | None:
        return (hit.evidence[0].source, hit.evidence[0].start) if hit.evidence and hit.severity is None else None

    def fit(n: NumberMention, hit: Hit) -> tuple[bool, float]:
        value = _value_written(hit.evidence[0].text)
        value = n.value if value is None else value
        return hit.variant != "transposed", abs(n.value - value) / max(abs(value), 1.0)

    best: dict[tuple, tuple[tuple[bool, float], int]] = {}
    for k, (n, hit) in enumerate(found):
        if (key := claimed(hit)) is not None:
            key = (n.sentence, *key)
            if key not in best or fit(n, hit) < best[key][0]:
                best[key] = (fit(n, hit), k)
    for k, (n, hit) in enumerate(found):
        key = claimed(hit)
        if key is None or best[(n.sentence, *key)][1] == k:
            yield hit


def _read_around(ctx: CheckContext, n: NumberMention) -> tuple:
    """The draft's text a number's hits read besides the mention: the figure as written and the
    words either side of it that say it is a sum or a change (see `_derived`)."""
    start, end = n.number_span
    prose = ctx.document.prose
    lo = max(0, start - 61)  # one more character: a word boundary at the window's start reads it
    return ctx.document.text[n.start : n.end], ctx.document.text[start:end], prose[lo : min(len(prose), end + 40)], start - lo


def _number_hits(ctx: CheckContext, n: NumberMention, keys: frozenset[str], params: NumberMismatchParams,
                 years: set[str], unnamed: bool = False) -> Iterator[Hit]:
    """The hits for one draft figure, whose clause has `keys`; `unnamed`: of source clauses that
    name nothing (see `_hits_named_or_not`)."""
    threshold, near, support, exact_match = params.min_match, params.near_best, params.support_match, params.fix_match
    if n.unit == SCORE:
        yield from _score_hits(ctx, n, keys, support)
        return
    if n.unit == CLOCK:
        yield from _clock_hits(ctx, n, keys, params, years)
        return
    if n.unit == "age" and (hit := _age_of_the_person(ctx, n, keys)) is not None:
        yield hit
        return
    if n.unit == "age" and n.exact and _an_age_the_sources_give_someone_named(ctx, n):
        return  # "Ivo Pent 7 - the 22-year-old centre-back", where a source gives Pent's age as 22 beside his captain's 29
    if n.unit == "percent" and (hit := wrong_change(ctx, n)) is not None:
        yield hit  # "59,210 against 50,140, a rise of 25%": the sources' two figures make it 18%
        return
    if (hit := _margin_against_its_tally(ctx, n)) is not None:
        yield hit
        return
    facts = ctx.kb.numbers
    # a count of a named kind of thing ("council homes") aligns on its kind and verb even where
    # the rest of the clause differs: the clause need only be related, as for support
    floor = support if n.unit not in GENERIC_UNITS and set(n.modifiers) - {PART_OF} else threshold
    levels = ctx.ranked("numbers", keys, floor, n.unit)
    margin = _a_margin(ctx, n)  # "won it by 2,300 votes", "with a majority of 2,311": a margin, and so a difference
    after_by, between_figures = _a_difference(ctx, n) or margin, _between_figures(ctx, n)  # the draft's, read once
    best_of = _best_of_before(ctx.document.prose, n.start)
    own_figures, figures_beside = _figures_around(ctx, n)
    equivalents = [g for m in ctx.numbers_in(n.sentence) if m.unit == n.unit for g in _written_as_another(ctx, m)]

    def usable(f: NumberFact, n=n) -> bool:
        """Counts of the same thing: a part ("11 of 14 berths") only with a part, and where both
        name a kind ("media organizations"), a shared one. Another figure's fact is no candidate;
        nor is a difference ("the heavier crew by an average of 1.4 kilograms") for a draft's level
        ("averaged 77.2kg"), nor a level for the gap between two of the draft sentence's figures."""
        difference = _a_difference_written(f.provenance.sentence, f.text)
        if unnamed and any(k.startswith(ENTITY_KEY) for k in f.keys):
            return False
        return (PART_OF in n.modifiers) == (PART_OF in f.modifiers) and _kinds_agree(n, f) \
            and not _of_another_person(ctx, n, f) and not _over_another_name(ctx, n, f) and not _without_one(ctx, n, f) \
            and not _of_another_body(ctx, n, f) and not _an_age_then(ctx, n, f) and not _now_against_then(ctx, n, f) and best_of == _a_best_of(f) \
            and not _of_another_address(ctx, n, f) and not ctx.another_entry(n.start, f.provenance) \
            and not _apposed_to_another(ctx, n, f) and not _told_in_another_sentence(f, own_figures, figures_beside) \
            and (compatible(n, f) or not _written_beside(ctx, n, f)) and _of_a_size(n, f) \
            and not any(compatible(f, g) for g in equivalents) \
            and (not difference or after_by) and (not (between_figures or margin) or difference)

    def of_this_event(f: NumberFact, n=n) -> bool:
        return usable(f) and same_event(n, f, years)

    # the value stated for the same named kind anywhere ("8oz gloves" in another sentence) supports it
    supporting = _stated(ctx, n, keys, support if floor == threshold else 0.0)
    if supporting is None and n.unit in _MEASURES and n.exact and _of_unit_anywhere(ctx, n, [n.value]):
        return  # "surged at 39km" where a source breaks away "at 39 kilometres": a distance the sources give
    if supporting is None and (_both_beside_its_companions(ctx, n) or _in_the_row_of_its_name(ctx, n)
                               or _measured_in_the_row_of_its_name(ctx, n) or _written_with_its_address(ctx, n)
                               or _the_days_of_a_span(ctx, n)):
        return  # "in the two subjects" for "in both English and maths"; a table row's cells; a
        # listing's "£268,000" for "41 Sallowmarsh Road", a register's line "41 Sallowmarsh Road ... | 268,000"
    if supporting is None and n.exact and _on_a_table_line_of_its_words(
            ctx, n, keys, [facts[i] for _, ids in levels for i in list(ids)[:_TABLE_SOURCES]] + _of_its_unit(ctx, n)):
        return  # "potassium 3.1 mmol/L; moved to a general medical ward": the table's row of those words writes 3.1
    if supporting is None and (_stated_with_companions(ctx, n) or _stated_in_its_row(ctx, n, keys)
                               or _in_a_row_of_its_companions(ctx, n) or _the_value_of_a_label_it_says(ctx, n, keys)):
        return  # "41 pairs, compared with 174 in 2006, a fall of 76.4%": the sources' sentence of all three
        # (or a table's row: "£1.20 million on 498 screens" for "£1,204,880 | -41% | 498")
    if supporting is None and _written_beside_the_name(ctx, n):
        # but "61,840 burglaries in 2029, down from 66,250" beside their 61,480: the very digits swapped
        if (swapped := _transposed(ctx, n, keys, support)) is not None:
            yield swapped
        return
    if supporting is None and OPPOSED in n.anchor and (hit := _against_in_the_tally(ctx, n, support)) is not None:
        yield hit  # "by seven votes to five" where the sentence that gives the seven gives four against
        return
    if supporting is None and (_scaled_figure_given(ctx, n) or _distinctive_figure_written(ctx, n)
                               or _margin_written(ctx, n)):
        return  # "9.8m viewers" where a release gives "an audience of 9.84 million", "9,482 votes" where a
        # results table's row gives 9,482, "ahead by just 89 votes" its "Majority: 89": the sources write it
    counted_otherwise = supporting is None and _counted_otherwise(ctx, n, keys, support)
    if counted_otherwise or (supporting is None and _share_given(ctx, n)):
        if counted_otherwise and (swapped := _transposed(ctx, n, keys, support)) is not None:
            yield swapped  # near a figure counted otherwise, but the very digits of another swapped
        return  # "14 Scottish universities" for the related clause's "the 14 institutions"; "81.6 per cent"
    if supporting is not None and n.unit.startswith(RANK) and (hit := _named_otherwise(ctx, n, supporting, lambda: ctx.near_best(
            ctx.ranked("numbers", keys, support, n.unit), facts, support, 0.0,
            of_this_event))) is not None:
        yield hit  # "settled in round seven, when Tarrow beat Moss": the round of Tarrow's win over Moss,
        return  # not the "round seven" of a forfeit another clause gives
    if supporting is not None and not _same_value(supporting.value, n.value) \
            and not abs(supporting.value - n.value) <= _rounding(n) \
            and (swapped := _transposed(ctx, n, keys, support)) is not None:
        # "up to 65.2%" bounds the 36.8% a related clause gives, "about 3,142 students" rounds its
        # 3,387 and "£7,428,316.90" is within a headline's "£7.4 million", but the very digits are
        # the 62.5%'s, the 3,412's and the £7,482,316.90's (not where the draft's figure is the
        # support rounded as it writes it: "£1.20 million" of £1,204,880, whatever "£2.1 million" is)
        yield swapped
        return
    if supporting is not None:
        aligned = ctx.near_best(levels, facts, threshold, near, of_this_event)
        fit = _closeness(n, supporting)  # as close a fit as the figure that supports it ("on cycle lanes")
        # a source that also states the draft's value gives two facts, not another value of one
        agreeing = {supporting.provenance.source} | {f.provenance.source for _, f in aligned if compatible(n, f)}
        # what the draft's figure and the one that supports it share ("vegetable prices") the other
        # must say too: "prices rose 0.3% on the month" is all items, not vegetables' 1.3%
        common = shared_anchors(n.anchor, supporting.anchor).keys()
        other = next((f for _, f in aligned if not compatible(n, f, precise=False) and not compatible(supporting, f)
                      and common <= _bare_anchors(f.anchor).keys()
                      and _closeness(n, f) >= fit and f.provenance.source not in agreeing
                      and _one_fact(f, supporting)  # "below 150 metres" bounds the "125 metres" it aligned with
                      # a source that writes the draft's value beside other figures gives it as another
                      # fact ("66,870 since launch", "32,460 this year"), not another value of this one
                      and not any(facts[i].provenance.source == f.provenance.source
                                  for i in ctx.kb.numbers_beside_value(n.value))), None)
        if other is not None:  # the sources disagree, and the draft follows one of them
            start, end = n.number_span
            yield Hit(start, end, {"found": ctx.document.text[start:end], "expected": supporting.text,
                                   "other": other.text, "source": supporting.provenance.source.rsplit("/", 1)[-1],
                                   "other_source": other.provenance.source.rsplit("/", 1)[-1]},
                      evidence=[supporting.provenance, other.provenance],
                      severity="information", variant="sources-disagree")
        return
    if not n.unit.startswith(RANK) and _stated_beside(ctx, n, keys, support):
        return  # "grew from five investigators to eight": the source writes the draft's value too
    if _range_end(n) and (hit := _range_end_hit(ctx, n, keys)) is not None:
        yield hit
        return
    period = _times(n.anchor)
    over_the_period = n.unit not in GENERIC_UNITS and n.exact and len(period) >= 2
    if over_the_period and not any(usable(facts[i]) for _, ids in levels for i in ids):
        levels = ctx.ranked("numbers", keys, support, n.unit)  # the period, not the clause's words, aligns it

    def labelled() -> list[tuple[float, NumberFact]]:
        """ "£150,000 for the runner-up": the prize list's "runner-up £100,000" (asked once, and only
        where nothing else aligns)."""
        return ctx.remember(("labelled alike", n.start, n.end), lambda: _labelled_alike(
            ctx, n, keys, support, of_this_event))

    def unaligned() -> Hit | None:
        """Where no source clause aligns: the very digits swapped, the figure beside its companions,
        or advice on the one value of its kind."""
        return _transposed(ctx, n, keys, support) or _beside_its_companions(ctx, n) \
            or _the_one_value_of_its_kind(ctx, n, keys, of_this_event)

    if not any(usable(facts[i]) for _, ids in levels for i in ids) and not labelled():
        hit = _other_currency(ctx, n, keys, threshold) or unaligned()
        if hit:
            yield hit
        return
    # the same fact: it also shares a word around the figure (its verb, whose it is, what it is of),
    # and, for a named kind, the kind
    aligned = ctx.near_best(levels, facts, floor, near, lambda f, n=n, floor=floor: usable(f) and same_event(n, f, years)
                            and (floor == threshold or bool(set(n.modifiers) & set(f.modifiers) - {PART_OF})))
    if not aligned and n.unit not in GENERIC_UNITS:
        # a count of a specific thing in a clause that matches closely ("enrolled 1,204 adults aged
        # 65 to 84 at 38 clinics" for "recruited 1,402 adults aged between 65 and 84 at 38 clinics"):
        # the clause says it is the same count though the verbs differ
        aligned = [(sc, f) for sc, f in ctx.near_best(levels, facts, exact_match, near, lambda f, n=n: usable(f)
                                                      and same_event(n, f, years, shared_word=False))
                   if sc >= exact_match]
    if not aligned and over_the_period:
        # "12 transits between March 2029 and October 2030" for "14 transits observed between March 2029
        # and October 2030": a count of one specific thing over the same two years is the same count
        aligned = ctx.near_best(levels, facts, support, 0.0,
                                lambda f, n=n, period=period: usable(f) and len(period & _times(f.anchor)) >= 2
                                and same_event(n, f, years, shared_word=False))
    if n.unit in _SPANS and (since := _counted_from(ctx.document.prose[n.end : n.end + 60])) is not None:
        # "15 minutes after departure" is not "22 minutes after water was first reported", nor "five
        # years after the sinking" the "review after three years": a span counted from another event
        aligned = [(sc, f) for sc, f in aligned if compatible(n, f) or _fact_counted_from(f) == since]
    if not aligned:
        aligned = labelled()
    if not aligned:
        hit = unaligned()
        if hit:
            yield hit
        return
    if any(compatible(n, f) for _, f in aligned):
        # "£87,142" within "more than £87,000", where the sum the same words give exactly is
        # £87,412: the very digits swapped are a slip, which the bound does not excuse
        if n.exact and any(f.low == f.high and _digits_swapped(n.value, f.value) for _, f in aligned) \
                and not any(f.low == f.high and compatible(n, f) for _, f in aligned) \
                and (swapped := _transposed(ctx, n, keys, support)) is not None:
            yield swapped
        return
    if _derived(ctx, n, keys, support, [f for _, f in aligned]):
        return
    if _of_someone_unknown(ctx, n):
        # "Ivo Pent, a collector who lent two drawings": his, not the show's 19; but "a €540 million
        # investment" where the same words give 450 million: the very digits swapped are a slip
        swapped = _transposed(ctx, n, keys, support)
        if swapped is not None and any(swapped.fields["expected"] == f.text for _, f in aligned):
            yield swapped
        return
    # the closest: most words around the figure in common ("spend ... on cycle lanes" is the 7
    # million for cycle lanes, not the 31 million for roads in the same sentence), then the clause;
    # of a source paragraph about whom the draft's paragraph is about, where one is
    aligned = _of_the_paragraphs_subject(ctx, n, aligned)
    closeness = {id(f): _closeness(n, f) for _, f in aligned}
    aligned.sort(key=lambda sf: (closeness[id(sf[1])], sf[0]), reverse=True)
    score, fact = aligned[0]
    if n.unit == "age" and (name := _name_before(ctx, n)) is not None and _age_corrected(ctx.resolve(name)):
        return
    if _one_word_in_common(keys, fact.keys) and n.exact and ctx.kb.numbers_writing(n.value, 0):
        # "Other parties took 6%" beside "the party's 14 per cent", where "Others: 6%" is a source's;
        # but "shares fell 8.6%" where a clause of the same words gives 6.8%: the very digits swapped
        # are a slip (as where nothing aligns)
        if (swapped := _transposed(ctx, n, keys, support)) is not None:
            yield swapped
        return
    if n.exact and _names_all_in_common(n, fact) and any(
            (f := facts[i]).unit == n.unit and _same_value(f.value, n.value) for i in ctx.kb.numbers_beside_value(n.value)):
        return  # "booked for pulling down Ivo Pent in the 56th minute" beside "Pent scored from the spot in the
        # 57th minute", where another source sentence gives the 56th minute: a name is no event
    closest = [f for _, f in aligned if closeness[id(f)] == closeness[id(fact)]]
    start, end = n.number_span
    fixes = []
    doubtful_year = any(w.startswith(TIME) and w not in years for w in n.anchor)
    # two bounds of one direction are two statements of one limit ("within 50m" for "within 150 metres")
    certain = (((n.exact and fact.low == fact.high) or (_bound(n) and _bound(n) == _bound(fact)))
               and len({f.value for f in closest}) == 1 and not doubtful_year
               and score >= exact_match and len(shared_anchors(n.anchor, fact.anchor)) >= 2
               and not _nearer_beside(ctx, n, fact))
    swapped = _transposed(ctx, n, keys, support)
    if swapped is not None and (not certain or swapped.fields["expected"] != fact.text):
        # "£86,050" by "£68,050", not the "£120,000" its clause shares more words with; and "In 2028,
        # 42%" by the "24% in 2028" of the sentence whose "38%" it aligned with: the very digits win
        yield swapped
        return
    right = _replacement(fact.text, ctx.document.text[start:end], fact)
    if certain and right and _keeps_scale(n, ctx.document.text[start:end], right, fact.value):
        fixes = [(f"Replace with \"{right}\"", right)]
    yield Hit(start, end, _fields(ctx, start, end, fact), fixes=fixes, evidence=[fact.provenance], preferred=bool(fixes))


def _the_one_value_of_its_kind(ctx: CheckContext, n: NumberMention, keys: frozenset[str],
                               usable: Callable[[NumberFact], bool]) -> Hit | None:
    """Advice where no source clause aligns with the figure's, but of the figures of its named kind
    that share a word around it (whose it is, its verb) and its marks (a former value, a change),
    the sources give one value, and the draft's nowhere: "drew 612 walkers, up from 388 last year"
    where a source's only former count of walkers is "488 walkers last year"; an age, where the two
    also share whose it is ("a 39-year-old Dutch woman" and "the woman, 29"); a sum, where the two
    share a word that is no name ("revenue rose to £1.26 billion" and "Group revenue of £1.24bn",
    the only revenue the sources give). Likely the same fact
    worded otherwise, not certainly: information, and no fix."""
    if not n.unit or (n.unit in GENERIC_UNITS and n.unit != "age" and not (n.unit in CURRENCY_CODES and n.exact)) \
            or n.unit.startswith(RANK) \
            or ctx.kb.stated_values(n.low, n.high) \
            or ctx.kb.numbers_stating(n.unit, -math.inf, math.inf, _FEW_OF_A_KIND) > _FEW_OF_A_KIND:
        return None  # an archive's hundreds of ages: "the one value" says nothing there
    facts = ctx.kb.numbers
    found = [facts[i] for _, ids in ctx.ranked("numbers", keys, _KIND_ONLY, n.unit) for i in ids]
    found = [f for f in found if usable(f) and not compatible(n, f) and (n.unit != "age" or _of_one_person(n, f))]
    if not found or len({(f.low, f.high) for f in found}) != 1:
        return None
    start, end = n.number_span
    return Hit(start, end, _fields(ctx, start, end, found[0]), evidence=[found[0].provenance], severity="information")


def _of_one_person(n: NumberMention, f: NumberFact) -> bool:
    """Whether two ages share whose they are: a name, or a word for the person ("the woman, 29")."""
    return any(name or w in PERSON_NOUNS for w, name in shared_anchors(n.anchor, f.anchor).items())


_FEW_OF_A_KIND = 40  # figures of one kind the sources may give for "the one value" to mean anything
_KIND_ONLY = 0.05  # any clause sharing a weighty word: the kind, the marks and an anchor word align it


def _clock_hits(ctx: CheckContext, n: NumberMention, keys: frozenset[str], params: NumberMismatchParams,
                years: set[str]) -> Iterator[Hit]:
    """A time of day ("launched at 18:56"). A story gives many, and a time says nothing of what
    happened at it, so any source time the draft's allows ("just after 7pm" for "7.05pm") supports
    it wherever it is written, and it is contradicted only by the source times of clauses that match
    its own and share a word of the event (no name): where those agree on one time."""
    facts = ctx.kb.numbers
    if any(facts[i].low == facts[i].high or n.low <= facts[i].low <= n.high or n.low <= facts[i].high <= n.high
           for ids in ctx.kb.numbers_between(CLOCK, n.low, n.high, {}).values() for i in ids):
        return  # a window ("between 4pm and 6pm") supports only the time of its own event, but its
        # ends are times written ("polls open 7am to 10pm" gives "close at 10pm")
    levels = ctx.ranked("numbers", keys, params.min_match, CLOCK)
    mine = _zone_after(ctx.document.prose, n.end)
    aligned = ctx.near_best(levels, facts, params.min_match, params.near_best,
                            lambda f: f.unit == CLOCK and same_event(n, f, years) and not _opposite_ends(n, f)
                            and not _other_zones(mine, f))
    if not aligned or any(f.low <= n.high and n.low <= f.high for _, f in aligned) or len({f.value for _, f in aligned}) > 1:
        return  # no time of this event, one it allows, or several: "reached the yacht at 18:58", "arrived at 20:40"
    score, fact = aligned[0]
    if any(m is not n and m.unit == CLOCK and compatible(m, fact) for m in ctx.numbers_in(n.sentence)):
        return  # "first train 10.15am, last train 4.40pm": the source's 16:40 is the other time's
    start, end = n.number_span
    certain = n.exact and fact.low == fact.high and score >= params.fix_match \
        and len({w for w, name in shared_anchors(n.anchor, fact.anchor).items() if not name}) >= 2
    fixes = _fixes_to(n, ctx.document.text[start:end], fact) if certain else []
    yield Hit(start, end, _fields(ctx, start, end, fact), fixes=fixes, evidence=[fact.provenance], preferred=bool(fixes))


def _zone_after(text: str, at: int) -> str | None:
    """The time zone written right after a time ("12:02 p.m. ET", "09:02 PT", "(GMT)"), by region;
    a clock of the time-zone database by its own name ("3.30pm NZDT")."""
    m = _ZONE.match(text, at)
    if m is None:
        return None
    return _ZONES.get(m[1]) or (m[1].lower() if m[1] in clock_abbreviations() else None)


def _other_zones(mine: str | None, f: NumberFact) -> bool:
    """Whether a draft time and a source time are written in two time zones ("12:02 p.m. ET" and
    "09:02 PT" are one moment, three hours apart on the clock): no clock of one contradicts the other."""
    if mine is None:
        return False
    at = once_in(f.provenance.sentence, f.provenance.text)
    theirs = _zone_after(f.provenance.sentence, at + len(f.provenance.text)) if at is not None else None
    return theirs is not None and theirs != mine


_ZONE = re.compile(r"[ \t]*\(?([A-Z]{2,4})\b")
_ZONES = {**dict.fromkeys(("PT", "PST", "PDT"), "pacific"), **dict.fromkeys(("ET", "EST", "EDT"), "eastern"),
          **dict.fromkeys(("CT", "CST", "CDT"), "central"), **dict.fromkeys(("MT", "MST", "MDT"), "mountain"),
          **dict.fromkeys(("GMT", "UTC"), "utc"), "BST": "bst", **dict.fromkeys(("CET", "CEST"), "cet"),
          "IST": "ist", **dict.fromkeys(("AEST", "AEDT"), "aest"), "JST": "jst"}


# the two ends of a day's or a service's times: "the first train at 10.15am" is not "the last train
# leaves at 16:40", whatever else their clauses share (anchors are stemmed: "open", "clos")
_ENDS = (("first", "last"), ("earliest", "latest"), ("open", "clos"), ("start", "finish"))


def _opposite_ends(n: NumberMention, f: NumberFact) -> bool:
    """Whether a draft time and a source time are of a day's two ends: one names the first (or the
    opening) and the other the last (or the closing), and neither names both."""
    mine, theirs = _bare_anchors(n.anchor).keys(), _bare_anchors(f.anchor).keys()
    return any((a in mine and b in theirs and b not in mine and a not in theirs)
               or (b in mine and a in theirs and a not in mine and b not in theirs) for a, b in _ENDS)


PAIRED_MATCH = 0.05  # a source score's or range's clause need share this little with the draft's: the
# number it shares with the draft's says more


def _range_end_hit(ctx: CheckContext, n: NumberMention, keys: frozenset[str]) -> Hit | None:
    """ "an estimate of £5 million to £8 million" where a related source clause estimates
    "£5,000,000-7,000,000": one end of a range against the same end of the one source range of the
    same unit whose other end is the draft's. A range sharing an end is the same range, however
    few words its clauses share."""
    side = _range_end(n)
    other = n.low if side == "high" else n.high
    facts = ctx.kb.numbers
    found = [f for _, ids in ctx.ranked("numbers", keys, PAIRED_MATCH, n.unit) for i in ids
             if _range_end(f := facts[i]) == side and abs((f.low if side == "high" else f.high) - other) <= EXACT * abs(other)
             and not compatible(n, f)]
    if len({f.value for f in found}) != 1:
        return None
    fact = found[0]
    start, end = n.number_span
    return Hit(start, end, _fields(ctx, start, end, fact), evidence=[fact.provenance])


_SPANS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}  # time between events
_FROM = re.compile(r"\s*(after|before|later|earlier|since|from)\b(?:\s+(?:the|a|an|its|his|her|their|this|that))?"
                   r"(?:\s+([A-Za-z][\w'-]*))?", re.I)


def _counted_from(after: str) -> tuple[str, str] | None:
    """What a span of time is counted from, read from the text right `after` it: ("after",
    "departur") for "15 minutes after departure"; None where nothing says."""
    m = _FROM.match(after)
    if m is None:
        return None
    word = m[2].lower() if m[2] else ""
    return m[1].lower(), stem(word) if word else ""


def _fact_counted_from(f: NumberFact) -> tuple[str, str] | None:
    at = once_in(f.provenance.sentence, f.provenance.text)
    return _counted_from(f.provenance.sentence[at + len(f.provenance.text) : at + len(f.provenance.text) + 60]) \
        if at is not None else None


def _counted_otherwise(ctx: CheckContext, n: NumberMention, keys: frozenset[str], support: float) -> bool:
    """Whether a related source clause counts the draft's exact number of another noun ("at the 14
    institutions where the threshold was met" for "lecturers at 14 universities"): the noun is
    the writer's word for it, not another count. Not where the draft gives the count to a person
    whom that clause does not name: "Ada Moss had 13 rebounds" is no word for "13 turnovers"."""
    if not (n.exact and _a_count(n.unit) and n.value >= _OTHER_NOUN_LEAST and PART_OF not in n.modifiers):
        return False
    low, high = _interval(n)
    return _first_stated(ctx, replace(n, unit=None, modifiers=()), low, high, keys, support,
                         lambda f: f.unit != n.unit and _a_count(f.unit) and f.low == f.high
                         and same_event(n, f, shared_word=False) and _of_the_figures_person(ctx, n, f)) is not None


_OTHER_NOUN_LEAST = 10  # a count this large stated of another noun in a related clause is no chance


_SCALED_DECIMAL = re.compile(r"\d\.\d+\s*(?:m|bn|million|billion|trillion)\b", re.I)


def _scaled_decimal(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the draft writes the figure as a decimal at a scale ("9.8m", "9.48 million")."""
    start, end = n.number_span
    return bool(_SCALED_DECIMAL.match(ctx.document.text[start : end + 9]))


_DISTINCTIVE_DIGITS = 4  # significant digits that make a figure written anywhere in the sources that very figure


def _distinctive_figure_written(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the sources write the draft's exact figure of four significant digits or more (or
    three to two decimals) anywhere, even in a table's cell that no clause reads: "9,482 votes" is
    the row's 9,482, "peaked at 5.91 metres" the gauge table's "9 February 2032  5.91 m"."""
    digits = len(significant_digits(n.value))
    if _bound(n) and digits >= _DISTINCTIVE_DIGITS - 1 and (step := _units_step(n.value)):
        # a bound written to its units is the figure it rounds, in a table's cell too: "more than 705
        # million shares voted" for the results table's 705,102,644
        low, high = (n.value, n.value + step) if _bound(n) == "lower" else (n.value - step, n.value)
        return bool(ctx.kb.stated_values(low, high))
    return n.exact and (digits >= _DISTINCTIVE_DIGITS or (digits >= _DISTINCTIVE_DIGITS - 1 and decimals_written(n.text) >= 2)) \
        and _value_stated(ctx, n.value)


def _margin_written(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the draft writes its exact figure of two digits or more as a margin ("ahead by just
    89 votes") and the sources write that figure somewhere: a margin is a difference of two totals,
    which a results table gives on a line ("Majority: 89") that no clause reads, and no total of the
    same contest is its slip."""
    return n.exact and n.value >= _MARGIN_LEAST and _a_margin(ctx, n) and OPPOSED not in n.anchor \
        and not _A_TALLYS_SIDE.match(ctx.document.prose, n.end) and _value_stated(ctx, n.value)


_A_TALLYS_SIDE = re.compile(r"\s+to\s+\d")  # "passed by 43 votes to 21": a side of a tally, no margin


_MARGIN_LEAST = 10


def _scaled_figure_given(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a source gives the draft's scaled decimal figure ("9.8m viewers") of the same kind
    of thing, however little their clauses share: a value to two places at a scale is no chance,
    and where the sources give it to something else of that kind, they give the draft's reading."""
    if not n.exact or not _scaled_decimal(ctx, n):
        return False
    margin = 2 * EXACT * n.value
    low, high = n.value - margin, n.value + margin
    kinds = [n.unit] + (["attendance"] if n.unit in _WATCHERS else [])
    for unit in kinds:
        if ctx.kb.numbers_stating(unit, low, high, PROBE_FACTS) > PROBE_FACTS:
            continue  # an archive gives every such value to something
        for ids in ctx.kb.numbers_between(unit, low, high, {}).values():
            if any((compatible(n, f) and not _bound(f)) or (_bound(f) == "lower" and _same_value(f.value, n.value))
                   for i in ids if (f := ctx.kb.numbers[i])):
                return True  # (or "visits pass 5.8 million": the sources' own headline writes it so)
    return False


def _share_given(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a source writes the draft's percentage to its tenths anywhere ("Yes: 4,478
    (81.6%)" for "81.6 per cent of those who voted"), or its amount to the cent ("Q3 adjusted
    EPS: $1.37", a table's, for "the consensus of $1.37"): three digits with a decimal point in
    one unit are no chance."""
    start, end = n.number_span
    written = ctx.document.text[start:end]
    digits = re.sub(r"\D", "", written)
    precise = n.unit == "percent" or (n.unit in CURRENCY_CODES and "." in written)
    return precise and n.exact and len(digits.lstrip("0")) >= 3 and bool(_of_unit_anywhere(ctx, n, [n.value]))


# "Gideon Moss, 47,", "Gideon Moss, who is 47,": an age set off after a name
_AGE_GAP = r"(?:,\s*(?:who\s+(?:is|was)\s+(?:now\s+)?|aged\s+|now\s+)?|\s+\()"  # "Ada Moss, who is now 51", "Ada Moss, now 51"
_APPOSED_AGE = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)" + _AGE_GAP + "$")


def _against_in_the_tally(ctx: CheckContext, n: NumberMention, support: float) -> Hit | None:
    """The votes against of a tally ("seven votes to five") against the votes against of the one
    source tally whose votes for the draft's tally gives: the tally's sentence says whose they are,
    however little else the clauses share."""
    partner = next((m for m in reversed(ctx.numbers_in(n.sentence)) if m.end <= n.start
                    and m.unit == n.unit and OPPOSED not in m.anchor), None)
    if partner is None or not partner.exact:
        return None
    fact = _stated(ctx, partner, ctx.keys(partner.start, partner.end), support)
    if fact is None or OPPOSED in fact.anchor:
        return None  # "defeated by eight votes to four" of "(4 for, 8 against)": the tally read the other way
    tally = (fact.provenance.source, fact.provenance.sentence)
    against = {i: f for i in ctx.kb.numbers_beside_value(fact.value)
               if (f := ctx.kb.numbers[i]).unit == n.unit and OPPOSED in f.anchor
               and (f.provenance.source, f.provenance.sentence) == tally}
    values = {f.value for f in against.values()}
    if len(values) != 1 or n.value in values:
        return None
    right = next(iter(against.values()))
    start, end = n.number_span
    fixes = _fixes_to(n, ctx.document.text[start:end], right)
    return Hit(start, end, _fields(ctx, start, end, right), fixes=fixes, evidence=[right.provenance, fact.provenance],
               preferred=bool(fixes))


def _age_of_the_person(ctx: CheckContext, n: NumberMention, keys: frozenset[str]) -> Hit | None:
    """An age set off after a name ("Ivo Pent, 44,") or given before a role that one person holds
    ("the 44-year-old striker"), against the ages the sources set off after a name of the same
    person, however little else their clauses share: one person has one age. Flagged only where
    those ages agree and none is the draft's."""
    if not n.exact:
        return None
    name = _name_before(ctx, n)
    if name is not None and _APPOSED_AGE.search(ctx.document.prose[max(0, n.start - 60) : n.start]) \
            and re.fullmatch(_AGE_GAP, ctx.document.prose[name.end : n.start]) is not None:
        person = ctx.resolve(name)
    elif (role := _role_after_an_age(ctx, n)) is not None:
        person = holder_of(ctx, role)  # "the 34-year-old singer": the one singer the sources know
        if person is not None and not _the_story_s(ctx, n, person):
            return None
    else:
        return None
    if person is None or person.kind != "person":
        return None
    ages = []
    for _, ids in ctx.ranked("numbers", keys | {entity_key(person.id)}, ANY_SHARE, "age"):
        for i in ids:
            f = ctx.kb.numbers[i]
            at = once_in(f.provenance.sentence, f.provenance.text)
            m = _APPOSED_AGE.search(f.provenance.sentence[max(0, at - 60) : at]) if at is not None else None
            if m is not None and _person_named(ctx, m[1]) is person:
                ages.append(f)
    ages = [f for f in ages if not _an_age_of_its_day(ctx, f)]
    values = {f.value for f in ages}
    if len(values) != 1 or n.value in values or _age_corrected(person):
        return None
    fact = ages[0]
    start, end = n.number_span
    right = _replacement(fact.text, ctx.document.text[start:end], fact) or f"{fact.value:.0f}"  # "aged seven" -> "six"
    return Hit(start, end, _fields(ctx, start, end, fact), fixes=[(f"Replace with \"{right}\"", right)],
               evidence=[f.provenance for f in ages[:2]], preferred=True)


def _an_age_then(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether the draft's age is one at an event of a year before the sources' own ("joined the
    business in 1975 at the age of 17") and the source's is of no year ("Ada Moss, 72"): his age
    then, not now ("Ivo Pent, 24, joined in 2030" is his age now); or the source's age is one its
    document gives years before the sources' latest dates (`_an_age_of_its_day`)."""
    if _an_age_of_its_day(ctx, f):
        return True
    if n.unit != "age" or _times(f.anchor) or not (years := ctx.kb.summary.date_years) \
            or not _AT_AN_AGE.search(ctx.document.prose, max(0, n.start - 20), n.start):
        return False
    then = [int(w[1:]) for w in _times(n.anchor) if w[1:].isdigit()]
    return bool(then) and max(then) < min(years)


def _an_age_of_its_day(ctx: CheckContext, f: NumberFact) -> bool:
    """Whether a source's age is given in a document dated two years or more before the sources'
    latest full dates: "19-year-old Ada Moss" in a report dated 1991 is her age then, not in a
    memorial's release of 2031 ("Ada Moss, now 59")."""
    return f.unit == "age" and _of_an_older_day(ctx, f)


def _of_an_older_day(ctx: CheckContext, f: NumberFact) -> bool:
    """Whether a source's figure is given in a document dated two years or more before the sources'
    latest full dates (by its stamp, or a full date ending its first line)."""
    if (doc := f.provenance.document) is None or not (years := ctx.kb.summary.date_years):
        return False
    issued = of_sources(ctx.kb, ("issued in", f.provenance.source), lambda: next(
        (y for s, e in document_stamps(doc) if (y := first_year(doc.text[s:e])) is not None), None)
        or _headed_year(doc.text))
    return issued is not None and issued < max(years) - 1


def _now_against_then(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether the draft gives its figure as now ("It now employs nine", "six polling stations this
    year") and the source's is of a document years older ("The bakery, which employs six people", in
    a 2020 article): then, not now."""
    here = ctx.document.sentences[n.sentence]
    return _NOW.search(ctx.document.prose, here.start, here.end) is not None and _of_an_older_day(ctx, f)


_NOW = re.compile(r"\b(?:now|currently|today|these days|at present|this year)\b", re.I)


def _headed_year(text: str) -> int | None:
    """The year of a full date that ends a document's first line ("COURIER ARCHIVE - page 7, Friday
    24 September 1982"), which dates what it heads."""
    m = _HEADED_DATE.search(text[: text.find("\n") % (len(text) + 1)])
    return int(m["year"] or m["year2"]) if m else None


_HEADED_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:" + "|".join(MONTH_NAMES) + r")[ \t]+(?P<year>\d{4})[ \t.]*$"
                          r"|\b(?:" + "|".join(MONTH_NAMES) + r")[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?P<year2>\d{4})[ \t.]*$", re.I)


_AT_AN_AGE = re.compile(r"\b(?:at(?:\s+the\s+age\s+of)?|aged)\s+$", re.I)  # an age at an event: "joined at 17"


def _an_age_the_sources_give_someone_named(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a source sentence naming someone the draft's sentence names gives the draft's age:
    an age is whose it is, whatever words around it the clauses share. A sentence that names no one
    ("The 34-year-old was frank about ...") is of those the sentence before names. (The people it
    reads are in the age's hits' key: `_near_people`.)"""
    def people_in(sentence: int) -> set[str]:
        return {entity_key(e.id) for m in ctx.names_in(sentence) if (e := ctx.resolve(m)) is not None and e.kind == "person"}
    people = people_in(n.sentence) or (people_in(n.sentence - 1) if n.sentence else set())
    return bool(people) and any((f := ctx.kb.numbers[i]).unit == "age" and _same_value(f.value, n.value) and people & f.keys
                                for i in ctx.kb.numbers_beside_value(n.value))


def _the_story_s(ctx: CheckContext, n: NumberMention, person: Entity) -> bool:
    """Whether the draft's paragraph names `person` before a described age and no one the sources
    do not know in its sentence or the one before: "the 34-year-old singer" is then the sources'
    singer, not a singer of the draft's own; nor where its own sentence names someone else ("Ivo
    Pent 7 - the 22-year-old centre-back", where the sources name one other centre-back): the age
    may be theirs. (What it reads is in the age's hits' key.)"""
    others = any((e := ctx.resolve(m)) is not person and (e.kind == "person" if e is not None else m.kind == "person")
                 for m in ctx.names_in(n.sentence))
    return person.id in ctx.paragraph_subjects(n.sentence) and None not in _near_people(ctx, n) and not others


def _near_people(ctx: CheckContext, n: NumberMention) -> tuple[int | None, ...]:
    """The entities (None: an unknown person) the draft names in a figure's sentence and the one
    before, for an age: whom "the 34-year-old singer" may be."""
    if n.unit != "age":
        return ()
    found = ((m, ctx.resolve(m)) for i in (n.sentence - 1, n.sentence) for m in ctx.names_in(i))
    return tuple(e.id if e is not None else None for m, e in found if e is not None or m.kind == "person")


# "the 34-year-old singer", "a 28-year-old left-back": an age, then the words of a role
_ROLE_AFTER_AGE = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b")


def _role_after_an_age(ctx: CheckContext, n: NumberMention) -> str | None:
    """The role an age written before it describes ("the 34-year-old singer": singer), where the
    age opens with "the" (one person the story knows) and the role's last word heads a title."""
    prose = ctx.document.prose
    if not re.search(r"\bthe\s+$", prose[max(0, n.start - 5) : n.start], re.I) or "year" not in n.text:
        return None
    m = _ROLE_AFTER_AGE.match(prose, n.end)
    if m is None:
        return None
    words = m[1].split()
    while words and not is_role_noun(role_parts(words[-1])[-1]) and role_parts(words[-1])[-1] not in TRADES:
        words.pop()  # "the 34-year-old singer and her beau": the role ends at its head
    if not words:
        return None
    role, _, _ = normalize_role(words)
    return role or None


def _person_named(ctx: CheckContext, run: str) -> Entity | None:
    """The entity a source's capitalized run before an age names, past the titles that open it
    ("Canon Ada Moss, who is 52": Ada Moss)."""
    words = run.split()
    while words:
        if (e := ctx.kb.entity_for_name(" ".join(words))) is not None or len(words) == 1:
            return e
        if not (is_role_noun(words[0].lower()) or words[0].lower().rstrip(".") in HONORIFICS):
            return None
        words = words[1:]
    return None


# a correction of someone's age: "misstated the age of Ada Moss", "Ada Moss's age was given wrongly"
_AGE_CORRECTED = re.compile(r"\b(?:misstated|misreported|incorrectly|wrongly|erroneously)\b[^.]{0,60}\bage\b"
                            r"|\bage\b[^.]{0,60}\b(?:misstated|misreported|incorrectly|wrongly|erroneously)\b", re.I)


def _age_corrected(person: Entity | None) -> bool:
    """Whether a source corrects the person's age ("A release misstated the age of Ada Moss. She is
    32, not 31."): the ages the sources give are then in doubt, and no claim rests on them."""
    return person is not None and any(_AGE_CORRECTED.search(p.sentence) for p in person.mentions)


def _name_before(ctx: CheckContext, n: NumberMention) -> NameMention | None:
    """The name nearest before a draft figure in its sentence, or None."""
    return next((m for m in reversed(ctx.names_in(n.sentence)) if m.end <= n.start), None)


def _written_as_another(ctx: CheckContext, n: NumberMention) -> list[NumberFact]:
    """The source amounts a source writes in brackets right after the draft's exact amount, in the
    same unit: the same sum in another period or measure ("£410 pw (£1,776.67 pcm)"), so neither
    the draft's "£410" nor another figure of its sentence ("will pay £355 a week ... rather than the
    £410 proposed") is a slip of a report's "£1,777 a month" proposed."""
    if not n.exact or n.unit is None or n.value <= 0 or ctx.kb.numbers_stating(n.unit, n.value, n.value, PROBE_FACTS) > PROBE_FACTS:
        return []
    found: list[NumberFact] = []
    margin = EXACT * n.value
    for ids in ctx.kb.numbers_between(n.unit, n.value - margin, n.value + margin, {}).values():
        for i in ids:
            f = ctx.kb.numbers[i]
            if i + 1 >= len(ctx.kb.numbers) or not _same_value(f.value, n.value):
                continue
            g = ctx.kb.numbers[i + 1]
            if g.unit != f.unit or g.provenance.source != f.provenance.source or g.provenance.sentence != f.provenance.sentence:
                continue
            sentence = f.provenance.sentence
            a = sentence.find(f.provenance.text)
            b = sentence.find(g.provenance.text, a + len(f.provenance.text)) if a >= 0 else -1
            if b > a >= 0 and _BRACKETED_AFTER.fullmatch(sentence, a + len(f.provenance.text), b) \
                    and not 1 / _ANOTHER_MEASURE < g.value / f.value < _ANOTHER_MEASURE:
                found.append(g)  # (not a refinement: "above 18 weeks (18.1 weeks)")
    return found


_ANOTHER_MEASURE = 2.0  # how far apart a sum in two periods is at least (a week's and a month's: 4.3 times)


_BRACKETED_AFTER = re.compile(r"[ \t]*(?:[a-z]{1,5}\.?[ \t]*)?\([ \t]*(?:about[ \t]+|or[ \t]+)?")  # " pw (", " ("


def _apposed_to_another(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether two ages (or two heights written as scores) are set off after two names, of two
    things or people: "Pipkettle, 23, was found by Elspin" is the mare's, no slip of "his daughter,
    Elspin Thackerell, 34"; "Ada Moss, a 6-1 left-hander," is hers, no slip of "Ivo Pent, a 6-2,
    185-pound three-star"."""
    if n.unit != f.unit or n.unit not in ("age", SCORE):
        return False
    before = ctx.document.prose[max(0, n.start - _APPOSED_REACH) : n.start]
    mine = _name_before(ctx, n) if _APPOSED.search(before) else None
    at = once_in(f.provenance.sentence, f.provenance.text)
    if mine is None or at is None or (theirs := _APPOSED.search(f.provenance.sentence[max(0, at - _APPOSED_REACH) : at])) is None:
        return False
    mine_entity, their_entity = ctx.resolve(mine), ctx.kb.entity_for_name(theirs[1])
    if their_entity is None or (mine_entity is not None and mine_entity.id == their_entity.id):
        return False
    # one person however the sources split the name ("CHELSEA WINTROPE", "Ms Wintrope")
    return not ({fold(w) for w in mine.words} & ({fold(w) for w in theirs[1].split()} | their_entity.alias_words))


_APPOSED = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*),\s*(?:now\s+|an?\s+)?$")  # "Elspin Thackerell, 34", "Moss, a 6-1"
_APPOSED_REACH = 60


def _of_someone_unknown(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the name nearest before a draft figure in its sentence is a person the sources do
    not know, not even by a near spelling: the figure is that person's, which no source gives."""
    m = _name_before(ctx, n)
    return (m is not None and m.kind == "person" and m.certain and ctx.resolve(m) is None
            and not any(ctx.is_familiar(w) for w in m.words if w[:1].isupper()))  # not "van", "de"


def _score_hits(ctx: CheckContext, n: NumberMention, keys: frozenset[str], support: float) -> Iterator[Hit]:
    """A score or a tally no related source clause gives ("62-37"), against the one source score of
    a related clause that shares one of its numbers ("61-37", not the committee's "19-7") and that
    the draft's sentence does not itself write ("7-5" against the "7-3" of "6-4, 3-6, 7-6 (7-3)").
    A wrong score is one number off; a score sharing neither is another match's or another vote's."""
    if _stated(ctx, n, keys, support) is not None or _score_beside_its_name(ctx, n) or _in_the_row_of_its_name(ctx, n):
        return
    written = {m.value for m in ctx.numbers_in(n.sentence) if m.unit == SCORE}
    mine = score_parts(n.value)
    facts = ctx.kb.numbers
    # one number off; or, in a clause that shares two words around it, the same number of games or
    # frames split otherwise ("led 6-2 after the afternoon session" for its "5-3")
    def split_otherwise(f: NumberFact) -> bool:
        return _games(f.value) == _games(n.value) and _one_fact(n, f)

    record = _a_record(ctx.document.prose, n.number_span[0], n.number_span[1])
    if record and any((f := facts[i]).unit == SCORE and score_parts(f.value) == mine and _a_record_written(f.provenance.sentence, f.text)
                      for i in ctx.kb.numbers_beside_value(float(max(mine)))):
        return  # "Tarrow (13-4, 6-1)" where a source gives a side's record as 13-4 ("The Sentinels improved to 13-4")
    # a record is its team's: not one of a sentence that names only other sides ("led Tarrow (7-10, 2-5)"
    # is no slip of "Velmar (5-12, 1-6)")
    sides = {e.id for m in ctx.names_in(n.sentence) if (e := ctx.resolve(m)) is not None} if record else set()
    scored = [(sc, f) for sc, ids in ctx.ranked("numbers", keys, PAIRED_MATCH, SCORE) for i in ids
              if (f := facts[i]).value not in written and (score_parts(f.value) & mine or split_otherwise(f))
              and _a_record_written(f.provenance.sentence, f.text) == record and not _apposed_to_another(ctx, n, f)
              and (not record or not (named := _sides_named(ctx, f.provenance.sentence)) or any(e.id in sides for e in named))]
    # of these, the one of the same total that shares the words around it ("6-2" for the "5-3", not the
    # later "7-6" that shares a 6)
    strong = [(sc, f) for sc, f in scored if split_otherwise(f)]
    found = [f for _, f in (strong if len({f.value for _, f in strong}) == 1 else _clearly_closest(scored))]
    if len({f.value for f in found}) != 1:
        return  # none, or two: no telling which
    fact = found[0]
    start, end = n.number_span
    found_text = ctx.document.text[start:end]
    a, sep, b = SCORE_RE.match(found_text).group("a", "sep", "b")  # type: ignore[union-attr]
    x, y = SCORE_RE.match(fact.text).group("a", "b")  # type: ignore[union-attr]
    right = f"{x}{sep}{y}" if (int(a) >= int(b)) == (int(x) >= int(y)) else f"{y}{sep}{x}"  # the draft's order
    if _games(fact.value) != _games(n.value) and _RUNNING_BEFORE.search(ctx.document.prose, max(0, start - 20), start):
        # "Ivo Pent made it 3-2" where the sources' Pent "made it 2-2": a score at another goal of the
        # match, where the scorer may be the slip as well as the score: worth a look, with no fix
        yield Hit(start, end, _fields(ctx, start, end, fact), evidence=[fact.provenance], severity="information")
        return
    yield Hit(start, end, _fields(ctx, start, end, fact), fixes=[(f"Replace with \"{right}\"", right)],
              evidence=[fact.provenance], preferred=False)


# a score at one goal or set of a match: "made it 3-2", "to level at 1-1", "after leading 4-2"
_RUNNING_BEFORE = re.compile(r"\b(?:(?:made|make|makes|making)\s+it|level(?:l?ed)?\s+at|led|leading|trailing|trailed)\s+$", re.I)


def _score_beside_its_name(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a source sentence (or a results line) that names a name of the draft's sentence writes
    the draft's score, either way round: "Map 1, Cinderquay: Tarrow 16-12 Velmar" states "winning
    Cinderquay 16-12", whatever a captain's "won Harrowglass 16-9" shares with its words."""
    start, end = n.number_span
    parts = SCORE_RE.match(ctx.document.text[start:end])
    if parts is None:
        return False
    a, b = parts.group("a", "b")
    written = re.compile(rf"(?<![\d.]){a}\s*[-–—]\s*{b}(?![\d.])|(?<![\d.]){b}\s*[-–—]\s*{a}(?![\d.])")
    return any((e := ctx.resolve(m)) is not None and e.kind != "nationality"
               and any(written.search(p.sentence) for p in e.mentions) for m in ctx.names_in(n.sentence))


# A win-loss record, not a result: "improved to 6-2 against Tarn this season", "went 17-16", "a
# 6-2 record"; a result ("beat Tarn 6-4") is no record's, nor a record a result's.
# A record in brackets after a name, maybe with an average: "Ivo Pent (6-4, 3.60) starts Sunday".
_RECORD_BEFORE = re.compile(r"\b(?:(?:improved|fell|moved|dropped|slipped|climbed)\s+to|went|record\s+(?:of|to|at))\s+$", re.I)
_RECORD_AFTER = re.compile(r"\s*(?:record|mark)\b", re.I)
# (or the overall record before the league's: "Tarrow (7-10, 2-5 WVC)")
_BRACKETED = re.compile(r"\s*(?:,\s*(?:\d*\.\d+|\d{1,3}-\d{1,3})\s*)?(?:[A-Z]{2,6}\s*)?\)")


def _a_record(text: str, start: int, end: int) -> bool:
    return bool(_RECORD_BEFORE.search(text, max(0, start - 30), start) or _RECORD_AFTER.match(text, end)
                or ((text[max(0, start - 1) : start] == "(" or _FIRST_RECORD.search(text, max(0, start - 12), start))
                    and _BRACKETED.match(text, end)))


_FIRST_RECORD = re.compile(r"\(\d{1,3}-\d{1,3},\s*$")  # "(7-10, 2-5)": the overall record, then the league's


@lru_cache(maxsize=1 << 12)
def _a_record_written(sentence: str, figure: str) -> bool:
    at = sentence.find(figure)
    return at >= 0 and _a_record(sentence, at, at + len(figure))


def _clearly_closest(scored: list[tuple[float, NumberFact]]) -> list[tuple[float, NumberFact]]:
    """Of source figures of several values, those of the value whose clause matches the draft's at
    least twice as well as any other value's ("Carried 7-3, with one abstention" for "carried 7-4, with
    one abstention", not the "Carried 6-4" of another vote); else all of them."""
    best: dict[float, float] = {}
    for sc, f in scored:
        best[f.value] = max(best.get(f.value, 0.0), sc)
    if len(best) < 2:
        return scored
    (top, top_score), (_, next_score) = sorted(best.items(), key=lambda kv: -kv[1])[:2]
    return [(sc, f) for sc, f in scored if f.value == top] if top_score >= _CLEARLY * next_score else scored


_CLEARLY = 2.0  # how much better the closest value's clause must match than the next value's


def _labelled_alike(ctx: CheckContext, n: NumberMention, keys: frozenset[str], support: float,
                    usable: Callable[[NumberFact], bool]) -> list[tuple[float, NumberFact]]:
    """The source figures of a related clause whose label is what the draft's figure is for, where
    they give one value: "£150,000 for the runner-up" is the list's "runner-up £100,000", though the
    list shares few words with the draft's sentence. A label is a word after the draft's figure
    (see anchors.OBJECT) and around the source's."""
    objects = {w.removeprefix(OBJECT) for w in n.anchor if w.startswith(OBJECT)}
    objects = {w for w in objects if len(w) >= _LABEL_LETTERS and w not in STOPWORDS and not w.startswith(NAME)
               and w not in GENERIC_UNITS and stem(w) != stem(n.unit)}
    if not objects or not n.exact or ctx.kb.numbers_stating(n.unit, n.value, n.value, 0):
        return []  # a value the sources give the unit anywhere may be that figure's
    facts = ctx.kb.numbers
    labelled = [(sc, f) for sc, ids in ctx.ranked("numbers", keys, support, n.unit) for i in ids
                if (words := _bare_anchors((f := facts[i]).anchor).keys()) & objects
                and len(words) <= _LABEL_WORDS and usable(f)]
    return labelled if len({f.value for _, f in labelled}) == 1 else []


_LABEL_LETTERS = 4  # a label shorter than this ("for all") says little
_LABEL_WORDS = 2  # a listed figure has its label and little else around it ("losing semi-finalists £45,000")


def _games(score: float) -> int:
    """The games, frames or votes a score's value counts in all (see `score_parts`): 6002 -> 8."""
    return int(score) // 1000 + int(score) % 1000


def _stated(ctx: CheckContext, n: NumberMention, keys: frozenset[str], support: float) -> NumberFact | None:
    """See `_stated_now`; remembered for the fact base, so a draft checked again asks it once."""
    end_only = bool(_range_end(n)) and _a_stated_range(ctx, n)
    key = ("stated number", n.unit, n.value, n.low, n.high, tuple(sorted(set(n.modifiers))), keys, support, end_only)
    return ctx.lookup(key, lambda: _stated_now(ctx, n, keys, support, end_only))


def _a_stated_range(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the draft writes both ends of the range `n` is an end of ("€4.95 billion to €5.15
    billion"), not a rounding that allows values below or above it ("nearly 1,200")."""
    return any(m.low == n.low and m.high == n.high and m.value != n.value for m in ctx.numbers_in(n.sentence))


def _stated_now(ctx: CheckContext, n: NumberMention, keys: frozenset[str], support: float,
                end_only: bool = False) -> NumberFact | None:
    """The source fact that states the draft's value for the same kind of thing, whole or as a
    part, in a clause related to the draft's (one that shares `support` of its weight), if any:
    the best related, the first in the sources among equals. Looked up by value: few facts state it;
    a figure with decimals by the values it may round ("0.4" of the sources' "0.41")."""
    low, high = _interval(n)
    if n.low == n.high and (places := decimals_written(n.text)) and not _SCALED.search(n.text):
        reach = 0.5 * 10 ** -places  # as far as `_fewer_decimals` allows
        low, high = min(low, n.value - reach), max(high, n.value + reach)
    # an open bound states only a bound: "up to 150 million" does not state the draft's 128 million;
    # and, where `end_only`, a figure within a range ("5.05 billion" of "4.95 billion to 5.15 billion")
    # states neither of its ends
    # and a bound on a part is stated by a part: "more than 29,000 of its 38,500 seats" is not the 38,500
    part_bound = bool(_bound(n)) and PART_OF in n.modifiers

    def fits(f: NumberFact) -> bool:
        return compatible(n, f) and (not _bound(f) or _bound(f) == _bound(n)) and not _ranks_another_holder(ctx, n, f) \
            and (not part_bound or PART_OF in f.modifiers) \
            and not _anothers_age(ctx, keys, n, f) \
            and (not end_only or bool(_range_end(f)) or abs(f.value - n.value) <= EXACT * abs(n.value))

    return (_first_stated(ctx, n, low, high, keys, support, fits) or _stated_of_object(ctx, n, low, high, fits)
            or _stated_of_people(ctx, n, low, high, keys, support, fits)
            # a table's place changes through a season: "were eighth" four months ago is the sources'
            # "left the team eighth in the table", whatever else the clauses share, where that clause
            # names no one the draft's does not ("fourth place, which went to Tarrow Lynx": theirs)
            or (n.unit == _PLACE and _first_stated(ctx, n, low, high, keys, 0.0, lambda f: fits(f) and not any(
                entity_key(e.id) not in keys for e in _sides_named(ctx, f.provenance.sentence)))) or None)


def _anothers_age(ctx: CheckContext, keys: frozenset[str], n: NumberMention, f: NumberFact) -> bool:
    """Whether a source's age is a person's whom the draft's clause does not name: "Ivo Pent, 14, an
    eighth-grader from Tarrow" states no age of "the 14-year-old eighth-grader from Halden"."""
    if n.unit != "age":
        return False
    words = set(_bare_anchors(f.anchor))
    holders = [p for p in _people_named(ctx, f.provenance.sentence) if words & _name_stems(p)]
    if not holders or any(_name_stems(p) & keys for p in holders):
        return False
    return not _the_age_of_the_one_before(ctx, n) & {p.id for p in holders}


def _the_age_of_the_one_before(ctx: CheckContext, n: NumberMention) -> set[int]:
    """The person an age that opens its sentence with "the" is of, where the sentence before names
    one known person and no other: "Ada Moss won on Sunday. The 41-year-old started the day second"
    is Moss's age (the ones `_near_people` reads, for the hits' key)."""
    doc = ctx.document
    if n.sentence == 0 or not _THE_OPENING.fullmatch(doc.prose, doc.sentences[n.sentence].start, n.start):
        return set()
    before = {e.id for m in ctx.names_in(n.sentence - 1) if (e := ctx.resolve(m)) is not None and e.kind == "person"}
    return before if len(before) == 1 else set()


_THE_OPENING = re.compile(r"\s*the\s+", re.I)  # "The 41-year-old started ..."


def _ranks_another_holder(ctx: CheckContext, n: NumberMention, f: NumberFact) -> bool:
    """Whether a source's rank is another holder's than the draft's: "Tarrow are sixth" is not stated
    by "two points behind sixth-placed Ardlow Heath"."""
    if not n.unit.startswith(RANK) or (mine := _draft_holder(ctx, n)) is None:
        return False
    at = once_in(f.provenance.sentence, f.text)
    theirs = _holder(ctx, f.provenance.sentence, at, at + len(f.text)) if at is not None else None
    return theirs is not None and theirs.id != mine.id


def _stated_of_people(ctx: CheckContext, n: NumberMention, low: float, high: float, keys: frozenset[str],
                      support: float, fits) -> NumberFact | None:
    """For a count of "people", the source fact of a related clause that states it of a kind of
    people ("about 2,600 residents remained under evacuation orders"); for a count of those who
    watch, the audience a source gives ("9.8m viewers" for "an audience of 9.84 million"); a toll is
    a count of people ("the death toll rose to 17": "Seventeen people have now been confirmed dead")."""
    if n.unit in ("people", "person"):
        kinds = _PEOPLE_UNITS | {"attendance"}
    elif n.unit == "toll":  # of the dead, however little else the clauses share
        return _first_stated(ctx, replace(n, unit=None), low, high, keys, 0.0, lambda f: fits(f) and f.unit in _PEOPLE_UNITS
                             and bool(_DEATH_WORDS & _bare_anchors(f.anchor).keys()))
    elif n.unit in _AUDIENCE_UNITS:
        kinds = {"attendance"}
    else:
        return None
    return _first_stated(ctx, replace(n, unit=None), low, high, keys, support, lambda f: fits(f) and f.unit in kinds)


_PLACE = f"{RANK}place"
_DEATH_WORDS = {stem(w) for w in ("dead", "died", "killed", "death", "fatality", "perished")}
_PEOPLE_NOUNS = PERSON_NOUNS | {"boy", "girl", "child", "children", "men", "women", "teenager", "adult", "resident",
                                 "passenger", "patient", "pupil", "student", "voter", "visitor", "fan", "spectator"}
_PEOPLE_WORDS = {stem(w) for w in _PEOPLE_NOUNS}
_PEOPLE_UNITS = {fold(w) for w in _PEOPLE_NOUNS}
_AUDIENCE_UNITS = {"viewer", "spectator", "fan", "listener", "supporter", "attendee"}  # an audience's or a crowd's
_WATCHERS = _AUDIENCE_UNITS | {"people", "person"}  # counts an audience or a crowd may give


def _stated_of_object(ctx: CheckContext, n: NumberMention, low: float, high: float, fits) -> NumberFact | None:
    """The source fact that states the draft's value of what the draft's figure is of ("a £114
    surcharge" for a court list's "Victim surcharge 114 pounds"), however little else the clauses
    share: a figure and the noun it is of say which fact it is. Looked up by value: few facts state it."""
    objects = {w[1:] for w in n.anchor if w.startswith(OBJECT)} - {n.unit} - _PEOPLE_WORDS
    if not objects or not n.exact or n.unit == "age":
        return None  # an age, or a count of boys, is whoever it names: "boys aged 15 and 16" is no 15-year-old victim
    margin = 2 * EXACT * max(abs(low), abs(high)) + 1e-9
    if ctx.kb.numbers_stating(n.unit, low - margin, high + margin, PROBE_FACTS) > PROBE_FACTS:
        return None
    for ids in ctx.kb.numbers_between(n.unit, low - margin, high + margin, {}).values():
        for i in sorted(ids):
            f = ctx.kb.numbers[i]
            if fits(f) and objects & {w.lstrip(OBJECT) for w in f.anchor}:
                return f
    return None


def _stated_value(ctx: CheckContext, n: NumberMention, value: float, keys: frozenset[str],
                  support: float) -> NumberFact | None:
    """As `_stated_now`, for an exact `value` in place of the draft's figure."""
    def fits(f: NumberFact) -> bool:  # a bound's digits are another bound's of the same direction
        return abs(f.value - value) <= EXACT * abs(value) and _bound(f) == _bound(n)

    return (_first_stated(ctx, n, value, value, keys, support, fits) or _stated_of_object(ctx, n, value, value, fits)
            or (n.unit in _WATCHERS and _first_stated(ctx, replace(n, unit="attendance"), value, value, keys,
                                                           support, fits)) or None)  # "9.48m viewers", "an audience of 9.84 million"


def _first_stated(ctx: CheckContext, n: NumberMention, low: float, high: float, keys: frozenset[str],
                  support: float, fits) -> NumberFact | None:
    margin = 2 * EXACT * max((abs(x) for x in (low, high, n.value) if math.isfinite(x)), default=0.0) + 1e-9
    stating = ctx.kb.numbers_stating(n.unit, low - margin, high + margin, PROBE_FACTS)
    for least in ctx.support_levels(support):
        levels: dict[float, list[int]] = {}
        for shared, ids in ctx.kb.numbers_between(n.unit, low - margin, high + margin, ctx.weights(keys),
                                                  least * ctx.total(keys) * (1 - 1e-9),
                                                  ctx.probe(keys, least, "numbers", n.unit, stating)).items():
            levels.setdefault(ctx.score(keys, shared), []).extend(ids)
        for score in sorted((s for s in levels if s >= least), reverse=True):
            for i in sorted(levels[score]):
                f = ctx.kb.numbers[i]
                if _kinds_agree(n, f) and fits(f):
                    return f
    return None


def _stated_beside(ctx: CheckContext, n: NumberMention, keys: frozenset[str], support: float) -> bool:
    """Whether a source sentence that counts the same thing in a related clause also writes the
    draft's value, as a figure with no noun of its own ("has grown from five investigators to
    eight"): the draft may state that value, and a mismatch against the other would be wrong. Not
    for a rank: "tied for 20th at four under" writes no fourth place."""
    probe = ctx.probe(keys, support, "numbers", n.unit, ctx.kb.numbers_writing(n.value, PROBE_FACTS))
    for i in ctx.kb.numbers_beside_value(n.value, n.unit, probe):
        f = ctx.kb.numbers[i]
        if (n.unit is None or f.unit == n.unit) and ctx.score(keys, f.keys) >= support and not _anothers_age(ctx, keys, n, f):
            return True
    return False


# "by" right before a figure, maybe with a qualifier or a currency sign: "by an average of 1.4",
# "by about £2m"
_BY_BEFORE = (r"\bby\s+(?:an?\s+average\s+of\s+|about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+|more\s+than\s+"
              r"|over\s+|fewer\s+than\s+|less\s+than\s+|at\s+least\s+|around\s+|roughly\s+)?(?:[£$€]\s*)?$")
_BY = re.compile(_BY_BEFORE, re.I)
# A figure written as a difference: "heavier by 1.4kg", "the heavier crew by an average of 1.4
# kilograms", "rose by 5%", "won by three lengths"; not an agent's "signed by 30 MPs".
_DIFFERENCE = re.compile(
    r"\b(?:\w+er|more|less|fewer|up|down|rose|rises?|rising|fell|falls?|falling|grew|grows?|growing|increase[sd]?"
    r"|decrease[sd]?|cut|reduced|ahead|behind|wins?|won|leads?|leading|led|trails?|trailing|trailed|beats?|beaten"
    r"|defeated|edged|held)(?:\s+\w+){0,6}\s+" + _BY_BEFORE
    + r"|\b(?:majority|margin|lead|gap|difference)\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?"
      r"(?:[£$€]\s*)?$", re.I)  # "with a majority of 2,311"
# ... or after it: "six points above you", "three ahead of Tarrow", "six ahead of fourth-placed Velmar"
# ... of a side a name or a pronoun gives ("1.8 metres below the present ground surface" is a depth,
# "£4.2 million ahead of the first preview" a time)
_DIFFERENCE_AFTER = re.compile(r"\s+(?:points?\s+|goals?\s+|places?\s+)?(?:ahead\s+of|behind|clear\s+of|adrift\s+of|short\s+of"
                               r"|above|below)(?=\s+(?:you|us|them|him|her|[A-Z]|(?:the\s+)?[a-z]+-placed\b))")


@lru_cache(maxsize=1 << 12)
def _a_difference_written(sentence: str, figure: str) -> bool:
    """Whether a source sentence writes its figure as a difference (see `_DIFFERENCE`)."""
    at = sentence.find(figure)
    return at >= 0 and ((at > 0 and _DIFFERENCE.search(sentence, max(0, at - 60), at) is not None)
                        or _DIFFERENCE_AFTER.match(sentence, at + len(figure)) is not None)


def _a_difference(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the draft may write its figure as a difference: "by" before it ("beat Tarn Prince by
    two lengths"), whatever comes before that."""
    start = n.number_span[0]
    return _BY.search(ctx.document.prose, max(0, start - 40), start) is not None


def _a_margin(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the draft writes its figure as a difference (see `_DIFFERENCE`): "when she won it by
    more than 2,300 votes" is a majority, never a candidate's total."""
    start = n.number_span[0]
    return _DIFFERENCE.search(ctx.document.prose, max(0, start - 60), start) is not None


def _margin_against_its_tally(ctx: CheckContext, n: NumberMention) -> Hit | None:
    """ "held the seat by 168 votes, 1,904 to 1,716": a margin its own tally puts otherwise, where
    the sources give both sides of the tally and the difference between them (a result's
    "Majority: 188"): the sides agree with the sources, so the margin is the slip."""
    if not n.exact or not _a_margin(ctx, n) or (tally := _TALLY_AFTER.match(ctx.document.prose, n.end)) is None:
        return None
    first, second = (float(side.replace(",", "")) for side in tally.groups())
    gap = abs(first - second)
    if _same_value(gap, n.value) or not all(ctx.kb.stated_values(v, v) for v in (first, second)):
        return None
    if ctx.kb.numbers_stating(None, gap, gap, PROBE_FACTS) > PROBE_FACTS:
        return None  # an archive gives that difference to everything: no evidence of this one
    facts = [f for ids in ctx.kb.numbers_between(None, gap, gap, {}).values() for i in ids
             if (f := ctx.kb.numbers[i]).low == f.high and _same_value(f.value, gap)]
    if not facts:
        return None
    start, end = n.number_span
    found = ctx.document.text[start:end]
    right = f"{gap:,.0f}" if "," in found else f"{gap:.0f}"
    return Hit(start, end, _fields(ctx, start, end, facts[0]), fixes=[(f"Replace with \"{right}\"", right)],
               evidence=[f.provenance for f in facts[:2]], preferred=True)


_TALLY_AFTER = re.compile(r"\s*,\s*(\d{1,3}(?:,\d{3})*|\d+)\s+(?:votes\s+)?to\s+(\d{1,3}(?:,\d{3})*|\d+)\b(?![.,]\d)")
_MONEY = CURRENCY_CODES | {"cent", "penny", "pence"}


def _between_figures(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the draft's figure after "by" is the difference of a figure of its kind before it in
    the sentence: "beat the consensus of $1.37 by 15 cents" says how far apart two figures are."""
    if not _a_difference(ctx, n):
        return False
    kind = _MONEY if n.unit in _MONEY else {n.unit}
    return any(m.end <= n.start and m.unit in kind for m in ctx.numbers_in(n.sentence))


_DERIVATION_CUE = re.compile(
    r"\b(?:combined|total(?:l?ing|led)?|altogether|in all|between them|together|up by|down by|rose by|fell by"
    r"|grew by|increased? (?:by|of)|rise of|drop of|fall of|gap of|difference|more than (?:the|it|they|before)"
    r"|fewer than (?:the|it|they|before)|on the (?:figure|total|number))\b", re.I)

# a figure compared after it, a difference: "timetabled at 55 minutes, five minutes longer than in
# summer", "35 minutes later than"; not a bound before it ("more than 500")
_COMPARED_AFTER = re.compile(r"[ \t]+(?:(?:longer|shorter|later|earlier|higher|lower|more|less|fewer|bigger|smaller"
                             r"|greater|faster|slower|older|younger|heavier|lighter)[ \t]+than"
                             r"|(?:over|above|under|below)[ \t]+(?:the|its|their|his|her)[ \t]+\w+)\b", re.I)  # "44mph over the limit"


def _the_gap_to_its_companion(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a source sentence writes another figure of the draft's sentence, of its unit, beside
    the figure that figure less (or more) the draft's: "55 minutes, five minutes longer than in
    summer" is "timetabled at 55 minutes, up from 50 minutes in summer"."""
    doc = ctx.document
    for m in ctx.numbers_in(n.sentence):
        if m is n or m.unit != n.unit or not m.exact:
            continue
        digits = re.sub(r"\D", "", _figure(doc.prose[m.start : m.end]) or "")
        others = [v for v in (m.value - n.value, m.value + n.value) if v > 0]
        if digits and any(digits in _figures_written(f.provenance.sentence_or_row()) for f in _of_unit_anywhere(ctx, n, others)):
            return True
    return False


def _derived(ctx: CheckContext, n: NumberMention, keys: frozenset[str], support: float,
             aligned: list[NumberFact]) -> bool:
    """Whether the draft's figure is a sum, a difference or a multiple ("doubled", "half") a
    reporter makes of figures of the same kind ("up by 720 hectares" from 1,150 to 1,870; "jailed for a combined 10 years" for six
    and four): two aligned facts, one of the closest two and a figure of its sentence, or an
    aligned fact and a figure a related source clause states for the same kind of thing. Only
    where the draft's words say it sums or compares ("combined", "up by"): otherwise a figure
    that happens to equal a difference ("78" for 87 less 9) is still the wrong figure."""
    if _bound(n):
        return False
    start, end = n.number_span
    text = ctx.document.prose
    factor = multiple_near(text, start, end)
    if _COMPARED_AFTER.match(text, n.end) and _the_gap_to_its_companion(ctx, n):
        return True  # (a comparison alone is no cue: "8.6 per cent higher than a year earlier" is a change)
    if factor is None and not _DERIVATION_CUE.search(text, max(0, start - 60), min(len(text), end + 40)):
        return False  # no word of a sum or a change: a figure that merely equals one is a chance
    if _a_gap_of_its_paragraph(ctx, n):
        return True
    values = {f.value for f in aligned[:PAIRS_MAX]}
    for f in aligned[:2]:
        values |= sentence_values(f)
    low, high = _interval(n)
    if factor is not None:  # "a doubled rate would be 8.2 per cent": twice a stated 4.1
        base = n.value / factor
        if base in values or _stated_value(ctx, n, base, keys, support) is not None:
            return True
    if any(low <= a + b <= high or low <= abs(a - b) <= high
           for a, b in itertools.combinations(sorted(values)[: 2 * PAIRS_MAX], 2)):
        return True
    return any(other > 0 and _stated_value(ctx, n, other, keys, support) is not None
               for a in sorted({f.value for f in aligned})[:3] for other in (n.value - a, a - n.value, n.value + a))


def _a_gap_of_its_paragraph(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a whole figure is the sum or the difference of two figures the draft's paragraph
    writes (each checked against the sources on its own): "let at £225 pw ... wanted £295 pw ...
    £30 a week more than before, rather than £70" works out the rise the landlord wanted."""
    if not n.exact or n.value != int(n.value):
        return False
    values = _paragraph_values(ctx, n)[:_WORKED_OUT_FIGURES]
    return any(b - a == n.value or a + b == n.value for a, b in itertools.combinations(values, 2))


_WORKED_OUT_FIGURES = 16  # a paragraph's figures whose pairs are tried (a table pasted in has more)


def _paragraph_values(ctx: CheckContext, n: NumberMention) -> tuple[float, ...]:
    """The exact whole values of the draft figure's unit that the other figures of its paragraph
    write (see `_a_gap_of_its_paragraph`): read once per figure, for its hits' key and its hits."""
    def read() -> tuple[float, ...]:
        doc = ctx.document
        here = doc.sentences[n.sentence]
        return tuple(sorted({m.value for s in doc.sentences[max(0, here.index - _PARAGRAPH_REACH) : here.index + _PARAGRAPH_REACH + 1]
                             if s.paragraph == here.paragraph for m in ctx.numbers_in(s.index)
                             if m is not n and m.exact and m.unit == n.unit and m.value == int(m.value)}))
    return ctx.remember(("paragraph values", n.start, n.end), read)


def _digits_swapped(a: float, b: float) -> bool:
    """Whether two values of two significant digits or more differ by a swap of two
    neighbouring digits, at the same scale ("269" and "296", "6.5" and "5.6"): rounding never
    swaps digits, a slip does."""
    if not b:
        return False
    x, y = significant_digits(a), significant_digits(b)
    return len(x) >= 2 and len(x) == len(y) and y in _swaps(x) and 0.5 < abs(a / b) < 2


def _same_value(a: float, b: float) -> bool:
    """Equal but for floating-point error."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _swaps(digits: str) -> set[str]:
    """The digit strings one swap of two neighbouring digits makes ("3200" -> "2300", "3020")."""
    out = {digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :] for i in range(len(digits) - 1)}
    return {d for d in out if d != digits and d[0] != "0"}


_ANY_SWAP_DIGITS = 3  # significant digits of a figure whose swap is told by any related clause


def _of_its_kind(n: NumberMention, f: NumberFact, digits: int) -> bool:
    """Whether a source figure may count what the draft's counts: never a sum of money for a count
    ("£1,436 a week" for "1,463 jobs"), and with three digits not a count of another noun
    ("keeping 146 people in work" for "saving 164 jobs" may be chance), unless the source
    sentence has the draft's noun ("214 new or amended entries")."""
    if (n.unit in _MONEY) != (f.unit in _MONEY):
        return False
    if n.unit != f.unit and n.unit in _MEASURES and f.unit in _MEASURES:
        return False  # "almost 119 miles" is no swap of the "191 km" it converts
    if digits >= _COUNT_SWAP_DIGITS or not (_a_count(n.unit) and _a_count(f.unit)) or f.unit == n.unit:
        return True
    return bool(n.unit) and n.unit[:4] in f.provenance.sentence.lower()


def _transposed(ctx: CheckContext, n: NumberMention, keys: frozenset[str], support: float) -> Hit | None:
    """ "3,200 dockworkers" where a related source clause counts "2,300 dockworkers": a figure no
    related clause states whose digits, two neighbours swapped, give the one figure a related
    clause states for the same kind of thing. Typing swaps digits; a chance figure rarely is
    another's anagram, so the alignment the figure's own words could not give, its digits do."""
    start, end = n.number_span
    found = ctx.document.text[start:end]
    digits = f"{n.value:.0f}" if n.unit in IN_PARTS else re.sub(r"\D", "", _figure(found) or "")
    if not (n.exact or n.approximate or _bound(n)) or len(digits) < 2 or digits[0] == "0":
        return None
    own = _stated_value(ctx, n, n.value, keys, support)
    if own is not None and digits in re.sub(r"\D", "", own.text):
        return None  # "the top of the range of 51-63 months" where a related clause asks for 63 months: its own
    facts = []
    # a swap the draft's sentence writes as another figure is that figure ("rose by 17 points, to
    # 71 per cent"): the draft wrote both, and mistyped neither
    here = ctx.document.sentences[n.sentence]
    beside = _figures_written(ctx.document.prose[here.start : here.end])
    swapped_values = [n.value * int(swapped) / int(digits) for swapped in _swaps(digits) if swapped not in beside]
    # three digits or more with a decimal point ("53.8%", "£15.8m") are another figure's anagram by
    # no chance: a source clause that shares any word with the draft's is related enough
    reach = ANY_SHARE if len(digits.rstrip("0")) >= 3 and re.search(r"\d[.,]\d", found) and (
        not _a_count(n.unit) or _scaled_decimal(ctx, n)) else support
    for value in swapped_values:
        fact = _stated_value(ctx, n, value, keys, reach)
        if fact is not None and _same_value(fact.value, value):
            facts.append(fact)  # the very digits: "73.9" is near "74.1" but no swap of "71.4"
    if not facts and len(digits.rstrip("0")) >= _COUNT_SWAP_DIGITS and _a_count(n.unit):
        # "1,282 people in work" where the related clause saves "1,228 jobs": four digits an
        # anagram of another count's are no chance, though the nouns counted differ
        anyone = replace(n, unit=None)
        facts = [f for value in swapped_values
                 if (f := _first_stated(ctx, anyone, value, value, keys, support,
                                        lambda f, value=value: _same_value(f.value, value)
                                        and _bound(f) == _bound(n) and _a_count(f.unit))) is not None]
    if not facts and len(digits.rstrip("0")) >= _COUNT_SWAP_DIGITS and (n.unit not in GENERIC_UNITS
                                                                      or (n.exact and n.unit in CURRENCY_CODES)):
        # "escaped with £36,850" where the sources' £38,650 is told in other words: four digits an
        # anagram of a sum or a figure of a specific unit are no chance
        facts = _of_unit_anywhere(ctx, n, swapped_values)
    significant = len(digits.rstrip("0"))
    if not facts and (significant >= _ANY_SWAP_DIGITS or (
            significant == 2 and n.unit and not ctx.kb.numbers_writing(n.value, 0))):
        # "47 of the 71 members made 241 entries" where a clause sharing a word with the sentence
        # gives "made 214 new or amended entries": three digits an anagram of a figure of a related
        # clause, whatever it counts, are no chance; two digits ("63 employees" where "it now
        # employs 36 people") only where no source writes the draft's figure and the source's
        # sentence names what the draft counts
        anyone = replace(n, unit=None, modifiers=())
        here = ctx.document.sentences[n.sentence]
        for around in (keys, ctx.keys(here.start, here.end)):  # its clause's, else its sentence's words
            facts = [f for value in swapped_values
                     if (f := _first_stated(ctx, anyone, value, value, around, ANY_SHARE,
                                            lambda f, value=value: _same_value(f.value, value)
                                            and _bound(f) == _bound(n)
                                            and _of_its_kind(n, f, len(digits.rstrip("0"))))) is not None]
            if facts:
                break
    if not facts:
        # "86 works - 41 paintings, 19 drawings" where a source sentence has "68 works: 41
        # paintings, 19 drawings": its other figures say it is the same sentence of facts
        facts = _with_companions(ctx, n, swapped_values)
    if len({f.value for f in facts}) != 1:
        return None  # none, or two candidates: no clear correction
    fact = facts[0]
    if fact.unit != n.unit and _value_stated(ctx, n.value):
        return None  # "221 g/L", a table's cell, where the sources' "212 mm" is rain: the draft's own figure is written
    if re.search(r"\d[.,]\d", found) and n.exact and _of_unit_anywhere(ctx, n, [n.value]):
        return None  # "up 6.3%" where a table's row gives the region's +6.3%: a figure the sources write,
        # whatever other figure its digits swap to (the nation's 3.6%)
    if _of_another_person(ctx, n, fact, named=True):
        return None  # "Ada Moss caught eight passes for 121 yards" is no swap of "Lena Vale ... for 112 yards"
    written = ctx.document.text[n.start : n.end]  # with its currency, scale or unit: "£105m", not "8.6" for "8.6%"
    if re.search(rf"(?<![\w.,]){re.escape(written)}(?![\d]|[.,]\d)", _paragraph_of(fact.provenance)):
        return None  # "net debt of £105m to £110m" beside the paragraph's "£150m facility": both its figures
    return Hit(start, end, _fields(ctx, start, end, fact), fixes=_fixes_to(n, found, fact), evidence=[fact.provenance],
               preferred=False, variant="transposed")


def _figures_around(ctx: CheckContext, n: NumberMention) -> tuple[set[str], set[str]]:
    """The telling figures (two digits or more, no year) of the draft figure's own sentence, its
    own left out, and of the other sentences of its paragraph (see `_told_in_another_sentence`):
    read once per figure, for its hits' key and for its hits."""
    return ctx.remember(("figures around", n.start, n.end), lambda: _figures_around_now(ctx, n))


def _figures_around_now(ctx: CheckContext, n: NumberMention) -> tuple[set[str], set[str]]:
    doc = ctx.document
    here = doc.sentences[n.sentence]
    own = _telling(doc.prose[here.start : here.end]) - {re.sub(r"\D", "", _figure(doc.prose[n.start : n.end]) or "")}
    beside = set()
    for s in doc.sentences[max(0, here.index - _PARAGRAPH_REACH) : here.index + _PARAGRAPH_REACH + 1]:
        if s.paragraph == here.paragraph and s.index != here.index:
            beside |= _telling(doc.prose[s.start : s.end])
    return own, beside - own


_PARAGRAPH_REACH = 4  # sentences either side looked at for a paragraph's other figures


def _telling(text: str) -> set[str]:
    """The figures `text` writes of two digits or more that are no year nor a date's day: what two
    texts share by no chance."""
    return {f for f in _figures_written(_A_DAY_OF_A_MONTH.sub(" ", text)) if len(f) >= 2 and not _YEAR.fullmatch(f)}


_MONTHS = "|".join(MONTH_NAMES)
_A_DAY_OF_A_MONTH = re.compile(rf"\b(?:{_MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b"
                               rf"|\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{_MONTHS})\b", re.I)


def _told_in_another_sentence(f: NumberFact, own: set[str], beside: set[str]) -> bool:
    """Whether the sentence that leads in to the source figure's shares a figure with another
    sentence of the draft's paragraph, and neither source sentence any with the draft figure's own
    sentence (which writes figures of its own), nor the figure's own sentence any with the others:
    "The cap was backed by 54%, and only 22% of businesses. The levy won 39%" gives a source's "The
    levy was backed by 39 percent. Among businesses, support was just 9 percent" to the levy's
    sentence, not to the cap's 22%. (A draft that splits the figure's own sentence in two, "down
    3.9% in the 12 weeks. Sales in stores fell 5.1%", is still compared with it.)"""
    if not own or not beside:
        return False
    lead_in, sentence = _lead_in_and_sentence(f.provenance)
    mine = _telling(sentence) - {re.sub(r"\D", "", _figure(f.text) or "")}
    lead = _telling(lead_in)
    return not own & (lead | mine) and not beside & mine and bool(beside & lead)


def _lead_in_and_sentence(p: Provenance) -> tuple[str, str]:
    """A fact's sentence, and the sentence of its paragraph before it (none where it opens one),
    which often says what it is of ("The levy was backed by 39 percent. Among businesses, support
    was just 9 percent")."""
    doc = p.document
    there = doc.sentence_at(p.start) if doc is not None else None
    if there is None:
        return "", p.sentence
    before = doc.sentences[there.index - 1] if there.index > 0 else None
    lead_in = doc.prose[before.start : before.end] if before is not None and before.paragraph == there.paragraph else ""
    return lead_in, doc.prose[there.start : there.end]


def _paragraph_of(p: Provenance) -> str:
    """The source paragraph a fact was read in (its sentence, where its document is not at hand)."""
    doc = p.document
    there = doc.sentence_at(p.start) if doc is not None else None
    if there is None:
        return p.sentence
    return doc.prose[doc.paragraph_opening(there).start : doc.paragraph_closing(there).end]


def _of_unit_anywhere(ctx: CheckContext, n: NumberMention, values: list[float]) -> list[NumberFact]:
    """The exact source figures of the draft's own specific unit ("a crowd of 6,418") that have one of
    `values`, however little their clauses share: four digits that are an anagram of a figure of that
    very unit are no chance; a rank only where it may be the same holder's."""
    units = [n.unit] + ([initials] if (initials := _initials(n)) else [])
    return [f for unit in units for value in values for ids in ctx.kb.numbers_between(unit, value, value, {}).values()
            for i in ids if _same_value((f := ctx.kb.numbers[i]).value, value) and f.low == f.high and _kinds_agree(n, f)
            and not _ranks_another_holder(ctx, n, f)]


def _initials(n: NumberMention) -> str | None:
    """The abbreviation the words of a draft figure of two words or more are written by in a table
    or a shorthand ("82 big blinds": "bb", as "82 BB" reads), which states the same figure of the
    same thing."""
    words = _UNIT_WORD.findall(n.text)
    return "".join(w[0] for w in words).lower() if 2 <= len(words) <= 3 else None


_UNIT_WORD = re.compile(r"[^\W\d_]+")


_COMPANIONS = 2  # other figures of the draft's sentence that a source sentence with its value must also write


def _stated_with_companions(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a source sentence writes the draft figure's value, in its unit, together with two
    or more of the other figures of the draft's sentence, one of them no year: however the words
    differ, that sentence states the same facts ("41 pairs, compared with 174 in 2006, a fall of
    76.4%" and "174 pairs in 2006 and 41 pairs in 2031, a decline of 76.4%"), or a value one
    decimal longer that it rounds ("lost 0.4 percent to 8,324.19" and "8,324.19, down 34.27 points
    or 0.41 percent")."""
    return bool(_with_companions(ctx, n, [n.value, *_one_decimal_more(n)]))


def _stated_in_its_row(ctx: CheckContext, n: NumberMention, keys: frozenset[str]) -> bool:
    """Whether a source table's row whose label the draft's clause says ("Net debt  £212m  £265m")
    writes the draft's value in its unit beside another figure of the draft's sentence: "cut net
    debt to £212m from £265m" is that row, not the "below £180m" a sentence forecasts."""
    others = _companions_written(ctx, n)
    if others is None:
        return False
    for f in _of_unit_anywhere(ctx, n, [n.value]):
        row = f.provenance.sentence_or_row()
        if row == f.provenance.sentence or not (first := _FIGURES.search(row)):
            continue
        label = content_words(row[: first.start()])
        if label and label <= keys and others & _figures_written(row):
            return True
    return False


def _the_value_of_a_label_it_says(ctx: CheckContext, n: NumberMention, keys: frozenset[str]) -> bool:
    """Whether a source's labelled line gives the draft's exact figure as the value of a word the
    draft's clause says: "0.77 in men" is a list's "- Men: 0.77" (under a heading that names the
    measure), not another value of the hazard ratio a sentence gives; "£79 for Saturday" a price
    list's "- Saturday: £79"."""
    if not n.exact:
        return False
    words = keys | content_words(ctx.document.prose[n.start : ctx.document.sentences[n.sentence].end])
    for i in ctx.kb.numbers_beside_value(n.value)[:_ROWS_READ]:
        f = ctx.kb.numbers[i]
        if _same_value(f.value, n.value) and (label := line_label(f.provenance.sentence_or_row())) and label <= words \
                and ((f.unit in label and f.unit not in GENERIC_UNITS) or (f.unit == n.unit and compatible(n, f))):
            return True
    return False


def _in_a_row_of_its_companions(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a source table's row that gives another figure of the draft's sentence writes the
    draft's figure as the draft writes it and two of its sentence's other figures, whatever the
    row's units: "closed down 7.8% at 452.6p ... with 9.8 million traded" is the row "Grellamore
    Mining (GRM)  452.6p  -38.3p  -7.8  9.8m", whose "-7.8" no clause reads as a share."""
    doc = ctx.document
    start, end = n.number_span
    own = re.sub(r"\D", "", doc.prose[start:end])
    companions = [m for m in ctx.numbers_in(n.sentence) if m is not n and m.exact and m.unit]
    others = {d for m in companions if (d := re.sub(r"\D", "", doc.prose[m.number_span[0] : m.number_span[1]])) != own}
    if not n.exact or not own or len(others) < _COMPANIONS:
        return False
    for m in companions:
        for f in _of_unit_anywhere(ctx, m, [m.value])[:_ROWS_READ]:
            row = f.provenance.sentence_or_row()
            if row == f.provenance.sentence:
                continue
            cells = _figures_written(row)
            if own in cells and len(others & cells) >= _COMPANIONS:
                return True
    return False


_ROWS_READ = 20  # source figures of a companion's value whose rows are read (an archive writes a value often)


def _on_a_table_line_of_its_words(ctx: CheckContext, n: NumberMention, keys: frozenset[str],
                                  related: list[NumberFact]) -> bool:
    """Whether the table's row that says most of the draft clause's words (two or more, and half its
    own), in a source of the related figures, writes the draft's figure in a cell: a row of bare
    cells under a header that gives the unit ("3 | Stepped down to general medical ward | 3.1 | 6,200"
    under "K+ (mmol/L)"), which no clause reads as a figure, or one counted in thousands ("2033 copper
    output (kt)   265   330   -20%" for "copper output ... falls 20% to 265,000 tonnes"); not another
    row's figure ("at high risk ... 610", the medium-risk row's, where the high-risk row says more)."""
    exact = _plain(n.value)
    thousands = _plain(n.value / _THOUSAND) if n.value >= _THOUSAND and n.value % _THOUSAND == 0 else None
    documents = {f.provenance.source: f.provenance.document for f in related if f.provenance.document}
    best, found = 0, False
    for source, document in list(documents.items())[:_TABLE_SOURCES]:
        for line, words, cells in ctx.of_sources(("table lines", source), lambda d=document: _table_lines(d)):
            shared = len(words & keys)
            if shared < _ROW_WORDS or 2 * shared < len(words) or shared < best:
                continue
            writes = exact in cells or (thousands in cells and _IN_THOUSANDS.search(line) is not None)
            found = writes or (found and shared == best)
            best = shared
    return found


def _of_its_unit(ctx: CheckContext, n: NumberMention) -> list[NumberFact]:
    """Source figures of the draft figure's unit, a few of each source: where its tables may be."""
    def read() -> list[NumberFact]:
        ids = [i for group in ctx.kb.numbers_between(n.unit, -math.inf, math.inf, {}).values() for i in group]
        first: dict[str, NumberFact] = {}
        for i in ids[:_UNIT_FACTS]:
            first.setdefault((f := ctx.kb.numbers[i]).provenance.source, f)
            if len(first) >= _TABLE_SOURCES:
                break
        return list(first.values())
    return ctx.of_sources(("of unit", n.unit), read)


def _plain(value: float) -> str:
    return f"{value:f}".rstrip("0").rstrip(".")


def _table_lines(doc) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """A source's table rows (cells set apart by tabs, bars or runs of spaces), each with its
    content words and the values its cells write (digits, commas dropped), read once."""
    out = []
    for line in doc.text.splitlines()[:_TABLE_LINES]:
        if TABLE_CELLS.search(line) and any(c.isdigit() for c in line):
            cells = frozenset(_plain(float(v)) for w in _FIGURES.findall(line)
                              if _A_VALUE.fullmatch(v := re.sub(r"[^\d.]", "", w).rstrip(".")))  # not "2032.04.11"
            out.append((line, frozenset(content_words(line)), cells))
    return out


_A_VALUE = re.compile(r"\d+(?:\.\d+)?")
_IN_THOUSANDS = re.compile(r"\((?:kt|000s?|'000|thousands?)\)", re.I)
_THOUSAND = 1000
_TABLE_SOURCES = 20  # sources of the related figures whose tables are read
_TABLE_LINES = 2000  # lines of one source read for its tables
_UNIT_FACTS = 2000  # figures of a unit read for the sources that write it (an archive has many)
_ROW_WORDS = 2  # words of the draft's clause a row must write beside the figure


def _one_decimal_more(n: NumberMention) -> list[float]:
    """The values of one decimal more that the draft's figure rounds ("0.4": 0.35 to 0.44)."""
    kept = decimals_written(n.text)
    if not kept or _SCALED.search(n.text):
        return []
    step = 10.0 ** -(kept + 1)
    return [round(n.value + k * step, kept + 1) for k in range(-5, 5) if k]


def _figures_written(text: str) -> set[str]:
    """The digits of each figure `text` writes ("£1,204,880" -> "1204880"), as rows and sentences are compared."""
    return {re.sub(r"\D", "", w) for w in _FIGURES.findall(text)}


def _companions_written(ctx: CheckContext, n: NumberMention, rounded_too: bool = False) -> set[str] | None:
    """The digits of the other figures of an exact draft figure's sentence (`rounded_too`: or of a
    rounding's, "roughly 82"); None for a bound, a range, or a figure outside any sentence."""
    doc = ctx.document
    here = doc.sentence_at(n.start)
    if (not n.exact and not (rounded_too and not _bound(n) and not _range_end(n))) or here is None:
        return None
    own = re.sub(r"\D", "", _figure(doc.prose[n.start : n.end]) or "")
    return _figures_written(doc.prose[here.start : here.end]) - {own}


def _with_companions(ctx: CheckContext, n: NumberMention, values: list[float]) -> list[NumberFact]:
    """The exact source figures of the draft's unit with one of `values` whose sentence also writes
    two or more of the other figures of the draft's sentence, one of them no year; or whose table's
    row writes one and its table the rest ("taking 71 per cent of their doses, up from 54 per cent;
    the other group from 55 to 58 per cent" is "Adherence at start | 54% | 55%" over "Adherence at
    12 months | 71% | 58%")."""
    others = _companions_written(ctx, n, rounded_too=True)  # "roughly 82 big blinds" is the row's 82 too
    if others is None or len(others) < _COMPANIONS:
        return []
    found = []
    for f in _of_unit_anywhere(ctx, n, values):
        row = f.provenance.sentence_or_row()
        shared = others & _figures_written(row)
        if shared and row != f.provenance.sentence and (table := f.provenance.table()) is not None:
            shared = others & _figures_written(table)
        if len(shared) >= _COMPANIONS and any(not _YEAR.fullmatch(d) for d in shared):
            found.append(f)
    return found


def _the_days_of_a_span(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the draft's count of days is the length of a span of days a source sentence writes
    with a word of the draft's sentence: "the festival's four days" is "The festival will run from
    Thursday 14 October to Sunday 17 October", whatever other count of days ("refunds within 14
    days") the sources give."""
    if n.unit != "day" or not n.exact or not 1 < n.value <= _SPAN_DAYS:
        return False
    here = ctx.document.sentences[n.sentence]
    words = content_words(ctx.document.prose[here.start : here.end])
    return any(days == n.value and words & theirs for days, theirs in _spans_of_days(ctx))


def _spans_of_days(ctx: CheckContext) -> list[tuple[int, frozenset[str]]]:
    """Each span of days a source sentence writes ("from Thursday 14 October to Sunday 17 October"),
    as its length in days, both ends counted, and its sentence's content words; read once a fact base."""
    def read() -> list[tuple[int, frozenset[str]]]:
        by_sentence: dict[tuple[str, str], list[DateFact]] = {}
        for f in ctx.kb.dates:
            if f.month is not None and f.day is not None:
                by_sentence.setdefault((f.provenance.source, f.provenance.sentence), []).append(f)
        out = []
        for (_, sentence), days in by_sentence.items():
            if _COUNTS_ITS_DAYS.search(sentence):
                continue  # "12 May to 20 May (seven hearing days)": the sentence counts its days itself
            for a, b in itertools.pairwise(days):
                gap = sentence[sentence.find(a.provenance.text) + len(a.provenance.text) : sentence.find(b.provenance.text)]
                if b.date is None or not _SPAN_JOIN.fullmatch(gap):
                    continue
                # "from Thursday 14 October to Sunday 17 October 2032": the first end in the last one's year
                start = a.date or safe_date(b.date.year, a.month, a.day)
                if start is not None and 0 < (b.date - start).days < _SPAN_DAYS:
                    out.append(((b.date - start).days + 1, content_words(sentence)))
        return out
    return ctx.of_sources(("spans of days",), read)


_SPAN_JOIN = re.compile(r"\s*(?:,?\s*(?:to|until|till|through)\s+|[-–—]\s*)", re.I)  # "14 October to Sunday 17 October"
_SPAN_DAYS = 31  # a span of days a count of days is read against, at most
_COUNTS_ITS_DAYS = re.compile(rf"\b(?:\d+|{NUMBER_WORDS_RE})[ -](?:[a-z]+[ -])?days?\b", re.I)


def _both_beside_its_companions(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether the draft's two is the "both" of a source sentence that writes two or more of the
    other figures of the draft's sentence, years aside: "56 per cent achieved grade 5 or
    above in the two subjects" and "56 per cent of pupils achieved grade 5 or above in both English
    and maths" (not the "eleven subjects" of a pupil another sentence gives)."""
    if n.value != 2 or not n.exact:
        return False
    written: dict[tuple[str, str], set[float]] = {}  # source sentence -> the other figures it writes
    for m in ctx.numbers_in(n.sentence):
        if m.start != n.start and not (float(m.value).is_integer() and _YEAR.fullmatch(str(int(m.value)))):
            for i in ctx.kb.numbers_beside_value(m.value):
                p = ctx.kb.numbers[i].provenance
                written.setdefault((p.source, p.sentence), set()).add(m.value)
    return any(len(values) >= _COMPANIONS and _BOTH.search(sentence) for (_, sentence), values in written.items())


_BOTH = re.compile(r"\bboth\b", re.I)


def _beside_its_companions(ctx: CheckContext, n: NumberMention) -> Hit | None:
    """ "rose from 4,120 to 4,861, up 24%" where a source's line reads "4,861 people supported
    (4,120), up 18%": a source sentence that writes every other figure of the draft's sentence (two
    or more, its dates aside), and no other figure but one of the draft's unit and kind (and years),
    states the same facts with one changed. Silent where it writes the draft's value, or one the
    draft's rounds ("16%" for 15.5%)."""
    if not n.exact or not n.unit or n.unit == "age":
        return None
    here = ctx.document.sentences[n.sentence]
    others = [f for f in figures(ctx.document.prose, here.start, here.end)
              if not (f.start < n.number_span[1] and n.number_span[0] < f.end) and n.value not in f.values
              and not ctx.mentions.overlaps_date(f.start, f.end)]
    if len(others) < _COMPANIONS or all(_YEAR.fullmatch(f.digits) for f in others):
        return None
    beside = Counter(i for f in others for i in {i for value in f.values for i in ctx.kb.numbers_beside_value(value)})
    written = {v for f in others for v in f.values}
    found = []
    for i, shared in beside.items():
        fact = ctx.kb.numbers[i]
        if shared < len(others) or fact.unit != n.unit or fact.low != fact.high or fact.value in written \
                or not _kinds_agree(n, fact) or (PART_OF in n.modifiers) != (PART_OF in fact.modifiers) or _a_best_of(fact):
            continue  # (a format, "best of five legs", is no tally)
        rest = [f for f in figures(fact.provenance.sentence) if not f.values & written and not _YEAR.fullmatch(f.digits)]
        if len(rest) == 1 and fact.value in rest[0].values:
            found.append(fact)
    if not found or len({f.value for f in found}) != 1 \
            or any(n.value in sentence_values(f) or compatible(n, f) or _rounds_to(f.value, n) for f in found):
        return None
    start, end = n.number_span
    fact = found[0]
    return Hit(start, end, _fields(ctx, start, end, fact), fixes=_fixes_to(n, ctx.document.text[start:end], fact),
               evidence=[fact.provenance], preferred=False)


def _rounds_to(value: float, n: NumberMention) -> bool:
    """Whether `value` written to the draft figure's decimals is the draft's figure."""
    kept = decimals_written(n.text) or 0
    return math.floor(value * 10**kept + 0.5) == round(n.value * 10**kept)


def _written_beside_the_name(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a source line that names a name of the draft's sentence writes the draft's figure as
    the draft writes it, though no clause of it reads as that figure's fact: a results table's
    "Zentravir (infectious diseases): 537 (-8%)" under "EUR million" states "Zentravir sales fell
    to 537 million euros", whatever a call's "540 million" rounded."""
    start, end = n.number_span
    figure = ctx.document.text[start:end]
    here = ctx.document.sentence_at(n.start)
    if here is None or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", figure):
        return False
    if len(re.sub(r"\D", "", figure)) < _WRITTEN_DIGITS:
        return _right_after_the_name(ctx, here.index, figure)
    written = re.compile(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)")

    def states(line: str) -> bool:  # the figure, in no other currency than the draft's
        return any(_currency_near(line, m.start(), m.end()) in (None, n.unit) for m in written.finditer(line))

    return any((e := ctx.resolve(m)) is not None and e.kind != "place" and any(states(p.sentence) for p in e.mentions)
               for m in ctx.names_in(here.index))


def _right_after_the_name(ctx: CheckContext, sentence: int, figure: str) -> bool:
    """Whether a source line gives a short figure right after a person's name the draft's sentence
    names, as a list of leading scorers does ("Leading scorers: Ivo Pent 19. Ada Moss 24."): the
    figure is that person's."""
    for m in ctx.names_in(sentence):
        e = ctx.resolve(m)
        if e is None or e.kind != "person":
            continue
        after = re.compile(rf"\b{re.escape(e.name.split()[-1])}[ \t]*:?[ \t]+{re.escape(figure)}(?![\d]|[.,]\d|[ \t]*[-–—/])")
        if any(after.search(p.sentence) for p in e.mentions):
            return True
    return False


def _row_context(ctx: CheckContext, n: NumberMention) -> tuple[tuple[int, ...], frozenset[str]]:
    """What `_in_the_row_of_its_name` reads of the draft: the known entities the figure's sentence
    names (however nearly spelled) and the digits of its other figures; where the sentence names
    nothing known ("Prices there also slipped 0.6% on the month"), those of its paragraph so far."""
    names, figures = _row_span(ctx, n.sentence)
    start, end = n.number_span
    return names, frozenset(d for a, b, d in figures if not (a < end and start < b))


def _row_span(ctx: CheckContext, sentence: int) -> tuple[tuple[int, ...], list[tuple[int, int, str]]]:
    """The names and figures (span, digits; years aside) `_row_context` reads for a sentence's
    figures, found once a check for each sentence."""
    def read() -> tuple[tuple[int, ...], list[tuple[int, int, str]]]:
        doc = ctx.document

        def known(i: int) -> list[int]:
            return [e.id for m in ctx.names_in(i) if (m.certain or not is_common_english(m.text))
                    and (e := ctx.resolve(m)) is not None]  # not "Prices there also slipped"
        here = doc.sentences[sentence]
        span = range(sentence, sentence + 1) if known(sentence) else range(doc.paragraph_opening(here).index, sentence + 1)
        first = doc.sentences[span[0]].start
        written = [(m.start(), m.end(), re.sub(r"\D", "", m.group()))
                   for m in _FIGURES.finditer(doc.prose, first, doc.sentences[span[-1]].end) if not _YEAR.fullmatch(m.group())]
        if len(written) < 2:  # and, where digits give no companion, those written in words in its own
            # sentence, by their digits ("had nine pairs in 2030, fell to five pairs from seven"), and
            # its places ("finished fourth with 68 points": the row's place, 4)
            written += [(m.start(), m.end(), str(int(word_value(m.group()))))
                        for m in _A_NUMBER_WORD.finditer(doc.prose, here.start, here.end)]
            written += [(m.start(), m.end(), str(place))  # (word by word: an alternation of ordinals is slow)
                        for m in _A_WORD.finditer(doc.prose, here.start, here.end)
                        if (place := ORDINAL_WORDS.get(m.group().lower())) is not None]
        names = [name for i in span for name in known(i)]
        if span[0] == sentence and sentence and _A_SUBJECT_PRONOUN.search(doc.prose, here.start, here.end):
            names += known(sentence - 1)  # "Last season they finished fourth": whom the sentence before names
        return tuple(names), written
    return ctx.remember(("row span", sentence), read)


def _in_the_row_of_its_name(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a plain-text table's row, a line that opens with a name of the draft's sentence (or,
    where it names none, of its paragraph so far) and writes three figures or more in cells set
    apart by tabs, bars or runs of spaces (no bullet's prose: "- Ivo Pent is the youngest No. 1
    pick; he turns 20 on November 9"), writes the
    draft's figure as the draft writes it together with another figure of that sentence (or
    paragraph): "UK  £267,912  +2.8%  (+0.5% m/m)", whose cells no clause joins, states "£267,912
    in March, up 0.5% on the month and 2.8% higher"; "Quenmoor  £198,640  -1.4%  (-0.6% m/m)" the
    paragraph's "... falling 1.4% to £198,640. Prices there also slipped 0.6% on the month". A row
    that names it in another cell than its first states the figure where it writes two of the
    sentence's other figures too, or where the figure is one no other cell writes by chance: a
    results table's "Ozeki | Ivo Pent | Osaka | 9-6" states "Pent, who finished 9-6" alone, and
    so does a dotted row's "City of Tarrow ........ 63.9" the draft's "in Tarrow, 63.9 percent"."""
    start, end = n.number_span
    figure = ctx.document.text[start:end]
    if not figure[:1].isdigit() and n.value == int(n.value):
        figure = str(int(n.value))  # "nine pairs" is the row's "9"
    names, companions = _row_context(ctx, n)
    if not names or not _ROW_FIGURE.fullmatch(figure):
        return False
    alone = "." in figure or "-" in figure  # a figure no other cell writes by chance
    zeros = r"(?:\.0+)?" if "." not in figure else ""  # "8% above" is the row's "+8.0%"
    written = re.compile(rf"(?<![\d.,:]){re.escape(figure)}{zeros}(?![\d:]|[.,]\d)")
    for p, opening, closing in _lines_naming(ctx, names):
        text = p.document.text
        line = text[opening:closing]
        if not written.search(line):
            continue
        if alone and _LEADER_ROW.search(line):
            return True  # "City of Velmar (Ville de Velmar) ........ 63.9": the row's one figure is its label's
        cells = _FIGURES.findall(line)
        if len(cells) < _ROW_FIGURES or not TABLE_CELLS.search(line):
            continue
        shared = companions & {re.sub(r"\D", "", w) for w in cells}
        # the row's label, or a cell of it with two of the sentence's other figures ("9 | 14 |
        # Australia | Jedediah Wimmerbrook | 134 | 38 | 172" for "ninth on 172 with 134 jury points and
        # 38"); the label alone for a figure with decimals, which no other cell writes by chance
        labelled = _ROW_LABEL.fullmatch(text, opening, p.start) is not None
        if (shared and (labelled or len(shared) >= _COMPANIONS)) or alone:
            return True
    return False


# a figure a row's cell writes: "1,240", "8.9", or two joined by a hyphen ("6-1", a height or a
# score), which, like a figure with decimals, no other cell of its name's row writes by chance
_ROW_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?|\d{1,2}-\d{1,2}")


def _lines_naming(ctx: CheckContext, ids: tuple[int, ...]) -> Iterator[tuple[Provenance, int, int]]:
    """Each source mention of the entities a table's rows may name for those of `ids` (see
    `_named_in_rows`), with the start and end of its line: the rows the row checks read."""
    for entity in _named_in_rows(ctx, ids):
        for p in entity.mentions:
            if p.document is not None:
                text = p.document.text
                yield p, text.rfind("\n", 0, p.start) + 1, text.find("\n", p.end) % (len(text) + 1)


def _named_in_rows(ctx: CheckContext, ids: tuple[int, ...]) -> list[Entity]:
    """The entities a table's rows may name for those of `ids`: each, and for a place or a body
    whose name ends in its kind's word ("Ellsmoth Airport"), the one a table calls by the rest of
    its name ("1 | Ellsmoth | 84.6% | 9.8")."""
    out: dict[int, Entity] = {}
    for entity in map(ctx.kb.entity, dict.fromkeys(ids)):
        out[entity.id] = entity
        words = entity.name.split()
        if entity.kind != "person" and len(words) > 1 and (
                short := ctx.kb.entity_for_name(" ".join(words[:-1]))) is not None and short.kind in ("thing", entity.kind):
            out.setdefault(short.id, short)
    return list(out.values())


def _measured_in_the_row_of_its_name(ctx: CheckContext, n: NumberMention) -> bool:
    """Whether a measure written in parts ("1 minute 38 seconds") is a cell of a plain-text table's
    row that opens with a name of its sentence ("Saltrenby | 09:42 | 10:49 | 12:00 | 1m 38s" for
    "Saltrenby, which gets 1 minute 38 seconds of totality"): the row states it, though no clause
    joins its cells. Two measures in parts of one value in the row of one name are no chance."""
    if n.unit not in IN_PARTS or n.unit == CLOCK or not n.exact:
        return False
    names, _figures = _row_context(ctx, n)
    if not names:
        return False
    rows = [f.provenance for ids in ctx.kb.numbers_between(n.unit, n.low, n.high, {}).values() for i in ids
            if (f := ctx.kb.numbers[i]).low == f.high and _same_value(f.value, n.value) and f.provenance.document is not None]
    for p, opening, closing in _lines_naming(ctx, names):
        text = p.document.text
        if _ROW_LABEL.fullmatch(text, opening, p.start) and TABLE_CELLS.search(text, p.end, closing) and any(
                f.document is p.document and opening <= f.start < closing for f in rows):
            return True
    return False


# before a row's name: blanks, maybe its place ("4   Tarrow", "| 4 | Tarrow")
_ROW_LABEL = re.compile(r"[ \t|]*(?:=?\d{1,3}[.)]?(?:[ \t]*\|)?[ \t]+)?")
_A_SUBJECT_PRONOUN = re.compile(r"\b(?:they|he|she|it)\b", re.I)
_A_NUMBER_WORD = re.compile(rf"\b{NUMBER_WORDS_RE}", re.I)
_A_WORD = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)?")
_ROW_FIGURES = 3  # figures a line with a name before them must write to be a table's row
# a row whose label leads to its one figure by dots, as a list of results or contents sets it
_LEADER_ROW = re.compile(r"[^\W\d]\S*[ \t]*\.{4,}[ \t]*[-+]?\d[\d,.]*%?[ \t]*$")


def _currency_near(line: str, start: int, end: int) -> str | None:
    """The currency a figure at start:end of `line` is written in, by the symbol before it or the
    word after it ("$537", "537 million dollars"); None if none."""
    symbol = line[max(0, start - 1) : start]
    if symbol in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[symbol]
    words = re.findall(r"[a-z]+", line[end : end + 20].lower())[:2]
    return next((CURRENCY_WORDS[w] for w in words if w in CURRENCY_WORDS), None)


_WRITTEN_DIGITS = 3  # a figure of this many digits beside a name is that name's, not a chance "1.5"
_FIGURES = re.compile(r"\d[\d,.]*\d|\d")
_A_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")  # one figure, as `float` reads it less its commas
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


# Units of measure: one value in one of them twice in a story is one fact, however the clauses differ.
_MEASURES = set(UNIT_ABBREVIATIONS.values()) | {"meter", "tonne", "ton", "liter", "yard", "inch", "gram", "acre"}
_COUNT_SWAP_DIGITS = 4  # significant digits that make a swapped count another count's figure
_NOT_COUNTS = MEASURED_UNITS | {SCORE}  # money, time, shares, ages and points: no count of anything


def _a_count(unit: str | None) -> bool:
    """Whether a figure of `unit` counts things or people, not money, time, a share, an age or a rank."""
    return unit is not None and unit not in _NOT_COUNTS and not unit.startswith(RANK)


def _converted(ctx: CheckContext, n: NumberMention) -> Hit | None:
    """ "£46m (€49.5m)" where a source writes "42 million pounds (49.5 million euros)": an amount
    whose conversion in brackets is a source amount's conversion is that amount."""
    prose = ctx.document.prose
    conv = next((m for m in ctx.numbers_in(n.sentence) if n.end < m.start <= n.end + 3 and prose[n.end : m.start].strip() == "("
                 and m.unit in CURRENCY_CODES and m.unit != n.unit), None)
    if conv is None or not n.exact or not conv.exact or \
            ctx.kb.numbers_stating(conv.unit, conv.value, conv.value, PROBE_FACTS) > PROBE_FACTS:
        return None
    found: list[NumberFact] = []
    margin = EXACT * conv.value
    for ids in ctx.kb.numbers_between(conv.unit, conv.value - margin, conv.value + margin, {}).values():
        for i in ids:
            g, f = ctx.kb.numbers[i], ctx.kb.numbers[i - 1] if i else None
            if f is None or f.unit != n.unit or f.provenance.source != g.provenance.source \
                    or f.provenance.sentence != g.provenance.sentence:
                continue
            sentence = f.provenance.sentence
            a = sentence.find(f.text)
            b = sentence.find(g.text, a + len(f.text)) if a >= 0 else -1
            if b > a >= 0 and sentence[a + len(f.text) : b].strip() == "(":
                found.append(f)
    if not found or any(compatible(n, f) for f in found):
        return None
    fact = found[0]
    start, end = n.number_span
    right = _replacement(fact.text, ctx.document.text[start:end])
    certain = len({f.value for f in found}) == 1 and right and _keeps_scale(n, ctx.document.text[start:end], right, fact.value)
    return Hit(start, end, _fields(ctx, start, end, fact), fixes=[(f"Replace with \"{right}\"", right)] if certain else [], evidence=[fact.provenance],
               preferred=bool(certain))


def _other_currency(ctx: CheckContext, n, keys: frozenset[str], threshold: float) -> Hit | None:
    """ "1.5 billion euros" where the sources say the same 1.5 billion in dollars."""
    if n.unit not in CURRENCY_CODES:
        return None
    facts = ctx.kb.numbers
    found = []
    for unit in CURRENCY_CODES - {n.unit}:
        for s, ids in ctx.ranked("numbers", keys, threshold, unit):
            if s < threshold:
                break
            i = next((i for i in sorted(ids) if facts[i].value == n.value or abs(facts[i].value - n.value)
                      <= EXACT * max(abs(n.value), abs(facts[i].value))), None)
            if i is not None:
                found.append((-s, i))
                break
    if not found:
        return None
    fact = facts[min(found)[1]]
    return Hit(n.start, n.end, _fields(ctx, n.start, n.end, fact), evidence=[fact.provenance])


KIND = CheckKind("number-mismatch", number_mismatch, NumberMismatchParams)
