"""The limits that keep a parse bounded: input size and structure density.

Reading and cleaning cost time and memory per character, but the later stages
(levels, blocks, the grammar, the tree) cost them per *node*: tens of
microseconds and most of a kilobyte for each heading, point or paragraph. A
text made of nothing but structure, such as a numbered heading every five
characters, would cost over ten times the time and fifty times the memory of a
speech of the same size. No document carries that much structure, so, as
expat limits how far entities may amplify an XML file, the parser refuses a
text with more *structure units* than an allowance plus one unit per
:data:`BYTES_PER_UNIT` bytes of text in UTF-8 (twenty Chinese characters).

The units are what the result is made of: lines with text, numbering-marker
candidates, spans that cleaning removes (each is a ``Removal`` of the result,
and a text spaced out character by character has one every two characters) and
placeholders. Lines are counted before cleaning, whose cost is per line too;
removals as cleaning marks them, before they are recorded; candidates as the
lexer finds them and placeholders as they are found, before the stages that
cost per node. The Word reader counts what it builds (paragraphs, runs, table
cells) the same way, against the size of the XML it reads. So a refused text
costs about what reading and cleaning it cost, and the densest text accepted
stays within 3× the time per MB of an ordinary speech and 20× its own size in
memory, for the parse and its JSON together (``benchmarks/bench_adversarial.py``
measures both): a point, with its JSON, holds about a kilobyte, which is what
sets one unit per 60 bytes. The bound is in bytes, not characters, because
that is what time and memory are measured against: 60 bytes of ASCII are 60
characters but one line all the same.

A typical document carries one unit per 170 bytes (the median of the dev
corpus); garbled scrapes, whose jammer text is removed piece by piece, reach
one per 23 bytes over a few pages. The allowance covers any document of up to
20,000 units whatever its density; beyond it, ``max_units`` lets a text through.
"""

from __future__ import annotations

import sys
from typing import Final

from attrs import frozen

from speechparse.errors import StructureTooDenseError

#: inputs larger than this many bytes are refused unless a caller allows more
DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
#: structure units any text may hold, however short
STRUCTURE_ALLOWANCE: Final = 20_000
#: beyond the allowance, one structure unit per this many bytes of text (UTF-8)
BYTES_PER_UNIT: Final = 60


def structure_limit(size: int) -> int:
    """The default number of structure units a text of ``size`` bytes (UTF-8) may hold."""
    return STRUCTURE_ALLOWANCE + size // BYTES_PER_UNIT


def utf8_size(text: str) -> int:
    """The size of ``text`` in UTF-8, without keeping the encoded copy."""
    return len(text.encode("utf-8", "surrogatepass"))


@frozen
class StructureBudget:
    """The structure units one text may hold: ``limit``, for a text of ``size`` bytes from ``path``."""

    limit: int
    size: int
    path: str | None = None

    @classmethod
    def for_text(cls, text: str, max_units: int | None = None, path: str | None = None) -> StructureBudget:
        """The budget of ``text``: ``max_units`` if given, else :func:`structure_limit` of its size."""
        size = utf8_size(text)
        return cls(structure_limit(size) if max_units is None else max_units, size, path)

    def check(self, units: int) -> None:
        """Raise :class:`StructureTooDenseError` if ``units`` are over the budget."""
        if units > self.limit:
            raise StructureTooDenseError(self.path, units, self.size, self.limit)


#: the budget of a stage called without one: nothing is ever over it
UNLIMITED: Final = StructureBudget(limit=sys.maxsize, size=0)
