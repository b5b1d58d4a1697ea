"""Document links: each name the sources know links to the source passage that names it."""

from __future__ import annotations

from pathlib import Path

from lsp_support import RecordingClient, open_doc, wait_for
from lsprotocol import types

from copydesk.document import Document


async def links_of(client: RecordingClient, uri: str) -> list[types.DocumentLink]:
    found = await client.text_document_document_link_async(
        types.DocumentLinkParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    return list(found or [])


async def test_known_names_link_to_the_line_of_a_source_that_names_them(client: RecordingClient, project: Path):
    path = project / "drafts" / "story.md"
    uri = open_doc(client, path)
    await wait_for(client, uri)
    draft = Document(path.read_text(encoding="utf-8"))
    linked = {}
    for link in await links_of(client, uri):
        start = draft.offset(link.range.start.line, link.range.start.character)
        end = draft.offset(link.range.end.line, link.range.end.character)
        linked[draft.text[start:end]] = link
    assert set(linked) == {"Marta Veles", "Tomas Ferreira"}  # the misspelling too: it resolves to Marta Velez
    target = linked["Tomas Ferreira"].target
    assert target == (project / "sources" / "b.txt").as_uri() + "#L2"
    assert linked["Tomas Ferreira"].tooltip == "Tomas Ferreira, as b.txt:2 names it"


async def test_no_links_for_a_document_never_opened(client: RecordingClient, project: Path):
    assert await links_of(client, (project / "drafts" / "other.md").as_uri()) == []
