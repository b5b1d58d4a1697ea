"""The check result keeps what it resolved: the editor features read the checks' own resolution."""

from __future__ import annotations

from pathlib import Path

from copydesk.config import default_config
from copydesk.workspace import Workspace

SOURCE = (
    "NORTHPORT, March 5, 2030 — Velmoran Defense Minister Ada Moss said on Tuesday that the navy would buy "
    "nine ferries. \"We will not sell the harbour,\" Moss told reporters.\n"
)
OTHER = "NORTHPORT, March 6, 2030 — The navy will buy eleven ferries, the ministry said on Wednesday.\n"


def workspace(tmp_path: Path, sources: dict[str, str]) -> Workspace:
    for name, text in sources.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    config = default_config(tmp_path)
    config.user_sources([str(tmp_path / name) for name in sources])
    return Workspace(config)


def test_a_misspelled_name_resolves_to_the_entity_its_finding_names(tmp_path: Path):
    draft = "Defense Minister Ada Mose spoke on Tuesday."
    result = workspace(tmp_path, {"wire.txt": SOURCE}).check(draft, str(tmp_path / "draft.txt"))
    (finding,) = [f for f in result.findings if f.rule == "name-spelling"]
    entity = result.resolution.entity_at(finding.start)
    assert entity is not None and entity.name == "Ada Moss"
    assert f'"{entity.name}"' in finding.message
    assert result.resolution.factbase is result.factbase


def test_stated_facts_for_a_figure_a_weekday_and_a_quote(tmp_path: Path):
    draft = "Ada Moss said on Tuesday the navy would buy nine ferries. \"We will not sell the harbour,\" she said."
    resolution = workspace(tmp_path, {"wire.txt": SOURCE}).check(draft).resolution
    figure = resolution.stated_at(draft.index("nine"))
    assert figure is not None and figure.kind == "number"
    assert [p.text for p in figure.agreeing] == ["nine ferries"] and figure.differing == []
    weekday = resolution.stated_at(draft.index("Tuesday"))
    assert weekday is not None and [p.text for p in weekday.agreeing] == ["Tuesday"]
    quote = resolution.stated_at(draft.index("sell"))
    assert quote is not None and quote.kind == "quote" and quote.agreeing[0].source.endswith("wire.txt")
    assert resolution.stated_at(draft.index("said")) is None


def test_both_versions_where_the_sources_disagree(tmp_path: Path):
    draft = "The navy would buy nine ferries, Ada Moss said."
    figure = workspace(tmp_path, {"a.txt": SOURCE, "b.txt": OTHER}).check(draft).resolution.stated_at(draft.index("nine"))
    assert figure is not None
    assert [Path(p.source).name for p in figure.agreeing] == ["a.txt"]
    assert [(Path(p.source).name, p.text) for p in figure.differing] == [("b.txt", "eleven ferries")]


def test_a_check_around_an_edit_keeps_no_resolution(tmp_path: Path):
    """Its mentions cover only the edited paragraphs: the editor asks the whole check's instead."""
    ws = workspace(tmp_path, {"wire.txt": SOURCE})
    text = "\n\n".join(f"Paragraph {i} about the harbour." for i in range(16))
    whole = ws.check(text, "draft.txt")
    edited = ws.check_edit(whole, text.replace("Paragraph 8", "Paragraph eight"), "draft.txt")
    assert whole.resolution is not None
    assert edited is not None and edited.resolution is None
