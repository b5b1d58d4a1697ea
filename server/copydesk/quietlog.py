"""Log lines for what copydesk recovers from on its own (a fact store not read, a cache row
rebuilt): `logging` is imported with the first line logged, so a one-shot `copydesk check` that
recovers from nothing does not import it (~6 ms)."""

from __future__ import annotations


class QuietLog:
    """`logging.getLogger(name)`'s `info`, the logger made when first used."""

    def __init__(self, name: str):
        self.name = name

    def info(self, message: str, *args: object) -> None:
        import logging

        logging.getLogger(self.name).info(message, *args, stacklevel=2)  # the caller's file and line
