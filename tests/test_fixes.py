"""Which fixes `--fix` may apply: only preferred ones, which the engine grants a hit only when
it offers exactly one fix; applied without overlaps, everything else left as it was."""

from __future__ import annotations

from dataclasses import replace

from copydesk.checks.engine import load_rules, run_checks
from copydesk.document import Document
from copydesk.factbase.build import factbase_from_texts
from copydesk.findings import Finding, Fix, apply_preferred_fixes


def finding(start: int, end: int, *fixes: Fix) -> Finding:
    return Finding("r", "warning", "m", start, end, fixes=list(fixes))


def test_only_preferred_fixes_are_applied_and_overlaps_wait() -> None:
    text = "abc def ghi jkl"
    findings = [
        finding(0, 3, Fix("t", "ABC", 0, 3, preferred=True)),
        finding(4, 7, Fix("t", "DEF", 4, 7)),  # a suggestion, not exact: left alone
        finding(8, 11, Fix("t", "GHI", 8, 11, preferred=True)),
        finding(9, 15, Fix("t", "X", 9, 15, preferred=True)),  # overlaps the one before: next run
        finding(12, 15, Fix("t", "jkl", 12, 15, preferred=True)),  # already so: nothing to do
    ]
    fixed, applied = apply_preferred_fixes(text, findings)
    assert fixed == "ABC def GHI jkl"
    assert [f.replacement for f in applied] == ["ABC", "GHI"]


def test_a_substitution_fix_is_preferred() -> None:
    kb = factbase_from_texts({"s.txt": "The committee met."})
    findings = run_checks(Document("It grew alot.", "d.txt"), kb, load_rules())
    (found,) = [f for f in findings if f.rule == "common-misspelling"]
    assert [(f.replacement, f.preferred) for f in found.fixes] == [("a lot", True)]
    assert found.to_json()["fixes"][0]["preferred"] is True


def test_a_hit_with_several_fixes_is_never_preferred(monkeypatch) -> None:
    """A choice among replacements is the user's: `preferred` on such a hit is dropped."""
    from copydesk.checks import engine

    def two_fixes(ctx, rule):
        yield engine.Hit(0, 2, {"match": "It"}, fixes=[("one", "A"), ("two", "B")], preferred=True)
        yield engine.Hit(3, 7, {"match": "grew"}, fixes=[("one", "rose")], preferred=True)

    kinds = engine.check_kinds()
    monkeypatch.setitem(kinds, "substitution", replace(kinds["substitution"], run=two_fixes))  # restored after the test
    kb = factbase_from_texts({"s.txt": "The committee met."})
    findings = [f for f in run_checks(Document("It grew alot.", "d.txt"), kb, load_rules()) if f.rule == "common-misspelling"]
    assert [[x.preferred for x in f.fixes] for f in findings] == [[False, False], [True]]
