"""Folding: one code point for one, so offsets into the folded text are offsets into the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

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
