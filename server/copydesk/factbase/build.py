"""The builder: sources -> a read-only `FactBase`, fresh or updated after some sources changed.

The pipeline is three steps over plain data: read and extract each source on its own
(factbase/extract.py: cached per source, mapped over an executor), merge them in source order
(factbase/merge.py), and, after an edit, splice the changed sources' facts in where that gives
what a fresh merge gives (factbase/splice.py).
"""

from __future__ import annotations

import gc
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from copydesk.factbase.extract import MapExecutor, SourceExtract, memory_extract, read_sources, source_key
from copydesk.factbase.factstore import (
    STORE_VERSION,
    FactStore,
    FileState,
    WriteStats,
    file_states,
    forget_old_stores,
    is_current_for,
    open_store,
    store_path,
)
from copydesk.factbase.lazy import LazyFactBase
from copydesk.factbase.query import FactBase
from copydesk.factbase.store import ExtractStore, RowError, cache_disabled, default_store
from copydesk.quietlog import QuietLog

log = QuietLog(__name__)

FREEZE_MIN = 1000  # sources from which a built fact base is moved out of the garbage collector's sight


@contextmanager
def _no_gc() -> Iterator[None]:
    """Building allocates millions of small objects and frees none in cycles: without this the
    cyclic collector rescans the growing heap again and again (half the build time at 10,000 sources)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _settled(kb: FactBase) -> FactBase:
    if len(kb.extracts) >= FREEZE_MIN:
        # a big fact base lives as long as the process: keep the collector from rescanning it on
        # every check (p95 check latency at 10,000 sources: 4.9 s -> 1.7 s)
        gc.freeze()
    return kb


def build_factbase(files: list[Path], facts_files: list[Path] | None = None, reuse: dict[str, SourceExtract] | None = None,
                   store: ExtractStore | bool | None = True, executor: MapExecutor | None = None) -> FactBase:
    """Read every source (skipping unreadable ones with a note) and merge them into a fact base.

    Each source's document and mentions come from the extraction cache (store.py) when its content
    is unchanged; `store=False` (or None) builds without the cache. `executor` runs the map over
    uncached sources (default: this process, or a local process pool when there are many)."""
    from copydesk.factbase.merge import merge_sources  # here: a check that reads a current store never merges

    cache = default_store() if store is True else (store or None)
    with _no_gc():
        extracts, notes = read_sources(files, cache, reuse, executor)
        kb = merge_sources(extracts, list(facts_files or []), notes, cache, executor)
    return _settled(kb)


def factbase_from_texts(texts: dict[str, str], facts_files: list[Path] | None = None) -> FactBase:
    """A fact base from in-memory sources ({name: text}); for rule examples and tests."""
    from copydesk.factbase.merge import merge_sources

    with _no_gc():
        return merge_sources([memory_extract(name, text) for name, text in texts.items()], list(facts_files or []), [], None)


def updated_factbase(kb: FactBase, files: list[Path], changed: list[Path], store: ExtractStore | bool | None = True) -> FactBase:
    """A new fact base for `files`, re-reading only `changed` ones (and new ones): what a fresh
    build gives. Splices the changed sources' facts in where it can (factbase/splice.py), else
    merges all sources again, reusing the others' extraction."""
    from copydesk.factbase.splice import spliced

    cache = default_store() if store is True else (store or None)
    changed_keys = {source_key(p) for p in changed}
    with _no_gc():
        new = spliced(kb, files, changed_keys, cache)
    if new is None:
        reuse = {e.key: e for e in kb.extracts if e.key not in changed_keys}
        return build_factbase(files, kb.facts_files, reuse=reuse, store=cache or False)
    return _settled(new)


def current_factbase(files: list[Path], facts_files: list[Path] | None = None, *, encoding: str | None = None,
                     path: Path | None = None, executor: MapExecutor | None = None,
                     lazy: bool = False, states: list[FileState] | None = None) -> tuple[FactBase | LazyFactBase, WriteStats | None]:
    """The fact base of `files` from its fact store (factbase/factstore.py) when the store is
    current (`lazy`: read on demand, see factbase/lazy.py; else loaded whole); else built (after
    one source changed: only what it touched) and written to the store. Returns the fact base and
    what the write changed (None: read from the store, or no store to write). `states`: the
    files' states, where the caller has just read them (factbase/currency.py)."""
    facts_files = list(facts_files or [])
    if cache_disabled() and path is None:
        return build_factbase(files, facts_files, store=False, executor=executor), None
    if path is None:
        path = store_path(files, facts_files, encoding)
        forget_old_stores(path.parent)
        fs = open_store(path)
    else:
        fs = open_store(path, chosen=True)
    if fs is None:
        return build_factbase(files, facts_files, executor=executor), None
    prior = None
    # taken before the build reads the files: a file saved while it reads them leaves the store stale (FactStore.write)
    now = states if states is not None and len(states) == len(files) else file_states(files)
    facts_now = file_states(facts_files)
    try:
        manifest = fs.manifest()
        if manifest is not None and manifest.version == STORE_VERSION:
            if is_current_for(manifest, now, facts_files):
                return _read(fs, lazy), None
            if manifest.facts_files == facts_now:
                from copydesk.factbase.patch import patched  # only for a store one source changed

                stats = patched(fs, manifest, now, files, default_store())
                if stats is not None:  # updated in place: only the rows the changed sources touch
                    return _read(fs, lazy), stats
                prior = fs.load()
    except (RowError, sqlite3.Error, OSError) as exc:
        log.info("fact store %s not read (%s); rebuilding it", fs.path, exc)
        prior, afresh = None, True
    else:
        afresh = manifest is None or manifest.version != STORE_VERSION  # other code's rows: none kept
    if prior is not None:
        before = {s.path: s for s in fs.manifest().sources}
        changed = [Path(s.path) for s in now or [] if before.get(s.path) != s]
        kb = (updated_factbase(prior, files, changed) if now is not None and len(now) == len(files)
              else build_factbase(files, facts_files))
    else:
        kb = build_factbase(files, facts_files, executor=executor)
    try:
        stats = fs.write(kb, now, facts_now, afresh=afresh)
    except (sqlite3.Error, OSError) as exc:
        log.info("fact store %s not written: %s", fs.path, exc)
        stats = None
    finally:
        fs.close()
    return kb, stats


def _read(fs: FactStore, lazy: bool) -> FactBase | LazyFactBase:
    """A current store's fact base: read on demand (`lazy`: keeps the store's connection open), else loaded."""
    if lazy:
        return LazyFactBase(fs)
    kb = fs.load()
    fs.close()
    return _settled(kb)


def store_is_current(files: list[Path], facts_files: list[Path] | None = None, *, encoding: str | None = None,
                     path: Path | None = None) -> bool:
    """Whether the fact store of `files` is current, asked without loading it (`copydesk build`
    has nothing to do then)."""
    fs = open_store(path, chosen=True) if path else open_store(store_path(files, list(facts_files or []), encoding))
    if fs is None:
        return False
    try:
        return fs.is_current(files, list(facts_files or []))
    except (RowError, sqlite3.Error, OSError):
        return False
    finally:
        fs.close()


_WITHOUT: weakref.WeakKeyDictionary[FactBase, dict[str, FactBase]] = weakref.WeakKeyDictionary()


def factbase_without(kb: FactBase | LazyFactBase, path: str | None) -> FactBase | LazyFactBase:
    """The fact base without one source (for checking a draft that is itself a source), made once
    per fact base and source: the other sources merged again, their mentions as extracted."""
    if not path:
        return kb
    key = source_key(path)
    if not kb.has_source(key):
        return kb
    kb = kb.whole
    made = _WITHOUT.setdefault(kb, {})
    if key not in made:
        from copydesk.factbase.merge import merge_sources

        with _no_gc():
            made[key] = merge_sources([e for e in kb.extracts if e.key != key], kb.facts_files, kb.notes, None)
    return made[key]
