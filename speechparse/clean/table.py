"""Tables of noise with a shape of their own, applied: the web's (:data:`speechparse.vocab.noise.GENERIC_RULES`)
and the known sites' (:data:`speechparse.vocab.sites.SITE_RULES`).

Each rule marks the lines or spans its pattern matches (in the head, the tail or
anywhere) and notes what they say about the document (file name, site, pages).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final

import regex
from attrs import field, frozen

from speechparse.lazyregex import lazy_compile
from speechparse.prefilter import (
    CLASS_TOKENS,
    MAX_SEARCHED,
    LineStart,
    char_set_cost,
    first_chars,
    first_solid_chars,
    guarded,
    holds_all,
    lines_holding,
    match_lines,
    may_hold,
    may_occur,
    needed_chars,
    required_chars,
    required_literals,
    starts_at_line_start,
    stays_on_its_line,
)
from speechparse.vocab.noise import (
    GENERIC_RULES,
    HEAD,
    HEAD_CHARS,
    LINE,
    MAX_HEAD_LINE,
    META,
    SPAN,
    TAIL,
    TAIL_CHARS,
    TO_END,
    NoiseRule,
)
from speechparse.vocab.schemes import FIXED_ORDER, SCHEMES, read_number
from speechparse.vocab.sites import SITE_NAMES, SITE_RULES

if TYPE_CHECKING:
    from speechparse.clean import CleanState


#: more line starts to try than this, and a rule matched at line starts first looks for the strings its
#: every match holds (a rule tried on the lines holding a character always looks for them first); a rule
#: whose match may read past its line is tried at no more line starts than this
#: (each try may read on to the end: more would not stay linear), and is scanned for otherwise
MAX_TRIED_LINES: Final = 8


#: how far back from a file's name a sentence end says the name stands below the body (characters)
MAX_FILE_NAME_REACH: Final = 2000
#: what parts a page's keywords: spaces or marks (灵活就业;社保补贴, 党建、乡村振兴, a|b)
_KEYWORD_GAP: Final = lazy_compile(r"[\s;,、|/]+")


@frozen
class _Compiled:
    rule: NoiseRule
    pattern: regex.Pattern[str]
    #: whether every match begins at a line start
    at_line_start: bool
    #: what a match starts with (after a line's indentation, for a rule at line starts); None: anything
    starts: frozenset[str] | None
    #: characters one of which every match holds; None: not known
    holds: frozenset[str] | None
    #: whether no match reads a line break (then it is matched on its line alone)
    on_its_line: bool
    #: strings one of which every match holds, when few enough to look for before a scan; None: not looked for
    literals: frozenset[str] | None = None
    #: characters each of which every match holds, looked for before anything else that costs a pass:
    #: the Han ones first (a text lacks a given Han character more often than a punctuation mark)
    needs: tuple[str, ...] = ()
    #: for a rule whose every match starts a line and stays on it, the pattern led by the line break before
    #: the line (``\n\K``), which the regex engine looks for as a literal, many times faster than it tries
    #: ``^`` at every position: the text's first line is matched apart. None: the rule is scanned as written
    line_led: regex.Pattern[str] | None = None
    #: whether the first character of some line must begin the rule's match (after indentation):
    #: then a text none of whose lines begins so is passed by (blank lines are not indexed, so a
    #: match that may begin with a line break is not)
    by_first_char: bool = field(init=False)
    #: whether the rule is tried on those lines alone, each matched on its own line: only when no
    #: match reads a line break (matched line by line, a match that may run on would make the regex
    #: engine look through the rest of the text at every line). The others are scanned.
    by_line_start: bool = field(init=False)

    #: whether the rule is tried only on the lines holding a character every match holds, each line
    #: matched on its own: a rule at line starts whose first character is not known (a file's name),
    #: whose every match holds one of a few known characters, and which reads no line break
    by_held_char: bool = field(init=False)

    @by_first_char.default
    def _starts_lines(self) -> bool:
        return self.at_line_start and self.starts is not None and "\n" not in self.starts

    @by_line_start.default
    def _on_lines_alone(self) -> bool:
        return self.by_first_char and self.on_its_line

    @by_held_char.default
    def _on_lines_holding(self) -> bool:
        return (self.at_line_start and self.on_its_line and not self.by_line_start and self.holds is not None
                and len(self.holds) <= MAX_SEARCHED and self.holds.isdisjoint(CLASS_TOKENS))

    def finditer(self, subject: str, start: int, end: int, lines: LineStart) -> list[regex.Match[str]]:
        """The rule's matches in ``subject[start:end]``, looked for only where one can start: on the
        lines that begin with what its match begins with, or in a text holding that character.
        ``lines`` indexes ``subject``'s lines; only a rule tried by its first character reads it."""
        if self.by_line_start or self.by_held_char:
            if self.by_line_start:
                assert self.starts is not None
                tried = lines.starts(self.starts)
                # many lines to try (a rule led by a common character: 分享 after two or three Han ones)
                # cost more than a search for the characters and a string every match holds
                if len(tried) > MAX_TRIED_LINES and not (holds_all(subject, self.needs, start, end)
                                                          and may_hold(subject, self.literals, start, end)):
                    return []
            else:
                assert self.holds is not None
                # the strings first, where known: listing the lines that hold a common character
                # (文, 作) costs a step of Python per line, a search for a string costs none
                if not holds_all(subject, self.needs, start, end) or not may_hold(subject, self.literals, start, end):
                    return []
                tried = lines_holding(subject, self.holds, start, end)
            return match_lines(self.pattern, subject, tried, start, end, on_its_line=True)
        if self.by_first_char:
            assert self.starts is not None
            first_lines = lines.starts(self.starts)
            tried = first_lines[bisect_left(first_lines, start):bisect_left(first_lines, end)]
            if not tried:
                return []  # no line begins as its match must
            if len(tried) <= MAX_TRIED_LINES:
                # a match may run on past its line: tried at a few line starts, each try may read on
                # (at most MAX_TRIED_LINES tries, so the work stays linear in the text)
                return match_lines(self.pattern, subject, tried, start, end)
        if not holds_all(subject, self.needs, start, end):
            return []
        # the strings a match holds say more than its characters: one search, not two
        if not (may_hold(subject, self.literals, start, end) if self.literals is not None
                else may_occur(subject, self.holds, start, end)):
            return []
        if self.line_led is not None:
            first = self.pattern.match(subject, start, end) if start == 0 or subject[start - 1] == "\n" else None
            return [first, *self.line_led.finditer(subject, start, end)] if first is not None \
                else list(self.line_led.finditer(subject, start, end))
        return list(self.pattern.finditer(subject, start, end))


def compile_rules(rules: tuple[NoiseRule, ...]) -> tuple[_Compiled, ...]:
    """A table's patterns, compiled once, with what their matches start with."""
    compiled = []
    for rule in rules:
        at_line_start = starts_at_line_start(rule.pattern)
        starts = first_solid_chars(rule.pattern) if at_line_start else first_chars(rule.pattern)
        holds = required_chars(rule.pattern)
        if not at_line_start and (holds is None or (starts is not None
                                                     and char_set_cost(starts) <= char_set_cost(holds))):
            holds = starts  # the first character is one the match holds
        # a scan of the text tries the pattern at every place its first character stands; a few strings
        # one of which a match holds are looked for first, at C speed (each costs a pass: few, or none)
        literals = required_literals(rule.pattern)
        # compiled with a lookahead for the characters its branches start with (a rule's long alternation)
        pattern = lazy_compile(rule.pattern, regex.MULTILINE, rewrite=guarded)
        on_its_line = stays_on_its_line(rule.pattern)
        # (a match that read past its line would take the line break the next line's match is led by:
        # only a rule whose matches stay on their lines is led by one)
        line_led = lazy_compile(rf"\n\K(?:{rule.pattern})", regex.MULTILINE) if at_line_start and on_its_line \
            else None
        compiled.append(_Compiled(rule, pattern, at_line_start, starts, holds, on_its_line,
                                  literals if literals is not None and len(literals) <= MAX_SEARCHED else None,
                                  tuple(sorted(needed_chars(rule.pattern), reverse=True)), line_led))
    return tuple(compiled)


class NoiseTable:
    """A table's compiled rules in the order they run (a rule that needs another's match after
    it), and, for the rules at line starts, which rules each first character of a line can begin,
    so a text asks only the rules its lines can begin."""

    def __init__(self, rules: tuple[NoiseRule, ...]) -> None:
        #: the table's rules as written
        self.source: Final = rules

    @cached_property
    def rules(self) -> tuple[_Compiled, ...]:
        """The rules, compiled and read by the prefilter on first use (not at import)."""
        return tuple(sorted(compile_rules(self.source), key=lambda rule: rule.rule.requires is not None))

    @cached_property
    def _by_head(self) -> dict[str, set[int]]:
        by_head: dict[str, set[int]] = {}
        for index, rule in enumerate(self.rules):
            if rule.by_first_char and rule.starts is not None:
                for char in rule.starts:
                    by_head.setdefault(char, set()).add(index)
        return by_head

    @cached_property
    def raw_rules(self) -> frozenset[int]:
        """The rules read on the raw text, not the folded."""
        return frozenset(index for index, rule in enumerate(self.rules) if not rule.rule.folded)

    @cached_property
    def _always(self) -> frozenset[int]:
        """The rules no line's first character rules out."""
        return frozenset(index for index, rule in enumerate(self.rules) if not rule.by_first_char)

    def __iter__(self) -> Iterator[_Compiled]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def candidates(self, lines: LineStart) -> set[int]:
        """The rules worth trying on a text whose lines begin as ``lines`` says."""
        found = set(self._always)
        for char in lines.heads_among(self._by_head):
            found |= self._by_head[char]
        return found


GENERIC: Final = NoiseTable(GENERIC_RULES)
SITES: Final = NoiseTable(SITE_RULES)


def mark_table(state: CleanState, table: NoiseTable) -> None:
    """Mark every match of a noise table for removal and note what it says."""
    text = state.folded
    raw = state.text
    head_end = min(_line_end(text, min(len(text), HEAD_CHARS)), HEAD_CHARS + MAX_HEAD_LINE)
    tail_start = _line_start(text, max(0, len(text) - TAIL_CHARS))
    matched: set[str] = set()
    found: list[tuple[_Compiled, list[regex.Match[str]]]] = []
    lines = state.line_starts()
    raw_lines: LineStart | None = None
    raw_candidates: set[int] = set()
    # only the rules this text's lines can begin, and those no line rules out, in the table's order
    for index in sorted(table.candidates(lines) | table.raw_rules):
        compiled = table.rules[index]
        rule = compiled.rule
        if rule.requires is not None and rule.requires not in matched:
            continue  # it needs another rule's match, which comes before it
        subject, rule_lines = text, lines
        if not rule.folded:  # read on the raw text, and by the raw text's own lines if it is tried by lines
            subject = raw
            if compiled.by_first_char:
                if raw_lines is None:
                    raw_lines = state.line_starts(folded=False)
                    raw_candidates = table.candidates(raw_lines)
                if index not in raw_candidates:
                    continue
                rule_lines = raw_lines
        start, end = (0, head_end) if rule.where == HEAD else (tail_start, len(text)) if rule.where == TAIL \
            else (0, len(text))
        matches = compiled.finditer(subject, start, end, rule_lines)
        if rule.min_apart and len(matches) > 1:
            matches = _apart(subject, matches, rule.min_apart)
        if len(matches) >= rule.min_matches:
            matched.add(rule.name)
            found.append((compiled, matches))
    for compiled, matches in found:
        rule = compiled.rule
        for match in matches:
            numbering_goes_on = rule.kind == TO_END and _numbering_goes_on(text, match.start(), match.end())
            # (what the match says holds wherever its removal ends: a preview's end atop)
            _note(state, rule, match, numbering_goes_on=numbering_goes_on)
            if numbering_goes_on:
                # the document's numbered parts go on below it: a comment thread a shared document shows inline
                # (评论(2) / 王蕾 12-26 10:15:… / 2.抓好统筹协调), not a page's comments after its text
                state.remove([(_line_start(text, match.start()), min(len(text), _line_end(text, match.end()) + 1))],
                             rule=rule.name)
                continue
            if rule.kind == TO_END and _no_sentence_before(text, match.start()):
                # a box atop the page (最新评论 in a sidebar), above the document: its label and its list go, not
                # the document under them
                state.remove([_box_above_the_text(text, match.start())], rule=rule.name)
                continue
            if rule.kind != META:
                start, end = _removed_span(text, rule.kind, match, rule.keeps_break)
                if rule.page_break:
                    start, end = _with_blank_lines(text, start, end)
                if rule.spaces_before and rule.kind == SPAN:
                    while start > 0 and text[start - 1] in " \t":
                        start -= 1
                state.remove([(start, end)], rule=rule.name)


#: an item of a list as a page renders it: a bullet, then a space
_LIST_ITEM: Final = lazy_compile(r"[ \t]*+[-•·*][ \t]")


def _box_above_the_text(text: str, start: int) -> tuple[int, int]:
    """A box's label line at ``start`` and the items of its list right under it (- 某某:…)."""
    end = _line_end(text, start) + 1
    while end < len(text) and _LIST_ITEM.match(text, end):
        end = _line_end(text, end) + 1
    return _line_start(text, start), min(end, len(text))


def _numbering_goes_on(text: str, start: int, end: int) -> bool:
    """Whether a line below ``end`` goes on with the numbering of the last numbered line above ``start``, in one
    of the schemes every kind of document numbers its parts with (一、 → 二、, (一) → (二), 1. → 2.)."""
    for scheme, pattern in _NUMBERED_LINES:
        last = None
        for marker in pattern.finditer(text, max(0, start - MAX_NUMBERING_REACH), start):
            last = marker
        number = read_number(scheme, last.group("n")) if last is not None else None
        if number is not None and any(read_number(scheme, marker.group("n")) == number + 1
                                      for marker in pattern.finditer(text, end, end + MAX_NUMBERING_REACH)):
            return True
    return False


#: how far above a page's comment label its text's last numbered part is looked for, and below it the next one
#: (characters: a part runs no longer; each label costs this much however long the text)
MAX_NUMBERING_REACH: Final = 5000


#: a line opening with the number of a part, in the schemes of :data:`FIXED_ORDER` (一、, (一), 1.)
_NUMBERED_LINES: Final = tuple((scheme, lazy_compile(rf"^[ \t]*+{scheme.marker_pattern}", regex.MULTILINE))
                               for scheme in SCHEMES if scheme.name in FIXED_ORDER)


def _no_sentence_before(text: str, position: int) -> bool:
    """Whether no sentence ends before ``position``: what stands there is above the document, whose text is
    sentences; what runs to a page's end (its comments, its related links) comes after it."""
    return all(text.find(mark, 0, position) < 0 for mark in "。!?")


def _apart(text: str, matches: list[regex.Match[str]], min_apart: int) -> list[regex.Match[str]]:
    """The matches at least ``min_apart`` characters from the one before and the one after them, or set apart
    from the text by a blank line (a slide's number under its few lines), or written with a leading zero (01,
    a label); a number between lines of text, close to the next, is a cell of a table (its row's number)."""
    kept = []
    for index, match in enumerate(matches):
        before = matches[index - 1].end() if index else None
        after = matches[index + 1].start() if index + 1 < len(matches) else None
        apart = ((before is None or match.start() - before >= min_apart)
                 and (after is None or after - match.end() >= min_apart))
        if apart or _beside_a_blank_line(text, match.start(), match.end()) or match.group().strip().startswith("0"):
            kept.append(match)  # (a table numbers its rows 1, 2, 3: 01 is a slide's or a contents' label)
    return kept


def _beside_a_blank_line(text: str, start: int, end: int) -> bool:
    """Whether the line of ``start:end`` has a blank line right above or right below it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_start > 0:
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        if not text[above_start:line_start - 1].strip():
            return True
    if line_end >= 0:  # (the text's end reads as one: the last page's number stands there)
        below_end = text.find("\n", line_end + 1)
        if not text[line_end + 1:len(text) if below_end < 0 else below_end].strip():
            return True
    return False


def _removed_span(text: str, kind: str, match: regex.Match[str], keeps_break: bool = False) -> tuple[int, int]:
    start, end = match.span()
    if kind == TO_END:
        return _line_start(text, start), len(text)
    if kind == LINE:
        start = _line_start(text, start)
        end = _line_end(text, end)
        return start, min(len(text), end + 1)  # the line break goes with the line
    assert kind == SPAN
    line_start, line_end = _line_start(text, start), _line_end(text, end)
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        # the span was the whole line: its break goes too, unless the line stood for a blank one
        return (line_start, line_end) if keeps_break else (line_start, min(len(text), line_end + 1))
    return start, end


def _with_blank_lines(text: str, start: int, end: int) -> tuple[int, int]:
    """A removed line's span with the blank lines above and below it: from the line break that ends the
    last line with text before it (which stays) to the start of the next line with text."""
    before = start
    while before > 0 and text[before - 1] in " \t\n":
        before -= 1
    newline = text.find("\n", before, start) if before > 0 else -1
    if newline >= 0:  # (none: text stands before the span on its line, which it keeps)
        start = newline + 1
    after = end
    while after < len(text) and text[after] in " \t\n":
        after += 1
    last_break = text.rfind("\n", end, after)
    return start, last_break + 1 if last_break >= 0 else end


def _note(state: CleanState, rule: NoiseRule, match: regex.Match[str], *, numbering_goes_on: bool) -> None:
    found: dict[str, Any] = {}
    groups = match.groupdict()
    if rule.site:
        found["site"] = rule.site
    if groups.get("site"):
        found["site"] = canonical_site(groups["site"])
    if groups.get("file_title") and "。" not in match.string[max(0, match.start() - MAX_FILE_NAME_REACH):match.start()]:
        # a file named below the body's sentences is one it links to (相关附件: …名单.xls), not the page's own
        found["file_title"] = groups["file_title"].strip()
    if groups.get("pages"):
        found["pages"] = int(groups["pages"])
    if groups.get("keywords"):
        # a page parts its keywords by spaces or by marks (灵活就业;社保补贴, 党建、乡村振兴)
        found["keywords"] = tuple(word for word in _KEYWORD_GAP.split(groups["keywords"]) if word)
    if rule.truncated and not numbering_goes_on \
            and (rule.kind == TO_END or not _text_goes_on(match.string, match.end())):
        # (a preview's fold the copy was taken past, its pages opened, cuts nothing: 还剩4页未读 over the rest, nor
        # its end-of-preview line where the document's numbered parts go on below it)
        found["truncated"] = True
    state.note(**found)


#: sentences the text holds after a preview's fold for its copy to have been taken past it, the rest opened, within
#: this many characters of the fold (a page's worth: each fold is read a bounded stretch, however many there are)
MIN_SENTENCES_PAST_A_FOLD: Final = 5
FOLD_REACH: Final = 2000


def _text_goes_on(text: str, end: int) -> bool:
    """Whether :data:`MIN_SENTENCES_PAST_A_FOLD` sentences at least end within :data:`FOLD_REACH` after ``end``."""
    return text.count("。", end, end + FOLD_REACH) >= MIN_SENTENCES_PAST_A_FOLD


def canonical_site(name: str) -> str:
    """The site's usual name, from however a share sentence or header spells it."""
    for needle, canonical in SITE_NAMES:
        if needle in name:
            return canonical
    return name.strip()


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _line_end(text: str, position: int) -> int:
    newline = text.find("\n", position)
    return len(text) if newline < 0 else newline


__all__ = ["GENERIC", "SITES", "NoiseTable", "canonical_site", "compile_rules", "mark_table"]
