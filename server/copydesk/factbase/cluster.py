"""Building on a Dask cluster: the map over sources and the tree reduction of their tallies.

`copydesk build --scheduler tcp://HOST:PORT` connects to a running scheduler whose workers have
copydesk installed (the same version: the cache rows and the extraction must agree); `--scheduler
local` starts a `LocalCluster` of one process per core for this build and stops it after.
copydesk never starts a cluster otherwise. Dask and distributed are an optional extra
(`pip install copydesk[dask]`): without them this module says how to get them, in one line.

Work travels as plain data (source text in, msgpack rows out), in batches so a large archive is
a few thousand tasks, not one per article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from copydesk.factbase.tally import SPLIT_EVERY, CorpusTally, combine

BATCH = 64  # sources per task


class DaskUnavailable(Exception):
    """Dask is not installed, or the scheduler cannot be reached: one line for the user."""


def _run_batch(fn: Callable[[Any], bytes], batch: Sequence[Any]) -> list[bytes]:
    return [fn(x) for x in batch]


class DaskExecutor:
    """A `MapExecutor` (factbase/extract.py) over a distributed `Client`."""

    def __init__(self, client: Any):
        self.client = client

    def map(self, fn: Callable[[Any], bytes], items: Sequence[Any]) -> list[bytes]:
        batches = [list(items[i : i + BATCH]) for i in range(0, len(items), BATCH)]
        futures = self.client.map(_run_batch, [fn] * len(batches), batches, pure=False)
        return [blob for part in self.client.gather(futures) for blob in part]

    def reduce(self, parts: Sequence[CorpusTally]) -> CorpusTally:
        """The tallies combined on the workers, SPLIT_EVERY at a time, level by level."""
        level = self.client.scatter(list(parts)) if parts else []
        while len(level) > 1:
            level = [self.client.submit(combine, level[i : i + SPLIT_EVERY], pure=False)
                     for i in range(0, len(level), SPLIT_EVERY)]
        return level[0].result() if level else combine([])


@contextmanager
def dask_executor(address: str, workers: int | None = None) -> Iterator[DaskExecutor]:
    """An executor on the scheduler at `address` ("local": a LocalCluster for this build only)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable("--scheduler needs Dask: pip install 'copydesk[dask]'") from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(address, timeout=5)
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise DaskUnavailable(f"cannot reach the Dask scheduler {address}: {exc}") from None
    try:
        yield DaskExecutor(client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
