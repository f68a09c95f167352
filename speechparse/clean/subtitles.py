"""A subtitle file's frame around what was said (SRT, WebVTT): each cue's number and timing line.

A subtitle file is a run of cues, each a number (SRT; optional in WebVTT), a timing line
(00:00:05,000 --> 00:00:08,120) and the words said, a blank line between cues. The words are
the document; the numbers, the timings, the blank lines between cues and WebVTT's header are
the file's frame, and go, so each cue's words follow the last cue's on the next line, where
the line joiner can read a sentence the cues cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from speechparse.lazyregex import lazy_compile

if TYPE_CHECKING:
    from speechparse.clean import CleanState

#: a cue's timing: start and end, hours to milliseconds (SRT writes a comma before them, WebVTT a dot)
_TIME: Final = r"[0-9]{1,2}:[0-9]{2}:[0-9]{2}[,.][0-9]{1,3}"
#: what shows a text is a subtitle file: its timing arrow, which no other text writes between two times
_ARROW: Final = "-->"
#: a cue's frame: the blank line before it, its number (if any) and its timing line (with WebVTT's settings after it)
_CUE_FRAME: Final = lazy_compile(rf"\n?^(?:[ \t]*[0-9]{{1,5}}[ \t]*\n)?[ \t]*{_TIME}[ \t]*{_ARROW}[ \t]*{_TIME}"
                                 r"[^\n]*(?:\n|\Z)", regex.MULTILINE)
#: WebVTT's header, its file's first line
_WEBVTT_HEADER: Final = lazy_compile(r"\A\ufeff?WEBVTT[^\n]*\n")
#: a text with fewer timing lines is no subtitle file (a note that quotes one)
MIN_CUES: Final = 2
RULE: Final = "subtitle_cues"


def remove_subtitle_frames(state: CleanState) -> None:
    """Remove each cue's number, timing line and the blank line before it, and WebVTT's header."""
    text = state.folded
    if text.count(_ARROW) < MIN_CUES:
        return  # (most texts: no subtitle's arrow, one search at C speed)
    frames = [match.span() for match in _CUE_FRAME.finditer(text)]
    if len(frames) < MIN_CUES:
        return
    header = _WEBVTT_HEADER.match(text)
    if header is not None:
        frames.insert(0, header.span())
    state.remove(frames, rule=RULE)
