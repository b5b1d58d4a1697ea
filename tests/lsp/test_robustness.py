"""Stale results are never published over newer ones; garbage is survived."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from lsp_support import RecordingClient, change, codes, open_doc, wait_for
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from copydesk.document import Document
from copydesk.workspace import Workspace


def expected_codes(project: Path, path: Path, text: str) -> list[str]:
    """What the CLI's code path finds in `text`: the ground truth for the final version."""
    ws = Workspace.discover(project)
    return [f.rule for f in ws.check(text, str(path)).findings]


def published_versions(client: RecordingClient, uri: str) -> list[int | None]:
    return [p.version for p in client.published if p.uri == uri]


async def test_rapid_edits_publish_only_fresh_results(client: RecordingClient, project: Path):
    path = project / "drafts" / "typing.md"
    uri = open_doc(client, path, "")
    await wait_for(client, uri)
    texts = []
    for version in range(2, 32):
        words = ["The council recieved letters." if version % 3 else "Minister Marta Veles spoke."] * (version % 5)
        text = "\n\n".join(words) + f"\n\nEdit {version}.\n"
        texts.append(text)
        change(client, uri, version, text)
    final = await wait_for(client, uri, lambda p: p.version == 31)
    assert codes(final) == expected_codes(project, path, texts[-1])
    await asyncio.sleep(0.3)
    versions = published_versions(client, uri)
    assert versions == sorted(versions), "an older version was published after a newer one"
    assert versions[-1] == 31


async def test_out_of_order_versions(client: RecordingClient, project: Path):
    """Versions that go backwards are applied in the order received; the last text wins."""
    path = project / "drafts" / "order.md"
    uri = open_doc(client, path, "Clean text.\n", version=10)
    await wait_for(client, uri, lambda p: p.version == 10)
    change(client, uri, 12, "The council recieved letters.\n")
    change(client, uri, 11, "Clean again, nothing to see.\n")
    last = await wait_for(client, uri, lambda p: p.version == 11)
    assert list(last.diagnostics) == []
    await asyncio.sleep(0.3)
    assert [p.version for p in client.published if p.uri == uri][-1] == 11


async def test_incremental_edits_with_emoji(client: RecordingClient, project: Path):
    path = project / "drafts" / "inc.md"
    text = "🙂 ok.\n"
    uri = open_doc(client, path, text)
    await wait_for(client, uri)
    # insert after the emoji and the space: UTF-16 column 3
    rng = types.Range(start=types.Position(0, 3), end=types.Position(0, 3))
    change(client, uri, 2, "we recieved it, ", rng)
    published = await wait_for(client, uri, lambda p: p.version == 2)
    (diag,) = published.diagnostics
    doc = Document("🙂 we recieved it, ok.\n")
    start = doc.text.index("recieved")
    assert (diag.range.start.character, diag.range.end.character) == (doc.position(start)[1], doc.position(start + 8)[1])
    assert diag.range.start.character == 6


async def test_garbage_is_survived(client: RecordingClient, project: Path):
    path = project / "drafts" / "story.md"
    # an unknown request gets an error, an unknown notification is ignored
    with pytest.raises(JsonRpcException):
        await client.protocol.send_request_async("copydesk/noSuchMethod", {"x": 1})
    client.protocol.notify("copydesk/noSuchNotification", {"x": 1})
    # a change for a document that was never opened
    change(client, (project / "drafts" / "never.md").as_uri(), 3, "x")
    # positions far past the end
    uri = open_doc(client, path)
    await wait_for(client, uri, lambda p: p.version == 1)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(999, 999))
    )
    assert hover is None
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(500, 0), end=types.Position(900, 3)),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert not actions or all(getattr(a, "kind", None) == "source.fixAll.copydesk" for a in actions)
    # an unknown command, and a command with bad arguments
    with pytest.raises(JsonRpcException):
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command="copydesk.nope"))
    bad = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="copydesk.ignoreWord", arguments=[42])
    )
    assert bad["ok"] is False
    # still alive and checking
    change(client, uri, 2, "The council recieved many letters.\n")
    published = await wait_for(client, uri, lambda p: p.version == 2)
    assert codes(published) == ["common-misspelling"]
    assert not client.error
