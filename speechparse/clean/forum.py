"""A forum's thread around a document posted in it (a 贴吧 thread, a board's topic).

A thread is a run of floors. Each floor opens with its member's name (and their level: Lv9, 初级粉丝 / 1) and closes
with its number and time (来自Android客户端2楼2031-04-12 20:33); between two floors stand the first floor's
replies (楼中楼: 某某: 写得好 / 4-12 21:21 回复, 收起回复, 我也说一句). A member who posts a long document
splits it over several floors of their own, and the others answer between them (mark, 求word版).

The document is what its writer posted: the member whose floors hold the most text. Their floors' names, levels and
closing lines go, and so does every other member's floor and every reply inside a floor. Text above the first
floor's name is the page's head, left to the generic layer.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise
from typing import TYPE_CHECKING, Final

import regex

from speechparse.lazyregex import lazy_compile
from speechparse.lex.lines import trimmed
from speechparse.prefilter import holds_string
from speechparse.vocab import WRITTEN_DATE_LINE
from speechparse.vocab.noise import (
    FORUM_FLOOR_BUTTONS,
    FORUM_FLOOR_FOOTER,
    FORUM_INNER_REPLY,
    FORUM_LEVEL_LINE,
    FORUM_MEMBER_CARD_LINE,
    FORUM_ONE_LINE_HEAD,
    FORUM_POSTED_LINE,
    FORUM_RANK,
    FORUM_THREAD_LINE,
    GOES_ON_NOTE,
)
from speechparse.vocab.schemes import SECTION_MARKER

if TYPE_CHECKING:
    from speechparse.clean import CleanState

_FOOTER_LINES: Final = lazy_compile(rf"^[ \t]*+(?:{FORUM_FLOOR_FOOTER})[ \t]*$", regex.MULTILINE)
_ONE_LINE_HEADS: Final = lazy_compile(FORUM_ONE_LINE_HEAD, regex.MULTILINE)
_POSTED_LINES: Final = lazy_compile(FORUM_POSTED_LINE, regex.MULTILINE)
_FLOOR_BUTTONS: Final = lazy_compile(FORUM_FLOOR_BUTTONS, regex.MULTILINE)
#: a floor's label in its head on a board that sets the member over the time: its place (沙发, 板凳, 地板) or number
#: (5#), or the thread starter's mark (楼主); a word of the board's, never a member's name
_FLOOR_LABEL: Final = lazy_compile(r"楼主|沙发|板凳|地板|地下室|[0-9]{1,4}#|[0-9]{1,4}楼")
_MEMBER_CARD_LINE: Final = lazy_compile(rf"(?:{FORUM_MEMBER_CARD_LINE})")
#: what opens a floor of the starter's that goes on with their document: a note that it does (接上楼), or a heading
_GOES_ON: Final = lazy_compile(rf"[ \t\n]*+(?:{GOES_ON_NOTE}[ \t]*(?:\n|$)|{SECTION_MARKER})")
#: a word of a floor's head that may name its member: a letter in it (not 1286, not |)
_WORD_WITH_A_LETTER: Final = lazy_compile(r"\p{L}")
#: (a line may hold two of them: 回复(5)  收起回复)
_THREAD_LINE: Final = lazy_compile(rf"(?:{FORUM_THREAD_LINE})(?:[ \t]++(?:{FORUM_THREAD_LINE}))?")
_INNER_REPLY: Final = lazy_compile(FORUM_INNER_REPLY)
_LEVEL_LINE: Final = lazy_compile(rf"(?:{FORUM_LEVEL_LINE})")
_RANK: Final = lazy_compile(FORUM_RANK)
_DIGITS: Final = lazy_compile(r"[0-9]{1,2}")
#: a member's name on the line that opens their floor: short, no sentence's mark, no colon
_NAME: Final = lazy_compile(r"[^\s:。!?;,][^\n:。!?;,]{0,23}")
_WRITTEN_DATE_LINE: Final = lazy_compile(WRITTEN_DATE_LINE)
#: the names its removals carry
FLOOR_RULE, REPLY_RULE = "forum.floor", "forum.reply"
FORUM_RULE_NAMES: Final = (FLOOR_RULE, REPLY_RULE)
#: a thread closes two floors at least
MIN_FLOORS: Final = 2
#: a floor whose member's name the copy lost is a reply up to this long (characters); a longer one leaves the thread
#: alone
MAX_NAMELESS_REPLY: Final = 120
#: a page's card between two floors (an ad: its label, offer and button) is at most this many lines
MAX_CARD_LINES: Final = 8
#: the date a document closes with stands on one of its floor's last lines: a note of the poster's may follow it
MAX_LINES_AFTER_THE_DATE: Final = 1
#: (on a board that sets the member over the time, the board's note of the floor's last edit may follow it too: 本帖
#: 最后由 某某 于 … 编辑)
MAX_LINES_AFTER_THE_DATE_EDITED: Final = 3
#: a thread of floors headed by the time they were posted holds three of them at least (a page may quote one such
#: line, 引用:某某 发表于 …, but on the quote's line)
MIN_POSTED_FLOORS: Final = 3
#: a floor's head there (its label, its member, their rank, standing and buttons) is at most this many lines
MAX_POSTED_HEAD_LINES: Final = 8


class _Floor:
    """A floor: its member's name, where its name line starts, where its text starts and ends, where its closing
    line ends (for the last floor, which a copy may cut before its close, the text's end)."""

    __slots__ = ("content_end", "content_start", "end", "name", "start")

    def __init__(self, name: str | None, start: int, content_start: int, content_end: int, end: int) -> None:
        self.name, self.start, self.content_start, self.content_end, self.end = (
            name, start, content_start, content_end, end)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, content start, content end) of each line between ``start`` and ``end``: content without its spaces."""
    found = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        found.append((position, *trimmed(text, position, line_end)))
        position = line_end + 1
    return found


def _after_the_name(text: str, lines: list[tuple[int, int, int]], index: int) -> int:
    """The index of the first line of a floor's text, past the name line at ``index`` and the member's level."""
    index += 1
    while index < len(lines):
        _, first, last = lines[index]
        content = text[first:last]
        if not content or _LEVEL_LINE.fullmatch(content):
            index += 1
        elif _RANK.fullmatch(content) and index + 1 < len(lines) \
                and _DIGITS.fullmatch(text, lines[index + 1][1], lines[index + 1][2]):
            index += 2  # (a rank over its number: 初级粉丝 / 1)
        else:
            break
    return index


def _has_level_below(text: str, lines: list[tuple[int, int, int]], index: int) -> bool:
    """Whether the line under the one at ``index`` is a member's level or badge (Lv9, 12, 楼主, 初级粉丝 / 1)."""
    if index + 1 >= len(lines):
        return False
    _, first, last = lines[index + 1]
    return _LEVEL_LINE.fullmatch(text, first, last) is not None or (
        _RANK.fullmatch(text, first, last) is not None and index + 2 < len(lines)
        and _DIGITS.fullmatch(text, lines[index + 2][1], lines[index + 2][2]) is not None)


def _floor_after(text: str, start: int, end: int, known: set[str]) -> tuple[_Floor | None, int]:
    """The floor between the close of the one before (``start``) and its own close (``end``), and where the replies
    to the floor before end: they come first, then the member's name, the level, the text."""
    lines = _lines(text, start, end)
    index = 0
    while index < len(lines):
        _, first, last = lines[index]
        content = text[first:last]
        if not content or _THREAD_LINE.fullmatch(content):
            index += 1
        elif _INNER_REPLY.fullmatch(content):
            known.add(content.split(":", 1)[0].split()[0])
            index += 1
        else:
            break
    if index < len(lines) and not _has_level_below(text, lines, index):
        # a card the page set between two floors (广告 / its offer / 立即咨询) stands over the next member's name,
        # which their level marks
        for below in range(index + 1, min(len(lines), index + 1 + MAX_CARD_LINES)):
            if _NAME.fullmatch(text, lines[below][1], lines[below][2]) and _has_level_below(text, lines, below):
                index = below
                break
    replies_end = lines[index][0] if index < len(lines) else end
    if index == len(lines) or not _NAME.fullmatch(text, lines[index][1], lines[index][2]):
        return None, replies_end
    name = text[lines[index][1]:lines[index][2]]
    known.add(name)
    body = _after_the_name(text, lines, index)
    content_start = lines[body][0] if body < len(lines) else end
    return _Floor(name, lines[index][0], content_start, end, end), replies_end


def _first_floor(text: str, end: int, known: set[str]) -> _Floor | None:
    """The first floor: its name is the last line above its close that names a member known from the others (its
    head above is the page's)."""
    lines = _lines(text, 0, end)
    for index in range(len(lines) - 1, -1, -1):
        _, first, last = lines[index]
        if text[first:last] in known:
            body = _after_the_name(text, lines, index)
            content_start = lines[body][0] if body < len(lines) else end
            return _Floor(text[first:last], lines[index][0], content_start, end, end)
    return None


def _closes_with_a_date(text: str, start: int, end: int, lines_after: int = MAX_LINES_AFTER_THE_DATE) -> bool:
    """Whether a floor's text holds the date a document closes with, on one of its last lines."""
    lines = [line for line in text[start:end].split("\n") if line.strip()][-lines_after - 1:]
    return any(_WRITTEN_DATE_LINE.fullmatch(line) for line in lines)


def remove_forum_floors(state: CleanState) -> None:
    """Mark a thread's floors' names, levels and closes, the replies between them and the floors of every member but
    the document's writer."""
    text = state.folded
    if holds_string(text, "发表于"):
        posted = [match.span() for match in _POSTED_LINES.finditer(text)]
        if len(posted) >= MIN_POSTED_FLOORS and _remove_posted_floors(state, text, posted):
            return
    if not holds_string(text, "楼"):
        return
    if holds_string(text, "回复日期"):
        heads = list(_ONE_LINE_HEADS.finditer(text))
        if len(heads) >= MIN_FLOORS:
            _remove_one_line_head_floors(state, text, heads)
            return
    footers = [match.span() for match in _FOOTER_LINES.finditer(text)]
    if len(footers) < MIN_FLOORS:
        return
    headers = [_header_above(text, footer_start) for footer_start, _ in footers]
    if all(header is not None for header in headers):
        _remove_header_first_floors(state, text, [(header, footer_end) for header, (_, footer_end)
                                                  in zip(headers, footers, strict=True) if header is not None])
        return
    known: set[str] = set()
    floors: list[_Floor] = []
    for (_, previous_end), (footer_start, footer_end) in pairwise(footers):
        floor, replies_end = _floor_after(text, previous_end + 1, footer_start, known)
        if floor is None:
            if footer_start - replies_end > MAX_NAMELESS_REPLY:
                return  # a long floor without its member's name: no thread this rule knows
            floor = _Floor(None, replies_end, replies_end, footer_start, footer_end)  # (a reply whose name was lost)
        floor.end = footer_end
        floors.append(floor)
    last, replies_end = _floor_after(text, footers[-1][1] + 1, len(text), known)
    first = _first_floor(text, footers[0][0], known)
    if first is None:
        return
    first.end = footers[0][1]
    floors.insert(0, first)
    writer = _writer(floors)
    # the writer's floors after the one the document closed in with its date are their talk in the thread
    # (回复 某某:初稿里还有一段…)
    ended = False
    for floor in floors:
        if floor.name == writer and ended:
            floor.name = None
        elif floor.name == writer:
            ended = _closes_with_a_date(text, floor.content_start, floor.content_end)
    # the replies between the floors, and the name and level over each floor's text, go
    state.remove([(footer_end, floor.start) for (_, footer_end), floor in zip(footers[:-1], floors[1:], strict=True)],
                 rule=REPLY_RULE)
    state.remove([(floor.start, floor.content_start) for floor in floors], rule=FLOOR_RULE)
    # a floor's close goes with it; another member's floor goes whole
    state.remove([(floor.content_end, floor.end) if floor.name == writer else (floor.start, floor.end)
                  for floor in floors], rule=FLOOR_RULE)
    # after the last close: the replies to it, and a floor the copy cut before its close unless it is the writer's
    # (what follows the replies and names no member is the page's foot, left to the generic layer)
    after = footers[-1][1]
    if last is None:
        state.remove([(after, replies_end)], rule=REPLY_RULE)
    elif last.name == writer and not ended:
        state.remove([(after, last.content_start)], rule=REPLY_RULE)
    else:
        state.remove([(after, len(text))], rule=REPLY_RULE)


def _header_above(text: str, footer_start: int) -> int | None:
    """Where a floor's head starts, where its number and time stand under its member's name and level, above its
    text (某某 / Lv.9 吧务 / 1楼 2031-03-29 08:47 来自Android客户端), as a thread's newer pages set them; None where the
    line is a floor's close instead."""
    level_end = footer_start - 1
    if level_end <= 0:
        return None
    level_start = text.rfind("\n", 0, level_end) + 1
    if _LEVEL_LINE.fullmatch(text, *trimmed(text, level_start, level_end)) is None or level_start == 0:
        return None
    name_start = text.rfind("\n", 0, level_start - 1) + 1
    return name_start if _NAME.fullmatch(text, *trimmed(text, name_start, level_start - 1)) else None


def _replies_at_the_end(text: str, start: int, end: int) -> int:
    """Where the replies under a floor's text begin, in a thread that sets each floor's head above its text: at the
    first line of the thread's own (回复(1) 收起回复, 我也说一句) among the last lines, the replies under it
    (某某:说得好 / 3-30 07:40 回复) and blank lines; ``end`` where none stands there."""
    lines = _lines(text, start, end)
    cut = end
    for line_start, first, last in reversed(lines):
        content = text[first:last]
        if not content:
            continue
        if _THREAD_LINE.fullmatch(content):
            cut = line_start
        elif not _INNER_REPLY.fullmatch(content):
            break
    return cut


def _remove_header_first_floors(state: CleanState, text: str, heads: list[tuple[int, int]]) -> None:
    """Mark the floors of a thread that sets each floor's head (name, level, number and time) above its text: every
    head, the replies under each floor, and the floors of every member but the document's writer."""
    floors: list[_Floor] = []
    for index, (head_start, footer_end) in enumerate(heads):
        end = heads[index + 1][0] if index + 1 < len(heads) else len(text)
        content_start = min(len(text), footer_end + 1)
        name = text[slice(*trimmed(text, head_start, text.find("\n", head_start)))]
        floors.append(_Floor(name, head_start, content_start, _replies_at_the_end(text, content_start, end), end))
    writer = _writer(floors)
    ended = False  # (the writer's floors after the one the document closed in with its date are their talk)
    for floor in floors:
        if floor.name == writer and not ended:
            ended = _closes_with_a_date(text, floor.content_start, floor.content_end)
            state.remove([(floor.start, floor.content_start)], rule=FLOOR_RULE)
            state.remove([(floor.content_end, floor.end)], rule=REPLY_RULE)
        else:
            state.remove([(floor.start, floor.end)], rule=FLOOR_RULE)


def _remove_one_line_head_floors(state: CleanState, text: str, heads: list[regex.Match[str]]) -> None:
    """Mark the floors of a thread that heads each floor with one line (作者:某某  回复日期:…  2楼): every head, and the
    floors of every member but the thread's writer (the one its own head names, else the one whose floors hold the most
    text), and the writer's floors that answer someone (@某某 5楼…), their talk in the thread."""
    ends = [head.start() for head in heads[1:]] + [len(text)]
    floors = [_Floor(head.group("name") or head.group("writer"), head.start(), min(len(text), head.end() + 1), end, end)
              for head, end in zip(heads, ends, strict=True)]
    writer = next((head.group("writer") for head in heads if head.group("writer")), None) or _writer(floors)
    for floor in floors:
        answers = text[floor.content_start:floor.content_end].lstrip().startswith("@")
        if floor.name == writer and not answers:
            state.remove([(floor.start, floor.content_start)], rule=FLOOR_RULE)
        else:
            state.remove([(floor.start, floor.end)], rule=FLOOR_RULE)


def _remove_posted_floors(state: CleanState, text: str, posted: list[tuple[int, int]]) -> bool:
    """Mark the floors of a thread that heads each floor with its member and then the time it was posted (沙发 / 某某
    / 发表于 … / the text / 回复  引用  举报): the first floor's time and buttons; every later floor whole, but for
    the starter's own floors that go on with the document (its name in their heads, the document not yet closed with
    its date, the floor opening with a note that it goes on or with a heading: no answer, no thanks); False, marking
    nothing, where a floor has no row of buttons or too long a head."""
    buttons = [match.span() for match in _FLOOR_BUTTONS.finditer(text)]
    button_starts = [start for start, _ in buttons]
    closes: list[tuple[int, int]] = []
    for index, (_, line_end) in enumerate(posted):
        limit = posted[index + 1][0] if index + 1 < len(posted) else len(text)
        at = bisect_left(button_starts, line_end)
        if at < len(buttons) and buttons[at][0] < limit:
            closes.append(buttons[at])
        elif index + 1 == len(posted):
            closes.append((len(text), len(text)))  # (the last floor, which the copy cut before its buttons)
        else:
            return False
    heads = [(closes[index - 1][1], posted[index][0]) for index in range(1, len(posted))]
    if any(text.count("\n", start, end) > MAX_POSTED_HEAD_LINES for start, end in heads):
        return False
    head_words = [_head_words(text, start, end) for start, end in heads]
    # the starter's name, in the first floor's head over its time (楼主  某某, 某某 / 楼主  电梯直达), but not a word
    # every other head holds too (发消息, the button each member's card has)
    first_line = text.rfind("\n", 0, max(0, posted[0][0] - 1)) + 1
    first_head = _head_start(text, posted[0][0])
    starter = _head_words(text, first_head, posted[0][0]) - head_words[0].intersection(*head_words[1:])
    first_end = min(len(text), posted[0][1] + 1)
    ended = _closes_with_a_date(text, first_end, closes[0][0], MAX_LINES_AFTER_THE_DATE_EDITED)
    # (the first floor's head is the page's, left to the generic layer, which reads it with the rest of the page's;
    # but for its label and member on the line over its time, 楼主  某某)
    if any(_FLOOR_LABEL.fullmatch(word) for word in text[first_line:posted[0][0]].split()):
        state.remove([(first_line, posted[0][0])], rule=FLOOR_RULE)
    state.remove([(_card_start(text, first_end, closes[0][0]), min(len(text), closes[0][1] + 1))], rule=FLOOR_RULE)
    for (head_start, _), words, (_, line_end), (close_start, close_end) in zip(
            heads, head_words, posted[1:], closes[1:], strict=True):
        content_start = min(len(text), line_end + 1)
        goes_on = _GOES_ON.match(text, content_start, close_start) is not None
        if words & starter and not ended and goes_on:
            card_start = _card_start(text, content_start, close_start)
            state.remove([(head_start, content_start), (card_start, min(len(text), close_end + 1))], rule=FLOOR_RULE)
        else:
            state.remove([(head_start, min(len(text), close_end + 1))], rule=FLOOR_RULE)
    return True


def _head_words(text: str, start: int, end: int) -> set[str]:
    """The words of a floor's head between ``start`` and ``end`` that may name its member: its labels (沙发, 5#)
    and its numbers left out."""
    return {word for word in text[start:end].split()
            if not _FLOOR_LABEL.fullmatch(word) and _WORD_WITH_A_LETTER.search(word)}


def _head_start(text: str, end: int) -> int:
    """Where the first floor's head starts above its time's line at ``end``: its lines up to a blank one, at most
    :data:`MAX_POSTED_HEAD_LINES`."""
    start = end
    for _ in range(MAX_POSTED_HEAD_LINES):
        line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
        if start == 0 or not text[line_start:start].strip():
            break
        start = line_start
    return start


def _card_start(text: str, start: int, end: int) -> int:
    """Where the member's card at the foot of a floor's text (between ``start`` and its buttons at ``end``) begins:
    its standing, signature, rules and motto, with the blank lines among them; ``end`` where none stands there."""
    card = end
    holds_a_card = False
    for line_start, first, last in reversed(_lines(text, start, end)):
        content = text[first:last]
        if content and _MEMBER_CARD_LINE.fullmatch(content) is None:
            break
        holds_a_card = holds_a_card or bool(content)
        card = line_start
    return card if holds_a_card else end


def _writer(floors: list[_Floor]) -> str:
    """The member whose floors hold the most text: the document's writer."""
    sizes: dict[str, int] = {}
    for floor in floors:
        if floor.name is not None:
            sizes[floor.name] = sizes.get(floor.name, 0) + floor.content_end - floor.content_start
    return max(sizes, key=lambda name: sizes[name])
