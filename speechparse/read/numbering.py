"""Word's automatic numbering, written back as the label a reader sees (一、 （一） 1. ① 壹、 …).

A paragraph's ``text`` in the file leaves its automatic number out, so an
auto-numbered 一、 or （一） would vanish. :class:`NumberingRenderer` reads the
definitions of ``numbering.xml`` (``w:abstractNum`` levels and the ``w:num``
lists over them) and renders each numbered paragraph's label from its level's
``w:lvlText`` template (``（%1）``, ``%1.%2``) and number format, counting
restarts and levels as Word does.

**Formats** (ECMA-376 ST_NumberFormat, with Word's behaviour where [MS-OI29500]
and [MS-DOCX] say it differs): the Chinese counting systems, the legal
(financial) digits, digit-by-digit ideographs, the heavenly stems, earthly
branches and their sexagenary cycle, enclosed and full-width digits, letters and
Roman numerals. A value a format cannot write (甲 … 癸 have ten) is written in
decimal; Japanese, Korean and the other scripts' formats are written in decimal too.

**Bounds.** A start is read as Word's dialog allows it, 0 to 32,767; a label is
at most :data:`MAX_LABEL` characters whatever the template and the number, so a
file of a few bytes cannot make a label of gigabytes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from attrs import frozen

from speechparse.vocab.schemes import (
    CIRCLED,
    EARTHLY_BRANCHES,
    EVERYDAY_DIGITS,
    EVERYDAY_UNITS,
    FINANCIAL_DIGITS,
    FINANCIAL_UNITS,
    FULLSTOP_DIGITS,
    HEAVENLY_STEMS,
    PAREN_DIGITS,
)

#: the largest start Word's dialog accepts; larger (and negative) starts are brought within 0 … MAX_START
MAX_START: Final = 32_767
#: the longest label written: nine levels of five-digit numbers with their separators fit
MAX_LABEL: Final = 64
#: levels a list may have (w:ilvl 0 … 8)
LEVELS: Final = 9

# The digits, units, stems, branches and enclosed numbers are the scheme table's (vocab.schemes); what is
# Word's own is below: the zeros it writes, the traditional financial digits, the myriad markers.
_COUNTING: Final = "○" + EVERYDAY_DIGITS[1:]  # chineseCounting writes 100 as 一○○ (U+25CB) [MS-DOCX 2.4]
_IDEOGRAPH_DIGITS: Final = "〇" + EVERYDAY_DIGITS[1:]  # ideographDigital writes 10 as 一〇 (U+3007) [MS-DOCX 2.4]
_LEGAL_TRADITIONAL: Final = "零壹貳參肆伍陸柒捌玖"
_SIMPLIFIED_MARKERS: Final = ("", "万", "亿")
_TRADITIONAL_MARKERS: Final = ("", "萬", "億")
_ENCLOSED_IDEOGRAPHS: Final = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # Word puts them in parentheses [MS-OI29500 2.1.540]
_FULL_WIDTH: Final = str.maketrans("0123456789", "０１２３４５６７８９")
_ROMAN: Final = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _grouped(value: int, digits: str, units: tuple[str, ...], markers: tuple[str, ...], legal: bool) -> str:
    """A number in the myriad system: 十一, 一百零一, 一千零五, 十万零一十, 二万; 壹拾壹 in the legal digits.

    Groups of four digits take the markers 万 and 亿; a gap of zeros inside the
    number is read once as 零; 十 alone (not 一十) opens a number in the counting
    digits, while the legal digits always write 壹拾.
    """
    if value == 0:
        return digits[0] if legal else _COUNTING[0]
    groups = []
    while value:
        value, group = divmod(value, 10_000)
        groups.append(group)
    if len(groups) > len(markers):
        return str(sum(group * 10_000 ** index for index, group in enumerate(groups)))
    out: list[str] = []
    gap = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            gap = bool(out)
            continue
        if out and (gap or group < 1000):
            out.append(digits[0])
        out.append(_group(group, digits, units, legal or bool(out)))
        out.append(markers[index])
        gap = False
    return "".join(out)


def _group(value: int, digits: str, units: tuple[str, ...], leading_one: bool) -> str:
    """Up to four digits: 一千零五, 一百一十; 十一 when the number opens with ten and ``leading_one`` is off."""
    out: list[str] = []
    gap = False
    for power in (3, 2, 1, 0):
        digit = value // 10 ** power % 10
        if digit == 0:
            gap = bool(out)
            continue
        if gap:
            out.append(digits[0])
            gap = False
        if not (power == 1 and digit == 1 and not out and not leading_one):
            out.append(digits[digit])
        out.append(units[power])
    return "".join(out)


def _digit_by_digit(digits: str) -> Callable[[int], str]:
    return lambda value: "".join(digits[int(digit)] for digit in str(value))


def _counting(value: int) -> str:
    """chineseCounting: 一 … 九十九 with 十, then digit by digit (一○○) [MS-DOCX 2.4]."""
    if 0 < value < 100:
        return _group(value, EVERYDAY_DIGITS, EVERYDAY_UNITS, False)
    return _digit_by_digit(_COUNTING)(value)


def _from_set(symbols: str) -> Callable[[int], str]:
    """A format with one symbol per value 1 … len(symbols), and decimal beyond."""
    return lambda value: symbols[value - 1] if 1 <= value <= len(symbols) else str(value)


def _sexagenary(value: int) -> str:
    """ideographZodiacTraditional: 甲子, 乙丑 … 癸亥, the sixty stem-branch pairs."""
    if 1 <= value <= 60:
        return HEAVENLY_STEMS[(value - 1) % 10] + EARTHLY_BRANCHES[(value - 1) % 12]
    return str(value)


def _letters(value: int) -> str:
    """A, B … Z, AA, BB …: the letter repeated once more for every 26 (never longer than a label)."""
    if value < 1:
        return str(value)
    return chr(ord("A") + (value - 1) % 26) * min((value - 1) // 26 + 1, MAX_LABEL)


def _roman(value: int) -> str:
    if value < 1:
        return str(value)
    thousands, value = divmod(value, 1000)
    out = ["M" * min(thousands, MAX_LABEL)]
    for number, letters in _ROMAN[1:]:
        count, value = divmod(value, number)
        out.append(letters * count)
    return "".join(out)


#: numFmt → how a value is written
FORMATS: Final[dict[str, Callable[[int], str]]] = {
    "decimal": str,
    "decimalZero": lambda value: f"{value:02d}",
    "decimalHalfWidth": str,
    "decimalFullWidth": lambda value: str(value).translate(_FULL_WIDTH),
    "decimalFullWidth2": lambda value: str(value).translate(_FULL_WIDTH),
    "decimalEnclosedCircle": _from_set(CIRCLED),
    "decimalEnclosedCircleChinese": _from_set(CIRCLED),
    "decimalEnclosedParen": _from_set(PAREN_DIGITS),
    "decimalEnclosedFullstop": _from_set(FULLSTOP_DIGITS),
    "upperLetter": _letters,
    "lowerLetter": lambda value: _letters(value).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda value: _roman(value).lower(),
    "chineseCounting": _counting,
    "taiwaneseCounting": _counting,
    "japaneseCounting": _counting,
    "chineseCountingThousand": lambda value: _grouped(value, EVERYDAY_DIGITS, EVERYDAY_UNITS, _SIMPLIFIED_MARKERS,
                                                      False),
    "taiwaneseCountingThousand": lambda value: _grouped(value, EVERYDAY_DIGITS, EVERYDAY_UNITS, _TRADITIONAL_MARKERS,
                                                        False),
    "chineseLegalSimplified": lambda value: _grouped(value, FINANCIAL_DIGITS, FINANCIAL_UNITS, _SIMPLIFIED_MARKERS,
                                                     True),
    "ideographLegalTraditional": lambda value: _grouped(value, _LEGAL_TRADITIONAL, FINANCIAL_UNITS,
                                                        _TRADITIONAL_MARKERS, True),
    "ideographDigital": _digit_by_digit(_IDEOGRAPH_DIGITS),
    "taiwaneseDigital": _digit_by_digit(_COUNTING),
    "ideographTraditional": _from_set(HEAVENLY_STEMS),
    "ideographZodiac": _from_set(EARTHLY_BRANCHES),
    "ideographZodiacTraditional": _sexagenary,
    "ideographEnclosedCircle": _from_set(_ENCLOSED_IDEOGRAPHS),
}
#: formats that write no label
NO_LABEL: Final = frozenset({"bullet", "none"})


def format_number(value: int, fmt: str) -> str:
    """A counter written in one of Word's number formats (decimal for a format not listed)."""
    return FORMATS.get(fmt, str)(max(0, value))[:MAX_LABEL]


@frozen
class Level:
    """One level of a list definition: where it starts, how it writes numbers, its label template."""

    start: int
    fmt: str
    #: the label template cut into literal text and level references: ("（", 0, "）") for （%1）
    template: tuple[str | int, ...]
    nothing_after: bool  # w:suff nothing: no tab or space between the label and the text
    legal: bool  # w:isLgl: every level referenced is written in decimal
    style: str | None  # w:pStyle: the paragraph style this level numbers


def parse_template(text: str) -> tuple[str | int, ...]:
    """``%1.%2`` → (0, ".", 1); cut at :data:`MAX_LABEL` characters (a marker is a few)."""
    pieces: list[str | int] = []
    literal: list[str] = []
    index, length = 0, 0
    text = text[:MAX_LABEL * 2]
    while index < len(text) and length < MAX_LABEL:
        if text[index] == "%" and index + 1 < len(text) and "1" <= text[index + 1] <= "9":
            if literal:
                pieces.append("".join(literal))
                literal = []
            pieces.append(int(text[index + 1]) - 1)
            index += 2
        else:
            literal.append(text[index])
            index += 1
        length += 1
    if literal:
        pieces.append("".join(literal))
    return tuple(pieces)


def read_start(value: str | None) -> int:
    """A start as Word reads it: a whole number brought within 0 … MAX_START; 1 if missing or not a number."""
    number = _int(value)
    return 1 if number is None else min(max(number, 0), MAX_START)


def read_level(value: str | None) -> int | None:
    """A level index 0 … 8, or None for anything else."""
    number = _int(value)
    return number if number is not None and 0 <= number < LEVELS else None


def _int(value: str | None) -> int | None:
    if value is None or len(value) > 24:
        return None
    try:
        return int(value)
    except ValueError:
        return None


class NumberingRenderer:
    """The labels of numbered paragraphs, in document order (counters move as paragraphs are labelled)."""

    def __init__(self) -> None:
        self.levels: dict[tuple[str, int], Level] = {}  # (abstractNumId, ilvl) → level
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstractNumId, start overrides)
        self.counters: dict[str, list[int | None]] = {}  # abstractNumId → counter per level
        self.started: set[str] = set()  # numIds whose start overrides were applied
        self.style_levels: dict[tuple[str, str], int] = {}  # (abstractNumId, style) → the level linked to it

    def add_level(self, abstract_id: str, ilvl: int, level: Level) -> None:
        self.levels[(abstract_id, ilvl)] = level
        if level.style is not None:
            self.style_levels.setdefault((abstract_id, level.style), ilvl)

    def add_num(self, num_id: str, abstract_id: str, overrides: dict[int, int]) -> None:
        self.nums[num_id] = (abstract_id, overrides)

    def level_of_style(self, num_id: str, style: str) -> int:
        """The level of list ``num_id`` that a paragraph style is linked to (w:lvl/w:pStyle), else 0."""
        found = self.nums.get(num_id)
        return self.style_levels.get((found[0], style), 0) if found is not None else 0

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next paragraph of list ``num_id`` at level ``ilvl``, or "" (none, a bullet)."""
        if num_id not in self.nums or not 0 <= ilvl < LEVELS:
            return ""
        abstract_id, overrides = self.nums[num_id]
        counters = self.counters.setdefault(abstract_id, [None] * LEVELS)
        if num_id not in self.started and overrides:
            self.started.add(num_id)  # a list restarting where Word was told to restart it
            for overridden, start in overrides.items():
                counters[overridden] = start - 1
        level = self.levels.get((abstract_id, ilvl))
        current = counters[ilvl]
        counters[ilvl] = (level.start if level is not None else 1) if current is None else current + 1
        for deeper in range(ilvl + 1, LEVELS):
            counters[deeper] = None
        if level is None or level.fmt in NO_LABEL:
            return ""
        pieces = []
        for piece in level.template:
            if isinstance(piece, str):
                pieces.append(piece)
                continue
            shown = self.levels.get((abstract_id, piece), level)
            counter = counters[piece]
            value = counter if counter is not None else shown.start
            pieces.append(format_number(value, "decimal" if level.legal else shown.fmt))
        text = "".join(pieces)[:MAX_LABEL]
        if not text:
            return ""
        return text + ("" if level.nothing_after or not text[-1].isalnum() else " ")
