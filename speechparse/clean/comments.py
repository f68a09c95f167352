"""A shared document's comment cards, printed where they are anchored (an online editor's page copied, its export).

An online editor prints each comment card under the paragraph it is anchored to: the panel's label (评论 (2),
💬 评论, 批注; 修订 for a reviewer's change; —— 评论 —— over the cards at the document's foot), maybe the words it
quotes (引用:…), then each comment: its header (the writer and when: 刘某 3月11日 10:22, 王某 · 08-30 10:21,
某某 昨天 16:20 回复 某某), its words, the replies under it (↳ 某某 4月8日 11:03:…, 回复 某某:…, @某某 …), and the
card's buttons (回复, ✓ 已解决, 接受  拒绝). The document goes on after the card.

The cards go before the chat stage, which would read their headers as a chat's senders and the document between
them as messages. An export that letters its comments ([a] 某某 4月8日 10:12) letters their anchors in the text
too (…业务指导[a]。): those letters go with the cards.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Final

import regex

from speechparse.lazyregex import lazy_compile
from speechparse.prefilter import holds_string
from speechparse.vocab.noise import (
    CHANGE_LINE,
    COMMENT_BUTTON,
    COMMENT_HEADER,
    COMMENT_ICONS,
    COMMENT_NAME_LINE,
    COMMENT_QUOTE,
    COMMENT_REPLY,
    COMMENT_TIME_LINE,
    COMMENTS_PANEL,
)

if TYPE_CHECKING:
    from speechparse.clean import CleanState

_PANEL: Final = lazy_compile(COMMENTS_PANEL, regex.MULTILINE)
_HEADER: Final = lazy_compile(COMMENT_HEADER)
_BUTTON: Final = lazy_compile(COMMENT_BUTTON)
#: a header over two lines, the writer's name (or the change they made) and when under it: the time line's end
_NAME_LINE: Final = lazy_compile(f"{COMMENT_NAME_LINE}|{CHANGE_LINE}")
_TIME_LINE: Final = lazy_compile(COMMENT_TIME_LINE)
_QUOTE: Final = lazy_compile(COMMENT_QUOTE)
_REPLY: Final = lazy_compile(COMMENT_REPLY)
#: a reply's own header, which says it is one (回复  某某  6月3日 15:40): its words follow; no comment of the count
_REPLY_HEADER: Final = lazy_compile(rf"[ \t]*回复[ \t]+{COMMENT_HEADER}")
#: the letter an export gives a comment, at its header's start ([a] 某某 4月8日 10:12)
_LETTER: Final = lazy_compile(r"[ \t]*\[(?P<letter>[a-z0-9]{1,2})\]")
#: the names its removals carry
CARD_RULE, ANCHOR_RULE = "comments.card", "comments.anchor"
COMMENT_RULE_NAMES: Final = (CARD_RULE, ANCHOR_RULE)
#: the most comments a panel's count may announce for its card to be read under it
MAX_PANEL_COMMENTS: Final = 20
#: a comment's words, under its header and before the next, run to this many lines at most: more is the document's
MAX_WORDS_LINES: Final = 4


def _read_card(text: str, position: int, count: int | None, headers: int) -> tuple[int, int]:
    """(how many comments, where the card ends) from ``position``, the line under the panel's label.

    With a ``count``, that many comments are read, whatever their words; without one, each comment's words are a
    line, and the replies and buttons under it follow, as many as stand there."""
    last_words = False  # the last comment's words are read: the document goes on after its replies and buttons
    words_lines = 0
    quoted = False
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        split = _split_header_end(text, position, line_end)
        if split is not None:
            line_end = split  # (the time line under the name is the header's)
        if headers and _REPLY_HEADER.fullmatch(text, position, line_end):
            last_words, words_lines = False, 0
        elif split is not None or _HEADER.fullmatch(text, position, line_end):
            if headers in (count, MAX_PANEL_COMMENTS):
                break  # (more headers than the count: the count tells where the card ends)
            headers, last_words, words_lines = headers + 1, False, 0
        elif not quoted and words_lines == 0 and _QUOTE.fullmatch(text, position, line_end):
            quoted = True  # (the words the card is anchored to, over its first comment or under its header)
        elif headers == 0:
            break  # (a label with no comment under it: the label alone, whatever a rule of lines makes of it)
        elif _is_a_panel(text, position, line_end):
            break  # (the next card)
        elif _BUTTON.fullmatch(text, position, line_end) is None \
                and not (words_lines and _REPLY.fullmatch(text, position, line_end)):
            # (a reply under a comment's words is the comment's; a reply's line under the header is its words)
            words_lines += 1
            if words_lines > MAX_WORDS_LINES:
                break  # (no comment runs so long: the document's, under a card that showed fewer than its count)
            if count is None or headers == count:
                if last_words:
                    break
                last_words = True
        position = line_end + 1
    return headers, min(position, len(text))


def _split_header_end(text: str, start: int, end: int) -> int | None:
    """Where a comment's header over two lines ends (某某 / 3月6日 15:21: the end of its time line), or None."""
    if end >= len(text) or not _NAME_LINE.fullmatch(text, start, end):
        return None
    time_end = text.find("\n", end + 1)
    time_end = len(text) if time_end < 0 else time_end
    return time_end if _TIME_LINE.fullmatch(text, end + 1, time_end) else None


def _is_a_panel(text: str, start: int, end: int) -> bool:
    """Whether the line is a card's label (评论 (2)), or the app's icon before a comment's header (💬 某某 · 时间):
    not a button or a reply after a mark (✓ 已解决, ↳ 某某:…)."""
    label = _PANEL.match(text, start, end)
    if label is None or label.end() != end or _BUTTON.fullmatch(text, start, end) or _REPLY.fullmatch(text, start, end):
        return False
    iconed = label.group("iconed")
    return iconed is None or _HEADER.fullmatch(iconed) is not None


def remove_comment_cards(state: CleanState) -> None:
    """Mark each comment card under its panel's label, and the letters of the anchors its comments name."""
    text = state.folded
    if not (holds_string(text, "评论") or holds_string(text, "批注") or holds_string(text, "修订")
            or any(holds_string(text, icon) for icon in COMMENT_ICONS)):
        return  # (most texts)
    cards: list[tuple[int, int]] = []
    for panel in _PANEL.finditer(text):
        if cards and panel.start() < cards[-1][1]:
            continue  # (a panel inside the card read before: its own comment's words)
        first = panel.group("first") or panel.group("iconed")
        if first is not None and not _HEADER.fullmatch(first):
            continue
        announced = panel.group("count") or panel.group("dotted") or panel.group("spaced")
        count = int(announced) if announced else None
        if count is not None and not 0 < count <= MAX_PANEL_COMMENTS:
            continue
        headers = 1 if first is not None else 0
        found, end = _read_card(text, panel.end() + 1, count, headers)
        if count is not None and found != count:
            # (a card that shows fewer comments than its count: read as a card without one)
            found, end = _read_card(text, panel.end() + 1, None, headers)
        if found > headers or first is not None:
            cards.append((panel.start(), end))
    if not cards:
        return
    letters = {match.group("letter") for start, end in cards for line in text[start:end].split("\n")
               if (match := _LETTER.match(line)) is not None and _HEADER.fullmatch(line)}
    state.remove(cards, rule=CARD_RULE)
    anchors = []
    # (the cards stand in order, apart: the last to start at or before a position holds it if it ends after it)
    card_starts = [start for start, _ in cards]
    for letter in sorted(letters):
        anchor = f"[{letter}]"
        position = text.find(anchor)
        while position >= 0:
            index = bisect_right(card_starts, position) - 1
            if index < 0 or cards[index][1] <= position:
                anchors.append((position, position + len(anchor)))
            position = text.find(anchor, position + len(anchor))
    if anchors:
        state.remove(sorted(anchors), rule=ANCHOR_RULE)
