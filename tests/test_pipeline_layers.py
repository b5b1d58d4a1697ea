"""The pipeline's order holds in the imports: text -> format -> document -> mentions -> fact base
-> checks -> findings' readers (reports, the workspace) -> the CLI and LSP adapters. Nothing
downstream is imported upstream, and no check kind imports another kind's module (what kinds
share lives in a module of its own, such as `checks/roles.py` or `checks/quote_sources.py`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from copydesk.checks import KINDS

PACKAGE = Path(__file__).resolve().parent.parent / "server" / "copydesk"

# each stage may import its own stage and those before it
STAGES = {
    "formats": 0,
    "document": 1,
    "mentions": 2,
    "factbase": 3,
    "checks": 4,
    "report": 5,
    "workspace": 5,
    "incremental": 5,
    "lsp": 6,
    "cli": 6,
}


def _stage_of(module: str) -> str | None:
    """The stage of a dotted module name inside copydesk ("copydesk.checks.misquote" -> "checks")."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "copydesk" and parts[1] in STAGES else None


def _imports(path: Path) -> list[tuple[str, int]]:
    """Every copydesk module a file imports, with its line, at any depth (a function's lazy
    import is an import too)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.append((node.module, node.lineno))
            out.extend((f"{node.module}.{a.name}", node.lineno) for a in node.names)
        elif isinstance(node, ast.Import):
            out.extend((a.name, node.lineno) for a in node.names)
    return [(m, line) for m, line in out if m.startswith("copydesk")]


def _files_of(stage: str) -> list[Path]:
    folder = PACKAGE / stage
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{stage}.py"]


def test_the_stages_are_the_package_s_modules():
    assert all(_files_of(stage) and all(p.is_file() for p in _files_of(stage)) for stage in STAGES)


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_a_stage_imports_nothing_downstream(stage):
    wrong = [f"{path.relative_to(PACKAGE)}:{line} imports {module}"
             for path in _files_of(stage) for module, line in _imports(path)
             if (other := _stage_of(module)) is not None and STAGES[other] > STAGES[stage]]
    assert wrong == []


def test_no_check_kind_imports_another_kind_s_module():
    kind_modules = {name.replace("-", "_") for name in KINDS}
    assert all((PACKAGE / "checks" / f"{m}.py").is_file() for m in kind_modules)
    wrong = []
    for module in sorted(kind_modules):
        for imported, line in _imports(PACKAGE / "checks" / f"{module}.py"):
            parts = imported.split(".")
            if parts[:2] == ["copydesk", "checks"] and len(parts) > 2 and parts[2] in kind_modules - {module}:
                wrong.append(f"checks/{module}.py:{line} imports {imported}")
    assert wrong == []
