"""reStructuredText drafts and sources.

Blanked: section over- and underlines and transitions, explicit markup (comments, directives
with their options, targets, substitution definitions, footnote and citation labels), the body
of directives that hold no prose (code, math, raw, images, includes) and of literal blocks
(after "::"), table borders and cell bars, list and field markers, and the inline marks of
emphasis, roles, literals and references (a reference keeps its words, not its target).

The suppression comment is a reST comment: `.. copydesk-disable-next-line RULE`, or
`.. copydesk-disable RULE` ... `.. copydesk-enable RULE` around a paragraph, which is what the
disable action writes: a comment is a block of its own in reST, never a line inside a paragraph.

The mask goes line by line, and its inline patterns cannot run past a line break or cross the
marks they stop at, so it stays linear in the text.
"""

from __future__ import annotations

import re

from copydesk.formats.base import (
    URL,
    CommentSyntax,
    Format,
    Masked,
    blank,
    blank_matches,
    masked,
    start_chars,
)

_ADORNMENT = re.compile(r"""([!-/:-@\[-`{-~])\1{2,}[ \t]*""")  # ===, ---, ~~~ ... alone on a line
_EXPLICIT = re.compile(r"\.\.(?:[ \t]+|$)")
_DIRECTIVE = re.compile(r"\.\.[ \t]+(?:\|[^|]+\|[ \t]+)?([A-Za-z][\w.+-]*)::")
_LABEL = re.compile(r"\.\.[ \t]+\[[^\]\s]+\][ \t]*")  # a footnote or citation: its text is prose
_FIELD = re.compile(r"[ \t]*:[^:\s][^:]*:(?=[ \t]|$)")
_BULLET = re.compile(r"[ \t]*(?:[-*+•]|\d{1,9}[.)]|\(\d{1,9}\)|\([A-Za-z]\)|#\.)(?=[ \t])")
_TABLE_BORDER = re.compile(r"[ \t]*\+(?:[-=]+\+)+[ \t]*")
_PROSELESS = frozenset({
    "code", "code-block", "sourcecode", "highlight", "literalinclude", "include", "raw", "math",
    "image", "figure", "csv-table", "list-table", "graphviz", "only", "ifconfig", "toctree",
    "automodule", "autoclass", "autofunction",
})
# Inline markup, each within one line: literals, roles (":role:`text`" keeps its text),
# references ("`words <target>`_" keeps the words), emphasis and substitution bars.
_LITERAL = re.compile(r"``[^`\n]+``")
_ROLE = re.compile(r":[A-Za-z][\w.+-]*:(?=`)")
_TARGET = re.compile(r"<[^<>`\n]+>(?=`)")
_BACKQUOTE = re.compile(r"`(?:__?)?")
_FOOTNOTE_REF = re.compile(r"[ \t]?\[(?:\d+|#[\w-]*|\*|[A-Za-z][\w-]*)\]_")
_REFERENCE_END = re.compile(r"(?<=\w)__?(?![\w])")
_STRONG = re.compile(r"(?<![\w*])\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?![\w*])")
_SUBSTITUTION = re.compile(r"(?<![\w|])\|(?=[^\s|][^|\n]*\|(?![\w|]))|(?<=[^\s|])\|(?![\w|])")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line without its break) of every line."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and out:
            break
        out.append((m.start(), m.group().rstrip("\r\n")))
    return out


def _mask_blocks(text: str, chars: list[str], block_starts: list[int]) -> None:
    """Blank the block markup, line by line (each line looked at once, so linear)."""
    lines = _lines(text)
    block_indent: int | None = None  # inside an explicit markup or literal block opened at this indent
    hide_body = False  # its body holds no prose (a comment, code, a literal block)
    in_options = False  # a directive's ":option: value" lines, right below it
    literal_from: int | None = None  # the indent of a paragraph that ended with "::"
    list_indent: int | None = None  # inside a list whose markers stand at this indent
    previous = ""
    for i, (start, line) in enumerate(lines):
        stripped, indent = line.strip(), _indent(line)
        after_blank = not previous.strip()
        previous = line
        if block_indent is not None and (not stripped or indent > block_indent):
            in_options = in_options and bool(stripped) and _FIELD.match(line) is not None
            if hide_body or in_options:
                blank(chars, start, start + len(line))
                continue
        elif block_indent is not None:
            block_indent, hide_body, in_options = None, False, False
        if literal_from is not None and stripped:
            if indent > literal_from:
                block_indent, hide_body, in_options = literal_from, True, False
                blank(chars, start, start + len(line))
                literal_from = None
                continue
            literal_from = None
        if _ADORNMENT.fullmatch(stripped) or _TABLE_BORDER.fullmatch(line):
            blank(chars, start, start + len(line))
            if i + 1 < len(lines):
                block_starts.append(lines[i + 1][0])
            continue
        body = line[indent:]
        if body.startswith(".."):
            label = _LABEL.match(body)
            if label:
                blank(chars, start + indent, start + indent + label.end())
                block_starts.append(start)
                continue
            directive = _DIRECTIVE.match(body)
            if directive or _EXPLICIT.match(body):
                blank(chars, start, start + len(line))
                block_starts.append(start)
                if not directive and body.rstrip() == "..":  # an empty comment holds nothing below it
                    continue
                block_indent, in_options = indent, directive is not None
                hide_body = directive is None or directive.group(1).lower() in _PROSELESS
                continue
        if body.startswith("|"):  # a grid table row (every bar) or a line block (its first bar)
            bars = [start + j for j, ch in enumerate(line) if ch == "|"] if body.rstrip().endswith("|") else [start + indent]
            for j in bars:
                chars[j] = " "
            block_starts.append(start)
        field = _FIELD.match(line)
        if field and (after_blank or _FIELD.match(lines[i - 1][1])):
            blank(chars, start, start + field.end())
            block_starts.append(start)
        if list_indent is not None and stripped and indent < list_indent:
            list_indent = None
        bullet = _BULLET.match(line)
        if bullet and (after_blank or list_indent is not None):
            blank(chars, start, start + bullet.end())
            block_starts.append(start)
            list_indent = indent
        if stripped.endswith("::"):
            end = start + len(line.rstrip())
            bare = stripped == "::" or line.rstrip()[-3:-2].isspace()  # "text ::" or "::": both colons go
            blank(chars, end - (2 if bare else 1), end)
            literal_from = indent


def mask(text: str) -> Masked:
    chars = start_chars(text)
    block_starts: list[int] = []
    _mask_blocks(text, chars, block_starts)
    prose = "".join(chars)
    blank_matches(chars, prose, _LITERAL, URL)
    prose = "".join(chars)
    blank_matches(chars, prose, _ROLE, _TARGET, _FOOTNOTE_REF)
    prose = "".join(chars)
    blank_matches(chars, prose, _BACKQUOTE, _REFERENCE_END, _STRONG, _SUBSTITUTION)
    return masked(text, chars, block_starts)


FORMAT = Format("rst", (".rst", ".rest"), mask, CommentSyntax("..", own_block=True))
