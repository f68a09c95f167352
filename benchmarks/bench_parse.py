"""Parse throughput next to its ceiling and its floor, against a reference checkout, in one run.

    python benchmarks/bench_parse.py [--reference DIR] [--rounds N] [--repeat N] [--corpus DIR]

Rows: the dev corpus (when ../shared is beside the checkout) and the seed
repeated ×1, ×10, ×100 and ×1000. For each, in MB of UTF-8 per second:

* speechparse (``parse_text``) of this checkout, and of ``--reference`` (another
  checkout of speechparse, e.g. ``git worktree add /tmp/ref <commit>``) when given;
* one pass of one compiled ``regex`` that finds every sentence end and line
  break: the least any parser of this text must do, the ceiling;
* the naive script people write instead (``benchmarks/naive_baseline.py``:
  lines, four heading patterns, a blank regex), the floor of what a parse does.

Each checkout is measured in its own process (two versions of one package
cannot share one), the processes taking turns for ``--rounds`` rounds so a
noisy machine slows both alike; each row keeps its fastest run. Then, from the
same processes: the share of parse time each stage takes on the dev corpus,
JSON output time, seconds per MB from ×10 to ×1000 (linearity), and the time of
``import speechparse`` in a fresh process (bytecode caches written, as after
``pip install``). Then the outputs for retrieval pipelines as a share of the
parse time. A script, not a test: timings depend on the machine.

A checkout is measured as it stands: pure Python, or with the modules ``make compiled``
built in place (the optional mypyc build, see setup.py); the report says which.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ad121b51ce1c70a2.txt"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
#: the ceiling: one pass of one compiled regex over the text
SENTENCE_ENDS = r"[。！？；!?;\n]"
SEED_TIMES = (1, 10, 100, 1000)
#: the stages timed for their share, by their name in speechparse.pipeline (those a checkout has)
STAGES = ("clean", "lex_markers", "find_placeholders", "infer_levels", "find_points", "find_front_matter",
          "find_back_matter", "cut_blocks", "build_model")


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """Fastest of ``repeat`` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def inputs(corpus: Path) -> list[tuple[str, list[str]]]:
    seed = SEED.read_text(encoding="utf-8")
    rows = []
    if corpus.is_dir():
        documents = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
        rows.append((f"dev corpus ({len(documents)} docs)", documents))
    rows.extend((f"seed ×{times}", [seed * times]) for times in SEED_TIMES)
    return rows


# ---------------------------------------------------------------- one checkout, in its own process

def _import_checkout(checkout: Path) -> Any:
    """speechparse from ``checkout``, not from an installed or editable copy."""
    sys.meta_path[:] = [finder for finder in sys.meta_path if "editable" not in type(finder).__module__.lower()
                        and "editable" not in getattr(finder, "__name__", "").lower()]
    sys.path.insert(0, str(checkout))
    import speechparse

    assert Path(speechparse.__file__).resolve().is_relative_to(checkout.resolve()), speechparse.__file__
    return speechparse


def measure_checkout(checkout: Path, corpus: Path, repeat: int) -> dict[str, Any]:
    """Seconds of parse (and for the dev corpus, of each stage and of JSON) per row of :func:`inputs`."""
    speechparse = _import_checkout(checkout)
    import speechparse.pipeline as pipeline

    speechparse.parse_text(SEED.read_text(encoding="utf-8"))  # build the parser and compile the patterns
    results: dict[str, Any] = {"rows": {}, "stages": {}}
    for name, texts in inputs(corpus):
        runs = 1 if name.endswith("×1000") else repeat
        results["rows"][name] = best_of(runs, lambda texts=texts: [speechparse.parse_text(t, max_units=10**9)
                                                                  for t in texts])
    name, texts = inputs(corpus)[0]
    spent: dict[str, float] = {}
    for stage in STAGES:
        if hasattr(pipeline, stage):
            setattr(pipeline, stage, _timed(getattr(pipeline, stage), stage, spent))
    start = time.perf_counter()
    documents = [speechparse.parse_text(text, max_units=10**9) for text in texts]
    total = time.perf_counter() - start
    results["stages"] = {stage: seconds / total for stage, seconds in spent.items()}
    # the optional compiled build (make compiled): its modules are extension files
    results["compiled"] = sorted(name for name, module in sys.modules.items()
                                 if name.startswith("speechparse.")
                                 and str(getattr(module, "__file__", "")).endswith(tuple(EXTENSION_SUFFIXES)))
    results["json"] = best_of(repeat, lambda: [document.to_json() for document in documents])
    results["stages_of"] = name
    return results


def _timed(function: Callable[..., Any], name: str, spent: dict[str, float]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
    return timed


def run_child(checkout: Path, corpus: Path, repeat: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", str(checkout), "--corpus", str(corpus), "--repeat", str(repeat)]
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def import_seconds(checkout: Path, runs: int) -> float:
    """Median seconds of ``import speechparse`` from ``checkout`` in a fresh process, bytecode caches written."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    code = (f"import sys, time; sys.path.insert(0, {str(checkout)!r}); "
            f"sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in type(f).__module__.lower() "
            f"and 'editable' not in getattr(f, '__name__', '').lower()]; "
            f"start = time.perf_counter(); import speechparse; print(time.perf_counter() - start)")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=environment)  # write caches
    times = [float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                                  env=environment).stdout) for _ in range(runs)]
    return statistics.median(times)


# ---------------------------------------------------------------- the ceiling and the floor, in this process

def ceiling_and_floor(corpus: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """Seconds of the regex pass and of the naive script, per row."""
    import regex

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from naive_baseline import naive_parse

    pattern = regex.compile(SENTENCE_ENDS)

    def regex_pass(texts: list[str]) -> None:
        for text in texts:
            for _ in pattern.finditer(text):
                pass

    return {name: (best_of(repeat, lambda texts=texts: regex_pass(texts)),
                   best_of(repeat, lambda texts=texts: [naive_parse(text) for text in texts]))
            for name, texts in inputs(corpus)}


def output_rows(corpus: Path, repeat: int) -> list[tuple[str, float, float, float, float, float]]:
    """Parse, Markdown out, chunks and Markdown in over the same texts, in this process (this checkout)."""
    speechparse = _import_checkout(ROOT)
    rows = []
    for name, texts in inputs(corpus):
        if not (name.startswith("dev") or name == "seed ×100"):
            continue
        megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        documents = [speechparse.parse_text(text) for text in texts]
        markdowns = [document.to_markdown() for document in documents]
        parse_seconds = best_of(repeat, lambda texts=texts: [speechparse.parse_text(text) for text in texts])
        markdown_seconds = best_of(repeat, lambda documents=documents: [d.to_markdown() for d in documents])
        with warnings.catch_warnings():  # a sentence longer than a chunk is said, not timed
            warnings.simplefilter("ignore", speechparse.ChunkSizeWarning)
            chunk_seconds = best_of(repeat, lambda documents=documents: [d.chunks() for d in documents])
        markdown_in_seconds = best_of(
            repeat, lambda markdowns=markdowns: [speechparse.parse_text(m, markdown=True) for m in markdowns])
        rows.append((name, megabytes, parse_seconds, markdown_seconds, chunk_seconds, markdown_in_seconds))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", type=Path, help="another checkout of speechparse to measure in the same run")
    parser.add_argument("--rounds", type=int, default=3, help="turns each checkout's process takes (default 3)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per row in a turn; the fastest counts")
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="folder of .txt documents")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure_checkout(args.child, args.corpus, args.repeat)))
        return

    checkouts = {"this checkout": ROOT} | ({"reference": args.reference} if args.reference else {})
    best: dict[str, dict[str, Any]] = {}
    for _ in range(args.rounds):  # the checkouts take turns: a noisy moment slows both
        for label, checkout in checkouts.items():
            result = run_child(checkout, args.corpus, args.repeat)
            if label not in best:
                best[label] = result
            else:
                best[label]["rows"] = {name: min(seconds, best[label]["rows"][name])
                                       for name, seconds in result["rows"].items()}
                best[label]["json"] = min(best[label]["json"], result["json"])
    bounds = ceiling_and_floor(args.corpus, args.repeat)
    sizes = {name: sum(len(text.encode("utf-8")) for text in texts) / 1e6 for name, texts in inputs(args.corpus)}

    reference = "reference" in best
    print("| input | MB | speechparse MB/s" + (" | reference MB/s | × reference" if reference else "")
          + " | naive script MB/s | regex pass MB/s | speechparse / regex pass |")
    print("|---|---:|---:" + ("|---:|---:" if reference else "") + "|---:|---:|---:|")
    for name, megabytes in sizes.items():
        rate = megabytes / best["this checkout"]["rows"][name]
        regex_seconds, naive_seconds = bounds[name]
        cells = [name, f"{megabytes:.3f}", f"{rate:.2f}"]
        if reference:
            reference_rate = megabytes / best["reference"]["rows"][name]
            cells += [f"{reference_rate:.2f}", f"{rate / reference_rate:.2f}"]
        cells += [f"{megabytes / naive_seconds:.1f}", f"{megabytes / regex_seconds:.1f}",
                  f"{rate / (megabytes / regex_seconds):.1%}"]
        print("| " + " | ".join(cells) + " |")

    for label, result in best.items():
        compiled = result.get("compiled", [])
        print(f"\n{label}: " + (f"{len(compiled)} modules compiled by mypyc (make compiled)" if compiled
                                 else "pure Python"))
        per_mb = [result["rows"][f"seed ×{times}"] / sizes[f"seed ×{times}"] for times in SEED_TIMES[1:]]
        shares = ", ".join(f"{stage} {share:.0%}" for stage, share in
                           sorted(result["stages"].items(), key=lambda item: -item[1]))
        print(f"{label}: seconds per MB from ×10 to ×1000: {', '.join(f'{value:.3f}' for value in per_mb)} "
              f"(largest / smallest {max(per_mb) / min(per_mb):.2f}; 1.00 is linear)")
        print(f"{label}: stage shares of parse time on the {result['stages_of']}: "
              + ("not measured (compiled stages call each other directly, past the timers)" if compiled
                 else shares))
        print(f"{label}: to_json of the {result['stages_of']}: {result['json']:.4f} s")
        print(f"{label}: import speechparse in a fresh process: {import_seconds(checkouts[label], 5):.3f} s "
              f"(median of 5)")

    print("\n| input | MB | parse s | to_markdown s (× parse) | chunks s (× parse) | its Markdown parsed s (× parse) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, megabytes, parse_seconds, markdown_seconds, chunk_seconds, markdown_in_seconds in output_rows(
            args.corpus, args.repeat):
        print(f"| {name} | {megabytes:.3f} | {parse_seconds:.4f} | "
              f"{markdown_seconds:.4f} ({markdown_seconds / parse_seconds:.2f}) | "
              f"{chunk_seconds:.4f} ({chunk_seconds / parse_seconds:.2f}) | "
              f"{markdown_in_seconds:.4f} ({markdown_in_seconds / parse_seconds:.2f}) |")


if __name__ == "__main__":
    main()
