"""Stage 5, points: which point candidates enumerate, given the section tree.

A point (一是, 二要, 首先 …, and the section-style markers that enumerate the
clauses of one sentence) belongs to the innermost section open where it stands.
Within a section, points of one scheme run 1, 2, 3 …: a point is taken where it
starts a run (1) or continues the run of its section (the next number, or 最后
after 其次); one missing number is allowed with a warning. 首先 or 一方面 alone
does not enumerate: without its second item it is dropped.

The result merges the points into the section markers of :mod:`speechparse.levels`,
in document order, each point's ``parent`` the index of its section.
"""

from __future__ import annotations

from collections.abc import Sequence

from speechparse.levels import Divisions, Levels, Marker, Warnings
from speechparse.lex.markers import COMMA, NONE, Candidate
from speechparse.trace import Trace
from speechparse.vocab.schemes import SCHEME_BY_NAME, SECTION


class PointInference:
    """Walks sections and point candidates in document order, keeping the open sections."""

    def __init__(self, candidates: Sequence[Candidate], sections: Levels, resets: Sequence[int],
                 late: Sequence[Candidate] = (), trace: Trace | None = None,
                 divisions: Divisions | None = None) -> None:
        self.candidates = candidates
        self.divisions = divisions
        self.trace = trace
        self.sections = sections
        self.resets = sorted(resets)
        self.late = set(late)
        self.points: list[tuple[Marker, int | None]] = []  # (point, index of its section in sections)
        self.warnings = Warnings()
        self.runs: dict[tuple[int | None, str], int] = {}  # (section, scheme) → last number
        self.ended: set[tuple[int | None, str]] = set()  # runs their 最后 closed: only a new first item follows
        #: the runs a new first item interrupted before they ended, innermost last: a run its 最后 closes inside
        #: an item of another (其次,…具体来说,首先…;其次…;最后…。/ 再次,…) hands the numbering back to it
        self.interrupted: dict[tuple[int | None, str], list[int]] = {}
        #: the last number each section scheme's clause items reached, in whatever section: a document may number
        #: its clauses on through its sections (一、… 1.…;2.…;3.… / 二、… 4.…;5.…: a 村规民约's rules)
        self.reached: dict[str, int] = {}

    def run(self) -> Levels:
        sections = self.sections.markers
        # what happens before each candidate, in order: a part label closes every open section (but a
        # collection's division, at its speeches) (kind 0, first at a tie), a section opens at its level (kind 1)
        events = sorted([(offset, 0, -1) for offset in self.resets] +
                        [(section.start, 1, index) for index, section in enumerate(sections)])
        stack: list[int] = []  # indices of open sections
        event = 0
        for candidate in self.candidates:
            while event < len(events) and events[event][0] <= candidate.start:
                offset, kind, index = events[event]
                if kind == 0:
                    kept = 0 if self.divisions is None else \
                        self.divisions.kept_open(offset, [sections[open_index].start for open_index in stack])
                    del stack[kept:]
                    self.runs.clear()
                    self.ended.clear()
                    self.interrupted.clear()
                    self.reached.clear()
                else:
                    del stack[sections[index].level - 1:]
                    stack.append(index)
                event += 1
            self._point(candidate, stack[-1] if stack else None, len(stack))
        return self._merge()

    def _refuse(self, candidate: Candidate, why: str) -> None:
        if self.trace is not None:
            self.trace.add("points", candidate.start, candidate.end, f"{candidate.key} {candidate.number}: {why}")

    def _point(self, candidate: Candidate, section: int | None, level: int) -> None:
        clause_item = SCHEME_BY_NAME[candidate.scheme].role == SECTION  # (a section's marker that numbers a clause)
        # (做到一要…: the verb of demands leads the first; 做到(1)…;(2)…: a run of clauses shows it enumerates)
        if candidate.boundary == NONE and not candidate.led and not clause_item:
            self._refuse(candidate, "inside a sentence: items of an enumeration follow a break")
            return
        key = (section, candidate.key)
        last = self.runs.get(key)
        number = candidate.number
        if key in self.ended and number != 1:
            self._refuse(candidate, "its run ended with 最后")
            return
        if number is None:  # 最后: the item after the previous one, and only after 其次
            if last is None or last < 2:
                self._refuse(candidate, "最后 ends nothing that went before it")
                return
            number = last + 1
        late = candidate in self.late
        if number == 1 or (last is not None and number == last + 1):
            pass
        elif last is None and clause_item and self.reached.get(candidate.key) == number - 1:
            pass  # the clauses numbered on from the section before
        elif last is None and late:
            self.warnings.add("late_start", f"the enumeration starts at {number}", candidate)
        elif last is not None and number == last + 2 and candidate.boundary != COMMA:
            self.warnings.add("numbering_gap", f"point {last + 2} follows point {last}", candidate)
        else:
            self._refuse(candidate, f"does not continue its section's run (last {last})")
            return
        if number == 1 and last is not None and key not in self.ended:
            self.interrupted.setdefault(key, []).append(last)
        self.runs[key] = number
        if clause_item:
            self.reached[candidate.key] = number
        if candidate.number is None:
            if self.interrupted.get(key):
                self.runs[key] = self.interrupted[key].pop()  # the run inside an item ended: the outer goes on
            else:
                self.ended.add(key)
        else:
            self.ended.discard(key)
        if self.trace is not None:
            self.trace.add("points", candidate.start, candidate.end,
                           f"{candidate.key} {number}: point, in section {'none' if section is None else section}")
        self.points.append((Marker(candidate.start, candidate.end, candidate.scheme, number, "point", level, None),
                            section))

    def _merge(self) -> Levels:
        """Sections and the points that stand, in document order, with parents as indices of the whole list."""
        sections = self.sections.markers
        out: list[Marker] = []
        new_index: dict[int, int] = {}  # index in sections → index in out
        position = 0

        def take_sections_before(offset: int) -> None:
            nonlocal position
            while position < len(sections) and sections[position].start < offset:
                marker = sections[position]
                new_index[position] = len(out)
                out.append(marker if marker.parent is None else marker.with_parent(new_index[marker.parent]))
                position += 1

        for point, section in _without_lone_runs(self.points):
            take_sections_before(point.start)
            out.append(point.with_parent(None if section is None else new_index[section]))
        take_sections_before(len(sections) and sections[-1].start + 1)
        return Levels(tuple(out), (*self.sections.warnings, *self.warnings.all()))


def _without_lone_runs(points: list[tuple[Marker, int | None]]) -> list[tuple[Marker, int | None]]:
    """Drop 首先 / 一方面 that no second item follows: alone they do not enumerate."""
    keep = []
    for index, (point, section) in enumerate(points):
        if SCHEME_BY_NAME[point.scheme].needs_a_run and point.number == 1:
            follower = next((other for other, other_section in points[index + 1:]
                             if other.scheme == point.scheme and other_section == section), None)
            if follower is None or follower.number != 2:
                continue
        keep.append((point, section))
    return keep


def find_points(candidates: Sequence[Candidate], sections: Levels, resets: Sequence[int] = (),
                late: Sequence[Candidate] = (), trace: Trace | None = None,
                divisions: Divisions | None = None) -> Levels:
    """The points among ``candidates`` (point candidates and clause enumerations, in document
    order), merged into ``sections`` (the result of :func:`speechparse.levels.infer_levels`)."""
    return PointInference(candidates, sections, resets, late, trace, divisions).run()


__all__ = ["find_points"]
