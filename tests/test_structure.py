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
