"""A fact base after some sources changed, without merging every source again.

The common edit, a source changed without changing its names, keeps the other sources' facts:
with the same files, no facts file, and each changed source naming the same things, in the same
order, with the same kinds and honorifics, as before, the entities (ids, kinds, names, aliases)
come out of a fresh merge the same, so every other source's facts stay as they are; only the
changed sources' facts, evidence and key counts are taken out and put back. Anything else is
None here, and the builder merges all sources again.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from copydesk.document import Document, InputError
from copydesk.factbase.extract import SourceExtract, extract_all, read_documents, read_pending
from copydesk.factbase.merge import Merger, SourceFacts, gender_votes_of, kin_of_a_namesake
from copydesk.factbase.model import Entity, Provenance
from copydesk.factbase.query import BuildTally, FactBase
from copydesk.factbase.store import ExtractStore
from copydesk.mentions import Vocabulary

T = TypeVar("T")


def spliced(kb: FactBase, files: list[Path], changed_keys: set[str], store: ExtractStore | None) -> FactBase | None:
    """`kb` with the changed sources' facts swapped for their new ones, or None where that would
    not be what a fresh build gives."""
    at = [i for i, ex in enumerate(kb.extracts) if ex.key in changed_keys]
    if kb.facts_files or len(at) != len(changed_keys) or [str(p) for p in files] != kb.sources:
        return None
    try:
        fresh = read_documents([read_pending(files[i], kb.extracts[i].key) for i in at], store)
    except InputError:  # a fresh build skips it with a note
        return None
    olds = [kb.extracts[i] for i in at]
    lower_count, capitalized_count = kb.tally.lower_count.copy(), kb.tally.capitalized_count.copy()
    for old, new in zip(olds, fresh):
        _recount(lower_count, old.scan.lower, new.scan.lower)
        _recount(capitalized_count, old.scan.capitalized, new.scan.capitalized)
    lower = set(lower_count)
    flipped = frozenset(lower ^ kb.vocabulary.lower)  # (frozenset: isdisjoint with a set is slow)
    if flipped and any(not ex.scan.initial.isdisjoint(flipped) for ex in kb.extracts if ex.key not in changed_keys):
        return None  # another source's mentions depend on a word whose lower-case status changed
    if extract_all(fresh, lower, store):
        return None  # a source was skipped: a fresh build notes it
    for old, new in zip(olds, fresh):
        new.document.drop_tokens()
        if _name_signature(old) != _name_signature(new):
            return None

    tally = BuildTally(lower_count, capitalized_count, list(kb.tally.blocks), kb.tally.merged_evidence)
    vocabulary = Vocabulary(lower, kb.vocabulary.name_words, set(capitalized_count))
    before = Merger.resume(kb, list(kb.extracts), kb.vocabulary, kb.tally, [])  # resolves and reads as `kb` was built
    m = Merger.resume(kb, list(kb.extracts), vocabulary, tally, [n for ex in fresh for n in ex.document.notes])
    m.sentence_df = kb.sentence_df.copy()
    rank = {id(ex.document): i for i, ex in enumerate(kb.extracts)}  # a piece of evidence -> its source's place
    for i, old, new in zip(at, olds, fresh):
        m.extracts[i] = new
        rank[id(new.document)] = i
        _swap(m, i, old, before.source_facts(old), new, m.source_facts(new), rank)
        _recount(m.sentence_df, before.sentence_keys(old), m.sentence_keys(new))
        m.sentence_count += len(new.document.sentences) - len(old.document.sentences)
    return m.finish()


def _swap(m: Merger, i: int, old: SourceExtract, old_facts: SourceFacts, new: SourceExtract, new_facts: SourceFacts,
          rank: dict[int, int]) -> None:
    """Replace source `i`'s facts and what it says about entities."""
    blocks = m.tally.blocks
    starts = [sum(b[k] for b in blocks[:i]) for k in range(3)]
    sizes = blocks[i]
    blocks[i] = (len(new_facts.dates), len(new_facts.numbers), len(new_facts.quotes))
    for k, (kind, facts) in enumerate((("dates", new_facts.dates), ("numbers", new_facts.numbers), ("quotes", new_facts.quotes))):
        current = getattr(m, kind)
        setattr(m, kind, current[: starts[k]] + facts + current[starts[k] + sizes[k] :])
    moved: dict[int, Provenance] = {}  # id of an old name's evidence -> the new one's
    for om, nm in zip(old.mentions.names, new.mentions.names):
        prov = old.provenances.get((om.start, om.end))
        if prov is not None and nm.words:
            moved[id(prov)] = m.provenance(new, nm.start, nm.end)
    touched = {e.id for n in old.mentions.names if (e := m.resolve(n))}
    touched.update(e for e, _ in (*old_facts.titles, *new_facts.titles))
    touched.update(e for e, *_ in (*old_facts.genders, *new_facts.genders))

    def splice(items: list[T], doc_of: Callable[[T], Document], added: list[T]) -> list[T]:
        """`items` (in source order) without the old source's, with `added` in its place."""
        kept = [x for x in items if doc_of(x) is not old.document]
        at = bisect.bisect_left(kept, i, key=lambda x: rank[id(doc_of(x))])
        return kept[:at] + added + kept[at:]

    for entity_id in touched:
        e = m.entities[entity_id]
        votes = Counter(e.gender_votes)
        votes.subtract(gender_votes_of(old_facts, entity_id))
        votes.update(gender_votes_of(new_facts, entity_id))
        named = m.tally.merged_evidence.get(entity_id, 0)  # evidence from honorifics first, then from the sources' facts
        m.entities[entity_id] = Entity(
            e.id, e.name, e.kind,
            aliases={text: [moved.get(id(p), p) for p in provs] for text, provs in e.aliases.items()},
            titles=splice(e.titles, lambda t: t.provenance.document, [t for x, t in new_facts.titles if x == entity_id]),
            gender_votes=Counter({g: n for g, n in votes.items() if n > 0}),
            gender_evidence=[moved.get(id(p), p) for p in e.gender_evidence[:named]]
            + splice(e.gender_evidence[named:], lambda p: p.document, [p for x, _, p, _ in new_facts.genders if x == entity_id]),
            user_gender=e.user_gender,
            mentions=[moved.get(id(p), p) for p in e.mentions],
        )


def _recount(counts: Counter, old: Iterable[str] | Counter, new: Iterable[str] | Counter) -> None:
    """Take `old` out of `counts` and put `new` in; keys counted down to nothing go."""
    counts.subtract(old)
    counts.update(new)
    for k in old:
        if counts.get(k, 0) <= 0:
            counts.pop(k, None)


def _name_signature(ex: SourceExtract) -> list[tuple]:
    """What the entity merge reads of a source's names (all but where they are), and which it
    reads as someone's kin."""
    return [(m.words, m.kind, m.text, m.certain, m.honorific) for m in ex.mentions.names] \
        + [tuple(kin_of_a_namesake(ex.document.text, ex.mentions.names))]

