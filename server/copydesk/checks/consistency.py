"""Check kind `consistency`: two forms of one thing in the same draft, as Vale's consistency.

The later form is flagged (for names and spellings, the one the draft uses less), with the first
form as evidence in the message. Message fields: {found}, {other} (the form used before) and
{what} ("name", "spelling", "age", or "form").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Annotated

import msgspec
from rapidfuzz.distance import DamerauLevenshtein

from copydesk.checks.context import max_typo_distance
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, doc
from copydesk.document import WORD_RE
from copydesk.lexicon import HONORIFICS, STOPWORDS, american, fold, is_place_adjective
from copydesk.world import is_common_english

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext

# "Ada Moss, 54, said": the name (its words as written, the last its surname) and the age
_AGE = re.compile(r"\b((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+), (\d{1,3}),(?!\d)")  # not "to Moss, 1,086 to Pent"
_AGE_HINT = re.compile(r", \d")  # what every age match holds (such marks never overlap: each is found)


class ConsistencyParams(Params, frozen=True):
    either: Annotated[dict[str, str], doc("pairs of forms a draft should not mix (words or phrases): "
                                          "{defense: defence}")] = msgspec.field(default_factory=dict)
    names: Annotated[bool, doc("a name spelled two ways (\"Velez\" ... \"Veles\")")] = True
    spelling: Annotated[bool, doc("British and American spellings mixed (\"defence\" ... \"defense\")")] = True
    ages: Annotated[bool, doc("one person given two ages (\"Ada Moss, 54,\" ... \"Moss, 45,\")")] = True


def consistency(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    params: ConsistencyParams = rule.params
    if params.names:
        yield from _names(ctx)
    if params.spelling:
        yield from _spellings(ctx)
    if params.ages:
        yield from _ages(ctx)
    for a, b in params.either.items():
        yield from _either(ctx, a, b)


def _hit(start: int, end: int, found: str, other: str, what: str) -> Hit:
    return Hit(start, end, {"found": found, "other": other, "what": what})


def _names(ctx: CheckContext) -> Iterator[Hit]:
    """Two name words one or two letters apart, of which the sources know at most one: the draft
    spells one name two ways. Codes with digits ("L2301-0422", "HT-250") are lists, not names. The form the sources do not write is flagged, else the one the
    draft uses less (the later one on a tie)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    surnames: dict[str, set[str] | None] = {}  # a word -> the last words of the names it begins; None: it ends one
    for m in ctx.names:
        for k, (word, span) in enumerate(zip(m.words, m.word_spans)):
            if _name_word(word):
                spans.setdefault(word, []).append(span)
                if k < len(m.words) - 1 and surnames.get(word, set()) is not None:
                    surnames.setdefault(word, set()).add(fold(m.words[-1]))
                else:
                    surnames[word] = None
    words = tuple(sorted(spans, key=lambda w: spans[w][0][0]))
    for a, b in ctx.lookup(("near spellings", words), lambda: _near_pairs(words)):
        if surnames[a] is not None and surnames[b] is not None and not surnames[a] & surnames[b]:
            continue  # "Corin Ashgrove" and "Colin Marwood": first names of two people
        known_a, known_b = ctx.is_known_word(a), ctx.is_known_word(b)
        if known_a and known_b:
            continue  # two people the sources both name ("Moss" and "Ross")
        if known_a != known_b:  # the form the sources write is the right one
            rare, common = (b, a) if known_a else (a, b)
        else:
            rare, common = (a, b) if len(spans[a]) < len(spans[b]) else (b, a)
        for start, end in spans[rare]:
            yield _hit(start, end, rare, common, "name")


@lru_cache(maxsize=1 << 14)
def _name_word(word: str) -> bool:
    """A capitalized word of four letters or more, no function word nor code with digits: what
    `_names` compares (asked for every name word of a draft, so remembered)."""
    return len(word) >= 4 and word[0].isupper() and word.lower() not in STOPWORDS and not any(c.isdigit() for c in word)


def _near_pairs(words: tuple[str, ...]) -> list[tuple[str, str]]:
    """(earlier, later) pairs of `words` (in order of first use) one or two letters apart, as far
    as each one's length allows a typo (see `max_typo_distance`): found once for a draft's name
    words, whose pairs only an edit that adds or drops one changes."""
    by_initial: dict[str, list[tuple[int, str, str]]] = {}  # only words with one first letter can pair
    for i, w in enumerate(words):
        by_initial.setdefault(w[0], []).append((i, w, w.lower()))
    later = {i: group[k + 1 :] for group in by_initial.values() for k, (i, _, _) in enumerate(group)}
    pairs = []
    for i, a in enumerate(words):
        low_a, reach_a = a.lower(), max_typo_distance(a)
        for _, b, low_b in later[i] if reach_a else ():
            limit = min(reach_a, max_typo_distance(b))
            if limit and low_a != low_b and DamerauLevenshtein.distance(low_a, low_b, score_cutoff=limit) <= limit \
                    and not is_place_adjective(low_a, low_b) and not is_place_adjective(low_b, low_a) \
                    and not (is_common_english(a) and is_common_english(b)):
                # not "Ardmoria" and "Ardmorian" (a place and its adjective), "VELMAR" and "Velmar"
                # (capitals are typography), nor "Hall" and "Hill", two words of English in two names
                pairs.append((a, b))
    return pairs


def _spellings(ctx: CheckContext) -> Iterator[Hit]:
    """One word in its British and its American spelling: the spelling used less is flagged.
    Only the words of a mixed pair are found again, where they lie."""
    prose = ctx.document.prose
    mixed = _mixed_spellings(ctx, prose)
    if not mixed:
        return
    wanted = {w for words in mixed for w in words}
    where: dict[str, list[tuple[int, int]]] = {}
    for m in WORD_RE.finditer(prose):
        word = m.group().lower()
        if word in wanted:
            where.setdefault(word, []).append(m.span())
    for words in sorted(mixed, key=lambda words: min(where[w][0] for w in words)):  # in order of first use
        common, *others = sorted(words, key=lambda w: (-len(where[w]), where[w][0]))
        for rare in others:
            for start, end in where[rare]:
                yield _hit(start, end, ctx.document.text[start:end], common, "spelling")


def _mixed_spellings(ctx: CheckContext, prose: str) -> list[set[str]]:
    """The groups of words (lower case, five letters or more) that `american` makes one. A group
    always holds a word that it changes ("defence"), so these are gathered paragraph by paragraph,
    each paragraph's remembered (no word spans a blank line): an edit reads only its own again."""
    paragraphs = [ctx.lookup(("spelling forms", part), lambda part=part: _spelling_forms(part))
                  for part in prose.split("\n\n")]
    changed: dict[str, set[str]] = {}
    for _, pairs in paragraphs:
        for form, word in pairs:
            changed.setdefault(form, set()).add(word)
    mixed = []
    for form, words in changed.items():
        if american(form) == form and any(form in plain for plain, _ in paragraphs):
            words = words | {form}  # "defense" itself, beside "defence"
        if len(words) > 1:
            mixed.append(words)
    return mixed


def _spelling_forms(paragraph: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """A paragraph's words of five letters or more (lower case), and those that `american` changes,
    each with its American form."""
    words = frozenset(w for w in map(str.lower, WORD_RE.findall(paragraph)) if len(w) >= 5)
    return words, tuple((form, w) for w in words if (form := american(w)) != w)


def _ages(ctx: CheckContext) -> Iterator[Hit]:
    """A person given an age twice, with two values ("Ada Moss, 54," then "Moss, 45,"). Two people of
    one surname ("Lenora Duvekot, 82" and her son "Casimir Duvekot, 51") are two people: a full name
    is compared with the same full name, a surname alone with the one full name of it aged before."""
    first: dict[str, tuple[str, int, int]] = {}  # a full name (or a surname alone) -> its first age
    bearers: dict[str, set[str]] = {}  # a surname -> the full names given an age
    ended = {n.end: n for n in ctx.names}
    prose = ctx.document.prose
    hints = [m.start() for m in _AGE_HINT.finditer(prose)]
    for s in ctx.document.sentences:
        i = bisect.bisect_left(hints, s.start)
        if i == len(hints) or hints[i] + 3 > s.end:
            continue  # no ", " and a digit in it: no age
        text = prose[s.start : s.end]
        for m in _AGE.finditer(text):
            # the name's words as the mentions read them ("Later Moss, 45,": Moss), else its last word
            mention = ended.get(s.start + m.end(1))
            words = [w for w in mention.words if w.lower().rstrip(".") not in HONORIFICS] if mention else []
            words = words or [m.group(1).split()[-1]]
            surname, age = fold(words[-1]), m.group(2)
            start, end = s.start + m.start(2), s.start + m.end(2)
            if len(words) > 1:
                name = fold(" ".join(words[-2:]))
                bearers.setdefault(surname, set()).add(name)
            else:
                named = bearers.get(surname, set())
                name = next(iter(named)) if len(named) == 1 else surname
            if name in first and first[name][0] != age:
                yield _hit(start, end, age, first[name][0], "age")
            first.setdefault(name, (age, start, end))


def _either(ctx: CheckContext, a: str, b: str) -> Iterator[Hit]:
    """Both forms of a pair in one draft: the occurrences of the one that comes second."""
    prose = ctx.document.prose
    found = {form: [m.span() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", prose, re.I)] for form in (a, b)}
    if not found[a] or not found[b]:
        return
    later, earlier = (b, a) if found[a][0][0] < found[b][0][0] else (a, b)
    for start, end in found[later]:
        yield _hit(start, end, ctx.document.text[start:end], earlier, "form")


def validate(params: ConsistencyParams) -> tuple[tuple, str] | None:
    """Refuse a pair with an empty side."""
    for a, b in params.either.items():
        if not a.strip() or not b.strip():
            return ("either", a), "each pair in 'either' is two words or phrases"
    return None


KIND = CheckKind("consistency", consistency, ConsistencyParams, fields=frozenset({"found", "other", "what"}),
                 whole_draft=True, names_only=True, validate=validate)
