"""A chat's record around a document pasted into it (a QQ export, a WeChat group's record).

A record is a run of messages, each under its sender's line (2031-12-05 9:08:40 张静(10842366) in a QQ export;
程晓梅  09:12 in a copied record). Someone posts a document in one message or several, and the others answer
between them (收到, [强], 手机上打不开). The document is what its poster wrote: the sender's lines go, and so
do the others' messages, and the poster's own chat before the document begins (short messages: @全体成员 …,
好的, 我直接贴上来), after it closed with its date (@某某 按表格填, 另外提醒一下…), and wherever a message of theirs
is a chat's line alone (好的我记下了, 有问题私聊我[抱拳]). A sentence the poster split
over two messages joins again where the messages between
them went (the line joiner reads a sentence cut across removed text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING, Final

import regex

from speechparse.lazyregex import lazy_compile
from speechparse.vocab import WRITTEN_DATE_LINE
from speechparse.vocab.noise import CHAT_CLOCK, CHAT_DAY_RULE, CHAT_REPLY_LINE
from speechparse.vocab.schemes import SECTION_MARKER

if TYPE_CHECKING:
    from speechparse.clean import CleanState

#: a message's header: its date and time, then its sender (a QQ export: 2031-12-05 9:08:40 张静(1084236671)), or
#: its sender, then the time (a copied record: 程晓梅  09:12, 李娜-临江镇  12月5日 09:15)
_DATE: Final = r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
_SENDER_LINE: Final = lazy_compile(
    rf"^[ \t]*+(?:{_DATE}[ \t]+{CHAT_CLOCK}[ \t]+(?P<after>[^\s:][^\n:]{{0,30}}?)"
    # (a neighbours' group names its members by their flat: 12-601 张姐  09:05)
    rf"|(?P<before>(?:[0-9]{{1,4}}-[0-9]{{1,5}}[ \t]+)?[^\s:0-9][^\n:。,]{{0,20}}?)[ \t]+"
    rf"(?:{_DATE}[ \t]+|[0-9]{{1,2}}月[0-9]{{1,2}}日[ \t]*)?"
    rf"{CHAT_CLOCK})[ \t]*$", regex.MULTILINE)  # (matched at a line's start: ^ and $ at its ends)
#: the date a document closes with, alone on its line (成文日期: 2031年5月15日)
_WRITTEN_DATE_LINE: Final = lazy_compile(WRITTEN_DATE_LINE)
#: a clock's minutes, which every sender's line holds after its hour (Python's re, led by the colon: a search at
#: C speed); only the lines that hold one are read for a sender's
_MINUTES: Final = re.compile(r":[0-5][0-9]")
#: an account's number after a sender's name in a QQ export (张静(1084236671)), or an address (<…@…>)
_ACCOUNT: Final = lazy_compile(r"[ \t]*(?:\([0-9]{5,12}\)|<[^<>\n]{1,60}>)$")
#: a message that is chat whoever sent it, the poster too: one line, an acknowledgement, a sticker, a word to
#: someone (好的我记下了, [强]), or a short line that ends in a sticker's name (有问题私聊我,谢谢[抱拳]): no piece of a
#: document is one
_CHAT_MESSAGE: Final = lazy_compile(rf"(?:{CHAT_REPLY_LINE})|[^\n]{{0,30}}\[[\p{{Han}}A-Za-z]{{1,4}}\]")
_DAY_RULE: Final = lazy_compile(CHAT_DAY_RULE, regex.MULTILINE)
#: a numbered heading that opens a message: the document goes on in it
_MARKER: Final = lazy_compile(SECTION_MARKER)
#: the names its removals carry
SENDER_RULE, REPLY_RULE = "chat.sender", "chat.reply"
CHAT_RULE_NAMES: Final = (SENDER_RULE, REPLY_RULE)
#: a record holds at least this many messages
MIN_MESSAGES: Final = 3
#: the poster's messages hold at least this share of the record's text
MIN_POSTER_SHARE: Final = 0.5
#: the document begins with the poster's first message this long (characters): the ones before are chat
MIN_DOCUMENT_MESSAGE: Final = 100


def _clocks(text: str) -> Iterator[int]:
    """Where the clock times of ``text`` stand (an hour's digit, a colon, the minutes)."""
    for minutes in _MINUTES.finditer(text):
        if minutes.start() and text[minutes.start() - 1].isdigit():
            yield minutes.start()


def _message(state: CleanState, text: str, start: int, end: int) -> str:
    """A message's words, without the record's lines under it (its day between rules) or a rule took already."""
    lines = []
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        if text[line_start:line_end].strip() and not state.marked_whole(line_start, line_end) \
                and _DAY_RULE.match(text, line_start, line_end) is None:
            lines.append(text[line_start:line_end])
        line_start = line_end + 1
    return "\n".join(lines).strip()


def remove_chat_replies(state: CleanState) -> None:
    """In a chat's record, the senders' lines, the others' messages and the poster's chat before the document
    go (:data:`SENDER_RULE`, :data:`REPLY_RULE`); a text with fewer than :data:`MIN_MESSAGES` senders' lines is none."""
    text = state.folded
    if sum(1 for _ in islice(_clocks(text), MIN_MESSAGES)) < MIN_MESSAGES:
        return  # (most texts hold few times, and are not read line by line)
    headers = []
    last_line = -1
    for clock in _clocks(text):
        line_start = text.rfind("\n", 0, clock) + 1
        if line_start != last_line:
            last_line = line_start
            header = _SENDER_LINE.match(text, line_start)
            if header is not None:
                headers.append(header)
    if len(headers) < MIN_MESSAGES \
            or sum(1 for char in text[:headers[0].start()] if char.isalnum()) >= MIN_DOCUMENT_MESSAGE:
        return  # (a record begins with its messages: a page's own text above its first is a post and its replies)
    messages = []  # (sender, header start, body start, body end)
    for index, header in enumerate(headers):
        end = headers[index + 1].start() if index + 1 < len(headers) else len(text)
        name = header.group("after") or header.group("before") or ""
        account = _ACCOUNT.search(name)
        messages.append((name[:account.start()] if account is not None else name, header.start(),
                         min(len(text), header.end() + 1), end))
    sizes: dict[str, int] = {}
    for sender, _, start, end in messages:
        sizes[sender] = sizes.get(sender, 0) + len(text[start:end].strip())
    poster = max(sizes, key=lambda sender: sizes[sender])
    if sizes[poster] < MIN_POSTER_SHARE * sum(sizes.values()):
        return  # a conversation, not a document posted in a chat
    # (a poster who wrote no long message posted no document before a chat: each of its messages is kept)
    begun = not any(sender == poster and len(text[start:end].strip()) >= MIN_DOCUMENT_MESSAGE
                    for sender, _, start, end in messages)
    ended = False  # the poster's document closed with its date: the poster's messages after it are chat too
    posted = not begun  # the poster posted a document (a long message), which the others may answer
    answered = False  # another sender answered after the document began
    for sender, header_start, start, end in messages:
        own = sender == poster
        body = _message(state, text, start, end)
        begun = begun or (own and len(body) >= MIN_DOCUMENT_MESSAGE)
        answered = answered or (posted and begun and not own)
        # (after the others' answers, the poster's short word to them, no part of the document opening with its
        # marker, is chat: 请各单位于4月3日前报送…)
        chat = _CHAT_MESSAGE.fullmatch(body) is not None \
            or (answered and len(body) < MIN_DOCUMENT_MESSAGE and "\n" not in body and not _MARKER.match(body))
        if own and begun and not ended and not chat:
            state.remove([(header_start, start)], rule=SENDER_RULE)
            body = text[start:end].rstrip()
            ended = _WRITTEN_DATE_LINE.fullmatch(body, body.rfind("\n") + 1) is not None
        else:
            state.remove([(header_start, end)], rule=REPLY_RULE)
