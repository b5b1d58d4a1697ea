"""The server's commands (workspace/executeCommand): ignore a word, rebuild and show the facts,
check every draft of the workspace. Each returns a JSON-able dict for the client to show."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from copydesk.config import CONFIG_NAMES
from copydesk.config_edit import add_ignored_word
from copydesk.document import InputError, read_text
from copydesk.factbase.export import summary
from copydesk.formats import is_draft
from copydesk.lsp.locations import file_uri, path_of
from copydesk.lsp.scheduling import check_now, recheck
from copydesk.lsp.watching import reload_config
from copydesk.workspace import Workspace
from copydesk.yamlfile import ConfigError

if TYPE_CHECKING:
    from copydesk.lsp.server import CopydeskServer

IGNORE_WORD = "copydesk.ignoreWord"
CHECK_WORKSPACE = "copydesk.checkWorkspace"
REBUILD_FACTS = "copydesk.rebuildFacts"
SHOW_FACTS = "copydesk.showFacts"
SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}
MAX_WORKSPACE_FILES = 5000


def _arg_path(args: tuple[Any, ...], index: int) -> Path | None:
    """A command argument that names a file or folder: a URI, or `{"uri": ...}`."""
    value = args[index] if len(args) > index else None
    if isinstance(value, dict):
        value = value.get("uri")
    return path_of(value) if isinstance(value, str) else None


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
    recheck(ls, reload_config(ls, [folder.root]))
    return {"ok": True, "added": added, "config": str(config_path)}


async def rebuild_facts(ls: CopydeskServer, *args: Any) -> dict:
    """Rebuild every folder's fact base from its sources; each folder's summary."""
    out = {}
    for root, folder in list(ls.folders.folders.items()):
        ws = folder.workspace
        await ls.threads.check(lambda w=ws: (w.rebuild(None), w.factbase))
        out[str(root)] = _summary(ws)
    recheck(ls)
    return out


async def show_facts(ls: CopydeskServer, *args: Any) -> dict:
    """Argument (optional): a document or folder URI; the fact base of its workspace."""
    folder = ls.folder_of(_arg_path(args, 0))
    ws = folder.workspace
    kb = await ls.threads.check(lambda: ws.factbase)
    files, _ = ws.config.source_files()
    return {
        "root": str(folder.root),
        "config": str(ws.config.path) if ws.config.path else None,
        "sources": [str(f) for f in files],
        "summary": _summary(ws),
        "entities": sorted({e.name for e in kb.entities}),
        "notes": list(ws.notes),
    }


def _summary(ws: Workspace) -> dict:
    try:
        return dict(summary(ws.factbase.whole))
    except Exception as exc:  # a fact base that cannot be built says why
        return {"error": str(exc)}


async def check_workspace(ls: CopydeskServer, *args: Any) -> dict:
    """Check every draft (each suffix copydesk.formats knows) under the folder (or all folders) and publish the results."""
    given = _arg_path(args, 0)
    folders = [ls.folder_of(given)] if given else [f for f in ls.folders.folders.values() if f.explicit]
    files = findings = 0
    roots = {f.root for f in folders}
    for folder in folders:
        for path in drafts(folder.root):
            uri = file_uri(path)
            if uri in ls.docs:
                continue
            try:
                text, _ = read_text(path)
            except InputError as exc:
                ls.log(str(exc), types.MessageType.Warning)
                continue
            ws = ls.folder_of(path).workspace
            try:
                result, diagnostics = await ls.threads.check(check_now, ws, text, path)
            except Exception as exc:
                ls.log(f"checking {path} failed: {exc}", types.MessageType.Error)
                continue
            files += 1
            findings += len(result.findings)
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))
    recheck(ls, roots)
    return {"files": files, "findings": findings, "open": len(ls.docs)}


def drafts(root: Path) -> list[Path]:
    """The drafts under a folder, outside hidden and tool folders, up to MAX_WORKSPACE_FILES."""
    out = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if any(p.startswith(".") or p in SKIP_DIRS for p in rel[:-1]):
            continue
        if is_draft(path) and path.is_file():
            out.append(path)
            if len(out) >= MAX_WORKSPACE_FILES:
                break
    return out
