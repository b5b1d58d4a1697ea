"""The draft formats, and the one answer to "which format is this path".

The CLI (which files of a folder are drafts), the language server (which files it watches and
checks), the source loader (which files of a folder are sources) and `Document` (how to mask a
text) all ask this registry. A new format is one module here with a `FORMAT`, listed in `_LISTED`
(with a function that imports it).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from copydesk.formats import text
from copydesk.formats.base import CommentSyntax, Format, Masked

__all__ = ["FORMATS", "SUFFIXES", "CommentSyntax", "Format", "Masked", "by_name", "format_of", "is_draft", "suffix_glob"]


def _markdown() -> Format:
    from copydesk.formats import markdown

    return markdown.FORMAT


def _html() -> Format:
    from copydesk.formats import html

    return html.FORMAT


def _rst() -> Format:
    from copydesk.formats import rst

    return rst.FORMAT


# Each format's name, module (imported by its function) and suffixes (its FORMAT's, which a test
# keeps equal), so that a module is imported only once a file of its format is read: a `copydesk
# check` of plain-text drafts never imports the HTML, Markdown and reStructuredText maskers (~5 ms
# of a cold start).
_LISTED: tuple[tuple[str, Callable[[], Format], tuple[str, ...]], ...] = (
    ("text", lambda: text.FORMAT, (".txt", ".text")),
    ("markdown", _markdown, (".md", ".markdown", ".mdown", ".mkd")),
    ("html", _html, (".html", ".htm", ".xhtml")),
    ("rst", _rst, (".rst", ".rest")),
)
_NAME_BY_SUFFIX = {suffix: name for name, _, suffixes in _LISTED for suffix in suffixes}
_LOADERS = {name: load for name, load, _ in _LISTED}
_LOADED: dict[str, Format] = {"text": text.FORMAT}
SUFFIXES: tuple[str, ...] = tuple(_NAME_BY_SUFFIX)


def __getattr__(name: str) -> tuple[Format, ...]:
    """`FORMATS`, every format (importing them all), for what lists them."""
    if name == "FORMATS":
        return tuple(by_name(n) for n, _, _ in _LISTED)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def format_of(path: str | Path | None) -> Format:
    """The format a path's suffix names; plain text for no path or a suffix no format claims
    (a file named on the command line is checked whatever its name)."""
    if path is None:
        return text.FORMAT
    name = _NAME_BY_SUFFIX.get(Path(str(path)).suffix.lower())
    return text.FORMAT if name is None else by_name(name)


def is_draft(path: str | Path) -> bool:
    """Whether a file found in a folder is a draft or source copydesk reads (by its suffix)."""
    return os.path.splitext(path)[1].lower() in _NAME_BY_SUFFIX  # (not Path(...).suffix: a new Path a file, 10,000 a check)


def by_name(name: str) -> Format:
    """The format called `name` (KeyError for none), its module imported on first use."""
    found = _LOADED.get(name)
    if found is None:
        found = _LOADED[name] = _LOADERS[name]()
    return found


def suffix_glob(*more: str) -> str:
    """A glob for every suffix (and the `more` ones), as a file watcher takes it: `**/*.{txt,md,...}`."""
    return "**/*.{" + ",".join([*(s.lstrip(".") for s in SUFFIXES), *(m.lstrip(".") for m in more)]) + "}"
