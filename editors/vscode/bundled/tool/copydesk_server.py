"""Run the copydesk bundled in this extension: `python -I copydesk_server.py serve` (or `init`, ...).

The extension starts it with `-I` (isolated mode: neither the working folder nor PYTHON* variables
reach sys.path), so the only code that runs is the interpreter's standard library and the
libraries bundled next to this file:

    bundled/libs/shared/          pure-Python packages, the same for every interpreter
    bundled/libs/<cache_tag>/     compiled packages for one interpreter, e.g. cpython-312

`--probe` prints, as JSON, whether this interpreter can run the bundle (the extension asks before
starting the server, to tell the user which Python to pick instead).
"""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

LIBS = Path(__file__).resolve().parent.parent / "libs"


def bundled_paths() -> list[Path]:
    """The folders to put first on sys.path for this interpreter: its compiled ones, then the shared."""
    return [LIBS / sys.implementation.cache_tag, LIBS / "shared"]


def supported_tags() -> list[str]:
    return sorted(p.name for p in LIBS.iterdir() if p.is_dir() and p.name != "shared") if LIBS.is_dir() else []


def probe() -> dict:
    usable = all(p.is_dir() for p in bundled_paths())
    return {
        "usable": usable,
        "executable": sys.executable,
        "version": platform.python_version(),
        "cache_tag": sys.implementation.cache_tag,
        "supported": supported_tags(),
    }


def main() -> None:
    if sys.argv[1:] == ["--probe"]:
        print(json.dumps(probe()))
        return
    if not probe()["usable"]:
        sys.exit(
            f"copydesk: this extension bundles copydesk for {', '.join(supported_tags()) or 'no interpreter'}; "
            f"{sys.executable} is {sys.implementation.cache_tag}. Pick another Python interpreter."
        )
    # First on sys.path: a copydesk (or pygls) installed in the interpreter never shadows the bundle.
    sys.path[:0] = [str(p) for p in bundled_paths()]
    sys.argv[0] = "copydesk"
    from copydesk.entry import run  # as the console script: the saved regular expressions first

    run()


if __name__ == "__main__":  # not in the fact-base builder's spawned worker processes
    main()
