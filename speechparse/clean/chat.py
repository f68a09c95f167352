"""A chat's record around a document pasted into it (a QQ export, a WeChat group's record).

A record is a run of messages, each under its sender's line (2031-12-05 9:08:40 张静(10842366) in a QQ export;
程晓梅  09:12 in a copied record) or led by it on the message's first line ([2031/7/22 09:16] 张静: … in a phone's
export, whose lines of the app's own, 某某 添加了 某某, go as messages of no sender). Someone posts a document in one
message or several, and the others answer between them (收到, [强], 手机上打不开). The document is what its poster
wrote: the sender's lines go, and so do the others' messages, and the poster's own chat before the document begins
(short messages: @全体成员 …, 好的, 我直接贴上来), after it closed with its date (@某某 按表格填, 另外提醒一下…), and
wherever a message of theirs is a chat's line alone (好的我记下了, 有问题私聊我[抱拳]). A sentence the platform's length
limit split over two of the poster's messages joins again across what stood between them.

A record copied without times sets each sender's name alone on a line (陈主席:, 某公司-李会计): a name is a
sender's where it stands over an answer (收到, [图片]) once at least, and the record needs two who answered so.
Such a copy does not show every sender, so what follows the document's closing date is the chat's talk, and what
stands above the first message (the group's name, its bar, the day) is the record's head.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Final

import regex

from speechparse.lazyregex import lazy_compile
from speechparse.lex.lines import is_salutation_line
from speechparse.lex.title import is_title_text
from speechparse.prefilter import holds_string
from speechparse.vocab import WRITTEN_DATE_LINE
from speechparse.vocab.noise import (
    CHAT_ACKNOWLEDGEMENT,
    CHAT_CHAIN_LABEL,
    CHAT_CLOCK,
    CHAT_DAY_RULE,
    CHAT_GROUP_LINE,
    CHAT_REPLY_LINE,
    CHAT_SENDER_NAME,
    CHAT_STICKERS,
    CHAT_VOICE_LABEL,
    GOES_ON_NOTE,
    NAMED_TURN,
    TRANSCRIPT_SPEAKER,
)
from speechparse.vocab.schemes import SECTION_MARKER

if TYPE_CHECKING:
    from speechparse.clean import CleanState

#: a message's header: its date and time, then its sender (a QQ export: 2031-12-05 9:08:40 张静(1084236671)), or
#: its sender, then the time (a copied record: 程晓梅  09:12, 李娜-临江镇  12月5日 09:15)
_DATE: Final = r"[0-9]{4}(?:-[0-9]{1,2}-|/[0-9]{1,2}/)[0-9]{1,2}"
_SENDER_LINE: Final = lazy_compile(
    rf"^[ \t]*+(?:{_DATE}[ \t]+{CHAT_CLOCK}[ \t]+(?P<after>[^\s:][^\n:]{{0,30}}?)"
    # (a neighbours' group names its members by their flat: 12-601 张姐  09:05)
    # (not a thread's summary under a team chat's message, its last reply's time: 最后回复 今天 11:20)
    rf"|(?!最后回复)(?P<before>(?:[0-9]{{1,4}}-[0-9]{{1,5}}[ \t]+)?[^\s:0-9][^\n:。,]{{0,20}}?)[ \t]+"
    rf"(?:{_DATE}[ \t]+|[0-9]{{1,2}}月[0-9]{{1,2}}日[ \t]*)?"
    # (a work chat names the half of the day before the clock: 3月22日 上午9:06, or after it: 10:46 AM; ^ and $: a
    # line's ends)
    rf"(?:上午|下午|中午|早上|晚上)?{CHAT_CLOCK}(?:[ \t]*(?:AM|PM))?)[ \t]*$"
    # (a phone's export: the date and time in brackets, then the sender and a colon, the words after it on the line:
    # [2031/7/22 09:16] 某某: …; or the app's own line, no sender's colon: [2031/7/22 08:53] 某某 添加了 某某)
    rf"|^[ \t]*+\[{_DATE},?[ \t]+{CHAT_CLOCK}\][ \t]*+(?:(?P<inline>[^\s:\[][^\n:]{{0,30}}?):(?=[ \t]|$)|[^\n]*+)"
    # (a meeting's chat saved to text: the time, from whom, a colon, the words: 12:01:03 来自 某某 : …, 12:01:03 From
    # 某某 to Everyone: …)
    rf"|^[ \t]*+{CHAT_CLOCK}[ \t]+(?:来自|From)[ \t]+(?P<inline>[^\s:][^\n:]{{0,30}}?)"
    rf"(?:[ \t]+to[ \t]+[^\n:]{{1,30}}?)?[ \t]*:(?=[ \t]|$)",
    regex.MULTILINE)
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
#: an answer alone on its line, under its sender's (收到, 已阅, [图片], 好的[抱拳])
_ACKNOWLEDGEMENT: Final = lazy_compile(rf"[ \t]*+{CHAT_ACKNOWLEDGEMENT}")
_STICKERS: Final = lazy_compile(rf"[ \t]*+{CHAT_STICKERS}[ \t]*")
_GROUP_LINE: Final = lazy_compile(CHAT_GROUP_LINE)
_VOICE_LABEL: Final = lazy_compile(CHAT_VOICE_LABEL)
_CHAIN_LABEL: Final = lazy_compile(rf"^{CHAT_CHAIN_LABEL}$", regex.MULTILINE)
#: a transcript's speaker line (说话人1  00:00:03), and a speaker's name over minutes and seconds (王某  03:41)
_SPEAKER_LINE: Final = lazy_compile(TRANSCRIPT_SPEAKER)
NAMED_TURN_LINE: Final = lazy_compile(NAMED_TURN, regex.MULTILINE)
_ACKNOWLEDGEMENT_WORDS: Final = tuple(CHAT_ACKNOWLEDGEMENT.removeprefix("(?:").removesuffix(")").split("|"))
_ANSWER_LINE: Final = lazy_compile(rf"^[ \t]*+(?:{CHAT_REPLY_LINE})[ \t]*$", regex.MULTILINE)
#: a sender's name alone on its line, in a record copied without times: short, no sentence's mark in it, a colon
#: at most at its end (陈主席:, 李慧(东坑村):, 某商贸-李会计, 某建材 财务张姐)
_SENDER_NAME: Final = lazy_compile(CHAT_SENDER_NAME)
_NAME_LINE: Final = lazy_compile(r"^[ \t]*+(?P<name>[^\n]{1,40}?)[ \t]*$", regex.MULTILINE)
_DATE_LINES: Final = lazy_compile(rf"^{WRITTEN_DATE_LINE}$", regex.MULTILINE)
_MARKER_LINES: Final = lazy_compile(rf"^[ \t]*+{SECTION_MARKER}", regex.MULTILINE)
#: what opens a message that goes on with the document past its date: a note that it continues the message before
#: ((续上), 接上条), or the label of what the document attaches (附件, 附件2)
_GOES_ON: Final = lazy_compile(rf"[ \t]*+(?:{GOES_ON_NOTE}[ \t]*(?:\n|$)|"
                               r"附件[ \t]*[0-9一二三四五六七八九十]{0,2}[ \t]*[:\n])")
#: a chat's card for a file sent in it ([文件] 某某讲话.docx)
_FILE_CARD: Final = lazy_compile(r"[ \t]*+\[文件\]")
#: a numbered heading that opens a message: the document goes on in it
_MARKER: Final = lazy_compile(SECTION_MARKER)
#: the marks that end a sentence, the closing marks after one, and the clause marks no line opens with
_SENTENCE_ENDS: Final = "。!?;:…"
_CLOSERS: Final = "”’)」』】》"
_CLAUSE_OPENERS: Final = ",、;:)”"
#: the marks of running prose: a line cut inside a sentence holds one before the cut
_RUNNING_MARKS: Final = ",、;。"
#: the names its removals carry (and the break between the halves of a sentence a message's limit split)
SENDER_RULE, REPLY_RULE, SPLIT_RULE, RECORD_HEAD_RULE = "chat.sender", "chat.reply", "chat.split", "chat.record_head"
CHAT_RULE_NAMES: Final = (SENDER_RULE, REPLY_RULE, SPLIT_RULE, RECORD_HEAD_RULE)
#: a record holds at least this many messages
MIN_MESSAGES: Final = 3
#: the poster's messages hold at least this share of the record's text
MIN_POSTER_SHARE: Final = 0.5
#: the lines of a record's head (its group's name, its bar, the day) above the poster's first name
MAX_RECORD_HEAD_LINES: Final = 5
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


def _timed_headers(text: str) -> list[tuple[str, int, int]]:
    """The senders' lines that hold their message's time: (sender, start, end) each."""
    if sum(1 for _ in islice(_clocks(text), MIN_MESSAGES)) < MIN_MESSAGES:
        return []  # (most texts hold few times, and are not read line by line)
    headers = []
    last_line = -1
    for clock in _clocks(text):
        line_start = text.rfind("\n", 0, clock) + 1
        if line_start != last_line:
            last_line = line_start
            header = _SENDER_LINE.match(text, line_start)
            if header is not None:
                name = header.group("after") or header.group("before") or header.group("inline") or ""
                account = _ACCOUNT.search(name)
                headers.append((name[:account.start()] if account is not None else name,
                                header.start(), header.end()))
    return headers


def _turns_of_a_recording(text: str, headers: list[tuple[str, int, int]]) -> bool:
    """Whether the senders' lines are a transcript's speaker lines: a numbered speaker or a name over the hours,
    minutes and seconds into the recording (说话人1  00:00:03, 王某  00:21:33), or a name over minutes and seconds
    that start in the recording's first minute and never go back (王某  00:02, 李某  00:46). Lines above the first
    turn or below the last are the tool's card and its export's signature (由…导出  2031-03-14 11:27), no senders."""
    lines = [text[start:end].strip() for _, start, end in headers]
    speakers = [index for index, line in enumerate(lines) if _SPEAKER_LINE.fullmatch(line)]
    if len(speakers) >= MIN_MESSAGES and len(speakers) == speakers[-1] - speakers[0] + 1:
        return True
    turns = [NAMED_TURN_LINE.fullmatch(line) for line in lines]
    named = [index for index, turn in enumerate(turns) if turn is not None]
    return len(named) >= MIN_MESSAGES and len(named) == named[-1] - named[0] + 1 \
        and read_as_a_recording([turn for turn in turns if turn is not None])


def read_as_a_recording(turns: Sequence[regex.Match[str]]) -> bool:
    """Whether named turns' times (:data:`NAMED_TURN_LINE`'s minutes and seconds) are a recording's: the first in its
    first minute, none earlier than the one before (a chat's clocks of the day start anywhere)."""
    times = [int(turn.group("minutes")) * 60 + int(turn.group("seconds")) for turn in turns]
    return bool(times) and times[0] < 60 and all(earlier <= later for earlier, later in pairwise(times))


def _bare_headers(text: str) -> list[tuple[str, int, int]]:
    """The senders' lines of a record copied without times (陈主席:, 某公司-李会计): a short line of a name is a
    sender's where it stands over an answer (收到, [图片]) once at least, and so is each line that repeats it; a
    record holds two senders at least (one name over one 收到 is a document's line)."""
    if not any(holds_string(text, "\n" + word) for word in _ACKNOWLEDGEMENT_WORDS):
        return []  # (no line opens with a word of one: no answer, and the text is not read line by line)
    senders = set()
    acknowledging = set()  # (who said they read it: an image under a caption is no answer)
    for answer in _ANSWER_LINE.finditer(text):
        if answer.start() < 2:
            continue
        above = text.rfind("\n", 0, answer.start() - 1) + 1
        name = text[above:answer.start() - 1].strip(" \t")
        if _SENDER_NAME.fullmatch(name) is not None and _MARKER.match(name) is None \
                and _WRITTEN_DATE_LINE.fullmatch(name) is None:
            senders.add(name)
            if _ACKNOWLEDGEMENT.match(text, answer.start()) is not None \
                    or _STICKERS.fullmatch(text, answer.start(), answer.end()) is not None:
                acknowledging.add(name)
    if len(acknowledging) < 2:
        return []
    # (the poster's name with its colon atop the record, over its first message: the first such line, the record's
    # head above it, 某某工作群(36) / 4月7日 09:15)
    for match in islice(_NAME_LINE.finditer(text), MAX_RECORD_HEAD_LINES):
        name = match.group("name")
        if name in senders or is_title_text(name):
            break  # (the record's first sender is known already, or the document begins: 各社区: is its addressee)
        if name.endswith(":") and _SENDER_NAME.fullmatch(name) and not is_salutation_line(name):
            senders.add(name)
            break
    return [(match.group("name").rstrip(":"), match.start(), match.end())
            for match in _NAME_LINE.finditer(text) if match.group("name") in senders]


def _closing_date_end(text: str, headers: list[tuple[str, int, int]]) -> int:
    """Where a record copied without times ends its document: after the last date alone on its line (成文日期) with
    a sender's line below it and no numbered part (the document goes on in a message of its own: 三、…, 附件1 …);
    what follows is the chat's talk, whose senders a copy without times does not all show (one who asks a question
    and never says 收到). The text's end where no date closes it so."""
    last_date = max(_DATE_LINES.finditer(text), key=lambda match: match.start(), default=None)
    if last_date is None or headers[-1][1] < last_date.end():
        return len(text)
    chain = _CHAIN_LABEL.search(text, last_date.end())  # (a sign-up chain's entries are numbered, but no part's)
    if _MARKER_LINES.search(text, last_date.end(), len(text) if chain is None else chain.start()) is not None:
        return len(text)
    return min(len(text), last_date.end() + 1)


def _split_inside_a_sentence(text: str, end: int, start: int) -> bool:
    """Whether the poster's message ending at ``end`` and the next one, from ``start``, are one sentence a platform's
    length limit split (…各村两委 / [header] / 要逐户核实…; …各乡(镇) / 要按时上报): the first ends in no
    sentence's or heading's end, and the second opens with no numbered part; a clause's mark opening the second
    (/ ,补充…) goes on whatever ended the first."""
    first = text[start:start + 1]
    if not first or first in _CLAUSE_OPENERS:
        return bool(first)
    last_line = text[text.rfind("\n", 0, end) + 1:end]
    if not last_line or last_line[-1] in _SENTENCE_ENDS \
            or (last_line[-1] in _CLOSERS and len(last_line) > 1 and last_line[-2] in _SENTENCE_ENDS):
        return False
    if _MARKER.match(text, start) is not None:
        return False  # (the next part opens the next message)
    if not any(mark in last_line for mark in _RUNNING_MARKS):
        return False  # (a line of no running prose ends it: a date, a file's card, a read receipt, a title)
    next_end = text.find("\n", start)
    if is_title_text(text[start:len(text) if next_end < 0 else next_end].strip()):
        return False  # (the document's title opens the next message)
    # (a heading of its own ends its message: 一、总体要求 / [header] / 以…为指导; a heading with its first sentence
    # run in may be cut: (一)压实责任。各村两委 / [header] / 要逐户核实…)
    return _MARKER.match(last_line) is None or any(mark in last_line for mark in "。!?;")


def remove_chat_replies(state: CleanState) -> None:
    """In a chat's record, the senders' lines, the others' messages and the poster's chat before the document
    go (:data:`SENDER_RULE`, :data:`REPLY_RULE`), a copy without times loses its head too (:data:`RECORD_HEAD_RULE`),
    and the break between the halves of a split sentence goes (:data:`SPLIT_RULE`); a text with fewer than
    :data:`MIN_MESSAGES` senders' lines is none."""
    text = state.folded
    record_end = len(text)
    headers = _timed_headers(text)
    if headers and _turns_of_a_recording(text, headers):
        return  # (a transcript's speakers over their times into the recording: the generic layer's)
    bare = len(headers) < MIN_MESSAGES
    if bare:
        headers = _bare_headers(text)
    if len(headers) < MIN_MESSAGES or (sum(1 for char in text[:headers[0][1]] if char.isalnum()) >= MIN_DOCUMENT_MESSAGE
                                       and _GROUP_LINE.fullmatch(text, 0, max(0, text.find("\n"))) is None):
        # (a record begins with its messages: a page's own text above its first is a post and its replies; but under
        # the group's name atop the record, what stands above the first sender known is others' messages)
        return
    if bare:  # (a record copied without times: what follows its document's closing date is the chat's talk)
        record_end = _closing_date_end(text, headers)
        headers = [header for header in headers if header[1] < record_end]
        if not headers:
            return  # (a notice pasted whole, the chat under it: the tail's rules read the replies after its end)
        if headers[0][1] > 0:  # (and what stands above its first message, the group's name, its bar, the day)
            state.remove([(0, headers[0][1])], rule=RECORD_HEAD_RULE)
    if record_end < len(text):
        state.remove([(record_end, len(text))], rule=REPLY_RULE)
    messages = []  # (sender, header start, body start, body end)
    for index, (name, header_start, header_end) in enumerate(headers):
        end = headers[index + 1][1] if index + 1 < len(headers) else record_end
        start = min(record_end, header_end + 1)
        voice = _VOICE_LABEL.match(text, start, end)
        # (a voice message's text: the clip's label goes with its sender's line, [语音] 60″ / 转文字:)
        messages.append((name, header_start, start if voice is None else voice.end(), end))
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
    kept_end: int | None = None  # where the words of the poster's last message of the document end
    for sender, header_start, start, end in messages:
        own = sender == poster
        body = _message(state, text, start, end)
        # (or with a message of the poster's that opens with the document's title, however short: the title and its
        # speaker's line sent alone, the speech in the next message)
        # (a file's card the poster sends, [文件] 书记讲话.docx, names the document but is none of its text)
        begun = begun or (own and (len(body) >= MIN_DOCUMENT_MESSAGE
                                   or (not answered and not _FILE_CARD.match(body)
                                       and is_title_text(body.split("\n", 1)[0].strip()))))
        answered = answered or (posted and begun and not own)
        # (after the others' answers, the poster's short word to them, no part of the document opening with its
        # marker, is chat: 请各单位于4月3日前报送…)
        # (a sticker or an acknowledgement on a line under the words is chat's too: 删掉就行 / [表情])
        words = [line for line in body.split("\n") if _CHAT_MESSAGE.fullmatch(line.strip()) is None]
        chat = not words or (answered and len(words) == 1 and len(words[0]) < MIN_DOCUMENT_MESSAGE
                             and not _MARKER.match(words[0]))
        if own and ended and _GOES_ON.match(body):
            ended = False  # (the poster's next message goes on past the date: (续上) / 附件 / its attached form)
        if own and begun and not ended and not chat:
            state.remove([(header_start, start)], rule=SENDER_RULE)
            if kept_end is not None and _split_inside_a_sentence(text, kept_end, start):
                state.remove([(kept_end, start)], rule=SPLIT_RULE)
            body = text[start:end].rstrip()
            ended = _WRITTEN_DATE_LINE.fullmatch(body, body.rfind("\n") + 1) is not None
            kept_end = start + len(body)
        else:
            state.remove([(header_start, end)], rule=REPLY_RULE)
