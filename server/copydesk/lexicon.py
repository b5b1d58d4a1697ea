"""Generic English word lists the extractors rely on. No names: every fact comes from sources."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Weekdays shortened, as listings and tables write them before a date ("Thu 7 May", "Tues., March 3").
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                         "sun": 6}


def weekday_index(word: str) -> int:
    """The weekday a name or its abbreviation gives: "Thursday" and "Thu." are 3."""
    lower = word.lower().rstrip(".")
    return WEEKDAYS.index(lower) if lower in WEEKDAYS else WEEKDAY_ABBREVIATIONS[lower]


def weekday_written_like(i: int, like: str) -> str:
    """Weekday `i` written as `like` writes its weekday: "Friday" for "Thursday", "Fri" for "Thu"."""
    full = WEEKDAYS[i].capitalize()
    lower = like.lower().rstrip(".")
    if lower in WEEKDAYS or lower not in WEEKDAY_ABBREVIATIONS:
        return full
    short = next(a for a, k in WEEKDAY_ABBREVIATIONS.items() if k == i and (len(a) == len(lower) or len(a) == 3))
    return short.capitalize()
MONTH_ABBREVIATIONS = ["jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"]
# Weekday and month names: the value a date check compares, never what makes two clauses alike.
DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTH_NAMES) | frozenset(MONTH_ABBREVIATIONS)

# Clauses, as the checks read them: the marks that end one (a comma only before a space, so
# "1,000" stays whole), and the words that open another event ("announced on Monday after cracks
# were found": the finding is not what Monday dates). One pattern for every clause split.
CLAUSE_MARKS = r"[;:()\u2013\u2014]|,\s|\s-\s"
EVENT_OPENERS = r"\b(?:after|before|because|when|while|although|until)\b"

HONORIFICS = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "dr": None, "prof": None,
              "sir": "male", "dame": "female", "lord": "male", "lady": "female", "madam": "female",
              # a peer's style before the name: "Baroness Moss of Tarrow" is Lady Moss (not "Earl"
              # nor "Duke", which are first names too)
              "baroness": "female", "baron": "male", "viscountess": "female", "countess": "female",
              "marchioness": "female",
              # South Asian English: "Shri Ada Pent", "Smt. Lena Vale", "Kumari Ada Moss"
              "shri": "male", "sri": "male", "smt": "female", "shrimati": "female", "kumari": "female",
              # styles of clergy and office: "the Rev Ada Moss", "Fr Ivo Pent", "the Rt Hon Lena Vale"
              "rev": None, "revd": None, "reverend": None, "fr": "male", "hon": None,
              "ven": None, "venerable": None,  # an archdeacon: "the Ven Ada Moss"
              # other languages' honorifics as English copy keeps them: "Monsieur Ivo Pent", "Frau Moss"
              "monsieur": "male", "madame": "female", "mme": "female", "mademoiselle": "female", "mlle": "female",
              "herr": "male", "frau": "female", "señor": "male", "señora": "female", "senor": "male",
              "senora": "female", "señorita": "female", "signor": "male", "signora": "female",
              "senhor": "male", "senhora": "female",
              # one who made the pilgrimage, as Nigerian and Gulf copy styles them: "Alhaji Ivo Pent"
              "alhaji": "male", "alhaja": "female", "hajiya": "female"}
# Styles of address, with the words that grade them: "His Royal Highness Ivo Pent", "Her
# Excellency Ada Moss", "His Majesty King Ivo": how one is addressed, no part of the name
STYLES_OF_ADDRESS = frozenset({"highness", "excellency", "majesty", "holiness", "eminence", "lordship", "ladyship"})
STYLE_EPITHETS = frozenset({"royal", "imperial", "serene"})
# Words that grade a style before it: "the Most Rev", "the Rt Rev", "the Very Rev", "the Right Hon"
STYLE_GRADES = {"most", "rt", "right", "very"}

# Ranks and offices abbreviated before a name ("Lt. Ada Moss", "Det. Ivo Pent"): the word each stands for.
RANK_ABBREVIATIONS = {
    "lt": "lieutenant", "sgt": "sergeant", "capt": "captain", "det": "detective", "insp": "inspector",
    "supt": "superintendent", "col": "colonel", "gen": "general", "adm": "admiral", "cmdr": "commander",
    "cdr": "commander", "gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
    "cllr": "councillor", "cr": "councillor", "crs": "councillor", "ch": "chief",  # "Cr Ada Moss" (Australian)
    "cpl": "corporal", "lcpl": "lance corporal", "pte": "private", "pvt": "private", "maj": "major",
    "brig": "brigadier", "cpt": "captain", "cmdre": "commodore",  # "Cpl Ada Moss", "Maj Gen Ivo Pent"
}

# Compound ranks: a word that makes a rank with the rank word after it ("Petty Officer", "Staff
# Sergeant", "Sergeant Major", "Major General"), not a nationality or a name before it.
RANK_COMPOUNDS = {
    "petty": {"officer"}, "warrant": {"officer"}, "lance": {"corporal", "sergeant", "bombardier"},
    "staff": {"sergeant"}, "colour": {"sergeant"}, "color": {"sergeant"}, "master": {"sergeant"},
    "regimental": {"sergeant"}, "company": {"sergeant"}, "quartermaster": {"sergeant"}, "command": {"sergeant"},
    "first": {"sergeant", "lieutenant"}, "second": {"lieutenant"}, "sub": {"lieutenant"},
    "flight": {"lieutenant", "sergeant"}, "squadron": {"leader"}, "wing": {"commander"}, "group": {"captain"},
    "air": {"marshal", "commodore"}, "rear": {"admiral"}, "major": {"general"},
    "sergeant": {"major"}, "drum": {"major"}, "pipe": {"major"},
}
# what grades a rank after it, before a number ("Warrant Officer Class 1 Ivo Pent")
RANK_GRADES = {"class", "grade"}

PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}
SUBJECT_PRONOUNS = {"he": "male", "she": "female", "they": None, "it": "thing"}
POSSESSIVE_DETERMINERS = {"my", "your", "his", "her", "its", "our", "their"}
DETERMINERS = {"a", "an", "the", "this", "that"} | POSSESSIVE_DETERMINERS  # what opens a noun phrase

# Role words: what a title is made of. Portfolios qualify ministers and secretaries.
ROLE_HEADS = {
    "minister", "president", "chancellor", "premier", "secretary", "chairman", "chairwoman", "chair",
    "chairperson", "executive", "officer", "director", "spokesman", "spokeswoman", "spokesperson",
    "governor", "mayor", "senator", "ambassador", "commissioner", "envoy", "king", "queen", "prince",
    "princess", "emir", "sultan", "sheikh", "pope", "judge", "justice", "attorney", "prosecutor",
    "general", "admiral", "colonel", "commander", "captain", "lieutenant", "sergeant", "founder",
    "corporal", "brigadier", "commodore", "advocate", "administrator", "co-founder", "ceo", "cfo", "coo", "cto", "treasurer", "speaker", "lawmaker", "legislator",
    "congressman", "congresswoman", "representative", "head", "leader", "chief", "boss", "analyst",
    "economist", "adviser", "advisor", "aide", "official", "editor", "correspondent", "reporter",
    "professor", "manager", "publicist", "lawyer", "partner", "strategist", "deputy", "counterpart", "diplomat", "negotiator",
    "inspector", "superintendent", "provost", "dean", "rector", "bishop", "archbishop", "rabbi", "imam",
    "cardinal", "mp", "mep", "regulator", "researcher", "scientist", "owner",
    "investor", "shareholder", "trustee", "president-elect", "vice-president", "vice-chairman",
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "assemblyman", "assemblywoman",
    "coach", "striker", "goalkeeper", "midfielder", "defender", "constable", "detective", "recorder", "coroner",
    "magistrate", "barrister", "solicitor", "clerk", "headteacher", "headmaster", "headmistress", "registrar",
    "curator", "organiser", "organizer", "convenor", "convener",  # a union's or a campaign's officers
    # professions: a title's head, and with "chief" or "head" before them a post ("chief nurse")
    "nurse", "surgeon", "doctor", "physician", "midwife", "paramedic", "pharmacist", "teacher", "forecaster",
    "engineer", "architect", "accountant", "pilot", "caddie", "winger", "firefighter", "referee", "umpire",
    "principal", "agronomist", "ranger", "lifeguard", "skipper", "coxswain", "harbourmaster", "veterinarian",  # a school's head, field and sea trades
    "radiographer", "physiotherapist", "dentist", "optometrist", "technician",  # health and laboratory trades
    "lecturer", "tutor", "instructor", "librarian", "historian", "physicist", "chemist", "statistician",  # academic posts
    "arbiter", "steward", "grandmaster", "master",  # a game's officials and titles: "Arbiter Ada Moss"
    "commandant", "collector",  # a force's and a district's heads ("Commandant Ada Pent")
    "ombudsman", "ombudswoman", "ombudsperson", "auditor", "comptroller", "sheriff", "marshal", "warden",
    "lord-lieutenant",  # the Crown's representative in a county, beside its High Sheriff
    "chaplain", "vicar", "priest", "pastor",  # offices a source capitalizes ("the Ombudsman found")
    "canon", "archdeacon", "deacon", "curate", "monsignor",  # clergy: "Canon Ada Moss"
    "member",  # a seat on a body: "Cabinet Member for Environment", "a member of the board"
    "counsel",  # a company's lawyer: "Ossamer's general counsel"
    # trades and arts, written before a name as titles are ("Producer Ada Moss said"): descriptors, no offices
    "agent", "producer", "choreographer", "designer", "composer", "playwright", "actor", "actress", "novelist",
    "photographer", "conductor", "presenter", "broadcaster", "columnist", "campaigner",
    "frontman", "frontwoman", "guitarist", "drummer", "bassist", "vocalist", "keyboardist", "singer",  # a band's
    # parties to a case, as court papers title them ("Plaintiff Ada Moss", "Plaintiffs Moss and Pent")
    "plaintiff", "plaintiffs", "defendant", "defendants", "claimant", "claimants", "appellant", "respondent",
    "petitioner",
    # a team's positions written before a name as a title ("Batsman Ada Moss"), none of them a surname's word
    "batsman", "batswoman", "wicketkeeper", "all-rounder", "quarterback", "linebacker", "fly-half", "scrum-half",
    "jockey", "goalie",
}
_SPECIALIST = ("ologist", "iatrist")
# Trades a person is described by ("Ada Moss, a pharmacist,"): descriptors, not offices, and one
# person's trade excludes another's unless one is a kind of the other (below). Lower case only in a
# draft, as many are also surnames ("Ada Farmer").
TRADES = frozenset({
    "nurse", "midwife", "doctor", "physician", "surgeon", "gp", "paramedic", "pharmacist", "dentist",
    "optician", "optometrist", "radiographer", "physiotherapist", "vet", "veterinarian", "carer",
    "teacher", "schoolteacher", "tutor", "instructor", "librarian", "student",
    "scientist", "researcher", "physicist", "chemist", "statistician", "historian", "agronomist",
    "engineer", "technician", "mechanic", "electrician", "plumber", "joiner", "carpenter", "builder",
    "bricklayer", "labourer", "laborer", "welder", "surveyor", "architect", "accountant",
    "farmer", "fisherman", "gardener", "ranger", "lifeguard", "firefighter", "pilot", "driver", "postman",
    "chef", "cook", "baker", "butcher", "waiter", "waitress", "hairdresser", "cleaner", "shopkeeper", "publican",
    "journalist", "photographer", "writer", "novelist", "poet", "artist", "painter", "sculptor", "designer",
    "musician", "singer", "actor", "actress", "dancer", "developer", "solicitor", "barrister", "lawyer",
    # a player's position, as sports copy describes a player ("defender Ada Moss", "Tarrow batsman Ivo Pent")
    "goalkeeper", "defender", "centre-back", "center-back", "full-back", "fullback", "left-back", "right-back",
    "wing-back", "midfielder", "winger", "striker", "forward", "centre-forward", "center-forward",
    "batsman", "batter", "bowler", "wicketkeeper", "wicket-keeper", "all-rounder", "seamer", "spinner", "paceman",
    "off-spinner", "leg-spinner", "fly-half", "scrum-half", "flanker",
})
# The trades a more general one names ("a surgeon" is a doctor, "a novelist" a writer): one person
# may be called by either, though not by two of its kinds ("a joiner" is no plumber).
TRADE_KINDS = {
    "doctor": {"physician", "surgeon", "gp"}, "nurse": {"midwife"}, "teacher": {"schoolteacher", "tutor", "instructor"},
    "scientist": {"researcher", "physicist", "chemist", "statistician", "agronomist"},
    "researcher": {"scientist", "physicist", "chemist", "statistician", "historian", "agronomist"},
    "engineer": {"technician", "mechanic"}, "lawyer": {"solicitor", "barrister"},
    "builder": {"joiner", "carpenter", "bricklayer", "labourer", "laborer", "welder", "plumber", "electrician"},
    "writer": {"journalist", "novelist", "poet"}, "artist": {"painter", "sculptor", "designer", "photographer"},
    "musician": {"singer"}, "chef": {"cook"}, "cook": {"chef"}, "joiner": {"carpenter"}, "carpenter": {"joiner"},
    "vet": {"veterinarian"}, "veterinarian": {"vet"}, "optician": {"optometrist"}, "optometrist": {"optician"},
    "actor": {"actress"}, "actress": {"actor"}, "waiter": {"waitress"}, "waitress": {"waiter"},
    "defender": {"centre-back", "center-back", "full-back", "fullback", "left-back", "right-back", "wing-back"},
    "midfielder": {"winger"}, "forward": {"striker", "winger", "centre-forward", "center-forward"},
    "striker": {"centre-forward", "center-forward", "forward"},
    "batsman": {"batter", "all-rounder", "wicketkeeper", "wicket-keeper"}, "batter": {"batsman", "all-rounder"},
    "bowler": {"seamer", "spinner", "paceman", "all-rounder", "off-spinner", "leg-spinner"},
    "spinner": {"off-spinner", "leg-spinner"}, "seamer": {"paceman"}, "wicketkeeper": {"wicket-keeper"},
}


# The trades a specialist is one of: a neurologist is a doctor, a geologist a scientist.
SPECIALISTS_ARE = {"doctor", "physician", "scientist", "researcher", "consultant", "specialist"}


def is_specialist(word: str) -> bool:
    """A specialist's field by its form ("neurologist", "epidemiologist", "psychiatrist"): an open
    class of role nouns, and fields exclude each other as offices do."""
    return len(word) > 8 and word.endswith(_SPECIALIST)


def is_role_noun(word: str) -> bool:
    """A word that can head a title ("minister", "neurologist"); `word` in lower case."""
    return word in ROLE_HEADS or is_specialist(word)


def role_parts(word: str) -> list[str]:
    """A word's parts as a title reads them: "Director-General" -> director, general; a role noun
    written with its hyphen ("vice-chancellor", "centre-back") or any other word is one part."""
    low = word.lower().strip(".")
    for h in ("\u2010", "\u2011"):  # a hyphen, a non-breaking hyphen
        low = low.replace(h, "-")
    return [p for p in low.split("-") if p] if "-" in low and not is_role_noun(low) and low not in TRADES else [low]


TITLE_TAILS = {"charge"}  # "Special Agent in Charge", "Officer in Charge": a title goes on after "in"

ROLE_MODIFIERS = {
    "prime", "vice", "deputy", "shadow", "acting", "interim", "former", "then", "chief", "executive", "general",
    "foreign", "defense", "defence", "interior", "home", "finance", "financial", "economy", "economic",
    "trade", "justice", "health", "education", "energy", "environment", "agriculture", "transport",
    "labor", "labour", "culture", "tourism", "security", "intelligence", "national", "state", "affairs",
    "communications", "digital", "industry", "commerce", "housing", "treasury", "operating", "technology",
    "technical", "managing", "senior", "junior", "associate", "assistant", "principal", "lead", "top",
    "union", "party", "board", "cabinet", "military", "army", "navy", "police", "fire", "press",
    "public", "foreign-affairs", "sports", "science", "research", "development", "regional", "local",
    "federal", "supreme", "high", "grand", "crown", "attorney", "solicitor", "secretary", "minister",
    "ex", "outgoing", "incoming", "founding", "co", "budget", "planning", "water", "mining",
    "oil", "petroleum", "information", "immigration", "veterans", "social", "welfare", "women",
    "detective", "circuit", "divisional", "special",  # "Special Agent", "special adviser"
    "designate", "elect",  # after the head: "Principal Conductor Designate", "President Elect"
    "returning", "presiding", "commanding", "investigating",  # "Returning Officer", "Senior Investigating Officer"
    "commercial", "marketing", "sales", "operations", "creative", "editorial", "medical", "clinical", "nursing",
    "artistic", "musical",  # a department's head: "Commercial Director", "Artistic Director"
}
# capitalized words that are no name, whatever their capital: months, weekdays, honorifics, office words
NOT_NAMES = set(MONTH_NAMES) | set(WEEKDAYS) | set(HONORIFICS) | ROLE_HEADS | ROLE_MODIFIERS
# offices that take a portfolio: after "for" ("the minister for emergency management") or as a
# capitalized word before them ("Industries Minister"); a spokeswoman "for the union" speaks for a
# body, she holds no portfolio; a council's "cabinet member for housing" holds one too
PORTFOLIO_HEADS = {"minister", "ministers", "secretary", "commissioner", "spokesperson", "member"}
# posts that take a field after "in" as others take one after "of": "a senior lecturer in astrophysics"
FIELD_HEADS = {"lecturer", "professor", "researcher", "tutor", "instructor"}
# Roles that exclude each other: a person holds one of these at a time (per affiliation).
OFFICE_HEADS = {
    "minister", "president", "chancellor", "premier", "secretary", "chairman", "chairwoman", "chair",
    "chairperson", "executive", "officer", "director", "spokesman", "spokeswoman", "spokesperson",
    "governor", "mayor", "senator", "ambassador", "commissioner", "king", "queen", "emir", "sultan",
    "pope", "judge", "attorney", "prosecutor", "general", "admiral", "colonel", "commander", "founder",
    "ceo", "cfo", "coo", "cto", "treasurer", "speaker", "congressman", "congresswoman", "analyst",
    "economist", "professor", "lecturer", "editor", "lawyer", "publicist", "councillor", "councilor", "councilman", "councilwoman",
    "alderman", "coach", "manager", "captain", "lieutenant", "sergeant", "inspector", "superintendent", "constable",
    "corporal", "brigadier", "commodore", "major",  # "major": the rank, as a title before a name gives it
    "clerk", "headteacher", "headmaster", "headmistress", "registrar", "curator", "referee", "umpire",
    "counsel", "sheriff", "lord-lieutenant", "organiser", "organizer", "convenor", "convener",
}
ROLE_SYNONYMS = {
    "ceo": "chief executive", "chief executive officer": "chief executive", "cfo": "chief financial officer",
    "coo": "chief operating officer", "cto": "chief technology officer", "chairwoman": "chairman",
    "chairperson": "chairman", "chair": "chairman", "spokeswoman": "spokesperson", "spokesman": "spokesperson",
    "premier": "prime minister", "advisor": "adviser", "defence": "defense",
    # a press office's titles are a spokesperson's
    "public information officer": "spokesperson", "press officer": "spokesperson", "press secretary": "spokesperson",
    "communications officer": "spokesperson", "media officer": "spokesperson", "public affairs officer": "spokesperson",
}
PERSON_NOUNS = ROLE_HEADS | {
    "man", "woman", "people", "person", "official", "officials", "source", "sources", "expert", "witness",
    "resident", "activist", "journalist", "lawmaker", "aide", "member", "employee", "worker", "pilot",
    "father", "mother", "son", "daughter", "wife", "husband", "friend", "colleague", "student", "teacher",
    # a peer's style before "of" and the title's place: "the Duchess of Marrowholme said"
    "duke", "duchess", "earl", "countess", "marquess", "marchioness", "viscount", "viscountess", "baron", "baroness",
}
GENDERED_NOUNS = {
    "spokeswoman": "female", "spokesman": "male", "chairwoman": "female", "congresswoman": "female",
    "congressman": "male", "businesswoman": "female", "businessman": "male", "actress": "female",
    "king": "male", "queen": "female", "prince": "male", "princess": "female", "widow": "female",
    "duke": "male", "duchess": "female", "earl": "male", "marquess": "male", "viscount": "male",
    "widower": "male", "mother": "female", "father": "male", "wife": "female", "husband": "male",
    "daughter": "female", "son": "male", "sister": "female", "brother": "male",
    "niece": "female", "nephew": "male", "granddaughter": "female", "grandson": "male",
    "grandmother": "female", "grandfather": "male", "aunt": "female", "uncle": "male",
    "stepdaughter": "female", "stepson": "male", "stepmother": "female", "stepfather": "male",
}
# words that rank a person within a group, not by trade: "the youngest baker in the series" is a
# contestant, whatever her trade
RANKING_WORDS = frozenset({
    "youngest", "oldest", "eldest", "best", "worst", "first", "last", "only", "latest", "newest", "fastest",
    "slowest", "tallest", "shortest", "highest", "lowest", "biggest", "greatest", "top", "leading",
})
# Whom a person's possessive names beside them ("Isolde's parents", "her lawyer"): people of their own.
KIN_NOUNS = {
    "parent", "parents", "family", "families", "relative", "relatives", "children", "siblings", "brother",
    "brothers", "sister", "sisters", "mother", "father", "mum", "dad", "wife", "husband", "son", "sons",
    "daughter", "daughters", "partner", "widow", "widower", "grandmother", "grandfather", "uncle", "aunt",
    "cousin", "fiancee", "fiancé", "fiance", "friend", "friends", "lawyer", "lawyers", "solicitor", "agent",
}
# Head words that make a capitalized phrase an organization.
ORG_WORDS = {
    "group", "ministry", "department", "agency", "association", "union", "council", "commission",
    "committee", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "gmbh", "ag", "sa", "bank",
    "fund", "university", "college", "institute", "foundation", "party", "airways", "airlines", "air",
    "research", "partners", "holdings", "capital", "media", "news", "times", "post", "journal", "press",
    "radio", "television", "tv", "network", "organization", "organisation", "office", "authority",
    "court", "parliament", "senate", "congress", "assembly", "army", "navy", "police", "service",
    "services", "bureau", "board", "federation", "league", "club", "society",
    "systems", "technologies", "technology", "labs", "motors", "energy", "pharma", "industries",
    "international", "global", "trust", "coalition", "alliance", "front", "movement", "government",
    "administration", "cabinet", "church", "hospital", "school", "museum", "exchange", "markets",
}
ORG_WORDS |= {"clinic", "centre", "center", "chamber", "shipping", "logistics", "pharmaceuticals", "biologics",
              "therapeutics", "lines", "railway", "railways", "foods", "brewery", "studios", "records", "firm",
              "agencies", "ministries", "charity", "institution", "academy", "observatory", "laboratories",
              "resources", "mining", "minerals", "metals", "petroleum", "insurance", "investments", "ventures",
              "resource", "mineral", "metal", "investment", "venture", "clinics", "centres", "centers"}
ORG_WORDS |= {"guild", "syndicate", "cooperative", "consortium", "brotherhood", "airway", "airline", "holding", "system", "lab", "motor", "industry", "service", "market", "technologie", "team", "trust", "hospital", "school", "brigade", "squad", "unit", "taskforce"}

# A company's legal form after its name, as written ("Velmar Foods Inc", "Greyquill Energie GmbH"), a
# form written with marks ("A/S", "S.p.A.") as its letters: the name without it is the same company's.
LEGAL_FORMS = frozenset({
    *((w,) for w in ("Inc", "Incorporated", "Ltd", "Limited", "LLC", "LLP", "plc", "PLC", "Plc", "GmbH", "AG", "SA",
                     "NV", "BV", "ApS", "ASA", "AS", "AB", "Oyj", "Oy", "SpA", "SE", "KK", "SAS", "SL", "Corp")),
    ("A", "S"), ("K", "S"), ("S", "A"), ("N", "V"), ("B", "V"), ("S", "L"), ("S", "p", "A"), ("S", "A", "S"),
    ("Pty", "Ltd"), ("Co", "Ltd"),
})
# legal forms, sports clubs' letters and tours after a name ("Castor FC", "Velmar BV", "Pike LLP", "the Meridian Tour")
ORG_WORDS |= {"gazette", "herald", "chronicle", "courier", "tribune", "observer", "telegraph"}  # newspapers
ORG_WORDS |= {"sports", "sport", "apparel", "outfitters", "wire", "films", "film", "pictures", "picture", "productions",
              "production", "entertainment", "publishing", "broadcasting"}  # brands, studios, wires
ORG_WORDS |= {"operations"}  # a division: "European Operations", "Special Operations"
ORG_WORDS |= {"watch", "forum", "campaign", "initiative", "partnership", "collective", "watchdog"}  # campaigners:
# "Tarrow Passenger Watch", "the Velmar Housing Forum"
ORG_WORDS |= {"tramways", "tramway", "waterways", "highways", "transit", "buses", "coaches", "trains",
              "ferries"}  # operators: "Tarrow Tramways", "Velmar Coaches"
ORG_WORDS |= {"securities", "equities", "associates", "brokerage", "consulting", "consultants", "management",
              "advisory"}  # finance houses and consultancies: "Hexan Securities", "Tarrow Asset Management"
ORG_WORDS |= {"tour", "fc", "afc", "rfc", "cf", "llp", "lp", "pty", "bv", "nv", "spa", "srl", "oyj", "asa", "kk", "co"}
ORG_WORDS |= {"cycling", "racing", "athletics", "rowing", "motorsport", "zoo", "aquarium"}  # teams and zoos:
# "Ardentia Cycling", "Zoo Varnstad"
ORG_WORDS |= {"drilling", "engineering", "construction", "builders", "developments", "properties", "haulage", "freight",
              "trading", "exports", "electronics", "semiconductors", "chemicals", "textiles", "aerospace", "automotive",
              "telecom", "telecoms", "communications", "solutions", "software", "analytics", "robotics", "biotech",
              "healthcare", "dairies", "fisheries", "forestry", "distillers", "distillery", "brewing", "brewers",
              "utilities", "quarries", "steelworks", "shipyard", "shipbuilders", "dynamics", "infirmary", "hospice",
              "shelter", "larder", "pantry", "foodbank", "refuge", "hostel"}  # trades and institutions that name bodies:
# "Brekkvold Drilling", "Tarrow Engineering" (words no one's surname is)
ORG_WORDS |= {"mutual", "assurance", "reinsurance", "underwriters", "bancorp", "bancshares"}  # insurers and
# banks: "Harn Mutual", "Velmar Assurance"
# Head words that make a capitalized phrase a place.
COMPASS_WORDS = {  # a name they open is a region, not a person: "East Halden", "North Tarrow"
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "north-east", "north-west",
    "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "central", "upper", "lower",
}
PLACE_WORDS = {
    "city", "county", "state", "province", "island", "islands", "river", "valley", "bay", "port", "street",
    "avenue", "square", "district", "region", "republic", "kingdom", "mountains", "mountain", "lake", "sea",
    "ocean", "gulf", "coast", "peninsula", "strait", "canal", "airport", "station", "park", "bridge", "road",
    "town", "village", "heights", "hills", "beach", "harbour", "harbor", "desert", "forest", "plain", "plains",
    "reservoir", "moor", "moors", "crag", "fell", "dam", "estate", "ward", "borough", "parish", "glen", "loch",
    "point", "cove", "quay", "pier", "wharf", "headland",
}
PLACE_WORDS |= {"stadium", "arena", "casino", "racecourse", "velodrome"}  # venues: "the Grand Bastion Casino", no one's name
# Words that open a place's name: "Port Averill", "Mount Tarrow", "Lake Halden", "Isle of Tarn".
PLACE_OPENERS = {"port", "mount", "mt", "fort", "lake", "cape", "isle", "glen", "loch", "lough"}
# The last word of a street's name, after the house's number: "14 Thrushbeck Lane", "22 Orrin St".
STREET_WORDS = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "close", "row", "walk", "terrace",
                "gardens", "way", "drive", "dr", "place", "court", "crescent", "quay", "square", "mews", "grove",
                "hill", "parade", "boulevard", "blvd", "wharf", "green", "rise", "view", "yard"}
# Place nouns that name the place after "of": "the island of Innis Corra", "the town of Halden".
PLACE_OF_NOUNS = {"island", "isle", "town", "city", "village", "county", "region", "province", "state", "district",
                  "borough", "parish", "hamlet", "port", "municipality", "principality", "kingdom", "republic"}
# Vessels whose name may follow in apposition ("the trawler Velmar Gale"): a boat, no one's name.
VESSEL_NOUNS = {"trawler", "tanker", "yacht", "vessel", "liner", "freighter", "schooner", "lifeboat", "frigate",
                "warship", "dredger", "tug", "steamer", "ketch", "catamaran"}
# Common nouns that introduce an organization or place in apposition: "the newspaper X".
ORG_NOUNS = {
    "company", "firm", "group", "newspaper", "agency", "carrier", "airline", "bank", "organization",
    "organisation", "nonprofit", "non-profit", "channel", "broadcaster", "network", "website", "outlet",
    "magazine", "daily", "union", "party", "startup", "insurer", "lender", "retailer", "maker",
    "manufacturer", "producer", "operator", "regulator", "ministry", "charity", "consultancy",
    "watchdog", "publisher", "investor", "fund", "institute", "university", "club", "team", "rival",
}
PLACE_PREPOSITIONS = {"in", "to", "from", "at", "near", "across", "into", "via", "toward", "towards"}
# A player's position abbreviated before their name in a stat line ("WR Ada Moss 8 rec, 121 yds",
# "GK Ivo Pent"): the role, not part of the name (no single letters, nor "CB" and "DE" that open firms' names).
POSITION_ABBREVIATIONS = {"qb", "wr", "rb", "te", "lb", "db", "dt", "ol", "ot", "og", "fb", "kr", "ls",
                          "gk", "rhp", "lhp", "dh"}
# Letters after a person's name (honours, offices, degrees, generations): not part of the name.
POSTNOMINALS = {"kc", "qc", "sc", "jp", "dl", "pc", "mp", "msp", "mla", "mep", "td", "obe", "mbe", "cbe", "kbe",
                "dbe", "bem", "cb", "kcb", "gcb", "cvo", "lvo", "mvo", "dso", "dfc", "mc", "vc", "gc", "qpm", "kpm",
                "qfsm", "kfsm", "frs", "freng", "fba", "frcp", "frcs", "phd", "md", "jr", "sr", "ii", "iii", "iv"}
NAME_CONNECTORS = {"of", "de", "du", "da", "das", "dos", "der", "den", "van", "von", "al", "el", "bin",
                   "ibn", "la", "le", "y", "and", "&", "for", "on", "ter", "ten", "zu", "del", "della", "di", "dei"}

# The lower-case particles a family name keeps when written alone ("ten Brinkhorst", "van der Welle")
SURNAME_PARTICLES = NAME_CONNECTORS - {"of", "and", "&", "for", "on", "y"}

# Verbs whose bare count is of people: "an earthquake kills 34", "the plant employs 1,200".
PEOPLE_VERBS = {
    f"{stem}{ending}" for stem in ("kill", "injur", "wound", "evacuat", "arrest", "rescu", "employ", "hir", "detain")
    for ending in ("", "e", "s", "es", "ed", "ing")
} | {"hurt", "hurts", "hurting"}

# Irregular past tenses common in news: after a counted noun they end it ("a 6.8 earthquake struck").
# Irregular past forms and their verbs: "fell" is "fall" when two clauses are compared.
_IRREGULAR_PAST_FORMS = {
    "struck": "strike", "shook": "shake", "rose": "rise", "fell": "fall", "grew": "grow", "took": "take",
    "came": "come", "went": "go", "left": "leave", "began": "begin", "ran": "run", "won": "win", "lost": "lose",
    "sold": "sell", "bought": "buy", "paid": "pay", "made": "make", "said": "say", "told": "tell", "met": "meet",
    "held": "hold", "saw": "see", "brought": "bring", "gave": "give", "kept": "keep", "led": "lead",
    "sent": "send", "spent": "spend", "built": "build", "fled": "flee", "fought": "fight", "caught": "catch",
    "sought": "seek", "spoke": "speak", "broke": "break", "wrote": "write", "drove": "drive", "chose": "choose",
    "froze": "freeze", "stole": "steal", "became": "become", "withdrew": "withdraw", "swept": "sweep",
    "drew": "draw", "threw": "throw", "flew": "fly", "sank": "sink", "tore": "tear", "wore": "wear",
    "stood": "stand",
}
_IRREGULAR_PARTICIPLES = {
    "risen": "rise", "fallen": "fall", "grown": "grow", "taken": "take", "given": "give", "sunk": "sink",
    "flown": "fly", "drawn": "draw", "chosen": "choose", "stolen": "steal", "broken": "break", "spoken": "speak",
    "written": "write", "driven": "drive", "frozen": "freeze", "shaken": "shake",
}
IRREGULAR_LEMMAS = _IRREGULAR_PAST_FORMS | _IRREGULAR_PARTICIPLES
IRREGULAR_PAST = set(_IRREGULAR_PAST_FORMS) | {"hit"}

REPORTING_VERBS = {
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "wrote", "writes",
    "explained", "noted", "insisted", "argued", "warned", "announced", "declared", "claimed", "asserted",
    "replied", "responded", "commented", "continued", "concluded", "promised", "acknowledged", "admitted",
    "recalled", "suggested", "confirmed", "denied", "maintained", "stressed", "emphasized", "emphasised",
    "predicted", "tweeted", "posted", "saying", "adding", "telling", "asked", "asks",
    "urged", "urges", "pleaded", "appealed", "vowed", "pledged", "conceded", "cautioned",
    # the present of profiles and judgments: "He observes that ...: '...'", "she recalls"
    "observes", "observed", "notes", "explains", "recalls", "insists", "argues", "warns", "concludes",
    "remarked", "remarks", "admits", "reflected", "reflects",
    # manners of saying: '"...," Ada Moss joked', "she quipped", "he countered"
    "joked", "jokes", "quipped", "quips", "boasted", "countered", "complained", "mused", "recounted", "laughed",
    # "Ada Moss pointed out that '...'", "she apologised: '...'"
    "pointed", "apologised", "apologized",
    # a participle after the clause of the one who speaks: "Ivo Pent gave it 22%, observing that '...'"
    "noting", "observing", "remarking", "insisting", "arguing", "explaining", "stressing",
}
# Verbs whose object is the one told, not the teller: "Ivo Pent told Radio Tarrow the team spent ...".
TELLING_VERBS = frozenset({"told", "tells", "warned", "warns", "urged", "urges", "reminded", "informed", "assured"})
# Verbs that report a person's view rather than their words: after "Ada Moss forecast ...", a
# quote with only "she said" goes on with Moss, as after "said".
VIEW_VERBS = {"forecast", "forecasts", "estimated", "estimates", "believes", "believed", "thinks", "thought",
              "expects", "expected"}

NUMBER_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
# abbreviated units, as the word they abbreviate folds ("480km" counts what "380 kilometres" does);
# not "m" (million or metres) nor "lb" (a pound is money too)
UNIT_ABBREVIATIONS = {"km": "kilometer", "kms": "kilometer", "mi": "mile", "ft": "foot", "cm": "centimeter",
                      "mm": "millimeter", "kg": "kilogram", "kgs": "kilogram", "ha": "hectare", "sqkm": "square kilometer",
                      "mw": "megawatt", "gw": "gigawatt", "kw": "kilowatt", "kwh": "kilowatt-hour", "mwh": "megawatt-hour",
                      "mph": "mile per hour", "kph": "kilometer per hour", "kmh": "kilometer per hour",
                      "oz": "ounce", "t": "tonne", "p": "pence",  # "41.80p" is "41.80 pence"
                      "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "sec": "second", "secs": "second"}
# Abbreviations that write a unit at a scale: "6.0 MTPA" is six million tonnes a year; a carbon
# account's "129,000 tCO2e" is tonnes (of carbon dioxide or its equivalent), its "1.2 MtCO2e" millions.
SCALED_UNITS = {"mtpa": ("tonne", 1_000_000), "mmtpa": ("tonne", 1_000_000), "mtpy": ("tonne", 1_000_000),
                **{f"{prefix}tco2{e}": ("tonne", scale) for prefix, scale in (("", 1), ("k", 1_000), ("m", 1_000_000),
                                                                             ("g", 1_000_000_000))
                   for e in ("", "e", "eq", "-eq")}}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
# and on to the days of a month: "the twenty-first of June", "thirtieth"
ORDINAL_WORDS |= {f"twenty-{w}": 20 + n for w, n in ORDINAL_WORDS.items() if n < 10} | {"thirtieth": 30,
                                                                                          "thirty-first": 31}
_UNIT_WORDS = {v: k for k, v in NUMBER_WORDS.items() if k != "dozen" and 0 < v < 100} | {1: "one"}
_ORDINALS_BY_VALUE = {v: k for k, v in ORDINAL_WORDS.items()}


def in_words(n: int, ordinal: bool = False) -> str | None:
    """A whole number below 100 as copy spells it ("nine", "twenty-one"; "ninth"), None for others;
    ordinals up to the twentieth."""
    if ordinal:
        return _ORDINALS_BY_VALUE.get(n)
    if not 0 < n < 100:
        return None
    if n in _UNIT_WORDS:
        return _UNIT_WORDS[n]
    return f"{_UNIT_WORDS[n - n % 10]}-{_UNIT_WORDS[n % 10]}"


def ordinal_in_digits(n: int) -> str:
    """5 -> "5th", 22 -> "22nd", 13 -> "13th": an ordinal as figures write it (see `in_words`)."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000}
CURRENCY_SYMBOLS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr", "₪": "ils"}
CURRENCY_WORDS = {
    "dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "pound": "gbp", "pounds": "gbp",
    "sterling": "gbp", "yen": "jpy", "yuan": "cny", "rupees": "inr", "rupee": "inr", "francs": "chf",
    "shekels": "ils", "shekel": "ils", "roubles": "rub", "rubles": "rub", "usd": "usd", "eur": "eur",
    "gbp": "gbp", "kroner": "dkk", "krone": "dkk", "kronor": "sek", "krona": "sek", "zloty": "pln",
    "won": "krw", "krw": "krw", "jpy": "jpy", "cny": "cny", "chf": "chf", "inr": "inr", "rmb": "cny",
    "renminbi": "cny", "real": "brl", "reais": "brl", "brl": "brl", "rand": "zar", "zar": "zar", "pesos": "mxn",
    "peso": "mxn", "lira": "try", "dirhams": "aed", "dirham": "aed", "ringgit": "myr", "baht": "thb",
    "rupiah": "idr", "idr": "idr",
}
# Currencies' names that many countries' money shares, told apart by the nationality before them
# ("Danish crowns", "Egyptian pounds", "Swiss francs"); "dollars" stay dollars, as "$" and "A$" do.
CURRENCY_NOUNS = {"crown", "crowns", "krone", "kroner", "krona", "kronor", "kronur", "franc", "francs", "peso", "pesos",
                  "dinar", "dinars", "rupee", "rupees", "shilling", "shillings", "rand", "lira", "lire", "leu", "lei",
                  "forint", "forints", "koruna", "korunas", "dirham", "dirhams", "riyal", "riyals", "rial", "rials",
                  "yuan", "won", "yen", "ringgit", "baht", "rupiah", "naira", "cedi", "cedis", "pound", "pounds",
                  "zloty", "zlotys", "real", "reais", "rouble", "roubles", "ruble", "rubles", "shekel", "shekels"}
# Letters a currency's figures are written after, joined or spaced ("Dh7.9bn", "RM50 million", "Rp 38.6 trillion")
CURRENCY_PREFIXES = {"dh": "aed", "dhs": "aed", "rm": "myr", "rp": "idr"}
# Three-letter codes written before a figure ("KRW 30,220", "USD 5m"), as CURRENCY_WORDS folds them.
CURRENCY_CODES_BEFORE = {"usd", "eur", "gbp", "jpy", "krw", "cny", "chf", "inr", "brl", "zar", "mxn", "aed",
                         "sek", "dkk", "nok", "pln", "myr", "thb", "hkd", "sgd", "aud", "cad", "nzd", "idr"}
# Every currency a figure may be written in, as the mentions fold it ("gbp", "usd")
CURRENCY_CODES = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values()) | CURRENCY_CODES_BEFORE

# Function words: never part of a name, never the thing a number counts.
FUNCTION_WORDS = set(
    ["a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "it's", "they", "them", "their", "we", "our", "us", "you", "your", "i", "me", "my", "he", "she", "his", "her", "him", "hers", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "by", "to", "from", "with", "without", "within", "into", "onto", "over", "under", "after", "before", "since", "until", "during", "about", "above", "below", "between", "among", "through", "across", "against", "along", "around", "behind", "beyond", "despite", "except", "inside", "outside", "near", "off", "out", "up", "down", "per", "via", "as", "if", "when", "while", "where", "why", "how", "what", "which", "who", "whom", "whose", "whether", "because", "although", "though", "unless", "than", "then", "also", "still", "even", "just", "only", "very", "more", "most", "less", "least", "much", "many", "some", "any", "all", "both", "each", "every", "either", "neither", "no", "not", "none", "other", "others", "another", "such", "same", "own", "few", "several", "can", "could", "may", "might", "must", "shall", "should", "will", "would", "do", "does", "did", "done", "doing", "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "get", "got", "let", "now", "today", "yesterday", "tomorrow", "meanwhile", "however", "moreover", "furthermore", "instead", "indeed", "already", "again", "ago", "later", "earlier", "soon", "once", "twice", "never", "always", "often", "sometimes", "perhaps", "maybe", "yes", "okay", "ok", "like", "unlike", "plus", "minus", "whereas", "thus", "hence", "therefore", "mostly", "mainly", "nearly", "almost", "roughly", "amid"]
)
# Common words that often open a sentence capitalized: at a sentence start they are no name.
COMMON_STARTERS = set(
    ["key", "update", "updated", "updates", "latest", "breaking", "exclusive", "analysis", "opinion", "editorial", "read", "watch", "listen", "new", "old", "first", "last", "next", "previous", "asked", "according", "shareholders", "investors", "analysts", "officials", "sources", "critics", "supporters", "experts", "residents", "unions", "efforts", "reporting", "editing", "media", "speaking", "writing", "following", "together", "asked", "meanwhile", "alright", "overall", "still",
     "dear", "hi", "hello", "thanks", "sincerely", "regards", "yours"]  # a letter's salutation and closing
)

SPELLING_VARIANTS = [
    (re.compile(r"([a-z]{2,})isation"), r"\1ization"), (re.compile(r"([a-z]{2,})ise(s|d)?\b"), r"\1ize\2"),
    (re.compile(r"([a-z]{2,})ising\b"), r"\1izing"), (re.compile(r"([a-z]{2,})our(?=(?:s|ed|ing|ite|ites|able|ably|ful|less|hood|hoods|er|ers|ism)?\b)"), r"\1or"),
    (re.compile(r"([a-z]{2,})tre(s)?\b"), r"\1ter\2"), (re.compile(r"defence"), "defense"),
    (re.compile(r"offence"), "offense"), (re.compile(r"licence"), "license"),
    (re.compile(r"([a-z]+[^aeiou]e)ll(ed|ing|er|ers)\b"), r"\1l\2"), (re.compile(r"programme"), "program"),
    (re.compile(r"catalogue"), "catalog"), (re.compile(r"grey"), "gray"), (re.compile(r"cheque"), "check"),
    (re.compile(r"sceptic"), "skeptic"), (re.compile(r"aeroplane"), "airplane"), (re.compile(r"tyre"), "tire"),
]
_VARIANT_EXCEPTIONS = {"rise", "raise", "wise", "otherwise", "likewise", "precise", "concise", "promise",
                       "premise", "surprise", "enterprise", "exercise", "advertise", "compromise",
                       "expertise", "franchise", "merchandise", "televise", "supervise", "revise",
                       "devise", "advise", "comprise", "despise", "noise", "poise", "praise", "cruise",
                       "hour", "four", "your", "our", "tour", "pour", "sour", "flour", "ours", "yours",
                       "hours", "tours", "detour", "detours", "contour", "contours", "devour", "devours",
                       "velour", "amour", "paramour", "troubadour", "glamour", "dour", "scour", "scours", "centre", "metre", "litre", "theatre", "fibre", "well", "all",
                       "tell", "sell", "fell", "bell", "call", "fall", "full", "will", "still", "kill",
                       "fill", "mill", "hill", "skill", "spell", "till", "wall", "ball", "hall", "small",
                       "tall", "roll", "poll", "toll", "troll", "enroll", "travelled", "cancelled", "labelled"}


MAX_WORD = 40  # letters: longer is no English word with a British spelling


@lru_cache(maxsize=1 << 16)  # pure, and called for every word of every quote and name
def american(word: str) -> str:
    """Fold British spellings onto American ones, so "defence" and "defense" compare equal."""
    w = word.lower()
    if w in ("centre", "metre", "litre", "theatre", "fibre", "travelled", "cancelled", "labelled", "travellers", "traveller"):
        return {"centre": "center", "metre": "meter", "litre": "liter", "theatre": "theater", "fibre": "fiber",
                "travelled": "traveled", "cancelled": "canceled", "labelled": "labeled",
                "travellers": "travelers", "traveller": "traveler"}[w]
    if w in _VARIANT_EXCEPTIONS or len(w) < 5 or len(w) > MAX_WORD:
        return w  # (a 20,000-letter "word" made each suffix pattern below quadratic)
    for rx, repl in SPELLING_VARIANTS:
        w = rx.sub(repl, w)
    return w


def singular(word: str) -> str:
    """A rough singular for matching units: "organizations" -> "organization"."""
    w = word.lower()
    if w == "feet":  # a measure's irregular plural: "22,448 feet" measures what "22,848ft" does
        return "foot"
    if len(w) <= 3 or w.endswith("ss") or w.endswith("us") or w.endswith("is"):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


@lru_cache(maxsize=1 << 16)
def unaccented(word: str) -> str:
    """A word without its diacritics ("Crémant" -> "Cremant", "Łukasz" -> "Lukasz"): two spellings
    of one name, as wire copy that drops accents writes it."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return plain.translate(_UNDECOMPOSED) if not plain.isascii() else plain


# letters with a stroke or a ligature, which Unicode does not decompose, as ASCII writes them
_UNDECOMPOSED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h",
                               "ı": "i", "ß": "ss", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th"})


@lru_cache(maxsize=1 << 16)  # pure, and asked for every word of a draft by several checks
def fold(word: str) -> str:
    """The comparison form of a word: lowercase, American spelling, singular, plain hyphens/apostrophes."""
    w = word.lower().replace("’", "'").replace("\u2011", "-").replace("\u2010", "-")
    if w.endswith("'s"):
        w = w[:-2]
    return singular(american(w))


STOPWORDS = FUNCTION_WORDS | {"said", "says", "say", "will", "would", "told", "mr", "ms", "mrs"}
# the first person's contractions, capitalized as "I" is: "I'd", "I've", no names
FUNCTION_WORDS |= {f"i{q}{end}" for q in "'’" for end in ("d", "ve", "ll", "m")}
STOPWORDS |= FUNCTION_WORDS


_ADJECTIVE_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")  # what makes a place's name its adjective


def lenited(word: str, other: str, name: str) -> bool:
    """Whether two folded words are one Irish or Scottish Gaelic word, one of them lenited (an "h"
    after its first consonant: "Cill" and "Chill", "Baile" and "Bhaile"), as the grammar of a name
    around it mutates it, in a name that writes Gaelic (a vowel with a fada: "Cill Chrionáin")."""
    short, long = sorted((word, other), key=len)
    return len(long) == len(short) + 1 and short[:1] in _LENITABLE and long[:1] == short[:1] and long[1] == "h" \
        and long[2:] == short[1:] and any(c in _FADA for c in name.lower())


_LENITABLE = set("bcdfgmpst")
_FADA = set("áéíóú")


def is_place_adjective(place: str, adjective: str) -> bool:
    """Whether `adjective` is `place` with an ending that makes a place's adjective ("Ardmoria",
    "Ardmorian"; "Velmar", "Velmari"): two forms of one name, whatever the gazetteer knows.
    Both in one case. A Latin "-ica" drops its "a" ("Antarctica", "Antarctic")."""
    return (adjective.startswith(place) and adjective[len(place):] in _ADJECTIVE_ENDINGS) \
        or (place.endswith("ica") and adjective == place[:-1])
