"""Titles: is this a title, where does a glued one end, and the title as a person writes it.

Used by the front matter (:mod:`speechparse.lex.front`), which finds the title
among the first lines, and by cleaning (:mod:`speechparse.clean`), which
recognises the copies of a title that sites print and glue around the body.
The facts (genre words, labels, decorations) are in :mod:`speechparse.vocab.titles`;
every function here reads *folded* text (:func:`speechparse.widths.fold`).
"""

from __future__ import annotations

from functools import cache
from typing import Final

import regex

from speechparse.lazyregex import lazy_compile
from speechparse.lex.lines import trimmed
from speechparse.prefilter import CLASS_TOKENS, first_chars, holds_all, last_chars, may_match_at, needed_chars
from speechparse.vocab.chars import CHECKBOXES, CLOSERS, is_han
from speechparse.vocab.placeholders import COUNTED_WORDS
from speechparse.vocab.titles import (
    AI_PANEL_NAME,
    DOCUMENT_NUMBER,
    GENRE_WORD_CONTINUATIONS,
    GENRE_WORDS,
    HOST_CALL,
    ISSUE_REPORTED,
    TITLE_DECORATIONS,
    TITLE_LABEL,
    TITLE_QUALIFIER,
)
from speechparse.widths import fold

#: title length bounds (characters, decorations removed); shorter lines ending in
#: a genre word are site categories (精彩演讲)
MIN_TITLE: Final = 6
MAX_TITLE: Final = 100

# Patterns: alternations of literals, bounded classes, none nested: no timeout needed.
#: a genre word (longest first, so 实施方案 wins over 方案)
GENRE_WORD_ALTERNATION: Final = "|".join(sorted(GENRE_WORDS, key=len, reverse=True))
GENRE_WORD: Final = lazy_compile(GENRE_WORD_ALTERNATION)
#: a genre word, then at most a bracketed qualifier, at the end of a title: …办法(试行). Searched
#: for from the end (REVERSE): a match must end there, and a forward search would try the hundred
#: genre words at every position of the title first (only whether it matches is asked)
_TITLE_END: Final = lazy_compile(rf"(?:{GENRE_WORD_ALTERNATION})(?:{TITLE_QUALIFIER})?$", regex.REVERSE)
#: a site's bar of menu words set apart by wide spaces (发现  发布  通知): no title, whatever its last word
#: (four words or more where one space parts them: a title of parallel phrases has three at most, 守初心 担使命 建新功)
_AI_PANEL_NAME: Final = lazy_compile(AI_PANEL_NAME)
_HOST_CALL: Final = lazy_compile(HOST_CALL)
_ISSUE_REPORTED: Final = lazy_compile(ISSUE_REPORTED)
MENU_BAR: Final = lazy_compile(
    r"\p{Han}{2,4}(?:[ \t]{2,}\p{Han}{2,4}){2,}|\p{Han}{2,4}(?:[ \t]+\p{Han}{2,4}){3,}")
_LABEL_TITLE: Final = lazy_compile(rf"^{TITLE_LABEL}\s*:\s*\S.{{2,}}$")
_BRACKETED_LABEL: Final = lazy_compile(rf"【{TITLE_LABEL}】\s*\S")
#: a title's theme before or after its colon: words, no mark of a sentence or a clause but 、, nor a path's or a
#: site's separator (笔记本 · 2023 讲话/发言)
_THEME: Final = lazy_compile(r"[^,.;:!?()\[\]【】<>|/·_\s][^,.;:!?()\[\]【】<>|/·_]*+")
MIN_THEME: Final = 3
#: a theme after a genre's name is a slogan of parallel phrases, as long as a headline's line allows
#: (…党课讲稿:把“…、…”记在心上、落到实处)
MAX_THEME: Final = 30
#: the last words of a page's label before its colon, whose value a title may be (推荐阅读:…, 上一篇:…, 附件:…)
_FIELD_LABEL: Final = lazy_compile(r"(?:阅读|推荐|文章|下载|附件|来源|标题|题目|主题|作者|关键[词字]|标签|分类|栏目|"
                                   r"链接|地址|文档|资料|范文|模板|专题|专栏|上一篇|下一篇|上一条|下一条|转载|原文|"
                                   r"文件|名称)$")
#: a speaker's name and a colon before the occasion a speech was given at (林明:在…上的讲话)
#: (the speaker's post may stand before the name: 东川区区长何建平:在…上的讲话)
_SPEAKER_BEFORE_AN_OCCASION: Final = lazy_compile(r"[\p{Han}·]{2,16}[ \t]*:[ \t]*(?=在\p{Han})")
_DECORATIONS: Final = tuple(lazy_compile(pattern) for pattern in TITLE_DECORATIONS)
_DOCUMENT_NUMBER_SOURCE: Final = rf"^{DOCUMENT_NUMBER}\s*"
_DOCUMENT_NUMBER: Final = lazy_compile(_DOCUMENT_NUMBER_SOURCE)
_LINE_BREAKS: Final = lazy_compile(r"[ \t]*\n[ \t]*")
#: bullets and list marks a page puts before a heading line
#: (□□ is a blank: □□镇党委…; a post's emoji before its title is a bullet too: 📢关于…)
_BULLET_SOURCE: Final = r"^(?:[•·●◆■▪>]+|□(?!□)|[\p{Extended_Pictographic}\uFE0F\u200D]+)\s*"
_BULLET: Final = lazy_compile(_BULLET_SOURCE)
#: punctuation that ends the stretch a glued title can sit in
HARD_STOPS: Final = lazy_compile(r"[,。!?;:]")
#: a division's or an article's marker (第一章, 第三条): no title glued to its body holds one
_DIVISION_MARKER: Final = lazy_compile(r"第[0-9一二三四五六七八九十百〇零]{1,4}[章节条篇]")
#: a genre word followed by one of these ends a sentence or a quotation, not a title
_NOT_AFTER_TITLE: Final = "。!?;," + CLOSERS
#: a figure and what it counts after a genre word: the word is the sentence's verb (通报5起…), no title's end
_COUNT_AFTER: Final = lazy_compile(rf"\d{{1,4}}(?:{COUNTED_WORDS})")


@cache
def _decoration_edges() -> tuple[tuple[bool, frozenset[str] | None, frozenset[str]], ...]:
    """For each decoration: whether it sits at the title's end ($) rather than its start (^), the
    characters it can end (or start) with there (None where that is not known or names a class,
    \\d), and the characters each of which it holds. Read on first use."""
    edges = []
    for pattern in TITLE_DECORATIONS:
        at_end = pattern.endswith("$")
        chars = last_chars(pattern) if at_end else first_chars(pattern) if pattern.startswith("^") else None
        edges.append((at_end, chars if chars is not None and chars.isdisjoint(CLASS_TOKENS) else None,
                      needed_chars(pattern)))
    return tuple(edges)


def clean_title(raw: str) -> str | None:
    """The title as a person would write it: one line, no site decorations, no document
    number. Judged on the folded text; the characters returned are ``raw``'s own."""
    joined = _LINE_BREAKS.sub("", raw) if "\n" in raw else raw
    folded = fold(joined)  # same length as joined: offsets into one are offsets into the other
    start, end = trimmed(folded, 0, len(folded))
    for pattern, source in ((_BULLET, _BULLET_SOURCE), (_DOCUMENT_NUMBER, _DOCUMENT_NUMBER_SOURCE)):
        if not may_match_at(source, folded, start, end):
            continue  # (a bullet's first character, the brackets of a document number's year)
        match = pattern.match(folded, start, end)
        if match is not None:
            start, end = trimmed(folded, match.end(), end)
    start, end = _without_decorations(folded, start, end)
    if (folded[start:start + 1], folded[end - 1:end]) in (("《", "》"), ("<", ">"), ("【", "】")) \
            and folded.count(folded[start], start, end) == 1:
        start, end = start + 1, end - 1  # a title set in brackets: 《…》, 【…】
    return joined[start:end] or None


def strip_decorations(title: str) -> str:
    """``title`` (folded) without the decorations sites add (.docx, (精选5篇), 范文 …),
    keeping at least :data:`MIN_TITLE` characters."""
    start, end = _without_decorations(title, 0, len(title))
    return title[start:end]


@cache
def _decoration_gate() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[frozenset[str], ...]]:
    """What a title must show for any decoration to be tried on it: a last character some decoration
    at the end ends with, a first character some decoration at the start starts with, or every
    character a decoration whose edge is not known needs (most titles show none, and skip the loop):
    those that need one character are asked about at once (篇, the separators before a site's name)."""
    edges = _decoration_edges()
    ends = frozenset().union(*(chars for at_end, chars, _ in edges if at_end and chars is not None))
    starts = frozenset().union(*(chars for at_end, chars, _ in edges if not at_end and chars is not None))
    unknown = [needs for _, chars, needs in edges if chars is None]
    return (ends, starts, frozenset().union(*(needs for needs in unknown if len(needs) == 1)),
            tuple(needs for needs in unknown if len(needs) != 1))


def _without_decorations(folded: str, start: int, end: int) -> tuple[int, int]:
    changed = True
    edges = _decoration_edges()
    ends, starts, unknown_chars, unknown = _decoration_gate()
    while changed:
        changed = False
        piece = folded[start:end]
        if piece and piece[-1] not in ends and piece[0] not in starts and not piece.endswith("\n") \
                and not any(char in piece for char in unknown_chars) \
                and not any(holds_all(piece, needs) for needs in unknown):
            break  # each decoration's own test below would pass it by
        for pattern, (at_end, chars, needs) in zip(_DECORATIONS, edges, strict=True):
            if chars is not None and piece and not piece.endswith("\n") \
                    and (piece[-1] if at_end else piece[0]) not in chars:
                continue  # a decoration at the title's end (or start) ends (or starts) with one of these
            if not holds_all(piece, needs):
                continue  # (篇 of 篇三, 【 and 】 of 【推荐】)
            match = pattern.search(piece)
            if match is None or match.start() == match.end():
                continue
            if match.start() == 0:
                new_start, new_end = trimmed(folded, start + match.end(), end)
            elif match.end() == len(piece):
                new_start, new_end = trimmed(folded, start, start + match.start())
            else:
                continue
            if new_end - new_start >= MIN_TITLE:
                start, end, changed = new_start, new_end, True
                piece = folded[start:end]
    return start, end


def is_title_text(content: str) -> bool:
    """Whether a line (folded) is a title: it ends in a genre word, or opens with a genre
    label and a colon (or in brackets), and holds no sentence."""
    if content[:1] in CHECKBOXES:
        return False  # a checklist's item (☐ 各街道报送隐患台账), whatever word it ends with
    title = clean_title(content)
    if title is None or not MIN_TITLE <= len(title) <= MAX_TITLE:
        return False
    if any(char in title for char in "。;?") or title.count(",") > 1:
        return False
    if _LABEL_TITLE.match(title) or (content[0] == "【" and _BRACKETED_LABEL.match(content)):
        return True  # (党课:…, or the label in brackets a column sets before a talk's title: 【党课讲稿】…)
    if ":" in title:
        # a news portal's headline names the speaker first (林明:在…会议上的讲话): the speech's title after the colon
        speaker = _SPEAKER_BEFORE_AN_OCCASION.match(title)
        if speaker is not None:
            return ends_in_genre_word(title[speaker.end():])
        # a theme and the title it heads, parted by a colon (学党史、悟思想:一名老党员的心得体会), or a title and
        # its theme after it (读《红岩》有感:信仰的力量); not a label's value (推荐阅读:…的通知)
        theme, _, rest = title.partition(":")
        return (len(theme) >= MIN_THEME and _THEME.fullmatch(theme) is not None and _FIELD_LABEL.search(theme) is None
                and _THEME.fullmatch(rest) is not None
                and (ends_in_genre_word(rest) or (ends_in_genre_word(theme) and len(rest) <= MAX_THEME)))
    if " " in title and MENU_BAR.fullmatch(title):
        return False
    if _AI_PANEL_NAME.search(title) is not None:
        return False  # (a tool's label of what its AI wrote: AI 纪要, 智能纪要)
    if is_host_call(title):
        return False
    reported = _ISSUE_REPORTED.search(title)
    if reported is not None and GENRE_WORD.fullmatch(reported.group("object")) is not None:
        return False  # (a paper's deck under its headline: 市政府印发方案)
    return ends_in_genre_word(title)


#: a speech's title that names its occasion (在…会议上的讲话) is at least this long
MIN_OCCASION_TITLE: Final = 8


def names_its_occasion(line: str) -> bool:
    """Whether a line (folded, trimmed) is a speech's whole title that names its occasion (在…会议上的讲话): a title
    of its own, never the second half of a headline above it."""
    return line.startswith("在") and len(line) >= MIN_OCCASION_TITLE and is_title_text(line)


def ends_in_genre_word(title: str) -> bool:
    """Whether ``title`` (folded) ends with a genre word, a qualifier or closing quotes aside."""
    without_closers, without_spaces = title.rstrip(CLOSERS + " "), title.rstrip(" ")
    return _TITLE_END.search(without_closers) is not None or \
        (without_spaces != without_closers and _TITLE_END.search(without_spaces) is not None)


def glued_title_ends(content: str) -> list[int]:
    """Offsets in a line (folded) where a title glued to the body that follows may end.

    A genre word ends a glued title where no sentence punctuation stands before it
    and what follows starts the body, not a longer word (讲话精神, 报告会) or the
    end of a quotation (《…的通知》), and no book's title it opened is left open.
    """
    stop = HARD_STOPS.search(content)
    zone = content[:stop.start()] if stop else content
    division = _DIVISION_MARKER.search(zone)
    if division is not None:
        zone = zone[:division.start()]  # (…办法(试行)第一章 总则第一条…: the title ends before its division)
    return [match.end() for match in GENRE_WORD.finditer(zone)
            if match.end() < len(content) and content[match.end()] not in GENRE_WORD_CONTINUATIONS
            and content[match.end()] not in _NOT_AFTER_TITLE
            and not (content[match.end()].isdigit() and _COUNT_AFTER.match(content, match.end()))
            # (nor inside a book's title it opened: 合集《微党课100讲》 names a series)
            and content.count("《", 0, match.end()) <= content.count("》", 0, match.end())]


def is_host_call(content: str) -> bool:
    """Whether a line is a host's call of the next speaker or item (下面请…致闭幕词): said, never a title."""
    return _HOST_CALL.match(content) is not None


def may_be_title_line(content: str) -> bool:
    """A short line of words without sentence punctuation, mostly Han: a title or its copy (not a host's call of
    the speaker: 下面请…致辞)."""
    return (MIN_TITLE <= len(content) <= MAX_TITLE // 2 and not HARD_STOPS.search(content)
            and sum(map(is_han, content)) * 2 > len(content) and not is_host_call(content))


__all__ = ["GENRE_WORD", "HARD_STOPS", "MAX_TITLE", "MENU_BAR", "MIN_TITLE", "clean_title", "ends_in_genre_word",
           "glued_title_ends", "is_host_call", "is_title_text", "may_be_title_line", "names_its_occasion",
           "strip_decorations"]
