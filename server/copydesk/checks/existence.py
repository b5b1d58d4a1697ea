"""Check kind `existence`: words or phrases that should not appear at all (house style), like Vale.

    params:
      tokens: [irregardless, "very unique"]   # each a regular expression (plain words are fine)
      ignorecase: true   # match regardless of case
      nonword: false     # true: match anywhere, not only as whole words

Message field: {match} (the text found).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copydesk.checks.engine import Hit, Rule, check_kind
from copydesk.checks.patterns import PatternError, check_params, compile_pattern, param_bool, scan

if TYPE_CHECKING:
    import re

    from copydesk.checks.context import CheckContext

PARAMS = {"tokens": list, "ignorecase": bool, "nonword": bool}


def _patterns(rule: Rule) -> list[re.Pattern[str]]:
    ignorecase, bounded = param_bool(rule, "ignorecase", True), not param_bool(rule, "nonword", False)
    return [
        compile_pattern(str(token), regex=True, ignorecase=ignorecase, bounded=bounded)
        for token in rule.params.get("tokens") or []
    ]


@check_kind("existence")
def existence(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Every occurrence of a token in the prose."""
    try:
        patterns = _patterns(rule)
    except PatternError:
        return  # validate() reported it when the rule loaded
    for m in scan(ctx.document, patterns, rule):
        yield Hit(m.start, m.end, {"match": m.text})


def validate(rule: Rule) -> tuple[str | tuple, str] | None:
    """Reject unknown params, missing tokens and unsafe regexes."""
    problem = check_params(rule, PARAMS)
    if problem:
        return problem
    tokens = rule.params.get("tokens")
    if not tokens:
        return "tokens", "an existence rule needs 'tokens': a list of words or regexes"
    ignorecase, bounded = param_bool(rule, "ignorecase", True), not param_bool(rule, "nonword", False)
    for i, token in enumerate(tokens):
        if not isinstance(token, str):
            return ("tokens", i), f"tokens are text, not {token!r}"
        try:
            compile_pattern(token, regex=True, ignorecase=ignorecase, bounded=bounded)
        except PatternError as exc:
            return ("tokens", i), str(exc)
    return None


existence.validate = validate  # type: ignore[attr-defined]
