"""The README's Markdown and chunk excerpts are the real output of the code, shortened only at ``…``."""

from __future__ import annotations

import re

from conftest import ROOT
from test_cli import run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block_after(command: str) -> str:
    """The fenced block that follows the fenced block holding ``command``."""
    found = re.search(re.escape(command) + r"\n```\n\n```[a-z]*\n(.*?)\n```", README, re.DOTALL)
    assert found is not None, f"no output shown after {command!r}"
    return found.group(1)


def _assert_excerpt(excerpt: str, output: str) -> None:
    """Every piece of the excerpt between ``…`` marks is in the output, in order."""
    position = 0
    for piece in (piece for line in excerpt.splitlines() for piece in line.split("…")):
        if not piece.strip():
            continue
        found = output.find(piece, position)
        assert found >= 0, f"{piece!r} is not in the output after offset {position}"
        position = found + len(piece)


def test_the_readme_shows_the_real_markdown_of_the_seed() -> None:
    command = "speechparse parse --format markdown seeds/000_ad121b51ce1c70a2.txt"
    result = run_cli(*command.split()[1:], cwd=ROOT)
    assert result.returncode == 0
    _assert_excerpt(_block_after(command), result.stdout)


def test_the_readme_shows_a_real_chunk_of_the_seed() -> None:
    command = "speechparse parse --format chunks --max-chars 500 seeds/000_ad121b51ce1c70a2.txt"
    result = run_cli(*command.split()[1:], cwd=ROOT)
    assert result.returncode == 0
    excerpt = _block_after(command)
    index = int(re.search(r'"index": (\d+)', excerpt).group(1))  # type: ignore[union-attr]
    _assert_excerpt(excerpt, result.stdout.splitlines()[index])
