"""Sources -> documents and mentions, one source at a time: the map half of a build.

Each source is read and extracted on its own, as a pure function of its text and of the few
corpus words it depends on (see store.py), so the results are cached per source and the work is
mapped over an executor: this process, a local process pool, or a Dask cluster (factbase/cluster.py)
plug in through the same `MapExecutor` seam. Only this module, document.py, lexicon.py,
mentions/ and the cache's row codec make up `EXTRACTOR_VERSION`: editing the merge, the queries
or the JSON writer keeps every user's cache.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from copydesk.document import Document, InputError, read_text
from copydesk.factbase.model import Provenance
from copydesk.factbase.store import (
    ExtractStore,
    SourceScan,
    decode_mentions,
    decode_source,
    encode_mentions,
    encode_source,
    vocab_key,
)
from copydesk.factbase.tally import CorpusTally, combine, tree_reduce
from copydesk.formats import format_of
from copydesk.lexicon import fold
from copydesk.mentions import Mentions, Vocabulary, extract_mentions
from copydesk.mentions.dates import pin_weekdays

PARALLEL_MIN = 200  # uncached sources before extraction fans out over processes


@dataclass
class SourceExtract:
    """One source document, read and extracted."""

    display: str
    key: str  # resolved path
    digest: str
    document: Document
    mentions: Mentions | None = None
    scan: SourceScan | None = None  # what the source shows about words (see store.py)
    vkey: str | None = None  # the vocabulary key `mentions` were extracted with
    prior: tuple[str, Mentions] | None = None  # (vkey, mentions) of an earlier build, reused if vkey still fits
    provenances: dict[tuple[int, int], Provenance] = field(default_factory=dict)  # (start, end) -> kept across builds


def source_key(path: str | Path) -> str:
    return str(Path(path).resolve())


def source_keys(paths: Iterable[str | Path]) -> list[str]:
    """`source_key` of each path, each folder resolved once: a source set is thousands of files
    in a few folders (resolving each file costs a check of 10,000 sources a quarter second). A
    folder with many of the paths is listed once for its links, not asked of each file."""
    folders: dict[str, _Folder] = {}
    out = []
    for p in paths:
        path = os.fspath(p)
        folder, name = os.path.split(path)
        if name in ("", ".", ".."):
            out.append(source_key(p))
            continue
        known = folders.get(folder)
        if known is None:
            known = folders[folder] = _Folder(os.path.realpath(folder or "."))
        if known.is_link(folder or ".", name, path):
            out.append(source_key(p))
        else:
            out.append(os.path.join(known.real, name))
    return out


class _Folder:
    """A source folder's real path and, once many of its files were asked about, its links."""

    __slots__ = ("asked", "links", "real")
    LIST_AFTER = 64  # files asked one by one before the folder is listed instead

    def __init__(self, real: str):
        self.real, self.asked = real, 0
        self.links: frozenset[str] | None = None  # None: not listed (yet, or it cannot be)

    def is_link(self, folder: str, name: str, path: str) -> bool:
        if self.links is None and self.asked == self.LIST_AFTER:
            try:
                with os.scandir(folder) as entries:
                    self.links = frozenset(e.name for e in entries if e.is_symlink())
            except OSError:
                pass
        self.asked += 1
        return name in self.links if self.links is not None else os.path.islink(path)


def scan_document(doc: Document) -> SourceScan:
    lower: set[str] = set()
    capitalized: set[str] = set()
    initial: set[str] = set()
    for t in doc.tokens:
        if t.kind == "word":
            if t.text.islower():
                lower.add(t.lower)
            elif t.text[0].isupper():
                capitalized.add(fold(t.bare))
            if t.sentence_initial:
                initial.add(t.bare.lower())
    return SourceScan(tuple(lower), tuple(capitalized), frozenset(initial - lower))


def read_worker(item: tuple[str, str]) -> bytes:
    """One source's document and scan, as a cache row (what travels back from a worker)."""
    text, fmt = item
    doc = Document(text, None, fmt)
    return encode_source(doc, scan_document(doc))


def extract_worker(item: tuple[str, str, frozenset[str]]) -> bytes:
    """One source's mentions, extracted with the corpus words it depends on, as a cache row."""
    text, fmt, words = item
    return encode_mentions(source_mentions(Document(text, None, fmt), words))


def source_mentions(doc: Document, words: frozenset[str]) -> Mentions:
    """A source's mentions, read whole: its bare weekdays on the dates it writes them with
    (`pin_weekdays`; a draft's are read paragraph by paragraph as typed, and left as they read)."""
    mentions = extract_mentions(doc, Vocabulary(set(words)))
    mentions.dates = pin_weekdays(mentions.dates, doc.prose)
    return mentions


# -- executors: where the map over sources runs --------------------------------------------------

class MapExecutor(Protocol):
    """Where a build's work runs. `map` runs `fn` over `items` and returns the results in order
    (`fn` is a module-level function, items and results plain data, so any process or machine can
    run it); `reduce` combines the sources' tallies (factbase/tally.py) into one."""

    def map(self, fn: Callable[[Any], bytes], items: Sequence[Any]) -> list[bytes]: ...

    def reduce(self, parts: Sequence[CorpusTally]) -> CorpusTally: ...


class SerialExecutor:
    """Everything in this process."""

    def map(self, fn: Callable[[Any], bytes], items: Sequence[Any]) -> list[bytes]:
        return [fn(x) for x in items]

    def reduce(self, parts: Sequence[CorpusTally]) -> CorpusTally:
        return tree_reduce(parts, combine)


def _die_with(parent: int) -> None:
    """Worker start: exit once the parent is gone. A build killed with -9 left its workers blocked
    forever (58 after 69 kills, 2.1 GB); a thread that looks every half second ends them, busy or
    blocked (when a process's parent dies, it gets a new one)."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="copydesk-parent-watch", daemon=True).start()


class ProcessExecutor:
    """A local pool of `jobs` spawned processes (not forked: the language server has threads, and a
    fork copies their locks); falls back to this process where processes cannot be made."""

    def __init__(self, jobs: int):
        self.jobs = jobs

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
        if self.jobs <= 1 or len(items) < 2:
            return [fn(x) for x in items]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            with ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                     initializer=_die_with, initargs=(os.getpid(),)) as pool:
                return list(pool.map(fn, items, chunksize=max(1, len(items) // (self.jobs * 8))))
        except (OSError, RuntimeError, ImportError):  # no processes here (a sandbox): do it in this one
            return [fn(x) for x in items]

    def reduce(self, parts: Sequence[CorpusTally]) -> CorpusTally:
        return tree_reduce(parts, combine)  # counters add faster here than they travel to a worker


def local_jobs(n: int) -> int:
    """Worker processes for `n` uncached sources (1: do it here)."""
    try:
        wanted = int(os.environ.get("COPYDESK_JOBS", "0"))
    except ValueError:
        wanted = 0
    cpus = os.cpu_count() or 1
    if wanted == 1 or n < PARALLEL_MIN or cpus < 2:
        return 1
    return max(1, min(wanted or cpus, cpus, 16))


def local_executor(n: int) -> MapExecutor:
    """The executor for `n` uncached sources when none was chosen: a process pool when many."""
    jobs = local_jobs(n)
    return ProcessExecutor(jobs) if jobs > 1 else SerialExecutor()


# -- reading and extracting ----------------------------------------------------------------------

@dataclass
class PendingSource:
    """A source read from disk, not yet made a document."""

    display: str
    key: str
    digest: str
    text: str
    format: str  # its name in copydesk.formats
    notes: list[str]


def read_pending(path: Path, key: str) -> PendingSource:
    """A source read from disk, to be made a document (raises InputError)."""
    text, notes = read_text(path)
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return PendingSource(str(path), key, digest, text, format_of(path).name, notes)


def memory_extract(name: str, text: str) -> SourceExtract:
    """A source given as text (rule examples, tests): never cached."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return SourceExtract(name, f"<memory>/{name}", digest, Document(text, name))


def read_documents(pending: list[PendingSource], store: ExtractStore | None,
                   executor: MapExecutor | None = None) -> list[SourceExtract]:
    """Documents and scans for sources read from disk: from the cache, else read (mapped)."""
    hits = store.get_sources([(p.digest, p.format) for p in pending]) if store else {}
    misses = [p for p in pending if (p.digest, p.format) not in hits]
    if misses:
        blobs = (executor or local_executor(len(misses))).map(read_worker, [(p.text, p.format) for p in misses])
        fresh = {(p.digest, p.format): decode_source(blob) for p, blob in zip(misses, blobs)}
        if store:
            store.put_sources([(p.digest, p.format, blob) for p, blob in zip(misses, blobs)])
        hits = {**hits, **fresh}
    out = []
    for p in pending:
        doc, scan = hits[(p.digest, p.format)]
        doc.path, doc.notes = p.display, list(p.notes)
        out.append(SourceExtract(p.display, p.key, p.digest, doc, scan=scan))
    return out


def _extract_one(ex: SourceExtract, words: frozenset[str]) -> str | None:
    """Extract one source's mentions in this process; if the extractor raises, the source adds
    nothing (empty mentions) and the note saying so is returned: one source never fails them all."""
    try:
        ex.mentions = source_mentions(ex.document, words)
        return None
    except Exception as exc:
        from copydesk.quietlog import internal_error

        ex.mentions = Mentions([], [], [], [], [], [])
        return f"{ex.display}: skipped: {internal_error(None, exc)}"


def extract_all(extracts: list[SourceExtract], corpus_lower: set[str], store: ExtractStore | None,
                executor: MapExecutor | None = None) -> list[str]:
    """Set the mentions of `extracts`: each is extracted with the only corpus words it depends on
    (see store.py), reused from an earlier build or the cache when those are unchanged. Returns a
    note for each source skipped because extracting it raised (see `_extract_one`)."""
    need: list[tuple[SourceExtract, frozenset[str], str]] = []
    for ex in extracts:
        words = ex.scan.vocab_words(corpus_lower) if ex.scan else frozenset()
        vk = vocab_key(words)
        if ex.prior is not None and ex.prior[0] == vk:
            ex.mentions, ex.vkey = ex.prior[1], vk
        else:
            need.append((ex, words, vk))
        ex.prior = None
    if not need:
        return []
    keyed = [(ex, w, vk) for ex, w, vk in need if not ex.key.startswith("<memory>/")]
    cached = store.get_mentions([(ex.digest, ex.document.format, vk) for ex, _, vk in keyed]) if store and keyed else {}
    misses = []
    for ex, words, vk in need:
        m = cached.get((ex.digest, ex.document.format, vk))
        if m is not None:
            ex.mentions, ex.vkey = m, vk
        else:
            misses.append((ex, words, vk))
    if not misses:
        return []
    executor = executor or local_executor(len(misses))
    notes: list[str] = []
    failed: set[int] = set()
    blobs: list[bytes] = []
    if not isinstance(executor, SerialExecutor):
        try:
            blobs = executor.map(extract_worker, [(ex.document.text, ex.document.format, w) for ex, w, _ in misses])
        except Exception:  # one source broke the extractor: redo them here, one at a time, to skip only it
            blobs = []
        for (ex, _, vk), blob in zip(misses, blobs):
            ex.mentions, ex.vkey = decode_mentions(blob), vk
    if not blobs:
        for i, (ex, words, vk) in enumerate(misses):
            note = _extract_one(ex, words)
            ex.vkey = None if note else vk  # a skipped source is never reused as if extracted
            if note:
                notes.append(note)
                failed.add(i)
            blobs.append(encode_mentions(ex.mentions) if store and not note else b"")
    if store:  # a skipped source is not cached: a fixed extractor reads it again
        store.put_mentions([(ex.digest, ex.document.format, vk, blob) for i, ((ex, _, vk), blob) in enumerate(zip(misses, blobs))
                            if i not in failed and not ex.key.startswith("<memory>/")])
    return notes


def read_sources(files: list[Path], store: ExtractStore | None, reuse: dict[str, SourceExtract] | None = None,
                 executor: MapExecutor | None = None) -> tuple[list[SourceExtract], list[str]]:
    """Every readable source of `files` as a document (an unreadable one skipped with a note);
    `reuse` holds earlier extracts by key, whose mentions are kept if their vocabulary still fits."""
    notes: list[str] = []
    slots: list[SourceExtract | PendingSource] = []
    for path in files:
        key = source_key(path)
        try:
            if reuse and key in reuse:
                old = reuse[key]
                prior = (old.vkey, old.mentions) if old.mentions is not None and old.vkey is not None else None
                slots.append(SourceExtract(old.display, old.key, old.digest, old.document, scan=old.scan, prior=prior,
                                           provenances=old.provenances))
                continue
            slots.append(read_pending(path, key))
        except InputError as exc:
            notes.append(str(exc))
    pending = [s for s in slots if isinstance(s, PendingSource)]
    docs = iter(read_documents(pending, store, executor)) if pending else iter(())
    extracts: list[SourceExtract] = []
    for s in slots:
        if isinstance(s, PendingSource):
            ex = next(docs)
            notes.extend(ex.document.notes)
            extracts.append(ex)
        else:
            extracts.append(s)
    notes += store.take_notes() if store else []  # a cache refused or replaced: said, never silent
    return extracts, notes
