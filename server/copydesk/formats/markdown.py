"""Markdown drafts: headings, lists, quotes, links, emphasis, code and front matter blanked.

Every masking pattern is linear in the text: no two adjacent repeats can take the same
characters, and link and image text stops at the next "[" (so "[[[[..." is not scanned to the
end of the line from every bracket). Code spans and emphasis, whose closing marks can lie
anywhere further on, are matched by `_code_spans` and `_emphasis` over the runs of marks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from copydesk.formats.base import (
    HTML_COMMENT,
    URL,
    CommentSyntax,
    Format,
    Masked,
    blank,
    blank_matches,
    masked,
    start_chars,
)

_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*$", re.S | re.M)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.S | re.M)
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\n]*)\)")
_REF_LINK_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", re.M)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})(?=[ \t]|$)", re.M)
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$", re.M)
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(>[ \t]?)+", re.M)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])", re.M)
_TABLE_RULE = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)*[ \t]*(?:\|[ \t]*)?$", re.M)
_BACKTICKS = re.compile(r"`+")
_MARKS = re.compile(r"\*+|_+")
_WORD_CHAR = re.compile(r"\w")


def _runs_by_length(runs: list[tuple[int, int]]) -> dict[int, list[int]]:
    by_length: dict[int, list[int]] = {}
    for start, length in runs:
        by_length.setdefault(length, []).append(start)
    return by_length


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the inline code spans: a run of backticks up to the next run of exactly as
    many (what the regex (`+)(?!`).+?(?<!`)\\1(?!`) finds, in O(n log n) instead of O(n^2))."""
    runs = [(m.start(), m.end() - m.start()) for m in _BACKTICKS.finditer(text)]
    by_length = _runs_by_length(runs)
    cursor = 0
    for start, length in runs:
        if start < cursor:
            continue
        run_end = start + length
        for skip in range(length):  # a shorter opener: the run without its first backticks
            want = length - skip
            starts = by_length.get(want, [])
            i = bisect.bisect_left(starts, run_end + 1)
            if i < len(starts):
                yield start + skip, starts[i] + want
                cursor = starts[i] + want
                break


def _emphasis(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end) of the opening and of the closing marks of each emphasis (*a*, __b__, ***c***):
    what (?<![\\w*])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*]) finds, without rescanning
    the rest of the text from every unclosed mark."""
    runs = [(m.start(), m.end() - m.start()) for m in _MARKS.finditer(text)]
    closers: dict[tuple[str, int], list[int]] = {}
    for start, length in runs:
        end = start + length
        if end < len(text) and (text[end] == "*" or _WORD_CHAR.match(text[end])):
            continue
        for k in range(1, min(3, length) + 1):
            if end - k > 0 and not text[end - k - 1].isspace():
                closers.setdefault((text[start], k), []).append(end - k)
    cursor = 0
    for start, length in runs:
        if start < cursor or (start > 0 and (text[start - 1] == "*" or _WORD_CHAR.match(text[start - 1]))):
            continue
        for k in range(min(3, length), 0, -1):
            if start + k >= len(text) or text[start + k].isspace():
                continue
            found = closers.get((text[start], k), [])
            i = bisect.bisect_left(found, start + k + 1)
            if i < len(found):
                yield start, start + k, found[i], found[i] + k
                cursor = found[i] + k
                break


def mask(text: str) -> Masked:
    chars = start_chars(text)
    block_starts: list[int] = []
    blank_matches(chars, text, HTML_COMMENT, URL, _FRONT_MATTER, _FENCE, _REF_LINK_DEF, _TABLE_RULE, _SETEXT)
    for start, end in _code_spans("".join(chars)):
        blank(chars, start, end)
    blank_matches(chars, "".join(chars), _IMAGE)
    for m in _LINK.finditer("".join(chars)):
        blank(chars, m.start(), m.start(1))
        blank(chars, m.end(1), m.end())
    blank_matches(chars, "".join(chars), _HTML_TAG)
    for rx in (_HEADING, _BLOCKQUOTE, _LIST_MARKER):
        for m in rx.finditer("".join(chars)):
            blank(chars, m.start(), m.end())
            block_starts.append(m.start())
    for open_start, open_end, close_start, close_end in _emphasis("".join(chars)):
        blank(chars, open_start, open_end)
        blank(chars, close_start, close_end)
    for i, ch in enumerate(chars):
        if ch == "|":
            chars[i] = " "
    return masked(text, chars, block_starts)


FORMAT = Format("markdown", (".md", ".markdown", ".mdown", ".mkd"), mask, CommentSyntax("<!--", "-->"),
                dateline_in_markup=True)
