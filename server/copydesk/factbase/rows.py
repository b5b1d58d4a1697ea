"""A built fact base as typed rows, and back: what the fact store (factbase/factstore.py) holds.

Rows are msgspec Structs decoded against these declarations, never pickles: a row someone else
wrote can at worst be wrong data, and one that does not decode is a `RowError` (the store is then
rebuilt). A provenance row names its source by index (`doc`), so the source's document is shared,
not copied, and one span read twice is one `Provenance` again, as the builder made it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import msgspec

from copydesk.factbase.extract import SourceExtract
from copydesk.factbase.model import DateFact, Entity, NumberFact, Provenance, QuoteFact, TitleFact
from copydesk.factbase.store import RowError


class ProvRow(msgspec.Struct, array_like=True):
    doc: int  # the source's index; -1 for a facts file (then `source` names it)
    start: int
    end: int
    text: str
    sentence: str
    source: str = ""


class TitleRow(msgspec.Struct, array_like=True):
    role: str
    text: str
    affiliation: str
    based_in: str
    prov: ProvRow | None


class EntityRow(msgspec.Struct, array_like=True):
    id: int
    name: str
    kind: str
    aliases: dict[str, list[ProvRow]]
    titles: list[TitleRow]
    gender_votes: dict[str, int]
    gender_evidence: list[ProvRow]
    user_gender: str | None
    mentions: list[ProvRow]


class DateRow(msgspec.Struct, array_like=True):
    text: str
    date: dt.date | None
    weekday: int | None
    month: int | None
    day: int | None
    year: int | None
    anchor: str
    keys: tuple[str, ...]  # sets as sorted tuples: equal rows are equal bytes (and hashes)
    prov: ProvRow
    role: str
    tense: str


class NumberRow(msgspec.Struct, array_like=True):
    text: str
    value: int | float  # as extracted: an int stays an int (messages print it)
    unit: str
    modifiers: tuple[str, ...]
    keys: tuple[str, ...]
    prov: ProvRow
    low: int | float
    high: int | float
    anchor: tuple[str, ...]


class QuoteRow(msgspec.Struct, array_like=True):
    text: str
    words: tuple[str, ...]
    speaker_id: int | None
    speaker_text: str
    speaker_kind: str
    prov: ProvRow
    mentioned_ids: tuple[int, ...]


class FactsRow(msgspec.Struct, array_like=True):
    """One source's block of dates, numbers and quotes (facts are kept in source order)."""

    dates: list[DateRow]
    numbers: list[NumberRow]
    quotes: list[QuoteRow]


class DatesOf(msgspec.Struct, array_like=True):
    """A `FactsRow` read for its dates alone: the rest left undecoded (a lazy reader asks one kind)."""

    dates: list[DateRow]
    numbers: msgspec.Raw
    quotes: msgspec.Raw


class NumbersOf(msgspec.Struct, array_like=True):
    dates: msgspec.Raw
    numbers: list[NumberRow]
    quotes: msgspec.Raw


class QuotesOf(msgspec.Struct, array_like=True):
    dates: msgspec.Raw
    numbers: msgspec.Raw
    quotes: list[QuoteRow]


class CorpusRow(msgspec.Struct, array_like=True):
    """What the whole corpus gives: vocabulary, indexes, key counts and the builder's tally."""

    lower: list[str]
    name_words: list[str]
    capitalized: list[str]
    key_index: list[tuple[tuple[str, ...], int]]
    word_index: dict[str, list[int]]
    surface_forms: dict[str, dict[str, int]]
    standalone_names: list[str]
    sentence_df: dict[str, int]
    sentence_count: int
    lower_count: dict[str, int]
    capitalized_count: dict[str, int]
    blocks: list[tuple[int, int, int]]
    merged_evidence: dict[int, int]
    notes: list[str]


ENCODER = msgspec.msgpack.Encoder()
_DECODERS: dict[type, msgspec.msgpack.Decoder] = {}


def decode(kind: type, blob: object):
    """A row of `kind`, or RowError for anything else."""
    if not isinstance(blob, bytes):
        raise RowError(f"{kind.__name__}: not a blob")
    decoder = _DECODERS.get(kind) or _DECODERS.setdefault(kind, msgspec.msgpack.Decoder(kind))
    try:
        return decoder.decode(blob)
    except (msgspec.DecodeError, ValueError, TypeError) as exc:
        raise RowError(f"{kind.__name__}: {exc}") from None


# -- to rows ----------------------------------------------------------------------------------------

class RowWriter:
    """Facts -> rows, knowing which source each document is."""

    def __init__(self, extracts: list[SourceExtract]):
        self._doc_index = {id(ex.document): i for i, ex in enumerate(extracts)}

    @classmethod
    def placed(cls, sources: list[tuple[int, SourceExtract]]) -> RowWriter:
        """A writer knowing only these sources, each at its index (an update in place: factbase/patch.py)."""
        writer = cls([])
        writer._doc_index = {id(ex.document): i for i, ex in sources}
        return writer

    def prov(self, p: Provenance) -> ProvRow:
        i = self._doc_index.get(id(p.document), -1) if p.document is not None else -1
        return ProvRow(i, p.start, p.end, p.text, p.sentence, p.source if i < 0 else "")

    def entity(self, e: Entity) -> EntityRow:
        """An entity's row; its gender votes sorted (`Entity.gender` reads no order), so that an update
        in place, which adds a vote last, writes the row a fresh build writes."""
        return EntityRow(e.id, e.name, e.kind, {a: [self.prov(p) for p in ps] for a, ps in e.aliases.items()},
                         [self.title(t) for t in e.titles], dict(sorted(e.gender_votes.items())), [self.prov(p) for p in e.gender_evidence],
                         e.user_gender, [self.prov(p) for p in e.mentions])

    def title(self, t: TitleFact) -> TitleRow:
        return TitleRow(t.role, t.text, t.affiliation, t.based_in, self.prov(t.provenance) if t.provenance else None)

    def facts(self, dates: list[DateFact], numbers: list[NumberFact], quotes: list[QuoteFact]) -> FactsRow:
        return FactsRow(
            [DateRow(d.text, d.date, d.weekday, d.month, d.day, d.year, d.anchor, tuple(sorted(d.keys)), self.prov(d.provenance), d.role, d.tense)
             for d in dates],
            [NumberRow(n.text, n.value, n.unit, n.modifiers, tuple(sorted(n.keys)), self.prov(n.provenance), n.low, n.high,
                       tuple(sorted(n.anchor)))
             for n in numbers],
            [QuoteRow(q.text, q.words, q.speaker_id, q.speaker_text, q.speaker_kind, self.prov(q.provenance),
                      tuple(sorted(q.mentioned_ids)))
             for q in quotes])


# -- from rows --------------------------------------------------------------------------------------

class RowReader:
    """Rows -> facts, each span one `Provenance` (kept in its source's `provenances`, as built)."""

    def __init__(self, extracts: list[SourceExtract]):
        self.extracts = extracts
        self._files: dict[tuple, Provenance] = {}

    def prov(self, r: ProvRow) -> Provenance:
        if r.doc < 0:
            key = (r.source, r.start, r.end, r.text, r.sentence)
            return self._files.get(key) or self._files.setdefault(key, Provenance(r.source, r.start, r.end, r.text, r.sentence))
        if r.doc >= len(self.extracts):
            raise RowError(f"provenance of source {r.doc}: no such source")
        ex = self.extracts[r.doc]
        found = ex.provenances.get((r.start, r.end))
        if found is None:
            found = ex.provenances[(r.start, r.end)] = Provenance(ex.display, r.start, r.end, r.text, r.sentence, ex.document)
        return found

    def entity(self, r: EntityRow) -> Entity:
        return Entity(r.id, r.name, r.kind, {a: [self.prov(p) for p in ps] for a, ps in r.aliases.items()},
                      [TitleFact(t.role, t.text, t.affiliation, t.based_in, self.prov(t.prov) if t.prov else None) for t in r.titles],
                      Counter(r.gender_votes), [self.prov(p) for p in r.gender_evidence], r.user_gender,
                      [self.prov(p) for p in r.mentions])

    def facts(self, r: FactsRow) -> tuple[list[DateFact], list[NumberFact], list[QuoteFact]]:
        return self.dates(r.dates), self.numbers(r.numbers), self.quotes(r.quotes)

    def dates(self, rows: list[DateRow]) -> list[DateFact]:
        return [DateFact(d.text, d.date, d.weekday, d.month, d.day, d.year, d.anchor, frozenset(d.keys), self.prov(d.prov),
                         d.role, d.tense) for d in rows]

    def numbers(self, rows: list[NumberRow]) -> list[NumberFact]:
        return [NumberFact(n.text, n.value, n.unit, n.modifiers, frozenset(n.keys), self.prov(n.prov), n.low, n.high,
                           frozenset(n.anchor)) for n in rows]

    def quotes(self, rows: list[QuoteRow]) -> list[QuoteFact]:
        return [QuoteFact(q.text, q.words, q.speaker_id, q.speaker_text, q.speaker_kind, self.prov(q.prov),
                          frozenset(q.mentioned_ids)) for q in rows]
