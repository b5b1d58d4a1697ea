"""`python -m copydesk.schemas`: rewrite rule.schema.json's params from the check kinds' declarations."""

from copydesk.schemas import write_rule_schema

print(write_rule_schema())
