"""The `copydesk` program (console script and `python -m copydesk`): the regular expressions
compiled by earlier runs put in place first, before copydesk's modules compile theirs when
imported (see regexcache.py), then the command line."""

from __future__ import annotations


def run() -> None:
    from copydesk import regexcache

    regexcache.preload()
    from copydesk.cli import run as run_command

    run_command()
