"""Where copydesk keeps state between runs, and the rules a folder must meet to be used.

The extraction cache, the fact stores and the pre-read world data (`world/`) all live in one
user cache folder; anyone who can write it chooses what copydesk reads back, so it must be the
user's own and closed to others (see docs/safety.md, "A shared build host")."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    env = os.environ.get("COPYDESK_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "copydesk"


def cache_disabled() -> bool:
    return os.environ.get("COPYDESK_CACHE_DIR", None) == "" or os.environ.get("COPYDESK_NO_CACHE", "") not in ("", "0")


class CacheRefused(Exception):
    """A cache folder copydesk will not use: someone else's, or open to others' writes."""


def private_folder(folder: Path) -> None:
    """Make `folder` (0700, as pip makes its cache) or check an existing one: it must belong to
    the user, and nobody else may write it (they could plant rows); a folder of the user's that
    others may read is closed."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    st = folder.stat()
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        raise CacheRefused(f"{folder} belongs to another user")
    if st.st_mode & 0o077:
        os.chmod(folder, 0o700)
