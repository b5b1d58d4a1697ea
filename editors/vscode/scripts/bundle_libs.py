"""Put copydesk and its dependencies into editors/vscode/bundled/libs for one VS Code platform.

    python scripts/bundle_libs.py --target linux-x64 [--python 3.10 --python 3.11 ...]

As Microsoft's Python-tool extensions do (`pip install --target bundled/libs`), but copydesk
needs compiled wheels (rapidfuzz, msgspec, google-re2, regex, msgpack, PyYAML), so the bundle is
split by what the interpreter can load:

    bundled/libs/shared/          pure-Python packages (py3-none-any), one copy for all versions
    bundled/libs/cpython-3XY/     the compiled packages for that CPython version

bundled/tool/copydesk_server.py puts both on sys.path for the interpreter it runs in. Wheels only
(`--only-binary :all:`, `--platform`), so one machine builds the bundle for every version and
platform it names, and nothing is compiled or fetched when the extension runs.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXTENSION = HERE.parent
REPO = EXTENSION.parent.parent
LIBS = EXTENSION / "bundled" / "libs"

DEFAULT_PYTHONS = ("3.11", "3.12", "3.13", "3.14")  # countryinfo 1.x needs 3.11+
# vsce --target -> the wheel platform tags pip may pick for it (newest first).
PLATFORMS = {
    "linux-x64": ["manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
    "linux-arm64": ["manylinux_2_28_aarch64", "manylinux_2_17_aarch64", "manylinux2014_aarch64"],
    "darwin-x64": ["macosx_10_13_x86_64", "macosx_10_9_x86_64", "macosx_10_12_x86_64"],
    "darwin-arm64": ["macosx_11_0_arm64", "macosx_12_0_arm64"],
    "win32-x64": ["win_amd64"],
}
# copydesk asks wordfreq about English words only; its other languages are 55 MB of the 60.
WORDFREQ_KEEP = ("_en.msgpack.gz",)


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def build_copydesk_wheel(out: Path) -> Path:
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(REPO)])
    return next(out.glob("copydesk-*.whl"))


def install_for(version: str, target: str, wheel: Path, into: Path) -> None:
    platform_args = [arg for tag in PLATFORMS[target] for arg in ("--platform", tag)]
    run([
        sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--target", str(into), "--only-binary", ":all:", "--implementation", "cp",
        "--python-version", version, *platform_args, str(wheel),
    ])


def is_pure(dist_info: Path) -> bool:
    """A wheel built for every interpreter (Root-Is-Purelib and a py3-none-any tag)."""
    wheel = (dist_info / "WHEEL").read_text(encoding="utf-8")
    tags = [line.split(":", 1)[1].strip() for line in wheel.splitlines() if line.startswith("Tag:")]
    return "Root-Is-Purelib: true" in wheel and all(tag.endswith("-none-any") for tag in tags)


def top_level_entries(dist_info: Path) -> set[str]:
    """The top-level files and folders a distribution installed (from its RECORD)."""
    entries = set()
    for line in (dist_info / "RECORD").read_text(encoding="utf-8").splitlines():
        path = line.split(",", 1)[0]
        if path and not path.startswith(("../", "/")):
            entries.add(path.split("/", 1)[0])
    return entries


def split_pure(installed: Path, shared: Path) -> None:
    """Move the pure-Python distributions from `installed` into `shared` (once: the first wins)."""
    for dist_info in sorted(installed.glob("*.dist-info")):
        if not is_pure(dist_info):
            continue
        for entry in top_level_entries(dist_info):
            source = installed / entry
            if not source.exists() or entry == "bin":
                continue
            if (shared / entry).exists():
                shutil.rmtree(source) if source.is_dir() else source.unlink()
            else:
                shutil.move(str(source), str(shared / entry))


def drop_case_twins(folder: Path) -> None:
    """Delete files that differ from a sibling only in case and not in content (countryinfo ships
    `curaçao.json` and `Curaçao.json`): a .vsix is a zip that VS Code unpacks on case-insensitive
    file systems too, so vsce refuses them. Twins whose content differs stop the build."""
    seen: dict[Path, Path] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        key = path.parent / path.name.casefold()
        twin = seen.setdefault(key, path)
        if twin == path:
            continue
        if twin.read_bytes() != path.read_bytes():
            raise SystemExit(f"bundle_libs: {twin} and {path} differ only in case, and in content")
        path.unlink()


def prune(folder: Path) -> None:
    for cache in folder.rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(folder / "bin", ignore_errors=True)  # console scripts, made for the build machine
    data = folder / "wordfreq" / "data"
    if data.is_dir():
        for path in data.iterdir():
            if path.is_file() and not path.name.endswith(WORDFREQ_KEEP):
                path.unlink()
    drop_case_twins(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", required=True, choices=sorted(PLATFORMS), help="the vsce --target")
    parser.add_argument("--python", action="append", metavar="X.Y",
                        help=f"a CPython version to bundle for (repeatable; default {' '.join(DEFAULT_PYTHONS)})")
    args = parser.parse_args()
    versions = args.python or list(DEFAULT_PYTHONS)

    shutil.rmtree(LIBS, ignore_errors=True)
    shared = LIBS / "shared"
    shared.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as scratch:
        wheel = build_copydesk_wheel(Path(scratch) / "wheel")
        for version in versions:
            native = LIBS / f"cpython-{version.replace('.', '')}"
            install_for(version, args.target, wheel, native)
            split_pure(native, shared)
            prune(native)
    prune(shared)
    print(f"bundled copydesk for {args.target}, CPython {', '.join(versions)} in {LIBS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
