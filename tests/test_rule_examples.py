"""Every example in every bundled rule file runs as a test.

An example gives a draft, optional inline sources, and the findings of its rule that the draft
must get (`expect`); the draft must get no other finding of that rule.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from copydesk.checks.engine import Rule, RuleSet, check_kinds, load_rule_files, run_checks
from copydesk.document import Document
from copydesk.resources import rules_dir

BUNDLED = load_rule_files(rules_dir(), check_kinds())
HOUSE_STYLE = ("substitution", "existence")  # check kinds that need no sources
ROOT = Path(__file__).resolve().parents[1]
BENCH_TEXTS = sorted((ROOT.parent / "shared" / "bench" / "stories").glob("*/*/*.*")) + sorted((ROOT / "seeds").glob("*.txt"))


def _cases() -> list:
    cases = []
    for rule in BUNDLED:
        for n, example in enumerate(rule.examples, 1):
            cases.append(pytest.param(rule, example, id=f"{rule.id}[example-{n}]"))
    return cases


def _overlaps(start: int, end: int, span: tuple[int, int]) -> bool:
    return start < span[1] and span[0] < end


def _span(draft: str, match: str, nth: int) -> tuple[int, int]:
    """Where the nth (1-based) occurrence of `match` lies in the draft."""
    at = -1
    for _ in range(nth):
        at = draft.find(match, at + 1)
        assert at >= 0, f"example is broken: {match!r} (nth {nth}) is not in the draft"
    return at, at + len(match)


@pytest.mark.parametrize("rule", BUNDLED, ids=[r.id for r in BUNDLED])
def test_rule_has_examples(rule: Rule) -> None:
    assert rule.description.strip(), "every rule needs a description"
    assert rule.examples, "every rule needs examples"
    assert any(ex.get("expect") for ex in rule.examples), "at least one example must expect a finding"
    assert any(ex.get("expect") == [] for ex in rule.examples), "at least one example must expect none"


@pytest.mark.parametrize(("rule", "example"), _cases())
def test_rule_example(rule: Rule, example: dict) -> None:
    from copydesk.factbase.build import factbase_from_texts

    assert isinstance(example, dict) and isinstance(example.get("draft"), str), "an example needs a draft"
    assert set(example) <= {"draft", "sources", "expect"}, f"unknown keys in an example: {sorted(example)}"
    sources = example.get("sources") or []
    assert isinstance(sources, list) and all(isinstance(s, str) for s in sources)
    expect = example.get("expect")
    assert isinstance(expect, list), "an example needs 'expect' (a list; [] for no finding)"

    draft = example["draft"]
    kb = factbase_from_texts({f"source{i}.txt": text for i, text in enumerate(sources, 1)})
    on = dataclasses.replace(rule, enabled=True)  # an example shows a rule at work, also one shipped off
    findings = [f for f in run_checks(Document(draft, "draft.txt"), kb, RuleSet([on])) if f.rule == rule.id]
    shown = [(draft[f.start : f.end], [x.replacement for x in f.fixes]) for f in findings]

    unmatched = list(findings)
    for want in expect:
        assert set(want) <= {"match", "nth", "replacement", "severity"}, f"unknown keys in an expectation: {sorted(want)}"
        span = _span(draft, want["match"], int(want.get("nth", 1)))
        hit = next((f for f in unmatched if _overlaps(f.start, f.end, span)), None)
        assert hit is not None, f"expected a finding on {want['match']!r}; got {shown}"
        if "replacement" in want:
            assert want["replacement"] in [x.replacement for x in hit.fixes], (
                f"expected a fix {want['replacement']!r} on {want['match']!r}; got {shown}"
            )
        if "severity" in want:
            assert hit.severity == want["severity"], f"expected {want['severity']} on {want['match']!r}; got {hit.severity}"
        unmatched.remove(hit)
    assert not unmatched, f"unexpected findings: {[(draft[f.start : f.end], f.message) for f in unmatched]}"


@pytest.mark.skipif(not BENCH_TEXTS, reason="no bench stories beside the checkout")
def test_house_style_rules_are_silent_on_real_news() -> None:
    """The bundled house-style rules flag only unambiguous errors: nothing in the bench stories or seeds."""
    from copydesk.factbase.build import factbase_from_texts

    house = RuleSet([r for r in BUNDLED if r.check in HOUSE_STYLE])
    assert house.rules
    kb = factbase_from_texts({})
    for path in BENCH_TEXTS:
        if path.suffix in (".txt", ".md"):
            document = Document(path.read_text(encoding="utf-8"), str(path))
            found = run_checks(document, kb, house)
            assert not found, f"{path}: {[(document.text[f.start : f.end], f.rule) for f in found]}"
