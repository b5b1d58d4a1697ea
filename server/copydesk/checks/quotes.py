"""Check kind `misquote`, and the matching of draft quotes to source quotes that attribution uses.

Quotes compare word by word (lower case, American spelling, punctuation ignored). A draft quote
found word for word inside a source quote is exact, even when partial; one whose matched stretch
mostly agrees with a source quote but differs in some words is a misquote, flagged on the words
that differ, with the source's words as the fix. A quote close to nothing in the sources is
original reporting and left alone. A partial quote cut right after a negation ("not") changes the
meaning and is flagged too.
"""

from __future__ import annotations

from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Hit, Rule, check_kind
from copydesk.factbase.model import QuoteFact
from copydesk.mentions.quotes import QuoteMatch, QuoteMention, compare, same_statement, words_of


def quote_matches(ctx: CheckContext, q: QuoteMention) -> list[QuoteMatch]:
    """Source quotes this draft quote reproduces (exactly or with changes), best first."""
    draft = [w.norm for w in words_of(q.text)]
    if len(draft) < 3:
        return []
    out = []
    for fact in ctx.kb.quotes:
        m = compare(draft, list(fact.words))
        if m is not None:
            m.fact = fact
            out.append(m)
    out.sort(key=lambda m: (not m.exact, -m.coverage))
    return out


def related_quotes(ctx: CheckContext, q: QuoteMention) -> list[QuoteFact]:
    """Source quotes that are the same statement: an exact or changed match, or a shared sentence."""
    found = [m.fact for m in quote_matches(ctx, q)]
    if found:
        return found
    return [fact for fact in ctx.kb.quotes if same_statement(q.text, fact.text)]


@check_kind("misquote")
def misquote(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    for q in ctx.mentions.quotes:
        matches = quote_matches(ctx, q)
        if not matches:
            continue
        best = matches[0]
        fact = best.fact
        if best.exact and not best.cut_after_negation:
            continue
        draft_words = words_of(ctx.document.text[q.start : q.end], q.start)
        source_words = words_of(fact.text, fact.provenance.start)
        if best.exact:
            yield Hit(q.start, q.end, {"found": q.text, "expected": fact.text, "how": "cut right after a negation",
                                       "source": fact.provenance.source.rsplit("/", 1)[-1]},
                      evidence=[fact.provenance.evidence()])
            continue
        if best.draft_diff:
            start, end = draft_words[best.draft_diff[0]].start, draft_words[best.draft_diff[1] - 1].end
        else:
            start, end = q.start, q.end
        fixes = []
        if best.draft_diff and best.source_diff:
            s0 = source_words[best.source_diff[0]].start - fact.provenance.start
            s1 = source_words[best.source_diff[1] - 1].end - fact.provenance.start
            fixes.append((f"Replace with the source's words \"{fact.text[s0:s1]}\"", fact.text[s0:s1]))
        yield Hit(start, end, {"found": ctx.document.text[start:end], "expected": fact.text, "how": "changed",
                               "source": fact.provenance.source.rsplit("/", 1)[-1]},
                  fixes=fixes, evidence=[fact.provenance.evidence()])
