"""The fact store: a built fact base in SQLite, for any number of checks to read.

`copydesk build` (or the first check after the sources changed) writes it; when it is current
(the same source files, unchanged by size and modification time, the same facts files and the
same copydesk), `check` and the language server read it on demand (factbase/lazy.py) and `facts`
loads it whole, instead of merging the sources again. One store per source set, in
`<cache>/stores/` (see store.py for the cache folder and its rules: 0700, the user's own, a
planted or broken row rebuilt, never run).

Tables: `sources` (one row per source: its document, scan and mentions, as the extraction cache
keeps them), `entities` (one row per entity), `facts` (one row per source: its dates, numbers and
quotes), the `corpus` and `summary` rows in `meta`, the indexes by source (`_SOURCE_TABLES`:
facts by clause key, quotes by word, numbers by value, numbers by their sentence's values, dates
by part) and the corpus-wide indexes (`_CORPUS_TABLES`: entities by name key and name word, the
vocabulary's flags, name words by deletion, key counts, stated values, people by role word, each
source's first fact indexes); docs/scale.md lists them. Rows carry a hash, so a rebuild after one
source changed rewrites only the rows whose content changed (that source's, and the entities it
touches), the corpus-wide tables that changed, and the corpus row.

Over 400 lines: the schema, its writer and its readers are one file format, kept together.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import msgspec

from copydesk.document import InputError
from copydesk.factbase import derived
from copydesk.factbase.derived import date_parts, deletion_depth, deletions, sentence_values
from copydesk.factbase.extract import SourceExtract, source_keys
from copydesk.factbase.lazy import CAPITALIZED, KNOWN, LOWER, NAME_WORD, STANDALONE, SURNAME
from copydesk.factbase.model import DateFact, NumberFact, QuoteFact
from copydesk.factbase.query import BuildTally, FactBase
from copydesk.factbase.rows import ENCODER, CorpusRow, EntityRow, FactsRow, RowReader, RowWriter, decode
from copydesk.factbase.store import (
    EXTRACTOR_VERSION,
    CacheRefused,
    RowError,
    _private_folder,
    _remove_database,
    cache_dir,
    decode_mentions,
    decode_source,
    encode_mentions,
    encode_source,
)
from copydesk.factbase.text import name_key_of_text, quote_content
from copydesk.mentions import Vocabulary
from copydesk.quietlog import QuietLog

log = QuietLog(__name__)


def _store_version() -> str:
    """The extraction's version and a digest of the merge, row and update code: a store from other code is rebuilt."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for name in ("merge.py", "text.py", "query.py", "user_facts.py", "rows.py", "factstore.py", "derived.py", "patch.py"):
        with contextlib.suppress(OSError):
            digest.update(name.encode() + (here / name).read_bytes())
    return digest.hexdigest()[:16]


STORE_VERSION = _store_version()


class FileState(msgspec.Struct, array_like=True):
    """A listed file as last built: a source changed when its size or modification time did."""

    path: str
    size: int
    mtime_ns: int


class Manifest(msgspec.Struct, array_like=True):
    version: str
    sources: list[FileState]
    facts_files: list[FileState]


def file_states(paths: Sequence[Path | str]) -> list[FileState] | None:
    """The listed files' states (paths as given or as a manifest holds them), or None if one cannot
    be looked at (not current, then)."""
    out = []
    for p in paths:
        try:
            st = os.stat(p)
        except OSError:
            return None
        out.append(FileState(str(p), st.st_size, st.st_mtime_ns))
    return out


def is_current_for(m: Manifest | None, states: list[FileState] | None, facts_files: list[Path]) -> bool:
    """Whether a store written with manifest `m` is current for sources now in `states` (stat'ing
    100,000 sources takes a second: a caller that has their states passes them)."""
    return (m is not None and m.version == STORE_VERSION and m.sources == states
            and m.facts_files == file_states(facts_files))


def store_path(files: list[Path], facts_files: list[Path], encoding: str | None = None, folder: Path | None = None) -> Path:
    """Where the store of this source set lives: one per set of sources, facts files and encoding."""
    key = "\n".join([*source_keys(files), "--", *source_keys(facts_files), "--", encoding or ""])
    return (folder or cache_dir() / "stores") / f"facts-{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:24]}.sqlite3"


_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, hash TEXT, data BLOB)",
    "CREATE TABLE IF NOT EXISTS sources (id INTEGER PRIMARY KEY, hash TEXT, key TEXT, display TEXT, digest TEXT,"
    " vkey TEXT, source BLOB, mentions BLOB)",
    "CREATE TABLE IF NOT EXISTS entities (id INTEGER PRIMARY KEY, hash TEXT, data BLOB)",
    "CREATE TABLE IF NOT EXISTS facts (source INTEGER PRIMARY KEY, hash TEXT, data BLOB)",
    "CREATE TABLE IF NOT EXISTS names (key TEXT, entity INTEGER)",  # the fact base's key_index
    "CREATE INDEX IF NOT EXISTS names_key ON names (key, entity)",
    "CREATE TABLE IF NOT EXISTS words (word TEXT, entity INTEGER)",
    "CREATE INDEX IF NOT EXISTS words_word ON words (word, entity)",
    "CREATE INDEX IF NOT EXISTS words_entity ON words (entity)",
    "DROP TABLE IF EXISTS clause_keys",  # an older store's: `fact_keys` has the units too
    "CREATE TABLE IF NOT EXISTS fact_keys (key TEXT, source INTEGER, kind TEXT, unit TEXT, fact INTEGER)",
    # covering indexes: a clause's candidates are found, and their shared keys read, from these alone
    "CREATE INDEX IF NOT EXISTS fact_keys_key ON fact_keys (key, kind, unit, source, fact)",
    "CREATE INDEX IF NOT EXISTS fact_keys_source ON fact_keys (source, kind, fact, key)",
    "CREATE TABLE IF NOT EXISTS quote_words (word TEXT, source INTEGER, quote INTEGER)",
    # covering indexes (here and below): a lookup by word, value, part or source reads no table row
    "CREATE INDEX IF NOT EXISTS quote_words_word ON quote_words (word, source, quote)",
    "CREATE INDEX IF NOT EXISTS quote_words_source ON quote_words (source, quote, word)",
    "CREATE INDEX IF NOT EXISTS sources_key ON sources (key)",
    # a source's name without its row (its document and mentions: kilobytes over overflow pages)
    "CREATE INDEX IF NOT EXISTS sources_display ON sources (id, display)",
    # what a draft's figure or date is supported by, looked up by value (see FactBase.numbers_between, ...)
    "CREATE TABLE IF NOT EXISTS number_values (unit TEXT, value REAL, low REAL, high REAL, source INTEGER, fact INTEGER)",
    "CREATE INDEX IF NOT EXISTS number_values_value ON number_values (unit, value, low, high, source, fact)",
    "CREATE INDEX IF NOT EXISTS number_values_low ON number_values (unit, low)",
    # the ranges and bounds alone ("up to 40"): a figure's lookup reads them, not every exact figure below it
    "CREATE INDEX IF NOT EXISTS number_values_range ON number_values (unit, low, high, value, source, fact) WHERE low <> high",
    "CREATE INDEX IF NOT EXISTS number_values_source ON number_values (source, fact, unit, value, low, high)",
    "CREATE TABLE IF NOT EXISTS sentence_values (value REAL, source INTEGER, fact INTEGER)",
    "CREATE INDEX IF NOT EXISTS sentence_values_value ON sentence_values (value, source, fact)",
    "CREATE INDEX IF NOT EXISTS sentence_values_source ON sentence_values (source, fact, value)",
    "CREATE TABLE IF NOT EXISTS date_parts (part TEXT, source INTEGER, fact INTEGER)",
    "CREATE INDEX IF NOT EXISTS date_parts_part ON date_parts (part, source, fact)",
    "CREATE INDEX IF NOT EXISTS date_parts_source ON date_parts (source, fact, part)",
    # a source's sentence-initial words (`SourceScan.initial`): whose mentions a word's lower-case status can change
    "CREATE TABLE IF NOT EXISTS initial_words (word TEXT, source INTEGER)",
    "CREATE INDEX IF NOT EXISTS initial_words_word ON initial_words (word)",
    "CREATE INDEX IF NOT EXISTS initial_words_source ON initial_words (source)",
    # corpus-wide tables, rewritten when their content changes (see `_corpus_tables`)
    "CREATE TABLE IF NOT EXISTS vocab (word TEXT PRIMARY KEY, flags INTEGER, ord INTEGER, forms BLOB) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS key_counts (key TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS near_words (variant TEXT, word TEXT)",
    "CREATE INDEX IF NOT EXISTS near_words_variant ON near_words (variant, word)",
    "DROP TABLE IF EXISTS stated_values",  # an older store's: `values_stated` counts the sources too
    "CREATE TABLE IF NOT EXISTS values_stated (value REAL PRIMARY KEY, sources INTEGER) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS role_words (word TEXT, entity INTEGER)",
    "CREATE INDEX IF NOT EXISTS role_words_word ON role_words (word, entity)",
    "CREATE TABLE IF NOT EXISTS blocks (source INTEGER PRIMARY KEY, date0 INTEGER, number0 INTEGER, quote0 INTEGER)",
    "CREATE INDEX IF NOT EXISTS blocks_date0 ON blocks (date0, source)",
    "CREATE INDEX IF NOT EXISTS blocks_number0 ON blocks (number0, source)",
    "CREATE INDEX IF NOT EXISTS blocks_quote0 ON blocks (quote0, source)",
]
_SOURCE_TABLES = ("fact_keys", "quote_words", "number_values", "sentence_values", "date_parts", "initial_words")  # rows by source
_CORPUS_TABLES = ("names", "words", "vocab", "key_counts", "near_words", "values_stated", "role_words", "blocks")
_READ_TABLES = ("sources", "entities", "facts", *_SOURCE_TABLES, *_CORPUS_TABLES)  # what a lazy reader reads
_TABLES = ("meta", *_READ_TABLES)
# The layout of the tables and indexes, kept in the file (`PRAGMA user_version`): a store of another
# layout has its tables dropped when opened (then rebuilt: no manifest), since `CREATE ... IF NOT
# EXISTS` would leave its old tables and indexes as they were. 2: covering indexes (issue 14).
SCHEMA_VERSION = 2


def _hash(blob: bytes) -> str:
    return hashlib.blake2b(blob, digest_size=16).hexdigest()


@dataclass
class WriteStats:
    """What a write changed (the bench and the tests read it), of how many sources and entities."""

    of_sources: int
    of_entities: int
    sources: int = 0
    entities: int = 0
    facts: int = 0
    index_rows: int = 0  # rows of the other tables written or deleted by an update in place (factbase/patch.py)


class FactStore:
    """One fact store file. Every failure to open or read is a miss (the caller builds); a row that
    does not decode is a `RowError`, and the store is not current."""

    def __init__(self, path: Path, chosen: bool = False):
        self.path = Path(path)
        self.chosen = chosen  # a path the user named (--store): its folder is theirs, and so is a file that is no store
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            if not self.chosen:
                _private_folder(self.path.parent)
            old_umask = os.umask(0o077)
            try:
                try:
                    self._conn = self._open()
                except sqlite3.DatabaseError as exc:
                    if isinstance(exc, sqlite3.OperationalError) or self.chosen:
                        raise
                    _remove_database(self.path)  # not a database: start afresh
                    self._conn = self._open()
            finally:
                os.umask(old_umask)
            os.chmod(self.path, 0o600)
        return self._conn

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(str(self.path), timeout=5.0, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                _relaid(conn)
            for sql in _SCHEMA:
                conn.execute(sql)
        except BaseException:
            conn.close()
            raise
        return conn

    def read_only(self) -> None:
        """No write through this connection from now on (a lazy reader's, factbase/lazy.py: a bug
        there cannot damage the store other editors read). A bigger page cache and memory-mapped
        reads were measured too (issue 14): no difference a cold check could tell, so left as is."""
        self._db().execute("PRAGMA query_only = 1")

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None

    # -- reading -----------------------------------------------------------------------------------

    def manifest(self) -> Manifest | None:
        row = self._db().execute("SELECT data FROM meta WHERE key='manifest'").fetchone()
        return decode(Manifest, row[0]) if row else None

    def is_current(self, files: list[Path], facts_files: list[Path]) -> bool:
        return is_current_for(self.manifest(), file_states(files), facts_files)

    def load(self) -> FactBase:
        """The fact base as written (raises RowError or sqlite3.Error where it cannot be)."""
        db = self._db()
        with contextlib.suppress(OSError):
            os.utime(self.path)  # opened: kept by `forget_old_stores`
        extracts = []
        for key, display, digest, vkey, source, mentions in db.execute(
                "SELECT key, display, digest, vkey, source, mentions FROM sources ORDER BY id"):
            doc, scan = decode_source(source)
            doc.path, doc.notes = display, []
            ex = SourceExtract(display, key, digest, doc, decode_mentions(mentions), scan, vkey or None)
            extracts.append(ex)
        corpus_row = db.execute("SELECT data FROM meta WHERE key='corpus'").fetchone()
        if corpus_row is None:
            raise RowError("no corpus row")
        c: CorpusRow = decode(CorpusRow, corpus_row[0])
        reader = RowReader(extracts)
        entities = [reader.entity(decode(EntityRow, blob)) for (blob,) in db.execute("SELECT data FROM entities ORDER BY id")]
        if any(e.id != i for i, e in enumerate(entities)):
            raise RowError("entity ids out of order")
        dates, numbers, quotes = [], [], []
        for (blob,) in db.execute("SELECT data FROM facts ORDER BY source"):
            d, n, q = reader.facts(decode(FactsRow, blob))
            dates += d
            numbers += n
            quotes += q
        manifest = self.manifest()
        facts_files = [Path(f.path) for f in manifest.facts_files] if manifest else []
        word_index = {w: set(ids) for w, ids in c.word_index.items()}
        from collections import defaultdict

        return FactBase(extracts, entities, dates, numbers, quotes,
                        Vocabulary(set(c.lower), set(c.name_words), set(c.capitalized)),
                        dict(c.key_index), defaultdict(set, word_index),
                        defaultdict(Counter, {w: Counter(f) for w, f in c.surface_forms.items()}),
                        set(c.standalone_names), Counter(c.sentence_df), c.sentence_count,
                        BuildTally(Counter(c.lower_count), Counter(c.capitalized_count), list(c.blocks), dict(c.merged_evidence)),
                        facts_files, list(c.notes))

    def check_filled(self) -> None:
        """RowError where a table the last write filled has no row: dropped, and made again empty
        when the store was opened, it would give a lazy reader (factbase/lazy.py) nothing."""
        row = self._db().execute("SELECT data FROM meta WHERE key = 'filled'").fetchone()
        for table in decode(list[str], row[0] if row else None):
            if table not in _READ_TABLES:
                raise RowError(f"no table {table!r} is written")
            if not self._db().execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                raise RowError(f"{table}: no rows")

    def where_named(self, text: str) -> list[tuple[str, int, int]]:
        """Where the sources name what `text` names (source, start, end), read through the `names`
        index and one entity row, without loading the fact base: the lazy path editors' "where do
        the sources state this" can take."""
        db = self._db()
        row = db.execute("SELECT entity FROM names WHERE key = ?",
                         ("\t".join(name_key_of_text(text)),)).fetchone()
        if row is None:
            return []
        blob = db.execute("SELECT data FROM entities WHERE id = ?", (row[0],)).fetchone()
        entity: EntityRow = decode(EntityRow, blob[0] if blob else None)
        docs = sorted({p.doc for p in entity.mentions})
        displays = dict(db.execute(f"SELECT id, display FROM sources WHERE id IN ({','.join('?' * len(docs))})", docs))
        return [(displays.get(p.doc, p.source), p.start, p.end) for p in entity.mentions]

    # -- writing -----------------------------------------------------------------------------------

    def write(self, kb: FactBase, states: list[FileState] | None, facts_states: list[FileState] | None,
              afresh: bool = False) -> WriteStats:
        """Write `kb`, rewriting only the rows whose content changed (`afresh`: every row, for a
        store that did not load: its hashes are not to be trusted). `states` and `facts_states`:
        its sources' and facts files' states taken before the build read them, so that a file
        saved while it was read leaves the store stale, not current with the older content."""
        if states is None or facts_states is None:
            raise OSError("a source changed while it was built")
        writer = RowWriter(kb.extracts)
        db = self._db()
        stats = WriteStats(len(kb.extracts), len(kb.entities))
        old = {t: dict(db.execute(f"SELECT {k}, hash FROM {t}")) for t, k in
               (("sources", "id"), ("entities", "id"), ("facts", "source"))}
        db.execute("BEGIN")
        try:
            if afresh:
                for table in ("meta", "sources", "entities", "facts", *_SOURCE_TABLES, *_CORPUS_TABLES):
                    db.execute(f"DELETE FROM {table}")
                old = {t: {} for t in old}
            for i, (ex, dates, numbers, quotes) in enumerate(kb.by_source()):
                source = put_source(db, i, ex, old["sources"].get(i))
                facts = put_row(db, "facts", i, ENCODER.encode(writer.facts(dates, numbers, quotes)), old["facts"].get(i))
                stats.sources, stats.facts = stats.sources + source, stats.facts + facts
                if source or facts:
                    put_source_rows(db, i, ex, dates, numbers, quotes)
            for e in kb.entities:
                stats.entities += put_row(db, "entities", e.id, ENCODER.encode(writer.entity(e)), old["entities"].get(e.id))
            for table, column, n in (("sources", "id", len(kb.extracts)), ("facts", "source", len(kb.tally.blocks)),
                                     ("entities", "id", len(kb.entities))):
                db.execute(f"DELETE FROM {table} WHERE {column} >= ?", (n,))
            for table in _SOURCE_TABLES:
                db.execute(f"DELETE FROM {table} WHERE source >= ?", (len(kb.tally.blocks),))
            for table, rows in _corpus_tables(kb):  # rewritten only when they changed
                h = _hash(ENCODER.encode(rows))
                if afresh or db.execute("SELECT hash FROM meta WHERE key = ?", (table,)).fetchone() != (h,):
                    db.execute(f"DELETE FROM {table}")
                    if rows:
                        db.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
                    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?, NULL)", (table, h))
            put_meta(db, "summary_tally", ENCODER.encode(dict(derived.summary_tally_of(kb))))
            finish_write(db, kb.summary, _corpus_row(kb), Manifest(STORE_VERSION, states, facts_states))
            if stats.sources or stats.entities or stats.facts or afresh:
                analyze(db)
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                db.execute("ROLLBACK")
            raise
        return stats


def _relaid(conn: sqlite3.Connection) -> None:
    """Drop copydesk's tables (and so their indexes) from a store written in another layout than
    SCHEMA_VERSION's, or from a new file, and mark it as of this layout: the schema then makes them
    again, empty, and the store is rebuilt. Only copydesk's tables: a file named with --store may
    hold others."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:  # not done meanwhile by another process
            for table in (*_TABLES, "clause_keys", "stated_values"):
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")
        raise


def analyze(db: sqlite3.Connection) -> None:
    """Count, by sampling, how many rows an index's leading columns select (`sqlite_stat1`): the
    query planner then knows that a fact has a few keys and a key many facts, and seeks the few
    keys of a candidate fact its lookup shares instead of stepping through them (a quarter of
    the lookups' time at 10,000 sources). An update in place (factbase/patch.py) keeps the counts
    of the last build: they are proportions, which one source hardly moves."""
    db.execute("PRAGMA analysis_limit = 1000")  # a sample of each index: milliseconds at any size
    for table in ("sources", *_SOURCE_TABLES, *_CORPUS_TABLES):  # the tables read by index (not the rows by id)
        db.execute(f"ANALYZE {table}")


def put_meta(db: sqlite3.Connection, key: str, blob: bytes) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?, ?)", (key, _hash(blob), blob))


def finish_write(db: sqlite3.Connection, summary: derived.CorpusSummary, corpus: CorpusRow, manifest: Manifest) -> None:
    """The rows every write ends with: the summary, which tables have rows, the corpus row and the manifest."""
    put_meta(db, "summary", ENCODER.encode(summary))
    filled = [t for t in _READ_TABLES if db.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()]
    db.execute("INSERT OR REPLACE INTO meta VALUES ('filled', NULL, ?)", (ENCODER.encode(filled),))
    put_meta(db, "corpus", ENCODER.encode(corpus))
    put_meta(db, "manifest", ENCODER.encode(manifest))


def put_source(db: sqlite3.Connection, i: int, ex: SourceExtract, old_hash: str | None) -> bool:
    """Write source `i`'s row unless it holds `ex` already; whether it was written."""
    h = _hash(f"{ex.key}\0{ex.display}\0{ex.digest}\0{ex.vkey or ''}".encode("utf-8", "surrogatepass"))
    if old_hash == h:
        return False
    db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (i, h, ex.key, ex.display, ex.digest, ex.vkey or "", encode_source(ex.document, ex.scan),
                encode_mentions(ex.mentions)))
    return True


def put_row(db: sqlite3.Connection, table: str, i: int, blob: bytes, old_hash: str | None) -> bool:
    """Write row `i` of `table` ("facts" or "entities") unless it holds `blob` already; whether it was written."""
    h = _hash(blob)
    if old_hash == h:
        return False
    db.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)", (i, h, blob))
    return True


def put_source_rows(db: sqlite3.Connection, i: int, ex: SourceExtract, dates: list[DateFact], numbers: list[NumberFact],
                    quotes: list[QuoteFact]) -> int:
    """Replace source `i`'s rows of the `_SOURCE_TABLES`; how many rows went and came."""
    n = 0
    for table, rows in _source_rows(i, ex, dates, numbers, quotes):
        n += db.execute(f"DELETE FROM {table} WHERE source=?", (i,)).rowcount + len(rows)
        if rows:
            db.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    return n


def _source_rows(i: int, ex: SourceExtract, dates: list[DateFact], numbers: list[NumberFact],
                 quotes: list[QuoteFact]) -> list[tuple[str, list[tuple]]]:
    """Source `i`'s rows of the `_SOURCE_TABLES`: its facts by key, word, value and date part, and its
    sentence-initial words."""
    return [
        ("fact_keys", [(k, i, kind, getattr(f, "unit", ""), j) for kind, facts in (("dates", dates), ("numbers", numbers))
                       for j, f in enumerate(facts) for k in sorted(f.keys)]),
        ("quote_words", [(w, i, j) for j, q in enumerate(quotes) for w in sorted(quote_content(q))]),
        ("number_values", [(n.unit, float(n.value), float(n.low), float(n.high), i, j) for j, n in enumerate(numbers)]),
        ("sentence_values", [(float(v), i, j) for j, n in enumerate(numbers) for v in sorted(sentence_values(n))]),
        ("date_parts", [(p, i, j) for j, d in enumerate(dates) for p in sorted(date_parts(d))]),
        ("initial_words", [(w, i) for w in sorted(ex.scan.initial)] if ex.scan else []),
    ]


def _corpus_tables(kb: FactBase) -> list[tuple[str, list[tuple]]]:
    """The corpus-wide index tables' rows (`_CORPUS_TABLES`), sorted: what a lazy reader
    (factbase/lazy.py) asks instead of loading the corpus row."""
    names = sorted(("\t".join(k), e) for k, e in kb.key_index.items())
    words = sorted((w, e) for w, ids in kb.word_index.items() for e in ids)
    order = {w: i for i, w in enumerate(kb.word_index)}
    near = sorted({(v, w) for w in kb.word_index for v in deletions(w, deletion_depth(w)) if deletion_depth(w)})
    flagged = ((LOWER, kb.vocabulary.lower), (NAME_WORD, kb.vocabulary.name_words), (CAPITALIZED, kb.vocabulary.capitalized),
               (STANDALONE, kb.standalone_names), (SURNAME, kb.surnames), (KNOWN, kb.word_index))
    flags: dict[str, int] = {}
    for flag, words_of in flagged:
        for w in words_of:
            flags[w] = flags.get(w, 0) | flag
    vocab = sorted((w, f, order.get(w, -1), ENCODER.encode(list(kb.surface_forms[w].items())) if w in kb.surface_forms else None)
                   for w, f in flags.items())
    roles = sorted((w, e) for w, ids in kb._role_words.items() for e in ids)
    blocks, starts = [], [0, 0, 0]
    for i, counts in enumerate(kb.tally.blocks):
        blocks.append((i, *starts))
        starts = [a + b for a, b in zip(starts, counts, strict=True)]
    return [("names", names), ("words", words), ("vocab", vocab), ("key_counts", sorted(kb.sentence_df.items())),
            ("near_words", near), ("values_stated", _values_stated(kb)), ("role_words", roles),
            ("blocks", blocks)]


def _values_stated(kb: FactBase) -> list[tuple[float, int]]:
    """Each value the sources state (`derived.source_stated_values`) with how many sources state it."""
    counts: Counter = Counter()
    for ex, _, numbers, _ in kb.by_source():
        counts.update(float(v) for v in derived.source_stated_values(ex.document, numbers))
    return sorted(counts.items())


def _corpus_row(kb: FactBase) -> CorpusRow:
    return CorpusRow(
        sorted(kb.vocabulary.lower), sorted(kb.vocabulary.name_words), sorted(kb.vocabulary.capitalized),
        list(kb.key_index.items()), {w: sorted(ids) for w, ids in kb.word_index.items()},
        {w: dict(forms) for w, forms in kb.surface_forms.items()}, sorted(kb.standalone_names),
        dict(kb.sentence_df), kb.sentence_count, dict(kb.tally.lower_count), dict(kb.tally.capitalized_count),
        list(kb.tally.blocks), dict(kb.tally.merged_evidence), list(kb.notes))


STALE_DAYS = 14  # a default store nobody opened for this long is deleted (its source set is gone or unused)


def forget_old_stores(folder: Path) -> None:
    """Delete the default stores not opened for STALE_DAYS: one is made per source set, and source
    sets come and go (a temporary folder, a renamed one). Looked for once a day, not on every check
    (a folder of thousands of stores took tens of milliseconds to look through)."""
    now = time.time()
    limit = now - STALE_DAYS * 86400
    swept = folder / ".swept"  # when the folder was last looked through: once a day is enough
    with contextlib.suppress(OSError):
        if now - swept.stat().st_mtime < 86400:
            return
    with contextlib.suppress(OSError):
        swept.touch()
        for old in folder.glob("facts-*.sqlite3"):
            with contextlib.suppress(OSError):
                if old.stat().st_mtime < limit:
                    _remove_database(old)


def open_store(path: Path, chosen: bool = False) -> FactStore | None:
    """The store at `path`, or None where the cache folder may not be used (see store.py); a store
    the user named (`chosen`) that cannot be opened is an InputError naming it."""
    try:
        store = FactStore(path, chosen)
        store._db()
        return store
    except (sqlite3.Error, OSError, CacheRefused) as exc:
        if chosen:
            raise InputError(path, f"not a copydesk fact store ({exc})") from None
        log.info("fact store %s not used: %s", path, exc)
        return None
