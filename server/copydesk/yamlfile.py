"""Load YAML files so that every error can name the file and line it comes from."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from copydesk.document import InputError, read_text


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


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # libyaml's parser, when PyYAML was built with it
MAX_DEPTH = 50  # nested mappings and lists: far beyond any real config, rule or facts file


class _LimitedLoader(yaml.SafeLoader):
    """The safe loader, refusing what only an attack needs: aliases (nine lines of them make a
    billion values: the "billion laughs") and nesting deep enough to exhaust the stack. Both are
    refused as they are met, with their line, before anything is built from them."""

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


def _to_python(node: yaml.Node, key: tuple, lines: dict[tuple, int], scalars: yaml.constructor.SafeConstructor) -> Any:
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
    if bundled and _FAST_LOADER is not None:
        with contextlib.suppress(Exception):  # any failure: the reference parser below says what is wrong
            return _located(yaml.compose(text, Loader=_FAST_LOADER), path)
    try:
        node = yaml.compose(text, Loader=_LimitedLoader)
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
        value = _to_python(node, (), lines, yaml.constructor.SafeConstructor())
    except ConfigError as exc:
        raise ConfigError(path, str(exc).split(": ", 1)[-1], exc.line) from None
    except yaml.YAMLError as exc:
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
