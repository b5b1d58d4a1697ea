"""Completion: the people, organizations, places and titles the sources know, with how many
sources name them, offered as the reporter types a capitalised word ("Marta V" -> "Marta Velez").

Only a capitalised word asks for it: inside an ordinary lower-case word nothing is offered, so
the editor's own word completion is left alone.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from lsprotocol import types

from copydesk.checks.context import of_sources
from copydesk.document import WORD_RE, Document
from copydesk.factbase.query import FactBase

KINDS = {
    "person": types.CompletionItemKind.Reference,
    "organization": types.CompletionItemKind.Module,
    "place": types.CompletionItemKind.Folder,
    "title": types.CompletionItemKind.Keyword,
}
# Typing a capital letter asks for completion even where an editor offers none by itself (VS Code
# in Markdown); the items then narrow as the word goes on, and go when nothing known begins so.
TRIGGER_CHARACTERS = list(string.ascii_uppercase)
MAX_ITEMS = 100
MAX_PREFIX_WORDS = 4  # "Velmoran Defense Minister Ada" is as long a typed name as completion reads


@dataclass(frozen=True)
class Known:
    """One completable name: as written, what it names, and how many sources write it."""

    text: str
    kind: str  # a KINDS key
    names: str  # the entity it belongs to ("Marta Velez" for "Velez", "Defense Minister")
    sources: int


def known_names(kb: FactBase) -> list[Known]:
    """Everything completion offers from a fact base, most sourced first (computed once per fact base)."""
    return of_sources(kb, ("completion",), lambda: _known_names(kb.whole))


def _known_names(kb: FactBase) -> list[Known]:
    found: dict[str, Known] = {}

    def add(text: str, kind: str, names: str, sources: set[str]) -> None:
        if text[:1].isupper() and (text not in found or found[text].sources < len(sources)):
            found[text] = Known(text, kind, names, len(sources))

    for entity in kb.entities:
        if entity.kind not in KINDS:
            continue
        # the sources that name it, and a facts file that does (an entity only a facts file knows)
        sources = {p.source for p in entity.mentions} | {p.source for ps in entity.aliases.values() for p in ps}
        add(entity.name, entity.kind, entity.name, sources)
        for alias, provenances in entity.aliases.items():
            add(alias, entity.kind, entity.name, {p.source for p in provenances} or sources)
        by_title: dict[str, set[str]] = {}
        for title in entity.titles:
            if title.provenance is not None:
                by_title.setdefault(title.text, set()).add(title.provenance.source)
        for text, title_sources in by_title.items():
            add(text, "title", entity.name, title_sources)
    return sorted(found.values(), key=lambda k: (-k.sources, k.text))


def typed_prefix(line: str, character: int) -> tuple[int, str] | None:
    """The capitalised words typed before the cursor on `line` (UTF-16 `character`): their
    start column and text, or None where the word at the cursor is not capitalised."""
    line_doc = Document(line)
    before = line[: line_doc.offset(0, character)]
    words = list(WORD_RE.finditer(before))
    if not words or words[-1].end() != len(before) or not words[-1].group()[0].isupper():
        return None
    first = len(words) - 1
    while (first > 0 and len(words) - first < MAX_PREFIX_WORDS and words[first - 1].group()[0].isupper()
           and before[words[first - 1].end() : words[first].start()] == " "):
        first -= 1
    start = words[first].start()
    return line_doc.position(start)[1], before[start:]


def completions(kb: FactBase, line: str, line_number: int, character: int) -> list[types.CompletionItem]:
    """The known names that continue the capitalised words before the cursor: the longest typed
    run that begins some known name ("Marta V"), else a shorter one ("V")."""
    typed = typed_prefix(line, character)
    if typed is None:
        return []
    column, prefix = typed
    names = known_names(kb)
    words = prefix.split(" ")
    for i in range(len(words)):
        tail = " ".join(words[i:]).casefold()
        matching = [k for k in names if k.text.casefold().startswith(tail) and k.text.casefold() != tail]
        if matching:
            start = column + len(" ".join(words[:i]).encode("utf-16-le")) // 2 + (1 if i else 0)
            rng = types.Range(start=types.Position(line_number, start), end=types.Position(line_number, character))
            return [_item(k, rng, rank) for rank, k in enumerate(matching[:MAX_ITEMS])]
    return []


def _item(known: Known, rng: types.Range, rank: int) -> types.CompletionItem:
    count = f"{known.sources} source{'s' if known.sources != 1 else ''}"
    what = known.kind if known.names == known.text else f"{known.kind} of {known.names}" if known.kind == "title" \
        else f"{known.kind}: {known.names}"
    return types.CompletionItem(
        label=known.text,
        kind=KINDS[known.kind],
        detail=f"{what} · {count}",
        sort_text=f"{rank:04d}",
        filter_text=known.text,
        text_edit=types.TextEdit(range=rng, new_text=known.text),
    )
