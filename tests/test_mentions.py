"""Mentions from English news text written for the tests (not only the seeds)."""

from __future__ import annotations

import datetime as dt

from copydesk.document import Document
from copydesk.mentions import extract_mentions


def mentions(text: str):
    return extract_mentions(Document(text))


def test_names_titles_possessives_and_honorifics():
    m = mentions("Velmoran Foreign Minister Ada Moss met Ivo Pent's deputy. Ms. Moss said little.")
    names = {n.text: n for n in m.names}
    assert names["Ada Moss"].kind == "person"
    assert names["Ivo Pent"].possessive
    assert names["Moss"].honorific == "ms"
    title = next(t for t in m.titles if t.target.text == "Ada Moss")
    assert (title.text, title.role, title.affiliation) == ("Foreign Minister", "foreign minister", "velmoran")


def test_names_with_particles_are_one_person():
    m = mentions("Ines de la Fuente met Samira al-Haddad and Pieter van Aalst, and d'Arcy Vale. "
                 "The Tarrow Courier said little.")
    people = {n.text: n.kind for n in m.names}
    for name in ("Ines de la Fuente", "Samira al-Haddad", "Pieter van Aalst", "d'Arcy Vale"):
        assert people.get(name) == "person", (name, people)
    assert people.get("Tarrow Courier") != "person"  # a name after "the" is no one's
    m = mentions("Fiona Vale KC told the jury. Detective Inspector Ada Moss of Tarrow Valley Police spoke. "
                 "The Halden Mountain Rescue Team searched the Bank of Velmora.")
    kinds = {n.text: n.kind for n in m.names}
    assert kinds.get("Fiona Vale") == "person" and kinds.get("Ada Moss") == "person", kinds
    assert kinds.get("Tarrow Valley Police") == "organization" and kinds.get("Bank of Velmora") == "organization"
    assert kinds.get("Halden Mountain Rescue Team") == "organization"


def test_a_nickname_in_quotes_and_roles_then_and_now():
    m = mentions('Her old boss, Ivo "the Anvil" Pent, then mayor, now chair of the Tarrow Rowing Club, agreed. '
                 'Lena Vale, now head of the Harbour Union, did not.')
    assert [(n.text, n.words) for n in m.names if "Pent" in n.words] == [('Ivo "the Anvil" Pent', ("Ivo", "Pent"))]
    roles = {(t.target.text, t.role, t.former, t.affiliation) for t in m.titles}
    assert ('Ivo "the Anvil" Pent', "mayor", True, "") in roles
    assert ('Ivo "the Anvil" Pent', "chairman", False, "tarrow rowing club") in roles
    assert ("Lena Vale", "head", False, "harbor union") in roles  # spellings folded


def test_a_crowd_or_an_attendance_is_one_count():
    m = mentions("A crowd of 11,842 watched the match. Attendance was about 12,000 on Saturday.")
    assert {(n.text, n.unit) for n in m.numbers} >= {("11,842", "attendance"), ("12,000", "attendance")}


def test_time_zones_and_apposed_ages():
    m = mentions("At 09:50 BST crews arrived; by 7 p.m. EST Ivo Pent, 41, had left. Lena Vale, 3,000 fans and a 16-storey block.")
    assert not any(n.text in ("BST", "EST") for n in m.names)
    figures = {(n.text, n.unit) for n in m.numbers}
    assert ("41", "age") in figures and ("16-storey", "storey") in figures
    assert ("3,000 fans", "fan") in figures  # a thousands figure after a name is no age


def test_a_common_fraction_of_something_is_a_rounded_share():
    m = mentions("Crews held about a third of the perimeter by noon, and a quarter of the staff left in the first half of the day.")
    shares = {n.text: (n.unit, round(n.low, 1), round(n.high, 1)) for n in m.numbers}
    assert shares["a third"] == ("percent", 30.0, 36.7) and shares["a quarter"] == ("percent", 22.5, 27.5)
    assert "half" not in shares  # "the first half" is a time, not a share


def test_name_across_a_line_break():
    m = mentions("The harbour chief, Ada\nMoss, spoke.")
    assert any(n.words == ("Ada", "Moss") for n in m.names)


def test_apposition_and_based_descriptors():
    m = mentions("Ada Moss, Velmora's defence minister, praised the Northport-based nonprofit group Tide Watch. "
                 "Ivo Pent, head of the Harbour Union, disagreed.")
    roles = {(t.target.text, t.role, t.form) for t in m.titles}
    assert ("Ada Moss", "defense minister", "apposition") in roles  # British spelling folded
    assert ("Ivo Pent", "head", "apposition") in roles
    m2 = mentions('"We must act," said Ada Moss, the ODC\'s director of enforcement.')
    assert [(t.target.text, t.role, t.affiliation) for t in m2.titles] == [("Ada Moss", "enforcement director", "odc")]
    based = next(t for t in m.titles if t.form == "based")
    assert (based.based_in, based.target.text) == ("northport", "Tide Watch")


def test_numbers_words_money_and_percent():
    m = mentions("Seventeen media organisations and 17 media organizations joined. The deal is worth €1.2 billion, "
                 "or 1.2 billion euros, about 15 percent above value. Sixty-two destinations.")
    values = [(n.value, n.unit) for n in m.numbers]
    assert (17.0, "organization") in values and values.count((17.0, "organization")) == 2
    assert values.count((1.2e9, "eur")) == 2
    assert (15.0, "percent") in values
    assert (62.0, "destination") in values


def test_a_part_of_a_whole_counts_the_whole_and_is_marked():
    from copydesk.mentions.numbers import PART_OF

    m = mentions("The storm closed 11 of the harbor's 14 berths and nine of its ferries. Two of the judges left.")
    found = {(n.value, n.unit, PART_OF in n.modifiers) for n in m.numbers}
    assert found == {(11.0, "berth", True), (14.0, "berth", False), (9.0, "ferry", True), (2.0, "judge", True)}


def test_a_bare_count_after_a_verb_of_people_counts_people():
    m = mentions("Quake kills 34 in Orsk. The mill employs 1,200. He scored 3 in the final.")
    assert {(n.value, n.unit) for n in m.numbers} == {(34.0, "people"), (1200.0, "people")}


def test_a_counted_noun_ends_before_a_verb():
    m = mentions("A 6.8 earthquake struck on Sunday. A 7.1 quake killed nobody. Nine grain carriers docked.")
    assert {(n.value, n.unit) for n in m.numbers} == {(6.8, "earthquake"), (7.1, "quake"), (9.0, "carrier")}


def test_a_quote_sentence_after_an_attributed_quote_continues_its_speaker():
    m = mentions('"We grew," Ana Roe said. "We are ready."\n\n"Next year is hard."\n\n'
                 '"Fine," Ivo Pent said. Then it rained. "Later."')
    speakers = [(q.text, q.speaker and (q.speaker.text, q.speaker.position)) for q in m.quotes]
    assert speakers == [("We grew,", ("Ana Roe", "after")), ("We are ready.", ("Ana Roe", "continued")),
                        ("Next year is hard.", None), ("Fine,", ("Ivo Pent", "after")), ("Later.", None)]


def test_a_bare_year_is_anchored_within_its_clause():
    m = mentions("Jobs go by the end of 2029, chief executive Ana Roe said. The 2015 pact, signed in Oslo, ended.")
    anchors = {d.text: d.anchor for d in m.dates}
    assert anchors == {"2029": frozenset({"end"}), "2015": frozenset({"pact"})}


def test_dates_resolve_against_the_dateline():
    m = mentions("date 2030-03-05\n\nMoss will travel on Wednesday. The ministry said Monday it agreed. "
                 "The 2015 pact was dropped in 2018. The vote is on Thursday, March 14.")
    by_text = {d.text: d for d in m.dates}
    assert by_text["Wednesday"].date == dt.date(2030, 3, 6)  # dateline is a Tuesday; future tense
    assert by_text["Monday"].date == dt.date(2030, 3, 4)  # past tense
    assert by_text["2015"].anchor == frozenset({"pact"})
    assert "dropped" in by_text["2018"].anchor
    vote = by_text["Thursday, March 14"]
    assert (vote.weekday, vote.month, vote.day) == (3, 3, 14)


def test_quotes_curly_straight_and_split_with_speakers():
    m = mentions('“We will not sell,” Ada Moss said. Ivo Pent said: "The port stays open." '
                 '"Ferries matter," she said, "and so do crews."')
    speakers = [(q.text, q.speaker.kind if q.speaker else None, q.speaker.text if q.speaker else None) for q in m.quotes]
    assert speakers[0] == ("We will not sell,", "name", "Ada Moss")
    assert speakers[1] == ("The port stays open.", "name", "Ivo Pent")
    assert speakers[2][1:] == ("pronoun", "she")
    assert speakers[3][1:] == ("pronoun", "she")  # the second half of a quote split by its said-clause


def test_a_speaker_set_off_after_an_owners_noun():
    m = mentions('"Prices will rise," said Harbourline\'s head of research, Ada Moss. '
                 '"Prices will fall," said Harbourline\'s spokeswoman.')
    speakers = [(q.speaker.kind, q.speaker.text) for q in m.quotes]
    assert speakers == [("name", "Ada Moss"), ("noun", "Harbourline's spokeswoman")]


def test_partial_quote_speaker_from_the_clause_before():
    m = mentions('The Harbour Union rejected the plan, saying it was "a bad deal for crews".')
    assert m.quotes[0].speaker.text == "Harbour Union"


def test_single_curly_quotes_and_apostrophes():
    m = mentions("The minister called it ‘a fair deal that doesn’t hurt crews’, aides said. The crews’ view differs.")
    assert [q.text for q in m.quotes] == ["a fair deal that doesn’t hurt crews"]


def test_bounds_roundings_and_ranges_say_which_values_a_figure_allows():
    import math

    m = mentions("Tarn lost more than 60 ferries and about 2,000 crews. Fares rose by up to 12 percent. "
                 "Growth will stay in a 1.5%-3.5% band, or between 1 and 3 percent. Wages went from 3 to 5 percent.")
    allowed = {n.text: (n.low, n.high) for n in m.numbers}
    assert allowed["60 ferries"] == (60.0, math.inf)
    assert allowed["2,000 crews"] == (1800.0, 2200.0)
    assert allowed["12 percent"] == (-math.inf, 12.0)
    assert allowed["1.5%"] == allowed["3.5%"] == (1.5, 3.5)
    assert allowed["1"] == allowed["3 percent"] == (1.0, 3.0)  # the range's first end takes its unit
    assert allowed["3"] == (3.0, 3.0) and allowed["5 percent"] == (5.0, 5.0)  # a change, not a range


def test_ages_times_ago_and_names_before_the_counted_noun():
    m = mentions("The 37 - year - old pilot, a 30-year-old and two pilots aged 52 flew 900 Velmar tourists. "
                 "The mill closed eleven years ago. It opens at 8 a.m. daily.")
    units = {n.text: (n.value, n.unit) for n in m.numbers}
    assert units["37 - year - old"] == (37.0, "age") and units["30-year-old"] == (30.0, "age")
    assert units["52"] == (52.0, "age")
    assert units["900 Velmar tourists"] == (900.0, "tourist")  # a name is not the kind counted
    assert units["eleven years"] == (11.0, "year ago")
    assert not any(n.value == 8.0 for n in m.numbers)  # a time of day is no count


def test_a_figure_is_anchored_by_its_own_words():
    from copydesk.mentions.numbers import EARLIER

    m = mentions("The city bought two tugs for 63 million euros and will spend a further 9 million euros on "
                 "dredging the channel. The bank expects growth of 3.3 percent, up from 2.6 percent.")
    anchor = {n.text: n.anchor for n in m.numbers}
    assert {"spend", "dredg", "channel"} <= anchor["9 million euros"]
    assert not {"spend", "dredg", "channel"} & anchor["63 million euros"]
    assert EARLIER in anchor["2.6 percent"] and EARLIER not in anchor["3.3 percent"]


def test_dates_month_year_next_year_role_and_tense():
    m = mentions("date 2030-03-05\n\nThe bridge was approved in September 2027 and opens next year. "
                 "The council said on Monday that the strike began on Sunday and is due to end on Friday.")
    by_text = {d.text: d for d in m.dates}
    approved = by_text["September 2027"]
    assert (approved.kind, approved.month, approved.year) == ("month", 9, 2027) and "approved" in approved.anchor
    assert (by_text["next year"].kind, by_text["next year"].year) == ("year", 2031)
    assert by_text["Monday"].role == "report" and by_text["Sunday"].role == "event"
    assert by_text["Sunday"].date == dt.date(2030, 3, 3)  # "began": back from the Tuesday dateline
    assert by_text["Friday"].date == dt.date(2030, 3, 8)  # "is due to end": ahead


def test_a_verb_whose_stem_ends_in_ed_is_no_past_tense():
    """ "will succeed" and "two hundred" end in "-ed" but say no past: the date after them is ahead."""
    m = mentions("date 2030-03-05\n\nIvo Pent will succeed Ada Moss as chair on Friday. "
                 "Two hundred runners will start the Tarrow relay on Sunday. The race was moved on Monday.")
    by_text = {d.text: d for d in m.dates}
    assert by_text["Friday"].tense == "future" and by_text["Friday"].date == dt.date(2030, 3, 8)
    assert by_text["Sunday"].tense == "future" and by_text["Sunday"].date == dt.date(2030, 3, 10)
    assert by_text["Monday"].tense == "past"


def test_a_sentence_of_more_figures_than_a_clause_can_explain_is_a_table():
    """Forty figures in one sentence read as prose; one more makes it a table whose figures no
    clause explains (the bound that keeps `1 1 1 ...` linear), in a draft and in a source alike."""
    from copydesk.mentions.numbers import FIGURES_PER_SENTENCE, figures

    def sentence(n: int) -> str:
        return "The ferry carried " + ", ".join(f"{i + 2} cars" for i in range(n)) + " on Monday."

    prose = Document(sentence(FIGURES_PER_SENTENCE))
    table = Document(sentence(FIGURES_PER_SENTENCE + 1))
    assert len(extract_mentions(prose).numbers) == FIGURES_PER_SENTENCE
    assert len(figures(prose.prose)) == FIGURES_PER_SENTENCE
    assert extract_mentions(table).numbers == []
    assert figures(table.prose) == []


def test_a_common_word_opening_the_sentence_before_a_role_is_the_posts_field_not_a_body():
    def title(text: str) -> tuple[str, str]:
        (t,) = mentions(text).titles
        return t.text, t.affiliation

    assert title("Training officer Ivo Pent led the search.") == ("Training officer", "")
    assert title("First-team coach Ada Moss will take charge.") == ("First-team coach", "")
    assert title("Reds captain Ivo Pent scored twice.")[1] == "red"  # a club's nickname (folded): a body
    assert title("Society secretary Ada Moss judged the cattle.")[1] == "society"


def test_a_name_ending_in_a_plural_place_word_is_a_place():
    """ "Heights" and "Hills" fold to their singulars, which no place word list holds."""
    kinds = {n.text: n.kind for n in mentions("Ada Moss, a teacher from Tarrow Heights, met Ivo Pent of Velmar Hills.").names}
    assert kinds["Tarrow Heights"] == kinds["Velmar Hills"] == "place"


def test_a_bare_figure_after_a_score_counts_no_score():
    """ "beat Velmar 3-2, with 18,247 packed in": a crowd, not a second score."""
    doc = Document("Tarrow beat Velmar 3-2 at Tarrow Park on Sunday, with 18,247 packed in to watch.", "d.txt")
    assert [n.unit for n in extract_mentions(doc).numbers if "18,247" in n.text] in ([], ["attendance"])
