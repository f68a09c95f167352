"""Stage 5b, grammar: the block stream parsed by the Lark grammar ``grammar/speech.lark``.

:class:`BlockLexer` hands Lark the blocks of :mod:`speechparse.blocks` as tokens
(with their real offsets; a heading's token carries the paragraphs that open its
section); a heading token opens its section, and
:class:`LevelPostLex` inserts a ``_CLOSE`` token where each section ends, as
Lark's ``Indenter`` inserts ``_DEDENT`` for Python's indentation, so the grammar
needs one recursive ``section`` rule for any depth (one token fewer per section
than an ``_OPEN``/``_CLOSE`` pair: a heading is always followed by its opening).
A section with no subsection is one token, a ``LEAF_HEADING``, with no ``_CLOSE``.
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

#: the terminal of a run of paragraph blocks
PARAS = "PARAS"
#: the blocks whose token carries the paragraphs that follow them (the opening of a section or a part)
CARRIES_PARAGRAPHS = frozenset({HEADING, PART})

CLOSE = "_CLOSE"
#: the terminal of a heading whose section holds no subsection: it opens and closes its section
LEAF_HEADING = "LEAF_HEADING"
#: the level of an open part (附件1 …): sections inside a part start at level 1
PART_LEVEL = 0


class BlockToken(Token):
    """A token that carries its blocks: one block, or a run of paragraphs (``PARAS``)."""

    __slots__ = ("blocks",)
    blocks: tuple[Block, ...]


def _token(kind: str, value: str, blocks: tuple[Block, ...]) -> BlockToken:
    """A token of ``blocks``: its span is the first block's (the heading's, for a heading that carries
    its section's opening paragraphs); the paragraphs' spans are their blocks'."""
    end = blocks[-1].end if kind == PARAS else blocks[0].end
    # Token(type, value, start_pos, line, column, end_line, end_column, end_pos), by position: Lark reads
    # keywords through a second call, a third of the cost of making a token
    token = BlockToken(kind, value, blocks[0].start, None, None, None, None, end)
    token.blocks = blocks
    return token


class BlockLexer(Lexer):
    """Feeds a list of :class:`~speechparse.blocks.Block` to Lark as tokens.

    A heading token's value is its level; every token carries its blocks, with their
    offsets. Paragraphs are not tokens of their own where the grammar never tells them
    apart from what they follow: the paragraphs that open a section or a part ride on its
    heading's (or label's) token, since nothing but a heading, a part label or the
    document's end ever comes between them (Lark's work is per token, and a speech
    alternates headings and paragraphs). Elsewhere paragraphs in a row are one
    ``PARAS`` token.
    """

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, blocks: Sequence[Block]) -> Iterator[Token]:  # type: ignore[override]
        # Lark hands a custom lexer the very object given to parse(): our block list
        index, count = 0, len(blocks)
        while index < count:
            block = blocks[index]
            end = index + 1
            if block.kind == PARA or block.kind in CARRIES_PARAGRAPHS:
                while end < count and blocks[end].kind == PARA:
                    end += 1
            value = str(block.level) if block.kind == HEADING else ""
            yield _token(PARAS if block.kind == PARA else block.kind, value, tuple(blocks[index:end]))
            index = end


class LevelPostLex(PostLex):
    """Ends every section and part with a ``_CLOSE``, or turns its heading into a ``LEAF_HEADING``.

    A heading closes the open sections of its level and deeper; a part label
    closes everything; the closing formula and a 公文's back matter close
    everything too, as the body's sections end there. All levels close at the
    end of input. A heading closed by the very next token holds no subsection
    (the paragraphs that open it ride on its token): it is sent as a ``LEAF_HEADING``,
    a section in one token, with no ``_CLOSE`` (most sections of a speech are leaves,
    and Lark's work is per token).
    """

    always_accept = ()

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        levels: list[int] = []  # open sections' levels; PART_LEVEL for an open part
        held: Token | None = None  # the last heading, until the next token says whether it closes it
        last: Token | None = None
        for token in stream:
            last = token
            if token.type == HEADING:
                closed = _closed_by(levels, int(token.value))
            elif token.type == PART or token.type in ENDS_SECTIONS:
                closed = len(levels)
            else:
                closed = 0
            if held is not None:  # closed by this token: a leaf; else its section goes on
                if closed:
                    yield _leaf(held, levels)
                    closed -= 1
                else:
                    yield held
                held = None
            if closed:
                yield from _close(levels, closed, token)
            if token.type == HEADING:
                levels.append(int(token.value))
                held = token
                continue
            if token.type == PART:
                levels.append(PART_LEVEL)
            yield token
        if held is not None:
            yield _leaf(held, levels)
        if last is not None:
            yield from _close(levels, len(levels), last)


def _closed_by(levels: list[int], level: int) -> int:
    """How many open sections a heading of ``level`` closes: those of its level and deeper, not a part."""
    count = 0
    while count < len(levels) and PART_LEVEL < levels[-1 - count] >= level:
        count += 1
    return count


def _leaf(heading: Token, levels: list[int]) -> Token:
    """``heading``, the last opened, closed at once: a section in one token (renamed in place,
    so it keeps the blocks it carries)."""
    levels.pop()
    heading.type = LEAF_HEADING
    return heading


def _close(levels: list[int], count: int, at: Token) -> Iterator[Token]:
    """Close the ``count`` innermost open sections (or parts) where ``at`` starts."""
    for _ in range(count):
        levels.pop()
        yield Token(CLOSE, "", at.start_pos, None, None, None, None, at.start_pos)  # by position, as above


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
