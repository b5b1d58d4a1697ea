"""The extraction cache: each source's reading and mentions, persisted in SQLite.

(One module of ~530 lines on purpose: the cache, its folder rules and its row codec are one
security boundary, reviewed together; see docs/safety.md.)

What is cached, and why it is exact
-----------------------------------
Extracting a source's mentions depends on one thing outside the source: the corpus-wide
`Vocabulary` of words some source writes in lower case. It is read in exactly one place, when
a capitalized word that opens a sentence (or block or quote) is dropped as a common word
("Officials said ...") because the corpus writes it in lower case. So the extraction of a source
is a pure function of

* its text (the content hash) and its format (`copydesk.formats`: how its markup is masked), and
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
written is skipped with a note and never raises.

Why rows cannot run code
------------------------
Anyone who can write the database (a shared cache folder on a build host, a CI cache restored
from another branch) chooses its rows, so a row is data, never a recipe: msgpack (msgspec),
decoded against the types the code declares. A mentions row is decoded by msgspec as `Mentions`,
checked field by field against the dataclasses' type hints (so a field added to a mention is
cached with no change here). A source row is the `SourceScan` (msgspec too) and the `Document`'s
state (`Document.__getstate__`: its fields and what `__post_init__` derived from them, kept so a
cached source is not read again): plain values, and instances of copydesk's own dataclasses and
NamedTuples only, each field checked against its type hint. A row that fails any check is a
miss: rebuilt and written anew. The folder is made 0700 and must belong to the user (as pip
checks its cache), and a database that is not one is replaced, with a note.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import sqlite3
import sys
import threading
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from copydesk import document as _document_module
from copydesk import mentions as _mentions_package
from copydesk.cachedir import CacheRefused, cache_dir, cache_disabled
from copydesk.cachedir import private_folder as _private_folder
from copydesk.document import Document
from copydesk.mentions import Mentions
from copydesk.quietlog import QuietLog

log = QuietLog(__name__)

def _extractor_version() -> str:
    """A digest of the extraction code (formats, document, lexicon, mentions, extract.py and the row
    codec): rows from other code never match; the merge, queries and export are not part of it."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    extraction = [package / "document.py", package / "lexicon.py", *(package / "mentions").glob("*.py"),
                  *(package / "formats").glob("*.py"),
                  package / "factbase" / "extract.py", package / "factbase" / "store.py"]
    for path in sorted(extraction):
        try:
            digest.update(path.name.encode() + path.read_bytes())
        except OSError:
            digest.update(path.name.encode())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = _extractor_version()
SCHEMA_VERSION = 3  # 1: pickled rows; 2: keyed by a Markdown flag, not the format (never read again: see `_drop_old_schemas`)
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
        # one string object per word, however many sources write it (also when decoded from the cache)
        for name in ("lower", "capitalized"):
            object.__setattr__(self, name, tuple(map(sys.intern, getattr(self, name))))
        object.__setattr__(self, "initial", frozenset(map(sys.intern, self.initial)))

    def vocab_words(self, corpus_lower: set[str] | frozenset[str]) -> frozenset[str]:
        """S: the words whose corpus lower-case status can change this source's mentions."""
        return frozenset(w for w in self.initial if w in corpus_lower)


def vocab_key(words: Iterable[str]) -> str:
    ws = sorted(words)
    if not ws:
        return ""
    return hashlib.sha256("\n".join(ws).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _drop_old_schemas(folder: Path) -> None:
    """Delete databases of older schemas: never read again (schema 1 held pickles)."""
    for old in folder.glob("extracts-v*.sqlite3*"):
        if not old.name.startswith(DB_NAME):
            with contextlib.suppress(OSError):
                old.unlink()


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _decoded(decode: Callable[[bytes], Any], blob: Any) -> Any:
    """A row's value, or None (a miss, rebuilt and written again) for one that does not decode."""
    if not isinstance(blob, bytes):
        return None
    try:
        return decode(blob)
    except RowError as exc:
        log.info("extraction cache: a row did not decode (%s); rebuilding it", exc)
        return None


class ExtractStore:
    """A small SQLite key-value store of extraction results (typed msgpack rows). Every failure is a miss."""

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
            _private_folder(self.folder)
            _drop_old_schemas(self.folder)
            try:
                self._conn = self._open()
            except sqlite3.DatabaseError as exc:  # not a database (truncated, overwritten): start afresh
                if isinstance(exc, sqlite3.OperationalError):  # locked or cannot be opened: not ours to delete
                    raise
                self.notes.append(f"extraction cache {self.path} was unreadable ({exc}); replaced with an empty one")
                log.info("%s", self.notes[-1])
                _remove_database(self.path)
                self._conn = self._open()
        except (sqlite3.Error, OSError, CacheRefused) as exc:
            self._fail("open", exc)
            return None
        return self._conn

    def _open(self) -> sqlite3.Connection:
        """The database, made private to the user (it holds the text of the sources)."""
        old_umask = os.umask(0o077)
        try:
            conn = sqlite3.connect(str(self.path), timeout=2.0, check_same_thread=False, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("CREATE TABLE IF NOT EXISTS source (digest TEXT, version TEXT, format TEXT, data BLOB,"
                             " PRIMARY KEY (digest, version, format))")
                conn.execute("CREATE TABLE IF NOT EXISTS mentions (digest TEXT, version TEXT, format TEXT, vkey TEXT,"
                             " data BLOB, PRIMARY KEY (digest, version, format, vkey))")
            except BaseException:
                conn.close()
                raise
        finally:
            os.umask(old_umask)
        os.chmod(self.path, 0o600)
        return conn

    def take_notes(self) -> list[str]:
        """What went wrong with the cache since last asked (each said once: a note per build)."""
        with self._lock:
            notes, self.notes = self.notes, []
        return notes

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

    def get_sources(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Any]:
        """(digest, format) -> (document, scan) for the keys the cache holds."""
        wanted = set(keys)
        out = {}
        for digest, fmt, blob in self._select("source", "digest, format, data", sorted({d for d, _ in wanted})):
            key = (digest, fmt)
            if key in wanted and (value := _decoded(decode_source, blob)) is not None:
                out[key] = value
        return out

    def get_mentions(self, keys: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], Any]:
        """(digest, format, vocab key) -> mentions for the keys the cache holds."""
        wanted = set(keys)
        out = {}
        for digest, fmt, vkey, blob in self._select("mentions", "digest, format, vkey, data", sorted({d for d, _, _ in wanted})):
            key = (digest, fmt, vkey)
            if key in wanted and (value := _decoded(decode_mentions, blob)) is not None:
                out[key] = value
        return out

    # -- writes -------------------------------------------------------------------------------

    def put_sources(self, rows: list[tuple[str, str, bytes]]) -> None:
        self._write("INSERT OR REPLACE INTO source (digest, version, format, data) VALUES (?, ?, ?, ?)",
                    [(d, EXTRACTOR_VERSION, f, sqlite3.Binary(b)) for d, f, b in rows])

    def put_mentions(self, rows: list[tuple[str, str, str, bytes]]) -> None:
        self._write("INSERT OR REPLACE INTO mentions (digest, version, format, vkey, data) VALUES (?, ?, ?, ?, ?)",
                    [(d, EXTRACTOR_VERSION, f, v, sqlite3.Binary(b)) for d, f, v, b in rows])

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


# -- rows: typed msgpack, never pickles ---------------------------------------------------------

class RowError(ValueError):
    """A cached row that is not what this code writes: a miss."""


_ENCODER = msgspec.msgpack.Encoder()
_MENTIONS = msgspec.msgpack.Decoder(Mentions)
_SOURCE = msgspec.msgpack.Decoder(tuple[Any, SourceScan])  # (the document's packed state, its scan)
_DECODE_ERRORS = (msgspec.DecodeError, RowError, TypeError, ValueError, KeyError, IndexError, RecursionError)


def encode_mentions(mentions: Mentions) -> bytes:
    return _ENCODER.encode(mentions)


def decode_mentions(blob: bytes) -> Mentions:
    """Raises RowError for a row that is not a `Mentions` of this code's types."""
    try:
        return _MENTIONS.decode(blob)
    except _DECODE_ERRORS as exc:
        raise RowError(str(exc)) from None


def encode_source(doc: Document, scan: SourceScan) -> bytes:
    return _ENCODER.encode((_pack(doc), scan))


def decode_source(blob: bytes) -> tuple[Document, SourceScan]:
    """Raises RowError for a row that is not a `Document` and `SourceScan` of this code's types."""
    try:
        state, scan = _SOURCE.decode(blob)
        doc = _unpack(state)
    except _DECODE_ERRORS as exc:
        raise RowError(str(exc)) from None
    if type(doc) is not Document:
        raise RowError("not a document")
    return doc, scan


@cache
def _classes() -> dict[str, type]:
    """The only classes a row may hold: copydesk's own dataclasses and NamedTuples that documents
    and mentions are made of, found in their modules and through their fields' type hints (so a
    new one needs no change here)."""
    modules = [_document_module, *(m for m in vars(_mentions_package).values() if isinstance(m, types.ModuleType))]
    todo = [obj for module in modules for obj in vars(module).values()
            if _is_record(obj) and obj.__module__ == module.__name__]
    out: dict[str, type] = {}
    while todo:
        cls = todo.pop()
        if _name(cls) not in out:
            out[_name(cls)] = cls
            todo += [t for hint in _hints(cls).values() for t in _types_in(hint) if _is_record(t)]
    return out


def _is_record(obj: Any) -> bool:
    """A dataclass or NamedTuple class."""
    return isinstance(obj, type) and (dataclasses.is_dataclass(obj) or _is_namedtuple(obj))


def _types_in(hint: Any) -> list[Any]:
    """Every type a hint names (`list[NameMention] | None` -> list, NameMention, NoneType)."""
    return [hint, *(t for arg in typing.get_args(hint) for t in _types_in(arg))]


def _is_namedtuple(cls: type) -> bool:
    return issubclass(cls, tuple) and hasattr(cls, "_fields")


def _keeps_state(cls: type) -> bool:
    """A class whose instances say what they are made of (`__getstate__` of a `__dict__`)."""
    return "__getstate__" in vars(cls) and "__slots__" not in vars(cls)


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _state(value: Any) -> dict[str, Any]:
    """What an instance is made of: the state it pickles itself with (`Document`: its fields and
    what they derive, less its tokens), else its fields."""
    cls = type(value)
    if _is_namedtuple(cls):
        return value._asdict()
    if _keeps_state(cls):
        return value.__getstate__()
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}


def _pack(value: Any) -> Any:
    """A value as msgpack data: containers and instances become lists tagged by their first item."""
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return value
    if kind in _CONTAINER_TAGS:
        return [_CONTAINER_TAGS[kind], *map(_pack, value)]
    if kind is dict:
        return ["m", *([_pack(k), _pack(v)] for k, v in value.items())]
    if kind is dt.date:
        return ["d", value.toordinal()]
    if _classes().get(_name(kind)) is kind:
        return ["c", _name(kind), {k: _pack(v) for k, v in _state(value).items()}]
    raise TypeError(f"the extraction cache cannot hold a {kind.__name__}")


_CONTAINER_TAGS: dict[type, str] = {list: "l", tuple: "t", frozenset: "f", set: "s"}
_CONTAINERS: dict[str, Callable[[Any], Any]] = {"l": list, "t": tuple, "f": frozenset, "s": set}


def _unpack(data: Any) -> Any:
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is not list or not data or type(data[0]) is not str:
        raise RowError(f"unexpected {type(data).__name__}")
    tag = data[0]
    if tag in _CONTAINERS:
        return _CONTAINERS[tag](map(_unpack, data[1:]))
    if tag == "m":
        return {_unpack(k): _unpack(v) for k, v in data[1:]}
    if tag == "d" and len(data) == 2 and type(data[1]) is int:
        return dt.date.fromordinal(data[1])
    if tag == "c" and len(data) == 3 and type(data[2]) is dict:
        return _instance(data[1], {k: _unpack(v) for k, v in data[2].items()})
    raise RowError(f"unknown tag {tag!r}")


def _instance(name: Any, state: dict[str, Any]) -> Any:
    """An instance of one of `_classes()`, made without running any of its code, each field
    checked against its type hint; a class that keeps more state (`Document`) must have exactly
    the attributes a fresh instance has, each of the same type."""
    cls = _classes().get(name) if type(name) is str else None
    if cls is None:
        raise RowError(f"not a class the cache holds: {name!r}")
    hints = _hints(cls)
    for field_name, hint in hints.items():
        if field_name not in state or not _check(hint)(state[field_name]):
            raise RowError(f"{cls.__name__}.{field_name}: missing or of the wrong type")
    if _is_namedtuple(cls):
        if len(state) != len(hints):
            raise RowError(f"{cls.__name__}: unexpected fields")
        return tuple.__new__(cls, [state[f] for f in cls._fields])
    extra = {k: v for k, v in state.items() if k not in hints}
    reference = _derived(cls)
    if extra.keys() != reference.keys() or any(not _like(v, reference[k]) for k, v in extra.items()):
        raise RowError(f"{cls.__name__}: unexpected state")
    obj = object.__new__(cls)
    for key, value in state.items():
        object.__setattr__(obj, key, value)
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    """Field name -> type hint, in field order."""
    hints = typing.get_type_hints(cls)
    names = cls._fields if _is_namedtuple(cls) else [f.name for f in dataclasses.fields(cls)]
    return {name: hints[name] for name in names}


@cache
def _derived(cls: type) -> dict[str, Any]:
    """What a class keeps besides its fields (what `Document.__post_init__` derives), as a fresh
    instance has it; {} for plain dataclasses."""
    if not _keeps_state(cls):
        return {}
    fresh = cls(**{name: "" for name, f in cls.__dataclass_fields__.items()
                   if f.init and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING})
    return {k: v for k, v in fresh.__getstate__().items() if k not in _hints(cls)}


def _like(value: Any, reference: Any) -> bool:
    """A derived attribute's value has the type a fresh instance gives it (None stands for any)."""
    return reference is None or value is None or type(value) is type(reference)


@cache
def _check(hint: Any) -> Callable[[Any], bool]:
    """A test that a value fits the type hint (the hints copydesk's dataclasses use), built once
    per hint: rows hold hundreds of thousands of values."""
    if hint is Any:
        return lambda v: True
    if hint is type(None):
        return lambda v: v is None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        alternatives = tuple(map(_check, args))
        return lambda v: any(c(v) for c in alternatives)
    if origin is None:
        if hint in (int, str, bool):
            return lambda v: type(v) is hint
        if hint is float:
            return lambda v: type(v) in (float, int)
        return lambda v: isinstance(v, hint)
    if origin is tuple and args and args[-1] is not Ellipsis:
        items = tuple(map(_check, args))
        return lambda v: type(v) is tuple and len(v) == len(items) and all(c(x) for c, x in zip(items, v))
    if origin is dict:
        key, value = _check(args[0]), _check(args[1])
        return lambda v: type(v) is dict and all(key(k) and value(x) for k, x in v.items())
    each = _check(args[0]) if args else _check(Any)
    return lambda v: isinstance(v, origin) and all(map(each, v))


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
