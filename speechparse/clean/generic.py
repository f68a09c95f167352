"""The generic noise layer: web furniture judged by what it is, whatever site printed it.

A page wraps a document in furniture: the site's name and address, a breadcrumb,
a publication line, counters, paywall prompts, an editor's lead-in, a compilation's
labels. Sites differ in the words, not in the kinds, so this layer judges lines and
spans by the evidence classes of :mod:`speechparse.vocab.noise`, found in one scan
of the text, and by where they stand:

* **The head**, from the first line to the document's own opening (a salutation,
  an addressee line, a numbered heading, the first sentence of prose), and **the
  tail**, after the last sentence of the body, are where pages put furniture. A
  line there that is not a sentence and carries furniture evidence is furniture;
  so is a sentence made of the sentences sites write (an editor's lead-in, a
  copyright, paywall or share notice); so is the value line under an empty
  furniture label (``索引号:`` / ``1133…``), a short line between two furniture
  lines, and, in the tail, a line with a weak term (a postcode, 主办单位:) inside
  a footer's block of furniture. Everything from the first furniture line of the
  tail to the end goes, when no sentence of the body follows it.
* **In the body**, the same words are usually content (资金来源, 工会会员,
  下载政务App), so only a line dense with furniture and holding no sentence (a
  running page header with its page count) goes; and so does a line that repeats
  a furniture line of the head, or a short line beside the page breaks a table's
  rule marked (a printed page's header, a Word file's 页眉).
* **A lead above the speech**: a news report's or a question's sentences a few
  lines above a genre title with its salutation or subtitle under it (本网讯…。/
  以下为讲话全文: / 在…的讲话 / 同志们:) are the page's, not the document's.
* **A page that holds more than the document**: a question page's question and
  answers bar, a forum's floors and badges, a blogger's note, a related list or a
  menu, judged by the same evidence; a compilation's piece label in the body
  (篇二:…) goes and its piece's title stays, and the numbering starts again there.
* **Spans inside lines**: leaked markup; a site's banner ending in its address
  glued before the title; a site's notice in brackets inside a sentence ((本文来源:…
  转载请注明出处)); an item code glued before it; an editor's lead-in
  sentence; a compilation's item label glued to the body (…计划篇一一、…); a
  site's keyword glued after a colon (…议程:工作会议主持词); a note that the site
  cut the text.

What the furniture says is kept: the file name it gives (a compilation's title,
the piece an editor names), the site's name, that the text was cut.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import chain, islice
from typing import TYPE_CHECKING, Final

import regex
from attrs import frozen

from speechparse.clean.chat import NAMED_TURN_LINE, read_as_a_recording
from speechparse.lazyregex import lazy_compile
from speechparse.lex.title import MAX_TITLE, ends_in_genre_word, is_title_text, may_be_title_line, strip_decorations
from speechparse.prefilter import (
    guarded,
    holds_string,
    lines_holding,
    may_hold,
    may_match_at,
    needed_chars,
    required_literals,
    search_lines_holding,
    top_level_branches,
)
from speechparse.vocab import (
    ADDRESSEE,
    AGENDA_DONE,
    ATTACHMENT_LINE,
    BLANK_NAME,
    CLOSING,
    DATELINE,
    DOCUMENT_NOTE,
    SALUTATION,
    TURN_LABEL,
    WRITTEN_DATE,
    WRITTEN_DATE_LINE,
)
from speechparse.vocab.chars import CLOSERS, DECORATION_GLYPH, POINTING_MARKS
from speechparse.vocab.noise import (
    ANSWER_VOTES,
    ASSISTANT_ANSWER,
    ASSISTANT_HANDOVER,
    ASSISTANT_POSTSCRIPT,
    ASSISTANT_TOOL_LABEL,
    BANNER,
    BRACKETED_NOTICE,
    BUTTON_WORDS,
    CHAT_REPLY_LINE,
    CHAT_SENDER_NAME,
    COLLECTION_TAGS,
    COMPILATION_LABEL,
    CONTACT_LABEL,
    EDITOR_SENTENCES,
    EMAIL_FORWARD_LINE,
    EMPHASIS,
    EVIDENCE,
    FILE_GENRE_WORDS,
    FOLD_CONTROL,
    FOLLOW_BUTTON,
    FORUM_POST_HEADER,
    HANDED_OVER_PART,
    HANDED_OVER_WHOLE,
    HIGHLIGHT,
    LEAD_HANDS_ON_ENDINGS,
    LINK_LIST_LABEL,
    MARKUP,
    NAVIGATION_BAR,
    PAGE_BREAK_RULES,
    PAGE_JUMP_BACK,
    PAGE_JUMP_ON,
    PAGE_JUMP_RULE,
    PIECE_LABEL,
    POST_TIME,
    POSTSCRIPT_LABEL,
    POSTSCRIPT_WORDS,
    RANKING_LABEL,
    RECORDING_TIME,
    REVIEW_COMMENT_LINE,
    SAMPLE_COMMENTARY_LABEL,
    SAMPLE_LABEL,
    SITE_NAME_ENDINGS,
    TEXT_OVER,
    TRAILING_TOPICS,
    TRANSCRIPT_LABEL,
    TRANSCRIPT_SPEAKER,
    TRUNCATION_NOTE,
    WATERMARK,
)
from speechparse.vocab.placeholders import TITLES_OF_OFFICE
from speechparse.vocab.schemes import CIRCLED, SECTION_MARKER
from speechparse.vocab.titles import (
    DOCUMENT_NUMBER,
    ISSUER_MARK,
    MEETING_NAME,
    OFFERED_AS,
    ORGANISATION_LINE,
    RECORDING_FILE_NAME,
    SECRECY_MARK,
    SUBTITLE,
)

if TYPE_CHECKING:
    from speechparse.clean import CleanState

#: how far the head may reach: lines and characters
MAX_HEAD_LINES: Final = 40
HEAD_CHARS: Final = 4000
#: how far back the tail may reach
MAX_TAIL_LINES: Final = 40
#: a table's rows copied a cell a line are numbered with this many figures at most
MAX_ROW_NUMBER_DIGITS: Final = 3
TAIL_CHARS: Final = 3000
#: a forwarding note above the message it forwards is at most this long (characters, its mail's header included)
MAX_FORWARDING_NOTE: Final = 400
#: and the forwarded message at least this many times longer
FORWARDED_TO_NOTE: Final = 3
_EMAIL_FORWARD: Final = lazy_compile(EMAIL_FORWARD_LINE, regex.MULTILINE)
#: the time into the recording at a speaker line's end
_TURN_TIME: Final = lazy_compile(rf"[ \t]*+{RECORDING_TIME}[ \t]*+\n?$")
#: the rule a page draws over its footnotes (——————————)
_NOTE_RULE: Final = re.compile(r"[—_-]{4,}+")
#: a page's footnote runs over at most this many lines
MAX_NOTE_LINES: Final = 3
#: the marks of a page's footnotes (①…): a word of the page carries one, its note at the page's foot opens with it
_NOTE_MARKS: Final = CIRCLED
#: a page's running header beside its page breaks is at most this long (characters)
MAX_RUNNING_HEADER: Final = 30
#: at most this many lines between an article's jump to another page and its return there (the page's head: its
#: paper's name, date, label, buttons and a list of its headlines)
MAX_PAGE_TURN_LINES: Final = 30
#: a site's notice under the document, one item of it, with no more than a weak term of the sites' words, is at most
#: this long (本库数据仅供参考,以政府公报正式文本为准。)
MAX_NOTICE_ITEM: Final = 60
#: or this long where a wide gap parts its two halves (a book's title and its part's, on facing pages)
MAX_TWO_PART_HEADER: Final = 60
#: a line this long or longer beside one page break, read whole elsewhere too, is a running header
MIN_REPEATED_HEADER: Final = 8
#: a furniture line of the head this long (characters) or longer, read again in the body, is a running header
MIN_RUNNING_HEADER: Final = 16
#: a lead above a speech's own title (a news report's, a question's) is at most this many lines
MAX_LEAD_LINES: Final = 12
#: the topics a question's page sets under it, a short line each, at most
MAX_TOPIC_LINES: Final = 4
#: a post's lead above a document's title holds at most this many paragraphs after the head's first sentence
MAX_LEAD_PARAGRAPHS: Final = 2
#: lines with a little furniture evidence, one above another, that furniture above and below makes furniture
MAX_INSIDE_FURNITURE: Final = 3
#: a line this short (characters) without punctuation is judged by its neighbours
SHORT_LINE: Final = 10
#: a sentence of prose: at least this long, with a sentence end or two clause breaks
MIN_SENTENCE: Final = 20
#: evidence a line needs to be furniture (a strong term is 1, a weak one 0.5)
FURNITURE_SCORE: Final = 1.0
#: evidence a sentence needs, besides a sentence term
FURNITURE_SENTENCE_SCORE: Final = 1.5
#: evidence a line of the body needs (a running header: several terms)
DENSE_SCORE: Final = 2.0
#: a speaker's line under a lead (市委副书记、市长  某某) is at most this long
MAX_SPEAKER_LINE: Final = 30
#: a line of the body all furniture's sentences is at most this long (a site's notice, an account's plea)
MAX_DENSE_SENTENCE: Final = 60
#: a line of the body longer than this is text, whatever words it uses
MAX_DENSE_LINE: Final = 80
#: a sentence of furniture (a share notice, an editor's lead-in) is shorter than this
MAX_FURNITURE_LINE: Final = 400
#: the fewest short lines above the head's furniture that make a site's menu
MIN_MENU_ITEMS: Final = 3
#: the lines of an account's card atop a post, over its follow button (its name, maybe twice, and its bio), and how
#: long each is at most (a bio runs longer than a name: 体制内写材料8年｜专注公文写作)
MAX_CARD_LINES: Final = 3
MAX_CARD_LINE: Final = 32
#: the longest line of a list of links to other pages (their titles)
MAX_LINK_TITLE: Final = 60
#: the longest title a compilation's item label is glued to
MAX_LABELLED_TITLE: Final = 40
#: a line longer than this is indexed by the set of its characters, not by a list of its indexing ones
MAX_LISTED_LINE: Final = 1000

#: the names of this layer's removals: where the furniture stood, or what the span was
RULE_NAMES: Final = tuple(f"generic.{name}" for name in (
    "head", "tail", "body", "banner", "watermark", "notice", "item_code", "markup", "editor", "compilation",
    "piece", "keyword", "truncation", "footnote", "forward_note", "replies", "review_comment", "control",
    "superseded"))
#: the name of the removal of a compilation's piece label in the body: where a new piece begins
PIECE_RULE: Final = "generic.piece"
#: the name of the removal of a draft's ending an AI assistant rewrote, with the conversation down to the rewrite
SUPERSEDED_RULE: Final = "generic.superseded"
#: the name of the removal of a piece's title and label glued to its body (…讲话稿 篇三): where a new piece begins too
COMPILATION_RULE: Final = "generic.compilation"
#: the removals after which a compilation's next piece begins, its numbering afresh
PIECE_RULES: Final = frozenset({PIECE_RULE, COMPILATION_RULE})
#: the name of the removal of a transcript's speaker line over a turn: where another speaker's turn begins, the
#: numbering of the one before is closed
SPEAKER_TURN_RULE: Final = "transcript.speaker"
#: the name of the removal of a page's footnote (the lexer asks which marks pointed at one)
FOOTNOTE_RULE_NAME: Final = "generic.footnote"
#: the rule name of the head's furniture (the line joiner and the contents' finder ask what it took)
HEAD_RULE: Final = "generic.head"

@frozen
class _EvidenceGates:
    """What a line must hold for each evidence class to match in it: every match of a branch of a class's pattern
    holds one of a few strings (:func:`speechparse.prefilter.required_literals`) and each of some characters
    (:func:`speechparse.prefilter.needed_chars`), listed with the class's index in EVIDENCE. A branch's characters
    rule out what its strings let in: 学习 stands in many lines, 学习 with 分 and 钟 (已学习 5 分钟) in few."""

    #: the strings by their first character (a long line is gated by its set of characters alone)
    by_first: dict[str, tuple[tuple[str, int], ...]]
    #: (class, the characters its branch needs) that a string of one character lets in, by that character
    by_char: dict[str, tuple[tuple[int, str], ...]]
    #: the longer strings, with their class and the characters their branch needs, by their first two characters:
    #: a line's pairs rule out most strings at once, where a common first character (本, 发, 文) stands for twenty
    by_pair: dict[str, tuple[tuple[str, int, str], ...]]
    #: the classes no string rules out
    always: frozenset[int]
    #: a search for the first characters, each with the character after it on its line (the pair)
    keys: re.Pattern[str]


@cache
def _evidence_gates(among: frozenset[int] | None = None) -> _EvidenceGates:
    """The gates of the evidence classes ``among`` (None: every class), read from the patterns on first use,
    not at import."""
    by_first: dict[str, list[tuple[str, int]]] = {}
    by_char: dict[str, list[tuple[int, str]]] = {}
    by_pair: dict[str, list[tuple[str, int, str]]] = {}
    always: set[int] = set()
    for index, evidence in enumerate(EVIDENCE):
        if among is not None and index not in among:
            continue
        branches = [(required_literals(branch, 1), needed_chars(branch))
                    for branch in top_level_branches(evidence.pattern)]
        if any(strings is None for strings, _ in branches):
            always.add(index)
            continue
        for strings, needs in branches:
            assert strings is not None
            for string in strings:
                # (the characters the string holds need no second look)
                rest = "".join(sorted(needs - set(string)))
                by_first.setdefault(string[0], []).append((string, index))
                if len(string) == 1:
                    by_char.setdefault(string, []).append((index, rest))
                else:
                    by_pair.setdefault(string[:2], []).append((string, index, rest))
    # Python's re for this one character class: it tests a class at once, where regex tests its
    # members one by one (the line's characters, listed by a search, cost a third of a set of them)
    keys = re.compile("(?=([" + re.escape("".join(sorted(by_first))) + "].?))" if by_first else "(?!)")
    return _EvidenceGates({char: tuple(dict.fromkeys(strings)) for char, strings in by_first.items()},
                          {char: tuple(dict.fromkeys(entries)) for char, entries in by_char.items()},
                          {pair: tuple(dict.fromkeys(entries)) for pair, entries in by_pair.items()},
                          frozenset(always), keys)


#: the evidence class of an AI assistant's words to its user and its tool's
_ASSISTANT_CLASSES: Final = frozenset(index for index, evidence in enumerate(EVIDENCE) if evidence.name == "assistant")
#: the evidence classes of a mail's header and foot (发件人:, 此邮件由…发送)
_MAIL_CLASSES: Final = frozenset(index for index, evidence in enumerate(EVIDENCE) if evidence.name == "email")
#: the evidence classes whose terms make a sentence furniture (a site's notice, an editor's lead-in)
_SENTENCE_CLASSES: Final = frozenset(index for index, evidence in enumerate(EVIDENCE) if evidence.in_sentence)

# verdicts on a line
BLANK, FURNITURE, LABEL, SHORT, TITLE, PLAIN, PROSE, OPENING = (
    "blank", "furniture", "label", "short", "title", "plain", "prose", "opening")

# Patterns: the evidence alternation's branches are each anchored or start with a literal or a rare
# character; the others are anchored at line starts or bounded: no timeout needed.
# one pattern per class, not one alternation of them all: each finds its literal prefix at C speed,
# where the alternation would try every branch at every position (ten times slower)
#: each class's pattern tried only where one of its branches can start (a class is a long alternation)
_EVIDENCE: Final = tuple(lazy_compile(evidence.pattern, regex.MULTILINE, rewrite=guarded) for evidence in EVIDENCE)
_HIGHLIGHT: Final = lazy_compile(HIGHLIGHT)
_MARKUP: Final = tuple((literal, lazy_compile(pattern, regex.MULTILINE)) for literal, pattern in MARKUP)
_EMPHASIS: Final = lazy_compile(EMPHASIS, regex.MULTILINE)
_POST_HEADER: Final = lazy_compile(FORUM_POST_HEADER, regex.MULTILINE)
#: the lines above a post's header that name its poster and its floor (沙发, 板凳, 3#), and how long each is at most
MAX_POSTER_LINES: Final = 3
MAX_POSTER_LINE: Final = 20
_ORGANISATION_LINE: Final = lazy_compile(ORGANISATION_LINE)
_FOLLOW_BUTTON: Final = lazy_compile(FOLLOW_BUTTON)
_NAVIGATION_BAR: Final = lazy_compile(NAVIGATION_BAR)
_WATERMARK: Final = lazy_compile(WATERMARK, regex.MULTILINE)
#: a site's name before its address in a mark (某某网 www.….com): the first words of three or more characters
_SITE_NAME: Final = lazy_compile(r"\p{Han}{3,12}")
#: a site's slogan after its name is at most this long (某某网,公文写作好帮手)
MAX_SLOGAN: Final = 24
_BANNER: Final = lazy_compile(BANNER, regex.MULTILINE)
_FOLD_CONTROL: Final = lazy_compile(FOLD_CONTROL, regex.MULTILINE)
_POST_TIME: Final = lazy_compile(POST_TIME, regex.MULTILINE)
#: a gap between a table's cells on a line (two spaces or more, or a tab), and how many make a row of cells
_CELL_GAP: Final = re.compile(r"[ \t]{2,}|\t")
MIN_ROW_GAPS: Final = 3
#: a table's row is at most this long (a longer line with gaps is paragraphs a copy glued with spaces)
MAX_ROW: Final = 200
#: a periodical's issue (2031年第2期), a running header of its own
_PAGE_JUMP_RULES: Final = frozenset({PAGE_JUMP_RULE})
_PAGE_JUMP_ON_NOTE: Final = lazy_compile(PAGE_JUMP_ON)
_PAGE_JUMP_BACK_NOTE: Final = lazy_compile(PAGE_JUMP_BACK)
_ISSUE: Final = lazy_compile(r"(?:\d{4}[ \t]*年[ \t]*)?第[ \t]*\d{1,3}[ \t]*期")
#: the label set right above a document's text, alone on its line (【正文】, 正文:, [正文内容])
#: (or an office system's tabs, the document's first: 正文 | 附件(2) | 办理日志; or a writing tool's label over what it
#: wrote: 【生成结果】)
_SAMPLE_LABEL: Final = lazy_compile(SAMPLE_LABEL)
_ANSWER_VOTES: Final = lazy_compile(ANSWER_VOTES)
_SAMPLE_COMMENTARY_LABEL: Final = lazy_compile(SAMPLE_COMMENTARY_LABEL)
_TRANSCRIPT_LABEL: Final = lazy_compile(TRANSCRIPT_LABEL)
_MEETING_NAME: Final = lazy_compile(MEETING_NAME)
_RECORDING_FILE_NAME: Final = lazy_compile(RECORDING_FILE_NAME)
#: a meeting tool's card's field naming the meeting (会议主题:全县…推进会)
_MEETING_SUBJECT: Final = lazy_compile(r"会议(?:主题|名称)[ \t]*:[ \t]*(?P<name>[^\s:][^\n:]{3,39}?)[ \t]*")
_SPEAKER_LINE: Final = lazy_compile(rf"^[ \t]*+{TRANSCRIPT_SPEAKER}[ \t]*+$", regex.MULTILINE)
#: how many speaker lines make a text a transcript
MIN_SPEAKER_LINES: Final = 3
#: (or a message board's label over a body's reply, under the citizen's message: 回复内容, 答复内容)
_BODY_LABEL: Final = lazy_compile(r"[【\[(]?(?:正文(?:内容)?|生成结果|(?:回复|答复)(?:内容|正文))[】\])]?[ \t]*"
                                  r"(?::|(?:[ \t]*\|[ \t]*[^|\n]{1,12}){1,6})?")
_ASSISTANT_HANDOVER: Final = lazy_compile(ASSISTANT_HANDOVER, regex.MULTILINE)
# (its ^ is the line's start: it is searched inside one line of the page)
_ASSISTANT_ANSWER: Final = lazy_compile(ASSISTANT_ANSWER, regex.MULTILINE)
_ASSISTANT_TOOL_LABEL: Final = lazy_compile(ASSISTANT_TOOL_LABEL)
_HANDED_OVER_PART: Final = lazy_compile(HANDED_OVER_PART)
_HANDED_OVER_WHOLE: Final = lazy_compile(HANDED_OVER_WHOLE)
_ASSISTANT_TOOL_LABEL_LINE: Final = lazy_compile(rf"^{ASSISTANT_TOOL_LABEL}$", regex.MULTILINE)
_ASSISTANT_TOOL_LABEL_WORDS: Final = required_literals(ASSISTANT_TOOL_LABEL)
#: one of these stands in each of the tool's labels (已深度思考, 思考过程, 已搜索到 6 个网页, 以下内容由AI生成)
_TOOL_LABEL_HINT: Final = re.compile(r"思考|搜索到|生成")
#: how every line that hands over a draft ends (:data:`ASSISTANT_HANDOVER`)
_HANDOVER_END: Final = lazy_compile(r"(?:[:👇↓]|参考[。!]?|修改[^\n。]{0,30}[。!])[ \t]*$|(?:正文|全文)如下[,。]",
                                    regex.MULTILINE)
_REVIEW_COMMENT_LINE: Final = lazy_compile(REVIEW_COMMENT_LINE, regex.MULTILINE)
_ASSISTANT_POSTSCRIPT: Final = lazy_compile(ASSISTANT_POSTSCRIPT)
#: words one of which a tail holds where an AI assistant or its tool speaks in it
_ASSISTANT_TAIL_WORDS: Final = ("您", "对你", "为你", "帮你", "告诉我", "AI", "人工智能", "助手")
#: a line that ends a document: its date, its note (附注: (此件公开发布)), its thanks, the chair's close of the meeting
_DOCUMENT_END_LINE: Final = lazy_compile(rf"{WRITTEN_DATE_LINE}|{DOCUMENT_NOTE}|{CLOSING}|"
                                          rf"[^\n]{{0,30}}(?:{AGENDA_DONE}|散会)[^\n]{{0,6}}")
#: a count alone on its line (1856, 2.3万, 1.1w): a post's bar of likes and shares, a preview's pager
_BARE_COUNT: Final = lazy_compile(r"[0-9]{1,6}(?:\.[0-9])?[万wWkK]?")
#: a count a platform rounds (2.3万, 1.1w, 12k): no row of a table prints its unit in the cell
_ROUNDED_COUNT: Final = lazy_compile(r"[0-9]{1,4}(?:\.[0-9])?[万wWkK]")
#: a bar of counts holds a few buttons' counts (likes, comments, saves, shares, plays); a pager a few pages
MIN_COUNT_BAR: Final = 3
MAX_COUNT_BAR: Final = 8
#: a date alone on its line as a document writes it (2031年5月6日, 20XX年X月X日)
_WRITTEN_DATE_LINE: Final = lazy_compile(WRITTEN_DATE_LINE)
#: an assistant's words that hand over its draft are at most this long
MAX_HANDOVER: Final = 150
#: a user's message above an AI assistant's tool label that holds this many Han characters pasted a document to ask
#: about it (帮我看看下面这篇…: / the document): a request to write one is shorter
MIN_PASTED_DOCUMENT: Final = 200
#: a work chat's replies under a pasted document: at least this many of its own lines (收到, @…, 09:40), each line of
#: the replies at most this long, read among the last lines of the text
MIN_CHAT_REPLIES: Final = 3
MAX_CHAT_LINE: Final = 60
MAX_CHAT_TAIL: Final = 60
#: a copy of a chat whose messages stand under their senders' names: a name's line is at least every third line
SENDER_SHARE: Final = 3
#: a sender's name on a line of its own, as a chat's copy sets it over the message (李书记, 网格员小赵)
_SENDER_NAME_LINE: Final = lazy_compile(CHAT_SENDER_NAME)
_CHAT_REPLY_LINE: Final = lazy_compile(CHAT_REPLY_LINE)
_TRAILING_TOPICS: Final = lazy_compile(TRAILING_TOPICS)
_CHAT_REPLY_LINES: Final = lazy_compile(rf"^[ \t]*+(?:{CHAT_REPLY_LINE})[ \t]*$", regex.MULTILINE)
_HAN_CHAR: Final = lazy_compile(r"\p{Han}")
#: how far into a line a field's label reaches, its colon included (拟办意见:…)
MAX_FIELD_LABEL: Final = 8
#: a page's field on a line of its own: a short label, a colon, a short value (回复机构:某某局, 回复时间:…)
_FIELD_LINE: Final = lazy_compile(rf"\p{{Han}}{{2,{MAX_FIELD_LABEL}}}[ \t]*:[ \t]*[^\n。!?]{{1,40}}")
#: a site's name and its slogan, parted by a dash or a bar (某某网 - 有问题,上某某网 / 某某文库 | 海量范文)
_SITE_BANNER: Final = lazy_compile(r"[^\s|]{2,12}[ \t]+[-—|｜][ \t]+[^\n]{2,30}")
_BRACKETED_NOTICE: Final = lazy_compile(BRACKETED_NOTICE)
_ADDRESS_START: Final = lazy_compile(r"(?i:www\.)|://")
_CSS_BLOCK: Final = lazy_compile(r"\{[^{}\n]{0,2000}\}")
_CSS_PROPERTY: Final = lazy_compile(r"[a-z-]{2,30}[ \t]*:")
_CSS_SELECTOR: Final = lazy_compile(
    r"(?:[A-Za-z]{1,8}>[ \t]*)?(?:@[a-z-]{2,20}|[A-Za-z*.#][\w.#:>*\[\]=\"' -]{0,60})[ \t]*\Z")
_EDITOR: Final = tuple(lazy_compile(form) for form in EDITOR_SENTENCES)
#: what makes an editor's sentence one: the editor, verbs of gathering texts, or the reader addressed
_EDITOR_PROOF: Final = lazy_compile(r"小编|收集|搜集|精选|推荐|汇编|阅读|网友")
_EDITOR_NAMED_FILE: Final = lazy_compile(
    r"(?:整理|收集|搜集|精选|推荐|准备)(?:了|的)(?P<file_title>[^,。!?;\n]{4,60}?)(?=[,;。]|$)")
_COMPILATION_LABEL: Final = lazy_compile(COMPILATION_LABEL, regex.MULTILINE)
_INJECTED_KEYWORD: Final = lazy_compile(
    rf"(?<=\p{{Han}}{{2}}):(?P<keyword>[ \t]*\p{{Han}}{{0,12}}?{FILE_GENRE_WORDS})(?=[ \t]*$)", regex.MULTILINE)
_TRUNCATION: Final = lazy_compile(TRUNCATION_NOTE)
_CONTACT: Final = lazy_compile(CONTACT_LABEL)
_ITEM_CODE: Final = lazy_compile(r"[A-Za-z]{1,3}\d{3,8}(?=\p{Han})")
_SALUTATION: Final = lazy_compile(SALUTATION)
#: a turn of a script for two or more hosts, opening its line (男:尊敬的各位领导,): the script has begun
_TURN: Final = lazy_compile(TURN_LABEL)
_ATTACHMENT_LINE: Final = lazy_compile(ATTACHMENT_LINE)
_ADDRESSEE: Final = lazy_compile(ADDRESSEE)
#: a subtitle under a title, and a 公文's document number (what its header holds)
_SUBTITLE_LINE: Final = lazy_compile(SUBTITLE)
_HEADER_NUMBER: Final = lazy_compile(DOCUMENT_NUMBER)
#: what a 公文 sets on its own lines over its title: its marks of secrecy and urgency, an attachment's label
_FRONT_MARK: Final = lazy_compile(rf"[ \t]*(?:{SECRECY_MARK}|附件)")
#: the evidence of a post's byline: its time, its account's id and where it was sent from; and the account's alone
_BYLINE_EVIDENCE: Final = frozenset({"timestamp", "account"})
_ACCOUNT_EVIDENCE: Final = frozenset({"account"})
#: what stands between a speech's title and its salutation (or its hosts' first turn): a subtitle, a date line, its
#: speaker (a name, a post). The speaker's posts before the name may be joined by 、 (市委副书记、市长 林明); a name of
#: two may be spaced out to the width of three (王 某); a label may name the speaker's role (主持人:院党委副书记 陈某).
_SPEECH_BYLINE: Final = lazy_compile(
    rf"{SUBTITLE}|{DATELINE}|(?:\p{{Han}}(?:、?\p{{Han}}){{1,15}}[ \t]+)?"
    r"[\p{Han}·](?:[ \t\u3000]?[\p{Han}·]){1,3}"
    r"|(?:主持人|主讲人|报告人|发言人|讲话人)[ \t]*:[^\n:]{1,30}"
    # (a template's speaker: its office, its blanks among the words, on a line of its own over the name, a blank too:
    # XX县人力资源和社会保障局局长 / ×××)
    rf"|[\p{{Han}}X×]{{0,24}}(?:{'|'.join(TITLES_OF_OFFICE)})(?:[ \t]+{BLANK_NAME})?|{BLANK_NAME}"
    # (or a script's label of its first part: 【开场】; or the date line with the place after the date)
    r"|【[^】\n]{1,8}】"
    rf"|\({WRITTEN_DATE}[ \t]+[^()\n]{{1,24}}\)")
#: a numbered heading at a line start: the document has begun
_MARKER_START: Final = lazy_compile(SECTION_MARKER)
#: an empty label: a few words and a colon, nothing after (its value is on the next line)
#: a line that is a list's label alone (相关阅读, 【猜你喜欢】:)
#: (a page may name its own title in 【】 before the label: 【…心得体会(通用3篇)】相关文章:)
_LINK_LIST_LINE: Final = lazy_compile(rf"(?:【[^】\n]{{1,40}}】)?(?:[{POINTING_MARKS}][ \t]*)?(?:#[ \t]*)?[【\[]?"
                                      rf"(?:{LINK_LIST_LABEL})"
                                      # (between hashes, as an account's editor sets its label: # 往期回顾 #)
                                      # (or between the marks pointing at it: ▼ 往期精彩回顾 ▼)
                                      rf"(?:推荐)?[】\]]?[ \t]*:?(?:[ \t]*#)?(?:[ \t]*[{POINTING_MARKS}])?"
                                      # (a box's label and its link to more, spaced or not: 推荐阅读  更多精彩内容)
                                      rf"(?:[ \t]*(?:{LINK_LIST_LABEL}|更多)[ \t]*>*)?|"
                                      # (the page's own title before it, the label closed by a colon: …材料相关文章:)
                                      rf"[^\n。!?;:]{{2,60}}?(?:{LINK_LIST_LABEL})[ \t]*:|"
                                      # (or the page's own title in quotes, the list's subject: “…方案”的相关文档推荐)
                                      rf"[“\"][^”\"\n]{{2,60}}[”\"]的(?:{LINK_LIST_LABEL})(?:推荐)?|"
                                      # (or the site's name and column before it, in 【】: 【某某网 主持词栏目推荐】)
                                      rf"【[^】\n]{{1,24}}?(?:{LINK_LIST_LABEL})】|"
                                      # (or a sidebar box's heading, a row of spaced dots to its link: 某某的最新日记
                                      # · · · · · · (全部))
                                      r"[^\n。!?;:]{1,30}?(?:[ \t]*[·•]){4,}[ \t]*\([ \t]*[^()\n]{1,8}[ \t]*\)")
#: where a site's words after a title it copied begin: a bracket or a pause (…主持词(完整版),建议收藏!)
_DECORATION_AFTER_A_TITLE: Final = re.compile(r"[(\[【,!|]")
#: a ranking's label alone on its line (热点排行, 【点击排行榜】), and the rank its headlines open with (1. / 2、)
_RANKING_LINE: Final = lazy_compile(rf"[【\[]?(?:{RANKING_LABEL})[】\]]?[ \t]*:?")
_RANKED_ITEM: Final = lazy_compile(r"[0-9]{1,2}[.、][ \t]*")
#: what a web page's list items open with
LIST_ITEM_MARKS: Final = "-•·*■◆●▪▶►"
#: the label of a site's statement on what it prints, over its numbered items (免责声明:, 版权声明:, 下载提示:)
_STATEMENT_LABEL: Final = lazy_compile(r"[【\[]?(?:(?:免责|版权|特别|法律|网站|本站)?声明|下载(?:提示|说明|须知))"
                                       r"[】\]]?[ \t]*:?")
#: a site's statement holds at most this many items
MAX_STATEMENT_ITEMS: Final = 8
#: an item of a list that a bullet or a glyph opens (◆ 这堂党课,太燃了!)
_BULLETED_ITEM: Final = lazy_compile(rf"(?:[{LIST_ITEM_MARKS}]|{DECORATION_GLYPH})[ \t]*\S")
#: (or the word that says where a post first came out, the column's name under it: 首发于 / 某某笔记)
_EMPTY_LABEL: Final = lazy_compile(
    rf"[{LIST_ITEM_MARKS}]?[ \t]*(?P<label>[^\s:]{{1,10}}(?:[ \t][^\s:]{{1,3}}){{0,3}})[ \t]*:"
    r"|(?P<label>首发于|收录于)")
_PIECE_LABEL: Final = lazy_compile(PIECE_LABEL)
_COLLECTION_TAGS: Final = lazy_compile(COLLECTION_TAGS)
#: a compilation's piece label opening a line, the piece's title maybe after it (篇二:…, 【篇3】, 第二篇:)
#: (a label in brackets needs no colon: 【篇一】乡镇党委书记在…的表态发言)
_PIECE_LABEL_LINE: Final = lazy_compile(rf"[ \t]*+(?:[【\[](?:{PIECE_LABEL})[】\]][ \t]*:?[ \t]*|"
                                        rf"(?:{PIECE_LABEL})[ \t]*(?::[ \t]*|$))", regex.MULTILINE)
#: a page's count after a printed page's address (1/2)
_PAGE_COUNT: Final = re.compile(r"[ \t]*[0-9]{1,3}[ \t]*/[ \t]*[0-9]{1,3}[ \t]*")
_SENTENCE_MARKS: Final = re.compile(r"[。!?]")  # Python's re: a class on a short line, called often
#: the end of a linked page's teaser in a list of links: its opening words cut off by an ellipsis, maybe the link
#: after it (……[阅读全文], ...查看全文>>)
_TEASER_END: Final = re.compile(r"(?:……|\.{3,6})[ \t]*"
                                r"(?:[\[【(]?(?:阅读全文|查看全文|全文|详细|详情|更多)[\]】)]?[ \t]*>*)?$")
_STATEMENT_MARKS: Final = re.compile(r"[。;]")
#: a line break before a line with text, and a first line with text (what a line holds besides these is text)
# Python's re for this one: a line break and a class, which it scans twice as fast as regex
_BREAK_BEFORE_TEXT: Final = re.compile(r"\n(?=[ \t\u3000\r]*+[^ \t\u3000\r\n])")
_FIRST_LINE_HAS_TEXT: Final = lazy_compile(r"[ \t\u3000\r]*+[^ \t\u3000\r\n]")
#: (not a figure's thousands separator: 186,742)
_CLAUSE_MARKS: Final = re.compile(r";|(?<![0-9]),|,(?![0-9]{3})")  # Python's re: called often (re's calls cost less)
_SITE_LINE: Final = lazy_compile(rf"\p{{Han}}{{1,12}}(?:{SITE_NAME_ENDINGS})")
_SENTENCE_END_CHARS: Final = "。!?"


@frozen
class _Evidence:
    """What one line carries: its score, whether a term is strong, whether one condemns a sentence,
    and whether the line opens with a furniture term followed by a colon (来源:, 推荐阅读:)."""

    score: float
    strong: bool
    sentence: bool
    labelled: bool
    #: characters of the line its terms cover
    covered: int


_NONE: Final = _Evidence(0.0, False, False, False, 0)


class _Page:
    """The text's lines, the evidence on each, and the verdict on each line asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: where each line with text starts (a blank line is no line here: a text of a million line
        #: breaks after one word must not cost a list of a million offsets)
        self.starts = [0] if _FIRST_LINE_HAS_TEXT.match(text) else []
        self.starts.extend(match.end() for match in _BREAK_BEFORE_TEXT.finditer(text))
        #: a site's marks glued to a line (a banner before its text, a watermark after it): spans of
        #: their own, not evidence about the line they stand on
        self.glued: list[tuple[int, int]] = []
        spans: set[tuple[int, int]] = set()
        #: the spans of notices in brackets (…(本文来源:… 转载请注明出处)…), among the glued ones
        self.notices = {match.span() for match in search_lines_holding(_BRACKETED_NOTICE, text)}
        if holds_string(text, "www") or holds_string(text, "WWW") or holds_string(text, "://"):
            for line_start, line_end in self._lines_with_addresses():  # a mark stays on its line
                for pattern in (_BANNER, _WATERMARK):
                    spans.update(match.span() for match in pattern.finditer(text, line_start, line_end))
            # a notice in brackets holds the address a banner or a watermark would take: the notice is the mark
            spans = {span for span in spans
                     if not any(start < span[1] and span[0] < end for start, end in self.notices)}
            # the site's name its address came with marks the page without it too: glued after a sentence with its
            # slogan (…更新不及时。 某某网,公文写作好帮手), or a line of its own
            for name in {found.group() for found in (_SITE_NAME.search(text, *span) for span in spans) if found}:
                spans.update(match.span() for match in regex.finditer(
                    rf"(?:(?<=[。!?;])|^)[ \t]*{regex.escape(name)}(?=[ \t,|—-])[^\n。!?;:]{{0,{MAX_SLOGAN}}}$",
                    text, regex.MULTILINE))
        if "(" in text[:HEAD_CHARS]:  # a post's time after its title: the title's line is the title's
            spans.update(match.span() for match in _POST_TIME.finditer(text, 0, HEAD_CHARS))
        #: a post's controls glued after its last sentence ([收起d])
        self.controls = ({match.span() for match in _FOLD_CONTROL.finditer(text)} if holds_string(text, "收起")
                         else set())
        self.glued = sorted(spans | self.notices | self.controls)
        self._glued_starts = [start for start, _ in self.glued]
        #: the head's furniture lines as they read: a page printed from a browser repeats its header on each page
        self.head_furniture: set[str] = set()
        self._hits: dict[int, list[tuple[int, int, int]]] = {}
        self._verdicts: dict[int, str] = {}
        self._evidence: dict[int, _Evidence] = {}
        self._bounds: dict[int, tuple[int, int, int]] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def _lines_with_addresses(self) -> list[tuple[int, int]]:
        """(start, end) of the lines that hold a web address's beginning (www. or ://)."""
        found: list[tuple[int, int]] = []
        for match in _ADDRESS_START.finditer(self.text):
            if found and match.start() < found[-1][1]:
                continue
            start = self.text.rfind("\n", 0, match.start()) + 1
            end = self.text.find("\n", match.end())
            found.append((start, len(self.text) if end < 0 else end))
        return found

    def hits(self, line: int) -> list[tuple[int, int, int]]:
        """The evidence terms on a line: (index in EVIDENCE, start, end), found when first asked for,
        so a text pays for the lines judged (the head, the tail, the body's short lines), not for every line."""
        found = self._hits.get(line)
        if found is None:
            found = self._hits[line] = self._scan(line, None)
        return found

    def hits_among(self, line: int, among: frozenset[int]) -> list[tuple[int, int, int]]:
        """The terms of the evidence classes ``among`` on a line: from its hits where the line was judged, else
        looked for in those classes alone (a line asked about one class pays for that class only)."""
        found = self._hits.get(line)
        if found is None:
            return self._scan(line, among)
        return [hit for hit in found if hit[0] in among]

    def _scan(self, line: int, among: frozenset[int] | None) -> list[tuple[int, int, int]]:
        """The terms of the evidence classes ``among`` (None: all) on a line."""
        start, end, _ = self.bounds(line)
        found: list[tuple[int, int, int]] = []
        gates = _evidence_gates(among)  # a sentence is asked about a few classes: their strings
        classes = set(gates.always)
        if end - start <= MAX_LISTED_LINE:
            # a class is scanned for only when the line holds one of its strings: most lines hold
            # a character some class starts with, few a whole string (a slice's `in` is C speed)
            content = self.text[start:end]
            by_char, by_pair = gates.by_char, gates.by_pair
            for pair in set(gates.keys.findall(self.text, start, end)):
                for index, needs in by_char.get(pair[0], ()):
                    if index not in classes and all(char in content for char in needs):
                        classes.add(index)
                for string, index, needs in by_pair.get(pair, ()):
                    if index not in classes and (len(string) == 2 or string in content) \
                            and all(char in content for char in needs):
                        classes.add(index)
        else:  # a long line: by the first characters of the strings alone, from one set of its characters
            for char in gates.by_first.keys() & set(self.text[start:end]):
                classes.update(index for _, index in gates.by_first[char])
        # searched from the line's start, its indent included: a term anchored at a line's start (^[ \t]*+导语)
        # is one on an indented line too (a Chinese paragraph opens with two full-width spaces)
        line_start = self.starts[line]
        for index in sorted(classes):
            for match in _EVIDENCE[index].finditer(self.text, line_start, end):
                inside = bisect_right(self._glued_starts, match.start()) - 1
                if inside >= 0 and match.end() <= self.glued[inside][1]:
                    continue  # part of a banner or watermark: a span of its own
                found.append((index, max(match.start(), start), match.end()))
        return found

    def _may_be_furniture_sentence(self, line: int, content: str) -> bool:
        """Whether a sentence could be furniture: a label opens it (which needs a colon), or a term
        of the sentences sites write stands in it. The body's first and last sentences are mostly
        neither, and are then known to be prose without looking for every class of evidence."""
        return ":" in content or bool(self._scan(line, _SENTENCE_CLASSES))

    def bounds(self, line: int) -> tuple[int, int, int]:
        """(start, end) of a line's content without surrounding spaces, and where the line after it starts
        (found once a line: the judge, the evidence and the scan of a line each ask)."""
        found = self._bounds.get(line)
        if found is None:
            found = self._bounds[line] = self._find_bounds(line)
        return found

    def _find_bounds(self, line: int) -> tuple[int, int, int]:
        start = self.starts[line]
        newline = self.text.find("\n", start)
        end = len(self.text) if newline < 0 else newline
        following = len(self.text) if newline < 0 else newline + 1
        while start < end and self.text[start] in " \t\u3000":
            start += 1
        while end > start and self.text[end - 1] in " \t\u3000\r":
            end -= 1
        return start, end, following

    def is_blank(self, line: int) -> bool:
        """Whether a line holds nothing but spaces (its verdict would be BLANK, without judging it)."""
        start, end, _ = self.bounds(line)
        return start == end

    def content(self, line: int) -> str:
        start, end, _ = self.bounds(line)
        return self.text[start:end]

    def evidence(self, line: int) -> _Evidence:
        if line in self._evidence:
            return self._evidence[line]
        hits = self.hits(line)
        if not hits:
            return _NONE
        start, _, _ = self.bounds(line)
        terms: dict[tuple[int, str], float] = {}
        strong = sentence = labelled = False
        covered = 0
        for index, hit_start, hit_end in hits:
            evidence = EVIDENCE[index]
            if evidence.name == "address" and (_CONTACT.search(self.text, start, hit_start)
                                               or self._under_a_contact_line(line)):
                continue  # the document's own contact address (联系人… 邮箱:…), or a line of its contacts (QQ群:…)
            terms[(index, self.text[hit_start:hit_end])] = evidence.strength
            covered += hit_end - hit_start
            strong = strong or evidence.strength >= 1
            sentence = sentence or evidence.in_sentence
            if hit_start <= start + 2 and (self.text[hit_end:hit_end + 1] in (":", "】")
                                           or self.text[hit_end - 1] in ":】"):
                labelled = labelled or evidence.strength >= 1  # (来源:…, 【使用说明】…: a label opens the line)
        found = _Evidence(sum(terms.values()), strong, sentence, labelled, covered)
        self._evidence[line] = found
        return found

    def _under_a_contact_line(self, line: int) -> bool:
        """Whether the line above ``line`` (blank lines aside) opens with a contact's label (联系人:, 联系电话:)."""
        above = line - 1
        while above >= 0 and self.is_blank(above):
            above -= 1
        if above < 0:
            return False
        start, end, _ = self.bounds(above)
        return _CONTACT.match(self.text, start, end) is not None

    def verdict(self, line: int) -> str:
        """What a line is, judged on its own."""
        if line not in self._verdicts:
            self._verdicts[line] = self._judge(line)
        return self._verdicts[line]

    def _judge(self, line: int) -> str:
        start, end, _ = self.bounds(line)
        if start == end:
            return BLANK
        content = self.text[start:end]
        if _opens_the_document(content):
            return OPENING
        if content.startswith("附件") and _ATTACHMENT_LINE.match(content) \
                and not any(EVIDENCE[index].name == "counter" for index, _, _ in self.hits(line)):
            # the document's note of what it attaches, whatever it says of where to download it (not the page's
            # card of the file, with its count of downloads: 附件:….docx 已下载:315次)
            return PLAIN
        if "#" in content:
            topics = _TRAILING_TOPICS.search(content)
            if topics is not None and is_title_text(content[:topics.start()].rstrip().rstrip("!~")):
                return TITLE  # a post's caption, a title of the genre with the post's #topics after it
        # a numbered item that ends its sentence is one, however short (3.可扫码报名。): only the terms sites'
        # notices are made of make it furniture
        sentence = is_sentence(content) or (content[-1] in _SENTENCE_END_CHARS and may_match_at(SECTION_MARKER, content)
                                            and _MARKER_START.match(content) is not None)
        if sentence and (content.count("|") >= 2
                         or (len(content) <= MAX_ROW and len(_CELL_GAP.findall(content)) >= MIN_ROW_GAPS)):
            # a bar of links after a site's greeting (…欢迎您! 设为首页 | 加入收藏 | …), or a table's row whose
            # cells are parted by wide gaps (4  签发  林青  2033-06-13 09:05  同意印发。): no prose
            sentence = False
        if len(content) > MAX_FURNITURE_LINE and sentence:
            return PROSE  # no page prints furniture that long: the body (its spans are judged apart)
        if sentence and line not in self._hits and not self._may_be_furniture_sentence(line, content):
            return PROSE
        evidence = self.evidence(line)
        if evidence.labelled:
            return FURNITURE  # 来源:…, 推荐阅读:…, 文档介绍:… open the line
        if sentence:
            if evidence.sentence and evidence.score >= FURNITURE_SENTENCE_SCORE \
                    and self.every_sentence_has_evidence(line):
                return FURNITURE
            return PROSE
        if evidence.score >= FURNITURE_SCORE and (evidence.strong or not is_title_text(content)):
            return FURNITURE
        if evidence.score > 0 and _is_button(evidence, content):
            return FURNITURE  # a button or a label alone: • 举报, 【打印】
        if content[0] in LIST_ITEM_MARKS and _EMPTY_LABEL.fullmatch(content):
            return LABEL  # a web page's definition list: - 特殊限制: / value
        if _opens_with_a_marker(content):
            return OPENING
        if content[0] == "#" and _COLLECTION_TAGS.fullmatch(content):
            return FURNITURE  # (#讲话稿模板 126个: a collection's tag, no title however it ends)
        if may_be_title_line(content) or is_title_text(content):  # the cheaper test first
            return TITLE
        if len(content) <= SHORT_LINE:
            return SHORT
        return PLAIN

    def every_sentence_has_evidence(self, line: int) -> bool:
        """Whether each sentence of a line carries furniture evidence: a site's notice glued to
        the body's first sentence is a span to cut, not a line to drop."""
        start, end, _ = self.bounds(line)
        hit_starts = [hit_start for _, hit_start, _ in self.hits(line)]
        sentence_start = start
        for stop in [*(match.end() for match in _SENTENCE_MARKS.finditer(self.text, start, end)), end]:
            # (the brackets or quotes a sentence's end leaves closing after it are no sentence: …编辑!))
            # (nor are marks with no word between them: the ,。 a copy of a page's hidden buttons leaves)
            if stop > sentence_start and any(char.isalnum() for char in self.text[sentence_start:stop]) \
                    and not any(sentence_start <= hit < stop for hit in hit_starts):
                return False
            sentence_start = stop
        return True

    def next_text_line(self, line: int, limit: int) -> int | None:
        """The next line after ``line`` that holds anything, before ``limit``."""
        following = line + 1
        while following < limit and self.verdict(following) == BLANK:
            following += 1
        return following if following < limit else None


def _is_salutation(content: str) -> bool:
    """A salutation (同志们:, 尊敬的…!): it ends in a colon or an exclamation mark, which most lines lack."""
    return (":" in content or "!" in content) and _SALUTATION.match(content) is not None


def _opens_the_document(content: str) -> bool:
    """A salutation, or an addressee line (各乡镇人民政府:)."""
    return _is_salutation(content) or (":" in content and _ADDRESSEE.match(content) is not None)


def is_sentence(content: str) -> bool:
    """A line of prose: long enough, with a sentence end or two clause breaks."""
    if len(content) < MIN_SENTENCE:
        return False
    return _SENTENCE_MARKS.search(content) is not None or len(_CLAUSE_MARKS.findall(content)) >= 2


def mark_generic_noise(state: CleanState) -> None:
    """Mark the furniture of the head and the tail, dense furniture lines and noise spans for removal."""
    text = state.folded
    if not text.strip():
        return
    page = _Page(text)
    opening = _mark_head(state, page)
    _mark_forwarding_note(state, text)  # (first: a quoted message at the foot cuts the tail, as a table's rule does)
    cut = state.marked_to_end()
    revised = _revised_ending(state, page, opening, cut)
    floor = opening if revised is None else revised[0]  # (the tail's cuts read below the ending put in)
    cut = cut if revised is None else revised[1]
    for rule, find_cut in _TAIL_CUTS:
        line = find_cut(page, floor, cut)
        if line is not None:
            state.remove([(page.starts[line], cut)], rule=rule)
            cut = page.starts[line]
    tail_start = _mark_tail(state, page, opening, cut)
    tail_start = _mark_counts_over_the_tail(state, page, opening, tail_start, cut)
    _mark_dense_lines(state, page, opening, tail_start)
    _mark_glued_marks(state, page)
    _mark_running_headers(state, page)
    _mark_page_turns(state, page)
    _mark_footnotes(state, page)
    _mark_signatures_over_quotes(state, page, opening)
    _mark_review_comments(state, text)
    _mark_named_turns(state, text)
    _mark_thread_replies(state, text)
    _mark_item_codes(state, page, opening)
    _mark_editor_sentences(state, text)
    _mark_compilation_labels(state, text)
    _mark_piece_labels(state, page, opening)
    state.remove_matches((match for match in _INJECTED_KEYWORD.finditer(text) if not _after_a_piece_label(text, match)),
                         "keyword", rule="generic.keyword")
    # the note's pattern has no literal to lead its search: only the lines holding one of its words are searched
    for match in search_lines_holding(_TRUNCATION, text):
        state.remove([match.span()], rule="generic.truncation")
        state.note(truncated=True)


# ---------------------------------------------------------------- lines


def _mark_head(state: CleanState, page: _Page) -> int:
    """Mark the furniture lines above the document's opening; returns the opening's line."""
    verdicts: list[str] = []
    line = 0
    poster_s_note = -1  # the last poster's note right above the title: what stands above it is the post's
    while line < min(len(page), MAX_HEAD_LINES) and page.starts[line] < HEAD_CHARS:
        verdict = page.verdict(line)
        if verdict == PROSE and _poster_s_note_above_a_title(page, line):
            verdict = FURNITURE
            below = page.next_text_line(line, len(page))
            # (but a subtitle's headline stands above it, a news lead between: 以茶为媒… / lead / ——在…上的致辞)
            if below is not None and _SUBTITLE_LINE.fullmatch(page.content(below)) is None:
                poster_s_note = line
        elif verdict == PROSE and (((FURNITURE in verdicts or all(above == BLANK for above in verdicts))
                                    and _notice_above_furniture(page, line))
                                   or _lead_handing_on_the_speech(page, line)
                                   or (FURNITURE in verdicts and _headline_over_its_dateline(page, line))):
            verdict = FURNITURE
        elif verdict in (OPENING, PROSE):
            break
        verdicts.append(verdict)
        line += 1
    opening = line
    # the value under an empty label (索引号: / 1133…) goes with the label
    furniture = [verdict in (FURNITURE, LABEL) or (verdict != BLANK and _is_label_value(page, index))
                 for index, verdict in enumerate(verdicts)]
    # (a post's headline, its author, over the poster's note on the text: [经验分享] …,拿去直接改 / 年底了,…脱敏后
    # 发上来 / the title: the page's, as a lead's would be over the title under it)
    for index in range(poster_s_note):
        furniture[index] = furniture[index] or verdicts[index] != BLANK

    def taken(line: int) -> bool:
        """Whether a line is furniture, or a table's rule took it (a site's furniture the table knows): asked only
        of what stands over a title."""
        return furniture[line] or (verdicts[line] != BLANK
                                   and state.marked_whole(page.starts[line], page.bounds(line)[1]))

    for index, verdict in enumerate(verdicts):
        if verdict in (SHORT, TITLE, PLAIN) and _over_a_follow_button(page, index, MAX_CARD_LINES):
            furniture[index] = True  # the account's name on its card, over the button to follow it (某某笔记 / 关注)
    _mark_menus(verdicts, furniture)
    # short lines between furniture, or above everything but furniture, are furniture too
    for index, verdict in enumerate(verdicts):
        if verdict == SHORT and (_between_furniture(verdicts, furniture, index)
                                 or _in_short_run_between_furniture(verdicts, furniture, index)):
            furniture[index] = True
        elif verdict == SHORT and _over_the_title_under_furniture(page, verdicts, taken, index):
            furniture[index] = True  # an editor's or a menu's last words right over the title (… / 大纲 / 关于…的汇报)
        elif (verdict == SHORT and _over_a_byline(page, verdicts, furniture, index, _BYLINE_EVIDENCE)) \
                or (verdict == TITLE and _over_a_byline(page, verdicts, furniture, index, _ACCOUNT_EVIDENCE, lines=2)
                    and not is_title_text(page.content(index))) \
                or (verdict == TITLE and _under_a_headline(page, verdicts, furniture, index)
                    and _over_a_byline(page, verdicts, furniture, index, _BYLINE_EVIDENCE)
                    and not is_title_text(page.content(index))):
            # (and a line of title's shape between the post's headline and its time: the author's, as an article's
            # head sets them, headline / author / time)
            # (a line of title's shape over its account's card, the post's time maybe between, is the account's name;
            # over a time alone, a post's or a video's headline: 以茶为媒 共赴山海之约 / 原创 某某发布 2031-04-18)
            furniture[index] = True  # a post's author, its account, right over the post's time (某某笔记 / 19:32)
        elif verdict in (TITLE, PLAIN) and _between_furniture(verdicts, furniture, index) \
                and _ORGANISATION_LINE.fullmatch(page.content(index)):
            furniture[index] = True  # a body's name alone atop the page, over its menu: the site's masthead
        elif verdict == PLAIN and index == verdicts.index(PLAIN) and _SITE_BANNER.fullmatch(page.content(index)) \
                and not any(verdict not in (BLANK, FURNITURE) for verdict in verdicts[:index]) \
                and _furniture_below(verdicts, furniture, index):
            furniture[index] = True  # a site's name and its slogan atop the page (某某网 - 有问题,上某某网)
        elif verdict == TITLE and _between_furniture(verdicts, furniture, index) \
                and any(below == TITLE and is_title_text(page.content(index + 1 + offset))
                        for offset, below in enumerate(verdicts[index + 1:])) \
                and strip_decorations(page.content(index)) != page.content(index):
            # the page's own title, decorated by the site (…主持词范文, …模板(精选)) amid its furniture, above the
            # document's title (a title of the genre: not the speaker's line under an editor's note)
            furniture[index] = True
    # the titles under a list's label in the head (an e-paper's 本版标题导航 / · … / · …): other pages' headlines, not
    # the document's title
    for index, verdict in enumerate(verdicts):
        if verdict in (FURNITURE, LABEL):
            for linked in _links_under_label(page, index, opening, in_head=True):
                furniture[linked] = True
    # the page's header above its first line of navigation (a menu bar, a breadcrumb): its name, its English name, its
    # slogan, the day's date, lines of no sentence; a title of the genre there stays (a page may print the document's
    # title above)
    navigation = next((index for index, verdict in enumerate(verdicts)
                       if verdict == FURNITURE and _NAVIGATION_BAR.match(page.content(index))), None)
    for index in range(navigation or 0):
        if verdicts[index] in (SHORT, TITLE, PLAIN) and not is_title_text(page.content(index)):
            furniture[index] = True
    for index, is_furniture in enumerate(furniture):
        if is_furniture and _remove_piece_label(state, page, index):
            continue  # 篇一:在…上的发言: the first piece's label, its title after it the piece's own
        if is_furniture:
            _remove_line(state, page, index, HEAD_RULE)
            _note_furniture(state, page, index)
            if len(page.content(index)) >= MIN_RUNNING_HEADER:
                page.head_furniture.add(page.content(index))
    # a line after which the document opens, all above it someone else's: an AI assistant's words handing over its
    # draft (above them the user's request, its reasoning), or a site's label over the sample text it gives
    # (【参考范文】, 【例文】: above it a lesson, an exam's question, an article on writing)
    handed_over = _assistant_handover(page)
    if handed_over is None:
        handed_over = _sample_label(page)
    transcript = _transcript_label(page)
    if transcript is not None and (handed_over is None or transcript > handed_over):
        handed_over = transcript  # (a meeting tool's note that its AI wrote the summary stands above the transcript)
        _note_meeting_name(state, page, transcript)
    if handed_over is not None:
        _remove_head_through(state, page, handed_over)
        return max(opening, handed_over + 1)
    answer = _answer_votes(page)
    if answer is not None:  # (the answer's own lead may follow, over the document it pastes: read on below)
        _remove_head_through(state, page, answer)
        opening = max(opening, answer + 1)
        while opening < len(page) and (page.is_blank(opening) or page.verdict(opening) == FURNITURE):
            if not page.is_blank(opening):
                _remove_line(state, page, opening, HEAD_RULE)  # (the answer's own note on what it pastes: 分享一篇…)
            opening += 1
    body_label = _body_label(page)
    if body_label is not None:
        # a system's form above the label it sets before the document (发文处理单 … / 【正文】): all of it goes, but a
        # sentence that no field's label opens (a news script's lead under its 【导语】: the document's own words)
        # (a note's own heading of its body, 正文 bare, keeps the document's title over it: # 致…的慰问信 / ## 正文;
        # a system's label, 【正文】, 正文:, 【生成结果】, stands under the system's words alone)
        own_heading = page.content(body_label) == "正文"
        # (a message board's label over the body's reply: the citizen's message above it, sentences too, is the
        # page's, and so are the reply's fields under it, 回复机构:…, 回复时间:…)
        reply = "复" in page.content(body_label)
        while reply and body_label + 1 < len(page) and (page.is_blank(body_label + 1)
                                                          or _is_field_line(page.content(body_label + 1))):
            body_label += 1
        for index in range(body_label + 1):
            if not page.is_blank(index) and not (index < len(furniture) and furniture[index]) \
                    and not (page.verdict(index) == PROSE and ":" not in page.content(index)[:MAX_FIELD_LABEL]
                             and not reply) \
                    and not (own_heading and page.verdict(index) == TITLE
                             and ":" not in page.content(index)[:MAX_FIELD_LABEL] and page.content(index)[0] != "【"
                             and is_title_text(page.content(index))):
                _remove_line(state, page, index, HEAD_RULE)
        return max(opening, body_label + 1)
    title = _speech_under_a_lead(page, opening) if opening < len(page) and page.verdict(opening) == PROSE else None
    if title is None:
        return opening
    # a news report's lead or a question asked above the speech's own title: the page's words, not the speech's
    for index in range(title):
        if not page.is_blank(index) and not (index < len(furniture) and furniture[index]):
            _remove_line(state, page, index, HEAD_RULE)
    return title


def _assistant_handover(page: _Page) -> int | None:
    """The last line of the head in which an AI assistant hands the user the draft below (好的,以下是一篇…,供您参考:),
    or labels its reasoning or its search (已搜索到 6 个网页), with text under it; None where there is none."""
    head_end = min(len(page.text), HEAD_CHARS, page.starts[MAX_HEAD_LINES] if len(page) > MAX_HEAD_LINES
                   else HEAD_CHARS)
    found = part = None  # the last line that hands over a draft; the last that hands over a part of one
    # (the lines that can hand over, found at C speed: their ends (…:, …👇, …供您参考), and the tool's labels where
    # the head holds their words)
    labels = _ASSISTANT_TOOL_LABEL_LINE.finditer(page.text, 0, head_end) \
        if may_hold(page.text, _ASSISTANT_TOOL_LABEL_WORDS, 0, head_end) else ()
    for match in chain(_HANDOVER_END.finditer(page.text, 0, head_end), labels):
        line = bisect_right(page.starts, match.start()) - 1
        start, end, _ = page.bounds(line)
        if line + 1 < len(page) and end - start <= MAX_HANDOVER \
                and (_hands_over(page.text, start, end)
                     or (_ASSISTANT_TOOL_LABEL.fullmatch(page.text, start, end)
                         and not _under_a_pasted_document(page, start))) \
                and not _MARKER_START.match(page.text[match.end():end].lstrip()):
            # (not a line on which the document itself goes on after the words that hand it on: …通知全文如下。
            # 一、检查时间。…, a page that ran its paragraphs together)
            if _hands_over_a_part(page.text, start, end):
                part = line if part is None else max(part, line)
            else:
                found = line if found is None else max(found, line)
    # (a part handed over under a draft, to put in it, leaves the draft the document; a part alone, under a user's
    # own draft pasted above, is what the assistant wrote)
    found = part if found is None else found
    if found is None:
        return None
    # a conversation goes on past its first draft where the user asks for another (太长了,精简一下 / 好的,调整后的
    # 通知如下:): the last draft handed over is the document
    for match in _ASSISTANT_HANDOVER.finditer(page.text, page.bounds(found)[2]):
        line = bisect_right(page.starts, match.start()) - 1
        start, end, _ = page.bounds(line)
        if line + 1 < len(page) and end - start <= MAX_HANDOVER and _hands_over(page.text, start, end) \
                and not _ASSISTANT_POSTSCRIPT.match(page.text, start, end) \
                and not _hands_over_a_part(page.text, start, end):
            # (以上…供您参考。…以下几点: is no handover; 改写后的结尾如下: hands over a part to put in the draft)
            found = line
    return found


def _revised_ending(state: CleanState, page: _Page, opening: int, cut: int) -> tuple[int, int] | None:
    """An AI assistant's rewrite of its draft's ending, handed over under it to put in (改写后的结尾如下,…替换原稿
    中的结尾: / 各位朋友, / … / 谢谢大家!): its first line is a line of the draft, from which the draft's ending, the
    words to the user under it, the user's request and the handover go, so that the ending put in follows the draft;
    what follows the new ending's last line goes too. Returns (the ending's first line, where the text now ends), or
    None where no such ending stands."""
    if not 0 <= opening < len(page):
        return None
    handover = None
    # (the lines that may hand over found by how they end, at C speed, as the head's are)
    for match in _HANDOVER_END.finditer(page.text, page.starts[opening], cut):
        line = bisect_right(page.starts, match.start()) - 1
        start, end, _ = page.bounds(line)
        if line > opening and end - start <= MAX_HANDOVER and _hands_over(page.text, start, end) \
                and _hands_over_a_part(page.text, start, end):
            handover = line
    last = bisect_right(page.starts, cut - 1)
    first = None if handover is None else page.next_text_line(handover, last)
    if handover is None or first is None:
        return None
    # the draft's line the new ending opens with (its address: 各位朋友,), the last one above the handover
    again = next((line for line in range(handover - 1, opening, -1)
                  if not page.is_blank(line) and page.content(line) == page.content(first)), None)
    # the new ending's last line (its thanks, its close), before anything the assistant says to the user
    closing = None
    for line in range(first, last):
        if page.is_blank(line):
            continue
        start, end, _ = page.bounds(line)
        if _DOCUMENT_END_LINE.fullmatch(page.text, start, end) or _THANKS_AT_THE_END.search(page.text, start, end):
            closing = line
            break
        if _speaks_to_the_user(page, line):
            break
    if again is None or closing is None:
        return None
    state.remove([(page.starts[again], page.starts[first])], rule=SUPERSEDED_RULE)
    end = page.bounds(closing)[2]
    if end < cut:
        state.remove([(end, cut)], rule="generic.tail")
    return first, end


def _hands_over_a_part(text: str, start: int, end: int) -> bool:
    """Whether the handover at ``start:end`` gives one part of a draft (改写后的结尾如下,替换原稿相应
    段落即可:), not the whole (调整后的完整稿如下:)."""
    return _HANDED_OVER_PART.search(text, start, end) is not None \
        and _HANDED_OVER_WHOLE.search(text, start, end) is None


def _chat_replies_after_the_end(page: _Page, opening: int, cut: int) -> int | None:
    """The first line after a document's last line (its date, its 谢谢大家) where a work chat's replies follow it to
    the end: short lines only, names and messages, some of them a chat's own (收到, @张主任 …, [表情], 09:40, 输入消息).
    None where the lines after the end are no chat's."""
    last = bisect_right(page.starts, cut - 1)
    first = max(opening + 1, last - MAX_CHAT_TAIL)
    if first >= last or sum(1 for _ in islice(_CHAT_REPLY_LINES.finditer(page.text, page.starts[first], cut),
                                              MIN_CHAT_REPLIES)) < MIN_CHAT_REPLIES:
        return None  # (most tails hold no chat's lines: one search over them, not a test per line)
    end_line = next((line for line in range(last - 1, first - 1, -1)
                     if _DOCUMENT_END_LINE.fullmatch(page.text, *page.bounds(line)[:2])), None)
    if end_line is None:
        return None
    lines = [line for line in range(end_line + 1, last) if not page.is_blank(line)]
    if len(lines) < MIN_CHAT_REPLIES:
        return None
    marked = sum(1 for line in lines if _CHAT_REPLY_LINE.fullmatch(page.content(line)))
    if marked < MIN_CHAT_REPLIES:
        return None
    # (a copy of a group's messages, each under its sender's name on a line of its own, may hold a long one: 李书记 /
    # 另外说一下,…; without the senders' lines, short lines only, or the text after the date may be the document's)
    senders = sum(1 for line in lines if _SENDER_NAME_LINE.fullmatch(page.content(line))
                  and not _CHAT_REPLY_LINE.fullmatch(page.content(line)))  # (a name, not a reply: 收到, 好的)
    if senders * SENDER_SHARE < len(lines) and any(len(page.content(line)) > MAX_CHAT_LINE for line in lines):
        return None
    return lines[0]


def _under_a_pasted_document(page: _Page, start: int) -> bool:
    """Whether the user's message above an AI assistant's tool label at ``start`` is a document pasted to ask about
    (帮我看看下面这篇发言稿: / its title, its paragraphs …): it holds :data:`MIN_PASTED_DOCUMENT` Han characters."""
    # (counted up to the bound: a long document costs no more)
    return sum(1 for _ in islice(_HAN_CHAR.finditer(page.text, 0, start), MIN_PASTED_DOCUMENT)) >= MIN_PASTED_DOCUMENT


def _assistant_review(page: _Page, opening: int, cut: int) -> int | None:
    """The line of an AI assistant's tool label (已深度思考(用时 18 秒)) under a document the user pasted to ask
    about it, where the assistant hands over no draft of its own below (its comments, its suggestions, an example of
    a change): the document is the one pasted, and from the label down is the assistant's answer. None where there
    is none."""
    if _TOOL_LABEL_HINT.search(page.text, 0, cut) is None:
        return None  # (most texts: one search for the words every label holds one of)
    for match in _ASSISTANT_TOOL_LABEL_LINE.finditer(page.text, 0, cut):
        line = bisect_right(page.starts, match.start()) - 1
        start, end, following = page.bounds(line)
        if not _ASSISTANT_TOOL_LABEL.fullmatch(page.text, start, end):
            continue
        if not _under_a_pasted_document(page, start):
            return None  # a request to write one: the draft handed over below is the document
        answer = page.next_text_line(line, len(page))
        if answer is None or _opens_a_draft(page, answer):
            return None  # (a long request, then the draft itself or the assistant's reasoning about it)
        for handover in _ASSISTANT_HANDOVER.finditer(page.text, following, cut):
            below = bisect_right(page.starts, handover.start()) - 1
            if _hands_over(page.text, *page.bounds(below)[:2]):
                return None  # a draft of its own after all (好的,以下是修改后的发言稿:): the last one is the document
        return line
    return None


def _opens_a_draft(page: _Page, line: int) -> bool:
    """Whether the first line under an AI assistant's tool label opens a draft of its own (its title, its salutation)
    or its reasoning about one (用户需要…), rather than its comments on the text above (这篇发言整体…)."""
    content = page.content(line)
    return is_title_text(content) or _is_salutation(content) or bool(page.hits_among(line, _ASSISTANT_CLASSES))


def _mail_signature(page: _Page, opening: int, cut: int) -> int | None:
    """The sender's signature at the end of a mail, under the rule its client draws (—————— / 某某局某某科 / 地址:…
    邮编:…): a few short lines, one of them a contact's, the page's furniture aside below them. None where the text
    is no mail (no sender's header above the document's opening) or ends otherwise (a notice's 版记 under its rule
    names no contact)."""
    if not _is_a_mail(page, opening):
        return None
    return _signature_above(page, bisect_right(page.starts, cut - 1) - 1)


def _is_a_mail(page: _Page, opening: int) -> bool:
    """Whether a mail's header (发件人:, 收件人:) stands atop the text, above the document's opening."""
    # (asked of the mail's classes alone: a line's every class, on a body's long lines, would cost a scan each)
    return any(page.hits_among(line, _MAIL_CLASSES) for line in range(min(len(page), opening, MAX_MAIL_HEADER_LINES)))


def _signature_above(page: _Page, line: int) -> int | None:
    """The line of the rule a mail's signature opens under, read up from ``line`` (the signature's last line or the
    furniture under it); None where a sentence or a long line comes first, or no contact's line stands under it."""
    contact = False
    signed = 0  # the signature's lines read so far, its foot's furniture aside (本邮件及其附件含有…)
    while line > 0 and signed <= MAX_MAIL_SIGNATURE_LINES:  # (a short mail is all head: no opening bounds it)
        # (a forwarded mail quotes the sender's lines, each after a >, which a table's rule takes with them)
        content = page.content(line).lstrip(QUOTE_MARKS)
        if content and (_RULE_LINE.fullmatch(content) or content == SIGNATURE_DASHES):
            return line if contact else None
        if content and page.verdict(line) != FURNITURE:
            if len(content) > MAX_MAIL_SIGNATURE_LINE or is_sentence(content):
                return None
            signed += 1
        contact = contact or _CONTACT.match(content) is not None or "邮编" in content
        line -= 1
    return None


def _may_quote_a_message(text: str) -> bool:
    """Whether a text holds what every line a mail client sets over a quoted message holds (its dashes, 写道, wrote:):
    the forwarding pattern is searched only then."""
    return "--" in text or "写道" in text or "wrote:" in text


def _mark_signatures_over_quotes(state: CleanState, page: _Page, opening: int) -> None:
    """Remove a mail's signature where the message it answers or forwards is quoted under it (…批评指正。 / —————— /
    某某 / 电话:… / -----原始邮件----- / 发件人:…): the signature only, the quote being furniture or the document."""
    if not _may_quote_a_message(page.text) or not _is_a_mail(page, opening):
        return
    for quote in _EMAIL_FORWARD.finditer(page.text):
        line = bisect_right(page.starts, quote.start()) - 1
        rule = _signature_above(page, line - 1) if line > 0 else None
        if rule is not None:
            state.remove([(page.starts[rule], page.starts[line])], rule="generic.signature")


#: the line a mail's signature opens under (RFC 3676 §4.3: "-- ", its space trimmed with the line's)
SIGNATURE_DASHES: Final = "--"
#: what a mail client sets before each line it quotes, with the spaces after it (> , >> )
QUOTE_MARKS: Final = "> \t"
#: how many lines atop a text a mail's header (发件人:, 收件人:) may stand on
MAX_MAIL_HEADER_LINES: Final = 12
#: how many lines a mail's signature holds under its rule, and how long each is at most
MAX_MAIL_SIGNATURE_LINES: Final = 5
MAX_MAIL_SIGNATURE_LINE: Final = 60


def _assistant_postscript(page: _Page, opening: int, cut: int) -> int | None:
    """Where an AI assistant's words to its user under its draft begin (:func:`_assistant_words_to_the_user`), with the
    rule it drew between the draft and them (---)."""
    line = _assistant_words_to_the_user(page, opening, cut)
    if line is None:
        return None
    above = line - 1
    while above > opening and page.is_blank(above):
        above -= 1
    return above if above > opening and _RULE_LINE.fullmatch(page.content(above)) else line


#: a rule drawn across the page, a line of dashes or the like alone (---, ———, ***)
_RULE_LINE: Final = lazy_compile(r"(?:[-—_=*~][ \t]*+){3,60}+")
#: the label of a poster's notes on using the text it shares, under the document's end (填写提示:, 写在最后:)
_POSTSCRIPT_LABEL: Final = lazy_compile(POSTSCRIPT_LABEL)
_TEXT_OVER: Final = lazy_compile(TEXT_OVER)
_POSTSCRIPT_WORDS: Final = lazy_compile(POSTSCRIPT_WORDS)
#: a speech's last line, its thanks after its last words (我的讲话完毕,谢谢大家!)
_THANKS_AT_THE_END: Final = lazy_compile(rf"(?:{CLOSING})$")
#: a chairing script's last line, the host's farewell after the event's close (…到此结束,…再见!)
_FAREWELL_AT_THE_END: Final = lazy_compile(r"(?:到此结束|圆满结束|再见)[!。]?$")
#: the longest line of a document's end under its last paragraph (its signature: a body's name, a speaker's post)
MAX_END_LINE: Final = 30


def _assistant_words_to_the_user(page: _Page, opening: int, cut: int) -> int | None:
    """The line under an AI assistant's draft where it turns back to the user (以上讲话稿供您参考。, 说明: / …请根据实际
    情况填写): it opens so, and its words (or, under a label alone, the next line's) are the assistant's to the user.
    From it to ``cut``, the assistant's words and its tool's. None where there is none (a speech's own 以上…, 希望…
    address no user)."""
    tail = page.text[max(0, cut - TAIL_CHARS):cut]
    # (most tails hold none of these: a speech's 你们 is no word to a user)
    if not any(word in tail for word in _ASSISTANT_TAIL_WORDS):
        return None
    first, last = max(opening + 1, bisect_right(page.starts, cut - TAIL_CHARS)), bisect_right(page.starts, cut - 1)
    label: int | None = None  # the first label of the assistant's notes (小提示:) since the document's last end line
    for line in range(first, last):
        start, end, _ = page.bounds(line)
        if start != end and _DOCUMENT_END_LINE.fullmatch(page.text, start, end):
            label = None
        if start == end or not _ASSISTANT_POSTSCRIPT.match(page.text, start, end):
            continue
        if label is None and page.text[end - 1] == ":":
            label = line
        if _speaks_to_the_user(page, line):
            # (with the notes it labelled above the words to the user: 小提示: / 1.… / 如果您愿意,我还可以:)
            return line if label is None else label
        below = page.next_text_line(line, last)
        # (a label alone (说明:) over the words to the user; not a speech's 以上… over the page's buttons)
        if page.text[end - 1] == ":" and below is not None and _speaks_to_the_user(page, below):
            return line
    # however the assistant words it, what follows the document's end (its date, its 谢谢大家, its 散会) down to the
    # first line that speaks to the user is the assistant's
    user = next((line for line in range(first, last) if not page.is_blank(line) and _speaks_to_the_user(page, line)),
                None)
    if user is None:
        return None
    closing = next((line for line in range(user - 1, first - 1, -1)
                    if _DOCUMENT_END_LINE.fullmatch(page.text, *page.bounds(line)[:2])), None)
    return None if closing is None else page.next_text_line(closing, last)


def _poster_s_postscript(page: _Page, opening: int, cut: int) -> int | None:
    """Where a poster's notes under the document it shares begin: a label of notes on using the text (填写提示:,
    写在最后:) after the document's end line (its date, its thanks, a host's farewell), with nothing but the end's short
    lines between (a signature, a template's blank date)."""
    if _POSTSCRIPT_WORDS.search(page.text, max(0, cut - TAIL_CHARS), cut) is None:
        return None  # (most tails hold no such label: their lines are not read one by one)
    first, last = max(opening + 1, bisect_right(page.starts, cut - TAIL_CHARS)), bisect_right(page.starts, cut - 1)
    closed = False  # whether the document's end line stood above, the lines since then short ones of its end
    for line in range(first, last):
        start, end, _ = page.bounds(line)
        if start == end:
            continue
        if _DOCUMENT_END_LINE.fullmatch(page.text, start, end) or _THANKS_AT_THE_END.search(page.text, start, end) \
                or _FAREWELL_AT_THE_END.search(page.text, start, end):
            closed = True
        elif (closed and _POSTSCRIPT_LABEL.match(page.text, start, end)) or _TEXT_OVER.match(page.text, start, end):
            above = _text_line_before(page, start)
            # (with the rule the poster drew over its notes: —————— / ✏️使用小贴士:)
            return above if above is not None and above > opening and _RULE_LINE.fullmatch(page.content(above)) \
                else line
        elif end - start > MAX_END_LINE:
            closed = False  # (a paragraph of text: the document went on)
    return None


def _speaks_to_the_user(page: _Page, line: int) -> bool:
    """Whether a line holds an AI assistant's words to its user or its tool's (供您参考, 告诉我, 内容由AI生成)."""
    return bool(page.hits_among(line, _ASSISTANT_CLASSES))


def _hands_over(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start:end`` is an AI assistant's words handing the user its draft."""
    return bool(_ASSISTANT_HANDOVER.search(text, start, end) and _ASSISTANT_ANSWER.search(text, start, end))


def _sample_label(page: _Page) -> int | None:
    """The line of the label a site sets over the sample text it gives (【参考范文】, 【例文】), alone on its line in
    the head, with text under it; None where there is none."""
    return _label_alone_in_the_head(page, _SAMPLE_LABEL, ("范文", "例文", "样文"))


def _transcript_label(page: _Page) -> int | None:
    """The line of the label a video page or a meeting tool sets over the transcript it gives (以下内容由AI根据视频语音
    自动生成, 字幕列表, 文字记录:), alone on its line in the head, with text under it; None where there is none. A
    page's tab and the note under it (视频文稿 / 以下内容由AI…生成) are labels both: the last of them."""
    label = _label_alone_in_the_head(page, _TRANSCRIPT_LABEL, ("字幕", "视频", "语音", "音频", "录音", "记录", "转写"))
    if label is None:
        return _first_speaker_line(page)
    while label is not None:
        below = page.next_text_line(label, len(page))
        if below is None or not _TRANSCRIPT_LABEL.fullmatch(page.content(below)):
            break
        label = below
    return label


def _first_speaker_line(page: _Page) -> int | None:
    """The line of a transcript's first speaker line (发言人1 00:00) in the head, where the text holds at least
    :data:`MIN_SPEAKER_LINES` of them: the turns are the document; above the first, the tool's card and its AI's
    summary, keywords and chapters (a transcript with no label over it); None where there is none."""
    first = _SPEAKER_LINE.search(page.text, 0, HEAD_CHARS)
    if first is None or sum(1 for _ in islice(_SPEAKER_LINE.finditer(page.text, first.start()), MIN_SPEAKER_LINES)) \
            < MIN_SPEAKER_LINES:
        first = _first_named_turn(page.text)
        if first is None:
            return None
    line = bisect_right(page.starts, first.start()) - 1
    return line if line < MAX_HEAD_LINES else None


def _first_named_turn(text: str) -> regex.Match[str] | None:
    """A transcript's first turn under its speaker's name and the minutes into the recording (王某  0:04), in the head
    (:func:`_named_turns`); None where there is none."""
    turns = _named_turns(text)
    return turns[0] if turns and turns[0].start() < HEAD_CHARS else None


#: how a recording's first minute is written after a speaker's name (王某  00:04, 王某  0:04, 王某 [00:04]): a day's
#: clock, 10:30, holds 0: too, but after a figure
_FIRST_MINUTE: Final = (" 0:", "\t0:", "[0:", " 00:", "\t00:", "[00:")


@lru_cache(maxsize=1)
def _named_turns(text: str) -> list[regex.Match[str]]:
    """A transcript's turns under their speakers' names and the minutes and seconds into the recording (王某  00:02,
    李某  0:46, 王某  03:41): at least :data:`MIN_SPEAKER_LINES`, the first in the recording's first minute, none
    earlier than the one before; none where the turns are a chat's clocks or lines of another kind. (The head's
    search and the turns' removal ask it of one text: it is read once.)"""
    if not any(minute in text for minute in _FIRST_MINUTE):
        return []  # (a recording's first minute: most texts hold none)
    turns = list(NAMED_TURN_LINE.finditer(text))
    return turns if len(turns) >= MIN_SPEAKER_LINES and read_as_a_recording(turns) else []


def _note_meeting_name(state: CleanState, page: _Page, opening: int) -> None:
    """Note the meeting's name a transcript's head gives above its label or its first speaker line (全市…推进会 over
    the date of the recording), or the speech's title it gives there (…推进会讲话), as the name of the file: the
    title of a speech whose transcript opens with no title of its own."""
    for line in range(opening):
        recording = _RECORDING_FILE_NAME.fullmatch(page.content(line))
        if recording is not None:
            state.note(file_title=recording.group("name"))  # (the name the tool gave the recording, its stamp off)
            return
        if _MEETING_NAME.fullmatch(page.content(line)) or is_title_text(page.content(line)):
            state.note(file_title=page.content(line))
            return


def _note_meeting_subject(state: CleanState, content: str) -> None:
    """Note the meeting a tool's card names in its field (会议主题:…) as the name of the record's file."""
    subject = _MEETING_SUBJECT.fullmatch(content)
    if subject is not None:
        state.note(file_title=subject.group("name"))


def _remove_head_through(state: CleanState, page: _Page, last: int) -> None:
    """Remove every line with text from the page's first down to ``last``: all of it someone else's (a meeting tool's
    card among it names the record: 会议主题:…)."""
    for index in range(last + 1):
        if not page.is_blank(index):
            _remove_line(state, page, index, HEAD_RULE)
            _note_meeting_subject(state, page.content(index))


def _answer_votes(page: _Page) -> int | None:
    """The line of an answer's count of votes in the head of a page of questions and answers (327 人赞同了该回答),
    which opens the answer: above it stand the question, its description and topics, the page's buttons and the
    answerer's name and bio; None where there is none."""
    return _label_alone_in_the_head(page, _ANSWER_VOTES, ("赞同了该回答",))


def _sample_commentary(page: _Page, opening: int, cut: int) -> int | None:
    """The line of the label of a site's comment under the sample it gave (【例文评析】, 【解题思路】), alone on its
    line, where the head set the sample out under its label; None where there is none."""
    if _sample_label(page) is None:
        return None
    for line in range(opening + 1, bisect_right(page.starts, cut - 1)):
        start, end, _ = page.bounds(line)
        if start < end and _SAMPLE_COMMENTARY_LABEL.fullmatch(page.text, start, end):
            return line
    return None


def _body_label(page: _Page) -> int | None:
    """The line of the label a system or a page sets right above the document's text (【正文】, 正文:), alone on its
    line in the head, with text under it; None where there is none."""
    return _label_alone_in_the_head(page, _BODY_LABEL, ("正文", "生成结果", "复内容", "复正文"))


def _label_alone_in_the_head(page: _Page, label: regex.Pattern[str], words: tuple[str, ...]) -> int | None:
    """The first line of the head that is ``label`` alone, with text under it; None where there is none. Only a
    head holding one of ``words`` (which every such label holds) is read line by line."""
    head = page.text[:HEAD_CHARS]
    if not any(word in head for word in words):
        return None  # (most heads)
    for line in range(min(len(page), MAX_HEAD_LINES)):
        if page.starts[line] >= HEAD_CHARS:
            break
        if label.fullmatch(page.content(line)):
            return line if line + 1 < len(page) else None
    return None


def _poster_s_note_above_a_title(page: _Page, line: int) -> bool:
    """A poster's note atop the page, right above the document's title (各位坛友好,…请大家拍砖。转载请注明出处。
    / 在…上的发言): a sentence that carries a term of a site's notices, under nothing but the page's furniture,
    over a line that is a title of the genre."""
    if len(page.content(line)) > MAX_FURNITURE_LINE:
        return False
    below = page.next_text_line(line, len(page))  # (the title below first: most first sentences have none)
    if below is None or not is_title_text(page.content(below)):
        return False
    evidence = page.evidence(line)
    return evidence.sentence and evidence.strong


def _headline_over_its_dateline(page: _Page, line: int) -> bool:
    """A post's headline under the page's furniture, right over the line of its time and source (注意!…有变化 /
    2031-10-12 18:05 来源: 某某): the page's words, however they cry out, not the document's first sentence."""
    content = page.content(line)
    if len(content) > MAX_TITLE or "。" in content or is_title_text(strip_decorations(content)):
        return False  # (a headline that is the document's title, decorated: [公告] 重磅!…的通知(全文))
    below = page.next_text_line(line, len(page))
    return below is not None and page.verdict(below) == FURNITURE \
        and any(EVIDENCE[index].name == "timestamp" for index, _, _ in page.hits(below))


def _lead_handing_on_the_speech(page: _Page, line: int) -> bool:
    """A report's lead whose last sentence hands on the speech printed under it (…出席会议并讲话。现将讲话全文刊发
    如下:), right above the speech's salutation, maybe with the speaker's line between: the page's words."""
    content = page.content(line)
    if len(content) > MAX_FURNITURE_LINE or content[-1] not in ":。":
        return False
    last = content[max(content.rfind(mark, 0, len(content) - 1) for mark in "。!?") + 1:-1]
    if not last.endswith(LEAD_HANDS_ON_ENDINGS) or not ("全文" in last or "原文" in last):
        return False
    below = page.next_text_line(line, len(page))
    if below is not None and not _is_salutation(page.content(below)) and len(page.content(below)) <= MAX_SPEAKER_LINE \
            and not _SENTENCE_MARKS.search(page.content(below)):
        below = page.next_text_line(below, len(page))  # (the speaker's line between: 市长  某某)
    return below is not None and _is_salutation(page.content(below))


def _notice_above_furniture(page: _Page, line: int) -> bool:
    """A sentence with a strong term of the sentences sites write (官方账号, 一起来看全文) under the head's furniture
    (or atop the page) and over furniture right below it: an account's card, an editor's word, an asker's question."""
    if len(page.content(line)) > MAX_FURNITURE_LINE:
        return False
    evidence = page.evidence(line)
    if not (evidence.sentence and evidence.strong):
        return False
    below = page.next_text_line(line, len(page))
    # (a question's topics, short lines, may stand between it and the page's furniture: …有没有讲稿? / 医疗 / 党建 /
    # 关注者)
    for _ in range(MAX_TOPIC_LINES):
        if below is None or page.verdict(below) != SHORT:
            break
        below = page.next_text_line(below, len(page))
    return below is not None and page.verdict(below) == FURNITURE and not _numbered_part_inside(page.content(line))


def _numbered_part_inside(content: str) -> bool:
    """Whether a numbered part of a document opens after a sentence's end inside the line (…全文如下。 一、检查时间。):
    a document run together with the lead above it, no notice of a site's."""
    return any(_MARKER_START.match(content[end.end():].lstrip()) for end in _SENTENCE_MARKS.finditer(content))


def _mark_menus(verdicts: list[str], furniture: list[bool]) -> None:
    """A run of short lines right above furniture in the head is a site's menu, one item a line (机构设置 /
    工作动态 / … / 请输入关键字 搜索), when it holds at least :data:`MIN_MENU_ITEMS` of them: a document's own
    short lines above its title (a 公文's header) stand above no furniture."""
    runs: list[list[int]] = [[]]
    for index in range(len(verdicts) - 1, -1, -1):
        verdict = verdicts[index]
        if verdict == SHORT and (runs[-1] or _furniture_below(verdicts, furniture, index)):
            runs[-1].append(index)
        elif verdict != BLANK and runs[-1]:
            runs.append([])
    for run in runs:
        if len(run) >= MIN_MENU_ITEMS:
            for index in run:
                furniture[index] = True
            # the one line above a menu at the top of the page: the site's name over its menu (某某学院团委)
            above = [index for index in range(run[-1]) if verdicts[index] != BLANK]
            if len(above) == 1 and verdicts[above[0]] in (TITLE, SHORT, PLAIN):
                furniture[above[0]] = True


def _in_short_run_between_furniture(verdicts: list[str], furniture: list[bool], index: int) -> bool:
    """Whether a short line stands in a run of a few short lines with furniture right above and below the run (a
    site's tree of pages, a menu a word a line: 页面树 / 主页 / 工作方案 / 空间工具)."""
    above = index - 1
    while above >= 0 and verdicts[above] in (SHORT, BLANK) and index - above <= MAX_SHORT_RUN:
        above -= 1
    below = index + 1
    while below < len(verdicts) and verdicts[below] in (SHORT, BLANK) and below - index <= MAX_SHORT_RUN:
        below += 1
    return above >= 0 and below < len(verdicts) and furniture[above] and furniture[below] \
        and verdicts[above] != BLANK and verdicts[below] != BLANK


def _over_the_title_under_furniture(page: _Page, verdicts: list[str], furniture: Callable[[int], bool],
                                    index: int) -> bool:
    """Whether a short line stands in a run of a few short lines with furniture right above the run and the
    document's title right under it, and is no mark a 公文 sets over its title (特急, 附件2, a number or a date)."""
    below = index + 1
    while below < len(verdicts) and verdicts[below] in (SHORT, BLANK) and below - index <= MAX_SHORT_RUN:
        below += 1
    if below >= len(verdicts) or verdicts[below] != TITLE:
        return False
    content = page.content(index)
    if any(char.isdigit() for char in content) or _FRONT_MARK.match(content) is not None:
        return False
    above = index - 1
    while above >= 0 and verdicts[above] in (SHORT, BLANK) and not furniture(above) and index - above <= MAX_SHORT_RUN:
        above -= 1
    # (a title of the genre under the run: not an author's affiliation in brackets under the author's name)
    return above >= 0 and verdicts[above] != BLANK and furniture(above) and is_title_text(page.content(below))


def _furniture_below(verdicts: list[str], furniture: list[bool], index: int) -> bool:
    below = next((i for i in range(index + 1, len(verdicts)) if verdicts[i] != BLANK), None)
    return below is not None and furniture[below]


def _speech_under_a_lead(page: _Page, first: int) -> int | None:
    """The line of a speech's own title a few lines under the head's first sentence (本网讯…出席会议并讲话。
    / 以下为讲话全文: / 在…会议上的讲话 / 同志们:), where a genre title with its subtitle or salutation under
    it opens the document: nothing above it is a title of the genre or a 公文's header, and nothing between
    opens the document first (a salutation, an addressee, a numbered heading). The salutation or subtitle is
    looked for first: most heads have none under their first sentence, and ask nothing more."""
    above: list[int] = [first]  # the lines with text before ``line``
    paragraphs = 0  # the lead's paragraphs after its first line (a post's headline, then its lead)
    line = first + 1
    while line < len(page) and len(above) <= MAX_LEAD_LINES + 1:
        if page.is_blank(line):
            line += 1
            continue
        content = page.content(line)
        subtitle = content[0] in "—-" and _SUBTITLE_LINE.fullmatch(content) is not None
        opens = _is_salutation(content) or _TURN.match(content) is not None  # (同志们:, 男:尊敬的各位领导,)
        if (subtitle or opens) and paragraphs:
            return None
        if subtitle or opens:
            # the title stands above its subtitle, its date line and its speaker's name (在…的讲话 / 林明 / (2031年…))
            while len(above) > 1 and _SPEECH_BYLINE.fullmatch(page.content(above[-1])):
                above.pop()
            previous = above[-1]
            # (over a subtitle that names the genre, the title may be the speaker's own words: 坚持… 赋能…)
            if previous == first or not (is_title_text(page.content(previous))
                                         or (subtitle and _may_be_slogan_title(page.content(previous)))):
                return None
            if any(page.verdict(between) == OPENING for between in range(first + 1, previous)):
                return None  # the document began before the title
            return None if _a_title_of_the_page_s_own(page, first, page.content(previous)) else previous
        # (the cheap tests first: most leads' lines are sentences, and few lines have a document opening under them)
        if len(content) <= MAX_TITLE and _document_opens_under(page, line) and is_title_text(content) \
                and page.verdict(line) == TITLE \
                and not any(((page.verdict(between) == OPENING or _MARKER_START.match(page.content(between)))
                             and not _in_a_list_under_furniture(page, between, first))
                            or _DOCUMENT_END_LINE.fullmatch(page.text, *page.bounds(between)[:2])
                            for between in range(first, line)) \
                and not _a_title_of_the_page_s_own(page, first, content):
            # a 公文's or a plan's title under a post's lead, the document opening right under it: its addressee
            # (各乡镇人民政府:), its first heading or article, or its preamble and then its first heading; not under
            # a document of its own, closed by its date (an order that promulgates the rules under it), nor under
            # numbered lines (the articles that end the document before it)
            return line
        if len(content) > MAX_FURNITURE_LINE:
            paragraphs += 1
            if paragraphs > MAX_LEAD_PARAGRAPHS:
                return None
        above.append(line)
        line += 1
    return None


def _may_be_slogan_title(content: str) -> bool:
    """Whether a line may be a speech's own title over the subtitle that names its genre: a title's short line, or a
    slogan of two phrases a comma parts (少年,请向着光奔跑 / ——在…上的讲话)."""
    return may_be_title_line(content) or (content.count(",") == 1 and may_be_title_line(content.replace(",", "")))


def _in_a_list_under_furniture(page: _Page, line: int, first: int) -> bool:
    """Whether a numbered line of a post's lead is an item of a list under the post's own label (📌小编划重点: /
    1、推选对象:… / 2、…): the nearest line above the list is furniture."""
    above = line - 1
    while above > first and (page.is_blank(above) or page.verdict(above) == OPENING
                             or _MARKER_START.match(page.content(above))):
        above -= 1
    return above > first and page.verdict(above) in (FURNITURE, LABEL)


def _a_title_of_the_page_s_own(page: _Page, first: int, title: str) -> bool:
    """Whether a line above the head's first sentence is a title of the page's own (a cover notice's), or a 公文's
    header (its issuer, its number): then the title found under the sentence is not the document's. The page's
    furniture is neither (a breadcrumb ending in 政策文件)."""
    for head_line in range(first):
        text = page.content(head_line)
        if text and not text.endswith(title) and page.verdict(head_line) != FURNITURE \
                and (is_title_text(text) or text.endswith(ISSUER_MARK) or _HEADER_NUMBER.search(text)) \
                and not strip_decorations(text).rstrip("!?。").endswith(title):
            # (not the speech's title as the page heads it, the speaker's name before it, a mark or the site's
            # decoration after it: 某某在…会议上的讲话, 校长讲话:少年,请向着光奔跑!, 区委书记在…上的讲话(全文))
            return True
    return False


def _document_opens_under(page: _Page, line: int) -> bool:
    """Whether a document opens right under a title line: its addressee, its first numbered heading, or one
    paragraph (its preamble) and then its first numbered heading."""
    below = _next_line_with_text(page, line)
    if below is None:
        return False
    content = page.content(below)
    if _MARKER_START.match(content) or (content.endswith(":") and _ADDRESSEE.match(content)):
        return True
    after = _next_line_with_text(page, below)
    return after is not None and _MARKER_START.match(page.content(after)) is not None and page.verdict(below) == PROSE


def _next_line_with_text(page: _Page, line: int) -> int | None:
    """The next line after ``line`` that holds anything (read by its bounds, not judged)."""
    following = line + 1
    while following < len(page) and page.is_blank(following):
        following += 1
    return following if following < len(page) else None


def _over_a_byline(page: _Page, verdicts: list[str], furniture: list[bool], index: int,
                   evidence: frozenset[str], lines: int = 1) -> bool:
    """Whether one of the ``lines`` lines right under ``index``, all furniture, holds a post's byline's
    ``evidence``: what dates a post (2024-03-02 19:32·江西·…创作者) or names its account (抖音号:…  IP属地:湖南)."""
    for below in range(index + 1, min(index + 1 + lines, len(verdicts))):
        if not furniture[below]:
            return False
        if any(EVIDENCE[hit].name in evidence for hit, _, _ in page.hits(below)):
            return True
    return False


def _under_a_headline(page: _Page, verdicts: list[str], furniture: list[bool], index: int) -> bool:
    """Whether the line right above ``index`` (blank lines aside) is a post's headline, a line of title's shape that
    is no furniture, or a title of the genre the site decorated, and longer than a name's (the line itself at most a
    name's): not a school's or a body's name over its report's headline (某某实验小学 / 我校举行…仪式 / 发布时间:…)."""
    above = index - 1
    while above >= 0 and verdicts[above] == BLANK:
        above -= 1
    if above < 0:
        return False
    content = page.content(above)
    # (or the site's copy of the document's title, decorated: …表态发言(模板,可直接套用), …主持词(完整版),建议收藏!)
    if not ((verdicts[above] == TITLE and not furniture[above]) or is_title_text(strip_decorations(content))
            or is_title_text(_DECORATION_AFTER_A_TITLE.split(content, 1)[0])):
        return False
    length = len(page.content(index))
    return length <= MAX_POSTER_LINE and len(content) > length


def _between_furniture(verdicts: list[str], furniture: list[bool], index: int) -> bool:
    above = next((i for i in range(index - 1, -1, -1) if verdicts[i] != BLANK), None)
    return (above is None or furniture[above]) and _furniture_below(verdicts, furniture, index)


def _mark_tail(state: CleanState, page: _Page, opening: int, cut: int) -> int:
    """Mark everything from the first furniture line of the tail to the end, where no
    sentence of the body follows it (titles under a list's label, 相关阅读, are links, not
    the body); returns the line the tail starts at. The tail is read up from ``cut``, where
    a table's rule already cut the rest (a page's comments, whose lines are sentences)."""
    first = max(opening + 1, len(page) - MAX_TAIL_LINES)
    limit = min(cut, len(page.text)) - TAIL_CHARS
    start: int | None = None
    titles_below = False  # title lines wait for a list's label above them, which makes them links
    item_mark = ""  # the bullet the title lines above them open with, if they do: a list's items
    line = bisect_right(page.starts, cut - 1) - 1 if cut < len(page.text) else len(page) - 1
    while line >= first and page.starts[line] >= limit:
        verdict = page.verdict(line)
        if verdict in (FURNITURE, LABEL) or (start is not None and not titles_below
                                             and (_over_a_follow_button(page, line)
                                                  or _inside_furniture(page, line, first)
                                                  or _notice_between_furniture(page, line, first)
                                                  or _row_between_furniture(page, line, first))):
            content = page.content(line)
            if titles_below and not _LINK_LIST_LINE.fullmatch(content):
                if (item_mark and content.startswith(item_mark)) or is_title_text(content) \
                        or _is_numbered_title(content):
                    line -= 1  # an item of the same list that shows furniture itself (…范文(通用6篇))
                    continue
                break  # titles under furniture that lists no links: the body's own
            titles_below = False
            start = line
        elif verdict in (PROSE, OPENING, TITLE, PLAIN) and not _is_label_value(page, line):
            content = page.content(line)
            if verdict == PLAIN and _CONTACT.match(content) and _furniture_above(page, line, first):
                line -= 1  # the site's address and telephone under its footer (版权所有:… / 地址:…)
                continue
            if state.marked_whole(page.starts[line], page.bounds(line)[1]):
                # a line the web's shapes took already (a rule across the page over the footer; a preview's 还剩6页未读
                # under the file's card, the page's last lines cut after it)
                line -= 1
                continue
            label = _list_label_above(page, line, first)
            if label is None:
                label = _statement_label_above(page, line, first)  # (免责声明: / 1、本网…; / 2、…: the site's items)
            if label is not None:  # an item of a list of links under its label (▼往期推荐 / … / …): furniture
                start, titles_below, line = label, False, label - 1
                continue
            if verdict != TITLE and not (verdict == OPENING and _is_numbered_title(content)):
                break  # a line of the body: the tail starts after it
            titles_below = True
            item_mark = content[0] if content[0] in LIST_ITEM_MARKS else ""
        elif verdict == SHORT and _ends_a_sentence_left_open(page, line, first):
            break  # a page turned inside a sentence: its last words under the next page's header are the body's
        elif verdict == SHORT and _DOCUMENT_END_LINE.fullmatch(page.text, *page.bounds(line)[:2]):
            break  # the document's date (or its thanks) alone on a last page, between the page numbers: the body's
        line -= 1
    if start is None or _cells_of_a_tables_last_row(page, start):
        return len(page)
    state.remove([(page.starts[start], max(cut, page.starts[start]))], rule="generic.tail")  # (a table cut the rest)
    links = False  # under a list's label: the lines name other files
    for line in range(start, len(page)):
        links = links or _LINK_LIST_LINE.fullmatch(page.content(line)) is not None
        if page.verdict(line) in (FURNITURE, LABEL):
            if not links and page.content(line)[0] not in LIST_ITEM_MARKS:  # an item of a list names another file
                _note_furniture(state, page, line)
            if any(EVIDENCE[index].truncates for index, _, _ in page.hits(line)):
                state.note(truncated=True)  # a paywall or preview notice where the text stops
    return start


def _cells_of_a_tables_last_row(page: _Page, start: int) -> bool:
    """Whether the lines from ``start`` to the end are the cells of a table's last row, copied a cell a line under
    its number (… / 4 / 更新书屋图书 / 县新华书店 / … / 5 / 健全借阅制度 / 县文旅局 / …): the row's number stands right
    above them, the row before's number as many lines higher as the row has cells, or fewer."""
    number = page.content(start - 1) if start > 0 else ""
    # (ASCII digits: str.isdigit says yes to ⑴ and ², which int() cannot read)
    if not (number.isascii() and number.isdigit() and len(number) <= MAX_ROW_NUMBER_DIGITS and int(number) > 1):
        return False
    cells = len(page) - start
    earlier = (page.content(line) for line in range(max(0, start - 2 - cells), start - 1))
    return str(int(number) - 1) in earlier


def _mark_counts_over_the_tail(state: CleanState, page: _Page, opening: int, tail_start: int, cut: int) -> int:
    """A post's bar of counts (2.3万 / 1856 / 1.1万: likes, comments, saves, shares) or a preview's pager (1 / 2 / 3)
    on lines of their own between the body's last sentence and the page's furniture under it goes with the tail;
    returns where the tail now starts. Bare numbers after a table's row label or its header row are its cells."""
    if tail_start < len(page):
        below = tail_start
    elif cut < len(page.text):
        below = bisect_right(page.starts, cut - 1)  # (a table's rule took the rest: the comments)
    else:
        return tail_start  # no furniture under them to show the numbers are the page's
    first = below
    numbers: list[str] = []
    line = below - 1
    while line > opening and len(numbers) <= MAX_COUNT_BAR:
        content = page.content(line)
        if content and not _BARE_COUNT.fullmatch(content):
            break
        if content:
            numbers.append(content)
            first = line
        line -= 1
    if not MIN_COUNT_BAR <= len(numbers) <= MAX_COUNT_BAR or line <= opening:
        return tail_start
    above = page.content(line)
    if not (above[-1] in _SENTENCE_END_CHARS or page.verdict(line) == FURNITURE):
        return tail_start  # (under a row's label or a header row: a table's cells)
    numbers.reverse()
    pager = numbers[0].isdigit() and numbers == [str(page_number) for page_number in
                                                 range(int(numbers[0]), int(numbers[0]) + len(numbers))]
    if not (pager or any(_ROUNDED_COUNT.fullmatch(number) for number in numbers)):
        return tail_start  # (a list of figures: neither a platform's rounded counts nor the pages in turn)
    state.remove([(page.starts[first], page.starts[below] if below < len(page) else cut)], rule="generic.tail")
    return first


def _list_label_above(page: _Page, line: int, first: int) -> int | None:
    """The label of a list of links (往期推荐, 相关阅读) over ``line``, with only the list's items between: short
    lines that hold no statement (a headline may ask: …责任如何划分?) and open with no marker of the document's
    parts; or a ranking's label (热点排行) over its headlines, numbered by their rank (1.… / 2.…)."""
    label = _label_above(page, line, first, _LINK_LIST_LINE.fullmatch,
                         lambda content: _may_be_link_title(content, _STATEMENT_MARKS), MAX_LINKS_IN_BODY)
    if label is not None or not _RANKED_ITEM.match(page.content(line)):
        return label
    return _label_above(page, line, first, _RANKING_LINE.fullmatch,
                        lambda content: bool(_RANKED_ITEM.match(content))
                        and _may_be_link_title(_RANKED_ITEM.sub("", content, 1), _STATEMENT_MARKS), MAX_LINKS_IN_BODY)


def _statement_label_above(page: _Page, line: int, first: int) -> int | None:
    """The label of a site's statement (免责声明:, 版权声明:) over ``line``, with only its numbered items between
    (1、本网注明…的作品,版权均属于本网; / 2、…): the site's words on what it prints, item by item."""
    return _label_above(page, line, first, _STATEMENT_LABEL.fullmatch,
                        lambda content: 0 < len(content) <= MAX_FURNITURE_LINE and _opens_with_a_marker(content),
                        MAX_STATEMENT_ITEMS)


def _label_above(page: _Page, line: int, first: int, is_label: Callable[[str], object],
                 is_item: Callable[[str], bool], most: int) -> int | None:
    """The line of a box's label (``is_label``) over ``line``, at most ``most`` lines up, with nothing but the box's
    items (``is_item``) between, ``line`` among them."""
    above = line
    while above >= first and line - above <= most:
        content = page.content(above)
        if content and above < line and is_label(content):
            return above
        if not is_item(content):
            return None
        above -= 1
    return None


def _numbered_clause(page: _Page, line: int) -> bool:
    """Whether a line is a numbered clause of the document's (九、配合…开展投诉举报核查工作,…;): its marker, then a
    clause's mark; whatever words of furniture it uses, it stays (asked only of a line about to go)."""
    content = page.content(line)
    return _opens_with_a_marker(content) and _CLAUSE_MARKS.search(content) is not None


def _opens_with_a_marker(content: str) -> bool:
    return may_match_at(SECTION_MARKER, content) and _MARKER_START.match(content) is not None


def _may_be_link_title(content: str, marks: re.Pattern[str]) -> bool:
    """Whether a line may be the title of another page in a list of links: short, none of ``marks`` (a body's
    sentence ends so), no marker of the document's parts."""
    return len(content) <= MAX_LINK_TITLE and marks.search(content) is None and _MARKER_START.match(content) is None


def _ends_a_sentence_left_open(page: _Page, line: int, first: int) -> bool:
    """Whether a short line without evidence ends a sentence (…持续平稳。) that the last line of text above the
    furniture over it left open (…确保企业安): the page turned inside the sentence, and a viewer's header stands
    between its halves. A reply's short sentence under a post's header follows a sentence ended above, or a
    post's label (板凳)."""
    content = page.content(line)
    if content[-1] not in _SENTENCE_END_CHARS or page.evidence(line).score:
        return False
    above = line - 1
    while above >= first and (page.is_blank(above) or page.verdict(above) in (FURNITURE, LABEL)):
        above -= 1
    if above < first or above == line - 1:
        return False  # no furniture between them: the line under a line of the body is judged as it stands
    above_content = page.content(above)  # (a line of prose: a short one above is a post's label, 板凳)
    return len(above_content) > SHORT_LINE and above_content[-1] not in _OPEN_LINE_ENDS


#: what a line of text ends with when its sentence ends there, or its line holds no sentence (a label's colon)
_OPEN_LINE_ENDS: Final = _SENTENCE_END_CHARS + ";:…" + CLOSERS


def _link_list_at_end(page: _Page, opening: int, cut: int) -> int | None:
    """The line of a list's label (相关阅读, 作者最新文章) under which nothing but short lines without a
    sentence's end stand to ``cut``: the titles of other pages, linked, whatever words they use (…讲话, 干货满满)."""
    first = max(opening + 1, len(page) - MAX_TAIL_LINES)
    line = bisect_right(page.starts, cut - 1) - 1 if cut < len(page.text) else len(page) - 1
    label = None
    while line >= first:
        content = page.content(line)
        if content:
            if _LINK_LIST_LINE.fullmatch(content):
                label = line
            elif _DOCUMENT_END_LINE.fullmatch(content):
                break  # the document's date where a 公文 ends (a page's card of its files above it): no link's title
            elif (len(content) > MAX_LINK_TITLE
                  # (a headline may end in ! or ?: 这些物品不能带上飞机!; an item its bullet opens is a link whatever
                  # it says; a sentence ends inside the line, or in a full stop)
                  or (_SENTENCE_MARKS.search(content, 0, len(content) - (content[-1] in "!?"))
                      and not _BULLETED_ITEM.match(content))) \
                    and page.verdict(line) not in (FURNITURE, LABEL) and not _TEASER_END.search(content):
                # (a linked page's opening words cut off by the list, its link after them, are no sentence of the
                # document's: 为进一步…制定本方案……[阅读全文])
                break
        line -= 1
    return label


def _notice_between_furniture(page: _Page, line: int, first: int) -> bool:
    """A sentence with a site's words (文档, 下载) between two lines of the tail's furniture: one item of the
    site's numbered notice (1、本站文档均由用户上传… / 2、部分文档为节选… / 3、如发现侵权…), not the body.
    The caller knows furniture stands below it."""
    # (a long line with one weak term is the body's, cut by a preview: …让群众更多分享产业增值收益。)
    evidence = page.evidence(line)
    return page.verdict(line) == PROSE and evidence.score > 0 \
        and (evidence.score >= FURNITURE_SCORE or len(page.content(line)) <= MAX_NOTICE_ITEM) \
        and _furniture_above(page, line, first)


def _row_between_furniture(page: _Page, line: int, first: int) -> bool:
    """A table's row (its cells parted by wide gaps) under a furniture line of the tail, furniture below it: the
    header of a system's table (流程跟踪 / 序号  环节  处理人 … / its rows). The caller knows furniture stands below."""
    content = page.content(line)
    return (len(content) <= MAX_ROW and len(_CELL_GAP.findall(content)) >= MIN_ROW_GAPS
            and _furniture_above(page, line, first))


def _furniture_above(page: _Page, line: int, first: int) -> bool:
    """Whether the line above ``line`` (blank lines aside, not above ``first``) is furniture."""
    above = line - 1
    while above >= first and page.is_blank(above):
        above -= 1
    return above >= first and page.verdict(above) in (FURNITURE, LABEL)


def _is_numbered_title(content: str) -> bool:
    """An item of a numbered list of titles (1. 防汛工作会议主持词范文): a link, under a list's label."""
    marker = _MARKER_START.match(content)
    return marker is not None and is_title_text(strip_decorations(content[marker.end():].strip()))


def _over_a_follow_button(page: _Page, line: int, card_lines: int = 1) -> bool:
    """Whether a short line stands on an account's card over the page's button to follow it (某某县应急管理局 /
    关注): its name, atop a post or at its foot; no sentence. With ``card_lines`` more than one, the card's other
    lines may stand between (its name twice, as the avatar's caption and the link write it, its one-line bio:
    老某说政策 / 老某说政策 / 政策研究者,关注区域创新 / 关注他); a line of a title's words stands on the card only
    right over the button (a post's title sits over its account's name)."""
    card: list[int] = []
    below = line
    longest = MAX_POSTER_LINE if card_lines == 1 else MAX_CARD_LINE
    while len(card) < card_lines:
        start, end, _ = page.bounds(below)
        # (the card's furniture between, its post's time and badge, is of any length)
        if not (card and page.verdict(below) == FURNITURE) \
                and (end - start > longest or _SENTENCE_MARKS.search(page.text, start, end)):
            return False
        card.append(below)
        below += 1
        while below < len(page) and page.is_blank(below):
            below += 1
        if below >= len(page):
            return False
        if _FOLLOW_BUTTON.fullmatch(page.content(below)):
            return not any(is_title_text(page.content(above)) for above in card[:-1])
    return False


def _inside_furniture(page: _Page, line: int, first: int) -> bool:
    """Whether a line of the tail that is not furniture alone (主办单位:…, one weak term) stands in a
    block of furniture: it is no sentence, carries some evidence, and furniture stands above it, past
    at most :data:`MAX_INSIDE_FURNITURE` lines like it. A footer is a block; the document's own lines
    (its signature, its date) carry no evidence, and stay."""
    above = line
    for _ in range(MAX_INSIDE_FURNITURE):
        if page.verdict(above) not in (PLAIN, TITLE, SHORT) or page.evidence(above).score == 0:
            return False
        above -= 1
        while above >= first and page.is_blank(above):
            above -= 1
        if above < first:
            return False
        if page.verdict(above) in (FURNITURE, LABEL):
            return True
    return False


def _is_field_line(content: str) -> bool:
    """Whether a line is a page's field alone: a short label, a colon and a short value, no sentence."""
    return _FIELD_LINE.fullmatch(content) is not None


def _is_label_value(page: _Page, line: int) -> bool:
    """Whether the line before ``line`` is an empty furniture label (- 关键词: / value)."""
    above = line - 1
    while above >= 0 and page.is_blank(above):
        above -= 1
    if above < 0:
        return False
    # the label's shape first: the line above is judged only when it ends with a colon
    label = _EMPTY_LABEL.fullmatch(page.content(above))
    if label is None or label.group("label").replace(" ", "") in BUTTON_WORDS:
        return False
    if _PIECE_LABEL.fullmatch(label.group("label")) and page.verdict(line) == TITLE:
        return False  # a compilation's 篇一: names the piece under it, whose own title this is
    if (label.group("label").endswith(LEAD_HANDS_ON_ENDINGS) or _hands_over(page.text, *page.bounds(above)[:2])) \
            and is_title_text(page.content(line)):
        return False  # 讲话全文如下:, 为您生成如下讲话稿: hand on the document, its title first
    if is_title_text(page.content(line)) and _document_opens_below(page, line):
        return False  # 文档介绍: / 在…上的发言 / 尊敬的…: a preview's label over the document, its own title first
    return page.verdict(above) in (FURNITURE, LABEL)


def _document_opens_below(page: _Page, line: int) -> bool:
    """Whether the next line with text under ``line`` opens a document (a salutation, 为…,)."""
    below = _next_line_with_text(page, line)
    return below is not None and page.verdict(below) == OPENING


def _mark_dense_lines(state: CleanState, page: _Page, opening: int, tail_start: int) -> None:
    """Lines of the body that are nothing but furniture: a running header, a page footer."""
    text, starts = page.text, page.starts
    for line in range(opening, min(tail_start, len(page))):
        start = starts[line]
        newline = text.find("\n", start, start + MAX_DENSE_LINE + 1)
        end = newline if newline >= 0 else min(len(text), start + MAX_DENSE_LINE + 1)
        if not 0 < end - start <= MAX_DENSE_LINE:
            continue  # long lines are the body's
        if _SENTENCE_MARKS.search(text, start, end):
            # a sentence is the body's, but a site's or an account's own, set among the paragraphs, every sentence
            # of it furniture's (点击关注@某某,每天分享范文!, 声明:本文仅供学习交流,如需转载请注明出处。): a short
            # line of its own that ends its sentences (not a wrapped paragraph's line, cut inside one)
            if end - start <= MAX_DENSE_SENTENCE and _SENTENCE_MARKS.match(text, end - 1) \
                    and page.verdict(line) == FURNITURE and page.evidence(line).score >= DENSE_SCORE \
                    and not _numbered_clause(page, line):
                _remove_line(state, page, line, "generic.body")
            continue
        if page.head_furniture and page.content(line) in page.head_furniture:
            if not _numbered_clause(page, line):
                _remove_line(state, page, line, "generic.body")  # the head's furniture again: a page's running header
            continue
        # the evidence first: most short lines of the body have little, and then the verdict is not needed
        evidence = page.evidence(line)
        if (evidence.score >= DENSE_SCORE or (evidence.strong and _is_button(evidence, page.content(line)))) \
                and page.verdict(line) == FURNITURE:
            if _PIECE_LABEL_LINE.fullmatch(text, start, end) or _numbered_clause(page, line):
                # a compilation's piece label (篇二): its own rule takes it, and says a piece begins; a clause stays
                continue
            _remove_line(state, page, line, "generic.body")  # a running header, a prompt (展开阅读全文)
            advertised = _advertisement_under(page, line, tail_start)
            if advertised is not None:
                _remove_line(state, page, advertised, "generic.body")
            for linked in _links_under_label(page, line, tail_start):
                _remove_line(state, page, linked, "generic.body")


#: the longest run of short lines the head's furniture stands around (a site's tree of pages)
MAX_SHORT_RUN: Final = 4
#: a list of links a page sets inside the body holds this many titles at most
MAX_LINKS_IN_BODY: Final = 10


def _links_under_label(page: _Page, line: int, limit: int, in_head: bool = False) -> list[int]:
    """The titles of other pages right under a list's label set inside the body (相关推荐: / …述职报告2023 / …), up
    to the blank line or the numbered line of the body that ends the list: short lines that end no sentence and
    open with no marker of the document's parts. In the head (``in_head``), a line of the page's furniture (the
    article's byline under an e-paper's list of the page's headlines) ends the list too."""
    if _LINK_LIST_LINE.fullmatch(page.content(line)) is None:
        return []
    titles: list[int] = []
    following = line + 1
    while following < limit and len(titles) <= MAX_LINKS_IN_BODY:
        content = page.content(following)
        if in_head and titles and (page.verdict(following) in (FURNITURE, LABEL)
                                   or any(page.content(title).lstrip(LIST_ITEM_MARKS + " \t") == content
                                          for title in titles)):
            return titles  # (the page's furniture, or the article's own headline printed again under the list)
        if titles and page.content(titles[0])[0] in LIST_ITEM_MARKS and content[:1] != page.content(titles[0])[0]:
            return titles if len(titles) <= MAX_LINKS_IN_BODY else []  # (items with a bullet end at a line without)
        if not _may_be_link_title(content, _SENTENCE_MARKS):
            break
        titles.append(following)
        if page.text.count("\n", page.bounds(following)[1], page.starts[following + 1]
                           if following + 1 < len(page) else len(page.text)) >= 2:
            return titles if len(titles) <= MAX_LINKS_IN_BODY else []  # (a blank line ends the list)
        following += 1
    # (or the body's next part opens right under it with its marker)
    ends = following < len(page) and _MARKER_START.match(page.content(following)) is not None
    return titles if titles and ends and len(titles) <= MAX_LINKS_IN_BODY else []


def _advertisement_under(page: _Page, line: int, limit: int) -> int | None:
    """The line under an advertisement's label alone (广告 / 某某银行贷款, 最高可贷…): the advertisement, unless
    it is long or opens the document's next part (a numbered heading)."""
    start, end, _ = page.bounds(line)
    if not any(EVIDENCE[index].name == "ad" and hit_start == start and hit_end == end
               for index, hit_start, hit_end in page.hits(line)):
        return None
    below = page.next_text_line(line, limit)
    if below is None or len(page.content(below)) > MAX_DENSE_LINE or page.verdict(below) == OPENING:
        return None
    content = page.content(below)
    if _opens_with_a_marker(content):
        return None  # (a numbered part that is one sentence, 第五条　支持…。: the document's, whatever its length)
    return below


def _mark_running_headers(state: CleanState, page: _Page) -> None:
    """A page's running header (a Word file's 页眉: its unit's name) next to the page numbers a table's rule
    marked: a short line that stands beside two page breaks, or beside one and atop the text, goes wherever
    it stands so; a line of the body that reads the same elsewhere stays."""
    breaks = state.marked_by(PAGE_BREAK_RULES)
    if not breaks:
        return
    beside: dict[str, list[int]] = {}  # a short line's content → the lines with it beside a page break
    under_headers: dict[int, int] = {}  # the line a page opens with → the short line under it
    opening_pages: set[int] = set()  # the lines right after a page break
    for start, end in breaks:
        before, after = _text_line_before(page, start), _text_line_after(page, end)
        if after is not None:
            opening_pages.add(after)
        for line in (before, after):
            if line is not None and _may_be_running_header(page.content(line)) \
                    and not _WRITTEN_DATE_LINE.fullmatch(page.content(line)):
                # (a document's date closes it, and a file of a notice and its forms closes each with one: a
                # date beside two page breaks is their dates, not a header, which names the file)
                beside.setdefault(page.content(line), []).append(line)
        if after is not None:
            below = _text_line_after(page, page.bounds(after)[1] + 1)
            if below is not None and _may_be_running_header(page.content(below)):
                under_headers[after] = below
        if before is not None and after is not None and _header_inside_a_sentence(page, before, after):
            _remove_line(state, page, after, "generic.body")
    top = next((line for line in range(len(page)) if not page.is_blank(line)), None)
    headers: set[int] = set()  # the header lines that went
    for content, lines in beside.items():
        atop = top is not None and top not in lines and page.content(top) == content
        repeats_the_title = False  # the header beside one page break repeats the title above the body
        if len(set(lines)) == 1 and lines[0] in opening_pages and not atop and len(content) >= MIN_REPEATED_HEADER:
            # a two-page copy: one page break, and the header again atop the first page, under a cover, with the
            # body between them (not a site's page title above the document's own, furniture between them)
            # (a header opens its page: a line that ends one is the body's, the issuer's name under a report that
            # stands over its title too)
            copies = [line for line in _copies_of_line(page, content) if line not in lines]
            if any(_body_between(page, copy, lines[0]) for copy in copies):
                first = min(copies)
                if first < lines[0] and is_title_text(content) and not _title_below(page, first):
                    # (a journal's pages repeat the article's title as their header: its first copy, with no
                    # title of its own under it, is the title)
                    copies.remove(first)
                    repeats_the_title = True
                lines = lines + copies
        if len(set(lines)) >= 2 and not atop and top is not None:
            # the header atop the first page too, under the cover's title and its contents (云岭县“十四五”规划纲要
            # under 云岭县国民经济和社会发展…纲要): not the title itself, which no other title stands above (a cover
            # that prints it twice, over the issuer and the date and under them, holds no other), nor a heading a
            # header names (第一章 总则)
            # (nor the title itself over no title of its own, where only a site's file name stands above it, which a
            # rule of the table took)
            taken = state.marked_starts()
            lines = lines + [copy for copy in _copies_of_line(page, content)
                             if copy < min(lines) and not _MARKER_START.match(content)
                             and (_title_below(page, copy)
                                  or any(page.content(line) != content and is_title_text(page.content(line))
                                         and page.starts[line] not in taken for line in range(top, copy)))]
        if len(set(lines)) >= 2 or atop or repeats_the_title:
            # (atop the text the header goes too, unless it is the title, which a PDF repeats on each page)
            # (or the title in the speaker's words, over its ——subtitle: 以学铸魂 以学增智… / ——在…党课上的辅导报告)
            keep_top = not atop or is_title_text(content) or (top is not None and _over_a_dash_subtitle(page, top))
            removed = set(lines) | (set() if keep_top or top is None else {top})
            if _MARKER_START.match(content):
                removed.discard(min(removed))  # a book's header names its chapter: the first copy is its heading
            for line in sorted(removed):
                _remove_line(state, page, line, "generic.body")
                headers.add(line)
    # a short line under the header of two pages at least, the same each time: a watermark a PDF prints under its
    # header (某某党校干部学习资料), which a sentence the page cut runs past
    watermarks: dict[str, list[int]] = {}
    for header, line in under_headers.items():
        if header in headers and line not in headers and not _MARKER_START.match(page.content(line)):
            watermarks.setdefault(page.content(line), []).append(line)
    for lines in watermarks.values():
        if len(lines) >= 2:
            for line in lines:
                _remove_line(state, page, line, "generic.body")


def _over_a_dash_subtitle(page: _Page, line: int) -> bool:
    """Whether the next line with text under ``line`` opens with a dash and its words (——在…会议上的讲话)."""
    below = page.next_text_line(line, len(page))
    return below is not None and page.content(below)[:2] in ("——", "--", "—在", "-在")


def _mark_forwarding_note(state: CleanState, text: str) -> None:
    """A forwarded message's note above it (各位: 县局通知转给大家… / ---- 原始邮件 ---- / the notice): a few lines
    of the one who passed the document on, a document many times longer under them; or the message a reply
    quotes under it (---- 原始邮件 ----, 在…写道:), where the reply is as long as it or longer: the reply stays."""
    forward = _EMAIL_FORWARD.search(text) if _may_quote_a_message(text) else None
    if forward is None:
        return
    note = _unmarked_length(state, text, 0, forward.start())  # (the mail's header, a table's rule took, is none)
    quoted = len(text[forward.end():].strip())
    if note <= MAX_FORWARDING_NOTE and quoted >= FORWARDED_TO_NOTE * note and quoted > 0:
        if note > 0:
            state.remove([(0, forward.start())], rule="generic.forward_note")
        _mark_cover_note(state, text, forward.end())  # (and the note the forwarded message opens with)
    elif note >= quoted > 0:
        # a reply over the message it quotes, no longer than it: the reply is the document, the quote goes
        state.remove([(forward.start(), len(text))], rule="generic.quoted_message")


def _cover_note_end(state: CleanState, text: str, start: int) -> tuple[int, int] | None:
    """The span of the note a forwarded message opens with under its header, above the title of the document it
    carries (各区民政局: / 样稿附后,请按本地情况调整。 / the notice's title); None where no title of the
    genre follows a short note, or the message opens with one (a 印发 notice over the plan it issues)."""
    note_start = None
    length = 0  # (the note's characters so far, spaces aside)
    line_start = start
    while line_start < len(text) and line_start - start <= HEAD_CHARS:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        content = text[line_start:line_end].strip()
        if content and not state.marked_whole(line_start, line_end):
            if is_title_text(content):
                # (a note holds a sentence, 。: an issuer's name and a document's number over the title are its own)
                return (note_start, line_start) if note_start is not None \
                    and "。" in text[note_start:line_start] else None
            note_start = line_start if note_start is None else note_start
            length += len(content)
            if length > MAX_FORWARDING_NOTE:
                return None
        line_start = line_end + 1
    return None


def _mark_cover_note(state: CleanState, text: str, start: int) -> None:
    """Remove the note a forwarded message opens with above the document it carries (:func:`_cover_note_end`): the
    one who sent it on, as the forwarder above, writes a few lines over a document many times longer."""
    note = _cover_note_end(state, text, start)
    if note is not None and len(text) - note[1] >= FORWARDED_TO_NOTE * (note[1] - note[0]):
        state.remove([note], rule="generic.forward_note")


def _unmarked_length(state: CleanState, text: str, start: int, end: int) -> int:
    """How many characters the lines of ``text[start:end]`` hold, spaces aside, that no rule marked whole."""
    length = 0
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        if not state.marked_whole(line_start, line_end):
            length += len(text[line_start:line_end].strip())
        line_start = line_end + 1
    return length


def turn_speaker(speaker_line: str) -> str:
    """The speaker of a transcript's speaker line (王某某  00:21:33, 发言人2 03:58): the line without the time into the
    recording the turn starts at."""
    return _TURN_TIME.sub("", speaker_line).strip()


def _mark_named_turns(state: CleanState, text: str) -> None:
    """A transcript's turns under their speakers' names and the minutes and seconds into the recording
    (:func:`_named_turns`): the lines go."""
    turns = _named_turns(text)
    if turns:
        state.remove_matches(iter(turns), rule=SPEAKER_TURN_RULE)


def _mark_review_comments(state: CleanState, text: str) -> None:
    """A word processor's review comments saved to text: each label ([张1]) glued where its comment is anchored goes,
    and the comment's line that the label opens; a label that anchors nothing opens a line of the text (a list's
    [1] …), and stays."""
    if "[" not in text:
        return  # (most texts)
    for match in _REVIEW_COMMENT_LINE.finditer(text):
        label = f"[{match.group('label')}]"
        anchors = [position for position in _occurrences(text, label) if position < match.start()
                   and text[position - 1:position] not in ("\n", "")]
        if anchors:
            state.remove([(position, position + len(label)) for position in anchors], rule="generic.review_comment")
            state.remove([(match.start(), min(len(text), match.end() + 1))], rule="generic.review_comment")


def _occurrences(text: str, string: str) -> Iterator[int]:
    """Where ``string`` stands in ``text``, found at C speed."""
    position = text.find(string)
    while position >= 0:
        yield position
        position = text.find(string, position + len(string))


def _mark_thread_replies(state: CleanState, text: str) -> None:
    """A forum thread's replies under the post that holds the document, its longest (the first, or an answer under
    a question): from the next post's header, with its poster's name and floor above it (云中书客 / 沙发 / 发表于
    2031-2-21 22:30 | 只看该作者 / 感谢楼主分享…), to the end."""
    if "发表于" not in text:
        return
    headers = [header.start() for header in _POST_HEADER.finditer(text)]
    starts = [_post_start(text, header) for header in headers]
    if not starts:
        return
    ends = [*starts[1:], len(text)]
    longest = max(range(len(starts)), key=lambda index: ends[index] - starts[index])
    if _sentences(text, 0, starts[0]) > _sentences(text, starts[longest], ends[longest]):
        # the first post, its header not copied, holds the document: every post with a header is a reply
        state.remove([(starts[0], len(text))], rule="generic.replies")
        return
    # (its poster's name and floor above its header: the thread's, not the document's)
    state.remove([(starts[longest], headers[longest])], rule=HEAD_RULE)
    if longest + 1 < len(starts):
        state.remove([(starts[longest + 1], len(text))], rule="generic.replies")


def _sentences(text: str, start: int, end: int) -> int:
    """How many sentences end in ``text[start:end]``."""
    return sum(text.count(mark, start, end) for mark in "。!?")


def _post_start(text: str, header: int) -> int:
    """Where the post whose header line starts at ``header`` begins: at its poster's name and its floor's label above
    the header (沙发, 板凳, 3#), short lines of no sentence."""
    start = header
    for _ in range(MAX_POSTER_LINES):
        above_end = start - 1
        if above_end <= 0:
            break
        above_start = text.rfind("\n", 0, above_end) + 1
        above = text[above_start:above_end].strip()
        if not 0 < len(above) <= MAX_POSTER_LINE or _SENTENCE_MARKS.search(above):
            break
        start = above_start
    return start


#: what the last line of a page's notes ends with: a sentence's end or a citation's closing bracket or quote
_NOTE_ENDS: Final = frozenset("。.!?)\"”")


def _opens_a_run_on_its_line(text: str, at: int) -> bool:
    """Whether the circled figure at ``at`` is an item of a run on its line: the next figure follows it there."""
    index = CIRCLED.find(text[at])
    if index < 0 or index + 1 >= len(CIRCLED):
        return False
    end = text.find("\n", at)
    return text.find(CIRCLED[index + 1], at, len(text) if end < 0 else end) >= 0


def _mark_footnotes(state: CleanState, page: _Page) -> None:
    """A page's footnotes (①本文所称…), the lines right above its page number, each opening with the note mark a
    word of the page carries (…1.36亿元①,): the layout set them at the page's foot, inside the sentence the page
    break cut. They go, named, and the sentence joins across."""
    for start, _ in state.marked_by(PAGE_BREAK_RULES):
        line = _text_line_before(page, start)
        if line is None or page.content(line)[-1:] not in _NOTE_ENDS:
            continue  # a note ends on its page; a line the page cut inside its sentence is the body's, going on
        notes: list[int] = []
        while line is not None and line > 0:
            # (a note may wrap: its last lines above the page's number open with no mark)
            opening = line
            for _ in range(MAX_NOTE_LINES - 1):
                if page.content(opening)[:1] in _NOTE_MARKS:
                    break
                previous = _text_line_before(page, page.starts[opening])
                if previous is None or previous <= 0:
                    break
                opening = previous
            if page.content(opening)[:1] not in _NOTE_MARKS:
                break
            mark = page.content(opening)[0]
            above = page.text.rfind(mark, 0, page.starts[opening])
            if above <= 0 or page.text[above - 1] in " \t\n" or _opens_a_run_on_its_line(page.text, above):
                # no word above carries the mark: a list's item (① alone opening its line, or one of a run inside a
                # paragraph: 主要做法:①…。②…)
                break
            notes.extend(range(opening, line + 1))
            line = _text_line_before(page, page.starts[opening])
        if notes and line is not None and _NOTE_RULE.fullmatch(page.content(line)):
            notes.append(line)  # the rule drawn over the page's notes
        for note in notes:
            _remove_line(state, page, note, FOOTNOTE_RULE_NAME)


def _mark_page_turns(state: CleanState, page: _Page) -> None:
    """A newspaper's article that leaves its page (…适期播(下转第04版)) and comes back on another ((上接第03版)种、
    一播全苗。): the other page's head between the two notes (the paper's name, the date, the page's label, its
    buttons, its list of headlines, the article's title again) is no sentence, and goes; a sentence there stays."""
    # (the note that brings the article back opens the line its text goes on in; one after a headline in the other
    # page's list of titles, · (上接A3版)加快…, is that list's)
    jumps = sorted(start for start, _ in state.marked_by(_PAGE_JUMP_RULES))
    backs = [start for start in jumps if _PAGE_JUMP_BACK_NOTE.match(page.text, start)
             and not page.text[page.text.rfind("\n", 0, start) + 1:start].strip()]
    for on_start in jumps:
        back_index = bisect_right(backs, on_start)
        if not _PAGE_JUMP_ON_NOTE.match(page.text, on_start) or back_index == len(backs):
            continue
        back_start = backs[back_index]
        first = bisect_right(page.starts, on_start - 1)  # the line after the one the first note ends
        last = bisect_right(page.starts, back_start) - 1  # the line the second note opens
        if last - first > MAX_PAGE_TURN_LINES:
            continue  # notes too far apart: another article's text may stand between them
        if not any(_SENTENCE_MARKS.search(page.content(line)) for line in range(first, last)):
            # all of it the other page's, its blank lines too: the sentence's halves meet as a wrap does
            state.remove([(page.starts[first], page.starts[last])], rule="generic.body")
            continue
        taken = state.marked_starts()
        for line in range(first, last):
            content = page.content(line)
            if content and page.starts[line] not in taken and page.bounds(line)[0] not in taken \
                    and not _SENTENCE_MARKS.search(content):
                _remove_line(state, page, line, "generic.body")


def _header_inside_a_sentence(page: _Page, before: int, after: int) -> bool:
    """Whether the line ``after`` a page break is the page's header, where the break cut a sentence of prose
    (…同志宣读 / — 2 — / 某市会议·会议材料 / 《…方案》。): a short line of no sentence stands where the sentence
    goes on, and the line under it is no heading (a numbered one begins there)."""
    cut = page.content(before)
    header = page.content(after)
    if len(cut) < MIN_SENTENCE or cut[-1] in _SENTENCE_END_CHARS + ";:" \
            or not (_CLAUSE_MARKS.search(cut) or ":" in cut or _SENTENCE_MARKS.search(cut)):
        return False  # a line of prose that stops inside its sentence
    if page.verdict(before) == FURNITURE:
        return False  # (the page's furniture above the break, its card of the file: no sentence of the body's)
    if len(header) > MAX_RUNNING_HEADER or _SENTENCE_MARKS.search(header) or _CLAUSE_MARKS.search(header):
        return False
    if not ("·" in header or is_title_text(header) or _ISSUE.fullmatch(header)):
        # (a header names the document, its set or its issue: 某某会议·会议材料, 2031年第2期; the sentence's next
        # words do not)
        return False
    below = page.next_text_line(after, len(page))
    return below is not None and not (may_match_at(SECTION_MARKER, page.content(below))
                                      and _MARKER_START.match(page.content(below)))


def _title_below(page: _Page, line: int) -> bool:
    """Whether the text line under ``line`` is a title of its own (a genre's name: 会议主持词), not its
    subtitle (——在…上的讲话)."""
    below = page.next_text_line(line, len(page))
    if below is None:
        return False
    content = page.content(below)
    return ends_in_genre_word(content) and _SUBTITLE_LINE.fullmatch(content) is None


def _body_between(page: _Page, one: int, other: int) -> bool:
    """Whether a line of the body (a sentence, a salutation, a numbered heading) stands between two lines."""
    return any(page.verdict(line) in (PROSE, PLAIN, OPENING) for line in range(min(one, other) + 1, max(one, other)))


def _may_be_running_header(content: str) -> bool:
    """Whether a line beside a page break may be the page's header: short (or two parts a wide gap parts), no
    sentence in it."""
    return (len(content) <= MAX_RUNNING_HEADER or (len(content) <= MAX_TWO_PART_HEADER and "   " in content)) \
        and not _SENTENCE_MARKS.search(content)


def _copies_of_line(page: _Page, content: str) -> list[int]:
    """The lines that read ``content`` whole (spaces around it aside)."""
    found: list[int] = []
    position = page.text.find(content)
    while position >= 0:
        line = bisect_right(page.starts, position) - 1
        if line >= 0 and page.content(line) == content:
            found.append(line)
        position = page.text.find(content, position + len(content))
    return found


def _text_line_before(page: _Page, position: int) -> int | None:
    line = bisect_right(page.starts, position - 1) - 1
    while line >= 0 and page.is_blank(line):
        line -= 1
    return line if line >= 0 and page.bounds(line)[2] <= position else None


def _text_line_after(page: _Page, position: int) -> int | None:
    line = bisect_right(page.starts, position - 1)
    while line < len(page) and page.is_blank(line):
        line += 1
    return line if line < len(page) else None


def _is_button(evidence: _Evidence, content: str) -> bool:
    """Whether the terms of furniture fill a line, as a button's or a prompt's words do (【打印】, 展开阅读全文)."""
    return evidence.covered * 2 >= len(content.replace(" ", "")) - 1


def _remove_line(state: CleanState, page: _Page, line: int, rule: str) -> None:
    _, _, following = page.bounds(line)
    state.remove([(page.starts[line], following)], rule=rule)


def _note_furniture(state: CleanState, page: _Page, line: int) -> None:
    """What a furniture line says: the site's name, the file a compilation offers."""
    content = page.content(line)
    _note_meeting_subject(state, content)
    if _SITE_LINE.fullmatch(content):
        state.note(site=content)
    elif any(EVIDENCE[index].name == "compilation" for index, _, _ in page.hits(line)) \
            and is_title_text(content):
        state.note(file_title=content)


# ---------------------------------------------------------------- spans


def _mark_glued_marks(state: CleanState, page: _Page) -> None:
    """A site's banner before a line's text, its watermark after it, its notice in brackets; filling a line, the
    line goes, and so does a line whose rest is a page's count (a printed page's footer: its address, then 1/2)."""
    text = page.text
    for start, end in page.glued:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) % (len(text) + 1)
        rule = ("generic.notice" if (start, end) in page.notices else
                "generic.control" if (start, end) in page.controls else
                "generic.banner" if start == line_start else "generic.watermark")
        if _PAGE_COUNT.fullmatch(text[end:line_end]) and not text[line_start:start].strip():
            end = line_end
        if not text[line_start:start].strip() and not text[end:line_end].strip() and end < len(text):
            end += 1  # the mark was the whole line: its break goes too
        state.remove([(start, end)], rule=rule)


def _mark_item_codes(state: CleanState, page: _Page, opening: int) -> None:
    """A site's item code glued before a title in the head (B3637在…的讲话)."""
    for line in range(min(opening + 1, len(page))):
        start, end, _ = page.bounds(line)
        code = _ITEM_CODE.match(page.text, start, end)
        if code is not None and is_title_text(page.text[code.end():end]):
            state.remove([code.span()], rule="generic.item_code")


def remove_markup(state: CleanState) -> None:
    """Leaked HTML tags and entities, CSS rules, Word field codes, wherever they stand.

    Its own rule, before the other noise is judged: markup is not text, and a
    line of CSS would read as a sentence."""
    text = state.folded
    if holds_string(text, "<aside"):
        state.remove(_asides(text), rule="html.aside")
    for literal, pattern in _MARKUP:
        if holds_string(text, literal):
            state.remove_matches(pattern.finditer(text), rule="generic.markup")
    if "**" in text:  # (the words between stay)
        for match in _EMPHASIS.finditer(text):
            state.remove([match.span("open"), match.span("close")], rule="generic.markup")
    if "==" in text:  # (the words between stay)
        for match in _HIGHLIGHT.finditer(text):
            state.remove([match.span("open"), match.span("close")], rule="generic.markup")
    if "{" in text:
        state.remove(_css_runs(text), rule="generic.markup")


#: the most an HTML aside's content runs (characters): a note beside the text, not a part of it
MAX_ASIDE: Final = 2000


def _asides(text: str) -> Iterator[tuple[int, int]]:
    """HTML's asides with what they hold (<aside>💡 写作提示:…</aside>, a note app's callout exported): the element
    the page sets beside its text, never the text itself. The next closing tag is looked for once for all the
    openings before it (linear)."""
    position, close = 0, -1
    while (start := text.find("<aside", position)) >= 0:
        position = start + 1
        if not _ASIDE_OPEN.match(text, start):
            continue
        if close < start:
            close = text.find("</aside>", start)
            if close < 0:
                return  # (no aside closes after here: their tags go as markup, their words stay)
        if close - start > MAX_ASIDE:
            continue  # (an aside with no close near it)
        position = close + len("</aside>")
        yield start, position


#: an aside's opening tag, with its attributes
_ASIDE_OPEN: Final = lazy_compile(r"<aside(?:\s[^<>\n]{0,300})?>")


def _css_runs(text: str) -> Iterator[tuple[int, int]]:
    """CSS rules: a selector and a block with properties, one after another."""
    for block in _CSS_BLOCK.finditer(text):
        if _CSS_PROPERTY.search(block.group()) is None:
            continue
        line_start = text.rfind("\n", 0, block.start()) + 1
        window_start = max(line_start, block.start() - 80)
        selector = _CSS_SELECTOR.search(text[window_start:block.start()])
        start = window_start + selector.start() if selector is not None else block.start()
        end = block.end()
        while end < len(text) and text[end] in " \t":
            end += 1
        yield start, end


def _mark_editor_sentences(state: CleanState, text: str) -> None:
    """下面是小编为大家整理的…,供大家参考。: the sentence goes, and the file it names is noted."""
    position = 0
    # the forms' matches in order of their starts: each only says that the sentence around it is one
    for match in sorted((match for form in _EDITOR for match in form.finditer(text)), key=lambda match: match.start()):
        if match.start() < position:
            continue
        start, end = _sentence_around(text, match.start(), match.end())
        sentence = text[start:end]
        if _EDITOR_PROOF.search(sentence) is None:
            continue
        named = _EDITOR_NAMED_FILE.search(sentence)
        if named is not None:
            state.note(file_title=named.group("file_title").strip())
        while end < len(text) and text[end] in " \t":
            end += 1
        state.remove([(start, end)], rule="generic.editor")
        position = end


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: from after the last sentence end (or the
    line start) to its own sentence end (or the line end)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = max(text.rfind(mark, line_start, start) for mark in _SENTENCE_END_CHARS)
    sentence_start = max(line_start, before + 1)
    while sentence_start < start and text[sentence_start] in " \t":
        sentence_start += 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    stops = [found for mark in _SENTENCE_END_CHARS if (found := text.find(mark, end, line_end)) >= 0]
    return sentence_start, (min(stops) + 1 if stops else line_end)


def _mark_piece_labels(state: CleanState, page: _Page, opening: int) -> None:
    """篇二:…, 第三篇 / …: the label a compilation opens each of its pieces with, in the body; the piece's own title
    after it stays (the pipeline restarts the numbering where a piece begins)."""
    text = page.text
    for line_start in lines_holding(text, "篇"):  # every label holds 篇: only its lines are tried
        match = _PIECE_LABEL_LINE.match(text, line_start)
        if match is None:
            continue
        line = bisect_right(page.starts, match.start()) - 1
        if line <= opening and not (text[match.start():match.end()].lstrip()[:1] in "【["
                                    and is_title_text(page.text[match.end():page.bounds(line)[1]].strip())):
            continue  # in the head: the head's own rule judges its lines (not 【篇一】 before the piece's title)
        end = match.end()
        if end == len(text) or text[end] == "\n":
            if text[match.start():end].strip().startswith("第"):
                below = page.next_text_line(line, len(page))
                if below is not None and not is_title_text(page.content(below)):
                    continue  # 第二篇 / 总体要求: a plan's division over its heading's words, not a piece's label
            end = min(len(text), end + 1)  # the label alone on its line: its line break goes too
        state.remove([(match.start(), end)], rule=PIECE_RULE)


def _after_a_piece_label(text: str, keyword: regex.Match[str]) -> bool:
    """Whether what stands before a keyword's colon is a compilation's piece label (篇二:…的发言稿): the
    piece's own title follows it, not a site's keyword."""
    label = _PIECE_LABEL_LINE.match(text, text.rfind("\n", 0, keyword.start()) + 1)
    return label is not None and label.end() > keyword.start()


def _remove_piece_label(state: CleanState, page: _Page, line: int) -> bool:
    """Remove a compilation's piece label that opens a line with the piece's title after it (篇一:…的发言);
    whether it did."""
    label = _PIECE_LABEL_LINE.match(page.text, page.starts[line])
    if label is None:
        return False
    _, end, _ = page.bounds(line)
    if not is_title_text(page.text[label.end():end].strip()):
        return False
    state.remove([label.span()], rule=PIECE_RULE)
    return True


def _mark_compilation_labels(state: CleanState, text: str) -> None:
    """…工作计划篇一一、指导思想: a compilation's item label (a title and 篇N) glued to the body."""
    for match in _COMPILATION_LABEL.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        floor = max(line_start, match.start() - MAX_LABELLED_TITLE)
        start = max(floor, *(text.rfind(mark, floor, match.start()) + 1 for mark in _SENTENCE_END_CHARS))
        while start < match.start() and text[start] in " \t":
            start += 1
        title = text[start:match.start()].strip()
        # (…介绍信模板 篇2: the site's word for what it offers after the title's genre word)
        words = next((title[:-len(word)] for word in OFFERED_AS if title.endswith(word)), title)
        if title and ends_in_genre_word(words) and not any(char in title for char in ",;:"):
            state.remove([(start, match.end())], rule=COMPILATION_RULE)


#: what ends the document before the page does, in order, each read above what the ones before cut: the line from
#: which the rest is someone else's (a list of links, a site's comment on the sample it gave, a work chat's replies, an
#: AI assistant's answer on a document pasted to it, its words back to the user), and the removal's name
#: (:func:`mark_generic_noise` runs them; they stand here, under the functions they name)
_TAIL_CUTS: Final[tuple[tuple[str, Callable[[_Page, int, int], int | None]], ...]] = (
    ("generic.tail", _link_list_at_end),
    ("generic.tail", _sample_commentary),
    ("generic.replies", _chat_replies_after_the_end),
    ("generic.tail", _assistant_review),
    ("generic.tail", _assistant_postscript),
    ("generic.tail", _mail_signature),
    ("generic.tail", _poster_s_postscript),
)
