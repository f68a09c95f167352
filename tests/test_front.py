"""The front matter: which line is the title, and where the body begins."""

from __future__ import annotations

import pytest

import speechparse


def test_the_one_line_above_a_speech_s_salutation_is_its_title_without_a_genre_word() -> None:
    document = speechparse.parse_text("扛起责任,干在实处\n同志们:\n今天我讲三点意见。\n")
    assert document.title == "扛起责任,干在实处"


@pytest.mark.parametrize("line", ["2031年3月5日", "大家好"])
def test_a_date_or_a_greeting_above_the_salutation_is_no_title(line: str) -> None:
    assert speechparse.parse_text(f"{line}\n同志们:\n今天我讲三点意见。\n").title is None


@pytest.mark.parametrize("title", ["县审计局2031年工作总结和2032年工作打算", "2032年全镇工作思路",
                                   "关于加快建设充电设施的建议", "石桥村村规民约", "2031年度安全生产目标责任书"])
def test_a_title_ending_in_a_genre_word_of_plans_proposals_and_pledges_is_found(title: str) -> None:
    document = speechparse.parse_text(f"{title}\n一、基本情况\n今年以来,各项工作稳步推进。\n")
    assert document.title == title
