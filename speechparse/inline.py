"""Stage 7, inline: the points (一是…, 一要…, 首先…) inside a paragraph.

A point starts at its marker and runs to the next point of the same paragraph,
or to the paragraph's end; its lead is its first sentence, cut at 。！？；, at
the line end or at the next point. The tree stage asks :class:`InlinePoints`
for the points of each paragraph as it builds the paragraph, the way
markdown-it runs its inline rules over each block's content, so the block tree
is built once and never copied to add them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from speechparse.levels import Marker
from speechparse.lex.headings import colon_inside_words
from speechparse.model import OffsetMap, Point
from speechparse.vocab.chars import CLOSERS, OPENERS, SENTENCE_END

#: stripped from both ends of a lead, besides spaces
_LEAD_TRIM = ",:、 \t\n" + SENTENCE_END


class InlinePoints:
    """The point markers of a text, handed out paragraph by paragraph."""

    __slots__ = ("folded", "offsets", "points", "starts", "strings", "text")

    def __init__(self, text: str, folded: str, markers: Sequence[Marker], offsets: OffsetMap | None = None,
                 strings: dict[str, str] | None = None) -> None:
        self.text = text
        #: one copy of each marker string (一是, 二是 …) for the whole document
        self.strings = strings if strings is not None else {}
        self.folded = folded
        self.points = sorted((m for m in markers if m.kind == "point"), key=lambda m: m.start)
        self.starts = [point.start for point in self.points]
        self.offsets = offsets or OffsetMap.identity(len(text))

    def within(self, start: int, end: int) -> tuple[Point, ...]:
        """The points of the paragraph ``text[start:end]``, in order."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        if first == last:
            return ()
        text, folded = self.text, self.folded
        inside = self.points[first:last]
        content_end = end
        while content_end > start and folded[content_end - 1].isspace():
            content_end -= 1
        found: list[Point] = []
        for marker, following in zip(inside, [*inside[1:], None], strict=True):
            stop = following.start if following is not None else max(content_end, marker.end)
            span = (marker.start, stop)
            mark = text[marker.start:marker.end]
            found.append(Point(
                span=span,
                marker=self.strings.setdefault(mark, mark),
                scheme=marker.scheme,
                number=marker.number,
                lead=_lead(text, folded, marker.end, stop),
                raw_span=self.offsets.span_to_raw(span),
            ))
        return tuple(found)


#: a closing quote or bracket and its opening one
_PAIRED: Final = {closer: opener for closer, opener in zip(CLOSERS, OPENERS, strict=True) if closer != opener}


def _lead(text: str, folded: str, start: int, stop: int) -> str:
    """The first sentence after a point's marker, without the marker and end punctuation; or, where a colon
    closes the point's words with its body after it on the line (一是思想认识:要提高站位), those words."""
    while start < stop and folded[start] in _LEAD_TRIM:
        start += 1
    end = start
    while end < stop and folded[end] not in SENTENCE_END and folded[end] != "\n":
        if folded[end] == ":" and end > start and end + 1 < stop and folded[end + 1] not in " \t\n" \
                and not colon_inside_words(folded, start, end):
            break
        end += 1
    while end > start and (folded[end - 1] in _LEAD_TRIM
                           or (folded[end - 1] in _PAIRED and _PAIRED[folded[end - 1]] not in folded[start:end - 1])):
        end -= 1  # (and a quotation's close whose opening stands before the point: 一要…,三要干得成”。)
    return text[start:end]
