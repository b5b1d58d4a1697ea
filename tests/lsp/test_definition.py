"""Go to definition: from a name, figure, date or quote in the draft to the source passage that states it."""

from __future__ import annotations

from pathlib import Path

from lsp_support import DRAFT, RecordingClient, change, open_doc, wait_for, watched
from lsprotocol import types

from copydesk.document import Document

# Each line names something the sources state: a name spelled as they do and one misspelled, a
# figure written otherwise ("12" for "twelve"), a weekday and a quote.
STATED = DRAFT + (
    "\nMarta Velez defended the deal in parliament on Tuesday.\n"
    "\n\"We will not wait another year for these boats,\" Velez said of the 12 patrol boats.\n"
)


async def definition_at(client: RecordingClient, uri: str, text: str, word: str, nth: int = 0) -> types.Location | None:
    """Go to definition with the cursor inside the `nth` occurrence of `word` in `text`."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    line, character = Document(text).position(at + 1)
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, character))
    )
    assert result is None or isinstance(result, types.Location)
    return result


def text_at(location: types.Location) -> tuple[str, str]:
    """The file name and the text a location spans, read from the file on disk."""
    path = Path(location.uri.removeprefix("file://"))
    doc = Document(path.read_text(encoding="utf-8"))
    start = doc.offset(location.range.start.line, location.range.start.character)
    end = doc.offset(location.range.end.line, location.range.end.character)
    return path.name, doc.text[start:end]


async def open_stated(client: RecordingClient, project: Path) -> str:
    path = project / "drafts" / "story.md"
    path.write_text(STATED, encoding="utf-8")
    uri = open_doc(client, path)
    await wait_for(client, uri)
    return uri


async def test_a_known_name_goes_to_the_source_that_names_it(client: RecordingClient, project: Path):
    uri = await open_stated(client, project)
    location = await definition_at(client, uri, STATED, "Ferreira")
    assert location is not None
    assert text_at(location) == ("b.txt", "Tomas Ferreira")


async def test_a_misspelled_name_goes_to_the_name_the_sources_write(client: RecordingClient, project: Path):
    uri = await open_stated(client, project)
    location = await definition_at(client, uri, STATED, "Veles")
    assert location is not None
    name, text = text_at(location)
    assert name in ("a.txt", "b.txt") and text.endswith("Velez")


async def test_a_figure_goes_to_the_source_figure(client: RecordingClient, project: Path):
    uri = await open_stated(client, project)
    location = await definition_at(client, uri, STATED, "12 patrol")
    assert location is not None
    name, text = text_at(location)
    assert name == "a.txt" and text.startswith("twelve")


async def test_a_weekday_goes_to_the_source_date(client: RecordingClient, project: Path):
    uri = await open_stated(client, project)
    location = await definition_at(client, uri, STATED, "Tuesday")
    assert location is not None
    assert text_at(location) == ("b.txt", "Tuesday")


async def test_a_quote_goes_to_the_source_quote(client: RecordingClient, project: Path):
    uri = await open_stated(client, project)
    location = await definition_at(client, uri, STATED, "another year")
    assert location is not None
    name, text = text_at(location)
    assert name == "a.txt" and "We will not wait another year for these boats" in text


async def test_plain_words_and_unknown_documents_have_no_definition(client: RecordingClient, project: Path):
    uri = await open_stated(client, project)
    assert await definition_at(client, uri, STATED, "contract") is None
    never_opened = (project / "drafts" / "other.md").as_uri()
    assert await definition_at(client, never_opened, STATED, "Ferreira") is None


async def test_sources_are_left_as_they_were(client: RecordingClient, project: Path):
    before = {p: p.read_bytes() for p in (project / "sources").iterdir()}
    uri = await open_stated(client, project)
    for word in ("Ferreira", "Veles", "12 patrol", "Tuesday", "another year"):
        await definition_at(client, uri, STATED, word)
    assert {p: p.read_bytes() for p in (project / "sources").iterdir()} == before


async def test_a_name_only_a_facts_file_knows_goes_to_its_entry(client: RecordingClient, project: Path):
    uri = await open_stated(client, project)
    facts = project / "facts.yaml"
    facts.write_text("people:\n  - name: Marta Velez\n\n  - name: Lena Vale\n    titles: [harbour master]\n", encoding="utf-8")
    config = project / "copydesk.yaml"
    config.write_text("sources: [sources]\nfacts: [facts.yaml]\n", encoding="utf-8")
    seen = len(client.published)
    watched(client, config)
    text = STATED + "\nHarbour master Lena Vale agreed.\n"
    change(client, uri, 2, text)
    await wait_for(client, uri, after=seen)
    location = await definition_at(client, uri, text, "Lena Vale")
    assert location is not None
    assert location.uri == facts.as_uri()
    assert location.range.start.line == 3  # "  - name: Lena Vale"
