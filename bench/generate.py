"""Seeded generator of wire-style source articles and drafts for the copydesk benchmark.

Every name is invented from syllables (no seed or bench name is reused). A "world" holds people
(with titles, affiliations and a gender), organizations, places and events; each event is
covered by a few stories that word the same facts differently (datelines, weekdays and dates,
numbers with units, quotes with said-clauses, pronouns). Drafts are renderings of the same
events, with a few injected errors (a misspelled name, a wrong number, a wrong weekday).

    python bench/generate.py --sources 100 --out bench/out/s100
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "j", "k", "kr", "l", "m", "n", "p", "r", "s", "st",
          "t", "tr", "v", "w", "z", "th", "sh", "ch"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ia", "y"]
CODAS = ["", "", "", "n", "r", "l", "s", "m", "x", "v", "nt", "rd"]
SURNAME_ENDS = ["son", "berg", "ova", "ez", "ski", "ard", "ani", "ley", "mont", "ido", "ler", "ton", "ak", "ovic", "ens"]
CITY_ENDS = ["port", "ford", "grad", "ia", "heim", "vale", "mouth", "ton", "burg", "stad", "ora", "wick"]
COUNTRY_ENDS = ["ia", "and", "istan", "ora", "avia", "onia", "ery"]
ORG_KINDS = [("Group", "company"), ("Holdings", "company"), ("Bank", "bank"), ("Airways", "airline"),
             ("Energy", "company"), ("Institute", "research group"), ("Union", "union"), ("Foundation", "charity"),
             ("Motors", "carmaker"), ("Telecom", "operator")]
ROLES = [("Finance Minister", "minister"), ("Defense Minister", "minister"), ("Foreign Minister", "minister"),
         ("Chief Executive", "executive"), ("Chairman", "executive"), ("President", "politician"),
         ("Prime Minister", "politician"), ("spokesperson", "spokesperson"), ("Mayor", "politician"),
         ("General Secretary", "official")]
UNITS = ["jobs", "aircraft", "flights", "employees", "stores", "routes", "vessels", "contracts", "homes", "schools",
         "passengers", "hospitals", "trucks", "plants", "offices"]
TOPICS = ["a merger", "the strike", "new tariffs", "a pipeline deal", "the airport expansion", "the budget",
          "a port upgrade", "the rail link", "water rights", "a data breach", "the fishing quota", "grain exports"]
VERBS = ("build protect review defend sell close expand cut fund replace open audit delay rebuild reform shield "
         "restore finish launch question reject approve negotiate challenge support extend modernise simplify "
         "scrap revisit tighten relax publish investigate sign honour rescue upgrade reopen postpone").split()
NOUNS = ("plan network agreement market fleet reform project budget border contract harbour workforce treaty "
         "schedule license pension tariff subsidy pipeline terminal runway corridor reservoir factory mine "
         "refinery quota ceasefire coalition parliament tribunal verdict audit inquiry strike wage bond loan "
         "currency deficit surplus harvest drought flood bridge tunnel railway highway clinic vaccine "
         "satellite reactor turbine grid cable dam canal warehouse shipyard airport station ferry").split()
ADJS = ("fair urgent reckless necessary historic premature careful costly modest bold fragile generous "
        "unlawful overdue decisive flawed durable painful realistic sensible vague ambitious cautious "
        "binding temporary permanent secret transparent unfair balanced").split()
FRAGMENTS = [
    "we {v} what we can", "nobody asked the {n} workers", "the {a} part is over", "I told {place} that months ago",
    "there was never a {n} on the table", "our {n} is not for sale", "they {v} the {n} and walked away",
    "frankly it is {a}", "every {n} in {place} knows it", "this is about the {n}, not about me",
    "we gave them {num} days", "the {n} speaks for itself", "if the {n} fails we all pay",
    "nothing in the {n} changes that", "my door stays open", "I am not going to {v} anything today",
    "the numbers simply do not add up", "people in {place} deserve a {a} answer", "we will be back in {month}",
    "that {n} belongs to the taxpayers", "ask the {n} committee, not me", "it took {num} years to get here",
    "the {a} {n} was a mistake", "this is a {a} day for {place}", "we expect to {v} the {n} soon",
    "no one should {v} a {n} like this", "the {n} was {v}ed behind closed doors", "I have read every page of the {n}",
    "our crews are exhausted", "the {n} has to come first", "we did not {v} a single {n}", "history will judge this {n}",
]
SAID = ["said", "said on {wd}", "told reporters", "said in a statement", "told a news conference"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AGENCIES = ["Wire", "News Service", "Press"]


def word(rng: random.Random, ends: list[str] | None = None, syllables: int = 2) -> str:
    parts = [rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables - (1 if ends else 0))]
    w = "".join(parts) + (rng.choice(ends) if ends else "")
    return w[0].upper() + w[1:]


@dataclass
class Person:
    first: str
    last: str
    role: str
    kind: str
    org: str  # organization or country name
    gender: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Event:
    id: int
    place: str
    date: dt.date
    topic: str
    people: list[Person]
    org: str
    org_kind: str
    org_base: str
    numbers: list[tuple[int, str]]
    quotes: list[tuple[Person, str]]
    year_founded: int


@dataclass
class World:
    rng: random.Random
    countries: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    orgs: list[tuple[str, str, str]] = field(default_factory=list)  # name, kind noun, base city
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


TRIES = 50  # draws of a name before it is made a syllable longer


def _unique(rng: random.Random, seen: set[str], make) -> str:
    """A name not used yet: `make()`'s, else, once its space is nearly used up (a surname's, about
    28,000, runs out near 100,000 sources), one with more syllables in front (1,890 syllables each:
    combinatorial). The same seed gives the same names; archives too small to fill a space are
    unchanged by the fallback."""
    for tries in range(100 * TRIES):
        w = make()
        for _ in range(tries // TRIES):
            w = _syllable(rng).capitalize() + w.lower()
        if w.lower() not in seen and len(w) >= 4:
            seen.add(w.lower())
            return w
    raise RuntimeError("name space exhausted")


def _syllable(rng: random.Random) -> str:
    return rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)


def make_world(n_sources: int, seed: int = 7) -> World:
    rng = random.Random(seed)
    w = World(rng)
    seen: set[str] = set()
    n_events = max(1, n_sources // 3)
    w.countries = [_unique(rng, seen, lambda: word(rng, COUNTRY_ENDS)) for _ in range(max(4, n_events // 40))]
    w.cities = [_unique(rng, seen, lambda: word(rng, CITY_ENDS)) for _ in range(max(6, n_events // 10))]
    for _ in range(max(4, n_events // 3)):
        kind, noun = rng.choice(ORG_KINDS)
        name = _unique(rng, seen, lambda: word(rng, None, rng.choice([2, 3])))
        w.orgs.append((f"{name} {kind}", noun, rng.choice(w.cities)))
    firsts = [_unique(rng, seen, lambda: word(rng, None, 2)) for _ in range(max(20, n_events // 2))]
    for _ in range(max(8, n_events)):
        role, kind = rng.choice(ROLES)
        org = rng.choice(w.orgs)[0] if kind in ("executive", "spokesperson") else rng.choice(w.countries)
        w.people.append(Person(rng.choice(firsts), _unique(rng, seen, lambda: word(rng, SURNAME_ENDS, 2)), role, kind,
                               org, rng.choice(["male", "female"])))
    for i in range(n_events):
        org, org_kind, base = rng.choice(w.orgs)
        people = rng.sample(w.people, 2)
        date = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
        numbers = [(rng.choice([12, 17, 40, 85, 120, 300, 1500, 2400, 7]) + rng.randrange(0, 9), u)
                   for u in rng.sample(UNITS, 2)]
        quotes = [(p, _quote(rng)) for p in people]
        w.events.append(Event(i, rng.choice(w.cities), date, rng.choice(TOPICS), people, org, org_kind, base, numbers,
                              quotes, rng.randrange(1950, 2015)))
    return w


_LEXICON: list[str] = []


def _lexicon() -> list[str]:
    """A few thousand invented lower-case words: the long tail of a real vocabulary."""
    if not _LEXICON:
        rng = random.Random(1234)
        _LEXICON.extend(sorted({word(rng, None, rng.choice([2, 3])).lower() for _ in range(4000)}))
    return _LEXICON


FUNCTION = ["the", "a", "we", "it", "is", "was", "not", "to", "of", "and", "in", "for", "that", "this", "our", "they"]


def _quote(rng: random.Random) -> str:
    """One or two sentences of loosely grammatical words: varied enough that unrelated quotes do not
    look like two wordings of one statement."""
    own = [word(rng).lower() for _ in range(3)]  # words only this statement uses
    lexicon = _lexicon()

    def one() -> str:
        if rng.random() < 0.15:
            words = rng.choice(FRAGMENTS).format(v=rng.choice(VERBS), n=rng.choice(NOUNS), a=rng.choice(ADJS),
                                                 month=rng.choice(MONTHS), place=rng.choice(own).capitalize(),
                                                 num=rng.randrange(3, 90)).split()
            words += [rng.choice(own), rng.choice(NOUNS)]
        else:
            words = []
        pool = [FUNCTION, NOUNS, VERBS, ADJS, own, lexicon]
        for _ in range(rng.randrange(5, 10)):
            words.append(rng.choice(rng.choices(pool, weights=[4, 1, 1, 1, 1, 6])[0]))
        rng.shuffle(words)
        text = " ".join(words)
        return text[0].upper() + text[1:]
    return f"{one()}. {one()}" if rng.random() < 0.6 else one()


def _title(p: Person) -> str:
    if p.kind in ("executive", "spokesperson"):
        return f"{p.org} {p.role}"
    return f"{p.org}n {p.role}" if not p.org.endswith("n") else f"{p.org} {p.role}"


def render(ev: Event, rng: random.Random, style: int, errors: dict | None = None) -> str:
    """One story about `ev`, worded by `style` and `rng`. `errors` injects draft mistakes."""
    errors = errors or {}
    wd = WEEKDAYS[ev.date.weekday()] if "weekday" not in errors else errors["weekday"]
    month_day = f"{MONTHS[ev.date.month - 1]} {ev.date.day}"
    a, b = ev.people
    a_last = errors.get("name", a.last)
    pa, pb = ("he" if a.gender == "male" else "she"), ("he" if b.gender == "male" else "she")
    if "pronoun" in errors:
        pb = "she" if pb == "he" else "he"
    (n1, u1), (n2, u2) = ev.numbers
    n1 = errors.get("number", n1)
    said = rng.choice(SAID).format(wd=wd)
    lines = []
    dateline = f"{ev.place.upper()}, {month_day} ({rng.choice(AGENCIES)}) – "
    if style % 3 == 0:
        lines.append(dateline + f"{_title(a)} {a.first} {a_last} will meet {b.first} {b.last} in {ev.place} on {wd} "
                     f"to discuss {ev.topic}, officials said.")
    elif style % 3 == 1:
        lines.append(dateline + f"{a.first} {a_last}, the {_title(a)}, said on {wd} that talks on {ev.topic} with "
                     f"{ev.org} would resume in {ev.place}.")
    else:
        lines.append(dateline + f"Talks on {ev.topic} between {ev.org} and {_title(a)} {a.first} {a_last} opened in "
                     f"{ev.place} on {wd}, {month_day}.")
    q0, q1 = ev.quotes
    lines.append(f"“{q0[1]},” {a_last} {said}.")
    plan = rng.choice(["would add", "plans to cut", "expects to hire", "will retire", "aims to open", "hopes to lease",
                       "intends to sell", "could lose"])
    when = rng.choice(["this year", f"by {rng.choice(MONTHS)}", "over the next decade", f"before the {rng.choice(NOUNS)} ends",
                       f"in {ev.place}", f"once the {rng.choice(NOUNS)} is {rng.choice(ADJS)}"])
    lines.append(f"{ev.org}, the {ev.org_base}-based {ev.org_kind} founded in {ev.year_founded}, said it {plan} "
                 f"{n1} {u1} {when}.")
    lines.append(rng.choice([f"It had {n2} {u2} in service at the end of {ev.date.year - 1}.",
                             f"Its {rng.choice(NOUNS)} covers {n2} {u2} across {ev.place}.",
                             f"A filing showed {n2} {u2} under the {rng.choice(NOUNS)} it runs with {b.last}."]))
    lines.append(f"{_title(b)} {b.first} {b.last} arrived on {wd}. “{q1[1]},” {pb} said.")
    lines.append(f"{b.last} said {pb} expected the {rng.choice(NOUNS)} to be {rng.choice(ADJS)} and that "
                 f"{ev.org} had {n1} {u1} in its {rng.choice(NOUNS)} {rng.choice(['plans', 'forecast', 'filing', 'bid'])}.")
    lines.append(f"{a_last} has said {pa} wants a {rng.choice(ADJS)} {rng.choice(NOUNS)} for {ev.place}.")
    filler = [f"Analysts said the {rng.choice(NOUNS)} could prove {rng.choice(ADJS)} for the region.",
              f"The {rng.choice(NOUNS)} was first proposed three years ago and has been {rng.choice(ADJS)} since.",
              f"Officials did not say whether the {rng.choice(NOUNS)} would change before the {rng.choice(NOUNS)}.",
              f"Shares in {ev.org} were little changed on {wd}.",
              f"Critics called the {rng.choice(NOUNS)} {rng.choice(ADJS)} and asked for a {rng.choice(NOUNS)} review."]
    rng.shuffle(filler)
    lines.extend(filler[: 3 + style % 3])
    return "\n\n".join(lines) + "\n"


def write_sources(n: int, out: Path, seed: int = 7) -> tuple[World, list[Path]]:
    """`n` source articles under `out` (about 3 stories per event); returns the world and the files."""
    world = make_world(n, seed)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + 1)
    files = []
    for i in range(n):
        ev = world.events[i % len(world.events)]
        path = out / f"src_{i:05d}.txt"
        text = f"date {ev.date.isoformat()}\n\n" + render(ev, rng, i)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        files.append(path)
    return world, files


def misspell(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(name) - 1)
    letters = "aeiourstnl"
    c = rng.choice([x for x in letters if x != name[i].lower()])
    return name[:i] + c + name[i + 1 :]


def make_draft(world: World, words: int, seed: int = 11, n_errors: int = 3) -> str:
    """A draft of about `words` words: renderings of the world's events, a few with an injected error."""
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    kinds = ["name", "number", "weekday"]
    injected = 0
    i = 0
    while count < words:
        ev = world.events[rng.randrange(len(world.events))]
        errors: dict = {}
        if injected < n_errors and i % 4 == 1:
            kind = kinds[injected % len(kinds)]
            if kind == "name":
                errors["name"] = misspell(ev.people[0].last, rng)
            elif kind == "number":
                errors["number"] = ev.numbers[0][0] + 3
            else:
                errors["weekday"] = WEEKDAYS[(ev.date.weekday() + 2) % 7]
            injected += 1
        text = render(ev, rng, rng.randrange(3), errors)
        parts.append(text)
        count += len(text.split())
        i += 1
    return "\n".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out" / "gen")
    ap.add_argument("--draft-words", type=int, default=0, help="also write draft.txt of about this many words")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    world, files = write_sources(args.sources, args.out / "sources", args.seed)
    print(f"{len(files)} sources in {args.out / 'sources'}")
    if args.draft_words:
        (args.out / "draft.txt").write_text(make_draft(world, args.draft_words), encoding="utf-8")
        print(f"draft in {args.out / 'draft.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
