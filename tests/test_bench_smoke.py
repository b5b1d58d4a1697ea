"""The benchmark runs end to end in its smallest mode and prints every section (no timing asserted)."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT

SECTIONS = ["warm check latency", "editor latency", "cold start", "scale", "side by side: textlint"]


def test_bench_small_prints_every_section(tmp_path):
    results = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--small", "--no-textlint", "--results", str(results)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for section in SECTIONS:
        assert section in proc.stdout, f"section {section!r} missing:\n{proc.stdout}"
    assert " ms" in proc.stdout  # figures printed
    text = results.read_text(encoding="utf-8")
    assert "Machine:" in text and "Python" in text and "Command:" in text
    for section in SECTIONS:
        assert section in text
    assert text.count("| ") > 10


def test_the_generator_never_runs_out_of_invented_names():
    """A name space used up (a surname's runs out near 100,000 sources) gives longer names, seeded."""
    import random

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import _unique

    def names(seed: int) -> list[str]:
        rng, seen = random.Random(seed), set()
        return [_unique(rng, seen, lambda: rng.choice(["Tarvo", "Meslin"])) for _ in range(300)]

    made = names(3)
    assert len({n.lower() for n in made}) == 300 and made[:2] in (["Tarvo", "Meslin"], ["Meslin", "Tarvo"])
    assert names(3) == made
