"""Check kind `attribution-pronoun`.

A pronoun that attributes a quote must be able to refer to its speaker: not "she" for a man the
sources call "he", not "he" or "she" for a statement the sources give to an organization or an
office, and not a pronoun with no one in the draft it can refer to.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from typing import Annotated

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, Share, doc
from copydesk.checks.quote_sources import (
    given_through_pronoun,
    quote_matches,
    recounts_a_quote,
    related_quotes,
    source_speakers,
)
from copydesk.checks.roles import holder_of
from copydesk.factbase.model import Entity
from copydesk.lexicon import GENDERED_NOUNS, KIN_NOUNS, ORG_WORDS, PERSON_NOUNS, PRONOUNS, REPORTING_VERBS
from copydesk.mentions.names import NameMention
from copydesk.mentions.pronouns import antecedents, reports, reports_itself
from copydesk.mentions.quotes import after_named_quotes
from copydesk.mentions.spans import SpanSet
from copydesk.mentions.titles import is_role_head, is_role_word, normalize_role
from copydesk.world import demonym_of


def _is_person_noun(text: str) -> bool:
    """ "the minister", "the 30-year-old", "the Norwegian", "the Bishop of Tarrow": a noun that can
    only be a person (an office's word before "of" and where it is), or a gendered one ("her brother");
    and "the Swiss racer": a nationality before a noun that heads no body's name ("the Swiss bank")."""
    words = text.split()
    if any(demonym_of(w) for w in words[:-1]) and words[-1].lower() not in ORG_WORDS:
        return True
    words = words[words.index("of") - 1 : words.index("of")] if "of" in words[1:] else words[-1:]
    return any(w.lower() in PERSON_NOUNS or w.lower() in GENDERED_NOUNS or w.lower().endswith("year-old") or demonym_of(w)
               for w in words)  # "Her brother said:" is a person's


def attribution_pronoun(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    doc = ctx.document
    people = [m for m in ctx.mentions.names if (e := ctx.resolve(m)) is not None and e.kind == "person"]
    # a name inside someone's quoted words ("a village like Nether Scrowby") is no one a reporter's
    # "He added" goes on about
    quoted = _quoted_spans(ctx)
    narrated = [m for m in people if not quoted.overlaps(m.start, m.end)]
    # who a pronoun could be: every name that may be a person's, known or not ("Strood" for two
    # Stroods is someone, of no known gender)
    anyone = [m for m in ctx.mentions.names if _kind(ctx.resolve(m), m) in ("person", "thing")
              and not quoted.overlaps(m.start, m.end)]
    people_by_paragraph: dict[int, list] = {}
    for m in anyone:
        people_by_paragraph.setdefault(doc.sentences[m.sentence].paragraph, []).append(m)
    for q in ctx.mentions.quotes:
        sp = q.speaker
        if sp is None or sp.kind != "pronoun" or sp.pronoun not in PRONOUNS or sp.position == "continued":
            continue
        gender = PRONOUNS[sp.pronoun]
        at = doc.token_index_at(sp.start)
        if at and doc.tokens[at - 1].lower in REPORTING_VERBS and doc.tokens[at - 1].sentence == doc.tokens[at].sentence:
            continue  # "Ivo Pent says she writes 'with the candour of ...'": his words about her, maybe
        if recounts_a_quote(q):
            continue
        facts, speakers = source_speakers(ctx, q)
        fields = {"found": sp.text, "quote": q.text}
        if speakers:
            if any((e.kind == "person" and e.gender in (None, gender)) or e.kind == "thing" for e in speakers):
                continue  # a "thing" that speaks ("BRENDA (CALLER):") is someone the sources could not tell
            if _follows_a_misattributed_quote(ctx, sp.start, gender, same_sentence=True):
                continue  # '"...," Ada Moss said, but she pointed to "...": the name is wrong, not "she"
            if given_through_pronoun(ctx, q) is not None:
                continue  # 'Ivo Pent praised the crew. "...," he added.' of Ada Moss's words: the name is wrong
            e = speakers[0]
            why = f"the sources give this quote to {e.name}" + (f", whom they call {'he' if e.gender == 'male' else 'she'}" if e.kind == "person" else f", {('an ' if e.kind[0] in 'aeiou' else 'a ') + e.kind}")
            yield Hit(sp.start, sp.end, {**fields, "why": why}, evidence=[f.provenance for f in facts[:2]],
                      severity="information" if _loosely_matched(ctx, q, rule) else None)
            continue
        said = {PRONOUNS.get(f.speaker_text.lower()) for f in facts if f.speaker_kind == "pronoun"}
        if facts and said and len(said) == 1 and None not in said and gender not in said and all(
                f.speaker_kind == "pronoun" or f.speaker_id is None for f in facts):
            other = "he" if "male" in said else "she"  # the sources' own pronoun for this very quote
            yield Hit(sp.start, sp.end, {**fields, "why": f"the sources write \"{other} said\" of this quote"},
                      evidence=[f.provenance for f in facts[:2]])
            continue
        # "I wrote to the Secretary of State": a report's first person is its author, someone; and
        # "You described it as ...", counsel to a witness: the second person is the one addressed
        nouns = [f for f in facts if f.speaker_kind == "noun" and not _is_person_noun(f.speaker_text)
                 and f.speaker_text.lower() not in ("i", "we", "you")]
        if nouns and len(nouns) == len(facts):
            f = nouns[0]
            yield Hit(sp.start, sp.end, {**fields, "why": f"the sources give this quote to {f.speaker_text}, not a person"},
                      evidence=[f.provenance])
            continue
        # no source speaker: the pronoun must be able to refer to someone the draft names before it
        here = doc.sentence_at(sp.start)
        if here is None:
            continue
        window = antecedents(doc, anyone, sp.start, skip=(q.open_at, q.close_at + 1), sentences_back=3)
        previous = [m for m in people_by_paragraph.get(here.paragraph - 1, []) if m.start < q.open_at]
        candidates = window or ([] if _carried_by_pronoun(ctx, here.paragraph, q.open_at, gender) else previous)
        if candidates and _described_since(ctx, doc.sentences[min(m.sentence for m in candidates)].start, q.open_at,
                                           gender, quoted):
            continue  # "... The chair said ... // '...,' she said": the chair, whom no name gives ("The Mayor
            # said he remembered Mrs Moss's classroom. '...,' he said": before the name, too)
        if candidates and _opened_by_pronoun(ctx, here.paragraph, min(m.start for m in candidates), gender):
            continue  # "He said he had met Mrs Moss ... '...,' he said": the "he" the paragraph opened with
        if candidates and _owned_before_anyone(ctx, doc.paragraph_opening(here).start, q.open_at, gender, anyone):
            continue  # "Her third call was again answered by Mr Pent. '...,' she said": the caller, whose
            # call the paragraph opened with
        hit = _no_antecedent([ctx.resolve(m) for m in candidates], gender, sp.start, sp.end, sp.text, fields)
        if hit:
            yield hit
    for start, end, text, quoted_speaker in statement_pronouns(ctx):
        here = doc.sentence_at(start)
        if here is not None and _named_by_pronoun_before(doc, here, start, PRONOUNS[text.lower()]):
            continue  # "Her lawyer, Ivo Pent, said she would appeal": she is whose lawyer he is
        if here is not None and _relative_before(doc, here, start):
            continue  # "Ada Moss said her brother had phoned to say he would be home": he is the brother
        at = doc.token_index_at(start)
        if here is not None and not reports(doc.tokens, at) and _carried_by_pronoun(
                ctx, here.paragraph, start, PRONOUNS[text.lower()], 2 if _opens_paragraph(doc, here) else 1):
            continue  # after a quote, "He plans..." may be the feature's subject, who goes by "he" throughout
            # (a paragraph of its own after a paragraph of someone's quote: "her" two paragraphs up)
        if here is not None and not reports_itself(doc.tokens, at) and _carried_by_pronoun(
                ctx, here.paragraph, start, PRONOUNS[text.lower()], owned_from=doc.paragraph_opening(here).start):
            continue  # "Ada Moss said he would ...", after a paragraph about a man who goes by "he": he may be
            # (or in one that has said "her" of no one named: "Ivo Pent, one of her students, recalled that she")
        if here is not None and _owned_before_anyone(ctx, doc.paragraph_opening(here).start, start,
                                                     PRONOUNS[text.lower()], anyone):
            continue  # "The opening concert, and her fourth at the helm, ended with Beethoven's Seventh -
            # more, she admitted, than Beethoven ever had": the paragraph opens on her, named before it
        nearest = antecedents(doc, anyone, start, sentences_back=0)[:1]
        if nearest and _kind(ctx.resolve(nearest[0]), nearest[0]) == "thing" and _reports_right_before(
                doc, nearest[0].end, start):
            continue  # "Ivo Pent was in court, and Orrendby said she did not know ...": a name of no known
            # kind that reports the pronoun's clause may be the "she"
        before = antecedents(doc, narrated, start, sentences_back=1)
        if here is not None and _trailing_report(doc, at):
            # "Ada Moss had told MPs the lists were falling, he recalled": whom he reports is not he,
            # who is named before (she may recall her own words)
            gender = PRONOUNS[text.lower()]
            before = [m for m in before if m.sentence != here.index
                      or (e := ctx.resolve(m)) is None or e.gender in (None, gender)]
        if before and here is not None and _opened_by_pronoun(ctx, here.paragraph, min(m.start for m in before),
                                                              PRONOUNS[text.lower()]):
            continue  # "She told the jury that Mr Pent had ... She said she had never met ...": the "she"
            # the paragraph goes on with, named before him
        if before and here is not None and _described_since(ctx, doc.sentences[min(m.sentence for m in before)].start, start,
                                                            PRONOUNS[text.lower()], quoted):
            continue  # "Asked by the chair, Ada Moss, why ..., the director said ... He said he took
            # responsibility": the director, whom no name gives here
        candidates = [ctx.resolve(m) for m in before]
        if not candidates and quoted_speaker is not None:  # a new paragraph goes on about the speaker
            candidates = [ctx.resolve(quoted_speaker)]
        if not candidates:  # "Velmora's chief executive said that she ...": the office's holder
            holder = _role_holder(ctx, doc.token_index_at(start))
            candidates = [holder] if holder is not None else []
        if here is None or not candidates or _follows_a_misattributed_quote(ctx, start, PRONOUNS[text.lower()]):
            continue
        hit = _no_antecedent(candidates, PRONOUNS[text.lower()], start, end, text, {"found": text, "quote": ""})
        if hit:
            yield hit


def _reports_right_before(doc, end: int, start: int) -> bool:
    """Whether the words from `end` to `start` are a reporting verb, maybe with "that" ("said", "told
    reporters that"): the name before them is the subject that reports the clause after."""
    words = [t.lower for t in doc.tokens_between(end, start) if t.kind == "word"]
    return 1 <= len(words) <= 3 and words[0] in REPORTING_VERBS


def _loosely_matched(ctx: CheckContext, q, rule: Rule) -> bool:
    """Whether the source quote a draft quote's speaker is read from matches it only loosely (a
    paraphrase, maybe, of someone else's words): the pronoun is then worth a look, not a claim."""
    matches = quote_matches(ctx, q)
    return bool(matches) and not matches[0].exact and matches[0].tightness < rule.params.min_claim_tightness


def _named_by_pronoun_before(doc, sentence, start: int, gender: str) -> bool:
    """Whether a pronoun of `gender` ("Her lawyer") comes earlier in the pronoun's sentence: the
    sentence is about that person already, whoever it names."""
    return any(t.kind == "word" and PRONOUNS.get(t.lower) == gender and t.start < start
               for t in doc.tokens[sentence.first_token : sentence.last_token])


def _relative_before(doc, sentence, start: int) -> bool:
    """Whether someone named by a possessive and a noun ("her brother", "his wife", "her client")
    comes earlier in the pronoun's sentence or the one before it in its paragraph ("Ada Moss,
    defending, said her client was remorseful. She said he had written a letter"): the pronoun may
    be that person, whom no name gives."""
    def relative(a, b) -> bool:
        return a.lower in ("her", "his", "their") and (b.lower in PERSON_NOUNS or b.lower in GENDERED_NOUNS
                                                      or b.lower in KIN_NOUNS or b.lower in _PARTIES)

    toks = [t for t in doc.tokens[sentence.first_token : sentence.last_token] if t.start < start]
    if any(relative(a, b) for a, b in itertools.pairwise(toks)):
        return True
    if not sentence.index or doc.sentences[sentence.index - 1].paragraph != sentence.paragraph:
        return False
    before = doc.sentences[sentence.index - 1]
    # in the sentence before, one who is not a name's apposition ("said their coach, Ada Moss": hers)
    toks = doc.tokens[before.first_token : before.last_token + 1]
    return any(relative(a, b) and c.kind == "word" and c.text.islower() for a, b, c in zip(toks, toks[1:], toks[2:]))


_PARTIES = {"client", "patient", "colleague", "employer", "boss", "tenant", "landlord", "pupil", "employee"}


def _follows_a_misattributed_quote(ctx: CheckContext, start: int, gender: str, same_sentence: bool = False) -> bool:
    """Whether the pronoun at `start` goes on about the speaker of the quote just before it in its
    paragraph, whom the sources name otherwise and call by this pronoun ('"...," Ivo Pent said. But
    she warned ...' of Ada Moss's quote): the name is wrong, and `attribution-speaker` says so.
    `same_sentence`: only a quote of the pronoun's own sentence ('"...," Ivo Pent said, but he
    pointed to "..."', both Ada Moss's words)."""
    doc = ctx.document
    here = doc.sentence_at(start)
    quotes = ctx.mentions.quotes
    closes = ctx.remember(("quote closes",), lambda: [q.close_at for q in quotes])  # in text order, as the quotes
    last = None
    for q in reversed(quotes[: bisect.bisect_left(closes, start)]):
        if here is None or (s := doc.sentence_at(q.close_at)) is None or s.paragraph != here.paragraph:
            break
        if q.speaker is not None and q.speaker.kind == "name":
            last = q
            break
    if last is None or (same_sentence and doc.sentence_at(last.close_at) is not here):
        return False
    facts = related_quotes(ctx, last)
    if any(f.speaker_id is not None and (e := ctx.kb.entity(f.speaker_id)).kind == "person" and e.gender == gender
           for f in facts):
        return True
    # '"...," Ada Moss said, but she pointed to ...' of Ivo Pent's words: "she" is the Moss the
    # draft names, whose name `attribution-speaker` says is wrong
    named = ctx.resolve(last.speaker.name) if last.speaker.name is not None else None
    return named is not None and named.kind == "person" and named.gender == gender and bool(facts) \
        and all(f.speaker_id is not None and f.speaker_id != named.id for f in facts)


def _described_since(ctx: CheckContext, start: int, end: int, gender: str, quoted: SpanSet) -> bool:
    """Whether one person is named by a noun, not a name, between `start` and `end` outside the
    `quoted` spans ("the chair", "the Queen"; not "the King" for "she", nor "the officials"), or
    by kin who speak ("according to her husband", "her son said"; not "the work her husband began"):
    a pronoun after it may be that person."""
    tokens = ctx.document.tokens
    for det, noun in itertools.pairwise(ctx.document.tokens_between(start, end)):
        w = noun.lower
        speaks = det.lower in ("her", "his", "their") and (
            (det.index >= 2 and (tokens[det.index - 2].lower, tokens[det.index - 1].lower) == ("according", "to"))
            or (noun.index + 1 < len(tokens) and tokens[noun.index + 1].lower in REPORTING_VERBS))
        if (det.lower == "the" or speaks) and noun.kind == "word" and not quoted.overlaps(noun.start, noun.end) and (
                GENDERED_NOUNS.get(w) == gender or (w in PERSON_NOUNS and w not in GENDERED_NOUNS and not w.endswith("s"))):
            return True
    return False


def _kind(entity: Entity | None, m) -> str:
    return entity.kind if entity is not None else m.kind


def _carried_by_pronoun(ctx: CheckContext, paragraph: int, before: int, gender: str, back: int = 1,
                        owned_from: int | None = None) -> bool:
    """Whether a pronoun of `gender` outside quotes runs through the `back` paragraphs before or
    this one before `before`: a feature's subject goes by "she" for paragraphs on end, so the
    people named nearby are not all "she" could be. From `owned_from` on, only a possessive or an
    object counts ("one of her students"): a subject there may be the very slip checked."""
    doc = ctx.document
    quoted = [(q.open_at, q.close_at + 1) for q in ctx.mentions.quotes]
    return any(PRONOUNS.get(p.text.lower()) == gender and p.start < before
               and paragraph - back <= doc.sentences[p.sentence].paragraph <= paragraph
               and (owned_from is None or p.start < owned_from or p.text.lower() in _OWNED)
               and not any(a <= p.start < b for a, b in quoted) for p in ctx.mentions.pronouns)


_OWNED = {"her", "hers", "herself", "his", "him", "himself"}  # a pronoun that is no clause's subject


def _pronoun_starts(ctx: CheckContext) -> list[int]:
    """Where the draft's pronouns start, in text order (for a bisect), once a check."""
    return ctx.remember(("pronoun starts",), lambda: [p.start for p in ctx.mentions.pronouns])


def _quoted_spans(ctx: CheckContext) -> SpanSet:
    """The draft's quotes, marks included, once a check."""
    return ctx.remember(("quoted spans",), lambda: SpanSet([(q.open_at, q.close_at + 1) for q in ctx.mentions.quotes]))


def _owned_before_anyone(ctx: CheckContext, opening: int, before: int, gender: str, anyone: list[NameMention]) -> bool:
    """Whether the paragraph (from `opening`) says "her" (or "his", "him") of `gender`, outside
    quotes, before it names anyone who may be a person and before `before`: it goes on about
    someone the paragraphs before named, whom its "she" is."""
    pronouns = ctx.mentions.pronouns
    starts = _pronoun_starts(ctx)
    owned = [p for p in pronouns[bisect.bisect_left(starts, opening) : bisect.bisect_left(starts, before)]
             if p.text.lower() in _OWNED and PRONOUNS.get(p.text.lower()) == gender]
    if not owned:
        return False
    named = min((m.start for m in anyone if opening <= m.start < before), default=before)
    quoted = _quoted_spans(ctx)
    return any(p.start < named and not quoted.overlaps(p.start, p.start + 1) for p in owned)


def _opened_by_pronoun(ctx: CheckContext, paragraph: int, before: int, gender: str) -> bool:
    """Whether a subject "he" or "she" of `gender`, outside quotes and not the subject of a reported
    clause ("said that she would stay": whoever she is), comes in the paragraph before `before`:
    "He said he had met Mrs Moss ...", "In 1966 she married Ivo Pent": the paragraph goes on about
    that person, named before it or not."""
    doc = ctx.document
    pronouns = ctx.mentions.pronouns
    starts = _pronoun_starts(ctx)
    quoted = _quoted_spans(ctx)
    for k in range(bisect.bisect_left(starts, before) - 1, -1, -1):  # back from `before`, within the paragraph
        p = pronouns[k]
        if doc.sentences[p.sentence].paragraph != paragraph:
            return False
        if PRONOUNS.get(p.text.lower()) == gender and p.text.lower() in ("he", "she") \
                and not quoted.overlaps(p.start, p.start + 1) \
                and (reports_itself(doc.tokens, p.token) or not reports(doc.tokens, p.token)):
            return True
    return False


def _role_holder(ctx: CheckContext, pronoun: int) -> Entity | None:
    """The one person the sources give the office that the reporting verb's subject names, in
    "Velmora's chief executive said (on Monday) that she ...", or None."""
    tokens = ctx.document.tokens
    sentence = tokens[pronoun].sentence
    verb = next((i for i in range(pronoun - 2, max(-1, pronoun - 8), -1)
                 if tokens[i].sentence == sentence and tokens[i].lower in REPORTING_VERBS), None)
    if verb is None:
        return None
    i = verb - 1
    words: list = []
    while i >= 0 and tokens[i].sentence == sentence and tokens[i].kind == "word" and not tokens[i].possessive \
            and (is_role_word(tokens[i]) or tokens[i].text.islower()) and tokens[i].lower not in ("the", "a", "an") and len(words) < 4:
        words.insert(0, tokens[i])
        i -= 1
    if not words or not is_role_head(words[-1]):
        return None
    owner = ctx.mentions.names[k] if i >= 0 and tokens[i].possessive and (k := _name_ending_at(ctx, i)) is not None else None
    if owner is None and not (i >= 0 and tokens[i].lower == "the"):
        return None
    role, _head, _former = normalize_role([t.bare for t in words])
    return holder_of(ctx, role, ctx.resolve(owner) if owner is not None else None)


def _name_ending_at(ctx: CheckContext, token: int) -> int | None:
    return next((k for k, m in enumerate(ctx.mentions.names) if m.last_token - 1 == token), None)


def _opens_paragraph(doc, sentence) -> bool:
    return sentence.index == 0 or doc.sentences[sentence.index - 1].paragraph != sentence.paragraph


def _trailing_report(doc, at: int) -> bool:
    """Whether the pronoun at token `at` follows a comma and reports what went before it: "...,
    he recalled." closing its sentence."""
    tokens = doc.tokens
    return 0 < at < len(tokens) - 1 and tokens[at - 1].text == "," and tokens[at + 1].lower in REPORTING_VERBS \
        and (at + 2 >= len(tokens) or tokens[at + 2].sentence != tokens[at].sentence or tokens[at + 2].kind == "punct")


def _no_antecedent(entities: list[Entity | None], gender: str, start: int, end: int, text: str, fields: dict) -> Hit | None:
    """A hit when every person the pronoun could refer to is known to be of the other gender."""
    if not entities or not all(e is not None and e.gender is not None and e.gender != gender for e in entities):
        return None
    names = ", ".join(sorted({e.name for e in entities}))
    return Hit(start, end, {**fields, "why": f"the only people named before it ({names}) are not '{text}'"},
               evidence=[p for e in entities[:1] for p in e.gender_evidence[:2]])


def statement_pronouns(ctx: CheckContext) -> Iterator[tuple[int, int, str, NameMention | None]]:
    """ "He said the plant ..." / "..., she told reporters": a pronoun as the subject of a reporting
    verb, outside any quote's said-clause (those are checked with the quote); and "He" opening the
    sentence after a named speaker's quote ('"...," said Ada Moss. He plans to ...'), who is that
    speaker unless someone else was named."""
    quoted = {q.speaker.start for q in ctx.mentions.quotes if q.speaker}
    inside = _quoted_spans(ctx)
    doc = ctx.document
    tokens = doc.tokens
    after_named = after_named_quotes(doc, ctx.mentions.quotes)
    for p in ctx.mentions.pronouns:
        if p.start in quoted or p.text.lower() not in ("he", "she") or inside.overlaps(p.start, p.start + 1):
            continue  # a quote's own "she" is the speaker's word for someone, not the narration's
        opens = p.token == doc.sentences[p.sentence].first_token
        if reports(tokens, p.token):  # '"...," said Ada Moss. // He said ...': Moss, unless someone is named between
            yield p.start, p.end, p.text, after_named.get(p.sentence) if opens else None
        elif p.sentence in after_named and opens:
            yield p.start, p.end, p.text, after_named[p.sentence]


class AttributionPronounParams(Params, frozen=True):
    min_claim_tightness: Annotated[Share, doc("a quote matched more loosely than this to the source quote its "
                                              "speaker is read from: advice, not a warning")] = 0.6


KIND = CheckKind("attribution-pronoun", attribution_pronoun, AttributionPronounParams)
