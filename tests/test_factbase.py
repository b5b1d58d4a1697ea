"""The fact base on the seeds and on another story: same code, other facts."""

from __future__ import annotations

import json
import subprocess
import sys

from copydesk.factbase.build import factbase_without
from helpers import AIRLINE, ROOT, SHARED


def facts_json(*sources: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "copydesk", "facts", "--no-config", "--format", "json",
                          *[a for s in sources for a in ("--sources", s)]], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def entity(data: dict, name: str) -> dict:
    return next(e for e in data["entities"] if e["name"] == name)


def test_seed_facts():
    data = facts_json(str(SHARED / "seeds"))
    gantz = entity(data, "Benny Gantz")
    assert "Gantz" in gantz["aliases"] and gantz["gender"] == "male" and gantz["kind"] == "person"
    assert "defense minister" in gantz["roles"]
    assert any(t["affiliation"] == "israeli" for t in gantz["titles_detail"])
    parly = entity(data, "Florence Parly")
    assert any(t["role"] == "defense minister" and t["affiliation"] == "french" for t in parly["titles_detail"])
    macron = entity(data, "Emmanuel Macron")
    assert "president" in macron["roles"]
    nso = next(e for e in data["entities"] if e["name"] in ("NSO Group", "NSO"))
    assert {"NSO", "NSO Group"} <= {nso["name"], *nso["aliases"]}
    assert "paris" in entity(data, "Forbidden Stories")["based_in"]
    names = {e["name"] for e in data["entities"]}
    assert {"Le Monde", "Morocco", "Pegasus"} <= names
    assert any(d["date"] == "2021-07-28" and "Parly" in d["event"] for d in data["dates"])
    assert any(n["value"] == 17 and n["unit"] == "organization" for n in data["numbers"])
    assert any(q["text"] == "full of erroneous assumptions and uncorrected theories" and q["speaker"] in ("NSO", "NSO Group")
               for q in data["quotes"])
    quote_conflicts = [c for c in data["conflicts"] if c["kind"] == "quote"]
    assert any("003_" in w["source"] for c in quote_conflicts for w in c["where"])
    assert len(quote_conflicts) >= 2


def test_airline_facts_same_code_other_story():
    data = facts_json(str(AIRLINE / "sources"))
    holm = entity(data, "Lena Holm")
    assert holm["gender"] == "female" and "chief executive" in holm["roles"]
    kalnins = entity(data, "Andris Kalnins")
    assert kalnins["gender"] == "male" and "chairman" in kalnins["roles"]
    assert entity(data, "Piotr Nowak")["kind"] == "person"
    assert any(d["date"] == "2024-04-18" for d in data["dates"])
    assert any(n["value"] == 148 and n["unit"] == "aircraft" for n in data["numbers"])
    speakers = {q["text"][:20]: q["speaker"] for q in data["quotes"]}
    assert speakers["This deal gives us t"] == "Lena Holm"
    assert speakers["We have heard promis"] == "Piotr Nowak"
    assert speakers["Our passengers will "] == "Andris Kalnins"


def test_facts_text_is_grouped_and_readable():
    out = subprocess.run([sys.executable, "-m", "copydesk", "facts", "--no-config", "--sources", str(AIRLINE / "sources")],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.splitlines()[0].startswith("2 sources:")
    assert "\nPeople\n" in out and "Lena Holm (also Holm" in out and "\nQuotes\n" in out


def test_user_facts_file_wins(tmp_path):
    from copydesk.factbase.build import factbase_from_texts

    facts = tmp_path / "facts.yaml"
    facts.write_text("people:\n  - name: Ada Moss\n    pronouns: she/her\n    titles: [harbour master]\n    aliases: [Captain Moss]\n")
    kb = factbase_from_texts({"a.txt": "Ada Moss said he was tired. Moss left."}, [facts])
    moss = kb.entity_for_name("Moss")
    assert moss.gender == "female"
    assert "harbour master" in {t.text for t in moss.titles}
    assert kb.entity_for_name("Captain Moss") is moss


def test_a_source_draft_is_checked_against_the_others(seeds_kb):
    path = str(ROOT / "seeds" / "000_0e4a0606b86b49a4.txt")
    rest = factbase_without(seeds_kb, path)
    assert len(rest.extracts) == len(seeds_kb.extracts) - 1
