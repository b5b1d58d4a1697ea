"""`--format sarif`: SARIF 2.1.0, for code-scanning dashboards and editors' SARIF viewers.

Columns are the findings' LSP columns (UTF-16 code units, 1-based here), so the run declares
`columnKind: utf16CodeUnits`; `charOffset`/`charLength` count the same units.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from urllib.parse import quote

from copydesk import __version__
from copydesk.checks.engine import Rule, load_rules
from copydesk.document import Document
from copydesk.factbase.model import Provenance
from copydesk.findings import Finding, Fix, Range
from copydesk.report.rules import one_line
from copydesk.workspace import CheckResult

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/copydesk/copydesk"
LEVELS = {"error": "error", "warning": "warning", "information": "note", "hint": "note"}


def render(results: list[tuple[str, CheckResult]]) -> str:
    rules = _rules(results)
    index = {rule.id: i for i, rule in enumerate(rules)}
    run: dict = {
        "tool": {"driver": {
            "name": "copydesk",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": INFORMATION_URI,
            "rules": [_descriptor(rule) for rule in rules],
        }},
        "invocations": [_invocation(results)],
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().absolute().as_uri() + "/"}},
        "columnKind": "utf16CodeUnits",
        "results": [
            _result(finding, path, result.document, index)
            for path, result in results
            for finding in result.findings
        ],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"


def _rules(results: list[tuple[str, CheckResult]]) -> list[Rule]:
    """The rules of every workspace that checked a file (first one wins), else the bundled rules."""
    by_id: dict[str, Rule] = {}
    for ruleset in [r.rules for _, r in results if r.rules is not None] or [load_rules()]:
        for rule in ruleset.rules:
            by_id.setdefault(rule.id, rule)
    for _, result in results:
        for f in result.findings:
            by_id.setdefault(f.rule, Rule(f.rule, "unknown", f.severity, f.message))
    return list(by_id.values())


def _descriptor(rule: Rule) -> dict:
    return {
        "id": rule.id,
        "shortDescription": {"text": one_line(rule)},
        "fullDescription": {"text": " ".join((rule.description or rule.message).split())},
        "helpUri": rule.link,
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "note"), "enabled": rule.enabled},
        "properties": {"check": rule.check, "severity": rule.severity},
    }


def _invocation(results: list[tuple[str, CheckResult]]) -> dict:
    notes = [note for _, r in results for note in r.notes]
    out: dict = {"executionSuccessful": True}
    if notes:
        out["toolExecutionNotifications"] = [{"level": "warning", "message": {"text": n}} for n in notes]
    return out


def _uri(path: str) -> dict:
    """An artifactLocation: relative paths against %SRCROOT% (the current folder), else a file URI."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd().absolute())
        except ValueError:
            return {"uri": p.as_uri()}
    return {"uri": quote(PurePath(p).as_posix()), "uriBaseId": "%SRCROOT%"}


def _lines(rng: Range) -> dict:
    """An LSP range as a SARIF region: 1-based lines and columns."""
    return {
        "startLine": rng.start_line + 1,
        "startColumn": rng.start_character + 1,
        "endLine": rng.end_line + 1,
        "endColumn": rng.end_character + 1,
    }


def _draft_region(document: Document, start: int, end: int) -> dict:
    offset = document.utf16_offset(start)
    return {**_lines(document.range(start, end)), "charOffset": offset, "charLength": document.utf16_offset(end) - offset}


def _result(finding: Finding, path: str, document: Document, index: dict[str, int]) -> dict:
    location = {"artifactLocation": _uri(path), "region": _draft_region(document, finding.start, finding.end)}
    out: dict = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": LEVELS.get(finding.severity, "note"),
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": location}],
        "properties": {"severity": finding.severity},
    }
    if finding.fixes:
        out["fixes"] = [_fix(fix, path, document) for fix in finding.fixes]
    if finding.evidence:
        out["relatedLocations"] = [_evidence(i, e) for i, e in enumerate(finding.evidence)]
    return out


def _fix(fix: Fix, path: str, document: Document) -> dict:
    return {
        "description": {"text": fix.title},
        "artifactChanges": [{
            "artifactLocation": _uri(path),
            "replacements": [{
                "deletedRegion": _draft_region(document, fix.start, fix.end),
                "insertedContent": {"text": fix.replacement},
            }],
        }],
    }


def _evidence(i: int, evidence: Provenance) -> dict:
    region: dict = {"snippet": {"text": evidence.text}}
    if evidence.range is not None:
        region.update(_lines(evidence.range))
    return {
        "id": i,
        "message": {"text": f"source: {evidence.sentence or evidence.text}"},
        "physicalLocation": {"artifactLocation": _uri(evidence.source), "region": region},
        "properties": {"offset": [evidence.start, evidence.end]},
    }
