"""Hover: a flagged span shows the finding and its evidence; a known name shows what sources say."""

from __future__ import annotations

from pathlib import Path

from lsp_support import DRAFT, RecordingClient, codes, open_doc, wait_for
from lsprotocol import types


async def hover_at(client: RecordingClient, uri: str, line: int, character: int) -> types.Hover | None:
    return await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, character))
    )


async def test_hover_on_a_finding_quotes_the_evidence(client: RecordingClient, project: Path):
    uri = open_doc(client, project / "drafts" / "story.md")
    published = await wait_for(client, uri, lambda p: "name-spelling" in codes(p))
    (diag,) = [d for d in published.diagnostics if d.code == "name-spelling"]
    hover = await hover_at(client, uri, diag.range.start.line, diag.range.end.character - 1)
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    text = hover.contents.value
    assert diag.message in text
    assert "Velez" in text and "> " in text  # the source sentence, quoted
    assert "a.txt:" in text or "b.txt:" in text  # file name and line
    assert hover.range == diag.range


async def test_hover_on_a_known_name(client: RecordingClient, project: Path):
    uri = open_doc(client, project / "drafts" / "story.md")
    await wait_for(client, uri)
    line = DRAFT.splitlines()[4]
    hover = await hover_at(client, uri, 4, line.index("Ferreira") + 2)
    assert hover is not None
    text = hover.contents.value
    assert "Tomas Ferreira" in text
    assert "b.txt:" in text  # a quoted mention with file and line


async def test_no_hover_on_plain_words(client: RecordingClient, project: Path):
    uri = open_doc(client, project / "drafts" / "story.md")
    await wait_for(client, uri)
    line = DRAFT.splitlines()[4]
    assert await hover_at(client, uri, 4, line.index("contract") + 1) is None
