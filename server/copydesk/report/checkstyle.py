"""`--format checkstyle`: Checkstyle's XML report, which Jenkins, GitLab plugins, reviewdog
(`-f=checkstyle`) and most CI dashboards read.

Lines and columns count from 1; columns are UTF-16 code units, as Java (Checkstyle's home) and
the language server count them.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from copydesk import __version__
from copydesk.workspace import CheckResult

SEVERITY = {"error": "error", "warning": "warning", "information": "info", "hint": "info"}


def render(results: list[tuple[str, CheckResult]]) -> str:
    root = ET.Element("checkstyle", version="4.3")
    root.set("copydesk", __version__)
    for path, result in results:
        file = ET.SubElement(root, "file", name=path)
        for f in result.findings:
            rng = f.range or result.document.range(f.start, f.end)
            ET.SubElement(file, "error", {
                "line": str(rng.start_line + 1),
                "column": str(rng.start_character + 1),
                "severity": SEVERITY.get(f.severity, "info"),
                "message": f.message,
                "source": f"copydesk.{f.rule}",
            })
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
