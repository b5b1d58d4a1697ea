"""`--format rdjson`: reviewdog's Diagnostic Format (rdjson), for `reviewdog -f=rdjson`.

Positions follow reviewdog's proto: lines and columns from 1, columns in UTF-8 bytes, ends
exclusive. Each preferred fix becomes a suggestion, which reviewdog posts as a suggested change.
"""

from __future__ import annotations

import json

from copydesk.checks.engine import DOCS_URL
from copydesk.document import Document
from copydesk.findings import Finding
from copydesk.workspace import CheckResult

SEVERITY = {"error": "ERROR", "warning": "WARNING", "information": "INFO", "hint": "INFO"}
SOURCE = {"name": "copydesk"}


def render(results: list[tuple[str, CheckResult]]) -> str:
    payload = {
        "source": SOURCE,
        "diagnostics": [_diagnostic(f, path, r.document) for path, r in results for f in r.findings],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def _position(document: Document, offset: int) -> dict:
    line, column = document.utf8_position(offset)
    return {"line": line + 1, "column": column + 1}


def _range(document: Document, start: int, end: int) -> dict:
    return {"start": _position(document, start), "end": _position(document, end)}


def _diagnostic(finding: Finding, path: str, document: Document) -> dict:
    out: dict = {
        "message": finding.message,
        "location": {"path": path, "range": _range(document, finding.start, finding.end)},
        "severity": SEVERITY.get(finding.severity, "INFO"),
        "source": SOURCE,
        "code": {"value": finding.rule, "url": DOCS_URL.format(id=finding.rule)},
    }
    suggestions = [
        {"range": _range(document, fix.start, fix.end), "text": fix.replacement}
        for fix in finding.fixes if fix.preferred
    ]
    if suggestions:
        out["suggestions"] = suggestions
    if finding.evidence:
        out["related_locations"] = [
            {"message": f"source: {e.sentence or e.text}", "location": {"path": e.source}} for e in finding.evidence
        ]
    return out
