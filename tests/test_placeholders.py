"""Placeholders: which tokens are blanks, and what each blank stands for."""

from __future__ import annotations

import pytest

import speechparse


def _found(text: str) -> list[tuple[str, str]]:
    doc = speechparse.parse_text(text)
    return [(p.text, p.kind) for p in doc.placeholders]


@pytest.mark.parametrize(("text", "expected"), [
    ("全X上下要统一思想。", [("X", "region")]),
    ("X委要求各地落实。", [("X", "region")]),
    ("在我X脱贫攻坚的关键阶段。", [("X", "region")]),
    ("X同志作了通报。", [("X", "person")]),
    ("X委书记X要求抓好落实。", [("X", "region"), ("X", "person")]),
    ("刚才,X个先进单位作了发言。", [("X", "number")]),
    ("排在全国第X位。", [("X", "number")]),
    ("每村储备X至X名后备干部。", [("X", "number"), ("X", "number")]),
    ("下面我讲X点意见。", [("X", "number")]),
    ("到X年实现全部脱贫。", [("X", "date")]),
    ("截至X年底,任务仍重。", [("X", "date")]),
    ("XX年X月X日召开会议。", [("XX", "date"), ("X", "date"), ("X", "date")]),
    ("建党X周年之际。", [("X", "number")]),
    ("××市人口计生委。", [("××", "region")]),
    ("×书记作重要讲话。", [("×", "person")]),
    ("xx同志主持会议。", [("xx", "person")]),
    ("20xx年暑期工作。", [("xx", "date")]),
    ("全ＸＸ县要行动起来。", [("ＸＸ", "region")]),
    ("XXX同志讲话。", [("XXX", "person")]),
    ("对×××的光临表示欢迎。", [("×××", "person")]),  # three crosses: a name
    ("x同志作报告。", [("x", "person")]),
    ("xxxx年xx月xx日召开。", [("xxxx", "date"), ("xx", "date"), ("xx", "date")]),
    ("某某市委要求。", [("某某", "region")]),
    ("某某同志主持。", [("某某", "person")]),
    ("某县召开会议。", [("某", "region")]),
    ("○○镇和□□村。", [("○○", "region"), ("□□", "region")]),
    ("＊＊市委要求。", [("＊＊", "region")]),
    ("**市委要求。", [("**", "region")]),
    ("XX 市 XX 县区要行动。", [("XX", "region"), ("XX", "region")]),  # spaced runs in copied text
    ("截至目前已有 X 例治愈。", [("X", "number")]),
    ("在~乘势而上。", [("~", "date")]),  # a year scrubbed to ~
    ("转运X等X名人员。", [("X", "person"), ("X", "number")]),
    ("X、X两县要达标。", [("X", "region"), ("X", "region")]),
    ("“xx”计划期间。", [("xx", "number")]),
    ("在*重庆市委领导下。", [("*", "other")]),  # a starred-out party name before a place
])
def test_placeholder_kind_comes_from_its_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "XJP同志的讲话精神。",  # an abbreviation of a name
    "用Excel表格统计。",
    "拍X光片检查。",
    "X射线设备。",
    "按3×4的规格布置。",
    "二○○八年八月。",  # ○ in a year written with Chinese numerals
    "某些地方还不够重视。",
    "某种程度上说。",
    "GDP增长5%。",
    "2×2米的展板。",
    "3~5年内完成。",
    "实施“数据要素×”行动。",  # an operator in a policy name, like “互联网+”
])
def test_words_and_signs_are_not_placeholders(text: str) -> None:
    assert _found(text) == []


def test_each_placeholder_span_slices_its_text() -> None:
    doc = speechparse.parse_text("X年X月X日,X县召开会议。")
    assert [doc.text[s:e] for s, e in (p.span for p in doc.placeholders)] == ["X"] * 4


def test_each_blank_of_x_year_x_month_x_day_is_its_own_placeholder() -> None:
    doc = speechparse.parse_text("X年X月X日")
    assert [p.span for p in doc.placeholders] == [(0, 1), (2, 3), (4, 5)]
