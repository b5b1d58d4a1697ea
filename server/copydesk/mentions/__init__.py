"""Document -> mentions: names, titles, dates, numbers, quotes and pronouns, each with its span."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from functools import cached_property

from copydesk.document import Document
from copydesk.mentions.dates import DateMention
from copydesk.mentions.names import EitherSet, NameMention, Vocabulary, based_descriptors
from copydesk.mentions.numbers import NumberMention
from copydesk.mentions.paragraphs import sentence_mentions
from copydesk.mentions.pronouns import PronounMention, extract_pronouns
from copydesk.mentions.quotes import QuoteMention, attribute, find_quotes, letter_text, transcript_answers
from copydesk.mentions.spans import SpanSet
from copydesk.mentions.titles import TitleMention, extract_titles


@dataclass
class Mentions:
    names: list[NameMention]  # in text order
    titles: list[TitleMention]
    dates: list[DateMention]
    numbers: list[NumberMention]
    quotes: list[QuoteMention]
    pronouns: list[PronounMention]

    @cached_property
    def name_starts(self) -> list[int]:
        """The names' start offsets, for bisect."""
        return [m.start for m in self.names]

    @cached_property
    def _date_spans(self) -> SpanSet:
        return SpanSet((d.start, d.end) for d in self.dates)

    def overlaps_date(self, start: int, end: int) -> bool:
        """Whether text[start:end] overlaps a date mention, in log time (a draft may hold thousands)."""
        return self._date_spans.overlaps(start, end)


def extract_mentions(doc: Document, vocab: Vocabulary | None = None, cache: MutableMapping[tuple, object] | None = None,
                     ) -> Mentions:
    """Every mention of the document; with a `cache` (kept by the caller for one vocabulary), the
    names, dates and numbers of paragraphs seen before are reused (see mentions.paragraphs)."""
    names, dates, numbers = _names_dates_numbers(doc, vocab or Vocabulary(), cache)
    titles = extract_titles(doc, names)
    quotes = find_quotes(doc)
    attribute(doc, quotes, names)
    if answers := transcript_answers(doc, names) + letter_text(doc, names):
        quotes = sorted(quotes + answers, key=lambda q: q.start)
    return Mentions(names, titles, dates, numbers, quotes, extract_pronouns(doc))


def extract_names_alone(doc: Document, vocab: Vocabulary | None = None, cache: MutableMapping[tuple, object] | None = None,
                        ) -> list[NameMention]:
    """The document's names as `extract_mentions` finds them, without its titles, quotes and
    pronouns: for a check that reads names only, re-run over a whole draft after an edit."""
    return _names_dates_numbers(doc, vocab or Vocabulary(), cache, names_only=True)[0]


def _names_dates_numbers(doc: Document, vocab: Vocabulary, cache: MutableMapping[tuple, object] | None,
                         names_only: bool = False) -> tuple[list[NameMention], list[DateMention], list[NumberMention]]:
    """The sentence-level mentions, one pass shared by `extract_mentions` and `extract_names_alone`
    (`names_only`: the dates and numbers it gives are incomplete)."""
    local = Vocabulary(EitherSet(vocab.lower, doc.lower_words), vocab.name_words)  # type: ignore[arg-type]
    names, dates, numbers = sentence_mentions(doc, local, cache, names_only)
    based = [place for _tok, place in based_descriptors(doc)]
    if based:  # "Dunholme" of "Dunholme Bridge-based" is a word of the place, no name of its own
        held = SpanSet((p.start, p.end) for p in based)
        names = [m for m in names if not held.covers(m.start, m.end)] + based
    names.sort(key=lambda m: m.start)
    return names, dates, numbers


__all__ = [
    "DateMention", "Mentions", "NameMention", "NumberMention", "PronounMention", "QuoteMention",
    "TitleMention", "Vocabulary", "extract_mentions", "extract_names_alone",
]
