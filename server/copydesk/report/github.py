"""`--format github`: GitHub Actions workflow commands, which the runner shows as annotations
on the pull request's changed lines (`::warning file=…,line=…,col=…::message`).

Escaping follows the runner's rules: `%`, CR and LF in the message; also `:` and `,` in
property values. Lines and columns count from 1 (UTF-16 columns, as the language server's).
"""

from __future__ import annotations

from copydesk.workspace import CheckResult

LEVEL = {"error": "error", "warning": "warning", "information": "notice", "hint": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: list[tuple[str, CheckResult]]) -> str:
    lines = []
    for path, result in results:
        for f in result.findings:
            rng = f.range or result.document.range(f.start, f.end)
            props = {
                "file": path,
                "line": rng.start_line + 1,
                "col": rng.start_character + 1,
                "endLine": rng.end_line + 1,
                "endColumn": rng.end_character + 1,
                "title": f"copydesk {f.rule}",
            }
            fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
            message = f.message + "".join(f"\nfix: {fix.title}" for fix in f.fixes[:1])
            lines.append(f"::{LEVEL.get(f.severity, 'notice')} {fields}::{escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
