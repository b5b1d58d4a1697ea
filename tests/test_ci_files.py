"""The CI files are well formed: the composite action, the release workflow and the README's
copy-paste workflow parse, every shell step is valid bash, and the action runs the copydesk
options that exist."""

from __future__ import annotations

import re
import subprocess
import textwrap
from pathlib import Path

import yaml

from copydesk.cli import FORMATS, _parser

ROOT = Path(__file__).resolve().parents[1]


def bash_is_valid(script: str) -> None:
    script = re.sub(r"\$\{\{[^}]*\}\}", "X", script)  # GitHub expressions are filled in before bash runs
    out = subprocess.run(["bash", "-n"], input=script, capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr


def test_the_action_is_a_composite_with_valid_steps() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    for step in action["runs"]["steps"]:
        assert ("uses" in step) != ("run" in step), step
        if "run" in step:
            assert step["shell"] == "bash"
            bash_is_valid(step["run"])
    assert action["inputs"]["format"]["default"] in FORMATS
    check = next(s for s in action["runs"]["steps"] if s.get("id") == "check")["run"]
    options = {o for a in _parser()._subparsers._group_actions[0].choices["check"]._actions for o in a.option_strings}
    assert set(re.findall(r"(--[a-z-]+) \"\$", check)) <= options


def test_the_release_workflow_builds_all_three_on_a_tag() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    assert workflow[True]["push"]["tags"] == ["v*"]  # YAML 1.1 reads the key `on` as true
    runs = "\n".join(s.get("run", "") for s in workflow["jobs"]["build"]["steps"])
    assert "python -m build" in runs and "vsce package" in runs and "gh release create" in runs
    for step in workflow["jobs"]["build"]["steps"]:
        if "run" in step:
            bash_is_valid(step["run"])


def test_the_readme_workflows_parse() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## In CI") :]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    assert len(blocks) == 2
    workflow = yaml.safe_load(blocks[0])
    assert workflow["jobs"]["check"]["steps"][1]["uses"].startswith("copydesk/copydesk@")
    steps = yaml.safe_load(textwrap.dedent(blocks[1]))  # the reviewdog steps, as a list
    bash_is_valid(steps[-1]["run"])
    assert "--format rdjson" in steps[-1]["run"]
