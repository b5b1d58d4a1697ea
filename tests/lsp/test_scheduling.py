"""Answers while a check runs: hover and code actions read the last whole check where the edit
left the cursor's lines as they were, with the positions they have in the current text, and wait
for the running check everywhere else (so an edit they return always fits the editor's text)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from lsprotocol import types

from copydesk.lsp import scheduling
from copydesk.lsp.diagnostics import to_diagnostics
from copydesk.workspace import Workspace

SOURCE = "Defense Minister Lena Vale said on Monday that 12 patrol boats would come from Tarrow.\n"
DRAFT = "".join(f"Paragraph {i}: Defence Minister Lena Vales said the boats would come.\n\n" for i in range(8))
EDITED = DRAFT.replace("Paragraph 3:", "Paragraph 3:\n\nA new line.\n\nAnother.\n\n", 1)  # six lines more at line 6


def _server(tmp_path, current: str):
    """What the scheduling functions read of the server: its open documents and their states,
    with the last whole check made of DRAFT."""
    (tmp_path / "wire.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "copydesk.yaml").write_text("sources: [wire.txt]\n", encoding="utf-8")
    ws = Workspace.discover(tmp_path)
    result = ws.check(DRAFT, str(tmp_path / "d.txt"))
    state = scheduling.DocState("file:///d.txt", tmp_path / "d.txt", result=result, result_text=DRAFT, result_workspace=ws,
                                diagnostics=to_diagnostics(result.findings, result.document, ws))
    doc = SimpleNamespace(source=current, version=2)
    ls = SimpleNamespace(docs={state.uri: state}, open_document=lambda uri: doc,
                         workspace=SimpleNamespace(get_text_document=lambda uri: doc))
    return ls, state, result


def test_the_last_check_answers_above_and_below_an_edit_with_the_current_positions(tmp_path):
    ls, state, result = _server(tmp_path, EDITED)
    above = scheduling._from_last_check(ls, state.uri, types.Position(line=2, character=20))
    assert above.offset == result.document.offset(2, 20) and above.line_shift == 0
    below = scheduling._from_last_check(ls, state.uri, types.Position(line=10 + 6, character=20))
    assert below.offset == result.document.offset(10, 20) and below.line_shift == 6
    assert EDITED.splitlines()[16] == DRAFT.splitlines()[10]  # the same line, six lines down
    assert scheduling._from_last_check(ls, state.uri, types.Position(line=7, character=3)) is None  # edited


def test_code_actions_while_a_check_runs_come_only_from_above_the_edit_and_offer_no_fix_all(tmp_path, monkeypatch):
    ls, state, result = _server(tmp_path, EDITED)
    running = asyncio.Event()  # never set: the current text's check is still under way

    async def current_result(ls, uri):
        await running.wait()

    monkeypatch.setattr(scheduling, "current_result", current_result)
    answer, _diagnostics, partial = asyncio.run(scheduling.findings_now(ls, state.uri, 2))
    cutoff = result.document.offset(6, 0)
    assert partial and answer.findings and all(f.end <= cutoff for f in answer.findings)
    assert len(answer.findings) < len(result.findings)  # the findings below the edit wait for the check
