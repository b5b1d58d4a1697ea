"""What a draft format is, and the masking steps several formats share.

A format turns its text into prose of the same length: markup becomes spaces (line breaks
stay), so an offset into the prose is an offset into the file. It also says how a suppression
comment is written in it, for reading (`CommentSyntax.directives`) and for writing (the
disable-line code action, `CommentSyntax.disable_next_line`): both come from one description,
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
    (`<!--`, `-->`), or an `opener` at the start of a line that the line's end closes (`..`)."""

    opener: str
    closer: str = ""
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

    def disable_next_line(self, rule: str) -> str:
        """The comment, on a line of its own, that turns `rule` off for the line below it."""
        return " ".join(part for part in (self.opener, f"copydesk-disable-next-line {rule}", self.closer) if part)


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
