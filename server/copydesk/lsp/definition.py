"""Go to definition: from a name, figure, date or quote in the draft to the source passage that
states it. Sources are opened read-only: the server returns a file URI and a range, and never
edits a source."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from copydesk.checks.resolution import Resolution
from copydesk.findings import Evidence, Finding
from copydesk.lsp.locations import evidence_location


def source_evidence(findings: list[Finding], resolution: Resolution | None, offset: int) -> Evidence | None:
    """The source passage behind the words at `offset`: the evidence of a finding there (what the
    finding cites), else the first source passage that states the mention there."""
    for finding in findings:
        if finding.start <= offset <= finding.end and finding.evidence:
            return finding.evidence[0]
    stated = resolution.stated_at(offset) if resolution is not None else None
    if stated is None or not stated.provenances:
        return None
    return stated.provenances[0].evidence()


def definition(findings: list[Finding], resolution: Resolution | None, offset: int,
               root: Path | None) -> types.Location | None:
    evidence = source_evidence(findings, resolution, offset)
    return evidence_location(evidence, root) if evidence is not None else None
