"""Stage 6, tree: the Lark parse tree turned into model nodes.

:class:`ToModel` has one method per grammar rule, each a call to a model
constructor; offsets come from the tokens, the strings from the text. Points
are not grammar nodes: the paragraph rule takes the points inside its span
from :class:`speechparse.inline.InlinePoints`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lark import Token, Transformer, v_args

from speechparse.blocks import Block
from speechparse.inline import InlinePoints
from speechparse.levels import Marker
from speechparse.model import (
    Closing,
    DateLine,
    Header,
    Node,
    OffsetMap,
    Paragraph,
    Part,
    Salutation,
    Section,
    Speaker,
    Subtitle,
    Title,
)
from speechparse.vocab import SENTENCE_END

#: stripped from the end of a heading (its closing punctuation) besides spaces
_HEADING_TRAIL = SENTENCE_END + ":,、. \t\n"


class ToModel(Transformer[Token, list[Node]]):
    """Builds model nodes from the parse tree of :mod:`speechparse.grammar`."""

    __visit_tokens__ = False  # tokens reach the rule methods as they are

    def __init__(self, text: str, folded: str, blocks: Sequence[Block], markers: Sequence[Marker],
                 offsets: OffsetMap | None = None) -> None:
        super().__init__()
        self.text = text
        self.folded = folded
        self.blocks = {block.start: block for block in blocks}
        self.markers = markers
        self.offsets = offsets or OffsetMap.identity(len(text))
        self.points = InlinePoints(text, folded, markers, self.offsets)

    def _line(self, cls: Any, token: Token) -> Node:
        start, end = token.start_pos, token.end_pos
        assert start is not None and end is not None
        return cls(span=(start, end), text=self.text[start:end].strip())  # type: ignore[no-any-return]

    @v_args(inline=True)
    def header(self, token: Token) -> Node:
        return self._line(Header, token)

    @v_args(inline=True)
    def title(self, token: Token) -> Node:
        return self._line(Title, token)

    @v_args(inline=True)
    def subtitle(self, token: Token) -> Node:
        return self._line(Subtitle, token)

    @v_args(inline=True)
    def dateline(self, token: Token) -> Node:
        return self._line(DateLine, token)

    @v_args(inline=True)
    def speaker(self, token: Token) -> Node:
        return self._line(Speaker, token)

    @v_args(inline=True)
    def salutation(self, token: Token) -> Node:
        return self._line(Salutation, token)

    @v_args(inline=True)
    def closing(self, token: Token) -> Node:
        return self._line(Closing, token)

    @v_args(inline=True)
    def paragraph(self, token: Token) -> Node:
        assert token.start_pos is not None and token.end_pos is not None
        return Paragraph(span=(token.start_pos, token.end_pos),
                         children=self.points.within(token.start_pos, token.end_pos))

    def section(self, children: list[Any]) -> Node:
        token, *nodes = children
        block = self.blocks[token.start_pos]
        assert block.marker is not None
        marker = self.markers[block.marker]
        heading_start, heading_end = self._heading_span(marker.end, block.end)
        end = nodes[-1].span[1] if nodes else block.end
        return Section(
            span=(block.start, end),
            marker=self.text[marker.start:marker.end],
            scheme=marker.scheme,
            number=marker.number,
            level=marker.level,
            heading=self.text[heading_start:heading_end],
            heading_span=(heading_start, heading_end),
            children=tuple(nodes),
            raw_span=self.offsets.span_to_raw((block.start, end)),
        )

    def part(self, children: list[Any]) -> Node:
        token, *nodes = children
        start, end = token.start_pos, token.end_pos
        return Part(
            span=(start, nodes[-1].span[1] if nodes else end),
            label=self.text[start:end].strip(),
            children=tuple(nodes),
        )

    def start(self, children: list[Node]) -> list[Node]:
        return children

    def _heading_span(self, start: int, end: int) -> tuple[int, int]:
        """The heading text between a marker and the end of its block, trimmed."""
        while start < end and self.folded[start] in " \t":
            start += 1
        while end > start and self.folded[end - 1] in _HEADING_TRAIL:
            end -= 1
        return start, end
