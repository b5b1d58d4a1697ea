"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

copydesk's modules compile ~130-250 patterns when imported; Python's `re` parses each and writes
its program in Python, ~30-40 ms of a one-shot `copydesk check` (a fifth of its imports).
`preload` puts the programs saved by an earlier run into `re`'s own cache, so each `re.compile`
of the same text and flags finds its pattern made, and `save_new` saves those of the patterns
copydesk's modules hold that were not preloaded (a format's module imported for the first time).

An entry is keyed by the pattern's text and flags, so a changed pattern is compiled afresh,
never given another's program; the file is for this Python's `re` (version and program format)
only, lives in the private user cache folder (see cachedir.py), and every program is checked by
`_sre` when made. A program that does not rebuild into the pattern `re` makes is not saved. If
`re`'s internals ever differ, nothing is preloaded or saved and `re` compiles as before.
"""

from __future__ import annotations

import contextlib
import re
import sys

import msgspec

from copydesk.cachedir import CacheRefused, cache_dir, cache_disabled, private_folder
from copydesk.files import replace_file

CACHE_NAME = "regex-programs.json"
MOST = 500  # programs kept (re's own cache holds 512): copydesk's own, ~130-250 by the formats used


class _Program(msgspec.Struct, array_like=True, frozen=True):
    """What `re._compiler.compile` hands `_sre.compile` for one pattern and its flags."""

    pattern: str
    flags: int  # as asked (re's cache key)
    final_flags: int  # with the flags the pattern sets inline
    code: list[int]
    groups: int
    groupindex: dict[str, int]
    indexgroup: list[str | None]


class _Saved(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    key: str
    programs: list[_Program]


_loaded: dict[tuple[str, int], _Program] = {}


def _key() -> str:
    import _sre

    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"


def _made(p: _Program) -> re.Pattern[str]:
    import _sre

    return _sre.compile(p.pattern, p.final_flags, p.code, p.groups, p.groupindex, tuple(p.indexgroup))


def preload() -> int:
    """Put the saved programs into `re`'s cache (those it has room for); how many were put."""
    if cache_disabled() or not isinstance(getattr(re, "_cache", None), dict):
        return 0
    try:
        private_folder(cache_dir())
        saved = msgspec.json.decode((cache_dir() / CACHE_NAME).read_bytes(), type=_Saved)
    except (OSError, CacheRefused, msgspec.DecodeError):
        return 0
    if saved.key != _key():
        return 0
    room = getattr(re, "_MAXCACHE", 512) - len(re._cache)
    for p in saved.programs[: max(0, room)]:
        try:
            compiled = _made(p)
        except (TypeError, ValueError, RuntimeError, OverflowError):  # a program _sre refuses
            continue
        re._cache.setdefault((str, p.pattern, p.flags), compiled)
        _loaded[(p.pattern, p.flags)] = p
    return len(_loaded)


def save_new() -> None:
    """Save for the next run the programs of the patterns copydesk's modules hold (those they
    compile when imported: other packages' and a draft's own patterns are left to `re`), when
    some were not preloaded; those preloaded that this run's modules did not hold are kept after
    them (at most MOST). A program that cannot be kept is left out, never an error."""
    if cache_disabled() or not isinstance(getattr(re, "_cache", None), dict):
        return
    held = _held()
    ours = [(pattern, flags) for (kind, pattern, flags), compiled in list(re._cache.items())
            if kind is str and id(compiled) in held and not flags & re.DEBUG]
    new = [program for key in ours if key not in _loaded and (program := _program(*key)) is not None]
    if not new:
        return
    seen = set(ours)
    programs = [*(_loaded[key] for key in ours if key in _loaded), *new,
                *(program for key, program in _loaded.items() if key not in seen)][:MOST]
    with contextlib.suppress(OSError, CacheRefused):
        private_folder(cache_dir())
        replace_file(cache_dir() / CACHE_NAME, msgspec.json.encode(_Saved(_key(), programs)), durable=False)


def _held() -> set[int]:
    """The ids of the compiled patterns copydesk's modules hold: as module constants, or in a
    constant's tuples, lists and dicts, two levels down."""
    found: set[int] = set()

    def walk(value: object, depth: int) -> None:
        if isinstance(value, re.Pattern):
            found.add(id(value))
        elif depth and isinstance(value, tuple | list | frozenset | set):
            for item in value:
                walk(item, depth - 1)
        elif depth and isinstance(value, dict):
            for item in value.values():
                walk(item, depth - 1)

    for name, module in list(sys.modules.items()):
        if name == "copydesk" or name.startswith("copydesk."):
            for value in list(vars(module).values()):
                walk(value, 2)
    return found


def _program(pattern: str, flags: int) -> _Program | None:
    """The program `re` compiles `pattern` into, made again as `re._compiler.compile` makes it;
    None unless it rebuilds into a pattern equal to `re`'s (same flags, text and code), or if JSON
    cannot hold its text (a lone surrogate, "[\\ud800-\\udfff]")."""
    try:
        pattern.encode("utf-8")
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        program = _Program(pattern, flags, flags | parsed.state.flags, [int(c) for c in code], parsed.state.groups - 1,
                           groupindex, indexgroup)
        return program if _made(program) == re.compile(pattern, flags) else None
    except Exception:  # another Python's internals: that pattern is left to `re`
        return None
