"""User-written patterns for the house-style check kinds (substitution, existence).

A rule author's regex must never hang the editor. So a pattern is checked when its rule loads
(`compile_pattern` rejects invalid regexes, regexes that match empty text, nested or alternated
repeats that backtrack exponentially, and long chains of repeats over the same characters that
backtrack polynomially), and at run time `scan` matches one
sentence at a time, each at most `MAX_SEGMENT` characters, within a time budget per rule.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

if TYPE_CHECKING:
    from copydesk.checks.engine import Rule
    from copydesk.document import Document

MAX_SEGMENT = 1000  # characters matched at once
TIME_BUDGET = 0.5  # seconds one rule may spend on one document
_WORD_BEFORE = r"(?<![\w'’-])"
_WORD_AFTER = r"(?![\w-]|['’][^\W\d_])"

_NONE, _BOUNDED, _UNBOUNDED = 0, 1, 2  # kinds of repeat
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_BARRIERS = {getattr(sre_constants, name) for name in ("ATOMIC_GROUP", "POSSESSIVE_REPEAT") if hasattr(sre_constants, name)}


class PatternError(ValueError):
    """A pattern copydesk refuses to run; the message says why."""


def word_regex(word: str) -> str:
    """A plain word or phrase as a regex: literal, any run of whitespace between its words."""
    return r"\s+".join(re.escape(part) for part in word.split())


@lru_cache(maxsize=512)
def compile_pattern(pattern: str, *, regex: bool, ignorecase: bool, bounded: bool = True) -> re.Pattern[str]:
    """Compile a rule's word (or, with `regex`, regular expression) into a safe pattern.

    `bounded` wraps it in word boundaries, so "alot" does not match inside "Calotta".
    Raises PatternError for an invalid, empty-matching or catastrophically slow pattern.
    """
    if not pattern.strip():
        raise PatternError("an empty pattern")
    body = pattern if regex else word_regex(pattern)
    flags = re.match(r"\(\?[aiLmsux]+\)", body)  # global inline flags must stay in front
    prefix, body = (flags.group(), body[flags.end():]) if flags else ("", body)
    try:
        tree = sre_parse.parse(prefix + body) if regex else None
        wrapped = f"{_WORD_BEFORE}(?:{body}){_WORD_AFTER}" if bounded else body
        compiled = re.compile(prefix + wrapped, re.IGNORECASE if ignorecase else 0)
    except (re.error, OverflowError, RecursionError) as exc:
        raise PatternError(f"invalid regex {pattern!r}: {exc}") from None
    if tree is None:
        return compiled  # plain words: literal text joined by \s+, which cannot backtrack or match empty text
    problem = _backtracking_risk(tree) or _polynomial_risk(tree)
    if problem:
        raise PatternError(f"regex {pattern!r} {problem}; it could take minutes on some text")
    if re.compile(prefix + body).fullmatch(""):
        raise PatternError(f"regex {pattern!r} matches empty text")
    return compiled


def _backtracking_risk(tree: Any, outer: int = _NONE) -> str | None:
    """Why a parsed regex can backtrack catastrophically: a repeat inside another repeat when
    either is unbounded, or alternatives inside an unbounded repeat. `outer`: the enclosing repeat."""
    for op, av in tree:
        if op in _BARRIERS:
            continue
        subs, inner = _subpatterns(op, av), outer
        if op in _REPEATS:
            _low, high, sub = av
            kind = _UNBOUNDED if high == sre_constants.MAXREPEAT else _BOUNDED if high > 1 else _NONE
            if kind and outer and _UNBOUNDED in (kind, outer):
                return "nests one repeat inside another, like (a+)+"
            if kind == _UNBOUNDED and _has_branch(sub):
                return "repeats a group of alternatives without a limit, like (a|ab)*"
            subs, inner = [sub], max(kind, outer)
        for sub in subs:
            problem = _backtracking_risk(sub, inner)
            if problem:
                return problem
    return None


_SAMPLE = "aA1 -.'’é_\n"  # characters that stand for the classes a rule's repeats may share
_CATEGORIES = {
    name: re.compile(rx) for name, rx in (
        ("CATEGORY_DIGIT", r"\d"), ("CATEGORY_NOT_DIGIT", r"\D"), ("CATEGORY_SPACE", r"\s"),
        ("CATEGORY_NOT_SPACE", r"\S"), ("CATEGORY_WORD", r"\w"), ("CATEGORY_NOT_WORD", r"\W"),
    )
}
_ONE_CHAR = {sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.IN, sre_constants.ANY}
MAX_CHAIN = 2  # unbounded repeats in a row that may all match one character: \w*\w*\w*z is O(n^3)


def _polynomial_risk(tree: Any) -> str | None:
    """Why a regex is too slow without nesting: more than MAX_CHAIN unbounded repeats in a row
    that can all take the same character, like \\w*\\w*\\w*z or .*a.*a.*a."""
    for char in _SAMPLE:
        if _chain(tree, char, 0)[1] > MAX_CHAIN:
            return f"has more than {MAX_CHAIN} unbounded repeats in a row that can match the same text, like \\w*\\w*\\w*"
    return None


def _chain(tree: Any, char: str, count: int) -> tuple[int, int]:
    """Walk a sequence counting unbounded repeats that can take `char` with nothing in between
    that must take another character. Returns (count at the end, highest count seen)."""
    most = count
    for op, av in tree:
        if op in _REPEATS:
            low, high, sub = av
            takes = _can_start(sub, char)
            if high == sre_constants.MAXREPEAT and takes:
                count += 1
            elif low >= 1 and not takes:
                count = 0
        elif op == sre_constants.BRANCH:
            ends = [_chain(alt, char, count) for alt in av[1]]
            count, most = max(e[0] for e in ends), max(most, *(e[1] for e in ends))
        elif op == sre_constants.SUBPATTERN:
            count, inner = _chain(av[-1], char, count)
            most = max(most, inner)
        elif op in _ONE_CHAR and not _takes(op, av, char):
            count = 0
        most = max(most, count)
    return count, most


def _can_start(tree: Any, char: str) -> bool:
    """Whether the first character-taking item of `tree` can take `char` (True when unsure)."""
    for op, av in tree:
        if op in _ONE_CHAR:
            return _takes(op, av, char)
        if op == sre_constants.SUBPATTERN:
            return _can_start(av[-1], char)
        if op not in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            return True
    return False


def _takes(op: Any, av: Any, char: str) -> bool:
    """Whether a one-character item takes `char` (either case, as with ignorecase)."""
    chars = {char, char.upper(), char.lower()}
    if op == sre_constants.ANY:
        return char != "\n"
    if op == sre_constants.LITERAL:
        return chr(av) in chars
    if op == sre_constants.NOT_LITERAL:
        return chr(av) not in chars
    negate, hit = False, False
    for item_op, item in av:
        if item_op == sre_constants.NEGATE:
            negate = True
        elif item_op == sre_constants.LITERAL:
            hit = hit or chr(item) in chars
        elif item_op == sre_constants.RANGE:
            hit = hit or any(item[0] <= ord(c) <= item[1] for c in chars)
        elif item_op == sre_constants.CATEGORY:
            rx = _CATEGORIES.get(str(item))
            hit = hit or rx is None or bool(rx.match(char))
        else:
            hit = True
    return hit != negate


def _subpatterns(op: Any, av: Any) -> list[Any]:
    if op == sre_constants.SUBPATTERN:
        return [av[-1]]
    if op == sre_constants.BRANCH:
        return list(av[1])
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]
    if op == sre_constants.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []


def _has_branch(tree: Any) -> bool:
    for op, av in tree:
        if op == sre_constants.BRANCH:
            return True
        if op not in _BARRIERS and any(_has_branch(sub) for sub in _subpatterns(op, av)):
            return True
    return False


# --------------------------------------------------------------------------- run time


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    which: int  # index of the pattern that matched
    match: re.Match[str]


def segments(document: Document) -> Iterator[tuple[int, int]]:
    """The prose in pieces of at most MAX_SEGMENT characters: sentences, long ones cut at spaces."""
    for sentence in document.sentences:
        start, end = sentence.start, sentence.end
        while end - start > MAX_SEGMENT:
            cut = document.prose.rfind(" ", start + MAX_SEGMENT // 2, start + MAX_SEGMENT)
            cut = cut if cut > start else start + MAX_SEGMENT
            yield start, cut
            start = cut
        yield start, end


# the only characters ignore-case matching takes for an ASCII letter that lower() does not turn into it
_ODD_FOLDS = "\u0130\u0131\u017f"  # dotted capital I, dotless i, long s


def scan(document: Document, patterns: list[re.Pattern[str]], rule: Rule,
         required: list[str | None] | None = None) -> Iterator[Match]:
    """Non-overlapping matches of `patterns` in the prose (earliest first, then longest).

    `required[i]`, if given, is ASCII text in lower case that every match of pattern i contains
    (a plain word's first word, matched ignoring case): a pattern whose text is nowhere in the
    prose is skipped without running it. Stops, with a note on the document, once the rule has
    used its time budget.
    """
    deadline = time.monotonic() + TIME_BUDGET
    chosen = list(enumerate(patterns))
    if required is not None:
        lowered = document.prose.lower()
        if len(lowered) == len(document.prose) and not any(c in document.prose for c in _ODD_FOLDS):
            chosen = [(which, p) for which, p in chosen if required[which] is None or required[which] in lowered]
    if not chosen:
        return
    for start, end in segments(document):
        found: list[Match] = []
        for which, pattern in chosen:
            for m in pattern.finditer(document.prose, start, end):
                if m.end() > m.start():
                    found.append(Match(m.start(), m.end(), m.group(), which, m))
            if time.monotonic() > deadline:
                document.notes.append(f"rule '{rule.id}' took too long and was stopped; simplify its patterns")
                return
        found.sort(key=lambda x: (x.start, -x.end, x.which))
        last_end = -1
        for match in found:
            if match.start >= last_end:
                yield match
                last_end = match.end


def param_bool(rule: Rule, key: str, default: bool) -> bool:
    value = rule.params.get(key, default)
    return value if isinstance(value, bool) else default


def check_params(rule: Rule, known: dict[str, type]) -> tuple[str, str] | None:
    """The first param that is unknown or of the wrong type, as (key, message)."""
    names = {bool: "true or false", dict: "a mapping", list: "a list"}
    for key, value in rule.params.items():
        if key not in known:
            return key, f"unknown param '{key}' for check '{rule.check}' (known: {', '.join(sorted(known))})"
        if not isinstance(value, known[key]):
            return key, f"param '{key}' must be {names.get(known[key], known[key].__name__)}"
    return None
