"""Check kind `number-mismatch`: a count or amount that the sources give otherwise.

"15 media organizations" is compared with the source numbers that count the same thing (the
same head noun, currency or percent) in the clauses that best match the draft's clause; digits
and number words compare equal ("seventeen" is 17), and so do "€1.2 billion" and "1.2 billion
euros".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Hit, Rule, check_kind
from copydesk.lexicon import CURRENCY_SYMBOLS, CURRENCY_WORDS

CURRENCY_CODES = set(CURRENCY_SYMBOLS.values()) | set(CURRENCY_WORDS.values())


def _same(a: float, b: float, approximate: bool) -> bool:
    if a == b:
        return True
    tolerance = 0.05 if approximate else 0.005
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _figure(text: str) -> str:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return m.group() if m else text


@check_kind("number-mismatch")
def number_mismatch(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    threshold = float(rule.params.get("min_match", 0.3))
    near = float(rule.params.get("near_best", 0.75))
    for n in ctx.mentions.numbers:
        same_unit = [f for f in ctx.number_candidates(n, rule) if f.unit == n.unit and (not n.modifiers or not f.modifiers or set(n.modifiers) & set(f.modifiers))]
        if not same_unit:
            hit = _other_currency(ctx, n, threshold)
            if hit:
                yield hit
            continue
        keys = ctx.keys(n.start, n.end)
        scored = sorted(((ctx.score(keys, f.keys), f) for f in same_unit), key=lambda x: -x[0])
        scored = [(s, f) for s, f in scored if s >= threshold]
        if not scored:
            continue
        best = scored[0][0]
        close = [f for s, f in scored if s >= best * near]
        if any(_same(n.value, f.value, n.approximate) for f in close):
            continue
        fact = close[0]
        right = _figure(fact.text)
        start, end = n.number_span
        yield Hit(start, end, {"found": ctx.document.text[start:end], "expected": fact.text,
                               "source_text": fact.provenance.sentence, "source": fact.provenance.source.rsplit("/", 1)[-1]},
                  fixes=[(f"Replace with \"{right}\"", right)], evidence=[fact.provenance.evidence()])


def _other_currency(ctx: CheckContext, n, threshold: float) -> Hit | None:
    """ "1.5 billion euros" where the sources say the same 1.5 billion in dollars."""
    if n.unit not in CURRENCY_CODES:
        return None
    keys = ctx.keys(n.start, n.end)
    others = [(ctx.score(keys, f.keys), f) for f in ctx.kb.numbers if f.unit in CURRENCY_CODES and f.unit != n.unit]
    others = sorted(((s, f) for s, f in others if s >= threshold and _same(n.value, f.value, False)), key=lambda x: -x[0])
    if not others:
        return None
    fact = others[0][1]
    return Hit(n.start, n.end, {"found": ctx.document.text[n.start : n.end], "expected": fact.text,
                                "source_text": fact.provenance.sentence, "source": fact.provenance.source.rsplit("/", 1)[-1]},
               evidence=[fact.provenance.evidence()])
