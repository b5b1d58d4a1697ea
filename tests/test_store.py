"""The SQLite extraction cache: hits after a restart, a changed source re-extracted alone, and a
cache that cannot be used falls back silently to extracting."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import msgspec
import pytest

from copydesk.document import Document
from copydesk.factbase import build, extract
from copydesk.factbase.build import build_factbase, updated_factbase
from copydesk.factbase.export import summary, to_json
from copydesk.factbase.store import (
    ExtractStore,
    RowError,
    SourceScan,
    cache_dir,
    decode_mentions,
    decode_source,
    encode_mentions,
    encode_source,
)
from copydesk.mentions import extract_mentions
from helpers import SEEDS, plant_pickles


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "sources"
    folder.mkdir()
    out = []
    for src in sorted(SEEDS.glob("*.txt")):
        dst = folder / src.name
        dst.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
        out.append(dst)
    return out


@pytest.fixture
def counted(monkeypatch):
    """Count the documents read and the mentions extracted (in this process)."""
    calls = {"read": 0, "extract": 0}
    real_read, real_extract = extract.read_worker, extract.extract_mentions

    def read(item):
        calls["read"] += 1
        return real_read(item)

    def counting_extract(doc, vocab=None):
        calls["extract"] += 1
        return real_extract(doc, vocab)

    monkeypatch.setattr(extract, "read_worker", read)
    monkeypatch.setattr(extract, "extract_mentions", counting_extract)
    monkeypatch.setenv("COPYDESK_JOBS", "1")
    return calls


def test_cache_dir_from_env(monkeypatch, tmp_path):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c"
    monkeypatch.delenv("COPYDESK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "copydesk"


def test_cache_hit_after_restart(tmp_path, sources, counted):
    first = build_factbase(sources, store=ExtractStore(tmp_path / "cache"))
    assert counted == {"read": 3, "extract": 3}
    # a new store object on the same folder: what a restarted server or a new CLI run sees
    second = build_factbase(sources, store=ExtractStore(tmp_path / "cache"))
    assert counted == {"read": 3, "extract": 3}
    assert to_json(second) == to_json(first)
    assert to_json(second) == to_json(build_factbase(sources, store=False))


def test_changed_source_is_reextracted_alone(tmp_path, sources, counted):
    store = ExtractStore(tmp_path / "cache")
    kb = build_factbase(sources, store=store)
    sources[1].write_text(sources[1].read_text(encoding="utf-8") + "\nA spokesperson declined to comment.\n",
                          encoding="utf-8")
    counted.update(read=0, extract=0)
    updated = updated_factbase(kb, sources, [sources[1]], store=store)
    assert counted == {"read": 1, "extract": 1}
    counted.update(read=0, extract=0)
    restarted = build_factbase(sources, store=ExtractStore(tmp_path / "cache"))
    assert counted == {"read": 0, "extract": 0}
    fresh = build_factbase(sources, store=False)
    assert to_json(updated) == to_json(fresh) == to_json(restarted)


def test_corrupt_cache_falls_back(tmp_path, sources):
    folder = tmp_path / "cache"
    folder.mkdir()
    cache = ExtractStore(folder)
    (folder / cache.path.name).write_bytes(b"this is not a database" * 100)
    kb = build_factbase(sources, store=cache)
    assert to_json(kb) == to_json(build_factbase(sources, store=False))
    assert any("replaced with an empty one" in n for n in kb.notes)
    assert cache._db().execute("SELECT count(*) FROM source").fetchone()[0] == 3  # the new one is used


def test_corrupt_row_is_a_miss(tmp_path, sources):
    store = ExtractStore(tmp_path / "cache")
    expected = to_json(build_factbase(sources, store=store))
    db = store._db()
    db.execute("UPDATE source SET data = x'00'")
    db.execute("UPDATE mentions SET data = x'00'")
    assert to_json(build_factbase(sources, store=ExtractStore(tmp_path / "cache"))) == expected


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root can write anywhere")
def test_unwritable_cache_falls_back(tmp_path, sources):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        kb = build_factbase(sources, store=ExtractStore(folder / "cache"))
        assert summary(kb)["sources"] == 3
    finally:
        folder.chmod(stat.S_IRWXU)


def test_cache_path_that_is_a_file_falls_back(tmp_path, sources, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(blocker / "cache"))
    kb = build_factbase(sources)  # the default store, in a folder that cannot be made
    assert to_json(kb) == to_json(build_factbase(sources, store=False))


def test_parallel_extraction_matches_serial(tmp_path, sources, monkeypatch):
    monkeypatch.setattr(extract, "PARALLEL_MIN", 2)
    monkeypatch.setenv("COPYDESK_JOBS", "2")
    parallel = build_factbase(sources, store=ExtractStore(tmp_path / "cache"))
    assert to_json(parallel) == to_json(build_factbase(sources, store=False))


def _everything(kb) -> tuple:
    """The fact base as the checks see it: its JSON, every fact with its keys and their weights,
    every entity's evidence, the vocabulary."""
    facts = (*kb.dates, *kb.numbers)
    return (to_json(kb), [(f, f.keys) for f in facts], {k: kb.key_weight(k) for f in facts for k in f.keys}, list(kb.quotes),
            [(e.aliases, e.mentions, e.titles, e.gender_evidence, dict(e.gender_votes)) for e in kb.entities], kb.vocabulary)


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


# edit -> whether `updated` keeps the other sources' facts (the same names in the changed sources)
EDITS = {"change": True, "shift": True, "two": True, "name": False, "add": False, "remove": False}


@pytest.mark.parametrize("edit", list(EDITS))
def test_updated_equals_a_fresh_build(tmp_path, sources, edit, monkeypatch):
    store = ExtractStore(tmp_path / "cache")
    kb = build_factbase(sources, store=store)
    files, changed = list(sources), []
    if edit == "change":
        _append(sources[0], "\nShe said the talks would resume.\n")
        changed = [sources[0]]
    elif edit in ("shift", "two"):  # a sentence in the middle: every later offset moves, a pronoun may vote
        for path in sources[1:] if edit == "two" else sources[1:2]:
            text = path.read_text(encoding="utf-8")
            cut = re.compile(r"\.\s").search(text, len(text) // 3).end()
            path.write_text(text[:cut] + "He said it twice. " + text[cut:], encoding="utf-8")
            changed.append(path)
    elif edit == "name":  # one more mention of a known name: merged again
        person = next(e for e in kb.entities if e.kind == "person")
        _append(sources[2], f"\nThe talks would resume, {person.name} said.\n")
        changed = [sources[2]]
    elif edit == "add":
        extra = sources[0].with_name("zz_extra.txt")
        extra.write_text(sources[2].read_text(encoding="utf-8").replace("\n\n", "\n\nAnalysts disagreed.\n\n", 1),
                         encoding="utf-8")
        files, changed = [*sources, extra], [extra]
    else:
        files = sources[1:]
    merges = []
    monkeypatch.setattr(build, "build_factbase", lambda *a, **k: merges.append(1) or build_factbase(*a, **k))
    updated = updated_factbase(kb, files, changed, store=store)
    assert _everything(updated) == _everything(build_factbase(files, store=False))
    assert not merges if EDITS[edit] else merges


# -- a cache anyone else could have written runs nothing -------------------------------------------


def test_pickle_shaped_rows_run_nothing_and_are_rebuilt(tmp_path, sources):
    store = ExtractStore(tmp_path / "cache")
    expected = to_json(build_factbase(sources, store=store))
    store.close()
    marker = tmp_path / "ran"
    assert plant_pickles(tmp_path / "cache", marker) == 6
    again = ExtractStore(tmp_path / "cache")
    assert to_json(build_factbase(sources, store=again)) == expected
    assert not marker.exists()
    rows = again._db().execute("SELECT data FROM source UNION ALL SELECT data FROM mentions").fetchall()
    assert len(rows) == 6 and all(not bytes(data).startswith(b"\x80") for (data,) in rows)  # rebuilt, no pickle left


@pytest.mark.parametrize("row", [
    ["c", "os.system", {}],  # a class the cache never holds
    ["c", "copydesk.document.Sentence", {"index": "0", "start": 0, "end": 1, "paragraph": 0, "first_token": 0,
                                         "last_token": 1}],  # a field of the wrong type
    ["c", "copydesk.document.Document", {"text": "x"}],  # state missing
    ["x", 1],  # an unknown tag
])
def test_rows_of_other_shapes_do_not_decode(row, sources):
    blob = msgspec.msgpack.encode((row, SourceScan((), (), frozenset())))
    with pytest.raises(RowError):
        decode_source(blob)


def test_rows_round_trip_every_field(sources):
    """Documents and mentions come back equal, field by field (the codec reads the dataclasses'
    own fields, so a new field is cached with no change to it)."""
    for path in sources:
        doc = Document(path.read_text(encoding="utf-8"))
        doc.drop_tokens()
        scan = extract.scan_document(doc)
        back, back_scan = decode_source(encode_source(doc, scan))
        assert back.__getstate__() == doc.__getstate__() and back_scan == scan
        assert back.tokens == doc.tokens
        mentions = extract_mentions(doc)
        assert decode_mentions(encode_mentions(mentions)) == mentions


def test_cache_folder_and_database_are_private(tmp_path, sources):
    folder = tmp_path / "new" / "cache"
    s = ExtractStore(folder)
    build_factbase(sources, store=s)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(s.path.stat().st_mode) == 0o600


def test_an_open_folder_of_the_users_is_closed(tmp_path, sources):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    build_factbase(sources, store=ExtractStore(folder))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a folder away needs root")
def test_a_folder_of_another_user_is_not_used(tmp_path, sources):
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chown(folder, 65534, 65534)
    kb = build_factbase(sources, store=ExtractStore(folder))
    assert to_json(kb) == to_json(build_factbase(sources, store=False))
    assert not list(folder.iterdir())
    assert any("belongs to another user" in n for n in kb.notes)


def test_older_schema_databases_are_deleted(tmp_path, sources):
    folder = tmp_path / "cache"
    folder.mkdir()
    old = folder / "extracts-v1.sqlite3"
    old.write_bytes(b"pickles of confidential text")
    build_factbase(sources, store=ExtractStore(folder))
    assert not old.exists()
