"""Typing into a long draft: every edit is answered with diagnostics for that very edit."""

from __future__ import annotations

from pathlib import Path

from lsp_support import RecordingClient, change, open_doc, wait_for
from lsprotocol import types

PARAGRAPH = (
    "The harbour board met on Tuesday to discuss the new patrol boats, and members asked how the "
    "ministry would pay for the crews, the fuel and the repairs over the next ten years. "
)


def long_draft(words: int = 2000) -> str:
    """About `words` words of clean prose, in paragraphs."""
    per = len(PARAGRAPH.split())
    return "\n\n".join(PARAGRAPH.strip() for _ in range(words // per + 1)) + "\n"


async def test_twenty_edits_each_get_fresh_diagnostics(client: RecordingClient, project: Path):
    text = long_draft()
    assert len(text.split()) >= 2000
    uri = open_doc(client, project / "drafts" / "long.md", text)
    first = await wait_for(client, uri, lambda p: p.version == 1, timeout=60)
    assert list(first.diagnostics) == []
    lines = text.count("\n")
    for i in range(1, 21):
        version = i + 1
        # type one misspelled word at the end of the draft; the new finding must be there
        pos = types.Position(line=lines + i - 1, character=0)
        change(client, uri, version, "The clerk recieved it.\n", types.Range(start=pos, end=pos))
        published = await wait_for(client, uri, lambda p, v=version: p.version == v, timeout=60)
        found = [d for d in published.diagnostics if d.code == "common-misspelling"]
        assert len(found) == i
        assert found[-1].range.start == types.Position(line=lines + i - 1, character=10)
