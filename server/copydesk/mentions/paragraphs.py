"""A paragraph's names, dates and numbers, reused while its text stays the same.

These three extractors read one sentence at a time, so a paragraph's mentions depend on its own
text and on three things outside it: the dateline (dates resolve against it), whether the draft
writes its hyphens spaced (tokens join across them), and, for names, whether a sentence's first
word is one the draft or the sources write in lower case. A check after typing pauses re-extracts
only the paragraphs that changed; the others' mentions are moved to where the paragraph now lies
(offsets, sentence and token indexes), equal to what extracting them afresh gives.
"""

from __future__ import annotations

from collections.abc import Collection, MutableMapping
from dataclasses import dataclass

from copydesk.document import Document, Sentence
from copydesk.mentions.dates import DateMention, extract_dates
from copydesk.mentions.names import NameMention, Vocabulary, extract_names
from copydesk.mentions.numbers import NumberMention, extract_numbers
from copydesk.mentions.spans import SpanSet


@dataclass(slots=True)
class _Kept:
    """One paragraph's mentions as first extracted, and where the paragraph lay then."""

    start: int
    sentence: int
    token: int
    names: list[NameMention]
    dates: list[DateMention]
    numbers: list[NumberMention]
    asked: dict[str, bool]  # the lower-case words the names depended on, and whether the draft had them


class _Asked:
    """`word in words`, remembering each answer: what a paragraph's names read of the draft's words."""

    __slots__ = ("answers", "words")

    def __init__(self, words: Collection[str]):
        self.words = words
        self.answers: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        answer = self.answers.get(word)  # type: ignore[call-overload]
        if answer is None:
            answer = self.answers[word] = word in self.words  # type: ignore[index]
        return answer


def paragraphs(doc: Document) -> list[list[Sentence]]:
    """The document's sentences, grouped by paragraph, in order."""
    groups: list[list[Sentence]] = []
    for s in doc.sentences:
        if groups and groups[-1][0].paragraph == s.paragraph:
            groups[-1].append(s)
        else:
            groups.append([s])
    return groups


def sentence_mentions(doc: Document, vocab: Vocabulary, cache: MutableMapping[tuple, object] | None = None,
                      names_only: bool = False) -> tuple[list[NameMention], list[DateMention], list[NumberMention]]:
    """(names, dates, numbers) of the whole document, each in text order; with a `cache`, the
    mentions of a paragraph already seen with the same surroundings are reused from it (with
    `names_only`, its dates and numbers are left where they were kept: the caller reads names alone)."""
    if cache is None:
        dates = extract_dates(doc)
        return _outside(extract_names(doc, vocab), dates), dates, extract_numbers(doc, [(d.start, d.end) for d in dates])
    names: list[NameMention] = []
    dates = []
    numbers: list[NumberMention] = []
    context = (doc.dateline.date if doc.dateline else None, doc.spaced_hyphens)
    for group in paragraphs(doc):
        kept = _paragraph(doc, vocab, group, context, cache)
        first = group[0]
        chars, sentences, tokens = first.start - kept.start, first.index - kept.sentence, first.first_token - kept.token
        if not (chars or sentences or tokens):  # where it was: the same mentions (nothing changes one once extracted)
            names += kept.names
            dates += kept.dates
            numbers += kept.numbers
            continue
        done: dict[int, NameMention] = {}
        names += [m.moved(chars, sentences, tokens, done) for m in kept.names]
        if not names_only:
            dates += [d.moved(chars, sentences) for d in kept.dates]
            numbers += [n.moved(chars, sentences) for n in kept.numbers]
    return names, dates, numbers


def _outside(names: list[NameMention], dates: list[DateMention]) -> list[NameMention]:
    """The names that are no word of a date: "Sun" of a listing's "(Vellum One, Sun 17 Oct, 21:00)"
    is Sunday, not a name."""
    if not dates:
        return names
    taken = SpanSet((d.start, d.end) for d in dates)
    return [m for m in names if not taken.covers(m.start, m.end)]


def _paragraph(doc: Document, vocab: Vocabulary, group: list[Sentence], context: tuple,
               cache: MutableMapping[tuple, object]) -> _Kept:
    """A paragraph's mentions: from `cache` where its text, its surroundings (`context`) and the
    answers its names read are the same, else extracted now (and kept)."""
    start, end = group[0].start, group[-1].end
    text, prose = doc.text[start:end], doc.prose[start:end]
    key = ("paragraph mentions", context, text, prose if prose != text else None,
           tuple((s.start - start, s.end - start) for s in group))
    kept = cache.get(key)
    if isinstance(kept, _Kept) and all((w in vocab.lower) is answer for w, answer in kept.asked.items()):
        return kept
    asked = _Asked(vocab.lower)
    dates = extract_dates(doc, group)
    kept = _Kept(start, group[0].index, group[0].first_token,
                 _outside(extract_names(doc, Vocabulary(asked, vocab.name_words), group), dates),  # type: ignore[arg-type]
                 dates, extract_numbers(doc, [(d.start, d.end) for d in dates], group), asked.answers)
    cache[key] = kept
    return kept
