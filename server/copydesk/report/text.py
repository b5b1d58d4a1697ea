"""`--format text`: `path:line:col: severity [rule] message`, the shape compilers print, with
the fix and the source file and line the finding rests on below it, then a summary line ("3 findings (2 warnings) in 1 of 4 files") when there is anything to report."""

from __future__ import annotations

from copydesk.workspace import CheckResult


def render(results: list[tuple[str, CheckResult]]) -> str:
    lines = []
    for path, result in results:
        for f in result.findings:
            line, col = (f.range.start_line, f.range.start_character) if f.range else (0, 0)
            lines.append(f"{path}:{line + 1}:{col + 1}: {f.severity} [{f.rule}] {f.message}")
            for fix in f.fixes[:1]:
                lines.append(f"    fix: {fix.title}")
            for ev in f.evidence[:1]:
                lines.append(f"    source: {ev.source}" + (f":{ev.range.start_line + 1}" if ev.range else ""))
    if lines:
        lines.append(summary(results))
    return "\n".join(lines) + ("\n" if lines else "")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(results: list[tuple[str, CheckResult]]) -> str:
    """How many findings, how many of them claims (errors, warnings), in how many files."""
    findings = [f for _, r in results for f in r.findings]
    claims = [_count(n, level) for level in ("error", "warning") if (n := sum(f.severity == level for f in findings))]
    with_findings = sum(1 for _, r in results if r.findings)
    where = _count(len(results), "file") if with_findings == len(results) == 1 else f"{with_findings} of {_count(len(results), 'file')}"
    detail = f" ({', '.join(claims)})" if claims else ""
    return f"{_count(len(findings), 'finding')}{detail} in {where}"
