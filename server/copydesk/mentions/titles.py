"""Titles and descriptors attached to a name: before it, in apposition, or as "X-based" modifiers."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from copydesk.document import HYPHENS, Document, Token
from copydesk.lexicon import (
    DETERMINERS,
    FIELD_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    PORTFOLIO_HEADS,
    RANK_ABBREVIATIONS,
    REPORTING_VERBS,
    ROLE_MODIFIERS,
    ROLE_SYNONYMS,
    STOPWORDS,
    TRADES,
    american,
    fold,
    is_role_noun,
    role_parts,
)
from copydesk.mentions.names import NameMention, based_descriptors, caption_name, captions
from copydesk.world import born_in, country_of, is_common_english, is_english

FORMER = {"former", "then", "ex", "outgoing", "late", "erstwhile", "previously", "formerly"}
# words that say when or how long a role is held, not which role: "the council's present leader"
_TENURE = {"current", "present", "new", "longtime", "long-time", "veteran", "sitting", "incumbent", "serving",
           "newly", "now", "recently", "also"}
_LINKS = {"of", "at", "for", "with", "in"}
RETIRED = "retired"  # "a retired optician": the one trade its holder worked in, named by any noun
_RELATIVE = {"who", "whose", "whom"}  # a relative clause after a role in apposition
_TRADE_ENDS = _LINKS | _RELATIVE | {"and", "from"}
_WHERE_FROM = {"from", "in", "at", "on", "near"}  # where a role's holder lives or works, after the role
# nouns after a nationality's adjective that make it a language: "an English teacher" teaches it
_TAUGHT = {"teacher", "teachers", "lecturer", "tutor", "professor", "instructor", "scholar", "student", "students",
           "literature", "language", "department", "class", "lessons", "speaker", "speakers", "grammar", "dictionary"}
_SYNONYM_WORDS = {w for v in ROLE_SYNONYMS.values() for w in v.split()}


@dataclass(slots=True)
class TitleMention:
    start: int
    end: int
    text: str
    role: str  # normalized ("defense minister"); "" for a place descriptor
    head: str  # the role's head word ("minister")
    former: bool
    affiliation: str  # folded words of the affiliation ("israeli", "northwind"), "" if none
    based_in: str  # "X" of "X-based"
    target: NameMention
    form: str  # "pre" | "apposition" | "based" | "nationality"
    affiliation_mention: NameMention | None = None  # where the affiliation is written, if it is


def is_role_word(tok: Token) -> bool:
    parts = role_parts(tok.bare)
    return tok.kind == "word" and bool(parts) and (is_role_noun(parts[-1]) or parts[-1] in ROLE_MODIFIERS | FORMER
                                                   or _a_trade(tok, parts[-1]))


def is_role_head(tok: Token) -> bool:
    parts = role_parts(tok.bare)
    return tok.kind == "word" and bool(parts) and (is_role_noun(parts[-1]) or _a_trade(tok, parts[-1]))


def _a_trade(tok: Token, part: str) -> bool:
    """A trade written in lower case ("a sheep farmer") or as an abbreviation ("a retired GP"):
    capitalized, many are surnames ("Ada Farmer")."""
    return part in TRADES and (tok.text.islower() or (tok.text.isupper() and len(tok.text) <= 3))


# words that describe a holder, not the post: "a young clerk" holds the clerk's post
_DESCRIBING = frozenset({"young", "old", "elderly", "new", "veteran", "experienced", "popular", "longtime",
                         "long-serving", "respected", "talented", "well-known"})


# how a board seat is held, which names no other seat: "the independent chair" (but a non-executive
# director is no executive director: "non" stays)
_BOARD_STANDING = frozenset({"independent"})
_BOARD_SEATS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "director", "trustee"})


def normalize_role(words: list[str]) -> tuple[str, str, bool]:
    """Role words as written -> (normalized role, head, former)."""
    parts: list[str] = []
    for w in words:
        parts.extend(role_parts(w))
    former = any(p in FORMER for p in parts)
    parts = [RANK_ABBREVIATIONS.get(p, american(p)) for k, p in enumerate(parts) if p not in FORMER and p not in DETERMINERS
             and p not in _TENURE and not (p in _BOARD_STANDING and parts[k + 1 : k + 2] and parts[k + 1] in _BOARD_SEATS)]
    # ("Lt." is a lieutenant; "independent chair" the board's chair, however it is held)
    phrase = " ".join(parts)
    for long, short in sorted(ROLE_SYNONYMS.items(), key=lambda kv: -len(kv[0])):
        if " " in long and long in phrase:
            phrase = phrase.replace(long, short)
    parts = [ROLE_SYNONYMS.get(p, p) for p in phrase.split()]
    # "minister of defense" -> "defense minister"
    # "minister for emergency management", "lecturer in law" too
    link = next((w for w in ("of", "for") if w in parts), None)
    if link is None and "in" in parts and (k := parts.index("in")) and parts[k - 1] in FIELD_HEADS:
        link = "in"
    if link is not None:
        i = parts.index(link)
        parts = parts[i + 1 :] + parts[:i]
    parts = [p for p in " ".join(parts).split() if is_role_noun(p) or p in ROLE_MODIFIERS or p in _SYNONYM_WORDS or p in TRADES
             or (p.isalpha() and p not in FUNCTION_WORDS and p not in _DESCRIBING)]  # portfolio words too: "chief medical officer"
    role = " ".join(parts)
    head = parts[-1] if parts else ""
    return role, head, former


def extract_titles(doc: Document, names: list[NameMention]) -> list[TitleMention]:
    out: list[TitleMention] = []
    by_first = {m.first_token: m for m in names}
    by_last = {m.last_token - 1: m for m in names}
    for name in names:
        if name.kind not in ("person", "thing") and not name.title_tokens:
            continue
        if name.title_tokens:  # "Professor Ada Moss", and maybe ", an epidemiologist at ..." after it
            if _a_title_cased_heading(doc, name.sentence):
                continue  # "Tarrow Industries Announces Chief Executive Officer Succession Plan": a headline's capitals
            toks = [doc.tokens[i] for i in name.title_tokens]
            out.append(_make(doc, toks, name, name.affiliation, "pre"))
            if (pre := _pre_title(doc, name, by_last, min(name.title_tokens))) is not None:
                out.append(pre)  # "Council leader Cllr Ada Moss": a post before the style
            out.extend(_appositions_after(doc, name, by_first))
            if before := _apposition_before(doc, name, by_last):  # "The Deputy Mayor, Councillor Ada Moss"
                out.append(before)
            continue
        pre = _pre_title(doc, name, by_last)
        if pre:
            out.append(pre)
        out.extend(_appositions_after(doc, name, by_first))
        bracketed = _bracketed_role(doc, name)
        if bracketed:
            out.append(bracketed)
        before = _apposition_before(doc, name, by_last)
        if before:
            out.append(before)
        held = _role_a_relative_gives(doc, name, by_first) or _role_its_verb_gives(doc, name, by_first)
        if held is not None:
            out.append(held)
            if (second := _and_a_second_role(doc, held)) is not None:
                out.append(second)
    out.extend(_based(doc, names))
    out.extend(_based_in(doc, names))
    out.extend(_nationalities(doc, names, by_first, by_last))
    out.extend(_natives(doc, by_first, by_last))
    out.extend(_countries_of_people(doc, names, by_first, by_last))
    out.extend(_captioned(doc, names))
    return out


def _captioned(doc: Document, names: list[NameMention]) -> list[TitleMention]:
    """The roles a broadcast script's captions give ("SUPER: ADA MOSS / OWNER, TARROW BAKERY": the
    owner, of the bakery), as a role set off after a name does."""
    if not names:
        return []
    out = []
    for m in captions(doc, names[0].start, names[-1].end):
        person = caption_name(m, names)
        role = doc.tokens_between(m.start("role"), m.end("role"))
        comma = next((k for k, t in enumerate(role) if t.text == ","), len(role))
        toks = role[:comma]
        if person is None or not toks or not all(t.kind == "word" for t in toks) or not is_role_head(toks[-1]):
            continue
        body = next((n for n in names if comma < len(role) and role[comma].end <= n.start and n.end <= m.end("role")), None)
        out.append(_make(doc, toks, person, body, "apposition"))
    return out


def _countries_of_people(doc: Document, names: list[NameMention], by_first: dict[int, NameMention],
                         by_last: dict[int, NameMention]) -> list[TitleMention]:
    """A country a results list or a wire gives a person: "Norway's Jonas Vale", "Ada Moss of
    Sweden", "Ada Moss of the Netherlands", "Kenji Moss (United Kingdom)". The title is the country's name, its affiliation the
    country; a place that is no country ("Ada Moss of Tarrow Rovers") gives none."""
    out = []
    for person in names:
        if person.kind != "person":
            continue
        before = by_last.get(person.first_token - 1)
        at = person.last_token + 3 if _apposed_age(doc, person) else person.last_token  # "Ada Moss, 34, of Sweden"
        between = _same_sentence(doc, at, person.sentence)
        the = _same_sentence(doc, at + 1, person.sentence)  # "Ada Moss of the Netherlands"
        after = by_first.get(at + 2) if the is not None and the.lower == "the" and between is not None \
            and between.lower == "of" else by_first.get(at + 1)
        for country, ok in ((before, before is not None and before.possessive),
                            (after, after is not None and between is not None and (
                                between.lower == "of" or (between.text == "(" and _closes(doc, after))))):
            if not ok or country is None or country.kind not in ("place", "nationality") or country.title_tokens:
                continue
            folded = " ".join(w.lower() for w in country.words)  # not singular: "Netherlands", "United States"
            if country_of(folded) is not None:
                out.append(TitleMention(country.start, country.end, country.text, "", "", False, folded, "", person,
                                        "nationality", country))
    return out


def _apposed_age(doc: Document, m: NameMention) -> bool:
    """Whether an age set off by commas follows a name: "Ada Moss, 34, of Sweden"."""
    comma, age, close = (_same_sentence(doc, m.last_token + k, m.sentence) for k in range(3))
    return comma is not None and comma.text == "," and age is not None and age.kind == "number" \
        and close is not None and close.text == ","


def _closes(doc: Document, m: NameMention) -> bool:
    """Whether a closing bracket follows a name: "(United Kingdom)"."""
    tok = _same_sentence(doc, m.last_token, m.sentence)
    return tok is not None and tok.text == ")"


def _bracketed_role(doc: Document, name: NameMention) -> TitleMention | None:
    """ "Celia Vantry (Parks and Open Spaces Manager)", as minutes and cast lists write a role: the
    words in brackets right after a person's name, when the last of them is a role head."""
    if name.kind != "person":
        return None
    opener = _same_sentence(doc, name.last_token, name.sentence)
    if opener is None or opener.text != "(":
        return None
    toks: list[Token] = []
    i = name.last_token + 1
    while (tok := _same_sentence(doc, i, name.sentence)) is not None and tok.text not in (")", ",", ";") and len(toks) < 7:
        toks.append(tok)
        i += 1
    words = [t for t in toks if t.kind == "word"]
    if tok is None or not words or not is_role_head(words[-1]) or any(t.kind == "number" for t in toks):
        return None
    return _make(doc, words, name, None, "apposition")


def _nationalities(doc: Document, names: list[NameMention], by_first: dict[int, NameMention],
                   by_last: dict[int, NameMention]) -> list[TitleMention]:
    """A nationality the text gives a name: "Spanish drugmaker Harbourline", "the Italian daily Il
    Corriere", "Velmora Lines, a Canadian carrier", "Ada Moss, the Danish film-maker,". The title is the nationality word; its role is empty (a
    descriptor, not an office) and its affiliation the nationality."""
    out = []
    for nat in names:
        if nat.kind != "nationality" or len(nat.words) != 1 or nat.possessive or nat.title_tokens:
            continue
        nouns, i = _lower_nouns(doc, nat.last_token, nat.sentence)
        if nouns and nouns[0].lower in _TAUGHT:
            continue  # "the English teacher Ada Moss", "a French lecturer": a language, not a nationality
        if not nouns:
            if (target := _of_a_nationality(doc, nat, by_first, by_last)) is not None:
                out.append(TitleMention(nat.start, nat.end, nat.text, "", "", False, fold(nat.words[0]), "",
                                        target, "nationality", nat))
            continue
        target = by_first.get(i) or _named_after(doc, i, nat.sentence, by_first)
        if target is None or target.kind == "nationality":  # "Spanish drugmaker Harbourline"
            k = nat.first_token - 1 - _age_before(doc, nat.first_token, nat.sentence)  # "a 19-year-old Canadian"
            det = _same_sentence(doc, k, nat.sentence)
            comma = _same_sentence(doc, k - 1, nat.sentence)
            if det is None or det.lower not in ("a", "an", "the") or comma is None or comma.text != ",":
                continue
            target = by_last.get(_past_an_age(doc, k - 2, nat.sentence))  # "Velmora Lines, a Canadian carrier",
            # "Ivo Pent, 44, a Danish sommelier"
            if target is None or target.kind == "nationality":
                continue
        out.append(TitleMention(nat.start, nat.end, nat.text, "", nouns[-1].lower, False, fold(nat.words[0]), "",
                                target, "nationality", nat))
    return out


def _named_after(doc: Document, i: int, sentence: int, by_first: dict[int, NameMention]) -> NameMention | None:
    """The person a nationality's noun names in apposition, between commas: "The ship's Danish
    captain, Eivind Moss, told", "Her Spanish coach, Ivo Pent, said" (`i`: the token after the noun)."""
    comma = _same_sentence(doc, i, sentence)
    name = by_first.get(i + 1)
    if comma is None or comma.text != "," or name is None or name.kind != "person" or name.sentence != sentence:
        return None
    after = _same_sentence(doc, name.last_token, sentence)
    return name if after is None or after.text in (",", ".", ";") else None


def _age_before(doc: Document, i: int, sentence: int) -> int:
    """The tokens of an age written as a compound right before token `i` ("19-year-old"), or 0."""
    old, dash, number = (_same_sentence(doc, i - k, sentence) for k in (1, 2, 3))
    if old is not None and old.lower == "year-old" and dash is not None and dash.text in HYPHENS \
            and number is not None and number.kind == "number":
        return 3
    return 0


def _of_a_nationality(doc: Document, nat: NameMention, by_first: dict[int, NameMention],
                      by_last: dict[int, NameMention]) -> NameMention | None:
    """The person a nationality noun is given to: "the Dane Ada Moss", "Ada Moss, a Dane,", and
    "Ada Moss, the 34-year-old Spaniard who led", and as results write it, "Frenchman Ivo Pent",
    "Norwegian Ada Moss" right before a person's name."""
    k = nat.first_token - 1 - _age_before(doc, nat.first_token, nat.sentence)  # "the 34-year-old Spaniard"
    det = _same_sentence(doc, k, nat.sentence)
    target = by_first.get(nat.last_token)
    if det is not None and det.lower in ("is", "was") and target is None:
        # "Ada Moss, who is Faroese, joined": the person the relative clause is set off from; "Ada
        # Moss, 28, is Spanish": the subject
        who, comma = _same_sentence(doc, k - 1, nat.sentence), _same_sentence(doc, k - 2, nat.sentence)
        if who is not None and who.lower == "who" and comma is not None and comma.text == ",":
            target = by_last.get(_past_an_age(doc, k - 3, nat.sentence))
        elif who is not None and who.text == "," and (named := _past_an_age(doc, k - 2, nat.sentence)) != k - 2:
            target = by_last.get(named)  # (only past an age: "In Tarrow, it is Spanish" names no one)
        elif who is not None:
            target = by_last.get(k - 1)
        return target if target is not None and target.kind in ("person", "thing") else None
    if det is None or det.lower not in ("a", "an", "the"):
        return target if target is not None and target.kind == "person" and not target.title_tokens else None
    if target is None:
        comma = _same_sentence(doc, k - 1, nat.sentence)
        after = _same_sentence(doc, nat.last_token, nat.sentence)
        if comma is None or comma.text != "," or (after is not None and after.text not in (",", ".", ";")
                                                  and after.lower not in ("who", "whose")):
            return None
        target = by_last.get(_past_an_age(doc, k - 2, nat.sentence))  # "Ada Moss, 34, a Dane,"
    return target if target is not None and target.kind not in ("nationality", "place") else None


def _past_an_age(doc: Document, i: int, sentence: int) -> int:
    """Token `i`, or where an age set off by commas ends there ("Ivo Pent, 44, a Dane"), the token
    before the age: the name the description after it is given to."""
    number, comma = _same_sentence(doc, i, sentence), _same_sentence(doc, i - 1, sentence)
    if number is not None and number.kind == "number" and number.text.isdigit() and comma is not None \
            and comma.text == ",":
        return i - 2
    return i


def _lower_nouns(doc: Document, i: int, sentence: int) -> tuple[list[Token], int]:
    """Up to three lower-case content words or role words from token `i` ("cyber firm", "Finance"), and
    the index after them."""
    nouns: list[Token] = []
    while (tok := _same_sentence(doc, i, sentence)) is not None and tok.kind == "word" \
            and (tok.text.islower() or is_role_word(tok) or _acronym_before_a_noun(doc, tok, sentence)) \
            and tok.lower not in FUNCTION_WORDS and not tok.possessive and len(nouns) < 3:
        nouns.append(tok)
        i += 1
    return nouns, i


def _acronym_before_a_noun(doc: Document, tok: Token, sentence: int) -> bool:
    """ "FX" of "head of FX strategy", "IT" of "director of IT operations": a field's initials
    before a lower-case noun of the portfolio (alone, "head of NATO", they may be a body's)."""
    after = _same_sentence(doc, tok.index + 1, sentence)
    return 2 <= len(tok.text) <= 4 and tok.text.isupper() and tok.text.isalpha() and after is not None \
        and after.kind == "word" and after.text.islower() and after.lower not in FUNCTION_WORDS


def _make(doc: Document, toks: list[Token], target: NameMention, affiliation: NameMention | None, form: str) -> TitleMention:
    role, head, former = normalize_role([t.bare for t in toks])
    start, end = toks[0].start, toks[-1].bare_end
    aff = " ".join(fold(w) for w in affiliation.words) if affiliation else ""
    return TitleMention(start, end, doc.text[start:end], role, head, former, aff, "", target, form, affiliation)


def _same_sentence(doc: Document, i: int, sentence: int) -> Token | None:
    tokens = doc.tokens
    return tokens[i] if 0 <= i < len(tokens) and tokens[i].sentence == sentence else None


def _honorific_at(doc: Document, i: int, sentence: int) -> bool:
    """Whether token `i` of `sentence` is an honorific ("Dr", "Smt") or the full stop after one."""
    tok = _same_sentence(doc, i, sentence)
    return tok is not None and (tok.lower in HONORIFICS or (tok.text == "." and i > 0 and doc.tokens[i - 1].lower in HONORIFICS))


def _pre_title(doc: Document, name: NameMention, by_last: dict[int, NameMention],
               opening: int | None = None) -> TitleMention | None:
    """ "chief executive Lena Vale", "Harbour Bank chairman Ivo Pent", "then-President Ada Moss",
    "chief of staff Ivo Pent", "chief operating officer Shri Ivo Pent"; before `opening`, the first
    of a titled name's title tokens, where there is one."""
    i = (name.first_token if opening is None else opening) - 1
    while _honorific_at(doc, i, name.sentence):
        i -= 1  # the honorific between the role and the name
    portfolio = _portfolio_before(doc, i, name.sentence)  # "of staff", "of research"
    i -= len(portfolio)
    toks: list[Token] = []
    while (tok := _same_sentence(doc, i, name.sentence)) is not None and not tok.possessive \
            and (is_role_word(tok) or (tok.lower in _BOARD_STANDING and toks and toks[0].lower in _BOARD_SEATS)) \
            and not _ends_a_longer_name(by_last, i):  # ("senior independent director Ada Moss")
        toks.insert(0, tok)
        i -= 1
    if not toks or not is_role_head(toks[-1]) or "\n" in doc.prose[toks[-1].end : name.start]:
        return None  # "Ada Moss, Chair\nDr Ivo Pent, Chief Executive": a list's line ends with its own title
    if _a_trade(toks[-1], toks[-1].lower) and (kind := _kind_of_trade(doc, i, name.sentence, by_last)) is not None:
        toks.insert(0, kind)  # "dairy farmer Ada Moss", "Tarrow bus driver Ivo Pent": which trade
        i -= 1
    if (body := _same_sentence(doc, i, name.sentence)) is not None and body.kind == "word" and body.text.islower() \
            and body.lower in ORG_WORDS and not body.possessive:
        toks.insert(0, body)  # "council leader Ada Moss", "union boss Ivo Pent": the body's word is the title's
        i -= 1
        if (was := _same_sentence(doc, i, name.sentence)) is not None and was.lower in FORMER:
            toks.insert(0, was)  # "former chamber president Ada Moss": a post held before
            i -= 1
    toks += portfolio
    if (field := _field_after_a_body(doc, i, name.sentence, by_last)) is not None:
        toks.insert(0, field)  # "NTV economics editor Ada Moss": an economics editor, of NTV
        i -= 1
    affiliation = by_last.get(i) if _same_sentence(doc, i, name.sentence) is not None else None  # no other sentence's
    if affiliation is not None and _a_field_opening_the_sentence(doc, affiliation):
        toks.insert(0, doc.tokens[i])  # "Training officer Ada Moss": a training officer, of no body named
        affiliation = None
    return _make(doc, toks, name, affiliation, "pre")


_HYPHEN = re.compile(f"[{HYPHENS}]")


def _kind_of_trade(doc: Document, i: int, sentence: int, by_last: dict[int, NameMention]) -> Token | None:
    """The lower-case word at token `i` that says which trade the one after it is ("dairy" farmer,
    "bus" driver), where what comes before it cannot make it a verb's: the sentence's start, a
    function word or a name ("For sheep farmer Ada Moss", "Tarrow dairy farmer Ada Moss"; not
    "said farmer Ada Moss")."""
    tok, before = _same_sentence(doc, i, sentence), _same_sentence(doc, i - 1, sentence)
    if tok is None or tok.kind != "word" or not tok.text.islower() or tok.possessive or tok.lower in STOPWORDS \
            or tok.lower in REPORTING_VERBS:
        return None
    if i - 1 in by_last and (tok.lower.endswith("ed") or (tok.lower.endswith("s") and is_common_english(tok.lower[:-1]))):
        return None  # "Tarrow signed farmer Ada Moss", "Tarrow signs farmer Ada Moss": a verb after the name
    return tok if before is None or before.lower in FUNCTION_WORDS or i - 1 in by_last else None


def _field_after_a_body(doc: Document, i: int, sentence: int, by_last: dict[int, NameMention]) -> Token | None:
    """The lower-case word at token `i` that names a post's field between a body and its role:
    "economics" in "NTV economics editor Ada Moss", "first-team" in "the club's first-team coach";
    a word after a body's name or its possessive, never a verb ("Tarrow hired coach Ivo Pent",
    "Tarrow signs coach Ivo Pent"; a field ending in -s is one of "economics", "politics")."""
    tok = _same_sentence(doc, i, sentence)
    before = _same_sentence(doc, i - 1, sentence)
    if tok is None or before is None or tok.kind != "word" or not tok.text.islower() or tok.possessive \
            or tok.lower in FUNCTION_WORDS or tok.lower in _DESCRIBING or tok.lower.endswith("ed") \
            or (tok.lower.endswith("s") and not tok.lower.endswith("ics")) \
            or not is_common_english(tok.lower):
        return None
    body = by_last.get(i - 1)
    return tok if (body is not None and body.kind == "organization") or (before.possessive and before.text.islower()) else None


def _a_field_opening_the_sentence(doc: Document, m: NameMention) -> bool:
    """Whether a name read before a role is one common word that is capitalized only because it
    opens the sentence: "Training officer Ada Moss", "First-team coach Ivo Pent" name a post's
    field, not a body; a body's word ("Council", "Society") or a plural (a club's "Reds") does."""
    if m.certain or m.last_token - m.first_token != 1:
        return False
    word = doc.tokens[m.first_token].bare
    parts = [part.lower() for part in _HYPHEN.split(word) if part]
    return bool(parts) and not parts[-1].endswith("s") and not (len(parts) == 1 and parts[0] in ORG_WORDS) \
        and all(is_common_english(part) for part in parts)  # a compound ("First-team") names no body


def _ends_a_longer_name(by_last: dict[int, NameMention], i: int) -> bool:
    """Whether token `i` is the last word of a name of two words or more: "State" in "Tallowmere
    State coach Ada Moss" is the college's, not the coach's title."""
    found = by_last.get(i)
    return found is not None and found.last_token - found.first_token > 1


def _portfolio_before(doc: Document, i: int, sentence: int) -> list[Token]:
    """ "of staff" in "chief of staff Ivo Pent": "of" and one or two lower-case nouns ending at token
    `i`, after a role head; else a capitalized office's portfolio (`_styled_portfolio_before`)."""
    nouns: list[Token] = []
    while len(nouns) < 2 and (tok := _same_sentence(doc, i - len(nouns), sentence)) is not None and tok.kind == "word" \
            and tok.text.islower() and tok.lower not in FUNCTION_WORDS and not is_role_head(tok) and not tok.possessive:
        nouns.insert(0, tok)
    for k in range(len(nouns), 0, -1):  # "of staff", before "of research and development"'s shorter forms
        of = _same_sentence(doc, i - k, sentence)
        head = _same_sentence(doc, i - k - 1, sentence)
        if of is not None and of.lower == "of" and head is not None and head.kind == "word" and is_role_head(head):
            return [of, *nouns[-k:]]
    return _styled_portfolio_before(doc, i, sentence)


def _styled_portfolio_before(doc: Document, i: int, sentence: int) -> list[Token]:
    """ "of Health" in "The Minister of Health, Ivo Pent,", "of Infrastructure and Water Management",
    "of State for Transport": "of" and capitalized common words (joined by "and", "&" or "for")
    ending at token `i`, after a capitalized role head; else nothing."""
    words: list[Token] = []
    while len(words) < 5 and (tok := _same_sentence(doc, i - len(words), sentence)) is not None and (
            (tok.kind == "word" and tok.is_capitalized and not tok.possessive and is_english(tok.bare)
             and not is_role_head(tok))
            or (words and tok.lower in ("and", "&", "for"))):
        words.insert(0, tok)
    while words and words[0].lower in ("and", "&", "for"):
        words = words[1:]
    of = _same_sentence(doc, i - len(words), sentence)
    head = _same_sentence(doc, i - len(words) - 1, sentence)
    if words and of is not None and of.lower == "of" and head is not None and head.kind == "word" \
            and head.text[:1].isupper() and is_role_head(head):
        return [of, *words]
    return []


def _role_run(doc: Document, i: int, sentence: int, step: int) -> tuple[list[Token], int]:
    toks: list[Token] = []
    while (tok := _same_sentence(doc, i, sentence)) is not None and tok.kind == "word" and is_role_word(tok):
        toks.append(tok)
        i += step
    return (toks if step > 0 else toks[::-1]), i


# Verbs that take a role as their object: "Ada Moss, becomes chairman" is no title she holds now
_ROLE_VERBS = {"become", "becomes", "became", "becoming", "remain", "remains", "remained", "replace", "replaces",
               "replaced", "succeed", "succeeds", "succeeded", "join", "joins", "joined", "take", "takes", "took"}


def _phrase_word(tok: Token | None) -> bool:
    """A word a role phrase in apposition can hold: a role word, or a lower-case content word
    ("medical" in "chief medical officer"), not a verb taking the role ("becomes")."""
    return tok is not None and tok.kind == "word" and not tok.possessive and tok.lower not in _ROLE_VERBS and (
        is_role_word(tok) or (tok.text.islower() and tok.lower not in FUNCTION_WORDS))


def _role_phrase_after(doc: Document, i: int, sentence: int) -> tuple[list[Token], int]:
    """The role phrase starting at token `i`, up to its last role head, with a portfolio after
    "of" ("chief medical officer", "director of inspections", "head of operations"); and the
    index after it. Nothing if the words hold no role head."""
    words: list[Token] = []
    j = i
    first = _same_sentence(doc, i, sentence)
    # "Chief Customer Officer"; "City Clerk": an office in title case, its head after common words
    titled = first is not None and first.text[:1].isupper() and (is_role_word(first) or _titled_to_a_head(doc, i, sentence))
    while len(words) < 4 and (_phrase_word(tok := _same_sentence(doc, j, sentence)) or (
            titled and _title_cased_word(tok))):
        words.append(tok)  # type: ignore[arg-type]
        j += 1
    heads = [k for k, t in enumerate(words) if is_role_head(t)]
    if not heads and words and words[0].lower == RETIRED:  # "a retired postman": a trade left, whatever its noun
        trade = words[:3]
        after = _same_sentence(doc, i + len(trade), sentence)  # the phrase ends there: "a retired postman said" is no trade
        if len(trade) > 1 and (after is None or after.kind != "word" or after.lower in _TRADE_ENDS):
            return trade, i + len(trade)
    if not heads:
        return [], i
    toks = words[: heads[-1] + 1]
    j = i + len(toks)
    link = _same_sentence(doc, j, sentence)
    if link is not None and (link.lower == "of" or (link.lower == "for" and toks[-1].lower in PORTFOLIO_HEADS)
                             or (link.lower == "in" and toks[-1].lower in FIELD_HEADS)):
        nouns, after = _lower_nouns(doc, j + 1, sentence)
        article = _same_sentence(doc, j + 1, sentence)
        if not nouns and link.lower == "of" and article is not None and article.lower == "the":
            nouns, after = _lower_nouns(doc, j + 2, sentence)  # "leader of the council": a body named by its noun
            nouns = [article, *nouns] if nouns and all(t.text.islower() for t in nouns) else []
        if toks[-1].text[:1].isupper() and len(styled := _styled_portfolio(doc, j + 1, sentence)[0]) > len(nouns):
            nouns, after = styled, j + 1 + len(styled)  # "Director of Housing and Communities", "Head of Housing Options"
        if nouns and (conj := _same_sentence(doc, after, sentence)) is not None and conj.lower in ("and", "&"):
            more, beyond = _lower_nouns(doc, after + 1, sentence)  # "minister of trade and industry"
            if not more and nouns[-1].text[:1].isupper():
                more, beyond = _styled_portfolio(doc, after + 1, sentence)
            if more:
                nouns, after = [*nouns, conj, *more], beyond
        if nouns and toks[-1].text[:1].isupper() and (conj := _same_sentence(doc, after, sentence)) is not None \
                and conj.lower == "for" and (more := _styled_portfolio(doc, after + 1, sentence)[0]):
            nouns, after = [*nouns, conj, *more], after + 1 + len(more)  # "Minister of State for Rail"
        if nouns and not any(is_role_head(t) for t in nouns):
            return [*toks, link, *nouns], after
    return toks, j


def _a_title_cased_heading(doc: Document, sentence: int) -> bool:
    """Whether a sentence is a headline in title case on a line of its own, with no closing stop and
    a capitalized verb of the language after its first word ("Tarrow Industries Announces Chief
    Executive Officer Succession Plan"): its capitals run names and titles together. Not a caption's
    "Chief Executive Officer Ada Moss"."""
    s = doc.sentences[sentence]
    text = doc.prose[s.start : s.end].rstrip()
    if "\n" in text or not text or text[-1] in ".!?:;," or (s.start and doc.prose[s.start - 1] != "\n"):
        return False
    words = [t for t in doc.sentence_tokens(sentence) if t.kind == "word"]
    if len(words) < _HEADING_WORDS or any(t.text[:1].islower() and t.lower not in FUNCTION_WORDS for t in words):
        return False
    # a headline's verb: "Announces", "Names", "Appoints" (not a surname's "Moss", nor "Industries")
    return any(t.index > words[0].index and t.bare.endswith("s") and len(t.bare) > 3 and not is_role_word(t)
               and fold(t.bare) not in ORG_WORDS and is_common_english(t.bare) and is_common_english(t.bare[:-1])
               for t in words)


_HEADING_WORDS = 5


def _title_cased_word(tok: Token | None) -> bool:
    """A common word capitalized as an office's title writes it ("City" of "City Clerk")."""
    return tok is not None and tok.kind == "word" and tok.text[:1].isupper() and not tok.possessive \
        and is_common_english(tok.bare) and tok.lower not in FUNCTION_WORDS


def _titled_to_a_head(doc: Document, i: int, sentence: int) -> bool:
    """Whether title-cased common words from token `i` lead to a role head ("City Clerk", "County
    Returning Officer"), within the four words a role phrase holds."""
    for k in range(i, i + 4):
        tok = _same_sentence(doc, k, sentence)
        if not _title_cased_word(tok):
            return False
        if is_role_head(tok):  # type: ignore[arg-type]
            return True
    return False


def _styled_portfolio(doc: Document, i: int, sentence: int) -> tuple[list[Token], int]:
    """A capitalized title's portfolio in title case ("Housing and Communities" after "Director
    of"): capitalized common words, joined by "and" or "&", and the index after them."""
    words: list[Token] = []
    while (tok := _same_sentence(doc, i, sentence)) is not None and len(words) < 5 and (
            (tok.kind == "word" and tok.is_capitalized and not tok.possessive and is_english(tok.bare))
            or (words and tok.lower in ("and", "&", "for") and (nxt := _same_sentence(doc, i + 1, sentence)) is not None
                and nxt.is_capitalized and is_english(nxt.bare))):  # "Minister of State for Rail"
        words.append(tok)
        i += 1
    return words, i


def _role_phrase_before(doc: Document, i: int, sentence: int) -> tuple[list[Token], int]:
    """The role phrase ending at token `i` with a role head, or its portfolio ("chief medical
    officer", "director of rugby" before ", Ada Moss"), and the index before it."""
    portfolio = _portfolio_before(doc, i, sentence)
    head = _same_sentence(doc, i - len(portfolio), sentence)
    if head is None or head.kind != "word" or not is_role_head(head):
        return [], i
    toks = [head]
    j = i - len(portfolio) - 1
    titled = head.text[:1].isupper()  # "The State Returning Officer": an office in title case, every word capitalized
    while len(toks) < 4 and (_phrase_word(tok := _same_sentence(doc, j, sentence)) or (
            titled and tok is not None and tok.kind == "word" and tok.text[:1].isupper() and not tok.possessive
            and is_common_english(tok.bare) and tok.lower not in FUNCTION_WORDS)):
        toks.insert(0, tok)  # type: ignore[arg-type]
        j -= 1
    return toks + portfolio, j


def _appositions_after(doc: Document, name: NameMention, by_first: dict[int, NameMention]) -> list[TitleMention]:
    """The roles set off after a name, one after another: "Ivo Pent, then mayor, now chair of the
    rowing club," is a former mayor and a chair."""
    out: list[TitleMention] = []
    at = name.last_token
    while len(out) < 3 and (apps := _apposition_after(doc, name, by_first, at)):
        out.extend(apps)
        at = bisect.bisect_left(doc.token_starts, apps[-1].end)
        nxt = _same_sentence(doc, at + 1, name.sentence)
        if nxt is None or nxt.lower not in _NOW:
            break  # only "..., now ..." goes on with the same person's roles
    return out


_NOW = {"now", "currently"}  # "Ivo Pent, now chair of the club": a current role


def _apposition_after(doc: Document, name: NameMention, by_first: dict[int, NameMention],
                      comma_at: int | None = None) -> list[TitleMention]:
    """ "Ada Moss, Velmora's foreign minister," / "Ivo Pent, head of the Harbour Union," /
    "Ada Moss, Harbourline's chief medical officer" / "Ivo Pent, a spokesman for the union" /
    "Ivo Pent, now chair of the club" (from the comma at `comma_at`, by default the name's end);
    two roles joined by "and" ("president and chief executive of Quorvant") are two titles."""
    at = name.last_token if comma_at is None else comma_at
    comma = _same_sentence(doc, at, name.sentence)
    if comma is None or comma.text != ",":
        return []
    i = at + 1
    tok = _same_sentence(doc, i, name.sentence)
    after = _same_sentence(doc, i + 1, name.sentence)
    if tok is not None and tok.kind == "number" and after is not None and after.text == ",":
        i += 2  # "Ivo Pent, 38, the chief operating officer": the age, then the role
        tok = _same_sentence(doc, i, name.sentence)
    affiliation = None
    if tok is not None and tok.lower in _NOW:
        i += 1
        tok = _same_sentence(doc, i, name.sentence)
    if tok is None:
        return []
    if tok.lower in DETERMINERS:
        i += 1
        nxt = _same_sentence(doc, i, name.sentence)
        two = _same_sentence(doc, i + 1, name.sentence)
        if nxt is not None and nxt.kind == "word" and nxt.possessive and nxt.text.islower():
            i += 1  # "the company's head of research"
        elif nxt is not None and nxt.kind == "word" and nxt.text.islower() and nxt.lower not in FUNCTION_WORDS \
                and two is not None and two.kind == "word" and two.possessive and two.text.islower():
            i += 2  # "the auction house's chief executive"
        elif nxt is not None and nxt.index in by_first and (by_first[nxt.index].possessive
                                                            or _body_before_a_role(doc, by_first[nxt.index])):
            affiliation = by_first[nxt.index]  # "the Tarrow Agency's director", "the CWS chief forecaster"
            i = affiliation.last_token
    elif tok.index in by_first and (by_first[tok.index].possessive or _body_before_a_role(doc, by_first[tok.index])):
        affiliation = by_first[tok.index]  # "Velmora's foreign minister", "CWS chief forecaster"
        i = affiliation.last_token
    i += _age_before_role(doc, i, name.sentence)  # "the 38-year-old chief operating officer"
    toks, i = _role_phrase_after(doc, i, name.sentence)
    if not toks:
        return []
    joined: list[Token] = []  # "president and chief executive officer of Quorvant": the first of two
    if (conj := _same_sentence(doc, i, name.sentence)) is not None and conj.lower == "and" and not any(
            t.lower == "of" for t in toks):
        second, after = _role_phrase_after(doc, i + 1, name.sentence)
        if second:
            joined, toks, i = toks, second, after
    nxt = _same_sentence(doc, i, name.sentence)
    if nxt is not None and nxt.lower in _LINKS:
        j = i + 1
        if (det := _same_sentence(doc, j, name.sentence)) is not None and det.lower in DETERMINERS:
            j += 1
        if j in by_first and affiliation is not None and nxt.lower in ("for", "in"):
            nxt = _same_sentence(doc, by_first[j].last_token, name.sentence)  # "the Fund's director for the South West"
        elif j in by_first and affiliation is None:
            affiliation = by_first[j]  # "head of the Harbour Union"
            nxt = _same_sentence(doc, affiliation.last_token, name.sentence)
            if (part := _part_of_a_body(doc, affiliation, by_first)) is not None:
                affiliation = part  # "chairman of the Vennshire branch of the Westmark Farmers' Union"
                nxt = _same_sentence(doc, affiliation.last_token, name.sentence)
            skip = 2 if nxt is not None and (det := _same_sentence(doc, nxt.index + 1, name.sentence)) is not None \
                and det.lower == "the" else 1  # "in the Department of Ocean Sciences at the University of Tarrow"
            if nxt is not None and nxt.lower == "at" and (body := by_first.get(nxt.index + skip)) is not None:
                # "Head of Modern Pictures at Pendergast Morrow": a department's head, at the body after "at"
                if doc.tokens[i].lower == "of":  # not "in the Department of Ocean Sciences": where, not what
                    toks = [*toks, *doc.tokens[i : affiliation.last_token]]
                affiliation = body
                nxt = _same_sentence(doc, body.last_token, name.sentence)
        else:
            nouns, k = _lower_nouns(doc, j, name.sentence)  # "a spokeswoman for the union"
            nxt = _same_sentence(doc, k, name.sentence) if nouns else nxt
    if nxt is not None and nxt.lower == "in" and affiliation is not None and (where := by_first.get(nxt.index + 1)) is not None:
        nxt = _same_sentence(doc, where.last_token, name.sentence)  # "chief economist at Tarrow Bank in Velmar"
    if nxt is not None and nxt.lower == "and" and (more := _same_sentence(doc, nxt.index + 1, name.sentence)) is not None \
            and more.kind == "word" and (more.text.islower() or is_role_word(more)):
        nxt = None  # "chief executive of Tarrow Bank and grandson of its founder", "Chief Executive of
        # Tarrow Council and Returning Officer for the election": a second description
    if nxt is not None and "\n" in doc.prose[doc.tokens[nxt.index - 1].end : nxt.start]:
        nxt = None  # "Dr Ivo Pent, Chief Executive\nAda Moss, Chair": a list's line ends its title
    if nxt is not None and nxt.kind == "word" and nxt.lower not in _RELATIVE | _WHERE_FROM:
        return []  # "the neurologist who led the study" is one still; "a pharmacist from Tarrow" too
    return [_make(doc, part, name, affiliation, "apposition") for part in (joined, toks) if part]


def _role_a_relative_gives(doc: Document, name: NameMention, by_first: dict[int, NameMention]) -> TitleMention | None:
    """ "Ada Moss, an investor who holds 45% of the group and becomes the club's chief executive":
    the post a relative clause about the name says it holds or takes (after "who", a verb of
    holding, then the role, with a body's possessive or "new" before it). The "who" must come
    before any other name after this one, in its sentence."""
    sentence = doc.sentences[name.sentence]
    who = next((j for j in range(name.last_token, min(name.last_token + _WHO_REACH, sentence.last_token))
                if doc.tokens[j].lower == "who" or (j in by_first and by_first[j].kind == "person")), None)
    if who is None or doc.tokens[who].lower != "who" or doc.tokens[name.last_token].text != ",":
        return None  # "Ada Moss, an investor who ...": set off by a comma right after the name
    for j in range(who + 1, min(who + _WHO_REACH, sentence.last_token)):
        tok = doc.tokens[j]
        if tok.kind == "punct" and tok.text in _CLAUSE_ENDS:
            return None
        if tok.lower not in _HOLDS and not (tok.lower in _MADE and doc.tokens[j - 1].lower in _PASSIVE):
            continue  # "who holds 45% of the group and becomes ...", "who was appointed the council's ..."
        i = j + 1
        while (nxt := _same_sentence(doc, i, name.sentence)) is not None and (
                nxt.lower in DETERMINERS or nxt.lower == "new" or (nxt.possessive and nxt.text.islower())):
            i += 1  # "the club's new chief executive"
        toks, _ = _role_phrase_after(doc, i, name.sentence)
        return _make(doc, toks, name, None, "apposition") if toks else None
    return None


def _role_its_verb_gives(doc: Document, name: NameMention, by_first: dict[int, NameMention]) -> TitleMention | None:
    """The post a verb right after a name (past an age set off by commas, or in a relative clause
    set off after it) says the person holds: "Ada Moss, 49, has been head baker since 2010", "Ivo
    Pent was appointed finance director in 2031", "Moss is the club's captain", "Pent joined as
    finance director"; or a sentence opening with the post gives it ("The chairman is Ivo Pent").
    Not an indefinite "is a keen cyclist" (a description, not a post), nor a post held "until" a
    time."""
    sentence = name.sentence
    if (held := _role_before_its_verb(doc, name)) is not None:
        return held
    i = name.last_token
    if (point := _same_sentence(doc, i, sentence)) is not None and point.text == "." and i > 0 \
            and doc.tokens[i - 1].lower in ("jr", "sr"):
        i += 1  # "Ivo Pent Jr., 49, has been ..."
    if (comma := _same_sentence(doc, i, sentence)) is not None and comma.text == "," and (
            (age := _same_sentence(doc, i + 1, sentence)) is not None and age.kind == "number"
            and (shut := _same_sentence(doc, i + 2, sentence)) is not None and shut.text == ","):
        i += 3  # "Ada Moss, 49, has been ..."
    elif comma is not None and comma.text == "," and (who := _same_sentence(doc, i + 1, sentence)) is not None \
            and who.lower == "who":
        i += 2  # "Ada Moss, who is now the airline's chair"
    ahead = [tok.lower for k in range(i, i + 3) if (tok := _same_sentence(doc, k, sentence)) is not None]
    words = next((ahead[:n] for n in (3, 2, 1) if tuple(ahead[:n]) in _HOLDING_VERBS), None)  # the longest
    if words is None:
        return None
    i += len(words)
    if (adverb := _same_sentence(doc, i, sentence)) is not None and adverb.lower in _STILL:
        i += 1  # "is currently the union's regional secretary"
    affiliation = None
    det = _same_sentence(doc, i, sentence)
    if det is not None and det.lower in ("a", "an"):
        return None  # "is a keen cyclist", "became a partner": a description, or one of many
    if det is not None and det.lower in _DEFINITE:
        i += 1
    nxt = _same_sentence(doc, i, sentence)
    if nxt is not None and nxt.kind == "word" and nxt.possessive and nxt.text.islower():
        i += 1  # "the club's captain"
    elif nxt is not None and nxt.index in by_first and by_first[nxt.index].possessive:
        affiliation = by_first[nxt.index]  # "Tarrow's captain"
        i = affiliation.last_token
    elif words == ["is"] and (det is None or det.lower not in _DEFINITE):
        return None  # "Moss is chief executive" says it; "Moss is pleased" does not: a bare "is" needs "the"
    toks, j = _role_phrase_after(doc, i, sentence)
    if not toks:
        return None
    after = _same_sentence(doc, j, sentence)
    if after is not None and after.lower in ("at", "of", "for") and affiliation is None and (j + 1) in by_first:
        affiliation = by_first[j + 1]  # "joined as finance director at Tarrow Bank"
        after = _same_sentence(doc, affiliation.last_token, sentence)
    if after is not None and (after.lower in _UNTIL or (after.kind == "word" and after.lower not in _AFTER_A_POST)):
        return None  # "was chief executive until 2020": held no longer; "is chief executive officer pay" no post
    return _make(doc, toks, name, affiliation, "apposition")


def _and_a_second_role(doc: Document, held: TitleMention) -> TitleMention | None:
    """ "who remains the label's founder and managing director": the second post after "and",
    held as the first is."""
    sentence = held.target.sentence
    i = bisect.bisect_left(doc.token_starts, held.end)
    conj = _same_sentence(doc, i, sentence)
    if conj is None or conj.lower != "and":
        return None
    toks, j = _role_phrase_after(doc, i + 1, sentence)
    after = _same_sentence(doc, j, sentence)
    if not toks or (after is not None and after.kind == "word" and after.lower not in _AFTER_A_POST):
        return None
    return _make(doc, toks, held.target, held.affiliation_mention, "apposition")


def _role_before_its_verb(doc: Document, name: NameMention) -> TitleMention | None:
    """ "The lifeboat operations manager is Ivo Pent.", "Its chairman is Ada Moss": a sentence that
    opens with a definite role and names its holder after "is"."""
    sentence = doc.sentences[name.sentence]
    i = name.first_token - 1
    verb = _same_sentence(doc, i, name.sentence)
    first = doc.tokens[sentence.first_token] if sentence.first_token < i else None
    if verb is None or verb.lower != "is" or first is None or first.lower not in _DEFINITE:
        return None
    toks, j = _role_phrase_after(doc, sentence.first_token + 1, name.sentence)
    if not toks or j != i:
        return None
    after = _same_sentence(doc, name.last_token, name.sentence)
    return _make(doc, toks, name, None, "apposition") if after is None or after.text in ".,;" else None


# verbs that give their subject a post it now holds ("was" alone says it held one once)
_HOLDING_VERBS = {("is",), ("has", "been"), ("remains",), ("becomes",), ("became",), ("was", "appointed"),
                  ("was", "named"), ("was", "elected"), ("was", "made"), ("was", "promoted", "to"),
                  ("has", "been", "appointed"), ("has", "been", "named"), ("has", "been", "elected"),
                  ("joined", "as"), ("joins", "as"), ("took", "over", "as"), ("takes", "over", "as"), ("serves", "as")}
_DEFINITE = ("the", "its", "their")  # what opens a post one holds ("the club's captain"), not "a captain"
_UNTIL = {"until", "till", "between", "before"}
_STILL = {"currently", "now", "still", "also", "already"}
_AFTER_A_POST = {"since", "in", "on", "at", "of", "for", "from", "and", "with", "after", "last", "this", "when", "earlier"}


_WHO_REACH = 16  # tokens from a name to its "who", and from "who" to its verb of holding
_HOLDS = {"becomes", "became", "remains", "remained"}  # a post held or taken (a bare "is": `_role_its_verb_gives`)
_MADE = {"appointed", "named", "elected", "made", "promoted"}  # a post given: only as a passive ("was appointed")
_PASSIVE = {"was", "were", "been", "be", "is", "are"}
_CLAUSE_ENDS = set(";:()\"“”—–")  # what ends the relative clause before its verb


_BODY_PARTS = {"branch", "division", "chapter", "section", "wing", "arm", "office", "unit", "region", "district"}


def _part_of_a_body(doc: Document, m: NameMention, by_first: dict[int, NameMention]) -> NameMention | None:
    """The body whose part a name heads ("the Vennshire branch of the Westmark Farmers' Union"):
    the name after "<part> of (the)", where one follows."""
    i = m.last_token
    part, of = _same_sentence(doc, i, m.sentence), _same_sentence(doc, i + 1, m.sentence)
    if part is None or of is None or part.lower not in _BODY_PARTS or of.lower != "of":
        return None
    j = i + 2
    if (det := _same_sentence(doc, j, m.sentence)) is not None and det.lower in DETERMINERS:
        j += 1
    return by_first.get(j)


def _body_before_a_role(doc: Document, m: NameMention) -> bool:
    """Whether an organization's (or a place's) name qualifies the role right after it, as wire
    copy writes a body's post: "Ada Moss, CWS chief forecaster,", "the Tarrow Bank chief
    economist", "the Tisdale County emergency manager"."""
    after = _same_sentence(doc, m.last_token, m.sentence)
    if after is not None and m.kind != "person" and after.kind == "word" and _a_trade(after, after.lower):
        return True  # "Ada Moss, a Tarrow pharmacist": where she works, before her trade
    return m.kind in ("organization", "place") and after is not None and after.kind == "word" and (
        is_role_word(after) or (doc.tokens[m.last_token - 1].bare_end == m.end  # not "Tarrow-based copper producer"
                                and bool(_role_phrase_after(doc, m.last_token, m.sentence)[0])))  # "emergency manager"


def _age_before_role(doc: Document, i: int, sentence: int) -> int:
    """How many tokens at `i` write an age ("38-year-old" before "chief operating officer"): 0 if none."""
    toks = [_same_sentence(doc, i + k, sentence) for k in range(3)]
    if None in toks or toks[0].kind != "number" or toks[1].text not in "-\u2013" or toks[2].lower != "year-old":
        return 0
    return 3


def _apposition_before(doc: Document, name: NameMention, by_last: dict[int, NameMention]) -> TitleMention | None:
    """ "its chief executive, Ada Moss," / "Harbour Bank's chairman, Ivo Pent" / "Harbourline's chief
    medical officer, Dr. Ada Moss," """
    first = name.first_token
    while _honorific_at(doc, first - 1, name.sentence) or first - 1 in name.title_tokens:
        first -= 1  # "Dr." or "Councillor" before the name: "The Deputy Mayor, Councillor Ada Moss"
    comma = _same_sentence(doc, first - 1, name.sentence)
    if comma is None or comma.text != ",":
        return None
    after = _same_sentence(doc, name.last_token, name.sentence)
    if after is not None and after.kind == "word" and not name.possessive and after.lower not in ("said", "says", "told"):
        return None
    if after is not None and after.text == "," and _a_list_goes_on(doc, after.index + 1, name.sentence):
        return None  # "the Governor, Ms Brisegaard, Mr Vethers and Ms Kellenbeck": a list, not her title
    of_org = _role_of_org_before(doc, name, first - 2, by_last)
    if of_org is not None:
        return of_org
    toks, i = _role_phrase_before(doc, first - 2, name.sentence)
    if not toks:
        return None
    prev = _same_sentence(doc, i, name.sentence)
    if prev is not None and prev.kind == "word" and prev.text[:1].isupper() and not prev.possessive \
            and (det := _same_sentence(doc, i - 1, name.sentence)) is not None and det.lower in DETERMINERS:
        toks, prev = [prev, *toks], det  # "The Town Mayor, Cllr Ada Moss": a capitalized office's first word
    affiliation = by_last.get(i) if prev is not None and prev.possessive else None
    if prev is not None and affiliation is None and prev.lower not in DETERMINERS and not (prev.possessive and prev.text.islower()):
        return None
    if prev is not None and prev.lower in ("her", "his") and toks[-1].lower in _SERVICES:
        return None  # "her editor, Ada Moss": whose editor she is, a service to a person, not an office
    if prev is not None and prev.lower in DETERMINERS and (of := _same_sentence(doc, i - 1, name.sentence)) is not None \
            and of.lower == "of" and (who := _same_sentence(doc, i - 2, name.sentence)) is not None \
            and (who.lower in PERSON_NOUNS or is_role_noun(who.lower)):
        return None  # "a representative of the industry minister, Ada Moss,": hers may be the first noun
        # (not "in the presence of the minister, Ada Moss,")
    if prev is not None and prev.lower in DETERMINERS | {"its", "their"} \
            and (comma := _same_sentence(doc, i - 1, name.sentence)) is not None and comma.text == "," \
            and i - 2 in by_last and by_last[i - 2].kind == "person":
        return None  # "by Ada Moss, its chief executive, Ivo Pent, its ...": the title set off after Moss is hers
        # ("Tarrow Air, its chief executive, Ivo Pent": a body's, so Pent's)
    return _make(doc, toks, name, affiliation, "apposition")


def _a_list_goes_on(doc: Document, i: int, sentence: int) -> bool:
    """Whether token `i`, after a name and its comma, begins another name of a list: an honorific,
    or a capitalized word that is no title and no one's possessive ("Ms Brisegaard, Mr Vethers")."""
    tok = _same_sentence(doc, i, sentence)
    return tok is not None and (_honorific_at(doc, i, sentence) or (
        tok.kind == "word" and tok.is_capitalized and not tok.possessive and not is_role_word(tok)
        and not tok.sentence_initial))


# roles one person has for another ("her agent", "his lawyer"), unlike a post ("her chief of staff")
_SERVICES = {"editor", "agent", "lawyer", "attorney", "solicitor", "barrister", "coach", "manager", "doctor",
             "physician", "adviser", "advisor", "publisher", "trainer", "caddie", "accountant", "teacher", "tutor",
             "mentor", "biographer", "translator", "therapist", "surgeon"}


def _role_of_org_before(doc: Document, name: NameMention, last: int, by_last: dict[int, NameMention]) -> TitleMention | None:
    """ "The chief executive of Tarrow Ltd, Ada Moss," / "... and leader of the Reform Party, Ada
    Moss,": a role of a named body set off before a name, at the start of its noun phrase."""
    org = by_last.get(last)
    if org is None or org.kind in ("person", "nationality"):
        return None
    k = org.first_token - 1
    if (tok := _same_sentence(doc, k, name.sentence)) is not None and tok.lower == "the":
        k -= 1
    link = _same_sentence(doc, k, name.sentence)
    if link is None or link.lower not in ("of", "at"):
        return None
    toks, i = _role_phrase_before(doc, k - 1, name.sentence)
    prev = _same_sentence(doc, i, name.sentence)
    if not toks or not (prev is None or prev.lower in DETERMINERS or prev.lower == "and" or prev.text == ","):
        return None
    return _make(doc, toks, name, org, "apposition")


def _based(doc: Document, names: list[NameMention]) -> list[TitleMention]:
    out = []
    ordered = sorted(names, key=lambda m: m.first_token)
    firsts = [m.first_token for m in ordered]
    ending: dict[int, NameMention] = {}
    for m in ordered:
        for end in _ends_of(doc, m):
            ending.setdefault(end, m)
    for tok, place in based_descriptors(doc):
        target = None
        # "Harbour Union, a Northport-based group"
        first = place.first_token  # "Dunholme" of "a Dunholme Bridge-based charity"
        det = _same_sentence(doc, first - 1, tok.sentence)
        comma = _same_sentence(doc, first - 2, tok.sentence)
        if det is not None and det.lower in ("a", "an", "the") and comma is not None and comma.text == ",":
            target = ending.get(first - 2)
        if target is None:
            # "the Northport-based nonprofit group Harbour Union": the first name after it, if in
            # the same sentence (a name's sentence is its first token's, so it only grows)
            j = bisect.bisect_right(firsts, tok.index)
            m = ordered[j] if j < len(ordered) else None
            if m is not None and m.sentence == tok.sentence:
                between = doc.tokens[tok.index + 1 : m.first_token]
                if len(between) <= 3 and all(t.kind == "word" and t.text.islower() for t in between):
                    target = m
        if target is None:
            target = _common_noun_target(doc, tok)
        if target is None:
            continue
        out.append(TitleMention(place.start, tok.end, doc.text[place.start : tok.end], "", "", False, "", fold(place.text),
                                target, "based"))
    return out


def _ends_of(doc: Document, m: NameMention) -> list[int]:
    """Where what a name's apposition follows may end: the name, an abbreviation's full stop after it
    ("Velmar Foods Inc., a grocer"), and the short name it defines in brackets after it ("Greyquill
    Energie GmbH ("Greyquill"), the ...")."""
    ends = [m.last_token]
    after = _same_sentence(doc, m.last_token, m.sentence)
    if after is not None and after.text == "." and after.start == m.end:
        ends.append(m.last_token + 1)
        after = _same_sentence(doc, m.last_token + 1, m.sentence)
    if after is not None and after.text == "(":
        for i in range(after.index + 1, after.index + 8):
            tok = _same_sentence(doc, i, m.sentence)
            if tok is None or tok.text == "(":
                break
            if tok.text == ")":
                ends.append(i + 1)
                break
    return ends


def _common_noun_target(doc: Document, tok: Token) -> NameMention | None:
    """ "the Northport-based bank": the organization noun, which the fact base may know by name."""
    for i in (tok.index + 1, tok.index + 2):
        nxt = _same_sentence(doc, i, tok.sentence)
        if nxt is None or nxt.kind != "word" or not nxt.text.islower():
            return None
        if fold(nxt.bare) in ORG_WORDS or nxt.lower in ORG_NOUNS:
            return NameMention(nxt.start, nxt.bare_end, nxt.bare, (nxt.bare,), ((nxt.start, nxt.bare_end),), "organization",
                               nxt.sentence, nxt.index, nxt.index + 1, certain=False)
    return None


def _natives(doc: Document, by_first: dict[int, NameMention], by_last: dict[int, NameMention]) -> list[TitleMention]:
    """ "A native of Sweden, Ada Moss joined in 2023" and "Ada Moss, a native of Sweden,": a country
    of birth, the same descriptor as "Swedish-born" (its affiliation is written so)."""
    out: list[TitleMention] = []
    if "native of" not in doc.prose:
        return out
    for tok in doc.tokens:
        if tok.lower != "native" or tok.index + 2 >= len(doc.tokens) or doc.tokens[tok.index + 1].lower != "of":
            continue
        j = tok.index + 2 + (doc.tokens[tok.index + 2].lower == "the")
        place, det = by_first.get(j), _same_sentence(doc, tok.index - 1, tok.sentence)
        if place is None or det is None or det.lower not in ("a", "an") or born_in(place.text + "-born") is None:
            continue
        after = _same_sentence(doc, place.last_token, tok.sentence)
        if det.index == doc.sentences[tok.sentence].first_token:
            target = by_first.get(place.last_token + 1) if after is not None and after.text == "," else None
        else:
            comma = _same_sentence(doc, det.index - 1, tok.sentence)
            target = by_last.get(det.index - 2) if comma is not None and comma.text == "," else None
        if target is None or target.kind not in ("person", "thing"):  # "Velarde-Stroud": a surname alone
            continue
        out.append(TitleMention(det.start, place.end, doc.text[det.start : place.end], "", "", False,
                                fold(place.text) + "-born", "", target, "nationality"))
    return out


def _description_before(doc: Document, i: int) -> int:
    """The token before a short description in lower case that ends at token `i` and opens with an
    article ("a road haulage company"), else `i`."""
    k = i
    while k >= 0 and i - k < 6 and doc.tokens[k].kind == "word" and doc.tokens[k].text.islower():
        if doc.tokens[k].lower in ("a", "an", "the"):
            return k - 1 if k < i else i
        k -= 1
    return i


def _based_in(doc: Document, names: list[NameMention]) -> list[TitleMention]:
    """ "Harbour Union, which is based in Northport," / "Harbour Union, based in Northport,"."""
    out = []
    by_first = {m.first_token: m for m in names}
    by_last = {m.last_token - 1: m for m in names}
    for tok in doc.tokens:
        if tok.lower != "based" or tok.index + 2 >= len(doc.tokens) or doc.tokens[tok.index + 1].lower != "in":
            continue
        place = by_first.get(tok.index + 2)
        if place is None:
            continue
        i = tok.index - 1
        while i >= 0 and doc.tokens[i].lower in ("which", "who", "is", "was", "are", "that"):
            i -= 1
        i = _description_before(doc, i)  # "Velmar Freight Ltd, a road haulage company based in Tarrowby"
        if i < 0 or doc.tokens[i].text != "," or doc.tokens[i].sentence != tok.sentence:
            continue
        target = by_last.get(i - 1)
        if target is None:
            continue
        out.append(TitleMention(tok.start, place.end, doc.text[tok.start : place.end], "", "", False, "",
                                fold(place.text), target, "based"))
    return out
