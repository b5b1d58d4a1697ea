"""Hover: a finding with the source sentences it cites; else what the sources state about the name,
figure, date or quote under the cursor, and where, with both versions where they disagree.

What a name refers to comes from the check's own resolution (see checks/resolution.py), so hover
speaks of the entity the findings were about.
"""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from copydesk.checks.resolution import Resolution, Stated
from copydesk.document import Document
from copydesk.factbase.model import Entity, Provenance
from copydesk.findings import Evidence, Finding
from copydesk.lsp.locations import lsp_range, where

MAX_PASSAGES = 2  # source passages quoted per side; the rest are counted


def _quote(text: str) -> str:
    return "> " + " ".join(text.split())


def _passage(evidence: Evidence, root: Path | None) -> list[str]:
    return ["", _quote(evidence.sentence or evidence.text), "", f"— {where(evidence, root)}"]


def _passages(provenances: list[Provenance], root: Path | None) -> list[str]:
    """The distinct source sentences, up to MAX_PASSAGES quoted with file and line, then a count."""
    seen: dict[tuple[str, str], Provenance] = {}
    for p in provenances:
        seen.setdefault((p.source, p.sentence or p.text), p)
    lines: list[str] = []
    for p in list(seen.values())[:MAX_PASSAGES]:
        lines += _passage(p.evidence(), root)
    if len(seen) > MAX_PASSAGES:
        lines += ["", f"({len(seen)} passages in all)"]
    return lines


def _count(provenances: list[Provenance]) -> str:
    n = len({p.source for p in provenances})
    return f"{n} source{'s' if n != 1 else ''}"


def finding_markdown(finding: Finding, root: Path | None) -> str:
    lines = [f"**copydesk** `{finding.rule}` ({finding.severity})", "", finding.message]
    for ev in finding.evidence:
        lines += _passage(ev, root)
    return "\n".join(lines)


def entity_markdown(entity: Entity, passages: list[Provenance], root: Path | None) -> str:
    """What the sources (and a facts file) say of an entity, and the `passages` that name it."""
    lines = [f"**{entity.name}** ({entity.kind}) — what the sources say ({_count(passages)})"]
    titles = sorted({t.text for t in entity.titles})
    if titles:
        lines += ["", "Titles: " + ", ".join(titles)]
    aliases = sorted(a for a in entity.aliases if a != entity.name)
    if aliases:
        lines += ["", "Also written: " + ", ".join(aliases)]
    if entity.gender:
        lines += ["", f"Gender: {entity.gender}"]
    return "\n".join(lines + _passages(passages, root))


def stated_markdown(stated: Stated, document: Document, root: Path | None) -> str:
    """What the sources state about a figure, date or quote: the passages that state it, and
    those that give it otherwise (both versions, where the sources disagree)."""
    m = stated.mention
    written = " ".join(document.text[m.start : m.end].split())
    head = f"**{stated.kind}** “{written}”"
    if stated.agreeing and stated.differing:
        lines = [f"{head} — the sources disagree", "", f"As the draft has it ({_count(stated.agreeing)}):"]
        lines += [*_passages(stated.agreeing, root), "", f"Otherwise ({_count(stated.differing)}):"]
        return "\n".join(lines + _passages(stated.differing, root))
    if stated.agreeing:
        return "\n".join([f"{head} — as the sources state it ({_count(stated.agreeing)})", *_passages(stated.agreeing, root)])
    return "\n".join([f"{head} — the sources give it otherwise ({_count(stated.differing)})",
                      *_passages(stated.differing, root)])


def _markdown(value: str, rng: types.Range | None = None) -> types.Hover:
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=value), range=rng)


def hover(findings: list[Finding], document: Document, resolution: Resolution | None, offset: int,
          root: Path | None) -> types.Hover | None:
    """Findings under the cursor first; else what the sources state about the mention there."""
    here = [f for f in findings if f.start <= offset <= f.end]
    if here:
        return _markdown("\n\n---\n\n".join(finding_markdown(f, root) for f in here),
                         lsp_range(document.range(here[0].start, here[0].end)))
    stated = resolution.stated_at(offset) if resolution is not None else None
    if stated is None:
        return None
    rng = lsp_range(document.range(stated.mention.start, stated.mention.end))
    if stated.entity is not None:
        return _markdown(entity_markdown(stated.entity, stated.provenances, root), rng)
    return _markdown(stated_markdown(stated, document, root), rng)
