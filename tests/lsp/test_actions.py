"""Code actions: a quick fix that removes its diagnostic, disable-on-line, fix all, ignore a word."""

from __future__ import annotations

from pathlib import Path

from lsp_support import RecordingClient, apply_edits, change, codes, open_doc, wait_for
from lsprotocol import types


async def actions_at(client: RecordingClient, uri: str, diag: types.Diagnostic, only: list[str] | None = None):
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diag.range,
            context=types.CodeActionContext(diagnostics=[diag], only=only),
        )
    )


def edits_of(action: types.CodeAction) -> list[types.TextEdit]:
    assert action.edit is not None and action.edit.document_changes
    return [e for dc in action.edit.document_changes for e in dc.edits]


async def test_quick_fix_makes_the_diagnostic_go_away(client: RecordingClient, project: Path):
    path = project / "drafts" / "story.md"
    text = path.read_text(encoding="utf-8")
    uri = open_doc(client, path)
    published = await wait_for(client, uri, lambda p: "name-spelling" in codes(p))
    (diag,) = [d for d in published.diagnostics if d.code == "name-spelling"]

    found = await actions_at(client, uri, diag)
    fixes = [a for a in found if isinstance(a, types.CodeAction) and a.kind == types.CodeActionKind.QuickFix and a.edit]
    preferred = [a for a in fixes if a.is_preferred]
    assert len(preferred) == 1 and "Velez" in preferred[0].title
    assert any(a.title.startswith("Ignore") for a in found)
    assert any(a.title == "Disable name-spelling on this line" for a in found)

    fixed = apply_edits(text, edits_of(preferred[0]))
    assert "Marta Velez said" in fixed and "Veles" not in fixed
    change(client, uri, 2, fixed)
    after = await wait_for(client, uri, lambda p: p.version == 2)
    assert "name-spelling" not in codes(after)


async def test_disable_next_line_action(client: RecordingClient, project: Path):
    path = project / "drafts" / "notes.md"
    text = "# Notes\n\n  The council recieved many letters.\n"
    uri = open_doc(client, path, text)
    published = await wait_for(client, uri, lambda p: bool(p.diagnostics))
    (diag,) = published.diagnostics
    (disable,) = [a for a in await actions_at(client, uri, diag) if a.title.startswith("Disable")]
    new_text = apply_edits(text, edits_of(disable))
    assert new_text == "# Notes\n\n  <!-- copydesk-disable-next-line common-misspelling -->\n  The council recieved many letters.\n"
    change(client, uri, 2, new_text)
    after = await wait_for(client, uri, lambda p: p.version == 2)
    assert list(after.diagnostics) == []


async def test_fix_all(client: RecordingClient, project: Path):
    path = project / "drafts" / "many.md"
    text = "Defense Minister Marta Veles recieved the boats.\n\nThe council recieved many letters.\n"
    uri = open_doc(client, path, text)
    published = await wait_for(client, uri, lambda p: len(p.diagnostics) >= 3)
    found = await actions_at(client, uri, published.diagnostics[0], only=["source.fixAll.copydesk"])
    (fix_all,) = found
    assert fix_all.kind == "source.fixAll.copydesk"
    assert fix_all.title == f"Fix all copydesk findings: {len(edits_of(fix_all))} exact fix" + "es" * (len(edits_of(fix_all)) != 1)
    fixed = apply_edits(text, edits_of(fix_all))
    assert fixed == "Defense Minister Marta Velez received the boats.\n\nThe council received many letters.\n"
    change(client, uri, 2, fixed)
    after = await wait_for(client, uri, lambda p: p.version == 2)
    assert list(after.diagnostics) == []


async def test_ignore_word_edits_config_and_rechecks(client: RecordingClient, project: Path):
    config = project / "copydesk.yaml"
    config.write_text("# our newsroom\nsources: [sources]   # the wire copy\n", encoding="utf-8")
    uri = open_doc(client, project / "drafts" / "notes.md", "The council recieved many letters.\n")
    published = await wait_for(client, uri, lambda p: bool(p.diagnostics))
    found = await actions_at(client, uri, published.diagnostics[0])
    # (lsprotocol's client-side parser reads a CodeAction carrying a command as a Command)
    ignore = [a for a in found if a.title.startswith("Ignore")]
    assert ignore and "recieved" in ignore[0].title

    after = len(client.published)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="copydesk.ignoreWord", arguments=["recieved", uri])
    )
    assert result["ok"] and result["added"]
    assert config.read_text(encoding="utf-8") == (
        "# our newsroom\nsources: [sources]   # the wire copy\nignore:\n  - recieved\n"
    )
    cleared = await wait_for(client, uri, lambda p: not p.diagnostics, after=after)
    assert cleared.version == 1
