"""Personal pronouns, and the people before them that a pronoun can refer to."""

from __future__ import annotations

from dataclasses import dataclass

from copydesk.document import Document
from copydesk.lexicon import PRONOUNS
from copydesk.mentions.names import NameMention


@dataclass
class PronounMention:
    start: int
    end: int
    text: str
    gender: str  # "male" | "female"
    sentence: int
    token: int


def extract_pronouns(doc: Document) -> list[PronounMention]:
    return [
        PronounMention(t.start, t.end, t.text, PRONOUNS[t.lower], t.sentence, t.index)
        for t in doc.tokens
        if t.kind == "word" and t.lower in PRONOUNS
    ]


def antecedents(
    doc: Document, people: list[NameMention], before: int, skip: tuple[int, int] | None = None, sentences_back: int = 1
) -> list[NameMention]:
    """People mentioned before offset `before`, nearest first: in the same sentence and up to
    `sentences_back` sentences earlier in the same paragraph; mentions inside `skip` (the quote a
    pronoun attributes) are left out."""
    here = doc.sentence_at(before)
    if here is None:
        return []
    lowest = here.index - sentences_back
    out = []
    for m in sorted(people, key=lambda m: -m.start):
        if m.start >= before or m.sentence < lowest:
            continue
        if doc.sentences[m.sentence].paragraph != here.paragraph:
            continue
        if skip and skip[0] <= m.start < skip[1]:
            continue
        out.append(m)
    return out
