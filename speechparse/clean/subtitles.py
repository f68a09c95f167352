"""A subtitle file's frame around what was said (SRT, WebVTT): each cue's number and timing line; and a caption
log's stamps (a meeting tool's live captions, a stream's replay: [15:00:12] 某某:…).

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
from speechparse.lex.title import is_title_text
from speechparse.vocab.chars import SENTENCE_END
from speechparse.vocab.noise import (
    CAPTION_STAMP,
    CAPTION_SYSTEM_SPEAKERS,
    LIVE_ROOM_LINE,
    SUBTITLE_CREDIT,
    SUBTITLE_SOUND,
)
from speechparse.vocab.schemes import ANY_MARKER

if TYPE_CHECKING:
    from speechparse.clean import CleanState

#: a cue's timing: start and end, hours to milliseconds (SRT writes a comma before them, WebVTT a dot)
_TIME: Final = r"[0-9]{1,2}:[0-9]{2}:[0-9]{2}[,.][0-9]{1,3}"
#: what shows a text is a subtitle file: its timing arrow, which no other text writes between two times
_ARROW: Final = "-->"
#: a cue's frame: the blank line before it, its number (if any) and its timing line (with WebVTT's settings after it)
_CUE_FRAME: Final = lazy_compile(rf"\n?^(?:[ \t]*[0-9]{{1,5}}[ \t]*\n)?[ \t]*{_TIME}[ \t]*{_ARROW}[ \t]*{_TIME}"
                                 r"[^\n]*(?:\n|\Z)", regex.MULTILINE)
#: WebVTT's header: its file's first line and the header's lines under it, down to the blank line (Kind: captions,
#: Language: zh-CN)
_WEBVTT_HEADER: Final = lazy_compile(r"\A\ufeff?WEBVTT[^\n]*+\n(?:[ \t]*+\S[^\n]*+\n)*+")
#: a WebVTT file's blocks that are no cue, each down to the blank line: a comment (NOTE …), the cues' style sheet
#: (STYLE / ::cue {…}), a region's settings (REGION / id:…)
_WEBVTT_BLOCK: Final = lazy_compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t][^\n]*+)?\n(?:[ \t]*+\S[^\n]*+\n)*+",
                                    regex.MULTILINE)
#: a text with fewer timing lines is no subtitle file (a note that quotes one)
MIN_CUES: Final = 2
RULE: Final = "subtitle_cues"


def remove_subtitle_frames(state: CleanState) -> None:
    """Remove each cue's number, timing line and the blank line before it, and WebVTT's header and its blocks that
    are no cue (NOTE, STYLE, REGION); in the cues, what
    the file says of the sound (a cue of music or applause: [音乐], ♪…) and of itself (字幕制作:…), a player's
    override tags ({\\an8}), and the breaks that wrap a cue's sentence over its lines."""
    text = state.folded
    if text.count(_ARROW) < MIN_CUES:
        return  # (most texts: no subtitle's arrow, one search at C speed)
    frames = [match.span() for match in _CUE_FRAME.finditer(text)]
    if len(frames) < MIN_CUES:
        return
    header = _WEBVTT_HEADER.match(text)
    if header is not None:
        blocks = [block.span() for block in _WEBVTT_BLOCK.finditer(text, header.end())]
        frames = sorted([header.span(), *frames, *blocks])
    state.remove(frames, rule=RULE)
    cues = [(end, frames[index + 1][0] if index + 1 < len(frames) else len(text))
            for index, (_, end) in enumerate(frames)]
    removed: list[tuple[int, int]] = []
    # a break inside a cue wraps its line for the screen, unless a sentence or a title ends before it; a break
    # between two cues wraps a sentence where the sentence is open: a comma since its last end, and no end before
    # the break (a title's card, a speaker's name, a heading hold no comma)
    clause_open = False
    for start, end in cues:
        words = text[start:end]
        bare = _OVERRIDE_TAG.sub("", words).strip()
        if _NOT_SAID.fullmatch(bare) is not None:
            removed.append((start, end))  # (the whole cue: a sound, the file's credit)
            continue
        removed.extend((start + tag.start(), start + tag.end()) for tag in _INLINE_NOT_SAID.finditer(words))
        said = len(words.rstrip())
        line_start = 0
        while line_start < said:
            line_end = words.find("\n", line_start)
            line_end = len(words) if line_end < 0 else line_end
            line = words[line_start:line_end].rstrip()
            for char in line:
                if char in _SENTENCE_ENDS:
                    clause_open = False
                elif char in _CLAUSE_MARKS:
                    clause_open = True
            inside = line_end < said
            if line and line[-1] not in _SENTENCE_ENDS and line_end < len(words) \
                    and (clause_open or (inside and not is_title_text(line))):
                removed.append((start + line_end, start + line_end + 1))
            line_start = line_end + 1
    if removed:
        state.remove(removed, rule=RULE)


#: a cue that says no words: a sound in brackets ([音乐], (掌声)), music sung (♪ …), the file's credit (字幕制作:…)
_NOT_SAID: Final = lazy_compile(rf"{SUBTITLE_SOUND}|♪[^\n]*|{SUBTITLE_CREDIT}")
#: a sound in brackets among a cue's words, and a player's override tag before them ({{\an8}}, {{\i1}})
_INLINE_NOT_SAID: Final = lazy_compile(rf"{SUBTITLE_SOUND}|\{{\\[^{{}}\n]{{1,60}}\}}")
#: what ends a sentence, or a line that opens what follows (同志们:), before a cue's line break (folded): a
#: semicolon parts clauses here (below)
_SENTENCE_ENDS: Final = frozenset(SENTENCE_END.replace(";", "") + ":…")
#: what parts a sentence's clauses: a comma or a semicolon since its last end says the sentence runs on
_CLAUSE_MARKS: Final = frozenset(",;")
#: a player's override tag before a cue's words ({\\an8})
_OVERRIDE_TAG: Final = lazy_compile(r"\{\\[^{}\n]{1,60}\}")


_CAPTION_STAMP: Final = lazy_compile(CAPTION_STAMP, regex.MULTILINE)
_LIVE_ROOM_LINE: Final = lazy_compile(LIVE_ROOM_LINE)
_MARKER_START: Final = lazy_compile(ANY_MARKER)
#: a text with fewer stamped lines is no caption log
MIN_STAMPED_LINES: Final = 5
#: a speaker's label after the stamp is one where it stands on this many lines at least (a caption's own words may
#: open with a few and a colon: 主要有三点:…)
MIN_SPEAKER_LINES: Final = 3
CAPTION_RULE: Final = "caption_stamps"


def remove_caption_stamps(state: CleanState) -> None:
    """Remove a caption log's stamps, its speakers' labels and the tool's and the stream room's lines among them; a
    speaker's captions run on as one text, parted where a sentence ends or a marker opens the next caption."""
    text = state.folded
    if "]" not in text:
        return
    stamps = list(_CAPTION_STAMP.finditer(text))
    if len(stamps) < MIN_STAMPED_LINES:
        return
    counts: dict[str, int] = {}
    for stamp in stamps:
        if stamp.group("speaker"):
            counts[stamp.group("speaker")] = counts.get(stamp.group("speaker"), 0) + 1
    removed: list[tuple[int, int]] = []
    previous: tuple[int, str | None] | None = None  # (where the last caption's line ends, its speaker)
    for stamp in stamps:
        speaker = stamp.group("speaker")
        named = speaker is not None and counts[speaker] >= MIN_SPEAKER_LINES
        line_end = text.find("\n", stamp.end())
        line_end = len(text) if line_end < 0 else line_end
        if speaker in CAPTION_SYSTEM_SPEAKERS:
            removed.append((stamp.start(), min(len(text), line_end + 1)))  # (the tool's line: 某某 加入会议)
            continue
        # (a label on a few lines is a caption's own words: only the stamp goes)
        words_start = stamp.end() if named or speaker is None else stamp.start("speaker")
        removed.append((stamp.start(), words_start))
        who = speaker if named else None
        if previous is not None:
            last_end, last_speaker = previous
            between = [line.span() for line in _GAP_LINE.finditer(text, last_end + 1, stamp.start())]
            if all(start == end or _LIVE_ROOM_LINE.fullmatch(text, start, end) for start, end in between):
                removed.extend((start, min(len(text), end + 1)) for start, end in between if start < end)
                if last_speaker == who and text[last_end - 1:last_end] not in _SENTENCE_ENDS \
                        and _MARKER_START.match(text, words_start) is None:
                    removed.append((last_end, stamp.start()))  # (the captions go on: one text)
        previous = (line_end, who)
    state.remove(removed, rule=CAPTION_RULE)


#: a line between two captions (its span without its break)
_GAP_LINE: Final = lazy_compile(r"[^\n]*+(?=\n|\Z)")
