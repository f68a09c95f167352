"""Hostile and broken input: fuzzed text and bytes never crash, lose a character or break the tree.

The strategy mixes what scraped text is made of (numbering markers of every
scheme in any order and nesting, placeholders, site boilerplate lines, page-chunk
markers, full- and half-width punctuation) with what it should never contain
but sometimes does (combining marks, zero-width spaces, control characters,
lone surrogates in the bytes, random Unicode).
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from invariants import assert_sound, parsed_unless_all_noise, reference_json

import speechparse
from speechparse.clean import RULE_NAMES, clean

MARKERS = ("一、", "二、", "十一、", "（一）", "(二)", "1.", "2、", "3．", "（1）", "(2)", "⑴", "①", "②", "第一，",
           "第二,", "第三：", "第一章", "第一项：", "一是", "二是", "一要", "二要", "首先，", "其次，", "最后，",
           "第一是", "一方面", "二方面")
WORDS = ("加强领导", "落实责任", "全面推进", "深化改革", "乡村振兴", "第一书记", "第二次会议", "二、三季度",
         "1.5万元", "统一是", "唯一要", "一是一", "3×4", "XJP", "某些", "同志们：", "谢谢大家！", "附件1",
         "名词解释", "全X", "X委", "X同志", "××市", "某某", "20xx年", "~度", "**市委", "○○镇")
NOISE = ("上传人:张** 文档编号:123 上传时间:2022-01-01 格式:DOCX 页数:9 大小:1KB", "点击查看更多>>", "资源描述",
         "手机扫码阅读本文", "(未完,全文共2000字,当前显示600字)", "- 配套讲稿:", "关 键 词:", "限制150内",
         "【以稿换稿】【收藏】 作者: 佚名 【加入会员】", "稿子汇 www.gaozihui.com", "$ G! l0 B& {7 H",
         "領(lǐng)導(dǎo)", "x0dx0a", "第 1 页 共 2 页", "- 3 -", "``", "正文复制")
ODD = ("\u0301", "\u200b", "\u200d", "\ufeff", "\u3000", "\xa0", "\t", "\x0c", "\x07", "\U0001f600", "\u2028",
       "\u0000")
PUNCTUATION = ("。", "！", "？", "；", "，", "、", "：", ".", "!", "?", ";", ",", ":", "……", "“", "”", "（", "）")
LINE_BREAKS = ("\n", "\r\n", "\n\n", "\r", "\n2、", "\n1、")

piece = st.one_of(
    st.sampled_from(MARKERS), st.sampled_from(WORDS), st.sampled_from(NOISE), st.sampled_from(ODD),
    st.sampled_from(PUNCTUATION), st.sampled_from(LINE_BREAKS), st.text(max_size=8),
)
hostile_text = st.lists(piece, max_size=60).map("".join)

KNOWN_RULES = RULE_NAMES
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_hostile_text_parses_into_a_sound_tree(text: str) -> None:
    assert_sound(parsed_unless_all_noise(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_cleaning_removes_only_what_a_rule_claims(text: str) -> None:
    cleaned = clean(text)
    kept = []
    position = 0
    for removal in cleaned.removals:
        assert removal.rule in KNOWN_RULES
        start, end = removal.span
        assert text[start:end] == removal.text
        assert start >= position  # removals do not overlap
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    assert "".join(kept) == cleaned.text  # nothing went that no removal names


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    hostile_text.map(lambda text: text.encode("utf-8", "surrogatepass")),
    hostile_text.map(lambda text: text.encode("gb18030", "ignore")),
    hostile_text.map(lambda text: text.encode("utf-16")),
    st.binary(max_size=200),
    st.binary(max_size=40).map(lambda data: b"PK\x03\x04" + data),
    hostile_text.map(lambda text: "\ud800".join(text.split("。")).encode("utf-8", "surrogatepass")),
))
def test_hostile_bytes_give_a_document_or_a_documented_error(data: bytes) -> None:
    try:
        doc = speechparse.parse(data)
    except speechparse.ParseError:
        return
    assert_sound(doc)


@pytest.mark.parametrize("text", [
    "第一书记要带头。", "全省第二次会议召开。", "二、三季度经济平稳。", "人均增收1.5万元。", "思想统一是前提。",
    "唯一要做的是落实。", "一是一、二是二。", "按3×4布置。", "XJP同志讲话。", "某些地方还不重视。",
])
def test_adversarial_false_positives_never_become_structure(text: str) -> None:
    for wrapped in (text, "同志们：" + text, "一、总体要求\n" + text, text + "\n" + text):
        doc = speechparse.parse_text(wrapped)
        structure = [node for _, node in doc.walk() if isinstance(node, (speechparse.Section, speechparse.Point))]
        expected = 1 if wrapped.startswith("一、") else 0
        assert len(structure) == expected, (wrapped, structure)
        assert all(p.text not in ("X", "×") for p in doc.placeholders)


def test_a_line_of_a_million_punctuation_marks_is_one_paragraph() -> None:
    doc = speechparse.parse_text("。" * 1_000_000)
    assert len(doc.body) == 1 and doc.body[0].span == (0, 1_000_000)


def test_a_hundred_thousand_markers_in_a_row_make_no_structure() -> None:
    for flood in ("一是" * 100_000, "第一" * 100_000, "（一）" * 100_000):
        doc = speechparse.parse_text(flood)
        assert sum(1 for node in doc.sections()) <= 1 and sum(1 for _ in doc.points()) <= 1


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_json_written_in_pieces_is_the_bytes_of_json_dumps(text: str) -> None:
    document = parsed_unless_all_noise(text)
    assert document.to_json() == reference_json(document)


@pytest.mark.parametrize("filler", ["\n", " \n", "\u3000\n"])
def test_a_word_then_line_breaks_by_the_hundred_thousand_costs_no_list_of_lines(filler: str) -> None:
    import gc
    import tracemalloc

    from speechparse.limits import utf8_size

    text = "工作" + filler * 200_000
    speechparse.parse_text("工作")  # build the parser outside the measurement
    gc.collect()
    tracemalloc.start()
    try:
        speechparse.parse_text(text).to_json()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= 20 * utf8_size(text)


def test_a_circled_or_bracketed_digit_over_a_pages_tail_is_no_tables_row_number() -> None:
    # (str.isdigit says yes to ⑴, which int() cannot read)
    page_card = "一、上传人:张** 文档编号:123 上传时间:2022-01-01 格式:DOCX 页数:9 大小:1KB"
    for mark in ("⑴", "²", "①"):
        with contextlib.suppress(speechparse.ParseError):  # (a page of nothing but its furniture: a documented error)
            speechparse.parse_text(f"{mark}\n{page_card}")
