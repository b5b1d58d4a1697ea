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


def advice(draft: str, sources: dict[str, str], rule: str) -> list[str]:
    found = run_checks(Document(draft, "d.txt"), factbase_from_texts(sources), load_rules())
    return [draft[f.start : f.end] for f in found if f.rule == rule]


WIRE = ("date 2031-05-06\n\nThe Harbour Union has 4,213 members, 1,187 of them ferry crew. It asked for "
        "£40m in new funds, of which 50 percent would go on boats. The fleet grew from 30 ferries to 42 ferries. "
        "The strike began on Friday, May 2, and talks resume in June.")


def test_a_figure_no_source_gives_is_advice():
    assert advice("The union runs 7 depots.", {"w.txt": WIRE}, "unsupported-number") == ["7"]


def test_figures_compare_across_forms_scales_and_fractions():
    draft = ("The union asked for 40 million pounds, half of it for boats. It has 4213 members, and "
             "forty-two ferries sail.")
    assert advice(draft, {"w.txt": WIRE}, "unsupported-number") == []
    assert advice("It asked for £40m.", {"w.txt": "It asked for 40 million pounds."}, "unsupported-number") == []
    assert advice("A third of the crews struck.", {"w.txt": "Of 90 crews, 33% struck."}, "unsupported-number") == []


def test_a_round_figure_stands_for_the_exact_one():
    draft = "About 4,200 members and some 1,200 crew backed it."
    assert advice(draft, {"w.txt": WIRE}, "unsupported-number") == []


def test_a_sum_a_difference_or_a_share_of_one_sentence_is_supported():
    draft = "The fleet grew by 12 ferries, to 72 ferries in all counting both counts."
    assert advice(draft, {"w.txt": WIRE}, "unsupported-number") == []  # 42 - 30 and 42 + 30
    share = "Of its 40 ferries, 10 ferries sailed."
    assert advice("A quarter, 25 percent, sailed.", {"w.txt": share}, "unsupported-number") == []


def test_the_drafts_own_conversion_in_brackets_is_left_to_the_figure_before_it():
    source = "The tower would rise 200 metres over the water. It has 4,213 windows."
    assert advice("The tower would rise 200 m (656 ft) over the water.", {"w.txt": source}, "unsupported-number") == []
    draft = "The tower would rise 210 m (689 ft)."
    # the metres are the sources' 200 metres given otherwise; the feet are the draft's own conversion
    assert advice(draft, {"w.txt": source}, "number-mismatch") == ["210"]
    assert advice(draft, {"w.txt": source}, "unsupported-number") == []
    # a figure in brackets that is no conversion is a figure of its own
    assert advice("Its 4,213 windows (12 of them broken) shone.", {"w.txt": source}, "unsupported-number") == ["12"]


def test_who_was_and_a_figure_is_an_age():
    from copydesk.mentions import extract_mentions
    source = "Police said the woman, who was 71, was pulled from the water. The man who is 40 metres away waved."
    ages = [(source[n.start : n.end], n.unit) for n in extract_mentions(Document(source, "w.txt")).numbers]
    assert ("71", "age") in ages and ("40 metres", "meter") in ages


def test_names_labels_ordinals_times_and_phone_numbers_are_not_figures():
    draft = ("A Boeing 737 flew the Under-21 side at 7 a.m. and 10:30 on its third trip; "
             "call 0161 496 0123 for the 2029 Act.")
    assert advice(draft, {"w.txt": WIRE}, "unsupported-number") == []


def test_a_date_no_source_gives_is_advice_and_the_dateline_gives_its_weekday():
    assert advice("A ballot of members follows in September.", {"w.txt": WIRE}, "unsupported-date") == ["September"]
    assert advice("The union votes on May 9.", {"w.txt": WIRE}, "unsupported-date") == ["May 9"]
    assert advice("The strike began on Friday, May 2, and talks resume in June.", {"w.txt": WIRE},
                  "unsupported-date") == []
    # 2031-05-06, the source's dateline, is a Tuesday
    assert advice("On Tuesday the talks stalled.", {"w.txt": WIRE}, "unsupported-date") == []
    assert advice("On Sunday the talks stalled.", {"w.txt": WIRE}, "unsupported-date") == ["Sunday"]


def test_a_rounded_figure_inside_a_stated_band_and_clock_times_are_supported():
    source = "The council expects inflation of between 1.5 and 3.5 percent. About 2,400 staff may strike."
    assert advice("Inflation of about 3 percent is expected.", {"w.txt": source}, "unsupported-number") == []
    assert advice("About 2,900 nurses joined the union.", {"w.txt": source}, "unsupported-number") == ["2,900"]
    # one step of its hundreds from "about 2,400", the same clause's figure: a contradiction, not mere advice
    assert advice("About 2,900 staff may strike.", {"w.txt": source}, "number-mismatch") == ["2,900"]
    assert advice("At 09:25 and in the 90+3rd minute the staff struck.", {"w.txt": source}, "unsupported-number") == []
