"""The pipeline: read → clean → lex → levels (sections) → points → blocks → grammar → tree → placeholders.

Each stage is a function from plain data to plain data in a module of its own;
this module only calls them in order and assembles the :class:`Document`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import partial
from itertools import groupby
from typing import BinaryIO

from attrs import evolve, fields

from speechparse.blocks import cut_blocks
from speechparse.clean import RULES, CleanState, CleanText, OffsetMap, Rule, clean
from speechparse.clean.generic import FOOTNOTE_RULE_NAME, PIECE_RULES, SPEAKER_TURN_RULE, turn_speaker
from speechparse.errors import EmptyInputError, NothingButNoiseError
from speechparse.levels import Divisions, infer_levels
from speechparse.lex.back import find_back_matter
from speechparse.lex.front import find_front_matter
from speechparse.lex.lines import (
    count_lines_with_text,
    division_lines,
    find_agenda_end,
    find_closing,
    find_further_speeches,
    find_lines_with_text,
    find_part_labels,
)
from speechparse.lex.markers import Candidate, lex_markers
from speechparse.lex.runs import (
    bare_items,
    clause_enumerations,
    late_starts,
    note_marks,
    quoted_markers,
    roman_letters,
)
from speechparse.lex.title import clean_title
from speechparse.limits import StructureBudget
from speechparse.model import Document, Meta, Source, StructureWarning
from speechparse.placeholders import find_placeholders
from speechparse.points import find_points
from speechparse.read import DEFAULT_MAX_BYTES, SourceText, read_bytes, read_path, read_stream
from speechparse.read.text import with_line_separators_read
from speechparse.trace import Trace
from speechparse.tree import build_model
from speechparse.vocab.schemes import AGENDA_STEP_SCHEME, LINE

Input = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO


def parse(source: Input, *, max_bytes: int = DEFAULT_MAX_BYTES, max_units: int | None = None,
          site_rules: bool = True) -> Document:
    """Parse a speech or document: a path (``str`` or path-like), ``bytes``, or a binary file object.

    Text files (UTF-8, UTF-16/32 with a byte-order mark, GB18030/GBK/GB2312,
    Big5), Word documents (.docx), saved web pages (.html) and Markdown are
    read; the format is recognised from the content. Raises a subclass of
    :class:`speechparse.ParseError` for input it cannot read (a missing file,
    a folder, bytes that are not text, a legacy .doc, an encrypted file, input
    over ``max_bytes``, text with more than ``max_units`` lines, numbering
    markers, removed spans and placeholders). A string is a path: text goes to
    :func:`parse_text` (a string with a line break, or too long to be a file's
    name, that names no file raises :class:`speechparse.TextGivenAsPathError`).

    ``max_units`` of ``None`` allows the default for the text's size:
    20,000 plus one per 48 bytes of text (see :mod:`speechparse.limits`).
    ``site_rules=False`` leaves out the table of known sites' boilerplate, so
    that only what any page shows decides what is noise (as for a site nobody
    listed).
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        read = read_bytes(bytes(source), max_bytes=max_bytes, max_units=max_units)
    elif isinstance(source, (str, os.PathLike)):
        read = read_path(source, max_bytes=max_bytes, max_units=max_units)
    else:
        read = read_stream(source, max_bytes=max_bytes, max_units=max_units)
    document = parse_source(read, max_units=max_units, site_rules=site_rules)
    if read.meta == Meta():
        return document
    # what the format said (a web page's date and address) joins what cleaning found
    found = {a.name: getattr(read.meta, a.name) for a in fields(Meta) if getattr(read.meta, a.name) != a.default}
    return evolve(document, meta=evolve(document.meta, **found))


def parse_text(text: str, *, path: str | None = None, max_units: int | None = None,
               site_rules: bool = True, markdown: bool = False) -> Document:
    """Parse text that is already decoded; with ``markdown=True``, read it as Markdown (``#`` headings
    as evidence of levels, its syntax removed, as for a .md file).

    Text that is empty or only spaces raises :class:`speechparse.EmptyInputError`, as a file or bytes
    holding it do."""
    if not text or text.isspace():  # (no stripped copy of a text of megabytes)
        raise EmptyInputError(path)
    if markdown:
        from speechparse.read.markdown import read_markdown

        return parse_source(read_markdown(text, path=path, max_units=max_units), max_units=max_units,
                            site_rules=site_rules)
    return parse_source(SourceText(text=text, source=Source(path=path, format="text", encoding=None)),
                        max_units=max_units, site_rules=site_rules)


def parse_source(source: SourceText, *, max_units: int | None = None, site_rules: bool = True,
                 trace: Trace | None = None) -> Document:
    """Run every stage after *read*; with a ``trace``, each stage says what it decided."""
    # a copy's other line separators (Word's manual break, U+2028, a lone CR) end lines as LF does
    text, separated = with_line_separators_read(source.text)
    if separated:
        source = evolve(source, text=text, warnings=(*source.warnings, *separated))
    # cleaning costs per line and the stages after lexing per node: a text made of
    # structure is refused before them (see speechparse.limits)
    budget = StructureBudget.for_text(source.text, max_units, source.source.path)
    if source.text.count("\n") + 1 > budget.limit:  # a text holds no more lines than line breaks and one
        budget.check(count_lines_with_text(source.text))
    rules = RULES if not source.markup else (("reader_markup", _remove_reader_markup(source.markup)), *RULES)
    cleaned = clean(source.text, rules, budget=budget, site_rules=site_rules,
                    blank_lines_part_paragraphs=source.source.format == "md")
    text, folded = cleaned.text, cleaned.folded
    if not text.strip() and source.text.strip():
        raise NothingButNoiseError(source.source.path, tuple(dict.fromkeys(r.rule for r in cleaned.removals)))

    if trace is not None:
        trace.folded = folded
        for removal in cleaned.removals:
            trace.add_text("clean", *removal.span, removal.text, removal.rule)

    line_starts = find_lines_with_text(folded)  # no more than the budget checked above: cleaning only deletes
    candidates = lex_markers(folded, budget=budget, spent=len(line_starts) + len(cleaned.removals), trace=trace)
    # blanks are structure too, found before the stages that cost per node
    placeholders = find_placeholders(text, folded, budget=budget,
                                     spent=len(line_starts) + len(cleaned.removals) + len(candidates))
    part_labels = find_part_labels(folded)
    closing = find_closing(folded)
    back = find_back_matter(folded, line_starts, part_labels=part_labels)
    if back:  # the numbers of an attachment list are not headings, and back matter closes every section
        candidates = [c for c in candidates if not any(piece.start <= c.start < piece.end for piece in back)]
    agenda_end = find_agenda_end(folded)
    resets = [start for start, _ in part_labels] + ([closing[0]] if closing else []) + [p.start for p in back] \
        + (piece_starts := _piece_starts(cleaned) + (speeches := find_further_speeches(folded))) \
        + ([agenda_end] if agenda_end is not None else []) + (floors := _new_speaker_starts(cleaned))
    # …守着你们。”①那一刻…: a note's mark, its note under a rule below
    candidates = _without(candidates, note_marks(folded, candidates), trace,
                          "marks a note written under a rule below: no item")
    # …中国特色。”①这一论断…: a note's mark whose note stood at a page's foot, which cleaning took
    candidates = _without(candidates, _marks_of_removed_footnotes(folded, candidates, cleaned), trace,
                          "marks a note at a page's foot: no item")
    # “下面进行第一项议程,…”: a reported speaker's words; but the clauses they number are its points (他说:“第一,要…;
    # 第二,要…。”)
    quoted = quoted_markers(folded, candidates)
    if quoted:
        quoted -= clause_enumerations(folded, candidates)
    candidates = _without(candidates, quoted, trace, "inside a quotation its line opened: no heading")
    romans = roman_letters(folded, candidates)  # I. before II.: a numeral, not the ninth letter
    if romans:
        if trace is not None:
            for index in sorted(romans):
                letter = candidates[index]
                trace.add("lex", letter.start, letter.end, f"in a run of Roman numerals: roman {romans[index]}")
        candidates = [evolve(c, scheme="roman", number=romans[i]) if i in romans else c
                      for i, c in enumerate(candidates)]
    bare = bare_items(folded, candidates)  # 第四项 among 第N项是: a point of their run
    candidates = [evolve(c, is_point=True, run_scheme=bare[i]) if i in bare else c for i, c in enumerate(candidates)]
    clauses = clause_enumerations(folded, candidates)
    late = [candidates[index] for index in late_starts(folded, candidates)]
    if trace is not None:
        for index in sorted(bare):
            item = candidates[index]
            trace.add("lex", item.start, item.end, f"continues the run of {bare[index]} without its copula: a point")
        for index in sorted(clauses):
            clause = candidates[index]
            trace.add("lex", clause.start, clause.end, "numbers a clause of one sentence: a point")
    # a collection's divisions hold its speeches, and a meeting's agenda steps (下面进行第二项议程,请…) the turns of
    # the speakers they call
    divisions = Divisions(folded, frozenset(speeches + floors),
                          division_lines(folded, speeches) | _agenda_step_lines(folded, candidates if floors else ())) \
        if speeches or floors else None
    if trace is not None:
        for start in floors:
            trace.add("levels", start, start, "another speaker takes the floor: the numbering of the one before closes")
    sections = infer_levels(folded, [c for i, c in enumerate(candidates) if not c.is_point and i not in clauses],
                            resets, _hints_after_cleaning(source, cleaned.offsets), late, trace, divisions)
    levels = find_points([c for i, c in enumerate(candidates) if c.is_point or i in clauses], sections, resets, late,
                         trace, divisions)
    del candidates, sections  # dense input has many: free them before the tree is built

    first_section = next((m.start for m in levels.markers if m.kind == "section"), len(text))
    # (a blank line the cleaning closed parts no title's halves: furniture removed between them does)
    front = find_front_matter(text, folded, first_section,
                              partial(cleaned.offsets.removed_text_between, source.text), source.text)
    levels = levels.from_offset(front.end)

    # (a speaker taking the floor ends the last speaker's sections in the tree as a compilation's piece does)
    blocks = cut_blocks(folded, front, levels.markers, part_labels, closing, line_starts, back, agenda_end,
                        piece_starts + floors, divisions.held_levels(levels.markers) if divisions is not None else None)
    if trace is not None:
        for block in blocks:
            trace.add("blocks", block.start, block.end, block.kind.lower()
                      + (f" level {block.level}" if block.marker is not None else ""))
    body = build_model(text, folded, blocks, levels.markers, cleaned.offsets)

    return Document(
        source=source.source,
        text=text,
        body=body,
        # where the text has no title of its own, the name a site gave the file is its title
        title=front.title or (clean_title(cleaned.meta.file_title) if cleaned.meta.file_title else None),
        meta=cleaned.meta,
        placeholders=tuple(placeholders),
        warnings=(*_reader_warnings_after_cleaning(source, cleaned.offsets), *levels.warnings),
        removed=cleaned.removals,
        source_map=cleaned.offsets.pieces,
    )


def _without(candidates: list[Candidate], dropped: set[int], trace: Trace | None, why: str) -> list[Candidate]:
    """``candidates`` but those at the positions ``dropped``, each traced with ``why``."""
    if not dropped:
        return candidates
    if trace is not None:
        for index in sorted(dropped):
            trace.add("lex", candidates[index].start, candidates[index].end, why)
    return [candidate for index, candidate in enumerate(candidates) if index not in dropped]


#: a transcript's turn of at most this many characters takes no floor: a remark, a question, an answer between
#: the turns of the one who speaks
MAX_INTERJECTION = 80
#: how far after a removed label (a piece's, a speaker's) the first kept character is looked for
_PIECE_REACH = 16


def _marks_of_removed_footnotes(folded: str, candidates: list[Candidate], cleaned: CleanText) -> set[int]:
    """Positions of circled candidates inside a line whose mark opens a page's footnote that cleaning removed (①
    after 。” in the body, ①《…》,人民出版社… at the page's foot): the mark points at the note, no item."""
    marks = {removal.text.lstrip()[:1] for removal in cleaned.removals if removal.rule == FOOTNOTE_RULE_NAME}
    if not marks:
        return set()
    return {index for index, candidate in enumerate(candidates)
            if candidate.scheme == "circled" and candidate.boundary != LINE and folded[candidate.start] in marks}


def _piece_starts(cleaned: CleanText) -> list[int]:
    """Where the pieces of a compilation begin in the cleaned text: after the piece labels cleaning removed."""
    starts = (_first_kept_after(cleaned, removal.span[1]) for removal in cleaned.removals
              if removal.rule in PIECE_RULES)
    return [start for start in starts if start is not None]


def _new_speaker_starts(cleaned: CleanText) -> list[int]:
    """Where another speaker takes the floor in a transcript, in the cleaned text: one speaker's numbering is not
    another's (a speaker's 第三 and the next speaker's 第一个方面 are runs of their own), while one speaker's turns the
    recorder cut go on one list. A short turn between (可以了。, a question, its answer) hands the floor to no one."""
    turns = []
    speaker_lines = sorted((r for r in cleaned.removals if r.rule == SPEAKER_TURN_RULE), key=lambda r: r.span[0])
    for removal in speaker_lines:
        start = _first_kept_after(cleaned, removal.span[1])
        if start is not None:
            turns.append((start, turn_speaker(removal.text)))
    # runs of one speaker's turns, and how much text each holds
    runs: list[tuple[int, str, int]] = []
    for index, (start, speaker) in enumerate(turns):
        end = turns[index + 1][0] if index + 1 < len(turns) else len(cleaned.text)
        if runs and runs[-1][1] == speaker:
            runs[-1] = (runs[-1][0], speaker, runs[-1][2] + end - start)
        else:
            runs.append((start, speaker, end - start))
    starts = []
    holder = None
    for start, speaker, length in runs:
        if length <= MAX_INTERJECTION:
            continue
        if holder is not None and speaker != holder:
            starts.append(start)
        holder = speaker
    return starts


def _agenda_step_lines(folded: str, candidates: Sequence[Candidate]) -> frozenset[int]:
    """The starts of the lines where a meeting's agenda step is called (第二项议程, 第三个环节)."""
    return frozenset(folded.rfind("\n", 0, c.start) + 1 for c in candidates if c.scheme == AGENDA_STEP_SCHEME)


def _first_kept_after(cleaned: CleanText, raw_end: int) -> int | None:
    """The first character kept after a removal that ended at ``raw_end`` (spaces after it may have gone too)."""
    kept = (cleaned.offsets.from_raw(raw) for raw in range(raw_end, raw_end + _PIECE_REACH))
    return next((offset for offset in kept if offset is not None), None)


def _reader_warnings_after_cleaning(source: SourceText, offsets: OffsetMap) -> tuple[StructureWarning, ...]:
    """The reader's warnings, their spans moved to the cleaned text (None where cleaning removed the place)."""
    moved = []
    for warning in source.warnings:
        span = None
        if warning.span is not None:
            start, end = offsets.from_raw(warning.span[0]), offsets.from_raw(warning.span[1] - 1)
            span = (start, end + 1) if start is not None and end is not None else None
        moved.append(StructureWarning(warning.code, warning.message, span))
    return tuple(moved)


def _hints_after_cleaning(source: SourceText, offsets: OffsetMap) -> dict[int, int]:
    """Outline hints of the reader, moved to offsets of the cleaned text."""
    if not source.outline_hints:
        return {}
    moved = ((offsets.from_raw(raw), level) for raw, level in source.outline_hints)
    return {offset: level for offset, level in moved if offset is not None}


def _remove_reader_markup(markup: Sequence[tuple[int, int, str]]) -> Rule:
    """A cleaning rule, run first, that deletes the format's syntax a reader found (Markdown's ``#`` …),
    each span recorded under the name of its construct."""

    def remove_reader_markup(state: CleanState) -> None:
        for rule, spans in groupby(sorted(markup, key=lambda span: span[2]), key=lambda span: span[2]):
            state.remove(((start, end) for start, end, _ in spans), rule=rule)

    return remove_reader_markup
