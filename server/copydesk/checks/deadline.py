"""A document check's deadline: past it, the rules not yet begun are cut and named (docs/safety.md)."""

from __future__ import annotations

import time
from collections.abc import Callable


class Deadline:
    """When a document's check must stop, and what it cut. It is looked at before the draft's
    mentions are read and before each rule (a rule that has started runs to its end, its patterns
    within their own TIME_BUDGET), so a check past it reports the findings of the rules that ran
    and names the ones that did not. Its seconds are the checking thread's CPU time: the work
    the draft costs, not a busy machine's or another document's check (the bound holds the same
    on a loaded CI runner, and a check is never cut for waiting)."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.thread_time):
        self.seconds = seconds
        self.clock = clock
        self.at = clock() + seconds
        self.cut: list[str] = []  # the stages not run, in order: "mentions", then rule ids

    def passed(self) -> bool:
        return self.clock() >= self.at

    def report(self, path: str | None) -> str | None:
        """One line naming what was cut, or None when the check ran whole."""
        if not self.cut:
            return None
        where = f"{path or 'the draft'}: check stopped at its {self.seconds:g} s deadline"
        if self.cut[0] == "mentions":
            return f"{where} before reading the draft's names, figures, dates and quotes; no rule ran (see docs/safety.md)"
        return (f"{where} before rule '{self.cut[0]}'; not run: {', '.join(self.cut)}; the findings shown are "
                "the other rules' (see docs/safety.md)")
