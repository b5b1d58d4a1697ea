"""Check kind `unsupported-quote`: quoted words that match no source quote, for desks where every
quote must come from the file. Off unless a workspace turns it on (elsewhere a quote the
sources lack is original reporting).

    params:
      min_words: 3   # shorter quotes (a scare-quoted word, a title) are left alone

Message field: {found} (the quoted words).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copydesk.checks.engine import Hit, Rule, check_kind
from copydesk.checks.patterns import check_params
from copydesk.checks.quotes import related_quotes
from copydesk.mentions.quotes import quote_words

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext

PARAMS = {"min_words": int}


@check_kind("unsupported-quote")
def unsupported_quote(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    least = int(rule.params.get("min_words", 3))
    for q in ctx.mentions.quotes:
        if len(quote_words(q.text)) < least or related_quotes(ctx, q):
            continue
        yield Hit(q.start, q.end, {"found": q.text})


def validate(rule: Rule) -> tuple[str | tuple, str] | None:
    problem = check_params(rule, PARAMS)
    if problem:
        return problem
    if int(rule.params.get("min_words", 3)) < 1:
        return "min_words", "'min_words' is a count of one or more"
    return None


unsupported_quote.validate = validate  # type: ignore[attr-defined]
