"""The document model: markup masking, sentences, tokens, datelines and LSP positions."""

from __future__ import annotations

import datetime as dt
import pickle
import re

from hypothesis import given
from hypothesis import strategies as st

from copydesk.document import Document, _line_breaks, blank_outside, decode, forget_sentences, wire_day


def test_markdown_markup_is_blanked_but_offsets_kept():
    text = "---\ntitle: x\n---\n# Head\n\n- **Ada Moss** met [Ivo Pent](http://x.y) and `code`.\n"
    doc = Document(text, "a.md")
    assert len(doc.prose) == len(text)
    assert "title" not in doc.prose and "**" not in doc.prose and "http" not in doc.prose and "code" not in doc.prose
    i = text.index("Ivo Pent")
    assert doc.prose[i : i + 8] == "Ivo Pent"


def test_sentences_respect_abbreviations_and_glued_full_stops():
    doc = Document("Mr. Pent met Dr. Moss in the U.S. capital. They talked.The talks ended.")
    assert [doc.sentence_text(i) for i in range(len(doc.sentences))] == [
        "Mr. Pent met Dr. Moss in the U.S. capital.", "They talked.", "The talks ended."]


def test_a_straight_quote_opens_a_clause_only_where_it_opens_a_quote():
    doc = Document('"We led from the front," Pent told reporters. He said: "Moss did too."')
    initial = {t.text for t in doc.tokens if t.sentence_initial}
    assert initial == {"We", "He", "Moss"}  # "Pent" follows a closing quote: mid-sentence, so a certain name


def test_a_plurals_possessive_keeps_its_apostrophe_and_a_closing_quote_stays_a_mark():
    doc = Document("Ivo Pent, Tarrow Athletics' performance director, praised the workers' union. "
                   "She called it 'a hunch'. Then the 'experts' Ada Moss named left.")
    words = [t.text for t in doc.tokens]
    assert "Athletics'" in words and "workers'" in words
    assert [t.possessive for t in doc.tokens if t.text == "Athletics'"] == [True]
    assert [t.bare for t in doc.tokens if t.text == "workers'"] == ["workers"]
    assert "hunch" in words and "experts" in words  # before a full stop or a capital: the quote closes


def test_name_broken_across_a_line_stays_in_one_sentence():
    doc = Document("Harbour chief Ada\nMoss will speak.\n\nNext paragraph.")
    assert doc.sentence_text(0) == "Harbour chief Ada Moss will speak."
    assert doc.sentences[1].paragraph == 1


def test_headline_line_ends_a_sentence():
    doc = Document("Velmora minister to visit port\nThe minister will travel on Monday.")
    assert doc.sentence_text(0) == "Velmora minister to visit port"


@given(st.text(alphabet="aB. \t\n\r\u00a0\x0c”,", max_size=40))
def test_line_breaks_are_those_between_two_lines_of_text(text: str) -> None:
    """A line break between a visible character (then spaces or tabs, a CR) and text on the next
    line: found from the line breaks back, as the pattern below finds it at every character."""
    pattern = re.compile(r"([^\s])[ \t]*\r?\n(?=[ \t]*[^\s])")
    assert list(_line_breaks(text)) == [(m.start(), m.group(1), m.end()) for m in pattern.finditer(text)]


def test_tokens_of_a_sentence_seen_before_are_moved_with_it():
    """A sentence tokenized in one draft and met again elsewhere in the next has the tokens it
    would have afresh, at its new offsets and indexes."""
    text = "Ada Moss said on Tuesday that 17 ferries were sold.\n\n“It is done,” she said."
    before = [tuple(t) for t in Document(text).tokens]
    moved = Document("A new first line.\n\n" + text)
    forget_sentences()
    assert [tuple(t) for t in moved.tokens] == [tuple(t) for t in Document("A new first line.\n\n" + text).tokens]
    assert [t.text for t in moved.tokens][5:] == [t[3] for t in before]


def test_positions_are_utf16_and_round_trip():
    text = "🇮🇱 Ada\r\nMoss 😀 said\rhi"
    doc = Document(text)
    i = text.index("Moss")
    assert doc.position(i) == (1, 0)
    j = text.index("said")
    assert doc.position(j) == (1, 8)  # "Moss " (5) + emoji (2 units) + space
    for k in range(len(text) + 1):
        if text[k - 1 : k] != "\r" or text[k : k + 1] != "\n":
            assert doc.offset(*doc.position(k)) == k


def test_bom_does_not_shift_columns():
    doc = Document("\ufeffAda Moss")
    assert doc.position(doc.text.index("Moss")) == (0, 4)


def test_datelines():
    assert Document(" date 2030-03-05 \nText.").dateline.date == dt.date(2030, 3, 5)
    assert Document("NORTHPORT, March 5, 2030 (Wire) - Text.").dateline.date == dt.date(2030, 3, 5)
    assert Document("Wire | Updated: 05-03-2030 16:51\nText.").dateline.date == dt.date(2030, 3, 5)
    # the day first, as British wires write it; with no year, the day alone (its year is the sources')
    assert Document("TARROWBY, 7 December 2032 (Wire) - Text.").dateline.date == dt.date(2032, 12, 7)
    assert Document("TARROWBY, 7 December - Text.").dateline is None
    assert wire_day("TARROWBY, 7 December - Text.") == (12, 7)
    assert wire_day("Tarrowby, 7 December rain fell on the town.") is None


def test_decode_reports_broken_utf8_once_and_rejects_binary():
    text, notes = decode("café ok\n".encode() + b"line two \xff \xe9", "x.txt")
    assert "\ufffd" in text and len(notes) == 1 and "x.txt:2" in notes[0]
    try:
        decode(b"\x00\x01binary", "b.bin")
    except Exception as exc:
        assert "b.bin" in str(exc) and "binary" in str(exc)
    else:
        raise AssertionError("binary data was accepted")


def test_suppression_directives_are_read():
    doc = Document("a\n<!-- copydesk-disable-next-line name-spelling -->\nb")
    assert doc.directives[0].action == "disable-next-line"
    assert doc.directives[0].rules == ("name-spelling",)
    assert doc.directives[0].line == 1


def test_dropped_tokens_are_split_again_and_never_pickled():
    doc = Document("# Harbour talks\n\nAda Moss said so. She left *early*.\n", format="markdown")
    tokens, starts = list(doc.tokens), list(doc.token_starts)
    doc.drop_tokens()
    assert doc.tokens == tokens and doc.token_starts == starts
    again = pickle.loads(pickle.dumps(doc))
    assert again._tokens is None
    assert again.tokens == tokens and again.token_ends == [t.end for t in tokens] and again.sentences == doc.sentences


@given(text=st.text(alphabet="ab é\t\n\r", max_size=60), a=st.integers(0, 60), b=st.integers(0, 60))
def test_blanking_outside_a_region_keeps_its_text_and_every_line_break(text: str, a: int, b: int):
    """What a region's document reads outside the region: each character a space, line breaks
    (LF, CR and CRLF) where they were, the region itself as it was."""
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    blanked = blank_outside(text, a, b)
    assert len(blanked) == len(text) and blanked[a:b] == text[a:b]
    outside = [(c, d) for k, (c, d) in enumerate(zip(text, blanked, strict=True)) if not a <= k < b]
    assert all(d == c if c in "\r\n" else d == " " for c, d in outside)
