"""JSON Schemas for copydesk.yaml and rule files, for editors' YAML plugins (completion, checks).

They describe what config.py and checks/engine.py accept; tests/test_schemas.py holds the two
to agreement on valid and broken files alike."""

from __future__ import annotations

from pathlib import Path

SCHEMAS = {"config": "copydesk.schema.json", "rule": "rule.schema.json"}


def schema_path(name: str) -> Path:
    """The installed schema file for "config" or "rule"."""
    return Path(__file__).resolve().parent / SCHEMAS[name]


def rule_params_schemas() -> list[dict]:
    """Per check kind, "if check is K then params is K's declaration", made from the kinds'
    declared params: the `allOf` of rule.schema.json, which `python -m copydesk.schemas` rewrites
    and tests/test_schemas.py holds equal to this."""
    import msgspec

    from copydesk.checks.engine import check_kinds

    out = []
    for name, kind in sorted(check_kinds().items()):
        generated = msgspec.json.schema(kind.params)
        params = generated["$defs"][generated["$ref"].rsplit("/", 1)[-1]]
        params = {k: v for k, v in params.items() if k not in ("title", "description")}
        required = bool(params.get("required"))
        params["type"] = "object" if required else ["object", "null"]
        if not required:
            params.pop("required", None)
        then: dict = {"properties": {"params": params}}
        if required:
            then = {"required": ["params"], **then}
        out.append({"if": {"properties": {"check": {"const": name}}}, "then": then})
    return out


def write_rule_schema() -> Path:
    """Rewrite rule.schema.json's `allOf` (its last key) from the declarations, after a kind's
    params change; the hand-written rest of the file stays as it is."""
    import json

    path = schema_path("rule")
    text = path.read_text(encoding="utf-8")
    head = text[: text.index('  "allOf": [')]
    body = json.dumps(rule_params_schemas(), indent=2, ensure_ascii=False).replace("\n", "\n  ")
    path.write_text(f'{head}  "allOf": {body}\n}}\n', encoding="utf-8")
    json.loads(path.read_text(encoding="utf-8"))  # still JSON
    return path
