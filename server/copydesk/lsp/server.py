"""The copydesk language server: thin pygls handlers over workspaces, diagnostics, actions, hover.

Checks run in a single worker thread, so the event loop keeps answering requests while a draft
is checked, and every fact-base build or rebuild is serialized with the checks that read it.
Each open document has a generation counter: a change, save or config change starts a new
generation, cancels the pending check, and a result is published only if its generation is
still the latest, so an old version's diagnostics never replace a newer one's.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from copydesk import __version__
from copydesk.checks.engine import CheckCancelled
from copydesk.config import CONFIG_NAMES
from copydesk.config_edit import add_ignored_word
from copydesk.document import InputError, read_text
from copydesk.lsp import actions, completion, definition, hover, pygls_patches
from copydesk.lsp.diagnostics import to_diagnostics
from copydesk.lsp.workspaces import DocState, Folder, Settings, WorkspaceMap
from copydesk.workspace import DEMO_NOTE, CheckResult, Workspace
from copydesk.yamlfile import ConfigError

log = logging.getLogger(__name__)
# After an edit the paragraphs it touched are checked at once; the whole draft, which can change
# findings further away, waits until typing pauses this long (seconds).
WHOLE_DRAFT_PAUSE = 0.3

CHECK_WORKSPACE = "copydesk.checkWorkspace"
REBUILD_FACTS = "copydesk.rebuildFacts"
SHOW_FACTS = "copydesk.showFacts"
DRAFT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}
WATCH_GLOB = "**/*.{txt,text,md,markdown,yaml,yml}"
MAX_WORKSPACE_FILES = 5000


class CopydeskServer(LanguageServer):
    """pygls server plus copydesk's state: folders, open documents, the check thread."""

    def __init__(self) -> None:
        super().__init__(
            "copydesk", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=pygls_patches.CopydeskProtocol,
        )
        self.folders = WorkspaceMap()
        self.docs: dict[str, DocState] = {}
        self.checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copydesk-check")
        # hover and code actions on a result already computed: never queued behind a long check
        self.quick = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copydesk-quick")
        self.shutdown_requested = False
        self.exit_code = 0
        self.demo_noted = False  # DEMO_NOTE is shown once per session, not at every check
        self.files_lock = asyncio.Lock()  # see files_changed
        self.initial_settings = Settings()  # initializationOptions, under every later configuration change
        self.errors_shown: set[str] = set()  # internal errors popped up once each; logged every time

    # -- messages to the user ------------------------------------------------------------------

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

    # -- running checks ----------------------------------------------------------------------

    async def in_thread(self, fn: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.checker, fn, *args)

    async def in_quick_thread(self, fn: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.quick, fn, *args)

    def open_document(self, uri: str) -> Any | None:
        """The editor's copy of an open document, or None (pygls keys documents by unquoted URI,
        so "my%20draft.md" is found under "my draft.md")."""
        return self.workspace.text_documents.get(unquote(uri))

    def folder_of(self, path: Path | None) -> Folder:
        if path is None:
            explicit = [f for f in self.folders.folders.values() if f.explicit]
            return explicit[0] if explicit else self.folders.folder_for(Path.cwd())
        return self.folders.folder_for(path)

    @staticmethod
    def check_now(
        ws: Workspace, text: str, path: Path | None, cancelled: Any = None
    ) -> tuple[CheckResult, list[types.Diagnostic]]:
        """Runs in the check thread: findings and their diagnostics for one text (CheckCancelled
        if `cancelled()` turns true on the way)."""
        result = ws.check(text, str(path) if path else None, cancelled)
        return result, to_diagnostics(result.findings, result.document, ws)

    @staticmethod
    def check_edit_now(
        ws: Workspace, previous: CheckResult, text: str, path: Path | None, cancelled: Any = None
    ) -> tuple[CheckResult, list[types.Diagnostic]] | None:
        """Runs in the check thread: findings and diagnostics for an edit from the paragraphs it
        touched (see `Workspace.check_edit`), or None where only a whole check will do."""
        result = ws.check_edit(previous, text, str(path) if path else None, cancelled)
        return None if result is None else (result, to_diagnostics(result.findings, result.document, ws))

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Start a new generation for an open document and check it after `delay` seconds."""
        state = self.docs.get(uri)
        if state is None:
            return
        generation = state.bump()
        state.task = asyncio.get_running_loop().create_task(self._check_and_publish(state, generation, delay))

    async def _check_and_publish(self, state: DocState, generation: int, delay: float) -> None:
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            doc = self.open_document(state.uri)
            if doc is None or state.generation != generation:
                return
            text, version = doc.source, doc.version
            ws = self.folder_of(state.path).workspace
            state.cancel = cancel = threading.Event()
            published = None
            if state.basis is not None:
                # the paragraphs the edit touched at once; the whole draft once typing pauses
                quick = await self.in_thread(self.check_edit_now, ws, state.basis, text, state.path, cancel.is_set)
                if state.generation != generation or self.docs.get(state.uri) is not state:
                    return
                if quick is not None:
                    state.basis, published = quick
                    self.report_check_errors(state.uri, state.basis.errors)
                    self.text_document_publish_diagnostics(
                        types.PublishDiagnosticsParams(uri=state.uri, version=version, diagnostics=published)
                    )
                    state.hurry.clear()
                    with contextlib.suppress(asyncio.TimeoutError):  # the pause ended with no new edit
                        await asyncio.wait_for(state.hurry.wait(), WHOLE_DRAFT_PAUSE)
                    if state.generation != generation:
                        return
            result, diagnostics = await self.in_thread(self.check_now, ws, text, state.path, cancel.is_set)
            if state.generation != generation or self.docs.get(state.uri) is not state:
                return  # a newer version (or a close) came in while this one was checked
            state.result, state.result_text, state.result_workspace, state.diagnostics = result, text, ws, diagnostics
            state.basis = result
            self.report_check_errors(state.uri, result.errors)
            if result.skipped and not state.skipped_shown:  # once until it is small enough again
                self.show(result.skipped, types.MessageType.Warning)
            state.skipped_shown = result.skipped is not None
            if diagnostics != published:
                self.text_document_publish_diagnostics(
                    types.PublishDiagnosticsParams(uri=state.uri, version=version, diagnostics=diagnostics)
                )
            for note in result.notes:
                self.log(note, types.MessageType.Info)
            if ws.uses_demo_sources and not self.demo_noted:
                self.demo_noted = True
                self.show(DEMO_NOTE, types.MessageType.Info)
        except asyncio.CancelledError:
            raise
        except CheckCancelled:
            return  # stopped half way for a newer version
        except (ConfigError, InputError) as exc:
            self.show(str(exc))
        except Exception as exc:
            # a bug: say so, and clear this document's findings rather than leave stale ones up
            from copydesk.checks.engine import internal_error

            if state.generation == generation and self.docs.get(state.uri) is state:
                state.result = state.basis = None
                state.diagnostics = []
                self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=state.uri, diagnostics=[]))
            self.report_check_errors(state.uri, [internal_error(None, exc)])

    def recheck(self, roots: set[Path] | None = None) -> None:
        """Check every open document again (only those in `roots`, if given)."""
        for uri, state in list(self.docs.items()):
            if roots is None or self.folder_of(state.path).root in roots:
                self.schedule(uri)

    async def current_result(self, uri: str) -> tuple[CheckResult, list[types.Diagnostic], Workspace, DocState | None] | None:
        """The check result for the document's current text: the cached one, the one being
        computed, or a fresh check. None for a document that is not open."""
        state = self.docs.get(uri)
        if state is None or self.open_document(uri) is None:
            return None
        if state.task is not None and not state.task.done():
            state.hurry.set()  # a whole check waiting for typing to pause starts now
            await asyncio.wait({state.task})  # the check of this version, already under way
            state = self.docs.get(uri)
            if state is None or self.open_document(uri) is None:
                return None
        text = self.workspace.get_text_document(uri).source
        path = state.path
        ws = self.folder_of(path).workspace
        if state.result and state.result_text == text and state.result_workspace is ws:
            return state.result, state.diagnostics, ws, state
        result, diagnostics = await self.in_thread(self.check_now, ws, text, path)
        return result, diagnostics, ws, state

    # -- configuration and sources ---------------------------------------------------------------

    def reload_config(self, roots: list[Path] | None = None) -> set[Path]:
        """Reload folder configs (keeping each fact base whose sources did not change)."""
        roots = list(roots if roots is not None else self.folders.folders)
        old = {r: self.folders.folders[r].workspace for r in roots if r in self.folders.folders}
        for error in self.folders.reload(roots):
            self.show(error)
        for root, before in old.items():
            folder = self.folders.folders.get(root)
            if folder is not None and folder.workspace is not before:
                folder.workspace.adopt_factbase(before)
        return set(roots)

    async def source_changed(self, paths: list[Path]) -> set[Path]:
        """Rebuild the fact base of every workspace that reads one of `paths`; the roots touched."""
        touched: set[Path] = set()
        for root, folder in list(self.folders.folders.items()):
            ws = folder.workspace
            changed = [p for p in paths if _is_source(ws, p)]
            if changed:
                await self.in_thread(ws.rebuild, changed)
                touched.add(root)
        return touched

    async def files_changed(self, paths: list[Path]) -> None:
        """Config files reload their folder, rule files reload rules, sources rebuild facts.

        One change at a time, in the order they came: a later change's reload must not run while
        an earlier one waits for its rebuild, or the older files could win."""
        async with self.files_lock:
            await self._files_changed(paths)

    async def _files_changed(self, paths: list[Path]) -> None:
        roots: set[Path] = set()
        configs = [p for p in paths if p.name in CONFIG_NAMES]
        for p in configs:
            roots |= self.reload_config(self.folders.config_roots(p))
        rules = [p for p in paths if p.suffix in (".yaml", ".yml") and p not in configs]
        for root, folder in list(self.folders.folders.items()):
            if any(_under(p, folder.workspace.config.rule_paths) for p in rules):
                roots |= self.reload_config([root])
        for root, folder in list(self.folders.folders.items()):
            ws = folder.workspace
            facts = {f.resolve() for f in ws.config.facts}
            if any(p.resolve() in facts for p in rules):
                try:
                    await self.in_thread(ws.rebuild_keeping_last_good)
                except (ConfigError, InputError) as exc:
                    self.show(str(exc))  # the last good fact base stays
                else:
                    roots.add(root)
        roots |= await self.source_changed([p for p in paths if p.suffix.lower() in DRAFT_SUFFIXES])
        if roots:
            self.recheck(roots)

    async def pull_settings(self) -> None:
        """Ask a client that supports workspace/configuration for the `copydesk` section."""
        caps = self.client_capabilities.workspace
        if not (caps and caps.configuration):
            return
        try:
            result = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section="copydesk")])
            )
        except Exception as exc:
            self.log(f"workspace/configuration failed: {exc}", types.MessageType.Warning)
            return
        if result and isinstance(result[0], dict) and result[0]:
            self.apply_settings(result[0])

    def apply_settings(self, raw: Any) -> None:
        """The client's `copydesk` section, whole: it replaces the last one sent (layered over the
        initializationOptions only), so a bad setting is gone once the client sends a good one."""
        self.folders.settings = Settings.from_client(raw, self.initial_settings)
        self.recheck(self.reload_config())


def _path(uri: str) -> Path | None:
    try:
        fs = to_fs_path(uri)
    except Exception:
        return None
    return Path(fs) if fs and uri.startswith("file:") else None


def _under(path: Path, folders: list[Path]) -> bool:
    return any(path.resolve().is_relative_to(f.resolve()) for f in folders)


def _is_source(ws: Workspace, path: Path) -> bool:
    """Is `path` one of the workspace's sources (or a new file its source patterns would match)?"""
    try:
        files, _ = ws.config.source_files()
    except Exception:
        return False
    resolved = path.resolve()
    if any(f.resolve() == resolved for f in files):
        return True
    # a deleted source: it no longer resolves, but it sits in a source folder or matches a glob
    return not path.exists() and any(_under(path, [f.parent]) for f in files)


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
        path = _path(uri)
        if path is not None and path.is_dir():
            error = ls.folders.add(path)
            if error:
                ls.show(error)


@server.feature(types.INITIALIZED)
async def initialized(ls: CopydeskServer, params: types.InitializedParams) -> None:
    for folder in list(ls.folders.folders.values()):
        ls.checker.submit(_warm, folder.workspace)
    caps = ls.client_capabilities.workspace
    watch = caps.did_change_watched_files if caps else None
    if watch and watch.dynamic_registration:
        try:
            await ls.client_register_capability_async(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id="copydesk-watch",
                            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=types.DidChangeWatchedFilesRegistrationOptions(
                                watchers=[types.FileSystemWatcher(glob_pattern=WATCH_GLOB)]
                            ),
                        )
                    ]
                )
            )
        except Exception as exc:
            ls.log(f"could not register file watching: {exc}", types.MessageType.Warning)


def _warm(ws: Workspace) -> None:
    try:
        _ = ws.factbase
    except Exception as exc:
        log.warning("building the fact base failed: %s", exc)


@server.feature(types.SHUTDOWN)
def shutdown(ls: CopydeskServer, params: Any = None) -> None:
    ls.shutdown_requested = True
    for state in ls.docs.values():
        state.bump()
    ls.checker.shutdown(wait=False, cancel_futures=True)
    ls.quick.shutdown(wait=False, cancel_futures=True)


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
    ls.docs[uri] = DocState(uri, _path(uri))
    ls.schedule(uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: CopydeskServer, params: types.DidChangeTextDocumentParams) -> None:
    state = ls.docs.get(params.text_document.uri)
    if state is None:
        ls.log(f"change for a document that is not open: {params.text_document.uri}", types.MessageType.Warning)
        return
    ls.schedule(state.uri, ls.folders.debounce_seconds(ls.folder_of(state.path)))


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: CopydeskServer, params: types.DidSaveTextDocumentParams) -> None:
    path = _path(params.text_document.uri)
    if path is not None:
        await ls.files_changed([path])
    ls.schedule(params.text_document.uri)


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
        ls.apply_settings(params.settings)
    else:
        await ls.pull_settings()


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def did_change_watched_files(ls: CopydeskServer, params: types.DidChangeWatchedFilesParams) -> None:
    paths = [p for p in (_path(c.uri) for c in params.changes) if p is not None]
    await ls.files_changed(paths)


@server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
def did_change_folders(ls: CopydeskServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
    for f in params.event.removed:
        if (path := _path(f.uri)) is not None:
            ls.folders.remove(path)
    for f in params.event.added:
        if (path := _path(f.uri)) is not None and (error := ls.folders.add(path)):
            ls.show(error)
    ls.recheck()


# -- features --------------------------------------------------------------------------------------


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def on_hover(ls: CopydeskServer, params: types.HoverParams) -> types.Hover | None:
    current = await ls.current_result(params.text_document.uri)
    if current is None:
        return None  # a document that was never opened (or is closed): nothing to say
    result, _, ws, _ = current
    document = result.document
    offset = document.offset(params.position.line, params.position.character)
    kb = ws.built_factbase
    if kb is None:  # not built yet: build it in the check thread, in turn with the checks
        return await ls.in_thread(lambda: hover.hover(result.findings, document, ws.factbase, offset, ws.config.root))
    return await ls.in_quick_thread(lambda: hover.hover(result.findings, document, kb, offset, ws.config.root))


@server.feature(types.TEXT_DOCUMENT_DEFINITION)
async def on_definition(ls: CopydeskServer, params: types.DefinitionParams) -> types.Location | None:
    current = await ls.current_result(params.text_document.uri)
    if current is None:
        return None
    result, _, ws, _ = current
    offset = result.document.offset(params.position.line, params.position.character)
    return await ls.in_quick_thread(definition.definition, result.findings, result.resolution, offset, ws.config.root)


@server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(resolve_provider=False))
async def on_completion(ls: CopydeskServer, params: types.CompletionParams) -> types.CompletionList | None:
    doc = ls.open_document(params.text_document.uri)
    if doc is None:
        return None
    position = params.position
    lines = doc.lines
    line = lines[position.line] if 0 <= position.line < len(lines) else ""
    ws = ls.folder_of(_path(params.text_document.uri)).workspace
    run = ls.in_quick_thread if ws.built_factbase is not None else ls.in_thread  # a build waits its turn with the checks
    items = await run(lambda: completion.completions(ws.factbase, line, position.line, position.character))
    return types.CompletionList(is_incomplete=False, items=items) if items else None


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=actions.KINDS, resolve_provider=False),
)
async def on_code_action(ls: CopydeskServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    current = await ls.current_result(uri)
    if current is None:
        return []  # a document that was never opened (or is closed)
    result, diagnostics, _, _ = current
    version = ls.workspace.get_text_document(uri).version
    return actions.code_actions(result.findings, result.document, uri, version, params, diagnostics)


# -- commands --------------------------------------------------------------------------------------


def _arg_path(args: tuple[Any, ...], index: int) -> Path | None:
    value = args[index] if len(args) > index else None
    if isinstance(value, dict):
        value = value.get("uri")
    return _path(value) if isinstance(value, str) else None


@server.command(actions.IGNORE_WORD)
def ignore_word(ls: CopydeskServer, *args: Any) -> dict:
    """Arguments: the word, and the URI of the document it was found in."""
    word = args[0] if args and isinstance(args[0], str) else ""
    folder = ls.folder_of(_arg_path(args, 1))
    config_path = folder.workspace.config.path or folder.root / CONFIG_NAMES[0]
    try:
        added = add_ignored_word(config_path, word, folder.root)
    except (ConfigError, InputError) as exc:
        ls.show(str(exc))
        return {"ok": False, "error": str(exc)}
    ls.recheck(ls.reload_config([folder.root]))
    return {"ok": True, "added": added, "config": str(config_path)}


@server.command(REBUILD_FACTS)
async def rebuild_facts(ls: CopydeskServer, *args: Any) -> dict:
    out = {}
    for root, folder in list(ls.folders.folders.items()):
        ws = folder.workspace
        await ls.in_thread(lambda w=ws: (w.rebuild(None), w.factbase))
        out[str(root)] = _summary(ws.factbase)
    ls.recheck()
    return out


@server.command(SHOW_FACTS)
async def show_facts(ls: CopydeskServer, *args: Any) -> dict:
    """Argument (optional): a document or folder URI; the fact base of its workspace."""
    folder = ls.folder_of(_arg_path(args, 0))
    ws = folder.workspace
    kb = await ls.in_thread(lambda: ws.factbase)
    files, _ = ws.config.source_files()
    return {
        "root": str(folder.root),
        "config": str(ws.config.path) if ws.config.path else None,
        "sources": [str(f) for f in files],
        "summary": _summary(kb),
        "entities": sorted({getattr(e, "name", str(e)) for e in getattr(kb, "entities", []) or []}),
        "notes": list(ws.notes),
    }


def _summary(kb: Any) -> dict:
    summary = getattr(kb, "summary", None)
    try:
        return dict(summary()) if callable(summary) else {"entities": len(getattr(kb, "entities", []) or [])}
    except Exception as exc:
        return {"error": str(exc)}


@server.command(CHECK_WORKSPACE)
async def check_workspace(ls: CopydeskServer, *args: Any) -> dict:
    """Check every draft (.md, .txt) under the folder (or all folders) and publish the results."""
    given = _arg_path(args, 0)
    folders = [ls.folder_of(given)] if given else [f for f in ls.folders.folders.values() if f.explicit]
    files = findings = 0
    roots = {f.root for f in folders}
    for folder in folders:
        for path in _drafts(folder.root):
            uri = from_fs_path(str(path)) or path.as_uri()
            if uri in ls.docs:
                continue
            try:
                text, _ = read_text(path)
            except InputError as exc:
                ls.log(str(exc), types.MessageType.Warning)
                continue
            ws = ls.folder_of(path).workspace
            try:
                result, diagnostics = await ls.in_thread(ls.check_now, ws, text, path)
            except Exception as exc:
                ls.log(f"checking {path} failed: {exc}", types.MessageType.Error)
                continue
            files += 1
            findings += len(result.findings)
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))
    ls.recheck(roots)
    return {"files": files, "findings": findings, "open": len(ls.docs)}


def _drafts(root: Path) -> list[Path]:
    out = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if any(p.startswith(".") or p in SKIP_DIRS for p in rel[:-1]):
            continue
        if path.suffix.lower() in DRAFT_SUFFIXES and path.is_file():
            out.append(path)
            if len(out) >= MAX_WORKSPACE_FILES:
                break
    return out


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
