"""A user's facts file: people, organizations and places that add to or correct the sources.

    people:
      - name: Ada Moss
        aliases: [Moss]
        pronouns: she/her        # or gender: female | male
        titles: [foreign minister]
    organizations:
      - name: Harbour Union
        aliases: [HU]
        based_in: Northport
    places:
      - name: Northport

What the file says wins over extraction: its pronouns replace the sources' evidence, and its
titles are added as facts with the file as their provenance.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from copydesk.factbase.model import Provenance, TitleFact
from copydesk.lexicon import fold
from copydesk.mentions.titles import normalize_role
from copydesk.yamlfile import load_yaml

if TYPE_CHECKING:
    from copydesk.factbase.build import FactBase

_SECTIONS = {"people": "person", "organizations": "organization", "places": "place"}
_ENTRY_KEYS = {"name", "aliases", "pronouns", "gender", "titles", "based_in"}
_PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female",
             "male": "male", "female": "female", "they": "neutral", "them": "neutral"}


def apply_user_facts(kb: FactBase, path: Path) -> None:
    doc = load_yaml(path)
    if doc.value is None:
        return
    if not isinstance(doc.value, dict):
        raise doc.error("a facts file is a mapping with people:, organizations: and places:")
    for section, items in doc.value.items():
        if section not in _SECTIONS:
            raise doc.error(f"unknown section '{section}' (known: {', '.join(_SECTIONS)})", section)
        if not isinstance(items, list):
            raise doc.error(f"'{section}' must be a list of entries", section)
        for n, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                raise doc.error("each entry needs a 'name'", section, n)
            for key in item:
                if key not in _ENTRY_KEYS:
                    raise doc.error(f"unknown key '{key}' (known: {', '.join(sorted(_ENTRY_KEYS))})", section, n, key)
            line = doc.line(section, n) or 1
            prov = Provenance(str(path), 0, 0, item["name"], f"{path.name}:{line}")
            entity = kb.entity_for_name(item["name"]) or kb.new_entity(item["name"], _SECTIONS[section])
            kb.add_alias(entity, tuple(item["name"].split()), prov)
            for alias in item.get("aliases") or []:
                kb.add_alias(entity, tuple(str(alias).split()), prov)
            spoken = item.get("gender") or item.get("pronouns")
            if spoken:
                first = str(spoken).lower().split("/")[0].strip()
                if first not in _PRONOUNS:
                    raise doc.error(f"pronouns must be he/him, she/her or they/them, not '{spoken}'", section, n, "pronouns")
                entity.user_gender = _PRONOUNS[first]
            for title in item.get("titles") or []:
                role, _head, _former = normalize_role(str(title).split())
                entity.titles.append(TitleFact(role, str(title), "", "", prov))
            if item.get("based_in"):
                entity.titles.append(TitleFact("", f"{item['based_in']}-based", "", fold(str(item["based_in"])), prov))
