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


def test_a_check_expected_to_run_long_is_not_waited_for(tmp_path, monkeypatch):
    """A big draft's check, going by the last one's duration, cannot end within the wait: the
    cursor's answer comes from the last check at once. A quick one is waited for."""
    ls, state, result = _server(tmp_path, EDITED)
    monkeypatch.setattr(scheduling, "CURSOR_WAIT", 600.0)  # a wait that would be noticed: the test would time out
    below = types.Position(line=16, character=20)

    async def ask(last_took: float, started_ago: float | None):
        running = asyncio.Event()  # set when the current text's check ends

        async def current_result(ls, uri):
            await running.wait()
            return result, [], state.result_workspace

        monkeypatch.setattr(scheduling, "current_result", current_result)
        state.whole_seconds = last_took
        state.whole_started = None if started_ago is None else asyncio.get_running_loop().time() - started_ago
        if last_took <= 600.0:
            asyncio.get_running_loop().call_later(0.05, running.set)  # the quick check ends
        return await asyncio.wait_for(scheduling.at_cursor(ls, SimpleNamespace(uri=state.uri), below), 60)

    from_last = asyncio.run(ask(7200.0, None))
    assert from_last.line_shift == 6 and from_last.offset == result.document.offset(10, 20)
    from_last = asyncio.run(ask(7200.0, 60.0))  # begun a minute ago: still far from done
    assert from_last.line_shift == 6
    current = asyncio.run(ask(0.2, None))  # waited for: the current text's result, lines unshifted
    assert current.line_shift == 0 and current.offset == result.document.offset(16, 20)
