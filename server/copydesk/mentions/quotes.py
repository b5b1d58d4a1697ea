"""Direct quotes, whole or partial, with their speaker as the text gives it.

Speakers come from said-clauses after the quote ("...," she said / said Ada Moss / the company
said in a statement) or before it (Ada Moss said: "..." / the ministry says it does so "...").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from copydesk.document import Document, Sentence, Token
from copydesk.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
    HONORIFICS,
    POSTNOMINALS,
    RANK_ABBREVIATIONS,
    REPORTING_VERBS,
    ROLE_MODIFIERS,
    STOPWORDS,
    STYLE_GRADES,
    SUBJECT_PRONOUNS,
    TELLING_VERBS,
    TITLE_TAILS,
    VIEW_VERBS,
    american,
    is_role_noun,
    unaccented,
)
from copydesk.mentions.names import NameMention, caption_at, caption_name, in_an_initialism
from copydesk.mentions.paragraphs import paragraphs as sentence_groups
from copydesk.mentions.pronouns import in_a_relative_clause
from copydesk.mentions.spans import SpanSet
from copydesk.mentions.titles import is_role_word
from copydesk.world import is_common_english, place_of

_PAIRS = {"“": "”", "„": "“", "«": "»", '"': '"', "‘": "’"}
_MAX_QUOTE = 2000
_OF_A_PLACE = {"for", "of", "in", "at", "from"}  # "the MP for Tarrow", "the mayor of Tarrow"
_PARTICIPLES = {"saying", "adding", "telling", "insisting", "arguing", "warning", "noting", "calling", "observing",
                "remarking", "explaining", "stressing"}
# Verbs that put words in someone's mouth before the quote: "X dismissed the reports as '...'".
CHARACTERIZING_VERBS = {"dismissed", "described", "called", "branded", "labelled", "labeled", "termed", "hailed",
                        "condemned", "denounced", "praised", "criticised", "criticized"}


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    text: str
    kind: str  # "name" | "pronoun" | "noun"
    name: NameMention | None = None
    pronoun: str | None = None
    position: str = "after"  # said-clause "after" or "before" the quote, "continued" from the quote before, or
    # "reported": the subject of the sentence before, which reports its words


@dataclass(slots=True)
class QuoteMention:
    start: int  # inner text, without the quotation marks
    end: int
    text: str
    open_at: int
    close_at: int
    first_sentence: int
    last_sentence: int
    speaker: Speaker | None = None

    @property
    def words(self) -> tuple[str, ...]:
        return quote_words(self.text)


@lru_cache(maxsize=8192)
def quote_words(text: str) -> tuple[str, ...]:
    """A quote's words for comparison: lower case, American spelling, no punctuation (the norms
    of `words_of`, kept for the quotes compared again and again)."""
    return tuple(w.norm for w in words_of(text))


def first_person_statements(doc: Document, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a source's unquoted sentences, where the source is someone's own words: a
    candidate's written answers, a letter, an opinion column, a statement ("I would fight to keep
    it open. A village that loses its library ..."), whose prose a draft quotes. Such a source
    writes most of its sentences outside quotation marks in the first person. Its speaker is
    left unsaid: who wrote it, a heading may tell a reader but not a check."""
    prose, marked = doc.prose, SpanSet(quoted)
    unquoted = [(s.start, s.end) for s in doc.sentences
                if not marked.overlaps(s.start, s.end) and len(prose[s.start : s.end].split()) >= _STATEMENT_WORDS]
    mine = sum(1 for a, b in unquoted if _FIRST_PERSON.search(prose, a, b))
    if mine < _FIRST_PERSON_SENTENCES or mine < _FIRST_PERSON_SHARE * len(unquoted):
        return []
    return [(a + len(prose[a:b]) - len(prose[a:b].lstrip()), a + len(prose[a:b].rstrip())) for a, b in unquoted]


_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")  # not "US", the country
_STATEMENT_WORDS = 5  # a sentence this long or more is a statement a draft may quote
_FIRST_PERSON_SENTENCES = 3
_FIRST_PERSON_SHARE = 0.4  # of a source's unquoted sentences, those in the first person: its author's words


def find_quotes(doc: Document) -> list[QuoteMention]:
    prose = doc.prose
    out: list[QuoteMention] = []
    paragraphs = _paragraphs(doc)
    for k, (para_start, para_end) in enumerate(paragraphs):
        i = para_start
        while (found := _OPENER.search(prose, i, para_end)) is not None:
            i = found.start()
            ch = prose[i]
            if _opens(prose, i):
                close = _closing(prose, ch, i, min(para_end, i + _MAX_QUOTE))
                run_on = close < 0 and _runs_on(prose, ch, i, para_start, paragraphs[k + 1 : k + 2])
                if run_on:
                    close = para_end  # a quote of several paragraphs: each opens, only the last closes
                    while close > i + 1 and prose[close - 1].isspace():
                        close -= 1
                if close < 0:
                    i += 1
                    continue
                inner_start, inner_end = i + 1, close
                while inner_start < inner_end and prose[inner_start].isspace():
                    inner_start += 1
                while inner_end > inner_start and prose[inner_end - 1].isspace():
                    inner_end -= 1
                text = " ".join(prose[inner_start:inner_end].split())  # the prose: no markup, however the format wrote it
                if re.search(r"\w", text):
                    first = doc.sentence_at(i)
                    last = doc.sentence_at(close - 1 if run_on else close)
                    out.append(QuoteMention(inner_start, inner_end, text, i, close,
                                            first.index if first else 0, last.index if last else 0))
                i = close + 1
                continue
            i += 1
    return out


_OPENER = re.compile("[" + re.escape("".join(_PAIRS)) + "]")  # the next mark that may open a quote


def after_named_quotes(doc: Document, quotes: list[QuoteMention]) -> dict[int, NameMention]:
    """The sentence right after each quote a named speaker closes -> that speaker's name: a pronoun
    opening it ('"...," said Ada Moss. She ...') goes on about the speaker."""
    out = {}
    for q in quotes:
        closing = doc.sentence_at(q.close_at)
        if q.speaker and q.speaker.kind == "name" and q.speaker.name and closing is not None:
            out[closing.index + 1] = q.speaker.name
    return out


def reported_speakers(doc: Document, people: list[NameMention]) -> dict[int, NameMention]:
    """The sentence right after each sentence that reports a person's words ("His grandson, Edmund
    Vale, said the family had decided to sell.") -> that person: a quote opening the next paragraph
    with only "he said" after it goes on with the same speaker."""
    out = {}
    for m in people:
        if _reports(doc, m):
            out.setdefault(m.sentence + 1, m)
    return out


def _reports(doc: Document, m: NameMention) -> bool:
    """Whether a name is the subject of a verb of saying or thinking right after it, past up to two
    appositions ("Ada Moss, a senior analyst at Tarrow, forecast"; "Ivo Pent, 34, whose ..., told")."""
    s, tokens = doc.sentences[m.sentence], doc.tokens
    if in_a_relative_clause(doc, m, s.end):
        return False  # "Ivo Pent, whose family farms at Tarrow Lea, told ...": Tarrow Lea tells nothing
    i = m.last_token
    for _ in range(_APPOSITIONS):
        if not (i < s.last_token and tokens[i].text == ","):
            break
        k = next((k for k in range(i + 1, min(i + _APPOSITION_TOKENS, s.last_token)) if tokens[k].text == ","), None)
        if k is None or (k + 1 < s.last_token and tokens[k + 1].lower in _REPORTING):
            i = i + 1 if k is None else k + 1
            break
        i = k  # the next apposition's opening comma
    return _reporting_verb_at(doc, i, s.last_token)


def _reporting_verb_at(doc: Document, i: int, end: int) -> bool:
    """Whether token `i` (before token `end`) is a verb of saying or thinking, past an adverb ("also said")."""
    while i < end and doc.tokens[i].lower in _ADVERBS_BEFORE_A_VERB:
        i += 1
    return i < end and doc.tokens[i].kind == "word" and doc.tokens[i].lower in _REPORTING


_ADVERBS_BEFORE_A_VERB = {"also", "later", "then", "once", "again"}


def _reported_before(doc: Document, q: QuoteMention, previous: QuoteMention | None,
                     by_sentence: dict[int, list[NameMention]]) -> Speaker | None:
    """ 'Ada Moss said the vote was close. "We lost by a whisker."': a quote that is a sentence
    of its own, right after a sentence of its paragraph that quotes no one and whose subject (a name
    or a pronoun opening it) reports words, goes on with that subject's words."""
    if q.first_sentence == 0 or not _fills_its_sentence(doc, q):
        return None
    first, before = doc.sentences[q.first_sentence], doc.sentences[q.first_sentence - 1]
    if first.start != q.open_at or before.paragraph != first.paragraph \
            or (previous is not None and previous.close_at >= before.start):
        return None
    subject = _sentence_subject(doc, before, by_sentence.get(before.index, []))
    if subject is None:
        return None
    if subject.kind == "name":
        reports = subject.name is not None and subject.name.kind == "person" and _reports(doc, subject.name)
    else:
        reports = _reporting_verb_at(doc, before.first_token + 1, before.last_token)  # the pronoun opens it
    return replace(subject, position="reported") if reports else None


_APPOSITION_TOKENS = 12  # an apposition between a name and its verb is this short
_APPOSITIONS = 2  # and there are at most two
_REPORTING = REPORTING_VERBS | VIEW_VERBS


def _runs_on(prose: str, opener: str, i: int, para_start: int, following: list[tuple[int, int]]) -> bool:
    """Whether the unclosed quote opened at `i` runs to its paragraph's end: it opens the paragraph,
    or follows a colon that introduces it ('Ada Moss said: "...'), and the next paragraph opens
    with the same mark (the convention for a quote of several paragraphs)."""
    before = prose[para_start:i].strip()
    if (before and not before.endswith(":")) or not following:
        return False
    nxt = prose[following[0][0] : following[0][1]].lstrip()
    return nxt[:1] == opener


def _closing(prose: str, opener: str, i: int, limit: int) -> int:
    """Where the quote opened at `i` closes, or -1. A single ’ closes only where no letter follows
    (an apostrophe in "don’t" does not)."""
    closer = _PAIRS[opener]
    j = prose.find(closer, i + 1, limit)
    if opener != "‘":
        return j
    while j >= 0 and j + 1 < len(prose) and prose[j + 1].isalpha():
        j = prose.find(closer, j + 1, limit)
    return j


def _opens(prose: str, i: int) -> bool:
    if prose[i] == "‘":
        return i == 0 or not prose[i - 1].isalnum()
    if prose[i] != '"':
        return True
    before = prose[i - 1] if i > 0 else " "
    return not before.isalnum()


# a transcript's speaker label at a paragraph's start: "Moss: We lose...", "**Moss:** We lose...",
# "**Ada Moss (CFO):** We lose...", after a question's number in a committee's record ("Q14 Ada Moss:")
# or a recording's time ("[00:12:31] ADA MOSS:")
_LABEL = re.compile(r"[ \t]*+(?:Q?\d{1,4}[.)]?[ \t]+|[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?:[ \t]+(?=\S)")
# what opens another speaker's turn, read or not: a name in capitals, maybe with a nickname in quotes
# or a description after it, up to a colon ('DELLORY "THE ANCHOR" MOSS:', 'IVO PENT (coach), presenting Ada Moss:')
_ANOTHER_LABEL = re.compile(r"[ \t]*+[A-Z][A-Z'’.-]+(?:[ \t]+[\"“]?[A-Z][A-Z'’.-]*[\"”]?){1,4}[^:\n]{0,120}:[ \t]")
# a question or an answer tagged without a colon, after a line number or not: "Q. When will you
# travel?", " 12  A. I did." (an inquiry's numbered transcript)
_QA_LINE = re.compile(r"[ \t]*+(?:\d{1,4}[ \t]+)?([QA])\.[ \t]+(?=\S)")
# a witness sworn in before the questions: " 3    MRS ADA MOSS (sworn)"
# who asks the questions after it: " 4   Questions by MR IVO PENT KC", "Cross-examined by Ms Moss"
_QUESTIONER_LINE = re.compile(r"^[ \t]*+(?:\d{1,4}[ \t]+)?(?:Questions? (?:by|from)|(?:Further |Re-?|Cross-)?[Ee]xamin(?:ed|ation) by)"
                              r"[ \t]+([^\n()]{3,60}?)[ \t]*$", re.M | re.I)
_SWORN_LINE = re.compile(r"^[ \t]*+(?:\d{1,4}[ \t]+)?([^\n()]{3,80}?)[ \t]*\((?:sworn|affirmed)\)[ \t]*$", re.M | re.I)
_LABEL_OFFICE = re.compile(r"([\w'’.-]+)[ \t]+")
# a sentence's end, maybe with a transcript's note of the audience after it ("... what's coming. (laughter)")
_ENDS_A_SENTENCE = re.compile(r"[.?!…][\"”’)]?(?:\s*[(\[][a-z][^()\[\]\n]{0,40}[)\]])?\s*$")


@lru_cache(maxsize=2)  # asked of a draft's prose before and after each edit: the one after is the next one's before
def may_hold_a_transcript(prose: str) -> bool:
    """Whether `prose` has what `transcript_answers` or `letter_text` need to read any answers: a
    salutation and a sign-off ("Team," and "— Ada" or "Yours sincerely,"); "Q:" and "A:"; the
    one label, in capitals, of a speech by someone named in full ("MAYOR ADA MOSS:", "Ada Moss");
    or one speaker's label twice (by its last word: "ADA MOSS:" and "MOSS:") who is named in full,
    or an office's label ("FIRST MINISTER:") where someone follows the office. A transcript is read
    whole (its labels counted, its guest named in its heading), so no window of it reads it the
    same; a kicker ("LIVE:"), a list ("Tarrow: 3 branches") or a fact check's "Claim:" is none."""
    if _a_sign_off_line(prose) and _SALUTATION_LINE.search(prose):
        return True  # a letter's signed body: its salutation and sign-off may lie anywhere (see `letter_text`)
    if prose.count("):") >= _RECORD_SPEECHES and sum(_RECORD_LABEL.match(line) is not None
                                                    for line in prose.split("\n") if "):" in line) >= _RECORD_SPEECHES:
        return True  # an official report's speeches (see `_record_speeches`)
    tags = "Q." in prose or "A." in prose  # a tagged question or answer may open a line
    labels = [m.group(1).rstrip(".") for line in prose.split("\n")
              if ":" in line or (tags and ("Q." in line or "A." in line))
              if (m := _LABEL.match(line) or _QA_LINE.match(line))]
    if sum(label.lower() in _QA_TAGS for label in labels) >= 2:
        return True
    named = [label for label in labels if label.lower() not in _QA_TAGS]
    if len(named) == 1:  # "MAYOR ADA MOSS:" may name her in full by its office alone
        return named[0].isupper() and (_follows_a_capital(prose, named[0].split()[-1])
                                       or _office_word(named[0].split()[0].lower()))
    last_words = Counter(label.split()[-1].lower() for label in named)
    return any(n > 1 and (any(len(label.split()) > 1 for label in named if label.split()[-1].lower() == word)
                          or _follows_a_capital(prose, word)) for word, n in last_words.items()) \
        or any(is_role_noun(label.split()[-1].lower()) and _follows_a_capital(prose, label, after=True) for label in named)


def _follows_a_capital(prose: str, words: str, after: bool = False) -> bool:
    """Whether `prose` writes `words` as a name in running text, capitalized but not in capitals,
    after a capitalized word ("Ada Moss" for "MOSS"; not "His claim" for "Claim"), or with `after`, in any case before one ("First Minister Ada" for
    "FIRST MINISTER")."""
    written = r"[ \t]+".join(map(re.escape, words.split()))
    if after:
        return any(m[1].isupper() for m in re.finditer(rf"(?i:{written})[ \t]+([^\W\d_])", prose))
    return any(m[1].isupper() and m[2][0].isupper() and not m[2].isupper()
               for m in re.finditer(rf"([^\W\d_])[\w'’.-]*[ \t]+((?i:{written}))\b", prose))


def _postnominal_between(prose: str, start: int, end: int) -> bool:
    """Whether prose[start:end] is a name's letters after it ("KC", "MP"), as a label writes them."""
    words = prose[start:end].split()
    return len(words) == 1 and words[0].lower().rstrip(".") in POSTNOMINALS


def transcript_answers(doc: Document, names: list[NameMention]) -> list[QuoteMention]:
    """The answers of an interview or call transcript, each its speaker's words: a paragraph that
    begins with a person's name (and a role in brackets) and a colon, with the paragraphs of prose
    that follow it up to the next label, where the same label begins two turns or more (one
    "Moss: ..." line is a byline or a caption, not a transcript) and the text names that person in
    full ("Update:" names no one). Paragraphs that quote with quotation marks are left to those."""
    at = {m.start: m for m in names}
    turns: dict[str, list[tuple[NameMention, list[tuple[int, int]]]]] = {}
    prose = doc.prose
    current: list[tuple[int, int]] | None = None  # the paragraphs of the turn being read
    guest_answers: list[list[tuple[int, int]]] = []
    people_in_full = {m.text.lower() for m in names if m.kind == "person" and len(m.words) > 1}
    people = {m.words[-1].lower() for m in names if m.kind == "person" and len(m.words) > 1}  # "Ada Moss": "moss"
    described_labels: set[int] = set()  # where a label with a role in brackets begins
    office_turns: dict[int, tuple[int, int, str]] = {}  # a turn labelled by its speaker's office -> the label
    questions, first_turn = 0, len(prose)
    hearing: tuple[list, list] | None = None  # a hearing's witnesses and questioners, read at its first tagged line
    initialled = _initialled(prose, names)

    def sworn_before(at: int, questioner: bool = False) -> NameMention | None:
        """The witness sworn in (or, with `questioner`, the counsel named to ask) last before `at`."""
        nonlocal hearing
        hearing = hearing or _hearing_roles(doc, names)
        return next((m for pos, m in reversed(hearing[questioner]) if pos < at), None)

    witnesses: list[NameMention | None] = []  # who gives each of `guest_answers`, where a witness was sworn
    asked: list[tuple[NameMention, list[tuple[int, int]]]] = []  # a hearing's questions, by who asks them
    for a, b in _turn_spans(doc):
        label = _LABEL.match(prose, a, b)
        if label is None and (tagged := _QA_LINE.match(prose, a, b)) is not None:
            # "Q. When will you travel?" and "A. On Monday.": the interviewer's turn and the guest's
            current = None
            if tagged[1] == "A":
                current = [] if _quoting(prose, tagged.end(), b) else [(tagged.end(), b)]
                guest_answers.append(current)
                witnesses.append(sworn_before(a))
            else:
                questions += 1
                if (asker := sworn_before(a, questioner=True)) is not None:
                    current = [] if _quoting(prose, tagged.end(), b) else [(tagged.end(), b)]
                    asked.append((asker, current))
            first_turn = min(first_turn, a)
            continue
        if label is None:
            if current is not None and not _quoting(prose, a, b) and _ENDS_A_SENTENCE.search(prose, a, b) \
                    and not _ANOTHER_LABEL.match(prose, a, b):
                current.append((a, b))  # the turn goes on (not into 'ADA "THE ANCHOR" MOSS, presenting Ivo Pent: ...',
                # a label of another speaker this reading does not take)
            else:
                current = None
            continue
        current = None
        tag = label.group(1).rstrip(".").lower()
        if tag in _QA_TAGS:  # an interview's "Q:" and "A:": the answers are the guest's (see below)
            if tag in _ANSWER_TAGS:
                current = [] if _quoting(prose, label.end(), b) else [(label.end(), b)]
                guest_answers.append(current)
                witnesses.append(sworn_before(a))
            else:
                questions += 1
            first_turn = min(first_turn, a)
            continue
        name = at.get(label.start(1))
        office_at = label.start(1)
        while name is None and (office := _LABEL_OFFICE.match(prose, office_at, label.end(1))) \
                and _office_word(office[1].lower()):
            # "MAYOR BLASKOVITZ-RAND:", "Dr Moss:", "CHIEF CONSTABLE ADA MOSS:", "DET SUPT PENT:": the
            # office, rank or honorific is no name
            office_at = office.end()
            name = at.get(office_at)
        if name is not None and name.end != label.end(1) and _postnominal_between(prose, name.end, label.end(1)):
            label_end = name.end  # "MS FIONA VALE KC:": her letters end the label, not her name
        else:
            label_end = label.end(1)
        if (name is None or name.end != label_end or name.kind != "person") \
                and ((holder := initialled.get(label.group(1))) is not None
                     or (holder := _office_holder(doc, names, label.group(1))) is not None):
            # "FIRST MINISTER:" where the text names one "First Minister Ada Moss": her turns; "TF:"
            # where it introduces "Tamsin Fellowgrave (TF)": hers
            office_turns[id(current := [] if _quoting(prose, label.end(), b) else [(label.end(), b)])] = \
                (label.start(1), label.end(1), label.group(1))
            turns.setdefault(holder.words[-1].lower(), []).append((holder, current))
            continue
        described = "(" in prose[label.end(1) : label.end()]  # "BRENDA (CALLER):": a person, however short
        if name is None or name.end != label_end or name.kind in ("place", "nationality") \
                or (name.kind == "organization" and not described
                    and not (name.text.isupper() and name.words[-1].lower() in people)) \
                or (name.kind != "person" and len(name.words) > 1 and all(is_common_english(w) for w in name.words)
                    and name.words[-1].lower() not in people) \
                or (name.kind != "person" and len(name.words) == 1 and not name.text.isupper()
                    and is_common_english(name.words[0]) and name.words[0].lower() not in people):
            continue  # "Q:", "Operator:": a turn of no one the story names; "TRAVEL ALERT:" a kicker;
            # "Verdict:" and "Claim:" a fact check's headings, not people ("Moss:" and "LENA VALE:" are
            # Ada Moss and Lena Vale, whom the text names)
        if described:
            described_labels.add(name.start)
        current = [] if _quoting(prose, label.end(), b) else [(label.end(), b)]
        # "INÊS VALE:" opening the interview and "VALE:" after it are one speaker's labels
        turns.setdefault(name.words[-1].lower(), []).append((name, current))
    def named_in_full(surname: str, answers: list[tuple[NameMention, list[tuple[int, int]]]]) -> bool:
        labels = {name.start for name, _ in answers}
        return any(len(name.words) > 1 for name, _ in answers) or any(
            m.start not in labels and len(m.words) > 1 and m.words[-1].lower() == surname for m in names)

    # a transcript names its speakers in full somewhere ("Ada Moss runs the board"); once it is one,
    # its callers' first names ("BRENDA (CALLER):", twice) label turns too
    full = {surname for surname, answers in turns.items() if len(answers) >= 2 and named_in_full(surname, answers)}
    out = []
    for surname, answers in turns.items():
        # in a transcript, one turn of a person labelled in full, in capitals as its labels are
        # ("DR ADA MOSS:", or "ADA MOSS:" where the text names Ada Moss), is hers too; not a
        # heading's "Tarrow Pumps: third-quarter call"
        label = answers[0][0]
        once_in_full = len(answers) == 1 and len(label.words) > 1 and label.text.isupper() \
            and (label.kind == "person" or label.text.lower() in people_in_full)
        # a speech as delivered: the one label of the text ("MAYOR ADA MOSS:"), of a person it
        # names in full, over three paragraphs or more
        speech = len(turns) == 1 and len(answers) == 1 and label.text.isupper() and surname in people \
            and len(answers[0][1]) >= _SPEECH_PARAGRAPHS
        if speech:
            out += _turn(doc, label, answers[0][1])
            continue
        # in a transcript, one turn of someone it names in full ("Speakers: ... Dr Ada Moss, ...",
        # then "MOSS:" once, or "Ada Moss:") is hers: a press conference's panel may each speak once
        named_once = len(answers) == 1 and bool(full) and (
            (label.text.isupper() and surname in people) or (len(label.words) > 1 and label.kind == "person")) \
            and bool(answers[0][1]) and _ENDS_A_SENTENCE.search(prose, *answers[0][1][-1]) is not None  # no heading
        # and a label in capitals that is no common word ("STREVELAAR:", twice or more) is a speaker
        # the transcript leaves to its reader to know, as it does its other speakers
        by_label = len(answers) >= 2 and label.text.isupper() and not is_common_english(surname)
        if (len(answers) < 2 and not once_in_full and not named_once) or not full or (
                surname not in full and not once_in_full and not named_once and not by_label
                and not all(name.kind == "person" or name.start in described_labels for name, _ in answers)):
            continue
        for name, paragraphs in answers:
            out += _turn(doc, name, paragraphs, office_turns.get(id(paragraphs)))
    out += [q for q in _record_speeches(doc, names) if not any(o.start == q.start for o in out)]
    # "Q: ... A: ...": an interview whose heading names one person, the guest, who gives the answers;
    # at an inquiry, the witness last sworn in
    if len(guest_answers) >= 2 and questions:
        guest = _guest(doc, names, first_turn)
        for paragraphs, witness in zip(guest_answers, witnesses):
            if (who := witness or guest) is not None:
                out += _turn(doc, who, paragraphs)
        for asker, paragraphs in asked:
            out += _turn(doc, asker, paragraphs)
    return out


def _initialled(prose: str, names: list[NameMention]) -> dict[str, NameMention]:
    """The initials a text gives in brackets after a person's full name, to the name: "Speakers:
    Tamsin Fellowgrave (TF), skipper" makes the transcript's "TF:" hers."""
    out: dict[str, NameMention] = {}
    for m in names:
        if m.kind == "person" and len(m.words) > 1 and (given := _INITIALS.match(prose, m.end)) is not None \
                and given[1] in ("".join(w[0] for w in m.words).upper(), (m.words[0][0] + m.words[-1][0]).upper()):
            out.setdefault(given[1], m)
    return out


_INITIALS = re.compile(r"[ \t]*\(([A-Z]{2,4})\)")


def _record_speeches(doc: Document, names: list[NameMention]) -> list[QuoteMention]:
    """A parliament's official report: each speech a paragraph opening with its speaker's style and
    party, maybe after an office ("The Minister of State, Cabinet Office (Baroness Moss of Tarrow)
    (Bcn): My Lords, ..."), where two or more do; the speaker is the person the brackets name, else
    the style's last name ("Lord Pent of Velmar (Con):")."""
    prose = doc.prose
    labels = [(label, a, b) for a, b in _paragraphs(doc) if (label := _RECORD_LABEL.match(prose, a, b)) is not None]
    if len(labels) < _RECORD_SPEECHES:
        return []
    starts = [m.start for m in names]
    out = []
    for label, _a, b in labels:
        inside = names[bisect.bisect_left(starts, label.start()) : bisect.bisect_left(starts, label.end())]
        held = [m for m in inside if label.group("held") and label.start("held") <= m.start < label.end("held")]
        style = [m for m in inside if m.start < label.end("style")]
        speaker = next((m for m in held if m.kind == "person"), None) or next(
            (m for m in reversed(style) if m.kind == "person"), None) or (style[-1] if style else None)
        if speaker is not None:
            out += _turn(doc, speaker, [(label.end(), b)])
    return out


# the speaker's label of an official report's speech: a style (and an office before the name in
# brackets), then the party in brackets and a colon: "Lord Pent of Velmar (Con):"
_RECORD_LABEL = re.compile(r"[ \t]*+(?P<style>[A-Z][^():\n]{2,80}?)[ \t]*(?:\((?P<held>[A-Z][^()\n]{2,60})\)[ \t]*)?"
                           r"\((?P<party>[A-Z][A-Za-z-]{1,8}(?:[ \t][A-Z][A-Za-z-]{1,8})?)\)[ \t]*:[ \t]+(?=\S)")
_RECORD_SPEECHES = 2  # labelled speeches that make a text an official report


_SWORN_MARKS = ("(sworn)", "(Sworn)", "(SWORN)", "(affirmed)", "(Affirmed)", "(AFFIRMED)")


def _hearing_roles(doc: Document, names: list[NameMention]) -> tuple[list[tuple[int, NameMention]], ...]:
    """Where a hearing's transcript swears each witness in (" 3  MRS ADA MOSS (sworn)") and names who
    questions them (" 4  Questions by MR IVO PENT KC"), with the person: the longest name on that
    line. In text order; none where the transcript has no such line."""
    if not any(mark in doc.prose for mark in _SWORN_MARKS):  # substring tests in C, not a lower-cased copy
        return [], []

    def people(pattern: re.Pattern) -> list[tuple[int, NameMention]]:
        out = []
        for line in pattern.finditer(doc.prose):
            on = [m for m in names if line.start(1) <= m.start and m.end <= line.end(1) and m.kind in ("person", "thing")]
            if on:
                out.append((line.start(), max(on, key=lambda m: len(m.words))))
        return out

    return people(_SWORN_LINE), people(_QUESTIONER_LINE)


def _office_holder(doc: Document, names: list[NameMention], label: str) -> NameMention | None:
    """The one person the text names right after the office a transcript label is made of
    ("FIRST MINISTER:" and "Speakers: First Minister Ada Moss"), if the label ends in an office's word."""
    words = label.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not is_role_noun(words[-1].lower().rstrip(".")):
        return None
    after = {m.start: m for m in names if m.kind == "person" and len(m.words) > 1}
    office = re.compile(r"\b" + r"[ \t]+".join(map(re.escape, words)) + r"[ \t]+", re.I)
    holders = {after[m.end()].words[-1].lower(): after[m.end()] for m in office.finditer(doc.prose) if m.end() in after}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _quoting(prose: str, a: int, b: int) -> bool:
    """Whether prose[a:b] quotes someone with quotation marks, which its own quotes then give: not
    a word or two in scare quotes ('"achievable" is doing a lot of work'), which a turn may hold."""
    rest = prose[a:b]
    for m in _QUOTED_PHRASE.finditer(rest):
        if len(m.group()[1:-1].split()) > _SCARE_WORDS:
            return True
    return _OPENER.search(_QUOTED_PHRASE.sub(" ", rest)) is not None


_QUOTED_PHRASE = re.compile(r'“[^”\n]*”|"[^"\n]*"|„[^“\n]*“|«[^»\n]*»|‘[^’\n]*’')
_SCARE_WORDS = 3  # words in quotation marks that name a phrase rather than quote a speaker


_SPEECH_PARAGRAPHS = 3
_QA_TAGS = {"q", "a", "question", "answer"}
_QUOTE_MARKS = "\"“‘'"
_ANSWER_TAGS = {"a", "answer"}


def _guest(doc: Document, names: list[NameMention], first_turn: int) -> NameMention | None:
    """The one person an interview's heading names (before its first "Q:"), in her fullest form:
    'the "Health Matters" interview with Professor Ada Moss' (a title in quotation marks is no one);
    of several, the one the transcript names most often ("Professor Moss, your trial ..."); None if
    it names none, or two as often."""
    heading = [m for m in names if m.start < first_turn and m.kind == "person"
               and doc.prose[m.start - 1 : m.start] not in _QUOTE_MARKS]
    named = Counter(m.words[-1].lower() for m in names if m.kind == "person")  # in the heading and the questions
    ranked = sorted({m.words[-1].lower() for m in heading}, key=lambda w: -named[w])
    if not ranked or (len(ranked) > 1 and named[ranked[0]] == named[ranked[1]]):
        return None  # no one, or two people the transcript names as often: whose answers is not told
    return max((m for m in heading if m.words[-1].lower() == ranked[0]), key=lambda m: len(m.words))


def letter_text(doc: Document, names: list[NameMention]) -> list[QuoteMention]:
    """The body of a letter, memo or statement a text prints in full, as its signer's words: the
    paragraphs after a salutation ("Team,", "Dear colleagues,") up to its sign-off ("— Ada", or
    "Best wishes," and a name), where the text names the signer in full ("chief executive Ada
    Moss sent the following memo"). Headings (no sentence end) and paragraphs that quote others
    with quotation marks are left out: those are the letter's layout and its own quotes."""
    if not _a_sign_off_line(doc.prose):
        return []
    prose, spans, out = doc.prose, _paragraphs(doc), []
    i = 0
    while i < len(spans):
        if not _SALUTATION.fullmatch(prose[spans[i][0] : spans[i][1]].strip()):
            i += 1
            continue
        end = next((j for j in range(i + 1, min(len(spans), i + _LETTER_PARAGRAPHS)) if _signed_name(prose, spans, j)),
                   None)
        signer = _signer(prose, spans, end, names) if end is not None else None
        if end is None or signer is None:
            i += 1
            continue
        body = [(a, b) for a, b in spans[i + 1 : end] if _ENDS_A_SENTENCE.search(prose, a, b) and not _quoting(prose, a, b)]
        out += _turn(doc, signer, body)
        i = end + 1
    return out


_SALUTATION = re.compile(r"(?:(?:Dear|Hi|Hello|To)\b[^\n,.;:!?]{1,40}|[A-Z][a-z]+(?: [a-z]+)?),")  # "Team,", "Dear all,"
_VALEDICTION = re.compile(r"(?:Best(?: wishes| regards)?|All the best|(?:Kind |Warm )?[Rr]egards|Warm wishes|Warmly|(?:Many )?[Tt]hanks|"
                          r"Thank you|Sincerely|Yours(?: sincerely| faithfully| truly| in solidarity)?|In solidarity|"
                          r"Solidarity|With (?:love|thanks|best wishes)(?: and thanks)?|Love|Cheers|Respectfully|Take care),?", re.I)
_SIGNATURE = re.compile(r"[—–-]{1,2}[ \t]*([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})")  # "— Ada Moss"
_SALUTATION_LINE = re.compile(rf"^[ \t]*(?:{_SALUTATION.pattern})[ \t]*$", re.M)
_LETTER_PARAGRAPHS = 60  # a letter printed in full is shorter than this many paragraphs


def _a_sign_off_line(prose: str) -> bool:
    """Whether a line of `prose` may sign a letter off: a dash and a name ("— Ada") or a valediction
    ("Yours sincerely,"). Found from the line breaks before them: a scan for a newline runs at C
    speed, where a multi-line pattern tries every character; the blanks after a break are taken
    whole (`*+`), for an edit's window blanks all the draft outside it into long runs of spaces."""
    text = "\n" + prose
    for m in _LINE_OPENING_A_SIGN_OFF.finditer(text):
        end = text.find("\n", m.end())
        line = text[m.end() : end if end >= 0 else len(text)].strip()
        if _SIGNATURE.fullmatch(line) or _VALEDICTION.fullmatch(line):
            return True
    return False


_LINE_OPENING_A_SIGN_OFF = re.compile(
    r"\n[ \t]*+(?=[—–-]|(?:All|Best|Cheers|In|Kind|Love|Many|Regards|Respectfully|Sincerely|Solidarity|Take|Thank|"
    r"Thanks|Warm|Warmly|With|Yours)\b)")


def _signed_name(prose: str, spans: list[tuple[int, int]], j: int) -> str:
    """The name paragraph `j` signs a letter off with: after its dash ("— Ada"), or on the line after
    its valediction (in its paragraph or the next; a title and the body may follow the name); ""
    where it signs nothing off."""
    text = prose[spans[j][0] : spans[j][1]].strip()
    if (dash := _SIGNATURE.fullmatch(text)) is not None:
        return dash.group(1)
    lines = text.split("\n")
    if not _VALEDICTION.fullmatch(lines[0].strip()):
        return ""
    if len(lines) > 1:
        name = lines[1].strip()
    else:
        name = prose[spans[j + 1][0] : spans[j + 1][1]].strip().split("\n")[0].strip() if j + 1 < len(spans) else ""
    return name if len(name.split()) <= _NAME_WORDS else ""


_NAME_WORDS = 4  # a signature's name is this many words at most ("Ada Moss-Pent", "Dr Ada Moss")


def _signer(prose: str, spans: list[tuple[int, int]], j: int, names: list[NameMention]) -> NameMention | None:
    """The person who signs a letter off at paragraph `j`, as the text names them in full before it:
    "— Ada" is the Ada Moss of its introduction; None where the text names no one, or two people, so."""
    words = _signed_name(prose, spans, j).split()
    full = {m.text: m for m in names if m.kind == "person" and len(m.words) > 1 and m.start < spans[j][0]
            and (list(m.words[: len(words)]) == words or list(m.words[-len(words) :]) == words)}
    return next(iter(full.values())) if len(full) == 1 and words else None


def _turn(doc: Document, name: NameMention, paragraphs: list[tuple[int, int]],
          label: tuple[int, int, str] | None = None) -> list[QuoteMention]:
    """A transcript turn's paragraphs as quotes of `name`, whose words are the label's, or the
    office's `label` (start, end, text) that names them."""
    prose, out = doc.prose, []
    start, end, text = label or (name.start, name.end, name.text)
    speaker = Speaker(start, end, text, "name", name=name, position="before")
    for start, end in paragraphs:
        while end > start and prose[end - 1].isspace():
            end -= 1
        first, last = doc.sentence_at(start), doc.sentence_at(end - 1)
        out.append(QuoteMention(start, end, " ".join(prose[start:end].split()), start - 1, end,
                                first.index if first else 0, last.index if last else 0, speaker))
    return out


def _turn_spans(doc: Document) -> list[tuple[int, int]]:
    """The paragraphs, each split before a line of it that opens with a label, a question or an
    answer, or swears a witness in: a transcript often sets a question and its answer on
    consecutive lines ("Q: ...\nMOSS: ...", "Q. ...\nA. ...")."""
    prose = doc.prose
    out = []
    for a, b in _paragraphs(doc):
        start, newline = a, prose.find("\n", a, b)
        while newline >= 0:
            line = newline + 1
            if _LABEL.match(prose, line, b) or _QA_LINE.match(prose, line, b) or _SWORN_LINE.match(prose, line, b) \
                    or _QUESTIONER_LINE.match(prose, line, b):
                out.append((start, len(prose[start:newline].rstrip()) + start))
                start = line
            newline = prose.find("\n", line, b)
        out.append((start, b))
    return out


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of each paragraph's sentences, in order."""
    return [(group[0].start, group[-1].end) for group in sentence_groups(doc)]


def attribute(doc: Document, quotes: list[QuoteMention], names: list[NameMention]) -> None:
    """Fill in each quote's speaker from the said-clause after or before it."""
    by_last = {m.last_token - 1: m for m in names}
    by_first = {m.first_token: m for m in names}
    closes = sorted(o.close_at for o in quotes)
    by_sentence: dict[int, list[NameMention]] = {}
    for m in names:
        by_sentence.setdefault(m.sentence, []).append(m)
    previous: QuoteMention | None = None
    for q in quotes:
        q.speaker = (_after(doc, q, by_first, by_last) or _named(doc, _before(doc, q, closes, by_last, by_sentence))
                     or _introduced(doc, q, closes, by_last, by_sentence) or _labelled(doc, q, by_last)
                     or _captioned(doc, q, names))
        if q.speaker is None and previous is not None and previous.speaker is not None and (
                _continues(doc, previous, q) or _joined(doc, previous, q) or _carried_over(doc, previous, q)):
            q.speaker = replace(previous.speaker, position="continued")
        if q.speaker is None:
            q.speaker = _reported_before(doc, q, previous, by_sentence)
        previous = q


def _introduced(
    doc: Document, q: QuoteMention, closes: list[int], by_last: dict[int, NameMention],
    by_sentence: dict[int, list[NameMention]],
) -> Speaker | None:
    """The speaker of a quote that opens its paragraph after a paragraph that introduces it
    ("Ada Moss, leader of the council, said:"): read as if the quote opened at that colon."""
    first = doc.sentences[q.first_sentence]
    if first.start != q.open_at or q.first_sentence == 0:
        return None
    before = doc.sentences[q.first_sentence - 1]
    if before.paragraph != first.paragraph - 1 or not doc.prose[before.start : before.end].rstrip().endswith(":"):
        return None
    colon = doc.prose.rindex(":", before.start, before.end)
    lead = QuoteMention(q.start, q.end, q.text, colon, q.close_at, before.index, q.last_sentence)
    return _named(doc, _before(doc, lead, closes, by_last, by_sentence)) or _statement_of(doc, before, by_sentence)


def _named(doc: Document, speaker: Speaker | None) -> Speaker | None:
    """A speaker found before a quote, unless it is a common word capitalized only because it opens
    its sentence ("Second seasons, he said, '...', adding that '...'", "Don't fret, fans: ...")."""
    m = speaker.name if speaker is not None and speaker.kind == "name" else None
    if m is None or len(m.words) != 1 or m.certain or not is_common_english(m.words[0]) \
            or (here := doc.sentence_at(m.start)) is None or m.first_token != here.first_token:
        return speaker
    after = doc.tokens[m.last_token] if m.last_token < len(doc.tokens) else None
    # a lower-case word right after it that reports nothing: "Second seasons", not "Moss said", "Moss, the captain"
    if after is not None and after.kind == "word" and after.text.islower() and after.lower not in REPORTING_VERBS:
        return None
    return speaker


# a heading that gives whose words follow: "Statement from Area Manager Ada Moss, Tarrow Fire Service:"
_STATEMENT_OF = re.compile(r"\b(?:statement|remarks|comments|message)\s+(?:from|by)\s+", re.I)
_JOINED = re.compile(r"\s(?:and|&)\s")  # "from Ada Moss and her daughters": several speak


def _statement_of(doc: Document, line: Sentence, by_sentence: dict[int, list[NameMention]]) -> Speaker | None:
    """The one person a "Statement from ..." line names, whose statement the quote under it is; a
    statement of several ("from Ada Moss and her daughters, Isla and Mae") is no one's alone."""
    m = _STATEMENT_OF.search(doc.prose, line.start, line.end)
    if m is None:
        return None
    comma = doc.prose.find(",", m.end(), line.end)
    whose = (m.end(), comma if comma >= 0 else line.end)  # "Ada Moss, Tarrow Fire and Rescue Service": hers
    if _JOINED.search(doc.prose, whose[0], whose[1]):
        return None
    people = [n for n in by_sentence.get(line.index, []) if whose[0] <= n.start < whose[1] and n.kind == "person"]
    if len(people) != 1:
        return None
    return Speaker(people[0].start, people[0].end, people[0].text, "name", name=people[0], position="before")


def _office_word(word: str) -> bool:
    """A word of an office, a rank or an honorific before a transcript label's name."""
    word = word.rstrip(".")
    return is_role_noun(word) or word in ROLE_MODIFIERS or word in HONORIFICS or word in RANK_ABBREVIATIONS


def _labelled(doc: Document, q: QuoteMention, by_last: dict[int, NameMention]) -> Speaker | None:
    """The speaker a label gives a quote that follows it, on its line or on the line before: a
    record's 'Trustee Ada Moss: "..."', a release's "Head coach Ada Moss:" over her quote. The label
    is a person's name, after role words at most, and a colon: nothing else on its line."""
    prose, colon = doc.prose, q.open_at - 1
    while colon >= 0 and prose[colon] in " \t\n":
        colon -= 1
    if colon < 0 or prose[colon] != ":" or prose.count("\n", colon, q.open_at) > 2:
        return None
    line = prose.rfind("\n", 0, colon) + 1
    i = doc.token_index_at(colon)  # the colon's
    name = by_last.get(i - 1) if i > 0 and doc.tokens[i].text == ":" else None
    if (name is None or name.kind != "person") and i > 0 and doc.tokens[i].text == ":":  # "..., of Velmar:"
        name = _named_before_a_role(doc, line, colon, by_last)
    if name is None or name.kind != "person" or (prose[name.end : colon].strip() and not prose[name.end : colon].startswith(",")):
        return None
    lead = doc.tokens_between(line, name.start)
    if len(lead) > _LABEL_ROLE_WORDS or not all(_describes(t) for t in lead):
        return None
    return Speaker(name.start, name.end, name.text, "name", name=name, position="before")


def _captioned(doc: Document, q: QuoteMention, names: list[NameMention]) -> Speaker | None:
    """The speaker a broadcast script's caption on the line above a quote names ('SUPER: ADA MOSS /
    OWNER' over '"The water came under the door..."')."""
    prose = doc.prose
    line = prose.rfind("\n", 0, q.open_at)
    if line < 0 or prose[line + 1 : q.open_at].strip():
        return None  # the quote opens its line
    caption = caption_at(doc, prose.rfind("\n", 0, line) + 1, line)
    name = caption_name(caption, names) if caption is not None else None
    return Speaker(name.start, name.end, name.text, "name", name=name, position="before") if name else None


_LABEL_ROLE_WORDS = 4  # "Junior forward", "Senior center", "Trustee", "Head coach"
_ROLE_TAIL_WORDS = 16  # "Ms Ada Moss, Minister of Fisheries and Oceans of Velmar, chair of the talks:"
_ROLE_CONNECTORS = {"of", "for", "and", "the", "at", "in", "to", "on", "&"}


def _named_before_a_role(doc: Document, line: int, colon: int, by_last: dict[int, NameMention]) -> NameMention | None:
    """A label's name followed by her role set off by a comma, as a release prints its speakers:
    'Ms Ada Moss, Minister of Fisheries of Velmar, chair of the talks: "..."'. The words after the
    name say who she is: role words, names, nouns; no verb of saying, no past, no clause ("who")."""
    tokens = doc.tokens_between(line, colon)
    for k, tok in enumerate(tokens):
        if tok.text != ",":
            continue
        name = by_last.get(tok.index - 1)
        tail = tokens[k + 1 :]
        if name is None or not tail or len(tail) > _ROLE_TAIL_WORDS:
            return None
        if all(t.text == "," or (t.kind == "word" and (t.lower in _ROLE_CONNECTORS or t.text[:1].isupper() or (
                t.lower not in STOPWORDS and t.lower not in REPORTING_VERBS and not t.lower.endswith(("ed", "ing")))))
               for t in tail):
            return name
        return None
    return None


def _describes(tok: Token) -> bool:
    """Whether a word before a label's name can say who she is ("Trustee", "Junior forward"): a role
    word, an honorific, or a common word that is no function word ("On Ada Moss:" says whom the
    quote is about), nor a verb of saying nor any past ("Reporters asked Ada Moss:" is a question)."""
    return tok.kind == "word" and (is_role_word(tok) or tok.lower in HONORIFICS or (
        is_common_english(tok.text) and tok.lower not in STOPWORDS and tok.lower not in REPORTING_VERBS
        and tok.lower not in VIEW_VERBS and not tok.lower.endswith(("ed", "ing"))))


def _carried_over(doc: Document, previous: QuoteMention, q: QuoteMention) -> bool:
    """A quote of several paragraphs, as wire copy prints one: the paragraph after an attributed
    quote opens a quotation mark, and one of the two leaves it open at its paragraph's end
    ('"...," Dr Moss said. / "Bull sharks move ... this week. / "We are not going to take any
    chances."'); or a colon introduced the quote and each paragraph is a quote of its own, filling
    its sentence ('Ada Moss said: / "..." / "..."')."""
    first, before = doc.sentences[q.first_sentence], doc.sentences[previous.last_sentence]
    if first.start != q.open_at or first.paragraph != before.paragraph + 1:
        return False
    if _left_open(doc, q) or _left_open(doc, previous):
        return True
    introduced_whole = (previous.speaker is not None and previous.speaker.position == "before"
                        and doc.sentences[previous.first_sentence].start == previous.open_at
                        and not doc.prose[previous.close_at + 1 : before.end].strip())
    if introduced_whole and q.first_sentence == previous.last_sentence + 1 and _fills_its_sentence(doc, q):
        return True
    # '"...," she said. / "Forty-seven retirements is a lot for us."': a paragraph that is a quote and
    # nothing else, after a paragraph that ends with an attributed quote, goes on with its speaker
    return (previous.speaker is not None and previous.speaker.position == "after" and _fills_its_sentence(doc, q)
            and _ends_its_paragraph(doc, q.last_sentence) and _ends_its_paragraph(doc, previous.last_sentence))


def _ends_its_paragraph(doc: Document, sentence: int) -> bool:
    """Whether sentence number `sentence` is the last of its paragraph."""
    return sentence + 1 >= len(doc.sentences) or doc.sentences[sentence + 1].paragraph != doc.sentences[sentence].paragraph


def _left_open(doc: Document, q: QuoteMention) -> bool:
    """Whether a quote runs to its paragraph's end with no closing mark: one of several paragraphs."""
    return q.close_at >= len(doc.prose) or doc.prose[q.close_at] not in _CLOSING_MARKS


_CLOSING_MARKS = "\"”’'»"


def _joined(doc: Document, previous: QuoteMention, q: QuoteMention) -> bool:
    """A quote joined to the one before it in its sentence by a conjunction and a verb: 'said
    that it was "a grave offence" and added: "..."'."""
    between = doc.prose[previous.close_at + 1 : q.open_at].split()
    return (q.first_sentence == previous.last_sentence and 0 < len(between) <= 3
            and between[0].lower().strip(",") in _CONJUNCTIONS)


def _continues(doc: Document, previous: QuoteMention, q: QuoteMention) -> bool:
    """A quote that is a sentence of its own, right after the sentence of an attributed quote in
    the same paragraph: the same speaker goes on ("'We grew,' Ana Roe said. 'We are ready.'")."""
    first, before = doc.sentences[q.first_sentence], doc.sentences[previous.last_sentence]
    return (q.first_sentence == previous.last_sentence + 1 and first.paragraph == before.paragraph
            and first.start == q.open_at and _fills_its_sentence(doc, q))


def _fills_its_sentence(doc: Document, q: QuoteMention) -> bool:
    """Whether nothing but closing punctuation follows the quote in its last sentence."""
    return not doc.prose[q.close_at + 1 : doc.sentences[q.last_sentence].end].strip(" .!?,;")


def _after(doc: Document, q: QuoteMention, by_first: dict[int, NameMention], by_last: dict[int, NameMention]) -> Speaker | None:
    i = doc.token_index_at(q.close_at + 1)
    if i < 0:
        return None
    close_sentence = doc.sentence_at(q.close_at)
    inner_tail = doc.prose[max(q.start, q.close_at - 2) : q.close_at].strip()
    continues = inner_tail.endswith((",", "?", "!", "—", "-")) or doc.prose[q.close_at + 1 : q.close_at + 2] == ","
    while i < len(doc.tokens) and doc.tokens[i].kind == "punct" and doc.tokens[i].text in ",.!?—–-":
        i += 1
    if i >= len(doc.tokens):
        return None
    same = close_sentence is not None and doc.tokens[i].sentence == close_sentence.index
    if not same and not (continues and close_sentence and doc.tokens[i].sentence == close_sentence.index + 1
                         and doc.sentences[doc.tokens[i].sentence].paragraph == close_sentence.paragraph):
        return None  # '"... in the mud?" // Professor Ivo Pent said ...': a new paragraph is another's
    phrase: list[Token] = []
    j = i
    while j < len(doc.tokens) and len(phrase) <= 8 and (doc.tokens[j].kind == "word" or _in_an_age(doc.tokens, j)
                                                         or _abbreviation_stop(doc.tokens, j, phrase)):
        tok = doc.tokens[j]
        if tok.kind == "punct":  # `..." Sgt. Ada Moss said`: the stop of a rank's abbreviation
            j += 1
            continue
        nxt = doc.tokens[j + 1].lower if j + 1 < len(doc.tokens) else ""
        if tok.lower in REPORTING_VERBS or (tok.lower in ("was", "is") and phrase and nxt == "in") \
                or (tok.lower in _ANSWERED_BACK and nxt == "back" and phrase):
            break  # `..." Ada Moss said`, `..." Ada Moss shot back`
        phrase.append(tok)
        j += 1
    else:  # no reporting verb: but `..." Ada Moss, the finance chief, said.`
        if phrase and phrase[0].lower in _ANOTHER_CLAUSE:
            return None  # `said the crew "did what they were trained to do", while Ivo Pent, the director, said`
        if j < len(doc.tokens) and doc.tokens[j].text == "," and phrase and phrase[-1].index in by_last:
            return _apposed_speaker(doc, j, by_last[phrase[-1].index])
        return None
    if j >= len(doc.tokens) or doc.tokens[j].kind != "word":
        return None
    if phrase and phrase[0].lower in _ANOTHER_CLAUSE:
        return None  # `would come "mainly from ...", but declined to say how many`: another clause's verb
    if j + 1 < len(doc.tokens) and doc.tokens[j + 1].text == ":":
        return None  # `"...", while Ivo Pent said: "..."`: the colon gives him the quote after it
    if not phrase and doc.tokens[j].lower in _PARTICIPLES:
        return None  # `"...", adding that Ada Moss had led`: a participle's subject is before the quote
    if not phrase and doc.tokens[j].lower in TELLING_VERBS:
        return None  # `who says Ada "...", told Radio Tarrow the team ...`: the one told is no speaker
    if not phrase:  # inverted: `..." said Ada Moss.`
        k = j + 1
        while k not in by_first and k + 1 < len(doc.tokens) and (
                doc.tokens[k].lower.rstrip(".") in HONORIFICS or doc.tokens[k].text == "."):
            k += 1  # `..." said Dr Moss.`: the name after its honorific
        if k in by_first:
            m = by_first[k]
            if _affiliation_before_role(doc, m) and (named := _role_then_name(doc, k, by_first, by_last)) and named.kind == "name":
                return named  # "said Halden manager Ivo Pent"; "said Moss ruefully" is Moss
            return _owned_speaker(doc, m, by_first) if m.possessive else Speaker(m.start, m.end, m.text, "name", name=m)
        if k < len(doc.tokens) and doc.tokens[k].lower in SUBJECT_PRONOUNS:
            t = doc.tokens[k]
            return Speaker(t.start, t.end, t.text, "pronoun", pronoun=t.lower)
        return _role_then_name(doc, k, by_first, by_last)
    return _classify(doc, phrase, by_last, "after")


_ANSWERED_BACK = {"shot", "hit", "fired", "snapped", "struck", "bit"}  # "shot back", "hit back": a retort
_ANOTHER_CLAUSE = {"while", "whilst", "whereas", "but", "and", "although", "though"}  # its subject is another's speaker


def _in_an_age(tokens: list[Token], j: int) -> bool:
    """Whether token `j` is the figure or the hyphen of an age that describes a speaker ("the
    30-year-old told reporters")."""
    at = j if tokens[j].kind == "number" else j - 1 if tokens[j].text == "-" else -1
    return at >= 0 and at + 2 < len(tokens) and tokens[at].kind == "number" and tokens[at + 1].text == "-" \
        and tokens[at + 2].lower.startswith(("year-old", "years-old"))


_BEFORE_A_STYLE = STYLE_GRADES | {"the"}  # "the Very Rev Ada Moss", "the Ven Ivo Pent"


def _a_style(tok: Token) -> bool:
    return tok.lower.rstrip(".") in HONORIFICS or tok.lower in STYLE_GRADES


def _abbreviation_stop(tokens: list[Token], j: int, phrase: list[Token]) -> bool:
    """Whether token `j` is the full stop of an honorific or a rank abbreviated before a name
    (`..." Dr. Ada Moss said`, `..." Gov. Ivo Pent said`), or of an initial (`..." Assistant U.S.
    Attorney Ada Moss said`), which goes on to the name."""
    return tokens[j].text == "." and bool(phrase) and phrase[-1].end == tokens[j].start and (
        phrase[-1].lower in HONORIFICS or phrase[-1].lower in RANK_ABBREVIATIONS
        or (len(phrase[-1].text) == 1 and phrase[-1].text.isupper())) \
        and j + 1 < len(tokens) and tokens[j + 1].kind == "word" and tokens[j + 1].text[:1].isupper()


def _apposed_speaker(doc: Document, comma: int, m: NameMention) -> Speaker | None:
    """`..." Ada Moss, the finance chief, said.`: the name before an apposition its reporting verb
    follows speaks."""
    sentence = doc.tokens[comma].sentence
    for k in range(comma + 1, min(comma + _APPOSITION_TOKENS, len(doc.tokens) - 1)):
        tok = doc.tokens[k]
        if tok.sentence != sentence:
            return None
        if tok.text == ",":
            verb = doc.tokens[k + 1]
            return Speaker(m.start, m.end, m.text, "name", name=m) if verb.lower in REPORTING_VERBS else None
    return None


_CONJUNCTIONS = {"and", "but", "then", "or"}
_CLAUSE_OPENERS = {"that", "who", "which", "whom", "whose", "when", "while", "because", "if", "as", "after", "before"}


def _affiliation_before_role(doc: Document, m: NameMention) -> bool:
    """ "Halden" in "said Halden manager Ivo Pent": a name right before a lower-case role word."""
    nxt = doc.tokens[m.last_token] if m.last_token < len(doc.tokens) else None
    return (nxt is not None and nxt.kind == "word" and nxt.sentence == m.sentence
            and (nxt.text[:1].islower() or is_role_word(nxt))  # "said MRTA Chief Executive Officer Ivo Pent"
            and nxt.lower not in STOPWORDS and not m.possessive)


def _in_a_title_tail(doc: Document, role: list[Token], k: int) -> bool:
    """Whether token `k` is "in" or "Charge" of a title's tail after role words ("Special Agent in Charge")."""
    tok = doc.tokens[k]
    if not role:
        return False
    if tok.lower == "in":
        return k + 1 < len(doc.tokens) and doc.tokens[k + 1].lower in TITLE_TAILS
    return tok.lower in TITLE_TAILS and role[-1].lower == "in"


def _role_then_name(doc: Document, k: int, by_first: dict[int, NameMention], by_last: dict[int, NameMention]) -> Speaker | None:
    """ `..." said coxswain Ada Moss`, `said Halden manager Ivo Pent`, `said the coxswain, Ada Moss`:
    the name after the role words speaks; `said the coxswain.` is the role's holder (a noun speaker)."""
    if k >= len(doc.tokens):
        return None
    sentence, start = doc.tokens[k].sentence, k
    titled = {i for m in by_first.values() for i in m.title_tokens}
    role: list[Token] = []
    comma = False
    while k < len(doc.tokens) and k - start <= 8 and doc.tokens[k].sentence == sentence:
        tok = doc.tokens[k]
        if k in by_first:
            m = by_first[k]
            if role and not _affiliation_before_role(doc, m) and not (m.kind != "person" and m.first_token in titled):
                return Speaker(m.start, m.end, m.text, "name", name=m)  # (not the body a title after names:
                # "said Deputy Minister of Emergency Services Ada Moss")
            role.extend(doc.tokens[m.first_token : m.last_token])
            k = m.last_token
            continue
        if tok.kind == "word" and (tok.text[:1].islower() or tok.lower in DETERMINERS) and (
                tok.lower not in STOPWORDS or (tok.lower in DETERMINERS and not role)):
            role.append(tok)
            k += 1
            continue
        if k in titled or (tok.text == "." and role and (role[-1].index in titled or role[-1].lower in HONORIFICS)) or (
                role and tok.lower.rstrip(".") in HONORIFICS and (k + 1 in by_first or k + 2 in by_first)) or (
                tok.kind == "word" and tok.is_capitalized and is_role_word(tok)) or _in_a_title_tail(doc, role, k):
            role.append(tok)  # "said Lt. Ada Moss", "said Police Chief Ada Moss", "said party leader Shri
            k += 1  # Ada Pent": the name's own title or honorific
            continue
        if _numbered_body(doc, k) or (tok.kind == "number" and role and role[-1].is_capitalized) \
                or in_an_initialism(doc.prose, tok.start):
            role.append(tok)  # "said Local 77 President Ada Moss", "said U.S. Attorney Ada Moss": a
            k += 1  # body known by its number or its initials
            continue
        if tok.text == "," and role and not comma:
            comma = True  # "said the coxswain, Ada Moss"
            k += 1
            continue
        break
    words = [t for t in role if t.lower not in DETERMINERS and t.kind == "word"]
    if not words or not words[-1].text[:1].islower() or (k < len(doc.tokens) and doc.tokens[k].kind == "word"
                                                         and doc.tokens[k].sentence == sentence and not comma):
        return None
    return _classify(doc, role, by_last, "after")


def _numbered_body(doc: Document, k: int) -> bool:
    """Whether token `k` is a capitalized word a number follows, in one sentence: a body or a unit
    known by its number ("Local 77", "Station 12"), before a role."""
    tok = doc.tokens[k]
    return tok.kind == "word" and tok.is_capitalized and k + 1 < len(doc.tokens) \
        and doc.tokens[k + 1].kind == "number" and doc.tokens[k + 1].sentence == tok.sentence


def _owned_speaker(doc: Document, owner: NameMention, by_first: dict[int, NameMention]) -> Speaker:
    """ `..." said Harbourline's head of research, Ada Moss.`: the name set off after the owner's
    noun speaks; without one, the noun speaks for its owner (`said Harbourline's spokeswoman`)."""
    sentence = owner.sentence
    i = owner.last_token
    while i < len(doc.tokens) and i - owner.last_token <= 8 and doc.tokens[i].sentence == sentence:
        tok = doc.tokens[i]
        if tok.kind == "punct":
            if tok.text == "," and i + 1 in by_first:
                m = by_first[i + 1]
                return Speaker(m.start, m.end, m.text, "name", name=m)
            break
        i += 1
    end = doc.tokens[i - 1].end if i > owner.last_token else owner.end
    return Speaker(owner.start, end, doc.text[owner.start : end], "noun", name=owner)


def _affiliated_person(doc: Document, m: NameMention, by_last: dict[int, NameMention]) -> NameMention | None:
    """The person named right before "of", "at" or "from" (and "the") that `m` follows: the body or
    place `m` names is hers ("Ada Moss of the University of Tarrow")."""
    k = m.first_token - 1
    if k >= 0 and doc.tokens[k].lower == "the":
        k -= 1
    if k < 1 or doc.tokens[k].lower not in ("of", "at", "from"):
        return None
    person = by_last.get(k - 1)
    return person if person is not None and person.kind == "person" else None


def _classify(doc: Document, phrase: list[Token], by_last: dict[int, NameMention], position: str) -> Speaker | None:
    if not phrase or all(t.lower in _CONJUNCTIONS for t in phrase):
        return None  # "“reckless,” adding “...”", "“...” and added": no word before the verb names anyone
    last = phrase[-1]
    if len(phrase) == 1 and last.lower in SUBJECT_PRONOUNS:
        return Speaker(last.start, last.end, last.text, "pronoun", pronoun=last.lower, position=position)
    m = by_last.get(last.index)
    if m is None and len(phrase) > 1 and last.lower.rstrip(".") in POSTNOMINALS:
        m = by_last.get(last.index - 1)  # "Fiona Vale KC": the name ends before its letters
    if m is not None and m.kind not in ("nationality", "organization", "person") and (
            phrase[0].lower in DETERMINERS or (m.kind == "place" and _after_a_nouns_preposition(doc, m))) and any(
            t.lower in _OF_A_PLACE for t in phrase[1:] if t.index < m.first_token):
        # "the MP for Hexley and Tarrow said": the MP speaks, not the place her title names; "the
        # 41-year-old porter from Tarrow said": the porter, not the place she comes from
        return Speaker(phrase[0].start, last.end, doc.text[phrase[0].start : last.end], "noun", position=position)
    if m is not None and m.kind != "person" and (person := _affiliated_person(doc, m, by_last)) is not None:
        m = person  # "Professor Ada Moss of the University of Tarrow said": she speaks, not her university
    if m is not None and m.kind != "nationality":
        return Speaker(m.start, m.end, m.text, "name", name=m, position=position)
    start = phrase[0].start
    # "Harbourline's spokeswoman", "Velmora's government": a noun that speaks for the name it belongs to
    owner = next((by_last[t.index] for t in phrase[:-1] if t.possessive and t.index in by_last), None)
    return Speaker(start, last.end, doc.text[start : last.end], "noun", name=owner, position=position)


def _after_a_nouns_preposition(doc: Document, m: NameMention) -> bool:
    """Whether a name follows a preposition after a lower-case noun ("porter from Tarrow"), not after
    a name ("Ada Moss of Tarrow Way", whose place is hers)."""
    if m.first_token < 2:
        return False
    before, noun = doc.tokens[m.first_token - 1], doc.tokens[m.first_token - 2]
    return before.lower in _OF_A_PLACE and noun.kind == "word" and noun.text.islower()


def _before(
    doc: Document, q: QuoteMention, closes: list[int], by_last: dict[int, NameMention],
    by_sentence: dict[int, list[NameMention]],
) -> Speaker | None:
    """`closes`: every quote's closing offset, sorted; `by_sentence`: names by sentence, in order."""
    sentence = doc.sentence_at(q.open_at)
    if sentence is None:
        return None
    # the latest quote that closes in this sentence before this one opens
    k = bisect.bisect_left(closes, q.open_at) - 1
    floor = max(sentence.start, closes[k]) if k >= 0 else sentence.start
    names = by_sentence.get(sentence.index, [])
    tokens = [t for t in doc.tokens_between(floor, q.open_at) if sentence.first_token <= t.index < sentence.last_token]
    verbs = [t for t in tokens if (t.lower in REPORTING_VERBS or t.lower in CHARACTERIZING_VERBS or t.lower == "according"
                                   or _puts_it(doc, t)) and not _a_noun_here(doc, t, sentence)]
    if not verbs:
        return None
    verb = verbs[-1]
    if len(verbs) > 1 and verb.index > 0 and doc.tokens[verb.index - 1].lower in _CONJUNCTIONS:
        verb = verbs[-2]  # 'Ada Moss said that it was "..." and added: "..."': Moss's
    if verb.lower == "according":
        # "according to Ada Moss", "according to the bride's mother": the words after "to", up to a comma
        rest = []
        for t in tokens:
            if t.index > verb.index + 1:
                if t.text in (",", ";", ":"):
                    break
                rest.append(t)
        m = next((by_last[t.index] for t in reversed(rest) if t.index in by_last), None)
        if m is not None and not any(t.lower in DETERMINERS for t in rest if t.index < m.first_token):
            return Speaker(m.start, m.end, m.text, "name", name=m, position="before")
        return _classify(doc, _noun_phrase(rest[:6]), by_last, "before") if rest else None
    if verb.lower in _PARTICIPLES:
        subject = [t for t in tokens if t.index < verb.index]
        aside = _aside_before(doc, sentence, verb)
        if aside is not None:  # "Moss had waited outside, the judge found, adding: '...'": the judge's
            return _classify(doc, _noun_phrase(aside), by_last, "before")
        own = _with_subject(doc, sentence, verb)
        if own is not None:  # "The firm will hire 18, with co-founder Ada Moss saying: '...'": hers
            return _classify(doc, own, by_last, "before")
        semicolon = next((t for t in reversed(subject) if t.text == ";"), None)
        if semicolon is not None:  # "The firm had asked for 25%; Ivo Pent gave it 22, observing '...'": his clause's
            subject = [t for t in subject if t.index > semicolon.index]
            opening = next((by_last[t.index] for t in subject if t.index in by_last), None)
            if opening is not None and opening.first_token == semicolon.index + 1:
                return Speaker(opening.start, opening.end, opening.text, "name", name=opening, position="before")
        else:
            opening = _sentence_subject(doc, sentence, [m for m in names if m.start < verb.start])
            if opening is not None:
                return opening
        return _classify(doc, _noun_phrase(subject[:4]), by_last, "before") if subject else None
    i = verb.index - 1
    while i >= sentence.first_token and doc.tokens[i].kind == "word" and doc.tokens[i].lower in ("also", "later", "then", "has", "had", "have", "once", "again"):
        i -= 1
    i = _before_a_bracket(doc, sentence, i)  # "Councillor Ada Moss (Tarrow ward) said:"
    skipped, after_who, after_place = 0, False, False
    while i >= sentence.first_token and (doc.tokens[i].text == "," or (skipped and (
            _role_apposition(doc, sentence, i) or (after_who and _described_person(doc, sentence, i))
            or (after_place and _where_a_post_is(doc, sentence, i, by_last))))):
        # skip an apposition or relative clause between commas, unless it is the name itself; then
        # one more set off by a comma that begins with a role ("Ada Moss, chair of the Tarrow Trust,
        # a charity, said": Moss speaks, not the trust), or that describes the person a "who" clause
        # after it is about ("Ada Moss, a specialist at the Tarrow Institute, who was not involved, said")
        if doc.tokens[i].text != ",":
            i = _comma_before(doc, sentence, i)
        j = i - 1
        while j >= sentence.first_token and doc.tokens[j].text != ",":
            j -= 1
        segment = doc.tokens[j + 1 : i]
        opening = segment[0].index if segment else i  # where the segment starts, titles and all
        while len(segment) > 1 and (segment[0].lower.rstrip(".") in HONORIFICS or segment[0].text in (".", "(", ")")
                                    or (segment[0].is_capitalized and is_role_word(segment[0]))
                                    or (segment[0].lower in _BEFORE_A_STYLE and _a_style(segment[1]))):
            # "Ms. Ada Moss", "Councillor Ada Moss", "the Very Rev Ada Moss", "Chief (Dr) Ada Moss": the
            # name after its titles
            segment = segment[1:]
        if j < sentence.first_token:  # "X has refused reporting, said it was ..."
            return _sentence_subject(doc, sentence, names)
        named = by_last.get(segment[-1].index) if segment else None
        a_place = named is not None and (named.kind == "place" or _state_of_a_place(doc, segment, j)
                                         or (after_place and named.kind != "person"))
        if named is not None and _titled_name(doc, segment, opening, named) and not is_role_noun(segment[0].lower) \
                and not a_place and not _a_posts_body(doc, sentence, j, named):
            # "Leader of Tarrow Council" is a role set off; "who drives a bus in Larchmere Springs,
            # Colorado, said": a place (and its state) ends the clause before
            m = _officer_of(doc, sentence, j, named, by_last)
            return Speaker(m.start, m.end, m.text, "name", name=m, position="before")
        if (m := _person_of_a_body(doc, segment, names)) is not None:
            return Speaker(m.start, m.end, m.text, "name", name=m, position="before")
        i = j - 1
        skipped += 1
        after_who = bool(segment) and segment[0].lower in ("who", "whose")
        after_place = a_place  # "..., Tarrow University, Auckland, New Zealand, said": the post's body and town
    if i < sentence.first_token:
        return None
    if doc.tokens[i].lower in ("and", "but") and i > sentence.first_token and doc.tokens[i - 1].kind == "word":
        # "He represented himself and told the bench: '...'": a second verb of the sentence's subject
        # (a person's), where no clause opens between ("She said that Ivo Pent had ... and had
        # described it as '...'": his words)
        between = doc.tokens[sentence.first_token : i]
        if any(t.lower in _CLAUSE_OPENERS or t.lower in REPORTING_VERBS for t in between):
            return None
        subject = _sentence_subject(doc, sentence, names)
        return subject if subject is not None and (subject.kind == "pronoun" or subject.name.kind == "person") else None
    phrase = []
    k = i
    while k >= sentence.first_token and doc.tokens[k].kind == "word" and len(phrase) < 6:
        phrase.insert(0, doc.tokens[k])
        if doc.tokens[k].lower in DETERMINERS or doc.tokens[k].lower in SUBJECT_PRONOUNS:
            break
        k -= 1
    speaker = _classify(doc, phrase, by_last, "before") if phrase else None
    speaker = _person_of(doc, speaker, by_last) or _office_of(doc, speaker) or speaker
    if speaker is not None and speaker.name is not None and speaker.name.first_token > sentence.first_token \
            and doc.tokens[speaker.name.first_token - 1].lower in TELLING_VERBS:
        # "Ada Moss, who says ..., told Radio Tarrow the team spent '...'": the one told is no speaker;
        # the sentence's subject, a person, is
        opener = _sentence_subject(doc, sentence, names)
        return opener if opener is not None and (opener.kind == "pronoun" or opener.name.kind == "person") else None
    if speaker is not None and speaker.kind in ("name", "noun") and (opener := _sentence_subject(doc, sentence, names)) is not None \
            and opener.name is not None and opener.start < speaker.start and (
                (speaker.kind == "name" and _relative_after(doc, opener.name)) or (
                after_who and _a_body_or_place(speaker, names) and opener.name.kind == "person")):
        # "Ada Moss, who hosted Kenya's leader, Ivo Pent, at the palace, said": the clause after "who"
        # runs to the verb; the name it sets off is not who speaks; nor is the place or body a "who"
        # clause follows ("Ada Moss of the Tarrow Institute in Velmar, who had no role in it, said")
        return opener
    if speaker is not None and speaker.kind in ("name", "noun") and any(
            t.lower in REPORTING_VERBS and t.lower != "according" for t in tokens if t.end <= speaker.start):
        return None  # 'Ada Pent said Nightkestrel had claimed 60 attacks and "..."', 'Mr Pent said the firm
        # noted that it was "..."': whose words the quote is, the reporter's or the one reported, is not told
    return speaker


def _a_body_or_place(speaker: Speaker, names: list[NameMention]) -> bool:
    """Whether a speaker found before the verb is a body or a place ("Velmar"), or a phrase around
    one ("the Tarrow Institute in Velmar"): no one a "who" clause is about."""
    if speaker.kind == "name":
        return speaker.name is not None and speaker.name.kind in _NO_PERSONS
    return any(m.kind in _NO_PERSONS and speaker.start <= m.start and m.end <= speaker.end for m in names)


_NO_PERSONS = ("place", "organization")


def _titled_name(doc: Document, segment: list[Token], opening: int, m: NameMention) -> bool:
    """Whether a set-off segment (from token `opening`; `segment`, its words after its titles) is
    name `m`, maybe after an abbreviated rank or office ("Cllr Ada Moss", "Det. Ivo Pent"): the
    segment names its speaker."""
    return m.first_token == segment[0].index or (m.first_token > opening and all(
        t.lower in RANK_ABBREVIATIONS or t.text == "." for t in doc.tokens[opening : m.first_token]))


def _a_posts_body(doc: Document, sentence: Sentence, comma: int, m: NameMention) -> bool:
    """Whether organization `m`, set off after the comma at token `comma`, is the body of a post set
    off before it, after a name ("Ada Moss, publishing director, Tarrow Press, said"): the person
    speaks, for the body."""
    return m.kind == "organization" and comma - 1 > sentence.first_token and _role_apposition(doc, sentence, comma - 1)


def _where_a_post_is(doc: Document, sentence: Sentence, i: int, by_last: dict[int, NameMention]) -> bool:
    """Whether the name that ends at token `i`, set off by commas before a place that was skipped, is
    where a post set off before it is held: the body ("Ada Moss, reader in statistics, Tarrow
    University, Cardiff, said": she speaks) or the town of the place ("Auckland, New Zealand")."""
    m = by_last.get(i)
    if m is None or m.kind == "person":
        return False
    comma = _comma_before(doc, sentence, i)
    return m.first_token == comma + 1 and (m.kind == "place" or _a_posts_body(doc, sentence, comma, m)
                                           or (m.kind == "thing" and len(m.words) == 1))


def _person_of_a_body(doc: Document, segment: list[Token], names: list[NameMention]) -> NameMention | None:
    """The person a set-off segment opens with, where the body she is of or at follows ("his
    solicitor, Ada Moss of Tarrow Legal, said"): she speaks, not her firm."""
    m = next((n for n in names if n.first_token == segment[0].index), None) if segment else None
    if m is None or m.kind != "person" or m.last_token >= segment[-1].index \
            or doc.tokens[m.last_token].lower not in ("of", "at", "from"):
        return None
    return m


_BRACKET_TOKENS = 12  # tokens a bracketed aside between a speaker and the verb may hold


def _puts_it(doc: Document, t) -> bool:
    """ "Ada Moss put it this way: '...'", "as Ivo Pent put it": a speaker's own words; not "put it
    to her that ...", a question put to someone else."""
    toks = doc.tokens
    return t.lower == "put" and t.index + 1 < len(toks) and toks[t.index + 1].lower == "it" \
        and not (t.index + 2 < len(toks) and toks[t.index + 2].lower == "to")


def _before_a_bracket(doc: Document, sentence: Sentence, i: int) -> int:
    """The token before a short bracketed aside that ends at token `i` ("Ada Moss (Tarrow ward)"),
    else `i`: the aside describes the speaker before it."""
    if i < sentence.first_token or doc.tokens[i].text != ")":
        return i
    for k in range(i - 1, max(sentence.first_token, i - _BRACKET_TOKENS) - 1, -1):
        if doc.tokens[k].text in ")\"“”":
            return i
        if doc.tokens[k].text == "(":
            return k - 1
    return i


def _aside_before(doc: Document, sentence: Sentence, participle: Token) -> list[Token] | None:
    """The subject of a reporting aside set off by commas right before a participle ("..., the judge
    found, adding"): its words before its verb, or None where no such aside comes before it."""
    k = participle.index - 1
    if k <= sentence.first_token or doc.tokens[k].text != ",":
        return None
    j = k - 1
    while j >= sentence.first_token and doc.tokens[j].text != "," and k - j <= 6:
        j -= 1
    if j < sentence.first_token or doc.tokens[j].text != ",":
        return None
    aside = doc.tokens[j + 1 : k]
    if len(aside) < 2 or aside[-1].kind != "word" or not (
            aside[-1].lower in REPORTING_VERBS or aside[-1].lower in VIEW_VERBS or aside[-1].lower in _FINDING_VERBS):
        return None
    return aside[:-1]


def _with_subject(doc: Document, sentence: Sentence, participle: Token) -> list[Token] | None:
    """The participle's own subject after "with" ("..., with co-founder Ada Moss saying"): the words
    between them, where they are a few words and no clause."""
    k = participle.index - 1
    while k >= sentence.first_token and participle.index - k <= 6 and doc.tokens[k].kind == "word":
        if doc.tokens[k].lower == "with":
            return doc.tokens[k + 1 : participle.index] or None
        k -= 1
    return None


_FINDING_VERBS = {"found", "ruled", "held", "decided", "concluded", "wrote", "said", "noted"}  # a court's, a report's


def _a_noun_here(doc: Document, word: Token, sentence: Sentence) -> bool:
    """Whether a verb of saying is written as a noun: after a determiner ("made the following
    remarks:", "his notes") or capitalized inside its sentence ("the United States")."""
    before = doc.tokens[word.index - 1] if word.index > sentence.first_token else None
    return before is not None and (before.lower in DETERMINERS or before.lower in ("following", "these", "those")
                                   or word.text[:1].isupper())


def _sentence_subject(doc: Document, sentence: Sentence, names: list[NameMention]) -> Speaker | None:
    """The subject that opens a sentence whose quote a later verb reports ("Ada Moss named the
    Tarrow Stakes as her next target, adding that '...'"): a subject pronoun, or a name among its
    first words after nothing but a determiner, an honorific or a title; never a name the
    sentence's own verb is about ("She named the Tarrow Stakes")."""
    first = doc.tokens[sentence.first_token]
    if first.lower in SUBJECT_PRONOUNS:
        return Speaker(first.start, first.end, first.text, "pronoun", pronoun=first.lower, position="before")
    m = next((m for m in names if m.kind != "nationality"), None)  # `names`: the sentence's, in order
    if m is None or m.first_token - sentence.first_token > 3 or not all(
            t.lower in DETERMINERS or t.lower.rstrip(".") in HONORIFICS or t.text == "." or is_role_word(t)
            or (m.kind == "person" and t.is_capitalized and is_common_english(t.bare)
                and t.lower not in FUNCTION_WORDS)  # "Mate Ada Moss, 31, who ...": her trade, not "In Tarrow"
            for t in doc.tokens[sentence.first_token : m.first_token]):
        return None
    return Speaker(m.start, m.end, m.text, "name", name=m, position="before")


def _relative_after(doc: Document, m: NameMention) -> bool:
    """Whether a relative clause set off by a comma follows a name: "Ada Moss, who ...", "..., whose
    ...", after an age set off too ("Ada Moss, 31, who ...")."""
    comma, pronoun = m.last_token, m.last_token + 1
    tokens = doc.tokens
    if pronoun + 2 < len(tokens) and tokens[comma].text == "," and tokens[pronoun].kind == "number" \
            and tokens[pronoun + 1].text == ",":
        comma, pronoun = pronoun + 1, pronoun + 2  # the age, then the clause
    return pronoun < len(tokens) and tokens[comma].text == "," and tokens[pronoun].lower in ("who", "whose")


def _state_of_a_place(doc: Document, segment: list[Token], comma: int) -> bool:
    """Whether `segment` is one word the gazetteer knows, after a comma that a capitalized word
    ends before: the state or country of a place ("Larchmere Springs, Colorado")."""
    before = doc.tokens[comma - 1] if comma > 0 else None
    return len(segment) == 1 and before is not None and before.is_capitalized and place_of(segment[0].bare) is not None


def _person_of(doc: Document, speaker: Speaker | None, by_last: dict[int, NameMention]) -> Speaker | None:
    """The person in "Ada Moss of Tarrow Securities called it ...": where the speaker found is an
    organization or a place after "of", "at" or "from" and a person's name, that person speaks."""
    if speaker is None or speaker.name is None:
        return None
    link = speaker.name.first_token - 1
    if link >= 1 and doc.tokens[link].lower == "the":
        link -= 1  # "Ivo Pent of the Lok Jan Morcha said": a body, whatever its words look like
    elif speaker.name.kind not in ("organization", "place"):
        return None
    if link < 1 or doc.tokens[link].lower not in ("of", "at", "from"):
        return None
    m = by_last.get(link - 1)
    if m is None or m.kind != "person":
        return None
    return Speaker(m.start, m.end, m.text, "name", name=m, position=speaker.position)


def _office_of(doc: Document, speaker: Speaker | None) -> Speaker | None:
    """The office in "The Bishop of Tarrow said": a place or a body after an office's word and
    "of" names where the office is, not who speaks."""
    if speaker is None or speaker.kind != "name" or speaker.name is None or speaker.name.kind == "person":
        return None
    link = speaker.name.first_token - 1
    if link >= 1 and doc.tokens[link].lower == "the":
        link -= 1
    if link < 1 or doc.tokens[link].lower != "of" or not is_role_noun(doc.tokens[link - 1].lower):
        return None
    start = doc.tokens[link - 1].start
    return Speaker(start, speaker.end, doc.text[start : speaker.end], "noun", position=speaker.position)


def _officer_of(doc: Document, sentence, comma: int, org: NameMention, by_last: dict[int, NameMention]) -> NameMention:
    """The person in "Ada Moss, Managing Director, Tarrow Polymers Ltd, said": where the name set off
    before the verb is an organization, after a role set off by commas after a person's name
    (or a role that runs into it: "chair of the Tarrow, Wend and Vale Trust"), that person speaks;
    else the organization."""
    if org.kind not in ("organization", "person"):
        return org
    before = _comma_before(doc, sentence, comma - 1)
    role = [t for t in doc.tokens[before + 1 : comma] if t.kind == "word"]
    if len(role) == 1 and role[0].is_capitalized and before > sentence.first_token and (
            (region := by_last.get(role[0].index)) is None or region.kind != "person"):
        # "Ada Moss, Head of Wine, Asia, Tarrow Vauclair, said": a role's region set off on its own
        comma, before = before, _comma_before(doc, sentence, before - 1)
        role = [t for t in doc.tokens[before + 1 : comma] if t.kind == "word"]
    titled = bool(role) and (is_role_noun(role[-1].lower) and all(t.is_capitalized or t.lower in ("of", "and") for t in role))
    head = list(itertools.takewhile(lambda t: t.is_capitalized, role))  # "Head", "Senior Lecturer" (in Biostatistics)
    headed = bool(head) and is_role_noun(head[-1].lower)  # "Head of Wine"
    if org.kind == "person" and not (titled or headed):
        return org  # "Ada Moss, a farmer, Ivo Pent, said" is no press kit's "name, title, company"
    if not role or before <= sentence.first_token or not (titled or headed or is_role_noun(role[0].lower)):
        return org  # "Ada Moss, chair of the Tarrow, Wend and Vale Trust, said": a role opens the apposition
    person = by_last.get(before - 1)
    return person if person is not None and person.kind == "person" else org


def _comma_before(doc: Document, sentence, i: int) -> int:
    """The comma before token `i` in its sentence (its first token's index less one if none)."""
    while i >= sentence.first_token and doc.tokens[i].text != ",":
        i -= 1
    return i


def _role_apposition(doc: Document, sentence, i: int) -> bool:
    """Whether the words from the last comma before token `i` to it are a role set off by commas
    ("chair of the Tarrow Trust", "the MP for Tarrow"): a lower-case first word (a determiner only
    before a role word) or an office's capitalized head, after a comma that a name ends before."""
    comma = _comma_before(doc, sentence, i)
    if comma <= sentence.first_token:
        return False
    first, before = doc.tokens[comma + 1], doc.tokens[comma - 1]
    role_after = comma + 2 < len(doc.tokens) and (is_role_word(doc.tokens[comma + 2]) or (  # "the MP for Tarrow"
        doc.tokens[comma + 2].possessive and comma + 3 < len(doc.tokens) and is_role_word(doc.tokens[comma + 3])))
    # ("the Larks' captain", "the club's chair": a body's role)
    # ("Chair of the Tarrow Traders", "Chief Executive, Velmar Holdings": an office as a letterhead writes it)
    if _an_age(doc, comma + 1, i) and before.is_capitalized:
        return True  # "Ada Moss, 38, from Tarrow, told ...": her age set off
    # after a name or its age ("Ada Moss, 38, from Tarrow, who was stuck ..., told")
    return first.kind == "word" and (before.is_capitalized or _an_age(doc, comma - 1, comma - 1)) and (
        (first.text[:1].islower() and (first.lower not in DETERMINERS or role_after))
        or (first.is_capitalized and is_role_word(first)))


def _described_person(doc: Document, sentence, i: int) -> bool:
    """Whether the words from the last comma before token `i` to it describe the one a name ends
    before that comma, with an indefinite article ("Ada Moss, a specialist at the Tarrow Institute")."""
    comma = _comma_before(doc, sentence, i)
    return comma > sentence.first_token and doc.tokens[comma + 1].lower in ("a", "an") \
        and doc.tokens[comma - 1].is_capitalized


def _an_age(doc: Document, a: int, b: int) -> bool:
    """Whether tokens `a` to `b` are one number an age may be ("38")."""
    return a == b and doc.tokens[a].text.isdigit() and len(doc.tokens[a].text) <= 3


def _noun_phrase(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind == "word"]


# --------------------------------------------------------------------------- comparing quotes

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
NEGATIONS = {"not", "no", "never", "n't", "nor", "without"}  # words that negate what follows them


@dataclass(slots=True)
class Word:
    text: str
    norm: str
    start: int
    end: int


def words_of(text: str, base: int = 0) -> list[Word]:
    """A text's words with their norms: lower case, American spelling, letters without their
    accents ("Brennvær-Saltøyra" is the "Brennvaer-Saltoyra" a draft without them writes)."""
    return [Word(m.group(), american(_plain(m.group().lower().replace("’", "'"))), base + m.start(), base + m.end())
            for m in _WORD.finditer(text)]


def _plain(word: str) -> str:
    return word if word.isascii() else unaccented(word)


@dataclass(slots=True)
class QuoteMatch:
    fact: Any  # the QuoteFact matched (set by the caller)
    exact: bool
    coverage: float
    draft_diff: tuple[int, int] | None = None  # word index range in the draft quote that differs
    source_diff: tuple[int, int] | None = None
    cut_after_negation: bool = False
    tightness: float = 1.0  # matched words over both aligned stretches (Dice): higher is a closer fit
    window: str = ""  # the source words the draft quote was aligned with (the quote, or one of its sentences)
    source_span: tuple[int, int] | None = None  # the word index range of the source the draft quote spans


def find_run(sub: list[str], seq: list[str]) -> int:
    """Where the words `sub` stand together in `seq`, or -1."""
    n = len(sub)
    for i in range(len(seq) - n + 1):
        if seq[i : i + n] == sub:
            return i
    return -1


# A quote this short may be a source quote's one word off, sharing one content word, where five
# words in a row of it are the source's: "The only question was the money" for "... was the number".
SHORT_QUOTE = 12
_RUN_OF_WORDS = 5


def _reordered(draft: list[str], source: list[str]) -> QuoteMatch | None:
    """A draft quote of four words or more that is a source run's very words in another order ("a
    ceiling we are comfortable with, not a floor" for "a floor ..., not a ceiling"): a misquote that
    shares every word, which an alignment in order would call a paraphrase."""
    n = len(draft)
    if n < 4 or not set(draft) <= set(source):
        return None
    need = Counter(draft)
    for i in range(len(source) - n + 1):
        window = source[i : i + n]
        if window != draft and Counter(window) == need:
            differ = [k for k in range(n) if window[k] != draft[k]]
            return QuoteMatch(None, False, 1.0, (differ[0], differ[-1] + 1), (i + differ[0], i + differ[-1] + 1),  # type: ignore[arg-type]
                              source_span=(i, i + n))
    return None


def compare(draft: list[str], source: list[str]) -> QuoteMatch | None:
    """How a draft quote's words stand to one source quote's words (None: unrelated)."""
    at = find_run(draft, source)
    if at >= 0:
        return QuoteMatch(None, True, 1.0, cut_after_negation=at > 0 and source[at - 1] in NEGATIONS)  # type: ignore[arg-type]
    if (reordered := _reordered(draft, source)) is not None:
        return reordered
    sm = SequenceMatcher(None, draft, source, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return None
    matched = sum(b.size for b in blocks)
    content = sum(1 for b in blocks for w in draft[b.a : b.a + b.size] if w not in STOPWORDS)
    a0, a1 = blocks[0].a, blocks[-1].a + blocks[-1].size
    b0, b1 = blocks[0].b, blocks[-1].b + blocks[-1].size
    # a differing stretch at either end, where both quotes have words left, belongs to the region
    lead = min(a0, b0)
    a0, b0 = a0 - lead, b0 - lead
    trail = min(len(draft) - a1, len(source) - b1)
    a1, b1 = a1 + trail, b1 + trail
    coverage = matched / max(1, a1 - a0)
    # a short quote ("no regret whatsoever") needs most of its words matched; a longer one two content words
    short_and_close = len(draft) <= 4 and matched >= 2 and content >= 1 and matched >= len(draft) - 1
    # "The only question was the money": five words in a row of "the only question was the number, and
    # ...", one word off, are that statement though they share one content word
    short_and_close = short_and_close or (len(draft) <= SHORT_QUOTE and matched >= _RUN_OF_WORDS and content >= 1
                                          and matched >= len(draft) - 1 and max(b.size for b in blocks) >= _RUN_OF_WORDS)
    if (matched < 3 and not short_and_close) or (content < 2 and not short_and_close) or coverage < 0.5 or (a1 - a0) < 0.5 * len(draft):
        return None
    ops = [op for op in SequenceMatcher(None, draft[a0:a1], source[b0:b1], autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:
        return None
    da = (a0 + ops[0][1], a0 + ops[-1][2]) if ops[-1][2] > ops[0][1] else None
    db = (b0 + ops[0][3], b0 + ops[-1][4]) if ops[-1][4] > ops[0][3] else None
    tightness = 2 * matched / max(1, (a1 - a0) + (b1 - b0))
    return QuoteMatch(None, False, coverage, da, db, tightness=tightness, source_span=(b0, b1))  # type: ignore[arg-type]


def quote_sentences(text: str) -> list[str]:
    return [p for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]


@lru_cache(maxsize=8192)
def sentence_words(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(quote_words(p) for p in quote_sentences(text))


def same_statement(a: str, b: str) -> bool:
    """Two quotes that share a sentence (most of its words, in order): one statement, two wordings."""
    for x in sentence_words(a):
        for y in sentence_words(b):
            if len(x) < 4 or len(y) < 4:
                continue
            sm = SequenceMatcher(None, x, y, autojunk=False)
            content = sum(1 for blk in sm.get_matching_blocks() for w in x[blk.a : blk.a + blk.size] if w not in STOPWORDS)
            if sm.ratio() >= 0.55 and content >= 2:
                return True
    return False
