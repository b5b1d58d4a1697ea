"""Check kinds: one module per kind, named after it, each declaring its `CheckKind` as `KIND`.

KINDS is the registry the engine reads (`engine.check_kinds()`): a rule's `check:` is a key of it.
"""

from __future__ import annotations

from copydesk.checks import (
    attribution_pronoun,
    attribution_speaker,
    consistency,
    date_mismatch,
    existence,
    misquote,
    name_spelling,
    number_mismatch,
    substitution,
    title_mismatch,
    unsupported_date,
    unsupported_entity,
    unsupported_number,
    unsupported_quote,
)
from copydesk.checks.engine import CheckKind

KINDS: dict[str, CheckKind] = {
    kind.name: kind
    for kind in (
        attribution_pronoun.KIND,
        attribution_speaker.KIND,
        consistency.KIND,
        date_mismatch.KIND,
        existence.KIND,
        misquote.KIND,
        name_spelling.KIND,
        number_mismatch.KIND,
        substitution.KIND,
        title_mismatch.KIND,
        unsupported_date.KIND,
        unsupported_entity.KIND,
        unsupported_number.KIND,
        unsupported_quote.KIND,
    )
}
