"""Facts come from sources, never from code: no name from the seeds or the bench in server/ or rules/."""

from __future__ import annotations

import re

from helpers import ROOT, SHARED

# Written out, and extracted below, so the test fails even if extraction misses one.
KNOWN = [
    "Gantz", "Parly", "Macron", "Benny", "Florence", "Emmanuel", "NSO", "Pegasus", "Morocco", "Le Monde",
    "Forbidden Stories", "Lebanon", "Iran", "Tehran", "Jerusalem", "Israel", "France", "Paris", "London",
    "Trump", "Reuters", "Lubell", "Rabinovitch", "Macfie", "Algeria", "Northwind", "Baltic Air", "Holm",
    "Kalnins", "Nowak", "Whitfield", "Ruiz", "Aarhus", "Riga", "Denmark", "Latvia", "Oslo", "Ryanair",
    "Harbor Street", "Nordic Cabin Crew", "European Commission",
]


def extracted_names() -> set[str]:
    from copydesk.factbase.build import build_factbase

    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "bench" / "stories").glob("*/sources/*"))
    kb = build_factbase(files)
    return {e.name for e in kb.entities if e.kind in ("person", "organization", "place") and len(e.name) > 3}


def test_no_source_name_in_server_or_rules():
    names = set(KNOWN) | extracted_names()
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    offenders = []
    for folder in ("server", "rules"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in (".py", ".yaml", ".yml", ".md", ".txt", ".json"):
                for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                    if m := pattern.search(line):
                        offenders.append(f"{path.relative_to(ROOT)}:{n}: {m.group()}")
    assert not offenders, "names from the sources in code:\n" + "\n".join(offenders)
