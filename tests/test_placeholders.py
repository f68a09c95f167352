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
    "实施“数据要素×”行动。",  # an operator in a policy name, like “互联网+”
])
def test_words_and_signs_are_not_placeholders(text: str) -> None:
    assert _found(text) == []


def test_each_placeholder_span_slices_its_text() -> None:
    doc = speechparse.parse_text("X年X月X日,X县召开会议。")
    assert [doc.text[s:e] for s, e in (p.span for p in doc.placeholders)] == ["X"] * 4
