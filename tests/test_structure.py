"""Whole-text structure cases from tests/fixtures/structure.txt.

Each case is a short text written for the test and the outline it must give:
false positives that must not become structure, scheme nesting in both orders,
points, clause enumerations, parts and titles.
"""

from __future__ import annotations

import pytest
from conftest import fixture_cases

import speechparse


@pytest.mark.parametrize(("text", "expected"), fixture_cases("structure.txt"))
def test_outline_matches_fixture(text: str, expected: str) -> None:
    assert speechparse.parse_text(text).outline().rstrip("\n") == expected


def test_a_ratios_colon_closes_no_points_lead_nor_heading() -> None:
    document = speechparse.parse_text("同志们:\n今年成效明显:一是结构优化,三次产业比调整为9.2:40.5:50.3;"
                                      "二是效益提升。\n一、比例为3:1的配套资金\n要足额到位。\n")
    points = [node.lead for _, node in document.walk() if isinstance(node, speechparse.Point)]
    assert points[0] == "结构优化,三次产业比调整为9.2:40.5:50.3"
    assert [section.heading for section in document.sections()] == ["比例为3:1的配套资金"]
