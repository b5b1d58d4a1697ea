"""Advice on what no source states: unsupported quotes (a rule shipped off)."""

from __future__ import annotations

from copydesk.checks.engine import load_rules, run_checks
from copydesk.config import RuleSetting
from copydesk.document import Document
from copydesk.factbase.build import factbase_from_texts

SOURCE = 'Ada Moss said: "We will not sell the ferries." Ivo Pent said the deal was "final".'


def quote_findings(draft: str, settings: dict[str, RuleSetting] | None = None) -> list[str]:
    rules = load_rules(None, settings)
    found = run_checks(Document(draft, "d.txt"), factbase_from_texts({"w.txt": SOURCE}), rules)
    return [draft[f.start : f.end] for f in found if f.rule == "unsupported-quote"]


def test_unsupported_quote_is_off_until_a_workspace_turns_it_on():
    draft = 'Moss said: "We will not sell the ferries." Pent called the port "ready for the winter storms".'
    assert quote_findings(draft) == []
    on = {"unsupported-quote": RuleSetting(severity="information")}
    assert quote_findings(draft, on) == ["ready for the winter storms"]


def test_a_short_or_sourced_quote_is_never_unsupported():
    on = {"unsupported-quote": RuleSetting()}
    assert quote_findings('Pent said the deal was "final". Moss: "We will not sell the ferries."', on) == []
