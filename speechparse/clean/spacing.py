"""Spaced-out words: 关 键 词, 目 录 — single characters a layout padded with spaces.

Spaces go only inside a run of single Han characters that is a whole line, a
run of three or more, or a run before a colon; a space between two words
(中共中央 国务院) or a name padded to width in a list stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from speechparse.lazyregex import lazy_compile

if TYPE_CHECKING:
    from speechparse.clean import CleanState

# Patterns: bounded, no nested quantifiers: no timeout needed. A spaced-out run is
# followed token by token in Python, not by one repeated group: the regex module
# keeps memory for every repetition of a group, 160 bytes per character of a run.
#: the first two tokens of a spaced-out run: 工 作
#: (up to four spaces: a 公文's title word is spaced out that wide, 决    定)
#: (a template's blank spaced out with the words: × × 镇 突 发 …)
_TOKEN: Final = r"[\p{Han}×○]"
_RUN_START: Final = lazy_compile(rf"(?<!{_TOKEN}){_TOKEN}[ ]{{1,4}}{_TOKEN}(?!{_TOKEN})")
#: one more token of the run
_RUN_NEXT: Final = lazy_compile(rf"[ ]{{1,4}}{_TOKEN}(?!{_TOKEN})")
#: the farthest _RUN_NEXT reads from where it is tried (four spaces, a character, the one after it)
_RUN_NEXT_REACH: Final = 6
_SPACES: Final = lazy_compile(r"[ ]+")
#: the words of a date with its figures left blank (年  月  日, 月  日)
_DATE_WORDS: Final = frozenset({"年月日", "年月", "月日"})


def close_spaced_words(state: CleanState) -> None:
    """Mark the spaces inside spaced-out words for removal."""
    state.remove(_spaces_in_spaced_words(state.folded))


def _spaces_in_spaced_words(text: str) -> Iterator[tuple[int, int]]:
    # a generator: a text spaced out character by character has a space every two characters,
    # and the structure budget must be able to stop it before they are all listed
    position = 0
    while (match := _RUN_START.search(text, position)) is not None:
        start, end = match.span()
        tokens = 2
        while (following := _RUN_NEXT.match(text, end, end + _RUN_NEXT_REACH)) is not None:
            end = following.end()
            tokens += 1
        position = end
        run = text[start:end]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:len(text) if line_end < 0 else line_end].strip()
        if _SPACES.sub("", run) in _DATE_WORDS:
            continue  # 2031年  月  日: the spaces are a date's blank figures, left for the writer to fill in
        if tokens >= 3 or line == run or text[end:end + 1] == ":":
            for space in _SPACES.finditer(text, start, end):  # (a loop: compiled, an expression is a list)
                yield space.span()
