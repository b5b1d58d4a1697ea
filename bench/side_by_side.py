"""Warm, side by side: copydesk's checks, textlint+prh's name check and Harper's lint on the same drafts.

Each tool is loaded once and then lints the same draft again and again, as an editor keeps it
warm; the medians are measured in one run on one machine, so their ratios compare the tools and
not the machines. textlint runs in one Node process through its `createLinter` API (the
`.textlintrc` and its prh dictionary loaded once); Harper through its Python binding `harper-py`
(installed into this environment on first use, like textlint from npm: a bench-only tool).
copydesk checks each draft in-process with its fact base built, twice per round: a draft new to
the fact base (nothing derived from it kept) and the same draft again.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HARPER = "harper-py==0.2.0"

TEXTLINT_WARM = r"""
const { createLinter, loadTextlintrc } = require("textlint");
const fs = require("node:fs");
const [config, repeat, ...drafts] = process.argv.slice(2);
(async () => {
  const linter = createLinter({ descriptor: await loadTextlintrc({ configFilePath: config }) });
  const out = {};
  for (const path of drafts) {
    const text = fs.readFileSync(path, "utf8");
    await linter.lintText(text, path);  // the first round loads the plugins: not timed
    const times = [];
    let found = 0;
    for (let i = 0; i < Number(repeat); i++) {
      const t = process.hrtime.bigint();
      const result = await linter.lintText(text, path);
      times.push(Number(process.hrtime.bigint() - t) / 1e9);
      found = result.messages.length;
    }
    out[path] = { times, found };
  }
  console.log(JSON.stringify(out));
})();
"""


def warm_textlint(node_modules: Path, config: Path, drafts: list[Path], repeat: int) -> dict[str, tuple[float, int]]:
    """Draft path -> (median seconds of `lintText`, messages) in one warm Node process."""
    script = node_modules.parent / "out" / "textlint-warm.cjs"  # under bench/: require() finds its node_modules
    script.write_text(TEXTLINT_WARM, encoding="utf-8")
    proc = subprocess.run(["node", str(script), str(config), str(repeat), *map(str, drafts)], capture_output=True,
                          text=True, cwd=node_modules.parent, timeout=900, check=True)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return {p: (statistics.median(r["times"]), r["found"]) for p, r in data.items()}


def ensure_harper() -> str:
    """'' when `harper` imports (installing harper-py into this environment if needed), else why not."""
    try:
        import harper  # noqa: F401
        return ""
    except ImportError:
        pass
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", HARPER], capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0:
        return "pip install harper-py failed: " + (proc.stderr.strip().splitlines() or ["?"])[-1]
    return ""


def warm_harper(drafts: list[Path], repeat: int) -> dict[str, tuple[float, int]]:
    """Draft path -> (median seconds of `Linter.lint`, lints) with one Linter kept warm."""
    import harper

    linter = harper.Linter()
    out = {}
    for path in drafts:
        text = path.read_text(encoding="utf-8")
        found = len(linter.lint(text))
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            linter.lint(text)
            times.append(time.perf_counter() - t)
        out[str(path)] = (statistics.median(times), found)
    return out


def warm_copydesk(kb, drafts: list[Path], repeat: int) -> dict[str, tuple[float, float, int]]:
    """Draft path -> (median seconds for a draft new to the fact base, for the same draft again,
    findings), checked in-process with `Workspace.check`."""
    from copydesk.checks.context import forget_lookups
    from copydesk.config import default_config
    from copydesk.workspace import Workspace

    ws = Workspace(default_config(Path.cwd()))
    ws._factbase = kb
    _ = ws.rules
    out = {}
    for path in drafts:
        text = path.read_text(encoding="utf-8")
        found = len(ws.check(text).findings)
        new, again = [], []
        for _ in range(repeat):
            forget_lookups(kb)  # nothing derived from this draft kept
            t = time.perf_counter()
            ws.check(text)
            new.append(time.perf_counter() - t)
            t = time.perf_counter()
            ws.check(text)
            again.append(time.perf_counter() - t)
        out[str(path)] = (statistics.median(new), statistics.median(again), found)
    return out
