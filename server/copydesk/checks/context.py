"""What every check of one draft shares: the document, its mentions, and ways into the fact base."""

from __future__ import annotations

import math
from functools import cached_property
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from copydesk.factbase.build import clause_keys, content_words, name_key
from copydesk.lexicon import COMMON_STARTERS, FUNCTION_WORDS, fold
from copydesk.mentions import Mentions, NameMention, extract_mentions

if TYPE_CHECKING:
    from copydesk.document import Document
    from copydesk.factbase.build import FactBase
    from copydesk.factbase.model import Entity


def max_typo_distance(word: str) -> int:
    """How many edits a misspelling of a name this long may have."""
    n = len(word)
    if n < 4:
        return 0
    return 1 if n < 8 else 2


class CheckContext:
    def __init__(self, document: Document, kb: FactBase):
        self.document = document
        self.kb = kb

    @cached_property
    def mentions(self) -> Mentions:
        return extract_mentions(self.document, self.kb.vocabulary)

    # -- names ---------------------------------------------------------------------------------

    def is_known_word(self, word: str) -> bool:
        return fold(word) in self.kb.word_index

    def is_common_word(self, word: str) -> bool:
        w = word.lower()
        return w in FUNCTION_WORDS or w in COMMON_STARTERS or (w in self.kb.vocabulary.lower and not self.is_known_word(word))

    @cached_property
    def _name_words(self) -> list[str]:
        return list(self.kb.word_index)

    def near_misses(self, word: str) -> list[tuple[str, int]]:
        """Known name words (folded) within typo distance of `word`, nearest first."""
        limit = max_typo_distance(word)
        if limit == 0 or not self._name_words:
            return []
        target = fold(word)
        found = process.extract(target, self._name_words, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=5)
        return sorted(((w, int(d)) for w, d, _ in found if w != target and len(w) >= 3), key=lambda x: x[1])

    def surface(self, folded: str) -> str:
        forms = self.kb.surface_forms.get(folded)
        return forms.most_common(1)[0][0] if forms else folded

    def resolve(self, m: NameMention) -> Entity | None:
        """The entity a draft name refers to: exactly, or through near-miss spellings of its words."""
        return self._resolved.get(m.start, None) if m.start in self._resolved else self._resolve(m)

    @cached_property
    def _resolved(self) -> dict[int, Entity | None]:
        return {m.start: self._resolve(m) for m in self.mentions.names}

    def _resolve(self, m: NameMention) -> Entity | None:
        exact = self.kb.entity_for_key(name_key(m.words))
        if exact is not None:
            return exact
        candidates: set[int] | None = None
        for w in m.words:
            ids = set(self.kb.word_index.get(fold(w), set()))
            if not ids and not self.is_common_word(w):
                for known, _d in self.near_misses(w):
                    ids |= self.kb.word_index.get(known, set())
            if ids:
                candidates = ids if candidates is None else (candidates & ids or candidates)
        if candidates and len(candidates) == 1:
            return self.kb.entity(next(iter(candidates)))
        if candidates:
            people = [i for i in candidates if self.kb.entity(i).kind == "person"]
            if len(people) == 1 and len(m.words) > 1:
                return self.kb.entity(people[0])
        return None

    # -- matching a draft sentence to source facts ------------------------------------------------

    def keys(self, start: int, end: int) -> frozenset[str]:
        return clause_keys(self.document, self.mentions, start, end, self.resolve)

    def score(self, draft_keys: frozenset[str], fact_keys: frozenset[str]) -> float:
        """How much of what the draft clause is about the fact's clause shares, weighted by rarity."""
        if not draft_keys:
            return 0.0
        weight = self.kb.key_weight
        total = sum(weight(k) for k in draft_keys)
        shared = sum(weight(k) for k in draft_keys & fact_keys)
        return shared / total if total else 0.0

    @staticmethod
    def idf(df: int, n: int) -> float:
        return math.log(1 + n / (1 + df))


__all__ = ["CheckContext", "content_words", "max_typo_distance"]
