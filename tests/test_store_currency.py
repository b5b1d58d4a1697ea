"""A check finds its store current without listing the sources again while no folder the last
listing read has changed (factbase/currency.py), and any change to the source set (a source
rewritten in place, added, removed, added in a subfolder, a .gitignore edited) makes it list
them again and find what a fresh build finds."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import copydesk.config
from copydesk.cli import main
from copydesk.factbase import currency
from helpers import ROOT

STORY = ROOT / "tests" / "data" / "stories" / "strait-containers"
NEW_SOURCE = "Marta Velez said the port would reopen on Tuesday.\n"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A story's three sources in `sources/` (one in a subfolder) and its faulty draft, the cache
    in the tmp folder."""
    folder = tmp_path / "sources"
    (folder / "more").mkdir(parents=True)
    sources = sorted((STORY / "sources").iterdir())
    for src in sources[:2]:
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "more" / sources[2].name).write_text(sources[2].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "draft.txt").write_text((STORY / "drafts" / "errors.txt").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("COPYDESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(currency, "RACY_NS", 0)  # the folders were made a moment ago
    return tmp_path


@pytest.fixture
def listings(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The source patterns listed, one entry a listing."""
    calls: list[list[str]] = []
    real = copydesk.config.resolve_sources

    def counted(patterns, *args, **kwargs):
        calls.append(list(patterns))
        return real(patterns, *args, **kwargs)

    monkeypatch.setattr(copydesk.config, "resolve_sources", counted)
    return calls


def _check(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str]:
    status = main(["check", "--no-config", "--format", "json", *args, "draft.txt"])
    return status, capsys.readouterr().out


def _fresh(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    """The check of a fact base built afresh, without any store or remembered listing."""
    with monkeypatch.context() as m:
        m.setenv("COPYDESK_NO_CACHE", "1")
        return _check(capsys, *args)


def _settle() -> None:
    time.sleep(0.05)  # past the file system's timestamp tick: a later change moves a folder's time


def test_a_current_store_is_found_without_listing_the_sources(workspace, listings, capsys, monkeypatch):
    first = _check(capsys, "--sources", "sources")
    assert listings  # the first check lists the sources and remembers what it read
    assert list((workspace / "cache" / "stores").glob("listing-*.msgpack"))
    listings.clear()
    assert _check(capsys, "--sources", "sources") == first
    assert listings == []
    assert first == _fresh(capsys, monkeypatch, "--sources", "sources")


@pytest.mark.parametrize("change", ["rewritten", "added", "removed", "added below", "renamed"])
def test_a_changed_source_set_makes_the_store_stale(workspace, listings, capsys, monkeypatch, change):
    before = _check(capsys, "--sources", "sources")
    _settle()
    folder = workspace / "sources"
    victim = sorted(folder.glob("*.txt"))[0]
    if change == "rewritten":  # in place: no folder moves, the file's size and time do
        victim.write_text(NEW_SOURCE, encoding="utf-8")
    elif change == "added":
        (folder / "new.txt").write_text(NEW_SOURCE, encoding="utf-8")
    elif change == "removed":
        victim.unlink()
    elif change == "added below":
        (folder / "more" / "new.txt").write_text(NEW_SOURCE, encoding="utf-8")
    else:
        victim.rename(folder / "more" / victim.name)
    listings.clear()
    found = _check(capsys, "--sources", "sources")
    # listed again; a file rewritten in place moves no folder: the files the manifest lists, stat'ed, tell it
    assert listings == [] if change == "rewritten" else listings
    assert found == _fresh(capsys, monkeypatch, "--sources", "sources")
    if change in ("rewritten", "removed"):
        assert found != before  # the source's facts are gone: not the stale store's findings
    listings.clear()
    _settle()
    assert _check(capsys, "--sources", "sources") == found  # and remembered again
    assert listings == []


def test_a_source_pattern_that_finds_nothing_is_still_an_error(workspace, capsys):
    _check(capsys, "--sources", "sources")
    for f in (workspace / "sources").rglob("*.txt"):
        f.unlink()
    assert main(["check", "--no-config", "--sources", "sources", "draft.txt"]) == 2
    assert "matches no source files" in capsys.readouterr().err


def test_a_gitignore_edit_lists_a_workspace_again(workspace, listings, capsys, monkeypatch):
    (workspace / "copydesk.yaml").write_text("sources:\n  - sources\n", encoding="utf-8")
    (workspace / ".gitignore").write_text("# nothing ignored\n", encoding="utf-8")
    _settle()
    first = main(["check", "--format", "json", "draft.txt"]), capsys.readouterr().out
    listings.clear()
    assert (main(["check", "--format", "json", "draft.txt"]), capsys.readouterr().out) == first
    assert listings == []
    (workspace / ".gitignore").write_text("sources/more/\n", encoding="utf-8")  # in place: no folder moves
    found = main(["check", "--format", "json", "draft.txt"]), capsys.readouterr().out
    assert listings
    with monkeypatch.context() as m:
        m.setenv("COPYDESK_NO_CACHE", "1")
        assert found == (main(["check", "--format", "json", "draft.txt"]), capsys.readouterr().out)


def test_a_folder_changed_just_before_the_listing_is_not_remembered(workspace, capsys, monkeypatch):
    monkeypatch.setattr(currency, "RACY_NS", 60 * 10**9)  # within a timestamp tick, as far as it knows
    _check(capsys, "--sources", "sources")
    assert not list((workspace / "cache" / "stores").glob("listing-*.msgpack"))


def test_a_glob_is_listed_on_every_check(workspace, listings, capsys):
    _check(capsys, "--sources", "sources/*.txt")
    listings.clear()
    _check(capsys, "--sources", "sources/*.txt")
    assert listings


def test_a_build_remembers_its_listing_and_a_build_with_nothing_to_do_lists_nothing(workspace, listings, capsys):
    assert main(["build", "--no-config", "--sources", "sources"]) == 0
    assert "rewrote 3 source" in capsys.readouterr().err
    listings.clear()
    assert main(["build", "--no-config", "--sources", "sources"]) == 0
    assert "3 sources: the store was current" in capsys.readouterr().err
    assert listings == []
    _check(capsys, "--sources", "sources")
    assert listings == []  # a check reads the store the build wrote, without listing the sources
    _settle()
    (workspace / "sources" / "new.txt").write_text(NEW_SOURCE, encoding="utf-8")
    assert main(["build", "--no-config", "--sources", "sources"]) == 0
    assert "4 sources" in capsys.readouterr().err and listings


def test_a_link_to_the_sources_led_elsewhere_lists_them_again(workspace, listings, capsys, monkeypatch):
    """The link now leads to a copy of the folder, its files' sizes and times kept, and one more source."""
    import os
    import shutil

    os.symlink(workspace / "sources", workspace / "current")
    _check(capsys, "--sources", "current")
    copy = workspace / "copy"
    shutil.copytree(workspace / "sources", copy, copy_function=shutil.copy2)
    (copy / "new.txt").write_text(NEW_SOURCE, encoding="utf-8")
    shutil.copystat(workspace / "sources", copy)  # the folder's times too, as `cp -a` keeps them
    (workspace / "current").unlink()
    os.symlink(copy, workspace / "current")
    listings.clear()
    found = _check(capsys, "--sources", "current")
    assert listings
    assert found == _fresh(capsys, monkeypatch, "--sources", "current")
