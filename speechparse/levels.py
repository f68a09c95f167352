"""Stage 4, infer levels: which candidates really head sections, and at what depth.

A candidate becomes a section only where it continues a sequence: the next
sibling of an open section, a first child numbered 1, the next number of an
open ancestor, or the next number of a scheme whose numbering runs on across
parents (1. … 90. through several （一）; 第一条 … 第九十条 through the chapters).
That is what turns away 第一书记-like accidents that survived lexing, a stray 2、
and numbers quoted in running text.

The order of levels is learnt from the document itself: a scheme first seen
inside a section of another scheme is nested below it. Where the document has
not shown how two schemes relate, the schemes' ranks decide (GB/T 9704's
一、 > （一） > 1. > （1）, and the genre's order around it). A decimal number's depth
is its level within its scheme: 1.1 and 1.1.1 are two levels.

Points are the next stage's (:mod:`speechparse.points`): this one never sees
them, nor the section-style markers that enumerate clauses of one sentence
(:func:`speechparse.lex.runs.clause_enumerations`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Final

from attrs import frozen

from speechparse.lazyregex import lazy_compile
from speechparse.lex.markers import COMMA, LINE, NONE, SENTENCE, SPACED, Candidate
from speechparse.model import StructureWarning
from speechparse.trace import Trace
from speechparse.vocab.chars import SENTENCE_END
from speechparse.vocab.schemes import (
    CIRCLED,
    CN_NUMERAL_CHARS,
    DIVISIONS_AND_ARTICLES,
    FIXED_ORDER,
    PAREN_DIGITS,
    SCHEME_BY_NAME,
)

# Patterns: single classes, no nesting: no timeout needed.
_NUMERALS: Final = lazy_compile(rf"[{CN_NUMERAL_CHARS}]+|[0-9]+|[{CIRCLED}{PAREN_DIGITS}]|[a-zA-Z]")
#: warnings of one kind listed in full; beyond, one line counts the rest
MAX_WARNINGS_PER_CODE: Final = 50
#: farthest a run-in child (一、…工作(一)…) may stand from its parent's marker
MAX_RUN_IN: Final = 120
#: fewest items of a list of bare lines (an agenda) that closes where unmarked text follows it
MIN_CLOSED_LIST: Final = 3
#: most items such a list has (an agenda's handful; a longer run is the text's frame)
MAX_CLOSED_LIST: Final = 30
#: the longest line of such a list's item (an agenda's step, a topic)
MAX_LIST_ITEM: Final = 80
#: the least number a heading written in another scheme may continue its siblings with: two of them came first
MIN_MIXED_SCHEME_NUMBER: Final = 3
#: characters of two headings' lines compared to tell a part pasted twice from a part numbered twice
LINE_WORDS_COMPARED: Final = 12


@frozen
class Marker:
    """An accepted marker: a section heading or a point."""

    start: int
    end: int
    scheme: str
    number: int
    kind: str  # "section" or "point"
    level: int  # depth of a section (1 = outermost); for a point, its section's level
    parent: int | None  # index in the marker list of the enclosing section

    def with_parent(self, parent: int | None) -> Marker:
        """This marker under another parent (what ``attrs.evolve`` makes, without its generic work)."""
        return Marker(self.start, self.end, self.scheme, self.number, self.kind, self.level, parent)


@frozen
class Levels:
    """The accepted markers in document order, and what a reader should check."""

    markers: tuple[Marker, ...]
    warnings: tuple[StructureWarning, ...]

    def from_offset(self, offset: int) -> Levels:
        """Only the markers at or after ``offset`` (the body, past the front matter)."""
        keep = [marker.start >= offset for marker in self.markers]
        if all(keep):
            return self
        return Levels(tuple(reindex(list(self.markers), keep)), self.warnings)


@frozen
class Divisions:
    """A collection's divisions that hold its speeches (第二部分　交流发言 above the speakers' titles): where a
    further speech begins, the sections of the speech before close, the division around them stays open."""

    folded: str
    speeches: frozenset[int]  # where each further speech begins
    lines: frozenset[int]  # the starts of the lines holding a heading right above a speech

    def kept_open(self, reset: int, open_starts: Sequence[int]) -> int:
        """How many of the open sections (their starts, outermost first) stay open at ``reset``: down to the
        innermost division at a further speech; none at any other reset (an attachment, the back matter)."""
        if reset not in self.speeches:
            return 0
        for depth in range(len(open_starts) - 1, -1, -1):
            if self._is_division(open_starts[depth]):
                return depth + 1
        return 0

    def held_levels(self, markers: Sequence[Marker]) -> dict[int, int]:
        """For each further speech inside a division, the division's level: the tree's sections of that level
        and above stay open where the speech begins."""
        held: dict[int, int] = {}
        speeches = sorted(self.speeches)
        next_speech = 0
        stack: list[Marker] = []  # open sections, outermost first
        for marker in (*markers, None):
            position = len(self.folded) + 1 if marker is None else marker.start
            while next_speech < len(speeches) and speeches[next_speech] <= position:
                division = next((open_section for open_section in reversed(stack)
                                 if self._is_division(open_section.start)), None)
                if division is not None:
                    held[speeches[next_speech]] = division.level
                next_speech += 1
            if marker is not None and marker.kind == "section":
                del stack[marker.level - 1:]
                stack.append(marker)
        return held

    def _is_division(self, start: int) -> bool:
        return self.folded.rfind("\n", 0, start) + 1 in self.lines


@frozen
class _Open:
    """An open section on the stack."""

    index: int  # in the accepted marker list
    key: str  # the scheme, with a decimal's depth
    number: int
    start: int
    style: str  # the marker with its number taken out: "(N)", "N." …


class Warnings:
    """Warnings of a stage, each kind listed up to :data:`MAX_WARNINGS_PER_CODE` times."""

    def __init__(self) -> None:
        self.listed: list[StructureWarning] = []
        self.counts: dict[str, int] = {}

    def add(self, code: str, message: str, candidate: Candidate) -> None:
        count = self.counts[code] = self.counts.get(code, 0) + 1
        if count <= MAX_WARNINGS_PER_CODE:
            self.listed.append(StructureWarning(code, message, (candidate.start, candidate.end)))

    def all(self) -> tuple[StructureWarning, ...]:
        """The warnings, with one line for each code that had too many to list."""
        more = [StructureWarning(code, f"{count - MAX_WARNINGS_PER_CODE} more {code} warnings not listed", None)
                for code, count in self.counts.items() if count > MAX_WARNINGS_PER_CODE]
        return (*self.listed, *more)


class LevelInference:
    """Walks the section candidates once, keeping a stack of open sections."""

    def __init__(self, folded: str, candidates: Sequence[Candidate], resets: Sequence[int],
                 hints: Mapping[int, int] | None = None, late: Sequence[Candidate] = (),
                 trace: Trace | None = None, divisions: Divisions | None = None) -> None:
        self.folded = folded
        self.divisions = divisions
        self.trace = trace
        self.hints = hints or {}
        self.candidates = candidates
        self.resets = sorted(resets)
        self.late = set(late)
        self.markers: list[Marker] = []
        self.warnings = Warnings()
        self.stack: list[_Open] = []
        self.order: list[str] = []  # section schemes (keys), outermost first
        self.last_number: dict[str, int] = {}
        #: where each (scheme, number) stands at a line's start, in order: whether a run's own next number comes later
        self.at_line_start: dict[tuple[str, int], list[int]] = {}
        #: the starts of the markers at a line's start, in order
        self.line_starts: list[int] = []
        for candidate in candidates:
            if candidate.boundary == LINE and candidate.number is not None:
                self.at_line_start.setdefault((candidate.key, candidate.number), []).append(candidate.start)
                self.line_starts.append(candidate.start)

    def run(self) -> Levels:
        reset_index = 0
        for candidate in self.candidates:
            while reset_index < len(self.resets) and self.resets[reset_index] <= candidate.start:
                kept = 0 if self.divisions is None else \
                    self.divisions.kept_open(self.resets[reset_index], [section.start for section in self.stack])
                del self.stack[kept:]
                reset_index += 1
            self._section(candidate, candidate in self.late)
        return Levels(tuple(self.markers), self.warnings.all())

    def _refuse(self, candidate: Candidate, why: str) -> None:
        if self.trace is not None:
            self.trace.add("levels", candidate.start, candidate.end, f"{candidate.key} {candidate.number}: {why}")

    def _section(self, candidate: Candidate, late: bool) -> None:
        number = candidate.number
        if number is None or (candidate.boundary == COMMA and not candidate.led):
            self._refuse(candidate, "no heading stands after a comma")
            return
        if candidate.boundary in (NONE, SPACED) and not candidate.led and not self._runs_in(candidate) \
                and not (candidate.boundary == SPACED and SPACED in SCHEME_BY_NAME[candidate.scheme].boundaries):
            self._refuse(candidate, "inside a sentence, and not the first child run in after its parent's heading")
            return
        key = candidate.key
        depths = [i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i].key == key]
        depth = depths[0] if depths else None
        if len(depths) > 1 and number != self.stack[depths[0]].number + 1:
            # (a list that restarted inside the last part closes where the parts' own numbering goes on: 八、… 一、…
            # 五、 九、)
            depth = next((i for i in depths[1:] if self.stack[i].number + 1 == number), depth)
        if depth is not None:
            self._continue_open(candidate, depth)
        else:
            self._open_new(candidate, late)

    def _continue_open(self, candidate: Candidate, depth: int) -> None:
        """The scheme is open at ``depth``: a next sibling, a gap, or a restart."""
        assert candidate.number is not None
        current = self.stack[depth]
        if candidate.number == current.number + 1:
            if self._style(candidate) != current.style:
                self.warnings.add("mixed_style", f"{candidate.scheme} markers written two ways: "
                                  f"{current.style!r} and {self._style(candidate)!r}", candidate)
            self._accept(candidate, depth)
        elif candidate.number == current.number + 2 and candidate.boundary in (LINE, SENTENCE):
            # (one heading missed: at a line's start, or after a sentence in a text whose paragraphs a copy ran
            # together, where a heading of no mark leaves its successor glued to its words: …和美XX三、活动时间)
            self.warnings.add("numbering_gap", f"{candidate.scheme} {candidate.number} follows {current.number}",
                              candidate)
            self._accept(candidate, depth)
        elif candidate.number == current.number and (self._repeats_for_the_next(candidate)
                                                     or self._opens_a_list_of_its_own(candidate, depth)):
            # (a careless writer numbered the third part as the second: (一) (二) (二) (四); it stands for the next)
            self.warnings.add("repeated_number", f"{candidate.scheme} {candidate.number} repeats the number before it",
                              candidate)
            self._accept(candidate, depth)
            opened = self.stack[-1]
            self.stack[-1] = _Open(opened.index, opened.key, opened.number + 1, opened.start, opened.style)
            self.last_number[opened.key] = opened.number + 1
        elif candidate.number == 1 and depth == 0 and candidate.boundary == LINE:
            self.warnings.add("numbering_restart", f"{candidate.scheme} numbering starts again at 1", candidate)
            self._accept(candidate, 1 if self._restarts_inside(candidate, current) else 0)
        elif (sibling := self._sibling_in_another_scheme(candidate, same_style=True)) is not None:
            self._accept_as_sibling(candidate, sibling)  # (3、 under 3. of its own scheme, written as 二、 above)
        else:
            if candidate.boundary == LINE and candidate.number > current.number:
                self.warnings.add("rejected_marker", f"{candidate.scheme} {candidate.number} does not continue "
                                  f"{current.number}", candidate)
            self._refuse(candidate, f"does not continue the open {current.key} {current.number}")

    def _open_new(self, candidate: Candidate, late: bool) -> None:
        """The scheme is not open: a first child, or numbering that runs on across parents."""
        assert candidate.number is not None
        key = candidate.key
        known = key in self.order
        continues = known and candidate.number == self.last_number.get(key, 0) + 1
        if late and not known and candidate.number != 1:
            # (a run from past 1 may be the open section's next siblings, the writer's marks changed: 三、 4、 5. 六、)
            sibling = self._sibling_in_another_scheme(candidate, same_style=known)
            if sibling is not None:
                self._accept_as_sibling(candidate, sibling)
                return
        if late and not known:
            self.warnings.add("late_start", f"{key} numbering starts at {candidate.number}", candidate)
        elif candidate.number != 1 and not continues:
            sibling = self._sibling_in_another_scheme(candidate, same_style=known)
            if sibling is not None:
                self._accept_as_sibling(candidate, sibling)
                return
            if candidate.boundary == LINE:
                self.warnings.add("rejected_marker",
                                  f"{key} {candidate.number} does not continue any open numbering", candidate)
            self._refuse(candidate, "neither starts a run (1) nor continues one")
            return
        self._close_a_bare_list(candidate)
        self._close_after_a_summing_up(candidate)
        depth = self._parent_depth(key) + 1
        hinted = self._hinted_depth(candidate)
        if not known and hinted is not None:
            depth = min(depth, hinted)
        if not known:
            self._learn(key, depth)
        elif self._skips_a_level(key, depth):
            self.warnings.add("level_skip", f"{key} {candidate.number} sits right under a level above its usual one",
                              candidate)
        self._accept(candidate, depth)

    def _close_a_bare_list(self, candidate: Candidate) -> None:
        """Close the innermost run of sections where it is a list of bare lines with text after it.

        An agenda or a list of topics (1、宣读… / 2、审议… / 3、选举…), each item a line with nothing under it,
        is a list, not the document's frame: the steps that follow it after text of their own (记录内容:, a
        speech's title and salutation, …第一项:…) are not its last item's children. A section whose
        siblings all stood empty is what a list looks like; a scheme's place in the order is not learnt
        from it."""
        if not self.stack or not MIN_CLOSED_LIST <= self.stack[-1].number <= MAX_CLOSED_LIST:
            return
        last = self.stack[-1]
        # bare items have no sections under them: the run is the last markers accepted, numbered from 1
        siblings = self.markers[-last.number:]
        if len(siblings) != last.number or any(marker.level != len(self.stack) or marker.number != number
                                               for number, marker in enumerate(siblings, 1)):
            return
        for marker, following in pairwise(siblings):
            line_end = self._item_line_end(marker.start)
            if line_end is None or line_end >= following.start or self.folded[line_end:following.start].strip() \
                    or self._holds_a_sentence(marker.start, line_end):
                return  # an item with sentences of its own, on its line or under it: a section
        line_end = self._item_line_end(last.start)
        if line_end is None or self._holds_a_sentence(last.start, line_end):
            return
        between = self.folded[line_end:self.folded.rfind("\n", line_end, candidate.start) + 1]
        if not between.strip():
            return  # the new scheme opens right under the last item: its children
        del self.stack[-1]
        if last.key in self.order:
            self.order.remove(last.key)

    def _close_after_a_summing_up(self, candidate: Candidate) -> None:
        """Close the innermost section, a run's last sibling, where a paragraph under it that sums up the run opens
        a new numbering (… (三)某案。 / 这些案例,…: / 第一,…): the new items are its parent's, drawn from all the
        siblings, not the last one's."""
        if len(self.stack) < 2 or self.stack[-1].number < MIN_SUMMED_UP:
            return
        last = self.stack[-1]
        line = self.folded.find("\n", last.start, candidate.start)
        while 0 <= line < candidate.start:
            if _SUMMING_UP.match(self.folded, line + 1, candidate.start) is not None:
                del self.stack[-1]
                return
            line = self.folded.find("\n", line + 1, candidate.start)

    def _holds_a_sentence(self, start: int, end: int) -> bool:
        """Whether a sentence ends before the last character of ``start:end`` (an item's line)."""
        line = self.folded[start:end].rstrip()
        return any(char in SENTENCE_END for char in line[:-1])

    def _item_line_end(self, position: int) -> int | None:
        """Where the line of a list's item at ``position`` ends; None for a line longer than an item's (looked for
        that far only: the question is asked at every new scheme)."""
        newline = self.folded.find("\n", position, position + MAX_LIST_ITEM + 1)
        if newline < 0:
            return len(self.folded) if len(self.folded) - position <= MAX_LIST_ITEM else None
        return newline

    def _accept_as_sibling(self, candidate: Candidate, depth: int) -> None:
        """Accept a heading written in another scheme as the next of the open section at ``depth`` (一、 二、 3、: the
        writer changed the marks, not the level; its children under it say so)."""
        kept = self.stack[depth].key
        self.warnings.add("mixed_scheme", f"{candidate.scheme} {candidate.number} continues "
                          f"{kept} {self.stack[depth].number}", candidate)
        self._accept(candidate, depth)
        # (it stands for its sibling's scheme: the next of the run, in either writing, follows it)
        opened = self.stack[-1]
        self.stack[-1] = _Open(opened.index, kept, opened.number, opened.start, opened.style)
        self.last_number[kept] = opened.number

    def _sibling_in_another_scheme(self, candidate: Candidate, *, same_style: bool) -> int | None:
        """The depth of the open section a line's marker of a scheme not yet seen continues by its number, written
        in another scheme (一、 二、 3、, 1. 2、 (3) 4.), from the third on: the one open section numbered one less, or
        of the several, the one written alike (3、 after 二、, not after (二)), and only that one where the scheme
        numbers other parts too (3、 after 二、 where 1. 2. 3. stood under it); and that section's own next number
        comes nowhere later at a line's start (a site's page chunks, 2、 3、 …, cut a text whose own 三、 follows)."""
        assert candidate.number is not None
        if candidate.boundary != LINE or candidate.number < MIN_MIXED_SCHEME_NUMBER:
            return None  # (the siblings' own run shows itself first: 一、 then a stray 2、 is no third part)
        previous = [depth for depth, open_section in enumerate(self.stack)
                    if open_section.number == candidate.number - 1]
        if len(previous) > 1:
            # (of several, the ones written in the same figures: (3) goes on from 2、, not from 第二,)
            numeral = SCHEME_BY_NAME[candidate.scheme].numeral
            previous = [depth for depth in previous
                        if SCHEME_BY_NAME[self.markers[self.stack[depth].index].scheme].numeral == numeral] or previous
        if len(previous) > 1 or same_style:
            style = self._style(candidate)
            previous = [depth for depth in previous if self.stack[depth].style == style]
        if len(previous) != 1:
            return None
        depth = previous[0]
        if self._next_at_line_start(self.stack[depth].key, candidate.number, candidate.start) is not None:
            return None
        return depth

    def _restarts_inside(self, candidate: Candidate, current: _Open) -> bool:
        """Whether a list restarting at 1 is one of the open part's own (八、倡议书 / 一、… 五、 / 九、): the parts'
        numbering goes on after it (九、 at a line's start) before the restarted list reaches the open part's number
        (八、), which its going on to the end would."""
        if current.number < 2:
            return False  # (1 again after 1: the same part twice, or a list's first mention, not a list inside it)
        following = self._next_at_line_start(candidate.key, current.number + 1, candidate.start)
        if following is None:
            return False
        reaching = self._next_at_line_start(candidate.key, current.number, candidate.start)
        return reaching is None or reaching > following

    def _next_at_line_start(self, key: str, number: int, after: int) -> int | None:
        """Where ``key`` ``number`` next stands at a line's start after ``after``; None where nowhere."""
        starts = self.at_line_start.get((key, number), ())
        index = bisect_right(starts, after)
        return starts[index] if index < len(starts) else None

    def _repeats_for_the_next(self, candidate: Candidate) -> bool:
        """Whether a line's marker repeating its open sibling's number stands for the next one: the one after the next
        stands at a line's start after it before the next does, if the next does at all (二、 … 二、 … 四、)."""
        assert candidate.number is not None
        if candidate.boundary != LINE:
            return False
        after_next = self._next_at_line_start(candidate.key, candidate.number + 2, candidate.start)
        following = self._next_at_line_start(candidate.key, candidate.number + 1, candidate.start)
        return after_next is not None and (following is None or after_next < following)

    def _opens_a_list_of_its_own(self, candidate: Candidate, depth: int) -> bool:
        """Whether a line's marker repeating its open sibling's number heads a list of its own: the items under the
        sibling (1. 2. 3.) start again at 1 right under it, before any of them goes on (（三）… 1. 2. 3. （三）… 1.)."""
        if candidate.boundary != LINE or len(self.stack) <= depth + 1 \
                or self._line_words(candidate.start) == self._line_words(self.stack[depth].start):
            return False  # (the same heading again: a part pasted twice, no part of its own)
        child = self.stack[depth + 1]
        restart = self._next_at_line_start(child.key, 1, candidate.start)
        following = bisect_right(self.line_starts, candidate.start)
        if restart is None or following >= len(self.line_starts) or self.line_starts[following] != restart:
            return False  # (the restart is the next marker at a line's start)
        going_on = self._next_at_line_start(child.key, child.number + 1, candidate.start)
        return going_on is None or restart < going_on

    def _line_words(self, start: int) -> str:
        """The first words of the line a marker at ``start`` opens, the marker with them."""
        end = self.folded.find("\n", start)
        return self.folded[start:(len(self.folded) if end < 0 else end)][:LINE_WORDS_COMPARED]

    def _runs_in(self, candidate: Candidate) -> bool:
        """A (一)/(1) straight after the innermost heading, on its line, before any sentence end."""
        if not SCHEME_BY_NAME[candidate.scheme].run_in_child or candidate.number != 1 or not self.stack:
            return False
        if candidate.start - self.stack[-1].start > MAX_RUN_IN:
            return False
        between = self.folded[self.stack[-1].start:candidate.start]
        return "\n" not in between and not any(char in between for char in SENTENCE_END)

    def _parent_depth(self, key: str) -> int:
        """Index of the open section a section of ``key`` goes under (-1: top level)."""
        if key not in self.order:
            # a scheme first seen goes under the innermost open section, but never under one whose scheme
            # comes after it in the fixed order of 公文 headings (一、 after an opening paragraph's （一）（二）)
            depth = len(self.stack) - 1
            while depth >= 0 and _comes_after(self.stack[depth].key, key):
                depth -= 1
            return depth
        rank = self.order.index(key)
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.order.index(self.stack[depth].key) < rank:
                return depth
        return -1

    def _hint(self, position: int) -> int | None:
        """The outline level a document format gave the line of ``position``."""
        return self.hints.get(self.folded.rfind("\n", 0, position) + 1) if self.hints else None

    def _hinted_depth(self, candidate: Candidate) -> int | None:
        """Where a Word outline level puts a new scheme: under the deepest open section
        of a higher outline level. None when the document gave no such levels."""
        hint = self._hint(candidate.start)
        if hint is None:
            return None
        depth = 0
        for index, open_section in enumerate(self.stack):
            open_hint = self._hint(open_section.start)
            if open_hint is None:
                return None
            if open_hint < hint:
                depth = index + 1
        return depth

    def _parent_rank(self, depth: int) -> int:
        return self.order.index(self.stack[depth - 1].key) if depth > 0 else -1

    def _skips_a_level(self, key: str, depth: int) -> bool:
        return self.order.index(key) > self._parent_rank(depth) + 1

    def _learn(self, key: str, depth: int) -> None:
        """Place a new scheme in the level order right below its parent's scheme.

        Schemes already known to sit below that parent, whose relation to the new
        one the document has not shown, are ordered by their ranks.
        """
        position = self._parent_rank(depth) + 1
        while position < len(self.order) and _rank(self.order[position]) <= _rank(key):
            position += 1
        self.order.insert(position, key)

    def _accept(self, candidate: Candidate, depth: int) -> None:
        assert candidate.number is not None
        del self.stack[depth:]
        parent = self.stack[-1].index if self.stack else None
        index = len(self.markers)
        self.markers.append(Marker(candidate.start, candidate.end, candidate.scheme, candidate.number,
                                   "section", depth + 1, parent))
        self.stack.append(_Open(index, candidate.key, candidate.number, candidate.start, self._style(candidate)))
        self.last_number[candidate.key] = candidate.number
        if self.trace is not None:
            above = self.markers[parent] if parent is not None else None
            under = "at the top" if above is None else f"under {above.scheme} {above.number}"
            self.trace.add("levels", candidate.start, candidate.end,
                           f"{candidate.key} {candidate.number}: section, level {depth + 1}, {under}")

    def _style(self, candidate: Candidate) -> str:
        return marker_style(self.folded[candidate.start:candidate.end])


#: a paragraph's opening words that sum up the parts before it (这些案例, 上述问题, 综上所述, 总的来看)
_SUMMING_UP: Final = lazy_compile(r"[ \t\u3000]*+(?:这些|上述|以上(?:这些|几个|几起|三个|几方面)|综上(?:所述)?|"
                                  r"总的来看|总体来看)")
#: a run of siblings a paragraph sums up holds at least this many (…(三): one or two are no run to sum up)
MIN_SUMMED_UP: Final = 3


@lru_cache(maxsize=1024)
def marker_style(written: str) -> str:
    """How a marker is written with its numerals left out (一、 and 二、 alike: N、). Remembered across
    texts: markers are short, and documents write them alike."""
    return _NUMERALS.sub("N", written)


def _comes_after(open_key: str, key: str) -> bool:
    """Whether both schemes are of one fixed order (公文 headings, a book's divisions) and ``open_key``'s comes
    after ``key``'s."""
    return any(open_key in order and key in order and order.index(open_key) > order.index(key)
               for order in (FIXED_ORDER, DIVISIONS_AND_ARTICLES))


def _rank(key: str) -> tuple[int, int]:
    """A scheme's rank, then a decimal's depth (1.1 is outer to 1.1.1)."""
    scheme = key.rstrip("0123456789")
    rank = SCHEME_BY_NAME[scheme].rank
    return (len(SCHEME_BY_NAME) if rank is None else rank), int(key[len(scheme):] or 1)


def reindex(markers: list[Marker], keep: list[bool]) -> list[Marker]:
    """Remove markers and renumber the ``parent`` indices of the rest.

    A marker whose parent is removed goes under its grandparent, and so on.
    """
    new_index: dict[int, int] = {}
    out: list[Marker] = []
    for index, (marker, ok) in enumerate(zip(markers, keep, strict=True)):
        if not ok:
            continue
        parent = marker.parent
        while parent is not None and not keep[parent]:
            parent = markers[parent].parent
        new_index[index] = len(out)
        out.append(marker.with_parent(None if parent is None else new_index[parent]))
    return out


def infer_levels(folded: str, candidates: Sequence[Candidate], resets: Sequence[int] = (),
                 hints: Mapping[int, int] | None = None, late: Sequence[Candidate] = (),
                 trace: Trace | None = None, divisions: Divisions | None = None) -> Levels:
    """Accept the section candidates that continue a sequence and give each its level.

    ``candidates`` are the section candidates (points and clause enumerations left
    out). ``resets`` are offsets where the document starts a new part (附件, 名词解释):
    every open section closes there. ``hints`` map line starts to the outline level
    a document format gave them (Word heading styles): evidence for where a scheme
    seen for the first time belongs, never a level by themselves. ``late`` are the
    candidates that start a run numbered from past 1. ``divisions`` are the headings of a collection that stay
    open over the resets of the speeches they hold.
    """
    return LevelInference(folded, candidates, resets, hints, late, trace, divisions).run()


__all__ = ["LINE", "Divisions", "Levels", "Marker", "Warnings", "infer_levels", "reindex"]
