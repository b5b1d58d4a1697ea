"""The workspace's top-level .gitignore, read so that a workspace config's globs skip what git
skips: a `**/*.txt` in a stranger's config must not sweep up the user's own untracked files
(a `.env`, notes, a virtualenv) into the fact base and from there into SARIF.

Only the root .gitignore is read, with git's pattern rules: comments, `!` to re-include, a
trailing `/` for folders, a `/` elsewhere to anchor at the root, `*`, `?`, `[...]` and `**`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from copydesk.document import InputError, read_text


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    negated: bool
    folders_only: bool


class GitIgnore:
    """Which paths below a root its .gitignore excludes."""

    def __init__(self, root: Path):
        self.root = root
        self.rules = _read_rules(root / ".gitignore")

    def ignored(self, path: Path, below: Path) -> bool:
        """`path` (a file under the root) is excluded by a rule that names it or one of its folders
        below `below`: a folder the config names itself is read even if git ignores it."""
        if not self.rules:
            return False
        try:
            parts = path.relative_to(self.root).parts
            start = len(below.relative_to(self.root).parts)
        except ValueError:
            return False
        for i in range(start, len(parts)):
            if self._excluded("/".join(parts[: i + 1]), is_folder=i < len(parts) - 1):
                return True
        return False

    def _excluded(self, rel: str, is_folder: bool) -> bool:
        verdict = False
        for rule in self.rules:
            if (is_folder or not rule.folders_only) and rule.pattern.fullmatch(rel):
                verdict = not rule.negated
        return verdict


def _read_rules(path: Path) -> list[_Rule]:
    try:
        text = read_text(path)[0] if path.is_file() else ""
    except InputError:
        return []  # an unreadable .gitignore ignores nothing
    return [rule for line in text.splitlines() if (rule := _rule(line)) is not None]


def _rule(line: str) -> _Rule | None:
    line = line.rstrip()
    if not line or line.startswith("#"):
        return None
    negated = line.startswith("!")
    line = line[1:] if negated else line.removeprefix("\\")
    folders_only = line.endswith("/")
    line = line.rstrip("/")
    if not line:
        return None
    anchored = "/" in line
    body = _regex(line.lstrip("/"))
    try:
        return _Rule(re.compile(body if anchored else f"(?:.*/)?{body}"), negated, folders_only)
    except re.error:  # a bracket git reads differently: the rule is left out, never a crash
        return None


def _regex(glob: str) -> str:
    """A gitignore glob as a regular expression over a slash-separated relative path."""
    out, i = [], 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("/**", i) and i + 3 == len(glob):
            out.append("/.*")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append("[^/]")
            i += 1
        elif glob[i] == "[" and (end := glob.find("]", i + 2)) != -1:
            inner = glob[i + 1 : end]
            out.append("[" + ("^" + inner[1:] if inner.startswith("!") else inner).replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return "".join(out)
