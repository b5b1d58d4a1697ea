"""Extraction workers die with their parent: a build killed with -9 used to leave them blocked
forever (58 processes, 2.1 GB after 69 kills)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

BUILD = textwrap.dedent("""\
    import time
    from copydesk.factbase.extract import ProcessExecutor
    ProcessExecutor(2).map(time.sleep, [300, 300])  # two workers, each busy (or blocked) for five minutes
""")

def children(pid: int) -> set[int]:
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            if f"\nPPid:\t{pid}\n" in status:
                out.add(int(entry.name))
    return out


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited


def test_workers_die_when_the_build_is_killed():
    proc = subprocess.Popen([sys.executable, "-c", BUILD])
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            workers = {w for w in children(proc.pid) if alive(w)}
            time.sleep(0.05)
        assert len(workers) >= 2, "the build never started its workers"
        time.sleep(1)  # the workers are started and sleeping
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 20
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if alive(w)], "workers outlived the killed build"
    finally:
        if proc.poll() is None:
            proc.kill()
