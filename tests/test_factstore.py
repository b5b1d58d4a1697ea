"""The SQLite fact store: a loaded fact base is the built one, a rebuild after one source changed
rewrites only that source's rows, the store obeys the cache folder's rules, and the corpus tally
reduces the same in any grouping (locally and on a Dask cluster)."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk.checks.engine import run_checks
from copydesk.document import Document, InputError
from copydesk.factbase.build import build_factbase, current_factbase
from copydesk.factbase.export import to_json
from copydesk.factbase.factstore import _CORPUS_TABLES, _SOURCE_TABLES, SCHEMA_VERSION, FactStore, store_path
from copydesk.factbase.store import decode_mentions, decode_source
from copydesk.factbase.tally import CorpusTally, combine, tree_reduce
from copydesk.workspace import Workspace
from copydesk.yamlfile import ConfigError
from helpers import ROOT, SEEDS

STORIES = sorted((ROOT / "tests" / "data" / "stories").iterdir())


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "sources"
    folder.mkdir()
    out = []
    for src in sorted(SEEDS.glob("*.txt")):
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
        out.append(folder / src.name)
    return out


def _findings(kb, story: Path) -> dict[str, list[tuple]]:
    rules = Workspace.discover(story, no_config=True).rules
    out = {}
    for draft in sorted((story / "drafts").iterdir()):
        doc = Document(draft.read_text(encoding="utf-8"), str(draft))
        out[draft.name] = [(f.rule, f.start, f.end, f.message, f.severity) for f in run_checks(doc, kb, rules)]
    return out


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_a_loaded_store_gives_the_findings_of_a_fresh_build(story: Path, tmp_path: Path):
    files = sorted((story / "sources").iterdir())
    _, written = current_factbase(files, path=tmp_path / "facts.sqlite3")
    loaded, again = current_factbase(files, path=tmp_path / "facts.sqlite3")
    assert written is not None and written.sources == len(files)
    assert again is None  # current: loaded, nothing written
    fresh = build_factbase(files, store=False)
    assert to_json(loaded) == to_json(fresh)
    assert _findings(loaded, story) == _findings(fresh, story)
    assert any(_findings(fresh, story).values())  # the stories have findings to compare


def test_rebuild_after_one_change_rewrites_only_that_source(tmp_path: Path, sources: list[Path]):
    path = tmp_path / "facts.sqlite3"
    current_factbase(sources, path=path)
    sources[1].write_text(sources[1].read_text(encoding="utf-8") + "\nThe depot loaded 3,200 crates that week.\n",
                          encoding="utf-8")
    kb, written = current_factbase(sources, path=path)
    assert written is not None and (written.sources, written.facts) == (1, 1)
    assert written.entities < len(kb.entities)
    assert to_json(kb) == to_json(build_factbase(sources, store=False))
    loaded, _ = current_factbase(sources, path=path)
    assert to_json(loaded) == to_json(kb)


def test_a_facts_file_saved_while_the_build_read_it_leaves_the_store_stale(tmp_path: Path, sources: list[Path],
                                                                           monkeypatch):
    """The store records each file's state as it was before the build read it: recorded after,
    a facts file saved mid-build (an editor's next save) made the store current for content it
    never read, and the broken file was never reported."""
    import copydesk.factbase.merge as merge

    path, facts = tmp_path / "facts.sqlite3", tmp_path / "facts.yaml"
    facts.write_text("people:\n  - name: Ada Moss\n    pronouns: she/her\n", encoding="utf-8")
    read = merge.read_user_facts

    def read_then_saved_again(p: Path):
        entries = read(p)
        facts.write_text("people:\n  - name: Ada Moss\n    colour: red\n", encoding="utf-8")
        return entries

    monkeypatch.setattr(merge, "read_user_facts", read_then_saved_again)
    current_factbase(sources, [facts], path=path)
    monkeypatch.setattr(merge, "read_user_facts", read)
    with pytest.raises(ConfigError, match="unknown key 'colour'"):
        current_factbase(sources, [facts], path=path)


def test_a_source_saved_while_the_build_read_it_is_read_again(tmp_path: Path, sources: list[Path], monkeypatch):
    import copydesk.factbase.build as build

    path = tmp_path / "facts.sqlite3"
    read = build.read_sources

    def read_then_saved_again(*args, **kwargs):
        out = read(*args, **kwargs)
        sources[0].write_text(sources[0].read_text(encoding="utf-8") + "\nThe depot loaded 3,217 crates.\n",
                              encoding="utf-8")
        return out

    monkeypatch.setattr(build, "read_sources", read_then_saved_again)
    current_factbase(sources, path=path)
    monkeypatch.setattr(build, "read_sources", read)
    kb, written = current_factbase(sources, path=path)
    assert written is not None
    assert to_json(kb) == to_json(build_factbase(sources, store=False))
    assert any(n.value == 3217 for n in kb.numbers)


def test_where_named_reads_the_name_index_without_loading(tmp_path: Path, sources: list[Path]):
    path = tmp_path / "facts.sqlite3"
    kb, _ = current_factbase(sources, path=path)
    people = [e for e in kb.entities if e.kind == "person" and len(e.mentions) > 1]
    assert people
    store = FactStore(path, chosen=True)
    for person in people:
        assert store.where_named(person.name) == [(p.source, p.start, p.end) for p in person.mentions]
    assert store.where_named("Ozzle Quibbenfrost") == []


def test_a_new_or_removed_source_makes_the_store_stale(tmp_path: Path, sources: list[Path]):
    path = tmp_path / "facts.sqlite3"
    current_factbase(sources, path=path)
    kb, written = current_factbase(sources[:2], path=path)
    assert written is not None
    assert to_json(kb) == to_json(build_factbase(sources[:2], store=False))
    assert len(FactStore(path).load().extracts) == 2


def test_the_default_store_is_private_and_keyed_by_the_source_set(tmp_path: Path, sources: list[Path], monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    current_factbase(sources)
    current_factbase(sources[:2])
    stores = sorted((tmp_path / "cache" / "stores").glob("facts-*.sqlite3"))
    assert store_path(sources, []) in stores and store_path(sources[:2], []) in stores and len(stores) == 2
    assert stat.S_IMODE((tmp_path / "cache" / "stores").stat().st_mode) == 0o700
    assert all(stat.S_IMODE(s.stat().st_mode) == 0o600 for s in stores)


def test_a_default_store_unused_for_weeks_is_deleted(tmp_path: Path, sources: list[Path], monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    current_factbase(sources[:1])
    old = store_path(sources[:1], [])
    weeks_ago = time.time() - 30 * 86400
    os.utime(old, (weeks_ago, weeks_ago))
    current_factbase(sources)
    assert not old.exists() and store_path(sources, []).exists()


def test_a_planted_row_is_rebuilt_never_run(tmp_path: Path, sources: list[Path]):
    path = tmp_path / "facts.sqlite3"
    expected = to_json(current_factbase(sources, path=path)[0])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE entities SET data = ? WHERE id = 0", (b"\x93\xa6planted\x01\x02",))
        db.execute("UPDATE meta SET data = x'00' WHERE key = 'manifest'")  # so the load is tried afresh
    kb, written = current_factbase(sources, path=path)
    assert to_json(kb) == expected
    assert written is not None and written.entities == len(kb.entities)  # every row written anew
    assert to_json(current_factbase(sources, path=path)[0]) == expected


def test_a_named_store_that_is_no_database_is_refused_not_replaced(tmp_path: Path, sources: list[Path]):
    path = tmp_path / "notes.db"
    path.write_text("my own notes", encoding="utf-8")
    with pytest.raises(InputError, match="not a copydesk fact store"):
        current_factbase(sources, path=path)
    assert path.read_text(encoding="utf-8") == "my own notes"


def test_build_command_then_check_reads_the_store(tmp_path: Path, sources: list[Path], monkeypatch, capsys):
    from copydesk.cli import main

    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--sources", "sources"]) == 0
    assert "rewrote 3 source" in capsys.readouterr().err
    assert main(["build", "--sources", "sources"]) == 0
    assert "the store was current" in capsys.readouterr().err
    draft = SEEDS.parent / "tests" / "data" / "stories" / "court" / "drafts" / "errors.md"
    (tmp_path / "draft.md").write_text(sources[0].read_text(encoding="utf-8")[:600].replace("a", "e"), encoding="utf-8")
    for name in ("draft.md", str(draft)):
        status = main(["check", "--format", "json", "--sources", "sources", name])
        from_store = capsys.readouterr().out
        monkeypatch.setenv("COPYDESK_NO_CACHE", "1")
        assert main(["check", "--format", "json", "--sources", "sources", name]) == status
        assert capsys.readouterr().out == from_store
        monkeypatch.delenv("COPYDESK_NO_CACHE")
    sources[0].write_text(sources[0].read_text(encoding="utf-8") + "\nThe depot loaded 3,200 crates.\n", encoding="utf-8")
    assert main(["build", "--sources", "sources", "--scheduler", "tcp://127.0.0.1:1"]) == 2  # work to do: no cluster
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ("cannot reach the Dask scheduler tcp://127.0.0.1:1" in err or "copydesk[dask]" in err)


# -- the tally: an associative merge -------------------------------------------------------------

WORDS = st.lists(st.sampled_from(["ada", "moss", "tern", "quay", "ferry", "north"]), max_size=6)
TALLIES = st.builds(lambda lo, ca: CorpusTally(Counter(lo), Counter(ca)), WORDS, WORDS)


@given(a=TALLIES, b=TALLIES, c=TALLIES)
def test_combining_tallies_is_associative(a: CorpusTally, b: CorpusTally, c: CorpusTally):
    assert combine([combine([a, b]), c]) == combine([a, combine([b, c])]) == combine([a, b, c])


@given(parts=st.lists(TALLIES, max_size=40), split=st.integers(2, 9))
def test_a_tree_reduction_gives_the_linear_tally(parts: list[CorpusTally], split: int):
    assert tree_reduce(parts, combine, split) == combine(parts)


# -- the same store from a Dask cluster ------------------------------------------------------------

def _dump(path: Path) -> dict[str, list]:
    """Every row; a source's document, scan and mentions decoded (their sets are written in the
    order of the process's string hashing, which differs between workers)."""
    with sqlite3.connect(path) as db:
        out = {t: sorted(db.execute(f"SELECT * FROM {t}")) for t in
               ("entities", "facts", *_SOURCE_TABLES, *_CORPUS_TABLES)}
        out["sources"] = []
        for *plain, source, mentions in db.execute("SELECT * FROM sources ORDER BY id"):
            doc, scan = decode_source(source)
            out["sources"].append((plain, doc.__getstate__(), set(scan.lower), set(scan.capitalized), scan.initial,
                                   decode_mentions(mentions)))
    return out


def test_a_dask_build_writes_the_store_a_local_build_writes(tmp_path: Path, monkeypatch):
    pytest.importorskip("distributed", reason="the dask extra (pip install 'copydesk[dask]'); CI installs it")
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import write_sources

    from copydesk.factbase.cluster import dask_executor

    monkeypatch.setenv("COPYDESK_NO_CACHE", "1")  # every source extracted, on the workers
    _, files = write_sources(200, tmp_path / "sources", seed=11)
    current_factbase(files, path=tmp_path / "local.sqlite3")
    with dask_executor("local", workers=2) as executor:
        current_factbase(files, path=tmp_path / "dask.sqlite3", executor=executor)
    local, dask = _dump(tmp_path / "local.sqlite3"), _dump(tmp_path / "dask.sqlite3")
    assert len(local["sources"]) == 200 and len(local["entities"]) > 50
    assert local == dask


def test_stores_not_opened_for_long_are_deleted_in_a_sweep_made_once_a_day(tmp_path):
    from copydesk.factbase.factstore import STALE_DAYS, forget_old_stores

    def planted(name: str) -> Path:
        path = tmp_path / name
        path.write_bytes(b"")
        old = time.time() - (STALE_DAYS + 1) * 86400
        os.utime(path, (old, old))
        return path

    first, kept = planted("facts-a.sqlite3"), tmp_path / "facts-b.sqlite3"
    kept.write_bytes(b"")
    forget_old_stores(tmp_path)
    assert not first.exists() and kept.exists()
    second = planted("facts-c.sqlite3")
    forget_old_stores(tmp_path)
    assert second.exists()  # swept today already
    yesterday = time.time() - 2 * 86400
    os.utime(tmp_path / ".swept", (yesterday, yesterday))
    forget_old_stores(tmp_path)
    assert not second.exists() and kept.exists()


def test_source_keys_resolve_each_path_as_source_key_does(tmp_path: Path, monkeypatch):
    from copydesk.factbase.extract import source_key, source_keys

    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "folder-link").symlink_to(tmp_path / "real")
    (tmp_path / "file-link.txt").symlink_to(tmp_path / "real" / "a.txt")
    monkeypatch.chdir(tmp_path)
    paths = [tmp_path / "real" / "a.txt", tmp_path / "folder-link" / "a.txt", tmp_path / "file-link.txt",
             "real/a.txt", "folder-link/../real/a.txt", "missing.txt", ".", tmp_path / "folder-link"]
    assert source_keys(paths) == [source_key(p) for p in paths]
    assert source_keys(paths)[1] == source_keys(paths)[2] == str((tmp_path / "real" / "a.txt").resolve())


def test_source_keys_of_a_big_folder_list_it_for_its_links(tmp_path: Path):
    """Past 64 files of one folder, the folder is listed once for its links: the keys stay
    `source_key`'s, a linked file's its target's."""
    from copydesk.factbase.extract import source_key, source_keys

    (tmp_path / "elsewhere.txt").write_text("x", encoding="utf-8")
    folder = tmp_path / "many"
    folder.mkdir()
    paths = []
    for i in range(100):
        paths.append(folder / f"{i:03}.txt")
        if i == 80:
            paths[-1].symlink_to(tmp_path / "elsewhere.txt")
        else:
            paths[-1].write_text("x", encoding="utf-8")
    paths.append(folder / "missing.txt")
    assert source_keys(paths) == [source_key(p) for p in paths]
    assert source_keys(paths)[80] == str((tmp_path / "elsewhere.txt").resolve())


def test_a_folder_of_sources_is_listed_in_path_order_each_real_folder_once(tmp_path: Path):
    """One listing a folder (no look at each file) gives what a walk gives: every source below,
    in the order of the paths' parts; linked folders entered with `follow_symlinks`, each real
    folder once; a linked file, a broken link and a file of another kind as before."""
    from copydesk.config import resolve_sources

    for rel in ("a/one.txt", "a/sub/two.md", "a-x/three.txt", "b/four.txt", ".hidden.txt", "a/notes.bin"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    (tmp_path / "a" / "sub" / "up").symlink_to(tmp_path / "a")  # a loop
    (tmp_path / "c-link").symlink_to(tmp_path / "b")  # b, reached twice
    (tmp_path / "file-link.txt").symlink_to(tmp_path / "a" / "one.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    names = lambda files: [p.relative_to(tmp_path).as_posix() for p in files]  # noqa: E731
    plain, _ = resolve_sources([str(tmp_path)], tmp_path)
    assert names(plain) == [".hidden.txt", "a/one.txt", "a/sub/two.md", "a-x/three.txt", "b/four.txt"]
    followed, _ = resolve_sources([str(tmp_path)], tmp_path, follow_symlinks=True)
    assert names(followed)[:4] == names(plain)[:4]
    assert [n for n in names(followed) if n.endswith("four.txt")] in (["b/four.txt"], ["c-link/four.txt"])


def test_a_store_of_another_layout_is_rebuilt_not_misread(tmp_path: Path, sources: list[Path]):
    """A store written before its indexes were laid out as now (`SCHEMA_VERSION`, kept in the file)
    keeps its tables' and indexes' old definitions under `CREATE ... IF NOT EXISTS`: opened, its
    tables are dropped and made anew, and it is rebuilt. A table of the user's own in a store they
    named stays."""
    path = tmp_path / "facts.sqlite3"
    expected = to_json(current_factbase(sources, path=path)[0])
    with sqlite3.connect(path) as db:
        db.execute("DROP INDEX quote_words_word")
        db.execute("CREATE INDEX quote_words_word ON quote_words (word)")  # the layout before covering indexes
        db.execute("CREATE TABLE mine (note TEXT)")
        db.execute("INSERT INTO mine VALUES ('kept')")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    kb, written = current_factbase(sources, path=path)
    assert to_json(kb) == expected
    assert written is not None and written.sources == len(sources) and written.entities == len(kb.entities)  # every row anew
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [r[2] for r in db.execute("PRAGMA index_info(quote_words_word)")]
        assert columns == ["word", "source", "quote"]
        assert db.execute("SELECT note FROM mine").fetchall() == [("kept",)]
    assert current_factbase(sources, path=path)[1] is None  # current now: read, not written


def test_a_written_store_has_its_indexes_counted_for_the_planner(tmp_path: Path, sources: list[Path]):
    """`ANALYZE` after a write (`factstore.analyze`): the planner knows a fact has a few keys and a
    key many facts. Without `sqlite_stat1` rows it guesses, and the archive's lookups were slower."""
    path = tmp_path / "facts.sqlite3"
    current_factbase(sources, path=path)
    with sqlite3.connect(path) as db:
        counted = {t for (t,) in db.execute("SELECT tbl FROM sqlite_stat1")}
    assert {"fact_keys", "quote_words", "date_parts", "number_values", "sentence_values", "sources"} <= counted
