"""`copydesk.yaml`: find it, load it, validate it (every error names the file and line).

    sources: [sources/*.txt, archive/]   # files, folders or globs, relative to this file
    facts: [facts.yaml]                  # the user's own facts; they win over extraction
    rules:                               # per-rule settings, and folders of extra rules
      paths: [house-rules]
      unsupported-entity: off
      name-spelling: error
      title-mismatch: {severity: error}
    ignore: [Velmora, ACME]              # words never flagged
    follow_symlinks: false               # source globs stay inside the workspace
    encoding: windows-1252               # how to read files that are not UTF-8 (default: detect)

Shared by the CLI, the language server and pre-commit.

A workspace's copydesk.yaml may be a stranger's (a cloned repository, a pull request in CI), so
every path it names must lie inside the workspace: its repository, else the config's folder
(`Config.allowed`). Absolute paths, `~`, `..` and links that lead elsewhere are refused, and
`follow_symlinks` from the file cannot lead out. Only the user reaches outside: `--sources` on
the command line, `sources` in the editor's settings, or `allow_paths` in the user's own config
file (`$XDG_CONFIG_HOME/copydesk/config.yaml`). The search for copydesk.yaml stops at the
workspace folder, the repository root or the home folder, whichever comes first.

Why one module of this size: finding, loading and validating the file are one contract (every
error names the file and line of the key at fault), and each key's check needs the YAML's lines.
"""

from __future__ import annotations

import codecs
import difflib
import glob
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copydesk.document import InputError
from copydesk.findings import SEVERITIES
from copydesk.formats import SUFFIXES, is_draft
from copydesk.resources import seeds_dir
from copydesk.yamlfile import ConfigError, Located, load_yaml

CONFIG_NAMES = ("copydesk.yaml", "copydesk.yml", ".copydesk.yaml")
KNOWN_KEYS = {"sources", "facts", "rules", "ignore", "follow_symlinks", "debounce_ms", "encoding"}


@dataclass
class RuleSetting:
    """A user's change to one rule: a severity, "off", or parameters."""

    severity: str | None = None
    enabled: bool = True
    params: dict[str, Any] = field(default_factory=dict)
    path: str | None = None  # where the setting was written, for errors found when rules load
    line: int | None = None
    param_lines: dict[str, int] = field(default_factory=dict)  # each param's line, for its errors


@dataclass
class Config:
    """The resolved settings for one workspace folder."""

    root: Path
    path: Path | None = None
    sources: list[str] = field(default_factory=list)
    facts: list[Path] = field(default_factory=list)
    rule_paths: list[Path] = field(default_factory=list)
    rule_settings: dict[str, RuleSetting] = field(default_factory=dict)
    ignore: set[str] = field(default_factory=set)
    follow_symlinks: bool = False
    debounce_ms: int = 250
    encoding: str | None = None  # for files that are not UTF-8; None: detect (see document.decode_bytes)
    source_lines: dict[str, int] = field(default_factory=dict)  # pattern -> its line in the config file
    # folders the sources must lie in: the workspace root, then the user's allow_paths (None: the user chose them)
    allowed: tuple[Path, ...] | None = None
    # the listing `check_sources` just made of a single pattern, taken by the next `source_files`
    # (listing 10,000 sources twice was a sixth of a cold check)
    _listed: tuple[list[Path], list[str]] | None = field(default=None, repr=False, compare=False)
    # the folders the last listing of the sources read, and when it started (factbase/currency.py
    # remembers them: while none changed, a check need not list the sources again); None: a glob
    # or a missing pattern, whose listing is not remembered
    listing: Listing | None = field(default=None, repr=False, compare=False)

    def source_files(self) -> tuple[list[Path], list[str]]:
        """The source files the fact base is built from, and a note per pattern that found none."""
        listed, self._listed = self._listed, None
        if listed is not None:
            return listed
        if not self.sources:
            return resolve_sources([str(seeds_dir())], self.root, self.follow_symlinks)
        self.listing = Listing(time.time_ns(), [])
        return resolve_sources(self.sources, self.root, self.follow_symlinks, self.allowed, self.listing)

    def user_sources(self, sources: list[str], follow_symlinks: bool | None = None) -> None:
        """Replace the sources with ones the user chose (command line, editor settings): they may
        lie anywhere."""
        self.sources, self.allowed, self._listed, self.listing = list(sources), None, None, None
        if follow_symlinks is not None:
            self.follow_symlinks = follow_symlinks

    def check_sources(self) -> None:
        """Every source pattern must find at least one file; one that finds none is an error, not a
        fact base quietly built from less. A pattern from the config file raises a ConfigError
        naming its line; one given on the command line or by the editor, an InputError naming it."""
        for pattern in self.sources:
            listing = Listing(time.time_ns(), [])
            files, notes = resolve_sources([pattern], self.root, self.follow_symlinks, self.allowed, listing)
            if files:
                if len(self.sources) == 1:
                    self._listed = files, notes  # what `source_files` lists next
                    self.listing = listing
                continue
            missing = any(n.endswith("no such file or folder") for n in notes)
            why = "no such file or folder" if missing else f"matches no source files ({', '.join(SUFFIXES)})"
            if any(n.endswith(OUTSIDE) for n in notes):
                why = f"{OUTSIDE} ({_shown(self.allowed)}); {ALLOW_HINT}"
            if self.path is not None and pattern in self.source_lines:
                raise ConfigError(self.path, f"sources: '{pattern}': {why}; fix the path or remove it", self.source_lines[pattern])
            raise InputError(pattern, f"{why} (a source pattern)")


OUTSIDE = "is outside the workspace"
ALLOW_HINT = ("a workspace's copydesk.yaml reads only files inside it; to read elsewhere, pass --sources, set "
              "sources in your editor's settings, or add the folder to allow_paths in your own "
              "~/.config/copydesk/config.yaml")


def find_config(start: Path, stop: Path | None = None) -> Path | None:
    """The nearest copydesk.yaml in `start` or its parents, up to the first of `stop` (the
    workspace folder), a repository root and the home folder; under none of them, `start`'s own
    folder only (a copydesk.yaml in /tmp or /home is nobody's workspace)."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in _search_folders(folder, stop.resolve() if stop else None):
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name
    return None


def _search_folders(folder: Path, stop: Path | None) -> list[Path]:
    limits = {stop, Path.home().resolve()}
    out = []
    for candidate in (folder, *folder.parents):
        out.append(candidate)
        if candidate in limits or (candidate / ".git").exists():
            return out
    return [folder]


def workspace_root(config_path: Path) -> Path:
    """The folder a workspace config's paths must stay in: its repository (the nearest folder
    above it with .git, below the home folder), else its own folder."""
    folder = config_path.parent.resolve()
    home = Path.home().resolve()
    for candidate in (folder, *folder.parents):
        if candidate == home:
            break
        if (candidate / ".git").exists():
            return candidate
    return folder


def user_config_path() -> Path:
    xdg = os.environ.get("XDG_CONFIG_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".config") / "copydesk" / "config.yaml"


def user_allowed_paths() -> tuple[Path, ...]:
    """`allow_paths:` of the user's own config file: folders outside a workspace that every
    workspace's copydesk.yaml may read (a shared wire archive, say)."""
    path = user_config_path()
    if not path.is_file():
        return ()
    doc = load_yaml(path)
    if doc.value is None:
        return ()
    if not isinstance(doc.value, dict) or set(doc.value) - {"allow_paths"}:
        raise doc.error("the user config holds one setting: allow_paths (a list of folders)")
    return tuple(Path(os.path.expanduser(p)).resolve() for p in _str_list(doc, "allow_paths"))


def _inside(path: Path | str, allowed: tuple[Path, ...]) -> bool:
    """`path` (resolved) is one of the `allowed` folders or below one."""
    text = str(path)
    return any(text == str(a) or text.startswith(str(a).rstrip(os.sep) + os.sep) for a in allowed)


def _shown(allowed: tuple[Path, ...] | None) -> str:
    return ", ".join(map(str, allowed or ()))


def load_config(path: Path) -> Config:
    return config_from_yaml(load_yaml(path), path)


def _str_list(doc: Located, key: str) -> list[str]:
    value = doc.value.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise doc.error(f"'{key}' must be a path or a list of paths", key)
    return list(value)


def config_from_yaml(doc: Located, path: Path) -> Config:
    root = path.parent.resolve()
    if doc.value is None:
        return Config(root=root, path=path)
    if not isinstance(doc.value, dict):
        raise doc.error("the config must be a mapping of settings (sources:, facts:, rules:, ignore:)")
    for key in doc.value:
        if key not in KNOWN_KEYS:
            raise doc.error(unknown_key("setting", key, KNOWN_KEYS), key)
    cfg = Config(root=root, path=path, allowed=(workspace_root(path), *user_allowed_paths()))
    cfg.sources = _str_list(doc, "sources")
    for i, pattern in enumerate(cfg.sources):
        line = doc.line("sources", i) if isinstance(doc.value.get("sources"), list) else doc.line("sources")
        if line is not None:
            cfg.source_lines.setdefault(pattern, line)
    cfg.facts = [root / f for f in _str_list(doc, "facts")]
    for i, facts in enumerate(cfg.facts):
        _confine(cfg, facts, doc, "facts", i)
        if not facts.is_file():
            raise doc.error(f"facts file '{facts.relative_to(root) if facts.is_relative_to(root) else facts}' does not exist", "facts", i)
    cfg.ignore = set(_str_list(doc, "ignore"))
    follow = doc.value.get("follow_symlinks", False)
    if not isinstance(follow, bool):
        raise doc.error("'follow_symlinks' must be true or false", "follow_symlinks")
    cfg.follow_symlinks = follow
    debounce = doc.value.get("debounce_ms", 250)
    if not isinstance(debounce, int) or isinstance(debounce, bool) or debounce < 0:
        raise doc.error("'debounce_ms' must be a whole number of milliseconds", "debounce_ms")
    cfg.debounce_ms = debounce
    cfg.encoding = _encoding(doc)
    rules = doc.value.get("rules")
    if isinstance(rules, (str, list)):
        cfg.rule_paths = [root / p for p in _str_list(doc, "rules")]
    elif isinstance(rules, dict):
        for rule_id, setting in rules.items():
            if rule_id in ("paths", "folders"):
                paths = [setting] if isinstance(setting, str) else setting
                if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
                    raise doc.error("'rules: paths' must be a list of folders", "rules", rule_id)
                cfg.rule_paths = [root / p for p in paths]
                continue
            rule_setting = parse_rule_setting(setting, doc, ("rules", rule_id))
            rule_setting.path, rule_setting.line = str(path), doc.line("rules", rule_id)
            cfg.rule_settings[str(rule_id)] = rule_setting
    elif rules is not None:
        raise doc.error("'rules' must be a folder, a list of folders, or a mapping of rule settings", "rules")
    for folder in cfg.rule_paths:
        _confine(cfg, folder, doc, "rules")
        if not folder.is_dir():
            raise doc.error(f"rules folder '{folder.relative_to(root) if folder.is_relative_to(root) else folder}' does not exist", "rules")
    return cfg


def _confine(cfg: Config, path: Path, doc: Located, *keys: Any) -> None:
    """A facts file or rules folder named by a workspace config must be inside the workspace."""
    if cfg.allowed is not None and not _inside(Path(os.path.expanduser(path)).resolve(), cfg.allowed):
        raise doc.error(f"'{path}' {OUTSIDE} ({_shown(cfg.allowed)}); {ALLOW_HINT}", *keys)


def unknown_key(what: str, key: object, known: set[str]) -> str:
    """"unknown setting 'source' (did you mean 'sources'?)", else the list of known keys."""
    close = difflib.get_close_matches(str(key), sorted(known), n=1, cutoff=0.6)
    if close:
        return f"unknown {what} '{key}' (did you mean '{close[0]}'?)"
    return f"unknown {what} '{key}' (known: {', '.join(sorted(known))})"


def _encoding(doc: Located) -> str | None:
    """`encoding:`, checked against Python's codecs so a typo stops the run at its line."""
    value = doc.value.get("encoding")
    if value is None:
        return None
    if not isinstance(value, str):
        raise doc.error("'encoding' must be an encoding name such as windows-1252 or latin-1", "encoding")
    try:
        codecs.lookup(value)
    except LookupError:
        raise doc.error(f"unknown encoding '{value}' (try windows-1252, latin-1 or utf-8)", "encoding") from None
    return value


def parse_rule_setting(setting: Any, doc: Located, keys: tuple) -> RuleSetting:
    if setting is False or setting == "off":
        return RuleSetting(enabled=False)
    if setting is True or setting == "on":
        return RuleSetting()
    if isinstance(setting, str):
        if setting not in SEVERITIES:
            raise doc.error(f"severity must be one of {', '.join(SEVERITIES)} or off, not '{setting}'", *keys)
        return RuleSetting(severity=setting)
    if isinstance(setting, dict):
        out = RuleSetting()
        for key, value in setting.items():
            if key == "severity":
                out.severity = parse_rule_setting(value, doc, (*keys, key)).severity
                if value == "off":
                    out.enabled = False
            elif key == "enabled":
                if not isinstance(value, bool):
                    raise doc.error("'enabled' must be true or false", *keys, key)
                out.enabled = value
            elif key == "params":
                if not isinstance(value, dict):
                    raise doc.error("'params' must be a mapping", *keys, key)
                out.params = dict(value)
                out.param_lines = {str(k): line for k in value if (line := doc.line(*keys, key, k)) is not None}
            else:
                raise doc.error(unknown_key("rule setting", key, {"severity", "enabled", "params"}), *keys, key)
        return out
    raise doc.error("a rule setting is a severity, off, or a mapping with severity/enabled/params", *keys)


@dataclass
class Listing:
    """What a listing of the sources read: when it started (ns since the epoch) and the folders
    it listed; `folders` None where it cannot be told again from folders alone (a glob, a
    pattern that names nothing)."""

    started_ns: int
    folders: list[str] | None


def resolve_sources(patterns: list[str], root: Path, follow_symlinks: bool = False,
                    allowed: tuple[Path, ...] | None = None,
                    listing: Listing | None = None) -> tuple[list[Path], list[str]]:
    """Expand files, folders and globs (relative to `root`) into source files, sorted and unique.

    `allowed` (a workspace config's sources; the workspace root first): every file must resolve
    inside one of these folders; a pattern that starts outside them is refused before anything is
    listed, globs never follow a linked folder, and what globs and folder walks find is skipped
    where the workspace's .gitignore excludes it (a folder or file the pattern names is read).
    Otherwise links that lead outside `root` are skipped unless `follow_symlinks` is set.
    `listing` (if given) gets the folders listed.
    """
    found: dict[str, Path] = {}
    notes: list[str] = []
    root_resolved = root.resolve()
    real_folders: dict[str, str] = {}
    gitignore = None
    if allowed:  # a workspace's config: its .gitignore applies (sources named on the command line have none)
        from copydesk.gitignore import GitIgnore

        gitignore = GitIgnore(allowed[0])

    linked_folders: dict[str, bool] = {}

    def real(file: Path, link: bool) -> str:
        """str(file.resolve()), each folder resolved once: a file that is no link is its real folder + name."""
        if file.name in ("", ".", "..") or link:
            return str(file.resolve())
        folder = os.path.dirname(str(file))  # (str keys: a Path's hash costs as much as the rest)
        if folder not in real_folders:
            real_folders[folder] = str(file.parent.resolve())
        return os.path.join(real_folders[folder], file.name)

    def under_link(folder: str) -> bool:
        """Whether `folder` or a folder above it is a link (each folder looked at once, not once a file)."""
        found = linked_folders.get(folder)
        if found is None:
            parent = os.path.dirname(folder)
            found = linked_folders[folder] = os.path.islink(folder) or (parent != folder and under_link(parent))
        return found

    def leaves(file: Path, link: bool) -> bool:
        if allowed is not None and not _inside(real(file, link), allowed):
            return True
        return not follow_symlinks and (link or under_link(os.path.dirname(str(file)))) and _escapes(file, root_resolved)

    for pattern in patterns:
        base = Path(os.path.expanduser(pattern))
        if not base.is_absolute():
            base = root / base
        if listing is not None and glob.has_magic(str(base)):
            listing.folders = None
        if allowed is not None and not _inside(_fixed_part(base).resolve(), allowed):
            notes.append(f"{pattern}: {OUTSIDE}")
            if listing is not None:
                listing.folders = None
            continue
        if glob.has_magic(str(base)):
            matches = sorted(_glob(base)) if allowed is not None else [Path(p) for p in sorted(glob.glob(str(base), recursive=True))]
        elif base.exists():
            matches = [base]
        else:
            notes.append(f"{pattern}: no such file or folder")
            if listing is not None:
                listing.folders = None
            continue
        before = len(found)
        for match in matches:
            modes: dict[str, int] = {}  # what the folder listing says each entry is (no look at each file)
            walked = match.is_dir()
            folders = listing.folders if listing is not None else None
            candidates = _walk(match, follow_symlinks, allowed, modes, folders) if walked else [match]
            if folders is not None and not walked:
                folders.append(os.path.dirname(match))  # a file named: its folder says if a link to it changed
            named = match if match == base else _fixed_part(base)  # what the pattern names, git-ignored or not
            for file in candidates:
                if gitignore is not None and file != named and gitignore.ignored(file, named):
                    continue
                mode = modes.get(str(file))
                if mode is None:
                    try:
                        mode = os.lstat(file).st_mode  # one look at a file that is no link
                    except OSError:
                        continue
                link = stat.S_ISLNK(mode)
                if link and file.is_dir() and leaves(file, link):
                    notes.append(f"{file}: a link that leads outside the workspace; skipped")
                    continue
                if not (file.is_file() if link else stat.S_ISREG(mode)) or (walked and not is_draft(file)):
                    continue
                if leaves(file, link):
                    notes.append(f"{file}: a link that leads outside the workspace; skipped")
                    continue
                found.setdefault(real(file, link), file)
        if len(found) == before:
            notes.append(f"{pattern}: matched no source files")
            if listing is not None:
                listing.folders = None
    return list(found.values()), notes


def _fixed_part(pattern: Path) -> Path:
    """The folder a glob starts from: its parts before the first wildcard."""
    parts = pattern.parts
    for i, part in enumerate(parts):
        if glob.has_magic(part):
            return Path(*parts[:i])
    return pattern


def _glob(pattern: Path) -> list[Path]:
    """A glob that walks only below its fixed part and, at `**`, never enters a linked folder
    (pathlib's glob; glob.glob follows links, and could walk the whole file system)."""
    start = _fixed_part(pattern)
    rest = pattern.relative_to(start)
    if not start.is_dir():
        return []
    hidden_ok = any(part.startswith(".") for part in rest.parts)  # as glob.glob: `*` skips dot files
    return [p for p in start.glob(str(rest)) if hidden_ok or not any(q.startswith(".") for q in p.relative_to(start).parts)]


def _walk(folder: Path, follow_symlinks: bool, allowed: tuple[Path, ...] | None = None,
          modes: dict[str, int] | None = None, folders: list[str] | None = None) -> list[Path]:
    """Everything below `folder`, sorted. Linked folders are entered only with `follow_symlinks`,
    and each real folder once (the first reached in the listing's order, as `os.walk` reaches
    it), so a link back up the tree cannot loop; with `allowed`, only those whose real folder is
    inside it. `modes` (if given) gets what the folder listing says each entry is: a link, a
    file, a folder, as `lstat` would (one `scandir` a folder, not one `lstat` a file: a tenth
    of a check of 10,000 sources). `folders` (if given) gets each folder listed."""
    seen = None
    if follow_symlinks:
        real = os.path.realpath(folder)
        if allowed is not None and not _inside(real, allowed):
            return []
        seen = {real}
    out: list[str] = []
    _sorted(_listed(os.fspath(folder), {} if modes is None else modes, seen, allowed, folders), out)
    return [Path(p) for p in out]


_Listing = list[tuple[str, str, "_Listing | None"]]  # (name, path, what is below it if it was entered)


def _listed(top: str, modes: dict[str, int], seen: set[str] | None, allowed: tuple[Path, ...] | None,
            folders: list[str] | None = None) -> _Listing:
    """What is below `top`, in the listing's order, each entry's type recorded in `modes`. With
    `seen` (the real folders entered so far), linked folders are entered too, each real folder
    once and only inside `allowed`; without it, never (as `Path.rglob("*")`). `folders` (if given)
    gets `top` and each folder below it that is listed."""
    if folders is not None:
        folders.append(top)
    try:
        with os.scandir(top) as it:
            entries = list(it)
    except OSError:
        return []
    out: _Listing = []
    for e in entries:
        below = None
        try:
            link = e.is_symlink()
            folder = e.is_dir() if link and seen is not None else not link and e.is_dir(follow_symlinks=False)
            modes[e.path] = (stat.S_IFLNK if link else stat.S_IFDIR if folder
                             else stat.S_IFREG if e.is_file(follow_symlinks=False) else 0)
        except OSError:
            folder = False
        if folder:
            real = os.path.realpath(e.path) if seen is not None else ""
            if seen is None or (real not in seen and (allowed is None or _inside(real, allowed))):
                if seen is not None:
                    seen.add(real)
                below = _listed(e.path, modes, seen, allowed, folders)
        out.append((e.name, e.path, below))
    return out


def _sorted(listing: _Listing, out: list[str]) -> None:
    """The paths of `listing` in the order of their parts: each folder's entries by name, a
    folder's contents right after it."""
    for _name, path, below in sorted(listing, key=lambda x: x[0] if os.name == "posix" else x[0].lower()):
        out.append(path)
        if below is not None:
            _sorted(below, out)


def _escapes(file: Path, root: Path) -> bool:
    if not any(p.is_symlink() for p in (file, *file.parents)):
        return False
    try:
        file.resolve().relative_to(root)
        return False
    except ValueError:
        return True


def default_config(root: Path | None = None) -> Config:
    """No config file: the bundled seeds as sources."""
    return Config(root=(root or Path.cwd()).resolve())


__all__ = ["Config", "ConfigError", "RuleSetting", "default_config", "find_config", "load_config", "resolve_sources",
           "user_allowed_paths", "workspace_root"]
