"""`copydesk facts`: what copydesk believes, grouped and short (text), or everything (json)."""

from __future__ import annotations

import json
from pathlib import Path

from copydesk.factbase.conflicts import find_conflicts
from copydesk.factbase.export import summary_counts, to_json, written_dates
from copydesk.factbase.model import DateFact, Entity, NumberFact, Provenance
from copydesk.factbase.query import FactBase

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
CONTEXT = 45  # characters of the sentence shown either side of a date or a figure
QUOTE_WIDTH = 90


def _where(p: Provenance | None) -> str:
    """`file:line` of a fact: a span of a source, or an entry of a facts file."""
    if p is None:
        return ""
    name = Path(p.source).name
    return f"{name}:{p.line}" if p.line is not None else name


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _context(p: Provenance) -> str:
    """The words around a fact in its sentence (after any dateline): what the date or figure is of."""
    doc = p.document
    if doc is None:
        return p.sentence
    sentence = doc.sentence_at(p.start)
    first, last = (sentence.start, sentence.end) if sentence else (p.start, p.end)
    if doc.dateline and first <= doc.dateline.end <= p.start:
        first = doc.dateline.end
    start, end = max(first, p.start - CONTEXT), min(last, p.end + CONTEXT)
    while start > first and not doc.text[start - 1].isspace():
        start += 1
    while end < last and not doc.text[end].isspace():
        end -= 1
    text = " ".join(doc.text[start:end].split()).strip(" —-–,;:")
    return ("…" if start > first else "") + text + ("…" if end < last else "")


def _date_label(d: DateFact) -> str:
    """The date a source gives, as full as it gives it: "2030-03-05 (Tuesday)", "Tuesday", "March 5"."""
    if d.date:
        return f"{d.date.isoformat()} ({_WEEKDAYS[d.date.weekday()]})"
    parts = [_WEEKDAYS[d.weekday]] if d.weekday is not None else []
    if d.month:
        parts.append(f"{_MONTHS[d.month - 1]} {d.day}" if d.day else _MONTHS[d.month - 1])
    if d.year:
        parts.append(str(d.year))
    return " ".join(parts) or d.text


def _number_label(n: NumberFact) -> str:
    """A figure's value and what it counts: "12 × boat (patrol)"."""
    value = f"{n.value:,.0f}" if float(n.value).is_integer() else f"{n.value:,g}"
    noun = f" × {n.unit}" if n.unit else ""
    kinds = [m for m in n.modifiers if m.isalpha()]
    return value + noun + (f" ({' '.join(kinds)})" if kinds else "")


def _entity_line(e: Entity) -> str:
    bits = []
    aliases = sorted(a for a in e.aliases if a != e.name)
    if aliases:
        bits.append("also " + ", ".join(aliases))
    titles: dict[str, str] = {}
    for t in e.titles:
        titles.setdefault(t.text.casefold(), t.text)  # "Defense Minister" and "defense minister" are one
    if titles:
        bits.append("titles: " + ", ".join(sorted(titles.values(), key=str.casefold)))
    if e.gender:
        bits.append(e.gender)
    if e.mentions:
        bits.append(_plural(len(e.mentions), "mention"))
    first = (e.mentions or [p for ps in e.aliases.values() for p in ps] or [t.provenance for t in e.titles if t.provenance]
             or [None])[0]
    where = _where(first)
    return f"  {e.name}" + (f" ({'; '.join(bits)})" if bits else "") + (f"  [{where}]" if where else "")


def render(kb: FactBase, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(to_json(kb), ensure_ascii=False, indent=1) + "\n"
    out: list[str] = []
    conflicts = list(find_conflicts(kb))
    s = {**summary_counts(kb), "conflicts": len(conflicts)}
    people = f"{s['people']} {'person' if s['people'] == 1 else 'people'}"
    out.append(f"{_plural(s['sources'], 'source')}: {people}, "
               f"{_plural(s['organizations'], 'organization')}, {_plural(s['places'], 'place')}, "
               f"{_plural(s['dates'], 'date')}, {_plural(s['numbers'], 'number')}, {_plural(s['quotes'], 'quote')}, "
               f"{_plural(s['conflicts'], 'conflict')}")
    for kind, heading in (("person", "People"), ("organization", "Organizations"), ("place", "Places"),
                          ("nationality", "Nationalities"), ("thing", "Other names")):
        group = sorted((e for e in kb.entities if e.kind == kind), key=lambda e: -len(e.mentions))
        if group:
            out += [f"\n{heading}", *(_entity_line(e) for e in group)]
    if dates := written_dates(kb):
        out.append("\nDates")
        for d in dates:
            out.append(f"  {_date_label(d)}: {_context(d.provenance)}  [{_where(d.provenance)}]")
    if kb.numbers:
        out.append("\nNumbers")
        for n in kb.numbers:
            out.append(f"  {_number_label(n)}: {_context(n.provenance)}  [{_where(n.provenance)}]")
    if kb.quotes:
        out.append("\nQuotes")
        for q in kb.quotes:
            who = kb.entities[q.speaker_id].name if q.speaker_id is not None else (q.speaker_text or "unattributed")
            text = q.text if len(q.text) <= QUOTE_WIDTH else q.text[: QUOTE_WIDTH - 1] + "…"
            out.append(f"  {who}: “{text}”  [{_where(q.provenance)}]")
    if conflicts:
        out.append("\nConflicts")
        for c in conflicts:
            out.append(f"  {c.kind}: {c.description}  [{', '.join(_where(p) for p in c.provenances)}]")
    return "\n".join(out) + "\n"
