"""What every check of one draft shares: the document, its mentions, and ways into the fact base."""

from __future__ import annotations

import bisect
import re
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, TypeVar

from copydesk.document import forget_sentences
from copydesk.factbase.query import PROBE_FACTS
from copydesk.factbase.text import (
    clause_cuts,
    clause_keys,
    content_words,
    document_stamps,
    initials_of,
    name_key,
    written_alike,
)
from copydesk.lexicon import HONORIFICS, NAME_CONNECTORS, ORG_WORDS, STOPWORDS, fold
from copydesk.mentions import Mentions, NameMention, NumberMention, extract_mentions, extract_names_alone
from copydesk.mentions.dates import DateMention
from copydesk.mentions.quotes import SHORT_QUOTE
from copydesk.world import demonym_of, is_common_english, place_of

T = TypeVar("T")

if TYPE_CHECKING:
    from copydesk.checks.engine import Hit
    from copydesk.document import Document
    from copydesk.factbase.model import Entity, Provenance
    from copydesk.factbase.query import FactBase


def _org_word(word: str) -> bool:
    """An organization word as written or folded ("Partners", "Holdings")."""
    return fold(word) in ORG_WORDS or word.lower() in ORG_WORDS


def is_organization_name(words: tuple[str, ...] | list[str]) -> bool:
    """A name headed by an organization word ("... Agency", "... Holdings", "... Partners")."""
    return len(words) > 1 and _org_word(words[-1])


def distinctive_words(words: tuple[str, ...] | list[str]) -> list[str]:
    """The words of a name that tell it apart: not function words nor organization words."""
    return [w for w in words if w.lower() not in STOPWORDS and not _org_word(w) and w.lower() not in NAME_CONNECTORS
            and demonym_of(w) is None]  # "Spanish Super League" is told apart by "Super"


def max_typo_distance(word: str) -> int:
    """How many edits a misspelling of a name this long may have."""
    n = len(word)
    if n < 4:
        return 0
    return 1 if n < 8 else 2


class FactsOf:
    """Fact indexes of some groups, in fact-base order, sorted on first use (most levels are never read)."""

    __slots__ = ("_groups", "_ids")

    def __init__(self, groups: list[list[int]]):
        self._groups, self._ids = groups, None

    def __iter__(self) -> Iterator[int]:
        if self._ids is None:
            self._ids = sorted(i for facts in self._groups for i in facts)
        return iter(self._ids)


ANY_SHARE = 0.01  # a clause sharing any word with the draft's: related however little
CLOSE_MATCH = 0.5  # a lookup of support asks first for the clauses this close (see `CheckContext.support_levels`)
LOOKUPS_MAX = 20000  # derived lookups kept per fact base for the next checks (see `CheckContext.lookup`)
# what a correction notice writes before the error it corrects ("misspelled her name as")
_EARLIER_ERROR = re.compile(r"\b(?:misspel\w*|misstat\w*|misnam\w*|misidentif\w*|mistakenly|wrongly|incorrectly|erroneously)"
                            r"\b[^.;:()\n]*\bas\s+$", re.I)
_LOOKUPS: weakref.WeakKeyDictionary[FactBase, dict[tuple, object]] = weakref.WeakKeyDictionary()
_LOOKUPS_LOCK = threading.Lock()
_ACRONYM_AFTER = re.compile(r"((?:\s+[A-Z][\w'-]*){0,3})\s*\(([A-Z][A-Z&]{1,7})\)")  # "Crime Commissioner (PCC)"
_MISSING = object()


_DERIVED: weakref.WeakKeyDictionary[FactBase, dict[tuple, object]] = weakref.WeakKeyDictionary()


def _table_of(table: weakref.WeakKeyDictionary[FactBase, dict[tuple, object]], kb: FactBase) -> dict[tuple, object]:
    """`kb`'s dict in `table`, made on first use; it goes with `kb` (a weak key: a rebuilt fact
    base starts afresh)."""
    with _LOOKUPS_LOCK:
        found = table.get(kb)
        if found is None:
            found = table[kb] = {}
        return found


def _lookups_of(kb: FactBase) -> dict[tuple, object]:
    """The lookups checks derived from `kb` and a draft's words (see `CheckContext.lookup`)."""
    return _table_of(_LOOKUPS, kb)


def of_sources(kb: FactBase, key: tuple, compute: Callable[[], T]) -> T:
    """`compute()` once for `key` while `kb` lives: what depends on the sources alone (stated
    figures, surnames, the names completion offers), a few keys never evicted nor forgotten,
    since no draft can change them."""
    derived = _table_of(_DERIVED, kb)
    value = derived.get(key, _MISSING)
    if value is _MISSING:
        value = derived[key] = compute()
    return value  # type: ignore[return-value]


def forget_lookups(kb: FactBase) -> None:
    """Drop what checks derived from `kb`, and the tokens of sentences seen (the bench times a
    draft the fact base has not seen)."""
    _lookups_of(kb).clear()
    forget_sentences()
    content_words.cache_clear()  # clauses' words and sentences' clauses: a new draft's are new
    _paragraph_words.cache_clear()
    fold.cache_clear()
    clause_cuts.cache_clear()


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def draft_words(text: str) -> set[str]:
    """The forms in which the checks ask the fact base about a draft's words: each word lower-cased,
    a capitalized one folded too (the vocabulary's flags; the checks fold names), and its clauses'
    content words (key counts), for a fact base that reads them by index to read them all at once
    (`LazyFactBase.read_ahead`). Read paragraph by paragraph, each remembered (no word spans a blank
    line): after an edit, only the edited paragraph's words are read again."""
    words: set[str] = set()
    for paragraph in text.split("\n\n"):
        words |= _paragraph_words(paragraph)
    return words


@lru_cache(maxsize=1 << 12)
def _paragraph_words(text: str) -> frozenset[str]:
    words = set(_WORD.findall(text))
    return frozenset({w.lower() for w in words} | {fold(w) for w in words if w[:1].isupper()}
                     | content_words.__wrapped__(text))


class CheckContext:
    def __init__(self, document: Document, kb: FactBase):
        self.document = document
        self.kb = kb
        self._lookups = _lookups_of(kb)
        self._weights: dict[str, float] = {}  # key -> kb.key_weight(key), computed once per check
        self._totals: dict[frozenset[str], float] = {}  # draft keys -> the sum of their weights
        self._ordered: dict[frozenset[str], list[tuple[str, float]]] = {}  # draft keys -> (key, weight) in key order
        self.memo: dict[tuple, object] = {}  # results several checks of this draft share (a clause's keys)
        kb.read_ahead(lambda: draft_words(document.text))  # a fact base read by index reads the draft's words at once

    def lookup(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()` once for `key` while the fact base lives (up to LOOKUPS_MAX keys): what the
        checks derive from the fact base and a draft's words alone (a clause's ranked facts, a
        word's near misses, a quote's matches), so that checking a draft again, or after an edit,
        redoes only what changed. Kept here, not in the fact base: it stays read-only."""
        value = self._lookups.get(key, _MISSING)
        if value is _MISSING:
            if len(self._lookups) >= LOOKUPS_MAX:
                self._lookups.clear()
            value = self._lookups[key] = compute()
        return value  # type: ignore[return-value]

    def hits_at(self, key: tuple, at: int, compute: Callable[[], Iterable[Hit]]) -> list[Hit]:
        """A check's hits for one mention lying at offset `at`, computed once for `key` (what the
        check reads of it: the mention without its offsets, its clause's keys, the text around it)
        and kept relative to `at`: a draft checked again, or after an edit elsewhere moved the
        mention, redoes none of its work (only building its key, a dictionary look-up)."""
        kept = self.lookup(key, lambda: tuple(h.moved(-at) for h in compute()))  # most often (): no object to keep
        return [h.moved(at) for h in kept]

    def of_sources(self, key: tuple, compute: Callable[[], T]) -> T:
        """See the module's `of_sources`: unlike `lookup`, keys that no draft's words enter."""
        return of_sources(self.kb, key, compute)

    @cached_property
    def mentions(self) -> Mentions:
        return extract_mentions(self.document, self.kb.vocabulary, self._lookups)  # paragraphs seen before reused

    @cached_property
    def names(self) -> list[NameMention]:
        """The draft's names: those of `mentions` where a check has asked for them, else the names
        alone, for a check kind that reads no other mention (`CheckKind.names_only`)."""
        if "mentions" in self.__dict__:
            return self.mentions.names
        return extract_names_alone(self.document, self.kb.vocabulary, self._lookups)

    # -- names ---------------------------------------------------------------------------------

    def is_known_word(self, word: str) -> bool:
        return fold(word) in self.kb.word_index

    def is_common_word(self, word: str) -> bool:
        return self.kb.vocabulary.is_common(word, self.kb.word_index)  # names from user facts count too

    def near_misses(self, word: str) -> list[tuple[str, int]]:
        """Known name words (folded) within typo distance of `word`, nearest first."""
        return self.lookup(("near_misses", word), lambda: self._near_misses(word))

    def _near_misses(self, word: str) -> list[tuple[str, int]]:
        limit = max_typo_distance(word)
        if limit == 0:
            return []
        target = fold(word)
        nearest: dict[str, int] = {}
        # as folded and as written: folding a slip can take it further from the name ("Fenwarden-Kries",
        # a plural's "-ies", folds to "fenwarden-kry", two edits more from "fenwarden-kreis")
        for form in dict.fromkeys((target, word.lower())):
            for w, d in self.kb.near_name_words(form, limit):
                nearest[w] = min(d, nearest.get(w, d))
        return sorted(((w, d) for w, d in nearest.items() if w != target and len(w) >= 3), key=lambda x: x[1])

    def is_familiar(self, word: str) -> bool:
        """A word the sources know as (part of) a name, write capitalized, or nearly spell."""
        return self.is_known_word(word) or fold(word) in self.kb.vocabulary.capitalized or bool(self.near_misses(word))

    def surface(self, folded: str) -> str:
        """How the sources most often write a word; a form in capitals only ("HALLOWAY-DUNNE" in
        a transcript's labels) is typography, chosen only where they write it no other way."""
        forms = self.kb.surface_forms.get(folded)
        if not forms:
            return folded
        cased = [(n, w) for w, n in forms.items() if not (w.isupper() and len(w) > 1)]
        return max(cased, key=lambda nw: nw[0])[1] if cased else forms.most_common(1)[0][0]

    def resolve(self, m: NameMention) -> Entity | None:
        """The entity a draft name refers to: exactly, or through near-miss spellings of its words."""
        return self._resolved.get(m.start, None) if m.start in self._resolved else self._resolve(m)

    @cached_property
    def _resolved(self) -> dict[int, Entity | None]:
        return {m.start: self._resolve(m) for m in self.mentions.names}

    def _resolve(self, m: NameMention) -> Entity | None:
        found = self.lookup(("resolve", m.words), lambda: self._resolve_words(m.words))
        acronym = None if found is not None else self.acronym_of(m)
        if acronym is not None:  # an expansion is its acronym's entity ("the Harbour Safety Board (HSB)")
            return self.lookup(("resolve", (acronym,)), lambda: self._resolve_words((acronym,)))
        said = HONORIFICS.get(m.honorific) if m.honorific else None
        if said and len(m.words) == 1 and (found is None or found.kind != "person" or found.gender != said):
            # "Mr Tarrowby" where the sources know Ada Tarrowby, whom they call "she", and Ivo Tarrowby:
            # the one bearer of the surname the honorific does not rule out
            bearers = self.bearers(m.words[0])
            others = [e for e in bearers if e.gender in (None, said)]
            if len(others) == 1 and len(bearers) > 1:
                return others[0]
        if found is not None and said and found.gender and found.gender != said:
            return None  # "Mrs Pellowe" is not the Gethin Pellowe the sources call "he": his wife, maybe
        return found

    def _ends_with(self, word: str, entity: Entity) -> bool:
        """Whether `word` is (or nearly spells) the last word of the entity's name (a surname)."""
        last = fold(entity.name.split()[-1])
        return fold(word) == last or any(known == last for known, _d in self.near_misses(word))

    def bearers(self, surname: str) -> list[Entity]:
        """The people the sources know by full names ending in `surname`, in id order: who a bare
        "Baek" or a "Jack Baek" can be."""
        folded = fold(surname)
        return [e for e in self.namesakes(surname) if fold(e.name.split()[-1]) == folded]

    def spelled_two_ways(self, a: Entity, b: Entity) -> bool:
        """Whether two entities the sources keep apart are one, its name transliterated otherwise by
        each source (`written_alike`): of one kind, no source naming both, no two genders."""
        genders = {a.gender, b.gender} - {None}
        return a.id != b.id and a.kind == b.kind and len(genders) <= 1 and written_alike(a.name, b.name) \
            and not {p.source for p in a.mentions} & {p.source for p in b.mentions}

    def namesakes(self, word: str) -> list[Entity]:
        """The people the sources know by full names that begin or end with `word`: who a bare
        "Baek" may be where names put the family first ("Baek Soo-ah") or last ("Ada Baek")."""
        folded = fold(word)
        return self.lookup(("namesakes", folded), lambda: [
            e for i in sorted(self.kb.word_index.get(folded, set())) if (e := self.kb.entity(i)).kind == "person"
            and len(parts := e.name.split()) > 1 and folded in (fold(parts[0]), fold(parts[-1]))])

    def acronym_of(self, m: NameMention) -> str | None:
        """The acronym in brackets right after a name that it abbreviates ("Police and Crime
        Commissioner (PCC)": the initials of the name and of the capitalized words between end the
        acronym, since a name split at "and" keeps only its last part), where the sources know it."""
        after = _ACRONYM_AFTER.match(self.document.text, m.end, m.end + 60)
        if after is None:
            return None
        acronym = after.group(2)
        initials = initials_of((*m.words, *after.group(1).split()))
        if not initials or not acronym.replace("&", "").endswith(initials) or not self.is_familiar(acronym):
            return None
        return acronym

    def _resolve_words(self, words: tuple[str, ...]) -> Entity | None:
        exact = self.kb.entity_for_key(name_key(words))
        if exact is not None:
            return exact
        if is_organization_name(words) and any(not self.is_familiar(w) for w in distinctive_words(words)):
            return None  # "Northport Ferry Agency" is not the "Ferry Safety Agency" the sources know
        candidates: set[int] | None = None
        person_like = 1 < len(words) <= 3 and all(w[:1].isupper() for w in words) and not is_organization_name(words)
        if len(words) > 1 and not person_like and any(
                w[:1].isupper() and not self.is_familiar(w) and not self.is_common_word(w) and place_of(w) is None
                for w in words):
            return None  # "Castlegate Sports Hall": a word no source writes nor nearly spells makes another name
        unknown = False  # a word no source writes nor nearly spells
        for n, w in enumerate(words, 1):
            ids = set(self.kb.word_index.get(fold(w), set()))
            if not ids and not self.is_common_word(w):
                for known, _d in self.near_misses(w):
                    ids |= self.kb.word_index.get(known, set())
                if n == len(words) and person_like and not ids:
                    return None  # "Colin Marwood": a surname the sources never write is another person
                unknown = unknown or (not ids and place_of(w) is None)
            if ids:
                candidates = ids if candidates is None else (candidates & ids or candidates)
        if candidates and len(candidates) == 1:
            found = self.kb.entity(next(iter(candidates)))
            # a first name the sources never write may be a known person's ("Ada Pent", where
            # they write "Pent" alone); but "Orrelby Street" is not the sources' "Pennick
            # Street Hall", nor "Orrelby Farm" their "Tarrowby Farm": beside a word no source writes,
            # the name's last word must end the known name and, but for a surname, be no common word
            surname = found.kind == "person" or " " not in found.name
            return found if not unknown or (self._ends_with(words[-1], found) and (
                surname or not is_common_english(words[-1]))) else None
        if candidates:
            people = [i for i in candidates if self.kb.entity(i).kind == "person"]
            if len(people) == 1 and len(words) > 1:
                return self.kb.entity(people[0])
            if len(people) == 1 and len(words) == 1 and self.bearers(words[0]) == [self.kb.entity(people[0])] \
                    and all(self.kb.entity(i).kind == "organization" for i in candidates if i != people[0]):
                return self.kb.entity(people[0])  # "Fitzgarrick said": Ada Fitzgarrick, not the firm she named
        return None

    # -- matching a draft sentence to source facts ------------------------------------------------

    def remember(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()` once per check for `key`: results several checks share."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[return-value]

    def own_dates(self) -> list[tuple[int, int]]:
        """The spans that date the draft itself (a date line, a dateline: see `document_stamps`),
        found once per check for the date checks."""
        return self.remember(("own dates",), lambda: document_stamps(self.document))

    def an_earlier_error(self, start: int) -> bool:
        """Whether the draft writes the words at `start` as what an earlier version got wrong, in a
        correction notice: "an earlier version misspelled her surname as Mosse", "incorrectly gave
        the date as": the error it owns up to, not a claim."""
        here = self.document.sentence_at(start)
        return here is not None and _EARLIER_ERROR.search(self.document.prose, here.start, start) is not None

    def names_in(self, sentence: int) -> list[NameMention]:
        """The draft's name mentions in sentence `sentence`, from one index per check (not a pass
        over every name for each figure or date that asks)."""
        return self._by_sentence("names", self.mentions.names).get(sentence, [])

    def numbers_in(self, sentence: int) -> list[NumberMention]:
        """The draft's figures in sentence `sentence`, from one index per check, as `names_in`."""
        return self._by_sentence("numbers", self.mentions.numbers).get(sentence, [])

    def number_at(self, offset: int) -> NumberMention | None:
        """The draft's figure whose span holds `offset`, looked up in its sentence's (a pass over
        every figure for each one that asks would make a long draft's check quadratic)."""
        sentence = self.document.sentence_at(offset)
        figures = self.numbers_in(sentence.index) if sentence else []
        return next((m for m in figures if m.start <= offset < m.end), None)

    def dates_in(self, sentence: int) -> list[DateMention]:
        """The draft's dates in sentence `sentence`, from one index per check, as `names_in`."""
        return self._by_sentence("dates", self.mentions.dates).get(sentence, [])

    def _by_sentence(self, kind: str, mentions: list) -> dict[int, list]:
        def index() -> dict[int, list]:
            out: dict[int, list] = {}
            for m in mentions:
                out.setdefault(m.sentence, []).append(m)
            return out

        return self.remember((kind, "by sentence"), index)

    def paragraph_subjects(self, sentence: int) -> frozenset[int]:
        """The known people and organizations the draft's paragraph names up to sentence
        `sentence` (its own included): whom a figure or date in it is most likely about."""
        def named() -> frozenset[int]:
            here = self.document.sentences[sentence]
            first = self.document.paragraph_opening(here).index
            return frozenset(e.id for i in range(first, sentence + 1) for m in self.names_in(i)
                             if (e := self.resolve(m)) is not None and e.kind in ("person", "organization"))
        return self.remember(("paragraph subjects", sentence), named)

    def source_paragraph_names(self, provenance: Provenance, ids: frozenset[int]) -> bool:
        """Whether the source paragraph a fact was read in names any of the entities `ids`."""
        doc = provenance.document
        there = doc.sentence_at(provenance.start) if doc is not None else None
        if there is None:
            return False
        first, end = doc.paragraph_opening(there), doc.paragraph_closing(there).end
        return any(p.source == provenance.source and first.start <= p.start < end
                   for i in ids for p in self.kb.mentions_of(i))

    def another_entry(self, offset: int, provenance: Provenance) -> bool:
        """Whether the draft's words at `offset` and a source fact stand under two listings' entries with other
        headings ("DRENMORE GARDEN TAKEAWAY ... Inspected: March 4" and "CHESKA'S KITCHEN ...
        Inspected: February 5"): alike in words, of two places."""
        mine = self.remember(("entry", offset), lambda: self.document.entry_heading(offset))
        if mine is None or provenance.document is None:
            return False
        theirs = self.of_sources(("entry", provenance.source, provenance.start),
                                 lambda: provenance.document.entry_heading(provenance.start))
        return theirs is not None and theirs != mine

    def keys(self, start: int, end: int) -> frozenset[str]:
        return self.remember(("keys", start, end), lambda: self._keys(start, end))

    def _keys(self, start: int, end: int) -> frozenset[str]:
        """`clause_keys`, reused for a sentence seen before: they read only its text and its names
        (where they start in it, and their words, which say what they resolve to)."""
        s = self.document.sentence_at(start)
        if s is None:
            return frozenset()
        if (below := self.document.described_below(s)) is not None:
            s, start, end = below, below.start, below.start  # read where `clause_keys` reads
        starts = self.mentions.name_starts
        names = self.mentions.names[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)]
        key = ("clause keys", self.document.prose[s.start : s.end], start - s.start, end - s.start,
               tuple((m.start - s.start, m.words) for m in names))
        return self.lookup(key, lambda: clause_keys(self.document, self.mentions, start, end, self.resolve))

    def score(self, keys: frozenset[str], theirs: frozenset[str]) -> float:
        """How well a source clause with keys `theirs` matches a draft clause with `keys`: the
        weight of the draft keys it shares over the weight of them all (rare words and names weigh
        more), added in key order so that equal sets score exactly equal."""
        total = self.total(keys)
        return sum(w for k, w in self._in_order(keys) if k in theirs) / total if total else 0.0

    def support_levels(self, support: float) -> list[float]:
        """The match levels a lookup of support asks in turn: the close clauses first (found by
        their few heavy keys: a draft most often restates a close one), then down to `support`.
        Where the first gives an answer, it is the answer of the second."""
        return [CLOSE_MATCH, support] if support < CLOSE_MATCH else [support]

    def probe(self, keys: frozenset[str], least: float, kind: str, unit: str | None = None,
              found: int | None = None) -> list[str] | None:
        """The keys a fact of `kind` (numbers: of `unit`) must have one of to match `least` (see
        `_probe`); None: any. `found`: how many facts the lookup's own filter leaves (a value, a
        date part; counted up to PROBE_FACTS + 1): within the budget, that filter bounds the
        lookup, and every probe key is used."""
        if least <= 0:
            return None
        return self._probe(keys, least, kind, unit, whole=found is not None and found <= PROBE_FACTS)

    def weights(self, keys: frozenset[str]) -> dict[str, float]:
        """Each key's weight (see `score`), in key order."""
        return dict(self._in_order(keys))

    def total(self, keys: frozenset[str]) -> float:
        """The weight of all of `keys` (see `score`)."""
        total = self._totals.get(keys)
        if total is None:
            total = self._totals[keys] = sum(w for _, w in self._in_order(keys))
        return total

    def _in_order(self, keys: frozenset[str]) -> list[tuple[str, float]]:
        """(key, weight) of `keys` in key order, found once per check: every fact a clause is scored
        against asks them again."""
        found = self._ordered.get(keys)
        if found is None:
            found = self._ordered[keys] = [(k, self._weight_of(k)) for k in sorted(keys)]
        return found

    def _weight_of(self, key: str) -> float:
        return self._weights[key] if key in self._weights else self._weight(key)

    def _weight(self, key: str) -> float:
        w = self._weights[key] = self.kb.key_weight(key)
        return w

    # -- candidate facts through the fact base's clauses ------------------------------------------
    # A fact that shares no key with the draft clause scores 0, below any positive `min_match`:
    # scoring only the clauses that share a probe key gives the same candidates as scoring them all,
    # but for the probe keys too common to find candidates by (see `_discriminative`).
    # Facts with the same keys (one clause repeated across sources) score the same and are scored once.

    def ranked(self, kind: str, keys: frozenset[str], threshold: float, unit: str | None = None) -> list[tuple[float, FactsOf]]:
        """The facts of `kind` (numbers: of `unit`) a draft clause with `keys` may match, as levels
        (score, fact indexes) of at least `threshold` from the best score down; with `threshold`
        <= 0, every fact.

        A fact's score depends only on which draft keys it shares: only the facts having a probe
        key (see `_probe`) can score `threshold`, and each set of shared keys is scored once.
        Within a score, facts come in fact-base order."""
        return self.lookup(("ranked", kind, unit, keys, threshold), lambda: self._ranked(kind, keys, threshold, unit))

    def _ranked(self, kind: str, keys: frozenset[str], threshold: float, unit: str | None) -> list[tuple[float, FactsOf]]:
        weights = self.weights(keys)
        probe = None if threshold <= 0 else self._probe(keys, threshold, kind, unit)
        groups = self.kb.facts_sharing(kind, unit, weights, threshold * self.total(keys) * (1 - 1e-9), probe)
        levels: dict[float, list[list[int]]] = {}
        for shared, facts in groups.items():
            score = self.score(keys, shared)
            if score >= threshold:
                levels.setdefault(score, []).append(facts)
        return [(score, FactsOf(gs)) for score, gs in sorted(levels.items(), key=lambda x: -x[0])]

    @staticmethod
    def near_best(levels: list[tuple[float, FactsOf]], facts: list[T], threshold: float, near: float,
                  usable: Callable[[T], bool]) -> list[tuple[float, T]]:
        """The usable facts scoring at least `threshold` and `near` times the best of them, best
        first (fact-base order within a score)."""
        out: list[tuple[float, T]] = []
        best = None
        prefetch = getattr(facts, "prefetch", None)  # a store read on demand (factbase/lazy.py): rows in batches
        for s, ids in levels:
            if s < threshold or (best is not None and s < best * near):
                break
            ids = sorted(ids)
            if prefetch is not None:
                prefetch(ids)
            out.extend((s, facts[i]) for i in ids if usable(facts[i]))
            if out and best is None:
                best = s
        return [(s, f) for s, f in out if s >= best * near] if best is not None else []

    def _probe(self, keys: frozenset[str], threshold: float, kind: str, unit: str | None, whole: bool = False) -> list[str]:
        """The keys a fact must share one of to score `threshold`: the draft keys without the
        lightest ones whose weights together stay below `threshold` of the total (a fact sharing
        only those scores less), with a margin for rounding; of those, unless `whole`, the
        discriminative ones (see `_discriminative`)."""
        if not keys:
            return []
        weight = {k: self._weight_of(k) for k in keys}
        bound = threshold * sum(weight.values()) * (1 - 1e-9)
        light = 0.0
        probe = []
        for k in sorted(keys, key=lambda k: (weight[k], k)):
            if not probe and light + weight[k] < bound:
                light += weight[k]
            else:
                probe.append(k)
        return probe if whole else self._discriminative(probe, kind, unit)

    def _discriminative(self, probe: list[str], kind: str, unit: str | None) -> list[str]:
        """The probe keys that tell a source clause apart: the rarest, while the facts of `kind`
        (numbers: of `unit`) having them stay within PROBE_FACTS. A key in more facts than that
        (a weekday, "year", a unit every story of a dense archive counts) still weighs in a
        candidate's score, but finding candidates by it would read a share of the archive, not a
        few clauses: a clause whose probe keys are all that common finds none. Real source sets
        (a few facts a key) never reach the budget, so their findings do not change; a lookup in
        an archive reads at most PROBE_FACTS candidates, whatever the archive's size."""
        return rarest_within(self.kb.facts_with_keys(kind, unit, probe, PROBE_FACTS), PROBE_FACTS)

    # -- quotes --------------------------------------------------------------------------------

    def quote_candidates(self, draft_words: list[str]) -> list:
        """The source quotes a draft quote can match, in fact-base order.

        `compare` and `same_statement` need an aligned word outside STOPWORDS (two, but for a short
        quote), so a source quote that shares no such word with the draft quote never matches: the
        index skips it. A draft quote made only of stopwords is compared with every source quote."""
        content = Counter(w for w in draft_words if w not in STOPWORDS)
        # a short quote may be a misquote with one content word in common (`SHORT_QUOTE`)
        return [self.kb.quotes[i] for i in self.kb.quotes_sharing(content, related=len(draft_words) > SHORT_QUOTE,
                                                                  words=self._quote_probe(content))]

    def _quote_probe(self, content: Counter) -> list[str]:
        """The words of a draft quote to find source quotes by: its rarest, while the source quotes
        having them stay within PROBE_FACTS (as `_discriminative` for clauses). A source quote
        sharing only words more common than that (a dense archive's stock phrases) is not looked
        for; one sharing a rarer word is, and is matched on all its words."""
        return rarest_within(self.kb.quotes_with_words(content, PROBE_FACTS), PROBE_FACTS)



def rarest_within(counts: dict[str, int], budget: int) -> list[str]:
    """The keys with the fewest facts, rarest first (ties by key), while their facts add up to
    no more than `budget`: the keys a bounded lookup finds candidates by."""
    kept, reached = [], 0
    for key in sorted(counts, key=lambda k: (counts[k], k)):
        reached += counts[key]
        if reached > budget:
            break
        kept.append(key)
    return kept


__all__ = ["CheckContext", "content_words", "draft_words", "max_typo_distance", "rarest_within"]
