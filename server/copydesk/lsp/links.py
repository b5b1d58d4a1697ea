"""Document links: each name the sources know links to the first source passage that names it,
so a reporter can open the wire copy behind a name from anywhere in the draft. Names only: they
are resolved by the check already, so the links cost nothing more than the check did."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from copydesk.checks.resolution import Resolution
from copydesk.document import Document
from copydesk.lsp.locations import evidence_location, lsp_range, where


def document_links(document: Document, resolution: Resolution | None, root: Path | None,
                   tooltips: bool = False) -> list[types.DocumentLink]:
    """`tooltips`: the client shows them (else it would be sent what it cannot use)."""
    if resolution is None:
        return []
    links = []
    for name in resolution.mentions.names:
        stated = resolution.stated_name(name)
        if stated is None or stated.entity is None:
            continue
        evidence = stated.provenances[0].evidence()
        location = evidence_location(evidence, root)
        links.append(types.DocumentLink(
            range=lsp_range(document.range(name.start, name.end)),
            # an editor opens a file URI at the line its fragment names ("#L3")
            target=f"{location.uri}#L{location.range.start.line + 1}",
            tooltip=f"{stated.entity.name}, as {where(evidence, root)} names it" if tooltips else None,
        ))
    return links
