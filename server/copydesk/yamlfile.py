"""Load YAML files so that every error can name the file and line it comes from."""

from __future__ import annotations

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


def _to_python(node: yaml.Node, key: tuple, lines: dict[tuple, int]) -> Any:
    lines[key] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for k_node, v_node in node.value:
            k = yaml.safe_load(yaml.serialize(k_node)) if not isinstance(k_node, yaml.ScalarNode) else _scalar(k_node)
            if isinstance(k, (dict, list)):
                raise ConfigError("", "a mapping key must be a plain value", k_node.start_mark.line + 1)
            if k in out:
                raise ConfigError("", f"'{k}' is given twice; keep one", k_node.start_mark.line + 1)
            lines[(*key, k)] = k_node.start_mark.line + 1
            out[k] = _to_python(v_node, (*key, k), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*key, i), lines) for i, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    return yaml.SafeLoader("").construct_object(node, deep=True) if node.tag else node.value


def parse_yaml(text: str, path: str) -> Located:
    """Parse YAML text into a Located value; syntax errors become ConfigError with the line."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ConfigError(path, f"broken YAML: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(path, f"broken YAML: {exc}") from None
    lines: dict[tuple, int] = {}
    if node is None:
        return Located(None, {(): 1}, path)
    try:
        value = _to_python(node, (), lines)
    except ConfigError as exc:
        raise ConfigError(path, str(exc).split(": ", 1)[-1], exc.line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(path, f"broken YAML: {exc}") from None
    return Located(value, lines, path)


def load_yaml(path: str | Path) -> Located:
    """Read and parse a config, rule or facts file; a file that cannot be read is a ConfigError too."""
    try:
        text, _notes = read_text(path)
    except ConfigError:
        raise
    except InputError as exc:
        text = str(exc)
        prefix = f"{exc.path}: "
        raise ConfigError(exc.path, text[len(prefix):] if text.startswith(prefix) else text) from None
    return parse_yaml(text, str(path))
