"""Check kind `unsupported-quote`: quoted words that match no source quote, for desks where every
quote must come from the file. Off unless a workspace turns it on (elsewhere a quote the
sources lack is original reporting).

Message field: {found} (the quoted words).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

from msgspec import Meta

from copydesk.checks.engine import CheckKind, Hit, Rule
from copydesk.checks.params import Params, doc
from copydesk.checks.quote_sources import related_quotes
from copydesk.mentions.quotes import quote_words

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext



class UnsupportedQuoteParams(Params, frozen=True):
    min_words: Annotated[int, Meta(ge=1), doc("shorter quotes (a scare-quoted word, a title) are left alone")] = 3


def unsupported_quote(ctx: CheckContext, rule: Rule) -> Iterator[Hit]:
    least = rule.params.min_words
    for q in ctx.mentions.quotes:
        if len(quote_words(q.text)) < least or related_quotes(ctx, q):
            continue
        yield Hit(q.start, q.end, {"found": q.text})


KIND = CheckKind("unsupported-quote", unsupported_quote, UnsupportedQuoteParams)
