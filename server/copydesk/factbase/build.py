"""Sources -> facts: read each source, extract its mentions, merge them into entities and facts.

Each source is extracted on its own (so a changed source is re-read alone, and a draft that is
itself a source can be checked against the others); merging builds entities, their aliases,
titles and gender, the dated events, numbers and quotes, and the conflicts between sources.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import itertools
import math
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from copydesk.document import CITY, Document, InputError, read_text
from copydesk.factbase.model import (
    Conflict,
    DateFact,
    Entity,
    NumberFact,
    Provenance,
    QuoteFact,
    TitleFact,
)
from copydesk.formats import format_of
from copydesk.lexicon import DATE_WORDS, GENDERED_NOUNS, HONORIFICS, ORG_WORDS, STOPWORDS, fold
from copydesk.mentions import Mentions, NameMention, Vocabulary, extract_mentions
from copydesk.mentions.pronouns import antecedents
from copydesk.mentions.quotes import compare, same_statement

from copydesk.factbase.store import (  # isort: skip
    ExtractStore, SourceScan, decode_mentions, decode_source, default_store, encode_mentions, encode_source, vocab_key,
)

PARALLEL_MIN = 200  # uncached sources before extraction fans out over processes
LOOKUPS_MAX = 20000  # derived lookups a fact base keeps for the next checks (see `FactBase.lookup`)
_MISSING = object()
T = TypeVar("T")
FREEZE_MIN = 1000  # sources from which a built fact base is moved out of the garbage collector's sight


@contextmanager
def _no_gc():
    """Building allocates millions of small objects and frees none in cycles: without this the
    cyclic collector rescans the growing heap again and again (half the build time at 10,000 sources)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class FactClauses:
    """Facts that share their keys (one clause, often repeated across sources) scored once for all."""

    keys: list[frozenset[str]]  # per clause
    facts: list[list[int]]  # per clause, its facts' indexes in fact-base order
    postings: dict[str, frozenset[int]]  # key -> the clauses that have it


@dataclass
class QuoteGroups:
    """Quotes with the same wording, compared once for all."""

    content: list[Counter]  # per group, its words outside STOPWORDS (see `_quote_content`), counted
    quotes: list[list[int]]  # per group, its quotes' indexes in fact-base order
    index: dict[str, list[int]]  # word -> the groups using it


@dataclass
class SourceFacts:
    """What one source adds to a fact base once its entities are known, in source order."""

    dates: list[DateFact]
    numbers: list[NumberFact]
    quotes: list[QuoteFact]
    titles: list[tuple[int, TitleFact]]  # (entity id, title)
    genders: list[tuple[int, str, Provenance]]  # (entity id, gender, evidence): a gendered title or a pronoun


@dataclass
class SourceExtract:
    """One source document, read and extracted."""

    display: str
    key: str  # resolved path
    digest: str
    document: Document
    mentions: Mentions | None = None
    scan: SourceScan | None = None  # what the source shows about words (see store.py)
    vkey: str | None = None  # the vocabulary key `mentions` were extracted with
    prior: tuple[str, Mentions] | None = None  # (vkey, mentions) of an earlier build, reused if vkey still fits
    provenances: dict[tuple[int, int], Provenance] = field(default_factory=dict)  # (start, end) -> kept across builds


def scan_document(doc: Document) -> SourceScan:
    lower: set[str] = set()
    capitalized: set[str] = set()
    initial: set[str] = set()
    for t in doc.tokens:
        if t.kind == "word":
            if t.text.islower():
                lower.add(t.lower)
            elif t.text[0].isupper():
                capitalized.add(fold(t.bare))
            if t.sentence_initial:
                initial.add(t.bare.lower())
    return SourceScan(tuple(lower), tuple(capitalized), frozenset(initial - lower))


def _read_worker(item: tuple[str, str]) -> bytes:
    text, fmt = item
    doc = Document(text, None, fmt)
    return encode_source(doc, scan_document(doc))


def _extract_worker(item: tuple[str, str, frozenset[str]]) -> bytes:
    text, fmt, words = item
    return encode_mentions(extract_mentions(Document(text, None, fmt), Vocabulary(set(words))))


def _jobs(n: int) -> int:
    """Worker processes for `n` uncached sources (1: do it here)."""
    try:
        wanted = int(os.environ.get("COPYDESK_JOBS", "0"))
    except ValueError:
        wanted = 0
    cpus = os.cpu_count() or 1
    if wanted == 1 or n < PARALLEL_MIN or cpus < 2:
        return 1
    return max(1, min(wanted or cpus, cpus, 16))


def _die_with(parent: int) -> None:
    """Worker start: exit once the parent is gone. A build killed with -9 left its workers blocked
    forever (58 after 69 kills, 2.1 GB); a thread that looks every half second ends them, busy or
    blocked (when a process's parent dies, it gets a new one)."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="copydesk-parent-watch", daemon=True).start()


def _map(fn, items: list, jobs: int) -> list[bytes]:
    if jobs <= 1 or len(items) < 2:
        return [fn(x) for x in items]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        # spawned, not forked: the language server has threads, and a fork copies their locks
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_die_with, initargs=(os.getpid(),)) as pool:
            return list(pool.map(fn, items, chunksize=max(1, len(items) // (jobs * 8))))
    except (OSError, RuntimeError, ImportError):  # no processes here (a sandbox): do it in this one
        return [fn(x) for x in items]


def source_key(path: str | Path) -> str:
    return str(Path(path).resolve())


@lru_cache(maxsize=1 << 16)
def name_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """The comparison key of a name: folded words; "Ministry of Defence" == "Defense Ministry".
    Remembered: merging asks it of every mention, several times."""
    parts = [fold(w) for w in words]
    if "of" in parts and parts[0] in ORG_WORDS:
        i = parts.index("of")
        parts = [p for p in parts[i + 1 :] if p != "of"] + parts[:i]
    return tuple(p for p in parts if p not in ("the",))


def content_words(text: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[A-Za-z][\w'’-]+", text) if w.lower() not in STOPWORDS and len(w) > 2}


class FactBase:
    """Entities and facts merged from sources, with indexes for the checks."""

    def __init__(self, extracts: list[SourceExtract], facts_files: list[Path] | None = None, notes: list[str] | None = None,
                 store: ExtractStore | None = None, build: bool = True):
        self.extracts = extracts
        self.store = store
        self.facts_files = list(facts_files or [])
        self.notes = list(notes or [])
        self._without: dict[str, FactBase] = {}
        self.vocabulary = Vocabulary()
        self.entities: list[Entity] = []
        self.dates: list[DateFact] = []
        self.numbers: list[NumberFact] = []
        self.quotes: list[QuoteFact] = []
        self._conflicts: list[Conflict] | None = None
        self._clauses: dict[tuple[str, str | None], FactClauses] = {}
        self._lookups: dict[tuple, Any] = {}
        self._sentence_texts: dict[tuple[str, int], str] = {}  # while building: (source, sentence) -> its text
        self.key_index: dict[tuple[str, ...], int] = {}
        self.word_index: dict[str, set[int]] = defaultdict(set)
        self.surface_forms: dict[str, Counter] = defaultdict(Counter)  # folded word -> forms as written
        self.standalone_names: set[str] = set()  # folded one-word names some source writes on their own, not only at a sentence start
        self._lower_count: Counter = Counter()  # word -> the sources writing it in lower case
        self._capitalized_count: Counter = Counter()  # folded word -> the sources writing it capitalized
        self._blocks: list[tuple[int, int, int]] = []  # per source, its dates, numbers and quotes
        self._merged_evidence: dict[int, int] = {}  # entity id -> its gender evidence from names (honorifics)
        self._df: Counter = Counter()  # key -> the source sentences having it
        self._n = 0  # source sentences
        if build:
            with _no_gc():
                self._build()

    # -- public API ------------------------------------------------------------------------------

    @property
    def sources(self) -> list[str]:
        return [e.display for e in self.extracts]

    def without(self, path: str | None) -> FactBase:
        """The fact base without one source (for checking a draft that is itself a source)."""
        if not path:
            return self
        key = source_key(path)
        if not any(e.key == key for e in self.extracts):
            return self
        if key not in self._without:
            self._without[key] = FactBase([e for e in self.extracts if e.key != key], self.facts_files, self.notes, self.store)
        return self._without[key]

    def updated(self, files: list[Path], changed: list[Path]) -> FactBase:
        """A new fact base for `files`, re-reading only `changed` ones (and new ones): what a fresh
        build gives. The common edit, a source changed without changing its names, keeps the other
        sources' facts (see `_spliced`); any other change merges all sources again."""
        changed_keys = {source_key(p) for p in changed}
        with _no_gc():
            kb = self._spliced(files, changed_keys)
        if kb is None:
            reuse = {e.key: e for e in self.extracts if e.key not in changed_keys}
            return build_factbase(files, self.facts_files, reuse=reuse, store=self.store)
        return _settled(kb)

    def _spliced(self, files: list[Path], changed_keys: set[str]) -> FactBase | None:
        """This fact base with the changed sources' facts swapped for their new ones, or None where
        that would not be what a fresh build gives.

        The same files, no facts file, and each changed source names the same things, in the same
        order, with the same kinds and honorifics, as before: then the entities (ids, kinds, names,
        aliases) come out the same, so every other source's facts stay as they are; only the
        changed sources' facts, evidence and key counts are taken out and put back."""
        at = [i for i, ex in enumerate(self.extracts) if ex.key in changed_keys]
        if self.facts_files or len(at) != len(changed_keys) or [str(p) for p in files] != self.sources:
            return None
        try:
            fresh = _documents([_pending(files[i], self.extracts[i].key) for i in at], self.store)
        except InputError:  # a fresh build skips it with a note
            return None
        olds = [self.extracts[i] for i in at]
        lower_count, capitalized_count = self._lower_count.copy(), self._capitalized_count.copy()
        for old, new in zip(olds, fresh):
            _recount(lower_count, old.scan.lower, new.scan.lower)
            _recount(capitalized_count, old.scan.capitalized, new.scan.capitalized)
        lower = set(lower_count)
        flipped = frozenset(lower ^ self.vocabulary.lower)  # (frozenset: isdisjoint with a set is slow)
        if flipped and any(not ex.scan.initial.isdisjoint(flipped) for ex in self.extracts if ex.key not in changed_keys):
            return None  # another source's mentions depend on a word whose lower-case status changed
        if _extract_all(fresh, lower, self.store):
            return None  # a source was skipped: a fresh build notes it
        for old, new in zip(olds, fresh):
            new.document.drop_tokens()
            if _name_signature(old) != _name_signature(new):
                return None

        kb = FactBase(list(self.extracts), [], [n for ex in fresh for n in ex.document.notes], self.store, build=False)
        kb.vocabulary = Vocabulary(lower, self.vocabulary.name_words, set(capitalized_count))
        kb._lower_count, kb._capitalized_count = lower_count, capitalized_count
        kb.key_index, kb.word_index, kb.surface_forms = self.key_index, self.word_index, self.surface_forms
        kb.standalone_names = self.standalone_names
        kb._merged_evidence = self._merged_evidence
        kb.entities, kb.dates, kb.numbers, kb.quotes = list(self.entities), self.dates, self.numbers, self.quotes
        kb._blocks, kb._df, kb._n = list(self._blocks), self._df.copy(), self._n
        rank = {id(ex.document): i for i, ex in enumerate(self.extracts)}  # a piece of evidence -> its source's place
        for i, old, new in zip(at, olds, fresh):
            kb.extracts[i] = new
            rank[id(new.document)] = i
            kb._swap(i, old, self._source_facts(old), new, kb._source_facts(new), rank)
            _recount(kb._df, self._sentence_keys(old), kb._sentence_keys(new))
            kb._n += len(new.document.sentences) - len(old.document.sentences)
        kb._sentence_texts.clear()
        return kb

    def _swap(self, i: int, old: SourceExtract, old_facts: SourceFacts, new: SourceExtract, new_facts: SourceFacts,
              rank: dict[int, int]) -> None:
        """Replace source `i`'s facts and what it says about entities (`_spliced`)."""
        starts = [sum(b[k] for b in self._blocks[:i]) for k in range(3)]
        sizes = self._blocks[i]
        self._blocks[i] = (len(new_facts.dates), len(new_facts.numbers), len(new_facts.quotes))
        for k, (kind, facts) in enumerate((("dates", new_facts.dates), ("numbers", new_facts.numbers), ("quotes", new_facts.quotes))):
            current = getattr(self, kind)
            setattr(self, kind, current[: starts[k]] + facts + current[starts[k] + sizes[k] :])
        moved: dict[int, Provenance] = {}  # id of an old name's evidence -> the new one's
        for om, nm in zip(old.mentions.names, new.mentions.names):
            prov = old.provenances.get((om.start, om.end))
            if prov is not None and nm.words:
                moved[id(prov)] = self._prov(new, nm.start, nm.end)
        touched = {e.id for m in old.mentions.names if (e := self.resolve(m))}
        touched.update(e for e, _ in (*old_facts.titles, *new_facts.titles))
        touched.update(e for e, _, _ in (*old_facts.genders, *new_facts.genders))

        def splice(items: list[T], doc_of: Callable[[T], Document], added: list[T]) -> list[T]:
            """`items` (in source order) without the old source's, with `added` in its place."""
            kept = [x for x in items if doc_of(x) is not old.document]
            at = bisect.bisect_left(kept, i, key=lambda x: rank[id(doc_of(x))])
            return kept[:at] + added + kept[at:]

        for entity_id in touched:
            e = self.entities[entity_id]
            votes = Counter(e.gender_votes)
            votes.subtract(g for x, g, _ in old_facts.genders if x == entity_id)
            votes.update(g for x, g, _ in new_facts.genders if x == entity_id)
            named = self._merged_evidence.get(entity_id, 0)  # evidence from honorifics first, then from the sources' facts
            self.entities[entity_id] = Entity(
                e.id, e.name, e.kind,
                aliases={text: [moved.get(id(p), p) for p in provs] for text, provs in e.aliases.items()},
                titles=splice(e.titles, lambda t: t.provenance.document, [t for x, t in new_facts.titles if x == entity_id]),
                gender_votes=Counter({g: n for g, n in votes.items() if n > 0}),
                gender_evidence=[moved.get(id(p), p) for p in e.gender_evidence[:named]]
                + splice(e.gender_evidence[named:], lambda p: p.document, [p for x, _, p in new_facts.genders if x == entity_id]),
                user_gender=e.user_gender,
                mentions=[moved.get(id(p), p) for p in e.mentions],
            )

    def clauses(self, kind: str, unit: str | None = None) -> FactClauses:
        """The facts of `kind` ("dates" or "numbers"; numbers of one `unit`) grouped by their keys."""
        found = self._clauses.get((kind, unit))
        if found is None:
            by_keys: dict[frozenset[str], list[int]] = {}
            for i, f in enumerate(getattr(self, kind)):
                if unit is None or f.unit == unit:
                    by_keys.setdefault(f.keys, []).append(i)
            postings: dict[str, list[int]] = defaultdict(list)
            for c, keys in enumerate(by_keys):
                for k in keys:
                    postings[k].append(c)
            found = self._clauses[(kind, unit)] = FactClauses(list(by_keys), list(by_keys.values()),
                                                              {k: frozenset(v) for k, v in postings.items()})
        return found

    def lookup(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()` once for `key` while this fact base lives (up to LOOKUPS_MAX keys): what the
        checks derive from the fact base and a draft's words alone (a clause's ranked facts, a
        word's near misses, a quote's matches), so that checking a draft again, or after an edit,
        redoes only what changed."""
        value = self._lookups.get(key, _MISSING)
        if value is _MISSING:
            if len(self._lookups) >= LOOKUPS_MAX:
                self._lookups.clear()
            value = self._lookups[key] = compute()
        return value

    @cached_property
    def years(self) -> set[int]:
        """The years of the sources' full dates."""
        return {f.date.year for f in self.dates if f.date}

    @property
    def conflicts(self) -> list[Conflict]:
        """Where sources disagree; found on first use (the checks never need it)."""
        if self._conflicts is None:
            self._conflicts = list(find_conflicts(self))
        return self._conflicts

    @cached_property
    def conflict_count(self) -> int:
        """How many conflicts there are, counted without keeping them (a summary needs no more)."""
        return len(self._conflicts) if self._conflicts is not None else sum(1 for _ in find_conflicts(self))

    @cached_property
    def quote_groups(self) -> QuoteGroups:
        """The quotes grouped by their wording (one quote repeated across sources), indexed by word."""
        by_wording: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        for i, q in enumerate(self.quotes):
            by_wording.setdefault((q.text, q.words), []).append(i)
        members = list(by_wording.values())
        content = [_quote_content(self.quotes[ids[0]]) for ids in members]
        index: dict[str, list[int]] = defaultdict(list)
        for g, c in enumerate(content):
            for w in c:
                index[w].append(g)
        return QuoteGroups(content, members, dict(index))

    def entity(self, entity_id: int) -> Entity:
        return self.entities[entity_id]

    def entity_for_key(self, key: tuple[str, ...]) -> Entity | None:
        i = self.key_index.get(key)
        return self.entities[i] if i is not None else None

    def entity_for_name(self, text: str) -> Entity | None:
        """The entity a name refers to ("Velez", "Ms. Velez", "Harbourline's"), if the sources know it."""
        words = re.findall(r"[^\W\d_][\w'’-]*", text)
        words = [w for w in words if w.lower().rstrip(".") not in HONORIFICS]
        if not words:
            return None
        return self.entity_for_key(name_key(tuple(w[:-2] if w.lower().endswith(("'s", "’s")) else w for w in words)))

    def summary(self) -> dict:
        kinds = Counter(e.kind for e in self.entities)
        return {
            "sources": len(self.extracts), "entities": len(self.entities), "people": kinds.get("person", 0),
            "organizations": kinds.get("organization", 0), "places": kinds.get("place", 0),
            "dates": len(self.dates), "numbers": len(self.numbers), "quotes": len(self.quotes),
            "conflicts": self.conflict_count,
        }

    def to_json(self) -> dict:
        return {
            "sources": self.sources,
            "summary": self.summary(),
            "entities": [
                {**e.summary(), "titles_detail": [
                    {"text": t.text, "role": t.role, "affiliation": t.affiliation, "based_in": t.based_in,
                     "source": t.provenance.to_json() if t.provenance else None} for t in e.titles],
                 "first_mention": e.mentions[0].to_json() if e.mentions else None}
                for e in self.entities
            ],
            "dates": [
                {"text": d.text, "date": d.date.isoformat() if d.date else None,
                 "weekday": d.weekday, "year": d.year, "event": d.provenance.sentence, "source": d.provenance.to_json()}
                for d in self.dates
            ],
            "numbers": [
                {"text": n.text, "value": n.value, "unit": n.unit, "modifiers": list(n.modifiers), "source": n.provenance.to_json()}
                for n in self.numbers
            ],
            "quotes": [
                {"text": q.text, "speaker": self.entities[q.speaker_id].name if q.speaker_id is not None else q.speaker_text,
                 "speaker_as_written": q.speaker_text, "source": q.provenance.to_json()}
                for q in self.quotes
            ],
            "conflicts": [c.to_json() for c in self.conflicts],
        }

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        for ex in self.extracts:
            if ex.scan is None:
                ex.scan = scan_document(ex.document)
            self._lower_count.update(ex.scan.lower)
            self._capitalized_count.update(ex.scan.capitalized)
        lower = set(self._lower_count)
        self.vocabulary = Vocabulary(lower, set(), set(self._capitalized_count))
        self.notes += _extract_all([ex for ex in self.extracts if ex.mentions is None], lower, self.store)
        for ex in self.extracts:  # merging reads sentences and text, never tokens
            ex.document.drop_tokens()
        self._merge_entities()
        self._merged_evidence = {e.id: len(e.gender_evidence) for e in self.entities if e.gender_evidence}
        self.vocabulary.name_words = set(self.word_index)
        for ex in self.extracts:
            facts = self._source_facts(ex)
            self._blocks.append((len(facts.dates), len(facts.numbers), len(facts.quotes)))
            self._add(facts)
        from copydesk.factbase.user_facts import apply_user_facts

        for path in self.facts_files:
            apply_user_facts(self, path)
        for ex in self.extracts:
            self._df.update(self._sentence_keys(ex))
            self._n += len(ex.document.sentences)
        self._sentence_texts.clear()

    def _sentence_keys(self, ex: SourceExtract) -> Counter:
        """The content words and entity ids of a source's sentences: key -> the sentences having it."""
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for m in ex.mentions.names:
            if e := self.resolve(m):
                by_sentence[m.sentence].add(f"e:{e.id}")
        counts: Counter = Counter()
        for s in ex.document.sentences:
            counts.update(content_words(ex.document.sentence_text(s.index)) | by_sentence[s.index])
        return counts

    def key_weight(self, key: str) -> float:
        """Rare words and names weigh more when matching a draft's clause to a source's."""
        return math.log(1 + (self._n + 1) / (1 + self._df.get(key, 0)))

    def _prov(self, ex: SourceExtract, start: int, end: int) -> Provenance:
        found = ex.provenances.get((start, end))
        if found is None:
            found = ex.provenances[(start, end)] = self._new_prov(ex, start, end)
        return found

    def _new_prov(self, ex: SourceExtract, start: int, end: int) -> Provenance:
        doc = ex.document
        s = doc.sentence_at(start)
        sentence = ""
        if s:  # one string per sentence, however many facts it holds
            sentence = self._sentence_texts.get((ex.key, s.index)) or self._sentence_texts.setdefault(
                (ex.key, s.index), doc.sentence_text(s.index))
        return Provenance(ex.display, start, end, doc.text[start:end], sentence, doc)

    def new_entity(self, name: str, kind: str) -> Entity:
        entity = Entity(len(self.entities), name, kind)
        self.entities.append(entity)
        return entity

    def add_alias(self, entity: Entity, words: tuple[str, ...], prov: Provenance | None) -> None:
        key = name_key(words)
        if not key:
            return
        self.key_index.setdefault(key, entity.id)
        text = " ".join(words)
        entity.aliases.setdefault(text, [])
        if prov:
            entity.aliases[text].append(prov)
        for w in words:
            f = fold(w)
            if f not in STOPWORDS and f not in ("of",):
                self.word_index[f].add(entity.id)
                self.surface_forms[f][w] += 1

    def _merge_entities(self) -> None:
        mentions: list[tuple[SourceExtract, NameMention]] = [
            (ex, m) for ex in self.extracts for m in ex.mentions.names if m.words
        ]
        certain_keys = {name_key(m.words) for _, m in mentions if m.certain}
        self.standalone_names = {k[0] for k in certain_keys if len(k) == 1}
        certain_words = {w for k in certain_keys if len(k) > 1 for w in k}
        mentions = [
            (ex, m) for ex, m in mentions
            if m.certain or (k := name_key(m.words)) in certain_keys or (len(k) == 1 and k[0] in certain_words)
        ]
        by_key: dict[tuple[str, ...], list[tuple[SourceExtract, NameMention]]] = defaultdict(list)
        for ex, m in mentions:
            by_key[name_key(m.words)].append((ex, m))
        # multi-word names first, then single words that are a known name's part
        multi = sorted((k for k in by_key if len(k) > 1), key=lambda k: (-len(by_key[k]), k))
        kinds_of: dict[tuple[str, ...], Counter] = {k: Counter(m.kind for _, m in v) for k, v in by_key.items()}
        for key in multi:
            group = by_key[key]
            kind = _vote_kind(kinds_of[key])
            surface = Counter(m.text.replace("\n", " ") for _, m in group).most_common(1)[0][0]
            entity = self.new_entity(surface, kind)
            for ex, m in group:
                self._attach(entity, ex, m)
        singles = [k for k in by_key if len(k) == 1]
        owners_index = self._owners_index()
        for key in sorted(singles, key=lambda k: -len(by_key[k])):
            word = key[0]
            people, others = owners_index.get(word, ((), ()))
            owners = list(people or others)
            group = by_key[key]
            if len(owners) == 1:
                entity = self.entities[owners[0]]
            else:
                kind = _vote_kind(kinds_of[key])
                surface = Counter(m.words[0] for _, m in group).most_common(1)[0][0]
                entity = self.new_entity(surface, kind)
            for ex, m in group:
                self._attach(entity, ex, m)
        for entity in self.entities:
            if entity.titles or any(p for p in entity.gender_votes):
                entity.kind = "person" if entity.kind in ("thing", "person") else entity.kind

    def _owners_index(self) -> dict[str, tuple[list[int], list[int]]]:
        """Per word, the entities whose name has it as a surname (people) or as the distinctive
        start or organization word of their name (others), multi-word names only, in id order.

        Entities made for single words never own a part (their aliases are one word), so the
        index built before the single words are attached stays right while they are."""
        index: dict[str, tuple[list[int], list[int]]] = {}
        for entity in self.entities:
            keys = [k for k in (name_key(tuple(a.split())) for a in entity.aliases) if len(k) >= 2]
            if entity.kind == "person":
                for w in dict.fromkeys(k[-1] for k in keys):
                    index.setdefault(w, ([], []))[0].append(entity.id)
                continue
            words: dict[str, None] = {}
            for k in keys:
                if all(w in ORG_WORDS for w in k[1:]):
                    words[k[0]] = None
                if k[-1] in ORG_WORDS:
                    words[k[-1]] = None
            for w in words:
                index.setdefault(w, ([], []))[1].append(entity.id)
        return index

    def _attach(self, entity: Entity, ex: SourceExtract, m: NameMention) -> None:
        prov = self._prov(ex, m.start, m.end)
        self.add_alias(entity, m.words, prov)
        entity.mentions.append(prov)
        if m.honorific and HONORIFICS.get(m.honorific):
            entity.gender_votes[HONORIFICS[m.honorific]] += 2
            entity.gender_evidence.append(prov)

    def resolve(self, m: NameMention) -> Entity | None:
        return self.entity_for_key(name_key(m.words))

    def _source_facts(self, ex: SourceExtract) -> SourceFacts:
        """What one source adds once the entities are known (read-only: see `_add`)."""
        doc, mentions = ex.document, ex.mentions
        out = SourceFacts([], [], [], [], [])
        people = [m for m in mentions.names if (e := self.resolve(m)) and e.kind == "person"]

        def keys(start: int, end: int) -> frozenset[str]:
            return clause_keys(doc, mentions, start, end, self.resolve)

        stamps = document_stamps(doc)

        for t in mentions.titles:
            entity = self.resolve(t.target)
            if entity is None:
                continue
            out.titles.append((entity.id, TitleFact(t.role, t.text, t.affiliation, t.based_in, self._prov(ex, t.start, t.end))))
            gendered = GENDERED_NOUNS.get(t.head) or next((GENDERED_NOUNS[w] for w in t.text.lower().split() if w in GENDERED_NOUNS), None)
            if gendered:
                out.genders.append((entity.id, gendered, self._prov(ex, t.start, t.end)))
        quote_spans = [(q.open_at, q.close_at + 1) for q in mentions.quotes]
        speaker_pronouns = {q.speaker.start: q for q in mentions.quotes
                            if q.speaker and q.speaker.kind == "pronoun" and q.speaker.position != "continued"}
        for p in mentions.pronouns:
            q = speaker_pronouns.get(p.start)
            skip = (q.open_at, q.close_at + 1) if q else None
            inside = next((s for s in quote_spans if s[0] <= p.start < s[1]), None)
            candidates = antecedents(doc, people, p.start, skip=skip)
            if inside:
                candidates = [c for c in candidates if inside[0] <= c.start]
            if candidates:
                entity = self.resolve(candidates[0])
                if entity is not None:
                    out.genders.append((entity.id, p.gender, self._prov(ex, p.start, p.end)))
        for d in mentions.dates:
            if d.kind == "relative" or any(a < d.end and d.start < b for a, b in stamps):
                continue
            out.dates.append(DateFact(d.text, d.date, d.weekday if d.weekday is not None else (d.date.weekday() if d.date else None),
                                      d.month, d.day, d.year or (d.date.year if d.date else None), " ".join(sorted(d.anchor)),
                                      keys(d.start, d.end) | d.anchor, self._prov(ex, d.start, d.end),
                                      d.role, d.tense))
        for n in mentions.numbers:
            out.numbers.append(NumberFact(n.text, n.value, n.unit, n.modifiers, keys(n.start, n.end), self._prov(ex, n.start, n.end),
                                          n.low, n.high, n.anchor))
        for q in mentions.quotes:
            speaker_id, text, kind = None, "", ""
            if q.speaker:
                text, kind = q.speaker.text, q.speaker.kind
                if q.speaker.kind == "name" and q.speaker.name:
                    e = self.resolve(q.speaker.name)
                    speaker_id = e.id if e else None
                    kind = "entity" if e else "noun"
                elif q.speaker.kind == "pronoun":
                    cands = antecedents(doc, people, q.speaker.start, skip=(q.open_at, q.close_at + 1))
                    named_inside = {self.resolve(m).id for m in people if q.start <= m.start < q.end and self.resolve(m)}
                    cands = [c for c in cands if (e := self.resolve(c)) and e.id not in named_inside]
                    if cands:
                        speaker_id = self.resolve(cands[0]).id
            inside_ids = frozenset(e.id for m in mentions.names if q.start <= m.start < q.end and (e := self.resolve(m)) and e.kind == "person")
            out.quotes.append(QuoteFact(q.text, q.words, speaker_id, text, kind, self._prov(ex, q.start, q.end), inside_ids))
        return out

    def _add(self, facts: SourceFacts) -> None:
        """Append a source's facts, and what it says about entities, to this fact base."""
        self.dates += facts.dates
        self.numbers += facts.numbers
        self.quotes += facts.quotes
        for entity_id, title in facts.titles:
            self.entities[entity_id].titles.append(title)
        for entity_id, gender, prov in facts.genders:
            entity = self.entities[entity_id]
            entity.gender_votes[gender] += 1
            entity.gender_evidence.append(prov)


def _recount(counts: Counter, old: Iterable[str] | Counter, new: Iterable[str] | Counter) -> None:
    """Take `old` out of `counts` and put `new` in; keys counted down to nothing go."""
    counts.subtract(old)
    counts.update(new)
    for k in old:
        if counts.get(k, 0) <= 0:
            counts.pop(k, None)


def _name_signature(ex: SourceExtract) -> list[tuple]:
    """What the entity merge reads of a source's names (all but where they are)."""
    return [(m.words, m.kind, m.text, m.certain, m.honorific) for m in ex.mentions.names]


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_STAMP = re.compile(
    r"\b(?:updated|created|published|posted|date|dated)\b\s*:?\s*\S+"
    r"|^[ \t]*" + CITY + r",(?:[ \t]*" + CITY + r",)?[ \t]*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}\b"
    r"|^[ \t*_]*(?-i:[A-Z][A-Z .'’-]{1,40})[ \t*_]*\([ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*\)",  # "TARN (Oct. 3, 2030) -"
    re.I | re.M,
)


def document_stamps(doc: Document) -> list[tuple[int, int]]:
    """Spans that date the document rather than an event: a date header, "Updated: ...", a wire dateline."""
    spans = [(m.start(), m.end()) for m in _STAMP.finditer(doc.text[:3000])]
    if doc.dateline:
        spans.append((doc.dateline.start, doc.dateline.end))
    return spans


def event_words(doc: Document, start: int, end: int, dated: list[tuple[int, int]]) -> frozenset[str]:
    """The content words (no date words) of the sentence around [start, end), less its clauses
    that another date in `dated` belongs to: what says which event the date is of. In "The strike
    began on Friday, and talks resume in June", Friday's words are "strike began", not "talks"."""
    s = doc.sentence_at(start)
    if s is None:
        return frozenset()
    text = doc.prose[s.start : s.end]
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    words: set[str] = set()
    for a, b in itertools.pairwise(cuts):
        lo, hi = s.start + a, s.start + b
        mine = lo < end and start < hi
        other = any(lo < y and x < hi and not (x < end and start < y) for x, y in dated)
        if mine or not other:
            words |= content_words(text[a:b])
    return frozenset(words - DATE_WORDS)


def clause_keys(doc: Document, mentions: Mentions, start: int, end: int, resolve) -> frozenset[str]:
    """Entity ids and content words of the clause around [start, end); the sentence if the clause is thin."""
    s = doc.sentence_at(start)
    if s is None:
        return frozenset()
    text = doc.prose[s.start : s.end]
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    a = max(c for c in cuts if c <= start - s.start)
    b = min(c for c in cuts if c >= end - s.start)
    lo, hi = s.start + a, s.start + b
    words = content_words(text[a:b]) - DATE_WORDS  # the dates compared, never what matches two clauses
    if len(words) < 3:
        lo, hi = s.start, s.end
        words = content_words(text) - DATE_WORDS
    starts = mentions.name_starts
    names = mentions.names[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
    ents = {f"e:{e.id}" for m in names if (e := resolve(m))}
    return frozenset(words | ents)


def _vote_kind(kinds: Counter) -> str:
    specific = [(n, k) for k, n in kinds.items() if k != "thing"]
    if not specific:
        return "thing"
    return max(specific)[1]


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


def _quote_content(q: QuoteFact) -> Counter:
    """The words (as quote comparison normalizes them) outside STOPWORDS, with their counts. Two
    quotes are related only if two matched words outside STOPWORDS align (`compare`,
    `same_statement`): they share two such words, or one that both use at least twice."""
    return Counter(w for w in q.words if w not in STOPWORDS)


def may_relate(a: Counter, b: Counter) -> bool:
    """Whether two quotes' content words (see `_quote_content`) allow them to be one statement."""
    shared = a.keys() & b.keys()
    if len(shared) >= 2:
        return True
    return len(shared) == 1 and min(a[w] for w in shared) >= 2 and min(b[w] for w in shared) >= 2


def find_conflicts(kb: FactBase) -> Iterator[Conflict]:
    """Where sources disagree: two wordings of one quote, two spellings of one name, two numbers."""
    quotes = kb.quotes
    content = [_quote_content(q) for q in quotes]
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


@dataclass
class _Pending:
    display: str
    key: str
    digest: str
    text: str
    format: str  # its name in copydesk.formats
    notes: list[str]


def _pending(path: Path, key: str) -> _Pending:
    """A source read from disk, to be made a document (raises InputError)."""
    text, notes = read_text(path)
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return _Pending(str(path), key, digest, text, format_of(path).name, notes)


def _documents(pending: list[_Pending], store: ExtractStore | None) -> list[SourceExtract]:
    """Documents and scans for sources read from disk: from the cache, else read (in parallel when many)."""
    hits = store.get_sources([(p.digest, p.format) for p in pending]) if store else {}
    misses = [p for p in pending if (p.digest, p.format) not in hits]
    if misses:
        blobs = _map(_read_worker, [(p.text, p.format) for p in misses], _jobs(len(misses)))
        fresh = {(p.digest, p.format): decode_source(blob) for p, blob in zip(misses, blobs)}
        if store:
            store.put_sources([(p.digest, p.format, blob) for p, blob in zip(misses, blobs)])
        hits = {**hits, **fresh}
    out = []
    for p in pending:
        doc, scan = hits[(p.digest, p.format)]
        doc.path, doc.notes = p.display, list(p.notes)
        out.append(SourceExtract(p.display, p.key, p.digest, doc, scan=scan))
    return out


def _extract_one(ex: SourceExtract, words: frozenset[str]) -> str | None:
    """Extract one source's mentions in this process; if the extractor raises, the source adds
    nothing (empty mentions) and the note saying so is returned: one source never fails them all."""
    try:
        ex.mentions = extract_mentions(ex.document, Vocabulary(set(words)))
        return None
    except Exception as exc:
        from copydesk.checks.engine import internal_error

        ex.mentions = Mentions([], [], [], [], [], [])
        return f"{ex.display}: skipped: {internal_error(None, exc)}"


def _extract_all(extracts: list[SourceExtract], corpus_lower: set[str], store: ExtractStore | None) -> list[str]:
    """Set the mentions of `extracts`: each is extracted with the only corpus words it depends on
    (see store.py), reused from an earlier build or the cache when those are unchanged. Returns a
    note for each source skipped because extracting it raised (see `_extract_one`)."""
    need: list[tuple[SourceExtract, frozenset[str], str]] = []
    for ex in extracts:
        words = ex.scan.vocab_words(corpus_lower) if ex.scan else frozenset()
        vk = vocab_key(words)
        if ex.prior is not None and ex.prior[0] == vk:
            ex.mentions, ex.vkey = ex.prior[1], vk
        else:
            need.append((ex, words, vk))
        ex.prior = None
    if not need:
        return []
    keyed = [(ex, w, vk) for ex, w, vk in need if not ex.key.startswith("<memory>/")]
    cached = store.get_mentions([(ex.digest, ex.document.format, vk) for ex, _, vk in keyed]) if store and keyed else {}
    misses = []
    for ex, words, vk in need:
        m = cached.get((ex.digest, ex.document.format, vk))
        if m is not None:
            ex.mentions, ex.vkey = m, vk
        else:
            misses.append((ex, words, vk))
    if not misses:
        return []
    jobs = _jobs(len(misses))
    notes: list[str] = []
    failed: set[int] = set()
    blobs: list[bytes] = []
    if jobs > 1:
        try:
            blobs = _map(_extract_worker, [(ex.document.text, ex.document.format, w) for ex, w, _ in misses], jobs)
        except Exception:  # one source broke the extractor: redo them here, one at a time, to skip only it
            blobs = []
        for (ex, _, vk), blob in zip(misses, blobs):
            ex.mentions, ex.vkey = decode_mentions(blob), vk
    if not blobs:
        for i, (ex, words, vk) in enumerate(misses):
            note = _extract_one(ex, words)
            ex.vkey = None if note else vk  # a skipped source is never reused as if extracted
            if note:
                notes.append(note)
                failed.add(i)
            blobs.append(encode_mentions(ex.mentions) if store and not note else b"")
    if store:  # a skipped source is not cached: a fixed extractor reads it again
        store.put_mentions([(ex.digest, ex.document.format, vk, blob) for i, ((ex, _, vk), blob) in enumerate(zip(misses, blobs))
                            if i not in failed and not ex.key.startswith("<memory>/")])
    return notes


def build_factbase(files: list[Path], facts_files: list[Path] | None = None, reuse: dict[str, SourceExtract] | None = None,
                   store: ExtractStore | bool | None = True) -> FactBase:
    """Read every source (skipping unreadable ones with a note) and merge them into a fact base.

    Each source's document and mentions come from the extraction cache (store.py) when its content
    is unchanged; `store=False` (or None) builds without the cache."""
    with _no_gc():
        kb = _build_factbase(files, facts_files, reuse, default_store() if store is True else (store or None))
    return _settled(kb)


def _settled(kb: FactBase) -> FactBase:
    if len(kb.extracts) >= FREEZE_MIN:
        # a big fact base lives as long as the process: keep the collector from rescanning it on
        # every check (p95 check latency at 10,000 sources: 4.9 s -> 1.7 s)
        gc.freeze()
    return kb


def _build_factbase(files: list[Path], facts_files: list[Path] | None, reuse: dict[str, SourceExtract] | None,
                    store: ExtractStore | None) -> FactBase:
    notes: list[str] = []
    slots: list[SourceExtract | _Pending] = []
    for path in files:
        key = source_key(path)
        try:
            if reuse and key in reuse:
                old = reuse[key]
                prior = (old.vkey, old.mentions) if old.mentions is not None and old.vkey is not None else None
                slots.append(SourceExtract(old.display, old.key, old.digest, old.document, scan=old.scan, prior=prior,
                                           provenances=old.provenances))
                continue
            slots.append(_pending(path, key))
        except InputError as exc:
            notes.append(str(exc))
    pending = [s for s in slots if isinstance(s, _Pending)]
    docs = iter(_documents(pending, store)) if pending else iter(())
    extracts: list[SourceExtract] = []
    for s in slots:
        if isinstance(s, _Pending):
            ex = next(docs)
            notes.extend(ex.document.notes)
            extracts.append(ex)
        else:
            extracts.append(s)
    notes += store.take_notes() if store else []  # a cache refused or replaced: said, never silent
    return FactBase(extracts, facts_files, notes, store)


def factbase_from_texts(texts: dict[str, str], facts_files: list[Path] | None = None) -> FactBase:
    """A fact base from in-memory sources ({name: text}); for rule examples and tests."""
    extracts = []
    for name, text in texts.items():
        doc = Document(text, name)
        extracts.append(SourceExtract(name, f"<memory>/{name}", hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), doc))
    return FactBase(extracts, facts_files)
