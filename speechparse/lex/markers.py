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

from collections.abc import Callable, Mapping, Sequence
from typing import Final

import regex
from attrs import frozen

from speechparse.limits import UNLIMITED, StructureBudget
from speechparse.vocab import (
    ARABIC_NUMERAL,
    CIRCLED,
    CN_NUMERAL,
    CN_NUMERAL_CHARS,
    PAREN_DIGITS,
    POINT_SCHEMES,
    SEQUENCE_WORDS,
    cn_to_int,
)
from speechparse.vocab.chars import CLOSERS, MARKER_BOUNDARY, SPACE

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
    """One or more marker schemes sharing a pattern, and how to read a match."""

    name: str
    pattern: regex.Pattern[str]
    number: Callable[[regex.Match[str]], int | None]
    #: the scheme of a match: a fixed name, or a map from the ``kind`` group's text
    scheme: str | Mapping[str, str]
    #: refuses a match from what follows it (the folded text after the marker)
    refuse_before: regex.Pattern[str] | None = None
    #: the boundaries a match may stand after
    boundaries: frozenset[str] = frozenset({LINE, SENTENCE, COMMA})
    #: characters one of which every match contains: text without any of them is
    #: skipped (a scan for one character is far cheaper than a regex pass)
    needs: str = ""

    def scheme_of(self, match: regex.Match[str]) -> str:
        return self.scheme if isinstance(self.scheme, str) else self.scheme[match.group("kind")]


def _cn(match: regex.Match[str]) -> int | None:
    return cn_to_int(match.group("n"))


def _arabic(match: regex.Match[str]) -> int | None:
    return int(match.group("n"))


def _enclosed(match: regex.Match[str]) -> int | None:
    char = match.group("n")
    return (CIRCLED.index(char) if char in CIRCLED else PAREN_DIGITS.index(char)) + 1


def _sequence(match: regex.Match[str]) -> int | None:
    return SEQUENCE_WORDS[match.group("n")]


_FOLLOWED_BY_NUMERAL: Final = regex.compile(f"[{CN_NUMERAL_CHARS}]")
_ANY: Final = frozenset({LINE, SENTENCE, COMMA, NONE})
#: parenthesised numbers may follow a heading with no punctuation: 一、…工作(一)…
_RUN_IN: Final = _ANY
#: a bare digit that lost its dot needs a line start or a sentence end
_STRICT: Final = frozenset({LINE, SENTENCE})

MARKER_RULES: Sequence[MarkerRule] = (
    # 第一章 / 第一节 / 第一部分 / 第一条 / 第一项 (a unit word, then anything)
    MarkerRule("ordinal_unit",
               regex.compile(rf"第(?P<n>{CN_NUMERAL})(?P<kind>章|节|部分|条|项)(?:[ ]?[,、:.])?"), _cn,
               {"章": "chapter", "节": "subchapter", "部分": "part", "条": "article", "项": "ordinal_item"}),
    # 第一是 (a point), 第一, / 第一、 / 第一: (a section)
    MarkerRule("ordinal", regex.compile(rf"第(?P<n>{CN_NUMERAL})(?P<kind>是|[,、:.])"), _cn,
               {"是": "ordinal_shi", ",": "ordinal", "、": "ordinal", ":": "ordinal", ".": "ordinal"},
               refuse_before=_FOLLOWED_BY_NUMERAL),
    # 一、 一. / 一是 / 一要 / 一方面, but not 二、三季度 or 一是一
    MarkerRule("cn", regex.compile(rf"(?<![第另{CN_NUMERAL_CHARS}])(?P<n>{CN_NUMERAL})(?P<kind>[、.]|是|要|方面)"),
               _cn, {"、": "cn", ".": "cn", "是": "cn_shi", "要": "cn_yao", "方面": "aspect"},
               refuse_before=_FOLLOWED_BY_NUMERAL),
    MarkerRule("cn_paren", regex.compile(rf"\((?P<n>{CN_NUMERAL})\)[、.]?"), _cn, "cn_paren", boundaries=_RUN_IN),
    MarkerRule("arabic_paren", regex.compile(rf"\((?P<n>{ARABIC_NUMERAL})\)[、.]?"), _arabic, "arabic_paren",
               boundaries=_RUN_IN),
    MarkerRule("enclosed", regex.compile(f"(?P<kind>(?P<n>[{CIRCLED}{PAREN_DIGITS}]))"), _enclosed,
               {**dict.fromkeys(CIRCLED, "circled"), **dict.fromkeys(PAREN_DIGITS, "arabic_paren")},
               needs=CIRCLED + PAREN_DIGITS),
    # 1. / 1、 / 1． but not 1.5 or 1、2、3 (numbers listed, not items)
    MarkerRule("arabic", regex.compile(rf"(?<![0-9.])(?P<n>{ARABIC_NUMERAL})[.、]"), _arabic, "arabic",
               refuse_before=regex.compile(r"[0-9]{1,3}[、,.]|(?<=\.)[0-9]")),
    # a bare digit that lost its dot: "  1 农业生产稳定。" (one space, then Han text)
    MarkerRule("arabic_bare", regex.compile(rf"(?<![0-9.])(?P<n>{ARABIC_NUMERAL})(?= \p{{Han}})"), _arabic,
               "arabic", boundaries=_STRICT),
    MarkerRule("sequence", regex.compile(r"(?P<n>首先|其次|再次|最后)"), _sequence, "sequence", needs="首其再最"),
)


def lex_markers(folded: str, rules: Sequence[MarkerRule] = MARKER_RULES, *,
                budget: StructureBudget | None = None, spent: int = 0) -> list[Candidate]:
    """Every marker candidate in ``folded`` text, in document order.

    A candidate must stand after a line start, a sentence end or a comma (only
    parenthesised numbers may follow a heading directly). Where two rules match
    at overlapping places, the match that starts first and is longest wins.
    With a ``budget`` of which ``spent`` units are used (lines, removals), raise
    :class:`speechparse.StructureTooDenseError` as soon as the candidates found
    (overlaps not yet resolved) are over the rest, before they are all listed.
    """
    budget = budget or UNLIMITED
    room = budget.limit - spent
    found: list[Candidate] = []
    for rule in rules:
        if rule.needs and not any(char in folded for char in rule.needs):
            continue
        for match in rule.pattern.finditer(folded):
            start, end = match.span()
            if rule.refuse_before is not None and rule.refuse_before.match(folded, end):
                continue
            boundary = boundary_before(folded, start)
            if boundary not in rule.boundaries:
                continue
            if boundary == NONE and (start == 0 or not _is_han(folded[start - 1])):
                continue  # a run-in (一) follows heading words, not another marker: (一)(一)(一)…
            number = rule.number(match)
            if number != 0:
                found.append(Candidate(start, end, rule.scheme_of(match), number, boundary))
                if len(found) > room:
                    budget.check(spent + len(found))
    found.sort(key=lambda c: (c.start, c.start - c.end))
    kept: list[Candidate] = []
    for candidate in found:
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


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
