"""Changes from outside the open drafts: config files, rule files, facts files and sources on
disk, and the client's settings. Each reloads or rebuilds what it touches, then rechecks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from copydesk.config import CONFIG_NAMES
from copydesk.document import InputError
from copydesk.lsp.scheduling import recheck
from copydesk.lsp.workspaces import Settings
from copydesk.workspace import Workspace
from copydesk.yamlfile import ConfigError

if TYPE_CHECKING:
    from copydesk.lsp.server import CopydeskServer

WATCH_GLOB = "**/*.{txt,text,md,markdown,yaml,yml}"
SOURCE_SUFFIXES = {".md", ".markdown", ".txt", ".text"}


async def register(ls: CopydeskServer) -> None:
    """Ask a client that can watch files for us to tell of changes to drafts, sources and YAML."""
    caps = ls.client_capabilities.workspace
    watch = caps.did_change_watched_files if caps else None
    if not (watch and watch.dynamic_registration):
        return
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


def under(path: Path, folders: list[Path]) -> bool:
    return any(path.resolve().is_relative_to(f.resolve()) for f in folders)


def is_source(ws: Workspace, path: Path) -> bool:
    """Is `path` one of the workspace's sources (or a new file its source patterns would match)?"""
    try:
        files, _ = ws.config.source_files()
    except Exception:
        return False
    resolved = path.resolve()
    if any(f.resolve() == resolved for f in files):
        return True
    # a deleted source: it no longer resolves, but it sits in a source folder or matches a glob
    return not path.exists() and any(under(path, [f.parent]) for f in files)


def reload_config(ls: CopydeskServer, roots: list[Path] | None = None) -> set[Path]:
    """Reload folder configs (keeping each fact base whose sources did not change)."""
    roots = list(roots if roots is not None else ls.folders.folders)
    old = {r: ls.folders.folders[r].workspace for r in roots if r in ls.folders.folders}
    for error in ls.folders.reload(roots):
        ls.show(error)
    for root, before in old.items():
        folder = ls.folders.folders.get(root)
        if folder is not None and folder.workspace is not before:
            folder.workspace.adopt_factbase(before)
    return set(roots)


async def source_changed(ls: CopydeskServer, paths: list[Path]) -> set[Path]:
    """Rebuild the fact base of every workspace that reads one of `paths`; the roots touched."""
    touched: set[Path] = set()
    for root, folder in list(ls.folders.folders.items()):
        ws = folder.workspace
        changed = [p for p in paths if is_source(ws, p)]
        if changed:
            await ls.threads.check(ws.rebuild, changed)
            touched.add(root)
    return touched


async def files_changed(ls: CopydeskServer, paths: list[Path]) -> None:
    """Config files reload their folder, rule files reload rules, sources rebuild facts.

    One change at a time, in the order they came: a later change's reload must not run while
    an earlier one waits for its rebuild, or the older files could win."""
    async with ls.files_lock:
        await _files_changed(ls, paths)


async def _files_changed(ls: CopydeskServer, paths: list[Path]) -> None:
    roots: set[Path] = set()
    configs = [p for p in paths if p.name in CONFIG_NAMES]
    for p in configs:
        roots |= reload_config(ls, ls.folders.config_roots(p))
    rules = [p for p in paths if p.suffix in (".yaml", ".yml") and p not in configs]
    for root, folder in list(ls.folders.folders.items()):
        if any(under(p, folder.workspace.config.rule_paths) for p in rules):
            roots |= reload_config(ls, [root])
    for root, folder in list(ls.folders.folders.items()):
        ws = folder.workspace
        facts = {f.resolve() for f in ws.config.facts}
        if any(p.resolve() in facts for p in rules):
            try:
                await ls.threads.check(ws.rebuild_keeping_last_good)
            except (ConfigError, InputError) as exc:
                ls.show(str(exc))  # the last good fact base stays
            else:
                roots.add(root)
    roots |= await source_changed(ls, [p for p in paths if p.suffix.lower() in SOURCE_SUFFIXES])
    if roots:
        recheck(ls, roots)


async def pull_settings(ls: CopydeskServer) -> None:
    """Ask a client that supports workspace/configuration for the `copydesk` section."""
    caps = ls.client_capabilities.workspace
    if not (caps and caps.configuration):
        return
    try:
        result = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section="copydesk")])
        )
    except Exception as exc:
        ls.log(f"workspace/configuration failed: {exc}", types.MessageType.Warning)
        return
    if result and isinstance(result[0], dict) and result[0]:
        apply_settings(ls, result[0])


def apply_settings(ls: CopydeskServer, raw: Any) -> None:
    """The client's `copydesk` section, whole: it replaces the last one sent (layered over the
    initializationOptions only), so a bad setting is gone once the client sends a good one."""
    ls.folders.settings = Settings.from_client(raw, ls.initial_settings)
    recheck(ls, reload_config(ls))
