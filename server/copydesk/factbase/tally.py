"""The corpus-wide counts a merge starts from, combined as a tree reduction.

Before any entity exists, the merge needs to know which words some source writes in lower case
(the vocabulary every source's extraction depends on) and which it capitalizes, each with the
number of sources writing it so that one source can later be taken out (factbase/splice.py).
These are sums over sources: `combine` is associative (and commutative), so partial tallies can
be combined in any grouping, on one machine or across a cluster's workers (factbase/cluster.py),
and give the one tally a loop over the sources gives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from copydesk.factbase.store import SourceScan

T = TypeVar("T")
SPLIT_EVERY = 8  # partial results combined per node of the reduction tree (Dask's default too)


@dataclass
class CorpusTally:
    lower: Counter  # word -> the sources writing it in lower case
    capitalized: Counter  # folded word -> the sources writing it capitalized


def tally_of(scans: Sequence[SourceScan]) -> CorpusTally:
    """The tally of some sources (a leaf of the reduction: one batch of sources)."""
    return _summed(scans)


def combine(parts: Sequence[CorpusTally]) -> CorpusTally:
    """The tally of the union of disjoint sets of sources: counts add (associative, commutative)."""
    return _summed(parts)


def _summed(parts: Sequence[SourceScan | CorpusTally]) -> CorpusTally:
    """A scan's words and a tally's counts add alike (`Counter.update` counts a sequence's items
    and adds a mapping's counts)."""
    lower: Counter = Counter()
    capitalized: Counter = Counter()
    for part in parts:
        lower.update(part.lower)
        capitalized.update(part.capitalized)
    return CorpusTally(lower, capitalized)


def tree_reduce(parts: Sequence[T], combine_many: Callable[[Sequence[T]], T], split_every: int = SPLIT_EVERY) -> T:
    """Combine `parts` SPLIT_EVERY at a time, level by level, down to one (what Dask's tree
    reductions do, here in this process)."""
    level = list(parts)
    while len(level) > 1:
        level = [combine_many(level[i : i + split_every]) for i in range(0, len(level), split_every)]
    return level[0] if level else combine_many([])
