"""Stage 2, clean: raw text in, the text a person would have typed out.

Cleaning is a chain of named rules (:data:`RULES`), run in order over a
:class:`CleanState`. A rule only *marks* spans of the current text for removal
and may note what the noise said (:class:`~speechparse.model.Meta` fields);
the state deletes the marked spans after each rule, so every rule sees the text
its predecessors left, and keeps the map back to the raw input. Nothing is ever
inserted or replaced, which is what keeps provenance exact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from attrs import fields, frozen
from regex import Match

from speechparse.clean.chat import CHAT_RULE_NAMES, remove_chat_replies
from speechparse.clean.chunks import stitch_page_chunks
from speechparse.clean.comments import COMMENT_RULE_NAMES, remove_comment_cards
from speechparse.clean.duplicates import (
    BOOKLET_COVER_RULE,
    remove_continued_headings,
    remove_fused_document_number,
    remove_glued_file_name,
    remove_glued_title_copies,
    remove_labelled_title_copy,
    remove_part_label,
    remove_preview_summary,
    remove_repeated_opening,
    remove_repeated_paragraphs,
    remove_repeated_title_lines,
    remove_running_lines,
    remove_screenshot_overlaps,
    remove_table_of_contents,
    remove_variant_numbers,
)
from speechparse.clean.forum import FORUM_RULE_NAMES, remove_forum_floors
from speechparse.clean.generic import RULE_NAMES as GENERIC_RULE_NAMES
from speechparse.clean.generic import mark_generic_noise, remove_markup
from speechparse.clean.junk import (
    remove_jammer,
    remove_line_numbers,
    remove_lost_characters,
    remove_stray_dots,
    undo_doubling,
)
from speechparse.clean.linebreaks import join_broken_lines
from speechparse.clean.rules import (
    close_paragraph_spacing,
    drop_carriage_returns,
    drop_form_feeds,
    drop_invisible_characters,
    note_truncation,
    remove_heading_decorations,
    trim_outer_space,
)
from speechparse.clean.spacing import close_spaced_words
from speechparse.clean.subtitles import remove_caption_stamps, remove_subtitle_frames
from speechparse.clean.table import GENERIC, SITES, mark_table
from speechparse.limits import UNLIMITED, StructureBudget
from speechparse.model import Meta, OffsetMap, Removal
from speechparse.prefilter import LineStart
from speechparse.widths import fold

_T = TypeVar("_T")

__all__ = ["RULES", "RULE_NAMES", "CleanState", "CleanText", "OffsetMap", "Removal", "clean"]


class CleanState:
    """What the cleaning rules work on: the current text and what was removed."""

    def __init__(self, raw: str, budget: StructureBudget | None = None, *, site_rules: bool = True,
                 blank_lines_part_paragraphs: bool = False) -> None:
        self.raw = raw
        self.budget = budget or UNLIMITED
        #: whether the site table applies (the generic layer always does)
        self.site_rules = site_rules
        #: whether the source's syntax says a blank line ends a paragraph (Markdown's): never a layout's wrap
        self.blank_lines_part_paragraphs = blank_lines_part_paragraphs
        self.text = raw
        self.folded = fold(raw)
        self.offsets = OffsetMap.identity(len(raw))
        self.removals: list[Removal] = []
        self.meta: dict[str, Any] = {}
        self.rule = ""
        self._pending: list[tuple[int, int, str]] = []
        self._line_starts: dict[bool, LineStart] = {}
        #: what rules derived from the current text; a commit that changes the text forgets it (holding
        #: the text it was made from would keep a copy of a text no longer current)
        self._derived: dict[Callable[[str], Any], Any] = {}

    def remove(self, spans: Iterable[tuple[int, int]], rule: str | None = None) -> None:
        """Mark spans of the current text for removal by ``rule`` (default: the running rule)."""
        name = rule or self.rule
        pending, budget = self._pending, self.budget
        room = budget.limit - len(self.removals)
        for start, end in spans:
            if end > start:
                pending.append((start, end, name))
                if len(pending) > room:  # stop before listing them all
                    budget.check(len(self.removals) + len(pending))

    def remove_matches(self, matches: Iterable[Match[str]], group: int | str = 0, rule: str | None = None) -> None:
        """Mark the spans of ``matches`` (of their ``group``) for removal, read one match at a time: the
        structure budget stops a hostile text's millions of matches before they are all listed."""
        self.remove(_spans(matches, group), rule)

    def line_starts(self, *, folded: bool = True) -> LineStart:
        """The line index of the current text (folded or not), made once per text."""
        known = self._line_starts.get(folded)
        if known is None:  # a commit that changes the text forgets the index
            known = self._line_starts[folded] = LineStart(self.folded if folded else self.text)
        return known

    def derived(self, make: Callable[[str], _T]) -> _T:
        """``make(folded)`` for the current folded text, made once per text: what several rules
        read alike (the head's lines) is not worked out again by each while no rule removes anything."""
        if make not in self._derived:
            self._derived[make] = make(self.folded)
        return self._derived[make]  # type: ignore[no-any-return]

    def marked_whole(self, start: int, end: int) -> bool:
        """Whether one span marked (not yet committed) covers ``start:end``: a line a table's rule already took."""
        return any(span_start <= start and stop >= end for span_start, stop, _ in self._pending)

    def marked_to_end(self) -> int:
        """Where the spans marked (not yet committed) that run to the end of the text start, one after another with
        nothing but spaces between them: a table's rule that cut the rest (a page's comments), a page's script
        lines; the text's length where none does."""
        start = len(self.text)
        for span_start, stop, _ in sorted(self._pending, key=lambda span: span[1], reverse=True):
            if stop >= start or not self.text[stop:start].strip():
                start = min(start, span_start)
        return start

    def read_as(self, char: str, positions: Sequence[int]) -> None:
        """Read the folded text's characters at ``positions`` as ``char`` (a dot typed for 。): the text as
        written keeps them, every later rule reads the folded text. No line break is read so."""
        if not positions:
            return
        folded = list(self.folded)
        for position in positions:
            folded[position] = char
        self.folded = "".join(folded)
        self._derived.clear()

    def marked_by(self, rules: frozenset[str]) -> list[tuple[int, int]]:
        """The spans marked (not yet committed) by any of ``rules``, in the order they were marked."""
        return [(start, end) for start, end, rule in self._pending if rule in rules]

    def marked_starts(self) -> frozenset[int]:
        """Where the spans marked so far (not yet committed) start: a line a rule took starts one."""
        return frozenset(start for start, _, _ in self._pending)

    def note(self, **meta: Any) -> None:
        """Record what the noise says; the first value found for a field stays."""
        for key, value in meta.items():
            if value is not None and self.meta.get(key) in (None, (), False):
                self.meta[key] = value

    def commit(self) -> None:
        """Delete the spans marked since the last commit."""
        if not self._pending:
            return  # most rules find nothing in most texts
        # where two rules mark text from one place, the one that names a shape (a site's line, a
        # breadcrumb) names the removal, not the generic layer's judgement of a line
        pending = sorted(self._pending,
                         key=lambda item: (item[0], item[2].startswith(GENERIC_PREFIX), item[1], item[2]))
        self._pending = []
        merged: list[list[Any]] = []
        for start, end, rule in pending:
            if merged and start < merged[-1][1]:  # touching spans stay apart: each keeps its rule
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end, rule])
        spans = [(start, end) for start, end, _ in merged]
        for start, end, rule in merged:
            # a span that straddles earlier removals is recorded piece by piece, so each
            # removal's text is exactly the raw input at its span
            for raw_start, raw_end in self.offsets.raw_pieces((start, end)):
                self.removals.append(Removal(rule, (raw_start, raw_end), self.raw[raw_start:raw_end]))
        self.text = apply_deletions(self.text, spans)
        self.folded = apply_deletions(self.folded, spans)
        self._derived.clear()
        self._line_starts.clear()
        self.offsets = self.offsets.delete(spans)


def _spans(matches: Iterable[Match[str]], group: int | str) -> Iterator[tuple[int, int]]:
    # a generator function, not a generator expression: compiled (setup.py), an expression passed
    # as an argument is built as a list first
    for match in matches:
        yield match.span(group)


Rule = Callable[[CleanState], None]
#: the names of the generic layer's removals start with this
GENERIC_PREFIX = "generic."


def remove_boilerplate(state: CleanState) -> None:
    """Web furniture: the known sites' lines (unless ``site_rules`` is off), the web's noise
    with a shape of its own, and what the generic layer judges furniture, all marked on the
    same text and removed together."""
    if state.site_rules:
        mark_table(state, SITES)
    mark_table(state, GENERIC)
    mark_generic_noise(state)
_META_FIELDS = frozenset(field.name for field in fields(Meta))

#: the cleaning chain, in order: (name, rule)
RULES: Sequence[tuple[str, Rule]] = (
    ("carriage_returns", drop_carriage_returns),
    ("form_feeds", drop_form_feeds),
    ("invisible_characters", drop_invisible_characters),
    ("line_numbers", remove_line_numbers),
    ("markup", remove_markup),
    ("subtitle_cues", remove_subtitle_frames),
    ("caption_stamps", remove_caption_stamps),
    ("comment_cards", remove_comment_cards),
    ("chat_replies", remove_chat_replies),
    ("forum_floors", remove_forum_floors),
    ("heading_decorations", remove_heading_decorations),
    ("boilerplate", remove_boilerplate),
    ("jammer", remove_jammer),
    ("doubling", undo_doubling),
    ("stray_dots", remove_stray_dots),
    ("lost_characters", remove_lost_characters),
    ("page_chunks", stitch_page_chunks),
    ("glued_file_name", remove_glued_file_name),
    ("variant_numbers", remove_variant_numbers),
    ("repeated_opening", remove_repeated_opening),
    ("table_of_contents", remove_table_of_contents),
    ("part_label", remove_part_label),
    ("repeated_title_lines", remove_repeated_title_lines),
    ("running_lines", remove_running_lines),
    ("continued_headings", remove_continued_headings),
    ("fused_document_number", remove_fused_document_number),
    ("glued_title_copies", remove_glued_title_copies),
    ("labelled_title_copy", remove_labelled_title_copy),
    ("preview_summary", remove_preview_summary),
    ("screenshot_overlaps", remove_screenshot_overlaps),
    ("repeated_paragraphs", remove_repeated_paragraphs),
    ("spaced_words", close_spaced_words),
    ("broken_lines", join_broken_lines),
    ("outer_space", trim_outer_space),
    ("paragraph_spacing", close_paragraph_spacing),
    ("truncation", note_truncation),
)


#: every name a :class:`Removal` may carry: the chain's rules, the tables' entries, the generic layer's
RULE_NAMES: frozenset[str] = frozenset(
    [name for name, _ in RULES] + [rule.name for rule in (*SITES.source, *GENERIC.source)] + list(GENERIC_RULE_NAMES)
    + list(CHAT_RULE_NAMES) + list(FORUM_RULE_NAMES) + list(COMMENT_RULE_NAMES) + [BOOKLET_COVER_RULE])


@frozen
class CleanText:
    """The cleaned text, what was removed from the raw input, and the map back."""

    text: str
    folded: str  # ``text`` folded by :func:`speechparse.widths.fold`
    removals: tuple[Removal, ...]
    offsets: OffsetMap
    meta: Meta


def clean(raw: str, rules: Sequence[tuple[str, Rule]] = RULES, *, budget: StructureBudget | None = None,
          site_rules: bool = True, blank_lines_part_paragraphs: bool = False) -> CleanText:
    """Run the cleaning chain over ``raw``.

    With a ``budget``, raise :class:`speechparse.StructureTooDenseError` as soon
    as the removed spans alone are over it. With ``site_rules=False`` the site
    table is left out: only what any page shows decides what is noise. With
    ``blank_lines_part_paragraphs`` (a Markdown source), no line is joined to
    the next across a blank line.
    """
    state = CleanState(raw, budget, site_rules=site_rules, blank_lines_part_paragraphs=blank_lines_part_paragraphs)
    for name, rule in rules:
        state.rule = name
        rule(state)
        state.commit()
    return CleanText(
        text=state.text,
        folded=state.folded,
        removals=tuple(sorted(state.removals, key=lambda removal: removal.span)),
        offsets=state.offsets,
        meta=Meta(**{key: value for key, value in state.meta.items() if key in _META_FIELDS}),
    )


def apply_deletions(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without ``spans`` (sorted, disjoint)."""
    out: list[str] = []
    position = 0
    for start, end in spans:
        out.append(text[position:start])
        position = end
    out.append(text[position:])
    return "".join(out)
