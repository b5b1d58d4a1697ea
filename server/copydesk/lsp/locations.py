"""Where things are, in LSP terms: ranges, and locations in the source files evidence comes from.

Sources are only ever read here: the server hands the editor a file URI and a range, and never
edits a source (go-to-definition opens it; the editor decides whether to let the user write).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from copydesk.document import InputError, TextLines, read_decoded
from copydesk.factbase.model import Provenance
from copydesk.findings import Range


def lsp_range(r: Range) -> types.Range:
    return types.Range(
        start=types.Position(line=r.start_line, character=r.start_character),
        end=types.Position(line=r.end_line, character=r.end_character),
    )


@lru_cache(maxsize=4096)
def source_path(source: str, root: Path | None) -> Path:
    """An evidence source as an absolute path: as written, else under the workspace root (asked
    for every piece of evidence of every diagnostic published, so kept: a source's place does not
    change while its facts stand)."""
    p = Path(source)
    if p.is_absolute():
        return p
    if root is not None and (root / p).exists():
        return (root / p).resolve()
    return p.resolve()


@lru_cache(maxsize=1024)
def _source_lines(path: str, mtime: float) -> TextLines:
    return TextLines(read_decoded(path)[0])


def source_lines(path: Path) -> TextLines | None:
    """A source file's lines (cached until it changes), or None if unreadable: evidence from a
    fact base loaded from the store carries offsets, not the source's document."""
    try:
        return _source_lines(str(path), path.stat().st_mtime)
    except (OSError, InputError):
        return None


def evidence_range(evidence: Provenance, path: Path) -> Range:
    """The evidence's range in its source: as the finding carries it, else from the source file."""
    if evidence.range is not None:
        return evidence.range
    lines = source_lines(path)
    return lines.range(evidence.start, evidence.end) if lines is not None else Range(0, 0, 0, 0)


def file_uri(path: Path) -> str:
    return from_fs_path(str(path)) or path.as_uri()


def path_of(uri: str) -> Path | None:
    """The file a `file:` URI names; None for any other scheme or a URI that names no file."""
    try:
        fs = to_fs_path(uri)
    except Exception:
        return None
    return Path(fs) if fs and uri.startswith("file:") else None


def evidence_location(evidence: Provenance, root: Path | None) -> types.Location:
    """The span of a source that the evidence quotes, as a Location an editor can open."""
    path = source_path(evidence.source, root)
    return types.Location(uri=file_uri(path), range=lsp_range(evidence_range(evidence, path)))


def where(evidence: Provenance, root: Path | None) -> str:
    """`file.txt:LINE` for a span of a source, as hover and messages name it."""
    path = source_path(evidence.source, root)
    if evidence.range is None and source_lines(path) is None:
        return path.name  # a source gone since the fact base was built: its name alone
    return f"{path.name}:{evidence_range(evidence, path).start_line + 1}"
