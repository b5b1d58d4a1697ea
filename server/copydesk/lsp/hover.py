"""Hover: a finding with its evidence, or what the sources say about the name under the cursor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lsprotocol import types

from copydesk.document import Document, Token
from copydesk.findings import Finding
from copydesk.lsp.locations import lsp_range, source_document, source_path

MAX_MENTIONS = 2


def _where(source: str, start: int, rng: Any, root: Path | None) -> str:
    """`file.txt:LINE` for a span of a source."""
    path = source_path(source, root)
    if rng is not None:
        line = rng.start_line + 1
    else:
        doc = source_document(path)
        line = doc.line_of(start) + 1 if doc is not None else None
    return f"{path.name}:{line}" if line else path.name


def _quote(text: str) -> str:
    return "> " + " ".join(text.split()).replace("\n", " ")


def finding_markdown(finding: Finding, root: Path | None) -> str:
    lines = [f"**copydesk** `{finding.rule}` ({finding.severity})", "", finding.message]
    for ev in finding.evidence:
        lines += ["", _quote(ev.sentence or ev.text), "", f"— {_where(ev.source, ev.start, ev.range, root)}"]
    return "\n".join(lines)


def _name_candidates(document: Document, offset: int) -> list[tuple[int, int]]:
    """Spans of the word or capitalized phrase under `offset`, longest first."""
    tokens = document.tokens
    at = next((t for t in tokens if t.kind == "word" and t.start <= offset <= t.end), None)
    if at is None:
        return []

    def joined(a: Token, b: Token) -> bool:
        gap = document.text[a.end : b.start]
        return a.sentence == b.sentence and b.index == a.index + 1 and gap.strip() == "" and "\n\n" not in gap

    first = last = at.index
    if at.is_capitalized:
        while first > 0 and tokens[first - 1].is_capitalized and joined(tokens[first - 1], tokens[first]):
            first -= 1
        while last + 1 < len(tokens) and tokens[last + 1].is_capitalized and joined(tokens[last], tokens[last + 1]):
            last += 1
    spans = [
        (tokens[i].start, tokens[j].bare_end)
        for i in range(first, at.index + 1)
        for j in range(last, at.index - 1, -1)
    ]
    spans.sort(key=lambda s: s[0] - s[1])
    return spans


def entity_at(kb: Any, document: Document, offset: int) -> Any | None:
    """The fact-base entity named by the word or phrase under the cursor, if any."""
    lookup = getattr(kb, "entity_for_name", None)
    if lookup is None:
        return None
    for start, end in _name_candidates(document, offset):
        try:
            entity = lookup(document.text[start:end])
        except Exception:
            entity = None
        if entity is not None:
            return entity
    return None


def entity_markdown(entity: Any, root: Path | None) -> str:
    name = getattr(entity, "name", str(entity))
    kind = getattr(entity, "kind", "")
    lines = [f"**{name}**" + (f" ({kind})" if kind else "") + " — what the sources say"]
    titles = sorted({getattr(t, "text", str(t)) for t in getattr(entity, "titles", []) or []})
    if titles:
        lines += ["", "Titles: " + ", ".join(titles)]
    aliases = sorted(a for a in (getattr(entity, "aliases", None) or {}) if a != name)
    if aliases:
        lines += ["", "Also written: " + ", ".join(aliases)]
    gender = getattr(entity, "gender", None)
    if gender:
        lines += ["", f"Gender: {gender}"]
    mentions = list(getattr(entity, "mentions", []) or [])
    for prov in mentions[:MAX_MENTIONS]:
        where = _where(prov.source, prov.start, getattr(prov, "range", None), root)
        lines += ["", _quote(getattr(prov, "sentence", "") or prov.text), "", f"— {where}"]
    if len(mentions) > MAX_MENTIONS:
        lines += ["", f"({len(mentions)} mentions in all)"]
    return "\n".join(lines)


def hover(findings: list[Finding], document: Document, kb: Any, offset: int, root: Path | None) -> types.Hover | None:
    """Findings under the cursor first; else the fact-base entity named there."""
    here = [f for f in findings if f.start <= offset <= f.end]
    if here:
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(finding_markdown(f, root) for f in here)
            ),
            range=lsp_range(document.range(here[0].start, here[0].end)),
        )
    entity = entity_at(kb, document, offset)
    if entity is None:
        return None
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=entity_markdown(entity, root)))
