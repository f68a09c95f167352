"""Deletions and the map from cleaned offsets back to raw ones.

Cleaning only ever deletes characters (a page-chunk marker, a site line, a
hard line break): it never inserts or replaces. So the cleaned text is the raw
text with some spans cut out, and an offset into it maps back to the raw input
through the list of raw pieces that survive.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from attrs import frozen

from speechparse.model import Removal

__all__ = ["OffsetMap", "Removal", "apply_deletions"]


@frozen
class OffsetMap:
    """Maps offsets of the cleaned text to offsets of the raw input.

    ``pieces`` are the raw intervals that survive cleaning, in order; the
    cleaned text is their concatenation. ``starts[i]`` is where piece ``i``
    begins in the cleaned text.
    """

    pieces: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(pieces=((0, length),), starts=(0,))

    def to_raw(self, offset: int) -> int:
        """Raw offset of the character at cleaned ``offset`` (or of the end)."""
        index = max(0, bisect_right(self.starts, offset) - 1)
        raw_start, raw_end = self.pieces[index]
        return min(raw_start + offset - self.starts[index], raw_end)

    def span_to_raw(self, span: tuple[int, int]) -> tuple[int, int]:
        """Raw span that a cleaned span covers (removed text inside it included)."""
        start, end = span
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(end - 1) + 1

    def raw_pieces(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The raw intervals a cleaned span is made of (it may straddle earlier removals)."""
        start, end = span
        pieces: list[tuple[int, int]] = []
        index = max(0, bisect_right(self.starts, start) - 1)
        while index < len(self.pieces) and self.starts[index] < end:
            raw_start, raw_end = self.pieces[index]
            clean_start = self.starts[index]
            piece_start = raw_start + max(0, start - clean_start)
            piece_end = min(raw_end, raw_start + end - clean_start)
            if piece_end > piece_start:
                pieces.append((piece_start, piece_end))
            index += 1
        return pieces

    def delete(self, spans: Iterable[tuple[int, int]]) -> OffsetMap:
        """The map after deleting ``spans`` (sorted, disjoint, in cleaned offsets)."""
        pieces: list[tuple[int, int]] = []
        cuts = iter(spans)
        cut = next(cuts, None)
        for (raw_start, raw_end), clean_start in zip(self.pieces, self.starts, strict=True):
            position = clean_start
            clean_end = clean_start + raw_end - raw_start
            while cut is not None and cut[0] < clean_end:
                keep_end = max(cut[0], position)
                if keep_end > position:
                    pieces.append((raw_start + position - clean_start, raw_start + keep_end - clean_start))
                position = max(position, min(cut[1], clean_end))
                if cut[1] <= clean_end:
                    cut = next(cuts, None)
                else:
                    break
            if position < clean_end:
                pieces.append((raw_start + position - clean_start, raw_end))
        starts: list[int] = []
        total = 0
        for start, end in pieces:
            starts.append(total)
            total += end - start
        if not pieces:
            return OffsetMap(pieces=((0, 0),), starts=(0,))
        return OffsetMap(pieces=tuple(pieces), starts=tuple(starts))


def apply_deletions(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without ``spans`` (sorted, disjoint)."""
    out: list[str] = []
    position = 0
    for start, end in spans:
        out.append(text[position:start])
        position = end
    out.append(text[position:])
    return "".join(out)

