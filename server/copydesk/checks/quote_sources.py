"""Which source quotes a draft quote is: the alignment that misquote flags, and the statements
that the attribution checks, resolution and unsupported-quote read a quote's speaker from.

Quotes compare word by word (lower case, American spelling, punctuation ignored): a draft quote
found word for word inside a source quote is exact, even when partial; one whose matched stretch
mostly agrees with a source quote but differs in some words is a changed match.
"""

from __future__ import annotations

import re
from dataclasses import replace

from copydesk.checks.context import CheckContext
from copydesk.factbase.model import Entity, QuoteFact
from copydesk.lexicon import PRONOUNS
from copydesk.mentions.names import NameMention
from copydesk.mentions.quotes import (
    QuoteMatch,
    QuoteMention,
    compare,
    find_run,
    quote_sentences,
    quote_words,
    same_statement,
    words_of,
)


def best_alignment(draft: list[str], fact: QuoteFact) -> QuoteMatch | None:
    """The draft quote against the whole source quote and against each of its sentences: the
    tightest alignment wins, with word indexes that count from the start of the source quote."""
    best = compare(draft, list(fact.words))
    if best is not None:
        best.window = _spanned(fact.text, best.source_span, draft)
        best.cut_after_negation = best.cut_after_negation and not _after_a_clause_end(fact.text, draft)
    for text in quote_sentences(fact.text):
        m = compare(draft, list(quote_words(text)))
        # as tight a fit in one sentence is the better window: the fix quotes that sentence, not the whole answer
        if m is not None and (best is None or (not best.exact and (m.exact or m.tightness >= best.tightness))):
            m.window = _spanned(text, m.source_span, draft)
            best = m
    if best is not None:
        best.fact = fact
    return best


def _after_a_clause_end(text: str, draft: list[str]) -> bool:
    """Whether the draft's words start in source quote `text` after a clause's end: "... when
    you're not. Nobody should pretend ..." quoted from "Nobody" drops no negation."""
    words = words_of(text)
    at = find_run(draft, [w.norm for w in words])
    return at > 0 and _SENTENCE_OR_CLAUSE_END.match(text, words[at - 1].end) is not None


_SENTENCE_OR_CLAUSE_END = re.compile(r"\s*[.!?;:]")  # not a comma: "not, as it stands, a loan"


def _spanned(text: str, span: tuple[int, int] | None, draft: list[str]) -> str:
    """The words of source quote `text` that a draft's partial quote spans ('inflation was "proving
    stickier..."' spans "proving stickier...", not the "inflation is" the draft put outside its
    marks). An end is cut only where the draft's word there is the source's: where the draft
    changed its last words ("full to bursting" for "full to the doors"), the source's run on to the
    end of their clause ("watched its beam", not the "and thanks to ..." after its comma)."""
    if span is None or not draft:
        return text
    words = words_of(text)
    b0, b1 = span
    if not 0 <= b0 < b1 <= len(words):
        return text
    if words[b0].norm != draft[0]:
        while b0 > 0 and not _CLAUSE_END.match(text, words[b0 - 1].end):
            b0 -= 1
    if words[b1 - 1].norm != draft[-1]:
        while b1 < len(words) and not _CLAUSE_END.match(text, words[b1 - 1].end):
            b1 += 1
    return text if (b0, b1) == (0, len(words)) else text[words[b0].start : words[b1 - 1].end]


_CLAUSE_END = re.compile(r"\s*[,;:!?\u2014\u2013]")  # what a changed end or start of a quote runs on to


def quote_matches(ctx: CheckContext, q: QuoteMention) -> list[QuoteMatch]:
    """Source quotes this draft quote reproduces (exactly or with changes), best first."""
    return ctx.lookup(("quote_matches", q.text), lambda: _quote_matches(ctx, q))


# an editor's marks inside a quote: an insertion in square brackets, an omission as an ellipsis
_EDITORIAL = re.compile(r"\[[^\]]{0,60}\]|…|\.\s?\.\s?\.")
# and a quote inside the quote, whose marks the source may write otherwise or apart
_MARKS_OR_NESTED = re.compile(rf"{_EDITORIAL.pattern}|(?<=[\s:,])['‘]|['’](?=[\s.,;:!?]|$)")
_FRAMING = 3  # words a stretch between marks has at least to be held to a source's words


def _quoted_with_marks(draft_text: str, facts: list[QuoteFact]) -> QuoteFact | None:
    """The source quote a draft quote reproduces with an editor's marks ("[The council] never
    listened", "nobody sees the work … the dark lasts longer"): each stretch between the marks is
    a source quote's words as they stand. None where the quote has no marks or a stretch differs."""
    if not _EDITORIAL.search(draft_text):
        return None
    stretches = [list(quote_words(part)) for part in _MARKS_OR_NESTED.split(draft_text)]
    stretches = [w for w in stretches if w]
    if sum(len(w) for w in stretches) < 3:
        return None
    found = None
    # a stretch of a word or two between marks ("[Ms Moss] wrote: '...'") frames a quote the
    # source may print apart from it: only the longer stretches must be a source's words
    for words in [w for w in stretches if len(w) >= _FRAMING] or stretches:
        fact = next((f for f in facts if find_run(words, list(f.words)) >= 0), None)
        if fact is None:
            return None
        found = found or fact
    return found


def _quote_matches(ctx: CheckContext, q: QuoteMention) -> list[QuoteMatch]:
    draft = list(quote_words(q.text))
    if len(draft) < 3:
        return []
    candidates = list(ctx.quote_candidates(draft))
    marked = _quoted_with_marks(q.text, candidates)
    if marked is not None:  # the source's words, with what the editor marked as left out or put in
        return [QuoteMatch(marked, True, 1.0, window=marked.text)]
    out = []
    seen: dict[tuple[str, tuple[str, ...]], QuoteMatch | None] = {}  # a quote repeated across sources aligns once
    for fact in candidates:
        key = (fact.text, fact.words)
        if key in seen:
            first = seen[key]
            m = replace(first, fact=fact) if first is not None else None
        else:
            m = seen[key] = best_alignment(draft, fact)
        if m is not None:
            out.append(m)
    out.sort(key=lambda m: (not m.exact, -m.coverage))
    return out


def related_quotes(ctx: CheckContext, q: QuoteMention) -> list[QuoteFact]:
    """Source quotes that are the same statement: an exact or changed match, or a shared sentence."""
    return ctx.lookup(("related_quotes", q.text), lambda: _related_quotes(ctx, q))


def _related_quotes(ctx: CheckContext, q: QuoteMention) -> list[QuoteFact]:
    matches = quote_matches(ctx, q)
    if matches:  # a quote reproduced word for word is that statement, not the others it resembles
        return [m.fact for m in matches if m.exact or not matches[0].exact]
    draft = list(quote_words(q.text))
    same: dict[str, bool] = {}  # a quote repeated across sources is compared once
    out = []
    for fact in ctx.quote_candidates(draft):
        if fact.text not in same:
            same[fact.text] = same_statement(q.text, fact.text)
        if same[fact.text]:
            out.append(fact)
    return out


def given_through_pronoun(ctx: CheckContext, q: QuoteMention) -> tuple[NameMention, list[QuoteFact]] | None:
    """The one person a quote's "he said" goes on about, when the draft names them and the sources
    give the quote to others, whom they call otherwise: the sentence before it in its paragraph
    opens on that person's name and names no one else, the quote opens its own sentence, and the
    sources call that person by the pronoun, or by none ('Ivo Pent praised the crew. "...," he added.' of Ada
    Moss's words). The name, not the pronoun, is then what is wrong."""
    sp, doc = q.speaker, ctx.document
    if sp is None or sp.kind != "pronoun" or sp.position == "continued" or sp.pronoun not in PRONOUNS:
        return None
    here = doc.sentence_at(q.open_at)
    if here is None or here.index == 0 or doc.prose[here.start : q.open_at].strip():
        return None
    before = doc.sentences[here.index - 1]
    quoting = ctx.remember(("sentences opening quotes",), lambda: {s.index for o in ctx.mentions.quotes
                                                                  if (s := doc.sentence_at(o.open_at)) is not None})
    if before.paragraph != here.paragraph or before.index in quoting:
        return None
    people = [(m, e) for m in ctx.names_in(before.index)
              if (e := ctx.resolve(m)) is not None and e.kind in ("person", "organization")]
    if len({e.id for _, e in people}) != 1:
        return None
    named, entity = people[0]
    # what opens the sentence before the name: capitalized words, or the name's own title ("Head of
    # kennels Ivo Pent"), maybe after its body's name ("Council leader Ivo Pent"), not a clause
    # ("After the race, Pent ...")
    titled = any(t.target.start == named.start and all(w.text[:1].isupper() for w in doc.tokens_between(before.start, t.start)
                                                       if w.kind == "word")
                 for t in ctx.mentions.titles if before.start <= t.start < named.start)
    opening = [t for t in doc.tokens_between(before.start, named.start) if t.kind == "word"]
    gender = PRONOUNS[sp.pronoun]
    if entity.kind != "person" or entity.gender not in (None, gender) or \
            (not titled and any(t.text[:1].islower() for t in opening)):
        return None
    facts, speakers = source_speakers(ctx, q)
    if not speakers or any(e.id == entity.id or e.kind == "thing" or (e.kind == "person" and e.gender in (None, gender))
                           for e in speakers):
        return None
    return named, facts


_NESTED_QUOTE = re.compile(r"\b(?:said|says|told|asked|added|wrote)\b[^'‘\"“]{0,40}[‘'\"“]\w", re.I)


def recounts_a_quote(q: QuoteMention) -> bool:
    """Whether the quote tells what someone said, in a quote inside it ('"Near the end he said,
    \'Don't make me a saint,\'" she recalled'): its words may be a source's quote of the one
    reported, whose speaker is not the one recounting it."""
    return _NESTED_QUOTE.search(q.text) is not None


def source_speakers(ctx: CheckContext, q: QuoteMention) -> tuple[list[QuoteFact], list[Entity]]:
    """The source statements a draft quote is, and the speakers they name; a bare surname two
    people bear ("Baek said", of a father and a daughter) is neither's, and left out."""
    facts = related_quotes(ctx, q)
    speakers = [e for e in (ctx.kb.entity(f.speaker_id) for f in facts if f.speaker_id is not None)
                if len(e.name.split()) > 1 or len(ctx.namesakes(e.name)) < 2]
    return facts, speakers
