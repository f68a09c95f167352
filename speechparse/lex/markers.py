"""Stage 3a, lex markers: every place that *could* be a numbering marker.

One compiled ``regex`` per scheme of :data:`speechparse.vocab.schemes.SCHEMES`
(its ``scan`` form where it has one), run over the folded text
(:func:`speechparse.widths.fold`, same offsets as the text). A match becomes a
:class:`Candidate` that records what stands before it: a line start, a sentence
end, a comma, a space after heading words, or nothing.
Deciding which candidates really number the text is the later stages' work
(:mod:`speechparse.levels` for sections, :mod:`speechparse.points` for points);
this one only refuses what can never be a marker, such as a numeral followed by
the next one (二、三季度), a decimal that is a quantity (1.5万) or a marker
standing where its scheme never stands.

No pattern has nested unbounded quantifiers, so none can backtrack
catastrophically; each is compiled once, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Final

import regex
from attrs import frozen

from speechparse.lazyregex import lazy_compile
from speechparse.lex.headings import heading_words_end
from speechparse.lex.title import is_title_text
from speechparse.limits import UNLIMITED, StructureBudget
from speechparse.prefilter import CLASS_TOKENS, char_class, first_chars, last_chars, single_chars
from speechparse.trace import Trace
from speechparse.vocab.chars import CLOSERS, CLOSING_QUOTES, MARKER_BOUNDARY, OPENERS, SPACE, is_han
from speechparse.vocab.schemes import (
    CIRCLED,
    COMMA,
    DIVISION_SCHEMES,
    INDENTED_SECTION_MARKER,
    LINE,
    NONE,
    POINT,
    SCHEMES,
    SECTION_MARKER,
    SENTENCE,
    SEQUENCE_FIRST,
    SEQUENCE_SECOND,
    SPACED,
    Behind,
    Scheme,
    depth_of,
    read_number,
)
from speechparse.vocab.words import CIRCUMSTANCE_OPENERS, SPOKEN_FILLERS, WORDS_ENDING_IN_ONE

#: how far back to look past spaces and closing quotes for a boundary
_LOOKBACK: Final = 12
#: the words of a heading that a space parts from its text on the line are at most this long
MAX_HEADING_BEFORE_SPACE: Final = 30
_HEADING_START: Final = lazy_compile(INDENTED_SECTION_MARKER)
#: a glued heading's words between its marker and its first child's (（一）工作原则1.) are at most this many
MAX_RUN_IN_HEADING: Final = 10
#: a section's marker and its heading words of no mark, right before a first child's glued marker
_RUN_IN_HEADING: Final = lazy_compile(rf"(?:{SECTION_MARKER})\p{{Han}}{{2,{MAX_RUN_IN_HEADING}}}\Z")
#: a title a first division's marker is glued to is at most this long, and stands this near the text's start
MAX_GLUED_TITLE: Final = 60
MAX_GLUED_TITLE_START: Final = 1000
#: the numerals of a first division (第一章, 第1章)
FIRST_NUMERALS: Final = frozenset({"一", "1"})
#: a first point glued to its subject's words is read only where its second follows within this many characters
MAX_FIRST_ITEM: Final = 150
#: a point's marker with its copula (一要, 一是): two characters at least
MIN_COPULA_MARKER: Final = 2
#: the numeral of a glued first child: a figure (1.), which no word of a heading ends with, where 一 may end one
#: (坚持健康第一)
FIRST_FIGURE: Final = "1"
#: the first two circled numerals: ① after a verb is a list's first item where ② follows in its sentence
FIRST_CIRCLED, SECOND_CIRCLED = CIRCLED[0], CIRCLED[1]
#: how far back a marker's licensing words may start (a chapter's marker and heading before its first article)
MAX_LEAD: Final = 24


@frozen
class Candidate:
    """A place in the text that looks like a numbering marker."""

    start: int
    end: int
    scheme: str
    number: int | None  # None: 最后, whose number is the previous item's plus one
    boundary: str  # LINE, SENTENCE, COMMA, SPACED or NONE
    #: the depth the marker's number gives (1.4.2 is 3); 1 for every scheme but decimals
    depth: int = 1
    #: its scheme enumerates points (一是, 首先), not sections
    is_point: bool = False
    #: words before it license it wherever it stands (…进行第二项议程:)
    led: bool = False
    #: the point scheme whose run it continues, written without that scheme's copula (第四项 among 第N项是)
    run_scheme: str | None = None

    @property
    def kind(self) -> str:
        return "point" if self.is_point else "section"

    @property
    def key(self) -> str:
        """The scheme with the depth of a decimal: 1.1 and 1.1.1 are two levels of one scheme."""
        scheme = self.run_scheme or self.scheme
        return scheme if self.depth == 1 else f"{scheme}{self.depth}"


@frozen
class MarkerRule:
    """A scheme's compiled pattern (or its loose form), and what may stand before a match."""

    scheme: Scheme
    pattern: regex.Pattern[str]
    boundaries: frozenset[str]
    refuse_after: regex.Pattern[str] | None
    lead: regex.Pattern[str] | None
    #: the scan form the pattern is (the scheme's, or its loose form's): its match begins at the mark
    #: after the numeral, the numeral read behind it
    scan: Behind | None = None
    #: whether the pattern is that scan form: the marker starts at its numeral, before the match (a field,
    #: not a property: it is asked at every match; mypyc compiles no default made from other fields)
    behind: bool = False


@frozen
class MarkerScan:
    """One search of the text and the rules whose markers it finds: a rule's own pattern; the
    search for a mark (、, .) that several schemes' numerals stand behind (their numerals end in
    different characters, so at most one stands behind any mark, and the character before the
    mark says whose it is); the search for the one-character markers of several rules (①, ⑴, ⒈),
    where the character found says whose it is; or the search for a lead and numeral that several
    rules' markers begin with (第一), where the character after the numeral says whose it may be."""

    pattern: regex.Pattern[str]
    #: (index in the rules, rule) of each rule the search finds markers of
    rules: tuple[tuple[int, MarkerRule], ...]
    #: for a shared search: the mark searched for ("" for one-character markers), and the character
    #: that says whose a match is (at ``told_at`` from the match's start) → (index, rule)
    mark: str
    by_char: Mapping[str, tuple[int, MarkerRule]]
    #: the number of the numeral's group ``n`` (a name is looked up at every match; ``groupindex`` makes a dict)
    numeral_group: int
    #: the characters one of which the text must hold for the search to find anything ("": not known)
    needs: str
    #: where the character that says whose a match is stands: before the mark (-1), or the match itself (0)
    told_at: int = -1
    #: for a search of a lead and numeral that several rules begin with (第一): the character after the
    #: numeral → the rules whose markers may go on with it, each tried where the search found one, with
    #: the number of its numeral's group
    after_numeral: Mapping[str, tuple[tuple[int, MarkerRule, int], ...]] = {}
    #: or the strings one of which it must hold instead (:attr:`speechparse.vocab.schemes.Scheme.needs_strings`)
    needs_strings: tuple[str, ...] = ()


def _marker_scan(pattern: regex.Pattern[str], rules: tuple[tuple[int, MarkerRule], ...], mark: str = "",
                 by_char: Mapping[str, tuple[int, MarkerRule]] | None = None, told_at: int = -1) -> MarkerScan:
    """A search with what it reads of its pattern and rules once, not for every text."""
    return MarkerScan(pattern, rules, mark, by_char or {}, pattern.groupindex["n"],
                      rules[0][1].scheme.needs if len(rules) == 1 else "", told_at,
                      needs_strings=rules[0][1].scheme.needs_strings if len(rules) == 1 else ())


#: a loose form is read only after these
_LOOSE_BOUNDARIES: Final = frozenset({LINE, SENTENCE})


def _rules(scheme: Scheme) -> Iterator[MarkerRule]:
    refuse = None if scheme.refuse_after is None else lazy_compile(scheme.refuse_after)
    # searched for from the marker back (REVERSE), where a match must end: only whether it matches is asked
    lead = None if scheme.lead is None else lazy_compile(f"(?:{scheme.lead})[ \t]*$", regex.REVERSE)
    pattern = scheme.pattern if scheme.scan is None else scheme.scan.pattern
    yield MarkerRule(scheme, lazy_compile(pattern), scheme.boundaries, refuse, lead, scheme.scan,
                     scheme.scan is not None)
    for pattern in scheme.also:
        yield MarkerRule(scheme, lazy_compile(pattern), scheme.boundaries, refuse, lead)
    if scheme.loose is not None:
        loose = scheme.loose if scheme.loose_scan is None else scheme.loose_scan.pattern
        yield MarkerRule(scheme, lazy_compile(loose), _LOOSE_BOUNDARIES & scheme.boundaries, refuse, None,
                         scheme.loose_scan, scheme.loose_scan is not None)


MARKER_RULES: Final[tuple[MarkerRule, ...]] = tuple(rule for scheme in SCHEMES for rule in _rules(scheme))


def marker_scans(rules: Sequence[MarkerRule]) -> tuple[MarkerScan, ...]:
    """The searches that find the markers of ``rules``: one per rule, but one per mark for the
    scan forms (a mark such as 、 stands a thousand times in a text, and each search for it tests
    its numeral behind every one): the numerals of all schemes written with the mark are read
    behind it at once, where their last characters tell them apart. The markers that are one
    character of their own (①, ⑴, ⒈) are searched for at once too: each search of a class costs a
    pass over the text, and a text holds them rarely. The rules whose markers begin with one lead and
    numeral (第一章, 第一条, 第一项, 第一,) are searched for at once too, each rule tried only where the
    character after the numeral may go on its marker."""
    scans: list[MarkerScan] = []
    by_mark: dict[str, list[tuple[int, MarkerRule]]] = {}
    single: list[tuple[tuple[int, MarkerRule], frozenset[str]]] = []
    by_lead: dict[str, list[tuple[int, MarkerRule]]] = {}
    for index, rule in enumerate(rules):
        lead = _lead_and_numeral(rule.pattern.pattern) if rule.scan is None else None
        if lead is not None:
            by_lead.setdefault(lead, []).append((index, rule))
    for lead, sharing in list(by_lead.items()):
        # shared only where the character after the numeral is known for every rule, and differs from
        # every numeral character (the numeral found is then each rule's own)
        afters = [first_chars(rule.pattern.pattern[len(lead):]) for _, rule in sharing]
        if len(sharing) < 2 or any(chars is None or not chars.isdisjoint(CLASS_TOKENS) for chars in afters):
            del by_lead[lead]
            continue
        after_numeral: dict[str, list[tuple[int, MarkerRule, int]]] = {}
        for (index, rule), chars in zip(sharing, afters, strict=True):
            for char in chars or ():
                after_numeral.setdefault(char, []).append((index, rule, rule.pattern.groupindex["n"]))
        pattern = lazy_compile(f"{lead}(?={char_class(frozenset(after_numeral))})")
        needs = {rule.scheme.needs for _, rule in sharing}
        scans.append(MarkerScan(pattern, tuple(sharing), "", {}, pattern.groupindex["n"],
                                needs.pop() if len(needs) == 1 else "", -1,
                                {char: tuple(tried) for char, tried in after_numeral.items()}))
    shared_by_lead = {index for sharing in by_lead.values() for index, _ in sharing}
    for index, rule in enumerate(rules):
        if index in shared_by_lead:
            continue
        if rule.scan is not None:
            for mark in rule.scan.marks:
                by_mark.setdefault(mark, []).append((index, rule))
        elif (chars := single_chars(rule.pattern.pattern)) is not None:
            single.append(((index, rule), chars))
        else:
            scans.append(_marker_scan(rule.pattern, ((index, rule),)))
    if len(single) > 1 and sum(len(chars) for _, chars in single) == len(frozenset().union(*(c for _, c in single))):
        by_char = {char: one for one, chars in single for char in chars}
        scans.append(_marker_scan(lazy_compile(f"(?P<n>{char_class(frozenset(by_char))})"),
                                  tuple(one for one, _ in single), "", by_char, told_at=0))
    else:  # one rule, or characters two rules share: a search each
        scans.extend(_marker_scan(one[1].pattern, (one,)) for one, _ in single)
    for mark, sharing in by_mark.items():
        ends = [last_chars(rule.scan.numeral) for _, rule in sharing]  # type: ignore[union-attr]
        known = [chars for chars in ends if chars is not None and chars.isdisjoint(CLASS_TOKENS)]
        if len(known) == len(ends) and sum(map(len, known)) == len(frozenset().union(*known)):
            by_char = {char: one for one, chars in zip(sharing, known, strict=True) for char in chars}
            scans.append(_marker_scan(lazy_compile(_shared_form(mark, [rule for _, rule in sharing])), tuple(sharing),
                                      mark, by_char))
        else:  # numerals that may end alike: a search each
            scans.extend(_marker_scan(lazy_compile(_shared_form(mark, [one[1]])), (one,)) for one in sharing)
    return tuple(scans)


def _lead_and_numeral(source: str) -> str | None:
    """The literal lead and the numeral's group ``n`` a pattern begins with (第(?P<n>…)), or None."""
    start = source.find("(?P<n>")
    if start <= 0 or regex.escape(source[:start]) != source[:start]:
        return None  # no lead, or one that is no literal
    depth, index, in_class = 0, start, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return source[:index + 1]
        index += 1
    return None


@cache
def _marker_rules_scans() -> tuple[MarkerScan, ...]:
    """The searches of :data:`MARKER_RULES`, made on first use."""
    return marker_scans(MARKER_RULES)


def _shared_form(mark: str, rules: list[MarkerRule]) -> str:
    """The search for ``mark`` with each rule's numeral read behind it, and what must follow the mark
    for that rule read after it, only for the rule whose numeral stood there (a look-ahead inside the
    look-behind would be read at every mark)."""
    if len(rules) == 1:
        assert rules[0].scan is not None
        return rules[0].scan.form(mark)
    behind: list[str] = []
    after = ""
    for tag, rule in reversed(list(enumerate(rules))):
        scan = rule.scan
        assert scan is not None
        behind.insert(0, f"(?P<t{tag}>)(?:{scan.numeral})")
        if scan.after:
            after = f"(?(t{tag}){scan.after}|{after})" if after else f"(?(t{tag}){scan.after})"
    return f"(?<={'|'.join(behind)}){re.escape(mark)}{after}"


def lex_markers(folded: str, rules: Sequence[MarkerRule] = MARKER_RULES, *,
                budget: StructureBudget | None = None, spent: int = 0, trace: Trace | None = None) -> list[Candidate]:
    """Every marker candidate in ``folded`` text, in document order.

    A candidate must stand where its scheme allows (a section heading after a line
    start or a sentence end; a point also after a comma; a parenthesised number
    also right after heading words). Where two schemes match at overlapping places,
    the match that starts first and is longest wins (of two alike, the earlier rule's).
    With a ``budget`` of which ``spent`` units are used (lines, removals), raise
    :class:`speechparse.StructureTooDenseError` as soon as the candidates found
    (overlaps not yet resolved) are over the rest, before they are all listed.
    With a ``trace``, say why each match was taken or refused.
    """
    budget = budget or UNLIMITED
    room = budget.limit - spent
    by_rule: dict[int, list[Candidate]] = {}  # a shared search finds several rules' candidates at once
    count = 0
    refusals: list[tuple[int, int, int, str]] = []  # (rule index, start, end, why): traced in the rules' order
    present: dict[tuple[str, tuple[str, ...]], bool] = {}  # whether the text holds what a scheme's markers need
    for scan in _marker_rules_scans() if rules is MARKER_RULES else marker_scans(rules):
        shared = len(scan.rules) > 1
        if scan.needs:
            needs = (scan.needs, scan.needs_strings)
            if needs not in present:
                present[needs] = _needed(scan.needs).search(folded) is not None \
                    or any(string in folded for string in scan.needs_strings)
            if not present[needs]:
                continue
        line_end = -1
        for match, index, rule, numeral_group in _matches(scan, folded, shared):
            scheme = rule.scheme
            # a scheme's scan form begins its match at the mark after the numeral, read behind it
            start, end = match.start(numeral_group) if rule.behind else match.start(), match.end()
            # a refusal reads what follows on the marker's line (vocab/schemes keeps it there: tested), and
            # is matched on the line alone: the regex engine may look for a literal to the end of its slice
            if line_end < end:  # matches come in order: each line end is looked for once
                line_end = folded.find("\n", end)
                line_end = len(folded) if line_end < 0 else line_end
            if rule.refuse_after is not None and rule.refuse_after.match(folded, end, line_end):
                if trace is not None:
                    refusals.append((index, start, end, f"{scheme.name}: refused, what follows makes it no marker"))
                continue
            boundary = boundary_before(folded, start)
            if boundary == SPACED and (scheme.role == POINT or not folded[start:end].isdigit()) \
                    and _after_a_heading_on_its_line(folded, start):
                # 二、下一步打算 首先,…, (一)落实责任(15分) 1.履行职责…: the heading ended at the space, its text (or a
                # page's flattened next line) begins; a figure with no mark after a space is no marker there
                # (三 、 2 0 2 4 年: an OCR's spaced figures)
                boundary = SENTENCE
            led = boundary not in rule.boundaries and (
                _licensed_by_lead(rule, folded, start)
                or (boundary == NONE and scheme.role != POINT and match.group(numeral_group) == FIRST_FIGURE
                    and _after_a_run_in_heading(folded, start))
                or (boundary == NONE and scheme.role == POINT and _second_item_follows(folded, start, end))
                or (boundary == NONE and scheme.role == POINT and _where_glued_heading_words_end(folded, start))
                or (boundary == NONE and match.group(numeral_group) == FIRST_CIRCLED
                    and _second_circled_follows(folded, end))
                or (boundary == NONE and scheme.name in DIVISION_SCHEMES
                    and match.group(numeral_group) in FIRST_NUMERALS and _after_a_glued_title(folded, start)))
            if boundary not in rule.boundaries and not led:
                if trace is not None:
                    refusals.append((index, start, end, f"{scheme.name}: refused, it cannot stand after {boundary}"))
                continue
            if boundary == NONE and not led and scheme.role != POINT \
                    and (start == 0 or not (is_han(folded[start - 1]) or folded[start - 1] in CLOSING_QUOTES)):
                # a run-in (一) follows heading words (…队伍(一), …“铁军”(一)), not another marker: (一)(一)(一)…
                continue
            numeral = match.group(numeral_group)
            number = read_number(scheme, numeral)
            if number == 0:
                continue
            by_rule.setdefault(index, []).append(Candidate(start, end, scheme.name, number, boundary,
                                                           depth_of(scheme, numeral), scheme.role == POINT, led))
            count += 1
            if count > room:
                budget.check(spent + count)
    if trace is not None:
        for _, start, end, why in sorted(refusals):
            trace.add("lex", start, end, why)
    # in the rules' order, then by start, the longest first (a stable sort: of two alike, the earlier rule's)
    found = [candidate for index in sorted(by_rule) for candidate in by_rule[index]]
    del by_rule
    found.sort(key=lambda c: (c.start, c.start - c.end))
    kept: list[Candidate] = []
    for candidate in found:
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
            if trace is not None:
                trace.add("lex", candidate.start, candidate.end, f"{candidate.key} {candidate.number} after "
                          f"{candidate.boundary}{' (led by its words)' if candidate.led else ''}")
        elif trace is not None:
            trace.add("lex", candidate.start, candidate.end, f"{candidate.scheme}: dropped, inside a longer marker")
    return kept


def _matches(scan: MarkerScan, folded: str, shared: bool
             ) -> Iterator[tuple[regex.Match[str], int, MarkerRule, int]]:
    """The matches of a search, each with (index, rule) of the rule it is a marker of, and the number of
    its numeral's group; for a search of a lead and numeral, the matches of the rules tried there."""
    if scan.after_numeral:
        for lead in scan.pattern.finditer(folded):
            for index, rule, group in scan.after_numeral[folded[lead.end()]]:
                own = rule.pattern.match(folded, lead.start())
                if own is not None:
                    yield own, index, rule, group
    elif shared:
        for match in scan.pattern.finditer(folded):
            index, rule = scan.by_char[folded[match.start() + scan.told_at]]
            yield match, index, rule, scan.numeral_group
    else:
        index, rule = scan.rules[0]
        for match in scan.pattern.finditer(folded):
            yield match, index, rule, scan.numeral_group


@cache
def _needed(chars: str) -> regex.Pattern[str]:
    """A search for any of ``chars``: one scan of the text, not one per character (a class with runs of
    consecutive code points as ranges, :func:`speechparse.prefilter.char_class`)."""
    return regex.compile(char_class(frozenset(chars)))


def _licensed_by_lead(rule: MarkerRule, folded: str, start: int) -> bool:
    """Whether the words right before ``start`` license the marker anywhere (…进行第二项议程:)."""
    return rule.lead is not None and rule.lead.search(folded, max(0, start - MAX_LEAD), start) is not None


def _after_a_glued_title(folded: str, position: int) -> bool:
    """Whether ``position`` follows a title that opens its line, glued (…管理办法(试行)第一章 总则…: a preview that
    runs the lines together): a first division's marker stands where the title's line ended."""
    line_start = folded.rfind("\n", 0, position) + 1
    words = folded[line_start:position].strip()
    # (a title heads the text; a sentence that names a document opens with its circumstance: 依照本会章程第一章…)
    return line_start <= MAX_GLUED_TITLE_START and 0 < len(words) <= MAX_GLUED_TITLE \
        and not words.startswith(CIRCUMSTANCE_OPENERS) and is_title_text(words)


def _second_item_follows(folded: str, start: int, end: int) -> bool:
    """Whether a first point's marker after its subject's words (理论学习一要读原文…;二要悟原理…, 企业首先要…;
    其次要…) is followed, in its sentence, by the second one after a clause's mark, by the second opening a later
    sentence of its paragraph, or by the second opening the next paragraph: the run shows what the subject alone did
    not."""
    marker = folded[start:end]
    if marker == SEQUENCE_FIRST:
        following = SEQUENCE_SECOND  # (外贸企业首先要…;其次要…: the sequence's words after their subject)
    elif not marker.startswith("一") or len(marker) < MIN_COPULA_MARKER \
            or folded[max(0, start - 1):start + 1] in WORDS_ENDING_IN_ONE:
        return False
    else:
        following = "二" + marker[1:]
    second = folded.find(following, end, end + MAX_FIRST_ITEM)
    if second <= end:
        return False
    between = folded[end:second]
    if folded[second - 1] in ";,":
        return not any(mark in between for mark in "。!?\n")
    if folded[second - 1] in "。!":
        # (or it opens the next sentence of the paragraph: …工作中一要常怀感恩之心。…。二要常怀敬畏之心。)
        return "\n" not in between
    # (or it opens the next paragraph, the items each a paragraph of their own: 我们一是坚持…。… / 二是…)
    line_break = folded.rfind("\n", end, second)
    return line_break >= 0 and between.count("\n") == 1 and not folded[line_break + 1:second].strip()


def _second_circled_follows(folded: str, end: int) -> bool:
    """Whether ① after a verb (提出①加强…、②提升…) is followed, in its sentence, by ② after a list's or a clause's
    mark: the phrases the verb governs, numbered (a note's mark ① stands alone)."""
    second = folded.find(SECOND_CIRCLED, end, end + MAX_FIRST_ITEM)
    return second > end and folded[second - 1] in "、,;" \
        and not any(mark in folded[end:second] for mark in "。!?\n")


def _after_a_run_in_heading(folded: str, position: int) -> bool:
    """Whether ``position`` follows a section's marker and its few heading words, glued (（一）工作原则1.坚持…: a
    preview that runs paragraphs together): the first child's marker stands where the heading's line ended."""
    return _RUN_IN_HEADING.search(folded, max(0, position - MAX_RUN_IN_HEADING - _LOOKBACK), position) is not None


def _where_glued_heading_words_end(folded: str, position: int) -> bool:
    """Whether ``position`` is where the words of a numbered heading that opens its line end, cut before the
    body's first enumerated clause it ran into ((二)加强能力建设首先,要…;其次,…: a lost line break): the point
    opens where the heading's words stop, as :func:`speechparse.lex.headings.heading_words_end` cuts them."""
    line_start = folded.rfind("\n", 0, position) + 1
    marker = _HEADING_START.match(folded, line_start, position)
    if marker is None:
        return False
    line_end = folded.find("\n", position)
    return heading_words_end(folded, marker.end(), len(folded) if line_end < 0 else line_end) == position


def _after_a_heading_on_its_line(folded: str, position: int) -> bool:
    """Whether ``position`` follows the words of a numbered heading that opens its line, and the space after them
    (二、下一步打算 首先,…): heading words of no sentence, at most :data:`MAX_HEADING_BEFORE_SPACE` long."""
    line_start = folded.rfind("\n", 0, position) + 1
    marker = _HEADING_START.match(folded, line_start, position)
    if marker is None:
        return False
    words = folded[marker.end():position].strip()
    return 0 < len(words) <= MAX_HEADING_BEFORE_SPACE and not any(char in words for char in MARKER_BOUNDARY)


def boundary_before(folded: str, position: int) -> str:
    """What stands before ``position``: a line start, a sentence end, a comma, a space after
    words, or nothing."""
    index = position
    floor = max(0, position - _LOOKBACK)
    while index > floor and folded[index - 1] in SPACE:
        index -= 1
    spaced = index < position
    if index == 0 or folded[index - 1] == "\n":
        return LINE
    closed = index
    while index > floor and folded[index - 1] in CLOSERS:
        index -= 1
    if index < closed and folded[closed - 1] == "】" and _opens_its_line_as_a_label(folded, index):
        return SENTENCE  # 【整改措施】一是…: a label in brackets opening the line, as a label with its colon
    if index < closed and folded[closed - 1] == ")" and _opens_its_line_as_a_speakers_tag(folded, index):
        return SENTENCE  # (男)首先,…: the host whose turn it is, in a script of two hosts, as a speaker's label
    if index < closed and folded[closed - 1] in ")】" and _remark_after_a_sentence(folded, closed - 1):
        # …增长。(掌声)二是…: a transcript's or a script's remark on the sentence before it, or a draft's note
        # (…。【此处补充数据】四是…)
        return SENTENCE
    previous = folded[index - 1] if index > 0 else "\n"
    if previous in OPENERS and index - 1 > floor and folded[index - 2] in MARKER_BOUNDARY:
        return COMMA  # a quotation that opens after a colon or a sentence end (强调:“一是…): its items are clauses
    if previous == ":" and not spaced and index >= 2 and folded[index - 2].isdigit():
        return NONE  # a ratio's colon between figures (14.5:40.3:45.1), no label's: the figure goes on
    if previous in MARKER_BOUNDARY:
        return SENTENCE
    if previous == "\n":
        return LINE
    if previous in ",、":
        if previous == "," and _line_opening_before(folded, index - 1, MAX_FILLER) in SPOKEN_FILLERS:
            return SENTENCE  # 嗯,第四个方面…: a transcribed turn's filler says nothing, the marker opens the line
        return COMMA
    return SPACED if spaced else NONE


#: the longest spoken filler before a transcribed turn's words (那个)
MAX_FILLER: Final = max(len(filler) for filler in SPOKEN_FILLERS)


#: the longest remark in brackets a transcript, a chairing script or a draft puts after a sentence ((掌声),
#: (奏国歌), 【刘:是否再加一条?请县长定】)
MAX_BRACKETED_REMARK: Final = 40


def _remark_after_a_sentence(folded: str, closing: int) -> bool:
    """Whether the bracket closing at ``closing`` closes a remark opened right after a sentence's end."""
    opener = "(" if folded[closing] == ")" else "【"
    opening = folded.rfind(opener, max(0, closing - MAX_BRACKETED_REMARK - 1), closing)
    return opening > 0 and folded[opening - 1] in MARKER_BOUNDARY \
        and not any(char in folded[opening + 1:closing] for char in "()【】\n")


#: the longest label in brackets that opens a line (【整改措施】, 【工作目标】)
MAX_BRACKETED_LABEL: Final = 12


def _opens_its_line_as_a_label(folded: str, end: int) -> bool:
    """Whether the text before ``end`` on its line is a short label opened by 【 (【整改措施, 】 after it)."""
    label = _line_opening_before(folded, end, MAX_BRACKETED_LABEL)
    return label is not None and label.startswith("【") and len(label) > 1 and "】" not in label


def _opens_its_line_as_a_speakers_tag(folded: str, end: int) -> bool:
    """Whether the text before ``end`` on its line is a speaker's tag opened by a bracket ((男, (女, (合, (甲: a
    script of two hosts), a few Han characters."""
    tag = _line_opening_before(folded, end, MAX_SPEAKERS_TAG)
    return tag is not None and tag.startswith("(") and len(tag) > 1 and all(is_han(char) for char in tag[1:])


def _line_opening_before(folded: str, end: int, longest: int) -> str | None:
    """The text of the line before ``end``, its indentation aside, where it is ``longest`` characters at most;
    looked for near ``end`` only (a long line has no such opening, and is not read back)."""
    reach = max(0, end - longest - _LOOKBACK)
    newline = folded.rfind("\n", reach, end)
    if newline < 0 and reach > 0:
        return None
    opening = folded[newline + 1:end].lstrip(SPACE)
    return opening if len(opening) <= longest else None


#: the longest speaker's tag in brackets, its opening bracket included ((主持人甲)
MAX_SPEAKERS_TAG: Final = 6


__all__ = ["COMMA", "LINE", "NONE", "SENTENCE", "SPACED", "Candidate", "MarkerRule", "MarkerScan", "boundary_before",
           "lex_markers", "marker_scans"]
