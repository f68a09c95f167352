"""Stage 3c, lex lines: lines with text, part labels (附件1, 名词解释) and the closing formula."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from speechparse.lazyregex import lazy_compile
from speechparse.prefilter import search_lines_holding
from speechparse.vocab import AGENDA_DONE, CLOSING, PART_LABELS, SALUTATION
from speechparse.vocab.schemes import LINE_START_MARKER

# Patterns: bounded, no nested quantifiers, indentation read possessively: no timeout needed.
# one pattern per form, led by its literal, the indentation read behind it
_PART_LABEL_LINES: Final = tuple(lazy_compile(rf"(?m)(?<=^[ \t]*)(?P<label>{form})[ \t]*$") for form in PART_LABELS)
_CLOSING_LINE: Final = lazy_compile(rf"[ \t]*(?P<closing>{CLOSING})[ \t]*")
#: the closing formula must be among the last lines of the text
CLOSING_WINDOW: Final = 3
_AGENDA_DONE: Final = lazy_compile(AGENDA_DONE)
#: how far back the start of the sentence that closes an agenda is looked for
MAX_SENTENCE_REACH: Final = 200
# A line break, then spaces and something else: the break before a line with text.
# The regex engine scans for "\n" and skips blank lines itself, so a text of millions
# of empty lines costs no Python work per line. Python's re scans a line break and a class
# twice as fast as regex; its \s also holds \x1c-\x1f (str.isspace), regex's does not, and
# these are written out so both read a space alike.
_BREAK_BEFORE_TEXT: Final = re.compile(r"\n[^\S\n\x1c-\x1f]*+(?=[\S\x1c-\x1f])")
_TEXT_ON_FIRST_LINE: Final = re.compile(r"[^\S\n\x1c-\x1f]*+[\S\x1c-\x1f]")


_SALUTATION_LINE: Final = lazy_compile(rf"(?:{SALUTATION})")
_MARKER_START: Final = lazy_compile(LINE_START_MARKER)
#: the longest salutation line, and the longest line of a speech's title or of its speaker above it in a collection
MAX_SALUTATION_LINE: Final = 40
MAX_SPEECH_HEAD_LINE: Final = 60
#: the shortest line that holds a title and a speaker joined (a short line alone under a sentence is no such head)
MIN_JOINED_HEAD: Final = 12


def find_further_speeches(folded: str) -> list[int]:
    """Where each further speech of a collection begins (…表态发言材料: 筑牢堤防 护佑平安 / 县水利局局长XXX / 各位领导、
    同志们: / …): at its title, two short lines of no mark right above a salutation that is its line's whole, after
    the first such salutation (the first speech's). One speech's own salutations stand under no such lines."""
    starts = []
    salutations = 0
    colon = folded.find(":")
    while colon >= 0:
        line_end = folded.find("\n", colon)
        line_end = len(folded) if line_end < 0 else line_end
        line_start = folded.rfind("\n", 0, colon) + 1
        content = folded[line_start:line_end].strip()
        if content.endswith(":") and is_salutation_line(content):
            salutations += 1
            above = _lines_above(folded, line_start, 2)
            # (the title and the speaker's line, or the two on one line where a copy joined them, under a sentence)
            if salutations > 1 and len(above) == 2 and _is_speech_head(folded[above[0][0]:above[0][1]]):
                if _is_speech_head(folded[above[1][0]:above[1][1]]):
                    starts.append(above[1][0])
                elif folded[above[1][1] - 1] in "。!?" and above[0][1] - above[0][0] >= MIN_JOINED_HEAD:
                    starts.append(above[0][0])
        colon = folded.find(":", line_end)
    return starts


def is_salutation_line(content: str) -> bool:
    """Whether a line (trimmed) is a salutation, the whole of it (同志们:, 尊敬的各位领导、各位来宾:)."""
    return len(content) <= MAX_SALUTATION_LINE and _SALUTATION_LINE.fullmatch(content) is not None


def division_lines(folded: str, speeches: Sequence[int]) -> frozenset[int]:
    """Where each line stands that holds a heading right above a further speech (第二部分　交流发言 over the first
    speaker's title): a division of the collection, holding that speech and the ones after it (the line's start)."""
    found = set()
    for start in speeches:
        above = _lines_above(folded, folded.rfind("\n", 0, start) + 1, 1)
        # (a heading alone: a sentence there is the speech before, its last paragraph)
        if above and above[0][1] - above[0][0] <= MAX_SPEECH_HEAD_LINE \
                and not any(char in folded[above[0][0]:above[0][1]] for char in "。!?;"):
            found.add(folded.rfind("\n", 0, above[0][0]) + 1)
    return frozenset(found)


def _lines_above(folded: str, position: int, count: int) -> list[tuple[int, int]]:
    """The ``count`` lines with text right above the line at ``position``, nearest first, trimmed."""
    found: list[tuple[int, int]] = []
    end = position - 1
    while end > 0 and len(found) < count:
        start = folded.rfind("\n", 0, end) + 1
        first, last = trimmed(folded, start, end)
        if last > first:
            found.append((first, last))
        end = start - 1
    return found


def _is_speech_head(content: str) -> bool:
    """A speech's title or its speaker's line in a collection: short, no mark of a sentence or a clause, no marker."""
    return len(content) <= MAX_SPEECH_HEAD_LINE and not any(char in content for char in "。,;:!?、") \
        and _MARKER_START.match(content) is None


def find_lines_with_text(folded: str) -> list[int]:
    """Where each line holding anything but spaces begins, in order."""
    first = [0] if _TEXT_ON_FIRST_LINE.match(folded) is not None else []
    return first + [match.start() + 1 for match in _BREAK_BEFORE_TEXT.finditer(folded)]


def count_lines_with_text(text: str) -> int:
    """Lines holding anything but spaces, counted without listing them (the text may be any size)."""
    # counted match by match: subn would count in C but keeps every piece between matches
    return (_TEXT_ON_FIRST_LINE.match(text) is not None) + sum(1 for _ in _BREAK_BEFORE_TEXT.finditer(text))


def trimmed_lines(text: str, span: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` within ``span`` that hold text, each without the spaces around it."""
    start, end = span
    while start < end:
        newline = text.find("\n", start, end)
        line_end = end if newline < 0 else newline
        first, last = trimmed(text, start, line_end)
        if last > first:
            yield first, last
        start = line_end + 1


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the spaces at either end (empty where it holds nothing else)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_part_labels(folded: str) -> list[tuple[int, int]]:
    """Spans of lines that start a new part of the document (label only, no line break)."""
    return sorted(match.span("label") for pattern in _PART_LABEL_LINES for match in pattern.finditer(folded))


def find_agenda_end(folded: str) -> int | None:
    """Where a chairing script's wrap-up begins: the start of the sentence that says the agenda is done
    (…各项议程已全部完成。), the last such one; None where no sentence says so."""
    last = None
    # only the lines holding 议程 or 结束 (its branches open with words as common as 会 and 大)
    for match in search_lines_holding(_AGENDA_DONE, folded):
        last = match
    if last is None:
        return None
    start = last.start()
    floor = max(0, start - MAX_SENTENCE_REACH)
    return max(floor, *(folded.rfind(mark, floor, start) + 1 for mark in "。!?;\n"))


def find_closing(folded: str) -> tuple[int, int] | None:
    """Span of a closing formula (谢谢大家！) standing alone on one of the last lines."""
    end = len(folded)
    for _ in range(CLOSING_WINDOW):
        stripped_end = len(folded[:end].rstrip())
        start = folded.rfind("\n", 0, stripped_end) + 1
        if stripped_end <= start:
            return None
        match = _CLOSING_LINE.fullmatch(folded, start, stripped_end)
        if match is not None:
            return match.span("closing")
        end = start
    return None
