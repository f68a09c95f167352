"""Stage 8, placeholders: the blanks of a template, what each stands for, and its slot.

A token (X, XX, ×, xx, 某某, ○○, ** …) is a placeholder when it stands alone:
not inside a Latin word (XJP, Excel), not a multiplication sign between numbers
(3×4), not ○ inside a year written in Chinese numerals (二○○八), not a ``*``
bullet opening a line. A lone 某 (某县) is the writer's own "a certain", not a
blank.

**Kinds.** The word that ends where the blank starts and the word that starts
where it ends are looked up in the classes of
:data:`~speechparse.vocab.placeholders.CUE_CLASSES` (measure words, units,
administrative divisions, titles …), the longest word on each side; the
stronger of the two decides, by the precedence documented there. A point and a
fraction after the blank are read past (in XX.X% the % counts for both blanks).
A blank with no cue that is listed with blanks that have one (X、X两县, X至X名)
takes their kind; with no evidence at all it stays ``other``. The deciding word
and its class are kept on the placeholder (``cue``, ``cue_class``).

**Slots.** Blanks that must take the same value share a slot, named by the
blank and the word that decided its kind, as a reader would say it: every 全X is
one place (slot ``全X``, also where 全X村 follows), every X委 one committee,
every X同志 one person. Counts, dates, blanks of other kinds and blanks whose
kind came from a verb or from a list are not assumed to repeat: each is a slot
of its own, numbered in document order (``X年#1``, ``X个#2``), so a template's
slot names are the same every time it is parsed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from heapq import merge
from typing import Final

import regex
from attrs import evolve, frozen

from speechparse.lazyregex import lazy_compile
from speechparse.lex.lines import is_salutation_line
from speechparse.limits import StructureBudget
from speechparse.model import Placeholder
from speechparse.prefilter import first_chars, last_chars, may_be, may_occur
from speechparse.vocab import DATELINE
from speechparse.vocab.chars import CLOSING_QUOTES
from speechparse.vocab.placeholders import (
    BLANK_CHARS,
    BODY_NAME_ENDINGS,
    CALENDAR_DATE_CLASS,
    CLOSES_A_NUMBERED_NAME,
    COHORT_WORDS,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    COORDINATED_ITEM,
    COORDINATION,
    COORDINATORS,
    COUNT_OF_YEARS_CLASS,
    COUNT_WORD_CLASS,
    COUNTABLE_DATE_WORDS,
    COUNTY_ROAD_FIGURES,
    CUE_CLASSES,
    DATE_WORD_CLASS,
    DECIMAL_FRACTION,
    DECIMAL_SHAPE_CLASS,
    DECIMAL_SHAPE_STRENGTH,
    DIGIT_KINDS,
    DIVISION_BEFORE,
    DOCUMENTS_PLACE_CLASS,
    FIGURE_WORD_CLASS,
    FRACTION_DIGITS,
    HAVING_WORD_CLASS,
    LEFT,
    MAX_BODY_NAME_REACH,
    MEASURE_WORD_CLASS,
    MIN_PLACE_SHARE,
    MIN_PLACES_SHOWN,
    MORE_SURNAMES,
    NAME_SHAPE,
    NAME_SHAPE_CLASS,
    NAMED_SLOT_CLASS,
    NAMED_SLOT_KINDS,
    NO_BODY_NAME_CHARS,
    NO_NAME_BEFORE_A_HAO,
    NUMBER_OF_A_NAME_CLASS,
    ORGAN_AFTER_DIVISION,
    ORGAN_CLASSES,
    PLACE_CLASSES,
    PLACEHOLDER_NOT_BEFORE,
    PLACEHOLDER_TOKENS,
    POST_BESIDE_A_NAME,
    POST_BESIDE_CLASS,
    POST_IN_A_CHAIN_CLASS,
    RIGHT,
    ROAD_CODE,
    SLOT_BRACKETS,
    SPEAKER_LINE_CLASS,
    SURNAME_CLASS,
    SURNAMES_ALSO_WORDS,
    TITLES_OF_OFFICE,
    TONE_BEFORE,
    UNIT_OF_MEASURE_CLASS,
    UNIT_SYMBOL,
    YEAR_SHAPE,
    YEAR_SHAPE_CLASS,
    YEAR_START,
    YEAR_START_CLASS,
    CueClass,
)
from speechparse.vocab.schemes import CIRCLED, CN_NUMERAL_CHARS
from speechparse.vocab.titles import ORGANISATION_ENDINGS

#: a masked given name's strength: above any right cue of a word that only follows it (陈*强等: not 前X强)
MASKED_NAME_STRENGTH: Final = 90
#: what may follow a masked name (陈*强等4户, 王*明同志)
_AFTER_A_NAME: Final = "等同"

_UNIT_SYMBOL: Final = lazy_compile(UNIT_SYMBOL)
_ROAD_CODE_END: Final = lazy_compile(rf"(?:{ROAD_CODE})$")
_COUNTY_ROAD_FIGURES: Final = lazy_compile(COUNTY_ROAD_FIGURES)
#: what follows a quoted term the text defines (“X”即…, “X”是指…)
_DEFINED_AFTER: Final = lazy_compile(r"即|是指|指的是|代表")
#: a scheme named by a sum with the letter X in it (1+X, X+N), and how far before a defined X it is looked for
_SCHEME_SUM_WITH_X: Final = lazy_compile(r"[0-9A-Za-z]\+[Xx](?![A-Za-z])|(?<![A-Za-z])[Xx]\+[0-9A-Za-z]")
SCHEME_SUM_REACH: Final = 200
#: a decimal with its point right before a token (1.0x, 1.25x)
_DECIMAL_BEFORE: Final = lazy_compile(r"(?<![0-9.])[0-9]\.[0-9]{1,2}$")
#: a telephone's area code and the hyphen after it, right before a blank (0571-xxxxxxx): not after another figure
_AREA_CODE: Final = lazy_compile(r"(?<![0-9])0[0-9]{2,3}-$")
#: a mail address's @, or a Latin word's dot (www.), right before a blank: not a blank's or a figure's dot (XX.X%)
_ADDRESS_BEFORE: Final = lazy_compile(r"(?:[A-Za-z0-9]@|[A-WYZa-wyz]\.)$")
#: a dot and the Latin letters of a domain after a blank (×××.gov.cn, XX.com)
_DOMAIN_AFTER: Final = lazy_compile(r"\.[a-wyz][a-z]{1,5}(?![a-z])")  # (not a blank's fraction: xx.xx%)

# Patterns: bounded alternations and bounded repeats: no timeout needed. Left
# classes are anchored at the end of a window of LEFT_REACH characters, right
# ones matched at the start of one of RIGHT_REACH characters.
_TOKENS: Final = tuple(lazy_compile(form) for form in PLACEHOLDER_TOKENS)
#: the characters each form begins with: a text holding none of them is not scanned for the form. Each
#: is looked for by ``str.find``, which passes over a text holding none at twice the speed of the regex
#: engine's search for a literal (and a class the engine tries at every place); most texts hold no blank
_TOKEN_LEADS: Final = tuple(map(first_chars, PLACEHOLDER_TOKENS))
_NOT_BEFORE: Final = lazy_compile(PLACEHOLDER_NOT_BEFORE)
#: every surname of the first hundred, those that are words too among them
_SURNAMES: Final = frozenset(COMMON_SURNAMES + SURNAMES_ALSO_WORDS)
#: every surname known: what a masked item of a list made public may open with (伍*成, 欧阳**)
_ANY_SURNAME: Final = _SURNAMES | frozenset(MORE_SURNAMES) | frozenset(COMPOUND_SURNAMES)
#: what stands on either side of an item of a list made public (、 , ; : a bracket's count, a space, a line's end)
_LIST_ITEM_EDGES: Final = "、,;:()[] \t\n。\u3000"
_DECIMAL: Final = lazy_compile(DECIMAL_FRACTION)
_YEAR_START: Final = lazy_compile(f"(?:{YEAR_START})$")
_LEFT_CLASSES: Final = tuple((cls, lazy_compile(f"(?:{cls.pattern})$")) for cls in CUE_CLASSES if cls.side == LEFT)
_RIGHT_WORDS: Final = tuple((cls, lazy_compile(cls.pattern)) for cls in CUE_CLASSES
                            if cls.side == RIGHT and not cls.phrase)
_RIGHT_PHRASES: Final = tuple((cls, lazy_compile(cls.pattern)) for cls in CUE_CLASSES
                              if cls.side == RIGHT and cls.phrase)
_SHAPES: Final = tuple((lazy_compile(pattern), kind, strength, name) for (pattern, kind, strength), name in
                       ((NAME_SHAPE, NAME_SHAPE_CLASS), (YEAR_SHAPE, YEAR_SHAPE_CLASS)))
_COORDINATOR: Final = lazy_compile("|".join(regex.escape(word) for word in COORDINATORS))
_ITEM: Final = lazy_compile(rf"[^\n,.;:!?。()“”\"'《》]{{0,{COORDINATED_ITEM}}}")
# Matched at one position, these are given the end of the farthest match they can make: the regex
# engine may otherwise look for a literal to the end of the text at every blank.
_NOT_BEFORE_REACH: Final = max(len(word) for word in PLACEHOLDER_NOT_BEFORE.split("|"))
_DECIMAL_REACH: Final = 2 + FRACTION_DIGITS  # the point, a space, the fraction
#: a parenthesised alternative at the end of the left context: 返(来)X
_ALTERNATIVE: Final = lazy_compile(r"\([^()\n]{1,3}\)$")

class _ClassesByEdge:
    """Cue classes with their patterns, looked up by the character a match must end (left) or start
    (right) with: a blank's context asks only the classes that can match it, in their order."""

    #: characters whose classes are remembered (a text of rare characters does not grow it without end)
    MEMO: Final = 4096

    def __init__(self, classes: tuple[tuple[CueClass, regex.Pattern[str]], ...], side: str) -> None:
        self.classes = classes
        self.side = side
        self._edges: list[frozenset[str] | None] | None = None
        self._by_char: dict[str, tuple[tuple[CueClass, regex.Pattern[str]], ...]] = {}

    def for_char(self, char: str) -> tuple[tuple[CueClass, regex.Pattern[str]], ...]:
        """The classes (in order) whose match may end (left) or start (right) with ``char`` ("" at a line end)."""
        found = self._by_char.get(char)
        if found is None:
            if self._edges is None:  # read from the patterns on first use, not at import
                self._edges = [last_chars(f"(?:{cls.pattern})$") if self.side == LEFT else first_chars(cls.pattern)
                               for cls, _ in self.classes]
            found = tuple(item for item, edge in zip(self.classes, self._edges, strict=True) if may_be(char, edge))
            if len(self._by_char) < self.MEMO:
                self._by_char[char] = found
        return found


#: characters of context read on each side of a blank
LEFT_REACH: Final = 12
RIGHT_REACH: Final = 14
#: kinds whose blanks with the same cue hold the same value everywhere
SHARED_KINDS: Final = frozenset({"region", "person"})
#: kinds of the blanks that stand for a name (a place's, a person's, a body's), not a count or a date
NAME_KINDS: Final = frozenset({"region", "person", "other"})
#: an X after a run of this many figures (capitals between them) is a code's check character, not a blank;
#: the run is read back this far at most (an identity number has 18 characters, a credit code 18)
MIN_CODE_DIGITS: Final = 6
MAX_CODE: Final = 20
_OPENING_QUOTES: Final = "“‘\"'("
_CLOSING_QUOTES: Final = CLOSING_QUOTES + "\"')"
_LIST_PUNCTUATION: Final = "、,;。:"
#: the spaces between a form's label, its blank and the next field (联系人:____　电话:____, folded to a space)
_FIELD_GAP: Final = " \t"
#: words before a * that speak of the sign itself (带*号的为必填项, 标*号)
_STAR_TALKED_OF: Final = "带有标加打"


@frozen
class Judgement:
    """A placeholder's kind, and the context word that showed it."""

    kind: str
    cue: str = ""  # the context word (folded): 全 in 全X, 委 in X委; "" when none decided
    cue_class: str = ""  # its class, or name_shape / year_shape / coordination
    side: str = ""  # LEFT, RIGHT or "" (a shape, a list, nothing)
    cue_span: tuple[int, int] = (0, 0)  # where the context word is
    strength: int = 0  # 0: no evidence
    #: blanks with this cue share one slot named by it
    names_slot: bool = False
    #: the word touches the blank (spaces aside), so the slot's name can write it
    adjacent: bool = False


_NO_EVIDENCE: Final = Judgement("other")
#: how strong the speaker's line is as a cue (a shape's evidence, no word's)
SPEAKER_LINE_STRENGTH: Final = 30
#: a post beside a blank outweighs the place its words name (镇党委书记: the 镇 is the post's, the blank a name)
POST_BESIDE_STRENGTH: Final = 75
_POST_BESIDE_A_NAME: Final = lazy_compile(POST_BESIDE_A_NAME)
#: how far back from a sign × an equation's = is looked for on its line
MAX_FORMULA: Final = 60
#: how many lines down from a blank's line the salutation is looked for (blank lines between them)
MAX_LINES_TO_SALUTATION: Final = 3


def find_placeholders(text: str, folded: str, *, budget: StructureBudget | None = None,
                      spent: int = 0) -> list[Placeholder]:
    """Every placeholder in ``text`` (``folded`` is its folded form), in order, with its slot.

    Each placeholder is a structure unit: with a ``budget``, finding them stops
    with :class:`~speechparse.StructureTooDenseError` once they and the ``spent`` units are over it.
    """
    spans = list(_tokens(folded, budget, spent))  # all counted before any is judged
    judgements = _coordinated_kinds(folded, spans, [judge(folded, start, end) for start, end in spans])
    judgements = _the_documents_place(folded, spans, judgements)
    found = []
    numbering: dict[str, int] = {}
    for (start, end), judgement in zip(spans, judgements, strict=True):
        slot = slot_key(folded[start:end], judgement)
        # (a slot's own name, [单位名称], is one slot wherever it stands, whatever its kind)
        if not (judgement.names_slot and judgement.adjacent
                and (judgement.kind in SHARED_KINDS or judgement.cue_class == NAMED_SLOT_CLASS)):
            numbering[slot] = numbering.get(slot, 0) + 1
            slot = f"{slot}#{numbering[slot]}"
        slot_span = (start, end)
        if judgement.adjacent and judgement.side == LEFT:
            slot_span = (judgement.cue_span[0], end)
        elif judgement.adjacent and judgement.side == RIGHT:
            slot_span = (start, judgement.cue_span[1])
        cue = text[judgement.cue_span[0]:judgement.cue_span[1]] if judgement.side else judgement.cue
        found.append(Placeholder(text=text[start:end], kind=judgement.kind, span=(start, end), slot=slot,
                                 slot_span=slot_span, cue=cue, cue_class=judgement.cue_class))
    return _without_overlaps(found)


def _without_overlaps(found: list[Placeholder]) -> list[Placeholder]:
    """A context word claimed by two neighbouring blanks stays outside both slot spans."""
    out = list(found)
    for index in range(1, len(out)):
        previous, current = out[index - 1], out[index]
        assert previous.slot_span is not None and current.slot_span is not None
        if current.slot_span[0] < previous.slot_span[1]:
            out[index - 1] = evolve(previous, slot_span=previous.span)
            out[index] = evolve(current, slot_span=current.span)
    return out


# ---------------------------------------------------------------- which tokens are blanks

def _tokens(folded: str, budget: StructureBudget | None, spent: int) -> Iterator[tuple[int, int]]:
    scans = (form.finditer(folded) for form, leads in zip(_TOKENS, _TOKEN_LEADS, strict=True)
             if may_occur(folded, leads))
    for match in merge(*scans, key=lambda match: match.start()):
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
        return False  # part of a longer run (××××××××): a rule or decoration, not a blank
    # (a blank figure may stand in a road's code and before a unit's symbol: G3XX线, XXkV; the Latin words that start
    # with X, X光 and X线, are one letter: XX线 is a road's blanked name)
    road = first in "Xx" and _in_a_road_code(folded, start, before)
    if first in "Xx" and ((_is_latin(before) and not road) or (_is_latin(after) and not _UNIT_SYMBOL.match(folded, end))
                          or (len(token) == 1 and not road
                              and _NOT_BEFORE.match(folded, end, end + _NOT_BEFORE_REACH) is not None)):
        return False
    if token == "x" and not _is_han(after) and not after.isdigit() \
            and _DECIMAL_BEFORE.search(folded, max(0, start - 8), start):
        return False  # a player's speed (语速 1.0x, 1.25x): a multiple, not a blank figure (a blank year is 201x)
    if token == "X" and not before.isdigit() and _COUNTY_ROAD_FIGURES.match(folded, end) is not None:
        return False  # a county road's code (县道X207线): the road's level, not a blank figure
    if first in "Xx" and after.isdigit() and before in " \t" and start >= 2 and folded[start - 2] not in " \t\n" \
            and folded[start - 2].isascii():
        return False  # a product's version in Latin text (Discuz! X3.4), not a blank figure (20X3, 第X3期)
    if token in ("X", "x") and _code_before(folded, start):
        return False  # the check character of an identity number or a credit code (…0101123X, …MA2A0B1C2X)
    if token in ("X", "x") and before in _OPENING_QUOTES and after in _CLOSING_QUOTES \
            and _DEFINED_AFTER.match(folded, end + 1) is not None \
            and _SCHEME_SUM_WITH_X.search(folded, max(0, start - SCHEME_SUM_REACH), start) is not None:
        # the letter of a scheme the text named just before (“1+X”模式,“X”即第二时段…), defined: not a blank (a
        # slogan's number explained, “X”是指抓好三项重点, with no such scheme before it, is one)
        return False
    if token in ("X", "x") and _a_term_of_a_scheme_sum(folded, start, end):
        return False  # the open term of a policy's scheme name (1+X, 1+N+X, X+1): "any number of", not a blank
    if first == "x" and not (_is_han(before) or _is_han(after) or before.isdigit()
                             or _after_a_point(folded, start)
                             or (before in _OPENING_QUOTES and after in _CLOSING_QUOTES)
                             or after == "、" or _after_an_area_code(folded, start)
                             or (before in " \t:、" and start >= 2
                                                  and (_is_han(folded[start - 2]) or folded[start - 2] == ")"))):
        # a lower-case x is a blank inside Chinese text (x同志, 201x, “xx”, xx.x%, x、x两镇, 市长 xxx, 记录:xxx,
        # …(办公室)、xxx, a telephone's number after its area code: 0571-xxxxxxx), not in pinyin
        return False
    if first in "Xx×" and _masks_digits(folded, start, end):
        return False  # a number shown in part (139xxxx5521): the digits are hidden, not left to fill
    if token == "×" and (after.isdigit() or (before.isdigit() and not _is_han(after))) \
            and not _ends_a_year(folded, start, end, after):
        # 3×4, 2×2米 (not 20××年; a run of × is no sign: 〔20××〕, 20××—20××年; nor a figure's last digit left to
        # fill before what it counts: 建校7×周年)
        return False
    if token == "×" and after in "Xx" and _is_han(before):
        return False  # a sign between a unit and a blank figure (XX万元/台×X台)
    if token == "×" and _is_han(before) and _is_han(after) and _in_a_formula(folded, start):
        return False  # a sign between the terms of a formula (金额=面积×单价×系数): the line states an equation
    if token == "×" and (_beside_a_tick(folded, start, end)
                         or (before in _OPENING_QUOTES and after in _CLOSING_QUOTES
                             and folded[max(0, start - 2):start - 1] in _MARKING_VERBS)):
        return False  # a cross, a mark to tick with (√/×, 符合打“√”、不符合打“×”): no value is left out
    if token == "×" and _is_han(before) and after in _CLOSING_QUOTES and folded[max(0, start - 2):start] != "星期":
        return False  # “数据要素×”: an operator in a name, as in “互联网+” (not a weekday's blank: (星期×))
    if token == "×" and folded[max(0, start - 2):start] == "要素" and _is_han(after):
        return False  # 数据要素×智能制造: the same operator before the field it multiplies with (要素×, not a blank)
    if first in "○〇" and (before in CN_NUMERAL_CHARS or after in CN_NUMERAL_CHARS):
        return False  # 二○○八年
    if first == "*":
        if token == "*" and (after == ":" or (after == "号" and before in _STAR_TALKED_OF)):
            return False  # a form's required field (联系人*:), or the sign spoken of (带*号的为必填项)
        return _star_stands_alone(folded, start, end, before, after)
    if first == "_":
        return _underscores_stand_alone(folded, start, end)
    if first == "~":
        # a blank before its unit or word (~年~月~日, ~%), or the end of a year's digits (20~年); not a range
        # (3~5) nor a tone after a sentence (报名~) or after a casual clause (收藏哦~图片…, 帮到你~有问题…)
        return (_is_han(after) or after in "%‰") and before not in TONE_BEFORE \
            and (not before.isdigit() or _ends_a_year(folded, start, end, after))
    return True


#: a tick beside a cross (√/×, ×、√): both are marks a form's reader writes
_TICKS: Final = "√✓✔"
#: the verbs a form asks a mark with (打“×”, 画“×”): the cross is that mark
_MARKING_VERBS: Final = "打画划填"
#: digits on each side of a run of letters that hides the middle of a number (a phone's, an account's)
MIN_MASKED_DIGITS: Final = 3


def _in_a_formula(folded: str, start: int) -> bool:
    """Whether an equals sign stands before ``start`` on its line, within :data:`MAX_FORMULA` characters (a bound: a
    line of many signs is read a window each, not from its start each time)."""
    window = max(0, start - MAX_FORMULA)
    return "=" in folded[max(window, folded.rfind("\n", window, start) + 1):start]


def _beside_a_tick(folded: str, start: int, end: int) -> bool:
    """Whether a tick stands right beside ``start:end``, or one mark apart (√/×, ×、√)."""
    near = folded[max(0, start - 2):start] + folded[end:end + 2]
    return any(tick in near for tick in _TICKS)


#: the levels of China's roads, each numbered (公路路线命名编号规则: 国道 省道 县道 乡道 村道)
_ROADS_BY_LEVEL: Final = frozenset({"国道", "省道", "县道", "乡道", "村道"})


def _in_a_road_code(folded: str, start: int, before: str) -> bool:
    """Whether the blank stands in a national or provincial road's code (国道G3XX线, 省道S2XX线): after its letter
    (alone, not the end of a Latin word) or after the code's first figures."""
    if before == "道" and folded[max(0, start - 2):start] in _ROADS_BY_LEVEL:
        return True  # a road named by its level and its number alone (县道XX线, 乡道X线)
    return (before.isdigit() or before in "GS") and _ROAD_CODE_END.search(folded, max(0, start - 5), start) is not None


def _after_an_area_code(folded: str, start: int) -> bool:
    """Whether ``start`` follows a telephone's area code and its hyphen (0571-, 010-)."""
    return _AREA_CODE.search(folded, max(0, start - 6), start) is not None


def _masks_digits(folded: str, start: int, end: int) -> bool:
    """Whether the token hides the middle of a number: digits on both sides, at least
    :data:`MIN_MASKED_DIGITS` on each (139xxxx5521), not a blank figure's letter (20X3, X3期)."""
    before, after = folded[max(0, start - MIN_MASKED_DIGITS):start], folded[end:end + MIN_MASKED_DIGITS]
    return len(before) == len(after) == MIN_MASKED_DIGITS and before.isdigit() and after.isdigit()


def _ends_a_year(folded: str, start: int, end: int, after: str) -> bool:
    """The blank completes a year begun in figures, 年 after it (20××年, 20~年)."""
    return after == "年" and _YEAR_START.search(folded, max(0, start - 4), start) is not None


def _underscores_stand_alone(folded: str, start: int, end: int) -> bool:
    """A run of underscores is a blank beside words (签名____), after a form's label (联系人:____, 盖章)____)
    or before a note on it (____(盖章)), inside quotes or brackets (“____”工作目标), after an item's marker or
    before a sentence's mark (①____。), or a cell of a form's row, tabs between the cells; spaces between them or not;
    alone on its line it is a rule."""
    before_index = start - 1
    while before_index >= 0 and folded[before_index] in _FIELD_GAP:
        before_index -= 1
    after_index = end
    while after_index < len(folded) and folded[after_index] in _FIELD_GAP:
        after_index += 1
    before = folded[before_index] if before_index >= 0 else "\n"
    after = folded[after_index] if after_index < len(folded) else "\n"
    # (or a cell of a form's row, spaces or a tab between it and the cell beside it: 1\t流动资产\t______\t______,
    # 委员:______　______)
    in_a_row = (before == "_" and before_index + 1 < start) or (after == "_" and end < after_index)
    return _is_han(before) or _is_han(after) or before in ":)" or after == "(" or before in _OPENING_QUOTES \
        or after in _CLOSING_QUOTES or before in CIRCLED or after in "。;,、" or in_a_row


def _star_stands_alone(folded: str, start: int, end: int, before: str, after: str) -> bool:
    """A * blank (a word filter's or a writer's) as against a bullet, markup or a footnote sign."""
    if before == "\n" and (after in " \t" or _opens_bulleted_lines(folded, start)):
        return False  # a bullet: "* 加强学习", or one of several lines that open with *
    if _is_han(before) or _is_han(after):
        return True
    if end - start >= 3 and before in " \t" and _is_han(folded[max(0, start - 4):start].rstrip(" \t")[-1:]) \
            and after in "\n,。;:" + _CLOSING_QUOTES:
        return True  # a name blanked after its body and a space (县委组织部　***), at the line's end
    if end - start >= 2 and before == ":" and start >= 2 and _is_han(folded[start - 2]) \
            and after in "\n,。;(" + _CLOSING_QUOTES:
        # a field's value blanked after its label (联系电话:***, 姓名:**), to the clause's end or to the note on it
        # (组长:***(局长))
        return True
    if _YEAR_START.search(folded, max(0, start - 4), start) and len(folded[start:end]) + _digits_before(
            folded, start) == 4:
        return True  # 20**, 201*
    if _after_a_point(folded, start):
        return True  # *.*
    # 、*、: an item of a list; 、***(文明办主任): a name listed with the post it holds
    return before in _LIST_PUNCTUATION and (after in _LIST_PUNCTUATION or (after == "(" and end - start >= 2))


def _opens_bulleted_lines(folded: str, start: int) -> bool:
    """The line at ``start`` opens with *, and so does the line after or before it."""
    line_end = folded.find("\n", start)
    if line_end != -1 and folded.startswith("*", line_end + 1):
        return True
    previous_start = folded.rfind("\n", 0, max(0, start - 1)) + 1
    return start > 0 and previous_start < start - 1 and folded.startswith("*", previous_start)


def _code_before(folded: str, start: int) -> bool:
    """Whether a run of figures and capitals, mostly figures, of at least :data:`MIN_CODE_DIGITS` ends at ``start``."""
    begin = start
    while begin > 0 and start - begin < MAX_CODE and (folded[begin - 1].isdigit() or "A" <= folded[begin - 1] <= "Z"):
        begin -= 1
    run = folded[begin:start]
    return sum(char.isdigit() for char in run) >= MIN_CODE_DIGITS


#: the fixed terms a scheme's name adds its open term X to (1+X, 1+N+X): a count, or N, the other open term
_SCHEME_SUM_TERMS: Final = frozenset("0123456789Nn")


def _a_term_of_a_scheme_sum(folded: str, start: int, end: int) -> bool:
    """Whether a lone X at ``start`` is added to a count or to N by a plus sign next to it (1+X, 1+N+X, X+2)."""
    return (folded[start - 2:start - 1] in _SCHEME_SUM_TERMS and folded[start - 1:start] == "+" and start >= 2) \
        or (folded[end:end + 1] == "+" and folded[end + 1:end + 2] in _SCHEME_SUM_TERMS and end + 2 <= len(folded))


def _digits_before(folded: str, start: int) -> int:
    count = 0
    while start - count > 0 and folded[start - count - 1].isdigit():
        count += 1
    return count


def _after_a_point(folded: str, start: int) -> bool:
    """The token follows a decimal point after a figure or a blank: the fraction of XX.X%."""
    return (start >= 2 and folded[start - 1] == "."
            and (folded[start - 2].isdigit() or folded[start - 2] in BLANK_CHARS))


# ---------------------------------------------------------------- what a blank stands for

#: the strength of a slot's own name ([单位名称]): no context overrules it
NAMED_SLOT_STRENGTH: Final = 100


def _numbers_a_name(folded: str, start: int, after: int) -> bool:
    """Whether a blank before 号 is a name's number: two characters of words glued before it, none a day's month or
    word of time (X月X号, 于XX号前), and the name closing after the 号 (its quotation, a list's next name)."""
    before = folded[max(0, start - 2):start]
    return len(before) == 2 and all(_is_han(char) for char in before) and before[-1] not in NO_NAME_BEFORE_A_HAO \
        and folded.startswith(CLOSES_A_NUMBERED_NAME, after)


def judge(folded: str, start: int, end: int) -> Judgement:
    """The kind of the placeholder at ``start:end`` from its own context, and the word that shows it."""
    if folded[start] == "[":  # a named slot: its name tells
        name = folded[start + 1:end - 1]
        kind = next(kind for kind, words in NAMED_SLOT_KINDS if any(word in name for word in words))
        return Judgement(kind, "", NAMED_SLOT_CLASS, "", (0, 0), NAMED_SLOT_STRENGTH, names_slot=True, adjacent=True)
    outer_start, outer_end = start, end
    if start > 0 and end < len(folded) and folded[start - 1] + folded[end] in SLOT_BRACKETS:
        outer_start, outer_end = start - 1, end + 1  # ([X]次, 12月【X】日: the words beside the brackets tell)
    left = _left_cue(folded, outer_start)
    right = _right_cue(folded, outer_end)
    if left is not None and left.cue_class == SURNAME_CLASS and right is not None \
            and folded[outer_end:outer_end + 1] in " \t":
        right = None  # 张XX 县委办公室副主任: the name ends at its space, the post after it is the next column's
    if left is not None and left.cue_class == POST_IN_A_CHAIN_CLASS and right is not None and right.kind == "region":
        # 局长、XX县委常委: the blank is inside the next post's name; a place's organ after it makes it the place
        # (a post is no person's name: 秘书长、*局长 stays a body named by its function)
        left = None
    if left is not None and left.cue_class == CALENDAR_DATE_CLASS and left.cue.endswith("年") \
            and not _month_follows(folded, outer_end):
        left = None  # 20XX年XX国际研讨会: after a year's figure a blank is its month only where 月 follows it
    if (left is not None and right is not None and left.cue_class == DIVISION_BEFORE
            and right.cue_class in ORGAN_CLASSES):
        # 省X委, 市X政府: the place is written before the blank, which names one of its bodies
        return evolve(right, kind="other", cue_class=ORGAN_AFTER_DIVISION, names_slot=False)
    if (left is not None and right is not None and left.cue_class in (COUNT_WORD_CLASS, HAVING_WORD_CLASS,
                                                                      FIGURE_WORD_CLASS)
            and right.cue_class == DATE_WORD_CLASS and right.cue in COUNTABLE_DATE_WORDS
            and not (right.cue == "年" and _A_YEAR_S_AFTER.match(folded, right.cue_span[1]) is not None)):
        # 近X年, 已有X年, 仅X年: a number of years, not a year (有效期X年X月X日 dates the period's end)
        return Judgement("number", left.cue, COUNT_WORD_CLASS, LEFT, left.cue_span, right.strength + 1,
                         adjacent=left.adjacent)
    if right is not None and right.cue_class == DATE_WORD_CLASS and right.cue == "号" \
            and _numbers_a_name(folded, outer_start, right.cue_span[1]):
        return evolve(right, kind="other", cue_class=NUMBER_OF_A_NAME_CLASS)  # 丰麦XX号, 神舟X号: no day
    if left is not None and left.cue_class == SURNAME_CLASS and _masks_a_given_name(folded, start, end) \
            and not (end - start >= 2 and right is not None
                     and right.cue_class in (MEASURE_WORD_CLASS, UNIT_OF_MEASURE_CLASS)):
        # (two blanks before a measure word or a unit count what it measures: 劳动模范××名, 示范××个, 造林××亩 end
        # no masked name)
        return evolve(left, strength=MASKED_NAME_STRENGTH)  # 陈*强等: a name masked between its characters
    surname = _masked_list_item(folded, start, end)
    if surname is not None:  # 周*英(2人)、: a list made public masks its names with asterisks, whatever the surname
        return Judgement("person", folded[surname:start], SURNAME_CLASS, LEFT, (surname, start), MASKED_NAME_STRENGTH,
                         adjacent=True)
    if start > 0 and folded[start - 1] in _SURNAMES and folded.startswith("某某", start) \
            and not (right is not None and right.adjacent and right.kind in ("other", "region")):
        # 周某某家, 刘某某诉…: a surname and 某某 are how a text keeps a person's name back, whatever word follows;
        # not a body's name after a verb that ends in a surname's character (感谢某某集团)
        return Judgement("person", folded[start - 1], SURNAME_CLASS, LEFT, (start - 1, start), MASKED_NAME_STRENGTH,
                         adjacent=True)
    if _in_an_address(folded, start, end):
        return _NO_EVIDENCE  # a mail's or a site's domain (fxb@×××.gov.cn, www.XX.gov.cn): no name, place or count
    # a blank glued to a figure or a dash is a digit of a code (0XXX-XXXXXXX, 1XXXXXXXXXX): its shape says no name
    shape = _shape(folded[start:end])
    if shape is not None and (_in_a_code(folded, start, end)
                              or (shape.cue_class == NAME_SHAPE_CLASS and _BODY_NAME_AFTER.match(folded, end))):
        shape = None  # (a code's digits; a body's name: 某某物流园区, ×××集团)
    if _in_a_decimal(folded, start, end):
        shape = Judgement("number", "", DECIMAL_SHAPE_CLASS, "", (0, 0), DECIMAL_SHAPE_STRENGTH)
    if left is None and right is None and _fills_a_speaker_s_line(folded, start, end):
        return Judgement("person", "", SPEAKER_LINE_CLASS, "", (0, 0), SPEAKER_LINE_STRENGTH)
    candidates = [cue for cue in (left, right, shape) if cue is not None and cue.strength]
    if any(cue.cue_class in (YEAR_START_CLASS, YEAR_SHAPE_CLASS) for cue in candidates):
        # it stands for digits, a year's: 20XX年间 and 20XX年以前 date a time, they count no years
        candidates = [cue for cue in candidates if cue.kind in DIGIT_KINDS and cue.cue_class != COUNT_OF_YEARS_CLASS]
        if right is not None and right.cue in COHORT_WORDS:
            # 20XX级, 20XX届: the year a class entered or leaves, a date, not the ordinal the word counts elsewhere
            candidates = [cue for cue in candidates if cue.kind == "date"] or candidates
    if not candidates:
        return _NO_EVIDENCE
    return max(candidates, key=lambda cue: (cue.strength, cue.side == RIGHT))


def _in_an_address(folded: str, start: int, end: int) -> bool:
    """Whether the blank is a part of a mail's or a web address: after its @ or its dot, or before a dot and the
    domain's Latin letters (×××.gov.cn)."""
    return _ADDRESS_BEFORE.search(folded, max(0, start - 2), start) is not None \
        or _DOMAIN_AFTER.match(folded, end) is not None


def _fills_a_speaker_s_line(folded: str, start: int, end: int) -> bool:
    """Whether a blank is the whole of its line, and the next line with text is a salutation (…上的讲话 / ×× /
    同志们:): the speaker's name, where a speech's head names who gives it."""
    # (only spaces may stand beside it on its line: read outwards over them, never along a long line)
    before = start
    while before > 0 and folded[before - 1] in " \t\u3000":
        before -= 1
    after = end
    while after < len(folded) and folded[after] in " \t\u3000":
        after += 1
    if (before > 0 and folded[before - 1] != "\n") or after >= len(folded) or folded[after] != "\n":
        return False
    following = after + 1
    for _ in range(MAX_LINES_TO_SALUTATION):  # (blank lines between them, a few)
        next_end = folded.find("\n", following)
        content = folded[following:len(folded) if next_end < 0 else next_end].strip()
        if content and not _DATELINE.fullmatch(content):  # (the speech's date in brackets may stand between)
            return is_salutation_line(content)
        if next_end < 0:
            return False
        following = next_end + 1
    return False


#: a speech's date in brackets under its title and speaker ((2031年5月6日), (20XX年X月X日))
_DATELINE: Final = lazy_compile(DATELINE)


#: what right after a year's 年 makes it a date, not a count of years: a month's figure or blank and 月 (…X年X月X日),
#: or 各 (实现××年各项目标 names the things of one year, where a count of years, 连续X年, ends its phrase)
_A_YEAR_S_AFTER: Final = lazy_compile(rf"[ \t]*[0-9{BLANK_CHARS}]{{1,2}}[ \t]*月|各")


def _month_follows(folded: str, end: int) -> bool:
    """Whether the word after a blank (spaces aside) is a month's (X月)."""
    while end < len(folded) and folded[end] in " \t":
        end += 1
    return folded.startswith("月", end)


def _masks_a_given_name(folded: str, start: int, end: int) -> bool:
    """Whether a blank of one or two characters after a surname stands before the given name's last character,
    the word ending there (陈*强等, 王×明、): how a list made public masks a person's name. A character after
    it that goes on into a word (李X强调) is a word's, not a name's."""
    return (end - start <= 2 and end < len(folded) and _is_han(folded[end])
            and (end + 1 == len(folded) or not _is_han(folded[end + 1]) or folded[end + 1] in _AFTER_A_NAME))


def _masked_list_item(folded: str, start: int, end: int) -> int | None:
    """Where the surname starts, when asterisks mask the rest of a name that is an item of a list (…:刘*华(3人)、
    欧阳**(3人)): a surname, one or two asterisks, at most two more characters, an item's edge on either side."""
    if end - start > 2 or folded[start:end].strip("*"):
        return None
    surname = start - 2 if folded[max(0, start - 2):start] in COMPOUND_SURNAMES else start - 1
    if surname < 0 or folded[surname:start] not in _ANY_SURNAME \
            or (surname > 0 and folded[surname - 1] not in _LIST_ITEM_EDGES):
        return None
    after = end
    while after < len(folded) and after - end < 2 and _is_han(folded[after]):
        after += 1
    return surname if after == len(folded) or folded[after] in _LIST_ITEM_EDGES else None


def _in_a_code(folded: str, start: int, end: int) -> bool:
    """Whether the blank at ``start:end`` is glued to a figure, or joined by a dash to one or to another blank."""
    before = folded[start - 1] if start > 0 else ""
    after = folded[end] if end < len(folded) else ""
    return before.isdigit() or after.isdigit() or before == "-" or after == "-"


#: what stands before an item's marker (3.…), not before a number's whole part
_ITEM_BEFORE: Final = ";。,:!?\n "


def _in_a_decimal(folded: str, start: int, end: int) -> bool:
    """Whether the blank at ``start:end`` is a part of a decimal figure: a point, then digits or a blank, after it
    (XXX.X), or a figure or a blank, then a point, before it (the X of XXX.X)."""
    after = folded[end:end + 2]
    before = folded[max(0, start - 3):start]
    # (a figure and a point after a clause's end are an item's marker, not a number's digits: ;3.XX购物中心)
    return (len(after) == 2 and after[0] == "." and (after[1].isdigit() or after[1] in BLANK_CHARS)) \
        or (len(before) >= 2 and before[-1] == "." and (before[-2] in BLANK_CHARS
                                                        or (before[-2].isdigit() and len(before) == 3
                                                            and before[0] not in _ITEM_BEFORE)))


def placeholder_kind(folded: str, start: int, end: int) -> str:
    """The kind of the placeholder at ``start:end`` from its own context."""
    return judge(folded, start, end).kind


def _left_cue(folded: str, start: int) -> Judgement | None:
    """The longest word of a cue class that ends where the blank starts (spaces aside)."""
    window_start = max(0, start - LEFT_REACH)
    window = folded[window_start:start]
    window = window[window.rfind("\n") + 1:]
    stripped = window.rstrip(" \t")
    adjacent = True
    alternative = _ALTERNATIVE.search(stripped)
    if alternative is not None:  # 返(来)X: the word before the alternative is the cue
        stripped = stripped[:alternative.start()].rstrip(" \t")
        adjacent = False
    end = start - len(window) + len(stripped)
    best: tuple[int, int, CueClass] | None = None
    for cls, pattern in _LEFT_BY_EDGE.for_char(stripped[-1:]):
        match = pattern.search(stripped)
        if match is not None:
            candidate = (match.end() - match.start(), cls.strength, cls)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is None:
        return None
    length, _, cls = best
    return _cue(cls, folded[end - length:end], (end - length, end), adjacent)


def _right_cue(folded: str, end: int) -> Judgement | None:
    """The longest word of a cue class that starts where the blank ends (spaces and a fraction aside)."""
    position = end
    while position < len(folded) and folded[position] in " \t":
        position += 1
    if position - end >= 2 or "\t" in folded[end:position]:
        return None  # a gap of a table's or a list's columns: what stands after it is the next column's
    adjacent = True
    fraction = _DECIMAL.match(folded, position, position + _DECIMAL_REACH)
    if fraction is not None:  # XX.X%: the unit after the fraction
        position = fraction.end()
        adjacent = False
    window = folded[position:position + RIGHT_REACH]
    window = window.split("\n", 1)[0]
    if position > end and (post := _POST_BESIDE_A_NAME.match(window)) is not None:
        # a post beside the blank, a space between (组长:XXX 镇党委书记): a list's name, whatever place the post names
        return Judgement("person", post.group(), POST_BESIDE_CLASS, RIGHT, (position, post.end() + position),
                         POST_BESIDE_STRENGTH)
    for classes in (_RIGHT_WORDS_BY_EDGE, _RIGHT_PHRASES_BY_EDGE):  # a phrase is read only where no word is
        best: tuple[int, int, CueClass] | None = None
        for cls, pattern in classes.for_char(window[:1]):
            match = pattern.match(window)
            if match is not None:
                candidate = (match.end(), cls.strength, cls)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
        if best is not None:
            length, _, cls = best
            word = folded[position:position + length]
            return _cue(cls, word, (position, position + length), adjacent and not cls.phrase)
    return None


def _cue(cls: CueClass, word: str, span: tuple[int, int], adjacent: bool) -> Judgement:
    if cls.kind is None:  # a word that only begins like a cue: it shows nothing, but blocks the cue
        return Judgement("other", word, cls.name, cls.side, span, 0, adjacent=adjacent and _writable(word))
    return Judgement(cls.kind, word, cls.name, cls.side, span, cls.strength, cls.names_slot,
                     adjacent and _writable(word))


def _writable(word: str) -> bool:
    """A context word a slot's name can write: not one holding another blank (等X名) or punctuation (、 ”)."""
    return not any(char in BLANK_CHARS or (unicodedata.category(char)[0] == "P" and char not in "%‰")
                   for char in word)


#: the rest of a body's name after a blank of a name's shape, to the word that ends it (not a title: 某某局长)
_BODY_NAME_AFTER: Final = lazy_compile(rf"(?:(?![{NO_BODY_NAME_CHARS}])\p{{Han}}){{0,{MAX_BODY_NAME_REACH}}}?"
                                       rf"(?:{'|'.join((*ORGANISATION_ENDINGS, *BODY_NAME_ENDINGS))})"
                                       rf"(?!{'|'.join(TITLES_OF_OFFICE)}|长)")


def _shape(token: str) -> Judgement | None:
    for pattern, kind, strength, name in _SHAPES:
        if pattern.fullmatch(token):
            return Judgement(kind, "", name, "", (0, 0), strength)
    return None


def _coordinated_kinds(folded: str, spans: list[tuple[int, int]], judgements: list[Judgement]) -> list[Judgement]:
    """A blank with no cue of its own takes the kind of the blanks it is listed with (X、X两县, X至X名); so does a
    blank only its shape judged (XXX, a name's three characters) at one end of a range whose other end a word beside
    it judged (每人XXX至XXXX元: the unit counts both ends)."""
    out = list(judgements)
    group_start = 0
    for index in range(1, len(spans) + 1):
        if index < len(spans) and _coordinated(folded, spans[index - 1][1], spans[index][0]):
            continue
        members = range(group_start, index)
        evidenced = [member for member in members if judgements[member].strength]
        # (only across a range's word: in a list, 某村XXX、某社区XXX, each blank is a name after its place)
        worded = [member for member in evidenced if judgements[member].cue_class != NAME_SHAPE_CLASS] \
            if index - group_start == 2 and _RANGE_WORD.fullmatch(folded, spans[group_start][1], spans[index - 1][0]) \
            else []
        sources = worded or evidenced
        for member in members:
            shape_only = judgements[member].cue_class == NAME_SHAPE_CLASS
            if not sources or (judgements[member].strength and not (worded and shape_only)):
                continue
            source = max(sources, key=lambda other: (judgements[other].strength, -abs(other - member)))
            out[member] = Judgement(judgements[source].kind, judgements[source].cue, COORDINATION)
        group_start = index
    return out


def _the_documents_place(folded: str, spans: list[tuple[int, int]], judgements: list[Judgement]) -> list[Judgement]:
    """A blank with no cue takes the place's kind where the document names its place with the same token beyond
    doubt (XX市, 中共XX市委, at least :data:`MIN_PLACES_SHOWN` times) and mostly so where it names (齐聚XX,
    在XX多走走; not XX公司 or XX同志)."""
    shown: dict[str, int] = {}  # a token's blanks a place's name shows beyond doubt
    regions: dict[str, int] = {}  # its blanks any cue makes places
    cued: dict[str, int] = {}
    for (start, end), judgement in zip(spans, judgements, strict=True):
        token = folded[start:end]
        # (a form's line of underscores is any field; a count or a date a token blanks too, XX万吨 or XX年,
        # says nothing of which name it stands for)
        if judgement.strength and not token.startswith("_") and judgement.kind in NAME_KINDS:
            cued[token] = cued.get(token, 0) + 1
            if judgement.kind == "region":
                regions[token] = regions.get(token, 0) + 1
                if judgement.cue_class in PLACE_CLASSES:
                    shown[token] = shown.get(token, 0) + 1
    places = {token for token, count in shown.items()
              if count >= MIN_PLACES_SHOWN and regions[token] >= MIN_PLACE_SHARE * cued[token]}
    if not places:
        return judgements
    return [Judgement("region", "", DOCUMENTS_PLACE_CLASS)
            if not judgement.strength and judgement.cue_class != COORDINATION and folded[start:end] in places
            else judgement
            for (start, end), judgement in zip(spans, judgements, strict=True)]


#: what stands between a range's two ends (XXX至XXXX元, XX-XX人)
_RANGE_WORD: Final = lazy_compile(r"[ \t]*(?:至|到|~|-|—{1,2})[ \t]*")


def _coordinated(folded: str, end: int, start: int) -> bool:
    """The text between two blanks joins them as items of one list (、 和 至 …, or only a space)."""
    if start - end > 3 * (COORDINATED_ITEM + 2):
        return False  # before copying what lies between: blanks far apart would copy the whole text
    between = folded[end:start]
    if between and not between.strip(" \t"):
        return True  # X XX 县: two blanks of one name written apart
    pieces = _COORDINATOR.split(between)
    return len(pieces) > 1 and all(_ITEM.fullmatch(piece.strip(" \t")) for piece in pieces)


_LEFT_BY_EDGE: Final = _ClassesByEdge(_LEFT_CLASSES, LEFT)
_RIGHT_WORDS_BY_EDGE: Final = _ClassesByEdge(_RIGHT_WORDS, RIGHT)
_RIGHT_PHRASES_BY_EDGE: Final = _ClassesByEdge(_RIGHT_PHRASES, RIGHT)


# ---------------------------------------------------------------- slots

def slot_key(token: str, judgement: Judgement) -> str:
    """The slot's name: the token with the context word that decided its kind (全X, X委, X个)."""
    if not judgement.adjacent:
        return token
    if judgement.side == LEFT:
        return judgement.cue + token
    if judgement.side == RIGHT:
        return token + judgement.cue
    return token


def _is_latin(char: str) -> bool:
    """A Latin letter (× and ÷, in the Latin-1 block, are signs)."""
    return (char.isascii() and char.isalpha()) or ("\u00c0" <= char <= "\u024f" and char not in "×÷")


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
