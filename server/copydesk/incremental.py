"""After an edit: where the text changed, the paragraphs around it, and the last findings carried over.

The editor re-checks only the paragraphs an edit can reach (the edited ones and the neighbours
whose speakers and pronouns may point into them) and keeps the last findings everywhere else,
moved by the edit's length.
That answer comes in milliseconds; the whole draft is checked right after and replaces it where a
change reached further (a name first spelled out in another paragraph, say). Rules that read the
whole draft at once (two spellings of a name) run again on each edit only in a draft of up to
WHOLE_RULES_ON_EDIT characters; in a bigger one their findings away from the edit are carried
over too, so an edit's cost follows the paragraphs it reached, not the draft's length.
"""

from __future__ import annotations

from dataclasses import replace

from copydesk.document import Document
from copydesk.findings import Finding

# how many paragraphs a paragraph's findings read: back (a speaker or an antecedent named the
# paragraph before; a feature's "she" carried from two paragraphs up) and ahead (a speaker named after)
PARAGRAPHS_BACK = 2
PARAGRAPHS_AHEAD = 1
WHOLE_RULES_ON_EDIT = 50_000  # characters: in a bigger draft, an edit carries the whole-draft rules' findings over


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """(start, old_end, new_end): `old[start:old_end]` became `new[start:new_end]`."""
    limit = min(len(old), len(new))
    lo, hi = 0, limit  # the common prefix is at least lo and at most hi long
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[lo:mid] == new[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    start = lo
    lo, hi = 0, limit - start  # the same for the common suffix, never overlapping the prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid : len(old) - lo] == new[len(new) - mid : len(new) - lo]:
            lo = mid
        else:
            hi = mid - 1
    return start, len(old) - lo, len(new) - lo


def _blank_line_at(text: str, line_start: int) -> bool:
    end = text.find("\n", line_start)
    return not text[line_start : len(text) if end < 0 else end].strip()


def paragraph_start(text: str, offset: int) -> int:
    """The start of the paragraph (blank-line separated) holding `offset`."""
    i = text.rfind("\n", 0, offset)  # the break before the line that holds `offset`
    while i >= 0:
        before = text.rfind("\n", 0, i)
        if _blank_line_at(text, before + 1):
            return i + 1
        i = before
    return 0


def paragraph_end(text: str, offset: int) -> int:
    """The end of the paragraph holding `offset`: the break before the next blank line."""
    i = text.find("\n", offset)
    while i >= 0:
        if _blank_line_at(text, i + 1):
            return i
        i = text.find("\n", i + 1)
    return len(text)


def paragraphs_around(text: str, start: int, end: int, more: int = 0, ahead: int | None = None) -> tuple[int, int]:
    """The whole paragraphs [start, end) touches, `more` paragraphs before them and `ahead` after
    (`more` again where not given)."""
    start, end = paragraph_start(text, start), paragraph_end(text, end)
    for _ in range(more):
        before = len(text[:start].rstrip())  # just past the previous paragraph's last character
        if before > 0:
            start = paragraph_start(text, before - 1)
    for _ in range(more if ahead is None else ahead):
        rest = text[end:]
        after = end + len(rest) - len(rest.lstrip())  # the next paragraph's first character
        if after < len(text):
            end = paragraph_end(text, after)
    return start, end


def edit_reach(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """For an edit of text[start:end]: the paragraphs whose findings may change (those that read
    the edited ones: up to PARAGRAPHS_AHEAD before them, PARAGRAPHS_BACK after), and the window
    those paragraphs read in turn."""
    affected = paragraphs_around(text, start, end, PARAGRAPHS_AHEAD, PARAGRAPHS_BACK)
    return affected, paragraphs_around(text, *affected, PARAGRAPHS_BACK, PARAGRAPHS_AHEAD)


def carry_over(findings: list[Finding], start: int, end: int, delta: int, document: Document) -> list[Finding]:
    """The findings that do not touch the old text's [start, end), offsets at or after `end` moved
    by `delta`, positions taken from the new `document`."""

    def move(offset: int) -> int:
        return offset + delta if offset >= end else offset

    def untouched(a: int, b: int) -> bool:
        return b <= start or a >= end

    kept = []
    for f in findings:
        if not untouched(f.start, f.end) or not all(untouched(x.start, x.end) for x in f.fixes):
            continue
        if f.start < end and all(x.start < end for x in f.fixes):
            kept.append(f)
            continue
        kept.append(replace(
            f, start=move(f.start), end=move(f.end), range=document.range(move(f.start), move(f.end)),
            fixes=[replace(x, start=move(x.start), end=move(x.end)) for x in f.fixes],
        ))
    return kept
