"""Roles compared as wire copy writes them: which titles say the same post, which are offices.

Shared by the checks that read titles (`title-mismatch`, and the attribution checks that must not
move a title from one person to another), so that each compares roles the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from copydesk.lexicon import (
    OFFICE_HEADS,
    ROLE_MODIFIERS,
    SPECIALISTS_ARE,
    TRADE_KINDS,
    TRADES,
    is_role_noun,
    is_specialist,
)

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext
    from copydesk.factbase.model import Entity

HEAD_WORDS = {"head", "chief", "leader", "boss"}


def role_words(role: str) -> set[str]:
    """A role's words, its last one read as "head" where it is a head word ("chief", "boss")."""
    words = role.split()
    return {"head" if w in HEAD_WORDS and i == len(words) - 1 else w for i, w in enumerate(words)}


def compatible_words(role: str) -> set[str] | None:
    """The words (as written) of which a role `compatible` with `role` has one, or None for any
    role: two compatible roles share a word, or a head word ("chief", "head") both read as "head"."""
    if not role.split():
        return None
    return set(role.split()) | (HEAD_WORDS if "head" in role_words(role) else set())


# A rank below the office it names: a deputy director is not the director, nor a shadow minister
# (the opposition's spokesperson for a portfolio) the minister.
LOWER_RANKS = {"deputy", "vice", "assistant", "associate", "under", "lieutenant", "shadow"}


def compatible(role: str, known: str) -> bool:
    """One role says no more than the other ("minister" / "defense minister"), at the same rank."""
    a, b = role_words(role), role_words(known)
    if ("spokesperson" in a and b & _PRESS_OFFICE) or ("spokesperson" in b and a & _PRESS_OFFICE):
        return True  # a head of communications speaks for the body: its spokeswoman
    heads = {role.split()[-1], known.split()[-1]} if role.split() and known.split() else set()
    if len(heads) == 2 and heads <= _LAWYERS:
        return True  # "prosecution counsel" is a prosecutor, "counsel" a lawyer: one trade's words
    if a & LOWER_RANKS != b & LOWER_RANKS:
        return False
    if (field := _field_headed(role)) is not None and field == _field_headed(known):
        return True  # "finance chief" and "chief financial officer": one post, as wire copy writes it
    if _heads_the_portfolio(role, known) or _heads_the_portfolio(known, role):
        return True  # "transport chief" for the "cabinet member for highways and transport"
    return a <= b or b <= a


def _heads_the_portfolio(role: str, known: str) -> bool:
    """Whether `role` is a field's chief ("transport chief", "health boss") and `known` the post
    that holds that field's portfolio: a cabinet member, portfolio holder, minister or secretary
    whose portfolio names it ("highways transport cabinet member"), as copy calls a portfolio's holder."""
    if not role.endswith(_CHIEF_ENDINGS):
        return False
    words, theirs = role.split(), known.split()
    if len(words) != 2 or words[1] not in _CHIEFS or len(words[0]) <= 3 or len(theirs) < 2:
        return False
    holder = " ".join(theirs[-2:]) in _PORTFOLIO_POSTS or theirs[-1] in _PORTFOLIO_HEADS
    return holder and any(w[:_FIELD_STEM] == words[0][:_FIELD_STEM] for w in theirs[:-1])


_CHIEFS = {"chief", "head", "boss"}
_CHIEF_ENDINGS = tuple(sorted(" " + w for w in _CHIEFS))
_PORTFOLIO_POSTS = {"cabinet member", "portfolio holder", "lead member", "executive member"}
_PORTFOLIO_HEADS = {"minister", "secretary"}


_FIELD_STEM = 6  # letters that tell a field's noun and adjective as one: "finance", "financial"


def _field_headed(role: str) -> str | None:
    """The field a role heads, for the two ways copy names a field's head: "chief financial
    officer" and "finance chief" (or "finance director", "finance head") are both "financ"; None
    for any other role."""
    words = role.split()
    if len(words) == 3 and words[0] == "chief" and words[2] == "officer":
        field = words[1]
    elif len(words) == 2 and words[1] in ("chief", "head", "director") and words[0] not in LOWER_RANKS:
        field = words[0]
    else:
        return None
    return field[:_FIELD_STEM] if len(field) > 3 else None


_LAWYERS = {"counsel", "lawyer", "attorney", "prosecutor", "solicitor", "barrister", "advocate"}
_PRESS_OFFICE = {"communications", "communication", "press", "media", "relations", "information"}


# Modifiers that name a body rather than a portfolio: a minister can also be a party or union leader.
_BODIES = {"union", "party", "board", "cabinet", "military", "army", "navy", "police", "press", "public", "state",
           "national", "federal", "regional", "local", "senior", "junior", "top", "deputy", "acting", "interim",
           "assistant", "associate", "team", "crown", "grand", "supreme", "high", "council", "county", "district",
           "city", "town", "parish", "committee", "group", "company", "club", "church", "assembly", "parliament"}


_CABINETS = {"cabinet", "executive", "lead"}  # a council's portfolio holders: "executive member for transport"
# what a person did in the story's event, before their trade or rank ("the investigating officer")
_IN_THE_EVENT = {"inspecting", "arresting", "investigating", "attending", "treating", "examining", "interviewing",
                 "presiding", "visiting", "sentencing", "duty"}
_STAFF = {"officer", "official"}  # heads that name a post only with a field ("press officer", "finance officer")


def is_office(role: str) -> bool:
    """An office excludes others: a minister, a chief executive, a headship of a portfolio ("head of
    research") or a deputy's post ("deputy leader"), or a specialist's field ("neurologist")."""
    words = role.split()
    if not words:
        return False
    if words[-1] in _STAFF and all(w in _BODIES and w != "press" for w in words[:-1]):
        return False  # "the council officer who leads the count", "a senior official": anyone on its staff
    if len(words) > 1 and all(w in _IN_THE_EVENT for w in words[:-1]):
        return False  # "the inspecting officer", "the arresting officer": what one did in the story, no post
    if words[-1] in OFFICE_HEADS or is_specialist(words[-1]):
        return True
    if len(words) > 2 and words[-1] == "member" and words[-2] in _CABINETS:
        return True  # a portfolio in a council's cabinet: "cabinet member for housing" holds that one
    if words[-1] == "leader" and words[:-1] == ["council"]:
        return True  # "the council leader", "leader of the council": one member leads it (a party's may hold any post)
    if len(words) > 1 and words[0] in ("chief", "head") and is_role_noun(words[-1]):
        return True  # a profession's top post: "chief nurse", "head forecaster"
    # a headship of a portfolio, or a rank below the head of a body: "deputy leader" is one post
    return words[-1] in HEAD_WORDS and any(w in LOWER_RANKS or (w not in _BODIES and w not in HEAD_WORDS)
                                           for w in words[:-1])


def holder_of(ctx: CheckContext, role: str, organization: Entity | None = None) -> Entity | None:
    """The one person the sources give `role` (of `organization`, where the draft names it): whom
    "the chief executive" or "Velmora's chief executive" is. A role two people hold, or none,
    names no one."""
    people = (ctx.kb.entity(i) for i in sorted(ctx.kb.people_with_role_words(compatible_words(role))))
    holders = {e.id: e for e in people if any(
        t.role and compatible(role, t.role) and (organization is None or _affiliated(ctx, t.affiliation, organization))
        for t in e.titles)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _affiliated(ctx: CheckContext, affiliation: str, organization: Entity) -> bool:
    return (bool(affiliation) and ctx.kb.entity_for_key(tuple(affiliation.split())) is organization) or \
        bool(set(affiliation.split()) & organization.alias_words)


def is_trade(role: str) -> bool:
    """A trade a person is described by ("dental nurse", "sheep farmer"): no office, no rank."""
    return bool(role.split()) and role.split()[-1] in TRADES


def one_trade(role: str, known: str, left: str = "") -> bool:
    """Whether two trades may be one: the same head or one a kind of the other ("surgeon", "doctor"), unless
    both say what kind ("dental nurse", "veterinary nurse"; "sheep farmer", "dairy farmer"); or a
    word of one inside a word of the other, or two begun alike ("police officer", "policeman";
    "teacher", "schoolteacher"; "postal worker", "postman"). `left`: a word both drop ("retired")."""
    mine = [w for w in role.split() if w != left]
    theirs = [w for w in known.split() if w != left]
    if not mine or not theirs:
        return True
    a, b = mine[-1], theirs[-1]
    if a == b or a in b or b in a or a in TRADE_KINDS.get(b, ()) or b in TRADE_KINDS.get(a, ()) \
            or (is_specialist(a) and b in SPECIALISTS_ARE) or (is_specialist(b) and a in SPECIALISTS_ARE):
        kinds, their_kinds = set(mine[:-1]) - ROLE_MODIFIERS, set(theirs[:-1]) - ROLE_MODIFIERS
        return not (kinds and their_kinds) or bool(kinds & their_kinds)
    return any(x in y or y in x or x[:_STEM] == y[:_STEM] for x in mine for y in theirs)


_STEM = 4  # letters two words of one trade begin with ("post", "farm", "poli")
