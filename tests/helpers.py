"""Test helpers: paths to the seeds and the shared bench, and checking a draft against texts."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
AIRLINE = SHARED / "bench" / "stories" / "airline-merger"


def check(draft: str, sources: dict[str, str], name: str = "draft.txt"):
    """Findings for a draft against in-memory sources, with the bundled rules."""
    from copydesk.checks.engine import load_rules, run_checks
    from copydesk.document import Document
    from copydesk.factbase.build import factbase_from_texts

    kb = factbase_from_texts(sources)
    return run_checks(Document(draft, name), kb, load_rules())

# A house-style rule whose findings do not depend on the fact checks.
BANNED_RULE = """\
id: house-banned
check: existence
severity: warning
message: 'Avoid "{match}".'
params:
  tokens: [kerfuffle]
"""


def plant_pickles(cache: Path, marker: Path) -> int:
    """Overwrite every row of the extraction cache in `cache` with a pickle that would create
    `marker` when loaded (what someone who can write a shared cache folder would plant)."""
    planted = pickle.dumps(_Planted(marker))
    (db,) = cache.glob("extracts-v*.sqlite3")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("UPDATE source SET data = ?", (planted,)).rowcount
        rows += conn.execute("UPDATE mentions SET data = ?", (planted,)).rowcount
    return rows


class _Planted:
    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "ran"))
