"""`copydesk rules`: a table of every rule, or one rule's description, params and examples.

A rule's params are printed from its check kind's declaration (type, default, doc), with the
value the rule sets where it differs from the default.
"""

from __future__ import annotations

import textwrap

import yaml

from copydesk.checks.engine import Rule, RuleSet, check_kinds
from copydesk.checks.params import as_mapping, declared_params


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
    out += _params(rule)
    if rule.examples:
        out += ["", "Examples:"]
        for n, example in enumerate(rule.examples, 1):
            out += _example(n, example)
    out += ["", f"Docs: {rule.link}"]
    if rule.path:
        out += [f"Defined in: {rule.path}"]
    return "\n".join(out) + "\n"


def _params(rule: Rule) -> list[str]:
    """The kind's declared params: `name: type = default` and its doc, then this rule's value if
    it is not the default."""
    kind = check_kinds().get(rule.check)
    if kind is None:
        return []
    declared = declared_params(kind.params)
    if not declared:
        return ["", f"Params: none (check '{rule.check}' takes none)"]
    values = as_mapping(rule.params)
    out = ["", f"Params (check '{rule.check}'):"]
    for param in declared:
        default = "required" if param.required else f"default {_yaml(param.default)}"
        out.append(f"  {param.name}: {param.type}, {default}")
        if param.doc:
            out += textwrap.wrap(param.doc, 84, initial_indent="      ", subsequent_indent="      ")
        value = values.get(param.name)
        if param.required or value != param.default:
            shown = _yaml(value)
            if "\n" in shown:
                out += ["      this rule:", textwrap.indent(shown, "        ")]
            else:
                out.append(f"      this rule: {shown}")
    return out


def _yaml(value: object) -> str:
    """A value as it is written in a rule file."""
    if value == {} or value == []:
        return "{}" if value == {} else "[]"
    text = yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=88, default_flow_style=False).rstrip()
    return text.removesuffix("\n...").removesuffix("...").rstrip()


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
