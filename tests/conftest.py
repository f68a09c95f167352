"""Shared test helpers: fixture files and paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SEED = ROOT / "seeds" / "000_ad121b51ce1c70a2.txt"
SHARED = ROOT.parent / "shared"

# CI (.ci/run) draws the property tests' examples from a fixed seed: a red CI stops everything from landing, and
# must not turn on a chance draw; a developer's `make test` keeps drawing new examples, and finds new cases.
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def read_fixture_file(path: Path, parts: int = 2) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """Cases of a fixture file: ``(line, title, (part, …))``.

    A case is a title line, then ``.``, and ``parts`` pieces of text each
    closed by a line ``.`` (the format of markdown-it-py's fixtures; two parts:
    the input and the expected output). Blank lines between cases are
    ignored; a line ``#`` … outside a case is a comment.
    """
    lines = path.read_text(encoding="utf-8").split("\n")
    index = 0
    while index < len(lines):
        if not lines[index].strip() or lines[index].startswith("#"):
            index += 1
            continue
        title, where = lines[index], f"{path.name}:{index + 1}"
        assert index + 1 < len(lines) and lines[index + 1] == ".", f"{where}: expected '.' after the title"
        pieces: list[list[str]] = [[] for _ in range(parts)]
        cursor = index + 2
        for piece in pieces:
            while cursor < len(lines) and lines[cursor] != ".":
                piece.append(lines[cursor])
                cursor += 1
            assert cursor < len(lines), f"{where}: case {title!r} is not closed by '.'"
            cursor += 1
        yield index + 1, title, tuple("\n".join(piece) for piece in pieces)
        index = cursor


def fixture_cases(name: str) -> list[object]:
    """pytest parameters for every case of ``tests/fixtures/<name>``."""
    return [pytest.param(text, expected, id=f"{name}:{line} {title}")
            for line, title, (text, expected) in read_fixture_file(TESTS / "fixtures" / name)]
