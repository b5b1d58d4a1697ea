"""World data pre-read into the user cache folder: typed JSON (never a pickle) under a key that
names the package files and the code it was computed from, so that a one-shot run reads back in
a few milliseconds what computing costs ~0.1-0.7 s, and never a copy made from other files."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TypeVar

import msgspec

from copydesk import __version__
from copydesk.cachedir import CacheRefused, cache_dir, cache_disabled, private_folder
from copydesk.files import replace_file

T = TypeVar("T", bound=msgspec.Struct)


def package_key(package: str, files: list[str], code: str) -> str | None:
    """A key for data computed by `code` (a module's file) from `package`'s `files` (relative to
    its folder): copydesk's version, where the package is, and each file's size and time; None if
    the package or a file is missing. The package is found as `import` would, without importing
    it (~5-60 ms)."""
    folder = next((Path(p or ".") / package for p in sys.path
                   if os.path.isfile(os.path.join(p or ".", package, "__init__.py"))), None)
    if folder is None:
        return None
    parts = [__version__, str(folder)]
    try:
        for path in (Path(code), *(folder / f for f in files)):
            st = os.stat(path)
            parts.append(f"{st.st_size}:{st.st_mtime_ns}")
    except OSError:
        return None
    return "|".join(parts)


def load(name: str, kind: type[T]) -> T | None:
    """The saved `name` as a `kind`; None if caching is off, or nothing (valid) is saved. The
    caller compares its key."""
    if cache_disabled():
        return None
    try:
        private_folder(cache_dir())
        return msgspec.json.decode((cache_dir() / name).read_bytes(), type=kind)
    except (OSError, CacheRefused, msgspec.DecodeError):
        return None


def save(name: str, value: msgspec.Struct) -> None:
    """Keep `value` as `name` for the next run; a cache folder that cannot be written is skipped."""
    if cache_disabled():
        return
    data = msgspec.json.encode(value)
    with contextlib.suppress(OSError, CacheRefused):
        private_folder(cache_dir())
        replace_file(cache_dir() / name, data, durable=False)
