"""`copydesk init`: a commented copydesk.yaml to start from, every setting explained."""

from __future__ import annotations

import sys
from pathlib import Path

from copydesk.files import replace_file

TEMPLATE = """\
# copydesk.yaml: what copydesk checks your drafts against, and how.
# The CLI, the language server and pre-commit all read it (the nearest one up from a draft).
# Every setting: https://github.com/copydesk/copydesk#configuration-copydeskyaml

# The source documents (wire copy, earlier reporting): files, folders or globs, relative to
# this file and inside this repository (or this folder); globs skip what .gitignore excludes.
# Elsewhere only with --sources, your editor's settings, or allow_paths in your own
# ~/.config/copydesk/config.yaml. Without any, copydesk checks against its bundled demo articles.
sources: {sources}

# Your own facts (people, titles, pronouns, organizations); they win over what is extracted.
# facts: [facts.yaml]

# Rules: folders of your own rule files, and per-rule settings (a severity, or off).
# rules:
#   paths: [house-rules]
#   unsupported-entity: off
#   title-mismatch: error

# Words never flagged (names the sources do not carry, house terms).
# ignore: [Velmora]

# How to read sources that are not UTF-8 (default: detected, and reported once).
# encoding: windows-1252

# Follow symbolic links that lead out of this folder (default: false); never out of this
# repository or your allow_paths.
# follow_symlinks: false
"""


def render(sources: list[str] | None) -> str:
    listed = ", ".join(_yaml_string(s) for s in sources or ["sources/"])
    return TEMPLATE.format(sources=f"[{listed}]")


def _yaml_string(value: str) -> str:
    """A flow-sequence item: plain when safe, else single-quoted."""
    plain = value and not any(c in value for c in ",[]{}#&*!|>'\"%@`:") and value == value.strip()
    return value if plain else "'" + value.replace("'", "''") + "'"


def write_config(folder: Path, sources: list[str] | None, force: bool) -> int:
    """Write folder/copydesk.yaml; an existing one is kept unless `force` (exit 2)."""
    target = folder / "copydesk.yaml"
    if not folder.is_dir():
        print(f"copydesk: {folder}: no such folder", file=sys.stderr)
        return 2
    if target.exists() and not force:
        print(f"copydesk: {target}: already exists; kept (--force replaces it)", file=sys.stderr)
        return 2
    try:
        replace_file(target, render(sources).encode("utf-8"))
    except OSError as exc:
        print(f"copydesk: {target}: cannot be written ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"copydesk: wrote {target}; point 'sources:' at your source documents", file=sys.stderr)
    return 0
