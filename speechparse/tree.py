"""Stage 6, tree: model nodes built from the grammar's rules as Lark reduces them.

:class:`ToModel` has one method per grammar rule, each a call to a model
constructor; offsets come from the tokens, the strings from the text. The
leaves in a row (sections with no subsection, runs of paragraphs), one token, are
made into nodes by the rule they stand in. Points are not
grammar nodes: a paragraph takes the points inside its span from
:class:`speechparse.inline.InlinePoints`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any, cast

from lark import Lark, Token, Transformer, v_args

from speechparse.blocks import PARA, Block
from speechparse.grammar import LeavesToken, Unit, make_parser
from speechparse.inline import InlinePoints
from speechparse.levels import Marker
from speechparse.model import (
    Addressee,
    Attachments,
    Closing,
    DateLine,
    Distribution,
    DocumentNumber,
    Header,
    Node,
    Note,
    OffsetMap,
    Paragraph,
    Part,
    Salutation,
    Section,
    Signature,
    Speaker,
    Subtitle,
    Title,
)
from speechparse.vocab.chars import SENTENCE_END

#: stripped from the end of a heading (its closing punctuation) besides spaces
_HEADING_TRAIL = SENTENCE_END + ":,、. \t\n"


#: what an unbound builder holds: no document
_NO_OFFSETS = OffsetMap.identity(0)
_NO_POINTS = InlinePoints("", "", ())


def _line_rule(cls: type) -> Any:
    """The rule method that makes a one-line node of ``cls`` from its token."""

    @v_args(inline=True)
    def rule(self: ToModel, token: Token) -> Node:
        return self._line(cls, token)

    return rule


class ToModel(Transformer[Token, list[Node]]):
    """Builds model nodes from the rules of :mod:`speechparse.grammar`.

    Runs embedded in the parser (:func:`build_model`): Lark calls a rule's
    method as it reduces the rule, so no parse tree is built. The document it
    works on is bound for one parse at a time.
    """

    __visit_tokens__ = False  # tokens reach the rule methods as they are

    text: str
    folded: str
    blocks: Sequence[Block]
    markers: Sequence[Marker]
    offsets: OffsetMap
    strings: dict[str, str]
    points: InlinePoints

    def bind(self, text: str, folded: str, blocks: Sequence[Block], markers: Sequence[Marker],
             offsets: OffsetMap | None = None) -> None:
        """Work on this document until the next :meth:`bind`."""
        self.text = text
        self.folded = folded
        self.blocks = blocks
        self.markers = markers
        self.offsets = offsets or OffsetMap.identity(len(text))
        self.strings = {}  # one copy of each marker string (一、, （一） …)
        self.points = InlinePoints(text, folded, markers, self.offsets, self.strings)

    def unbind(self) -> None:
        """Let go of the document (a parser lives as long as its thread)."""
        self.text = self.folded = ""
        self.blocks = self.markers = ()
        self.offsets = _NO_OFFSETS
        self.strings = {}
        self.points = _NO_POINTS

    def _line(self, cls: Any, token: Token) -> Node:
        start, end = token.start_pos, token.end_pos
        assert start is not None and end is not None
        return cls(span=(start, end), text=self.text[start:end].strip())  # type: ignore[no-any-return]

    # the rules of one-line nodes: each makes its node from its token's span
    header = _line_rule(Header)
    document_number = _line_rule(DocumentNumber)
    title = _line_rule(Title)
    subtitle = _line_rule(Subtitle)
    dateline = _line_rule(DateLine)
    speaker = _line_rule(Speaker)
    salutation = _line_rule(Salutation)
    addressee = _line_rule(Addressee)
    closing = _line_rule(Closing)
    attachments = _line_rule(Attachments)
    signature = _line_rule(Signature)
    written_date = _line_rule(DateLine)
    note = _line_rule(Note)
    distribution = _line_rule(Distribution)

    def _paragraphs(self, blocks: Sequence[Block]) -> list[Node]:
        within = self.points.within
        # Paragraph(span, children), by position: the commonest node, and attrs reads keywords more slowly
        return [Paragraph((block.start, block.end), within(block.start, block.end)) for block in blocks]

    def section(self, children: list[Any]) -> Node:
        token, *items = children
        return self._section(token.blocks, items)

    def _section(self, blocks: Unit, items: list[Any]) -> Node:
        block = blocks[0]
        nodes = self._paragraphs(blocks[1:]) + self._body(items)  # its opening paragraphs are in its unit
        assert block.marker is not None
        marker = self.markers[block.marker]
        heading_start, heading_end = self._heading_span(marker.end, block.end)
        end = nodes[-1].span[1] if nodes else block.end
        span = (block.start, end)
        mark = self.text[marker.start:marker.end]
        return Section(  # its fields by position, in their order (attrs reads keywords more slowly)
            span,
            self.strings.setdefault(mark, mark),  # marker
            marker.scheme,
            marker.number,
            marker.level,
            self.text[heading_start:heading_end],  # heading
            (heading_start, heading_end),  # heading_span
            tuple(nodes),  # children
            self.offsets.span_to_raw(span),  # raw_span
        )

    def part(self, children: list[Any]) -> Node:
        token, *items = children
        nodes = self._paragraphs(token.blocks[1:]) + self._body(items)
        start, end = token.start_pos, token.end_pos
        return Part(
            span=(start, nodes[-1].span[1] if nodes else end),
            label=self.text[start:end].strip(),
            children=tuple(nodes),
        )

    def start(self, children: list[Any]) -> list[Node]:
        return self._body(children)

    def _body(self, items: list[Any]) -> list[Node]:
        """A body's nodes: those its rules made, and those of the leaves in a row (a ``LEAVES`` token:
        sections with no subsection, and runs of paragraphs), made here: a token that stands in its
        parent's rule costs the parser no reduction of its own."""
        nodes: list[Node] = []
        for item in items:
            if not isinstance(item, LeavesToken):
                nodes.append(item)
                continue
            for unit in item.units:
                if unit[0].kind == PARA:
                    nodes.extend(self._paragraphs(unit))
                else:
                    nodes.append(self._section(unit, []))
        return nodes

    def _heading_span(self, start: int, end: int) -> tuple[int, int]:
        """The heading text between a marker and the end of its block, trimmed."""
        while start < end and self.folded[start] in " \t":
            start += 1
        while end > start and self.folded[end - 1] in _HEADING_TRAIL:
            end -= 1
        if start < end and self.folded[start] == "\n":  # its words on the line under it (第二篇 / 总体要求)
            start += 1
            while start < end and self.folded[start] in " \t":
                start += 1
        return start, end


_thread = threading.local()  # a parser per thread: its ToModel holds one document at a time


def build_model(text: str, folded: str, blocks: Sequence[Block], markers: Sequence[Marker],
                offsets: OffsetMap | None = None) -> list[Node]:
    """The model nodes of the document that ``blocks`` cut ``text`` into."""
    parser, builder = model_parser()
    builder.bind(text, folded, blocks, markers, offsets)
    try:
        return cast("list[Node]", parser.parse(blocks))
    finally:
        builder.unbind()


def model_parser() -> tuple[Lark, ToModel]:
    """This thread's parser and the ToModel embedded in it (built on first use)."""
    if not hasattr(_thread, "parser"):
        _thread.builder = ToModel()
        _thread.parser = make_parser(_thread.builder)
    return _thread.parser, _thread.builder
