"""Stage 3b, lex the front matter: title, subtitle, date line, speaker, salutation.

The front matter is read from the first lines of the text, up to where the body
begins: the first salutation (同志们：), addressee line (各市人民政府：), numbered
heading or line of running prose. Within that zone:

* a *whole-line title* is a line that ends with a word naming a document
  (…讲话, …通知, …实施方案; :data:`~speechparse.vocab.titles.GENRE_WORDS`) or
  opens with a genre label and a colon (党课：…), without sentence punctuation
  (:mod:`speechparse.lex.title` judges); a title broken over up to
  :data:`MAX_TITLE_LINES` lines is joined;
* a *glued title* is the start of a line that ends with such a word right
  before the body begins (…工作会议讲话今天召开这次会议…). Where a site's file
  name is glued in front of the body's own title, the later copy is taken.

The last whole-line title wins (sites print their file name above the body's own
title); a glued title is used only when there is no whole-line one. Of a title
over several lines, the one line the page prints again on a line of its own (an
e-paper's list of titles) is the title, its column or kicker aside. The lines
above the title are *header* lines. The result tiles the text from its start to
where the body begins, so no character is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from attrs import frozen

from speechparse.lazyregex import lazy_compile
from speechparse.lex.title import (
    HARD_STOPS,
    MAX_TITLE,
    MENU_BAR,
    MIN_TITLE,
    clean_title,
    ends_in_genre_word,
    glued_title_ends,
    is_host_call,
    is_title_text,
    may_be_title_line,
    names_its_occasion,
)
from speechparse.prefilter import may_match_at
from speechparse.vocab import ADDRESSEE, BLANK_NAME, BYLINE, DATELINE, DOCUMENT_NOTE, FOOTNOTE_RULE, SALUTATION
from speechparse.vocab.chars import CHECKBOXES, is_han
from speechparse.vocab.noise import OFFERS_THE_TEXT
from speechparse.vocab.placeholders import BLANK_CHARS, COMMON_SURNAMES, COMPOUND_SURNAMES
from speechparse.vocab.schemes import SECTION_MARKER
from speechparse.vocab.titles import (
    COLUMN_TAG,
    DOCUMENT_NUMBER,
    DRAFT_STATUS,
    GENRE_WORDS,
    ISSUER_MARK,
    LABELLED_TITLE_LINE,
    MEETING_PAPER_MARK,
    ORGANISATION_LINE,
    SECRECY_MARK,
    SPEECH_HEADLINE,
    SUBTITLE,
    TITLE_FIELD_LINE,
)
from speechparse.vocab.words import CIRCUMSTANCE_OPENERS

if TYPE_CHECKING:
    #: whether cleaning removed text (not only white space) between two offsets of the cleaned text
    FurnitureBetween = Callable[[int, int], bool]

#: a headline of two phrases set apart by a space, each of four characters at least (守牢发展底线 护佑一方平安)
_COUPLET: Final = lazy_compile(r"[ \t]*\p{Han}{4,}[ \t]+\p{Han}{4,}[ \t]*")
#: a slogan of three short phrases or more set apart by spaces (共建 共治 共享): over a title of its own, no first half
#: of it (over a subtitle alone, it is the title: 守初心 担使命 建新功 / ——在…上的讲话)
_SLOGAN: Final = lazy_compile(r"\p{Han}{2,4}(?:[ \t\u3000]+\p{Han}{2,4}){2,}")
#: a salutation or an addressee ends this near its start (characters): ADDRESSEE's and SALUTATION's longest
MAX_SALUTATION: Final = 130
#: how far into the text the front matter may reach
MAX_FRONT_LINES: Final = 20
MAX_FRONT_CHARS: Final = 3000
#: the lines before the last of a title broken over several lines are at least this long
MIN_BROKEN_TITLE_HALF = 8
#: a main title right above its subtitle (——在…上的讲话) may be this short (做有光的人)
MIN_SUBTITLED_TITLE = 4
#: a page's lead may stand this many lines above a title with its subtitle (its counters, a 【范文】 label between)
MAX_LINES_TO_A_SUBTITLED_TITLE = 4
#: a title's signature (its speaker, its date line) stands within this many lines under it
MAX_SIGNATURE_LINES = 2
#: a title of the genre right above the document's salutation or addressee may be this short (会议通知, 收入证明)
MIN_SHORT_TITLE = 4
#: the line that names a body's document under the body's name (工作报告, 2031年工作总结) is at most this long
MAX_GENRE_LINE = 12
#: the longest word after a genre word that ends the line's noun (…发言摘登, …讲话摘编), where no body is glued on
MAX_NOUN_AFTER_GENRE_WORD = 4
#: a title is broken over at most this many lines
MAX_TITLE_LINES = 3
#: at most this many issuers' names, a line each, stand over a 公文's title, past its own lines
MAX_ISSUER_LINES = 4
#: a title glued after another one (a site's file name) is at least this long
MIN_SECOND_TITLE = 10
#: a line this long with sentence punctuation is running prose: the body has begun
MIN_PROSE = 40
#: a transcript's sentences a speech recogniser wrote without marks, its phrases parted by spaces (好 同志们 今天我们
#:召开全县…推进会 主要任务是…): prose, where a menu's items are short
#: (a phrase starts after a space or at the line's start only: a search through a long run of characters costs a
#: step each, not one a character for each start)
_UNMARKED_SPEECH: Final = re.compile(r"(?:(?<![^\s,。])[^\s,。]{10,}+[ \t\u3000]++){3}")
#: the end of a lead that hands on the text below it (…现将全文刊发如下。): its last few characters
MAX_HAND_ON: Final = 16
#: a headline says what happened: a place or a body, a deed, its object (shorter lines are a column's name: 工作动态)
MIN_HEADLINE = 8

# Patterns: every quantifier is bounded or applies to a single class, none nested: no timeout needed.
_MEETING_PAPER_MARK: Final = lazy_compile(rf"{MEETING_PAPER_MARK}$")
_DOCUMENT_NUMBER: Final = lazy_compile(rf"^{DOCUMENT_NUMBER}\s*")
_SALUTATION: Final = lazy_compile(SALUTATION)
_ADDRESSEE: Final = lazy_compile(ADDRESSEE)
_DATELINE: Final = lazy_compile(DATELINE)
_DATE_LINE: Final = lazy_compile(  # (a template's too: 20××年×月×日)
    rf"(?:[0-9]{{4}}|[0-9]{{2}}[{BLANK_CHARS}]{{2}}|[{BLANK_CHARS}]{{4}})年(?:[0-9]{{1,2}}|[{BLANK_CHARS}]{{1,2}})月"
    rf"(?:[0-9]{{1,2}}|[{BLANK_CHARS}]{{1,2}})日")
#: a title that opens with the year it covers (2031年工作总结和2032年工作计划, 20XX年度工作要点): the body whose
#: year it is, named on the line above, is the title's first half
_YEAR_S_DOCUMENT: Final = lazy_compile(rf"(?:[0-9]{{4}}|[0-9]{{2}}[{BLANK_CHARS}]{{2}}|[〇○零一二三四五六七八九]{{4}})"
                                       r"年度?")
_BYLINE: Final = lazy_compile(rf"^{BYLINE}$")
#: an author's name alone on its line: a common surname (or a compound one) and one or two characters, maybe after a
#: paper's mark for its author (■刘某某) or the word for the writing (文/刘某某)
_AUTHOR_ALONE: Final = lazy_compile(rf"(?:[■□◎●▲◆][ \t]*|文[ \t]*[/|][ \t]*)?"
                                    rf"(?:[{COMMON_SURNAMES}]|{'|'.join(COMPOUND_SURNAMES)})\p{{Han}}{{1,2}}")
_BLANK_NAME: Final = lazy_compile(BLANK_NAME)
#: a rule drawn across the page, a line of nothing else, or with a few words in its middle (———分割线———)
_RULE: Final = lazy_compile(rf"{FOOTNOTE_RULE}|[ \t]*[—_=─-]{{3,40}}[ \t]*\p{{Han}}{{1,6}}[ \t]*[—_=─-]{{3,40}}[ \t]*")
#: salutations that may follow a title glued to them
_GLUED_SALUTATION: Final = lazy_compile(r"(?:尊敬的[^\n:!。]{0,30}|各位[^\n:!。,]{1,12}|同志们)[:!]")
#: a speaker's line: a name, or posts and a name (posts may be joined by 、: 局党组书记、局长  郑明)
_SPEAKER_LINE: Final = lazy_compile(
    r"^[\p{Han}·• ]{2,30}$|^\p{Han}{2,16}(?:、\p{Han}{2,16}){1,3}[ \t]+[\p{Han}·]{2,4}$")
_GLUED_SPEAKER: Final = lazy_compile(rf"\p{{Han}}{{2,4}}(?={SALUTATION})")
_SUBTITLE: Final = lazy_compile(rf"^{SUBTITLE}$")
_SPEECH_HEADLINE: Final = lazy_compile(SPEECH_HEADLINE)
_OFFERS_THE_TEXT: Final = lazy_compile(OFFERS_THE_TEXT)
_LABELLED_TITLE_LINE: Final = lazy_compile(LABELLED_TITLE_LINE)
_TITLE_FIELD_LINE: Final = lazy_compile(TITLE_FIELD_LINE)
_GENRE_WORDS: Final = frozenset(word for word in GENRE_WORDS if len(word) >= 2)
_GLUED_SUBTITLE: Final = lazy_compile(r"[—-]{1,2}[^。!?;:\n(]{2,60}")
_MARKER_START: Final = lazy_compile(SECTION_MARKER)
_COLUMN_TAG: Final = lazy_compile(rf"{COLUMN_TAG}(?=\S)")
_ORGANISATION_LINE: Final = lazy_compile(ORGANISATION_LINE)
#: an editor's note set before the document it presents (【编者按】…, 编者按:…): its page's words, never the document's
_EDITORS_NOTE_LABEL: Final = lazy_compile(r"[ \t]*(?:[【\[(]编者按[】\])]|编者按[ \t]*:)")
#: a date or a newspaper's edition in a line (or a gazette's issue: 2031年第5号): a masthead or a date line, never a
#: title's first half
#: (a cover's date in Chinese numerals too: 二〇三一年十二月)
_DATE_OR_EDITION: Final = lazy_compile(r"[0-9]{4}[年./-][0-9]{1,2}[月./-][0-9]{1,2}|第[0-9]{1,3}[版期]|"
                                       r"[0-9]{4}年第[0-9]{1,3}号|"
                                       r"[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月")
#: a date line in brackets that ends a line (a title's, written on the title's line)
_DATELINE_ENDING: Final = lazy_compile(rf"{DATELINE}$")
_SECRECY_MARK: Final = lazy_compile(SECRECY_MARK)
_DRAFT_STATUS: Final = lazy_compile(DRAFT_STATUS)
_DOCUMENT_NOTE: Final = lazy_compile(DOCUMENT_NOTE)
#: an announcement's number under its title ((第十二号)), and the words with which it makes a law public
_ANNOUNCEMENT_NUMBER: Final = lazy_compile(r"\(?第[0-9一二三四五六七八九十百零〇]{1,6}号\)?")
#: an editor's note on its own line under a title, in brackets: (根据录音整理), (摘要), (讨论稿)
_EDITORS_NOTE: Final = lazy_compile(r"\([^()\d]{2,16}\)")
#: a title's last line that opens with 的 (…国土空间总体规划 / (2021—2035年)的批复), or with the years it covers in
#: brackets and its words after them (…第八个五年规划 / (2021—2025年)实施方案): no title opens so, the line above is
#: its first half, however it ends
_GOES_ON_WITH_ITS_GENRE: Final = lazy_compile(r"[ \t]*(?:\([^()\n]{1,24}\))?的|[ \t]*\([^()\n]{0,12}年[^()\n]{0,6}\)\S")
#: the speaker named by a label in brackets under a title, maybe with the date (讲课人:某某,2031年3月5日)
_LABELLED_SPEAKER: Final = lazy_compile(r"\([ \t]*\p{Han}{1,4}人[ \t]*:[^()\n]{1,40}\)|"
                                        # (or without the brackets, the speaker's office in them: 主讲人:某某(…书记))
                                        r"\p{Han}{1,3}(?<=讲|报告|发言|宣讲)人[ \t]*:[ \t]*(?:[^()\n:,。]{1,12}"
                                        r"(?:\([^()\n]{1,30}\))?"
                                        # (or the office before the name, a space between: 主讲人:某某局党组书记 某某)
                                        r"|[^()\s:,。]{2,30}[ \t\u3000]+[\p{Han}·]{2,5})")


#: the order front-matter pieces come in (speaker and date line in either order)
_ORDER: Final = {"header": 0, "title": 1, "subtitle": 2, "dateline": 3, "speaker": 3, "salutation": 4,
                  "addressee": 4}
_REPEATABLE: Final = frozenset({"header", "subtitle", "document_number"})
#: a document number (发文字号) line stands above the title or under it, wherever it is
_ANYWHERE: Final = frozenset({"document_number"})
#: a line that is a document number, maybe in brackets: (京政办发〔2016〕26号)
_DOCUMENT_NUMBER_LINE: Final = lazy_compile(rf"\(?{DOCUMENT_NUMBER}\)?")


@frozen
class Piece:
    """One front-matter node: ``kind`` is header, document_number, title, subtitle, dateline, speaker,
    salutation or addressee."""

    kind: str
    start: int
    end: int


@frozen
class FrontMatter:
    pieces: tuple[Piece, ...]  # tile [0, end)
    title: str | None  # the title as a person would write it (decorations removed)
    end: int  # where the body begins


@frozen
class _Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    next: int  # start of the next line (after the newline)


@frozen
class _TitleSpan:
    line: int  # index of the line the title ends on
    start: int
    end: int
    whole: bool  # a whole-line title, not glued to the body


#: a title in 【】 opening a line, after a post's topics and emoji codes, with the text after it
_BRACKETED_TITLE: Final = lazy_compile(
    r"(?:#[^#\s][^#\n]{0,29}#|\[\p{Han}{1,4}\]){0,4}【(?P<title>[^【】\n]{6,100})】(?=\S)")
#: what the search for a report's headline found where there is none (it is made once, at the first sentence)
_NO_HEADLINE: Final = _TitleSpan(-1, 0, 0, True)
#: the spaces a headline and a title line may set their words apart with, left out to compare them
_COMPACTED: Final = re.compile(r"[ \t]+")
#: the marks a page's headline sets the title apart from its column or its tail with (|, 【…】, ——, 《…》, :)
_HEADLINE_MARKS: Final = frozenset("|｜】》《【—-:(")
#: how many lines under a page's headline the document's own title may stand (its byline, its account, a lead)
MAX_LINES_TO_OWN_TITLE: Final = 8
#: a sentence's end (Python's re: one class, on every line of the front)
_SENTENCE_END_MARKS: Final = re.compile(r"[。!?]")


def find_front_matter(text: str, folded: str, body_limit: int,
                      furniture_between: FurnitureBetween | None = None, source: str | None = None) -> FrontMatter:
    """Front matter of ``text`` (``folded`` is its folded form); it ends by ``body_limit``. With
    ``furniture_between`` (the cleaning's record), two lines that cleaning removed text between are never
    joined into one title; with ``source`` (the text before cleaning), a title's line the page lists again on a
    line of its own is the title, without the lines printed over or under it."""
    lines = list(_lines(folded, min(body_limit, MAX_FRONT_CHARS)))
    title, body_line = _find_title(folded, lines, furniture_between)
    if title is not None:
        title = _own_title_under_its_headline(folded, lines, title, body_line)
        if source is not None:
            title = _line_the_page_lists_again(text, folded, lines, title, source)
    elif lines:
        # (no title of the genre found: a page's first line may still be a headline that holds the title below it)
        headline = _TitleSpan(0, lines[0].start, lines[0].end, True)
        own = _own_title_under_its_headline(folded, lines, headline, body_line)
        title = own if own is not headline else None
        if title is None:
            title, body_line = _speech_under_a_page_s_prose(folded, lines, body_line)
    pieces: list[tuple[str, int]] = []
    if title is None:
        attached = _title_after_cover_notice(text, folded, furniture_between)
        if body_line is None or body_line >= len(lines):
            return FrontMatter((), attached, 0)
        salutation = _salutation_at(folded, lines[body_line].start)
        if salutation is None:
            return FrontMatter((), attached, 0)
        pieces.extend((_header_kind(folded, lines[i]), lines[i].start) for i in range(body_line))
        pieces.append((_opening_kind(folded, salutation[0]), salutation[0]))
        return _tile(pieces, salutation[1], folded, lines, title_text=attached)
    for index in range(title.line + 1):
        if lines[index].end <= title.start:
            pieces.append((_header_kind(folded, lines[index]), lines[index].start))
        elif lines[index].start < title.start:
            pieces.append(("header", lines[index].start))
            break
        else:
            break
    pieces.append(("title", title.start))
    end = _after_title(folded, lines, title, pieces)
    title_text = clean_title(text[title.start:title.end])
    if _is_announcement(folded, lines, title):
        # a 公告 or 令 that makes a law public (…常务委员会公告 / (第十二号) / …现予公布 / date): the law under it,
        # named after the date line, is the document
        title_text = _title_after_cover_notice(text, folded, furniture_between) or title_text
    return _tile(pieces, end, folded, lines, title_text=title_text)


def _own_title_under_its_headline(folded: str, lines: list[_Line], title: _TitleSpan, body_line: int | None
                                  ) -> _TitleSpan:
    """The document's own title on a line under the title found, where that line's words stand inside the found one's
    line among others: a page's headline that holds the title with its column, its contest or its tail (师德演讲一等奖
    作品 | 守初心 铸师魂 / 【清廉文化】以清为美 以廉为荣——主题演讲比赛), over the body's own title line."""
    headline = _COMPACTED.sub("", folded[lines[title.line].start:lines[title.line].end])
    last = min(len(lines), title.line + 1 + MAX_LINES_TO_OWN_TITLE, len(lines) if body_line is None else body_line)
    for index in range(title.line + 1, last):
        content = folded[lines[index].start:lines[index].end]
        compact = _COMPACTED.sub("", content)
        if not (MIN_TITLE <= len(compact) < len(headline)) or not may_be_title_line(content):
            continue
        at = headline.find(compact)
        # (set off in the headline by its marks: a bar, a bracket, a dash, a book title's marks; not the issuer a
        # title opens with, 某县人民政府 under 某县人民政府关于…的报告)
        if at >= 0 and (at == 0 or headline[at - 1] in _HEADLINE_MARKS) \
                and (at + len(compact) == len(headline) or headline[at + len(compact)] in _HEADLINE_MARKS):
            if index + 1 < len(lines) and _SUBTITLE.match(folded[lines[index + 1].start:lines[index + 1].end]):
                # (with its subtitle under it: the title is both lines, as the headline held both)
                return _TitleSpan(index + 1, lines[index].start, lines[index + 1].end, True)
            return _TitleSpan(index, lines[index].start, lines[index].end, True)
    return title


#: what a page's list of its articles puts before a title (a bullet, a dash, spaces); left out to compare
_LIST_BULLETS: Final = " \t\u3000·•●◆◇■□▪▫○◎-*>"
#: spaces a printed title may set its words apart with (ASCII and full-width), left out to compare
_TITLE_SPACES: Final = re.compile(r"[ \t\u3000]+")


def _line_the_page_lists_again(text: str, folded: str, lines: list[_Line], title: _TitleSpan, source: str
                               ) -> _TitleSpan:
    """The one line of a title over several lines that the page prints again on a line of its own (an e-paper's
    list of its page's titles, the headline over the page the article goes on to): the headline, without the
    column's name or the kicker printed over it and the deck under it (书记讲话 / 守住…的底线 / ——在…上的讲话).
    ``title`` where no line, or more than one, comes again."""
    spanned = [index for index in range(min(len(lines), title.line + 1))
               if title.start <= lines[index].start and lines[index].end <= title.end]
    if len(spanned) < 2:
        return title
    compact = {index: _TITLE_SPACES.sub("", text[lines[index].start:lines[index].end]) for index in spanned}
    wanted = set(compact.values())
    printed: dict[str, int] = {}
    for source_line in source.splitlines():
        key = _TITLE_SPACES.sub("", source_line.lstrip(_LIST_BULLETS))
        if key in wanted:
            printed[key] = printed.get(key, 0) + 1
    again = [index for index in spanned if printed.get(compact[index], 0) >= 2]
    if len(again) != 1:
        return title
    index = again[0]
    content = folded[lines[index].start:lines[index].end]
    if len(compact[index]) < MIN_TITLE or not may_be_title_line(content) or _is_organisation_line(content):
        return title  # (an issuer's name over its 关于…, signed again under the text: the title holds both)
    return _TitleSpan(max(index, title.line) if index == spanned[-1] else index, lines[index].start,
                      lines[index].end, True)


def _speech_under_a_page_s_prose(folded: str, lines: list[_Line], body_line: int | None
                                 ) -> tuple[_TitleSpan | None, int | None]:
    """A speech's title, speaker and date over its first salutation, under a page's own sentences that the search for
    a title stopped at (a question and an answer's lead above the speech it pastes), and the salutation's line: the
    speech's head says where the document is, however much prose stands above it. (None, ``body_line``) where the
    first salutation has no such head over it."""
    for index in range(1 if body_line is None else body_line, len(lines)):
        if _salutation_at(folded, lines[index].start) is not None:
            above = _title_above_opening(folded, lines, index)
            return (above, index) if above is not None else (None, body_line)
    return None, body_line


def _is_announcement(folded: str, lines: list[_Line], title: _TitleSpan) -> bool:
    """Whether the title is an announcement's with its number on the next line (…公告 / (第十二号))."""
    if not folded.endswith(("公告", "令"), title.start, title.end) or title.line + 1 >= len(lines):
        return False
    following = lines[title.line + 1]
    return _ANNOUNCEMENT_NUMBER.fullmatch(folded, following.start, following.end) is not None


# ---------------------------------------------------------------- the title


def _find_title(folded: str, lines: list[_Line], furniture_between: FurnitureBetween | None = None
                ) -> tuple[_TitleSpan | None, int | None]:
    """The title, and the index of the line where the body begins (None: not found)."""
    whole: list[_TitleSpan] = []
    glued: list[_TitleSpan] = []
    headline: _TitleSpan | None = None  # the line above the first sentence, if a report's headline
    seen: set[str] = set()
    index = 0
    while index < len(lines):
        line = lines[index]
        content = folded[line.start:line.end]
        if _salutation_at(folded, line.start) is not None:
            if not whole and not glued:
                above = _title_above_opening(folded, lines, index)
                if above is not None:
                    whole.append(above)
            return _pick(whole, glued), index
        if content in seen and not whole and may_be_title_line(content) \
                and not (content[0] == "(" and content[-1] == ")") \
                and not _is_organisation_line(content):  # (a note in brackets, a stage direction; a body's name)
            # a site prints the title, then the page prints it again above the body
            whole.append(_TitleSpan(index, line.start, line.end, True))
            index += 1
            continue
        seen.add(content)
        if len(content) >= 3 and not content.strip("—─-"):
            index += 1
            continue  # a rule of dashes above the title (an answer's ———— before the text it pastes): no title's line
        # (a subtitle the body runs on from, its paragraphs run together: ——在…上的报告 各位代表:…, is one too)
        if index > 0 and (_SUBTITLE.match(content) or (content.startswith("——") and _GLUED_SUBTITLE.match(content))):
            if content.startswith("———"):
                index += 1
                continue  # a rule of dashes: no subtitle, and no title's line
            if whole and whole[-1].line == index - 1:  # ——在…上的讲话 under the title: the title block ends here
                return _pick(whole, glued), index
            # a "——在…上的报告" line under a title that has no genre word of its own (the subtitle belongs to the
            # line right above it, not to a title-like line higher up: a to-do's …征求意见, a lesson's headline)
            first = max(0, index - 2, whole[-1].line + 1 if whole else 0)
            while first < index and (not _may_continue(_unwrapped(folded[lines[first].start:lines[first].end]),
                                                       MIN_TITLE)
                                     or (first < index - 1
                                         and (_is_organisation_line(folded[lines[first].start:lines[first].end])
                                              or (furniture_between is not None
                                                  and furniture_between(lines[first].end, lines[first + 1].start))))):
                first += 1  # (not a masthead, nor a line that furniture stood under: an account's name, its byline)
            if first == index and _may_continue(_unwrapped(folded[lines[index - 1].start:lines[index - 1].end]),
                                                MIN_SUBTITLED_TITLE):
                first = index - 1  # a short main title, right above its subtitle (做有光的人 / ——在…上的讲话)
            if first < index - 1 and _COUPLET.fullmatch(folded, lines[index - 1].start, lines[index - 1].end):
                # (a headline of two phrases set apart by a space, right over its subtitle, is whole on its line: the
                # line over it is a paper's kicker or column, 基层治水实践 / 守初心 担使命 / ——…; a title's first
                # phrases may stand over its last, 坚定信心 真抓实干 / 奋力谱写新篇章, but not the other way round)
                first = index - 1
            if first < index:
                whole.append(_TitleSpan(index - 1, lines[first].start, lines[index - 1].end, True))
                return _pick(whole, glued), index
            if whole:
                return _pick(whole, glued), index
            index += 1
            continue  # a ——subtitle is never the title itself
        labelled = _LABELLED_TITLE_LINE.match(content) if ":" in content else None
        if labelled is None and content.startswith("标") and index + 1 < len(lines) \
                and _salutation_at(folded, lines[index + 1].start) is not None:
            labelled = _TITLE_FIELD_LINE.match(content)  # (标题:… right over 同志们:)
        if labelled is not None:
            # 题目:《一盏马灯照初心》: the text names its own title (over a post's headline above it)
            whole.append(_TitleSpan(index, line.start + labelled.start("title"), line.start + labelled.end("title"),
                                    True))
            index += 1
            continue
        if content.endswith(":") and not whole and is_title_text(content[:-1]):
            # a title closed by a colon (…会议主持词:), the agenda or the text under it
            whole.append(_TitleSpan(index, line.start, line.end - 1, True))
            index += 1
            continue
        if headline is not None and _opens_with_section_marker(content):
            # a numbered heading under the body's first sentence (…人次。/ 四、工作建议): the body has begun, and a
            # heading's words are no title however they end (an excerpt whose run the levels refused)
            return _pick(whole, glued, headline), index
        joined = _joined_title(folded, lines, index, furniture_between)
        if joined is not None:
            whole.append(joined)
            index = joined.line + 1
            continue
        # (a recogniser's unmarked sentences part their phrases with spaces, as a title glued to its text is parted)
        piece = None if _UNMARKED_SPEECH.search(content) is not None \
            else _glued_title(folded, line, index) or _title_before_salutation(folded, line, index)
        if piece is not None:
            glued.append(piece)
        elif not whole and _has_byline_after(folded, lines, index):
            # a title without a genre word (振奋精神 转变观念 …) over its author's byline
            whole.append(_TitleSpan(index, line.start, line.end, True))
        if headline is None and _SENTENCE_END_MARKS.search(content) is not None:
            headline = _headline_above(folded, lines, index) or _NO_HEADLINE  # (the first sentence's alone)
        if _is_prose(content) or _ADDRESSEE.match(content):
            if not whole and not glued and index > 0 and _ADDRESSEE.match(content):
                above_addressee = _title_above_opening(folded, lines, index)  # (会议通知 / 各科室:)
                if above_addressee is not None:
                    whole.append(above_addressee)
            above = (whole or glued)[-1] if whole or glued else None
            if _hands_on_the_text(content) or (content.endswith(":") and _title_follows(folded, lines, index)) \
                    or (_OFFERS_THE_TEXT.search(content) is not None and _title_follows(folded, lines, index)) \
                    or (_EDITORS_NOTE_LABEL.match(content) is not None and _title_follows(folded, lines, index)) \
                    or _subtitled_title_follows(folded, lines, index) \
                    or _signed_title_follows(folded, lines, index) \
                    or (above is not None and _is_a_post_s_headline(folded, above)
                        and _title_follows(folded, lines, index)):
                # a page's lead that hands on the document below it (…你照着改改就行: over a title of the genre), or a
                # post's chat under its headline (…总结(范文),直接套用!): the document's own title follows, and the
                # headline gives way to it
                index += 1
                headline = None
                continue
            return _pick(whole, glued, headline), index
        index += 1
    return _pick(whole, glued, headline), None


def _is_a_post_s_headline(folded: str, title: _TitleSpan) -> bool:
    """Whether a title's line is a post's headline: clauses after the title's words (…总结(范文),结构清晰,
    直接套用!), which no document's own title has."""
    line_end = folded.find("\n", title.start)
    line = folded[title.start:len(folded) if line_end < 0 else line_end].rstrip()
    return "," in line and line[-1:] in ("!", "?")


def _title_follows(folded: str, lines: list[_Line], index: int) -> bool:
    """Whether the line after line ``index`` is a whole title of the genre."""
    return index + 1 < len(lines) and is_title_text(folded[lines[index + 1].start:lines[index + 1].end])


def _subtitled_title_follows(folded: str, lines: list[_Line], index: int) -> bool:
    """Whether a title and its occasion's subtitle follow line ``index``, a few short lines (a page's counters,
    its 【范文】 label) apart at most (在学思践悟中把稳思想之舵 / ——在…上的交流发言): the document begins there,
    whatever a page's lead (an answer's, a lesson's) said above it."""
    for title_line in range(index + 1, min(len(lines) - 1, index + 1 + MAX_LINES_TO_A_SUBTITLED_TITLE)):
        title = folded[lines[title_line].start:lines[title_line].end]
        subtitle = folded[lines[title_line + 1].start:lines[title_line + 1].end]
        if _SUBTITLE.match(subtitle) is not None and ends_in_genre_word(subtitle) \
                and MIN_SUBTITLED_TITLE <= len(title) <= MAX_TITLE // 2 and not _is_prose(title) \
                and title[-1] not in "。!?;":
            return True
        if _is_prose(title):
            return False  # (the lead goes on: no title stands right under it)
    return False


def _signed_title_follows(folded: str, lines: list[_Line], index: int) -> bool:
    """Whether a title of the genre follows line ``index`` a few lines down, with what only a document's own
    title has right under it: its speaker, its date line, its salutation or its addressee (在…上的讲话 /
    XX镇党委书记 XXX), or a rule drawn right above it. What stood above it was a page's or a poster's preface,
    not the document."""
    for title_line in range(index + 1, min(len(lines) - 1, index + 1 + MAX_LINES_TO_A_SUBTITLED_TITLE)):
        title = folded[lines[title_line].start:lines[title_line].end]
        if is_title_text(_unwrapped(title)):  # (a preface of a few lines: a request and its answer above it)
            if _RULE.fullmatch(folded, lines[title_line - 1].start, lines[title_line - 1].end):
                return True  # the rule a post draws between its note and the text it hands on
            # (the speaker's office may stand on a line of its own above the name: ××局党组书记、局长 / ×××)
            for under in lines[title_line + 1:title_line + 1 + MAX_SIGNATURE_LINES]:
                content = folded[under.start:under.end]
                if _is_speaker_under_title(content) or _is_date_line(content) \
                        or _ADDRESSEE.match(content) is not None or _salutation_at(folded, under.start) is not None:
                    return True
                if _is_prose(content):
                    return False
            return False
    return False


def _hands_on_the_text(content: str) -> bool:
    """A page's lead that hands on the document printed under it: its last sentence says the text follows
    (…现将全文刊发如下:, 原文如下。) and it names the text or the document (全文, 原文, 《…》); a 通知's own
    通知如下: names neither."""
    last = content[-MAX_HAND_ON:]
    return ("如下" in last or last.endswith(":")) and ("全文" in content or "原文" in content
                                                     or ("如下" in last and "《" in content))


def _headline_above(folded: str, lines: list[_Line], index: int) -> _TitleSpan | None:
    """A report's headline: the line right above its first sentence (line ``index``), a run of words long
    enough to say what happened (我校举行秋季开学典礼), with nothing above it but a masthead (the page's
    organisation). A page prints its headline over its lead, and the report is the document; a title
    without a genre word is known by where it stands, as a speech's is above its salutation."""
    above = index - 1
    if above < 0 or any(not _is_organisation_line(folded[line.start:line.end]) for line in lines[:above]):
        return None
    line = lines[above]
    content = _unwrapped(folded[line.start:line.end])
    speech = _SPEECH_HEADLINE.match(content)
    if speech is not None:  # (a report's headline of a speech holds its colon: …上强调:压紧压实防汛责任)
        content = content[:speech.end() - 1] + content[speech.end():]
    # (a short one of the genre too, a template's or a Word file's: 述职报告, 工作总结)
    short_of_the_genre = len(content) >= MIN_SHORT_TITLE and ends_in_genre_word(content)
    if (len(content) < MIN_HEADLINE and not short_of_the_genre) \
            or not (may_be_title_line(content) or (short_of_the_genre and all(map(is_han, content)))) \
            or _is_date_line(content) or _is_organisation_line(content) or _opens_with_section_marker(content):
        return None
    return _TitleSpan(above, line.start, line.end, True)


def _opens_with_section_marker(content: str) -> bool:
    """Whether a line opens with a section's marker; its first character is asked about first."""
    return may_match_at(SECTION_MARKER, content) and _MARKER_START.match(content) is not None


def _title_above_opening(folded: str, lines: list[_Line], index: int) -> _TitleSpan | None:
    """The title a speech gives in its own words (守初心 担使命), found by where it stands: right above its
    salutation (line ``index``), or above what may stand between them, each once, read upwards: a date
    line, the speaker (a name, or an office and a name), an editor's note in brackets ((根据录音整理)) and
    a ——subtitle. Or the genre word alone (倡议书, 公开信)."""
    above = index - 1
    tests = [_is_date_line, _is_speaker_under_title, _is_editors_note, _is_subtitle_line]
    under_a_subtitle = False
    while above > 0 and tests:
        content = folded[lines[above].start:lines[above].end]
        passed = next((test for test in tests if test(content)), None)
        if passed is None:
            break
        under_a_subtitle = under_a_subtitle or passed is _is_subtitle_line
        # (a date line, the speaker and a note in brackets in any order: the note whom the speaker speaks for,
        # (代表某某委员会发言), stands under the speaker's line)
        tests = tests[tests.index(passed) + 1:] if passed is _is_subtitle_line else \
            [test for test in tests if test is not passed]
        above -= 1
    if above < 0:
        return None
    line = lines[above]
    content = _unwrapped(folded[line.start:line.end])
    if content[-1] in "。;":
        return None  # a sentence (an editor's, a lead's) ends so, a title never does
    if sum(char.isdigit() for char in content) * 2 > len(content.replace(" ", "")):
        return None  # figures more than words: a post's counts (1.2万  638  2891  分享), no title's words
    if content.endswith("!") and line.end - line.start == len(content) and is_title_text(content[:-1]):
        # a video's caption, a title of the genre the poster ends with a cry (…会议上的讲话!): the title without it
        return _TitleSpan(above, line.start, line.end - 1, True)
    if (_may_continue(content, MIN_TITLE) and not _DATE_LINE.fullmatch(content)) or content in _GENRE_WORDS \
            or (_may_continue(content, MIN_SHORT_TITLE) and ends_in_genre_word(content)):
        return _TitleSpan(above, line.start, line.end, True)  # (a short one of the genre too: 会议通知, 收入证明)
    if under_a_subtitle and " " in content and MENU_BAR.fullmatch(content) and may_be_title_line(content):
        # phrases parted by spaces over a ——subtitle that names the occasion: a title of four parallel phrases
        # (以学铸魂 以学增智 以学正风 以学促干), no site's menu, which has no subtitle under it
        return _TitleSpan(above, line.start, line.end, True)
    return None


def _is_organisation_line(content: str) -> bool:
    """A body's name alone on a line (华晟能源集团有限公司): a page's masthead above a title, not its first half."""
    return _ORGANISATION_LINE.fullmatch(content) is not None


def _names_the_bodys_document(following: str) -> bool:
    """Whether the line under a body's name goes on with the name of the body's own document: a 公文's
    关于… (…办公室 / 关于…的通知), the genre alone (…委员会 / 工作报告), or the year's (…局 / 2031年工作总结)."""
    return following.startswith("关于") or (len(following) <= MAX_GENRE_LINE and not following.startswith("在")
                                            and ends_in_genre_word(following)) \
        or (_YEAR_S_DOCUMENT.match(following) is not None and ends_in_genre_word(following))


def _is_date_line(content: str) -> bool:
    return _DATELINE.fullmatch(content) is not None or _DATE_LINE.fullmatch(content) is not None


def _is_speaker_under_title(content: str) -> bool:
    """A speaker's line as it stands under a title: a name alone, or an office and a name parted by a space, or a
    label and the name in brackets ((主讲人:某某)) or without (主讲人:某某(…书记)); or, closed by a colon, the first
    speaker's label of a transcript
    (主持人 陈朗:, 何立舟:)."""
    if len(content) > 1 and content[-1] == ":":
        content = content[:-1].rstrip()
    return ((2 <= len(content) <= 4 and all(is_han(char) for char in content)) or _BYLINE.match(content) is not None
            or _BLANK_NAME.fullmatch(content) is not None or _LABELLED_SPEAKER.fullmatch(content) is not None) \
        and not _opens_with_section_marker(content)  # (第一篇)


def _is_editors_note(content: str) -> bool:
    return _EDITORS_NOTE.fullmatch(content) is not None


def _is_subtitle_line(content: str) -> bool:
    return _SUBTITLE.match(content) is not None


def _unwrapped(content: str) -> str:
    """A line without the 【】 or 《》 a page sets a title in, or the column's tag and bar before it (专题党课|…)."""
    if len(content) > 2 and (content[0], content[-1]) in (("【", "】"), ("《", "》")) \
            and content.count(content[0]) == 1:
        return content[1:-1]
    tag = _COLUMN_TAG.match(content)
    return content[tag.end():] if tag is not None else content


def _title_after_cover_notice(text: str, folded: str,
                              furniture_between: FurnitureBetween | None = None) -> str | None:
    """The title of a document printed under a cover notice that has none of its own.

    A 公文 that hands on another (印发…) may start at its addressee line; the
    handed-on document's title then follows the issuer and the date line.
    """
    lines = list(_lines(folded, MAX_FRONT_CHARS))
    for index, line in enumerate(lines[:-1]):
        if _DATE_LINE.fullmatch(folded, line.start, line.end):
            following = _joined_title(folded, lines, index + 1, furniture_between)
            if following is not None:
                return clean_title(text[following.start:following.end])
    return None


def _pick(whole: list[_TitleSpan], glued: list[_TitleSpan], headline: _TitleSpan | None = None) -> _TitleSpan | None:
    """The last whole-line title, else the last glued one, else a report's headline."""
    if whole:
        return whole[-1]
    if glued:
        return glued[-1]
    return headline if headline is not _NO_HEADLINE else None


def _joined_title(folded: str, lines: list[_Line], index: int,
                  furniture_between: FurnitureBetween | None = None) -> _TitleSpan | None:
    """A whole-line title on line ``index``, or broken over it and the lines after it; never over two lines that
    cleaning removed text between (a site's name, its date line, the title: not one title)."""
    line = lines[index]
    content = folded[line.start:line.end]
    if "\t" in content:
        return None  # a table's row, a contents' entry (03<tab>二〇三二年工作打算): no title holds a tab
    if _is_editors_note(content) or (_BYLINE.match(content) is not None and not (
            index + 1 < len(lines) and _names_the_bodys_document(folded[lines[index + 1].start:lines[index + 1].end]))):
        # a speaker's office and name, and the note in brackets under them (代表某某委员会发言): no title's line (but
        # two issuers over their 关于…: 中共某县纪委 某县监委)
        return None
    # (the names of those that issue it together stand over its 关于…, a line each: its lines count from the 关于)
    issuer_lines = 0
    while issuer_lines < MAX_ISSUER_LINES and index + issuer_lines < len(lines) \
            and _is_organisation_line(folded[lines[index + issuer_lines].start:lines[index + issuer_lines].end]):
        issuer_lines += 1
    title_lines = MAX_TITLE_LINES + issuer_lines
    for last in range(index, min(len(lines), index + title_lines)):
        if last > index:
            previous = folded[lines[last - 1].start:lines[last - 1].end]
            following = folded[lines[last].start:lines[last].end]
            # (an issuer's name, however short, above its 关于…: 松岭县人民政府 / 关于…的通告; or the names of those
            # that issue it together, a line each: 中共某县委办公室 / 某县人民政府办公室 / 关于…)
            issuers = all(_is_organisation_line(folded[lines[above].start:lines[above].end])
                          for above in range(index, last))
            issuers_go_on = issuers and (following.startswith("关于") or _is_organisation_line(following))
            if not _may_continue(previous) and not issuers_go_on:
                return None
            if _SUBTITLE.match(following) or (furniture_between is not None
                                              and furniture_between(lines[last - 1].end, lines[last].start)):
                return None
            if _BYLINE.match(following) is not None:
                return None  # an office and a name under the title's words (区政协委员  沈某): the speaker
            if "," in content and is_title_text(following):
                return None  # a line of clauses (a byline: 写材料十年,公众号同名) above a title of its own
            if _SLOGAN.fullmatch(previous) and is_title_text(following):
                return None  # a poster's slogan (共建 共治 共享) above a title of its own: whole in itself
            if names_its_occasion(following):
                return None  # a headline above the speech's own title, which names its occasion (在…会议上的讲话)
            if _is_organisation_line(content) and not _names_the_bodys_document(following) and not issuers_go_on:
                return None  # a body's name above its page (华晟能源集团有限公司), not above its own document
            content += following
        if is_title_text(content) and not (last + 1 < len(lines) and last + 1 < index + title_lines
                                           and _GOES_ON_WITH_ITS_GENRE.match(folded, lines[last + 1].start)):
            end = lines[last].end
            date = _DATELINE_ENDING.search(folded, lines[last].start, end)
            if date is not None and is_title_text(folded[line.start:date.start()].rstrip()):
                end = date.start()  # …的表态发言(2031年3月6日): the date line, written on the title's line
                while folded[end - 1] == " ":
                    end -= 1
            return _TitleSpan(last, line.start, end, True)
    return None


def _may_continue(content: str, shortest: int = 0) -> bool:
    """Whether a line may be the first half of a title broken over two lines.

    Site lines above a title are short (正文复制, 佩珊分享) or carry navigation
    marks (首页 > 正文, • 举报, 【致辞人】); a 公文's red header names its issuer
    and ends in 文件 (发文机关标志: 某某县人民政府文件), a line of its own; the first
    half of a broken title is a run of words.
    """
    return ((shortest or MIN_BROKEN_TITLE_HALF) <= len(content) <= MAX_TITLE // 2 and not _is_prose(content)
            and not is_host_call(content)
            and not any(mark in content for mark in "。!?;")  # (a sentence's end ends no half of a title, nor stands
            # inside one: an advertisement's …一键生成讲话稿! 立即体验)
            and not any(char in content for char in ">•|【】:") and not content.isascii()
            and content[0] != "[" and content[0] not in CHECKBOXES  # (a to-do's box, a tag, a link's text: [ ] 打印
            # 三十份, ☐ 周五前交支部, [图片])
            and "   " not in content  # (a layout's gap between a running header's parts: 某某公报   2031年第3期)
            and "\t" not in content  # (a table's row, a contents' entry: 01<tab>年度工作回顾)
            and not (" " in content and MENU_BAR.fullmatch(content))  # (a site's menu: 社区动态 党建园地 …)
            and _DATE_OR_EDITION.search(content) is None
            and not _DOCUMENT_NUMBER.match(content) and not content.endswith(ISSUER_MARK)
            and _MEETING_PAPER_MARK.search(content) is None  # (…会议文件(2): a paper's cover mark)
            and _SECRECY_MARK.fullmatch(content) is None and _DRAFT_STATUS.match(content) is None
            and _DOCUMENT_NOTE.fullmatch(content) is None)  # (the note under the document before: (此件公开发布))


def _glued_title(folded: str, line: _Line, index: int) -> _TitleSpan | None:
    """A title at the start of a line, glued to the body that follows it."""
    content = folded[line.start:line.end]
    if _opens_with_section_marker(content):
        return None  # an item of a list (一、…局长通报…): a genre word inside it names no document
    bracketed = _BRACKETED_TITLE.match(content)
    if bracketed is not None and is_title_text(bracketed.group("title")):
        # a post that sets its title in 【】 before its text (#某县防汛#【关于…的通知】各乡镇…)
        return _TitleSpan(index, line.start + bracketed.start("title"), line.start + bracketed.end("title"), False)
    ends = glued_title_ends(content)
    if not ends:
        return None
    end = ends[-1]
    start = _title_start(content, ends[:-1], end)
    if end - start < MIN_TITLE or content.startswith(CIRCUMSTANCE_OPENERS, start):
        return None  # (按照学习计划安排,…: a sentence, whose opener names its circumstances)
    rest = content[end:].strip()
    if rest and len(rest) <= MAX_NOUN_AFTER_GENRE_WORD and all(map(is_han, rest)):
        return None  # a word that ends the line's noun (…表态发言摘登: a paper's selection), no body glued on
    if rest and len(rest) <= MAX_TITLE // 2 and rest[0] not in "—-(" and " " not in rest \
            and not HARD_STOPS.search(rest):
        # a headline's words running on past a genre word (…厅通报2031年第二批…典型案例): no sentence, nor the
        # title's subtitle and its speaker (政府工作报告——…上 某某), nor a date in brackets
        return None

    return _TitleSpan(index, line.start + start, line.start + end, False)


def _title_before_salutation(folded: str, line: _Line, index: int) -> _TitleSpan | None:
    """…你怎么看? 在平凡中坚守初心,在奋斗中收获成长尊敬的各位领导、同志们: the words
    glued right before a salutation, after the last sentence end, name the speech."""
    content = folded[line.start:line.end]
    match = _GLUED_SALUTATION.search(content)
    if match is None or match.start() == 0:
        return None
    before = content[:match.start()]
    start = max(before.rfind(char) for char in "。!? ") + 1
    title = before[start:].strip()
    if not MIN_TITLE <= len(title) <= MAX_TITLE // 2 or any(char in title for char in "。!?;:"):
        return None
    start = line.start + start + (len(before[start:]) - len(before[start:].lstrip()))
    return _TitleSpan(index, start, line.start + match.start(), False)


def _has_byline_after(folded: str, lines: list[_Line], index: int) -> bool:
    """A short line without sentence punctuation right above a byline and the body."""
    content = folded[lines[index].start:lines[index].end]
    if index + 2 >= len(lines) or not may_be_title_line(content):
        return False
    byline = folded[lines[index + 1].start:lines[index + 1].end]
    # (an office and a name, or a signed article's author's name alone: 以新质生产力赋能… / 张明远 / 县域是…)
    return bool(_BYLINE.match(byline) or _AUTHOR_ALONE.fullmatch(byline)) \
        and _is_prose(folded[lines[index + 2].start:lines[index + 2].end])


def _title_start(content: str, earlier_ends: list[int], end: int) -> int:
    """Where the last of several glued titles starts (a site's file name may precede it)."""
    previous = earlier_ends[-1] if earlier_ends else None
    head = content[:6]
    repeat = content.find(head, 1, end) if len(head) == 6 else -1
    if previous is not None and end - previous < MIN_SECOND_TITLE:
        previous = None  # 总结|大会上的讲话: a genre word inside the title, not two titles
    if previous is not None and (repeat < 0 or previous < repeat <= previous + 3):
        start = previous
    elif repeat > 0:
        start = repeat
    else:
        start = 0
    while start < end and content[start] in " \t":
        start += 1
    return start


def _is_prose(content: str) -> bool:
    return len(content) >= MIN_PROSE and (
        "。" in content or content.count(",") >= 2 or content[-1:] in "。!?;"
        or _UNMARKED_SPEECH.search(content) is not None)


# ---------------------------------------------------------------- after the title


def _after_title(folded: str, lines: list[_Line], title: _TitleSpan, pieces: list[tuple[str, int]]) -> int:
    """Subtitle, date line, speaker and salutation after the title; returns where the body begins."""
    position = title.end
    line_index = title.line
    line_end = lines[line_index].end
    # on the title's own line (a glued title): ——subtitle, (date), speaker, 同志们:
    position = _glued_items(folded, position, line_end, pieces)
    if position < line_end or pieces[-1][0] in ("salutation", "addressee"):
        return position
    expected = ["document_number", "subtitle", "dateline", "speaker", "salutation"]
    if pieces[-1][0] in expected:  # the glued items come first: the rest follows them
        expected = expected[expected.index(pieces[-1][0]) + (0 if pieces[-1][0] == "subtitle" else 1):]
    for line in lines[line_index + 1:]:
        content = folded[line.start:line.end]
        kind = _line_kind(content, folded, line, expected)
        if kind is None:
            return line.start
        if kind == "salutation":
            salutation = _salutation_at(folded, line.start)
            assert salutation is not None
            pieces.append((_opening_kind(folded, line.start), line.start))
            return salutation[1] if salutation[1] < line.end else line.next
        pieces.append((kind, line.start))
        if kind not in _ANYWHERE:
            expected = expected[expected.index(kind) + (0 if kind == "subtitle" else 1):]
            if kind == "speaker" and all(piece != "dateline" for piece, _ in pieces):
                expected = ["dateline", *expected]  # the date may follow the speaker's name as well (周明 / (…日))
    return lines[-1].next if lines else position


def _glued_items(folded: str, position: int, line_end: int, pieces: list[tuple[str, int]]) -> int:
    for kind, pattern in (("subtitle", _GLUED_SUBTITLE), ("dateline", _DATELINE), ("speaker", _GLUED_SPEAKER)):
        start = position
        while start < line_end and folded[start] == " ":
            start += 1
        match = pattern.match(folded, start, line_end)
        if match is not None and (kind != "subtitle" or match.end() == line_end or
                                  _DATELINE.match(folded, match.end())):
            pieces.append((kind, start))
            position = match.end()
    salutation = _salutation_at(folded, position)
    if salutation is not None and salutation[0] < line_end:
        pieces.append((_opening_kind(folded, salutation[0]), salutation[0]))
        position = salutation[1]
    return position


def _header_kind(folded: str, line: _Line) -> str:
    """A line above the title: a document number (发文字号), or another header line."""
    return "document_number" if _DOCUMENT_NUMBER_LINE.fullmatch(folded, line.start, line.end) else "header"


def _opening_kind(folded: str, start: int) -> str:
    """A salutation (同志们:) or a notice's addressee line (主送机关: 各市人民政府:)."""
    return "salutation" if _SALUTATION.match(folded, start) else "addressee"


def _line_kind(content: str, folded: str, line: _Line, expected: list[str]) -> str | None:
    for kind in expected:
        if kind == "document_number" and _DOCUMENT_NUMBER_LINE.fullmatch(content):
            return kind
        if kind == "subtitle" and _SUBTITLE.match(content):
            return kind
        if kind == "dateline" and _DATELINE.fullmatch(content):
            return kind
        if kind == "speaker" and _SPEAKER_LINE.match(content) and not is_title_text(content):
            return kind
        if kind == "salutation" and _salutation_at(folded, line.start) is not None:
            return kind
    return None


def _salutation_at(folded: str, position: int) -> tuple[int, int] | None:
    """The salutation or addressee that starts at ``position`` (after spaces), as a span."""
    start = position
    while start < len(folded) and folded[start] in " \t":
        start += 1
    # both end in a colon (or, a salutation, an exclamation mark) on their line: most lines have none near
    newline = folded.find("\n", start, start + MAX_SALUTATION)
    reach = start + MAX_SALUTATION if newline < 0 else newline
    if folded.find(":", start, reach) < 0 and folded.find("!", start, reach) < 0:
        return None
    for pattern in (_SALUTATION, _ADDRESSEE):
        match = pattern.match(folded, start)
        if match is not None:
            return start, match.end()
    return None


# ---------------------------------------------------------------- lines and tiling


def _lines(folded: str, limit: int) -> Iterator[_Line]:
    position = 0
    count = 0
    while position < len(folded) and position < limit and count < MAX_FRONT_LINES:
        newline = folded.find("\n", position)
        after = len(folded) if newline < 0 else newline + 1
        end = len(folded) if newline < 0 else newline
        start = position
        while start < end and folded[start].isspace():
            start += 1
        stop = end
        while stop > start and folded[stop - 1].isspace():
            stop -= 1
        if stop > start:
            yield _Line(start, stop, after)
            count += 1
        position = after


def _tile(pieces: list[tuple[str, int]], end: int, folded: str, lines: list[_Line],
          title_text: str | None = None) -> FrontMatter:
    """Pieces from their starts: each runs to the next one's start; the first from 0.

    Pieces out of the grammar's order (header* title subtitle* dateline/speaker
    salutation) are left to the body, as a safety net for the rules above.
    """
    orders: list[int] = []
    for kind, _ in pieces:  # a document number takes the order of what stands before it
        orders.append(_ORDER[kind] if kind not in _ANYWHERE else (orders[-1] if orders else 0))
    for index in range(1, len(pieces)):
        kind = pieces[index][0]
        if orders[index] < orders[index - 1] or (
                kind not in _REPEATABLE and any(seen == kind for seen, _ in pieces[:index])):
            end = pieces[index][1]
            del pieces[index:]
            break
    if not pieces:
        return FrontMatter((), None, 0)
    tiled: list[Piece] = []
    starts = [start for _, start in pieces] + [end]
    starts[0] = 0
    for (kind, _), (start, stop) in zip(pieces, pairwise(starts), strict=True):
        if stop > start:
            tiled.append(Piece(kind, start, stop))
    return FrontMatter(tuple(tiled), title_text, end)
