"""Diagnostics: exact UTF-16 ranges, rule codes and links, evidence as related information."""

from __future__ import annotations

from pathlib import Path

from lsp_support import (
    DRAFT,
    SOURCE_A,
    RecordingClient,
    codes,
    initialize_params,
    open_doc,
    wait_for,
    write_project,
)
from lsprotocol import types

from copydesk.document import Document


def utf16_col(line: str, index: int) -> int:
    return len(line[:index].encode("utf-16-le")) // 2


async def test_name_misspelling_with_evidence_and_exact_range(client: RecordingClient, project: Path):
    """The misspelled source name is flagged where it is, after an emoji, with its evidence."""
    uri = open_doc(client, project / "drafts" / "story.md")
    published = await wait_for(client, uri, lambda p: "name-spelling" in codes(p))
    (diag,) = [d for d in published.diagnostics if d.code == "name-spelling"]

    line = DRAFT.splitlines()[2]
    assert line.startswith("🙂")
    start = line.index("Veles")
    # the emoji is one character but two UTF-16 code units: the range must count two
    assert utf16_col(line, start) == start + 1 == 26
    assert diag.range == types.Range(start=types.Position(2, 26), end=types.Position(2, 31))
    assert diag.source == "copydesk"
    assert diag.severity == types.DiagnosticSeverity.Warning
    assert diag.code_description is not None and diag.code_description.href.endswith("name-spelling.yaml")
    assert "Velez" in diag.message
    assert published.version == 1

    # related information jumps to the source spelling, at the right place in the source file
    assert diag.related_information
    for info in diag.related_information:
        path = Path(info.location.uri.removeprefix("file://"))
        assert path.parent == project / "sources"
        source = Document(path.read_text(encoding="utf-8"))
        r = info.location.range
        quoted = source.text[source.offset(r.start.line, r.start.character) : source.offset(r.end.line, r.end.character)]
        assert "Velez" in quoted
    # the fix travels with the diagnostic
    assert any(f["replacement"].endswith("Velez") for f in diag.data["fixes"])


async def test_emoji_before_a_house_style_finding(client: RecordingClient, project: Path):
    """A finding after an astral-plane character (2 UTF-16 units) is not shifted."""
    text = "👍🏽 The council recieved many letters.\n"
    uri = open_doc(client, project / "drafts" / "emoji.md", text)
    published = await wait_for(client, uri, lambda p: "common-misspelling" in codes(p))
    (diag,) = [d for d in published.diagnostics if d.code == "common-misspelling"]
    # "👍🏽" is two characters, four UTF-16 code units
    assert diag.range == types.Range(start=types.Position(0, 17), end=types.Position(0, 25))
    assert text[text.index("recieved") :].startswith("recieved") and utf16_col(text, text.index("recieved")) == 17


async def test_close_clears_diagnostics(client: RecordingClient, project: Path):
    uri = open_doc(client, project / "drafts" / "notes.md", "The council recieved many letters.\n")
    await wait_for(client, uri, lambda p: bool(p.diagnostics))
    after = len(client.published)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    cleared = await wait_for(client, uri, after=after)
    assert list(cleared.diagnostics) == []


async def test_a_source_open_as_a_draft_is_checked_against_the_others(client: RecordingClient, project: Path):
    """Editing sources/a.txt to misspell the name: flagged with evidence from b.txt only."""
    path = project / "sources" / "a.txt"
    text = path.read_text(encoding="utf-8").replace("Marta Velez", "Marta Veles")
    uri = open_doc(client, path, text)
    published = await wait_for(client, uri, lambda p: "name-spelling" in codes(p))
    (diag,) = [d for d in published.diagnostics if d.code == "name-spelling"]
    assert {Path(i.location.uri).name for i in diag.related_information} == {"b.txt"}


async def test_multi_root_folders_have_their_own_sources(bare_client: RecordingClient, tmp_path: Path):
    """Two workspace folders: the same draft text is wrong in one and right in the other."""
    one, two = tmp_path / "one", tmp_path / "two"
    for root in (one, two):
        root.mkdir()
        write_project(root)
    (two / "sources" / "a.txt").write_text(SOURCE_A.replace("Velez", "Veles"), encoding="utf-8")
    (two / "sources" / "b.txt").unlink()
    params = initialize_params(one)
    params.workspace_folders = [types.WorkspaceFolder(uri=r.as_uri(), name=r.name) for r in (one, two)]
    await bare_client.initialize_session(params)
    uri_one = open_doc(bare_client, one / "drafts" / "story.md")
    uri_two = open_doc(bare_client, two / "drafts" / "story.md")
    assert "name-spelling" in codes(await wait_for(bare_client, uri_one))
    assert "name-spelling" not in codes(await wait_for(bare_client, uri_two))
    await bare_client.shutdown_session()
