"""Markdown (.md): what PDF converters (MinerU, marker, docling) and people write.

The text handed on is the Markdown itself; what is Markdown syntax rather than
the document's words is listed as *markup* spans, which the clean stage deletes
first, each recorded as a removal named after its construct
(``markdown.heading`` …). So every span of the parsed document still indexes
the .md file, and no character goes unrecorded.

What is markup:

* heading marks (``#`` … ``######``, setext underlines): the heading's text
  stays, and its level becomes an *outline hint*, evidence for the level stage
  and never the only signal. Converters flatten headings (MinerU writes every
  one as ``#``, docling every one as ``##``), so hints are given only where the
  headings below the first use more than one level; otherwise the numbering
  markers alone decide the nesting;
* emphasis and strikethrough delimiters (CommonMark's flanking rules, so a
  ``**`` blank in a template stays text; a Han character beside a run counts as
  the space Chinese does not write), code-span backticks, escaping
  backslashes, link brackets and targets (the link text stays), images,
  footnote references and the labels of footnotes' definitions (the note's
  text stays: it is rendered under the page), link reference definitions;
* block syntax: quote marks, bullet-list marks, thematic breaks, code fences
  (the code stays, as text), YAML front matter;
* tables: the delimiter row (``|---|---|``); each row stays one line of text,
  its cells parted by their pipes, so the number in a row's first cell (序号)
  never reads as a heading;
* converter furniture: HTML comments (docling's ``<!-- image -->``, page-break
  placeholders), a note app's comments (Obsidian's ``%% … %%``) and marker's
  page separators (``{3}`` and 48 dashes). HTML tags
  (MinerU's tables, marker's ``<span id=…>`` anchors) are left to the clean
  stage, which removes leaked markup in any text.

Ordered-list numbers (``1.``) are the document's own numbering and stay.
Everything is found in one pass over the lines; each pattern is anchored at a
position it was sent to and bounded, so the cost is linear in the input.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from heapq import heappop, heappush, merge
from itertools import dropwhile, pairwise
from typing import TYPE_CHECKING, Final

import regex
from attrs import field, frozen

from speechparse.lazyregex import lazy_compile
from speechparse.limits import UNLIMITED, StructureBudget
from speechparse.model import Source
from speechparse.vocab.chars import is_han
from speechparse.vocab.placeholders import BLANK_CHARS

if TYPE_CHECKING:
    from speechparse.read import SourceText

#: the name of every removal this reader's markup gives, by construct
RULE_NAMES: Final = tuple(f"markdown.{name}" for name in (
    "heading", "emphasis", "code", "escape", "link", "image", "footnote", "definition", "quote", "list",
    "break", "fence", "front_matter", "table", "comment", "page_marker", "task", "link_item",
    "attributes", "callout",
))
#: file name endings that say a file is Markdown
SUFFIXES: Final = (".md", ".markdown")
#: characters a backslash escapes (CommonMark: ASCII punctuation)
ESCAPABLE: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
#: delimiter runs longer than this are text (``____`` is a blank to fill in, not emphasis)
MAX_EMPHASIS_RUN: Final = 3
#: a run of stars this long with punctuation on both sides stands where a word would: a template's blank for a name
#: (***), which Chinese writes with no space around it, not CommonMark's strong emphasis
NAME_BLANK_RUN: Final = 3
#: how far a front matter block may reach, in lines
MAX_FRONT_MATTER_LINES: Final = 60

# Patterns: each is matched at one position (or searched for once per line), its quantifiers possessive
# or bounded, none nested: no timeout needed.
_ATX: Final = lazy_compile(r"[ ]{0,3}+(#{1,6}+)(?:[ \t]++|(?=\n|\Z))")
_SETEXT: Final = lazy_compile(r"[ ]{0,3}+(?:=++|-++)[ \t]*+\Z")
_FENCE: Final = lazy_compile(r"[ ]{0,3}+(`{3,}+|~{3,}+)")
_QUOTE: Final = lazy_compile(r"[ ]{0,3}+>[ \t]?+")
#: the type a note app's callout opens its quote with (Obsidian's, GitHub's: > [!info] 备注, > [!NOTE]), with its
#: fold mark
_CALLOUT_TYPE: Final = lazy_compile(r"\[![A-Za-z]{1,20}+\][+-]?+[ \t]*+")
#: a callout whose type is a note's (Obsidian's and GitHub's: note, info, tip, todo, warning, question, …): the
#: writer's remark to self or to a reader of the draft (起草说明, 待核实), no words of the document, and it goes whole;
#: a quote's, an example's or a summary's callout holds words of a text, and keeps them
_NOTE_CALLOUT: Final = lazy_compile(r"\[!(?i:note|info|todo|tip|hint|important|warning|caution|attention|question|help|"
                                    r"faq|danger|error|bug|failure|fail|missing|success|check|done)\][+-]?+")
#: a line of YAML front matter: a key and its colon, an item of a list, or a value's indented continuation
_YAML_LINE: Final = lazy_compile(r"[A-Za-z_][\w-]*[ \t]*:|[ \t]*-[ \t]|[ \t]+\S|#")
#: a list item's mark, indented to its depth (- , * , + ); a task's box may follow it (_BULLET)
_BULLET_MARK: Final = r"[ \t]{0,12}+[-+*][ \t]++"
_BULLET: Final = lazy_compile(rf"{_BULLET_MARK}(?:\[[ xX]\][ \t]++)?+(?=\S)")
#: a task list's item (- [ ] 核对数据, - [x] …): a note app's to-do, the writer's note to self, not the document's
_TASK: Final = lazy_compile(r"[ \t]{0,12}+[-+*][ \t]++\[[ xX]\][ \t]")
#: a link to an address, its text in brackets: [讲话](https://…), [首页](/)
_LINK_TO_ADDRESS: Final = r"\[[^\[\]\n]{1,300}+\]\((?:https?://|/)[^()\s]{0,2000}+\)"
#: a list item's words when they are links alone, one or a few
_LINKS_ALONE: Final = lazy_compile(rf"(?:{_LINK_TO_ADDRESS}[ \t|]*+){{1,8}}+")
#: a reader service's header: the page's title, its address and other fields, down to the line that says the
#: Markdown made of the page follows
_READER_HEADER: Final = lazy_compile(r"Title:[^\n]*+\n(?:[^\n]*+\n){0,30}?Markdown Content:[ \t]*+(?:\n|\Z)")
#: pandoc's attributes after a span or an image: an identifier, classes, or keys with values
#: ({.underline}, {#sec-1 .unnumbered}, {width="3.2in" height="1in"})
_ATTRIBUTES: Final = lazy_compile(r"\{(?:[#.][\w-]|[A-Za-z][\w-]*+=)[^{}\n]{0,200}+\}")
#: a grid table's border, or the rule under its header row (+------+-----+, +======+=====+)
_GRID_BORDER: Final = lazy_compile(r"[ ]{0,3}+\+(?:[-=:]++\+)++[ \t]*+")
#: the first line with text below front matter is an ATX heading (a note app's mark for its contents aside: [TOC])
_OPENS_WITH_HEADING: Final = lazy_compile(r"(?:[ \t]*+(?:\[(?i:toc)\]|\[\[(?i:toc)\]\])?+[ \t]*+\n)*+"
                                          r"[ ]{0,3}+#{1,6}+[ \t]")
#: front matter's title, its value maybe quoted
_YAML_TITLE: Final = lazy_compile(r"title[ \t]*+:[ \t]*+(?P<quote>[\"']?+)(?P<value>[^\n\"']{1,300}+)(?P=quote)"
                                  r"[ \t]*+$")
_DEFINITION: Final = lazy_compile(r"[ ]{0,3}+\[[^\]\n]{1,300}+\]:[ \t]*+\S")
_DELIMITER_CELL: Final = lazy_compile(r":?+-++:?+")
_PAGE_MARKER: Final = lazy_compile(r"\{\d{1,6}+\}-{20,}+[ \t]*+\Z")
_LINK_TAIL: Final = lazy_compile(r"\]\([ \t]*+(?:<[^<>\n]{0,2000}+>|[^()\s]{0,2000}+)"
                                  r"(?:[ \t]++(?:\"[^\"\n]{0,300}+\"|'[^'\n]{0,300}+'))?+[ \t]*+\)")
_REFERENCE_TAIL: Final = lazy_compile(r"\]\[[^\[\]\n]{0,300}+\]")
_FOOTNOTE: Final = lazy_compile(r"\[\^[^\[\]\s]{1,60}+\]")
#: a footnote's definition opening its line ([^1]: 注释的文字), its label with the spaces after it
_FOOTNOTE_LABEL: Final = lazy_compile(r"[ ]{0,3}+\[\^[^\[\]\s]{1,60}+\]:[ \t]*+")
_AUTOLINK: Final = lazy_compile(r"<(?:https?|ftp|mailto):[^<>\s]{1,2000}+>")
#: what inline markup can start with
_INLINE: Final = lazy_compile(r"[\\`!\[*_~<]")
#: a note app's link to another note, with the words it shows (Obsidian's [[note]] or [[note|words]])
_WIKI_LINK: Final = lazy_compile(r"\[\[(?:[^\[\]|\n]{1,200}+\|)?+(?P<shown>[^\[\]|\n]{1,200}+)\]\]")
#: headings that make a document clearly Markdown (ATX, or setext's underline of equals signs, as reader services
#: and HTML converters write a page's title), and the other signs of it (a table's delimiter row, an image, a link
#: to an address, docling's image placeholder)
_ATX_LINE: Final = lazy_compile(r"^[ ]{0,3}+#{1,6}+[ \t]++\S", regex.MULTILINE)
_SETEXT_LINE: Final = lazy_compile(r"^[ \t]*+\S[^\n]*+\n[ ]{0,3}+={3,}+[ \t]*+$", regex.MULTILINE)
_SIGNS: Final = lazy_compile(
    r"^[ ]{0,3}+\|?+[ \t]*+:?+-++:?+[ \t]*+\|[ \t:|-]*+$|!\[[^\]\n]{0,300}+\]\([^()\s]{1,2000}+\)"
    rf"|{_LINK_TO_ADDRESS}|<!-- image -->", regex.MULTILINE)
_PAGE_MARKER_LINE: Final = lazy_compile(r"^\{\d{1,6}+\}-{40,}+[ \t]*+$", regex.MULTILINE)
#: punctuation a Chinese emphasis may open before, or close after, with a Han character on its other side
_CJK_OPENERS: Final = "“‘（(「『【《"
_CJK_ENDS: Final = "。！？；：!?;:”’）)」』】》"
#: a line's bold lead may close after its comma, with the sentence going on beside it (**第一项，**请…), where a
#: template's ** blank between commas opens nothing (有**，**等)
_LEAD_COMMAS: Final = "，,"
#: the multiplication sign a template writes its blanks with (××同志)
TIMES_BLANK: Final = "×"
#: a line that opens with a bold span closed on it (**一、总体要求**, **(一)营造氛围。**在…, **第一项,**请…): a writer's
#: heading, or a paragraph's lead, in Markdown (a template's ** blank closes no span before its line's words: **局局长)
_BOLD_LINE: Final = lazy_compile(r"^[ ]{0,3}+\*\*(?=[^*\s])[^*\n]{1,60}+(?:(?<=[。！？；：，!?;:,”）)】》])\*\*|"
                                 r"(?<=[^*\s])\*\*(?!\p{Han}))", regex.MULTILINE)
#: how much of a text is looked at to tell whether it is Markdown
SNIFF: Final = 16384

Markup = tuple[int, int, str]


def read_markdown(text: str, *, path: str | None = None, encoding: str | None = None,
                  max_units: int | None = None) -> SourceText:
    """Markdown as text with its markup listed (deleted by the clean stage) and its headings as hints.

    Lines with text and markup spans are structure units (:mod:`speechparse.limits`): a text with more
    than ``max_units`` of them (default: the budget for its size) raises
    :class:`speechparse.StructureTooDenseError` as soon as the scan has counted them, before they cost
    memory."""
    from speechparse.read import SourceText

    found = scan_markdown(text, StructureBudget.for_text(text, max_units, path))
    return SourceText(text=text, source=Source(path=path, format="md", encoding=encoding),
                      outline_hints=found.hints, markup=found.markup)


def looks_like_markdown(text: str, path: str | None = None) -> bool:
    """A path ending in .md, or text that is clearly Markdown: a reader service's header, two ATX headings, or
    one (or setext's equals signs under a line) and another sign (a table's delimiter row, an image, a link to an
    address, docling's image placeholder, a line opening in bold), two lines opening in bold (**一、总体要求**),
    a page separator of marker, or an outline: its lines with text list items nearly all."""
    if path is not None and path.lower().endswith(SUFFIXES):
        return True
    head = text[:SNIFF]
    if _READER_HEADER.match(head) is not None:
        return True  # (its header says so)
    # each pattern is searched for only where its marks stand (most texts hold no # and no **: one
    # C-speed look for a string each, not a scan of the regex engine's)
    headings = sum(1 for _ in zip(range(2), _ATX_LINE.finditer(head), strict=False)) if "#" in head else 0
    if headings >= 2 or ("}" in head and _PAGE_MARKER_LINE.search(head) is not None):
        return True
    bold_lines = sum(1 for _ in zip(range(2), _BOLD_LINE.finditer(head), strict=False)) if "**" in head else 0
    # (a line of equals signs under text also parts an e-reader's clippings: with another sign only)
    return ((headings == 1 or ("===" in head and _SETEXT_LINE.search(head) is not None))
            and (_SIGNS.search(head) is not None or bold_lines >= 1)) or bold_lines >= 2 or _is_an_outline(head)


#: an outline app's export (幕布, a mind map's text outline as Markdown): its nodes a list item each, nested by
#: indenting, this share of the lines with text at least, and this many of them
OUTLINE_ITEM_SHARE: Final = 0.8
MIN_OUTLINE_ITEMS: Final = 8
_LIST_ITEM_LINE: Final = lazy_compile(rf"^{_BULLET_MARK}\S", regex.MULTILINE)
_TEXT_LINE: Final = lazy_compile(r"^[ \t]*+\S", regex.MULTILINE)


def _is_an_outline(head: str) -> bool:
    """Whether nearly every line with text is a list item: a text written as one nested list, an outline's."""
    items = sum(1 for _ in _LIST_ITEM_LINE.finditer(head))
    return items >= MIN_OUTLINE_ITEMS and items >= OUTLINE_ITEM_SHARE * sum(1 for _ in _TEXT_LINE.finditer(head))


@frozen
class Found:
    """What a scan found: markup spans in order, disjoint; outline hints (heading start, level from 0)."""

    markup: tuple[Markup, ...] = field(converter=tuple[Markup, ...])
    hints: tuple[tuple[int, int], ...] = field(converter=tuple[tuple[int, int], ...])


def scan_markdown(text: str, budget: StructureBudget = UNLIMITED) -> Found:
    """The markup of a Markdown text and the levels of its headings, within ``budget``."""
    return _Scan(text, budget).run()


class _Scan:
    """One pass over the lines of a Markdown text: block syntax first, then each line's inline syntax."""

    def __init__(self, text: str, budget: StructureBudget) -> None:
        self.text = text
        self.budget = budget
        self.lines_with_text = 0
        self.markup: list[Markup] = []
        self.headings: list[tuple[int, int]] = []  # (offset of the heading's text, level from 0)
        self.comments: list[tuple[int, int]] = []
        for comment in _comments(text):  # each will be a removal: spent as it is found
            self.comments.append(comment)
            self._spend(len(self.comments))
        self.comment_starts = [start for start, _ in self.comments]

    def run(self) -> Found:
        text = self.text
        lines = _Lines(text)
        self._front_matter(lines)
        fence: str | None = None
        in_table = False
        paragraph: int | None = None  # where the text of the paragraph line just before starts
        in_callout = False  # the line before is a note's callout (> [!note] …), whose quoted lines go with it
        for start, end, line_end in lines:
            line = text[start:end]
            if fence is not None:  # inside a code block: the code stays, only the closing fence goes
                if line.strip(" ").startswith(fence) and not line.strip().strip(fence[0]):
                    self._mark(start, line_end, "fence")
                    fence = None
                continue
            if not line.strip() or self._in_comment(start, end):
                in_table = in_callout = False
                paragraph = None
                continue
            quote = _QUOTE.match(text, start, end)
            if quote is not None and (in_callout or _NOTE_CALLOUT.match(text, quote.end(), end) is not None):
                self._mark(start, line_end, "callout")
                in_callout = True
                paragraph = None
                continue
            in_callout = False
            self.lines_with_text += 1
            self._spend(0)
            if in_table and "|" in line:
                self._table_row(start, end)
                continue
            in_table = False
            block = self._block_line(line)
            if block == "fence":
                opening = _FENCE.match(line)
                assert opening is not None
                fence = opening.group(1)
            if block == "setext":
                if paragraph is not None:  # the line above is a heading, underlined
                    self._mark(start, line_end, "heading")
                    self.headings.append((paragraph, 0 if "=" in line else 1))
                    paragraph = None
                    continue
                block = "break" if _is_break(line) else None
            if block in ("fence", "page_marker", "break", "table"):
                self._mark(start, line_end, block)
                paragraph = None
                continue
            if block == "definition" and paragraph is None:
                label = _FOOTNOTE_LABEL.match(text, start, end)
                if label is None:  # a link's target, never rendered
                    self._mark(start, line_end, "definition")
                    continue
                # a footnote's text is rendered under the page: the note is the document's, its label is markup
                self._mark(start, label.end(), "footnote")
                self._inline(label.end(), end)
                paragraph = None
                continue
            following = lines.peek()
            if "|" in line and following is not None and self._delimiter_row(following):
                in_table = True
                self._table_row(start, end)
                self._mark(following[0], following[2], "table")
                next(lines)
                paragraph = None
                continue
            paragraph = self._content_line(start, end)
            if text.endswith("\\", start, end) and not text.endswith("\\\\", start, end):
                self._mark(end - 1, end, "break")  # a backslash ending a line breaks it (pandoc's hard break)
        return self._found()

    # -------------------------------------------------------------- blocks

    def _block_line(self, line: str) -> str | None:
        """What a whole line is, when it is nothing but block syntax."""
        if _FENCE.match(line) is not None and not (line.lstrip(" ")[0] == "`" and "`" in line.lstrip(" `")):
            return "fence"
        if _PAGE_MARKER.match(line) is not None:
            return "page_marker"
        if _SETEXT.match(line) is not None:
            return "setext"
        if _is_break(line):
            return "break"
        if _DEFINITION.match(line) is not None:
            return "definition"
        if _GRID_BORDER.fullmatch(line) is not None:
            return "table"
        return None

    def _content_line(self, start: int, end: int) -> int | None:
        """A line of text, maybe quoted, a heading or a list item: its marks go, its inline markup too.
        Returns where its text starts if it may be underlined into a heading (None for an ATX heading)."""
        text = self.text
        position = start
        quote = _QUOTE.match(text, position, end)
        quoted = quote is not None
        while quote is not None and quote.end() > position:
            self._mark(position, quote.end(), "quote")
            position = quote.end()
            quote = _QUOTE.match(text, position, end)
        callout = _CALLOUT_TYPE.match(text, position, end) if quoted else None
        if callout is not None:  # a note app's callout ([!info] 备注): its type is an icon, its title stays
            self._mark(position, callout.end(), "quote")
            position = callout.end()
        heading = _ATX.match(text, position, end)
        if heading is not None:
            self._mark(position, heading.end(), "heading")
            position = heading.end()
            content_end = _closing_sequence(text, position, end)
            self._mark(content_end, end, "heading")
            if content_end > position:
                self.headings.append((position, len(heading.group(1)) - 1))
            self._inline(position, content_end)
            return None
        if _TASK.match(text, position, end) is not None:
            self._mark(start, end, "task")  # the whole item goes: its words are no text of the document
            return None
        bullet = _BULLET.match(text, position, end)
        if bullet is not None:
            if _LINKS_ALONE.fullmatch(text, bullet.end(), end) is not None:
                # an item that is nothing but links to addresses is a menu's or a related list's (* [首页](/)):
                # a document's items say something
                self._mark(start, end, "link_item")
                return None
            self._mark(position, bullet.end(), "list")
            position = bullet.end()
        self._inline(position, end)
        return position

    def _front_matter(self, lines: _Lines) -> None:
        """YAML front matter (``---`` … ``---``) at the very start, or a reader service's header over the
        Markdown it made of a page (Title: … / URL Source: … / Markdown Content:): dropped, and the lines skipped."""
        header = _READER_HEADER.match(self.text)
        if header is not None:
            self._mark(0, header.end(), "front_matter")
            lines.skip_to(header.end())
            return
        first_end = self.text.find("\n")
        if self.text[:len(self.text) if first_end < 0 else first_end].rstrip() != "---":
            return
        position = first_end + 1
        title: regex.Match[str] | None = None
        for _ in range(MAX_FRONT_MATTER_LINES):
            line_end = self.text.find("\n", position)
            end = len(self.text) if line_end < 0 else line_end
            line = self.text[position:end]
            if line.rstrip() in ("---", "..."):
                block_end = end + 1 if line_end >= 0 else end
                if title is None or title.end() >= block_end or _OPENS_WITH_HEADING.match(self.text, block_end):
                    self._mark(0, block_end, "front_matter")
                else:
                    # the document's title, where a converter wrote it (pandoc -s: a Word file's Title paragraph)
                    # and nowhere else when the text opens with no heading of its own (a note app's title there is
                    # the note's name: 调研报告(初稿v3) / # 关于…的调研报告): its value stays, the first line
                    self._mark(0, title.start("value"), "front_matter")
                    self._mark(title.end("value"), title.end(), "front_matter")
                    self._mark(title.end() + 1, block_end, "front_matter")
                lines.skip_to(block_end)
                return
            if title is None:
                title = _YAML_TITLE.match(self.text, position, end)
            if line.strip() and not _YAML_LINE.match(line):
                return  # a line of text under a thematic break (--- / ### 在…上的讲话), not YAML's keys
            if line_end < 0:
                return
            position = end + 1

    def _in_comment(self, start: int, end: int) -> bool:
        """Whether the whole line lies inside one HTML comment."""
        index = bisect_right(self.comment_starts, start) - 1
        return index >= 0 and self.comments[index][1] >= end

    def _delimiter_row(self, line: tuple[int, int, int]) -> bool:
        """A table's delimiter row (``|---|:--:|``): cells of dashes with optional colons, parted by pipes."""
        row = self.text[line[0]:line[1]].strip()
        if "|" not in row or len(self.text[line[0]:line[1]]) - len(self.text[line[0]:line[1]].lstrip(" ")) > 3:
            return False
        cells = row.strip("|").split("|")
        return all(_DELIMITER_CELL.fullmatch(cell.strip()) is not None for cell in cells)

    def _table_row(self, start: int, end: int) -> None:
        """A row stays a line of text, its cells parted by their pipes: a row opens with a pipe, so a number
        in its first cell (序号) never reads as a heading. Only the cells' inline markup goes."""
        self._inline(start, end)

    # -------------------------------------------------------------- inline

    def _inline(self, start: int, end: int) -> None:
        """Inline markup of one line's text between ``start`` and ``end``."""
        text = self.text
        backticks: list[tuple[int, int]] = []
        for run in _delimiter_runs(text, "`", start, end) if "`" in text[start:end] else ():
            backticks.append(run)
            self._spend(len(backticks))
        code = _code_spans(backticks)
        brackets = _bracket_pairs(text, start, end, self._spend)
        runs: list[tuple[int, int]] = []  # emphasis delimiter runs
        tails: list[tuple[int, int]] = []  # links' tails, already marked (disjoint): the scan jumps past them
        position = start
        while position < end:
            found = _INLINE.search(text, position, end)
            if found is None:
                break
            position = found.start()
            while tails and tails[0][1] <= position:
                heappop(tails)
            if tails and tails[0][0] <= position:
                position = heappop(tails)[1]
                continue
            char = text[position]
            if char == "\\":
                if position + 1 < end and text[position + 1] in ESCAPABLE:
                    self._mark(position, position + 1, "escape")  # the escaped character is text
                    position += 2
                else:
                    position += 1
            elif char == "`":
                run_end = _run_end(text, position, end)
                close = code.get(position)
                if close is None:
                    position = run_end
                    continue
                self._mark(position, run_end, "code")
                self._mark(close[0], close[1], "code")
                position = close[1]
            elif char == "!" and text.startswith("![", position) and position + 1 in brackets:
                tail = _LINK_TAIL.match(text, brackets[position + 1], end)
                if tail is not None:
                    attributes = _ATTRIBUTES.match(text, tail.end(), end)  # (pandoc's size: {width="3in"})
                    self._mark(position, tail.end() if attributes is None else attributes.end(), "image")
                    position = tail.end() if attributes is None else attributes.end()
                else:
                    position += 1
            elif char == "[" and text.startswith("[[", position) and (wiki := _WIKI_LINK.match(text, position, end)):
                # a note app's link to another note ([[目标]], [[目标|显示的字]]): the words it shows stay
                self._mark(position, wiki.start("shown"), "link")
                self._mark(wiki.end("shown"), wiki.end(), "link")
                position = wiki.end()
            elif char == "[":
                footnote = _FOOTNOTE.match(text, position, end)
                if footnote is not None:
                    self._mark(position, footnote.end(), "footnote")
                    position = footnote.end()
                    continue
                close_at = brackets.get(position)
                if close_at is not None and close_at > position + 1:
                    tail = _LINK_TAIL.match(text, close_at, end) or _REFERENCE_TAIL.match(text, close_at, end)
                    if tail is not None:
                        self._mark(position, position + 1, "link")
                        self._mark(close_at, tail.end(), "link")
                        heappush(tails, (close_at, tail.end()))
                    attributes = _ATTRIBUTES.match(text, close_at + 1, end) if tail is None else None
                    if attributes is not None and ".deletion" in attributes.group():
                        # a reviewer's deletion, as pandoc writes tracked changes: its words are no longer the text's
                        self._mark(position, attributes.end(), "attributes")
                        heappush(tails, (position, attributes.end()))
                    elif attributes is not None:  # pandoc's span: [每年11月底前]{.underline}, the words stay
                        self._mark(position, position + 1, "attributes")
                        self._mark(close_at, attributes.end(), "attributes")
                        heappush(tails, (close_at, attributes.end()))
                position += 1
            elif char in "*_~":
                run_end = _run_end(text, position, end)
                runs.append((position, run_end))
                self._spend(len(runs))
                position = run_end
            elif char == "<":
                autolink = _AUTOLINK.match(text, position, end)
                if autolink is not None:
                    self._mark(position, position + 1, "link")
                    self._mark(autolink.end() - 1, autolink.end(), "link")
                    position = autolink.end()
                else:
                    position += 1
            else:
                position += 1
        self._emphasis(start, end, runs)

    def _emphasis(self, start: int, end: int, runs: list[tuple[int, int]]) -> None:
        """Pair delimiter runs that can open with later ones that can close (same character, same length)."""
        text = self.text
        openers: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for run_start, run_end in runs:
            char, width = text[run_start], run_end - run_start
            if width > MAX_EMPHASIS_RUN or (char == "~" and width != 2):
                continue
            before = text[run_start - 1] if run_start > start else " "
            after = text[run_end] if run_end < end else " "
            if char == "*" and width == NAME_BLANK_RUN and _punctuation(before) and _punctuation(after):
                continue  # a name's blank between a label and its note, or in a list (组长:***(局长)、***(…))
            can_open, can_close = _delimiter_roles(char, before, after)
            stack = openers.setdefault((char, width), [])
            if not can_close and stack and stack[-1][0] == start and before in _LEAD_COMMAS and is_han(after):
                can_close = True
            if can_close and stack:
                open_start, open_end = stack.pop()
                self._mark(open_start, open_end, "emphasis")
                self._mark(run_start, run_end, "emphasis")
            elif can_open:
                stack.append((run_start, run_end))

    # -------------------------------------------------------------- results

    def _mark(self, start: int, end: int, rule: str) -> None:
        if end > start:
            self.markup.append((start, end, f"markdown.{rule}"))
            self._spend(0)

    def _spend(self, delimiters: int) -> None:
        """Check the structure budget: lines with text and markup spans count as the clean stage counts
        them, and a line's delimiter runs as the markup they may be, before they are held in memory."""
        units = self.lines_with_text + len(self.markup) + delimiters
        if units > self.budget.limit:
            self.budget.check(units)

    def _found(self) -> Found:
        for start, end in self.comments:
            self._mark(start, end, "comment")
        return Found(_disjoint(sorted(self.markup)), self._hints())

    def _hints(self) -> list[tuple[int, int]]:
        """Heading levels as hints where they say something about nesting: past the opening headings of
        the first one's level (a header, a document number, the title), some heading is deeper than the
        one before it. Converters that flatten headings (every one ``#``, or ``#`` for the title and
        ``##`` for the rest) never nest one, and their levels are left out."""
        levels = [level for _, level in sorted(self.headings)]
        body = list(dropwhile(lambda level: level == levels[0], levels)) if levels else []
        if not any(deeper > level for level, deeper in pairwise(body)):
            return []
        return sorted(self.headings)


def _delimiter_roles(char: str, before: str, after: str) -> tuple[bool, bool]:
    """(can open, can close) of a delimiter run between ``before`` and ``after`` (CommonMark's flanking rules,
    where a Han character counts as the space Chinese does not write beside a sentence's end or a bracket:
    **(一)关爱老人。**对辖区… closes after 。, 以**“三个一”**为… opens before “; not after 、: **局、**县; and so
    does a template's blank after a label's colon, the value it stands for: **主持人:**XXX; and one opens before a
    blank written with ×, a symbol to CommonMark, a letter to the reader: 尊敬的**××老人**:; and one closes after 。
    before a figure: **(一)轮换规模。**2031年…)"""
    left = not after.isspace() and (not _punctuation(after) or before.isspace() or _punctuation(before)
                                     or (is_han(before) and (after in _CJK_OPENERS or after == TIMES_BLANK)))
    right = not before.isspace() and (not _punctuation(before) or after.isspace() or _punctuation(after)
                                      or ((is_han(after) or after.isdigit() or after in BLANK_CHARS)
                                          and before in _CJK_ENDS))
    if char == "_":
        return left and (not right or _punctuation(before)), right and (not left or _punctuation(after))
    return left, right


def emphasis_fits(before: str, first: str, last: str, after: str) -> bool:
    """Whether ``**`` put around a text from ``first`` to ``last`` (between ``before`` and ``after``; ""
    for a line's edge) is read back as emphasis, so a writer adds only markup this reader removes."""
    return (_delimiter_roles("*", before or " ", first)[0] and _delimiter_roles("*", last, after or " ")[1])


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _is_break(line: str) -> bool:
    """A thematic break: three or more of one of ``*-_``, spaces allowed between, indented at most three."""
    if len(line) - len(line.lstrip(" ")) > 3:
        return False
    marks = line.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and marks[0] in "*-_" and marks == marks[0] * len(marks)


def _closing_sequence(text: str, start: int, end: int) -> int:
    """Where an ATX heading's text ends: before an optional closing run of ``#`` after a space."""
    last = end
    while last > start and text[last - 1] in " \t":
        last -= 1
    hashes = last
    while hashes > start and text[hashes - 1] == "#":
        hashes -= 1
    if hashes == last or (hashes > start and text[hashes - 1] not in " \t"):
        return end  # no closing sequence: the trailing spaces are the heading's, as written
    while hashes > start and text[hashes - 1] in " \t":
        hashes -= 1
    return hashes


def _run_end(text: str, position: int, end: int) -> int:
    char = text[position]
    while position < end and text[position] == char:
        position += 1
    return position


def _delimiter_runs(text: str, char: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The runs of ``char`` between ``start`` and ``end``, in order."""
    position = text.find(char, start, end)
    while position >= 0:
        run_end = _run_end(text, position, end)
        yield position, run_end
        position = text.find(char, run_end, end)


def _code_spans(runs: Sequence[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Backtick runs that open a code span → the run that closes it: the next run of the same length,
    the earliest opener first (CommonMark); the runs inside a span are its text."""
    following: list[int | None] = [None] * len(runs)
    last_seen: dict[int, int] = {}  # run length → index of the nearest run of that length to the right
    for index in range(len(runs) - 1, -1, -1):
        width = runs[index][1] - runs[index][0]
        following[index] = last_seen.get(width)
        last_seen[width] = index
    spans: dict[int, tuple[int, int]] = {}
    index = 0
    while index < len(runs):
        close = following[index]
        if close is None:
            index += 1
            continue
        spans[runs[index][0]] = runs[close]
        index = close + 1
    return spans


def _bracket_pairs(text: str, start: int, end: int, spend: Callable[[int], None]) -> dict[int, int]:
    """Each unescaped ``[`` of a line → its matching ``]`` (each pair spent from the budget as a link's
    markup may be)."""
    if "[" not in text[start:end]:
        return {}
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for index in range(start, end):
        char = text[index]
        if char not in "[]" or (index > start and text[index - 1] == "\\"):
            continue
        if char == "[":
            stack.append(index)
            spend(len(stack) + len(pairs))
        elif stack:
            pairs[stack.pop()] = index
    return pairs


Line = tuple[int, int, int]


class _Lines:
    """The lines of a text, one at a time, with a look at the next one: (start, end without the line
    break, end with it). Lines are never all held at once: a text of blank lines costs no memory."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.ahead: Line | None = None

    def __iter__(self) -> Iterator[Line]:
        return self

    def __next__(self) -> Line:
        line = self.peek()
        if line is None:
            raise StopIteration
        self.ahead = None
        self.position = line[2]
        return line

    def peek(self) -> Line | None:
        if self.ahead is None and self.position < len(self.text):
            text, position = self.text, self.position
            newline = text.find("\n", position)
            if newline < 0:
                self.ahead = (position, len(text), len(text))
            else:
                end = newline - 1 if newline > position and text[newline - 1] == "\r" else newline
                self.ahead = (position, end, newline + 1)
        return self.ahead

    def skip_to(self, position: int) -> None:
        self.position, self.ahead = position, None


def _comments(text: str) -> Iterator[tuple[int, int]]:
    """HTML comments (``<!-- … -->``) and a note app's (Obsidian's ``%% … %%``, never rendered), each up to its
    close, in order; an unclosed one is text."""
    yield from merge(_delimited(text, "<!--", "-->"), _delimited(text, "%%", "%%"))


def _delimited(text: str, opening: str, closing: str) -> Iterator[tuple[int, int]]:
    """Spans from ``opening`` to the next ``closing``; an unclosed one is text, an escaped opening too."""
    position = 0
    while (start := text.find(opening, position)) >= 0:
        if start > 0 and text[start - 1] == "\\":  # escaped: text
            position = start + 1
            continue
        close = text.find(closing, start + len(opening))
        if close < 0:
            return
        yield start, close + len(closing)
        position = close + len(closing)


def _disjoint(markup: list[Markup]) -> list[Markup]:
    """Sorted spans with overlaps folded into the earlier one (markup inside a comment …)."""
    result: list[Markup] = []
    for start, end, rule in markup:
        if result and start < result[-1][1]:
            if end > result[-1][1]:
                result[-1] = (result[-1][0], end, result[-1][2])
            continue
        result.append((start, end, rule))
    return result
