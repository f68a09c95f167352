"""Shared test helpers: fixture files and paths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SEED = ROOT / "seeds" / "000_ad121b51ce1c70a2.txt"
SHARED = ROOT.parent / "shared"


def read_fixture_file(path: Path) -> Iterator[tuple[int, str, str, str]]:
    """Cases of a fixture file: ``(line, title, input, expected)``.

    A case is a title line, then ``.``, the input, ``.``, the expected output,
    ``.`` (the format of markdown-it-py's fixtures). Blank lines between cases
    are ignored; a line ``#`` … outside a case is a comment.
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    index = 0
    while index < len(lines):
        if not lines[index].strip() or lines[index].startswith("#"):
            index += 1
            continue
        title, start = lines[index], index + 1
        assert lines[start] == ".", f"{path.name}:{start + 1}: expected '.' after the title"
        parts: list[list[str]] = [[], []]
        cursor = start + 1
        for part in parts:
            while lines[cursor] != ".":
                part.append(lines[cursor])
                cursor += 1
            cursor += 1
        yield index + 1, title, "\n".join(parts[0]), "\n".join(parts[1])
        index = cursor


def fixture_cases(name: str) -> list[object]:
    """pytest parameters for every case of ``tests/fixtures/<name>``."""
    return [pytest.param(text, expected, id=f"{name}:{line} {title}")
            for line, title, text, expected in read_fixture_file(TESTS / "fixtures" / name)]
