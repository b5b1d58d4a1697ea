"""Check kind `existence`: words or phrases that should not appear at all (house style), like Vale.

    params:
      tokens: [irregardless, "very unique"]

Message field: {match} (the text found).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

from msgspec import Meta

from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, doc
from copydesk.checks.patterns import Pattern, PatternError, compile_pattern, scan

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext



class ExistenceParams(Params, frozen=True):
    tokens: Annotated[list[str], Meta(min_length=1), doc("words or regular expressions to flag "
                                                         "(RE2 syntax; plain words are fine)")]
    ignorecase: Annotated[bool, doc("match regardless of case")] = True
    nonword: Annotated[bool, doc("true: match anywhere, not only as whole words")] = False


def _patterns(params: ExistenceParams) -> list[Pattern]:
    return [compile_pattern(token, regex=True, ignorecase=params.ignorecase, bounded=not params.nonword)
            for token in params.tokens]


def existence(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Every occurrence of a token in the prose."""
    try:
        patterns = _patterns(rule.params)
    except PatternError:
        return  # validate() reported it when the rule loaded
    for m in scan(ctx.document, patterns, rule):
        yield Hit(m.start, m.end, {"match": m.text})


def validate(params: ExistenceParams) -> tuple[tuple, str] | None:
    """Refuse a regex that is invalid, matches empty text or cannot run in linear time."""
    for i, token in enumerate(params.tokens):
        try:
            compile_pattern(token, regex=True, ignorecase=params.ignorecase, bounded=not params.nonword)
        except PatternError as exc:
            return ("tokens", i), str(exc)
    return None


KIND = CheckKind("existence", existence, ExistenceParams, fields=frozenset({"match"}), validate=validate)
