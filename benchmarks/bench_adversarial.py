"""Inputs built to hurt: time per MB and peak memory against the seed's.

    python benchmarks/bench_adversarial.py [--megabytes 10]

Each input is parsed in a fresh process (so one input's memory does not hide
another's): once timed, once with ``tracemalloc`` measuring the peak of what
parsing allocates (the input string, read before tracing starts, is not counted;
an input that parsing never copies shows almost nothing).
Reported per input: size, seconds, seconds per MB against the seed repeated to
the same size (its fastest of three runs; the bound is 3×), peak memory against the input's size (the
bound is 20×), and the outcome: the number of nodes of the tree, or the error
that refused the input (a text denser in structure than
:mod:`speechparse.limits` allows is refused before the stages that cost per node).
Every input made of structure comes twice: as built, and padded with plain
words to the densest structure the limit accepts, which is the most expensive
input that is still parsed. A script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import regex

from speechparse.lex.lines import count_lines_with_text
from speechparse.lex.markers import lex_markers
from speechparse.limits import BYTES_PER_UNIT, utf8_size
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
    "a line of spaces": " ",
    "blank lines": "\n",
    "jammer-like ASCII tokens": "a! ",
    "page-chunk markers": "内容内容内容\n2、",
}
#: inputs made of structure, also measured padded to the densest structure accepted
STRUCTURED = ("markers after sentence ends (一是x。)", "deep nesting, every scheme", "short lines",
              "page-chunk markers")
#: plain words, no numeral, no marker: the padding
FILLER = "工作落实"
#: where padding goes: before each line end and sentence end, so markers keep their place
_PAD_AT = regex.compile(r"(?=[\n。])")


def units(text: str) -> int:
    """Structure units as speechparse.limits counts them (lines with text + marker candidates)."""
    folded = fold(text)
    return count_lines_with_text(folded) + len(lex_markers(folded))


def units_per_repeat(piece: str) -> int:
    """Units one more copy of ``piece`` adds to a run of copies (a lone copy has edge effects)."""
    return units(piece * 3) - units(piece * 2)


def pad_to_limit(piece: str) -> str:
    """``piece`` with filler words before its line and sentence ends, to one unit per BYTES_PER_UNIT bytes."""
    need = -(-(units_per_repeat(piece) * BYTES_PER_UNIT - utf8_size(piece)) // len(FILLER[0].encode("utf-8")))
    gaps = len(_PAD_AT.findall(piece)) or 1
    per_gap = -(-max(0, need) // gaps)  # ceiling: a little sparser than the limit, never denser
    filler = (FILLER * (per_gap // len(FILLER) + 1))[:per_gap]
    padded = _PAD_AT.sub(filler, piece)
    assert units_per_repeat(padded) == units_per_repeat(piece), "padding must not add or remove structure"
    return padded


CHILD = r"""
import sys, time, tracemalloc, json
import speechparse
from speechparse.tree import model_parser
model_parser()
text = open(sys.argv[1], encoding="utf-8").read()

def run():
    try:
        return sum(1 for _ in speechparse.parse_text(text).walk())
    except speechparse.ParseError as exc:
        return type(exc).__name__

start = time.perf_counter()
outcome = run()
seconds = time.perf_counter() - start  # timed without tracing, which slows allocation-heavy code
tracemalloc.start()
run()
_, peak = tracemalloc.get_traced_memory()
print(json.dumps({"seconds": seconds, "peak": peak, "outcome": outcome}))
"""


def measure(path: Path) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=1.0, help="size of each input (default 1)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/speechparse-adversarial"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    target = int(args.megabytes * 1e6)

    def build(name: str, piece: str) -> Path:
        unit = len(piece.encode("utf-8"))
        text = piece * max(1, target // unit)
        path = args.work / f"{abs(hash(name))}.txt"
        path.write_text(text, encoding="utf-8")
        return path

    seed_path = build("seed", SEED.read_text(encoding="utf-8"))
    # the fastest of three runs: a slow run of the seed would make every ratio look better
    seed = min((measure(seed_path) for _ in range(3)), key=lambda result: result["seconds"])
    seed_rate = seed["seconds"] / (seed_path.stat().st_size / 1e6)
    print(f"seed repeated to {seed_path.stat().st_size / 1e6:.1f} MB: {seed['seconds']:.2f} s, "
          f"{seed_rate:.2f} s/MB, peak {seed['peak'] / 1e6:.0f} MB\n")
    print("| input | MB | seconds | s/MB vs seed | peak MB | peak / input | outcome |")
    print("|---|---:|---:|---:|---:|---:|---|")
    inputs = list(PIECES.items()) + [(f"{name}, padded to the limit", pad_to_limit(PIECES[name]))
                                     for name in STRUCTURED]
    for name, piece in inputs:
        path = build(name, piece)
        megabytes = path.stat().st_size / 1e6
        result = measure(path)
        rate = result["seconds"] / megabytes
        outcome = result["outcome"]
        shown = f"{outcome} nodes" if isinstance(outcome, int) else f"refused: {outcome}"
        print(f"| {name} | {megabytes:.1f} | {result['seconds']:.2f} | {rate / seed_rate:.2f}× | "
              f"{result['peak'] / 1e6:.0f} | {result['peak'] / (megabytes * 1e6):.1f}× | {shown} |", flush=True)


if __name__ == "__main__":
    main()
