"""Markdown out: a parsed document as Markdown, for people and for retrieval pipelines.

The title is a ``#`` heading; each section is a heading whose depth follows its
inferred level (level 1 is ``##``; past ``######`` a bold line), its marker kept
as written (``## 一、总体要求``, ``### （一）指导思想``); a run-in heading's line
is cut after the heading, the rest following as a paragraph. Points stay where
they stand in their paragraph, marker and lead in bold (``bold_leads``). Every
other line of the text (front matter, closing, attachment labels, nodes of
types this module has never heard of) is a plain paragraph of its own text.

Nothing is added to the words: characters Markdown would read as syntax are
escaped, so :mod:`speechparse.read.markdown` reads the output back to the same
words, and parsing it again gives the same sections. Placeholders can be marked
``{{X|region}}`` (``mark_placeholders``; off by default, since that changes the
words). Renderers are kept apart from the model: ``Document.to_markdown``
forwards here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Final

from speechparse.lex.lines import trimmed_lines
from speechparse.model import Document, Node, Section, Span
from speechparse.read.markdown import ESCAPABLE, emphasis_fits

#: the deepest section level written as a heading (level 1 is ``##``, the title ``#``)
MAX_HEADING_LEVEL: Final = 5
#: characters escaped wherever they stand: the inline syntax the reader removes
ESCAPED: Final = frozenset("\\`*_~[]<")
#: characters escaped at the start of a paragraph: the block syntax the reader removes
ESCAPED_FIRST: Final = frozenset("#>+-")
#: what opens a paragraph where a flat text runs paragraphs together
PARAGRAPH_INDENTS: Final = ("\u3000", "  ", "\t", " \t", " \u3000")
assert ESCAPED | ESCAPED_FIRST <= ESCAPABLE  # a backslash before any other character is not an escape


def render_markdown(document: Document, *, bold_leads: bool = True, mark_placeholders: bool = False) -> str:
    """The document as Markdown (see the module's docstring)."""
    writer = _Writer(document, bold_leads=bold_leads, mark_placeholders=mark_placeholders)
    if document.title and not any(node.TYPE == "title" for node in document.body):
        # a title the text does not hold (a site's name for the file) still heads the page
        writer.blocks.append(f"# {_escape(document.title)}")
    writer.nodes(document.body, 0, len(document.text))
    return "\n\n".join(writer.blocks) + "\n" if writer.blocks else ""


class _Writer:
    """Collects the Markdown blocks of a document, walking its nodes by their ``TYPE``."""

    def __init__(self, document: Document, *, bold_leads: bool, mark_placeholders: bool) -> None:
        self.text = document.text
        self.blocks: list[str] = []
        #: where bold opens and closes, and where a placeholder's mark goes (offset → what to write)
        self.before: dict[int, str] = {}
        self.after: dict[int, str] = {}
        if bold_leads:
            for _, node in document.walk():
                if node.TYPE == "point":
                    self._bold(node)
        if mark_placeholders:
            for placeholder in document.placeholders:
                start, end = placeholder.span
                if end > start:
                    self.before[start] = self.before.get(start, "") + "{{"
                    self.after[end] = f"|{placeholder.kind}}}}}" + self.after.get(end, "")

    # -------------------------------------------------------------- nodes

    def nodes(self, nodes: Iterable[Node], start: int, end: int) -> None:
        """Blocks for the text from ``start`` to ``end``, which ``nodes`` lie in; points are written in
        their paragraph's text, so they are not blocks of their own."""
        position = start
        for node in nodes:
            if node.TYPE == "point" or node.span[1] <= position:
                continue
            if node.span[0] < position:  # its start went into a heading's line: the rest is text
                self.paragraphs((position, node.span[1]))
            else:
                self.paragraphs((position, node.span[0]))
                self.node(node)
            position = node.span[1]
        self.paragraphs((position, end))

    def node(self, node: Node) -> None:
        kind = node.TYPE
        if kind == "title":
            self.heading(1, node.span)
        elif isinstance(node, Section):
            sections = (child.span[0] for child in node.children if child.TYPE == "section")
            heading_end = _heading_end(self.text, node.heading_span[1], next(sections, node.span[1]))
            if node.level <= MAX_HEADING_LEVEL:
                self.heading(node.level + 1, (node.span[0], heading_end))
            else:
                self.bold_line((node.span[0], heading_end))
            self.nodes(node.children, heading_end, node.span[1])
        else:  # a paragraph, a part, a line of front matter, a type added after this module was written
            self.nodes(getattr(node, "children", ()), node.span[0], node.span[1])

    # -------------------------------------------------------------- blocks

    def heading(self, depth: int, span: Span) -> None:
        line = "".join(self.inline(start, end) for start, end in trimmed_lines(self.text, span))
        if line:
            self.blocks.append(f"{'#' * depth} {line}")

    def bold_line(self, span: Span) -> None:
        pieces = list(trimmed_lines(self.text, span))
        if not pieces:
            return
        line = "".join(self.inline(start, end) for start, end in pieces)
        first, last = self.text[pieces[0][0]], self.text[pieces[-1][1] - 1]
        self.blocks.append(f"**{line}**" if emphasis_fits("", first, last, "") else _escape_first(line))

    def paragraphs(self, span: Span) -> None:
        """Each line of the text in ``span`` as a paragraph."""
        for start, end in trimmed_lines(self.text, span):
            self.blocks.append(_escape_first(self.inline(start, end)))

    def inline(self, start: int, end: int) -> str:
        """The text from ``start`` to ``end``, escaped, with bold leads and placeholder marks put in."""
        out: list[str] = []
        text, before, after = self.text, self.before, self.after
        for index in range(start, end):
            if index in after and index > start:
                out.append(after[index])
            if index in before:
                out.append(before[index])
            char = text[index]
            out.append("\\" + char if char in ESCAPED else char)
        if end in after:
            out.append(after[end])
        return "".join(out)

    def _bold(self, point: Node) -> None:
        """Bold from a point's marker to the end of its lead, where Markdown reads it back as bold."""
        text = self.text
        start, end = point.span
        lead = getattr(point, "lead", "")
        found = text.find(lead, start, end) if lead else -1
        if found < 0:
            return
        stop = found + len(lead)
        while stop > start and (text[stop - 1].isspace() or _punctuation(text[stop - 1])):
            stop -= 1
        line_end = text.find("\n", start, stop)
        if stop <= start or line_end >= 0:
            return
        before_char = text[start - 1] if start > 0 and text[start - 1] != "\n" else ""
        after_char = text[stop] if stop < len(text) and text[stop] != "\n" else ""
        if emphasis_fits(before_char, text[start], text[stop - 1], after_char):
            self.before[start] = self.before.get(start, "") + "**"
            self.after[stop] = "**" + self.after.get(stop, "")


def _heading_end(text: str, offset: int, limit: int) -> int:
    """Where a heading's line is cut, the rest of the line following as a paragraph: past the punctuation
    that closes the heading (。：…), or at the indentation that opens a paragraph in flat text (two spaces,
    an ideographic one). A heading that runs on after a single space (总则 1.1 编制目的 为做好…) keeps its
    line, up to ``limit`` (where a section inside begins): the words after it, on a line of their own,
    could read as its continuation."""
    closed = offset
    while closed < len(text) and text[closed] != "\n" and _punctuation(text[closed]) and \
            unicodedata.category(text[closed]) not in ("Ps", "Pi"):
        closed += 1
    if closed > offset or text.startswith(PARAGRAPH_INDENTS, offset):
        return closed
    line_end = text.find("\n", offset, limit)
    return max(offset, limit if line_end < 0 else line_end)


def _escape(text: str) -> str:
    return _escape_first("".join("\\" + char if char in ESCAPED else char for char in text))


def _escape_first(line: str) -> str:
    """A paragraph whose first character would start block syntax (``#``, ``>``, ``-`` …) gets it escaped."""
    return "\\" + line if line[:1] in ESCAPED_FIRST else line


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"
