"""JSON Schemas for copydesk.yaml and rule files, for editors' YAML plugins (completion, checks).

They describe what config.py and checks/engine.py accept; tests/test_schemas.py holds the two
to agreement on valid and broken files alike."""

from __future__ import annotations

from pathlib import Path

SCHEMAS = {"config": "copydesk.schema.json", "rule": "rule.schema.json"}


def schema_path(name: str) -> Path:
    """The installed schema file for "config" or "rule"."""
    return Path(__file__).resolve().parent / SCHEMAS[name]
