"""What a one-shot run reads back from the user cache folder instead of computing it again (the
gazetteer's indexes, wordfreq's common words, the bundled rule files parsed, compiled regexes): exactly what
computing gives, only for the same files and code; anything else found there is computed afresh."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from copydesk import regexcache, yamlfile
from copydesk.checks.engine import rules_dir
from copydesk.files import replace_file
from copydesk.world import gazetteer, words


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("COPYDESK_NO_CACHE", raising=False)
    return tmp_path / "cache" / gazetteer.CACHE_NAME


def _parsed(docs: list[yamlfile.Located]) -> list[tuple]:
    return [(d.value, d.lines, d.path) for d in docs]


def test_saved_indexes_read_back_as_the_files_give_them(cache):
    key = gazetteer._data_key()
    assert key is not None
    fresh = gazetteer._read_countries()
    assert gazetteer._load(key) is None  # nothing saved yet
    gazetteer._save(key, fresh)
    assert cache.is_file() and oct(cache.parent.stat().st_mode & 0o777) == "0o700"
    assert gazetteer._load(key) == fresh
    assert gazetteer._load(key + "x") is None  # other files or other code: not used


def test_a_planted_or_broken_file_is_not_used(cache):
    key = gazetteer._data_key()
    gazetteer._save(key, gazetteer._read_countries())
    cache.write_bytes(b"\x80\x03not json")
    assert gazetteer._load(key) is None
    planted = {"key": key, "names": [["ruler", "XX", ["spain"]]], "codes": []}  # not a kind of place
    cache.write_bytes(msgspec.json.encode(planted))
    assert gazetteer._load(key) is None


def test_no_cache_reads_and_writes_nothing(cache, monkeypatch):
    monkeypatch.setenv("COPYDESK_NO_CACHE", "1")
    key = gazetteer._data_key()
    gazetteer._save(key, gazetteer._read_countries())
    assert not cache.exists() and gazetteer._load(key) is None


def test_bundled_rules_read_back_as_parsing_gives_them(cache):
    paths = sorted(rules_dir().glob("*.yaml"))
    parsed = _parsed([yamlfile.load_yaml(p, bundled=True) for p in paths])
    assert _parsed(yamlfile.load_bundled(paths)) == parsed  # parsed, then saved
    assert (cache.parent / yamlfile.BUNDLED_CACHE).is_file()
    assert _parsed(yamlfile.load_bundled(paths)) == parsed  # read back
    (cache.parent / yamlfile.BUNDLED_CACHE).write_bytes(b"{}")
    assert _parsed(yamlfile.load_bundled(paths)) == parsed  # a broken file: parsed again


def test_a_value_json_would_change_is_not_saved(cache, tmp_path: Path):
    (tmp_path / "a.yaml").write_text("id: x\nwhen: 2031-04-02\nitems:\n  - 1\n  - 2.5\n", encoding="utf-8")
    (doc,) = yamlfile.load_bundled([tmp_path / "a.yaml"])
    assert str(doc.value["when"]) == "2031-04-02" and doc.line("items", 1) == 5
    assert not (cache.parent / yamlfile.BUNDLED_CACHE).exists()
    (tmp_path / "a.yaml").write_text("id: x\nitems:\n  - 1\n  - 2.5\n", encoding="utf-8")
    saved = yamlfile.load_bundled([tmp_path / "a.yaml"])
    assert (cache.parent / yamlfile.BUNDLED_CACHE).is_file()
    assert _parsed(yamlfile.load_bundled([tmp_path / "a.yaml"])) == _parsed(saved)
    assert type(saved[0].value["items"][1]) is float


def test_a_cache_file_is_replaced_whole_without_the_flushes(tmp_path: Path):
    target = tmp_path / "c.json"
    target.write_bytes(b"old")
    replace_file(target, b"new", durable=False)
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["c.json"]


def _wordfreq_common(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= words.COMMON_ZIPF


def test_saved_common_words_are_wordfreqs_answers(cache):
    from wordfreq import freq_to_zipf, get_frequency_dict

    key = words._data_key()
    assert key is not None
    fresh = words._common_plain_words()
    assert words._load(key) is None
    words._save(key, fresh)
    assert (cache.parent / words.CACHE_NAME).is_file()
    assert words._load(key) == fresh
    assert words._load(key + "x") is None  # other wordfreq files or other code: not used
    listed = get_frequency_dict("en")
    plain = [w for w in listed if w.isascii() and w.isalpha()]
    assert len(fresh) > 10_000 and fresh <= set(plain)
    near_the_bar = [w for w in plain if abs(freq_to_zipf(listed[w]) - words.COMMON_ZIPF) < 0.05]
    sample = [*fresh, *near_the_bar, *plain[::25], "harbourline", "velez", "tarrow", "zzqx"]
    assert [w for w in sample if (w in fresh) != _wordfreq_common(w)] == []


def test_common_words_answer_as_wordfreq_with_and_without_the_cache(cache, monkeypatch):
    asked = ["older", "Church", "REVIEW", "harbourline", "Velez", "Eastport-based", "Müller", "don't", "s", "",
             "twenty-one", "café", "Ireland", "the"]
    answers = []
    for no_cache in ("1", "", ""):  # computed without a cache, then saved, then read back
        monkeypatch.setenv("COPYDESK_NO_CACHE", no_cache)
        words.is_common_english.cache_clear()
        words._plain_common.cache_clear()
        answers.append([words.is_common_english(w) for w in asked])
    words.is_common_english.cache_clear()
    words._plain_common.cache_clear()
    assert answers[0] == answers[1] == answers[2] == [_wordfreq_common(w.lower()) for w in asked]
    assert (cache.parent / words.CACHE_NAME).is_file()


_RUN = """
import json, re, sys
from copydesk import regexcache
preloaded = regexcache.preload()
import copydesk.cli, copydesk.workspace, copydesk.report.json
held = regexcache._held()
ours = [(p, f) for (kind, p, f), c in re._cache.items() if kind is str and id(c) in held]
made = [(p, f) for p, f in ours if (p, f) in regexcache._loaded]
same = all(re._cache[(str, p, f)] == re._compiler.compile(p, f) for p, f in made)
regexcache.save_new()
print(json.dumps({"preloaded": preloaded, "ours": len(ours), "made": len(made), "same": same,
                  "unkept": [p for p, f in ours if regexcache._program(p, f) is None]}))
"""


def _run(cache: Path) -> dict:
    env = {**os.environ, "COPYDESK_CACHE_DIR": str(cache.parent)}
    env.pop("COPYDESK_NO_CACHE", None)
    out = subprocess.run([sys.executable, "-c", _RUN], capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout)


def test_regex_programs_read_back_as_re_compiles_them(cache):
    """A first run saves the programs of the patterns copydesk's modules hold; the next finds
    each of them made, equal to what `re` compiles (same flags, text and program), and saves
    nothing more."""
    first = _run(cache)
    assert first["preloaded"] == 0 and first["ours"] > 100 and first["unkept"] == []
    path = cache.parent / regexcache.CACHE_NAME
    saved = path.read_bytes()
    second = _run(cache)
    assert second["preloaded"] == second["made"] == first["ours"] == second["ours"] and second["same"]
    assert path.read_bytes() == saved


def test_regex_programs_of_another_python_or_planted_are_not_used(cache, monkeypatch):
    monkeypatch.setattr(regexcache, "_loaded", {})
    path = cache.parent / regexcache.CACHE_NAME
    path.parent.mkdir(mode=0o700)
    program = regexcache._program(r"\bboats?\b", 0)
    re.purge()  # as at a process's start
    path.write_bytes(msgspec.json.encode(regexcache._Saved("3.0.0|" + regexcache._key(), [program])))
    assert regexcache.preload() == 0 and not re._cache
    planted = [r"\bboats?\b", 0, 32, [1, 2, 3], 0, {}, [None]]  # a program _sre refuses
    path.write_bytes(msgspec.json.encode({"key": regexcache._key(), "programs": [planted]}))
    assert regexcache.preload() == 0 and not re._cache
    path.write_bytes(b"\x80 not json")
    assert regexcache.preload() == 0
    path.write_bytes(msgspec.json.encode(regexcache._Saved(regexcache._key(), [program])))
    assert regexcache.preload() == 1 and re.compile(r"\bboats?\b") == re._compiler.compile(r"\bboats?\b", 0)
    re.purge()


def test_a_pattern_json_cannot_hold_is_left_to_re():
    assert regexcache._program("[\ud800-\udfff]", 0) is None  # lone surrogates: no UTF-8, so no JSON
    assert regexcache._program("[a-z]", 0) is not None


def test_no_cache_preloads_and_saves_no_regex(cache, monkeypatch):
    monkeypatch.setenv("COPYDESK_NO_CACHE", "1")
    regexcache.save_new()
    assert not cache.parent.exists() and regexcache.preload() == 0
