"""Personal pronouns, and the people before them that a pronoun can refer to."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from copydesk.document import Document, Sentence
from copydesk.lexicon import PRONOUNS, REPORTING_VERBS, VIEW_VERBS
from copydesk.mentions.names import NameMention, style_of_address


@dataclass(slots=True)
class PronounMention:
    start: int
    end: int
    text: str
    gender: str  # "male" | "female"
    sentence: int
    token: int


def extract_pronouns(doc: Document) -> list[PronounMention]:
    toks = doc.tokens
    return [
        PronounMention(t.start, t.end, t.text, PRONOUNS[t.lower], t.sentence, t.index)
        for t in toks
        if t.kind == "word" and t.lower in PRONOUNS and not style_of_address(toks, t.index + 1)  # "His Excellency"
    ]


def subject_of_report(tokens, i: int) -> bool:
    """Whether the pronoun at token `i` is the very subject of a reporting verb ("he said", "...,"
    said she."), not of the clause it introduces ("said she had")."""
    here = tokens[i].sentence
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sentence == here else None
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].sentence == here else None
    if nxt is not None and nxt.lower in REPORTING_VERBS:
        return nxt.lower not in _WRITING or _writes_a_statement(tokens, nxt.index)
    return prev is not None and prev.lower in REPORTING_VERBS and (nxt is None or nxt.kind != "word")


_WRITING = {"write", "writes", "wrote"}  # what a writer does, and a statement's verb: "she writes novels"
_STATEMENT_AFTER = {"that", "to", "in", "on"}  # "wrote that", "wrote to the council", "wrote in a letter"


def _writes_a_statement(tokens, i: int) -> bool:
    """Whether the writing verb at token `i` reports words ('she wrote: "..."', "she wrote that",
    "she wrote to the council"), not what a writer does ("the desk she writes at", "everything he
    writes before breakfast")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence else None
    if nxt is None:
        return True
    if nxt.kind != "word":
        return nxt.text in ":\"“”'‘’"
    after = tokens[i + 2] if i + 2 < len(tokens) and tokens[i + 2].sentence == tokens[i].sentence else None
    return nxt.lower in _STATEMENT_AFTER and after is not None and after.kind == "word"


def reports(tokens, i: int) -> bool:
    """Whether the pronoun at token `i` reports: the subject of a reporting verb or of one that
    reports a view ("she expects"), or of the clause a reporting verb introduces ("said she had",
    "said that she")."""
    return reports_itself(tokens, i) or _reported_clause_subject(tokens, i)


def reports_itself(tokens, i: int) -> bool:
    """Whether the pronoun at token `i` is the subject of a reporting verb or of one that reports a
    view ("she said", "she expects"), not of the clause one introduces ("Ada Moss said he would")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence else None
    return subject_of_report(tokens, i) or (nxt is not None and nxt.lower in VIEW_VERBS)


def _reported_clause_subject(tokens, i: int) -> bool:
    """ "Ada Moss said on Tuesday that she would fly": the subject of the clause a reporting verb
    introduces, which refers to the verb's subject as often as not (checked like one)."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or prev.sentence != tokens[i].sentence:
        return False
    if prev.lower in REPORTING_VERBS:
        return True
    return prev.lower == "that" and any(
        t.sentence == tokens[i].sentence and t.lower in REPORTING_VERBS for t in tokens[max(0, i - 6) : i - 1])


def antecedents(
    doc: Document, people: list[NameMention], before: int, skip: tuple[int, int] | None = None, sentences_back: int = 1
) -> list[NameMention]:
    """People mentioned before offset `before`, nearest first: in the same sentence and up to
    `sentences_back` sentences earlier in the same paragraph; mentions inside `skip` (the quote a
    pronoun attributes) are left out."""
    here = doc.sentence_at(before)
    if here is None:
        return []
    lowest = here.index - sentences_back
    ordered, starts = _by_start(people)
    # only mentions that start before `before` and no earlier than sentence `lowest` can qualify
    # (a mention's sentence is that of its first token)
    lo = bisect.bisect_left(starts, doc.sentences[lowest].start) if lowest > 0 else 0
    hi = bisect.bisect_left(starts, before)
    out = []
    for m in reversed(ordered[lo:hi]):
        if m.start >= before or m.sentence < lowest:
            continue
        if doc.sentences[m.sentence].paragraph != here.paragraph:
            continue
        if skip and skip[0] <= m.start < skip[1]:
            continue
        if _fronted_topic(doc, m, doc.sentences[m.sentence]):
            continue  # "On Ivo Pent, she added:": whom she speaks about, not who she is (nor who the
            # next sentence's "She added" is)
        if in_a_relative_clause(doc, m, before):
            continue  # "Ivo Pent, whose family farms at Tarrow Lea, said he ...": he is Pent
        out.append(m)
    return out


_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose|whom|which|where)\b[^,.;:]*$", re.I)


def in_a_relative_clause(doc: Document, m: NameMention, before: int) -> bool:
    """Whether a name lies in a relative clause set off by commas that closes before `before`."""
    s = doc.sentences[m.sentence]
    return _RELATIVE_OPEN.search(doc.prose, s.start, m.start) is not None and "," in doc.prose[m.end : before]


# what follows an object "her" ("gave her a ride", "told her to wait", "thanked her."), not a possessive's noun
_AFTER_AN_OBJECT = re.compile(r"\s*(?:[^\w\s]|$|(?:a|an|the|to|for|with|in|on|at|from|out|up|off|back|away|about|"
                              r"over|as|and|but|into|through|again|last|this|that)\b)", re.I)
# what a clause ends at between a subject and a later pronoun: a clause mark, a conjunction, a relative
_CLAUSE_BETWEEN = re.compile(r"[;:,()\u2013\u2014\"“”]|\s-\s|\b(?:and|but|or|after|before|because|when|while|"
                             r"although|until|if|who|whom|whose|which|that|said|says|told|tells)\b", re.I)

# a verb of telling right before the pronoun, whose object it is ("told" otherwise opens what is told)
_TOLD_JUST_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+$", re.I)


def object_of_its_subject(doc: Document, p: PronounMention, name: NameMention) -> bool:
    """Whether pronoun `p` is an object in the clause that `name` is the subject of ("Niamh gave
    him a beautiful ride", "Moss thanked her"): that is someone else, since the subject would be
    "himself", "herself"."""
    low = p.text.lower()
    if low != "him" and not (low == "her" and _AFTER_AN_OBJECT.match(doc.prose, p.end)):
        return False
    if name.sentence != p.sentence or name.end > p.start:
        return False
    after = name.end
    if doc.prose[max(0, name.start - 2) : name.start].rstrip().endswith(",") and \
            (closing := _APPOSITION_CLOSED.match(doc.prose, name.end)):
        after = closing.end()  # "The mare's jockey, Seanan Habbishaw, rode her": a set-off name's comma ends no clause
    told = _TOLD_JUST_BEFORE.search(doc.prose, after, p.start)  # "Ada Moss told him": its object
    if _CLAUSE_BETWEEN.search(doc.prose, after, told.start() if told else p.start) is None:
        return True
    # "Ada Moss, now 97, who gave him his first job": the object of the relative clause about her
    who = _WHO_CLAUSE.search(doc.prose, name.end, p.start)
    return who is not None and who.start() - name.end <= _APPOSITION_REACH \
        and _CLAUSE_BETWEEN.search(doc.prose, who.end(), p.start) is None \
        and len(doc.prose[who.end() : p.start].split()) <= _VERB_WORDS


_WHO_CLAUSE = re.compile(r",\s+who\s+")
_APPOSITION_CLOSED = re.compile(r"\s*,")
_APPOSITION_REACH = 40  # characters of an apposition between a name and its "who" (", now 97,")
_VERB_WORDS = 3  # words of the relative clause's verb before its object ("had once given")


_TOPIC_OPENER = re.compile(r"[\W_]*(?:on|about|of|for|regarding|as for|asked about|turning to|speaking of)\s+$", re.I)
# the fronted topic's end: a comma, then the sentence's subject pronoun
_THEN_PRONOUN = re.compile(r",\s*(?:he|she|they)\b", re.I)


def _fronted_topic(doc: Document, m: NameMention, sentence: Sentence) -> bool:
    """Whether `m` is the topic its sentence fronts before its subject pronoun: "On Ivo Pent, she
    added", "Asked about Ada Moss, the board's chair, who had called the bid reckless, he replied"."""
    return bool(_TOPIC_OPENER.fullmatch(doc.prose[sentence.start : m.start])) and bool(
        _THEN_PRONOUN.search(doc.prose, m.end, sentence.end))


_orders: list[tuple[list, int, list[NameMention], list[int]]] = []
_ORDERS_KEPT = 4  # a check asks with a few lists in turn (anyone named, the people among them)


def _by_start(people: list[NameMention]) -> tuple[list[NameMention], list[int]]:
    """`people` sorted by start (equal starts in reverse list order, so that walking the result
    backwards gives the nearest first and keeps list order among equals), and their starts.
    The last few lists sorted are remembered: `antecedents` is called many times with each."""
    for kept in _orders:
        if kept[0] is people and kept[1] == len(people):
            return kept[2], kept[3]
    order = sorted(range(len(people)), key=lambda i: (people[i].start, -i))
    ordered = [people[i] for i in order]
    starts = [m.start for m in ordered]
    _orders.insert(0, (people, len(people), ordered, starts))
    del _orders[_ORDERS_KEPT:]
    return ordered, starts
