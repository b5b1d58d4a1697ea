"""`copydesk check` and `copydesk rules` end to end, in a subprocess.

Every test works in its own folder with its own source and house rules (severity warning), so
the results do not depend on the fact checks.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest

# The SARIF 2.1.0 schema as published by OASIS: oasis-tcs/sarif-spec,
# Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json (commit 3682e9ee648f2f3e11ba1fcd47fc390a0b8f9dab).
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

BANNED = """\
id: house-banned
check: existence
severity: warning
message: 'Avoid "{match}".'
description: Words this desk does not use. Say what happened instead.
params:
  tokens: [kerfuffle]
examples:
  - draft: "A kerfuffle broke out."
    expect: [{match: kerfuffle}]
"""

# The shape of `--format json` in the contract (shared/CONTRACT.md).
POSITION = {"type": "object", "required": ["line", "character"],
            "properties": {"line": {"type": "integer", "minimum": 0}, "character": {"type": "integer", "minimum": 0}}}
SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2}
CONTRACT = {
    "type": "object",
    "required": ["version", "files"],
    "properties": {
        "version": {"const": 1},
        "files": {"type": "array", "items": {
            "type": "object",
            "required": ["path", "diagnostics"],
            "properties": {
                "path": {"type": "string"},
                "diagnostics": {"type": "array", "items": {
                    "type": "object",
                    "required": ["rule", "severity", "message", "offset", "range", "fixes", "evidence"],
                    "properties": {
                        "rule": {"type": "string"},
                        "severity": {"enum": ["error", "warning", "information", "hint"]},
                        "message": {"type": "string"},
                        "offset": SPAN,
                        "range": {"type": "object", "required": ["start", "end"],
                                  "properties": {"start": POSITION, "end": POSITION}},
                        "fixes": {"type": "array", "items": {"type": "object", "required": ["title", "replacement"]}},
                        "evidence": {"type": "array", "items": {
                            "type": "object", "required": ["source", "offset", "text"]}},
                    },
                }},
            },
        }},
    },
}


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "copydesk", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A workspace: one plain source, a house rule at warning, a config that adds it."""
    write(tmp_path / "sources" / "source.txt", "the committee met on a quiet morning and talked about the weather.\n")
    write(tmp_path / "house" / "house-banned.yaml", BANNED)
    write(tmp_path / "copydesk.yaml", "sources: [sources]\nrules:\n  paths: [house]\n")
    return tmp_path


def house(lines: str) -> list[str]:
    return [line for line in lines.splitlines() if "[house-banned]" in line or "[common-misspelling]" in line]


def test_text_format_and_exit_1(ws: Path) -> None:
    write(ws / "draft.txt", "the meeting ended.\nthen a kerfuffle grew alot.\n")
    out = run(ws, "check", "draft.txt")
    assert out.returncode == 1, out.stderr
    assert house(out.stdout) == [
        'draft.txt:2:8: warning [house-banned] Avoid "kerfuffle".',
        'draft.txt:2:23: information [common-misspelling] "alot" is a misspelling of "a lot".',
    ]
    assert '    fix: Replace with "a lot"' in out.stdout.splitlines()


def test_exit_0_when_clean_or_only_advice(ws: Path) -> None:
    write(ws / "clean.txt", "the meeting ended early.\n")
    write(ws / "advice.txt", "the meeting ended alot earlier.\n")
    clean = run(ws, "check", "clean.txt")
    assert (clean.returncode, house(clean.stdout)) == (0, [])
    advice = run(ws, "check", "advice.txt")
    assert advice.returncode == 0, advice.stdout
    assert len(house(advice.stdout)) == 1


def test_no_config_uses_bundled_rules_only(ws: Path) -> None:
    write(ws / "draft.txt", "a kerfuffle grew alot.\n")
    out = run(ws, "check", "--no-config", "--sources", "sources", "draft.txt")
    assert out.returncode == 0, out.stderr
    assert [line.split(" ", 3)[2] for line in house(out.stdout)] == ["[common-misspelling]"]


def test_json_matches_the_contract(ws: Path) -> None:
    text = "the vote.\n\u00e9t\u00e9 \U0001f600 kerfuffle alot.\n"
    write(ws / "draft.txt", text)
    out = run(ws, "check", "--format", "json", "draft.txt")
    assert out.returncode == 1, out.stderr
    payload = json.loads(out.stdout)
    jsonschema.validate(payload, CONTRACT)
    assert [f["path"] for f in payload["files"]] == ["draft.txt"]
    found = {d["rule"]: d for d in payload["files"][0]["diagnostics"] if d["rule"] in ("house-banned", "common-misspelling")}
    start, end = found["house-banned"]["offset"]
    assert text[start:end] == "kerfuffle"
    # the emoji is one code point but two UTF-16 code units
    assert found["house-banned"]["range"] == {"start": {"line": 1, "character": 7}, "end": {"line": 1, "character": 16}}
    assert found["common-misspelling"]["fixes"][0]["replacement"] == "a lot"


def test_evidence_paths_are_written_as_draft_paths_are(ws: Path) -> None:
    """Relative to the folder copydesk runs in, in JSON and under each finding in text, with the line."""
    write(ws / "sources" / "wire.txt", "Harbour master Ivo Pent said the berths were ready.\n")
    write(ws / "draft.txt", "Harbour master Ivo Pemt said so.\n")
    payload = json.loads(run(ws, "check", "--format", "json", "draft.txt").stdout)
    (spelling,) = [d for d in payload["files"][0]["diagnostics"] if d["rule"] == "name-spelling"]
    assert [e["source"] for e in spelling["evidence"]] == ["sources/wire.txt"]
    text = run(ws, "check", "draft.txt").stdout.splitlines()
    at = next(i for i, line in enumerate(text) if "[name-spelling]" in line)
    assert "    source: sources/wire.txt:1" in text[at + 1 : at + 3]


def test_sarif_validates_against_the_schema(ws: Path) -> None:
    text = "the vote.\n\U0001f600 kerfuffle alot.\n"
    write(ws / "drafts" / "my draft.txt", text)
    out = run(ws, "check", "--format", "sarif", "drafts")
    assert out.returncode == 1, out.stderr
    log = json.loads(out.stdout)
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(log)
    (sarif_run,) = log["runs"]
    assert sarif_run["columnKind"] == "utf16CodeUnits"
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "copydesk" and driver["version"] and driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert rules["house-banned"]["defaultConfiguration"]["level"] == "warning"
    assert rules["common-misspelling"]["defaultConfiguration"]["level"] == "note"
    assert rules["house-banned"]["shortDescription"]["text"] == "Words this desk does not use."
    results = {r["ruleId"]: r for r in sarif_run["results"]}
    banned, misspelt = results["house-banned"], results["common-misspelling"]
    assert banned["level"] == "warning" and misspelt["level"] == "note"
    assert driver["rules"][banned["ruleIndex"]]["id"] == "house-banned"
    location = banned["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/my%20draft.txt"
    assert location["region"] == {"startLine": 2, "startColumn": 4, "endLine": 2, "endColumn": 13,
                                  "charOffset": 13, "charLength": 9}
    replacement = misspelt["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "a lot"
    assert replacement["deletedRegion"]["startColumn"] == 14


def test_sarif_of_no_findings_is_valid(ws: Path) -> None:
    write(ws / "clean.txt", "the meeting ended early.\n")
    log = json.loads(run(ws, "check", "--format", "sarif", "clean.txt").stdout)
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(log)


def test_missing_file_exits_2(ws: Path) -> None:
    out = run(ws, "check", "nowhere.txt")
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == ["copydesk: nowhere.txt: no such file"]


def test_binary_draft_exits_2(ws: Path) -> None:
    (ws / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00")
    out = run(ws, "check", "blob.txt")
    assert out.returncode == 2
    (line,) = out.stderr.strip().splitlines()
    assert "blob.txt" in line and "binary" in line


@pytest.mark.parametrize(("name", "text", "line"), [
    ("copydesk.yaml", "sources: [sources]\nrules: {paths: [house]\n", 3),
    ("copydesk.yaml", "sources: [sources]\nrulez: {}\n", 2),
    ("house/house-banned.yaml", BANNED.replace("tokens: [kerfuffle]", "tokens: ['(?!x)kerfuffle']"), 7),  # no RE2
])
def test_broken_config_exits_2_with_one_line(ws: Path, name: str, text: str, line: int) -> None:
    (ws / name).write_text(text, encoding="utf-8")
    write(ws / "a.txt", "one.\n")
    write(ws / "b.txt", "two.\n")
    out = run(ws, "check", "a.txt", "b.txt")
    assert out.returncode == 2
    (message,) = out.stderr.strip().splitlines()
    assert message.startswith(f"copydesk: {ws / name}:{line}: "), message


def test_folder_argument_checks_every_draft(ws: Path) -> None:
    for name in ("a.txt", "b.md", "sub/c.txt", "notes.json", "image.png"):
        write(ws / "drafts" / name, "a kerfuffle.\n")
    out = run(ws, "check", "--format", "json", "drafts")
    paths = [f["path"] for f in json.loads(out.stdout)["files"]]
    assert sorted(Path(p).as_posix() for p in paths) == ["drafts/a.txt", "drafts/b.md", "drafts/sub/c.txt"]
    assert out.returncode == 1


def test_rules_lists_every_rule(ws: Path) -> None:
    out = run(ws, "rules")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["ID", "CHECK", "SEVERITY", "DESCRIPTION"]
    rows = {line.split()[0]: line.split()[1:3] for line in lines[1:]}
    assert rows["house-banned"] == ["existence", "warning"]
    assert rows["common-misspelling"] == ["substitution", "information"]
    assert "house-banned" not in run(ws, "rules", "--no-config").stdout


def test_rules_shows_one_rule(ws: Path) -> None:
    out = run(ws, "rules", "common-misspelling")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("common-misspelling  (check: substitution, severity: information)")
    for part in ("Params:", "alot: a lot", "Examples:", 'Expect: "alot" -> "a lot"', "Expect: no finding"):
        assert part in out.stdout


def test_rules_unknown_id_exits_2(ws: Path) -> None:
    out = run(ws, "rules", "no-such-rule")
    assert out.returncode == 2
    (line,) = out.stderr.strip().splitlines()
    assert "no-such-rule" in line
