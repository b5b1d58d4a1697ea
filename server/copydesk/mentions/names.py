"""Names: runs of capitalized words, split into affiliation, title and name.

"Velmoran Defense Minister Ada Moss" is one capitalized run; it yields the name "Ada Moss"
with the in-run title "Defense Minister" and the affiliation "Velmoran" (itself a name mention).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Container
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from copydesk.document import APOSTROPHES, HYPHENS, Document, Sentence, Token, all_caps
from copydesk.lexicon import (
    COMMON_STARTERS,
    COMPASS_WORDS,
    CURRENCY_PREFIXES,
    FUNCTION_WORDS,
    HONORIFICS,
    LEGAL_FORMS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NAME_CONNECTORS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    ORG_NOUNS,
    ORG_WORDS,
    PLACE_OF_NOUNS,
    PLACE_OPENERS,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    PORTFOLIO_HEADS,
    POSITION_ABBREVIATIONS,
    POSSESSIVE_DETERMINERS,
    POSTNOMINALS,
    RANK_ABBREVIATIONS,
    RANK_COMPOUNDS,
    RANK_GRADES,
    REPORTING_VERBS,
    ROLE_MODIFIERS,
    STYLE_EPITHETS,
    STYLE_GRADES,
    STYLES_OF_ADDRESS,
    TITLE_TAILS,
    UNIT_ABBREVIATIONS,
    VESSEL_NOUNS,
    WEEKDAYS,
    fold,
    is_role_noun,
    role_parts,
)
from copydesk.world import born_in, is_common_english, is_english, national_place, place_of

_NATIONALITY_SUFFIXES = ("ian", "ean", "ese", "ish", "ch", "can", "i")
_DATE_WORDS = set(WEEKDAYS) | set(MONTH_NAMES) | set(MONTH_ABBREVIATIONS)
_NOT_A_NAME_START = {"former", "ex", "late", "then", "one", *NUMBER_WORDS}  # "Former Velmora captain", "Four Navy ships"


def _after_role_and_in(sentence_tokens: list[Token], tok: Token) -> bool:
    """Whether `tok` follows "in" after a role word ("Agent in Charge")."""
    at = tok.index - sentence_tokens[0].index  # the sentence's tokens are consecutive
    return at >= 2 and sentence_tokens[at - 1].lower == "in" and _is_role(sentence_tokens[at - 2])


class EitherSet:
    """The words of either of two sets, asked by `in` without copying them (a corpus's lower-case
    words are many, and a lazy fact base's are read one by one: factbase/lazy.py)."""

    __slots__ = ("a", "b")

    def __init__(self, a: Container[str], b: Container[str]):
        self.a, self.b = a, b

    def __contains__(self, word: object) -> bool:
        return word in self.a or word in self.b


@dataclass(slots=True)
class Vocabulary:
    """What the corpus shows about words: seen in lower case, and known name words (folded)."""

    lower: set[str] = field(default_factory=set)
    name_words: set[str] = field(default_factory=set)
    capitalized: set[str] = field(default_factory=set)  # folded words the sources write capitalized

    def is_common(self, word: str, name_words: Collection[str] | None = None) -> bool:
        """A function word, a common sentence starter, or a word the sources write in lower case
        that is no known name word (`name_words`: the known ones, if not those seen in the sources)."""
        w = word.lower()
        known = self.name_words if name_words is None else name_words
        return w in FUNCTION_WORDS or w in COMMON_STARTERS or (w in self.lower and fold(word) not in known)


@dataclass(slots=True)
class NameMention:
    """A name as written: its words (possessive stripped), span and a first guess at its kind."""

    start: int
    end: int
    text: str
    words: tuple[str, ...]
    word_spans: tuple[tuple[int, int], ...]
    kind: str  # person | organization | place | nationality | thing
    sentence: int
    first_token: int
    last_token: int  # exclusive
    possessive: bool = False
    honorific: str | None = None
    certain: bool = True  # False: a lone capitalized word at the start of a sentence
    title_tokens: tuple[int, ...] = ()  # capitalized role words in the same run ("Defense Minister")
    affiliation: NameMention | None = None  # the run's words before the title ("Israeli")

    def moved(self, chars: int, sentences: int, tokens: int, done: dict[int, NameMention]) -> NameMention:
        """This mention where its paragraph now lies (see mentions.paragraphs): offsets, sentence
        and token indexes shifted. `done` maps mentions already moved (by id) to their copies, so
        that a name and the list share one copy of its affiliation."""
        copy = done.get(id(self))
        if copy is None:
            affiliation = self.affiliation.moved(chars, sentences, tokens, done) if self.affiliation else None
            copy = done[id(self)] = NameMention(
                self.start + chars, self.end + chars, self.text, self.words,
                tuple([(a + chars, b + chars) for a, b in self.word_spans]), self.kind, self.sentence + sentences,
                self.first_token + tokens, self.last_token + tokens, self.possessive, self.honorific, self.certain,
                tuple([t + tokens for t in self.title_tokens]) if self.title_tokens else (), affiliation)
        return copy


def _is_role(token: Token) -> bool:
    return _role_word(token.lower)[0]


@lru_cache(maxsize=1 << 14)
def _role_word(lower: str) -> tuple[bool, bool]:
    """(a role word, a role head) for a word in lower case: remembered, as every word of every name
    run is asked."""
    parts = role_parts(lower)
    every = all(_role_part(p) or p in ROLE_MODIFIERS for p in parts)
    return every, every and _role_part(parts[-1])


def _role_part(part: str) -> bool:
    """A rank's abbreviation ("Cpl", "Maj"), a role noun, or a seat's plural that titles a list of
    names ("Council Members Moss, Pent and Tarrow": no body called "Council Members Moss")."""
    return part in RANK_ABBREVIATIONS or is_role_noun(part) or part in _LISTED_SEATS


_LISTED_SEATS = frozenset({"members", "councillors", "councilors", "councilmembers", "senators", "representatives",
                           "justices", "judges", "commissioners", "ministers"})


def _is_connector(token: Token) -> bool:
    """A lower-case word that joins a name's parts ("of" in "Bank of Tarrow", "de" in "Ines de la Fuente")."""
    return token.lower in NAME_CONNECTORS and not token.text[0].isupper()


def _is_role_head(token: Token) -> bool:
    """A role noun, or a title joined by hyphens of role words that ends in one ("Director-General")."""
    return _role_word(token.lower)[1]


def _is_portfolio(token: Token, head: Token) -> bool:
    """A common word before a minister's office is its portfolio ("Industries Minister", "Mines
    Secretary"), not a name; a nationality or a place before it is the minister's country."""
    return head.lower in PORTFOLIO_HEADS and is_common_english(token.bare) and place_of(token.bare) is None


def _ends_a_compound_rank(run: list[Token], k: int) -> bool:
    """Whether run[k] is a rank word made one rank with the word before it ("Major" in "Sergeant
    Major", "Officer" in "Petty Officer")."""
    return 0 < k < len(run) and run[k].lower in RANK_COMPOUNDS.get(run[k - 1].lower, ())


def _a_major_before_a_name(run: list[Token], k: int) -> bool:
    """Whether run[k] is the army rank "Major" opening a run that goes on with a person's name
    ("Major Ada Moss", "Major Tarrowby"): not "Major League Baseball" nor "Major Road Works", whose
    words are a body's or common ones."""
    rest = run[k + 1 :]
    return run[k].lower == "major" and (k == 0 or _is_role(run[k - 1])) and len(rest) in (1, 2, 3) and all(
        t.is_capitalized and not t.is_all_caps and fold(t.bare) not in ORG_WORDS and place_of(t.bare) is None
        for t in rest) and not all(is_common_english(t.bare) for t in rest)


def _number_after(doc: Document, token: Token) -> bool:
    following = doc.tokens[token.index + 1] if token.index + 1 < len(doc.tokens) else None
    return following is not None and following.text[:1].isdigit()


def _between_roles(run: list[Token], i: int) -> bool:
    """Whether run[i] is a common word with role words on both sides ("Equity" in "Chief Equity Strategist")."""
    return 0 < i < len(run) - 1 and _is_role(run[i - 1]) and _is_role(run[i + 1]) \
        and is_common_english(run[i].bare) and place_of(run[i].bare) is None


def _name_between(tokens: list[Token], i: int) -> bool:
    """Whether the month's short name at token `i` is a name word: "Jan" before a capitalized word
    that is no date's ("Lok Jan Morcha", "Jan Kowal"), not "Jan 5" nor "Jan. 5"."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence else None
    return (tokens[i].lower in _MONTH_SHORT and nxt is not None and nxt.kind == "word" and nxt.start == tokens[i].end + 1
            and _capitalized(nxt) and not _is_date_word(nxt))


_MONTH_SHORT = frozenset(MONTH_ABBREVIATIONS) - {"may"}


def _is_date_word(token: Token) -> bool:
    """A weekday or a month ("Friday's talks" too), or a span of them ("July-September")."""
    bare = token.bare.lower()
    return bare in _DATE_WORDS or ("-" in bare and all(part in _DATE_WORDS for part in bare.split("-")))


def _capitalized(token: Token) -> bool:
    return token.kind == "word" and _capitalized_word(token.text)


@lru_cache(maxsize=1 << 16)
def _capitalized_word(text: str) -> bool:
    """A word that can be part of a name: capitalized, in capitals or a particle-prefixed surname
    ("al-Haddad"), and not "Northport-based". Remembered: the runs of a sentence ask it of each
    word several times."""
    return (text[0].isupper() or all_caps(text) or _particle_prefixed_word(text)) and _based_head(text) is None \
        and _CURRENCY_FIGURE.match(text) is None


_CURRENCY_FIGURE = re.compile(r"(?:" + "|".join(CURRENCY_PREFIXES) + r")\d", re.I)  # "Dh7" of "Dh7.9bn": a sum


# a surname that opens with a lower-case particle joined to it: "al-Haddad", "el-Amin", "d'Arcy"
_PATRONYMICS = {"bin", "ibn", "bint", "ben", "abu", "ap"}  # "son of", "father of": a name follows
_PARTICLE_PREFIX = re.compile(r"(?:al|el|as|ash|at|az|ad|an|ar|ud|bin|ibn|abu|bint|d|l)[-\u2011'’][A-Z]")


def _is_postnominal(tokens: list[Token]) -> bool:
    """ "KC" in "Fiona Vale KC", "Jr." in "Ivo Pent Jr.", and in a transcript's label in capitals
    ("MS FIONA VALE KC:"): letters after a person's name, not part of it."""
    last = tokens[-1]
    return (len(tokens) >= 3 and last.bare.lower().rstrip(".") in POSTNOMINALS and (last.is_all_caps or last.text[-1:] == ".")
            and (all(_name_cased(t) for t in tokens[:-1]) or all(t.is_all_caps for t in tokens)))


def legal_form_length(words: tuple[str, ...]) -> int:
    """How many of a name's last words are its legal form ("GmbH", "A/S" as "A", "S"), where two
    words or more come before it: "Velmar Foods" alone is no one's legal form."""
    for n in (1, 2, 3):
        if len(words) - n >= 2 and tuple(words[-n:]) in LEGAL_FORMS:
            return n
    return 0


def _particle_prefixed_word(text: str) -> bool:
    return text[0].islower() and _PARTICLE_PREFIX.match(text) is not None


def _name_cased(token: Token) -> bool:
    """A word written as a person's name part: capitalized (not shouted), or a particle-prefixed surname."""
    return (token.text[0].isupper() and not token.is_all_caps) or _particle_prefixed_word(token.text)


def _place_words_before(doc: Document, tokens: list[Token], i: int) -> list[Token]:
    """The capitalized words of a place's name right before `tokens[i]` (a sentence's tokens: "New"
    of "New York-based", "Dunholme" of "Dunholme Bridge-based"), up to two, one space apart: no
    determiner, title, possessive or common word opening the sentence."""
    out: list[Token] = []
    k = i - 1
    while len(out) < 2 and k >= 0 and (t := tokens[k]).kind == "word" \
            and t.text[:1].isupper() and not t.possessive and t.lower not in FUNCTION_WORDS and not _is_role(t) \
            and doc.prose[t.end : tokens[k + 1].start] == " " and not (t.sentence_initial and is_common_english(t.bare)):
        out.insert(0, t)
        k -= 1
    return out


def _based_place(token: Token) -> str | None:
    """"Northport" for the word "Northport-based"."""
    return _based_head(token.text)


def _based_head(text: str) -> str | None:
    if not text.endswith(("based", "Based", "BASED")):
        return None
    for h in HYPHENS[:3]:
        head, sep, tail = text.rpartition(h)
        if sep and head and tail.lower() == "based":
            return head
    return None


def _unit_of_figure(tokens: list[Token], i: int) -> bool:
    """Whether a word joined to the figure before it is its unit ("50MW", "2GW", "28.4Mt",
    "1.48Moz"): an abbreviation, alone or after a scale's letter, and no name."""
    tok = tokens[i]
    if not i or tokens[i - 1].end != tok.start or not tokens[i - 1].text[-1:].isdigit():
        return False
    word = tok.text.lower()
    return word in UNIT_ABBREVIATIONS or (word[:1] in "mk" and word[1:] in UNIT_ABBREVIATIONS)


_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")
# a legal form written with marks, which the tokens split: "Tarrow Wind A/S", "Velmar Banco S.A."
_MARKED_LEGAL_FORM = re.compile(r"(?:[AK]/S|S/A|S\.p\.A\.|S\.A\.S\.|S\.A\.|N\.V\.|B\.V\.|S\.L\.)(?![\w/])")


def in_an_initialism(prose: str, start: int) -> bool:
    """Whether the token at `start` is a letter or a stop of a dotted initialism ("U.S.", "U.K."):
    no name of its own ("U.S. Attorney Ada Moss")."""
    return any(m.start() <= start < m.end() for m in _INITIALISM.finditer(prose, max(0, start - 8), start + 10))


def capitalized_runs(doc: Document, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalized words in one sentence, joined by name connectors ("Bank of
    Defense") and honorific full stops ("Mr. Smith"); a possessive word ends its run."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    i = 0
    n = len(tokens)
    bridged = False  # the run goes on past a nickname in quotes
    while i < n:
        tok = tokens[i]
        if run and len(tok.text) == 1 and doc.prose[run[-1].end : tok.start] == " " \
                and (form := _MARKED_LEGAL_FORM.match(doc.prose, tok.start)) is not None:
            while i < n and tokens[i].start < form.end():  # the form's letters end the name
                run.extend(tokens[i : i + 1] if tokens[i].kind == "word" else ())
                i += 1
            runs.append(run)
            run, bridged = [], False
            continue
        if _capitalized(tok) and not _unit_of_figure(tokens, i) and not (_is_date_word(tok) and not tok.is_all_caps and not _name_between(tokens, i)) and not (
            tok.lower in FUNCTION_WORDS and not tok.sentence_initial and not tok.is_all_caps
        ) and not (len(tok.text) == 1 and in_an_initialism(doc.prose, tok.start)):  # "U.S.": no name
            gap = doc.prose[run[-1].end : tok.start] if run else ""
            if run and not bridged and ((gap.strip(" \t\r\n.") and gap.strip() != "&"
                                         and not _glued_by_connector(run, tok) and not _plural_possessive(run, gap))
                                        or ("\n" in gap and (tok.is_all_caps or run[-1].is_all_caps
                                                             or _a_list_line(doc, run) or _opens_a_name(tok)
                                                             or _broken_short(doc, run, tok)))):
                runs.append(run)
                run = []
            run.append(tok)
            if tok.possessive and not _plural_in_a_name(tokens, i):
                runs.append(run)
                run = []
        elif tok.kind == "punct" and tok.text in _OPENING_QUOTES and run and (after := _nickname_end(tokens, i)):
            i, bridged = after, True  # Konrad "the Anvil" Brisk: the nickname is not part of the name
            continue
        elif tok.kind == "punct" and tok.text == "(" and run and (after := _bracketed_style_end(tokens, i)):
            i, bridged = after, True  # "Chief (Dr) Ivo Pent", "Dr (Mrs) Ada Moss": a second style, in brackets
            continue
        elif tok.kind == "punct" and tok.text == "." and run and run[-1].end == tok.start and (
                run[-1].lower in HONORIFICS or (run[-1].lower in RANK_ABBREVIATIONS and len(run) == 1)):
            pass  # "Mr." and "Lt." keep the run going
        elif tok.kind == "punct" and tok.text == "&" and run and i + 1 < n and _capitalized(tokens[i + 1]):
            pass  # "Corbell & Pike Builders" is one name
        elif tok.kind == "punct" and tok.text in APOSTROPHES and run and run[-1].end == tok.start and i + 1 < n \
                and _capitalized(tokens[i + 1]) and _plural_possessive(run, doc.prose[tok.start : tokens[i + 1].start]):
            pass  # "Workers' Union" keeps the run going
        elif (
            tok.kind == "word" and run and _is_connector(tok) and _connects_to_name(tokens, i)
        ):
            run.append(tok)
        else:
            if run:
                runs.append(run)
            run = []
        bridged = False
        i += 1
    if run:
        runs.append(run)
    # a run never ends on a connector; "and" joins only an organization's name ("Coastal and
    # Harbour Workers' Union"), not two names ("Moss and Pent")
    runs = [part for r in runs for part in _split_at_and(r) for part in _split_person_of(part)
            for part in _split_after_a_country(part)]
    runs = [r[1:] if len(r) > 2 and r[0].is_all_caps and r[0].lower in POSITION_ABBREVIATIONS else r for r in runs]
    return [r[: _last_cap(r) + 1] for r in runs if _last_cap(r) >= 0]


_OPENING_QUOTES = frozenset('"“‘')
_CLOSING_QUOTES = frozenset('"”’')


def _nickname_end(tokens: list[Token], i: int) -> int | None:
    """After a name word, a nickname in quotes ('Konrad "the Anvil" Brisk'): the index of the
    name word after the closing quote; None if the quote is not a short nickname between names."""
    for k in range(i + 1, min(i + 6, len(tokens))):
        tok = tokens[k]
        if tok.kind == "punct" and tok.text in _CLOSING_QUOTES:
            return k + 1 if k > i + 1 and k + 1 < len(tokens) and _capitalized(tokens[k + 1]) else None
        if tok.kind != "word":
            return None
    return None


def _bracketed_style_end(tokens: list[Token], i: int) -> int | None:
    """After a style ("Chief", "Dr"), another in brackets before the name ("Chief (Dr) Ivo Pent"): the
    index of the name word after the closing bracket; None otherwise."""
    k = i + 1
    if k >= len(tokens) or tokens[k].kind != "word" or tokens[k].lower.rstrip(".") not in HONORIFICS:
        return None
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    return k + 1 if k + 1 < len(tokens) and tokens[k].text == ")" and _capitalized(tokens[k + 1]) else None


def _split_person_of(run: list[Token]) -> list[list[Token]]:
    """ "Carla Brennan of Tarrow Valley Police", "Ivo Pent for Halden Pictures": a person's name,
    then "of" or "for" and where they work, is two names; "Bank of Velmora", "Minister of Health",
    "Isle of Tarn" stay one. The two words
    before "of" must be a person's (name-cased, neither an organization's, a place's nor a role)."""
    at = next((k for k, t in enumerate(run) if t.lower in ("of", "for")), -1)
    if at < 2 or at == len(run) - 1:
        return [run]
    person = run[at - 2 : at]
    if not all(_name_cased(t) and not t.is_all_caps and fold(t.bare) not in ORG_WORDS and fold(t.bare) not in PLACE_WORDS
               and not is_role_noun(t.lower) and t.lower not in ROLE_MODIFIERS for t in person):
        return [run]
    return [run[:at], run[at + 1 :]]


def _split_after_a_country(run: list[Token]) -> list[list[Token]]:
    """ "the Republic of Velmora Ada Moss" (a translated title's "Minister of Health of the Republic
    of Velmora Ada Moss"): a country's whole name, then a person's two or three name-cased words,
    is two names; "Velmora Airways" and "Velmora Rugby Football Union" stay one, and so does a
    ship's "MV Tarrow Trader" (whatever country's code "MV" is)."""
    if len(run) < _COUNTRY_AND_PERSON or run[-1].lower in _COUNTRY_TAILS:
        return [run]
    for k in range(len(run) - 2, 0, -1):
        person = run[k:]
        if len(person) <= 3 and not any(t.is_all_caps for t in run[:k]) and _a_country(run[:k]) and all(
                _name_cased(t) and not t.is_all_caps and fold(t.bare) not in ORG_WORDS and fold(t.bare) not in PLACE_WORDS
                and not is_role_noun(t.lower) and t.lower not in ROLE_MODIFIERS for t in person):
            return [run[:k], person]
    return [run]


_COUNTRY_AND_PERSON = 3  # words at least: a country's one, a person's two
_COUNTRY_TAILS = {"republic", "kingdom", "federation", "islands", "emirates", "states"}


def _connects_to_name(tokens: list[Token], i: int) -> bool:
    """Whether the connector at `i`, alone or with one more ("de la", "van der"), leads to a
    capitalized word: "Ines de la Fuente", "Bank of Velmora"."""
    for j in (i + 1, i + 2):
        if j >= len(tokens):
            return False
        if _capitalized(tokens[j]):
            return True
        if not (tokens[j].kind == "word" and _is_connector(tokens[j])):
            return False
    return False


def _split_at_and(run: list[Token]) -> list[list[Token]]:
    """ "Ada Moss and Ivo Pent" is two names; "Daegang Investment & Securities", with an
    ampersand, and "Bank of Tarrow and Halden", ending in an organization word, are one."""
    if not any(t.lower == "and" for t in run) or any(t.text == "&" for t in run) or fold(run[-1].bare) in ORG_WORDS:
        return [run]
    parts: list[list[Token]] = [[]]
    for t in run:
        if t.lower == "and":
            parts.append([])
        else:
            parts[-1].append(t)
    return [p for p in parts if p]


def _plural_in_a_name(tokens: list[Token], i: int) -> bool:
    """Whether possessive token `i` is a plural without an s inside a name, before another of its
    capitalized words: "Fishermen's Association", "Women's Institute", "Children's Hospital"."""
    return tokens[i].bare.lower().endswith(_PLURALS_WITHOUT_S) and i + 1 < len(tokens) \
        and tokens[i + 1].sentence == tokens[i].sentence and _capitalized(tokens[i + 1])


_PLURALS_WITHOUT_S = ("men", "people", "children", "folk")


def _plural_possessive(run: list[Token], gap: str) -> bool:
    """ "Workers' Union", "Senior Citizens' Advice Bureau": a plural possessive inside a name (an
    apostrophe right after an s, then a space); "Harbourline's chief" ends its run at the 's."""
    return gap[:1] in APOSTROPHES and gap[1:].isspace() and "\n" not in gap and run[-1].text[-1:] in "sS"


_LIST_LINE = 45  # characters: a line this short that ends in a name is a list's item, not wrapped prose


def _a_list_line(doc: Document, run: list[Token]) -> bool:
    """Whether the run fills a short line of its own ("Cr Fenella Drysdale-Marr" in a minutes' list
    of those present, one to a line): the name on the next line is another, not this one wrapped
    ("The harbour chief, Ada\nMoss" is one name)."""
    start = doc.prose.rfind("\n", 0, run[-1].start) + 1
    return run[0].start <= start + 1 and run[-1].end - start < _LIST_LINE


def _counted_compound(tok: Token) -> bool:
    """Whether a hyphenated word opens with a number word, the rest in lower case: "Fifteen-year-old",
    "Two-time", "Four-day" (not a name's "One-Day Cup")."""
    parts = tok.text.split("-")
    return len(parts) > 1 and parts[0].lower() in _COUNTING_WORDS and parts[1][:1].islower()


_COUNTING_WORDS = NUMBER_WORDS.keys() | {"one"}


def _an_opening_descriptor(doc: Document, tok: Token) -> bool:
    """Whether a hyphenated English word, the rest in lower case, opens the sentence (or follows a
    "p.m." that may end one): "Left-hander Ada Moss starts", a description of the name after it,
    not its first word (a name's "Jean-Paul" goes on in capitals)."""
    parts = tok.bare.split("-")
    return len(parts) > 1 and all(part.isalpha() and part.islower() for part in parts[1:]) \
        and (tok.sentence_initial or _after_a_clock_abbreviation(doc, tok)) and is_english(tok.bare) \
        and is_common_english(parts[0]) and national_place(parts[0]) is None  # not "Venezuelan-born"


def _portfolio_at(run: list[Token]) -> int:
    """Where an office's portfolio follows: its "for" ("Minister of State for Rail"), else its "of"; -1."""
    at = next((k for k, t in enumerate(run) if t.lower == "for"), -1)
    return at if at >= 0 else next((k for k, t in enumerate(run) if t.lower == "of"), -1)


def _office_for_a_portfolio(run: list[Token]) -> bool:
    """Whether a run is an office's words, then "for" or "of" and a portfolio of one to five common
    words and connectors: "Minister of State for Rail", "Cabinet Member for Planning and Growth", "Head
    of Water Resources" ("Bank of Tarrow" has no office, "Governor of Tarrow" no common word after it)."""
    at = _portfolio_at(run)
    office, portfolio = run[:at], run[at + 1 :]
    return at > 0 and any(_is_role_head(t) for t in office) and all(_is_role(t) or _is_connector(t) for t in office) \
        and 0 < len(portfolio) <= 5 and all(is_common_english(t.bare) or _is_connector(t) for t in portfolio)


def _name_after_a_portfolio(doc: Document, run: list[Token], vocab: Vocabulary) -> int:
    """How many of a run's last words are a person's name after an office's "of" and its portfolio
    ("Minister of Health Ada Moss", "Director of Football Ivo Pent"): two capitalized words, after at
    least one of the portfolio's, whose last the draft also writes on its own elsewhere ("Moss said"),
    the sources know as a name's word, or of which one is no common English word ("Minister of
    Defence Aurelle Essenby"); else 0 (a portfolio of three words: "of Water Resources")."""
    at = _portfolio_at(run)
    if at < 0 or len(run) - at - 1 < 3:
        return 0
    first, last = run[-2], run[-1]
    if not all(t.kind == "word" and _capitalized(t) and not _is_role(t) and not _is_connector(t)
               and t.bare.lower() not in ORG_WORDS for t in (first, last)):
        return 0
    if fold(last.bare) in vocab.name_words or not (is_common_english(first.bare) and is_common_english(last.bare)):
        return 2
    alone = re.compile(rf"(?<![\w'’-])(?<!{re.escape(first.bare)} ){re.escape(last.bare)}(?![\w'’-])")
    return 2 if any(m.start() != last.start for m in alone.finditer(doc.prose)) else 0


def _portfolio_for(rest: list[Token]) -> bool:
    """Whether the words after a role head are "for" and a portfolio of common words ("Deputy
    Governor for Financial Stability"), though a portfolio word may be a role's too ("financial")."""
    return len(rest) > 1 and rest[0].lower == "for" and all(is_common_english(t.bare) for t in rest[1:])


def _broken_short(doc: Document, run: list[Token], tok: Token) -> bool:
    """Whether the run ends a short line and the next word opens another short one: lines of a
    list ("Ivo Pent, Deputy Governor for Monetary Policy" over "Ada Moss, Deputy Governor for
    Financial Stability"), not prose wrapped at its width. Read from the two lines alone, so a
    paragraph reads the same whatever the rest of the document holds."""
    line_start = doc.prose.rfind("\n", 0, run[-1].start) + 1
    line_end = doc.prose.find("\n", run[-1].end)
    if line_end < 0 or doc.prose[run[-1].end : line_end].strip() or doc.prose[line_end : tok.start].strip() \
            or not any(_is_role(t) for t in run):
        return False  # a list's line ends with a title; "The harbour chief, Ada\nMoss" is one name wrapped
    next_end = doc.prose.find("\n", tok.start)
    next_end = len(doc.prose) if next_end < 0 else next_end
    return line_end - line_start < _SHORT_LINE and next_end - tok.start < _SHORT_LINE


_SHORT_LINE = 60  # characters: shorter than prose wrapped at its usual 65 to 80


def _opens_a_name(tok: Token) -> bool:
    """Whether the word opens a person's name ("Cllr", "Dr", "Mr"): after a line break it begins a
    name of its own ("Grant application: Tarrow Bowls Club" heading a line, "Cllr Ada Moss left"
    the next), not the wrapped rest of the name before it."""
    return tok.lower.rstrip(".") in HONORIFICS or tok.lower in RANK_ABBREVIATIONS


def _glued_by_connector(run: list[Token], tok: Token) -> bool:
    return run[-1].lower in NAME_CONNECTORS


def _last_cap(run: list[Token]) -> int:
    for k in range(len(run) - 1, -1, -1):
        if _capitalized(run[k]):
            return k
    return -1


def extract_names(doc: Document, vocab: Vocabulary, sentences: list[Sentence] | None = None) -> list[NameMention]:
    """The names of the draft's sentences (or of `sentences`, a paragraph's), in text order."""
    mentions: list[NameMention] = []
    for sentence in doc.sentences if sentences is None else sentences:
        tokens = doc.sentence_tokens(sentence.index)
        for run in capitalized_runs(doc, tokens):
            mentions.extend(_split_run(doc, run, vocab, tokens))
    return mentions


def _split_run(doc: Document, run: list[Token], vocab: Vocabulary, sentence_tokens: list[Token]) -> list[NameMention]:
    """One capitalized run -> its name mentions (the name, and the affiliation before a title)."""
    if _is_shouted_heading(doc, run):
        return []
    # Drop a common word that is capitalized only because it opens the sentence ("The", "Efforts"),
    # but not from a name in capitals: "NEW HALDEN" opens a dateline as one name.
    shouted = len(run) > 1 and all(t.is_all_caps for t in run if t.kind == "word")
    if run and run[0].lower in TITLE_TAILS and _after_role_and_in(sentence_tokens, run[0]):
        run = run[1:]  # "Special Agent in Charge Ada Moss": the title's tail, then the name
    while run and not shouted and ((run[0].sentence_initial and vocab.is_common(run[0].bare)
                                    and not _is_role(run[0]) and run[0].lower not in HONORIFICS)
                                   or run[0].lower in _NOT_A_NAME_START
                                   or (len(run) > 1 and any(c.isdigit() for c in run[0].text))  # "Q14 Ada Moss:"
                                   or _counted_compound(run[0])  # "Fifteen-year-old Ada Moss", "Two-time"
                                   or (len(run) > 2 and _an_opening_descriptor(doc, run[0]))):  # "Left-hander Ada Moss"
        run = run[1:]  # "The", "Efforts" opening a sentence; "Former", "Four" before a name
        while run and not _capitalized(run[0]):
            run = run[1:]
    if not run:
        return []
    if all(_is_role(t) or _is_connector(t) or _ends_a_compound_rank(run, k) or _ends_a_compound_rank(run, k + 1)
           for k, t in enumerate(run)) \
            or _office_for_a_portfolio(run):
        if (named := _name_after_a_portfolio(doc, run, vocab)) and _office_for_a_portfolio(run[:-named]):
            # "Minister of Health Ada Moss said ... Moss added": the office, then its holder
            name = _mention(doc, run[-named:], vocab, None, sentence_tokens, title=tuple(t.index for t in run[:-named]))
            return [name] if name else []
        return []  # a title with no name: "the President said", "Director of Finance", "Minister of State for Rail"
    if run[-1].kind == "word" and _is_role_head(run[-1]):
        # "Velmoran Defense Minister will ...": a title without a name; keep the affiliation only
        k = len(run)
        while k > 0 and (_is_role(run[k - 1]) or _between_roles(run, k - 1)):
            k -= 1  # "Chief Equity Strategist": a common word between role words is the title's too
        run = run[:k]
        if not run:
            return []
    honorific = None
    run = run[style_of_address(run, 0):]
    if not run:
        return []
    while len(run) > 2 and run[0].lower in STYLE_GRADES and run[1].lower in HONORIFICS:
        run = run[1:]  # "the Most Rev Ada Moss": the style's grade, then the style
    if run[0].lower in HONORIFICS and len(run) > 1:
        honorific = run[0].lower
        run = run[1:]
    elif (k := next((k for k, t in enumerate(run[1:-1], 1) if t.lower in HONORIFICS), 0)) \
            and not any(_is_role(t) for t in run[:k]):
        # "Co-author Dr Osric Brannagh" opening a sentence: a description, then the person; "Tarrow
        # Council Cllr Ada Moss": a body, then its member
        described = [] if all(t.sentence_initial or is_common_english(t.bare) for t in run[:k]) \
            else _split_run(doc, run[:k], vocab, sentence_tokens)
        return described + _split_run(doc, run[k:], vocab, sentence_tokens)
    # title inside the run: the last role head followed by non-role capitalized words
    head_at = -1
    for k, tok in enumerate(run):
        if (_is_role_head(tok) or _ends_a_compound_rank(run, k) or _a_major_before_a_name(run, k)) and k + 1 < len(run) and (
                not any(_is_role(t) for t in run[k + 1 :]) or _portfolio_for(run[k + 1 :])
                # "Minister of Finance Ada Moss": a portfolio's words may be a role's ("finance")
                or (run[k + 1].lower == "of" and not any(is_role_noun(t.lower) for t in run[k + 1 :]))) \
                and not (k > 0 and run[k - 1].lower in _PATRONYMICS):  # "Hilal bin Sultan": a father's name
            head_at = k
    has_org_word = any(fold(t.bare) in ORG_WORDS or t.bare.lower() in ORG_WORDS for t in run[head_at + 1 :])
    body_named = has_org_word  # "of Tarrow Borough Council": a body, not a department ("of Finance")
    if head_at >= 0 and head_at + 2 < len(run) and _is_connector(run[head_at + 1]) \
            and all(_is_role(t) for t in run[:head_at]):
        # "Head of Modern Pictures", "Chief Executive of Tarrow Borough Council": an office and
        # the body it serves, whatever heads that
        has_org_word = False
    if head_at >= 0 and not has_org_word:
        first_role = head_at
        while first_role > 0 and not run[first_role - 1].possessive and (
                _is_role(run[first_role - 1]) or _is_portfolio(run[first_role - 1], run[head_at])
                or (first_role < head_at and run[first_role - 1].lower in COMPASS_WORDS)  # "Northern Affairs Minister"
                or (first_role == 1 and run[0].lower in _COURT_PLACES)  # "District Judge", "State Senator"
                or _ends_a_compound_rank(run, first_role)):  # "Petty Officer", "Regimental Sergeant Major"
            first_role -= 1
        title = tuple(t.index for t in run[first_role : head_at + 1])
        name_tokens = run[head_at + 1 :]
        if "\n" in doc.prose[run[head_at].end : name_tokens[0].start]:
            # "Ada Moss, Chair\nDr Ivo Pent, Chief Executive": the line's title is its own name's
            name = _mention(doc, name_tokens, vocab, honorific, sentence_tokens)
            return [name] if name else []
        if len(name_tokens) == 1 and name_tokens[0].lower in RANK_GRADES and _number_after(doc, name_tokens[0]):
            name_tokens = []  # "Warrant Officer Class 1 Ivo Pent": the rank's grade, the name after the number
        if honorific is None and len(name_tokens) > 1 and name_tokens[0].lower in HONORIFICS:
            honorific = name_tokens[0].lower  # "Chief Minister Smt. Ada Velkar": the honorific after the title
            name_tokens = name_tokens[1:]
        affiliation_tokens = run[:first_role]
        affiliation = _mention(doc, affiliation_tokens, vocab, None, sentence_tokens) if affiliation_tokens else None
        if affiliation is not None:
            affiliation.certain = True  # "Velmoran" before "Defense Minister" is a name even at a sentence start
            if len(affiliation.words) == 1 and affiliation.kind == "thing" and not affiliation.possessive:
                affiliation.kind = "nationality"  # a lone adjective before a title: "Velmoran Defense Minister"
        if not name_tokens:
            return [affiliation] if affiliation else []
        if _is_connector(name_tokens[0]):
            # "Head of Modern Pictures", "Director of Finance": an office and its department, no one's name;
            # "Director of Football Ivo Pent": the office, then its holder
            named = 0 if body_named else _name_after_a_portfolio(doc, name_tokens, vocab)
            department = _mention(doc, name_tokens[1 : len(name_tokens) - named], vocab, None, sentence_tokens)
            if department is not None:
                department.kind, department.certain = "organization", body_named
            holder = _mention(doc, name_tokens[-named:], vocab, honorific, sentence_tokens,
                              title=title + tuple(t.index for t in name_tokens[:-named])) if named else None
            return [m for m in (affiliation, department, holder) if m]
        name = _mention(doc, name_tokens, vocab, honorific, sentence_tokens, title=title)
        if name is None:
            return [affiliation] if affiliation else []
        name.affiliation = affiliation
        return [m for m in (affiliation, name) if m]
    if len(run) > 1 and _looks_national(run[0]) and not honorific and not any(t.bare.lower() in ORG_WORDS for t in run) \
            and not _given_name_like(doc, run) and not _a_country(run):
        # "the Velmoran Daily Star newspaper": a nationality adjective before a name; not "the
        # Dominican Republic", one country
        first = _mention(doc, run[:1], vocab, None, sentence_tokens)
        if first:
            first.kind = "nationality"
        return [m for m in (first, *_split_run(doc, run[1:], vocab, sentence_tokens)) if m]
    mention = _mention(doc, run, vocab, honorific, sentence_tokens)
    return [mention] if mention else []


def style_of_address(tokens: list[Token], i: int) -> int:
    """How many tokens from `i` a style of address takes ("Royal Highness" in "His Royal Highness
    Ivo Pent", "Excellency" in "Her Excellency Ada Moss"), 0 where none opens there: how one is
    addressed, no part of a name; its "His" or "Her" no pronoun for someone named before."""
    k = i
    while k < len(tokens) and tokens[k].lower in STYLE_EPITHETS:
        k += 1
    return k + 1 - i if k < len(tokens) and tokens[k].lower in STYLES_OF_ADDRESS and tokens[k].text[0].isupper() else 0


def _a_country(run: list[Token]) -> bool:
    """Whether a run is a country's whole name ("Dominican Republic", "Czech Republic")."""
    place = place_of(" ".join(t.bare for t in run))
    return place is not None and place.kind == "country"


# an age set off by commas right after a name (a team's score has no closing comma)
_APPOSED_AGE = re.compile(r",\s*(?:1[4-9]|[2-9]\d|1[01]\d),(?!\d)")
_AFTER_A_TIME = re.compile(r"(?:\d[:.]\d\d|\d\s*[ap]\.?m\.?|\btimes?)\s+$", re.I)


def _is_shouted_heading(doc: Document, run: list[Token]) -> bool:
    """ "THE MORNING UNFOLDED", "WHAT HAPPENS NEXT": words in capitals that a function word joins,
    or three and more of them, are a heading; an acronym or a dateline ("NEW HALDEN") stays a name, and
    so does a person's after an honorific ("DR ADA MOSS:" labelling a transcript's turn) or, labelling
    one, after an office or a rank ("CHIEF CONSTABLE ADA MOSS:", "DET SUPT PENT:")."""
    words = [t for t in run if t.kind == "word"]
    if not words or not all(t.is_all_caps for t in words):
        return False
    if _in_a_caption(doc, words):
        return False  # "SUPER: CLLR ADA MOSS / COUNCIL LEADER": a name by its place
    if _a_headline_in_capitals(doc, words):
        return True  # "MAZZY'S HEARTBREAK: 'DORISOL' CALL IT QUITS": no word of it told apart as a name
    return len(words) >= 2 and (
        (len(words) >= 3 and not (len(words) <= 4 and words[0].lower.rstrip(".") in HONORIFICS)
         and not (len(words) <= 5 and _office_labelled(doc, words)))
        or any(t.lower in FUNCTION_WORDS for t in words)
        or (all(is_english(t.bare) for t in words) and _a_line_of_its_own(doc, words)))  # "KEY MEN (caps, goals)"


# a broadcast script's caption over the words of whom it names: "SUPER: ADA MOSS / OWNER, TARROW BAKERY"
_CAPTION = re.compile(r"^[ \t]*(?:SUPER|CAPTION|ASTON|CG|LOWER THIRD)[ \t]*:[ \t]*(?P<name>[^/\n]+?)[ \t]*/"
                      r"[ \t]*(?P<role>[^\n]+?)[ \t]*$", re.M)
_CAPTION_WORDS = ("SUPER", "CAPTION", "ASTON", "CG", "LOWER THIRD")  # a cheap test before the pattern


def captions(doc: Document, start: int, end: int) -> list[re.Match]:
    """The captions of a broadcast script between `start` and `end` of its prose, in order (most
    drafts have none: a substring test first)."""
    lo = doc.prose.rfind("\n", 0, start) + 1
    hi = doc.prose.find("\n", end)
    hi = len(doc.prose) if hi < 0 else hi
    text = doc.prose[lo:hi]
    return list(_CAPTION.finditer(doc.prose, lo, hi)) if any(w in text for w in _CAPTION_WORDS) else []


def caption_at(doc: Document, line: int, end: int) -> re.Match | None:
    """The caption the line from `line` to `end` of the prose is, if it is one."""
    return _CAPTION.match(doc.prose, line, end) if any(w in doc.prose[line:end] for w in _CAPTION_WORDS) else None


def caption_name(m: re.Match, names: list[NameMention]) -> NameMention | None:
    """The name a caption gives ("ADA MOSS" of "SUPER: CLLR ADA MOSS / COUNCIL LEADER")."""
    return next((n for n in names if m.start("name") <= n.start and n.end <= m.end("name")), None)


def _in_a_caption(doc: Document, words: list[Token]) -> bool:
    """Whether words lie in the name part of a broadcast script's caption."""
    line = doc.prose.rfind("\n", 0, words[0].start) + 1
    end = doc.prose.find("\n", words[-1].end)
    caption = caption_at(doc, line, end if end >= 0 else len(doc.prose))
    return caption is not None and caption.start("name") <= words[0].start and words[-1].end <= caption.end("name")


def _a_headline_in_capitals(doc: Document, words: list[Token]) -> bool:
    """Whether words lie on a line of four words or more written wholly in capitals, no label's
    ("DR ADA MOSS:"), that a blank line and prose in lower case follow: a tabloid's or a bulletin's
    headline, whose names the story writes again (a statement all in capitals has no headline: its
    lines are its text)."""
    start = doc.prose.rfind("\n", 0, words[0].start) + 1
    end = doc.prose.find("\n", words[-1].end)
    line = doc.prose[start : end if end >= 0 else len(doc.prose)].strip()
    if len(line.split()) < 4 or line.endswith(":") or any(c.islower() for c in line) or end < 0:
        return False
    after = doc.prose[end + 1 : end + 200].split("\n")
    if not after or after[0].strip():
        return False  # a label's line right above its words ("SUPER: ADA MOSS / OWNER" over her quote)
    following = next((text for text in after if text.strip()), "")
    return any(c.islower() for c in following)


def _a_line_of_its_own(doc: Document, words: list[Token]) -> bool:
    """Whether words in capitals make a line of their own, a bracket's note at most after them
    ("EARLY RISERS", "KEY MEN (caps, goals)"): a section's heading, not a dateline's "NEW YORK, Feb 3"."""
    before = doc.prose[: words[0].start].rstrip(" \t")
    return (not before or before.endswith("\n")) and _LINE_END.match(doc.prose, words[-1].end) is not None


_LINE_END = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*(?:\n|$)")


def _office_labelled(doc: Document, words: list[Token]) -> bool:
    """Whether capitals open with an office or a rank and end at a label's colon: "CHIEF CONSTABLE ADA MOSS:"."""
    return (_is_role(words[0]) or words[0].lower.rstrip(".") in RANK_ABBREVIATIONS) \
        and doc.prose[words[-1].end : words[-1].end + 1] == ":"


def _given_name_like(doc: Document, run: list[Token]) -> bool:
    """ "Hamish Tregowan", "Adrian Vale": two name words (or a family name of two: "Hinewai Te
    Orrelby"), the first of which the gazetteer does not
    know as a nationality, with no article before them, are a person's first name and surname (a
    nationality before a name is "the Velmoran Daily Star", or one the gazetteer knows). A team
    named for a region the gazetteer lacks ("Cornish Reds") reads as a person too: rarer, and
    no claim follows from it alone."""
    before = _token_before(doc, run[0])
    return (len(run) == 2 or (len(run) == 3 and run[1].lower in _SURNAME_PARTICLES)) and place_of(run[0].bare) is None \
        and not (before is not None and before.lower in ("the", "a", "an"))


# the first word of a family name of two ("Hinewai Te Orrelby", "Ada van Tarrow", "Síle Ní Bhraonáin")
_SURNAME_PARTICLES = frozenset({"te", "van", "von", "de", "da", "di", "del", "della", "du", "dos", "das", "le", "la",
                                "mac", "mc", "ní", "nic", "ó", "ua", "al", "el", "ter", "ten", "zu", "bin", "ibn", "ap"})


def _looks_national(tok: Token) -> bool:
    """A nationality adjective: one the gazetteer knows, or, for a word it does not know, one ending
    as most do ("-ian", "-ese", "-ish", "-i"). Not "-ch": the gazetteer has "French" and "Dutch",
    and an unknown "-wich" or "-ich" word is a town ("Harwich City") as often as not."""
    if tok.is_all_caps:
        return False
    place = place_of(tok.bare)
    if place is not None:
        return place.kind == "demonym"
    w = tok.bare.lower()
    return (w.endswith(("ish", "ian", "ese", "i")) and len(w) > 4) or born_in(tok.bare) is not None  # "Swedish-born"


def _mention(
    doc: Document, tokens: list[Token], vocab: Vocabulary, honorific: str | None, sentence_tokens: list[Token],
    title: tuple[int, ...] = (),
) -> NameMention | None:
    while tokens and (not _capitalized(tokens[-1]) or _is_postnominal(tokens)):
        tokens = tokens[:-1]
    if not tokens:
        return None
    words = tuple(t.bare for t in tokens)
    spans = tuple((t.start, t.bare_end) for t in tokens)
    start, end = tokens[0].start, tokens[-1].bare_end
    if len(tokens) == 1 and tokens[0].is_all_caps and _AFTER_A_TIME.search(doc.prose, max(0, start - 16), start):
        return None  # "09:50 BST", "7 p.m. EST", "All times GMT": a time zone, not a name
    # "Duffy, 37, has joined": an age set off by commas makes a sentence's first word a name (whose,
    # where two people share a surname, the rest of the source says)
    aged = len(tokens) == 1 and bool(_APPOSED_AGE.match(doc.prose, end))
    opens = tokens[0].sentence_initial or _after_a_clock_abbreviation(doc, tokens[0])  # "at 2 p.m. Rides are free"
    certain = not (opens and len(tokens) == 1 and not honorific and not title and not aged)
    kind = _guess_kind(doc, tokens, honorific, bool(title), sentence_tokens)
    return NameMention(
        start=start, end=end, text=doc.text[start:end], words=words, word_spans=spans, kind=kind,
        sentence=tokens[0].sentence, first_token=tokens[0].index, last_token=tokens[-1].index + 1,
        possessive=tokens[-1].possessive, honorific=honorific, certain=certain, title_tokens=title,
    )


def _after_a_clock_abbreviation(doc: Document, tok: Token) -> bool:
    """Whether a word follows "a.m." or "p.m.", which may end a sentence the splitter kept whole."""
    return _CLOCK_BEFORE.search(doc.prose, max(0, tok.start - 8), tok.start) is not None


_CLOCK_BEFORE = re.compile(r"\b[ap]\.\s?m\.\s+$", re.I)


# What follows "CITY," in a dateline: a date, or a region before the agency's dash ("TARN, Velmar (AP) -")
# what follows a dateline's place and comma: a date, or a state or agency before a dash; not an age
# ("PRIYA VALE, 41 - Green Tide" heads a candidate's entry)
_DATELINE_REST = re.compile(
    r"(?![ \t]*\d{1,3}[ \t]*[-\u2013\u2014,])"
    r"[ \t]*(?:\d|(?i:" + "|".join(WEEKDAYS + MONTH_NAMES + MONTH_ABBREVIATIONS) + r")\b|[^\n]{0,40}?(?:\(|\s[-\u2013\u2014]\s))")


def _guess_kind(doc: Document, tokens: list[Token], honorific: str | None, titled: bool, sentence_tokens: list[Token]) -> str:
    folded = [fold(t.bare) for t in tokens]
    if honorific or titled:
        return "person"
    if any(c.isdigit() for t in tokens for c in t.bare) or any(_LETTER_WORD.match(t.bare) for t in tokens):
        return "thing"  # "Airbus A321neo", "Boeing 737": a model; "A-level Chemistry": a subject; no one's name
    if any(w in ORG_WORDS or t.bare.lower() in ORG_WORDS for w, t in zip(folded, tokens)) or (len(tokens) == 1 and tokens[0].is_all_caps and len(tokens[0].bare) <= 5) \
            or legal_form_length(tuple(t.bare for t in tokens)):
        return "organization"
    if len(tokens) > 1 and "&" in doc.prose[tokens[0].start : tokens[-1].end]:
        return "organization"  # "Corbell & Pike": a firm
    if len(tokens) > 1 and (folded[-1] in PLACE_WORDS or tokens[-1].bare.lower() in PLACE_WORDS  # "Heights" as written
                            or tokens[0].lower in COMPASS_WORDS
                            or tokens[0].lower.rstrip(".") in PLACE_OPENERS):
        return "place"
    before = _token_before(doc, tokens[0])
    after = _token_after(doc, tokens[-1])
    if before is not None and before.lower == "of" and (noun := _token_before(doc, before)) is not None \
            and noun.lower in PLACE_OF_NOUNS:
        return "place"  # "the island of Innis Corra"
    if before is not None and before.lower in VESSEL_NOUNS:
        return "thing"  # "the trawler Velmar Gale": a boat's name
    if before is not None and before.lower in ORG_NOUNS and not _role_compound(doc, before):
        return "organization"
    if before is not None and before.lower in ("in", "near", "across", "into") and len(tokens) > 1:
        return "place"
    if all(t.is_all_caps for t in tokens) and tokens[0].sentence_initial and after is not None and after.text == "," \
            and _DATELINE_REST.match(doc.prose, after.end):
        return "place"  # a wire dateline: "CITY, Month Day", "NEW CITY, Month Day"; not a transcript's
        # "ADA MOSS, Tarrow head coach"
    if len(tokens) == 1 and (place := national_place(tokens[0].bare)) is not None:
        return "nationality" if place.kind == "demonym" else "place"
    if len(tokens) == 1 and born_in(tokens[0].bare):
        return "nationality"  # "Swedish-born": a nationality by birth
    if len(tokens) > 1 and (place := place_of(" ".join(t.bare for t in tokens))) is not None \
            and place.kind in ("region", "country"):
        return "place"  # "Latin America", "Melanesia", "New Zealand": a region or country of the world, no one's name
    if len(tokens) == 1:
        word = tokens[0].bare
        if word.lower().endswith(_NATIONALITY_SUFFIXES) and not tokens[0].possessive and after is not None and (
            after.kind == "word" and (not after.text[0].isupper() or _is_role(after)) and after.lower not in FUNCTION_WORDS
            and after.lower not in REPORTING_VERBS and not _PARTICLE_PREFIX.match(word)
        ):  # "Iraqi officials"; not "al-Haddawi said"
            return "nationality"
        if before is not None and before.lower in PLACE_PREPOSITIONS:
            return "place"
        return "thing"
    if before is not None and before.lower in ("the", *ORDINAL_WORDS):
        return "thing"  # "the Dales Courier": no person's name follows "the"; "a second Tarrow Cup" is won
    if before is not None and before.lower in POSSESSIVE_DETERMINERS and after is not None and after.kind == "word" \
            and after.text[0].islower() and after.lower not in FUNCTION_WORDS and after.lower not in REPORTING_VERBS:
        return "thing"  # "their Furlong Lane ground", "her Tarrow Road flat": a name that qualifies a noun
    of = next((k for k, t in enumerate(tokens) if 0 < k < len(tokens) - 1 and t.lower == "of"), None)
    if of is not None and (place_of(" ".join(t.bare for t in tokens[of + 1 :])) is not None
                           or is_common_english(tokens[0].bare)):
        return "thing"  # "Agriculture of Iceland", the end of a minister's title: no one is "X of Iceland"
    if before is not None and before.lower in ("of", "for") and (named := _token_before(doc, before)) is not None \
            and _name_cased(named) and not named.is_all_caps:
        return "thing"  # "Ada Moss of Quillfoss Brandt": where she works or lives, no one's name
    parts = [t for t in tokens if not _is_connector(t)]
    return "person" if all(_name_cased(t) for t in parts) and len(parts) <= 4 else "thing"


_LETTER_WORD = re.compile(r"[A-Z][-\u2010\u2011][a-z]")  # "A-level", "X-ray", "T-shirt": a word, not a name's




# A lone word that names the level of an office before its title, not a place: "District Judge Ada
# Moss", "County Attorney", "State Senator", "Circuit Judge"
_COURT_PLACES = {"district", "county", "state", "city", "borough", "circuit", "parish", "town", "regional", "provincial"}


def _role_compound(doc: Document, noun: Token) -> bool:
    """ "Crane operator" in "Crane operator Ada Moss": an organization noun after a capitalized word
    (other than a nationality) names a trade, not the organization the name is."""
    prev = _token_before(doc, noun)
    return prev is not None and prev.is_capitalized and national_place(prev.bare) is None


def _token_before(doc: Document, tok: Token) -> Token | None:
    i = tok.index - 1
    return doc.tokens[i] if i >= 0 and doc.tokens[i].sentence == tok.sentence else None


def _token_after(doc: Document, tok: Token) -> Token | None:
    i = tok.index + 1
    return doc.tokens[i] if i < len(doc.tokens) and doc.tokens[i].sentence == tok.sentence else None


def _based_at(prose: str) -> list[int]:
    """Where the prose writes a hyphen and "based" as every word `_based_place` reads ends (" - ":
    a spaced hyphen the tokenizer joined), in text order; found by `str.find`, a C loop."""
    out = []
    for form in ("based", "Based", "BASED"):
        i = prose.find(form, 1)
        while i >= 0:
            if prose[i - 1] in HYPHENS[:3]:
                out.append(i - 1)
            elif prose[i - 3 : i] == " - ":
                out.append(i - 3)
            i = prose.find(form, i + 1)
    return sorted(out)


def based_descriptors(doc: Document) -> list[tuple[Token, NameMention]]:
    """Words like "Northport-based": the word and a place mention for the part before the hyphen.
    Only the tokens around a hyphen and "based" are read (found by a search, not a token loop)."""
    out = []
    seen = -1
    for at in _based_at(doc.prose):
        sentence = doc.sentence_at(at)
        if sentence is None:
            continue
        tokens = doc.sentence_tokens(sentence.index)  # the sentence's alone: a document's tokens may not be made yet
        i = bisect.bisect_right(tokens, at, key=attrgetter("start")) - 1
        if i < 0 or tokens[i].index <= seen:
            continue
        tok = tokens[i]
        seen = tok.index
        place = _based_place(tok) if tok.kind == "word" and tok.text[0].isupper() else None
        if place:
            before = _place_words_before(doc, tokens, i)  # "Dunholme" of "the Dunholme Bridge-based society"
            words = (*(t.text for t in before), place)
            spans = (*((t.start, t.end) for t in before), (tok.start, tok.start + len(place)))
            mention = NameMention(
                start=spans[0][0], end=tok.start + len(place), text=doc.prose[spans[0][0] : tok.start + len(place)],
                words=words, word_spans=spans, kind="place", sentence=tok.sentence,
                first_token=tok.index - len(before), last_token=tok.index + 1,
            )
            out.append((tok, mention))
    return out
