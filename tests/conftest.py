"""Shared fixtures."""

from __future__ import annotations

import pytest

from helpers import SEEDS


@pytest.fixture(scope="session", autouse=True)
def own_cache(tmp_path_factory: pytest.TempPathFactory):
    """Each test process its own cache folder (extractions, fact stores): the tests leave the
    tester's cache alone, and two processes (`pytest -n`) never build one store at once. A test of
    the cache folder's rules sets its own."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COPYDESK_CACHE_DIR", str(tmp_path_factory.mktemp("copydesk-cache")))
        yield


@pytest.fixture(autouse=True)
def no_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's own copydesk config (allow_paths) is the tester's, not the test's: none, unless a
    test writes one."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("user-config")))


@pytest.fixture(scope="session")
def seeds_kb():
    from copydesk.factbase.build import build_factbase

    return build_factbase(sorted(SEEDS.glob("*.txt")))
