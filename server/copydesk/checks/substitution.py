"""Check kind `substitution`: a wrong form and its right form (house style), like Vale or prh.

    params:
      swap: {alot: a lot, "per cent": percent}

Message fields: {match} (the text found) and {replacement}.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

from msgspec import Meta

from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, doc
from copydesk.checks.patterns import Pattern, PatternError, compile_pattern, scan

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext



class SubstitutionParams(Params, frozen=True):
    swap: Annotated[dict[str, str], Meta(min_length=1), doc("wrong form -> right form; plain words unless "
                                                             "regex: true")]
    regex: Annotated[bool, doc("true: the wrong forms are regular expressions (RE2), the right forms may "
                               "use \\1 group references")] = False
    ignorecase: Annotated[bool, doc("match regardless of case, and keep the case of the first letter "
                                    "in the fix")] = True


def _patterns(params: SubstitutionParams) -> list[tuple[Pattern, str]]:
    return [(compile_pattern(wrong, regex=params.regex, ignorecase=params.ignorecase), right)
            for wrong, right in params.swap.items()]


def _match_case(found: str, replacement: str) -> str:
    """Keep the case of the first letter: "Alot" -> "A lot"."""
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def substitution(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    """Every wrong form in the prose, with a fix to its right form."""
    try:
        pairs = _patterns(rule.params)
    except PatternError:
        return  # validate() reported it when the rule loaded
    regex, ignorecase = rule.params.regex, rule.params.ignorecase
    required = None
    if not regex and ignorecase:  # a plain word's first word must be in the prose, in any case
        firsts = [wrong.split()[0].lower() for wrong in rule.params.swap]
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


def validate(params: SubstitutionParams) -> tuple[tuple, str] | None:
    """Refuse a wrong form that is an invalid regex, matches empty text or cannot run in linear time."""
    for wrong in params.swap:
        try:
            compile_pattern(wrong, regex=params.regex, ignorecase=params.ignorecase)
        except PatternError as exc:
            return ("swap", wrong), str(exc)
    return None


KIND = CheckKind("substitution", substitution, SubstitutionParams, fields=frozenset({"match", "replacement"}),
                 validate=validate)
