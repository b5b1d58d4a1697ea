"""Print the median time from a didChange to its diagnostics, typing into a ~2,000-word draft.

Not a test: run `python tests/lsp/measure_typing.py [EDITS]` and note the number. Uses the plain
JSON-RPC client (no pygls on the client side) and debounceMs 0, so it measures the check itself.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lsp_rpc import RpcClient
from lsp_support import DRAFT, write_project
from test_typing import long_draft


def main(edits: int = 20) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        text = DRAFT + "\n" + long_draft()
        draft = write_project(root, draft=text)
        client = RpcClient(cwd=root)
        try:
            client.initialize(root)
            started = time.perf_counter()
            uri = client.open(draft)
            client.diagnostics(uri, version=1, timeout=120)
            print(f"first check (fact base build included): {(time.perf_counter() - started) * 1000:.0f} ms")
            line = text.count("\n")
            times = []
            for i in range(edits):
                version = i + 2
                pos = {"line": line + i, "character": 0}
                sent = time.perf_counter()
                client.change(uri, version, [{"range": {"start": pos, "end": pos}, "text": "Marta Veles spoke.\n"}])
                client.diagnostics(uri, version=version, timeout=120)
                times.append((time.perf_counter() - sent) * 1000)
            words = len((text + "Marta Veles spoke.\n" * edits).split())
            print(f"{edits} edits, ~{words} words: median edit->diagnostics {statistics.median(times):.0f} ms "
                  f"(min {min(times):.0f}, max {max(times):.0f})")
            client.shutdown()
        finally:
            client.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
