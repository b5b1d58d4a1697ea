"""The words a fact is matched by: name keys, content words, a clause's keys, a date's event words.

Plain functions of a document and its mentions, shared by the builder (what a source's facts are
keyed by) and the checks (what a draft's clause is keyed by): both sides must key alike.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from copydesk.document import CITY, Document, date_stamp_lines, publication_label, weekday_dateline
from copydesk.lexicon import (
    CLAUSE_MARKS,
    DATE_WORDS,
    EVENT_OPENERS,
    HONORIFICS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    ORG_WORDS,
    STOPWORDS,
    fold,
)
from copydesk.mentions import Mentions, NameMention
from copydesk.mentions.anchors import stem
from copydesk.mentions.names import legal_form_length

if TYPE_CHECKING:
    from copydesk.factbase.model import QuoteFact


@lru_cache(maxsize=1 << 16)
def name_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """The comparison key of a name: folded words; "Ministry of Defence" == "Defense Ministry".
    A company's legal form is left out ("Velmar Foods Inc" == "Velmar Foods"). Remembered: merging
    asks it of every mention, several times."""
    words = words[: len(words) - legal_form_length(words)]
    parts = [name_word(w) for w in words]
    if "of" in parts and parts[0] in ORG_WORDS:
        i = parts.index("of")
        parts = [p for p in parts[i + 1 :] if p != "of"] + parts[:i]
    return tuple(p for p in parts if p not in ("the",))


def name_word(word: str) -> str:
    """A word of a name as names are compared: folded, without the Arabic article a family name is
    written with or without ("al-Thuwaini" is "Mr Thuwaini")."""
    return _ARABIC_ARTICLE.sub("", fold(word))


_ARABIC_ARTICLE = re.compile(r"^(?:al|el)[-\u2011](?=\w{3})")


def once_in(sentence: str, text: str) -> int | None:
    """Where `text` lies in `sentence`, where it occurs there once: a fact's place in the sentence
    its provenance keeps (that keeps no offset into it); None where it is absent or repeated."""
    at = sentence.find(text)
    return at if at >= 0 and sentence.count(text) == 1 else None


_CONTENT_WORD = re.compile(r"[A-Za-z][\w'’-]+")


@lru_cache(maxsize=1 << 14)
def content_words(text: str) -> frozenset[str]:
    """The words that say what a clause is about, stemmed so that "recalling" keys as "recall" does.
    Not figures written as words ("fourth", "seven"): a figure's value never says which fact it is,
    as its digits do not. Remembered: the checks key a clause once per figure and date in it."""
    return frozenset(stem(w) for w in _CONTENT_WORD.findall(text)
                     if w.lower() not in STOPWORDS and w.lower() not in _FIGURE_WORDS and len(w) > 2)


def line_label(line: str) -> frozenset[str] | None:
    """The content words of a labelled line's label ("- Built: 2022" -> {"build"}, "Men: 0.77" ->
    {"men"}): a fact sheet's field and its value, named by the sheet's heading, not the line; None
    for a line that is no short label and value."""
    m = _LABELLED.match(line)
    return content_words(m.group("label")) if m and len(line.split()) <= _LABELLED_WORDS else None


_LABELLED = re.compile(r"[ \t\-\u2013\u2022*]*(?P<label>[A-Za-z][\w '\u2019()-]{0,40}):[ \t]")
_LABELLED_WORDS = 8  # words of a labelled line, its value's included


_FIGURE_WORDS = set(NUMBER_WORDS) | set(ORDINAL_WORDS)



def name_key_of_text(text: str) -> tuple[str, ...]:
    """The key of a name as written in running text ("Velez", "Ms. Velez", "Harbourline's")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower().rstrip(".") not in HONORIFICS]
    return name_key(tuple(w[:-2] if w.lower().endswith(("'s", "’s")) else w for w in words)) if words else ()


_CLAUSE_BREAK = re.compile(f"{CLAUSE_MARKS}|{EVENT_OPENERS}")  # where a clause ends (see lexicon)


@lru_cache(maxsize=1 << 12)
def clause_cuts(sentence: str) -> tuple[int, ...]:
    """Where a sentence's clauses begin (and its end), in order. Remembered: a sentence is keyed
    once for each date and figure in it, by the checks and by the builder."""
    return (0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence))
_STAMP = re.compile(
    # "Updated: ...", "Published 7 May", "Volume 48 | Published 7 May": a stamp opens its line or
    # follows a separator, or takes a colon; "refused by notice dated 9 October" dates an event
    r"(?:^[ \t*_#>]*|[|·•][ \t]*)(?:updated|created|published|posted|date|dated)\b\s*:?\s*\S+"
    r"|\b(?:updated|created|published|posted|date|dated)[ \t]*:\s*\S+"
    r"|^[ \t]*" + CITY + r",(?:[ \t]*" + CITY + r",)?[ \t]*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b"
    r"|^[ \t]*" + CITY + r",(?:[ \t]*" + CITY + r",)?[ \t]*\d{1,2}[ \t]+"  # "HALVARD, 24 November (NPA) -"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?=[ \t]*[(\-\u2013\u2014:])"
    r"|^[ \t*_]*(?-i:[A-Z][A-Z .'’-]{1,40})(?-i:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t*_]*"
    r"\([ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*\)",  # "TARN (Oct. 3, 2030) -", "TARN, Calif. (March 12, 2031) —"
    re.I | re.M,
)


def document_stamps(doc: Document) -> list[tuple[int, int]]:
    """Spans that date the document rather than an event: a date header, "Updated: ...", a wire dateline."""
    spans = [*_stamp_spans(doc.text[:3000]), *date_stamp_lines(doc.text), *weekday_dateline(doc.text)]
    if doc.dateline:
        spans.append((doc.dateline.start, doc.dateline.end))
    return spans


@lru_cache(maxsize=64)
def _stamp_spans(head: str) -> tuple[tuple[int, int], ...]:
    """`_STAMP`'s spans in a document's head: asked again for each edit of a draft whose head is the same."""
    return tuple((m.start(), m.end()) for m in _STAMP.finditer(head)
                 if publication_label(head[head.rfind("\n", 0, m.start()) + 1 : m.start()] + _label_of(m.group())))


def _label_of(stamp: str) -> str:
    """A stamp's own words before its colon ("Incident date" of "Incident date: Thursday,"), else none."""
    return stamp.split(":", 1)[0] if ":" in stamp else ""


def event_words(doc: Document, start: int, end: int, dated: list[tuple[int, int]], alone: bool = False) -> frozenset[str]:
    """The content words (no date words) of the sentence around [start, end), less its clauses
    that another date in `dated` belongs to: what says which event the date is of. In "The strike
    began on Friday, and talks resume in June", Friday's words are "strike began", not "talks".
    `alone`: the words of the date's own clause only, not those of the clauses no date has."""
    s = doc.sentence_at(start)
    if s is None:
        return frozenset()
    dated = [(x, y) for x, y in dated if s.start < y and x < s.end]  # a clause's others lie in its sentence
    text = doc.prose[s.start : s.end]
    cuts = clause_cuts(text)
    words: set[str] = set()
    for a, b in itertools.pairwise(cuts):
        lo, hi = s.start + a, s.start + b
        mine = lo < end and start < hi
        others = [(x, y) for x, y in dated if lo < y and x < hi and not (x < end and start < y)]
        if mine:
            # "passed his medical on Monday and signed on Wednesday": each date has its verb phrase
            for x, y in others:
                if y <= start and (cut := _last_and(doc.prose, y, start)) is not None:
                    lo = max(lo, cut)
                elif x >= end and (cut := _first_and(doc.prose, end, x)) is not None:
                    hi = min(hi, cut)
            words |= content_words(doc.prose[lo:hi])
        elif not others and not alone:
            words |= content_words(text[a:b])
    return frozenset(words - DATE_WORDS)


_AND = re.compile(r"\s(?:and|but)\s")


def _last_and(prose: str, lo: int, hi: int) -> int | None:
    found = None
    for m in _AND.finditer(prose, lo, hi):
        found = m.end()
    return found


def _first_and(prose: str, lo: int, hi: int) -> int | None:
    m = _AND.search(prose, lo, hi)
    return m.start() if m else None


# an aside between two dashes, which the clause it interrupts goes on after
_DASHED_ASIDE = re.compile(r"\s[-\u2013\u2014]\s(?:(?!\s[-\u2013\u2014]\s).){1,160}?\s[-\u2013\u2014]\s")


ENTITY_KEY = "e:"  # a clause key naming an entity: "e:12"


def entity_key(entity_id: int) -> str:
    """The clause key of an entity the clause names (see `clause_keys`)."""
    return f"{ENTITY_KEY}{entity_id}"


def entity_of_key(key: str) -> int:
    """The entity id an entity's clause key names ("e:12" -> 12)."""
    return int(key[len(ENTITY_KEY) :])


def clause_keys(doc: Document, mentions: Mentions, start: int, end: int,
                resolve: Callable[[NameMention], object | None]) -> frozenset[str]:
    """Entity ids and content words of the clause around [start, end); the sentence if the clause is thin."""
    s = doc.sentence_at(start)
    if s is None:
        return frozenset()
    if (below := doc.described_below(s)) is not None:
        s, start, end = below, below.start, below.start  # a figure's line alone: the line under it says what it is
    text = doc.prose[s.start : s.end]
    cuts = clause_cuts(text)  # in order: the clause's bounds by bisection
    a = cuts[bisect.bisect_right(cuts, start - s.start) - 1]
    b = cuts[bisect.bisect_left(cuts, end - s.start)]
    for m in _DASHED_ASIDE.finditer(text, 0, a):
        if m.end() == a:  # "Three judges - Lord Justice Hallworth and two others - reduced it": the
            a = cuts[bisect.bisect_right(cuts, m.start()) - 1]  # clause resumes after the aside
            break
    lo, hi = s.start + a, s.start + b
    words = content_words(text[a:b]) - DATE_WORDS  # the dates compared, never what matches two clauses
    if len(words) < 3:
        lo, hi = s.start, s.end
        words = content_words(text) - DATE_WORDS
    starts = mentions.name_starts
    names = mentions.names[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
    ents = {entity_key(e.id) for m in names if (e := resolve(m))}
    return frozenset(words | ents)


def quote_content(q: QuoteFact) -> Counter:
    """The words (as quote comparison normalizes them) outside STOPWORDS, with their counts. Two
    quotes are related only if two matched words outside STOPWORDS align (`compare`,
    `same_statement`): they share two such words, or one that both use at least twice."""
    return Counter(w for w in q.words if w not in STOPWORDS)


def may_relate(a: Counter, b: Counter) -> bool:
    """Whether two quotes' content words (see `quote_content`) allow them to be one statement."""
    shared = a.keys() & b.keys()
    if len(shared) >= 2:
        return True
    return len(shared) == 1 and min(a[w] for w in shared) >= 2 and min(b[w] for w in shared) >= 2


def named_in_part(a: str, b: str, least: int = 1) -> bool:
    """Whether one name is the other's first words, `least` of them or more: a second surname
    dropped ("Dámaso Ercilvarte" for "Dámaso Ercilvarte Muñozcal", two words at least), or a body
    named short ("Quillmoor" for "Quillmoor International Airport")."""
    x, y = [fold(w) for w in a.split()], [fold(w) for w in b.split()]
    short, long = sorted((x, y), key=len)
    return len(short) >= least and len(long) > len(short) and long[: len(short)] == short


def written_alike(a: str, b: str) -> bool:
    """Whether two names of two words or more are one name written two ways: word for word the same
    but for one or two letters of a word of five letters or more, with a word the same ("Evgeny
    Marchenko" / "Yevgeny Marchenko", "Belsaryk Central District Hospital" / "Belsaryq ..."), as
    names transliterated from another script are."""
    from rapidfuzz.distance import Levenshtein

    x, y = [fold(w) for w in a.split()], [fold(w) for w in b.split()]
    differ = [(p, q) for p, q in zip(x, y) if p != q]
    return len(x) == len(y) >= 2 and 0 < len(differ) < len(x) and all(
        min(len(p), len(q)) >= _TRANSLITERATED_LEAST and Levenshtein.distance(p, q) <= _TRANSLITERATED_LETTERS for p, q in differ)


_TRANSLITERATED_LEAST = 5  # letters of a word written two ways ("Dora" and "Nora" are two names)
_TRANSLITERATED_LETTERS = 2  # letters changed, added or dropped ("Jaksybekov" / "Zhaksybekov")


def initials_of(words: Iterable[str]) -> str:
    """The initials of a name's capitalized words, as its acronym writes them ("SDU" of the
    "Shopfloor and Depot Union": "and" gives none)."""
    return "".join(w[0] for w in words if w[:1].isupper())


def abbreviates(a: str, b: str) -> bool:
    """Whether one name is the other's acronym, its capitalized words' initials ("SDU" for the
    "Shopfloor and Depot Union" a source defines as "(SDU)")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and short.isupper() and " " not in short and short.replace("&", "") == initials_of(long.split())
