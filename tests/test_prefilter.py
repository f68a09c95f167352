"""The prefilter reads what a pattern's match begins with and holds; it must never prune a
place where the pattern matches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse.clean.table import GENERIC, SITES, compile_rules
from speechparse.prefilter import (
    CLASS_TOKENS,
    LineStart,
    char_class,
    first_chars,
    first_solid_chars,
    guarded,
    holds_all,
    holds_string,
    last_chars,
    lines_holding,
    match_lines,
    may_hold,
    may_match_at,
    may_occur,
    needed_chars,
    required_chars,
    required_literals,
    search_lines_holding,
    single_chars,
    starts_at_line_start,
    stays_on_its_line,
    top_level_branches,
)
from speechparse.vocab.noise import ANYWHERE, EVIDENCE, TRUNCATION_NOTE, NoiseRule
from speechparse.widths import fold

FIXTURES = Path(__file__).parent / "fixtures"
TABLE = (*SITES, *GENERIC)
PATTERNS = sorted({compiled.rule.pattern for compiled in TABLE} | {evidence.pattern for evidence in EVIDENCE})


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:甲方|乙方)签字", {"甲", "乙"}),
    (r"a?b", {"a", "b"}),
    (r"(?i:ab)c", {"a", "A"}),
    (r"(?<=x)y", {"y"}),
    (r"(?<!\p{Han})丙", {"丙"}),
    (r"\d{2}年", {"\\d"}),
    (r"[\p{Han}·]{2}", {"\\p{Han}", "·"}),
    (r"[a-c]", {"a", "b", "c"}),
    (r"(?P<name>丁)", {"丁"}),
    (r"\(注\)", {"("}),
])
def test_first_chars_of_a_pattern_are_what_its_matches_begin_with(pattern: str, expected: set[str]) -> None:
    assert first_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"a*", r"(?:a|)", r"\w+", r"[^x]y", r".y", r"\s*甲", r"(?x) a", r"\1a", r"[[a-z]--[aeiou]]", r"(?i)ſ",
])
def test_a_pattern_the_prefilter_cannot_read_or_that_may_match_nothing_has_no_first_chars(pattern: str) -> None:
    assert first_chars(pattern) is None


def test_the_first_solid_char_skips_the_indentation_a_line_start_pattern_allows() -> None:
    assert first_solid_chars(r"^[ \t]*+(?:报名|咨询)电话") == frozenset({"报", "咨"})
    assert first_solid_chars(r"^[ \t]*$") is None  # a match may hold nothing but blanks
    assert first_solid_chars(r"^[ a]b") is None  # a blank or a letter: where the first solid one is, unknown


def test_only_patterns_whose_every_branch_opens_with_a_caret_start_at_line_starts() -> None:
    assert starts_at_line_start(r"^甲|^乙")
    assert starts_at_line_start(r"(?:^甲|^乙)丙")
    assert not starts_at_line_start(r"^甲|乙")
    assert not starts_at_line_start(r"(?:^|(?<=。))甲")
    assert not starts_at_line_start(r"\A甲")


def test_a_case_blind_character_whose_cases_cannot_be_listed_leaves_the_rest_of_the_pattern_known() -> None:
    # a dotless ı (an OCR's reading of a signal bar) under (?i:…): that character stands for any, the
    # pattern's line start, first character and needed colon are still read
    pattern = r"^[ \t]*+\d{1,2}:\d{2}[^\n]{0,9}?(?i:wifi|ıl)[^\n]*$"
    assert starts_at_line_start(pattern)
    assert first_solid_chars(pattern) == frozenset({"\\d"})
    assert needed_chars(pattern) == frozenset({":"})
    assert first_chars(r"(?i:ıx)") is None  # where it leads the match, what a match begins with is unknown


def test_a_character_written_by_its_code_is_read_as_that_character() -> None:
    assert first_chars(r"\u7532乙") == frozenset({"甲"})
    assert required_literals(r"丙\u4e01戊") == frozenset({"丙丁戊"})
    assert stays_on_its_line(r"^[ \t]*+评\uFE0F?论[ \t]*$")  # a variation selector is no line break
    assert not stays_on_its_line(r"甲\x0a乙")  # …but a line feed written by its code is
    assert first_chars(r"\x{41}") is None  # the braced form is not read


def test_a_line_led_by_a_symbol_class_is_found_by_its_first_character() -> None:
    pattern = r"^[ \t]*+\p{So}[ \t]*留言$"
    assert first_solid_chars(pattern) == frozenset({"\\p{So}"})
    lines = LineStart("正文一行。\n  ✉ 留言\n正文。\n")
    assert lines.starts(first_solid_chars(pattern)) == [6]


def test_required_chars_are_one_of_which_every_match_holds() -> None:
    assert required_chars(r"^[^\n]{0,9}(?:>|»)[^\n]*$") == frozenset({">", "»"})
    assert required_chars(r"\d+年(?:度|份)") == frozenset({"年"})
    assert required_chars(r"甲|\w") is None


def test_required_chars_prefer_a_set_without_a_character_every_text_holds() -> None:
    # a line break, a space or a tab stand in nearly every text: the marks a match needs say more, though more
    assert required_chars(r"^[^\n>]{1,12}\n[>›»]{1,2}$") == frozenset({">", "›", "»"})
    assert required_chars(r"[ \t]+[丨¦]$") == frozenset({"丨", "¦"})


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"报名[ \t]*(?:电话|热线)", {"报名"}),  # the run before the group: its one string beats the group's two
    (r"(?:甲方|乙方)签字", {"签字"}),
    (r"(?:会议纪要|工作简报)\d+", {"会议纪要", "工作简报"}),  # the longer strings win
    (r"甲乙|丙丁戊", {"甲乙", "丙丁戊"}),  # one from each branch
    (r"^[ \t]*+第\d+期", None),  # no two characters in a row that each match once
    (r"甲乙?丙丁", {"丙丁"}),  # 乙 may be missing: 甲 alone is too short
    (r"(?i:ab)cd", {"cd"}),  # a letter in either case is no literal
    (r"甲乙|\w+", None),  # a branch holds no string
    (r"(?:通知)?附件", {"附件"}),  # an optional group says nothing
])
def test_required_literals_are_strings_one_of_which_every_match_holds(pattern: str, expected: set[str] | None) -> None:
    assert required_literals(pattern) == (None if expected is None else frozenset(expected))


def test_what_a_positive_lookahead_needs_counts_and_what_a_lookbehind_or_negative_one_reads_does_not() -> None:
    # a lookahead cannot read past the end of the slice searched: a slice without its strings cannot match
    assert required_literals(r"^[ \t]*+(?=(?:[^\n]*?署名){2})[^\n]*$") == frozenset({"署名"})
    assert required_chars(r"(?=[^\n]*《)[^\n。]+") == frozenset({"《"})
    assert required_literals(r"(?<=附件)名单") == frozenset({"名单"})  # before the slice, maybe
    assert required_literals(r"(?!草稿)[^\n]{2}") is None  # what must *not* follow
    assert first_chars(r"(?=乙)乙丙") == frozenset({"乙"})  # a lookahead is no character of the match


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"第\s*\d+\s*页\s*共\s*\d+\s*页|共\s*\d+\s*页\s*第\s*\d+\s*页", {"第", "页", "共"}),  # both branches
    (r"甲乙|甲丙", {"甲"}),  # only what every branch holds
    (r"甲(?:乙丙)?丁", {"甲", "丁"}),  # an optional group adds nothing
    (r"(?:甲|乙)丙{2,}", {"丙"}),
    (r"(?i:a)b", {"b"}),  # a letter in either case is two characters, not one
    (r"\d年", {"年"}),  # a class token is no character
    (r"(?=[^\n]*编辑)[^\n]+", {"编", "辑"}),  # read in a lookahead, inside the slice
    (r"(?<=甲)乙", {"乙"}),
    (r"甲|\w", set()),
    (r"(甲)\1", set()),  # a back-reference: the prefilter does not read the pattern
])
def test_needed_chars_are_each_held_by_every_match(pattern: str, expected: set[str]) -> None:
    assert needed_chars(pattern) == frozenset(expected)


def test_holds_all_needs_every_character_in_the_slice() -> None:
    assert holds_all("第3页共9页", "第页共")
    assert not holds_all("第3页", "第页共")
    assert not holds_all("第3页共9页", "第页共", 0, 3)
    assert holds_all("甲", "")


def test_may_hold_looks_for_each_string_in_the_slice() -> None:
    assert may_hold("甲乙丙丁", frozenset({"丙丁"}))
    assert not may_hold("甲乙丙丁", frozenset({"丙丁"}), 0, 3)
    assert not may_hold("甲乙丙丁", frozenset({"乙甲", "丁丙"}))
    assert may_hold("甲乙丙丁", None)


@pytest.mark.parametrize("string", ["丙丁", "丙", "/*", "(.*)", "a.b", "\\d", "丁\n甲"])
def test_holds_string_reads_the_string_literally_in_the_slice(string: str) -> None:
    text = "甲乙丙丁/*注*/(.*)a.b\\d丁\n甲"
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert holds_string(text, string, start, end) == (string in text[start:end]), (start, end)
    assert not holds_string("甲乙丙", "乙丙丁")


@pytest.mark.parametrize("string", ["丙丁", "/*", "(.*)", "\\d"])
def test_holds_string_reads_a_long_slice_as_a_short_one(string: str) -> None:
    # a long slice is searched by the regex engine, a short one by str.find: the answers agree
    text = "甲乙" * 300 + string + "甲乙" * 300
    at = 600
    for start, end in [(0, len(text)), (at, len(text)), (at + 1, len(text)), (0, at + len(string)),
                       (0, at + len(string) - 1), (at - 300, at + 300), (at, at + len(string))]:
        assert holds_string(text, string, start, end) == (string in text[start:end]), (start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙.*(\n", max_size=20), st.text(alphabet="甲乙.*(\n", min_size=1, max_size=3))
def test_holds_string_agrees_with_str_find(text: str, string: str) -> None:
    assert holds_string(text, string) == (string in text)


def test_a_long_slice_is_searched_from_where_the_strings_first_character_first_stands() -> None:
    # 丙 stands alone long before 丙丁: the string is found where it stands, not where its first character does
    text = "甲乙" * 100 + "丙\n" + "甲乙" * 300 + "\n乙丙丁甲" + "甲乙" * 100
    assert holds_string(text, "丙丁") and holds_string(text, "丙丁", 201)
    assert lines_holding(text, ["丙丁"]) == [text.index("\n乙丙丁") + 1]
    assert not holds_string(text, "丁丙")  # the first character stands, the string does not
    assert not holds_string(text, "<p>")  # the first character stands nowhere
    assert not holds_string(text, "丙丁", 0, text.index("丙丁") + 1)  # the string runs past the slice


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="甲乙丙\n", min_size=300, max_size=400), st.text(alphabet="甲乙丙\n", min_size=2, max_size=3),
       st.integers(0, 400), st.integers(0, 400))
def test_holds_string_agrees_with_str_find_on_long_slices(text: str, string: str, start: int, end: int) -> None:
    start, end = min(start, end), max(start, end)
    assert holds_string(text, string, start, end) == (string in text[start:end])


def test_line_starts_index_lines_by_their_first_solid_char() -> None:
    text = "  甲一\n乙二\n\t甲三\n\n3 号\n"
    lines = LineStart(text)
    assert lines.starts(frozenset("甲")) == [0, 8]
    assert lines.starts(frozenset({"\\d"})) == [13]
    assert lines.heads_among("乙丙") == ["乙"]


def test_may_occur_looks_for_few_characters_and_trusts_many() -> None:
    assert not may_occur("甲乙丙", frozenset("丁"))
    assert may_occur("甲乙丙", frozenset("丙"), 2, 3)
    assert not may_occur("甲乙丙", frozenset("丙"), 0, 2)
    assert not may_occur("甲乙丙", frozenset("丁戊己庚辛"))  # a few are each looked for
    assert may_occur("甲乙丙", frozenset("丁戊己庚辛壬癸子丑寅卯辰巳"))  # too many to look for one by one


def _check_sound(pattern: str, text: str) -> None:
    """Every match of ``pattern`` agrees with what the prefilter says of it."""
    compiled = regex.compile(pattern, regex.MULTILINE)
    first, solid, holds = first_chars(pattern), first_solid_chars(pattern), required_chars(pattern)
    literals, needs = required_literals(pattern), needed_chars(pattern)
    at_line_start = starts_at_line_start(pattern)
    for match in compiled.finditer(text):
        matched = match.group()
        if first is not None:
            assert _in(matched[0], first), (pattern, matched)
        if solid is not None:
            assert _in(matched.lstrip(" \t")[0], solid), (pattern, matched)
        # what the match holds or a lookahead of it reads: from where it starts to the end of the text
        read = text[match.start():]
        if holds is not None:
            assert any(char in read for char in holds), (pattern, matched)
        if literals is not None:
            assert any(literal in read for literal in literals), (pattern, matched)
        assert all(char in read for char in needs), (pattern, matched)
        if at_line_start:
            assert match.start() == 0 or text[match.start() - 1] == "\n", (pattern, matched)


def _in(char: str, chars: frozenset[str]) -> bool:
    return char in chars or any(token in chars and pattern.match(char) for token, pattern in CLASS_TOKENS.items())


@pytest.mark.parametrize("pattern", PATTERNS)
def test_what_the_prefilter_reads_of_each_vocabulary_pattern_holds_on_the_noise_fixtures(pattern: str) -> None:
    for name in ("noise.txt", "generic_noise.txt"):
        _check_sound(pattern, fold((FIXTURES / name).read_text(encoding="utf-8")))


#: characters the vocabulary's patterns are made of, so random text matches them now and then
_ALPHABET = sorted({char for pattern in PATTERNS for char in pattern if not char.isascii() or char in ">|/:.-_()"}
                   | set(" \t\n0123456789abcwx"))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80), st.sampled_from(PATTERNS))
def test_what_the_prefilter_reads_holds_on_random_text(text: str, pattern: str) -> None:
    _check_sound(pattern, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["  上传人:某", "- 关键词:", "第3页", "甲乙", "", "\t下载本文档", "2024年5期",
                                 "首页 > 新闻 > 正文", "12 / 30", "第2页 共5页", "www.example.cn", "( 资料图 )",
                                 "学习 2023年4期", " 讲话提纲.docx", "某某网站首页", "会议发言(精选文档)", "| |",
                                 "材料_第2页"]),
                max_size=12),
       st.sampled_from(TABLE))
def test_a_table_rule_finds_what_a_scan_of_the_whole_text_finds(lines: list[str], compiled: Any) -> None:
    text = "\n".join(lines)
    found = [match.span() for match in compiled.finditer(text, 0, len(text), LineStart(text))]
    assert found == [match.span() for match in compiled.pattern.finditer(text)]


def test_a_rule_led_by_line_breaks_finds_what_its_pattern_finds_from_any_line_start() -> None:
    # a line of no Han characters: no first character to look for, so the rule is scanned, led by line breaks
    (compiled,) = compile_rules((NoiseRule("test.foreign_line", r"^[ \t]*+(?=[^\n\p{Han}]{12,}+$)[^\n]++$",
                                           where=ANYWHERE),))
    assert compiled.line_led is not None
    text = "Some words in English\n中文的一行。\n  more words, and more\n\nlast words in a line\n"
    line_starts = [0, *(index + 1 for index, char in enumerate(text) if char == "\n")]
    for start in line_starts:
        found = [match.span() for match in compiled.finditer(text, start, len(text), LineStart(text))]
        assert found == [match.span() for match in compiled.pattern.finditer(text, start, len(text))], start
    assert len(compiled.finditer(text, 0, len(text), LineStart(text))) == 3


def test_lines_holding_a_character_are_listed_once_each_in_order() -> None:
    text = "甲\n乙丙乙\n丁\n丙乙"
    assert lines_holding(text, frozenset("乙")) == [2, 8]
    assert lines_holding(text, frozenset("乙丁")) == [2, 6, 8]
    assert lines_holding(text, frozenset("戊")) == []
    assert lines_holding(text, frozenset("乙"), 3, 6) == [2]
    assert lines_holding(text, ["乙丙", "丁"]) == [2, 6]  # strings longer than a character too
    long = (text + "\n") * 40  # longer than a short slice: the regex engine's literal search
    assert lines_holding(long, ["丙乙"]) == [index * 11 + offset for index in range(40) for offset in (2, 8)]


def test_matching_at_line_starts_finds_what_a_scan_finds_and_no_overlaps() -> None:
    pattern = regex.compile(r"^甲[^\n]*\n甲", regex.MULTILINE)
    text = "甲一\n甲二\n甲三\n乙\n甲四"
    found = [match.span() for match in match_lines(pattern, text, LineStart(text).starts(frozenset("甲")))]
    assert found == [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:甲方|乙方)签字", {"字"}),
    (r"ab?", {"a", "b"}),
    (r"(?:第|\d{2}年)$", {"第", "年"}),
    (r"的(?:x|y)(?=z)", {"x", "y"}),
])
def test_last_chars_of_a_pattern_are_what_its_matches_end_with(pattern: str, expected: set[str]) -> None:
    assert last_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_last_chars_hold_on_the_noise_fixtures(pattern: str) -> None:
    chars = last_chars(pattern)
    if chars is None:
        return
    compiled = regex.compile(pattern, regex.MULTILINE)
    for name in ("noise.txt", "generic_noise.txt"):
        for match in compiled.finditer(fold((FIXTURES / name).read_text(encoding="utf-8"))):
            assert _in(match.group()[-1], chars), (pattern, match.group())


@pytest.mark.parametrize(("pattern", "stays"), [
    (r"^[ \t]*+\(请认真阅读\)[ \t]*$", True),
    (r"^甲[^\n]*乙", True),
    (r"^甲[^丙]*乙", False),  # a negated class without the line break reads it
    (r"^甲\s*乙", False),
    (r".+", True),
    (r"(?s).+", False),
    (r"^-[^\n]+\n-", False),
    (r"(?<=\s)甲", True),  # what a lookbehind reads is before the match
    (r"(?=[^\n]{0,9}甲)", True),
    (r"(?![^。]*甲)", False),  # a lookahead reads on
    (r"(甲)\1", False),
    (r"\p{Han}+\S\d", True),
    (r"[\x00-\x7f]", False),
])
def test_a_pattern_stays_on_its_line_unless_something_in_it_may_read_a_line_break(pattern: str, stays: bool) -> None:
    assert stays_on_its_line(pattern) is stays


def test_without_multiline_a_dollar_may_match_at_the_end_of_a_slice() -> None:
    assert stays_on_its_line("甲$") and not stays_on_its_line("甲$", multiline=False)


def test_every_schemes_refusal_reads_only_the_rest_of_the_markers_line() -> None:
    from speechparse.vocab.schemes import SCHEMES

    for scheme in SCHEMES:
        if scheme.refuse_after is not None:
            assert stays_on_its_line(scheme.refuse_after, multiline=False), scheme.name


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_pattern_said_to_stay_on_its_line_finds_the_same_on_the_line_alone(pattern: str) -> None:
    if not stays_on_its_line(pattern):
        return
    compiled = regex.compile(pattern, regex.MULTILINE)
    for name in ("noise.txt", "generic_noise.txt"):
        text = fold((FIXTURES / name).read_text(encoding="utf-8"))
        for match in compiled.finditer(text):
            assert "\n" not in match.group(), (pattern, match.group())
            line_end = text.find("\n", match.start())
            alone = compiled.match(text, match.start(), len(text) if line_end < 0 else line_end)
            assert alone is not None and alone.span() == match.span(), pattern


_START_PATTERNS = [r"^[ \t]*(?:第[一二三]章|[一二三]、|\(\d\))", r"[•·>]+\s*", r"\S{0,3}〔\d{4}〕\d{1,2}号",
                   r"(?:首先|其次)", r"\d{1,2}、", r"^[ \t]*\p{Han}{2}:"]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_START_PATTERNS),
       st.lists(st.sampled_from([" ", "\t", "第一章", "一、", "(1)", "•", ">", "某〔2024〕3号", "首先", "甲", "\n",
                                 "12、", ":"]),
                max_size=5).map("".join),
       st.integers(0, 4))
def test_may_match_at_never_refuses_where_the_pattern_matches(source: str, text: str, start: int) -> None:
    for at in {0, min(start, len(text))}:
        if regex.compile(source).match(text, at) is not None:
            assert may_match_at(source, text, at, skip_blanks=source.startswith("^")), at


#: patterns with no literal to lead their search: one that stays on its line, the vocabulary's note of a
#: cut text, a line's end (read as the slice's end without MULTILINE), one whose match reads a line break
_UNLED_PATTERNS = [(r"[(\[]?(?:请)?(?:登录|注册)后?(?:查看|阅读)[)\]]?", 0), (TRUNCATION_NOTE, 0),
                   (r"(?:查看|阅读)全文$", 0), (r"(?:查看|阅读)全文$", regex.MULTILINE), (r"[甲乙]?查看\s阅读", 0)]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_UNLED_PATTERNS),
       st.lists(st.sampled_from(["请登录后查看", "(注册后阅读)", "查看", "阅读全文", "查看全文", "甲", "乙丙",
                                 "[登录阅读]", " ", "\n", "后"]), max_size=10).map("".join))
def test_searching_only_the_lines_holding_a_patterns_strings_finds_what_a_scan_finds(
        pattern: tuple[str, int], text: str) -> None:
    compiled = regex.compile(*pattern)
    found = [match.span() for match in search_lines_holding(compiled, text)]
    assert found == [match.span() for match in compiled.finditer(text)]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?P<n>[①-③])", "①②③"),
    (r"甲|(?:乙|[丙丁])", "甲乙丙丁"),
    (r"(?P<n>[a-c])\)", None),  # what follows is read too
    (r"[甲乙]?", None),
    (r"(?P<n>\d)", None),
    (r"甲乙", None),
])
def test_single_chars_are_those_of_a_pattern_whose_every_match_is_one_of_them_alone(
        pattern: str, expected: str | None) -> None:
    assert single_chars(pattern) == (None if expected is None else frozenset(expected))


@given(st.sets(st.sampled_from("abcdexyz-]^[\\①②③④⑩甲乙丙"), min_size=1))
def test_a_class_of_characters_matches_exactly_them(chars: set[str]) -> None:
    source = char_class(frozenset(chars))
    pattern = regex.compile(source)
    assert {char for char in "abcdefwxyz-]^[\\①②③④⑤⑩甲乙丙丁 " if pattern.fullmatch(char)} == chars, source


def test_top_level_branches_split_only_the_outermost_alternation() -> None:
    assert top_level_branches(r"甲|(乙|丙)|[|(]|\|丁|[]|]戊") == ["甲", "(乙|丙)", "[|(]", r"\|丁", "[]|]戊"]


def test_a_guard_leads_each_run_of_branches_whose_first_characters_are_known() -> None:
    # the branch that may start with any Han character stays where it was, unguarded, between the runs
    assert guarded(r"甲乙|丙|\p{Han}丁|戊") == r"(?=[丙甲])(?:甲乙|丙)|\p{Han}丁|(?=[戊])(?:戊)"


def test_a_pattern_with_flags_for_the_whole_of_it_is_not_guarded() -> None:
    assert guarded("(?i)ab|cd") == "(?i)ab|cd"


def _same_matches(pattern: str, text: str) -> None:
    plain = regex.compile(pattern, regex.MULTILINE)
    guard = regex.compile(guarded(pattern), regex.MULTILINE)
    assert [(match.span(), match.groupdict()) for match in guard.finditer(text)] == \
        [(match.span(), match.groupdict()) for match in plain.finditer(text)], pattern


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_guarded_vocabulary_pattern_finds_what_the_pattern_finds_on_the_noise_fixtures(pattern: str) -> None:
    for name in ("noise.txt", "generic_noise.txt"):
        _same_matches(pattern, fold((FIXTURES / name).read_text(encoding="utf-8")))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80), st.sampled_from(PATTERNS))
def test_a_guarded_pattern_finds_what_the_pattern_finds_on_random_text(text: str, pattern: str) -> None:
    _same_matches(pattern, text)


def test_no_table_rule_is_tried_on_the_lines_that_hold_a_space_or_a_tab() -> None:
    # a rule the prefilter knew only by a blank would list every line of a text of blank lines
    tried_by_blanks = [compiled.rule.name for compiled in TABLE
                       if compiled.by_held_char and compiled.holds is not None and compiled.holds & {" ", "\t"}]
    assert tried_by_blanks == []
