"""User-written patterns for the house-style check kinds (substitution, existence).

A rule file comes with any repository a reporter opens, so its regexes must never hang the
editor. They run on RE2 (google-re2), whose matching time is linear in the text whatever the
pattern; a pattern RE2 cannot run (a backreference, a lookaround, an atomic group) is refused
when its rule loads, with the file and line, as are invalid patterns and patterns that match
empty text. Plain words (substitution without `regex: true`) are literal text joined by `\\s+`,
run by Python's `re`, which cannot backtrack on them. At run time `scan` matches one sentence at a
time, each at most `MAX_SEGMENT` characters, within a time budget per rule.

RE2 differs from Python's `re` in two ways a rule author may notice: `\\w`, `\\d` and `\\b` are ASCII
only (use a class such as `[a-zà-ÿ]` for accented letters), and the word
boundaries copydesk adds around a pattern are checked around RE2's leftmost-longest match.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

import re2

if TYPE_CHECKING:
    from copydesk.checks.engine import Rule
    from copydesk.document import Document

MAX_SEGMENT = 1000  # characters matched at once
# CPU seconds (of the checking thread) one rule may spend on one document: CPU, not wall-clock, time,
# so that a loaded machine cuts no rule short and a rule finds on a busy machine what it finds on an idle one
TIME_BUDGET = 0.5
_WORD_BEFORE = r"(?<![\w'’-])"
_WORD_AFTER = r"(?![\w-]|['’][^\W\d_])"
_WORDISH = re.compile(r"[\w'’-]")  # a character a match may not follow (see _WORD_BEFORE)
_LETTER = re.compile(r"[^\W\d_]")


class PatternError(ValueError):
    """A pattern copydesk refuses to run; the message says why."""


def word_regex(word: str) -> str:
    """A plain word or phrase as a regex: literal, any run of whitespace between its words."""
    return r"\s+".join(re.escape(part) for part in word.split())


class LinearPattern:
    """A user's regex compiled by RE2 (linear time), with copydesk's word boundaries, which RE2
    cannot express (they are lookarounds), checked around each match in Python."""

    def __init__(self, compiled: Any, bounded: bool, anchored: bool = True):
        self.compiled = compiled
        self.bounded = bounded
        # whether the pattern may assert where it stands (^, $, \b, ...): it may then match in a
        # sentence and nowhere in the whole text; else a match in a sentence is one in the text
        self.anchored = anchored

    def found_in(self, text: str) -> bool:
        """False only where no part of `text` can match (an unanchored pattern that matches
        nowhere in it): then no sentence of it needs searching."""
        return self.anchored or self.compiled.search(text) is not None

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[int, int, Any]]:
        """(start, end, match) of the non-overlapping matches in text[start:end] whose ends are
        word boundaries (if bounded): a match that is not is dropped and the search goes on one
        character after its start."""
        segment = text[start:end]
        pos = 0
        while pos < len(segment):
            restart = None
            for m in self.compiled.finditer(segment, pos):
                a, b = m.span()
                if b == a:
                    continue
                if self.bounded and not self._at_boundaries(text, start + a, start + b, end):
                    restart = a + 1
                    break
                yield start + a, start + b, m
            if restart is None:
                return
            pos = restart

    @staticmethod
    def _at_boundaries(text: str, a: int, b: int, end: int) -> bool:
        if a > 0 and _WORDISH.match(text[a - 1]):
            return False
        if b < end and (text[b] == "-" or text[b].isalnum() or text[b] == "_"):
            return False
        return not (b + 1 < end and text[b] in "'’" and _LETTER.match(text[b + 1]))


class PlainPattern:
    """Plain words as a regex, compiled when first run: a rule's words are checked when it loads,
    but a draft holds few of them (`scan` skips a word that is nowhere in it), and compiling
    every house-style word at each start cost a one-shot `copydesk check` ~6 ms."""

    def __init__(self, regex: str, flags: int):
        self.regex = regex
        self.flags = flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.regex, self.flags)

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, start, end)


Pattern = PlainPattern | LinearPattern


@lru_cache(maxsize=512)
def compile_pattern(pattern: str, *, regex: bool, ignorecase: bool, bounded: bool = True) -> Pattern:
    """Compile a rule's word (or, with `regex`, regular expression) into a safe pattern.

    `bounded` wraps it in word boundaries, so "alot" does not match inside "Calotta".
    Raises PatternError for an invalid or empty-matching pattern, or one RE2 cannot run.
    """
    if not pattern.strip():
        raise PatternError("an empty pattern")
    if not regex:  # plain words: literal text joined by \s+, which cannot backtrack or match empty text
        body = word_regex(pattern)
        wrapped = f"{_WORD_BEFORE}(?:{body}){_WORD_AFTER}" if bounded else body
        return PlainPattern(wrapped, re.IGNORECASE if ignorecase else 0)
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError) as exc:
        raise PatternError(f"invalid regex {pattern!r}: {exc}") from None
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = not ignorecase
    options.longest_match = bounded  # the longest match is the one most likely to end at a word's end
    try:
        compiled = re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise PatternError(f"regex {pattern!r} cannot run in linear time ({reason}): backreferences, "
                           "lookarounds and atomic groups are not supported") from None
    if compiled.fullmatch("") is not None:
        raise PatternError(f"regex {pattern!r} matches empty text")
    return LinearPattern(compiled, bounded, anchored=_ASSERTION.search(pattern) is not None)


_ASSERTION = re.compile(r"[$^]|\\[bBAzZ]")  # what may make a match depend on the text around it (any "^" counts)


# --------------------------------------------------------------------------- run time


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    which: int  # index of the pattern that matched
    match: Any  # a re.Match, or RE2's match (offsets in the segment; for expand())


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


def scan(document: Document, patterns: list[Pattern], rule: Rule,
         required: list[str | None] | None = None) -> Iterator[Match]:
    """Non-overlapping matches of `patterns` in the prose (earliest first, then longest).

    `required[i]`, if given, is ASCII text in lower case that every match of pattern i contains
    (a plain word's first word, matched ignoring case): a pattern whose text is nowhere in the
    prose is skipped without running it. Stops, with a note on the document, once the rule has
    used its time budget: the time spent matching, not the caller's between the matches it is given
    (a rule that makes a finding of each of 1,600 matches spends that on the findings, not the patterns).
    """
    spent = 0.0
    chosen = list(enumerate(patterns))
    if required is not None:
        lowered = document.prose.lower()
        if len(lowered) == len(document.prose) and not any(c in document.prose for c in _ODD_FOLDS):
            chosen = [(which, p) for which, p in chosen if required[which] is None or required[which] in lowered]
    chosen = [(which, p) for which, p in chosen if not isinstance(p, LinearPattern) or p.found_in(document.prose)]
    if not chosen:
        return
    for start, end in segments(document):
        began = time.thread_time()
        found: list[Match] = []
        for which, pattern in chosen:
            if isinstance(pattern, LinearPattern):
                found.extend(Match(a, b, document.prose[a:b], which, m) for a, b, m in pattern.finditer(document.prose, start, end))
            else:
                found.extend(Match(m.start(), m.end(), m.group(), which, m)
                             for m in pattern.finditer(document.prose, start, end) if m.end() > m.start())
            if spent + time.thread_time() - began > TIME_BUDGET:
                document.notes.append(f"rule '{rule.id}' took too long and was stopped; simplify its patterns")
                return
        spent += time.thread_time() - began
        found.sort(key=lambda x: (x.start, -x.end, x.which))
        last_end = -1
        for match in found:
            if match.start >= last_end:
                yield match
                last_end = match.end
