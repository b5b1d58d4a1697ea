"""The draft formats, and the one answer to "which format is this path".

The CLI (which files of a folder are drafts), the language server (which files it watches and
checks), the source loader (which files of a folder are sources) and `Document` (how to mask a
text) all ask this registry. A new format is one module here with a `FORMAT`, listed below.
"""

from __future__ import annotations

import os
from pathlib import Path

from copydesk.formats import html, markdown, rst, text
from copydesk.formats.base import CommentSyntax, Format, Masked

__all__ = ["FORMATS", "SUFFIXES", "CommentSyntax", "Format", "Masked", "by_name", "format_of", "is_draft", "suffix_glob"]

FORMATS: tuple[Format, ...] = (text.FORMAT, markdown.FORMAT, html.FORMAT, rst.FORMAT)
_BY_SUFFIX = {suffix: fmt for fmt in FORMATS for suffix in fmt.suffixes}
_BY_NAME = {fmt.name: fmt for fmt in FORMATS}
SUFFIXES: tuple[str, ...] = tuple(_BY_SUFFIX)


def format_of(path: str | Path | None) -> Format:
    """The format a path's suffix names; plain text for no path or a suffix no format claims
    (a file named on the command line is checked whatever its name)."""
    if path is None:
        return text.FORMAT
    return _BY_SUFFIX.get(Path(str(path)).suffix.lower(), text.FORMAT)


def is_draft(path: str | Path) -> bool:
    """Whether a file found in a folder is a draft or source copydesk reads (by its suffix)."""
    return os.path.splitext(path)[1].lower() in _BY_SUFFIX  # (not Path(...).suffix: a new Path a file, 10,000 a check)


def by_name(name: str) -> Format:
    """The format called `name` (KeyError for none)."""
    return _BY_NAME[name]


def suffix_glob(*more: str) -> str:
    """A glob for every suffix (and the `more` ones), as a file watcher takes it: `**/*.{txt,md,...}`."""
    return "**/*.{" + ",".join([*(s.lstrip(".") for s in SUFFIXES), *(m.lstrip(".") for m in more)]) + "}"
