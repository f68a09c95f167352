"""Stage 4, infer levels: which candidates really number the text, and at what depth.

A candidate becomes a marker only where it continues a sequence: the next
sibling of an open section, a first child numbered 1, the next number of an
open ancestor, or the next number of a scheme whose numbering runs on across
parents (1. … 90. through several （一）). That is what turns away 第一书记-like
accidents that survived lexing, a stray 2、 and numbers quoted in running text.

The order of levels is learnt from the document itself: a scheme first seen
inside a section of another scheme is nested below it. Where the document has
not shown how two schemes relate, GB/T 9704's 一、 > （一） > 1. > （1） decides.

Points (一是, 一要, 首先 …) never open a level; they belong to the innermost
open section. A run of short section-style items that enumerate clauses of one
sentence (一、…；二、…；三、…。) is a run of points too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import regex
from attrs import evolve, frozen

from speechparse.lex.markers import COMMA, LINE, NONE, SENTENCE, Candidate
from speechparse.model import StructureWarning
from speechparse.vocab import (
    CIRCLED,
    CN_NUMERAL_CHARS,
    GBT_9704_RANK,
    PAREN_DIGITS,
    POINT_SCHEMES_NEEDING_A_RUN,
    RUN_IN_CHILD_SCHEMES,
)
from speechparse.vocab.chars import SENTENCE_END

# Patterns: single classes, no nesting: no timeout needed.
_NUMERALS: Final = regex.compile(rf"[{CN_NUMERAL_CHARS}]+|[0-9]+|[{CIRCLED}{PAREN_DIGITS}]")
#: warnings of one kind listed in full; beyond, one line counts the rest
MAX_WARNINGS_PER_CODE: Final = 50
#: farthest a run-in child (一、…工作(一)…) may stand from its parent's marker
MAX_RUN_IN: Final = 120
#: longest item of a clause enumeration (一、…；二、…；)
MAX_CLAUSE_ITEM: Final = 60
#: fewest items of a run that may start past 1 (二要 三要 四要 at line starts)
MIN_LATE_RUN: Final = 2


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
        return Levels(tuple(_reindex(list(self.markers), keep)), self.warnings)


@frozen
class _Open:
    """An open section on the stack."""

    index: int  # in the accepted marker list
    scheme: str
    number: int
    start: int
    style: str  # the marker with its number taken out: "(N)", "N." …


class LevelInference:
    """Walks the candidates once, keeping a stack of open sections."""

    def __init__(self, folded: str, candidates: Sequence[Candidate], resets: Sequence[int],
                 hints: Mapping[int, int] | None = None) -> None:
        self.folded = folded
        self.hints = hints or {}
        self.candidates = candidates
        self.resets = sorted(resets)
        self.markers: list[Marker] = []
        self.warnings: list[StructureWarning] = []
        self.warning_counts: dict[str, int] = {}
        self.stack: list[_Open] = []
        self.order: list[str] = []  # section schemes, outermost first
        self.last_number: dict[str, int] = {}
        self.point_runs: dict[tuple[int | None, str], int] = {}  # (section, scheme) → last number
        self.clause_points = _clause_enumerations(folded, candidates)
        self.late_starts = _late_starts(candidates)

    def run(self) -> Levels:
        reset_index = 0
        for position, candidate in enumerate(self.candidates):
            while reset_index < len(self.resets) and self.resets[reset_index] <= candidate.start:
                self.stack.clear()
                self.point_runs.clear()
                reset_index += 1
            late = position in self.late_starts
            if candidate.kind == "point" or position in self.clause_points:
                self._point(candidate, late)
            else:
                self._section(candidate, late)
        return Levels(tuple(_drop_lone_runs(self.markers)), self._warnings())

    # -------------------------------------------------------------- points

    def _point(self, candidate: Candidate, late: bool) -> None:
        if candidate.boundary == NONE:
            return
        parent = self.stack[-1].index if self.stack else None
        key = (parent, candidate.scheme)
        last = self.point_runs.get(key)
        number = candidate.number
        if number is None:  # 最后: the item after the previous one, and only after 其次
            if last is None or last < 2:
                return
            number = last + 1
        if number == 1 or (last is not None and number == last + 1):
            pass
        elif last is None and late:
            self._warn("late_start", f"the enumeration starts at {number}", candidate)
        elif last is not None and number == last + 2 and candidate.boundary != COMMA:
            self._warn("numbering_gap", f"point {last + 2} follows point {last}", candidate)
        else:
            return
        self.point_runs[key] = number
        level = len(self.stack)
        self.markers.append(Marker(candidate.start, candidate.end, candidate.scheme, number, "point", level, parent))

    # -------------------------------------------------------------- sections

    def _section(self, candidate: Candidate, late: bool) -> None:
        number = candidate.number
        if number is None or candidate.boundary == COMMA or self._empty_heading(candidate):
            return
        if candidate.boundary == NONE and not self._runs_in(candidate):
            return
        scheme = candidate.scheme
        depth = next((i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i].scheme == scheme), None)
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
                self._warn("mixed_style", f"{candidate.scheme} markers written two ways: "
                           f"{current.style!r} and {self._style(candidate)!r}", candidate)
            self._accept(candidate, depth)
        elif candidate.number == current.number + 2 and candidate.boundary == LINE:
            self._warn("numbering_gap", f"{candidate.scheme} {candidate.number} follows {current.number}", candidate)
            self._accept(candidate, depth)
        elif candidate.number == 1 and depth == 0 and candidate.boundary == LINE:
            self._warn("numbering_restart", f"{candidate.scheme} numbering starts again at 1", candidate)
            self._accept(candidate, 0)
        elif candidate.boundary == LINE and candidate.number > current.number:
            self._warn("rejected_marker",
                       f"{candidate.scheme} {candidate.number} does not continue {current.number}", candidate)

    def _open_new(self, candidate: Candidate, late: bool) -> None:
        """The scheme is not open: a first child, or numbering that runs on across parents."""
        assert candidate.number is not None
        scheme = candidate.scheme
        known = scheme in self.order
        continues = known and candidate.number == self.last_number.get(scheme, 0) + 1
        if late and not known:
            self._warn("late_start", f"{scheme} numbering starts at {candidate.number}", candidate)
        elif candidate.number != 1 and not continues:
            if candidate.boundary == LINE:
                self._warn("rejected_marker",
                           f"{scheme} {candidate.number} does not continue any open numbering", candidate)
            return
        depth = self._parent_depth(scheme) + 1
        hinted = self._hinted_depth(candidate)
        if not known and hinted is not None:
            depth = min(depth, hinted)
        if not known:
            self._learn(scheme, depth)
        elif self._skips_a_level(scheme, depth):
            self._warn("level_skip", f"{scheme} {candidate.number} sits right under a level above its usual one",
                       candidate)
        self._accept(candidate, depth)

    def _empty_heading(self, candidate: Candidate) -> bool:
        """A marker with nothing after it on its line (a number split off a list)."""
        position = candidate.end
        while position < len(self.folded) and self.folded[position] in " \t":
            position += 1
        return position == len(self.folded) or self.folded[position] == "\n"

    def _runs_in(self, candidate: Candidate) -> bool:
        """A (一)/(1) straight after the innermost heading, on its line, before any sentence end."""
        if candidate.scheme not in RUN_IN_CHILD_SCHEMES or candidate.number != 1 or not self.stack:
            return False
        if candidate.start - self.stack[-1].start > MAX_RUN_IN:
            return False
        between = self.folded[self.stack[-1].start:candidate.start]
        return "\n" not in between and not any(char in between for char in SENTENCE_END)

    def _parent_depth(self, scheme: str) -> int:
        """Index of the open section a section of ``scheme`` goes under (-1: top level)."""
        if scheme not in self.order:
            return len(self.stack) - 1
        rank = self.order.index(scheme)
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.order.index(self.stack[depth].scheme) < rank:
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

    def _parent_scheme_rank(self, depth: int) -> int:
        return self.order.index(self.stack[depth - 1].scheme) if depth > 0 else -1

    def _skips_a_level(self, scheme: str, depth: int) -> bool:
        return self.order.index(scheme) > self._parent_scheme_rank(depth) + 1

    def _learn(self, scheme: str, depth: int) -> None:
        """Place a new scheme in the level order right below its parent's scheme.

        Schemes already known to sit below that parent, whose relation to the new
        one the document has not shown, are ordered by GB/T 9704.
        """
        position = self._parent_scheme_rank(depth) + 1
        while position < len(self.order) and _gbt(self.order[position]) <= _gbt(scheme):
            position += 1
        self.order.insert(position, scheme)

    def _accept(self, candidate: Candidate, depth: int) -> None:
        assert candidate.number is not None
        del self.stack[depth:]
        parent = self.stack[-1].index if self.stack else None
        index = len(self.markers)
        self.markers.append(Marker(candidate.start, candidate.end, candidate.scheme, candidate.number,
                                   "section", depth + 1, parent))
        self.stack.append(_Open(index, candidate.scheme, candidate.number, candidate.start, self._style(candidate)))
        self.last_number[candidate.scheme] = candidate.number

    def _style(self, candidate: Candidate) -> str:
        return _NUMERALS.sub("N", self.folded[candidate.start:candidate.end])

    def _warn(self, code: str, message: str, candidate: Candidate) -> None:
        count = self.warning_counts[code] = self.warning_counts.get(code, 0) + 1
        if count <= MAX_WARNINGS_PER_CODE:
            self.warnings.append(StructureWarning(code, message, (candidate.start, candidate.end)))

    def _warnings(self) -> tuple[StructureWarning, ...]:
        """The warnings, with one line for each code that had too many to list."""
        more = [StructureWarning(code, f"{count - MAX_WARNINGS_PER_CODE} more {code} warnings not listed", None)
                for code, count in self.warning_counts.items() if count > MAX_WARNINGS_PER_CODE]
        return (*self.warnings, *more)


def _gbt(scheme: str) -> int:
    return GBT_9704_RANK.get(scheme, len(GBT_9704_RANK))


def _clause_enumerations(folded: str, candidates: Sequence[Candidate]) -> set[int]:
    """Positions of section-style candidates that enumerate clauses of one sentence.

    一、各级组织要…;二、各级组织要…;三、… : each item is one short clause that
    ends in ; (the last may end the sentence), so the items are points.
    """
    found: set[int] = set()
    position = 0
    while position < len(candidates):
        first = candidates[position]
        if first.kind != "section" or first.number != 1 or first.boundary == NONE:
            position += 1
            continue
        run = [position]
        following = position + 1
        while following < len(candidates):
            item = candidates[following]
            if item.scheme == first.scheme and item.number == len(run) + 1 and item.boundary != NONE:
                previous = candidates[run[-1]]
                if not _is_clause(folded[previous.end:item.start], last=False):
                    break
                run.append(following)
            elif item.start - candidates[run[-1]].end > MAX_CLAUSE_ITEM:
                break
            following += 1
        if len(run) >= 2 and _is_clause(_rest_of_sentence(folded, candidates[run[-1]].end), last=True):
            found.update(run)
            position = run[-1] + 1
        else:
            position += 1
    return found


def _late_starts(candidates: Sequence[Candidate]) -> set[int]:
    """Candidates that start a run numbered from past 1 (an excerpt that begins at 二要).

    Each item of the run starts a line and the run has at least
    :data:`MIN_LATE_RUN` items, so a lone stray 2、 never qualifies. The set
    holds the candidates' positions in ``candidates``.
    """
    starts: set[int] = set()
    expected: dict[str, tuple[int, int, int]] = {}  # scheme → (first position, next number, length)
    for position, candidate in enumerate(candidates):
        if candidate.boundary != LINE or candidate.number is None:
            continue
        scheme = candidate.scheme
        run = expected.get(scheme)
        if run is not None and candidate.number == run[1]:
            first, number, length = run
            expected[scheme] = (first, number + 1, length + 1)
            if length + 1 >= MIN_LATE_RUN and candidates[first].number != 1:
                starts.add(first)
        else:
            expected[scheme] = (position, candidate.number + 1, 1)
    return starts


def _is_clause(item: str, *, last: bool) -> bool:
    body = item.strip()
    if not body or len(body) > MAX_CLAUSE_ITEM:
        return False
    inner, final = body[:-1], body[-1]
    if last:  # the sentence ends with its last clause, within the line
        return final in SENTENCE_END + ",:" and "\n" not in inner
    return final == ";" and not any(char in inner for char in SENTENCE_END) and "\n" not in inner


def _rest_of_sentence(folded: str, start: int) -> str:
    end = start
    limit = min(len(folded), start + MAX_CLAUSE_ITEM + 1)
    while end < limit and folded[end] not in SENTENCE_END and folded[end] != "\n":
        end += 1
    return folded[start:end + 1] if end < limit else folded[start:limit]


def _drop_lone_runs(markers: list[Marker]) -> list[Marker]:
    """Drop 首先 / 一方面 that no second item follows: alone they do not enumerate."""
    keep = [True] * len(markers)
    for index, marker in enumerate(markers):
        if marker.scheme not in POINT_SCHEMES_NEEDING_A_RUN or marker.number != 1:
            continue
        follower = next((m for m in markers[index + 1:]
                         if m.scheme == marker.scheme and m.parent == marker.parent), None)
        if follower is None or follower.number != 2:
            keep[index] = False
    return markers if all(keep) else _reindex(markers, keep)


def _reindex(markers: list[Marker], keep: list[bool]) -> list[Marker]:
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
        out.append(evolve(marker, parent=None if parent is None else new_index[parent]))
    return out


def infer_levels(folded: str, candidates: Sequence[Candidate], resets: Sequence[int] = (),
                 hints: Mapping[int, int] | None = None) -> Levels:
    """Accept the candidates that continue a sequence and give each its level.

    ``resets`` are offsets where the document starts a new part (附件, 名词解释):
    every open section closes there. ``hints`` map line starts to the outline
    level a document format gave them (Word heading styles): evidence for where
    a scheme seen for the first time belongs, never a level by themselves.
    """
    return LevelInference(folded, candidates, resets, hints).run()


__all__ = ["LINE", "SENTENCE", "Levels", "Marker", "infer_levels"]
