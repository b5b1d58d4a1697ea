"""Check kind `title-mismatch`: a title or descriptor the sources contradict.

Offices exclude each other ("prime minister" vs "defense minister", "chief executive" vs
"chairman"); generic descriptors ("leader", "head", "official") never contradict anything; a
"former" or "then-" title is history, not a claim about now. "X-based" must match the base the
sources give.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.roles import (
    LOWER_RANKS,
    compatible,
    compatible_words,
    is_office,
    is_trade,
    one_trade,
    role_words,
)
from copydesk.factbase.model import TitleFact
from copydesk.factbase.text import abbreviates, name_key, named_in_part
from copydesk.lexicon import FUNCTION_WORDS, KIN_NOUNS, ORG_WORDS, RANKING_WORDS, is_role_noun, is_specialist
from copydesk.mentions.titles import FORMER, RETIRED, TitleMention
from copydesk.world import born_in, country_of, is_common_english, nation_of, place_of, same_nation

if TYPE_CHECKING:
    from copydesk.document import Document, Token


def _described_as(ctx: CheckContext, noun: str):
    """The one entity the sources describe with an "X-based" `noun` ("Halden Air, a Tarrow-based
    carrier"): what "the Velmar-based carrier" in a draft refers to. None if none or several."""
    ids = ctx.kb.summary.based_nouns.get(noun.lower(), set())
    return ctx.kb.entity(next(iter(ids))) if len(ids) == 1 else None


def _styled(source_text: str, draft_text: str) -> str:
    """The source's title written as the draft writes titles: on one line, in its case."""
    source_text = " ".join(source_text.split())  # a title a source wraps over two lines
    if draft_text.islower():
        return source_text.lower()
    if draft_text[:1].isupper() and source_text[:1].islower():
        return " ".join(w if i and w in FUNCTION_WORDS else w[:1].upper() + w[1:]
                        for i, w in enumerate(source_text.split()))  # "Minister for Housing"
    return source_text


def _a_relation(ctx: CheckContext, t: TitleMention) -> bool:
    """Whether the title is a relation to a person, not an office: "Ada Moss's lawyer, Lena Vale"
    may direct a law clinic all the same."""
    owner = ctx.resolve(t.affiliation_mention) if t.affiliation_mention is not None else None
    return t.head in KIN_NOUNS and owner is not None and owner.kind == "person"


def _another_bodys_post(ctx: CheckContext, t: TitleMention, entity) -> bool:
    """Whether the draft's title is a post in a body it names by a common noun ("Cllr Ada Moss, the
    club's treasurer") where the sources' offices are elected seats and no title of theirs names that body: a
    councillor may keep a club's books, and the sources' "Cllr" says nothing of the club. (Where
    they give a post, "the firm's chief executive" is another post.)"""
    offices = [f for f in entity.titles if is_office(f.role)]
    if not offices or not all(set(f.role.split()[-1:]) & _SEATS for f in offices):
        return False
    owner = _owner_before(ctx.document, t)
    if owner is None or not owner.text.islower():
        return False
    body = owner.bare.lower()
    return not any(body in f.affiliation.split() or body in f.text.lower().split() for f in entity.titles)


def title_mismatch(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    for t in ctx.mentions.titles:
        entity = ctx.resolve(t.target)
        if entity is None and t.form == "based" and not t.target.certain:
            entity = _described_as(ctx, t.target.text)
        if entity is None:
            continue
        if t.form == "nationality":
            hit = _nationality_conflict(t, entity)
            if hit is not None:
                yield hit
            continue
        if t.based_in:
            bases = {f.based_in: f for f in entity.titles if f.based_in}
            if bases and t.based_in not in bases:
                fact = next(iter(bases.values()))
                right = fact.text
                yield Hit(t.start, t.end, {"found": t.text, "name": entity.name, "expected": right,
                                           "source_text": fact.provenance.sentence if fact.provenance else ""},
                          fixes=[(f"Replace with \"{right}\"", right)],
                          evidence=[f.provenance for f in bases.values() if f.provenance][:2])
            continue
        if _in_its_holders_row(t, entity) or _written_before_its_holder(ctx, t, entity):
            continue
        if (t := _without_its_nationality(ctx, t)) is None:
            continue
        conflict = _affiliation_conflict(ctx, t, entity)
        if conflict is not None:
            yield conflict
            continue
        rank = None if t.former else (_rank_conflict(t, entity) or _grade_conflict(t, entity))
        if rank is not None:
            yield rank
            continue
        if (trade := _trade_conflict(ctx, t, entity)) is not None:
            yield trade
            continue
        t = _with_its_body(t, ctx.document.text)
        if t.former or not is_office(t.role) or _a_relation(ctx, t):
            continue
        if _a_post_taken(ctx, t):
            continue
        if (left := _a_post_left(ctx, t, entity)) is not None:
            yield left
            continue
        # a specialist's field is compared with fields only: a professor may be a neurologist; and a
        # rank with ranks: a general may be the army's spokesman
        offices = [f for f in (_with_its_body(f) for f in entity.titles) if is_office(f.role)
                   and is_specialist(f.role.split()[-1]) == is_specialist(t.role.split()[-1])
                   and _a_rank(f.role) == _a_rank(t.role)]
        # a post held before is history: "founder" now says nothing of the "former mayor" she was
        offices = [f for f in offices if not _held_before(f) or f.role.split()[-1] == t.head]
        # "director" says less than the "associate director" the sources also call her: the draft's
        # "artistic director" is compared with what they say most precisely
        if any(role_words(f.role) == role_words(t.role) or _the_same_post_and_body(t, f) for f in offices):
            continue  # the sources' very words (or "the Harbours Secretary" for their "Harbours Secretary Ada Moss")
        offices = [f for f in offices if not any(role_words(f.role) < role_words(g.role) for g in offices)]
        # a seat and a post held in its chamber go together: a councillor may be the council's deputy leader
        offices = [f for f in offices if not _seat_and_post(t.role, f.role) and not _deputy_in_cabinet(t.role, f.role)]
        if not offices and (moved := _held_by_another(ctx, t, entity)) is not None:
            yield moved  # the sources give no office of theirs to compare, but give this one to another
            continue
        if not offices or any(compatible(t.role, f.role) for f in offices) or _another_bodys_post(ctx, t, entity) \
                or _in_a_body_theirs_do_not_name(ctx, t, entity, offices) \
                or _does_what_it_names(entity, t.head, t.text.split()[-1].lower()) or _listed_as(entity, t.head) \
                or _its_holder_beside(ctx, t, entity):
            continue
        best_role = Counter(f.role for f in offices).most_common(1)[0][0]
        fact = next(f for f in offices if f.role == best_role)
        right = _styled(fact.text, t.text)
        yield Hit(t.start, t.end, {"found": t.text, "name": entity.name, "expected": fact.text,
                                   "source_text": fact.provenance.sentence if fact.provenance else ""},
                  fixes=[(f"Replace with \"{right}\"", right)],
                  evidence=[f.provenance for f in offices if f.provenance][:2])


def _without_its_nationality(ctx: CheckContext, t: TitleMention) -> TitleMention | None:
    """The title with the nationality it opens with taken out where that is a nationality title of
    its own ("The Icelandic minister, Ada Moss": "Icelandic" is compared as her nationality, and
    "minister" as her office, so a wrong nationality is one finding, not two); None where nothing
    else is left."""
    words = t.role.split()
    kept = [w for w in words if nation_of(w) is None]
    if len(kept) == len(words) or not any(o.form == "nationality" and o.target is t.target and t.start <= o.start < t.end
                                          for o in ctx.mentions.titles):
        return t
    return replace(t, role=" ".join(kept)) if kept else None


def _in_its_holders_row(t: TitleMention, entity) -> bool:
    """Whether a plain-text table's row that names the title's holder writes the title as the draft
    does: "Hollowbrand Chair | Professor Ivo Pent (he) | 39 | Senior Lecturer in Chemistry, Ostrevin
    Institute" gives Pent the draft's "Senior Lecturer in Chemistry at the Ostrevin Institute",
    though no clause joins the cells, and the prose gives him only the chair's "Professor"."""
    written = re.compile(rf"(?<![\w-]){re.escape(t.text)}(?![\w-])", re.I)
    return any((row := p.table_row()) is not None and written.search(row) for p in entity.mentions)


def _written_before_its_holder(ctx: CheckContext, t: TitleMention, entity) -> bool:
    """Whether a source writes the draft's title, body and all, as the draft does, right before a
    name of its holder, maybe with a style between, and no capitalized word before it: "Council
    leader Cllr Ada Moss" gives Moss the draft's "Council leader Ada Moss", however the two were
    read into a role and a body (not "Assistant Chief Constable Ada Moss" the draft's "Chief
    Constable", nor "Tarrow manager Ivo Pent" its "Velmar Town manager")."""
    if t.form != "pre":
        return False
    body = t.affiliation_mention
    start = min(t.start, body.start) if body is not None else t.start
    title = ctx.document.text[start : t.end]
    written = re.compile(rf"(?:^|[^\w\s-]\s*|(?-i:\b[a-z]+)\s+){re.escape(title)}[ \t]+(?:[A-Z][a-z]{{1,5}}\.?[ \t]+)?$", re.I | re.M)
    return any(p.document is not None and written.search(p.document.text, max(0, p.start - _TITLE_REACH), p.start)
               for p in entity.mentions)


_TITLE_REACH = 80  # characters before a name that a title written before it is looked for in


def _the_same_post_and_body(t: TitleMention, f: TitleFact) -> bool:
    """Whether a draft's title and a source's say the same words of a post and the body it is held
    in, however each was split into role and body: "the Harbours Secretary" (a harbours secretary)
    is "Harbours Secretary Ada Moss" (a secretary, of the harbours); a plural is its singular."""
    def words(role: str, affiliation: str) -> set[str]:
        return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in role_words(role) | set(affiliation.split())}
    return bool(f.affiliation or t.affiliation) and words(t.role, t.affiliation) == words(f.role, f.affiliation)


def _in_a_body_theirs_do_not_name(ctx: CheckContext, t: TitleMention, entity, offices: list[TitleFact]) -> bool:
    """Whether the draft's title is a post in a body it names ("Lantern Fair founder Ada Moss") where
    each office the sources give the person names another body ("the former mayor of Tarrowby"): a
    mayor may found a fair, and the two posts say nothing of each other (a post of the same head in
    another body, "Callowmere's coach" for Pemberthy's, is the body mistaken). A country's post ("Velmoran defence minister") is no body's: a
    country has one defence minister."""
    aff = t.affiliation_mention
    if aff is None or not t.affiliation or place_of(aff.text) is not None or nation_of(aff.text) is not None:
        return False
    body = ctx.resolve(aff)
    if body is not None and body.kind in ("place", "nationality"):
        return False
    words = set(t.affiliation.split())
    if not all(_body_of(f) and not words & (set(_body_of(f).split()) | set(f.text.lower().split()))
               and f.role.split()[-1] != t.head for f in offices):  # "Callowmere's assistant coach": Pemberthy's coach
        return False
    # unless the sources give that post in that body to someone else: then it is theirs, moved
    return not any(other.id != entity.id and any(f.role and compatible(t.role, f.role) and words & set(_body_of(f).split())
                                                  for f in other.titles)
                   for other in map(ctx.kb.entity, sorted(ctx.kb.people_with_role_words(compatible_words(t.role)))))


def _a_post_taken(ctx: CheckContext, t: TitleMention) -> bool:
    """Whether the draft says the person becomes the post ("who steps down and becomes honorary
    president"), a post whose words the sources write: a change they may tell of another way ("He
    will become honorary president"), which the post they give him now does not contradict."""
    before = ctx.document.text[max(0, t.start - 30) : t.start].lower().split()
    if not _TAKES & set(before[-3:]) or not all(w in ctx.kb.vocabulary.lower for w in t.role.lower().split()):
        return False
    sentence = ctx.document.sentence_at(t.start)
    return sentence is not None and _LEAVES.search(ctx.document.prose, sentence.start, t.start) is not None


_TAKES = {"become", "becomes", "becoming"}  # a post taken now or to come (not "became": one held since)
# a post left in the same sentence: the sources' post is the one left
_LEAVES = re.compile(r"\b(?:steps?|stepping|stands?|standing)\s+down\b|\bretir(?:es?|ing)\b|\bhands?\s+over\b", re.I)


def _held_by_another(ctx: CheckContext, t: TitleMention, entity) -> Hit | None:
    """ "Ivo Pent, the society's president" where the sources make Ada Moss the society's president:
    one body's post, which one other person holds, given to someone else. Advice, without a fix:
    a body may have had two holders, or the draft may report a change the sources predate. Silent
    where the draft names no body for the post ("councillor", "judge", "spokesman": posts many
    hold) or says it changed hands ("the society's new president"), where the sources give the
    person a title like it, give the post to more than one other person, only as a former one or
    of another body, or where the draft's sentence names the holder too ("the designer Ivo Pent,
    the Mayor of Tarrow, Ada Moss": a list, not an apposition)."""
    own = [f for f in entity.titles if f.role]
    if entity.kind != "person" or any(compatible(t.role, f.role) for f in own):
        return None
    owner = _owner_before(ctx.document, t)
    body = t.affiliation or (owner.bare.lower() if owner is not None else "")
    before = ctx.document.text[max(0, t.start - 20) : t.start].lower().split()
    if not body or _CHANGED_HANDS & (set(t.text.lower().split()) | set(before[-2:])):
        return None
    mine = role_words(t.role)
    holders = {}
    for i in sorted(ctx.kb.people_with_role_words(t.role.split())):
        other = ctx.kb.entity(i)
        posts = [f for f in map(_with_its_body, other.titles) if f.role and role_words(f.role) == mine]
        if posts and {_body_of(f) for f in posts} == {body} and not any(map(_held_before, posts)):
            holders[other.id] = (other, posts[0])
    holders.pop(entity.id, None)
    if len(holders) != 1:
        return None
    holder, post = next(iter(holders.values()))
    if entity.name in holder.name or holder.name in entity.name:
        return None  # one person under a longer name the sources' layout ran into it
    if _its_holder_beside(ctx, t, entity):
        return None
    return Hit(t.start, t.end, {"found": t.text, "name": entity.name, "other": holder.name, "expected": post.text,
                                "source_text": post.provenance.sentence if post.provenance else ""},
               evidence=[f.provenance for f in (post, *own[:1]) if f.provenance], variant="held-by-another",
               severity="information")


def _a_post_left(ctx: CheckContext, t: TitleMention, entity) -> Hit | None:
    """ "Ivo Pent, the chair of the trust" where the sources make him the trust's former chair and
    Ada Moss its chair: a post he has left, given to him as held now. Said only where every title of
    his like it is one held before, one other person holds it now, in the same body (the one the
    draft names, if it names one), and the draft's sentence does not name her or say the post
    changed hands ("the trust's new chair", "re-elected chair"). The fix puts "former" first."""
    if entity.kind != "person" or not any(map(_held_before, entity.titles)):
        return None  # (asked of every title: the cheap test first)
    mine = [f for f in entity.titles if f.role and compatible(t.role, f.role)]
    if not mine or not all(map(_held_before, mine)):
        return None
    before = ctx.document.text[max(0, t.start - 20) : t.start].lower().split()
    if _CHANGED_HANDS & (set(t.text.lower().split()) | set(before[-2:])):
        return None
    body = _body_words(mine[0])
    if not body or any(_body_words(f) != body for f in mine):
        return None
    holders = {}
    for i in sorted(ctx.kb.people_with_role_words(compatible_words(t.role))):
        other = ctx.kb.entity(i)
        for f in other.titles:
            theirs = _body_words(f)
            if other.id != entity.id and f.role and compatible(t.role, f.role) and not _held_before(f) \
                    and theirs and (theirs <= body or body <= theirs):
                holders[other.id] = (other, body | theirs)
    if len(holders) != 1 or _its_holder_beside(ctx, t, entity):
        return None
    holder, bodies = next(iter(holders.values()))
    if not set(t.affiliation.split()) | (role_words(t.role) - {t.role.split()[-1]}) <= bodies:
        return None  # the draft's post is in a body of its own
    # "former" goes first, where the title opens its phrase ("the trust's chair", "chair of the trust",
    # "Chair Ivo Pent"); a body's name before it ("Trust chair Ivo Pent") would need rewording
    before = ctx.document.text[ctx.document.sentence_at(t.start).start : t.start].split()
    opens = not before or before[-1].endswith(",") or before[-1].lower() in ("the", "a", "its", "his", "her", "their") \
        or before[-1].endswith(("'s", "’s"))
    right = ("former " if before else "Former ") + (t.text if before else t.text[:1].lower() + t.text[1:])
    fact = mine[0]
    return Hit(t.start, t.end, {"found": t.text, "name": entity.name, "other": holder.name, "expected": fact.text,
                                "source_text": fact.provenance.sentence if fact.provenance else ""},
               fixes=[(f"Replace with \"{right}\"", right)] if opens else [],
               evidence=[f.provenance for f in mine if f.provenance][:2], variant="post-left")


def _body_words(f: TitleFact) -> set[str]:
    """The words of the body a source's title is held in: its affiliation's, the possessive's before
    it, or the role's own besides its head ("trust chairman": "trust")."""
    head = f.role.split()[-1:]
    return set(_body_of(f).split()) | {w for w in f.role.split() if w not in head and w not in LOWER_RANKS}


def _its_holder_beside(ctx: CheckContext, t: TitleMention, entity) -> bool:
    """Whether the title's sentence also names someone else the sources give that title: "the
    designer Ivo Pent, the Mayor of Tarrow, Ada Moss, and others" is a list, and the mayor is Moss."""
    sentence = ctx.document.sentence_at(t.start)
    for m in ctx.mentions.names:
        if sentence.start <= m.start < sentence.end and m is not t.target:
            other = ctx.resolve(m)
            if other is not None and other is not entity and any(f.role and compatible(t.role, f.role) for f in other.titles):
                return True
    return False


# Words that say a post changed hands, which sources written before the change cannot contradict.
_CHANGED_HANDS = {"new", "newly", "incoming", "acting", "interim", "elected", "appointed", "next", "succeeded", "succeeds",
                  "again", "re-elected", "reappointed", "reinstated", "returning"}


def _held_before(f: TitleFact) -> bool:
    """Whether the sources give a title as one held before ("former club commodore")."""
    return bool(FORMER & set(f.text.lower().split()))


def _body_of(f: TitleFact) -> str:
    """The body a source's title names: its affiliation, or the possessive written right before it
    ("the society's president": "society"), or ""."""
    if f.affiliation or f.provenance is None:
        return f.affiliation
    before = re.search(rf"(\w+)['’]s\s+{re.escape(f.text)}\b", f.provenance.sentence, re.I)
    return before.group(1).lower() if before else ""


def _owner_before(doc: Document, t: TitleMention) -> Token | None:
    """The possessive word right before a title, in its sentence ("the society's president")."""
    i = doc.token_index_at(t.start)
    owner = doc.tokens[i - 1] if i > 0 and doc.tokens[i - 1].sentence == doc.tokens[i].sentence else None
    return owner if owner is not None and owner.kind == "word" and owner.possessive else None


def _with_its_body(title: T, text: str = "") -> T:
    """A title whose head is an office only with the body it leads, written as that office: the
    "leader" of the "council" ("Council leader Ada Moss", "Leader of the Council") is the council
    leader, one person; a party's leader is not compared. A draft's title then spans the body's
    word written right before it (`text`: the draft's)."""
    body = title.affiliation.split()[-1] if title.affiliation else ""
    if body not in ORG_WORDS or " " in title.role or is_office(title.role) or not is_office(full := f"{body} {title.role}"):
        return title  # ("Tarrow Council leader": its council's)
    named = title.affiliation_mention if isinstance(title, TitleMention) else None
    if named is not None and named.end <= title.start and not text[named.end : title.start].strip():
        return replace(title, role=full, start=named.start, text=text[named.start : title.end])
    return replace(title, role=full)


T = TypeVar("T", TitleMention, TitleFact)


def _trade_conflict(ctx: CheckContext, t, entity) -> Hit | None:
    """ "a pharmacist" where the sources make her a nurse, "a retired optician" where they make him a
    retired pharmacist: the one trade wire copy describes a person by. A trade is compared with the
    sources' trades (a retired one with their retired ones), never with an office or a former trade
    (careers change), and is silent where the two may be one trade ("policeman", "police officer";
    "surgeon", "doctor") or the sources also give the draft's. The fix is the sources' trade, where
    they give one and the article before the draft's fits it."""
    if any(w in RANKING_WORDS for w in t.text.lower().split()):
        return None  # "the youngest baker in the series": a place among contestants, not a trade
    retired = RETIRED in t.role.split()
    if retired:
        known = [f for f in entity.titles if RETIRED in f.role.split()]
    elif _a_trade_or_field(t.role) and not t.former:
        known = [f for f in entity.titles if _a_trade_or_field(f.role) and RETIRED not in f.role.split()
                 and not _held_before(f)]
        if not is_trade(t.role) and not any(is_trade(f.role) for f in known):
            return None  # a field against fields: compared as offices are (a professor may be a neurologist)
    else:
        return None
    if not known or any(f.role and one_trade(t.role, f.role, RETIRED) for f in entity.titles):
        return None
    fact = known[0]
    right = _styled(fact.text, t.text)
    fixable = len({f.role for f in known}) == 1 and _article_fits(ctx.document.text[max(0, t.start - 4) : t.start], right)
    return Hit(t.start, t.end, {"found": t.text, "name": entity.name, "expected": fact.text,
                                "source_text": fact.provenance.sentence if fact.provenance else ""},
               fixes=[(f"Replace with \"{right}\"", right)] if fixable else [],
               evidence=[f.provenance for f in known if f.provenance][:2], preferred=fixable)


def _a_trade_or_field(role: str) -> bool:
    """A trade ("naval architect") or a specialist's field ("marine biologist"): what a person is,
    which one of the other kind contradicts ("a marine biologist" for the sources' naval architect)."""
    return is_trade(role) or (bool(role.split()) and is_specialist(role.split()[-1]))


def _article_fits(before: str, word: str) -> bool:
    """Whether the article right before a replaced word ("a", "an", or none) still fits `word`."""
    article = before.split()[-1].lower() if before.split() and before[-1:].isspace() else ""
    if article not in ("a", "an"):
        return True
    return (article == "an") == (word[:1].lower() in "aeiou")


_AGENT_ENDS = ("or", "er")  # "prosecutor", "manager": a noun of one who does what its verb says


def _does_what_it_names(entity, head: str, written: str = "") -> bool:
    """Whether a source sentence naming the person says, in a clause of theirs, that they do what the
    draft's role noun names: "prosecutor" for "the council's enforcement officer, who prosecuted the
    case" (not "directed by Ada Moss", nor "whose grandfather founded the firm"); or that they do
    it by the role noun's own verb: "Ada Moss, chief technology officer at Velmar, chaired the
    judging panel" for "judging chair Ada Moss" (not "the panel chaired by Ada Moss's deputy");
    `written` is the role noun as the draft writes it ("chair", which reads as "chairman")."""
    surname = re.escape(entity.name.split()[-1])
    noun = written or head
    own_verb = re.compile(rf"\b{surname}\b[^.;:]{{0,80}}?(?:\b{re.escape(noun)}e?d|\bwho[ \t]+{re.escape(noun)}s)\b(?![ \t]+by\b)")
    if len(noun) >= _AGENT_STEM - 1 and any(own_verb.search(p.sentence) for p in entity.mentions):
        return True
    stem = next((head[: -len(end)] for end in _AGENT_ENDS if head.endswith(end)), None)
    if stem is None or len(stem) < _AGENT_STEM:
        return False
    verb = re.compile(rf"\bwho\s+(?:also\s+|had\s+|has\s+)?{re.escape(stem)}(?:ed|es|s)\b", re.I)
    if any(verb.search(p.sentence) for p in entity.mentions):
        return True
    if head.removeprefix("co-") not in _ACTS_OF_ORIGIN:
        return False
    # "The business was founded in 1998 by Ada Moss": a founding is done once, so its passive names
    # the founder, whatever post she holds now (a "directed by" names no post)
    done_by = re.compile(rf"\b{re.escape(stem)}ed\b[^.;:]{{0,40}}?\bby\s+(?:[A-Z][\w'’-]*\s+){{0,3}}{surname}\b")
    return any(done_by.search(p.sentence) for p in entity.mentions)


_ACTS_OF_ORIGIN = {"founder", "creator", "inventor"}  # what one did once, not a post held


def _listed_as(entity, head: str) -> bool:
    """Whether a source line that the draft's role noun labels lists the person: "Judges: vocal
    coach Ada Moss, record producer Ivo Pent" makes Moss a judge, whatever trade it gives her."""
    label = re.compile(rf"^\s*{re.escape(head)}s?\s*:[^\n]*\b{re.escape(entity.name.split()[-1])}\b", re.I | re.M)
    return any(label.search(p.sentence) for p in entity.mentions)


_AGENT_STEM = 5  # letters of a verb stem long enough to tell it ("prosecut", "manag" is too short to trust)


# Ranks of a service or an academy, held whatever post their holder has ("Brigadier General", the
# army's spokesman; "Professor", the vice-chancellor).
_SERVICE_RANKS = {"general", "admiral", "colonel", "commander", "captain", "lieutenant", "sergeant", "major",
                  "brigadier", "commodore", "corporal", "constable", "inspector", "superintendent", "marshal",
                  "professor", "lecturer",  # an academy's grades: "a senior lecturer" is no professor
                  "magistrate"}  # a bench's grades too: "Chief Magistrate", "Senior Principal Magistrate"
_ACADEMIC_GRADES = {"professor", "lecturer"}  # a grade left out ("lecturer" for "senior lecturer") is no other post


def _a_rank(role: str) -> bool:
    """ "brigadier general", "detective chief inspector"; not "director general" or "attorney general"."""
    words = role.split()
    if not words or words[-1] not in _SERVICE_RANKS:
        return False
    if len(words) == 1 or not is_role_noun(words[-2]) or words[-2] in _SERVICE_RANKS:
        return True
    # a grade or branch before it: a rank where all its words are ("detective chief inspector"), not an
    # office's ("chief inspector of rail incidents", read "rail incidents chief inspector")
    return words[-2] in _GRADES | _BRANCHES and all(w in _SERVICE_RANKS | _GRADES | _BRANCHES for w in words[:-1])


_BRANCHES = {"detective"}  # a branch of a service before its rank ("Detective Inspector"), no post of its own


_SEATS = {"councillor", "councilor", "councilman", "councilwoman", "alderman", "senator", "congressman",
          "congresswoman", "mp", "mep", "assemblyman", "assemblywoman", "representative", "lawmaker", "legislator"}
_POSTS = {"leader", "chairman", "chair", "chairwoman", "chairperson", "speaker", "whip", "head", "president", "member",
          "spokesman", "spokeswoman", "spokesperson"}  # a party's spokesman on a brief sits in its chamber


def _seat_and_post(role: str, known: str) -> bool:
    """Whether one role is an elected seat and the other a post its holder may hold beside it
    ("councillor" and "deputy leader", "senator" and "majority leader"), or the draft's is a seat on
    a board where the sources give a post on it ("director" for their "vice-chair"; not the other
    way round: the post says more than the seat)."""
    a, b = role.split()[-1:], known.split()[-1:]
    return bool((set(a) & _SEATS and set(b) & _POSTS) or (set(b) & _SEATS and set(a) & _POSTS)) \
        or bool(role in _BOARD_SEATS and set(b) & _BOARD_POSTS)


_BOARD_SEATS = {"director", "trustee", "governor", "board member"}  # the bare seat, not "finance director"
_BOARD_POSTS = {"chair", "chairman", "chairwoman", "chairperson", "treasurer", "secretary", "president"}


def _deputy_in_cabinet(role: str, known: str) -> bool:
    """Whether one role is a council's deputy leader and the other a cabinet portfolio, which the
    deputy leader often holds beside it."""
    def deputy(r: str) -> bool:
        return r.split()[-2:] == ["deputy", "leader"]

    def portfolio(r: str) -> bool:
        return r.split()[-1:] == ["member"] and len(r.split()) > 2
    return (deputy(role) and portfolio(known)) or (deputy(known) and portfolio(role))


def _rank_conflict(t, entity) -> Hit | None:
    """ "deputy leader" for the sources' leader of the same body, or "leader" for their deputy
    leader: one office at another rank. Silent where the sources also give the draft's rank."""
    mine = role_words(t.role)
    if not mine - LOWER_RANKS or any(compatible(t.role, f.role) for f in entity.titles if f.role):
        return None
    other = [f for f in entity.titles if f.role and role_words(f.role) - LOWER_RANKS == mine - LOWER_RANKS
             and (not f.affiliation or not t.affiliation or f.affiliation == t.affiliation)]
    return _another_title(t, entity, other) if other else None


def _another_title(t, entity, facts: list, fixable: bool = True) -> Hit:
    """The hit for a title the sources give otherwise (`facts`, the first written as the fix where
    it is `fixable`), whose fix is preferred where they agree on one role."""
    fact = facts[0]
    right = _styled(fact.text, t.text)
    return Hit(t.start, t.end, {"found": t.text, "name": entity.name, "expected": fact.text,
                                "source_text": fact.provenance.sentence if fact.provenance else ""},
               fixes=[(f"Replace with \"{right}\"", right)] if fixable else [],
               evidence=[f.provenance for f in facts if f.provenance][:2],
               preferred=fixable and len({f.role for f in facts}) == 1)


# Words that make a service rank another rank: a chief superintendent is not a superintendent, nor
# a lieutenant colonel a colonel ("Detective" names a branch, not a grade).
_GRADES = {"chief", "senior", "principal", "assistant", "deputy", "lance", "staff", "vice", "rear", "lieutenant",
           "major", "brigadier", "first", "second"}


def _graded_rank(words: list[str]) -> bool:
    """ "chief superintendent", "detective chief inspector", "lieutenant colonel": a service rank and
    its grades; not "director general", whose last word is no rank here."""
    return bool(words) and words[-1] in _SERVICE_RANKS and all(
        w in _GRADES or w in _SERVICE_RANKS or w in _BRANCHES or not is_role_noun(w) for w in words[:-1])


def _grade_conflict(t, entity) -> Hit | None:
    """ "Chief Superintendent Ada Moss" where the sources make her a superintendent, or the other
    way round: a service rank at another grade. Silent where the sources also give the draft's grade."""
    words = t.role.split()
    if not _graded_rank(words) or words[-1] in _ACADEMIC_GRADES:
        return None  # "a physiotherapy lecturer" says less than "senior lecturer in physiotherapy", nothing else
    grade = set(words[:-1]) & _GRADES
    same = [f for f in entity.titles if f.role and _graded_rank(f.role.split()) and f.role.split()[-1] == words[-1]]
    if not same or any(set(f.role.split()[:-1]) & _GRADES == grade for f in same):
        return None
    return _another_title(t, entity, same)


def _nationality_conflict(t, entity) -> Hit | None:
    """ "Italian drugmaker Harbourline" where the sources call it Spanish, or Madrid-based: the
    nationality names another country than every one the sources give it. Words the gazetteer
    does not know ("Anglo-Dutch") are never compared. A country of birth ("Swedish-born") is
    compared only with the countries of birth the sources give: a Swedish-born Dane is no error."""
    if (mine := born_in(t.affiliation)) is not None:
        known = [f for f in entity.titles if born_in(f.affiliation)]
        if not known or any(same_nation(born_in(f.affiliation), mine) for f in known):  # type: ignore[arg-type]
            return None
        # "a native of Norway" is no word to put for "Swedish-born": a fix only from a word of its form
        return _another_title(t, entity, known, fixable=len({born_in(f.affiliation) for f in known}) == 1 and (
            known[0].text.lower().endswith("-born") and t.text.lower().endswith("-born")))
    mine = nation_of(t.affiliation)
    known = [f for f in entity.titles if f.nation]
    if mine is None or not known or any(same_nation(f.nation, mine) for f in known):  # type: ignore[arg-type]
        return None
    said = [f for f in known if not f.role and not f.based_in]  # a nationality the sources wrote
    fields = {"found": t.text, "name": entity.name, "expected": (said or known)[0].text,
              "source_text": known[0].provenance.sentence if known[0].provenance else ""}
    # the sources' word in the draft's form: "Spaniard" is no fix for "Portugal's Ivo Pent"
    kind = place_of(t.text.removesuffix("'s").removesuffix("’s"))
    alike = [f for f in said if kind is not None and (p := place_of(f.text)) is not None and p.kind == kind.kind]
    fixes = [(f"Replace with \"{alike[0].text}\"", alike[0].text)] if alike else []
    return Hit(t.start, t.end, fields, fixes=fixes, evidence=[f.provenance for f in known if f.provenance][:2],
               preferred=len({f.nation for f in known}) == 1)


def _a_defined_party(affiliation: str) -> bool:
    """Whether a source's affiliation is one organization word a document defines as its party
    ("the Company", "the Group", "the Bank", "the Trust"): whom it names, the document says, not the word."""
    return len(affiliation.split()) == 1 and affiliation.lower() in ORG_WORDS


def _a_nickname(name: str) -> bool:
    """A team's nickname, a plural of a common word ("Reds", "Saints"): no place, whatever its entity."""
    words = name.split()
    return len(words) == 1 and words[0].endswith("s") and is_common_english(words[0])


def _affiliation_conflict(ctx: CheckContext, t, entity) -> Hit | None:
    """ "Velmoran Defense Minister Ada Moss" where the sources give her the same office as a
    Quillonian: two nationalities, or two organizations, for one role. A place and a nationality
    ("Quillon's" and "Quillonian") are never compared: without a gazetteer they may be one country."""
    aff = t.affiliation_mention
    if aff is None or t.former or not t.role:
        return None
    known = [f for f in entity.titles if f.affiliation and f.role and compatible(f.role, t.role)]
    if not known or any(f.affiliation == t.affiliation or aff.text.lower() in f.text.lower() for f in known):
        return None  # "dean of Tarrow Business School" at the university: the school is in the title
    if any(_a_defined_party(f.affiliation) for f in known):
        # "Non-Executive Chairman of the Company": a filing's name for its own company; "The Board's
        # chief executive" names the Harbour Board the draft writes out
        return None
    mine_country = country_of(t.affiliation)
    if mine_country is not None and all(f.country for f in known):
        if any(f.country == mine_country for f in known):
            return None  # "Spain's" and "Spanish": one country
        fact = known[0]
        return Hit(aff.start, aff.end, {"found": aff.text, "name": entity.name, "expected": fact.text,
                                        "source_text": fact.provenance.sentence if fact.provenance else ""},
                   evidence=[f.provenance for f in known if f.provenance][:2])
    mine = ctx.resolve(aff)
    theirs = [ctx.kb.entity_for_key(name_key(tuple(f.affiliation.split()))) for f in known]
    if mine is None or any(e is None or e.id == mine.id or named_in_part(mine.name, e.name) or abbreviates(mine.name, e.name)
                           or ctx.spelled_two_ways(mine, e) for e in theirs):
        return None  # (or "Quillmoor's head of media relations" at Quillmoor International Airport, or the
        # "SDU" of a "Shopfloor and Depot Union (SDU)")
    kinds = {mine.kind, *(e.kind for e in theirs)}
    if kinds == {"place"} and (aff.kind != "place" or _a_nickname(aff.text) or not is_office(t.role)):
        return None  # two places for one office ("Tarrow's mayor" for the mayor of Halden), not a team's "Reds"
    if kinds not in ({"nationality"}, {"organization"}, {"place"}) or (aff.kind == "place" and kinds != {"place"}):
        return None  # "the union's convenor at Tarrow": where it is held, not whose post
    fact = known[0]
    right = theirs[0].name
    return Hit(aff.start, aff.end, {"found": aff.text, "name": entity.name, "expected": f"{right} {fact.text}".strip(),
                                    "source_text": fact.provenance.sentence if fact.provenance else ""},
               fixes=[(f"Replace with \"{right}\"", right)],
               evidence=[f.provenance for f in known if f.provenance][:2])


KIND = CheckKind("title-mismatch", title_mismatch)
