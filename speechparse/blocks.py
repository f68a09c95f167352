"""Stage 5a, blocks: cut the text into the flat stream the grammar reads.

Every character of the text falls into exactly one block, in order: the front
matter pieces, then paragraphs (one per line, or the part of a line between two
headings), headings (a section's marker and heading text), part labels and the
closing formula. Blank lines and the spaces before a heading join the block
before them. Blocks are plain data; :mod:`speechparse.grammar` turns them into
Lark tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Final

from attrs import frozen

from speechparse.levels import Marker
from speechparse.lex.back import BackPiece
from speechparse.lex.front import FrontMatter
from speechparse.lex.headings import heading_words_end
from speechparse.vocab.chars import is_han
from speechparse.vocab.schemes import PROVISION_SCHEMES

#: block kinds, as the grammar's terminals name them
HEADER, DOCUMENT_NUMBER, TITLE, SUBTITLE, DATELINE, SPEAKER, SALUTATION, ADDRESSEE = (
    "HEADER", "DOCUMENT_NUMBER", "TITLE", "SUBTITLE", "DATELINE", "SPEAKER", "SALUTATION", "ADDRESSEE")
HEADING, PARA, PART, CLOSING = "HEADING", "PARA", "PART", "CLOSING"
ATTACHMENTS, SIGNATURE, WRITTEN_DATE, NOTE, DISTRIBUTION = (
    "ATTACHMENTS", "SIGNATURE", "WRITTEN_DATE", "NOTE", "DISTRIBUTION")
FRONT_KINDS: Final = {"header": HEADER, "document_number": DOCUMENT_NUMBER, "title": TITLE, "subtitle": SUBTITLE,
                      "dateline": DATELINE, "speaker": SPEAKER, "salutation": SALUTATION, "addressee": ADDRESSEE}
BACK_KINDS: Final = {"attachments": ATTACHMENTS, "signature": SIGNATURE, "dateline": WRITTEN_DATE, "note": NOTE,
                     "distribution": DISTRIBUTION}
#: block kinds after which no section of the body goes on: the closing formula and the back matter
ENDS_SECTIONS: Final = frozenset({CLOSING, *BACK_KINDS.values()})
#: a heading that runs on past this many characters into a wide space ends there:
#: "2014年工作总结  2014年,是…" (paragraphs glued with spaces)
MIN_HEADING_BEFORE_SPACE: Final = 4
_BLANK: Final = re.compile(r"[ \t]")  # Python's re: one class, called often (re's calls cost less)
#: a heading's phrase: words of no mark (坚持稳中求进, 加快构建现代产业体系), two phrases parted by a space being
#: one heading's (Python's re: classes)
_PHRASE: Final = re.compile(r"[^,.;:!?、()\s]{2,20}")
#: the heading's words on the line under a marker alone on its line: a phrase this long, with no mark of a
#: sentence (a comma may pair two phrases: 高位推动,压实责任) (Python's re: a class)
MIN_HEADING_BELOW: Final = 2
MAX_HEADING_BELOW: Final = 30
_HEADING_BELOW_STOPS: Final = re.compile(r"[.;:!?。]")


@frozen
class Block:
    """A piece of the text: ``kind`` is one of the terminal names above."""

    kind: str
    start: int
    end: int
    marker: int | None = None  # index of the section marker a HEADING carries
    level: int = 0  # a HEADING's section level
    #: a paragraph or heading the sections open before it end at: a chairing script's wrap-up (…各项议程已全部完成。),
    #: a compilation's next piece
    ends_sections: bool = False
    #: where it ends sections, the levels that stay open (a collection's division holding the next speech)
    keeps_levels: int = 0


def cut_blocks(folded: str, front: FrontMatter, markers: Sequence[Marker],
               part_labels: Sequence[tuple[int, int]], closing: tuple[int, int] | None,
               line_starts: Sequence[int], back: Sequence[BackPiece] = (), wrap_up: int | None = None,
               piece_starts: Sequence[int] = (), held_levels: Mapping[int, int] | None = None) -> list[Block]:
    """The text from start to end as blocks, in order; ``line_starts`` are where lines with text begin,
    ``back`` the back matter of a 公文 (one block a piece, over all its lines); the paragraph that starts at
    ``wrap_up`` ends the sections open before it, and so does the paragraph or heading at each of
    ``piece_starts`` (where a compilation's next piece begins: the last piece's sections end there, but the
    levels ``held_levels`` gives for it: a division of the collection holding the piece)."""
    breaks = {*piece_starts, *([wrap_up] if wrap_up is not None else [])}
    body = front.end
    # what starts at a cut: (kind, marker index, level); a cut not listed starts a paragraph
    starts: dict[int, tuple[str, int | None, int]] = {}
    cuts = {body, len(folded)}
    marker_starts = sorted({marker.start for marker in markers if marker.start >= body})
    headings: list[tuple[int, int]] = []
    for index, end in _heading_ends(folded, markers, body, marker_starts).items():
        marker = markers[index]
        starts[marker.start] = (HEADING, index, marker.level)
        cuts.update((marker.start, end))
        headings.append((marker.start, end))
    for start, end in part_labels:
        if start >= body:
            starts[start] = (PART, None, 0)
            cuts.update((start, end))
    if closing is not None and closing[0] >= body:
        starts[closing[0]] = (CLOSING, None, 0)
        cuts.update(closing)
    # a line with text starts a block, but inside a piece of back matter; a blank line stays in the block before it
    inside = [(piece.start, piece.end) for piece in back if piece.start >= body]
    for piece in back:
        if piece.start >= body:
            starts[piece.start] = (BACK_KINDS[piece.kind], None, 0)
            cuts.add(piece.start)
    # (a heading whose words stand on the line under its marker takes that line: no block starts there)
    inside += [(marker_start, end) for marker_start, end in headings if "\n" in folded[marker_start:end]]
    body_lines = line_starts[bisect_left(line_starts, body):]
    cuts.update(body_lines if not inside else
                (start for start in body_lines if not any(first < start < last for first, last in inside)))
    blocks = [Block(FRONT_KINDS[piece.kind], piece.start, piece.end) for piece in front.pieces]
    # every cut above lies in the body (each source was taken from body on): none is filtered out
    assert body <= min(cuts) and max(cuts) <= len(folded)
    for start, end in pairwise(sorted(cuts)):
        kind, marker_index, level = starts.get(start, (PARA, None, 0))
        if kind == PARA and blocks and folded[start:end].isspace():
            last = blocks[-1]  # blank lines join the block before
            blocks[-1] = Block(last.kind, last.start, end, last.marker, last.level, last.ends_sections,
                               last.keeps_levels)
        else:
            blocks.append(Block(kind, start, end, marker_index, level, kind in (PARA, HEADING) and start in breaks,
                                held_levels.get(start, 0) if held_levels else 0))
    return blocks


def _heading_ends(folded: str, markers: Sequence[Marker], body: int, marker_starts: Sequence[int]) -> dict[int, int]:
    """Where each section's heading block ends, by marker index (see :func:`heading_end`)."""
    return {index: heading_end(folded, marker.end, marker_starts, cut=marker.scheme not in PROVISION_SCHEMES)
            for index, marker in enumerate(markers) if marker.kind == "section" and marker.start >= body}


def _heading_words_below(folded: str, line_end: int, marker_starts: Sequence[int]) -> int | None:
    """The end of the line under a marker alone on its line (at ``line_end``) when that line holds its heading's
    words (a plan's centred 第二篇 / 总体要求, a slide's 第一部分 / 工作回顾): a short phrase of no mark but a comma, no
    marker of its own, in Chinese (not a slide's caption: PART ONE); a sentence there is the section's first
    paragraph (下面进行第一项议程: / 请…通报…。)."""
    if line_end >= len(folded) or folded[line_end] != "\n":
        return None
    start = line_end + 1
    while start < len(folded) and folded[start] in " \t":
        start += 1
    end = folded.find("\n", start)
    end = len(folded) if end < 0 else end
    words = folded[start:end].rstrip(" \t")
    following = bisect_left(marker_starts, start)
    if not MIN_HEADING_BELOW <= len(words) <= MAX_HEADING_BELOW or _HEADING_BELOW_STOPS.search(words) is not None \
            or not any(is_han(char) for char in words) \
            or (following < len(marker_starts) and marker_starts[following] < start + len(words)):
        return None
    return start + len(words)


def _heading_zone(folded: str, position: int, marker_starts: Sequence[int]) -> tuple[int, int]:
    """Where a heading's words may start (after spaces) and must end (its line end or the next marker)."""
    following = bisect_right(marker_starts, position)
    limit = marker_starts[following] if following < len(marker_starts) else len(folded)
    newline = folded.find("\n", position, limit)
    if newline >= 0:
        limit = newline
    start = position
    while start < limit and folded[start] in " \t":
        start += 1
    return start, limit


def heading_end(folded: str, position: int, marker_starts: Sequence[int], *, cut: bool = True) -> int:
    """Where a heading whose marker ends at ``position`` ends.

    At its first sentence end (included), a colon with text after it (included),
    the end of its line, the next marker, a wide space after a few characters of
    heading, or (unless ``cut`` is False: a provision's text) where a heading that
    runs on into its body stops (:func:`speechparse.lex.headings.heading_words_end`).
    """
    text_start, limit = _heading_zone(folded, position, marker_starts)
    if text_start == limit and cut:
        below = _heading_words_below(folded, limit, marker_starts)
        if below is not None:
            return below
    for space in _BLANK.finditer(folded, text_start + MIN_HEADING_BEFORE_SPACE, limit):
        if _wide_space(folded, space.start(), limit) and not _inside_a_title(folded, text_start, space.start()) \
                and not _two_phrases(folded, text_start, space.start(), limit):
            return min(space.start(), heading_words_end(folded, text_start, space.start(), cut=cut))
    return heading_words_end(folded, text_start, limit, cut=cut)


def _two_phrases(folded: str, start: int, index: int, limit: int) -> bool:
    """Whether the words before the space at ``index`` and those after it to the line's end are a heading's two
    phrases, paired as such headings are (坚持稳中求进 推动经济高质量发展): each a short phrase of no mark,
    where the text that goes on after a heading holds its sentence's marks."""
    if limit < len(folded) and folded[limit] != "\n":
        return False  # another marker on the line: the words after the space are its lead, not a phrase
    return _PHRASE.fullmatch(folded, start, index) is not None \
        and _PHRASE.fullmatch(folded[index:limit].strip()) is not None


def _inside_a_title(folded: str, start: int, index: int) -> bool:
    """Whether ``index`` stands inside a book title or a quote opened after ``start`` and not closed before it
    (a report's title spaces its phrases: 《坚定信心 实干争先》)."""
    return any(folded.rfind(opener, start, index) > folded.rfind(closer, start, index)
               for opener, closer in (("《", "》"), ("“", "”")))


def _wide_space(folded: str, index: int, limit: int) -> bool:
    """Two spaces, or one space between two Han characters, end a heading."""
    if index + 1 < limit and folded[index + 1] in " \t":
        return True
    before, after = folded[index - 1], folded[index + 1] if index + 1 < limit else ""
    return is_han(before) and is_han(after)
