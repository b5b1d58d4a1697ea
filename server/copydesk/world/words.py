"""How common an English word is, from wordfreq's word lists (shipped in the package).

Importing wordfreq and reading its English list costs a one-shot `copydesk check` ~0.4-0.7 s,
more than the rest of the run; the common words of plain letters (the words asked about, nearly
always) are kept in the user cache folder (~15,000 words, ~2 ms to read back). Any other word
("Eastport-based", "Müller") is still asked of wordfreq, so every answer is wordfreq's."""

from __future__ import annotations

from functools import lru_cache

import msgspec

from copydesk.cachedir import cache_disabled
from copydesk.world import saved

COMMON_ZIPF = 3.5  # about the 25,000 most frequent English words: "older", "church", "review"
ENGLISH_ZIPF = 2.5  # an English word, if a rarer one: "forecasters", "campaigners" (and some surnames)
NOUN_ZIPF = 2.0  # a dictionary's noun, however rare, after "the": "the sultanate", "the emirate"

CACHE_NAME = "common-words.json"


class _Saved(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The common words of plain letters, for wordfreq's files and the code (`key`)."""

    key: str
    words: list[str]


@lru_cache(maxsize=1 << 14)
def is_common_english(word: str) -> bool:
    """A word an English text uses often enough that writing it in lower case is no sign of a
    mis-cased name ("older", "church"); rare words and most surnames are not ("harbourline")."""
    w = word.lower()
    if w.isascii() and w.isalpha():
        plain = _plain_common()
        if plain is not None:
            return w in plain
    return _zipf(w) >= COMMON_ZIPF


@lru_cache(maxsize=1 << 14)
def is_english(word: str, least: float = ENGLISH_ZIPF) -> bool:
    """A word English texts use at all ("forecasters"), as a word or a name: weaker evidence than
    `is_common_english`, for words that other evidence already marks as no name (`least`: the
    Zipf frequency it needs; NOUN_ZIPF where a determiner makes it a common noun). Asked of
    wordfreq (rarely asked: a capitalized word opening a sentence near a known name)."""
    return _zipf(word.lower()) >= least


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # loads its list on first use

    return zipf_frequency(word, "en")


@lru_cache(maxsize=1)
def _plain_common() -> frozenset[str] | None:
    """The common words of plain lower-case letters (a-z): wordfreq makes each of them one token,
    so a word of plain letters is common if and only if it is one of them. Read back from the
    user cache folder, else computed and saved; None without a cache (computing them costs more
    than the few words a run asks) or if wordfreq's files cannot be told apart."""
    key = None if cache_disabled() else _data_key()
    if key is None:
        return None
    found = _load(key)
    if found is None:
        found = _common_plain_words()
        _save(key, found)
    return found


def _data_key() -> str | None:
    return saved.package_key("wordfreq", ["__init__.py", "tokens.py", "preprocess.py", "data/large_en.msgpack.gz"],
                             __file__)


def _load(key: str) -> frozenset[str] | None:
    found = saved.load(CACHE_NAME, _Saved)
    if found is None or found.key != key:
        return None
    return frozenset(found.words)


def _save(key: str, words: frozenset[str]) -> None:
    saved.save(CACHE_NAME, _Saved(key, sorted(words)))


def _common_plain_words() -> frozenset[str]:
    """The words of plain letters of wordfreq's English list that it calls common. The list is
    buckets of words of one frequency, most frequent first; wordfreq's answer for a word is its
    bucket's frequency rounded (to 3 digits, then to 0.01 on the Zipf scale: within 0.01 of it),
    so only the words of the buckets within 0.01 of the bar are asked, and the rarer buckets
    (nearly all of the ~320,000 words) are not read."""
    from wordfreq import cB_to_freq, freq_to_zipf, get_frequency_list

    found = set()
    for index, bucket in enumerate(get_frequency_list("en")):
        z = freq_to_zipf(cB_to_freq(-index))
        if z <= COMMON_ZIPF - 0.01:
            break
        found.update(w for w in bucket if w.isascii() and w.isalpha() and w.islower()
                     and (z >= COMMON_ZIPF + 0.01 or _zipf(w) >= COMMON_ZIPF))
    return frozenset(found)
