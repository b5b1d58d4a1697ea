"""Plain text drafts: no markup but URLs and `<!-- -->` comments (the suppression comments); a
bulleted or numbered line is a block of its own, as a Markdown list item is, and so are a form's
"Label: value" lines and a table's rows and cells, spaced out or set off by "|" (a name never runs
from one field or cell into the next)."""

from __future__ import annotations

import re

from copydesk.formats.base import (
    HTML_COMMENT,
    URL,
    CommentSyntax,
    Format,
    Masked,
    blank_matches,
    masked,
    start_chars,
)

# a list item's line: "- Abstentions: 17", "* Votes for: 291", "2) ..."; its first word opens a block
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+(?=\S)", re.M)


# a form's field: "Date: 22 June", "No / Driver:   27"; a line of a form when a line beside it is one too
_FORM_FIELD = re.compile(r"^[ \t]*[A-Z][\w'’/-]*(?:[ \t]+[\w'’/-]+){0,3}[ \t]*:[ \t]+(?=\S)", re.M)
# the gap between a table's columns inside a line: a tab, three spaces or more, or two not after a
# sentence's end ("ended.  The")
_CELL_GAP = re.compile(r"(?<=\S)(?:\t|[ ]{3,}|(?<![.!?:;\"”’)])[ ]{2})[ \t]*(?=\S)")
_PIPE = re.compile(r"\|[ \t]*(?=\S)")  # a cell of a row written "Name | Address | Rating"
_SHORT_LINE_WORDS = 5  # three lines or more this short are a list ("Stewards:", then a name a line)


def mask(text: str) -> Masked:
    chars = start_chars(text)
    blank_matches(chars, text, HTML_COMMENT, URL)
    return masked(text, chars, [m.start() for m in _LIST_ITEM.finditer(text)] + _form_and_table_blocks(text))


def _form_and_table_blocks(text: str) -> list[int]:
    """Where a form's fields, a table's rows and cells, and a list's short lines begin. A field line
    counts only beside another field line (one "Note: ..." line in running prose is prose). One
    pass over the lines: a 1 MB line costs what 1 MB of lines does."""
    fields = {m.start(): text.find("\n", m.start()) for m in _FORM_FIELD.finditer(text)}
    line_ends = set(fields.values())
    starts = [s for s, end in fields.items() if (end != -1 and end + 1 in fields) or s - 1 in line_ends]
    run: list[int] = []  # the starts of the lines of the paragraph being read, while they are short
    short = True
    at = 0
    for line in [*text.split("\n"), ""]:
        if line.count("|") >= 2:
            gaps = [at + m.end() for m in _PIPE.finditer(line)]
        elif "\t" in line or "  " in line:  # (a cell's gap is a tab or two spaces at least)
            gaps = [at + m.end() for m in _CELL_GAP.finditer(line)]
        else:
            gaps = []
        if gaps:
            starts += [at, *gaps]  # a table's row, and each cell after the first
        if not line.strip():
            if short and len(run) >= 3:
                starts += run
            run, short = [], True
        else:
            run.append(at)
            short = short and len(line.split()) <= _SHORT_LINE_WORDS
        at += len(line) + 1
    return starts


FORMAT = Format("text", (".txt", ".text"), mask, CommentSyntax("<!--", "-->"), dateline_in_markup=True)
