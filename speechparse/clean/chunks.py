"""Page-chunk stitching: rejoin the preview chunks of document-sharing sites.

Sites such as 淘文阁 show a document as numbered chunks, one per page, each
starting a line with ``1、``, ``2、`` … and cutting words and numbers in half
(``作\\n2、风``). A real numbered list looks the same at a glance, so a run of
markers is taken for page chunks only when it *behaves* like one: the numbers
run 1, 2, 3 … at line starts, the chunks are long, and the chunk before a
marker usually ends mid-sentence. A site that leaves the first page unmarked
starts at 2、: then every marker must cut a line of text mid-sentence or stand
alone on its line. Where the document has a numbered list of its own, its items
interleave with the pages' markers: the markers that turn a page (cutting a line
of prose mid-sentence, alone on their line, or right before the document's own
marker: 3、(二)…) number the pages on past the list. The markers and the line
breaks before them are removed (but before the document's own marker, whose line
stays); nothing else is touched, so the halves of a cut word meet again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cached_property
from itertools import pairwise
from statistics import median
from typing import TYPE_CHECKING, Final

from attrs import frozen

from speechparse.lazyregex import lazy_compile
from speechparse.vocab.schemes import ANY_MARKER

if TYPE_CHECKING:
    from speechparse.clean import CleanState

# Patterns: anchored, possessive indentation, bounded digits: no timeout needed.
#: a chunk marker at a line start: after a line break (a literal lead, which Python's re scans for four
#: times faster than regex's ``^``; measured), or at the text's start
_CHUNK_MARKER: Final = re.compile(r"\n[ \t]*+([0-9]{1,3})、")
_FIRST_CHUNK_MARKER: Final = re.compile(r"[ \t]*+([0-9]{1,3})、")
#: a marker of another scheme than the pages' (一、, (一), 第一章 …), right after a page's marker
_OTHER_MARKER: Final = re.compile(r"[ \t]*(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|"
                                  r"第[一二三四五六七八九十]{1,3}[章节条部篇])")
#: a line opening with a part's or an item's marker, of any scheme (3.…, 二、…, (一)…): no sentence's rest
_LINE_OPENING_MARKER: Final = lazy_compile(ANY_MARKER)
#: marks no list's item opens with, that a page's cut may leave at the next page's start (2、,能够… / 3、。全区…)
_CLAUSE_MARKS: Final = frozenset(",。;:、!?")
#: a chunk ending in one of these ended a sentence, as a real list item does
_SENTENCE_FINAL: Final = frozenset("。!?;:…”’\"」』)】》")
#: shortest median chunk length of a page-chunk run (real list items are shorter)
MIN_MEDIAN_CHUNK: Final = 120
#: a run that opens the text right after a site's header needs no cut sentence
#: when its chunks are this long (a page each)
MIN_PAGE_CHUNK: Final = 200
#: shortest line of text a page's marker may cut (a shorter one with no sentence end is a heading's)
MIN_CUT_LINE: Final = 20
#: fewest markers of a run of pages found among a numbered list's items
MIN_RUN_AMONG_A_LIST: Final = 3
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
        #: the runs of page markers found among the items of the document's own numbered list, by their ids
        self._among_ids: set[int] = set()

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
        # pages numbered on among the items of the document's own list: a page run the list interrupted goes on past
        # it; where the list hid every run, the markers that turn a page make their own
        page_runs = [run for run in runs if self.is_page_run(run)]
        if page_runs:
            self._continue_past_a_list(page_runs)
        among = self._runs_among_a_list() if not page_runs or self._took_a_lists_items(page_runs) else []
        if among and (not page_runs or self._explains_the_pages(page_runs, among)):
            self._among_ids = {id(run) for run in among}
            covered = {marker.start for run in among for marker in run}
            runs = [run for run in runs if not any(marker.start in covered for marker in run)] + among
        return runs

    def _took_a_lists_items(self, page_runs: list[list[ChunkMarker]]) -> bool:
        """Whether a run taken for pages holds markers that turn no page among markers that do: a list's items
        (…经验: / 1、… ; / 2、… ;) where its numbers ran into the pages' (3、 4、 cutting lines below)."""
        return any(not all(turns) and any(turns[1:])
                   for turns in ([self._turns_a_page(marker) for marker in run] for run in page_runs))

    def _explains_the_pages(self, page_runs: list[list[ChunkMarker]], among: list[list[ChunkMarker]]) -> bool:
        """Whether the runs of page-turning markers hold every marker the runs taken for pages turn a page with, and
        one those runs missed: the page the list's own number hid (its 3、 before the page's 3、), its items left
        to it."""
        taken = {marker.start for run in page_runs for marker in run}
        turning = {marker.start for run in page_runs for marker in run if self._turns_a_page(marker)}
        covered = {marker.start for run in among for marker in run}
        return turning <= covered and bool(covered - taken)

    def _continue_past_a_list(self, page_runs: list[list[ChunkMarker]]) -> None:
        """Add to each page run the later markers, up to the next page run, that number on its pages and turn a page
        (1、 2、 / the list's 1、…6、 with 3、 4、 cutting its lines), the list's own markers passed by (each marker is
        read once: the work stays linear in the text)."""
        markers = list(_line_start_markers(self.folded))
        starts = [marker.start for marker in markers]
        ordered = sorted(page_runs, key=lambda run: run[0].start)
        for run, following in zip(ordered, [*ordered[1:], None], strict=True):
            limit = following[0].start if following is not None else len(self.folded)
            for index in range(bisect_right(starts, run[-1].start), len(markers)):
                marker = markers[index]
                if marker.start >= limit:
                    break
                if marker.number == run[-1].number + 1 and self._turns_a_page(marker):
                    run.append(marker)

    def _runs_among_a_list(self) -> list[list[ChunkMarker]]:
        """Runs of page markers between the items of the document's own numbered list (1、抓好…。 / 2、…停车 /
        3、难问题。…: the page's 3、 cuts a word, the list's items follow sentence ends): the markers that turn a
        page, numbered on one after another, pages apart."""
        runs: list[list[ChunkMarker]] = []
        waiting: dict[int, list[ChunkMarker]] = {}  # the number a run waits for → the run (one lookup a marker)
        for marker in _line_start_markers(self.folded):
            if not self._turns_a_page(marker):
                continue
            run = waiting.pop(marker.number, None)
            if run is None:
                run = []
                runs.append(run)
            run.append(marker)
            waiting[marker.number + 1] = run
        runs = [run for run in runs if len(run) >= MIN_RUN_AMONG_A_LIST
                and median(later.start - earlier.end for earlier, later in pairwise(run)) >= MIN_MEDIAN_CHUNK]
        first = next(_line_start_markers(self.folded), None)
        for run in runs:
            # (the preview's first page, its 1、 on the text's first line: it opens its page, it cuts nothing)
            if run[0].number == 2 and first is not None and first.number == 1 and first.start <= self.text_start:
                run.insert(0, first)
        return runs

    def _turns_a_page(self, marker: ChunkMarker) -> bool:
        """Whether a marker stands where no list's item would: alone on its line, before another list's marker or a
        mark that ends a clause (2、,能够…: the page cut before the sentence's comma), or cutting a line of prose
        mid-sentence."""
        return self._alone_on_its_line(marker) or self._before_a_marker(marker) \
            or self.folded[marker.end:marker.end + 1] in _CLAUSE_MARKS \
            or (self._cuts_sentence(marker) and self._cuts_a_line(marker))

    def _cuts_a_line(self, marker: ChunkMarker) -> bool:
        """Whether the text before a marker ends a line of text long enough to be prose, not a heading's."""
        end = self._text_end_before(marker.start)
        return end - (self.folded.rfind("\n", 0, end) + 1) >= MIN_CUT_LINE

    def _is_run(self, markers: list[ChunkMarker]) -> bool:
        if len(markers) > 1 or (markers and markers[0].number != 1):
            return True
        return bool(markers) and self._opens_the_text(markers)

    def is_page_run(self, run: list[ChunkMarker]) -> bool:
        """Whether a run behaves like page chunks rather than a numbered list."""
        if id(run) in self._among_ids:
            return True  # (found as pages among a list's items)
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
            if self._alone_on_its_line(marker) or self._before_a_marker(marker):
                continue  # (no list's item is empty, nor opens with another list's marker: 5、(二)…, a page's number)
            end = self._text_end_before(marker.start)
            line_start = self.folded.rfind("\n", 0, end) + 1
            if not self._cuts_sentence(marker) or end - line_start < MIN_CUT_LINE:
                return False  # (a short line without a sentence end over the marker is a heading)
        return True

    def _alone_on_its_line(self, marker: ChunkMarker) -> bool:
        """Whether nothing but spaces follows a marker on its line (2、 / 和家庭生活…)."""
        line_end = self.folded.find("\n", marker.end)
        return not self.folded[marker.end:len(self.folded) if line_end < 0 else line_end].strip()

    def _before_a_marker(self, marker: ChunkMarker) -> bool:
        """Whether another scheme's marker follows a marker at once (5、(二)组织实施阶段…): a page turned where the
        document's numbered part begins; no list's item opens with another list's marker."""
        return _OTHER_MARKER.match(self.folded, marker.end) is not None

    def _end_of_the_cut(self, marker: ChunkMarker) -> int:
        """Where the removal of a page's marker ends: after it, or after the line break under it where it stands
        alone on its line inside a sentence that goes on under it."""
        if not (self._alone_on_its_line(marker) and self._cuts_sentence(marker)):
            return marker.end
        line_end = self.folded.find("\n", marker.end)
        if line_end < 0:
            return marker.end
        next_end = self.folded.find("\n", line_end + 1)
        following = self.folded[line_end + 1:len(self.folded) if next_end < 0 else next_end].strip()
        if not following or following.endswith(":") or _LINE_OPENING_MARKER.match(following):
            return marker.end  # (the line under it opens a part of its own: 填表说明:, 3.…)
        return line_end + 1

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
            # (a page that turned where the document's numbered part begins keeps its line: 3、(二)…; a marker alone on
            # its line inside a sentence takes the line break under it too: 专题民主 / 3、 / 生活会 meet again)
            spans.extend((marker.start if self._before_a_marker(marker) else self._text_end_before(marker.start),
                          self._end_of_the_cut(marker)) for marker in joined)
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
