"""Page-chunk stitching: rejoin the preview chunks of document-sharing sites.

Sites such as 淘文阁 show a document as numbered chunks, one per page, each
starting a line with ``1、``, ``2、`` … and cutting words and numbers in half
(``作\\n2、风``). A real numbered list looks the same at a glance, so a run of
markers is taken for page chunks only when it *behaves* like one: the numbers
run 1, 2, 3 … at line starts, the chunks are long, and the chunk before a
marker usually ends mid-sentence. A site that leaves the first page unmarked
starts at 2、: then every marker must cut a line of text mid-sentence or stand
alone on its line. The markers and the line breaks before them are removed;
nothing else is touched, so the halves of a cut word meet again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from itertools import pairwise
from statistics import median
from typing import TYPE_CHECKING, Final

from attrs import frozen

if TYPE_CHECKING:
    from speechparse.clean import CleanState

# Patterns: anchored, possessive indentation, bounded digits: no timeout needed.
#: a chunk marker at a line start: after a line break (a literal lead, which Python's re scans for four
#: times faster than regex's ``^``; measured), or at the text's start
_CHUNK_MARKER: Final = re.compile(r"\n[ \t]*+([0-9]{1,3})、")
_FIRST_CHUNK_MARKER: Final = re.compile(r"[ \t]*+([0-9]{1,3})、")
#: a chunk ending in one of these ended a sentence, as a real list item does
_SENTENCE_FINAL: Final = frozenset("。!?;:…”’\"」』)】》")
#: shortest median chunk length of a page-chunk run (real list items are shorter)
MIN_MEDIAN_CHUNK: Final = 120
#: a run that opens the text right after a site's header needs no cut sentence
#: when its chunks are this long (a page each)
MIN_PAGE_CHUNK: Final = 200
#: shortest line of text a page's marker may cut (a shorter one with no sentence end is a heading's)
MIN_CUT_LINE: Final = 20
#: share of chunk boundaries that must cut a sentence
MIN_CUT_SHARE: Final = 0.5


@frozen
class ChunkMarker:
    start: int  # line start (leading spaces included)
    end: int  # after 、
    number: int


def _line_start_markers(folded: str) -> Iterator[ChunkMarker]:
    """The chunk markers at line starts, in order: at the text's start, then after each line break."""
    first = _FIRST_CHUNK_MARKER.match(folded)
    if first is not None:
        yield ChunkMarker(first.start(), first.end(), int(first.group(1)))
    for match in _CHUNK_MARKER.finditer(folded):
        yield ChunkMarker(match.start() + 1, match.end(), int(match.group(1)))  # the line starts after its break


class PageChunkStitcher:
    """Finds runs of page-chunk markers in folded text and says what to delete."""

    def __init__(self, folded: str, *, after_site_header: bool = False) -> None:
        self.folded = folded
        #: the text starts right after a site's header was removed, so a lone
        #: 1、 at its very start is the first chunk of a one-page preview
        self.after_site_header = after_site_header
        #: where the text's first non-space character stands (asked once: per marker it was quadratic)
        self.text_start = len(folded) - len(folded.lstrip())

    @cached_property
    def runs(self) -> list[list[ChunkMarker]]:
        """Runs of line-start markers numbered 1, 2, 3 … in order (found once: the text is scanned for them)."""
        runs: list[list[ChunkMarker]] = []
        current: list[ChunkMarker] = []
        for marker in _line_start_markers(self.folded):
            if marker.number == 1:
                if self._is_run(current):
                    runs.append(current)
                current = [marker]
            elif current and marker.number == current[-1].number + 1:
                current.append(marker)
            elif not current and not runs and marker.number == 2 \
                    and marker.start - self.text_start >= MIN_PAGE_CHUNK:
                # a site that numbers its pages from the second: the first page, above, carries no marker
                current = [marker]
        if self._is_run(current):
            runs.append(current)
        return runs

    def _is_run(self, markers: list[ChunkMarker]) -> bool:
        if len(markers) > 1 or (markers and markers[0].number != 1):
            return True
        return bool(markers) and self._opens_the_text(markers)

    def is_page_run(self, run: list[ChunkMarker]) -> bool:
        """Whether a run behaves like page chunks rather than a numbered list."""
        if run[0].number != 1:
            return self._is_page_run_from_the_second(run)
        lengths = [nxt.start - cur.end for cur, nxt in pairwise(run)]
        last_line_end = self.folded.find("\n", run[-1].end)
        lengths.append((last_line_end if last_line_end >= 0 else len(self.folded)) - run[-1].end)
        cuts = sum(1 for marker in run[1:] if self._cuts_sentence(marker))
        if self._opens_the_text(run) and (len(run) == 1 or lengths[0] >= MIN_PAGE_CHUNK):
            return True  # straight after a site's header: a lone 1、 or a page-sized first chunk
        return median(lengths) >= MIN_MEDIAN_CHUNK and cuts >= MIN_CUT_SHARE * (len(run) - 1)

    def _is_page_run_from_the_second(self, run: list[ChunkMarker]) -> bool:
        """A run from 2、 on (its first page unmarked) is page chunks where every marker cuts a sentence at the end of
        a line of text (…村集体经济 / 2、收入达到…: no list's second item follows its first so) or stands alone on its
        line, and the pages above the markers are a page long (the first, and most of them): a list whose first item
        stands inside a sentence (要求:1、… / 2、…) has short items."""
        starts = [self.text_start, *(marker.end for marker in run[:-1])]
        pages = [marker.start - start for start, marker in zip(starts, run, strict=True)]
        if pages[0] < MIN_PAGE_CHUNK or median(pages) < MIN_MEDIAN_CHUNK:
            return False
        for marker in run:
            if self._alone_on_its_line(marker):
                continue  # (no list's item is empty: a page's number, where the page turns)
            end = self._text_end_before(marker.start)
            line_start = self.folded.rfind("\n", 0, end) + 1
            if not self._cuts_sentence(marker) or end - line_start < MIN_CUT_LINE:
                return False  # (a short line without a sentence end over the marker is a heading)
        return True

    def _alone_on_its_line(self, marker: ChunkMarker) -> bool:
        """Whether nothing but spaces follows a marker on its line (2、 / 和家庭生活…)."""
        line_end = self.folded.find("\n", marker.end)
        return not self.folded[marker.end:len(self.folded) if line_end < 0 else line_end].strip()

    def _opens_the_text(self, run: list[ChunkMarker]) -> bool:
        return self.after_site_header and run[0].start <= self.text_start

    def _cuts_sentence(self, marker: ChunkMarker) -> bool:
        end = self._text_end_before(marker.start)
        return end > 0 and self.folded[end - 1] not in _SENTENCE_FINAL

    def _text_end_before(self, position: int) -> int:
        """Offset just after the last non-space character before ``position``."""
        while position > 0 and self.folded[position - 1].isspace():
            position -= 1
        return position

    def deletions(self) -> list[tuple[int, int]]:
        """Spans to delete: each marker, and the line break before every marker but a run's 1、."""
        spans: list[tuple[int, int]] = []
        for run in self.runs:
            if not self.is_page_run(run):
                continue
            # the first marker opens its chunk, unless the page above it carried none: then it too cut the text
            joined = run if run[0].number != 1 else run[1:]
            if run[0].number == 1:
                spans.append((run[0].start, run[0].end))
            spans.extend((self._text_end_before(marker.start), marker.end) for marker in joined)
        return spans


def stitch_page_chunks(state: CleanState) -> None:
    """Remove page-chunk markers and rejoin the words they cut.

    Fewer chunks than the pages the site announced means the preview stopped
    before the document did.
    """
    from_a_site = bool(state.meta.get("site") or state.meta.get("file_title"))
    stitcher = PageChunkStitcher(state.folded, after_site_header=from_a_site)
    state.remove(stitcher.deletions())
    shown = max((run[-1].number for run in stitcher.runs if stitcher.is_page_run(run)), default=0)
    pages = state.meta.get("pages")
    if shown and isinstance(pages, int) and shown < pages:
        state.note(truncated=True)
