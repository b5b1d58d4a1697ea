"""The copydesk language server: copydesk's state on a pygls server, and thin handlers that hand
each LSP message to its module.

    scheduling.py     threads, debounce, generations, cancellation; the result for a cursor
    watching.py       config, rule, facts and source files changing on disk; client settings
    diagnostics.py    findings -> diagnostics (published by scheduling)
    hover.py          what a finding or the sources say about the words under the cursor
    definition.py     from a name, figure, date or quote to the source passage that states it
    links.py          document links from each known name to the source that names it
    completion.py     the names and titles the sources know, after a capitalised prefix
    actions.py        quick fixes, ignore a word, disable a rule on a line, fix all
    commands.py       workspace/executeCommand
    workspaces.py     folders -> Workspaces, client settings
    locations.py      ranges and source-file locations
    pygls_patches.py  workarounds for pygls, each to go when pygls fixes it
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path

from copydesk import __version__
from copydesk.document import InputError
from copydesk.lsp import (
    actions,
    commands,
    completion,
    definition,
    hover,
    links,
    pygls_patches,
    scheduling,
    watching,
)
from copydesk.lsp.locations import path_of
from copydesk.lsp.scheduling import DocState, Threads
from copydesk.lsp.workspaces import Folder, Settings, WorkspaceMap
from copydesk.workspace import Workspace
from copydesk.yamlfile import ConfigError

log = logging.getLogger(__name__)


class CopydeskServer(LanguageServer):
    """pygls server plus copydesk's state: folders, open documents, the threads, and the messages
    it shows the user."""

    def __init__(self) -> None:
        super().__init__(
            "copydesk", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=pygls_patches.CopydeskProtocol,
        )
        self.folders = WorkspaceMap()
        self.docs: dict[str, DocState] = {}
        self.threads = Threads()
        self.shutdown_requested = False
        self.exit_code = 0
        self.demo_noted = False  # DEMO_NOTE is shown once per session, not at every check
        self.files_lock = asyncio.Lock()  # see watching.files_changed
        self.initial_settings = Settings()  # initializationOptions, under every later configuration change
        self.errors_shown: set[str] = set()  # internal errors popped up once each; logged every time

    def log(self, message: str, kind: types.MessageType = types.MessageType.Log) -> None:
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:
            log.warning("%s", message)

    def show(self, message: str, kind: types.MessageType = types.MessageType.Error) -> None:
        try:
            self.window_show_message(types.ShowMessageParams(type=kind, message=f"copydesk: {message}"))
        except Exception:
            log.warning("%s", message)
        self.log(message, kind)

    def report_check_errors(self, uri: str, errors: list[str]) -> None:
        """A rule that raised: logged at every check, shown once per session (not at each keystroke)."""
        for error in errors:
            self.log(f"{uri}: {error}", types.MessageType.Error)
            if error not in self.errors_shown:
                self.errors_shown.add(error)
                self.show(f"{error} (its findings are left out; the other rules still report)")

    def report_server_error(self, error: Exception, source: Any) -> None:
        """Log (never pop up) anything pygls could not handle; the server keeps running."""
        self.log(f"ignored a message the server could not handle: {type(error).__name__}: {error}", types.MessageType.Warning)

    def open_document(self, uri: str) -> Any | None:
        """The editor's copy of an open document, or None (pygls keys documents by unquoted URI,
        so "my%20draft.md" is found under "my draft.md")."""
        return self.workspace.text_documents.get(unquote(uri))

    def folder_of(self, path: Path | None) -> Folder:
        if path is None:
            explicit = [f for f in self.folders.folders.values() if f.explicit]
            return explicit[0] if explicit else self.folders.folder_for(Path.cwd())
        return self.folders.folder_for(path)


server = CopydeskServer()


# -- lifecycle -----------------------------------------------------------------------------------


@server.feature(types.INITIALIZE)
def initialize(ls: CopydeskServer, params: types.InitializeParams) -> None:
    pygls_patches.use_lsp_lines(ls.workspace)
    ls.folders.settings = ls.initial_settings = Settings.from_client(params.initialization_options)
    roots = [f.uri for f in params.workspace_folders or []]
    if not roots and params.root_uri:
        roots = [params.root_uri]
    if not roots and params.root_path:
        roots = [from_fs_path(params.root_path) or ""]
    for uri in roots:
        path = path_of(uri)
        if path is not None and path.is_dir():
            error = ls.folders.add(path)
            if error:
                ls.show(error)


@server.feature(types.INITIALIZED)
async def initialized(ls: CopydeskServer, params: types.InitializedParams) -> None:
    for folder in list(ls.folders.folders.values()):
        ls.threads.checker.submit(_warm, folder.workspace)
    await watching.register(ls)


def _warm(ws: Workspace) -> None:
    """Build a folder's fact base before the first draft asks for it."""
    try:
        _ = ws.factbase
    except Exception as exc:
        log.warning("building the fact base failed: %s", exc)


@server.feature(types.SHUTDOWN)
def shutdown(ls: CopydeskServer, params: Any = None) -> None:
    ls.shutdown_requested = True
    for state in ls.docs.values():
        state.bump()
    ls.threads.shutdown()


@server.feature(types.EXIT)
def exit_(ls: CopydeskServer, params: Any = None) -> None:
    ls.exit_code = 0 if ls.shutdown_requested else 1


# -- documents -------------------------------------------------------------------------------------


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: CopydeskServer, params: types.DidOpenTextDocumentParams) -> None:
    uri = params.text_document.uri
    old = ls.docs.get(uri)
    if old is not None:
        old.bump()
    ls.docs[uri] = DocState(uri, path_of(uri))
    scheduling.schedule(ls, uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: CopydeskServer, params: types.DidChangeTextDocumentParams) -> None:
    state = ls.docs.get(params.text_document.uri)
    if state is None:
        ls.log(f"change for a document that is not open: {params.text_document.uri}", types.MessageType.Warning)
        return
    scheduling.schedule(ls, state.uri, ls.folders.debounce_seconds(ls.folder_of(state.path)))


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: CopydeskServer, params: types.DidSaveTextDocumentParams) -> None:
    path = path_of(params.text_document.uri)
    if path is not None:
        await watching.files_changed(ls, [path])
    scheduling.schedule(ls, params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: CopydeskServer, params: types.DidCloseTextDocumentParams) -> None:
    state = ls.docs.pop(params.text_document.uri, None)
    if state is not None:
        state.bump()
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))


# -- workspace -------------------------------------------------------------------------------------


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def did_change_configuration(ls: CopydeskServer, params: types.DidChangeConfigurationParams) -> None:
    if params.settings:
        watching.apply_settings(ls, params.settings)
    else:
        await watching.pull_settings(ls)


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def did_change_watched_files(ls: CopydeskServer, params: types.DidChangeWatchedFilesParams) -> None:
    await watching.files_changed(ls, [p for p in (path_of(c.uri) for c in params.changes) if p is not None])


@server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
def did_change_folders(ls: CopydeskServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
    for f in params.event.removed:
        if (path := path_of(f.uri)) is not None:
            ls.folders.remove(path)
    for f in params.event.added:
        if (path := path_of(f.uri)) is not None and (error := ls.folders.add(path)):
            ls.show(error)
    scheduling.recheck(ls)


# -- features --------------------------------------------------------------------------------------


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def on_hover(ls: CopydeskServer, params: types.HoverParams) -> types.Hover | None:
    here = await scheduling.at_cursor(ls, params.text_document, params.position)
    if here is None:
        return None  # a document that was never opened (or is closed): nothing to say
    result = here.result
    answer = await ls.threads.quick_answer(hover.hover, result.findings, result.document, result.resolution, here.offset,
                                           here.workspace.config.root)
    if answer is not None and answer.range is not None and here.line_shift:  # from the last check: its lines moved
        r = answer.range
        answer.range = types.Range(start=types.Position(line=r.start.line + here.line_shift, character=r.start.character),
                                   end=types.Position(line=r.end.line + here.line_shift, character=r.end.character))
    return answer


@server.feature(types.TEXT_DOCUMENT_DEFINITION)
async def on_definition(ls: CopydeskServer, params: types.DefinitionParams) -> types.Location | None:
    here = await scheduling.at_cursor(ls, params.text_document, params.position)
    if here is None:
        return None
    return await ls.threads.quick_answer(definition.definition, here.result.findings, here.result.resolution,
                                         here.offset, here.workspace.config.root)


@server.feature(types.TEXT_DOCUMENT_DOCUMENT_LINK, types.DocumentLinkOptions(resolve_provider=False))
async def on_document_link(ls: CopydeskServer, params: types.DocumentLinkParams) -> list[types.DocumentLink]:
    current = await scheduling.current_result(ls, params.text_document.uri)
    if current is None:
        return []
    result, _, ws = current
    caps = ls.client_capabilities.text_document
    tooltips = bool(caps and caps.document_link and caps.document_link.tooltip_support)
    return await ls.threads.quick_answer(links.document_links, result.document, result.resolution, ws.config.root,
                                         tooltips)


@server.feature(types.TEXT_DOCUMENT_COMPLETION,
                types.CompletionOptions(trigger_characters=completion.TRIGGER_CHARACTERS, resolve_provider=False))
async def on_completion(ls: CopydeskServer, params: types.CompletionParams) -> types.CompletionList | None:
    doc = ls.open_document(params.text_document.uri)
    if doc is None:
        return None
    position = params.position
    line = doc.lines[position.line] if 0 <= position.line < len(doc.lines) else ""
    ws = ls.folder_of(path_of(params.text_document.uri)).workspace
    # the text as typed, not a check's: completion never waits for one (a build waits its turn)
    run = ls.threads.quick_answer if ws.built_factbase is not None else ls.threads.check
    try:
        items = await run(lambda: completion.completions(ws.factbase, line, position.line, position.character))
    except (ConfigError, InputError):
        return None  # a fact base that cannot be built: the check of the document says why
    return types.CompletionList(is_incomplete=False, items=items) if items else None


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=actions.KINDS, resolve_provider=False),
)
async def on_code_action(ls: CopydeskServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    current = await scheduling.findings_now(ls, uri, params.range.start.line)
    if current is None:
        return []  # a document that was never opened (or is closed)
    result, diagnostics, partial = current
    version = ls.workspace.get_text_document(uri).version
    return actions.code_actions(result.findings, result.document, uri, version, params, diagnostics, fix_all=not partial)


# -- commands --------------------------------------------------------------------------------------


@server.command(commands.IGNORE_WORD)
def ignore_word(ls: CopydeskServer, *args: Any) -> dict:
    return commands.ignore_word(ls, *args)


@server.command(commands.REBUILD_FACTS)
async def rebuild_facts(ls: CopydeskServer, *args: Any) -> dict:
    return await commands.rebuild_facts(ls, *args)


@server.command(commands.SHOW_FACTS)
async def show_facts(ls: CopydeskServer, *args: Any) -> dict:
    return await commands.show_facts(ls, *args)


@server.command(commands.CHECK_WORKSPACE)
async def check_workspace(ls: CopydeskServer, *args: Any) -> dict:
    return await commands.check_workspace(ls, *args)


# -- entry point -----------------------------------------------------------------------------------


def serve(tcp: str | None = None) -> int:
    """Run the server on stdio (or on TCP `HOST:PORT`); the exit code LSP asks for."""
    logging.basicConfig(level=logging.WARNING, format="copydesk-lsp %(levelname)s %(message)s")
    pygls_patches.install()
    if tcp:
        host, _, port = tcp.rpartition(":")
        server.start_tcp(host or "127.0.0.1", int(port))
    else:
        server.start_io()
    if server.protocol.framing_error:  # the stream broke: exit non-zero so the client restarts the server
        return 1
    return server.exit_code
