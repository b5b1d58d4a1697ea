"""Workspace folders -> copydesk Workspaces, and the client settings layered over their configs.

Each workspace folder gets its own `Workspace` (config + fact base + rules). A file outside
every folder uses the workspace `Workspace.discover` finds for it. A config that fails to load
never replaces the last good one: the error is returned for the server to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copydesk.config import CONFIG_NAMES, Config, default_config, find_config, load_config, parse_rule_setting
from copydesk.document import InputError
from copydesk.workspace import Workspace
from copydesk.yamlfile import ConfigError, Located


@dataclass
class Settings:
    """What the client says: initializationOptions, then workspace/didChangeConfiguration."""

    sources: list[str] | None = None
    rules: dict[str, Any] = field(default_factory=dict)
    ignore: list[str] = field(default_factory=list)
    debounce_ms: int | None = None

    @classmethod
    def from_client(cls, raw: Any, base: Settings | None = None) -> Settings:
        """Read `{"sources": [..], "debounceMs": N, "rules": {id: severity}, "ignore": [..]}`.

        The same keys nested under `"copydesk"` are accepted too. Unknown keys are ignored.
        """
        out = cls() if base is None else cls(base.sources, dict(base.rules), list(base.ignore), base.debounce_ms)
        if isinstance(raw, dict) and isinstance(raw.get("copydesk"), dict):
            raw = raw["copydesk"]
        if not isinstance(raw, dict):
            return out
        sources = raw.get("sources")
        if isinstance(sources, str):
            sources = [sources]
        if isinstance(sources, list) and all(isinstance(s, str) for s in sources):
            out.sources = list(sources) or None
        rules = raw.get("rules")
        if isinstance(rules, dict):
            out.rules = dict(rules)
        ignore = raw.get("ignore")
        if isinstance(ignore, list):
            out.ignore = [str(w) for w in ignore]
        debounce = raw.get("debounceMs", raw.get("debounce_ms"))
        if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and debounce >= 0:
            out.debounce_ms = int(debounce)
        return out

    def apply(self, config: Config) -> Config:
        """Layer the client's settings over a config file's (raises ConfigError if invalid)."""
        if self.sources:
            config.user_sources(self.sources)  # the editor's settings: the user's choice, not the workspace's
        if self.rules:
            doc = Located({"rules": self.rules}, {}, "client settings (copydesk.rules)")
            for rule_id, setting in self.rules.items():
                rule_setting = parse_rule_setting(setting, doc, ("rules", rule_id))
                rule_setting.path = doc.path
                config.rule_settings[str(rule_id)] = rule_setting
        config.ignore |= set(self.ignore)
        return config


def load_workspace(root: Path, settings: Settings, *, walk_up: bool = True) -> Workspace:
    """The Workspace for a folder: its copydesk.yaml (or, `walk_up`, the nearest above it within
    the repository or the home folder), else the bundled seeds.

    Rules are loaded here so that a bad rule setting fails now, not during a check.
    """
    path = find_config(root) if walk_up else next((root / n for n in CONFIG_NAMES if (root / n).is_file()), None)
    config = load_config(path) if path else default_config(root)
    ws = Workspace(settings.apply(config))
    _ = ws.rules
    ws.check_sources()
    return ws


@dataclass
class Folder:
    """One workspace folder (or one discovered config outside every folder)."""

    root: Path
    workspace: Workspace
    explicit: bool = True  # a client workspace folder, not one discovered for a stray file


class WorkspaceMap:
    """Folder -> Workspace; documents map to the innermost folder that contains them."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.folders: dict[Path, Folder] = {}

    def add(self, root: Path) -> str | None:
        """Add (or reload) a folder. Returns an error message when its config could not be used."""
        root = root.resolve()
        try:
            ws = load_workspace(root, self.settings, walk_up=False)  # the workspace folder's own config only
        except (ConfigError, InputError) as exc:
            if root not in self.folders:
                self.folders[root] = Folder(root, Workspace(self.settings.apply(default_config(root))))
            return str(exc)
        self.folders[root] = Folder(root, ws)
        return None

    def remove(self, root: Path) -> None:
        self.folders.pop(root.resolve(), None)

    def reload(self, roots: list[Path] | None = None) -> list[str]:
        """Reload the config of some folders (all by default); returns the errors."""
        errors = []
        for root in list(roots if roots is not None else self.folders):
            folder = self.folders.get(root)
            if folder is None:
                continue
            error = self.add(root) if folder.explicit else self._discover(root, replace=True)[1]
            if error:
                errors.append(error)
        return errors

    def folder_for(self, path: Path) -> Folder:
        """The innermost client folder containing `path`, else the discovered one for it."""
        path = path.resolve()
        best: Folder | None = None
        for root, folder in self.folders.items():
            if folder.explicit and path.is_relative_to(root) and (best is None or len(root.parts) > len(best.root.parts)):
                best = folder
        if best is not None:
            return best
        return self._discover(path)[0]

    def _discover(self, path: Path, replace: bool = False) -> tuple[Folder, str | None]:
        config_path = find_config(path)
        root = config_path.parent.resolve() if config_path else (path if path.is_dir() else path.parent)
        folder = self.folders.get(root)
        if folder is not None and not replace:
            return folder, None
        try:
            ws = load_workspace(root, self.settings)
            error = None
        except (ConfigError, InputError) as exc:
            error = str(exc)
            if folder is not None:
                return folder, error
            ws = Workspace(self.settings.apply(default_config(root)))
        folder = Folder(root, ws, explicit=False)
        self.folders[root] = folder
        return folder, error

    def config_roots(self, path: Path) -> list[Path]:
        """The folders whose config file is `path`."""
        path = path.resolve()
        out = []
        for root, folder in self.folders.items():
            cfg = folder.workspace.config.path
            if (cfg is not None and cfg.resolve() == path) or (path.name in CONFIG_NAMES and path.parent == root):
                out.append(root)
        return out

    def debounce_seconds(self, folder: Folder) -> float:
        ms = self.settings.debounce_ms
        if ms is None:
            ms = folder.workspace.config.debounce_ms
        return max(0, ms) / 1000
