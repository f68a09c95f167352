"""Junk that copying and anti-copy tricks put inside the text.

* Anti-copy *jammer* strings of Discuz forums (老秘网 and its mirrors): runs of
  one- and two-character ASCII tokens with punctuation (``$ G! l0 B& {7 H``),
  inserted at line ends, on lines of their own or glued before Chinese text.
  Real ASCII in speeches (GDP, 5G, CCTV, 10:20, GB/T 9704-2012) is made of
  longer tokens or has no punctuation in most tokens, so it stays.
* *Doubled* text from PPT and PDF text layers extracted twice (第第1515章章).
  Real reduplication (研究研究, 看看, 常常) is rare in a line; doubling is
  undone only in lines that doubled tokens cover for :data:`MIN_DOUBLED_SHARE`
  or more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

if TYPE_CHECKING:
    from speechparse.clean import CleanState

_JAMMER: Final = regex.compile(
    r"(?:(?<=^)|(?<=[\s\p{Han}。,;:!?”)]))(?:[\x21-\x7e]{1,2}[ \u00a0]{1,2}){3,}[\x21-\x7e]{1,2}?"
    r"(?=[ \u00a0]|$|\p{Han}|\([一二三四五六七八九十\d])",
    regex.MULTILINE,
)
#: a jammer run has at least this many tokens, most of them random-looking
MIN_JAMMER_TOKENS: Final = 4
MIN_RANDOM_SHARE: Final = 0.6

#: a token of 1–6 characters written twice in a row: 第第, 1515, 解析解析
_DOUBLED: Final = regex.compile(r"(\S{1,6}?)\1")
#: doubling is undone in a line where doubled tokens cover this share of it
MIN_DOUBLED_SHARE: Final = 0.3
MIN_DOUBLED_LINE: Final = 20
#: and the line has at least this many doubled tokens (谢谢!谢谢! alone is speech)
MIN_DOUBLES: Final = 5


def remove_jammer(state: CleanState) -> None:
    """Mark anti-copy jammer runs for removal (with the spaces around them)."""
    spans = []
    for match in _JAMMER.finditer(state.folded):
        tokens = match.group().split()
        junk = sum(1 for token in tokens if _looks_random(token))
        if len(tokens) >= MIN_JAMMER_TOKENS and junk >= MIN_RANDOM_SHARE * len(tokens):
            start, end = match.span()
            while end < len(state.folded) and state.folded[end] in " \u00a0\t":
                end += 1
            spans.append((start, end))
    state.remove(spans)


def _looks_random(token: str) -> bool:
    """A jammer token: punctuation in it, or a letter and a digit mixed (N9, r1)."""
    if not token.isalnum():
        return True
    return any(char.isdigit() for char in token) and any(char.isalpha() for char in token)


def undo_doubling(state: CleanState) -> None:
    """In lines where most words are written twice, keep one copy of each."""
    text = state.folded
    spans: list[tuple[int, int]] = []
    position = 0
    while position < len(text):
        newline = text.find("\n", position)
        end = len(text) if newline < 0 else newline
        if end - position >= MIN_DOUBLED_LINE:
            doubles = list(_DOUBLED.finditer(text, position, end))
            covered = sum(match.end() - match.start() for match in doubles)
            if len(doubles) >= MIN_DOUBLES and covered >= MIN_DOUBLED_SHARE * (end - position):
                spans.extend((match.start(1), match.end(1)) for match in doubles)
        position = end + 1
    state.remove(spans)
