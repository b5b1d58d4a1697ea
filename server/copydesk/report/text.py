"""`--format text`: `path:line:col: severity [rule] message`, the shape compilers print."""

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
    return "\n".join(lines) + ("\n" if lines else "")
