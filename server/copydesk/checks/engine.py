"""The rule engine: load rule YAML files, keep the registry of check kinds, run them, suppress.

A rule is a YAML file (one per rule, like Vale's): `id`, `check` (the kind of check), `severity`,
`message` (a template), `params`, `description` and `examples`. A check kind is a `CheckKind`
declared by its own module (its function, its typed params, its message fields) and listed in
`copydesk.checks.KINDS`; its function yields `Hit`s, and the engine turns them into findings:
message, severity, range, suppression.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copydesk.checks.params import ParamError, Params, as_mapping, read_params
from copydesk.config import RuleSetting, unknown_key
from copydesk.findings import SEVERITIES, Finding, Fix
from copydesk.mentions.spans import SpanSet
from copydesk.quietlog import internal_error
from copydesk.resources import rules_dir
from copydesk.yamlfile import ConfigError, Located, load_bundled, load_yaml

if TYPE_CHECKING:
    from copydesk.checks.context import CheckContext
    from copydesk.checks.deadline import Deadline
    from copydesk.document import Document
    from copydesk.factbase.model import Provenance
    from copydesk.factbase.query import FactBase

RULE_KEYS = {"id", "check", "severity", "message", "messages", "params", "description", "examples", "link",
             "enabled", "replaces"}
# The fields the fact checks fill in a message template; a kind may declare its own
# (`CheckKind.fields`). Any other field in a template is a typo, refused at load time.
FACT_FIELDS = frozenset({"found", "expected", "source", "source_text", "sources", "name", "what", "why", "how",
                         "quote", "kind", "other", "other_source", "nearby"})
DOCS_URL = "https://github.com/copydesk/copydesk/blob/main/rules/{id}.yaml"


@dataclass
class Hit:
    """What a check found: a span of the draft, message fields, fixes and evidence."""

    start: int
    end: int
    fields: dict[str, Any]
    fixes: list[tuple[str, str]] = field(default_factory=list)  # (title, replacement) for [start, end)
    evidence: list[Provenance] = field(default_factory=list)
    fix_spans: list[tuple[str, str, int, int]] = field(default_factory=list)  # fixes elsewhere
    severity: str | None = None  # a check may lower (never raise) the rule's severity
    preferred: bool = False  # the fix is exact: `--fix` may apply it (only with exactly one fix)
    variant: str | None = None  # which of the rule's `messages` fits this hit (else its `message`)

    def moved(self, chars: int) -> Hit:
        """This hit `chars` further on, a copy: a mention's hits kept for where it lies next (see
        `CheckContext.hits_at`)."""
        return Hit(self.start + chars, self.end + chars, dict(self.fields), list(self.fixes), list(self.evidence),
                   [(t, r, s + chars, e + chars) for t, r, s, e in self.fix_spans], self.severity, self.preferred,
                   self.variant)


@dataclass
class Rule:
    id: str
    check: str
    severity: str
    message: str
    params: Params = field(default_factory=Params)  # the kind's declared params, read when the rule loads
    description: str = ""
    examples: list[dict] = field(default_factory=list)
    path: Path | None = None
    messages: dict[str, str] = field(default_factory=dict)  # templates for a check's variants of the claim
    enabled: bool = True
    line: int | None = None  # of `id` in its file, for errors about the rule as a whole
    replaces: bool = False  # a user rule that may take a built-in rule's id (`replaces: true`)

    @property
    def link(self) -> str:
        return DOCS_URL.format(id=self.id)


class CheckCancelled(Exception):
    """A check stopped because its result is no longer wanted (a newer edit came in)."""


CheckFunction = Callable[["CheckContext", Rule], Iterable[Hit]]


@dataclass(frozen=True)
class CheckKind:
    """A check kind's contract, declared by its module: the `check:` name rules give, the function
    that runs it, its params (types, defaults, docs), and the message fields its hits fill.
    `whole_draft`: its findings depend on words anywhere in the draft (two spellings of a name),
    so an edit re-runs it over the whole draft, not only the paragraphs around the edit.
    `names_only`: it reads no mention but names (`CheckContext.names`), so a run of such checks
    alone (an edit's re-run of the whole-draft ones) finds no titles, quotes or pronouns.
    `yields_to`: the kind whose finding on the same words says more (a figure no source gives,
    where the sources give another for it): this kind's advice there goes.
    `validate`: what types cannot say (a regex that compiles), as (keys, message) or None."""

    name: str
    run: CheckFunction
    params: type[Params] = Params
    fields: frozenset[str] = FACT_FIELDS
    whole_draft: bool = False
    names_only: bool = False
    yields_to: str | None = None
    validate: Callable[[Any], tuple[tuple, str] | None] | None = None


def check_kinds() -> dict[str, CheckKind]:
    """The registry: every check kind by name (`copydesk.checks.KINDS`)."""
    from copydesk.checks import KINDS

    return KINDS


@dataclass
class RuleSet:
    rules: list[Rule]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def enabled(self) -> list[Rule]:
        return [r for r in self.rules if r.enabled]

    def by_reach(self) -> tuple[RuleSet, RuleSet]:
        """(rules whose findings read a paragraph and its neighbours, rules that read the whole draft)."""
        kinds = check_kinds()
        return (RuleSet([r for r in self.rules if not kinds[r.check].whole_draft]),
                RuleSet([r for r in self.rules if kinds[r.check].whole_draft]))


def parse_rule(doc: Located, path: Path, kinds: dict[str, CheckKind]) -> Rule:
    data = doc.value
    if not isinstance(data, dict):
        raise doc.error("a rule file is a mapping with id, check, severity and message")
    for key in data:
        if key not in RULE_KEYS:
            raise doc.error(unknown_key("key", key, RULE_KEYS), key)
    for key in ("id", "check", "severity", "message"):
        if not isinstance(data.get(key), str) or not data.get(key):
            raise doc.error(f"a rule needs '{key}' (a string)", key)
    if data["check"] not in kinds:
        raise doc.error(f"unknown check kind '{data['check']}' (known: {', '.join(sorted(kinds))})", "check")
    if data["severity"] not in SEVERITIES:
        raise doc.error(f"severity must be one of {', '.join(SEVERITIES)}", "severity")
    params = data.get("params") or {}
    if not isinstance(params, dict):
        raise doc.error("'params' must be a mapping", "params")
    examples = data.get("examples") or []
    if not isinstance(examples, list):
        raise doc.error("'examples' must be a list", "examples")
    if not isinstance(data.get("enabled", True), bool):
        raise doc.error("'enabled' must be true or false (false: on only where a workspace turns it on)", "enabled")
    messages = data.get("messages") or {}
    if not isinstance(messages, dict) or not all(isinstance(k, str) and isinstance(v, str) and v for k, v in messages.items()):
        raise doc.error("'messages' must map a variant name to a message template (a string)", "messages")
    if not isinstance(data.get("replaces", False), bool):
        raise doc.error("'replaces' must be true or false", "replaces")
    kind = kinds[data["check"]]
    try:
        typed = typed_params(kind, params)
    except ParamError as exc:
        raise doc.error(exc.message, "params", *exc.keys) from None
    rule = Rule(
        id=data["id"], check=data["check"], severity=data["severity"], message=data["message"], params=typed,
        messages=messages, enabled=data.get("enabled", True),
        description=str(data.get("description") or ""), examples=examples, path=path, line=doc.line("id"),
        replaces=data.get("replaces", False),
    )
    for key, template in [("message", rule.message), *(("messages", t) for t in messages.values())]:
        problem = template_problem(template, kind.fields)
        if problem:
            raise doc.error(problem, key)
    return rule


def typed_params(kind: CheckKind, raw: dict[str, Any]) -> Params:
    """A rule's params as its kind declares them, checked by the kind's own `validate`;
    ParamError (keys, message) if they do not fit."""
    params = read_params(kind.name, kind.params, raw)
    problem = kind.validate(params) if kind.validate is not None else None
    if problem:
        raise ParamError(*problem)
    return params


def template_problem(template: str, known: frozenset[str]) -> str | None:
    """What is wrong with a message template, if anything: broken braces, a field the check does
    not fill (it would be shown as written, "{foudn}", in every finding), or a field with a
    conversion or format ("{found!x}", "{found:d}"), which would fail on every finding's text."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"broken message template: {exc} (write {{{{ and }}}} for literal braces)"
    for _text, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in known:
            return f"unknown message field '{{{name}}}' (known: {', '.join('{' + f + '}' for f in sorted(known))})"
        if spec or conversion:
            written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            return f"message field '{written}' has a conversion or format; write it as {{{name}}}"
    return None


def load_rule_files(folder: Path, kinds: dict[str, CheckKind], bundled: bool = False) -> list[Rule]:
    """The rules in `folder` (`bundled`: copydesk's own rules folder, see parse_yaml)."""
    if not folder.is_dir():
        raise ConfigError(folder, "rules folder does not exist")
    paths = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    docs = load_bundled(paths) if bundled else [load_yaml(path) for path in paths]
    return [parse_rule(doc, path, kinds) for doc, path in zip(docs, paths)]


def load_rules(user_folders: list[Path] | None = None, settings: dict[str, RuleSetting] | None = None) -> RuleSet:
    """The bundled rules, then the user's rule folders, then the user's settings (severity, off,
    params). A user rule may take a bundled rule's id only with `replaces: true`; two user rules
    with one id are an error (which one won depended on file names)."""
    kinds = check_kinds()
    by_id: dict[str, Rule] = {}
    for rule in load_rule_files(rules_dir(), kinds, bundled=True):
        by_id[rule.id] = rule
    builtin = set(by_id)
    mine: dict[str, Rule] = {}
    for folder in user_folders or []:
        for rule in load_rule_files(folder, kinds):
            where = rule.path or folder
            if rule.id in mine:
                raise ConfigError(where, f"rule id '{rule.id}' is already used by {mine[rule.id].path}", rule.line)
            if rule.id in builtin and not rule.replaces:
                raise ConfigError(where, f"rule id '{rule.id}' is a built-in rule: add 'replaces: true' to replace it, "
                                         "or choose another id", rule.line)
            if rule.replaces and rule.id not in builtin:
                close = difflib.get_close_matches(rule.id, sorted(builtin), n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise ConfigError(where, f"'replaces: true', but no built-in rule is called '{rule.id}'{hint}; "
                                         "remove 'replaces' to add it as a rule of its own", rule.line)
            mine[rule.id] = by_id[rule.id] = rule
    for rule_id, setting in (settings or {}).items():
        rule = by_id.get(rule_id)
        where = setting.path or "copydesk.yaml"
        if rule is None:
            raise ConfigError(where, f"{unknown_key('rule id', rule_id, set(by_id))} in 'rules'", setting.line)
        rule.enabled = setting.enabled
        if setting.severity:
            rule.severity = setting.severity
        if setting.params:
            try:
                rule.params = typed_params(kinds[rule.check], {**as_mapping(rule.params), **setting.params})
            except ParamError as exc:
                line = setting.param_lines.get(str(exc.keys[0]), setting.line) if exc.keys else setting.line
                raise ConfigError(where, f"rule '{rule_id}': {exc.message}", line) from None
    return RuleSet(list(by_id.values()))


class _LenientFields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class _PlainFormatter(string.Formatter):
    """Fills `{name}` fields only: a rule file's message may not reach into attributes or items
    (`{match.__class__}`) nor ask for a huge width (`{match:>999999999}`); those stay as written."""

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> Any:
        if not re.fullmatch(r"\w+", field_name):
            return "{" + field_name + "}", field_name
        return super().get_field(field_name, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> Any:
        return super().format_field(value, "" if re.search(r"\d{4,}", format_spec) else format_spec)


def render_message(template: str, fields: dict[str, Any]) -> str:
    plan = _plain_fields(template)
    if plan is not None:  # a message of text and `{name}` fields, as nearly all are: filled without a formatter
        return "".join(part if name is None else format(fields.get(name, part), "") for part, name in plan)
    try:
        return _PlainFormatter().vformat(template, (), _LenientFields(fields))
    except (ValueError, IndexError, AttributeError):
        return template


@functools.lru_cache(maxsize=1024)
def _plain_fields(template: str) -> tuple[tuple[str, str | None], ...] | None:
    """A template of literal text and bare `{name}` fields as (text, None) and ("{name}", name)
    parts, parsed once; None for any other template (a conversion, a format spec, a number),
    which `_PlainFormatter` fills."""
    parts: list[tuple[str, str | None]] = []
    try:
        for literal, name, spec, conversion in string.Formatter().parse(template):
            if literal:
                parts.append((literal, None))
            if name is None:
                continue
            if spec or conversion or not (name.isidentifier() and re.fullmatch(r"\w+", name)):
                return None
            parts.append(("{" + name + "}", name))
    except ValueError:
        return None
    return tuple(parts)


def run_checks(
    document: Document, kb: FactBase, rules: RuleSet, ignore: Iterable[str] = (),
    cancelled: Callable[[], bool] | None = None, errors: list[str] | None = None, deadline: Deadline | None = None,
    context: CheckContext | None = None,
) -> list[Finding]:
    """Every enabled rule over the draft; suppressed and ignored findings dropped; sorted.

    `cancelled` is asked between steps; when it says yes, CheckCancelled is raised. With an
    `errors` list, a rule that raises adds one line to it (see `internal_error`) and the other
    rules still run: one broken rule must not take every finding down with it. Without one
    (tests), the exception propagates. Past the `deadline`, the steps not yet begun are not run
    and are recorded in it. A caller that passes the `context` (of this document and fact base)
    keeps what the checks resolved in it (see checks/resolution.py).
    """
    from copydesk.checks.context import CheckContext

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise CheckCancelled()

    kinds = check_kinds()
    ctx = context or CheckContext(document, kb)
    if cancelled is not None or deadline is not None:
        stop_if_cancelled()
        if deadline is not None and deadline.passed():
            deadline.cut += ["mentions", *(r.id for r in rules.enabled)]
            return []
        with contextlib.suppress(Exception):  # if it raises, each rule that reads it reports that
            # the longest shared step, done before the first rule so it can be cut short
            _ = ctx.names if all(kinds[r.check].names_only for r in rules.enabled) else ctx.mentions
    ignored = {w.lower() for w in ignore}
    suppressed = _suppressions(document)
    findings: list[Finding] = []
    seen: set[tuple[int, int, str]] = set()
    for n, rule in enumerate(rules.enabled):
        stop_if_cancelled()
        if deadline is not None and deadline.passed():
            deadline.cut += [r.id for r in rules.enabled[n:]]
            break
        try:
            hits = list(kinds[rule.check].run(ctx, rule))
        except CheckCancelled:
            raise
        except Exception as exc:
            if errors is None:
                raise
            errors.append(internal_error(rule.id, exc))
            continue
        for hit in hits:
            span_text = document.text[hit.start : hit.end]
            if ignored and (span_text.lower() in ignored
                            or any(w.lower() in ignored for w in re.findall(r"[\w’'-]+", span_text))):
                continue
            if _is_suppressed(suppressed, document.line_of(hit.start), rule.id):
                continue
            if (hit.start, hit.end, rule.id) in seen:
                continue
            seen.add((hit.start, hit.end, rule.id))
            severity = rule.severity
            if hit.severity and SEVERITIES.index(hit.severity) > SEVERITIES.index(severity):
                severity = hit.severity
            preferred = hit.preferred and len(hit.fixes) + len(hit.fix_spans) == 1
            fixes = [Fix(title, repl, hit.start, hit.end, preferred) for title, repl in hit.fixes]
            fixes += [Fix(title, repl, s, e, preferred) for title, repl, s, e in hit.fix_spans]
            fixes = [with_its_article(document.text, f) for f in fixes]
            fields = hit.fields
            if hit.evidence and "source" not in fields:  # every message may name the file its evidence is from
                fields = {**fields, "source": Path(hit.evidence[0].source).name}
            findings.append(
                Finding(
                    rule=rule.id, severity=severity, message=render_message(rule.messages.get(hit.variant or "", rule.message), fields),
                    start=hit.start, end=hit.end, range=document.range(hit.start, hit.end),
                    fixes=fixes, evidence=hit.evidence,
                )
            )
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return drop_covered_advice(findings, rules)


# "a" or "an" before a fix; capitalized only where it opens a sentence ("Grade A 6" holds no article)
_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w'’-])(a|an)|(?:^|(?<=[.!?\n]\s)|(?<=\n))(A|An))[ \t]+$")


def with_its_article(text: str, fix: Fix) -> Fix:
    """A fix whose replacement takes the other article than the "a" or "an" right before it ("an
    8.6-mile journey" fixed to 6.8) rewrites the article too: "a 6.8-mile journey"."""
    before = _ARTICLE_BEFORE.search(text, max(0, fix.start - 4), fix.start)
    if before is None or not fix.replacement:
        return fix
    wanted = "an" if _sounds_a_vowel(fix.replacement) else "a"
    article = before.group(1) or before.group(2)
    if article.lower() == wanted:
        return fix
    written = wanted.capitalize() if article[0].isupper() else wanted
    return Fix(fix.title, text[before.start() : fix.start].replace(article, written, 1) + fix.replacement,
               before.start(), fix.end, fix.preferred)


def _sounds_a_vowel(word: str) -> bool:
    """Whether a figure or a word is said with a vowel first: "8", "11", "18,000", "eighty"; not
    "1", "110" nor "one"."""
    digits = re.match(r"\d[\d,]*", word)
    if digits:
        whole = digits.group().rstrip(",")
        lead = whole.split(",")[0] if "," in whole else whole  # "18,500" is said "eighteen thousand ..."
        spoken = lead if "," in whole else (lead[:2] if len(lead) in (5, 8) else lead)  # "11000": "eleven thousand"
        return lead.startswith("8") or spoken in ("11", "18")
    lower = word.lower()
    return lower[:1] in "aeio" and not lower.startswith(("one", "once", "uni", "use", "eu"))


def drop_covered_advice(findings: list[Finding], rules: RuleSet) -> list[Finding]:
    """One finding per error: advice (information, hint) on words a warning or error already
    covers goes, and so does the advice of a kind that `yields_to` another where a finding of that
    kind covers its words ("no source gives 388" under "the sources say 488 walkers")."""
    claims = SpanSet((f.start, f.end) for f in findings if f.severity in ("error", "warning"))
    kinds = check_kinds()
    kind_of = {r.id: kinds[r.check] for r in rules.rules if r.check in kinds}
    yielding = {r for r, k in kind_of.items() if k.yields_to}
    by_kind: dict[str, list[tuple[int, int]]] = {}
    if yielding & {f.rule for f in findings}:
        for f in findings:
            if f.rule in kind_of:
                by_kind.setdefault(kind_of[f.rule].name, []).append((f.start, f.end))
    spans_of_kind = {kind: SpanSet(spans) for kind, spans in by_kind.items()}
    nothing = SpanSet(())
    return [
        f for f in findings
        if f.severity in ("error", "warning") or not (
            claims.overlaps(f.start, f.end)
            or (f.rule in yielding and spans_of_kind.get(kind_of[f.rule].yields_to, nothing).overlaps(f.start, f.end)))
    ]


def _suppressions(document: Document) -> list[tuple[str, frozenset[str], int]]:
    return [(d.action, frozenset(d.rules), d.line) for d in document.directives]


def _is_suppressed(directives: list[tuple[str, frozenset[str], int]], line: int, rule_id: str) -> bool:
    """Apply `copydesk-disable`/`-enable` ranges and `-disable-next-line` to one line."""
    disabled = False
    for action, rules, at in directives:
        applies = not rules or rule_id in rules or "all" in rules
        if not applies:
            continue
        if action == "disable-next-line":
            if at + 1 == line:
                return True
        elif at <= line:
            disabled = action == "disable"
    return disabled

