"""Finding, Fix and Evidence: the one result type that every adapter (CLI, LSP) consumes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

SEVERITIES = ("error", "warning", "information", "hint")


@dataclass(frozen=True, slots=True)
class Range:
    """An LSP range: 0-based lines and UTF-16 code-unit columns, end exclusive."""

    start_line: int
    start_character: int
    end_line: int
    end_character: int

    def to_json(self) -> dict:
        return {
            "start": {"line": self.start_line, "character": self.start_character},
            "end": {"line": self.end_line, "character": self.end_character},
        }


@dataclass(frozen=True)
class Evidence:
    """A span of a source document that supports a finding."""

    source: str
    start: int
    end: int
    text: str
    sentence: str = ""
    range: Range | None = None

    def relative_to(self, base: Path) -> Evidence:
        """This evidence with its source written from `base` where it lies under it, as a draft
        named on the command line is ("sources/a.txt", not "/home/me/story/sources/a.txt")."""
        path = Path(self.source)
        if not path.is_absolute() or not path.is_relative_to(base):
            return self
        return replace(self, source=path.relative_to(base).as_posix())

    def to_json(self) -> dict:
        out = {"source": self.source, "offset": [self.start, self.end], "text": self.text}
        if self.sentence:
            out["sentence"] = self.sentence
        if self.range is not None:
            out["range"] = self.range.to_json()
        return out


@dataclass(frozen=True)
class Fix:
    """Replace the text at [start, end) of the draft with `replacement`.

    `preferred`: the check is certain of it (an exact alignment with the sources), so fix-all and
    `--fix` may apply it without asking; other fixes are offered one by one."""

    title: str
    replacement: str
    start: int
    end: int
    preferred: bool = False

    def to_json(self) -> dict:
        return {"title": self.title, "replacement": self.replacement, "offset": [self.start, self.end],
                "preferred": self.preferred}


@dataclass
class Finding:
    """One claim that something in the draft disagrees with the sources (or with house style)."""

    rule: str
    severity: str
    message: str
    start: int
    end: int
    range: Range | None = None
    fixes: list[Fix] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict:
        out = {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "offset": [self.start, self.end],
        }
        if self.range is not None:
            out["range"] = self.range.to_json()
        out["fixes"] = [f.to_json() for f in self.fixes]
        out["evidence"] = [e.to_json() for e in self.evidence]
        return out


def with_sources_relative_to(findings: list[Finding], base: Path) -> list[Finding]:
    """The findings with their evidence paths written from `base` (see `Evidence.relative_to`)."""
    return [replace(f, evidence=[e.relative_to(base) for e in f.evidence]) if f.evidence else f for f in findings]


def severity_rank(severity: str) -> int:
    """0 for error, up to 3 for hint; lower is more severe."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def preferred_fixes(text: str, findings: list[Finding]) -> list[Fix]:
    """The preferred fixes to apply together, in text order: a fix that overlaps one already taken
    (earlier in the text) is left for the next run, so no edit lands on another's words; one that
    would change nothing is left out. What `--fix` and the editors' fix-all both apply."""
    taken: list[Fix] = []
    for fix in sorted((x for f in findings for x in f.fixes if x.preferred), key=lambda x: (x.start, x.end)):
        if taken and fix.start < taken[-1].end:
            continue
        if text[fix.start : fix.end] != fix.replacement:
            taken.append(fix)
    return taken


def apply_preferred_fixes(text: str, findings: list[Finding]) -> tuple[str, list[Fix]]:
    """`text` with every preferred fix applied (see `preferred_fixes`), and the fixes applied;
    everything outside the fixed spans stays byte for byte."""
    taken = preferred_fixes(text, findings)
    out = text
    for fix in reversed(taken):
        out = out[: fix.start] + fix.replacement + out[fix.end :]
    return out, taken
