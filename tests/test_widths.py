"""Folding: one code point for one, so offsets into the folded text are offsets into the text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import speechparse
from speechparse.widths import FOLD_TABLE, MAX_REPLACED_CHARS, fold

_FOLDABLE_CHARS = [chr(code) for code in sorted(FOLD_TABLE)]


def test_no_folded_character_is_itself_foldable() -> None:
    # what lets fold replace characters one at a time, in any order, and give what one translate gives
    assert not any(folded in FOLD_TABLE for folded in FOLD_TABLE.values())


def test_fold_turns_full_width_punctuation_and_traditional_characters_into_their_plain_forms() -> None:
    assert fold("會議，（一）ＡＢ　完") == "会议,(一)AB 完"


@given(st.lists(st.one_of(st.sampled_from(_FOLDABLE_CHARS), st.sampled_from("会议要求一二,。 \n")), max_size=60))
def test_fold_gives_what_one_translate_pass_gives_however_many_kinds_of_characters(chars: list[str]) -> None:
    text = "".join(chars)
    assert fold(text) == text.translate(FOLD_TABLE)
    assert len(fold(text)) == len(text)


def test_a_text_with_more_kinds_of_foldable_characters_than_are_replaced_one_by_one_is_folded_whole() -> None:
    many = "".join(_FOLDABLE_CHARS[: MAX_REPLACED_CHARS + 5]) * 3
    assert fold("前" + many + "后") == ("前" + many + "后").translate(FOLD_TABLE)


def test_the_radical_that_stands_for_an_enumeration_comma_folds_to_it() -> None:
    assert fold("一丶总体要求") == "一、总体要求"


@pytest.mark.parametrize("enclosed", ["❶❷❸", "➀➁➂", "➊➋➌", "⓵⓶⓷"])
def test_an_enclosed_digit_of_any_style_numbers_items_as_a_circled_digit_does(enclosed: str) -> None:
    assert fold(enclosed) == "①②③"
    words = ["创新", "开放", "共享"]
    items = "".join(f"{mark}坚持{word}。要抓好落实。\n" for mark, word in zip(enclosed, words, strict=True))
    document = speechparse.parse_text("在全县大会上的讲话\n同志们:\n" + items)
    assert [(section.marker, section.number) for section in document.sections()] == [
        (enclosed[0], 1), (enclosed[1], 2), (enclosed[2], 3)]


def test_negative_circled_numbers_past_ten_fold_to_the_circled_ones() -> None:
    assert fold("⓫⓴") == "⑪⑳"


def test_keycap_digits_number_items_and_keep_their_glyphs_as_markers() -> None:
    words = ["创新", "开放", "共享"]
    items = "".join(f"{digit}\ufe0f\u20e3 坚持{word}\n要抓好落实。\n" for digit, word in zip("123", words, strict=True))
    document = speechparse.parse_text("关于做好年度工作的通知\n各单位:\n" + items)
    assert [(section.marker, section.number) for section in document.sections()] == [
        ("1\ufe0f\u20e3", 1), ("2\ufe0f\u20e3", 2), ("3\ufe0f\u20e3", 3)]
    assert len(fold("1\ufe0f\u20e3")) == 3
