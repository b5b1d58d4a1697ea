"""Shared fixtures."""

from __future__ import annotations

import pytest

from helpers import SEEDS


@pytest.fixture(scope="session")
def seeds_kb():
    from copydesk.factbase.build import build_factbase

    return build_factbase(sorted(SEEDS.glob("*.txt")))
