"""A check kind that always raises, registered only by the tests that need a broken rule (the
engine must contain it); `python tests/broken_kind.py serve` runs the language server with it."""

from __future__ import annotations

import sys

from copydesk.checks.engine import _REGISTRY, check_kind

KIND = "test-broken"
RULE = """\
id: test-broken-rule
check: test-broken
severity: warning
message: 'never shown'
"""


def register() -> None:
    @check_kind(KIND)
    def broken(ctx, rule):
        _ = ctx.document.text
        yield from ()
        raise IndexError("list index out of range")


def unregister() -> None:
    _REGISTRY.pop(KIND, None)


if __name__ == "__main__":
    register()
    from copydesk.cli import main

    sys.exit(main(sys.argv[1:]))
