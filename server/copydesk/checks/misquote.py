"""Check kind `misquote`, and the matching of draft quotes to source quotes that attribution uses.

Quotes compare word by word (lower case, American spelling, punctuation ignored). A draft quote
found word for word inside a source quote is exact, even when partial; one whose matched stretch
mostly agrees with a source quote but differs in some words is a misquote, flagged on the words
that differ, with the source's words as the fix. A quote close to nothing in the sources is
original reporting and left alone. A partial quote cut right after a negation ("not") changes the
meaning and is flagged too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, Share, doc
from copydesk.factbase.model import QuoteFact
from copydesk.mentions.quotes import (
    NEGATIONS,
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
    for text in quote_sentences(fact.text):
        m = compare(draft, list(quote_words(text)))
        # as tight a fit in one sentence is the better window: the fix quotes that sentence, not the whole answer
        if m is not None and (best is None or (not best.exact and (m.exact or m.tightness >= best.tightness))):
            m.window = _spanned(text, m.source_span, draft)
            best = m
    if best is not None:
        best.fact = fact
    return best


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


def _quoted_with_marks(draft_text: str, facts: list[QuoteFact]) -> QuoteFact | None:
    """The source quote a draft quote reproduces with an editor's marks ("[The council] never
    listened", "nobody sees the work … the dark lasts longer"): each stretch between the marks is
    a source quote's words as they stand. None where the quote has no marks or a stretch differs."""
    if not _EDITORIAL.search(draft_text):
        return None
    stretches = [list(quote_words(part)) for part in _EDITORIAL.split(draft_text)]
    stretches = [w for w in stretches if w]
    if sum(len(w) for w in stretches) < 3:
        return None
    found = None
    for words in stretches:
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


_TRAILING_PUNCTUATION = re.compile(r"[,.;:!?]*$")
_ARTICLES = {"a", "an", "the"}


class MisquoteParams(Params, frozen=True):
    min_claim_tightness: Annotated[Share, doc("a match looser than this is a paraphrase, maybe: advice, "
                                              "not a warning")] = 0.6


def _parts(ctx: CheckContext, q: QuoteMention) -> list[QuoteMention]:
    """The quote, or where it matches no source quote whole but one of its sentences is a source
    quote word for word, its sentences: a draft that joins two source quotes ("She used to say, 'The
    sea keeps what it's given.' I must have said that line forty times") is checked sentence by sentence."""
    if quote_matches(ctx, q):
        return [q]  # whole: its fix may quote the source
    prose = ctx.document.prose
    parts, start = [], q.start
    for cut in _SENTENCE_END.finditer(prose, q.start, q.end):
        parts.append((start, cut.start() + 1))
        start = cut.end()
    parts.append((start, q.end))
    if len(parts) < 2:
        return [q]
    quotes = [replace(q, start=a, end=b, text=" ".join(prose[a:b].split())) for a, b in parts if b - a > 1]
    # joined only where one of its sentences is a source quote's word for word
    return quotes if any(m.exact for part in quotes for m in quote_matches(ctx, part)[:1]) else [q]


_SENTENCE_END = re.compile(r"(?<=\w)[.!?][\"'”’]?\s+(?=[\"'“‘]?[A-Z])")


def misquote(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    for whole in ctx.mentions.quotes:
        yield from _misquoted(ctx, rule, whole)


_NEGATING = NEGATIONS | {"nobody", "none", "neither"}  # and what the draft's lead may negate with


def _negated_before(ctx: CheckContext, q: QuoteMention) -> bool:
    """Whether the draft's words just before a quote negate it ("said no student would be")."""
    lead = ctx.document.prose[max(0, q.open_at - _NEGATION_REACH) : q.open_at].lower().replace("n't", " n't")
    return bool(set(re.findall(r"[a-z']+", lead.split(".")[-1])) & _NEGATING)


_NEGATION_REACH = 40  # characters before a quote read for a negation


def _misquoted(ctx: CheckContext, rule: Rule, whole: QuoteMention) -> Iterator[Hit]:
    """The changed words of one draft quote, or of each of its sentences where it joins source
    quotes (those carry no fix: where one source quote ends in the draft's sentence is not certain)."""
    parts = _parts(ctx, whole)
    for q in parts:
        matches = quote_matches(ctx, q)
        if not matches:
            continue
        best = matches[0]
        fact = best.fact
        if best.exact and (not best.cut_after_negation or _negated_before(ctx, q)):
            continue  # 'said no student would be "disadvantaged ..."': the draft carries the negation
        draft_words = words_of(ctx.document.prose[q.start : q.end], q.start)  # the words, not the markup between them
        if best.exact:
            yield Hit(q.start, q.end, {"found": q.text, "expected": fact.text, "how": "cut right after a negation",
                                       "source": fact.provenance.source.rsplit("/", 1)[-1]},
                      evidence=[fact.provenance])
            continue
        changed = draft_words[best.draft_diff[0] : best.draft_diff[1]] if best.draft_diff else []
        if changed and any(w.norm not in _ARTICLES for w in changed):
            start, end = changed[0].start, changed[-1].end
        else:  # nothing but a dropped or added "a": the claim is about the whole quote
            start, end = q.start, q.end
        window = _as_quoted(ctx, best.window.strip().rstrip(",.;:!? "), q.text)
        trailing = _TRAILING_PUNCTUATION.search(q.text).group()  # “..., ” she said: the comma stays
        fixes = [(f"Quote the source: “{window}”", window + trailing)]
        fix_spans = [(title, repl, q.start, q.end) for title, repl in fixes]
        loose = best.tightness < rule.params.min_claim_tightness  # a paraphrase, maybe
        # "Eight seconds is not much" is near one speaker's "not a lot" and another's "is nothing":
        # which of them the draft changed is not certain, so neither is quoted as its fix
        rivals = any(not m.exact and m.fact.text != fact.text and (m.fact.speaker_id != fact.speaker_id
                                                                     or fact.speaker_id is None) for m in matches[1:])
        yield Hit(start, end, {"found": ctx.document.text[start:end], "expected": window, "how": "changed",
                               "source": fact.provenance.source.rsplit("/", 1)[-1]},
                  fix_spans=[] if loose or rivals or parts[0] is not whole else fix_spans, evidence=[fact.provenance],
                  severity="information" if loose else None)


def _as_quoted(ctx: CheckContext, window: str, quoted: str) -> str:
    """The source's words with the draft quote's first letter case: a quote run into the draft's
    sentence ("said people should be “worried enough...”") starts lower case, unless its first
    word is "I" or a name; one that opens it starts with a capital."""
    first = window.split(maxsplit=1)[0] if window else ""
    if quoted[:1].islower() and first[:1].isupper() and re.sub(r"['’].*", "", first) != "I" and not ctx.is_known_word(first):
        return window[0].lower() + window[1:]
    if quoted[:1].isupper() and first[:1].islower():
        return window[0].upper() + window[1:]  # a quote opening the draft's sentence: "He chose", not "he chose"
    return window


KIND = CheckKind("misquote", misquote, MisquoteParams)
