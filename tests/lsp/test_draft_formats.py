"""The language server and the CLI agree on what a draft is: every suffix of copydesk.formats is
checked by both, watched by the server, and read as a source; the disable-line action writes
each format's own comment."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsp_support import (
    CONFIG,
    SOURCE_A,
    SOURCE_B,
    RecordingClient,
    apply_edits,
    change,
    codes,
    initialize_params,
    open_doc,
    wait_for,
    write_project,
)
from lsprotocol import types

from copydesk.formats import SUFFIXES

MISSPELT = "The council recieved many letters.\n"


def _watched_suffixes(client: RecordingClient) -> set[str]:
    (registration,) = [r for r in client.registrations if r.method == "workspace/didChangeWatchedFiles"]
    options = registration.register_options
    watchers = options["watchers"] if isinstance(options, dict) else options.watchers
    globs = [w["globPattern"] if isinstance(w, dict) else w.glob_pattern for w in watchers]
    found: set[str] = set()
    for glob in globs:
        m = re.fullmatch(r"\*\*/\*\.\{(.*)\}", glob)
        assert m is not None, glob
        found |= {f".{s}" for s in m.group(1).split(",")}
    return found


def _cli_checked(root: Path) -> set[str]:
    out = subprocess.run([sys.executable, "-m", "copydesk", "check", "--format", "json", "drafts"],
                         cwd=root, capture_output=True, text=True, encoding="utf-8", check=False)
    assert out.returncode in (0, 1), out.stderr
    return {Path(f["path"]).name for f in json.loads(out.stdout)["files"] if f["diagnostics"]}


async def test_the_server_checks_and_watches_every_suffix_the_cli_checks(client: RecordingClient, project: Path):
    (project / "drafts" / "story.md").unlink()
    names = {f"notes{suffix}" for suffix in SUFFIXES}
    for name in names:
        (project / "drafts" / name).write_text(MISSPELT, encoding="utf-8")
    (project / "drafts" / "notes.docx").write_text(MISSPELT, encoding="utf-8")  # no draft format: neither reads it

    assert _cli_checked(project) == names
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="copydesk.checkWorkspace", arguments=[project.as_uri()])
    )
    assert result["files"] == len(names) + 2  # and the two sources, drafts of their own
    for name in names:
        published = await wait_for(client, (project / "drafts" / name).as_uri(), lambda p: bool(p.diagnostics))
        assert codes(published) == ["common-misspelling"]
    assert (project / "drafts" / "notes.docx").as_uri() not in {p.uri for p in client.published}
    assert _watched_suffixes(client) == {*(s.lower() for s in SUFFIXES), ".yaml", ".yml"}


@pytest.fixture
def markup_project(tmp_path: Path) -> Path:
    """Sources in HTML and reStructuredText; the draft misspells a name both spell."""
    root = tmp_path / "project"
    root.mkdir()
    write_project(root)
    for old in ("a.txt", "b.txt"):
        (root / "sources" / old).unlink()
    _write_sources(root, "Velez")
    return root


def _write_sources(root: Path, surname: str) -> tuple[Path, Path]:
    a, b = root / "sources" / "a.html", root / "sources" / "b.rst"
    paragraphs = "".join(f"<p>{p}</p>\n" for p in SOURCE_A.replace("Velez", surname).split("\n\n"))
    a.write_text(f"<html><body><h1>Boats</h1>\n{paragraphs}</body></html>\n", encoding="utf-8")
    b.write_text("Boats\n=====\n\n" + SOURCE_B.replace("Velez", surname), encoding="utf-8")
    return a, b


@pytest_lsp.fixture(config=CONFIG)
async def markup_client(lsp_client: RecordingClient, markup_project: Path):
    await lsp_client.initialize_session(initialize_params(markup_project))
    yield
    await lsp_client.shutdown_session()


async def test_html_and_rst_sources_are_read_and_watched(markup_client: RecordingClient, markup_project: Path):
    client, root = markup_client, markup_project
    uri = open_doc(client, root / "drafts" / "story.md")
    await wait_for(client, uri, lambda p: "name-spelling" in codes(p))

    after = len(client.published)
    a, b = _write_sources(root, "Veles")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=p.as_uri(), type=types.FileChangeType.Changed) for p in (a, b)]))
    updated = await wait_for(client, uri, after=after)
    assert "name-spelling" not in codes(updated)


@pytest.mark.parametrize(("name", "text", "comment"), [
    ("notes.html", "<h1>Notes</h1>\n<p>\n  The council recieved many letters.</p>\n",
     "  <!-- copydesk-disable-next-line common-misspelling -->\n"),
    ("notes.rst", "Notes\n=====\n\n  The council recieved many letters.\n",
     "  .. copydesk-disable common-misspelling\n\n"),
    ("notes.txt", "Notes\n\nThe council recieved many letters.\n",
     "<!-- copydesk-disable-next-line common-misspelling -->\n"),
])
async def test_the_disable_line_action_writes_the_formats_comment(client: RecordingClient, project: Path,
                                                                  name: str, text: str, comment: str):
    uri = open_doc(client, project / "drafts" / name, text)
    published = await wait_for(client, uri, lambda p: bool(p.diagnostics))
    (diag,) = published.diagnostics
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diag.range,
        context=types.CodeActionContext(diagnostics=[diag])))
    (disable,) = [a for a in actions if a.title.startswith("Disable")]
    edits = [e for change_ in disable.edit.document_changes for e in change_.edits]
    line = diag.range.start.line
    lines = text.splitlines(keepends=True)
    fixed = apply_edits(text, edits)
    if name.endswith(".rst"):  # a reST comment is a block: disable ... enable around the paragraph
        assert disable.title == "Disable common-misspelling in this paragraph"
        assert fixed == "".join([*lines[:line], comment, *lines[line:], "\n  .. copydesk-enable common-misspelling\n"])
    else:
        assert disable.title == "Disable common-misspelling on this line"
        assert fixed == "".join([*lines[:line], comment, *lines[line:]])
    change(client, uri, 2, fixed)
    after = await wait_for(client, uri, lambda p: p.version == 2)
    assert list(after.diagnostics) == []
