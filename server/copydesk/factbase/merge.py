"""Extracted sources -> one fact base: the merge half of a build.

A `Merger` holds the state of one merge (entities as they grow, their indexes, the provenances
made so far) and hands back a read-only `FactBase` (`finish`). The merge reads the sources in
order, so its result depends on that order only: entities from multi-word names first (most
mentioned first), then single words, then each source's dates, numbers, quotes, titles and
gender evidence, then the user's facts files (factbase/user_facts.py), which win.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from copydesk.document import APOSTROPHES, Document, all_caps
from copydesk.factbase.extract import MapExecutor, SourceExtract, extract_all, local_executor, scan_document
from copydesk.factbase.model import DateFact, Entity, NumberFact, Provenance, QuoteFact, TitleFact
from copydesk.factbase.query import BuildTally, FactBase
from copydesk.factbase.store import ExtractStore
from copydesk.factbase.tally import tally_of
from copydesk.factbase.text import (
    clause_keys,
    content_words,
    document_stamps,
    entity_key,
    name_key,
    name_key_of_text,
    name_word,
)
from copydesk.factbase.user_facts import UserEntity, read_user_facts
from copydesk.lexicon import (
    GENDERED_NOUNS,
    HONORIFICS,
    KIN_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    STOPWORDS,
    SUBJECT_PRONOUNS,
    TELLING_VERBS,
    fold,
    is_role_noun,
    unaccented,
)
from copydesk.mentions import Mentions, NameMention, Vocabulary
from copydesk.mentions.dates import ISSUE, dateline_dated, days_apart
from copydesk.mentions.names import legal_form_length
from copydesk.mentions.pronouns import antecedents, object_of_its_subject, subject_of_report
from copydesk.mentions.quotes import (
    after_named_quotes,
    first_person_statements,
    quote_words,
    reported_speakers,
)
from copydesk.mentions.titles import normalize_role
from copydesk.world import born_in, demonym_of, is_common_english, national_place

SPEAKER_VOTES = 3  # a pronoun that says who spoke a quote counts as three others
TALLY_BATCH = 256  # sources per leaf of the tally's reduction


@dataclass
class SourceFacts:
    """What one source adds to a fact base once its entities are known, in source order."""

    dates: list[DateFact]
    numbers: list[NumberFact]
    quotes: list[QuoteFact]
    titles: list[tuple[int, TitleFact]]  # (entity id, title)
    genders: list[tuple[int, str, Provenance, int]]  # (entity id, gender, evidence, votes): a gendered title or a pronoun


# verbs of saying whose object is the one spoken to, not the speaker who goes on ("asked" is
# not one: "We asked Ivo Pent what to watch for. He said ..." is his answer)
_RECURRING = 2  # sentence openings a rare capitalized word needs to be a name (see `merge_entities`)


def gender_votes_of(facts: SourceFacts, entity_id: int) -> Counter:
    """The gender votes one source's facts give an entity (see SPEAKER_VOTES)."""
    out: Counter = Counter()
    for x, gender, _, votes in facts.genders:
        if x == entity_id:
            out[gender] += votes
    return out


def merge_sources(extracts: list[SourceExtract], facts_files: list[Path], notes: list[str],
                  store: ExtractStore | None, executor: MapExecutor | None = None) -> FactBase:
    """Extract what is not yet extracted (with the corpus vocabulary it depends on), merge the
    entities, add each source's facts and the user's facts files: a fresh build."""
    for ex in extracts:
        if ex.scan is None:
            ex.scan = scan_document(ex.document)
    scans = [ex.scan for ex in extracts]
    tally = (executor or local_executor(len(extracts))).reduce([tally_of(scans[i : i + TALLY_BATCH])
                                                                for i in range(0, len(scans), TALLY_BATCH)])
    lower_count, capitalized_count = tally.lower, tally.capitalized
    lower = set(lower_count)
    notes = notes + extract_all([ex for ex in extracts if ex.mentions is None], lower, store, executor)
    for ex in extracts:  # merging reads sentences and text, never tokens
        ex.document.drop_tokens()
    m = Merger(extracts, Vocabulary(lower, set(), set(capitalized_count)),
               BuildTally(lower_count, capitalized_count, [], {}), facts_files, notes)
    m.merge_entities()
    m.tally.merged_evidence = {e.id: len(e.gender_evidence) for e in m.entities if e.gender_evidence}
    m.vocabulary.name_words = set(m.word_index)
    for ex in extracts:
        facts = m.source_facts(ex)
        m.tally.blocks.append((len(facts.dates), len(facts.numbers), len(facts.quotes)))
        m.add(facts)
    for path in facts_files:
        for entry in read_user_facts(path):
            m.apply_user_entity(entry)
    for ex in extracts:
        m.sentence_df.update(m.sentence_keys(ex))
        m.sentence_count += len(ex.document.sentences)
    return m.finish()


class Merger:
    """The state of one merge; `finish` hands it over as a read-only `FactBase`."""

    def __init__(self, extracts: list[SourceExtract], vocabulary: Vocabulary, tally: BuildTally,
                 facts_files: list[Path], notes: list[str]):
        self.extracts = extracts
        self.vocabulary = vocabulary
        self.tally = tally
        self.facts_files = list(facts_files)
        self.notes = list(notes)
        self.entities: list[Entity] = []
        self.dates: list[DateFact] = []
        self.numbers: list[NumberFact] = []
        self.quotes: list[QuoteFact] = []
        self.key_index: dict[tuple[str, ...], int] = {}
        self.word_index: dict[str, set[int]] = defaultdict(set)
        self._surnames: set[str] | None = None  # the people's last names (see `_may_be_person`)
        self.surface_forms: dict[str, Counter] = defaultdict(Counter)
        self.standalone_names: set[str] = set()
        self.sentence_df: Counter = Counter()
        self.sentence_count = 0
        self._sentence_texts: dict[tuple[str, int], str] = {}  # (source, sentence) -> its text, one string each

    @classmethod
    def resume(cls, kb: FactBase, extracts: list[SourceExtract], vocabulary: Vocabulary, tally: BuildTally,
               notes: list[str]) -> Merger:
        """A merge that goes on from `kb` (its entities and indexes shared, its lists copied), for
        swapping one source's facts (factbase/splice.py)."""
        m = cls(extracts, vocabulary, tally, kb.facts_files, notes)
        m.key_index, m.word_index, m.surface_forms, m.standalone_names = kb.key_index, kb.word_index, kb.surface_forms, kb.standalone_names
        m.entities, m.dates, m.numbers, m.quotes = list(kb.entities), kb.dates, kb.numbers, kb.quotes
        m.sentence_df, m.sentence_count = kb.sentence_df, kb.sentence_count  # shared: copy before counting anew
        return m

    def finish(self) -> FactBase:
        self._sentence_texts.clear()
        return FactBase(self.extracts, self.entities, self.dates, self.numbers, self.quotes, self.vocabulary,
                        self.key_index, self.word_index, self.surface_forms, self.standalone_names,
                        self.sentence_df, self.sentence_count, self.tally, self.facts_files, self.notes)

    # -- entities ---------------------------------------------------------------------------------

    def apply_user_entity(self, entry: UserEntity) -> None:
        """A facts file's entry: added to the entity it names (or a new one); its pronouns replace
        the sources' evidence, its titles are added with the file as their provenance."""
        i = self.key_index.get(name_key_of_text(entry.name))
        entity = self.entities[i] if i is not None else self.new_entity(entry.name, entry.kind)
        self.add_alias(entity, tuple(entry.name.split()), entry.provenance)
        for alias in entry.aliases:
            self.add_alias(entity, tuple(alias.split()), entry.provenance)
        if entry.gender:
            entity.user_gender = entry.gender
        entity.titles.extend(entry.titles)

    def resolve(self, m: NameMention) -> Entity | None:
        i = self.key_index.get(name_key(m.words))
        return self.entities[i] if i is not None else None

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
                self.word_index[name_word(w)].add(entity.id)  # "Qirwani" finds "al-Qirwani"
                self.surface_forms[f][w] += 1
                if not f.isascii() and (plain := unaccented(f)) != f:  # "Ozturk" finds "Öztürk", as written
                    self.word_index[plain].add(entity.id)
                    self.surface_forms[plain][w] += 1

    def merge_entities(self) -> None:
        mentions: list[tuple[SourceExtract, NameMention]] = [
            (ex, m) for ex in self.extracts for m in ex.mentions.names if m.words
        ]
        certain_keys = {name_key(m.words) for _, m in mentions if m.certain}
        self.standalone_names = {k[0] for k in certain_keys if len(k) == 1}
        certain_words = {w for k in certain_keys if len(k) > 1 for w in k}
        # a word no English text uses often, written with a capital at the start of two sentences
        # or lines or more ("Hollinsway was the strongest region", a table's row "Hollinsway
        # £228,150"): a name, though no sentence has it inside
        openers = Counter(k for _, m in mentions if not m.certain and len(k := name_key(m.words)) == 1)
        recurring = {k for k, count in openers.items() if count >= _RECURRING and not is_common_english(k[0])}
        mentions = [
            (ex, m) for ex, m in mentions
            if m.certain or (k := name_key(m.words)) in certain_keys or (len(k) == 1 and k[0] in certain_words)
            or k in recurring
        ]
        by_key: dict[tuple[str, ...], list[tuple[SourceExtract, NameMention]]] = defaultdict(list)
        for ex, m in mentions:
            by_key[name_key(m.words)].append((ex, m))
        # multi-word names first, then single words that are a known name's part
        multi = sorted((k for k in by_key if len(k) > 1), key=lambda k: (-len(by_key[k]), k))
        kinds_of: dict[tuple[str, ...], Counter] = {k: Counter(m.kind for _, m in v) for k, v in by_key.items()}
        for key, group in by_key.items():  # "Greyquill Energie GmbH": a company, however often "Greyquill Energie" acts
            if any(legal_form_length(m.words) for _, m in group):
                kinds_of[key] = Counter({"organization": len(group)})
        made: dict[tuple[str, ...], Entity] = {}

        def make(key: tuple[str, ...], kind: str) -> Entity:
            # the form written most, in running text where there is one: a transcript's speaker
            # labels ("KATYA OYELARAN-FRISK:") outnumber the wire's "Katya Oyelaran-Frisk"
            surfaces = Counter(m.text.replace("\n", " ") for _, m in by_key[key]).most_common()
            surface = next((t for t, _ in surfaces if not any(all_caps(w) for w in t.split())),  # not "Jonas KJELDBREKKE"
                           next((t for t, _ in surfaces if not all_caps(t)), surfaces[0][0]))
            entity = made[key] = self.new_entity(surface, kind)
            for ex, m in by_key[key]:
                self._attach(entity, ex, m)
            return entity

        longer: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)  # "te houtāpiri" -> its full names
        for key in multi:
            for j in range(1, len(key) - 1):
                longer[key[j:]].append(key)
        also = self._also_named(by_key, kinds_of)
        for key in multi:
            if key in made:
                continue
            kind = _vote_kind(kinds_of[key])
            same = self._same_person(key, kind, made, by_key, kinds_of) or self._surname_of(key, kind, longer, kinds_of) \
                or also.get(key)
            if same is not None:
                target = made.get(same) or make(same, _vote_kind(kinds_of[same]))
                for ex, m in by_key[key]:
                    self._attach(target, ex, m)
                continue
            make(key, kind)
        singles = [k for k in by_key if len(k) == 1]
        owners_index = self._owners_index()
        kin = {e.id for ex in self.extracts for k in kin_of_a_namesake(ex.document.text, ex.mentions.names)
               if (e := self.resolve(ex.mentions.names[k])) is not None}
        titled = {name_key(m.words) for ex in self.extracts for m in ex.mentions.names if m.honorific or m.title_tokens} \
            | {name_key(t.target.words) for ex in self.extracts for t in ex.mentions.titles if t.role}
        # "AB's father": initials with kin are someone's, however an acronym is read
        with_kin = {name_key(m.words) for ex in self.extracts for m in ex.mentions.names
                    if len(m.words) == 1 and _KIN_AFTER.match(ex.document.text, m.end)}
        for key in sorted(singles, key=lambda k: -len(by_key[k])):
            if key in with_kin and _vote_kind(kinds_of[key]) == "organization":
                kinds_of[key] = Counter({"person": 1})
            word = key[0]
            people, others = owners_index.get(word, ((), ()))
            # "Pent is trained by his uncle, Ivo Pent": where everyone of the surname is someone's
            # kin beside a namesake it names alone, the surname alone is that namesake, whom no
            # source names in full
            kin_alone = bool(people) and all(p in kin for p in people)
            owners = [] if kin_alone else list(people or others)
            group = by_key[key]
            if not owners and not kin_alone and (_vote_kind(kinds_of[key]) in ("person", "thing")
                                                 or _a_guessed_place(group)):
                owners = self._first_word_owners(word, titled)  # "Tan" for "Tan Yiheng", "Ada" for "Ada Moss"
            if len(owners) == 1:
                entity = self.entities[owners[0]]
            else:
                kind = "person" if kin_alone else _vote_kind(kinds_of[key])  # someone with an uncle is someone
                surface = Counter(m.words[0] for _, m in group).most_common(1)[0][0]
                entity = self.new_entity(surface, kind)
            for ex, m in group:
                self._attach(entity, ex, m)
        for entity in self.entities:
            if entity.titles or any(p for p in entity.gender_votes):
                entity.kind = "person" if entity.kind in ("thing", "person") else entity.kind
    def _after_a_subject(self, doc: Document, nearest: NameMention, people: list[NameMention]) -> bool:
        """Whether another person opens the sentence of the nearest name: in "Ada Moss described
        Ivo Pent as 'tireless'. He added: ..." the pronoun may be either, so it names no one."""
        toks = doc.tokens
        first = next((m for m in people if m.sentence == nearest.sentence and m.start <= nearest.start
                      and not (m.first_token > 0 and (toks[m.first_token - 1].lower in PLACE_PREPOSITIONS or (
                          toks[m.first_token - 1].lower == "on" and m.last_token < len(toks)
                          and toks[m.last_token].text == ",")))), None)
        # (a name after "at" or "in" is where, not who: "At St Wenna's Academy, the head, Ivo Pent, said";
        # so is one set off after "on": "On Tarrow, Ada Moss runs the hostel")
        return first is not None and first is not nearest and self.resolve(first) is not self.resolve(nearest)

    def _the_one_of_its_gender(self, nearest: NameMention, people: list[NameMention], before: int, gender: str,
                               genders: list[tuple[int, str, Provenance, int]], named_inside: set[int]) -> int | None:
        """The one person of the nearest name's sentence (before the pronoun) that the pronoun's
        gender can be, where this source's own pronouns give each other one there the other
        gender: "Moss was angry with Pent. '...,' she said", where the source has called Pent "he".
        Not where one is ruled out otherwise (named in the quote, as "Pent will explain ..." in a
        "she said" after "Pent will meet Moss, a statement said": the speaker may be neither).
        This source's votes only: its facts must not change with another's."""
        ids = list(dict.fromkeys(e.id for m in people if m.sentence == nearest.sentence and m.start < before
                                 and (e := self.resolve(m)) is not None and e.kind == "person"))
        if named_inside & set(ids):
            return None
        said: dict[int, set[str]] = defaultdict(set)
        for entity_id, g, _prov, _votes in genders:
            said[entity_id].add(g)
        fits = [i for i in ids if said[i] in (set(), {gender})]
        others = [i for i in ids if i not in fits]
        return fits[0] if len(fits) == 1 and others and all(said[i] and gender not in said[i] for i in others) else None

    def _a_thing_between(self, doc: Document, names: list[NameMention], candidate: NameMention, pronoun,
                         quoted: list[tuple[int, int]]) -> bool:
        """Whether a one-word name of no known kind (an animal's: "Nettle") stands between a pronoun
        and the person before it, in the pronoun's sentence or opening the one before (a guide known
        by one name: "Pasdawa read the ice. He has only one name"): the pronoun may be that name's.
        (A longer one, or one hyphenated, is a body's or a party's: "the Rural Subcommittee", "R-Idaho".)"""
        return any(candidate.end <= m.start < pronoun.start and (m.sentence == pronoun.sentence or (
                       m.sentence == pronoun.sentence - 1 and m.first_token == doc.sentences[m.sentence].first_token
                       and not is_common_english(m.words[0]) and not any(a <= m.start < b for a, b in quoted)))
                   and len(m.words) == 1 and "-" not in m.words[0]
                   and ((e := self.resolve(m)) is None or e.kind == "thing") for m in names)

    def _may_be_person(self, doc: Document, m: NameMention, person_ends: set[int]) -> bool:
        """Whether a name could be someone's: a person's, or a surname that no one person owns
        ("Strood" where the sources know two Stroods); not a name after "the" ("the Courier"), nor
        where someone named before it works or lives ("Ada Moss of Velmar First", whatever a table
        elsewhere took Velmar First for)."""
        if m.first_token > doc.sentences[m.sentence].first_token and doc.tokens[m.first_token - 1].lower == "the":
            return False
        if _where_someone_is(doc, m, person_ends):
            return False
        entity = self.resolve(m)
        if entity is not None and entity.kind != "thing":
            return entity.kind == "person"
        if self._surnames is None:
            self._surnames = {fold(a.split()[-1]) for e in self.entities if e.kind == "person" for a in e.aliases}
        return fold(m.words[-1]) in self._surnames

    def _owners_index(self) -> dict[str, tuple[list[int], list[int]]]:
        """Per word, the entities whose name has it as a surname (people) or as the distinctive
        start or organization word of their name (others), multi-word names only, in id order. A
        company the sources name with its legal form owns its first word ("Kellwitz" of "Kellwitz
        Netz GmbH": a firm is called by it).

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
            if entity.kind == "organization":
                words.update((key[0], None) for a in entity.aliases
                             if legal_form_length(parts := tuple(a.split())) and len(key := name_key(parts)) >= 2)
            for k in keys:
                if all(w in ORG_WORDS for w in k[1:]):
                    words[k[0]] = None
                if k[-1] in ORG_WORDS:
                    words[k[-1]] = None
            for w in words:
                index.setdefault(w, ([], []))[1].append(entity.id)
        return index

    def _first_word_owners(self, word: str, titled: set[tuple[str, ...]]) -> list[int]:
        """The one person whose full name opens with `word`, where one does: written alone, the word is
        that person's family name written first ("Tan" for "Tan Yiheng", as wire copy writes Chinese
        names) or the given name a profile calls its subject by; none where two people share it. A
        person, that is, a name the sources give a title or an honorific (`titled`): not a club taken
        for one; one of no kind yet, titled, is someone ("ODAGIRI Takeru, President and CEO": "Odagiri")."""
        found = {e.id for e in self.entities if e.kind in ("person", "thing")
                 for a in e.aliases if len(k := name_key(tuple(a.split()))) >= 2 and k[0] == word and k in titled}
        return list(found) if len(found) == 1 else []

    def _attach(self, entity: Entity, ex: SourceExtract, m: NameMention) -> None:
        prov = self.provenance(ex, m.start, m.end)
        self.add_alias(entity, m.words, prov)
        entity.mentions.append(prov)
        if m.honorific and HONORIFICS.get(m.honorific):
            entity.gender_votes[HONORIFICS[m.honorific]] += 2
            entity.gender_evidence.append(prov)

    def source_facts(self, ex: SourceExtract) -> SourceFacts:
        """What one source adds once the entities are known (read-only: see `_add`)."""
        doc, mentions = ex.document, ex.mentions
        out = SourceFacts([], [], [], [], [])
        persons = [m for m in mentions.names if (e := self.resolve(m)) and e.kind == "person"]
        person_ends = {m.last_token for m in persons}
        starts = {m.start: m for m in mentions.names}
        people = [m for m in persons if not _where_someone_is(doc, m, person_ends) and not _a_firms_first_name(doc, m, starts)]

        def keys(start: int, end: int) -> frozenset[str]:
            return clause_keys(doc, mentions, start, end, self.resolve)

        stamps = document_stamps(doc)

        for t in mentions.titles:
            entity = self.resolve(t.target)
            if entity is None:
                continue
            out.titles.append((entity.id, TitleFact(t.role, t.text, t.affiliation, t.based_in, self.provenance(ex, t.start, t.end))))
            gendered = GENDERED_NOUNS.get(t.head) or next((GENDERED_NOUNS[w] for w in t.text.lower().split() if w in GENDERED_NOUNS), None)
            if gendered:
                out.genders.append((entity.id, gendered, self.provenance(ex, t.start, t.end), 1))
        quote_spans = [(q.open_at, q.close_at + 1) for q in mentions.quotes]
        # the pronouns of said-clauses; not a narrated sentence's subject whose words a quote after
        # it goes on with ("She says she no longer walks alone. '...'"), read as narration's pronouns are
        speaker_pronouns = {q.speaker.start: q for q in mentions.quotes
                            if q.speaker and q.speaker.kind == "pronoun" and q.speaker.position not in ("continued", "reported")}
        # "...," said Ada Moss. // She said ...: a pronoun opening the paragraph after a named
        # speaker's quote goes on about that speaker
        after_quote = after_named_quotes(doc, mentions.quotes)
        reported = reported_speakers(doc, people)
        voted: set[int] = set()  # the pronouns that gave someone a gender
        objects: list[tuple[str, int, int]] = []  # a pronoun not its clause's subject: (gender, subject's start, sentence)
        by_first = {m.first_token: m for m in people}
        names_at = {m.first_token: m for m in mentions.names}
        for m in people:
            if (gender := _kin_after(doc, m, names_at)) is not None and (entity := self.resolve(m)) is not None:
                out.genders.append((entity.id, gender, self.provenance(ex, m.start, m.end), 1))
        for p in mentions.pronouns:
            if (kin := _kin_in_apposition(doc, p.token, by_first)) is not None:
                name, gender = kin
                if (entity := self.resolve(name)) is not None:
                    out.genders.append((entity.id, gender, self.provenance(ex, name.start, name.end), 1))
                continue  # "Her son, Tobias Vesey,": he is male; whose son, the nearest name need not say
            q = speaker_pronouns.get(p.start)
            skip = (q.open_at, q.close_at + 1) if q else None
            inside = next((s for s in quote_spans if s[0] <= p.start < s[1]), None)
            candidates = antecedents(doc, people, p.start, skip=skip)
            if p.token > 1 and doc.tokens[p.token - 1].text == ",":
                # "Ivo Pent, her colleague, said": whose colleague he is, not who he is
                candidates = [c for c in candidates if c.last_token != p.token - 1]
            if not candidates and not inside and p.sentence in after_quote and \
                    p.token == doc.sentences[p.sentence].first_token:
                candidates = [after_quote[p.sentence]]
            # a transcript's label speaks the turn after it as "I": its "he" is someone else
            candidates = [c for c in candidates if not (_a_turns_label(doc, c) and doc.sentences[c.sentence].paragraph
                                                        == doc.sentences[p.sentence].paragraph)]
            if inside:
                candidates = [c for c in candidates if inside[0] <= c.start]
            else:  # whom a quote speaks of is not whom the narration goes on about
                candidates = [c for c in candidates if not any(a <= c.start < b for a, b in quote_spans)]
            if candidates and object_of_its_subject(doc, p, candidates[0]):
                objects.append((p.gender, candidates[0].start, p.sentence))
                continue  # "Niamh gave him a beautiful ride": "him" is not Niamh, nor need he be the one before
            if candidates and any(g == p.gender and at == candidates[0].start and _narrated_since(doc, s, p.sentence, quote_spans) <= 1
                                  for g, at, s in objects):
                continue  # "Moss made an order requiring him to repay. He will serve ...": he is him, not Moss
            if candidates and not q and not inside and self._a_thing_between(doc, mentions.names, candidates[0], p, quote_spans):
                continue  # "Ambrose has fed Nettle every day since she arrived": "she" may be the seal's
            if candidates and not q and not inside and (self._two_people_before(candidates, p.sentence)
                                                         or _after_a_person_nouns_subject(doc, mentions, candidates[0])):
                continue  # "Pent tried to pass Moss. He locked ...", "The judge heard Dr Moss. She
                # preferred ...": either may be "he" or "she"; no vote
            if candidates and any(o.sentence == p.sentence and o.start < candidates[0].start and o.gender == p.gender
                                  for o in mentions.pronouns):
                continue  # "Her agent, Ivo Pent, signed her after she sent him ...": "she" is not Pent
            if candidates and not q and any(o.sentence == p.sentence and candidates[0].start < o.start < p.start
                                            and o.gender != p.gender and o.text.lower() in ("he", "she")
                                            for o in mentions.pronouns):
                continue  # "Pent sent the bride a message saying he could not make her day": "he" is Pent's,
                # so "her" after it is someone else's
            if candidates and q and self._after_a_subject(doc, candidates[0], people):
                continue  # "Moss was angry with Pent. '...,' she said": either may be "she" (the quote's
                # speaker, where the source's other pronouns tell, is voted for with the quote)
            if candidates:
                entity = self.resolve(candidates[0])
                if entity is not None:
                    # "..., he said" after a quote says most: it is the speaker's own pronoun; "her"
                    # in "X, who was her adviser" may be anyone's
                    # so is "He said ..." (the subject of a reporting verb), over "Pent said she had
                    # the gift", whose "she" may be Pent or the one he speaks of
                    said = subject_of_report(doc.tokens, p.token)
                    out.genders.append((entity.id, p.gender, self.provenance(ex, p.start, p.end),
                                        SPEAKER_VOTES if q or said else 1))
                    voted.add(p.start)
        for d in mentions.dates:
            if (d.kind == "relative" and d.date is None) or any(a < d.end and d.start < b for a, b in stamps):
                continue
            if d.kind == "relative" and any(a <= d.start < b for a, b in quote_spans):
                continue  # a speaker's "tonight" is the night they spoke, which the dateline need not be
            out.dates.append(DateFact(d.text, d.date, d.weekday if d.weekday is not None else (d.date.weekday() if d.date else None),
                                      d.month, d.day, d.year or (d.date.year if d.date else None), " ".join(sorted(d.anchor)),
                                      keys(d.start, d.end) | d.anchor, self.provenance(ex, d.start, d.end),
                                      d.role, d.tense))
            if (apart := days_apart(doc, d)) is not None:  # "on Wednesday, a day after X": X's date too
                on = apart.date
                out.dates.append(DateFact(apart.text, on, apart.weekday, on and on.month, on and on.day, on and on.year, "",
                                          keys(apart.end, apart.end), self.provenance(ex, apart.start, apart.end),
                                          apart.role, d.tense))
        if doc.dateline is not None:  # the news the lede tells without a date is of the source's day
            line = doc.dateline
            on, stamp = line.date, doc.text[line.start : line.end]
            for start, end in dateline_dated(doc, mentions.dates):
                out.dates.append(DateFact(stamp, on, on.weekday(), on.month, on.day, on.year, "", keys(start, end),
                                          self.provenance(ex, start, end), ISSUE))
            # and the source itself is of its day, as its heading names it ("Office for Property
            # Statistics / Statistical release: ... / Release date: Tuesday 5 November 2030")
            heading = frozenset().union(*(keys(s.start, s.end) for s in doc.sentences
                                          if s.start < min(line.end, _HEADING_REACH)))
            out.dates.append(DateFact(stamp, on, on.weekday(), on.month, on.day, on.year, "", heading,
                                      self.provenance(ex, line.start, line.end), ISSUE))
        for n in mentions.numbers:
            out.numbers.append(NumberFact(n.text, n.value, n.unit, n.modifiers, keys(n.start, n.end), self.provenance(ex, n.start, n.end),
                                          n.low, n.high, n.anchor))
        held = [(t, e.id) for t in mentions.titles if t.role and (e := self.resolve(t.target)) and e.kind == "person"]
        holders = _role_holders([(t.head, i) for t, i in held])
        offices = _office_holders([(t.role, bool(t.affiliation), i) for t, i in held])
        pronoun_speakers: dict[int, int | None] = {}  # a pronoun's offset -> whom it was read as
        described: dict[int, int | None] = {}  # the same for a descriptor ("the 30-year-old")
        last_speakers: dict[int, tuple[str, int | None]] = {}  # a paragraph -> its last quote's pronoun and speaker
        for q in mentions.quotes:
            speaker_id, text, kind = None, "", ""
            if q.speaker:
                text, kind = q.speaker.text, q.speaker.kind
                if q.speaker.kind == "noun" and q.speaker.name is None:
                    speaker_id = _role_noun_holder(q.speaker.text, holders, offices)
                    if speaker_id is None and _describes_the_last_named(q.speaker.text):
                        # '"...," the 30-year-old told reporters. "..."': both quotes the one read
                        speaker_id = described.setdefault(q.speaker.start, self._last_named(doc, people, mentions.names, q))
                    kind = "entity" if speaker_id is not None else kind
                elif q.speaker.kind == "name" and q.speaker.name:
                    e = self.resolve(q.speaker.name)
                    speaker_id = e.id if e else None
                    kind = "entity" if e else "noun"
                elif q.speaker.kind == "pronoun" and q.speaker.start in pronoun_speakers:
                    speaker_id = pronoun_speakers[q.speaker.start]  # '"...," he said. "..."': the same "he"
                elif q.speaker.kind == "pronoun":
                    # "X told the programme ... He said ... '...,' he said": a sentence the same pronoun
                    # opens carries the antecedent one sentence further back
                    at = doc.sentence_at(q.speaker.start)
                    back = 2 if _opened_by(doc, at, q.speaker.text) else 1
                    if q.speaker.start > q.close_at and at is not None:
                        back += max(0, at.index - q.first_sentence)  # '"... years. He knew ...," she said': before the quote
                    cands = antecedents(doc, people, q.speaker.start, skip=(q.open_at, q.close_at + 1), sentences_back=back)
                    named_inside = {self.resolve(m).id for m in people if q.start <= m.start < q.end and self.resolve(m)}
                    # whom any quote speaks of is not whom the narration's "she" goes on about
                    cands = [c for c in cands if (e := self.resolve(c)) and e.id not in named_inside
                             and not any(a <= c.start < b for a, b in quote_spans)]
                    # the nearest name of any kind must be that person: past a name that is no
                    # one person ("Strood" for two Stroods), "she" is not the next one back
                    nearest = [m for m in antecedents(doc, mentions.names, q.speaker.start, skip=(q.open_at, q.close_at + 1),
                                                      sentences_back=back)
                               if not any(a <= m.start < b for a, b in quote_spans) and self._may_be_person(doc, m, person_ends)]
                    gender = PRONOUNS.get(q.speaker.text.lower())
                    if cands and gender and any(o.sentence == cands[0].sentence and o.start < cands[0].start
                                                and o.gender == gender for o in mentions.pronouns):
                        cands = []  # "Her agent, Ivo Pent, signed her after she sent him, she admits": not Pent
                    if cands and gender and any(o.sentence == cands[0].sentence and o.start > cands[0].end
                                                and o.text.lower() == q.speaker.text.lower()
                                                and _ANOTHER_SUBJECT.search(doc.prose[cands[0].end : o.start])
                                                for o in mentions.pronouns):
                        cands = []  # "Ada Moss wanted oak; he wanted beech. '...,' he said": he is not Moss
                    if cands and cands[0].first_token > 0 and (doc.tokens[cands[0].first_token - 1].lower in TELLING_VERBS
                                                               or _addressed(doc, cands[0])):
                        cands = []  # "the judge advocate told Ivo Pent that ... She said": she is the one who told
                        # him; "Turning to Ivo Pent, ..., she said": the one she spoke to
                    if cands and nearest and nearest[0] is cands[0] and not self._after_a_subject(doc, cands[0], people):
                        speaker_id = self.resolve(cands[0]).id
                    elif cands and nearest and nearest[0] is cands[0] and gender and \
                            (one := self._the_one_of_its_gender(cands[0], people, q.speaker.start, gender, out.genders,
                                                named_inside)) is not None:
                        speaker_id = one  # "Moss was angry with Pent. '...,' she said", where the source calls Pent "he"
                    elif not cands and not nearest and at is not None and (
                            named := after_quote.get(at.index) or reported.get(q.first_sentence)):
                        # '... said Ada Moss: "...". // On the project, she said: "..."' or 'Ada Moss
                        # said it was over. // "...," she said': no one named since, the pronoun goes
                        # on about the last named speaker
                        e = self.resolve(named)
                        speaker_id = e.id if e is not None and e.kind == "person" and not _voted_otherwise(
                            e.id, gender, out.genders) else None
                    elif not cands and not nearest and at is not None:
                        speaker_id = self._the_one_before(doc, people, q)
                        if speaker_id is None:
                            speaker_id = _going_on(doc, people, quote_spans, q, last_speakers, self.resolve)
                    pronoun_speakers[q.speaker.start] = speaker_id
                    gender = PRONOUNS.get(q.speaker.text.lower())
                    if speaker_id is not None and gender and q.speaker.start not in voted:
                        # read past a paragraph's start ('... said Ada Moss. // "...," she said'): the
                        # speaker's own pronoun, as any "she said" is
                        out.genders.append((speaker_id, gender, self.provenance(ex, q.speaker.start, q.speaker.end), SPEAKER_VOTES))
            inside_ids = frozenset(e.id for m in mentions.names if q.start <= m.start < q.end and (e := self.resolve(m)) and e.kind == "person")
            out.quotes.append(QuoteFact(q.text, q.words, speaker_id, text, kind, self.provenance(ex, q.start, q.end), inside_ids))
            if q.speaker and q.speaker.kind == "pronoun":
                last_speakers[doc.sentences[q.first_sentence].paragraph] = (q.speaker.text.lower(), speaker_id)
        for start, end in first_person_statements(doc, quote_spans):
            text = doc.prose[start:end]
            out.quotes.append(QuoteFact(text, quote_words(text), None, "", "", self.provenance(ex, start, end)))
        return out

    def add(self, facts: SourceFacts) -> None:
        """Append a source's facts, and what it says about entities, to this fact base."""
        self.dates += facts.dates
        self.numbers += facts.numbers
        self.quotes += facts.quotes
        for entity_id, title in facts.titles:
            self.entities[entity_id].titles.append(title)
        for entity_id, gender, prov, votes in facts.genders:
            entity = self.entities[entity_id]
            entity.gender_votes[gender] += votes
            entity.gender_evidence.append(prov)

    # -- provenance and key counts ------------------------------------------------------------------

    def sentence_keys(self, ex: SourceExtract) -> Counter:
        """The content words and entity ids of a source's sentences: key -> the sentences having it."""
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for m in ex.mentions.names:
            if e := self.resolve(m):
                by_sentence[m.sentence].add(entity_key(e.id))
        counts: Counter = Counter()
        for s in ex.document.sentences:
            counts.update(content_words(ex.document.sentence_text(s.index)) | by_sentence[s.index])
        return counts

    def _last_named(self, doc: Document, people: list[NameMention], names: list[NameMention], q) -> int | None:
        """The person a descriptor speaker ("the 30-year-old", "the Norwegian") refers back to: the
        person named last before it, outside the quote, where the nearest name of any kind is that
        person's (as a pronoun's)."""
        speaker = q.speaker
        skip = (q.open_at, q.close_at + 1)
        cands = antecedents(doc, people, speaker.start, skip=skip, sentences_back=2)
        people_ends = {p.last_token for p in people}
        nearest = [m for m in antecedents(doc, names, speaker.start, skip=skip, sentences_back=2)
                   if not (q.start <= m.start < q.end) and self._may_be_person(doc, m, people_ends)]
        if not cands and not nearest:
            return self._the_one_before(doc, people, q)  # a paragraph on the person, then their quote
        e = self.resolve(cands[0]) if cands and nearest and nearest[0] is cands[0] else None
        return e.id if e is not None and e.kind == "person" else None

    def _the_one_before(self, doc: Document, people: list[NameMention], q) -> int | None:
        """The speaker of a quote that opens its paragraph with only "he says" after it: the one
        person the paragraph before names, as a profile introduces someone and then quotes them."""
        first = doc.sentences[q.first_sentence]
        opens = q.first_sentence > 0 and doc.sentences[q.first_sentence - 1].paragraph != first.paragraph
        if not opens or doc.prose[first.start : q.open_at].strip():
            return None
        before = next((s for s in reversed(doc.sentences[: q.first_sentence]) if s.paragraph == first.paragraph - 1), None)
        opener = doc.tokens[doc.paragraph_opening(before).first_token].lower if before is not None else ""
        if opener in SUBJECT_PRONOUNS and opener != "it":
            return None  # "She said the trust had written to Ada Moss. // "...," she said": Moss is no subject
            # (but "It was a second title for Ada Moss." is about her)
        named = {e.id for m in people if doc.sentences[m.sentence].paragraph == first.paragraph - 1
                 and (e := self.resolve(m)) is not None and e.kind == "person"}
        return next(iter(named)) if len(named) == 1 else None

    @staticmethod
    def _same_person(key: tuple[str, ...], kind: str, made: dict, by_key: dict, kinds_of: dict) -> tuple[str, ...] | None:
        """The key of another name that is the same person's: written family name first in another
        source ("Amagiri Tsunehiko" for "Tsunehiko Amagiri"), or without the middle names
        ("Rosalind Mary Vale" for "Rosalind Vale")."""
        if kind not in ("person", "thing"):
            return None
        others = [key[::-1]] if len(key) == 2 else [(key[0], key[-1])] if len(key) > 2 else []
        for other in others:
            if other in made and made[other].kind in ("person", "thing"):
                return other
            if other in by_key and other not in made and len(key) > 2 and _vote_kind(kinds_of[other]) in ("person", "thing"):
                return other
        return None

    def _also_named(self, by_key: dict, kinds_of: dict) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Pairs of a person's two full names that a source gives as one person's: the second in
        brackets after the first or after "known as" ("Mr Xu Ming (Kevin Xu)", "Chan Wai-ling,
        known as Winnie Chan"), sharing a word, as a name in its own order and a Western given name
        are written. Each key maps to the other; a key paired with two others maps to neither."""
        pairs: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for ex in self.extracts:
            names = sorted((m for m in ex.mentions.names if len(m.words) > 1), key=lambda m: m.start)
            text = ex.document.text
            for first, second in pairwise(names):
                between = _ALSO_NAMED.fullmatch(text, first.end, second.start)
                if between is None or (between["bracket"] and not text.startswith(")", second.end)):
                    continue
                a, b = name_key(first.words), name_key(second.words)
                if a != b and set(a) & set(b) and all(_vote_kind(kinds_of.get(k, Counter())) in ("person", "thing")
                                                      for k in (a, b) if k in by_key):
                    pairs[a].add(b)
                    pairs[b].add(a)
        return {k: next(iter(v)) for k, v in pairs.items() if len(v) == 1}

    @staticmethod
    def _surname_of(key: tuple[str, ...], kind: str, longer: dict, kinds_of: dict) -> tuple[str, ...] | None:
        """The one person's full name that `key` of two words or more ends ("Te Houtāpiri" of "Rāwinia
        Te Houtāpiri", "Mac Giolla Choille" of "Donnchadh Mac Giolla Choille"): a family name of
        several words, written alone on later reference; None where two people's names end so."""
        if kind not in ("person", "thing"):
            return None
        found = [k for k in longer.get(key, ()) if _vote_kind(kinds_of[k]) == "person"]
        return found[0] if len(found) == 1 else None

    def _two_people_before(self, candidates: list[NameMention], sentence: int) -> bool:
        """Whether the sentence of the pronoun's nearest name names two people or more before it
        ("Pent needed Moss to lose and his own game to be won"), or, where the pronoun's own
        sentence names no one before it, the sentence before does: it may refer to any of them."""
        nearest = candidates[0]
        named = {e.id for c in candidates if c.sentence == nearest.sentence and (e := self.resolve(c)) is not None}
        return len(named) > 1

    def provenance(self, ex: SourceExtract, start: int, end: int) -> Provenance:
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


def _after_a_person_nouns_subject(doc: Document, mentions: Mentions, m: NameMention) -> bool:
    """Whether the sentence of name `m` opens, before it, with a person named by a noun ("The judge
    heard evidence from Dr Ada Moss"): someone a pronoun after it may refer to as well; not the
    name's own title ("The chief inspector, Captain Ada Moss, said")."""
    s = doc.sentences[m.sentence]
    opening = _NOUN_SUBJECT.match(doc.prose, s.start, m.start)
    return opening is not None and any(w.lower() in PERSON_NOUNS or is_role_noun(w.lower())
                                       for w in opening.group(1).split()) and not any(
        t.target.start == m.start and opening.start() <= t.start < opening.end() for t in mentions.titles)


# "The acting dean", "A spokesman", "The Chair" (a minute's capitalized office)
_NOUN_SUBJECT = re.compile(r"(?:The|A|An)((?:\s+[A-Za-z][\w-]*){1,3})\b(?!['’])")


_ROLE_NOUN = re.compile(r"(?i)^the\s+(\w+)$")  # "the judge", "the minister": a role named alone
_ROLE_PHRASE = re.compile(r"(?i)^the\s+((?:[\w-]+\s+){0,3}[\w-]+)$")  # "the acting dean", "The Prime Minister"
_ROLE_ALIKE = {"justice": "judge"}  # "Mr Justice Vale" is "the judge"


def _role_holders(titles: list[tuple[str, int]]) -> dict[str, set[int]]:
    """A source's role head words -> the people it gives them to."""
    out: dict[str, set[int]] = {}
    for head, entity_id in titles:
        out.setdefault(_ROLE_ALIKE.get(head, head), set()).add(entity_id)
    return out


_AGE_DESCRIPTOR = re.compile(r"the \d+-years?-old", re.I)


def _describes_the_last_named(noun: str) -> bool:
    """Whether a speaker noun describes a person the text has just named, as wire copy varies a
    name: "the 30-year-old", "the Norwegian" (a nationality from the gazetteer)."""
    words = noun.split()
    return bool(_AGE_DESCRIPTOR.fullmatch(noun)) or (
        len(words) == 2 and words[0].lower() == "the" and demonym_of(words[1]) is not None)


def _office_holders(titles: list[tuple[str, bool, int]]) -> dict[str, dict[int, bool]]:
    """A source's roles -> the people it gives them to, and whether each holds it of a body it
    names ("Chair of the Finance Committee") rather than plainly ("Chair")."""
    out: dict[str, dict[int, bool]] = {}
    for role, of_a_body, entity_id in titles:
        held = out.setdefault(role, {})
        held[entity_id] = held.get(entity_id, True) and of_a_body
    return out


def _role_noun_holder(text: str, holders: dict[str, set[int]], offices: dict[str, dict[int, bool]]) -> int | None:
    """ "the judge said", "The Prime Minister said" where the source gives one person that title
    (or gives it plainly to one, and to others of a body: "The Chair" of a board's minutes, not the
    "Chair of the Finance Committee"): that person. A role that two people hold, or none, names no one."""
    phrase = _ROLE_PHRASE.match(text.strip())
    if phrase is not None:
        role, _head, _former = normalize_role(phrase.group(1).split())
        held = offices.get(role, {})
        plain = [i for i, of_a_body in held.items() if not of_a_body]
        if len(held) == 1:
            return next(iter(held))
        if len(plain) == 1:
            return plain[0]
    m = _ROLE_NOUN.match(text.strip())
    if m is None:
        return None
    people = holders.get(_ROLE_ALIKE.get(m.group(1).lower(), m.group(1).lower()), set())
    return next(iter(people)) if len(people) == 1 else None


_HEADING_REACH = 800  # a source's heading lies in its first characters (a date deeper in is no stamp's)


# a clause break right before a subject pronoun: "Ada Moss wanted oak; he wanted beech", "..., but he"
_ANOTHER_SUBJECT = re.compile(r"(?:[;:]|\b(?:but|while|whereas))\s*$")


def _opened_by(doc: Document, sentence, pronoun: str) -> bool:
    """Whether the sentence before `sentence`, in its paragraph, opens with `pronoun` ("He said ...")."""
    if sentence is None or sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    first = doc.tokens[before.first_token] if before.first_token < len(doc.tokens) else None
    return before.paragraph == sentence.paragraph and first is not None and first.lower == pronoun.lower()


def _vote_kind(kinds: Counter) -> str:
    specific = [(n, k) for k, n in kinds.items() if k != "thing"]
    if not specific:
        return "thing"
    return max(specific)[1]


_TURN_LABEL = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?:[ \t]")


def _a_turns_label(doc: Document, m: NameMention) -> bool:
    """Whether a name opens its line as a transcript's speaker label ("OLSTADVIK: Hollis was ...")."""
    line = doc.text.rfind("\n", 0, m.start) + 1
    return not doc.text[line : m.start].strip(" \t*[]().0123456789:Q") and _TURN_LABEL.match(doc.text, m.end) is not None


def _a_guessed_place(group: list[tuple[SourceExtract, NameMention]]) -> bool:
    """Whether a one-word name was taken for a place or a nationality on its neighbours alone
    ("a tribute to Ada", "Ivi stays on": a preposition before it, a demonym's ending), never by the
    gazetteer: a person's given name may be all it is."""
    word = group[0][1].words[0]
    return all(m.kind in ("place", "nationality", "thing") for _, m in group) \
        and national_place(word) is None and born_in(word) is None


def _where_someone_is(doc: Document, m: NameMention, person_ends: set[int]) -> bool:
    """Whether a name says where the person named right before it (whose names end at the tokens
    `person_ends`, exclusive) works or lives ("Ada Moss of Velmar First"; not "a second Tarrow Cup
    for Ada Moss"): no one a pronoun goes on about there, whatever kind of name another source (a
    table, a list) took it for."""
    first = m.first_token
    return first >= 2 and doc.tokens[first - 1].lower == "of" and first - 1 in person_ends


def _a_firms_first_name(doc: Document, m: NameMention, names_at: dict[int, NameMention]) -> bool:
    """Whether a name opens a firm's name of partners ("Ada Moss, Pent & Velmar LLP"), which the
    comma splits: no one a pronoun goes on about ("The judge awarded counsel, Moss, Pent & Velmar
    LLP, 22%. '...,' he said": the judge's words, not Moss's)."""
    rest = names_at.get(m.end + 2) if doc.prose.startswith(", ", m.end) else None
    return rest is not None and rest.kind == "organization" and "&" in rest.text


def _voted_otherwise(entity_id: int, gender: str | None, votes: list[tuple[int, str, Provenance, int]]) -> bool:
    """Whether a source's votes so far by a title or an honorific (not a pronoun, which may be anyone's)
    make a person of the other gender than a pronoun's ("He said Princess Ada told him ... '...'": his
    words, not hers)."""
    tally = Counter()
    for i, g, prov, n in votes:
        if i == entity_id and prov.text.lower() not in PRONOUNS:
            tally[g] += n
    return gender is not None and any(n > tally[gender] for g, n in tally.items() if g != gender)


def _addressed(doc: Document, m: NameMention) -> bool:
    """Whether a name is the one spoken to: "Turning to Ivo Pent, she said", "To Pent, the judge said"."""
    before = [t.lower for t in doc.tokens[max(0, m.first_token - 2) : m.first_token]]
    opening = m.first_token >= 1 and doc.tokens[m.first_token - 1].sentence_initial
    return before[-1:] == ["to"] and (before[:1] in (["turning"], ["turned"]) or opening)


def _going_on(doc: Document, people: list[NameMention], quote_spans: list[tuple[int, int]], q,
              last_speakers: dict[int, tuple[str, int | None]], resolve) -> int | None:
    """The speaker of a quote told with only a pronoun in a paragraph that names no one, where the
    paragraph before ends on a quote the same pronoun gave to someone it names no one else beside:
    '"I live here," he said. // Asked about a relief vessel, he said ... "We asked," he said.'"""
    paragraph = doc.sentences[q.first_sentence].paragraph
    pronoun, speaker_id = last_speakers.get(paragraph - 1, ("", None))
    if speaker_id is None or pronoun != q.speaker.text.lower():
        return None
    for sentence in doc.sentences[doc.paragraph_opening(doc.sentences[q.first_sentence]).index : q.first_sentence + 1]:
        first = doc.tokens[sentence.first_token : sentence.first_token + 2]
        if len(first) == 2 and first[0].lower == "the" and is_role_noun(first[1].lower) and first[1].start < q.open_at:
            return None  # "The archdeacon paid tribute ... '...,' she said": the office's holder goes on, not the last "she"
    for m in people:
        if doc.sentences[m.sentence].paragraph in (paragraph - 1, paragraph) and m.start < q.speaker.start \
                and not any(a <= m.start < b for a, b in quote_spans) and ((e := resolve(m)) is None or e.id != speaker_id):
            return None  # someone else is named there: "he" may be them
    return speaker_id


def _narrated_since(doc: Document, first: int, last: int, quote_spans: list[tuple[int, int]]) -> int:
    """How many sentences after sentence `first` up to `last` the narration tells, not counting
    those a quote holds ('Moss told him: "You drove. That is driving." He was banned': one)."""
    return sum(1 for i in range(first + 1, last + 1)
               if not any(a < doc.sentences[i].start < b for a, b in quote_spans))


_KIN_BEFORE = re.compile(
    rf"\b(?:(?:his|her|their)\s+(?:late\s+)?(?:{'|'.join(sorted(KIN_NOUNS))})\b|(?:{'|'.join(sorted(KIN_NOUNS))})\s+of\b)"
    r"[^.!?;:\"“”()\n]*$", re.I)


# kin only a person has ("AB's father"); a body has lawyers, agents and partners too
_SERVICES = {"agent", "lawyer", "lawyers", "partner", "solicitor", "friend", "friends", "families"}
# what sets a person's other full name after the first: "Xu Ming (Kevin Xu)", "Xu Ming, known as
# Kevin Xu", "Chan Wai-ling, who uses the English name Winnie Chan"
_ALSO_NAMED = re.compile(r"[ \t]*(?P<bracket>\()[ \t]*|,?[ \t]+(?:(?:also|better|widely)[ \t]+)?known[ \t]+as[ \t]+"
                         r"|,?[ \t]+who[ \t]+(?:uses|goes[ \t]+by)[ \t]+(?:the[ \t]+)?(?:\w+[ \t]+)?(?:name[ \t]+)?")
_KIN_AFTER = re.compile(rf"['’]s\s+(?:late\s+)?(?:{'|'.join(sorted(KIN_NOUNS - _SERVICES))})\b", re.I)


def kin_of_a_namesake(text: str, names: list[NameMention]) -> list[int]:
    """The names (by index) the text gives as someone's kin ("his uncle, former champion Ivo Pent",
    "the son of Ivo Pent") in a sentence that writes the same surname alone ("Pent is trained by
    his uncle, ... Ivo Pent"): two people, so the surname alone is not the kin's."""
    alone = {(m.sentence, fold(m.words[0])) for m in names if len(m.words) == 1}
    return [k for k, m in enumerate(names) if len(m.words) > 1 and (m.sentence, fold(m.words[-1])) in alone
            and _KIN_BEFORE.search(text, max(0, m.start - 80), m.start)]


def _kin_after(doc: Document, m: NameMention, names: dict[int, NameMention]) -> str | None:
    """The gender of a kin noun set off after a name, past an age ("Ada Moss, 32, Ivo Pent's
    niece,"): hers or his."""
    toks, k = doc.tokens, m.last_token
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].kind == "number":
        k += 2
    if k + 1 >= len(toks) or toks[k].text != "," or (owner := names.get(k + 1)) is None:
        return None
    j = owner.last_token
    if not owner.possessive:  # "Ivo Pent Jr.'s niece": the abbreviation's point before the possessive
        j += j < len(toks) and toks[j].text == "."
        if not (j + 2 < len(toks) and toks[j].text in APOSTROPHES and toks[j + 1].lower == "s"):
            return None
        j += 2
    if j >= len(toks) or toks[j].sentence != toks[m.first_token].sentence:
        return None
    return GENDERED_NOUNS.get(toks[j].lower)


def _kin_in_apposition(doc: Document, i: int, by_first: dict[int, NameMention]) -> tuple[NameMention, str] | None:
    """The person a possessive pronoun (token `i`) and a gendered noun name in apposition, and the
    noun's gender: "Her son, Tobias Vesey," and "his spokeswoman, Ada Moss,"."""
    toks = doc.tokens
    if i + 3 >= len(toks) or toks[i].lower not in ("her", "his", "their"):
        return None
    gender = GENDERED_NOUNS.get(toks[i + 1].lower)
    name = by_first.get(i + 3)
    if gender is None or toks[i + 2].text != "," or name is None or name.sentence != toks[i].sentence:
        return None
    return name, gender
