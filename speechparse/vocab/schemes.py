"""Numbering schemes, as data: one :class:`Scheme` record per way documents number their parts.

Everything the stages know about a scheme is written here once: the pattern of
its marker (for folded text, :mod:`speechparse.widths`, so both widths and both
scripts match), how its number is read, whether it heads sections or enumerates
points, its rank in GB/T 9704-2012's order of headings (7.3.3: 一、 （一） 1. （1）)
and in the order the genre adds around it (第一部分 > 第一章 > 第一节 > 第一条; the
ordinals of a speech; letters and stems below), what may stand before it, and
example strings. The lexer's patterns (:mod:`speechparse.lex.markers`), the line
joiner's protected line starts, the duplicate finder, the generic noise layer,
the model's scheme names and the JSON schema are all built from :data:`SCHEMES`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise
from typing import Final

from attrs import field, frozen

from speechparse.vocab import EVENTS
from speechparse.vocab.chars import OPENERS

# ---------------------------------------------------------------- numerals

#: the Chinese digits 0 … 9, everyday (小写) and financial (大写, as Word's chineseLegalSimplified writes them)
EVERYDAY_DIGITS: Final = "零一二三四五六七八九"
FINANCIAL_DIGITS: Final = "零壹贰叁肆伍陆柒捌玖"
#: the units of a Chinese number: ten, hundred, thousand, everyday and financial
EVERYDAY_UNITS: Final = ("", "十", "百", "千")
FINANCIAL_UNITS: Final = ("", "拾", "佰", "仟")
#: every Chinese digit a marker may write, and its value (〇 and ○ for zero, 两 for two, 參 folds to 参)
CN_DIGITS: Final[Mapping[str, int]] = {
    **{digit: value for value, digit in enumerate(EVERYDAY_DIGITS)},
    **{digit: value for value, digit in enumerate(FINANCIAL_DIGITS)},
    "〇": 0, "○": 0, "两": 2, "参": 3,
}
CN_TENS: Final = EVERYDAY_UNITS[1] + FINANCIAL_UNITS[1]
CN_HUNDREDS: Final = EVERYDAY_UNITS[2] + FINANCIAL_UNITS[2]
#: the characters of a Chinese numeral as markers write them: 一 … 九十九, 壹 … 玖拾玖
CN_NUMERAL_CHARS: Final = "一二三四五六七八九十壹贰叁参肆伍陆柒捌玖拾"
CN_NUMERAL: Final = f"[{CN_NUMERAL_CHARS}]{{1,3}}"
#: an Arabic marker number; four digits would be a year
ARABIC_NUMERAL: Final = r"[0-9]{1,3}"
CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: the Roman numerals of one character each (U+2160–U+216B), as word processors and charters write them
ROMAN_NUMERALS: Final = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"  # U+2460–U+2473: written as a range in patterns (faster)
#: the Roman numerals written in Latin capitals, 1 to 19 (II. 存在问题): the forms of one letter (I, V, X) are a
#: letter's too (A. … I. …), and are read as numerals only in a run of them (:func:`speechparse.lex.runs.roman_letters`);
#: XX is left out, a template's blank far more often than twenty
LATIN_ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                      "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX")
#: the pairs of letters one of which every Latin form of more than one letter holds
LATIN_ROMAN_PAIRS: Final = ("II", "IV", "VI", "IX", "XI", "XV")
#: the Latin forms of more than one letter, longest first (the alternation takes the first that matches)
_LATIN_ROMAN_PATTERN: Final = "|".join(sorted((numeral for numeral in LATIN_ROMAN if len(numeral) > 1),
                                              key=len, reverse=True))
PAREN_DIGITS: Final = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
FULLSTOP_DIGITS: Final = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
#: the (一) form written as one character each (Unicode's parenthesized ideographs ㈠ to ㈩)
PAREN_IDEOGRAPHS: Final = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
#: the ten heavenly stems (天干), which number items in order: 甲、乙、丙
HEAVENLY_STEMS: Final = "甲乙丙丁戊己庚辛壬癸"
#: the twelve earthly branches (地支)
EARTHLY_BRANCHES: Final = "子丑寅卯辰巳午未申酉戌亥"


@frozen
class Behind:
    """A marker written for the lexer's search: led by the mark that follows its numeral (一、: 、),
    a literal the regex engine finds at C speed, with the numeral (its group ``n``, and what may not
    stand before it) read by a look-behind, and what must follow the mark. A class of numerals
    would be tested member by member at every position."""

    numeral: str
    #: the literals that may follow the numeral, each searched for on its own
    marks: tuple[str, ...]
    #: what must follow the mark (a look-ahead), or ""
    after: str = ""

    def form(self, mark: str) -> str:
        """The search for the markers written with ``mark``: the match is the mark (empty for ``""``: a
        marker written with no mark, its search led by what must follow it)."""
        return f"(?<={self.numeral}){re.escape(mark)}{self.after}"

    @property
    def pattern(self) -> str:
        """Every form as one pattern (the markers and ends the scheme's own pattern finds)."""
        return "|".join(self.form(mark) for mark in self.marks)


def cn_to_int(numeral: str) -> int | None:
    """Value of a Chinese numeral up to 999 (一 → 1, 十二 → 12, 二十 → 20, 叁拾 → 30)."""
    if not numeral:
        return None
    total = current = 0
    for char in numeral:
        if char in CN_DIGITS:
            current = CN_DIGITS[char]
        elif char in CN_TENS:
            total += (current or 1) * 10
            current = 0
        elif char in CN_HUNDREDS:
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


# ---------------------------------------------------------------- schemes

#: what may stand before a marker: a line start, a sentence end, a comma, a space after
#: heading words (1.1 编制目的 1.2 …), or nothing (a heading's words run on into it)
LINE, SENTENCE, COMMA, SPACED, NONE = "line", "sentence", "comma", "spaced", "none"
#: a scheme's role: its markers head sections, or enumerate points inside running text
SECTION, POINT = "section", "point"
#: how a marker's number is read from its ``n`` group
CN, ARABIC, ENCLOSED, LETTER, DECIMAL, STEM, WORD, ROMAN = (
    "cn", "arabic", "enclosed", "letter", "decimal", "stem", "word", "roman")

_HEADING_BOUNDARIES: Final = frozenset({LINE, SENTENCE})
_POINT_BOUNDARIES: Final = frozenset({LINE, SENTENCE, COMMA})
#: parenthesised numbers may follow a heading's words with no punctuation: 一、…工作(一)…
_RUN_IN_BOUNDARIES: Final = frozenset({LINE, SENTENCE, COMMA, NONE, SPACED})
#: the next number right after a marker makes it a list of numbers (二、三季度, 五、六十人), and the same
#: number after 是 or 要 an idiom (一是一、二是二: the numeral alone, no word of it, 一是一些… is an item), not an item;
#: another count opens the item's words
#: (三、五项重点任务, 一、三大攻坚战). (参 after a marker opens a word as well: 二、参会人员.)
_NUMERAL_AFTER: Final = f"(?=[{CN_NUMERAL_CHARS}])(?:" + "|".join(
    rf"(?<={numeral}[、.,:]){following}|(?<={numeral}[是要]){numeral}(?![\p{{Han}}])"
    for digits in ("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾")
    for numeral, following in pairwise(digits)) + ")"
#: a date that opens an item's words (1.9月9日, 1.9月底前, 2.2031年起, 3.20XX年): the digits after the dot are no decimal's
_DATE_AFTER: Final = (r"[0-9]{1,2}月(?:[0-9]{1,2}[日号]|[底初末]|[上中下]旬)|[0-9]{4}年|20[0-9]?[Xx×]{1,2}年|"
                      r"[0-9]{1,2}:[0-5][0-9](?![0-9])")
#: an age that opens an item's words, in whole years (2.80周岁以上…): the digits after the dot are no decimal's either
_WHOLE_COUNT_AFTER: Final = r"[0-9]{1,3}(?:周岁|岁)"
#: the words of a decimal heading: Han, maybe after a quote or bracket (1.2 “三个一”工程, 2.1 《规划》),
#: or after a space a short Latin or digit word that runs into Han (1.3 5G网络, 2.4 GIS平台), or a grade in Roman
#: numerals (4.1 Ⅰ级响应, an emergency plan's)
_DECIMAL_HEADING_AFTER: Final = (rf"(?=[ \t]*[{re.escape(OPENERS)}]?\p{{Han}}|[ \t]+[A-Za-z0-9]{{1,8}}\p{{Han}}|"
                                 r"[ \t]*[\u2160-\u216b]{1,4}\p{Han})")
#: what follows a decimal number that is a quantity or a day, not a heading (1.5万, 3.2 倍); a unit that opens a
#: word of a heading is none (1.2 时间安排, 2.1 年度目标, 3.1 个人防护, 1.4 分类指导)
_QUANTITY_AFTER: Final = (r"[ \t]*(?:[万亿千百%‰倍元号秒米吨克升度]|时(?![间期效限段])|年(?![度份])|月(?!度)|日(?![常程])|"
                          r"天(?![然下津气空地])|"
                          # (分 a unit, not the first character of a word: 分类 分工 分散 分期 分批 分区 分别 分管 …)
                          r"个(?![人体性])|分(?![类工级析配层组散期批段区项别享担管布解包流支发局会校行公院])|亩(?!均)|"
                          r"平方|立方|公里|公斤|公顷|千克|小时|周岁|"
                          # (or a day, written month.day before the holiday it names: 10.1假期, 5.1期间)
                          r"小?长?假|黄金周|放假|期间)")


#: GB/T 9704-2012's four levels of headings (7.3.3), in their order, which no document reverses: a heading of
#: one of them is never nested under a heading of a later one (一、 under （二） of an opening paragraph)
FIXED_ORDER: Final = ("cn", "cn_paren", "arabic", "arabic_paren")
#: the divisions of a book, a plan or a charter, in their order, which no document reverses either (第N篇 >
#: 第N章 > 第N节): an excerpt that opens inside a 节 still puts the next 篇 above it
DIVISION_ORDER: Final = ("part", "chapter", "subchapter")
#: and a regulation's articles stand under its divisions: an excerpt that opens with the articles that end the
#: text before it (第十八条, 第十九条 / 第一章 总则) puts the next chapter above them, not under them
DIVISIONS_AND_ARTICLES: Final = (*DIVISION_ORDER, "article")
#: the scheme of a meeting's agenda steps (第一项议程, 第二个环节): a step holds the turns of the speakers it calls
AGENDA_STEP_SCHEME: Final = "ordinal_item"


@frozen
class Scheme:
    """One numbering scheme: how its markers look, read and nest."""

    name: str
    #: regex source for folded text; the numeral (or word) is the group ``n``
    pattern: str
    #: how the number is read: CN, ARABIC, ENCLOSED, LETTER, DECIMAL, STEM or WORD
    numeral: str
    role: str
    #: order among section schemes, outermost first (GB/T 9704 and the genre): breaks ties
    #: where a document's own nesting does not say which of two schemes is outer
    rank: int | None
    #: how a marker is written, for the documentation and the JSON schema
    description: str
    #: markers as documents write them; each must lex as this scheme (a test walks them)
    examples: tuple[str, ...]
    #: what may stand before a marker
    boundaries: frozenset[str] = _HEADING_BOUNDARIES
    #: refuses a match from what follows it
    refuse_after: str | None = None
    #: words right before a marker that license it whatever stands before them
    #: (下面,进行第二项议程: — the agenda step of a chairing script)
    lead: str | None = None
    #: words and their numbers, for a WORD scheme (None: the next after the previous item)
    words: Mapping[str, int | None] = field(factory=dict)
    #: characters one of which every marker holds: a text without them is not scanned
    needs: str = ""
    #: or strings one of which every marker holds that holds none of ``needs`` (the Latin forms of the Roman
    #: numerals: II, IV …, where X alone is a template's blank in every other text)
    needs_strings: tuple[str, ...] = ()
    #: a point scheme whose first item enumerates only when a second follows (首先 alone
    #: says "first of all", 一方面 alone "on one hand")
    needs_a_run: bool = False
    #: a section scheme whose first marker may follow its parent's heading directly
    run_in_child: bool = False
    #: a scheme whose marker opens a provision (第三条 本办法…), not heading words: its text runs to the
    #: sentence end, and no heading is cut out of it
    provision: bool = False
    #: other ways to write the marker, each a pattern of its own (one alternation would cost the
    #: regex engine its fast search for the first character): ⒈ for 1., ⑴ for (1)
    also: tuple[str, ...] = ()
    #: a looser form of the marker (1 before a heading, its dot lost), read only after a line
    #: start or a sentence end, and never taken to begin a line of a heading by the line joiner
    loose: str | None = None
    #: the loose form written for the lexer's search, its numeral read behind the place it ends
    #: (a test checks that both find the same numerals and ends)
    loose_scan: Behind | None = None
    #: for a point scheme written with its copula (第一项是): the scheme of the same marker without it
    #: (第一项), which continues a run of this scheme inside one sentence (…;第三项是…;第四项由…;)
    bare: str | None = None
    #: the same markers written for the lexer's search, led by the mark after the numeral (a test
    #: checks that both forms find the same numerals and ends)
    scan: Behind | None = None

    @property
    def marker_pattern(self) -> str:
        """The pattern and its other forms, with its refusal written in, as one regex (for line-start tests)."""
        written = "|".join((self.pattern, *self.also))
        return f"(?:{written})" if self.refuse_after is None else f"(?:{written})(?!{self.refuse_after})"


#: what stands under a section's number as WeChat editors style it, a figure padded with a zero alone on its
#: line (01 / 压实责任 / 镇党委把……): a line of heading words, then the paragraph they head (or its first
#: subheading over it). A page's number
#: is not padded, and a table copied a cell a line has no paragraph under its row's first cell; over a heading
#: with a marker of its own (01 / 一、总体要求) the figure is the editor's ornament
UNDER_A_STYLED_NUMBER: Final = (r"[ \t]*+\n(?:[ \t]*+\n)?+[ \t]*+(?![0-9(]|第|[一二三四五六七八九十]{1,3}[、.])"
                                # (or the first of its subheadings, then the paragraph: 02 / 聚焦… / ◆ 抓牢… / 要…)
                                r"[^\n。!?;]{2,30}+\n(?:[ \t]*+\n)?+(?:[^\n。!?;]{2,30}+\n(?:[ \t]*+\n)?+)?+[^\n]{40}")
#: no gap of two spaces, nor a space between two words, nor a figure parted by spaces as a cell is, before the
#: sentence ends: what follows a loose marker is no row of a table (1 主街道清扫保洁 环卫所 长期坚持, 1 栖梧市 16)
#: what a talk counts its parts by (第一个问题, 第二个方面; a 心得体会's or a 研讨发言's 第一个体会, 第二个启示; a
#: warning talk's cases, 第一个案例; a lecture's stories, told to show its point, 第一个故事)
PARTS_OF_A_TALK: Final = "问题|方面|层面|要求|体会|感受|感悟|收获|启示|认识|思考|建议|案例|故事"
_NO_TABLE_GAP: Final = r"(?![^\n。!?;]{0,200}?(?:[ \t]{2}|(?<=\p{Han})[ \t](?=\p{Han})|[ \t][0-9][0-9.,%]*+(?=[ \t\n]|\Z)))"
#: the gap after a loose marker's digit: a space, or a tab that is the line's only one, under a line with none
#: (a table's row under its header's: 序号<tab>问题类型<tab>… / 1<tab>河道四乱, its empty cells trimmed) but the
#: tab after the number of an outline's line (1.1<tab>总体要求 / 2<tab>验收组织: a Word outline saved as text)
#: (or, after a figure padded with a zero, the line's end over a line of heading words: the styled number below)
_LOOSE_GAP: Final = (r" \p{Han}|(?<![^\n0-9. \t][^\n]{0,200}\t[^\n]{0,200}\n[0-9]{1,3}|\t[^\n]{0,200}\t[^\n]{0,200}\n[0-9]{1,3})"
                     r"\t\p{Han}[^\t\n]{0,80}+(?:\n|\Z)"
                     rf"|(?<=(?<![0-9])0[1-9]){UNDER_A_STYLED_NUMBER}")
#: a Chinese numeral that no 第, 另 or other numeral stands before (一、, 一是, not 第一、 or 十一 inside 二十一)
_FREE_CN_NUMERAL: Final = rf"(?<![第另{CN_NUMERAL_CHARS}])(?P<n>{CN_NUMERAL})"
_FREE_CN_HALF_PAREN: Final = rf"(?<![第另({CN_NUMERAL_CHARS}])(?P<n>{CN_NUMERAL})"
_ASPECT_NUMERAL: Final = rf"(?<![另{CN_NUMERAL_CHARS}])(?P<n>[{CN_NUMERAL_CHARS}]{{1,2}})"
_STEM: Final = f"(?P<n>[{HEAVENLY_STEMS}])"
#: first, next, then, last: 最后 takes the number after the previous item's
_SEQUENCE_WORDS: Final = ("首先", "其次", "再次", "最后")
SEQUENCE_FIRST, SEQUENCE_SECOND = _SEQUENCE_WORDS[:2]
#: what must follow a sequence word that is also an adverb: 再次 counts (再次,…; 再次是…; 再次要…) only before a pause
#: or a copula, and is "once more" before a verb (再次感谢, 再次用热烈的掌声…)
_SEQUENCE_WORD_AFTER: Final = {"再次": "(?=[,、:]|是|要)"}

#: the words a regulation's title ends with: a preview that glues the title to the first chapter (…管理办法第一章
#: 总则第一条…) licenses the chapter's heading, and through it the first article
REGULATION_TITLE_ENDS: Final = ("办法", "条例", "规定", "细则", "章程", "制度", "规则", "准则")
#: a part's, a chapter's or a section's marker and its heading words, that a preview glued to the first heading
#: under them (第一部分 总体要求一、…, 第一章 总 则第一条): they license it; the marker where one stands (a line's or
#: a sentence's start), not a chapter named in a sentence (依照第一章总则第一条)
GLUED_PART_HEADING: Final = (rf"(?:(?<![^\n。!?;:)])|(?<={'|'.join(REGULATION_TITLE_ENDS)}))"
                             rf"第(?:{CN_NUMERAL}|{ARABIC_NUMERAL})(?:部分|篇|章|节)[ \t]*(?:\p{{Han}}[ \t]*){{1,16}}")
#: the words a list of demands follows with no mark between (做到一要…, 希望大家一要…): they license the first item
DEMANDS_LEAD: Final = r"做到|(?:希望|要求)(?:大家|同志们|各位|你们|同学们)"
#: the end of a charter's or a regulation's note of its adoption under its title ((…会员大会审议通过)): a preview
#: that glues the lines runs it into the first chapter or article, which it licenses
ADOPTION_NOTE_END: Final = r"(?:通过|修订|修正|公布|施行)\)"

#: what follows the marker of a heading written in letters or Roman numerals: its words, which may open with a year
#: (Ⅰ.2031年工作回顾, B.2032年工作打算); a letter before any other figure is a code (A.3级), no heading
WORDS_AFTER_A_LETTER: Final = r"(?=[ \t]*(?:\p{Han}|[0-9]{4}年))"
#: an OCR's reading of 一 as a dash, in a division's or an article's ordinal (第—章, 第十—条), and as the
#: numeral of a heading (—、, (—)): a dash stands there for nothing else
OCR_ONE: Final = "—(?!—)"
OCR_NUMERAL: Final = rf"(?:[{CN_NUMERAL_CHARS}]{{1,2}})?{OCR_ONE}"

SCHEMES: Final[tuple[Scheme, ...]] = (
    # ---- the ordinals of parts, chapters, sections, articles and items (第一部分 … 第一项)
    # (a plan's parts are 篇: 第一篇 总体要求; a compilation's 第二篇: alone is its piece label, removed in cleaning)
    # (篇章, a chapter of a programme or a show's script: one word, 第一篇章:奋斗…)
    # (a party lecture's parts are 讲: 第一讲 深刻认识…, as a series of lectures numbers its talks; not 讲究, 讲话)
    Scheme("part", rf"第(?P<n>{CN_NUMERAL}|{ARABIC_NUMERAL}|{OCR_NUMERAL})"
                   r"(?:部分|篇章|篇(?=[ \t]*(?:\n[ \t]*)?\p{Han})|讲(?![究话])(?=[ \t]*[,、:.]?[ \t]*\p{Han}))(?:[ ]?[,、:.])?",
           CN, SECTION, 0, "第一部分 / 第一篇 / 第一篇章 / 第一讲",
           ("第一部分", "第二部分:", "第一篇 ", "第三篇章:", "第一讲 ", "第二讲:"), needs="第"),
    # (a chapter's and an article's ordinals head their text after a space too: a preview flattens a 办法 onto one
    # line, 第一章 总则 第一条 为加强…)
    Scheme("chapter", rf"第(?P<n>{CN_NUMERAL}|{ARABIC_NUMERAL}|{OCR_NUMERAL})章(?:[ ]?[,、:.])?", CN, SECTION, 1,
           "第一章 / 第1章", ("第一章", "第十二章 ", "第2章"), needs="第", lead=ADOPTION_NOTE_END,
           boundaries=frozenset({LINE, SENTENCE, SPACED})),
    Scheme("subchapter", rf"第(?P<n>{CN_NUMERAL}|{ARABIC_NUMERAL}|{OCR_NUMERAL})节(?:[ ]?[,、:.])?", CN, SECTION, 2,
           "第一节", ("第一节",), needs="第"),
    # (an OCR may read a space before 条: 第十一 条)
    Scheme("article", rf"第(?P<n>{CN_NUMERAL}|{ARABIC_NUMERAL}|{OCR_NUMERAL})[ ]?条(?:[ ]?[,、:.])?", CN, SECTION, 3,
           "第一条 / 第1条 / 第十一 条 (articles of 办法, 条例, 制度; numbered on across chapters)",
           ("第一条", "第二十三条 ", "第3条", "第十一 条"),
           needs="第", provision=True, boundaries=frozenset({LINE, SENTENCE, SPACED}),
           # a reference to an article's item or paragraph, or to what it provides, that a wrap set at a line's
           # start (…依照本办法 / 第十条第(二)项所列情形…, 第五条规定的): no article begins so
           # (or to articles listed together: …依照本办法 / 第十五条和第十六条的规定…)
           refuse_after=r"[ \t]*(?:第[(]?[一二三四五六七八九十0-9]{1,3}[)]?[项款]|的?规定|所列|之规定|"
                        r"(?:[和、及与至或]|(?<=、))[ \t]*第[一二三四五六七八九十0-9]{1,4}条)",
           lead=rf"{GLUED_PART_HEADING}|{ADOPTION_NOTE_END}"),
    # (a note in brackets before its colon stays in the marker: 第二项议程(约10分钟): 先进代表发言)
    Scheme(AGENDA_STEP_SCHEME, rf"第(?P<n>{CN_NUMERAL})(?:项(?:议程|议题|程序)?|个(?:议[程题]|环节))"
                           r"(?:[ ]?\([^()\n]{1,20}+\)(?=[ ]?[,、:.]))?(?:[ ]?[,、:.])?", CN, SECTION, 4,
           "第一项 / 第一项议程: / 第一个议程, / 第一个环节: (agenda items of chairing scripts)",
           ("第一项:", "第二项议程:", "第三个议程,", "第四个环节:"),
           refuse_after="是", needs="第",
           # the step may name its meeting between the verb and the item (进行本次会议的第二项议程, 进行开幕式第一项议程)
           # or the ceremony names itself before the step, opening its sentence (典礼第一项:, 大会第二项:)
           lead=rf"(?:进行|开始|进入|转入)(?:\p{{Han}}{{0,4}}?(?:[会议]|{'|'.join(EVENTS)})的?)?"
                rf"|(?<![^\n。!?;:])(?:{'|'.join(EVENTS)})"
                # (the host names the step as the last, then its number: 进行最后一项议程,第八项,请…)
                r"|(?:最后|下)一[项个]议[程题],",
           # (a template's item in lenticular brackets: 【第一项】全体起立)
           also=(rf"【第(?P<n>{CN_NUMERAL})项(?:议程|议题)?】",)),
    # the steps of a procedure (第一步 村党组织提议, 第二步:…): a step heads what is done in it
    Scheme("step", rf"第(?P<n>{CN_NUMERAL})步(?:[ ]?[,、:.])?", CN, SECTION, 4,
           "第一步 / 第二步: (the steps of a procedure)", ("第一步 ", "第二步:"), refuse_after="是", needs="第"),
    # the subjects of a drill, each a part of its script (科目一:疏散逃生, 科目二 初起火灾扑救)
    Scheme("drill_subject", rf"科目(?P<n>{CN_NUMERAL})(?:[ ]?[,、:.]|[ ](?=\p{{Han}}))", CN, SECTION, 4,
           "科目一: / 科目二 (the subjects of a drill)", ("科目一:", "科目二 "), refuse_after="是", needs="科"),
    # the stops of an inspection tour, each a part of its chairing script (第一站:某某产业园, 第二站 某某项目)
    Scheme("tour_stop", rf"第(?P<n>{CN_NUMERAL})站(?:[ ]?[,、:.]|[ ](?=\p{{Han}}))", CN, SECTION, 4,
           "第一站: / 第二站 (the stops of an inspection tour)", ("第一站:", "第二站 "), refuse_after="是", needs="第"),
    # the items of a show's programme, each a step of a gala's script (节目一:开场舞《…》, 节目二 诗朗诵)
    Scheme("programme_item", rf"节目(?P<n>{CN_NUMERAL})(?:[ ]?[,、:.]|[ ](?=\p{{Han}}))", CN, SECTION, 4,
           "节目一: / 节目二 (the items of a gala's programme)", ("节目一:", "节目二 "), refuse_after="是", needs="节"),
    # (a copy may set a space between the numeral and its mark: 一 、, 1 .)
    Scheme("cn", rf"{_FREE_CN_NUMERAL} ?[、.]", CN, SECTION, 5,
           "一、", ("一、", "十二、", "壹、", "二 、"), refuse_after=_NUMERAL_AFTER,
           scan=Behind(_FREE_CN_NUMERAL, ("、", ".", " 、", " .")), lead=GLUED_PART_HEADING,
           also=(rf"(?P<n>{OCR_ONE})、(?=\p{{Han}}|[0-9]{{4}}年)",)),  # (—、2031年工作回顾: a year opens many headings)
    # a Chinese numeral in lenticular or tortoise-shell brackets, as new media and templates head a speech's parts
    # (【一】提高政治站位, 〔二〕…): the level of 一、
    Scheme("cn_bracket", rf"[【〔〖](?P<n>{CN_NUMERAL})[】〕〗]", CN, SECTION, 5,
           "【一】 / 〔一〕 / 〖一〗", ("【一】", "〔二〕", "【十二】", "〖三〗"), needs="【〔〖"),
    # Roman numerals a charter or a Word file heads its parts with (Ⅰ、总则), above the letters and figures under them
    # (or a space alone: Ⅰ  总体情况, as a Word file's outline numbering copies)
    # (in Latin capitals too, with their mark: II. 存在问题, IV、工作建议; no letter before them)
    Scheme("roman", rf"(?P<n>[{ROMAN_NUMERALS[0]}-{ROMAN_NUMERALS[-1]}])(?:[、.]|(?=[ \t])){WORDS_AFTER_A_LETTER}", ROMAN,
           SECTION, 5, "Ⅰ、 / Ⅱ. / Ⅲ (a space) / II. / IV、", ("Ⅰ、", "Ⅱ.", "Ⅻ、", "II.", "IV、", "XIV."),
           needs=ROMAN_NUMERALS, needs_strings=LATIN_ROMAN_PAIRS,
           also=(rf"(?<![A-Za-z0-9(])(?P<n>{_LATIN_ROMAN_PATTERN})[、.]{WORDS_AFTER_A_LETTER}",)),
    # a speech's parts by what they treat (第一个问题:, 第二个方面,): above its bare ordinals (第一,) where both stand
    # (with a colon, the thing counted may be any: 第一个建议:, 第二句话:, 第三点体会:, 第一层意思:, announced
    # by the count before them: 提三点建议, 送大家三句话)
    # (the words a speaker gives, counted: 第一句话, after 送大家三句话, with a comma too)
    # (and a plan's stages, its steps in time: 第一阶段:动员部署, 第二阶段(4月至6月):…)
    # (a speech recogniser writes a space for the comma: 第三个方面 要加强组织领导)
    Scheme("ordinal_part", rf"第(?P<n>{CN_NUMERAL})(?:个(?:{PARTS_OF_A_TALK})(?:[,、:.]|[ \t\u3000]++(?=\p{{Han}}))|句话[,、]|"
                           r"[个点句层]\p{Han}{1,3}?:|"
                           r"阶段(?:\([^()\n]{1,24}\))?[,、:.])", CN,
           SECTION, 6, "第一个问题: / 第二个方面, / 第一个体会, / 第一个建议: / 第二句话: / 第三句话, / 第一阶段:",
           ("第一个问题:", "第二个方面,", "第一个体会,", "第一个建议:", "第二句话:", "第三点体会:", "第三句话,", "第一阶段:",
            "第二阶段(4月至6月):"),
           refuse_after=_NUMERAL_AFTER,
           needs="第"),
    # (a speaker's 第一个, with no word after the counter, is said for 第一个方面: 第一个,要清醒认识…)
    # (a speech recogniser writes a space for the comma, over a heading's words with no mark to the line's end: 第一 要把
    # 这件好事办好)
    Scheme("ordinal", rf"第(?P<n>{CN_NUMERAL})[点个]?(?:[,、:.]|[ \t]++(?=\p{{Han}}[^\s,、:;.。!?]{{3,40}}(?:\n|\Z)))",
           CN, SECTION, 7, "第一, / 第一、 / 第一: / 第二点, / 第一个, / 第一 (a space, an unmarked heading after it)",
           ("第一,", "第二、", "第三:", "第二点,", "第一个,", "第一 要抓好落实\n"),
           refuse_after=_NUMERAL_AFTER, needs="第"),
    # (a space inside the brackets, as OCR or a justified line leaves it: ( 一), (一 ); or its closing bracket read
    # as the tortoise-shell one, which looks alike on a photographed page: (三〕)
    Scheme("cn_paren", rf"\( ?(?P<n>{CN_NUMERAL}) ?\)[、.]?", CN, SECTION, 8,
           "(一) / （一） / (一 ) / ㈠ / (三〕", ("(一)", "(十一)", "(壹)", "(一 )", "( 二)", "㈢", "(三〕"),
           boundaries=_RUN_IN_BOUNDARIES, needs="(", run_in_child=True,  # (㈠ is searched for with ① and ⑴)
           also=(f"(?P<n>[{PAREN_IDEOGRAPHS[0]}-{PAREN_IDEOGRAPHS[-1]}])", rf"\( ?(?P<n>{OCR_ONE}) ?\)[、.]?",
                 rf"\( ?(?P<n>{CN_NUMERAL}) ?〕[、.]?")),
    # a Chinese numeral with a closing bracket only (一), 二）): the (一) form as Word documents and quick typists
    # write it; a bracket opened before it is the (一) form
    Scheme("cn_half_paren", rf"{_FREE_CN_HALF_PAREN}\)(?=[ \t]*\p{{Han}})", CN, SECTION, 8,
           "一) / 一） (a closing bracket only)", ("一)", "十二)", "三）"), needs=")",
           scan=Behind(_FREE_CN_HALF_PAREN, (")",), r"(?=[ \t]*\p{Han})")),
    Scheme("arabic", rf"(?<![0-9.])(?P<n>{ARABIC_NUMERAL}) ?[.、]", ARABIC, SECTION, 9,
           "1. / 1、 / 1． / ⒈ / 1 (a digit that lost its dot, before a space and a heading) / 01 (alone over its heading's line, as WeChat editors style it)",
           ("1.", "2、", "12.", "⒊", "3 、"),
           # numbers listed together (2、5、8村, 1、2月份), and a decimal's digits (not a date's or a time's: 1.9月9日,
           # 1.9:00前: no decimal takes a clock's colon; nor an age's: 2.80周岁以上)
           refuse_after=rf"[0-9]{{1,3}}(?:[、,.]|月份|季度|年级)|(?<=\.)(?!{_DATE_AFTER}|{_WHOLE_COUNT_AFTER})[0-9]",
           scan=Behind(rf"(?<![0-9.])(?P<n>{ARABIC_NUMERAL})", (".", "、", " .", " 、")),
           also=(f"(?P<n>[{FULLSTOP_DIGITS[0]}-{FULLSTOP_DIGITS[-1]}])",),
           # the loose form is no table row: a gap of two spaces before any sentence ends parts cells
           # (1 光纤网络  市通信办), where a paragraph glued to the next by spaces ends its sentence first
           # (or a tab, as a Word file saved as text writes its outline's numbers, 1<tab>总则: the only tab on its
           # line, where a table's row holds one between each of its cells)
           loose=rf"(?<![0-9.])(?P<n>{ARABIC_NUMERAL})(?={_LOOSE_GAP}){_NO_TABLE_GAP}",
           loose_scan=Behind(rf"(?<![0-9.])(?P<n>{ARABIC_NUMERAL})", ("",), rf"(?={_LOOSE_GAP}){_NO_TABLE_GAP}")),
    Scheme("decimal", rf"(?<![0-9.])(?P<n>[0-9]{{1,2}}(?:\.[0-9]{{1,2}}){{1,3}})\.?{_DECIMAL_HEADING_AFTER}", DECIMAL,
           SECTION, 10,
           "1.1 / 1.4.2 (the depth of the number is the depth of the heading)", ("1.1 ", "2.3.1 "),
           # (a number of two dots or more, 3.2.1, is no quantity: only a heading's number has them)
           boundaries=frozenset({LINE, SENTENCE, SPACED}),
           refuse_after=rf"(?<![0-9]\.[0-9]{{1,2}}\.[0-9]{{1,2}}\.?)(?:{_QUANTITY_AFTER})"),
    # (not a school's class, its grade on the line above: 高三 / (1)班; a heading's 班子, 班组, 班级 are words)
    Scheme("arabic_paren", rf"\( ?(?P<n>{ARABIC_NUMERAL}) ?\)[、.]?", ARABIC, SECTION, 11,
           "(1) / （1） / ⑴ / (1 )", ("(1)", "(12)", "⑵", "(1 )"), boundaries=_RUN_IN_BOUNDARIES, run_in_child=True,
           refuse_after=r"班(?![子组级长])",
           also=(f"(?P<n>[{PAREN_DIGITS[0]}-{PAREN_DIGITS[-1]}])",)),
    # a number with a closing bracket only (1), 1）): a list item of Word documents, often the level below (1),
    # and GB/T 1.1's below a); not the (1) form
    Scheme("arabic_half_paren", rf"(?<![0-9A-Za-z.(])(?P<n>{ARABIC_NUMERAL})\)(?=[ \t]*\p{{Han}})", ARABIC, SECTION, 12,
           "1) / 1） (a closing bracket only)", ("1)", "12)", "2）"), needs=")",
           scan=Behind(rf"(?<![0-9A-Za-z.(])(?P<n>{ARABIC_NUMERAL})", (")",), r"(?=[ \t]*\p{Han})")),
    # (after a comma too: a sentence's clauses numbered so, 要做到三个结合,①结合…;②结合…)
    Scheme("circled", rf"(?P<n>[{CIRCLED[0]}-{CIRCLED[-1]}])", ENCLOSED, SECTION, 13,
           "①", ("①", "⑫"), needs=CIRCLED, boundaries=frozenset({LINE, SENTENCE, COMMA})),
    # a letter with a closing bracket only (a), A)) is GB/T 1.1's form of a list item; one after an opening
    # bracket is the (a) form
    Scheme("letter_upper", rf"(?<![A-Za-z0-9(])(?P<n>[A-Z])[、.)]{WORDS_AFTER_A_LETTER}", LETTER, SECTION, 14,
           "A. / A、 / A) / (A)", ("A.", "B、", "C)", "(D)"), boundaries=frozenset({LINE}),
           scan=Behind(r"(?<![A-Za-z0-9(])(?P<n>[A-Z])", ("、", ".", ")"), WORDS_AFTER_A_LETTER),
           also=(rf"\((?P<n>[A-Z])\){WORDS_AFTER_A_LETTER}",)),
    Scheme("letter", rf"(?<![A-Za-z0-9(])(?P<n>[a-z])[、.)]{WORDS_AFTER_A_LETTER}", LETTER, SECTION, 15,
           "a. / a、 / a) / (a)", ("a.", "b、", "d)", "(c)"), boundaries=frozenset({LINE}),
           scan=Behind(r"(?<![A-Za-z0-9(])(?P<n>[a-z])", ("、", ".", ")"), WORDS_AFTER_A_LETTER),
           also=(rf"\((?P<n>[a-z])\){WORDS_AFTER_A_LETTER}",)),
    Scheme("stem", rf"{_STEM}、(?=\p{{Han}})", STEM, SECTION, 16,
           "甲、 (the heavenly stems)", ("甲、", "乙、"), boundaries=frozenset({LINE}),
           scan=Behind(_STEM, ("、",), r"(?=\p{Han})")),
    # ---- points: items of an enumeration inside running text
    Scheme("cn_shi", rf"{_FREE_CN_NUMERAL}是", CN, POINT, None,
           "一是", ("一是", "十是"), boundaries=_POINT_BOUNDARIES, refuse_after=_NUMERAL_AFTER,
           scan=Behind(_FREE_CN_NUMERAL, ("是",)), lead=DEMANDS_LEAD),
    Scheme("cn_yao", rf"{_FREE_CN_NUMERAL}要", CN, POINT, None,
           "一要", ("一要", "三要"), boundaries=_POINT_BOUNDARIES, refuse_after=_NUMERAL_AFTER,
           scan=Behind(_FREE_CN_NUMERAL, ("要",)), lead=DEMANDS_LEAD),
    # (the things a speaker says he will talk of, counted: 讲三件事,第一件事是…)
    Scheme("ordinal_shi", rf"第(?P<n>{CN_NUMERAL})(?:点|件事?|个(?:{PARTS_OF_A_TALK}))?是", CN, POINT, None,
           "第一是 / 第一个方面是 / 第一件事是", ("第一是", "第二点是", "第一个方面是", "第三件事是"),
           boundaries=_POINT_BOUNDARIES,
           refuse_after=_NUMERAL_AFTER, needs="第", bare="ordinal"),
    Scheme("ordinal_item_shi", rf"第(?P<n>{CN_NUMERAL})项是", CN, POINT, None,
           "第一项是 (items listed inside one sentence)", ("第一项是",), boundaries=_POINT_BOUNDARIES, needs="第",
           bare=AGENDA_STEP_SCHEME),
    # 其一, 其二: the reasons or aspects of what was just named, one by one; 其一 alone (必居其一) enumerates nothing
    Scheme("qi", r"其(?P<n>[一二三四五六七八九十]{1,2})(?:是|[,、:])", CN, POINT, None,
           "其一, / 其二、 / 其三是", ("其一,", "其二、", "其三是"), boundaries=_POINT_BOUNDARIES, needs="其",
           needs_a_run=True),
    # 一方面 … 另一方面 weighs two sides of one thing, it does not enumerate: only a numbered run is points
    Scheme("aspect", rf"{_ASPECT_NUMERAL}方面", CN, POINT, None,
           "一方面 … 二方面", ("一方面", "二方面"), boundaries=_POINT_BOUNDARIES, needs="方", needs_a_run=True,
           scan=Behind(_ASPECT_NUMERAL, ("方面",))),
    # one pattern per word, each led by its literal (an alternation is searched for position by position)
    Scheme("sequence", f"(?P<n>{_SEQUENCE_WORDS[0]})", WORD, POINT, None,
           " / ".join(_SEQUENCE_WORDS), ("首先", "其次", "再次,", "最后"), boundaries=_POINT_BOUNDARIES,
           words=dict(zip(_SEQUENCE_WORDS, (1, 2, 3, None), strict=True)),
           needs="".join(word[0] for word in _SEQUENCE_WORDS), needs_a_run=True,
           also=tuple(f"(?P<n>{word}){_SEQUENCE_WORD_AFTER.get(word, '')}" for word in _SEQUENCE_WORDS[1:])),
)

def read_number(scheme: Scheme, numeral: str) -> int | None:
    """The number a marker of ``scheme`` writes with ``numeral`` (its ``n`` group);
    None for a word that takes the number after the previous item's (最后)."""
    if scheme.numeral == CN:
        if "—" in numeral:
            numeral = numeral.replace("—", "一")  # (an OCR's 一: 第—章, 第十—条, (—))
        if numeral in PAREN_IDEOGRAPHS:
            return PAREN_IDEOGRAPHS.index(numeral) + 1
        return int(numeral) if numeral.isdigit() else cn_to_int(numeral)  # (第3条: the ordinals in figures)
    if scheme.numeral == ARABIC:
        for digits in (PAREN_DIGITS, FULLSTOP_DIGITS):
            if numeral in digits:
                return digits.index(numeral) + 1
        return int(numeral)
    if scheme.numeral == ENCLOSED:
        return CIRCLED.index(numeral) + 1
    if scheme.numeral == ROMAN:
        return ROMAN_NUMERALS.index(numeral) + 1 if numeral in ROMAN_NUMERALS else LATIN_ROMAN.index(numeral) + 1
    if scheme.numeral == LETTER:
        return ord(numeral.lower()) - ord("a") + 1
    if scheme.numeral == DECIMAL:
        return int(numeral.rsplit(".", 1)[1])
    if scheme.numeral == STEM:
        return HEAVENLY_STEMS.index(numeral) + 1
    return scheme.words[numeral] if numeral in scheme.words else cn_to_int(numeral)


def depth_of(scheme: Scheme, numeral: str) -> int:
    """How deep a marker's number says it is: 1, or the components of a decimal (1.4.2 → 3)."""
    return numeral.count(".") + 1 if scheme.numeral == DECIMAL else 1


#: the schemes by name
SCHEME_BY_NAME: Final[Mapping[str, Scheme]] = {scheme.name: scheme for scheme in SCHEMES}
#: scheme name → how it is written: the enumeration of the JSON schema's ``scheme``
SCHEME_NAMES: Final[Mapping[str, str]] = {scheme.name: scheme.description for scheme in SCHEMES}
#: the schemes whose markers are points, never sections
POINT_SCHEMES: Final = frozenset(scheme.name for scheme in SCHEMES if scheme.role == POINT)
#: the divisions a book, a plan or a charter is cut into (第N篇, 第N章, 第N节): the marker names the division, so
#: one alone at a line's start opens an excerpt that begins past the first
DIVISION_SCHEMES: Final = frozenset(DIVISION_ORDER)
#: the schemes whose markers open provisions, not headings
PROVISION_SCHEMES: Final = frozenset(scheme.name for scheme in SCHEMES if scheme.provision)
#: a marker of any scheme
ANY_MARKER: Final = "(?:" + "|".join(scheme.marker_pattern for scheme in SCHEMES) + ")"
#: a marker at the start of a line, of any scheme: the line begins a heading or an item
LINE_START_MARKER: Final = rf"^[ \t]*{ANY_MARKER}"
#: the start of a section heading (the line joiner, the title copies and the noise layer use it)
SECTION_MARKER: Final = "(?:" + "|".join(
    scheme.marker_pattern for scheme in SCHEMES if scheme.role == SECTION) + ")"
#: the marker of a provision at a line's start (第八条): a sentence follows it, never heading words alone
PROVISION_START: Final = r"[ \t]*(?:" + "|".join(
    scheme.marker_pattern for scheme in SCHEMES if scheme.provision) + ")"
#: a section marker after the spaces that may indent it (the stray-dot rule and the title copies use it)
INDENTED_SECTION_MARKER: Final = rf"[ \t]*{SECTION_MARKER}"
