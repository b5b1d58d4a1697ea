"""The abbreviations clocks are written in ("NZDT", "CEST", "AKST"), from the IANA time-zone
database that `zoneinfo` reads (the system's, else the `tzdata` package's): world knowledge, so
that a time "3.30pm NZDT" is known to be on another clock than "2.30am GMT"."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import lru_cache


@lru_cache(maxsize=1)
def clock_abbreviations() -> frozenset[str]:
    """Every abbreviation of a zone's winter or summer time this year, in capitals ("NZDT").
    Reading the database costs ~0.5 s, so a check asks only for a zone it does not already know."""
    year = dt.date.today().year
    found: set[str] = set()
    for key in zoneinfo.available_timezones():
        try:
            zone = zoneinfo.ZoneInfo(key)
        except (OSError, ValueError, zoneinfo.ZoneInfoNotFoundError):
            continue
        for month in (1, 7):
            name = dt.datetime(year, month, 15, tzinfo=zone).tzname()
            if name and name.isalpha() and name.isupper():
                found.add(name)
    return frozenset(found)
