"""Config changes (client settings, a saved copydesk.yaml, a broken one) and source edits."""

from __future__ import annotations

from pathlib import Path

import pytest_lsp
from lsp_support import (
    CONFIG,
    SOURCE_A,
    SOURCE_B,
    RecordingClient,
    codes,
    initialize_params,
    open_doc,
    wait_for,
    watched,
)
from lsprotocol import types


async def test_file_watching_is_registered(client: RecordingClient, project: Path):
    uri = open_doc(client, project / "drafts" / "story.md")
    await wait_for(client, uri)
    assert any(r.method == "workspace/didChangeWatchedFiles" for r in client.registrations)


async def test_did_change_configuration_takes_effect(client: RecordingClient, project: Path):
    uri = open_doc(client, project / "drafts" / "notes.md", "The council recieved many letters.\n")
    first = await wait_for(client, uri, lambda p: bool(p.diagnostics))
    assert first.diagnostics[0].severity == types.DiagnosticSeverity.Information

    after = len(client.published)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"copydesk": {"rules": {"common-misspelling": "error"}}})
    )
    raised = await wait_for(client, uri, after=after)
    assert raised.diagnostics[0].severity == types.DiagnosticSeverity.Error

    after = len(client.published)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"copydesk": {"rules": {"common-misspelling": "off"}}})
    )
    off = await wait_for(client, uri, after=after)
    assert list(off.diagnostics) == []


async def test_saved_config_file_rechecks_and_a_broken_one_keeps_the_last_good(client: RecordingClient, project: Path):
    config = project / "copydesk.yaml"
    uri = open_doc(client, project / "drafts" / "notes.md", "The council recieved many letters.\n")
    await wait_for(client, uri, lambda p: bool(p.diagnostics))

    after = len(client.published)
    config.write_text("sources: [sources]\nignore: [recieved]\n", encoding="utf-8")
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=config.as_uri())))
    cleared = await wait_for(client, uri, after=after)
    assert list(cleared.diagnostics) == []

    after = len(client.published)
    config.write_text("sources: [sources]\nignore: [recieved\nrules: {}\n", encoding="utf-8")
    watched(client, config)
    await wait_for(client, uri, after=after)
    (message,) = [m for m in client.messages if "copydesk.yaml" in m.message]
    assert message.type == types.MessageType.Error
    assert "copydesk.yaml:" in message.message and "\n" not in message.message
    # the last good config (with the ignored word) still applies
    assert [list(p.diagnostics) for p in client.published[after:] if p.uri == uri][-1] == []

    # unknown rule ids in client settings are a config error too, shown, and survived
    after = len(client.published)
    config.write_text("sources: [sources]\nignore: [recieved]\n", encoding="utf-8")
    watched(client, config)
    await wait_for(client, uri, after=after)
    after = len(client.published)
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"copydesk": {"rules": {"no-such-rule": "error"}}})
    )
    again = await wait_for(client, uri, after=after)
    assert list(again.diagnostics) == []
    assert any("no-such-rule" in m.message and m.type == types.MessageType.Error for m in client.messages)


async def test_source_edit_changes_findings(client: RecordingClient, project: Path):
    """When the sources come to spell the name like the draft, the finding goes away."""
    uri = open_doc(client, project / "drafts" / "story.md")
    await wait_for(client, uri, lambda p: "name-spelling" in codes(p))

    a, b = project / "sources" / "a.txt", project / "sources" / "b.txt"
    after = len(client.published)
    a.write_text(SOURCE_A.replace("Velez", "Veles"), encoding="utf-8")
    b.write_text(SOURCE_B.replace("Velez", "Veles"), encoding="utf-8")
    watched(client, a, b)
    updated = await wait_for(client, uri, after=after)
    assert "name-spelling" not in codes(updated)

    # a source saved from the editor counts too
    after = len(client.published)
    source_uri = open_doc(client, a)
    a.write_text(SOURCE_A, encoding="utf-8")
    b.write_text(SOURCE_B, encoding="utf-8")
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=source_uri)))
    watched(client, b)
    await wait_for(client, uri, lambda p: "name-spelling" in codes(p), after=after)


@pytest_lsp.fixture(config=CONFIG)
async def tuned(lsp_client: RecordingClient, project: Path):
    params = initialize_params(project, rules={"common-misspelling": "warning"}, sources=["sources/a.txt"])
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def test_initialization_options(tuned: RecordingClient, project: Path):
    uri = open_doc(tuned, project / "drafts" / "notes.md", "The council recieved many letters.\n")
    published = await wait_for(tuned, uri, lambda p: bool(p.diagnostics))
    assert published.diagnostics[0].severity == types.DiagnosticSeverity.Warning
    facts = await tuned.workspace_execute_command_async(
        types.ExecuteCommandParams(command="copydesk.showFacts", arguments=[uri])
    )
    assert [Path(s).name for s in facts["sources"]] == ["a.txt"]
