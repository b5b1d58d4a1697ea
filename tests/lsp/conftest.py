"""Fixtures for the end-to-end language-server tests (pytest-lsp over stdio)."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsp_support import CONFIG, RecordingClient, initialize_params, write_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    write_project(root)
    return root


@pytest_lsp.fixture(config=CONFIG)
async def client(lsp_client: RecordingClient, project: Path):
    await lsp_client.initialize_session(initialize_params(project))
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG)
async def bare_client(lsp_client: RecordingClient):
    """A started client that the test initializes itself (and shuts down)."""
    yield
