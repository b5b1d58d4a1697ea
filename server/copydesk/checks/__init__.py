"""Check kinds: importing this package registers every kind with the engine."""

from copydesk.checks import (  # noqa: F401
    attribution,
    consistency,
    dates,
    existence,
    names,
    numbers,
    quotes,
    substitution,
    titles,
    unsupported_date,
    unsupported_number,
    unsupported_quote,
)
