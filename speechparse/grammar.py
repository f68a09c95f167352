"""Stage 5b, grammar: the block stream parsed by the Lark grammar ``grammar/speech.lark``.

:class:`BlockLexer` groups the blocks of :mod:`speechparse.blocks` into the units
the grammar reads (a heading with the paragraphs that open its section, a run of
paragraphs, any other block), and :class:`LevelPostLex` makes them Lark's tokens,
with their real offsets. A heading token opens its section, and the postlexer
inserts a ``_CLOSE`` token where each section ends, as Lark's ``Indenter`` inserts
``_DEDENT`` for Python's indentation, so the grammar needs one recursive
``section`` rule for any depth (one token fewer per section than an
``_OPEN``/``_CLOSE`` pair: a heading is always followed by its opening). A section
with no subsection, a *leaf*, needs no ``_CLOSE``: the leaves in a row and the
runs of paragraphs among them reach Lark as one ``LEAVES`` token.
Parsers are built in this process on first use and reused. Lark's ``cache=True`` is
never used: it unpickles a file of a predictable name in the shared temp folder, so
anyone who can write there could run code in every parse; building the tables takes
about 20 ms once per process.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from lark import Lark, Token, Transformer, Tree
from lark.lark import PostLex
from lark.lexer import Lexer

from speechparse.blocks import ENDS_SECTIONS, HEADING, PARA, PART, Block

#: the blocks the grammar reads as one: a heading or a part label with the paragraphs that open its
#: section, a run of paragraphs, or one other block
Unit = tuple[Block, ...]
#: the blocks whose unit holds the paragraphs that follow them (the opening of a section or a part)
CARRIES_PARAGRAPHS = frozenset({HEADING, PART})

CLOSE = "_CLOSE"
#: the terminal of the leaves in a row: sections with no subsection, and runs of paragraphs among them
LEAVES = "LEAVES"
#: the level of an open part (附件1 …): sections inside a part start at level 1
PART_LEVEL = 0


class BlockToken(Token):
    """A token that carries its unit's blocks."""

    __slots__ = ("blocks",)
    blocks: Unit


class LeavesToken(Token):
    """A ``LEAVES`` token: it carries the units of its leaves and paragraph runs, in order."""

    __slots__ = ("units",)
    units: tuple[Unit, ...]


def _token(kind: str, value: str, blocks: Unit) -> BlockToken:
    """A token of a unit: its span is the first block's (the heading's, for a heading that carries its
    section's opening paragraphs)."""
    # Token(type, value, start_pos, line, column, end_line, end_column, end_pos), by position: Lark reads
    # keywords through a second call, a third of the cost of making a token
    token = BlockToken(kind, value, blocks[0].start, None, None, None, None, blocks[0].end)
    token.blocks = blocks
    return token


def _leaves(units: list[Unit]) -> LeavesToken:
    """One token for the leaves in a row: its span runs from their first block to their last."""
    token = LeavesToken(LEAVES, "", units[0][0].start, None, None, None, None, units[-1][-1].end)
    token.units = tuple(units)
    return token


class BlockLexer(Lexer):
    """Groups a list of :class:`~speechparse.blocks.Block` into the units the grammar reads.

    Paragraphs are not units of their own where the grammar never tells them apart
    from what they follow: the paragraphs that open a section or a part go with its
    heading (or label), since nothing but a heading, a part label or the document's
    end ever comes between them; elsewhere paragraphs in a row are one unit. The
    units are made tokens by :class:`LevelPostLex`, once their kind is known (a
    heading's depends on the unit after it). Lark's work is per token, and a speech
    alternates headings and paragraphs.
    """

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, blocks: Sequence[Block]) -> Iterator[Unit]:  # type: ignore[override]
        # Lark hands a custom lexer the very object given to parse(), our block list, and hands what it
        # yields to the postlexer alone
        index, count = 0, len(blocks)
        while index < count:
            block = blocks[index]
            end = index + 1
            if block.kind == PARA or block.kind in CARRIES_PARAGRAPHS:
                while end < count and blocks[end].kind == PARA and not blocks[end].ends_sections:
                    end += 1
            yield tuple(blocks[index:end])
            index = end


class LevelPostLex(PostLex):
    """Makes the lexer's units tokens: ends every section and part with a ``_CLOSE``, or sends its
    heading among the ``LEAVES``.

    A heading closes the open sections of its level and deeper; a part label
    closes everything; the closing formula and a 公文's back matter close
    everything too, as the body's sections end there. All levels close at the
    end of input. A heading closed by the very next unit holds no subsection
    (the paragraphs that open it are in its unit): it is a leaf, a section with no
    ``_CLOSE``. The leaves in a row, with the runs of paragraphs among them, are
    one ``LEAVES`` token (most sections of a speech are leaves, and Lark's work is
    per token); the tree builder makes their nodes.
    """

    always_accept = ()

    def process(self, stream: Iterator[Unit]) -> Iterator[Token]:  # type: ignore[override]
        levels: list[int] = []  # open sections' levels; PART_LEVEL for an open part
        held: Unit | None = None  # the last heading, until the next unit says whether it closes it
        leaves: list[Unit] = []  # the leaves in a row, sent as one token before any other token
        last_start = 0  # where the last unit starts: the sections still open at the end close there
        for unit in stream:
            block = unit[0]
            kind = block.kind
            last_start = block.start
            if kind == HEADING:
                closed = _closed_by(levels, block.level)
                if block.ends_sections:
                    closed = max(closed, _closed_by(levels, block.keeps_levels + 1) if block.keeps_levels
                                 else len(levels))
            elif block.ends_sections and block.keeps_levels:  # (the division holding the piece stays open)
                closed = _closed_by(levels, block.keeps_levels + 1)
            elif kind == PART or kind in ENDS_SECTIONS or block.ends_sections:
                closed = len(levels)
            else:
                closed = 0
            if held is not None:  # closed by this unit: a leaf; else its section goes on
                if closed:
                    levels.pop()
                    leaves.append(held)
                    closed -= 1
                else:
                    if leaves:
                        yield _leaves(leaves)
                        leaves = []
                    yield _token(HEADING, str(held[0].level), held)
                held = None
            if kind == PARA and not closed:  # (most close nothing)
                leaves.append(unit)
                continue
            if leaves and (closed or kind != HEADING):  # a heading may be a leaf: the row may go on
                yield _leaves(leaves)
                leaves = []
            if closed:
                yield from _close(levels, closed, block.start)
            if kind == PARA:  # a wrap-up: after the sections it closed, it goes on the row
                leaves.append(unit)
                continue
            if kind == HEADING:
                levels.append(block.level)
                held = unit
                continue
            if kind == PART:
                levels.append(PART_LEVEL)
            yield _token(kind, "", unit)
        if held is not None:
            levels.pop()
            leaves.append(held)
        if leaves:
            yield _leaves(leaves)
        yield from _close(levels, len(levels), last_start)


def _closed_by(levels: list[int], level: int) -> int:
    """How many open sections a heading of ``level`` closes: those of its level and deeper, not a part."""
    count = 0
    while count < len(levels) and PART_LEVEL < levels[-1 - count] >= level:
        count += 1
    return count


def _close(levels: list[int], count: int, at: int) -> Iterator[Token]:
    """Close the ``count`` innermost open sections (or parts) at offset ``at``."""
    for _ in range(count):
        levels.pop()
        yield Token(CLOSE, "", at, None, None, None, None, at)  # by position, as above


GRAMMAR_FILE = "speech.lark"


def grammar_text() -> str:
    """The grammar: package data of an installed speechparse, else ``grammar/`` of the source tree."""
    try:
        return files("speechparse.grammars").joinpath(GRAMMAR_FILE).read_text(encoding="utf-8")
    except ModuleNotFoundError:  # running from a checkout, where grammar/ sits beside speechparse/
        return (Path(__file__).resolve().parent.parent / "grammar" / GRAMMAR_FILE).read_text(encoding="utf-8")


def make_parser(transformer: Transformer[Token, Any] | None = None) -> Lark:
    """A document parser; with a ``transformer``, Lark calls its rule methods as it reduces each rule
    (Lark's embedded transformer), so no parse tree is built. Built in memory, never from a cache file."""
    return Lark(grammar_text(), parser="lalr", lexer=BlockLexer, postlex=LevelPostLex(), transformer=transformer)


@lru_cache(maxsize=1)
def get_parser() -> Lark:
    """The document parser that builds a parse tree (built on first use, then reused)."""
    return make_parser()


def parse_blocks(blocks: Sequence[Block]) -> Tree[Token]:
    """The parse tree of a block stream (the pipeline builds model nodes without it: speechparse.tree)."""
    return get_parser().parse(blocks)
