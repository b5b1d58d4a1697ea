"""Which spans of a text are taken (by dates, say), asked in log time however many there are."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class SpanSet:
    """Spans [start, end), possibly nested or overlapping: of the spans starting before `end`,
    some overlaps [start, end) exactly when the furthest end among them passes `start`."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(itertools.accumulate((b for _, b in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether one span holds all of [start, end): of the spans starting at or before
        `start`, the furthest end reaches `end`."""
        k = bisect.bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end
