"""Stage 3d, runs of marker candidates: what a sequence of candidates says about each of them.

Two readings need the run a candidate belongs to, and both the section stage
(:mod:`speechparse.levels`) and the point stage (:mod:`speechparse.points`) use
them, so they are made once, here:

* a *clause enumeration*: section-style markers that number the clauses of one
  sentence (一、各级组织要…;二、各级组织要…;三、…。) enumerate points, not sections;
* a *late start*: a run numbered from past 1 at line starts (an excerpt that
  begins at 二要), which is a run all the same;
* a *bare item*: a point of a run written with a copula (第一项是…;第二项是…;)
  whose next item drops it (第三项由…;), the same marker and the next number in
  the same sentence, which continues the run;
* a *note's mark*: a circled numeral glued inside a paragraph (…守着你们。”①那一刻…),
  alone on its line, whose note stands under a rule at the text's foot (———— /
  ① 据…整理。): no item of a list;
* a *Roman letter*: I, V or X with its mark (I.), a letter's marker read alone, which a
  run of Roman numerals in Latin capitals around it (II., IV., VI.) shows to be a numeral;
* a *quoted marker*: a section's marker inside a quotation its line opened before it (“下面进行
  第一项议程,…”随着主持人的宣布…): the words of someone the text reports, not its own structure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from speechparse.lazyregex import lazy_compile
from speechparse.lex.markers import COMMA, LINE, NONE, SENTENCE, Candidate
from speechparse.vocab import NOTES_LABEL
from speechparse.vocab.chars import SENTENCE_END, TICK_BOXES
from speechparse.vocab.schemes import CIRCLED, DIVISION_SCHEMES, LATIN_ROMAN, SCHEMES

#: a rule drawn over notes (————, ____), or the notes' label (注释:): the lines under it that open with a note's
#: mark are its notes
_NOTE_RULE: Final = lazy_compile(rf"^(?:[ \t]*+[—_=-]{{4,}}+[ \t]*+|{NOTES_LABEL})$", regex.MULTILINE)

#: the boxes a form's row ends in, two at least, each with its answer's word before or after it (□是 □否, 同意□ 反对□)
_TICK_BOXES_AT_END: Final = lazy_compile(rf"(?:[ \t]*[{TICK_BOXES}]\p{{Han}}{{0,4}}){{2,}}$"
                                         rf"|(?:[ \t]*\p{{Han}}{{1,4}}[{TICK_BOXES}]){{2,}}$")
#: longest item of a clause enumeration (一、…；二、…；): a report's clauses run long (①建设…,将…,实现…；②…)
MAX_CLAUSE_ITEM: Final = 150
#: longest item of an enumeration whose items a comma parts: phrases, not clauses
MAX_LISTED_PHRASE: Final = 30
#: clauses a list shows (each ending in ;) before an item closed by a full stop may go on with it
MIN_CLAUSES_BEFORE_A_STOP: Final = 2
#: fewest items of a run that may start past 1 (二要 三要 四要 at line starts)
MIN_LATE_RUN: Final = 2


#: the bracketed figures a paragraph's own list is numbered with, run in after its words ((一), (1))
_BRACKETED: Final = frozenset(scheme.name for scheme in SCHEMES if scheme.run_in_child)
#: the schemes whose figures number whole sentences run on in one paragraph: the bracketed ones, the dotted (1.) and
#: the circled (…三个道理。①…,…。②…。③…。这三条…)
_RUN_ON_SCHEMES: Final = _BRACKETED | {"arabic", "circled"}
#: the scheme a letter of Roman form is re-read as, and the letters' scheme
_ROMAN, _LETTER_UPPER = "roman", "letter_upper"


def roman_letters(folded: str, candidates: Sequence[Candidate]) -> dict[int, int]:
    """Index → number of the capital letters (I., V., X.) a run of Roman numerals shows to be numerals: I
    before II, V after IV or before VI, X after IX or before XI (the nearest Roman marker on either side).
    A letter alone, or in a run of letters (… H. I. J.), stays a letter."""
    if not any(candidate.scheme == _ROMAN for candidate in candidates):
        return {}
    letters = [index for index, candidate in enumerate(candidates)
               if candidate.scheme == _LETTER_UPPER and folded[candidate.start] in "IVX"]
    if not letters:
        return {}
    numbers = [candidate.number if candidate.scheme == _ROMAN else None for candidate in candidates]
    before: list[int | None] = []  # the number of the nearest Roman marker before each candidate
    last: int | None = None
    for number in numbers:
        before.append(last)
        last = number if number is not None else last
    after: list[int | None] = [None] * len(candidates)
    following: int | None = None
    for index in range(len(candidates) - 1, -1, -1):
        after[index] = following
        following = numbers[index] if numbers[index] is not None else following
    found = {}
    for index in letters:
        value = LATIN_ROMAN.index(folded[candidates[index].start]) + 1
        if before[index] == value - 1 or after[index] == value + 1:
            found[index] = value
    return found


def quoted_markers(folded: str, candidates: Sequence[Candidate]) -> set[int]:
    """Positions of the section candidates inside a quotation that their line opened before them, and did not close
    (more “ than ” between the line's start and the marker). Points stay: a quotation's items are its clauses."""
    quoted = set()
    # the quotes of the line counted on from one candidate to the next (candidates come in order): a text of one long
    # line is read once, not again from its start for each of its markers
    counted_to = opened = 0
    for position, candidate in enumerate(candidates):
        if candidate.is_point or candidate.boundary == LINE:
            continue
        if candidate.start < counted_to:  # (out of order: counted again from its line's start)
            counted_to = folded.rfind("\n", 0, candidate.start) + 1
            opened = 0
        newline = folded.rfind("\n", counted_to, candidate.start)
        if newline >= 0:
            counted_to, opened = newline + 1, 0
        opened += folded.count("“", counted_to, candidate.start) - folded.count("”", counted_to, candidate.start)
        counted_to = candidate.start
        if opened > 0:
            quoted.add(position)
    return quoted


def clause_enumerations(folded: str, candidates: Sequence[Candidate]) -> set[int]:
    """Positions of section-style candidates that enumerate clauses of one sentence.

    一、各级组织要…;二、各级组织要…;三、… : each item is one short clause that
    ends in ; (the last may end the sentence), so the items are points.
    """
    found: set[int] = set()
    #: the last number of each scheme's runs found: a document may number its clauses on through its sections (一、…
    #: 1.…;2.…;3.… / 二、… 4.…;5.…: a 村规民约's rules)
    reached: dict[str, int] = {}
    position = 0
    while position < len(candidates):
        first = candidates[position]
        if first.kind != "section" or first.number is None \
                or (first.number != 1 and reached.get(first.key) != first.number - 1):
            position += 1
            continue
        run = [position]
        following = position + 1
        while following < len(candidates):
            item = candidates[following]
            if item.key == first.key and item.number == first.number + len(run) and item.boundary != NONE:
                previous = candidates[run[-1]]
                between = folded[previous.end:item.start]
                # (a list of clauses goes on past an item a writer closed with a full stop, on its own line, where the
                # next item follows it: 3.…; / 4.…。 / 5.…。)
                # (or figures, bracketed or dotted, number whole sentences run on in one paragraph: (1)…。(2)…。,
                # 1.…。2.…。 — no item heads a text of its own there, the next item follows its full stop on the same
                # line; a speaker's 第一,…。第二,…。 in one paragraph are parts of the talk, not clauses)
                if not (_is_clause(between, last=False)
                        or (first.scheme in _RUN_ON_SCHEMES and _is_sentence_run_on(between))
                        or (len(run) >= MIN_CLAUSES_BEFORE_A_STOP and _is_sentence_line(between))
                        or _is_form_row(between)):
                    break
                run.append(following)
            elif item.start - candidates[run[-1]].end > MAX_CLAUSE_ITEM:
                break
            following += 1
        last = _rest_of_sentence(folded, candidates[run[-1]].end)
        # (a text a preview cut off inside its last clause leaves it open: 总结包括:①…;②…;③…;④对进一步做好…的意见建)
        cut_off = len(run) > MIN_CLAUSES_BEFORE_A_STOP and bool(last.strip()) and "\n" not in last.strip() \
            and not folded[candidates[run[-1]].end + len(last):].strip()
        if len(run) >= 2 and (_is_clause(last, last=True) or _is_form_row(last) or cut_off):
            found.update(run)
            reached[first.key] = first.number + len(run) - 1
            position = run[-1] + 1
        else:
            position += 1
    return found


#: the scheme of a marker without its copula → the point scheme written with it (第一项 → 第一项是)
_RUN_OF_BARE: Final = {scheme.bare: scheme.name for scheme in SCHEMES if scheme.bare is not None}


def bare_items(folded: str, candidates: Sequence[Candidate]) -> dict[int, str]:
    """Positions of candidates that continue a run of points without its copula, and the run's scheme.

    第一项是…;第二项是…;第三项由…;: 第三项 is the same marker as the run's, the next
    number, after a clause of the same sentence, so it is the run's third point.
    """
    found: dict[int, str] = {}
    last: dict[str, tuple[int, int]] = {}  # a copula scheme → (number, end) of its run's last item
    for position, candidate in enumerate(candidates):
        if candidate.scheme in _RUN_OF_BARE.values() and candidate.number is not None:
            last[candidate.scheme] = (candidate.number, candidate.end)
            continue
        run = _RUN_OF_BARE.get(candidate.scheme)
        if run is None or run not in last or candidate.boundary not in (SENTENCE, COMMA):
            continue
        number, end = last[run]
        if candidate.number == number + 1 and _is_clause(folded[end:candidate.start], last=False):
            found[position] = run
            last[run] = (number + 1, candidate.end)
    return found


def late_starts(folded: str, candidates: Sequence[Candidate]) -> set[int]:
    """Candidates that start a run numbered from past 1 (an excerpt that begins at 二要).

    Each item of the run starts a line (or is led by words that license it: 进行第二项议程) and the run has at least
    :data:`MIN_LATE_RUN` items, so a lone stray 2、 never qualifies; a division's
    marker (第四节, first of its scheme) names what it opens, and qualifies alone
    where a heading of no sentence follows it on its line (not 第二部分可以…,…。).
    The set holds the candidates' positions in ``candidates``.
    """
    starts: set[int] = set()
    expected: dict[str, tuple[int, int, int]] = {}  # scheme → (first position, next number, length)
    for position, candidate in enumerate(candidates):
        # (or each is led by the words that license it wherever it stands: a chair who opens the meeting himself goes on
        # with 下面,进行第二项议程:…, the first item, its opening, said without its number)
        if (candidate.boundary != LINE and not candidate.led) or candidate.number is None:
            continue
        scheme = candidate.key
        if candidate.scheme in DIVISION_SCHEMES and scheme not in expected and candidate.number != 1 \
                and _heading_to_line_end(folded, candidate.end):
            starts.add(position)
        run = expected.get(scheme)
        if run is not None and candidate.number == run[1]:
            first, number, length = run
            expected[scheme] = (first, number + 1, length + 1)
            if length + 1 >= MIN_LATE_RUN and candidates[first].number != 1:
                starts.add(first)
        else:
            expected[scheme] = (position, candidate.number + 1, 1)
    return starts


def _heading_to_line_end(folded: str, start: int) -> bool:
    """Whether the words from ``start`` to the line's end are a heading's: some, and no sentence's or clause's
    mark among them."""
    end = folded.find("\n", start)
    words = folded[start:len(folded) if end < 0 else end].strip()
    return bool(words) and not any(char in words for char in SENTENCE_END + ",")


def note_marks(folded: str, candidates: Sequence[Candidate]) -> set[int]:
    """Positions of circled candidates that mark notes: inside a line (not at its start), no other circled
    candidate on that line, above a rule (or a notes' label) whose notes below open with the same mark; and
    those notes'."""
    if not any(candidate.scheme == "circled" and candidate.boundary != LINE for candidate in candidates):
        return set()  # no mark inside a line: no note is marked (the rules over notes are not looked for)
    notes: dict[str, int] = {}  # a note's mark → where the rule over it starts
    for rule in _NOTE_RULE.finditer(folded):
        line = rule.end() + 1
        while line < len(folded) and folded[line] in CIRCLED:
            notes.setdefault(folded[line], rule.start())
            end = folded.find("\n", line)
            line = len(folded) if end < 0 else end + 1
    if not notes:
        return set()
    lines: dict[int, int] = {}  # a line's start → its circled candidates
    for candidate in candidates:
        if candidate.scheme == "circled":
            start = folded.rfind("\n", 0, candidate.start) + 1
            lines[start] = lines.get(start, 0) + 1
    marks = {position for position, candidate in enumerate(candidates)
             if candidate.scheme == "circled" and candidate.boundary != LINE
             and candidate.start < notes.get(folded[candidate.start], -1)
             and lines[folded.rfind("\n", 0, candidate.start) + 1] == 1}
    # (the notes the marks lead to, under their rule, head nothing either)
    marked = {folded[candidates[position].start] for position in marks}
    return marks | {position for position, candidate in enumerate(candidates)
                    if candidate.scheme == "circled" and candidate.boundary == LINE
                    and folded[candidate.start] in marked and candidate.start > notes[folded[candidate.start]]}


def _is_clause(item: str, *, last: bool) -> bool:
    body = item.strip()
    if not body or len(body) > MAX_CLAUSE_ITEM:
        return False
    inner, final = body[:-1], body[-1]
    if last:  # the sentence ends with its last clause, within the line
        return final in SENTENCE_END + ",:" and "\n" not in inner
    # (a clause may hold clauses of its own: 横排时…在右;竖排时…在左;: no full stop inside it; or the item is one
    # question of a list of them, a talk's points to raise: (1)…怎么看? / (2)…?)
    if final in ",、":  # a short phrase of a list parted by commas (做到:(1)线上一网通办,(2)线下只进一门,(3)…。)
        return len(body) <= MAX_LISTED_PHRASE and not any(char in inner for char in SENTENCE_END + ",、")
    return final in ";?" and not any(char in inner for char in SENTENCE_END if char != ";") and "\n" not in inner


def _is_form_row(item: str) -> bool:
    """Whether an item is a form's row: a line that asks a question or names a motion and ends in the boxes to tick
    for the answer (…是否畅通 □是 □否, …的议案  同意□ 反对□ 弃权□). It heads no text: an item of the form's list."""
    body = item.strip()
    return 0 < len(body) <= MAX_CLAUSE_ITEM and "\n" not in body and _TICK_BOXES_AT_END.search(body) is not None


def _is_sentence_line(item: str) -> bool:
    """Whether an item is one whole sentence that ends its line, the next item opening the next line."""
    body = item.rstrip(" \t")
    if not body.endswith("\n"):
        return False
    body = body.strip()
    return (bool(body) and len(body) <= MAX_CLAUSE_ITEM and body[-1] in "。!" and "\n" not in body
            and not any(char in body[:-1] for char in SENTENCE_END))


def _is_sentence_run_on(item: str) -> bool:
    """Whether an item is one whole sentence that the next item follows on the same line."""
    body = item.strip(" \t")
    return (bool(body) and len(body) <= MAX_CLAUSE_ITEM and body[-1] in "。!" and "\n" not in body
            and not any(char in body[:-1] for char in SENTENCE_END))


def _rest_of_sentence(folded: str, start: int) -> str:
    end = start
    limit = min(len(folded), start + MAX_CLAUSE_ITEM + 1)
    while end < limit and folded[end] not in SENTENCE_END and folded[end] != "\n":
        end += 1
    return folded[start:end + 1] if end < limit else folded[start:limit]
