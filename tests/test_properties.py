"""Property tests: positions round-trip on any Unicode; extraction and checks never raise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk.document import Document
from copydesk.mentions import extract_mentions
from copydesk.mentions.spans import SpanSet
from helpers import check

PROFILE = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
pieces = st.sampled_from([*"AaBbMmPp .,;:!?'\"“”‘’—-\n\r\t0123456789€$%#*_`[]()<>", "Moss", "Ada", " said", " she said",
                          "😀", "é", "\ufeff", "Monday", "March 5", "2019", " million", "-based", "Mr. ", "<!--", "-->"])
news_text = st.lists(pieces, max_size=120).map("".join)


@PROFILE
@given(st.text())
def test_offset_position_round_trip(text):
    doc = Document(text)
    for i in range(len(text) + 1):
        line, col = doc.position(i)
        back = doc.offset(line, col)
        # positions inside a surrogate pair or between \r and \n map to the nearest real boundary
        assert abs(back - i) <= 1
        if not (i > 0 and text[i - 1] == "\r" and text[i : i + 1] == "\n"):
            assert back == i


@PROFILE
@given(news_text, st.booleans())
def test_extraction_never_raises(text, markdown):
    doc = Document(text, "x.md" if markdown else "x.txt")
    m = extract_mentions(doc)
    for span in [*m.names, *m.dates, *m.numbers, *m.quotes]:
        assert 0 <= span.start <= span.end <= len(text)


@PROFILE
@given(news_text)
def test_checks_never_raise_and_stay_in_bounds(text):
    for f in check(text, {"s.txt": 'Ada Moss said "we will sell" on Monday. 17 ferries, €2 million.'}):
        assert 0 <= f.start <= f.end <= len(text)


@PROFILE
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=12), st.integers(0, 50), st.integers(0, 12))
def test_a_span_set_covers_a_span_where_one_of_its_spans_holds_it(spans, start, width):
    """`SpanSet.covers` (which names a "-based" place holds) agrees with asking every span."""
    spans = [(a, a + w) for a, w in spans]
    end = start + width
    assert SpanSet(spans).covers(start, end) == any(a <= start and end <= b for a, b in spans)
    assert SpanSet(spans).overlaps(start, end) == any(a < end and start < b for a, b in spans)
