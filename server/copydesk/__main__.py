"""`python -m copydesk` runs the command line."""

from copydesk.cli import run

run()
