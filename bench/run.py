"""The copydesk benchmark: latency, editor latency, cold start, scale, and textlint+prh and Harper side by side.

    .venv/bin/python bench/run.py            # full run (a few minutes; 10,000 sources)
    .venv/bin/python bench/run.py --small    # one size each, for CI (seconds)

Prints a table and writes bench/RESULTS.md. Generated sources and drafts go to bench/out/
(gitignored); the extraction cache used by the bench lives in bench/out/cache.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "lsp"))

from generate import make_draft, make_world, write_sources  # noqa: E402

PY = sys.executable
BIN = Path(PY).parent


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def stats(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]
    return statistics.median(s), p95


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {mem} memory, Python {platform.python_version()} ({platform.system()})"


# -- child-process helpers ----------------------------------------------------------------------------

CHILD = r"""
import json, sys, time, statistics, resource
from pathlib import Path
args = json.loads(sys.argv[1])
from copydesk.factbase.build import build_factbase, updated_factbase
from copydesk.factbase.export import summary
from copydesk.checks.context import forget_lookups
from copydesk.workspace import Workspace
from copydesk.config import default_config
files = sorted(Path(args["sources"]).glob("*.txt"))
t = time.perf_counter()
kb = build_factbase(files, store=args["store"])
build = time.perf_counter() - t
out = {"build": build, "summary": summary(kb)}
if args.get("rebuild"):
    changed = files[len(files) // 2]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text + "\nA spokesperson declined to comment further.\n", encoding="utf-8")
    try:
        t = time.perf_counter()
        kb2 = updated_factbase(kb, files, [changed], store=args["store"])
        out["rebuild"] = time.perf_counter() - t
    finally:
        changed.write_text(text, encoding="utf-8")
    kb = kb2
if args.get("drafts"):
    ws = Workspace(default_config(Path.cwd()))
    ws._factbase = kb
    _ = ws.rules
    out["check"] = {}
    for name, path in args["drafts"].items():
        text = Path(path).read_text(encoding="utf-8")
        ws.check(text)
        times, again = [], []
        for _ in range(args.get("repeat", 20)):
            forget_lookups(kb)  # a draft the fact base has not seen: nothing derived from it is cached
            t = time.perf_counter()
            r = ws.check(text)
            times.append(time.perf_counter() - t)
            t = time.perf_counter()
            ws.check(text)  # the same draft again: what CheckContext.lookup keeps is reused
            again.append(time.perf_counter() - t)
        edits, paused = [], []
        for i in range(args.get("repeat", 20)):
            at = text.find("\n\n", (i * 7919) % len(text))
            at = at if at > 0 else len(text) // 2
            edited = text[:at] + " and" + text[at:]
            t = time.perf_counter()
            ws.check_edit(r, edited)
            edits.append(time.perf_counter() - t)
            ws.check(text)  # the draft as it was checked last: then one paragraph changes
            t = time.perf_counter()
            ws.check(edited)
            paused.append(time.perf_counter() - t)
        out["check"][name] = {"times": times, "again": again, "edits": edits, "paused": paused, "findings": len(r.findings)}
out["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(out))
"""


def run_child(args: dict, env: dict | None = None) -> tuple[dict, int]:
    """Run CHILD in a fresh process; its result and the peak RSS of its process tree (KB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([PY, "-c", CHILD, json.dumps(args)], capture_output=True, text=True, env=env, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return data, max(after, data["maxrss_kb"]) if after > before else data["maxrss_kb"]


# -- sections -----------------------------------------------------------------------------------------


def section_latency(sources: Path, drafts: dict[str, Path], env: dict, repeat: int) -> list[list[str]]:
    data, _ = run_child({"sources": str(sources), "store": True, "drafts": {k: str(v) for k, v in drafts.items()},
                         "repeat": repeat}, env)
    rows = []
    for name, r in data["check"].items():
        med, p95 = stats(r["times"])
        rows.append([f"warm check, {name} draft", ms(med), ms(p95), f"{r['findings']} findings; a draft new to the fact base"])
        med, p95 = stats(r["again"])
        rows.append([f"warm check again, {name} draft", ms(med), ms(p95), "the same draft: lookups derived from it reused"])
        med, p95 = stats(r["edits"])
        rows.append([f"warm re-check after a one-word edit, {name} draft", ms(med), ms(p95), "the paragraphs the edit reached"])
        med, p95 = stats(r["paused"])
        rows.append([f"warm whole check after a one-word edit, {name} draft", ms(med), ms(p95),
                     "the whole draft, as when typing pauses: unchanged paragraphs' mentions and lookups reused"])
    return rows


def section_editor(project: Path, draft_text: str, edits: int, env: dict) -> list[list[str]]:
    """didChange -> first publishDiagnostics (the paragraphs the edit reached), and didChange ->
    the whole draft checked (a hover, which waits for that check), edits spread over the draft."""
    from lsp_rpc import RpcClient

    draft = project / "draft.md"
    draft.write_text(draft_text, encoding="utf-8")
    client = RpcClient(cwd=project, command=[str(BIN / "copydesk"), "serve"])
    try:
        client.initialize(project, {"debounceMs": 0})
        uri = client.open(draft)
        client.diagnostics(uri, version=1, timeout=300)
        lines = draft_text.count("\n")
        first, whole = [], []
        for i in range(edits):
            version = i + 2
            pos = {"line": (i * 37) % lines, "character": 0}
            seen = len(client.notifications)
            sent = time.perf_counter()
            client.change(uri, version, [{"range": {"start": pos, "end": pos}, "text": "x" if i % 2 == 0 else " "}])
            client.diagnostics(uri, version=version, timeout=60, after=seen)
            first.append(time.perf_counter() - sent)
            if i % 4 == 0:
                client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": pos}, timeout=60)
                whole.append(time.perf_counter() - sent)
        client.shutdown()
    finally:
        client.kill()
    med, p95 = stats(first)
    wmed, wp95 = stats(whole)
    return [[f"editor: didChange -> publishDiagnostics ({edits} edits)", ms(med), ms(p95), "the paragraphs the edit reached"],
            [f"editor: didChange -> whole draft checked ({len(whole)} of them)", ms(wmed), ms(wp95), "when typing pauses"]]


def section_editor_busy(project: Path, draft_text: str, edits: int) -> list[list[str]]:
    """Hover below an edit and a code action above it while the whole of a big draft is checked
    again (seconds of work in the check thread): answered from the last whole check."""
    from lsp_rpc import RpcClient

    draft = project / "big.md"
    draft.write_text(draft_text, encoding="utf-8")
    client = RpcClient(cwd=project, command=[str(BIN / "copydesk"), "serve"])
    published, hovers, actions = [], [], []
    try:
        client.initialize(project, {"debounceMs": 0})
        uri = client.open(draft)
        client.diagnostics(uri, version=1, timeout=600)
        below = draft_text.count("\n") - 10
        for i in range(edits):
            seen = len(client.notifications)
            at = {"line": 4 + i, "character": 0}
            sent = time.perf_counter()
            client.change(uri, i + 2, [{"range": {"start": at, "end": at}, "text": "A new line.\n\n"}])
            client.diagnostics(uri, version=i + 2, timeout=60, after=seen)  # the edited paragraphs: the whole check is next
            published.append(time.perf_counter() - sent)
            time.sleep(0.5)  # typing paused: the whole draft is being checked
            sent = time.perf_counter()
            client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": below, "character": 3}},
                           timeout=600)
            hovers.append(time.perf_counter() - sent)
            sent = time.perf_counter()
            line = {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 40}}
            client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": line,
                                                       "context": {"diagnostics": []}}, timeout=600)
            actions.append(time.perf_counter() - sent)
            client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": at},  # on the edited line:
                           timeout=600)  # it waits for the whole check, so the next edit starts from a settled draft
        client.shutdown()
    finally:
        client.kill()
    size = f"{len(draft_text) // 1000:,} KB draft"
    return [[f"editor: didChange -> publishDiagnostics, {size} ({edits})", ms(stats(published)[0]), ms(stats(published)[1]),
             "the paragraphs the edit reached"],
            [f"editor: hover below an edit while a {size} is checked ({edits})", ms(stats(hovers)[0]), ms(stats(hovers)[1]),
             "answered from the last whole check"],
            [f"editor: code action above an edit while a {size} is checked ({edits})", ms(stats(actions)[0]),
             ms(stats(actions)[1]), "answered from the last whole check"]]


def section_cold(sources: Path, draft: Path, env: dict, repeat: int) -> list[list[str]]:
    # bytecode as an installed copydesk has it (pip compiles on install; an editable install and
    # PYTHONDONTWRITEBYTECODE would otherwise recompile every module on every run)
    import copydesk

    subprocess.run([PY, "-m", "compileall", "-q", str(Path(copydesk.__file__).parent)], check=False)
    cmd = [str(BIN / "copydesk"), "check", "--no-config", "--sources", str(sources), "--format", "json", str(draft)]
    rows = []
    cold_env = dict(env, COPYDESK_CACHE_DIR=str(OUT / "cache-cold"))
    cold, warm = [], []
    for _ in range(repeat):
        shutil.rmtree(OUT / "cache-cold", ignore_errors=True)
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=cold_env, check=False)
        cold.append(time.perf_counter() - t)
    subprocess.run(cmd, capture_output=True, env=env, check=False)  # fill the cache
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=False)
        warm.append(time.perf_counter() - t)
    n = len(list(sources.glob("*.txt")))
    rows.append([f"cold start: `copydesk check`, {n} sources, cache cold", ms(statistics.median(cold)), ms(max(cold)), ""])
    rows.append([f"cold start: `copydesk check`, {n} sources, cache warm", ms(statistics.median(warm)), ms(max(warm)), ""])
    return rows


def section_scale(sizes: list[int], draft: Path, env: dict, repeat: int) -> tuple[list[list[str]], dict]:
    rows = []
    extra = {}
    for n in sizes:
        write_sources(n, OUT / f"s{n}" / "sources")
        src = OUT / f"s{n}" / "sources"
        scale_env = dict(env, COPYDESK_CACHE_DIR=str(OUT / f"cache-scale-{n}"))
        shutil.rmtree(OUT / f"cache-scale-{n}", ignore_errors=True)
        data, rss = run_child({"sources": str(src), "store": True, "rebuild": True,
                               "drafts": {"2,000-word": str(draft)}, "repeat": repeat}, scale_env)
        warm, _ = run_child({"sources": str(src), "store": True}, scale_env)
        med, p95 = stats(data["check"]["2,000-word"]["times"])
        again, _ = stats(data["check"]["2,000-word"]["again"])
        s = data["summary"]
        rows.append([f"scale: {n} sources ({s['entities']} entities, {s['quotes']} quotes)",
                     f"build {data['build']:.2f} s", f"cached build {warm['build']:.2f} s",
                     f"rebuild after 1 change {data['rebuild'] * 1000:.0f} ms; peak {rss / 1024:.0f} MB; "
                     f"2,000-word check median {ms(med)}, p95 {ms(p95)}; again {ms(again)}"])
        extra[n] = {"build": data["build"], "cached": warm["build"], "rebuild": data["rebuild"], "rss_mb": rss / 1024,
                    "check_median": med, "check_p95": p95, "again_median": again}
    return rows, extra


BEFORE = [
    "Measured once on the same idle machine with the code before the extraction cache,",
    "the indexes and the bucketed conflicts, on the same generated sources and drafts:",
    "",
    "| | before | after (this run) |",
    "| --- | --- | --- |",
    "| warm check, 100 sources: 500 / 2,000 / 10,000 words (median) | 276 / 1,097 / 5,474 ms | see section 1 |",
    "| fact base build, 100 sources | 5.2 s | see section 4 |",
    "| fact base build, 1,000 / 10,000 sources | not measured: all-pairs quote and number conflicts grow as n^2 (10,000 sources: ~200 M quote pairs) | see section 4 |",
    "| `copydesk check`, 100 sources, 2,000 words (no cache existed; measured under load) | 6.4 s | see section 3 |",
]

PRH_INSTALL = ["textlint@14", "textlint-rule-prh@6"]


def bound_inputs() -> dict[str, tuple[str, str]]:
    """Big and adversarial drafts (issue 18): name -> (file name, text)."""
    para = ("Defense Minister Marta Velez said on Monday that 12 patrol boats would come from Halden. "
            '"We will not wait another year for these boats," Velez told reporters.\n\n')
    prose = para * (10_000_000 // len(para) + 1)
    return {
        "1 MB of news prose": ("prose-1mb.md", prose[:1_000_000]),
        "1 MB of `1 1 1 ...` (a number every 2 characters)": ("ones-1mb.txt", ("1 " * 500_000)[:1_000_000]),
        "1 MB on one line, no full stop": ("line-1mb.txt", ("The council met again and " * 40_000)[:1_000_000]),
        "2 MB of news prose (the largest draft checked)": ("prose-2mb.md", prose[:1_999_000]),
        "10 MB of news prose (over the bound: skipped, one line)": ("prose-10mb.md", prose[:10_000_000]),
    }


_LAUNCHER = """
import json, os, subprocess, sys, time
t = time.perf_counter()
proc = subprocess.Popen([sys.argv[1], "check", "--no-config", "--format", "json", sys.argv[2]],
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = proc.stderr.read().decode("utf-8", "replace")
_, status, usage = os.wait4(proc.pid, 0)
print(json.dumps([time.perf_counter() - t, status, usage.ru_maxrss, err]))
"""


def section_bounds(env: dict) -> list[list[str]]:
    """Each input checked by a fresh `copydesk check` (bundled sources): wall time and peak memory."""
    rows = []
    folder = OUT / "bounds"
    folder.mkdir(parents=True, exist_ok=True)
    for label, (name, text) in bound_inputs().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        # a small launcher starts the check: a child forked from this (by now large) process would
        # count this process's memory in its peak (ru_maxrss is not reset by exec)
        proc = subprocess.run([PY, "-c", _LAUNCHER, str(BIN / "copydesk"), str(path)], capture_output=True, text=True, env=env)
        elapsed, status, peak_kb, err = json.loads(proc.stdout)
        skipped = "not checked" in err
        rows.append([label, f"{elapsed:.2f} s", f"{peak_kb / 1024:.0f} MB",
                     "skip message, exit 2" if skipped else f"exit {os.waitstatus_to_exitcode(status)}"])
    return rows


def ensure_textlint() -> tuple[Path | None, str]:
    exe = HERE / "node_modules" / ".bin" / "textlint"
    if exe.exists():
        return exe, ""
    npm = shutil.which("npm")
    if not npm:
        return None, "npm is not installed"
    proc = subprocess.run([npm, "install", "--no-save", "--no-audit", "--no-fund", *PRH_INSTALL], cwd=HERE,
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or not exe.exists():
        return None, "npm install failed: " + (proc.stderr.strip().splitlines() or ["?"])[-1]
    return exe, ""


def prh_dictionary(kb, path: Path) -> int:
    """Every known name word with its near-miss variants (one edit: a vowel or a doubled letter) as patterns."""
    from copydesk.lexicon import STOPWORDS

    words = set()
    for e in kb.entities:
        if e.kind in ("person", "organization", "place"):
            for a in e.aliases:
                for w in a.split():
                    if len(w) >= 4 and w[0].isupper() and w.isalpha() and w.lower() not in STOPWORDS:
                        words.add(w)
    lines = ["version: 1", "rules:"]
    for w in sorted(words):
        variants = set()
        for i in range(1, len(w)):
            for c in "aeiou":
                if c != w[i]:
                    variants.add(w[:i] + c + w[i + 1 :])
        lines.append(f"  - expected: {w}")
        lines.append("    patterns:")
        lines += [f"      - {v}" for v in sorted(variants)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(words)


def section_textlint(sources: Path, drafts: dict[str, Path], env: dict, repeat: int) -> tuple[list[list[str]], str]:
    exe, why = ensure_textlint()
    if exe is None:
        return [["textlint + prh", "not run", "", why]], why
    from copydesk.factbase.build import build_factbase

    kb = build_factbase(sorted(sources.glob("*.txt")), store=False)
    work = OUT / "textlint"
    work.mkdir(parents=True, exist_ok=True)
    n_words = prh_dictionary(kb, work / "prh.yml")
    (work / ".textlintrc.json").write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(work / "prh.yml")]}}}))
    rows = []
    for name, draft in drafts.items():
        target = work / f"{draft.stem}.txt"
        shutil.copy(draft, target)
        cmd = [str(exe), "--config", str(work / ".textlintrc.json"), "--format", "json", str(target)]
        tl = []
        for _ in range(repeat):
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, cwd=work, check=False)
            tl.append(time.perf_counter() - t)
        cd_cmd = [str(BIN / "copydesk"), "check", "--no-config", "--sources", str(sources), "--format", "json", str(target)]
        subprocess.run(cd_cmd, capture_output=True, env=env, check=False)
        cd = []
        for _ in range(repeat):
            t = time.perf_counter()
            subprocess.run(cd_cmd, capture_output=True, env=env, check=False)
            cd.append(time.perf_counter() - t)
        a, b = statistics.median(tl), statistics.median(cd)
        rows.append([f"textlint+prh vs copydesk check, {name} draft (CLI, whole run)", f"textlint {ms(a)}",
                     f"copydesk {ms(b)}", f"textlint/copydesk = {a / b:.2f}x ({n_words} prh entries)"])
    return rows, ""


def section_warm_side_by_side(sources: Path, drafts: dict[str, Path], repeat: int) -> tuple[list[list[str]], list[str]]:
    """Warm medians of copydesk, textlint+prh and Harper on the same drafts, and their ratios."""
    from side_by_side import ensure_harper, warm_copydesk, warm_harper, warm_textlint

    from copydesk.factbase.build import build_factbase

    notes: list[str] = []
    paths = list(drafts.values())
    kb = build_factbase(sorted(sources.glob("*.txt")), store=True)
    cd = warm_copydesk(kb, paths, repeat)
    exe, why = ensure_textlint()
    tl: dict[str, tuple[float, int]] = {}
    if exe is None:
        notes.append(f"textlint not run warm: {why}")
    else:
        work = OUT / "textlint"
        work.mkdir(parents=True, exist_ok=True)
        prh_dictionary(kb, work / "prh.yml")
        config = work / ".textlintrc.json"
        config.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(work / "prh.yml")]}}}))
        tl = warm_textlint(HERE / "node_modules", config, paths, repeat)
    why = ensure_harper()
    hp = warm_harper(paths, repeat) if not why else {}
    if why:
        notes.append(f"Harper not run: {why}")
    rows = []
    for name, path in drafts.items():
        new, again, found = cd[str(path)]
        cells = [f"copydesk {ms(new)} (again {ms(again)}, {found} findings)"]
        ratios = []
        if str(path) in tl:
            t, n = tl[str(path)]
            cells.append(f"textlint+prh {ms(t)} ({n})")
            ratios.append(f"copydesk/textlint = {new / t:.2f}x")
        if str(path) in hp:
            t, n = hp[str(path)]
            cells.append(f"Harper {ms(t)} ({n} lints)")
            ratios.append(f"copydesk/Harper = {new / t:.2f}x")
        rows.append([f"warm, {name} draft", cells[0], "; ".join(cells[1:]), "; ".join(ratios)])
    return rows, notes


# -- main ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", action="store_true", help="one size each, few repeats (CI)")
    ap.add_argument("--no-textlint", action="store_true", help="skip the textlint side-by-side")
    ap.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument("--latency-only", action="store_true",
                    help="only section 1 (warm check latency), rewritten in place in the results file")
    args = ap.parse_args(argv)

    small = args.small
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["COPYDESK_CACHE_DIR"] = str(OUT / "cache")  # the language server inherits it
    env = dict(os.environ)
    sizes = [3] if small else [3, 100, 1000, 10000]
    word_sizes = [500] if small else [500, 2000, 10000]
    repeat = 3 if small else 20
    n_latency = 3 if small else 100

    world = make_world(n_latency)
    write_sources(n_latency, OUT / f"s{n_latency}" / "sources")
    sources = OUT / f"s{n_latency}" / "sources"
    drafts = {}
    for w in sorted(set(word_sizes) | {2000}):
        path = OUT / f"draft_{n_latency}_{w}.txt"
        path.write_text(make_draft(world, w, seed=w), encoding="utf-8")
        drafts[f"{w:,}-word"] = path
    draft2k = OUT / f"draft_{n_latency}_2000.txt"
    if small:
        drafts = {"500-word": OUT / f"draft_{n_latency}_500.txt"}

    table: list[list[str]] = []
    notes: list[str] = []
    t0 = time.perf_counter()
    print(f"copydesk bench ({'small' if small else 'full'}) on {machine()}", flush=True)

    table.append(["## 1. warm check latency", "median", "p95", ""])
    table += section_latency(sources, drafts, env, repeat)
    print_table(table[-4 * len(drafts) - 1 :])
    if args.latency_only:
        replace_section(args.results, table, machine(), f"`.venv/bin/python bench/run.py --latency-only`, load average "
                        f"{os.getloadavg()[0]:.2f} at the start")
        print(f"\nrewrote section 1 of {args.results}")
        return 0

    table.append(["## 2. editor latency", "median", "p95", ""])
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copytree(sources, project / "sources")  # a workspace's config reads only files inside it
        (project / "copydesk.yaml").write_text("sources:\n  - sources/*.txt\n", encoding="utf-8")
        table += section_editor(project, draft2k.read_text(encoding="utf-8"), 5 if small else 200, env)
        table += section_editor_busy(project, make_draft(world, 20000 if small else 100000, seed=7), 3 if small else 10)
    print_table(table[-6:])

    table.append(["## 3. cold start", "median", "max", ""])
    table += section_cold(sources, draft2k, env, 1 if small else 5)
    print_table(table[-3:])

    table.append(["## 4. scale", "build (cache cold)", "build (cache warm)", "details"])
    scale_rows, scale = section_scale(sizes, draft2k, env, 2 if small else 20)
    table += scale_rows
    if 3 in scale and len(scale) > 1:
        big = max(scale)
        table.append([f"scale: check slowdown {big} vs 3 sources", f"{scale[big]['check_median'] / scale[3]['check_median']:.2f}x",
                      f"again: {scale[big]['again_median'] / scale[3]['again_median']:.2f}x", ""])
    print_table([["## 4. scale"], *table[-len(scale_rows) - (1 if len(scale) > 1 and 3 in scale else 0) :]])

    table.append(["## 5. side by side: textlint + prh (name spelling only)", "", "", ""])
    if args.no_textlint:
        table.append(["textlint + prh", "skipped (--no-textlint)", "", ""])
    else:
        rows, why = section_textlint(sources, {k: v for k, v in drafts.items()}, env, 1 if small else 5)
        table += rows
        if why:
            notes.append(f"textlint could not be installed: {why}")
    print_table(table[-len(drafts) - 1 :])

    table.append(["## 5b. side by side, warm: the same draft linted again and again in one process", "copydesk",
                  "textlint+prh; Harper", "ratios (below 1: copydesk faster)"])
    if args.no_textlint:
        table.append(["warm side by side", "skipped (--no-textlint)", "", ""])
    else:
        rows, why_not = section_warm_side_by_side(sources, drafts, repeat)
        table += rows
        notes += why_not
    print_table(table[-len(drafts) - 1 :])

    table.append(["## 6. bounds: big and adversarial drafts (a fresh `copydesk check`)", "time", "peak memory", ""])
    table += section_bounds(env)
    print_table(table[-6:])

    elapsed = time.perf_counter() - t0
    command = "make bench" if not small else ".venv/bin/python bench/run.py --small"
    write_results(args.results, table, notes, command, elapsed, small, n_latency)
    print(f"\nwrote {args.results} in {elapsed:.0f} s")
    return 0


def replace_section(path: Path, table: list[list[str]], where: str, command: str) -> None:
    """Rewrite section 1 of an existing results file with `table` (its heading row first), the
    other sections as they were; the machine and command noted under it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("### 1."))
    end = next((i for i in range(head + 1, len(lines)) if lines[i].startswith("### ")), len(lines))
    title, *rows = table
    section = [f"### {title[0][3:]}", "", f"Measured alone, with {command}, on {where}.", "",
               f"| | {title[1]} | {title[2]} | {title[3]} |", "| --- | --- | --- | --- |",
               *(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} |" for r in rows), ""]
    path.write_text("\n".join([*lines[:head], *section, *lines[end:]]) + "\n", encoding="utf-8")


def print_table(rows: list[list[str]]) -> None:
    for r in rows:
        if r[0].startswith("## "):
            print(f"\n{r[0][3:]}")
            continue
        print(f"  {r[0]:<72} {r[1]:>18} {r[2]:>18}  {r[3]}")
    sys.stdout.flush()


KEPT_FROM = "### 7. "  # sections this run does not measure (bench/store_scale.py's), kept as they are


def kept_sections(path: Path) -> list[str]:
    """The lines of RESULTS.md from section 7 up to the comparison with the code before issue 6:
    measured by bench/store_scale.py, run on its own, so a run of this bench keeps them."""
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    start = text.find(KEPT_FROM)
    if start < 0:
        return []
    end = text.find("### Before issue 6", start)
    return ["", *text[start : end if end >= 0 else len(text)].rstrip().splitlines()]


def write_results(path: Path, table: list[list[str]], notes: list[str], command: str, elapsed: float, small: bool,
                  n_latency: int) -> None:
    lines = [
        "# copydesk benchmark results", "",
        f"- Machine: {machine()}",
        f"- Command: `{command}` ({'small mode' if small else 'full run'}, {elapsed:.0f} s)",
        f"- Latency drafts are generated from a fact base of {n_latency} generated sources with a few injected errors;"
        " sources and drafts come from `bench/generate.py` (seeded) under `bench/out/`.",
        "- Warm check: `Workspace.check` of the whole draft in-process with the fact base loaded; re-check after an"
        " edit: `Workspace.check_edit` (the paragraphs a one-word edit can reach, the other findings carried over).",
        "- Editor: `copydesk serve` over stdio, `debounceMs: 0`, one-character edits spread over a 2,000-word"
        " Markdown draft; the first publishDiagnostics comes from the paragraphs the edit reached, the whole draft"
        " is checked once typing pauses (timed with a hover, which waits for that check).",
        "- Cold start: a fresh `copydesk check` process, with the package's bytecode compiled first (as pip does on"
        " install).",
        "- Scale: built in a child process (peak memory from its max RSS), with the SQLite extraction cache cold"
        " and then warm; rebuild = `FactBase.updated` after one source changes.", "",
    ]
    for r in table:
        if r[0].startswith("## "):
            lines += ["", f"### {r[0][3:]}", "", f"| | {r[1]} | {r[2]} | {r[3]} |", "| --- | --- | --- | --- |"]
        else:
            lines.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} |")
    lines += kept_sections(path)
    lines += ["", "### Before issue 6 (for comparison)", "", *BEFORE]
    if notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
