"""A document check past its deadline reports what it has and names what it cut (docs/safety.md).

Time here is a fake clock that a check kind moves forward, so the cut falls at one place every
run; nothing measures real time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk import cli, workspace
from copydesk.checks.deadline import Deadline
from copydesk.checks.engine import CheckKind, Rule, RuleSet, check_kinds, run_checks
from copydesk.checks.existence import ExistenceParams
from copydesk.document import Document
from copydesk.factbase.build import factbase_from_texts
from helpers import BANNED_RULE


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def slow_kind(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """A check kind that finds nothing and takes ten (fake) seconds."""
    clock = FakeClock()

    def slow(ctx, rule):
        clock.now += 10
        return []

    monkeypatch.setitem(check_kinds(), "test-slow", CheckKind("test-slow", slow))
    return clock


def banned(rule_id: str, word: str) -> Rule:
    return Rule(rule_id, "existence", "warning", "Avoid {match}.", params=ExistenceParams(tokens=[word]))


def test_the_rules_after_the_deadline_are_cut_and_named(slow_kind: FakeClock) -> None:
    rules = RuleSet([banned("house-a", "kerfuffle"), Rule("house-slow", "test-slow", "warning", "m"),
                     banned("house-b", "brouhaha"), banned("house-c", "ruckus")])
    deadline = Deadline(5, clock=slow_kind)
    kb = factbase_from_texts({"s.txt": "The committee met."})
    findings = run_checks(Document("A kerfuffle, a brouhaha, a ruckus.", "d.txt"), kb, rules, errors=[],
                          deadline=deadline)
    assert [f.rule for f in findings] == ["house-a"]  # the rules before the deadline report
    assert deadline.cut == ["house-b", "house-c"]  # the slow rule, once started, ran to its end
    assert deadline.report("d.txt") == ("d.txt: check stopped at its 5 s deadline before rule 'house-b'; not run: "
                                        "house-b, house-c; the findings shown are the other rules' (see docs/safety.md)")


def test_a_check_within_its_deadline_cuts_nothing(slow_kind: FakeClock) -> None:
    rules = RuleSet([banned("house-a", "kerfuffle"), Rule("house-slow", "test-slow", "warning", "m"),
                     banned("house-b", "brouhaha")])
    deadline = Deadline(30, clock=slow_kind)
    kb = factbase_from_texts({"s.txt": "The committee met."})
    findings = run_checks(Document("A kerfuffle, a brouhaha.", "d.txt"), kb, rules, errors=[], deadline=deadline)
    assert [f.rule for f in findings] == ["house-a", "house-b"]
    assert deadline.cut == [] and deadline.report("d.txt") is None


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "desk"
    write(root / "sources" / "s.txt", "The committee met on Monday.\n")
    write(root / "house" / "house-banned.yaml", BANNED_RULE)
    write(root / "copydesk.yaml", "sources: [sources]\nrules:\n  paths: [house]\n")
    write(root / "a.txt", "A kerfuffle.\n")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    return root


def test_a_spent_deadline_cuts_before_the_mentions_and_says_so(desk: Path) -> None:
    ws = workspace.Workspace.discover(desk / "a.txt")
    ws.deadline_seconds = 0
    result = ws.check_file(desk / "a.txt", "a.txt")
    assert result.findings == []
    assert result.skipped == ("a.txt: check stopped at its 0 s deadline before reading the draft's names, figures, "
                              "dates and quotes; no rule ran (see docs/safety.md)")
    ws.deadline_seconds = workspace.CHECK_DEADLINE
    again = ws.check_file(desk / "a.txt", "a.txt")
    assert [f.rule for f in again.findings] == ["house-banned"] and again.skipped is None


def test_the_cli_prints_the_cut_and_exits_2(desk: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cut check is no pass: its line on stderr and exit 2, as for a draft too big to check."""
    monkeypatch.setattr(workspace, "CHECK_DEADLINE", 0)
    status = cli.main(["check", "a.txt"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert [line for line in err if "deadline" in line] == [
        "copydesk: a.txt: check stopped at its 0 s deadline before reading the draft's names, figures, dates and "
        "quotes; no rule ran (see docs/safety.md)"]
