"""What a draft format is, and the masking steps several formats share.

A format turns its text into prose of the same length: markup becomes spaces (line breaks
stay), so an offset into the prose is an offset into the file. It also says how a suppression
comment is written in it, for reading (`CommentSyntax.directives`) and for writing (the
disable-line code action, `CommentSyntax.disable_insertions`): both come from one description,
so what the action writes is what the checks read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

DIRECTIVE_ACTIONS = ("disable-next-line", "disable", "enable")

URL = re.compile(r"<?\b(?:https?://|www\.)[^\s<>()\[\]]+>?")
HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)


class Masked(NamedTuple):
    """A text's prose (same length, markup blanked) and the offsets where a new block begins, so
    a sentence never runs from one block (heading, list item, paragraph tag) into the next."""

    prose: str
    block_starts: list[int]


@dataclass(frozen=True)
class CommentSyntax:
    """How a format writes a `copydesk-...` suppression comment: `opener` and `closer` around it
    (`<!--`, `-->`), or an `opener` at the start of a line that the line's end closes (`..`).

    A comment that must be a block of its own (`own_block`: reST, where ".." inside a paragraph
    is text, and a comment right above a paragraph line is a markup error) cannot sit above any
    line: there the disable action wraps the finding's paragraph in `disable` ... `enable`."""

    opener: str
    closer: str = ""
    own_block: bool = False
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        actions = "|".join(DIRECTIVE_ACTIONS)
        if self.closer:
            body = rf"{re.escape(self.opener)}\s*copydesk-({actions})\b(.*?){re.escape(self.closer)}"
            pattern = re.compile(body, re.S)
        else:
            pattern = re.compile(rf"^[ \t]*{re.escape(self.opener)}[ \t]+copydesk-({actions})\b([^\r\n]*)", re.M)
        object.__setattr__(self, "pattern", pattern)

    def directives(self, text: str) -> Iterator[tuple[str, tuple[str, ...], int]]:
        """(action, rule ids, offset of the comment) of each suppression comment in `text`."""
        for m in self.pattern.finditer(text):
            rules = tuple(r for r in re.split(r"[\s,]+", m.group(2).strip()) if r)
            yield m.group(1), rules, m.start()

    def comment(self, action: str, rule: str) -> str:
        """The comment `copydesk-ACTION RULE` in this syntax."""
        return " ".join(part for part in (self.opener, f"copydesk-{action} {rule}", self.closer) if part)

    @property
    def disable_scope(self) -> str:
        """What the disable action turns the rule off for."""
        return "in this paragraph" if self.own_block else "on this line"

    def disable_insertions(self, text: str, offset: int, rule: str) -> list[tuple[int, str]]:
        """(offset, text to insert there) that turn `rule` off for the line at `offset` (for its
        paragraph, with `own_block`), each comment indented as that line is."""
        newline = "\r\n" if "\r\n" in text else "\n"
        line_start = text.rfind("\n", 0, offset) + 1
        if not self.own_block:
            return [(line_start, _indent_at(text, line_start) + self.comment("disable-next-line", rule) + newline)]
        first = line_start
        while first > 0:
            previous = text.rfind("\n", 0, first - 1) + 1
            if not text[previous:first].strip():
                break
            first = previous
        end = text.find("\n", offset)
        while end != -1 and end + 1 < len(text):
            following = text.find("\n", end + 1)
            if not text[end + 1 : following if following != -1 else len(text)].strip():
                break
            end = following
        indent = _indent_at(text, first)
        closing = f"{newline}{indent}{self.comment('enable', rule)}{newline}"
        after = len(text) if end == -1 else end + 1
        return [(first, f"{indent}{self.comment('disable', rule)}{newline}{newline}"),
                (after, (newline if end == -1 else "") + closing)]


def _indent_at(text: str, line_start: int) -> str:
    """The spaces and tabs that open the line starting at `line_start`."""
    end = text.find("\n", line_start)
    line = text[line_start : len(text) if end == -1 else end]
    return line[: len(line) - len(line.lstrip(" \t"))]


@dataclass(frozen=True)
class Format:
    """One draft format: its name, the suffixes that select it, its masking and its comments."""

    name: str
    suffixes: tuple[str, ...]
    mask: Callable[[str], Masked]
    comments: CommentSyntax
    # Read the dateline from the file's text (Markdown's front matter, which the mask hides),
    # or from the prose (where an HTML or reST dateline is, once its tags are gone).
    dateline_in_markup: bool = False


def blank(chars: list[str], start: int, end: int) -> None:
    """Spaces over chars[start:end], line breaks kept."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def blank_matches(chars: list[str], text: str, *patterns: re.Pattern[str]) -> None:
    """Blank every match of each pattern in `text`."""
    for rx in patterns:
        for m in rx.finditer(text):
            blank(chars, m.start(), m.end())


def start_chars(text: str) -> list[str]:
    """The text as a list to blank in place, its byte-order mark already blanked."""
    chars = list(text)
    if text.startswith("\ufeff"):
        chars[0] = " "
    return chars


def masked(text: str, chars: list[str], block_starts: list[int] | set[int]) -> Masked:
    """The result of a mask; the text itself (one string) where nothing was blanked."""
    prose = "".join(chars)
    return Masked(text if prose == text else prose, sorted(set(block_starts)))
