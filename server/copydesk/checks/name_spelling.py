"""Check kind `name-spelling`.

A name word the sources never write but that is one or two edits from a name word they do
("Veles" for "Velez") is a misspelling; a lower-case name the sources always capitalize is one
too; a first name that is not the known person's ("Marco Velez") as well.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.document import Token, all_caps
from copydesk.factbase.text import name_key
from copydesk.lexicon import (
    DETERMINERS,
    HONORIFICS,
    NOT_NAMES,
    ORG_WORDS,
    STOPWORDS,
    american,
    fold,
    is_place_adjective,
    is_role_noun,
    lenited,
    unaccented,
)
from copydesk.world import NOUN_ZIPF, is_common_english, is_english, national_place, place_of


def _evidence(ctx: CheckContext, folded: str, limit: int = 2):
    ids = ctx.kb.word_index.get(folded, set())
    out = []
    for i in sorted(ids):
        for prov in ctx.kb.entity(i).mentions:
            if fold(prov.text.split()[-1]) == folded or folded in {fold(w) for w in prov.text.split()}:
                out.append(prov)
                break
        if len(out) >= limit:
            break
    return out


def _sources_count(ctx: CheckContext, folded: str) -> str:
    return _in_sources(ctx.kb.entity(i) for i in ctx.kb.word_index.get(folded, set()))


def _in_sources(entities) -> str:
    """ "1 source", "3 sources": how many sources mention the entities, for a message."""
    n = len({p.source for e in entities for p in e.mentions})
    return f"{n} source" if n == 1 else f"{n} sources"


def name_spelling(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    yield from _misspelled_words(ctx, rule)
    yield from _lowercased_names(ctx, rule)


def _misspelled_words(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    settled: dict[str, tuple[bool, Counter | None]] = {}  # word -> whether it is itself, and the sources' forms
    # of it (a draft names the same people again and again)
    for m in ctx.mentions.names:
        if ctx.an_earlier_error(m.start):
            continue  # "an earlier version misspelled her surname as Mosse": the error owned up to
        entity = ctx.resolve(m)
        # "Colin Marwood" where the sources know a "Corin Ashgrove" and no Marwood: another person,
        # whose first name is no misspelling of someone else's
        stranger = (entity is None and m.kind == "person" and len(m.words) > 1
                    and not ctx.is_known_word(m.words[-1]) and not ctx.near_misses(m.words[-1]))
        if m.kind == "person" and len(m.words) > 1 and not ctx.is_known_word(m.words[-1]) \
                and all(_a_first_name_no_source_gives(ctx, w) for w in m.words[:-1]) and _all_named_in_full(ctx, m.words[-1]):
            continue  # "Brendan Halloway" where the sources know an "Owen Sallowby": a first name none of
            # theirs is near and a surname none of theirs is: another person (two slips are no typo);
            # not where they give the surname no first name ("Judge Quillane": "Ambrose" may be his)
        if entity is None and m.kind != "person" and len(m.words) > 1 and any(
                not ctx.is_known_word(w) and not ctx.near_misses(w) and not ctx.is_common_word(w) for w in m.words):
            continue  # "Pennock Vale Health Trust" where the sources know an "Ormsby Dale Health Trust":
            # another body, whose "Vale" is no misspelling of "Dale"
        for word, (start, end) in zip(m.words[-1:] if stranger else m.words, m.word_spans[-1:] if stranger else m.word_spans):
            if any(c.isdigit() for c in word):
                continue  # "B32-31", a batch code beside the sources' "B32-41": a code, not a name
            state = settled.get(word)
            if state is None:
                known = ctx.is_known_word(word)
                state = settled[word] = (bool(known or word.lower() in NOT_NAMES or ctx.is_common_word(word)
                                              or national_place(word)), ctx.kb.surface_forms.get(fold(word)) if known else None)
            itself, forms = state
            if forms and word.isascii() and not any(form.isascii() for form in forms) \
                    and fold(word) not in ctx.kb.vocabulary.capitalized:
                # "Ozturk", where the sources write only "Öztürk" (not "Quebec", which they also write,
                # if only to open a sentence: "Quebec will pay $2.6 billion")
                if _writes_accents(ctx):  # "Jörg Wittkamper" for "Wittkämper": a draft that writes accents dropped one
                    accented = forms.most_common(1)[0][0]
                    yield Hit(start, end, {"found": word, "expected": entity.name if entity else accented,
                                           "replacement": accented, "sources": _sources_count(ctx, fold(word))},
                              fixes=[(f"Replace with \"{accented}\"", accented)], evidence=_evidence(ctx, fold(accented)),
                              preferred=True)
                continue  # "Gutierrez" for "Gutiérrez" in a draft that writes no accent: its house style
            if itself and (variant := _spelling_variant(entity, word, forms)) is not None:
                yield Hit(start, end, {"found": word, "expected": entity.name, "replacement": variant,  # type: ignore[union-attr]
                                       "sources": _sources_count(ctx, fold(word))},
                          fixes=[(f"Replace with \"{variant}\"", variant)], evidence=_evidence(ctx, fold(word)), preferred=True)
                continue
            if itself or ((not m.certain or all_caps(word)) and is_common_english(word)):
                continue  # a country, a capital or a nationality is itself, never a misspelling; nor is
                # a common word that a sentence or heading begins with ("Fact check: ..."), or a
                # heading in capitals holds ("CRITIC'S PICK" beside a source's "PRESS PACK")
            if fold(word) in ctx.kb.vocabulary.capitalized:
                continue  # "Dragnet", a series a source writes in quotes beside its "Dragonet": a word the
                # sources write as it stands, however near a name of theirs
            misses = ctx.near_misses(word)
            if misses and fold(word).startswith(misses[0][0]) and (national_place(ctx.surface(misses[0][0])) or any(
                    national_place(ctx.kb.entity(i).name) for i in sorted(ctx.kb.word_index.get(misses[0][0], ())))):
                continue  # "Icelandic" for the sources' "Iceland", "Korean" for their "South Korea": the
                # country's adjective, not a misspelling
            if misses and is_place_adjective(fold(word), misses[0][0]):
                continue  # "Ardmoria" where the sources write only "Ardmorian": the place the adjective is of
            if misses and is_place_adjective(misses[0][0], fold(word)) and _a_place(ctx, misses[0][0]):
                continue  # "Antarctic" where the sources write only "Antarctica": the place's adjective
            if misses and fold(word).startswith(misses[0][0]) and is_english(word) and (
                    not m.certain or (len(fold(word)) - len(misses[0][0]) >= 2 and is_english(misses[0][0]))):
                continue  # "Forecasters expect ..." opening a sentence, "Brackwater Environmental" beside the
                # sources' "Cabinet Member for Environment": an English word made from the name word, not a
                # misspelling of it
            if entity is not None:
                own = {fold(w) for a in entity.aliases for w in a.split()}
                preferred = [x for x in misses if x[0] in own]
                misses = preferred or misses
            if not misses:
                continue
            known, _distance = misses[0]
            if unaccented(fold(word)) == unaccented(known) and fold(word) in ctx.kb.vocabulary.capitalized:
                continue  # "Crémant" where one source writes "Cremant" and another "Crémant": both the sources'
            if m.kind != "person" and is_common_english(word) and is_common_english(ctx.surface(known)) and (
                    entity is None or known not in {fold(w) for a in entity.aliases for w in a.split()}):
                continue  # the "Kestle Hill Residents' Association", where the sources name a "Town Hall":
                # two words of the language in a body's name, each itself, not one's typo of the other
            if lenited(fold(word), known, m.text):
                continue  # "Cill Chrionáin" where a source writes "Raidió Chill Chrionáin": one Gaelic word
            tied = len(misses) > 1 and misses[1][1] == misses[0][1] and misses[1][0] != known
            if tied and entity is None:
                continue  # two names equally near: no clear correction
            right = ctx.surface(known)
            if unaccented(fold(word)) == unaccented(known) and not word.isascii():
                continue  # "Gutiérrez" where the sources write "Gutierrez": the wire's house style
            if not all_caps(word):
                right = _as_prose(right)  # "ASHBERY-MOTT" of a court list, written as prose writes names
            if word[:1].isupper() and right[:1].islower():
                right = right[0].upper() + right[1:]  # "Al-Mazrouqi" opening a sentence keeps its capital
            owners = [ctx.kb.entity(i) for i in sorted(ctx.kb.word_index[known])]
            if entity is not None and entity in owners:
                owners.insert(0, entity)
            full = " ".join(_as_prose(w) if fold(w) == known else w for w in next(
                (e.name for e in owners if known in {fold(w) for w in e.name.split()}), right).split())
            yield Hit(start, end, {"found": word, "expected": full, "replacement": right,
                                   "sources": _sources_count(ctx, known)},
                      fixes=[(f"Replace with \"{right}\"", right)], evidence=_evidence(ctx, known), preferred=not tied)
        yield from _wrong_first_name(ctx, m, entity)
        yield from _plural_surname(ctx, m, entity)
        if stranger:
            yield from _surname_of_a_namesake(ctx, m)


def _a_first_name_no_source_gives(ctx: CheckContext, word: str) -> bool:
    """Whether a name's first word is a given name the sources know nothing near: not theirs, no
    near miss of theirs, no initial, no title or common word."""
    return len(word) > 2 and word[:1].isupper() and not ctx.is_known_word(word) and not ctx.near_misses(word) \
        and not ctx.is_common_word(word) and word.lower().rstrip(".") not in HONORIFICS


def _all_named_in_full(ctx: CheckContext, surname: str) -> bool:
    """Whether every known name word the draft's surname is near is a surname the sources give with
    a first name ("Owen Sallowby"; not "Judge Quillane" alone)."""
    misses = ctx.near_misses(surname)
    return bool(misses) and all(
        any(len(words := alias.split()) >= 2 and fold(words[-1]) == known and any(_a_given_name(w) for w in words[:-1])
            for i in ctx.kb.word_index.get(known, ()) for alias in ctx.kb.entity(i).aliases)
        for known, _distance in misses)


def _a_given_name(word: str) -> bool:
    """Whether a word before a surname reads as a given name: capitalized, in lower case after its
    capital, no title ("Judge"), honorific or rank ("PC")."""
    return len(word) > 2 and word[:1].isupper() and word[1:].islower() and word.lower().rstrip(".") not in HONORIFICS \
        and not is_role_noun(word.lower())


def _writes_accents(ctx: CheckContext) -> bool:
    """Whether the draft writes any letter with a diacritic ("Jörg"): one that does, and drops the
    sources' accent on a name, slipped; one that writes none follows a house style."""
    return ctx.remember(("writes accents",), lambda: _ACCENTED_LETTER.search(ctx.document.text) is not None)


_ACCENTED_LETTER = re.compile(r"[^\W\d_A-Za-z]")  # a letter outside ASCII


def _as_prose(word: str) -> str:
    """A name word the sources write only in capitals ("ASHBERY-MOTT", a list's typography) as prose
    writes names, capitalized part by part ("Ashbery-Mott"); others as they are."""
    if not all_caps(word) or len(word) < 2:
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)


def _spelling_variant(entity, word: str, forms: Counter | None) -> str | None:
    """ "Greycastle" for the sources' "Graycastle": a person's name word in the other of two
    spellings that compare equal as common words ("grey"/"gray", "-our"/"-or"); a name keeps its
    letters, and so does a place's or a body's coined word ("Grayquill" for the sources' reservoir
    "Greyquill"), though not a common word in a body's name ("Defence Ministry"). `forms`: the
    sources' forms of the word. The sources' spelling, or None."""
    if entity is None or (entity.kind != "person" and is_common_english(word)):
        return None
    if not forms or word.lower() in {f.lower() for f in forms}:
        return None
    right = forms.most_common(1)[0][0]
    if american(word) == word.lower() and american(right) == right.lower():
        return None  # no spelling folded: a plural, a possessive or a case, told elsewhere
    return right


SURNAME_LIKENESS = 0.88  # Jaro-Winkler: "Kettridge" / "Kettering" 0.91, "Moss" / "Ross" 0.83


def _surname_of_a_namesake(ctx: CheckContext, m) -> Iterator[Hit]:
    """ "Det. Ambrose Kettridge" where the sources know one Ambrose, Ambrose Kettering: a surname
    further than a typo from theirs, but alike from its first letters, after the very first name
    of one known person. The fix is offered, not preferred: a namesake is possible."""
    from rapidfuzz.distance import JaroWinkler

    first, last = fold(m.words[0]), m.words[-1]
    if first in NOT_NAMES or len(last) < 4:
        return
    people = [e for e in ctx.namesakes(m.words[0]) if fold(e.name.split()[0]) == first]
    alike = [e for e in people if JaroWinkler.similarity(last.lower(), e.name.split()[-1].lower()) >= SURNAME_LIKENESS]
    if len(alike) != 1 or len(people) != 1:
        return
    right = alike[0].name.split()[-1]
    start, end = m.word_spans[-1]
    yield Hit(start, end, {"found": last, "expected": alike[0].name, "replacement": right,
                           "sources": _sources_count(ctx, fold(right))},
              fixes=[(f"Replace with \"{right}\"", right)], evidence=alike[0].mentions[:2], preferred=False)


def _plural_surname(ctx: CheckContext, m, entity) -> Iterator[Hit]:
    """ "Lena Vales" for the sources' "Lena Vale": a person's full name whose surname gains or
    loses a final "s". Folding makes the two one word (as it must for "the council's"), so only a
    full name of a known person, with the first name the sources give, says it is a misspelling;
    "the Vales" (a family) is left alone, and so is a name the sources give no sign of a person
    by, no pronoun nor title ("the Light Blues", a crew, in "the Light Blue engine room")."""
    if entity is None or entity.kind != "person" or len(m.words) < 2 or m.possessive \
            or not (entity.gender_votes or entity.titles):
        return
    last, (start, end) = m.words[-1], m.word_spans[-1]
    written = {w.lower() for a in entity.aliases for w in a.split()}
    firsts = {a.split()[0].lower() for a in entity.aliases if len(a.split()) >= 2}
    if m.words[0].lower() not in firsts or last.lower() in written:
        return
    right = next((w for a in entity.aliases for w in a.split()[1:]
                  if w.lower() + "s" == last.lower() or w.lower() == last.lower() + "s"), None)
    if right is None:
        return
    yield Hit(start, end, {"found": last, "expected": entity.name, "replacement": right,
                           "sources": _sources_count(ctx, fold(right))},
              fixes=[(f"Replace with \"{right}\"", right)], evidence=_evidence(ctx, fold(right)), preferred=True)


_PERSONS = {("person", "person"), ("person", "thing"), ("thing", "person")}  # (the sources' kind, the draft's)


def _wrong_first_name(ctx: CheckContext, m, entity) -> Iterator[Hit]:
    """ "Barry Vale" where the sources know only "Lena Vale": advice, with no fix, since the
    sources may simply never name this Vale (a relative, a namesake). A first name where the
    sources give none ("Ivo Vale" for a "Vale" they only call "Vale") is advice too: a copy
    editor checks a first name no source states, since drafts invent them as often as they
    know them. A one-word name the sources never type is a person when the draft says so."""
    if entity is None and len(m.words) >= 2 and m.kind == "person":
        entity = _one_bearer(ctx, m.words[-1])
        if entity is None:
            yield from _none_of_the_bearers(ctx, m)
            return
    if entity is None or len(m.words) < 2 or (entity.kind, m.kind) not in _PERSONS:
        return
    first = m.words[0]
    own = {fold(w) for a in entity.aliases for w in a.split()}
    if fold(first) in own or first.lower() in NOT_NAMES or ctx.is_known_word(first) or ctx.near_misses(first) \
            or national_place(first):
        return  # (nor is "the Netherlands' Wessel Pent" a first name: the country whose he is)
    if fold(m.words[-1]) not in own or fold(first) in ctx.kb.vocabulary.capitalized:
        # the sources write the first name capitalized, though no name of theirs has it: a line in
        # capitals no name was read from ("Before HIS HONOUR JUDGE AMBROSE QUILLANE"), no advice
        return
    full_names = [a for a in entity.aliases if len(a.split()) >= 2 and a.split()[0].lower().rstrip(".") not in HONORIFICS]
    if len(first.rstrip(".")) == 1 and (not full_names or any(a[:1].lower() == first[:1].lower() for a in full_names)):
        return  # "B Tarrenbrook" in a results box: Brychan's initial (an initial states no first name)
    sentence_start = ctx.document.sentences[m.sentence].first_token
    if m.first_token == sentence_start and (is_common_english(first) or first.lower().endswith(_FELLOW)) and any(
            [fold(w) for w in a.split()] == [fold(w) for w in m.words[1:]] for a in full_names):
        return  # "Trainer Orla Pennistone is frank", "Clubmate Brychan Tarrenbrook was third": a word
        # before her whole name, opening the sentence, describes her
    if not full_names and m.first_token > sentence_start and ctx.document.tokens[m.first_token - 1].lower == "the":
        return  # "the White House" names no person, whatever the sources call "House"
    start, end = m.word_spans[0]
    yield Hit(start, end, {"found": first, "expected": entity.name, "sources": _in_sources([entity])},
              evidence=entity.mentions[:2], severity="information",
              variant="other-first-name" if full_names else "unstated-first-name")


_FELLOW = "mate"  # "Clubmate", "Stablemate", "Flatmate": a fellow, however rare the word


def _none_of_the_bearers(ctx: CheckContext, m) -> Iterator[Hit]:
    """ "Hamilton Tregowan" where the sources know Isolde, Hamish and Rafferty Tregowan: a first
    name none of them has (nor nearly has) is advice naming them all, with no fix (which one, if
    any, the draft means is for the editor)."""
    bearers = ctx.bearers(m.words[-1])
    first = m.words[0]
    if len(bearers) < 2 or first.lower() in NOT_NAMES or ctx.is_known_word(first) or ctx.near_misses(first):
        return
    names = [e.name for e in bearers]
    expected = ", ".join(names[:-1]) + " or " + names[-1]
    start, end = m.word_spans[0]
    yield Hit(start, end, {"found": first, "expected": expected, "sources": _in_sources(bearers)},
              evidence=[e.mentions[0] for e in bearers[:2]], severity="information", variant="none-of-the-bearers")


def _one_bearer(ctx: CheckContext, surname: str):
    """The one person the sources know by `surname`, where their full names differ only by a
    spelling of the first name ("Gareth"/"Garath" in one wire): a draft's third first name does not
    resolve to either spelling, yet is no more the person's than theirs. None where two people share it."""
    from rapidfuzz.distance import Levenshtein

    folded = fold(surname)
    people = [e for i in sorted(ctx.kb.word_index.get(folded, set())) if (e := ctx.kb.entity(i)).kind == "person"
              and fold(e.name.split()[-1]) == folded]  # a bare "Duffy" too: the sources may give no first name
    firsts = {e.name.split()[0].lower() for e in ctx.bearers(surname)}
    if not people or any(Levenshtein.distance(a, b) > 2 for a in firsts for b in firsts):
        return None
    return max(people, key=lambda e: (len(e.mentions), -e.id))


def _a_place(ctx: CheckContext, folded: str) -> bool:
    """Whether a source word names a place: one the gazetteer knows, or a place the sources name."""
    surface = ctx.surface(folded)
    entity = ctx.kb.entity_for_name(surface)
    return place_of(surface) is not None or (entity is not None and entity.kind == "place")


def _after_a_determiner(tokens: list[Token], i: int) -> bool:
    """Whether a determiner opens the noun phrase token `i` ends: "the hospice", "the whole synod",
    "its new lifeboat", "the Tarrow widower", "the 3rd baronet" (up to two words between, lower-case,
    an ordinal or a name that qualifies the noun)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k].lower in DETERMINERS:
            return True
        if tokens[k].kind == "number" and tokens[k + 1].lower in _ORDINAL_SUFFIXES:
            continue  # "3rd": a number and its suffix
        if tokens[k].kind != "word" or not (tokens[k].text.islower() or tokens[k].is_capitalized) \
                or tokens[k].sentence_initial or tokens[k].lower in STOPWORDS:
            return False
    return False


def _lowercased_names(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    """ "harbourline" where every source writes "Harbourline", "Lena vale" for "Lena Vale".

    A lower-case word is a mis-cased name only where the sources never write it in lower case and
    either it completes, with the capitalized words beside it, a name the sources know, or the
    sources write it capitalized on its own (not only at a sentence start or inside a longer
    name) and it is no common English word, nor its plural ("older", "review", "independents")."""
    kb = ctx.kb
    tokens = ctx.document.tokens
    capitalized: dict[str, str | None] = {}  # a word's capitalized form in the sources, where it may be a name's
    for tok in tokens:
        if tok.kind != "word" or len(tok.text) < 3 or not tok.text.islower():
            continue
        bare = tok.bare  # "the lamplighter's daughter": the word, not its possessive
        if bare in capitalized:
            right = capitalized[bare]
        else:
            right = capitalized[bare] = _capitalized_in_sources(ctx, bare)
        if right is None:
            continue
        f = fold(bare)
        if not _completes_known_name(ctx, tokens, tok.index):
            if f not in kb.standalone_names and f not in kb.surnames:
                continue
            if f not in kb.standalone_names and not any(_a_known_person(e) for e in ctx.bearers(bare)):
                continue  # "fentanyl" where a docket's title-cased "Distribute Fentanyl" reads as a name
            if len(tok.text) < 4 or is_common_english(tok.bare) or (tok.bare.endswith("s") and is_common_english(tok.bare[:-1])) \
                    or ((_after_a_determiner(tokens, tok.index) or _named_by_its_noun(ctx, f, right))
                        and is_english(tok.bare, NOUN_ZIPF)) or (_a_nickname(ctx, f, right) and is_english(tok.bare)):
                continue  # "independents" for a results table's "Independents", "the hospice" (or "the
                # whole synod", "the sultanate") for the sources' "the Hospice": a word, not a name
                # (nor "investiture and crowning" for an order of service's "and the Crowning")
                # ("velmora abuse" is the sources' "Velmora")
        yield Hit(tok.start, tok.bare_end, {"found": tok.bare, "expected": right, "replacement": right,
                                            "sources": _sources_count(ctx, f)},
                  fixes=[(f"Replace with \"{right}\"", right)], evidence=_evidence(ctx, f), preferred=True)




def _only_before_a_post(ctx: CheckContext, folded: str, right: str) -> bool:
    """Whether the sources write `right` only right before a post's noun ("Emeritus Professor",
    "Senior Lecturer"): a post's capitals, which a draft may write small."""
    return _every_capital(ctx, folded, right, lambda sentence, m: (
        nxt := _WORD_AFTER.match(sentence, m.end())) is not None and is_role_noun(nxt.group(1).lower()))


def _named_by_its_noun(ctx: CheckContext, folded: str, right: str) -> bool:
    """Whether the sources write `right` capitalized only right after a determiner ("the Crowning",
    "the Hospice", "the Peerages (Hereditary Membership) Bill") or opening a line or a table's cell
    ("Criterion | Weighting"): a thing named by its common noun, whose noun the draft may write as a noun."""
    return _every_capital(ctx, folded, right, lambda sentence, m: _OPENING.fullmatch(sentence, 0, m.start()) is not None
                          or _CELL_OPENING.search(sentence, 0, m.start()) is not None
                          or ((before := _WORD_BEFORE.search(sentence, 0, m.start())) is not None
                              and before.group(1).lower() in DETERMINERS))


def _a_nickname(ctx: CheckContext, folded: str, right: str) -> bool:
    """Whether the sources or the draft write `right` as a nickname in quotes inside a name ('Ada
    "Quicksilver" Moss'): an English word made a name, which "a flash of quicksilver" uses as the word."""
    quoted = re.compile(rf"\w+\s+[\"“]{re.escape(right)}[\"”]\s+\w+", re.I)
    return quoted.search(ctx.document.prose) is not None or any(
        quoted.search(p.sentence) for i in sorted(ctx.kb.word_index[folded]) for p in ctx.kb.entity(i).mentions)


def _every_capital(ctx: CheckContext, folded: str, right: str, explained) -> bool:
    """Whether each place a source sentence of a name the word is in writes `right` is `explained`
    (sentence, match): its capital has a reason other than a name's."""
    sentences = [p.sentence for i in sorted(ctx.kb.word_index[folded]) for p in ctx.kb.entity(i).mentions]
    written = re.compile(rf"\b{re.escape(right)}\b")
    return bool(sentences) and all(explained(sentence, m) for sentence in sentences for m in written.finditer(sentence))


_OPENING = re.compile(r"[\W\d_]*")  # what may stand before a sentence's or a list item's first word
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_CELL_OPENING = re.compile(r"(?:\t|[ \t]\|[ \t]|\S {2,})[ \t]*$")  # a table's cell boundary, as TABLE_CELLS
_WORD_AFTER = re.compile(r"\s+(\w+)")
_WORD_BEFORE = re.compile(r"\b(\w+)\s+$")


def _capitalized_in_sources(ctx: CheckContext, word: str) -> str | None:
    """How the sources write a lower-case draft word they only ever capitalize, as a name's word;
    None for a word they write in lower case too, a function word, an office, or one they lack."""
    kb = ctx.kb
    low = word.lower()
    if low in kb.vocabulary.lower or low in STOPWORDS or low in ORG_WORDS or low in NOT_NAMES or is_role_noun(low):
        return None  # "ombudsman finds" for the sources' "the Ombudsman found": an office, not its name
    f = fold(word)
    if f not in kb.word_index:
        return None
    right = ctx.surface(f)
    if right.isupper():
        return None  # "capsize" for a heading's "CAPSIZE AND FOUNDERING": capitals that say nothing of case
    if all(_in_title_case(p.sentence, right) for i in sorted(kb.word_index[f]) for p in kb.entity(i).mentions):
        return None  # "furtherance" for a docket's "Possession of a Firearm in Furtherance of a Drug
        # Trafficking Crime": a title's capitals say nothing of case either
    if _only_before_a_post(ctx, f, right):
        return None  # "emeritus professor" for the sources' "Emeritus Professor": a post's capitals
    return right if right.lower() == low and right[0].isupper() else None


# a title written in title case: capitalized words joined by lower-case small words ("Possession with
# Intent to Distribute", "Firearm in Furtherance of a Drug Trafficking Crime")
_SMALL_WORDS = r"(?:of|in|to|with|for|and|the|a|an|on|at|by|from|or)"
_TITLE_CASE = re.compile(rf"[A-Z][\w'’-]*(?:\s+(?:{_SMALL_WORDS}\s+)+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*)*")
_SMALL_WORD = re.compile(rf"\s{_SMALL_WORDS}\s")


def _in_title_case(sentence: str, word: str) -> bool:
    """Whether every place `sentence` writes `word` lies inside a title-cased stretch of three or
    more capitalized words with a small word between them: a title, whose capitals tell no case."""
    found = False
    for m in re.finditer(rf"\b{re.escape(word)}\b", sentence):
        found = True
        title = next((t for t in _TITLE_CASE.finditer(sentence) if t.start() <= m.start() < t.end()), None)
        if title is None or len(re.findall(r"\b[A-Z]", title.group())) < 3 or not _SMALL_WORD.search(title.group()):
            return False
    return found


def _completes_known_name(ctx: CheckContext, tokens: list, i: int) -> bool:
    """Whether the capitalized words right before and after token `i`, with it, spell a name of
    two or more words the sources know ("Lena vale", "Minister ada Moss")."""
    sentence = tokens[i].sentence

    def capitalized(j: int) -> bool:  # "The" opening the sentence completes no name
        return 0 <= j < len(tokens) and tokens[j].sentence == sentence and tokens[j].is_capitalized \
            and tokens[j].lower not in STOPWORDS

    lo = i
    while capitalized(lo - 1) and not tokens[lo - 1].possessive and i - lo < 3:  # "Tellbridge's breakfast" names nothing
        lo -= 1
    hi = i
    while capitalized(hi + 1) and hi - i < 3:
        hi += 1
    for a in range(lo, i + 1):
        for b in range(hi, i - 1, -1):
            if b - a >= 1:
                words = tuple(tokens[k].bare for k in range(a, b + 1))
                entity = ctx.kb.entity_for_key(name_key(words))
                if entity is not None and entity.kind == "person" and _a_known_person(entity) \
                        and not (a == i and _opens_every_sentence(entity, words[0])) \
                        and (_a_person_beyond_mentions(entity) or not all(is_common_english(w) for w in words)):
                    return True  # (not "Airport express" for a bus the sources name "Airport Express" thrice:
                    # words of the language, a description as much as a name, unless it is someone's)
    return False


def _opens_every_sentence(entity, word: str) -> bool:
    """Whether every source mention of the entity that writes `word` opens its sentence or list item
    with it ("- Redesigned Quiet Hours, with per-app schedules"): a capital the sentence gave it."""
    opening = re.compile(rf"{_OPENING.pattern}{re.escape(word)}\b", re.I)
    written = [p for p in entity.mentions if word.lower() in p.text.lower().split()]
    return bool(written) and all(opening.match(p.sentence) for p in written)


def _a_known_person(entity) -> bool:
    """Whether the sources show a person beyond two capitals: a gender, a title, an honorific or
    more than one mention ("Lena Vale"); not a docket's "Scheduling Conference" or "Distribute
    Fentanyl", two capitalized words of a title-cased entry read as a name."""
    return len(entity.mentions) > 1 or _a_person_beyond_mentions(entity)


def _a_person_beyond_mentions(entity) -> bool:
    """A gender, a title or an honorific: what only a person has."""
    return entity.gender is not None or bool(entity.titles) or any(
        a.split()[0].lower().rstrip(".") in HONORIFICS for a in entity.aliases)


KIND = CheckKind("name-spelling", name_spelling)
