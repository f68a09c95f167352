"""Width- and script-insensitive matching that keeps every offset.

Chinese text mixes full-width and half-width punctuation (``，`` and ``,``,
``（一）`` and ``(一)``), and some of it is written in traditional characters
(``講話`` for ``讲话``). Patterns should match every form without the text being
changed, because every span the parser reports must index the text the user
gets back. NFKC would do the width folding but also turns ``①`` into ``1`` and
may change lengths, so instead :func:`fold` maps single code points to single
code points: the folded string has the same length as the original, and offsets
into one are offsets into the other. Every pattern of :mod:`speechparse.vocab`
is written once, for folded text: half-width punctuation, simplified characters.
"""

from __future__ import annotations

import re
from typing import Final

from speechparse.vocab.variants import ALSO_SIMPLIFIED, SIMPLIFIED, TRADITIONAL


def _build_table() -> dict[int, int]:
    table = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # ！ … ～
    for space in (0x3000, 0x00A0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
                  0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F):
        table[space] = 0x20
    table.update({
        0xFE52: ord("."),   # ﹒ SMALL FULL STOP
        0xFE50: ord(","),   # ﹐ SMALL COMMA
        0xFE54: ord(";"),   # ﹔
        0xFE55: ord(":"),   # ﹕
        0xFE56: ord("?"),   # ﹖
        0xFE57: ord("!"),   # ﹗
        0xFE59: ord("("),   # ﹙
        0xFE5A: ord(")"),   # ﹚
        0xFF61: ord("。"),  # ｡ HALFWIDTH IDEOGRAPHIC FULL STOP
        0xFF64: ord("、"),  # ､ HALFWIDTH IDEOGRAPHIC COMMA
        # the radical 丶 (a dot) that input methods and OCR give for 、 (一丶, 二丶): never a word of running text
        0x4E36: ord("、"),
    })
    # the other styles of an enclosed digit (❶ ➀ ➊ ⓫ ⓵: negative, sans-serif, double circles) are the circled
    # digits' glyphs, which a marker of the ① kind is written with
    for first, count, to in ((0x2776, 10, 0x2460), (0x2780, 10, 0x2460), (0x278A, 10, 0x2460),
                             (0x24EB, 10, 0x246A), (0x24F5, 10, 0x2460)):
        table.update({first + offset: to + offset for offset in range(count)})
    # a keycap drawn around a digit (1️⃣ 2️⃣: the digit, the selector that asks for an emoji's glyph, the keycap) numbers
    # an item as 、 after the digit does; the selector itself shows nothing, as a space
    table[0x20E3] = ord("、")
    table[0xFE0F] = table[0xFE0E] = ord(" ")
    table.update(zip(map(ord, TRADITIONAL), map(ord, SIMPLIFIED), strict=True))
    table.update({ord(traditional): ord(simplified) for traditional, simplified in ALSO_SIMPLIFIED.items()})
    return table


FOLD_TABLE: Final = _build_table()
_FOLD_CHARS: Final = {chr(code): chr(folded) for code, folded in FOLD_TABLE.items()}
# Pattern: one character class: no timeout needed.
_FOLDABLE: Final = re.compile("[" + re.escape("".join(_FOLD_CHARS)) + "]")
#: with more distinct foldable characters than this, one translate pass beats a replace per character
MAX_REPLACED_CHARS: Final = 12


def fold(text: str) -> str:
    """Return ``text`` with full-width ASCII and odd spaces folded to half-width and
    traditional characters to simplified ones.

    The result always has the same length as ``text``.
    """
    # Most texts hold a handful of distinct foldable characters (，：（）): each is found by one
    # search that goes on from where the last stopped, and replaced at C speed everywhere at once
    # (no folded character is itself foldable, so the order does not matter). A text in
    # traditional characters holds hundreds: one translate pass.
    position = 0
    for _ in range(MAX_REPLACED_CHARS):
        found = _FOLDABLE.search(text, position)
        if found is None:
            return text
        char = found.group()
        text = text.replace(char, _FOLD_CHARS[char])
        position = found.end()
    return text if _FOLDABLE.search(text, position) is None else text.translate(FOLD_TABLE)
