"""Check kind `substitution`: a wrong form and its right form (house style), like Vale or prh.

    params:
      swap: {alot: a lot, "per cent": percent}   # wrong -> right; plain words unless regex: true
      regex: false       # true: the keys are regular expressions, values may use \\1 group references
      ignorecase: true   # match regardless of case, and keep the case of the first letter in the fix

Message fields: {match} (the text found) and {replacement}.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from copydesk.checks.engine import Hit, Rule, check_kind
from copydesk.checks.patterns import PatternError, check_params, compile_pattern, param_bool, scan

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext

PARAMS = {"swap": dict, "regex": bool, "ignorecase": bool}


def _patterns(rule: Rule) -> list[tuple[re.Pattern[str], str]]:
    regex, ignorecase = param_bool(rule, "regex", False), param_bool(rule, "ignorecase", True)
    return [
        (compile_pattern(str(wrong), regex=regex, ignorecase=ignorecase), str(right))
        for wrong, right in (rule.params.get("swap") or {}).items()
    ]


def _match_case(found: str, replacement: str) -> str:
    """Keep the case of the first letter: "Alot" -> "A lot"."""
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


@check_kind("substitution")
def substitution(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Every wrong form in the prose, with a fix to its right form."""
    try:
        pairs = _patterns(rule)
    except PatternError:
        return  # validate() reported it when the rule loaded
    regex, ignorecase = param_bool(rule, "regex", False), param_bool(rule, "ignorecase", True)
    required = None
    if not regex and ignorecase:  # a plain word's first word must be in the prose, in any case
        firsts = [str(wrong).split()[0].lower() for wrong in rule.params.get("swap") or {}]
        required = [w if w.isascii() else None for w in firsts]
    for m in scan(ctx.document, [p for p, _ in pairs], rule, required):
        right = pairs[m.which][1]
        if regex:
            with contextlib.suppress(re.error, IndexError):
                right = m.match.expand(right)
        replacement = _match_case(m.text, right) if ignorecase else right
        if replacement == m.text:
            continue
        yield Hit(m.start, m.end, {"match": m.text, "replacement": replacement},
                  fixes=[(f'Replace with "{replacement}"', replacement)], preferred=True)  # the rule names the one right form


def validate(rule: Rule) -> tuple[str | tuple, str] | None:
    """Reject unknown params, a missing or malformed swap, and unsafe regexes."""
    problem = check_params(rule, PARAMS)
    if problem:
        return problem
    swap = rule.params.get("swap")
    if not swap:
        return "swap", "a substitution rule needs 'swap': a mapping of wrong forms to right forms"
    regex, ignorecase = param_bool(rule, "regex", False), param_bool(rule, "ignorecase", True)
    for wrong, right in swap.items():
        if not isinstance(wrong, str) or not isinstance(right, str):
            return ("swap", wrong), f"swap entries map text to text, not {wrong!r}: {right!r}"
        try:
            compile_pattern(wrong, regex=regex, ignorecase=ignorecase)
        except PatternError as exc:
            return ("swap", wrong), str(exc)
    return None


substitution.validate = validate  # type: ignore[attr-defined]
