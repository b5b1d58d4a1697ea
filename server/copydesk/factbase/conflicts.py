"""Where sources disagree: two wordings of one quote, two spellings of one name, two numbers for
one count, two genders. Found from a built fact base on demand (`copydesk facts` lists them; the
checks never need them), so building never pays for it.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from copydesk.factbase.model import Conflict, Entity, NumberFact
from copydesk.factbase.text import may_relate, quote_content
from copydesk.mentions.quotes import compare, same_statement

if TYPE_CHECKING:
    from copydesk.factbase.query import FactBase

BUCKET_EXACT = 2000  # up to this many facts of a kind, every pair sharing a word is compared
BUCKET_CAP = 24  # beyond it, words (or keys) shared by more facts than this do not make pairs


def _candidate_pairs(items: list[frozenset[str]]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of items that share an element, in (i, j) order.

    Up to BUCKET_EXACT items these are exactly the pairs that share something; beyond that an
    element shared by more than BUCKET_CAP items is too common to say two facts are about the same
    thing and makes no pairs (two facts sharing only such words are not compared)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(items):
        for k in keys:
            postings[k].append(i)
    cap = len(items) if len(items) <= BUCKET_EXACT else BUCKET_CAP
    usable = {k: ids for k, ids in postings.items() if 1 < len(ids) <= cap}
    for i, keys in enumerate(items):
        later: set[int] = set()
        for k in keys:
            ids = usable.get(k)
            if ids:
                later.update(ids[bisect.bisect_right(ids, i) :])
        for j in sorted(later):
            yield i, j


def find_conflicts(kb: FactBase) -> Iterator[Conflict]:
    """Where sources disagree: two wordings of one quote, two spellings of one name, two numbers."""
    quotes = kb.quotes
    content = [quote_content(q) for q in quotes]
    for i, j in _candidate_pairs([frozenset(c) for c in content]):
        a, b = quotes[i], quotes[j]
        if a.provenance.source == b.provenance.source or a.words == b.words or not may_relate(content[i], content[j]):
            continue
        ab, ba = compare(list(a.words), list(b.words)), compare(list(b.words), list(a.words))
        if (ab and ab.exact) or (ba and ba.exact):
            continue
        if ab or ba or same_statement(a.text, b.text):
            yield Conflict("quote", f"two wordings of one quote: “{a.text}” / “{b.text}”", [a.provenance, b.provenance])
    from rapidfuzz.distance import Levenshtein

    people = [e for e in kb.entities if e.kind == "person" and len(e.name.split()) > 1]
    by_first: dict[str, list[Entity]] = defaultdict(list)
    for e in people:
        by_first[e.name.split()[0]].append(e)
    name_pairs = []
    for group in by_first.values():  # a second spelling keeps the first name
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if abs(len(a.name) - len(b.name)) <= 2 and Levenshtein.distance(a.name.lower(), b.name.lower()) <= 2:
                    name_pairs.append((a, b))
    for a, b in sorted(name_pairs, key=lambda p: (p[0].id, p[1].id)):
        yield Conflict("name", f"two spellings of one name: {a.name} / {b.name}", [*a.mentions[:1], *b.mentions[:1]])
    by_unit: dict[tuple, list[NumberFact]] = defaultdict(list)
    for n in kb.numbers:
        by_unit[(n.unit, n.modifiers)].append(n)
    for facts in by_unit.values():
        for i, j in _candidate_pairs([f.keys for f in facts]):
            a, b = facts[i], facts[j]
            if a.value != b.value and a.provenance.source != b.provenance.source and _overlap(a.keys, b.keys) >= 0.5:
                yield Conflict("number", f"two numbers for one count: {a.text} / {b.text}", [a.provenance, b.provenance])
    for e in kb.entities:
        if e.user_gender is None and len(e.gender_votes) > 1 and e.gender is None:
            yield Conflict("gender", f"sources disagree on {e.name}'s pronouns", e.gender_evidence[:4])



def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))

