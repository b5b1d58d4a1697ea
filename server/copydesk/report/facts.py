"""`copydesk facts`: what copydesk believes, grouped and short (text), or everything (json)."""

from __future__ import annotations

import json
from pathlib import Path

from copydesk.factbase.conflicts import find_conflicts
from copydesk.factbase.export import summary_counts, to_json
from copydesk.factbase.model import Provenance
from copydesk.factbase.query import FactBase

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _where(p: Provenance | None) -> str:
    if p is None:
        return ""
    line = f":{p.line}" if p.line is not None else ""
    return f"{Path(p.source).name}{line}"


def render(kb: FactBase, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(to_json(kb), ensure_ascii=False, indent=1) + "\n"
    out: list[str] = []
    conflicts = list(find_conflicts(kb))
    s = {**summary_counts(kb), "conflicts": len(conflicts)}
    out.append(f"{s['sources']} sources: {s['people']} people, {s['organizations']} organizations, {s['places']} places, "
               f"{s['dates']} dates, {s['numbers']} numbers, {s['quotes']} quotes, {s['conflicts']} conflicts")
    for kind, heading in (("person", "People"), ("organization", "Organizations"), ("place", "Places"),
                          ("nationality", "Nationalities"), ("thing", "Other names")):
        group = sorted((e for e in kb.entities if e.kind == kind), key=lambda e: -len(e.mentions))
        if not group:
            continue
        out.append(f"\n{heading}")
        for e in group:
            bits = []
            aliases = sorted(a for a in e.aliases if a != e.name)
            if aliases:
                bits.append("also " + ", ".join(aliases))
            titles = sorted({t.text for t in e.titles})
            if titles:
                bits.append("; ".join(titles))
            if e.gender:
                bits.append(e.gender)
            bits.append(f"{len(e.mentions)} mentions")
            first = e.mentions[0] if e.mentions else None
            out.append(f"  {e.name} ({', '.join(bits)})  [{_where(first)}]")
    if kb.dates:
        out.append("\nDates")
        for d in kb.dates:
            when = d.date.isoformat() if d.date else (_WEEKDAYS[d.weekday] if d.weekday is not None else str(d.year or ""))
            out.append(f"  {when}: {d.text!r} — {d.provenance.sentence[:90]}  [{_where(d.provenance)}]")
    if kb.numbers:
        out.append("\nNumbers")
        for n in kb.numbers:
            out.append(f"  {n.text}  [{_where(n.provenance)}]")
    if kb.quotes:
        out.append("\nQuotes")
        for q in kb.quotes:
            who = kb.entities[q.speaker_id].name if q.speaker_id is not None else (q.speaker_text or "?")
            text = q.text if len(q.text) <= 90 else q.text[:87] + "..."
            out.append(f"  {who}: “{text}”  [{_where(q.provenance)}]")
    if conflicts:
        out.append("\nConflicts")
        for c in conflicts:
            out.append(f"  {c.kind}: {c.description}  [{', '.join(_where(p) for p in c.provenances)}]")
    return "\n".join(out) + "\n"
