"""Small cleaning rules that need no table of their own."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Final

import regex

from speechparse.lazyregex import lazy_compile
from speechparse.vocab import CLOSING, DISTRIBUTION, DOCUMENT_NOTE, WRITTEN_DATE
from speechparse.vocab.chars import DECORATION_GLYPH
from speechparse.vocab.schemes import ANY_MARKER

if TYPE_CHECKING:
    from speechparse.clean import CleanState

# Patterns: no nested unbounded quantifiers; the end-of-text ones read the last TAIL characters only.
#: the CRs of a line end (CR LF, and CR CR LF, a CR LF file written again in text mode on Windows)
_CR_BEFORE_LF = lazy_compile(r"(?<!\r)\r++(?=\n)")


def drop_carriage_returns(state: CleanState) -> None:
    """CRLF line ends become LF: the CRs before each LF go."""
    state.remove_matches(_CR_BEFORE_LF.finditer(state.text))


def drop_form_feeds(state: CleanState) -> None:
    """A page break's form feed goes (pdftotext and antiword write one where each page begins, often before the
    page's first word): the page's lines then join as any wrapped lines do."""
    text = state.text
    if "\f" in text:
        state.remove(match.span() for match in _FORM_FEEDS.finditer(text))


_FORM_FEEDS = re.compile("\f+")

#: characters that format text and show nothing (zero-width spaces and joiners, direction marks, a soft hyphen, a
#: byte-order mark inside the text): an editor's or a page's, never the document's words (Python's re: one class)
INVISIBLE_CHARACTERS: Final = "\u200b\ufeff\u00ad\u200c\u200d\u200e\u200f\u2060\u202a\u202b\u202c\u202d\u202e"
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]+")


def drop_invisible_characters(state: CleanState) -> None:
    """Zero-width spaces and the like go: a line that ends in 。 and a zero-width space ends in 。."""
    text = state.text
    # a search for each character (at C speed, as for a literal) costs less than one scan for the class
    if any(char in text for char in INVISIBLE_CHARACTERS):
        state.remove(match.span() for match in _INVISIBLE.finditer(text))


#: a text that ends in one of these ended a sentence
_ENDS_A_SENTENCE = frozenset("。!?;:…”’」』)】》.!?")
_TRAILING_ELLIPSIS = lazy_compile(r"(?:……|\.{3,}|…)\s*\Z")
#: a line's first character that is a decoration, and the decoration before a marker (its glyphs and the
#: spaces after them): matched only on the lines that begin with such a glyph
_DECORATION_HEAD = lazy_compile(DECORATION_GLYPH)
_DECORATION_BEFORE_A_MARKER = lazy_compile(
    rf"[ \t]*+(?P<glyphs>{DECORATION_GLYPH}(?:{DECORATION_GLYPH}|\uFE0F){{0,3}}+[ \t]*+)(?={ANY_MARKER})")
#: the brackets a page sets a whole heading in, each with its closing one (not 〔〕, a document number's)
HEADING_BRACKETS: Final = {"【": "】", "「": "」", "『": "』", "〖": "〗"}
#: a numbered heading set whole in brackets on its line (【一、加强理论武装】, 「(二)完善制度」)
_BRACKETED_HEADING = lazy_compile(rf"[ \t]*+(?P<open>[【「『〖])(?={ANY_MARKER})[^【】「」『』〖〗\n]{{2,60}}"
                                  rf"(?P<close>[】」』〗])[ \t]*$", regex.MULTILINE)
#: how many lines' first characters are remembered as decorations or not (a bound: a hostile text may begin
#: each of its lines with another character)
DECORATION_MEMORY: Final = 4096


@lru_cache(maxsize=DECORATION_MEMORY)
def _is_decoration(char: str) -> bool:
    """Whether a line's first character is a decoration (asked once a character, not once a text)."""
    return _DECORATION_HEAD.fullmatch(char) is not None


def remove_heading_decorations(state: CleanState) -> None:
    """The glyphs a page sets before a numbered heading or item for its looks (▍一、…, ◆ (二)…, ★1.…) go:
    the marker then opens its line, as the document wrote it. So do the brackets a page sets a whole numbered
    heading in (【一、加强理论武装】)."""
    text = state.folded
    for line_start in state.line_starts().starts_with_head(_is_decoration):
        match = _DECORATION_BEFORE_A_MARKER.match(text, line_start)
        if match is not None:
            state.remove([match.span("glyphs")])
    for line_start in state.line_starts().starts_with_head(_is_opening_bracket):
        match = _BRACKETED_HEADING.match(text, line_start)
        if match is not None and HEADING_BRACKETS[match["open"]] == match["close"]:
            state.remove([match.span("open"), match.span("close")])


def _is_opening_bracket(char: str) -> bool:
    return char in HEADING_BRACKETS


#: the last line of a complete text that ends no sentence: a 公文's date (成文日期), note (附注) or
#: distribution lines (版记), a speech's closing formula; a form's field left to fill (联系电话:____) or left
#: empty (附件:无), its date left to fill (______年____月____日), a row of
#: a table (its cells parted by tabs) or a divider drawn with symbols (***)
_LAST_LINE_OF_A_WHOLE_TEXT = lazy_compile(
    rf"[ \t]*(?:\(?[ \t]*{WRITTEN_DATE}[ \t]*\)?|{DOCUMENT_NOTE}|(?:{DISTRIBUTION})[^\n]*|{CLOSING}|"
    r"[^\n:]{1,16}:[ \t]*(?:[Xx×*]{2,}|无)?|[^\n]*_{2,}[ \t]*(?:[(][^()\n]{1,8}[)]|日)?|[^\t\n]+(?:\t+[^\t\n]+)+|"
    r"[*＊\-—=~·]{3,})[ \t]*\Z")


def trim_outer_space(state: CleanState) -> None:
    """Blank lines left at the start or the end where noise was removed go with it.

    A text that lost nothing at its start (or end) keeps its spaces there:
    text without noise passes through unchanged.
    """
    noise = [removal for removal in state.removals if removal.text.strip()]  # not CRs or line breaks
    if not noise:
        return
    removed_from = min(removal.span[0] for removal in noise)
    removed_to = max(removal.span[1] for removal in noise)
    text = state.text
    # lengths by str.lstrip/rstrip: a regex \s+\Z would retry every position of a long run of spaces
    lead = len(text) - len(text.lstrip())
    trail_start = len(text.rstrip())
    if 0 < lead < len(text) and removed_from < state.offsets.to_raw(lead):
        state.remove([(0, lead)])
    if lead < trail_start < len(text) and removed_to > state.offsets.to_raw(trail_start - 1):
        state.remove([(trail_start, len(text))])


#: how much of the end the truncation rule reads
TAIL = 200
_PREVIEW_DOTS = lazy_compile(r"(?<=\p{Han})\.{3}(?=\s*\Z)")


def note_truncation(state: CleanState) -> None:
    """Say the text was cut where the evidence shows it.

    A site's preview that ends mid-sentence, or a text that ends with an ellipsis
    after a site's boilerplate was removed, stops before the document does. The
    three dots a preview ends with (创造...) are the site's mark, not the text's.
    """
    tail = max(0, len(state.folded) - TAIL)  # the end is all these look at: never scan a whole text
    dots = _PREVIEW_DOTS.search(state.folded, tail)
    if dots is not None:
        state.remove([dots.span()])
        state.note(truncated=True)
    text = state.folded[tail:].rstrip()
    from_a_site = bool(state.meta.get("site") or state.meta.get("file_title")) or any(
        "." in removal.rule for removal in state.removals)  # a rule of the site table removed something
    if text and from_a_site and (text[-1] not in _ENDS_A_SENTENCE or _TRAILING_ELLIPSIS.search(text)) \
            and not _LAST_LINE_OF_A_WHOLE_TEXT.match(text, text.rfind("\n") + 1):
        state.note(truncated=True)



# A blank line or an indent is how a page or a word processor lays paragraphs out, not text: the cleaned
# text parts paragraphs by one line break, as a person retyping it would (and as blanks' contexts are
# read: a blank that opens a paragraph reads 。\n before it). The spaces after a line break are searched
# for from the break, a literal the engine finds at C speed; the spaces that end a line only in a text
# that holds some (a class leading a pattern is tried at every position). No run is tried twice: each
# is matched from its first character, without backtracking.
_TEXT_START_SPACES = lazy_compile(r"[\p{Zs}\t\n]++")
_SPACES_AFTER_A_BREAK = lazy_compile(r"\n\K[\p{Zs}\t\n]++")
#: (after a line's text: the spaces of a line that holds nothing else go with the break before them)
_SPACES_ENDING_A_LINE = lazy_compile(r"(?<=[^\p{Zs}\t\n])[\p{Zs}\t]++(?=\n|\Z)")
#: the spaces that end lines, as they mostly stand (a text without them is not searched for the rarer ones)
_COMMON_SPACES_BEFORE_A_BREAK: Final = (" \n", "\t\n", "\u3000\n", "\xa0\n", "\u2002\n", "\u2003\n")


def close_paragraph_spacing(state: CleanState) -> None:
    """Blank lines, indents and spaces at the ends of lines go: one line break parts two paragraphs."""
    text = state.text
    start = _TEXT_START_SPACES.match(text)
    if start is not None:
        state.remove([start.span()])
    state.remove_matches(_SPACES_AFTER_A_BREAK.finditer(text))
    last = len(text) - 1
    while last >= 0 and text[last] == "\n":
        last -= 1
    if (last >= 0 and text[last].isspace()) or any(spaces in text for spaces in _COMMON_SPACES_BEFORE_A_BREAK):
        state.remove_matches(_SPACES_ENDING_A_LINE.finditer(text))
