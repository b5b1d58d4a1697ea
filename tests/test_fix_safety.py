"""Fixes that cannot hurt: every preferred fix (what `--fix` and the editors' fix-all apply),
applied to every draft of the bench's stories and the invented ones, changes only its own range
and adds no finding when the draft is checked again."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.config import default_config
from copydesk.findings import Finding, apply_preferred_fixes, preferred_fixes
from copydesk.workspace import Workspace
from helpers import ROOT, SHARED

STORIES = sorted(p for base in (SHARED / "bench" / "stories", ROOT / "tests" / "data" / "stories")
                 if base.is_dir() for p in base.iterdir() if (p / "drafts").is_dir())


def story_workspace(story: Path) -> Workspace:
    config = default_config(story)
    config.sources = [str(story / "sources")]
    return Workspace(config)


def keys(findings: list[Finding], start: int, end: int, delta: int) -> set[tuple]:
    """Each finding as (rule, start, end) in the text before an edit of [start, end) that changed
    its length by `delta`; a finding touching the edited words as (rule, "edited")."""
    out = set()
    for f in findings:
        if f.end <= start:
            out.add((f.rule, f.start, f.end))
        elif f.start >= end + delta:
            out.add((f.rule, f.start - delta, f.end - delta))
        else:
            out.add((f.rule, "edited"))
    return out


@pytest.mark.parametrize("story", STORIES, ids=[f"{s.parent.parent.name}/{s.name}" for s in STORIES])
def test_every_preferred_fix_changes_only_its_range_and_adds_no_finding(story: Path):
    ws = story_workspace(story)
    applied = 0
    for draft in sorted((story / "drafts").iterdir()):
        result = ws.check_file(draft, str(draft))
        text = result.document.text
        for fix in preferred_fixes(text, result.findings):
            fixed, taken = apply_preferred_fixes(text, [Finding("x", "warning", "", fix.start, fix.end, None, [fix])])
            assert taken == [fix]
            delta = len(fix.replacement) - (fix.end - fix.start)
            assert fixed[: fix.start] == text[: fix.start] and fixed[fix.end + delta :] == text[fix.end :]
            after = ws.check(fixed, str(draft)).findings
            before = keys(result.findings, fix.start, fix.end, 0)
            added = keys(after, fix.start, fix.end, delta) - before
            assert not added, f"{draft.name}: fixing {text[fix.start:fix.end]!r} -> {fix.replacement!r} added {added}"
            applied += 1
    print(f"{story.name}: {applied} preferred fixes applied")


def test_the_property_catches_a_fix_that_adds_a_finding(tmp_path: Path):
    """Not vacuous: a "fix" that writes a misspelling in is caught by the same comparison."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    ws = story_workspace(tmp_path)
    text = "The council met on Monday. It grew a lot.\n"
    start = text.index("a lot")
    before = keys(ws.check(text, "d.txt").findings, start, start + 5, 0)
    fixed = text[:start] + "alot" + text[start + 5 :]
    added = keys(ws.check(fixed, "d.txt").findings, start, start + 5, -1) - before
    assert added == {("common-misspelling", "edited")}
