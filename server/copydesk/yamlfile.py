"""Load YAML files so that every error can name the file and line it comes from."""

from __future__ import annotations

import contextlib
import os
import types
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from copydesk import __version__
from copydesk.cachedir import CacheRefused, cache_dir, cache_disabled, private_folder
from copydesk.document import InputError, read_text
from copydesk.files import replace_file

if TYPE_CHECKING:
    import yaml


class ConfigError(InputError):
    """A config, rule or facts file that copydesk cannot use."""


@dataclass
class Located:
    """A YAML value with the 1-based line of each mapping key and sequence item below it."""

    value: Any
    lines: dict[tuple, int]
    path: str

    def line(self, *keys: Any) -> int | None:
        """The line of the deepest key path that was recorded, walking up from `keys`."""
        for n in range(len(keys), -1, -1):
            if keys[:n] in self.lines:
                return self.lines[keys[:n]]
        return None

    def error(self, message: str, *keys: Any) -> ConfigError:
        return ConfigError(self.path, message, self.line(*keys))


MAX_DEPTH = 50  # nested mappings and lists: far beyond any real config, rule or facts file


@cache
def _yaml() -> types.ModuleType:
    """PyYAML, imported on first use: a check whose rules and config come pre-read (see
    `load_bundled`) or with --no-config never pays its ~10 ms import."""
    import yaml

    return yaml


@cache
def _fast_loader() -> type | None:
    """libyaml's parser, when PyYAML was built with it."""
    return getattr(_yaml(), "CSafeLoader", None)


@cache
def _limited_loader() -> type:
    """The safe loader, refusing what only an attack needs: aliases (nine lines of them make a
    billion values: the "billion laughs") and nesting deep enough to exhaust the stack. Both are
    refused as they are met, with their line, before anything is built from them."""
    yaml = _yaml()

    class LimitedLoader(yaml.SafeLoader):
        def __init__(self, stream: str):
            super().__init__(stream)
            self._depth = 0

        def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise ConfigError("", f"'*{event.anchor}': YAML aliases are not allowed here; write the value out",
                                  event.start_mark.line + 1)
            self._depth += 1
            try:
                if self._depth > MAX_DEPTH:
                    raise ConfigError("", f"nested more than {MAX_DEPTH} levels deep", self.peek_event().start_mark.line + 1)
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    return LimitedLoader


def _to_python(node: yaml.Node, key: tuple, lines: dict[tuple, int], scalars: yaml.constructor.SafeConstructor) -> Any:
    yaml = _yaml()
    lines[key] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for k_node, v_node in node.value:
            k = yaml.safe_load(yaml.serialize(k_node)) if not isinstance(k_node, yaml.ScalarNode) else _scalar(k_node, scalars)
            if isinstance(k, (dict, list)):
                raise ConfigError("", "a mapping key must be a plain value", k_node.start_mark.line + 1)
            if k in out:
                raise ConfigError("", f"'{k}' is given twice; keep one", k_node.start_mark.line + 1)
            lines[(*key, k)] = k_node.start_mark.line + 1
            out[k] = _to_python(v_node, (*key, k), lines, scalars)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*key, i), lines, scalars) for i, item in enumerate(node.value)]
    return _scalar(node, scalars)


def _scalar(node: yaml.ScalarNode, scalars: yaml.constructor.SafeConstructor) -> Any:
    return scalars.construct_object(node, deep=True) if node.tag else node.value


def parse_yaml(text: str, path: str, *, bundled: bool = False) -> Located:
    """Parse YAML text into a Located value; syntax errors become ConfigError with the line.

    `bundled`: one of copydesk's own files, which libyaml (PyYAML's C parser, far faster) reads
    exactly as PyYAML's own parser does (a test checks). Not for users' files: libyaml takes some
    text PyYAML rejects (a tab inside a plain scalar), and PyYAML's messages are the ones reported.
    """
    yaml = _yaml()
    if bundled and _fast_loader() is not None:
        with contextlib.suppress(Exception):  # any failure: the reference parser below says what is wrong
            return _located(yaml.compose(text, Loader=_fast_loader()), path)
    try:
        node = yaml.compose(text, Loader=_limited_loader())
    except ConfigError as exc:
        raise ConfigError(path, str(exc).split(": ", 1)[-1], exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ConfigError(path, f"broken YAML: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(path, f"broken YAML: {exc}") from None
    return _located(node, path)


def _located(node: yaml.Node | None, path: str) -> Located:
    if node is None:
        return Located(None, {(): 1}, path)
    lines: dict[tuple, int] = {}
    try:
        value = _to_python(node, (), lines, _yaml().constructor.SafeConstructor())
    except ConfigError as exc:
        raise ConfigError(path, str(exc).split(": ", 1)[-1], exc.line) from None
    except _yaml().YAMLError as exc:
        raise ConfigError(path, f"broken YAML: {exc}") from None
    return Located(value, lines, path)


def load_yaml(path: str | Path, *, bundled: bool = False) -> Located:
    """Read and parse a config, rule or facts file; a file that cannot be read is a ConfigError too.
    `bundled`: see parse_yaml."""
    try:
        text, _notes = read_text(path)
    except ConfigError:
        raise
    except InputError as exc:
        text = str(exc)
        prefix = f"{exc.path}: "
        raise ConfigError(exc.path, text[len(prefix):] if text.startswith(prefix) else text) from None
    return parse_yaml(text, str(path), bundled=bundled)


# -- copydesk's own rule files, pre-read ------------------------------------------------------------

BUNDLED_CACHE = "bundled-rules.json"


class _SavedFile(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    path: str
    value: Any
    lines: list[tuple[list[str | int | float | bool | None], int]]


class _Saved(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Parsed bundled files as the user cache folder keeps them: typed data (never a pickle),
    for the files (paths, sizes, times) and the code they were read with (`key`)."""

    key: str
    files: list[_SavedFile]


def load_bundled(paths: list[Path]) -> list[Located]:
    """copydesk's own files (`load_yaml(path, bundled=True)` each), read back from the user cache
    folder when saved from the same files by the same code: a one-shot `copydesk check` then
    neither imports PyYAML nor parses them (~12 ms). The result is what parsing gives: a file
    whose values JSON would not give back exactly (a date, say) leaves them all unsaved."""
    key = _bundled_key(paths)
    saved = _load_bundled(key) if key else None
    if saved is not None:
        return saved
    docs = [load_yaml(p, bundled=True) for p in paths]
    if key:
        _save_bundled(key, docs)
    return docs


def _bundled_key(paths: list[Path]) -> str | None:
    try:
        stats = [(str(p), os.stat(p)) for p in [Path(__file__), *paths]]
    except OSError:
        return None
    return "|".join([__version__, *(f"{p}:{st.st_size}:{st.st_mtime_ns}" for p, st in stats)])


def _load_bundled(key: str) -> list[Located] | None:
    if cache_disabled():
        return None
    try:
        private_folder(cache_dir())
        saved = msgspec.json.decode((cache_dir() / BUNDLED_CACHE).read_bytes(), type=_Saved)
    except (OSError, CacheRefused, msgspec.DecodeError):
        return None
    if saved.key != key:
        return None
    return [Located(f.value, {tuple(k): line for k, line in f.lines}, f.path) for f in saved.files]


def _save_bundled(key: str, docs: list[Located]) -> None:
    if cache_disabled():
        return
    data = msgspec.json.encode(_Saved(key, [_SavedFile(d.path, d.value, [(list(k), n) for k, n in d.lines.items()])
                                            for d in docs]))
    try:
        back = msgspec.json.decode(data, type=_Saved)
    except msgspec.DecodeError:
        return
    if [(f.value, {tuple(k): n for k, n in f.lines}) for f in back.files] != [(d.value, d.lines) for d in docs]:
        return  # JSON would not give these values back exactly: parsed again each time
    with contextlib.suppress(OSError, CacheRefused):
        private_folder(cache_dir())
        replace_file(cache_dir() / BUNDLED_CACHE, data, durable=False)
