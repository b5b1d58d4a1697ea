"""The eight fact checks: what they flag, and where they must stay silent."""

from __future__ import annotations

import re
import subprocess
import sys

from helpers import ROOT, SHARED, check

SOURCE = (
    "date 2030-03-05\n\n"
    "NORTHPORT, March 5 - Velmoran Defense Minister Ada Moss will meet Harbour Union chief Ivo Pent on Wednesday, "
    "the ministry said. \"We will not sell the ferries,\" Moss said. Pent, head of the Northport-based Harbour Union, "
    "said he feared job cuts. \"We have heard promises like this before,\" he said. The union has 4,200 members "
    "and 17 ferry crews. The 2019 tunnel deal was signed in 2020, the ministry said."
)


def rules_of(findings, rule=None):
    return [(f.rule, f.start, f.end) for f in findings if rule is None or f.rule == rule]


def text_of(draft, findings, rule):
    return [draft[f.start : f.end] for f in findings if f.rule == rule]


def test_a_faithful_rewrite_gets_no_warning():
    draft = ("Velmoran Defence Minister Ada Moss meets Harbour Union head Ivo Pent on Wednesday. Ms. Moss said: "
             "\"We will not sell the ferries.\" Mr. Pent's union, which has seventeen ferry crews and 4,200 members, "
             "fears job cuts. \"We have heard promises like this before,\" he said of the 2019 tunnel deal.")
    findings = check(draft, {"wire.txt": SOURCE})
    assert [f for f in findings if f.severity in ("error", "warning")] == []


def test_name_spelling_and_its_fix():
    draft = "Defense Minister Ada Mosss will meet Ivo Pent."
    f = [x for x in check(draft, {"wire.txt": SOURCE}) if x.rule == "name-spelling"]
    assert [draft[x.start : x.end] for x in f] == ["Mosss"]
    assert f[0].fixes[0].replacement == "Moss" and f[0].evidence


def test_each_claim_is_one_short_line_naming_the_source_file():
    """The source sentence goes to the evidence (related information, hover), not the message."""
    draft = "Prime Minister Ada Moss will meet Ivo Pent on Thursday. The union has 4,500 members."
    claims = {f.rule: f for f in check(draft, {"wire.txt": SOURCE}) if f.severity == "warning"}
    assert set(claims) == {"title-mismatch", "date-mismatch", "number-mismatch"}
    for finding in claims.values():
        assert "\n" not in finding.message and "(wire.txt)" in finding.message
        assert finding.evidence[0].sentence not in finding.message
        assert finding.evidence[0].source == "wire.txt"


def test_title_mismatch_and_silence_for_generic_or_same_titles():
    draft = "Prime Minister Ada Moss met Pent, the union's leader. Moss, Velmora's defence minister, smiled."
    findings = check(draft, {"wire.txt": SOURCE})
    assert text_of(draft, findings, "title-mismatch") == ["Prime Minister"]


def test_a_deputy_is_not_the_office_holder():
    sources = {"wire.txt": "Deputy Director Ana Rolt and Director Ivo Kessen ran the Tarn Institute."}
    draft = "Director Ana Rolt and Deputy Director Ivo Kessen spoke. Acting Deputy Director Ana Rolt agreed."
    assert text_of(draft, check(draft, sources), "title-mismatch") == ["Director", "Deputy Director"]


def test_based_descriptor_mismatch():
    draft = "The Eastport-based Harbour Union disagreed."
    assert text_of(draft, check(draft, {"wire.txt": SOURCE}), "title-mismatch") == ["Eastport-based"]


def test_date_weekday_and_year():
    draft = "Moss will meet Harbour Union chief Ivo Pent on Thursday. The 2018 tunnel deal was signed in 2020."
    findings = check(draft, {"wire.txt": SOURCE})
    assert text_of(draft, findings, "date-mismatch") == ["Thursday", "2018"]
    fix = next(f for f in findings if f.rule == "date-mismatch").fixes[0]
    assert fix.replacement == "Wednesday"


def test_weekday_that_does_not_fit_its_date():
    draft = "date 2030-03-05\n\nThe union votes on Friday, March 14."
    findings = check(draft, {"other.txt": "A different story about ferries in Northport."})
    assert text_of(draft, findings, "date-mismatch") == ["Friday"]
    # without a source for the vote, either part may be wrong: no fix
    assert [f.fixes for f in findings if f.rule == "date-mismatch"] == [[]]


def test_numbers_compare_words_and_digits():
    draft = "The union has 4,100 members and seventeen ferry crews."
    findings = check(draft, {"wire.txt": SOURCE})
    assert text_of(draft, findings, "number-mismatch") == ["4,100"]


def test_misquote_and_partial_exact_quotes():
    draft = 'Moss said: "We will never sell the ferries." Pent said they had heard "promises like this before".'
    findings = check(draft, {"wire.txt": SOURCE})
    assert text_of(draft, findings, "misquote") == ["never"]


def test_quote_cut_after_a_negation_turns_its_meaning():
    draft = 'Moss said the ministry would "sell the ferries".'
    findings = check(draft, {"wire.txt": SOURCE})
    assert text_of(draft, findings, "misquote") == ["sell the ferries"]


def test_attribution_speaker_and_pronoun():
    draft = ('"We will not sell the ferries," Pent said.\n\n'
             'Ivo Pent spoke to reporters. "We have heard promises like this before," she said.')
    findings = check(draft, {"wire.txt": SOURCE})
    assert text_of(draft, findings, "attribution-speaker") == ["Pent"]
    assert text_of(draft, findings, "attribution-pronoun") == ["she"]


def test_unsupported_entity_is_advice_only():
    draft = "Moss later flew to Quillon."
    findings = check(draft, {"wire.txt": SOURCE})
    assert [(draft[f.start : f.end], f.severity) for f in findings] == [("Quillon", "information")]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "copydesk", *args], capture_output=True, text=True, cwd=ROOT)


def test_seed_003_against_the_others():
    seeds = SHARED / "seeds"
    out = run_cli("check", "--no-config", "--format", "json", "--sources", str(seeds / "000_0e4a0606b86b49a4.txt"),
                  "--sources", str(seeds / "002_ddb2852cc50f2ef6.txt"), str(seeds / "003_7cdf00345db7c4f9.txt"))
    import json

    text = (seeds / "003_7cdf00345db7c4f9.txt").read_text(encoding="utf-8")
    diags = json.loads(out.stdout)["files"][0]["diagnostics"]
    found = {(d["rule"], text[d["offset"][0] : d["offset"][1]]) for d in diags}
    assert sum(1 for r, _ in found if r == "misquote") == 2
    assert ("name-spelling", "pegasus") in found
    assert any("Libanese" in t for _, t in found)


def test_seed_000_against_the_others_shows_she_said():
    seeds = SHARED / "seeds"
    out = run_cli("check", "--no-config", "--format", "text", "--sources", str(seeds / "002_ddb2852cc50f2ef6.txt"),
                  "--sources", str(seeds / "003_7cdf00345db7c4f9.txt"), str(seeds / "000_0e4a0606b86b49a4.txt"))
    assert "[attribution-pronoun]" in out.stdout and out.returncode == 1


def test_benchmark_f1():
    out = subprocess.run([sys.executable, str(SHARED / "bench" / "score.py"), "--cmd", f"{sys.executable} -m copydesk check",
                          "--min-f1", "0.9"], capture_output=True, text=True, cwd=ROOT)
    print(out.stdout)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "false positives on clean drafts: 0;" in out.stdout


def test_invented_stories_generalize():
    """Stories written for the tests, in the benchmark's format: the checks are not tuned to the bench.
    Each round of new styles is written to find what the checks miss, so recall, and with it F1,
    falls as stories are added and rises as mechanisms catch up: the floor on F1 guards against a
    collapse, and every claim must be right (no clean draft flagged, claim precision 0.99 or more).
    No check may raise on any of them: the command then exits 3 and the scorer reports the draft as
    a CRASH (the user sees one line, and that rule's later findings in the draft are lost)."""
    out = subprocess.run([sys.executable, str(SHARED / "bench" / "score.py"), str(ROOT / "tests" / "data" / "stories"),
                          "--cmd", f"{sys.executable} -m copydesk check", "--min-f1", "0.88", "--verbose"],
                         capture_output=True, text=True, cwd=ROOT)
    print(out.stdout)
    assert out.returncode == 0, out.stdout + out.stderr
    assert [line for line in out.stdout.splitlines() if line.startswith("CRASH")] == []
    assert "false positives on clean drafts: 0;" in out.stdout
    precision = re.search(r"precision of claims \(warning, error\): ([\d.]+)", out.stdout)
    assert precision is not None and float(precision.group(1)) >= 0.99, out.stdout


FERRY_SOURCE = (
    "The city of Tarn bought two electric tugs from Velmar Yards for 63 million euros, the council said, "
    "and will spend a further 9 million euros on dredging the channel. The council expects ticket sales to grow "
    "3.3 percent this year, up from its previous forecast of 2.6 percent, and inflation to stay in a 1%-3% band. "
    "More than 300 crews applied. Each ticket costs 4 euros, plus a 1 euro booking fee."
)


def flagged(rule, draft, sources):
    """The spans `rule` flags in `draft`, each with its fixes' replacements."""
    return [(draft[f.start : f.end], [x.replacement for x in f.fixes]) for f in check(draft, sources) if f.rule == rule]


def numbers_flagged(draft, sources=None):
    return flagged("number-mismatch", draft, sources or {"wire.txt": FERRY_SOURCE})


def test_a_second_amount_in_the_sentence_is_another_fact():
    assert numbers_flagged("Tarn will spend 9 million euros on dredging the channel.") == []
    assert numbers_flagged("Tarn bought two tugs for 63 million euros.") == []
    # aligned with the dredging alone, never "fixed" to the tugs' price
    assert numbers_flagged("Tarn will spend 11 million euros on dredging the channel.") == [("11", ["9"])]


def test_a_former_value_and_a_band_are_not_contradictions():
    assert numbers_flagged("The council now expects ticket sales to grow 3.3 percent this year.") == []
    assert numbers_flagged("Its previous forecast was 2.6 percent.") == []
    assert numbers_flagged("The council expects inflation to stay near 1.7 percent.") == []
    assert numbers_flagged("Ticket sales will grow 3.6 percent this year, the council expects.") != []


def test_bounds_and_roundings_are_not_contradictions():
    assert numbers_flagged("About 320 crews applied.") == []
    assert numbers_flagged("Some 310 crews applied.") == []
    assert numbers_flagged("More than 300 crews applied.") == []
    assert numbers_flagged("More than 500 crews applied.") == [("500", [])]  # no fix where the source is a bound


def test_a_fee_against_its_add_on_and_a_value_stated_elsewhere():
    assert numbers_flagged("A ticket costs 4 euros.") == []
    assert numbers_flagged("The booking fee is 1 euro.") == []
    sources = {"a.txt": "The storm closed nine of the port's 14 berths on Monday.",
               "b.txt": "Nine berths were closed by the storm, the harbour master said."}
    assert numbers_flagged("The storm closed nine berths.", sources) == []


def test_a_count_without_a_shared_word_around_it_is_not_compared():
    sources = {"a.txt": "The Tarn Rowing Club says 64 percent of members backed the merger."}
    assert numbers_flagged("The Tarn Rowing Club wants a 7 percent rise in grants.", sources) == []


BRIDGE_SOURCE = (
    "date 2030-03-05\n\n"
    "TARN, March 5 - The Tarn council said on Tuesday that the new Velmar bridge will open on Thursday, March 14. "
    "The bridge was approved in September 2027. Police found the damaged barrier on April 4, 2029, a day after "
    "it was last seen intact on April 3."
)


def dates_flagged(draft, sources=None):
    return flagged("date-mismatch", draft, sources or {"wire.txt": BRIDGE_SOURCE})


def test_a_statement_date_does_not_date_the_event():
    assert dates_flagged("The Velmar bridge will open on Thursday, the council said on Tuesday.") == []
    assert dates_flagged("The council said on Monday that the Velmar bridge will open on Thursday.") == [("Monday", ["Tuesday"])]
    assert dates_flagged("The Velmar bridge will open on Friday, the Tarn council said.") == [("Friday", ["Thursday"])]


def test_a_wrong_date_with_a_fitting_weekday_is_fixed_to_the_sources_date():
    # March 15, 2030 is a Friday: the sources' date is the fix, not the calendar's weekday
    assert dates_flagged("The Velmar bridge opens on Thursday, March 15.") == [("March 15", ["March 14"])]


def test_a_date_the_sources_give_the_same_event_is_not_contradicted():
    assert dates_flagged("Police found the damaged barrier on April 4, 2029.") == []


def test_month_year_and_next_year():
    assert dates_flagged("The Velmar bridge was approved in September 2026.") == [("2026", ["2027"])]
    assert dates_flagged("The bridge was approved in September 2027.") == []


def test_the_drafts_own_dateline_is_no_event():
    draft = "**TARN (March 4, 2030)** - The Velmar bridge will open on Thursday, March 14, the council said."
    assert dates_flagged(draft) == []


def test_a_weekday_with_a_time():
    assert dates_flagged("The Velmar bridge opens at 8 a.m. Thursday.") == []
    assert dates_flagged("The Velmar bridge opens at 8 a.m. Friday.") == [("Friday", ["Thursday"])]


def test_next_year_resolves_against_the_dateline():
    sources = {"wire.txt": "date 2030-03-05\n\nThe Velmar ferry plant will open in 2031, the council said."}
    assert dates_flagged("date 2030-03-05\n\nThe Velmar ferry plant will open next year.", sources) == []
    later = {"wire.txt": "date 2030-03-05\n\nThe Velmar ferry plant will open in 2032, the council said."}
    assert dates_flagged("date 2030-03-05\n\nThe Velmar ferry plant will open next year.", later) == [("next year", [])]


def test_a_span_of_one_written_with_an_article():
    sources = {"wire.txt": "An aide told reporters the Tarn review would take a \u201cweek\u201d to complete."}
    assert numbers_flagged("An aide said the Tarn review would take two weeks to complete.", sources) == [("two", [])]
    assert numbers_flagged("An aide said the Tarn review would take one week to complete.", sources) == []


def test_a_figure_of_another_year_is_another_fact():
    sources = {"wire.txt": "Tarn ferry sales rose 9 percent in 2028 and 12 percent in 2029, the operator said."}
    assert numbers_flagged("Tarn ferry sales rose 12 percent in 2029.", sources) == []
    assert numbers_flagged("Tarn ferry sales rose 5 percent in 2029.", sources) == [("5", ["12"])]
    # a year the sources never give is itself in doubt: the figure is still compared, without a fix
    assert numbers_flagged("Tarn ferry sales rose 5 percent in 2027.", sources) == [("5", [])]


def test_a_fix_keeps_the_drafts_scale():
    sources = {"wire.txt": "Tarn ferry operator Velmar Lines reported revenue of $412 million for the year."}
    assert numbers_flagged("Velmar Lines reported revenue of $421 million for the year.", sources) == [("421", ["412"])]
    # "$0.5 billion" fixed to "412" would say $412 billion: the figure is flagged without a fix
    assert numbers_flagged("Velmar Lines reported revenue of $0.5 billion for the year.", sources) == [("0.5", [])]


def test_two_exact_figures_differ_beyond_rounding_in_the_last_digit():
    sources = {"wire.txt": "Tarn ferry operator Velmar Lines reported revenue of $412 million for the year."}
    assert numbers_flagged("Velmar Lines reported revenue of $415 million for the year.", sources) == [("415", ["412"])]
    assert numbers_flagged("Velmar Lines reported revenue of $412.4 million for the year.", sources) == []
