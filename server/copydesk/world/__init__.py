"""World knowledge from maintained packages: how common an English word is, which words
name countries or their people, and which abbreviations name clocks. Generic knowledge, never a story's facts; loaded on first use
(each costs about 0.1 s to load), so a check that never asks pays nothing."""

from copydesk.world.gazetteer import (
    Place,
    born_in,
    country_of,
    currencies_of,
    demonym_of,
    nation_of,
    national_place,
    place_of,
    same_nation,
)
from copydesk.world.timezones import clock_abbreviations
from copydesk.world.words import NOUN_ZIPF, is_common_english, is_english

__all__ = ["NOUN_ZIPF", "Place", "born_in", "clock_abbreviations", "country_of", "currencies_of", "demonym_of", "is_common_english", "is_english", "nation_of",
           "national_place", "place_of", "same_nation"]
