"""Completion: the names and titles the sources know, with their source counts, after a capitalised prefix."""

from __future__ import annotations

from pathlib import Path

from lsp_support import RecordingClient, change, initialize_params, open_doc, wait_for
from lsprotocol import types


async def complete(client: RecordingClient, uri: str, line: int, character: int) -> list[types.CompletionItem]:
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, character))
    )
    if result is None:
        return []
    assert isinstance(result, types.CompletionList)
    return list(result.items)


async def typed(client: RecordingClient, project: Path, text: str) -> str:
    """A draft whose last line is `text`, as if just typed (the cursor at its end)."""
    path = project / "drafts" / "story.md"
    uri = open_doc(client, path, "# Notes\n\n")
    await wait_for(client, uri)
    change(client, uri, 2, "# Notes\n\n" + text)
    return uri


async def test_a_capitalised_prefix_completes_a_known_full_name(client: RecordingClient, project: Path):
    uri = await typed(client, project, "Opposition leader Tom")
    items = await complete(client, uri, 2, len("Opposition leader Tom"))
    (item,) = [i for i in items if i.label == "Tomas Ferreira"]
    assert item.detail == "person · 1 source"
    assert isinstance(item.text_edit, types.TextEdit)
    assert item.text_edit.new_text == "Tomas Ferreira"
    assert item.text_edit.range == types.Range(start=types.Position(2, 18), end=types.Position(2, 21))


async def test_the_typed_first_name_is_part_of_the_prefix_and_sources_are_counted(client: RecordingClient, project: Path):
    uri = await typed(client, project, "Then Marta V")
    items = await complete(client, uri, 2, len("Then Marta V"))
    (item,) = [i for i in items if i.label == "Marta Velez"]
    assert item.detail == "person · 2 sources"  # both sources name her
    assert item.text_edit.range.start == types.Position(2, len("Then "))


async def test_a_surname_and_a_title_complete_too(client: RecordingClient, project: Path):
    uri = await typed(client, project, "Vel")
    labels = {i.label: i.detail for i in await complete(client, uri, 2, 3)}
    assert labels.get("Velez") == "person: Marta Velez · 2 sources"
    change(client, uri, 3, "# Notes\n\nDefense Min")
    labels = {i.label: i.detail for i in await complete(client, uri, 2, len("Defense Min"))}
    assert labels.get("Defense Minister") == "title of Marta Velez · 1 source"


async def test_nothing_inside_a_lower_case_word_or_an_unknown_name(client: RecordingClient, project: Path):
    uri = await typed(client, project, "the tom")
    assert await complete(client, uri, 2, len("the tom")) == []
    change(client, uri, 3, "# Notes\n\nQuixby")
    assert await complete(client, uri, 2, len("Quixby")) == []


async def test_a_capital_letter_asks_for_completion(bare_client: RecordingClient, project: Path):
    """Where an editor offers no completion by itself (VS Code in Markdown), typing a capital does."""
    result = await bare_client.initialize_session(initialize_params(project))
    provider = result.capabilities.completion_provider
    assert provider is not None and "M" in provider.trigger_characters and "m" not in provider.trigger_characters
    uri = await typed(bare_client, project, "Then M")
    assert "Marta Velez" in [i.label for i in await complete(bare_client, uri, 2, len("Then M"))]
    await bare_client.shutdown_session()
