"""Copies that sites add: a file name glued before the body's own title, title
lines printed twice, a page's own title or headline above the document's (the
title with the site's name, or a column's tag, around it), a document number
fused with a copy of the title, and a whole opening printed twice; and a table
of contents above the headings it lists.

Only the head of the text is looked at (:data:`HEAD_LINES`); a speech may
legitimately repeat itself further down, but not a whole paragraph twice in a row,
which a copy pasted twice leaves anywhere (:func:`remove_repeated_paragraphs`).
"""

from __future__ import annotations

import re
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Final

import regex

from speechparse.clean.generic import HEAD_RULE
from speechparse.lazyregex import lazy_compile
from speechparse.lex.title import GENRE_WORD_ALTERNATION, is_title_text, strip_decorations
from speechparse.prefilter import holds_string, may_match_at
from speechparse.vocab.noise import COURSE_PROGRESS
from speechparse.vocab.placeholders import COUNTED_WORDS
from speechparse.vocab.schemes import (
    ARABIC_NUMERAL,
    CN_NUMERAL,
    INDENTED_SECTION_MARKER,
    SECTION_MARKER,
    WORDS_AFTER_A_LETTER,
)
from speechparse.vocab.titles import (
    DOCUMENT_NUMBER,
    ISSUER_MARK,
    PAGE_TITLE_LABELS,
    PAGE_TITLE_SEPARATOR,
    PAGE_TITLE_SEPARATORS,
    SITE_NAME,
    TITLE_LABEL,
    TITLE_LABEL_WORDS,
)

if TYPE_CHECKING:
    from speechparse.clean import CleanState

#: how many lines from the top may hold site copies
HEAD_LINES: Final = 16
#: a table of contents stands in the first lines: its label (below a page's fields, an announcement, the
#: title) and its entries (a law's chapters and sections)
TOC_LINES: Final = 80
#: how far into the text its 目录 line is looked for (characters)
TOC_REACH: Final = 6000
#: a line shorter than this is not compared (too many short lines agree by chance)
MIN_COPY: Final = 6
#: title lines are at most this long
MAX_TITLE_LINE: Final = 80
#: site variant numbers sit on the first few lines
VARIANT_LINES: Final = 3
#: the longest variant number ([12], (12), 篇12)
VARIANT_WIDTH: Final = 4
#: a repeated opening block is at least this many lines
MIN_BLOCK_LINES: Final = 3
#: a paragraph pasted twice in a row is at least this long (characters): a shorter line may repeat by design
MIN_REPEATED_PARAGRAPH: Final = 40
#: a line, then the same line right under it (Python's re, led by the line break: its search skips to each break at C
#: speed and tries the line after it once; the line's class stops at its end, so no backtracking runs past it). The
#: text's first line, with no break before it, is matched at the start alone.
_LINE_AND_ITS_COPY: Final = (rf"(?P<paragraph>[^\n]{{{MIN_REPEATED_PARAGRAPH},}})\n(?:[ \t]*\n)*"
                             r"(?P<copy>(?P=paragraph))(?=\n|\Z)")
_REPEATED_PARAGRAPH: Final = re.compile(rf"\n{_LINE_AND_ITS_COPY}")
_REPEATED_FIRST_PARAGRAPH: Final = re.compile(_LINE_AND_ITS_COPY)
_SENTENCE_MARK: Final = re.compile(r"[。!?]")

# Patterns: applied to the head lines only; no nested unbounded quantifiers: no timeout needed.
#: searched for from the end (REVERSE), where a match must end: only whether it matches is asked
_ENDING: Final = lazy_compile(rf"(?:{GENRE_WORD_ALTERNATION}).{{0,2}}$", regex.REVERSE)
_HARD_STOP: Final = lazy_compile(r"[,。!?;:]")
_GENRE_WORD: Final = lazy_compile(GENRE_WORD_ALTERNATION)
#: what a site may put between two copies of a title
_SEPARATORS: Final = " ;,|"
#: where the body starts after a glued copy of the title
_BODY_START: Final = lazy_compile(
    rf"(?:同志们|同学们|各位|尊敬的|女士们|朋友们)[^\n。]{{0,30}}[:!]|{SECTION_MARKER}")
#: a line that opens with a numbered heading
_MARKER_LINE: Final = lazy_compile(INDENTED_SECTION_MARKER)
#: after a copy of the title, the rest of a page's own title: a separator and the site's name, to the line end
_SITE_NAME_AFTER: Final = lazy_compile(rf"[ \t]*{PAGE_TITLE_SEPARATOR}[ \t]*{SITE_NAME}[ \t]*")
#: a headline's tag before the title (材料干货|), and its note after it ((可直接套用))
MAX_TAG: Final = 8
MAX_NOTE: Final = 12
MAX_HEADLINE: Final = MAX_TAG + 3 + MAX_TITLE_LINE + MAX_NOTE + 2
_TAG_AND_SEPARATOR: Final = lazy_compile(rf"[^\s,。!?;:]{{1,{MAX_TAG}}}?[ \t]*{PAGE_TITLE_SEPARATOR}[ \t]*")
#: a table of contents' label, and the page number (with its leader) after an entry
#: (a page's button beside it too: 目录  收起目录, 目录 [展开])
_TOC_BUTTON: Final = r"(?:[ \t]*[\[【(]?(?:收起|展开|隐藏|显示)(?:目录)?[\]】)]?)?"
#: (a blog's label says whose contents: 文章目录; a course's, 章节目录, 课程目录; an online editor's panel of the
#: document's headings: 大纲, Document outline)
_TOC_LABEL_WORDS: Final = r"(?:(?:文章|章节|课程)?目[ \t]*录|(?:文档)?大纲|(?i:document[ \t]+outline|outline))"
_TOC_LABEL: Final = lazy_compile(rf"{_TOC_LABEL_WORDS}[ \t]*:?{_TOC_BUTTON}")
_TOC_LABEL_LINE: Final = lazy_compile(rf"^[ \t]*+{_TOC_LABEL_WORDS}[ \t]*:?{_TOC_BUTTON}[ \t]*$", regex.MULTILINE)
#: a character one of the labels holds: a text without any has no labelled contents (Python's re: C speed)
_TOC_LABEL_HINT: Final = re.compile(r"录|纲|[Oo]utline")
#: an entry of a course platform's contents, with the learner's progress after its words (1.2 某某专题  已完成)
_COURSE_ENTRY: Final = lazy_compile(rf"[^\n]{{2,60}}?[ \t\u3000]{COURSE_PROGRESS}")
#: the button alone on the line under the label (目录 / 收起): a reader's panel, which the page builds
_TOC_BUTTON_LINE: Final = lazy_compile(r"[\[【(]?(?:收起|展开|隐藏|显示)(?:目录)?[\]】)]?")
_TOC_PAGE: Final = lazy_compile(r"[ \t.…·-]*(?:[0-9]{0,4}|\([0-9]{1,4}\))[ \t]*$")
#: an entry with a leader to its page number (一、总体要求……1, or in brackets, as a booklet may print it: ……(12)), or a
#: tab, as Word's table of contents field writes it (一、\t总体要求\t1); this many in a row are a table of contents
#: (its marker may be a decimal's, 1.2<tab>编制依据<tab>1, or a figure's with its point, 1.抓好…, whose dots are no
#: leader's)
_TOC_LEADER_ENTRY: Final = lazy_compile(r"(?:[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}|[0-9]{1,2}\.|[^\n.…·\t]{1,20}?)\t?"
                                        r"[^\n.…·\t]{2,60}?"
                                        r"(?:[ \t]*(?:[.…·][ \t]*){3,}|\t[ \t]*)(?:[0-9]{1,4}|\([0-9]{1,4}\))[ \t]*")
MIN_LED_ENTRIES: Final = 2
#: between two of them, at most this many lines that lead to no page (a group's heading, then a wrapped entry's
#: first line)
MAX_UNLED_LINES: Final = 2
#: a leader or a tab, then a page number that ends its line (Python's re: a search at C speed)
_LED_PAGE_NUMBER: Final = re.compile(r"(?:\t|…|\.\.|··)[ \t]*(?:[0-9]{1,4}|\([0-9]{1,4}\))[ \t]*\n")
#: an entry of a table of contents with no label holds this many characters at least, its marker included
MIN_LISTED_WORDS: Final = 4
#: a table of contents lists at least this many numbered headings
MIN_LISTED_HEADINGS: Final = 2
#: a course's contents mark the learner's progress on one of their first entries this many at most (a chapter's
#: line, then its lessons)
MAX_ENTRIES_TO_PROGRESS: Final = 4
#: the numerals of a marker, for its form (一、 and 二、 are one form)
_NUMERALS: Final = re.compile(r"[0-9一二三四五六七八九十百零〇]+")
#: a sentence's end: a line that holds one is the body's
_SENTENCE_END_MARK: Final = re.compile(r"[。!?]")  # Python's re: one class
#: a genre's label before a colon, as a file's name puts it before the title (党课讲稿:)
#: (or a page's label of a title: 标题:, an e-mail's 主题:)
_GENRE_LABEL: Final = lazy_compile(rf"[ \t]*(?:{TITLE_LABEL}|{'|'.join(PAGE_TITLE_LABELS)})[ \t]*:[ \t]*")
#: the last characters of the genre words a label ends in, right before its colon (讲话稿: 党课:)
_GENRE_LABEL_ENDS: Final = frozenset(word[-1] for word in TITLE_LABEL_WORDS + PAGE_TITLE_LABELS)
#: a title line may hold a colon (党课:…) and a comma between two phrases (守初心、担使命,做…), but no sentence
#: punctuation and no second comma
_SENTENCE_STOP: Final = re.compile(r"[。!?;]|,[^,]*,")  # Python's re: called often (re's calls cost less)
#: (a bare number before a measure word or a unit counts what the sentence names, 通报5起…, 下发通报15期: it is the
#: text's)
_VARIANT: Final = lazy_compile(
    rf"(?<={GENRE_WORD_ALTERNATION})"
    rf"(?P<variant>\[\d{{1,2}}\]|\(\d{{1,2}}\)|篇\d{{1,2}}|\d{{1,2}}(?=\p{{Han}})(?!\d|{COUNTED_WORDS}))")
_FUSED_NUMBER: Final = lazy_compile(rf"\s*{DOCUMENT_NUMBER}\s*(?P<rest>\S.*)$")
#: every variant number is written with digits ([2], (2), 篇2, 3): a line without one holds none (tested)
_DIGIT: Final = lazy_compile(r"\d")
_NORMALISE: Final = lazy_compile(r"[\s《》〈〉<>“”\"'()\[\]、,.。:;!?-]+")


def _lines(text: str, count: int = HEAD_LINES) -> tuple[tuple[int, int], ...]:
    """(start, end) of the first ``count`` lines, line breaks excluded (a tuple: the rules
    of this module share one, made once per text by :meth:`CleanState.derived`)."""
    spans: list[tuple[int, int]] = []
    position = 0
    while position <= len(text) and len(spans) < count:
        newline = text.find("\n", position)
        end = len(text) if newline < 0 else newline
        spans.append((position, end))
        if newline < 0:
            break
        position = newline + 1
    return tuple(spans)


def _toc_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The first :data:`TOC_LINES` lines, where a table of contents and its entries are looked for."""
    return _lines(text, TOC_LINES)


def remove_glued_file_name(state: CleanState) -> None:
    """县长在…会议上讲话县长在…会议上的讲话同志们: keep the second, the body's own title.

    The first line starts with a title-like stretch that ends in a genre word
    (and at most two stray characters) and is followed, maybe after separators a
    site put between them (…报告;…报告), by the same opening words again: the
    first copy is the site's file name.
    """
    text = state.folded
    for start, end in state.derived(_lines):
        line = text[start:end]
        if not line.strip():
            continue
        stripped = len(line) - len(line.lstrip())
        content = line[stripped:]
        head = content[:MIN_COPY]
        repeat = content.find(head, 1, MAX_TITLE_LINE + len(_SEPARATORS)) if len(head) == MIN_COPY else -1
        if repeat > 0:
            space = content.rfind(" ", max(0, repeat - 3), repeat)  # 讲话 在…讲话: the second copy starts there
            cut = space + 1 if space >= 0 else repeat
            first = content[:cut].rstrip(_SEPARATORS)
            if first.rstrip().endswith(PAGE_TITLE_SEPARATORS) and _GENRE_WORD.search(content, repeat) is None:
                return  # a page's own title (标题_栏目_站名) whose site name opens as the title does: no copy
            if not _HARD_STOP.search(first) and _ENDING.search(first):
                state.remove([(start + stripped, start + stripped + cut)])
        return


def remove_variant_numbers(state: CleanState) -> None:
    """…讲话[2] / …讲话(2) / …讲话篇2 / …讲话3今天: a site's variant number after a title."""
    text = state.folded
    spans = []
    lines = [(start, end) for start, end in state.derived(_lines) if text[start:end].strip()]
    for start, end in lines[:VARIANT_LINES]:
        # the number follows a title, so it stands within a title's length of the line's start
        stop = min(end, start + MAX_TITLE_LINE + VARIANT_WIDTH)
        if _DIGIT.search(text, start, stop) is None:
            continue  # (most title lines: the variant's look-behind of every genre word is tried at no place)
        for match in _VARIANT.finditer(text, start, stop):
            if not _HARD_STOP.search(text, start, match.start()):
                spans.append(match.span("variant"))
    state.remove(spans)


def remove_repeated_opening(state: CleanState) -> None:
    """An opening printed twice in a row (a site's 正文复制 widget): the second copy goes."""
    text = state.folded
    lines = state.derived(_lines)
    contents = [text[s:e].strip() for s, e in lines]
    for first, line in enumerate(contents):
        if len(line) < MIN_COPY:
            continue
        for second in range(first + MIN_BLOCK_LINES, len(contents)):
            size = second - first
            if contents[second] == line and contents[first:second] == contents[second:second + size]:
                block_start = lines[second][0]
                block_end = lines[second + size - 1][1]
                state.remove([(block_start, min(len(text), block_end + 1))])
                return


#: a line of a date or a figure alone
_DATE_OR_FIGURE: Final = lazy_compile(r"[0-9 \t年月日号时分.:/~至-]+")

#: a heading a slide or a table's next page prints again, marked as going on ((一)兜底保障(续))
_CONTINUED: Final = "(续)"


def remove_continued_headings(state: CleanState) -> None:
    """A heading printed again with its mark of going on ((一)馆藏资源更丰富(续)) where the deck's next slide or
    a table's next page carries on under it: the first print of the heading stands above, the copy goes."""
    text = state.folded
    if _CONTINUED not in text:
        return  # (most texts)
    seen: set[str] = set()
    copies = []
    position = 0
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        content = text[position:end].strip()
        if content.endswith(_CONTINUED) and content[:-len(_CONTINUED)].rstrip() in seen:
            copies.append((position, min(len(text), end + 1)))
        elif content:
            seen.add(content)
        position = end + 1
    state.remove(copies)


#: a running line a book or a deck prints on its pages: short, a name (no sentence's or clause's mark)
_RUNNING_LINE: Final = lazy_compile(r"^[ \t]*+(?P<line>[^\s,。!?;:、][^\n,。!?;:、]{1,29}?)[ \t]*$", regex.MULTILINE)
#: a running line stands on this many pages at least
MIN_RUNNING_COPIES: Final = 3


def remove_running_lines(state: CleanState) -> None:
    """A book's or a deck's running line copied with its pages (its title or its part's name, 守护一方平安): a short
    line alone between blank lines, read whole on three pages at least, one of them cutting a sentence (the line
    above it stops inside its sentence); every copy goes with the blank lines around it, so the cut sentence meets its
    end as a wrapped line does."""
    text = state.folded
    if "\n\n" not in text:
        return  # (a text with no blank line has no pages it copied so)
    copies: dict[str, list[tuple[int, int]]] = {}
    for match in _RUNNING_LINE.finditer(text):
        start, end = match.span()
        if text.startswith("\n\n", max(0, start - 2)) and text.startswith("\n\n", end) \
                and _MARKER_LINE.match(match.group("line")) is None:
            copies.setdefault(match.group("line"), []).append((start, end))
    for spans in copies.values():
        if len(spans) < MIN_RUNNING_COPIES or not any(_cuts_a_sentence(text, start) for start, _ in spans):
            continue
        state.remove([(start - 1, end + 1) for start, end in spans])


def _cuts_a_sentence(text: str, start: int) -> bool:
    """Whether the text line above a blank line over ``start`` stops inside its sentence (…对开 / / header)."""
    index = start - 3  # (the last character of the line above the blank one, its spaces aside: no copy of the text)
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index >= 0 and text[index] not in "。!?;:…”’)》\n"


def remove_repeated_title_lines(state: CleanState) -> None:
    """A short line printed again lower in the head: the earlier copies go, the last stays.

    Sites print the title as a page heading and again above the body; the copy
    next to the body is the document's own. A copy with a numbered heading or a
    sentence after it is the body's own line, repeated by the document (a chairing
    script's stage direction under each speaker: （发言、批评））.
    """
    text = state.folded
    lines = state.derived(_lines)
    # the head ends at the body's first sentence: what repeats below it, the document repeats (a site's summary
    # of the text, cut off with dots above the full text, is no sentence of the body)
    body = next((index for index, (start, end) in enumerate(lines) if _SENTENCE_END_MARK.search(text, start, end)
                 and not text[start:end].rstrip().endswith(("...", "…"))), len(lines))
    lines = lines[:body]
    last: dict[str, int] = {}
    for index, (start, end) in enumerate(lines):
        content = text[start:end].strip()
        if MIN_COPY <= len(content) <= MAX_TITLE_LINE and not _SENTENCE_STOP.search(content) \
                and not _DATE_OR_FIGURE.fullmatch(content):
            last[content] = index  # (a date or a figure a table repeats, row after row, is no title: 2025年12月)
    for index, (start, end) in enumerate(lines):
        content = text[start:end].strip()
        if content in last and last[content] != index and not _heading_between(text, lines[index:last[content]]):
            state.remove([(start, min(len(text), end + 1))])
            if is_title_text(content) and _page_fields(text, lines[index + 1:last[content]]):
                # the page's header of the document: its title, then the app's or the site's fields and buttons
                # under it (创建者:… 最后修改:…, 分享, 阅读 18), then the document's own title
                state.remove([(lines[index + 1][0], lines[last[content]][0])])


_DOCUMENT_NUMBER: Final = lazy_compile(DOCUMENT_NUMBER)
#: at most this many lines of a page's fields and buttons stand between its header's title and the document's
MAX_PAGE_FIELD_LINES: Final = 8


def _page_fields(text: str, lines: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``lines`` are a few short lines of no sentence (no full stop, no clause of prose): a page's
    fields and buttons, not the document's own lines."""
    return 0 < len(lines) <= MAX_PAGE_FIELD_LINES and all(
        len(text[start:end].strip()) <= MAX_TITLE_LINE and not _SENTENCE_STOP.search(text, start, end)
        # (not a 公文's own head under its title's copy: its issuer's mark, its number, a title of the genre)
        and not text[start:end].rstrip().endswith(ISSUER_MARK) and not _DOCUMENT_NUMBER.search(text, start, end)
        and not is_title_text(text[start:end].strip())
        for start, end in lines)


def _heading_between(text: str, lines: tuple[tuple[int, int], ...]) -> bool:
    """Whether one of ``lines`` opens with a numbered heading: the body has begun there, and a line
    it repeats (（一）主要做法 in each part, a row of a task list) is the document's own."""
    return any(_MARKER_LINE.match(text, start, end) is not None for start, end in lines)


#: a number set with a leading zero before an entry's words (01 把握内涵): a slide's contents and a post's parts
_PADDED_NUMBER: Final = lazy_compile(rf"[ \t]*0[1-9][ \t]+{WORDS_AFTER_A_LETTER}")  # (or a year: 03 2032年工作打算)

def remove_table_of_contents(state: CleanState) -> None:
    """目录 and the headings it lists, above the headings themselves: the list goes.

    A regulation or a report may open with its table of contents: a 目录 line,
    then its headings, each a short line (a page number may follow it), until the
    first of them comes again where the body begins; or, whatever follows, its
    entries that lead to their page numbers (一、总体要求……1).
    """
    text = state.folded
    lines = state.derived(_lines)
    if not lines:
        return
    # (a 目录 may stand below a page's fields, an announcement and the title: it is looked for further down)
    label_line = _TOC_LABEL_LINE.search(text, 0, TOC_REACH) if _TOC_LABEL_HINT.search(text, 0, TOC_REACH) else None
    if label_line is None and _TOC_LABEL_HINT.search(text, 0, lines[-1][1]) is None:  # (most heads: no 目录 line)
        unlabelled = _led_entries_without_label(text, state.derived(_toc_lines))
        if unlabelled is not None:
            state.remove([unlabelled])
            return
        if any(removal.rule == HEAD_RULE for removal in state.removals):
            taken = _list_under_a_taken_label(state, text, lines, 0)
            if taken is not None:
                state.remove([taken])
        return
    if label_line is None:
        return  # 录 in a word (记录, 录取), no 目录 line
    toc_lines = state.derived(_toc_lines)
    contents = [text[start:end].strip() for start, end in toc_lines]
    # (a page may show more than one panel: a knowledge base's tree of its pages, 目录, and the document's own
    # headings, 大纲; each goes)
    spans: list[tuple[int, int]] = []
    for index, content in enumerate(contents):
        if toc_lines[index][1] < label_line.start() or _TOC_LABEL.fullmatch(content) is None \
                or (spans and toc_lines[index][0] < spans[-1][1]):
            continue
        span = _contents_under(state, text, toc_lines, contents, index)
        if span is not None:
            spans.append(span)
    # (and a panel whose label the page's furniture took, below the one labelled)
    if any(removal.rule == HEAD_RULE and _TOC_LABEL.fullmatch(removal.text.strip()) is not None
           for removal in state.removals):
        taken = _list_under_a_taken_label(state, text, toc_lines, spans[-1][1] if spans else 0)
        if taken is not None:
            spans.append(taken)
    if spans:
        state.remove(spans)
        cover = _booklet_cover(text, spans[0][0])
        if cover is not None:
            state.remove([cover], rule=BOOKLET_COVER_RULE)


#: a line that opens a compilation's part with its name, no sentence (第三篇  筑牢金融防线, ◆ 第五篇  在…会议上的讲话: a
#: reading app sets a mark before it), and one that opens a part or a chapter of any book or plan
_PART_LINE: Final = lazy_compile(rf"^[ \t]*+(?:[◆◇■□●○▶►•][ \t]*)?第(?:{CN_NUMERAL}|{ARABIC_NUMERAL})篇[ \t\u3000]++"
                                 r"(?P<name>[^\s,。;!?][^\n,。;!?]{0,60}?)[ \t]*$", regex.MULTILINE)
_DIVISION_LINE: Final = lazy_compile(rf"^[ \t]*+(?:[◆◇■□●○▶►•][ \t]*)?第(?:{CN_NUMERAL}|{ARABIC_NUMERAL})[篇章]",
                                     regex.MULTILINE)
#: a compilation's part over the piece a copy holds stands among the text's first lines
MAX_PART_LINE: Final = 12


def remove_part_label(state: CleanState) -> None:
    """A compilation's part over the one piece a copy of it holds (第三篇  筑牢金融防线 / 在…会议上的讲话): the only
    part or chapter in the text, among its first lines; the book's division, not the piece's heading, which would
    hold the whole piece as its one section. Its name goes with it, unless the name is the piece's title (◆ 第五篇
    在…会议上的讲话): then only the label goes. A plan's part holds its chapters, and a text that parts itself so
    holds two parts at least: both stay."""
    text = state.folded
    if not holds_string(text, "篇"):
        return
    part = _PART_LINE.search(text)
    if part is None or text.count("\n", 0, part.start()) > MAX_PART_LINE \
            or sum(1 for _ in islice(_DIVISION_LINE.finditer(text), 2)) > 1:
        return
    if is_title_text(part.group("name")):
        state.remove([(part.start(), part.start("name"))])
    else:
        state.remove([(part.start(), min(len(text), part.end() + 1))])
    # (and the book's name above it, with what stands between them: its editor, an app's count of notes)
    book = next((line_start for line_start, line_end in _line_spans(text, 0, part.start())
                 if _COMPILATION_NAME.fullmatch(text[line_start:line_end].strip().strip("《》"))), None)
    if book is not None:
        state.remove([(book, part.start())])


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line between ``start`` and ``end``."""
    spans = []
    while start < end:
        line_end = text.find("\n", start, end)
        line_end = end if line_end < 0 else line_end
        spans.append((start, line_end))
        start = line_end + 1
    return spans


#: the removal's name for a booklet's front above its contents: its cover and its foreword
BOOKLET_COVER_RULE: Final = "booklet.cover"
#: a volume that collects a body's documents (…工作文件汇编, …讲话选编), maybe its year after it ((2031年度)): the
#: first line of a booklet's cover (read without spaces: a cover spaces its name out, 某 某 文 件 汇 编)
_COMPILATION_NAME: Final = lazy_compile(r"[^\n。,;:]{2,40}?(?:汇编|选编)(?:\([^()\n]{1,12}\))?")


def _booklet_cover(text: str, contents_start: int) -> tuple[int, int] | None:
    """The span of a booklet's front above its table of contents, which starts at ``contents_start``: the volume's
    name on the first line, then its year, who compiled it and when, its foreword. All of it is the volume's, none
    the copied document's, whose own title follows the contents; None where the first line names no volume."""
    start = len(text) - len(text.lstrip())
    if start >= contents_start:
        return None
    first_end = text.find("\n", start, contents_start)
    first_line = text[start:contents_start if first_end < 0 else first_end]
    if _COMPILATION_NAME.fullmatch(first_line.replace(" ", "").replace("\u3000", "")) is None:
        return None
    return (start, contents_start)


def _list_under_a_taken_label(state: CleanState, text: str, lines: tuple[tuple[int, int], ...],
                              after: int) -> tuple[int, int] | None:
    """A list whose label the page's furniture took along: a run of numbered lines in the head, from ``after``, whose
    headings come again below (or, under a reader's panel's label, its entries); None where there is none."""
    contents = [text[start:end].strip() for start, end in lines]
    markers = [_section_marker(content) is not None for content in contents]
    panel_taken = _panel_label_taken(state)
    for first in range(len(contents) - 1):
        # (a run of two numbered lines at least, from its first)
        if lines[first][0] >= after and markers[first] and markers[first + 1] and not (first and markers[first - 1]):
            listed = _listed_headings(text, lines, contents, first - 1)
            if listed is None and panel_taken:
                listed = _panel_entries(contents, first - 1)
            if listed is not None:
                return (lines[first][0], min(len(text), lines[listed][1] + 1))
    return None

def _contents_under(state: CleanState, text: str, lines: tuple[tuple[int, int], ...], contents: list[str],
                    index: int) -> tuple[int, int] | None:
    """The span of the table of contents whose label stands on line ``index`` (the label, its button, its
    entries), or None where no list of the document's headings stands under it."""
    # (the label may say it twice: 目录 / CONTENTS, on a slide or a bilingual report; 目录 / 目录, a reader's
    # button over its panel's label)
    label = index
    while label + 1 < len(contents) and (contents[label + 1].lower() == "contents"
                                         or _TOC_LABEL.fullmatch(contents[label + 1]) is not None
                                         or _TOC_BUTTON_LINE.fullmatch(contents[label + 1]) is not None):
        label += 1
    numbered = _numbered_entries(text, lines, contents, label)
    if numbered is not None:
        return (lines[index][0], min(len(text), lines[numbered][1] + 1))
    if any(_TOC_BUTTON_LINE.search(content) for content in contents[index:label + 1]) \
            or any(_TOC_BUTTON_LINE.fullmatch(line) for line in _head_furniture(state)) \
            or any(_COURSE_ENTRY.fullmatch(content)
                   for content in contents[label + 1:label + 1 + MAX_ENTRIES_TO_PROGRESS]):
        # a reader's panel (目录 / 收起) lists the headings the page found, which the copied text may lack, and a
        # course platform's lists its lessons with the learner's progress (1.1 …  已完成): its numbered entries go
        # whether or not they come again below
        panel = _panel_entries(contents, label)
        if panel is not None:
            return (lines[index][0], min(len(text), lines[panel][1] + 1))
    # entries that lead to their page numbers (…………1) are the list's, whatever follows them
    # (blank lines may stand between the label and its entries, as a printed booklet sets them)
    # (a booklet's list may set its groups' headings between them, 一、综合文件, and wrap a long entry, its page number
    # on the second line: short lines with no sentence, a led entry right after them)
    led, last, unled = 0, label, 0
    for following in range(label + 1, len(contents)):
        if not contents[following]:
            continue
        if _TOC_LEADER_ENTRY.fullmatch(contents[following]):
            led, last, unled = led + 1, following, 0
        elif unled < MAX_UNLED_LINES and _is_a_panel_line(contents[following]):
            unled += 1
        else:
            break
    if led >= MIN_LED_ENTRIES:
        start, end = lines[index][0], lines[last][1]
        return (start, min(len(text), end + 1))
    listed = _listed_headings(text, lines, contents, label)
    if listed is None:
        listed = _panel_entries(contents, label, padded_only=True)
    if listed is not None:
        return (lines[index][0], min(len(text), lines[listed][1] + 1))
    # (the entries may stand apart from the label, and from the body, by blank lines, as a booklet sets them)
    entries = [(offset, _TOC_PAGE.sub("", line)) for offset, line in enumerate(contents[index + 1:], 1) if line]
    if not entries or not entries[0][1]:
        return None
    for number, ((last_offset, _), (offset, entry)) in enumerate(pairwise(entries)):
        if entry == entries[0][1]:  # the body's own first heading: the list ends above it
            # (at its last entry whose words come again below, where a panel may cut them short, or that leads to
            # its page: the lines between that do neither, the document's title and date line over its salutation,
            # are the body's)
            body = lines[index + offset][0]
            while number > 0 and contents[index + entries[number][0]] == entries[number][1] \
                    and text.find(entries[number][1], body) < 0:
                number -= 1
                last_offset = entries[number][0]
            start, end = lines[index][0], lines[index + last_offset][1]
            return (start, min(len(text), end + 1))
        if not entry or len(entry) > MAX_TITLE_LINE or _SENTENCE_STOP.search(entry):
            return None  # a sentence before the first heading came again: no list of headings
    return None


#: an entry of a wiki's contents, its number before its heading (1 第一章 总则, 2.1 工作目标)
_NUMBERED_ENTRY: Final = lazy_compile(r"(?P<number>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})[ \t]+(?P<heading>\S[^\n]{0,60})")


def _numbered_entries(text: str, lines: tuple[tuple[int, int], ...], contents: list[str], label: int) -> int | None:
    """The last line of a wiki's contents under its label: entries the wiki numbered itself (1 第一章 总则 / 2 第二章
    … / 2.1 …), its top level counting from 1, each heading a line of the body below again; None where there are
    not :data:`MIN_LISTED_HEADINGS` such."""
    last, top = label, 0
    headings: list[str] = []
    while last + 1 < len(contents):
        entry = _NUMBERED_ENTRY.fullmatch(contents[last + 1])
        if entry is None:
            break
        number = entry.group("number")
        if "." not in number:
            if int(number) != top + 1:
                break
            top += 1
        headings.append(entry.group("heading"))
        last += 1
    if top < MIN_LISTED_HEADINGS:
        return None
    after = lines[last][1]
    return last if all(_stands_as_a_line(text, heading, after) for heading in headings) else None


def _head_furniture(state: CleanState) -> list[str]:
    """The lines the page's furniture took from the head, in order."""
    return [removal.text.strip() for removal in state.removals if removal.rule == HEAD_RULE]


def _panel_label_taken(state: CleanState) -> bool:
    """Whether the page's furniture took a reader's panel of contents: its label with its button (目录 / 收起)."""
    head = _head_furniture(state)
    return any(_TOC_LABEL.fullmatch(line) is not None
               and (_TOC_BUTTON_LINE.search(line) is not None
                    or (following is not None and _TOC_BUTTON_LINE.fullmatch(following) is not None))
               for line, following in zip(head, [*head[1:], None], strict=True))


#: the most pages a knowledge base's tree lists under one of its numbered parts
MAX_NESTED_PAGES: Final = 8


def _panel_entries(contents: list[str], label: int, *, padded_only: bool = False) -> int | None:
    """The last line of a panel of contents under its label (and its button): a run of short numbered lines with no
    sentence in them, or None where fewer than :data:`MIN_LISTED_HEADINGS` stand there. ``padded_only``: a slide's
    contents, its entries numbered with a leading zero (01 工作回顾 / 02 存在问题), which a deck's parts do not print
    again (its parts are headed 一、…), blank lines under its label as an export sets them."""
    while padded_only and label + 1 < len(contents) and not contents[label + 1]:
        label += 1
    last = label
    while True:
        while last + 1 < len(contents) and _is_a_panel_line(contents[last + 1]) \
                and ((not padded_only and _section_marker(contents[last + 1]))
                     or _PADDED_NUMBER.match(contents[last + 1])):
            last += 1
        # (a knowledge base's tree of pages: a part's pages, unnumbered, under its entry, then the next part's entry:
        # 03 制度汇编 / 某某管理办法 / 某某规定 / 04 常用表单)
        if last == label or not _PADDED_NUMBER.match(contents[last]):
            break
        nested = last + 1
        while nested < len(contents) and nested - last <= MAX_NESTED_PAGES and _is_a_panel_line(contents[nested]) \
                and not _PADDED_NUMBER.match(contents[nested]) and not _section_marker(contents[nested]):
            nested += 1
        if nested == last + 1 or nested >= len(contents) or not _PADDED_NUMBER.match(contents[nested]):
            break
        last = nested
    return last if last - label >= MIN_LISTED_HEADINGS else None


def _is_a_panel_line(content: str) -> bool:
    """Whether a line may be a panel's entry: short, no sentence in it."""
    return 0 < len(content) <= MAX_TITLE_LINE and not _SENTENCE_STOP.search(_without_its_stop(content))


def _led_entries_without_label(text: str, lines: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """A table of contents with no 目录 line over it (Word's field inserted alone, a list typed with leaders): a
    run of entries that lead to their page numbers (一、总体要求……1, 一、总体要求<tab>1) in the head, each
    printed again as a line of the body below; the run's span with its last line break, or None."""
    end = lines[-1][1] if lines else 0
    if _LED_PAGE_NUMBER.search(text, 0, end) is None:
        return None  # (most heads: nothing leads to a page number at a line's end)
    run: list[int] = []
    for index, (start, stop) in enumerate(lines):
        if _TOC_LEADER_ENTRY.fullmatch(text, start, stop):
            run.append(index)
            continue
        if len(run) >= MIN_LED_ENTRIES:
            break
        run = []
    if len(run) < MIN_LED_ENTRIES:
        return None
    after = lines[run[-1]][1]
    entries = [_TOC_PAGE.sub("", text[lines[index][0]:lines[index][1]].strip()) for index in run]
    if not all(len(entry) >= MIN_LISTED_WORDS and (_stands_as_a_line(text, entry, after)
                                                   or _stands_as_a_line(text, _words_of(entry), after))
               for entry in entries):
        return None
    return lines[run[0]][0], min(len(text), after + 1)


def _listed_headings(text: str, lines: tuple[tuple[int, int], ...], contents: list[str], label: int) -> int | None:
    """The last line of a table of contents under its 目录 line (``label``, or the line above the list) whose
    entries are numbered headings (一、…, (一)…), each printed again as a line of the body below the list,
    whatever stands between (the title, the salutation, a lead); None where the lines are no such list."""
    # (a list of two levels, each entry opening a line again below: 一、… 二、… (一)… (二)… 三、…)
    # (the list ends where its first entry comes again: the body's first heading, right under the list)
    whole = label
    while whole + 1 < len(contents) and contents[whole + 1] \
            and not (whole > label and contents[whole + 1] == contents[label + 1]) \
            and not _SENTENCE_STOP.search(_without_its_stop(contents[whole + 1])) \
            and (_section_marker(contents[whole + 1]) or _PADDED_NUMBER.match(contents[whole + 1])):
        whole += 1
    if whole - label >= MIN_LISTED_HEADINGS and len(set(contents[label + 1:whole + 1])) == whole - label \
            and all(_heads_a_line(text, _without_its_stop(entry), lines[whole][1])
                    for entry in contents[label + 1:whole + 1]):
        return whole
    last = label
    forms: set[str] = set()
    # (an entry may keep the full stop its heading runs in with: (一)严格火源管控,坚决把住“入山关”。)
    while last + 1 < len(contents) and contents[last + 1] \
            and not (last > label and contents[last + 1] == contents[label + 1]) \
            and not _SENTENCE_STOP.search(_without_its_stop(contents[last + 1])):
        marker = _section_marker(contents[last + 1]) or _PADDED_NUMBER.match(contents[last + 1])
        form = _NUMERALS.sub("N", marker.group()) if marker is not None else None
        if form is None or (forms and form not in forms and last - label >= MIN_LISTED_HEADINGS):
            break  # (the body's first heading of another form right under the list: 01 … 02 … / 第一部分)
        forms.add(form)
        last += 1
    # (one level's headings, one after another: 一、… 二、…; not a heading over its sub-heading, 一、… (一)…)
    entries = [_without_its_stop(entry) for entry in contents[label + 1:last + 1]]
    if last - label < MIN_LISTED_HEADINGS or len(set(entries)) < len(entries):
        return None  # (a line printed again and again is no list of headings)
    after = lines[last][1]
    if len(forms) > 1:
        # headings of two levels (一、… (一)…) are a list of contents only where each opens a line again below,
        # its heading's words going on there (（一）加强理论学习 / （一）加强理论学习,筑牢思想根基。…): the body's own
        # heading over its sub-heading is printed once
        return last if all(_opens_a_line(text, entry, after) for entry in entries) else None
    return last if all(_stands_as_a_line(text, entry, after) or _stands_as_a_line(text, _words_of(entry), after)
                       for entry in entries) else None


def _heads_a_line(text: str, entry: str, start: int) -> bool:
    """Whether an entry's heading opens a line after ``start``, under its own marker or another (a list made before
    a part was added numbers the parts after it one less: 三、压实责任 for the body's 四、压实责任)."""
    if _opens_a_line(text, entry, start):
        return True
    marker = _section_marker(entry)
    # (a list may set a space after the marker its heading runs on from: 1. 总体情况 for 1.总体情况)
    words = entry[marker.end():].lstrip(" \t") if marker is not None else ""
    if len(words) < MIN_COPY:
        return False
    at = text.find(words, start)
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        before = text[line_start:at].strip()
        if before and (own := _section_marker(before)) is not None and own.end() == len(before):
            return True
        at = text.find(words, at + len(words))
    return False


def _without_its_stop(entry: str) -> str:
    """An entry without the full stop a run-in heading ends its words with."""
    return entry[:-1] if entry.endswith("。") else entry


def _opens_a_line(text: str, entry: str, start: int) -> bool:
    """Whether ``entry`` opens a line after ``start``, the whole of it or with a clause's or a sentence's mark after
    it."""
    at = text.find(entry, start)
    while at >= 0:
        end = at + len(entry)
        line_start = text.rfind("\n", 0, at) + 1
        if not text[line_start:at].strip() and (end == len(text) or text[end] in "\n,。:;"):
            return True  # (its indentation aside)
        at = text.find(entry, end)
    return False


def _words_of(entry: str) -> str:
    """An entry's heading words without its marker (01 把握内涵 → 把握内涵: a slide's contents number the parts
    the body heads 第一部分 / 把握内涵); the entry itself where they are too few to tell a heading by."""
    marker = _section_marker(entry) or _PADDED_NUMBER.match(entry)
    words = entry[marker.end():].strip() if marker is not None else entry
    return words if len(words) >= MIN_COPY else entry


def _section_marker(content: str) -> regex.Match[str] | None:
    """The section's marker a line opens with; its first character is asked about first."""
    return _MARKER_LINE.match(content) if may_match_at(INDENTED_SECTION_MARKER, content) else None


def _stands_as_a_line(text: str, entry: str, start: int) -> bool:
    """Whether ``entry`` is the whole of a line (its indentation aside) after ``start``."""
    at = text.find(entry, start)
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        end = at + len(entry)
        line_end = text.find("\n", end)
        if line_end < 0:
            line_end = len(text)
        if line_start > start and not text[line_start:at].strip() and not text[end:line_end].strip():
            return True
        at = text.find(entry, end)
    return False


def remove_fused_document_number(state: CleanState) -> None:
    """京政办发〔2016〕26号《…的通知》 above the title itself: a site's copy of both."""
    text = state.folded
    lines = state.derived(_lines)
    fused = [(index, match) for index, (start, end) in enumerate(lines)
             if (match := _FUSED_NUMBER.match(text, start, end)) is not None]
    if not fused:
        return  # the usual case: no line of the text needs normalising
    normalised = [_NORMALISE.sub("", text[s:e]) for s, e in lines]
    for index, match in fused:
        start, end = lines[index]
        rest = _NORMALISE.sub("", match.group("rest"))
        if len(rest) >= MIN_COPY and any(rest == other for i, other in enumerate(normalised) if i != index):
            state.remove([(start, min(len(text), end + 1))])


#: what may stand after a copy of a title on its line, all of it a note in brackets ((2), (精选), (附全文))
_NOTE_ONLY: Final = lazy_compile(rf"\([^()\n]{{1,{MAX_NOTE}}}\)[ \t]*")

#: what closes a quotation or a work's name: a title's words before one are quoted, no copy of the title
_QUOTATION_CLOSERS: Final = "》”’」』"


#: the longest rest of a title line that goes on past a copy of another title line (…工作方案 / …工作方案的通知)
MAX_TITLE_TAIL: Final = 8


def remove_glued_title_copies(state: CleanState) -> None:
    """会议纪要的写法 / 会议纪要的写法一、什么是… : a copy of the title line glued to the body.

    A line that starts with the text of a title line of the head (once or more,
    spaces after it included) and then the body (a salutation, a numbered
    heading, or any text after a line that is a title by its genre word) loses
    those copies; the title line stays. A line that is a copy, a separator and a
    site's name (…的通知_某县人民政府) is the page's own title: it goes whole.
    """
    text = state.folded
    lines = state.derived(_lines)
    # the title lines, in order, by their first character: a line can start only with those sharing its own
    titles: dict[str, list[str]] = {}
    below: list[tuple[int, str]] = []  # (line, title line): a headline stands above the title it prints
    for index, content in enumerate(text[start:end].strip() for start, end in lines):
        if MIN_COPY <= len(content) <= MAX_TITLE_LINE and not _SENTENCE_STOP.search(content):
            titles.setdefault(content[0], []).append(content)
            below.append((index, content))
    if not titles:
        return  # (a head of paragraphs only)
    spans: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(lines):
        content = text[start:end].strip()
        if index < below[-1][0] and MIN_COPY < len(content) <= MAX_HEADLINE \
                and _is_a_headline(content, [title for line, title in below if line > index]):
            spans.append((start, min(len(text), end + 1)))  # the page's headline above the title: the line goes
            continue
        if not content or content[0] not in titles:
            continue
        lead = text.find(content[0], start, end)
        for title in titles[content[0]]:
            if content.startswith(title) and len(content) > len(title):
                position = lead
                while text.startswith(title, position, end):
                    position += len(title)
                if _SITE_NAME_AFTER.fullmatch(text, position, end):
                    # the page's own title, above the body's: the whole line goes
                    spans.append((start, min(len(text), end + 1)))
                    break
                while position < end and text[position] in " \t":
                    position += 1
                if _NOTE_ONLY.fullmatch(text, position, end):
                    # the page's title again with only its page's number or a note after it (…范文(精选)(2)): a
                    # paginated site's, the whole line; a note no site decorates with is the document's own title's
                    # (…管理办法(试行) under a page's link to …管理办法): the line stays
                    if strip_decorations(content) != content:
                        spans.append((start, min(len(text), end + 1)))
                    break
                # the body follows the copy: its salutation or first heading, or any text after a real title; not a
                # quotation's close (…党建工作述职评议考核的通知》要求,…: the body cites a document of that name, a line
                # broken where the title's own line broke)
                # (nor a longer title's own line, a few words of the title after the copy: 促进…工作方案 /
                # 促进…工作方案的通知, the second line of a cover notice's title over the plan it issues)
                if position < end and text[position] not in _QUOTATION_CLOSERS \
                        and (_BODY_START.match(text, position, end) or is_title_text(title)) \
                        and not (end - position <= MAX_TITLE_TAIL and is_title_text(content)):
                    spans.append((lead, position))
                break
    state.remove(spans)


def remove_labelled_title_copy(state: CleanState) -> None:
    """专题党课讲稿:<the title>(12页) / <the title>: a file's name that labels the title with its genre (or a
    page's label, 标题:, an e-mail's subject, 主题:), above the title itself, goes; the title stays. (After
    the page's own title, which may copy the file's name with the site's after it, has gone as a copy of it.)"""
    text = state.folded
    lines = state.derived(_lines)
    labelled = [index for index, (start, end) in enumerate(lines)
                if (colon := text.find(":", start, end)) > start and text[colon - 1] in _GENRE_LABEL_ENDS]
    if not labelled:
        return  # (most heads: no label, or one that is no genre's: 来源:)
    below: dict[str, int] | None = None
    for index in labelled:
        start, end = lines[index]
        label = _GENRE_LABEL.match(text, start, end)
        if label is None or len(text[start:end].strip()) > MAX_TITLE_LINE:
            continue
        if below is None:
            below = {text[line_start:line_end].strip(): line for line, (line_start, line_end) in enumerate(lines)}
        copied = strip_decorations(text[label.end():end].strip())
        if len(copied) >= MIN_COPY and below.get(copied, index) > index \
                and not _heading_between(text, lines[index:below[copied]]):
            state.remove([(start, min(len(text), end + 1))])


def _is_a_headline(content: str, titles: list[str]) -> bool:
    """材料干货|…的讲话(可直接套用): one of the title lines below, with a tag and a separator before it
    (a column's or an account's) and maybe a bracketed note after it, or with the note alone after it
    (…的讲话(附写作思路)), as a page's headline writes it."""
    words = content
    if content.endswith(")"):  # the note after the title
        note = content.rfind("(")
        if note > 0 and len(content) - note <= MAX_NOTE + 2:
            words = content[:note].rstrip()
    for title in titles:
        if words != content and words == title:
            return True  # the title and the page's note on it (…发言材料(附写作思路)), with no tag before it
        if len(words) > len(title) + 1 and words.endswith(title):
            return _TAG_AND_SEPARATOR.fullmatch(words, 0, len(words) - len(title)) is not None
    return False


#: a preview summary repeats this many first characters of the text it sums up
SUMMARY_PREFIX: Final = 20
#: the lines below whose words a summary glued together (a title, a salutation, the opening) are at most this many
SUMMARY_LINES: Final = 3


def remove_preview_summary(state: CleanState) -> None:
    """A summary that ends in ... above the full text it was cut from (爱问): its first characters are those of
    a line below, or of lines below read on (the title and the salutation, glued in the summary)."""
    text = state.folded
    lines = [(start, end) for start, end in state.derived(_lines) if text[start:end].strip()]
    contents = [text[start:end].strip() for start, end in lines]
    for index, content in enumerate(contents):
        if not content.endswith(("...", "…")) or len(content) < SUMMARY_PREFIX + 3:
            continue
        prefix = content[:SUMMARY_PREFIX]
        if any("".join(contents[later:later + SUMMARY_LINES]).startswith(prefix)
               for later in range(index + 1, len(contents))):
            start, end = lines[index]
            state.remove([(start, min(len(text), end + 1))])


#: the lines a screenshot repeats atop the next one (two shots of a screen overlap) are at most this many
MAX_OVERLAP_LINES: Final = 3
#: what cleaning removes between two screenshots of one screen: the shot's label, the phone's bars
SCREENSHOT_BREAKS: Final = frozenset({"copy.image_label", "app.status_bar", "app.title_bar"})


def remove_screenshot_overlaps(state: CleanState) -> None:
    """The lines two screenshots both show (a copy of a screen read shot by shot): where cleaning removed what
    stood between two lines (the shot's label, the phone's bars), the lines after it that repeat, whole and in
    order, the lines before it go."""
    if not any(removal.rule in SCREENSHOT_BREAKS for removal in state.removals):
        return  # (no screen was read shot by shot: no line is read against its neighbours)
    text = state.folded
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if line.strip():  # (a blank line between two shots is no line of either)
            lines.append((start, start + len(line)))
        start += len(line) + 1
    contents = [text[start:end].strip() for start, end in lines]
    removed: list[tuple[int, int]] = []
    index = 1
    while index < len(lines):
        if state.offsets.removed_between(lines[index - 1][1], lines[index][0]):
            size = _overlap(contents, index)
            if size:
                removed.append((lines[index][0], min(len(text), lines[index + size - 1][1] + 1)))
                index += size
                continue
        index += 1
    state.remove(removed)


def remove_repeated_paragraphs(state: CleanState) -> None:
    """A paragraph of prose pasted twice, the copy right under it (blank lines between at most): the copy goes. A
    writer repeats a phrase or a slogan, never a paragraph of sentences word for word; a form repeats its rows of
    fields to fill (____年__月至____年__月,在________学习), which stay."""
    first = _REPEATED_FIRST_PARAGRAPH.match(state.folded)
    for match in [*([first] if first is not None else []), *_REPEATED_PARAGRAPH.finditer(state.folded)]:
        paragraph = match.group("paragraph")
        if _SENTENCE_MARK.search(paragraph) and "__" not in paragraph:
            state.remove([(match.start("copy"), min(len(state.folded), match.end() + 1))])


def _overlap(contents: list[str], index: int) -> int:
    """How many lines from ``index`` repeat, whole and in order, the lines right before it (0: none)."""
    for size in range(MAX_OVERLAP_LINES, 0, -1):
        if size <= index and index + size <= len(contents):
            before, after = contents[index - size:index], contents[index:index + size]
            if before == after and all(len(line) >= MIN_COPY for line in before):
                return size
    return 0
