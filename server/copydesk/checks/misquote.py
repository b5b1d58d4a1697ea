"""Check kind `misquote`.

Quotes compare word by word (lower case, American spelling, punctuation ignored). A draft quote
found word for word inside a source quote is exact, even when partial; one whose matched stretch
mostly agrees with a source quote but differs in some words is a misquote, flagged on the words
that differ, with the source's words as the fix. A quote close to nothing in the sources is
original reporting and left alone. A partial quote cut right after a negation ("not") changes the
meaning and is flagged too. Which source quotes a draft quote matches is `quote_sources`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, Share, doc
from copydesk.checks.quote_sources import quote_matches
from copydesk.mentions.quotes import NEGATIONS, QuoteMatch, QuoteMention, find_run, quote_words, words_of

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


# and what the draft's lead may negate with: 'a social tariff instead of "taking a victory lap"'
_NEGATING = NEGATIONS | {"nobody", "none", "neither", "instead", "rather", "without"}


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
        if not best.exact and _written_in_its_sources(ctx, q, matches):
            continue
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


def _written_in_its_sources(ctx: CheckContext, q: QuoteMention, matches: list[QuoteMatch]) -> bool:
    """Whether the draft quote's words stand as they are in the text of a source of the quotes it
    is near: a statement's own words ("the club believes he made a legitimate challenge for the
    ball") are the body's to quote, whatever its chief's quote says ("a fair challenge")."""
    words = list(quote_words(q.text))
    for m in matches[:_SOURCES_READ]:
        if (document := m.fact.provenance.document) is None:
            continue
        theirs = ctx.of_sources(("quote words of", m.fact.provenance.source), lambda d=document: list(quote_words(d.text)))
        if find_run(words, theirs) >= 0:
            return True
    return False


_SOURCES_READ = 3  # sources of the nearest quotes whose text is read for the draft's words


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
