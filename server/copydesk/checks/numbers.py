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
from copydesk.factbase.model import NumberFact
from copydesk.lexicon import CURRENCY_SYMBOLS, CURRENCY_WORDS
from copydesk.mentions.numbers import PART_OF

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
    facts = ctx.kb.numbers
    for n in ctx.mentions.numbers:
        keys = ctx.keys(n.start, n.end)
        levels = ctx.ranked("numbers", keys, threshold, n.unit)

        def usable(f: NumberFact, n=n) -> bool:
            """Counts of the same thing: a part ("11 of 14 berths") only with a part, and where both
            name a kind ("media organizations"), a shared one."""
            if (PART_OF in n.modifiers) != (PART_OF in f.modifiers):
                return False
            mine, theirs = set(n.modifiers) - {PART_OF}, set(f.modifiers) - {PART_OF}
            return not mine or not theirs or bool(mine & theirs)

        if not any(usable(facts[i]) for _, ids in levels for i in ids):
            hit = _other_currency(ctx, n, keys, threshold)
            if hit:
                yield hit
            continue
        close = [f for _, f in ctx.near_best(levels, facts, threshold, near, usable)]
        if not close or any(_same(n.value, f.value, n.approximate) for f in close):
            continue
        fact = close[0]
        right = _figure(fact.text)
        start, end = n.number_span
        yield Hit(start, end, {"found": ctx.document.text[start:end], "expected": fact.text,
                               "source_text": fact.provenance.sentence, "source": fact.provenance.source.rsplit("/", 1)[-1]},
                  fixes=[(f"Replace with \"{right}\"", right)], evidence=[fact.provenance.evidence()])


def _other_currency(ctx: CheckContext, n, keys: frozenset[str], threshold: float) -> Hit | None:
    """ "1.5 billion euros" where the sources say the same 1.5 billion in dollars."""
    if n.unit not in CURRENCY_CODES:
        return None
    facts = ctx.kb.numbers
    found = []
    for unit in CURRENCY_CODES - {n.unit}:
        for s, ids in ctx.ranked("numbers", keys, threshold, unit):
            if s < threshold:
                break
            i = next((i for i in sorted(ids) if _same(n.value, facts[i].value, False)), None)
            if i is not None:
                found.append((-s, i))
                break
    if not found:
        return None
    fact = facts[min(found)[1]]
    return Hit(n.start, n.end, {"found": ctx.document.text[n.start : n.end], "expected": fact.text,
                                "source_text": fact.provenance.sentence, "source": fact.provenance.source.rsplit("/", 1)[-1]},
               evidence=[fact.provenance.evidence()])
