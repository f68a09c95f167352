"""Stage 3a, lex markers: every place that *could* be a numbering marker.

A chain of named rules (:data:`MARKER_RULES`), one per marker scheme, each a
compiled ``regex`` run over the folded text (:func:`speechparse.widths.fold`,
same offsets as the text). A match becomes a :class:`Candidate` that records
what stands before it: a line start, a sentence end, a comma, or nothing.
Deciding which candidates really number the text is the next stage's work
(:mod:`speechparse.levels`); this one only refuses what can never be a marker,
such as a numeral followed by another numeral (二、三季度) or a decimal (1.5万).

No pattern has nested unbounded quantifiers, so none can backtrack
catastrophically; each is compiled once, at import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import regex
from attrs import frozen

from speechparse.vocab import (
    ARABIC_NUMERAL,
    CIRCLED,
    CLOSERS,
    CN_NUMERAL,
    CN_NUMERAL_CHARS,
    MARKER_BOUNDARY,
    PAREN_DIGITS,
    POINT_SCHEMES,
    SEQUENCE_WORDS,
    SPACE,
    cn_to_int,
)

#: what stands before a candidate
LINE, SENTENCE, COMMA, NONE = "line", "sentence", "comma", "none"
#: how far back to look past spaces and closing quotes for a boundary
_LOOKBACK: Final = 12


@frozen
class Candidate:
    """A place in the text that looks like a numbering marker."""

    start: int
    end: int
    scheme: str
    number: int | None  # None: 最后, whose number is the previous item's plus one
    boundary: str  # LINE, SENTENCE, COMMA or NONE

    @property
    def kind(self) -> str:
        return "point" if self.scheme in POINT_SCHEMES else "section"


@frozen
class MarkerRule:
    """One marker scheme: its pattern and how to read the number from a match."""

    name: str
    scheme: str
    pattern: regex.Pattern[str]
    number: Callable[[regex.Match[str]], int | None]
    #: refuses a match from what follows it (the folded text after the marker)
    refuse_before: regex.Pattern[str] | None = None


def _cn(match: regex.Match[str]) -> int | None:
    return cn_to_int(match.group("n"))


def _arabic(match: regex.Match[str]) -> int | None:
    return int(match.group("n"))


def _index_in(alphabet: str) -> Callable[[regex.Match[str]], int | None]:
    def number(match: regex.Match[str]) -> int | None:
        return alphabet.index(match.group("n")) + 1

    return number


def _sequence(match: regex.Match[str]) -> int | None:
    return SEQUENCE_WORDS[match.group("n")]


_FOLLOWED_BY_NUMERAL: Final = regex.compile(f"[{CN_NUMERAL_CHARS}]")
_FOLLOWED_BY_DIGIT: Final = regex.compile(r"[0-9]")
_FOLLOWED_BY_NUMBER_LIST: Final = regex.compile(r"[0-9]{1,3}[、,]")

MARKER_RULES: Sequence[MarkerRule] = (
    # 第一章 / 第一节 / 第一部分 / 第一条 / 第一项 (a unit word, then anything)
    MarkerRule("ordinal_unit", "chapter",
               regex.compile(rf"第(?P<n>{CN_NUMERAL})(?P<unit>章|节|部分|条|项)(?:[ ]?[,、:.])?"), _cn),
    # 第一是 (a point), 第一, / 第一、 / 第一: (a section)
    MarkerRule("ordinal_shi", "ordinal_shi", regex.compile(rf"第(?P<n>{CN_NUMERAL})是"), _cn,
               refuse_before=_FOLLOWED_BY_NUMERAL),
    MarkerRule("ordinal", "ordinal", regex.compile(rf"第(?P<n>{CN_NUMERAL})[,、:.]"), _cn,
               refuse_before=_FOLLOWED_BY_NUMERAL),
    MarkerRule("cn_paren", "cn_paren", regex.compile(rf"\((?P<n>{CN_NUMERAL})\)[、.]?"), _cn),
    MarkerRule("cn", "cn", regex.compile(rf"(?<![第{CN_NUMERAL_CHARS}])(?P<n>{CN_NUMERAL})[、.]"), _cn,
               refuse_before=_FOLLOWED_BY_NUMERAL),
    MarkerRule("arabic_paren", "arabic_paren", regex.compile(rf"\((?P<n>{ARABIC_NUMERAL})\)[、.]?"), _arabic),
    MarkerRule("paren_digit", "arabic_paren", regex.compile(f"(?P<n>[{PAREN_DIGITS}])"), _index_in(PAREN_DIGITS)),
    MarkerRule("circled", "circled", regex.compile(f"(?P<n>[{CIRCLED}])"), _index_in(CIRCLED)),
    # 1. / 1、 / 1． but not 1.5 or 1、2、3 (numbers listed, not items)
    MarkerRule("arabic", "arabic", regex.compile(rf"(?<![0-9.])(?P<n>{ARABIC_NUMERAL})(?P<p>[.、])"), _arabic,
               refuse_before=regex.compile(r"[0-9]{1,3}[、,.]|(?<=\.)[0-9]")),
    # a bare digit that lost its dot: "  1 经济发展平稳。" (one space, then Han text)
    MarkerRule("arabic_bare", "arabic", regex.compile(rf"(?<![0-9.])(?P<n>{ARABIC_NUMERAL})(?= \p{{Han}})"),
               _arabic),
    MarkerRule("cn_shi", "cn_shi", regex.compile(rf"(?<![第{CN_NUMERAL_CHARS}])(?P<n>{CN_NUMERAL})是"), _cn,
               refuse_before=_FOLLOWED_BY_NUMERAL),
    MarkerRule("cn_yao", "cn_yao", regex.compile(rf"(?<![第{CN_NUMERAL_CHARS}])(?P<n>{CN_NUMERAL})要"), _cn,
               refuse_before=_FOLLOWED_BY_NUMERAL),
    MarkerRule("aspect", "aspect", regex.compile(rf"(?<![第{CN_NUMERAL_CHARS}另])(?P<n>{CN_NUMERAL})方面"), _cn),
    MarkerRule("sequence", "sequence", regex.compile(r"(?P<n>首先|其次|再次|最后)"), _sequence),
)

_UNIT_SCHEME: Final = {"章": "chapter", "节": "subchapter", "部分": "part", "条": "article", "项": "ordinal_item"}
#: the bare-digit form needs a stronger boundary: a line start or a sentence end
_STRICT_BOUNDARY_RULES: Final = frozenset({"arabic_bare"})


def lex_markers(folded: str, rules: Sequence[MarkerRule] = MARKER_RULES) -> list[Candidate]:
    """Every marker candidate in ``folded`` text, in document order.

    Where two rules match at overlapping places (第一是 and 一是), the match
    that starts first and is longest wins.
    """
    found: list[Candidate] = []
    for rule in rules:
        for match in rule.pattern.finditer(folded):
            start, end = match.span()
            if rule.refuse_before is not None and rule.refuse_before.match(folded, end):
                continue
            boundary = boundary_before(folded, start)
            if rule.name in _STRICT_BOUNDARY_RULES and boundary not in (LINE, SENTENCE):
                continue
            number = rule.number(match)
            if number == 0:
                continue
            scheme = _UNIT_SCHEME[match.group("unit")] if rule.name == "ordinal_unit" else rule.scheme
            found.append(Candidate(start, end, scheme, number, boundary))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for candidate in found:
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept


def boundary_before(folded: str, position: int) -> str:
    """What stands before ``position``: a line start, a sentence end, a comma or nothing."""
    index = position
    floor = max(0, position - _LOOKBACK)
    while index > floor and folded[index - 1] in SPACE:
        index -= 1
    if index == 0 or folded[index - 1] == "\n":
        return LINE
    while index > floor and folded[index - 1] in CLOSERS:
        index -= 1
    previous = folded[index - 1] if index > 0 else "\n"
    if previous in MARKER_BOUNDARY:
        return SENTENCE
    if previous == "\n":
        return LINE
    if previous in ",、":
        return COMMA
    return NONE
