"""The one write copydesk makes: add a word to `ignore:` in copydesk.yaml, on the user's request.

The edit is textual: every other line, comment and blank line of the file stays as it was.
The result is parsed again before it is written, so a file copydesk cannot edit safely is
left alone and the caller gets a ConfigError naming the file. The file is replaced whole (a
temporary file beside it, flushed to disk, then renamed over it), so a full disk or a crash
leaves the old file, never half of the new one; and a copydesk.yaml that is a link leading out of
the workspace (into another project's CI workflow, say) is refused, not written through.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from copydesk.document import read_text
from copydesk.files import replace_file
from copydesk.yamlfile import ConfigError, parse_yaml

_KEY = re.compile(r"^ignore[ \t]*:(?P<rest>.*?)(?P<nl>\r?\n)?$")
_ITEM = re.compile(r"^(?P<indent>[ \t]*)-(?:[ \t]|$)")
_PLAIN = re.compile(r"^[^\W\d_][\w'’. -]*(?<![ .])$")
_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


def _scalar(word: str) -> str:
    """The word as a YAML scalar: plain where that is safe, JSON-quoted otherwise."""
    if _PLAIN.match(word) and word.lower() not in _YAML_WORDS and ": " not in word and " #" not in word:
        return word
    return json.dumps(word, ensure_ascii=False)


def _split_comment(rest: str) -> tuple[str, str]:
    """`value  # comment` -> (value, "  # comment"), ignoring `#` inside quotes."""
    quote = ""
    for i, ch in enumerate(rest):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or rest[i - 1] in " \t"):
            j = i
            while j > 0 and rest[j - 1] in " \t":
                j -= 1
            return rest[:j], rest[j:]
    return rest.rstrip(), rest[len(rest.rstrip()) :]


def _ignored(text: str, path: Path) -> list[str] | None:
    """The `ignore:` words, or None where `ignore` is no list of words; read with the same limits
    as every config (parse_yaml: no aliases, bounded nesting), so a planted file cannot blow up here."""
    data = parse_yaml(text, str(path)).value if text.strip() else None
    if data is None:
        return []
    if not isinstance(data, dict):
        return None
    value = data.get("ignore")
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else None


def _edited(text: str, word: str) -> str:
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    item = _scalar(word)
    for i, line in enumerate(lines):
        m = _KEY.match(line)
        if not m:
            continue
        nl = m.group("nl") or ""
        value, comment = _split_comment(m.group("rest"))
        value = value.strip()
        if value.startswith("[") and value.endswith("]"):
            inner = value[1:-1].strip()
            new_value = f"[{inner}, {item}]" if inner else f"[{item}]"
            lines[i] = f"ignore: {new_value}{comment}{nl}"
            return "".join(lines)
        if value and value not in ("|", ">"):
            lines[i] = f"ignore: [{value}, {item}]{comment}{nl}"
            return "".join(lines)
        # a block list below the key (or nothing yet)
        last, indent = i, "  "
        for j in range(i + 1, len(lines)):
            stripped = lines[j].strip()
            if not stripped or stripped.startswith("#"):
                continue
            im = _ITEM.match(lines[j])
            if im is None:
                break
            last, indent = j, im.group("indent")
        if not lines[last].endswith(("\n", "\r")):
            lines[last] += newline
        lines.insert(last + 1, f"{indent}- {item}{newline}")
        return "".join(lines)
    if text and not text.endswith(("\n", "\r")):
        text += newline
    return f"{text}ignore:{newline}  - {item}{newline}"


def _target(path: Path, root: Path | None) -> Path:
    """The file an edit writes: the config, or the file its link leads to if that is inside the
    workspace `root` (default: the config's folder)."""
    real = path.resolve()
    if not real.is_relative_to((root or path.parent).resolve()):
        raise ConfigError(path, f"leads to {real}, outside the workspace; not edited")
    return real


def add_ignored_word(config_path: str | Path, word: str, root: str | Path | None = None) -> bool:
    """Add `word` to the `ignore:` list of the config file, creating the key or the file.

    `root`: the workspace folder the file (or the file its link leads to) must be in; default
    the config's own folder. Returns False when the word was already ignored (nothing written),
    True otherwise. Raises ConfigError when the file cannot be read, parsed or edited safely.
    """
    path = _target(Path(config_path), Path(root) if root is not None else None)
    word = " ".join(word.split())
    if not word:
        raise ConfigError(path, "no word to ignore")
    text = read_text(path)[0] if path.exists() else ""
    try:
        before = _ignored(text, path)
    except ConfigError as exc:
        raise ConfigError(path, f"{str(exc).split(': ', 1)[-1]}; fix it before adding words", exc.line) from None
    if before is None:
        raise ConfigError(path, "'ignore' is not a list of words; not edited")
    if word.lower() in {w.lower() for w in before}:
        return False
    new_text = _edited(text, word)
    try:
        after = _ignored(new_text, path)
    except ConfigError:
        after = None
    if after is None or word not in after or any(w not in after for w in before):
        raise ConfigError(path, f"could not add '{word}' to 'ignore' safely; add it by hand")
    try:
        replace_file(path, new_text.encode("utf-8"))
    except OSError as exc:
        raise ConfigError(path, f"cannot be written ({exc.strerror or exc})") from None
    return True
