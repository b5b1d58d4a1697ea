"""Check kind `attribution-speaker`: a quote the sources give to one speaker must not be given to
another in the draft ("X said" for a company's statement).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.quote_sources import given_through_pronoun, recounts_a_quote, related_quotes
from copydesk.checks.roles import compatible, holder_of
from copydesk.factbase.model import Entity
from copydesk.factbase.text import named_in_part
from copydesk.lexicon import (
    HONORIFICS,
    KIN_NOUNS,
    ORG_WORDS,
    RANK_ABBREVIATIONS,
    SUBJECT_PRONOUNS,
    fold,
    is_role_noun,
)
from copydesk.mentions.quotes import find_run, quote_words
from copydesk.mentions.titles import is_role_head, is_role_word, normalize_role


def _compatible(ctx: CheckContext, draft: Entity, source_ids: set[int], said: list[str]) -> bool:
    """Whether the draft's speaker can be the sources' (`said`: the sentences the sources quote in)."""
    if draft.id in source_ids:
        return True
    mine = draft.alias_words
    affiliations = {w for t in draft.titles for w in t.affiliation.split()}
    for i in source_ids:
        other = ctx.kb.entity(i)
        if _bare_surname_of(ctx, other, draft) or _bare_surname_of(ctx, draft, other):
            return True  # "Cllr Strake said" is Gideon Strake's; "Baek said" may be either Baek's
        if draft.kind == other.kind == "person" and named_in_part(draft.name, other.name, least=2):
            return True  # "Dámaso Ercilvarte" is "Dámaso Ercilvarte Muñozcal", his second surname dropped
        if ctx.spelled_two_ways(draft, other):
            return True  # "Evgeny Marchenko" in one source is another's "Yevgeny Marchenko"
        theirs = other.alias_words
        if mine & theirs and (draft.kind != "person" or other.kind != "person"):
            return True
        if (affiliations & theirs and other.kind != "person") or (
                {w for t in other.titles for w in t.affiliation.split()} & mine and draft.kind != "person"):
            # a spokesperson of the organization, or the organization of the speaker; not a person
            # named like the speaker's company ("Mr Tarrant" for a director of Tarrant Foods)
            return True
        if (draft.kind == "organization" and other.kind == "person" and any(t.role and not t.affiliation for t in other.titles)
                and mine & {fold(w) for w in _WORD.findall(" ".join(said))}):
            return True  # "the Tarrow Trust said" for "said Ada Moss, the trust's director"
    return False


def _office_holder(ctx: CheckContext, sp) -> Entity | None:
    """The one person the sources give the office a speaker noun names ("the chief executive told
    the meeting"), unless the draft gives that office to someone else it names."""
    doc = ctx.document
    tokens = doc.tokens_between(sp.start, sp.end)
    if len(tokens) < 2 or tokens[0].lower != "the" or not all(is_role_word(t) for t in tokens[1:]) \
            or not is_role_head(tokens[-1]):
        return None
    role, _head, _former = normalize_role([t.bare for t in tokens[1:]])
    holder = holder_of(ctx, role)
    if holder is None or any(t.role and t.target is not None and compatible(role, t.role) and ctx.resolve(t.target) is not holder
                             for t in ctx.mentions.titles):
        return None
    return holder


def _their_post(ctx: CheckContext, sp, source_ids: set[int]) -> bool:
    """Whether a noun speaker that a name owns names a post a source speaker holds ("Tarrow Council's
    flood engineer said" of the engineer the sources quote): the body's officer speaks, not the body."""
    words = [t.bare for t in ctx.document.tokens_between(sp.name.end, sp.end) if t.kind == "word"]
    role, _head, _former = normalize_role(words)
    return bool(role) and any(f.role and compatible(role, f.role) for i in source_ids for f in ctx.kb.entity(i).titles)


def _bare_surname_of(ctx: CheckContext, bare: Entity, person: Entity) -> bool:
    """Whether `bare` is a family name alone that `person` (a full name the sources know) bears."""
    return (len(bare.name.split()) == 1 and bare.kind in ("person", "thing") and person.kind == "person"
            and person in ctx.namesakes(bare.name))


_WORD = re.compile(r"[^\W\d_]+")


def _parts_quoted(ctx: CheckContext, q) -> list:
    """Where the sources print the draft's quote only with no speaker, the attributed source quotes
    that are a run of its words: a wire quoting its first sentence ("Our forecast assumes a
    stronger yen," Ada Moss said) names who spoke the release's bare quote."""
    words = list(quote_words(q.text))
    return [f for f in ctx.quote_candidates(words) if f.speaker_id is not None and len(f.words) >= _PART_WORDS
            and find_run(list(f.words), words) >= 0]


_APPOSITION_AFTER = re.compile(r",\s+(?:(?:the|a|an|its|his|her|their|of)\s|\d{1,3},|who\b|whose\b)")  # ", 34, who runs", ", of the Rail Council,"
_PART_WORDS = 5  # a run this long of a quote's words is that quote, not a phrase it shares


def _named_as_the_draft_names(ctx: CheckContext, words: tuple[str, ...], draft: Entity, right: Entity) -> str:
    """The right speaker's name as the draft names the wrong one: a surname for a surname, unless
    others bear it or the sources never write it alone; for a first name (or a family name written
    first), and otherwise, the full name, which is certain."""
    if len(words) != 1 or right.kind != "person" or len(right.name.split()) < 2:
        return right.name
    if draft.kind == "person" and len(draft.name.split()) > 1 and fold(words[0]) == fold(draft.name.split()[0]):
        return right.name  # "Graham said", of a family that shares a surname; "Tan said" for "Qiu Meiling"
    if right.short_name == right.name or len(ctx.bearers(right.short_name)) > 1:
        return right.name  # "Tan Yiheng"; or "Pellowe", where three Pellowes speak
    return right.short_name


def attribution_speaker(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    for q in ctx.mentions.quotes:
        sp = q.speaker
        if (through := given_through_pronoun(ctx, q)) is not None:
            yield _named_before_the_pronoun(ctx, q, *through)
            continue
        if sp is None or sp.kind not in ("name", "noun") or sp.position == "continued":
            continue  # a continued quote's speaker is named (and checked) at the quote before; a noun
            # speaks for the name it belongs to ("Velmora's government")
        if recounts_a_quote(q):
            continue
        office = sp.name is None
        draft = _office_holder(ctx, sp) if office else ctx.resolve(sp.name)
        stranger = draft is None and not office and _a_stranger(ctx, sp.name)
        if (draft is None and not stranger) or (draft is not None and draft.kind == "nationality"):
            continue  # "the Texas Republican said", "the Frenchman said": a description of the speaker
        if sp.kind == "noun" and (sp.text.split() or [""])[-1].lower() in KIN_NOUNS:
            continue  # "Isolde's parents said": a person's family, lawyer or agent speaks, not the person
        # a source that prints the quote with no speaker at all (a release's bare quote) says nothing
        # of who spoke it; one that names no one we know, or says "he", leaves it open
        facts = [f for f in related_quotes(ctx, q) if f.speaker_id is not None or f.speaker_text] or _parts_quoted(ctx, q)
        if not facts or any(f.speaker_id is None for f in facts):
            if draft is not None and (hit := _of_another_gender(ctx, sp, draft, facts)) is not None:
                yield hit
            continue
        source_ids = {f.speaker_id for f in facts}
        if draft is not None and _compatible(ctx, draft, source_ids, [f.provenance.sentence for f in facts]):
            continue
        if sp.kind == "noun" and sp.name is not None and _their_post(ctx, sp, source_ids):
            continue
        fact = facts[0]
        right_entity = ctx.kb.entity(fact.speaker_id)
        # an office ("the chief executive told the meeting"): no words would say certainly who spoke;
        # a stranger's title or apposition would pass to the one who spoke
        fixes = [] if office or draft is None else _named_fix(ctx, sp, draft, right_entity)
        # a speaker no source mentions may still be the one who spoke, under a name the sources do
        # not use (a married name, a pen name): advice, beside the note that no source names them
        yield Hit(sp.start, sp.end, {"found": sp.text, "expected": right_entity.name, "quote": fact.text,
                                     "source": fact.provenance.source.rsplit("/", 1)[-1]},
                  fixes=fixes, evidence=[f.provenance for f in facts[:2]],
                  severity="information" if stranger else None)


def _named_before_the_pronoun(ctx: CheckContext, q, named, facts: list) -> Hit:
    """ 'Ivo Pent praised the crew. "...," he added.' of Ada Moss's words: Pent, whom "he" goes on
    about, is given her quote. No fix: the sentence that names him may well be his."""
    right = ctx.kb.entity(facts[0].speaker_id)
    return Hit(named.start, named.end, {"found": named.text, "expected": right.name, "quote": facts[0].text,
                                        "source": facts[0].provenance.source.rsplit("/", 1)[-1]},
               evidence=[f.provenance for f in facts[:2]])


def _of_another_gender(ctx: CheckContext, sp, draft: Entity, facts: list) -> Hit | None:
    """ "'...,' Mr Pent said" where every source gives the quote to a "she" it names no one as
    (their "she said" after two people, or after no one): whoever she is, she is not the man the
    draft names, whom its honorific or the sources' pronouns make a man. No fix: the sources do
    not say who she is."""
    if not facts or draft.kind != "person" or any(f.speaker_id is not None or f.speaker_kind != "pronoun" for f in facts):
        return None
    genders = {SUBJECT_PRONOUNS.get(f.speaker_text.lower()) for f in facts}
    theirs = genders.pop() if len(genders) == 1 else None
    honorific = sp.name.honorific if sp.name is not None else None
    mine = (HONORIFICS.get(honorific) if honorific else None) or draft.gender
    if theirs not in ("male", "female") or mine not in ("male", "female") or mine == theirs:
        return None
    fact = facts[0]
    return Hit(sp.start, sp.end, {"found": sp.text, "expected": f'someone they call "{fact.speaker_text.lower()}"',
                                  "quote": fact.text, "source": fact.provenance.source.rsplit("/", 1)[-1]},
               evidence=[f.provenance for f in facts[:2]])


def _a_stranger(ctx: CheckContext, name) -> bool:
    """Whether a speaker's name is a full name (no body's: no organization word) none of whose
    words the sources know, nor a near miss of one: someone the sources never mention, not another
    spelling or form of the name of the one who spoke ("said Ivo Pent" for a quote the sources give
    to Ada Moss). A body the sources never name may be the speaker's own, and is left alone."""
    words = [w for w in name.words if w.lower() not in HONORIFICS]
    return name.kind in ("person", "thing") and len(words) >= 2 and not any(
        fold(w) in ORG_WORDS or ctx.is_known_word(w) or ctx.near_misses(w) for w in words)


def _named_fix(ctx: CheckContext, sp, draft: Entity, right_entity: Entity) -> list[tuple[str, str]]:
    """The fix of a named speaker: the right speaker named as the draft names the wrong one, unless
    a title or an apposition the draft gives the wrong one would pass to the right one."""
    right = _named_as_the_draft_names(ctx, sp.name.words, draft, right_entity)
    before = ctx.document.prose[max(0, sp.start - 12) : sp.start].split()
    word = before[-1].lower().rstrip(".") if before else ""
    # "Dr Pent", "Cllr Pent": the title is his, and the one who spoke may hold none
    titled = bool(before) and (word in HONORIFICS or (before[-1][:1].isupper()
                                                      and is_role_noun(RANK_ABBREVIATIONS.get(word, word))))
    # "said Caspian Wyld, the controller of Westmark One": the apposition is his too
    titled = titled or bool(_APPOSITION_AFTER.match(ctx.document.prose, sp.end))
    # "said head judge Ivo Pent": a title the draft gives him would pass to the one who spoke,
    # unless the sources give her that title too
    titled = titled or any(t.target.start == sp.name.start and not any(
        compatible(t.role, f.role) for f in right_entity.titles if f.role) for t in ctx.mentions.titles)
    return [] if titled else [(f"Replace with \"{right}\"", right)]


KIND = CheckKind("attribution-speaker", attribution_speaker)
