"""Text -> document: prose, sentences, tokens, dateline, and offsets <-> LSP positions.

Every other module reads text through `Document`. Its format (`copydesk.formats`, by the path's
suffix) blanks the markup out in `Document.prose`, a string of the same length as the original
text, so every offset anywhere in copydesk is an offset into the original file. This module is
also the only place that converts character offsets to LSP positions (UTF-16 code units).

Why one module of this size: reading a file (its encoding), the one tokenizer, the sentence
splitter and the offset conversion share one contract (offsets into the original text), and every
stage downstream depends on all four agreeing; split apart, each would need the others' invariants.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import stat
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import InitVar, dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from copydesk.findings import Range
from copydesk.formats import Format, Masked, by_name, format_of
from copydesk.lexicon import MONTH_NAMES, WEEKDAYS

MAX_FILE_BYTES = 20 * 1024 * 1024
HYPHENS = "-\u2010\u2011\u2012\u2013"  # ascii, hyphen, non-breaking hyphen, figure dash, en dash
APOSTROPHES = "'\u2019"


class InputError(Exception):
    """A file copydesk cannot use; the message names the file (and line, where there is one)."""

    def __init__(self, path: str | Path, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


# --------------------------------------------------------------------------- reading files


# The encoding a config declares for files that are not UTF-8 (`encoding:` in copydesk.yaml).
# A context variable, so that every read during one fact-base build sees the workspace's
# setting without each caller passing it down (see `declared_encoding`).
_DECLARED: ContextVar[str | None] = ContextVar("copydesk_declared_encoding", default=None)


@contextmanager
def declared_encoding(name: str | None) -> Iterator[None]:
    """Read files that are not UTF-8 as `name` (None: detect) while the block runs."""
    token = _DECLARED.set(name)
    try:
        yield
    finally:
        _DECLARED.reset(token)


def _detect(data: bytes) -> tuple[str, str] | None:
    """Text and encoding name of non-UTF-8 bytes, by charset-normalizer; None if it has no guess.

    On short Western text several single-byte code pages read equally well (cp1250 turns
    "Coruña" into "Coruńa"); on such a tie Windows-1252, the usual newsroom code page, wins."""
    import charset_normalizer  # imported only for the rare file that is not UTF-8

    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        return None
    tied = [m for m in results if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and any(m.encoding == "cp1252" or str(m) == western for m in tied):
        return western, "windows-1252"
    return str(best), best.encoding


class Decoded(NamedTuple):
    text: str
    notes: list[str]
    encoding: str | None  # what the bytes were read as; None: broken UTF-8, not written back


def decode_bytes(data: bytes, path: str | Path = "<text>", encoding: str | None = None) -> Decoded:
    """Bytes -> text. UTF-8 first (the fast path). Bytes with no valid UTF-8 sequence at all are
    another encoding: `encoding` (or the declared one), else the detected one, noted once. UTF-8
    with a few broken bytes (valid sequences elsewhere) is read with replacement characters and
    noted once: decoding it as a code page would garble every correct accented letter.
    Binary data raises InputError."""
    if b"\x00" in data:
        raise InputError(path, "looks like a binary file (NUL bytes); skipped")
    try:
        return Decoded(data.decode("utf-8"), [], "utf-8")
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
    lossy = data.decode("utf-8", errors="replace")
    if not any(ord(c) > 0x7F and c != "\ufffd" for c in lossy):  # no valid UTF-8 sequence at all: another encoding
        declared = encoding or _DECLARED.get()
        if declared:
            with suppress(UnicodeDecodeError, LookupError):
                return Decoded(data.decode(declared), [], declared)
        guess = _detect(data)
        if guess is not None:
            note = f"{path}: not UTF-8; read as {guess[1]} (set 'encoding:' in copydesk.yaml to choose)"
            return Decoded(guess[0], [note], guess[1])
    return Decoded(lossy, [f"{path}:{bad_line}: invalid UTF-8, read with replacement characters"], None)


def decode(data: bytes, path: str | Path = "<text>") -> tuple[str, list[str]]:
    """Bytes -> (text, notes): `decode_bytes` without the encoding."""
    text, notes, _ = decode_bytes(data, path)
    return text, notes


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes, size-limited; folders, pipes and devices rejected (InputError)."""
    p = Path(path)
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(st.st_mode):  # a pipe or a device (/dev/zero) never ends and has no size
            raise InputError(path, "is not a regular file (a pipe, device or socket); skipped")
        size = st.st_size
        if size > MAX_FILE_BYTES:
            raise InputError(path, f"file is {size // (1024 * 1024)} MB, over the {MAX_FILE_BYTES // (1024 * 1024)} MB limit; skipped")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file") from None
    except PermissionError:
        raise InputError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def read_decoded(path: str | Path) -> Decoded:
    """Read a text file as copydesk does everywhere: size-limited, binary rejected, decoded by
    `decode_bytes` (so the caller also learns the encoding, to write the file back in it)."""
    return decode_bytes(read_bytes(path), path)


def read_text(path: str | Path) -> tuple[str, list[str]]:
    """`read_decoded` without the encoding: (text, notes)."""
    text, notes, _ = read_decoded(path)
    return text, notes


# --------------------------------------------------------------------------- regions

_LINE_CONTENT = re.compile(r"[^\r\n]+")


_APART_BEFORE = "x\n\n"  # a paragraph before a text masked alone: it is not a file's start (front matter)
_APART_AFTER = "\n\nx\n"  # and one after it, which stays prose unless the text leaves a block open


def _lower_word_counts(words: list[str]) -> Counter[str]:
    """How often each word of `words` is written in lower case."""
    return Counter(filter(str.islower, words))


_OPEN_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)


def _mask_alone(fmt: Format, part: str, at_file_start: bool) -> Masked | None:
    """The masking of `part` read on its own, its block starts sorted; None where it leaves a
    block (a code fence, a comment) open, which would mask what follows it."""
    before = "" if at_file_start else _APART_BEFORE
    prose, starts = fmt.mask(before + part + _APART_AFTER)
    n, end = len(before), len(before) + len(part)
    if prose[end:] != _APART_AFTER:
        return None
    if at_file_start and _OPEN_FRONT_MATTER.match(part) and not _FRONT_MATTER_CLOSE.search(part, 3):
        return None  # a front matter left open here, whose closing line (or none) lies past the part
    return Masked(prose[n:end], sorted(b - n for b in starts if n <= b < end))


def blank_outside(prose: str, start: int, end: int) -> str:
    """`prose` with everything outside [start, end) blanked, line breaks kept."""

    def blank(part: str) -> str:
        if "\r" in part:
            return _LINE_CONTENT.sub(lambda m: " " * len(m.group()), part)
        return "\n".join(" " * len(line) for line in part.split("\n"))  # the same, without a call per line

    return blank(prose[:start]) + prose[start:end] + blank(prose[end:])


# --------------------------------------------------------------------------- tokens and sentences

# a plural's possessive keeps its apostrophe where a lower-case word follows: "Tarrow Athletics'
# performance director", "the workers' union" (a closing quote is followed by a capital or a mark)
_PLURAL_POSSESSIVE = r"(?:(?<=[sS])[" + APOSTROPHES + r"](?=[ \t]+[a-z]))?"
_WORD = (r"[^\W\d_][\w]*(?:[" + APOSTROPHES + r"][^\W\d_]+)*(?:[" + HYPHENS[:3] + r"][\w]+(?:[" + APOSTROPHES
         + r"][^\W\d_]+)*)*" + _PLURAL_POSSESSIVE)
TOKEN_RE = re.compile(r"(?P<word>" + _WORD + r")|(?P<number>\d+(?:[.,]\d+)*)|(?P<punct>[^\w\s])")
WORD_RE = re.compile(_WORD)  # the word tokens alone: a word never starts inside a number or a mark

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rep", "sen",
    "gov", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept", "est", "fig", "e.g", "i.e", "u.s",
    "u.k", "u.n", "e.u", "det", "insp", "supt", "adm", "cmdr", "cdr", "pres", "cllr", "smt", "kum",
}
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# terminal punctuation followed by space and a capital, a quote, a digit or the end (see `_paragraph_boundaries`)
_TERMINAL = re.compile(r"[.!?]+[" + re.escape(_CLOSERS) + r"]*(?=\s+[" + re.escape(_OPENERS) + r"]?[\w¡¿]|\s*$)")
_LINE_JOINERS = {
    "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as",
    "that", "this", "his", "her", "its", "their", "our", "into", "than", "about", "said", "told", "says",
}


# a plain-text table row's cells set apart: a tab, a bar, a run of spaces
TABLE_CELLS = re.compile(r"\t|[ \t]\|[ \t]|\S {2,}\S")


def all_caps(t: str) -> bool:
    """A word in capitals: two letters or more, every one upper case ("NATO", "AT&T", not "A")."""
    if not t.isupper():  # most words: no need to count letters
        return False
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_POSSESSIVE_ENDS = "sS" + APOSTROPHES  # the last letter of every possessive ending


class Token(NamedTuple):
    """One word, number or punctuation mark of the prose, with its offsets in the original text."""

    index: int
    start: int
    end: int
    text: str
    kind: str  # "word" | "number" | "punct"
    sentence: int
    sentence_initial: bool  # first word of its sentence, block, quote or list item
    lower: str  # text in lower case

    @property
    def is_capitalized(self) -> bool:
        return self.kind == "word" and self.text[0].isupper()

    @property
    def is_all_caps(self) -> bool:
        return all_caps(self.text)

    @property
    def possessive(self) -> bool:
        t = self.text
        return (len(t) > 2 and t[-2] in APOSTROPHES and t[-1] in "sS") or (len(t) > 1 and t[-1] in APOSTROPHES)

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "Velez’s" -> "Velez"."""
        t = self.text
        if t[-1] not in _POSSESSIVE_ENDS:  # most words: asked of every word of every name run
            return t
        if len(t) > 2 and t[-2] in APOSTROPHES and t[-1] in "sS":
            return t[:-2]
        if len(t) > 1 and t[-1] in APOSTROPHES:
            return t[:-1]
        return t

    @property
    def bare_end(self) -> int:
        """Where the word ends without its possessive ending: its end less what `bare` cut (a word
        joined over spaced hyphens, "Saint - Germain", is longer in the text than as a word)."""
        return self.end - (len(self.text) - len(self.bare))


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    first_token: int
    last_token: int  # exclusive


# a line that is one figure and nothing else: "321,480", "£1.86 million", "9", "45%"
_FIGURE_LINE = re.compile(r"[ \t]*(?:[£$€][ \t]*)?\d[\d.,]*(?:[ \t]*(?:%|per[ \t]*cent|percent|m|bn|k|million|billion))?[ \t]*")


@dataclass(frozen=True)
class Dateline:
    """The date a story was filed, and where that was read from."""

    date: dt.date
    start: int
    end: int


@dataclass
class Directive:
    """A `copydesk-...` comment (written as the format writes comments): disable, enable or
    disable-next-line for some rules."""

    action: str
    rules: tuple[str, ...]
    line: int  # 0-based line of the comment


_LONE_CR = re.compile(r"\r(?!\n)")
_NEXT_VISIBLE = re.compile(r"\s*(\S?)")


class Positions:
    """The one conversion between character offsets and LSP positions (lines, UTF-16 columns), for
    a `Document` and for a file's bare `TextLines` alike. Reads `text`, `_line_starts`, `_bom`."""

    text: str
    _line_starts: list[int]
    _bom: int

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._line_starts, max(0, min(offset, len(self.text)))) - 1

    def _line_segment(self, offset: int) -> tuple[int, str]:
        """The line an offset is on, and the text of that line before it (after any BOM)."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        start = self._line_starts[line]
        if line == 0 and self._bom:
            start = min(1, offset)
        return line, self.text[start:offset]

    def position(self, offset: int) -> tuple[int, int]:
        """Character offset -> (line, UTF-16 column), as LSP counts them."""
        line, segment = self._line_segment(offset)
        return line, len(segment.encode("utf-16-le")) // 2

    def utf8_position(self, offset: int) -> tuple[int, int]:
        """Character offset -> (line, UTF-8 byte column), as reviewdog counts them."""
        line, segment = self._line_segment(offset)
        return line, len(segment.encode("utf-8", errors="surrogatepass"))

    def utf16_offset(self, offset: int) -> int:
        """Character offset -> UTF-16 code units from the start of the text (after any BOM)."""
        offset = max(self._bom, min(offset, len(self.text)))
        return len(self.text[self._bom : offset].encode("utf-16-le")) // 2

    def offset(self, line: int, character: int) -> int:
        """(line, UTF-16 column) -> character offset, clamped to the line and the text."""
        if line < 0:
            return 0
        if line >= len(self._line_starts):
            return len(self.text)
        start = self._line_starts[line]
        if line == 0 and self._bom:
            start = 1 if self.text else 0
        end = self._line_starts[line + 1] if line + 1 < len(self._line_starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        units = 0
        i = start
        while i < end and units < character:
            units += 2 if ord(self.text[i]) > 0xFFFF else 1
            i += 1
        return i

    def range(self, start: int, end: int) -> Range:
        sl, sc = self.position(start)
        el, ec = self.position(end)
        return Range(sl, sc, el, ec)



def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


class TextLines(Positions):
    """A text's lines alone, for positions in a file that need not be read as a document (a
    source's evidence, when the fact base was loaded from the store without its documents)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts = _line_starts(text)
        self._bom = 1 if text.startswith("\ufeff") else 0


@dataclass
class Document(Positions):
    """A draft or a source, read once: prose, sentences, tokens, dateline and positions."""

    text: str
    path: str | None = None
    format: str | None = None  # a name from copydesk.formats; None: the one the path's suffix names
    notes: list[str] = field(default_factory=list)
    region: tuple[int, int] | None = None  # read only the prose of [start, end); positions stay the whole text's
    encoding: str | None = "utf-8"  # what the file was read as (see Decoded): `--fix` writes it back so
    masked: InitVar[Masked | None] = None  # the text's masking, where it is known already (see `edited`)
    tokens_later: InitVar[bool] = False  # sentences now, tokens when first asked (see `read_whole`)

    def __post_init__(self, masked: Masked | None, tokens_later: bool) -> None:
        # Lone CR line breaks (old Mac files) read as LF: the same length, so every offset holds,
        # and markup, sentences and datelines see lines as they do in LF and CRLF files.
        basis = _LONE_CR.sub("\n", self.text) if "\r" in self.text else self.text
        fmt = format_of(self.path) if self.format is None else by_name(self.format)
        self.format = fmt.name
        self.prose, self._block_starts = masked if masked is not None else fmt.mask(basis)
        self.whole_prose = self.prose  # `prose` of the whole text, also outside `region`
        if self.region is not None:
            self.prose = blank_outside(self.prose, *self.region)
        self._line_starts = _line_starts(self.text)
        self._bom = 1 if self.text.startswith("\ufeff") else 0
        self.sentences: list[Sentence] = []
        self._tokens: list[Token] | None = None
        self._split(tokens_later)
        self.dateline = find_dateline(basis if fmt.dateline_in_markup else self.whole_prose)
        self.directives = [Directive(action, rules, self.line_of(at)) for action, rules, at in fmt.comments.directives(self.text)]

    @classmethod
    def edited(cls, previous: Document, text: str, region: tuple[int, int]) -> Document:
        """`text`, an edit of `previous.text` that lies inside `region`, read through `region`
        only. The markup is masked anew in `region` alone and taken from `previous` elsewhere
        (moved by the edit), so an edit costs what its region holds, not the whole draft; where
        the region's masking depends on what lies around it (it begins inside a code block or
        a comment, or the edit leaves one open), the whole text is masked."""
        start, end = region
        delta = len(text) - len(previous.text)
        old_end = end - delta
        fmt = by_name(previous.format)  # type: ignore[arg-type]  # set by __post_init__
        masked = None
        if "\r" not in text[start:end] and "\r" not in previous.text[start:old_end]:
            old = _mask_alone(fmt, previous.text[start:old_end], start == 0)
            new = _mask_alone(fmt, text[start:end], start == 0)
            kept = previous._block_starts
            if (old is not None and new is not None and old.prose == previous.whole_prose[start:old_end]
                    and old.block_starts == sorted(b - start for b in kept if start <= b < old_end)):
                masked = Masked(previous.whole_prose[:start] + new.prose + previous.whole_prose[old_end:],
                                sorted([b for b in kept if b < start] + [b + start for b in new.block_starts]
                                       + [b + delta for b in kept if b >= old_end]))
        document = cls(text, previous.path, fmt.name, region=region, encoding=previous.encoding, masked=masked)
        if masked is not None and "lower_word_counts" in previous.__dict__ \
                and not previous.spaced_hyphens and not document.spaced_hyphens:  # (else words join across the edit)
            removed = _lower_word_counts(WORD_RE.findall(old.prose))  # type: ignore[union-attr]
            added = _lower_word_counts(WORD_RE.findall(new.prose))  # type: ignore[union-attr]
            counts = previous.lower_word_counts
            if removed != added:  # the words the region's edit changed, counted anew (not every word of the draft)
                counts = Counter(counts)
                for word in removed.keys() | added.keys():
                    if (n := counts[word] - removed[word] + added[word]) > 0:
                        counts[word] = n
                    else:
                        del counts[word]
            document.lower_word_counts = counts
        return document

    def read_whole(self) -> Document:
        """This text read through all its prose, not only its `region`: its masking (and its
        words' counts) reused, as an edit's re-check of the whole draft reads it. Its tokens are
        made when first asked: that re-check reads the names its paragraphs kept (see
        mentions.paragraphs), and moving every token after the edit would cost more than it does."""
        if self.region is None:
            return self
        document = Document(self.text, self.path, self.format, encoding=self.encoding,
                            masked=Masked(self.whole_prose, self._block_starts), tokens_later=True)
        if "lower_word_counts" in self.__dict__:  # (of the whole prose already)
            document.lower_word_counts = self.lower_word_counts
        return document

    @classmethod
    def from_path(cls, path: str | Path, display: str | None = None) -> Document:
        text, notes, encoding = read_decoded(path)
        return cls(text, display or str(path), format_of(path).name, notes, encoding=encoding)

    # -- structure -------------------------------------------------------------------------

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:  # dropped (see `drop_tokens`): split again, the same tokens
            self._split()
        return self._tokens  # type: ignore[return-value]

    @property
    def token_starts(self) -> list[int]:
        if self._tokens is None:
            self._split()
        return self._token_starts

    @property
    def token_ends(self) -> list[int]:
        if self._tokens is None:
            self._split()
        return self._token_ends

    def drop_tokens(self) -> None:
        """Free the tokens (most of a document's memory); they are split again on first use."""
        self._tokens = self._token_starts = self._token_ends = None  # type: ignore[assignment]
        for name in ("lower_words", "lower_word_counts", "words"):
            self.__dict__.pop(name, None)

    def __getstate__(self) -> dict:
        """Pickled without tokens (see `drop_tokens`)."""
        state = dict(self.__dict__)
        for name in ("_tokens", "_token_starts", "_token_ends", "lower_words", "lower_word_counts", "words"):
            state.pop(name, None)
        state["_tokens"] = None
        return state

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Words the document writes in lower case, anywhere (also outside its `region`)."""
        return frozenset(self.lower_word_counts)

    @cached_property
    def lower_word_counts(self) -> Counter[str]:
        """How often the document writes each word in lower case, anywhere: counts, so that an
        edit's document takes them from the last one's, less what the edit removed (see `edited`)."""
        return _lower_word_counts(self.words if self.region is None else _words(self.whole_prose, self.spaced_hyphens))

    @cached_property
    def words(self) -> list[str]:
        """The words of the prose (inside `region`, if any), in order, as its tokens read them."""
        return _words(self.prose, self.spaced_hyphens)

    @cached_property
    def spaced_hyphens(self) -> bool:
        """Whether this text writes its hyphens with a space either side ("semi - finals", "41 -
        year - old"), as tokenized news text does: it has such hyphens and no hyphen joined to the
        letters beside it. Its spaced hyphens then join words as hyphens do."""
        prose = self.whole_prose
        return " - " in prose and _SPACED_HYPHEN.search(prose) is not None and _JOINED_HYPHEN.search(prose) is None

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return " ".join(self.visible_text(s.start, s.end).split())

    def visible_text(self, start: int, end: int) -> str:
        """text[start:end] as a reader sees it: markup the format masked is left out, not made
        spaces ("[Harbourline](url)," reads "Harbourline,"), or is one space where it stood
        between two words ("March&#160;13"); a character reference reads as its character.
        Offsets into it are not offsets into the file: it is for messages and excerpts."""
        text, prose = self.text[start:end], self.whole_prose[start:end]
        if text == prose:
            return text
        out: list[str] = []
        gap = False  # inside a run of masked characters
        for p, t in zip(prose, text):
            if p != t and p.isspace() and not t.isspace():
                gap = True
                continue
            if gap and out and out[-1].isalnum() and p.isalnum():
                out.append(" ")
            elif gap and p in _CLOSING_MARKS:  # "`Harbourline <url>`_," reads "Harbourline,"
                while out and out[-1] in " \t":
                    out.pop()
            gap = False
            out.append(p)
        return "".join(out)

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def token_index_at(self, offset: int, forward: bool = True) -> int:
        """The first token starting at or after `offset` (forward), or the last one ending at or
        before it; -1 if there is none."""
        if forward:
            i = bisect.bisect_left(self.token_starts, offset)
            return i if i < len(self.tokens) else -1
        return bisect.bisect_right(self.token_ends, offset) - 1

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly inside [start, end)."""
        lo = bisect.bisect_left(self.token_starts, start)
        hi = bisect.bisect_right(self.token_ends, end)
        return self.tokens[lo:hi] if hi > lo else []

    def described_below(self, sentence: Sentence) -> Sentence | None:
        """The sentence under a line that is one figure and nothing else, as a "week in numbers"
        list sets it ("321,480" over "The number of items lent by the libraries ..."): what the
        figure is, its unit and its clause, is read there. None for any other sentence."""
        i = sentence.index + 1
        if i >= len(self.sentences) or (below := self.sentences[i]).paragraph != sentence.paragraph:
            return None
        line_start = self.prose.rfind("\n", 0, sentence.start) + 1
        line_end = self.prose.find("\n", sentence.end)  # the whole line, not a table's cell
        if line_end < 0 or line_end >= below.start or not _FIGURE_LINE.fullmatch(self.prose, line_start, line_end):
            return None
        return below

    def paragraph_opening(self, sentence: Sentence) -> Sentence:
        """The first sentence of the paragraph `sentence` belongs to."""
        i = sentence.index
        while i > 0 and self.sentences[i - 1].paragraph == sentence.paragraph:
            i -= 1
        return self.sentences[i]

    def paragraph_closing(self, sentence: Sentence) -> Sentence:
        """The last sentence of the paragraph `sentence` belongs to."""
        i = sentence.index
        while i + 1 < len(self.sentences) and self.sentences[i + 1].paragraph == sentence.paragraph:
            i += 1
        return self.sentences[i]

    def entry_heading(self, offset: int) -> str | None:
        """The heading of the listing's entry `offset` lies under, folded: a paragraph whose first
        line is a name and nothing else ("QUINTBERRY'S TEAROOM, 3 Dapplegate Parade") over the lines
        that describe it ("Inspected: March 16"); the heading is its first part, before a comma.
        None for a paragraph of prose (a hard-wrapped one included: its lines run in lower case)."""
        here = self.sentence_at(offset)
        if here is None:
            return None
        start = self.paragraph_opening(here).start
        line_end = self.prose.find("\n", start)
        if line_end < 0 or offset < line_end:
            return None
        line = self.prose[start:line_end]
        words = _HEADING_WORD.findall(line)
        if not words or len(words) > _HEADING_WORDS or any(w[0].islower() and w not in _HEADING_CONNECTORS for w in words):
            return None
        heading = " ".join(line.split(",")[0].split())
        return heading.lower() if any(c.isalpha() for c in heading) else None

    def sentence_tokens(self, index: int) -> list[Token]:
        s = self.sentences[index]
        if self._tokens is None:  # not made yet (see `read_whole`): this sentence's alone
            return _sentence_tokens(self.prose[s.start : s.end], self.spaced_hyphens, (s.start, s.first_token, index))
        return self.tokens[s.first_token : s.last_token]

    def _split(self, tokens_later: bool = False) -> None:
        """Sentences and tokens; with `tokens_later`, the sentences alone (each one's tokens counted,
        from those kept where it was seen before), the tokens made when first asked."""
        prose = self.prose
        if self.region is None or self.region == (0, len(prose)):
            boundaries = _sentence_boundaries(prose, self._block_starts)
        else:  # the prose outside the region is blank: it has no sentence, and need not be searched for one
            lo, hi = self.region
            found = _sentence_boundaries(prose[lo:hi], [b - lo for b in self._block_starts if lo <= b < hi])
            boundaries = [(start + lo, end + lo) for start, end in found]
        paragraph = 0
        prev_end = 0
        raw: list[tuple[int, int, int]] = []
        for start, end in boundaries:
            if not raw or _BLANK_LINE.search(prose, prev_end, start):
                paragraph += 1 if raw else 0
            raw.append((start, end, paragraph))
            prev_end = end
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        spaced = self.spaced_hyphens
        count = 0
        for s_index, (start, end, para) in enumerate(raw):
            first = count
            if tokens_later:
                count += _token_count(prose[start:end], spaced, (start, first, s_index))
            else:
                tokens += _sentence_tokens(prose[start:end], spaced, (start, first, s_index))
                count = len(tokens)
            sentences.append(Sentence(s_index, start, end, para, first, count))
        self.sentences = sentences
        # sorted offsets for bisect: sentences and tokens come in text order and never overlap
        self._sentence_starts = [s.start for s in sentences]
        if tokens_later:
            return  # `tokens` splits again when asked: the same sentences, and then the tokens
        self._tokens = tokens
        self._token_starts = [t.start for t in tokens]
        self._token_ends = [t.end for t in tokens]


_BLANK_LINE = re.compile(r"\n[ \t]*(\r?\n)")
SENTENCES_KEPT = 5000  # sentences whose tokens are kept for the next document that has them (see `_sentence_tokens`):
# a 10,000-word draft has about 800; sources read in this process pass through too, and are forgotten
_SENTENCE_TOKENS: dict[tuple[str, bool], tuple[tuple[int, int, int], list[Token]]] = {}


def _sentence_tokens(sentence: str, spaced: bool, at: tuple[int, int, int]) -> list[Token]:
    """The tokens of a sentence lying `at` (its start, first token index, sentence index). They
    read the sentence alone (and whether the document writes spaced hyphens), so a sentence seen
    before, in an earlier version of the draft, is not tokenized again: its tokens are moved to
    where it lies, or, where it lies as before, are the same (immutable) tokens."""
    key = (sentence, spaced)
    found = _SENTENCE_TOKENS.get(key)
    if found is not None and found[0] == at:
        return found[1]
    start, first, s_index = at
    if found is None:
        tokens = _tokenize(sentence, spaced, start, first, s_index)
        if len(_SENTENCE_TOKENS) >= SENTENCES_KEPT:
            _SENTENCE_TOKENS.clear()
    else:  # seen where it lay before: the same tokens, moved
        shift = start - found[0][0]
        new_token = tuple.__new__  # Token's own fields in order, without NamedTuple's keyword handling
        tokens = [new_token(Token, (first + k, t[1] + shift, t[2] + shift, t[3], t[4], s_index, t[6], t[7]))
                  for k, t in enumerate(found[1])]
    _SENTENCE_TOKENS[key] = (at, tokens)
    return tokens


def _token_count(sentence: str, spaced: bool, at: tuple[int, int, int]) -> int:
    """How many tokens `_sentence_tokens` gives a sentence, without moving those kept for it."""
    found = _SENTENCE_TOKENS.get((sentence, spaced))
    return len(found[1]) if found is not None else len(_sentence_tokens(sentence, spaced, at))


def forget_sentences() -> None:
    """Drop the kept tokens of sentences and spans of paragraphs (the bench times a draft copydesk
    has not seen)."""
    _SENTENCE_TOKENS.clear()
    _BOUNDARIES.clear()


def _tokenize(sentence: str, spaced: bool, start: int, first: int, s_index: int) -> list[Token]:
    """The tokens of one sentence lying at `start` (its first token's index `first`), in one pass
    over the tokenizer's matches: each token is made once, as the Token it is."""
    initial = True
    out: list[Token] = []
    append = out.append
    new_token = tuple.__new__  # Token's own fields in order, without NamedTuple's keyword handling
    k = first
    raw = _join_spaced_hyphens(sentence, 0, len(sentence)) if spaced else _raw_tokens(sentence, 0, len(sentence))
    for a, b, text, kind in raw:
        lower = text.lower()
        append(new_token(Token, (k, start + a, start + b, text, kind, s_index, initial and kind == "word",
                                 text if lower == text else lower)))  # one string where equal
        k += 1
        if kind == "word" or kind == "number":
            initial = False
        elif text in _INITIAL_AFTER and not (text == '"' and a and sentence[a - 1] not in _BEFORE_OPENING):
            initial = True  # a straight quote right after a word or a comma closes a quote: "...," Vale said
    return out


# the marks after which a word opens a clause as a sentence's first word does (quotes, brackets, dashes)
_INITIAL_AFTER = frozenset(["“", "‘", '"', "(", ":", ";", *HYPHENS[3:], "—"])
_CLOSING_MARKS = frozenset(",.;:!?)]}”’")
_BEFORE_OPENING = frozenset(" \t\n([{“‘—–-:;")  # what stands before a straight quote that opens
_SPACED_HYPHEN = re.compile(r"[^\W\d_] - [^\W\d_]")
_DATE_NAMES = (frozenset(WEEKDAYS) | frozenset(MONTH_NAMES)) - {"may"}  # "May" is a name too
_JOINED_HYPHEN = re.compile(r"[^\W\d_]-[^\W\d_]")


def _words(prose: str, spaced: bool) -> list[str]:
    """The words of `prose` as its tokens read them: where the text spaces its hyphens, "semi -
    finals" is one word (see `_join_spaced_hyphens`), as the tokenizer makes it."""
    if not spaced:
        return WORD_RE.findall(prose)
    return [text for _, _, text, kind in _join_spaced_hyphens(prose, 0, len(prose)) if kind == "word"]


def _raw_tokens(prose: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, text, kind) of the tokens of prose[start:end]."""
    return [(m.start(), m.end(), m.group(), m.lastgroup or "punct") for m in TOKEN_RE.finditer(prose, start, end)]


def _join_spaced_hyphens(prose: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    """The tokens, with "Saint - Germain" and "semi - finals" one word each ("Saint-Germain"),
    its offsets the whole span's. Only words of the same case join: "Barcelona - the club" keeps
    its dash, and so does a shouted word beside one written small ("VES - Aldous Whitlatch 19", a
    team's code before its player; "Tarrow - POSTPONED")."""
    pending: list[tuple[int, int, str, str]] = []
    for tok in _raw_tokens(prose, start, end):
        if (len(pending) >= 2 and tok[3] == "word" and pending[-1][2] == "-" and pending[-2][3] == "word"
                and prose[pending[-2][1] : tok[0]] == " - " and pending[-2][2][0].isupper() == tok[2][0].isupper()
                and (len(pending[-2][2]) < 2 or len(tok[2]) < 2 or pending[-2][2].isupper() == tok[2].isupper())
                and tok[2].lower() not in _DATE_NAMES):  # "Gazette - Thursday 4 March": a dash before a date
            hyphen = pending.pop()
            head = pending.pop()
            pending.append((head[0], tok[1], f"{head[2]}{hyphen[2]}{tok[2]}", "word"))
            continue
        pending.append(tok)
        if len(pending) > 2:
            yield pending.pop(0)
    yield from pending


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:\r?\n)+")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BOUNDARIES: dict[tuple[str, tuple[int, ...]], list[tuple[int, int]]] = {}  # see `_sentence_boundaries`


def _sentence_boundaries(prose: str, block_starts: list[int]) -> list[tuple[int, int]]:
    """Split prose into sentence spans (start, end), trimmed of surrounding space: paragraph by
    paragraph, since a paragraph break always ends a sentence and nothing `_paragraph_boundaries`
    finds in a paragraph reads past the break after it (a full stop's look past the break only
    decides whether a cut falls before the break's spaces). A paragraph seen before (an edit
    elsewhere, a check again) is not split again: its spans, kept by its text, are moved. Text
    mostly new is split whole, in one pass (cheaper than paragraph by paragraph), and its
    paragraphs' spans kept."""
    starts = sorted(block_starts)
    paragraphs: list[tuple[int, tuple[str, tuple[int, ...]]]] = []  # (start, key) of each paragraph
    lo = k = 0
    for end in [*(m.end() for m in _PARAGRAPH_BREAK.finditer(prose)), len(prose)]:
        first = k
        while k < len(starts) and starts[k] < end:
            k += 1
        paragraphs.append((lo, (prose[lo:end], tuple(b - lo for b in starts[first:k] if b > lo))))
        lo = end
    kept = [_BOUNDARIES.get(key) for _, key in paragraphs]
    if len(_BOUNDARIES) + len(paragraphs) > SENTENCES_KEPT:
        _BOUNDARIES.clear()
    spans: list[tuple[int, int]] = []
    if 2 * sum(found is None for found in kept) > len(paragraphs):
        spans = _paragraph_boundaries(prose, tuple(starts))
        n = 0
        for (lo, key), found in zip(paragraphs, kept):
            first = n
            while n < len(spans) and spans[n][1] <= lo + len(key[0]):
                n += 1
            if found is None:
                _BOUNDARIES[key] = [(a - lo, b - lo) for a, b in spans[first:n]]
        return spans
    for (lo, key), found in zip(paragraphs, kept):
        if found is None:
            found = _BOUNDARIES[key] = _paragraph_boundaries(*key)
        spans += [(a + lo, b + lo) for a, b in found] if lo else found
    return spans


def _paragraph_boundaries(prose: str, block_starts: tuple[int, ...]) -> list[tuple[int, int]]:
    """`_sentence_boundaries` of one paragraph (and the break after it)."""
    cuts = set(block_starts)
    # paragraph breaks and block starts
    for m in _PARAGRAPH_BREAK.finditer(prose):
        cuts.add(m.end())
    # a single line break ends a sentence only after a line that reads like a headline
    for at, mark, end in _line_breaks(prose):
        line_start = prose.rfind("\n", 0, at) + 1
        prev_words = _LINE_WORD.findall(prose, line_start, end)
        nxt = _NEXT_VISIBLE.match(prose, end).group(1)  # type: ignore[union-attr]
        last = prev_words[-1] if prev_words else ""
        if mark in ".!?:" or (mark in _CLOSERS and prose[at - 1 : at] in ".!?,") or (nxt.isupper() and last and last[0].islower() and last.lower() not in _LINE_JOINERS) or not last \
                or (nxt.isupper() and "," in prose[line_start:at] and _unwrapped(prose, end)):
            cuts.add(end)
    # terminal punctuation followed by space and a capital, a quote, a digit or the end
    for m in _TERMINAL.finditer(prose):
        if m.group()[0] == "." and _is_abbreviation(prose, m.start()):
            continue
        cuts.add(m.end())
    # "said.Last week": a full stop glued to the next sentence's capital
    for m in _GLUED_STOP.finditer(prose):
        cuts.add(m.end())
    spans: list[tuple[int, int]] = []
    ordered = sorted(c for c in cuts if 0 < c < len(prose))
    prev = 0
    for cut in [*ordered, len(prose)]:
        seg = prose[prev:cut]
        stripped = seg.strip()
        if stripped:
            start = prev + len(seg) - len(seg.lstrip())
            if len(stripped) <= MAX_SENTENCE:
                spans.append((start, start + len(stripped)))
            else:
                spans.extend(_bounded(prose, start, start + len(stripped)))
        prev = cut
    return spans


_TEXT_AFTER_BREAK = re.compile(r"\n(?=[ \t]*[^\s])")  # a line break with text after it on the next line


def _unwrapped(prose: str, line_start: int) -> bool:
    """Whether the line at `line_start` is longer than any hard wrap makes one: the text is written a
    paragraph to a line, so the break before it is the writer's (a label line "Dr Ada Moss, lead
    economist at the Tarrow Institute" over the paragraph of her answer), not a wrap inside a name.
    (A heading without a comma, "July 17-19 - Lanterns on the Tarrow", stays one sentence with the
    paragraph's first, which tells what its date is of.)"""
    line_end = prose.find("\n", line_start)
    return (len(prose) if line_end < 0 else line_end) - line_start > _WRAP_WIDTH


_WRAP_WIDTH = 120  # hard-wrapped text (mail, wire feeds, plain-text archives) breaks its lines by 80 or so


def _line_breaks(prose: str) -> Iterator[tuple[int, str, int]]:
    """Each line break between two lines of text, as (where the last visible character before it
    is, that character, the end of the break): what the pattern "a visible character, spaces or
    tabs, a line break (CRLF or LF), then text on the next line" finds, but found from the line
    breaks back, not by trying the pattern at every character of the prose (~0.4 ms a draft)."""
    for m in _TEXT_AFTER_BREAK.finditer(prose):
        i = m.start()
        if i and prose[i - 1] == "\r":
            i -= 1
        while i and prose[i - 1] in " \t":
            i -= 1
        if i and not prose[i - 1].isspace():
            yield i - 1, prose[i - 1], m.end()


_GLUED_STOP = re.compile(r"\.(?<=[a-z]{2}\.)(?=[A-Z][a-z])")  # the full stop first: searched for fast


_SPACE_RUN = re.compile(r"\s*")
_HEADING_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
_HEADING_WORDS = 12  # a longer first line is prose
_HEADING_CONNECTORS = {"of", "and", "the", "de", "la", "du", "des", "le", "von", "van", "der", "at", "on", "in", "for"}
MAX_SENTENCE = 2000  # characters: a longer "sentence" (a table, a run-on list, junk) is cut at spaces


def _bounded(prose: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) in pieces of at most MAX_SENTENCE characters, cut after a space where there is
    one: the checks read a sentence at a time, some of them once per number or name in it, so an
    unbounded sentence made their work quadratic."""
    while end - start > MAX_SENTENCE:
        cut = prose.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut > start else start + MAX_SENTENCE
        piece = prose[start:cut].rstrip()
        if piece:
            yield start, start + len(piece)
        start = _SPACE_RUN.match(prose, cut, end).end()  # type: ignore[union-attr]
    if end > start:
        yield start, end


_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"[a-z]|(?:[a-z]\.)+[a-z]")  # "J. Smith", "U.S."


def _is_abbreviation(prose: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(prose[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if len(word) == 1 and dot >= 2 and prose[dot - 2] == "/":
        return False  # "14.6 km/s." ends its sentence: a unit, not an initial
    return word in ABBREVIATIONS or _INITIALS.fullmatch(word) is not None


# --------------------------------------------------------------------------- datelines

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}

_ISO_HEADER = re.compile(r"^[ \t\ufeff]*(?:date|dated|published|updated)\s*:?\s*(\d{4})-(\d{2})-(\d{2})\b", re.I | re.M)
ISO_DATE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")  # 2030-03-05
DMY_DATE = re.compile(r"(?<![\d-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d-])")  # 05-03-2030, 5/3/2030
# A dateline's place: up to four capitalized words ("NORTHPORT", "Port Said", "St. John's"), never a
# sentence ("The talks begin on Friday, March 8" is no dateline).
# a dateline's place: capitalized words, none a weekday nor a preposition ("On Wednesday, Oct. 9, the
# senate voted" opens a sentence, not a dateline)
_NOT_CITY = r"(?!(?:On|In|By|At|From|Since|Until|Before|After|Last|Next|This|Every|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
# (two cities a slash joins: "AMSTERDAM/PARIS, Oct 2 -")
CITY = rf"(?-i:{_NOT_CITY}[A-Z][A-Za-z.'’-]*(?:/[A-Z][A-Za-z.'’-]*)?(?:[ \t]{_NOT_CITY}[A-Z][A-Za-z.'’-]*){{0,3}})"
_WIRE_MONTH = r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
# "CITY, Month Day[, Year]", or the day first as British wires write it: "CITY, 7 December [2032] -", a
# country after the city by a comma or a dash ("TARROW, Velmar - Saturday 7 February 2032", alone on its line)
_WIRE = re.compile(
    r"^[ \t*_]*(?:" + CITY + r"[*_]*[ \t]*,|[A-Z][A-Z .'’-]{1,40}[ \t*_]*\()(?:[ \t]*" + CITY + r"(?:,|[ \t]+[-\u2013\u2014]))?[ \t]*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"  # "SOLBREKKE, Norway, Tuesday, October 14, 2031"
    r"(?:(?P<month>" + _WIRE_MONTH + r")\.?[ \t]+(?P<day>\d{1,2})(?:,[ \t]*(?P<year>\d{4}))?"
    r"|(?P<day2>\d{1,2})[ \t]+(?P<month2>" + _WIRE_MONTH + r")\.?(?:,?[ \t]+(?P<year2>\d{4}))?(?=[ \t]*(?:[-\u2013\u2014(:]|$)))",
    re.M,
)


def _month_number(name: str) -> int:
    """The number of a month written in full or abbreviated ("December", "Dec.", "Sept")."""
    lower = name.lower()
    return MONTHS[lower[:3] if lower[:4] != "sept" else "sep"]


def _wire_parts(m: re.Match) -> tuple[int, int, int | None]:
    """A wire dateline's month, day and year (None where it gives none), either order."""
    month, day, year = (m["month"], m["day"], m["year"]) if m["month"] else (m["month2"], m["day2"], m["year2"])
    return _month_number(month), int(day), int(year) if year else None


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None where there is no such day (February 30)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dateline(text: str) -> Dateline | None:
    """The filing date: a `date YYYY-MM-DD` header, a front-matter date, a dated stamp, or a wire dateline."""
    return _dateline_in(text[:3000])


def wire_day(text: str) -> tuple[int, int] | None:
    """The month and day of a wire dateline that gives no year ("PORT TELLEN, Feb. 10 -"), or None."""
    m = _WIRE.search(text[:3000])
    if m is None or (parts := _wire_parts(m))[2]:
        return None
    return parts[0], parts[1]


def numeric_date(m: re.Match, order: str | None) -> dt.date | None:
    """A date in figures ("05-03-2030", "4/6/2032") read in its document's order: "dmy" or "mdy"
    where another of its dates shows which (a "17/11/2033", a "5/17/2032"), else by its own parts
    where one is over 12; a date both ways ("4/6/2032": 4 June or 6 April) is no date then."""
    first, second, year = int(m[1]), int(m[2]), int(m[3])
    if order is None and first != second and first <= 12 and second <= 12:
        return None
    if order == "mdy" or (order is None and second > 12):
        return safe_date(year, first, second)
    return safe_date(year, second, first)


@lru_cache(maxsize=8)
def numeric_order(prose: str) -> str | None:
    """Which part of its dates in figures a document writes first: "dmy" where one has a first part
    over 12 and none a second, "mdy" the other way, else None (no sign, or signs both ways)."""
    firsts = seconds = False
    for m in DMY_DATE.finditer(prose):
        firsts |= int(m[1]) > 12
        seconds |= int(m[2]) > 12
    return "dmy" if firsts and not seconds else "mdy" if seconds and not firsts else None


@lru_cache(maxsize=16)
def decimal_comma(prose: str) -> bool:
    """Whether a document writes its figures the continental way, a comma before the decimals and
    dots between thousands ("EUR 1.487,3 million", "+ 6,8 %", "12.480 employees"): it writes such a
    figure that no English figure could be ("6,8 %", "1.487,3", "212,5 million") and none the
    English way ("1,487.3", "6.8%"). An English-language release of a continental company may."""
    return _DECIMALS_AFTER_A_COMMA.search(prose) is not None and _CONTINENTAL_FIGURE.search(prose) is not None \
        and _ENGLISH_FIGURE.search(prose) is None


_DECIMALS_AFTER_A_COMMA = re.compile(r",\d\d?(?!\d)")  # rare in English text: what `_CONTINENTAL_FIGURE` needs


# a figure only the continental way writes: a comma and one or two decimals before "%" or a scale,
# or dotted thousands with decimals after a comma; and one only the English way writes
_CONTINENTAL_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])|(?<![\d.,])\d+,\d{1,2}[ \t]?"
                                 r"(?:%|(?:million|billion|bn|Mio|Mrd)\b)")
_ENGLISH_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d.,])|(?<![\d.,])\d+\.\d{1,2}[ \t]?"
                             r"(?:%|(?:million|billion|bn)\b)")


def in_english_figures(text: str, prose: str | None = None) -> str:
    """`text` (of a document whose prose is `prose`, itself by default) with its figures as English
    ones where that document writes them the continental way (see `decimal_comma`): each figure's
    dots and commas swapped ("1.487,3" reads "1,487.3"), at the same offsets; else `text` itself."""
    if not decimal_comma(text if prose is None else prose):
        return text
    return _A_FIGURE_RUN.sub(lambda m: m.group().translate(_SWAP_MARKS), text)


_A_FIGURE_RUN = re.compile(r"\d[\d.,]*\d")
_SWAP_MARKS = str.maketrans(".,", ",.")


@lru_cache(maxsize=256)
def _dateline_in(head: str) -> Dateline | None:
    """`find_dateline` of a text's first 3,000 characters, all it reads: remembered, since an edit
    further on leaves them as they were."""
    m = _ISO_HEADER.search(head)
    if m and (d := safe_date(int(m[1]), int(m[2]), int(m[3]))):
        return Dateline(d, m.start(1), m.end(3))
    if (stamp := _publication_stamp(head)) is not None:
        return stamp  # "Published: Tuesday 6 April 2032" over a table whose first row is "01/03/2032"
    year = None
    for m in ISO_DATE.finditer(head):
        if d := safe_date(int(m[1]), int(m[2]), int(m[3])):
            return Dateline(d, m.start(), m.end())
    for m in DMY_DATE.finditer(head):
        # a stamp both ways ("Updated: 05-03-2030") is read day first, as most wire stamps write it:
        # a reference for relative dates, which no claim rests on alone
        if d := numeric_date(m, numeric_order(head) or "dmy"):
            return Dateline(d, m.start(), m.end())
    m = _WIRE.search(head)
    if m and head.count("\n", 0, m.start()) < _DATELINE_LINES:  # (not a results box's "Tarrow, Thursday 3 May 2029:" far down)
        month, day, year = _wire_parts(m)
        if year and (d := safe_date(year, month, day)):
            return Dateline(d, m.start("month") if m["month"] else m.start("day2"), m.end())
    return None


_DATELINE_LINES = 16  # lines (headline, standfirst, byline, blanks) a wire dateline opens the story within


def _publication_stamp(head: str) -> Dateline | None:
    """The first stamp line that dates the document: "Published: Monday, October 17, 2033", not the
    "Incident date: Thursday, October 13, 2033" above it, an event's."""
    m = next((m for m in _DATE_STAMP_LINE.finditer(head[:_STAMP_REACH])
              if publication_label(head[m.start() : m.start("date")])), None)
    if m:
        day, month, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
        if d := safe_date(int(year), _month_number(month), int(day)):
            return Dateline(d, m.start("date"), m.end("date"))
    return None


def first_year(text: str) -> int | None:
    """The first year a text writes (a story tells its year first), which its days without a year
    are read in (see `checks.date_mismatch`); an edit that changes it changes every such day's."""
    found = _A_YEAR.search(text)
    return int(found.group()) if found else None


_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def publication_label(label: str) -> bool:
    """Whether the label before a date dates the document ("Published:", "Date of issue:", "Club
    news -", none at all), not an event whose date it names ("Incident date:", "Date of hearing:")."""
    words = set(re.findall(r"[a-z]+", label.lower()))
    return "date" not in words or not words - _PUBLICATION_WORDS


_PUBLICATION_WORDS = frozenset({
    "date", "dated", "of", "the", "published", "publication", "issued", "issue", "released", "release", "updated",
    "update", "last", "posted", "filed", "created", "press", "news", "report", "notice", "statement", "document"})


def date_stamp_lines(text: str) -> list[tuple[int, int]]:
    """The date of the one line among the first that is only a date (and a time): a heading's
    "Tuesday 14 May 2030, 20:00-21:30" under a programme's title, which dates the document, not an
    event."""
    lines = [m for m in _DATE_STAMP_LINE.finditer(text[:_STAMP_REACH])
             if not text[m.start() : m.start("date")].strip(" \t*_>#")]  # not "Next release: Thursday 8 August"
    if len(lines) != 1 or text.count("\n", 0, lines[0].start()) >= _HEADING_LINES:
        return []  # a list of dates ("Monday 14 March 2033 / Wednesday 16 March 2033") is no heading
    return [(lines[0].start("date"), lines[0].end("date"))]


_HEADING_LINES = 6  # a heading's date line is among a document's first lines


def weekday_dateline(text: str) -> list[tuple[int, int]]:
    """The weekday of a dateline that gives no date, as British papers file ("WYVENSTOW, Saturday",
    "LONDON, Tuesday - Ministers ..."), among a document's first lines: the day of the filing."""
    m = _WEEKDAY_DATELINE.search(text[:_STAMP_REACH])
    if m is None or text.count("\n", 0, m.start()) >= _DATELINE_LINES:  # (under a headline, standfirst and byline)
        return []
    return [(m.start("day"), m.end("day"))]


_WEEKDAY_DATELINE = re.compile(
    rf"^[ \t*_]*{CITY}[ \t]*,[ \t]*(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[ \t]*(?:[-\u2013\u2014:]|$)", re.M)


# a line near the top that is only a date, maybe after a label: "Tuesday 9 March 2027", "For immediate
# release: Tuesday 9 March 2027", "Issued 19:00, Monday 18 July 2033", "March 9, 2027"
_STAMP_REACH = 800
_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
               r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?)(?:[ \t]+[A-Z]{2,4})?"  # "10.30am", "00:01 BST"
# a label, with a time of day in it or not: "Status:", "Issued: 05:00 GMT,", "Embargoed until 00:01",
# "Press release - embargoed until 9.45pm,"; without a colon, only a stamp's word opens it
_STAMP_LABEL = (r"(?:[^\n:,.]{1,30}?[ \t]*[:,\-\u2013\u2014\u00b7][ \t]*"
                r"|(?i:published|issued|released|updated|embargoed|dated|posted|filed|(?:press|news) release)\b"
                r"[^\n:,.\d]{0,40}?[ \t]+)")
_DATE_STAMP_LINE = re.compile(
    rf"^[ \t*_>#]*(?:{_STAMP_LABEL}?(?:{_CLOCK}[ \t]*,?[ \t]*)?)?"
    r"(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"(?:(?P<d1>\d{{1,2}})[ \t]+(?P<m1>{_MONTH_NAME})\.?,?[ \t]+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH_NAME})\.?[ \t]+(?P<d2>\d{{1,2}}),?[ \t]+(?P<y2>\d{{4}})))"
    # and after it a time of day, an update's time or a note in brackets: ", 18:30 CET",
    # ", updated 16:05", " (latest update first; all times BST)"
    rf"(?:[ \t]*,?[ \t]*(?:(?:at|updated)[ \t]+)?{_CLOCK}(?:[ \t]*[-\u2013][ \t]*{_CLOCK})?|[ \t]*\([^\n()]{{1,60}}\))?"
    # or a newsletter's tagline after a middle dot or a dash: "Thursday 16 May 2030 · Your round-up"
    r"(?:[ \t]+[\u00b7\u2013\u2014][ \t]+[^\n\d]{1,60}?)?[ \t*_.]*$",
    re.M)
