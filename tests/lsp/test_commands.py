"""Commands (workspace/executeCommand): check the workspace, show and rebuild the facts."""

from __future__ import annotations

from pathlib import Path

from lsp_support import RecordingClient, codes, wait_for
from lsprotocol import types


async def command(client: RecordingClient, name: str, *arguments: object) -> dict:
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(command=name, arguments=list(arguments)))


async def test_check_workspace_command_publishes_unopened_drafts(client: RecordingClient, project: Path):
    other = project / "drafts" / "other.txt"
    other.write_text("The council recieved many letters.\n", encoding="utf-8")
    result = await command(client, "copydesk.checkWorkspace", project.as_uri())
    assert result["files"] >= 2
    published = await wait_for(client, other.as_uri(), lambda p: bool(p.diagnostics))
    assert codes(published) == ["common-misspelling"]
    story = await wait_for(client, (project / "drafts" / "story.md").as_uri(), lambda p: bool(p.diagnostics))
    assert "name-spelling" in codes(story)


async def test_show_facts_names_the_sources_and_what_they_know(client: RecordingClient, project: Path):
    facts = await command(client, "copydesk.showFacts", (project / "drafts" / "story.md").as_uri())
    assert Path(facts["root"]) == project.resolve()
    assert sorted(Path(s).name for s in facts["sources"]) == ["a.txt", "b.txt"]
    assert {"Marta Velez", "Tomas Ferreira"} <= set(facts["entities"])
    assert facts["summary"]["sources"] == 2


async def test_rebuild_facts_reads_a_source_changed_behind_the_servers_back(client: RecordingClient, project: Path):
    before = await command(client, "copydesk.showFacts")
    (project / "sources" / "c.txt").write_text("Harbour master Ivo Pent said the berths were ready.\n", encoding="utf-8")
    rebuilt = await command(client, "copydesk.rebuildFacts")
    assert rebuilt[str(project.resolve())]["sources"] == before["summary"]["sources"] + 1
    assert "Ivo Pent" in (await command(client, "copydesk.showFacts"))["entities"]
