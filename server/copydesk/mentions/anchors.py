"""The words around a figure that say what it is: its verb, whose it is, what it is of, and the
years of its clause ("has offered 5.5 percent" -> offer). Two figures are one fact only where they
share such a word (checks/number_mismatch.py); the source's are kept with each number fact."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from copydesk.lexicon import IRREGULAR_LEMMAS, NUMBER_WORDS, STOPWORDS, fold

_ANCHOR_BREAK = re.compile(r"[;()\u2013\u2014\"“”]|(?<!\d):(?!\d)|,\s+(?:while|but|and|whereas|although|as|which|who)\b|\s-\s")
_ANCHOR_WORDS = 5  # words either side of a figure that say what it is
ANCHOR_REACH = 200  # characters either side of a figure read for those words and the clause's years


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem for matching the words around two figures ("offered" ~ "offer", "killed" ~
    "kills"). Remembered: every figure's words, and every clause's, ask it."""
    w = fold(word)
    w = IRREGULAR_LEMMAS.get(w, w)  # "fell" ~ "falls"
    if w.endswith("ied") and len(w) >= 4:
        return w[:-3] + "y"  # "carried" ~ "carries" (folded to "carry"), "died" ~ "dies" (folded to "die")
    if len(w) == 3 and w.endswith("ie"):
        return w[0] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


NAME = "^"  # marks an anchor word written capitalized inside a sentence: a name, not a verb or noun
OBJECT = ">"  # marks a copy of an anchor word after the figure: what it is of or for ("on cycle lanes")


_SPLIT_WORD = re.compile(r"\b(?:and|but|while|whereas|plus)\b", re.I)
_CURRENCY_OR_SPACE = " \t\n\r$€£¥₹₪"


class SentenceIndex:
    """What `anchor_words` asks of one sentence, found once: its clause breaks, its conjunctions,
    its figures' ends and where its letters begin. Each figure's words are then found by bisection,
    so a sentence of a thousand figures costs linear work, not a rescan per figure."""

    def __init__(self, text: str, figures: list[tuple[int, int]]) -> None:
        self.text = text
        breaks = [(m.start(), m.end()) for m in _ANCHOR_BREAK.finditer(text)]
        self.break_starts = [a for a, _ in breaks]
        self.break_ends = [b for _, b in breaks]
        splits = [(m.start(), m.end()) for m in _SPLIT_WORD.finditer(text)]
        self.split_starts = [a for a, _ in splits]
        self.split_ends = [b for _, b in splits]
        self.figures = figures  # sorted by start
        self.figure_ends = sorted(b for _, b in figures)
        self.letters_from = next((m.start() for m in re.finditer("[A-Za-z]", text)), len(text))

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end): after the last break before it, up to the first after it."""
        k = bisect.bisect_right(self.break_ends, start)
        lo = self.break_ends[k - 1] if k else 0
        k = bisect.bisect_left(self.break_starts, end)
        hi = self.break_starts[k] if k < len(self.break_starts) else len(self.text)
        return lo, hi

    def last_split(self, lo: int, start: int) -> int | None:
        """The end of the last conjunction in [lo, start), or of a comma right before the figure."""
        near = max(lo, start - 8)
        head = self.text[near:start].rstrip(_CURRENCY_OR_SPACE)
        if head.endswith(","):  # ", £40m": a list of figures
            return near + len(head)
        k = bisect.bisect_right(self.split_ends, start)
        return self.split_ends[k - 1] if k and self.split_starts[k - 1] >= lo else None

    def first_split(self, end: int, hi: int) -> int | None:
        """The start of the first conjunction in [end, hi), or of a comma that only spaces follow."""
        k = bisect.bisect_left(self.split_starts, end)
        first = self.split_starts[k] if k < len(self.split_starts) and self.split_ends[k] <= hi else None
        tail = self.text[end:hi].rstrip(_CURRENCY_OR_SPACE)
        if tail.endswith(",") and (first is None or end + len(tail) - 1 < first):
            first = end + len(tail) - 1
        return first

    def after_an_aside(self, at: int) -> tuple[int, int] | None:
        """Where a clause that a dash ends at `at` resumes, past the aside a second dash closes:
        [the end of that dash, the next break), within ANCHOR_REACH; None if no dash is there."""
        k = bisect.bisect_left(self.break_starts, at)
        if k + 1 >= len(self.break_starts) or self.break_starts[k] != at or not _dash(self.text, k, self) \
                or not _dash(self.text, k + 1, self) or self.break_ends[k + 1] - at > ANCHOR_REACH:
            return None
        hi = self.break_starts[k + 2] if k + 2 < len(self.break_starts) else len(self.text)
        return self.break_ends[k + 1], min(hi, self.break_ends[k + 1] + ANCHOR_REACH)

    def figure_ends_within(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self.figure_ends, lo)
        return k < len(self.figure_ends) and self.figure_ends[k] <= hi


def _dash(text: str, k: int, index: SentenceIndex) -> bool:
    """Whether break `k` of a sentence is a dash (" - ", "–", "—")."""
    return text[index.break_starts[k] : index.break_ends[k]].strip() in ("-", "\u2013", "\u2014")


def anchor_words(index: SentenceIndex, start: int, end: int, skip: set[str] = frozenset(),
                 keep: set[str] = frozenset()) -> frozenset[str]:
    """The content words near [start, end) of `index.text` (one sentence), within its clause: what a
    figure counts, its verb and whose it is ("has offered 5.5 percent" -> offer).

    Between two figures of one clause, a conjunction divides the words: "bought two tugs for 63
    million euros and will spend a further 9 million on dredging the channel" gives "spend" and
    "dredging the channel" to the 9 million alone."""
    text = index.text
    clause, hi = index.clause(start, end)
    lo = clause
    # the nearest figure before with a conjunction after it: the clause's words start after the
    # last conjunction that follows some figure of the clause
    last = index.last_split(lo, start)
    if last is not None and index.figure_ends_within(lo, last):
        lo = last
    # the nearest figure after with a conjunction before it: they end at the first conjunction
    # that some figure of the clause follows
    first = index.first_split(end, hi)
    if first is not None:
        k = bisect.bisect_left(index.figures, (first, -1))
        if k < len(index.figures) and index.figures[k][0] <= hi:
            hi = first
    letters_from = index.letters_from

    def content(a: int, b: int) -> list[str]:
        out = []
        for m in _ANCHOR_WORD.finditer(text, a, b):
            w = m.group()
            form = _anchor_form(w)
            if form is None or (form[0] in STOPWORDS and form[0] not in keep) or form[1] in skip:
                continue
            out.append(NAME + form[2] if not w.islower() and letters_from < a + m.start() else form[2])
        return out

    # words and years within ANCHOR_REACH of the figure: a clause of a thousand figures is read
    # once per figure only near it
    lo, hi, clause = max(lo, start - ANCHOR_REACH), min(hi, end + ANCHOR_REACH), max(clause, start - ANCHOR_REACH)
    after = content(end, hi)[:_ANCHOR_WORDS]
    # "rose 9% in 2028 and 12% in 2029": with nothing of its own before it, a figure shares the verb
    before = content(lo, start) or content(clause, start)
    if not after and not before and (resumed := index.after_an_aside(hi)) is not None:
        # "For about 60% of them - roughly 920,000 accounts - bank sort codes": the clause goes on
        # after the aside the dashes set off
        after = content(*resumed)[:_ANCHOR_WORDS]
    if not after and not before and (label := _LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start)) is not None:
        before = content(label.start(1), label.end(1))  # a list's "Adult return: £14.50": its line's label says what it is
    times = [TIME + t.lower() for t in _TIME_RE.findall(text[lo:start] + " " + text[end:hi])]
    return frozenset(before[-_ANCHOR_WORDS:] + after + [OBJECT + w.removeprefix(NAME) for w in after] + times)


_ANCHOR_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LABEL = re.compile(r"\s*([A-Za-z][^:\n]{0,60}):\s*[£$€]?\s*")  # a line's label before its figure


@lru_cache(maxsize=1 << 16)
def _anchor_form(word: str) -> tuple[str, str, str] | None:
    """(lower case, folded, stem) of a word that may say what a figure is; None for one that never
    does (two letters or fewer, a number word, a word of amounts). Remembered: asked of every word
    near every figure."""
    lower = word.lower()
    if len(word) <= 2 or lower in NUMBER_WORDS or lower in _NOT_ANCHORS:
        return None
    return lower, fold(word), stem(word)


TIME = "@"  # marks a year in a figure's clause: "rose 9% in 2028 and 12% in 2029"
_TIME_RE = re.compile(r"(?<![\d.,$€£])\b(1[89]\d\d|20\d\d)\b(?![.,]\d|\s*(?:%|percent|per cent))")


_NOT_ANCHORS = {"percent", "cent", "hundred", "thousand", "million", "billion", "trillion", "year", "years", "old",
                "aged", "than", "about", "around", "nearly", "almost", "roughly", "approximately", "least", "bn",
                "per", "some", "estimated"}
