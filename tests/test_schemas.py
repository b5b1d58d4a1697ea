"""The JSON Schemas shipped for copydesk.yaml and rule files agree with the validation that
loads them: every file one accepts the other accepts, every broken file both reject. (Some
limits only the loader can check: paths that must exist, regexes that must be safe.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from copydesk.checks.engine import check_kinds, parse_rule
from copydesk.config import config_from_yaml
from copydesk.resources import rules_dir
from copydesk.schemas import rule_params_schemas, schema_path
from copydesk.yamlfile import ConfigError, parse_yaml

CONFIG = jsonschema.Draft7Validator(json.loads(schema_path("config").read_text(encoding="utf-8")))
RULE = jsonschema.Draft7Validator(json.loads(schema_path("rule").read_text(encoding="utf-8")))

GOOD_CONFIGS = [
    "",
    "sources: wires/\n",
    "sources: [wires/*.txt, wires]\nfacts: [facts.yaml]\nignore: [Velmora, ACME]\n",
    "rules: house\n",
    "rules: [house]\n",
    "rules:\n  paths: [house]\n  unsupported-entity: off\n  title-mismatch: error\n",
    "rules:\n  name-spelling: {severity: hint, enabled: true, params: {}}\n  misquote: on\n",
    "follow_symlinks: true\ndebounce_ms: 0\nencoding: windows-1252\n",
]
BAD_CONFIGS = [
    "source: [wires]\n",
    "- wires\n",
    "sources: [1, 2]\n",
    "sources: {a: b}\n",
    "ignore: {a: b}\n",
    "follow_symlinks: maybe\n",
    "debounce_ms: -5\n",
    "debounce_ms: 2.5\n",
    "encoding: [utf-8]\n",
    "rules: 7\n",
    "rules:\n  paths: {a: b}\n",
    "rules:\n  misquote: loud\n",
    "rules:\n  misquote: {severty: error}\n",
    "rules:\n  misquote: {enabled: sometimes}\n",
    "rules:\n  misquote: {params: [1]}\n",
    "rules:\n  misquote: [error]\n",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "wires").mkdir()
    (tmp_path / "house").mkdir()
    (tmp_path / "facts.yaml").write_text("people: []\n", encoding="utf-8")
    return tmp_path


def loader_accepts_config(text: str, folder: Path) -> bool:
    try:
        config_from_yaml(parse_yaml(text, str(folder / "copydesk.yaml")), folder / "copydesk.yaml")
    except ConfigError:
        return False
    return True


@pytest.mark.parametrize("text", GOOD_CONFIGS)
def test_good_configs_pass_both(text: str, folder: Path) -> None:
    assert loader_accepts_config(text, folder)
    CONFIG.validate(yaml.safe_load(text))


@pytest.mark.parametrize("text", BAD_CONFIGS)
def test_broken_configs_fail_both(text: str, folder: Path) -> None:
    assert not loader_accepts_config(text, folder)
    assert not CONFIG.is_valid(yaml.safe_load(text))


GOOD_RULES = [
    "id: a\ncheck: existence\nseverity: warning\nmessage: m\nparams: {tokens: [x], ignorecase: false}\n",
    "id: a\ncheck: substitution\nseverity: hint\nmessage: m\nparams: {swap: {x: y}, regex: true}\ndescription: d\n",
    "id: a\ncheck: name-spelling\nseverity: error\nmessage: m\nparams: {}\nexamples: [{draft: x, expect: []}]\n",
    "id: a\ncheck: number-mismatch\nseverity: warning\nmessage: m\nparams: {near_best: 0.9, min_match: 1}\n",
    "id: a\ncheck: consistency\nseverity: hint\nmessage: m\nparams:\n",
]
BAD_RULES = [
    "id: a\ncheck: existence\nseverity: warning\n",  # no message
    "id: a\ncheck: spellcheck\nseverity: warning\nmessage: m\n",
    "id: a\ncheck: existence\nseverity: loud\nmessage: m\nparams: {tokens: [x]}\n",
    "id: a\ncheck: existence\nseverity: warning\nmessage: m\nparams: {tokens: [x]}\ncolour: red\n",
    "id: a\ncheck: existence\nseverity: warning\nmessage: m\nparams: {words: [x]}\n",
    "id: a\ncheck: existence\nseverity: warning\nmessage: m\nparams: {tokens: []}\n",
    "id: a\ncheck: substitution\nseverity: warning\nmessage: m\nparams: {swap: {x: 1}}\n",
    "id: a\ncheck: substitution\nseverity: warning\nmessage: m\nparams: {swap: {x: y}, regex: yes please}\n",
    "id: a\ncheck: existence\nseverity: warning\nmessage: m\nparams: [x]\n",
    "id: a\ncheck: existence\nseverity: warning\nmessage: m\nparams: {tokens: [x]}\nexamples: {draft: x}\n",
    "id: a\ncheck: number-mismatch\nseverity: warning\nmessage: m\nparams: {near_best: abc}\n",
    "id: a\ncheck: number-mismatch\nseverity: warning\nmessage: m\nparams: {min_macth: 0.3}\n",
    "id: a\ncheck: date-mismatch\nseverity: warning\nmessage: m\nparams: {min_match: 1.5}\n",
    "id: a\ncheck: unsupported-quote\nseverity: warning\nmessage: m\nparams: {min_words: 0}\n",
    "id: a\ncheck: title-mismatch\nseverity: warning\nmessage: m\nparams: {strict: true}\n",
]


def loader_accepts_rule(text: str) -> bool:
    try:
        parse_rule(parse_yaml(text, "rule.yaml"), Path("rule.yaml"), check_kinds())
    except ConfigError:
        return False
    return True


@pytest.mark.parametrize("text", GOOD_RULES)
def test_good_rules_pass_both(text: str) -> None:
    assert loader_accepts_rule(text)
    RULE.validate(yaml.safe_load(text))


@pytest.mark.parametrize("text", BAD_RULES)
def test_broken_rules_fail_both(text: str) -> None:
    assert not loader_accepts_rule(text)
    assert not RULE.is_valid(yaml.safe_load(text))


def test_every_bundled_rule_passes_the_schema_and_every_check_kind_is_in_it() -> None:
    for path in sorted(rules_dir().glob("*.yaml")):
        RULE.validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert set(RULE.schema["properties"]["check"]["enum"]) == set(check_kinds())


def test_the_schemas_params_are_the_kinds_declarations() -> None:
    """rule.schema.json's per-kind params are made from the declarations; after changing a kind's
    params, `python -m copydesk.schemas` rewrites them."""
    assert RULE.schema["allOf"] == rule_params_schemas()


def test_the_schema_command_prints_the_installed_schemas(tmp_path: Path) -> None:
    copydesk = Path(sys.executable).parent / "copydesk"
    for kind in ("config", "rule"):
        out = subprocess.run([str(copydesk), "schema", kind], capture_output=True, text=True, cwd=tmp_path, timeout=60)
        assert out.returncode == 0 and json.loads(out.stdout) == json.loads(schema_path(kind).read_text(encoding="utf-8"))
