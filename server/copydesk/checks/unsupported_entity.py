"""Check kind `unsupported-entity`: a capitalized name of which no word is known and none is near
a known one is a name no source mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk.checks.context import CheckContext, distinctive_words, is_organization_name
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.lexicon import NOT_NAMES, ORG_WORDS, STOPWORDS, fold
from copydesk.world import is_common_english, is_english, nation_of, place_of


def _country_known(ctx: CheckContext, name: str) -> bool:
    """Whether the sources mention the country or home nation that a country name or nationality
    names ("Scottish" where they write "Scotland"); a city or a province is a place of its own: the
    sources naming its country do not name it."""
    place = place_of(name)
    if place is not None and place.kind not in ("country", "demonym"):
        return False
    nation = nation_of(name)
    return nation is not None and nation in ctx.kb.summary.countries


def unsupported_entity(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    for m in ctx.mentions.names:
        if not m.certain or ctx.resolve(m) is not None or ctx.acronym_of(m) is not None or ctx.an_earlier_error(m.start):
            continue  # known, or the expansion of an acronym the sources write, or an error a correction owns up to
        # "Roman-period", "Tarrow-style": a name made an adjective, told apart by the name alone
        words = [_LOWER_TAIL.sub("", w) for w in m.words if w.lower() not in NOT_NAMES and w.lower() not in STOPWORDS]
        if all(part.lower() in NOT_NAMES or part.lower() in STOPWORDS for w in m.words for part in w.split("-")):
            continue  # "July-to-September": months joined, no name
        if len(m.text) < 2 or (len(words) == 1 and _abbreviation_cased(words[0]) and len(words[0]) <= 3
                               and is_common_english(words[0])):
            continue  # an initial, or a common abbreviation ("TV", "PhD")
        if is_organization_name(m.words):  # an organization is unknown if any word that tells it apart is
            if all(ctx.is_familiar(w) for w in distinctive_words(m.words)) and not _a_kind_never_written(ctx, m):
                continue
        elif (not words or any(ctx.is_familiar(w) for w in (words[-1:] if _full_name(ctx, m, words)
                                                             else _told_apart(words, m.kind != "person")))) \
                and (m.kind == "person" or not _a_kind_never_written(ctx, m)):
            continue  # a person is known by the surname: "Colin Marwood" is not the sources' "Corin Ashgrove"
        if all(ctx.is_common_word(w) for w in words) or _a_shouted_heading(ctx, m.start, words):
            continue
        if m.kind != "person" and any("-" in w for w in words) and all(
                ctx.is_familiar(part) for w in words for part in w.split("-") if part):
            continue  # "the Tarrow-Velmar accord": two known names joined, no name of its own
        if _country_known(ctx, " ".join(words)):
            continue  # "Peruvian" (or "Peruvian-born") where the sources name Peru, "Spain" where they say "Spanish"
        yield Hit(m.start, m.end, {"found": m.text, "kind": m.kind if m.kind != "thing" else "name"})


def _a_shouted_heading(ctx: CheckContext, at: int, words: list[str]) -> bool:
    """Whether the name's words are English words on a line written wholly in capitals: a heading's
    "TODAY'S ANNIVERSARIES", "PRECEDENCE AND PAGEANTRY", whose capitals make no name."""
    prose = ctx.document.prose
    line = prose[prose.rfind("\n", 0, at) + 1 : (prose.find("\n", at) + 1 or len(prose) + 1) - 1]
    return line.isupper() and all(is_english(part) for w in words for part in w.split("-") if part)


def _a_kind_never_written(ctx: CheckContext, m) -> bool:
    """Whether no word of the kind of body or place a name is ("Chamber", "Commerce", "Trade") is
    in any source, in any case: "Tarrow Chamber of Trade" is no body the sources know, though they
    know Tarrow. (Where they write "the chamber" or another Tarrow chamber, it may be.) A word
    capitalized only as it opens the sentence ("Owners of Tarrowlite heaters") is no kind."""
    words = m.words[1:] if ctx.document.tokens[m.first_token].sentence_initial else m.words
    told = set(distinctive_words(words))
    content = [w for w in words if w.lower() not in STOPWORDS]
    kind = [w for w in content if w not in told or _common(w)]
    if not kind or len(kind) == len(content):
        return False
    # what body it is: its organization words after the first ("Watch" of "Tarrow Passenger Watch",
    # "Chamber" of "Tarrow Chamber of Trade"), not one that opens the name ("Police" of "Police Ada Moss",
    # a title's last word run into the name)
    heads = [w for w in words[1:] if w in kind and fold(w) in ORG_WORDS]
    return not any(ctx.is_familiar(w) or w.lower() in ctx.kb.vocabulary.lower for w in heads or kind)


def _common(word: str) -> bool:
    return all(is_common_english(part) for part in word.split("-") if part)


_LOWER_TAIL = re.compile(r"(?<=\w)(?:-[a-z]+)+$")


def _told_apart(words: list[str], a_place_or_thing: bool) -> list[str]:
    """The words that tell a name apart: after a short capitalized prefix of a kind ("HMP Welmoor",
    "HMS Tarrow", "NHS Halden"), the rest; and of a place's or a thing's, the ones no common English
    word spells, where some are ("Orrelby Farm", "Orrelby Bridge": the sources' other farms and
    bridges do not make these known); else all of them ("Green Lane"). A person is known by any
    (a surname may be a common word: "Moss")."""
    if len(words) > 1 and _abbreviation_cased(words[0]) and words[0].isupper() and len(words[0]) <= 4:
        words = words[1:]
    rare = [w for w in words if not _common(w)]
    return (rare or words) if a_place_or_thing else words


def _abbreviation_cased(word: str) -> bool:
    """Capitals after the first letter: "TV", "PhD", not "Ada"."""
    return word[:1].isupper() and any(c.isupper() for c in word[1:])


def _full_name(ctx: CheckContext, m, words: list[str]) -> bool:
    """A person's first name and a surname that is no common word, where the sources do not know the
    first word as a name of its own ("Featherstone Rovers", for their "Featherstone", is a club)."""
    return (m.kind == "person" and len(words) > 1 and words[-1] == m.words[-1] and len(words[-1]) > 1
            and not ctx.is_common_word(words[-1]) and not ctx.is_known_word(words[0]))


KIND = CheckKind("unsupported-entity", unsupported_entity)
