"""Batch throughput: one process, all cores, and a two-worker Dask LocalCluster, in one run.

    python benchmarks/bench_batch.py [--documents 2000] [--corpus DIR]

The dev corpus (``../shared/corpus/dev``, else the seed) is copied over and over
into a temporary folder until it holds ``--documents`` files; each engine then
parses all of them, the way ``speechparse batch`` does (records made and
returned, not written). Reported: documents per second, MB per second, peak
memory of a worker, and Dask's overhead against the local pool. A script, not a
test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from speechparse.batch import run_local

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SEED = ROOT / "seeds" / "000_ad121b51ce1c70a2.txt"


def build_corpus(source: Path, documents: int, folder: Path) -> list[str]:
    originals = sorted(source.glob("*.txt")) if source.is_dir() else [SEED]
    paths = []
    for index in range(documents):
        original = originals[index % len(originals)]
        copy = folder / f"{index:05d}_{original.name}"
        shutil.copyfile(original, copy)
        paths.append(str(copy))
    return paths


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def timed(label: str, run: object) -> tuple[str, float, int]:
    start = time.perf_counter()
    count = sum(1 for _ in run)  # type: ignore[attr-defined]
    return label, time.perf_counter() - start, count


def dask_worker_peak_mb() -> float:
    return peak_rss_mb(resource.RUSAGE_SELF)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS)
    args = parser.parse_args()
    cores = os.cpu_count() or 1

    with tempfile.TemporaryDirectory() as temporary:
        paths = build_corpus(args.corpus, args.documents, Path(temporary))
        megabytes = sum(os.path.getsize(path) for path in paths) / 1e6
        rows = []
        rows.append((*timed("1 job (this process)", run_local(paths, jobs=1)), peak_rss_mb(resource.RUSAGE_SELF)))
        rows.append((*timed(f"{cores} jobs (process pool)", run_local(paths, jobs=cores)),
                     peak_rss_mb(resource.RUSAGE_CHILDREN)))
        try:
            from distributed import Client, LocalCluster

            from speechparse.dask import run_dask
        except ImportError:
            print("dask is not installed (pip install 'speechparse[dask]'): no Dask row", file=sys.stderr)
        else:
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
            address = cluster.scheduler_address
            row = timed("Dask LocalCluster, 2 workers", run_dask(paths, scheduler=address))
            with Client(address) as client:
                peaks = client.run(dask_worker_peak_mb)
            cluster.close()
            rows.append((*row, max(peaks.values())))

    print(f"{args.documents} documents, {megabytes:.1f} MB, {cores} cores\n")
    print("| engine | seconds | docs/s | MB/s | peak memory per worker (MB) |")
    print("|---|---:|---:|---:|---:|")
    for label, seconds, count, peak in rows:
        assert count == args.documents, f"{label}: {count} records for {args.documents} documents"
        print(f"| {label} | {seconds:.2f} | {count / seconds:.0f} | {megabytes / seconds:.2f} | {peak:.0f} |")
    one, pool = rows[0][1], rows[1][1]
    print(f"\nspeed-up of {cores} jobs over 1 job: {one / pool:.2f}×")
    if len(rows) > 2:
        print(f"Dask overhead against the local pool: {rows[2][1] / pool:.2f}× the time")


if __name__ == "__main__":
    main()
