"""The limits that keep a parse bounded: input size and structure density.

Reading and cleaning cost time and memory per character, but the later stages
(levels, blocks, the grammar, the tree) cost them per *node*: about 50 µs and
1 KB for each heading, point or paragraph. A text made of nothing but
structure, such as a line of numbered headings every five characters, would
cost fifteen times the time and ninety times the memory of a speech of the
same size. No document carries that much structure, so, as expat limits how
far entities may amplify an XML file, the parser refuses a text with more
*structure units* (lines with text, plus numbering-marker candidates, both
counted right after cleaning and lexing, before the costly stages) than an
allowance plus one unit per :data:`CHARS_PER_UNIT` characters. The densest
real documents we know (tables of tasks, one short line each) carry one unit
per 18 characters over a few hundred lines; the allowance alone covers any
document of up to 20,000 lines.
"""

from __future__ import annotations

from typing import Final

import regex
from attrs import frozen

from speechparse.errors import StructureTooDenseError

#: inputs larger than this many bytes are refused unless a caller allows more
DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
#: structure units any text may hold, however short
STRUCTURE_ALLOWANCE: Final = 20_000
#: beyond the allowance, one structure unit per this many characters of cleaned text
CHARS_PER_UNIT: Final = 12

# Line start, spaces, then a character that is not a space: no nested
# quantifiers, and the spaces are scanned once per line: no timeout needed.
_LINE_WITH_TEXT: Final = regex.compile(r"(?m)^[^\S\n]*\S")


@frozen
class Limits:
    """What one parse may take: ``max_bytes`` of input, ``max_units`` of structure.

    ``max_units`` of ``None`` means the default for the text's length,
    :func:`structure_limit`.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_units: int | None = None


def structure_limit(length: int) -> int:
    """The default number of structure units a cleaned text of ``length`` characters may hold."""
    return STRUCTURE_ALLOWANCE + length // CHARS_PER_UNIT


def count_lines_with_text(folded: str) -> int:
    """Lines holding anything but spaces: each is at least one block of the tree."""
    return sum(1 for _ in _LINE_WITH_TEXT.finditer(folded))


def check_structure(units: int, length: int, max_units: int | None, path: str | None) -> None:
    """Raise :class:`StructureTooDenseError` when ``units`` exceed the limit for ``length`` characters."""
    limit = structure_limit(length) if max_units is None else max_units
    if units > limit:
        raise StructureTooDenseError(path, units, length, limit)
