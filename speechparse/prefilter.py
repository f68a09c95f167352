"""What a pattern's match can begin with, read from the pattern's source.

A table of a hundred noise rules would scan every text a hundred times, though a
rule matches in one document of fifty. Reading each pattern once tells what its
match must start with (``上`` or ``下`` for ``^[ \\t]*+(?:上传人|下载)``), so a rule
runs only on a text (or a line) that has such a character where the match would
start: a text from an unknown site pays a lookup per rule, not a scan. The same
reading gives what a match ends with (a blank's left cue is asked by the character
before the blank), characters every match holds, and whether a match can read a
line break (a pattern that cannot is matched on its line alone: the ``regex``
engine looks for a pattern's literal up to ``endpos`` even in ``match``).

The reading is conservative: any construct it does not know (``\\d``, ``.``, a
negated class, a back-reference, verbose mode …) makes the answer "anything"
(``None``), and the rule always runs. It never prunes a place where the pattern
could match; ``tests/test_prefilter.py`` checks this against every pattern of the
vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Iterator
from functools import cache, lru_cache, partial
from typing import Final

import regex

from speechparse.lazyregex import lazy_compile

__all__ = [
    "BLANKS",
    "CLASS_TOKENS",
    "LineStart",
    "char_class",
    "char_set_cost",
    "first_chars",
    "first_solid_chars",
    "guarded",
    "holds_all",
    "holds_string",
    "last_chars",
    "lines_holding",
    "match_lines",
    "may_be",
    "may_hold",
    "may_match_at",
    "may_occur",
    "needed_chars",
    "required_chars",
    "required_literals",
    "search_lines_holding",
    "single_chars",
    "starts_at_line_start",
    "stays_on_its_line",
    "top_level_branches",
]

#: the characters a line's indentation is made of
BLANKS: Final = frozenset(" \t")
#: a character class larger than this is "anything" for the prefilter
_MAX_SET: Final = 4096
_QUANTIFIERS: Final = "*+?{"
#: classes the prefilter knows by name: a set of first characters may hold these tokens, which
#: stand for every character the class matches
CLASS_TOKENS: Final = {"\\d": lazy_compile(r"\d"), "\\p{Han}": lazy_compile(r"\p{Han}"),
                       # a symbol: the icon before a label (💬 评论)
                       "\\p{So}": lazy_compile(r"\p{So}")}
#: the first character that is not a space or a tab of every line but the first; a line break, not
#: ``^``, leads the pattern, which the regex engine finds ten times faster. Blank lines are not listed (a
#: million line breaks must not make a list of a million offsets): a rule whose match may begin with a
#: line break is not dispatched by line starts.
_LINE_HEAD: Final = re.compile(r"\n[ \t]*+(?=([^ \t\n]))")  # Python's re: a class, scanned twice as fast
_ESCAPED_LITERALS: Final = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}
#: escapes of classes the prefilter does not enumerate (digits, words, spaces, properties …)
_CLASS_ESCAPES: Final = frozenset("dDwWsSpPhHXNRlLuUoO")
_ASSERTION_ESCAPES: Final = frozenset("bBAZzGmM")
#: inline flags the prefilter reads (only i changes what a character matches; x is refused)
_FLAGS: Final = frozenset("imsuaLx-")


#: the escapes that write one character by its code in hexadecimal, and how many digits follow them
_HEX_DIGITS: Final = {"x": 2, "u": 4, "U": 8}


def _hex_escape(pattern: str, at: int) -> int | None:
    """The code of the character written by the escape whose letter is at ``at`` (\\x0a, \\uFE0F,
    \\U0001F4AC), or None where no such escape stands there (\\x{…} is not read)."""
    digits = _HEX_DIGITS.get(pattern[at:at + 1])
    if digits is None:
        return None
    written = pattern[at + 1:at + 1 + digits]
    if len(written) != digits or any(char not in "0123456789abcdefABCDEF" for char in written):
        return None
    return int(written, 16)


class _Unknown(Exception):
    """The pattern uses something the prefilter does not read: the answer is "anything"."""


# A parsed pattern is a tuple of branches; a branch is a tuple of items; an item is
# (kind, value, min_repeat, once), where kind is "chars" (value: frozenset or None for any
# character), "group" (value: the group's branches), "ahead" (a positive lookahead, value: its
# branches: what a match needs after it, though not inside it), "start" (^), or "empty" (other
# zero-width assertions and lookarounds, which the prefilter does not use); ``once`` says
# the item carries no quantifier (it matches exactly once).
_Item = tuple[str, object, int, bool]
#: an item as read, before its quantifier: (kind, value, min_repeat)
_Atom = tuple[str, object, int]
_Branches = tuple[tuple[_Item, ...], ...]


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.at = 0
        self.ignore_case = False

    def peek(self, offset: int = 0) -> str:
        index = self.at + offset
        return self.source[index] if index < len(self.source) else ""

    def take(self) -> str:
        char = self.peek()
        if not char:
            raise _Unknown("unexpected end")
        self.at += 1
        return char

    def branches(self, ignore_case: bool) -> _Branches:
        found = [self.sequence(ignore_case)]
        while self.peek() == "|":
            self.at += 1
            found.append(self.sequence(ignore_case))
        return tuple(found)

    def sequence(self, ignore_case: bool) -> tuple[_Item, ...]:
        items: list[_Item] = []
        while self.peek() and self.peek() not in "|)":
            item = self.atom(ignore_case)
            if item is None:
                continue
            minimum = self.quantifier()
            items.append((item[0], item[1], minimum if minimum is not None else item[2], minimum is None))
        return tuple(items)

    def quantifier(self) -> int | None:
        char = self.peek()
        if char not in _QUANTIFIERS or not char:
            return None
        if char == "{":
            close = self.source.find("}", self.at)
            body = self.source[self.at + 1:close] if close > 0 else ""
            low, _, high = body.partition(",")
            if close < 0 or not (low.isdigit() or (low == "" and "," in body)) or not (high == "" or high.isdigit()):
                return None  # a literal brace
            self.at = close + 1
            minimum = int(low) if low else 0
        else:
            self.at += 1
            minimum = 1 if char == "+" else 0
        if self.peek() in ("?", "+") and self.peek():
            self.at += 1  # lazy or possessive: the same characters may start the match
        return minimum

    def atom(self, ignore_case: bool) -> _Atom | None:
        char = self.take()
        if char == "(":
            return self.group(ignore_case)
        if char == "[":
            return ("chars", self.char_class(ignore_case), 1)
        if char == ".":
            return ("chars", None, 1)
        if char == "^":
            return ("start", None, 1)
        if char == "$":
            return ("empty", None, 1)
        if char == "\\":
            return self.escape(ignore_case)
        if char in "*+?":
            raise _Unknown("a quantifier with nothing to repeat")
        return ("chars", _cased(frozenset(char), ignore_case), 1)

    def escape(self, ignore_case: bool) -> _Atom:
        char = self.take()
        code = _hex_escape(self.source, self.at - 1)
        if code is not None:  # \uFE0F, \x0a: one character, written by its code
            self.at += _HEX_DIGITS[char]
            return ("chars", _cased(frozenset(chr(code)), ignore_case), 1)
        if char in _ASSERTION_ESCAPES:  # \A too: a pattern bound to the text's start is rare, and scanned
            return ("empty", None, 1)
        if char in _CLASS_ESCAPES:
            return ("chars", self.class_escape(char), 1)
        if char.isdigit() or char in "gkx":
            raise _Unknown(f"\\{char}")
        return ("chars", _cased(frozenset(_ESCAPED_LITERALS.get(char, char)), ignore_case), 1)

    def class_escape(self, char: str) -> frozenset[str] | None:
        """\\d and \\p{Han} as their class tokens; other classes (\\s, \\w, \\S …) are not known."""
        name = ""
        if char in "pPN" and self.peek() == "{":
            close = self.source.find("}", self.at)
            if close < 0:
                raise _Unknown("unclosed property")
            name = self.source[self.at + 1:close]
            self.at = close + 1
        token = f"\\{char}{{{name}}}" if name else f"\\{char}"
        return frozenset([token]) if token in CLASS_TOKENS else None

    def group(self, ignore_case: bool) -> _Atom:
        kind = "capture"
        if self.peek() == "?":
            self.at += 1
            char = self.take()
            if char == ":" or char == ">":
                kind = "plain"
            elif char == "=":
                kind = "ahead"
            elif char == "!":
                kind = "look"
            elif char == "<" and self.peek() in "=!":
                self.at += 1
                kind = "look"
            elif char in "P<" and (char == "<" or self.peek() == "<"):
                if char == "P":
                    self.at += 1
                close = self.source.find(">", self.at)
                if close < 0:
                    raise _Unknown("unclosed group name")
                self.at = close + 1
            elif char == "#":
                close = self.source.find(")", self.at)
                if close < 0:
                    raise _Unknown("unclosed comment")
                self.at = close + 1
                return ("empty", None, 1)
            elif char in _FLAGS:
                flags = char
                while self.peek() and self.peek() not in ":)":
                    flags += self.take()
                if not set(flags) <= _FLAGS:
                    raise _Unknown(f"flags {flags}")
                on = flags.split("-")[0]
                if "x" in on or ("-" in flags and "i" in flags.split("-")[1]):
                    raise _Unknown("verbose mode or flags turned off")
                if "i" in on:
                    ignore_case = True
                if self.take() == ")":  # flags for the rest of the pattern
                    if self.at != len(flags) + 3:
                        raise _Unknown("flags after the start")
                    self.ignore_case = self.ignore_case or "i" in on
                    return ("empty", None, 1)
                kind = "plain"
            else:
                raise _Unknown(f"(?{char}")
        if kind == "look":  # zero width: what it holds is not read, only skipped
            self.skip_to_close()
            return ("empty", None, 1)
        inner = self.branches(ignore_case or self.ignore_case)
        if self.take() != ")":
            raise _Unknown("unbalanced group")
        # a lookahead reads on from where it stands, never past the end of the slice searched: what it
        # needs is in that slice (a lookbehind may read before the slice's start: not read, above)
        return ("ahead" if kind == "ahead" else "group", inner, 1)

    def skip_to_close(self) -> None:
        """Move past the ``)`` that closes the group being read, over escapes and classes."""
        depth = 1
        while depth:
            char = self.take()
            if char == "\\":
                self.take()
            elif char == "[":
                if self.peek() == "^":
                    self.at += 1
                if self.peek() == "]":
                    self.at += 1
                while self.take() != "]":
                    if self.source[self.at - 1] == "\\":
                        self.take()
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1

    def char_class(self, ignore_case: bool) -> frozenset[str] | None:
        """A class's characters; ``None`` for a negated class or one holding \\d, \\p{…} …"""
        known = True
        if self.peek() == "^":
            self.at += 1
            known = False
        chars: set[str] = set()
        first = True
        while True:
            char = self.take()
            if char == "]" and not first:
                break
            first = False
            if char == "[":
                raise _Unknown("a nested class or set operation")
            if char == "\\":
                char = self.take()
                if char in _CLASS_ESCAPES:
                    tokens = self.class_escape(char)
                    if tokens is None:
                        known = False
                    else:
                        chars |= tokens
                    continue
                char = _ESCAPED_LITERALS.get(char, char)
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.at += 1
                high = self.take()
                if high == "\\":
                    high = self.take()
                    if high in _CLASS_ESCAPES:
                        raise _Unknown("a class escape as a range end")
                    high = _ESCAPED_LITERALS.get(high, high)
                if ord(high) - ord(char) > _MAX_SET:
                    known = False
                else:
                    chars.update(chr(code) for code in range(ord(char), ord(high) + 1))
            else:
                chars.add(char)
        if not known or len(chars) > _MAX_SET:
            return None
        return _cased(frozenset(chars), ignore_case)


def _cased(chars: frozenset[str], ignore_case: bool) -> frozenset[str] | None:
    """``chars`` and their other cases under ``ignore_case``; None (any character) where the cases
    are not enumerable: only that character is unknown, not the whole pattern (a dotless ı in a
    case-blind group leaves the literals around the group known)."""
    if not ignore_case:
        return chars
    if not chars.isdisjoint(CLASS_TOKENS):
        return None  # a class under ignore-case
    # both cases, and the characters whose case folds to them (ſ, K); anything unusual: unknown
    cased = set(chars)
    for char in chars:
        cased.update((char.lower(), char.upper(), char.casefold()))
        if any(len(form) != 1 for form in cased):
            return None  # a character whose case changes its length
    if any(not char.isascii() and char.lower() != char.upper() for char in cased):
        return None  # a non-ASCII character with cases
    return frozenset(cased | ({"\u017f"} if "s" in cased else set()) | ({"\u212a"} if "k" in cased else set()))


@cache
def _parse(pattern: str) -> _Branches | None:
    reader = _Reader(pattern)
    try:
        parsed = reader.branches(False)
        if reader.at != len(pattern):
            raise _Unknown("unbalanced )")
        if reader.ignore_case:  # (?i) at the start: read again, every character in both cases
            reader = _Reader(pattern)
            reader.ignore_case = True
            parsed = reader.branches(True)
    except _Unknown:
        return None
    return parsed


def _first(branches: _Branches, skip_blanks: bool) -> tuple[frozenset[str] | None, bool]:
    """(the characters a match can start with, whether a match can be empty) of some branches.

    With ``skip_blanks``, items that only match spaces and tabs are passed over, so the
    answer is the first character that is not a space or a tab."""
    found: set[str] = set()
    for branch in branches:
        chars, nullable = _first_of_sequence(branch, skip_blanks)
        if chars is None:
            return None, nullable
        found |= chars
        if nullable:
            return frozenset(found), True
    return frozenset(found), False


def _first_of_sequence(items: tuple[_Item, ...], skip_blanks: bool) -> tuple[frozenset[str] | None, bool]:
    found: set[str] = set()
    for kind, value, minimum, _ in items:
        if kind in ("start", "empty", "ahead"):
            continue
        if kind == "chars":
            chars = value if isinstance(value, frozenset) else None
            if chars is None:
                return None, False
            if skip_blanks and chars <= BLANKS:
                continue
            if skip_blanks and chars & BLANKS:
                return None, False  # a blank or not: where the first solid character is, is unknown
            found |= chars
            nullable = minimum == 0
        else:
            assert isinstance(value, tuple)
            chars, nullable = _first(value, skip_blanks)
            if chars is None:
                return None, False
            found |= chars
            nullable = nullable or minimum == 0
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


@cache
def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters any match of ``pattern`` starts with; ``None`` when that is not known
    or a match may be empty."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    chars, nullable = _first(parsed, skip_blanks=False)
    return None if nullable else chars


@cache
def last_chars(pattern: str) -> frozenset[str] | None:
    """The characters any match of ``pattern`` ends with; ``None`` when that is not known or a
    match may be empty (read as :func:`first_chars` reads the start, from the other end)."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    chars, nullable = _first(_reversed(parsed), skip_blanks=False)
    return None if nullable else chars


def _reversed(branches: _Branches) -> _Branches:
    """The branches with their items (and their groups' items) in reverse order."""
    return tuple(tuple((kind, _reversed(value) if kind == "group" else value, minimum, once)  # type: ignore[arg-type]
                       for kind, value, minimum, once in reversed(branch)) for branch in branches)


@cache
def first_solid_chars(pattern: str) -> frozenset[str] | None:
    """The first character of any match that is not a space or a tab; ``None`` when that is
    not known or a match may hold only spaces and tabs."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    chars, nullable = _first(parsed, skip_blanks=True)
    return None if nullable else chars


def _required(branches: _Branches) -> frozenset[str] | None:
    """Characters one of which every match holds (or reads in a lookahead): per branch, the smallest
    known set of an item that must match; ``None`` when some branch has no such item."""
    found: set[str] = set()
    for branch in branches:
        best: frozenset[str] | None = None
        for kind, value, minimum, _ in branch:
            if minimum == 0:
                continue
            if kind == "chars" and isinstance(value, frozenset):
                chars: frozenset[str] | None = value
            elif kind in ("group", "ahead") and isinstance(value, tuple):
                chars = _required(value)
            else:
                continue
            # (a class (\\d) says nothing a search for characters can use; of two sets, one without a character every
            # text holds, a line break or a space, says more whatever its size: [>›»] rather than \\n)
            if chars is not None and chars.isdisjoint(CLASS_TOKENS) \
                    and (best is None or char_set_cost(chars) < char_set_cost(best)):
                best = chars
        if best is None:
            return None
        found |= best
    return frozenset(found)


#: characters nearly every text holds: a set of characters holding one says little about a text
_EVERYWHERE: Final = frozenset(" \t\n")


def char_set_cost(chars: frozenset[str]) -> tuple[bool, int]:
    """How little a set of characters one of which a match holds says about a text (less is better)."""
    return not chars.isdisjoint(_EVERYWHERE), len(chars)


@cache
def required_chars(pattern: str) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` holds, or reads in a lookahead
    (``None`` when not known): in the slice searched, either way."""
    parsed = _parse(pattern)
    return None if parsed is None else _required(parsed)


def _needed(branches: _Branches) -> frozenset[str]:
    """Characters each of which every match holds: those of the items every branch must match once
    or more (a character of its own, not one of a class), and of the groups it cannot do without."""
    common: frozenset[str] | None = None
    for branch in branches:
        found: set[str] = set()
        for kind, value, minimum, _ in branch:
            if minimum == 0:
                continue
            if kind == "chars" and isinstance(value, frozenset) and len(value) == 1 \
                    and value.isdisjoint(CLASS_TOKENS):
                found |= value
            elif kind in ("group", "ahead") and isinstance(value, tuple):
                found |= _needed(value)
        common = frozenset(found) if common is None else common & found
    return common or frozenset()


@cache
def needed_chars(pattern: str) -> frozenset[str]:
    """Characters *each* of which every match of ``pattern`` holds (or reads in a lookahead): a slice
    that lacks any one of them cannot match. Empty when none is known. Where :func:`required_chars`
    says "one of these", this says "all of these": 第…页…共 needs all three, and many texts lack one."""
    parsed = _parse(pattern)
    return frozenset() if parsed is None else _needed(parsed)


def _single(branches: _Branches) -> frozenset[str] | None:
    chars: set[str] = set()
    for branch in branches:
        if len(branch) != 1:
            return None
        kind, value, minimum, once = branch[0]
        if not once or minimum != 1:
            return None
        if kind == "chars" and isinstance(value, frozenset) and value.isdisjoint(CLASS_TOKENS):
            chars |= value
        elif kind == "group" and isinstance(value, tuple) and (inner := _single(value)) is not None:
            chars |= inner
        else:
            return None
    return frozenset(chars)


@cache
def single_chars(pattern: str) -> frozenset[str] | None:
    """The characters of a pattern whose every match is one character, one of these, with nothing
    around it read (``(?P<n>[①-⑳])``); ``None`` for any other pattern."""
    parsed = _parse(pattern)
    return None if parsed is None else _single(parsed)


def top_level_branches(pattern: str) -> list[str]:
    """The branches of ``pattern``'s outermost alternation, as written (``a|(b|c)`` is ``a`` and ``(b|c)``)."""
    branches: list[str] = []
    depth = start = at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 1
        elif char == "[":  # a class: its | and ( are characters (a ] first in it is one too)
            at += 2 if pattern.startswith("[^", at) else 1
            at += pattern[at] == "]" if at < len(pattern) else 0
            while at < len(pattern) and pattern[at] != "]":
                at += 2 if pattern[at] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:at])
            start = at + 1
        at += 1
    branches.append(pattern[start:])
    return branches


#: the most characters a lookahead of :func:`guarded` lists (a longer class is no faster than the pattern)
_MAX_GUARD: Final = 200


@cache
def guarded(pattern: str) -> str:
    """``pattern`` with each run of its outer branches whose first characters are known led by a lookahead
    for one of those characters: the same matches, found faster. The ``regex`` engine tries every branch of
    a long alternation at every place of the text (a page's sentence of paywall terms costs 80 µs a line);
    a lookahead for a class is one test a place. Branches the prefilter cannot read keep their place, so
    the order the engine tries branches in, and so every match, stays as written."""
    if regex.match(r"\(\?[a-zA-Z]+\)", pattern):
        return pattern  # flags for the whole pattern must stay at its start
    parts: list[str] = []
    run: list[str] = []
    run_chars: set[str] = set()

    def close_run() -> None:
        if run:
            parts.append(f"(?={char_class(frozenset(run_chars))})(?:{'|'.join(run)})")
            run.clear()
            run_chars.clear()

    for branch in top_level_branches(pattern):
        chars = first_chars(branch) if branch else None
        if chars is None or not chars.isdisjoint(CLASS_TOKENS) or len(chars) > _MAX_GUARD:
            close_run()  # a branch that may start anywhere (\\p{Han}, a negated class): tried as it is
            parts.append(branch)
            continue
        if len(run_chars | chars) > _MAX_GUARD:
            close_run()
        run.append(branch)
        run_chars.update(chars)
    close_run()
    return "|".join(parts)


def char_class(chars: frozenset[str]) -> str:
    """A regex class of ``chars``, runs of consecutive code points written as ranges (the ``regex``
    engine tests a range at once, a listed character one by one)."""
    codes = sorted(map(ord, chars))
    parts: list[str] = []
    index = 0
    while index < len(codes):
        last = index
        while last + 1 < len(codes) and codes[last + 1] == codes[last] + 1:
            last += 1
        low, high = (_class_char(chr(codes[index])), _class_char(chr(codes[last])))
        parts.append(low if last == index else f"{low}{high}" if last == index + 1 else f"{low}-{high}")
        index = last + 1
    return f"[{''.join(parts)}]"


def _class_char(char: str) -> str:
    return f"\\{char}" if char in "\\]^-[" else char


def holds_all(text: str, chars: Iterable[str], start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds each of ``chars`` (each looked for at C speed, until one is missing)."""
    stop = len(text) if end is None else end
    for char in chars:  # noqa: SIM110 (a loop, not all() over a generator: called for every rule on every text)
        if text.find(char, start, stop) < 0:
            return False
    return True


#: marks that most lines of Chinese text hold: a string of one of them alone says little about a line
_COMMON_MARKS: Final = frozenset(" \t:.,-/;()")


def _literals(branches: _Branches, shortest: int) -> frozenset[str] | None:
    """Strings of at least ``shortest`` characters one of which every match holds (or reads in a
    lookahead): per branch, the best of its runs of characters that each match once, of its groups'
    own strings and (strings of one) of the characters of an item it cannot do without; ``None`` when
    a branch has none."""
    found: set[str] = set()
    for branch in branches:
        options: list[frozenset[str]] = []
        run = ""
        for kind, value, minimum, once in (*branch, ("empty", None, 0, False)):
            known = kind == "chars" and minimum > 0 and isinstance(value, frozenset) and value.isdisjoint(CLASS_TOKENS)
            if known and once and len(value) == 1:  # type: ignore[arg-type]
                run += next(iter(value))  # type: ignore[call-overload]
                continue
            if run and len(run) >= shortest:
                options.append(frozenset([run]))
            run = ""
            if known and shortest == 1:
                options.append(value)  # type: ignore[arg-type]
            elif kind in ("group", "ahead") and minimum > 0 and isinstance(value, tuple):
                inner = _literals(value, shortest)
                if inner is not None:
                    options.append(inner)
        if not options:
            return None
        # the option whose shortest string is longest (rarest in a text), then one that is no common mark alone
        # (a colon, a space: most lines hold one), then the one with fewest strings
        found |= max(options, key=lambda strings: (min(map(len, strings)), strings.isdisjoint(_COMMON_MARKS),
                                                   -len(strings)))
    return frozenset(found)


@cache
def required_literals(pattern: str, shortest: int = 2) -> frozenset[str] | None:
    """Strings of at least ``shortest`` characters one of which every match of ``pattern`` holds
    (``None`` when not known): a text holding none of them, looked for at C speed, cannot match.
    With ``shortest`` 1, a branch with no longer string gives the characters of one of its items."""
    parsed = _parse(pattern)
    return None if parsed is None else _literals(parsed, shortest)


def may_hold(text: str, literals: frozenset[str] | None, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds one of ``literals`` (``None``: anything may match)."""
    if literals is None:
        return True
    stop = len(text) if end is None else end
    for literal in literals:  # noqa: SIM110 (a loop, not any() over a generator: called for every rule on every text)
        if holds_string(text, literal, start, stop):
            return True
    return False


def holds_string(text: str, string: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds ``string``. A string of two characters or more is looked for
    in a long slice by the regex engine's search for a literal, which skips ahead further than
    ``str.find``: on Chinese text, a third of the time (measured on the dev corpus), and only from where
    its first character first stands, found by ``str.find``. One character, or a slice too short to repay
    the regex call: ``str.find``."""
    return _find_string(text, string, start, len(text) if end is None else end) >= 0


def _find_string(text: str, string: str, start: int, stop: int) -> int:
    """Where ``string`` first stands in ``text[start:stop]``, or -1: found as :func:`holds_string` says."""
    if len(string) == 1 or stop - start < _SHORT_SLICE:
        return text.find(string, start, stop)
    # str.find of one character runs through a text several times as fast as the search for a string (on
    # the dev corpus' longest text: 1.2 against 9.7 µs for a character that is not there): a string whose
    # first character a text lacks (markup's < and &, a rare Han character) costs that alone, and one
    # whose first character stands early is searched for from there
    first = text.find(string[0], start, stop)
    if first < 0:
        return -1
    found = _literal_search(string)(text, first, stop)
    return -1 if found is None else found.start()


#: a slice shorter than this (characters) is searched by ``str.find``: the regex call costs more (measured)
_SHORT_SLICE: Final = 256


@lru_cache(maxsize=1024)
def _literal_search(string: str) -> Callable[[str, int, int], regex.Match[str] | None]:
    """The search for one literal string, compiled once (the strings are the vocabulary's)."""
    return regex.compile(regex.escape(string)).search


def _anchored(branches: _Branches) -> bool:
    for branch in branches:
        if not branch:
            return False
        kind, value, _, _ = branch[0]
        if kind == "start":
            continue
        if kind == "group" and isinstance(value, tuple) and _anchored(value):
            continue
        return False
    return True


@cache
def starts_at_line_start(pattern: str) -> bool:
    """Whether every match of ``pattern`` (compiled with MULTILINE) begins at a line start:
    each branch opens with ``^``."""
    parsed = _parse(pattern)
    return parsed is not None and _anchored(parsed)


_GROUPS_WITHOUT_FLAGS: Final = ("(?:", "(?=", "(?!", "(?>", "(?P<", "(?<")
#: escapes of classes that hold a line break, and of assertions that differ at a line's end (\\Z)
_NEWLINE_ESCAPES: Final = frozenset("sDWPXRNvZzHV")
#: escapes of classes that hold no line break, and assertions that look back (or nowhere)
_LINE_ESCAPES: Final = frozenset("dwSphbBAGtrfae")


@cache
def stays_on_its_line(pattern: str, *, multiline: bool = True) -> bool:
    """Whether no match of ``pattern`` (nor a lookahead of it) reads a line break: then matching
    with ``endpos`` at the line's end finds what matching over the whole text finds, and costs the
    line, not the text (the ``regex`` engine may look for a pattern's literal all the way to ``endpos``).
    Conservative: anything not read (a back-reference, a nested class, DOTALL) says no."""
    at, depth = 0, 0
    behind: list[int] = []  # the depths of the lookbehinds open: what they read is before the match
    while at < len(pattern):
        char = pattern[at]
        reading = not behind
        if char == "\\":
            escaped = pattern[at + 1:at + 2]
            code = _hex_escape(pattern, at + 1)
            if code is not None:  # one character by its code (\uFE0F): a line break only if it is one
                if reading and chr(code) == "\n":
                    return False
                at += 2 + _HEX_DIGITS[escaped]
                continue
            if reading and (escaped == "n" or escaped in _NEWLINE_ESCAPES or escaped.isdigit()
                            or (escaped not in _LINE_ESCAPES and escaped.isalpha() and escaped not in "kg")):
                return False
            if escaped in "kg" and reading:
                return False  # a back-reference
            at += 2
            if escaped in "pP" and pattern[at:at + 1] == "{":
                at = pattern.index("}", at) + 1
            continue
        if char == "[":
            close, holds_newline = _class_reads_newline(pattern, at)
            if close < 0 or (reading and holds_newline):
                return False
            at = close + 1
            continue
        if char == "(":
            if pattern.startswith("(?<=", at) or pattern.startswith("(?<!", at):
                behind.append(depth)
            elif pattern.startswith("(?", at) and not pattern.startswith(_GROUPS_WITHOUT_FLAGS, at):
                flags = pattern[at + 2:at + 2 + len(pattern)].split(")")[0].split(":")[0]
                if "s" in flags.split("-")[0]:
                    return False  # DOTALL: . reads line breaks
            depth += 1
        elif char == ")":
            depth -= 1
            if behind and behind[-1] == depth:
                behind.pop()
        elif char == "$" and reading and not multiline:
            return False  # without MULTILINE, $ also matches at the end of the slice
        at += 1
    return True


def _class_reads_newline(pattern: str, at: int) -> tuple[int, bool]:
    """(where the class opening at ``at`` closes, or -1 if nested; whether it may match a line break)."""
    negated = pattern[at + 1:at + 2] == "^"
    index = at + 2 if negated else at + 1
    listed = False  # a line break (or a class that holds one) is listed
    first = True
    while index < len(pattern):
        char = pattern[index]
        if char == "]" and not first:
            return index, (not listed) if negated else listed
        first = False
        if char == "[":
            return -1, True
        if char == "\\":
            escaped = pattern[index + 1:index + 2]
            if escaped in ("n", "s") or escaped in "DWPHV":
                listed = True
            index += 2
            if escaped in "pP" and pattern[index:index + 1] == "{":
                index = pattern.index("}", index) + 1
            continue
        if char == "-" and index + 1 < len(pattern) and pattern[index + 1] != "]" and index > at + 1:
            low, high = pattern[index - 1], pattern[index + 1]
            if "\\" in (high, pattern[index - 2:index - 1]) or ord(low) <= 10 <= ord(high):
                listed = True  # a range around the line break, or between escapes not read here
        index += 1
    return -1, True


class LineStart:
    """Where the lines of a text start, by the first character of each that is not a space or
    a tab, found once: a rule anchored at line starts is tried only on the lines that can begin
    its match."""

    __slots__ = ("_by_head", "_found", "_heads")

    def __init__(self, text: str) -> None:
        by_head: dict[str, list[int]] = {}
        first = len(text) - len(text.lstrip(" \t"))
        if first < len(text) and text[first] != "\n":
            by_head[text[first]] = [0]
        for match in _LINE_HEAD.finditer(text):
            by_head.setdefault(match.group(1), []).append(match.start() + 1)
        self._by_head = by_head
        self._heads = "".join(by_head)
        self._found: dict[frozenset[str], list[int]] = {}

    def _token(self, token: str) -> list[int]:
        """The lines whose head is in a class (\\d, \\p{Han}), found when first asked for."""
        if token not in self._by_head:
            pattern = CLASS_TOKENS[token]
            self._by_head[token] = sorted(start for head in pattern.findall(self._heads)
                                          for start in self._by_head[head])
        return self._by_head[token]

    def heads_among(self, chars: Container[str]) -> list[str]:
        """Which of ``chars`` (characters and class tokens) begin some line."""
        found = [char for char in self._by_head if len(char) == 1 and char in chars]
        found.extend(token for token in CLASS_TOKENS if token in chars and self._token(token))
        return found

    def starts_with_head(self, is_head: Callable[[str], bool]) -> list[int]:
        """The starts of the lines whose first character (after their indentation) passes ``is_head`` (asked
        about the few distinct characters lines begin with, not about the text), in order."""
        return sorted(start for char in self._heads if is_head(char) for start in self._by_head[char])

    def starts(self, chars: frozenset[str]) -> list[int]:
        """The starts of the lines that begin (after their indentation) with one of ``chars``, in order."""
        found = self._found.get(chars)
        if found is None:
            every: set[int] = set()
            for char in chars:
                every.update(self._token(char) if char in CLASS_TOKENS else self._by_head.get(char, ()))
            found = self._found[chars] = sorted(every)
        return found


def lines_holding(text: str, strings: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
    """The starts of the lines that hold one of ``strings`` (characters, or longer strings) in
    ``text[start:end]``, in order: each is looked for at C speed (as :func:`holds_string` looks), and a
    line is passed once one is found in it."""
    stop = len(text) if end is None else end
    found: set[int] = set()
    for string in strings:
        find = text.find if len(string) == 1 else partial(_find_string, text)  # a character: str.find itself
        at = find(string, start, stop)
        while at >= 0:
            found.add(text.rfind("\n", 0, at) + 1)
            line_end = text.find("\n", at + len(string), stop)
            if line_end < 0:
                break
            at = find(string, line_end, stop)
    return sorted(found)


def search_lines_holding(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text)`` finds, searched for only in the lines that hold one of the strings
    every match holds (:func:`required_literals`), each line alone: for a pattern with no literal to lead
    its search (the engine tries it at every position), in a text where those strings are rare. A pattern
    whose match may read a line break (:func:`stays_on_its_line`), or whose strings are not known, is
    searched for in the whole text."""
    literals = _line_literals(pattern.pattern, pattern.flags)
    if literals is None:
        yield from pattern.finditer(text)
        return
    for line_start in lines_holding(text, literals):
        line_end = text.find("\n", line_start)
        yield from pattern.finditer(text, line_start, len(text) if line_end < 0 else line_end)


@cache
def _line_literals(source: str, flags: int) -> frozenset[str] | None:
    """The strings one of which every match holds, for a pattern that stays on its line; else None."""
    if not stays_on_its_line(source, multiline=bool(flags & regex.MULTILINE)):
        return None
    return required_literals(source)


def match_lines(pattern: regex.Pattern[str], text: str, line_starts: list[int], start: int = 0,
                end: int | None = None, *, on_its_line: bool = False) -> list[regex.Match[str]]:
    """What ``pattern.finditer(text, start, end)`` finds, for a pattern whose every match starts at
    one of ``line_starts`` (sorted): only those are tried (a text's lines are few; its characters are
    many). With ``on_its_line`` (the pattern reads no line break: :func:`stays_on_its_line`), each
    line is matched alone, so a try costs the line."""
    stop = len(text) if end is None else end
    found: list[regex.Match[str]] = []
    floor = start
    for line_start in line_starts:
        if line_start < floor:
            continue
        if line_start >= stop:
            break
        line_end = text.find("\n", line_start, stop) if on_its_line else -1
        match = pattern.match(text, line_start, stop if line_end < 0 else line_end)
        if match is not None:
            found.append(match)
            floor = max(match.end(), line_start + 1)  # matches do not overlap, as in a scan
    return found


def may_match_at(source: str, text: str, start: int = 0, end: int | None = None, *,
                 skip_blanks: bool = False) -> bool:
    """Whether a match of ``source`` may begin at ``start`` in ``text[start:end]`` (with ``skip_blanks``,
    at its first character that is not a space or a tab): that character is one a match begins with,
    and the slice holds each character every match needs. False only where no match can begin: a
    cheap test before a match that most lines fail."""
    stop = len(text) if end is None else end
    first = start
    if skip_blanks:
        while first < stop and text[first] in " \t":
            first += 1
    starts, classes, needed = _start_gate(source, skip_blanks)
    if starts is not None:  # may_be, written out: called for most lines of a text
        char = text[first] if first < stop else ""
        if char not in starts and not (char and any(pattern.match(char) is not None for pattern in classes)):
            return False
    for char in needed:  # noqa: SIM110 (a loop: called for most lines of a text)
        if text.find(char, start, stop) < 0:
            return False
    return True


@cache
def _start_gate(source: str, skip_blanks: bool) -> tuple[frozenset[str] | None, tuple[regex.Pattern[str], ...],
                                                         tuple[str, ...]]:
    """What :func:`may_match_at` reads of a pattern, once: the characters a match begins with (None:
    anything), the classes among them, and the characters every match needs."""
    starts = first_solid_chars(source) if skip_blanks else first_chars(source)
    return starts, () if starts is None else _classes_among(starts), tuple(needed_chars(source))


def may_be(char: str, chars: frozenset[str] | None) -> bool:
    """Whether ``char`` is one of ``chars`` (a class token standing for its characters); ``None``: anything."""
    if chars is None or char in chars:
        return True
    return bool(char) and any(pattern.match(char) is not None for pattern in _classes_among(chars))


@cache
def _classes_among(chars: frozenset[str]) -> tuple[regex.Pattern[str], ...]:
    """The patterns of the class tokens (\\d, \\p{Han}) among ``chars``, read once per set."""
    return tuple(pattern for token, pattern in CLASS_TOKENS.items() if token in chars)


#: more first characters than this are not looked for one by one in a text
MAX_SEARCHED: Final = 4
#: more characters than this, one of which every match holds, are not looked for one by one before a
#: scan: each look is a C-speed pass that costs a twentieth of the regex engine's scan for a class
MAX_CHARS_LOOKED_FOR: Final = 12


def may_occur(text: str, chars: frozenset[str] | None, start: int = 0, end: int | None = None) -> bool:
    """Whether a match starting with one of ``chars`` may occur in ``text[start:end]``: each
    character is looked for (a C-speed scan), unless there are many or they name classes."""
    if chars is None or len(chars) > MAX_CHARS_LOOKED_FOR or not chars.isdisjoint(CLASS_TOKENS):
        return True
    stop = len(text) if end is None else end
    return any(text.find(char, start, stop) >= 0 for char in chars)
