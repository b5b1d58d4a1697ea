"""Helpers for the end-to-end language-server tests: a project folder, a recording client, edits."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER = [sys.executable, "-m", "copydesk", "serve"]

SOURCE_A = """\
PORTO ALTO, March 3, 2025 — Defense Minister Marta Velez said on Monday that the government would
buy twelve patrol boats from Northwind Marine, a Halden-based shipbuilder.

"We will not wait another year for these boats," Velez told reporters at the harbour.
"""

SOURCE_B = """\
PORTO ALTO, March 4, 2025 — Marta Velez, the defense minister, defended the patrol boat deal in
parliament on Tuesday. Opposition leader Tomas Ferreira called the contract rushed.

Velez said the first boats would arrive in the spring.
"""

# A draft with one misspelled source name on line 2 and an emoji before it on the same line.
DRAFT = """\
# Boats deal

🙂 Defense Minister Marta Veles said the government would buy twelve patrol boats.

Opposition leader Tomas Ferreira called the contract rushed.
"""

CAPABILITIES = types.ClientCapabilities(
    workspace=types.WorkspaceClientCapabilities(
        configuration=True,
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
        workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
    ),
    text_document=types.TextDocumentClientCapabilities(
        synchronization=types.TextDocumentSyncClientCapabilities(did_save=True),
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
            related_information=True, version_support=True, code_description_support=True, data_support=True
        ),
        hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown, types.MarkupKind.PlainText]),
        document_link=types.DocumentLinkClientCapabilities(tooltip_support=True),
        code_action=types.CodeActionClientCapabilities(
            code_action_literal_support=types.ClientCodeActionLiteralOptions(
                code_action_kind=types.ClientCodeActionKindOptions(
                    value_set=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]
                )
            ),
            is_preferred_support=True,
        ),
    ),
)


@dataclass
class Published:
    uri: str
    version: int | None
    diagnostics: Sequence[types.Diagnostic]


class RecordingClient(LanguageClient):
    """The pytest-lsp client, also keeping every publishDiagnostics (with its version) in order."""

    published: list[Published]
    registrations: list[types.Registration]


def make_client() -> RecordingClient:
    client = RecordingClient()
    client.published = []
    client.registrations = []

    def publish(client: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(Published(params.uri, params.version, params.diagnostics))

    def register(client: RecordingClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    features = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
        types.CLIENT_REGISTER_CAPABILITY: register,
    }
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=make_client)


def write_project(root: Path, config: str = "sources: [sources]\n", draft: str = DRAFT) -> Path:
    """A workspace folder: copydesk.yaml, two sources and a draft. Returns the draft's path."""
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "sources" / "a.txt").write_text(SOURCE_A, encoding="utf-8")
    (root / "sources" / "b.txt").write_text(SOURCE_B, encoding="utf-8")
    (root / "copydesk.yaml").write_text(config, encoding="utf-8")
    (root / "drafts").mkdir(exist_ok=True)
    path = root / "drafts" / "story.md"
    path.write_text(draft, encoding="utf-8")
    return path


def initialize_params(root: Path, **options: object) -> types.InitializeParams:
    return types.InitializeParams(
        capabilities=CAPABILITIES,
        root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        initialization_options={"debounceMs": 0, **options},
    )


def open_doc(client: LanguageClient, path: Path, text: str | None = None, version: int = 1) -> str:
    uri = path.as_uri()
    language = "markdown" if path.suffix == ".md" else "plaintext"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=version,
                text=path.read_text(encoding="utf-8") if text is None else text,
            )
        )
    )
    return uri


async def wait_for(
    client: RecordingClient,
    uri: str,
    predicate: Callable[[Published], bool] = lambda p: True,
    *,
    after: int = 0,
    timeout: float = 20.0,
) -> Published:
    """The first diagnostics published for `uri` (from index `after` on) that satisfy `predicate`."""
    deadline = time.monotonic() + timeout
    while True:
        for p in client.published[after:]:
            if p.uri == uri and predicate(p):
                return p
        if time.monotonic() > deadline:
            seen = [(p.version, [d.message for d in p.diagnostics]) for p in client.published if p.uri == uri]
            raise AssertionError(f"no matching diagnostics for {uri} within {timeout}s; published: {seen}")
        await asyncio.sleep(0.02)


def watched(client: LanguageClient, *paths: Path) -> None:
    """Tell the server that files changed on disk, as an editor's file watcher does."""
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=p.as_uri(), type=types.FileChangeType.Changed) for p in paths]
        )
    )


def codes(p: Published) -> list[str]:
    return [str(d.code) for d in p.diagnostics]


def change(client: LanguageClient, uri: str, version: int, text: str, rng: types.Range | None = None) -> None:
    """Send one change: the whole text (`rng` None), or `text` replacing `rng`."""
    event: types.TextDocumentContentChangeEvent
    if rng is None:
        event = types.TextDocumentContentChangeWholeDocument(text=text)
    else:
        event = types.TextDocumentContentChangePartial(range=rng, text=text)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=[event]
        )
    )


def apply_edits(text: str, edits: Sequence[types.TextEdit]) -> str:
    """Apply LSP text edits to `text` (positions in UTF-16, as the server sends them)."""
    from copydesk.document import Document

    doc = Document(text)
    spans = sorted(
        ((doc.offset(e.range.start.line, e.range.start.character), doc.offset(e.range.end.line, e.range.end.character), e.new_text) for e in edits),
        reverse=True,
    )
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def write_house_project(tmp_path: Path) -> Path:
    """A workspace with the house rule that bans "kerfuffle": findings that do not depend on the
    fact checks."""
    from helpers import BANNED_RULE

    root = tmp_path / "project"
    root.mkdir()
    write_project(root, config="sources: [sources]\nrules: {paths: [house]}\n")
    (root / "house").mkdir()
    (root / "house" / "house-banned.yaml").write_text(BANNED_RULE, encoding="utf-8")
    return root
