"""Stage 8, placeholders: the blanks of a template, what each stands for, and its slot.

A token (X, XX, ×, xx, 某某, 某县's 某, ○○, ** …) is a placeholder when it stands
alone: not inside a Latin word (XJP, Excel), not a multiplication sign between
numbers (3×4), not ○ inside a year written in Chinese numerals (二○○八). Its
kind comes from the first cue of :data:`~speechparse.vocab.PLACEHOLDER_CUES`
that it and its context match: 全X is a region, X同志 a person, X个 a number,
X年 a date.

**Slots.** Blanks that must take the same value share a slot. The slot is named
by the blank and the context word that decided its kind, as a reader would say
it: every 全X is one place (slot ``全X``), every X委 one committee (``X委``),
every X同志 one person (``X同志``). Counts, dates and blanks of unknown kind are
not assumed to repeat: each is a slot of its own, numbered in document order
(``X年#1``, ``X年#2``, ``X个#1`` …), so a template's slot names are the same
every time it is parsed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex
from attrs import frozen

from speechparse.limits import StructureBudget
from speechparse.model import Placeholder
from speechparse.vocab import (
    CN_NUMERAL_CHARS,
    PLACEHOLDER_CUES,
    PLACEHOLDER_NOT_BEFORE,
    PLACEHOLDER_TOKEN,
)

# Patterns: the token and cue tables are bounded alternations: no timeout needed.
_TOKEN: Final = regex.compile(PLACEHOLDER_TOKEN)
_NOT_BEFORE: Final = regex.compile(PLACEHOLDER_NOT_BEFORE)
#: characters of context read on each side to judge the kind
CONTEXT: Final = 6
#: kinds whose blanks with the same cue hold the same value everywhere
SHARED_KINDS: Final = frozenset({"region", "person"})
_BLANKS: Final = regex.compile(r"[XＸx×]")
_OPENING_QUOTES: Final = "“‘\"'("
_CLOSING_QUOTES: Final = "”’」』》\"')"


@frozen
class _Cue:
    kind: str
    token: regex.Pattern[str] | None
    left: regex.Pattern[str] | None
    right: regex.Pattern[str] | None


_CUES: Final = tuple(
    _Cue(kind,
         None if token is None else regex.compile(token),
         None if left is None else regex.compile(f"(?:{left})"),
         None if right is None else regex.compile(right))
    for kind, token, left, right in PLACEHOLDER_CUES
)


@frozen
class Judgement:
    """A placeholder's kind and the context word that showed it."""

    kind: str
    cue: str  # the context word: 全 in 全X, 委 in X委; empty when no context decided
    cue_side: str  # "left", "right" or ""
    cue_span: tuple[int, int] = (0, 0)  # where the context word is


def find_placeholders(text: str, folded: str, *, budget: StructureBudget | None = None,
                      spent: int = 0) -> list[Placeholder]:
    """Every placeholder in ``text`` (``folded`` is its folded form), in order, with its slot.

    Each placeholder is a structure unit: with a ``budget``, finding them stops
    with :class:`~speechparse.StructureTooDenseError` once they and the ``spent`` units are over it.
    """
    found = []
    numbering: dict[str, int] = {}
    for start, end in list(_tokens(folded, budget, spent)):  # all counted before any is judged
        judgement = judge(folded, start, end)
        token = text[start:end]
        slot = slot_key(folded[start:end], judgement)
        if judgement.kind not in SHARED_KINDS or not judgement.cue:
            numbering[slot] = numbering.get(slot, 0) + 1
            slot = f"{slot}#{numbering[slot]}"
        slot_span = (start, end)
        if judgement.cue_side == "left":
            slot_span = (judgement.cue_span[0], end)
        elif judgement.cue_side == "right":
            slot_span = (start, judgement.cue_span[0] + len(_slot_cue(judgement)))
        found.append(Placeholder(text=token, kind=judgement.kind, span=(start, end), slot=slot,
                                 slot_span=slot_span))
    return _without_overlaps(found)


def _without_overlaps(found: list[Placeholder]) -> list[Placeholder]:
    """A context word claimed by two neighbouring blanks stays outside both slot spans."""
    from attrs import evolve

    out = list(found)
    for index in range(1, len(out)):
        previous, current = out[index - 1], out[index]
        assert previous.slot_span is not None and current.slot_span is not None
        if current.slot_span[0] < previous.slot_span[1]:
            out[index - 1] = evolve(previous, slot_span=previous.span)
            out[index] = evolve(current, slot_span=current.span)
    return out


def _tokens(folded: str, budget: StructureBudget | None, spent: int) -> Iterator[tuple[int, int]]:
    for match in _TOKEN.finditer(folded):
        start, end = match.span()
        if _stands_alone(folded, start, end):
            if budget is not None:
                spent += 1
                budget.check(spent)
            yield start, end


def _stands_alone(folded: str, start: int, end: int) -> bool:
    token = folded[start:end]
    # a line break stands for the text's edges: "" would be "in" every set of characters
    before = folded[start - 1] if start > 0 else "\n"
    after = folded[end] if end < len(folded) else "\n"
    first = token[0]
    if token[-1] == after or first == before:
        return False  # part of a longer run (××××××): a rule or decoration, not a blank
    if first in "Xx" and (_is_latin(before) or _is_latin(after) or _NOT_BEFORE.match(folded, end)):
        return False
    if first == "x" and not (_is_han(before) or _is_han(after) or before.isdigit()
                             or (before in _OPENING_QUOTES and after in _CLOSING_QUOTES)):
        return False  # a lower-case x is a blank inside Chinese text (x同志, 201x, “xx”), not in pinyin
    if first == "×" and (before.isdigit() or after.isdigit()):
        return False  # 3×4, 2×2米
    if token == "×" and _is_han(before) and after in _CLOSING_QUOTES:
        return False  # “数据要素×”: an operator in a name, as in “互联网+”
    if first in "○〇" and (before in CN_NUMERAL_CHARS or after in CN_NUMERAL_CHARS):
        return False  # 二○○八年
    if first in "*~_" and not (_is_han(before) or _is_han(after)):
        return False  # markup, ranges, rules
    return not (first == "~" and (before.isdigit() or after.isdigit()))  # 3~5 is a range


def judge(folded: str, start: int, end: int) -> Judgement:
    """The kind of the placeholder at ``start:end`` and the context word that shows it."""
    token = folded[start:end]
    left = folded[max(0, start - CONTEXT - 2):start].rstrip(" ")
    right_start = end
    while right_start < len(folded) and folded[right_start] == " ":
        right_start += 1
    for cue in _CUES:
        if cue.token is not None and not cue.token.fullmatch(token):
            continue
        left_match = right_match = None
        if cue.left is not None:
            left_match = cue.left.search(left)
            if left_match is None or left_match.end() != len(left):
                continue
        if cue.right is not None:
            right_match = cue.right.match(folded, right_start)
            if right_match is None:
                continue
        if right_match is not None and not _BLANKS.search(right_match.group()):
            return Judgement(cue.kind, right_match.group(), "right", right_match.span())
        if left_match is not None:
            offset = start - len(left)
            return Judgement(cue.kind, left_match.group(), "left",
                             (offset + left_match.start(), offset + left_match.end()))
        # no context word, or one that holds another blank (X至X, X、X): the blank alone names the slot
        return Judgement(cue.kind, "", "")
    return Judgement("other", "", "")


def placeholder_kind(folded: str, start: int, end: int) -> str:
    """The kind of the placeholder at ``start:end``."""
    return judge(folded, start, end).kind


def slot_key(token: str, judgement: Judgement) -> str:
    """The slot's name: the token with the context word that decided its kind (全X, X委)."""
    if judgement.cue_side == "left":
        return judgement.cue + token
    if judgement.cue_side == "right":
        return token + _slot_cue(judgement)
    return token


def _slot_cue(judgement: Judgement) -> str:
    """The part of a right-hand context word a slot's name keeps: all of 委, two of 年来."""
    return judgement.cue if judgement.kind in SHARED_KINDS else judgement.cue[:2]


def _is_latin(char: str) -> bool:
    return (char.isascii() and char.isalpha()) or "\u00c0" <= char <= "\u024f"


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
