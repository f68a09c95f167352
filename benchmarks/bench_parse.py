"""Parse throughput, next to the ceiling of a single regex pass, and start-up time.

    python benchmarks/bench_parse.py [--repeat N] [--corpus DIR]

Rows: the dev corpus (when ../shared is beside the checkout) and the seed
repeated ×1, ×10, ×100 and ×1000. For each, the parse throughput in MB of UTF-8
per second and, in the same run over the same text, one pass of one compiled
``regex`` that finds every sentence end and line break: the least any parser of
this text must do, so its speed is the ceiling. Then the outputs for retrieval
pipelines over the parsed documents, each as a share of the parse time of the
same text: Markdown out (``to_markdown``), chunks (``chunks()``, 1,000
characters), and parsing that Markdown again as Markdown in. Then the wall time
of ``speechparse parse`` on the seed as a fresh process (interpreter start,
imports, grammar built in memory, parse, output).

This is a script, not a test: timings depend on the machine, so they are
reported, never asserted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import regex

import speechparse

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ad121b51ce1c70a2.txt"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
#: the ceiling: one pass of one compiled regex over the text
SENTENCE_ENDS = regex.compile(r"[。！？；!?;\n]")


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """Fastest of ``repeat`` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def regex_pass(texts: list[str]) -> None:
    for text in texts:
        for _ in SENTENCE_ENDS.finditer(text):
            pass


def parse_all(texts: list[str]) -> None:
    for text in texts:
        speechparse.parse_text(text)


def row(name: str, texts: list[str], repeat: int) -> tuple[str, float, float, float, float]:
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    parse_seconds = best_of(repeat, lambda: parse_all(texts))
    regex_seconds = best_of(repeat, lambda: regex_pass(texts))
    return name, megabytes, parse_seconds, megabytes / parse_seconds, megabytes / regex_seconds


def output_row(name: str, texts: list[str], repeat: int) -> tuple[str, float, float, float, float, float]:
    """Parse, Markdown out, chunks and Markdown in over the same texts: (name, MB, parse s, and the
    seconds of each output)."""
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    documents = [speechparse.parse_text(text) for text in texts]
    markdowns = [document.to_markdown() for document in documents]
    parse_seconds = best_of(repeat, lambda: parse_all(texts))
    markdown_seconds = best_of(repeat, lambda: [document.to_markdown() for document in documents])
    with warnings.catch_warnings():  # a sentence longer than a chunk is said, not timed
        warnings.simplefilter("ignore", speechparse.ChunkSizeWarning)
        chunk_seconds = best_of(repeat, lambda: [document.chunks() for document in documents])
    markdown_in_seconds = best_of(
        repeat, lambda: [speechparse.parse_text(markdown, markdown=True) for markdown in markdowns])
    return name, megabytes, parse_seconds, markdown_seconds, chunk_seconds, markdown_in_seconds


def fresh_process_seconds(runs: int) -> float:
    """Median wall time of ``python -m speechparse parse`` on the seed in a new process."""
    command = [sys.executable, "-m", "speechparse", "parse", "--format", "outline", str(SEED)]
    subprocess.run(command, check=True, capture_output=True)  # let Lark write its cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per row; the fastest counts (default 3)")
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="folder of .txt documents")
    args = parser.parse_args()

    seed = SEED.read_text(encoding="utf-8")
    speechparse.parse_text(seed)  # build the parser once, outside the timings
    rows = []
    if args.corpus.is_dir():
        corpus = [path.read_text(encoding="utf-8") for path in sorted(args.corpus.glob("*.txt"))]
        rows.append(row(f"dev corpus ({len(corpus)} docs)", corpus, args.repeat))
    for times in (1, 10, 100, 1000):
        rows.append(row(f"seed ×{times}", [seed * times], 1 if times == 1000 else args.repeat))

    print("| input | MB | parse s | parse MB/s | regex pass MB/s | parse / regex |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, megabytes, seconds, parse_rate, regex_rate in rows:
        print(f"| {name} | {megabytes:.3f} | {seconds:.4f} | {parse_rate:.2f} | {regex_rate:.1f} | "
              f"{parse_rate / regex_rate:.1%} |")
    outputs = []
    if args.corpus.is_dir():
        outputs.append(output_row(f"dev corpus ({len(corpus)} docs)", corpus, args.repeat))
    outputs.append(output_row("seed ×100", [seed * 100], args.repeat))
    print("\n| input | MB | parse s | to_markdown s (× parse) | chunks s (× parse) | its Markdown parsed s (× parse) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, megabytes, parse_seconds, markdown_seconds, chunk_seconds, markdown_in_seconds in outputs:
        print(f"| {name} | {megabytes:.3f} | {parse_seconds:.4f} | "
              f"{markdown_seconds:.4f} ({markdown_seconds / parse_seconds:.2f}) | "
              f"{chunk_seconds:.4f} ({chunk_seconds / parse_seconds:.2f}) | "
              f"{markdown_in_seconds:.4f} ({markdown_in_seconds / parse_seconds:.2f}) |")
    seed_rows = [r for r in rows if r[0].startswith("seed ×") and r[0] != "seed ×1"]
    per_mb = [seconds / megabytes for _, megabytes, seconds, _, _ in seed_rows]
    print(f"\nseconds per MB from ×10 to ×1000: {', '.join(f'{v:.3f}' for v in per_mb)} "
          f"(largest / smallest = {max(per_mb) / min(per_mb):.2f}; 1.00 is perfectly linear)")
    print(f"fresh process `python -m speechparse parse --format outline` on the seed: "
          f"{fresh_process_seconds(5):.3f} s (median of 5)")


if __name__ == "__main__":
    main()
