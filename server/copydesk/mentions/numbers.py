"""Counts and amounts with what they count: "17 media organizations", "€1.2 billion", "15 percent"."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from copydesk.document import TABLE_CELLS, Document, Sentence, in_english_figures
from copydesk.lexicon import (
    CURRENCY_CODES_BEFORE,
    CURRENCY_NOUNS,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    IRREGULAR_PAST,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PEOPLE_VERBS,
    SCALED_UNITS,
    SCALES,
    STOPWORDS,
    UNIT_ABBREVIATIONS,
    fold,
)
from copydesk.mentions.anchors import SentenceIndex, anchor_words
from copydesk.mentions.spans import SpanSet
from copydesk.world import currencies_of

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen"
NUMBER_WORDS_RE = rf"(?:(?:{_TENS})(?:[-\u2011 ](?:one|{_UNITS}))?|{_UNITS}|{_TEENS})\b"
# "28.4Mt", "1.48Moz", "310koz": a scale joined to a unit's abbreviation, as mining and energy reports write them
_SCALE = r"(?P<scale>dozen|hundred|thousand|million|billion|trillion|bn\b|m\b|k\b|(?-i:M|k)(?=(?:oz|t)\b))"
# "two hundred and sixty", "three thousand four hundred": number words before a scale word and
# more number words, as a transcript speaks a figure (the last scale, if any, is `_SCALE`'s)
_HUNDREDS_AND = (rf"(?:(?:(?:{_TENS})(?:[-\u2011 ](?:one|{_UNITS}))?|{_UNITS}|{_TEENS}|one|a)[ \t]+(?:hundred|thousand)"
                 rf"(?:[ \t]+and)?[ \t]+(?=(?:{_TENS}|{_UNITS}|{_TEENS}|one)\b))*")
_FRACTION_WORD = r"quarters?|thirds?|halves|fifths?|eighths?"  # "three-quarter": a fraction, not three quarters
_NUMBER_RE = re.compile(
    r"(?<![\w.,/])(?P<cur>(?:A|AU|C|CA|NZ|US|HK|S)?\$|[€£¥₹₪]|(?:Dhs?|RM|Rp)(?=\s?\d))?(?(cur)\s?)"  # "A$183.9 million": a dollar
    r"(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<words>\b{_HUNDREDS_AND}(?:(?:{_TENS})(?:[-\u2011 ](?:one|{_UNITS}))?|{_UNITS}|{_TEENS}|(?:one|zero|nought)(?=\s+point\s))\b"
    rf"(?:\s+point(?:\s+(?:one|{_UNITS}|zero|oh|nought)\b)+)?"  # "three point two million", as a script speaks it
    rf"(?![-\u2011 ](?:{_FRACTION_WORD})\b)))"
    rf"(?:(?:\s*|[-\u2011](?=(?:hundred|thousand|million|billion|trillion)\b)){_SCALE})?"  # ("a 385-thousand-pound scheme")
    r"(?:\s*(?P<pct>%|percent\b|per cent\b|percentage points?\b))?",
    re.I,
)
# Words before a figure that make it a bound or a rounding, and the share of the figure they allow:
# "more than 60" is at least 60, "about 3,100" anything within a tenth of it.
_LOWER = ("more than", "over", "at least", "above", "in excess of", "upwards of", "exceeding", "just over",
          "no fewer than", "no less than", "a minimum of", "not less than", "not fewer than", "not under")
_UPPER = ("less than", "fewer than", "under", "up to", "at most", "below", "no more than", "just under", "within",
          "a maximum of", "as many as", "as much as", "not more than", "not over", "not above")
_NEAR_UNDER = ("nearly", "almost", "close to", "approaching", "just shy of")
_ROUND = ("about", "around", "roughly", "some", "approximately", "an estimated", "estimated", "circa", "or so",
          "approx", "about a", "an approximate")
# "within 60 nm of the port" is at most 60, but "came within 188 votes of unseating her" is the margin
_WITHIN = r"(?<!came\s)(?<!come\s)(?<!comes\s)(?<!coming\s)(?<!fell\s)(?<!finished\s)within"
_QUALIFIER_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(w) for w in (*_LOWER, *_UPPER, *_NEAR_UNDER, *_ROUND) if w != "within"),
                             key=len, reverse=True)) + "|" + _WITHIN
    + r")\s*(?:(?:" + "|".join(sorted(CURRENCY_CODES_BEFORE)) + r")\s*)?$", re.I)  # "below GBP 330,000"
ROUNDING = 0.1  # "about X": within a tenth of X at most (see `rough_reach`)
LEAST_ROUNDING = 0.02  # and within this share of it at least, however precisely it is written
# Between two figures: a range ("1%-3%", "1 to 3 percent", "between 1 and 3 percent").
_RANGE_GAP = re.compile(r"\s*(?:[-\u2013\u2014]|to|and)\s*$", re.I)
_WHO_IS = re.compile(r"\bwho\s+(?:is\s+now|is|was)\s+$", re.I)  # an age's relative clause, right before it ("then": an age at another time)
_AGE_AFTER = re.compile(r"\s*-\s*years?\s*-\s*old\b|\s+years?\s+old\b|\s+years?\s+of\s+age\b", re.I)
# A span of one written with an article, after a word that says it lasts: "would take a week".
_ONE_SPAN = re.compile(r"\b(?:takes?|took|taken|taking|lasts?|lasted|lasting|for|within|spend|spent)\s+"
                       r"(?P<one>an?)\s+[\"“'‘]?(?P<unit>second|minute|hour|day|week|month|year|decade)\b[\"”'’]?", re.I)
_ONE_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade")  # what _ONE_SPAN needs (lower case)
# the part after "and" in "two and a half", "a length and three-quarters" (see `_fraction_value`)
_FRACTION_PART = r"(?P<part>a\s+half|a\s+quarter|(?:a|one)\s+third|three[-\u2011 ]quarters?|two[-\u2011 ]thirds?)"
# "a length and three-quarters", "an hour and a half": one of a unit and a fraction
_ONE_AND_A_PART = re.compile(r"\b(?P<one>an?|one)\s+(?P<unit>length|mile|hour|day|week|month|year|minute|second|point|goal|"
                             rf"stroke|kilometre|kilometer|metre|meter)\s+and\s+{_FRACTION_PART}\b", re.I)
_ONE = re.compile(r"(?P<one>an?)\s+[\"“'‘]?(?P<unit>second|minute|hour|day|week|month|year|decade)\b[\"”'’]?", re.I)
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


def bounds(value: float, qualifier: str, fraction: bool = False) -> tuple[float, float]:
    """The values a figure allows given the words before it (`fraction`: a common fraction, "a
    third", which is as rough as "about" says)."""
    q = qualifier.lower()
    if q in _LOWER:
        return value, math.inf
    if q in _UPPER:
        return -math.inf, value
    if q not in _NEAR_UNDER and q not in _ROUND:
        return value, value  # an exact figure, as most are: no reach to work out
    reach = abs(value) * ROUNDING if fraction else rough_reach(value)
    return value - reach, (value + reach if q in _ROUND else value)  # "almost": only below


def rough_reach(value: float) -> float:
    """How far a rounded figure ("about 75", "almost 96%") may lie from its value: one step of the
    digit it is written to (a writer who rounds 68 writes "about 70", not "about 75"; 90.6% is not
    "almost 96%"), within LEAST_ROUNDING and ROUNDING of it. A value with a fraction ("about 4.5") is
    left at ROUNDING: its step is in its text, not its value."""
    size = abs(value)
    if not size or value != int(value):
        return size * ROUNDING
    return min(size * ROUNDING, max(figure_step(value), size * LEAST_ROUNDING))


_DECIMALS = re.compile(r"\d\.(\d+)")


def decimals_written(text: str) -> int:
    """How many decimals a figure's text writes ("1.12 percent": 2; "40": 0)."""
    m = _DECIMALS.search(text)
    return len(m.group(1)) if m else 0


def significant_digits(value: float) -> str:
    """A value's significant digits: 269000000.0 -> "269", 0.0714 -> "714"."""
    return f"{abs(value):.10g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")


def figure_step(value: float) -> float:
    """The step of the digit a whole figure is written to: 1 for 96, 5 for 75, 100 for 3,100,
    500,000 for 1.5 million; 0 for a figure with a fraction."""
    size = abs(value)
    if not size or value != int(value):
        return 0.0
    step = 1
    while size % (step * 10) == 0:
        step *= 10
    return step * 5 if size % (step * 5) == 0 else step


@dataclass(slots=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: float
    unit: str  # folded head noun, a currency code, "percent", "age", or "<time unit> ago"
    modifiers: tuple[str, ...]  # folded words before the head ("media")
    sentence: int
    approximate: bool = False
    number_span: tuple[int, int] = (0, 0)  # just the figure, for a fix
    low: float = 0.0  # the values it allows: a bound ("more than 60"), a rounding ("about 60"), a range ("1%-3%")
    high: float = 0.0
    anchor: frozenset[str] = frozenset()  # the words around it in its clause (its verb, what it is of)

    @property
    def exact(self) -> bool:
        return self.low == self.high

    def signature(self) -> tuple:
        """Everything about this mention but where it lies: what a check's hits for it are kept by
        (see `CheckContext.hits_at`)."""
        return (self.end - self.start, self.text, self.value, self.unit, self.modifiers, self.approximate,
                self.number_span[0] - self.start, self.number_span[1] - self.start, self.low, self.high, self.anchor)

    def moved(self, chars: int, sentences: int) -> NumberMention:
        """This mention where its paragraph now lies (see mentions.paragraphs)."""
        return NumberMention(self.start + chars, self.end + chars, self.text, self.value, self.unit, self.modifiers,
                             self.sentence + sentences, self.approximate,
                             (self.number_span[0] + chars, self.number_span[1] + chars), self.low, self.high, self.anchor)


def word_value(words: str) -> float:
    """The value of number words: "forty-five" -> 45, "three point two" -> 3.2, "two hundred and
    sixty" -> 260, "three thousand four hundred" -> 3,400."""
    whole, _, decimals = words.lower().partition(" point ")
    total = current = 0.0
    for p in re.split(r"[-\u2011 \t]+", whole):
        if p == "hundred":
            current = (current or 1) * 100
        elif p in ("thousand", "million", "billion"):
            total, current = total + (current or 1) * SCALES[p], 0.0
        elif p not in ("and", "a"):
            current += NUMBER_WORDS.get(p, 1 if p == "one" else 0)
    value = total + current
    if decimals:
        value += float("0." + "".join(str(_DIGIT_WORDS.get(p, 0)) for p in decimals.split()))
    return value


_DIGIT_WORDS = {"one": 1, "oh": 0, "nought": 0, **{w: v for w, v in NUMBER_WORDS.items() if v < 10}}


def _scaled(m: re.Match, value: float, scale: str) -> float:
    """A figure's value times its scale word; number words with a scale inside ("three thousand
    four" before "hundred") are read whole with it, since the scale is their last part's."""
    words = m.group("words")
    if words and (" hundred" in words.lower() or " thousand" in words.lower()) and scale in ("hundred", "thousand", "million", "billion"):
        return word_value(f"{words} {scale}")
    return value * SCALES[scale]


# "two and a half hours", "three and a half million", "two and three-quarter lengths": a figure and a
# fraction; "1 3/4 lengths", "1¾ lengths": a figure and a fraction in digits
_AND_A_PART = re.compile(rf"(?P<half>\s+and\s+{_FRACTION_PART})(?:\s+(?P<scale>hundred|thousand|million|billion|trillion))?\b", re.I)
_PARTS = {"a half": 0.5, "a quarter": 0.25, "a third": 1 / 3, "one third": 1 / 3, "three quarter": 0.75,
          "three quarters": 0.75, "two third": 2 / 3, "two thirds": 2 / 3}
_DIGIT_FRACTION = re.compile(r"(?P<half>\s+(?P<num>[1-9])/(?P<den>[2-9]|1[0-6])(?![\d/])|(?P<vulgar>[½¼¾⅓⅔⅛⅜⅝⅞]))")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}


def _fraction_value(part: str) -> float:
    """The value of `_FRACTION_PART`'s words: "three-quarters" -> 0.75."""
    return _PARTS[re.sub(r"[-\u2011\s]+", " ", part.lower())]


def _fraction_after(text: str, m: re.Match) -> tuple[float, re.Match] | None:
    """The fraction that completes a figure: "and a half", "and three-quarter", " 3/4", "¾"."""
    if m.group("digits") and "." not in m.group("digits") and (frac := _DIGIT_FRACTION.match(text, m.end("digits"))):
        part = _VULGAR[frac["vulgar"]] if frac["vulgar"] else int(frac["num"]) / int(frac["den"])
        return (part, frac) if part < 1 else None
    if (frac := _AND_A_PART.match(text, m.end())) is not None:
        return _fraction_value(frac["part"]), frac
    return None


def _holds_any(lower: str, parts: tuple[str, ...]) -> bool:
    """Whether lower-case text contains any of `parts`: a test in C that lets most sentences skip a
    pattern of many alternatives, which Python's `re` tries at every character."""
    return any(p in lower for p in parts)


_DIGIT = re.compile(r"\d")
_NUMBER_WORD_PARTS = tuple(f"{_TENS}|{_UNITS}|{_TEENS}".split("|"))  # every number word _NUMBER_RE reads holds one


FIGURES_PER_SENTENCE = 40  # more in one sentence: a table or a run of data, whose figures no clause explains


@dataclass(slots=True)
class _Figure:
    match: re.Match
    value: float
    fig: tuple[int, int]  # sentence-relative
    unit: str = ""
    modifiers: tuple[str, ...] = ()
    unit_end: int = 0  # sentence-relative
    rounded: bool = False  # a common fraction ("a third of"): as rounded as "about"
    opposed: bool = False  # the second figure of a tally: "68 votes to 51"


# a day's month written in Spanish or Portuguese after it: "17 de mayo", "3 de março"
_A_DAY_IN_SPANISH = re.compile(
    r"[ \t]+de[ \t]+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
    r"|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\b", re.I)


def _a_day_in_spanish(text: str, m: re.Match) -> bool:
    """Whether a figure matched by `_NUMBER_RE` is a day whose month follows it in Spanish or
    Portuguese ("17 de mayo"): a date, which neither counts nor measures."""
    return bool(m.group("digits")) and len(m.group("digits")) <= 2 and _A_DAY_IN_SPANISH.match(text, m.end()) is not None


def extract_numbers(doc: Document, exclude: list[tuple[int, int]], sentences: list[Sentence] | None = None) -> list[NumberMention]:
    """Numbers outside `exclude` (the spans of dates and years), each with its unit, the values it
    allows (bounds, roundings, ranges) and its anchor words; of the draft's sentences, or of
    `sentences` (a paragraph's)."""
    out: list[NumberMention] = []
    excluded = SpanSet(exclude)
    for s in doc.sentences if sentences is None else sentences:
        text = in_english_figures(doc.prose[s.start : s.end], doc.prose)  # "EUR 1.487,3 million" as "EUR 1,487.3 million"
        lower = text.lower()
        digits = _DIGIT.search(text) is not None
        figures: list[_Figure] = []
        matches = list(_NUMBER_RE.finditer(text)) if digits or _holds_any(lower, _NUMBER_WORD_PARTS) else []
        if len(matches) > FIGURES_PER_SENTENCE:
            continue  # a table or a run of data, not a sentence: no clause says what each figure is
        scored_to = -1  # a score's second figure is the score's
        for m in matches:
            start, end = s.start + m.start(), s.start + m.end()
            if excluded.overlaps(start, end) or m.start() < scored_to:
                continue
            if m.start() and (mark := _RECORDING_TIME.match(text, m.start() - 1)) is not None:
                scored_to = mark.end()  # "[00:12:31]": where in a recording, no fact
                continue
            if (run := _FIGURE_RUN.match(text, m.start())) is not None:
                scored_to = run.end()  # "4-3-3", form figures "1-2-11": a run of three or more, no figure
                continue
            if _a_day_in_spanish(text, m):
                continue  # "el sábado 17 de mayo": a day of a month, the date check's, no count
            if (era := _ERA_RANGE.match(text, m.start())) is not None:
                scored_to = era.end()  # "c. 500-300 BC": years of an era, no count (nor a score)
                continue
            if (score := _score_at(text, m) or _measure_at(text, m) or _clock_at(text, m, doc.prose, s.start)) is not None:
                figures.append(score)
                scored_to = score.unit_end
                continue
            if m.group("digits"):
                raw = m.group("digits")
                if text[m.end() : m.end() + 1] == ":" or _ORDINAL_OR_CLOCK.match(text, m.end()):
                    if (minutes := _MINUTES.match(text, m.end())) is not None:
                        scored_to = minutes.end()  # "07:30" read as no time: its ":30" is no figure either
                    continue
                value = float(raw.replace(",", ""))
                fig = (m.start("digits"), m.end("digits"))
            else:
                value = word_value(m.group("words"))
                fig = (m.start("words"), m.end("words"))
            scale = (m.group("scale") or "").lower()
            metres = scale == "m" and not m.group("cur") and not m.group("pct") and _metres(text, m.start(), m.end())
            if scale and not metres:
                value = _scaled(m, value, scale)
            unit_from = m.end()
            if not (scale or m.group("pct")) and (fraction := _fraction_after(text, m)) is not None:
                part, half = fraction  # "two and a half hours", "1¾ lengths"
                value = (value + part) * SCALES.get((half.groupdict().get("scale") or "").lower(), 1)
                fig, unit_from = (fig[0], half.end("half")), half.end()
                scored_to = half.end()  # the fraction's own digits are no figures
            f = _Figure(m, value, fig, unit_end=unit_from)
            age = _AGE_AFTER.match(text, m.end())
            before = re.findall(r"[a-z]+", text[max(0, m.start() - 20) : m.start()].lower())[-2:]
            if m.group("pct"):
                f.unit = "percent"
            elif metres:
                f.unit = "meter"
            elif m.group("cur"):
                f.unit = CURRENCY_SYMBOLS.get(m.group("cur")[-1]) or CURRENCY_PREFIXES[m.group("cur").lower()]
            elif code := _CODE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                f.unit = code.group(1).lower()  # "KRW 30,220"
            elif age:
                f.unit, f.unit_end = "age", age.end()
            elif before and (before[-1] == "aged" or (len(before) == 2 and before[0] == "age"
                                                      and before[1] in ("of", "from", "to", "at"))):
                f.unit = "age"  # "drivers aged 70 and over", "the retirement age from 60 to 63"
            elif (numbered := _NUMBERED_BEFORE.search(text, max(0, m.start() - 8), m.start())) is not None \
                    and (value <= _ROUNDS or numbered[1].lower() != "round"):
                f.unit = f"{RANK}{numbered[1].lower()}"  # "in round seven", "on lap 43": which one, no count (not
                # a golfer's "second round 66")
            elif _POSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()) and m.group("digits") \
                    and not _NAME_AFTER.match(text, m.end()):
                f.unit = f"{RANK}position"  # "peaked at number 14", "No. 3 in the world": a position, not a count
            elif _WHO_IS.search(text, max(0, m.start() - 24), m.start()) and (_CLAUSE_END.match(text, m.end())
                                                                  or _AND_AFTER.match(text, m.end())):
                f.unit = "age"  # "the woman, who was 71, was pulled from the water", "who is 91 and has walked", "who is now 51"
            elif strong := _STRONG.match(text, m.end()):
                noun = fold(strong["noun"])  # "the 11-strong team": a team of 11, as "a team of 11" counts it
                f.unit, f.unit_end = ("attendance" if noun in _ATTENDANCE else noun), strong.end()
            elif compound := _COMPOUND_UNIT.match(text, m.end()):
                word = compound.group(1)  # "a five-week trial", "a 16-storey block", "a 25,000-euro bonus"
                # (not "a 300-pound lineman": a weight as often as a sum; but "a 385-thousand-pound
                # scheme" is a sum: no one weighs in thousands of pounds)
                f.unit = CURRENCY_WORDS[word] if word in CURRENCY_WORDS and (word != "pound" or scale) else fold(word)
                f.unit_end = compound.end()
            elif _is_apposed_age(text, m):
                f.unit = "age"  # "Declan Vale, 41, said"
            elif not scale and (_bare_tally(text, m, before) or _FOR_THEN_AGAINST.match(text, m.end())):
                f.unit = "vote"  # "voted 14 to 3", "by 22 to 9 with two abstentions", "11 for, 4 against"
            elif not (scale or m.group("pct") or m.group("cur")) and (rate := _PER_BASE.match(text, m.end())) is not None:
                # "a rate of 38.7 per 100,000 people": a rate in its base, whose figure is no count
                f.unit = f"per {_base_value(rate['base']):g}"
                f.unit_end = scored_to = rate.end()
            else:
                f.unit, f.modifiers, end = _unit_after(text, unit_from, 0)
                f.unit_end = end
                if f.unit in TIME_UNITS and _AGO.match(text, end):
                    f.unit = f"{f.unit} ago"  # "nine years ago" dates a time, "for nine years" lasts
                elif f.unit == "year" and (months := _AND_MONTHS.match(text, end)) is not None:
                    # "22 years and six months" is 22.5 years, one figure: a sentence's total
                    f.value += _part_value(months["n"]) / 12
                    f.unit_end = scored_to = months.end()
            if not f.unit and before and before[-1] in PEOPLE_VERBS and not _after_comma(text, m.start()):
                f.unit = "people"  # "the storm kills 17 in ..."
            if not f.unit and (counted := _NUMBER_OF.search(text, max(0, m.start() - 90), m.start())
                               or _PLURAL_SUBJECT.search(text, max(0, m.start() - 40), m.start())
                               or _PASSING_SUBJECT.search(text, max(0, m.start() - 40), m.start())) \
                    and (counted_noun := _counted_noun(counted)):
                # "the number of unemployed people rose from 128,900", "passenger numbers climb from 3.1 million",
                # "the number of new bonds lodged with the registry fell to 24,317"
                f.unit, f.modifiers = fold(counted_noun[0]), counted_noun[1]
            if not f.unit and (label := _LABEL_BEFORE.match(text, 0, m.start())) is not None \
                    and (noun := next((w.lower() for w in label["label"].split()[:3] if w.isalpha()
                                       and (_is_plural(w) or w.lower() in _ATTENDANCE) and w.lower() not in STOPWORDS),
                                      None)):
                # a list's "Applications in the quarter: 9,824" counts applications, "Attendance: 4,212" a crowd
                f.unit = "attendance" if noun in _ATTENDANCE else fold(noun)
            if not f.unit and _AGAINST_AFTER.match(text, m.end()):
                f.unit = "vote"  # "68 votes in favor, 51 against"
            if f.unit in SCALED_UNITS:  # "6.0 MTPA": six million tonnes a year
                f.unit, scale = SCALED_UNITS[f.unit]
                f.value *= scale
            verb_like = f.unit.endswith("ed") or f.unit in IRREGULAR_PAST  # "a crowd of 11,842 watched"
            if (not f.unit or verb_like) and (counted := _COUNT_OF.search(text, max(0, m.start() - 40), m.start())):
                noun = fold(counted.group(1))  # "a crowd of 11,842", "an attendance of more than 13,000"
                f.unit, f.modifiers, f.unit_end = ("attendance" if noun in _ATTENDANCE else noun), (), m.end()
            figures.append(f)
        one_and_a_part = []  # "a length and three-quarters": 1.75 lengths
        for m in _ONE_AND_A_PART.finditer(text) if " and " in lower and _holds_any(lower, _FRACTION_PARTS) else ():
            if not excluded.overlaps(s.start + m.start(), s.start + m.end()):
                one_and_a_part.append(_Figure(m, 1 + _fraction_value(m["part"]), (m.start("one"), m.end("part")), fold(m["unit"]),
                                              (), m.end("part")))
        figures.extend(one_and_a_part)
        for lead in _ONE_SPAN.finditer(text) if _holds_any(lower, _ONE_UNITS) else ():  # "would take a week": a span of one
            m = _ONE.match(text, lead.start("one"))
            if not excluded.overlaps(s.start + m.start(), s.start + m.end()) \
                    and not any(f.match.start() == m.start() for f in one_and_a_part):
                figures.append(_Figure(m, 1.0, (m.start("one"), m.end("one")), fold(m.group("unit")), (), m.end()))
        for m in _FRACTION_OF.finditer(text) if _holds_any(lower, _FRACTION_PARTS) else ():  # "a third of the perimeter"
            if not excluded.overlaps(s.start + m.start(), s.start + m.end()):
                share = 100 * _FRACTIONS[m.group("fraction").lower()]
                figures.append(_Figure(m, share, (m.start("fraction"), m.end("fraction")), "percent", (), m.end("fraction"), True))
        for m in _ORDINAL_RE.finditer(text) if (digits or _holds_any(lower, _ORDINAL_PARTS)) and _ORDINAL_HINT.search(text) else ():  # "the 43rd minute", "lifted them to third"
            if not excluded.overlaps(s.start + m.start(), s.start + m.end()) and (rank := _rank(text, m)) is not None:
                figures.append(_Figure(m, ordinal_value(m.group("ordinal")), (m.start("ordinal"), m.end("ordinal")),
                                       rank[0], (), rank[1]))
        if not figures:
            continue  # most sentences: no figure to index the words around
        figures.sort(key=lambda f: f.match.start())
        ranges = _link_ranges(text, figures)
        _carry_elided_nouns(text, figures)
        index = SentenceIndex(text, [(f.match.start(), f.unit_end) for f in figures])
        anchors = [anchor_words(index, f.match.start(), f.unit_end, {f.unit, *f.modifiers}) | _marks(text, f)
                   for f in figures]
        if len(figures) == 1 and (below := doc.described_below(s)) is not None \
                and (words := _described_below(doc, below, figures[0])) is not None:
            anchors[0] = words  # "321,480" over "The number of items lent by the libraries ..."
        for i, (_, _, j) in ranges.items():  # a range's two ends are one statement
            anchors[i] = anchors[i] | anchors[j]
        for i in range(1, len(figures)):  # "6,842m (22,448ft)": the conversion says what the figure before it does
            if a_conversion(text, figures[i].match.start(), figures[i].unit_end) and not anchors[i] - set(MARKS):
                anchors[i] = anchors[i] | anchors[i - 1]
        for i in range(1, len(figures)):  # "rose 9 percent in 2028 and 12 percent in 2029": both changes
            a, b = figures[i - 1], figures[i]
            if a.unit == b.unit == "percent" and CHANGE in anchors[i - 1] and CHANGE not in anchors[i] \
                    and _AND_SO.fullmatch(text, a.unit_end, b.match.start()):
                anchors[i] = anchors[i] | {CHANGE}
        for i in range(1, len(figures)):  # "7-6 (7-3)": a tiebreak in brackets is its set's
            a, b = figures[i - 1], figures[i]
            if a.unit == b.unit == SCORE and text[a.unit_end : b.match.start()].strip() == "(":
                anchors[i] = anchors[i] | anchors[i - 1]
        for i, f in enumerate(figures):
            if not f.unit:
                continue
            m = f.match
            start, unit_end = s.start + m.start(), s.start + f.unit_end
            if i in ranges:
                low, high, _ = ranges[i]
            elif f.unit == CLOCK:
                low, high = _clock_window(f.value, text[max(0, m.start() - 25) : m.start()])
            else:
                q = _QUALIFIER_RE.search(text[max(0, m.start() - 25) : m.start()])
                passed = q is None and _PASSING_SUBJECT.search(text, max(0, m.start() - 40), m.start()) is not None
                # "visits pass 5.8 million", "sales topped $1bn": more than it
                low, high = bounds(f.value, q.group(1) if q else "more than" if passed else "about" if f.rounded else "",
                                   f.rounded)
            anchor = anchors[i]
            out.append(NumberMention(start, unit_end, doc.visible_text(start, unit_end), f.value, f.unit, f.modifiers, s.index,
                                     low != high, (s.start + f.fig[0], s.start + f.fig[1]), low, high, anchor))
    return out


def _described_below(doc: Document, below: Sentence, f: _Figure) -> frozenset[str] | None:
    """The anchor words of a figure standing alone on its line (`Document.described_below`), from
    the sentence under it that says what it is: "321,480" over "The number of items lent by the
    libraries ..." counts items, "£2.7 million" over "The amount the car parks brought in" is an
    amount. Sets the figure's unit from that sentence's subject where the figure has none; None
    where the sentence names no plural it counts and the figure has no unit."""
    text = doc.prose[below.start : below.end]
    if not f.unit:
        subject = _COUNT_BELOW.match(text)
        noun = subject and (subject["counted"] or subject["plural"])
        if not noun or noun.lower() in STOPWORDS or not _is_plural(noun.lower()):
            return None
        f.unit, f.modifiers = fold(noun.lower()), ()
    return anchor_words(SentenceIndex(text, []), 0, 0, {f.unit, *f.modifiers})


# what the sentence under such a figure counts: "The number of items lent", "Potholes filled by"
_COUNT_BELOW = re.compile(r"(?:the\s+)?(?:(?:total\s+)?number|total|count)\s+of\s+(?:[a-z'’-]+\s+){0,2}?(?P<counted>[a-z]+s)\b"
                          r"|(?P<plural>[A-Z][a-z]+s)\b(?!['’])", re.I)


# a rate's base after its figure: "38.7 per 100,000 people", "4.2 per 1,000 live births", "per thousand"
_PER_BASE = re.compile(r"[ \t]+per[ \t]+(?P<base>10*(?:,000)+|10+|thousand|million)\b(?![.,]\d)"
                       r"(?:[ \t]+(?!(?:" + "|".join(sorted(STOPWORDS)) + r")\b)[a-z]+)?", re.I)


def _base_value(base: str) -> float:
    """The value of a rate's base as written ("100,000", "thousand")."""
    return {"thousand": 1e3, "million": 1e6}.get(base.lower()) or float(base.replace(",", ""))


# a figure joined by a hyphen to the noun it measures, as an adjective: "a five-week trial"
_COMPOUND_UNIT = re.compile(r"[-\u2011]([a-z]{3,})\b(?![-\u2011])")
_STRONG = re.compile(r"[-\u2011]strong\s+(?P<noun>[a-z]{3,})\b")  # "the 11-strong team", "a 40-strong crowd"
# a bare figure set off by commas after a capitalized name or a person ("Ivo Pent, 41, said", "the
# woman, 29,"): a person's age
_APPOSED_PEOPLE = {"man", "woman", "boy", "girl", "driver", "victim", "passenger", "pedestrian", "cyclist", "motorcyclist",
                   "rider", "teenager", "suspect", "defendant", "mother", "father", "son", "daughter", "husband", "wife"}
_NAME_AND_COMMA = re.compile(r"(?:\b[A-Z][\w'’-]+|\b(?:[Tt]he|[Aa])\s+(?:" + "|".join(sorted(_APPOSED_PEOPLE)) + r")),\s*(?:now\s+)?$")  # "Moss, now 64,"
_AGE_ENDS = re.compile(r"\s*(?:,|;|\)|\.(?!\d)|$)")
# a court or police report's age in brackets, before the person's address: "Ada Moss (44), of Tarrow Road"
# (not a cricketer's score, "Moss (44) and Pent (12)")
_NAME_AND_BRACKET = re.compile(r"\b[A-Z][\w'’-]+\s+\($")
_BRACKETED_AGE_ENDS = re.compile(r"\),?\s+(?:of|from)\s")


_NUMBERED_BEFORE = re.compile(r"\b(round|lap)\s+$", re.I)  # a round or lap named by its number
_ROUNDS = 30  # more is a golfer's score after "round", not a round
_POSITION_BEFORE = re.compile(r"\b(?:number|No\.)\s*$", re.I)
_NAME_AFTER = re.compile(r"\s+[A-Z]")  # "Number 10 Downing Street", "No. 7 Bus": a name
_CLAUSE_END = re.compile(r"\s*(?:[,;)]|\.(?!\d))")
_AND_AFTER = re.compile(r"\s+and\s+[a-z]")  # a second predicate: "who is 91 and has walked"


def _is_apposed_age(text: str, m: re.Match) -> bool:
    """ "Pent, 41, was jailed": a whole figure of a plausible age, with no scale, percent or
    currency, between a name and a comma (or the clause's end); or in brackets before where the
    person is from ("Ada Moss (44), of Tarrow Road")."""
    if not m.group("digits") or m.group("scale") or m.group("pct") or m.group("cur"):
        return False
    digits = m.group("digits")
    if not (digits.isdigit() and 1 <= int(digits) <= 120):
        return False
    before = max(0, m.start() - 40)
    return (bool(_NAME_AND_COMMA.search(text, before, m.start())) and bool(_AGE_ENDS.match(text, m.end()))) \
        or (bool(_NAME_AND_BRACKET.search(text, before, m.start())) and bool(_BRACKETED_AGE_ENDS.match(text, m.end())))


# a noun that is a count of its own, before the figure: "a crowd of 11,842", "attendance was 11,842"
# "the number of unemployed people rose from": the figures after it count its plural noun
# "passenger numbers climb from": the same, the noun before "numbers"
_LEVEL_VERBS = (r"(?:has\s+|had\s+|have\s+|would\s+|will\s+)?"
                r"(?:rise|rises|rising|rose|risen|fall|falls|falling|fell|fallen|grow|grows|growing|grew|grown|"
                r"drop|drops|dropping|dropped|increase|increases|increasing|increased|decrease|decreases|"
                r"decreasing|decreased|climb|climbs|climbing|climbed|went up|went down|was|is|were|stood at|"
                r"reach|reaches|reached|hit)")
_NUMBER_OF = re.compile(
    r"\b(?:number of ((?:[\w-]+\W+){0,7}?[a-z]+)|([a-z]+) numbers)\W+" + _LEVEL_VERBS
    + r"(?:\s+by\s+[\d.,]+\s*(?:%|per\s*cent|percent))?"  # "fell by 5.1 per cent to 58,200": the level after the change
    + r"\s+(?:from|to|at|by)?\s*$"
    # "the census put the number of dairy cows at 58,200"
    r"|\b(?:put|puts|putting|estimated|estimates|estimate|placed|places|place)\s+the\s+number\s+of\s+"
    r"((?:[\w-]+\W+){0,7}?[a-z]+)\s+at\s*$", re.I)
_ROUGHLY = r"(?:(?:about|some|roughly|around|nearly|almost|approximately)\s+)?"  # "..., about 340 in the south"
# a plural subject whose level a figure gives: "Rescues have risen to 74", "rents fell from $612"
_PLURAL_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:and|the|its|their|said|says|that)\s+)(?:[A-Za-z][a-z]+\s+)?([A-Za-z][a-z]{2,}s)\s+"
                             # "annual visits to the museum rose from": the plural's own place or kind after it
                             + r"(?:(?:to|at|in|of|for)\s+(?:the\s+)?[A-Za-z][\w'’-]*\s+)?"
                             + _LEVEL_VERBS
                             # "Vessel calls dropped 2.1% to 2,471", "rose by 412 to": the level after the change
                             + r"(?:\s+(?:by\s+)?[\d.,]*\d\s*(?:%|per\s*cent|percent)?)?"
                             + r"\s+(?:from|to)\s+" + _ROUGHLY + "$")
# a plural subject that passes the figure: "visits pass 5.8 million", "sales topped 40,000"
_PASSING_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:and|the|its|their|as|after|while|that)\s+)(?:[A-Za-z][a-z]+\s+)?"
                              r"([A-Za-z][a-z]{2,}s)\s+(?:pass|passes|passed|tops|topped|exceed|exceeds|exceeded"
                              r"|surpass|surpasses|surpassed)\s+" + _ROUGHLY + "$")
_NOT_SUBJECTS = {"shares", "prices", "rates", "yields", "levels", "temperatures", "sales", "profits", "losses", "costs",
                 "rents", "earnings", "revenues", "wages", "results", "figures", "totals", "numbers"}  # measures, not things counted


def _counted_noun(counted: re.Match) -> tuple[str, tuple[str, ...]] | None:
    """What "the number of ..." or "... numbers" counts, and the words before it that name its
    kind: the first plural among the three words after "number of" ("new bonds" of "new bonds
    lodged with the registry", "dairy cows"), or the noun before "numbers" ("passenger numbers")."""
    if counted.re is _PLURAL_SUBJECT or counted.re is _PASSING_SUBJECT:
        word = counted.group(1).lower()
        return (word, ()) if _is_plural(word) and word not in STOPWORDS and word not in _NOT_SUBJECTS else None
    if counted.group(2):
        return (counted.group(2), ()) if counted.group(2).lower() not in STOPWORDS else None
    words = (counted.group(1) or counted.group(3)).split()[:3]
    at = next((i for i, w in enumerate(words) if w.isalpha() and w.islower() and _is_plural(w)), None)
    if at is None:
        return None
    kind = words[:at]
    return words[at], tuple(fold(w) for w in kind) if all(w.isalpha() and w.islower() and w not in STOPWORDS
                                                         for w in kind) else ()


# a line's label before its figure: "- Applications in the quarter: 9,824", "Deaths: 14"
_LABEL_BEFORE = re.compile(r"[\W_]*(?P<label>[A-Za-z][A-Za-z' -]{0,48}?(?:\s+(?:at|on|in)\s+[\w ,]{1,24})?):[ \t]*$")
_COUNT_OF = re.compile(r"\b(crowd|attendance|audience|turnout|gate|workforce|membership|population|toll|congregation"
                       r"|team|crew|squad|delegation|contingent"  # "a team of 13", counted as "the 11-strong team"
                       r"|ratio|index|average|median|coefficient)"  # and a measure's: "a risk ratio of 0.72"
                       # "Attendance on Sunday was 4,212", "The attendance at Tarrow Park is 6,418"
                       r"(?:\s+(?:on|in|at|for)\s+(?:the\s+)?[A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})?"
                       r"\s+(?:of|was|is|were|stood at|reached|totalled|totaled"
                       r"|(?:[A-Za-z]+\s+){0,2}?(?:estimated|put|placed)\s+at"  # "a crowd police estimated at 8,000"
                       # "Membership rose by 9,300 to 381,000": the level after the change
                       r"|" + _LEVEL_VERBS + r"(?:\s+by\s+[\d.,]*\d\s*(?:%|per\s*cent|percent)?)?\s+to)\s+"
                       r"(?:(?:about|around|roughly|some|nearly|almost|over|more than|just over|just under|fewer than|"
                       r"less than|at least|up to)\s+)?$", re.I)


_ATTENDANCE = {"crowd", "attendance", "gate", "turnout", "audience"}  # one count, as sports and events write it


# A place in an order, which a count is not: a seed, a league place, a minute of a match. Its unit
# is the ranked noun marked RANK ("#minute"), so that "the 43rd minute" meets only other minutes.
RANK = "#"
ORDINAL_WORDS_RE = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_ORDINAL_RE = re.compile(rf"(?<![\w.+-])(?P<ordinal>(?:{ORDINAL_WORDS_RE})|\d{{1,3}}(?:st|nd|rd|th))\b", re.I)
_ORDINAL_PARTS = tuple(ORDINAL_WORDS)  # with a digit, what _ORDINAL_HINT needs (lower case)
_ORDINAL_HINT = re.compile(rf"\d(?:st|nd|rd|th)\b|\b(?:{ORDINAL_WORDS_RE})\b", re.I)
# the ranked nouns right after an ordinal -> the rank they name ("third-placed" is a place)
_RANKED_NOUNS = {"seed": "seed", "seeded": "seed", "minute": "minute", "place": "place", "placed": "place",
                 "position": "place", "spot": "place",
                 "floor": "floor", "storey": "floor", "edition": "edition",  # "the fifth floor", "its 42nd edition"
                 "round": "round", "lap": "lap"}  # "in the 17th round", "on the 43rd lap"
# a place in an order by a measure: "the third-highest median age", "the sixth-busiest airport"
_SUPERLATIVES = frozenset((
    "highest", "lowest", "largest", "biggest", "smallest", "busiest", "oldest", "youngest", "longest", "shortest",
    "richest", "poorest", "fastest", "slowest", "best", "worst", "greatest", "deadliest", "wettest", "driest",
    "hottest", "coldest", "warmest", "strongest", "weakest", "tallest", "safest", "cheapest", "heaviest"))
_RANKED_NOUNS |= {w: w for w in sorted(_SUPERLATIVES)}  # in one order: the pattern is the same text each run
_NUMBERED_ONLY = {"round", "lap"}  # ranked in digits only: "the first round" of a tournament is its stage's name
_RANKED_NOUN = re.compile(r"(?:\s+|\s*[-\u2011]\s*)(" + "|".join(_RANKED_NOUNS) + r")\b", re.I)
# a bare ordinal that is a place in a table: after a verb of standing or moving ("finished third",
# "lifted them to second"), and before no noun of its own ("to second in the league", "third overall",
# not "second goal")
_PLACE_BEFORE = re.compile(r"\b(?:finish(?:ed|es|ing)?|came|comes?|end(?:ed|s)?|lie|lies|lying|sit|sits|sitting|sat|"
                           r"climb(?:ed|s)?|move[ds]?(?: up| down)?|rose|rise[ns]?|slipp?(?:ed|s)?|dropp?(?:ed|s)?|fell|"
                           r"lift(?:ed|s)?|took|take[ns]?|go(?:es)?|went|stay(?:ed|s)?|remain(?:ed|s)?|tied\s+for|joint|"
                           r"are|is|was|were|(?:left|leaves?|leaving|put|puts|putting)\s+(?:them|it|us|him|her|the\s+[\w'’]+))"
                           r"(?:(?:\s+[\w'’]+){0,2}?\s+(?:to|into)|\s+in)?\s+$", re.I)  # ("left the team eighth")
_PLACE_AFTER = re.compile(r"\s*(?:$|[,.;:)]|\s(?:in|on|with|after|behind|ahead|above|below|of|for|and|at|from|overall|but)\b)")


def ranked_by_a_measure(unit: str) -> bool:
    """Whether a rank is a place in an order by a measure ("the second-largest award"), which a
    source's figures give by their order as often as in words."""
    return unit.startswith(RANK) and unit[len(RANK) :] in _SUPERLATIVES


def ordinal_value(word: str) -> float:
    """ "third" -> 3, "43rd" -> 43."""
    w = word.lower()
    return float(ORDINAL_WORDS[w] if w in ORDINAL_WORDS else int(w[:-2]))


def _rank(text: str, m: re.Match) -> tuple[str, int] | None:
    """The rank an ordinal gives and where its words end, or None: a seed, a minute or a place
    ("third seed", "the 43rd minute", "third-placed", "finished fourth"), never an ordinal of
    anything else ("the second goal", "for the first time", "third quarter")."""
    noun = _RANKED_NOUN.match(text, m.end())
    if noun is not None and not (noun.group(1).lower() in _NUMBERED_ONLY and not m.group("ordinal")[0].isdigit()):
        return f"{RANK}{_RANKED_NOUNS[noun.group(1).lower()]}", noun.end()
    verb = _PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if verb and _PLACE_AFTER.match(text, m.end()) and (
            verb.group().lower().startswith(_STANDING_VERBS) or _STANDINGS.search(text, m.end())):
        return f"{RANK}place", m.end()
    return None


_BEFORE_CONVERSION = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:[^\W\d_]+\.?(?:\s*-\s*|\s+)?){0,3}\(\s*[$€£¥₹]?\s*$")
_CONVERSION_END = re.compile(r"\s*(?:[^\W\d_]{1,12}\.?)?\s*\)")


def in_a_hypothetical(text: str, sentence_start: int, at: int) -> bool:
    """Whether the figure at `at` follows, in its sentence, words that make it the writer's own
    illustration, not a fact: "Say, for illustration, that your flat uses 2,000 kWh", "Suppose a
    family earns ...", "a hypothetical household". A figure so posed is the draft's example; no
    source states or contradicts it. ("If you draw an income, your allowance drops to £10,000" is
    a rule the sources state, no example.)"""
    return _HYPOTHETICAL.search(text, sentence_start, at) is not None


# sentence-initial "Say"/"Suppose"/"Imagine"/"Assume"/"Picture" (not "officials say that"), or anywhere
# "let's say", "for illustration", "for argument's sake", "hypothetical(ly)"
_HYPOTHETICAL = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=\n))[\"“‘']?(?:So,?\s+)?(?:Say|Suppose|Supposing|Imagine|Assume|Assuming|Picture)\b"
    r"|\b(?:[Ll]et'?s|[Ll]et\s+us)\s+say\b|\bfor\s+(?:the\s+sake\s+of\s+)?(?:illustration|argument'?s?\s+sake|argument)\b"
    r"|\b[Hh]ypothetical(?:ly)?\b", re.M)


def a_conversion(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether the figure at `start`-`end` of `text` is a conversion in brackets of the figure before
    it ("200m (656ft)", "198 metre-high (656 ft)", "£46m (€49.5m)"): a figure and its unit alone in
    brackets, a few words after another figure (read no further back than `floor`)."""
    return bool(_CONVERSION_END.match(text, end)) and bool(_BEFORE_CONVERSION.search(text[max(floor, start - 40) : start]))


# the name a rank is given to, beside it: "third seed Kei Nishikori", "Tarrow Rovers, the third-placed side,"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_HOLDER_AFTER = re.compile(rf"\s+({_NAME})")
_HOLDER_BEFORE = re.compile(rf"\b({_NAME}),\s+(?:the\s+)?$")
# or whose standing it is, as the subject of a verb of standing: "Tarrow Rovers are seventh", "Corvell sit third"
_HOLDER_SUBJECT = re.compile(rf"\b({_NAME})\s+(?:are|is|were|was|remain|remains|stay|stays|lie|lies|sit|sits|sat)"
                             r"\s+(?:(?:now|still|in|joint)\s+)*$")
_CLOSED = re.compile(r"[\w\s-]{0,30}?(?:,|\)|$)")


def rank_holder(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the name lies that a rank at `start`-`end` of `text` is given to in apposition: the
    name right after it ("third seed Kei Nishikori") or one set off before it ("Nishikori, the
    third seed,"), or as a verb of standing's subject ("Tarrow are seventh"); None where it stands
    alone ("beat the third seed")."""
    after = _HOLDER_AFTER.match(text, end)
    if after is not None:
        return after.span(1)
    before = _HOLDER_BEFORE.search(text, max(0, start - 60), start)
    if before is not None and _CLOSED.match(text, end):
        return before.span(1)
    subject = _HOLDER_SUBJECT.search(text, max(0, start - 60), start)
    return subject.span(1) if subject is not None else None


# a multiple of another figure, by the word that names it (its first four letters) -> the factor
_MULTIPLES = {"doub": 2.0, "twic": 2.0, "trip": 3.0, "treb": 3.0, "thre": 3.0, "half": 0.5, "halv": 0.5}
_MULTIPLE_CUE = re.compile(r"\b(?:doubl(?:e[ds]?|ing)|twice|tripl(?:e[ds]?|ing)|trebl(?:e[ds]?|ing)|three times|"
                           r"halv(?:e[ds]?|ing)|half)\b", re.I)


def multiple_near(text: str, start: int, end: int) -> float | None:
    """The factor a word near a figure makes it of another ("a doubled rate would be 8.2 per cent":
    2), or None: a reporter's multiple of a stated figure is derived, not stated."""
    cue = _MULTIPLE_CUE.search(text, max(0, start - 60), min(len(text), end + 40))
    return _MULTIPLES[cue.group().lower()[:4]] if cue else None


# verbs that place in a table by themselves; the others ("came first at home", "took second") need a
# table, a race or a poll after the ordinal
_STANDING_VERBS = ("finish", "lie", "lies", "lying", "sit", "sat", "climb", "move", "rose", "rise", "slip", "drop",
                   "fell", "lift", "tied", "joint")
_STANDINGS = re.compile(r"\b(?:table|league|standings|division|championship|group|conference|ladder|rankings?|"
                        r"race|poll|place|position|stage|heat|final)\b", re.I)


_CODE_BEFORE = re.compile(r"\b(" + "|".join(c.upper() for c in sorted(CURRENCY_CODES_BEFORE)) + r")\s?$")
_AND_MONTHS = re.compile(rf"\s+and\s+(?P<n>\d{{1,2}}|{NUMBER_WORDS_RE})\s+months?\b", re.I)  # "22 years and six months"
_MINUTES = re.compile(r":\d+")
_ORDINAL_OR_CLOCK = re.compile(r"\s*(?:st|nd|rd|th)\b|\s*[ap]\.?m\b", re.I)
_AGO = re.compile(r"\s+ago\b")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s*$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)


def _after_comma(text: str, pos: int) -> bool:
    """Whether the last mark before `pos`, past spaces, is a comma (without copying the text before)."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ","


EARLIER = "~earlier"  # an anchor marking a figure as a former value: "up from 1.6%", "its previous forecast of 1.9%"
OPPOSED = "~against"  # an anchor marking the votes against, the second of a tally: "68 votes to 51", "51 against"
CHANGE = "~change"  # an anchor marking a change, not a level: "rose by 83,500", "an increase of 83,500"
MORE = "~more"  # an anchor marking an increment: "two more plaintiffs", "a further 9 million euros"
MARKS = (EARLIER, OPPOSED, CHANGE, MORE)  # anchors that are marks, not words
# what may stand between a cue and its figure: a rounding word, a currency sign
_MONEY_BEFORE = r"\s*(?:(?:about|around|nearly|almost|roughly|some|more than|less than|just over|just under)\s+)?" \
    r"(?:[$€£¥₹₪]|Rs\.?)?\s*$"
_EARLIER_RE = re.compile(r"(?<![\w-])(?:(?:up|down|rising|falling|rose|fell|increased|decreased|cut|raised|lowered)\s+from"
                         r"|previous|prior|earlier|former|original|old)\b(?:\s+\w+){0,3}\s*[$€£¥₹₪]?\s*$"
                         r"|\b(?:from|against|compared (?:with|to))" + _MONEY_BEFORE, re.I)
# after a figure: "Rs 348.5 crore a year earlier", "in the same quarter last year"
_EARLIER_AFTER = re.compile(r"\s*,?\s*(?:(?:a|one) year (?:earlier|ago|before)|(?:in|for) the (?:same|year-earlier|"
                            r"previous|prior) (?:quarter|period|month|year)|last year\b)", re.I)


# an expectation since overtaken, in the figure's clause: "had expected the resource to reach about 1.2 million"
_EXPECTED_BEFORE = re.compile(r"\bhad\s+(?:expected|forecast|predicted|projected|estimated|anticipated)\b[^.;:!?,]*$", re.I)
_TO_BEFORE = re.compile(r"\bto" + _MONEY_BEFORE, re.I)  # "rose from 5% to 7%": the 7% is now
_CHANGE_BEFORE = re.compile(r"\b(?:(?:rose|risen|rise|rises|fell|fallen|falls?|grew|grown|grows?|increased?|decreased?|dropped|"
                            r"drops?|climbed|jumped|slipped|up|down)\s+by|(?:increase|rise|fall|drop|decrease|gain|loss|"
                            r"jump|growth)\s+of)" + _MONEY_BEFORE, re.I)
_RATE_OF_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rises?|rising|fell|fallen|falls?|falling|grew|grown|grows?|growing|increased?|increasing|"
    r"decreased?|decreasing|dropped|drops?|dropping|climbed|climbs?|climbing|jumped|jumps?|slipped|up|down|gained|lost)"
    r"\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|more than|less than)\s+)?$", re.I)
_CHANGE_RESTATED = re.compile(
    r"\b(?:rose|risen|rises?|fell|fallen|falls?|grew|gained|lost|added|shed|climbed|jumped|slipped|dropped|up|down)"
    r"\s+(?:[$€£¥]\s*)?\d[\d,.]*\s*(?:[a-z]+\s*)?,?\s+or\s+$", re.I)
_AND_SO = re.compile(r"[^.;:]{0,25}\band\s+")  # what joins a second figure of the same sort to the first
_MARGIN_BEFORE = re.compile(r"\b(?:margin|lead|majority)\s+of" + _MONEY_BEFORE, re.I)
_TALLIED = {"vote", "point", "second", "minute", "run", "goal", "length", "stroke", "shot", "seat", "wicket"}
_AGAINST_AFTER = re.compile(r"\s+(?:votes?\s+)?against\b", re.I)
# an increment, not a level: "two more plaintiffs joined", "a further 12 million euros", "another 300 jobs"
# a figure, its unit and a comparative right after them ("20 to 30 km/h stronger than"), not a level a
# verb compares ("a ratio of 124% is better than last year's")
_COMPARED_AFTER = re.compile(r"(?:\s*(?:to|-|\u2013)\s*\d[\d.,]*)?(?:\s*(?!(?:is|are|was|were|be|been)\b)[a-z%/]+)?"
                             r"\s+(?!rather\b|other\b)(?:[a-z]+er|more|less|fewer)\s+than\b", re.I)
_MORE_AFTER = re.compile(r"\s+(?:more|further|additional|extra)\b", re.I)
_MORE_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+(?:additional|extra)|(?:an)?other"
                          # "the remaining five weekends" (not "stepped down following eight years")
                          r"|(?:the|its|their|his|her)\s+(?:remaining|following|subsequent))" + _MONEY_BEFORE, re.I)
# the rest of a count after its first: "on Friday 3 September, and again on the five weekends that follow"
_REST_AFTER_NOUN = re.compile(r"\s+(?:that|which)\s+(?:follow|follows|followed|remain|remains|remained)\b", re.I)


_RANGE_NOUNS = {"mile", "kilometre", "kilometer", "km", "metre", "meter", "foot", "feet", "inch", "yard", "pound",
             "kilo", "kilogram", "kg", "ton", "tonne", "litre", "liter", "gallon", "acre", "hectare", "degree", "mph",
             "storey", "story", "bedroom", "person", "man", "woman", "member", "seat", "page"}
SCORE = "score"  # the unit of a score or a tally ("won 6-4", "passed 61-37"): both figures, as one value
SCORE_RE = re.compile(r"(?P<a>\d{1,3})(?P<sep>\s?[-\u2013]\s?)(?P<b>\d{1,3})(?!\d|[,.]\d|\s*(?:%|per\b|percent|[-\u2013]\s?\d))")
_NOT_A_SCORE_BEFORE = re.compile(r"\b(?:aged?|ages|between|from|pages?|nos?|numbers?|rooms?|routes?|grades?|"
                                 r"levels?|sizes?|years?|months?|weeks?|days?)\s*$", re.I)


def _score_at(text: str, m: re.Match) -> _Figure | None:
    """A score or a tally at `m` ("6-4", "61-37", "to make it 20-20"), not a range of a plural noun or
    a measure ("10-12 weeks", "a 1-2 mile walk") nor of ages or pages, nor a run of three ("4-3-3"):
    one figure whose value is both numbers, the higher first, so "lost 1-2" and "won 2-1" are one
    result."""
    sm = SCORE_RE.match(text, m.start())
    if sm is None or m.group("cur") or _NOT_A_SCORE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    word = re.match(r"\s*-?\s*([A-Za-z]+)", text[sm.end() : sm.end() + 30])
    if word and ((_is_plural(word.group(1)) and word.group(1).lower() not in ("sets", "wins", "votes"))
                 or fold(word.group(1)) in TIME_UNITS | _RANGE_NOUNS):
        return None  # "10-12 weeks", "a 1-2 mile walk": a range
    a, b = int(sm.group("a")), int(sm.group("b"))
    return _Figure(sm, max(a, b) * 1000 + min(a, b), (sm.start(), sm.end()), SCORE, (), sm.end())


def score_parts(value: float) -> set[int]:
    """The two numbers of a score's value (see `_score_at`): 61037 -> {61, 37}."""
    return {int(value) // 1000, int(value) % 1000}


DURATION = "duration"  # the unit of a time taken ("2:06:41", "2 hours 6 minutes 41 seconds")
HEIGHT = "height"  # the unit of a height in feet and inches ("5ft 10in", "6 feet 2 inches")
CLOCK = "time of day"  # the unit of a clock time ("18:26", "6.26pm", "11:52 a.m."), its value 24-hour hhmm
RACE_TIME = "race time"  # a time run, swum or ridden to the hundredth ("4:08.37", "1:46.82")
IN_PARTS = (DURATION, HEIGHT, CLOCK, RACE_TIME)  # measures written in parts, each one figure, compared whole as a score is
_CLOCK_DURATION = re.compile(r"(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:]|\.\d|\s*[ap]\.?m\b)", re.I)
_PART = rf"\d{{1,3}}|{NUMBER_WORDS_RE}"  # "2 hours 47 minutes", "two hours and 47 minutes"
_SPELLED_DURATION = re.compile(
    rf"(?:(?P<h>{_PART})(?P<hu>\s*(?:hours?|hrs?)|h)\b)?"
    rf"(?:(?(h),?\s*(?:and\s+)?)(?P<m>{_PART})(?P<mu>\s*(?:minutes?|mins?)|m)\b)?"
    rf"(?:(?(m),?\s*(?:and\s+)?|(?(h),?\s*(?:and\s+)?))(?P<s>{_PART})(?P<su>\s*(?:seconds?|secs?)|s)\b)?", re.I)
_FEET_INCHES = re.compile(r"(?P<f>[1-8])(?P<fu>\s*(?:ft|feet|foot)\b|['’′])\s*(?:and\s+)?"
                          r"(?P<i>\d{1,2})(?P<iu>\s*(?:inch(?:es)?|ins?)\b|[\"”″])", re.I)
_RACE = re.compile(r"(?P<m>\d{1,2}):(?P<s>[0-5]\d)\.(?P<f>\d\d)(?![\d.:])")  # minutes, seconds, hundredths
_IN_PARTS = ((_CLOCK_DURATION, DURATION, "hms"), (_SPELLED_DURATION, DURATION, "hms"), (_FEET_INCHES, HEIGHT, "fi"),
             (_RACE, RACE_TIME, "msf"))
_PART_LIMITS = {"hms": (100, 60, 60), "fi": (100, 12), "msf": (100, 60, 100)}  # each part under its limit


def _parts(m: re.Match, names: str) -> tuple[int, ...] | None:
    """The parts of a measure, largest first, or None: a single part ("21 minutes") is a count of its
    unit, and a part under a larger one is under the larger's base (60 seconds, 12 inches)."""
    given = [m.group(g) for g in names]
    limits = _PART_LIMITS[names]
    values = [_part_value(x) for x in given]
    if sum(x is not None for x in given) < 2 or any(x and v >= limits[k] and any(given[:k])
                                                    for k, (x, v) in enumerate(zip(given, values))):
        return None
    return tuple(values)


def _part_value(part: str | None) -> int:
    return 0 if not part else int(part) if part.isdigit() else int(word_value(part))


def _measure_at(text: str, m: re.Match) -> _Figure | None:
    """A measure written in parts at `m`: a time taken, as a clock ("2:06:41") or in its units ("2
    hours 6 minutes 41 seconds"), or a height ("5ft 10in"). One figure, as a score is, whose value
    writes its parts two digits each (2:06:41 is 20641, 5ft 10in 510), so that it compares whole and
    a swap of its digits is a swap of the value's."""
    if m.group("cur"):
        return None
    for pattern, unit, names in _IN_PARTS:
        pm = pattern.match(text, m.start())
        if pm is None or (parts := _parts(pm, names)) is None:
            continue
        end = max(pm.end(g) for g in pm.re.groupindex if pm.group(g))
        if unit == DURATION:  # 126 minutes 41 seconds is 2:06:41
            seconds = parts[0] * 3600 + parts[1] * 60 + parts[2]
            parts = (seconds // 3600, seconds % 3600 // 60, seconds % 60)
        return _Figure(pm, float(sum(x * 100 ** (len(parts) - 1 - k) for k, x in enumerate(parts))), (pm.start(), end), unit, (), end)
    return None


# a clock time with its half of the day: "6.26pm", "11:52 a.m.", "7 AM"
_CLOCK_12 = re.compile(r"(?P<h>1[0-2]|0?[1-9])(?:(?P<sep>[:.])(?P<m>[0-5]\d))?(?P<gap>\s?)(?P<ap>[aApP])(?P<dot>\.)?\s?[mM]\b(?(dot)\.?)")
# a clock time on the 24-hour clock: "18:26", "05:00 GMT"; never a race time ("2:09.84", "in 27:43")
_CLOCK_24 = re.compile(r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|[.,]\d)(?P<zone>\s*(?:GMT|BST|UTC|CES?T|EES?T|[ECMP][SD]T|AE[SD]T|"
                       r"local time|hrs)\b)?")
# what puts a time of day after it: "at 18:26", "until about 05:00", "between 13:10 and 13:40"
_CLOCK_BEFORE = re.compile(r"(?:\b(?:at|until|till|from|by|before|after|since|around|about|approximately|between)\s+"
                           r"(?:about\s+|around\s+|approximately\s+|roughly\s+|exactly\s+|precisely\s+)?"
                           r"|\b(?:first|last)\s+(?:[a-z]+\s+)?(?:trains?|bus(?:es)?|trams?|services?|flights?|ferry|ferries"
                           r"|sailings?|departures?|arrivals?|orders?|entry|admissions?|calls?)\s+"  # a timetable's "last trains 20:00"
                           r"|\d:\d\d\s*(?:and|to|or|until|-|\u2013|,|;|,\s*and)\s*|[A-Za-z]:[ \t]*)$", re.I)
# (a list: "08:45, 13:45"; a label's: "Departures: 08:45")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?$")  # a log's "18:26 Lifeboat launched"
# a stamp's label before a time that opens its line: "UPDATE, 19:20 GMT:", "Issued at 05:00", "As of 14:00"
_FIGURE_RUN = re.compile(r"\d{1,3}(?:\s?[-\u2013]\s?\d{1,3}){2,}(?![\d.,]\d)")  # "4-3-3", "1-2-11": no score
_RECORDING_TIME = re.compile(r"\[\d{1,2}(?::\d\d){1,2}\]")  # a transcript's "[00:12:31]"
_STAMP_BEFORE = re.compile(r"(?:^|\n)[ \t*_#>-]*(?:(?:last[ \t]+)?updated?|issued|released|published|posted|filed|"
                           r"embargoed(?:[ \t]+until)?|dated|correct[ \t]+(?:as[ \t]+)?(?:at|of)|as[ \t]+(?:at|of))"
                           r"[ \t,:\u2013\u2014-]*(?:at[ \t]+)?$", re.I)


def _clock_at(text: str, m: re.Match, whole: str = "", at: int = 0) -> _Figure | None:
    """A time of day at `m`, one figure whose value is its 24-hour hhmm (6.26pm is 1826), so that a
    draft's "18:56" is a slip of a source's "6.26pm". Read only where the half of the day is certain:
    "am"/"pm" written, or the 24-hour clock (an hour of 13 or more, or a leading zero, or a time zone)
    after a word that takes a time ("at", "until") or opening a log's line, or in a table's row of
    such times ("09:45 | 10:53 | 12:04"); "at 10:30" may be either.
    No stamp ("UPDATE, 19:20 GMT:"), whose time is the report's. `text` is a sentence (or a table's
    cell) at offset `at` of the `whole` text."""
    if m.group("cur") or not m.group("digits") or _STAMP_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None  # a stamp's time dates the report, not an event in it
    if (cm := _CLOCK_12.match(text, m.start())) is not None:
        hour = int(cm["h"]) % 12 + (12 if cm["ap"] in "pP" else 0)
        return _Figure(cm, float(hour * 100 + int(cm["m"] or 0)), (cm.start(), cm.end()), CLOCK, (), cm.end())
    cm = _CLOCK_24.match(text, m.start())
    if cm is None:
        return None
    row = not _on_the_24_hour_clock(cm) and _a_row_of_24_hour_times(whole, at + cm.start(), at + cm.end())
    if not (_on_the_24_hour_clock(cm) or row):
        return None
    if not (cm["zone"] or row or _CLOCK_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _LINE_OPENING.search(text, max(0, m.start() - 4), m.start()) or m.start() == 0):
        return None
    return _Figure(cm, float(int(cm["h"]) * 100 + int(cm["m"])), (cm.start(), cm.end("m")), CLOCK, (), cm.end())


def _on_the_24_hour_clock(cm: re.Match) -> bool:
    """Whether a time is certainly on the 24-hour clock: a time zone, an hour of 12 or more, or a leading zero."""
    return bool(cm["zone"]) or int(cm["h"]) >= 12 or (len(cm["h"]) == 2 and cm["h"][0] == "0")


def _a_row_of_24_hour_times(text: str, start: int, end: int) -> bool:
    """Whether the time at `start`:`end` of `text` ("10:53") stands in a table's row of times one
    of which is certainly on the 24-hour clock ("Tarrow | 09:45 | 10:53 | 12:04"): the row's clock
    is the 24-hour one."""
    if not text:
        return False
    opening = max(text.rfind("\n", 0, start) + 1, start - _ROW_REACH)
    closing = text.find("\n", end, end + _ROW_REACH)
    closing = min(len(text), end + _ROW_REACH) if closing < 0 else closing
    return TABLE_CELLS.search(text, opening, closing) is not None and any(
        _on_the_24_hour_clock(other) for other in _CLOCK_24.finditer(text, opening, closing))


_ROW_REACH = 200  # characters either side of a time that its table row is looked for in


def clock_times(text: str) -> frozenset[float]:
    """The times of day a sentence writes, each as `_clock_at` reads it (24-hour hhmm)."""
    return frozenset(f.value for m in _NUMBER_RE.finditer(text) if (f := _clock_at(text, m)) is not None)


# words before a time of day that make it a window, and the window in minutes before and after it:
# "just after 7pm" is 7.05pm, "by 9.45pm" any time before
_CLOCK_QUALIFIER = re.compile(r"\b(?P<q>(?:just|shortly|soon|right|not\s+long|minutes)\s+(?:after|before)|after|since|before|by|"
                              r"about|around|approximately|roughly|circa)\s+(?:about\s+|around\s+)?$", re.I)
_CLOCK_WINDOWS = {"after": (0, 360), "since": (0, 720), "before": (360, 0), "by": (720, 0), "about": (15, 15)}
_NEAR_CLOCK = 45  # minutes: "shortly after", "just before"


def _clock_window(value: float, before: str) -> tuple[float, float]:
    """The times of day (hhmm) a clock time allows given the words before it."""
    q = _CLOCK_QUALIFIER.search(before)
    if q is None:
        return value, value
    word = q["q"].lower().split()
    if len(word) > 1:
        early, late = (0, _NEAR_CLOCK) if word[-1] == "after" else (_NEAR_CLOCK, 0)
    else:
        early, late = _CLOCK_WINDOWS.get(word[0], _CLOCK_WINDOWS["about"])
    minutes = int(value) // 100 * 60 + int(value) % 100
    lo, hi = max(0, minutes - early), min(24 * 60 - 1, minutes + late)
    return float(lo // 60 * 100 + lo % 60), float(hi // 60 * 100 + hi % 60)


def _clock_written(value: float, like: str) -> str | None:
    """A time of day (hhmm) written as the draft's `like` is: "18:56" -> "18:26", "6.56pm" -> "6.26pm",
    "11 a.m." -> "10 a.m."; None where `like` leaves out minutes the value has."""
    hour, minute = divmod(int(value), 100)
    if (cm := _CLOCK_12.fullmatch(like)) is not None:
        if minute and not cm["m"]:
            return None
        half = ("p" if hour >= 12 else "a")
        half = half.upper() if cm["ap"].isupper() else half
        time = f"{hour % 12 or 12}" + (f"{cm['sep']}{minute:02}" if cm["m"] else "")
        return time + cm["gap"] + half + like[cm.end("ap"):]
    if (cm := _CLOCK_24.fullmatch(like.rstrip())) is not None:
        return (f"{hour:02}" if len(cm["h"]) == 2 else f"{hour}") + f":{minute:02}" + like[cm.end("m"):]
    return None


def written_in_parts(value: float, like: str) -> str | None:
    """A measure's value (see `_measure_at`, `_clock_at`) written as the draft's `like` is ("2:06:14" ->
    "2:06:41", "5ft 11in" -> "5ft 10in", "6.56pm" -> "6.26pm"), or None where `like`'s parts cannot say it."""
    if (clock := _clock_written(value, like)) is not None or _CLOCK_12.fullmatch(like) or _CLOCK_24.fullmatch(like):
        return clock
    for pattern, _, names in _IN_PARTS:
        pm = pattern.fullmatch(like)
        if pm is None or _parts(pm, names) is None:
            continue
        parts = [int(value) // 100 ** (len(names) - 1 - k) % 100 for k in range(len(names))]
        if pattern is _CLOCK_DURATION:
            return f"{parts[0]}:{parts[1]:02}:{parts[2]:02}"
        if pattern is _RACE:
            return f"{parts[0]}:{parts[1]:02}.{parts[2]:02}"
        if any(v and not pm.group(g) for g, v in zip(names, parts)) or not all(
                pm.group(g).isdigit() for g in names if pm.group(g)):
            return None  # a part the draft leaves out, or writes in words
        out, at = [], 0
        for g, v in zip(names, parts):
            if pm.group(g):
                out += [like[at : pm.start(g)], str(v)]
                at = pm.end(g)
        return "".join(out) + like[at:]
    return None


def _marks(text: str, f: _Figure) -> frozenset[str]:
    """The EARLIER mark of a former value ("up from 1.6%", "against Rs 348.5 crore a year
    earlier"), the OPPOSED mark of the votes against ("68 votes to 51", "51 against"), the CHANGE
    mark of a change ("rose by 83,500", "1.2 percentage points"), the MORE mark of an increment
    ("two more plaintiffs", "a further 9 million euros")."""
    before = text[max(0, f.match.start() - 50) : f.match.start()]
    earlier = (_EARLIER_RE.search(before) and not _TO_BEFORE.search(before)) or _EARLIER_AFTER.match(text, f.unit_end) \
        or _EXPECTED_BEFORE.search(before)
    opposed = f.opposed or _AGAINST_AFTER.match(text, f.match.end())
    change = _CHANGE_BEFORE.search(before) or _in_points(f)  # percentage points measure a change of a share
    # "a margin of nearly 2,500 votes", "a lead of eight seconds": a difference of two counts, not a count
    change = change or (f.unit in _TALLIED and _MARGIN_BEFORE.search(before))
    # "fell 1.4 per cent": a rate of change, not the share "fell to 86.2 per cent" gives; and "down
    # 34.27 points or 0.41 percent", "fell 12 cents, or 1.5%": a change restated as a rate
    change = change or (f.unit == "percent" and (_RATE_OF_CHANGE_BEFORE.search(before)
                                                 or _CHANGE_RESTATED.search(before)))
    # "20 to 30 km/h stronger than those shown": a difference from a level, not a level
    change = change or _COMPARED_AFTER.match(text, f.match.end())
    more = _MORE_AFTER.match(text, f.match.end()) or _MORE_BEFORE.search(before) \
        or (f.unit and _REST_AFTER_NOUN.match(text, f.unit_end))  # "two more plaintiffs", "the five weekends that follow"
    return frozenset((EARLIER,) * bool(earlier) + (OPPOSED,) * bool(opposed) + (CHANGE,) * bool(change)
                     + (MORE,) * bool(more))


# a verb right after a bare figure: its noun is left out ("and six were taken to hospital")
_ELIDED_NOUN = re.compile(r"\s+(?:were|was|are|is|have|has|had|died|remain|remained|received|suffered|needed|"
                          r"required|will|would)\b|,\s+or\s+(?:about\s+|nearly\s+|almost\s+)?\d")  # "1,278, or 94%,"
# a breakdown's item after a count: "1,384,000 displaced: 720,000 in Lower Ombrel, 486,000 in the Delta"
_LIST_ITEM_BEFORE = re.compile(r"[:;,]\s*(?:and\s+)?" + _ROUGHLY + "$")
# what a breakdown's item says after its figure: where ("720,000 in Lower Ombrel") or what for ("240 for
# cost rental and 375 for affordable purchase")
_ITEM_AFTER = re.compile(r"\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z]|for\s+(?:the\s+)?[a-z]{3,})")
_NEXT_ITEM_BEFORE = re.compile(r"(?:,|\band)\s*" + _ROUGHLY + "$")  # the next item: "..., 240 for cost rental and 375 for ..."



# the former value of the count just before: "drew 612 walkers, up from 388 last year", "(down from 74)",
# "handled 58 cases, compared with 37 in September"
_FORMER_AFTER_COUNT = re.compile(r"(?:,|\(|\bor)\s*(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+" + _ROUGHLY + "$")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.I)  # a part of the count before: "six of them"
# what is left of the count before: "nine would close, leaving 17", "cut 40 posts to leave 212"
_REMAINDER_BEFORE = re.compile(r"\b(?:leaving|to\s+leave|leaves)\s+(?:just\s+|only\s+)?" + _ROUGHLY + "$", re.I)


# a participle that names the people in a state after a figure ("300 dead and 1,200 injured", "lifting
# 42 wounded"): its own noun, not an elided one of the figure before ("sorties", "dead")
_PEOPLE_IN_A_STATE = {"injured", "wounded", "killed", "displaced", "evacuated", "hospitalised", "hospitalized",
                      "rescued", "arrested", "detained", "stranded", "infected", "bereaved"}


def _carry_elided_nouns(text: str, figures: list[_Figure]) -> None:
    """ "Fourteen people were treated, and six were taken to hospital", "28 of the 51 seats, a gain
    of 11": a bare figure a verb follows, or a change's, counts what the figure before it in the
    sentence counts, where that is a count of things (not a share, a sum, an age, a time or a rank)."""
    items: set[int] = set()  # the figures read as a breakdown's items
    for k, f in enumerate(figures):
        including = remainder = None
        verb = f.unit.isalpha() and not f.modifiers and _past_verb(f.unit) and f.unit not in _PEOPLE_IN_A_STATE
        if verb and k:  # "Of the 1,368 members who cast ballots, 1,287 voted to authorize": the verb counts nothing
            f.unit = ""
        item = not f.unit and k and _ITEM_AFTER.match(text, f.match.end()) and (
            _LIST_ITEM_BEFORE.search(text, max(0, f.match.start() - 24), f.match.start())
            or (k - 1 in items and _NEXT_ITEM_BEFORE.search(text, max(0, f.match.start() - 24), f.match.start())))
        if item:
            items.add(k)
        tally = not f.unit and k and figures[k - 1].unit and _TALLY_SIDE.fullmatch(text, figures[k - 1].unit_end,
                                                                                 f.match.start()) is not None
        parallel = not f.unit and k and figures[k - 1].unit and _in_parallel(text, figures[k - 1], f)
        of_them = not f.unit and k and _OF_THEM.match(text, f.match.end()) is not None
        if f.unit or not k or not (
                verb or item or tally or parallel or of_them or _ELIDED_NOUN.match(text, f.match.end())
                or _FORMER_AFTER_COUNT.search(text, max(0, f.match.start() - 30), f.match.start())
                or (remainder := _REMAINDER_BEFORE.search(text, max(0, f.match.start() - 30), f.match.start()))
                or (including := _INCLUDING.search(text, max(0, f.match.start() - 30), f.match.start()))
                or _CHANGE_OF.search(text, max(0, f.match.start() - 30), f.match.start())):
            continue
        # a part "including" counts what the whole does, past a span of time between them
        # and a part "of them" is of a count at least its size: "283 matches, scored 47 tries and
        # captained the side in 139 of them" counts matches
        before = next((g for g in reversed(figures[:k]) if g.unit and not (including and g.unit in TIME_UNITS)
                       and not (of_them and g.value < f.value)), None)
        if tally:  # "19,482 votes to Pelloquin's 19,473": the other side's votes; no score's, share's or age's
            if before is not None and before.unit.replace("-", "").isalpha() and before.unit.islower() \
                    and before.unit not in (SCORE, "percent", "age") and before.unit not in TIME_UNITS:
                f.unit, f.unit_end = before.unit, f.match.end()
            continue
        if before is not None and before.unit.replace("-", "").isalpha() and before.unit.islower() and before.unit not in _NOT_COUNTS \
                and before.unit not in TIME_UNITS \
                and before.unit not in CURRENCY_SYMBOLS.values() and before.unit not in CURRENCY_WORDS.values():
            f.unit, f.unit_end = before.unit, f.match.end()
            f.modifiers = tuple(w for w in before.modifiers if w != PART_OF)  # "28 of the 51 seats, a gain of 11"
            if of_them:  # "31 people were taken to hospital, six of them seriously hurt": a part of that count
                f.modifiers = (PART_OF, *f.modifiers)
            if remainder:  # "26 public libraries ..., leaving 17": what is left, of no kind the draft writes
                f.modifiers = ()
    for f in figures:  # "took the seat with a majority of 1,204": a majority counts votes where nothing else says
        if not f.unit and _MAJORITY_OF.search(text, max(0, f.match.start() - 30), f.match.start()):
            f.unit, f.unit_end = "vote", f.match.end()


# the votes for of a tally whose votes against follow: "11 for, 4 against", "44 in favour and 12 against";
# a figure between them ("paid 10 for tickets against advice" is no vote)
_FOR_THEN_AGAINST = re.compile(r"\s+(?:votes?\s+)?(?:for|in\s+favou?r)\s*[,;]?\s*(?:and\s+|with\s+|to\s+)?"
                               rf"(?:\d[\d,]*|{NUMBER_WORDS_RE}|one|none|no)\s+(?:votes?\s+)?against\b", re.I)
_TALLY_TO = re.compile(r"\s+to\s+")
# what may follow a tally's second figure: the clause ends, or goes on to abstentions or a side
_TALLY_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:with|in|and|against|on|to|for)\b")  # "291 to 27 for strike action"
_VOTE_WORDS = re.compile(r"\b(?:vot(?:e|es|ed|ing)|abstentions?|abstained|ballots?|in\s+favou?r)\b", re.I)


def _bare_tally(text: str, m: re.Match, before: list[str]) -> bool:
    """ "The wardens voted 14 to 3", "passed by 22 to 9 with two abstentions": a tally written with
    no noun counts votes where "voted" comes right before it, or "by" in a sentence about a vote;
    not a change ("rose by 5 to 10"), whose second figure has a unit of its own."""
    if not before or before[-1] not in ("voted", "by") or (to := _TALLY_TO.match(text, m.end())) is None:
        return False
    other = _NUMBER_RE.match(text, to.end())
    if other is None or other.group("cur") or other.group("pct") or other.group("scale") \
            or _TALLY_END.match(text, other.end()) is None:
        return False
    return before[-1] == "voted" or _VOTE_WORDS.search(text) is not None


_NOT_COUNTS = {"percent", "age", "vote", "score"}  # "won 3-1, with 18,427 packed in": a crowd, no score
# "19 call-outs in July and 24 in August": the second figure, told as the first is, counts what it does
_PARALLEL_BEFORE = re.compile(r"[\w'-]*\s+(?P<link>in|on|at|for|from|by)\s+[\w' -]{1,30}?(?:,\s*|\s+)(?:and|or|but|while)\s+$")


def _in_parallel(text: str, before: _Figure, f: _Figure) -> bool:
    """Whether a bare figure repeats the form of the counted figure before it: "19 call-outs in
    July and 24 in August", "12 seats in the north and 9 in the south"."""
    m = _PARALLEL_BEFORE.fullmatch(text, before.unit_end, f.match.start())
    return m is not None and re.match(rf"\s+{m['link']}\b", text[f.match.end() :]) is not None
_INCLUDING = re.compile(r"\bincluding\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?$", re.I)  # "8,082 spectators, including 4,212 on Sunday"
# the other side of a tally right after a count: "19,482 votes to Pelloquin's 19,473", "had 19,482 votes
# and Pelloquin 19,473" (only names between: no clause of its own)
_TALLY_SIDE = re.compile(r"\s+(?:to|and)\s+(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:['’]s)?\s+)?")


def _past_verb(word: str) -> bool:
    """Whether a word after a figure is a verb's past, not a noun ("15 cargo ships arrived", "1,287 voted")."""
    return word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))
# "28 of the 51 seats, a gain of 11": the change counts what the figure before it counts
# a change of the count before, or its extreme: "a gain of 11", "an average of 4.2 million viewers, with a
# peak of 5.1 million", "peaking at 5.1 million"
_CHANGE_OF = re.compile(r"\b(?:(?:gain|loss|rise|fall|increase|decrease|drop|majority|peak|high|low|maximum|minimum)\s+of"
                        r"|peak(?:ed|ing)\s+at)\s+$", re.I)
_MAJORITY_OF = re.compile(r"\bmajority\s+of\s+(?:just\s+|only\s+|some\s+|about\s+|more\s+than\s+)?$", re.I)


def _link_ranges(text: str, figures: list[_Figure]) -> dict[int, tuple[float, float, int]]:
    """Figures that make a range ("1%-3%", "1 to 3 percent", "between 1 and 3 percent"): the first
    takes the second's unit where it has none, and both allow the values between them (figure ->
    (low, high, the other end))."""
    found: dict[int, tuple[float, float, int]] = {}
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        after_a = a.unit_end if a.unit else a.match.end()
        if a.unit and (when := _WHEN_AFTER.match(text, after_a) or _IN_A_YEAR.match(text, after_a)):
            after_a = when.end()  # "from 3.1 million last year to 4.5 million", "from 742,000 in 2030 to"
        gap = text[after_a : b.match.start()]
        if a.unit and not b.unit and (record := _TO_A_RECORD.fullmatch(gap)) is not None \
                and _FROM_BEFORE.search(text, max(0, a.match.start() - 20), a.match.start()):
            gap = record[1]  # "rose from 742,000 in 2030 to a record 1,184,300": a change to a level
        if (code := _CODE_AFTER_GAP.search(gap)) and fold(code[1]) in CURRENCY_CODES_BEFORE and b.unit == fold(code[1]):
            gap = gap[: code.start()]  # "EUR 4.95 billion to EUR 5.05 billion": the second end's code read as its unit
        if a.unit and not b.unit and gap.strip().lower() == "and" and _AGE_ENDS.match(text, b.match.end()) \
                and not _BETWEEN_BEFORE.search(text, max(0, a.match.start() - 20), a.match.start()):
            b.unit, b.modifiers, b.unit_end = a.unit, a.modifiers, b.match.end()  # "aged 41 and 56,": two of a kind
            continue
        if a.unit == "age" and b.unit != "age" and gap.strip().lower() in ("to", "-", "\u2013") \
                and b.match.group("digits"):
            b.unit, b.modifiers, b.unit_end = "age", a.modifiers, b.match.end()  # "children aged 5 to 15 continue
            # to pay": the second end is an age too, whatever word follows it
        if a.unit == "percent" and not b.unit and gap.strip().lower() == "to" \
                and _RATE_OF_CHANGE_BEFORE.search(text, max(0, a.match.start() - 30), a.match.start()):
            continue  # "rose 13.3 per cent to 868,900": a rate of change, then a level of something else
        if a.unit and not b.unit and gap.strip().lower() == "to" and _RANGE_GAP.fullmatch(gap) \
                and not (a.unit in TIME_UNITS and b.value > _SPAN_APART * a.value):  # "over the two days to 8,082"
            b.unit, b.modifiers, b.unit_end = a.unit, a.modifiers, b.match.end()  # "from 60 to 63", "68 votes to 51"
            b.opposed = a.unit == "vote"
            continue  # two values: a change or a tally, not a range
        if a.unit and not b.unit and gap.strip() in ("-", "\u2013"):
            b.unit, b.modifiers, b.unit_end = a.unit, a.modifiers, b.match.end()  # "£5,000,000-7,000,000"
        if not _RANGE_GAP.fullmatch(gap) or not b.unit or (a.unit and a.unit != b.unit):
            continue
        if gap.strip().lower() == "and" and not _BETWEEN_BEFORE.search(text, max(0, a.match.start() - 20), a.match.start()):
            continue
        runs_up = a.value < b.value and _in_points(a) == _in_points(b)
        if not runs_up and gap.strip().lower() != "to":
            continue  # a range runs up ("5-7") in one unit: "65,090 -1.2%" is a level and a fall
        if not a.unit:
            a.unit, a.modifiers = b.unit, b.modifiers
        if gap.strip().lower() == "to" and _FROM_BEFORE.search(text, max(0, a.match.start() - 20), a.match.start()):
            continue  # "from 1 to 3 percent" is a change: two values, each exact
        if not runs_up:
            continue  # "fell 5 to 3", "up 3.8 percentage points to 29.1%": a change and a level
        lo, hi = min(a.value, b.value), max(a.value, b.value)
        found[i], found[i + 1] = (lo, hi, i + 1), (lo, hi, i)
    return found


_CODE_AFTER_GAP = re.compile(r"\s+([A-Z]{3})\s*$")  # a currency code written before a range's second end
_IN_A_YEAR = re.compile(r"[ \t]+in[ \t]+(?:1[89]\d\d|20\d\d)\b(?![.,]\d)")
# a change's level described: "to a record 1,184,300", "to a new high of 61.2"
_TO_A_RECORD = re.compile(r"(\s+to)\s+(?:a|an)\s+(?:new\s+|all-time\s+)?(?:record|high|low|peak)(?:\s+of)?\s+", re.I)
_SPAN_APART = 100  # a figure after "N days to" more than this many times N is no count of days


def _in_points(f: _Figure) -> bool:
    """Whether a figure is in percentage points (a change of a share), not in percent."""
    return "pct" in f.match.re.groupindex and (f.match.group("pct") or "").lower().startswith("percentage")


_IRREGULAR_PLURALS = {"people", "children", "men", "women", "staff", "personnel", "aircraft", "police", "cattle"}


# what says an "m" after a bare figure is metres: a measure's adjective or a race after it, a
# distance's "within" before it, feet beside it ("2,490m (9,646ft)")
_METRES_AFTER = re.compile(r"(?:-?\s*(?:high|long|wide|deep|tall|away|final|race|sprint|freestyle|backstroke|"
                           r"breaststroke|butterfly|hurdles|relay|medley|climb|ascent|descent|drop|fall|"
                           r"of\s+(?:climb|ascent|descent))\b|\s*\(\s*[\d,.]+\s*(?:ft|feet)\b)", re.I)
_METRES_BEFORE = re.compile(r"\bwithin\s+$", re.I)


def _metres(text: str, start: int, end: int) -> bool:
    """Whether an "m" after a bare figure is metres ("within 50m of the gate", "2,490m of climb",
    "the 100m final", "a 200m-high tower"), not millions ("50m people", "revenue of 50m")."""
    return bool(_METRES_AFTER.match(text, end) or _METRES_BEFORE.search(text, max(0, start - 8), start))


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PLURALS or (w.endswith("s") and not w.endswith(("ss", "us", "is")))


PART_OF = "of"  # a modifier marking a part of a whole: "11 of the port's 14 berths"
_PARTITIVE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|all)\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}[A-Za-z][\w-]*['’]s\s+)?"
    r"(?:\d[\d,]*\s+)?"  # "11 of the port's 14 berths", "900 of Tarrow Arena's 1,200 seats"
)


# a temperature: "39.8C", "102.9F", "30°C", "65 degrees Celsius" (a bare letter only glued to its figure)
_TEMPERATURE = re.compile(r"(?:[ \t]?[°º][ \t]?|[ \t]+degrees?[ \t]+)?(?P<scale>C(?:elsius)?|F(?:ahrenheit)?)(?![\w'’])")
UNIT_REACH = 120  # characters after a number searched for the words of its unit
_UNIT_WORD = re.compile(r"\s*([A-Za-z][\w'’-]*|\S)")  # a figure or a mark after it ends the unit's words


def _unit_after(text: str, pos: int, base: int) -> tuple[str, tuple[str, ...], int]:
    """The noun a number counts: up to three lower-case words, the last one the head; for a part
    of a whole ("11 of the 14 berths", "nine of its workers"), the whole's noun, marked PART_OF."""
    if (degrees := _TEMPERATURE.match(text, pos)) is not None:  # before a line in capitals is lowered: "-6C / -14C"
        return ("celsius" if degrees["scale"][0] == "C" else "fahrenheit"), (), base + degrees.end()
    if text.isupper() and len(lower := text.lower()) == len(text):
        text = lower  # a line in capitals ("PATH WIDTH /MAXIMUM/: 450 YARDS") is read as its words
    if _WHEN_AFTER.match(text, pos):
        return "", (), base + pos  # "3.1 million last year": when, not what, is counted
    part = _PARTITIVE.match(text, pos)
    if part:
        unit, modifiers, end = _unit_after(text, part.end(), base)
        return (unit, (PART_OF, *modifiers), end) if unit else ("", (), base + pos)
    words: list[tuple[str, int]] = []
    names: list[tuple[str, int]] = []  # capitalized words before the noun: "900 Velmar tourists"
    # from pos, not on a copy of the rest of the text, and within UNIT_REACH: the search skips
    # what is neither a word nor a mark, and was once a scan of the rest of the text per number
    for m in _UNIT_WORD.finditer(text, pos, pos + UNIT_REACH):
        w = m.group(1)
        if not w[0].isalpha():
            break
        if not words and not names and (acronym := _ACRONYM_UNIT.fullmatch(w)) and acronym[1] not in _NOT_UNITS \
                and not _NOUN_AFTER.match(text, m.end()):
            return acronym[1].lower(), (), base + m.end()  # "1,284,650 TEU in the quarter", "412 RBIs and"
        if w.lower() in CURRENCY_WORDS and not words and not names:
            return CURRENCY_WORDS[w.lower()], (), base + m.end()
        if not words and not names and w.lower() in SCALED_UNITS:
            return w.lower(), (), base + m.end()  # "129,000 tCO2e", "6.0 MTPA": its scale read below
        if not words and not names and w.lower() in _MEASURE_ABBREVIATIONS:
            words.append((w, base + m.end()))
            break  # "a 5.8g bird", "a 250 g bag": the measure, whatever it measures
        if not w.islower() and not words and len(names) < 2 and w.lower() not in STOPWORDS:
            names.append((w, base + m.end()))
            continue
        if w in _TRANSPARENT and not words and not names:
            continue  # "36 other schools", "12 more flights": the schools and flights are counted
        if not w.islower() or w in STOPWORDS or len(words) == 3:
            break
        if (names or words) and _past_verb(w):
            break  # a verb after the noun ("a 6.8 earthquake struck", "15 cargo ships arrived") or after
            # a name ("number two Kyle Edmund suffered" counts nothing)
        if names and not words and w in CURRENCY_NOUNS and (code := _currency(" ".join(n for n, _ in names), w)):
            return code, (), base + m.end()  # "24.5 billion Danish crowns": DKK
        names = []  # a name is not the kind of thing counted: "900 Velmar tourists" are tourists
        words.append((w, base + m.end()))
        if _is_plural(w):
            break
    if not words:
        return "", (), base + pos
    head, end = words[-1]
    if per_hour := _PER_HOUR.match(text, end - base):  # "35 km/h", "60 miles an hour": a speed, not a distance
        return f"{UNIT_ABBREVIATIONS.get(head) or fold(head)} per hour", tuple(fold(w) for w, _ in words[:-1]), \
            end + per_hour.end() - per_hour.start()
    if (both := _AND_ANOTHER_NOUN.match(text, end - base)) and not both["their"]:
        # "220 guests and staff": people of two kinds counted together, of neither alone (but "1,400
        # pupils and their parents" counts the pupils: the parents are theirs)
        return ("people", (), end + both.end() - both.start()) if fold(head) in _KINDS_OF_PEOPLE else ("", (), base + pos)
    return UNIT_ABBREVIATIONS.get(head) or fold(head), tuple(fold(w) for w, _ in words[:-1]), end


def _currency(nation: str, noun: str) -> str | None:
    """The currency a nationality's money noun names ("Danish crowns": dkk; "Swiss francs": chf, of
    Switzerland's three codes the franc's), None where the name is no nation's."""
    codes = [c.lower() for c in currencies_of(nation)]
    return codes[0] if len(codes) == 1 else CURRENCY_WORDS.get(noun) if CURRENCY_WORDS.get(noun) in codes else None


_TRANSPARENT = {"other", "more", "further", "additional", "extra"}
# a measure's abbreviation right after its figure, before the noun it measures
_MEASURE_ABBREVIATIONS = (set(UNIT_ABBREVIATIONS) - {"p", "t"}) | {"g", "mg", "lb", "lbs", "ml"}
# a unit in capitals, the noun itself where no lower-case noun follows it ("NHS trusts" counts trusts)
_ACRONYM_UNIT = re.compile(r"([A-Z]{2,5})s?")
# a span of years of an era, no score: "500-300 BC", "300-250 BCE" (a year of one, "1750 BC", is compared as a figure)
_ERA_RANGE = re.compile(r"\d[\d,]*[ \t]*[-–—][ \t]*\d[\d,]*[ \t]*(?:BCE?|CE|AD)\b")
_NOT_UNITS = {"AM", "PM", "GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT", "BC", "AD", "CE", "BCE"}
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:" + "|".join(sorted(STOPWORDS)) + r")\b)[a-z]")
_PER_HOUR = re.compile(r"/h(?:r|our)?\b|[ \t]+(?:per|an|a)[ \t]+hour\b", re.I)
# "220 guests and staff", "passengers and crew": people of two kinds counted together
_PEOPLE_OF_A_KIND = ("staff", "crew", "people", "workers", "employees", "teachers", "pupils", "students", "visitors",
                     "residents", "passengers", "patients", "guests", "children", "families", "volunteers", "officers",
                     "spectators", "fans", "members")
_KINDS_OF_PEOPLE = {fold(w) for w in _PEOPLE_OF_A_KIND}
_AND_ANOTHER_NOUN = re.compile(r"\s+(?:and|or)\s+(?:(?P<their>their\s+)|other\s+)?(?:" + "|".join(_PEOPLE_OF_A_KIND) + r")\b")
_WHEN_AFTER = re.compile(r"\s+(?:last|this|next)\s+(?:year|month|week|season|quarter|spring|summer|autumn|fall|winter)\b")


# --------------------------------------------------------------------------- every figure of a text

_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
              "two thirds": 2 / 3, "three quarters": 0.75}
_FRACTION_PARTS = ("half", "third", "quarter")  # what _FRACTION_OF needs (lower case)
_FRACTION_OF = re.compile(r"(?<![\w-])(?<!first )(?<!second )(?<!last )(?<!other )(?P<fraction>" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r")\s+of\b", re.I)
_FRACTION_RE = re.compile(r"\b(" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as written anywhere in a text, with every value it can stand for: "£40m" is 40 and
    40,000,000; "half" is 0.5 and 50 (percent); "a third" is 0.33 and 33."""

    start: int
    end: int
    values: frozenset[float]
    digits: str  # the figure as written, without its currency or scale ("40", "1.5", "twenty-five")


def figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in text[start:end] (one sentence): digits (with thousands commas, decimals, a
    scale word or suffix), number words and common fractions. Spans are offsets into `text`. A
    sentence of more than FIGURES_PER_SENTENCE figures is a table, as for `extract_numbers`: none."""
    end = len(text) if end is None else end
    out = []
    matches = list(_NUMBER_RE.finditer(text, start, end))
    if len(matches) > FIGURES_PER_SENTENCE:
        return []
    era_to = -1
    for m in matches:
        if m.start() < era_to:
            continue
        if (era := _ERA_RANGE.match(text, m.start())) is not None:
            era_to = era.end()
            continue  # "c. 500-300 BC": years of an era, no figure
        if _a_day_in_spanish(text, m):
            continue  # "el sábado 17 de mayo": a date
        if m.group("digits"):
            digits = m.group("digits")
            value = float(digits.replace(",", ""))
        else:
            digits = m.group("words")
            value = word_value(digits)
        values = {value}
        if m.group("scale"):
            values.add(_scaled(m, value, m.group("scale").lower()))
        if m.group("pct"):
            values.add(value / 100)
        first = m.start("cur") if m.group("cur") else m.start("digits" if m.group("digits") else "words")
        out.append(Figure(first, m.end(), frozenset(values), digits))
    for m in _FRACTION_RE.finditer(text, start, end):
        share = _FRACTIONS[m.group(1).lower()]
        out.append(Figure(m.start(), m.end(), frozenset({share, round(share * 100), share * 100}), m.group(1)))
    out.sort(key=lambda f: f.start)
    return out
