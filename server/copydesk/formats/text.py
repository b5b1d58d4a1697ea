"""Plain text drafts: no markup but URLs and `<!-- -->` comments (the suppression comments); a
bulleted or numbered line is a block of its own, as a Markdown list item is."""

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


def mask(text: str) -> Masked:
    chars = start_chars(text)
    blank_matches(chars, text, HTML_COMMENT, URL)
    return masked(text, chars, [m.start() for m in _LIST_ITEM.finditer(text)])


FORMAT = Format("text", (".txt", ".text"), mask, CommentSyntax("<!--", "-->"), dateline_in_markup=True)
