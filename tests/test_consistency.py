"""The `consistency` check kind: two forms of one thing in one draft, and user pairs (`either`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.checks.engine import RuleSet, load_rules, run_checks
from copydesk.document import Document
from copydesk.factbase.build import factbase_from_texts
from copydesk.yamlfile import ConfigError

HOUSE = """\
id: house-either
check: consistency
severity: warning
message: 'Write "{other}" throughout, not "{found}"'
params:
  names: false
  spelling: false
  ages: false
  either: {"e-mail": "email", "per cent": "percent"}
"""


def findings(draft: str, rules: RuleSet, sources: dict[str, str] | None = None):
    kb = factbase_from_texts(sources or {})
    return [(f.rule, draft[f.start : f.end]) for f in run_checks(Document(draft, "d.txt"), kb, rules)]


def house_rules(tmp_path: Path, text: str = HOUSE) -> RuleSet:
    (tmp_path / "house.yaml").write_text(text, encoding="utf-8")
    return RuleSet([r for r in load_rules([tmp_path]).rules if r.id == "house-either"])


def test_either_flags_the_form_that_comes_second(tmp_path):
    rules = house_rules(tmp_path)
    draft = "Send an email to the desk. Every e-mail counts; 40 per cent reply, and 60 per cent do not."
    assert findings(draft, rules) == [("house-either", "e-mail")]
    assert findings("Every e-mail counts, and e-mail is quick.", rules) == []


def test_either_needs_two_forms(tmp_path):
    with pytest.raises(ConfigError, match="either"):
        house_rules(tmp_path, HOUSE.replace('{"e-mail": "email", "per cent": "percent"}', '{"e-mail": ""}'))


def test_a_name_the_sources_know_is_the_right_form():
    rules = RuleSet([r for r in load_rules().rules if r.id == "draft-consistency"])
    draft = "Lena Valle spoke first. Vale then left, and Valle stayed."
    assert findings(draft, rules, {"w.txt": "Lena Vale spoke to the board."}) == [("draft-consistency", "Valle")] * 2


def test_run_alone_it_reads_names_only_and_finds_what_a_whole_check_finds():
    """An edit re-runs this whole-draft check alone over the draft: it finds the names without the
    titles, quotes and pronouns the other checks read, and the same findings as among them."""
    from copydesk.checks.context import CheckContext
    from copydesk.checks.deadline import Deadline

    kb = factbase_from_texts({"w.txt": "The harbour board met on Monday to set the winter timetable."})
    draft = ('Harbour master Lena Valle spoke first. "We sail at dawn," she said. Vale then left, and '
             "Valle stayed.\n\nThe board's chair, Ivo Pent, agreed.")
    alone = RuleSet([r for r in load_rules().rules if r.id == "draft-consistency"])
    ctx = CheckContext(Document(draft, "d.txt"), kb)
    found = run_checks(ctx.document, kb, alone, deadline=Deadline(60), context=ctx)
    assert "mentions" not in ctx.__dict__  # no titles, quotes or pronouns were looked for
    everything = run_checks(Document(draft, "d.txt"), kb, load_rules())
    assert [(f.start, f.end, f.message) for f in found] == [
        (f.start, f.end, f.message) for f in everything if f.rule == "draft-consistency"]
    assert [draft[f.start : f.end] for f in found] == ["Vale"]


def test_first_names_of_two_surnames_are_two_people():
    rules = RuleSet([r for r in load_rules().rules if r.id == "draft-consistency"])
    draft = "Corin Ashgrove runs the dairy. Headteacher Colin Marwood runs the school."
    assert findings(draft, rules, {"w.txt": "Corin Ashgrove runs the dairy."}) == []
    # one surname, its first name spelled two ways: one person
    draft = "Corin Ashgrove runs the dairy. Colin Ashgrove said so."
    assert findings(draft, rules, {"w.txt": "Corin Ashgrove runs the dairy."}) == [("draft-consistency", "Colin")]


def test_codes_with_digits_are_a_list_not_two_spellings():
    rules = RuleSet([r for r in load_rules().rules if r.id == "draft-consistency"])
    draft = "Lots L2301-0417 and L2301-0422 are affected, as are models HT-220 and HT-250."
    assert findings(draft, rules, {"w.txt": "Lots L2301-0417 and L2301-0422 are affected."}) == []


def test_two_english_words_and_two_cases_are_no_two_spellings_of_a_name():
    rules = RuleSet([r for r in load_rules().rules if r.id == "draft-consistency"])
    sources = {"w.txt": "Ada Moss opened Velmar Park."}
    draft = "Ada Moss opened Velmar Park. Part of Velmar Hill is closed; the Tarrow Hall is not. VELMAR: Cloudy."
    assert findings(draft, rules, sources) == []
    # a coined name spelled two ways is still one
    draft = "Ada Moss opened Velmar Park. Later Ada Mosse left Velmar Park."
    assert findings(draft, rules, sources) == [("draft-consistency", "Mosse")]


def test_a_figure_with_thousands_after_a_name_is_no_age():
    rules = RuleSet([r for r in load_rules().rules if r.id == "draft-consistency"])
    draft = "Ada Moss, 49, won. Of the ballots, 1,502 went to Moss, 1,086 to Pent and 211 to Vale."
    assert findings(draft, rules, {"w.txt": "Ada Moss won."}) == []
    assert findings("Ada Moss, 49, won. Later Moss, 54, spoke.", rules, {"w.txt": "Ada Moss won."}) == [
        ("draft-consistency", "54")]


SPELLING = """\
id: house-spelling
check: consistency
severity: warning
message: 'Write "{other}" throughout, not "{found}"'
params:
  names: false
  ages: false
"""


def test_a_spelling_used_less_is_flagged_wherever_the_two_lie(tmp_path):
    """British and American forms of one word in different paragraphs, one of them written only
    capitalized as a sentence opens: every use of the rarer form is flagged, and an edit that
    adds a use of the rarer form can turn the count."""
    rules = house_rules(tmp_path, SPELLING.replace("house-spelling", "house-either"))
    draft = "Ada Moss leads the defence team.\n\nDefense lawyers for Tarrow met. The defense rests.\n"
    assert findings(draft, rules) == [("house-either", "defence")]
    more = draft + "\nThe defence of Tarrow was long. Its defence was costly, and the defence cost more.\n"
    assert findings(more, rules) == [("house-either", "Defense"), ("house-either", "defense")]
    assert findings("The defence team met.\n\nThe defence rests.\n", rules) == []  # one form: nothing mixed
