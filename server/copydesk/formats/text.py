"""Plain text drafts: no markup but URLs and `<!-- -->` comments (the suppression comments)."""

from __future__ import annotations

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


def mask(text: str) -> Masked:
    chars = start_chars(text)
    blank_matches(chars, text, HTML_COMMENT, URL)
    return masked(text, chars, [])


FORMAT = Format("text", (".txt", ".text"), mask, CommentSyntax("<!--", "-->"), dateline_in_markup=True)
