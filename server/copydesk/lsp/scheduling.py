"""When checks run: the threads, debouncing, generations and cancellation of open documents.

Checks run in a single worker thread, so the event loop keeps answering requests while a draft
is checked, and every fact-base build or rebuild is serialized with the checks that read it.
Hover, definition and code actions read a result already computed in a second thread, never
queued behind a long check.

Each open document has a generation counter: a change, save or config change starts a new
generation, cancels the pending check, and a result is published only if its generation is
still the latest, so an old version's diagnostics never replace a newer one's. After an edit the
paragraphs it touched are checked at once; the whole draft, which can change findings further
away, waits until typing pauses.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lsprotocol import types

from copydesk.checks.engine import CheckCancelled
from copydesk.document import InputError
from copydesk.incremental import changed_span
from copydesk.lsp.diagnostics import to_diagnostics
from copydesk.quietlog import internal_error
from copydesk.workspace import DEMO_NOTE, CheckResult, Workspace
from copydesk.yamlfile import ConfigError

if TYPE_CHECKING:
    from copydesk.lsp.server import CopydeskServer

T = TypeVar("T")
WHOLE_DRAFT_PAUSE = 0.3  # seconds without an edit before the whole draft is checked again
SWITCH_INTERVAL = 0.001  # seconds a thread runs before another may take the interpreter
CURSOR_WAIT = 0.05  # seconds hover and definition wait for the current text's check before answering from the last


class Threads:
    """The check thread (checks and fact-base builds, one at a time) and the quick thread
    (answers read from a result already computed)."""

    def __init__(self) -> None:
        # a check holds the interpreter for SWITCH_INTERVAL at a time (Python's default: 5 ms);
        # shorter, the loop thread and the quick thread answer a hover in a few turns, not dozens
        sys.setswitchinterval(SWITCH_INTERVAL)
        self.checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copydesk-check")
        self.quick = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copydesk-quick")

    async def check(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.checker, fn, *args)

    async def quick_answer(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.quick, fn, *args)

    def shutdown(self) -> None:
        self.checker.shutdown(wait=False, cancel_futures=True)
        self.quick.shutdown(wait=False, cancel_futures=True)


@dataclass
class DocState:
    """An open document: the latest generation scheduled, the pending check, the last result."""

    uri: str
    path: Path | None
    generation: int = 0
    task: asyncio.Task | None = None
    result: CheckResult | None = None
    result_text: str | None = None
    result_workspace: Workspace | None = None
    diagnostics: list = field(default_factory=list)
    basis: CheckResult | None = None  # the latest findings, of a whole check or of edited paragraphs
    basis_diagnostics: list = field(default_factory=list)  # what was published from `basis`
    hurry: asyncio.Event = field(default_factory=asyncio.Event)  # set: check the whole draft without waiting
    cancel: threading.Event | None = None  # set to stop the check running in the check thread
    skipped_shown: bool = False  # the too-big message is up for this document (see Workspace._too_big)
    whole_seconds: float = 0.0  # how long the last whole check took: what the next one is expected to take
    whole_started: float | None = None  # loop time the running whole check began (None: none running)

    def bump(self) -> int:
        """A new generation: every check scheduled before this one is now stale."""
        self.generation += 1
        if self.task is not None and not self.task.done():
            self.task.cancel()
        self.task = None
        if self.cancel is not None:
            self.cancel.set()
        self.cancel = None
        return self.generation


@dataclass(frozen=True)
class AtCursor:
    """A request's document at its current text: the check result, and the offset of the cursor."""

    result: CheckResult
    workspace: Workspace
    offset: int
    line_shift: int = 0  # answered from the last check: add to its lines to get the current text's


def check_now(ws: Workspace, text: str, path: Path | None,
              cancelled: Callable[[], bool] | None = None) -> tuple[CheckResult, list[types.Diagnostic]]:
    """Runs in the check thread: findings and their diagnostics for one text (CheckCancelled if
    `cancelled()` turns true on the way)."""
    result = ws.check(text, str(path) if path else None, cancelled)
    return result, to_diagnostics(result.findings, result.document, ws)


def check_edit_now(ws: Workspace, previous: CheckResult, text: str, path: Path | None,
                   cancelled: Callable[[], bool] | None = None) -> tuple[CheckResult, list[types.Diagnostic]] | None:
    """Runs in the check thread: findings and diagnostics for an edit from the paragraphs it
    touched (see `Workspace.check_edit`), or None where only a whole check will do."""
    result = ws.check_edit(previous, text, str(path) if path else None, cancelled)
    return None if result is None else (result, to_diagnostics(result.findings, result.document, ws))


def schedule(ls: CopydeskServer, uri: str, delay: float = 0.0) -> None:
    """Start a new generation for an open document and check it after `delay` seconds."""
    state = ls.docs.get(uri)
    if state is None:
        return
    generation = state.bump()
    state.task = asyncio.get_running_loop().create_task(_check_and_publish(ls, state, generation, delay))


def recheck(ls: CopydeskServer, roots: set[Path] | None = None) -> None:
    """Check every open document again (only those in `roots`, if given)."""
    for uri, state in list(ls.docs.items()):
        if roots is None or ls.folder_of(state.path).root in roots:
            schedule(ls, uri)


def _publish(ls: CopydeskServer, uri: str, diagnostics: list[types.Diagnostic], version: int | None = None) -> None:
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))


async def _check_and_publish(ls: CopydeskServer, state: DocState, generation: int, delay: float) -> None:
    def stale() -> bool:
        """A newer version (or a close) came in while this one was checked."""
        return state.generation != generation or ls.docs.get(state.uri) is not state

    try:
        if delay > 0:
            await asyncio.sleep(delay)
        doc = ls.open_document(state.uri)
        if doc is None or state.generation != generation:
            return
        text, version = doc.source, doc.version
        ws = ls.folder_of(state.path).workspace
        state.cancel = cancel = threading.Event()
        published = None
        if state.basis is not None:
            # the paragraphs the edit touched at once; the whole draft once typing pauses
            quick = await ls.threads.check(check_edit_now, ws, state.basis, text, state.path, cancel.is_set)
            if stale():
                return
            if quick is not None:
                state.basis, published = quick
                state.basis_diagnostics = published
                ls.report_check_errors(state.uri, state.basis.errors)
                _publish(ls, state.uri, published, version)
                state.hurry.clear()
                with contextlib.suppress(asyncio.TimeoutError):  # the pause ended with no new edit
                    await asyncio.wait_for(state.hurry.wait(), WHOLE_DRAFT_PAUSE)
                if state.generation != generation:
                    return
        loop = asyncio.get_running_loop()
        state.whole_started = started = loop.time()
        try:
            result, diagnostics = await ls.threads.check(check_now, ws, text, state.path, cancel.is_set)
        finally:
            if state.whole_started == started:
                state.whole_started = None
        state.whole_seconds = loop.time() - started
        if stale():
            return
        state.result, state.result_text, state.result_workspace, state.diagnostics = result, text, ws, diagnostics
        state.basis, state.basis_diagnostics = result, diagnostics
        ls.report_check_errors(state.uri, result.errors)
        if result.skipped and not state.skipped_shown:  # once until it is small enough again
            ls.show(result.skipped, types.MessageType.Warning)
        state.skipped_shown = result.skipped is not None
        if diagnostics != published:
            _publish(ls, state.uri, diagnostics, version)
        for note in result.notes:
            ls.log(note, types.MessageType.Info)
        if ws.uses_demo_sources and not ls.demo_noted:
            ls.demo_noted = True
            ls.show(DEMO_NOTE, types.MessageType.Info)
    except asyncio.CancelledError:
        raise
    except CheckCancelled:
        return  # stopped half way for a newer version
    except (ConfigError, InputError) as exc:
        ls.show(str(exc))
    except Exception as exc:
        # a bug: say so, and clear this document's findings rather than leave stale ones up
        if not stale():
            state.result = state.basis = None
            state.diagnostics = []
            _publish(ls, state.uri, [])
        ls.report_check_errors(state.uri, [internal_error(None, exc)])


async def current_result(ls: CopydeskServer, uri: str) -> tuple[CheckResult, list[types.Diagnostic], Workspace] | None:
    """The check result for the document's current text: the cached one, the one being
    computed, or a fresh check. None for a document that is not open."""
    state = ls.docs.get(uri)
    if state is None or ls.open_document(uri) is None:
        return None
    if state.task is not None and not state.task.done():
        state.hurry.set()  # a whole check waiting for typing to pause starts now
        await asyncio.wait({state.task})  # the check of this version, already under way
        state = ls.docs.get(uri)
        if state is None or ls.open_document(uri) is None:
            return None
    text = ls.workspace.get_text_document(uri).source
    ws = ls.folder_of(state.path).workspace
    if state.result and state.result_text == text and state.result_workspace is ws:
        return state.result, state.diagnostics, ws
    result, diagnostics = await ls.threads.check(check_now, ws, text, state.path)
    return result, diagnostics, ws


def _still_to_run(state: DocState | None) -> float:
    """How long the current text's whole check is still expected to run, going by the last one's
    duration (0 when nothing is known: a first check, or a small draft)."""
    if state is None:
        return 0.0
    if state.whole_started is None:
        return state.whole_seconds
    return max(0.0, state.whole_seconds - (asyncio.get_running_loop().time() - state.whole_started))


async def _awaited_briefly(ls: CopydeskServer, uri: str) -> tuple[asyncio.Future, bool]:
    """The current text's check result (see `current_result`) as a future, and whether it was
    ready within CURSOR_WAIT; if not, it carries on and publishes as usual. A check expected to
    run past CURSOR_WAIT (a big draft's) is not waited for at all: the wait would only delay the
    answer from the last check."""
    wait = CURSOR_WAIT if _still_to_run(ls.docs.get(uri)) <= CURSOR_WAIT else 0.0
    pending = asyncio.ensure_future(current_result(ls, uri))
    done, _ = await asyncio.wait({pending}, timeout=wait)
    return pending, bool(done)


@dataclass(frozen=True)
class _EditSince:
    """What changed between the last whole check's text and the current one, by lines: lines
    before `first` are as they were; lines after `last` (in the current text) moved by `shift`."""

    first: int
    last: int
    shift: int


def _edit_since_last_check(state: DocState, text: str) -> _EditSince | None:
    if state.result is None or state.result_text is None:
        return None
    old_text = state.result_text
    start, old_end, new_end = changed_span(old_text, text)
    first = state.result.document.line_of(start)
    added = text.count("\n", start, new_end)
    return _EditSince(first, first + added, added - old_text.count("\n", start, old_end))


async def at_cursor(ls: CopydeskServer, document: types.TextDocumentIdentifier, position: types.Position) -> AtCursor | None:
    """The check result of a document at the cursor, and the cursor's offset in it (None: not open).

    The current text's check is awaited for CURSOR_WAIT; if it runs longer (a big draft checked
    again after an edit), the answer comes from the last whole check wherever the cursor's line is
    one the edit left as it was, so a hover never waits seconds behind a check."""
    pending, done = await _awaited_briefly(ls, document.uri)
    if not done and (earlier := _from_last_check(ls, document.uri, position)) is not None:
        return earlier
    current = await pending
    if current is None:
        return None
    result, _, ws = current
    return AtCursor(result, ws, result.document.offset(position.line, position.character))


async def findings_now(ls: CopydeskServer, uri: str, line: int) -> tuple[CheckResult, list[types.Diagnostic], bool] | None:
    """Findings for code actions asked at `line`, and whether they are only part of them.

    The current text's check is awaited for CURSOR_WAIT. Past that (a big draft checked again
    after an edit), the edited paragraphs' check answers if it was of this very text; else, for a
    line above the edit, the last whole check's findings above the edit, whose offsets and
    positions the edit did not move (a code action's edit must fit the text the editor has)."""
    pending, done = await _awaited_briefly(ls, uri)
    state, doc = ls.docs.get(uri), ls.open_document(uri)
    if not done and state is not None and doc is not None:
        if state.basis is not None and state.basis.document.text == doc.source:
            return state.basis, state.basis_diagnostics, False
        edit = _edit_since_last_check(state, doc.source)
        if edit is not None and line < edit.first:
            last = state.result
            cutoff = last.document.offset(edit.first, 0)
            kept = [(f, d) for f, d in zip(last.findings, state.diagnostics, strict=False) if f.end <= cutoff]
            return replace(last, findings=[f for f, _ in kept]), [d for _, d in kept], True
    current = await pending
    return None if current is None else (current[0], current[1], False)


def _from_last_check(ls: CopydeskServer, uri: str, position: types.Position) -> AtCursor | None:
    """The last whole check's answer at the cursor, if the cursor's line is outside what changed
    since: before the edit, the same line; after it, the line the edit's added or removed lines
    moved. None on an edited line, or without a last whole check."""
    state = ls.docs.get(uri)
    if state is None or state.result is None or state.result.resolution is None:
        return None
    edit = _edit_since_last_check(state, ls.workspace.get_text_document(uri).source)
    if edit is None or edit.first <= position.line <= edit.last:
        return None
    shift = 0 if position.line < edit.first else edit.shift
    old = state.result.document
    return AtCursor(state.result, state.result_workspace, old.offset(position.line - shift, position.character), shift)
