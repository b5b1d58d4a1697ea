"""The rule engine: loading rules, user rule folders, settings, errors, suppression.

The house-style check kinds (substitution, existence) are the vehicle, so these tests do not
depend on the fact checks.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.checks import engine, patterns
from copydesk.checks.engine import Rule, RuleSet, check_kinds, load_rules, parse_rule, run_checks
from copydesk.config import load_config
from copydesk.document import Document
from copydesk.factbase.build import factbase_from_texts
from copydesk.resources import rules_dir
from copydesk.workspace import Workspace
from copydesk.yamlfile import ConfigError, parse_yaml

HOUSE = {"common-misspelling", "nonstandard-usage", "house-banned"}

BANNED = """\
id: house-banned
check: existence
severity: warning
message: 'Avoid "{match}".'
description: Words this desk does not use.
params:
  tokens: [kerfuffle]
"""


@pytest.fixture(scope="module")
def kb():
    return factbase_from_texts({})


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def rule_from(text: str, path: Path | None = None) -> Rule:
    path = path or Path("house/rule.yaml")
    return parse_rule(parse_yaml(textwrap.dedent(text), str(path)), path, check_kinds())


def workspace(tmp_path: Path, config: str) -> Workspace:
    write(tmp_path / "src" / "source.txt", "A short source about a bridge in Dunmere.\n")
    write(tmp_path / "copydesk.yaml", "sources: [src]\n" + textwrap.dedent(config))
    return Workspace.discover(tmp_path)


def house_findings(ws: Workspace, text: str):
    return [f for f in ws.check(text, "draft.txt").findings if f.rule in HOUSE]


def check(rule: Rule, text: str, kb, path: str = "draft.txt", ignore=()):
    document = Document(text, path)
    return run_checks(document, kb, RuleSet([rule]), ignore)


def spans(text: str, findings) -> list[str]:
    return [text[f.start : f.end] for f in findings]


# --------------------------------------------------------------------------- loading


def test_bundled_rules_load_with_unique_ids() -> None:
    rules = load_rules()
    ids = [r.id for r in rules.rules]
    assert len(ids) == len(set(ids))
    assert {"common-misspelling", "nonstandard-usage"} <= set(ids)
    assert all(r.path is not None and r.path.is_file() for r in rules.rules)


def test_bundled_rules_read_the_same_with_libyaml() -> None:
    """The bundled rule files are read with libyaml (fast); it must give what PyYAML's parser gives."""
    for path in sorted(rules_dir().glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        fast, reference = parse_yaml(text, str(path), bundled=True), parse_yaml(text, str(path))
        assert (fast.value, fast.lines) == (reference.value, reference.lines), path


def test_a_tab_in_a_user_rule_is_still_broken_yaml(tmp_path: Path) -> None:
    """libyaml takes a tab inside a plain scalar; a user's file keeps PyYAML's reading and message."""
    path = write(tmp_path / "house" / "x.yaml", "id: x\ncheck: existence\nseverity: hint\nmessage: m\tn\n")
    with pytest.raises(ConfigError) as info:
        load_rules([tmp_path / "house"])
    assert str(info.value) == f"{path}:4: broken YAML: found character '\\t' that cannot start any token"


def test_user_rule_folder_adds_a_rule_and_replaces_a_bundled_one(tmp_path: Path) -> None:
    write(tmp_path / "house" / "house-banned.yaml", BANNED)
    write(tmp_path / "house" / "common-misspelling.yaml", """\
        id: common-misspelling
        replaces: true
        check: substitution
        severity: warning
        message: 'Write "{replacement}".'
        params:
          swap: {teh: the}
        """)
    ws = workspace(tmp_path, "rules:\n  paths: [house]\n")
    replaced = ws.rules.get("common-misspelling")
    assert replaced is not None and replaced.path == tmp_path / "house" / "common-misspelling.yaml"
    text = "Teh kerfuffle was alot."
    found = house_findings(ws, text)
    assert [(text[f.start : f.end], f.rule, f.severity) for f in found] == [
        ("Teh", "common-misspelling", "warning"),
        ("kerfuffle", "house-banned", "warning"),
    ]
    assert found[0].fixes[0].replacement == "The"


def test_a_user_rule_may_not_take_a_built_in_id_silently(tmp_path: Path) -> None:
    path = write(tmp_path / "house" / "mine.yaml", "check: existence\nid: common-misspelling\nseverity: hint\n"
                 "message: m\nparams: {tokens: [teh]}\n")
    with pytest.raises(ConfigError) as info:
        load_rules([tmp_path / "house"])
    assert str(info.value).startswith(f"{path}:2: rule id 'common-misspelling' is a built-in rule: add 'replaces: true'")


def test_a_user_rule_that_replaces_no_built_in_rule_is_an_error(tmp_path: Path) -> None:
    """A misspelled id in a rule meant to replace a built-in one would run beside it unnoticed."""
    path = write(tmp_path / "house" / "mine.yaml", "check: existence\nid: common-mispelling\nseverity: hint\n"
                 "message: m\nreplaces: true\nparams: {tokens: [teh]}\n")
    with pytest.raises(ConfigError) as info:
        load_rules([tmp_path / "house"])
    assert str(info.value) == (f"{path}:2: 'replaces: true', but no built-in rule is called 'common-mispelling' "
                               "(did you mean 'common-misspelling'?); remove 'replaces' to add it as a rule of its own")


def test_two_user_rules_with_one_id_are_an_error(tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "one.yaml", BANNED)
    second = write(tmp_path / "b" / "two.yaml", "\n" + BANNED)
    with pytest.raises(ConfigError) as info:
        load_rules([tmp_path / "a", tmp_path / "b"])
    assert str(info.value) == f"{second}:2: rule id 'house-banned' is already used by {first}"


@pytest.mark.parametrize(("message", "fragment"), [
    ("Avoid {unknown_field}.", "unknown message field '{unknown_field}' (known: {match})"),
    ("Avoid {match.__class__}.", "unknown message field '{match.__class__}'"),
    ("Avoid {match", "broken message template"),
    ("Avoid {}.", "unknown message field '{}'"),
    ("Avoid {match!x}.", "message field '{match!x}' has a conversion or format; write it as {match}"),
    ("Avoid {match:d}.", "message field '{match:d}' has a conversion or format"),
    ("Avoid {match:>{width}}.", "message field '{match:>{width}}' has a conversion or format"),
])
def test_broken_message_templates_name_the_file_and_line(tmp_path: Path, message: str, fragment: str) -> None:
    path = write(tmp_path / "house" / "r.yaml", BANNED.replace("""'Avoid "{match}".'""", repr(message)))
    with pytest.raises(ConfigError) as info:
        load_rules([tmp_path / "house"])
    assert str(info.value).startswith(f"{path}:4: {fragment}"), str(info.value)


def test_literal_braces_and_a_kind_s_own_fields_are_fine(tmp_path: Path) -> None:
    write(tmp_path / "house" / "r.yaml", BANNED.replace("""'Avoid "{match}".'""", "'Avoid {{ {match} }}.'"))
    write(tmp_path / "house" / "n.yaml", "id: house-names\ncheck: name-spelling\nseverity: hint\n"
          "message: '{found} or {expected}?'\n")
    assert {r.id for r in load_rules([tmp_path / "house"]).rules} >= {"house-banned", "house-names"}


def test_unknown_params_of_built_in_rules_are_errors(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "rules:\n  number-mismatch:\n    params:\n      min_mach: 0.5\n")
    with pytest.raises(ConfigError) as info:
        ws.rules  # noqa: B018
    assert str(info.value).startswith(f"{tmp_path / 'copydesk.yaml'}:5: rule 'number-mismatch': unknown param 'min_mach'")
    assert "known: fix_match, min_match, near_best, support_match" in str(info.value)
    ok = workspace(tmp_path / "ok", "rules:\n  number-mismatch:\n    params:\n      min_match: 0.5\n")
    assert ok.rules.get("number-mismatch").params.min_match == 0.5


def test_severity_override_and_off(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "rules:\n  common-misspelling: error\n  nonstandard-usage: off\n")
    found = house_findings(ws, "Irregardless, alot happened.")
    assert [(f.rule, f.severity) for f in found] == [("common-misspelling", "error")]
    assert ws.rules.get("nonstandard-usage").enabled is False


def test_setting_as_mapping_with_params(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "rules:\n  common-misspelling:\n    severity: warning\n    params:\n      swap: {teh: the}\n")
    text = "Teh vote was alot closer."
    found = house_findings(ws, text)
    assert [(text[f.start : f.end], f.severity) for f in found] == [("Teh", "warning")]


def test_unknown_rule_id_in_settings_names_the_file_and_line(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "rules:\n  common-misspelling: error\n  no-such-rule: warning\n")
    with pytest.raises(ConfigError) as info:
        ws.rules  # noqa: B018
    assert str(info.value).startswith(f"{tmp_path / 'copydesk.yaml'}:4: ")
    assert "no-such-rule" in str(info.value)


def test_unsafe_params_in_settings_name_the_file_and_line(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "rules:\n  nonstandard-usage:\n    params:\n      tokens: ['(a)\\1b']\n")
    with pytest.raises(ConfigError) as info:
        ws.rules  # noqa: B018
    assert str(info.value).startswith(f"{tmp_path / 'copydesk.yaml'}:5: ")  # the line of the param
    assert "cannot run in linear time" in str(info.value)


BROKEN = [
    ("broken-yaml", "id: x\ncheck: existence\nparams: {tokens: [a, b}\n", 3, "broken YAML"),
    ("wrong-type", "id: x\ncheck: existence\nseverity: 3\nmessage: m\nparams: {tokens: [a]}\n", 3, "severity"),
    ("unknown-key", "id: x\ncheck: existence\nseverity: hint\nmessage: m\ncolour: red\n", 5, "unknown key 'colour'"),
    ("unknown-check", "id: x\ncheck: spelling\nseverity: hint\nmessage: m\n", 2, "unknown check kind"),
    ("params-not-mapping", "id: x\ncheck: existence\nseverity: hint\nmessage: m\nparams: [a]\n", 5, "'params' must be"),
    ("unknown-param", "id: x\ncheck: existence\nseverity: hint\nmessage: m\nparams:\n  tokens: [a]\n  words: [b]\n", 7,
     "unknown param 'words'"),
    ("tokens-not-list", "id: x\ncheck: existence\nseverity: hint\nmessage: m\nparams:\n  tokens: abc\n", 6,
     "param 'tokens': expected a list, got text"),
    ("no-swap", "id: x\ncheck: substitution\nseverity: hint\nmessage: m\nparams:\n  regex: true\n", 6, "check 'substitution' needs param 'swap'"),
    ("bad-regex", "id: x\ncheck: existence\nseverity: hint\nmessage: m\nparams:\n  tokens:\n    - fine\n    - '(unclosed'\n",
     8, "invalid regex '(unclosed'"),
    ("backreference", "id: x\ncheck: existence\nseverity: hint\nmessage: m\nparams:\n  tokens:\n    - '(\\w)\\1x'\n", 7,
     "cannot run in linear time"),
    ("lookaround-swap", "id: x\ncheck: substitution\nseverity: hint\nmessage: m\nparams:\n  regex: true\n  swap:\n"
     "    ok: fine\n    '(?<!a)bc': d\n", 9, "cannot run in linear time"),
    ("atomic-group", "id: x\ncheck: existence\nseverity: hint\nmessage: m\nparams:\n  tokens: ['(?>ab|a)c']\n", 6,
     "cannot run in linear time"),
    ("empty-match", "id: x\ncheck: existence\nseverity: hint\nmessage: m\nparams:\n  tokens: ['a?']\n", 6, "matches empty text"),
    ("fact-param-wrong-type", "id: x\ncheck: number-mismatch\nseverity: hint\nmessage: m\nparams:\n  min_match: 0.4\n"
     "  near_best: abc\n", 7, "param 'near_best': expected a number, got text"),
    ("fact-param-misspelled", "id: x\ncheck: number-mismatch\nseverity: hint\nmessage: m\nparams:\n  min_macth: 0.4\n", 6,
     "unknown param 'min_macth' for check 'number-mismatch' (did you mean 'min_match'?"),
    ("share-out-of-range", "id: x\ncheck: date-mismatch\nseverity: hint\nmessage: m\nparams:\n  near_best: 7\n", 6,
     "param 'near_best': expected a number <= 1"),
    ("count-not-bool", "id: x\ncheck: unsupported-quote\nseverity: hint\nmessage: m\nparams:\n  min_words: true\n", 6,
     "param 'min_words': expected a whole number, got true or false"),
    ("token-not-text", "id: x\ncheck: existence\nseverity: hint\nmessage: m\nparams:\n  tokens:\n    - fine\n    - 7\n", 8,
     "param 'tokens[1]': expected text, got a whole number"),
    ("no-params-kind", "id: x\ncheck: title-mismatch\nseverity: hint\nmessage: m\nparams:\n  strict: true\n", 6,
     "check 'title-mismatch' takes no params, not 'strict'"),
    ("empty-param", "id: x\ncheck: misquote\nseverity: hint\nmessage: m\nparams:\n  min_claim_tightness:\n", 6,
     "param 'min_claim_tightness': expected a number, got nothing"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_user_rule_names_file_and_line(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    path = write(tmp_path / "house" / "x.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_rules([tmp_path / "house"])
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert fragment in message
    assert "\n" not in message


def test_missing_rules_folder_is_a_config_error(tmp_path: Path) -> None:
    write(tmp_path / "copydesk.yaml", "rules:\n  paths: [nowhere]\n")
    with pytest.raises(ConfigError, match="nowhere"):
        load_rules(load_config(tmp_path / "copydesk.yaml").rule_paths)


# --------------------------------------------------------------------------- the check kinds

SWAP = """\
id: swaps
check: substitution
severity: warning
message: 'Use "{replacement}", not "{match}".'
params:
  swap: {alot: a lot, "per cent": percent, teh: the}
"""


def test_substitution_keeps_first_letter_case_and_word_boundaries(kb) -> None:
    rule = rule_from(SWAP)
    text = "Alot changed. The Calotta alots fund grew 5 per\ncent, teh report said; alot's fine."
    found = check(rule, text, kb)
    assert spans(text, found) == ["Alot", "per\ncent", "teh"]
    assert [f.fixes[0].replacement for f in found] == ["A lot", "percent", "the"]
    assert found[0].message == 'Use "A lot", not "Alot".'
    assert found[0].fixes[0].title == 'Replace with "A lot"'


def test_substitution_skips_absent_words_but_not_odd_case_folds(kb) -> None:
    """Plain words absent from the prose are skipped before matching; a long s, which
    ignore-case matching reads as "s" but lower() does not, still finds its word."""
    rule = rule_from(SWAP.replace("teh: the", "teh: the, seperate: separate"))
    assert check(rule, "Nothing to see here.", kb) == []
    for text, expected in (("A SEPERATE, then another seperate.", ["SEPERATE", "seperate"]),
                           ("A \u017feperate one.", ["\u017feperate"])):
        assert spans(text, check(rule, text, kb)) == expected


def test_a_plain_word_is_compiled_only_when_a_draft_may_hold_it(kb) -> None:
    """Loading a rule checks its plain words without compiling them; a check compiles those whose
    first word is in the prose, and finds what compiling them all would."""
    patterns.compile_pattern.cache_clear()  # as a fresh process has it
    rule = rule_from(SWAP.replace("teh: the", "teh: the, goverment: government"))
    swapped = {w: patterns.compile_pattern(w, regex=False, ignorecase=True) for w in rule.params.swap}
    assert not any("compiled" in vars(p) for p in swapped.values())
    text = "The goverment said alot."
    assert spans(text, check(rule, text, kb)) == ["goverment", "alot"]
    assert sorted(w for w, p in swapped.items() if "compiled" in vars(p)) == ["alot", "goverment"]


def test_substitution_regex_with_group_references(kb) -> None:
    rule = rule_from("""\
        id: percent
        check: substitution
        severity: hint
        message: '{replacement}'
        params:
          regex: true
          ignorecase: false
          swap: {'(\\d+) per cent': '\\1%', 'Percent': percent}
        """)
    text = "Prices rose 12 per cent, and 7 Per cent, said Percent Ltd."
    found = check(rule, text, kb)
    assert [(text[f.start : f.end], f.fixes[0].replacement) for f in found] == [
        ("12 per cent", "12%"), ("Percent", "percent"),
    ]


def test_existence_words_and_nonword(kb) -> None:
    words = rule_from("id: w\ncheck: existence\nseverity: hint\nmessage: '{match}'\nparams: {tokens: [unique]}\n")
    anywhere = rule_from("id: n\ncheck: existence\nseverity: hint\nmessage: '{match}'\n"
                         "params: {tokens: [unique], nonword: true, ignorecase: false}\n")
    text = "Unique and uniquely unique; UNIQUE."
    assert spans(text, check(words, text, kb)) == ["Unique", "unique", "UNIQUE"]
    assert spans(text, check(anywhere, text, kb)) == ["unique", "unique"]
    assert check(words, text, kb)[0].message == "Unique"


def test_markup_is_not_checked(kb) -> None:
    rule = rule_from(SWAP)
    text = "# Alot\n\nSee `alot` and <!-- alot --> and [alot](https://example.com/alot).\n"
    assert spans(text, check(rule, text, kb, "draft.md")) == ["Alot", "alot"]


def test_long_text_and_slow_rules_stay_bounded(kb, monkeypatch) -> None:
    rule = rule_from("id: s\ncheck: existence\nseverity: hint\nmessage: m\nparams: {tokens: ['\\w*\\w*z']}\n")
    text = "a" * 200_000 + ". Then z."
    started = time.monotonic()
    found = check(rule, text, kb)
    assert time.monotonic() - started < 5
    assert spans(text, found) == ["z"]
    monkeypatch.setattr(patterns, "TIME_BUDGET", 0.0)
    document = Document(text, "draft.txt")
    assert run_checks(document, kb, RuleSet([rule])) == []
    assert any("took too long" in note for note in document.notes)



def test_a_rules_time_budget_is_the_time_its_patterns_take_not_its_findings(monkeypatch) -> None:
    """A rule that spends time on each match it is given (a finding, a fix) is not cut short for
    it: on a loaded machine that time grows, and a budget that counted it lost findings by load."""
    rule = rule_from("id: s\ncheck: existence\nseverity: hint\nmessage: m\nparams: {tokens: [kerfuffle]}\n")
    document = Document("\n\n".join(["A kerfuffle began."] * 10), "draft.txt")
    pattern = patterns.compile_pattern("kerfuffle", regex=False, ignorecase=True)
    monkeypatch.setattr(patterns, "TIME_BUDGET", 0.05)
    found = []
    for match in patterns.scan(document, [pattern], rule):
        spin = time.thread_time() + 0.01  # the caller's own CPU time, 0.1 s in all, twice the budget
        while time.thread_time() < spin:
            pass
        found.append(match)
    assert len(found) == 10 and not document.notes

# --------------------------------------------------------------------------- suppression


SUPPRESSED = """\
Line one has alot.
<!-- copydesk-disable swaps -->
Here alot is allowed.
<!-- copydesk-disable-next-line nonstandard-usage -->
Still allowed: alot.
<!-- copydesk-enable swaps -->
Back to alot.
<!-- copydesk-disable-next-line -->
Skip alot here.
And alot here.
<!-- copydesk-disable -->
Everything off: alot.
"""


def test_suppression_comments(kb) -> None:
    found = check(rule_from(SWAP), SUPPRESSED, kb)
    assert [f.range.start_line for f in found] == [0, 6, 9]


def test_ignore_list(kb) -> None:
    rule = rule_from(SWAP)
    text = "Alot of teh votes."
    assert spans(text, check(rule, text, kb, ignore=["ALOT"])) == ["teh"]


def test_ignore_list_from_config(tmp_path: Path) -> None:
    ws = workspace(tmp_path, "ignore: [alot]\n")
    assert [f.rule for f in house_findings(ws, "Alot of it, irregardless.")] == ["nonstandard-usage"]


_MESSAGE_PIECES = ["{found}", "{right}", "{missing}", "{0}", "{x.y}", "{found!r}", "{found:>5}", "{right:09999}",
                   "{{", "}}", "{", "}", "{é}", "{e\u0301}", "text ", "\"", ": the sources say "]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_MESSAGE_PIECES), max_size=8).map("".join))
def test_a_message_is_filled_as_the_lenient_formatter_fills_it(template: str):
    """`render_message` fills plain `{name}` templates without a formatter: whatever the template,
    its text is the one the lenient formatter gives (or the template as written where that fails)."""
    fields = {"found": "Vale", "right": 3, "é": "x"}
    try:
        expected = engine._PlainFormatter().vformat(template, (), engine._LenientFields(fields))
    except (ValueError, IndexError, AttributeError):
        expected = template
    assert engine.render_message(template, fields) == expected
