"""Stage 7, inline: points (一是…, 一要…, 首先…) placed inside their paragraphs.

Runs after the block tree is built. A point starts at its marker and runs to
the next point of the same paragraph, or to the paragraph's end; its lead is
its first sentence, cut at 。！？；, at the line end or at the next point.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from attrs import evolve, frozen

from speechparse.levels import Marker
from speechparse.model import Node, OffsetMap, Paragraph, Part, Point, Section
from speechparse.vocab import SENTENCE_END

#: stripped from both ends of a lead, besides spaces
_LEAD_TRIM = ",:、 \t\n" + SENTENCE_END


def attach_points(body: Sequence[Node], text: str, folded: str, markers: Sequence[Marker],
                  offsets: OffsetMap | None = None) -> tuple[Node, ...]:
    """``body`` with every paragraph holding the points that start in it."""
    points = sorted((m for m in markers if m.kind == "point"), key=lambda m: m.start)
    context = _Context(text, folded, points, [point.start for point in points],
                       offsets or OffsetMap.identity(len(text)))
    return tuple(_attach(node, context) for node in body)


@frozen
class _Context:
    text: str
    folded: str
    points: list[Marker]
    starts: list[int]
    offsets: OffsetMap


def _attach(node: Node, context: _Context) -> Node:
    text, folded, points, starts = context.text, context.folded, context.points, context.starts
    if isinstance(node, (Section, Part)):
        children = tuple(_attach(child, context) for child in node.children)
        if all(new is old for new, old in zip(children, node.children, strict=True)):
            return node  # nothing changed below: no copy
        return evolve(node, children=children)
    if not isinstance(node, Paragraph):
        return node
    start, end = node.span
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    if first == last:
        return node
    inside = points[first:last]
    content_end = end
    while content_end > start and folded[content_end - 1].isspace():
        content_end -= 1
    points_in: list[Node] = []
    for marker, following in zip(inside, [*inside[1:], None], strict=True):
        stop = following.start if following is not None else max(content_end, marker.end)
        points_in.append(Point(
            span=(marker.start, stop),
            marker=text[marker.start:marker.end],
            scheme=marker.scheme,
            number=marker.number,
            lead=_lead(text, folded, marker.end, stop),
            raw_span=context.offsets.span_to_raw((marker.start, stop)),
        ))
    return evolve(node, children=tuple(points_in))


def _lead(text: str, folded: str, start: int, stop: int) -> str:
    """The first sentence after a point's marker, without the marker and end punctuation."""
    while start < stop and folded[start] in _LEAD_TRIM:
        start += 1
    end = start
    while end < stop and folded[end] not in SENTENCE_END and folded[end] != "\n":
        end += 1
    while end > start and folded[end - 1] in _LEAD_TRIM:
        end -= 1
    return text[start:end]
