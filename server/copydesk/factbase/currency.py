"""A quick "is the store current?" for a check: without listing the sources again.

Knowing a store current means knowing the source set has not changed: listing every folder of
the archive (10,000 files: about 70 ms; 100,000: most of a second), keying every file, then
stat'ing each. A folder's modification (and change) time moves whenever an entry is added,
removed, renamed or relinked in it, so while no folder a listing read has moved, listing them
again gives the same files. After a check found its store current (or made it so), the folders
its listing read are remembered, with the store, in a small file of the store folder, keyed by
what the listing was given (the patterns, the root, the links rule, the allowed folders, the
facts files and the encoding). The next check stats those folders and the root's .gitignore; if
none moved, it stats the files the store's manifest lists, as any currency check does (a file
rewritten in place moves no folder), and reads the store, or, a file changed, updates it for
those files, still without listing them; anything else, and it lists as before.

A folder or .gitignore written within `RACY_NS` before the listing started is not remembered
(its time may not move again within one timestamp tick: git's "racy clean" rule), nor is a
listing of a glob or of a pattern that named nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import msgspec

from copydesk.cachedir import cache_dir, cache_disabled
from copydesk.config import Config
from copydesk.factbase.factstore import (
    STORE_VERSION,
    FactStore,
    FileState,
    file_states,
    is_current_for,
    open_store,
)
from copydesk.factbase.store import RowError
from copydesk.quietlog import QuietLog

log = QuietLog(__name__)

RACY_NS = 2_000_000_000  # a folder this recently changed when the listing started is listed again next time


class FolderState(msgspec.Struct, array_like=True):
    """A folder (or the .gitignore) as listed: which one it is (a link may lead elsewhere since), and its times."""

    path: str
    mtime_ns: int
    ctime_ns: int
    inode: int = 0


class Remembered(msgspec.Struct, array_like=True):
    """A listing that found a current store: what it read, the notes it made, and the store."""

    version: str
    folders: list[FolderState]
    gitignore: FolderState | None
    notes: list[str]
    store: str


def _inputs_key(config: Config) -> str:
    """What a listing of `config`'s sources depends on besides the folders' contents."""
    parts = [STORE_VERSION, str(config.root), os.path.expanduser("~"), str(config.follow_symlinks), repr(config.allowed),
             *config.sources, "--", *map(str, config.facts), "--", config.encoding or ""]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _remembered_path(config: Config) -> Path:
    return cache_dir() / "stores" / f"listing-{_inputs_key(config)}.msgpack"


def _state(path: str) -> FolderState | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return FolderState(path, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _gitignore(config: Config) -> FolderState | None:
    """The state of the .gitignore a workspace's listing reads (config.resolve_sources), if it
    reads one (times -1: there is none)."""
    if not config.allowed:
        return None
    path = str(config.allowed[0] / ".gitignore")
    return _state(path) or FolderState(path, -1, -1)


@dataclass
class Quick:
    """A remembered listing that still holds: its notes, the files it found (those the store's
    manifest lists) with their states now, and whether the store is current for them."""

    store: FactStore
    notes: list[str]
    files: list[str]
    states: list[FileState]
    current: bool


def quick_store(config: Config) -> Quick | None:
    """The store of `config`'s sources, when a remembered listing still holds (no folder it read
    moved), with the files the store's manifest lists and whether the store is current for them;
    else None (the caller lists the sources)."""
    if cache_disabled() or not config.sources:
        return None
    path = _remembered_path(config)
    try:
        r = msgspec.msgpack.decode(path.read_bytes(), type=Remembered)
    except (OSError, msgspec.DecodeError, ValueError, TypeError):
        return None
    store = Path(r.store)
    if (r.version != STORE_VERSION or store.parent != path.parent or _gitignore(config) != r.gitignore
            or any(_state(f.path) != f for f in r.folders)):
        return None
    fs = open_store(store)
    if fs is None:
        return None
    try:
        manifest = fs.manifest()
        if manifest is not None and manifest.version == STORE_VERSION:
            files = [s.path for s in manifest.sources]
            states = file_states(files)
            if states is not None:  # (a file gone: its folder moved, unless within a tick; listed again)
                return Quick(fs, list(r.notes), files, states, is_current_for(manifest, states, config.facts))
    except (RowError, sqlite3.Error, OSError) as exc:
        log.info("fact store %s not read (%s)", fs.path, exc)
    fs.close()
    return None


def remember(config: Config, notes: list[str], store: Path) -> None:
    """Remember the listing `config` last made (see the module doc), which found `store` current;
    nothing where it cannot be told again from its folders, or one of them changed too recently."""
    listing = config.listing
    if cache_disabled() or listing is None or listing.folders is None or not listing.folders:
        return
    path = _remembered_path(config)
    if store.parent != path.parent:
        return
    states = [_state(f) for f in dict.fromkeys(listing.folders)]
    gitignore = _gitignore(config)
    if any(s is None or max(s.mtime_ns, s.ctime_ns) >= listing.started_ns - RACY_NS
           for s in [*states, *([gitignore] if gitignore else [])]):
        return
    blob = msgspec.msgpack.encode(Remembered(STORE_VERSION, states, gitignore, list(notes), str(store)))  # type: ignore[arg-type]
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        tmp.write_bytes(blob)
        os.replace(tmp, path)
    except OSError as exc:
        log.info("listing not remembered: %s", exc)
        with contextlib.suppress(OSError):
            tmp.unlink()
