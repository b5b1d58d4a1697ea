"""`copydesk rules`: a table of every rule, or one rule's description, params and examples."""

from __future__ import annotations

import textwrap

import yaml

from copydesk.checks.engine import Rule, RuleSet


def one_line(rule: Rule) -> str:
    """The rule's first sentence (or its message when it has no description)."""
    text = " ".join((rule.description or rule.message).split())
    end = text.find(". ")
    return text[: end + 1] if end >= 0 else text


def render(rules: RuleSet, rule_id: str | None = None) -> str:
    """The table of all rules, or the full page of the rule `rule_id`."""
    if rule_id is not None:
        rule = rules.get(rule_id)
        if rule is None:
            raise KeyError(rule_id)
        return _page(rule)
    rows = [("ID", "CHECK", "SEVERITY", "DESCRIPTION")]
    rows += [(r.id, r.check, r.severity if r.enabled else "off", one_line(r)) for r in rules.rules]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return "".join(
        f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}".rstrip() + "\n"
        for row in rows
    )


def _page(rule: Rule) -> str:
    severity = rule.severity if rule.enabled else f"off (default {rule.severity})"
    out = [f"{rule.id}  (check: {rule.check}, severity: {severity})", ""]
    if rule.description:
        out += [textwrap.fill(" ".join(rule.description.split()), 88), ""]
    out += [f"Message: {rule.message}"]
    if rule.params:
        dumped = yaml.safe_dump(rule.params, sort_keys=False, allow_unicode=True, width=88)
        out += ["Params:", textwrap.indent(dumped.rstrip(), "  ")]
    if rule.examples:
        out += ["", "Examples:"]
        for n, example in enumerate(rule.examples, 1):
            out += _example(n, example)
    out += ["", f"Docs: {rule.link}"]
    if rule.path:
        out += [f"Defined in: {rule.path}"]
    return "\n".join(out) + "\n"


def _example(n: int, example: object) -> list[str]:
    if not isinstance(example, dict):
        return [f"  {n}. {example!r}"]
    lines = [f"  {n}. Draft: {example.get('draft', '')}"]
    for source in example.get("sources") or []:
        lines.append(f"     Source: {source}")
    expect = example.get("expect") or []
    if not expect:
        lines.append("     Expect: no finding")
    for item in expect:
        if isinstance(item, dict):
            want = f'"{item.get("match", "")}"'
            if "replacement" in item:
                want += f' -> "{item["replacement"]}"'
            lines.append(f"     Expect: {want}")
    return lines
