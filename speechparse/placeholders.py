"""Stage 8, placeholders: the blanks of a template and what each stands for.

A token (X, XX, ×, xx, 某某, ○○, ** …) is a placeholder when it stands alone:
not inside a Latin word (XJP, Excel), not a multiplication sign between numbers
(3×4), not ○ inside a year written in Chinese numerals (二○○八). Its kind comes
from the first cue of :data:`~speechparse.vocab.PLACEHOLDER_CUES` that its
context matches: 全X is a region, X同志 a person, X个 a number, X年 a date.
"""

from __future__ import annotations

from typing import Final

import regex

from speechparse.model import Placeholder
from speechparse.vocab import (
    CN_NUMERAL_CHARS,
    PLACEHOLDER_CUES,
    PLACEHOLDER_NOT_BEFORE,
    PLACEHOLDER_TOKEN,
)

_TOKEN: Final = regex.compile(PLACEHOLDER_TOKEN)
_NOT_BEFORE: Final = regex.compile(PLACEHOLDER_NOT_BEFORE)
_KINDS: Final = tuple(kind for kind, _, _ in PLACEHOLDER_CUES)
#: the cues that look only to the right, as one alternation: at a given place,
#: the first alternative that matches is the cue of highest precedence
_RIGHT_ONLY: Final = regex.compile("|".join(
    f"(?P<c{index}>{right})" for index, (_, left, right) in enumerate(PLACEHOLDER_CUES) if left is None))
#: the other cues, checked one by one, in precedence order
_OTHER_CUES: Final = tuple(
    (index, regex.compile(f"(?:{left})"), None if right is None else regex.compile(right))
    for index, (_, left, right) in enumerate(PLACEHOLDER_CUES) if left is not None)
_CLOSING_QUOTES: Final = "”’」』》\""
#: characters of context read on each side to judge the kind
CONTEXT: Final = 6


def find_placeholders(text: str, folded: str) -> list[Placeholder]:
    """Every placeholder in ``text`` (``folded`` is its folded form), in order."""
    found = []
    for match in _TOKEN.finditer(folded):
        start, end = match.span()
        if _stands_alone(folded, start, end):
            kind = placeholder_kind(folded, start, end)
            found.append(Placeholder(text=text[start:end], kind=kind, span=(start, end)))
    return found


def _stands_alone(folded: str, start: int, end: int) -> bool:
    token = folded[start:end]
    before = folded[start - 1] if start > 0 else ""
    after = folded[end] if end < len(folded) else ""
    first = token[0]
    if first in "Xx" and (_is_latin(before) or _is_latin(after) or _NOT_BEFORE.match(folded, end)):
        return False
    if first == "x" and not (_is_han(before) or _is_han(after) or before.isdigit()):
        return False  # a lower-case x is a blank only inside Chinese text: x同志, 201x
    if first == "×" and (before.isdigit() or after.isdigit()):
        return False  # 3×4, 2×2米
    if token == "×" and _is_han(before) and after in _CLOSING_QUOTES:
        return False  # “数据要素×”: an operator in a name, as in “互联网+”
    if first in "○〇" and (before in CN_NUMERAL_CHARS or after in CN_NUMERAL_CHARS):
        return False  # 二○○八年
    if first in "*~_" and not (_is_han(before) or _is_han(after)):
        return False  # markup, ranges, rules
    return not (first == "~" and (before.isdigit() or after.isdigit()))  # 3~5 is a range


def placeholder_kind(folded: str, start: int, end: int) -> str:
    """The kind of the placeholder at ``start:end`` judged from its context."""
    right = _RIGHT_ONLY.match(folded, end)
    best = int(right.lastgroup[1:]) if right is not None and right.lastgroup else len(_KINDS)
    left = folded[max(0, start - CONTEXT):start]
    for index, left_cue, right_cue in _OTHER_CUES:
        if index >= best:
            break
        if left_cue.search(left) is not None and (right_cue is None or right_cue.match(folded, end) is not None):
            return _KINDS[index]
    return _KINDS[best] if best < len(_KINDS) else "other"


def _is_latin(char: str) -> bool:
    return (char.isascii() and char.isalpha()) or ("\u00c0" <= char <= "\u024f")


def _is_han(char: str) -> bool:
    return bool(char) and ("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf")
