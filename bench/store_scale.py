"""The fact store at scale: build, store size, peak memory, rebuild after one change, cold and warm
checks reading the store (loaded whole, and read on demand), and the build on a 2-worker Dask
LocalCluster beside the local pool.

    .venv/bin/python bench/store_scale.py 3 10000          # sizes to run (generated sources)
    .venv/bin/python bench/store_scale.py 3 --no-dask      # without the LocalCluster build

Generated sources, drafts, stores and caches go to bench/out/store/ (gitignored). Each step runs
in a fresh process, so its peak memory is its own (`ru_maxrss`; a local pool's workers are
counted apart, as `children`). Prints one Markdown table to paste into bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "store"
sys.path.insert(0, str(HERE))

from generate import make_draft, write_sources  # noqa: E402

PY = sys.executable

STEP = r"""
import json, resource, sys, time
args = json.loads(sys.argv[1])
from pathlib import Path
t = time.perf_counter()
out = {}
if args["step"] == "build":
    from copydesk.cli import main
    status = main(["build", "--no-config", "--sources", args["sources"], "--store", args["store"],
                   *(["--scheduler", args["scheduler"]] if args.get("scheduler") else [])])
    out["status"] = status
elif args["step"] == "check":  # a cold `copydesk check`: process start, store load, one check
    from copydesk.cli import main
    import io, contextlib
    with contextlib.redirect_stdout(io.StringIO()):
        out["status"] = main(["check", "--no-config", "--sources", args["sources"], args["draft"]])
elif args["step"] == "warm":  # warm checks of a draft new to the loaded fact base
    from copydesk.checks.context import forget_lookups
    from copydesk.config import default_config
    from copydesk.factbase.factstore import FactStore
    from copydesk.workspace import Workspace
    ws = Workspace(default_config(Path.cwd()))
    t0 = time.perf_counter()
    ws._factbase = FactStore(Path(args["store"]), chosen=True).load()
    out["load"] = time.perf_counter() - t0
    _ = ws.rules
    text = Path(args["draft"]).read_text(encoding="utf-8")
    ws.check(text)
    times = []
    for _ in range(10):
        forget_lookups(ws._factbase)
        t0 = time.perf_counter()
        ws.check(text)
        times.append(time.perf_counter() - t0)
    out["times"] = times
elif args["step"] == "lazy":  # checks reading the store on demand: a first draft, then drafts new to the checks
    from copydesk.checks.context import forget_lookups
    from copydesk.config import default_config
    from copydesk.factbase.factstore import FactStore
    from copydesk.factbase.lazy import LazyFactBase
    from copydesk.workspace import Workspace
    ws = Workspace(default_config(Path.cwd()))
    kb = ws._factbase = LazyFactBase(FactStore(Path(args["store"]), chosen=True))
    _ = ws.rules
    text = Path(args["draft"]).read_text(encoding="utf-8")
    t0 = time.perf_counter()
    ws.check(text)
    out["first"] = time.perf_counter() - t0
    out["rows"], out["entities"] = kb.rows_read, len(kb._entities)
    times = []
    for _ in range(5):
        forget_lookups(kb)
        t0 = time.perf_counter()
        ws.check(text)
        times.append(time.perf_counter() - t0)
    out["times"] = times
out["seconds"] = time.perf_counter() - t
out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(out))
"""


def step(env: dict, **args) -> dict:
    t = time.perf_counter()
    proc = subprocess.run([PY, "-c", STEP, json.dumps(args)], capture_output=True, text=True, env=env, timeout=7200)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(proc.stderr[-3000:])
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall"] = time.perf_counter() - t
    out["stderr"] = proc.stderr.strip().splitlines()[-1:] if proc.stderr.strip() else []
    return out


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def lazy_cell(lazy: dict) -> str:
    return (f"first {lazy['first'] * 1000:.0f} ms ({lazy['rows']:,} rows, {lazy['entities']} entities read), "
            f"again {statistics.median(lazy['times']) * 1000:.0f} ms (peak {lazy['maxrss_mb']:.0f} MB)")


def run(n: int, dask: bool) -> list[str]:
    folder = OUT / str(n)
    sources = folder / "sources"
    if not sources.exists():
        world, _ = write_sources(n, sources)
        (folder / "draft.txt").write_text(make_draft(world, 2000, seed=5), encoding="utf-8")
    draft = str(folder / "draft.txt")
    for old in ("cache", "cache-dask"):
        shutil.rmtree(folder / old, ignore_errors=True)
    for old in folder.glob("*.sqlite3*"):
        old.unlink()
    env = {**os.environ, "COPYDESK_CACHE_DIR": str(folder / "cache")}
    store = folder / "facts.sqlite3"
    cold = step(env, step="build", sources=str(sources), store=str(store))
    again = step(env, step="build", sources=str(sources), store=str(store))
    victim = sorted(sources.glob("*.txt"))[n // 2]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text + "\nThe depot loaded 3,200 crates that week.\n", encoding="utf-8")
    try:
        rebuild = step(env, step="build", sources=str(sources), store=str(store))
    finally:
        victim.write_text(text, encoding="utf-8")
    subprocess.run([PY, "-m", "copydesk", "build", "--no-config", "--sources", str(sources)], env=env, check=True,
                   capture_output=True)
    colds = [step(env, step="check", sources=str(sources), draft=draft) for _ in range(3)]
    warm = step(env, step="warm", store=str(store), draft=draft)
    lazy = step(env, step="lazy", store=str(store), draft=draft)
    row = [
        f"{n:,} sources",
        f"{cold['wall']:.1f} s (peak {cold['maxrss_mb']:.0f} MB, workers {cold['children_mb']:.0f} MB)",
        f"{size_mb(store):.1f} MB",
        f"{again['wall'] * 1000:.0f} ms",
        f"{rebuild['wall'] * 1000:.0f} ms ({rebuild['stderr'][0].split(': ', 2)[-1] if rebuild['stderr'] else ''})",
        f"{statistics.median(c['wall'] for c in colds) * 1000:.0f} ms (peak {max(c['maxrss_mb'] for c in colds):.0f} MB)",
        f"load {warm['load'] * 1000:.0f} ms; check {statistics.median(warm['times']) * 1000:.1f} ms",
        lazy_cell(lazy),
    ]
    if dask:
        env_dask = {**os.environ, "COPYDESK_CACHE_DIR": str(folder / "cache-dask")}
        d = step(env_dask, step="build", sources=str(sources), store=str(folder / "dask.sqlite3"), scheduler="local")
        row.append(f"{d['wall']:.1f} s")
    else:
        row.append("not run")
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    head = ["archive", "build, cache cold (local pool)", "store size", "no-op build (current)", "rebuild after 1 change",
            "cold `copydesk check` (2,000 words)", "warm check (2,000 words, new draft)",
            "lazy check in process: first draft, then new drafts (what was read kept)", "build on a 2-worker LocalCluster"]
    print("| " + " | ".join(head) + " |")
    print("| " + " | ".join("---" for _ in head) + " |")
    for n in args.sizes:
        print("| " + " | ".join(run(n, not args.no_dask)) + " |", flush=True)


if __name__ == "__main__":
    main()
