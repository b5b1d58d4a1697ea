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

from dataclasses import dataclass
from pathlib import Path

from copydesk.factbase.model import Provenance, TitleFact
from copydesk.lexicon import fold
from copydesk.mentions.titles import normalize_role
from copydesk.yamlfile import load_yaml

_SECTIONS = {"people": "person", "organizations": "organization", "places": "place"}
_ENTRY_KEYS = {"name", "aliases", "pronouns", "gender", "titles", "based_in"}
_PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female",
             "male": "male", "female": "female", "they": "neutral", "them": "neutral"}


@dataclass
class UserEntity:
    """One entry of a facts file, as the builder applies it (factbase/merge.py)."""

    name: str
    kind: str
    aliases: list[str]
    gender: str | None
    titles: list[TitleFact]
    provenance: Provenance


def read_user_facts(path: Path) -> list[UserEntity]:
    """The entries of a facts file; a malformed one raises an error naming the file and line."""
    doc = load_yaml(path)
    if doc.value is None:
        return []
    if not isinstance(doc.value, dict):
        raise doc.error("a facts file is a mapping with people:, organizations: and places:")
    out: list[UserEntity] = []
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
            gender = None
            spoken = item.get("gender") or item.get("pronouns")
            if spoken:
                first = str(spoken).lower().split("/")[0].strip()
                if first not in _PRONOUNS:
                    raise doc.error(f"pronouns must be he/him, she/her or they/them, not '{spoken}'", section, n, "pronouns")
                gender = _PRONOUNS[first]
            titles = []
            for title in item.get("titles") or []:
                role, _head, _former = normalize_role(str(title).split())
                titles.append(TitleFact(role, str(title), "", "", prov))
            if item.get("based_in"):
                titles.append(TitleFact("", f"{item['based_in']}-based", "", fold(str(item["based_in"])), prov))
            out.append(UserEntity(item["name"], _SECTIONS[section], [str(a) for a in item.get("aliases") or []],
                                  gender, titles, prov))
    return out
