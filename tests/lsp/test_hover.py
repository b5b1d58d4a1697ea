"""Hover: a flagged span shows the finding and its evidence; a known name shows what sources say."""

from __future__ import annotations

from pathlib import Path

from lsp_support import DRAFT, RecordingClient, codes, open_doc, wait_for, watched
from lsprotocol import types

from copydesk.document import Document


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


# The draft's figure, weekday and quote as the sources state them.
STATED = DRAFT + (
    "\nMarta Velez defended the deal in parliament on Tuesday.\n"
    "\n\"We will not wait another year for these boats,\" Velez said.\n"
)


async def open_draft(client: RecordingClient, project: Path, draft: str) -> str:
    path = project / "drafts" / "story.md"
    path.write_text(draft, encoding="utf-8")
    uri = open_doc(client, path)
    await wait_for(client, uri)
    return uri


async def hover_on(client: RecordingClient, uri: str, draft: str, word: str) -> types.Hover | None:
    line, character = Document(draft).position(draft.index(word) + 1)
    return await hover_at(client, uri, line, character)


async def test_hover_on_a_figure_says_where_the_sources_state_it(client: RecordingClient, project: Path):
    hover = await hover_on(client, await open_draft(client, project, STATED), STATED, "twelve")
    assert hover is not None
    text = hover.contents.value
    assert "as the sources state it (1 source)" in text
    assert "buy twelve patrol boats" in text and "a.txt:" in text
    assert "disagree" not in text


async def test_hover_on_a_weekday_and_a_quote(client: RecordingClient, project: Path):
    uri = await open_draft(client, project, STATED)
    weekday = await hover_on(client, uri, STATED, "Tuesday")
    assert weekday is not None
    assert "in parliament on Tuesday" in weekday.contents.value and "b.txt:" in weekday.contents.value
    quote = await hover_on(client, uri, STATED, "another year")
    assert quote is not None
    assert "told reporters at the harbour" in quote.contents.value and "a.txt:" in quote.contents.value


async def test_hover_shows_both_versions_where_the_sources_disagree(client: RecordingClient, project: Path):
    uri = await open_draft(client, project, STATED)
    seen = len(client.published)
    other = project / "sources" / "c.txt"
    other.write_text("PORTO ALTO, March 5, 2025 — The government will buy ten patrol boats from Northwind Marine, "
                     "officials said on Wednesday.\n", encoding="utf-8")
    watched(client, other)
    await wait_for(client, uri, after=seen)  # checked again against the new source
    hover = await hover_on(client, uri, STATED, "twelve")
    assert hover is not None
    text = hover.contents.value
    assert "the sources disagree" in text
    mine, other = text.split("Otherwise")
    assert "twelve patrol boats" in mine and "a.txt:" in mine
    assert "ten patrol boats" in other and "c.txt:" in other
