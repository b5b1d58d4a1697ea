"""HTML drafts and sources, as a newsroom CMS exports them.

Tags, comments, `<!DOCTYPE>`, CDATA and the content of `<script>`, `<style>`, `<template>`,
`<pre>` and `<code>` are blanked. A block tag (`<p>`, `<br>`, headings, list items, table
cells...) becomes a paragraph break: its first two characters turn into line breaks, so the
sentences, paragraphs and headlines read as they do in a text file with blank lines.

Character references (`&amp;`, `&rsquo;`, `&#233;`, `&nbsp;`) are longer than the character
they stand for, and the prose must keep the file's length. The scheme keeps words whole for the
tokenizer and every word's first character where it is in the file:

* a reference glued to what comes before it ("Velmora&rsquo;s", "Jos&eacute;", "said.&rdquo;")
  is written right after it, and the rest of that word slides left to join it; the spaces the
  reference saved come at the end of the word ("Velmora’s      ");
* any other reference ("&ldquo;Ada", "&pound;5") is written at its own end, right against what
  follows, with the spaces before it ("      “Ada");
* a reference to a space (`&nbsp;`, `&thinsp;`) is all spaces.

So a finding on a word with a reference inside starts where the word starts in the file and
may end a few characters early; every other word's offsets are exact.

Every pattern is linear: tags and references cannot contain "<" or ">", and an unclosed
comment or `<script>` is blanked to the end of the file, so no opening is scanned twice.
"""

from __future__ import annotations

import html
import re
import unicodedata

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

_HIDDEN = re.compile(r"<(script|style|template|pre|code)\b[^<>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I)
_DECLARATION = re.compile(r"<!(?!--)[^<>]*>|<\?[^<>]*>|<!\[CDATA\[.*?(?:\]\]>|\Z)", re.S)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?![A-Za-z0-9-])[^<>]*>")
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
_REFERENCE = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_RUN = re.compile(r"\S+")
_PIECE = re.compile(_REFERENCE + r"|.", re.S)
_WORD_LINK = "'’-\u2010\u2011"  # characters inside a word: "Velmora’s", "Saint-Ives"


def _decoded(reference: str) -> str:
    """The character a reference stands for; a space for any kind of space; the reference
    itself (left as text) when it names nothing or stands for more than one character."""
    char = html.unescape(reference)
    if len(char) != 1:
        return reference
    return " " if char.isspace() or unicodedata.category(char) in ("Zs", "Cc", "Cf") else char


def _continues_word(char: str) -> bool:
    return char.isalnum() or char in _WORD_LINK


def _write_run(run: str) -> str:
    """A run of text with references, written as the module docstring says (same length)."""
    out: list[str] = []
    last = " "  # the last character written that is not padding
    owed = 0  # spaces saved by references inside the word being written, due at its end
    for m in _PIECE.finditer(run):
        piece = m.group()
        char = _decoded(piece) if len(piece) > 1 else piece
        if len(char) != 1:  # a reference to nothing: left as it is
            out.append(piece)
            last = piece[-1]
        elif char == " ":
            out.append(" " * (owed + len(piece)))
            owed, last = 0, " "
        elif len(piece) == 1 or last != " ":
            if owed and char.isalnum() and not _continues_word(last):
                out.append(" " * owed)  # a new word after punctuation starts where it does in the file
                owed = 0
            out.append(char)
            owed += len(piece) - 1
            last = char
        else:
            out.append(" " * (owed + len(piece) - 1) + char)
            owed, last = 0, char
    out.append(" " * owed)
    return "".join(out)


def mask(text: str) -> Masked:
    chars = start_chars(text)
    blank_matches(chars, text, HTML_COMMENT)
    blank_matches(chars, "".join(chars), _HIDDEN, _DECLARATION)
    block_starts: list[int] = []
    for m in _TAG.finditer("".join(chars)):
        blank(chars, m.start(), m.end())
        if m.group(1).lower() in _BLOCK_TAGS:
            chars[m.start()] = chars[m.start() + 1] = "\n"  # a tag is at least three characters
            block_starts.append(m.end())
    blank_matches(chars, "".join(chars), URL)
    prose = "".join(chars)
    for m in _RUN.finditer(prose):
        if "&" in m.group():
            chars[m.start() : m.end()] = _write_run(m.group())
    return masked(text, chars, block_starts)


FORMAT = Format("html", (".html", ".htm", ".xhtml"), mask, CommentSyntax("<!--", "-->"))
