"""Inputs built to hurt: time per MB and peak memory against the seed's.

    python benchmarks/bench_adversarial.py [--megabytes 10]

Each input is parsed in a fresh process (so one input's memory does not hide
another's): once timed, once with ``tracemalloc`` measuring the peak of what
parsing allocates, and the peak of parsing and then writing the JSON
(``to_json``) with the document still held. A text's string, read before
tracing starts, is not counted; a Word file is parsed from its path, reading
included. Reported per input: size, seconds, seconds per MB against the seed
repeated to the same size (its fastest of three runs; the bound is 3×), peak
memory against the input's size, for the parse and for parse and JSON together
(the bound is 20×), and the outcome: the number of nodes of the tree, or the
error that refused the input (a text denser in structure than
:mod:`speechparse.limits` allows is refused before the stages that cost per node).
Every text made of structure comes twice: as built, and padded with plain
words to the densest structure the limit accepts, which is the most expensive
input that is still parsed. The size of a Word file is what its parts unpack
to, the bytes the reader reads (``max_bytes`` bounds that too); the file's own
size is in its name. The hostile Word files are stored, not compressed, so the
archive's compression check (a zip bomb) lets them through to the reader.
A script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex
from word_files import NUMBERING, STYLES, W, speech_document, word_file

from speechparse.lex.lines import count_lines_with_text
from speechparse.lex.markers import lex_markers
from speechparse.limits import BYTES_PER_UNIT, utf8_size
from speechparse.placeholders import find_placeholders
from speechparse.widths import fold

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ad121b51ce1c70a2.txt"

#: text → repeated to the wanted size
PIECES: dict[str, str] = {
    "no line break (seed text, flattened)": SEED.read_text(encoding="utf-8").replace("\n", ""),
    "100,000 一是 in a row": "一是",
    "100,000 第一 in a row": "第一",
    "100,000 （一） in a row": "（一）",
    "markers after sentence ends (一是x。)": "一是落实。",
    "deep nesting, every scheme": (
        "第一部分总体\n第一章总则\n一、目标\n（一）任务\n1.措施\n（1）要求\n①内容\n⑴细则\n一是做法。\n"),
    "short lines": "做好工作。\n",
    "short ASCII lines": "ab\n",
    "spaced-out characters (做 好 …)": "做 好 ",
    "long run of X": "X",
    "long run of ×": "×",
    "a line of punctuation (。)": "。",
    "a line of punctuation (，)": "，",
    "a line of spaces (after one word)": " ",
    "blank lines (after one word)": "\n",
    "jammer-like ASCII tokens": "a! ",
    "page-chunk markers": "内容内容内容\n2、",
    "a long run of Arabic digits": "1234567890",
    "Arabic digits, a line each": "2024\n",
    "blanks in a list (X、)": "X、",
    # (a section marker after a bracket's close on one long line: each is asked whether a quotation holds it, and
    # whether a speaker's tag opens its line)
    "markers after brackets, one line ((男)…(一)…)": "(男)甲甲(一)乙。",
}
#: what goes before a piece's copies: a text of nothing but spaces or line breaks is refused at once as empty
LEADS: dict[str, str] = {"a line of spaces (after one word)": "工作", "blank lines (after one word)": "工作"}
#: inputs made of structure, also measured padded to the densest structure accepted
STRUCTURED = ("markers after sentence ends (一是x。)", "deep nesting, every scheme", "short lines",
              "page-chunk markers", "blanks in a list (X、)", "markers after brackets, one line ((男)…(一)…)")
#: a site's file-name line, then this line over and over: every line a lone first page chunk
CHUNK_RUN_HEADER = "关于做好当前重点工作的讲话稿.docx\n"
CHUNK_RUN_LINE = "1、各级各部门要切实提高政治站位把思想和行动统一到决策部署上来压实工作责任确保落实\n"
#: plain words, no numeral, no marker: the padding
FILLER = "工作落实"
#: where padding goes: before each line end and sentence end, so markers keep their place
_PAD_AT = regex.compile(r"(?=[\n。])")


def units(text: str) -> int:
    """Structure units as speechparse.limits counts them (lines with text, marker candidates, placeholders)."""
    folded = fold(text)
    return count_lines_with_text(folded) + len(lex_markers(folded)) + len(find_placeholders(text, folded))


def units_per_repeat(piece: str) -> int:
    """Units one more copy of ``piece`` adds to a run of copies (a lone copy has edge effects)."""
    return units(piece * 3) - units(piece * 2)


def pad_to_limit(piece: str) -> str:
    """``piece`` with filler words before its line and sentence ends (else at its end), to one unit per
    BYTES_PER_UNIT bytes."""
    need = -(-(units_per_repeat(piece) * BYTES_PER_UNIT - utf8_size(piece)) // len(FILLER[0].encode("utf-8")))
    gaps = len(_PAD_AT.findall(piece))
    per_gap = -(-max(0, need) // max(1, gaps))  # ceiling: a little sparser than the limit, never denser
    filler = (FILLER * (per_gap // len(FILLER) + 1))[:per_gap]
    padded = _PAD_AT.sub(filler, piece) if gaps else piece + filler
    assert units_per_repeat(padded) == units_per_repeat(piece), "padding must not add or remove structure"
    return padded


CHILD = r"""
import sys, time, tracemalloc, json
import speechparse
# build the parser and compile the patterns (on first use) outside the timing: a process pays it once
speechparse.parse_text(open(sys.argv[2], encoding="utf-8").read()).to_json()
path = sys.argv[1]
text = open(path, encoding="utf-8").read() if path.endswith(".txt") else None

def parse():
    return speechparse.parse_text(text) if text is not None else speechparse.parse(path)

def run(with_json=False):
    try:
        document = parse()
    except speechparse.ParseError as exc:
        return type(exc).__name__
    if with_json:
        document.to_json()
    return sum(1 for _ in document.walk())

start = time.perf_counter()
outcome = run()
seconds = time.perf_counter() - start  # timed without tracing, which slows allocation-heavy code
tracemalloc.start()
run()
_, peak = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
run(with_json=True)
_, peak_json = tracemalloc.get_traced_memory()
print(json.dumps({"seconds": seconds, "peak": peak, "peak_json": peak_json, "outcome": outcome}))
"""


def unpacked_size(path: Path) -> int:
    """The bytes a Word file's parts unpack to (what the reader reads)."""
    with zipfile.ZipFile(path) as archive:
        return sum(entry.file_size for entry in archive.infolist())


def _paragraphs_to(target: int, paragraph: str, wrapper: int = 400) -> str:
    return paragraph * max(1, (target - wrapper) // len(paragraph.encode("utf-8")))


def _numbered_list(fmt: str, text: str, start: str) -> str:
    return (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
            f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


_NUMBERED = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
             '<w:r><w:t>各级各部门要切实提高政治站位，确保各项任务落到实处。</w:t></w:r></w:p>')
_CYCLE = STYLES.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/>'
                        '<w:basedOn w:val="B"/></w:style><w:style w:type="paragraph" w:styleId="B">'
                        '<w:name w:val="B"/><w:basedOn w:val="A"/></w:style></w:styles>')

#: name → how to build a Word file of about ``target`` unpacked bytes
WORD_FILES: dict[str, Callable[[int], bytes]] = {
    "Word: a speech (reference)": lambda target: speech_document(max(10, target // 730)),
    "Word: empty paragraphs": lambda target: word_file(_paragraphs_to(target, "<w:p/>"),
                                                       compression=zipfile.ZIP_STORED),
    "Word: empty runs in one paragraph": lambda target: word_file(
        "<w:p>" + _paragraphs_to(target, "<w:r/>") + "</w:p>", compression=zipfile.ZIP_STORED),
    "Word: empty table cells": lambda target: word_file(
        "<w:tbl><w:tr>" + _paragraphs_to(target, "<w:tc/>") + "</w:tr></w:tbl>", compression=zipfile.ZIP_STORED),
    "Word: a basedOn cycle, every paragraph in it": lambda target: word_file(
        _paragraphs_to(target, '<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>各级各部门要切实提高政治站位，'
                               '确保各项任务落到实处。</w:t></w:r></w:p>'), styles=_CYCLE,
        compression=zipfile.ZIP_STORED),
    "Word: letters numbered from 10¹¹": lambda target: word_file(
        _paragraphs_to(target, _NUMBERED), numbering=_numbered_list("upperLetter", "%1.", "100000000000"),
        compression=zipfile.ZIP_STORED),
    "Word: lvlText of %1 × 20,000": lambda target: word_file(
        _paragraphs_to(target, _NUMBERED), numbering=_numbered_list("decimal", "%1" * 20_000, "1"),
        compression=zipfile.ZIP_STORED),
    "Word: Roman numerals from 10¹⁰": lambda target: word_file(
        _paragraphs_to(target, _NUMBERED), numbering=_numbered_list("upperRoman", "%1.", "10000000000"),
        compression=zipfile.ZIP_STORED),
}
assert NUMBERING  # the speech's own numbering part, used by speech_document

#: name → how to build a web page of about ``target`` bytes
WEB_PAGES: dict[str, Callable[[int], str]] = {
    "web page: the seed, a paragraph a line (reference)": lambda target: _page(
        "".join(f"<p>{line}</p>" for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()),
        target),
    "web page: tables, a row each": lambda target: _page(
        "<table><tr><td>第1项</td><td>各级各部门要切实提高政治站位</td></tr></table>", target),
    "web page: tables, a row each, padded to the limit": lambda target: _page(
        "<table><tr><td>第1项</td><td>各级各部门要切实提高政治站位" + FILLER * 13 + "</td></tr></table>", target),
    "web page: empty paragraphs": lambda target: _page("<p></p>", target),
}


def _page(piece: str, target: int) -> str:
    body = piece * max(1, target // len(piece.encode("utf-8")))
    return f"<!DOCTYPE html><html><head><title>关于做好工作的通知</title></head><body>{body}</body></html>"


def measure(path: Path) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(SEED)], capture_output=True, text=True,
                            timeout=3600)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=1.0, help="size of each input (default 1)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/speechparse-adversarial"))
    parser.add_argument("--only", default="", help="measure only the inputs whose name holds this")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    target = int(args.megabytes * 1e6)

    def build(name: str, piece: str, prefix: str = "") -> Path:
        unit = len(piece.encode("utf-8"))
        text = prefix + piece * max(1, (target - len(prefix.encode("utf-8"))) // unit)
        path = args.work / f"{abs(hash(name))}.txt"
        path.write_text(text, encoding="utf-8")
        return path

    seed_path = build("seed", SEED.read_text(encoding="utf-8"))
    # the fastest of three runs: a slow run of the seed would make every ratio look better
    seed = min((measure(seed_path) for _ in range(3)), key=lambda result: result["seconds"])
    seed_rate = seed["seconds"] / (seed_path.stat().st_size / 1e6)
    print(f"seed repeated to {seed_path.stat().st_size / 1e6:.1f} MB: {seed['seconds']:.2f} s, "
          f"{seed_rate:.2f} s/MB, peak {seed['peak'] / 1e6:.0f} MB, with JSON {seed['peak_json'] / 1e6:.0f} MB\n")
    print("| input | MB | seconds | s/MB vs seed | peak / input | with JSON | outcome |")
    print("|---|---:|---:|---:|---:|---:|---|")
    texts = list(PIECES.items()) + [(f"{name}, padded to the limit", pad_to_limit(PIECES[name]))
                                    for name in STRUCTURED]
    inputs: list[tuple[str, Callable[[], tuple[Path, int]]]] = []
    for name, piece in texts:
        inputs.append((name, lambda name=name, piece=piece: _sized(build(name, piece, LEADS.get(name, "")))))
    inputs.append(("a file-name line, then lines opening with 1、 (page chunks?)",
                   lambda: _sized(build("chunk run", CHUNK_RUN_LINE, CHUNK_RUN_HEADER))))
    for name, page in WEB_PAGES.items():
        inputs.append((name, lambda name=name, page=page: _web(args.work / f"{abs(hash(name))}.html",
                                                                page(target))))
    for name, make in WORD_FILES.items():
        inputs.append((name, lambda name=name, make=make: _word(args.work / f"{abs(hash(name))}.docx",
                                                                make(target))))
    for name, made in inputs:
        if args.only not in name:
            continue
        path, size = made()
        megabytes = size / 1e6
        result = measure(path)
        rate = result["seconds"] / megabytes
        outcome = result["outcome"]
        shown = f"{outcome} nodes" if isinstance(outcome, int) else f"refused: {outcome}"
        if path.suffix == ".docx":
            name = f"{name} ({path.stat().st_size / 1e3:,.0f} KB file)"
        print(f"| {name} | {megabytes:.1f} | {result['seconds']:.2f} | {rate / seed_rate:.2f}× | "
              f"{result['peak'] / size:.1f}× | {result['peak_json'] / size:.1f}× | {shown} |", flush=True)


def _sized(path: Path) -> tuple[Path, int]:
    return path, path.stat().st_size


def _web(path: Path, markup: str) -> tuple[Path, int]:
    path.write_text(markup, encoding="utf-8")
    return path, path.stat().st_size


def _word(path: Path, data: bytes) -> tuple[Path, int]:
    path.write_bytes(data)
    return path, unpacked_size(path)


if __name__ == "__main__":
    main()
