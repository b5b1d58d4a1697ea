"""Finding -> LSP Diagnostic: code, link, severity, evidence as related information, fixes as data."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from copydesk.document import Document
from copydesk.factbase.model import Provenance
from copydesk.findings import Finding
from copydesk.lsp.locations import evidence_location, lsp_range, source_path
from copydesk.workspace import Workspace

SOURCE = "copydesk"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "information": types.DiagnosticSeverity.Information,
    "hint": types.DiagnosticSeverity.Hint,
}


Cited = dict[Provenance, types.DiagnosticRelatedInformation]


def related_information(evidence: list[Provenance], root: Path | None,
                        cited: Cited | None = None) -> list[types.DiagnosticRelatedInformation]:
    """The evidence as related information; `cited` keeps each piece made once for all the
    findings that cite it (a source sentence is often the evidence of many)."""
    cited = {} if cited is None else cited
    out = []
    for ev in evidence:
        info = cited.get(ev)
        if info is None:
            quoted = " ".join((ev.sentence or ev.text).split())
            info = cited[ev] = types.DiagnosticRelatedInformation(
                location=evidence_location(ev, root), message=f"{source_path(ev.source, root).name}: “{quoted}”")
        out.append(info)
    return out


def to_diagnostic(finding: Finding, document: Document, workspace: Workspace, cited: Cited | None = None) -> types.Diagnostic:
    """One finding as a Diagnostic; `data` carries the rule and the fixes with their ranges."""
    rng = finding.range or document.range(finding.start, finding.end)
    rule = workspace.rules.get(finding.rule)
    link = getattr(rule, "link", None) if rule is not None else None
    data = {
        "rule": finding.rule,
        "fixes": [
            {"title": f.title, "replacement": f.replacement, "range": document.range(f.start, f.end).to_json()}
            for f in finding.fixes
        ],
    }
    return types.Diagnostic(
        range=lsp_range(rng),
        message=finding.message,
        severity=SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule,
        code_description=types.CodeDescription(href=link) if link else None,
        source=SOURCE,
        related_information=related_information(finding.evidence, workspace.config.root, cited) or None,
        data=data,
    )


def to_diagnostics(findings: list[Finding], document: Document, workspace: Workspace) -> list[types.Diagnostic]:
    cited: Cited = {}
    return [to_diagnostic(f, document, workspace, cited) for f in findings]
