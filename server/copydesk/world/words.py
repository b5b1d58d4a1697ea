"""How common an English word is, from wordfreq's word lists (shipped in the package)."""

from __future__ import annotations

from functools import lru_cache

COMMON_ZIPF = 3.5  # about the 25,000 most frequent English words: "older", "church", "review"
ENGLISH_ZIPF = 2.5  # an English word, if a rarer one: "forecasters", "campaigners" (and some surnames)


@lru_cache(maxsize=1 << 14)
def is_common_english(word: str) -> bool:
    """A word an English text uses often enough that writing it in lower case is no sign of a
    mis-cased name ("older", "church"); rare words and most surnames are not ("harbourline")."""
    from wordfreq import zipf_frequency  # loads its list on first use

    return zipf_frequency(word.lower(), "en") >= COMMON_ZIPF


@lru_cache(maxsize=1 << 14)
def is_english(word: str) -> bool:
    """A word English texts use at all ("forecasters"), as a word or a name: weaker evidence than
    `is_common_english`, for words that other evidence already marks as no name."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= ENGLISH_ZIPF
