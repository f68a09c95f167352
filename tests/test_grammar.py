"""The grammar stage: the level postlexer and the Lark grammar shipped in the package."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from lark import Token

import speechparse
from speechparse.blocks import CLOSING, HEADING, PARA, PART, SALUTATION, Block
from speechparse.grammar import BlockLexer, LevelPostLex, get_parser, parse_blocks


def _tokens(blocks: list[Block]) -> list[Token]:
    return list(LevelPostLex().process(BlockLexer(None).lex(blocks)))


def _types(blocks: list[Block]) -> list[str]:
    """The token stream's types; a LEAVES token with the kinds its units begin with."""
    return [f"LEAVES({' '.join(unit[0].kind for unit in token.units)})" if token.type == "LEAVES" else token.type
            for token in _tokens(blocks)]


def test_every_heading_opens_a_section_and_every_level_closes_at_the_end() -> None:
    blocks = [Block(HEADING, 0, 2, 0, 1), Block(HEADING, 2, 4, 1, 2), Block(HEADING, 4, 6, 2, 3), Block(PARA, 6, 8)]
    assert _types(blocks) == ["HEADING", "HEADING", "LEAVES(HEADING)", "_CLOSE", "_CLOSE"]


def test_a_heading_closes_open_sections_of_its_level_and_deeper() -> None:
    blocks = [Block(HEADING, 0, 2, 0, 1), Block(HEADING, 2, 4, 1, 2), Block(HEADING, 4, 6, 2, 1)]
    assert _types(blocks) == ["HEADING", "LEAVES(HEADING)", "_CLOSE", "LEAVES(HEADING)"]


def test_a_part_label_closes_everything_and_opens_a_part() -> None:
    blocks = [Block(HEADING, 0, 2, 0, 1), Block(PART, 2, 4), Block(HEADING, 4, 6, 1, 1)]
    assert _types(blocks) == ["LEAVES(HEADING)", "PART", "LEAVES(HEADING)", "_CLOSE"]


def test_a_heading_closed_by_the_next_unit_is_a_leaf_and_one_with_anything_inside_is_not() -> None:
    blocks = [Block(HEADING, 0, 2, 0, 1), Block(HEADING, 2, 4, 1, 1), Block(PARA, 4, 6), Block(HEADING, 6, 8, 2, 1),
              Block(HEADING, 8, 10, 3, 2), Block(CLOSING, 10, 12)]
    assert _types(blocks) == ["LEAVES(HEADING HEADING)", "HEADING", "LEAVES(HEADING)", "_CLOSE", "CLOSING"]


def test_a_leaf_keeps_the_paragraphs_that_open_it() -> None:
    blocks = [Block(HEADING, 0, 2, 0, 1), Block(PARA, 2, 4), Block(HEADING, 4, 6, 1, 1)]
    (token,) = _tokens(blocks)
    assert token.units == (tuple(blocks[:2]), tuple(blocks[2:]))


def test_leaves_in_a_row_with_the_paragraphs_before_them_are_one_token_spanning_them_all() -> None:
    blocks = [Block(PARA, 0, 2), Block(PARA, 2, 4), Block(HEADING, 4, 6, 0, 1), Block(PARA, 6, 8),
              Block(HEADING, 8, 10, 1, 1)]
    (token,) = _tokens(blocks)
    assert token.units == (tuple(blocks[:2]), tuple(blocks[2:4]), (blocks[4],))
    assert (token.start_pos, token.end_pos) == (0, 10)


def test_a_section_with_a_subsection_ends_the_row_of_leaves_before_it() -> None:
    blocks = [Block(PARA, 0, 2), Block(HEADING, 2, 4, 0, 1), Block(HEADING, 4, 6, 1, 2), Block(PARA, 6, 8)]
    assert _types(blocks) == ["LEAVES(PARA)", "HEADING", "LEAVES(HEADING)", "_CLOSE"]
    heading = _tokens(blocks)[1]
    assert (heading.start_pos, heading.end_pos) == (2, 4)  # a heading's span is its own, not its section's


def test_paragraphs_after_a_line_of_the_front_matter_start_a_row_of_their_own() -> None:
    blocks = [Block(SALUTATION, 0, 2), Block(PARA, 2, 4), Block(PARA, 4, 6)]
    assert _types(blocks) == ["SALUTATION", "LEAVES(PARA)"]


def test_grammar_file_ships_inside_the_package() -> None:
    assert files("speechparse.grammars").joinpath("speech.lark").is_file()


def test_parser_is_built_once() -> None:
    assert get_parser() is get_parser()


def test_nested_sections_parse_into_section_subtrees() -> None:
    blocks = [Block(HEADING, 0, 2, 0, 1), Block(PARA, 2, 4), Block(HEADING, 4, 6, 1, 2)]
    tree = parse_blocks(blocks)
    section = tree.children[0]
    assert section.data == "section"
    assert section.children[0].blocks == tuple(blocks[:2])  # the heading's token carries its opening paragraph
    # the inner section has no subsection: a leaf, in a LEAVES token standing in its parent's rule
    assert [getattr(child, "type", None) for child in section.children[1:]] == ["LEAVES"]
    assert section.children[1].units == ((blocks[2],),)


def test_paragraphs_in_a_row_are_one_unit() -> None:
    blocks = [Block(PARA, 0, 2), Block(PARA, 2, 4), Block(HEADING, 4, 6, 0, 1), Block(PARA, 6, 8)]
    assert list(BlockLexer(None).lex(blocks)) == [tuple(blocks[:2]), tuple(blocks[2:])]


def test_the_paragraphs_opening_a_section_or_a_part_are_in_its_unit_and_no_others_are() -> None:
    blocks = [Block(SALUTATION, 0, 2), Block(PARA, 2, 4), Block(PART, 4, 6), Block(PARA, 6, 8), Block(PARA, 8, 10),
              Block(HEADING, 10, 12, 0, 1), Block(CLOSING, 12, 14), Block(PARA, 14, 16)]
    assert [(unit[0].kind, len(unit)) for unit in BlockLexer(None).lex(blocks)] == [
        ("SALUTATION", 1), ("PARA", 1), ("PART", 3), ("HEADING", 1), ("CLOSING", 1), ("PARA", 1)]


def test_a_section_and_a_part_hold_their_opening_paragraphs_before_their_subsections() -> None:
    doc = speechparse.parse_text("附件1\n甲乙丙丁。\n一、总体要求\n子丑寅卯。\n(一)加强领导\n辰巳午未。\n")
    part = doc.body[0]
    assert part.TYPE == "part" and [node.TYPE for node in part.children] == ["paragraph", "section"]
    section = part.children[1]
    assert [node.TYPE for node in section.children] == ["paragraph", "section"]
    assert doc.text[slice(*section.children[0].span)] == "子丑寅卯。\n"


def test_a_run_of_paragraphs_becomes_one_paragraph_node_each() -> None:
    doc = speechparse.parse_text("甲乙丙丁。\n戊己庚辛。\n一、总体要求\n子丑寅卯。\n辰巳午未。\n")
    assert [node.TYPE for node in doc.body] == ["paragraph", "paragraph", "section"]
    assert [node.TYPE for node in doc.body[2].children] == ["paragraph", "paragraph"]


def test_leaf_sections_and_runs_of_paragraphs_become_nodes_in_document_order_where_they_stand() -> None:
    # both are tokens in their parent's rule (no rule of their own): the parent's callback makes their nodes
    doc = speechparse.parse_text("同志们:\n甲乙丙丁戊己庚辛。\n一、总体要求\n(一)加强领导\n子丑寅卯。\n(二)压实责任\n"
                                 "辰巳午未。\n谢谢大家!\n申酉戌亥。\n")
    assert [node.TYPE for node in doc.body] == ["salutation", "paragraph", "section", "closing", "paragraph"]
    section = doc.body[2]
    assert [(node.TYPE, node.marker) for node in section.children] == [("section", "(一)"), ("section", "(二)")]
    assert [doc.text[slice(*leaf.children[0].span)] for leaf in section.children] == ["子丑寅卯。\n", "辰巳午未。\n"]
    assert doc.text[slice(*doc.body[4].span)] == "申酉戌亥。\n"


def test_grammar_loads_from_the_source_tree_as_well(tmp_path: Path) -> None:
    # python -m speechparse run inside a checkout imports the source tree, where the
    # grammar sits in the top-level grammar/ folder rather than in speechparse.grammars
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", "import speechparse, sys; sys.stdout.write(speechparse.__file__)"],
        cwd=root, capture_output=True, text=True, check=True)
    assert result.stdout.startswith(str(root))
    result = subprocess.run([sys.executable, "-m", "speechparse", "parse", "--format", "outline",
                             str(root / "seeds" / "000_ad121b51ce1c70a2.txt")],
                            cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "第二, [2]" in result.stdout


#: run in a child with TMPDIR pointing at a folder of traps: parses a text and a file, and prints
#: every file opened inside that folder and every class a pickle asked for (Python's audit events)
_PARSE_UNDER_AUDIT = r"""
import json, os, sys, tempfile
folder = os.path.realpath(tempfile.gettempdir())
opened, unpickled = [], []

def audit(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)):
        name = os.fsdecode(args[0])
        if os.path.realpath(name).startswith(folder + os.sep):
            opened.append(name)
    elif event == "pickle.find_class":
        unpickled.append(f"{args[0]}.{args[1]}")

if sys.argv[1] == "force-cache":  # the control: a parser that does use Lark's cache
    import lark
    build = lark.Lark.__init__
    def with_cache(self, *args, **kwargs):
        kwargs["cache"] = True
        build(self, *args, **kwargs)
    lark.Lark.__init__ = with_cache
sys.addaudithook(audit)
import speechparse
speechparse.parse_text("一、总体要求\n（一）加强领导。\n")
speechparse.parse(sys.argv[2])
print(json.dumps({"opened": opened, "unpickled": unpickled}))
"""


def _parse_with_tmpdir(folder: Path, mode: str, document: Path) -> dict[str, list[str]]:
    import json
    import os

    result = subprocess.run([sys.executable, "-c", _PARSE_UNDER_AUDIT, mode, str(document)],
                            env={**os.environ, "TMPDIR": str(folder)}, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_a_parser_cache_planted_in_the_temp_folder_is_never_read(tmp_path: Path) -> None:
    import pickle

    document = tmp_path / "speech.txt"
    document.write_text("一、总体要求\n（二）狠抓落实。\n", encoding="utf-8")
    # where Lark would keep its cache: learnt from a parse that is made to use it
    probe = tmp_path / "probe"
    probe.mkdir()
    _parse_with_tmpdir(probe, "force-cache", document)
    names = sorted(path.name for path in probe.iterdir())
    assert names, "the probe should have shown where Lark writes its cache"
    # a trap at each of those names: unpickling it creates a file
    trapped = tmp_path / "trapped"
    trapped.mkdir()
    sprung = tmp_path / "sprung"

    class Trap:
        def __reduce__(self) -> tuple[object, tuple[str, str]]:
            return open, (str(sprung), "w")


    def plant() -> None:
        for name in names:
            (trapped / name).write_bytes(b"0" * 64 + b"\n" + pickle.dumps(Trap()))

    plant()
    control = _parse_with_tmpdir(trapped, "force-cache", document)
    assert sprung.exists() and control["unpickled"], "the control run, which reads the cache, springs the trap"
    sprung.unlink()
    plant()  # the control run wrote a good cache over the traps
    before = {path.name: path.read_bytes() for path in trapped.iterdir()}

    audited = _parse_with_tmpdir(trapped, "as-shipped", document)
    assert not sprung.exists()
    assert audited == {"opened": [], "unpickled": []}
    assert {path.name: path.read_bytes() for path in trapped.iterdir()} == before  # nothing written there either


def test_the_builder_lets_go_of_a_document_once_its_nodes_are_built() -> None:
    from speechparse.tree import model_parser

    document = speechparse.parse_text("关于某项工作的通知\n一、总体要求\n要认真落实。一是加强领导;二是明确责任。\n")
    assert document.body
    _, builder = model_parser()
    assert builder.text == "" and builder.folded == "" and not builder.markers and not builder.blocks
    assert builder.points.within(0, 10**6) == () and builder.strings == {}
