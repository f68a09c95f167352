"""Inputs built to hurt: time per MB and peak memory against the seed's.

    python benchmarks/bench_adversarial.py [--megabytes 10]

Each input is parsed in a fresh process (so one input's memory does not hide
another's): once timed, once with ``tracemalloc`` measuring the peak of what
parsing allocates (the input string, read before tracing starts, is not counted;
an input that parsing never copies shows almost nothing).
Reported per input: size, seconds, seconds per MB against the seed repeated to
the same size (the bound is 3×), and peak memory against the input's size (the
bound is 20×). A script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

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
    "long run of X": "X",
    "long run of ×": "×",
    "a line of punctuation (。)": "。",
    "a line of punctuation (，)": "，",
    "a line of spaces": " ",
    "jammer-like ASCII tokens": "a! ",
    "page-chunk markers": "内容内容内容\n2、",
}

CHILD = r"""
import sys, time, tracemalloc, json
import speechparse
from speechparse.grammar import get_parser
get_parser()
text = open(sys.argv[1], encoding="utf-8").read()
start = time.perf_counter()
doc = speechparse.parse_text(text)
seconds = time.perf_counter() - start  # timed without tracing, which slows allocation-heavy code
nodes = sum(1 for _ in doc.walk())
del doc
tracemalloc.start()
speechparse.parse_text(text)
_, peak = tracemalloc.get_traced_memory()
print(json.dumps({"seconds": seconds, "peak": peak, "nodes": nodes}))
"""


def measure(path: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    data: dict[str, float] = json.loads(result.stdout)
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
    seed = measure(seed_path)
    seed_rate = seed["seconds"] / (seed_path.stat().st_size / 1e6)
    print(f"seed repeated to {seed_path.stat().st_size / 1e6:.1f} MB: {seed['seconds']:.2f} s, "
          f"{seed_rate:.2f} s/MB, peak {seed['peak'] / 1e6:.0f} MB\n")
    print("| input | MB | seconds | s/MB vs seed | peak MB | peak / input | nodes |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, piece in PIECES.items():
        path = build(name, piece)
        megabytes = path.stat().st_size / 1e6
        result = measure(path)
        rate = result["seconds"] / megabytes
        print(f"| {name} | {megabytes:.1f} | {result['seconds']:.2f} | {rate / seed_rate:.2f}× | "
              f"{result['peak'] / 1e6:.0f} | {result['peak'] / (megabytes * 1e6):.1f}× | {int(result['nodes'])} |",
              flush=True)


if __name__ == "__main__":
    main()
