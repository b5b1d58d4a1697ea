"""Precision first: each mechanism that keeps a check from speaking about a different fact, on
sentences written for the test (no story's names)."""

from __future__ import annotations

import datetime as dt

from copydesk.document import Document
from copydesk.factbase.build import factbase_from_texts
from copydesk.findings import Finding, Fix
from copydesk.lsp.actions import fix_all_edits
from copydesk.mentions import extract_mentions
from copydesk.mentions.numbers import PART_OF
from copydesk.world import country_of, is_common_english, nation_of, national_place
from helpers import ROOT, check

WIRE = (
    "date 2031-04-02\n\n"
    "Spanish drugmaker Velmora Pharma is recalling two batches of its flu vaccine, the company said. "
    "Dr. Ada Moss, the agency's director of inspections, said the recall was prudent. "
    "Velmora Pharma's chief medical officer, Dr. Lena Vale, said no patient was harmed. "
    "Ivo Pent, president of the Senior Citizens' Advice Bureau, said older patients had called. "
    "Our wards stayed calm, Pent said. The Tarrow Clinic handled most calls."
)


def claims(draft: str, sources: dict[str, str], rule: str | None = None) -> list[tuple[str, str]]:
    return [(f.rule, draft[f.start : f.end]) for f in check(draft, sources)
            if f.severity in ("error", "warning") and (rule is None or f.rule == rule)]


def _story(name: str, draft: str) -> tuple[dict[str, str], str]:
    """A story's sources and one of its drafts, from tests/data/stories."""
    story = ROOT / "tests" / "data" / "stories" / name
    sources = {p.name: p.read_text(encoding="utf-8") for p in sorted((story / "sources").iterdir())}
    return sources, (story / "drafts" / draft).read_text(encoding="utf-8")


# -- a common word is not a name ------------------------------------------------------------------

def test_a_common_word_in_lower_case_is_not_a_miscased_name():
    draft = "Older patients called the clinic, and older relatives called the bureau."
    assert claims(draft, {"w.txt": WIRE}, "name-spelling") == []
    assert is_common_english("older") and not is_common_english("tarrow")


def test_a_lower_case_word_that_completes_a_known_name_is_flagged_with_a_certain_fix():
    draft = "Dr. Lena vale said no patient was harmed."
    (f,) = [f for f in check(draft, {"w.txt": WIRE}) if f.rule == "name-spelling"]
    assert draft[f.start : f.end] == "vale"
    assert f.fixes and f.fixes[0].replacement == "Vale" and f.fixes[0].preferred


def test_a_rare_lower_case_name_on_its_own_is_flagged():
    draft = "Most calls went to the tarrow hotline."
    source = "Tarrow runs the hotline. Callers reach Tarrow all day."
    assert claims(draft, {"w.txt": source}, "name-spelling") == [("name-spelling", "tarrow")]


def test_a_first_name_the_sources_never_give_is_advice_without_a_fix():
    draft = "Dr. Mara Vale said no patient was harmed."
    (f,) = [f for f in check(draft, {"w.txt": WIRE}) if f.rule == "name-spelling"]
    assert draft[f.start : f.end] == "Mara" and f.severity == "information" and not f.fixes


# -- places and nationalities from the gazetteer ---------------------------------------------------

def test_a_compass_word_opens_a_region_not_a_first_name():
    """"East Tarrow" is a region: never a person whose first name the sources give otherwise."""
    wire = "West Tarrow council said the ferry would run again."
    draft = "East Tarrow council said the ferry would run again."
    kinds = {m.text: m.kind for m in extract_mentions(Document(draft)).names}
    assert kinds["East Tarrow"] == "place"
    assert not [f for f in check(draft, {"w.txt": wire}) if f.rule == "name-spelling"]


def test_a_town_ending_like_french_is_no_nationality_before_a_name():
    """Only the gazetteer's demonyms end in "-ch": "Tarwich Rovers" is one name, "French Velmora" two."""
    names = [(m.text, m.kind) for m in extract_mentions(Document("Former Tarwich Rovers striker Ivo Pent left.")).names]
    assert ("Tarwich Rovers", "nationality") not in names and "Tarwich" not in [t for t, _ in names]
    names = [(m.text, m.kind) for m in extract_mentions(Document("Readers of the French Velmora Star newspaper wrote in.")).names]
    assert ("French", "nationality") in names


def test_gazetteer_knows_countries_demonyms_and_capitals_but_not_story_names():
    assert country_of("Spanish") == country_of("Spain's") == country_of("Madrid") == "ES"
    assert national_place("Velmora") is None and national_place("Spanish").kind == "demonym"


def test_a_nationality_the_sources_contradict_is_a_title_mismatch():
    draft = "Italian drugmaker Velmora Pharma recalled two batches."
    assert claims(draft, {"w.txt": WIRE}) == [("title-mismatch", "Italian")]
    (f,) = check(draft, {"w.txt": WIRE})
    assert f.fixes[0].replacement == "Spanish"


def test_a_nationality_in_an_apposition_with_the_is_a_title():
    source = "The jury gave the award to the Danish film-maker Ada Brunsvold-Tark for her film."
    assert claims("Ada Brunsvold-Tark, the Norwegian film-maker, won.", {"w.txt": source}) == [("title-mismatch", "Norwegian")]
    assert claims("Ada Brunsvold-Tark, the Danish film-maker, won.", {"w.txt": source}) == []


def test_a_country_and_its_demonym_agree():
    assert claims("Spain's Velmora Pharma recalled two batches.", {"w.txt": WIRE}) == []
    assert claims("Velmora Pharma, a Spanish company, recalled two batches.", {"w.txt": WIRE}) == []


def test_a_nationality_is_never_a_misspelling_of_a_name():
    source = "The Peruvan envoy met Ada Moss. Peruvan officials agreed."
    assert claims("The Peruvian envoy met Ada Moss.", {"w.txt": source}, "name-spelling") == []


# -- names as wire copy writes them -----------------------------------------------------------------

def test_spaced_hyphens_join_words_in_a_text_that_spaces_all_its_hyphens():
    doc = Document("Paris Saint - Germain won the semi - final. The 41 - year - old coach left Velmora - the club.")
    words = [t.text for t in doc.tokens if t.kind == "word"]
    assert "Saint-Germain" in words and "semi-final" in words and "year-old" in words
    assert "Velmora" in words and "the" in words  # a dash between words of different case stays a dash
    normal = Document("The semi-final - a rout - ended early.")
    assert "a" in [t.text for t in normal.tokens] and not normal.spaced_hyphens


def test_a_plural_possessive_and_an_and_stay_inside_an_organization_name():
    doc = Document("Ivo Pent of the Coastal and River Workers' Union met Ada Moss and Lena Vale.")
    names = [m.text for m in extract_mentions(doc).names]
    assert "Coastal and River Workers' Union" in names
    assert "Ada Moss" in names and "Lena Vale" in names


def test_role_phrases_in_apposition_keep_their_portfolio():
    doc = Document("Dr. Ada Moss, the agency's director of inspections, said so. "
                   "Velmora's chief medical officer, Dr. Lena Vale, agreed. Ivo Pent, a spokesman for the union, left.")
    titles = {t.target.text: t.role for t in extract_mentions(doc).titles}
    assert titles == {"Ada Moss": "inspections director", "Lena Vale": "chief medical officer", "Ivo Pent": "spokesperson"}


def test_a_role_the_sources_give_someone_else_is_flagged():
    draft = "Dr. Ada Moss, Velmora Pharma's chief medical officer, said the recall was prudent."
    assert claims(draft, {"w.txt": WIRE}) == [("title-mismatch", "chief medical officer")]


def test_an_organization_the_sources_do_not_give_a_person_is_flagged():
    draft = "Ivo Pent, president of the Tarrow Clinic, said older patients had called."
    assert ("title-mismatch", "Tarrow Clinic") in claims(draft, {"w.txt": WIRE})


# -- fixes only where certain -------------------------------------------------------------------------

def test_fix_all_applies_only_preferred_fixes():
    doc = Document("Ada Mos paid 12 million euros.")
    sure = Finding("name-spelling", "warning", "", 4, 7, fixes=[Fix("Replace", "Moss", 4, 7, preferred=True)])
    doubtful = Finding("number-mismatch", "warning", "", 13, 15, fixes=[Fix("Replace", "84", 13, 15)])
    edits = fix_all_edits([sure, doubtful], doc)
    assert [e.new_text for e in edits] == ["Moss"]


def test_a_misquote_fix_keeps_the_punctuation_around_the_quote():
    source = 'Ada Moss said: "We will never sell the ferries to anyone." She left.'
    draft = '"We will never sell the boats to anyone," Ada Moss said.'
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "misquote"]
    assert draft[f.start : f.end] == "boats"
    fixed = draft[: f.fixes[0].start] + f.fixes[0].replacement + draft[f.fixes[0].end :]
    assert fixed == '"We will never sell the ferries to anyone," Ada Moss said.'


def test_a_pronoun_for_an_office_is_checked_against_its_one_holder():
    source = "Velmora Pharma's chief executive, Ivo Pent, said the recall was prudent. He said it would cost little."
    draft = "Velmora Pharma's chief executive said that she would stay on."
    assert claims(draft, {"w.txt": source}) == [("attribution-pronoun", "she")]
    assert claims("Velmora Pharma's chief executive said that he would stay on.", {"w.txt": source}) == []


def test_a_noun_speaks_for_the_name_it_belongs_to():
    source = 'Tarrow Clinic dismissed the report as "full of careless errors". Velmora Pharma said nothing.'
    draft = 'Velmora Pharma\'s board dismissed the report as "full of careless errors".'
    assert claims(draft, {"w.txt": source}) == [("attribution-speaker", "Velmora Pharma's board")]


def test_the_subject_of_a_reported_clause_is_checked_like_a_speaker():
    source = "Ivo Pent will fly to Madrid, his office said. He will meet Ada Moss there."
    assert claims("Ivo Pent said on Tuesday that she would fly to Madrid.", {"w.txt": source}) == [
        ("attribution-pronoun", "she")]


def test_a_date_is_compared_only_with_the_same_event():
    source = "date 2031-05-06\n\nThe strike began on Friday, May 2, and talks resume in June."
    assert claims("On Sunday the talks stalled.", {"w.txt": source}) == []
    assert claims("The strike began on Sunday.", {"w.txt": source}) == [("date-mismatch", "Sunday")]


# -- figures beside a clock time, and figures a source sentence gives twice -----------------------

def test_a_clock_time_does_not_cut_a_figure_from_its_clause():
    """ "7:40" is a time, not a colon that ends a clause: the passengers keep their verb and place."""
    wire = "The ferry left Tarrow at 7:40 a.m. with 183 passengers and seven crew."
    draft = "The ferry left Tarrow at 7:40 a.m. with 138 passengers and seven crew."
    assert claims(draft, {"w.txt": wire}, "number-mismatch") == [("number-mismatch", "138")]


def test_a_value_the_aligned_source_sentence_also_writes_is_no_mismatch():
    """ "has grown from five inspectors to eight": a draft's "eight inspectors" is stated there."""
    wire = "The agency sent five inspectors to Tarrow on Monday. By Tuesday the team had grown from five inspectors to eight."
    assert claims("The agency's team in Tarrow has eight inspectors.", {"w.txt": wire}) == []
    assert claims("The agency sent nine inspectors to Tarrow on Monday.", {"w.txt": wire}, "number-mismatch") == [
        ("number-mismatch", "nine")]


def test_a_heading_in_capitals_is_no_name_but_a_dateline_in_capitals_is_a_place():
    names = {m.text: m.kind for m in extract_mentions(Document("THE MORNING AFTER\n\nAda Moss left Tarrow.")).names}
    assert "MORNING AFTER" not in names and "THE MORNING AFTER" not in names
    names = {m.text: m.kind for m in extract_mentions(Document("NEW TARROW, March 3 (Velmora News) - Ada Moss left.")).names}
    assert names["NEW TARROW"] == "place"


def test_a_count_of_a_named_kind_aligns_on_its_kind_and_verb_in_a_looser_clause():
    """ "completed 3,240 council homes during the decade and held rents flat" is the sources' 2,340
    council homes completed, though the draft's clause says more; and a value the sources state for
    that kind elsewhere ("8oz gloves" in another sentence) is supported, not a mismatch."""
    wire = ("Her great project was housing: 2,340 council homes were completed between 1990 and 2000. "
            "Rules allow 8oz gloves for lighter bouts. Ada Moss has used 4oz gloves in the cage.")
    draft = "Her administration completed 3,240 council homes during the 1990s and held rents flat for three years."
    assert claims(draft, {"w.txt": wire}, "number-mismatch") == [("number-mismatch", "3,240")]
    assert claims("Ada Moss plans to wear 8oz gloves in her Tarrow fight.", {"w.txt": wire}, "number-mismatch") == []


def test_died_and_dies_are_one_verb_for_a_figure():
    wire = "Ivo Pent, who has died aged 87, led the Tarrow council for 12 years."
    assert claims("Ivo Pent, former Tarrow council leader, dies aged 88", {"w.txt": wire}, "number-mismatch") == [
        ("number-mismatch", "88")]


def test_the_year_of_a_full_date_is_checked_against_the_same_day():
    wire = "Ivo Pent was born in Tarrow on 14 June 1938, the son of a ferryman."
    assert claims("Born in Tarrow on 14 June 1939, Pent trained as a teacher.", {"w.txt": wire}, "date-mismatch") == [
        ("date-mismatch", "1939")]
    assert claims("Born in Tarrow on 14 June 1938, Pent trained as a teacher.", {"w.txt": wire}) == []


def test_a_full_name_whose_surname_gains_an_s_is_a_misspelling_but_a_family_is_not():
    wire = "Councillor Lena Hargreave, the council's leader, paid tribute. Hargreave said flags would fly."
    assert claims("Councillor Lena Hargreaves said flags would fly.", {"w.txt": wire}) == [("name-spelling", "Hargreaves")]
    assert claims("The Hargreaves were at the funeral.", {"w.txt": wire}) == []
    assert claims("Lena Hargreave's office said flags would fly.", {"w.txt": wire}) == []


def test_a_count_in_a_closely_matching_clause_aligns_though_its_verb_differs():
    """ "recruited 1,402 adults aged 65 to 84 at 38 clinics" is the sources' "enrolled 1,204 adults
    aged 65 to 84 at 38 clinics": flagged, without a fix (the verbs differ)."""
    wire = "The study enrolled 1,204 adults aged 65 to 84 at 38 clinics in Tarrow."
    draft = "The team recruited 1,402 adults aged between 65 and 84 at 38 clinics in Tarrow."
    (f,) = [f for f in check(draft, {"w.txt": wire}) if f.rule == "number-mismatch"]
    assert draft[f.start : f.end] == "1,402" and not f.fixes


def test_british_double_l_folds_only_where_american_writes_one_l():
    """ "travelled" is "traveled", but "recalling" keeps the "ll" of "recall" (and "filled" is no "filed")."""
    from copydesk.lexicon import fold

    assert fold("travelled") == fold("traveled") and fold("cancelled") == fold("canceled")
    assert fold("recalling") == "recalling" and fold("filled") != fold("filed")


def test_the_x_based_noun_is_the_one_entity_the_sources_describe_with_that_noun():
    """ "The Velmar-based carrier" is the carrier the sources call "a Tarrow-based carrier"; with
    two such carriers, or none, it is nobody in particular and nothing is claimed."""
    wire = "Halden Air, a Tarrow-based carrier that flies 46 aircraft, said the flight landed safely."
    assert claims("The Velmar-based carrier checked its other jets overnight.", {"w.txt": wire}) == [
        ("title-mismatch", "Velmar-based")]
    assert claims("The Tarrow-based carrier checked its other jets overnight.", {"w.txt": wire}) == []
    two = wire + " Ostra Wings, a Pellmouth-based carrier, said it would help."
    assert claims("The Velmar-based carrier checked its other jets overnight.", {"w.txt": two}) == []


# -- a date counted from another ---------------------------------------------------------------------

HARBOUR = ("date 2031-03-12\n\n"
           "TARROW, March 12 - Dock workers at Velmora walked out on Wednesday, a day after the port authority "
           "announced 40 job cuts at the harbour.")


def test_a_date_counted_from_another_dates_the_event_it_is_counted_from():
    """"On Wednesday, a day after the authority announced the cuts": the announcement was on Tuesday,
    so a draft that puts it on Monday is contradicted, with Tuesday as the fix; the walkout's day stands."""
    (f,) = [f for f in check("The port authority announced the 40 job cuts at the harbour on Monday.", {"w.txt": HARBOUR})
            if f.rule == "date-mismatch"]
    assert f.fixes and f.fixes[0].replacement == "Tuesday"
    assert claims("The port authority announced the 40 job cuts at the harbour on Tuesday.", {"w.txt": HARBOUR}) == []
    assert claims("Dock workers at Velmora walked out on Wednesday.", {"w.txt": HARBOUR}) == []
    weeks = HARBOUR.replace("a day after", "two weeks after")  # two weeks back: a Wednesday again
    assert claims("The port authority announced the 40 job cuts at the harbour on Wednesday.", {"w.txt": weeks}) == []


def test_a_date_counted_from_another_in_a_draft_is_not_itself_checked():
    """The draft's own "a day after" is words, not a date: nothing to flag or fix in them."""
    draft = "Dock workers at Velmora walked out on Wednesday, a day after the port authority announced the cuts."
    assert [f for f in check(draft, {"w.txt": HARBOUR}) if "day after" in draft[f.start : f.end]] == []


def test_a_subordinate_clause_is_another_event_for_a_date():
    """"announced on Monday ... after cracks were found at its plant": Monday dates the
    announcement; the finding of the cracks, dated otherwise in the sources, is another event."""
    wire = ("date 2031-05-08\n\nVelmora Rail said cracks were found in axles at its Halden depot on Thursday, May 1. "
            "Velmora Rail announced the recall of 12 trains on Tuesday.")
    draft = "Velmora Rail announced on Monday that it was recalling 12 trains after cracks were found in axles at its Halden depot."
    (f,) = [f for f in check(draft, {"w.txt": wire}) if f.rule == "date-mismatch"]
    assert draft[f.start : f.end] == "Monday" and [x.replacement for x in f.fixes] == ["Tuesday"]


# -- a specialist's field ----------------------------------------------------------------------------

CLINIC = ("Professor Ada Moss, an epidemiologist at the University of Halden, led the trial. "
          "Dr. Ivo Pent, a neurologist at the Tarrow Clinic, was not involved.")


def test_a_specialist_field_is_contradicted_only_by_another_field():
    """A neurologist is not an epidemiologist, in apposition or before a relative clause; but a
    professor may be a neurologist, and a field the sources never give anyone is not compared."""
    assert claims("Ada Moss, a neurologist, led the trial.", {"w.txt": CLINIC}) == [("title-mismatch", "neurologist")]
    assert claims("The trial was led by Ada Moss, the neurologist who designed it.", {"w.txt": CLINIC}) == \
        [("title-mismatch", "neurologist")]
    assert claims("Ivo Pent, a neurologist at the Tarrow Clinic, was not involved.", {"w.txt": CLINIC}) == []
    professor = "Professor Ada Moss led the trial."
    assert claims("Ada Moss, a neurologist, led the trial.", {"w.txt": professor}) == []


def test_a_second_title_after_a_titled_name_is_read_and_tenure_words_name_no_office():
    """"Councillor Ivo Pent, the council's present leader": "present" says when, not which office,
    and a leader is no office that contradicts a councillor."""
    source = "The current leader of the council, Councillor Ivo Pent, paid tribute."
    assert claims("Councillor Ivo Pent, the council's present leader, paid tribute.", {"w.txt": source}) == []


def test_a_deputy_post_is_an_office_but_a_bare_leader_is_no_claim():
    source = "The council's chief executive, Ivo Pent, said the budget was balanced."
    assert claims("Ivo Pent, the council's deputy leader, said the budget was balanced.", {"w.txt": source}) == \
        [("title-mismatch", "deputy leader")]
    assert claims("Ivo Pent, a local leader, said the budget was balanced.", {"w.txt": source}) == []
    deputy = "The council's deputy leader, Ivo Pent, said the budget was balanced."
    assert claims("Ivo Pent, the council's deputy leader, said the budget was balanced.", {"w.txt": deputy}) == []


JUDGE_SOURCE = ("Mr Justice Ivo Pent sentenced Lena Vale on Friday. Of Vale, the judge said: "
                "\"She signed the sheets knowing them to be false.\" He jailed her for four years.")


def test_a_role_noun_speaker_is_the_one_holder_of_the_role():
    # "the judge said" in the source is Mr Justice Pent, the one judge it names, so the quote is his
    draft = "Of Vale, she said: \"She signed the sheets knowing them to be false.\""
    assert claims(draft, {"wire.txt": JUDGE_SOURCE}, "attribution-pronoun") == [("attribution-pronoun", "she")]
    draft = "Lena Vale said: \"She signed the sheets knowing them to be false.\""
    assert claims(draft, {"wire.txt": JUDGE_SOURCE}, "attribution-speaker") == [("attribution-speaker", "Lena Vale")]
    two_judges = JUDGE_SOURCE + " Mr Justice Tom Hale agreed."
    assert claims(draft, {"wire.txt": two_judges}, "attribution-speaker") == []  # a role two hold names no one


def test_a_speakers_own_pronoun_outweighs_pronouns_around_his_name():
    # "her" and "she" in the clause about Pent are Moss's; "he said" after his quote is his
    source = ("Lena Moss became mayor in 2021. Dr Ivo Pent, who was her adviser when she was deputy and is now "
              "her chief of staff, praises her. \"She reads everything,\" he said.")
    draft = "Dr Ivo Pent, her chief of staff, praises her. \"She reads everything,\" he said."
    assert claims(draft, {"wire.txt": source}, "attribution-pronoun") == []


def test_a_quote_word_for_word_is_that_statement_not_one_it_resembles():
    source = ("Ivo Pent is fond of her. \"We argued about everything except the river,\" he said. "
              "Lena Moss smiled. \"We argued about the river too. He just did not notice,\" she said.")
    draft = "Lena Moss smiled. \"We argued about the river too. He just did not notice,\" she said."
    assert claims(draft, {"wire.txt": source}, "attribution-pronoun") == []


def test_the_sources_own_pronoun_for_a_quote_decides_where_no_one_is_named():
    # "Vale" is two people (Lena and Ivo Vale), so the source's "she" names no one; still, it is "she"
    source = ("Lena Vale married Ivo Vale in 2005. Vale, sitting beside him, smiled. "
              "\"We argued about the river too. He just did not notice,\" she said.")
    draft = "Vale, sitting beside him, smiled: \"We argued about the river too. He just did not notice,\" he said."
    assert claims(draft, {"wire.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "he")]
    assert claims(draft.replace(" he said", " she said"), {"wire.txt": source}, "attribution-pronoun") == []


# -- ordinals: a place in an order is compared with the same rank, never with a count --------------

MATCH_SOURCE = ("Tarrow beat Halden 2-1 on Saturday. Ada Moss put Tarrow ahead in the 34th minute before Ivo Pent "
                "levelled. The win lifted Tarrow to second in the table, two points behind Velmora. "
                "Seventh seed Lena Vale lost to Moss.")


def flagged_numbers(draft: str) -> list[tuple[str, list[str]]]:
    return flagged(draft, MATCH_SOURCE)


def test_an_ordinal_rank_is_compared_with_the_same_rank():
    assert flagged_numbers("Ada Moss put Tarrow ahead in the 43rd minute.") == [("43rd", ["34th"])]
    assert flagged_numbers("The win lifted Tarrow to third in the table.") == [("third", ["second"])]
    assert flagged_numbers("Fifth seed Lena Vale lost to Moss.") == [("Fifth", ["Seventh"])]  # capitalized as written
    assert flagged_numbers("Ada Moss put Tarrow ahead in the 34th minute.") == []
    assert flagged_numbers("The win lifted Tarrow to second in the table.") == []


def test_an_ordinal_of_anything_else_is_no_rank():
    # "the second goal", "the first time" and "third quarter" rank nothing the sources rank
    assert flagged_numbers("Tarrow won their second match in a row for the first time.") == []
    assert flagged_numbers("Ivo Pent scored his second goal in the third quarter.") == []
    numbers = extract_mentions(Document("It went to a second vote. Velmora finished fourth, two points behind.", "d.txt")).numbers
    assert [(n.text, n.unit) for n in numbers] == [("fourth", "#place"), ("two points", "point")]


# -- who a name is: from the sources' own evidence ------------------------------------------------

def test_a_surname_with_an_apposed_age_is_a_name_the_sources_give_no_first_name():
    source = "Duffo, 37, has joined the club on a one-year contract. Duffo, who played for Halden, starts on Monday."
    draft = "The club has appointed Kevin Duffo as head coach."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "name-spelling"]
    assert draft[f.start : f.end] == "Kevin" and f.severity == "information" and not f.fixes


def test_a_third_first_name_for_a_surname_spelled_two_ways_is_advice():
    # the source spells its one Moss two ways; "Jack Moss" is neither, and still the same surname
    source = "Gareth Mossley scored for Tarrow. Late on, Garath Mossley volleyed the ball back across the box."
    draft = "Goals from Ivo Pent and Jack Mossley gave Tarrow victory."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "name-spelling"]
    assert draft[f.start : f.end] == "Jack" and f.severity == "information"
    two_people = "Lena Mossley scored for Tarrow. Late on, Garath Mossley volleyed the ball back across the box."
    # two people of that surname: advice naming both, not a misspelling of either
    (f,) = [f for f in check(draft, {"w.txt": two_people}) if f.rule == "name-spelling"]
    assert f.severity == "information" and "Garath Mossley or Lena Mossley" in f.message and not f.fixes


def test_a_first_name_with_an_unknown_surname_is_another_person():
    # "Colin" is one letter from the sources' "Corin", but Marwood is nobody the sources know
    source = "Corin Ashgrove, who runs the dairy, said the herd was safe. The school won the regional final."
    draft = "Corin Ashgrove said the herd was safe, and headteacher Colin Marwood said the trophy would go on display."
    findings = check(draft, {"w.txt": source})
    assert [(f.rule, draft[f.start : f.end], f.severity) for f in findings if "Colin" in draft[f.start : f.end]] == [
        ("unsupported-entity", "Colin Marwood", "information")]
    assert claims("Colin Ashgrove said the herd was safe.", {"w.txt": source}, "name-spelling") == [("name-spelling", "Colin")]


def test_a_particle_surname_before_said_is_no_nationality():
    source = ("The ship's master, Captain Samir al-Haddawi, spent four hours with investigators. Speaking briefly "
              "afterwards, al-Haddawi said: \"I followed the route I was given.\" He declined further comment.")
    draft = "Al-Haddawi spoke briefly afterwards. \"I followed the route I was given,\" he said."
    assert claims(draft, {"w.txt": source}) == []
    names = extract_mentions(Document(source, "s.txt")).names
    assert [n.kind for n in names if n.words == ("al-Haddawi",)] == ["thing"]


# -- who said it: the subject past two appositions; an organization for its officer ---------------

COURIER = ("The Tarrow Rivers Trust campaigns for cleaner water. \"The board has known about these leaks for ten "
           "years,\" said Ivo Pent, the trust's director. Pent said the trust welcomed the plan.")


def test_the_speaker_is_the_subject_before_a_role_and_a_description():
    draft = ("Ivo Pent, chairman of the Tarrow Rivers Trust, a local charity, said the board had \"known about "
             "these leaks for ten years\".")
    speakers = [q.speaker.text for q in extract_mentions(Document(draft, "d.txt")).quotes]
    assert speakers == ["Ivo Pent"]
    assert claims(draft, {"w.txt": COURIER}, "attribution-speaker") == []


def test_an_organization_may_speak_for_its_officer_where_the_source_says_so():
    draft = "The Tarrow Rivers Trust, a local charity, said the board had \"known about these leaks for ten years\"."
    assert claims(draft, {"w.txt": COURIER}, "attribution-speaker") == []
    # a president whose sentence names no such organization is not the trust's voice
    other = ("The Federation of Ferry Workers said it would seek guarantees. Its president, Lena Vale, said the "
             "board had \"known about these leaks for ten years\". The Tarrow Rivers Trust stayed silent.")
    assert claims(draft, {"w.txt": other}, "attribution-speaker") == [("attribution-speaker", "Tarrow Rivers Trust")]


def test_the_name_after_role_words_speaks_in_an_inverted_said_clause():
    cases = {
        '"The sea was rough," said coxswain Tamsin Rooke.': "Tamsin Rooke",
        '"We stopped playing," said Halden manager Ivo Pent.': "Ivo Pent",
        '"It was bad," said the coxswain, Tamsin Rooke.': "Tamsin Rooke",
        '"It was bad," said physics teacher Ilse Monk.': "Ilse Monk",
        '"It was bad," said Moss ruefully.': "Moss",
        '"It was bad," said the judge.': "the judge",
    }
    for text, speaker in cases.items():
        (q,) = extract_mentions(Document(text, "d.txt")).quotes
        assert q.speaker is not None and q.speaker.text == speaker, text


TRANSCRIPT = ("date 2029-06-12\n\n*Ada Moss runs the Tarrow water board. She talked to Ivo Pent.*\n\n"
              "**Q:** How worried should people be?\n\n"
              "**Moss:** Worried enough to turn off the sprinkler, not worried enough to fill the bath. "
              "Last year we were at 68 per cent.\n\n"
              "**Q:** Who pays?\n\n**Moss:** Customers, partly. I won't pretend otherwise.\n")


def test_a_transcript_answer_is_its_speakers_quote():
    quotes = extract_mentions(Document(TRANSCRIPT, "interview.md")).quotes
    assert [(q.text[:20], q.speaker.text) for q in quotes] == [
        ("Worried enough to tu", "Moss"), ("Customers, partly. I", "Moss")]
    draft = 'Ada Moss said people should be "worried enough to turn off the hose, not worried enough to fill the bath".'
    (f,) = [f for f in check(draft, {"interview.md": TRANSCRIPT}) if f.rule == "misquote"]
    assert draft[f.start : f.end] == "hose"
    # the fix quotes the sentence aligned, in the draft's case, not the whole answer
    assert [x.replacement for x in f.fixes] == ["worried enough to turn off the sprinkler, not worried enough to fill the bath"]
    # one labelled paragraph is a caption or a byline, not a transcript
    single = "Ada Moss: Worried enough to turn off the sprinkler.\n\nThe board met on Monday.\n"
    assert extract_mentions(Document(single, "d.txt")).quotes == []


MEMO = ("Tarrow Pumps chief executive Ada Moss sent the following memo to staff on Tuesday.\n\n"
        "Team,\n\nToday we are closing the Orrelby yard. This is the hardest call I have made, and it is my call.\n\n"
        "What happens next\n\nEvery colleague will hear from me by noon.\n\n— Ada\n\n"
        "Ivo Pent, the union's organiser, said the news came as a shock.\n")


def test_a_letter_printed_in_full_is_its_signers_words():
    """A memo's body, between its salutation and its sign-off, is the words of the signer the text
    names in full: its headings are no words of hers, and a draft that changes one is a misquote."""
    quotes = extract_mentions(Document(MEMO, "memo.txt")).quotes
    assert [(q.text[:20], q.speaker.name.text) for q in quotes] == [
        ("Today we are closing", "Ada Moss"), ("Every colleague will", "Ada Moss")]
    draft = 'Ada Moss told staff: "This is the hardest call I have made, and it is my responsibility."'
    (f,) = [f for f in check(draft, {"memo.txt": MEMO}) if f.rule == "misquote"]
    assert draft[f.start : f.end] == "responsibility"
    exact = 'Ada Moss told staff: "This is the hardest call I have made, and it is my call."'
    assert [f.rule for f in check(exact, {"memo.txt": MEMO}) if f.rule in ("misquote", "attribution-speaker")] == []


def test_a_letter_signed_with_a_valediction_and_a_name_over_its_title_is_the_signers():
    formal = MEMO.replace("Team,", "Dear neighbours,").replace("— Ada", "Yours sincerely,\n\nAda Moss\nChief Executive")
    quotes = extract_mentions(Document(formal, "letter.txt")).quotes
    assert [(q.text[:20], q.speaker.name.text) for q in quotes] == [
        ("Today we are closing", "Ada Moss"), ("Every colleague will", "Ada Moss")]


def test_a_letter_signed_off_in_solidarity_or_with_love_is_the_signers():
    for valediction in ("In solidarity,", "With love and thanks,", "Best wishes,"):
        signed = MEMO.replace("— Ada", f"{valediction}\nAda")
        assert [q.speaker.name.text for q in extract_mentions(Document(signed, "memo.txt")).quotes] == [
            "Ada Moss", "Ada Moss"], valediction


def test_a_pronoun_is_only_advice_where_its_quote_matches_the_speakers_loosely():
    """A draft quote that only loosely matches a source quote (a paraphrase, maybe, of someone
    else's words) gives no certain speaker: "she" against that quote's "he" is worth a look."""
    source = ('Ivo Pent, the depot manager, said: "We have put 3.8% and a £350 payment on the table, and we '
              'have been open with the union about why the split shifts are needed." He left at noon.')
    draft = 'Ada Moss said the firm knew what to do: "put money on the table and take split shifts off it," she said.'
    assert [(f.severity, draft[f.start : f.end]) for f in check(draft, {"w.txt": source})
            if f.rule == "attribution-pronoun"] == [("information", "she")]
    close = 'Ada Moss said: "We have put 3.8% and a £350 payment on the table, and we have been open with the union," she said.'
    assert claims(close, {"w.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "she")]


def test_a_letter_is_read_only_where_its_signer_is_named_and_it_is_signed_off():
    unsigned = MEMO.replace("— Ada\n\n", "")
    assert extract_mentions(Document(unsigned, "memo.txt")).quotes == []
    stranger = MEMO.replace("— Ada", "— Lena")  # no Lena named in full: whose words they are is unknown
    assert extract_mentions(Document(stranger, "memo.txt")).quotes == []


def test_an_abbreviated_unit_and_other_count_the_same_thing():
    source = "The board will replace 380 kilometres of mains. The school beat 38 other schools."
    assert flagged("The board will replace 480km of mains.", source) == [("480", ["380"])]
    assert [span for span, _ in flagged("The school beat 36 other schools.", source)] == ["36"]
    assert flagged("The school beat 38 other schools.", source) == []


def flagged(draft: str, source: str) -> list[tuple[str, list[str]]]:
    return [(draft[f.start : f.end], [x.replacement for x in f.fixes])
            for f in check(draft, {"w.txt": source}) if f.rule == "number-mismatch"]


def test_he_after_a_womans_quote_goes_on_about_her_unless_he_runs_through_the_story():
    source = "The school won £5,000. \"They stayed late,\" said their coach, Lena Vale. She plans to buy a printer."
    draft = "The school won £5,000. \"They stayed late,\" said their coach, physics teacher Lena Vale. He plans to buy a printer."
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "He")]
    assert claims(draft.replace("He plans", "She plans"), {"w.txt": source}, "attribution-pronoun") == []
    # a profile of a man who goes by "he" throughout: "He" after his sister's quote is still him
    profile = ("Ivo Pent grew up in Tarrow. He left school at 16 and his first job was at the docks.\n\n"
               "\"They stayed late,\" said their coach, Lena Vale. He plans to buy a printer.")
    assert claims(profile, {"w.txt": source + " Ivo Pent grew up in Tarrow."}, "attribution-pronoun") == []


def test_an_open_bound_states_no_exact_figure():
    source = ("Net profit was 118 million euros, against 102 million euros. "
              "The board approved a share buyback of up to 150 million euros.")
    assert [span for span, _ in flagged("Net profit rose to 128 million euros, and the board approved a share buyback.", source)] == ["128"]
    assert flagged("The board approved a share buyback of up to 150 million euros.", source) == []


def test_two_figures_disagree_only_where_they_are_one_fact():
    # a film's running time and a press conference's overrun are minutes of two things
    sources, draft = _story("festival-presser", "clean.md")
    assert [f.message for f in check(draft, sources) if f.rule == "number-mismatch"] == []
    # a union's 45 ferries and its 40 ferries, each said in one source, are one fact
    union = {"a.txt": "The Harbour Union said 45 ferries would be scrapped.",
             "b.txt": "The Harbour Union said 40 ferries would be scrapped."}
    (f,) = [f for f in check("The Harbour Union said 45 ferries would be scrapped.", union) if f.rule == "number-mismatch"]
    assert f.severity == "information"


def test_a_councillor_may_lead_the_council():
    source = "Councillor Wenna Trask, leader of Skarrowdale District Council, said 340 homes had flooded."
    draft = "\"We have opened rest centres,\" said Councillor Wenna Trask, the council leader."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == []
    # an office she does not hold still is one
    assert claims("Wenna Trask, the council's chief executive, spoke.", {"w.txt": source}, "title-mismatch") == [
        ("title-mismatch", "chief executive")]


def test_he_after_a_sentence_of_two_people_names_neither():
    # the source's "He added" may be the subject (Sir Aldous) or the man he described (Rafferty)
    source = ("Sir Aldous Fennimore described Rafferty Tregowan as \"the real thing\". "
              "He added: \"He doesn't know yet how hard this is meant to be.\"")
    draft = "\"He doesn't know yet how hard this is meant to be,\" Sir Aldous added."
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []


CALL = ("# Tarrow Pumps: third-quarter call\n\n"
        "**Participants**\n\n- Ada Moss -- Chief Executive Officer\n- Ivo Pent -- Chief Financial Officer\n\n"
        "**Operator:** Good morning, and welcome.\n\n"
        "**Ada Moss (CEO):** Thank you. Revenue rose 7 per cent.\n\n"
        "We will close the Halden foundry next June. Nobody here takes that decision lightly.\n\n"
        "**Ivo Pent (CFO):** Thank you, Ada. Net profit was 118 million euros.\n\n"
        "**Ada Moss (CEO):** Less than you might think.\n\n"
        "**Ivo Pent (CFO):** Because our shares are cheap.\n")


def test_a_call_transcript_turn_runs_over_its_paragraphs():
    quotes = extract_mentions(Document(CALL, "call.md")).quotes
    assert [(q.text[:24], q.speaker.text) for q in quotes] == [
        ("Thank you. Revenue rose ", "Ada Moss"), ("We will close the Halden", "Ada Moss"),
        ("Thank you, Ada. Net prof", "Ivo Pent"), ("Less than you might thin", "Ada Moss"),
        ("Because our shares are c", "Ivo Pent")]
    draft = "\"Nobody here takes that decision lightly,\" Pent said."
    assert claims(draft, {"call.md": CALL}, "attribution-speaker") == [("attribution-speaker", "Pent")]


def test_names_of_people_and_places_by_their_own_words():
    kinds = {n.text: n.kind for n in extract_mentions(Document(
        "Adrian Vale and Hamish Pent met on the island of Innis Corra, near Port Averill. The film was produced "
        "by Julian Moss for Halden Pictures.", "d.txt")).names}
    assert kinds["Adrian Vale"] == kinds["Hamish Pent"] == kinds["Julian Moss"] == "person"  # "-ian", "-ish" first names
    assert kinds["Innis Corra"] == kinds["Port Averill"] == "place"
    assert "Halden Pictures" in kinds  # "for" ends the person's name


def test_a_ministers_portfolio_after_for_is_part_of_the_office():
    source = "Cathal Brennock, the minister for emergency management, visited a rest centre."
    assert claims("Cathal Brennock, the environment minister, visited.", {"w.txt": source}, "title-mismatch") == [
        ("title-mismatch", "environment minister")]
    assert claims("Cathal Brennock, the emergency management minister, visited.", {"w.txt": source}, "title-mismatch") == []
    # a spokeswoman for a body holds no portfolio
    union = "Lena Vale, a spokeswoman for the union, said the strike would go on."
    assert claims("Lena Vale, a union spokeswoman, said so.", {"w.txt": union}, "title-mismatch") == []


def test_she_opening_the_paragraph_after_a_mans_quote_goes_on_about_him():
    source = "Ivo Pent, the finance chief, said the buyback could stop. \"A buyback we can stop,\" he said."
    draft = ("Finance chief Ivo Pent said the company would rather \"surprise you in February\".\n\n"
             "She defended the buyback. \"A buyback we can stop,\" Pent said.")
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "She")]
    assert claims(draft.replace("She defended", "He defended"), {"w.txt": source}, "attribution-pronoun") == []


def test_a_quote_of_several_paragraphs_after_said_colon_is_the_introducers():
    release = ("Message from the leader\n\nCouncillor Lena Vale, Leader of Tarrow District Council, said:\n\n"
               "\"We have never opened this many rest centres at once, and I thank the staff.\n\n"
               "\"The water is still rising. If you are asked to leave, please leave.\"\n\n"
               "Council chief executive Ivo Pent said a review would follow.\n")
    quotes = extract_mentions(Document(release, "council.txt")).quotes
    assert [(q.text[:20], q.speaker and q.speaker.text) for q in quotes] == [
        ("We have never opened", "Lena Vale"), ("The water is still r", "Lena Vale")]
    draft = "Ivo Pent, the council's chief executive, urged residents to go: \"If you are asked to leave, please leave.\""
    assert claims(draft, {"council.txt": release}, "attribution-speaker") == [("attribution-speaker", "Ivo Pent")]


def test_a_quote_that_joins_two_source_quotes_is_checked_sentence_by_sentence():
    source = ("\"She used to say, 'The sea keeps what it's given,'\" Dame Lena Vale said. "
              "\"I must have said that line forty times before Ivo let me keep it in the film.\"")
    draft = ("Dame Lena Vale recalled her grandmother: \"She used to say, 'The sea keeps what it's taken.' "
             "I must have said that line forty times before Ivo let me keep it in the film.\"")
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "misquote"]
    assert draft[f.start : f.end] == "taken" and not f.fixes  # where one source quote ends is not certain
    assert [f for f in check(draft.replace("taken", "given"), {"w.txt": source}) if f.rule == "misquote"] == []


def test_a_rank_no_source_gives_is_advice():
    source = "Tarrow beat Halden 3-1 on Sunday. The win lifted Tarrow to 21 points, two behind the leaders."
    draft = "The win lifted Tarrow to third in the Westmarch League."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "unsupported-number"]
    assert draft[f.start : f.end] == "third" and f.severity == "information"
    # an idiom ranks nothing; a minute the source writes as a figure is given
    assert [f for f in check("For Tarrow, politics always came first at home.", {"w.txt": source})
            if f.rule == "unsupported-number"] == []
    assert [f for f in check("Tarrow scored in the 21st minute.", {"w.txt": source + " Moss scored after 21 minutes."})
            if f.rule == "unsupported-number"] == []


def test_abbreviated_ranks_are_titles_and_the_name_after_them_speaks():
    m = extract_mentions(Document("\"People kept calling,\" said Lt. Harriet Quayle. Det. Ivo Pent wrote it. "
                                  "\"It was bad,\" said Police Chief Ada Moss.", "d.txt"))
    assert [q.speaker.text for q in m.quotes] == ["Harriet Quayle", "Ada Moss"]
    assert [(t.text, t.role) for t in m.titles][:2] == [("Lt", "lieutenant"), ("Det", "detective")]
    source = "Lt. Harriet Quayle, a public information officer, said the public had helped."
    assert claims("Lt. Harriet Quayle, a police spokeswoman, thanked the public.", {"w.txt": source}, "title-mismatch") == []
    assert claims("Capt. Harriet Quayle thanked the public.", {"w.txt": source}, "title-mismatch") == [("title-mismatch", "Capt")]


def test_a_unit_per_second_ends_its_sentence():
    doc = Document("The probe passed at 14.6 km/s. Images taken by its camera showed jets.", "d.txt")
    assert len(doc.sentences) == 2


def test_a_surname_alike_after_a_known_persons_first_name_is_a_misspelling():
    source = "Det. Ambrose Kettering wrote that a piece of mirror was found. Ada Moss saw it."
    (f,) = [f for f in check("Det. Ambrose Kettridge wrote it.", {"w.txt": source}) if f.rule == "name-spelling"]
    assert f.severity == "warning" and [x.replacement for x in f.fixes] == ["Kettering"] and not f.fixes[0].preferred
    # an unlike surname is another person; so is an alike one after another first name
    assert [f for f in check("Ambrose Marwood wrote it.", {"w.txt": source}) if f.rule == "name-spelling"] == []
    assert [f for f in check("Lena Kettridge wrote it.", {"w.txt": source}) if f.rule == "name-spelling"] == []


def test_she_opening_the_next_paragraph_of_a_source_is_the_quoted_speaker():
    source = ("\"People kept calling,\" said Lt. Harriet Quayle, the department's spokeswoman.\n\n"
              "She said Sgt. Felicia Dunwiddy reconstructed the crash.")
    draft = "Lt. Harriet Quayle thanked the public. \"People kept calling,\" he said."
    assert claims(draft, {"police.txt": source.replace("spokeswoman", "public information officer")},
                  "attribution-pronoun") == [("attribution-pronoun", "he")]


def test_a_degree_is_no_entity():
    source = "Tobiah Marsh, a postdoctoral researcher, led the radiometer work."
    assert [f for f in check("Tobiah Marsh, the PhD student, led the work.", {"w.txt": source})
            if f.rule == "unsupported-entity"] == []


def test_a_firm_with_an_ampersand_is_one_organization_and_its_analyst_speaks():
    names = {n.text: n.kind for n in extract_mentions(Document("Corbell & Pike Builders won the tender.", "d.txt")).names}
    assert names == {"Corbell & Pike Builders": "organization"}
    (q,) = extract_mentions(Document("Ada Moss of Tarrow Investment & Securities called the premium \"punchy\".", "d.txt")).quotes
    assert q.speaker.text == "Ada Moss"


def test_a_currency_code_before_a_figure_states_it():
    source = ("The offer is a premium of 27.4% to the closing price on February 16 (KRW 30,220). "
              "Tarrow shares closed at 38,050 won on Wednesday.")
    assert flagged("The price is a 27.4% premium to the close of 30,220 won on Monday.", source) == []
    assert [span for span, _ in flagged("Tarrow shares closed at 36,050 won on Wednesday.", source)] == ["36,050"]


def test_a_bare_surname_two_people_bear_is_neither_ones():
    source = ("Chairman Baek Man-gil founded the firm. His daughter, chief executive Baek Soo-ah, runs it. "
              "\"It is time for it to grow,\" Chairman Baek said. \"Our plants will stay,\" she said.")
    draft = "The founder, Baek Man-gil, agreed. \"It is time for it to grow,\" he said."
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []
    minutes = "PRESENT: Cllr Gideon Strake, Cllr Ada Moss.\n\nCllr Strake called the rise \"a tax on people\"."
    assert claims("Cllr Gideon Strake called the rise \"a tax on people\".", {"m.txt": minutes}, "attribution-speaker") == []


def test_a_common_word_after_a_possessive_completes_no_name():
    source = "Dr Lena Vale spoke to Tellbridge Breakfast on Thursday. Tellbridge Breakfast airs at seven."
    assert claims("Dr Lena Vale told Radio Tellbridge's breakfast programme so.", {"w.txt": source}, "name-spelling") == []


def test_a_role_in_brackets_after_a_name_is_a_title():
    minutes = ("IN ATTENDANCE: Miriam Coldwell (Town Clerk), Celia Vantry (Parks and Open Spaces Manager).\n\n"
               "The Parks and Open Spaces Manager presented her report.")
    assert claims("Town clerk Celia Vantry said the money would come from reserves.", {"m.txt": minutes},
                  "title-mismatch") == [("title-mismatch", "Town clerk")]  # the whole title: "Town" is its field
    assert claims("Town clerk Miriam Coldwell said so.", {"m.txt": minutes}, "title-mismatch") == []
    # a figure in brackets is no role
    assert [t.text for t in extract_mentions(Document("Ada Moss (41) and Ivo Pent (Chief Executive) met.", "d.txt")).titles] == [
        "Chief Executive"]


def test_he_said_after_a_sentence_he_opens_is_the_same_man():
    source = ("Colm Riddock, head teacher of Saltings School, told the programme that 38 pupils were absent. "
              "He said the school had written to every family. \"I'd rather have a full classroom,\" he said.")
    draft = "Imogen Varcoe urged parents to act. \"I'd rather have a full classroom,\" Varcoe said."
    assert claims(draft, {"w.txt": source + " Dr Imogen Varcoe is the health chief."}, "attribution-speaker") == [
        ("attribution-speaker", "Varcoe")]


# -- ranks, tallies, multiples and former values ----------------------------------------------------

def test_a_seed_the_sources_give_to_another_player_is_wrong():
    source = "Ada Moss beat Ivo Pent in straight sets. Moss will play third seed Lena Vale in the semi-finals."
    (f,) = [f for f in check("Ivo Pent lost to third seed Ada Moss.", {"w.txt": source}) if f.rule == "number-mismatch"]
    assert f.severity == "warning" and "Lena Vale" in f.message and not f.fixes
    # the rank the sources give the player is the fix; the holder's own rank is no error
    fifth = "Fifth seed Ada Moss beat Ivo Pent. She will play third seed Lena Vale next."
    assert flagged("Ivo Pent lost to third seed Ada Moss.", fifth) == [("third", ["fifth"])]
    assert flagged("Lena Vale, the third seed, will play Ada Moss.", source) == []


def test_a_tally_gives_its_second_figure_the_first_ones_unit():
    source = "The assembly passed the bill by 68 votes in favor, 51 against and 9 abstentions."
    assert flagged("The bill passed by 68 votes to 57, with 9 abstentions.", source) == [("57", ["51"])]
    assert flagged("The bill passed by 68 votes to 51.", source) == []
    ballot = "Members voted by 291 to 27 for strike action, on a turnout of 77.2%."  # what the tally was for, after it
    assert flagged("Members voted by 291 to 37 in favour of strikes.", ballot) == [("37", ["27"])]
    assert flagged("Members voted by 291 to 27 in favour of strikes.", ballot) == []
    age = "The law raises the minimum retirement age from 60 to 63 over nine years."
    assert [span for span, _ in flagged("The law raises the retirement age from 60 to 65.", age)] == ["65"]


def test_a_multiple_the_words_name_of_a_stated_figure_is_derived():
    source = "The jobless rate was 6.8 per cent, against 4.1 per cent three years earlier."
    draft = "The rate rose to 6.8 per cent from 4.1 per cent; a doubled rate would be 8.2 per cent."
    assert [(f.rule, draft[f.start:f.end]) for f in check(draft, {"w.txt": source})
            if f.rule in ("number-mismatch", "unsupported-number")] == []


def test_a_former_value_after_against_or_a_year_earlier_is_no_other_sources_value():
    release = "Net profit was Rs 412.6 crore, against Rs 348.5 crore, an increase of 18.4 per cent."
    wire = "Net profit rose 18.4 per cent to Rs 412.6 crore in the quarter."
    draft = "Net profit rose 18.4% to Rs 412.6 crore, against Rs 348.5 crore a year earlier."
    assert [f for f in check(draft, {"r.txt": release, "w.txt": wire}) if f.rule == "number-mismatch"] == []


def test_a_source_stating_both_values_does_not_disagree_with_another():
    release = "Revenue was Rs 4,218 crore. For the half year, revenue stood at Rs 8,064 crore."
    wire = "Revenue rose 11% to Rs 4,218 crore."
    assert [f for f in check("Revenue rose 11% to about Rs 4,200 crore.", {"r.txt": release, "w.txt": wire})
            if f.rule == "number-mismatch"] == []


def test_a_figure_in_a_misquote_is_the_misquotes():
    quote = "We were {} from the rocks, maybe less. After that I stopped looking at the radar and watched the tug."
    source = f"\"{quote.format('one mile')}\" Ivo Pent said. The ship drifted to 0.8 nautical miles off the rocks."
    found = {f.rule for f in check(f"\"{quote.format('two miles')}\" Ivo Pent said.", {"w.txt": source})
             if f.severity == "warning"}
    assert found == {"misquote"}


def test_a_name_and_its_verb_after_a_figure_count_nothing():
    numbers = extract_mentions(Document("British number two Ivo Pent suffered a defeat.", "d.txt")).numbers
    assert [n.unit for n in numbers] == []


def test_a_score_or_a_tally_is_compared_with_the_one_that_shares_a_number():
    source = ("The Tarrow Committee approved the bill 19-7 in March. The vote in the chamber was 61-37, with 11 "
              "members joining. Ada Moss won the final 6-4, 3-6, 7-6 (7-3) and took the title.")
    (f,) = [f for f in check("Members approved the bill in the chamber by a vote of 62-37.", {"w.txt": source})
            if f.rule == "number-mismatch"]
    assert f.message.endswith('"61-37" (w.txt)') and [x.replacement for x in f.fixes] == ["61-37"]
    assert claims("Ada Moss took the title, winning 6-4, 3-6, 7-6 (7-5).", {"w.txt": source}, "number-mismatch") == [
        ("number-mismatch", "7-5")]
    # the loser's order, and a score sharing no number with any and another total, are no claim; the
    # same total split otherwise, in a clause with the same words, is the same vote
    assert claims("Ivo Pent lost the final 4-6, 6-3, 6-7 (3-7) to Ada Moss.", {"w.txt": source}) == []
    assert claims("The vote in the chamber was 50-40.", {"w.txt": source}, "number-mismatch") == []
    assert claims("The vote in the chamber was 58-40.", {"w.txt": source}, "number-mismatch") == [("number-mismatch", "58-40")]


def test_a_range_is_compared_end_to_end_with_the_range_that_shares_an_end():
    source = ("The painting, offered as Lot 17, was estimated at £5,000,000-7,000,000 and sold by telephone. "
              "A bronze, estimated at £2m-£3m, went unsold.")
    draft = "The picture, Lot 17 in the evening sale, carried an estimate of £5 million to £8 million."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "number-mismatch"]
    assert draft[f.start : f.end] == "8" and "7,000,000" in f.message and not f.fixes
    assert claims(draft.replace("£8 million", "£7 million"), {"w.txt": source}) == []
    assert claims("The bronze was estimated at £1 million to £3 million.", {"w.txt": source}, "number-mismatch") == [
        ("number-mismatch", "1")]


def test_a_chart_position_is_a_rank_compared_with_positions():
    source = "Her debut album, Paper Weather, peaked at number 14 and spent 11 weeks in the top 40."
    assert claims("Her debut, Paper Weather, stalled at number 41 but spent 11 weeks in the top 40.", {"w.txt": source},
                  "number-mismatch") == [("number-mismatch", "41")]
    assert claims("Her debut, Paper Weather, reached No. 14 and spent 11 weeks in the top 40.", {"w.txt": source}) == []
    units = [n.unit for n in extract_mentions(Document("He moved into Number 10 Downing Street.", "d.txt")).numbers]
    assert units == []


def test_a_range_of_a_plural_noun_or_of_ages_is_no_score():
    units = [n.unit for n in extract_mentions(Document("The side won after 10-12 weeks, with fans aged 18-24.", "d.txt")).numbers]
    assert "score" not in units


# -- names and speakers -----------------------------------------------------------------------------

def test_a_party_member_described_by_place_is_no_other_speaker():
    source = ('Sen. Ada Moss, R-Tarrow, offered an amendment. "Nobody here is against clean water," Moss said. '
              'Sen. Ivo Pent, D-Kell, backed the bill.')
    draft = 'Sen. Ada Moss tried to cut the bill. "Nobody here is against clean water," the Tarrow Republican said.'
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []
    assert claims(draft.replace("the Tarrow Republican", "Pent"), {"w.txt": source}, "attribution-speaker") == [
        ("attribution-speaker", "Pent")]


def test_an_english_word_made_from_a_name_word_opening_a_sentence_is_no_misspelling():
    source = "The Tarrow Forecast Centre recorded a gust of 98mph."
    assert claims("Forecasters expect the wind to ease.", {"w.txt": source}, "name-spelling") == []
    # a name's misspelling opening a sentence is still one
    assert claims("Tarow Forecast Centre staff expect the wind to ease.", {"w.txt": source}, "name-spelling") == [
        ("name-spelling", "Tarow")]


def test_a_person_is_named_as_running_text_writes_them_not_as_a_transcripts_labels():
    transcript = ("ADA MOSS-KELL: I had my chance and I played a bad game.\n\nQ. And the third set?\n\n"
                  "ADA MOSS-KELL: It was close.\n\nADA MOSS-KELL: She played well.")
    wire = "Ada Moss-Kell lost the final to Ivo Pent's pupil. Pent, her coach, watched."
    (f,) = [f for f in check("\"I had my chance and I played a bad game,\" Ivo Pent said.", {"t.txt": transcript, "w.txt": wire})
            if f.rule == "attribution-speaker"]
    assert "Ada Moss-Kell" in f.message and [x.replacement for x in f.fixes] == ["Ada Moss-Kell"]


def test_a_sports_brand_is_an_organization_told_apart_by_its_own_name():
    source = "SPORTS WIRE - TENNIS\n\nAda Moss won the final on Sunday."
    found = [(f.rule, f.message) for f in check("Moss, whose sponsor Brightmere Sports flew her family in, won.",
                                                {"w.txt": source})]
    assert found == [("unsupported-entity", 'No source mentions "Brightmere Sports": worth a check')]
    found = [(f.rule, f.message) for f in check("The distributor Pellmere Films bought it.", {"w.txt": source})]
    assert found == [("unsupported-entity", 'No source mentions "Pellmere Films": worth a check')]


def test_a_persons_name_keeps_its_letters_across_british_and_american_spellings():
    source = "Dr Ada Graycastle, who led the dig, said the grave was deep."
    (f,) = [f for f in check("Dr Ada Greycastle said the grave was deep.", {"w.txt": source}) if f.rule == "name-spelling"]
    assert [x.replacement for x in f.fixes] == ["Graycastle"]
    assert claims("Dr Ada Graycastle said the grave was deep.", {"w.txt": source}) == []


def test_a_name_made_an_adjective_is_told_apart_by_the_name():
    source = "Above it, in a ditch of the Roman period, the team found 37 coins."
    assert [f for f in check("In a Roman-period ditch they found 37 coins.", {"w.txt": source})
            if f.rule == "unsupported-entity"] == []


def test_a_bulleted_line_of_plain_text_is_a_block_whose_first_word_is_no_name():
    doc = Document("Result of the ballot:\n- Votes for: 291\n- Abstentions: 17\n\nThe end.", "c.txt")
    assert [doc.prose[s.start : s.end] for s in doc.sentences][1:3] == ["- Votes for: 291", "- Abstentions: 17"]
    source = "Result of the ballot:\n- Votes for: 291\n- Abstentions: 17\n\nThe motion passed."
    assert claims("Deputies backed it by 291 votes, with 17 abstentions.", {"c.txt": source}, "name-spelling") == []


def test_a_common_word_opening_a_heading_is_no_misspelling():
    source = "The bureau is independent under the Statistics Act 2004."
    assert claims("# Fact check: has the rate doubled?\n\nFact: it has not.", {"w.txt": source}, "name-spelling") == []


def test_a_span_of_months_and_a_ministers_portfolio_are_no_names():
    source = "Tarrow's Industries Minister Ivo Pent said sales rose in the September quarter."
    draft = "State Industries Minister Ivo Pent said sales rose in July-September."
    assert [f for f in check(draft, {"w.txt": source}) if f.rule == "unsupported-entity"] == []


def test_a_person_role_and_firm_set_off_before_said_is_the_persons_quote():
    (q,) = extract_mentions(Document("Commenting on it, Ada Moss, Managing Director, Tarrow Polymers Ltd, said: "
                                     "\"It was a good quarter.\"", "d.txt")).quotes
    assert q.speaker.text == "Ada Moss"


def test_she_said_in_the_paragraph_after_a_named_quote_is_that_speaker():
    source = ("Commenting on the results, Ada Moss, Managing Director, Tarrow Polymers Ltd, said: \"It was a good "
              "quarter.\"\n\nOn the new plant, she said: \"It is the largest investment in our history.\"\n\n"
              "Chief operating officer Ivo Pent said costs rose. \"We will hold our margin,\" he said.")
    draft = "\"It is the largest investment in our history,\" Pent said."
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]


def test_a_role_of_a_named_body_set_off_before_a_name_is_a_title():
    titles = extract_mentions(Document("The chief executive of Tarrow Ltd, Ada Moss, said it was fine.", "d.txt")).titles
    assert [(t.role, t.affiliation, t.target.text) for t in titles] == [("chief executive", "tarrow ltd", "Ada Moss")]


def test_an_office_at_another_rank_is_a_wrong_title():
    source = "The leader of the Tarrow Reform Party, Ada Moss, spoke. Its deputy leader, Ivo Pent, spoke too."
    (f,) = [f for f in check("Ada Moss, deputy leader of the Tarrow Reform Party, spoke.", {"w.txt": source})
            if f.rule == "title-mismatch"]
    assert f.severity == "warning" and [x.replacement for x in f.fixes] == ["leader"]
    assert claims("Ada Moss, leader of the Tarrow Reform Party, spoke.", {"w.txt": source}, "title-mismatch") == []
    assert claims("Ivo Pent, leader of the Tarrow Reform Party, spoke.", {"w.txt": source}, "title-mismatch") == [
        ("title-mismatch", "leader")]


def test_a_capitalized_office_of_a_department_is_a_title_not_a_persons_name():
    def read(text: str):
        m = extract_mentions(Document(text, "d.txt"))
        return ([n.text for n in m.names if n.kind == "person"], [(t.role, t.affiliation, t.target.text) for t in m.titles])
    assert read("Ada Moss, Head of Modern Pictures at Tarrow Morrow Ltd, said it.") == (
        ["Ada Moss"], [("modern pictures head", "tarrow morrow ltd", "Ada Moss")])
    assert read("Ada Moss, Director of Finance at Tarrow Ltd, said it.") == (
        ["Ada Moss"], [("finance director", "tarrow ltd", "Ada Moss")])
    source = "Ada Moss, Head of Modern Pictures at Tarrow Morrow Ltd, said: \"It sold well.\""
    assert claims("Ada Moss, the chairman of Tarrow Morrow Ltd, said it sold well.", {"w.txt": source},
                  "title-mismatch") == [("title-mismatch", "chairman")]


def test_a_role_with_its_portfolio_before_a_name_is_a_title():
    titles = extract_mentions(Document("The bill is fine, chief of staff Ivo Pent said. Members of staff Ada Moss "
                                       "and Edda Kell left.", "d.txt")).titles
    assert [(t.role, t.target.text) for t in titles] == [("staff chief", "Ivo Pent")]
    source = "Tarrow House spokesman Ivo Pent said the office supported the bill."
    assert claims("The office supports the bill, chief of staff Ivo Pent said.", {"w.txt": source}, "title-mismatch") == [
        ("title-mismatch", "chief of staff")]
    source = "Keldale's director of rugby, Ada Moss, said the card had cost her side."
    assert claims("Keldale's head coach, Ada Moss, said the card cost them.", {"w.txt": source}, "title-mismatch") == [
        ("title-mismatch", "head coach")]


def test_a_role_someone_becomes_is_no_title_they_hold():
    source = "Tarrow's chief executive, Ivo Pent, who will become chairman, backed the offer."
    assert claims("Its chief executive, Ada Moss, will lead it. Her counterpart, Ivo Pent, becomes chairman.",
                  {"w.txt": source}, "title-mismatch") == []


def test_a_seat_and_a_post_in_its_chamber_go_together():
    source = "Councillor Ivo Pent, the borough's cabinet member for schools, praised the report."
    assert claims("Ivo Pent, the council's deputy leader, praised the report.", {"w.txt": source}, "title-mismatch") == []
    source = "Senator Ada Moss, the majority leader, and Governor Ivo Pent spoke."
    assert claims("Governor Ada Moss spoke.", {"w.txt": source}, "title-mismatch") == [("title-mismatch", "Governor")]


def test_a_match_official_is_an_office_of_its_own():
    source = "Tournament director Ada Moss said attendance was a record. Ivo Pent umpired the final."
    assert claims("Tournament referee Ada Moss said attendance was a record.", {"w.txt": source},
                  "title-mismatch") == [("title-mismatch", "Tournament referee")]
    assert claims("Tournament director Ada Moss said attendance was a record.", {"w.txt": source}, "title-mismatch") == []


def test_a_quote_after_a_paragraph_reporting_a_persons_words_is_theirs_and_so_is_its_continuation():
    source = ("The house was built in 1962 by Ivo Pent, who died in 2009. His grandson, Edmund Pent, said the family "
              "had decided to sell.\n\n\"My grandfather built it with his own hands. He loved it,\" he said. "
              "\"We are sad to see it go, but it deserves a new family.\"\n\nThe agent, Ada Moss, expects a quick sale.")
    draft = "\"We are sad to see it go, but it deserves a new family,\" said Moss."
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Moss")]
    assert claims(draft.replace("Moss", "Edmund Pent"), {"w.txt": source}, "attribution-speaker") == []


def test_she_said_read_past_a_paragraphs_start_gives_the_speaker_a_gender():
    source = ("At a press conference, the minister, Ada Moss, called it \"the worst storm in a generation\".\n\n"
              "\"Nobody should sit in a cold house tonight wondering who cares,\" she said.")
    draft = "Ada Moss spoke at a press conference.\n\n\"Nobody should sit in a cold house tonight wondering who cares,\" he said."
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "he")]
    assert claims(draft.replace("he said", "she said"), {"w.txt": source}, "attribution-pronoun") == []


def test_the_person_a_speaker_talks_about_before_the_pronoun_is_not_the_speaker():
    source = ("The jury president, Ada Moss, praised the winners. On Ivo Pent, she added: \"He barely speaks in the "
              "film, and you cannot look away.\"\n\nPent thanked his director, and he dedicated the prize to his mother.")
    draft = "\"He barely speaks in the film, and you cannot look away,\" Pent said."
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]
    assert claims("Ivo Pent won. \"It was cold,\" he said.", {"w.txt": source}, "attribution-pronoun") == []


def test_a_transcripts_speaker_label_is_no_dateline():
    names = extract_mentions(Document("ADA MOSS, Tarrow head coach\n\nQ. How was it?\n\nADA MOSS: Good.", "t.txt")).names
    assert names[0].text == "ADA MOSS" and names[0].kind != "place"
    dateline = extract_mentions(Document("TARROW HALDEN, March 16 - Ada Moss won.", "w.txt")).names
    assert (dateline[0].text, dateline[0].kind) == ("TARROW HALDEN", "place")


def test_a_pronoun_in_a_reported_clause_or_an_apposition_weighs_less_than_the_speakers_own():
    source = ("Professor Ivo Pent, her colleague for 30 years, said she had \"the rare gift of seeing the pattern\". "
              "He said she had kept working until last year.\n\n\"She was the kindest critic I ever had,\" Pent said. "
              "\"It was a privilege,\" he said.")
    draft = "Ada Moss worked until last year. \"She was the kindest critic I ever had,\" he said."
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []
    assert claims(draft.replace("he said", "she said"), {"w.txt": source}, "attribution-pronoun") == [
        ("attribution-pronoun", "she")]


def test_a_pronoun_after_a_misattributed_quote_is_left_to_the_speakers_finding():
    source = ("Ivo Pent, the firm's product chief, said the price was fair. \"We thought hard about it,\" he said.\n\n"
              "Ada Moss, a senior analyst at Tarrow Research, forecast sales of 6.5 million.\n\n"
              "\"The battery story is strong, and that is what people complain about,\" she said.")
    draft = ("Ivo Pent said the price was fair. \"The battery story is strong, and that is what people complain about,\" "
             "Pent said. But she warned that the late start would cost sales.")
    assert claims(draft, {"w.txt": source}) == [("attribution-speaker", "Pent")]


def test_he_said_opening_the_paragraph_after_a_named_quote_is_that_speaker():
    source = ("Governor Ada Moss said the cut was not the start of a series. \"We will take each meeting as it comes,\" "
              "she said. She added that services prices remained a concern.")
    draft = ("\"We will take each meeting as it comes,\" Moss said.\n\nHe said services prices were still a worry.")
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "He")]
    assert claims(draft.replace("He said", "She said"), {"w.txt": source}, "attribution-pronoun") == []


def test_a_quote_joined_by_and_added_is_the_sentences_speakers():
    quotes = extract_mentions(Document("Giving judgment, Lady Justice Ada Moss said the judge had been \"right to act\" "
                                       "and added: \"Two men were asleep in the cabin.\"", "d.txt")).quotes
    assert [q.speaker.text for q in quotes] == ["Ada Moss", "Ada Moss"]


def test_a_clause_goes_on_after_an_aside_between_dashes():
    source = ("Three judges at the Court of Appeal in Tarrow - Lord Justice Ivo Pent, Lady Justice Ada Moss and "
              "Mr Justice Lev Hart - reduced the term to seven years on Thursday.")
    assert claims("The Court of Appeal on Wednesday reduced the sentence.", {"w.txt": source}, "date-mismatch") == [
        ("date-mismatch", "Wednesday")]


def test_a_sources_today_is_its_datelines_day_and_a_statements_date_dates_no_event():
    release = "date 2033-07-18\n\nThe reading makes today the hottest day in Tarrow since records began in 1884."
    paper = ("date 2033-07-19\n\nHospitals treated a thousand people, officials said on Tuesday, as the country "
             "recovered from the hottest day since records began.")
    (f,) = [f for f in check("Tarrow had its hottest day since records began in 1884 on Sunday.",
                             {"r.txt": release, "p.txt": paper}) if f.rule == "date-mismatch"]
    assert [x.replacement for x in f.fixes] == ["Monday"] and f.fixes[0].preferred


def test_a_club_or_prison_unknown_by_the_words_that_tell_it_apart_is_unsupported():
    source = "FC Tolsby sold him to Harbour Rovers. He watched by video link from HMP Welmoor."
    draft = "Castor FC wanted him too. He watched from HMP Stannerby."
    found = [draft[f.start:f.end] for f in check(draft, {"w.txt": source}) if f.rule == "unsupported-entity"]
    assert found == ["Castor FC", "HMP Stannerby"]
    assert [f for f in check("He watched from HMP Welmoor.", {"w.txt": source}) if f.rule == "unsupported-entity"] == []


def test_a_tie_for_a_place_is_a_rank_and_a_score_beside_another_rank_is_no_support():
    source = ("Ada Moss and Lena Vale tied for third on 12 under, two shots outside the play-off. "
              "Ivo Pent finished tied for 20th at four under. Pent climbs to fourth on the season rankings.")
    assert flagged("Ada Moss and Lena Vale tied for fourth at 12 under, two shots outside the play-off.", source) == [
        ("fourth", ["third"])]


def test_a_figure_in_words_is_no_clause_key_and_a_unit_ends_at_a_figure():
    from copydesk.factbase.text import content_words
    assert content_words("climbs to fourth on the rankings with seven wins") == content_words("climbs to on the rankings with wins")
    numbers = extract_mentions(Document("He made an eagle at the par-five 12th before dropping shots.", "d.txt")).numbers
    assert [n.unit for n in numbers] == []


def test_a_date_is_not_supported_by_a_clause_that_shares_only_its_names():
    wire = "Tarrow Rovers signed striker Ivo Pent from Velmar on Tuesday for 42 million pounds."
    release = "Fans can buy Ivo Pent shirts from the club shop from Wednesday morning."
    draft = "Tarrow Rovers signed striker Ivo Pent from Velmar on Wednesday for 42 million pounds."
    assert claims(draft, {"w.txt": wire, "r.txt": release}, "date-mismatch") == [("date-mismatch", "Wednesday")]


def test_each_date_of_two_joined_verb_phrases_has_its_own_event():
    release = "Ivo Pent passed his medical at Tarrow Park on Monday."
    draft = "Ivo Pent passed his medical at Tarrow Park on Monday and signed on Wednesday."
    assert claims(draft, {"r.txt": release}, "date-mismatch") == []


def test_a_month_the_sources_give_in_another_year_is_a_wrong_year():
    source = "The old record of 40.3C had stood since August 2019, when it was set at Quenby Marsh."
    (f,) = [f for f in check("The record of 40.3C was set at Quenby Marsh in August 2018.", {"w.txt": source})
            if f.rule == "date-mismatch"]
    assert [x.replacement for x in f.fixes] == ["2019"]


def test_an_amount_with_a_sources_conversion_in_brackets_is_that_amount():
    source = "Tarrow Rovers signed him for 42 million pounds (49.5 million euros), with 6 million pounds in add-ons."
    assert flagged("The club agreed to pay £46m (€49.5m) for the striker.", source) == [("46", ["42"])]
    assert flagged("The club agreed to pay £42m (€49.5m) for the striker.", source) == []


def test_a_professions_chief_post_is_an_office():
    source = "Dr Ivo Pent, the Executive's medical director, said wards were full."
    assert claims("Dr Ivo Pent, the Executive's chief nurse, said wards were full.", {"w.txt": source},
                  "title-mismatch") == [("title-mismatch", "chief nurse")]
    assert claims("Dr Ivo Pent, a doctor, said wards were full.", {"w.txt": source}, "title-mismatch") == []


def test_a_pronoun_after_a_quote_of_several_sentences_looks_back_from_where_the_quote_opens():
    source = ("Ada Moss KC, for the prosecution, said the sentence was fair. \"He had worked there for six years. "
              "He knew there was a night shift,\" she told the court. Ivo Pent KC, for the appellant, disagreed.")
    draft = "\"He had worked there for six years. He knew there was a night shift,\" Pent told the court."
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]


def test_the_number_of_a_plural_noun_counts_it_and_a_change_is_no_level():
    source = ("212,400 people were unemployed, up from 196,000 a year earlier. Since 2027 the number of unemployed "
              "people rose by 83,500.")
    (f,) = [f for f in check("The number of unemployed people rose from 128,900 to 221,400.", {"w.txt": source})
            if f.rule == "number-mismatch"]
    assert "212,400" in f.message
    assert flagged("The number of unemployed people rose by 83,500 since 2027.", source) == []


def test_a_spans_end_is_compared_with_ends():
    source = "The play runs at the Playhouse from 12 March to 25 April, with previews from 9 March."
    (f,) = [f for f in check("The play runs at the Playhouse from 12 March to 2 May.", {"w.txt": source})
            if f.rule == "date-mismatch"]
    assert [x.replacement for x in f.fixes] == ["25 April"]


def test_a_dash_before_a_date_joins_no_words_and_a_gazette_is_an_organization():
    doc = Document("By Ada Moss, Arts Correspondent, Tarrow Gazette - Thursday 4 March 2027.\n\nSaint - Germain won.",
                   "d.txt")
    names = {n.text: n.kind for n in extract_mentions(doc).names}
    assert names["Tarrow Gazette"] == "organization" and "Saint - Germain" in names


def test_a_swapped_figure_is_told_by_its_digits_before_a_looser_alignment():
    source = "Total prize fund £120,000; winner £68,050. Nine ran.\n\nThe race was worth £120,000 in total."
    (f,) = [f for f in check("The race was worth £120,000, of which the winner took £86,050.", {"w.txt": source})
            if f.rule == "number-mismatch"]
    assert "68,050" in f.message


def test_a_count_with_swapped_digits_is_told_though_it_counts_another_noun():
    source = "The other 40 shops will keep trading while a buyer is sought, saving 1,463 jobs for now."
    (f,) = [f for f in check("The other 40 shops keep trading while a buyer is found, keeping 1,436 people in work.",
                             {"w.txt": source}) if f.rule == "number-mismatch"]
    assert "1,463" in f.message and [x.replacement for x in f.fixes] == ["1,463"]
    # money is not a count, and three digits may be another figure by chance
    assert claims("The 40 shops keep trading, keeping 146 people in work.",
                  {"w.txt": "The other 40 shops will keep trading, saving 164 jobs for now."}, "number-mismatch") == []
    assert claims("The 40 shops keep trading, at a cost of £1,436 a week.", {"w.txt": source}, "number-mismatch") == []


def test_a_wrong_weekday_is_compared_with_the_date_its_words_lead_to():
    source = "A red warning remains in force until 18:00 on Friday, and an amber warning until 06:00 on Saturday."
    (f,) = [f for f in check("A red warning is in force until 6pm, with an amber warning until 6am on Sunday.",
                             {"w.txt": source}) if f.rule == "date-mismatch"]
    assert "Saturday" in f.message and [x.replacement for x in f.fixes] == ["Saturday"]


def test_a_figure_stated_for_what_it_is_of_is_supported_however_little_else_is_shared():
    sources = {"list.txt": "Ivo Pent, 19. Result: Compensation 150 pounds. Costs 85 pounds. Victim surcharge 114 pounds.",
               "report.txt": "Judge Ada Moss ordered Ivo Pent to do 80 hours of unpaid work and to pay the victim 150 pounds."}
    draft = "Judge Moss ordered Pent to do 80 hours of unpaid work and to pay £150 compensation, £85 costs and a £114 surcharge."
    assert claims(draft, sources, "number-mismatch") == []
    assert claims(draft.replace("£114", "£141"), sources, "number-mismatch") == [("number-mismatch", "141")]
    # an age is whoever it names: other boys of that age are not the victim
    source = ("A 16-year-old boy was stabbed to death at a house party in west Tarrow on Saturday night. Police "
              "later arrested two boys aged 15 and 17 on suspicion of murder; both were bailed until December.")
    assert claims("A 15-year-old boy has been stabbed to death at a house party in west Tarrow.", {"w.txt": source},
                  "number-mismatch") == [("number-mismatch", "15")]


def test_a_swap_gives_the_very_digits_not_a_figure_near_them():
    source = "In September, 71.4% of patients were seen within four hours. August's figure was revised from 74.0% to 73.9%."
    assert claims("A&E performance falls to 71.4% as waits climb", {"w.txt": source}, "number-mismatch") == []


def test_a_rounding_is_no_cover_for_swapped_digits():
    source = "The mission costs 3.8 billion marks, about $296 million, including five years of operations."
    assert claims("The mission costs 3.8 billion marks, about $269m.", {"w.txt": source}, "number-mismatch") == [
        ("number-mismatch", "269")]
    assert claims("The mission costs 3.8 billion marks, about $300m.", {"w.txt": source}, "number-mismatch") == []


def test_a_count_of_people_is_stated_by_a_kind_of_people():
    source = ("Deputies arrested two people on suspicion of looting. About 2,600 residents remained under "
              "evacuation orders on Tuesday night.")
    assert claims("About 2,600 people remain under evacuation orders, and deputies arrested two people.",
                  {"w.txt": source}, "number-mismatch") == []


def test_the_other_of_several_dates_is_the_one_its_own_words_lead_to_and_keeps_the_drafts_style():
    source = ("The phones go on sale in Valdmark on Friday, 19 September 2031, in Ostrelle on Friday, 26 September "
              "2031, and in Marrowland on Friday, 10 October 2031.")
    (f,) = [f for f in check("The phones go on sale in Valdmark on Sept. 19, in Ostrelle a week later and in "
                             "Marrowland on Oct. 17.", {"w.txt": source}) if f.rule == "date-mismatch"]
    assert [x.replacement for x in f.fixes] == ["Oct. 10"]


def test_a_date_line_under_the_headline_dates_the_source():
    from copydesk.document import find_dateline
    assert find_dateline("PRESS RELEASE\nTarrow LLP\nFor immediate release: Tuesday 9 March 2027\n\nText.").date.isoformat() == "2027-03-09"
    assert find_dateline("Headline\n\nBy Ada Moss\nMarch 9, 2027\n\nText.").date.isoformat() == "2027-03-09"
    assert find_dateline("The talks begin on Tuesday 9 March 2027, the union said.") is None


def test_a_title_is_compared_with_what_the_sources_say_most_precisely():
    source = ("The director, Ada Moss, has spent two years on the script. The play is directed by Ada Moss, the "
              "Playhouse's associate director. Ivo Pent, the Playhouse's artistic director, chose it.")
    assert claims("Ada Moss, the Playhouse's artistic director, directs.", {"w.txt": source}, "title-mismatch") == [
        ("title-mismatch", "artistic director")]
    assert claims("Ada Moss, the play's director, directs.", {"w.txt": source}, "title-mismatch") == []


def test_the_other_day_of_a_pair_in_one_month_is_a_date():
    source = "He was banned for two days, on 27 and 28 May, for careless riding."
    (f,) = [f for f in check("He was banned for two days, on May 27 and 29, for careless riding.", {"w.txt": source})
            if f.rule == "date-mismatch"]
    assert [(x.replacement, x.preferred) for x in f.fixes] == [("28", True)]
    assert [d.text for d in extract_mentions(Document("On May 27 and 29 people came.", "d.txt")).dates] == ["May 27"]


def test_a_title_written_in_lower_case_is_no_miscased_name():
    source = ("Tarrow Logistics promotes Ivo Pent to President, European Operations.\n\n"
              "Author: Ada Moss, Chief Equity Strategist at Harl Securities")
    draft = "Ivo Pent becomes president, European operations. Ada Moss, chief equity strategist at Harl Securities, agreed."
    assert claims(draft, {"w.txt": source}, "name-spelling") == []


def test_a_forms_fields_and_a_tables_cells_are_no_name():
    source = ("Document 4\nDate: 22 June 2031\nTime: 16:48\nCompetitor:   Velmar Racing\n\n"
              "Pos  Driver           Team\n1    Ivo Pent         Velmar Racing\n2    Ada Moss  Harl Motorsport\n\n"
              "Stewards:\nLena Vale\nOskar Brandt\n\n"
              "Ivo Pent, a Swede, was wholly to blame, the stewards said.")
    names = extract_mentions(Document(source)).names
    doc_names = {n.text for n in names}
    assert {"Velmar Racing", "Ada Moss", "Harl Motorsport", "Lena Vale", "Oskar Brandt"} <= doc_names
    assert not {n for n in doc_names if "Time " in n or "Moss Harl" in n or "Vale Oskar" in n}
    assert not [n for n in names if n.text in ("Date", "Time") and n.certain]  # a field's label opens its block
    # "the Dane" is no misspelling of the form's "Date", and a nationality noun is a nationality
    assert claims("The stewards found the Dane wholly to blame.", {"w.txt": source}) == []
    assert claims("The Dane Ivo Pent was wholly to blame.", {"w.txt": source}) == [("title-mismatch", "Dane")]
    assert claims("Pent, a Swede, was wholly to blame.", {"w.txt": source}) == []


def test_a_nationality_noun_is_its_country():
    assert country_of("Dane") == country_of("Danish") and country_of("Frenchmen") == country_of("France")


def test_a_role_apposition_that_runs_into_a_listed_organization_leaves_the_person_speaking():
    source = ('Dame Ada Moss, chair of the Community, Voluntary and Local Services Committee, said: '
              '"They simply saw a need and met it."\n\nIvo Pent, the coxswain, said the pager went at night.')
    draft = 'Dame Ada Moss, who chairs the committee, said they "simply saw a need and met it".'
    assert claims(draft, {"w.txt": source}) == []
    assert claims(draft.replace("Dame Ada Moss, who chairs the committee,", "Ivo Pent"), {"w.txt": source}) == [
        ("attribution-speaker", "Ivo Pent")]


def test_a_fathers_name_after_bin_is_no_title_and_a_fix_opening_a_sentence_keeps_its_capital():
    source = ("Oman's minister of state for foreign affairs, Hilal bin Sultan al-Tarrowi, said the talks were frank. "
              "Al-Tarrowi, the minister, added that the cap would hold.")
    draft = "Hilal bin Sultan al-Tarrowi, Oman's minister of state for foreign affairs, said the talks were frank."
    assert claims(draft, {"w.txt": source}) == []
    (f,) = [f for f in check("Al-Tarrowy said the talks were frank.", {"w.txt": source}) if f.rule == "name-spelling"]
    assert f.fixes[0].replacement == "Al-Tarrowi"


def test_a_name_written_family_name_first_is_the_same_person():
    sources = {"release.txt": "Chief executive Tsunaki Velmori said the orders were real. Velmori spoke in Osaka.",
               "wire.txt": 'Velmori Tsunaki, the chief executive, said: "The orders were real."'}
    draft = '"The orders were real," chief executive Tsunaki Velmori said.'
    assert claims(draft, sources) == []


def test_a_quote_of_several_paragraphs_introduced_by_a_colon_is_its_speakers():
    source = ('Detective Inspector Ada Moss, who leads the inquiry, said: "This was a cowardly attack on a young man '
              'making his way home. He has suffered serious injuries.\n\n'
              '"I am convinced that somebody saw something."\n\nShe added that officers had spoken to 38 people.')
    draft = '"I am convinced that somebody saw something," she said. Moss called it "a cruel attack".'
    assert claims(draft, {"w.txt": source}) == [("misquote", "cruel")]


def test_a_service_rank_and_a_post_go_together():
    source = "Army spokesman Brigadier General Ivo Pent said the strike hit its target."
    draft = "Brigadier General Ivo Pent, the army's spokesman, said the strike hit its target."
    assert claims(draft, {"w.txt": source}) == []
    assert claims("Colonel Ivo Pent said the strike hit its target.", {"w.txt": source}) == [("title-mismatch", "Colonel")]
    # "director-general" is an office, not a general's rank
    bureau = "Ada Moss, director of investigations at the Tarrow Safety Bureau, said the oven was removed."
    assert claims("Ada Moss, director-general of the Tarrow Safety Bureau, said the oven was removed.",
                  {"w.txt": bureau}) == [("title-mismatch", "director-general")]


def test_a_titled_name_set_off_before_said_speaks_not_the_place_before_it():
    source = ('The leader of the council for Tarrow, Councillor Ada Moss, said: "These figures confirm what we see."\n\n'
              'The coordinator for Velmar, Ms. Lena Vale, said: "Markets are not targets."')
    draft = '"These figures confirm what we see," she said. "Markets are not targets," Vale said.'
    assert claims(draft, {"w.txt": source}) == []


def test_a_partial_quotes_fix_quotes_only_the_words_it_spans():
    source = ('Governor Ada Moss said: "Inflation is proving stickier than we had hoped, and the board will not '
              'hesitate to act if that persists."')
    draft = ('Moss said inflation was "proving stickier than we had hoped, and the board will not hesitate to act '
             'if that continues".')
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "misquote"]
    assert draft[f.start : f.end] == "continues"
    assert [x.replacement for x in f.fixes] == [
        "proving stickier than we had hoped, and the board will not hesitate to act if that persists"]


def test_a_transcripts_full_name_label_and_its_surname_labels_are_one_speaker():
    source = ("Ada Halvorsen won the Tarrow Prize. Ivo Carradine translated her novel.\n\n"
              "LENA ASHWORTH: How does it feel?\n\nADA HALVORSEN: I slept for about three hours.\n\n"
              "ASHWORTH: Ivo, how did you start?\n\nIVO CARRADINE: I spent fourteen months on the vocabulary of the salt pans.\n\n"
              "ASHWORTH: Did you disagree?\n\nHALVORSEN: All the time.\n\nCARRADINE: Constantly, and very politely.")
    quotes = extract_mentions(Document(source, "interview.txt")).quotes
    assert ("I slept for about three hours.", "ADA HALVORSEN") in [(q.text, q.speaker.text) for q in quotes]
    draft = '"I spent fourteen months on the vocabulary of the salt pans," Halvorsen said.'
    assert claims(draft, {"interview.txt": source}) == [("attribution-speaker", "Halvorsen")]


def test_a_pronoun_reporting_a_view_is_checked_and_a_finance_house_is_no_person():
    source = ('"Separator film is a crowded market," said Lin Mairova, an analyst at Hexan Securities in Hong Kong. '
              'She said she expected the venture to lose money. Velmar Separator Co makes the film.')
    draft = ('"Separator film is a crowded market," said Lin Mairova, an analyst at Hexan Securities in Hong Kong. '
             'He expects the venture to lose money.')
    assert claims(draft, {"w.txt": source}) == [("attribution-pronoun", "He")]
    assert claims(draft.replace("He expects", "She expects"), {"w.txt": source}) == []


def test_a_pronoun_after_a_sentence_naming_two_people_gives_neither_a_gender():
    source = ("Ivo Pent tried to pass Ada Moss for fourth place. He locked his front tyre, his car slid, and his "
              "race was over.\n\n"
              "Moss was furious. \"He was never going to make that corner,\" she said.")
    draft = "\"He was never going to make that corner,\" he said."
    assert claims(draft, {"w.txt": source}) == [("attribution-pronoun", "he")]


def test_whom_a_quote_speaks_of_is_not_the_narrations_he():
    source = ('Chief executive Ivo Pent said in a statement: "Lower grades at Tarrow Ridge mean we are cautious." '
              'He said the company would update investors in August.')
    draft = '"Lower grades at Tarrow Ridge mean we are cautious," she said.'
    assert claims(draft, {"w.txt": source}) == [("attribution-pronoun", "she")]


def test_a_quote_opening_a_paragraph_with_he_says_is_the_one_person_named_before():
    source = ("Ivo Carradine keeps his pager clipped to his belt.\n\n"
              "Mr Carradine took the lifeboat alongside in seas of eight metres.\n\n"
              "\"The pager goes, you run,\" he says with a shrug.\n\nAda Moss, the station manager, praised the crew.")
    draft = "\"The pager goes, you run,\" said Ada Moss, the station manager."
    assert claims(draft, {"w.txt": source}) == [("attribution-speaker", "Ada Moss")]


def test_a_source_date_the_sentences_other_date_gives_does_not_contradict_this_one():
    source = ("Issued at Korvenholm on Monday, 4 March 2030.\n\n"
              "The board will limit night flights over the Korvenholm estuary to 40 a week, shared between the "
              "two airlines, with effect from 1 October 2031.")
    draft = ("A ruling issued on March 4 limits night flights over the estuary to 40 a week from October 2031, "
             "shared between the two airlines.")
    assert claims(draft, {"w.txt": source}, "date-mismatch") == []
    # a wrong day is not "fixed" to the other date's
    assert [f.fixes for f in check(draft.replace("March 4", "March 9"), {"w.txt": source})
            if f.rule == "date-mismatch"] in ([], [[]])


def test_a_time_taken_is_one_figure_compared_whole():
    source = ("Ilka Marsh won the Dunmore half marathon in 1 hour 4 minutes 52 seconds on Sunday, pulling clear of "
              "Jonas Breck in the final mile. Petra Oyelaran won the women's race in 1:11:09.")
    assert claims("Petra Oyelaran won the women's race in 1 hour 11 minutes 9 seconds.", {"w.txt": source},
                  "number-mismatch") == []
    assert claims("Ilka Marsh won the half marathon in 1:04:52.", {"w.txt": source}, "number-mismatch") == []
    (f,) = [f for f in check("Ilka Marsh won the Dunmore half marathon in 1:04:25 on Sunday, pulling clear of Jonas "
                             "Breck in the final mile.", {"w.txt": source}) if f.rule == "number-mismatch"]
    assert [x.replacement for x in f.fixes] == ["1:04:52"]


def test_a_height_in_feet_and_inches_is_one_figure():
    source = ("The first man is described as white, aged about 40, about 6ft 1in tall, of slim build, with short grey "
              "hair. The second is about 5ft 8in tall.")
    assert claims("The first man is white, about 40, about 6ft 1in tall and slim, with short grey hair.",
                  {"w.txt": source}, "number-mismatch") == []
    assert claims("The first man is white, about 40, about 6ft 3in tall and slim, with short grey hair.",
                  {"w.txt": source}, "number-mismatch") == [("number-mismatch", "6ft 3in")]


def test_a_range_runs_up_in_one_unit():
    source = ("District  2020  2030  Change\nOrlby  41,200  40,705  -1.2%\n\n"
              "Harwick grew fastest, by 8.4% to 52,310. The share of renters rose 2.6 percentage points to 31.5%.")
    allowed = {n.text: (n.low, n.high) for n in extract_mentions(Document(source, "s.txt")).numbers}
    assert [allowed[x] for x in ("1.2%", "2.6 percentage points", "31.5%")] == [(1.2, 1.2), (2.6, 2.6), (31.5, 31.5)]
    assert "40,705" not in allowed  # a level in a table has no unit of its own
    from copydesk.mentions.numbers import CHANGE
    marked = {n.text: CHANGE in n.anchor for n in extract_mentions(Document(source, "s.txt")).numbers}
    assert (marked["2.6 percentage points"], marked["31.5%"]) == (True, False)  # points measure a change
    assert [(c, x) for c, x in claims("Harwick grew by 4.8%, to 52,310, the fastest rise.", {"w.txt": source})
            if c == "number-mismatch"] == [("number-mismatch", "4.8")]


def test_a_source_figure_another_figure_of_the_sentence_gives_is_that_figures():
    source = ("The Larnmark index closed 0.62 per cent lower on Friday, and it is now 1.41 per cent down on the week. "
              "It remains 7.35 per cent higher for the year.")
    draft = "The benchmark fell 0.62% on Friday and is now 1.41% lower for the week, though still up about 7% since January."
    assert claims(draft, {"w.txt": source}, "number-mismatch") == []
    assert ("number-mismatch", "1.14") in claims(draft.replace("1.41%", "1.14%"), {"w.txt": source}, "number-mismatch")


def test_a_swapped_count_of_a_specific_unit_is_found_however_little_the_clauses_share():
    source = "A crowd of 4,375 watched the final, the largest at Dunhollow Park since the stand was rebuilt."
    draft = "The crowd of 4,357, which included the club's patron Edwina Stroud, cheered the winners home."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "number-mismatch"]
    assert (draft[f.start : f.end], f.severity, [x.replacement for x in f.fixes]) == ("4,357", "warning", ["4,375"])
    assert claims(draft.replace("4,357", "4,375"), {"w.txt": source}, "number-mismatch") == []
    assert claims(draft.replace("4,357", "4,753"), {"w.txt": source}, "number-mismatch") == []  # no swap of it


def test_a_distance_the_sources_give_is_supported_however_the_clauses_differ():
    source = ("Ada Moss broke away from Lena Vale at 39 kilometres and won by 28 seconds.\n\n"
              "\"I was not thinking about winning until the last three kilometres,\" Moss said.")
    draft = "Moss made the decisive surge at 39km, on the climb to the cathedral, to win by 28 seconds."
    assert claims(draft, {"w.txt": source}) == []


def test_a_name_with_a_middle_name_is_the_same_person():
    from copydesk.factbase.build import factbase_from_texts

    source = ("Mrs Rosalind Mary Tarrowby, CBE. Headteacher, Sandwick Academy. For services to Education.\n\n"
              "Mrs Rosalind Tarrowby (DBE)\n\nMrs Tarrowby said she was proud of her pupils.")
    people = [e for e in factbase_from_texts({"w.txt": source}).entities if e.kind == "person"]
    assert [sorted(e.aliases) for e in people] == [["Rosalind Mary Tarrowby", "Rosalind Tarrowby", "Tarrowby"]]


def test_a_forecast_date_does_not_date_what_happened_and_a_periods_bound_no_event():
    source = ("Tuesday 14 November 2034\n\nNearly 30,000 homes were without power after the storm. "
              "The company expected to restore power to most customers by Wednesday evening.")
    draft = "Nearly 30,000 homes were still without power on Tuesday evening after the storm."
    assert claims(draft, {"w.txt": source}) == []
    court = ("8 July 2031\n\nAt the High Court today, Lord Tarrow sentenced Ivo Pent to eight years, backdated to "
             "17 March 2031, the date on which he was remanded.")
    draft = "Sentencing him on Tuesday, Lord Tarrow said the sentence was backdated to March 17."
    (f,) = [f for f in check(draft.replace("on Tuesday", "on Wednesday"), {"c.txt": court}) if f.rule == "date-mismatch"]
    assert [x.replacement for x in f.fixes] == ["Tuesday"]  # the sentencing's day, not the backdating's Monday
    assert claims(draft, {"c.txt": court}) == []


def test_a_weekday_that_does_not_fit_its_day_is_read_in_the_year_the_sources_give_that_day():
    sources = {"union.txt": "The union called strikes on three days:\n\nMonday 14 March 2033\nWednesday 16 March 2033\n"
                            "Friday 18 March 2033\n\nThe ballot closed in 2034 for the next round.",
               "rail.txt": "The operator said the strikes were regrettable."}
    draft = "The union has called strikes for Monday 14 March, Thursday 16 March and Friday 18 March."
    assert claims(draft, sources, "date-mismatch") == [("date-mismatch", "Thursday")]


def test_a_misquotes_fix_keeps_the_source_words_past_a_changed_ending():
    source = 'Ada Moss said: "Lecture theatres were full to the doors, and feedback came too late."'
    draft = 'Moss said lecture theatres were "full to bursting".'
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "misquote"]
    assert f.fixes and all(x.replacement.startswith("full to the doors") for x in f.fixes)  # not "full to the"


def test_a_professor_may_be_the_vice_chancellor_and_a_speakers_honorific_stops_a_fix():
    source = ("Professor Ada Moss, Vice-Chancellor of Tarrow University, welcomed the result. "
              '"It was not won by accident," said Ivo Pent, the table\'s editor.')
    assert claims("Professor Ada Moss, the vice-chancellor, welcomed the result.", {"w.txt": source}) == []
    draft = '"It was not won by accident," Dr Moss said.'
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "attribution-speaker"]
    assert f.fixes == []  # "Dr Pent" is no one the sources name


def test_a_committee_records_question_numbers_are_no_part_of_the_speakers_name():
    source = ("Ada Moss chaired the committee. Ivo Pent gave evidence.\n\n"
              "Q12 Ada Moss: Your passengers do not care whose pier it is.\n\nIvo Pent: I understand that.\n\n"
              "Q13 Ada Moss: When will the ships arrive?\n\nIvo Pent: In the spring.")
    draft = 'Ivo Pent told her: "Your passengers do not care whose pier it is."'
    (f,) = [f for f in check(draft, {"t.txt": source}) if f.rule == "attribution-speaker"]
    assert "Ada Moss" in f.message and "Q12" not in f.message


def test_an_organization_headed_by_a_plural_org_word_no_source_names_is_unsupported():
    source = "Tarrow Mutual named Ada Moss its chief executive. Tarrow Mutual Partners is its pension arm."
    draft = "Tarrow Mutual used the headhunters Strathvale Partners to run the search."
    assert [(f.rule, draft[f.start:f.end]) for f in check(draft, {"w.txt": source})] == [
        ("unsupported-entity", "Strathvale Partners")]


def test_said_dr_name_is_that_persons_quote():
    source = ('Chief forecaster Dr Ada Moss said the storm was deepening. Deputy forecaster Ivo Pent said: '
              '"We don\'t issue red warnings lightly. Stay indoors."')
    draft = '"We don\'t issue red warnings lightly," said Dr Moss.'
    assert claims(draft, {"w.txt": source}) == [("attribution-speaker", "Moss")]


def test_a_release_prints_a_quote_bare_and_a_wire_names_its_speaker():
    sources = {"release.txt": '"Our forecast assumes a stronger yen than last year, so the growth is our own."\n\n'
                              "Chief executive Ivo Pent presented the results.",
               "wire.txt": '"Our forecast assumes a stronger yen than last year," Ada Moss, the finance chief, said. '
                           "Ivo Pent, the chief executive, spoke first."}
    draft = '"Our forecast assumes a stronger yen than last year, so the growth is our own," Pent said.'
    assert claims(draft, sources) == [("attribution-speaker", "Pent")]
    assert claims(draft.replace("Pent said", "Moss said"), sources) == []


def test_a_figure_its_sources_sentence_writes_with_the_drafts_other_figures_is_that_fact():
    sources = {"summary.txt": "Curlew: 174 pairs in 2006 and 41 pairs in 2031, a decline of 76.4%.",
               "release.txt": "The survey found 1,843 pairs of breeding waders in 2031, down from 4,215 in 2006, a fall of 56%."}
    draft = "Just 41 pairs were found, compared with 174 in 2006, a fall of 76.4% since the survey began."
    assert claims(draft, sources) == []


def test_an_english_word_a_results_table_capitalizes_is_no_miscased_name():
    source = ("Batch 3: Commonweal 24, Harbour 13, Independents 2\n\nStatement by the Returning Officer\n\n"
              "Ada Moss, Returning Officer, declared the result.")
    draft = "Commonweal have 24 seats and independents hold two. The returning officer, Ada Moss, declared the result."
    assert claims(draft, {"w.txt": source}, "name-spelling") == []


def test_a_statements_day_is_compared_with_statements_and_a_day_with_days_not_a_spans_bound():
    source = ("Tuesday 14 August 2029\n\nBetween 1 January 2027 and 31 March 2029, the bank's collections unit "
              "treated customers unfairly, the authority said in a notice on Tuesday.")
    draft = "The authority said on Tuesday that the failings lasted from January 2027 until March 2029."
    assert claims(draft, {"w.txt": source}) == []
    notice = "Passengers booked on 5 or 6 March 2026 may rebook free of charge; the strike runs on Thursday and Friday."
    assert claims("Passengers booked on Thursday, March 5, can rebook.", {"w.txt": notice}, "date-mismatch") == []


def test_a_councillors_title_stops_a_speaker_fix():
    source = ('Ada Moss, chair of the residents group, said: "We will appeal this decision." '
              "Councillor Ivo Pent voted against the plan.")
    (f,) = [f for f in check('"We will appeal this decision," Cllr Pent said.', {"w.txt": source})
            if f.rule == "attribution-speaker"]
    assert f.fixes == []


def test_a_misquotes_fix_opening_the_drafts_sentence_keeps_its_capital():
    source = 'Ivo Pent said the striker "chose us because he chose the project, not the money".'
    draft = '"He chose the project, not the salary," Pent said.'
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "misquote"]
    assert all(x.replacement.startswith("He chose") for x in f.fixes) and f.fixes


def test_a_pipe_tables_rows_are_blocks_and_a_street_is_no_month():
    source = ("Ratings\n\nBusiness name | Address | Rating | Date of inspection\n"
              "Lucky Heron Takeaway | 14 Cobbold Street, Tarrow | 0 | Tuesday 4 February 2031\n"
              "The Saffron Kettle | 3 Market Row, Tarrow | 1 | Wednesday 29 January 2031\n")
    draft = "The Saffron Kettle, 3 Market Row, Tarrow, was rated 1 (January 29). Lucky Heron got 0 on February 4."
    assert claims(draft, {"w.txt": source}) == []
    assert not [d for d in extract_mentions(Document("We met at 3 Market Row.")).dates]


def test_a_places_state_set_off_before_said_is_no_speaker_and_a_month_of_a_year_given_is_that_month():
    source = ('A jury in Denver found for Ada Moss in June 2028. The company fired her in February 2027. '
              'Moss, who now drives a school bus in Larchmere Springs, Colorado, said she was "relieved, and a little '
              'bit vindicated."')
    draft = ('The appeals court reinstated the June 2028 verdict for Ada Moss. Moss, who now drives a school bus, '
             'said she felt "relieved, and a little bit vindicated."')
    assert claims(draft, {"w.txt": source}) == []


def test_a_generic_body_the_sources_name_a_role_by_is_the_body_the_draft_writes_out():
    source = ('The Tarrow Harbour Board welcomed the report. The Harbour Board runs the port.\n\n'
              'The Board\'s chief executive, Ada Moss, said: "We accept both recommendations addressed to the '
              'Harbour Board in full."')
    draft = "The Harbour Board's chief executive, Ada Moss, said it accepted both recommendations."
    assert claims(draft, {"w.txt": source}) == []


def test_a_day_a_state_still_held_is_not_the_day_it_began():
    source = ("The painting was found on Monday 6 February 2034, when two men were arrested, taken into custody "
              "and questioned. Both remain in custody and are being questioned.")
    draft = "Two men were arrested on Monday. Both were still being questioned in custody on Tuesday."
    assert claims(draft, {"w.txt": source}) == []


def test_a_figure_a_table_writes_beside_the_name_is_supported_and_a_code_is_no_name():
    sources = {"release.txt": "Sales by product (EUR million)\n\nZentrovan (infectious diseases): 537 (-8%)\n\n"
                              "Affected batches: B32-41 and B32-44.",
               "call.txt": "Generic competition arrived in February, and Zentrovan sales fell 8 percent to 540 million euros."}
    draft = "Zentrovan sales fell 8% to 537 million euros. Batches B32-31 and B32-40 are not affected."
    assert claims(draft, sources) == []


def test_a_figure_beside_a_name_in_another_currency_is_no_support():
    source = "Chief Executive Ivo Pent said Tarrow Pharma would spend 537 million dollars on a plant in Sorel."
    draft = "Chief Executive Ivo Pent said the company would spend 537 million euros on a new plant in Sorel."
    assert [r for r, _ in claims(draft, {"w.txt": source})] == ["number-mismatch"]


def test_the_drafts_dateline_is_no_date_written_for_another_event():
    source = "date 2029-10-11\n\nThree judges at the Court of Appeal in Tarrow on Thursday cut the sentence of Ivo Pent."
    draft = "TARROW, Oct 11 - The Court of Appeal on Wednesday cut the sentence of Ivo Pent."
    assert claims(draft, {"w.txt": source}) == [("date-mismatch", "Wednesday")]


def test_a_countrys_adjective_is_no_misspelling_and_her_lawyer_speaks_of_her():
    source = ("Ash from the eruption in Iceland grounded 142 flights. Ada Moss, 27, was banned for four years; "
              "her lawyer, Ivo Pent, said the ruling was wrong. He said his client would appeal.")
    assert claims("Ash from Icelandic volcano grounds 142 flights.", {"w.txt": source}) == []
    assert claims("Her lawyer, Ivo Pent, said she would appeal.", {"w.txt": source}) == []


def test_a_reports_first_person_is_someone_and_a_swap_beats_a_closer_clause():
    source = ('I wrote to the Secretary of State that the prison had "become a place where too many men are '
              'frightened". In our survey, 38% of prisoners said they felt unsafe, compared with 24% in 2028.\n\n'
              "Dr Ada Moss, Chief Inspector")
    draft = ('In a letter to the Secretary of State, she wrote that it had "become a place where too many men are '
             'frightened". In 2028, 42% of prisoners said they felt unsafe.')
    found = [(f.rule, draft[f.start : f.end], [x.replacement for x in f.fixes]) for f in check(draft, {"w.txt": source})
             if f.severity == "warning"]
    assert found == [("number-mismatch", "42", ["24"])]


def test_a_weekday_no_source_gives_is_compared_with_the_date_of_the_source_that_tells_the_news():
    sources = {"summary.txt": "TARROW EXCHANGE\nDaily summary\nIssued: 17:40, Tuesday, 11 March 2031\n\n"
                              "Grenmoor equities had their worst day in four months. The index fell 157 points.",
               "notice.txt": "Status: Tuesday, 11 March 2031, 18:30 CET\n\nThe exchange will publish its weekly "
                             "figures on Friday 14 March 2031."}
    draft = "Grenmoor shares suffered their worst day in four months on Wednesday."
    (f,) = [f for f in check(draft, sources) if f.rule == "date-mismatch"]
    assert "Tuesday" in f.message and f.fixes == []  # the day the news is of, not written: no fix
    assert claims(draft.replace("Wednesday", "Tuesday"), sources) == []
    # news may be a day older than its report ("the index fell on Monday" in Tuesday's summary) ...
    assert claims(draft.replace("Wednesday", "Monday"), sources, "date-mismatch") == []
    # ... a weekday a source gives to anything is no contradiction, and what is to come is not dated by it
    assert claims(draft.replace("Wednesday", "Friday"), sources, "date-mismatch") == []
    assert claims("On Thursday Grenmoor equities try to recover their worst day in four months.", sources,
                  "date-mismatch") == []


def test_a_statement_is_of_the_day_its_source_is_dated_when_the_source_gives_no_other():
    sources = {"notice.txt": "MARLOW STANDARDS AUTHORITY\nPress notice\n\nPublished Tuesday 14 August 2029\n\n"
                             "Marlow Standards Authority fines Tarrow Bank 48 million pounds for failing customers\n\n"
                             "The Marlow Standards Authority has fined Tarrow Bank 48 million pounds for failing "
                             "customers in arrears between January 2027 and March 2029."}
    draft = "The Marlow Standards Authority said on Monday it had fined Tarrow Bank 48 million pounds."
    (f,) = [f for f in check(draft, sources) if f.rule == "date-mismatch"]
    assert "Tuesday" in f.message and "notice.txt, dated Tuesday 14 August 2029" in f.message and f.fixes == []
    # a statement is not a day older than its report, but a source's "last night" is
    assert claims(draft.replace("Monday", "Tuesday"), sources) == []
    sources["notice.txt"] = sources["notice.txt"].replace("has fined", "last night fined")
    assert claims("The Marlow Standards Authority fined Tarrow Bank 48 million pounds on Monday.", sources,
                  "date-mismatch") == []


def test_a_figure_of_someone_the_sources_never_name_is_not_their_total():
    source = ("The exhibition brings together 68 works: 41 paintings, 19 drawings and 8 etchings, lent by 23 "
              "museums and private collections. Ada Moss, the museum's director, lent three drawings of her own.")
    draft = "Ivo Pentreath, a collector who lent two drawings, called it overdue."
    assert claims(draft, {"kit.txt": source}, "number-mismatch") == []
    # a person the sources name, nearly spelt, is still compared
    assert claims("Ada Mos, the director, lent two drawings of her own.", {"kit.txt": source},
                  "number-mismatch") == [("number-mismatch", "two")]


def test_an_age_before_or_beside_a_role_in_apposition_leaves_the_role_a_title():
    source = "Ada Moss, the company's chief technology officer, will hold 9.8% of the shares after the listing."
    for draft in ("Moss, the 38-year-old chief operating officer, will hold 9.8%.",
                  "Ada Moss, 38, the chief operating officer, will hold 9.8%."):
        assert claims(draft, {"w.txt": source}, "title-mismatch") == [("title-mismatch", "chief operating officer")]


def test_an_insurers_mutual_is_an_organization_and_its_chiefs_pronoun_speaks_for_him():
    source = ("Ada Moss, the council leader, toured the flooded streets.\n\n"
              "Ivo Pentreath, Harn Mutual's chief executive, visited the town on Saturday. He said:\n\n"
              '"No customer of ours will wait for a loss adjuster before they get help."')
    draft = '"No customer of ours will wait for a loss adjuster before they get help," said Ada Moss.'
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Ada Moss")]


def test_a_person_named_like_the_speakers_company_is_not_its_spokesperson():
    source = ("Ivo Tarrant, the company's chairman, apologised. Ada Moss, customer director at Tarrant Foods, "
              'said: "Nobody should be out of pocket because of this."')
    draft = '"Nobody should be out of pocket because of this," Ivo Tarrant said.'
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Ivo Tarrant")]
    assert claims('"Nobody should be out of pocket because of this," Tarrant Foods said.', {"w.txt": source},
                  "attribution-speaker") == []


def test_a_count_of_more_is_an_increment_not_the_total():
    source = ("The firm will ask for fees of no more than 25 percent of the fund. The three named plaintiffs, Ada "
              "Moss of Tarrow, Ivo Pent of Velmar and Lena Vale of Arde, would each receive $5,000 service awards.")
    draft = ("The lawsuit, filed in October 2029 by Tarrow resident Ada Moss, accused the company of hiding fees. Two "
             "more plaintiffs, Ivo Pent of Velmar and Lena Vale of Arde, joined the case the following March.")
    assert claims(draft, {"w.txt": source}, "number-mismatch") == []


def test_a_games_official_named_by_role_keeps_the_role_out_of_the_name():
    source = "Arbiter Gustavo Pellerin-Vaz, an International Arbiter from Geneva, confirmed the result."
    assert claims("Chief arbiter Gustavo Pellerin-Vaz confirmed the result.", {"w.txt": source}) == []


def test_a_pronoun_after_two_people_in_its_sentence_or_after_a_pronoun_of_its_gender_gives_no_gender():
    # "his own game": Pent's or Moss's; "she had sent him": not the agent, whose "her" came first
    source = ("Ivo Pent needed Ada Moss to lose and his own game to be won. Moss won. She gains 14 points.\n\n"
              "Her agent, Lena Vale, signed her after reading 30 pages, which she had sent him. Vale is a former "
              "editor.")
    draft = '"She was the best player this week," said Pent. Moss said: "I played well," she said.'
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []
    draft = '"I knew by the first chapter she was a serious novelist," said Vale. "She writes well," he said.'
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []


def test_what_a_writer_does_and_a_quotes_own_pronoun_are_no_statement():
    source = ("Ada Moss is a novelist. Her husband, Ivo Pent, a cabinet-maker, built the desk she writes at. "
              "He is her first reader.")
    draft = ('Ivo Pent, a cabinet-maker who built the desk she writes at, reads every page. "I read everything '
             'she writes before anyone else does," he said.')
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []


def test_a_persons_relation_is_no_office_and_a_post_before_a_titled_name_is_a_title():
    source = ("Her novels are edited by Ada Moss, publishing director at Tarrow Books. The Deputy Mayor, "
              "Councillor Lena Vale, opened the walk.")
    draft = ("Her editor, Ada Moss, publishing director at Tarrow Books, was there. The walk was opened by Deputy "
             "Mayor Lena Vale.")
    assert claims(draft, {"w.txt": source}, "title-mismatch") == []


def test_a_common_word_in_lower_case_is_no_miscased_short_name_of_an_organization():
    source = "St Brannock's Hospice cares for 600 patients a year. The Hospice's chief executive is Ada Moss."
    assert claims("Ada Moss, the hospice's chief executive, thanked the walkers.", {"w.txt": source}) == []


def test_a_place_and_its_adjective_are_one_name():
    source = "REPUBLIC OF ARDMORIA\n\nThe Ardmorian Grain Growers' Union said the harvest was the worst in decades."
    assert claims("Ardmoria's wheat harvest is the worst in decades, the Ardmorian union said.", {"w.txt": source}) == []


def test_a_statement_is_dated_only_by_the_same_speakers_statement():
    sources = {"union.txt": "Wednesday 13 August 2031\n\nThe Tarrow Growers' Union (TGU) said today that "
                            "yesterday's harvest figures from the Ministry of Agriculture confirmed its fears.",
               "ministry.txt": "MINISTRY OF AGRICULTURE\nPublished: Tuesday 12 August 2031\n\n"
                               "The wheat harvest fell by 27 per cent to 6.36 million tonnes this year."}
    draft = "The wheat harvest fell by 27%, the Ministry of Agriculture's statistics division said on Tuesday."
    assert claims(draft, sources, "date-mismatch") == []


def test_a_day_the_aligned_paragraph_gives_is_not_contradicted_by_its_other_date():
    source = ("Published: Tuesday 12 August 2031\n\nThe minister, Ivo Pent, said: \"I am today confirming a "
              "drought relief fund of 95 million euros. The first payments will be made from Wednesday 1 October.\"")
    draft = "Agriculture Minister Ivo Pent confirmed a 95 million euro drought relief fund, with first payments from Oct. 1."
    assert claims(draft, {"w.txt": source}, "date-mismatch") == []


def test_a_wrong_weekday_beside_the_right_day_blames_the_weekday():
    sources = {"notice.txt": "No trains between Pennock Bridge and Arde Central from late Friday 24 May to early "
                             "Tuesday 28 May 2030\n\nTo carry out the work safely the line must be closed from 23:30 "
                             "on Friday 24 May until 05:30 on Tuesday 28 May, a closure of 78 hours.",
               "echo.txt": "Monday 20 May 2030\n\nThe line between Pennock Bridge and Arde Central will close at "
                           "23:30 on Friday and will not reopen until 05:30 next Tuesday."}
    draft = "WHEN\n- Closure starts: 23:30, Friday 24 May\n- Line reopens: 05:30, Wednesday 28 May\n- That is 78 hours."
    assert claims(draft, sources, "date-mismatch") == [("date-mismatch", "Wednesday")]


def test_a_year_a_source_gives_the_same_thing_is_that_year():
    sources = {"release.txt": "Set in the winter of 1953 in the fictional fenland village of Arde, the novel follows "
                              "Ada Moss, a widowed botanist who inherits a failing orchid nursery from an uncle she "
                              "never met, and the seven weeks in which she tries to keep its glasshouses warm.",
               "interview.txt": '"My grandmother kept a single orchid alive on a windowsill in Tarrow through the '
                                'winter of 1963, and she talked about it as if it were a lodger," said Lena Vale.'}
    draft = ("Her fourth novel, The Glasshouse at Arde, follows a widowed botanist trying to keep a failing orchid "
             "nursery alive through the bitter winter of 1953.")
    assert claims(draft, sources, "date-mismatch") == []


def test_a_markdown_tables_header_cells_and_first_person_contractions_are_no_names():
    source = "Ada Moss won the Tarrow Open with 7.5 points."
    draft = ("# Moss wins\n\nAda Moss won. I'd say so, and I've seen it.\n\n| Pos | Player | Fed | Pts |\n"
             "| --- | --- | --- | --- |\n| 1 | Ada Moss | NED | 7.5 |\n")
    found = check(draft, {"w.txt": source}, name="d.md")
    assert [f.rule for f in found if f.rule in ("unsupported-entity", "name-spelling")] == []


def test_a_relative_named_before_a_reported_pronoun_may_be_the_one_it_means():
    source = ("Ada Moss, 38, said her brother had phoned her at about 11pm. \"That was the last time I spoke to "
              "him,\" she said.")
    draft = "Ada Moss told the court her brother had phoned her at about 11pm to say he would be home early."
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []


def test_a_capitalized_office_before_a_titled_name_is_hers_and_an_organizations_our_is_no_relation():
    sources = {"notice.txt": "The Town Mayor, Cllr Ada Moss, will chair the meeting at the Corn Exchange.",
               "note.txt": "Our senior economist, Ivo Pent, does not think the bank will move yet."}
    assert claims("The mayor, Cllr Ada Moss, chaired the meeting.", sources, "title-mismatch") == []
    assert claims("The deputy mayor, Cllr Ada Moss, chaired the meeting.", sources, "title-mismatch") == [
        ("title-mismatch", "deputy mayor")]
    assert claims("Tarrow's chief economist, Ivo Pent, does not expect a move.", sources, "title-mismatch") == [
        ("title-mismatch", "chief economist")]


def test_a_publications_day_is_its_release_date_whatever_its_lede_dates():
    source = ("TARROW OFFICE FOR STATISTICS\nStatistical release: Housing and mortgage lending: September 2030\n"
              "Release date: Tuesday 5 November 2030\n\n- Lenders approved 64,870 mortgages for house purchase in "
              "September 2030, up from 61,240 in August.")
    draft = ("Figures from the Tarrow Office for Statistics, released on Monday, showed lenders approved 64,870 "
             "mortgages for house purchase in September.")
    assert claims(draft, {"w.txt": source}, "date-mismatch") == [("date-mismatch", "Monday")]
    assert claims(draft.replace("Monday", "Tuesday"), {"w.txt": source}, "date-mismatch") == []


def test_a_day_a_source_gives_is_not_contradicted_by_a_loosely_aligned_date():
    source = ("Date of incident: Tuesday 11 September 2035\n\nSummary\n\nBetween 14:07 and 19:28 UTC on 11 "
              "September 2035, customers running workloads in our tarn-west-4 and tarn-central-2 regions experienced "
              "elevated error rates, failed API requests and timeouts.\n\nWhat we are changing\n\n1. Configuration "
              "changes to the internal DNS service will be rolled out to one availability zone at a time.\n2. "
              "tarn-central-2 will no longer depend on tarn-west-4 for internal name resolution. This work will be "
              "complete by 31 October 2035.")
    draft = ("Affected customers get a credit of 25% of their September bill, applied by the end of the month. The "
             "fixes: staged DNS changes one zone at a time with automatic rollback, alarms on DNS failures "
             "themselves, and cutting tarn-central-2's dependence on tarn-west-4 by October 31.")
    assert claims(draft, {"w.txt": source}, "date-mismatch") == []


def test_a_span_counted_from_another_event_is_another_span():
    source = ("The ferry left at 21:40. She capsized at 22:17, some 22 minutes after water was first reported. "
              "The inquiry recommends that the company's compliance be reviewed independently after three years.")
    for draft in ("Water was reported on the vehicle deck 15 minutes after departure.",
                  "Its chief executive, Ivo Pent, who joined the company five years after the sinking, laid a wreath."):
        assert claims(draft, {"w.txt": source}, "number-mismatch") == []
    assert claims("She capsized 25 minutes after water was first reported.", {"w.txt": source},
                  "number-mismatch") == [("number-mismatch", "25")]


def test_a_count_a_related_clause_gives_another_noun_and_a_share_to_its_tenths_are_stated():
    source = ("The union balloted members at 16 Scottish universities. The legal turnout threshold of 50% was met "
              "at 14 of the 16 institutions balloted. The union agreed a programme of strike action at the 14 "
              "institutions where the threshold was met.\n\nYes: 4,478 (81.6%)\nNo: 1,011 (18.4%)\n\nThe employers noted that 47.6% of "
              "eligible members voted in favour of strike action.")
    assert claims("Lecturers at 14 Scottish universities will strike, after 81.6 per cent of members who voted "
                  "backed action.", {"w.txt": source}, "number-mismatch") == []


def test_a_partial_quote_after_a_negation_the_draft_writes_itself_is_exact():
    source = ('Ada Moss said: "Every institution will make sure that students are not disadvantaged in their final '
              'degree classification because of disruption they did not cause."')
    draft = 'Moss said no student would be "disadvantaged in their final degree classification".'
    assert claims(draft, {"w.txt": source}, "misquote") == []
    assert claims('Moss said students would be "disadvantaged in their final degree classification".',
                  {"w.txt": source}, "misquote") != []
    # "instead of" carries the negation as well as "no"
    tariff = {"w.txt": '"The Government should bring in a social tariff, not taking a victory lap," she said.'}
    assert claims('She said it should bring in a tariff instead of "taking a victory lap".', tariff, "misquote") == []
    assert claims('She said it should be "taking a victory lap".', tariff, "misquote") != []


def test_an_honorific_and_a_party_before_the_name_and_a_press_kits_region_leave_the_person_speaking():
    sources = {"wire.txt": 'Opposition leader Shri Mahendra Velkar of the Lok Jan Morcha said: "Those two days have '
                           'cost lives." Commandant Jaswant Singh Ruhel said boats "can only move in daylight".',
               "kit.txt": 'Ondine Tsang-Vale, Head of Wine, Asia, Harrow Vauclair, said: "This is a wine most '
                          'collectors only ever read about."'}
    draft = ('"Those two days have cost lives," said Lok Jan Morcha leader Shri Mahendra Velkar. Shri Ruhel said '
             'boats "can only move in daylight". "This is a wine most collectors only ever read about," '
             'Ms Tsang-Vale said.')
    assert claims(draft, sources, "attribution-speaker") == []


def test_a_kicker_of_common_words_is_no_transcript_speaker():
    text = ("TRAVEL ALERT: No trains to Tarrow over the bank holiday\n\nAda Moss runs the line.\n\n"
            "TRAVEL ALERT: No trains to Tarrow over the bank holiday\n")
    assert [q.speaker for q in extract_mentions(Document(text, "d.txt")).quotes] == []


def test_a_decimal_figures_swapped_digits_are_found_in_any_related_line():
    sources = {"notice.txt": "BALLOT RESULT\n\nThe Tarrow Staff Federation today announces the result of its ballot of "
                             "members employed at 16 universities.\n\nTurnout: 58.3%\nYes: 4,478 (81.6%)\nNo: 1,011 (18.4%)",
               "club.txt": "Fendle Athletic have signed Ivo Pent from Tarrow City on a five-year contract. The "
                           "initial fee of £18.5 million could rise to £22 million with add-ons."}
    draft = ("The Tarrow Staff Federation said yesterday that 81.6 per cent of members who voted backed strikes, and "
             "that turnout was 53.8 per cent, above the legal threshold. Fendle Athletic smashed their transfer "
             "record, bringing in striker Ivo Pent from Tarrow City for an initial £15.8m.")
    assert sorted(claims(draft, sources, "number-mismatch")) == [("number-mismatch", "15.8"), ("number-mismatch", "53.8")]


def test_an_age_set_off_after_a_name_is_that_persons_age_however_little_else_is_shared():
    source = ("An inquest was opened into the death of Gideon Tarrowby, 47, a self-employed tree surgeon.\n\n"
              "- Mr Tarrowby, 47, lived in Cradlemoor and ran his own tree surgery business. His neighbour, Ada "
              "Vennick, 45, gave evidence.")
    draft = "Gideon Tarrowby, 44, was removing the crown of a diseased ash when the branch snapped."
    assert claims(draft, {"notes.txt": source}, "number-mismatch") == [("number-mismatch", "44")]
    assert claims(draft.replace("44", "47"), {"notes.txt": source}, "number-mismatch") == []
    assert claims("Ada Vennick, 45, said he was careful.", {"notes.txt": source}, "number-mismatch") == []


def test_south_asian_honorifics_give_the_name_and_its_gender():
    source = ('Chief Minister Smt. Sunanda Velkar toured the district. "No one will be left to fend for themselves," '
              'Smt. Velkar said.')
    names = [(n.text, n.honorific) for n in extract_mentions(Document(source, "s.txt")).names]
    assert ("Velkar", "smt") in names and not any(text.startswith("Smt") for text, _ in names)
    draft = 'Smt. Velkar toured the district. "No one will be left to fend for themselves," he said.'
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "he")]


def test_a_rounding_of_two_digits_is_no_cover_for_their_swap():
    source = "The combined group, Tarrow Pent, will have an enterprise value of approximately 5.6 billion pounds."
    draft = "The combined group, Tarrow Pent, has an enterprise value of about {} billion pounds."
    assert claims(draft.format("6.5"), {"w.txt": source}, "number-mismatch") == [("number-mismatch", "6.5")]
    assert claims(draft.format("5.5"), {"w.txt": source}, "number-mismatch") == []


def test_numbers_of_a_noun_and_a_figure_after_and_count_what_the_first_counts():
    source = ("Last year 3.1 million passengers used Tarrow airport. With the extension, we forecast 5.4 million "
              "passengers a year by 2045. Two men, aged 41 and 58, were arrested at the scene.")
    draft = ("The extension would let passenger numbers climb from 3.1 million last year to {} million by 2045. "
             "Two men, aged 41 and {}, were arrested at the scene.")
    assert sorted(claims(draft.format("4.5", "56"), {"w.txt": source}, "number-mismatch")) == [
        ("number-mismatch", "4.5"), ("number-mismatch", "56")]
    assert claims(draft.format("5.4", "58"), {"w.txt": source}, "number-mismatch") == []


def test_an_age_given_in_a_who_clause_is_that_persons_age():
    source = ("Our oldest walker was Ada Fennimore-Vale, who is 91 and has walked every Lantern Walk since the "
              "first one in 2009.")
    draft = "Among them was Ada Fennimore-Vale, {}, who has done every Lantern Walk since 2009."
    assert claims(draft.format("92"), {"n.txt": source}, "number-mismatch") == [("number-mismatch", "92")]
    assert claims(draft.format("91"), {"n.txt": source}, "number-mismatch") == []


def test_an_age_given_as_who_is_now_is_that_persons_age_and_who_was_then_is_not():
    source = ('"The water came up the lane in minutes," said Ada Tarrowby, who is now 51. Her brother Ivo Velmar, '
              'who was then 40, carried their mother out.')
    draft = '"The water came up the lane in minutes," said Ada Tarrowby, {}. Ivo Velmar, {}, carried their mother out.'
    assert claims(draft.format("53", "40"), {"n.txt": source}, "number-mismatch") == [("number-mismatch", "53")]
    assert claims(draft.format("51", "40"), {"n.txt": source}, "number-mismatch") == []
    assert claims(draft.format("51", "41"), {"n.txt": source}, "number-mismatch") == []  # his age then, not now


def test_an_age_in_brackets_before_an_address_is_that_persons_age_and_a_batting_score_is_not():
    source = "Ivo Velmar, 41, of Tarrow Close, was arrested on the bypass. Ada Moss made 44 and Ivo Pent 12."
    draft = "Ivo Velmar ({}), of Tarrow Close, was arrested on the bypass."
    assert claims(draft.format("44"), {"log.txt": source}, "number-mismatch") == [("number-mismatch", "44")]
    assert claims(draft.format("41"), {"log.txt": source}, "number-mismatch") == []
    assert claims("Ada Moss (41) and Ivo Pent (12) put on 56.", {"log.txt": source}, "number-mismatch") == []


def test_a_quote_given_to_someone_no_source_mentions_is_advice_naming_who_said_it():
    source = ('Sergeant Ada Velmar said: "Two minutes checking your locks at night is the best crime prevention '
              'there is." Ivo Pent runs the hardware shop.')
    quote = '"Two minutes checking your locks at night is the best crime prevention there is," said {}.'

    def speaker_notes(draft: str) -> list[tuple[str, str, list]]:
        return [(draft[f.start : f.end], f.severity, [x.replacement for x in f.fixes]) for f in check(draft, {"release.txt": source})
                if f.rule == "attribution-speaker"]

    assert speaker_notes(quote.format("PC Rhodri Tarrowby")) == [("PC Rhodri Tarrowby", "information", [])]
    assert speaker_notes(quote.format("Ivo Pent")) == [("Ivo Pent", "warning", ["Ada Velmar"])]
    assert speaker_notes(quote.format("Ada Velmer")) == []  # a misspelling of the one who spoke: name-spelling's
    assert speaker_notes(quote.format("Rhodri Velmar")) == []  # a name the sources share with the speaker
    assert speaker_notes(quote.format("Tarrowby Holdings")) == []  # a body: perhaps the speaker's own


def test_a_two_digit_swap_is_told_by_the_other_figures_of_its_sentence():
    source = ("The exhibition brings together 68 works: 41 paintings, 19 drawings and 8 etchings, lent by 23 "
              "museums and private collections in nine countries.")
    draft = ("The show, which runs until June 8, gathers {} works - 41 paintings, 19 drawings and eight etchings - "
             "lent by 23 museums and collectors in nine countries.")
    assert claims(draft.format("86"), {"k.txt": source}, "number-mismatch") == [("number-mismatch", "86")]
    assert claims(draft.format("68"), {"k.txt": source}, "number-mismatch") == []


def test_an_office_a_source_capitalizes_is_no_name_and_its_holder_speaks():
    source = ('The Tarrow Ombudsman upheld the complaint. The Ombudsman, Ada Kettle-Vane, said: "That is not an '
              'administrative slip; it is a failure."')
    draft = ('Council lost the grant bid, ombudsman finds. "That is not an administrative slip," the Ombudsman, '
             'Ada Kettle-Vane, said.')
    assert claims(draft, {"d.txt": source}) == []


def test_a_count_of_viewers_is_stated_by_an_audience_the_sources_give_elsewhere():
    sources = {"release.txt": "The final episode of The Harrow Files drew an average overnight audience of 6.2 million "
                              "viewers on Tarrow One last night.",
               "ratings.txt": "The final episode of The Harrow Files (Tarrow One, Sunday 9 November) was the "
                              "most-watched programme of the week, with a seven-day consolidated audience of 9.84 million."}
    draft = "Harrow Files finale climbs to {}m viewers once catch-up is counted"
    assert claims(draft.format("9.8"), sources, "number-mismatch") == []
    assert claims(draft.format("6.2"), sources, "number-mismatch") == []


def test_another_body_with_a_generic_head_is_no_misspelling_of_a_known_one():
    source = "The attack on Ormsby Dale Health Trust began on Sunday. Ormsby Dale Health Trust cancelled 400 operations."
    draft = "The last comparable attack, on Pennock Vale Health Trust in 2030, took weeks to resolve."
    assert claims(draft, {"w.txt": source}, "name-spelling") == []
    assert claims("Ormsby Vale Health Trust cancelled 400 operations.", {"w.txt": source}, "name-spelling") == [
        ("name-spelling", "Vale")]


def test_a_transcript_label_with_an_office_names_its_speaker():
    source = ("Speakers: Mayor Ivo Blask-Rand; Councilwoman Ada Ochterlee, Ward 3.\n\n"
              "MAYOR BLASK-RAND: Thank you all for coming. The water is back on.\n\n"
              "COUNCILWOMAN OCHTERLEE: Thank you, Mayor. My ward has had three main breaks in two years.\n\n"
              "MAYOR BLASK-RAND: We will brief again on Thursday.\n\n"
              "COUNCILWOMAN OCHTERLEE: I want a date.")
    draft = '"My ward has had three main breaks in two years," Blask-Rand said.'
    found = [f for f in check(draft, {"t.txt": source}) if f.rule == "attribution-speaker"]
    assert [(draft[f.start : f.end], f.fixes[0].replacement) for f in found] == [("Blask-Rand", "Ochterlee")]


def test_a_descriptor_speaker_is_the_person_named_just_before():
    source = ('Ivo Caraban-Nieto, riding for Ardentia Cycling, put a brave face on losing the jersey.\n\n'
              '"I lost the jersey but not the race," the 30-year-old told reporters. "Eight seconds is nothing."\n\n'
              'Jonas Kjeldbrek of Norway was second. "Ilario was simply stronger," the Norwegian said.')
    draft = ('"I lost the jersey but not the race," {0} said. "Eight seconds is nothing." "Ilario was simply '
             'stronger," said {1}.')
    assert claims(draft.format("Caraban-Nieto", "Kjeldbrek"), {"w.txt": source}) == []
    assert claims(draft.format("Kjeldbrek", "Caraban-Nieto"), {"w.txt": source}, "attribution-speaker") == [
        ("attribution-speaker", "Kjeldbrek"), ("attribution-speaker", "Caraban-Nieto")]
    assert claims(draft.format("she", "Kjeldbrek"), {"w.txt": source}, "attribution-pronoun") == []


def test_a_misquote_near_two_speakers_quotes_gets_no_fix():
    source = ('"Eight seconds is nothing. There is still Saturday," Ivo Caraban said. "Eight seconds is not a lot, '
              'and Yeison is the best climber here," Ada Rieck said.')
    draft = '"Eight seconds is not much," Caraban said.'
    found = [f for f in check(draft, {"w.txt": source}) if f.rule == "misquote"]
    assert found and not any(f.fixes for f in found)


def test_a_speaker_fix_is_not_offered_over_an_apposition_that_is_the_speakers():
    source = ('"Drama is alive and well," said Ada Faulk-Darrow, director of content. Ivo Wyld, the controller of '
              'Tarrow One, thanked the cast.')
    for draft in ('"Drama is alive and well," said Ivo Wyld, the controller of Tarrow One.',
                  '"Drama is alive and well," said Wyld, 34, who runs a kayak business.'):
        found = [f for f in check(draft, {"w.txt": source}) if f.rule == "attribution-speaker"]
        assert [draft[f.start : f.end] for f in found] == [draft.split("said ")[1].split(",")[0]] and not found[0].fixes


def test_a_quote_after_a_reported_clause_is_not_given_to_its_subject():
    source = ('Ada Pent, head of research at Velmar Security, said the Nightkestrel gang had claimed 60 attacks. '
              '"Nightkestrel deliberately picks targets where downtime costs lives," Pent said.')
    draft = ('Ada Pent, head of research at Velmar Security, said Nightkestrel had claimed more than 60 attacks and '
             '"deliberately picks targets where downtime costs lives".')
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []


def test_two_roles_joined_by_and_are_two_titles():
    source = '"We built it," said Ada Olander, president and chief executive officer of Quorvant Medical.'
    assert claims("Ada Olander, Quorvant Medical's chief operating officer, said it was built.", {"w.txt": source},
                  "title-mismatch") == [("title-mismatch", "chief operating officer")]
    assert claims("Quorvant Medical's president, Ada Olander, said it was built.", {"w.txt": source}) == []
    assert claims("Quorvant Medical chief executive Ada Olander said it was built.", {"w.txt": source}) == []


def test_a_capitalized_title_with_its_portfolio_in_title_case_is_read():
    source = ('Ada Gallim-Shaw, the council\'s Director of Housing and Communities, said: "We fully accept the '
              'findings." Ivo Pent, Head of Corporate Communications, said the strike was regrettable.')
    assert claims("The payments were made, and chief executive Ada Gallim-Shaw has written to the couple.",
                  {"c.txt": source}, "title-mismatch") == [("title-mismatch", "chief executive")]
    assert claims("The council's director of housing and communities, Ada Gallim-Shaw, wrote to the couple. "
                  "A spokesman, Ivo Pent, said the strike was regrettable.", {"c.txt": source}) == []


def test_a_year_is_told_by_the_figure_beside_it_in_the_one_source_sentence_that_writes_it():
    sources = {"bulletin.txt": "The River Tarrow at Ivel Bridge reached 6.42 metres on Thursday. The previous record, "
                               "5.98 metres, was set in January 1987.",
               "survey.txt": "The 2031 survey found 1,843 pairs across 143 sites, down from 4,215 pairs in 2006."}
    draft = ("The river peaked at 6.42 metres, well above the 5.98 metres reached in January {}. The count found "
             "1,843 pairs, down from 4,215 on the same sites in {}, when the survey began.")
    assert claims(draft.format("1997", "2008"), sources, "date-mismatch") == [
        ("date-mismatch", "1997"), ("date-mismatch", "2008")]
    assert claims(draft.format("1987", "2006"), sources, "date-mismatch") == []


def test_a_bound_stands_for_figures_near_it_not_for_any_beyond_it():
    source = ("At least 41 people were killed when shells hit a crowded market in Kessar on Monday, and 87 people "
              "were wounded, the health ministry said.")
    draft = "{} people were killed when a busy market in Kessar was shelled, according to the health ministry."
    assert claims(draft.format("At least 14"), {"w.txt": source}, "number-mismatch") == [("number-mismatch", "14")]
    assert claims(draft.format("At least 41"), {"w.txt": source}, "number-mismatch") == []
    assert claims(draft.format("Forty-one"), {"w.txt": source}, "number-mismatch") == []


def test_a_bounds_swapped_digits_are_the_other_bounds_not_a_looser_support():
    source = ("Motosuga will buy up to 62.5 percent of Cheonmyeong through a tender offer at 38,500 won a share. The "
              "offer price is 36.8 percent above Cheonmyeong's average share price over the past three months.")
    draft = "Motosuga will offer 38,500 won a share for up to {} of Cheonmyeong, it said in an exchange filing."
    assert claims(draft.format("65.2%"), {"w.txt": source}, "number-mismatch") == [("number-mismatch", "65.2")]
    assert claims(draft.format("62.5%"), {"w.txt": source}, "number-mismatch") == []


def test_a_figure_whose_noun_is_left_out_counts_what_the_figure_before_it_counts():
    sources = {"s.txt": "Fourteen people received first aid at the airport, and four were taken to hospital as a "
                        "precaution. The Commonweal Party won control of Tarrow Council, taking 28 of the council's "
                        "51 seats, a gain of 11, and an overall majority of five."}
    draft = ("Fourteen people were treated at the airport, and {} were taken to hospital. Commonweal won Tarrow "
             "Council with 28 of the 51 seats, a gain of {}, giving them an overall majority of five.")
    assert sorted(claims(draft.format("six", "12"), sources, "number-mismatch")) == [
        ("number-mismatch", "12"), ("number-mismatch", "six")]
    assert claims(draft.format("four", "11"), sources, "number-mismatch") == []


def test_the_votes_against_of_a_tally_are_those_of_the_source_tally_that_gives_its_votes_for():
    source = ("Last night, Tarrow District Council's planning committee voted by seven votes to four, with one "
              "abstention, to approve the application to build 212 houses on Ivel Farm.")
    draft = ("Tarrow District Council's planning committee backed Brackenridge Living's application (23/01456/FUL) "
             "for Ivel Farm, off Nettlebed Lane, by seven votes to {}, with one abstention, at a meeting on Monday.")
    assert claims(draft.format("five"), {"r.txt": source}, "number-mismatch") == [("number-mismatch", "five")]
    assert claims(draft.format("four"), {"r.txt": source}, "number-mismatch") == []


def test_a_level_after_a_rate_of_change_is_no_share():
    source = ("Tarrow Air operated 11,862 flights in March. Punctuality, the share of flights arriving within 15 "
              "minutes of schedule, fell to 86.2 per cent from 88.9 per cent.\n\n"
              "PASSENGERS BY MARKET (thousands)  March 2033   March 2032    Change\n"
              "Domestic                              312.6        317.0    -1.4%\n")
    draft = "Domestic traffic fell 1.4 per cent to 312,600 after the airline dropped its Tarnholm route on March 1."
    assert claims(draft, {"r.txt": source}, "number-mismatch") == []


def test_a_speakers_tonight_is_not_dated_by_the_dateline():
    source = ("date 2034-10-24\n\nPosted Tuesday, October 24, 2034, 1:15 a.m.\n\nAda Lindqvist defeated Ivo Kerrig in "
              "Monday's municipal election. \"Tonight Port Vell chose to stop waiting,\" Lindqvist said.")
    draft = '"Tonight Port Vell chose to stop waiting," Lindqvist told supporters at the curling club on Monday night.'
    assert claims(draft, {"r.txt": source}, "date-mismatch") == []


def test_a_margin_of_votes_is_a_difference_not_a_count():
    source = "Ada Lindqvist won 14,862 votes to Ivo Kerrig's 12,409, according to unofficial results."
    draft = "Results show Lindqvist won 14,682 votes to Kerrig's 12,409, a margin of nearly 2,500 votes."
    assert claims(draft, {"r.txt": source}, "number-mismatch") == [("number-mismatch", "14,682")]


def test_a_fix_takes_a_names_cased_form_not_a_transcripts_capitals():
    source = ("Present: Ada Halloway-Dunne, senior winners' adviser.\n\nADA HALLOWAY-DUNNE: Good morning.\n\n"
              "IVO DUFF: Thank you.\n\nADA HALLOWAY-DUNNE: Take your time.\n\nIVO DUFF: We will.\n\n"
              "ADA HALLOWAY-DUNNE: Pictures in five minutes.\n\nAda Halloway-Dunne has worked with the couple since.")
    found = [f for f in check("Holloway-Dunne, the winners' adviser, has worked with the couple.", {"t.txt": source})
             if f.rule == "name-spelling"]
    assert [f.fixes[0].replacement for f in found] == ["Halloway-Dunne"]


def test_a_title_before_a_name_is_no_person_and_its_holder_speaks():
    source = ('"They targeted people who had worked their entire lives," said Special Agent in Charge Ada Valcourt-Ndi '
              'of the FBI Tarrow Field Office. Producer Ivo Fitzgarr said the response was "beyond anything we dared '
              'to hope for".')
    draft = ('Ada Valcourt-Ndi, the special agent in charge of the FBI\'s Tarrow office, said the adviser "targeted '
             'people who had worked their entire lives". Ivo Fitzgarr said the response was "beyond anything we dared '
             'to hope for".')
    assert claims(draft, {"w.txt": source}) == []
    assert claims(draft.replace("Ivo Fitzgarr said", "Ada Valcourt-Ndi said"), {"w.txt": source},
                  "attribution-speaker") == [("attribution-speaker", "Ada Valcourt-Ndi")]


def test_a_rounded_figures_swapped_digits_beat_a_rounding_it_happens_to_fit():
    source = ("In summer 2030, 3,412 students at 31 schools in Tarrow sat 9,846 examinations, compared with 3,387 "
              "students the year before.")
    draft = "About {} students at the county's schools sat the examinations this summer."
    assert claims(draft.format("3,142"), {"s.txt": source}, "number-mismatch") == [("number-mismatch", "3,142")]
    assert claims(draft.format("3,400"), {"s.txt": source}, "number-mismatch") == []


def test_a_breakdown_after_a_count_counts_what_it_counts():
    source = ("The storm hit hardest in Lower Ivel province, where 702,000 people have been displaced, and in the "
              "Tarrow Delta, where 486,000 people have fled. In all, 1,188,000 people have been displaced.")
    draft = ("An estimated 1,188,000 people had been displaced by the end of January: {} in Lower Ivel province and "
             "486,000 in the Tarrow Delta.")
    assert claims(draft.format("720,000"), {"w.txt": source}, "number-mismatch") == [("number-mismatch", "720,000")]
    assert claims(draft.format("702,000"), {"w.txt": source}, "number-mismatch") == []



def test_a_pronoun_speaker_is_not_someone_named_inside_a_quote_or_after_a_pronoun_subject():
    source = ('Ada Cuthbert, head of strategy at Tarrow Capital, said the tone had surprised investors. "Markets were '
              'braced for caution. Ivo Valcar gave them room to keep buying bonds," she said. She added that a rate '
              '"of around 8% by the middle of next year looks realistic to us."\n\n'
              'Trust chair Mara Ellsby said: "The owners deserve credit."\n\n'
              'She said the trust had written to chief executive Pia Strach asking for a meeting.\n\n'
              '"We are not a protest group," she said.')
    draft = ('Ada Cuthbert said a rate "of around 8% by the middle of next year looks realistic to us." "We are not a '
             'protest group," Ellsby said.')
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []


def test_a_bare_weekday_is_no_day_its_source_dates_months_before_its_own():
    source = ("date 2031-05-22\n\nIN THE COURT OF APPEAL (CIVIL DIVISION)\nON APPEAL FROM THE UPPER TRIBUNAL "
              "(IMMIGRATION AND ASYLUM CHAMBER)\n\nAB v Secretary of State [2031] EWCA Civ 642\n\n"
              "Hearing dates: 11 and 12 March 2031\nJudgment handed down: Thursday 22 May 2031\n\nSUMMARY\n\n"
              "The Upper Tribunal, in a decision of Upper Tribunal Judge Ivo Corr promulgated on 14 August 2030, held "
              "that the First-tier Tribunal had made no material error of law.")
    draft = "On {}, by a majority of two to one, the Court of Appeal set aside the Upper Tribunal's decision."
    assert claims(draft.format("Thursday"), {"j.txt": source}, "date-mismatch") == []


def test_a_persons_family_speaking_is_not_the_person():
    source = ('Isa Penn\'s parents, Gwen and Alastair Penn, and her brother, Rhodri, 16, said: "Isa was the best big '
              'sister anyone could ask for."')
    draft = 'In a tribute, Isa\'s parents and brother described her as "the best big sister anyone could ask for".'
    assert claims(draft, {"t.txt": source}, "attribution-speaker") == []


def test_a_figure_of_four_digits_a_sources_table_writes_is_stated():
    source = ("CANDIDATE-WISE RESULT\n(Sl. No. | Candidate | Sex | Age | Party | EVM votes | Postal votes | Total votes)\n\n"
              "1 | Ada Ghor | F | 49 | Tarrow Lok Manch (TLM) | 1,01,291 | 1,054 | 1,02,345\n"
              "3 | Ivo Lodhi | M | 44 | Praja Sevak Dal (PSD) | 9,371 | 111 | 9,482\n\n"
              "Candidates securing less than one-sixth of the total valid votes (32,640 votes) forfeit their deposit: "
              "Ivo Lodhi (PSD).")
    draft = ("Ivo Lodhi of the Praja Sevak Dal (PSD) came a distant third with {} votes and forfeited his deposit, "
             "as did all three Independents.")
    assert claims(draft.format("9,482"), {"r.txt": source}, "number-mismatch") == []



def test_a_quote_inside_the_speakers_own_is_not_checked_against_its_inner_speaker():
    source = ('IVO DRAVEN: The name change was not my idea. A club owner called Sal Ambros told me nobody would put '
              '"Dravecki" on a marquee. He said, "You sound like a Draven to me." But he paid me.\n\n'
              'ADA FELL: And you kept it.\n\nIVO DRAVEN: I did.\n\nADA FELL: Why?\n\nIvo Draven has played for 60 years.')
    draft = '"He said, \'You sound like a Draven to me,\'" Draven recalled in a 1988 interview.'
    assert claims(draft, {"i.txt": source}, "attribution-speaker") == []


def test_a_persons_birth_date_is_the_one_the_sources_give_that_persons_birth():
    source = ("Ada Ostervold, 1967-2031\n\nThe Tarrow Aquatics Federation announces the death of Ada Ostervold, "
              "Olympic champion. Ada was born on 4 March 1967 in Solvik, a fishing town on the west coast.")
    draft = ("Ada Ostervold, the backstroker who won Olympic gold in 1992, has died. She was 64.\n\n"
             "Born on {}, in Solvik, where her father was a fisherman, she learned to swim in the harbour.")
    assert claims(draft.format("March 14, 1967"), {"f.txt": source}, "date-mismatch") == [("date-mismatch", "March 14")]
    assert claims(draft.format("March 4, 1967"), {"f.txt": source}, "date-mismatch") == []


def test_a_figures_swapped_digits_beat_a_headlines_rounding_and_an_audience_counts_watchers():
    sources = {"release.txt": "COUPLE SCOOP £7.4 MILLION JACKPOT\n\nA retired driver from Skeld has come forward to "
                              "claim the £7,482,316.90 Thunderpot jackpot from Saturday's draw.",
               "ratings.txt": "The final episode of The Harrow Files was the most-watched programme of week 45, with a "
                              "seven-day consolidated audience of 9.84 million."}
    draft = ("The couple matched all six numbers on Saturday, scooping a jackpot of {}. The final episode of the "
             "detective drama The Harrow Files was watched by {} million people within a week, consolidated figures show.")
    assert sorted(claims(draft.format("£7,428,316.90", "9.48"), sources, "number-mismatch")) == [
        ("number-mismatch", "7,428,316.90"), ("number-mismatch", "9.48")]
    assert claims(draft.format("£7,482,316.90", "9.84"), sources, "number-mismatch") == []


def test_a_region_of_the_world_is_a_place_and_no_speaker():
    assert national_place("Latin America") is None  # a region: a place of no one country
    source = ('Ada Cuth, head of Latin America strategy at Tarrow Capital in New York, said the tone had surprised '
              'investors. "Markets were braced for a more cautious message. Ivo Valc gave them room," she said.')
    draft = '"Markets were braced for a more cautious message," said Ivo Granwald.'
    names = [(m.text, m.kind) for m in extract_mentions(Document(source, "s.txt")).names]
    assert ("Latin America", "place") in names
    assert claims(draft, {"w.txt": source + " Ivo Granwald, an economist, agreed."}, "attribution-speaker") == [
        ("attribution-speaker", "Ivo Granwald")]


def test_a_judgments_present_tense_names_the_speaker_of_its_quote():
    source = ("Lord Justice Ivo Pendle, agreeing, adds a short judgment of his own. He observes that the duty requires "
              "more than a recital of the evidence: \"Anxious scrutiny is not a slogan; it is a discipline.\" Lord "
              "Justice Ada Skel dissented.")
    draft = '"Anxious scrutiny is not a slogan; it is a discipline," Lord Justice Skel said.'
    assert claims(draft, {"j.txt": source}, "attribution-speaker") == [("attribution-speaker", "Skel")]


def test_a_pronoun_speaker_is_not_a_person_the_sentence_already_calls_by_another_pronoun():
    source = ('Her agent, Caspar Lind, signed her after reading 30 pages, which she had sent him, she admits, "on a '
              'dare from a nurse". "She writes sentences you want to read aloud," Lind said.')
    draft = '"She writes sentences you want to read aloud," he said of the novelist.'
    assert claims("Her agent, Caspar Lind, praised her. " + draft, {"w.txt": source}, "attribution-pronoun") == []


def test_a_party_to_a_case_is_titled_not_named_so_a_surname_is_one_person():
    source = ("The named plaintiffs, Ada Achter of Fresno and Ivo Quenby-Mills of Oakland, will each receive $5,000. "
              "Plaintiff Achter filed this action in 2029; the amended complaint added Plaintiffs Quenby-Mills.\n\n"
              "Quenby-Mills, a nurse who bought tickets through the app, said he was glad the company had agreed to "
              "change. \"The fee was never the problem. Hiding it was,\" he said.")
    draft = '"The fee was never the problem. Hiding it was," {} said.'
    assert claims(draft.format("Achter"), {"c.txt": source}, "attribution-speaker") == [("attribution-speaker", "Achter")]
    assert claims(draft.format("Quenby-Mills"), {"c.txt": source}) == []


def test_a_minutes_list_of_names_one_to_a_line_names_each_and_cr_is_an_honorific():
    minutes = ("1. PRESENT\n\nMayor Cr Ada Worrall (Chair)\nDeputy Mayor Cr Ivo Okon\nCr Fenna Drys (Chair, "
               "Finance Committee)\nCr Lachlan Sturr\n\nMoved Cr Drys, seconded Cr Okon.")
    report = ('Fenna Drys, who chairs the finance committee, said: "Every dollar we did not save inside the '
              'organisation would have landed on a ratepayer\'s doorstep."')
    draft = ('Cr Drys said every dollar not saved inside the organisation "would have landed on a ratepayer\'s '
             'doorstep".')
    assert claims(draft, {"m.txt": minutes, "r.txt": report}) == []
    names = [m.text for m in extract_mentions(Document(minutes, "m.txt")).names]
    assert {"Ivo Okon", "Fenna Drys", "Drys"} <= set(names)  # one to a line; "Cr" a title


def test_a_speaker_after_an_affiliation_and_a_capitalized_office_is_the_person():
    source = ('"No family in this region can afford it," said MRTA Chief Executive Officer Ivo Oduya. "I am asking the '
              'union to come back to the table rather than strand 60,000 riders."')
    draft = 'Oduya urged the union to return rather than "strand 60,000 riders." "No family in this region can afford it," he said.'
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []


def test_a_count_of_people_of_two_kinds_is_neither_kinds_count():
    source = ("In total 226 people were evacuated from the building: 212 guests and 14 members of staff. All 212 "
              "guests staying at the hotel last night have been accounted for.")
    assert claims("Seven people were taken to hospital after fire broke out at a waterfront hotel, forcing more than "
                  "220 guests and staff out into the night.", {"w.txt": source}, "number-mismatch") == []


def test_a_name_with_a_word_no_source_knows_is_another_name_not_a_misspelling():
    source = "Bus services 4 and 4A are being diverted via Castle Hill. Guests were taken to Merrivale Leisure Centre."
    draft = "Guests were taken to the Castlegate Sports Hall on Dunstan Road."
    assert claims(draft, {"w.txt": source}, "name-spelling") == []


def test_a_role_written_before_a_name_in_lower_case_is_no_mis_cased_name():
    source = "Frontman Casimir Oyel told the magazine the band had waited ten years for the slot."
    assert claims("The band waited ten years, frontman Casimir Oyel told the magazine.", {"w.txt": source}) == []


def test_a_said_clause_in_the_next_paragraph_is_not_a_question_quotes_speaker():
    source = ('"The seafloor is one of the largest carbon stores," Dr Ada Hald said. "DEEPCYCLE asks a simple question: '
              'what keeps that carbon in the mud?"\n\nProfessor Ivo Vander, who chaired the panel, said the proposal '
              'stood out. "The panel was struck by it," he said.')
    assert claims('DEEPCYCLE, she said, "asks a simple question: what keeps that carbon in the mud?"',
                  {"w.txt": source}, "attribution-pronoun") == []


def test_a_figure_a_verb_or_its_share_follows_counts_what_the_figure_before_it_counts():
    source = ("The strike was authorized in a secret-ballot vote. Of the 1,368 members who cast ballots, 1,287 voted to "
              "authorize a strike, or 94 percent.")
    draft = "Of the 1,368 members who voted, {}, or 94%, backed the walkout."
    assert claims(draft.format("1,278"), {"u.txt": source}, "number-mismatch") == [("number-mismatch", "1,278")]
    assert claims(draft.format("1,287"), {"u.txt": source}, "number-mismatch") == []


def test_a_dollar_with_its_countrys_letters_is_a_dollar_amount():
    source = "Councillors approved operating spending of $412.7 million and a capital works program of $138.9 million."
    draft = "The budget includes a capital works program of A${} million."
    assert claims(draft.format("183.9"), {"c.txt": source}, "number-mismatch") == [("number-mismatch", "183.9")]
    assert claims(draft.format("138.9"), {"c.txt": source}, "number-mismatch") == []


def test_a_rank_ending_like_a_verb_keeps_its_unit_after_another_figure():
    source = "The Swiss 31-year-old will play third seed Kei Nishi in the semi-finals."
    draft = "Ada Edmu suffered a quarter-final defeat by third seed Stan Wawri on Friday."
    assert claims(draft, {"w.txt": source + " Stan Wawri beat Ivo Pent."}, "number-mismatch") == [
        ("number-mismatch", "third")]


def test_a_chair_set_in_a_department_at_a_body_is_read_without_the_department():
    source = ("Professor Ada Marwitz, Professor of Marine Microbiology in the Department of Ocean Sciences at the "
              "University of Brennholt, has been awarded a grant of €4.7 million.")
    draft = "Ada Marwitz, {} at the University of Brennholt, has won a grant of €4.7 million."
    assert claims(draft.format("Professor of Marine Geology"), {"r.txt": source}, "title-mismatch") == [
        ("title-mismatch", "Professor of Marine Geology")]
    assert claims(draft.format("Professor of Marine Microbiology"), {"r.txt": source}, "title-mismatch") == []


def test_a_floor_is_an_ordinal_place_that_a_related_clause_gives():
    source = "The fire started in a guest room on the fifth floor of the Tarrow Hotel shortly after 2am."
    draft = "The fire broke out in a room on the {} floor of the Tarrow Hotel shortly after 2am."
    assert claims(draft.format("fourth"), {"f.txt": source}, "number-mismatch") == [("number-mismatch", "fourth")]
    assert claims(draft.format("fifth"), {"f.txt": source}, "number-mismatch") == []


def test_a_count_of_one_thing_over_the_same_two_years_is_the_same_count():
    source = ("The planet was detected by the Tarrow Transit Array in 14 transits observed between March 2029 and "
              "October 2030.")
    draft = ("The array, on a mountain ridge, caught the star dimming by about 0.4 per cent during each of {} transits "
             "between March 2029 and October 2030.")
    assert claims(draft.format("12"), {"j.txt": source}, "number-mismatch") == [("number-mismatch", "12")]
    assert claims(draft.format("14"), {"j.txt": source}, "number-mismatch") == []


# -- round 44-45: who holds a figure, times in parts, names written family name first ----------------

def test_a_capitalized_word_that_ends_a_name_before_a_role_is_the_names():
    """ "Tallowmere State coach Ada Moss": "State" ends the college's name, it is no part of her title."""
    source = "Head coach Ada Moss said the team had defended well. Moss is in her fourth season at Tarrow State."
    draft = "\"We defended well,\" Tarrow State coach Ada Moss said."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == []
    (title,) = [t for t in extract_mentions(Document(draft, "d.txt")).titles if t.form == "pre"]
    assert (title.text, title.affiliation) == ("coach", "tarrow state")


BOX = ("The Otters beat the Ravens 78-71 on Saturday. Senior center Lena Vale added 17 points and 11 rebounds, "
       "and guard Ada Moss had 15 points. The Otters scored 16 points off 13 Ravens turnovers.")


def test_a_figure_the_draft_gives_one_person_is_not_anothers():
    """ "Ada Moss had 15 points and eight rebounds" says nothing against Lena Vale's 11 rebounds."""
    assert claims("Ada Moss had 15 points and eight rebounds.", {"w.txt": BOX}, "number-mismatch") == []


def test_a_persons_count_is_no_word_for_a_count_of_another_noun_their_clause_does_not_give_them():
    """13 turnovers are the team's, so "13 rebounds" for Lena Vale is checked against her 11."""
    assert claims("Lena Vale had 17 points and 13 rebounds.", {"w.txt": BOX}, "number-mismatch") \
        == [("number-mismatch", "13")]


def test_a_time_in_parts_written_in_words_is_one_time():
    """ "two hours and 47 minutes" is 2:47, not two hours: "nearly three hours" rounds it."""
    source = "Public comment lasted two hours and 47 minutes before the board voted."
    assert claims("The board voted after nearly three hours of public comment.", {"w.txt": source},
                  "number-mismatch") == []
    assert claims("Public comment lasted two hours and 57 minutes before the board voted.", {"w.txt": source},
                  "number-mismatch") == [("number-mismatch", "two hours and 57 minutes")]


def test_a_figure_and_a_half_is_its_value_and_a_half():
    source = "The Harbour Trust raised 4.5 million pounds for the new ward, its chair said."
    assert claims("The Harbour Trust raised four and a half million pounds for the new ward.", {"w.txt": source},
                  "number-mismatch") == []
    (f,) = [f for f in check("The Harbour Trust raised three and a half million pounds for the new ward.",
                             {"w.txt": source}) if f.rule == "number-mismatch"]
    assert not f.fixes  # no fix writes a figure into words it cannot say


def test_a_family_name_written_first_and_then_alone_is_the_person():
    """Wire copy writes "Tan Yiheng" and then "Tan": the person, whom the sources call "he"."""
    source = ("Founder and chief executive Tan Yiheng, 51, told analysts the company would not cut prices. "
              "\"We are not going to buy volume with discounts,\" Tan said. He said margins would improve. "
              "Chief financial officer Qiu Meiling said: \"Our cash position gives us room.\"")
    draft = ("Tan, 51, said the company would not cut prices. \"We are not going to buy volume with discounts,\" he "
             "said.")
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []
    (f,) = [f for f in check("\"We are not going to buy volume with discounts,\" Qiu said.", {"w.txt": source})
            if f.rule == "attribution-speaker"]
    # the sources write "Tan" alone, never "Yiheng": his whole name, not a given name for a family name
    assert [x.replacement for x in f.fixes] == ["Tan Yiheng"]


def test_a_breakdowns_items_by_purpose_count_what_the_total_counts():
    """ "615 homes: 240 for cost rental and 375 for purchase": 240 and 375 are homes too."""
    source = "The plan provides 615 affordable homes, of which 240 will be cost rental homes and 375 will be sold."
    assert claims("The plan provides for 615 affordable homes: 240 for cost rental and 357 for purchase.",
                  {"w.txt": source}, "number-mismatch") == [("number-mismatch", "357")]
    assert claims("The plan provides for 615 affordable homes: 240 for cost rental and 375 for purchase.",
                  {"w.txt": source}, "number-mismatch") == []


def test_a_sum_whose_digits_swap_into_the_sources_sum_is_a_slip_however_its_clause_is_told():
    """ "escaped with £36,850" where the sources' "£38,650 was taken" shares no word with it."""
    source = ("Two men entered the Tarrow Building Society branch at 9.42am. One threatened staff. "
              "The pair left with £38,650 and drove off.")
    (f,) = [f for f in check("The robbers threatened staff with a handgun and escaped with £36,850.",
                             {"w.txt": source}) if f.rule == "number-mismatch"]
    assert f.fixes[0].replacement == "38,650" and not f.fixes[0].preferred
    assert claims("The robbers threatened staff with a handgun and escaped with £36,000.", {"w.txt": source},
                  "number-mismatch") == []


def test_a_currencys_letters_joined_to_a_figure_make_a_sum_not_a_name():
    """ "Dh7.9bn" is 7.9 billion dirhams: no name "Dh7", and the same sum as "AED 7.9 billion"."""
    source = "Tarrow Capital will pay AED 7.9 billion for the stake, the fund said."
    draft = "Tarrow Capital will pay Dh7.9bn for the stake."
    assert [f for f in check(draft, {"w.txt": source}) if f.rule == "unsupported-entity"] == []
    assert claims("Tarrow Capital will pay Dh9.7bn for the stake.", {"w.txt": source}, "number-mismatch") \
        == [("number-mismatch", "9.7")]


def test_an_arabic_family_name_with_or_without_its_article_is_one_name():
    source = "Mr Yousef al-Qirwani, the fund's director, said: \"We see room to grow.\""
    draft = "\"We see room to grow,\" Mr Qirwani said."
    assert [f for f in check(draft, {"w.txt": source}) if f.rule in ("unsupported-entity", "attribution-speaker")] == []


def test_a_releases_dateline_after_a_city_and_state_is_its_own_date_not_the_events():
    """ "TARROW, Calif. (March 12, 2031) — The board voted on Tuesday": the vote was on Tuesday,
    and the release's date (a Wednesday) says nothing of it."""
    source = ("FOR IMMEDIATE RELEASE\n\nTARROW, Calif. (March 12, 2031) — The Tarrow Unified School District Board "
              "of Trustees voted 5-2 on Tuesday night to close Pellam Elementary School.")
    draft = "The Tarrow Unified School District Board of Trustees voted 5-2 late Wednesday to close Pellam Elementary School."
    assert claims(draft, {"w.txt": source}, "date-mismatch") == [("date-mismatch", "Wednesday")]


def test_a_bare_weekday_is_not_stated_by_a_date_months_from_its_sources_own():
    """ "August 13" in a release of 12 March is a Wednesday; it gives no "Wednesday" to a vote."""
    source = ("Tarrow Unified Board Votes to Close Pellam Elementary School\n\nMarch 12, 2031\n\nThe Tarrow Unified "
              "School District Board of Trustees voted 5-2 on Tuesday night to close Pellam Elementary School and "
              "move its students to Orley Elementary by August 13.")
    draft = ("The Tarrow Unified School District Board of Trustees voted 5-2 late Wednesday to close Pellam "
             "Elementary School and send its students to Orley Elementary.")
    assert claims(draft, {"w.txt": source}, "date-mismatch") == [("date-mismatch", "Wednesday")]


def test_a_place_in_a_table_after_is_or_are_is_a_place():
    source = "After the defeat Tarrow Rovers sit 21st in the table with 29 points from 31 games."
    assert claims("Tarrow Rovers are 20th in the table with 29 points.", {"w.txt": source}, "number-mismatch") \
        == [("number-mismatch", "20th")]


def test_a_place_the_draft_gives_one_runner_is_not_anothers_place():
    """ "Moss, the Kenyan, was second": the sources' "Lena Vale's third place" is hers, not his."""
    source = ("Ivo Moss finished 17 seconds back in 2:06:58, and Britain's Lena Vale was a distant third in 2:08:12, "
              "the best finish by a British runner in the race's history.\n\n"
              "- Lena Vale's third place is the best by a British runner in the 14 editions of the race.\n\n"
              "Ivo Moss ran his first marathon in 2029. \"I had nothing left,\" he said.")
    draft = ("Moss, the Kenyan, was second, 17 seconds behind, and Lena Vale was fourth in 2:08:12, the best by a "
             "British runner in the 14 editions of the race.")
    assert claims(draft, {"w.txt": source}, "number-mismatch") == [("number-mismatch", "fourth")]


def test_a_speaker_label_before_a_quote_names_its_speaker():
    """Minutes' 'Trustee Ada Moss: "..."' and a release's "Junior forward Lena Vale:" over her quote."""
    source = ("The board heard from two trustees and a player.\n\n"
              "Trustee Ada Moss: \"We cannot close a school that has served this town for seventy years.\"\n\n"
              "Trustee Ivo Pent: \"The money is simply not there.\"\n\n"
              "Junior forward Lena Vale:\n\"Coach challenged us at halftime and we answered.\"")
    draft = ("\"We cannot close a school that has served this town for seventy years,\" Pent said. \"Coach challenged "
             "us at halftime and we answered,\" Vale said.")
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]


def test_a_capitalized_plan_in_a_name_plans_nothing():
    """ "adopted the Housing Delivery Plan ... on Tuesday" tells a past meeting, not a planned one."""
    source = "The Tarrow Housing Delivery Plan was adopted at the monthly meeting of the council on Monday, 17 November 2025."
    draft = "Councillors adopted the Tarrow Housing Delivery Plan 2026-2030 at their monthly meeting on Tuesday."
    assert claims(draft, {"w.txt": source}, "date-mismatch") == [("date-mismatch", "Tuesday")]


def test_a_quote_of_several_paragraphs_is_its_first_paragraphs_speakers():
    source = ("Inspector Ivo Pent said the beaches would stay shut. \"Please keep out of the water,\" Inspector Pent said.\n\n"
              "\"We believe this was a bull shark of about two metres,\" Dr Ada Moss said.\n\n"
              "\"Bull sharks move into these waters when the rivers run warm after rain.\n\n"
              "\"We are not going to take any chances. The drumlines will stay in place.\"")
    draft = "\"We are not going to take any chances,\" Inspector Pent said."
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]


def test_a_day_and_month_told_as_last_year_is_of_the_year_before():
    """A report of 22 January 2026: "on the night of June 14 last year" is 14 June 2025, the Saturday
    a police statement gives in full."""
    police = "The court heard that Ivo Pent had been out with friends on the evening of Saturday 14 June 2025."
    draft = ("Ada Moss, 32, stabbed Ivo Pent, 24, three times outside the Golden Lamp on Tarrow Street at about 23:40 "
             "on Saturday, 14 June 2025.")
    for told in ("on the night of June 14 last year", "on the night of June 14, last year,"):
        court = (f"Tarrow Chronicle\n22 January 2026\n\nAda Moss had admitted stabbing Mr Pent three times outside the "
                 f"Golden Lamp on Tarrow Street {told}, but claimed he had acted in self-defence.")
        assert claims(draft, {"police.txt": police, "court.txt": court}, "date-mismatch") == []


def test_a_dutch_family_name_keeps_its_particle():
    """ "Marijke ter Haverkamp" is one person: "ter" joins the name as "van der" does."""
    source = ("Dijkgraaf Marijke ter Haverkamp, chair of the water board, said: \"This is the biggest job we have taken on.\" "
              "Ter Haverkamp, 58, has led the board since 2019. She said the work was overdue.")
    draft = "\"This is the biggest job we have taken on,\" she said."
    assert claims("Marijke ter Haverkamp chairs the water board. " + draft, {"w.txt": source}) == []


def test_a_closed_quote_paragraph_after_another_of_the_same_speaker_is_hers():
    source = ("Ivo Pent, the opposition's spokesman, called it a budget for the next election.\n\n"
              "Professor Ada Moss, chair of the commission, said:\n\n"
              "\"The government is spending more than its own rule allows.\"\n\n"
              "\"A rule that is broken four years running is not a rule. It is a suggestion.\"")
    draft = "\"A rule that is broken four years running is not a rule,\" Pent said."
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]


def test_a_letters_salutation_is_no_part_of_the_name():
    """ "Dear Mr. Pent:" greets Ivo Pent; it names no "Dear Mr. Pent" beside him."""
    letter = ("June 17, 2031\n\nMr. Ivo Pent\nPresident\nTarrow Pharma Inc.\n\nDear Mr. Pent:\n\n"
              "During an inspection of your plant we found nine problems.")
    press = ("Tarrow Pharma's chief executive, Ivo Pent, said the company took the findings seriously. "
             "\"No product has been shipped from Line 3 since April,\" he said. Ada Moss, its head of quality, "
             "said: \"We have replaced every glove on the isolator.\"")
    draft = "\"We have replaced every glove on the isolator,\" Pent added."
    assert claims(draft, {"letter.txt": letter, "press.txt": press}, "attribution-speaker") \
        == [("attribution-speaker", "Pent")]


def test_a_country_a_wire_or_a_results_list_gives_a_person_is_her_nationality():
    """ "Norway's Jonas Vale", "Ada Moss of Sweden", "Kenji Pent (United Kingdom)" give nationalities
    that "Denmark's", "of Norway" and "a 19-year-old Canadian" contradict."""
    source = ("Italian Ivo Brask won the stage, outsprinting Norway's Jonas Vale at the line. Ada Moss of Sweden won "
              "the women's race.\n\nRoster:\nKenji \"Lumen\" Pent (United Kingdom)\nLena Roe (Ireland)")
    assert claims("Brask beat Denmark's Jonas Vale at the line.", {"w.txt": source}, "title-mismatch") \
        == [("title-mismatch", "Denmark")]
    assert claims("Ada Moss of Norway won the women's race.", {"w.txt": source}, "title-mismatch") \
        == [("title-mismatch", "Norway")]
    assert claims("Kenji \"Lumen\" Pent, a 19-year-old Canadian rifler, was named the most valuable player.",
                  {"w.txt": source}, "title-mismatch") == [("title-mismatch", "Canadian")]
    assert claims("Brask beat Norway's Jonas Vale, and Ada Moss of Sweden won the women's race.", {"w.txt": source},
                  "title-mismatch") == []
    assert claims("Ada Moss of Tarrow Rovers won the women's race.", {"w.txt": source}, "title-mismatch") == []


def test_a_persons_name_is_told_as_prose_writes_it_not_as_a_results_list_shouts_it():
    from copydesk.factbase.build import factbase_from_texts
    kb = factbase_from_texts({"list.txt": "1. Jonas VALE (Norway)\n2. Ivo PENT (Italy)\n\nJonas VALE won.\n\nJonas VALE led.",
                   "wire.txt": "Norway's Jonas Vale won the stage."})
    assert "Jonas Vale" in {e.name for e in kb.entities}


def test_an_office_in_title_case_before_its_holder_is_read_whole():
    """ "The State Returning Officer, Dr. Ada Moss," is an office, which "interior minister" contradicts."""
    source = ("The State Returning Officer, Dr. Ada Moss, has announced the provisional result of the election. "
              "Dr. Moss thanked the volunteers.")
    draft = "The provisional result was released by state interior minister Ada Moss on Monday."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == [("title-mismatch", "state interior minister")]


def test_a_weekday_and_date_opening_a_line_is_no_dateline():
    """ "On Wednesday, Oct. 9, the senate voted" is the vote's date, not a dateline to skip: an
    estimate "five weeks" before the story's Tuesday gives way to it."""
    source = ("Tarrow Lantern\nTuesday, November 12, 2030\n\nThe president will step down, the board announced Tuesday, "
              "five weeks after the Faculty Senate voted that it had no confidence in her.\n\n"
              "On Wednesday, Oct. 9, the Faculty Senate voted 58-21 to approve a resolution of no confidence.")
    assert claims("On Oct. 9 the Faculty Senate voted 58-21 for a resolution of no confidence.", {"w.txt": source},
                  "date-mismatch") == []


def test_the_number_of_a_thing_told_at_length_counts_that_thing():
    """ "The number of new bonds lodged with the registry fell to 24,317" counts bonds, so "about
    24,300 new bonds" is stated, and the methodology's "at least 30 bonds" is another fact."""
    source = ("The number of new bonds lodged with the registry fell to 24,317 in the quarter. District figures are "
              "published only where at least 30 bonds were lodged in the quarter.")
    assert claims("About 24,300 new bonds were lodged in the quarter.", {"w.txt": source}, "number-mismatch") == []


def test_people_of_two_kinds_counted_together_are_people():
    source = "A total of 278 people on board, or 7.1% of the 3,920 passengers and crew, have reported symptoms."
    assert claims("That is about 7.1% of the roughly 3,900 people on board.", {"w.txt": source}, "number-mismatch") == []
    assert claims("That is 278 of the 4,920 people on board.", {"w.txt": source}, "number-mismatch") \
        == [("number-mismatch", "4,920")]


def test_a_title_joined_by_hyphens_is_a_title():
    """ "TWS Director-General Dr Ada Moss" is Ada Moss, the TWS's director-general, not a longer name."""
    mentions = extract_mentions(Document("TWS Director-General Dr Ada Moss thanked the rangers.", "d.txt"))
    assert [m.text for m in mentions.names if m.kind == "person"] == ["Ada Moss"]
    assert [(t.text, t.role) for t in mentions.titles] == [("Director-General", "director general")]
    source = ("TWS Director-General Dr Ada Moss thanked the rangers who worked on the case.\n\n"
              "\"Nothing brings them back, but today the poachers have been held to account,\" she said.")
    draft = ("TWS Director-General Dr Ada Moss said nothing would bring them back, \"but today the poachers have been "
             "held to account\".")
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []


def test_a_figure_of_a_relative_clause_or_a_sentences_subject_is_that_persons():
    """ "Ivo Pent, who leads for two laps" and "Lena Vale ... led the first 12 laps" are two people's laps."""
    source = ("Lena Vale converted pole into the lead at the start and led the first 12 laps, but dropped behind "
              "Ivo Pent on lap 13. Ada Moss took the lead on lap 15 and led the final 18 laps.\n\n"
              "Ada Moss leads the championship on 118 points, six more than Vale. Tarrow lead the teams' "
              "championship on 168 points, seven clear of Kestrova. Vale and Pent are both 30.")
    draft = ("LAP 13: Vale drops behind Ivo Pent, who leads for two laps.\n\nMoss leads the championship on 118 "
             "points, six clear of Vale.")
    assert claims(draft, {"w.txt": source}, "number-mismatch") == []


def test_a_possessive_opening_a_sentence_is_not_its_figures_holder():
    """ "Ada Moss's team mate Ivo Pent ... five seconds": the penalty is Pent's, so "Pent ... a 10-second
    penalty" is checked against it."""
    source = ("Ada Moss won the Tarrow Grand Prix. Ada Moss's team mate Ivo Pent took the chequered flag in third place "
              "but dropped to fifth after the stewards added five seconds to his race time for causing a collision "
              "with Lena Vale at Turn 4 on lap 37.")
    draft = ("His team mate Ivo Pent crossed the line third but was classified fifth after a 10-second time penalty "
             "for colliding with Lena Vale at Turn 4 on lap 37.")
    assert claims(draft, {"w.txt": source}, "number-mismatch") == [("number-mismatch", "10")]


def test_a_plural_subject_whose_level_a_figure_gives_is_what_it_counts():
    """ "Confirmed cases rose to 1,204" counts cases; "Share prices fell to 74" counts nothing."""
    source = "Confirmed cases rose to 1,240 on Monday, the agency said."
    assert claims("Confirmed cases rose to 1,204 on Monday.", {"w.txt": source}, "number-mismatch") \
        == [("number-mismatch", "1,204")]
    mentions = extract_mentions(Document("Share prices fell to 74. Arrests had climbed to 41.", "d.txt"))
    assert [(m.value, m.unit) for m in mentions.numbers] == [(41.0, "arrest")]


def test_a_figure_said_without_something_is_not_the_one_said_with_it():
    source = ("Drivers with a TarrowPass tag will pay $4.20, up from $3.60. The cash-free toll-by-plate rate for cars "
              "will rise 75 cents, to $5.25.")
    (f,) = [f for f in check("Drivers with a tag will pay $4.80, up from $3.60.", {"w.txt": source})
            if f.rule == "number-mismatch"]
    assert f.fixes[0].replacement == "4.20"
    assert claims("Drivers without a tag will pay $5.25, up from $4.50.", {"w.txt": source}, "number-mismatch") == []


def test_a_reported_clauses_pronoun_may_be_the_person_the_story_goes_on_about():
    """ "Moss said he would still be in the running": "he" is the swimmer the last paragraph was
    about, not Moss."""
    source = ("Ada Moss, the head coach, watched the final. \"Five hundredths is nothing and everything,\" she said. "
              "Ivo Pent missed the standard by five hundredths. \"I'll be thinking about that one for a long time,\" "
              "he said.")
    draft = ("Ivo Pent, 21, sat on the pool deck with his head in his hands. \"I'll be thinking about that one for a "
             "long time,\" he said.\n\nAda Moss said he would still be in the running for a relay place.")
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []


def test_a_name_in_a_relative_clause_is_no_speaker_nor_antecedent():
    """ "Ivo Pent, 34, whose family farms at Tarrow Lea, told the radio he had joined the search" names
    Pent as the one who speaks next, not Tarrow Lea."""
    source = ("The volunteer who found her, Ivo Pent, 34, whose family farms at Tarrow Lea, told the radio station he "
              "had joined the search at 5.30am.\n\n\"I heard the dog before I saw anything,\" he said.")
    draft = "\"I heard the dog before I saw anything,\" Mr Pent told the radio station."
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []


def test_a_fix_writes_the_sources_figure_in_the_drafts_digits():
    source = "Ninety percent of the cost is paid by the national Flood Protection Programme, the board said."
    (f,) = [f for f in check("The Flood Protection Programme pays 80 percent of the cost.", {"w.txt": source})
            if f.rule == "number-mismatch"]
    assert [x.replacement for x in f.fixes] == ["90"]


def test_a_speaker_fix_keeps_a_family_names_particles():
    source = ("Project director Sander ten Brinkhorst said: \"The dike will be finished in 2029.\" Mayor Ada Moss "
              "welcomed the plan.")
    (f,) = [f for f in check("\"The dike will be finished in 2029,\" Moss said.", {"w.txt": source})
            if f.rule == "attribution-speaker"]
    assert [x.replacement for x in f.fixes] == ["ten Brinkhorst"]


def test_a_title_fix_is_the_whole_office_on_one_line():
    """ "Northern Affairs Minister" is one office (not "Affairs Minister" of a place "Northern"), and a
    title a source wraps over two lines is written back on one."""
    source = ("Northern Affairs Minister Ada Moss introduced the bill in February.\n\n\"The first estimate may be "
              "revised in the next survey,\" said Lena Vale, Tarrowsa's director of agricultural\ninformation.")
    draft = ("Transport Minister Ada Moss introduced the bill in February. Lena Vale, Tarrowsa's president, called the "
             "estimate a first one that \"may be revised in the next survey\".")
    found = {draft[f.start : f.end]: [x.replacement for x in f.fixes]
             for f in check(draft, {"w.txt": source}) if f.rule == "title-mismatch"}
    assert found == {"Transport Minister": ["Northern Affairs Minister"], "president": ["director of agricultural information"]}
    assert [t.text for t in extract_mentions(Document("Principal Ada Moss wrote to parents.", "d.txt")).titles] == ["Principal"]


def test_an_age_set_off_after_a_person_noun_is_an_age():
    mentions = extract_mentions(Document("The man, 34, and the woman, 29, were among five skiers.", "d.txt"))
    assert [(m.value, m.unit) for m in mentions.numbers if m.unit == "age"] == [(34.0, "age"), (29.0, "age")]


def test_a_name_the_sentences_verb_is_about_does_not_speak_its_participles_quote():
    """ "She named the Tarrow Stakes as the next target, adding that '...'": she speaks, not the race."""
    source = ("Ada Moss, who trains the colt, said the Tarrow Stakes at Pellbury was the next target. "
              '"We will look at the Tarrow next, but the owner will have the final say," she said.')
    draft = 'She named the Tarrow Stakes at Pellbury as the next target, adding that "the owner will have the final say".'
    assert claims(draft, {"w.txt": source}) == []
    wrong = 'Ivo Pent named the Tarrow Stakes at Pellbury as the next target, adding that "the owner will have the final say".'
    source_with_pent = source + " Ivo Pent, the owner, was not at the course."
    assert claims(wrong, {"w.txt": source_with_pent}, "attribution-speaker") == [("attribution-speaker", "Ivo Pent")]


def test_a_nationality_noun_right_before_a_name_or_after_an_age_is_the_persons():
    """ "Frenchman Ivo Pent", "Norwegian Ada Moss" and "Lena Vale, the 34-year-old Spaniard who led"
    give nationalities; "France's Ivo Pent" then names a country the sources know, and "Portugal's
    Lena Vale" contradicts them, with no fix: "Spaniard's Lena Vale" would not be English."""
    source = ("Norwegian Ada Moss won in 9:42:17. She finished ahead of Lena Vale, the 34-year-old Spaniard who "
              "had led from the start. Frenchman Ivo Pent, 31, was third.")
    assert [f for f in check("France's Ivo Pent was third.", {"w.txt": source}) if f.rule == "unsupported-entity"] == []
    (f,) = [f for f in check("Portugal's Lena Vale had led from the start.", {"w.txt": source})
            if f.rule == "title-mismatch"]
    assert f.fixes == []
    assert claims("Italian Ivo Pent was third.", {"w.txt": source}, "title-mismatch") == [("title-mismatch", "Italian")]
    assert claims("Swedish Ada Moss won.", {"w.txt": source}, "title-mismatch") == [("title-mismatch", "Swedish")]
    assert claims("Frenchman Ivo Pent was third, behind Norwegian Ada Moss.", {"w.txt": source}, "title-mismatch") == []


def test_a_date_a_sentence_says_a_document_is_dated_is_an_events_date():
    """ "refused by notice dated 9 October 2029" dates the refusal; "Dated: 3 February 2031" heading a
    notice, and "Volume 48 | Published 7 May 2031", date the document."""
    from copydesk.factbase.build import factbase_from_texts
    kb = factbase_from_texts({"n.txt": "Volume 48 | Published 7 May 2031\n\nDated: 3 February 2031\n\n"
                                       "The application was refused by notice dated 9 October 2029."})
    assert {f.text for f in kb.dates if f.role == "event"} == {"9 October 2029"}
    source = "Planning permission was refused by notice dated 9 October 2029, and the company appealed."
    assert [f for f in check("The council refused the scheme in October 2029.", {"n.txt": source})
            if f.rule == "unsupported-date"] == []


def test_a_bound_the_sources_give_does_not_disagree_with_a_value_within_it():
    """ "All turbines are below 150 metres" is no second value for the "125 metres" turbines."""
    source_a = ("The consented turbines will be up to 149.9 metres and 125 metres tall to the tip of their blades. "
                "Five of the taller design and four of the shorter one will be built.")
    source_b = ("1. The development comprises nine turbines: five of up to 149.9 metres to blade tip and four of up "
                "to 125 metres to blade tip.\n\n7. All turbines are below 150 metres to blade tip, and no "
                "aviation lighting is required.")
    for draft in ("That leaves five turbines of up to 149.9 metres and four of up to 125 metres.",
                  "Four turbines of up to 125 metres to blade tip will be built."):
        assert [f for f in check(draft, {"a.txt": source_a, "b.txt": source_b}) if f.rule == "number-mismatch"] == []


def test_a_fix_for_a_figure_in_words_is_written_in_words():
    """ "seven vacancies" where the sources say "9 vacancies": the fix is "nine", as the draft spells figures."""
    source = "The operator said the crew roster has 9 vacancies on the northern routes."
    (f,) = [f for f in check("The crew roster has seven vacancies on the northern routes.", {"w.txt": source})
            if f.rule == "number-mismatch"]
    assert f.fixes[0].replacement == "nine"
    (f,) = [f for f in check("Seven vacancies remain on the crew roster, the operator said.", {"w.txt": source})
            if f.rule == "number-mismatch"]
    assert f.fixes[0].replacement == "Nine"


def test_a_verb_of_saying_written_as_a_noun_names_no_speaker():
    """ "Lord Ivo Pent made the following remarks:" gives the quote no speaker called "the following"."""
    text = ('In passing sentence, Lord Ivo Pent made the following remarks:\n\n"You have pleaded guilty to '
            'the culpable homicide of Ada Moss.\n\n"The circumstances are these."')
    quotes = extract_mentions(Document(text, "s.txt")).quotes
    assert quotes and all(q.speaker is None or q.speaker.text != "the following" for q in quotes)


def test_a_figure_another_figure_of_the_sentence_states_leaves_the_next_best_to_align():
    """ "With the 10-second bonus he now leads Ada Moss by 18 seconds": the draft's own "10-second"
    states the source's 10 seconds, so the 18 aligns with the lead the sources give, eight seconds."""
    source = ("Ivo Pent won the fifth stage. With the 10-second winner's bonus he now leads Ada Moss overall. "
              "Pent now leads Ada Moss by eight seconds, with Lena Vale third at 15 seconds.")
    draft = ("With the 10-second winner's bonus he now leads Ada Moss by 18 seconds overall, with Lena Vale third "
             "at 15 seconds.")
    assert claims(draft, {"w.txt": source}, "number-mismatch") == [("number-mismatch", "18")]


def test_a_weekday_an_order_takes_effect_on_is_ahead_and_a_passive_of_now_is_no_past():
    """A release of Tuesday 11 November: "urged keepers not to wait for the order to take effect on
    Friday" and "which applies ... on Friday, [birds] must be kept indoors" are Friday 14 November, not
    the Friday before. A fix from a day worked out from a weekday is offered, not applied unasked."""
    source = ("date 2031-11-11\n\nShe urged keepers not to wait for the housing order to take effect on Friday. "
              "Under the housing order, which applies from one minute past midnight on Friday, all birds must be "
              "kept indoors.")
    (f,) = [f for f in check("The housing order takes effect at 00:01 on 15 November.", {"c.txt": source})
            if f.rule == "date-mismatch"]
    assert f.fixes[0].replacement == "14 November" and not f.fixes[0].preferred
    assert claims("The housing order takes effect at 00:01 on 14 November.", {"c.txt": source}, "date-mismatch") == []
    written = source + " The order comes into force on 14 November 2031."
    (f,) = [f for f in check("The housing order takes effect at 00:01 on 15 November.", {"c.txt": written})
            if f.rule == "date-mismatch"]
    assert f.fixes[0].replacement == "14 November" and f.fixes[0].preferred


def test_a_role_for_a_place_speaks_not_the_place():
    """ '"...," the MP for Hexley and Tarrow said' is the MP's, however the sources name her."""
    source = ('Ada Moss, the MP for Hexley and Tarrow, said: "These figures are a damning verdict on the '
              "Government's failure to get a grip.\"")
    draft = '"These figures are a damning verdict on the Government\'s failure to get a grip," the MP for Hexley and Tarrow said.'
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []
    assert [f for f in check(draft, {"w.txt": source}) if f.rule == "attribution-speaker"] == []


def test_a_misquotes_fix_quotes_the_source_to_the_end_of_the_changed_clause():
    """A partial quote whose last word changed ("watched its light") is fixed with the source's
    clause ("watched its beam"), not with the rest of its sentence after the comma."""
    source = ('Ada Moss said: "This is a building that belongs to everyone who has ever stood on that headland '
              'and watched its beam, and thanks to lottery players we are delighted to help."')
    draft = 'Ada Moss said the lighthouse "belongs to everyone who has ever stood on that clifftop and watched its light".'
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "misquote"]
    assert f.fixes[0].replacement.startswith("belongs to everyone who has ever stood on that headland and watched its beam")
    assert "lottery" not in f.fixes[0].replacement


def test_a_sum_whose_digits_swap_into_the_sources_exact_sum_is_a_slip_though_a_bound_covers_it():
    """ "£87,142" is within "more than £87,000", but the tribunal's exact "£87,412" shows the slip."""
    source = ("A manager who complained about her pay has won more than £87,000 from Tarrow Freight after a "
              "tribunal found she was unfairly dismissed. The tribunal ordered Tarrow Freight to pay her £87,412.")
    draft = "Tarrow Freight has been ordered to pay her £87,142 after a tribunal found she was unfairly dismissed."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "number-mismatch"]
    assert f.fixes[0].replacement == "87,412"
    assert claims(draft.replace("£87,142", "more than £87,000"), {"w.txt": source}, "number-mismatch") == []


def test_a_figure_and_a_fraction_is_one_figure_in_words_or_digits():
    """ "two and three-quarter lengths", "1 3/4 lengths", "1¾ lengths" and "a length and three-quarters"
    are figures with their fraction; "24/7" holds none, and "1 3/4 lengths" is no "4 lengths"."""
    def figures(text: str) -> list[tuple[str, float, str]]:
        return [(text[n.start : n.end], round(n.value, 2), n.unit) for n in extract_mentions(Document(text, "d.txt")).numbers]
    assert figures("Tarrow Lad won by two and three-quarter lengths.") == [("two and three-quarter lengths", 2.75, "length")]
    assert figures("Tarrow Lad won by 1 3/4 lengths.") == [("1 3/4 lengths", 1.75, "length")]
    assert figures("Tarrow Lad won by 1¾ lengths.") == [("1¾ lengths", 1.75, "length")]
    assert figures("Tarrow Lad won by a length and three-quarters.") == [("a length and three-quarters", 1.75, "length")]
    assert figures("The talks lasted an hour and a half.") == [("an hour and a half", 1.5, "hour")]
    assert figures("A 24/7 helpline took 3 calls.") == [("3 calls", 3.0, "call")]
    source = "Tarrow Lad held the late charge of Pell Bay by a length and three-quarters."
    assert claims("Tarrow Lad beat Pell Bay by two and three-quarter lengths.", {"w.txt": source}, "number-mismatch") \
        == [("number-mismatch", "two and three-quarter")]
    assert claims("Tarrow Lad beat Pell Bay by 1¾ lengths.", {"w.txt": source}, "number-mismatch") == []


def test_a_score_split_otherwise_in_a_clause_that_shares_its_words_is_the_same_score():
    """ "led 6-2 after the afternoon session" for "led 5-3 after the afternoon session": eight frames
    split otherwise, told apart from a later "7-6" that shares a number but not the words."""
    source = ("Ivo Pent, who won the title in 2022, led 5-3 after the afternoon session. Ada Moss closed to 7-6 "
              "in the evening before Pent won 10-7.")
    draft = "Ivo Pent, who won the title in 2022, led 6-2 after the afternoon session and went on to win 10-7."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "number-mismatch"]
    assert draft[f.start : f.end] == "6-2" and f.fixes[0].replacement == "5-3"
    assert claims("Ivo Pent led 5-3 after the afternoon session and went on to win 10-7.", {"w.txt": source},
                  "number-mismatch") == []
    assert claims("Ivo Pent won the Tarrow Open 6-2 in 2019.", {"w.txt": source}, "number-mismatch") == []
    # another total: the score of the clause that shares its words ("just after half-time"), not a
    # team sheet's formation that shares a number; a score at another goal (3-2 for 2-2), where the
    # scorer may be the slip, is worth a look, not a claim
    goals = "Ada Moss was the scorer just after half-time to make it 2-2.\n\nTarrow (4-4-2): Pent 6, Moss 7."
    late = "Ada Moss made it 3-2 just after half-time."
    assert [(f.severity, late[f.start : f.end]) for f in check(late, {"w.txt": goals}) if f.rule == "number-mismatch"] == [
        ("information", "3-2")]


def test_a_figure_for_what_a_list_labels_is_the_lists_figure():
    """ "£150,000 for the runner-up" is the prize list's "runner-up £100,000", though the list shares
    few words with the draft's sentence; a figure for what the list does not label is not checked."""
    source = ("Ivo Pent meets Ada Moss in Sunday's final.\n\n"
              "Prize money: winner £250,000; runner-up £100,000; losing semi-finalists £45,000.")
    draft = ("Pent meets Ada Moss in Sunday's best-of-19 final, with £250,000 for the winner and £150,000 "
             "for the runner-up.")
    assert claims(draft, {"w.txt": source}, "number-mismatch") == [("number-mismatch", "150,000")]
    assert claims(draft.replace("£150,000", "£100,000"), {"w.txt": source}, "number-mismatch") == []
    assert claims(draft.replace("runner-up", "referees"), {"w.txt": source}, "number-mismatch") == []


def test_a_name_inside_someones_quoted_words_is_no_antecedent_for_the_reporters_pronoun():
    """ '"Mrs Moss has run this post office for 30 years ...," she said. He added that "..."': Moss,
    named inside the quote, is no one the reporter's "He" could be, and "He" may be the MP."""
    source = ('Ivo Pent, the MP, said: "Mrs Moss has run this post office for 30 years. It is a lifeline." '
              "Ada Moss said she was grateful.")
    draft = ('The petition was handed to Ivo Pent, the MP.\n\n"Mrs Moss has run this post office for 30 years. It is '
             'a lifeline," she said. He added that "nearly 1,900 people have signed this petition".')
    assert ("attribution-pronoun", "He") not in claims(draft, {"w.txt": source}, "attribution-pronoun")


def test_a_source_that_writes_the_drafts_value_beside_another_does_not_disagree_with_it():
    """ "66,870 installations" since launch is in both sources; the release's "32,460 installations" in
    2028-29 is another fact, not a second value of the first."""
    stats = ("- Since the scheme opened on 3 April 2028, 78,416 applications have been received and 66,870 "
             "installations have been paid for, at a total cost of £512.4 million.\n\nIn the 2028-29 financial "
             "year, 32,460 installations were paid for, at a cost of £248.7 million.")
    news = "Across its first 21 months the scheme had paid for 66,870 installations at a cost of £512.4m, she noted."
    draft = "- Since launch in April 2028: 78,416 applications and 66,870 installations, costing £512.4m"
    assert [f for f in check(draft, {"stats.txt": stats, "news.txt": news}) if f.rule == "number-mismatch"] == []


def test_a_figure_after_a_lines_label_counts_what_the_label_names():
    """ "- Applications in the quarter: 9,824" counts applications: a slip of the sources' 9,284."""
    source = "The department received 9,284 applications in the quarter, 21% more than a year earlier."
    draft = "Key figures:\n\n- Applications in the quarter: 9,824, up 21% on a year earlier\n- Grant: £7,500"
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "number-mismatch"]
    assert draft[f.start : f.end] == "9,824" and f.fixes[0].replacement == "9,284"
    assert claims(draft.replace("9,824", "9,284"), {"w.txt": source}, "number-mismatch") == []


def test_a_fix_that_needs_the_other_article_rewrites_it():
    """ "an 8.6-mile journey" fixed to the sources' 6.8 miles reads "a 6.8-mile journey"."""
    from copydesk.checks.engine import with_its_article
    text = "It is an 8.6-mile journey. Grade A 6 steel. A 6-hour day."
    at = text.index("8.6")
    assert with_its_article(text, Fix("", "6.8", at, at + 3)) == Fix("", "a 6.8", at - 3, at + 3)
    at = text.index("6 steel")
    assert with_its_article(text, Fix("", "8", at, at + 1)) == Fix("", "8", at, at + 1)
    at = text.index("6-hour")
    assert with_its_article(text, Fix("", "8", at, at + 1)).replacement == "An 8"


# -- times of day --------------------------------------------------------------------------------

LOG = ("The Tarrow lifeboat launched at 18:26 on Tuesday after the yacht Merla reported engine failure. "
       "The crew reached the yacht at 18:58 and towed it back, arriving at about 20:40. "
       "An amber warning for wind runs between 4pm and 6pm on Wednesday.")


def test_a_time_of_day_the_same_event_gives_otherwise_is_contradicted_and_fixed_in_the_drafts_form():
    for written, right in (("18:56", "18:26"), ("6.56pm", "6.26pm"), ("6:56 p.m.", "6:26 p.m.")):
        draft = f"The Tarrow lifeboat launched at {written} on Tuesday after the yacht Merla reported engine failure."
        (f,) = [f for f in check(draft, {"log.txt": LOG}) if f.rule == "number-mismatch"]
        assert draft[f.start : f.end] == written and f.fixes[0].replacement == right


def test_a_time_of_day_any_source_gives_or_allows_is_not_contradicted():
    """ "6.26pm" is the log's 18:26, wherever the draft puts it; "just after 6.20pm" allows 18:26; "at
    10:30" may be morning or night; a stamp's time dates the report; a race time is no time of day."""
    for draft in ("The yacht Merla reported engine failure, and the crew reached the yacht at 6.26pm.",
                  "The Tarrow lifeboat launched just after 6.20pm on Tuesday.",
                  "The Tarrow lifeboat launched at 10:30 on Tuesday.",
                  "UPDATE, 19:20 GMT: The Tarrow lifeboat is back.",
                  "The crew reached the yacht at 18:58, towed it back and arrived at around 20:35."):
        assert claims(draft, {"log.txt": LOG}, "number-mismatch") == [], draft


def test_a_window_the_sources_give_supports_only_its_own_event():
    """ "between 4pm and 6pm" is a warning's window, not the launch's time: "launched at 4.20pm" is
    still the log's 18:26."""
    draft = "The Tarrow lifeboat launched at 4.20pm on Tuesday after the yacht Merla reported engine failure."
    assert claims(draft, {"log.txt": LOG}, "number-mismatch") == [("number-mismatch", "4.20pm")]


def test_times_of_day_in_one_sentence_are_no_sum_nor_band_for_a_count():
    """ "between 11am and 3pm" is no band that "about 1,430 people" lies in (1100 to 1500 as hhmm)."""
    source = "Stay indoors between 11am and 3pm, the agency said. There were 1,340 excess deaths."
    draft = "About 1,430 people died in the heat."
    assert [f.rule for f in check(draft, {"w.txt": source}) if draft[f.start : f.end].startswith("1,430")] \
        == ["unsupported-number"]


# -- who speaks, and who is who ---------------------------------------------------------------------

def test_a_participle_after_a_quote_leaves_the_quote_with_the_subject_before_it():
    """ 'Pent said it was "...", adding that Moss had led the worst of it': Pent's words, not Moss's."""
    source = ('Ivo Pent said the wall was hard. "The headwall was the steepest ice I have ever touched," he said. '
              '"Ada led the worst of it and never complained once." Ada Moss led the second day.')
    draft = ('Ivo Pent said it was "the steepest ice I have ever touched", adding that Moss had led the worst of it '
             '"and never complained once".')
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []


def test_a_style_and_its_grade_are_no_part_of_a_name():
    """ "the Most Rev Ada Moss" is Ada Moss, the Rev no first name."""
    source = 'The debate was chaired by the Most Rev Ada Moss, Archbishop of Tarrow. She said: "We will listen."'
    draft = 'The Archbishop of Tarrow, Ada Moss, said: "We will listen."'
    assert claims(draft, {"w.txt": source}) == []
    (m,) = [m for m in extract_mentions(Document(source, "w.txt")).names if "Moss" in m.text]
    assert m.words == ("Ada", "Moss")


def test_a_common_word_after_a_determiner_and_an_adjective_is_no_miscased_name():
    source = "The Synod voted. The Synod meets in July. Members of the Synod spoke."
    assert claims("Across the whole synod, members backed it.", {"w.txt": source}, "name-spelling") == []


def test_a_release_label_with_a_role_after_the_name_gives_the_quote():
    """ 'Ms Ada Moss, Minister of Fisheries and Oceans of Velmar, chair of the talks: "..."' is Moss's quote,
    and "Oceans of Velmar" no one's name."""
    source = ('Statements\n\nMs Ada Moss, Minister of Fisheries and Agriculture of Iceland, chair of the talks: '
              '"We leave with a fair share."\n\nMr Ivo Pent, Minister of Fisheries: "It is a hard year."')
    draft = '"We leave with a fair share," Pent said.'
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]
    names = {m.text: m.kind for m in extract_mentions(Document(source, "w.txt")).names}
    assert names.get("Agriculture of Iceland", "thing") != "person"


def test_a_country_after_a_name_and_its_age_is_the_persons():
    source = "Ada Moss led the team with Austrian Ivo Pent, 34, and Lena Vale, 29."
    draft = "Ada Moss led the team with Ivo Pent, 34, of Germany, and Lena Vale, 29."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == [("title-mismatch", "Germany")]


def test_a_clergy_title_before_a_name_is_a_title_not_a_first_name():
    source = "The motion was moved by the Bishop of Tarrow, Ada Moss, and seconded by Canon Ivo Pent."
    draft = "The motion was moved by Ada Moss and seconded by Canon Lena Vale."
    found = [(f.rule, draft[f.start : f.end]) for f in check(draft, {"w.txt": source})]
    assert ("unsupported-entity", "Lena Vale") in found


# -- titles as wire copy writes them -----------------------------------------------------------------

def test_a_title_in_apposition_reads_past_its_bodys_place_its_region_and_a_second_description():
    """ "chief economist at Tarrow Bank in Velmar", "the Tarrow Fund's director for the South West",
    "the auction house's chief executive", "chief executive of Pent Housewares and grandson of its
    founder": each gives its person a title, which a draft's other title contradicts."""
    cases = (
        ('"It will not cool," said Ivo Pent, chief economist at Tarrow Bank in Velmar.',
         '"It will not cool," said Ivo Pent, chief executive of Tarrow Bank in Velmar.', "chief executive"),
        ("Ada Moss, the Tarrow Lottery Fund's director for the South West, said the grant was earned.",
         "Ada Moss, the fund's chief executive, said the grant was earned.", "chief executive"),
        ("The sale was run by Ivo Pent, chairman of the auction house, who took the rostrum.",
         "The auctioneer, Ivo Pent, the auction house's chief executive, took the rostrum.", "chief executive"),
        ("Ivo Pent, chief executive of Pent Housewares and grandson of its founder, apologised.",
         "Ivo Pent, the company's chairman and the grandson of its founder, apologised.", "chairman"),
    )
    for source, draft, wrong in cases:
        assert claims(draft, {"w.txt": source}, "title-mismatch") == [("title-mismatch", wrong)], draft
        assert claims(source, {"w.txt": source}, "title-mismatch") == [], source


SOCIETY = ("The society's president, Ada Moss, opened the show on Saturday. "
           "Ivo Pent counted the entries, and the club's president, Lena Vale, judged the roses.")


def _titles(draft: str, sources: dict[str, str]) -> list[tuple[str, str, str]]:
    return [(f.severity, draft[f.start : f.end], f.message) for f in check(draft, sources) if f.rule == "title-mismatch"]


def test_a_bodys_post_given_to_someone_else_is_advice_naming_its_holder():
    """One body's post the sources give one other person: advice without a fix (the post may have
    changed hands since), in apposition and before the name alike."""
    for draft in ("Ivo Pent, the society's president, opened the show.", "Society president Ivo Pent opened the show."):
        (f,) = [f for f in check(draft, {"w.txt": SOCIETY}) if f.rule == "title-mismatch"]
        assert (f.severity, draft[f.start : f.end], f.fixes) == ("information", "president", [])
        assert "Ada Moss, not Ivo Pent" in f.message
    council = "Councillor Ada Moss, Leader of the Council, opened the depot on Monday. Ivo Pent cut the ribbon."
    assert _titles("Council leader Ivo Pent opened the depot.", {"w.txt": council}) == [
        ("information", "Council leader", '"Council leader": the sources give that post to Ada Moss, not Ivo Pent (w.txt)')]


def test_a_post_is_silent_without_its_body_of_another_body_changed_hands_or_shared():
    silent = ("Ivo Pent, a president, opened the show.",  # whose post: the draft does not say
              "Ivo Pent, the society's new president, opened the show.",  # a change the sources predate
              "Ivo Pent, the society's acting president, opened the show.")
    for draft in silent:
        assert _titles(draft, {"w.txt": SOCIETY}) == [], draft
    draft = "Ivo Pent, the club's president, opened the show."  # the club's post is Lena Vale's: another body
    assert _titles(draft, {"w.txt": SOCIETY.replace("the club's president", "the club's patron")}) == []
    two = {"a.txt": SOCIETY, "b.txt": "The society's president, Velmar Gale, spoke."}  # two holders: no one post
    assert _titles("Ivo Pent, the society's president, opened the show.", two) == []
    former = SOCIETY.replace("The society's president, Ada Moss", "The society's former president, Ada Moss")
    assert _titles("Ivo Pent, the society's president, opened the show.", {"w.txt": former}) == []


def test_a_title_whose_holder_the_sentence_names_too_is_a_list_not_an_apposition():
    """ "Ivo Pent, the society's president, Ada Moss, and others": the sources' president is named
    right after her title, so neither the office they give Pent nor the post's holder is contradicted."""
    draft = "Guests included the designer Ivo Pent, the society's president, Ada Moss, and the mayor."
    assert _titles(draft, {"w.txt": SOCIETY}) == []
    treasurer = SOCIETY.replace("Ivo Pent counted", "The society's treasurer, Ivo Pent, counted")
    assert _titles(draft, {"w.txt": treasurer}) == []
    assert claims("Ivo Pent, the society's president, opened the show.", {"w.txt": treasurer}, "title-mismatch") == [
        ("title-mismatch", "president")]


PHARMACIST = "Ada Moss, a pharmacist in Tarrow, said the rules changed on Monday. Ivo Pent, a doctor, agreed."


def test_a_trade_the_sources_give_otherwise_is_a_title_mismatch_whose_fix_keeps_its_article():
    (f,) = [f for f in check("Ada Moss, a nurse, said the rules changed.", {"w.txt": PHARMACIST})
            if f.rule == "title-mismatch"]
    assert (f.severity, [(x.replacement, x.preferred) for x in f.fixes]) == ("warning", [("pharmacist", True)])
    draft = "Ada Moss, an optician, said the rules changed."  # "an pharmacist": no fix
    (f,) = [f for f in check(draft, {"w.txt": PHARMACIST}) if f.rule == "title-mismatch"]
    assert (draft[f.start : f.end], f.fixes) == ("optician", [])


def test_a_trade_and_its_kinds_one_kind_left_unsaid_and_careers_that_changed_are_no_conflict():
    silent = ("Ivo Pent, a surgeon, agreed.",  # a surgeon is a doctor
              "Ada Moss, a Tarrow pharmacist, said so.", "Ada Moss, a former nurse, said so.")
    for draft in silent:
        assert claims(draft, {"w.txt": PHARMACIST}, "title-mismatch") == [], draft
    nurse = "Ada Moss, a veterinary nurse, treated the dog on Monday."
    assert claims("Ada Moss, a nurse, treated the dog.", {"w.txt": nurse}, "title-mismatch") == []
    assert claims("Ada Moss, a dental nurse, treated the dog.", {"w.txt": nurse}, "title-mismatch") == [
        ("title-mismatch", "dental nurse")]  # both say which kind, and differ
    builder = "Ivo Pent, a builder, and Ada Moss, a joiner, fixed the roof on Monday."
    assert claims("Ivo Pent, a plumber, fixed the roof.", {"w.txt": builder}, "title-mismatch") == []  # a kind of builder
    assert claims("Ada Moss, a plumber, fixed the roof.", {"w.txt": builder}, "title-mismatch") == [
        ("title-mismatch", "plumber")]  # a joiner is no plumber
    changed = "Ada Moss, a former teacher, said the rules changed on Monday."
    assert claims("Ada Moss, a nurse, said so.", {"w.txt": changed}, "title-mismatch") == []


def test_a_trade_is_read_past_an_age_a_place_and_where_its_holder_works_but_never_from_a_surname():
    cases = {
        "Ada Moss, a 46-year-old pharmacist from Tarrow, said it.": "pharmacist",
        "Ada Moss, 29, a dental nurse at a practice in Tarrow, said it.": "dental nurse",
        "Ada Moss, a Tarrow pharmacist, said it.": "pharmacist",
        "Ada Moss, a sheep farmer, said it.": "sheep farmer",
        "Ada Moss, a retired GP, said it.": "retired gp",
        "Tarrow dairy farmer Ada Moss was picked.": "dairy farmer",
        "For sheep farmer Ada Moss, it came late.": "sheep farmer",
        "Then said farmer Ada Moss: no.": "farmer",  # "said" is no kind of farmer
    }
    for text, role in cases.items():
        assert [t.role for t in extract_mentions(Document(text, "d.txt")).titles] == [role], text
    assert extract_mentions(Document("Ada Farmer said it.", "d.txt")).titles == []


def test_the_home_nations_are_nationalities_of_their_own_within_british():
    scottish = {"w.txt": "The Scottish novelist Ada Moss won the prize on Monday."}
    assert claims("The Irish novelist Ada Moss won the prize.", scottish, "title-mismatch") == [("title-mismatch", "Irish")]
    assert claims("The Welsh novelist Ada Moss won the prize.", scottish, "title-mismatch") == [("title-mismatch", "Welsh")]
    assert claims("The British novelist Ada Moss won the prize.", scottish, "title-mismatch") == []
    british = {"w.txt": "The British novelist Ada Moss won the prize on Monday."}
    assert claims("The Scottish novelist Ada Moss won the prize.", british, "title-mismatch") == []
    # "an English lecturer", "the French teacher": a language taught, not a nationality
    assert claims("Ada Moss, an English lecturer, won the prize.", scottish, "title-mismatch") == []
    assert [t.affiliation for t in extract_mentions(Document("The French teacher Ada Moss won.", "d.txt")).titles
            if t.form == "nationality"] == []
    welsh_born = {"w.txt": "The Welsh-born novelist Ada Moss won the prize on Monday."}
    assert claims("The Scottish-born novelist Ada Moss won the prize.", welsh_born, "title-mismatch") == [
        ("title-mismatch", "Scottish-born")]
    assert claims("The British-born novelist Ada Moss won the prize.", welsh_born, "title-mismatch") == []


def test_a_quote_a_speaker_joked_is_hers():
    source = 'Ada Moss said: "He keeps dying before the interval." Ivo Pent, the director, spoke later.'
    draft = '"He keeps dying before the interval," Pent joked.'
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]


def test_a_service_rank_at_another_grade_is_a_title_mismatch():
    source = "Superintendent Ada Moss said two men had been arrested. Supt Moss said 26 calls came in."
    draft = "Chief Superintendent Ada Moss said two men had been arrested."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "title-mismatch"]
    assert draft[f.start : f.end] == "Chief Superintendent" and f.fixes[0].replacement == "Superintendent"
    assert claims(draft, {"w.txt": source + " Chief Superintendent Ada Moss arrived."}, "title-mismatch") == []


def test_a_courts_level_before_judge_is_part_of_the_title():
    """ "District Judge Ada Moss": a district judge, not a judge of a place called District, so a
    draft's "Magistrate Judge" is another office."""
    source = "District Judge Ada Moss dismissed the claim on Thursday."
    assert claims("Magistrate Judge Ada Moss dismissed the claim on Thursday.", {"w.txt": source},
                  "title-mismatch") == [("title-mismatch", "Magistrate Judge")]
    assert claims(source, {"w.txt": source}) == []


def test_an_english_word_made_from_a_name_word_is_no_misspelling_of_it():
    """ "Brackwater Environmental" beside the sources' "Cabinet Member for Environment"."""
    source = "Councillor Ivo Pent, Cabinet Member for Environment, said: \"Food waste is a third of the bin.\""
    draft = "Bins will be emptied by the council's contractor, Tarrowby Environmental."
    assert claims(draft, {"w.txt": source}, "name-spelling") == []


def test_a_reporting_aside_before_a_participle_gives_the_quote_to_its_subject():
    """ "Moss had driven her mother there, the judge found, adding: '...'": the judge's words."""
    source = ('Judge Lena Vale found that Ivo Moss had driven his mother to the office. "Caring for an elderly '
              'parent, and being loved for it, is not undue influence," the judge said.')
    draft = ('Ivo Moss had driven his mother to the office, the judge found, adding: "Caring for an elderly parent, '
             'and being loved for it, is not undue influence."')
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []


def test_a_speaker_fix_names_the_speaker_as_the_draft_named_the_wrong_one():
    """ "Ivo said", in a family that shares a surname, and "Vale said" where two Pents speak: the full
    name, never the surname alone, which is either Pent's."""
    source = ('Ada Pent, his sister, said: "Mother knew her own mind." Ivo Pent said: "We will appeal." '
              'Lena Vale said: "It was fair."')
    for draft, right in (('"Mother knew her own mind," Ivo said.', "Ada Pent"),
                         ('"Mother knew her own mind," Vale said.', "Ada Pent")):
        (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "attribution-speaker"]
        assert f.fixes[0].replacement == right, draft


def test_according_to_a_role_gives_the_quote_to_no_name_after_it():
    source = 'Ada Moss, the bride\'s mother, said Lena had "screamed the place down" at her christening.'
    draft = "According to the bride's mother, she reminded guests that Lena had \"screamed the place down\"."
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == []


def test_a_title_held_previously_is_a_former_title():
    source = ("Officers elected:\n\n  Chair: Ivo Pent (previously Treasurer), elected unopposed.\n"
              "  Treasurer: Ada Moss (previously Secretary), elected by ballot.")
    draft = "The club elected its long-serving treasurer, Ivo Pent, to succeed Lena Vale as chair."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == []


def test_a_callers_label_in_a_transcript_gives_the_turn_its_speaker():
    """ "BRENDA (CALLER):", twice, in a transcript whose leader is named in full: Brenda's words."""
    source = ("PRESENTER: Good morning.\n\nCOUNCILLOR MARGIT TOLLANDER: Good morning.\n\nPRESENTER: Brenda is on the line."
              "\n\nBRENDA (CALLER): What am I supposed to do with two weeks of nappies in September heat?\n\n"
              "TOLLANDER: Brenda, we have thought about that. Ask for a bigger bin.\n\n"
              "BRENDA (CALLER): It's a stinking idea, if you'll pardon the pun.\n\nTOLLANDER: I hear you.\n\n"
              "PRESENTER: Councillor Margit Tollander, leader of the council, thank you.")
    draft = 'Brenda asked what she was supposed to do "with two weeks of nappies in September heat".'
    assert claims(draft, {"t.txt": source}) == []
    speakers = {q.text[:12]: q.speaker.text for q in extract_mentions(Document(source, "t.txt")).quotes if q.speaker}
    assert speakers == {"Good morning": "MARGIT TOLLANDER", "What am I su": "BRENDA", "Brenda, we h": "TOLLANDER",
                        "It's a stink": "BRENDA", "I hear you.": "TOLLANDER"}  # "COUNCILLOR MARGIT TOLLANDER:" too


def test_a_day_that_misses_the_sources_weekday_of_that_week_is_the_slip():
    """ "Saturday, September 12" where the sources sail on Saturday 13 September: the date is wrong, not
    the weekday, and the fix is theirs."""
    source = "Races were sailed on Saturday 13 September and Sunday 14 September 2031."
    draft = "On Saturday, September 12, a south-westerly gusted to 23 knots."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "date-mismatch"]
    assert draft[f.start : f.end] == "September 12" and f.fixes[0].replacement == "September 13"


def test_an_interviews_answers_are_the_guest_its_heading_names():
    """ "Q: ... / A: ...", under a heading that names one person (a programme's title in quotation marks
    is no one): her words, so a draft's "he says" and a changed word are caught."""
    source = ('TRANSCRIPT: "Kitchen Talk" interview with chef Ada Moss, Tarrowby.\nRecorded at Tarrowby\n\n'
              "Q: Why the city?\n\nA: I grew up forty minutes from here, and I always knew I would come back.\n\n"
              "Q: And the size?\n\nA: Twenty-four covers was a love affair. Forty-two is a marriage, and marriages "
              "need systems.\n\nQ: Thank you.")
    speakers = {q.speaker.text for q in extract_mentions(Document(source, "t.txt")).quotes if q.speaker}
    assert speakers == {"Ada Moss"}
    draft = 'Moss says: "Forty-two is a business, and marriages need systems," he says.'
    found = claims(draft, {"t.txt": source + "\n\nAda Moss said she was glad."})
    assert ("misquote", "business") in found


def test_not_more_than_bounds_a_figure_from_above():
    source = "Unemployment fell to 4.9% in 2028 and stands at 7.2% now, up from 6.3%."
    draft = "The rate is 7.2%, not more than 10%."
    assert claims(draft, {"w.txt": source}, "number-mismatch") == []


def test_a_heading_line_of_a_date_and_a_time_dates_the_document_not_an_event():
    """ "Tuesday 14 May 2030, 20:00-21:30" under a programme's title dates the transcript: "Tarrowland
    votes on June 16" is no slip of it; a "Next release: Thursday 8 August" line is an event still."""
    transcript = ("date 2030-05-14\n\nNTV ONE - THE TARROWLAND LEADERS' DEBATE\nTuesday 14 May 2030, 20:00-21:30\n"
                  "Live from Corvell Hall\n\nHOST: Good evening. The election is three weeks away.")
    release = "date 2030-05-09\n\nLabour market statistics\nNext release: Thursday 8 August 2030\n\nUnemployment rose."
    sources = {"t.txt": transcript, "r.txt": release}
    assert claims("Tarrowland votes on June 16.", sources, "date-mismatch") == []
    assert claims("The next labour market release is due on 8 August.", sources, "date-mismatch") == []


def test_a_weekday_and_day_the_sources_write_together_is_not_another_events_date():
    """ "close by Friday 20 December", where a memo gives both the decision "taken on 7 November, to
    close the ward" and the closing "by Friday 20 December 2030"."""
    source = ("This memo confirms the executive team's decision, taken on 7 November, to close Kestle Ward.\n\n"
              "- All remaining patients will be discharged or transferred by Friday 20 December 2030.")
    draft = "The memo says Kestle Ward will close by Friday 20 December."
    assert claims(draft, {"m.txt": source}, "date-mismatch") == []


def test_an_mp_for_a_place_and_a_relative_clause_leave_the_quote_with_the_mp():
    source = ('Carys Pent, the MP for Tarrow North, who was sent a copy of the memo by the union, said: "Families '
              'in Tarrow deserve to know where their parents will be treated this winter." Ms Pent wrote to the trust.')
    draft = '"Families in Tarrow deserve to know where their parents will be treated this winter," she said.'
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []
    (q,) = extract_mentions(Document(source, "w.txt")).quotes
    assert q.speaker.text == "Carys Pent"


def test_years_and_months_are_one_figure():
    source = "The three men were jailed for a combined total of 22 years and six months."
    assert claims("The three were jailed for a total of 22 and a half years.", {"w.txt": source}, "number-mismatch") == []
    assert claims("The three were jailed for a total of 24 and a half years.", {"w.txt": source},
                  "number-mismatch") == [("number-mismatch", "24 and a half")]


def test_a_lawyers_titles_agree_with_each_other_not_with_other_offices():
    source = ("Senior prosecution counsel Ada Moss asked for the maximum. \"We respectfully disagree,\" said Lena Vale, "
              "Ossamer's general counsel.")
    assert claims("Prosecutor Ada Moss asked for the maximum.", {"w.txt": source}, "title-mismatch") == []
    assert claims("Lena Vale, Ossamer's chief executive, said the company would appeal.", {"w.txt": source},
                  "title-mismatch") == [("title-mismatch", "chief executive")]


def test_a_speaker_fix_is_not_offered_where_an_affiliation_follows_the_name():
    """ "Ivo Pent, of the Rail Operators' Council, said": the fix would give the minister his council."""
    source = ('"The railway must pay its way," said Ada Moss, the rail minister. Ivo Pent, of the Rail Operators\' '
              'Council, said fares were fair.')
    draft = '"The railway must pay its way," said Ivo Pent, of the Rail Operators\' Council.'
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "attribution-speaker"]
    assert f.fixes == []


def test_a_fact_checks_headings_are_no_speakers():
    """ "Claim: ..." and "Verdict: ..." paragraphs, again and again, are no one's turns."""
    source = "Ada Moss said unemployment had gone up every quarter for a year."
    draft = ("Claim: \"Jobs are up\" - Ada Moss\n\nVerdict: False. Unemployment has gone up every quarter for a year.\n\n"
             "Claim: \"Crime is down\" - Ivo Pent\n\nVerdict: True. Unemployment has gone up every quarter for two years."
             "\n\nThe Tarrow Verdict podcast checked both.")
    assert all(q.speaker is None or q.speaker.text != "Verdict"
               for q in extract_mentions(Document(draft, "d.txt")).quotes)
    assert [f for f in check(draft, {"w.txt": source}) if f.rule == "misquote"] == []


def test_a_day_in_words_is_a_date_and_its_fix_is_written_in_words():
    """ "on the sixth of June" is June 6: a source's "5 June 2031" contradicts it, and the fix keeps
    the draft's words ("fifth of June"); "the twenty-first of March" and "the second May vote" are read
    as a date and as no date."""
    source = "The regatta opened on 5 June 2031 in Tarrowby. The council met on 21 March 2031 and again in May."
    draft = "The regatta opened on the sixth of June in Tarrowby."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "date-mismatch"]
    assert draft[f.start : f.end] == "sixth of June" and f.fixes[0].replacement == "fifth of June"
    assert claims("The council met on the twenty-first of March.", {"w.txt": source}, "date-mismatch") == []
    assert claims("The council met on the twenty-second of March.", {"w.txt": source},
                  "date-mismatch") == [("date-mismatch", "twenty-second of March")]
    days = [(d.month, d.day) for d in extract_mentions(Document("The second May vote was close.", "d.txt")).dates]
    assert (5, 2) not in days


def test_a_name_that_qualifies_a_noun_after_a_possessive_is_no_person_a_pronoun_passes():
    """ "whose side beat Tarrow at their Furlong Lane ground": the ground's name is no one a later "he"
    could be, so the manager named before it keeps his quote, and a draft that gives it to another
    manager is caught."""
    source = ("Brinscombe manager Ivo Pent, whose side beat Tarrow 3-1 at their Furlong Lane ground last season, "
              "said his team would not change.\n\n"
              '"We will play our way," he said. "Tolland Road is not a place where you get anything for free."\n\n'
              "Tarrow manager Ewan Moss said he was happy.")
    draft = ('Brinscombe manager Ivo Pent said his side would not change. "Tolland Road is not a place where you get '
             'anything for free," Moss said.')
    assert claims(draft, {"w.txt": source}, "attribution-speaker") == [("attribution-speaker", "Moss")]
    kinds = {m.text: m.kind for m in extract_mentions(Document(source, "w.txt")).names}
    assert kinds["Furlong Lane"] != "person"


def test_a_transcripts_one_turn_of_a_doctor_labelled_in_capitals_is_hers():
    """ "DR ADA MOSS:" speaks once, in a transcript whose manager's label opens several turns: the
    honorific opens a name in capitals, not a heading, and her turn is her words."""
    source = ("MEDIA OFFICER: Afternoon. Our head of medical, Dr Ada Moss, will give an update. She saw both lads.\n\n"
              "DR ADA MOSS: Thank you. Ivo Pent has a tear of his left hamstring. We expect him to be out for around six "
              "weeks. Ankles like that do not respect the calendar.\n\n"
              "MEDIA OFFICER: Thanks, Ada. Lena Vale will take your questions now.\n\n"
              "LENA VALE: It's a blow, no doubt about it.\n\n"
              "Q: Who starts?\n\n"
              "LENA VALE: The young lad starts on Saturday.")
    speakers = {q.text[:9]: q.speaker.text for q in extract_mentions(Document(source, "t.txt")).quotes if q.speaker}
    assert speakers["Thank you"] == "ADA MOSS"
    draft = 'Dr Ada Moss said: "Ankles like that do not respect the calendar," he said.'
    assert ("attribution-pronoun", "he") in claims(draft, {"t.txt": source})


def test_a_rank_is_its_holders_not_another_teams_in_the_same_sentence():
    """ "Corvell are sixth", where the source's sentence ranks Corvell seventh and "sixth-placed
    Ardlow Heath" beside it: the sixth is Ardlow Heath's, so the draft's is contradicted; the
    draft that gives Ardlow Heath sixth is right."""
    source = ("Corvell are seventh in the Tarrow League with 24 points from 15 games, two points behind sixth-placed "
              "Ardlow Heath, who occupy the last play-off place. Ardlow Heath visit Corvell on Saturday.")
    draft = "Corvell are sixth in the Tarrow League with 24 points from 15 games, two points behind Ardlow Heath."
    assert claims(draft, {"w.txt": source}, "number-mismatch") == [("number-mismatch", "sixth")]
    assert claims("Corvell, seventh in the Tarrow League, trail sixth-placed Ardlow Heath by two points.",
                  {"w.txt": source}, "number-mismatch") == []


def test_a_role_noun_since_the_last_name_may_be_whom_a_pronoun_means():
    """ "The chair said ... // '...,' she said", where the last person named is a man and the quote is
    printed under a heading with no speaker: the chair may be she."""
    source = ("Extract from the panel's reasons\n\n"
              "Public confidence in policing could not be maintained if the officer stayed in the service.")
    draft = ("Ivo Pent said he was stopped without cause. The chair said the account was false.\n\n"
             '"Public confidence in policing could not be maintained if the officer stayed in the service," she said.')
    wire = "Ivo Pent said he was stopped. He was angry."
    assert claims(draft, {"s.txt": source, "w.txt": wire}, "attribution-pronoun") == []
    lone = 'Ivo Pent said he was stopped without cause.\n\n"Public confidence in policing could not be maintained if ' \
           'the officer stayed in the service," she said.'
    assert claims(lone, {"s.txt": source, "w.txt": wire}, "attribution-pronoun") == [("attribution-pronoun", "she")]


def test_a_persons_lawyer_is_a_relation_not_an_office():
    source = "The appeal was brought by Ada Moss. Her lawyer, Lena Vale, director of the Tarrow Law Clinic, said it was wrong."
    draft = "Moss's lawyer, Lena Vale, who directs the Tarrow Law Clinic, said the ruling was wrong."
    assert claims(draft, {"s.txt": source}, "title-mismatch") == []
    assert claims("Lena Vale, the clinic's treasurer, said the ruling was wrong.", {"s.txt": source},
                  "title-mismatch") == [("title-mismatch", "treasurer")]


def test_a_sources_bare_weekday_is_the_date_its_own_table_gives_that_weekday():
    """A forecast issued on a Sunday: "until midday Thursday" is the coming Thursday, which its table's
    row "Thursday | 13 Nov" dates, not the Thursday before; so the draft's "Thursday, November 13" and
    "Monday, November 10" stand."""
    bulletin = ("WEEK-AHEAD FORECAST\nIssued: 06:00 Sunday 9 November 2031\n\n"
                "A wind warning is in force for the Tarrow Coast from Tuesday evening until midday Thursday.\n\n"
                "Day | Date | High (C)\nMonday | 10 Nov | 13\nTuesday | 11 Nov | 12\nThursday | 13 Nov | 9\n\n"
                'Ada Moss, the duty forecaster, said: "Monday is the pick of the week."')
    draft = ("A wind warning covers the Tarrow Coast from Tuesday, November 11, until midday on Thursday, November 13.\n\n"
             "Monday, November 10: the pick of the week.")
    assert claims(draft, {"b.txt": bulletin}, "date-mismatch") == []
    assert claims("A wind warning covers the Tarrow Coast until midday on Thursday, November 20.", {"b.txt": bulletin},
                  "date-mismatch") == [("date-mismatch", "November 20")]


def test_a_source_sentence_is_aligned_with_the_draft_dates_own_words_not_another_dates():
    """ "gales on the coast on Wednesday and the first widespread frost by Friday": the frost is
    Friday's, so the source's "a night on Thursday will bring the first widespread frost by Friday" is
    no date of the gales."""
    bulletin = ("date 2031-11-09\n\nA quiet start to the week will give way to low pressure on Tuesday. The low is "
                "expected to bring the first autumn storm of the season on Wednesday, with severe gales on the Tarrow "
                "Coast and heavy rain over the uplands. Thursday will be showery. A cold, clear night on Thursday will "
                "bring the first widespread frost of the autumn to inland areas by Friday morning.")
    draft = ("Forecasters say a calm, sunny start to the week will be swept aside by the first autumn storm of the "
             "season, with severe gales on the coast on Wednesday and the first widespread frost by Friday.")
    assert claims(draft, {"b.txt": bulletin}, "date-mismatch") == []


def test_a_nights_weekday_runs_into_the_next_day():
    source = "date 2031-11-09\n\nA rain warning is valid from 00:00 Wednesday until 06:00 Thursday for the Tarrow Uplands."
    draft = "A rain warning covers the Tarrow Uplands from midnight on Tuesday night until 6am on Thursday."
    assert claims(draft, {"w.txt": source}, "date-mismatch") == []
    assert claims("A rain warning covers the Tarrow Uplands from Monday until 6am on Thursday.", {"w.txt": source},
                  "date-mismatch") == [("date-mismatch", "Monday")]


def test_a_speed_is_no_distance_and_a_difference_no_level():
    """ "35 km/h" is a speed; "gusts may be 20 to 30 km/h stronger than those shown" gives a
    difference, which no gust's speed is compared with."""
    source = ("Monday will be dry, with gusts to 35 km/h. Gusts on exposed coasts may be 20 to 30 km/h stronger "
              "than those shown.")
    assert claims("Monday: dry, with gusts no stronger than 35 km/h.", {"w.txt": source}, "number-mismatch") == []
    numbers = extract_mentions(Document("Gusts of 35 km/h and 60 miles an hour.", "d.txt")).numbers
    assert [(n.value, n.unit) for n in numbers] == [(35.0, "kilometer per hour"), (60.0, "mile per hour")]


def test_an_age_in_words_is_fixed_in_words():
    source = "On departure, a posy will be presented by Ada Moss, aged six, a pupil at Tarrow Primary School."
    draft = "As the Queen left, Ada Moss, aged seven, handed her a posy."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "number-mismatch"]
    assert draft[f.start : f.end] == "seven" and f.fixes[0].replacement == "six"


def test_a_day_counted_from_another_is_no_date_written_on_the_drafts_weekday():
    """ "filed on Monday, Feb. 10", where a source files "on February 10" and another "on Tuesday, a day
    after its founder stepped down": the weekday is the slip, and the day is not "fixed" to the
    founder's Monday."""
    declaration = "On February 10, 2032, Tarrow Exchange filed a voluntary petition for relief in this Court."
    wire = ("NEW YORK, Feb. 10, 2032 - Tarrow Exchange, the crypto exchange that froze withdrawals two weeks ago, "
            "filed for Chapter 11 bankruptcy protection in Delaware on Tuesday, a day after its founder stepped down "
            "as chief executive.\n\nFounder Ivo Pent resigned on Monday as chief executive.")
    draft = ("Crypto exchange Tarrow Exchange filed for bankruptcy protection on Monday, Feb. 10, two weeks after it "
             "stopped withdrawals and a day after its founder, Ivo Pent, resigned.")
    assert claims(draft, {"d.txt": declaration, "w.txt": wire}, "date-mismatch") == [("date-mismatch", "Monday")]


def test_a_timed_transcripts_turns_are_its_speakers_and_its_times_no_figures():
    """ "[00:13:10] ADA MOSS: ..." turns, one with a word in scare quotes, are Ada Moss's words; the
    recording's times count nothing."""
    source = ("EPISODE 12\nHost: Ivo Pent\nGuest: Ada Moss MP\n\n"
              "[00:00:04] IVO PENT: Welcome. Ada Moss, welcome.\n\n"
              "[00:00:21] ADA MOSS: Thank you, Ivo. It's lovely to be here.\n\n"
              "[00:13:02] IVO PENT: The minister calls the target achievable.\n\n"
              '[00:13:10] ADA MOSS: I\'m afraid "achievable" is doing an awful lot of work in that sentence. '
              "Nobody has hit that number in a generation.")
    mentions = extract_mentions(Document(source, "t.txt"))
    assert {q.speaker.text for q in mentions.quotes if q.speaker and "awful" in q.text} == {"ADA MOSS"}
    assert mentions.numbers == []
    draft = "Ms Moss said: \"I'm afraid 'achievable' is doing a great deal of work in that sentence.\""
    assert [r for r, _ in claims(draft, {"t.txt": source})] == ["misquote"]


def test_a_bodys_name_before_a_role_is_its_affiliation_in_apposition():
    """ "Dr Ivo Pent, CWS chief forecaster, said": his title, so "the service's chief executive" is
    another office."""
    source = 'Dr Ivo Pent, CWS chief forecaster, said: "This is the first storm of the season."'
    titles = [(t.role, t.affiliation) for t in extract_mentions(Document(source, "s.txt")).titles]
    assert titles == [("chief forecaster", "cws")]
    draft = '"This is the first storm of the season," said Dr Ivo Pent, the service\'s chief executive.'
    assert claims(draft, {"s.txt": source}, "title-mismatch") == [("title-mismatch", "chief executive")]


def test_a_lord_lieutenant_is_no_high_sheriff():
    source = "The Queen is received by the Lord-Lieutenant of Tarrowshire, Lady Ada Moss-Vale."
    draft = "The Queen was received by the High Sheriff of Tarrowshire, Lady Ada Moss-Vale, on the platform."
    assert claims(draft, {"s.txt": source}, "title-mismatch") == [("title-mismatch", "High Sheriff")]
    assert claims("The Queen was met by the Lord-Lieutenant, Lady Ada Moss-Vale.", {"s.txt": source}, "title-mismatch") == []


def test_a_score_no_source_gives_is_one_figure_of_advice():
    source = "The Supreme Court ruled 6-3 that a person bombarded with calls has suffered a real injury."
    found = [(f.rule, "The 7-2 decision stands."[f.start : f.end]) for f in check("The 7-2 decision stands.", {"s.txt": source})
             if f.rule == "unsupported-number"]
    assert found == [("unsupported-number", "7-2")]
    assert [f for f in check("The 6-3 decision stands.", {"s.txt": source}) if f.rule == "unsupported-number"] == []


def test_a_conversion_in_brackets_says_what_the_figure_before_it_does():
    """ "6,842m (22,848ft)": the feet are the summit's height too, so the source's "(22,448 feet)"
    contradicts them; feet and ft are one unit."""
    source = "The summit of Mount Tarrow, at 6,842 metres (22,448 feet), was first climbed in 1931."
    assert claims("The summit of Mount Tarrow stands at 6,842 metres (22,848ft).", {"s.txt": source},
                  "number-mismatch") == [("number-mismatch", "22,848")]
    assert claims("The summit of Mount Tarrow stands at 6,842 metres (22,448ft).", {"s.txt": source},
                  "number-mismatch") == []


def test_a_rare_dictionary_noun_after_the_is_no_miscased_name():
    source = 'The Ministry said: "The Sultanate has paid no ransom." The Sultanate of Tarrowa mediated the talks.'
    draft = 'The minister insisted that the sultanate had "paid no ransom".'
    assert claims(draft, {"s.txt": source}, "name-spelling") == []


def test_a_model_with_digits_is_no_persons_name_and_its_plural_no_misspelling():
    source = ("The route will be flown by the airline's new Airbus A321neo, the first of five of the type. It will be "
              "operated with Tarrow Air's new Airbus A321neo aircraft, which seats 196.")
    draft = "The route opens with the first of its new Airbus A321neos."
    assert claims(draft, {"s.txt": source}, "name-spelling") == []
    kinds = {m.text: m.kind for m in extract_mentions(Document(source, "s.txt")).names}
    assert kinds["Airbus A321neo"] != "person"


def test_a_description_before_an_honorific_is_no_part_of_the_name():
    """ "Co-author Dr Ivo Pent said" opening a sentence: Dr Ivo Pent, so the draft's lower-case
    "co-author" is a word; "Tarrow Council Cllr Ada Moss" is a body and its member."""
    source = 'Co-author Dr Ivo Pent said: "Teachers told us the weather was the hardest part."'
    names = [(m.text, m.kind) for m in extract_mentions(Document(source, "s.txt")).names]
    assert ("Ivo Pent", "person") in names and not any("Co-author" in n for n, _ in names)
    assert claims("Her co-author Dr Ivo Pent, who ran the trial, agreed.", {"s.txt": source}, "name-spelling") == []
    member = [(m.text, m.kind) for m in extract_mentions(Document("He met Tarrow Council Cllr Ada Moss.", "d.txt")).names]
    assert member == [("Tarrow Council", "organization"), ("Ada Moss", "person")]


def test_a_speakers_body_after_of_does_not_speak_for_her():
    source = '"We did not give these children a pill," Professor Ada Moss told the congress.'
    draft = '"We did not give these children a pill," Professor Ada Moss of the University of Tarrow said.'
    assert claims(draft, {"s.txt": source}, "attribution-speaker") == []
    (q,) = extract_mentions(Document(draft, "d.txt")).quotes
    assert q.speaker.text == "Ada Moss"


def test_a_span_of_years_with_a_hyphen_gives_both_years():
    source = "Ada Moss, Curator of European Painting 1800-1900, said the gallery's largest grant since 2019 helped."
    draft = "Ada Moss, the gallery's curator of European painting from 1800 to 1900, said the grant helped."
    assert claims(draft, {"s.txt": source}, "date-mismatch") == []
    years = [d.year for d in extract_mentions(Document("The 2019-20 season and the 1914-1918 war.", "d.txt")).dates]
    assert years == [1914, 1918]


def test_a_measure_named_before_its_figure_is_what_the_figure_is():
    """ "a risk ratio of 0.27" is a ratio, so the source's "a risk ratio of 0.72" contradicts it."""
    source = "Myopia onset fell from 29.7% to 21.4% - a risk ratio of 0.72, with a 95% confidence interval of 0.61 to 0.85."
    draft = "Myopia onset fell from 29.7% to 21.4%, a risk ratio of 0.27."
    assert claims(draft, {"s.txt": source}, "number-mismatch") == [("number-mismatch", "0.27")]


def test_a_year_in_brackets_after_a_title_dates_the_title():
    source = 'The gallery has bought "The Salt Gatherers at Dusk" (1887), the largest work by Ada Moss.'
    draft = '"The Salt Gatherers at Dusk" (1878) is the largest and most ambitious work by Ada Moss.'
    assert claims(draft, {"s.txt": source}, "date-mismatch") == [("date-mismatch", "1878")]
    assert claims(draft.replace("1878", "1887"), {"s.txt": source}, "date-mismatch") == []


def test_a_letter_and_hyphen_word_opens_no_persons_name():
    """ "A-level Chemistry Paper 2" is a paper, no person whose name a lower-case "chemistry" mis-cases."""
    source = ("The marks of 2,846 students for A-level Chemistry Paper 2 were wrong. In all, 1,153 students have "
              "received a higher overall A-level Chemistry grade.")
    draft = "The error left more than 1,100 A-level chemistry students with the wrong grades."
    assert claims(draft, {"s.txt": source}, "name-spelling") == []


def test_a_paragraph_that_is_only_a_quote_goes_on_with_the_speaker_before_it():
    """ '"...," she said. // "Forty-seven retirements is a lot for us."': the race director's still,
    so a draft's "he said" after it is wrong; a paragraph with words of its own around the quote is not."""
    source = ("Race director Ada Moss said the course held up.\n\n"
              '"We kept the full horseshoe with an extra kit check at the top," she said.\n\n'
              '"Forty-seven retirements is a lot for us, but every one of them got home safely."\n\n'
              "Ivo Pent won the race.")
    quotes = extract_mentions(Document(source, "s.txt")).quotes
    assert [(q.text[:9], q.speaker.text if q.speaker else None) for q in quotes] == [("We kept t", "she"),
                                                                                  ("Forty-sev", "she")]
    draft = '"Forty-seven retirements is a lot for us, but every one of them got home safely," he said.'
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "he")]


def test_an_interview_transcripts_questions_end_a_turn_and_a_capital_label_of_a_named_guest_is_hers():
    """ "Q. When will you travel?" is the interviewer's, not the minister's answer going on; the
    ambassador's one turn, labelled in capitals as the text names him, is his quote, so the pronoun
    inside it is not his and a draft quoting it exactly is no misquote."""
    source = ("Present: Monsieur Ivo Pent-Laval, Ambassador of Tarrowa.\n\n"
              "ADA MOSS-VALE: We will come with contracts, not photographs.\n\n"
              "Q. When will you travel?\n\n"
              "ADA MOSS-VALE: In May, with thirty companies.\n\n"
              "Q. Ambassador, a word from you?\n\n"
              "IVO PENT-LAVAL: Only that I am very happy that she is coming with a full aeroplane.")
    quotes = [(q.text[:12], q.speaker.text) for q in extract_mentions(Document(source, "s.txt")).quotes]
    assert quotes == [("We will come", "ADA MOSS-VALE"), ("In May, with", "ADA MOSS-VALE"),
                      ("Only that I ", "IVO PENT-LAVAL")]
    readout = 'Ambassador Ivo Pent-Laval said: "The Minister is coming with a full aeroplane of firms."'
    draft = 'Ivo Pent-Laval said he was "very happy that she is coming with a full aeroplane".'
    assert claims(draft, {"s.txt": source, "r.txt": readout}) == []


def test_an_honorific_of_another_language_gives_a_gender():
    source = 'Madame Ada Moss opened the fair. "We sell six, you sell eight," Moss said.'
    draft = '"We sell six, you sell eight," he said of the trade, after Ada Moss arrived.'
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "he")]


def test_a_post_in_a_body_named_by_a_common_noun_is_no_other_office():
    """ "Cllr Ivo Pent, the club's treasurer": a councillor may keep a club's books. The minutes'
    heading line before "Cllr Ivo Pent" on the next line gives him no affiliation either."""
    source = ("Item 9. Grant application: Tarrow Bowls Club\n"
              "Cllr Ivo Pent left the room. The grant was carried 6-4.")
    draft = "The grant was approved; Cllr Ivo Pent, the club's treasurer, left the room."
    assert claims(draft, {"s.txt": source}, "title-mismatch") == []
    names = [m.text for m in extract_mentions(Document(source, "s.txt")).names]
    assert "Ivo Pent" in names and not any("Club Cllr" in n for n in names)
    assert claims("Ivo Pent, the council's chief executive, left.", {"s.txt": "Ivo Pent, finance director of "
                  "Tarrow Council, left."}, "title-mismatch") == [("title-mismatch", "chief executive")]


def test_a_speaker_fix_is_withheld_where_the_draft_gives_the_wrong_speaker_a_title():
    """ "said head judge Ivo Pent": writing the pronouncer's name there would make her head judge."""
    source = ('The pronouncer, Ada Moss, said "cymotrichous" was chosen in advance. "It is a hard word," Moss said. '
              "Ivo Pent, a teacher, rang the bell.")
    draft = '"It is a hard word," said head judge Ivo Pent.'
    (f,) = [f for f in check(draft, {"s.txt": source}) if f.rule == "attribution-speaker"]
    assert draft[f.start : f.end] == "Ivo Pent" and f.fixes == []
    (f,) = [f for f in check('"It is a hard word," Ivo Pent said.', {"s.txt": source}) if f.rule == "attribution-speaker"]
    assert [x.replacement for x in f.fixes] == ["Ada Moss"]


def test_digits_swapped_are_a_slip_even_in_an_unknown_persons_sentence():
    """A figure of an unknown person's sentence may be his ("Ivo Pent, a collector who lent two"),
    but not the very digits of the figure its words align with."""
    source = ("- Tarrow Blades' investment in Halden: 450 million euros; 320 jobs expected when the plant reaches "
              'full production in 2036.\n\n"It is an investment of 450 million euros, and 320 jobs when it is '
              'running, from 2036," Ada Moss said.')
    draft = ("In Halden, Tarrow Blades' chief executive, Ivo Pent, will lay the foundation stone of a blade factory, "
             "a €540 million investment that is expected to employ 320 people when it reaches full production in 2036.")
    assert claims(draft, {"s.txt": source}, "number-mismatch") == [("number-mismatch", "540")]


def test_a_month_after_this_or_next_is_a_month_the_sources_give():
    source = "And this November, I will ask the voters to approve a housing bond."
    found = [f.rule for f in check("She will ask voters in November to approve a bond.", {"s.txt": source})]
    assert "unsupported-date" not in found
    months = [d.month for d in extract_mentions(Document("It opens next March and shut last October.", "d.txt")).dates]
    assert months == [3, 10]


def test_a_born_in_country_adjective_is_known_where_the_sources_name_the_country():
    source = ("Ada Moss writes: As for me, I was born in Bergen in Norway and have lived in Scotland for 20 years. "
              "We set out on November 15.")
    draft = "The traverse, led by Norwegian-born polar guide Ada Moss, set out on November 15."
    assert check(draft, {"s.txt": source}) == []


def test_a_place_in_ica_and_its_adjective_are_no_two_spellings():
    """ "Antarctic" is Antarctica's adjective: neither a misspelling of the sources' "Antarctica" nor
    its other spelling in the draft."""
    source = "The team set out across Antarctica in November, the longest crossing of Antarctica by women."
    draft = ("The team set out across Antarctica in November. It is the longest Antarctic crossing by women, "
             "and Antarctic weather slowed them.")
    assert check(draft, {"s.txt": source}) == []


def test_another_persons_age_does_not_state_the_draft_persons():
    """ "the 14-year-old from Caddow" is not stated by "Ivo Pent, 14, an eighth-grader from Lorn":
    the same words as the winner's "13-year-old from Caddow" give her age."""
    source = ("The 13-year-old from Caddow, Ohio, won the Tarrow National Spelling Bee on Thursday night. "
              "Ivo Pent, 14, an eighth-grader from Lorn, Minnesota, finished third.")
    draft = "The 14-year-old eighth-grader from Caddow, Ohio, won the Tarrow National Spelling Bee on Thursday night."
    assert claims(draft, {"s.txt": source}, "number-mismatch") == [("number-mismatch", "14")]
    assert claims(draft.replace("14", "13"), {"s.txt": source}, "number-mismatch") == []


def test_an_ordinal_round_is_which_round():
    source = "Ada Moss won after correctly spelling the word in the 17th round, moments after Ivo Pent missed."
    draft = "Ada Moss won after spelling the word correctly in the 19th round."
    assert claims(draft, {"s.txt": source}, "number-mismatch") == [("number-mismatch", "19th")]
    assert claims(draft.replace("19th", "17th"), {"s.txt": source}, "number-mismatch") == []


def test_a_speech_as_delivered_under_one_label_is_the_speakers():
    """One "MAYOR MOSS:" label over the whole address, its paragraphs ending in the audience's
    "(applause)": the mayor's words, so a quote of them given to another is caught."""
    source = ("State of the City Address\nMayor Ada Moss\n\n"
              "MAYOR MOSS: Thank you all. Please, sit down. (laughter)\n\n"
              "Last year we filled more potholes than any year on record. (applause)\n\n"
              "The cost of doing nothing is bigger. I will not wait.\n\n"
              "Thank you, and good night.\n\n"
              'Councilman Ivo Pent said: "Promises are free on a stage."')
    quotes = [(q.text[:10], q.speaker.text) for q in extract_mentions(Document(source, "s.txt")).quotes]
    assert quotes[:4] == [("Thank you ", "MOSS"), ("Last year ", "MOSS"), ("The cost o", "MOSS"), ("Thank you,", "MOSS")]
    draft = '"The cost of doing nothing is bigger," Pent said.'
    assert claims(draft, {"s.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]


def test_a_tally_is_compared_with_the_vote_whose_words_it_shares():
    """ "carried 7-4, with one abstention" is the precept vote's "Carried 7-3, with one abstention",
    not the grant's "Carried 6-4", which shares a number but not the words."""
    source = ("The precept rises to £48,600. Not every councillor agreed. The vote was 7-3, with one abstention, "
              "and an amendment was defeated. The council awarded the bowls club £1,200. Carried 6-4.")
    draft = "The vote was carried 7-4, with one abstention, according to the draft minutes."
    assert claims(draft, {"s.txt": source}, "number-mismatch") == [("number-mismatch", "7-4")]
    assert claims(draft.replace("7-4", "7-3"), {"s.txt": source}, "number-mismatch") == []


def test_a_short_quote_one_word_off_a_run_of_the_sources_is_a_misquote():
    source = '"The only question was the number, and we got there in the end," Ada Moss said.'
    draft = '"The only question was the money," Ada Moss said.'
    assert claims(draft, {"s.txt": source}, "misquote") == [("misquote", "money")]
    assert claims('"The only question was the number," Ada Moss said.', {"s.txt": source}, "misquote") == []


def test_a_round_named_by_its_number_is_which_round():
    source = "In round seven, a player arrived 40 minutes late and lost by default."
    draft = "A player who turned up 40 minutes late in the seventh round lost by default."
    assert [f.rule for f in check(draft, {"s.txt": source}) if f.rule.startswith(("number", "unsupported-number"))] == []
    ranks = [(n.unit, n.value) for n in extract_mentions(Document("She shot a second round 66, and won round 6.", "d.txt")).numbers]
    assert ("#round", 6.0) in ranks and ("#round", 66.0) not in ranks
    # "the first round" of a tournament names its stage: no rank
    assert extract_mentions(Document("He led after the first round of the Masters.", "d.txt")).numbers == []


def test_a_day_counted_to_another_is_compared_as_the_draft_counts_it():
    """ "told on Monday, a day before the announcement" is the sources' Monday, not the Tuesday
    their "the day before the public announcement" counts from."""
    source = ("date 2032-03-03\n\nThe bank announced on Tuesday that eight branches will close. Ivo Pent, the "
              "union's national officer, said staff had learned of the closures only on Monday, the day before "
              "the public announcement.")
    draft = "Ivo Pent, the union's national officer, said staff were told on Monday, a day before the announcement."
    assert check(draft, {"s.txt": source}) == []


def test_a_day_to_come_is_no_day_its_source_had_seen():
    """ "will appear again on Friday, November 14" is not the date heading the court list or the
    reporter's notes (14 October), which they had seen when written."""
    court_list = ("date 2031-10-14\n\nTARROW MAGISTRATES' COURT\nCourt list and results - Tuesday 14 October 2031\n\n"
                  "PENT, Ivo\nResult: No pleas entered. Adjourned to Friday 7 November 2031 at 10:00 for plea.")
    notes = "NOTES - Tarrow Mags, Tues 14 Oct 2031, Court 3\n\nAdjourned to Fri 7 Nov, same court, 10am, for plea."
    draft = "No pleas were entered. He will appear at the same court again on Friday, November 14."
    assert claims(draft, {"s.txt": court_list, "n.txt": notes}, "date-mismatch") == []


def test_a_date_the_paragraph_writes_for_another_event_is_not_this_weekdays_despite_its_own_weekday():
    """ "in the early hours of Sunday, October 11" writes the charges' day (a Saturday: its own
    weekday is the slip), so the hearing's "on Tuesday" is not compared with it."""
    source = ("date 2031-10-14\n\nCourt list and results - Tuesday 14 October 2031\n\nPENT, Ivo\nAge: 27\n"
              "Charges:\n1. On 11/10/2031 at Lantern Row, Tarrow, assaulted Ada Moss, thereby occasioning her actual "
              "bodily harm.\n2. On 11/10/2031 at Lantern Row, Tarrow, without lawful excuse damaged a motor vehicle.")
    draft = ("Ivo Pent, 27, appeared in custody before Tarrow magistrates on Tuesday, charged with assault occasioning "
             "actual bodily harm and criminal damage. Both offences are alleged to have taken place in Lantern Row, "
             "Tarrow, in the early hours of Sunday, October 11.")
    assert claims(draft, {"s.txt": source}, "date-mismatch") == [("date-mismatch", "Sunday")]


def test_a_figure_at_a_scale_may_be_rounded_to_its_last_digit():
    source = "The cabinet approved a £3.84 million scheme. Food banks gave out 2,847,316 parcels, or 2.85 million."
    assert claims("The cabinet approved a £3.8 million scheme.", {"s.txt": source}, "number-mismatch") == []
    assert claims("Food banks gave out a record 2.8 million parcels.", {"s.txt": source}, "number-mismatch") == []
    assert claims("The cabinet approved a £3.9 million scheme.", {"s.txt": source}, "number-mismatch") == [
        ("number-mismatch", "3.9")]
    # the sources' round figure states no more precise one
    assert claims("The winners shared $1.2 million in prize money.", {"s.txt": "The winners shared $1 million in "
                  "prize money."}, "number-mismatch") == [("number-mismatch", "1.2")]


def test_a_name_the_sources_write_only_in_capitals_is_fixed_as_the_draft_writes_names():
    source = ("10.18 Connor ASHBERY-MOTT, 27, Pennyroyal Close. In custody, brought up from cells.\n\n"
              "ASHBERY-MOTT, Connor James\nAge: 27\nAddress: 16 Pennyroyal Close")
    draft = "Connor Ashbery-Mott, 27, was bailed. Ashbury-Mott must not enter Lantern Row."
    (f,) = [f for f in check(draft, {"s.txt": source}) if f.rule == "name-spelling"]
    assert draft[f.start : f.end] == "Ashbury-Mott" and f.fixes[0].replacement == "Ashbery-Mott"


def test_a_dictionary_noun_after_the_and_a_place_is_no_miscased_name():
    """A subheadline's "Widower, 71, sets new target" makes no person of the word, so "the Tarrow
    widower" is a noun, not the sources' "Widower" mis-cased."""
    source = "Widower, 71, sets new £50,000 target after 24th marathon\n\nAda Pent-Moss has run 24 marathons."
    draft = "Ada Pent-Moss, the Tarrow widower who took up running at 60, has run 24 marathons."
    assert claims(draft, {"s.txt": source}, "name-spelling") == []


def test_a_lists_item_number_is_no_figure():
    source = "Emergency services were called at 9.42am after a coach overturned. Four people were seriously injured."
    draft = "What we know so far:\n\n1. Emergency services were called at 9.42am after a coach overturned.\n\n2. Four people were seriously injured."
    assert [f for f in check(draft, {"s.txt": source}) if f.rule == "unsupported-number"] == []


def test_a_unit_in_capitals_is_what_the_figure_counts():
    """ "1,248,650 TEU" is a count of TEU, so the sources' "1,284,650 TEU" contradicts it; "15 NHS
    trusts" still counts trusts."""
    source = "The Port of Tarrow handled 1,284,650 TEU in the third quarter, up 6.8% on a year earlier."
    draft = "The port handled 1,248,650 TEU between July and September, up 6.8% on a year earlier."
    assert claims(draft, {"s.txt": source}, "number-mismatch") == [("number-mismatch", "1,248,650")]
    units = [n.unit for n in extract_mentions(Document("There are 15 NHS trusts and 412 RBIs.", "d.txt")).numbers]
    assert units == ["trust", "rbi"]


def test_a_nationality_before_a_role_in_apposition_is_the_named_persons():
    """ "Her Spanish coach, Ivo Pent, said" gives Ivo Pent a nationality, as "the Dane Ivo Pent" does."""
    source = "Her coach, Italian Ivo Pentaglia, said she could break the record. Ada Moss-Veller ran 2:14:08."
    draft = "Ada Moss-Veller ran 2:14:08. Her Spanish coach, Ivo Pentaglia, said she could break the record."
    (f,) = [f for f in check(draft, {"s.txt": source}) if f.rule == "title-mismatch"]
    assert draft[f.start : f.end] == "Spanish" and f.fixes[0].replacement == "Italian" and f.fixes[0].preferred
    # the name must close the apposition: after a clause's comma, the name is the subject of another verb
    later = "After meeting the Spanish coach, Ivo Pentaglia said she could break the record."
    assert claims(later, {"s.txt": source}, "title-mismatch") == []


def test_a_person_of_a_country_written_with_the_has_that_country():
    """ "Ada Moss of the Netherlands", as results write it; the country's name is read as written,
    not singularised ("Netherlands", "United States")."""
    source = "Anouk Streveling of the Netherlands won the open on Saturday. Ivo Pent of the United States was second."
    assert claims("Belgian grandmaster Anouk Streveling won the open.", {"s.txt": source}, "title-mismatch") == [
        ("title-mismatch", "Belgian")]
    assert claims("Dutch grandmaster Anouk Streveling won the open, and American Ivo Pent was second.",
                  {"s.txt": source}, "title-mismatch") == []
    assert claims("Canadian Ivo Pent was second.", {"s.txt": source}, "title-mismatch") == [("title-mismatch", "Canadian")]


def test_a_transcript_with_questions_and_answers_on_consecutive_lines():
    """ "Q: ...\\nMOSS: ..." without a blank line between: each labelled line is a turn, so the
    answer's "He" is the person she speaks of, not her, and the answer is her quote."""
    source = ("INA MOSSBRAKE, Tarrow manager\n\n"
              "Q: What did you see from Ivo Pent tonight?\nMOSSBRAKE: He was in command from the first pitch. "
              "The slider was sharp.\n\n"
              "Q: Are you watching the streak?\nMOSSBRAKE: I don't talk about streaks. He is the most disciplined "
              "hitter I've managed.\n\n"
              "Notes: Ina Mossbrake is 24-11 since she was promoted to manager on May 3.")
    draft = 'Mossbrake said Pent "was in total command from the first pitch." Asked about the streak, Mossbrake said she doesn\'t talk about streaks.'
    found = claims(draft, {"q.txt": source})
    assert ("misquote", "total") in found and not any(rule == "attribution-pronoun" for rule, _ in found)


def test_a_word_of_the_language_in_a_bodys_name_is_no_typo_of_another():
    """ "Hill" in a draft's "Kestle Hill Residents' Association" is no misspelling of the sources'
    "Town Hall" (an address in a nomination list): both are words of the language, and the body,
    which the sources never name, shares no such word with the one its first word resolves to."""
    story = ROOT / "tests" / "data" / "stories" / "wexcombe-mayoral-nominations"
    sources = {p.name: p.read_text(encoding="utf-8") for p in (story / "sources").iterdir()}
    draft = ("Rosalind Abernethy-Cole, 58, a retired headteacher and former chair of the Kestle Hill Residents' "
             "Association, is standing for the Wexcombe Independents.")
    assert claims(draft, sources, "name-spelling") == []
    assert claims("Acting Returning Officer Philippa Garowby said the count would begin at 10pm.", sources,
                  "name-spelling") == [("name-spelling", "Garowby")]


def test_a_difference_is_no_level():
    """The sources' "the heavier crew by an average of 1.4 kilograms" is a difference: no fix for
    the draft's average weight, which it does not state; a margin still meets a margin."""
    source = ("Tarrow, the heavier crew by an average of 1.4 kilograms a rower, led at the bend. "
              "Pell Prince held off Tarn Lad by a length and three-quarters.")
    draft = "Tarrow, whose rowers averaged 77.2kg, led at the bend."
    assert [f for f in check(draft, {"s.txt": source}) if f.rule == "number-mismatch"] == []
    draft = "Pell Prince beat Tarn Lad by two and three-quarter lengths."
    assert claims(draft, {"s.txt": source}, "number-mismatch") == [("number-mismatch", "two and three-quarter")]


def test_a_win_loss_record_is_no_result():
    """ "improved to 6-2 against Tarrow this season" and "Ivo Pent (4-5, 4.71)" are records, not
    the game's score; a result is still compared with a result."""
    source = ("FINAL: Lanterns 6, Tarrow Millers 4\n\nPortland improved to 6-2 against Tarrow this season. "
              "Right-hander Ivo Pentaglia (4-5, 4.71) starts for Tarrow on Sunday. On Friday the Lanterns beat "
              "the Ardmore Hawks 5-2.")
    assert claims("The Portland Lanterns beat the Tarrow Millers 6-4 on Saturday night.", {"s.txt": source},
                  "number-mismatch") == []
    assert claims("On Friday the Lanterns beat the Ardmore Hawks 5-3.", {"s.txt": source}, "number-mismatch") == [
        ("number-mismatch", "5-3")]


def test_a_weekday_that_bounds_a_span_is_not_the_days_news():
    """ "on Monday told its citizens to avoid travel from Wednesday": the news is Monday's, which
    the draft writes; "from Wednesday" is when the advice applies, not a slip for Monday."""
    source = ("date 2030-10-21\n\nDenmark tells citizens to avoid non-essential travel to Velmora as unrest spreads\n\n"
              "COPENHAGEN, Oct 21 (Baltic Wire Service) - Denmark on Monday advised its citizens against all but\n"
              "essential travel to Velmora and told those in the restive Tarn Province to leave.\n\n"
              "The Foreign Ministry raised its advice for Velmora to the third of its four levels, effective Tuesday.")
    draft = ("COPENHAGEN, Oct 21 - Denmark on Monday told its citizens to avoid non-essential travel to Velmora from "
             "Wednesday and urged those in Tarn Province to leave.")
    assert claims(draft, {"s.txt": source}, "date-mismatch") == []


def test_a_possessive_and_a_gendered_kin_noun_give_the_named_person_a_gender():
    """ "Her son, Tobias Vell, said" makes him male (the "she" inside his quote is his mother), and
    "Her daughter, Ilse Marr," gives the previous name no "her"."""
    source = ("Margit Vell-Orran died on Tuesday, aged 89. Her son, Tobias Vell, a trustee since 2019, said: "
              "\"Mum never thought of it as her museum. She thought of it as the town's.\"\n\n"
              "Her daughter, Ilse Marr, said the family had been touched.")
    draft = "Her son, Tobias Vell, is a trustee. \"She thought of it as the town's,\" he said."
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == []
    wrong = "Her son, Tobias Vell, is a trustee. \"She thought of it as the town's,\" she said."
    assert claims(wrong, {"s.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "she")]


def test_a_council_officer_is_no_office():
    """ "the council officer who leads the count" describes anyone on the council's staff: no title
    that "head of housing options" contradicts; a press officer's post still is one."""
    source = ("Hollis Pengarth, the council officer who leads the count, said the figures were stark. "
              "Ada Moss, the club's press officer, said nothing.")
    assert claims("Hollis Pengarth, the council's head of housing options, said the figures were stark.",
                  {"s.txt": source}, "title-mismatch") == []
    assert claims("Ada Moss, the club's chief executive, said nothing.", {"s.txt": source},
                  "title-mismatch") == [("title-mismatch", "chief executive")]


def test_a_month_without_a_year_is_no_month_of_years_before():
    """ "up two points since May" in June 2032 is this May: no slip for the sources' "for the first
    time since September 2030"."""
    source = ("date 2032-06-19\n\nThe Civic Democrats have overtaken People's Renewal in the Meridon tracker for "
              "the first time since September 2030.")
    draft = "The poll puts the Civic Democrats on 31 per cent, up two points since May, ahead of People's Renewal."
    assert claims(draft, {"s.txt": source}, "date-mismatch") == []


def test_an_amount_to_the_cent_a_table_writes_is_stated():
    """ "the consensus of $1.37" is the preview table's "Q3 adjusted EPS: $1.37", though no clause
    aligns them; "by 15 cents" is how far apart two figures are, no dividend's "34 cents"."""
    sources = {"preview.txt": "Consensus estimates\nQ3 revenue: $4.12 billion\nQ3 adjusted EPS: $1.37",
               "release.txt": "Quillon reported adjusted earnings per share of $1.52. It raised its full-year "
                              "adjusted earnings per share range to $5.85 to $6.05, and raised its dividend to 34 cents."}
    draft = "Quillon's adjusted earnings of $1.52 a share beat the consensus of $1.37 by 15 cents."
    assert claims(draft, sources, "number-mismatch") == []


def test_a_quote_in_two_parts_is_checked_after_the_break():
    """ "...," Ivo Pent said, "and every penny of it is on the record." : nine words one off a
    source run are that statement, though they share one content word."""
    source = 'Ivo Pentreath said: "Every pound I have received is declared, and every pound of it is on the record."'
    draft = '"Every pound I have received is declared," Pentreath said, "and every penny of it is on the record."'
    assert claims(draft, {"s.txt": source}, "misquote") == [("misquote", "penny")]


def test_a_quote_of_the_sources_words_in_another_order_is_a_misquote():
    source = 'Rafe Ostring, the finance chief, said the margin was 17%. "That is a floor we are comfortable with, not a ceiling," he said.'
    draft = 'Ostring called the 17% margin "a ceiling we are comfortable with, not a floor."'
    assert [rule for rule, _ in claims(draft, {"s.txt": source})] == ["misquote"]
    assert claims('Ostring called it "a floor we are comfortable with, not a ceiling."', {"s.txt": source}) == []


def test_a_weekday_that_does_not_fit_its_day_in_the_year_of_the_sources():
    """ "Thursday, Feb. 26" in a story whose sources are dated February 2033 is a Saturday (though
    they give full dates of other years): the sources' Thursday that week is the 24th, the fix."""
    sources = {"notice.txt": "date 2033-02-08\n\nThe funeral of Augusta Thrale will be held at St Aldric's Church on "
                             "Thursday 24 February.",
               "wire.txt": "date 2033-02-09\n\nTributes were paid on Wednesday to Augusta Thrale, who died on Tuesday. "
                           "She was born on 12 September 1948 in Lenwick."}
    draft = "Tributes were paid to Augusta Thrale. Her family will gather to say goodbye on Thursday, Feb. 26."
    (f,) = [f for f in check(draft, sources) if f.rule == "date-mismatch"]
    assert draft[f.start : f.end] == "Feb. 26" and f.fixes[0].replacement == "Feb. 24"


def test_swapped_digits_beside_figures_the_sources_give_are_a_slip():
    """ "61,840 burglaries in 2029, down from 66,250" where the source sentence with both other
    figures gives 61,480; "241 entries" where a related clause gives "214 new or amended entries"."""
    source = ("Police recorded 61,480 burglaries in the calendar year 2029, a fall of 7.2% from 66,250 in 2028. "
              "In the period, 47 of the Assembly's 71 members made 214 new or amended entries.")
    draft = "Police recorded 61,840 burglaries in 2029, down from 66,250 in 2028. In all, 47 of the 71 members made 241 entries."
    found = [(f.rule, draft[f.start : f.end], f.fixes[0].replacement) for f in check(draft, {"s.txt": source})
             if f.rule == "number-mismatch"]
    assert found == [("number-mismatch", "61,840", "61,480"), ("number-mismatch", "241", "214")]


def test_a_day_told_in_the_past_after_its_dateline_is_of_the_year_before():
    """A wire of April 2032 that says the company "filed ... on Sept. 8" means September 2031: the
    draft's "Sept. 8, 2031" is right, and its "2032" the slip, fixed to 2031."""
    source = ("date 2032-04-14\n\nOdalys Venn resigned the following Monday. The company filed for protection "
              "from creditors on Sept. 8 and was declared bankrupt three weeks later.")
    assert claims("Sept. 8, 2031: Tarrowline files for protection from creditors.", {"w.txt": source}) == []
    draft = "The company filed for protection from creditors on Sept. 8, 2032."
    (f,) = [f for f in check(draft, {"w.txt": source}) if f.rule == "date-mismatch"]
    assert draft[f.start : f.end] == "2032" and f.fixes[0].replacement == "2031"


def test_a_month_alone_in_the_draft_gives_no_source_day():
    """ "312 fires in July 2031 alone, and a blaze on June 19": the month is the fires', so the
    blaze's 19 July 2031 is still compared with the draft's June 19."""
    source = ("date 2032-06-17\n\nSecondary fires peaked in July 2031, when crews attended 312 grass fires. "
              "The largest, on Kestle Moor on 19 July 2031, burned for four days.")
    draft = "Crews fought 312 grass fires in July 2031 alone, and a blaze on Kestle Moor on June 19 burned for four days."
    assert claims(draft, {"s.txt": source}, "date-mismatch") == [("date-mismatch", "June 19")]


def test_an_object_pronoun_is_not_the_subject_of_its_clause():
    """ "Ada Moss gave him a beautiful ride": "him" is the horse, never Moss, so the trainer's quote
    casts no vote that would leave Moss's gender in doubt."""
    source = ('Jockey Ada Moss won the Tarrow Stakes on Saturday. She was delighted. Trainer Ivo Pent said: '
              '"Ada Moss gave him a beautiful ride. Moss kept him balanced, and Moss rode him perfectly." '
              'Moss said: "He travelled like a dream."')
    draft = 'Moss won the Tarrow Stakes. "He travelled like a dream," he said.'
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "he")]


def test_a_team_position_before_a_name_is_a_title():
    mentions = extract_mentions(Document("Batsman Ivo Pent has signed a new two-year contract.", "d.txt"))
    assert [m.words for m in mentions.names] == [("Ivo", "Pent")]
    assert [t.text for t in mentions.titles] == ["Batsman"]


def test_a_filing_s_defined_company_is_the_company_it_names():
    """ "Non-Executive Chairman of the Company" in a notice that defines "the Company": no other
    company than the draft's, which a real other company still contradicts."""
    source = ('Tarrowvane Holdings plc ("Tarrowvane" or "the Company") announces that Ivo Pentland, '
              "Non-Executive Chairman of the Company, purchased 150,000 ordinary shares on 10 March 2031.")
    assert claims("Ivo Pentland, the chairman of Tarrowvane Holdings, bought 150,000 shares.", {"n.txt": source}) == []
    other = "Ivo Pentland, the chairman of Tarrowvane Holdings, bought shares. Kestle Mining said nothing."
    assert claims("Ivo Pentland, the chairman of Kestle Mining, bought 150,000 shares.", {"n.txt": other},
                  "title-mismatch") == [("title-mismatch", "Kestle Mining")]


def test_a_field_s_chief_is_its_chief_officer():
    """ "Finance chief" is how wire copy writes "Chief Financial Officer"."""
    source = "Chief Financial Officer Ada Mossvale received 1.51 million pounds, up from 993,000 pounds."
    assert claims("Finance chief Ada Mossvale's pay rose to 1.51 million pounds.", {"r.txt": source}) == []


def test_a_year_earlier_is_the_year_before_its_sentence_s_year():
    """ "in 2031 from 1.67 million pounds a year earlier" gives 1.67 million to 2030."""
    source = ("Total pay for the chief executive, Ada Mossvale, rose to 2.68 million pounds in 2031 from "
              "1.67 million pounds a year earlier.")
    draft = "Ada Mossvale received 2.68 million pounds for 2031, up from 1.67 million pounds in {}."
    assert claims(draft.format(2030), {"w.txt": source}) == []
    assert claims(draft.format(2029), {"w.txt": source}) == [("date-mismatch", "2029")]


def test_the_other_side_of_a_tally_counts_what_the_first_does():
    mentions = extract_mentions(Document("In the first count Ada Vessey led with 19,482 votes to Ivo Pellam's 19,473.", "d.txt"))
    assert [(m.text, m.unit) for m in mentions.numbers] == [("19,482 votes", "vote"), ("19,473", "vote")]


def test_a_margin_is_compared_with_margins_of_its_size():
    """ "won it by more than 2,300 votes" in 2025 is a majority: no candidate's 19,480, nor the
    headline's "by four votes", nearly six hundred times less; a margin of its size still is."""
    source = ("Ivo Pellam wins Tarrow West by four votes after recount\n\nIvo Pellam won the Tarrow West seat by "
              "four votes on Friday. Pellam finished with 19,480 votes to Vessey's 19,476. Ada Vessey, who had "
              "held the seat since 2025 with a majority of 2,311, congratulated him.")
    assert claims("Vessey had held the seat since 2025, when she won it by more than 2,300 votes.", {"w.txt": source}) == []
    assert claims("Pellam won the Tarrow West seat by nine votes on Friday.", {"w.txt": source}) == [
        ("number-mismatch", "nine")]


def test_a_place_risen_to_from_another_is_a_rank():
    """ "rose to 19th from 22nd" gives the son his 19th: no other person's "second place"."""
    source = ("Software founder Ivo Pellam held second place even though his fortune fell by C$1.5 billion to "
              "C$29.7 billion. Lena Vessey, 82, is sixth with C$12.8 billion. Her son Caspar Vessey, the company's "
              "chief executive, rose to 19th from 22nd, with C$4.6 billion.")
    draft = ("Lena Vessey, 82, is sixth with C$12.8 billion. Her son Caspar, 51, the company's chief executive, "
             "climbed three places to 19th with C$4.6 billion.")
    assert claims(draft, {"w.txt": source}) == []


def test_a_statement_in_capitals_counts_its_units():
    """A weather service's statement in capitals ("PATH WIDTH /MAXIMUM/: 450 YARDS") gives yards as
    the wire does, so the draft's 450 yards is stated, not the other tornado's 900."""
    statement = ("TORNADO 1 - KESTLE BEND\nRATING: EF2\nPEAK WIND: 125 MPH\nPATH LENGTH /STATUTE/: 14.2 MILES\n"
                 "PATH WIDTH /MAXIMUM/: 450 YARDS\n\nTORNADO 2 - ORMSBY\nPEAK WIND: 150 MPH\n"
                 "PATH LENGTH /STATUTE/: 22.8 MILES\nPATH WIDTH /MAXIMUM/: 900 YARDS")
    wire = ("The Ormsby tornado touched down at 6:31 p.m. and stayed on the ground for 22.8 miles, widening to "
            "900 yards, before lifting at 7:14 p.m. The Kestle Bend tornado, with winds of 125 mph, travelled 14.2 miles.")
    draft = "Near Kestle Bend, an EF2 tornado with peak winds of 125 mph carved a path of 14.2 miles and up to 450 yards wide."
    assert claims(draft, {"pns.txt": statement, "wire.txt": wire}) == []
    mentions = extract_mentions(Document("PATH WIDTH /MAXIMUM/: 450 YARDS", "pns.txt"))
    assert [(m.text, m.unit) for m in mentions.numbers] == [("450 YARDS", "yard")]


def test_a_birth_date_dates_no_other_event_of_the_person():
    """ "Vorlund resigns on a Tuesday" is not dated by the summons's "Ada Vorlund, born 14 August
    1982": no weekday of a birthday (a Saturday) offered as its fix."""
    sources = {"summons.txt": "1. Ada Vorlund, born 14 August 1982 in Groningen, former chief executive officer of "
                              "Tarrow Payments N.V.;\n",
               "wire.txt": "date 2032-04-14\n\nVorlund resigned the following Monday, and chief operating officer "
                           "Ivo Odum, 46, took over as interim chief executive."}
    draft = "June 23, 2031: Vorlund resigns on a Tuesday; chief operating officer Ivo Odum, 46, becomes interim chief executive."
    assert claims(draft, sources, "date-mismatch") == []


def test_a_list_s_line_ends_with_its_own_title():
    """An attendance list ("Ada Moss, Chair" over "Dr Ivo Pentreath, Chief Executive") gives each
    line's title to that line's name, never to the next line's."""
    source = ("Present:\nProfessor Ada Moss, Chair\nDr Ivo Pentreath, Chief Executive\nLena Vale, Chief Nurse\n"
              "Tomas Vale, Non-Executive Director\nAnjali Rowe, Non-Executive Director and Chair of the Finance Committee"
              "\n\nThe Chair welcomed members of the public.")
    titles = [(t.text, t.target.words) for t in extract_mentions(Document(source, "minutes.txt")).titles
              if t.form != "pre"]
    assert titles[:4] == [("Chair", ("Ada", "Moss")), ("Chief Executive", ("Ivo", "Pentreath")),
                          ("Chief Nurse", ("Lena", "Vale")), ("Non-Executive Director", ("Tomas", "Vale"))]
    draft = "Dr Ivo Pentreath, the chief executive, told the board. Tomas Vale, a non-executive director, voted against."
    assert claims(draft, {"minutes.txt": source}) == []


def test_a_figure_rounded_to_fewer_decimals_is_the_source_s():
    """ "1.1 percent" for "1.12 percent" is rounding, neither a contradiction nor a figure no source
    gives; "lost 0.4 percent to 8,324.19" is the list line's "8,324.19, down ... 0.41 percent", not
    the midday report's 0.3."""
    source = "The Tarrow index closed up 27.84 points, or 1.12 percent, at 2,513.66."
    assert [f.rule for f in check("The Tarrow index rose 1.1 percent to 2,513.66.", {"s.txt": source})] == []
    sources = {"close.txt": "Closing levels:\n- Kestle 100 (London): 8,324.19, down 34.27 points or 0.41 percent\n",
               "midday.txt": "London's Kestle 100 was down 0.3 percent at midday."}
    assert claims("London's Kestle 100 lost 0.4 percent to 8,324.19.", sources) == []
    assert claims("The Tarrow index closed up 27.84 points, or 1.3 percent, at 2,513.66.", {"s.txt": source}) == [
        ("number-mismatch", "1.3")]


def test_a_dateline_without_a_year_is_no_date_to_check():
    source = "date 2031-07-30\n\nFellmoor Town finished fourth last season."
    draft = "FELLMOOR, July 31 - Fellmoor Town finished fourth last season."
    assert [f.rule for f in check(draft, {"s.txt": source}) if f.rule.startswith("unsupported")] == []


def test_a_statement_s_day_is_no_day_counted_back_from_another_statement():
    """ "Investigators said on Wednesday" is not dated by the Monday that the carrier's "said on
    Tuesday, a day after smoke ... forced one of them to divert" counts back to; the landing's
    "Sunday" still is."""
    sources = {"wire.txt": "date 2030-10-08\n\nTARROW, Oct 8 (Kestrel Wire) - Vellan Airways will inspect the galley "
                           "ovens on all 38 of its jets by Thursday, the Danish carrier said on Tuesday, a day after "
                           "smoke in the cabin forced one of them to divert to Tarrow.",
               "notice.txt": "date 2030-10-09\n\nThe Bureau of Air Safety has opened an investigation into a serious "
                             "incident.\nPublished: 9 October 2030\nDate of occurrence: 7 October 2030"}
    draft = ("TARROW, Oct 9 - Air safety investigators said on Wednesday they had opened an inquiry into Sunday's "
             "emergency landing of a Vellan Airways jet at Tarrow.")
    assert claims(draft, sources, "date-mismatch") == [("date-mismatch", "Sunday")]


def test_a_name_in_capitals_before_an_age_is_no_dateline():
    """ "PRIYA VALENTE, 41 - Green Tide" heads a candidate's entry: she is no place, and her "she"
    after her quote is right."""
    sources = {"glance.txt": "CANDIDATES AT A GLANCE\n\nPRIYA VALENTE, 41 - Green Tide\nOccupation: community pharmacist\n"
                             "In her words: \"Fenmarsh is a fen. Water remembers.\"\n",
               "courier.txt": 'Priya Valente, the Green Tide candidate, said the ward flooded because "we paved over '
                              'the fen and then acted surprised". She promised a flood barrier.'}
    draft = 'Priya Valente said the ward flooded, she said, because "we paved over the fen and then acted surprised".'
    assert claims(draft, sources, "attribution-pronoun") == []
    names = extract_mentions(Document(sources["glance.txt"], "glance.txt")).names
    assert [m.kind for m in names if m.text == "PRIYA VALENTE"] != ["place"]


def test_a_figure_to_two_decimals_a_table_gives_is_stated():
    """ "peaked at 5.91 metres" is the gauge table's "9 February 2032   5.91 m", though the only
    clause about a peak is the earlier flood's 5.74 metres."""
    sources = {"release.txt": "After heavy rain the river rose to 5.74 metres at the town bridge in 2023.",
               "sheet.txt": "Tests of the scheme since it opened\nDate              Peak      Homes flooded\n"
                            "14 March 2029     5.12 m    0\n9 February 2032   5.91 m    0\n"}
    draft = "On February 9 last year the river peaked at 5.91 metres, 17 centimetres above the 2023 level."
    assert claims(draft, sources, "number-mismatch") == []


def test_no_fix_where_another_figure_of_the_sentence_is_nearer_the_source_s():
    """ "reached 97.8 per cent, against a standard of 92 per cent": the sources' 97.3% is the
    occupancy's, so it is no certain fix for the standard."""
    source = ("Four-hour performance improved slightly in August but remains below the 78% standard. General and "
              "acute bed occupancy rose to 97.3%, the highest figure recorded since the trust began reporting it "
              "monthly.\n\nMeasure                         Standard   July    August\n"
              "G&A bed occupancy               92%        96.1%   97.3%\n")
    draft = "General and acute bed occupancy reached 97.8 per cent in August, against a standard of 92 per cent."
    fixes = {draft[f.start : f.end]: [x.replacement for x in f.fixes] for f in check(draft, {"s.txt": source})
             if f.rule == "number-mismatch"}
    assert fixes.get("97.8") == ["97.3"] and not fixes.get("92")


def test_a_first_name_a_line_in_capitals_gives_is_no_advice():
    """ "Before HIS HONOUR JUDGE AMBROSE QUILLANE" gives the judge's first name, though no name is
    read from a line in capitals: "Judge Ambrose Quillane" gets no first-name advice."""
    sources = {"list.txt": "LEEDS CROWN COURT\nDAILY LIST\nThursday 10 March 2033\n\nCOURT 4 - sitting at 10:00\n"
                           "Before HIS HONOUR JUDGE AMBROSE QUILLANE\n\nCase number: T20317781\n",
               "notes.txt": "11:52 Jury note: verdicts reached on all counts. Judge Quillane has jury brought in."}
    draft = 'Judge Ambrose Quillane called it "a cynical scheme".'
    assert [f.rule for f in check(draft, sources) if f.rule == "name-spelling"] == []


def test_a_retired_trade_is_compared_with_the_sources_retired_trade():
    """ "Ivo Pent, 71, a retired fisherman" where the sources make him a retired postman: one trade
    he left, whatever its noun; "a retired policeman" for their retired police officer is the same
    trade, and a retired trade says nothing against an office he holds."""
    sources = {"a.txt": "Ivo Pent, a retired postman who has volunteered for six years, fed the seal. "
                        "Ada Moss, a retired police officer and the club's chairwoman, carried it."}
    draft = "Ivo Pent, 71, a retired fisherman who has volunteered for years, fed the seal."
    found = [(f.rule, draft[f.start : f.end], [x.replacement for x in f.fixes]) for f in check(draft, sources)
             if f.rule == "title-mismatch"]
    assert found == [("title-mismatch", "retired fisherman", ["retired postman"])]
    for same in ("Ada Moss, a retired policeman, carried it.", "Ada Moss, a retired police officer, said it.",
                 "Ivo Pent, a retired postman said, fed the seal."):
        assert claims(same, sources, "title-mismatch") == []


def test_a_name_of_no_kind_between_a_person_and_a_pronoun_gives_the_person_no_gender():
    """ "Ambrose has fed Nettle every day since she arrived": "she" may be the seal's, so Ambrose
    Tilsey is not made a woman, and his own "he said" stands."""
    sources = {"blog.txt": "Thanks go to Ambrose Tilsey, a veterinary nurse who has volunteered with us for six "
                           "years. Ambrose has done the fish round for Nettle's pool almost every day since she "
                           "arrived.\n\n\"She never once said thank you,\" Ambrose joked.",
               "note.txt": "Volunteer Ambrose Tilsey, 71, fed Nettle most mornings."}
    draft = 'Ambrose Tilsey fed the seal. "She never once said thank you," he joked.'
    assert claims(draft, sources, "attribution-pronoun") == []


def test_a_bare_majority_counts_votes_and_is_compared_with_a_majority():
    """ "took the seat with a majority of 1,204" counts votes though it names none, and the draft's
    "with a majority of 1,402 votes" is that margin written wrong, not a candidate's total."""
    sources = {"wire.txt": "DUNMARROW, Friday 6 May 2033 - Nerys Palfrey took Drelham South from the Civic Union, "
                           "ending Tobias Kestrand's 12 years as its MP with a majority of 1,204. Palfrey took "
                           "18,642 votes."}
    draft = "Nerys Palfrey won Drelham South, ending Tobias Kestrand's 12 years as its MP, with a majority of 1,402 votes."
    assert claims(draft, sources, "number-mismatch") == [("number-mismatch", "1,402")]
    assert claims(draft.replace("1,402", "1,204"), sources, "number-mismatch") == []


def test_mrs_and_a_surname_is_not_the_man_the_sources_know_by_it():
    """ "Mrs Pellowe said ... she said" where the sources know only Gethin Pellowe, whom they call
    he, by that surname (and his wife Rhian): the honorific says she is someone else."""
    sources = {"release.txt": "Brackenholt Olive, shown by Rhian and Gethin Pellowe, was named Supreme Champion.\n\n"
                              "Gethin Pellowe said the heifer had not made it easy. \"She has been a madam all week,\" "
                              "he said.\n\nHis wife Rhian said the family had taken a gamble. \"Everyone told us we "
                              "were mad,\" she said."}
    draft = 'Mrs Pellowe said the family had taken a gamble. "Everyone told us we were mad," she said.'
    assert claims(draft, sources) == []


def test_a_name_set_off_inside_a_relative_clause_is_not_the_speaker():
    """ "Ada Moss, who hosted Tarsland's prime minister, Ivo Pent, at the palace, said ..." : the
    clause after "who" runs to the verb, so Moss speaks."""
    sources = {"transcript.txt": "PRESIDENT ADA MOSS: Today we stopped talking about the past.\n\n"
                                 "PRIME MINISTER IVO PENT: Thank you, Madam President.",
               "wire.txt": "President Ada Moss hosted Prime Minister Ivo Pent of Tarsland at the palace. \"Today we "
                           "stopped talking about the past,\" Moss said."}
    draft = ("President Ada Moss, who hosted Tarsland's prime minister, Ivo Pent, at the palace, said the two had "
             "\"stopped talking about the past\".")
    assert claims(draft, sources, "attribution-speaker") == []
    swapped = draft.replace("Ada Moss, who hosted Tarsland's prime minister, Ivo Pent",
                            "Ivo Pent, who hosted Tarsland's president, Ada Moss")
    assert ("attribution-speaker", "Ivo Pent") in claims(swapped, sources, "attribution-speaker")


def test_a_date_whose_written_year_and_month_both_differ_is_another_day():
    """ "began digging on June 19, 2030" is no slip of the October 15, 2031 on which a release
    reports: no claim, and no fix writing "October 15, 2030"."""
    sources = {"release.txt": "Embargoed until 16:00, Wednesday 15 October 2031\n\nA pterosaur has been named as a "
                              "new species, palaeontologists at the University of Lanmere report today. The team "
                              "dug at the foot of the cliff in two seasons, from 9 to 27 June 2030 and from 14 to 25 "
                              "April 2031."}
    draft = "A team from the University of Lanmere began digging at the foot of the cliff on June 19, 2030."
    assert claims(draft, sources, "date-mismatch") == []


def test_a_list_line_broken_before_it_is_full_ends_its_title():
    """A minutes' list, one member to a line: "Deputy Governor for Monetary Policy" ends its line, and
    the next line's "Renata Brisegaard" is a person of her own, whose title is her line's; "the
    Governor, Ms Brisegaard, Mr Vethers" is a list, not her title."""
    sources = {"minutes.txt": "Members present:\nIlse Varnholt, Governor (Chair)\nHalvard Ostrenko, Deputy Governor "
                              "for Monetary Policy\nRenata Brisegaard, Deputy Governor for Financial Stability\n"
                              "Conall Vethers, Chief Economist\n\n4. Five members - the Governor, Ms Brisegaard, Mr "
                              "Vethers and Ms Kellenbeck - judged that a cut was appropriate."}
    draft = "Renata Brisegaard, the deputy governor for monetary policy, also voted for the cut."
    fixes = [[x.replacement for x in f.fixes] for f in check(draft, sources) if f.rule == "title-mismatch"]
    assert all("governor" not in r.lower() or "deputy" in r.lower() for rs in fixes for r in rs)
    assert claims("Renata Brisegaard, a deputy governor, also voted for the cut.", sources, "title-mismatch") == []
    names = [m.text for m in extract_mentions(Document(sources["minutes.txt"], "minutes.txt")).names]
    assert "Renata Brisegaard" in names


def test_a_month_at_the_start_of_a_span_or_of_its_month_is_stated():
    """ "Rainfall since March" is the sources' "since the start of March" and their "March to July
    2031", not July; "the middle of March" is their "mid-March"."""
    sources = {"release.txt": "CALDERWICK, Monday 28 July 2031 - Rainfall since the start of March has been 58 per "
                              "cent of the long-term average, and this has been the driest July since 1911.",
               "report.txt": "Week ending Sunday 27 July 2031\n\n2. Rainfall\n\nJuly 2031 to date (1 to 27 July): 19 "
                             "mm, 31 per cent of the long-term average for the period.\nMarch to July 2031: 58 per "
                             "cent of the long-term average.\nJuly 2031 is the driest July at the gauge since records "
                             "began in 1911.\n\n3. Demand\n\nPeak daily demand: 1,046 megalitres on Tuesday 22 July "
                             "2031, the highest on record.\n\nThe joey was born in mid-March."}
    draft = ("Rainfall since March has been 58% of the long-term average, and demand reached a record 1,046 "
             "megalitres on Tuesday, July 22.")
    assert claims(draft, sources, "date-mismatch") == []
    assert check("Keepers think the joey was born in the middle of March.", sources) == []


def test_a_year_of_a_span_the_sources_give_whole_is_stated():
    """ "with deliveries running from 2034 to 2038" in a sentence about the order's price: the
    sources' "Deliveries are scheduled from 2034 to 2038", not another order's "delivery in 2035"."""
    sources = {"release.txt": "Solvane ordered 40 jets. Deliveries are scheduled from 2034 to 2038.",
               "wire.txt": "At list prices the firm order is worth $6.2 billion. In a smaller deal, Halloway ordered "
                           "six freighters, worth $1.05 billion at list prices, for delivery in 2035."}
    draft = "The firm order is worth $6.2 billion at list prices, with deliveries running from 2034 to 2038."
    assert claims(draft, sources, "date-mismatch") == []


def test_no_certain_fix_of_a_day_whose_weekday_would_no_longer_fit():
    """ "until Tuesday, August 5" where the sources give Monday 4 August: the day is wrong, but
    "Tuesday, August 4" would be wrong too, so the fix is offered, not applied by fix-all."""
    sources = {"release.txt": "CALDERWICK WATER\nNEWS RELEASE\nMonday 28 July 2031\n\nCalderwick Water today "
                              "announced a hosepipe ban. Anyone who wishes to make representations about the ban has "
                              "until Monday 4 August to do so."}
    draft = "Customers who want to make representations about the ban have until Tuesday, August 5."
    found = [(draft[f.start : f.end], [(x.replacement, x.preferred) for x in f.fixes]) for f in check(draft, sources)
             if f.rule == "date-mismatch"]
    assert found == [("August 5", [("August 4", False)])]


def test_a_transcript_label_with_an_office_or_a_rank_names_its_speaker():
    """ "CHIEF CONSTABLE ADA MOSS:" and "DET SUPT PENT:" label turns of a briefing: their answers are
    Moss's and Pent's words, so a changed word in a draft's quote of them is a misquote."""
    source = ("HARROWMERE CONSTABULARY\nTranscript: press briefing\n\nPresent: Chief Constable Ada Moss; Detective "
              "Superintendent Ivo Pent.\n\nCHIEF CONSTABLE MOSS: Good morning. Two men were arrested today.\n\n"
              "ANNA LEE (Evening Post): Was the gun real?\n\nDET SUPT PENT: We believe it was an imitation firearm, "
              "but the staff had no way of knowing that, and they were terrified.\n\nANNA LEE: How is the manager?\n\n"
              "DET SUPT PENT: She went home the same evening.")
    draft = 'Ivo Pent said: "The staff had no way of knowing that, and they were petrified."'
    assert claims(draft, {"briefing.txt": source}, "misquote") == [("misquote", "petrified")]


def test_a_number_word_compound_opening_a_name_is_not_part_of_it():
    """ "Fifteen-year-old Bethan Coultard", "Two-time champion Ada Moss": the age and the count are
    no words of a name (a name's own "One-Day Cup" stays one)."""
    for text, name in (("Fifteen-year-old Bethan Coultard won the pig championship.", "Bethan Coultard"),
                       ("Two-time champion Ada Moss won again.", "Ada Moss"),
                       ("Ivo Pent played in the Royal London One-Day Cup.", "Royal London One-Day Cup")):
        names = [m.text for m in extract_mentions(Document(text, "d.txt")).names]
        assert name in names and not any(m != name and name in m for m in names)
    assert [m.text for m in extract_mentions(Document("Two-time champion Ada Moss won.", "d.txt")).names] == ["Ada Moss"]


def test_an_attendance_and_a_part_of_a_total_are_counts():
    """ "Attendance on Sunday was 4,122" counts a crowd, as a results sheet's "Attendance: 4,212"
    and a report's "8,082 spectators ..., including 4,212 on Sunday" do: the very digits swapped.
    "the total over the two days to 8,082" counts no days."""
    sources = {"report.txt": "A total of 8,082 spectators attended over the two days, including 4,212 on Sunday.",
               "results.txt": "DAY 2 RESULTS\n\nAttendance: 4,212\n"}
    draft = "Attendance on Sunday was 4,122, bringing the total over the two days to 8,082."
    assert claims(draft, sources, "number-mismatch") == [("number-mismatch", "4,122")]
    units = {m.text: m.unit for m in extract_mentions(Document(draft, "d.txt")).numbers}
    assert units.get("4,122") == "attendance" and units.get("8,082") != "day"


def test_a_race_time_to_the_hundredth_is_a_figure():
    """ "won in 4:08.73" where the results give "4:08.37": a race time is one figure, its digits
    swapped a slip, and the fix written as the draft writes times."""
    sources = {"results.txt": "WOMEN'S 1500 METRES FINAL\n1    Liesel AARNHOLT    Brennhaven Harriers    4:08.37  CB PB\n",
               "report.txt": "Liesel Aarnholt led from the gun in the women's 1500m final and won in 4:08.37, a "
                             "personal best."}
    draft = "Liesel Aarnholt led from the gun in the women's 1500 metres final and won in 4:08.73, a personal best."
    found = [(draft[f.start : f.end], [x.replacement for x in f.fixes]) for f in check(draft, sources)
             if f.rule == "number-mismatch"]
    assert found == [("4:08.73", ["4:08.37"])]
    assert claims(draft.replace("4:08.73", "4:08.37"), sources) == []


def test_a_plea_on_the_day_a_release_gives_it_is_not_dated_by_the_events_day():
    """ "On Wednesday afternoon his mother pleaded with him" dates her plea: the release that carries
    it is issued on Wednesday, and the "yesterday afternoon" it tells of (Tuesday) is the boy's, not
    hers. "On Tuesday the bridge collapsed, police said" still dates the collapse."""
    sources = {"update.txt": "WESSMOOR POLICE - NEWS RELEASE\n\nIssued: 16:30, Wednesday 26 November 2031\n\nOfficers "
                             "searching for missing 15-year-old Callum Revington have established from CCTV that he "
                             "boarded a bus shortly after leaving Kelderby bus station yesterday afternoon.\n\nCallum's "
                             "mother, Joanne Revington, said in a statement issued through police:\n\n\"Callum, if you "
                             "see this, you're not in any trouble.\""}
    draft = "On Wednesday afternoon Callum's mother, Joanne Revington, pleaded with her son to get in touch."
    assert claims(draft, sources, "date-mismatch") == []
    roles = {m.text: m.role for t in (draft, "On Tuesday the bridge collapsed, police said.")
             for m in extract_mentions(Document(t, "d.txt")).dates}
    assert roles == {"Wednesday": "report", "Tuesday": "event"}


def test_a_record_of_another_year_and_month_is_no_slip_of_the_drafts_day():
    """ "first picked on August 26" in a 2031 harvest is no slip of "previous earliest: 2 September
    2028", the record the report compares its own start with, but of this year's start, "from
    Thursday 28 August": what was first done on a day started then."""
    sources = {"report.txt": "date 2031-10-21\n\nHARVEST REPORT 2031\n\nHarvest dates\n- Cremant de Valdorre base "
                             "wines: from Thursday 28 August, the earliest start on record (previous earliest: 2 "
                             "September 2028).\n- Still white wines: from 4 September.\n- Red wines: from 15 September."}
    draft = ("The 2031 harvest was the earliest on record. Grapes for Cremant de Valdorre were first picked on August 26, "
             "still whites followed from September 4 and reds from September 15.")
    found = [f for f in check(draft, sources) if f.rule == "date-mismatch"]
    assert [(draft[f.start : f.end], [x.replacement for x in f.fixes]) for f in found] == [("August 26", ["August 28"])]
    assert "2028" not in found[0].message


def test_a_past_weekday_is_no_day_more_than_a_week_from_the_drafts_reading_of_it():
    """ "he told reporters at the training ground on Wednesday" in a deadline-day story: the day is
    the press conference's Tuesday, not a day more than a week from the draft's own, so the one
    weekday left is a certain fix."""
    sources, draft = _story("sports-transfer-window-rst", "errors.rst")
    found = [(f.rule, [(x.replacement, x.preferred) for x in f.fixes]) for f in check(draft, sources, "errors.rst")
             if draft[f.start : f.end] == "Wednesday"]
    assert found == [("date-mismatch", [("Tuesday", True)])]


def test_a_name_the_sources_write_with_and_without_its_accent_is_no_misspelling():
    """ "Crémant de Valdorre" where one source writes "Cremant de Valdorre" and another "Crémant":
    both are the sources' spellings; "Wittkamper" where they write only "Wittkämper" is a slip."""
    sources = {"report.txt": "- Cremant de Valdorre base wines: from Thursday 28 August, the earliest start on record.",
               "wire.txt": "Crémant base wines, Valdorre's sparkling speciality, have been picked since August 28.",
               "union.txt": "Union leader Jörg Wittkämper said the strike would go ahead."}
    assert claims("Picking began on August 28 with grapes for Crémant de Valdorre.", sources, "name-spelling") == []
    assert claims("Union leader Jörg Wittkamper said the strike would go ahead.", sources, "name-spelling") == [
        ("name-spelling", "Wittkamper")]


def test_a_figure_a_table_writes_is_no_swap_of_another_units_figure():
    """ "Pinot Noir with 221 g/L" where the sugar table's row gives 221: the rainfall's "212 mm" is
    an anagram of it by chance, not the figure the draft meant."""
    sources = {"report.txt": "Rainfall from April to September was 184 mm, against the long-term average of 212 mm.\n\n"
                             "Sugar at harvest (g/L)\nVariety        2031   Alcohol  Acidity  2030\n"
                             "Chardonnay     208    12.2     5.9      191\nPinot Noir     221    13.0     5.2      203\n"}
    draft = "Chardonnay averaged 208 grams of sugar per litre, and Pinot Noir 221 g/L, or 13% potential alcohol."
    assert claims(draft, sources, "number-mismatch") == []


def test_a_figure_told_as_the_one_before_it_counts_what_that_one_does():
    """ "19 call-outs in July and 24 in August": the 24 counts call-outs, so the sources' August
    "24 call-outs" is that figure's, not a contradiction of July's 19; and a list's "Operational
    volunteers at 31 December 2031: 52" states the draft's 52."""
    sources = {"report.txt": "THE YEAR IN NUMBERS\n\nCall-outs: 147\nOperational volunteers at 31 December 2031: 52 "
                             "(38 full members, 14 probationers)\n\nCall-outs by month, 2031\nJuly 19\nAugust 24\n",
               "courier.txt": "August was the busiest month, with 24 call-outs, and February the quietest, with six. "
                              "She said the team now has 55 operational volunteers, after three new probationers "
                              "joined in January."}
    draft = ("The summer was the peak: 19 call-outs in July and 24 in August. The team ended 2031 with 52 operational "
             "volunteers, 38 of them full members and 14 on probation.")
    assert claims(draft, sources, "number-mismatch") == []
    units = {m.text: m.unit for m in extract_mentions(Document("There were 19 call-outs in July and 24 in August.",
                                                               "d.txt")).numbers}
    assert units.get("24") == "call-out"


def test_a_place_of_two_words_before_based_is_the_base():
    """ "the Dunholme Bridge-based Tarrow Valley Railway Society" is based in Dunholme Bridge: the
    draft's "based in Dunholme Bridge" agrees, and the fix of "Skelby-based" writes the whole place."""
    sources = {"gazette.txt": "The Dunholme Bridge-based Tarrow Valley Railway Society will use its grant for a new "
                              "boiler."}
    assert claims("The Tarrow Valley Railway Society, based in Dunholme Bridge, gets a grant for a new boiler.",
                  sources, "title-mismatch") == []
    draft = "The grant goes to the Skelby-based Tarrow Valley Railway Society for a new boiler."
    fixes = [[x.replacement for x in f.fixes] for f in check(draft, sources) if f.rule == "title-mismatch"]
    assert fixes == [["Dunholme Bridge-based"]]
    names = [m.text for m in extract_mentions(Document("The New York-based firm said so.", "d.txt")).names]
    assert names == ["New York"]


def test_a_role_noun_for_what_the_sources_say_the_person_did_is_no_other_title():
    """ "said prosecutor Nadia Kowal" where the sources make her "the council's senior enforcement
    officer, who prosecuted the case": she is the prosecutor of it; but "founder" where her
    great-grandfather founded the firm is another title."""
    sources = {"council.txt": "Nadia Kowal, the council's senior environmental enforcement officer, who prosecuted the "
                              "case, said the invoice helped.",
               "paper.txt": "The company's managing director, Orla Quill, whose great-grandfather founded the firm, "
                            "said the order was welcome."}
    assert claims("The invoice, said prosecutor Nadia Kowal, made the job easier.", sources, "title-mismatch") == []
    assert claims("Orla Quill, the firm's founder, said the order was welcome.", sources, "title-mismatch") == [
        ("title-mismatch", "founder")]



def test_a_weekday_in_a_draft_dated_without_a_year_is_no_day_weeks_away():
    """ "PORT TELLEN, Feb. 10 - ... after Orravay Sound Ferries set out the biggest timetable in its
    history on Monday": the dateline's day, in the year the sources give it, is a Monday; the
    timetable's start "next Friday, 28 March" in a later column is weeks away, no slip of it."""
    sources, draft = _story("orravay-ferries-summer-timetable", "clean.txt")
    assert [f for f in check(draft, sources, "clean.txt") if f.rule == "date-mismatch"] == []


def test_a_team_of_n_is_the_n_strong_team():
    """ "The team of 13 arrived at the camp" where the release's "11-strong team arrived at the
    remote camp": both count the team; "a 40-strong crowd" counts an attendance."""
    sources = {"release.txt": "The 11-strong team - seven scientists, three drillers and a doctor - arrived at the "
                              "remote camp on Tuesday, November 11."}
    assert claims("The team of 13 arrived at the camp on Tuesday.", sources, "number-mismatch") == [
        ("number-mismatch", "13")]
    assert claims("The team of 11 arrived at the camp on Tuesday.", sources, "number-mismatch") == []
    units = {m.text: m.unit for m in extract_mentions(Document("A 40-strong crowd gathered.", "d.txt")).numbers}
    assert units == {"40-strong crowd": "attendance"}


def test_the_chair_of_a_bodys_branch_holds_a_title_in_that_body():
    """ "chairman of the Vennshire branch of the Westmark Farmers' Union" is a title: the draft's
    "president of the Westmark Farmers' Union" for him is another."""
    sources = {"weekly.txt": "Gareth Penhallow, chairman of the Vennshire branch of the Westmark Farmers' Union, said "
                             "the figures confirmed what members had been telling him."}
    draft = "Gareth Penhallow, president of the Westmark Farmers' Union, said the figures were grim."
    assert claims(draft, sources, "title-mismatch") == [("title-mismatch", "president")]
    assert claims(draft.replace("president", "chairman"), sources, "title-mismatch") == []


def test_a_minister_of_state_for_a_portfolio_is_a_title_not_a_name():
    """ "Answered by Gideon Parfrey, Minister of State for Rail": a title with its portfolio, no
    name of its own, so "Transport Secretary Gideon Parfrey" is another title, and the fix writes
    the whole office."""
    sources = {"answer.txt": "Written answer, 11 February 2031\n\nAnswered by Gideon Parfrey, Minister of State for "
                             "Rail\n\nCancellations rose by 30 per cent.",
               "release.txt": "Ms Achterberg said she had met the Minister of State for Rail, Gideon Parfrey, in January."}
    draft = "The figures were published on Tuesday by Transport Secretary Gideon Parfrey."
    fixes = [(draft[f.start : f.end], [x.replacement for x in f.fixes]) for f in check(draft, sources)
             if f.rule == "title-mismatch"]
    assert fixes == [("Transport Secretary", ["Minister of State for Rail"])]
    names = [m.text for m in extract_mentions(Document(sources["release.txt"], "r.txt")).names]
    assert "Minister of State for Rail" not in names


def test_a_council_cabinet_members_portfolio_is_the_post_they_hold():
    """ "cabinet member for housing" for the sources' cabinet member for climate and environment is
    another portfolio; a portfolio the sources' own words cover is none ("for climate")."""
    sources = {"w.txt": "Councillor Ivo Pent, the council's cabinet member for climate and environment, said the "
                        "zone worked. Councillor Ada Moss, executive member for transport, agreed."}
    draft = "Councillor Ivo Pent, the council's cabinet member for housing, said the zone worked."
    (f,) = [f for f in check(draft, sources) if f.rule == "title-mismatch"]
    assert draft[f.start : f.end] == "cabinet member for housing"
    assert f.fixes[0].replacement == "cabinet member for climate and environment"
    assert claims(draft.replace("housing", "climate"), sources) == []
    assert claims("Councillor Ada Moss, the executive member for transport, agreed.", sources) == []
    assert claims("Councillor Ada Moss, the executive member for housing, agreed.", sources, "title-mismatch") == [
        ("title-mismatch", "executive member for housing")]


def test_a_capitalized_fix_keeps_the_small_words_of_a_portfolio_small():
    sources = {"w.txt": "Ivo Pent, the minister for housing, said the zone worked."}
    (f,) = [f for f in check("Transport Minister Ivo Pent said the zone worked.", sources) if f.rule == "title-mismatch"]
    assert f.fixes[0].replacement == "Minister for Housing"


def test_the_leader_of_a_council_is_one_post_and_a_portfolio_holder_is_not_it():
    """ "the council leader" and "leader of the council" (a body named by its noun after "of the")
    are the post the council's leader holds; a party's leader may hold any post."""
    sources = {"w.txt": "Councillor Ivo Pent, the council's cabinet member for transport, said the lane worked. "
                        "Ada Moss, the Civic Party leader, disagreed."}
    for title in ("the council leader", "leader of the council"):
        draft = f"Councillor Ivo Pent, {title}, said the lane worked."
        assert claims(draft, sources, "title-mismatch") == [("title-mismatch", title.removeprefix("the "))]
    assert claims("Councillor Ivo Pent, a councillor for the ward, said the lane worked.", sources, "title-mismatch") == []
    assert claims("Ada Moss, the party leader, disagreed.", sources, "title-mismatch") == []
    (t,) = [t for t in extract_mentions(Document("Ada Moss, director of the hurricane center, spoke.", "d.txt")).titles]
    assert (t.text, t.role) == ("director of the hurricane center", "hurricane center director")


def test_a_title_in_title_case_after_a_name_is_its_title_not_a_name():
    """ "Head of Water Resources", "Head of Housing Options" (a portfolio word that is a role word
    too) and "Solvarra's Chief Customer Officer" set off after a name are the person's title."""
    draft = ("Ivo Pent, Head of Housing Options, said it. Ada Moss, Head of Water Resources at Tarrow Water, "
             "said it. Lena Vale, Solvarra's Chief Customer Officer, who told members that waits fell, agreed.")
    mentions = extract_mentions(Document(draft, "d.txt"))
    assert [(t.text, t.role, t.target.text) for t in mentions.titles] == [
        ("Head of Housing Options", "housing options head", "Ivo Pent"),
        ("Head of Water Resources", "water resources head", "Ada Moss"),
        ("Chief Customer Officer", "chief customer officer", "Lena Vale")]
    assert not any(n.text.startswith("Head") for n in mentions.names)
    sources = {"w.txt": draft}
    assert claims("Lena Vale, Solvarra's chief financial officer, said waits fell.", sources, "title-mismatch") == [
        ("title-mismatch", "chief financial officer")]


def test_a_pronoun_opening_the_paragraph_after_a_quote_returns_to_the_story_not_the_speaker():
    """ '"...," said Ivo Pent. // She will conduct ...': a new paragraph that reports nothing may go
    back to the story's subject, whom "she" names two paragraphs up; with no such "she", it is
    read as the speaker's."""
    source = ("Ada Moss will become principal conductor. She will conduct 12 weeks a season. "
              "\"The players asked for her,\" said Ivo Pent, the principal viola. He chairs the players' committee.")
    draft = ("Ada Moss will become principal conductor. She was born in Tarrow.\n\n"
             "\"The players asked for her,\" said Ivo Pent, the principal viola.\n\n"
             "She will conduct 12 weeks a season.")
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []
    bare = draft.replace(" She was born in Tarrow.", "")
    assert claims(bare, {"w.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "She")]

def test_a_department_named_in_the_sources_title_is_no_other_affiliation():
    """ "dean of Tarrow Business School at the University of Velmar": the school is in the title,
    the university its body; the draft's "dean of Tarrow Business School" contradicts neither."""
    sources = {"w.txt": "The panel was chaired by Dr Ada Moss, dean of Tarrow Business School at the University of Velmar."}
    assert claims("The judges were Dr Moss, dean of Tarrow Business School, and two others.", sources) == []


def test_a_transcript_label_of_an_office_is_the_turn_of_the_one_person_named_with_it():
    """ "FIRST MINISTER:" labels the turns of the First Minister the transcript names ("Speakers:
    First Minister Ada Moss"): her words, not a look-alike quote of someone else's."""
    transcript = ("Speakers: First Minister Ada Moss; journalists as named.\n\n"
                  "FIRST MINISTER: Good morning. The waiting lists are down.\n\n"
                  "IVO PENT (Courier): First Minister, are you worried?\n\n"
                  "FIRST MINISTER: Polls go up and polls go down. I am not going to govern by the weekly numbers.\n\n"
                  "IVO PENT (Courier): Thank you.")
    statement = "Lena Vale said: \"I am not going to celebrate a poll. I am going to keep knocking on doors.\""
    sources = {"t.txt": transcript, "s.txt": statement}
    draft = "\"Polls go up and polls go down. I am not going to govern by the weekly numbers,\" Moss told reporters."
    assert claims(draft, sources) == []
    assert claims(draft.replace("Moss told", "Vale told"), sources, "attribution-speaker") == [
        ("attribution-speaker", "Vale")]
    quotes = extract_mentions(Document(transcript, "t.txt")).quotes
    assert [(q.speaker.text, q.speaker.name.text) for q in quotes if q.text.startswith("Polls")] == [
        ("FIRST MINISTER", "Ada Moss")]


def test_the_holder_of_an_office_of_a_place_speaks_not_the_place():
    """ "The Bishop of Tarrow said:" quotes the bishop: the draft giving the quote to her by name
    is no other speaker, and "she" may be her."""
    sources = {"w.txt": "The Bishop of Tarrow, the Rt Revd Dr Ada Moss, today named the new dean. "
                        "The Bishop of Tarrow said: \"Ivo is a priest of deep prayer and wide sympathy.\""}
    draft = "Dr Ada Moss called him \"a priest of deep prayer and wide sympathy\"."
    assert claims(draft, sources) == []
    assert claims("\"Ivo is a priest of deep prayer and wide sympathy,\" she said.", sources) == []
    quotes = extract_mentions(Document(sources["w.txt"], "w.txt")).quotes
    assert [(q.speaker.kind, q.speaker.text) for q in quotes] == [("noun", "Bishop of Tarrow")]


def test_a_pronoun_reporting_a_named_persons_words_after_them_is_someone_named_before():
    """ "Ada Moss had told MPs in March that the lists had turned the corner, he recalled": he is
    who recalls it (named before), not the woman he reports."""
    source = ("Ivo Pent opened for the opposition. \"In March the Prime Minister told this House that waiting "
              "lists had turned the corner,\" he said. Ada Moss said she stood by it.")
    draft = ("Ivo Pent opened for the opposition. Figures showed 421,600 people waiting. Ada Moss had told MPs "
             "in March that the lists had turned the corner, he recalled.")
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []


def test_a_figure_the_sources_write_is_not_held_against_another_that_shares_one_word():
    """ "Other parties took 6%" beside a party's "14 per cent" shares "party" alone; the table's
    "Others: 6%" writes the draft's figure: no claim. A figure no source writes still is one."""
    sources = {"poll.txt": "Unity Party: 31%\nOthers: 6% (+1)",
               "s.txt": "Green Future co-leader Ada Moss welcomed the party's 14 per cent in the poll."}
    assert claims("Other parties took 6%.", sources, "number-mismatch") == []
    assert claims("Green Future co-leader Ada Moss welcomed the party's 16 per cent in the poll.", sources,
                  "number-mismatch") == [("number-mismatch", "16")]


def test_a_date_in_a_clause_after_after_has_the_tense_of_its_own_verb():
    """ "will be free next May after a panel on Tuesday cut her ban": Tuesday is no future day (the
    day a draft's "a panel on Wednesday cut the ban" is compared with); "ruled" after it says past."""
    def tense(text: str, word: str) -> str:
        return next(d.tense for d in extract_mentions(Document(text, "w.txt")).dates if text[d.start : d.end] == word)
    assert tense("Ada Moss will be free to race next May after a panel on Tuesday cut her ban.", "Tuesday") == ""
    assert tense("Ada Moss will be free to race next May after a panel on Tuesday ruled on her ban.", "Tuesday") == "past"
    assert tense("Ada Moss will race next May and the panel will meet on Tuesday.", "Tuesday") == "future"


def test_an_abbreviated_rank_is_a_title_not_a_first_name():
    """ "Cpl", "Pte", "Maj Gen", "Brig" before a name are ranks: no "first name the sources never give"."""
    sources = {"w.txt": "Corporal Ada Moss, 26, a medic, marched. Private Ivo Pent, 19, marched too. "
                        "Brigadier Lena Vale took the salute."}
    draft = "Cpl Ada Moss, 26, marched with Pte Ivo Pent, 19. Brig Lena Vale took the salute."
    assert [f for f in check(draft, sources) if f.rule == "name-spelling"] == []
    titles = extract_mentions(Document("Maj Gen Lena Vale took the salute.", "d.txt")).titles
    assert [(t.text, t.role) for t in titles] == [("Maj Gen", "major general")]


def test_an_age_a_source_corrects_is_no_ground_for_a_claim():
    """ "A release misstated the age of Ada Moss. She is 32, not 31.": the draft's 32 is the
    corrected age; the first release's "Ada Moss, 31," holds nothing against it."""
    sources = {"a.txt": "Ada Moss, 31, of Essery, was arrested on Friday after deputies stopped her car.",
               "c.txt": "CORRECTION: A news release issued on Monday misstated the age of Ada Moss. She is 32, not 31."}
    draft = "Ada Moss, 32, of Essery, was arrested on Friday after deputies stopped her car."
    assert claims(draft, sources, "number-mismatch") == []
    assert claims(draft, {"a.txt": sources["a.txt"]}, "number-mismatch") == [("number-mismatch", "32")]


def test_sources_disagree_only_on_the_same_thing():
    """ "Vegetable prices fell 1.3% on the month" and "Prices rose 0.3% on the month" are two
    figures: the draft's vegetables' 1.3% is supported, with no disagreement to report."""
    sources = {"a.txt": "Food: Vegetable prices fell by 1.3% on the month, and dairy prices were unchanged for the "
                        "second month running. Bread and cereals rose by 0.6% on the month.",
               "b.txt": "Consumer prices rose 3.4% from a year earlier, after 3.9% in February, Statistics Tarrow said. "
                        "Prices rose 0.3% on the month."}
    draft = ("Food inflation eased to 5.2 per cent from 5.8 per cent, with vegetable prices down 1.3 per cent on "
             "the month.")
    assert [f for f in check(draft, sources) if f.rule == "number-mismatch"] == []


def test_a_rank_is_compared_with_the_rank_the_sources_give():
    """ "Sgt Ada Moss" for the sources' Corporal, "Maj Gen Lena Vale" for their Brigadier (who
    is also the brigade's commander): the rank is wrong, and the fix is the sources' rank."""
    sources = {"w.txt": "Corporal Ada Moss, 26, a medic, marched. Brigadier Lena Vale, the brigade commander, "
                        "took the salute."}
    assert claims("Sgt Ada Moss, 26, marched.", sources, "title-mismatch") == [("title-mismatch", "Sgt")]
    (f,) = [f for f in check("Maj Gen Lena Vale took the salute.", sources) if f.rule == "title-mismatch"]
    assert f.fixes[0].replacement == "Brigadier"
    assert claims("Cpl Ada Moss marched. Brig Lena Vale took the salute.", sources) == []


def test_months_joined_by_hyphens_and_a_word_after_a_clock_time_are_no_unknown_names():
    """ "the July-to-September cap" names no one; "at 2 p.m. Rides on the stretch are free" opens a
    sentence the splitter kept whole after "p.m.", so "Rides" is a common word there."""
    sources = {"w.txt": "The regulator will set the cap for July to September on Wednesday. The line opens at 2 p.m."}
    draft = "The regulator will set the July-to-September cap. The line opens at 2 p.m. Rides are free until Sunday."
    assert [f for f in check(draft, sources) if f.rule == "unsupported-entity"] == []


def test_a_date_written_in_capitals_is_a_date():
    """A diary's heading "THURSDAY 16 OCTOBER" gives the day its events are on: the draft's
    "Thursday, Oct. 16" is the sources'."""
    (d,) = extract_mentions(Document("THURSDAY 16 OCTOBER\n\n19:00 - The festival opens.", "w.txt")).dates
    assert (d.weekday, d.month, d.day) == (3, 10, 16)
    source = "TARROW DIARY 2031\n\nTHURSDAY 16 OCTOBER\n\n19:00 - Tarrow Literary Festival opens."
    draft = "The Tarrow Literary Festival opens at 7 p.m. on Thursday, Oct. 16."
    assert [f for f in check(draft, {"w.txt": source}) if f.rule in ("date-mismatch", "unsupported-date")] == []


def test_a_possessive_common_word_the_sources_write_small_is_no_miscased_title():
    """ "Maud, the lamplighter's daughter" where the sources write "the last lamplighter" as well as
    the play's title "The Lamplighter's Daughter": the word is written small, with no fix to a capital."""
    source = ("The Tarrow Players give \"The Lamplighter's Daughter\", a new play. It follows Maud, the daughter "
              "of the last lamplighter at the gas works. \"The Lamplighter's Daughter\" runs all week.")
    draft = "Ada Moss plays Maud, the lamplighter's daughter."
    assert claims(draft, {"w.txt": source}, "name-spelling") == []


def test_a_list_of_founders_each_with_its_title_gives_each_title_to_the_name_before_it():
    """ "by Ada Moss, its chief executive, Ivo Pent, its chief scientific officer": the chief
    executive is Moss, not Pent."""
    sources = {"w.txt": "The firm was founded by Dr Ada Moss, Chief Executive Officer; Professor Ivo Pent, Chief "
                        "Scientific Officer; and Dr Lena Vale, Chief Technology Officer."}
    draft = ("It was set up by Dr Ada Moss, its chief executive, Professor Ivo Pent, its chief scientific officer, "
             "and Dr Lena Vale, its chief technology officer.")
    assert claims(draft, sources) == []


def test_a_name_and_age_before_a_relative_clause_speak_not_the_name_inside_it():
    """ "Mate Ada Moss, 31, who survived with deckhand Ivo Pent, 27, said:" quotes Moss."""
    source = ('Mate Ada Moss, 31, who survived with deckhand Ivo Pent, 27, said: "One minute we were hauling, the '
              'next the sea was over the rail and she was gone." Mr Pent said he owed her his life.')
    draft = '"One minute we were hauling, the next the sea was over the rail and she was gone," Moss said.'
    assert claims(draft, {"w.txt": source}) == []


def test_an_office_before_a_style_and_a_name_is_the_persons_title():
    """ "said MSA Administrator Dr. Ada Moss": the speaker is Moss, her title Administrator."""
    source = '"No single nation could do this alone," said MSA Administrator Dr. Ada Moss.'
    draft = 'MSA administrator Ada Moss called it work "no single nation could do this alone".'
    assert claims(draft, {"w.txt": source}) == []
    assert claims('MSA deputy administrator Ada Moss spoke.', {"w.txt": source}, "title-mismatch") == [
        ("title-mismatch", "deputy administrator")]


def test_a_pronoun_that_goes_on_about_an_object_pronoun_is_no_vote_for_the_subject():
    """ "Judge Ada Moss made an order requiring him to repay. He will serve ...": he is him, and
    neither "him" nor "He" makes Moss a man; "the judge told Ivo Pent that ... She said" is hers."""
    source = ("Staff Sergeant Ivo Pent, 38, was jailed. Judge Advocate Ada Moss also made an order requiring him "
              "to repay the money. He will serve his detention at Tarrow. Passing sentence, the judge advocate told "
              "Pent that he had abused the system. She said the involvement of a clerk was \"an aggravating "
              "feature of real seriousness.\"")
    from copydesk.factbase.build import factbase_from_texts
    kb = factbase_from_texts({"w.txt": source})
    moss = next(e for e in kb.entities if e.name == "Ada Moss")
    assert moss.gender != "male"
    (quote,) = [q for q in kb.quotes if q.text.startswith("an aggravating")]
    assert quote.speaker_id is None or kb.entity(quote.speaker_id).name != "Ivo Pent"


def test_a_figure_in_a_persons_relative_clause_is_theirs_among_others_named():
    """ "Ada Moss misses out, and forward Ivo Pent, who has scored nine goals, is a doubt" gives the
    goals to Pent, not to "Striker Lena Vale has 29 goals", whose sentence opens with her title."""
    source = ("Tarrow are without injured defender Ada Moss, and forward Ivo Pent is doubtful with a tight hamstring. "
              "Captain Emil Rask, 33, will win his 88th cap. Striker Lena Vale has 29 goals in 52 internationals "
              "but has gone five games without scoring for her club.")
    draft = ("Defender Ada Moss misses out with an ankle injury, and forward Ivo Pent, who has scored nine goals in "
             "30 appearances, is a doubt with a tight hamstring.")
    assert claims(draft, {"w.txt": source}, "number-mismatch") == []


def test_a_word_describing_the_holder_is_no_part_of_the_post():
    """ "a young clerk" holds a clerk's post: the draft's "junior orderly room clerk" is no other one."""
    sources = {"w.txt": "He told Lance Corporal Ivo Pent, a young clerk, to backdate the form."}
    assert claims("He told Ivo Pent, a junior orderly room clerk, to backdate the form.", sources, "title-mismatch") == []


def test_a_year_the_sources_give_to_the_sentences_other_words_is_stated():
    """ "played only two Championship matches in 2030 after knee surgery that May": a source "missed
    most of the 2030 season after knee surgery in May 2030"; the clause's words matching "the
    leading Championship wicket-taker in 2029" do not make 2030 wrong."""
    sources = {"s.txt": "Ivo Pent joined the Tarrow Academy at 14. He has played 57 County Championship matches for "
                        "Tarrow and was the club's leading Championship wicket-taker in 2029.",
               "c.txt": "Notes\n\n- Missed most of the 2030 season after knee surgery in May 2030.\n"
                        "- Leading wicket-taker for Tarrow in the County Championship in 2029 and 2031."}
    draft = ("Fitness has held him back. A stress fracture cost Ivo Pent most of the 2027 season, and he played "
             "only two Championship matches in 2030 after knee surgery that May.")
    assert claims(draft, sources, "date-mismatch") == []


def test_a_ledes_report_weekday_is_the_sources_own_day():
    """ "TARROW - Ada Moss will become principal conductor next year, the orchestra announced on
    Monday": the release that announces it is dated Tuesday."""
    sources = {"r.txt": "date 2031-09-09\\n\\nPRESS RELEASE\\nTuesday 9 September 2031\\n\\nTARROW PHILHARMONIC NAMES ADA "
                        "MOSS AS ITS NEXT PRINCIPAL CONDUCTOR\\n\\nThe Tarrow Philharmonic Orchestra today announces the "
                        "appointment of Ada Moss as its eleventh Principal Conductor."}
    draft = ("Velmar Opera's director to lead Tarrow Philharmonic\\n\\nTARROW - Ada Moss, the 41-year-old music "
             "director of Velmar Opera, will become principal conductor of the Tarrow Philharmonic Orchestra next "
             "year, the orchestra announced on Monday, ending an 18-month search.")
    assert claims(draft, sources, "date-mismatch") == [("date-mismatch", "Monday")]
    assert claims(draft.replace("Monday", "Tuesday"), sources, "date-mismatch") == []


def test_a_diary_days_heading_dates_the_items_under_it():
    """ "FRIDAY 14 MAY" over "Museum late opening, 6pm-9pm, Fore Street": the draft's "On Friday
    evening the museum on Fore Street stays open" is that day, though the diary's notes give the
    street's closure "on Saturday and Sunday" (an invented story's diary and draft)."""
    story = ROOT / "tests" / "data" / "stories" / "saltmere-weekend-whats-on"
    source = (story / "sources" / "council_events_diary.txt").read_text(encoding="utf-8")
    line = next(x for x in (story / "drafts" / "clean.txt").read_text(encoding="utf-8").splitlines()
                if "On Friday evening" in x)
    assert claims(line, {"d.txt": source}, "date-mismatch") == []


def test_a_heading_in_capitals_on_a_line_of_its_own_is_no_name():
    """A draft's box heading "KEY MEN (caps, goals)" or "EARLY RISERS" names no one; a dateline's
    "NEW YORK, Feb 3 -" is still a place."""
    draft = "The squad:\n\nKEY MEN (caps, goals)\nEmil Rask, captain: 87, 14\n\nEARLY RISERS\nThe market opens at 8am."
    names = [n.text for n in extract_mentions(Document(draft, "d.txt")).names]
    assert "KEY MEN" not in names and "EARLY RISERS" not in names and "Emil Rask" in names
    dated = extract_mentions(Document("NEW YORK, Feb 3 - The market fell.", "d.txt")).names
    assert [(n.text, n.kind) for n in dated][:1] == [("NEW YORK", "place")]


def test_two_digits_swapped_where_no_source_writes_the_draft_figure():
    """ "now has 63 employees" where the release says "It now employs 36 people" and no source
    writes 63: the digits of the one figure the sentence's words give, in another order."""
    source = "The joinery opened in 2019. It now employs 36 people and increased its turnover by 22 per cent last year."
    draft = "The joinery, which opened in 2019, now has 63 employees and grew its turnover by 22% last year."
    assert claims(draft, {"w.txt": source}, "number-mismatch") == [("number-mismatch", "63")]
    assert claims(draft, {"w.txt": source + " Its sister shop has 63 staff."}, "number-mismatch") == []


def test_a_figure_is_the_one_of_the_source_paragraph_about_whom_the_drafts_paragraph_names():
    """A sentence worded like another company's may not give that company's figure: the draft's
    paragraph says whose order it is, and the source paragraph that names that buyer has its price."""
    source = ("Velmar Shipping placed a firm order for 40 ferries on Monday.\n\n"
              "At list prices the firm order is worth $6.2 billion. Velmar expects the first ferry in 2034.\n\n"
              "Tarrow Lines signed for 25 ferries. The firm order is valued at $3.1 billion at list prices.")
    draft = ("Tarrow Lines signed for 25 ferries from the yard on Monday. "
             "At list prices the firm order is worth $3.4 billion.")
    assert flagged(draft, source) == [("3.4", ["3.1"])]
    found = [f for f in check(draft, {"w.txt": source}) if f.rule == "number-mismatch"]
    assert [f.evidence[0].text for f in found] == ["$3.1 billion"]
    assert all(x.replacement != "6.2" for f in found for x in f.fixes)
    # the other buyer's paragraph still gives its own figure
    velmar = "Velmar Shipping placed a firm order for 40 ferries. At list prices the firm order is worth $6.4 billion."
    assert [(f.evidence[0].text) for f in check(velmar, {"w.txt": source}) if f.rule == "number-mismatch"] == ["$6.2 billion"]


def test_a_weekday_a_source_writes_with_the_day_outweighs_one_counted_from_a_year_guessed():
    """A report of February lists a November search without a year; the year read for it is the
    report's, and its weekday a guess: the release that writes "Saturday 8 November 2031" decides."""
    sources = {"report.txt": "TARROW, Feb. 12, 2032 - The rescue team published its annual report.\n\n"
                             "Longest incident: 19 hours, Tarrow Edge, 8-9 November",
               "release.txt": "TARROW, Nov. 9, 2031 - The alarm was raised at 17:20 on Saturday 8 November 2031 by his wife."}
    wrong = "Ivo Pent went missing on Tarrow Edge on Friday, Nov. 8."
    assert [(wrong[f.start : f.end], [x.replacement for x in f.fixes]) for f in check(wrong, sources)
            if f.rule == "date-mismatch"] == [("Friday", ["Saturday"])]
    right = wrong.replace("Friday", "Saturday")
    assert [f for f in check(right, sources) if f.rule == "date-mismatch"] == []


def test_a_range_end_is_stated_by_that_end_not_by_a_figure_within_the_range():
    source = ("Tarrow Pumps now expects revenue for the full year of EUR 4.95 billion to EUR 5.05 billion.\n\n"
              "On guidance, it was up from 4.85 billion to 5.05 billion euros.")
    draft = "Tarrow Pumps now expects full-year revenue of €4.95 billion to €5.15 billion."
    assert [span for span, _ in flagged(draft, source)] == ["5.15"]
    assert flagged(draft.replace("5.15", "5.05"), source) == []
    # a rounding is no range: "nearly 1,200 flights" is not held to either end of anything
    flights = "The airline will cancel 1,180 flights on Thursday."
    assert flagged("The airline will cancel nearly 1,200 flights on Thursday.", flights) == []


def test_a_rank_is_the_one_of_the_clause_that_names_its_people():
    source = ("The decisive game was played in round six, when Ada Moss outplayed Ivo Pent in a 58-move endgame.\n\n"
              "In round seven, a player arrived at the board 40 minutes late and lost by default.")
    draft = "The title was settled in round seven, when Ada Moss ground down Ivo Pent in a 58-move endgame."
    assert [span for span, _ in flagged(draft, source)] == ["seven"]
    assert flagged(draft.replace("round seven", "round six"), source) == []
    # the forfeit's round, told of no one, is stated
    assert flagged("In round seven, a player lost by default after arriving at the board late.", source) == []


def test_an_office_in_title_case_with_its_portfolio_is_the_title_of_the_name_set_off_after_it():
    source = ("The contract was signed in the presence of the Minister of Infrastructure and Water Management, "
              "Ivo Pent. The Minister of Health, Ada Moss, did not attend. "
              "The Secretary of State for Transport, Lena Vale, sent a letter.")
    assert claims("Agriculture Minister Ivo Pent attended the signing.", {"w.txt": source}, "title-mismatch") \
        == [("title-mismatch", "Agriculture Minister")]
    assert claims("Finance Minister Ada Moss did not attend.", {"w.txt": source}, "title-mismatch") \
        == [("title-mismatch", "Finance Minister")]
    assert claims("Health Minister Ada Moss did not attend.", {"w.txt": source}, "title-mismatch") == []
    assert claims("The Minister of Infrastructure and Water Management, Ivo Pent, attended.", {"w.txt": source}) == []


def test_a_unions_organiser_and_convenor_hold_offices():
    source = ("Tarrow Union regional organiser Ivo Pent said talks had failed. "
              "Ada Moss, the Tarrow Union convenor at the plant, spoke at the gate. "
              "Workers at Velmar Motors' Halden assembly plant walked out on Monday.")
    assert claims("Ivo Pent, the union's deputy general secretary, said talks had failed.", {"w.txt": source},
                  "title-mismatch") == [("title-mismatch", "deputy general secretary")]
    assert claims("Ivo Pent, the union's regional organiser, said talks had failed.", {"w.txt": source}) == []
    # where the convenor works is no other body than the one whose convenor she is
    assert claims("Ada Moss, the union's convenor at Halden, spoke at the gate.", {"w.txt": source}, "title-mismatch") == []


def test_an_office_of_one_place_is_not_the_same_office_of_another():
    source = ("Ivo Pent, the Tisdale County emergency manager, said 11 people were taken to hospital. "
              "The storm also hit Marrow County.")
    assert claims("Ivo Pent, Marrow County's emergency manager, said two were in hospital.", {"w.txt": source},
                  "title-mismatch") == [("title-mismatch", "Marrow County")]
    assert claims("Ivo Pent, Tisdale County's emergency manager, said two were in hospital.", {"w.txt": source}) == []
    # a team's nickname ("Reds captain Ada Moss" where the sources write "Tarrow captain") names no other place
    from copydesk.checks.title_mismatch import _a_nickname
    assert _a_nickname("Reds") and _a_nickname("Saints") and not _a_nickname("Marrow County") and not _a_nickname("Tarrow")
    # a base is no body: "the Tarrow-based copper producer" gives no one an office in Tarrow
    based = "The board of Velmar Cobre, the Tarrow-based copper producer, backed the offer."
    assert claims("The board of Velmar Cobre, the Tarrow-based copper producer, backed the offer.", {"w.txt": based}) == []


def test_a_retort_after_a_quote_names_its_speaker():
    source = ('Ivo Pent said the plan was costed. "That is simply not true and she knows it," Ada Moss said. '
              'Pent did not reply.')
    draft = '"That is simply not true and she knows it," Mr Pent shot back.'
    assert claims(draft, {"debate.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]
    assert claims(draft.replace("Mr Pent", "Ms Moss"), {"debate.txt": source}, "attribution-speaker") == []


def test_a_source_figure_in_a_relative_clause_is_the_figure_of_the_person_it_is_of():
    source = "Lena Vale, a 41-year-old conductor, succeeds Ivo Pent, who stepped down in March after 14 years in the post."
    draft = "She succeeds Ivo Pent, who stepped down in March after 16 years."
    assert flagged(draft, source) == [("16", ["14"])]
    assert flagged(draft.replace("16", "14"), source) == []


def test_whom_a_speaker_told_is_not_the_speaker():
    source = ('Chair of the bench Ada Moss told him: "The engine was running and you were in the seat. That is driving." '
              "He was banned for 20 months. Enforcement officer Ivo Pent said later: \"We found her name on a letter.\"")
    draft = '"We found her name on a letter," said Mrs Moss.'
    # "him" and the "He" after her quote are the defendant: she is no "he", so "Mrs Moss" is she
    assert claims(draft, {"court.txt": source}, "attribution-speaker") == [("attribution-speaker", "Moss")]
    assert claims(draft.replace("Mrs Moss", "Mr Pent"), {"court.txt": source}) == []


def test_letters_after_a_name_are_not_part_of_it():
    source = ("Bench: Mrs Ada Moss JP (chair), Mr Ivo Pent JP. Ada Moss fined the company. "
              "Lena Vale KC, prosecuting, spoke first.")
    names = [m.text for m in extract_mentions(Document(source, "court.txt")).names if m.kind == "person"]
    assert "Ada Moss JP" not in names and "Ivo Pent" in names and "Lena Vale" in names
    assert claims("Ada Moss, the chair of the bench, fined the company.", {"court.txt": source}) == []


def test_a_firm_named_for_its_trade_is_no_person():
    source = ("Tarrow Drilling's chief executive, Ivo Pent, said the company had kept in contact with the families. "
              '"This is a day of relief," he said. Ada Moss, a spokeswoman for the ministry, thanked the mediators.')
    # the firm is no person opening the sentence: "he" is its chief executive
    assert claims('"This is a day of relief," Moss said.', {"wire.txt": source}, "attribution-speaker") \
        == [("attribution-speaker", "Moss")]
    assert claims('"This is a day of relief," Pent said.', {"wire.txt": source}) == []
    # and a firm no source names is worth a check, not a misspelling of another firm
    assert [(f.rule, f.message) for f in check("The work went to Vexley Construction.", {"wire.txt": source})] \
        == [("unsupported-entity", 'No source mentions "Vexley Construction": worth a check')]


def test_a_compound_rank_is_one_title_not_a_nationality_or_a_name():
    text = ("Petty Officer Ivo Pent steered. Staff Sergeant Ada Moss led. Sergeant Major Lena Vale watched. "
            "The Regimental Sergeant Major, Warrant Officer Class 1 Ada Rook, spoke.")
    mentions = extract_mentions(Document(text, "army.txt"))
    assert [(m.text, m.kind) for m in mentions.names] == [
        ("Ivo Pent", "person"), ("Ada Moss", "person"), ("Lena Vale", "person"), ("Ada Rook", "person")]
    assert [(t.text, t.target.text) for t in mentions.titles][:3] == [
        ("Petty Officer", "Ivo Pent"), ("Staff Sergeant", "Ada Moss"), ("Sergeant Major", "Lena Vale")]
    # no one else opens the sentence, so "he" after the quote is the sergeant major
    source = ("The Regimental Sergeant Major, Warrant Officer Class 1 Ivo Pent, said it was his last parade. "
              '"You do not get many days like this," he said. Ada Moss, the mayor, thanked the soldiers.')
    assert claims('"You do not get many days like this," Moss said.', {"wire.txt": source}, "attribution-speaker") \
        == [("attribution-speaker", "Moss")]


def test_a_pronoun_going_on_from_the_paragraph_before_keeps_its_speaker():
    source = ("Ivo Pent, the managing director of Tarrow Ferries, told the Courier he understood the anger.\n\n"
              '"I live on the island myself," he said.\n\n'
              'Asked about a relief vessel, he said none was free. "We have asked every operator we know," he said.\n\n'
              "Ada Moss, the council leader, said she would ask for a vessel.")
    draft = '"We have asked every operator we know," Ada Moss said.'
    assert claims(draft, {"courier.txt": source}, "attribution-speaker") == [("attribution-speaker", "Ada Moss")]
    assert claims(draft.replace("Ada Moss", "Ivo Pent"), {"courier.txt": source}) == []
    # someone else named in the paragraph before may be "he": no speaker named, and no fix; but
    # "he" is not Ada Moss, whom the sources call "she"
    named = source.replace("myself,\" he said.", "myself,\" he said. Lena Vale nodded.")
    (f,) = [f for f in check(draft, {"courier.txt": named}) if f.rule == "attribution-speaker"]
    assert f.fixes == [] and 'someone they call "he"' in f.message


def test_an_office_speaking_is_the_one_person_the_sources_give_it():
    source = ("Introducing the plan, the council's chief executive, Ada Moss, told councillors it was ambitious. "
              '"Tenders will go out before Christmas," said Ivo Pent, the director of housing.')
    draft = '"Tenders will go out before Christmas," the chief executive told the meeting.'
    found = [f for f in check(draft, {"report.txt": source}) if f.rule == "attribution-speaker"]
    assert [(draft[f.start : f.end], f.fixes) for f in found] == [("the chief executive", [])]  # no certain words
    assert claims(draft.replace("chief executive", "director of housing"), {"report.txt": source}) == []
    # the draft gives the office to someone else: its "chief executive" is theirs
    other = "Lena Vale, the chief executive of the trust, opened the scheme. " + draft
    assert claims(other, {"report.txt": source}, "attribution-speaker") == []


def test_a_sources_office_speaking_is_the_one_it_gives_that_office_plainly():
    minutes = ("Present:\nAda Moss, Chair\nIvo Pent, Director and Chair of the Finance Committee\n"
               "Lena Vale, Chief Executive\n\n"
               'The Chair said: "The board cannot sign off a third revision in one year."')
    draft = '"The board cannot sign off a third revision in one year," Lena Vale said.'
    assert claims(draft, {"minutes.txt": minutes}, "attribution-speaker") == [("attribution-speaker", "Lena Vale")]
    assert claims(draft.replace("Lena Vale", "Ada Moss"), {"minutes.txt": minutes}) == []
    # two plain chairs: "The Chair" is neither for certain
    two = minutes.replace("Director and Chair of the Finance Committee", "Chair")
    assert claims(draft, {"minutes.txt": two}, "attribution-speaker") == []


def test_a_name_after_at_is_where_not_who_opens_the_sentence():
    source = ("At St Wenna's Academy in Scowbridge, the headteacher, Mr Ivo Pent, said he was pleased. "
              '"Not every success shows up in a league table," he said. Ada Moss, the council leader, welcomed the results.')
    draft = '"Not every success shows up in a league table," Moss said.'
    assert claims(draft, {"council.txt": source}, "attribution-speaker") == [("attribution-speaker", "Moss")]
    # a hospital is no person between the consultant and his "he said"
    hospital = ("Dr Ivo Pent, a consultant at Tarrow Royal Infirmary, told the inquest the department was full. "
                '"We are doing everything we can," he said. Ada Moss, the trust director, apologised.')
    assert claims('"We are doing everything we can," Moss said.', {"inquest.txt": hospital}, "attribution-speaker") \
        == [("attribution-speaker", "Moss")]


def test_a_shadow_minister_is_not_the_minister_nor_a_chief_magistrate_a_senior_principal_one():
    source = ("Ada Moss (Shadow Health Minister) (Labour): Can the Prime Minister tell the House? "
              "Energy Secretary Lena Vale replied. Senior Principal Magistrate Ivo Pent sentenced him.")
    found = claims("Health Minister Ada Moss asked a question. Lena Vale, the shadow energy secretary, replied. "
                   "Chief Magistrate Ivo Pent sentenced him.", {"hansard.txt": source}, "title-mismatch")
    assert found == [("title-mismatch", "Health Minister"), ("title-mismatch", "shadow energy secretary"),
                     ("title-mismatch", "Chief Magistrate")]
    assert claims("Shadow Health Minister Ada Moss asked a question. Ada Moss, the shadow health minister, spoke.",
                  {"hansard.txt": source}) == []


def test_an_m_after_a_bare_figure_is_metres_where_a_measure_says_so():
    numbers = extract_mentions(Document(
        "Protesters must stay 50m away. The course has 2,490m (8,169ft) of climb. She won the 100m final. "
        "It serves 50m people. The firm raised £50m.", "d.txt")).numbers
    assert [(n.value, n.unit) for n in numbers] == [
        (50.0, "meter"), (2490.0, "meter"), (8169.0, "foot"), (100.0, "meter"), (50e6, "people"), (50e6, "gbp")]
    source = "The order bars protesters from obstructing vehicles within 150 metres of the main gate."
    assert flagged("Protesters must not obstruct vehicles within 50m of the main gate.", source) == [("50", ["150"])]
    assert flagged("Protesters must not obstruct vehicles within 150m of the main gate.", source) == []


def test_a_tally_with_no_noun_counts_votes_where_a_vote_is_told():
    numbers = extract_mentions(Document(
        "The wardens voted 14 to 3 to close the quay. The levy passed by 22 to 9 with two abstentions. "
        "Harbour board: 11 for, 4 against. Fares rose by 5 to 10 per cent. She paid 10 for tickets against advice.",
        "d.txt")).numbers
    assert [(n.value, n.unit) for n in numbers] == [
        (14.0, "vote"), (3.0, "vote"), (22.0, "vote"), (9.0, "vote"), (2.0, "abstention"), (11.0, "vote"),
        (4.0, "vote"), (5.0, "percent"), (10.0, "percent")]
    draft = "The harbour board approved the north quay's closure by nine to {} with one abstention."
    for source in ("Tarrow Harbour Board voted nine to four to close the north quay, with one abstention.",
                   "Harbour board, closure of the north quay: 9 for, 4 against, 1 abstention"):
        assert claims(draft.format("three"), {"r.txt": source}, "number-mismatch") == [("number-mismatch", "three")]
        assert claims(draft.format("four"), {"r.txt": source}, "number-mismatch") == []


def test_a_year_after_a_season_dates_what_comes_before_the_season():
    source = "Ivo Pent came through the academy at Tarrow Town and joined Velmar Rovers in the summer of 2031."
    draft = "Pent, a Tarrow Town academy graduate, joined Velmar Rovers in {}."
    assert claims(draft.format("2029"), {"r.txt": source}, "date-mismatch") == [("date-mismatch", "2029")]
    assert claims(draft.format("2031"), {"r.txt": source}, "date-mismatch") == []
    assert claims(draft.format("early 2029"), {"r.txt": source}, "date-mismatch") == [("date-mismatch", "2029")]


def test_an_office_of_a_named_body_is_a_title_and_the_body_not_an_organization_called_for_the_office():
    from copydesk.factbase.build import factbase_from_texts
    source = ("I, Ada Moss, Chief Executive of Tarrow Borough Council and Returning Officer for the election held "
              "on 6 May, give notice that the votes have been counted. Ivo Pent, Presiding Officer, signed it.")
    kb = factbase_from_texts({"notice.txt": source})
    assert sorted((e.name, e.kind, [(t.role, t.affiliation) for t in e.titles]) for e in kb.entities) == [
        ("Ada Moss", "person", [("chief executive", "tarrow borough council")]),
        ("Ivo Pent", "person", [("presiding officer", "")]),
        ("Tarrow Borough Council", "organization", [])]
    found = claims("Council deputy chief executive Ada Moss declared the result. Tarow Borough Council published it.",
                   {"notice.txt": source})
    assert found == [("title-mismatch", "deputy chief executive"), ("name-spelling", "Tarow")]
    assert claims("Council chief executive Ada Moss declared the result.", {"notice.txt": source}) == []


def test_a_quote_after_a_sentence_reporting_its_speaker_is_that_speakers():
    source = ("Professor Ivo Pent, a climatologist at Tarrow University, said the month fitted a pattern.\n\n"
              "\"What we see is the summer stretching at both ends,\" he said.\n\n"
              "He said the Harrowgate reading was striking. \"Breaking a record by that much is a big margin.\"\n\n"
              "Ada Moss, the service's forecaster, said the summer had refused to leave.")
    assert claims("Ms Moss said the record was notable. \"Breaking a record by that much is a big margin.\"",
                  {"r.txt": source}) == [("attribution-speaker", "Moss")]
    assert claims("Pent said the record was notable. \"Breaking a record by that much is a big margin.\"",
                  {"r.txt": source}) == []
    assert claims("\"Breaking a record by that much is a big margin,\" said Ada Moss.", {"r.txt": source}) == [
        ("attribution-speaker", "Ada Moss")]
    # where the sentence before names two people, "she" may be either: no speaker, and no gender for him
    from copydesk.factbase.build import factbase_from_texts
    kb = factbase_from_texts({"n.txt": "Victim statement, Mrs Ada Moss, read by Ivo Pent: \"I was frightened.\" She says she has "
                                       "cut her hours. \"I still hear the glass.\""})
    assert [(q.speaker_id, q.speaker_text) for q in kb.quotes if q.text.startswith("I still")] == [(None, "She")]
    assert [dict(e.gender_votes) for e in kb.entities if e.name == "Ivo Pent"] == [{}]


def test_a_breakdowns_rough_items_and_a_part_of_a_named_whole_count_what_the_whole_does():
    numbers = extract_mentions(Document(
        "About 610 roles go in Velmar, about 340 in Tarrow and roughly 230 in Ardmore. "
        "More than 29,000 of Stadion Kalvena's 38,500 seats are sold.", "d.txt")).numbers
    assert [(n.value, n.unit, PART_OF in n.modifiers) for n in numbers] == [
        (610.0, "role", False), (340.0, "role", False), (230.0, "role", False), (29000.0, "seat", True),
        (38500.0, "seat", False)]
    source = "About 610 roles will be cut in Velmar, about 340 in Tarrow, mostly at the plant, and about 230 in Ardmore."
    draft = "According to the memo, about 610 of the roles are in Velmar, some {} in Tarrow, and roughly 230 in Ardmore."
    assert claims(draft.format("430"), {"m.txt": source}, "number-mismatch") == [("number-mismatch", "430")]
    assert claims(draft.format("340"), {"m.txt": source}, "number-mismatch") == []


def test_a_departments_head_is_one_title():
    source = ("Ada Moss, Commercial Director of Tarrow Sealink, said: \"We have held our fares.\"\n\n"
              "Ivo Pent, the Artistic Director, chose the season.")
    assert claims("Ada Moss, Tarrow Sealink's finance director, said fares had been held. "
                  "Operations director Ivo Pent chose the season.", {"n.txt": source}, "title-mismatch") == [
        ("title-mismatch", "finance director"), ("title-mismatch", "Operations director")]
    assert claims("Ada Moss, Tarrow Sealink's commercial director, said fares had been held. "
                  "Artistic director Ivo Pent chose the season.", {"n.txt": source}) == []


def test_a_misspelt_name_that_folds_as_a_plural_is_still_near_the_name():
    source = "Ada Vankreis, Velmar's president of distribution, said the studio aimed at adults."
    found = claims("Ada Vankries, Velmar's head of marketing, said it aimed at adults.", {"t.txt": source})
    assert found == [("name-spelling", "Vankries"), ("title-mismatch", "head of marketing")]


def test_a_rounding_reaches_one_step_of_the_digit_it_is_written_to():
    source = ("Of the 71 salaried players of the Tarrow Sinfonia, 64 voted on a turnout of 90.6%. Investigators "
              "said the Velmar coach was travelling at 68 mph on the bend.")
    draft = "The Tarrow Sinfonia players voted on a turnout of almost {}. The Velmar coach was doing about {} mph on the bend."
    assert claims(draft.format("96%", "75"), {"s.txt": source}, "number-mismatch") == [
        ("number-mismatch", "96"), ("number-mismatch", "75")]
    assert claims(draft.format("91%", "70"), {"s.txt": source}, "number-mismatch") == []
    numbers = extract_mentions(Document("About 3,100 people came, about a third of them from Velmar.", "d.txt")).numbers
    assert (numbers[0].low, numbers[0].high) == (3000.0, 3200.0)  # a step of 100, not a tenth's 310
    assert round(numbers[1].low, 1) == 30.0  # a common fraction is as rough as "about" says


def test_a_bound_is_exact_at_its_figure():
    source = "There were 148,912 people on the Tarrow electoral register on 1 April."
    draft = "{} people are on the Tarrow electoral register."
    assert claims(draft.format("More than 149,000"), {"s.txt": source}, "number-mismatch") == [
        ("number-mismatch", "149,000")]
    assert claims(draft.format("Nearly 149,000"), {"s.txt": source}, "number-mismatch") == []


def test_a_scale_joined_to_a_units_abbreviation_is_the_unit_and_no_name():
    mentions = extract_mentions(Document("The Velmar deposit holds 28.4Mt at 1.62g/t for 1.48Moz, and 310koz more.",
                                         "d.txt"))
    assert [(n.value, n.unit) for n in mentions.numbers if n.unit != "g"] == [
        (28_400_000.0, "tonne"), (1_480_000.0, "ounce"), (310_000.0, "ounce")]
    assert [m.text for m in mentions.names] == ["Velmar"]


def test_an_expectation_since_overtaken_is_a_former_figure():
    sources = {"r.txt": "Tarrow Gold said the Velmar resource grew to 1.48 million ounces.",
               "n.txt": "Bigger than we expected: we had forecast 1.2Moz for Velmar."}
    draft = ("Tarrow Gold said the Velmar resource grew to 1.48 million ounces. Analysts had expected the resource "
             "to grow to about {} million ounces.")
    assert claims(draft.format("1.2"), sources, "number-mismatch") == []
    assert claims(draft.format("1.25"), {"r.txt": sources["r.txt"]}, "number-mismatch") == []


def test_the_number_of_a_kind_put_at_or_changed_to_a_level_counts_that_kind():
    numbers = extract_mentions(Document(
        "The number of dairy cows fell by 5.1 per cent to 58,200. The Tarrow census put the number of dairy cows "
        "at 58,200 on 1 June.", "d.txt")).numbers
    assert [(n.value, n.unit, n.modifiers) for n in numbers] == [
        (5.1, "percent", ()), (58200.0, "cow", ("dairy",)), (58200.0, "cow", ("dairy",))]
    source = ("The Tarrow county council's agricultural census, published last Thursday, put the number of dairy cows "
              "at 58,200 on 1 June. Over the year 35 holdings with fewer than 150 cows stopped milking.")
    draft = "The Tarrow county council's agricultural census found {} dairy cows on June 1."
    assert claims(draft.format("58,800"), {"f.txt": source}, "number-mismatch") == [("number-mismatch", "58,800")]
    assert claims(draft.format("58,200"), {"f.txt": source}, "number-mismatch") == []


def test_a_place_by_a_measure_meets_only_places_by_that_measure():
    numbers = extract_mentions(Document("Tarrow has the third-highest median age and the second largest port. "
                                        "It was the first test of the second harvest.", "d.txt")).numbers
    assert [(n.value, n.unit) for n in numbers] == [(3.0, "#highest"), (2.0, "#largest")]
    source = "Tarrow has the oldest population in Velmar, with a median age of 51.3, the sixth-highest of 318 districts."
    draft = "Tarrow has Velmar's oldest population, with a median age of 51.3, the {}-highest of 318 districts."
    found = [f for f in check(draft.format("third"), {"c.txt": source}) if f.rule == "number-mismatch"]
    assert [(f.severity, draft.format("third")[f.start : f.end], [x.replacement for x in f.fixes]) for f in found] == [
        ("warning", "third", ["sixth"])]
    assert claims(draft.format("sixth"), {"c.txt": source}) == []
    # the sources' figures give the order: no advice that none of them writes "second-largest"
    assert [f.rule for f in check("The second-largest award, 1.2m pounds, goes to Ivo Pent.",
                                  {"a.txt": "Ivo Pent receives 1.2m pounds; Ada Moss receives 1.5m pounds."})] == []


def test_a_bound_on_a_part_is_neither_stated_nor_given_by_its_whole():
    source = "More than 31,000 of the 38,500 seats at Stadion Tarrow have been sold."
    draft = "More than {} of Stadion Tarrow's 38,500 seats have been sold."
    assert claims(draft.format("29,000"), {"a.txt": source}, "number-mismatch") == [("number-mismatch", "29,000")]
    assert claims(draft.format("31,000"), {"a.txt": source}, "number-mismatch") == []
    # a figure the bound rounds gives it: "£41,380 in all" is the "more than £41,000" of a second source
    sources = {"a.txt": "The false housing claims were worth £34,960.",
               "b.txt": "A sergeant who claimed more than £41,000 in housing and travel allowances was jailed."}
    found = check("The housing claims came to £34,960, and he took another £6,420 in travel allowance - £41,380 in "
                  "all, which he must repay.", sources)
    assert [f.rule for f in found if f.rule == "number-mismatch"] == []


def test_a_bound_written_to_its_units_reaches_one_step_of_them():
    source = "Tarrow Homes appealed against the refusal of outline permission for 96 homes at Velmar Farm."
    draft = "Up to {} homes can be built at Velmar Farm after Tarrow Homes won its appeal against the refusal."
    assert claims(draft.format("98"), {"c.txt": source}, "number-mismatch") == [("number-mismatch", "98")]
    assert claims(draft.format("100"), {"c.txt": source}, "number-mismatch") == []  # a round cap allows 96
    # the figure a table gives, which the bound rounds: "more than 705 million" for 705,102,644
    table = "Resolution | For | Against\n\n2. Remuneration report | 433,040,118 | 272,062,526\n\nTotal votes: 705,102,644"
    wire = ("The issued share capital of Tarrow was 1,046,500,000 ordinary shares. More than 272 million shares were "
            "voted against the remuneration report and almost 433 million in favour.")
    assert claims("Of more than 705 million shares voted on the Tarrow remuneration report, about 272 million were "
                  "cast against.", {"r.txt": table, "w.txt": wire}, "number-mismatch") == []
    # a maximum one source states is no other value of a smaller depth another source gives
    sources = {"a.txt": "Under yesterday's Velmar camp the ice was 2,870 metres thick, the deepest so far.",
               "b.txt": "Ada Moss said her radar had measured ice 2,640 metres thick under the Velmar camp."}
    assert [f.rule for f in check("Ada Moss's radar has measured Velmar ice up to 2,870 metres thick.", sources)
            if f.rule == "number-mismatch"] == []


def test_an_academic_post_takes_its_field_after_in_and_is_a_grade_of_its_own():
    source = "Dr Ada Moss, a senior lecturer in astrophysics at the University of Tarrow, said the planet was rare."
    draft = "\"It is rare,\" said Dr Ada Moss, a {} at the University of Tarrow."
    assert claims(draft.format("professor of astrophysics"), {"u.txt": source}) == [
        ("title-mismatch", "professor of astrophysics")]
    assert claims(draft.format("lecturer in astrophysics"), {"u.txt": source}) == []  # a grade left out
    assert claims(draft.format("senior lecturer"), {"u.txt": source}) == []
    # a profession's top post is an office: the ratings body's "chief statistician" is not its head of analysis
    assert claims("\"Viewing has changed,\" said Ivo Pent, the ratings body's chief statistician.",
                  {"r.txt": "Ivo Pent, Tarrowvue's head of audience analysis, said: \"Viewing has changed.\""}) == [
        ("title-mismatch", "chief statistician")]


def test_a_figure_of_them_is_a_part_of_the_count_before_it():
    numbers = extract_mentions(Document("Ivo Pent has six previous convictions, two of them for assault.", "d.txt")).numbers
    assert [(n.value, n.unit, PART_OF in n.modifiers) for n in numbers] == [
        (6.0, "conviction", False), (2.0, "conviction", True)]
    source = "\"You have six previous convictions, two of them for assault,\" the sheriff told Ivo Pent."
    draft = "Ivo Pent, a joiner from Tarrow, has six previous convictions, {} of them for assault."
    assert claims(draft.format("three"), {"s.txt": source}, "number-mismatch") == [("number-mismatch", "three")]
    assert claims(draft.format("two"), {"s.txt": source}, "number-mismatch") == []


def test_a_short_source_clause_dates_the_draft_clause_that_holds_most_of_its_words():
    history = ("The Tarrow Point light was built by the Velmar Lights Board between 1861 and 1864. "
               "The light was first lit on 3 October 1864. It was automated in 1979.")
    draft = "Built by the Velmar Lights Board, the 38-metre granite tower was first lit on 3 October 1865."
    assert claims(draft, {"h.txt": history}, "date-mismatch") == [("date-mismatch", "1865")]
    assert claims(draft.replace("1865", "1864"), {"h.txt": history}, "date-mismatch") == []
    # the draft's day of another event, which the short clause's words do not make the same one
    other = "Built by the Velmar Lights Board, the 38-metre granite tower was repainted on 3 October 1865."
    assert claims(other, {"h.txt": history}, "date-mismatch") == []


def test_the_day_a_change_takes_effect_is_the_day_its_span_starts():
    letter = "From 7 April the average weekly rent for a Tarrow Homes flat will go up from £98.20 to £104.10."
    draft = "The rise, which comes into force on April 1, takes the average weekly rent for a Tarrow Homes flat to £104.10."
    assert claims(draft, {"l.txt": letter}, "date-mismatch") == [("date-mismatch", "April 1")]
    assert claims(draft.replace("April 1", "April 7"), {"l.txt": letter}, "date-mismatch") == []
    assert claims(draft.replace("comes into force on", "takes effect on"), {"l.txt": letter}, "date-mismatch") \
        == [("date-mismatch", "April 1")]


def test_what_was_first_done_on_a_day_is_the_start_of_what_has_gone_on_since():
    report = "Velmar sparkling base wines, which need higher acidity, have been picked at Tarrow since August 28."
    draft = "At Tarrow, grapes for Velmar sparkling base wines were first picked on August 26."
    assert claims(draft, {"r.txt": report}, "date-mismatch") == [("date-mismatch", "August 26")]
    assert claims(draft.replace("26", "28"), {"r.txt": report}, "date-mismatch") == []


def test_a_day_written_with_its_year_dates_the_same_events_bare_year():
    source = "Ada Moss opened the lace museum in the former Velmar Chapel on Saturday 13 May 1989, with 410 pieces."
    draft = "Ada Moss opened the lace museum in 1988 in the former Velmar Chapel, with 410 pieces."
    assert claims(draft, {"s.txt": source}, "date-mismatch") == [("date-mismatch", "1988")]
    assert claims(draft.replace("1988", "1989"), {"s.txt": source}, "date-mismatch") == []
    # a day whose year only the dateline gives says nothing of a year the draft writes
    wire = "TARROW, May 20, 2031 - Ada Moss opened the lace museum in the former Velmar Chapel on 13 May, with 410 pieces."
    assert claims(draft, {"w.txt": wire}, "date-mismatch") == []


def test_a_day_weeks_from_the_news_gives_its_weekday_to_nothing_in_the_news():
    release = ("TARROW COUNTY CRICKET CLUB\nWednesday 24 September 2031\n\n"
               "Tarrow have signed fast bowler Ivo Pent from Velmar on a two-year contract.\n\n"
               "First-class debut: Velmar v Halden, 18 April 2023")  # a Tuesday, eight years before
    draft = "Tarrow have signed fast bowler Ivo Pent from Velmar on a two-year contract, the club announced on Tuesday."
    assert claims(draft, {"r.txt": release}, "date-mismatch") == [("date-mismatch", "Tuesday")]
    assert claims(draft.replace("Tuesday", "Wednesday"), {"r.txt": release}, "date-mismatch") == []
    notice = ("PRODUCT RECALL NOTICE\nDate of issue: Tuesday 15 March 2033\n\n"
              "Velmar Housewares Ltd is recalling its Tarrow hand blenders because the blade can come away. "
              "Timeline: 21 February 2033: Velmar suspends sales of the blenders.")  # a Monday, three weeks before
    recall = "Velmar hand blenders are being recalled because the blade can come away, the safety office said on Monday."
    assert claims(recall, {"n.txt": notice}, "date-mismatch") == [("date-mismatch", "Monday")]


def test_a_plurals_possessive_before_a_role_gives_the_role_and_the_body():
    wire = 'Ivo Pent, Tarrow Athletics\' performance director, said: "We have four athletes inside the top eight."'
    draft = '"We have four athletes inside the top eight," said Ivo Pent, the federation\'s head coach.'
    assert claims(draft, {"w.txt": wire}, "title-mismatch") == [("title-mismatch", "head coach")]
    assert claims(draft.replace("head coach", "performance director"), {"w.txt": wire}, "title-mismatch") == []
    # a body's role set off after the speaker's name is no speaker of its own
    said = 'Moss, the Larks\' captain and wicketkeeper, who also made 31, called it "a hunch more than a plan".'
    (quote,) = extract_mentions(Document(said, "d.txt")).quotes
    assert quote.speaker is not None and (quote.speaker.text, quote.speaker.kind) == ("Moss", "name")


def test_a_seats_plural_titles_a_list_of_names_and_is_no_body():
    source = ("Budget chair Ivo Tarrow, the District 5 council member, led the hearings. Voting in favor were Council "
              "Members Tarrow, Velmar and Pent. Councilwoman Ada Moss voted no.\n\n"
              "\"Not one new dollar for the crisis teams we promised,\" Moss said.")
    draft = "\"Not one new dollar for the crisis teams we promised,\" Tarrow said."
    assert claims(draft, {"s.txt": source}, "attribution-speaker") == [("attribution-speaker", "Tarrow")]
    assert claims(draft.replace("Tarrow said", "Moss said"), {"s.txt": source}, "attribution-speaker") == []


def test_a_statement_from_one_person_is_hers_and_a_joint_one_no_ones_alone():
    source = ("Police chief Ivo Pent said the Tarrow bridge would stay closed.\n\n"
              "Statement from Area Manager Ada Moss, Tarrow Fire and Rescue Service:\n\n"
              "\"Conditions in the river were extremely difficult.\n\n"
              "\"We will keep searching until we have found everyone, however long that takes.\"")
    draft = "\"We will keep searching until we have found everyone, however long that takes,\" said Mr Pent."
    assert claims(draft, {"s.txt": source}, "attribution-speaker") == [("attribution-speaker", "Pent")]
    assert claims(draft.replace("Mr Pent", "Ms Moss"), {"s.txt": source}, "attribution-speaker") == []
    joint = source.replace("Area Manager Ada Moss, Tarrow Fire and Rescue Service", "Ada Moss and her daughters, Isla and Mae")
    assert claims(draft.replace("Mr Pent", "Mae"), {"s.txt": joint}, "attribution-speaker") == []


def test_a_field_word_between_a_body_and_its_role_is_the_posts():
    source = "The debate was moderated by Ada Moss, political editor at NTV, in the Tarrow Hall."
    draft = "The debate, moderated by NTV economics editor Ada Moss, was held in the Tarrow Hall."
    assert claims(draft, {"s.txt": source}, "title-mismatch") == [("title-mismatch", "economics editor")]
    assert claims(draft.replace("economics", "political"), {"s.txt": source}, "title-mismatch") == []
    # a verb between a body and a role is no field
    (hired,) = extract_mentions(Document("Tarrow hired coach Ivo Pent on Monday.", "d.txt")).titles
    assert hired.text == "coach"


def test_a_former_value_after_a_count_counts_what_it_counts():
    numbers = extract_mentions(Document("The Velmar Walk drew 612 walkers, up from 388 last year. Ferry calls "
                                        "dropped 2.1% to 2,471 at Tarrow.", "d.txt")).numbers
    assert [(n.value, n.unit) for n in numbers] == [(612.0, "walker"), (388.0, "walker"), (2.1, "percent"),
                                                     (2471.0, "call")]
    assert "~earlier" in numbers[1].anchor and "~earlier" not in numbers[0].anchor
    # no count before it: a bare former value stays no figure of anything
    assert [n.value for n in extract_mentions(Document("Sales reached 40, up from 30.", "d.txt")).numbers] == []


def test_the_one_value_the_sources_give_a_kind_is_advice_where_no_clause_aligns():
    sources = {"n.txt": "On Sunday 612 walkers in the Velmar Walk set off from Tarrow Cross for the 13-mile route over the reservoir to "
                        "the hospice gates. Together they raised £48,372, up from £39,800 from 488 walkers last year."}
    draft = ("The Velmar Walk on Sunday drew 612 walkers, up from {} last year, who set off from Tarrow Cross for the "
             "13-mile route over the reservoir to the hospice gates.")
    found = [(f.rule, f.severity, draft.format("388")[f.start : f.end], f.fixes)
             for f in check(draft.format("388"), sources)]
    # a contradiction told as advice, with no fix; "no source gives 388" steps aside for it
    assert found == [("number-mismatch", "information", "388", [])]
    assert check(draft.format("488"), sources) == []
    # two former counts of walkers: which one the draft means is unknown, so only "no source gives"
    two = {"n.txt": sources["n.txt"] + " The 2029 walk raised £35,000, up from £30,000 from 450 walkers a year earlier."}
    assert [(f.rule, f.severity) for f in check(draft.format("388"), two)] == [("unsupported-number", "information")]


def test_a_crowd_put_at_a_figure_and_a_level_after_a_change_count_their_noun():
    numbers = extract_mentions(Document("A crowd police estimated at 8,000 lined the route. Ada Moss spoke to a crowd "
                                        "Tarrow Hall put at 1,830. Membership rose by 9,300 to about 381,000.",
                                        "d.txt")).numbers
    assert [(n.value, n.unit) for n in numbers] == [(8000.0, "attendance"), (1830.0, "attendance"),
                                                     (381000.0, "membership")]
    source = "Ada Moss spoke at Tarrow Hall on Thursday to a crowd of 1,380, the hall said."
    draft = "Ada Moss spoke at Tarrow Hall on Thursday to a crowd the hall put at {}."
    assert claims(draft.format("1,830"), {"h.txt": source}, "number-mismatch") == [("number-mismatch", "1,830")]
    assert claims(draft.format("1,380"), {"h.txt": source}) == []


def test_an_office_of_a_portfolio_before_a_name_is_its_holders_title():
    mentions = extract_mentions(Document("Minister of Health Ada Moss said the plan would work. Moss added that it "
                                         "was funded. The Head of Water Resources said so.", "d.txt"))
    assert [(t.text, t.target.text) for t in mentions.titles] == [("Minister of Health", "Ada Moss")]
    assert [(n.text, n.kind) for n in mentions.names if len(n.words) > 1] == [("Ada Moss", "person")]
    source = "Director of Football Ivo Pent said: \"He is quick.\" Pent said the club had looked for a striker."
    assert claims("Tarrow's head coach, Ivo Pent, said the club had looked for a striker.", {"c.txt": source}) == [
        ("title-mismatch", "head coach")]
    assert claims("Ivo Pent, Tarrow's director of football, said the club had looked for a striker.",
                  {"c.txt": source}) == []


def test_a_transcripts_speaker_may_speak_once_or_be_known_by_a_label_alone():
    conference = ("TRANSCRIPT: PRESS CONFERENCE\n\nSpeakers:\nDr Ada Tarrowby, Director, Tarrow Observatory\n"
                  "Dr Ivo Velmarsh, Head of Gas Monitoring, Tarrow Observatory\n\n"
                  "TARROWBY: Good morning. We raised the alert level at six this morning.\n\n"
                  "QUESTION: Will there be an eruption?\n\n"
                  "TARROWBY: We cannot say. The next bulletin is at six this evening.\n\n"
                  "VELMARSH: When gas output rises six-fold in three weeks, the magma is close to the surface.\n\n"
                  "QUESTION: Thank you.\n")
    quotes = extract_mentions(Document(conference, "t.txt")).quotes
    assert [(q.speaker.name.text, q.text[:12]) for q in quotes] == [
        ("TARROWBY", "Good morning"), ("TARROWBY", "We cannot sa"), ("VELMARSH", "When gas out")]
    draft = ("\"When gas output rises six-fold in three weeks, the magma is close to the surface,\" said Dr Ada Tarrowby, "
             "the observatory's director.")
    assert claims(draft, {"t.txt": conference}, "attribution-speaker") == [("attribution-speaker", "Ada Tarrowby")]
    # an interview whose guest only its labels name: her answers are hers all the same
    interview = ("POST-MATCH INTERVIEW\nInterviewer: Ivo Velmarsh, bulletin editor\n\n"
                 "VELMARSH: Congratulations. Why play for a win?\n\nVELMARSDOTTIR: I do not know how to play for a draw.\n\n"
                 "VELMARSH: And the round six game?\n\nVELMARSDOTTIR: Tarik is the best endgame player here, so I did not "
                 "expect to win that ending.\n")
    assert [q.speaker.name.text for q in extract_mentions(Document(interview, "i.txt")).quotes] == [
        "VELMARSH", "VELMARSDOTTIR", "VELMARSH", "VELMARSDOTTIR"]
    draft = "\"Tarik is the best endgame player in the world, so I did not expect to win that ending,\" Velmarsdottir said."
    assert [rule for rule, _ in claims(draft, {"i.txt": interview})] == ["misquote"]


def test_a_short_surname_in_capitals_labels_the_turns_of_the_person_it_names():
    conference = ("Speakers:\nDr Ada Moss, Director, Tarrow Observatory\nDr Ivo Pent, Head of Gas Monitoring\n\n"
                  "MOSS: Good morning. We raised the alert level at six this morning.\n\n"
                  "MOSS: The next bulletin is at six this evening.\n\n"
                  "PENT: When gas output rises six-fold in three weeks, the magma is close to the surface.\n\n"
                  "PENT: We have ten stations on the mountain.\n")
    assert [q.speaker.name.text for q in extract_mentions(Document(conference, "t.txt")).quotes] == [
        "MOSS", "MOSS", "PENT", "PENT"]
    draft = "\"When gas output rises six-fold in three weeks, the magma is close to the surface,\" Dr Ada Moss said."
    assert claims(draft, {"t.txt": conference}, "attribution-speaker") == [("attribution-speaker", "Ada Moss")]


def test_one_turn_labelled_with_a_full_name_is_that_persons_but_a_heading_is_no_turn():
    briefing = ("# Tarrow Motors: strike briefing\n\nAda Moss: We can only give you our figures.\n\n"
                "Ada Moss: We will be at the conciliation service on Thursday.\n\n"
                "Ivo Pent: We do not recognise the union's figures.\n")
    assert [(q.speaker.text, q.text[:12]) for q in extract_mentions(Document(briefing, "b.md")).quotes] == [
        ("Ada Moss", "We can only "), ("Ada Moss", "We will be a"), ("Ivo Pent", "We do not re")]


def test_the_one_age_the_sources_give_someone_described_alike_is_advice():
    sources = {"w.txt": "A German man and a Dutch woman were killed on Monday in an avalanche above Tarrow. The man, "
                        "34, and the woman, 29, were among a group of five skiers who had left the marked runs."}
    draft = "A 34-year-old German man and a {}-year-old Dutch woman died when a slab broke away at about 11:30."
    found = [(f.rule, f.severity, f.fixes) for f in check(draft.format(39), sources)]
    assert found == [("number-mismatch", "information", [])]
    assert check(draft.format(29), sources) == []
    # an age of no one the draft's words name ("a woman aged 60 or over" beside "the retired teacher"): silent
    record = {"r.txt": "She set a record for the fastest crossing by a woman aged 60 or over. The previous record was "
                       "held by Ivo Pent, who completed the crossing at the age of 60."}
    assert [f.rule for f in check("The 63-year-old retired teacher from Tarrow finished the crossing.", record)
            if "number" in f.rule] == ["unsupported-number"]


def test_an_honorific_picks_the_one_bearer_of_a_surname_it_does_not_rule_out():
    source = ("Ada Tarrowby and her husband Ivo Tarrowby won the prize.\n\n"
              "ADA TARROWBY: I will keep my shifts. I'm not leaving the girls in the lurch.\n\n"
              "IVO TARROWBY: I'm not giving up my allotment for anybody.\n\n"
              "ADA TARROWBY: We talked about it.\n\nIVO TARROWBY: I'd rather tell people myself.\n")
    draft = "\"I'm not leaving the girls in the lurch,\" said {} Tarrowby."
    assert claims(draft.format("Mr"), {"t.txt": source}) == [("attribution-speaker", "Tarrowby")]
    assert claims(draft.format("Mrs"), {"t.txt": source}) == []
    # neither bearer's sex given: an honorific alone picks no one (never guessed from a first name)
    plain = source.replace("and her husband", "and")
    assert claims(draft.format("Mr"), {"t.txt": plain}) == []


def test_a_nationality_after_an_apposed_age_is_the_persons():
    source = "Ivo Pent, 44, a Danish sommelier, spent nine years at the Tarrow Hotel."
    draft = "Velmarsh, which she runs with the {} sommelier Ivo Pent, opened on Friday."
    assert claims(draft.format("Swedish"), {"a.txt": source}) == [("title-mismatch", "Swedish")]
    assert claims(draft.format("Danish"), {"a.txt": source}) == []
    assert claims("Ada Moss, 34, a Dane, won the race.", {"a.txt": "Norwegian Ada Moss won the race."}) == [
        ("title-mismatch", "Dane")]


def test_a_speaker_after_a_quote_may_open_with_an_abbreviation_and_its_stop():
    source = ("\"The truck did not stop. We are still working out why,\" Sgt. Ivo Pent, a patrol spokesman, "
              "said Wednesday. He said the brakes would be examined. Ada Moss, the mayor, said it was a sad day.")
    draft = "On Wednesday, the sergeant spoke. \"We are still working out why,\" she said."
    assert claims(draft, {"a.txt": source}) == [("attribution-pronoun", "she")]
    assert claims(draft.replace("she", "he"), {"a.txt": source}) == []
    # the speaker read after the quote in the draft too
    draft = "\"We are still working out why,\" {} Ada Moss said."
    assert claims(draft.format("Dr."), {"a.txt": source}) == [("attribution-speaker", "Ada Moss")]
    assert claims(draft.format("Gov."), {"a.txt": source}, "attribution-speaker") == [("attribution-speaker", "Ada Moss")]


def test_a_name_set_off_after_a_role_with_the_and_a_style_is_the_speaker():
    source = ("The Acting Dean, the {} Ada Moss-Tarrow, said: \"We are ready for new leadership.\" "
              "Ivo Pent, the organist, said the choir was ready too.")
    draft = "\"We are ready for new leadership,\" Pent said."
    for style in ("Ven", "Very Rev", "Rev."):
        assert claims(draft, {"a.txt": source.format(style)}) == [("attribution-speaker", "Pent")], style
    assert claims(draft.replace("Pent", "Moss-Tarrow"), {"a.txt": source.format("Ven")}) == []


def test_a_country_of_birth_is_compared_only_with_a_country_of_birth():
    source = "Ivo Pent, 44, a Danish-born sommelier, spent nine years at the Tarrow Hotel."
    draft = "Velmarsh, which she runs with {} sommelier Ivo Pent, opened on Friday."
    assert claims(draft.format("Swedish-born"), {"a.txt": source}) == [("title-mismatch", "Swedish-born")]
    fixes = [x.fixes for x in check(draft.format("Swedish-born"), {"a.txt": source}) if x.rule == "title-mismatch"]
    assert [fx.replacement for fx in fixes[0]] == ["Danish-born"]
    assert claims(draft.format("Danish-born"), {"a.txt": source}) == []
    # a Danish-born Swede is no error: a nationality and a country of birth are not compared
    assert claims(draft.format("Swedish"), {"a.txt": source}) == []
    assert claims(draft.format("Swedish-born"), {"a.txt": source.replace("Danish-born", "Danish")}) == []
    # "a native of" a country is where someone was born, however it is written
    native = "Ada Moss-Tarrow signed in 2023. A native of the Dominican Republic, Moss-Tarrow made her debut in May."
    assert claims("Venezuelan-born Ada Moss-Tarrow signed.", {"a.txt": native}) == [("title-mismatch", "Venezuelan-born")]
    assert claims("Ada Moss-Tarrow, a native of Peru, signed.", {"a.txt": native}) == [("title-mismatch", "a native of Peru")]
    assert claims("Dominican-born Ada Moss-Tarrow signed.", {"a.txt": native}) == []
    fixes = [x.fixes for x in check("Venezuelan-born Ada Moss-Tarrow signed.", {"a.txt": native}) if x.rule == "title-mismatch"]
    assert fixes == [[]]  # "a native of the Dominican Republic" is no word for "Venezuelan-born"


def test_a_country_of_two_words_is_one_place():
    names = extract_mentions(Document("A native of the Dominican Republic, Ivo Pent flew to the Czech Republic.", "d.txt")).names
    assert [(n.text, n.kind) for n in names] == [("Dominican Republic", "place"), ("Ivo Pent", "person"),
                                                ("Czech Republic", "place")]


def test_a_figures_clause_resumes_after_an_aside_set_off_by_dashes():
    source = "For about 40% of the affected accounts, or roughly 920,000, the attackers also obtained bank sort codes."
    draft = "For about {} of them - roughly 920,000 accounts - bank sort codes were taken as well."
    assert claims(draft.format("60%"), {"a.txt": source}) == [("number-mismatch", "60")]
    assert claims(draft.format("40%"), {"a.txt": source}) == []
    # a figure whose clause has words of its own keeps them: the aside's end is another clause
    assert claims("Some 60% of the staff - roughly 900 people - had bank sort codes taken.", {"a.txt": source}) == []


def test_a_sum_joined_to_its_currency_by_a_hyphen_is_that_currency():
    source = "He earns 40,000 euros for the victory and a course-record bonus of 15,000 euros."
    draft = "The win earns him 40,000 euros plus a {}-euro bonus for the record."
    assert claims(draft.format("25,000"), {"a.txt": source}) == [("number-mismatch", "25,000")]
    assert claims(draft.format("15,000"), {"a.txt": source}) == []
    units = [n.unit for n in extract_mentions(Document("A 10-dollar fee and a 300-pound lineman.", "d.txt")).numbers]
    assert units == ["usd", "pound"]  # a pound joined by a hyphen weighs as often as it pays


def test_a_pronoun_after_a_sentence_opened_by_a_person_noun_gives_the_name_after_it_no_gender():
    from copydesk.factbase.build import factbase_from_texts

    def gender(text: str, surname: str) -> str | None:
        kb = factbase_from_texts({"a.txt": text})
        return next(e.gender for e in kb.entities if e.name.endswith(surname))

    # "She" may be the judge: no vote for the doctor the judge heard
    assert gender("The judge heard evidence from her doctor, Dr Ivo Pent, and from two experts. "
                  "She preferred the evidence of Dr Pent.", "Pent") is None
    assert gender("Dr Ivo Pent gave evidence to the court. She said the patient was calm.", "Pent") == "female"
    # the noun that opens the sentence is the name's own title: hers
    assert gender("The chief inspector of marine accidents, Captain Ada Moss, said her inspectors were busy.",
                  "Moss") == "female"


def test_a_name_after_a_persons_name_and_of_is_where_they_work_not_a_person():
    names = extract_mentions(Document("Its administrator, Ada Moss of Tarrowby Velmar, told reporters she was calm.",
                                      "d.txt")).names
    assert [(n.text, n.kind) for n in names] == [("Ada Moss", "person"), ("Tarrowby Velmar", "thing")]
    source = ("Its joint administrator, Ada Moss of Tarrowby Velmar, told The Velmar Gazette she believed the chain "
              "had a viable core. \"The restaurants that remain are profitable on their own,\" she said. \"What broke "
              "this business was the cost of the ones that never should have been opened.\" Ivo Pent, the founder, "
              "declined to comment.")
    draft = "\"What broke this business was the cost of the ones that never should have been opened,\" {} said."
    assert claims(draft.format("Pent"), {"a.txt": source}) == [("attribution-speaker", "Pent")]
    assert claims(draft.format("Moss"), {"a.txt": source}) == []


def test_the_leader_of_a_council_is_the_council_leader_however_it_is_written():
    source = ("Councillor Ada Moss, Tarrow Borough Council's cabinet member for housing, said the council had no power. "
              "Ivo Pent, Leader of the Council, said the budget was set.")
    for draft in ("Council leader Ada Moss said the council had no power.",
                  "council leader Ada Moss said the council had no power.",
                  "Tarrow Council leader Ada Moss said the council had no power."):
        found = claims(draft, {"a.txt": source})
        assert found == [("title-mismatch", draft.split(" Ada")[0])], draft
    assert claims("Council leader Ivo Pent said the budget was set.", {"a.txt": source}) == []
    # a party's leader may hold any post
    assert claims("Green Party leader Ada Moss said the council had no power.", {"a.txt": source}) == []


def test_a_word_of_the_future_made_an_adjective_tells_no_tense():
    source = ("The data monitoring committee met on Thursday, March 13, 2031, for a scheduled review of the trial "
              "and recommended ending the study.")
    draft = "WASHINGTON, March 17, 2031 - The data monitoring committee met for a scheduled review on {} and recommended ending the study."
    assert claims(draft.format("Wednesday"), {"a.txt": source}) == [("date-mismatch", "Wednesday")]
    assert claims(draft.format("Thursday"), {"a.txt": source}) == []
    tenses = [d.tense for d in extract_mentions(Document("The planned strike on Monday will go ahead.", "d.txt")).dates]
    assert tenses == ["future"]


def test_an_age_set_off_after_a_titled_name_is_that_persons():
    source = "Canon Ivo Pent-Tarrow, who is 52, will be installed as Dean of Velmar at a service on Sunday."
    draft = "Canon Pent-Tarrow, {}, taught music in a secondary school before he was ordained in 2006."
    assert claims(draft.format(54), {"a.txt": source}) == [("number-mismatch", "54")]
    assert claims(draft.format(52), {"a.txt": source}) == []


def test_a_former_value_compared_with_a_count_counts_its_kind():
    source = "Since October our service has handled 58 cases related to Velmar, compared with 37 in the whole of September."
    draft = "The ministry has handled 58 Velmar cases this month, up from {} in all of September."
    assert claims(draft.format(73), {"a.txt": source}) == [("number-mismatch", "73")]
    assert claims(draft.format(37), {"a.txt": source}) == []
    numbers = extract_mentions(Document(source, "s.txt")).numbers
    assert [(n.text, n.unit) for n in numbers] == [("58 cases", "case"), ("37", "case")]


def test_a_margin_its_own_tally_puts_otherwise_is_the_slip():
    source = ("MOSS, Ada (Harbour Party) 1,904 ELECTED\nPENT, Ivo (Velmar Party) 1,716\nMajority: 188. Turnout: 42.7%.\n\n"
              "The Velmar Party came within 188 votes of unseating Ada Moss in Tarrow Cross.")
    draft = "After a recount, Ada Moss has held Tarrow Cross by {} votes, 1,904 to 1,716 over Ivo Pent."
    found = [(f.rule, draft.format(168)[f.start:f.end], [x.replacement for x in f.fixes])
             for f in check(draft.format(168), {"r.txt": source}) if f.severity == "warning"]
    assert found == [("number-mismatch", "168", ["188"])]
    assert claims(draft.format(188), {"r.txt": source}) == []
    # a tally the sources do not give is no evidence: the margin may be right and a side wrong
    assert claims("Ada Moss held Tarrow Cross by 168 votes, 1,904 to 1,736.", {"r.txt": source}) == []


def test_a_figure_rounded_to_fewer_decimals_is_stated_by_the_precise_one():
    sources = {"close.txt": "- Tarrow 100 (London): 8,324.19, down 34.27 points or 0.41 percent",
               "midday.txt": "London's Tarrow 100 was down 0.3 percent at midday, weighed down by mining stocks."}
    draft = "London's Tarrow 100 lost {} percent to 8,324.19, as miners tracked copper lower."
    assert claims(draft.format("0.4"), sources) == []
    assert claims(draft.format("0.6"), sources) == [("number-mismatch", "0.6")]
    # a change restated as a rate is a change too
    numbers = extract_mentions(Document("Shares fell 12 cents, or 1.5%, to 7.90.", "d.txt")).numbers
    assert [n.text for n in numbers if "~change" in n.anchor] == ["1.5%"]


def test_one_source_figure_contradicts_one_figure_of_a_draft_sentence():
    source = "General and acute bed occupancy rose to 97.3%, the highest figure recorded since the trust began."
    draft = "General and acute bed occupancy reached {} per cent in August, against a standard of 92 per cent."
    assert claims(draft.format("97.8"), {"a.txt": source}) == [("number-mismatch", "97.8")]
    assert claims(draft.format("97.3"), {"a.txt": source}) == []


def test_a_holder_after_a_portfolio_whose_word_is_a_roles():
    source = "Ada Moss-Tarrow, the Minister of Infrastructure, watched the breakthrough."
    draft = "- Government: Minister of {} Ada Moss-Tarrow"
    assert claims(draft.format("Finance"), {"a.txt": source}) == [("title-mismatch", "Minister of Finance")]
    assert claims(draft.format("Infrastructure"), {"a.txt": source}) == []


def test_a_plural_without_an_s_stays_inside_an_organization_name():
    names = extract_mentions(Document("Ivo Pent, chairman of the Tarrow Fishermen's Association, spoke at the "
                                      "Velmar Children's Hospital.", "d.txt")).names
    assert [(n.text, n.kind) for n in names] == [("Ivo Pent", "person"), ("Tarrow Fishermen's Association", "organization"),
                                                ("Velmar Children's Hospital", "organization")]
    source = "Ivo Pent, chairman of the Tarrow Fishermen's Association, said the advice would go to all 140 members."
    assert claims("Ivo Pent, secretary of the Tarrow Fishermen's Association, said so.", {"a.txt": source}) == [
        ("title-mismatch", "secretary")]


def test_the_post_a_relative_clause_gives_a_name_is_its_title():
    source = ("- Ada Moss-Tarrow, an American investor, who holds 45 per cent of the consortium and becomes the "
              "club's new chairman;\nIvo Pent, who was appointed the council's Head of Planning in April, spoke.")
    draft = "The group is led by Ada Moss-Tarrow, a 52-year-old investor who holds 45% and becomes the club's {}."
    assert claims(draft.format("chief executive"), {"a.txt": source}) == [("title-mismatch", "chief executive")]
    assert claims(draft.format("chairman"), {"a.txt": source}) == []
    # the post a passive gives ("was appointed") is the source's too; an active verb's object is another's
    assert claims("Ivo Pent, who became head of planning in April, spoke.", {"a.txt": source}) == []
    titles = extract_mentions(Document("Ada Moss, who named her chief financial officer, left.", "d.txt")).titles
    assert titles == []


def test_a_bare_surname_is_the_one_person_bearing_it_not_a_firm_named_after_them():
    source = ("Tarrowby Velmar Productions, the producer, was founded by Ada Tarrowby. \"We were told we would need "
              "a star,\" Ivo Pent said. Producer Ada Tarrowby said the run would go on.")
    draft = "\"We were told we would need a star,\" {} said."
    assert claims(draft.format("Tarrowby"), {"a.txt": source}) == [("attribution-speaker", "Tarrowby")]
    assert claims(draft.format("Pent"), {"a.txt": source}) == []


def test_a_plural_subject_that_passes_a_figure_counts_it_as_a_lower_bound():
    numbers = extract_mentions(Document("Record year for Velmar as visits pass 5.8 million", "s.txt")).numbers
    assert [(n.unit, n.low, n.high) for n in numbers] == [("visit", 5_800_000, float("inf"))]
    sources = {"r.txt": "Record year for Velmar as visits pass 5.8 million\n\nVelmar welcomed a record 5.86 million "
                        "visits in 2031, according to figures published today."}
    # the draft writes the sources' own headline figure
    assert claims("Record 5.8 million visits to Velmar as spending rises", sources) == []
    assert claims("Velmar welcomed a record 5.68 million visits in 2031.", sources) == [("number-mismatch", "5.68")]


def test_a_temperature_is_a_figure_of_its_scale():
    numbers = extract_mentions(Document("Ollerby reached 39.8C (102.6F); it was 30°C and 65 degrees Celsius.",
                                        "d.txt")).numbers
    assert [(n.text, n.unit) for n in numbers] == [("39.8C", "celsius"), ("102.6F", "fahrenheit"), ("30°C", "celsius"),
                                                  ("65 degrees Celsius", "celsius")]
    source = "The team recorded minus 58C at the plateau camp on day 19, the coldest of the expedition."
    draft = "The team recorded minus {}C at the plateau camp on day 19, the coldest of the expedition."
    assert claims(draft.format(65), {"a.txt": source}) == [("number-mismatch", "65")]
    assert claims(draft.format(58), {"a.txt": source}) == []


def test_a_place_is_told_apart_by_its_rare_word_not_its_common_head():
    source = ("Ivo Pent of Tarrowby Farm won the ram class. The route crosses Velmar Bridge, and the "
              "Pennick Street Hall hosts the dinner.")

    def unsupported(draft: str) -> list[str]:
        return [draft[f.start : f.end] for f in check(draft, {"w.txt": source}) if f.rule == "unsupported-entity"]

    # the sources know a farm, a bridge and a street, not these
    assert unsupported("Ada Moss of Orrelby Farm won the ewe class.") == ["Ada Moss", "Orrelby Farm"]
    assert unsupported("Traffic will use the Orrelby Bridge instead.") == ["Orrelby Bridge"]
    assert unsupported("The rival monthly Orrelby Street called it a triumph.") == ["Orrelby Street"]
    # the ones they know, and a person known by a surname that is a common word
    assert unsupported("Ivo Pent of Tarrowby Farm crossed Velmar Bridge to the Pennick Street Hall.") == []


def test_a_speakers_pronoun_after_two_people_is_the_one_of_its_gender():
    source = ("Ivo Pent crashed out on lap 12. He retired to the pits. Ada Moss-Kell won the race.\n\n"
              "Moss-Kell was furious with Pent. \"He braked far too late for the hairpin,\" she said.")
    draft = "Moss-Kell and Ivo Pent collided. \"He braked far too late for the hairpin,\" {} said."
    assert claims(draft.format("Pent"), {"a.txt": source}) == [("attribution-speaker", "Pent")]
    assert claims(draft.format("Moss-Kell"), {"a.txt": source}) == []
    # where no other pronoun of the source tells the two apart, the quote's speaker stays unknown,
    # and the "she" makes neither a woman
    unknown = source.replace("He retired to the pits. ", "")
    assert claims(draft.format("Pent"), {"a.txt": unknown}) == []
    assert sorted((e.name, e.gender) for e in factbase_from_texts({"a.txt": unknown}).entities) == [
        ("Ada Moss-Kell", None), ("Ivo Pent", None)]
    # nor where the one the gender rules out is named in the quote: the speaker may be neither
    named = source.replace("Moss-Kell was furious with Pent.", "Pent will meet Moss-Kell on Wednesday, a statement said.") \
        .replace('"He braked', '"Pent braked')
    assert [q.speaker_id for q in factbase_from_texts({"a.txt": named}).quotes] == [None]


def test_a_speaker_of_the_other_gender_is_not_the_sources_unnamed_she():
    source = ("Ivo Pent chairs the board; he took over in May. Tom Vale runs the union.\n\n"
              "The union met the board on Monday. \"We will not sell the ferries,\" she said.")
    # the sources call Pent "he", so the "she" who spoke is not him, whoever she is: no fix
    (f,) = [f for f in check('"We will not sell the ferries," Pent said.', {"a.txt": source})
            if f.rule == "attribution-speaker"]
    assert (f.severity, f.fixes) == ("warning", [])
    assert 'someone they call "she"' in f.message
    assert claims('"We will not sell the ferries," Tom Vale said.', {"a.txt": source}) == []  # no pronoun for him
    # a man by the draft's own honorific, where the sources give no pronoun for him
    assert claims('"We will not sell the ferries," Mr Vale said.', {"a.txt": source}) == [("attribution-speaker", "Vale")]
    assert claims('"We will not sell the ferries," Ms Vale said.', {"a.txt": source}) == []


def test_a_speaker_is_found_past_initials_a_bracket_and_a_numbered_body():
    def speakers(text: str) -> list[str | None]:
        return [q.speaker.text if q.speaker else None for q in extract_mentions(Document(text, "s.txt")).quotes]

    assert speakers('"The case was clear," Assistant U.S. Attorney Ada Moss said.') == ["Ada Moss"]
    assert speakers('"The case was clear," said U.S. Attorney Moss.') == ["Moss"]
    assert speakers('Councillor Ada Moss (Tarrow ward) said: "Tarrow is being cut adrift."') == ["Ada Moss"]
    assert speakers('"We kept it running," said Local 77 President Ada Moss.') == ["Ada Moss"]
    # initials are no name of their own
    names = [m.text for m in extract_mentions(Document("U.S. Attorney Ada Moss met U.K. officials.", "s.txt")).names]
    assert "U" not in names and "S" not in names and "Ada Moss" in names
    source = '"We kept the ferries running," said Local 77 President Ada Moss.'
    assert claims('"We kept the ferries running," said Ivo Pent.', {"a.txt": source + " Ivo Pent disagreed."}) == [
        ("attribution-speaker", "Ivo Pent")]


def test_a_body_of_a_kind_no_source_writes_is_unsupported_though_its_place_is_known():
    source = "Tarrow Council met on Monday. Ada Moss, who sells Tarrowlite heaters, chairs it."

    def unsupported(draft: str, sources: str = source) -> list[str]:
        return [draft[f.start : f.end] for f in check(draft, {"w.txt": sources}) if f.rule == "unsupported-entity"]

    assert unsupported("The Tarrow Chamber of Trade objected.") == ["Tarrow Chamber of Trade"]
    assert unsupported("The Tarrow Chamber of Commerce objected.") == ["Tarrow Chamber of Commerce"]
    # the sources write the kind, in any case: it may be theirs
    assert unsupported("The Tarrow Chamber of Trade objected.", source + " The chamber of trade backed her.") == []
    # a word capitalized only as it opens the sentence is no kind of body
    assert unsupported("Buyers of Tarrowlite lamps may return them.") == []


def test_major_before_a_name_is_the_rank_not_part_of_the_name():
    def names(text: str) -> list[str]:
        return [m.text for m in extract_mentions(Document(text, "s.txt")).names]

    assert names("The prosecutor, Major Ada Tarrowby, spoke.") == ["Ada Tarrowby"]
    assert names("Outside court, Major Tarrowby said it was wilful.") == ["Tarrowby"]
    assert names("Major League Baseball agreed.") == ["Major League Baseball"]
    source = "The charge was brought by Major Ada Tarrowby. Outside court, Major Tarrowby said it was wilful."
    found = [(f.rule, f.message) for f in check("The board heard from Major Ivo Velmar, her deputy.", {"w.txt": source})]
    assert ("unsupported-entity", 'No source mentions "Ivo Velmar": worth a check') in found
    # and a rank the sources give otherwise is a title mismatch
    assert claims("The charge was brought by Captain Ada Tarrowby.", {"w.txt": source}) == [("title-mismatch", "Captain")]
    assert claims("The charge was brought by Major Ada Tarrowby.", {"w.txt": source}) == []


def test_a_bound_written_to_a_decimal_reaches_no_further_than_its_last_place():
    source = "The approved masts will be up to 87.5 metres and 60 metres tall."
    draft = "That leaves three masts of up to {} metres and two of up to 60 metres."
    assert claims(draft.format("97.5"), {"a.txt": source}) == [("number-mismatch", "97.5")]
    assert claims(draft.format("87.5"), {"a.txt": source}) == []
    # a fraction is no decimal written: "more than a third" still reaches 43 per cent
    share = "The Tarrow fund was 43 per cent spent by the spring."
    assert claims("More than a third of the Tarrow fund was spent by the spring.", {"a.txt": share}) == []


def test_the_object_of_a_relative_clause_about_a_name_is_someone_else():
    source = ("Ivo Pent joined the band at eighteen.\n\n"
              "Ada Moss, aged 88, who hired him for the quintet, said the band followed him within a day.")
    genders = {e.name: e.gender for e in factbase_from_texts({"a.txt": source}).entities}
    assert genders["Ada Moss"] is None  # "him" is Pent, not Moss
    # her own pronoun still tells
    told = source + " She still plays every day."
    assert {e.name: e.gender for e in factbase_from_texts({"a.txt": told}).entities}["Ada Moss"] == "female"


def test_a_pronoun_after_a_sentence_an_office_opens_gives_the_name_in_it_no_gender():
    source = ("The Chair opened the session, the first since Dr Ada Moss became Finance Director. "
              "He praised Ivo Pent for his work.")
    genders = {e.name: e.gender for e in factbase_from_texts({"a.txt": source}).entities}
    assert genders["Ada Moss"] is None  # "He" may be the Chair
    plain = source.replace("The Chair opened", "Members opened")
    assert {e.name: e.gender for e in factbase_from_texts({"a.txt": plain}).entities}["Ada Moss"] == "male"


def test_a_places_coined_word_keeps_its_letters_across_british_and_american_spellings():
    source = "Stocks at the Greyquill reservoir dropped to 71%, the water board said. Staff at Greyquill said it was full."
    (f,) = [f for f in check("Stocks at the Grayquill reservoir dropped to 71%, the water board said.", {"w.txt": source})
            if f.rule == "name-spelling"]
    assert [x.replacement for x in f.fixes] == ["Greyquill"]
    # a common word in a body's name is spelled as the draft's house style spells it
    ministry = "Velmora's Defence Ministry said on Monday it would review the exports."
    assert claims("Velmora's Defense Ministry said on Monday it would review the exports.", {"w.txt": ministry}) == []


def test_a_surname_written_alone_beside_its_bearers_kin_is_another_person():
    """ "Pent is trained by his uncle, former champion Dolan Pent": the Pent the wire writes alone is
    the nephew, whom no source names in full, so a draft's "Ivo Pent" is no other first name of the
    uncle's; where no kin is named, the Pent written alone is the one Pent the wire names in full."""
    kin = ("Pent, 38, will fight Ada Moss at Tarrow Hall on 12 November. Pent is trained by his uncle, "
           "former three-time world champion Dolan Pent.\n\nPent said he was ready.\n")
    alone = "Dolan Pent, 38, will fight Ada Moss at Tarrow Hall on 12 November.\n\nPent said he was ready.\n"
    kb = factbase_from_texts({"wire.txt": kin})
    assert sorted(e.name for e in kb.entities if e.kind == "person" and e.name.endswith("Pent")) == ["Dolan Pent", "Pent"]
    draft = "Ivo Pent, 38, will fight Ada Moss at Tarrow Hall.\n"
    assert [f.message for f in check(draft, {"wire.txt": kin}, "draft.txt") if f.rule == "name-spelling"] == [
        'No source gives "Pent" a first name: check "Ivo" (1 source)']
    assert [f.message for f in check(draft, {"wire.txt": alone}, "draft.txt") if f.rule == "name-spelling"] == [
        '"Ivo": the sources know this person as "Dolan Pent" (1 source)']


def test_a_name_after_someones_of_is_where_they_work_not_whom_a_pronoun_goes_on_about():
    """ "Ivo Pent of Velmar First, who also stood in May, said he would ... '...,' he said": the "he" is
    Ivo Pent, though a candidates' list took "Velmar First" for a person's name."""
    sources = {
        "glance.txt": "Candidates\n\nIVO PENT, 63 - Velmar First\nOccupation: retired baker.\n\n"
                      "ADA PENT, 41 - Tarrow Greens\nOccupation: nurse.\n",
        "poll.txt": "Notice of poll\n\nPENT | Ivo Dolan | Velmar First\nPENT | Ada Tarrowby | Tarrow Greens\n",
        "report.txt": "Ada Pent, standing for Tarrow Greens, said the council had lost its way.\n\nIvo Pent of Velmar "
                      "First, who also stood in May, said he would freeze the rates for two years. \"We will mend the "
                      "roads before we paint the hall,\" he said.\n",
    }
    draft = ("Ada Pent, standing for Tarrow Greens, said the council had lost its way. \"We will mend the roads "
             "before we paint the hall,\" Ada Pent said.\n")
    assert claims(draft, sources, "attribution-speaker") == [("attribution-speaker", "Ada Pent")]


def test_a_race_won_again_is_no_person_and_a_paragraph_it_opens_is_about_its_winner():
    """ "It was a second Tarrow Cup for Ada Moss ... // '...,' she said": a name after an ordinal
    ("a second Tarrow Cup") is a thing won, not someone, and a paragraph that "It" opens is about
    the one person it names, whose quote the next paragraph's "she said" gives."""
    wire = ("Ada Moss trains at Orrelby Farm. Ivo Pent had ridden in the Tarrow Cup nine times without a win.\n\n"
            "It was a second Tarrow Cup for Ada Moss, who won the race in 2026. She said the mare had always "
            "been special.\n\n\"She has been the light of the yard since the day she came,\" she said.\n")
    draft = "\"She has been the light of the yard since the day she came,\" Ivo Pent said.\n"
    assert claims(draft, {"wire.txt": wire}, "attribution-speaker") == [("attribution-speaker", "Ivo Pent")]
    kb = factbase_from_texts({"wire.txt": wire})
    assert [e.kind for e in kb.entities if e.name == "Tarrow Cup"] == ["thing"]


def test_a_name_set_off_after_on_is_where_not_who_opens_the_sentence():
    """ "On Orrelby, Ada Moss, who runs the hostel, is counting on the boats. '...,' she told me": the
    island (which a timetable's "Depart Orrelby" made a name like a person's) is where, so the one
    person the sentence names is the speaker."""
    sources = {
        "timetable.txt": "Summer sailings\n\nDepart Orrelby 07:30, arrive Tarrow 08:45\nDepart Tarrow 17:00, arrive "
                         "Orrelby 18:15\n\nSkipper Ivo Pent said the crossings would run in all weathers.\n",
        "column.txt": "On Orrelby, Ada Moss, who runs the hostel at the pier, is counting on the extra boats. \"Last "
                      "summer we sent walkers away because the last boat left at four,\" she told me.\n",
    }
    draft = "\"Last summer we sent walkers away because the last boat left at four,\" said Ivo Pent.\n"
    assert claims(draft, sources, "attribution-speaker") == [("attribution-speaker", "Ivo Pent")]


def test_a_capitalized_office_set_off_after_a_name_is_skipped_to_the_speaker():
    """ "Ada Moss, Chair of the Tarrow Traders, which speaks for 600 shops, said:": the office as a
    letterhead capitalizes it, and the clause after it, are set off; Ada Moss speaks, not the Chair."""
    wire = ("Ivo Pent, the mayor, opened the market on Monday.\n\nAda Moss, Chair of the Tarrow Traders, which "
            "speaks for more than 600 shops, said:\n\n\"Our members felt the difference by the first weekend.\"\n")
    draft = "\"Our members felt the difference by the first weekend,\" said Ivo Pent.\n"
    assert claims(draft, {"wire.txt": wire}, "attribution-speaker") == [("attribution-speaker", "Ivo Pent")]


def test_a_boat_and_a_point_are_no_people_a_profiles_quote_could_be():
    """ "... when the trawler Velmar Gale lost power off Greyquill Point. Mr Pent took the lifeboat
    alongside. // '...,' he says": the boat after "the trawler" and the headland are no people, so
    the one person the paragraph names speaks."""
    wire = ("Ada Moss, the station manager, said the crew had trained all winter.\n\n"
            "The launch everyone remembers came in 2019, when the trawler Velmar Gale lost power two miles off "
            "Greyquill Point. Mr Pent took the lifeboat alongside and his crew took off all five men.\n\n"
            "\"You stop thinking when the pager goes. You just run,\" he says.\n")
    draft = "\"You stop thinking when the pager goes. You just run,\" said Ada Moss.\n"
    assert claims(draft, {"wire.txt": wire}, "attribution-speaker") == [("attribution-speaker", "Ada Moss")]


# -- a company's legal form, the short name it defines, people counted with their kin -------------

def test_a_company_named_with_its_legal_form_is_the_company_named_without_it():
    """ "Pennick Power GmbH, the Tarrowby-based grid operator" and, later, "Pennick Power said": one
    company, whichever way a draft writes it; "Greyquill Energie A/S" keeps its marked legal form."""
    wire = ("Pennick Power GmbH, the Tarrowby-based grid operator, said on Monday it would hire 40 staff. "
            "Pennick Power said the jobs would be in Velmar. Pennick Power also said it would grow.\n")
    kb = factbase_from_texts({"wire.txt": wire})
    (company,) = [e for e in kb.entities if "Pennick" in e.name]
    assert company.kind == "organization"
    assert claims("Pennick Power, the Orrelby-based grid operator, will hire 40 staff.", {"wire.txt": wire},
                  "title-mismatch") == [("title-mismatch", "Orrelby-based")]
    assert claims("Pennick Power GmbH, the Tarrowby-based grid operator, will hire 40 staff.", {"wire.txt": wire}) == []
    (name,) = [m for m in extract_mentions(Document("Shares in Greyquill Energie A/S rose.", "d.txt")).names
               if "Greyquill" in m.text]
    assert (name.text, name.kind) == ("Greyquill Energie A/S", "organization")


def test_a_short_name_defined_in_brackets_is_the_company_a_descriptor_after_it_describes():
    """ "Pennick Netwerk GmbH ("Pennick"), the Tarrowby-based grid operator": the descriptor is the
    company's, and "Pennick" alone is the company."""
    notice = ("Greyquill Wind A/S (\"Greyquill\") and Pennick Netwerk GmbH (\"Pennick\"), the Tarrowby-based grid "
              "operator, today signed an agreement.\n")
    assert claims("Orrelby-based Pennick will build the cable.", {"n.txt": notice}, "title-mismatch") == [
        ("title-mismatch", "Orrelby-based")]
    assert claims("Tarrowby-based Pennick will build the cable.", {"n.txt": notice}, "title-mismatch") == []
    assert claims("Velmar Foods Inc., the Orrelby-based grocer, said so.",
                  {"s.txt": "Velmar Foods Inc., the Tarrowby-based grocer, said it would open 12 shops.\n"},
                  "title-mismatch") == [("title-mismatch", "Orrelby-based")]


def test_people_counted_with_their_kin_are_counted_alone():
    """ "1,486 graduates and their families" counts the graduates (the families are theirs); "220 guests and
    staff" counts both kinds together, neither alone."""
    source = "Ada Moss spoke in Tarrow Hall to 1,486 graduates and their families before the prizes were given.\n"
    assert claims("In front of 1,684 graduates and their families, Ada Moss spoke in Tarrow Hall.", {"s.txt": source},
                  "number-mismatch") == [("number-mismatch", "1,684")]
    assert claims("In front of 1,486 graduates, Ada Moss spoke in Tarrow Hall.", {"s.txt": source}, "number-mismatch") == []
    units = [n.unit for n in extract_mentions(Document("The ship carried 220 guests and staff.", "d.txt")).numbers]
    assert units == ["people"]


def test_a_campaign_group_whose_kind_no_source_writes_is_unknown():
    """ "Tarrow Rail Watch" where the sources know Tarrow and its passengers but no watch: a body no
    source mentions (the kind of body tells it apart, as "Chamber" does)."""
    source = ("Tarrow Tramways said all lines had reopened. Passengers can claim refunds from Monday.\n")
    draft = "The refunds were welcomed by Tarrow Passenger Watch."
    found = [(f.rule, draft[f.start : f.end]) for f in check(draft, {"s.txt": source})]
    assert found == [("unsupported-entity", "Tarrow Passenger Watch")]
    kb = factbase_from_texts({"s.txt": source})
    assert {e.name: e.kind for e in kb.entities}["Tarrow Tramways"] == "organization"


def test_a_history_year_first_in_the_draft_is_not_the_year_of_its_days():
    """A story of 2032 that first writes "laid in 2004" dates its "by 30 July" in 2032: the sources'
    "by Wednesday 30 June 2032" is the same deadline, a month apart."""
    source = ("date 2032-03-10\n\nThe council will replace 16 cable joints. The work will be finished by "
              "Wednesday 30 June 2032.\n")
    draft = ("The failed joint was laid in 2004. The council will replace 16 cable joints, with the work due to be "
             "finished by 30 July.")
    assert claims(draft, {"s.txt": source}, "date-mismatch") == [("date-mismatch", "30 July")]
    assert claims(draft.replace("30 July", "30 June"), {"s.txt": source}, "date-mismatch") == []


def test_a_nationalitys_money_is_its_countrys_currency():
    """ "Danish crowns" are DKK (the gazetteer's currency of Denmark), "Norwegian kroner" NOK, "Swiss
    francs" CHF: "24.5 billion Danish crowns" for the sources' "DKK 25.4 billion" is a slip."""
    source = "Total investment in the Tarrow wind farm is estimated at EUR 3.4 billion (DKK 25.4 billion).\n"
    draft = "The Tarrow wind farm will cost about 3.4 billion euros (24.5 billion Danish crowns)."
    assert claims(draft, {"s.txt": source}, "number-mismatch") == [("number-mismatch", "24.5")]
    assert claims(draft.replace("24.5", "25.4"), {"s.txt": source}) == []
    units = [n.unit for n in extract_mentions(Document(
        "They paid 5 billion Norwegian kroner, 40 million Swiss francs and 900 Velmar francs.", "d.txt")).numbers]
    assert units == ["nok", "chf", "franc"]


# -- a hearing's numbered transcript; a figure beside the same two figures -------------------------

_HEARING = (
    "Day 4 - Tuesday, 14 June 2033\n\n"
    " 1  THE CHAIR: Good morning. Mr Pent, who is your first witness?\n"
    " 2  MR IVO PENT KC: Good morning, Chair. The first witness is Mrs Ada Moss.\n"
    " 3           MRS ADA MOSS (sworn)\n"
    " 4         Questions by MR IVO PENT KC\n"
    " 5  Q. You cut the Tarrow ward budget by £750,000, didn't you?\n"
    " 6  A. Yes. I proposed that cut myself.\n"
    " 7  Q. That was a decision to save money at the expense of safety, wasn't it?\n"
    " 8  A. It was a decision to save money. I did not think it put anyone at risk.\n"
    " 9  MR IVO PENT KC: Thank you, Chair. That concludes my questions.\n"
)


def test_an_inquiry_transcripts_answers_are_the_sworn_witnesses_and_its_questions_the_counsels():
    """A hearing's numbered "Q." and "A." lines: the answers are the witness sworn in before them
    (not the last labelled speaker's turn), the questions the counsel named after "Questions by"."""
    mentions = extract_mentions(Document(_HEARING, "transcript.txt"))
    speakers = {q.text: q.speaker.text for q in mentions.quotes if q.speaker is not None}
    assert speakers["Yes. I proposed that cut myself."] == "ADA MOSS"
    assert speakers["You cut the Tarrow ward budget by £750,000, didn't you?"] == "IVO PENT"  # his letters are no part of his name
    sources = {"transcript.txt": _HEARING,
               "report.txt": "Ada Moss, who ran the Tarrow ward, gave evidence. She said she regretted nothing. "
                             "Ivo Pent KC, counsel to the inquiry, said he would call two more witnesses.\n"}
    assert claims('"I proposed that cut myself," she said.', sources) == []
    assert claims('"I proposed that cut myself," said Ivo Pent.', sources) == [("attribution-speaker", "Ivo Pent")]
    assert claims('"That was a decision to save money at the expense of safety," Ada Moss told the inquiry.', sources) \
        == [("attribution-speaker", "Ada Moss")]


def test_a_figure_beside_the_same_two_figures_is_the_same_fact():
    """ "rose from 1,980 to 2,310, up 21%" where a report's line reads "2,310 members (1,980), up
    17%": the line that writes the draft's two other figures gives the same change."""
    report = "Membership\n\n- 2,310 members (1,980), up 17%\n- 96 volunteers (88)\n"
    draft = "The Tarrow club's membership rose from 1,980 to 2,310 in the year, up 21%."
    assert claims(draft, {"r.txt": report}, "number-mismatch") == [("number-mismatch", "21")]
    assert claims(draft.replace("21%", "17%"), {"r.txt": report}) == []
    assert claims(draft.replace("21%", "about 17%"), {"r.txt": report}) == []


def test_a_name_after_an_office_and_its_portfolio_is_its_holder_where_its_words_are_no_common_words():
    """ "Minister of Defence Aurelle Velmarsk said:": two words no English dictionary holds after
    the portfolio are the minister's name (not "Defence Aurelle Velmarsk", a body); "Minister of
    Water Resources" stays an office alone."""
    names = extract_mentions(Document("Minister of Defence Aurelle Velmarsk said the inquiry would report.", "d.txt")).names
    assert [(m.text, m.kind) for m in names] == [("Defence", "organization"), ("Aurelle Velmarsk", "person")]
    assert [m.text for m in extract_mentions(Document("The Minister of Water Resources said so.", "d.txt")).names] == []


def test_an_office_in_title_case_after_a_name_is_its_title_whatever_its_first_word():
    """ "said Ada Moss, City Clerk and Returning Officer": two titles, though "City" is no role word;
    "the deputy city clerk" is then another rank of hers."""
    source = {"s.txt": '"Turnout was up by five points," said Ada Moss, City Clerk and Returning Officer. '
                       '"We counted all night."\n'}
    kb = factbase_from_texts(source)
    assert {t.role for e in kb.entities if e.name == "Ada Moss" for t in e.titles} == {"city clerk", "returning officer"}
    draft = "Ada Moss, the deputy city clerk, said turnout was up."
    assert claims(draft, source, "title-mismatch") == [("title-mismatch", "deputy city clerk")]
    assert claims("Ada Moss, the city clerk, said turnout was up.", source) == []


def test_a_family_name_of_two_words_written_alone_is_its_bearers():
    """ "Te Orrelby said" after "Hinewai Te Orrelby": the family name of two words, written alone, is
    hers; a draft that gives her quote to her full name gives it to the one who spoke."""
    source = ("Hinewai Te Orrelby, who chairs the Tarrow river trust, signed the accord on Tuesday. \"We have "
              "waited a long time for this,\" Te Orrelby said.\n")
    kb = factbase_from_texts({"s.txt": source})
    assert [e.name for e in kb.entities if "Orrelby" in e.name] == ["Hinewai Te Orrelby"]
    assert claims('"We have waited a long time for this," said Hinewai Te Orrelby.', {"s.txt": source}) == []


def test_an_independent_chair_is_the_boards_chair():
    """ "the board's independent chair" for the sources' "board chair Ivo Pent": how the seat is held
    names no other seat; a deputy chair would."""
    source = "Board chair Ivo Pent will become executive chair on July 1, the Tarrow company said.\n"
    assert claims("Ivo Pent, the board's independent chair, will become executive chair on July 1.",
                  {"s.txt": source}, "title-mismatch") == []


def test_a_unit_written_at_its_scale_is_that_many_units():
    """ "6.0 MTPA" is six million tonnes a year: "now rated at 6.0 million tonnes a year" is the
    sources' figure, not a slip of the "3.5 million metric tonnes" the new line adds."""
    source = ("The new line adds 3.5 million metric tonnes per annum (MTPA) at Tarrow. With it, the capacity of "
              "the Tarrow plant rises from 2.5 MTPA to 6.0 MTPA, making it the largest cement plant in Velmar.\n")
    draft = "The new line makes the Tarrow plant, now rated at 6.0 million tonnes a year, the largest in Velmar."
    assert claims(draft, {"s.txt": source}) == []
    assert claims(draft.replace("6.0", "6.5"), {"s.txt": source}, "number-mismatch") == [("number-mismatch", "6.5")]


def test_a_name_after_of_a_title_may_be_the_first_nouns():
    """ "A representative of the industry minister, Ada Moss, said": she may be the representative,
    not the minister; a title set off before her name after "of" is none of hers."""
    source = ("Representing the industry minister, Ivo Pent, the ministry's director of development, Ada Moss, "
              "said the plant would save foreign exchange.\n")
    assert claims("A representative of the industry minister, Ada Moss, said the plant would save foreign exchange.",
                  {"s.txt": source}) == []
    # "in the presence of the minister, Ivo Pent,": presence is no one, so the minister is Pent
    draft = "The plant opened in the presence of the finance minister, Ivo Pent, on Monday."
    assert claims(draft, {"s.txt": source}, "title-mismatch") == [("title-mismatch", "finance minister")]


def test_a_style_in_brackets_between_a_title_and_a_name_is_skipped():
    """ "The Chairman of the Board, Chief (Dr) Ivo Pent, said:": Ivo Pent speaks, not the board."""
    source = 'The Chairman of the Board, Chief (Dr) Ivo Pent, said: "The Board\'s confidence in Tarrow has been rewarded."\n'
    (q,) = extract_mentions(Document(source, "s.txt")).quotes
    assert (q.speaker.text, q.speaker.kind) == ("Ivo Pent", "name")
    assert claims('"The Board\'s confidence in Tarrow has been rewarded," he said.', {"s.txt": source}) == []


def test_a_figures_digits_swapped_are_a_slip_where_another_figure_of_its_words_aligns():
    """ "Tarrow shares fell 8.6%" where the wire's stock "was down 6.8%" in the same words, its shares
    "had gained about 14%" over the year, and revenue was "$8.6 billion": the very digits swapped."""
    wire = ("Tarrow stock was down 6.8% at $71.42 in afternoon trading on the Velmar exchange, on course for its "
            "biggest one-day fall since October 2031. The shares had gained about 14% over the previous 12 months. "
            "Annual revenue rose to $8.6 billion last year.\n")
    draft = "Tarrow shares fell 8.6%, to $71.42, in afternoon trading on the Velmar exchange."
    assert claims(draft, {"w.txt": wire}, "number-mismatch") == [("number-mismatch", "8.6")]
    assert claims(draft.replace("8.6%", "6.8%"), {"w.txt": wire}) == []


def test_a_home_nation_and_a_capital_opening_a_bodys_name_are_countries_the_sources_name():
    """ "Scottish" where the sources write "Scotland", and "Peruvian" where they name the Lima Zoo:
    no source writes these words, but the nation is theirs (world knowledge, not a story's)."""
    source = ("Ivo Pent, who grew up in Scotland, joined the Lima Zoo in 2031. "
              "Keepers there said the elephant was calm.")

    def unsupported(draft: str) -> list[str]:
        return [draft[f.start : f.end] for f in check(draft, {"w.txt": source}) if f.rule == "unsupported-entity"]

    assert unsupported("The Scottish keeper Ivo Pent joined the Peruvian zoo in 2031.") == []
    assert unsupported("Ivo Pent, a British keeper, works in Peru.") == []  # Scotland is in Britain
    # a home nation the sources do not name, and a country whose capital they do not name
    assert unsupported("The Welsh keeper Ivo Pent joined the Bolivian zoo in 2031.") == ["Welsh", "Bolivian"]
    # a person's first name names no country: "Georgia Moss" is no Georgian
    kb = factbase_from_texts({"w.txt": "Georgia Moss joined the Lima Zoo in 2031."})
    assert kb.summary.countries == {"PE"}


def test_a_peak_of_a_bare_figure_counts_what_the_average_before_it_counts():
    source = ("The final was watched by an average of 4.2 million viewers, with a peak of 5.1 million at 9.47pm, "
              "the channel said.")
    draft = "The final drew an average of 4.2 million viewers, with a peak of 5.4 million at 9.47pm."
    assert claims(draft, {"r.txt": source}) == [("number-mismatch", "5.4")]
    assert claims(draft.replace("5.4", "5.1"), {"r.txt": source}) == []


def test_a_publicist_is_no_manager():
    source = ('"They remain the best of friends," said Ada Moss, publicist for the couple. '
              "Moss works for Tarrow Media.")
    draft = 'Their manager Ada Moss said: "They remain the best of friends."'
    assert claims(draft, {"s.txt": source}) == [("title-mismatch", "manager")]
    assert claims(draft.replace("manager", "publicist"), {"s.txt": source}) == []


def test_a_participles_subject_after_with_is_the_speaker():
    """ "The firm will hire 18, with co-founder Ada Moss saying ..." gives the quote to her, not to
    the firm that opens the sentence."""
    source = ('Tarrow Ceramics was founded by Ada Moss. "Our order books are full until the spring," Ms Moss said.')
    draft = 'Tarrow Ceramics will hire 18 staff, with co-founder Ada Moss saying its order books are "full until the spring".'
    assert claims(draft, {"s.txt": source}) == []
    (q,) = extract_mentions(Document(draft, "d.txt")).quotes
    assert q.speaker is not None and q.speaker.text == "Ada Moss"


def test_a_name_written_without_accents_in_a_draft_that_writes_none_is_the_house_style():
    """Wire copy often drops accents: "Lukasz Wrobel" for "Łukasz Wróbel" in a draft that writes no
    accent is the same name, as the draft's accents are where the sources have none; a draft that
    writes accents ("Łukasz Wrobel") and drops one slipped, as one with a letter changed ("Wróbell")."""
    source = "Łukasz Wróbel, the mayor of Tarrowby, said the plan was ready. Ada Moss-Vélez agreed."
    draft = "Lukasz Wrobel, the mayor of Tarrowby, said the plan was ready. Ada Moss-Velez agreed."
    assert check(draft, {"s.txt": source}) == []
    assert claims("Łukasz Wróbell said so.", {"s.txt": source}) == [("name-spelling", "Wróbell")]
    (f,) = check("Łukasz Wrobel said so.", {"s.txt": source})
    assert (f.rule, f.severity, [x.replacement for x in f.fixes]) == ("name-spelling", "warning", ["Wróbel"])
    assert check("Łukasz Wróbel said so.", {"s.txt": "Lukasz Wrobel said the plan was ready."}) == []
    # a body known by its name without accents, and a word two accents away from the sources'
    club = "Real Zúñara lost the final to Tarrowby. Zúñara coach Ivo Pent said: \"We were not good enough.\""
    assert check('Real Zunara lost the final. "We were not good enough," Pent said.', {"s.txt": club}) == []
    assert claims('Real Zunara lost in Malmö. "We were not good enough," Pent said.', {"s.txt": club}) == [
        ("name-spelling", "Zunara")]


def test_a_person_of_a_body_set_off_before_said_is_the_speaker_not_the_body():
    source = ('Speaking outside court, his solicitor, Ada Moss of Tarrow Legal, said: "He will never drive again." '
              'Ivo Pent, the firm\'s director, said: "We accept the ruling."')
    (q, _) = extract_mentions(Document(source, "s.txt")).quotes
    assert q.speaker is not None and q.speaker.text == "Ada Moss"
    draft = 'Ivo Pent said: "He will never drive again."'
    assert claims(draft, {"s.txt": source}) == [("attribution-speaker", "Ivo Pent")]


def test_a_description_before_based_in_is_no_bar_to_the_base():
    source = "The claimant worked for Velmar Freight Ltd, a road haulage company based in Tarrowby, for 17 years."
    assert claims("Velmar Freight Ltd, an Orrelby-based haulier, lost the appeal.", {"s.txt": source}) == [
        ("title-mismatch", "Orrelby-based")]
    assert claims("Velmar Freight Ltd, a Tarrowby-based haulier, lost the appeal.", {"s.txt": source}) == []
    # a description that does not reach back to the name gives it no base
    other = "Ada Moss, the chief executive of a company based in Tarrowby, spoke."
    assert claims("Ada Moss, an Orrelby-based executive, spoke.", {"s.txt": other}) == []


def test_an_attendance_at_a_named_ground_is_the_attendance():
    source = "80' Today's attendance at Tarrow Park is 6,418.\n"
    assert claims("A crowd of 6,148 watched the match.", {"live.txt": source}) == [("number-mismatch", "6,148")]
    assert claims("A crowd of 6,418 watched the match.", {"live.txt": source}) == []


def test_a_players_position_is_a_trade_and_its_kinds_are_one():
    source = ("Tarrow have signed the 27-year-old left-arm seamer Ivo Pent from Orrelby. Orrelby captain and "
              "centre-back Ada Moss was injured. Striker Lena Vale scored twice.")

    def titles(draft: str) -> list[str]:
        return [draft[f.start : f.end] for f in check(draft, {"s.txt": source}) if f.rule == "title-mismatch"]

    assert titles("Goalkeeper Ada Moss was injured.") == ["Goalkeeper"]
    assert titles("Midfielder Lena Vale scored twice.") == ["Midfielder"]
    assert titles("Tarrow signed off-spinner Ivo Pent.") == ["off-spinner"]  # not "signed": a verb is no kind
    # one position in other words: a centre-back is a defender, a striker a forward, a seamer a bowler
    assert titles("Defender Ada Moss was injured. Forward Lena Vale scored. Tarrow signed bowler Ivo Pent.") == []


def test_a_changes_percentage_is_checked_against_the_two_figures_the_sources_state_together():
    source = ("The number of households on waiting lists stood at 59,210 at the end of 2033, compared with "
              "50,140 at the end of 2032. Completions fell to 36,402 from 38,915.")
    draft = "Households on waiting lists numbered 59,210 at the end of 2033, against 50,140 a year earlier, a rise of 25%."
    (f,) = [f for f in check(draft, {"s.txt": source}) if f.severity == "warning"]
    assert (f.rule, draft[f.start : f.end], [x.replacement for x in f.fixes]) == ("number-mismatch", "25", ["18"])
    assert check(draft.replace("25%", "18%"), {"s.txt": source}) == []  # the fix leaves nothing unsupported
    # a fall on either base is a convention (6.5% of the old figure, 6.9% of the new), not a slip
    assert claims("Completions fell by 6.5% to 36,402 from 38,915.", {"s.txt": source}) == []
    assert claims("Completions fell by 7% to 36,402 from 38,915.", {"s.txt": source}) == []
    assert claims("Completions fell by 9% to 36,402 from 38,915.", {"s.txt": source}) == [("number-mismatch", "9")]
    # two figures the sources never state together are two things, not a before and an after
    assert claims("Completions were 36,402 against 59,210 households waiting, down 40%.", {"s.txt": source}) == []
    # a change in points is a rate's, not the counts'
    votes = "Support stood at 4,210 votes, against 3,900 in 2030. The share rose to 41%."
    assert claims("Support rose to 4,210 votes from 3,900, up 2 percentage points.", {"s.txt": votes}) == []
    assert claims("Support rose to 4,210 votes from 3,900, up 2%.", {"s.txt": votes}) == [("number-mismatch", "2")]


def test_two_roundings_that_only_touch_are_two_values():
    """ "About 1,400" and the sources' "about 1,200" (each within a step of a hundred) could meet
    only at 1,300, which a writer would round to neither: two values. A step apart is one."""
    source = "About 1,200 homes and businesses in Tarrowby were left without water on Tuesday."
    draft = "About {} homes and businesses in Tarrowby have been without water."
    assert claims(draft.format("1,400"), {"s.txt": source}) == [("number-mismatch", "1,400")]
    assert claims(draft.format("fourteen hundred"), {"s.txt": source}) == [("number-mismatch", "fourteen")]
    assert claims(draft.format("1,300"), {"s.txt": source}) == []


def test_an_age_before_a_role_one_person_holds_is_that_persons_age():
    source = ("Singer Ada Moss and actor Ivo Pent have split. Moss, 34, and Pent, 37, announced it on Monday. "
              "Striker Lena Vale, 28, scored twice.")
    assert claims("Ada Moss and Ivo Pent have split. The 35-year-old singer announced it.", {"s.txt": source}) == [
        ("number-mismatch", "35")]
    assert claims("Ada Moss and Ivo Pent have split. The 34-year-old singer announced it.", {"s.txt": source}) == []
    # the draft never names the singer, or names a singer the sources do not know: not the sources' singer
    assert claims("The 35-year-old singer announced the split.", {"s.txt": source}) == []
    assert claims("Ada Moss has a rival. Singer Orla Quenby was upset; the 35-year-old singer said so.",
                  {"s.txt": source}) == []


def test_a_broadcast_scripts_caption_names_the_speaker_below_it_and_gives_the_role():
    source = ('"We are deeply sorry for the disruption," said Ada Moss, operations director of Tarrow Water. '
              'Its chief executive, Ivo Pent, did not comment.')
    script = ("VO:\nThe water company has apologised.\n\nSOT:\nSUPER: {name} / {role}, TARROW WATER\n"
              '"We are deeply sorry for the disruption."\n')
    assert claims(script.format(name="ADA MOSS", role="OPERATIONS DIRECTOR"), {"s.txt": source}) == []
    assert claims(script.format(name="IVO PENT", role="CHIEF EXECUTIVE"), {"s.txt": source}) == [
        ("attribution-speaker", "IVO PENT")]
    assert claims(script.format(name="ADA MOSS", role="CHIEF EXECUTIVE"), {"s.txt": source}) == [
        ("title-mismatch", "CHIEF EXECUTIVE")]
    # a caption's name in capitals is a name, whatever its length and however many capitals follow
    (q,) = extract_mentions(Document(script.format(name="CLLR ADA MOSS", role="OPERATIONS DIRECTOR"), "d.txt")).quotes
    assert q.speaker is not None and q.speaker.text == "ADA MOSS"


def test_a_speaker_set_off_by_two_commas_with_nothing_between_is_no_error():
    """ "Ada Moss, the executive director,, called it ...": an empty segment between two commas
    (a typing slip) read for a person of a body raised IndexError in every rule."""
    draft = 'Tickets sold out. Ada Moss, the executive director,, called it "the biggest production yet".'
    result = check(draft, {"s.txt": 'Ada Moss called it "the biggest production yet".'})
    assert [f.rule for f in result if f.severity in ("error", "warning")] == []
    (q,) = extract_mentions(Document(draft, "d.txt")).quotes  # raised IndexError
    assert q.speaker is None or q.speaker.text


def test_a_post_in_another_named_body_or_beside_a_former_one_is_no_conflict():
    source = ("Ada Moss, the former mayor of Tarrowby, has died. She founded the Tarrowby Lantern Fair in 1993. "
              "Ivo Pent, chief executive of Velmar Bank, spoke. Lena Vale, Pemberthy's head coach, was pleased.")

    def titles(draft: str) -> list[str]:
        return [draft[f.start : f.end] for f in check(draft, {"s.txt": source}) if f.rule == "title-mismatch"]

    assert titles("Tarrowby mourns Lantern Fair founder Ada Moss.") == []
    assert titles("Lantern Fair chairman Ada Moss has died.") == []
    # the same body's other post, and the same post in another body, are still told
    assert titles("Velmar Bank chairman Ivo Pent spoke.") == ["chairman"]
    assert titles("Tarrowby deputy mayor Ada Moss has died.") == ["deputy mayor"]
    assert titles("Callowmere's assistant coach, Lena Vale, was pleased.") == ["assistant coach"]


def test_a_name_in_the_sentence_before_is_no_bodys_name_for_a_title():
    """ "Re" left by a paragraph break inside "Replacement" is another sentence's word: the title
    after it ("placement scrum-half") does not reach back to it."""
    draft = "The Wolves won.\n\nRe\n\nplacement scrum-half Ollie Marchbanks scored."
    (t,) = [t for t in extract_mentions(Document(draft, "d.md")).titles if "scrum" in t.text]
    assert t.text == "placement scrum-half"


def test_a_described_ages_person_is_read_from_the_paragraph_kept_in_its_key():
    """The same sentence after another paragraph's names: its age is checked against the person
    this paragraph names, not one a paragraph before named."""
    source = "Singer Ada Moss and actor Ivo Pent have split. Moss, 34, and Pent, 37, announced it on Monday."
    assert claims("Ada Moss and Ivo Pent have split.\n\nThe 35-year-old singer announced it.", {"s.txt": source}) == []
    assert claims("Ada Moss and Ivo Pent have split. The 35-year-old singer announced it.", {"s.txt": source}) == [
        ("number-mismatch", "35")]


def test_a_given_name_after_a_preposition_is_the_one_person_of_that_name_not_a_place():
    """ "a tribute to Ada", "Ivi stays on": a lone given name taken for a place or a nationality by
    its neighbours alone is the one titled person whose name opens with it, and what the sources
    say of her ("Ada and her team") gives her gender."""
    source = ('Dr Ada Moss, chief executive of Tarrow Labs, said: "Selling is how we get to scale." '
              'Professor Ivi Pent founded it with her. The dean paid tribute to Ada. '
              '"Ada and her team built something rare," said Lena Vale. Ivi stays as chief scientist.')
    kb = factbase_from_texts({"s.txt": source})
    (moss,) = [e for e in kb.entities if e.name == "Ada Moss"]
    assert moss.gender == "female"
    assert not [e for e in kb.entities if e.name in ("Ada", "Ivi")]
    assert claims('Ada Moss will stay on. "Selling is how we get to scale," he said.', {"s.txt": source}) == [
        ("attribution-pronoun", "he")]


def test_a_style_of_address_is_no_part_of_the_name():
    """ "His Royal Highness Alhaji Ivo Pent II", "Her Excellency Ada Moss": how one is addressed;
    the person is Ivo Pent, a man, whose quote is his."""
    source = ('His Royal Highness Alhaji Ivo Pent II, the Emir of Tarrow, urged patience. "Our sons must not be '
              'spectators," he said. Her Excellency Ada Moss, the governor, said: "The value stays here."')
    kb = factbase_from_texts({"s.txt": source})
    names = {e.name: e for e in kb.entities if e.kind == "person"}
    assert {"Ivo Pent", "Ada Moss"} <= set(names)
    assert names["Ivo Pent"].gender == "male"
    assert claims('"The value stays here," Pent said.', {"s.txt": source}) == [("attribution-speaker", "Pent")]
    assert claims('"The value stays here," Moss said.', {"s.txt": source}) == []


def test_what_is_left_counts_what_the_count_before_it_counts():
    source = "Tarrowshire has 26 public libraries. Nine libraries would close, leaving 17 libraries in the county."
    assert claims("The county has 26 public libraries; nine would close, leaving 15.", {"s.txt": source}) == [
        ("number-mismatch", "15")]
    assert claims("The county has 26 public libraries; nine would close, leaving 17.", {"s.txt": source}) == []


def test_a_minute_that_shares_only_a_name_with_a_source_clause_is_not_held_against_another_minute():
    """ "booked for pulling down Pent in the 56th minute" beside "Pent converted the penalty in the
    57th minute": the sources give the 56th minute in another sentence; a name is no event."""
    source = ("Moss was booked in the 29th minute for a shirt-pull on Pent. The match turned in the 56th minute. "
              "Moss pulled down Pent inside the area, was shown a second yellow card and was sent off. Pent converted "
              "the resulting penalty in the 57th minute, sending goalkeeper Lena Vale the wrong way.")
    assert claims("Tarrow had drawn level, but centre-back Ada Moss, booked in the 29th minute, was shown a second "
                  "yellow card for pulling down Pent in the 56th minute.", {"s.txt": source}) == []
    assert claims("Pent converted the resulting penalty in the 58th minute.", {"s.txt": source}) == [
        ("number-mismatch", "58th")]


def test_a_described_age_of_someone_the_sentence_names_is_theirs():
    """ "Pent 7 - The 22-year-old centre-back", where the sources give Pent's age as 22 beside the
    captain's 29 in a sentence of the centre-back pairing: no conflict."""
    source = ("Tarrow's centre-back pairing of captain Ada Moss, 29, and Ivo Pent, 22, dealt comfortably with "
              "Velmar's long balls after the break, while central midfielder Lena Vale kept possession ticking over.")
    draft = ("Ada Moss 8 - The skipper marshalled the back line superbly.\n\nPent 7 - The {}-year-old centre-back "
             "looked composed alongside his captain and handled Velmar's long balls well.")
    assert claims(draft.format(22), {"s.txt": source}) == []


def test_a_kin_noun_after_a_name_gives_the_person_its_gender():
    """ "Ada Moss, 32, Ivo Pent Jr.'s niece,": she is a woman, however the possessive is written."""
    source = ("The newest member of the family is Ada Moss, 32, Ivo Pent Jr.'s niece, who joined as finance "
              'director in 2029. "The margins on bread are thin," Moss said.')
    (moss,) = [e for e in factbase_from_texts({"s.txt": source}).entities if e.name == "Ada Moss"]
    assert moss.gender == "female"
    assert claims('Ada Moss joined in 2029. "The margins on bread are thin," he said.', {"s.txt": source}) == [
        ("attribution-pronoun", "he")]


def test_a_post_a_verb_gives_the_name_before_it_is_its_title():
    """ "Ada Moss, 49, has been head baker since 2010", "Ivo Pent was appointed finance director",
    "Lena Vale, who is now the airline's chair": posts the verb says they hold, told as appositions
    are. Not "is a keen cyclist", nor a post held "until" a time."""
    source = ("His son, Ada Moss Jr., 49, has been head baker since 2010. Ivo Pent was appointed finance director "
              "in 2031. Velmar's founder, Lena Vale, who is now the airline's chair, spoke. Ada Moss Sr. is a keen "
              "cyclist. Ivo Moss was chief executive until 2020.")
    titles = {(t.target.text, t.role) for t in extract_mentions(Document(source, "s.txt")).titles}
    assert {("Ada Moss Jr", "head baker"), ("Ivo Pent", "finance director"), ("Lena Vale", "chairman")} <= titles
    assert not {role for name, role in titles if name in ("Ada Moss Sr", "Ivo Moss")}
    assert claims("Ivo Pent, the company's chief executive, said so.", {"s.txt": source}) == [
        ("title-mismatch", "chief executive")]
    assert claims("Lena Vale is now the airline's chair.", {"s.txt": source}) == []
    # the role first, its holder after "is"
    told = {(t.target.text, t.role) for t in extract_mentions(Document(
        "The lifeboat operations manager is Ivo Pent. The problem is Ada Moss.", "s.txt")).titles}
    assert told == {("Ivo Pent", "lifeboat operations manager")}


def test_a_sum_of_the_only_value_of_its_kind_the_sources_give_is_advice():
    """ "revenue rose to £1.26 billion" where the sources' only revenue is "Group revenue of
    £1.24bn": likely the same fact worded otherwise; information, with no fix."""
    source = ("Tarrow Stores plc today announces its results. Group revenue of £1.24bn, up from £1.16bn a year "
              "earlier. Operating profit of £96.4m.")
    (finding,) = [f for f in check("Revenue for the 13 weeks to 27 November rose to £1.26 billion.", {"s.txt": source})
                  if f.rule == "number-mismatch"]
    assert finding.severity == "information" and not finding.fixes and "£1.24bn" in finding.message
    assert [f for f in check("Revenue for the 13 weeks rose to £1.24 billion.", {"s.txt": source})
            if f.rule == "number-mismatch"] == []


def test_times_of_a_days_two_ends_are_two_facts():
    """ "The first train leaves at 10.15am" is not "the last train leaves at 16:40" (the source's
    "10:15", either half of the day, is no time it can read); a line giving both times is each
    time's; a list of 24-hour times after the first is read whole."""
    source = ("The first train of the day leaves Gulvane Pier at 10:15. Trains then run every 45 minutes. "
              "The last train of the day leaves Pendrossick at 16:40.\n\nDepartures from Gulvane: 08:45, 13:45, 19:30\n")
    assert claims("The first train leaves Gulvane Pier at 10.15am.", {"s.txt": source}) == []
    assert claims("First train from Gulvane Pier 10.15am, last train from Pendrossick 4.40pm.", {"s.txt": source}) == []
    assert claims("The last train leaves Pendrossick at 4.50pm.", {"s.txt": source}) == [("number-mismatch", "4.50pm")]
    times = [n.value for n in extract_mentions(Document(source, "s.txt")).numbers if n.unit == "time of day"]
    assert {845, 1345, 1930} <= set(times)


def test_a_lines_label_says_what_its_figure_is():
    """A fare list's "Adult return: £14.50" counts an adult return, as "an adult return costs" does."""
    source = "FARES\nAdult return: £14.50\nChild return: £7\n"
    (fare,) = [n for n in extract_mentions(Document(source, "s.txt")).numbers if n.value == 14.5]
    assert {"return"} <= {w.lstrip("^") for w in fare.anchor} and "adult" in {w.lstrip("^") for w in fare.anchor}
    assert claims("An adult return costs £14.50.", {"s.txt": source}) == []


def test_pointing_out_and_apologising_report_words():
    """ "Ada Moss pointed out that '...'", "Ivo Pent had apologised: '...'": their speakers, checked
    as any speaker is; and a pronoun going on about a wrongly named speaker in the same sentence is
    that name's error, not its own."""
    source = ('"We have broken our transfer record and still have money in the bank," said Lena Vale, the chair. '
              'Ivo Pent, the manager, said the squad was ready. He added: "Losing Dario hurts, I won\'t pretend it '
              'doesn\'t. We have money in the bank to do more in January." Ada Moss, the director, spoke to her '
              'staff.')
    assert claims('Ivo Pent pointed out that "we have broken our transfer record".', {"s.txt": source}) == [
        ("attribution-speaker", "Ivo Pent")]
    assert claims('"Losing Dario hurts, I won\'t pretend it doesn\'t," Ada Moss said, but she pointed to money '
                  'left "in the bank to do more in January".', {"s.txt": source}) == [("attribution-speaker", "Ada Moss")]


def test_putting_it_is_saying_it_and_a_verbs_second_post_is_held_too():
    """ "Ivo Pent put it just as well: '...'" gives the quote to Pent (not "put it to her that",
    a question put to another); "who remains the label's founder and managing director" holds both."""
    source = ('Ada Moss said: "This station has never had a busier year." Ivo Pent, the skipper, thanked the crew. '
              "Tarrow Records was founded by Lena Vale, who remains the label's founder and managing director.")
    assert claims('Ivo Pent put it just as well: "This station has never had a busier year."', {"s.txt": source}) == [
        ("attribution-speaker", "Ivo Pent")]
    assert claims('Ivo Pent put it to her that "this station has never had a busier year".', {"s.txt": source}) == []
    assert claims("Lena Vale, the label's managing director, signed him.", {"s.txt": source}) == []
    assert claims("Lena Vale, the label's chief executive, signed him.", {"s.txt": source}) == [
        ("title-mismatch", "chief executive")]


def test_the_other_end_of_an_age_range_is_an_age():
    """ "Children aged 5 to 15 continue to pay £1": the 15 is an age, not a count of "continue"
    that "Children under five continue to travel free" contradicts."""
    source = "Child (5-15) single: £1.00 (unchanged). Children under five continue to travel free."
    ages = [(n.value, n.unit) for n in extract_mentions(Document("Children aged 5 to 15 continue to pay £1.00.", "d.txt")).numbers]
    assert (5.0, "age") in ages and (15.0, "age") in ages
    assert claims("Children aged 5 to 15 continue to pay £1.00 for a single.", {"s.txt": source}) == []


def test_a_graded_participle_tells_no_tense():
    """ "will begin to resurface the most heavily patched roads on Monday 16 June": a future day,
    which "the council released figures on Tuesday" (the release's own day) is no slip of."""
    source = ("For immediate release: Tuesday 10 June 2031\n\nTarrowby Borough Council will begin a programme to "
              "resurface 14 of the borough's most heavily patched roads on Monday 16 June 2031.")
    (date,) = [d for d in extract_mentions(Document(source, "s.txt")).dates if d.weekday == 0]
    assert date.tense == "future"
    assert claims("Tarrowby Borough Council released the figures on Tuesday.", {"s.txt": source}) == []
    assert claims("Resurfacing of the roads begins on Tuesday 16 June.", {"s.txt": source}) == [
        ("date-mismatch", "Tuesday")]


def test_a_figure_on_its_own_line_is_what_the_line_under_it_says():
    """A "week in numbers" item: "321,480" over "The number of items lent by the libraries ..."
    counts items lent, and is checked as "the libraries lent 321,480 items" is."""
    source = "Tarrowby's six libraries lent 312,480 items in 2030-31, up 9 per cent on the year before."
    draft = "THE WEEK IN NUMBERS\n\n321,480\nThe number of items lent by Tarrowby's six libraries in 2030-31.\n"
    (figure,) = [n for n in extract_mentions(Document(draft, "d.txt")).numbers if n.value == 321480]
    assert figure.unit == "item" and {"lent", "library"} <= {w.lstrip(">") for w in figure.anchor}
    assert claims(draft, {"s.txt": source}) == [("number-mismatch", "321,480")]
    assert claims(draft.replace("321,480", "312,480"), {"s.txt": source}) == []


def test_a_name_the_source_leaves_to_its_heading_still_aligns_a_figure():
    """ "The new charge for four hours at Orrendby General Hospital is £3.20" beside a statement
    about that hospital whose own sentence says only "The standard charge for stays of up to four
    hours will rise from £2.40 to £3.10": the same charge; not where the source never names it."""
    source = ("STATEMENT: CAR PARKING AT ORRENDBY GENERAL HOSPITAL\n\nThe trust has confirmed changes to parking "
              "charges at Orrendby General Hospital.\n\nThe standard charge for stays of up to four hours will rise "
              "from £2.40 to £3.10, an increase of 70p.\n")
    draft = "The new charge for parking for up to four hours at Orrendby General Hospital is £3.20, up from £2.40."
    assert claims(draft, {"s.txt": source}) == [("number-mismatch", "3.20")]
    elsewhere = source.replace("ORRENDBY GENERAL HOSPITAL", "THE HOSPITAL").replace(
        "at Orrendby General Hospital.", "at the hospital.") + "\n\nOrrendby General Hospital has its own car park.\n"
    assert claims(draft, {"s.txt": elsewhere}) == []


def test_a_rate_per_its_base_is_one_figure():
    """ "a rate of 38.7 per 100,000 people": a rate in its base (the 100,000 no count of people),
    checked against the sources' rate, not against their population."""
    source = ("There were 110 confirmed cases of whooping cough in Tarrowby in 2032, a rate of 38.7 per 100,000 "
              "people, up from 9.2 per 100,000 in 2031.")
    numbers = [(n.value, n.unit) for n in extract_mentions(Document(source, "s.txt")).numbers]
    assert (38.7, "per 100000") in numbers and (9.2, "per 100000") in numbers and 100000 not in dict(numbers)
    draft = "Tarrowby had 110 confirmed cases of whooping cough in 2032, a rate of {} per 100,000 people."
    assert claims(draft.format("31.7"), {"s.txt": source}) == [("number-mismatch", "31.7")]
    assert claims(draft.format("38.7"), {"s.txt": source}) == []


def test_the_two_of_a_sentence_the_sources_call_both():
    """ "56 per cent achieved grade 5 or above in the two subjects" where the source sentence that
    writes the draft sentence's other figures says "in both English and maths": the two is its
    "both", not the "eleven subjects" of a pupil another sentence gives."""
    source = ("- 78 per cent of pupils achieved grade 4 or above in both English and maths, up from 72 per cent.\n\n"
              "Leading the way was Ivo Pent, 16, who achieved eleven grade 9s in eleven subjects.\n")
    draft = ("Seventy-eight per cent achieved grade 4 or above in English and maths, up from 72 per cent, "
             "and most achieved grade 5 or above in the {} subjects.")
    assert claims(draft.format("two"), {"s.txt": source}, "number-mismatch") == []
    without_both = source.replace("in both English and maths", "in English and maths")
    assert claims(draft.format("two"), {"s.txt": without_both}, "number-mismatch") == [("number-mismatch", "two")]


def test_a_table_rows_cells_are_its_names_figures():
    """A plain-text table's row "Orrendby  £198,640  -1.4%  (-0.6% m/m)" states the paragraph's
    "Orrendby ... falling 1.4% to £198,640. Prices there also slipped 0.6% on the month", which no
    other clause's "prices rose 0.3% on the month" contradicts; a figure the row does not write is
    still checked."""
    source = ("The average price rose by 0.5% in March. In February prices rose 0.3% on the month. Of the regions, "
              "only Orrendby saw prices fall.\n\n"
              "Region          Avg price   Annual change  (Monthly)\n"
              "Tarrowby        £241,380    +3.1%          (+0.4% m/m)\n"
              "Orrendby        £198,640    -1.4%          (-0.6% m/m)\n")
    draft = ("Orrendby was the only region where prices fell, down 1.4% over the year to an average of £198,640. "
             "Prices there also slipped {}% on the month.")
    assert claims(draft.format("0.6"), {"s.txt": source}, "number-mismatch") == []
    assert claims(draft.format("0.6").replace("£198,640", "£198,460").replace("1.4%", "1.2%"),
                  {"s.txt": source}, "number-mismatch") != []
    # a bullet's prose is no row: "he turns 20 on November 9" is no age of "a 6-foot-9, 20-year-old"
    bullets = ("Ivo Pent, 19, is a 6-foot-9 forward who averaged 21.4 points.\n\n"
               "- Ivo Pent is the youngest No. 1 pick in league history; he turns 20 on November 9.\n")
    assert claims("Ivo Pent, a 6-foot-9, 20-year-old forward, averaged 21.4 points.", {"s.txt": bullets},
                  "number-mismatch") == [("number-mismatch", "20")]


def test_a_weekday_of_a_kind_of_day_is_no_date():
    """ "with Sunday trading and a late night on Thursdays": Sundays' dealings, no day that a
    source's "first late opening on Thursday 22 April" contradicts; "every Tuesday evening" is still
    a weekday the sources may give otherwise."""
    weekdays = [d.text for d in extract_mentions(Document(
        "The hall opens six days a week, with Sunday trading, a Saturday bus and a late night on Thursday.",
        "d.txt")).dates]
    assert weekdays == ["Thursday"]
    source = ("The hall reopens in April. There will be a late opening until 8pm on Thursdays, with the first "
              "late opening on Thursday 22 April. She taught lace-making every Wednesday evening.")
    assert claims("The hall reopens in April, with Sunday trading and a late night on Thursdays.",
                  {"s.txt": source}, "date-mismatch") == []
    assert claims("She taught lace-making every Tuesday evening.", {"s.txt": source}, "date-mismatch") == [
        ("date-mismatch", "Tuesday")]


def test_a_days_year_is_the_one_its_weekday_fits():
    """A release dated Tuesday 14 November 2034 that says "the season ends on Saturday 21 July"
    means July 2035, when the 21st is a Saturday (in July 2034 it was a Friday): a draft's "Saturday
    21 July" is right; and a draft date whose weekday and day a source writes together is that
    source's date, whatever other date its words align with."""
    release = ("TARROWBY VALE RLFC - CLUB NEWS\nTuesday 14 November 2034\n\nThe regular season ends on Saturday "
               "21 July, when Vale host Orrendby Raiders. The return derby at Orrendby is on Friday 15 June (7.45pm).")
    fixtures = "Round 12: Friday 4 May 2035, Pennick Wolves v Tarrowby Vale, 7.45pm"
    (day,) = [d for d in extract_mentions(Document(release, "s.txt")).dates if d.day == 21]
    assert day.date == dt.date(2035, 7, 21)
    sources = {"club.txt": release, "league.txt": fixtures}
    assert claims("The season ends on Saturday 21 July.", sources, "date-mismatch") == []
    assert claims("Vale return the visit on Friday 4 May, again at 7.45pm.", sources, "date-mismatch") == []


def test_a_rare_word_opening_two_sentences_is_a_name():
    """ "Brackwith was the strongest region. ... Brackwith is racing ahead": a word no English text
    uses often, capitalized at the start of two sentences or lines, is a name the sources know, so
    "Prices in Brackwit rose" misspells it; a common word so placed ("Prices") is not."""
    source = ("Brackwith was the strongest-performing region, with prices up 4.6%. Prices rose everywhere. "
              "Brackwith is racing ahead of the rest. Prices in the north were flat.")
    assert claims("Prices in Brackwit rose 4.6% on the year.", {"s.txt": source}, "name-spelling") == [
        ("name-spelling", "Brackwit")]
    assert claims("Prices in Brackwit rose 4.6% on the year.", {"s.txt": source.replace(
        " Brackwith is racing ahead of the rest.", "")}, "name-spelling") == []


def test_a_transcript_labels_postnominal_and_its_second_person():
    """ "MS ADA MOSS KC:" labels Ada Moss KC's turns (her letters end the label, not her name), and
    "You described it as '...'", counsel to a witness, gives the quote to the one addressed, whom
    "he said" may be."""
    transcript = ("THE TARROWBY INQUIRY\n\nMS ADA MOSS KC: The doors were wedged open because it was quicker, and "
                  "everyone in the company knew it.\n\nMR IVO PENT: Everyone on the ships knew it.\n\n"
                  "MS ADA MOSS KC: Your memo is at tab 14. You described the wedging of fire doors as \"routine on "
                  "every crossing\".\n\nMR IVO PENT: I did.\n\nMS ADA MOSS KC: Thank you.\n\nMR IVO PENT: Thank you.\n")
    summary = "Counsel to the inquiry, Ada Moss KC, questioned Ivo Pent, the former safety manager, for two hours."
    sources = {"t.txt": transcript, "s.txt": summary}
    assert claims('Ms Moss put it to him that "everyone in the company knew it".', sources) == []
    assert claims('"Everyone in the company knew it," Mr Pent said.', sources) == [("attribution-speaker", "Pent")]
    assert claims('In a memo he described the wedging as "routine on every crossing", he said.', sources) == []


def test_a_publications_day_is_its_sources_own_date():
    """ "according to a cabinet report published on Monday 6 June" where the report is dated "Date
    of publication: Monday 6 June 2033" and a release says it "will go to the council's cabinet on
    Tuesday 14 June": the report's own day, not the cabinet's."""
    release = ("Monday 6 June 2033\n\nThe new Orrendby Bridge is now expected to open in spring 2034, the county "
               "council has confirmed, in a report that will go to the council's cabinet on Tuesday 14 June.\n")
    report = "CABINET REPORT\nDate of publication: Monday 6 June 2033\n\nThe budget is now forecast at £52.1m.\n"
    draft = ("The new crossing over the River Pennick was originally due to open in March 2033 and had been expected "
             "to open in September 2033 after an earlier delay. Its budget of £38m was revised to £46.5m last year "
             "and is now forecast at £52.1m, according to a cabinet report published on Monday 6 June.")
    assert claims(draft, {"n.txt": release, "r.txt": report}, "date-mismatch") == []


def test_a_change_to_a_record_counts_what_its_start_counts():
    """ "annual visits to the museum rose from 742,000 in 2030 to a record 1,184,300 in 2035": both
    count visits (the plural's own place after it, a year and "a record" between the two), so the
    draft's "1,148,300" is checked against them."""
    source = "Annual visits to the museum rose from 742,000 in 2030 to a record 1,184,300 in 2035."
    numbers = [(n.value, n.unit) for n in extract_mentions(Document(source, "s.txt")).numbers]
    assert (742000, "visit") in numbers and (1184300, "visit") in numbers
    draft = "Annual visits rose from 742,000 in 2030 to a record {} in 2035."
    assert claims(draft.format("1,148,300"), {"s.txt": source}) == [("number-mismatch", "1,148,300")]
    assert claims(draft.format("1,184,300"), {"s.txt": source}) == []


def test_digits_swapped_from_a_figure_its_paragraph_writes_are_no_slip():
    """ "a year-end figure of £105m to £110m" where the source's paragraph writes "between £105m
    and £110m at the year end" and "a £150m revolving credit facility": the £105m is its own."""
    source = ("Net debt, excluding lease liabilities, was £118.4m at 4 January 2031, compared with £96.7m a year "
              "earlier. The Group expects net debt of between £105m and £110m at the year end. The Group has a £150m "
              "revolving credit facility which runs to 2033.")
    assert claims("Net debt climbed to £118.4m at 4 January from £96.7m a year before. The company forecast a "
                  "year-end figure of £105m to £110m and pointed to a £150m revolving credit facility that runs "
                  "until 2033.", {"s.txt": source}, "number-mismatch") == []
    assert claims("The company has a £510m revolving credit facility.", {"s.txt": source}, "number-mismatch") != []


def test_a_year_before_1800_after_a_preposition_of_time_is_a_year():
    """ "The tenor was cast in 1642" where the newsletter says "cast in 1624": a year (of a bell, a
    church, a charter), compared as years are; "1500 homes" is still a count."""
    source = "The tenor bell was cast in 1624 and weighs 741kg. The third and fourth were cast in 1711."
    years = [d.year for d in extract_mentions(Document(source, "s.txt")).dates if d.kind == "year"]
    assert years == [1624, 1711]
    assert claims("The tenor bell, which weighs 741kg, was cast in 1642.", {"s.txt": source}) == [
        ("date-mismatch", "1642")]
    assert [n.value for n in extract_mentions(Document("They built 1500 homes.", "d.txt")).numbers] == [1500]


def test_a_report_is_dated_by_its_publication_not_its_incidents_date():
    """ "Incident date: Thursday, October 13, 2033" over "Published: Monday, October 17, 2033": the
    report is of the 17th, and the 13th is an event it tells, which a draft's date is checked against."""
    report = ("POST-INCIDENT REPORT\n\nIncident date: Thursday, October 13, 2033\nPublished: Monday, October 17, 2033\n\n"
              "The outage began at 09:14 and lasted 3 hours and 42 minutes.\n")
    assert Document(report, "r.txt").dateline.date == dt.date(2033, 10, 17)
    assert claims("A report published on Monday, Oct. 17, said the outage began on Thursday, Oct. 13.",
                  {"r.txt": report}, "date-mismatch") == []
    kb = factbase_from_texts({"r.txt": report})
    assert {(f.month, f.day) for f in kb.dates if f.role != "issue"} >= {(10, 13)}  # the incident's, a fact


def test_times_in_two_time_zones_are_not_compared_by_the_clock():
    """ "an automated deployment at 12:02 p.m. ET" where the report writes "At 09:02 PT": one moment,
    three hours apart on the clock; in the same zone a wrong time is still wrong."""
    report = "At 09:02 PT, an automated deployment pushed a configuration change to the network control plane."
    assert claims("An automated deployment pushed a configuration change at 12:02 p.m. ET.", {"r.txt": report},
                  "number-mismatch") == []
    assert claims("An automated deployment pushed a configuration change at 10:02 a.m. PT.", {"r.txt": report},
                  "number-mismatch") == [("number-mismatch", "10:02 a.m.")]


def test_days_listed_before_their_month_are_its_days():
    """ "Hearing held on: 6, 7, 8 and 9 September 2033": four days of September, so a draft's "from 6
    to 9 September" is the hearing's first and last day, not the 8th's slip."""
    source = "APPEAL DECISION\n\nHearing held on: 6, 7, 8 and 9 September 2033 (four days)\n"
    days = [(d.month, d.day) for d in extract_mentions(Document(source, "s.txt")).dates]
    assert days == [(9, 6), (9, 7), (9, 8), (9, 9)]
    assert claims("The appeal hearing sat for four days, from 6 to 9 September.", {"s.txt": source},
                  "date-mismatch") == []


def test_a_post_the_sources_say_was_left_is_not_held_now():
    """ "Ivo Pent, the chair of the trust" where the sources make him its former chair and Ada Moss
    its chair: a title moved from the holder to the one who left. The fix puts "former" first; a
    draft that says the post changed hands, or his own former title, is silent."""
    source = ("TARROWBY, 3 March 2033 - The Tarrowby Harbour Trust has approved a new pontoon.\n"
              "Ada Moss, the chair of the Tarrowby Harbour Trust, said the vote was unanimous.\n"
              "Ivo Pent, the former chair of the trust, welcomed the decision. \"It is overdue,\" he said.\n")
    sources = {"a.txt": source}
    assert claims("Ivo Pent, the chair of the trust, welcomed the decision.", sources) == [
        ("title-mismatch", "chair of the trust")]
    [finding] = [f for f in check("Ivo Pent, the trust's chair, welcomed it.", sources) if f.rule == "title-mismatch"]
    assert [x.replacement for x in finding.fixes] == ["former chair"]
    for fine in ("Ivo Pent, the former chair of the trust, welcomed the decision.",
                 "Ivo Pent, the trust's new chair, welcomed it.",
                 "Former trust chair Ivo Pent welcomed it.",
                 "Ada Moss, chair of the Tarrowby Harbour Trust, said the vote was unanimous."):
        assert claims(fine, sources, "title-mismatch") == [], fine


def test_former_before_a_bodys_word_makes_the_title_former():
    """ "former chamber president Beatrix Lowndes": the body's word between "former" and the post
    leaves the post held before, as "former president of the chamber" is."""
    [title] = extract_mentions(Document("The judges included former chamber president Ada Moss.", "d.txt")).titles
    assert (title.role, title.former, title.text) == ("chamber president", True, "former chamber president")


def test_a_second_verb_of_the_sentence_has_its_subject_as_speaker():
    """ "He represented himself and told the bench: '...'": the subject of both verbs speaks, not
    the words before "told" ("He represented himself and")."""
    notes = ("PELLOW, 47, Knapwell Avenue - 52mph in a 30 zone. Ivo Pellow represented himself. "
             "He represented himself and told the bench: \"I was running late for a job interview.\"")
    [quote] = [q for q in extract_mentions(Document(notes, "n.txt")).quotes]
    assert (quote.speaker.kind, quote.speaker.text) == ("pronoun", "He")
    # a clause between: the verb after "and" is the clause's subject's ("Ivo Pent had ... and had
    # described"), not the sentence's; and a dateline's place opening the sentence speaks for no one
    for other in ("She told the jury that Ivo Pent had presented three quotes for the work and had described "
                  "Tarrow Facilities as \"the cheapest by a distance\".",
                  "TARROW - Velmar's trade minister will bring 38 firms to Tarrow next month and has told them "
                  "to come home with contracts, \"not only with photographs\"."):
        [quote] = extract_mentions(Document(other, "n.txt")).quotes
        assert quote.speaker is None or quote.speaker.text not in ("She", "TARROW"), other


def test_a_bodys_officer_who_spoke_is_not_the_body_misnamed():
    """ "said Tarrow Borough Council's principal flood engineer" of the engineer's quote: the
    council's officer speaks, and the sources make her that officer; its leader did not say it."""
    release = ("Tarrow Borough Council has finished its flood wall.\n\n"
               "Ada Moss, the council's principal flood engineer, has overseen the scheme since 2016. "
               "She added: \"No defence is flood-proof.\"\n")
    sources = {"r.txt": release}
    assert claims("\"No defence is flood-proof,\" said Tarrow Borough Council's principal flood engineer.",
                  sources) == []
    assert claims("\"No defence is flood-proof,\" said Tarrow Borough Council's leader.", sources) == [
        ("attribution-speaker", "Tarrow Borough Council's leader")]


def test_a_year_inside_the_span_the_sources_give_is_not_its_ends():
    """ "8.4 weeks in 2032" where the release says the wait "rose from 6.8 weeks in 2031 to 19.6 weeks
    in 2035": a year between the two the event is given is neither one's slip."""
    release = "The average wait rose from 6.8 weeks in 2031 to 19.6 weeks in 2035, the minister confirmed."
    draft = "The average wait rose from 6.8 weeks in 2031 to 8.4 weeks in 2032 and 19.6 weeks in 2035."
    assert claims(draft, {"r.txt": release}, "date-mismatch") == []
    assert claims("The average wait rose from 6.8 weeks in 2030 to 19.6 weeks in 2035.", {"r.txt": release},
                  "date-mismatch") == [("date-mismatch", "2030")]


def test_a_day_a_source_writes_with_the_drafts_year_outweighs_a_day_read_in_a_dateline():
    """ "lost for good after Friday 5 April 2033" where the guidance writes "by Tuesday 5 April 2033",
    and a quote in it of January 2033 speaks of "the 5 April cut-off" (read in 2032, its dateline's
    year, and sharing the draft's "lost ... for good"): the weekday is wrong, not the year."""
    guidance = ("RETIREMENT SAVINGS AUTHORITY\nPublished: Wednesday 12 January 2033\n\nAny unused allowance from "
                "2029-30 that has not been used by Tuesday 5 April 2033 is lost permanently.\n\nIvo Pent, a spokesman "
                "for the authority, said the notice was issued early in the year.\n\n\"Every spring we hear from "
                "savers who missed the 5 April cut-off by a day or two and lost a year's unused allowance for good,\" "
                "he said.\n")
    draft = "Anything left over from 2029-30 is lost for good after Friday 5 April 2033."
    assert claims(draft, {"g.txt": guidance}, "date-mismatch") == [("date-mismatch", "Friday")]


def test_a_word_the_sources_write_only_in_capitals_tells_no_case():
    """ "caused her to capsize" where the report's heading reads "CAPSIZE AND FOUNDERING OF THE
    FISHING VESSEL": capitals that say nothing of a name."""
    report = ("MARINE ACCIDENT BRANCH (MAB)\nINTERIM REPORT - CAPSIZE AND FOUNDERING OF THE FISHING VESSEL TARROW STAR\n"
              "Published: Wednesday 22 February 2034\n\nAt 0412 UTC on Thursday 17 November 2033 the trawler Tarrow "
              "Star capsized while hauling her nets on Velmar Bank, 31 nautical miles north-east of Orrendby.\n")
    assert claims("Water on her deck caused the boat to capsize.", {"r.txt": report}, "name-spelling") == []


def test_a_board_seats_standing_before_it_is_part_of_a_title_before_a_name():
    """ "senior independent director Ada Moss" is the board's senior independent director (the seat
    another holds), not a "director" the sources also make her."""
    [title] = extract_mentions(Document("Senior independent director Ada Moss was backed by 99.05%.", "d.txt")).titles
    assert (title.role, title.text) == ("senior director", "Senior independent director")
    release = ("Directors re-elected: Lena Vale, Chair; Ivo Pent, Senior Independent Director; Ada Moss, "
               "Independent Non-Executive Director.")
    assert claims("Senior independent director Ada Moss was backed by 99.05%.", {"r.txt": release}, "title-mismatch") == [
        ("title-mismatch", "Senior independent director")]
    assert claims("Senior independent director Ivo Pent was backed by 91.47%.", {"r.txt": release}, "title-mismatch") == []


def test_a_death_toll_is_stated_by_a_count_of_the_dead():
    """ "death toll rises to 17" where the next day's briefing says "Seventeen people have now been
    confirmed dead" and an earlier wire's toll "rises to 14": the later count, not a slip."""
    sources = {"w.txt": "VELMAR, Tuesday, October 14, 2031 - Landslide toll rises to 14 as rescuers pull three "
                        "people alive from mud.\n",
               "b.txt": "TARROW, Wednesday, October 15, 2031 - Seventeen people have now been confirmed dead in "
                        "the landslide. Nineteen people are still missing.\n"}
    draft = "Velmar landslide death toll rises to {} as search for 19 missing continues."
    assert claims(draft.format(17), sources, "number-mismatch") == []
    assert claims(draft.format(16), sources, "number-mismatch") == [("number-mismatch", "16")]


def test_a_wire_dateline_may_give_its_weekday():
    """ "SOLBREKKE, Norway, Tuesday, October 14, 2031, 09:20 local time": the wire's own day."""
    text = "VELMAR NEWS AGENCY - URGENT\n\nTARROW, Velmar, Tuesday, October 14, 2031, 09:20 local time\n\nA landslide hit."
    assert Document(text, "w.txt").dateline.date == dt.date(2031, 10, 14)


def test_a_statements_day_that_a_source_is_dated_is_not_the_events():
    """ "the governor said on Thursday, October 15" where her briefing is dated Wednesday, October
    15 and the landslide struck "before dawn on Tuesday": the weekday is wrong, not the day."""
    sources = {"w.txt": "TARROW, Velmar, Tuesday, October 14, 2031, 09:20 local time\n\nAt least nine people were "
                        "killed after a landslide tore through the village of Orrendby before dawn on Tuesday, "
                        "police said.\n",
               "b.txt": "TRANSCRIPT: Press briefing\nTarrow Town Hall, Wednesday, October 15, 2031, 10:00 local time\n\n"
                        "GOVERNOR ADA MOSS: Seventeen people have now been confirmed dead in the landslide.\n"}
    draft = ("The number of people killed by a landslide that tore through the village of Orrendby has risen to 17, "
             "the governor said on Thursday, October 15.")
    assert claims(draft, sources, "date-mismatch") == [("date-mismatch", "Thursday")]


def test_a_place_in_the_table_at_another_time_is_stated():
    """ "Four months ago Tarrow were eighth in the league" where the club's statement says defeats
    "left the team eighth in the table" and the season ended "in fifth place": both are places the
    sources give, at two times; a place a source gives another side ("fourth place, which went to
    Velmar Lynx") is not this side's."""
    statement = ("Tarrow Larks have completed the Orrendby National League season in fifth place of the ten clubs. "
                 "Five consecutive defeats had left the team eighth in the table in January. The squad spent the "
                 "last fortnight chasing fourth place, which went to Velmar Lynx.")
    draft = "Four months ago Tarrow Larks were {} in the Orrendby National League. They ended the season fifth."
    assert claims(draft.format("eighth"), {"s.txt": statement}, "number-mismatch") == []
    assert claims(draft.format("fourth"), {"s.txt": statement}, "number-mismatch") == [("number-mismatch", "fourth")]


def test_a_pronoun_may_be_the_kin_named_before_it():
    """ "According to her husband, she still reads every manual. 'She says ...,' he said": he is
    the husband, whom no name gives."""
    source = "Ada Moss was technical director until she retired in 2004. She lives in Tarrow."
    draft = ("Ada Moss was technical director until she retired in 2004. According to her husband, she still reads "
             "every product manual. \"She says the balances are still too heavy,\" he said.")
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == []
    # kin named as what someone did, not as who speaks, is no one the pronoun can be
    draft = ("Ada Moss said she would finish the work her husband began. \"The scheme will be finished within two "
             "years,\" he said.")
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == [("attribution-pronoun", "he")]


def test_a_transcript_speakers_he_is_someone_else():
    """ "OLSTADVIK: Hollis was my deputy ... Pasdawa read the ice. He has only one name": the label
    speaks as "I", and a guide known by one name opening the sentence before may be "he"; the
    leader the release calls "she" stays a woman."""
    transcript = ("TRANSCRIPT - INTERVIEW WITH ADA MOSS, LEADER OF THE TARROW TRAVERSE\n\n"
                  "Q: Who made the difference?\n\n"
                  "MOSS: Pasdawa read the ice better than any map we carried. He has only one name and he says one "
                  "is enough. He set the pace from the front.\n\n"
                  "Q: And after?\n\n"
                  "MOSS: Ivo Pent was my deputy, and on the days I was slow he simply took over.\n")
    release = "The Tarrow Traverse team was led by Ada Moss. \"We went as five and came back as five,\" she said."
    kb = factbase_from_texts({"t.txt": transcript, "r.txt": release})
    [moss] = [e for e in kb.entities if e.name == "Ada Moss"]
    assert moss.gender == "female"


def test_initials_with_kin_are_a_person():
    """ "AB's father, CD": a claimant anonymised by initials is someone, not an acronym's body, so
    "She added" after her quote is hers."""
    summary = ("The claimant, who is the daughter of the deceased, is referred to as AB. The home was negligent in "
               "the care of AB's father, CD, at Tarrow House.")
    statement = ("AB said in a statement issued through the firm: \"Dad was a proud, funny man. I am grateful to the "
                 "two judges who listened.\"")
    kb = factbase_from_texts({"s.txt": summary, "f.txt": statement})
    assert [e.kind for e in kb.entities if e.name == "AB"] == ["person"]
    draft = ("AB, in a statement, described her father as \"a proud, funny man\". She added: \"I am grateful to the "
             "two judges who listened.\"")
    assert claims(draft, {"s.txt": summary, "f.txt": statement}, "attribution-pronoun") == []


def test_words_a_person_reports_a_body_said_are_not_the_bodys_alone():
    """ "Mr Pent said the firm noted that the reasoning was 'clear and, we believe, unanswerable'":
    whose words the quote is, his or the firm's, is not told, so "He described it as '...'" is no
    body's quote given to a man; the office a source does quote is still no "she"."""
    source = ("Ivo Pent, a partner at Tarrow Vale LLP, said the case was never about money. Mr Pent said the firm "
              "noted that the reasoning of the majority was \"clear and, we believe, unanswerable\".")
    draft = ("Ivo Pent, a partner at Tarrow Vale LLP, said the case was never about money. He described the majority's "
             "reasoning as \"clear and, we believe, unanswerable\".")
    [quote] = [q for q in extract_mentions(Document(source, "s.txt")).quotes]
    assert quote.speaker is None
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == []


def test_a_day_the_drafts_paragraph_gives_another_event_is_not_slipped():
    """ "gave a sample on Thursday, June 12, 2031 ... was told of the result on July 16" where the
    federation's sentence aligns the result with the sample's 12 June and the tribunal writes
    "notified ... on Wednesday 16 July 2031": the notice's day, not the sample's slipped."""
    sources = {"t.txt": "On Thursday 12 June 2031 an officer collected a sample from Ivo Pent at his base in Tarrow. "
                        "Mr Pent was notified of the adverse analytical finding on Wednesday 16 July 2031.",
               "f.txt": "The federation notes the ban after his sample, collected out of competition on 12 June 2031, "
                        "tested positive for drostanolone."}
    draft = ("Ivo Pent gave an out-of-competition sample at his base in Tarrow on Thursday, June 12, 2031. The "
             "sample tested positive for drostanolone, and he was told of the result on July {}.")
    assert claims(draft.format(16), sources, "date-mismatch") == []


def test_a_table_cell_has_its_row_for_companions():
    """ "Bed occupancy rose from 94.1 per cent in July to 96.3 per cent in August, against a target of
    92 per cent" where the board paper's table row reads "General and acute bed occupancy  92%  94.1%
    96.3%": the row states the target, though its cell is a sentence of its own; another target
    ("78%" of the emergency department) is no contradiction of it."""
    report = ("Measure                                   Target    July 2033   August 2033\n"
              "Emergency department 4-hour standard       78%       71.4%       73.9%\n"
              "General and acute bed occupancy            92%       94.1%       96.3%\n")
    statement = ("The report showed that 73.9% of patients in the emergency department were seen within four hours in "
                 "August, against a target of 78%, and that bed occupancy reached 96.3%.")
    sources = {"r.txt": report, "s.txt": statement}
    draft = "General and acute bed occupancy rose from 94.1 per cent in July to 96.3 per cent in August, against a target of {} per cent."
    assert claims(draft.format(92), sources, "number-mismatch") == []


def test_a_sum_written_as_a_compound_adjective_is_a_sum():
    """ "The 385-thousand-pound scheme", as a radio script writes "£385,000": one figure, a sum; "a
    300-pound lineman" stays a weight."""
    values = [(n.value, n.unit) for n in extract_mentions(Document(
        "The 385-thousand-pound scheme starts. A three-million-dollar deal. A 300-pound lineman.", "d.txt")).numbers]
    assert values == [(385000.0, "gbp"), (3000000.0, "usd"), (300.0, "pound")]
    assert claims("The 358-thousand-pound scheme will resurface the road.", {"s.txt": "The £385,000 scheme will "
                  "resurface 1.2 kilometres of the road."}, "number-mismatch") == [("number-mismatch", "358")]


def test_a_countrys_adjective_from_its_names_word_is_no_misspelling():
    """ "the Korean partner" where the sources write "South Korea": the adjective of the country's
    name word (the gazetteer, rightly, names no one country "Korea")."""
    source = "Tarrow Robotics has a partner in South Korea. The plant opens in May."
    assert claims("Tarrow Robotics and its Korean partner will open the plant in May.", {"s.txt": source},
                  "name-spelling") == []


def test_a_family_name_written_first_in_capitals_is_the_surname_alone():
    """ "ODAGIRI Takeru, President and CEO" in a Japanese release and "Odagiri said" in a wire: the
    family name written first, in capitals; "Odagiri" alone is he, no place."""
    release = ("OSAKA, Japan, May 10, 2033 -- Tarrow Robotics Co., Ltd. (President and CEO: ODAGIRI Takeru) opened a "
               "plant.\n\n\"Europe is a home market,\" said ODAGIRI Takeru, President and CEO of Tarrow Robotics.")
    wire = ("Takeru Odagiri, Tarrow's president, opened the plant. \"We did not come here for cheap land,\" Odagiri "
            "said. He added that the plant would grow.")
    draft = "\"We did not come here for cheap land,\" Odagiri said, adding that he expected the plant to grow."
    kb = factbase_from_texts({"r.txt": release, "w.txt": wire})
    assert not [e for e in kb.entities if e.name == "Odagiri"]
    assert claims(draft, {"r.txt": release, "w.txt": wire}) == []


def test_a_count_of_another_bodys_members_is_not_this_bodys():
    """ "Ada Moss, leader of the Civic Green group, led the nine members of her group in voting
    against" is no slip of "the seven members of the Ratepayers' Union group" who walked out."""
    minutes = ("At 7.52pm the seven members of the Ratepayers' Union group left the meeting and did not return. "
               "Against (9): Councillors Aspen, Brindle, Moss, Dewley, Ingle, Lanny, Mosley, Nettle and Orr (Civic "
               "Green group).")
    notes = "Ada Moss, leader of the Civic Green group, said her group would vote against."
    sources = {"m.txt": minutes, "n.txt": notes}
    draft = ("Councillor Ada Moss, leader of the Civic Green group, led the nine members of her group, herself "
             "included, in voting against.")
    assert claims(draft, sources, "number-mismatch") == []
    assert claims("At 7.52pm the five members of the Ratepayers' Union group walked out.", sources,
                  "number-mismatch") == [("number-mismatch", "five")]


def test_a_score_written_beside_its_name_is_stated():
    """ "winning Cinderquay 16-12" where the results list "Map 1, Cinderquay: Tarrow Ascend 16-12
    Velmar Lynx" and the captain "won Harrowglass 16-9": the first map's score, not the third's."""
    sources = {"r.txt": "Map 1, Cinderquay: Tarrow Ascend 16-12 Velmar Lynx\nMap 3, Harrowglass: Tarrow Ascend 16-9 "
                        "Velmar Lynx\n",
               "i.txt": "MOSS: I told the others that one map does not decide a final, and we went out and won "
                        "Harrowglass 16-9."}
    assert claims("The home side started well, winning Cinderquay 16-12.", sources, "number-mismatch") == []


def test_a_table_row_states_a_figure_written_in_words():
    """ "The Arctic Skua, which had nine pairs on the spit in 2030, fell to five pairs from seven" where
    the census table's row reads "Arctic Skua | 9 | 7 | 5" and a release says "Little Terns had their
    best year, with 52 pairs, up from 41 ... Arctic Skuas fell to five pairs from seven": the row's 9,
    written as a word, not the terns' 52."""
    report = ("Species            | 2030 (baseline) | 2034  | 2035  | Change on 2034\n"
              "Little Tern        | 38              | 41    | 52    | +26.8%\n"
              "Arctic Skua        | 9               | 7     | 5     | -28.6%\n")
    release = ("Little Terns had their best year since the census began, with 52 pairs, up from 41 last year, "
               "fledging 61 chicks. Arctic Skuas fell to five pairs from seven.")
    draft = ("The Arctic Skua, which had {} pairs on the spit in 2030, fell to five pairs from seven last year, and "
             "those five pairs fledged just two chicks between them.")
    sources = {"r.txt": report, "p.txt": release}
    assert claims(draft.format("nine"), sources, "number-mismatch") == []


def test_a_figure_rounding_its_support_as_written_is_no_swap():
    """ "fell 41% in its second weekend to £1.20 million on 498 screens" where the chart writes
    £1,204,880: the figure rounded as the draft writes it, not a slip of another film's "£2.1
    million" debut."""
    chart = ("Rank | Title                   | Distributor              | Weekend gross | Change | Screens | Weeks\n"
             "1    | The Quiet Orchard       | Tarrow Pictures          | £2,846,310    | new    | 612     | 1\n"
             "3    | Salt and Thunder        | Velmar Entertainment     | £1,204,880    | -41%   | 498     | 2\n"
             "4    | Harbour of Small Lights | Tarrow Pictures          | £736,940      | -22%   | 356     | 5\n")
    release = ("The opening is the largest in the company's history, beating the £2.1 million debut of Harbour of "
               "Small Lights in March.")
    trade = ("Velmar Entertainment's Salt and Thunder had a steeper drop. The film lost 41% of its opening-weekend "
             "takings in its second weekend and came third with £1,204,880 from 498 screens, for a total of £3,455,610.")
    draft = ("- Number 3: Salt and Thunder (Velmar Entertainment) fell 41% in its second weekend to £1.20 million on "
             "498 screens.")
    assert claims(draft, {"c.txt": chart, "r.txt": release, "t.txt": trade}, "number-mismatch") == []


def test_a_pronoun_may_be_the_client_named_in_the_sentence_before():
    """ "Ada Moss, defending, said her client had no previous convictions. She said he had written a
    letter": he is her client; but "said their coach, Ada Moss. He plans" is her, named."""
    source = "Ivo Pent, 44, admitted the offence. Ada Moss, defending, said her client was remorseful."
    draft = ("Ada Moss, defending, said her client had no previous convictions. She said he had written a letter of "
             "apology.")
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == []


def test_a_quote_without_its_accents_is_the_quote():
    """ "on the Brennvaer-Saltoyra crossing" in a draft that writes no Nordic letters quotes the
    release's "Brennvær–Saltøyra crossing" word for word."""
    release = ("\"Replacing three diesel ferries on the Brennvær–Saltøyra crossing will cut our CO2 emissions by "
               "around 21,000 tonnes a year,\" said Ada Moss, the operator's chief executive.")
    draft = ("\"Replacing three diesel ferries on the Brennvaer-Saltoyra crossing will cut our CO2 emissions by around "
             "21,000 tonnes a year,\" said Ada Moss.")
    assert claims(draft, {"r.txt": release}, "misquote") == []


def test_a_statements_weekday_a_source_is_dated_is_not_the_events():
    """ "The union said on Thursday that 83.2% voted for action" where its release is dated Thursday 9
    March and the ballot "closed on Wednesday": the release's day, not the ballot's slipped."""
    sources = {"u.txt": "For immediate release: Thursday 9 March 2034\n\nThe ballot closed at noon on Wednesday 8 March "
                        "2034. Of those voting, 83.2% backed strike action, the Tarrow Staff Union said.\n",
               "r.txt": "TARROW, Friday 10 March 2034 - Staff in the Tarrow Staff Union voted for industrial action "
                        "in a ballot that closed on Wednesday. 83.2% of those voting backed strikes.\n"}
    draft = "The Tarrow Staff Union said on Thursday that 83.2% of members who voted had backed strike action."
    assert claims(draft, sources, "date-mismatch") == []


def test_a_drafts_own_date_off_the_calendar_is_wrong():
    """ "Sunday 15 July 2034" over the draft: its own date, which no source dates, but 15 July 2034 is
    a Saturday."""
    draft = "Tarrow Moor wildfire: homes evacuated\n\nSunday 15 July 2034\n\nFire crews fought the blaze all day."
    assert claims(draft, {"s.txt": "Fire crews fought a blaze on Tarrow Moor."}, "date-mismatch") == [
        ("date-mismatch", "Sunday")]


def test_a_run_of_three_figures_is_no_score():
    """Form figures "4-11-2" and a formation "4-3-3" are no score: not "4-1" against a source's
    "6-1" odds."""
    text = "Velmar Lass (form 4-11-2) is 6-1, and Tarrow line up 4-3-3. Velmar won 3-1."
    scores = [text[n.start : n.end] for n in extract_mentions(Document(text, "d.txt")).numbers if n.unit == "score"]
    assert scores == ["6-1", "3-1"]
    sources = {"p.txt": "Velmar Lass, whose form reads 4-11-2, is worth a second look at 6-1."}
    assert claims("Velmar Lass (form 4-11-2) is unchanged at 6-1.", sources, "number-mismatch") == []


def test_a_weekday_a_source_sentence_gives_with_the_same_names_is_stated():
    """ "Tarrow's Beacon, who opened as 3/1 favourite on Monday" is stated by "Tarrow's Beacon, who was 3/1
    favourite when the market opened on Monday", though that date's own clause names no horse; not
    by a sentence giving two days ("a service on Saturday ..., ten years since ... on Sunday")."""
    update = ("Issued: Friday, July 18, 2031\n\nGoing the other way is top weight Tarrow's Beacon, who was 3/1 favourite "
              "when the market opened on Monday but has drifted out to 9/2.\n\nLATEST PRICES (Tarrow Bet, 10am Friday)\n"
              "9/2 Tarrow's Beacon (from 3/1)\n6/1 Orrendby Boy\n")
    draft = "The big drifter is top weight Tarrow's Beacon, who opened as 3/1 favourite on Monday but is now out to 9/2."
    assert claims(draft, {"u.txt": update}, "date-mismatch") == []
    release = ("Tarrow will hold a memorial service at St Ivo's Church at 11am on Saturday 19 November 2033, ten years "
               "to the day since the River Velm burst its banks in the early hours of Sunday 19 November 2023.")
    draft = ("TARROW, November 17 - Tarrow will hold a memorial service at St Ivo's Church on Sunday, ten years to the "
             "day since the River Velm burst its banks.")
    assert claims(draft, {"r.txt": release}, "date-mismatch") == [("date-mismatch", "Sunday")]


def test_a_word_of_the_language_before_a_whole_known_name_is_no_first_name():
    """ "Trainer Ada Moss is frank" opening a sentence: "Trainer" describes Ada Moss, whom the
    sources name in full; "Norah Ada Moss" still gets the advice."""
    source = "The six-year-old, trained by Ada Moss, won over course and distance. \"He wants cut,\" Moss said."
    notes = [(f.rule, f.message) for f in check("Trainer Ada Moss is frank about the ground.", {"s.txt": source})
             if f.rule == "name-spelling"]
    assert notes == []
    assert [f.rule for f in check("Norah Ada Moss is frank about the ground.", {"s.txt": source})] == ["name-spelling"]


def test_a_field_in_initials_is_part_of_a_post():
    """ "head of FX strategy at Velmar Capital" is a post; "chief economist" for her is another."""
    source = ("\"The florin is paying for that today,\" said Ada Moss, head of FX strategy at Velmar Capital. She "
              "expects the currency to stay weak.")
    draft = "\"The florin is paying for that today,\" said Ada Moss, chief economist at Velmar Capital."
    assert claims(draft, {"s.txt": source}, "title-mismatch") == [("title-mismatch", "chief economist")]
    assert claims("\"The florin is paying for that today,\" said Ada Moss, head of FX strategy at Velmar Capital.",
                  {"s.txt": source}) == []


def test_people_in_a_state_after_a_figure_are_its_own_noun():
    """ "300 dead and 1,200 injured": the injured are no count of the dead; "lifting 42 wounded" after
    "five sorties" counts no sorties; "and six were taken" still counts the people before."""
    text = ("Crews flew five sorties, lifting 42 wounded to the ship. The quake left 300 dead and 1,200 injured. "
            "Fourteen people were treated, and six were taken to hospital.")
    units = {text[n.start : n.end]: n.unit for n in extract_mentions(Document(text, "d.txt")).numbers}
    assert units["42 wounded"] == "wounded" and units["1,200 injured"] == "injured" and units["six"] == "people"
    sources = {"s.txt": "The quake left 1,200 dead, officials said."}
    assert claims("The quake left 300 dead and 1,200 injured.", sources, "number-mismatch") == [
        ("number-mismatch", "300")]


def test_a_running_score_of_another_goal_is_another_moment():
    """ "Ivo Pent made it 3-2" where the sources' Pent scored "to make it 2-2": the score at another
    goal of the match (the scorer may be the slip), not 2-2 misprinted; "made it 3-1", as many goals
    as 2-2, is that moment's score wrong."""
    source = ("Ivo Pent was the unexpected scorer of Tarrow's equaliser just after half-time to make it 2-2. "
              "Tarrow won 4-2.")
    assert claims("Ivo Pent made it 3-2 for Tarrow with his second goal.", {"s.txt": source}, "number-mismatch") == []
    assert [f.fixes for f in check("Ivo Pent made it 3-2 for Tarrow with his second goal.", {"s.txt": source})
            if f.rule == "number-mismatch"] == [[]]
    assert claims("Ivo Pent made it 3-1 for Tarrow with his second goal.", {"s.txt": source}, "number-mismatch") == [
        ("number-mismatch", "3-1")]


def test_a_word_the_sources_write_is_no_misspelling_of_their_other_name():
    """ "the series "Bracknet"" where a source writes both "Brackonet" (a record's title) and
    "Bracknet" (the series it sends up): the sources' own word, not a slip of the other."""
    source = ('He had hit records of his own, including "St. Ivo and the Brackonet," a 1953 send-up of the series '
              '"Bracknet."')
    assert claims('Ada Moss mocked the series "Bracknet."', {"s.txt": source}, "name-spelling") == []
    assert claims('Ada Moss mocked the series "Brackonett."', {"s.txt": source}, "name-spelling") == [
        ("name-spelling", "Brackonett")]


def test_a_pronoun_after_one_of_the_other_gender_is_someone_elses():
    """ "Ivo Pent sent the bride a message saying he could not make her special day": "he" is Pent,
    so "her" is the bride's and no vote that Pent is a woman."""
    source = ("Ivo Pent turned up to sing at the wedding. Pent sent the bride a message saying he could not make her "
              "special day. She and the other bridesmaid had started a campaign to get the singer there.")
    kb = factbase_from_texts({"s.txt": source})
    assert next(e for e in kb.entities if e.name == "Ivo Pent").gender != "female"
    draft = "Pent sent the bride a message saying he could not make her special day."
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == []


def test_a_quote_after_a_reported_clause_is_not_given_against_its_pronoun():
    """ "He said Ada told him the Queen loved the gift. 'She said that ...'": his words (the "He"),
    not those of Princess Ada, whom the sources make a woman."""
    source = ('Ada Moss, a cousin, recalled the night. "It was a Cinderella moment," says Mrs Moss.\n\n'
              "Pianist Ivo Pent has told for the first time how his friend Princess Ada phoned him with the idea.\n\n"
              '"The Queen has a nice, sweet tone to her voice," he added. He said Ada told him the Queen loved the gift. '
              '"She said that when they gave it to her at Windsor, she cried."')
    kb = factbase_from_texts({"s.txt": source})
    quote = next(q for q in kb.quotes if q.text.startswith("She said that"))
    assert quote.speaker_id is None or kb.entity(quote.speaker_id).name != "Ada"


def test_a_name_of_no_known_kind_before_a_pronoun_may_be_it():
    """ "Ivo Pent was in jail on Tuesday, and Orrendby said she did not know whether he had a lawyer":
    Orrendby, a name the sources give no kind, may be "she"."""
    text = "Ivo Pent was in jail on Tuesday, and Orrendby said she did not know whether he had a lawyer."
    assert claims(text, {"s.txt": "Police arrested Ivo Pent on Monday. He denied it. " + text}, "attribution-pronoun") == []


def test_a_date_in_figures_is_read_in_its_documents_order():
    """A docket that writes "03/15/2032" writes month first, so its "4/6/2032" is April 6; alone,
    "4/6/2032" is a date both ways and no date at all; a stamp's "05-03-2030" still dates its
    document (day first)."""
    docket = Document("03/11/2032  ORDER setting a conference for 4/6/2032.\n03/15/2032  Notice filed.", "d.txt")
    assert [(d.month, d.day) for d in extract_mentions(docket).dates] == [(3, 11), (4, 6), (3, 15)]
    assert [(d.month, d.day) for d in extract_mentions(Document("Set for 4/6/2032.", "d.txt")).dates] == []
    assert Document("Wire | Updated: 05-03-2030 16:51\nText.", "d.txt").dateline.date == dt.date(2030, 3, 5)
    source = "03/11/2032  ORDER setting Scheduling Conference for 4/6/2032 before Judge Ada Moss.\n03/15/2032  Notice."
    assert claims("April 6 - Scheduling conference before Judge Ada Moss.", {"k.txt": source}) == []


def test_a_words_capitals_in_a_title_cased_entry_tell_no_case():
    """A docket's "(Possession with Intent to Distribute Fentanyl)" and "Firearm in Furtherance of a
    Drug Trafficking Crime" capitalize words as a title does: "fentanyl" and "furtherance" in a
    draft are no mis-cased names."""
    source = ("03/03/2032  INDICTMENT as to Ivo Pent (1) Counts 1-2 (Possession with Intent to Distribute "
              "Fentanyl); Count 3 (Possession of a Firearm in Furtherance of a Drug Trafficking Crime).")
    draft = ("Ivo Pent faces two counts of possession with intent to distribute fentanyl and one of possessing a "
             "firearm in furtherance of a drug trafficking crime.")
    assert claims(draft, {"k.txt": source}, "name-spelling") == []


def test_a_clause_sharing_only_a_unit_of_time_tells_no_event():
    """ "Jurors deliberated about four hours Friday" is not dated by "sentenced on Monday, March 8, to
    200 hours of community service", which shares only "hours"; nor are statute sections ("section
    16-4-202" against "16-4-401") scores or figures."""
    release = ('Defense attorney Ada Tarrow told jurors in his closing argument that the case rested on "one '
               'fingerprint and a lot of guesswork."\n\n"Older residents in this county deserve to feel safe in their '
               'own homes, and this verdict tells them we take that seriously," said District Attorney Lena Vale. She '
               "thanked the Orrendby Police Department detectives who worked the case.\n\nLena Moss, 52, of Velmar Lea, "
               "the former treasurer of the Tarrowbrook Youth Soccer League, was sentenced on Monday, March 8, 2032, to "
               "four years of probation and 200 hours of community service after pleading guilty to one count of theft, "
               "a class 4 felony under section 16-4-401, in case No. 2031-CR-0947.\n\nMoss admitted taking $86,412 from "
               "league accounts between January 2030 and August 2031. District Judge Ivo Pellowby ordered her to repay "
               "the full $86,412 in restitution. Moss paid $20,000 toward that amount at the hearing.\n\n\"Those kids "
               "sold candy bars to pay for their uniforms,\" Pellowby said from the bench. He warned Moss that any missed "
               "restitution payment could send her back before him on a probation violation.\n\nThe case was prosecuted "
               "by Deputy District Attorney Ada Velm of the office's Economic Crimes Unit.\n")
    draft = ("Jurors deliberated about four hours Friday before convicting Ivo Pent, 34, of first-degree burglary "
             "under section 16-4-202 and second-degree assault under section 16-3-203.")
    assert claims(draft, {"r.txt": release}) == []
    assert [f.rule for f in check(draft, {"r.txt": release}) if draft[f.start : f.end] in ("202", "203", "3")] == []


def test_a_publication_on_the_day_a_source_is_published_is_stated():
    """ "figures published by the Tarrow Land Office on Tuesday 6 April" where the price list says
    "Published: Tuesday 6 April 2032" over a table whose first row is dated 01/03/2032: the list's
    own day (its stamp, not the table's first date, dates it)."""
    listing = ("TARROW LAND OFFICE\nPRICE PAID DATA\nPeriod: sales completed 1 March 2032 to 31 March 2032\n"
               "Published: Tuesday 6 April 2032\n\nDATE | ADDRESS | PRICE\n01/03/2032 | 4 Mill Lane | £412,500\n"
               "31/03/2032 | 9 Vale Row | £1,275,000\n")
    assert Document(listing, "p.txt").dateline.date == dt.date(2032, 4, 6)
    report = ("Issued Thursday 8 April 2032\n\nFlat 12, Moss Court sold for £318,500 on 5 March, according to Land "
              "Office figures.")
    draft = ("A house on Vale Row fetched £1,275,000, according to price paid figures published by the Tarrow Land "
             "Office on Tuesday 6 April.")
    assert claims(draft, {"p.txt": listing, "r.txt": report}, "date-mismatch") == []


def test_a_figure_a_related_clause_states_is_no_swap_of_another():
    """ "the top of the guidelines range of 51-63 months", where the same sentence asks for 63
    months, is no digit swap of the defence's "36 months"."""
    text = ("Assistant U.S. Attorney Ivo Pent, who prosecuted the case, had asked for a sentence of 63 months, the "
            "top of the advisory guidelines range of 51-63 months. \"This was not a single lapse in judgment. It was "
            "212 separate decisions to steal,\" Pent told the court, adding that he believed the smaller drivers had "
            "been hurt most by the losses.\n\nLena Vale's attorney, Ada Moss, asked for 36 months, pointing to her "
            "client's guilty plea and the $140,000 he repaid to Tarrow before sentencing. Moss told the court that "
            "Vale \"has not spent a day since the audit pretending this did not happen.\"")
    assert claims(text, {"s.txt": text}) == []


def test_a_day_without_a_year_is_not_read_in_a_year_other_than_the_drafts_head_writes():
    """A newsletter of "Autumn 2030" lists "Christmas Fair: Saturday 30 November" before "Lantern Walk
    2031: Sunday 14 September 2031": 30 November is 2030's (a Saturday), not the sources' one year's."""
    text = ("TARROW NEWS\nThe newsletter of the Friends of Tarrow Hospice\nAutumn 2030\n\nOur walk raised £70,322 "
            "for the hospice.\n\nDATES FOR YOUR DIARY\n- Cheque presentation: Wednesday 2 October, 11am, Tarrow "
            "Town Hall.\n- Christmas Fair: Saturday 30 November, Velmar Hall.\n- Lantern Walk 2031: Sunday 14 "
            "September 2031. Registration opens in March.\n")
    assert claims(text, {"n.txt": text}, "date-mismatch") == []


def test_a_title_cased_headline_gives_no_titles():
    """ "Tarrow Industries Announces Chief Executive Officer Succession Plan" on a line of its own: a
    headline's capitals, not a chief executive called "Succession Plan"; a caption's "Chief
    Executive Officer Ada Moss" still gives her the post."""
    def titles(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.target.text) for t in extract_mentions(Document(text, "d.txt")).titles]

    assert titles("NEWS RELEASE\n\nTarrow Industries Announces Chief Executive Officer Succession Plan\n\nText.") == []
    assert titles("Chief Executive Officer Ada Moss\n") == [("Chief Executive Officer", "Ada Moss")]


def test_a_speaker_after_an_age_and_a_hometown_set_off_is_the_name():
    """ "Ada Moss, 38, from Tarrow, who was stuck between junctions 9 and 10, told Velmar Radio: '...'":
    Moss speaks, not Tarrow (nor no one)."""
    source = ("Ada Moss, 38, from Tarrow, was stuck between junctions 9 and 10 on her way to work. She told Velmar "
              "Radio: \"We haven't moved in forty minutes.\"")
    for draft in ("Ada Moss, 38, from Tarrow, who was stuck between junctions 9 and 10, told Velmar Radio: \"We "
                  "haven't moved in forty minutes.\"",
                  "Ivo Pent, 38, from Tarrow, told Velmar Radio: \"We haven't moved in forty minutes.\""):
        quote = extract_mentions(Document(draft, "d.txt")).quotes[0]
        assert quote.speaker is not None and quote.speaker.text == draft.split(",")[0]
    assert claims("Ada Moss, 38, from Tarrow, who was stuck between junctions 9 and 10, told Velmar Radio: \"We "
                  "haven't moved in forty minutes.\"", {"s.txt": source}) == []


def test_an_office_named_before_the_name_may_be_the_pronoun():
    """ "The Mayor said he remembered Mrs Moss's classroom ... '...,' he said": the Mayor, whom no
    name gives, though Mrs Moss is named after him."""
    text = ("The Mayor said he remembered Mrs Moss's classroom for its nature table and for the reading corner she "
            "built from old orange crates. \"She had a way of making every child feel they were the cleverest one in "
            "the room,\" he said. \"I suspect she has been doing the same to the staff at Velmar House.\"\n\n"
            "According to the Town Council's records, Mrs Moss is one of five residents of Tarrow aged 100 or over. "
            "The oldest, who has asked not to be named, is 103.\n\nNotes to editors\nPhotographs of the Mayor's visit "
            "are available from the Town Council's communications team. Mrs Moss's family have given permission for "
            "her name and photograph to be used.\n")
    assert claims(text, {"r.txt": text}, "attribution-pronoun") == []


def test_a_pronoun_in_a_reported_clause_before_a_quote_is_not_its_speaker():
    """ "Ivo Pent, who acquired the book, says she writes 'with the candour of someone who has finally
    left'": his words about her, as the catalogue gives them to him; nor is "the Netherlands' Ivo
    Pent" a wrong first name."""
    source = ("Ivo Pent, publishing director at Tarrow Books, acquired the book in 2030. He said: \"Ada writes about "
              "the rooms where decisions are made with the candour of someone who has finally left them.\"")
    draft = ("Her publisher, Ivo Pent, who acquired the book in 2030, says she writes \"with the candour of someone who "
             "has finally left\" the rooms where decisions are made.")
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == []
    medals = "Ivo Pent and Lena Vale of the Netherlands took silver. Pent said it was close."
    assert [f.rule for f in check("They beat the Netherlands' Ivo Pent and Lena Vale.", {"m.txt": medals})] == []


def test_a_quotes_pronoun_the_paragraph_opened_with_is_that_person():
    """ "He said he had met Mrs Moss and other families several times. '...,' he said": the "he" the
    paragraph opens with (Mr Vale, of the paragraph before), not Mrs Moss."""
    text = ("Mrs Moss said: \"Ten years is a long time and no time at all. Every November the town goes quiet for a "
            "week. We wanted this anniversary to be about the 31 people we lost, not about the company or the "
            "report, and I think we have done that.\"\n\nMr Vale said: \"There are no words from this company that "
            "can make up for what happened on the Tarrow Dawn. What we can do is show every day that we have "
            "changed. All 47 of the inquiry's recommendations have been put in place across our fleet, and we will "
            "keep being held to them.\"\n\nHe said he had met Mrs Moss and other families several times since "
            "taking up the post. \"I did not expect to be forgiven and I have not asked to be,\" he said.\n\nMrs "
            "Moss said the committee had accepted the company's contribution \"on the understanding that the "
            "families decide what is said and who speaks\".\n")
    assert claims(text, {"r.txt": text}, "attribution-pronoun") == []


def test_a_statements_pronoun_the_paragraph_opened_with_is_that_person():
    """ "She told the jury that Mr Pent had presented three quotes ... She said she had never met
    anyone from Tarrowbank": the "she" the paragraph opens with, not Mr Pent named after her."""
    text = ("She told the jury that Mr Pent had presented three quotes for the work and had described Tarrowbank as "
            "\"the cheapest by a distance\". She said she had never met anyone from Tarrowbank and had never visited "
            "its office.\n\nMrs Tarrow said she first became concerned in October 2029, when a tenant's complaint "
            "about an uncleaned stairwell in a block on Orrendby Street named Tarrowbank as the contractor "
            "responsible. She said that when she asked Mr Pent for the company's cleaning schedules, he told her "
            "they were \"with the contractor\".\n\nThe court heard that Mr Pent was suspended in December 2029 and "
            "dismissed the following March.\n")
    assert claims(text, {"r.txt": text}, "attribution-pronoun") == []


# -- tenth round: sections dated by their headings, nouns as names, pence, shouted headings ---------

_UPDATED_PAGE = (
    "TARROW POLICE - NEWS\n\nFirst published: Monday 15 March 2032, 10.20pm\nLast updated: Tuesday 16 March 2032, "
    "10.35pm\n\nUPDATE 10.35pm, Tuesday 16 March: FOUND SAFE\n\nIvo Pent was found at about 8.40pm this evening "
    "in a bus shelter on Orrendby Lane, Velmar Green, after a member of the public recognised him from our "
    "appeal.\n\nUPDATE 3.20pm, Tuesday 16 March: new sighting\n\nA bus driver told us that Ivo Pent got off the "
    "bus at the war memorial stop in Velmar Green at about 4.35pm on Monday. Volunteers searched Velmar Green "
    "overnight and throughout this morning.\n")


def test_a_dated_sections_relative_day_is_its_headings_day():
    """A live page's "UPDATE 10.35pm, Tuesday 16 March" dates the "this evening" of its update, not the
    "First published: Monday 15 March" stamp: "found at about 8.40pm on Tuesday" is what it says."""
    dates = {d.text: d.date for d in extract_mentions(Document(_UPDATED_PAGE, "p.txt")).dates if d.kind == "relative"}
    assert dates == {"this evening": dt.date(2032, 3, 16), "this morning": dt.date(2032, 3, 16)}
    draft = ("Ivo Pent was found at about 8.40pm on Tuesday in a bus shelter on Orrendby Lane, Velmar Green, after a "
             "member of the public recognised him from the police appeal. Volunteers searched Velmar Green overnight "
             "and through Tuesday morning.")
    assert claims(draft, {"p.txt": _UPDATED_PAGE}) == []
    # one dated line is a headline's event, not a page of sections: its stamp still dates "this evening"
    single = "Tarrow Police\n\nDate: Monday 15 March 2032\n\nVigil planned for Friday 19 March\n\nIvo Pent was found this evening."
    assert [d.date for d in extract_mentions(Document(single, "s.txt")).dates if d.kind == "relative"] == [dt.date(2032, 3, 15)]


def test_a_thing_named_by_its_noun_is_no_miscased_name():
    """An order of service's "and the Crowning" capitalizes a noun after "the": the draft's "investiture
    and crowning" writes the noun, no mis-cased name."""
    source = ("ORDER OF CEREMONIES\n\n11.00  The Procession of the Regalia\n11.50  The Anointing, the Investiture with "
              "the Ring and the Sceptre, and the Crowning\n12.30  The Homage of the Peers")
    draft = "The day's timetable:\n\n- 11.00 Procession\n- 11.50 Anointing, investiture and crowning\n- 12.30 Homage"
    assert claims(draft, {"o.txt": source}, "name-spelling") == []


def test_a_price_in_pence_is_the_same_written_short():
    """ "48.10p each" is a price in pence as "41.80 pence per share" is: the digits swapped."""
    source = ("On Wednesday 12 March 2031, Ada Moss, Chief Executive Officer, purchased 150,000 Ordinary Shares at a "
              "price of 41.80 pence per share.")
    assert claims("Ada Moss, the chief executive, bought 150,000 shares at 48.10p each.", {"d.txt": source}) == [
        ("number-mismatch", "48.10")]
    assert check("Ada Moss, the chief executive, bought 150,000 shares at 41.80p each.", {"d.txt": source}) == []


def test_a_shouted_headings_words_are_no_unknown_names():
    """ "TODAY'S ANNIVERSARIES" over a column's list: English words in capitals, not a name no source
    mentions; an unknown name in such a line still is."""
    source = "The Tarrow Canal opened in 1894. Ivo Pent cut the ribbon."
    draft = "TODAY'S ANNIVERSARIES\n\n- 1894: the Tarrow Canal opened, and Ivo Pent cut the ribbon."
    assert [f.rule for f in check(draft, {"s.txt": source})] == []
    found = check("VELMARSH PAGEANTRY\n\n- 1894: the Tarrow Canal opened.", {"s.txt": source})
    assert [(f.rule, f.message) for f in found] == [("unsupported-entity", 'No source mentions "VELMARSH PAGEANTRY": worth a check')]


def test_a_figure_the_paragraph_gives_another_fact_is_not_this_ones():
    """ "has drawn 31,200 visitors, a record ... The previous best, 24,600, was set in 2029": the
    sources' "24,600 visitors" is the old record the paragraph gives, and they write 31,200 too;
    a figure they do not write is still held against it."""
    source = ("By the close of Tuesday 16 November, 31,200 people had visited the exhibition, the highest attendance "
              "for any exhibition in the gallery's history. The previous record, 24,600 visitors, was set by the "
              "Tarrow Prize exhibition of 2029.")
    draft = ("The shortlist exhibition, which opened on Saturday 18 September, has drawn {} visitors, a record for "
             "the gallery. The previous best, 24,600, was set by the Tarrow show of 2029.")
    assert claims(draft.format("31,200"), {"g.txt": source}) == []
    assert claims(draft.format("32,100"), {"g.txt": source}) == [("number-mismatch", "32,100")]


def test_a_post_taken_as_another_is_left_is_no_other_post():
    """ "who steps down on 30 June and becomes honorary president": a post taken, which the
    "chairman" the sources give him now does not contradict; "becomes chief executive" where
    he leaves nothing is compared as before."""
    source = "Ivo Pent, chairman, said: \"My father started this business with two lathes.\""
    assert claims("Lena Vale replaces their father, Ivo Pent, who steps down on 30 June and becomes honorary "
                  "president.", {"r.txt": source + " He will become honorary president."}, "title-mismatch") == []
    assert claims("Ivo Pent, who joins the board on 30 June, becomes chief executive.",
                  {"r.txt": source + " Lena Vale is chief executive."}, "title-mismatch") == [
        ("title-mismatch", "chief executive")]


def test_an_age_at_an_event_long_ago_is_not_the_age_now():
    """ "joined the business in 1975 at the age of 17" is his age then, which "Ivo Pent, 72" today
    does not contradict; "Ivo Pent, 74, joined in 1975" is his age now."""
    sources = {"a.txt": "Tarrow Brassworks announced on 14 May 2030 that it has agreed to buy Velmar Valves for £7.4 "
                        "million. The same announcement confirmed that Ivo Pent, 72, will hand the chairmanship to his "
                        "son Olan Pent on 1 July, and that Olan's sister Lena Pent will become managing director."}
    assert claims("Ivo Pent joined the business in 1975 at the age of 17.", sources) == []
    assert claims("Ivo Pent, 74, joined the business in 1975.", sources) == [("number-mismatch", "74")]


def test_two_known_names_joined_are_no_unknown_name():
    """ "the Tarrow-Velmar accord" joins two places the sources know: no name they lack."""
    source = "Tarrow and Velmar signed an accord on Tuesday. Velmar's minister praised it."
    found = check("The Tarrow-Velmar accord was signed on Tuesday.", {"s.txt": source})
    assert [f.rule for f in found if f.rule == "unsupported-entity"] == []


def test_a_continental_release_figures_read_as_the_drafts():
    """A release that writes "EUR 1.487,3 million" and "+ 6,8 %" gives the draft's "€1,487.3 million"
    and "6.8%"; its "12.480 employees" is the draft's 12,480, not 12.48, and 12,840 is still wrong."""
    source = ("Tarrow Hydraulik AG increased revenue to EUR 1.487,3 million in the third quarter, + 6,8 %. The "
              "Group employed 12.480 people at the end of September.")
    assert claims("Tarrow Hydraulik's revenue rose 6.8% to €1,487.3 million in the third quarter. It employed 12,480 "
                  "people at the end of September.", {"r.txt": source}) == []
    assert claims("Tarrow Hydraulik employed 12,840 people at the end of September.", {"r.txt": source}) == [
        ("number-mismatch", "12,840")]
    english = "Tarrow Hydraulik's revenue rose 6.8% to €1,487.3 million; it employed 12.480 thousand people."
    assert claims("Tarrow Hydraulik employed 12,480 people.", {"e.txt": english}, "number-mismatch") == []


def test_a_speaker_whose_verb_opens_a_colon_speaks_the_quote_after_it():
    """ 'Ada Moss said the clearance meant it could "bring together two portfolios", while Ivo Pent
    said: "..."': her words, not his."""
    draft = ('Ada Moss said the clearance meant the company could "bring together two complementary pump '
             'portfolios", while Ivo Pent said: "The balance sheet is strong enough."')
    quotes = extract_mentions(Document(draft, "d.txt")).quotes
    assert [q.speaker.text for q in quotes] == ["Ada Moss", "Ivo Pent"]


def test_a_reports_span_is_compared_with_spans_only():
    """ "in the three months to 30 September" is the quarter a report covers, which "the first nine
    months" of the year does not contradict; "the 12 weeks to 4 January" where the sources' period
    is "the 10 weeks to 4 January" is wrong."""
    source = ("In the first nine months of 2031 Tarrow Group generated revenue of £4.3 billion. In the third quarter "
              "revenue rose 6.8% to £1.49 billion.")
    assert claims("Tarrow Group's revenue rose 6.8% to £1.49 billion in the three months to 30 September.",
                  {"r.txt": source}) == []
    trading = "Like-for-like sales at Tarrow Home were down 3.9% in the 10 weeks to 4 January, with a 5.1% fall in stores."
    assert claims("Tarrow Home said like-for-like sales were down 3.9% in the 12 weeks to 4 January.",
                  {"t.txt": trading}) == [("number-mismatch", "12")]


def test_a_listed_years_words_end_with_its_line():
    """A list of honours ("Elected FMedSci, 1999" over "CBE, 2003, for services to immunology"): the
    CBE is 2003's, not 1999's, whose line ends before it."""
    source = ("Elected FRSE, 1986\nElected FRS, 1991\nElected FMedSci, 1999\nCBE, 2003, for services to immunology\n"
              "DBE, 2014, for services to science and medicine")
    assert claims("She was appointed CBE in 2003 and DBE in 2014.", {"h.txt": source}) == []


def test_a_posts_capitals_make_no_name():
    """ "was made emeritus professor" where the sources write "Emeritus Professor of Molecular
    Immunology": a post's capitals, no mis-cased name."""
    source = ("Professor Ada Moss, Emeritus Professor of Molecular Immunology, died on Tuesday. She retired in 2013 "
              "and was appointed Emeritus Professor.")
    assert claims("She retired in 2013 and was made emeritus professor.", {"u.txt": source}, "name-spelling") == []


def test_a_date_the_sentence_shares_with_a_source_sentence_of_its_names_is_stated():
    """ "Under the Tarrow 2034 plan unveiled on 21 October, 640 positions at the headquarters site
    will go by the end of 2033": the wire's "Tarrow 2034 programme, announced on 21 October, which
    will cut 640 positions at the Tarrow site by the end of 2033" gives it, whatever the clearance
    "planned" on 28 October shares."""
    sources = {"w.txt": "The clearance comes as Velmar faces a fight over its \"Tarrow 2034\" programme, announced on "
                        "21 October, which will cut 640 positions at the Tarrow site by the end of 2033.",
               "b.txt": "The regulator has today, Tuesday 28 October 2031, cleared the planned acquisition of Orrendby "
                        "GmbH by Velmar AG, Tarrow."}
    draft = ("Under the \"Tarrow 2034\" plan unveiled on 21 October, 640 positions at the headquarters site will go "
             "by the end of 2033.")
    assert claims(draft, sources, "date-mismatch") == []


def test_a_table_rows_place_and_the_pronouns_team_read_the_row():
    """ "Last season they finished fourth with 68 points" under a sentence naming Tarrow Town: the
    final table's "4   Tarrow Town  38  19  11  8  +18  68", its place and its points."""
    table = ("FINAL TABLE 2030-31\n\nPos  Club           P   W   D   L   GD   Pts\n 1   Velmar United  38  26   6   6  +41   84\n"
             " 4   Tarrow Town    38  19  11   8  +18   68\n\nPromoted: Orrendby Rovers (champions, 91 points).")
    draft = ("Tarrow Town start the new season at home to Orrendby Rovers on Saturday.\n\nLast season they finished "
             "fourth with 68 points.")
    talk = "IVO PENT: Orrendby got 91 points last season. Anybody who thinks Saturday is three easy points is wrong."
    assert claims(draft, {"t.txt": table, "p.txt": talk}, "number-mismatch") == []


def test_a_paragraphs_her_of_no_one_named_carries_the_she_after_it():
    """ "Professor Ivo Pent, who was one of her doctoral students, said: '...' He recalled that she
    kept a jar of toffees": the "her" of no one named is the obituary's subject, whom "she" goes on
    with (a subject "she" does not carry so: it may be the slip; see the takeover story)."""
    text = ("Professor Ivo Pent, who was one of her doctoral students and is now Professor of Immunology at the "
            "University of Tarrow, said: \"She would read every draft of every thesis twice, once for the science "
            "and once for the commas.\" He recalled that she kept a jar of toffees on her desk for students \"who had "
            "had a bad day at the bench\".")
    assert claims(text, {"m.txt": text}, "attribution-pronoun") == []


def test_a_capital_a_list_item_opens_with_makes_no_name():
    """A release's "- Redesigned Quiet Hours, with per-app schedules" (read as a person's name) and a
    bill's heading "Peerages (Tarrow Membership) Bill": the draft's "a redesigned Quiet Hours" and
    "inherit peerages" write the words, no mis-cased name."""
    notes = ("What's new in Velmar 5.0\n\n- Redesigned Quiet Hours, with per-app schedules and a new lock-screen "
             "summary.\n- Faster pairing.\n\nThe new Quiet Hours screen is cleaner, a reviewer wrote.")
    assert claims("The headline features are a redesigned Quiet Hours with per-app schedules.", {"n.txt": notes},
                  "name-spelling") == []
    bill = ("Peerages (Tarrow Membership) Bill\n\nThe House of Peers today completed the report stage of the Peerages "
            "(Tarrow Membership) Bill.")
    assert claims("Ministers to consult on letting daughters inherit peerages", {"b.txt": bill}, "name-spelling") == []


_OFFICIAL_REPORT = (
    "Tarrow Bill\n\nThe Earl of Velmar (Cov): My Lords, I rise to move Amendment 17 in my name. We are asking to be "
    "allowed to leave at a time of our own choosing.\n\nThe Minister of State, Cabinet Office (Baroness Moss of "
    "Orrendby) (Bcn): My Lords, I thank the noble Earl. The principle is simple: no one should sit in this Parliament "
    "because of who their father was. A sunset that lasts forty years is not a sunset; it is a long afternoon.\n\n"
    "Lord Pent of Pellowby (Bcn): My Lords, the Government will consult on succession to titles.\n")


def test_an_official_reports_speeches_are_their_speakers_quotes():
    """An official report's "The Minister of State, Cabinet Office (Baroness Moss of Orrendby) (Bcn):
    My Lords, ..." is Baroness Moss's speech: a line of it given to Lord Pent is hers, and its words
    changed are a misquote; a peer's style names her as "Lady Moss" does."""
    wrong = "\"The principle is simple: no one should sit in this Parliament because of who their father was,\" Lord Pent said."
    assert claims(wrong, {"r.txt": _OFFICIAL_REPORT}, "attribution-speaker") == [("attribution-speaker", "Pent")]
    right = "\"The principle is simple: no one should sit in this Parliament because of who their father was,\" Lady Moss said."
    assert claims(right, {"r.txt": _OFFICIAL_REPORT}) == []
    changed = "Lady Moss said: \"A sunset that lasts forty years is not a sunset; it is a long evening.\""
    assert [rule for rule, _ in claims(changed, {"r.txt": _OFFICIAL_REPORT})] == ["misquote"]


def test_a_table_rows_date_is_its_names():
    """A lenders' table, "Tarrow Savings | Easy-access saver (AER) | 3.10% | 3.35% | Mon 22 March",
    gives Tarrow Savings' date, though the cell is a sentence of its own: not the date of a sentence
    about savers elsewhere ("By Friday afternoon, only two lenders had passed on the full 25 basis
    points to savers")."""
    table = ("Lender | Product | Before | After | Effective\n"
             "Velmar Mutual | Lifetime tracker | 5.60% | 5.85% | Fri 19 March\n"
             "Tarrow Savings | Easy-access saver (AER) | 3.10% | 3.35% | Mon 22 March\n")
    note = ("Published: Friday 12 March 2032\n\nBy Friday afternoon, only two of the 11 largest lenders had said "
            "they would pass on the full 25 basis points to savers.")
    draft = "Tarrow Savings is passing on the full 25 basis points from 22 March."
    assert claims(draft, {"t.txt": table, "n.txt": note}, "date-mismatch") == []
    assert claims(draft.replace("22 March", "23 March"), {"t.txt": table, "n.txt": note}, "date-mismatch") != []


def test_the_times_of_day_of_a_dates_sentence_are_its_events():
    """ "The warning runs from 6 a.m. to 9 p.m. on Thursday, March 11" states "an amber wind warning
    from 6am to 9pm on Thursday", though the service that put it in place is named in a sentence of
    the day it was issued and another of the day it will be reviewed."""
    wire = ("TARROW, March 9 (Velmar News) - The Pellowby Weather Service on Tuesday issued an amber warning for "
            "wind covering the Orrendby coast.\n\nThe warning runs from 6 a.m. to 9 p.m. on Thursday, March 11.\n\n"
            "The Pellowby Weather Service said the warning would be reviewed on Wednesday, March 10.")
    draft = ("Wednesday 10 March 2032\n\nThe Pellowby Weather Service has put the Orrendby coast under an amber wind "
             "warning from 6am to 9pm on Thursday.")
    assert claims(draft, {"w.txt": wire}, "date-mismatch") == []


def test_a_senator_may_be_a_partys_spokesman():
    """ "The Opposition's spokesman for coastal resilience, senator Ivo Pent" is both: the draft's
    "coastal resilience spokesman" is no other title than the transcript's "Senator"."""
    sources = {"h.txt": "Senator PENT: Minister, is the seawall over budget?\n\nSenator Ivo Pent later spoke to reporters.",
               "w.txt": "The Opposition's spokesman for coastal resilience, Tasmanian senator Ivo Pent, said the figures "
                        "showed the program was out of control."}
    draft = "The Opposition's coastal resilience spokesman, Ivo Pent, called the figures \"a seawall built on excuses\"."
    assert claims(draft, sources, "title-mismatch") == []


def test_a_stat_lines_position_is_no_part_of_the_name():
    """ "WR Ada Moss 8 rec, 121 yds": the wide receiver is Ada Moss, a person; her "eight passes for
    121 yards" are no slip of the "38 passes" or the "112 yards" sentences opening with other players
    give."""
    release = "PLAYERS OF THE WEEK\n\n- TAR: WR Ada Moss 8 rec, 121 yds, 1 TD\n- VEL: QB Ivo Pent 27-38, 318 yds, 2 TD\n"
    recap = ("Ivo Pent completed 27 of 38 passes for 318 yards and two touchdowns. Lena Vale finished with seven "
             "catches for 112 yards.")
    names = [m.text for m in extract_mentions(Document(release, "r.txt")).names]
    assert "Ada Moss" in names and "WR Ada Moss" not in names
    draft = "Four straight losses for Tarrow. Ada Moss caught eight passes for 121 yards and a touchdown."
    assert claims(draft, {"r.txt": release, "w.txt": recap}, "number-mismatch") == []


def test_an_age_now_and_an_age_in_an_old_report():
    """ "Mrs Moss, now 64," is her age (the sources' "44" is in a report of 2011, of her age then); and
    a report dated 1991 gives "19-year-old Ivo Pent", his age then, not against "Mr Pent, now 59" in a
    release of 2031."""
    archive = "date 2011-05-16\n\nThe winning piece was a song Mrs Moss, 44, wrote for the children last autumn."
    release = ("Tuesday 9 September 2031\n\nThe concert on Saturday 11 October 2031 will be conducted by Ada Moss. "
               "Mrs Moss, now 64, retired in 2027 after 29 years at the school.")
    assert claims("Ada Moss, 64, who retired in 2027, will conduct.", {"a.txt": archive, "r.txt": release},
                  "number-mismatch") == []
    old = ("date 1991-03-16\n\nAt Tarrow General Hospital, 19-year-old Ivo Pent, who was working about 200 metres "
           "from the face, described how he and five other men felt their way to safety along a conveyor belt in total "
           "darkness.\n\nA fund for the families of the dead has been opened at the Tarrow branch of the Velmar Bank. "
           "By last night it had reached £18,500.")
    new = "Monday 3 March 2031\n\nThe memorial will be unveiled on Saturday 15 March 2031 by the mining trust."
    draft = ("Mr Pent, now 59, will pull the cover off the memorial on Saturday. \"I was nineteen and I thought nothing "
             "could touch me,\" he said.")
    assert claims(draft, {"o.txt": old, "n.txt": new}, "number-mismatch") == []
    assert claims(draft, {"o.txt": old}, "number-mismatch") == [("number-mismatch", "59")]  # no later source: his age


def test_a_press_kits_role_with_its_field_then_the_body():
    """ "Dr Ada Moss, Senior Lecturer in Biostatistics, Tarrow College, said:" is Dr Moss speaking,
    as "Professor of Biostatistics" before the college is: not the college."""
    for role in ("Senior Lecturer in Biostatistics", "Professor of Biostatistics"):
        text = f'Dr Ada Moss, {role}, Tarrow College, said:\n\n"The p-values are convincing."'
        assert [q.speaker.text for q in extract_mentions(Document(text, "r.txt")).quotes] == ["Ada Moss"]


def test_a_described_age_is_of_whom_the_sentence_before_names():
    """ "Lena Vale, the English No. 2 seed, averaged 98.16 ... The 34-year-old was frank about where
    the final was lost": the wire's "Vale, 34" is her age, not the release's "The 29-year-old Dutchman"."""
    sources = {"r.txt": "Ivo Pent beat Lena Vale 3-1 in the final.\n\nThe 29-year-old Dutchman, the No. 4 seed on the "
                        "night, averaged 103.42 in the final, the highest match average of the night, and hit seven 180s.",
               "w.txt": "The English No. 2 seed Vale, 34, averaged 98.16 and hit five maximums, but she converted only six "
                        "of 17 attempts at a double and took home 6,000 pounds."}
    draft = ("Lena Vale, the English No. 2 seed, averaged 98.16 and hit five maximums, but landed only six of her 17 darts "
             "at a double. The 34-year-old was frank about where the final was lost.")
    assert claims(draft, sources, "number-mismatch") == []


def test_a_matchs_format_and_its_running_score_are_no_result():
    """ "each set best of five legs" is the format, not the "11 legs to six" of the final; "to level at
    1-1" is a score within it, worth a look against the "3-1" result, no claim."""
    release = ("Final (best of five sets; each set best of five legs)\nSet scores: 3-1, 2-3, 3-0, 3-2 (legs: Pent 11, "
               "Vale 6)\n\nVale hit a 170 to win the second set, but Ivo Pent won the final 3-1.")
    draft = "Lena Vale hit a 170 to win the second set and level at 1-1. Ivo Pent won 3-1 in sets, 11 legs to six."
    found = check(draft, {"r.txt": release})
    assert [(f.rule, draft[f.start:f.end]) for f in found if f.severity in ("error", "warning")] == []
    assert [(f.rule, draft[f.start:f.end]) for f in found if f.rule == "number-mismatch"] == [("number-mismatch", "1-1")]


def test_a_paragraph_that_opens_on_her_goes_on_with_her_she():
    """A paragraph that says "her fourth at the helm" before it names anyone is about a woman, whom
    its "she admitted" is: not a slip for Beethoven, whom it names after (and the sources call "his")."""
    notes = ("It was a particular favourite of the young Beethoven, who kept it in his repertoire and later wrote his own "
             "cadenzas.\n\nLudwig van Beethoven (1770-1827): Symphony No. 7 in A major, Op. 92")
    draft = ("The opening concert of the season, and her fourth at the helm, ended with Beethoven's Symphony No. 7 in A "
             "major, Op. 92, played by 74 musicians - more, she admitted in the Garnet Room beforehand, than Beethoven "
             "ever had.")
    assert claims(draft, {"n.txt": notes}, "attribution-pronoun") == []


def test_a_day_another_date_of_the_sentence_gives_is_that_dates():
    """ "fell ill on Thursday 14 January; Velmar declared it on 2 March": the sources' 14 January is
    the onset the sentence already dates, no correction of the declaration's "2 March" (a fix to it
    would write the onset's day over the declaration's)."""
    report = ("The index case, a cattle trader in Tarrow district, Velmar, had onset of symptoms on Wednesday 14 "
              "January 2032. The Ministry of Health of Velmar declared the outbreak on Monday 2 February 2032.")
    draft = ("The outbreak began with a cattle trader in Tarrow district who fell ill on Thursday 14 January; Velmar "
             "declared it on 2 March.")
    found = [(f.rule, draft[f.start:f.end], [x.replacement for x in f.fixes]) for f in check(draft, {"r.txt": report})
             if f.rule == "date-mismatch"]
    assert ("date-mismatch", "2 March", ["14 January"]) not in found
    assert ("date-mismatch", "Thursday", ["Wednesday"]) in found


def test_a_founding_names_its_founder_whatever_post_they_hold():
    """ "The business was founded in 1998 by Ivo Pent, who remains a director": the draft's "the
    company's founder, Ivo Pent" is what he did once, no other post than "director" (while "directed
    by" names no post: see the Playhouse's directors above)."""
    source = ("Tarrow Joinery manufactures windows and doors. The business was founded in 1998 by Ivo Pent, who remains "
              "a director of the company.")
    draft = "The company's founder, Ivo Pent, who is still a director, apologised."
    assert claims(draft, {"s.txt": source}, "title-mismatch") == []


def test_a_dateline_of_two_cities_a_slash_joins():
    """ "AMSTERDAM/PARIS, Oct 2 -" dates the report (the day after the show it tells of), so its
    "Oct 2" is no event's date the sources give as October 1."""
    release = ("AMSTERDAM, Wednesday 2 October 2030 - Tarrow Group announces that its house Velmar presented its "
               "collection in Paris last night, Tuesday 1 October 2030.")
    draft = "AMSTERDAM/PARIS, Oct 2 - Tarrow Group's best-performing label, Velmar, showed its collection in Paris."
    assert claims(draft, {"r.txt": release}, "date-mismatch") == []


def test_a_teams_code_before_its_player_is_no_part_of_the_name():
    """In tokenized text ("semi - final"), "VES - Aldous Pent 19" is a team's code, a dash and a
    player, not one hyphenated name; and a short figure right after the player's name in a list of
    leading scorers is his ("Pent finished with 19 points"), not the "14 points" of another player."""
    sheet = ("Veskerton 62, Tarrow 60\n\nLeading scorers: VES - Ivo Pent 19. TAR - Lena Vale 24.\n\n"
             "Senior guard Ivo Pent made two free throws with 4.1 seconds left.")
    names = [m.text for m in extract_mentions(Document(sheet, "s.txt")).names]
    assert "Ivo Pent" in names and not any(n.startswith("VES") and "Pent" in n for n in names)
    release = "Junior forward Ada Moss finished with a double-double of 14 points and 11 rebounds for Orrendby."
    draft = "Veskerton won 62-60 at Tarrow. Ivo Pent finished with 19 points."
    assert claims(draft, {"s.txt": sheet, "r.txt": release}, "number-mismatch") == []


def test_a_teams_record_is_its_own():
    """ "Tarrow (7-10, 2-5)": both are Tarrow's records (overall, then the league's), no slip of
    "Velmar (5-12, 1-6 WVC)"; and "Orrendby (13-4, 6-1)" is the record a source gives its girls'
    side ("The Sentinels improved to 13-4 overall"), not a slip of its boys' "(9-8, 3-4 WVC)"."""
    sources = {"a.txt": "Velmar (5-12, 1-6 WVC) was led by sophomore guard Ada Moss with 18 points.\n\n"
                        "Orrendby (9-8, 3-4 WVC) was led by senior forward Ivo Pent, who had 21 points.\n\n"
                        "Orrendby senior guard Lena Vale scored 22 points. The Sentinels improved to 13-4 overall "
                        "and 6-1 in the conference.",
               "b.txt": "STANDINGS\n\nTarrow 2-5 7-10\nVelmar 1-6 5-12"}
    draft = ("Senior guard Ida Pell scored 24 as Tarrow (7-10, 2-5) lost at home.\n\nOrrendby (13-4, 6-1) beat Velmar "
             "behind 22 points from Lena Vale.")
    assert claims(draft, sources, "number-mismatch") == []


def test_a_paragraph_that_opens_on_her_call_gives_her_its_she_said():
    """ "Her third call was again answered by Mr Pent. '...,' she said": the caller, whose call the
    paragraph opens with, speaks; Mr Pent, the only one named, is no "she"."""
    record = ("The first call was answered by emergency medical dispatcher Ivo Pent. Mr Pent told the court he kept "
              "counting with her.")
    draft = ("Her third call, at 22:38:19, was again answered by Mr Pent. \"He's not breathing. Please, he's stopped "
             "breathing,\" she said.")
    assert claims(draft, {"r.txt": record}, "attribution-pronoun") == []


def test_a_house_number_names_the_house():
    """A listing's "14 Velmar Lane ... 148 sq m" is not at odds with an earlier column's "27 Velmar Lane
    ... 139 sq m" (another house of the street, described alike); and a register's line that gives
    the same address writes the draft's figures ("41 Pent Road | 84 | 268,000"), where the column
    gives that house's asking price."""
    column = ("PROPERTY WATCH\n\n27 Velmar Lane, Tarrow WH3\nGBP 398,000. Four-bedroom detached house, 139 sq m. "
              "Agent: Moss & Vale.\n\n41 Pent Road, Tarrow WH5\nAsking GBP 275,000. Three-bedroom terraced house, "
              "84 sq m. Agent: Moss & Vale.")
    register = ("Completion date | Address | District | Floor area (sq m) | Price paid (GBP)\n\n"
                "Wed 28/04/2032 | 41 Pent Road, Tarrow | WH5 | 84 | 268,000\n\n"
                "Fri 30/04/2032 | 14 Velmar Lane, Tarrow | WH3 | 148 | 412,000")
    draft = ("THE SALES\n\n14 Velmar Lane, Tarrow WH3\n£412,000. Four-bed detached, 148 sq m. Agent: Moss & Vale.\n\n"
             "41 Pent Road, Tarrow WH5\n£268,000. Three-bed terrace, 84 sq m. Agent: Moss & Vale.")
    assert claims(draft, {"c.txt": column, "r.txt": register}, "number-mismatch") == []
    note = ("Recent sales by Moss & Vale:\n\n- 14 Velmar Lane, Tarrow WH3. Four-bedroom detached house, 148 sq m. "
            "Asking price GBP 415,000; sold for GBP 412,000.")
    # nor do the sources disagree on its floor area: 139 sq m is the other house's
    assert [f.rule for f in check(draft.split("\n\n41")[0], {"c.txt": column, "n.txt": note})] == []
    slip = draft.replace("£412,000. Four-bed detached, 148", "£412,000. Four-bed detached, 184")
    # a slip of the floor area is no other house's figure ("the sources say 84 sq m", 41 Pent Road's):
    # advice that no source gives it
    assert [(f.rule, slip[f.start : f.end]) for f in check(slip, {"c.txt": column, "r.txt": register})] == [
        ("unsupported-number", "184")]


def test_a_bound_before_a_currency_code():
    """ "were below GBP 330,000": the code between the bound and the figure leaves it a bound."""
    [bound] = [n for n in extract_mentions(Document("Nine other sales were below GBP 330,000.", "s.txt")).numbers
               if n.unit == "gbp"]
    assert (bound.low, bound.high) == (float("-inf"), 330_000)


def test_rupiah_written_rp():
    """ "Rp 36.8 trillion" is an amount in rupiah, a slip of the sources' "Rp 38.6 trillion"."""
    source = "Total investment for the smelter is Rp 38.6 trillion (approximately US$2.4 billion), in two phases."
    draft = "The firms signed a Rp 36.8 trillion (about US$2.4 billion) joint venture for the smelter on Tuesday."
    assert claims(draft, {"s.txt": source}, "number-mismatch") == [("number-mismatch", "36.8")]


def test_a_weekday_shortened_before_its_date():
    """A listing's "Sold Thu 7 May" gives a weekday, which 7 May 2032 (a Friday) is not; but "The
    Sun 7 May" is a newspaper's edition, no Sunday."""
    source = "Friday 7 May 2032 - 2 Velmar Lane, Tarrow, sold for GBP 575,000, the register shows."
    draft = "2 Velmar Lane, Tarrow: £575,000. Sold Thu 7 May 2032."
    assert claims(draft, {"s.txt": source}, "date-mismatch") == [("date-mismatch", "Thu")]
    assert [d.weekday for d in extract_mentions(Document("Read it in The Sun 7 May.", "d.txt")).dates] == [None]


def test_a_transcript_labelled_by_initials():
    """ "Speakers: Ada Moss (AM), skipper": the transcript's "AM:" turns are hers, so a draft that
    changes their words misquotes her."""
    transcript = ("TRANSCRIPT: Dockside interview\nInterviewer: Lena Vale (LV), media officer\n"
                  "Speakers: Ada Moss (AM), skipper; Ivo Pent (IP), co-skipper\n\n"
                  "LV: How did you manage the boat over three days?\n\n"
                  "AM: We sailed her at ninety and kept her in one piece, and that's what got us here.\n\n"
                  "LV: And you, Ivo?\n\nIP: I made tea and trimmed, that's all.\n\n"
                  "AM: Don't listen to him. He is the best trimmer I have sailed with.")
    draft = "\"We sailed her at eighty and kept her in one piece, and that's what got us here,\" Moss said."
    assert claims(draft, {"t.txt": transcript}, "misquote") == [("misquote", "eighty")]


def test_a_quote_that_starts_after_a_sentence_ending_in_not_cuts_no_negation():
    """ "... when you're not. Nobody should pretend ...": quoted from "Nobody", the draft drops no
    "not" (a quote cut right after one may turn its meaning)."""
    transcript = ("HOST: Does a new boat change that?\n\n"
                  "DR ADA MOSS: I'll be honest with you, because islanders can smell it when you're not. Nobody "
                  "should pretend an electric hull fixes the swell. It fixes the diesel bill.\n\n"
                  "HOST: And the timetable?\n\nDR ADA MOSS: It stays as it is for the winter.")
    draft = "\"Nobody should pretend an electric hull fixes the swell. It fixes the diesel bill,\" Dr Moss says."
    assert claims(draft, {"t.txt": transcript}, "misquote") == []


def test_a_field_and_a_trade_exclude_each_other():
    """ "a marine biologist" for the sources' naval architect is another profession (a specialist's
    field against a trade), but a neurologist may be called a doctor."""
    source = "Dr Ada Moss, a naval architect at the Tarrow Maritime Institute, advised the ferry firm on the design."
    draft = "Her guest was Dr Ada Moss, a marine biologist at the Tarrow Maritime Institute who advised the ferry firm."
    assert claims(draft, {"s.txt": source}, "title-mismatch") == [("title-mismatch", "marine biologist")]
    clinic = "Dr Ivo Pent, a consultant neurologist at Tarrow General, said the scan was clear."
    assert claims("Dr Ivo Pent, a doctor at Tarrow General, said the scan was clear.", {"s.txt": clinic}) == []


def test_two_listings_entries_under_other_headings_are_two_places():
    """A ratings round-up's "DRENMORE TAKEAWAY ... Inspected: March 4" is not last month's
    "VELMAR KITCHEN ... Inspected: February 5": alike in words, of two places."""
    earlier = ("TARROW ADVERTISER\nThursday 11 March 2032\n\nFOOD HYGIENE RATINGS\n\nVELMAR KITCHEN, 14 Quenby Parade, Tarrow\n"
               "Rated 5 out of 5 - very good\nInspected: February 5\n\nThe council issued 58 ratings in February.")
    council = ("Business | Address | Rating | Inspection date\n"
               "Drenmore Takeaway | 88 Pent Lane, Tarrow | 3 - Generally satisfactory | 04/03/2032")
    draft = ("FOOD HYGIENE RATINGS: MARCH\n\nDRENMORE TAKEAWAY, 88 Pent Lane, Tarrow\n"
             "Rated 3 out of 5 - generally satisfactory\nInspected: March 4")
    assert claims(draft, {"a.txt": earlier, "b.txt": council}, "date-mismatch") == []


def test_the_officer_who_inspected_is_no_post():
    """ "the inspecting officer, Ada Moss," tells what she did in the story, not a post at odds with
    the sources' "senior environmental health officer"."""
    source = "The inspection was carried out by Ada Moss, the council's senior environmental health officer."
    draft = "When the inspecting officer, Ada Moss, went back on March 26, the notice had been complied with."
    assert claims(draft, {"s.txt": source}, "title-mismatch") == []


def test_a_name_the_sources_write_without_its_accent_to_open_a_sentence():
    """A draft that writes accents ("QUÉBEC —") writes "Quebec" as a source does, if only to open
    its sentences ("Quebec will pay $2.6 billion"), beside another's "Government of Québec"."""
    sources = {"a.txt": "The Government of Québec will contribute $2.6 billion, the Government of Canada $1.1 billion.",
               "b.txt": "QUÉBEC — Quebec's National Assembly on Tuesday approved a tramway. Quebec will pay $2.6 "
                        "billion of the cost."}
    draft = ("QUÉBEC — After three months of debate, Quebec's National Assembly on Tuesday gave final approval.\n\n"
             "Quebec is paying $2.6 billion, or about 62 per cent of the cost.")
    assert claims(draft, sources, "name-spelling") == []


def test_a_dateline_of_a_weekday_dates_the_draft():
    """ "WYVENSTOW, Saturday" is the day the report was filed, no event's day to compare with the
    next meeting's "Tuesday 21 September" at Wyvenstow."""
    source = "The next meeting at Wyvenstow is on Tuesday 21 September. Hobsmoor Vixen won the final."
    draft = "WYVENSTOW, Saturday\n\nHobsmoor Vixen won the final at Wyvenstow."
    assert claims(draft, {"s.txt": source}, "date-mismatch") == []


def test_a_crews_nickname_is_no_persons_plural_surname():
    """ "the Light Blue engine room" where the sources call a crew "the Light Blues": no person's
    surname slipped from plural to singular (the sources give the Light Blues no pronoun nor title)."""
    source = "THE SERIES\n\nTarrow (Light Blues): 87 wins\nVelmar (Dark Blues): 81 wins\nDead heats: 1 (1879)"
    draft = "At the heart of the Light Blue engine room is Ivo Pent, the tallest rower in either boat."
    assert claims(draft, {"s.txt": source}, "name-spelling") == []


def test_an_initial_a_describing_word_and_a_demonym_before_a_whole_name_are_no_first_names():
    """A results box's "4 H Moss" gives Hawisa Moss's initial; "Clubmate Ivo Pent" opens a
    sentence with a word that describes him before his whole name; "Finn Eevi Vale" says where she
    is from. None is a first name the sources do not give."""
    source = ("Hawisa Moss of Tarrow Tri Club was fourth in F45-49. Ivo Pent, 43, was third in M40-44. "
              "Eevi Vale, of Finland, won the women's race. She said the water was cold.")
    draft = ("Clubmate Ivo Pent, 43, was third in M40-44. Finn Eevi Vale won the women's race.\n\n"
             "RESULTS\n\nF45-49: 4 H Moss\nM40-44: 3 I Pent")
    assert [(f.rule, draft[f.start : f.end]) for f in check(draft, {"s.txt": source}) if f.rule == "name-spelling"] == []
    assert [country_of(w) for w in ("Finn", "Croat", "Serb", "Icelander")] == ["FI", "HR", "RS", "IS"]


def test_a_tables_row_whose_label_the_clause_says_states_its_figure():
    """ "cut net debt to £212m from £265m" is the results table's row "Net debt  £212m  £265m",
    not the "below £180m" the finance director expects by the year's end."""
    results = ("FINANCIAL SUMMARY\n\n                     2031        2030\nRevenue              £1,271.4m   £1,199.5m\n"
               "Net debt             £212m       £265m\n\nMr Pent said he expected net debt to fall below £180m by the end "
               "of the year.")
    draft = "The group cut net debt to £212m from £265m, Mr Pent said."
    assert claims(draft, {"r.txt": results}, "number-mismatch") == []


def test_a_tables_row_of_the_sentences_figures_states_them():
    """ "closed down 7.8% at 452.6p ... with 9.8 million traded" is the movers table's row, whose
    "-7.8" no clause reads as a share, not the 2.7% another company's shares fell as they traded."""
    report = ("Pent Brewers fell 2.7% as its shares traded without entitlement to the dividend.\n\nBIGGEST FALLERS\n\nCompany            Close     Change   %      Volume\n"
              "Velmar Mining (VLM)   452.6p    -38.3p   -7.8   9.8m\nPent Foods (PNF)      212.0p    -4.1p    -1.9   1.2m")
    draft = ("Tarrow Securities downgraded the stock to \"hold\". The shares closed down 7.8% at 452.6p, from 490.9p "
             "the night before, with 9.8 million traded.")
    assert claims(draft, {"r.txt": report}, "number-mismatch") == []


def test_a_margin_written_after_its_figure_is_no_total():
    """ "six points above you" is a gap, no points total for "second in the table on 44 points"."""
    transcript = "Q: Velmar are second, six points above you. Is Sunday a final?\n\nMOSS: Every game is a final."
    draft = "Velmar are second in the table on 44 points, six ahead of fourth-placed Tarrow."
    assert claims(draft, {"t.txt": transcript}, "number-mismatch") == []


def test_a_name_without_its_second_surname_is_the_same_person():
    """ "Striker Ivo Pent Moss" then "Ivo Pent" (Spanish copy drops the second surname): "the
    striker said" of Ivo Pent's quote names him."""
    wire = ("TARROW, Jan 25 (Velmar Press) - Striker Ivo Pent Moss scored twice as Tarrow won 3-1.\n\n"
            "Pent dedicated the win to the supporters. \"The goals are for the people who came out on a cold night,\" "
            "he said.")
    presser = "Q: Ivo Pent has 14 league goals. Is he playing the best football of his career?"
    draft = "Pent now has 14 league goals. \"The goals are for the people who came out on a cold night,\" the striker said."
    assert claims(draft, {"w.txt": wire, "p.txt": presser}, "attribution-speaker") == []


def test_a_peers_style_is_a_person():
    """ "The Duchess of Velmarholme said" gives a quote to a person, of whom "she said" may be
    written (a peer's style is no body's name)."""
    release = ("The Duchess of Velmarholme, who has worked with the auction house on the selection, said: \"We have "
               "kept the things that are simply family, the photographs and the letters.\"")
    draft = ("The Duchess has chosen what stays. \"We have kept the things that are simply family, the photographs and "
             "the letters,\" she said.")
    assert claims(draft, {"r.txt": release}, "attribution-pronoun") == []


def test_within_is_a_bound_unless_a_near_miss():
    """ "within 60 nm of the port" is at most 60 (a draft's "38 nm" is within it), while "came
    within 188 votes of unseating her" is the margin itself."""
    report = ("The tanker was boarded about 38 nautical miles south-west of Port Tarrow. It is the third boarding of "
              "a tanker within 60 nm of Port Tarrow this year.")
    draft = "Position: 04°07'N 006°38'E, approx. 38 nm SW of Port Tarrow."
    assert claims(draft, {"r.txt": report}, "number-mismatch") == []
    [margin] = extract_mentions(Document("Velmar came within 188 votes of unseating her.", "s.txt")).numbers
    assert (margin.low, margin.high) == (188, 188)


def test_the_subject_of_a_clause_after_while_speaks_its_own_quote():
    """ 'Ada Moss said the crew "did what they were trained to do", while Ivo Pent, the director,
    said ...': the first quote is Moss's; Pent's clause begins after "while"."""
    text = ("Tarrow's head of communications, Ada Moss, said the seafarers \"did exactly what they were trained to "
            "do\", while Ivo Pent, the bureau's director, said the alert had \"almost certainly prevented a kidnapping\".")
    quotes = extract_mentions(Document(text, "d.txt")).quotes
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("did exactly what they were trained to do", "Ada Moss"),
        ("almost certainly prevented a kidnapping", "Ivo Pent")]


def test_two_ages_set_off_after_two_names_are_two_ages():
    """ "Tarrowby, 23, was found by Lena, the daughter of her owner" is the mare's age, no slip of
    "his daughter, Lena Vale, 34, who found her"."""
    source = ("It was his daughter, Lena Vale, 34, who found her at about 6.30am on Tuesday 13 January, when she went "
              "out to the field off Pent Lane to give the horses their breakfast.")
    draft = ("Tarrowby, 23, was found by Lena, the daughter of her owner, at about 6.30am on Tuesday 13 January, when "
             "she went out to feed the horses in a field off Pent Lane.")
    assert claims(draft, {"s.txt": source}, "number-mismatch") == []


def test_a_tables_row_naming_its_entry_in_another_cell_states_its_figures():
    """A scoreboard's row "9 | 14 | Australia | Ada Moss | 134 | 38 | 172" states "ninth on 172
    with 134 jury points and 38 from the televote", though it opens with her places, not her name."""
    board = ("Place | Draw | Country | Artist | Jury | Televote | Total\n"
             " 9 | 14 | Australia | Ada Moss | 134 | 38 | 172\n"
             "13 | 06 | Norway | Ivo Pent | 49 | 38 | 87\n"
             "14 | 02 | Spain | Lena Vale | 12 | 27 | 39\nTELEVOTE 12 POINTS RECEIVED")
    draft = "Australia's Ada Moss was the mirror image, ninth on 172 with 134 jury points and 38 from the televote."
    assert claims(draft, {"b.txt": board}, "number-mismatch") == []


def test_a_weekdays_own_times_are_those_of_its_part_of_the_sentence():
    """ "Wednesday's high water is 6.86m at 08:17, and Thursday's is 6.71m at 08:53": Thursday's time
    is 08:53, which the tide table's Thursday row gives (no slip of a flood warning's Tuesday). The
    story's own clean draft, whose other sentences set the week."""
    sources, draft = _story("tide-table-harbour-notice", "clean2.txt")
    assert claims(draft, sources, "date-mismatch") == []


def test_a_row_of_bare_cells_under_a_unit_header_states_its_figure():
    """ "Day 3: potassium 3.1 mmol/L; moved to a general medical ward" is the case report's table row
    "3 | Stepped down to general medical ward | 3.1 | 6,200", whose cells no clause reads (the header
    gives the unit), not the wire's "3.8 mmol/L by day 5"; but "high risk ... 610" is the medium-risk
    row's figure where the high-risk row says more of the clause."""
    report = ("Serum potassium was 1.9 mmol/L on admission.\n\nDay | Event | K+ (mmol/L) | CK (U/L)\n"
              "0 | Admitted via emergency department | 1.9 | 14,800\n3 | Stepped down to general medical ward | 3.1 | 6,200\n"
              "5 | Walking with a frame | 3.8 | 2,100")
    wire = "His potassium reached 3.8 mmol/L by day 5, when he was walking with a frame."
    draft = "- Day 3: potassium 3.1 mmol/L; moved to a general medical ward"
    assert claims(draft, {"r.txt": report, "w.txt": wire}, "number-mismatch") == []
    risk = ("Properties at risk, 2022 and 2032:\n\nProperties at high risk of flooding      3,150      290\n"
            "Properties at medium risk                1,480      610\n\nThe number of properties at high risk of "
            "flooding has fallen from 3,150 to 290.")
    assert claims("The number of properties at high risk has fallen from 3,150 to 610.", {"r.txt": risk},
                  "number-mismatch") == [("number-mismatch", "610")]


def test_a_quote_whose_pronoun_goes_on_about_the_wrong_name_blames_the_name():
    """ 'Ivo Pent praised the crew. "...," he added.' of Ada Moss's words: "he" is Pent, whom the
    sentence before names, so the draft gives her words to him; the name is flagged (no fix: the
    sentence that names him may be right), not the pronoun. Where the sentence before names her,
    the pronoun is what is wrong."""
    source = ("Ada Moss chairs the Tarrow Rowing Club; she was elected in 2028. Ivo Pent coaches its crew; he "
              "joined in 2029.\n\n"
              '"The river gave us nothing for free this season," Moss said.')
    draft = 'Ivo Pent praised the crew. "The river gave us nothing for free this season," he added.'
    found = [(f.rule, draft[f.start : f.end], [x.replacement for x in f.fixes]) for f in check(draft, {"s.txt": source})
             if f.severity == "warning"]
    assert found == [("attribution-speaker", "Ivo Pent", [])]
    draft = 'Ada Moss praised the crew. "The river gave us nothing for free this season," he added.'
    assert claims(draft, {"s.txt": source}) == [("attribution-pronoun", "he")]


def test_an_end_of_a_window_of_times_is_a_time_written():
    """ "Polls open at 7am and close at 10pm" is the notice's "polls open 7am to 10pm", not a slip of
    "Nominations closed at 4pm": a window's ends are times the sources write."""
    notice = ("Nominations closed at 4pm on Wednesday 3 March 2032.\n\n"
              "- Polling day: Thursday 1 April 2032, polls open 7am to 10pm")
    assert claims("Polls open at 7am and close at 10pm.", {"n.txt": notice}, "number-mismatch") == []
    assert claims("Nominations closed at 5pm on Wednesday 3 March.", {"n.txt": notice}, "number-mismatch") == [
        ("number-mismatch", "5pm")]


ECLIPSE_TABLE = (
    "All times British Summer Time, 24-hour clock.\n\n"
    "Town        | First contact | Maximum | Last contact | Totality\n"
    "Tarrowby    | 09:41         | 10:48   | 11:58        | 2m 14s\n"
    "Velmarsh    | 09:42         | 10:49   | 12:00        | 1m 38s\n"
    "Pentwick    | 09:45         | 10:53   | 12:04        | none\n\n"
    "In Lenmoor, the Moon will cover 94.5% of the Sun at maximum, at 10:45 BST. Tarrowby has the longest "
    "totality, 2 minutes 14 seconds, and Velmarsh expects the biggest crowds.")


def test_a_measure_in_parts_is_stated_by_the_row_of_its_name():
    """ "Velmarsh, which gets 1 minute 38 seconds of totality" is the table's row "Velmarsh | ... |
    1m 38s", not a slip of the "2 minutes 14 seconds" the release gives Tarrowby's."""
    draft = "Velmarsh, which gets 1 minute 38 seconds of totality, is the place to be."
    assert claims(draft, {"t.txt": ECLIPSE_TABLE}, "number-mismatch") == []


def test_a_time_in_a_row_of_24_hour_times_is_on_the_24_hour_clock():
    """ "10:53" alone may be morning or night; in a table row beside "09:45" and "12:04" it is the
    row's 24-hour time, which "the Moon will cover the Sun at 10:53 BST" in Pentwick states."""
    draft = "In Pentwick the Moon will cover most of the Sun at 10:53 BST."
    assert claims(draft, {"t.txt": ECLIPSE_TABLE}, "number-mismatch") == []
    row = Document("Pentwick    | 09:45         | 10:53   | 12:04        | none")
    assert [n.text for n in extract_mentions(row).numbers] == ["09:45", "10:53", "12:04"]
    assert [n.text for n in extract_mentions(Document("The meeting at 10:53 was short.")).numbers] == []


def test_a_word_capitalized_only_to_open_a_tables_cell_is_no_name():
    """A decision record's header "Criterion | Weighting" capitalizes "Weighting" as a cell's first
    word: "a 10% weighting" in the draft is no mis-cased name."""
    record = "The cabinet approved the model on Tuesday.\n\nCriterion | Weighting\nQuality | 55%\nPrice | 35%\nSocial value | 10%"
    assert claims("Social value carried a 10% weighting, against 55% for quality.", {"r.txt": record},
                  "name-spelling") == []


def test_a_sources_own_words_in_the_first_person_are_quoted_as_written():
    """A candidate's written answers print no quotation marks: their sentences are what a draft
    quotes, and a word changed in one is a misquote ("loses its school" for "loses its post office");
    a source in the third person gives its prose to no one, and its words quoted are no misquote."""
    answers = ("Answers from Ivo Pent, Independent\n\n"
               "Q1: What is your top priority?\nMy top priority is fixing the potholes before another winter.\n\n"
               "Q2: Would you fight to keep the library open?\n"
               "Yes, I would fight to keep it open. A village that loses its library soon loses its post office "
               "and its pub as well.\n\nQ3: Buses?\nI would ask the county to restore the evening service on the 47.")
    draft = 'Pent (Ind): "A village that loses its library soon loses its school and its pub as well."'
    assert claims(draft, {"a.txt": answers}, "misquote") == [("misquote", "school")]
    right = 'Pent (Ind): "A village that loses its library soon loses its post office and its pub as well."'
    assert claims(right, {"a.txt": answers}) == []
    report = ("Ivo Pent is standing as an Independent. He wants the library kept open. A village that loses its "
              "library soon loses its post office and its pub as well, his leaflet argues. The count is on Friday.")
    assert claims(draft, {"r.txt": report}, "misquote") == []


LEAGUE = (
    "Tindalwing was the most punctual carrier. Skyrrow, the largest carrier, came last with an average delay of "
    "23.8 minutes. Ellsmoth Airport topped the airport table.\n\n"
    "Rank | Airport | On time | Avg delay (min)\n1 | Ellsmoth | 84.6% | 9.8\n2 | Velmarsh | 82.9% | 10.4\n\n"
    "Rank | Airline | On time | Avg delay (min) | Flights\n1 | Tindalwing | 86.2% | 8.9 | 41,380\n"
    "6 | Skyrrow | 66.1% | 23.8 | 138,290")


def test_a_tables_row_under_its_rank_states_the_figures_of_its_name():
    """ "Tindalwing came first with 86.2% of flights on time and an average delay of 8.9 minutes" is
    the row "1 | Tindalwing | 86.2% | 8.9", whose name follows its rank's bar, not a slip of the
    last airline's 23.8 minutes; so is "8.9" beside a wrong 88.2%, a figure with decimals in the
    row of its name. "Ellsmoth Airport" is the row the table calls "Ellsmoth"."""
    draft = "Tindalwing came first with 86.2% of flights on time and an average delay of 8.9 minutes."
    assert claims(draft, {"l.txt": LEAGUE}, "number-mismatch") == []
    assert ("number-mismatch", "8.9") not in claims(draft.replace("86.2%", "88.2%"), {"l.txt": LEAGUE})
    draft = "Ellsmoth Airport: top of the table, with 84.6% of departures on time and an average delay of just 9.8 minutes."
    assert claims(draft, {"l.txt": LEAGUE}, "number-mismatch") == []
    sources, story_draft = _story("airline-punctuality-league", "clean2.txt")  # the story's own, whose other lines set the table
    assert claims(story_draft, sources, "number-mismatch") == []


def test_a_month_that_ends_a_span_of_months_is_a_period():
    """ "from July to December, 75.2% were on time" is a period, not a slip of the runway closure's
    March the sentence also dates; nor is "between July and September" the quarter's September."""
    source = ("The runway was closed for resurfacing from Sunday 14 March to Wednesday 30 June 2032. Between July and "
              "December, with both runways back in use, 75.2 per cent of departures were on time.")
    draft = ("Its runway was closed for resurfacing from Sunday 14 March to Wednesday 30 June 2032, and the airport says "
             "that from July to December, 75.2% of its departures were on time.")
    assert claims(draft, {"s.txt": source}, "date-mismatch") == []
    sources, story_draft = _story("airline-punctuality-league", "clean2.txt")
    assert claims(story_draft, sources, "date-mismatch") == []
    quarter = "The port handled 1,284,650 TEU in the three months to the end of September, a record."
    assert claims("The port handled 1,284,650 TEU between July and September.", {"q.txt": quarter}, "date-mismatch") == []


def test_a_post_at_a_body_named_short_or_split_otherwise_is_the_sources_post():
    """ "Quillmoor's head of media relations" is the head of media relations at Quillmoor
    International Airport; "the Harbours Secretary, Ada Moss" is the release's "Harbours Secretary
    Ada Moss", whom a rival also calls "the Secretary of State"; a "transport chief" is the cabinet
    member for highways and transport."""
    source = ("Ivo Pent, head of media relations at Quillmoor International Airport, said the runway was finished. "
              "Tarrow Airport also reported.")
    assert claims("Ivo Pent, Quillmoor's head of media relations, spoke.", {"s.txt": source}, "title-mismatch") == []
    notice = "Harbours Secretary Ada Moss said the fund would open in May. She named 37 harbours."
    rival = "Ivo Pent said: \"The Secretary of State has handed out barely a third of this money.\" Ada Moss did not reply."
    assert claims("The Harbours Secretary, Ada Moss, named 37 harbours.", {"n.txt": notice, "r.txt": rival},
                  "title-mismatch") == []
    for story, name in (("airline-punctuality-league", "clean.txt"), ("ministerial-written-statement", "clean2.txt")):
        sources, story_draft = _story(story, name)  # the stories' own drafts, with every title their sources give
        assert claims(story_draft, sources, "title-mismatch") == []
    column = "By Cllr Lena Vale, cabinet member for highways and transport, Tarrow District Council\n\nI back the bypass."
    assert claims("Highways and transport chief Lena Vale backs the bypass.", {"c.txt": column}, "title-mismatch") == []


def test_a_set_off_name_after_a_role_of_a_body_is_the_speaker():
    """ "The chair of the planning committee, Cllr Ada Moss, said:" gives the quote to Moss, not to
    the committee: "she said" of it in the draft is right."""
    source = ('The chair of the planning committee, Cllr Ada Moss, said: "We are not against new homes on this site."\n\n'
              "Ada Moss has chaired the committee since 2029.")
    draft = 'Ada Moss chairs the committee. "We are not against new homes on this site," she said.'
    assert claims(draft, {"s.txt": source}, "attribution-pronoun") == []
    speaker = extract_mentions(Document(source)).quotes[0].speaker
    assert speaker is not None and speaker.text == "Ada Moss"


def test_a_weekday_of_every_week_is_no_days_event():
    """ "Decisions ... are published in the weekly list every Friday" dates no decision: "Officers
    approved it on Thursday" is no slip of it."""
    source = ("Decisions on smaller applications are made by officers under delegated powers and are published in the "
              "council's weekly list every Friday.")
    draft = "Officers approved it under delegated powers on Thursday, with four conditions."
    assert claims(draft, {"s.txt": source}, "date-mismatch") == []


def test_a_measures_abbreviation_before_a_noun_is_the_unit():
    """ "The 5.8g bird" weighs 5.8 grams: no count of birds to set against "Thirty-one birds"; and
    "a 250g bag" is grams too, however the noun after it reads."""
    numbers = extract_mentions(Document("The 5.8g bird was the first. The 250g bag costs more. A 12 km walk.")).numbers
    assert [(n.text, n.unit) for n in numbers] == [("5.8g", "g"), ("250g", "g"), ("12 km", "kilometer")]
    sources, draft = _story("bird-ringing-report", "clean.txt")
    assert claims(draft, sources) == []


def test_a_year_bounded_as_the_sources_bound_it_is_given():
    """ "the first of its kind ringed at the Ness since 2017" is the source's "the first we had
    ringed since 2017", not a slip of the year of the report's totals."""
    source = ("A total of 14,862 new birds were ringed at Tarrow Ness in 2031. A warbler caught on Sunday 19 October "
              "weighed 5.8 grams and it was the first we had ringed since 2017.")
    draft = "A warbler caught on Sunday 19 October was the first of its kind ringed at the Ness since 2017."
    assert claims(draft, {"s.txt": source}, "date-mismatch") == []
    sources, story_draft = _story("bird-ringing-report", "clean.txt")  # the story's own, with its year of totals
    assert claims(story_draft, sources, "date-mismatch") == []


def test_a_range_of_two_figures_is_no_score_cut_short():
    """ "10-80 per cent" is a range of percentages, not a score of 10-8 leaving a stray 0: "from
    10 to 80 per cent in 26min" is the spec sheet's DC row, not a slip of its "0-100 per cent"."""
    numbers = extract_mentions(Document("DC rapid charging, 50kW | 10-80 per cent in 26min")).numbers
    assert [(n.text, n.low, n.high, n.unit) for n in numbers][1:3] == [
        ("10", 10.0, 80.0, "percent"), ("80 per cent", 10.0, 80.0, "percent")]
    sources, draft = _story("car-review-specs", "clean2.txt")
    assert claims(draft, sources, "number-mismatch") == []


def test_a_figure_the_sources_write_is_no_anagram_of_another():
    """ "up 6.3% on the previous year" for the region, where a table row gives the region's +6.3%
    and the release the nation's 3.6%: the sources write the draft's very figure, so its digits
    are no slip of the other's."""
    sources, draft = _story("mps-expenses-release", "clean2.txt")
    assert claims(draft, sources, "number-mismatch") == []


def test_a_units_abbreviation_is_the_unit_it_stands_for():
    """ "Delays of approx 45 mins approaching J14" in an incident log states "delays of about 45
    minutes approaching junction 14": "mins" is minutes, so no rail notice's "25 minutes" is the
    draft's; likewise "hrs" and "secs"."""
    units = [n.unit for n in extract_mentions(Document("Delays of 45 mins. It took 2 hrs. He ran it in 9.8 secs.")).numbers]
    assert units == ["minute", "hour", "second"]
    log = "08:10 - Queues of 6 miles, now extending past J13. Delays of approx 45 mins approaching J14."
    rail = "07:34 | Elsporth | Tarrow Parkway | Delayed by approx 25 minutes"
    draft = "Queues are now six miles long, with delays of about 45 minutes approaching junction 14."
    assert claims(draft, {"l.txt": log, "r.txt": rail}, "number-mismatch") == []
    sources, story_draft = _story("traffic-travel-bulletin-roads", "clean.txt")
    assert claims(story_draft, sources, "number-mismatch") == []


def test_a_temperature_in_a_line_without_words_is_in_degrees():
    """A table's cell "-6C / -14C" has no lower-case letter: it is no line in capitals to read as
    words, and its figures are degrees, as the draft's "-6C base" is."""
    source = ("Resort | Snow | Temp base / summit\n"
              "Tarrowfell | 45 cm | -6C / -14C\n"
              "Velmar Peak | 60 cm | -8C / -17C\n\n"
              "The coldest reading was -17C at the Velmar Peak summit station.")
    numbers = extract_mentions(Document(source)).numbers
    assert [(n.value, n.unit) for n in numbers[1:3]] == [(6.0, "celsius"), (14.0, "celsius")]
    draft = "TARROWFELL\n\nLifts 9 of 17 | -6C base, -14C summit\n"
    assert claims(draft, {"w.txt": source}, "number-mismatch") == []


def test_an_object_after_a_set_off_name_is_someone_else():
    """"The mare's jockey, Ivo Pent, rode her in 14 of her 16 races": the comma closing the
    apposition ends no clause, so "her" is the object of Pent's verb (the mare), and the "her"
    after it hers too; Pent is "he", whom the quote after says he is."""
    source = ("Tarrowgleam is a six-year-old mare. The mare's regular jockey, Ivo Pent, rode her in 14 of her 16 races. "
              "Ivo Pent said by telephone that he had known for weeks. \"I'll miss her more than I can say,\" he said.")
    draft = "Pent rode the mare in 14 races. \"I'll miss her more than I can say,\" he said."
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []
    sources, story_draft = _story("racehorse-retirement-profile", "clean.txt")
    assert [f for f in check(story_draft, sources) if f.rule == "attribution-pronoun" and f.severity == "warning"] == []


def test_a_gendered_kin_noun_speaks_as_a_person():
    """'Her brother said: "..."' gives the quote to a man, unnamed: "he said" of it is no error."""
    source = ("Ada Tarrowby and her brother, Ivo Tarrowby, challenged the will. Ada Tarrowby said the ruling was a relief. "
              "Her brother said: \"We hope Lena will go on living in the farmhouse.\"")
    draft = ("Ivo Tarrowby said he and his sister hoped Lena would stay. "
             "\"We hope Lena will go on living in the farmhouse,\" he said.")
    assert claims(draft, {"w.txt": source}, "attribution-pronoun") == []


def test_a_hyphenated_description_opening_a_sentence_is_no_first_name():
    """"... at 1:05 p.m. Left-hander Ivo Pent starts": a description before the name, after a clock
    abbreviation that ends the sentence; a draft's "left-hander Ivo Pent" misspells nothing."""
    source = "The series ends on Sunday at 1:05 p.m. Left-hander Ivo Pent starts for Tarrow against Velmar."
    names = [m.text for m in extract_mentions(Document(source)).names]
    assert "Ivo Pent" in names and not any(n.startswith("Left") for n in names)
    draft = "The series ends Sunday at 1:05 p.m., with Tarrow left-hander Ivo Pent pitching against Velmar."
    assert claims(draft, {"w.txt": source}, "name-spelling") == []


def test_a_quote_recounting_anothers_words_is_the_teller_s():
    """'"Near the end he said, \'Don't make me a saint,\'" she recalled': the source's quote inside
    is his, the telling hers; "she" is no wrong pronoun for his words."""
    source = ("ADA MOSS: Ivo was a harbour pilot for 41 years. In the hospital, near the end, he said, "
              "\"Don't you dare make me a saint in it.\" So I didn't.")
    draft = ("Ada Moss wrote about her husband, Ivo Moss. \"In the hospital, near the end, he said, 'Don't you dare make "
             "me a saint in it,'\" she recalled.")
    assert claims(draft, {"w.txt": source}) == []


def test_a_post_and_its_body_set_off_after_a_name_are_hers():
    """'Ada Moss, publishing director, Velmar Press, said: "..."': the press is where she works;
    the quote is hers, and "Moss said" of it is right."""
    source = "Ada Moss, publishing director, Velmar Press, said: \"Editing this book was the privilege of my working life.\""
    (quote,) = extract_mentions(Document(source)).quotes
    assert quote.speaker.text == "Ada Moss"
    draft = "\"Editing this book was the privilege of my working life,\" Moss said."
    assert claims(draft, {"w.txt": source}) == []


def test_a_title_after_an_ordinal_is_a_common_noun():
    """Sources style "Sir Ivo Tarrow, 3rd Baronet"; a draft's "the 3rd baronet's granddaughter"
    writes the noun, as "the baronet" would."""
    source = ("Sir Ivo Tarrow, 3rd Baronet, rebuilt the hall in the 1740s. In 1887 Sir Carl Tarrow, 6th Baronet, "
              "divided the saloon. In 2019 Sir Amias Tarrow, 11th Baronet, gave the hall to the trust.")
    draft = "The 3rd baronet rebuilt the hall; the 6th baronet divided the saloon, and the 11th baronet gave it away."
    assert claims(draft, {"w.txt": source}, "name-spelling") == []


def test_a_place_among_contestants_is_no_trade():
    """"Ivo Pent, the youngest baker in the series": a contestant's standing, not a trade that the
    sources' "physiotherapy student" contradicts (nor one to "fix")."""
    source = "Ivo Pent, 23, physiotherapy student, from Tarrow. The youngest baker in the series."
    draft = "Ivo Pent, the youngest baker in the series, built the tallest tower of the week."
    assert [f for f in check(draft, {"w.txt": source}) if f.rule == "title-mismatch"] == []


def test_a_height_in_its_names_row_is_stated():
    """A signees' table writes "Ada Moss | Football/OT | 6-6 | 305": the draft's "Ada Moss (6-6,
    305)" is her row, no slip of another's "6-2" in prose."""
    source = ("Signee | Position | Height | Weight | Stars\n"
              "Ada Moss | Football/OT | 6-6 | 305 | 4\n"
              "Ivo Pent | Football/WR | 6-2 | 185 | 3\n"
              "Lena Vale | Football/LB | 6-3 | 228 | 4\n\n"
              "Pent, a 6-2, 185-pound three-star ranked No. 41 in the state, led Tarrow with 64 catches.")
    draft = "Offensive tackle Ada Moss (6-6, 305) and linebacker Lena Vale (6-3, 228) signed with Velmar State."
    assert claims(draft, {"w.txt": source}, "number-mismatch") == []


def test_a_height_set_off_after_one_name_is_not_anothers():
    """"Moss, a 6-1 left-hander," is Moss's height; the sources' "Pent, a 6-2, 185-pound three-star"
    is Pent's, whatever else the two sentences share."""
    source = ("Ada Moss | Volleyball | 6-1 | - | -\n"
              "Ivo Pent | Football/WR | 6-2 | 185 | 3\n\n"
              "Pent, a 6-2, 185-pound three-star ranked No. 41 in Tarrow, led the Velmar Class of 2032 with 64 catches.")
    draft = "Moss, a 6-1 left-hander, piled up 512 kills as Velmar finished runner-up in the Class 6A state final."
    assert claims(draft, {"w.txt": source}, "number-mismatch") == []


def test_a_days_weekday_is_checked_in_the_year_it_was_read_in():
    """In a January issue, "came in on Tuesday 2 December" is last December's (a Tuesday), not the
    coming one's (a Thursday): the calendar's weekday is taken in that year."""
    source = "Tarrow Rescue, 13 January 2032\n\nArrived: Tuesday 2 December 2031. Grubbins is a terrier cross."
    draft = "Tarrow Rescue, 13 January 2032\n\nGrubbins, a terrier cross, came in on Tuesday 2 December."
    assert claims(draft, {"w.txt": source}, "date-mismatch") == []
    assert claims(draft.replace("Tuesday", "Wednesday"), {"w.txt": source}, "date-mismatch") == [("date-mismatch", "Wednesday")]


def test_a_name_after_its_own_title_is_the_one_the_pronoun_goes_on_about():
    """'Head of kennels Ivo Pent already knows who he would like to see leave first. "...," he said.'
    of Ada Moss's words: the sentence before opens with Pent's title, then his name, so the name is
    what is wrong, not the pronoun."""
    source = ("Ada Moss manages the Tarrow shelter. She took over in 2028. Ivo Pent is head of kennels. He "
              "joined in 2029.\n\n"
              '"We would love Tansy to be the first animal out of the door," Moss said.')
    draft = ('Head of kennels Ivo Pent already knows who he would like to see leave first. '
             '"We would love Tansy to be the first animal out of the door," he said.')
    assert claims(draft, {"s.txt": source}) == [("attribution-speaker", "Ivo Pent")]


def test_a_body_and_its_acronym_are_one_affiliation():
    """Sources define "the Shopfloor and Depot Union (SDU)" and call Ada Moss "general secretary of
    the SDU": a draft's "general secretary of the Shopfloor and Depot Union" names the same body."""
    source = ("The Shopfloor and Depot Union (SDU), which represents about 11,000 of the chain's employees, "
              "criticised the spending. \"A new sign does nothing for the tills,\" said Ada Moss, general secretary "
              "of the SDU. The Velmar Traders Guild declined to comment.")
    draft = "Ada Moss, general secretary of the Shopfloor and Depot Union, criticised the spending."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == []
    assert claims(draft.replace("Shopfloor and Depot Union", "Velmar Traders Guild"), {"w.txt": source},
                  "title-mismatch") != []


def test_a_shelter_or_a_larder_names_a_body_not_a_person():
    """"Tarrow Community Larder" and "Velmar Night Shelter" are bodies (their heads' words name
    institutions), so a draft's "the food larder" is no misspelled surname "Larder"."""
    source = "Funds raised:\n- Velmar Night Shelter: £14,630\n- Tarrow Community Larder: £9,750\n"
    kinds = {m.text: m.kind for m in extract_mentions(Document(source)).names}
    assert kinds["Tarrow Community Larder"] == "organization" and kinds["Velmar Night Shelter"] == "organization"
    draft = "Festival buckets raise £24,380 for shelter and food larder"
    assert claims(draft, {"w.txt": source}, "name-spelling") == []



def test_a_sum_and_its_year_in_one_source_sentence_are_one_fact():
    """"who qualified in 1981 and gave £1.4 million to build it in 2029" states the draft's "Her
    £1.4m gift, made in 2029", though no word of the gift's clause but its sum is in the source's
    (and the hall's opening, a date of the same name, is another fact). A year the sum's sentence
    does not give is still compared."""
    source = ("Tarrow, 3 May 2032\n\nThe Moss Hall opens on Friday 14 May 2032. It is named after Ada Moss, "
              "a retired ferry captain who qualified in 1981 and gave £1.4 million to build it in 2029.")
    draft = ("Tarrow, 3 May 2032\n\nAda Moss qualified as a ferry captain in 1981. Her £1.4m gift, made in 2029, "
             "paid for the Moss Hall, which opens on Friday 14 May 2032.")
    assert claims(draft, {"w.txt": source}, "date-mismatch") == []
    assert claims(draft.replace("made in 2029", "made in 2027"), {"w.txt": source}, "date-mismatch") == [
        ("date-mismatch", "2027")]


def test_a_title_written_in_its_holders_table_row_is_stated():
    """A table's row "Tarrow Chair | Professor Ivo Pent (he) | 39 | Senior Lecturer in Physics, Velmar
    Institute" gives Pent the draft's "Senior Lecturer in Physics", though the prose calls him only
    "Professor", by the chair's title."""
    source = ("Chair | Holder | Age | Current post\n"
              "Tarrow Chair in Optics | Professor Ivo Pent (he) | 39 | Senior Lecturer in Physics, Velmar Institute\n\n"
              "Professor Ivo Pent, 39, is appointed to the Tarrow Chair in Optics.")
    draft = "Professor Ivo Pent, 39, Senior Lecturer in Physics at the Velmar Institute, takes the Tarrow Chair in Optics."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == []


def test_a_date_in_a_barred_cell_is_its_rows():
    """"K32YC117 | Wednesday 10 March 2032 | Moss v Pent | £1,740 | Claim dismissed": a four-word cell
    set apart by bars dates its row's case, which the draft's "Moss v Pent (Wednesday)" is; the gale
    the judgment's extract tells of (on 2 November, a Sunday) is another day of the same case."""
    sheet = ("Case no. | Hearing date | Parties | Claimed | Outcome\n"
             "K32YC104 | Tuesday 9 March 2032 | Lark v Tarrow Kitchens Ltd | £4,860 | Claim allowed in part\n"
             "K32YC117 | Wednesday 10 March 2032 | Moss v Pent | £1,740 | Claim dismissed\n")
    extracts = ("2. Moss v Pent (K32YC117), Wednesday 10 March 2032\n\n"
                "Mr Moss and Ms Pent are neighbours in Tarrow Lane. On 2 November 2031 a large branch from the beech "
                "tree in Ms Pent's garden came down in a gale and fell on Mr Moss's shed. He claims £1,740.\n\n"
                "The claim is dismissed.")
    draft = ("- Moss v Pent (Wednesday): Carpenter Ivo Moss's £1,740 claim against neighbour Ada Pent, whose beech "
             "branch fell on his shed in a November gale, was dismissed.")
    assert claims(draft, {"a.txt": sheet, "b.txt": extracts}, "date-mismatch") == []


def test_a_place_after_from_in_a_speakers_description_is_not_the_speaker():
    """"The 41-year-old hospital porter from Tarrowby said she started it ..." is the porter's quote
    (Ada Moss's, as the sources give it), not the place's: a name after "from" in the words before
    "said" is where the speaker comes from."""
    source = ('Ada Moss, 41, a hospital porter from Tarrowby, started the petition. "I started it at my kitchen '
              'table with no money," Moss said. Tarrowby is in Cumbria.')
    draft = ('The petition\'s creator is Ada Moss. The 41-year-old hospital porter from Tarrowby said she started '
             'it "at my kitchen table with no money".')
    assert claims(draft, {"w.txt": source}) == []


def test_a_nationality_in_a_relative_clause_is_the_persons():
    """"Ada Moss, who is Faroese, joined ..." gives Moss a nationality as "Ada Moss, a Faroese
    engineer," does: a draft's "Ada Moss, who is Icelandic and joined ..." contradicts it. The
    adjective "Icelandic" is a nationality, though the gazetteer lists only "Icelander"."""
    assert nation_of("Icelandic") == nation_of("Iceland") and nation_of("Argentinian") == nation_of("Argentina")
    source = "Her chief engineer, Ada Moss, who is Faroese, joined the company from a Norwegian operator in 2024."
    draft = "Chief engineer Ada Moss, who is Icelandic and joined the company in 2024, expects a quiet harbour."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == [("title-mismatch", "Icelandic")]
    assert claims(draft.replace("Icelandic", "Faroese"), {"w.txt": source}, "title-mismatch") == []


def test_an_age_in_a_document_headed_by_an_old_date_is_of_its_day():
    """An archive's page headed "TARROW COURIER ARCHIVE - page 7, Friday 24 September 1982" gives the
    page boy's age then ("aged five"): the draft's "Ivo Pent, 55," fifty years on is no slip of it."""
    archive = ("TARROW COURIER ARCHIVE - transcription of page 7, Friday 24 September 1982\n\n"
               "The page boy was the bride's son, Master Ivo Pent, aged five, who carried the rings.")
    feature = "Tarrow, Saturday 18 September 2032\n\nAda Moss and her husband marked their golden wedding on Saturday 18 September 2032."
    draft = "Tarrow, 20 September 2032\n\nAlongside Ivo Pent, 55, the couple's children are Lena Vale and Ivo Moss."
    assert claims(draft, {"a.txt": archive, "b.txt": feature}, "number-mismatch") == []


def test_a_weekday_is_not_dated_by_a_clause_that_shares_only_its_names():
    """"Friday's resignation of Ada Moss" shares nothing but her name with "Moss was suspended
    yesterday (Wednesday 22 January)": another event, and no claim that Friday is wrong."""
    source = ("TARROW COURIER, Thursday 23 January 2031\n\nThe council confirmed that Ada Moss, its head of "
              "procurement, was suspended yesterday (Wednesday 22 January) after the auditor's interim findings.")
    draft = "Friday's resignation of Ada Moss, the council's head of procurement, closes one chapter of the affair."
    assert claims(draft, {"w.txt": source}, "date-mismatch") == []


def test_a_sources_news_is_of_its_own_day():
    """A release dated "Friday 11 July 2031" whose lead says Ada Moss "has resigned with immediate
    effect" states the draft's "11 July 2031: Moss resigns", which is no slip of the 22 January her
    suspension (the entry's other words) is dated by."""
    release = ("TARROW BOROUGH COUNCIL\n\nNEWS RELEASE\n\nFor immediate release: Friday 11 July 2031\n\n"
               "Tarrow council's head of procurement, Ada Moss, has resigned with immediate effect. Ms Moss had "
               "been suspended on full pay since 22 January 2031.")
    courier = ("TARROW COURIER, Thursday 23 January 2031\n\nTarrow council has suspended its head of procurement, "
               "Ada Moss, on full pay. The council confirmed that Ms Moss was suspended yesterday (Wednesday 22 "
               "January) after the auditor shared interim findings.")
    draft = ("TARROW COURIER\n\nHOW WE GOT HERE\n\n- 22 January 2031: Moss is suspended on full pay.\n"
             "- 11 July 2031: Moss resigns. By then she has received £36,500 in pay while suspended.")
    assert claims(draft, {"r.txt": release, "c.txt": courier}, "date-mismatch") == []


def test_a_title_written_before_a_style_and_its_holder_is_stated():
    """"Council leader Cllr Ada Moss" gives Moss the draft's "Council leader Ada Moss", beside the
    "cabinet member for resources" an older source calls her."""
    sources = {"a.txt": "Cllr Ada Moss, cabinet member for resources, said she had asked for a list of contracts.",
               "b.txt": "Council leader Cllr Ada Moss, who was elected leader on 20 May 2031, apologised to residents."}
    draft = "Council leader Ada Moss, who took the job in May, apologised to residents."
    assert claims(draft, sources, "title-mismatch") == []


def test_a_board_seat_and_a_post_on_the_board_go_together():
    """"Its seven directors are: Ada Moss (chair); Ivo Pent (vice-chair)": a draft's "Director Ivo
    Pent" names his seat on the board, not another post; "Treasurer Ivo Pent" is another post."""
    source = ("The trust has seven directors. Its directors are: Ada Moss (chair); Ivo Pent (vice-chair); "
              "Lena Vale (treasurer). The trust's vice-chair, Ivo Pent, thanked the volunteers.")
    draft = "Director Ivo Pent thanked the volunteers who had delivered the ballot papers."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == []
    assert claims(draft.replace("Director", "Treasurer"), {"w.txt": source}, "title-mismatch") != []


def test_a_role_opening_the_paragraph_takes_the_pronoun_from_the_last_speaker():
    """'She added: "..."' ends a paragraph about Ada Moss; the next opens "The archdeacon paid
    tribute ..." before '"...," she said': the archdeacon (Lena Vale) speaks, not Moss going on, so a
    draft's "The archdeacon said ..." gives the quote to no one else."""
    source = ("The Revd Ada Moss was instituted as Vicar of Tarrow by the bishop on Thursday 9 September 2032. She was "
              "then inducted by the Ven Lena Vale, Archdeacon of Velmar.\n\n"
              'Speaking after the service, Ms Moss said: "I have been overwhelmed by the welcome."\n\n'
              'She added: "My hope is that every one of our churches is open."\n\n'
              "The archdeacon paid tribute to the lay people who kept worship going. \"The parishes have shown "
              'remarkable resilience during a long vacancy,\" she said.')
    draft = 'The archdeacon said the parishes "have shown remarkable resilience during a long vacancy".'
    assert claims(draft, {"w.txt": source}) == []


def test_an_edited_quote_with_a_quote_inside_is_checked_stretch_by_stretch():
    """'"[Ms Moss] wrote: \'We are not asking for a handout. ...\' ... I have not read a better
    summary," the minister said' quotes a speech whose transcript prints the letter as a quote of its
    own: the bracketed insertion and the word framing the letter are the editor's, and each longer
    stretch is the source's words (not a changed "Ada Moss asked for a wall ...", a later sentence)."""
    transcript = ("I want to start with a letter. Last month I received a letter from Ada Moss, who runs a crab business "
                  "on the quay at Tarrow, in my own constituency. She wrote: \"We are not asking for a handout. We are "
                  "asking for a wall that stands up when the sea comes in.\" I have read a great many letters in this "
                  "job. I have not read a better summary of what this department is for.\n\nEvery pound we put into a "
                  "harbour wall comes back to us. Ada Moss asked for a wall that stands up when the sea comes in.")
    draft = ("\"[Ms Moss] wrote: 'We are not asking for a handout. We are asking for a wall that stands up when the "
             "sea comes in.' ... I have not read a better summary of what this department is for,\" the minister said.")
    assert claims(draft, {"t.txt": transcript}, "misquote") == []
    assert claims(draft.replace("a handout", "a favour"), {"t.txt": transcript}, "misquote") != []


def test_a_correction_notice_names_the_error_it_owns_up_to():
    """"An earlier version also misspelled the surname of the union's regional secretary as Caskelow":
    the misspelling is the notice's subject, not a claim the draft makes; the same misspelling in
    the story itself is one."""
    source = ("Murdina Caskelloe, Scottish regional secretary of the Tarrow Workers' Union, said the cuts were a "
              "betrayal. Caskelloe said members would be balloted.")
    draft = ("Murdina Caskelloe, Scottish regional secretary of the Tarrow Workers' Union, said the cuts were a "
             "betrayal.\n\n(This story has been corrected to show that Tarrow Air is cutting seven routes, not nine, "
             "in paragraph 1; an earlier version also misspelled the surname of the union's Scottish regional "
             "secretary as Caskelow)")
    assert claims(draft, {"w.txt": source}) == []
    assert claims(draft.replace("Murdina Caskelloe,", "Murdina Caskelow,"), {"w.txt": source}, "name-spelling") == [
        ("name-spelling", "Caskelow")]


def test_a_count_of_days_is_the_length_of_a_span_the_sources_give():
    """"the festival's four days" is "The festival runs from Thursday 14 October to Sunday 17 October",
    not the "refunds within 14 days" of another sentence about tickets; a count no span gives is
    still compared."""
    sources = {"a.txt": "The fourth Tarrow Book Festival will run from Thursday 14 October to Sunday 17 October 2032, "
                        "with 32 events at four venues.",
               "b.txt": "The festival said tickets for the cancelled event would be refunded within 14 days. About 6,000 "
                        "tickets are on sale this year."}
    draft = "About 6,000 tickets are on sale across the festival's four days, up from last year."
    assert claims(draft, sources, "number-mismatch") == []


def test_a_title_after_its_bodys_name_opens_the_sentence_the_pronoun_goes_on_about():
    """'Council leader Ivo Pent urged voters not to be caught out. "...," he said.' of the returning
    officer's (Ada Moss's) words: the sentence before opens on Pent's title after its body's name,
    so the name is what is wrong, not the pronoun."""
    source = ("The returning officer, Ada Moss, said: \"Please remember to bring an accepted form of photo ID with you.\" "
              "She said polling stations open at 7am. Council leader Ivo Pent said he would vote early.")
    draft = ('You will need to show photo ID. Council leader Ivo Pent urged voters not to be caught out. '
             '"Please remember to bring an accepted form of photo ID with you," he said.')
    assert claims(draft, {"w.txt": source}) == [("attribution-speaker", "Ivo Pent")]


def test_a_dated_line_far_down_is_no_dateline():
    """A results box's "Tarrow, Thursday 3 May 2029:" forty lines into a guide is the last election's
    day, not the story's filing date, which every day without a year would be read in."""
    head = "Tarrow Live | Tarrow by-election 2031\n\nYour guide to the candidates\n\n"
    body = "".join(f"Paragraph {i} about the candidates and what they promise.\n\n" for i in range(20))
    text = head + body + "LAST TIME\n\nTarrow, Thursday 3 May 2029:\nAda Moss (Civic) 1,487\n"
    assert Document(text).dateline is None
    assert Document("TARROW, Thursday 3 May 2029: Voters went to the polls.").dateline is not None


def test_a_nationality_after_is_is_its_subjects():
    """"Ivo Pent, 28, is Spanish" gives Pent a nationality as "a Spanish dancer" would: a draft's
    wrong one is flagged, where the sources call him Portuguese; "In Tarrow, it is Spanish" names no one."""
    source = "The other promotions went to Ivo Pent, 28, a Portuguese dancer who becomes a first soloist."
    draft = "Ivo Pent, 28, is Spanish and becomes a first soloist."
    assert claims(draft, {"w.txt": source}, "title-mismatch") == [("title-mismatch", "Spanish")]
    assert claims(draft.replace("Spanish", "Portuguese"), {"w.txt": source}, "title-mismatch") == []
    assert not [t for t in extract_mentions(Document("In Tarrow, it is Spanish.")).titles if t.form == "nationality"]


def test_a_nicknames_word_in_lower_case_is_the_word():
    """'Ada "Quicksilver" Moss' makes an English word a nickname: the draft's "a flash of
    quicksilver" is the word, not a mis-cased name."""
    source = ('Basketball guard Ada "Quicksilver" Moss enters the Hall of Fame. "People called me Quicksilver, but '
              'I was just scared of being caught," Moss said.')
    draft = ('A flagstone, a flash of quicksilver and a pendulum: the newest members took their bows. '
             'Ada "Quicksilver" Moss was the first basketball player admitted.')
    assert claims(draft, {"w.txt": source}, "name-spelling") == []


def test_a_label_the_transcript_reading_does_not_take_still_ends_a_turn():
    """In a ceremony's transcript, 'ADA MOSS (daughter), accepting on behalf of the late Ivo Moss:'
    opens another speaker's turn, though it is no label the reading takes: her words are not the
    chair's, whose labelled turn came before."""
    transcript = ("TARROW VALLEY SPORTS HALL OF FAME\nINDUCTION CEREMONY\n\n"
                  "SELWYN THARROCK (chair, board of trustees): Good evening, all 640 of you. Tonight we welcome four new members.\n\n"
                  "IVO PENT (former captain), presenting Cara Lusk: I captained her for nine seasons.\n\n"
                  "ADA MOSS (daughter), accepting on behalf of the late Ivo Moss: My father died five years ago. Dad would "
                  "have pretended this was no big deal.\n\n"
                  "SELWYN THARROCK (closing): Four careers, one room. Goodnight.")
    wire = ("Ivo Moss died in March 2027. His daughter, Ada Moss, accepted the honour. She is a teacher.\n\n"
            "Selwyn Tharrock, chair of the Hall's board of trustees, closed the evening. He thanked the guests.")
    draft = ("Ada Moss collected her late father's award. \"Dad would have pretended this was no big deal,\" she told the "
             "640 guests.")
    assert claims(draft, {"t.txt": transcript, "w.txt": wire}) == []


def test_the_one_turned_to_is_spoken_to_not_speaking():
    """"Turning to Ivo Pent, who had also pleaded guilty, she said: '...'" is the judge's, spoken to
    Pent: the sources do not give it to Pent, so the draft's "the judge told him" is right."""
    source = ("Passing sentence, Judge Ada Moss told the three: \"You preyed on people who had saved carefully.\"\n\n"
              "Turning to Ivo Pent, who had also pleaded guilty to two counts of possessing false documents, she said: "
              "\"The names you hid behind were not a disguise so much as a toolkit for dishonesty.\"")
    draft = ('"The names you hid behind were not a disguise so much as a toolkit for dishonesty," the judge told Pent. '
             'She told Pent: "The names you hid behind were not a disguise so much as a toolkit for dishonesty."')
    assert claims(draft, {"w.txt": source}) == []


def test_years_of_an_era_are_no_figures():
    """"c. 500-300 BC" is a span of years of an era, not a score of 500 to 300: no count to compare
    with the sources' "300-100 BC", nor a figure no source gives."""
    draft = "The mantle fragment, 1901.7.19, dates from c. 500\u2013300 BC, the sources say."
    assert not [n for n in extract_mentions(Document(draft)).numbers if "500" in n.text]


def test_a_year_counted_from_another_event_is_not_that_events():
    """"made her a Knight First Class ... in 1990, the year after her tunnel opened" dates the
    knighthood; the tunnel's 1989 is the other event the clause after it counts from."""
    sources = {"a.txt": "Ada Moss was honoured in Norway, Italy and her home town. She was appointed Knight First Class of "
                        "the Royal Norwegian Order of Merit in 1990 and Commander of the Order of Merit of the Italian "
                        "Republic in 2004.",
               "b.txt": "In 1979 she moved to Norway to join Tarrow Bergteknikk, and in 1984 she became its chief engineer. "
                        "There she designed the 7.4km Velmar subsea road tunnel, which opened on Saturday 14 October 1989.",
               "c.txt": "1990 | Norway | Ridder av 1. klasse av Den Kongelige Norske Fortjenstorden | Knight First Class of "
                        "the Royal Norwegian Order of Merit\n"}
    draft = ('By then she already held two national honours. Norway had made her a Knight First Class of the Royal '
             'Norwegian Order of Merit, or "Ridder av 1. klasse av Den Kongelige Norske Fortjenstorden", in 1990, the '
             'year after her Velmar subsea road tunnel opened.')
    assert claims(draft, sources, "date-mismatch") == []


def test_a_count_given_as_now_is_not_an_old_documents():
    """"It now employs nine" is no slip of "which employs six people" in an article of twelve years
    before the other sources: that was then. A count the old article alone gives, without "now",
    is still compared."""
    sources = {"a.txt": "TARROW ECHO\nWednesday 16 September 2020\n\nThe Lantern Oven, which employs six people, is known "
                        "mainly for sourdough.",
               "b.txt": "Tarrow, Tuesday 17 August 2032\n\nThe Lantern Oven won the Trials on Saturday 10 July 2032. It has "
                        "nine staff now. It bakes about 1,400 loaves a week."}
    draft = "Tarrow, 20 August 2032\n\nThe Lantern Oven now employs nine people and bakes about 1,400 loaves a week."
    assert claims(draft, sources, "number-mismatch") == []


def test_a_nationality_before_a_noun_describes_a_person_speaker():
    """'"...," the Swiss racer said.' gives the quote to a person the sources do not name there: a
    draft's "she said" is no pronoun for a non-person; "the Swiss bank" still heads a body."""
    source = ("Ada Moss was third at Velmar.\n\n"
              "\"My skiing was clean today and the result is fair,\" the Swiss racer said.\n\n"
              "\"Our rates stay where they are,\" the Swiss bank said.\n")
    draft = ("Ada Moss was third. \"My skiing was clean today and the result is fair,\" she said.\n\n"
             "\"Our rates stay where they are,\" she said.\n")
    found = [f.start for f in check(draft, {"s.txt": source}) if f.rule == "attribution-pronoun" and f.severity == "warning"]
    assert found == [draft.rindex("she")]


def test_a_part_of_them_counts_a_count_at_least_its_size():
    """ "played 283 matches, scored 47 tries and captained the side in 139 of them": the 139 are
    matches (47 tries cannot hold 139 of anything), so the sources state a 139 of the captaincy."""
    sentence = "He played 283 matches for the club, scored 47 tries and captained the side in 139 of them, winning 91.\n"
    numbers = [(n.value, n.unit) for n in extract_mentions(Document(sentence, "s.txt")).numbers]
    assert (139.0, "match") in numbers and (47.0, "try") in numbers


def test_a_description_in_words_of_the_language_is_not_a_miscased_name():
    """A bus the sources call "Airport Express" three times is no person for whom "Airport
    express" mis-cases a name; a person the sources show as one still is ("Ada moss")."""
    source = ("A new Tarrow Airport Express will link the bus station with Velmar Airport. The Airport Express "
              "starts in May, and the Airport Express fare is £4. Minister Ada Moss opened it. Moss said so.\n")
    draft = "Airport express\n\nThe Airport express leaves every 30 minutes. The minister, Ada moss, opened it.\n"
    assert claims(draft, {"s.txt": source}, "name-spelling") == [("name-spelling", "moss")]


def test_the_rest_of_a_count_after_its_first_is_no_count_of_the_whole():
    """ "on Friday 3 September, and again on the five weekends that follow" counts the weekends
    after the first of the sources' six, as "the remaining five" does."""
    source = "Slip roads at junction 14 will close on six weekends from Friday 3 September for bridge works.\n"
    for draft in ("The slip roads close on Friday 3 September, and again on the five weekends that follow.\n",
                  "After Friday 3 September, the slip roads close on the remaining five weekends.\n"):
        assert claims(draft, {"s.txt": source}, "number-mismatch") == []
    assert claims("The slip roads will close on five weekends from Friday 3 September.\n", {"s.txt": source},
                  "number-mismatch") == [("number-mismatch", "five")]


def test_a_date_is_the_one_a_source_gives_beside_the_same_telling_count():
    """ "A petition, signed by 6,318 people, was handed to the ministry on 2 February": its clause
    shares little with the sources' "gathered 6,318 signatures and was presented to the Department
    on Monday 2 February 2032", but one count of four digits makes them one fact."""
    sources = {"a.txt": "Published: Tuesday 16 March 2032\n\nThirty-seven rural bus routes withdrawn in recent years are "
                        "back in service, the Department for Rural Links announced today (Tuesday 16 March 2032).\n",
               "b.txt": "A petition calling for the Tarrow route to return gathered 6,318 signatures and was presented "
                        "to the Department on Monday 2 February 2032.\n"}
    draft = ("The minister spoke on Tuesday 16 March.\n\nVelmar Coaches pulled the route. A petition for its return, "
             "signed by 6,318 people, was handed to the Department for Rural Links on 2 February.\n")
    assert claims(draft, sources, "date-mismatch") == []
    wrong = draft.replace("on 2 February", "on 3 February")
    assert claims(wrong, sources, "date-mismatch") == [("date-mismatch", "3 February")]


def test_a_weekday_is_the_day_of_the_source_its_sentence_quotes():
    """ "told a colleague not to 'alarm 9,000 homes on a Sunday night', the inquiry heard on
    Tuesday", where the hearing's transcript is dated Tuesday 14 October: the day of the words it
    quotes, not the Monday the inquiry's opening report aligns with by its words."""
    sources = {
        "a.txt": "TARROW WATER INQUIRY\n\nDay 23 - Tuesday 14 October 2031\n\nQ. You wrote: \"Let's not alarm 9,000 "
                 "homes on a Sunday night on one batch.\"\n\nA. I did.\n",
        "c.txt": "TARROW, Monday 8 September 2031 - A public inquiry into the contamination of water in Tarrow opened "
                 "on Monday, with its chair promising a full account.\n",
    }
    draft = ("TARROW - A manager at Velmar Water told a colleague not to \"alarm 9,000 homes on a Sunday night\", "
             "the Tarrow Water Inquiry heard on Tuesday.\n")
    assert claims(draft, sources, "date-mismatch") == []
    unquoted = "TARROW - A public inquiry into the contamination of water in Tarrow opened on Tuesday.\n"
    assert claims(unquoted, sources, "date-mismatch") == [("date-mismatch", "Tuesday")]


def test_a_weekday_abbreviation_of_a_date_is_no_name():
    """A listing's "(Vellum One, Sun 17 Oct, 21:00)" gives Sunday, not a "Sun" a draft's "Sunk
    without trace" could misspell."""
    source = "SCHEDULE\n\nTHE TARROW FLOODS (Vellum One, Sun 17 Oct, 21:00)\n\nVELMAR (Vellum Two, Mon 18 Oct, 20:00)\n"
    draft = "TV THIS WEEK | Sunk without trace\n\nThe Tarrow Floods is on Vellum One on Sunday at 9pm.\n"
    assert claims(draft, {"c.txt": source}, "name-spelling") == []
    assert "Sun" not in {e.name for e in factbase_from_texts({"c.txt": source}).entities}


def test_a_heading_word_in_capitals_is_no_misspelled_name():
    """ "CRITIC'S PICK" over a column is a heading of the language, not a misspelling of a press
    pack's "PRESS PACK"; a name in capitals still is ("QUILET" for "Quillet")."""
    source = ("VELMAR PRESS OFFICE\nPRESS PACK: WEEK 42 HIGHLIGHTS\nSaturday 16 October to Friday 22 October 2032\n\n"
              "Ada Quillet presents The Tarrow Floods on Sunday.\n")
    draft = ("WHAT TO WATCH: THE WEEK AHEAD\n\nOur pick of the week's television.\n\nCRITIC'S PICK\nThe Tarrow Floods\n"
             "Sunday, 9pm\n\nAda Quillet presents it.\n")
    assert claims(draft, {"a.txt": source}, "name-spelling") == []
    assert claims("CRITIC'S PICK\n\nADA QUILET\n\nShe presents The Tarrow Floods.\n", {"a.txt": source},
                  "name-spelling") == [("name-spelling", "QUILET")]


def test_a_weekday_dateline_under_a_headline_standfirst_and_byline_dates_the_filing():
    """ "TARROW, Tuesday - " on a story's seventh line is the day it was filed, not the rescue's
    Sunday, whatever the lede then gets wrong."""
    sources = {"a.txt": "TARROW LIFEBOAT STATION - Monday 16 August 2032\n\nA family of five was rescued from a "
                        "sandbank off Tarrow on Sunday 15 August 2032 by the lifeboat crew.\n"}
    draft = ("Family plucked from rising tide\n\nFather waded with son on his shoulders\n\nBy our coastal reporter\n\n"
             "TARROW, Tuesday - A family of five was rescued from a sandbank by the lifeboat crew on Saturday "
             "afternoon.\n")
    assert claims(draft, sources, "date-mismatch") == [("date-mismatch", "Saturday")]


def test_a_who_clause_after_a_description_leaves_the_person_speaking():
    """ "Professor Ada Moss, a specialist at the Tarrow Institute in Velmar, who was not involved,
    said:" gives the quote to Moss: the "who" clause and the description before it are hers, not
    Velmar's; nor is "of the Tarrow Institute in Velmar, who had no role in it" the place's."""
    source = ("Professor Ada Moss, a heart specialist at the Tarrow Institute in Velmar, who was not involved in the "
              "study, said: \"This is a solid trial and the result is convincing.\"\n")
    draft = ("Professor Ada Moss of the Tarrow Institute in Velmar, who had no role in the study, said it was "
             "\"a solid trial\".\n")
    assert claims(draft, {"a.txt": source}, "attribution-speaker") == []
    speaker = extract_mentions(Document(source, "a.txt")).quotes[0].speaker
    assert speaker is not None and speaker.text == "Ada Moss"
    speaker = extract_mentions(Document(draft, "d.txt")).quotes[0].speaker
    assert speaker is not None and speaker.text == "Ada Moss"
    wrong = "Ivo Pent of the Tarrow Institute in Velmar, who had no role in the study, said it was \"a solid trial\".\n"
    assert claims(wrong, {"a.txt": source + "Ivo Pent runs the Tarrow Institute.\n"},
                  "attribution-speaker") == [("attribution-speaker", "Ivo Pent")]


def test_a_figure_a_fact_sheet_labels_with_a_word_of_the_clause_is_that_figure():
    """A list's "- Men: 0.77" under a heading that names the measure gives "0.77 in men", not
    another value of the hazard ratio a sentence gives (0.76); "0.79 in men" is still no figure of it."""
    sources = {"a.txt": "The trial found a hazard ratio of 0.76 for the main outcome.\n",
               "b.txt": "FACT SHEET\n\nBY SUBGROUP (hazard ratio)\n- Women: 0.74\n- Men: 0.77\n"}
    assert claims("The hazard ratio was 0.74 in women and 0.77 in men.\n", sources, "number-mismatch") == []
    assert claims("The hazard ratio was 0.79 for the main outcome.\n", sources, "number-mismatch") == [
        ("number-mismatch", "0.79")]


def test_a_year_a_fact_sheet_labels_with_the_clauses_verb_is_that_year():
    """ "was built in 2022" is a fact sheet's "Built: 2022", whose vessel the sheet's heading names,
    not the year of the fire the statement dates; the fire's year is still the statement's."""
    source = ("Velmar Shipping, Tarrow - Statement, Wednesday 4 October 2034\n\nSTATEMENT ON MV TARROW STAR\n\n"
              "Velmar Shipping B.V. confirms that all 14 crew members of its vessel MV Tarrow Star are safe following a "
              "fire in the ship's engine room in the early hours of Tuesday 3 October 2034.\n\n"
              "FACT SHEET\n\nVessel: MV Tarrow Star\nType: General cargo\nFlag: Malta\nBuilt: 2022\n")
    draft = "The Tarrow Star was built in 2022 and is one of 11 cargo ships in the Velmar Shipping fleet.\n"
    assert claims(draft, {"a.txt": source}, "date-mismatch") == []
    fire = "All 14 crew of the Tarrow Star were safe after a fire in the engine room on Tuesday 3 October 2033.\n"
    assert claims(fire, {"a.txt": source}, "date-mismatch") == [("date-mismatch", "2033")]


def test_a_detectives_rank_is_compared_with_ranks_not_with_the_post_held():
    """A detective inspector may be the senior investigating officer: a rank is compared with
    ranks (a detective superintendent is not a detective chief inspector), and a "Chief Inspector of
    Rail Incidents" is an office, not a rank."""
    source = ("STATEMENT FROM THE SENIOR INVESTIGATING OFFICER\n\nDetective Inspector Ada Moss, of the Serious "
              "Crime Unit, said the gang had been caught. Detective Chief Inspector Ivo Pent led the raid.\n")
    draft = ("\"They were wrong,\" said Detective Inspector Ada Moss, the senior investigating officer. "
             "Detective Superintendent Ivo Pent led the raid.\n")
    assert claims(draft, {"a.txt": source}, "title-mismatch") == [("title-mismatch", "Detective Superintendent")]
    office = "Dr Ada Moss, the Chief Inspector of Rail Incidents, said it was too early to say.\n"
    assert claims("Dr Ada Moss, the Secretary of State for Transport, said it was too early to say.\n",
                  {"a.txt": office}, "title-mismatch") == [("title-mismatch", "Secretary of State for Transport")]


def test_a_timetables_first_and_last_trains_are_times_and_minutes_are_no_figure():
    """A timetable's "first trains 07:00, last trains 20:00" writes two times of day, so a draft's
    "from 07:00 until 20:00" is that day's, not another day's "last trains ... at 22:00"; and the
    ":30" of a "07:30" read as no time is no figure of its own."""
    line = "Thursday 6 March\n  Hours: first trains 07:00, last trains 20:00\n"
    numbers = extract_mentions(Document(line, "a.txt")).numbers
    assert [(n.text, n.value) for n in numbers] == [("07:00", 700.0), ("20:00", 2000.0)]
    games = extract_mentions(Document("He won the last two games 21:15 and 21:19.\n", "a.txt")).numbers
    assert "21:15" not in [n.text for n in games]
    ranged = extract_mentions(Document("Service: about 40% (around 255 trains), 07:30 to 18:30.\n", "a.txt")).numbers
    assert "30" not in [n.text for n in ranged]
    source = (line + "\nSaturday 8 March\n  Hours: last trains from Tarrow leave at 22:00 instead of 23:30.\n")
    draft = "On Thursday 6 March about 380 trains will run from 07:00 until 20:00.\n"
    assert claims(draft, {"c.txt": source}, "number-mismatch") == []


def test_a_statements_own_words_quoted_are_no_misquote_of_its_chiefs():
    """ "the club said it believed he had made "a legitimate challenge for the ball"" quotes the
    statement's own sentence, not its chief executive's "a fair challenge for the ball"; words in
    no source are still a misquote of hers."""
    source = ("Having reviewed the footage, the club believes Ivo Pent made a legitimate challenge for the ball.\n\n"
              "Chief executive Ada Moss said: \"We are confident the footage shows Ivo Pent made a fair challenge "
              "for the ball, and we owe it to him.\"\n")
    draft = "The club said it believed Pent had made \"a legitimate challenge for the ball\".\n"
    assert claims(draft, {"c.txt": source}, "misquote") == []
    changed = "Ada Moss said the footage showed Pent had made \"a clean challenge for the ball\".\n"
    assert claims(changed, {"c.txt": source}, "misquote") == [("misquote", "clean")]


def test_a_translated_title_before_a_name_leaves_the_person_speaking():
    """ "said Deputy Minister of Emergency Services Ada Moss" is Moss's quote, not the ministry's;
    and "Minister of Health of the Republic of Estonia Ada Moss" is a country, then a person."""
    draft = ("\"All are safe,\" said Deputy Minister of Emergency Services Ada Moss, crediting the crews. "
             "Moss added that an inquiry would follow.\n")
    speaker = extract_mentions(Document(draft, "d.txt")).quotes[0].speaker
    assert speaker is not None and speaker.text == "Ada Moss"
    source = ("Deputy Minister of Health of the Republic of Estonia Ada Moss, who arrived on Monday, stated: "
              "\"All are safe.\"\n")
    mentions = extract_mentions(Document(source, "a.txt"))
    assert "Ada Moss" in [m.text for m in mentions.names]
    assert mentions.quotes[0].speaker is not None and mentions.quotes[0].speaker.text == "Ada Moss"
    ship = extract_mentions(Document("The cargo ship MV Tarrow Trader altered course.\n", "a.txt"))
    assert "MV Tarrow Trader" in [m.text for m in ship.names]


def test_a_name_each_source_transliterates_otherwise_is_one_person():
    """One outlet's "Evgeny Tarrasov" is another's "Yevgeny Tarrasov", and one's "Belsaryk District
    Hospital" another's "Belsaryq District Hospital": a draft following either is not giving a quote
    or a post to someone else. Two names one source writes side by side are two people."""
    sources = {"a.txt": "Deputy Minister Evgeny Tarrasov visited the Tarrow mine on Monday.\n",
               "b.txt": "\"Those responsible will answer for it,\" Deputy Minister Yevgeny Tarrasov said.\n",
               "c.txt": "Zhanar Seitova, chief physician at Belsaryq District Hospital, said all were well.\n",
               "d.txt": "Chief physician Zhanar Seitova of Belsaryk District Hospital met the families.\n"}
    draft = ("\"Those responsible will answer for it,\" said Evgeny Tarrasov. Zhanar Seitova, chief physician at "
             "Belsaryk District Hospital, said all were well.\n")
    assert claims(draft, sources) == []
    sisters = {"a.txt": "Dorinda Moss and Darinda Moss ran the bakery. \"We never stopped,\" Dorinda Moss said.\n"}
    assert claims("\"We never stopped,\" Darinda Moss said.\n", sisters, "attribution-speaker") == [
        ("attribution-speaker", "Darinda Moss")]


def test_a_quote_before_but_and_another_verb_is_no_ones_words():
    """ 'Ada Moss said the savings would come "mainly from buying better", but declined to say how
    many sites could close' has no "but declined to" speaking, so "she said" of the quote names
    no one else."""
    source = ("Tarrow Packaging, Friday 13 October 2034\n\nAsked about jobs, Ada Moss said the savings would come "
              "\"mainly from buying better and running fewer factories\", but declined to say how many sites could "
              "close. She said no decisions had been taken.\n")
    quote = extract_mentions(Document(source, "a.txt")).quotes[0]
    assert quote.speaker is None or "declined" not in quote.speaker.text
    draft = "The savings, she said, would come \"mainly from buying better and running fewer factories\".\n"
    assert claims(draft, {"a.txt": source}, "attribution-pronoun") == []


def test_a_weekdays_hyphenated_event_is_dated_by_that_event_not_by_its_result():
    """ "won last Thursday's by-election" is the by-election's Thursday, not the Friday a release
    gives for the result ("was elected in the early hours of this morning") below its "has won the
    by-election"; a by-election the sources hold on Thursday is still not Wednesday's."""
    release = ("Velmar Party Press Office, Friday 13 October 2034\n\nThe Velmar Party has won the Tarrow by-election, "
               "taking the seat for the first time.\n\nAda Moss was elected in the early hours of this morning with "
               "11,274 votes, a majority of 1,888 over the Civic Party.\n")
    draft = ("Wyndle Weekly, Monday 16 October 2034\n\nAda Moss won last Thursday's by-election with 11,274 votes and "
             "a majority of 1,888 over the Civic Party.\n")
    assert claims(draft, {"a.txt": release}, "date-mismatch") == []
    held = "Tarrow Courier, Friday 13 October 2034\n\nThe Tarrow by-election was held on Thursday, with a turnout of 41 per cent.\n"
    wrong = "Wyndle Weekly, Monday 16 October 2034\n\nLast Wednesday's Tarrow by-election had a turnout of 41 per cent.\n"
    assert claims(wrong, {"a.txt": release, "b.txt": held}, "date-mismatch") == [("date-mismatch", "Wednesday")]


def test_a_day_without_a_year_is_moved_by_its_own_clauses_tense():
    """ "announced the bill today for the festival, which takes place from Friday 6 to Sunday 8 July"
    in a February release tells no past of July: this July's Sunday 8 is right; "the sample, opened
    on Friday, Aug. 22" in a January issue is last August's, whose 22nd was a Thursday."""
    sources = {"a.txt": "Velmar Live, Tuesday 13 February 2035\n\nThe Tarrow festival runs from Friday 6 July to "
                        "Sunday 8 July 2035 at Caddersby Meadows.\n"}
    draft = ("Tarrow Bugle, Tuesday 13 February 2035\n\nThe organisers, Velmar Live, announced the full bill today for "
             "the festival, which takes place at Caddersby Meadows from Friday 6 to Sunday 8 July.\n")
    assert claims(draft, sources, "date-mismatch") == []
    sample = {"a.txt": "Tarrow Athletics, 10 January 2031\n\nThe B sample was opened on Thursday 22 August 2030.\n"}
    wrong = "Tarrow Post, Monday 13 January 2031\n\nThe B sample, opened on Friday, Aug. 22, confirmed the result.\n"
    assert claims(wrong, sample, "date-mismatch") == [("date-mismatch", "Friday")]


def test_the_saturday_of_a_named_span_is_no_day_of_the_datelines_week():
    """ "Ada Moss on the Saturday" in a February release about a July festival is the festival's
    Saturday, not the one after the release: "Ada Moss on Saturday 7 July" is no other day; a
    weekday set off after a date ("on 30 January, a Monday") is that date's."""
    sources = {"a.txt": "Tarrow Wire, Tuesday 13 February 2035\n\nThe festival runs from 6 to 8 July. Ivo Pent "
                        "headline on the Friday, Ada Moss on the Saturday.\n"}
    draft = "Tarrow Bugle, Thursday 15 February 2035\n\nAda Moss headline the main stage on Saturday 7 July.\n"
    assert claims(draft, sources, "date-mismatch") == []
    recall = {"a.txt": "Velmar Home media release, Wednesday 15 March 2034\n\nVelmar first became aware of a possible "
                       "problem on Monday 30 January 2034, when it received two customer reports of hot water leaking.\n",
              "b.txt": "Tarrow Wire, Thursday 16 March 2034\n\nVelmar on Wednesday recalled its steamers. Velmar stopped "
                       "all sales on 10 March, five days before the recall was announced.\n"}
    apposed = ("Tarrow Courier, Monday 20 March 2034\n\nVelmar heard about the first two leaks on 30 January, a Monday, "
               "and stopped all sales five days before the recall was announced.\n")
    assert claims(apposed, recall, "date-mismatch") == []


def test_a_length_in_miles_is_no_swap_of_the_kilometres_it_converts():
    """ "191 km, almost 119 miles" gives the stage's 118.7 miles, not the "191.0 km" with its digits
    swapped; a price list's "- Saturday: £79" gives "£79 for Saturday"."""
    sources = {"a.txt": "NEXT STAGES\nStage 4, Friday 16 May: Tarrow - Velmar, 191.0 km (118.7 miles). Start 11:05.\n"}
    assert claims("Today's fourth stage runs 191 km, almost 119 miles, from Tarrow to Velmar.\n", sources,
                  "number-mismatch") == []
    prices = {"a.txt": "Tarrow Live, Tuesday 13 February 2035\n\nThe first 5,000 weekend tickets are priced at £149 "
                       "(early bird), after which weekend tickets cost £179. Day tickets go on sale on Friday 2 March.\n",
              "b.txt": "TICKETS\n- Weekend early bird: £149\n- Weekend standard: £179\n\nDAY TICKETS\n- Friday: £69\n"
                       "- Saturday: £79\n- Sunday: £79\n"}
    draft = ("The first 5,000 weekend tickets cost {}, rising to £179 once they have gone. Day tickets, priced £69 for "
             "Friday and £79 for Saturday or Sunday, go on sale on 2 March.\n")
    assert claims(draft.format("£149"), prices, "number-mismatch") == []
    assert claims(draft.format("£139"), prices, "number-mismatch") == [("number-mismatch", "139")]


def test_a_time_on_another_named_clock_is_no_slip():
    """ "2.30am GMT" is the moment a release gives as "3.30pm NZDT" (a clock the time-zone database
    names), not a slip of it; a time on the same clock still is."""
    sources = {"a.txt": "Tarrow Wire, Monday 13 February 2034\n\nThe first semi-final, Velmar v Tarrow, starts at "
                        "3.30pm NZDT on Saturday.\n"}
    draft = "Velmar and Tarrow open the weekend in the first semi-final at {} on Saturday.\n"
    assert claims(draft.format("2.30am GMT"), sources, "number-mismatch") == []
    assert claims(draft.format("4.30pm NZDT"), sources, "number-mismatch") == [("number-mismatch", "4.30pm")]


def test_a_figure_the_draft_writes_beside_is_not_its_slip():
    """ "rose by 17 points, to 71 per cent" writes both figures: the 17 is no swap of the 71; a bare
    "rather than 3.8" gives the sources' 3.8 points to itself, not to the "1.4 points" before it."""
    sources = {"a.txt": "Tarrow Wire, Monday 13 February 2034\n\nAdherence rose from 54% to 71% in the text group.\n"}
    assert claims("In the text group, adherence rose by 17 percentage points, to 71 per cent.\n", sources,
                  "number-mismatch") == []
    swing = {"a.txt": "Tarrow Ledger, Monday 13 February 2034\n\nOn the old lines, Ivo Pent needed a swing of about "
                      "3.8 points from Ada Moss to win. On my notional figures, he needs about 1.4.\n"}
    assert claims("By his reckoning, Pent now needs a swing of about 1.4 points rather than 3.8.\n", swing,
                  "number-mismatch") == []
    assert claims("By his reckoning, Pent now needs a swing of about 2.4 points.\n", swing,
                  "number-mismatch") == [("number-mismatch", "2.4")]


def test_a_tables_row_and_its_neighbours_state_a_sentence_of_figures():
    """ "taking 71 per cent of their doses, up from 54 per cent; the other group from 55 to 58 per
    cent" is a table's two rows, not the "88 per cent" of the text group a list item gives."""
    sources = {"a.txt": "Tarrow Infirmary, Thursday 16 November 2034\n\nKEY RESULTS\n"
                        "Measure                 | Text group | Usual care\n"
                        "Adherence at start      | 54%        | 55%\n"
                        "Adherence at 12 months  | 71%        | 58%\n\n"
                        "- 88 per cent of participants in the text group said they would keep receiving the messages.\n"}
    draft = ("Those in the text group receiving messages were taking {} per cent of their doses, up from 54 per cent; "
             "the usual-care group edged up only from 55 to 58 per cent.\n")
    assert claims(draft.format(71), sources, "number-mismatch") == []
    assert claims(draft.format(77), sources, "number-mismatch") == [("number-mismatch", "77")]


def test_a_carbon_accounts_tonnes_are_tonnes():
    """ "129,000 tCO2e" (and "1.2 MtCO2e") are tonnes of carbon dioxide equivalent: "129,000 tonnes"
    is that figure, not another figure of tonnes."""
    sources = {"a.txt": "Carbon Watch, Monday 13 February 2034\n\nThe 2033 scope 3 figure of Velmar Packaging is "
                        "129,000 tCO2e, or 3.8%, higher than a year ago. Velmar must remove a further 832,000 tonnes "
                        "by 2035. Its scope 1 emissions were 1.2 MtCO2e.\n"}
    kb = factbase_from_texts(sources)
    assert {(f.value, f.unit) for f in kb.numbers} >= {(129_000, "tonne"), (1_200_000, "tonne")}
    draft = "Velmar's 2033 scope 3 figure was {} tonnes, or 3.8%, higher than a year ago, Carbon Watch said.\n"
    assert claims(draft.format("129,000"), sources, "number-mismatch") == []
    assert claims("Velmar's scope 1 emissions were 1.2 million tonnes.\n", sources, "number-mismatch") == []


def test_a_margin_a_results_table_gives_and_a_count_of_years_ago():
    """ "ahead by just 89 votes" is a notional result's "Notional majority: 89", not the old
    "won by 216 votes"; "six polling stations this year" is not contradicted by the five of a
    report four years older; a tally's side ("by 43 votes to 21") is no margin."""
    sources = {"a.txt": "Tarrow Echo, Friday 3 May 2030\n\nADA MOSS TAKES FERRYGATE BY 216 VOTES\n\nAda Moss beat "
                        "Ivo Pent by 216 votes. Voters used five polling stations across the ward.\n",
               "b.txt": "Ward Ledger, Monday 10 April 2034\n\nThe poll is on Thursday 4 May 2034. My estimate of the "
                        "2030 result on the new boundaries:\n\n"
                        "  Moss (Residents First)   1,292   41.6%\n  Pent (Civic Renewal)     1,203   38.7%\n"
                        "  Notional majority:                89\n"}
    draft = "Tarrow Echo, Monday 1 May 2034\n\nOn the new lines the 2030 result would have been far closer, with Moss ahead by just {} votes.\n"
    assert claims(draft.format(89), sources, "number-mismatch") == []
    assert claims(draft.format(98), sources, "number-mismatch") == [("number-mismatch", "98")]
    stations = "Tarrow Echo, Monday 1 May 2034\n\nThere are six polling stations this year, including a new one.\n"
    assert claims(stations, sources, "number-mismatch") == []


def test_a_weekday_in_a_year_its_sentence_names_or_beside_a_notices_today():
    """ "That 2030 contest, held on Thursday 2 May" in a 2034 story is a day of 2030, whose Thursday
    it is; "Thursday's election" is a notice's "election on Thursday 4 May", not the Friday it
    "has today published" its list on."""
    sources = {"a.txt": "Tarrow Council, Friday 7 April 2034\n\nTarrow Council has today published the statement of "
                        "persons nominated for the Ferrygate ward election on Thursday 4 May 2034.\n"}
    then = "Tarrow Echo, Monday 1 May 2034\n\nThat 2030 contest, held on {} 2 May, gave Ada Moss 1,247 votes.\n"
    assert claims(then.format("Thursday"), sources, "date-mismatch") == []
    assert claims(then.format("Friday"), sources, "date-mismatch") == [("date-mismatch", "Friday")]
    sources, draft = _story("ward-then-and-now", "clean2.txt")  # "Thursday's election in Ferrygate"
    assert claims(draft, sources, "date-mismatch") == []


def test_a_topic_fronted_by_asked_about_is_not_who_answers():
    """ "Asked about Ada Moss, the group's chief executive, who has said ..., he replied:" is the man
    the paragraph before quotes, not Moss; nor is the next sentence's "He added"."""
    sources = {"a.txt": "Tarrow Wire, Monday 13 February 2034\n\nIvo Pent, who runs Pent Homes, said he would appeal. "
                        "\"Nobody was ever confused,\" Mr Pent said. Ada Moss, the Velmar Group chief executive, said "
                        "she took \"no pleasure\" in suing. Mr Pent said of Moss: \"Then they've hidden it well.\" He "
                        "said he had never met her.\n"}
    draft = ("\"Nobody was ever confused,\" Mr Pent said.\n\nAsked about Ada Moss, the Velmar Group chief executive, who "
             "has said she took \"no pleasure\" in suing, {} replied: \"Then they've hidden it well.\" {} added that he "
             "had never met her.\n")
    assert claims(draft.format("he", "He"), sources, "attribution-pronoun") == []


def test_a_pronoun_after_a_clause_break_is_not_the_name_before_it():
    """A source's "Ada Moss wanted oak only; he wanted beech. '...,' he said" gives the quote to no
    one rather than to Moss (whom no source calls anything): the draft's "Ivo said" is not
    contradicted by the quote's source speaker."""
    sources = {"a.txt": "Tarrow Gazette, Saturday 13 October 2029\n\n\"I spent eleven years at sea,\" Ivo Pent said. "
                        "Choosing the kilns, Ivo said, caused the longest row of their marriage. Ada Moss wanted to burn "
                        "oak only; he wanted to mix in beech to save money. \"We argued about the kilns for three "
                        "months,\" he said.\n"}
    draft = "\"We argued about the kilns for three months,\" Ivo said.\n"
    assert claims(draft, sources, "attribution-speaker") == []


def test_a_figure_whose_paragraph_another_sentence_tells():
    """ "The cap was backed by 54% of respondents, and only 22% of businesses. The levy won the
    support of 39%" gives a source's "The levy was backed by 39 percent of respondents. Among
    businesses, support was just 9 percent" to the levy's sentence, not to the cap's 22%; a
    sentence that writes the levy's 39% itself is compared with it."""
    sources = {"a.txt": "Tarrow Wire, Tuesday 20 September 2033\n\nThe cap on nights was backed by 54 percent of "
                        "respondents.\n\nThe proposed levy on each night's stay was backed by "
                        "39 percent of respondents. Among businesses that responded, support was just 9 percent.\n"}
    draft = ("The cap on nights was supported by 54% of respondents, and only 22% of businesses. The levy won the "
             "support of 39%, with 56% against.\n")
    assert claims(draft, sources, "number-mismatch") == []
    levy = "The levy won the support of 39% of respondents, and only 12% of businesses.\n"
    assert claims(levy, sources, "number-mismatch") == [("number-mismatch", "12")]


def test_a_wire_dateline_day_before_month_dates_the_report():
    """ "VELMAR, 24 November (NPA) - ... figures showed on Thursday" is filed on the 24th: that is
    the wire's day, not the day of the figures, which were published on Thursday the 23rd."""
    kb = factbase_from_texts({"b.txt": "Velmar Press Agency, Friday 24 November 2034\n\nVELMAR, 24 November (NPA) - "
                                       "Net migration to Tarrow fell to 174,000, figures showed on Thursday.\n"})
    assert [f.text for f in kb.dates if f.role != "issue"] == ["Thursday"]
    sources, draft = _story("migration-statistics-revisions", "clean2.txt")  # "published ... on Thursday"
    assert claims(draft, sources, "date-mismatch") == []


def test_a_common_word_opening_a_sentence_is_no_speaker():
    """ "Second seasons, he said, 'almost always peak', adding that '...'" is his, not a speaker
    called "Second" (of the sources' title "The Second Winter")."""
    sources = {"a.txt": "Tarrow Wire, Monday 13 February 2034\n\nThe Second Winter has taken the top spot on the chart. "
                        "Ivo Pent, an analyst at Velmar Research, said second "
                        "seasons \"almost always peak in their first full week\", adding that word of mouth, \"not the "
                        "marketing budget\", was doing the heavy lifting.\n"}
    draft = ("Ivo Pent, an analyst at Velmar Research, called it unusual. Second seasons, he said, \"almost always peak in "
             "their first full week\", adding that word of mouth, \"not the marketing budget\", was doing the work.\n")
    assert claims(draft, sources, "attribution-speaker") == []


def test_a_rows_figure_with_a_zero_decimal_is_the_drafts_whole_figure():
    """ "27 died, 8% above the baseline average of 25" is the row "Velmar | 27 | 29 | -6.9% | 25.0 |
    +8.0%", not another county's "4.0% below" of a sentence."""
    sources = {"a.txt": "Tarrow Roads, Thursday 22 June 2034\n\nVelmar again had the highest death rate, although its "
                        "death toll fell from 29 to 27. Serious injuries across the four counties were 4.0% "
                        "below their baseline average of 1,210.\n\n"
                        "County   | Deaths 2033 | Deaths 2032 | Change | Baseline | Against baseline\n"
                        "Velmar   |   27 |   29 |  -6.9% |  25.0 |  +8.0%\n"
                        "Tarrow   |   31 |   24 | +29.2% |  26.4 | +17.4%\n"}
    draft = ("In Velmar, 27 people died on the roads in 2033. That was two fewer than in 2032 but {}% above the county's "
             "baseline average of 25.\n")
    assert claims(draft.format(8), sources, "number-mismatch") == []


def test_two_dozen_is_one_figure():
    """ "almost two dozen dogs, cats and rabbits" is 24 at most (the sources' 23), not a "two" and a
    "dozen" compared with the 14 dogs among them."""
    text = "Velmar cared for almost two dozen dogs, cats and rabbits, and a dozen volunteers helped."
    values = sorted(n.value for n in extract_mentions(Document(text, "d.txt")).numbers)
    assert values == [12, 24]
    sources = {"a.txt": "Tarrow Wire, Monday 13 October 2031\n\nThe animals - 14 dogs, six cats and three rabbits - were "
                        "found in a farmhouse. The charity took in 23 dogs, cats and rabbits.\n"}
    assert claims("The charity is caring for almost two dozen dogs, cats and rabbits taken from a farmhouse.\n", sources,
                  "number-mismatch") == []


def test_the_one_told_is_no_speaker():
    """ "Ivo Pent, who says Biscuit 'decided he was coming with me', told Radio Tarrow the team spent
    'the best part of seven hours' there": both quotes are Pent's, neither the radio station's."""
    draft = ("Rescue officer Ivo Pent, who says Biscuit \"decided he was coming with me whatever happened\", told Radio "
             "Tarrow the team spent \"the best part of seven hours\" at the farmhouse.\n")
    speakers = [q.speaker.text if q.speaker else None for q in extract_mentions(Document(draft, "d.txt")).quotes]
    assert "Radio Tarrow" not in speakers and speakers[1] == "Ivo Pent"
    sources, story_draft = _story("animal-rescue-pet-names", "clean2.txt")  # "..., told Radio Calder the team"
    assert claims(story_draft, sources, "attribution-speaker") == []


def test_a_dateline_with_its_country_after_a_dash_or_alone_on_its_line():
    """ "TARROW, Velmar - Saturday 7 February 2032" and "TARROW, Velmar, Sunday 8 February 2032" on a
    line of their own date the draft: its event on Tuesday 3 February is no other date of the draft."""
    assert Document("TARROW, Velmar - Saturday 7 February 2032\n\nThe river rose.").dateline.date == dt.date(2032, 2, 7)
    assert Document("TARROW, Velmar, Sunday 8 February 2032\n\nThe river rose.").dateline.date == dt.date(2032, 2, 8)
    sources = {"a.txt": "Velmar Wire, Thursday 5 February 2032\n\nThe river burst its banks at Tarrow on Tuesday "
                        "3 February after 58 millimetres of rain fell.\n"}
    assert claims("TARROW, Velmar - Saturday 7 February 2032\n\nThe river burst its banks at Tarrow on Tuesday after "
                  "58 millimetres of rain.\n", sources, "date-mismatch") == []


def test_a_record_in_a_row_that_names_its_holder_in_another_cell():
    """ "Pent, who finished 9-6" is the results table's "Ozeki | Ivo Pent | ... | 9-6", not the 8-6
    a wire gave him the day before; a figure joined by a hyphen is no other cell's by chance."""
    sources = {"a.txt": "Tarrow Wire, Saturday 22 November 2031\n\nAda Moss beat Ivo Pent, leaving Pent at 8-6.\n",
               "b.txt": "Velmar Federation, Sunday 23 November 2031\n\n"
                        "Rank      | Name      | Age | Home    | Record\n"
                        "Ozeki     | Ivo Pent  | 29  | Osaka   | 9-6\n"
                        "Sekiwake  | Ada Moss  | 27  | Tarrow  | 12-3\n"}
    draft = "On the final day Moss was beaten by Ozeki Ivo Pent, who finished 9-6.\n"
    assert claims(draft, sources, "number-mismatch") == []
    assert claims(draft, {"a.txt": sources["a.txt"]}, "number-mismatch") == [("number-mismatch", "9-6")]  # the row says it


def test_a_day_without_its_year_in_the_year_the_sources_give_its_month():
    """ "the New Year Basho in Tokyo, which opens on Sunday 18 January" in a November story, of
    sources whose only January is "Sunday 11 January 2032": that January's (a wrong day, not a
    weekday the calendar of 2031 contradicts)."""
    sources, draft = _story("sumo-tournament-ring-names", "errors.txt")
    assert "opens on Sunday 18 January" in draft
    assert ("date-mismatch", "Sunday") not in claims(draft, sources)


def test_an_item_under_a_dated_heading_is_of_the_headings_day():
    """ "DAY 15 (SUNDAY 23 NOVEMBER) - KEY RESULTS" over "- Sekiwake Hokutenryu defeated ... by
    oshidashi (frontal push-out)" dates that defeat: "A second straight defeat followed on Sunday
    against Sekiwake Hokutenryu, who pushed him out" is not his day-10 win of "last Tuesday"."""
    sources, draft = _story("sumo-tournament-ring-names", "clean2.txt")
    assert "followed on Sunday against" in draft
    assert claims(draft, sources, "date-mismatch") == []
    kb = factbase_from_texts(sources)
    (heading,) = [f for f in kb.dates if f.provenance.sentence.startswith("DAY 15")]
    assert len(heading.provenance.listed_under()) == 3


def test_a_figure_the_draft_poses_as_its_own_example():
    """ "Say, for illustration, that your flat uses 2,000 kWh" is the draft's example, no mismatch
    with the regulator's "low use: 1,800 kWh"; a rule put to the reader ("If you draw an income,
    your allowance drops to £10,000") stays a claim the sources may contradict."""
    sources = {"a.txt": "Tarrow Energy Regulator, Monday 2 June 2031\n\nTypical use levels: low use is 1,800 kWh of "
                        "electricity a year. Anyone who draws taxable income from a pension sees the allowance drop "
                        "to £10,000 a year.\n"}
    draft = "Say, for illustration, that your flat uses 2,000 kWh of electricity a year: that is £476.80 in unit charges.\n"
    assert claims(draft, sources, "number-mismatch") == []
    assert claims("If you draw taxable income from a pension, your allowance drops to £12,000 a year.\n", sources,
                  "number-mismatch") == [("number-mismatch", "12,000")]


def test_a_role_the_sources_give_by_its_own_verb():
    """ "Judging chair Ada Moss" is the sources' "Ada Moss, chief technology officer at Velmar,
    chaired the judging panel", no other post than her chief technology officer's."""
    sources = {"a.txt": "Velmar Analytics, Monday 13 November 2034\n\nAda Moss, chief technology officer at Velmar "
                        "Analytics, chaired the judging panel. She said the winners impressed her.\n"}
    draft = "Judging chair Ada Moss, chief technology officer at Velmar Analytics, said the winners impressed her.\n"
    assert claims(draft, sources, "title-mismatch") == []


def test_a_place_is_the_one_of_the_name_that_finished_there():
    """ "Moss finished third with 24.5, ahead of Ivo Pent on 22.5" is Moss's "finished third
    overall", not Pent's "finished fourth with 22.5"."""
    sources = {"a.txt": "Tarrow Chronicle, Sunday 9 March 2031\n\nAda Moss, a 23-year-old student from Velmar, "
                        "finished third overall but took the plate for the best dish. Ivo Pent, a 41-year-old pub "
                        "chef from Tarrow, finished fourth with 22.5.\n"}
    draft = "Ada Moss won the plate for the best dish. Moss finished third with 24.5, ahead of Tarrow pub chef Ivo Pent on 22.5.\n"
    assert claims(draft, sources, "number-mismatch") == []


def test_a_participle_speaks_for_the_subject_of_its_own_clause():
    """ "Counsel Moss & Pent LLP had asked for a quarter; Vale gave the firm 22 per cent, observing
    that the case had 'settled ...'": the judge's words, not the firm's."""
    draft = ("Counsel Moss & Pent LLP had asked for a quarter of the fund; Vale gave the firm 22 per cent, observing "
             "that the case had \"settled before a single deposition was taken\".\n")
    (quote,) = extract_mentions(Document(draft, "d.txt")).quotes
    assert quote.speaker is not None and quote.speaker.text == "Vale"


def test_a_firms_first_partner_is_no_one_a_pronoun_goes_on_about():
    """ "The judge awarded class counsel, Moss, Pent & Velmar LLP, 22 per cent ... '...,' he said"
    is no quote of Ada Moss's (a partner the firm is named after), whom the pronoun would find."""
    source = ("Tarrow Courier, Wednesday 16 April 2031\n\nAda Moss founded the firm in 2014. Judge Oren Vale approved "
              "the settlement. The judge awarded "
              "class counsel, Moss, Pent & Velmar LLP, 22 per cent of the fund. \"The fee request is generous in a "
              "case that settled before a single deposition was taken,\" he said.\n")
    kb = factbase_from_texts({"b.txt": source})
    (fact,) = [q for q in kb.quotes if "deposition" in q.text]
    assert fact.speaker_id is None or kb.entity(fact.speaker_id).name != "Ada Moss"


def test_a_figure_in_a_dotted_row_that_names_its_place():
    """ "In the city of Velmar, 63.9 percent voted yes" is the results sheet's "City of Velmar (Ville
    de Velmar) ........ 63.9", not the 39.7 percent a report gives another town's yes vote."""
    sources = {"a.txt": "Tarrow Courier, Monday 3 March 2031\n\nVoters in Velmar and Ossel decided the canton's "
                        "vote. In Ossel, where only 39.7 percent voted yes, the mood was different.\n",
               "b.txt": "Canton of Tarrow, Monday 3 March 2031\n\nSELECTED MUNICIPALITIES (Yes %)\n"
                        "City of Velmar (Ville de Velmar) ........... 63.9\n"
                        "Ossel ...................................... 39.7\n"}
    draft = "In the city of Velmar, 63.9 percent voted yes.\n"
    assert claims(draft, sources, "number-mismatch") == []
    assert claims(draft, {"a.txt": sources["a.txt"]}, "number-mismatch") == [("number-mismatch", "63.9")]


def test_an_age_that_opens_its_sentence_with_the_is_of_the_one_named_before():
    """ "Ada Moss won the Tarrow Open at the Grand Velmar Casino. The 41-year-old started the day
    second" gives Moss's age; the paragraph's other player, 34, named after it, is not whom it is of
    (and a casino is a venue, no second person in the sentence before)."""
    sources = {"a.txt": "Tarrow Wire, Monday 17 March 2031\n\nAda Moss, a 41-year-old teacher from Ossel, won the "
                        "Tarrow Open at the Grand Velmar Casino.\n\nIvo Pent, a 34-year-old deckhand, started the "
                        "day as chip leader.\n"}
    draft = ("Ada Moss won the Tarrow Open at the Grand Velmar Casino on Sunday.\n\n"
             "The 41-year-old started the day second, behind only Ivo Pent.\n")
    assert claims(draft, sources, "number-mismatch") == []
    wrong = draft.replace("The 41-year-old", "The 43-year-old")
    assert claims(wrong, sources, "number-mismatch") == [("number-mismatch", "43")]
    doc = Document("They met at the Grand Velmar Casino on Sunday.", "d.txt")
    assert [(m.text, m.kind) for m in extract_mentions(doc).names] == [("Grand Velmar Casino", "place")]


def test_an_experts_post_body_and_town_are_no_speaker():
    """A science briefing's "Dr Ada Moss, reader in statistics, Tarrow University, Cardiff, said:"
    and "Professor Ivo Pent, professor of learning, Velmar University, Auckland, New Zealand, said:"
    give their quotes to the people, not to the university or the country."""
    for text, speaker in (("Dr Ada Moss, reader in statistics, Tarrow University, Cardiff, said:\n\n"
                           "\"The sample is small and the result is fragile.\"", "Ada Moss"),
                          ("Professor Ivo Pent, professor of learning, Velmar University, Auckland, New Zealand, "
                           "said:\n\n\"The sample is small and the result is fragile.\"", "Ivo Pent")):
        (quote,) = extract_mentions(Document(text, "s.txt")).quotes
        assert quote.speaker is not None and quote.speaker.text == speaker
    doc = Document("He flew to Auckland, New Zealand, on Monday.", "d.txt")
    assert ("New Zealand", "place") in [(m.text, m.kind) for m in extract_mentions(doc).names]


def test_a_figure_compared_after_it_may_be_the_difference_of_two_the_sources_give():
    """ "timetabled at 55 minutes, five minutes longer than in summer" is 55 less the summer's 50,
    not the "35 minutes later" of another sentence; without the comparison it would be chance."""
    sources = {"a.txt": "Tarrow Ferries, Monday 3 October 2033\n\nThe crossing will be timetabled at 55 minutes, "
                        "up from 50 minutes in summer.\n\nThe first sailing leaves Ossel at 7.15am, 35 minutes "
                        "later than in summer.\n"}
    draft = "Crossings are timetabled at 55 minutes, five minutes longer than in summer.\n"
    assert claims(draft, sources, "number-mismatch") == []


def test_a_role_whose_label_lists_the_person():
    """ "Judges: vocal coach Ada Moss, record producer Ivo Pent" makes Moss a judge: "Judge Ada
    Moss" is no title the sources contradict, while "Senator Ada Moss" still is."""
    sources = {"a.txt": "Tarrow Television, Sunday 10 December 2034\n\nThe final of Velmar Voices was broadcast "
                        "live.\n\nJudges: vocal coach Ada Moss, record producer Ivo Pent and choreographer Una Bray.\n\n"
                        "Vocal coach Ada Moss told the winner she had stopped asking permission.\n"}
    assert claims("Judge Ada Moss said the final was close.\n", sources, "title-mismatch") == []
    assert claims("Senator Ada Moss said the final was close.\n", sources, "title-mismatch") == [
        ("title-mismatch", "Senator")]


def test_a_weekday_that_does_not_fit_its_year_blames_the_year_the_sources_give_otherwise():
    """ "Thursday, September 20, 2028" (a Wednesday that year), where the sources give "Thursday 20
    September 2029": the year is the slip, fixed to theirs, whatever else the sentence dates."""
    sources = {"a.txt": "Tarrow Voice, Wednesday 14 May 2031\n\nThe centre has been closed since flash flooding on "
                        "Thursday, September 20, 2029, sent water into its ground floor.\n",
               "b.txt": "Fact sheet, Wednesday 14 May 2031\n\nFounded: 1987, by parents.\n"
                        "Flood date: Thursday 20 September 2029.\n"}
    draft = ("Velmar Centre, which has served Ossel since 1987, reopened nearly 20 months after flash flooding on "
             "Thursday, September 20, 2028, sent water into it.\n")
    assert claims(draft, sources, "date-mismatch") == [("date-mismatch", "2028")]


def test_a_day_written_in_spanish_is_no_figure():
    """ "el sábado 17 de mayo" is a date (its month in Spanish), not a count to hold against the
    sources' "24 de mayo" nor a figure no source gives."""
    sources = {"a.txt": "Tarrow Voice, Wednesday 14 May 2031\n\nThe clinic opens el sábado 24 de mayo, with "
                        "volunteer attorneys.\n"}
    draft = "The clinic, with volunteer attorneys, is el sábado 17 de mayo from 9 a.m.\n"
    assert [n.text for n in extract_mentions(Document(draft, "d.txt")).numbers] == ["9 a.m."]
    assert [rule for rule, _ in claims(draft, sources)] == []
    assert all("17" not in f.message for f in check(draft, sources))



def test_a_rounded_figure_written_as_its_units_initials_beside_its_companions():
    """ "a lead of 24,610,000 to 21,230,000, roughly 82 big blinds to 71" is the live report's
    "Quintão 24,610,000 (82 BB); Mulhare 21,230,000 (71 BB)", not the "more than 114 big blinds"
    another stack was worth (an invented two-liner did not reproduce what the story's paragraphs do)."""
    sources, draft = _story("poker-final-table-chip-counts", "clean.txt")
    assert "roughly 82 big blinds to 71" in draft
    assert ("number-mismatch", "82") not in claims(draft, sources)


def test_a_second_full_name_in_brackets_or_after_known_as_is_the_same_person():
    """ "Mr Pent Wai-ming (Ivo Pent)" and "Pent Wai-ming, known as Ivo Pent" name one person, in his
    own order and by his Western given name: "Mr Pent said" gives a quote the sources give to
    "PENT WAI-MING:" to him, not to someone else (two names sharing "Pent" are not merged unless a
    source sets one after the other)."""
    sources = {"a.txt": "Tarrow Wire, Monday 16 June 2031\n\nThe founder, Mr Pent Wai-ming (Ivo Pent), will stay "
                        "on as chief executive.\n\nPENT WAI-MING: I am not selling Velmar Sensing. I am staying.\n",
               "b.txt": "Ossel Ledger, Tuesday 17 June 2031\n\nIvo Pent, the founder, said he was not selling. "
                        "Mr Pent, 39, will keep an 18 per cent stake.\n"}
    draft = ('Velmar Sensing\'s founder, Pent Wai-ming, known as Ivo Pent, will stay on. '
             '"I am not selling Velmar Sensing," Mr Pent said.\n')
    assert claims(draft, sources, "attribution-speaker") == []
    kb = factbase_from_texts(sources)
    assert len({e.id for e in kb.entities if "pent" in e.name.lower()}) == 1
    apart = {"a.txt": sources["a.txt"].replace(" (Ivo Pent)", ""), "b.txt": sources["b.txt"]}
    assert len({e.id for e in factbase_from_texts(apart).entities if "pent" in e.name.lower()}) == 2


def test_a_label_line_over_a_paragraph_written_to_one_line_ends_its_sentence():
    """A roundup that sets each expert's name and post on a line of its own ("Dr Ada Moss, lead
    economist at the Tarrow Policy Institute") over a paragraph written on one line: the label ends
    its sentence, so "Institute" and the next line's "Moss" are no one name, and her quote stays
    hers; a hard-wrapped line that breaks inside a name still joins it."""
    answer = ('Moss called the flat fee "a regressive tax", and said the poorest would pay the most for '
              'the same journeys into the centre.')
    text = "Dr Ada Moss, lead economist at the Tarrow Policy Institute\n" + answer + "\n"
    doc = Document(text, "d.txt")
    assert doc.sentence_text(0) == "Dr Ada Moss, lead economist at the Tarrow Policy Institute"
    wrapped = Document("The report, by Dr Ada\nMoss of the Tarrow Policy Institute, was published.\n", "w.txt")
    assert len(wrapped.sentences) == 1
    sources = {"a.txt": "Velmar Review, Monday 17 October 2033\n\nThe Tarrow Policy Institute said the fee was "
                        "unfair. Its lead economist, Dr Ada Moss, called it \"a regressive tax\".\n"}
    assert claims(text, sources, "attribution-speaker") == []


def test_a_newsletter_heading_with_its_date_after_a_dash_or_before_a_tagline_dates_the_draft():
    """ "# The Velmar Inbox — Tuesday 14 May 2030" and "*Thursday 16 May 2030 · Your Velmar
    round-up*" are a newsletter's own date, not an event's day to compare with the poll's 9 May."""
    from copydesk.document import find_dateline
    assert find_dateline("# The Velmar Inbox \u2014 Tuesday 14 May 2030\n\nNews.\n").date == dt.date(2030, 5, 14)
    assert find_dateline("# Seafront Weekly\n\n*Thursday 16 May 2030 \u00b7 Your Velmar round-up*\n\nNews.\n").date \
        == dt.date(2030, 5, 16)
    sources = {"a.txt": "Velmar Town Council, Friday 10 May 2030\n\nThe poll held on Thursday 9 May 2030 "
                        "backed the pool.\n"}
    draft = "# The Velmar Inbox \u2014 Tuesday 14 May 2030\n\nThe poll on 9 May backed the pool.\n"
    assert claims(draft, sources, "date-mismatch") == []


def test_an_amount_a_source_writes_beside_its_value_in_another_period_is_not_that_value_slipped():
    """ "rather than the £410 proposed" is the decision's "Rent proposed: £410 pw (£1,776.67 pcm)",
    not a slip of a report's "against the £1,777 proposed" (the same rent a month)."""
    sources = {"a.txt": "Tarrow Tribunal, Monday 3 March 2031\n\nFlat 21\n  Rent proposed:   £410 pw (£1,776.67 pcm)   "
                        "increase of 28.1%\n  Rent determined: £355 pw (£1,538.33 pcm)\n",
               "b.txt": "Velmar Ledger, Tuesday 4 March 2031\n\nThe tenant of Flat 21 faces a rent of £1,538 a month, "
                        "against the £1,777 proposed by the landlord.\n"}
    draft = ("The tenant of Flat 21 will pay £355 a week, about £1,538 a month, rather than the £410 proposed "
             "by the landlord.\n")
    assert claims(draft, sources, "number-mismatch") == []
    alone = {"a.txt": sources["a.txt"].replace(" (£1,776.67 pcm)", ""), "b.txt": sources["b.txt"]}
    assert claims(draft, alone, "number-mismatch") == [("number-mismatch", "410")]


def test_a_difference_of_two_figures_its_paragraph_writes_is_worked_out():
    """ "let at £225 pw ... wanted £295 pw ... £30 a week more than before, rather than £70": the £70
    is the rise the landlord wanted, worked out from the paragraph's figures, not a slip of the
    statement's £315 (a tribunal story written blind); a figure no two of them give is still checked."""
    sources, draft = _story("rent-tribunal-weekly-monthly", "clean2.txt")
    assert "rather than £70." in draft
    assert claims(draft, sources, "number-mismatch") == []
    assert claims(draft.replace("rather than £70.", "rather than £85."), sources, "number-mismatch") == [("number-mismatch", "85")]


def test_number_words_with_hundreds_and_thousands_inside_are_one_figure():
    """A transcript's "two hundred and sixty businesses" is 260 (not "sixty businesses"), "three
    thousand four hundred homes" 3,400, "nine hundred and fifty thousand people" 950,000; so a
    draft's "260 businesses" is what the transcript says."""
    doc = Document("It will protect three thousand four hundred homes and two hundred and sixty businesses. "
                   "About nine hundred and fifty thousand people came.", "d.txt")
    assert [(n.value, n.unit) for n in extract_mentions(doc).numbers] == [
        (3400.0, "home"), (260.0, "business"), (950000.0, "people")]
    sources = {"a.txt": "Tarrow Council, Monday 3 March 2031\n\nMR PENT: The barrier will protect three thousand four "
                        "hundred homes and two hundred and sixty businesses.\n"}
    assert claims("The barrier is designed to protect 3,400 homes and 260 businesses.\n", sources, "number-mismatch") == []
    assert claims("The barrier is designed to protect 3,400 homes and 60 businesses.\n", sources, "number-mismatch") \
        == [("number-mismatch", "60")]


def test_a_pronoun_after_a_person_named_by_a_role_noun_may_be_that_person():
    """ "Asked by the chair, Ada Moss, why ..., the director said ... He said he took responsibility":
    "he" is the director, whom the paragraph names by his post alone, not Moss."""
    sources = {"a.txt": "Tarrow Council, Monday 3 March 2031\n\nIvo Pent, the council's director of infrastructure, "
                        "said monthly reporting had been stopped in 2029. He said he took responsibility.\n\n"
                        "The committee chair, Ada Moss, said she was uncomfortable.\n"}
    draft = ("Asked by the committee's chair, Councillor Ada Moss, why members had gone without a forecast, the "
             "director said monthly reporting had been stopped in 2029. He said he took responsibility for it.\n")
    assert claims(draft, sources, "attribution-pronoun") == []
    named = draft.replace("the director said", "she said")
    assert claims(named.replace("He said he took", "He said they took"), sources, "attribution-pronoun") \
        == [("attribution-pronoun", "He")]


def test_a_figure_over_a_limit_the_sources_write_beside_its_companion_is_worked_out():
    """ "recorded at 94mph - 44mph over the limit" is the log's "94mph recorded (50mph limit)": the
    gap to a figure of its sentence, not a slip of the 50mph limit."""
    sources = {"a.txt": "Tarrow Police, Monday 3 March 2031\n\n2231hrs - 94mph recorded on B5290 Moor Lane (50mph limit).\n"}
    draft = "The car turned on to Moor Lane. Seven minutes later, at 2231hrs, it is recorded at 94mph - 44mph over the limit.\n"
    assert claims(draft, sources, "number-mismatch") == []
    assert claims(draft.replace("44mph over the limit", "44mph in the limit"), sources, "number-mismatch") \
        == [("number-mismatch", "44")]


def test_another_first_name_and_a_near_surname_are_another_person_not_a_misspelling():
    """ "Councillor Brendan Tarrowby" where the sources know only "PC Owen Sarrowby": a first name none
    of theirs is near and a surname none of theirs is, so no misspelling of Sarrowby; where the
    sources give the surname no first name ("Judge Quillane"), "Judge Ambrose Quilane" is one."""
    sources = {"a.txt": "Velmar Police, Monday 3 March 2031\n\nPC Owen Sarrowby drove the car. Judge Quillane "
                        "heard the case.\n"}
    assert claims("Councillor Brendan Tarrowby said residents were terrified.\n", sources, "name-spelling") == []
    assert claims("Councillor Owen Tarrowby said residents were terrified.\n", sources, "name-spelling") \
        == [("name-spelling", "Tarrowby")]
    assert claims("Judge Ambrose Quilane called it cynical.\n", sources, "name-spelling") == [("name-spelling", "Quilane")]


def test_a_gaelic_word_lenited_in_a_source_name_is_no_misspelling():
    """ "Cill Tarráin" is the town a source's "Raidió Chill Tarráin" names (Irish lenites "Cill" after
    the station's word); an English name's dropped "h" ("Ada Tomson" for "Ada Thomson") is still one."""
    sources = {"a.txt": "Raidió Chill Tarráin, Tuesday 7 October 2031\n\nThe court sat in the town on Tuesday. "
                        "Ada Thomson presided.\n"}
    assert claims("Cill Tarráin, Friday 10 October 2031\n\nThe court sat on Tuesday.\n", sources, "name-spelling") == []
    assert claims("Ada Tomson presided on Tuesday.\n", sources, "name-spelling") == [("name-spelling", "Tomson")]
