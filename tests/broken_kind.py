"""A check kind that always raises, registered only by the tests that need a broken rule (the
engine must contain it); `python tests/broken_kind.py serve` runs the language server with it."""

from __future__ import annotations

import sys

from copydesk.checks.engine import CheckKind, check_kinds

KIND = "test-broken"
RULE = """\
id: test-broken-rule
check: test-broken
severity: warning
message: 'never shown'
"""


def broken(ctx, rule):
    _ = ctx.document.text
    yield from ()
    raise IndexError("list index out of range")


def register() -> None:
    check_kinds()[KIND] = CheckKind(KIND, broken)


def unregister() -> None:
    check_kinds().pop(KIND, None)


if __name__ == "__main__":
    register()
    from copydesk.cli import main

    sys.exit(main(sys.argv[1:]))
