"""Small cleaning rules that need no table of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from speechparse.clean import CleanState

_CR_BEFORE_LF = regex.compile(r"\r(?=\n)")


def drop_carriage_returns(state: CleanState) -> None:
    """CRLF line ends become LF: the CR of each pair goes."""
    state.remove(match.span() for match in _CR_BEFORE_LF.finditer(state.text))
