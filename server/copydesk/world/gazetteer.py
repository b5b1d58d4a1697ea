"""Countries, their other names, demonyms, capitals and provinces, from the countryinfo package.

A name the gazetteer knows is a place (or a nationality), never a misspelling of another name,
and two nationality words compare by the country they name: "Spanish" and "Spain's" agree,
"Italian" and "Canadian" do not. Words the gazetteer does not know compare as unknown: silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import msgspec

from copydesk.world import saved


@dataclass(frozen=True, slots=True)
class Place:
    """What the gazetteer says a name is: a country, a demonym, a capital or a province."""

    kind: str  # "country" | "demonym" | "capital" | "province" | "region"
    country: str  # ISO 3166 alpha-2 code of the country it belongs to ("" for a region of many)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower().removesuffix("'s").removeprefix("the ")


Kind = Literal["country", "demonym", "capital", "province", "region"]


class _Saved(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The indexes as the user cache folder keeps them: typed data (never a pickle), for the
    countryinfo files and the code they were read with (`key`)."""

    key: str
    names: list[tuple[Kind, str, list[str]]]  # (kind, country, the names that are it)
    codes: list[tuple[Kind, str, list[str]]]
    currencies: dict[str, list[str]]  # country -> its currencies' ISO 4217 codes


CACHE_NAME = "gazetteer.json"


_Indexes = tuple[dict[str, Place], dict[str, Place], dict[str, list[str]]]


@lru_cache(maxsize=1)
def _indexes() -> _Indexes:
    """(names in lower case, codes as written: "UK", "USA", currencies by country), read back from
    the user cache folder when they were saved from the same countryinfo files by the same code:
    reading and indexing the 250 country files costs a one-shot `copydesk check` ~70 ms, the saved
    indexes ~2 ms."""
    key = _data_key()
    saved = _load(key) if key else None
    if saved is not None:
        return saved
    indexes = _read_countries()
    if key:
        _save(key, indexes)
    return indexes


def _data_key() -> str | None:
    """What the indexes are computed from: this code and the countryinfo package's files."""
    return saved.package_key("countryinfo", ["_cache.py", "data", "data_no_iso"], __file__)


def _load(key: str) -> _Indexes | None:
    """The saved indexes for `key`; None if caching is off, or nothing (valid) is saved for it."""
    found = saved.load(CACHE_NAME, _Saved)
    if found is None or found.key != key:
        return None
    return _ungrouped(found.names), _ungrouped(found.codes), found.currencies


def _grouped(index: dict[str, Place]) -> list[tuple[Kind, str, list[str]]]:
    """An index as (kind, country, names) per place: one Place each, as read from the files."""
    groups: dict[Place, list[str]] = {}
    for name, place in index.items():
        groups.setdefault(place, []).append(name)
    return [(p.kind, p.country, names) for p, names in groups.items()]


def _ungrouped(groups: list[tuple[Kind, str, list[str]]]) -> dict[str, Place]:
    return {name: place for kind, country, names in groups for place in (Place(kind, country),) for name in names}


def _save(key: str, indexes: _Indexes) -> None:
    """Keep the indexes for the next run."""
    names, codes, currencies = indexes
    saved.save(CACHE_NAME, _Saved(key, _grouped(names), _grouped(codes), currencies))


def _read_countries() -> _Indexes:
    """The indexes from countryinfo's files. Where two countries share a name or a demonym
    ("American"), the more populous one has it."""
    from countryinfo._cache import load_countries  # the package's own cached loader

    ranked: dict[str, tuple[int, int, Place]] = {}  # name -> (kind rank, -population, place)
    codes: dict[str, tuple[int, Place]] = {}
    currencies: dict[str, list[str]] = {}
    for info in load_countries()["countries"].values():
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        currencies[code] = list(info.get("currencies") or [])
        people = -int(info.get("population") or 0)

        def put(name: str, kind: str, rank: int, people: int = people, code: str = code) -> None:
            key = _norm(name)
            if key and (key not in ranked or (rank, people) < ranked[key][:2]):
                ranked[key] = (rank, people, Place(kind, code))

        put(info.get("name") or "", "country", 0)
        for alt in info.get("altSpellings") or []:
            if alt.isupper() and len(alt) <= 3:
                if alt not in codes or people < codes[alt][0]:
                    codes[alt] = (people, Place("country", code))
            else:
                put(alt, "country", 0)
        for demonym in _listed(info.get("demonym")):
            put(demonym, "demonym", 1)
        for capital in _listed(info.get("capital")):
            put(capital, "capital", 2)
        for province in info.get("provinces") or []:
            put(province, "province", 3)  # a province never shadows a country or a capital
        # the world's regions a country lies in ("Oceania", "Latin America and the Caribbean"): places
        # of no one country, which never shadow a country's own names
        for region in (info.get("region"), info.get("subregion")):
            for part in re.split(r"\s+and\s+(?:the\s+)?", region or ""):
                put(part, "region", 4, code="")
    return {k: v[2] for k, v in ranked.items()}, {k: v[1] for k, v in codes.items()}, currencies


def _listed(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    return [v.strip() for v in (value.split(",") if isinstance(value, str) else value) if v.strip()]


# The nouns for a person of a nationality that the demonym files do not list, because they are
# not the adjective ("a Dane", "the Swede"): English's irregular ones, as the adjective they go with.
_PERSON_DEMONYMS = {
    "dane": "danish", "swede": "swedish", "pole": "polish", "briton": "british", "brit": "british",
    "scot": "scottish", "scotsman": "scottish", "scotswoman": "scottish", "turk": "turkish",
    "spaniard": "spanish", "frenchman": "french", "frenchwoman": "french", "dutchman": "dutch",
    "dutchwoman": "dutch", "irishman": "irish", "irishwoman": "irish", "englishman": "english",
    "englishwoman": "english", "welshman": "welsh", "welshwoman": "welsh", "finn": "finnish", "croat": "croatian",
    "serb": "serbian", "icelander": "icelandic",
}
_PERSON_DEMONYMS |= {k.removesuffix("man") + "men" if k.endswith("man") else k + "s": v
                     for k, v in _PERSON_DEMONYMS.items()}
# The adjectives of nationality the demonym files miss, where they list only the noun ("Icelander",
# "Luxembourger") or another form ("Slovene", "Kirghiz"): each with the country it is of.
_ADJECTIVE_DEMONYMS = {
    "icelandic": "iceland", "luxembourgish": "luxembourg", "surinamese": "suriname", "slovenian": "slovenia",
    "slovakian": "slovakia", "kyrgyz": "kyrgyzstan", "tajik": "tajikistan", "uzbek": "uzbekistan",
    "kazakh": "kazakhstan", "azeri": "azerbaijan", "nepali": "nepal", "saudi": "saudi arabia",
    "maldivian": "maldives", "djiboutian": "djibouti", "cape verdean": "cape verde", "comorian": "comoros",
    "argentine": "argentina", "argentinian": "argentina", "ecuadorian": "ecuador", "salvadorean": "el salvador",
    "burkinabé": "burkina faso",
}


@lru_cache(maxsize=1 << 14)
def place_of(name: str) -> Place | None:
    """The place a name ("Spain", "Spain's", "Spanish", "Madrid", "UK") is, if the gazetteer knows it.
    Remembered: the extractors and checks ask it of every capitalized word, again and again."""
    names, codes, _ = _indexes()
    bare = name.strip().removesuffix("'s").removesuffix("’s").replace(".", "")
    if bare.isupper() and len(bare) <= 3:
        return codes.get(bare)
    key = _norm(name)
    found = names.get(key) or names.get(_PERSON_DEMONYMS.get(key, ""))
    if found is None and (country := names.get(_ADJECTIVE_DEMONYMS.get(key, ""))) is not None:
        return Place("demonym", country.country)
    return found


NATIONAL = ("country", "demonym", "capital")  # names that are hardly anything else; provinces often are


def national_place(name: str) -> Place | None:
    """A country, a nationality or a capital the name is ("Spain", "Spanish", "Madrid"); None
    for a province, which as often names a person or a thing ("Clare", "Central")."""
    place = place_of(name)
    return place if place is not None and place.kind in NATIONAL else None


def country_of(name: str) -> str | None:
    """The country a country name, demonym, capital or province belongs to (ISO alpha-2)."""
    place = place_of(name)
    return place.country or None if place else None  # a region is of no one country


def nation_of(name: str) -> str | None:
    """The nation a name is of, as nationality words tell nations apart: one of the United
    Kingdom's home nations ("Scottish", "Wales": GB-SCT, GB-WLS), which its countryinfo entry folds
    into GB, or else its country (ISO alpha-2)."""
    key = _norm(name.strip().removesuffix("'s").removesuffix("’s"))
    return _HOME_NATIONS.get(_PERSON_DEMONYMS.get(key, key)) or country_of(name)


def same_nation(one: str, other: str) -> bool:
    """Whether two nations (see `nation_of`) may be one person's: equal, or the United Kingdom and
    one of its home nations ("British", "Welsh")."""
    return one == other or {one, other[:2]} == {"GB"} or {one[:2], other} == {"GB"}


# The home nations of the United Kingdom, each a nationality of its own in news and sport.
_HOME_NATIONS = {"scotland": "GB-SCT", "scottish": "GB-SCT", "wales": "GB-WLS", "welsh": "GB-WLS",
                 "england": "GB-ENG", "english": "GB-ENG", "northern ireland": "GB-NIR", "northern irish": "GB-NIR"}


def born_in(name: str) -> str | None:
    """The country a birth adjective names ("Swedish-born", "Sweden-born" -> SE; "Welsh-born" -> GB-WLS,
    see `nation_of`), else None: where someone was born, which says nothing of the nationality they
    hold ("a Swedish-born American")."""
    if not name.lower().endswith(_BORN):
        return None
    if home := _HOME_NATIONS.get(_norm(name[: -len(_BORN)])):
        return home  # "Scottish-born", "Wales-born": a home nation (see `nation_of`)
    place = national_place(name[: -len(_BORN)])
    return place.country if place is not None and place.kind in ("demonym", "country") else None


_BORN = "-born"


def currencies_of(name: str) -> list[str]:
    """The currencies (ISO 4217, "DKK") of the country a nationality or country name names
    ("Danish", "Hong Kong"): what "Danish crowns" may be. Switzerland's are CHF and two funds'."""
    place = national_place(name)
    return _indexes()[2].get(place.country, []) if place is not None and place.kind in ("demonym", "country") else []


def demonym_of(name: str) -> str | None:
    """The country a nationality adjective names ("Spanish" -> ES); None for anything else."""
    place = place_of(name)
    return place.country if place is not None and place.kind == "demonym" else None
