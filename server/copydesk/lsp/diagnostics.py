"""Finding -> LSP Diagnostic: code, link, severity, evidence as related information, fixes as data."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path

from copydesk.document import Document, InputError
from copydesk.factbase.model import Provenance
from copydesk.findings import Finding, Range
from copydesk.workspace import Workspace

SOURCE = "copydesk"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "information": types.DiagnosticSeverity.Information,
    "hint": types.DiagnosticSeverity.Hint,
}


def lsp_range(r: Range) -> types.Range:
    return types.Range(
        start=types.Position(line=r.start_line, character=r.start_character),
        end=types.Position(line=r.end_line, character=r.end_character),
    )


def source_path(source: str, root: Path | None) -> Path:
    """An evidence source as an absolute path: as written, else under the workspace root."""
    p = Path(source)
    if p.is_absolute():
        return p
    if root is not None and (root / p).exists():
        return (root / p).resolve()
    return p.resolve()


@lru_cache(maxsize=64)
def _source_document(path: str, mtime: float) -> Document:
    return Document.from_path(path)


def source_document(path: Path) -> Document | None:
    """A source file read as a Document (cached until it changes), or None if unreadable."""
    try:
        return _source_document(str(path), path.stat().st_mtime)
    except (OSError, InputError):
        return None


def evidence_range(evidence: Provenance, path: Path) -> Range:
    """The evidence's range in its source: as the finding carries it, else from the source file."""
    if evidence.range is not None:
        return evidence.range
    doc = source_document(path)
    return doc.range(evidence.start, evidence.end) if doc is not None else Range(0, 0, 0, 0)


def related_information(evidence: list[Provenance], root: Path | None) -> list[types.DiagnosticRelatedInformation]:
    out = []
    for ev in evidence:
        path = source_path(ev.source, root)
        quoted = " ".join((ev.sentence or ev.text).split())
        out.append(
            types.DiagnosticRelatedInformation(
                location=types.Location(uri=from_fs_path(str(path)) or path.as_uri(), range=lsp_range(evidence_range(ev, path))),
                message=f"{path.name}: “{quoted}”",
            )
        )
    return out


def to_diagnostic(finding: Finding, document: Document, workspace: Workspace) -> types.Diagnostic:
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
        related_information=related_information(finding.evidence, workspace.config.root) or None,
        data=data,
    )


def to_diagnostics(findings: list[Finding], document: Document, workspace: Workspace) -> list[types.Diagnostic]:
    return [to_diagnostic(f, document, workspace) for f in findings]
