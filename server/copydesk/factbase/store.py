"""The extraction cache: each source's reading and mentions, persisted in SQLite.

What is cached, and why it is exact
-----------------------------------
Extracting a source's mentions depends on one thing outside the source: the corpus-wide
`Vocabulary` of words some source writes in lower case. It is read in exactly one place, when
a capitalized word that opens a sentence (or block or quote) is dropped as a common word
("Officials said ...") because the corpus writes it in lower case. So the extraction of a source
is a pure function of

* its text (the content hash) and whether it is Markdown, and
* S = its sentence-initial words that the corpus writes in lower case and the source itself does
  not (usually empty or a handful of words).

The cache therefore holds two kinds of rows, both keyed by the content hash and
`EXTRACTOR_VERSION` (a hash of the code that reads and extracts: any change to it is a new version):

* `source`: the `Document` and its vocabulary-independent scan (`SourceScan`: the words it
  writes in lower case, the words it capitalizes, its sentence-initial words);
* `mentions`: the mentions extracted with vocabulary S, keyed also by a hash of S.

A restart, the CLI and pre-commit all reuse the rows; a changed source is re-read alone, and
another source is re-extracted only if the change flips the lower-case status of one of its
sentence-initial words (rare), which gives it a new S and so a new key. Results are identical to
extracting with the whole corpus vocabulary, because only the membership of those words is ever
asked. (Making extraction vocabulary-independent instead would change which sentence-initial
words become names.)

The cache lives in `$COPYDESK_CACHE_DIR`, else `$XDG_CACHE_HOME/copydesk`, else
`~/.cache/copydesk`. It is an optimization only: a cache that cannot be opened, read or
written is skipped with a log note and never raises. Rows are pickles written by copydesk in the
user's own cache folder; a row that fails to load is treated as a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sqlite3
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

def _extractor_version() -> str:
    """A digest of the extraction code (document, lexicon, mentions): rows from other code never match."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    extraction = [package / "document.py", package / "lexicon.py", *(package / "mentions").glob("*.py"),
                  package / "factbase" / "build.py", package / "factbase" / "store.py"]
    for path in sorted(extraction):
        try:
            digest.update(path.name.encode() + path.read_bytes())
        except OSError:
            digest.update(path.name.encode())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = _extractor_version()
SCHEMA_VERSION = 1
DB_NAME = f"extracts-v{SCHEMA_VERSION}.sqlite3"
_CHUNK = 500  # digests per SELECT


@dataclass(frozen=True)
class SourceScan:
    """What a source shows about words, independent of every other source. Kept for every source
    while its fact base lives: tuples of strings shared by all sources (see `__post_init__`)."""

    lower: tuple[str, ...]  # words written in lower case (Token.lower)
    capitalized: tuple[str, ...]  # folded words written capitalized
    initial: frozenset[str]  # lower-cased sentence-initial words not in `lower` (the only ones the vocabulary is asked about)

    def __post_init__(self) -> None:
        # one string object per word, however many sources write it (also when read from a pickle: `__reduce__`)
        for name in ("lower", "capitalized"):
            object.__setattr__(self, name, tuple(map(sys.intern, getattr(self, name))))
        object.__setattr__(self, "initial", frozenset(map(sys.intern, self.initial)))

    def __reduce__(self) -> tuple:
        return SourceScan, (self.lower, self.capitalized, self.initial)

    def vocab_words(self, corpus_lower: set[str] | frozenset[str]) -> frozenset[str]:
        """S: the words whose corpus lower-case status can change this source's mentions."""
        return frozenset(w for w in self.initial if w in corpus_lower)


def vocab_key(words: Iterable[str]) -> str:
    ws = sorted(words)
    if not ws:
        return ""
    return hashlib.sha256("\n".join(ws).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def cache_dir() -> Path:
    env = os.environ.get("COPYDESK_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "copydesk"


def cache_disabled() -> bool:
    return os.environ.get("COPYDESK_CACHE_DIR", None) == "" or os.environ.get("COPYDESK_NO_CACHE", "") not in ("", "0")


class ExtractStore:
    """A small SQLite key-value store of pickled extraction results. Every failure is a miss."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder is not None else cache_dir()
        self.path = self.folder / DB_NAME
        self._conn: sqlite3.Connection | None = None
        self._broken = cache_disabled()
        self._lock = threading.Lock()
        self.notes: list[str] = []

    # -- connection ---------------------------------------------------------------------------

    def _fail(self, what: str, exc: BaseException) -> None:
        note = f"extraction cache {self.path} {what} failed ({type(exc).__name__}: {exc}); continuing without it"
        log.info("%s", note)
        self.notes.append(note)
        self._broken = True
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None

    def _db(self) -> sqlite3.Connection | None:
        if self._broken:
            return None
        if self._conn is not None:
            return self._conn
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=2.0, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS source (digest TEXT, version TEXT, markdown INTEGER, data BLOB,"
                " PRIMARY KEY (digest, version, markdown))"
            )
            conn.execute(
                "CREATE TABLE IF NOT EXISTS mentions (digest TEXT, version TEXT, markdown INTEGER, vkey TEXT, data BLOB,"
                " PRIMARY KEY (digest, version, markdown, vkey))"
            )
            self._conn = conn
        except (sqlite3.Error, OSError) as exc:
            self._fail("open", exc)
            return None
        return self._conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.close()
                self._conn = None

    # -- reads --------------------------------------------------------------------------------

    def _select(self, table: str, cols: str, digests: list[str]) -> list[tuple]:
        rows: list[tuple] = []
        with self._lock:
            db = self._db()
            if db is None or not digests:
                return rows
            try:
                for i in range(0, len(digests), _CHUNK):
                    chunk = digests[i : i + _CHUNK]
                    sql = f"SELECT {cols} FROM {table} WHERE version=? AND digest IN ({','.join('?' * len(chunk))})"
                    rows.extend(db.execute(sql, [EXTRACTOR_VERSION, *chunk]))
            except (sqlite3.Error, OSError) as exc:
                self._fail("read", exc)
        return rows

    def get_sources(self, keys: list[tuple[str, bool]]) -> dict[tuple[str, bool], Any]:
        """(digest, markdown) -> (document, scan) for the keys the cache holds."""
        wanted = set(keys)
        out = {}
        for digest, md, blob in self._select("source", "digest, markdown, data", sorted({d for d, _ in wanted})):
            key = (digest, bool(md))
            if key in wanted and (value := _load(blob)) is not None:
                out[key] = value
        return out

    def get_mentions(self, keys: list[tuple[str, bool, str]]) -> dict[tuple[str, bool, str], Any]:
        """(digest, markdown, vocab key) -> mentions for the keys the cache holds."""
        wanted = set(keys)
        out = {}
        for digest, md, vkey, blob in self._select("mentions", "digest, markdown, vkey, data", sorted({d for d, _, _ in wanted})):
            key = (digest, bool(md), vkey)
            if key in wanted and (value := _load(blob)) is not None:
                out[key] = value
        return out

    # -- writes -------------------------------------------------------------------------------

    def put_sources(self, rows: list[tuple[str, bool, bytes]]) -> None:
        self._write("INSERT OR REPLACE INTO source (digest, version, markdown, data) VALUES (?, ?, ?, ?)",
                    [(d, EXTRACTOR_VERSION, int(m), sqlite3.Binary(b)) for d, m, b in rows])

    def put_mentions(self, rows: list[tuple[str, bool, str, bytes]]) -> None:
        self._write("INSERT OR REPLACE INTO mentions (digest, version, markdown, vkey, data) VALUES (?, ?, ?, ?, ?)",
                    [(d, EXTRACTOR_VERSION, int(m), v, sqlite3.Binary(b)) for d, m, v, b in rows])

    def _write(self, sql: str, rows: list[tuple]) -> None:
        if not rows:
            return
        with self._lock:
            db = self._db()
            if db is None:
                return
            try:
                db.execute("BEGIN")
                db.executemany(sql, rows)
                db.execute("COMMIT")
            except (sqlite3.Error, OSError) as exc:
                with contextlib.suppress(Exception):
                    db.execute("ROLLBACK")
                self._fail("write", exc)


def _load(blob: bytes) -> Any:
    try:
        return pickle.loads(blob)
    except Exception:
        return None


def dump(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


_default: ExtractStore | None = None
_default_lock = threading.Lock()


def default_store() -> ExtractStore:
    """The store in the user cache folder (re-opened if the cache folder setting changed)."""
    global _default
    with _default_lock:
        folder = cache_dir()
        if _default is None or _default.folder != folder:
            _default = ExtractStore(folder)
        return _default
