"""Templates: slots group the blanks that take one value, and filling them in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED

import speechparse
from speechparse import Point, Section

TEMPLATE = (
    "在全X工作会议上的讲话\n"
    "同志们:\n"
    "今天召开全X工作会议。X委高度重视,X同志作了报告。\n"
    "一、统一思想\n"
    "全X上下要落实X委部署。一是到X年完成任务。二是新建X个项目,投资X万元。\n"
    "二、狠抓落实\n"
    "X同志要带头,X县要率先。\n"
)


def _slots(text: str) -> dict[str, tuple[str, int]]:
    return {slot.key: (slot.kind, slot.count) for slot in speechparse.parse_text(text).slots()}


def test_blanks_with_the_same_context_word_share_a_slot() -> None:
    slots = _slots(TEMPLATE)
    assert slots["全X"] == ("region", 3)
    assert slots["X委"] == ("region", 2)
    assert slots["X同志"] == ("person", 2)
    assert slots["X县"] == ("region", 1)


def test_counts_and_dates_are_slots_of_their_own_numbered_in_order() -> None:
    slots = _slots(TEMPLATE)
    assert slots["X年#1"] == ("date", 1)
    assert slots["X个#1"] == ("number", 1)
    assert slots["X万元#1"] == ("number", 1)
    assert _slots("到X年完成,X年验收,X年再评估。").keys() == {"X年#1", "X年#2", "X年#3"}


def test_slot_names_are_the_same_every_time() -> None:
    assert [s.key for s in speechparse.parse_text(TEMPLATE).slots()] == [
        s.key for s in speechparse.parse_text(TEMPLATE).slots()]


def test_every_placeholder_names_a_listed_slot() -> None:
    doc = speechparse.parse_text(TEMPLATE)
    listed = {slot.key for slot in doc.slots()}
    assert {p.slot for p in doc.placeholders} == listed
    assert sum(slot.count for slot in doc.slots()) == len(doc.placeholders)


def test_fill_writes_each_value_where_the_slot_name_stands() -> None:
    result = speechparse.parse_text(TEMPLATE).fill({"全X": "全省", "X委": "省委", "X年#1": "2025年"})
    assert "今天召开全省工作会议。省委高度重视" in result.text
    assert "全省上下要落实省委部署。一是到2025年完成任务" in result.text
    assert "全X" not in result.text and "X委" not in result.text


def test_fill_replaces_the_blank_and_keeps_the_word_around_it() -> None:
    doc = speechparse.parse_text("会上,X个先进单位受到表彰。")
    assert doc.fill({"X个#1": "5"}).text == "会上,5个先进单位受到表彰。"


def test_a_value_that_writes_the_cue_word_stands_for_the_whole_name() -> None:
    doc = speechparse.parse_text(TEMPLATE)
    for value in ("全省", "省"):
        text = doc.fill({"全X": value}).text
        assert "全X" not in text and "全全省" not in text
        assert text.count("全省") == 3
    assert doc.fill({"X个#1": "12个"}).text.count("新建12个项目") == 1
    assert doc.fill({"X同志": "王明同志"}).text.count("王明同志") == 2


def test_a_context_word_between_two_blanks_is_written_once() -> None:
    doc = speechparse.parse_text("随后,X书记X要求各单位抓好落实。")
    assert [p.slot for p in doc.placeholders] == ["X书记", "书记X"]
    assert doc.fill({"X书记": "李书记", "书记X": "书记王"}).text == "随后,李书记王要求各单位抓好落实。"


def test_a_place_blank_is_one_slot_wherever_its_determiner_repeats() -> None:
    doc = speechparse.parse_text("全X上下要团结一心。全X村都要通上公路。")
    assert [(slot.key, slot.count) for slot in doc.slots()] == [("全X", 2)]
    assert doc.fill({"全X": "全县"}).text == "全县上下要团结一心。全县村都要通上公路。"


def test_a_cue_word_that_is_not_written_next_to_the_blank_stays_out_of_the_slot_name() -> None:
    doc = speechparse.parse_text("比上年增长XX.X%。")
    assert [p.slot for p in doc.placeholders] == ["XX#1", "X%#1"]
    assert doc.fill({"XX#1": "12", "X%#1": "5%"}).text == "比上年增长12.5%。"


def test_unfilled_slots_are_reported_not_silently_left() -> None:
    result = speechparse.parse_text(TEMPLATE).fill({"全X": "全省"})
    assert result.filled == ("全X",)
    assert "X同志" in result.unfilled and "X委" in result.unfilled
    assert "X同志" in result.text


def test_strict_fill_fails_on_an_unfilled_slot() -> None:
    with pytest.raises(speechparse.UnfilledSlotsError, match="X同志"):
        speechparse.parse_text(TEMPLATE).fill({"全X": "全省"}, strict=True)


def test_unknown_slot_name_is_a_clear_error() -> None:
    with pytest.raises(speechparse.UnknownSlotError, match="全Y") as raised:
        speechparse.parse_text(TEMPLATE).fill({"全Y": "全省"})
    assert isinstance(raised.value, speechparse.ParseError)
    assert "全X" in str(raised.value)  # the message lists the slots there are


def _structure(doc: speechparse.Document) -> list[tuple[str, str, int]]:
    return [(type(node).__name__, node.marker, node.number) for _, node in doc.walk()
            if isinstance(node, (Section, Point))]


def test_filling_then_parsing_keeps_the_sections_and_points_of_the_template() -> None:
    template = speechparse.parse_text(TEMPLATE)
    values = {slot.key: slot.key.replace("X", "江南").split("#")[0] for slot in template.slots()}
    filled = template.fill(values, strict=True).parse()
    assert _structure(filled) == _structure(template)
    assert filled.placeholders == ()
    assert [s.heading for s in filled.sections()] == [s.heading for s in template.sections()]


def test_seed_fill_round_trip_keeps_its_outline() -> None:
    seed = speechparse.parse(SEED)
    values = {slot.key: slot.key.replace("X", "甲").split("#")[0] for slot in seed.slots()}
    filled = seed.fill(values, strict=True).parse()
    assert _structure(filled) == _structure(seed)
    assert filled.placeholders == ()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "speechparse", *args], capture_output=True, text=True)


def test_cli_lists_the_seed_slots_with_kind_and_count() -> None:
    result = _cli("placeholders", str(SEED))
    assert result.returncode == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()[1:]]
    by_key = {row[0]: row for row in rows}
    assert by_key["全X"][1:3] == ["region", "13"]  # with 全X村: one place
    assert by_key["X委"][1] == "region"
    assert sum(int(row[2]) for row in rows) == 50


def test_cli_fill_writes_the_filled_text_and_names_the_blank_slots(tmp_path: Path) -> None:
    template = tmp_path / "template.txt"
    template.write_text(TEMPLATE, encoding="utf-8")
    out = tmp_path / "filled.txt"
    result = _cli("fill", str(template), "--set", "全X=全省", "--set", "X委=省委", "-o", str(out))
    assert result.returncode == 0
    assert "全省上下要落实省委部署" in out.read_text(encoding="utf-8")
    assert result.stderr.startswith("speechparse: left blank:") and "X同志" in result.stderr


def test_cli_fill_rejects_an_unknown_slot_in_one_line(tmp_path: Path) -> None:
    template = tmp_path / "template.txt"
    template.write_text(TEMPLATE, encoding="utf-8")
    result = _cli("fill", str(template), "--set", "全Y=全省")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "全Y" in result.stderr and "Traceback" not in result.stderr


def test_cli_fill_rejects_a_setting_without_equals(tmp_path: Path) -> None:
    template = tmp_path / "template.txt"
    template.write_text(TEMPLATE, encoding="utf-8")
    result = _cli("fill", str(template), "--set", "全X")
    assert result.returncode == 2 and "SLOT=VALUE" in result.stderr
