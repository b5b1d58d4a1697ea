"""`--format json`: the contract's JSON output."""

from __future__ import annotations

import json

from copydesk.workspace import CheckResult


def render(results: list[tuple[str, CheckResult]]) -> str:
    payload = {
        "version": 1,
        "files": [
            {"path": path, "diagnostics": [f.to_json() for f in result.findings]}
            for path, result in results
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
