"""Markdown drafts: headings, lists, quotes, links, emphasis, code and front matter blanked.

The blocks (fenced and indented code, thematic breaks, ATX and setext headings, a table's
delimiter row) come from markdown-it-py's block parser, whose tokens carry the lines they span:
it knows a fence inside a list item, an indented code block and a setext underline from a
thematic break, which line patterns guessed at. Inline markup has no offsets in its tokens, so
it stays with the patterns here, each linear in the text: no two adjacent repeats can take the
same characters, and link and image text stops at the next "[" (so "[[[[..." is not scanned to
the end of the line from every bracket). Code spans and emphasis, whose closing marks can lie
anywhere further on, are matched by `_code_spans` and `_emphasis` over the runs of marks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*$", re.S | re.M)
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\n]*)\)")
_REF_LINK_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", re.M)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_ATX_MARKS = re.compile(r"#{1,6}")
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(>[ \t]?)+", re.M)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])", re.M)
_BACKTICKS = re.compile(r"`+")
_MARKS = re.compile(r"\*+|_+")
_WORD_CHAR = re.compile(r"\w")


def _runs_by_length(runs: list[tuple[int, int]]) -> dict[int, list[int]]:
    by_length: dict[int, list[int]] = {}
    for start, length in runs:
        by_length.setdefault(length, []).append(start)
    return by_length


_BLANK_LINE = re.compile(r"\n[ \t]*(?=\r?\n)")


def _paragraph_end(breaks: list[int], offset: int) -> int:
    """Where the paragraph holding `offset` ends, from the sorted offsets of its text's blank
    lines (`breaks`): inline marks pair up within a paragraph only, as CommonMark has it, so a
    mark's meaning never depends on text paragraphs away."""
    i = bisect.bisect_left(breaks, offset)
    return breaks[i] if i < len(breaks) else 1 << 62


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the inline code spans: a run of backticks up to the next run of exactly as
    many in the same paragraph (what the regex (`+)(?!`).+?(?<!`)\\1(?!`) finds within one, in
    O(n log n) instead of O(n^2))."""
    runs = [(m.start(), m.end() - m.start()) for m in _BACKTICKS.finditer(text)]
    by_length = _runs_by_length(runs)
    breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
    cursor = 0
    for start, length in runs:
        if start < cursor:
            continue
        run_end = start + length
        limit = _paragraph_end(breaks, run_end)
        for skip in range(length):  # a shorter opener: the run without its first backticks
            want = length - skip
            starts = by_length.get(want, [])
            i = bisect.bisect_left(starts, run_end + 1)
            if i < len(starts) and starts[i] < limit:
                yield start + skip, starts[i] + want
                cursor = starts[i] + want
                break


def _emphasis(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end) of the opening and of the closing marks of each emphasis (*a*, __b__, ***c***):
    what (?<![\\w*])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*]) finds within a paragraph,
    without rescanning the rest of the text from every unclosed mark."""
    runs = [(m.start(), m.end() - m.start()) for m in _MARKS.finditer(text)]
    breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
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
            if i < len(found) and found[i] < _paragraph_end(breaks, start + k):
                yield start, start + k, found[i], found[i] + k
                cursor = found[i] + k
                break




@cache
def _block_parser() -> MarkdownIt:
    """markdown-it, made on first use: a run that reads no Markdown never imports it (a fifth of
    a cold start's imports)."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    parser.core.ruler.disable(["inline"])  # blocks only: their tokens carry line maps, inline ones do not
    return parser

_WHOLE_LINES = frozenset({"fence", "code_block", "hr"})
_LINE = re.compile(r"[^\n]*\n?")


def _blocks(text: str, chars: list[str], block_starts: list[int]) -> None:
    """Blank code blocks, thematic breaks, heading marks and setext underlines, and a table's
    delimiter row; a heading, a table's row and each of its cells start a block."""
    lines = [m.start() for m in _LINE.finditer(text)]  # the start of each line ("\r\n" ends one too)
    lines.append(len(text))

    def blank_lines(first: int, last: int) -> None:
        blank(chars, lines[first], lines[min(last, len(lines) - 1)])

    for token in _block_parser().parse(text):
        if token.map is None or token.nesting == -1:
            continue
        first, last = token.map
        if token.type in _WHOLE_LINES:
            blank_lines(first, last)
        elif token.type == "heading_open":
            block_starts.append(lines[first])
            if token.markup in ("=", "-"):
                blank_lines(last - 1, last)
            elif m := _ATX_MARKS.search(text, lines[first], lines[first + 1]):  # after any list or quote marks
                blank(chars, m.start(), m.end())
        elif token.type == "table_open":
            blank_lines(first + 1, first + 2)
            for line in range(first, min(last, len(lines) - 1)):  # each row and each cell a block of its
                # own: "| Pos | Player | Fed |" is no name run across its cells
                block_starts.append(lines[line])
                block_starts.extend(i + 1 for i in range(lines[line], lines[line + 1]) if text[i] == "|")


def mask(text: str) -> Masked:
    chars = start_chars(text)
    block_starts: list[int] = []
    blank_matches(chars, text, HTML_COMMENT, URL, _FRONT_MATTER, _REF_LINK_DEF)
    _blocks("".join(chars), chars, block_starts)
    for start, end in _code_spans("".join(chars)):
        blank(chars, start, end)
    blank_matches(chars, "".join(chars), _IMAGE)
    for m in _LINK.finditer("".join(chars)):
        blank(chars, m.start(), m.start(1))
        blank(chars, m.end(1), m.end())
    blank_matches(chars, "".join(chars), _HTML_TAG)
    for rx in (_BLOCKQUOTE, _LIST_MARKER):
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
