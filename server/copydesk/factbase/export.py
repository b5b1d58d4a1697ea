"""A fact base as JSON (`copydesk facts --format json`) and its one-line counts."""

from __future__ import annotations

from collections import Counter

from copydesk.factbase.conflicts import find_conflicts
from copydesk.factbase.model import DateFact
from copydesk.factbase.query import FactBase
from copydesk.mentions.dates import ISSUE


def summary(kb: FactBase) -> dict:
    """How many sources, entities (by kind), facts and conflicts."""
    return {**summary_counts(kb), "conflicts": sum(1 for _ in find_conflicts(kb))}


def written_dates(kb: FactBase) -> list[DateFact]:
    """The dates the sources write: not their own dates, which date their ledes' news (see
    `mentions.dates.dateline_dated`) and are no fact of their own."""
    return [d for d in kb.dates if d.role != ISSUE]


def summary_counts(kb: FactBase) -> dict:
    kinds = Counter(e.kind for e in kb.entities)
    return {
        "sources": len(kb.extracts), "entities": len(kb.entities), "people": kinds.get("person", 0),
        "organizations": kinds.get("organization", 0), "places": kinds.get("place", 0),
        "dates": len(written_dates(kb)), "numbers": len(kb.numbers), "quotes": len(kb.quotes),
    }


def to_json(kb: FactBase) -> dict:
    conflicts = list(find_conflicts(kb))
    return {
        "sources": kb.sources,
        "summary": {**summary_counts(kb), "conflicts": len(conflicts)},
        "entities": [
            {**e.summary(), "titles_detail": [
                {"text": t.text, "role": t.role, "affiliation": t.affiliation, "based_in": t.based_in,
                 "source": t.provenance.to_json() if t.provenance else None} for t in e.titles],
             "first_mention": e.mentions[0].to_json() if e.mentions else None}
            for e in kb.entities
        ],
        "dates": [
            {"text": d.text, "date": d.date.isoformat() if d.date else None,
             "weekday": d.weekday, "year": d.year, "event": d.provenance.sentence, "source": d.provenance.to_json()}
            for d in written_dates(kb)
        ],
        "numbers": [
            {"text": n.text, "value": n.value, "unit": n.unit, "modifiers": list(n.modifiers), "source": n.provenance.to_json()}
            for n in kb.numbers
        ],
        "quotes": [
            {"text": q.text, "speaker": kb.entities[q.speaker_id].name if q.speaker_id is not None else q.speaker_text,
             "speaker_as_written": q.speaker_text, "source": q.provenance.to_json()}
            for q in kb.quotes
        ],
        "conflicts": [c.to_json() for c in conflicts],
    }
