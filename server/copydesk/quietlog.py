"""Lines for what copydesk recovers from on its own: log lines (a fact store not read, a cache row
rebuilt), whose `logging` is imported with the first line logged, so a one-shot `copydesk check`
that recovers from nothing does not import it (~6 ms); and the one line that reports a rule, a
check or a source's extraction that raised (`internal_error`)."""

from __future__ import annotations


class QuietLog:
    """`logging.getLogger(name)`'s `info`, the logger made when first used."""

    def __init__(self, name: str):
        self.name = name

    def info(self, message: str, *args: object) -> None:
        import logging

        logging.getLogger(self.name).info(message, *args, stacklevel=2)  # the caller's file and line


def internal_error(rule_id: str | None, exc: BaseException) -> str:
    """One line for a rule (or, with None, a whole check) that raised: which, where in copydesk it
    broke, and the exception; never a traceback."""
    import traceback
    from pathlib import Path

    frames = traceback.extract_tb(exc.__traceback__)
    where = ""
    if frames:
        path = Path(frames[-1].filename)
        parts = path.parts
        shown = "/".join(parts[parts.index("copydesk") + 1 :]) if "copydesk" in parts else path.name
        where = f" ({shown}:{frames[-1].lineno})"
    detail = " ".join(str(exc).split())[:200]
    what = f"internal error in rule {rule_id}" if rule_id else "internal error"
    return f"{what}{where}: {type(exc).__name__}{': ' + detail if detail else ''}"
