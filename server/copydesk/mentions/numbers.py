"""Counts and amounts with what they count: "17 media organizations", "€1.2 billion", "15 percent"."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from copydesk.document import Document
from copydesk.lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    IRREGULAR_PAST,
    NUMBER_WORDS,
    PEOPLE_VERBS,
    SCALES,
    STOPWORDS,
    fold,
)

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen"
_SCALE = r"(?P<scale>hundred|thousand|million|billion|trillion|bn\b|m\b|k\b)"
_NUMBER_RE = re.compile(
    r"(?<![\w.,])(?P<cur>[$€£¥₹₪])?\s?"
    r"(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<words>\b(?:(?:{_TENS})(?:[-\u2011 ](?:one|{_UNITS}))?|{_UNITS}|{_TEENS})\b))"
    rf"(?:\s*{_SCALE})?"
    r"(?:\s*(?P<pct>%|percent\b|per cent\b|percentage points?\b))?",
    re.I,
)
_APPROX = {"about", "around", "roughly", "nearly", "almost", "some", "approximately", "over", "more", "than",
           "up", "at", "least", "most", "under", "fewer", "less", "just", "close"}


@dataclass(slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: float
    unit: str  # folded head noun, a currency code, or "percent"
    modifiers: tuple[str, ...]  # folded words before the head ("media")
    sentence: int
    approximate: bool = False
    number_span: tuple[int, int] = (0, 0)  # just the figure, for a fix


def _word_value(words: str) -> float:
    parts = re.split(r"[-\u2011 ]", words.lower())
    return float(sum(NUMBER_WORDS.get(p, 1 if p == "one" else 0) for p in parts))


def extract_numbers(doc: Document, exclude: list[tuple[int, int]]) -> list[NumberMention]:
    """Numbers outside `exclude` (the spans of dates and years), each with its unit."""
    out: list[NumberMention] = []
    # does [start, end) overlap an excluded span: of the spans starting before `end`, the
    # furthest end must pass `start`
    spans = sorted(exclude)
    span_starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))
    for s in doc.sentences:
        text = doc.prose[s.start : s.end]
        for m in _NUMBER_RE.finditer(text):
            start, end = s.start + m.start(), s.start + m.end()
            k = bisect.bisect_left(span_starts, end)
            if k > 0 and reach[k - 1] > start:
                continue
            if m.group("digits"):
                raw = m.group("digits")
                if text[m.end() : m.end() + 1] == ":" or re.match(r"\s*(?:st|nd|rd|th)\b", text[m.end() :]):
                    continue
                value = float(raw.replace(",", ""))
                fig = (s.start + m.start("digits"), s.start + m.end("digits"))
            else:
                value = _word_value(m.group("words"))
                fig = (s.start + m.start("words"), s.start + m.end("words"))
            scale = (m.group("scale") or "").lower()
            if scale:
                value *= SCALES[scale]
            unit, modifiers, unit_end = "", (), end
            if m.group("pct"):
                unit = "percent"
            elif m.group("cur"):
                unit = CURRENCY_SYMBOLS[m.group("cur")]
            else:
                unit, modifiers, unit_end = _unit_after(text, m.end(), s.start)
            before = re.findall(r"[a-z]+", text[max(0, m.start() - 20) : m.start()].lower())[-2:]
            if not unit and before and before[-1] in PEOPLE_VERBS and not text[: m.start()].rstrip().endswith(","):
                unit = "people"  # "the quake kills 34 in ..."
            if not unit:
                continue
            approximate = any(w in _APPROX for w in before)
            out.append(NumberMention(start, unit_end, doc.text[start:unit_end], value, unit, modifiers, s.index,
                                     approximate, fig))
    return out


_IRREGULAR_PLURALS = {"people", "children", "men", "women", "staff", "personnel", "aircraft", "police", "cattle"}


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PLURALS or (w.endswith("s") and not w.endswith(("ss", "us", "is")))


PART_OF = "of"  # a modifier marking a part of a whole: "11 of the port's 14 berths"
_PARTITIVE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|all)\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?(?:\d[\d,]*\s+)?"
)


UNIT_REACH = 120  # characters after a number searched for the words of its unit
_UNIT_WORD = re.compile(r"\s*([A-Za-z][\w'’-]*|[^\w\s])")


def _unit_after(text: str, pos: int, base: int) -> tuple[str, tuple[str, ...], int]:
    """The noun a number counts: up to three lower-case words, the last one the head; for a part
    of a whole ("11 of the 14 berths", "nine of its workers"), the whole's noun, marked PART_OF."""
    part = _PARTITIVE.match(text, pos)
    if part:
        unit, modifiers, end = _unit_after(text, part.end(), base)
        return (unit, (PART_OF, *modifiers), end) if unit else ("", (), base + pos)
    words: list[tuple[str, int]] = []
    # from pos, not on a copy of the rest of the text, and within UNIT_REACH: the search skips
    # what is neither a word nor a mark, and was once a scan of the rest of the text per number
    for m in _UNIT_WORD.finditer(text, pos, pos + UNIT_REACH):
        w = m.group(1)
        if not w[0].isalpha():
            break
        if w.lower() in CURRENCY_WORDS and not words:
            return CURRENCY_WORDS[w.lower()], (), base + m.end()
        if not w.islower() or w in STOPWORDS or len(words) == 3:
            break
        if words and (w in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))):
            break  # a verb after the noun: "a 6.8 earthquake struck", "15 cargo ships arrived"
        words.append((w, base + m.end()))
        if _is_plural(w):
            break
    if not words:
        return "", (), base + pos
    head, end = words[-1]
    return fold(head), tuple(fold(w) for w, _ in words[:-1]), end
