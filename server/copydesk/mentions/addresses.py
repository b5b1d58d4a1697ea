"""Street addresses ("14 Thrushbeck Lane", "Flat 3, 22 Orrin Street"): a house's number names the
house, so two figures given for two numbers of one street are two properties' figures."""

from __future__ import annotations

import re

from copydesk.document import Document
from copydesk.lexicon import STREET_WORDS, fold

_STREET = "|".join(sorted((w.capitalize() for w in STREET_WORDS), key=lambda w: (-len(w), w)))  # one text every run
_ADDRESS = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt|Unit|Suite)\.?\s+(?P<flat>\w+),?\s+)?"  # "Flat 3, "
    r"(?<![\w,.])(?P<house>\d{1,5}[A-Za-z]?)\s+"  # "22 " (not "1,500 ", "2.5 ")
    rf"(?P<street>(?:[A-Z][\w'’-]*\s+){{1,3}}?(?:{_STREET}))\b\.?"
)
_SENTENCES_BACK = 6  # how far up its paragraph a figure's address is looked for (a listing's lines)


def addresses_in(text: str) -> dict[str, str]:
    """Each street `text` names with a number, folded, to the number (a flat's too): "Flat 3, 22
    Orrin Street" is {"orrin street": "3/22"}."""
    return {fold(m["street"]): f"{m['flat'] or ''}/{m['house']}" for m in _ADDRESS.finditer(text)}


def address_sentence(doc: Document, offset: int) -> int | None:
    """The sentence that gives the address of the figure at `offset`: its own, or where it names
    none, the nearest before it in its paragraph that does (a listing's "14 Thrushbeck Lane" line
    is the address of the price and the floor area under it)."""
    here = doc.sentence_at(offset)
    if here is None:
        return None
    for k in range(here.index, max(-1, here.index - _SENTENCES_BACK), -1):
        sentence = doc.sentences[k]
        if sentence.paragraph != here.paragraph:
            break
        if _ADDRESS.search(doc.prose, sentence.start, sentence.end):
            return k
    return None


def address_at(doc: Document, offset: int) -> dict[str, str]:
    """The addresses of the sentence `address_sentence` finds for the figure at `offset`."""
    k = address_sentence(doc, offset)
    if k is None:
        return {}
    sentence = doc.sentences[k]
    return addresses_in(doc.prose[sentence.start : sentence.end])


def another_address(mine: dict[str, str], theirs: dict[str, str]) -> bool:
    """Whether two sets of addresses give one street with two numbers (two houses of it), and no
    street with the same number."""
    shared = mine.keys() & theirs.keys()
    return bool(shared) and all(mine[s] != theirs[s] for s in shared)
