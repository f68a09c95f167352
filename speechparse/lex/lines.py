"""Stage 3c, lex lines: part labels (附件1, 名词解释) and the closing formula."""

from __future__ import annotations

from typing import Final

import regex

from speechparse.vocab import CLOSING, PART_LABEL

# Patterns: bounded, no nested quantifiers, indentation read possessively: no timeout needed.
_PART_LABEL_LINE: Final = regex.compile(rf"(?m)^[ \t]*+(?P<label>{PART_LABEL})[ \t]*$")
_CLOSING_LINE: Final = regex.compile(rf"[ \t]*(?P<closing>{CLOSING})[ \t]*")
#: the closing formula must be among the last lines of the text
CLOSING_WINDOW: Final = 3


def find_part_labels(folded: str) -> list[tuple[int, int]]:
    """Spans of lines that start a new part of the document (label only, no line break)."""
    return [match.span("label") for match in _PART_LABEL_LINE.finditer(folded)]


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
