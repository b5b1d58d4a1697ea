"""`add_ignored_word`: the one write copydesk makes keeps every other line and comment intact."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from copydesk.config_edit import add_ignored_word
from copydesk.yamlfile import ConfigError

CASES = [
    ("", "ignore:\n  - Veles\n"),
    ("sources: [s]  # wire\n", "sources: [s]  # wire\nignore:\n  - Veles\n"),
    ("sources: [s]", "sources: [s]\nignore:\n  - Veles\n"),
    ("ignore: [ACME]  # house names\nsources: [s]\n", "ignore: [ACME, Veles]  # house names\nsources: [s]\n"),
    ("ignore: []\n", "ignore: [Veles]\n"),
    ("ignore: ACME\n", "ignore: [ACME, Veles]\n"),
    (
        "# top\nignore:\n  - ACME   # ours\n\n  # more below\n  - Zed\nsources: [s]\n",
        "# top\nignore:\n  - ACME   # ours\n\n  # more below\n  - Zed\n  - Veles\nsources: [s]\n",
    ),
    ("ignore:\n- ACME\n", "ignore:\n- ACME\n- Veles\n"),
    ("ignore:\nsources: [s]\n", "ignore:\n  - Veles\nsources: [s]\n"),
    ("sources: [s]\r\nignore:\r\n  - ACME\r\n", "sources: [s]\r\nignore:\r\n  - ACME\r\n  - Veles\r\n"),
]


@pytest.mark.parametrize(("before", "after"), CASES)
def test_add_ignored_word(tmp_path: Path, before: str, after: str):
    path = tmp_path / "copydesk.yaml"
    path.write_bytes(before.encode("utf-8"))
    assert add_ignored_word(path, "Veles") is True
    assert path.read_bytes().decode("utf-8") == after


def test_creates_the_file(tmp_path: Path):
    path = tmp_path / "copydesk.yaml"
    assert add_ignored_word(path, "Marta Veles")
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {"ignore": ["Marta Veles"]}


def test_already_ignored_writes_nothing(tmp_path: Path):
    path = tmp_path / "copydesk.yaml"
    path.write_text("ignore: [veles]\n", encoding="utf-8")
    assert add_ignored_word(path, "Veles") is False
    assert path.read_text(encoding="utf-8") == "ignore: [veles]\n"


@pytest.mark.parametrize("word", ["yes", "a: b", "#tag", "O'Neil", "[x]", "Zürich", "2024"])
def test_awkward_words_stay_valid_yaml(tmp_path: Path, word: str):
    path = tmp_path / "copydesk.yaml"
    path.write_text("ignore: [ACME]\n", encoding="utf-8")
    add_ignored_word(path, word)
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["ignore"] == ["ACME", word]


def test_broken_yaml_is_left_alone(tmp_path: Path):
    path = tmp_path / "copydesk.yaml"
    path.write_text("ignore: [ACME\nsources: x\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        add_ignored_word(path, "Veles")
    assert "copydesk.yaml" in str(err.value)
    assert path.read_text(encoding="utf-8") == "ignore: [ACME\nsources: x\n"


def test_an_alias_bomb_is_refused_and_left_alone(tmp_path: Path):
    """Nine lines that expand to 9**8 values: refused at the first alias (measured: ~1 ms, against
    1.2 GB and 20 s with a plain safe_load); the file is left as it was."""
    lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 9)]
    text = "\n".join(lines) + "\nignore: *l8\n"
    path = tmp_path / "copydesk.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"copydesk.yaml:2: '\*l0': YAML aliases are not allowed"):
        add_ignored_word(path, "Veles")
    assert path.read_text(encoding="utf-8") == text


def test_a_link_out_of_the_workspace_is_refused_and_its_target_untouched(tmp_path: Path):
    other = tmp_path / "other-project" / ".github" / "workflows"
    other.mkdir(parents=True)
    target = other / "ci.yml"
    target.write_text("on: push\n", encoding="utf-8")
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "copydesk.yaml").symlink_to(target)
    with pytest.raises(ConfigError, match="outside the workspace; not edited"):
        add_ignored_word(ws / "copydesk.yaml", "Veles", ws)
    assert target.read_text(encoding="utf-8") == "on: push\n"
    (ws / "copydesk.yaml").unlink()
    (ws / "copydesk.yaml").symlink_to(tmp_path / "missing.yaml")  # a dangling link would create it
    with pytest.raises(ConfigError, match="outside the workspace"):
        add_ignored_word(ws / "copydesk.yaml", "Veles", ws)
    assert not (tmp_path / "missing.yaml").exists()


def test_a_link_inside_the_workspace_edits_its_target_and_stays_a_link(tmp_path: Path):
    (tmp_path / "config").mkdir()
    real = tmp_path / "config" / "copydesk.yaml"
    real.write_text("ignore: [ACME]\n", encoding="utf-8")
    real.chmod(0o640)
    (tmp_path / "copydesk.yaml").symlink_to(real)
    assert add_ignored_word(tmp_path / "copydesk.yaml", "Veles", tmp_path)
    assert (tmp_path / "copydesk.yaml").is_symlink()
    assert real.read_text(encoding="utf-8") == "ignore: [ACME, Veles]\n"
    assert real.stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch):
    path = tmp_path / "copydesk.yaml"
    path.write_text("# ours\nignore: [ACME]\n", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    with pytest.raises(ConfigError, match="cannot be written \\(No space left on device\\)"):
        add_ignored_word(path, "Veles")
    assert path.read_text(encoding="utf-8") == "# ours\nignore: [ACME]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["copydesk.yaml"]  # no temporary file left behind
