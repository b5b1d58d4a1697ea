"""Draft formats: the registry, each format's mask, and the same story in every format.

The story is written once as plain text and once each in Markdown, HTML (as a CMS exports it:
tags, character references, a script, a comment) and reStructuredText (a title, a field list,
roles, a directive, a literal block). Checked with `copydesk check`, as drafts and as sources,
every pair gives the same findings on the same words.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.document import Document
from copydesk.formats import FORMATS, SUFFIXES, by_name, format_of, is_draft, suffix_glob

SOURCE = {
    "txt": """\
NORTHPORT, March 3, 2026 — Velmora’s harbour authority will sell 17 ferries to Harbourline, its chairwoman Ada Moss said on Tuesday.

“We will sell the ferries because the fleet is too old,” Moss told reporters.

The sale is worth 40 million euros, said Ivo Pent, the finance director of Harbourline.

The harbour pilot Lena Vale will steer the last ferry out on Friday, March 13.
""",
    "md": """\
---
title: Harbour sale
---
# Harbour sale

NORTHPORT, March 3, 2026 — *Velmora’s* harbour authority will sell **17 ferries** to
[Harbourline](https://harbourline.example/about), its chairwoman Ada Moss said on Tuesday.

> “We will sell the ferries because the fleet is too old,” Moss told reporters.

The sale is worth 40 million euros, said Ivo Pent, the finance director of Harbourline.

- The harbour pilot Lena Vale will steer the last ferry out on Friday, March 13.
""",
    "html": """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><script>var tag = "<p>Ivo Pent, chief executive</p>";</script>
<style>p { margin: 0 }</style></head>
<body><h1>Harbour sale</h1>
<p>NORTHPORT, March 3, 2026 &mdash; <em>Velmora&rsquo;s</em> harbour authority will sell <strong>17&nbsp;ferries</strong>
to <a href="https://harbourline.example/about">Harbourline</a>, its chairwoman Ada Moss said on Tuesday.</p>
<p>&ldquo;We will sell the ferries because the fleet is too old,&rdquo; Moss told reporters.</p>
<!-- the paragraph the desk added -->
<p>The sale is worth 40&nbsp;million euros, said Ivo Pent, the finance director of Harbourline.</p><p>The harbour pilot Lena Vale will steer the last ferry out on Friday, March&#160;13.</p>
</body></html>
""",
    "rst": """\
============
Harbour sale
============

:Date: 2026-03-03

NORTHPORT, March 3, 2026 — *Velmora’s* harbour authority will sell **17 ferries** to
`Harbourline <https://harbourline.example/about>`_, its chairwoman Ada Moss said on Tuesday.

   “We will sell the ferries because the fleet is too old,” Moss told reporters.

.. note::

   The sale is worth 40 million euros, said Ivo Pent, the finance director of :title:`Harbourline`.

.. code-block:: text

   Ivo Pent, chief executive

- The harbour pilot Lena Vale will steer the last ferry out on Friday, March 13.
""",
}

DRAFT = {
    "txt": """\
NORTHPORT, March 3, 2026 — Velmora’s harbour authority will sell 19 ferries to Harbourline, its chairwoman Ada Moss said on Tuesday.

“We will sell the ferries because the fleet is very old,” Moss told reporters.

The sale is worth 40 million euros, said Ivo Pent, the chief executive of Harbourlime.

The harbour pilot Lena Vale will steer the last ferry out on Friday, March 14.
""",
    "md": """\
# Harbour sale

NORTHPORT, March 3, 2026 — **Velmora’s** harbour authority will sell *19 ferries* to
[Harbourline](https://harbourline.example), its chairwoman Ada Moss said on Tuesday.

> “We will sell the ferries because the fleet is very old,” Moss told reporters.

The sale is worth 40 million euros, said Ivo Pent, the chief executive of Harbourlime.

1. The harbour pilot Lena Vale will steer the last ferry out on Friday, March 14.
""",
    "html": """\
<html><body><h1>Harbour sale</h1><p>NORTHPORT, March 3, 2026 &mdash; Velmora&rsquo;s harbour authority will sell
<b>19</b> ferries to <a href="https://harbourline.example">Harbourline</a>, its chairwoman Ada Moss said on Tuesday.</p>
<p>&ldquo;We will sell the ferries because the fleet is <em>very</em> old,&rdquo; Moss told reporters.</p>
<p>The sale is worth 40&nbsp;million euros, said Ivo Pent, the chief executive of Harbourlime.</p>
<p>The harbour pilot Lena Vale will steer the last ferry out on Friday, March 14.</p></body></html>
""",
    "rst": """\
Harbour sale
============

NORTHPORT, March 3, 2026 — Velmora’s harbour authority will sell **19** ferries to
`Harbourline`_, its chairwoman Ada Moss said on Tuesday.

“We will sell the ferries because the fleet is *very* old,” Moss told reporters.

The sale is worth 40 million euros, said Ivo Pent, the chief executive of Harbourlime.

.. _Harbourline: https://harbourline.example

* The harbour pilot Lena Vale will steer the last ferry out on Friday, March 14.
""",
}

# What each draft must be told, whatever the formats: (rule, the words flagged).
EXPECTED = [
    ("number-mismatch", "19"),
    ("misquote", "very"),
    ("title-mismatch", "chief executive"),
    ("name-spelling", "Harbourlime"),
    ("date-mismatch", "March 14"),
]


def _check(folder: Path, source_suffix: str) -> dict[str, list[tuple[str, str, str]]]:
    """Each draft's findings against the one source in `source_suffix`: (rule, the draft's words
    under the finding, the message with the source's name made neutral)."""
    drafts = [folder / "drafts" / f"story.{suffix}" for suffix in DRAFT]
    out = subprocess.run(
        [sys.executable, "-m", "copydesk", "check", "--no-config", "--format", "json",
         "--sources", str(folder / f"src-{source_suffix}"), *map(str, drafts)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert out.returncode == 1, out.stderr
    found = {}
    for file in json.loads(out.stdout)["files"]:
        text = Path(file["path"]).read_text(encoding="utf-8")
        found[Path(file["path"]).suffix] = sorted(
            (d["rule"], text[d["offset"][0] : d["offset"][1]], d["message"].replace(f"wire.{source_suffix}", "wire"))
            for d in file["diagnostics"]
        )
    return found


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("story")
    (folder / "drafts").mkdir()
    for suffix, text in DRAFT.items():
        (folder / "drafts" / f"story.{suffix}").write_text(text, encoding="utf-8")
    for suffix, text in SOURCE.items():
        (folder / f"src-{suffix}").mkdir()
        (folder / f"src-{suffix}" / f"wire.{suffix}").write_text(text, encoding="utf-8")
    return folder


def test_the_same_story_in_every_format_gives_the_same_findings(story: Path):
    results = {source: _check(story, source) for source in SOURCE}
    reference = results["txt"][".txt"]
    assert sorted((rule, words) for rule, words, _ in reference) == sorted(EXPECTED)
    for source, by_draft in results.items():
        assert set(by_draft) == {f".{suffix}" for suffix in DRAFT}
        for draft, findings in by_draft.items():
            assert findings == reference, f"draft {draft} against a {source} source"


# --------------------------------------------------------------------------- the registry


def test_every_suffix_names_one_format_and_unknown_ones_read_as_text():
    assert len(SUFFIXES) == len(set(SUFFIXES))
    assert format_of("a/story.HTML").name == "html"
    assert format_of("story.mdown").name == "markdown"
    assert format_of("story.rst").name == "rst"
    assert format_of("story.text").name == "text"
    assert format_of("story.docx").name == "text" and not is_draft("story.docx")
    assert format_of(None).name == "text"
    assert all(is_draft(f"x{suffix}") for suffix in SUFFIXES)
    assert {fmt.name for fmt in FORMATS} == {"text", "markdown", "html", "rst"}
    for fmt in FORMATS:  # the registry's suffixes are each format's own
        assert {format_of(f"x{suffix}").name for suffix in fmt.suffixes} == {fmt.name}
    assert set(SUFFIXES) == {suffix for fmt in FORMATS for suffix in fmt.suffixes}


def test_a_format_is_imported_only_once_a_file_of_it_is_read(tmp_path: Path) -> None:
    """A cold `copydesk check` of plain text pays for no other format's masker."""
    draft = tmp_path / "draft.txt"
    draft.write_text("Ada Moss said on Tuesday that 17 ferries would be sold.\n", encoding="utf-8")
    code = ("import sys; from copydesk.document import Document; from pathlib import Path; "
            f"Document.from_path(Path({str(draft)!r})); "
            "print(sorted(m for m in ('html', 'markdown', 'rst') if f'copydesk.formats.{m}' in sys.modules)); "
            "Document('# Title', 'x.md'); print('copydesk.formats.markdown' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:2] == ["[]", "True"]


def test_the_watch_glob_lists_every_suffix():
    glob = suffix_glob(".yaml")
    inside = re.fullmatch(r"\*\*/\*\.\{(.*)\}", glob)
    assert inside is not None
    assert set(inside.group(1).split(",")) == {s.lstrip(".") for s in SUFFIXES} | {"yaml"}


def test_a_document_takes_its_format_from_its_path_unless_told():
    assert Document("<p>Ada Moss</p>", "d.html").format == "html"
    assert Document("<p>Ada Moss</p>", "d.html").prose.strip() == "Ada Moss"
    assert Document("<p>Ada Moss</p>", "d.txt").prose == "<p>Ada Moss</p>"
    assert Document("<p>Ada Moss</p>", "-", format="html").prose.strip() == "Ada Moss"


# --------------------------------------------------------------------------- masks keep length

SAMPLES = [SOURCE[s] for s in SOURCE] + [DRAFT[s] for s in DRAFT] + [
    "", "\ufeff<p>x</p>", "&", "&amp", "&#9999999;", "&bogus;", "Caf&eacute;&rsquo;s", "<", "<p", "<!--", "<script>",
    "a\r\nb\rc", ".. ", "::", "| a |", "+--+", "`", "``x", "*", "***", ":a:", "  - x\n  - y",
]


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
@pytest.mark.parametrize("text", SAMPLES)
def test_every_mask_keeps_length_and_line_breaks(fmt, text: str):
    prose, starts = fmt.mask(text)
    assert len(prose) == len(text)
    assert all(p == t for p, t in zip(prose, text) if t in "\r\n")  # a line break is never blanked
    assert all(0 <= s <= len(text) for s in starts)


# --------------------------------------------------------------------------- HTML


def _words(fmt_name: str, text: str) -> list[str]:
    return [t.text for t in Document(text, format=fmt_name).tokens if t.kind == "word"]


def test_html_tags_scripts_styles_and_comments_are_not_prose():
    text = ('<html><head><style>p { color: red }</style><script>var s = "<p>Ivo Pent</p>";</script></head>'
            '<body><!-- Lena Vale --><p class="lead">Ada Moss <em>spoke</em>.</p><pre>Ivo Pent</pre></body></html>')
    assert _words("html", text) == ["Ada", "Moss", "spoke"]


def test_html_references_keep_words_whole_and_word_starts_in_place():
    text = "<p>&ldquo;Velmora&rsquo;s Jos&eacute; paid &pound;5&nbsp;million,&rdquo; said R&amp;D.</p>"
    doc = Document(text, format="html")
    words = [t for t in doc.tokens if t.kind in ("word", "number")]
    assert [t.text for t in words] == ["Velmora’s", "José", "paid", "5", "million", "said", "R", "D"]
    for t in words:  # every word starts where it starts in the file
        assert text[t.start] == t.text[0]
    assert "“Velmora’s" in doc.prose and "£5" in doc.prose and "million,”" in doc.prose
    assert doc.visible_text(0, len(text)) == "“Velmora’s José paid £5 million,” said R&D."


class _StdlibText(HTMLParser):
    """The text a browser shows, by Python's own HTML parser: the reference the mask must agree with."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in ("script", "style", "pre", "code")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style", "pre", "code")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


# A "<" glued to a letter opens a tag for a browser even with no ">" before the next "<"; the mask's
# tags never cross a "<" (so no opening is scanned twice), which is the one way they part.
_HTML_PIECES = st.sampled_from([
    "<p>", "</p>", "<em>", "</em>", "<br>", '<a href="https://x.example/?a=1&amp;b=2">', "</a>", "<!-- Ivo Pent -->",
    "<script>var a = '<p>Ivo</p>';</script>", "&amp;", "&rsquo;", "&eacute;", "&nbsp;", "&#233;", "&#x2014;",
    "&ldquo;", "&bogus;", "Ada", "Moss", "Velmora", "s", "5", " ", "\n", ",", ".", " < ",
])
_WORDS = re.compile(r"[^\W\d_][\w’']*|\d+")


@settings(max_examples=300, derandomize=True)
@given(st.lists(_HTML_PIECES, max_size=30))
def test_html_prose_has_the_words_a_browser_shows(pieces: list[str]):
    text = "".join(pieces)
    parser = _StdlibText()
    parser.feed(text)
    parser.close()
    shown = _WORDS.findall(" ".join(parser.parts))
    assert _WORDS.findall(Document(text, format="html").prose) == shown


def test_html_block_tags_are_paragraph_breaks():
    doc = Document("<p>Ada Moss left</p><p>Ivo Pent stayed</p><p>One<br>Two</p>", format="html")
    assert [doc.sentence_text(s.index) for s in doc.sentences] == ["Ada Moss left", "Ivo Pent stayed", "One", "Two"]
    assert len({s.paragraph for s in doc.sentences}) == 4


def test_html_dateline_is_read_from_the_prose():
    doc = Document("<p><b>NORTHPORT</b>, March 3, 2026 &mdash; Ada Moss left.</p>", format="html")
    assert doc.dateline is not None and str(doc.dateline.date) == "2026-03-03"


# --------------------------------------------------------------------------- reStructuredText

RST = """\
=============
Harbour talks
=============

:Date: 2026-03-03

Ada Moss, the *mayor* of **Velmora**, met ``Ivo Pent`` and :sc:`Lena Vale` at `Harbourline <https://x.example>`_ [1]_.

.. Ivo Pent is a comment

.. code-block:: text
   :caption: Ivo Pent

   Ivo Pent, code

.. note::

   Ada Moss left early.

Here is a literal block::

    Ivo Pent, literal

- First item.
- Second item.

+------+
| Cell |
+------+
"""


def test_rst_markup_is_not_prose_and_directive_bodies_are_when_they_hold_prose():
    words = _words("rst", RST)
    assert "Ivo" not in words  # an inline literal, a comment, code, an option, a literal block
    assert words[:2] == ["Harbour", "talks"]
    assert words[2:14] == ["Ada", "Moss", "the", "mayor", "of", "Velmora", "met", "and", "Lena", "Vale", "at", "Harbourline"]
    assert words[14:] == ["Ada", "Moss", "left", "early", "Here", "is", "a", "literal", "block", "First", "item",
                          "Second", "item", "Cell"]
    prose = Document(RST, format="rst").prose
    assert "=" not in prose and "`" not in prose and "::" not in prose and "|" not in prose and "+" not in prose


def test_an_empty_rst_comment_ends_a_block_and_hides_nothing():
    assert _words("rst", "Ada left.\n\n..\n\n   Ivo Pent stayed.\n") == ["Ada", "left", "Ivo", "Pent", "stayed"]
    assert _words("rst", "Ada left.\n\n.. a comment\n\n   still the comment\n\nIvo Pent stayed.\n") == [
        "Ada", "left", "Ivo", "Pent", "stayed"]


def test_rst_title_list_items_and_paragraphs_are_separate_sentences():
    doc = Document(RST, format="rst")
    texts = [doc.sentence_text(s.index) for s in doc.sentences]
    assert texts[0] == "Harbour talks"
    assert "First item." in texts and "Second item." in texts
    assert str(doc.dateline.date) == "2026-03-03"


# --------------------------------------------------------------------------- suppression comments


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_each_format_reads_the_comment_it_writes(fmt):
    comment = fmt.comments.comment("disable-next-line", "name-spelling")
    text = f"Intro.\n{comment}\nAda Mos said so.\n"
    (directive,) = Document(text, format=fmt.name).directives
    assert (directive.action, directive.rules, directive.line) == ("disable-next-line", ("name-spelling",), 1)
    # and the comment is markup, not prose
    assert "copydesk" not in Document(text, format=fmt.name).prose


def test_each_format_has_its_own_comment_syntax():
    assert by_name("html").comments.comment("disable-next-line", "misquote") == "<!-- copydesk-disable-next-line misquote -->"
    assert by_name("rst").comments.comment("disable-next-line", "misquote") == ".. copydesk-disable-next-line misquote"
    rst_comment, html_comment = ".. copydesk-disable misquote\n", "<!-- copydesk-disable misquote -->\n"
    assert Document(rst_comment, format="html").directives == []
    assert Document(html_comment, format="rst").directives == []
    assert [d.action for d in Document(rst_comment + "\n.. copydesk-enable\n", format="rst").directives] == ["disable", "enable"]


def _inserted(text: str, insertions: list[tuple[int, str]]) -> str:
    for at, new in sorted(insertions, reverse=True):
        text = text[:at] + new + text[at:]
    return text


@pytest.mark.parametrize("name", ["draft.txt", "draft.md", "draft.html", "draft.rst", "draft.rst-no-newline"])
def test_the_disable_action_silences_its_rule_and_only_there_in_every_format(name: str):
    from helpers import check

    name, _, variant = name.partition("-")
    sources = {"s.txt": "The ferry firm Harbourline said its ferries would sail on Monday."}
    draft = ("Intro line.\n\nThe ferry firm Harbourlime said its ferries would sail\non Monday.\n\n"
             "Later Harbourlime said so again.\n")
    draft = draft.rstrip("\n") if variant else draft
    found = [f for f in check(draft, sources, name) if f.rule == "name-spelling"]
    assert len(found) == 2
    insertions = format_of(name).comments.disable_insertions(draft, found[0].start, "name-spelling")
    silenced = _inserted(draft, insertions)
    left = [silenced[f.start : f.end] for f in check(silenced, sources, name) if f.rule == "name-spelling"]
    assert left == ["Harbourlime"]  # the other paragraph's is still flagged
    assert silenced.index("Later Harbourlime") > silenced.index("copydesk-")


def test_rst_is_disabled_around_a_paragraph_with_blank_lines_as_rst_needs():
    text = "Title\n=====\n\n  First line of it,\n  and the finding here.\n\nNext.\n"
    at = text.index("finding")
    assert _inserted(text, by_name("rst").comments.disable_insertions(text, at, "misquote")) == (
        "Title\n=====\n\n  .. copydesk-disable misquote\n\n  First line of it,\n  and the finding here.\n"
        "\n  .. copydesk-enable misquote\n\nNext.\n")
    crlf = text.replace("\n", "\r\n")
    assert _inserted(crlf, by_name("html").comments.disable_insertions(crlf, crlf.index("finding"), "misquote")) == (
        "Title\r\n=====\r\n\r\n  First line of it,\r\n  <!-- copydesk-disable-next-line misquote -->\r\n"
        "  and the finding here.\r\n\r\nNext.\r\n")


def test_the_readme_lists_every_format_and_suffix():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Drafts and sources: the formats") :]
    section = section[: section.index("\n## ")]
    rows = [line.split("|")[2] for line in section.splitlines() if line.startswith("| ") and "`." in line]
    listed = [suffix for row in rows for suffix in re.findall(r"`(\.\w+)`", row)]
    assert sorted(listed) == sorted(SUFFIXES)


# --------------------------------------------------------------------------- Markdown blocks

MARKDOWN = """\
Harbour talks
=============

Ada Moss spoke first.

    Ivo Pent, an indented code block

- Lena Vale spoke next.

  ```
  Ivo Pent, a fence inside a list item
  ```

> ## Velmora replies

***

| who | what |
| --- | --- |
| Ada Moss | spoke |
"""


def test_markdown_blocks_come_from_the_commonmark_parser():
    doc = Document(MARKDOWN, format="markdown")
    words = [t.text for t in doc.tokens if t.kind == "word"]
    assert "Ivo" not in words
    assert words == ["Harbour", "talks", "Ada", "Moss", "spoke", "first", "Lena", "Vale", "spoke", "next", "Velmora",
                     "replies", "who", "what", "Ada", "Moss", "spoke"]
    for mark in ("=", "```", "#", "***", "---", "|", ">"):
        assert mark not in doc.prose
    texts = [doc.sentence_text(s.index) for s in doc.sentences]
    assert texts[:2] == ["Harbour talks", "Ada Moss spoke first."]
    assert "Velmora replies" in texts


def test_markdown_inline_marks_pair_within_a_paragraph_only():
    """A backtick or an asterisk left open in one paragraph does not turn the next paragraphs
    into code or emphasis: inline marks pair up within their paragraph, as CommonMark has it."""
    text = "Lena Vale wrote `draft.\n\nTarrow council met on Monday.\n\nIt ended` there; *Ivo\n\nPent* left.\n"
    prose = Document(text, "story.md").prose
    for words in ("Lena Vale wrote", "Tarrow council met on Monday", "It ended", "Ivo", "Pent"):
        assert words in prose
    assert "`" in prose and "*" in prose  # unpaired, so not markup
    assert "`code`" not in Document("Use `code` here.\n", "story.md").prose
