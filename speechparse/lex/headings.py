"""Stage 3e, where a heading stops: its line end, its first sentence end, a colon that closes it,
or, where the heading runs into its body with no punctuation, the heading words only.

A heading's words end at the first sentence end (。!?;) or at its line end; a
colon with text after it on the line closes them (一、指导思想:以…为指导). Where
the layout was lost and a heading runs on into its body with no punctuation, the
document itself shows where to cut (:mod:`speechparse.vocab.headings`): after one
of the standard headings of plans and notices, before a word that opens a
sentence, or where the heading's first words come again. A heading is cut only
where its line goes on into a sentence of the body (the line
ends a sentence, or is longer than any heading), and only before the first comma: a
heading may hold commas, but a cut inside one would guess; a heading that fills its
own line is whole.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from speechparse.lazyregex import lazy_compile
from speechparse.vocab.chars import SENTENCE_END
from speechparse.vocab.headings import MIN_HEADING_BEFORE_OPENER, SENTENCE_OPENERS, STANDARD_HEADINGS
from speechparse.vocab.schemes import ANY_MARKER

#: a heading running on past this many characters with no punctuation may hold its body
MIN_RUN_ON: Final = 14
#: a heading that fills its line is at most this long: a longer line that ends no sentence is a paragraph
#: the heading ran into (its line breaks lost, or the text cut off)
MAX_HEADING_LINE: Final = 50
#: a colon this far into a heading, with text after it on the line, closes the heading
MAX_COLON_HEADING: Final = 30
#: a heading's words are at least this long
MIN_HEADING: Final = 2
#: a heading cut at a repeat of its first words is at least this long, and the repeat this long
MIN_REPEATED: Final = 3
MAX_REPEAT_DISTANCE: Final = 30
#: what may follow a standard heading inside a longer heading (工作措施和保障措施)
_CONTINUATIONS: Final = "和与及、的之暨或"

# Patterns: alternations of literals: no timeout needed.
_STANDARD: Final = lazy_compile("|".join(sorted(STANDARD_HEADINGS, key=len, reverse=True)))
_OPENER: Final = lazy_compile("|".join(sorted(SENTENCE_OPENERS, key=len, reverse=True)) + r"|自[0-9]")
#: the word that opens the first of a body's enumerated clauses, right before the clause's comma (首先, / 一是,)
_FIRST_OF_CLAUSES: Final = re.compile(r"(?:首先|一是|其一)$")
_CLAUSE_END: Final = re.compile(r"[,;。!?]")  # Python's re: one class, called often (re's calls cost less)
#: where a heading's words may stop: a sentence end, a colon, the line end
_STOP: Final = lazy_compile(f"[{regex.escape(SENTENCE_END)}:\n]")
#: words that are a marker of their own, its colon with it (第一站:, 第二项:)
_MARKER: Final = lazy_compile(ANY_MARKER)


def heading_words_end(folded: str, start: int, limit: int, *, cut: bool = True) -> int:
    """Where the words of a heading that starts at ``start`` end, at most at ``limit``
    (the line end or the next marker): after its first sentence end, after a colon with text
    after it, or (unless ``cut`` is False) at a cut of a heading that runs on into its body."""
    index = start
    while True:
        stop = _STOP.search(folded, index, limit)
        if stop is None:
            index = limit
            break
        index = stop.start()
        char = folded[index]
        if char in SENTENCE_END:
            break
        if char == ":" and index - start <= MAX_COLON_HEADING and folded[index + 1:limit].strip() \
                and not colon_inside_words(folded, start, index) \
                and not (_MARKER.fullmatch(folded, start, index + 1) and "\n" not in folded[index:limit]):
            # 指导思想:以…为指导 — the colon closes the heading (not a label that is a marker itself, naming what
            # follows it on the line: 一、第一站:某某村, the stop's place the heading)
            return index + 1
        if char == "\n":
            return index
        index += 1
    end = min(index + 1, limit)
    words_end = run_in_cut(folded[start:end]) if cut else None
    return start + words_end if words_end is not None else end


def colon_inside_words(folded: str, start: int, index: int) -> bool:
    """Whether the colon at ``index`` stands inside the words that began at ``start``, closing nothing: a ratio's or
    a time's between figures (3:1, 14.2:41.5), or a label's inside brackets opened after ``start`` (…(邮编:310099)),
    a few words before it (each colon is asked about a bounded stretch: a long sentence of colons stays linear)."""
    reach = max(start, index - MAX_BRACKETED_LABEL)
    return (folded[index - 1:index].isdigit() and folded[index + 1:index + 2].isdigit()) \
        or folded.count("(", reach, index) > folded.count(")", reach, index)


#: a label in brackets (邮编:, 电话:) stands this near the bracket that opens it (characters)
MAX_BRACKETED_LABEL: Final = 12


def run_in_cut(words: str) -> int | None:
    """Where heading words that run on into the body with no punctuation stop, or None.

    ``words`` are the heading's words up to its sentence end or line end."""
    if len(words) <= MAX_HEADING_LINE and (not words or words[-1] not in SENTENCE_END):
        return None  # a line of heading length that ends no sentence: the body starts on the next line
    clause = _CLAUSE_END.search(words)
    if clause is None:
        return None  # the heading fills its line: nothing of the body is on it
    zone = words[:clause.start()]
    enumerator = _FIRST_OF_CLAUSES.search(zone, MIN_HEADING)
    if enumerator is not None:
        return enumerator.start()  # 加强能力建设首先,要…;其次,…: the body's first clause opens after the heading
    if len(zone) < MIN_RUN_ON:
        return None
    for match in _STANDARD.finditer(zone, 0, MIN_RUN_ON):
        after = zone[match.end():match.end() + 1]
        if after and after not in _CONTINUATIONS:
            return match.end()  # 指导思想以…为指导: a standard heading, then the body
    for length in range(4, MIN_REPEATED - 1, -1):
        repeat = zone.find(zone[:length], max(MIN_HEADING, length), MAX_REPEAT_DISTANCE)
        if repeat >= 0:
            return repeat  # 资金管理资金使用要…: the body opens with the heading's words again
    opener = _OPENER.search(zone, MIN_HEADING_BEFORE_OPENER)
    return opener.start() if opener is not None else None
