"""Hard line breaks inside sentences, as PDF copies and layout tools leave them.

A line break is removed (the two lines meet with nothing between them) only
where the line before cannot end there:

* the next line starts with punctuation that closes a sentence or a clause
  (a lone 。 on its own line);
* the line ends in a word that cannot end a phrase (…经济社会发展的 / 主要目标),
  or in a comma (no paragraph ends in one);
* the line leaves a quotation mark or a bracket open;
* a number was cut (…8、1 / 3、14村);
* the line is running prose (long, with commas) that stops without closing
  punctuation and does not start with a heading marker;
* in a fixed-width copy (many lines of about the same display width, a PDF:
  a Han character is two columns, an ASCII one one), the line is full and stops
  without closing punctuation;
* the next line, after one blank line, opens with a lone character and a comma
  (…思想为指 / 导,坚持…): a word cut in two, whatever the layout;
* two lines of the head that are a title only together (…对照检 / 查材料).

A line that starts with a numbering marker is never joined to the line before
it, unless it is one of the numbers-in-a-list cases above.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from attrs import frozen

from speechparse.clean.generic import HEAD_RULE
from speechparse.lazyregex import lazy_compile
from speechparse.lex.lines import is_salutation_line
from speechparse.lex.title import MENU_BAR, clean_title, is_title_text, names_its_occasion
from speechparse.prefilter import may_match_at
from speechparse.vocab import (
    ADDRESSEE,
    BYLINE,
    DISTRIBUTION,
    DISTRIBUTION_LABEL,
    DISTRIBUTION_LABELS,
    TURN_LABEL,
    WRITTEN_DATE,
)
from speechparse.vocab.chars import CHECKBOXES, CLOSERS, CLOSING_QUOTES, OPENERS
from speechparse.vocab.noise import PAGE_BREAK_RULES, PAGE_JUMP_BACK, PAGE_JUMP_ON, RECORDING_TIME
from speechparse.vocab.placeholders import BLANK_CHARS, measure_words_and_units, units_of_measure_and_money
from speechparse.vocab.schemes import (
    CIRCLED,
    CN_NUMERAL_CHARS,
    INDENTED_SECTION_MARKER,
    LINE_START_MARKER,
    PROVISION_START,
)
from speechparse.vocab.titles import DOCUMENT_NUMBER, ISSUER_MARK, MEETING_PAPER_MARK, ORGANISATION_ENDINGS
from speechparse.vocab.words import CONJUNCTION_CHARS, FUNCTION_CHARS, WORDS_ENDING_LIKE_FUNCTION_WORDS
from speechparse.widths import fold

if TYPE_CHECKING:
    from speechparse.clean import CleanState

#: characters that end a sentence or a line legitimately
_LINE_FINAL: Final = frozenset("。!?;:…”’」』)】》、,\"'")
_SENTENCE_FINAL: Final = frozenset("。!?;:…”’」』)】》\"'")
#: the marks that end a sentence (the closing quotes and brackets that may follow them: vocab.chars.CLOSERS)
_SENTENCE_ENDS: Final = frozenset("。!?;:…")
#: the marks after which a sentence goes on to a point's marker (…发言;其次请…, …工作,二要…)
_CLAUSE_ENDS: Final = frozenset(";,、")

#: punctuation a line cannot start with: it belongs to the line before
_LINE_INITIAL_CLOSERS: Final = frozenset(",。、;:!?)”’」』》】…")
# Patterns: bounded, no nested unbounded quantifiers, run on bounded slices: no timeout needed.
#: the spaces and line breaks after a line
_GAP: Final = re.compile(r"[ \t\n]*+")  # Python's re for classes: faster to call and to scan
#: a line's opening after a line break: its indent, then its first character (Python's re: classes)
_LINE_OPENING: Final = re.compile(r"(?<=\n)(?P<indent>[ \t]*)(?=[^ \t\n])")
#: an entry of a list of references or notes, led by its number in square brackets ([2] 周某. …)
_REFERENCE_ENTRY: Final = re.compile(r"\[[0-9]{1,3}\][ \t]*\S")
_DOCUMENT_NUMBER_LINE: Final = lazy_compile(rf"[ \t]*{DOCUMENT_NUMBER}")
#: a caption's time alone on its line, with the line breaks around it ([00:08], 1:02:15), as the raw text has it
_CAPTION_TIME_LINE: Final = re.compile(rf"[ \t]*\n[ \t]*{RECORDING_TIME}[ \t]*\n[ \t]*")
MAX_CAPTION_GAP: Final = 24
_TIME_LINE_ABOVE: Final = re.compile(rf"(?:^|\n)[ \t]*{RECORDING_TIME}[ \t]*\n[ \t]*\Z")
#: a header's line of its issuer and its date, set apart by a wide gap (a 纪要's, a 简报's: 某某办公室    2033年7月2日)
_ISSUER_AND_DATE_LINE: Final = lazy_compile(rf"\S[ \t]{{3,}}+{WRITTEN_DATE}[ \t]*$")
#: an indent is at least this many spaces (a full-width space folds to one)
MIN_INDENT: Final = 2
#: the widest paragraph indent, in columns: two characters' (two full-width spaces or four spaces)
MAX_INDENT_COLUMNS: Final = 4
#: the paragraphs (and wrapped lines) a text needs before its indents are read as opening paragraphs
MIN_INDENTED_PARAGRAPHS: Final = 3
#: at most one line in this many that follow no sentence's end may be indented (under a heading, a stray
#: space), in a text whose indents open paragraphs
MAX_INDENTED_WRAP_SHARE: Final = 3
#: a line that opens with a numbering marker of any scheme (a heading or an item: 一、 再次, 一方面)
_MARKER_START: Final = lazy_compile(LINE_START_MARKER)
_PROVISION_START: Final = lazy_compile(PROVISION_START)
_HEADING_START: Final = lazy_compile(INDENTED_SECTION_MARKER)
_TURN_LABEL: Final = lazy_compile(TURN_LABEL)
#: a comma of Chinese prose (folded): not an English one, a space after it (School of …, Yuzhou University), nor
#: one inside a Latin name or a figure, a letter or digit on both sides (CO.,LTD., 1,200)
_CLAUSE_COMMA: Final = re.compile(r"(?<![A-Za-z0-9.]),(?! [A-Za-z])|,(?![A-Za-z0-9 ])")
#: what opens a quotation or a title a sentence names, after its verb (宣读《…》, 提出“…”)
_QUOTE_OPENERS: Final = "《“‘「『"
#: the marks inside a sentence (folded), none of which opens a line of its own
_CLAUSE_MARKS: Final = ",、;:"
#: the first mark that ends a clause or a sentence on a line
_FIRST_STOP: Final = re.compile(r"[;。!?]")
#: a 版记's list of the bodies a document goes to (抄送:…), by its label
_DISTRIBUTION_LIST: Final = lazy_compile(rf"[ \t]*(?:{DISTRIBUTION_LABEL})[ \t]*:")
#: a line of the 版记 of its own (the next list, who printed it when: …办公室 20XX年X月X日印发)
_DISTRIBUTION_LINE: Final = lazy_compile(rf"[ \t]*(?:{DISTRIBUTION})")
#: a sentence's end, then a few symbols at the line's end (…答卷。💪, …收藏⭐!): emoji, their joiners and selectors
#: a newspaper's notes that an article goes on on another page and comes back from one ((下转第2版), (上接第1版))
_PAGE_JUMP_ON: Final = lazy_compile(PAGE_JUMP_ON)
_PAGE_JUMP_BACK: Final = lazy_compile(PAGE_JUMP_BACK)
_SENTENCE_END_BEFORE_SYMBOLS: Final = lazy_compile(r"[。!?…][ \t]*[\p{So}\p{Sk}\uFE0F\u200D]{1,6}$")
#: the opening marks no typed line ends with (a straight quote may close as well as open)
_OPENERS_THAT_END_NO_LINE: Final = frozenset(OPENERS) - {'"'}
#: a field's blank value at a line's end, after its label's colon (联系电话:XXXXXXX, 电话: ××××)
_FIELD_VALUE_BLANK: Final = lazy_compile(rf":[ \t]*[{BLANK_CHARS}]+$")
#: a field's label opening a line (地址:, 联系电话:, 相关制度:)
_FIELD_LABEL: Final = lazy_compile(r"[ \t]*\p{Han}{2,6}[ \t]*:")
_PAIRS: Final = (("“", "”"), ("(", ")"), ("《", "》"))
#: the last words of a 关于… title broken over two lines, on the second, are at most this long
MAX_TITLE_TAIL: Final = 20
#: a table's row number alone on its line has at most this many digits
MAX_ROW_NUMBER: Final = 3
#: a word split off on a line of its own is at most this long
MAX_FRAGMENT: Final = 6
#: the rest of a heading a page break cut, on the next page's first line, is this long at most (…维护社会 / 和谐稳定)
MAX_HEADING_TAIL: Final = 12
#: how much of the line before a break is looked at: its first and last characters
HEAD: Final = 40
WINDOW: Final = 400
#: a clause's or a sentence's end inside a line: the line is prose, not one phrase
_CLAUSE_MARK: Final = re.compile(r"[,;。!?:]")  # Python's re: one class
#: any mark of a sentence or a clause, or a closing quote or bracket
_LEADING_SPACE: Final = re.compile(r"\s*")
_ANY_MARK: Final = re.compile(r"[,;。!?:、…”’」』)】》.]")
#: the measure word or the unit a blank figure counts in (X个, XX公顷), opening the next line
_COUNTED_AFTER_A_BLANK: Final = lazy_compile(rf"(?:{measure_words_and_units()})(?!\p{{Han}}{{0,1}}[::])")
_UNIT_AFTER_A_FIGURE: Final = lazy_compile(rf"(?:{units_of_measure_and_money()})(?!\p{{Han}}{{0,1}}[::])")
_SENTENCE_END_IN: Final = re.compile(r"[。!?;]")  # Python's re: one class
#: what prose holds and a title, a label's line or a question's headline does not
#: a subtitle's line under a title: its occasion, a date or 在… after the dashes (——在…会议上, ——2031年7月26日在…)
_SUBTITLE_LINE: Final = re.compile(r"(?:——|--)[ \t]*(?:在|[0-9]{4}年|[〇○零一二三四五六七八九]{4}年)")
_PROSE_MARK: Final = re.compile(r"[;。]|,(?![0-9])")  # (not a figure's thousands: 2,816)
#: a label's colon with the words of a sentence after it, to a line's end (二级奖励:举报人提供了…的线)
_LABELLED_BODY: Final = lazy_compile(r":\p{Han}{8,}$")
#: a sentence's end with the next sentence's first words after it, at a line's end (…氛围。加大), or a label's colon
#: with the first words of an item after its circled figure (整改情况:①修)
_SENTENCE_BEGUN: Final = lazy_compile(rf"(?:[。!?;]|[:;。][{CIRCLED}])\p{{Han}}{{1,12}}$")
#: a gap between a table's cells: a tab, or two spaces
_TABLE_GAP: Final = re.compile(r"\t|  ")
#: a row of a list of names, two or more parted by spaces (镇财政所 石门中心小学, 王明(金竹村书记) 李英(…)): Chinese
#: prose parts no words by spaces (Python's re: classes, each item's characters exclude the spaces between them)
_ROW_OF_NAMES: Final = re.compile(r"(?:[\u4e00-\u9fff][^\s,;。:!?、]*+ ++)++[\u4e00-\u9fff][^\s,;。:!?、]*+")
_BYLINE: Final = lazy_compile(BYLINE)
#: a 公文's addressee line (主送机关: 各区县人民政府,市直各部门:)
_ADDRESSEE_LINE: Final = lazy_compile(ADDRESSEE)
#: a rule drawn across the page with underscores or dashes (a 版记's lines): a line of nothing else
_RULE_CHARS: Final = "_-—="
_RULE_LINE: Final = re.compile(r"[_\-—=]{8,}+")
#: a figure standing as a table's cell at a line's end or start: a space parts it from the row's other cells
_CELL_FIGURE_ENDS: Final = re.compile(r" [0-9][0-9.,%]*+\Z")
_CELL_FIGURE_OPENS: Final = re.compile(r"[0-9][0-9.,%]*+ ")
#: a line of figures only, maybe parted by spaces: a table's row or a chart's ticks, never a number's first or
#: last digits (Python's re: classes)
#: (a figure may carry its sign: a table's fall, -7.6)
_FIGURES_LINE: Final = re.compile(r"[-+−]?[0-9][0-9.,%]*+(?: ++[-+−]?[0-9.,%]++)*+")
#: a telephone's area code and its hyphen, the line's last characters (…电话:0794-)
_AREA_CODE_AT_THE_END: Final = re.compile(r"(?<![0-9])0[0-9]{2,3}-$")
#: an item's marker after a sentence's or a clause's end, the line's last characters (…;2.)
_MARKER_AT_THE_END: Final = re.compile(r"[。;][0-9]{1,2}\.$")
#: a line of ellipsis dots alone, maybe with a note that the part left out ends (……(完))
_OMISSION_LINE: Final = re.compile(r"[…. \t]+(?:\([^()\n]{1,4}\))?")  # Python's re: classes
#: the last sentence of a line (after its last sentence end)
_LAST_SENTENCE: Final = re.compile(r"(?<=[。!?;:])[^。!?;:]*$")  # Python's re: classes
#: running prose: a line at least this long, with a comma in it (a shorter one may be a heading of clauses
#: with no number, 坚持…,…再上新台阶, whose break stays; a copy's shorter wrapped lines are found by its width)
MIN_PROSE_LINE: Final = 40
#: a line before a word cut across a blank line is at least this long
MIN_SENTENCE_LINE: Final = 20
#: a point's marker ending a line, after a clause's end or at the line's start (…;二是, 首先)
_ENDS_IN_POINT_MARKER: Final = lazy_compile(r"(?:^|[,;:。])(?:[一二三四五六七八九十]{1,2}[是要]|首先|其次)$")

#: the spaces that may stand between a label and its number, and a digit (characters)
MAX_NUMBER_LEAD: Final = 4
#: what a phone's or an attachment's number is written with
_FIGURES_OF_A_NUMBER: Final = frozenset("0123456789 -\t")
#: a fixed-width copy has at least this many lines of (nearly) one length
MIN_FIXED_WIDTH_LINES: Final = 10
#: the widest line a page prints (display columns: 80 Han characters, a landscape page in a small font); a
#: site's chunks of a fixed number of characters are no page's lines
MAX_PAGE_WIDTH: Final = 160
#: a short copy has at least this many lines of its width, and at most one line in this many wider
MIN_FULL_LINES: Final = 5
MAX_WIDER_SHARE: Final = 10
MIN_MEASURED_LINE: Final = 10
#: a stretch laid out at a fixed width inside a text is at least this wide (display columns: ten Han characters)
MIN_BLOCK_WIDTH: Final = 20
#: and at least one in this many of its lines is a full one
MAX_BLOCK_SHARE: Final = 3
_LONG_LINE: Final = re.compile(rf"[^\n]{{{MIN_MEASURED_LINE},}}+")
#: display columns a line of a fixed-width copy may fall short of the widest (a Han character is two)
FIXED_WIDTH_SLACK: Final = 6
#: display columns around the commonest width that still count as that width (justified text varies)
FIXED_WIDTH_BAND: Final = 3
#: a word cut off on a line of its own after a blank line: one character, then a comma
_CUT_WORD: Final = lazy_compile(rf"[^\s{CN_NUMERAL_CHARS}\p{{P}}][,;。]")
#: a heading's line is at most this long (a longer line that opens with a marker is a paragraph run in after it)
MAX_HEADING_LINE: Final = 60
#: a line broken within a title is at most this long
MAX_TITLE_HALF: Final = 40
#: title halves are joined among the first lines only
TITLE_LINES: Final = 6
#: the words that open with 的 and may open a sentence (的确, indeed) or name a thing (的士, a taxi): a line opening
#: with any other 的 holds the particle, which goes on from the line above
_WORDS_OPENING_WITH_DE: Final = ("的确", "的士", "的哥", "的姐")
#: what no title opens with, and a title's second line may: 的 (…《…意见》 / 的通知), a conjunction (和 与 及 暨)
_TITLE_GOES_ON: Final = "的和与及暨"
#: the first of a cover title's three lines holds more than a name (a blog's, a column's) would
MIN_COVER_LINE: Final = 8
#: a date, or a periodical's issue (2031年第3期): a header's or a date line's, never a title's half
_DATE: Final = lazy_compile(r"[0-9]{4}年(?:[0-9]{1,2}月|第[0-9]{1,3}期)")
_MEETING_PAPER_MARK: Final = lazy_compile(rf"{MEETING_PAPER_MARK}$")
#: blank lines a broken phrase may span (a removed name left a paragraph break)
MAX_GAP_NEWLINES: Final = 4
#: and the line breaks a page break may leave between a sentence's halves where its furniture went (a browser's
#: printed page: the footer, blank lines, the next page's header)
MAX_PAGE_BREAK_NEWLINES: Final = 8


def join_broken_lines(state: CleanState) -> None:
    """Mark the line breaks inside sentences for removal."""
    text = state.folded
    # widths are read on the text as written: folding makes a full-width mark (，：) one column, where the
    # layout gave it two; the full-width indent is part of a paragraph's first line
    written = state.text
    long_lines = [match.span() for match in _LONG_LINE.finditer(text)]  # (read once, by both measures)
    whole_width = _fixed_width(text, written, long_lines)
    # (a fixed-width copy whose paragraphs open with an indent: an indented line begins one, whatever the line
    # above ended with, a full line included)
    indents = whole_width is not None and _indents_open_paragraphs(text)
    # a text that is no fixed-width copy may hold one: a message pasted from a narrow window, among lines that
    # run to their paragraph's end (a chat's record, a page that quotes a PDF)
    blocks = _fixed_width_blocks(text, written, long_lines) if whole_width is None else []
    block = 0  # the first block that does not end before the line being read
    width = whole_width
    # (the raw spans of the head's furniture: a page's headline and the document's own title stand on either side)
    head_furniture = [removal.span for removal in state.removals if removal.rule == HEAD_RULE]
    # (the raw spans of the pages' numbers removed, in order: where a page broke)
    page_breaks = sorted(removal.span for removal in state.removals if removal.rule in PAGE_BREAK_RULES)
    spans: list[tuple[int, int]] = []
    leading = _LEADING_SPACE.match(text)  # (where the first line starts: a transcript's first caption)
    first_line = leading.end() if leading is not None else 0
    line_start = 0  # of the line being built (joined lines included)
    physical_start = 0  # of the last line as the text has it
    breaks = 0
    carry = False  # the last line joined was a short piece of a broken phrase
    position = text.find("\n")
    while position >= 0:
        line_end = position
        gap_end, newlines = position + 1, 1
        if gap_end < len(text) and text[gap_end] in " \t\n":  # most breaks are one "\n" before text
            gap = _GAP.match(text, position)  # always matches: the "\n" at least
            gap_end = gap.end() if gap is not None else position + 1
            newlines = text.count("\n", position, gap_end)
        if gap_end >= len(text):
            break
        stripped_end = line_end
        while stripped_end > line_start and text[stripped_end - 1] in " \t":
            stripped_end -= 1
        if blocks:
            while block < len(blocks) and blocks[block][1] < physical_start:
                block += 1
            width = blocks[block][2] if block < len(blocks) and blocks[block][0] <= physical_start else None
        if newlines > 1 and state.blank_lines_part_paragraphs:
            joined = False  # (Markdown: a blank line ends a paragraph, a heading's or a list's too)
        elif head_furniture and _furniture_between(state, head_furniture, stripped_end, gap_end):
            joined = False  # a post's headline, its byline, the document's title: the head's furniture parts them
        elif text[stripped_end - 1:stripped_end] == "日" \
                and _ISSUER_AND_DATE_LINE.search(text, physical_start, stripped_end):
            joined = False  # a header's line of its issuer and its date, a wide gap between (…办公室    2033年7月2日)
        elif width is None and stripped_end > line_start and text[stripped_end - 1] in _SENTENCE_FINAL \
                and text[gap_end] not in _LINE_INITIAL_CLOSERS and text[gap_end] != "的" \
                and not _cuts_a_time(text[stripped_end - 2:stripped_end], text[gap_end]) \
                and not _quotation_closed_before_a_page_break(text, stripped_end, line_start, gap_end, state):
            # the commonest break, decided without reading the lines: a sentence ended, the next line
            # does not continue it (nothing opens with 的), and no fixed-width layout says the paragraph goes on
            # (what _joins, a carried fragment and a title's halves would all answer)
            joined = False
        elif newlines == 1 and stripped_end > line_start and text[stripped_end - 1] not in _LINE_FINAL \
                and _cut_between_captions(state, physical_start, stripped_end, gap_end) \
                and not (line_start == physical_start == first_line
                         and _is_a_title(text[line_start:stripped_end].strip())):
            # (the transcript's first caption, a title of the genre whole: 某某开幕式主持词, stands alone)
            spans.append((stripped_end, gap_end))  # (a caption's sentence goes on: no phrase carried, no title)
            carry = False
            physical_start = gap_end
            breaks += 1
            position = text.find("\n", gap_end)
            continue
        else:
            # the line so far may hold many joined lines: look at its start and its last stretch only,
            # so the work per line break stays bounded
            before = _Before(text[line_start:min(stripped_end, line_start + HEAD)],
                             text[max(line_start, stripped_end - WINDOW):stripped_end], stripped_end - line_start,
                             _measured_width(written, physical_start, stripped_end) if width is not None else 0)
            next_end = text.find("\n", gap_end)
            after = text[gap_end:len(text) if next_end < 0 else next_end].rstrip(" \t")
            following = text[next_end + 1:next_end + 2] if next_end >= 0 else ""
            title = False  # whether the two lines are a title's halves (…的 / 决定): a title ends on its line
            indented = indents and gap_end - text.rfind("\n", position, gap_end) - 1 >= MIN_INDENT
            # (a checklist's item is a line of its own: ☐ 周五前交支部; a speech's whole title that names its occasion
            # stands on its own line, however wide the page: neither the poster's note over it nor the speaker's name
            # under it is part of it)
            joined = before.length > 0 and bool(after) and after[0] not in CHECKBOXES \
                and before.head.lstrip()[:1] not in CHECKBOXES \
                and not (state.offsets.removed_between(stripped_end, gap_end)
                         and _continued_on_another_page(state, stripped_end, gap_end)) \
                and not (breaks < TITLE_LINES and ((before.length <= HEAD and names_its_occasion(before.head.strip()))
                                                   or names_its_occasion(after.strip()))) \
                and (
                # (no paragraph ends in a comma: the line under one is indented as a list's lines hang, 抄送:…,)
                ((not indented or before.last == ",") and (
                    (_joins(before, after, following, newlines, width)
                     # (not a title over the line that furniture cleaning removed stood above: a post's headline,
                     # its account's lines, the document's own title; nor a line over a title of the genre there)
                     and not (state.offsets.removed_between(stripped_end, gap_end)
                              and ((before.length <= MAX_TITLE_HALF and _is_a_title(before.head.strip()))
                                   # (but a line that ends in a conjunction goes on: …组织和 / [page] / …的决定)
                                   or (_is_a_title(after) and before.last not in CONJUNCTION_CHARS))
                              and state.offsets.removed_text_between(state.raw, stripped_end, gap_end)))
                    or (carry and newlines == 1 and before.last not in _SENTENCE_FINAL
                        and not _opens_with_marker(after))
                    or _cut_by_a_page_break(before, after, newlines, state, stripped_end, gap_end,
                                            stripped_end - physical_start, _line_after(text, next_end),
                                            page_breaks)))
                # (a title's halves, centred, are indented alike: an indent opens no paragraph there)
                or (title := (breaks < TITLE_LINES and newlines == 1
                              and (_halves_of_a_title(before, after)
                                   or _first_of_three_title_lines(before, after, _line_after(text, next_end)))
                              # (not two lines that furniture stood between: a site's name, a date line, the title)
                              and not state.offsets.removed_between(stripped_end, gap_end))))
        if joined:
            spans.append((stripped_end, gap_end))
            # a short piece of a broken phrase carries the join on to the next line, unless it ended a title
            # (关于表彰…的 / 决定 / 各乡镇党委:): a title ends on its line
            carry = before.last in FUNCTION_CHARS and len(after) <= MAX_FRAGMENT and not title \
                and not _is_a_title(before.head + after)
        else:
            line_start = gap_end
            carry = False
        physical_start = gap_end
        breaks += 1
        position = text.find("\n", gap_end)
    state.remove(spans)


def _cut_by_a_page_break(before: _Before, after: str, newlines: int, state: CleanState, end: int,
                         next_start: int, line_length: int, next_line: str = "",
                         page_breaks: Sequence[tuple[int, int]] = ()) -> bool:
    """A sentence a page break cut in a word (…老旧小区、建 / [the page's footer and header, removed] / 筑工地…):
    cleaning removed a page's furniture between the two lines (the blank lines around it may stay), the first
    is prose that ends inside a word, and the second goes on with one (or with a quotation or a book's title the
    sentence names: …宣读 / 《…方案》, or with a clause's mark, which opens no line of its own: …线路 / ,争创…).
    A title above furniture holds no clause mark, so it never joins; nor does a post's headline over the
    document's own title under it (…改改名字就能用 / [its byline] / …颁奖词), nor a numbered heading of two
    clauses, shorter than a line of prose, over a site's mark on its own line (二、聚焦…,…深入开展 /
    【某某网 原创首发】 / the section's first paragraph), unless the next page opens with the heading's last words
    over its first item ((三)…,维护社会 / [page] / 和谐稳定 / 1.…). A quotation closed inside the sentence ends none
    (…一抓到底” / [page] / 工作机制,…)."""
    if before.last in _OPENERS_THAT_END_NO_LINE and newlines <= MAX_PAGE_BREAK_NEWLINES \
            and state.offsets.removed_text_between(state.raw, end, next_start):
        return True  # (a bracket or a quotation opened is never a line's last mark: ( / [page] / 一)轮换…)
    # (past a blank line, only under a line of running prose, ``line_length`` long: a page's own short lines, a
    # title among them, stand apart so too)
    # (a quotation closed inside the sentence ends no sentence: …一抓到底” / [page] / 工作机制,…)
    # (or in a clause's comma or an enumeration's mark, which no paragraph ends in: …各司其职、 / [page] / 密切配合…)
    ends_in_a_word = _is_han(before.last) or before.last in "、," \
        or (before.last in CLOSING_QUOTES and len(before.tail) > 1 and before.tail[-2] not in _SENTENCE_FINAL)
    # (an article is a sentence, however early the page cut it: 第八条 本市基础测绘主要包 / [page] / 括…; so is a
    # host's turn after its label: 女:最后走来的是政府专职 / [page] / 消防队员…)
    provision = _PROVISION_START.match(before.head) is not None \
        or (":" in before.head[:8] and _TURN_LABEL.match(before.head) is not None)
    # (a line that closed a sentence and began the next is prose, however short: (四)营造氛围。加大 / [page] / 宣传…;
    # so is a labelled item's body after its colon: (二)二级奖励:举报人提供了…的线 / [page] / 索…)
    # (and so is an item whose clause the next page closes with its semicolon: (四)统一指挥…的扑救工 / [page] / 作;)
    listed_clause = _opens_with_marker(before.head) and _closes_a_listed_clause(after)
    prose = _PROSE_MARK.search(before.tail) is not None or _LABELLED_BODY.search(before.tail) is not None \
        or _SENTENCE_BEGUN.search(before.tail) is not None or listed_clause
    # (a heading's last words alone on the next page, a page's number removed between: 四、压实责任,确保清廉 /
    # 第10页 / 共11页 / 机关建设见到成效 / the paragraph)
    heading_cut = _opens_with_marker(before.head) and (
        _ends_a_heading(after, next_line)
        or (_is_a_heading_tail(after) and _page_number_between(state, page_breaks, end, next_start)))
    return (newlines <= 2 or (newlines <= MAX_PAGE_BREAK_NEWLINES and line_length >= MIN_PROSE_LINE)) \
        and ends_in_a_word \
        and (_is_han(after[0]) or after[0] in _QUOTE_OPENERS or after[0] in _CLAUSE_MARKS) \
        and (before.length >= MIN_SENTENCE_LINE or provision
             or heading_cut or listed_clause
             or _SENTENCE_BEGUN.search(before.tail) is not None) \
        and (provision or prose) and not _opens_with_marker(after) \
        and not _is_a_title(after) \
        and not (before.length == line_length < MIN_PROSE_LINE and not provision and _opens_with_marker(before.head)
                 and not any(mark in before.head for mark in "。!?;") and not _closes_a_listed_clause(after)
                 and not heading_cut) \
        and state.offsets.removed_text_between(state.raw, end, next_start)


def _continued_on_another_page(state: CleanState, end: int, next_start: int) -> bool:
    """Whether a newspaper's note that the article goes on on another page ((下转第2版)) stands in what cleaning
    removed between two lines, and none that it comes back ((上接第1版)): the sentence goes on there, not on the line
    after, which another article's text may open."""
    # (from the raw character after the line's last one kept: the note ends the line, removed)
    raw_start = state.offsets.to_raw(end - 1) + 1 if end > 0 else 0
    gap = fold(state.raw[raw_start:state.offsets.to_raw(next_start)])
    return _PAGE_JUMP_ON.search(gap) is not None and _PAGE_JUMP_BACK.search(gap) is None


def _quotation_closed_before_a_page_break(text: str, end: int, line_start: int, next_start: int,
                                         state: CleanState) -> bool:
    """Whether a line ends in a quotation's close with no sentence's end inside it, over a page's furniture removed
    (…一抓到底” / [page] / 工作机制,…): the sentence may go on, and the page-break test asks."""
    return end - line_start >= 2 and text[end - 1] in CLOSING_QUOTES and text[end - 2] not in _SENTENCE_FINAL \
        and state.offsets.removed_between(end, next_start)


def _ends_a_heading(after: str, next_line: str) -> bool:
    """Whether the line after a page break is the rest of a numbered heading the break cut: a few words, no mark,
    and the heading's first item or paragraph's marker under it (（三）…,维护社会 / [page] / 和谐稳定 / 1.深化…)."""
    return _is_a_heading_tail(after) and _opens_with_marker(next_line.lstrip(" \t\u3000"))


def _is_a_heading_tail(after: str) -> bool:
    """Whether a line is a few words with no mark, as the rest of a heading a page break cut is."""
    return len(after) <= MAX_HEADING_TAIL and not any(char in _CLAUSE_MARKS or char in _SENTENCE_FINAL
                                                      for char in after)


def _page_number_between(state: CleanState, page_breaks: Sequence[tuple[int, int]], end: int, next_start: int) -> bool:
    """Whether a page's number (or a rule's mark of a page's break), one of ``page_breaks`` (raw spans, in order), was
    removed between cleaned ``end`` and ``next_start``: the page broke there, not a site's mark between a heading and
    its paragraph."""
    raw_start, raw_end = state.offsets.to_raw(end), state.offsets.to_raw(next_start)
    index = bisect_left(page_breaks, (raw_start, raw_start))
    return index < len(page_breaks) and page_breaks[index][1] <= raw_end


def _closes_a_listed_clause(line: str) -> bool:
    """Whether a line's first stop is a semicolon: the rest of a list's item the line above opened ((四)…,并对其检查 /
    [a page's number] / 工作进行评估;), not a section's first paragraph under its heading."""
    stop = _FIRST_STOP.search(line)
    return stop is not None and stop.group() == ";"


def _indents_open_paragraphs(text: str) -> bool:
    """Whether a text's paragraphs open with an indent: its indented lines follow lines that end a sentence,
    and the lines that go on with a sentence its layout broke open without one."""
    after_an_end = after_a_wrap = indented_after_a_wrap = 0
    for match in _LINE_OPENING.finditer(text):
        before = text[match.start() - 2] if match.start() >= 2 else "\n"  # the last character of the line above
        indented = len(match.group("indent")) >= MIN_INDENT
        if before in _SENTENCE_FINAL or before == "\n":  # (a blank line above: a paragraph's start too)
            after_an_end += indented
        else:
            after_a_wrap += 1
            indented_after_a_wrap += indented
    return after_an_end >= MIN_INDENTED_PARAGRAPHS and after_a_wrap >= MIN_INDENTED_PARAGRAPHS \
        and indented_after_a_wrap * MAX_INDENTED_WRAP_SHARE <= after_a_wrap


def _closes_a_bracket_left_open(tail: str, after: str) -> bool:
    """Whether the last line of ``tail`` leaves a bracket open and ``after`` closes it within its first words."""
    line = _last_line(tail)
    return line.count("(") > line.count(")") and ")" in after[:MAX_FRAGMENT] and "(" not in after[:after.find(")")]


def _last_line(text: str) -> str:
    """The last line of ``text``, its indent aside."""
    return text[text.rfind("\n") + 1:].lstrip()


@frozen
class _Before:
    """The line before a break: its first characters, its last stretch, its length (joined lines
    included) and the display width of its last physical line (0 when the text is not fixed-width)."""

    head: str
    tail: str
    length: int
    width: int

    @property
    def last(self) -> str:
        return self.tail[-1]


def _joins(before: _Before, after: str, following: str, newlines: int, width: int | None) -> bool:
    """Whether the break between the line ``before`` and the line ``after`` is inside a sentence.

    ``following`` is the first character of the line after ``after``.
    """
    last = before.last
    # in a fixed-width copy a closing quote or bracket ends a sentence only after a sentence's end (…“政府采购”
    # / 等指标…: the layout's wrap); elsewhere a line may end after one (a date line, a heading's quotation)
    ends = last in _SENTENCE_FINAL if width is None else _ends_a_sentence(before.tail)
    if newlines > MAX_GAP_NEWLINES:
        return False
    if newlines == 1 and "\t" in after and ("\t" in before.tail or "\t" in before.head):
        return False  # two rows of a table, their cells parted by tabs
    if (after[0] in _RULE_CHARS and _RULE_LINE.fullmatch(after)) \
            or (last in _RULE_CHARS and _RULE_LINE.fullmatch(_last_line(before.tail))):
        return False  # a rule drawn across the page (a 版记's, under a header): no line of text goes on over it
    if (after[-1] == "号" and _DOCUMENT_NUMBER_LINE.fullmatch(after)) \
            or (last == "号" and _DOCUMENT_NUMBER_LINE.fullmatch(_last_line(before.tail))):
        return False  # …的通知 / X教发〔2024〕17号: a 公文's number stands on a line of its own (GB/T 9704 发文字号)
    if newlines == 1 and after[0] == "[" and _REFERENCE_ENTRY.match(after) is not None:
        return False  # …2021:23-28. / [2] 周某. …[J].: a list of references, an entry a line
    if newlines == 1 and after[-1] in ":!" and last not in ",、" and is_salutation_line(after):
        # …勇担当善作为 / 同志们:: a salutation is a line of its own, whatever word ends the line above it (but
        # the last of a salutation's lines: 尊敬的各位来宾, / 女士们、先生们:)
        return False
    if newlines == 1 and after[-1] == ":" and _ADDRESSEE_LINE.fullmatch(after) \
            and _is_a_title(_last_line(before.tail).strip()):
        return False  # …的通知 / 各支行,各部室:: a notice's title and its addressees (主送机关) each keep a line
    if width is None and not ends and _SENTENCE_END_BEFORE_SYMBOLS.search(before.tail):
        return False  # …的答卷。💪: a sentence ended, the symbols after it are the writer's tone (no word goes on)
    if newlines == 1 and last not in _SENTENCE_FINAL and before.head.lstrip().startswith(DISTRIBUTION_LABELS) \
            and _DISTRIBUTION_LIST.match(before.head) and _DISTRIBUTION_LINE.match(after) is None:
        return True  # 抄送:…,市纪委 / 监委,…。: a 版记's list runs on over its hanging wrap, to its full stop
    # …开展一次全面排 / 查,发现问题…: prose cut inside a word, its last character opening the next line (not a label of
    # one character and its colon: 注:…)
    if newlines == 1 and _is_han(last) and len(after) >= 2 and _is_han(after[0]) and after[1] in ",。;" \
            and before.length >= MIN_SENTENCE_LINE and _ANY_MARK.search(before.tail):
        return True
    if newlines == 1 and not ends and after[0] == "的" and not after.startswith(_WORDS_OPENING_WITH_DE):
        return True  # …超计划用水量在40%以上 / 的部分,…: no sentence, heading or title opens with the particle 的
    if newlines == 1 and after.startswith(("——", "--")) and _SUBTITLE_LINE.match(after) \
            and _is_a_title(_last_line(before.tail).strip()):
        return False  # …的审计工作报告 / ——2031年7月26日在…会议上: the title ends on its line, however full it is
    if newlines == 1 and last in BLANK_CHARS and after[0] == last and before.length >= MIN_SENTENCE_LINE \
            and (_FIELD_VALUE_BLANK.search(before.tail) is None or after.lstrip(last)[:1] in _LINE_INITIAL_CLOSERS
                 or not after.lstrip(last)):
        # …宣读了命令,X / X同志…: a template's blank, one run of one character, cut by the layout (not a field's
        # blank value closing its line, a name's words after the next line's run: 联系电话:XXXXXXX / XX县人民政府办公室;
        # but the value's own end: 联系电话:×× / ××××。)
        return True
    if newlines == 1 and last in BLANK_CHARS and before.length >= MIN_SENTENCE_LINE and _ANY_MARK.search(before.tail) \
            and _COUNTED_AFTER_A_BLANK.match(after) and not _FIELD_LABEL.match(after):
        return True  # …保障了XX / 个省市…, …面积×× / 公顷: a blank figure and the word it counts in, cut by the layout
    if newlines == 1 and last.isdigit() and before.length >= MIN_SENTENCE_LINE and _ANY_MARK.search(before.tail) \
            and _UNIT_AFTER_A_FIGURE.match(after) and not _TABLE_GAP.search(before.tail) \
            and not _FIELD_LABEL.match(after):
        # …10万元至20 / 万元的…: a figure and its unit, cut by the layout (a measure word may open a line: a name's
        # digits, a table's last cell, stand before it)
        return True
    if newlines == 1 and (last in _OPENERS_THAT_END_NO_LINE or last == "第"):
        # …打通服务“ / 最后一米”…, …本细则第 / (二)项规定…: a quotation or a bracket opened, or an ordinal's 第 (its
        # numeral follows it), is never a line's last character
        return True
    if newlines == 1 and last not in _SENTENCE_FINAL and ")" in after[:MAX_FRAGMENT] \
            and _closes_a_bracket_left_open(before.tail, after):
        return True  # …于6月7日(星期 / 五)前报名: the bracket the line opened closes on the next, no marker there
    if newlines == 1 and before.head.startswith("—") and " " in after and _BYLINE.fullmatch(after):
        return False  # ——在…会议上 / 区长 林某: the speaker's office and name under the subtitle, no sentence going on
    if newlines == 1 and " " in after and _ROW_OF_NAMES.fullmatch(after) \
            and _ROW_OF_NAMES.fullmatch(_last_line(before.tail)):
        return False  # two rows of a list of names parted by spaces (镇财政所 镇卫生院 / 王明(…) 李英(…)): no prose
    if newlines == 2 and before.length >= MIN_SENTENCE_LINE and _is_han(last) and _CUT_WORD.match(after):
        return True  # …思想为指 / / 导,坚持…: the blank line came from the layout
    if newlines == 1 and _cuts_a_time(before.tail[-2:], after[0]):
        return True
    if newlines == 1 and last == "-" and after[0].isdigit() and _AREA_CODE_AT_THE_END.search(before.tail):
        return True  # …电话:0794- / 8261357: a telephone's number cut after its area code
    if newlines == 1 and last == "." and _is_han(after[0]) and _MARKER_AT_THE_END.search(before.tail) \
            and not _opens_with_marker(after):
        return True  # …合计14.28亿元;2. / 部分企业…: an item's marker after a clause's end, its words on the next line
    if after[0] in _LINE_INITIAL_CLOSERS:
        # (a line of dots alone stands for what the script leaves out: ……(完), a paragraph of its own)
        return newlines == 1 and not _OMISSION_LINE.fullmatch(after)
    if ends and (width is None or before.width < width):
        return False  # a sentence ended, and no full line of a fixed-width copy says the paragraph goes on
    if newlines == 1 and len(after) <= MAX_FRAGMENT and following in _LINE_INITIAL_CLOSERS \
            and last not in _SENTENCE_FINAL:
        return True  # …带技术 / 揭榜 / ；…: a word split off between two pieces of one sentence
    if newlines == 1 and last == "." and before.tail[-2:-1].isdigit() and after[0].isdigit() \
            and not _opens_with_marker(after) and not _FIGURES_LINE.fullmatch(after):
        return True  # …扣0. / 5分: a decimal cut at its point (a list's next item opens with its marker)
    if last.isdigit() and after[0].isdigit():
        # 8、1 / 3、14村: a number cut in two; not the last cell of a table's row above the next row's first, nor a
        # label's whole value (电话:0833-5512345 / 139…, a mobile's under a phone's) or an attachment's number (附件1)
        return newlines == 1 and not (_TABLE_GAP.search(before.tail) or _TABLE_GAP.search(after)
                                      or _is_labelled_number(before.tail)
                                      # (a number alone on its line: a table's row, not a number's first digits)
                                      or (before.length <= MAX_ROW_NUMBER and before.tail.strip().isdigit())
                                      or _FIGURES_LINE.fullmatch(after) is not None
                                      or _FIGURES_LINE.fullmatch(_last_line(before.tail)) is not None
                                      # (a row's last cell, a space before it, over the next row's first, a space
                                      # after it: 云溪市 12 / 2 岚川市; prose glues its figures to its words)
                                      or _CELL_FIGURE_ENDS.search(before.tail) is not None
                                      or _CELL_FIGURE_OPENS.match(after) is not None)
    if last == "、" and newlines == 1:
        return True  # a list of items goes on
    if newlines == 1 and _ENDS_IN_POINT_MARKER.search(before.tail):
        return True  # …;二是 / 守住…: no line ends on the marker of the point it opens
    if newlines == 1 and _opens_with_marker(after) and _opens_with_heading(before.head) \
            and before.length <= MAX_HEADING_LINE:
        return False  # 一、坚持…,把牢…方向 / 1．加强…: a heading ends on its line where the next opens with a marker
    if newlines == 2 and before.length <= MAX_HEADING_LINE // 2 and _opens_with_heading(before.head) \
            and not _CLAUSE_MARK.search(before.tail):
        return False  # 二、人员聘用 / / (一)…: a short heading over a blank line ends there, whatever its last word
    if last in FUNCTION_CHARS and not (before.tail.endswith(WORDS_ENDING_LIKE_FUNCTION_WORDS)
                                       and (not _CLAUSE_MARK.search(before.tail)
                                            # (a heading of two clauses: 二、严格督查,确保措施落地)
                                            or (before.length <= MAX_HEADING_LINE // 2
                                                and _opens_with_heading(before.head)
                                                and not _SENTENCE_END_IN.search(before.head)))) \
            and (after[0].isdigit() or not _opens_with_heading(after)):
        # …三是以 / 1、2村…: a phrase cannot end in a function word; a line that is one phrase (a heading: 坚持问题
        # 导向, 编制目的) may end in a word whose last character is one, but a line of clauses cut after it
        # (…卫生厕所普及 / 率达到…) was cut by the layout. A section's marker in words (…较好地 / 四、存在的问题)
        # opens a heading whatever ends the line above: a draft's note, a table's cell (figures may be a list's)
        return True
    if _opens_with_marker(after):
        # a full line of a fixed-width copy that ends in a clause's mark, over a point's marker (…发言; / 其次请…,
        # …工作, / 二要…): the layout wrapped the sentence before its next point; a section's marker begins a
        # heading, and a line of no mark at its end is a slide's or a list's item
        return (width is not None and newlines == 1 and before.width >= width - FIXED_WIDTH_BAND
                and last in _CLAUSE_ENDS and not _opens_with_heading(after))
    if ":" in after[:8] and _TURN_LABEL.match(after):
        return False  # 甲:…, / 乙:…: a host's turn begins
    if last == "," and newlines == 1:
        return True  # a paragraph does not end in a comma
    if ":" in before.tail and _FIELD_LABEL.match(after):
        return False  # 邮箱:…@….cn / 地址:…: a block of labelled fields, one a line
    if newlines > 1:
        return False
    line_final = ends or last in "、," if width is not None else last in _LINE_FINAL or ends
    if width is not None and before.width >= width - FIXED_WIDTH_SLACK and not line_final:
        return True  # a full line of a fixed-width copy: the layout broke it
    if width is not None and before.width >= width and ends \
            and not (display_width(after) < width - 1 and not _ANY_MARK.search(after)):
        # full to the last column: the sentence ended there, the paragraph did not; unless the next line is not full and
        # holds no mark at all (a paragraph's last line ends its sentence): a line of its own, a heading or a name
        return True
    if line_final:
        return False
    if any(before.tail.count(opener) > before.tail.count(closer) for opener, closer in _PAIRS):
        return True
    last_sentence = _LAST_SENTENCE.search(before.tail)
    sentence = last_sentence.group() if last_sentence is not None else before.head
    # (a heading after the line's last sentence end begins there; a point's marker, 三是…, runs on in the sentence)
    return before.length >= MIN_PROSE_LINE and _CLAUSE_COMMA.search(before.tail) is not None \
        and not _opens_with_heading(sentence)


def _furniture_between(state: CleanState, furniture: list[tuple[int, int]], end: int, next_start: int) -> bool:
    """Whether a span of ``furniture`` (raw spans) stood between cleaned offsets ``end`` and ``next_start``."""
    if not state.offsets.removed_between(end, next_start):
        return False
    raw_start, raw_end = state.offsets.to_raw(end), state.offsets.to_raw(next_start)
    return any(raw_start <= start < raw_end for start, _ in furniture)


def _cut_between_captions(state: CleanState, start: int, end: int, next_start: int) -> bool:
    """Whether a line (``start``:``end``) and the next are two captions of a recording, each under its time alone on
    its line, gone with its line (00:04 / …学校刚刚完成新 / 00:08 / 校区的搬迁…): a player cuts its captions where the
    time runs out, inside a word as often as not, and the caption under the time goes on with the sentence unless a
    marker opens it."""
    if not state.offsets.removed_between(end, next_start):
        return False
    raw_start, raw_end = state.offsets.to_raw(end), state.offsets.to_raw(next_start)
    if raw_end - raw_start > MAX_CAPTION_GAP or _CAPTION_TIME_LINE.fullmatch(state.raw, raw_start, raw_end) is None \
            or _opens_with_marker(state.folded[next_start:next_start + MAX_HEADING_LINE]):
        return False
    line_raw = state.offsets.to_raw(start)  # (the line above is a caption too, not the page's label over the first)
    return _TIME_LINE_ABOVE.search(state.raw, max(0, line_raw - MAX_CAPTION_GAP), line_raw) is not None


def _ends_a_sentence(tail: str) -> bool:
    """Whether a line's last characters end a sentence: a sentence's mark, maybe inside closing quotes or
    brackets (…。” …?)); a closing mark after words alone (…“政府采购”, …的意见》) ends none."""
    words = tail.rstrip(CLOSERS + "'")
    return bool(words) and words[-1] in _SENTENCE_ENDS


def _opens_with_heading(line: str) -> bool:
    """Whether ``line`` opens with a section's marker (一、, （一）, 第一,), not a point's (一是, 首先)."""
    return may_match_at(INDENTED_SECTION_MARKER, line, skip_blanks=True) and _HEADING_START.match(line) is not None


def _holds_a_clause_mark(line: str) -> bool:
    """Whether a line holds a mark of prose (a clause's comma, a sentence's end), a heading's marker aside
    (第一,全面推进… is a heading's line, whose comma is its marker's)."""
    if not any(char in line for char in ",。;"):
        return False
    marker = _MARKER_START.match(line) if _opens_with_marker(line) else None
    return marker is None or any(char in line[marker.end():] for char in ",。;")


def _opens_with_marker(line: str) -> bool:
    """Whether ``line`` opens with a numbering marker of any scheme. It is matched only where its first
    character (after its indentation) is one a marker can begin with: most lines open with other words."""
    return may_match_at(LINE_START_MARKER, line, skip_blanks=True) and _MARKER_START.match(line) is not None


def _fixed_width(text: str, written: str | None = None, long_lines: list[tuple[int, int]] | None = None) -> int | None:
    """The line width of a fixed-width copy (a PDF), if the text is one: lines read on ``text`` (folded),
    their widths measured on ``written`` (the same text unfolded: a full-width mark takes two columns).

    Most lines are about as long as the widest, and most of those are prose that
    stops in the middle of a sentence: the layout, not the writer, broke them.
    """
    written = text if written is None else written
    # lines of at least MIN_MEASURED_LINE characters, found by the regex engine: blank and short lines
    # cost nothing, however many there are (a split would list every one)
    spans: list[tuple[int, int]] = []
    lines: list[str] = []
    for start, end in (long_lines if long_lines is not None else
                       [match.span() for match in _LONG_LINE.finditer(text)]):
        line = _without_spaces_around(text[start:end])
        if len(line) >= MIN_MEASURED_LINE:
            lines.append(line)
            spans.append((start, end))
    if len(lines) < MIN_FULL_LINES:
        return None  # too few lines to share a width
    # the band of a width holds half the lines, and half the band stops mid-sentence: with fewer than a
    # quarter of all lines stopping so, no band can (most texts: their lines are paragraphs), widths unread
    if sum(1 for line in lines if line[-1] not in _SENTENCE_FINAL) * 4 < len(lines):
        return None
    widths = [_line_width(written, start, end) for start, end in spans] if written is not text \
        else [display_width(line) for line in lines]
    for common, _ in Counter(widths).most_common(3):
        band = [(line, line_width) for line, line_width in zip(lines, widths, strict=True)
                if abs(line_width - common) <= FIXED_WIDTH_BAND]
        cut = sum(1 for line, _ in band if line[-1] not in _SENTENCE_FINAL)
        prose = sum(1 for line, _ in band if _holds_a_clause_mark(line))
        if min(cut, prose) * 2 < len(band) or common > MAX_PAGE_WIDTH:
            continue  # the lines of that width are whole sentences or phrases, or wider than a page: the writer's
        if len(band) >= MIN_FIXED_WIDTH_LINES and len(band) * 2 >= len(lines):
            return common  # justified lines vary by a column or two around it
        # a short copy (a page or two of a 公文: its headings, addressee and signature are many of its lines):
        # a few lines of that width, and no line wider, for nothing is wider than the page's column
        wider = sum(1 for line_width in widths if line_width > common + FIXED_WIDTH_BAND)
        if len(band) >= MIN_FULL_LINES and wider * MAX_WIDER_SHARE <= len(lines):
            return common
    return None


def _fixed_width_blocks(text: str, written: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The stretches of ``text`` (folded) laid out at a fixed width, each as its start, its end and its width,
    in a text that is not such a copy as a whole: a width that many lines of prose share, cut inside a word,
    with no line wider than it between them (a wider line is the writer's, and parts two stretches). ``spans``
    are the text's lines of :data:`MIN_MEASURED_LINE` characters or more."""
    # (most texts: their lines end where their paragraphs do, and a heading that ends in a word holds no comma)
    if sum(1 for start, end in spans if text[end - 1].isalnum() and text.find(",", start, end) >= 0) < MIN_FULL_LINES:
        return []
    # (measured without a paragraph's indent: a window that wraps a message may take it on its first line)
    lines = [(start, end, display_width(written[start:end].strip(" \t\u3000")), text[start:end].rstrip(" \t"))
             for start, end in spans]
    lines = [line for line in lines if line[3]]
    blocks: list[tuple[int, int, int]] = []
    for common, _ in Counter(width for *_, width, _ in lines).most_common(3):
        if common < MIN_BLOCK_WIDTH or common > MAX_PAGE_WIDTH:
            continue
        stretch: list[tuple[int, int, int, str]] = []
        for line in [*lines, None]:
            if line is not None and line[2] <= common + FIXED_WIDTH_BAND:
                stretch.append(line)
                continue
            band = [content for _, _, line_width, content in stretch if abs(line_width - common) <= FIXED_WIDTH_BAND]
            # (cut inside a word, as a window wraps, not after a clause's mark, as a subtitle's or a verse's line
            # ends; many of the stretch's lines, and none wider: a list's items are of all widths, a few alike, and
            # some paragraph of it ends a sentence: a checklist's items end none)
            cut = sum(1 for content in band if content[-1].isalnum())
            prose = sum(1 for content in band if any(char in content for char in ",。;"))
            if len(band) >= MIN_FULL_LINES and min(cut, prose) * 2 >= len(band) \
                    and len(band) * MAX_BLOCK_SHARE >= len(stretch) \
                    and max(line_width for _, _, line_width, _ in stretch) <= common + 1 \
                    and any(content[-1] in "。!?" for *_, content in stretch) \
                    and not any(start < end_ and start_ < end for start_, end_, _ in blocks
                                for start, end in ((stretch[0][0], stretch[-1][1]),)):
                blocks.append((stretch[0][0], stretch[-1][1], common))
            stretch = []
    return sorted(blocks)


def _cuts_a_time(last_two: str, next_char: str) -> bool:
    """Whether a break after ``last_two`` and before ``next_char`` cuts a time at its colon (上午9: / 30),
    which ends no clause."""
    return last_two[-1:] == ":" and last_two[:1].isdigit() and next_char.isdigit()


def _is_labelled_number(tail: str) -> bool:
    """Whether a line ends in a number that is a label's whole value (电话:0833-5512345) or an attachment's
    (附件1): read back over the figures once (a search from every position would be quadratic)."""
    index = len(tail)
    while index > 0 and tail[index - 1] in _FIGURES_OF_A_NUMBER:
        index -= 1
    if not any(char.isdigit() for char in tail[index:index + MAX_NUMBER_LEAD]):
        return False
    return tail[index - 1:index] == ":" or tail[max(0, index - 2):index] == "附件"


def _without_spaces_around(line: str) -> str:
    """A line without the spaces around it, but for a paragraph's full-width indent, which the layout counts."""
    return line.lstrip(" \t").rstrip()


def _measured_width(text: str, start: int, end: int) -> int:
    """A physical line's width in a fixed-width copy: its display width, or, for a line cut inside a word, the
    width its characters would take were each a Han character's: a layout that sets every character in one
    cell of a grid (a 公文's 每行28字) wraps a line of figures (2031年, 45%, 5G) after as many characters."""
    measured = _line_width(text, start, end)
    # (a line cut after a figure too, its unit on the next line: …浓度达到100 / 毫克/升以上)
    if end > start and text[end - 1].isalnum() and (not text[end - 1].isascii() or text[end - 1].isdigit()):
        line = text[start:end].strip()
        # (a line of prose with figures in it: not a table's row or a header, whose cells spaces part)
        if len(line) * 2 > measured and not any(char.isspace() for char in line):
            measured = max(measured, 2 * len(line))
    return measured


def _line_width(text: str, start: int, end: int) -> int:
    line = _without_spaces_around(text[start:end])
    indent = len(text[start:end]) - len(text[start:end].lstrip(" "))
    # a paragraph's indent of a few spaces (a PDF's 首行缩进, which its text writes as spaces) takes the columns the
    # layout gave it; a longer run of spaces centres a title, and says nothing of the page's width
    return display_width(line) + (indent if indent <= MAX_INDENT_COLUMNS else 0)


def display_width(line: str) -> int:
    """Columns a line takes in a fixed-width layout: two for a Han (wide) character, one for others.

    Counted from the UTF-8 length, in C: a character of three or four bytes (Han, kana, hangul,
    full-width forms) is wide; ASCII is one byte and narrow (the few two-byte characters of
    Chinese text, such as ·, count half a column, which rounding hides)."""
    return len(line) + (len(line.encode("utf-8", "surrogatepass")) - len(line)) // 2


def _halves_of_a_title(before: _Before, after: str) -> bool:
    """Two short lines that are a title together but not the first alone (…对照检 / 查材料):
    the first line is the longer one (the layout filled it) and ends inside a word."""
    first, second = before.head.strip(), after.strip()
    return (0 < len(second) < len(first) and before.length <= MAX_TITLE_HALF
            and (_is_han(first[-1]) or (first[-1] in "》”" and second.startswith("的")))
            and _is_han(second[0])
            and first[0] not in "【[(<《" and "   " not in first  # (a layout's gap: a running header's parts)
            and not (" " in first and MENU_BAR.fullmatch(first))  # (a site's menu of words: 社区动态 党建园地 …)
            and not _DATE.search(first) and not _opens_with_marker(second)  # (a heading opens its own line)
            and not _MEETING_PAPER_MARK.search(first)  # (a meeting paper's cover mark: …会议材料之三)
            and is_title_text(first + second) and not names_its_occasion(second)  # (a headline over the speech's title)
            and (not _is_a_title(first) or _goes_on_with_a_title(first, second)))


def _first_of_three_title_lines(before: _Before, after: str, third: str) -> bool:
    """Three short lines that are a title together where the first two are none (云岭县国民经济和社会发展 /
    第十四个五年规划和二〇三五年 / 远景目标纲要): a cover's title, centred over three lines; the second and the
    third are joined as a title's halves."""
    first, second, third = before.head.strip(), after.strip(), third.strip()
    if len(first) < MIN_COVER_LINE or first.endswith((*ORGANISATION_ENDINGS, ISSUER_MARK)) \
            or any(char.isdigit() for char in first):
        return False  # a name above a title: a blog's, an issuer's, a red header; a document number
    return (before.length <= MAX_TITLE_HALF and 0 < len(second) <= MAX_TITLE_HALF and 0 < len(third) <= MAX_TITLE_HALF
            and _is_han(first[-1]) and _is_han(second[0]) and _is_han(second[-1]) and _is_han(third[0])
            and first[0] not in "【[(<《" and "   " not in first and not (" " in first and MENU_BAR.fullmatch(first))
            and not _DATE.search(first + second) and not _opens_with_marker(second) and not _opens_with_marker(third)
            and not _is_a_title(first) and not is_title_text(first + second) and is_title_text(first + second + third))


def _line_after(text: str, line_end: int) -> str:
    """The line after the one that ends at ``line_end`` (-1: none)."""
    if line_end < 0:
        return ""
    end = text.find("\n", line_end + 1)
    return text[line_end + 1:len(text) if end < 0 else end]


def _goes_on_with_a_title(first: str, second: str) -> bool:
    """Whether ``second`` goes on with a title ``first`` already reads as: it opens with 的 (…《…意见》 / 的通知),
    which no title opens with, or with a conjunction that joins a second genre to the first (…工作总结 /
    和2031年工作打算, …动员大会 / 暨…表彰大会), or ``first`` opens with 关于 and ``second`` is its short last words
    (关于…反馈意见 / 整改情况的通报)."""
    return (second != "" and second[0] in _TITLE_GOES_ON) \
        or (first.startswith("关于") and len(second) <= MAX_TITLE_TAIL)


def _is_a_title(line: str) -> bool:
    """A title alone, maybe with a site's decorations after it (…的讲话稿word版)."""
    if is_title_text(line):
        return True
    cleaned = clean_title(line)
    return cleaned is not None and cleaned != line and is_title_text(cleaned)


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"
