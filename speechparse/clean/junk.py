"""Junk that copying and anti-copy tricks put inside the text.

* Anti-copy *jammer* strings of Discuz forums (老秘网 and its mirrors): runs of
  one- and two-character ASCII tokens with punctuation (``$ G! l0 B& {7 H``),
  inserted at line ends, on lines of their own or glued before Chinese text.
  Real ASCII in speeches (GDP, 5G, CCTV, 10:20, GB/T 9704-2012) is made of
  longer tokens or has no punctuation in most tokens, so it stays.
* *Doubled* text from PPT and PDF text layers extracted twice (第第1515章章).
  Real reduplication (研究研究, 看看, 常常) is rare in a line; doubling is
  undone only in lines where undoing it would remove :data:`MIN_DOUBLED_SHARE`
  of the line or more.
* *Lost characters*: a character a page could not show (an indent, a bullet) becomes
  ``?`` at the start of a paragraph (``?过去一年…``); no paragraph of Chinese opens
  with a question mark.
* *Line numbers* a document viewer or a draft for comment prints in the margin (1 …, 2 …,
  counting from 1 again on each page), copied before each line's words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import regex

from speechparse.lazyregex import lazy_compile
from speechparse.vocab.chars import SENTENCE_END
from speechparse.vocab.placeholders import BLANK_CHARS
from speechparse.vocab.schemes import ANY_MARKER, INDENTED_SECTION_MARKER
from speechparse.vocab.words import WORDS_ENDING_IN_ONE

if TYPE_CHECKING:
    from speechparse.clean import CleanState

# Patterns: no nested unbounded quantifiers (the jammer repeat is bounded to 64): no timeout needed.
_JAMMER: Final = lazy_compile(
    # (not from a bracket that closes the text's words before it: (签约、合影) # % - @ keeps its bracket)
    r"(?:(?<=^)|(?<=[\s\p{Han}。,;:!?”)]))(?![)\]](?<=[^\s][)\]]))(?:[\x21-\x7e]{1,2}[ \u00a0]{1,2}){3,64}"
    # (its last token is no bracket that opens a heading's numeral after it: (三)抓要素 is the text's)
    r"(?!\([一二三四五六七八九十\d])[\x21-\x7e]{1,2}?"
    r"(?=[ \u00a0]|$|\p{Han}|\([一二三四五六七八九十\d])",
    regex.MULTILINE,
)
# (a run is matched 64 tokens at a time: an unbounded repeat would make the regex engine
# keep state for every token of a megabyte-long run; consecutive matches remove it all)
#: whether a run may be there: three short tokens, each followed by spaces. A text holds that exactly
#: when it holds a space after a token's last character, then two more tokens with their spaces: the
#: pattern is written so, led by the space, because the regex engine searches for a literal at C speed
#: and tries a class at every position (in folded text every no-break space is a space)
_JAMMER_HINT: Final = lazy_compile(r"(?<=[\x21-\x7e]) {1,2}[\x21-\x7e]{1,2} {1,2}[\x21-\x7e]{1,2} ")
_TOKEN: Final = lazy_compile(r"\S+")
#: a sentence's marks after folding: one glued to the text before a run is the text's
_SENTENCE_MARKS: Final = "!?.,;:"
#: a jammer run has at least this many tokens, most of them random-looking
MIN_JAMMER_TOKENS: Final = 4
MIN_RANDOM_SHARE: Final = 0.6

#: a character written twice, among those from U+2E80 on, where every Han character stands (tested):
#: Python's ``re`` scans a range class at once, where ``regex`` tests \p{Han} at every position (a
#: fifth of the time on the dev corpus); whether the doubled character is Han is asked of each found
_DOUBLED_WIDE_CHAR: Final = re.compile("([\u2e80-\U0010ffff])\\1")
_HAN_CHAR: Final = lazy_compile(r"\p{Han}")
#: a short stretch written twice: enough to tell a doubled line from a normal one. Python's
#: ``re``, not ``regex``: it follows a back-reference three times faster (measured on the dev
#: corpus), and the pattern needs nothing else. ``re``'s ``\S`` also refuses \x1c-\x1f,
#: which ``regex``'s lets in: the class adds them back, so the two match alike.
_SHORT_DOUBLE: Final = re.compile(r"([\S\x1c-\x1f]{1,3}?)\1")
#: a doubled layer doubles a character every few characters
MAX_CHARS_PER_DOUBLE: Final = 40
#: the longest stretch a doubled text layer repeats at once
MAX_DOUBLED: Final = 40
#: doubling is undone in a line where undoing it removes this share of the line
MIN_DOUBLED_SHARE: Final = 0.15
MIN_DOUBLED_LINE: Final = 20
#: and where at least this many stretches are doubled (谢谢!谢谢! alone is speech)
MIN_DOUBLES: Final = 5


def remove_jammer(state: CleanState) -> None:
    """Mark anti-copy jammer runs for removal, with the spaces around them.

    A run that fills its line takes the line break too.
    """
    text = state.folded
    spans = []
    if _JAMMER_HINT.search(text) is None:  # three short ASCII tokens in a row: rare, cheap to look for
        return
    for match in _JAMMER.finditer(text):
        tokens = junk = 0
        for token in _TOKEN.finditer(match.group()):  # one token at a time: a run may be megabytes long
            tokens += 1
            junk += _looks_random(token.group())
        if tokens >= MIN_JAMMER_TOKENS and junk >= MIN_RANDOM_SHARE * tokens:
            start, end = match.span()
            if end < len(text) and not text[end].isspace():
                # the run glued to the text after it: figures that end it are the text's own (…H4起 is 4起: a
                # figure lost to the run would change what the text says; a digit of junk left is only junk)
                while end > start and text[end - 1].isdigit():
                    end -= 1
            if start > 0 and text[start] in _SENTENCE_MARKS and not text[start - 1].isspace():
                # a mark glued to the text before the run ends that text's sentence, whether a space or junk follows
                # it (…闭幕! 8V !x, …作如下表态:% Q4 w}: its colon is the text's)
                start += 1
            while end < len(text) and text[end] in " \u00a0\t":
                end += 1
            if end == len(text) or text[end] == "\n":
                while start > 0 and text[start - 1] in " \u00a0\t":
                    start -= 1  # spaces before a run at a line end go with it
                if (start == 0 or text[start - 1] == "\n") and end < len(text):
                    end += 1  # the run was the whole line
            spans.append((start, end))
    state.remove(spans)


def _looks_random(token: str) -> bool:
    """A jammer token: punctuation in it, a letter and a digit mixed (N9, r1), cases mixed (uL, Qf), or a letter
    alone (r, W): an abbreviation of the text's is two capitals at least (AI, VR) or a longer word."""
    if not token.isalnum():
        return True
    if len(token) == 1:
        return token.isalpha()
    return (any(char.isdigit() for char in token) and any(char.isalpha() for char in token)) \
        or (any(char.islower() for char in token) and any(char.isupper() for char in token))


def undo_doubling(state: CleanState) -> None:
    """In lines where most stretches are written twice, keep one copy of each.

    Doubled layers come from PPT and PDF previews of document sites, so only a
    text that showed a site's boilerplate is looked at.
    """
    if not (state.meta.get("site") or state.meta.get("file_title")):
        return
    text = state.folded
    if not _doubles_a_han_char(text):  # not one character written twice: nothing to undo
        return
    spans: list[tuple[int, int]] = []
    position = 0
    while position < len(text):
        newline = text.find("\n", position)
        end = len(text) if newline < 0 else newline
        # a cheap regex count first: the greedy reading below is only for lines full of doubles
        if end - position >= MIN_DOUBLED_LINE and _dense_doubles(text, position, end):
            second_copies = _second_copies(text, position, end)
            removed = sum(stop - start for start, stop in second_copies)
            if len(second_copies) >= MIN_DOUBLES and removed >= MIN_DOUBLED_SHARE * (end - position):
                spans.extend(second_copies)
        position = end + 1
    state.remove(spans)


def _doubles_a_han_char(text: str) -> bool:
    """Whether ``text`` holds a Han character written twice in a row (研究研究 does not; 第第 does)."""
    position = 0
    while (found := _DOUBLED_WIDE_CHAR.search(text, position)) is not None:
        if _HAN_CHAR.match(found.group(1)) is not None:
            return True
        position = found.start() + 1
    return False


def _dense_doubles(text: str, start: int, end: int) -> bool:
    """At least :data:`MIN_DOUBLES` short doubles, and one every :data:`MAX_CHARS_PER_DOUBLE`."""
    needed = max(MIN_DOUBLES, (end - start) // MAX_CHARS_PER_DOUBLE)
    doubles = (match for match in _SHORT_DOUBLE.finditer(text, start, end) if not _in_a_run(text, match.start())
               and not _is_blank(match.group(1)))
    return any(count >= needed for count, _ in enumerate(doubles, 1))


def _is_blank(stretch: str) -> bool:
    """Whether a stretch is a template's blank (XX, **): written twice on purpose, no doubled layer."""
    return all(char in BLANK_CHARS for char in stretch)


def _in_a_run(text: str, index: int) -> bool:
    """Whether one character stands three times or more at ``index`` (a form's blank ______, a row of □□□): a
    layer written twice doubles each character once, never three times."""
    char = text[index]
    return text[index + 1:index + 3] == char * 2 or (index > 0 and text[index - 1] == char == text[index + 1:index + 2])


def _second_copies(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Second copies of doubled stretches, read greedily from the left, longest first.

    A copy may follow its first after one space (5 5年 / , ,): the space goes too.
    """
    copies: list[tuple[int, int]] = []
    index = start
    while index < end:
        if _in_a_run(text, index):  # (a run of one character is no doubled stretch: step over it)
            run = index
            while run < end and text[run] == text[index]:
                run += 1
            index = run
            continue
        found = None
        for length in range(min(MAX_DOUBLED, (end - index) // 2), 0, -1):
            first = text[index:index + length]
            if first.isspace() or _is_blank(first):
                continue  # (a template's blank is written twice on purpose: XX宾馆, **局)
            if text[index + length:index + 2 * length] == first:
                found = (index + length, index + 2 * length)
                break
            after_space = index + length + 1
            if text[index + length] == " " and text[after_space:after_space + length] == first:
                found = (index + length, after_space + length)
                break
        if found is None:
            index += 1
        else:
            copies.append(found)
            index = found[1]
    return copies


_STRAY_DOT: Final = lazy_compile(r"(?<=\p{Han})\.(?=\p{Han})")
#: a full stop typed half-width: after a Han character, before another, a space or a line's end
_TYPED_FULL_STOP: Final = lazy_compile(r"(?<=\p{Han})\.(?=\p{Han}|[ \t]*(?:\n|\Z))")
#: a marker and the spaces that indent it are at most this long (一., 第十二章., indented)
MAX_MARKER_REACH: Final = 24
_MARKER_AT: Final = lazy_compile(INDENTED_SECTION_MARKER)
#: a marker of any scheme, a point's or a heading's, where a sentence would begin (一是, 首先, (二), 三、)
_MARKER_AFTER: Final = lazy_compile(ANY_MARKER)
#: words a numeral one ends, a marker's first character: 第一, 统一 (a site's dot inside them, no full stop)
_WORDS_OF_ONE: Final = frozenset((*WORDS_ENDING_IN_ONE, "第一", "第二", "第三"))
#: a text that ends this many sentences with 。 does not use the dot as its full stop
MIN_FULL_STOPS: Final = 3


def remove_stray_dots(state: CleanState) -> None:
    """经济.发展: a dot between two characters, in a text that ends its sentences with 。

    Some sites sprinkle dots into words; a text that uses the half-width dot as
    its full stop (重要工作.调查发现, typed on a phone) keeps every one, and the
    stages after read each dot after a word as the full stop it stands for.
    """
    folded = state.folded
    if "." not in folded:
        return
    if folded.count("。") >= MIN_FULL_STOPS:
        dots = [match.start() for match in _STRAY_DOT.finditer(folded) if not _closes_a_marker(folded, match.end())]
        # (a dot before the marker of a point or a heading is the full stop an OCR or a PDF misread: …不放松.一是…)
        stops = {dot for dot in dots if _MARKER_AFTER.match(folded, dot + 1)
                 and folded[dot - 1] + folded[dot + 1] not in _WORDS_OF_ONE}  # (第.一要务, 统.一: a word, dotted)
        if stops:
            state.read_as("。", sorted(stops))
        state.remove((dot, dot + 1) for dot in dots if dot not in stops)
        return
    state.read_as("。", [match.start() for match in _TYPED_FULL_STOP.finditer(folded)
                         if not _closes_a_marker(folded, match.end())])


def _closes_a_marker(folded: str, dot_end: int) -> bool:
    """Whether the dot ending at ``dot_end`` is a heading marker's (一.基本情况, 第二.): the marker
    stands where headings start, at its line's start or after a sentence end, a few characters back
    (looked for that far only: a line of a million dots costs no search back to its start for each)."""
    reach = max(0, dot_end - MAX_MARKER_REACH)
    newline = folded.rfind("\n", reach, dot_end)
    line_start = newline + 1 if newline >= 0 or reach == 0 else -1  # -1: the line starts beyond the reach
    sentence_end = max(folded.rfind(char, max(reach, line_start), dot_end) for char in SENTENCE_END)
    starts = {start for start in (line_start, sentence_end + 1 if sentence_end >= 0 else -1) if start >= 0}
    return any((marker := _MARKER_AT.match(folded, start)) is not None and marker.end() == dot_end
               for start in starts)


#: one to three question marks that open a line's text, before its first word, figure or marker (??2024年…, ??(一)…:
#: the full-width spaces of a paragraph's indent, written in an encoding that has none); no line opens with a question
_LOST_CHARACTERS: Final = lazy_compile(r"(?<=^[ \t]{0,8})\?{1,3}(?=[^\s?])", regex.MULTILINE)


def remove_lost_characters(state: CleanState) -> None:
    """?过去一年…: the question marks a page left where it lost characters at a paragraph's start."""
    if "?" in state.folded:
        state.remove_matches(_LOST_CHARACTERS.finditer(state.folded))


#: a line's number in the margin, a space after it (1 清河县…, 12 　　二、…)
_MARGIN_NUMBER: Final = re.compile(r"^([0-9]{1,3}) ", re.MULTILINE)  # (Python's re: one class, no backtracking)
#: the margin's numbers run on at least this many lines at a stretch, each one more than the line's above
MIN_NUMBERED_LINES: Final = 15
#: and this share of those lines at least hold a sentence's or a clause's mark: prose wrapped at the margin, not the
#: rows of a table numbered in a column of its own
MIN_PROSE_SHARE: Final = 0.5
_PROSE_MARK: Final = re.compile(r"[,。;:、]")


def remove_line_numbers(state: CleanState) -> None:
    """Mark the line numbers a viewer printed in the margin before each line (1 …, 2 …, from 1 again on each page):
    runs of :data:`MIN_NUMBERED_LINES` consecutive lines at least, numbered one more each time, most of them prose."""
    text = state.folded
    if "1 " not in text:
        return
    runs: list[list[tuple[int, int]]] = []  # the spans of each run's numbers
    run: list[tuple[int, int]] = []
    last_number, last_line_end = -1, -1
    for match in _MARGIN_NUMBER.finditer(text):
        number, line_start = int(match.group(1)), match.start()
        if run and ((number == last_number + 1 and last_line_end == line_start - 1)
                    or (number == 1 and _between_pages(text, last_line_end, line_start))):
            run.append(match.span())
        else:
            runs.append(run)
            run = [match.span()]
        line_end = text.find("\n", match.end())
        last_number, last_line_end = number, len(text) if line_end < 0 else line_end
    runs.append(run)
    spans: list[tuple[int, int]] = []
    for found in runs:
        if len(found) < MIN_NUMBERED_LINES:
            continue
        prose = 0
        for _, end in found:
            line_end = text.find("\n", end)
            prose += _PROSE_MARK.search(text, end, len(text) if line_end < 0 else line_end) is not None
        if prose >= MIN_PROSE_SHARE * len(found):
            spans.extend(found)
    state.remove(spans)


#: a page's break between two numbered lines: at most this many lines, this many characters (— 1 —, blank lines)
MAX_PAGE_BREAK_LINES: Final = 4
MAX_PAGE_BREAK_CHARS: Final = 40


def _between_pages(text: str, end: int, start: int) -> bool:
    """Whether only a page's break stands between the line ending at ``end`` and the one starting at ``start``: a
    few short lines with no numbered line among them (— 1 —, a blank line), where the margin counts from 1 again."""
    return 0 <= end < start and start - end <= MAX_PAGE_BREAK_CHARS \
        and text.count("\n", end, start) <= MAX_PAGE_BREAK_LINES
