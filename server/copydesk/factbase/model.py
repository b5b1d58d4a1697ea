"""The fact base: entities and facts merged from all sources, each fact with its provenance."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from copydesk.document import TABLE_CELLS, all_caps
from copydesk.findings import Range
from copydesk.lexicon import SURNAME_PARTICLES, fold
from copydesk.world import country_of, nation_of

if TYPE_CHECKING:
    from copydesk.document import Document


_CELL_WORDS = 3  # words a table's cell holds at most ("Mon 22 March"); a longer sentence is prose
_BARRED_CELL_WORDS = 6  # and one a bar sets apart ("Wednesday 10 March 2032 |")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact was read: the source file, the span, and the sentence around it."""

    source: str
    start: int
    end: int
    text: str
    sentence: str
    document: Document | None = field(default=None, compare=False, repr=False)  # the source read, for `range`

    @property
    def range(self) -> Range | None:
        """The span's lines and columns in its source (computed when asked: few ever are); for a
        facts-file entry, the start of its line."""
        if self.document is not None:
            return self.document.range(self.start, self.end)
        line = self._entry_line()
        return Range(line - 1, 0, line - 1, 0) if line else None

    @property
    def line(self) -> int | None:
        """The 1-based line the span starts on."""
        return self.document.line_of(self.start) + 1 if self.document is not None else self._entry_line()

    def sentence_or_row(self) -> str:
        """The span's sentence, or where that is a cell of a plain-text table's row ("92%", "Mon 22
        March"), the row it stands in, whose cells are set apart by tabs, bars or runs of spaces
        ("General and acute bed occupancy  92%  94.1%", "Dunstray Savings | 3.35% | Mon 22 March")."""
        cell = self.sentence.strip(" \t|")  # "28 Sep 2032 |": a cell with its bar, which may be longer
        if len(cell.split()) > (_BARRED_CELL_WORDS if "|" in self.sentence else _CELL_WORDS) or TABLE_CELLS.search(cell):
            return self.sentence
        return self.table_row() or self.sentence

    def table_row(self) -> str | None:
        """The span's line where that is a plain-text table's row (cells set apart by tabs, bars
        or runs of spaces: "Velmorran Chair | Ada Moss (she) | 46 | Reader in Linguistics"), else None."""
        if self.document is None:
            return None
        text = self.document.text
        line = text[text.rfind("\n", 0, self.start) + 1 : (text.find("\n", self.end) + 1 or len(text) + 1) - 1]
        return line if TABLE_CELLS.search(line) else None

    def table(self) -> str | None:
        """The plain-text table the span's row stands in: the run of rows (see `table_row`) around
        its line, up to a line that is no row; None where its line is no row."""
        if self.document is None or self.table_row() is None:
            return None
        lines = self.document.text.split("\n")
        at = self.document.text.count("\n", 0, self.start)
        first = last = at
        while first > 0 and TABLE_CELLS.search(lines[first - 1]):
            first -= 1
        while last + 1 < len(lines) and TABLE_CELLS.search(lines[last + 1]):
            last += 1
        return "\n".join(lines[first : last + 1])

    def listed_under(self) -> list[str]:
        """The items of the list that the span's line heads, where that line is a heading (no
        sentence's end) right over bulleted lines: "DAY 15 (SUNDAY 23 NOVEMBER) - KEY RESULTS" over
        "- Ivo Pent defeated Ada Moss by push-out.", whose day each item is told on."""
        if self.document is None:
            return []
        text = self.document.text
        begin = text.rfind("\n", 0, self.start) + 1
        end = text.find("\n", self.end)
        if end < 0 or text[begin:end].rstrip().endswith((".", "!", "?")):
            return []
        items = []
        at = end + 1  # where the next item must begin: each on the line after the last
        for m in _LIST_ITEM.finditer(text, at):
            if m.start() != at:
                break
            items.append(m.group(1))
            at = m.end()
        return items

    def _entry_line(self) -> int | None:
        """A facts-file entry's line: having no source sentence, it carries its `file:line` as one."""
        name, _, line = self.sentence.rpartition(":")
        return int(line) if line.isdigit() and name == Path(self.source).name else None

    def to_json(self) -> dict:
        out = {"source": self.source, "offset": [self.start, self.end], "text": self.text, "sentence": self.sentence}
        if self.line is not None:
            out["line"] = self.line
        return out


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+([^\n]+)(?:\n|$)")  # "- ...", "• ...", "3) ..."


@dataclass(slots=True)
class TitleFact:
    """A role or descriptor the sources give an entity ("defense minister", "Northport-based")."""

    role: str  # normalized: "defense minister", "chief executive"; "" for a descriptor without a role
    text: str  # as written
    affiliation: str = ""  # normalized affiliation words ("israeli", "harbourline")
    based_in: str = ""  # for "X-based"
    provenance: Provenance | None = None

    @property
    def country(self) -> str | None:
        """The country a nationality ("Spanish drugmaker", "Italian Defense Minister") or a base
        ("Madrid-based") names, if the gazetteer knows it (ISO alpha-2)."""
        return country_of(self.based_in or self.affiliation) if (self.based_in or self.affiliation) else None

    @property
    def nation(self) -> str | None:
        """The nation a nationality or a base names, the United Kingdom's home nations told apart
        ("Scottish": GB-SCT; see `world.nation_of`)."""
        return nation_of(self.based_in or self.affiliation) if (self.based_in or self.affiliation) else None


@dataclass(slots=True)
class Entity:
    """A person, organization, place or other named thing, merged across sources."""

    id: int
    name: str
    kind: str  # person | organization | place | nationality | thing
    aliases: dict[str, list[Provenance]] = field(default_factory=dict)
    titles: list[TitleFact] = field(default_factory=list)
    gender_votes: Counter = field(default_factory=Counter)
    gender_evidence: list[Provenance] = field(default_factory=list)
    user_gender: str | None = None
    mentions: list[Provenance] = field(default_factory=list)

    @property
    def gender(self) -> str | None:
        """"male", "female" or None; a user's facts file wins over the sources."""
        if self.user_gender:
            return self.user_gender
        if not self.gender_votes:
            return None
        (top, n), *rest = self.gender_votes.most_common()
        if rest and rest[0][1] * 2 > n:
            return None
        return top

    @property
    def alias_words(self) -> set[str]:
        """Every word of every name the sources call it by, folded: what a draft's words about it
        ("the Harbour Trust's", "a Velez aide") are read against."""
        return {fold(w) for a in self.aliases for w in a.split()}

    @property
    def short_name(self) -> str:
        """What copy calls the entity by alone: the last word of its name ("Moss" for "Ada Moss"), but
        its whole name where the sources write another word of it alone and never the last ("Tan" for
        "Tan Yiheng", whose family name comes first, or a first name a transcript calls her by):
        which one is the family name, the writer knows."""
        words = self.name.split()
        last = words[-1]
        alone = {a for a in self.aliases if len(a.split()) == 1 and not all_caps(a)}
        if alone and last not in alone:
            return self.name
        k = len(words) - 1
        while k > 1 and words[k - 1] in SURNAME_PARTICLES:
            k -= 1  # "ten Brinkhorst", "van der Welle": a family name keeps its particles
        return " ".join(words[k:])

    @property
    def roles(self) -> set[str]:
        return {t.role for t in self.titles if t.role}

    @property
    def bases(self) -> set[str]:
        return {t.based_in for t in self.titles if t.based_in}

    def summary(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": sorted(a for a in self.aliases if a != self.name),
            "titles": sorted({t.text for t in self.titles}),
            "roles": sorted(self.roles),
            "based_in": sorted(self.bases),
            "gender": self.gender,
            "mentions": len(self.mentions),
        }


@dataclass(slots=True)
class DateFact:
    """A date, weekday or year the sources give an event, with the sentence that dates it."""

    text: str
    date: dt.date | None
    weekday: int | None
    month: int | None
    day: int | None
    year: int | None
    anchor: str  # for a bare year, the word it dates ("deal", "abandoned")
    keys: frozenset[str]  # the sentence's entity ids and content words, for matching
    provenance: Provenance
    role: str = "event"  # "report" for the date of a statement ("said on Tuesday"), else "event"
    tense: str = ""  # "past" or "future", if the sentence shows it


@dataclass(slots=True)
class NumberFact:
    """A count or amount with what it counts: "17 media organizations"."""

    text: str
    value: float
    unit: str  # normalized head noun, currency or "percent"
    modifiers: tuple[str, ...]
    keys: frozenset[str]
    provenance: Provenance
    low: float = 0.0  # the values it allows: a bound, a rounding or a range (see mentions/numbers.py)
    high: float = 0.0
    anchor: frozenset[str] = frozenset()  # the words around the figure: its verb, what it is of


@dataclass(slots=True)
class QuoteFact:
    """Words inside quotation marks, and who the sources say spoke them."""

    text: str
    words: tuple[str, ...]  # normalized words, for matching
    speaker_id: int | None  # the entity, where resolved
    speaker_text: str  # as written ("the company", "she", "Harbourline")
    speaker_kind: str  # "entity" | "pronoun" | "noun" | ""
    provenance: Provenance
    mentioned_ids: frozenset[int] = frozenset()  # people named inside the quote


@dataclass(slots=True)
class Conflict:
    """Two sources that disagree: the fact base keeps both and says so."""

    kind: str  # "quote" | "name" | "number" | "title" | "gender"
    description: str
    provenances: list[Provenance]

    def to_json(self) -> dict:
        return {"kind": self.kind, "description": self.description, "where": [p.to_json() for p in self.provenances]}
