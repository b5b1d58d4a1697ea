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
from dataclasses import dataclass
from difflib import SequenceMatcher

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Hit, Rule, check_kind
from copydesk.factbase.model import QuoteFact
from copydesk.lexicon import STOPWORDS, american
from copydesk.mentions.quotes import QuoteMention

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_NEGATIONS = {"not", "no", "never", "n't", "nor", "without"}


@dataclass
class Word:
    text: str
    norm: str
    start: int
    end: int


def words_of(text: str, base: int = 0) -> list[Word]:
    return [Word(m.group(), american(m.group().lower().replace("’", "'")), base + m.start(), base + m.end()) for m in _WORD.finditer(text)]


@dataclass
class QuoteMatch:
    fact: QuoteFact
    exact: bool
    coverage: float
    draft_diff: tuple[int, int] | None = None  # word index range in the draft quote that differs
    source_diff: tuple[int, int] | None = None
    cut_after_negation: bool = False


def _find(sub: list[str], seq: list[str]) -> int:
    n = len(sub)
    for i in range(len(seq) - n + 1):
        if seq[i : i + n] == sub:
            return i
    return -1


def compare(draft: list[str], source: list[str]) -> QuoteMatch | None:
    """How a draft quote's words stand to one source quote's words (None: unrelated)."""
    at = _find(draft, source)
    if at >= 0:
        return QuoteMatch(None, True, 1.0, cut_after_negation=at > 0 and source[at - 1] in _NEGATIONS)  # type: ignore[arg-type]
    sm = SequenceMatcher(None, draft, source, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return None
    matched = sum(b.size for b in blocks)
    content = sum(1 for b in blocks for w in draft[b.a : b.a + b.size] if w not in STOPWORDS)
    a0, a1 = blocks[0].a, blocks[-1].a + blocks[-1].size
    b0, b1 = blocks[0].b, blocks[-1].b + blocks[-1].size
    # a differing stretch at either end, where both quotes have words left, belongs to the region
    lead = min(a0, b0)
    a0, b0 = a0 - lead, b0 - lead
    trail = min(len(draft) - a1, len(source) - b1)
    a1, b1 = a1 + trail, b1 + trail
    coverage = matched / max(1, a1 - a0)
    if matched < 3 or content < 2 or coverage < 0.5 or (a1 - a0) < 0.5 * len(draft):
        return None
    diff_a = [i for i in range(a0, a1) if not any(b.a <= i < b.a + b.size for b in blocks)]
    diff_b = [j for j in range(b0, b1) if not any(b.b <= j < b.b + b.size for b in blocks)]
    if not diff_a and not diff_b:
        return None
    da = (min(diff_a), max(diff_a) + 1) if diff_a else None
    db = (min(diff_b), max(diff_b) + 1) if diff_b else None
    return QuoteMatch(None, False, coverage, da, db)  # type: ignore[arg-type]


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


def _sentences(words: list[str], text: str) -> list[list[str]]:
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
    return [[w.norm for w in words_of(p)] for p in parts] or [words]


def related_quotes(ctx: CheckContext, q: QuoteMention) -> list[QuoteFact]:
    """Source quotes that are the same statement: an exact or changed match, or a shared sentence."""
    found = [m.fact for m in quote_matches(ctx, q)]
    if found:
        return found
    mine = _sentences([], q.text)
    out = []
    for fact in ctx.kb.quotes:
        theirs = _sentences(list(fact.words), fact.text)
        for a in mine:
            for b in theirs:
                if len(a) < 4 or len(b) < 4:
                    continue
                sm = SequenceMatcher(None, a, b, autojunk=False)
                content = sum(1 for blk in sm.get_matching_blocks() for w in a[blk.a : blk.a + blk.size] if w not in STOPWORDS)
                if sm.ratio() >= 0.55 and content >= 2:
                    out.append(fact)
                    break
            else:
                continue
            break
    return out


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
