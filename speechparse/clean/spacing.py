"""Spaced-out words: 关 键 词, 目 录 — single characters a layout padded with spaces.

Spaces go only inside a run of single Han characters that is a whole line, a
run of three or more, or a run before a colon; a space between two words
(中共中央 国务院) or a name padded to width in a list stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

if TYPE_CHECKING:
    from speechparse.clean import CleanState

# Patterns: one unbounded repeat of a bounded group, matched in one pass: no timeout needed.
_RUN: Final = regex.compile(r"(?<!\p{Han})\p{Han}(?:[ ]{1,2}\p{Han}(?!\p{Han}))+")
_SPACES: Final = regex.compile(r"[ ]+")


def close_spaced_words(state: CleanState) -> None:
    """Mark the spaces inside spaced-out words for removal."""
    text = state.folded
    spans: list[tuple[int, int]] = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        tokens = match.group().count(" ") and len(_SPACES.split(match.group()))
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:len(text) if line_end < 0 else line_end].strip()
        if tokens >= 3 or line == match.group() or text[end:end + 1] == ":":
            spans.extend(space.span() for space in _SPACES.finditer(text, start, end))
    state.remove(spans)
