"""What every check of one draft shares: the document, its mentions, and ways into the fact base."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from copydesk.factbase.build import clause_keys, content_words, may_relate, name_key
from copydesk.lexicon import COMMON_STARTERS, FUNCTION_WORDS, STOPWORDS, fold
from copydesk.mentions import Mentions, NameMention, extract_mentions

T = TypeVar("T")

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
        self._weights: dict[str, float] = {}  # key -> kb.key_weight(key), computed once per check
        self._totals: dict[frozenset[str], float] = {}  # draft keys -> the sum of their weights
        self.memo: dict[tuple, object] = {}  # results several checks share (a quote's source matches)

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

    def _name_words_near(self, length: int, limit: int) -> list[str]:
        """The known name words within `limit` letters of `length` long, in `_name_words` order: the
        only ones that can be `limit` edits away (the others could never pass the cutoff)."""
        kb = self.kb
        cache = kb.__dict__.get("_name_words_near")
        if cache is None or cache[0] is not kb.word_index or cache[1] != len(kb.word_index):
            by_length: dict[int, list[int]] = {}
            for i, w in enumerate(self._name_words):
                by_length.setdefault(len(w), []).append(i)
            cache = (kb.word_index, len(kb.word_index), by_length, {})
            kb.__dict__["_name_words_near"] = cache
        _, _, by_length, near = cache
        key = (length, limit)
        if key not in near:
            ids = sorted(i for n in range(length - limit, length + limit + 1) for i in by_length.get(n, ()))
            near[key] = [self._name_words[i] for i in ids]
        return near[key]

    def near_misses(self, word: str) -> list[tuple[str, int]]:
        """Known name words (folded) within typo distance of `word`, nearest first."""
        limit = max_typo_distance(word)
        if limit == 0 or not self._name_words:
            return []
        target = fold(word)
        found = process.extract(target, self._name_words_near(len(target), limit), scorer=DamerauLevenshtein.distance,
                                score_cutoff=limit, limit=5)
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

    def remember(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()` once per check for `key`: results several checks share."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[return-value]

    def keys(self, start: int, end: int) -> frozenset[str]:
        return self.remember(("keys", start, end), lambda: clause_keys(self.document, self.mentions, start, end, self.resolve))

    def score(self, draft_keys: frozenset[str], fact_keys: frozenset[str]) -> float:
        """How much of what the draft clause is about the fact's clause shares, weighted by rarity."""
        if not draft_keys:
            return 0.0
        weights = self._weights
        total = self._totals.get(draft_keys)
        if total is None:
            total = self._totals[draft_keys] = sum(self._weight(k) for k in draft_keys)
        shared = sum(weights[k] if k in weights else self._weight(k) for k in draft_keys & fact_keys)
        return shared / total if total else 0.0

    def _weight(self, key: str) -> float:
        w = self._weights[key] = self.kb.key_weight(key)
        return w

    # -- candidate facts through the fact base's key index ---------------------------------------
    # A fact that shares no key with the draft clause scores 0, below any positive `min_match`:
    # looking up only the facts that share a key gives the same candidates as scoring them all.

    def date_candidates(self, keys: frozenset[str], rule) -> list:
        threshold = float(rule.params.get("min_match", 0.3))
        if threshold <= 0:
            return self.kb.dates
        return self.kb.facts_sharing("dates", self._probe(keys, threshold))

    def _probe(self, keys: frozenset[str], threshold: float) -> list[str]:
        """The keys a fact must share one of to score `threshold`: the draft keys without the
        lightest ones whose weights together stay below `threshold` of the total (a fact sharing
        only those scores less), with a margin for rounding."""
        if not keys:
            return []
        weight = {k: self._weights[k] if k in self._weights else self._weight(k) for k in keys}
        bound = threshold * sum(weight.values()) * (1 - 1e-9)
        light = 0.0
        probe = []
        for k in sorted(keys, key=lambda k: (weight[k], k)):
            if not probe and light + weight[k] < bound:
                light += weight[k]
            else:
                probe.append(k)
        return probe

    def number_candidates(self, n, rule) -> list:
        """Source numbers with the draft number's unit (and, where scoring would drop the rest,
        sharing a key with its clause), in fact-base order."""
        same_unit = self.kb.numbers_by_unit().get(n.unit, [])
        if float(rule.params.get("min_match", 0.3)) <= 0 or not same_unit:
            return same_unit
        threshold = float(rule.params.get("min_match", 0.3))
        sharing = self.kb.facts_sharing("numbers", self._probe(self.keys(n.start, n.end), threshold))
        return [f for f in sharing if f.unit == n.unit]

    # -- quotes --------------------------------------------------------------------------------

    def quote_candidates(self, draft_words: list[str]) -> list:
        """The source quotes a draft quote can match, in fact-base order.

        `compare` and `same_statement` need two aligned words outside STOPWORDS, so a source quote
        that shares no such word with the draft quote never matches: the index skips it. A draft
        quote made only of stopwords is compared with every source quote."""
        content = Counter(w for w in draft_words if w not in STOPWORDS)
        if not content:
            return list(self.kb.quotes)
        index, counts = self.kb.quote_index(), self.kb.quote_content()
        ids = set().union(*(index.get(w, ()) for w in content))
        if len(draft_words) <= 4:  # a short quote may be a misquote with one content word in common
            return [self.kb.quotes[i] for i in sorted(ids)]
        return [self.kb.quotes[i] for i in sorted(ids) if may_relate(content, counts[i])]


__all__ = ["CheckContext", "content_words", "max_typo_distance"]
