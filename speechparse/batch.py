"""Corpora: many documents parsed on every core, one JSON record per document.

A *record* is one line of JSON: the document's contract (``docs/output.md``)
with its ``path`` first, or, for a file that could not be parsed, ``{"path":
…, "error": {"type": …, "message": …}}``. A file that fails never stops the
run. Records are produced by :func:`record_for` wherever the work happens (in
this process, in a pool of processes, on a Dask cluster), so every engine
writes byte-identical lines for the same file.
"""

from __future__ import annotations

import ctypes
import glob
import json
import multiprocessing
import os
import posixpath
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import IO, Any, Final

from attrs import frozen

from speechparse.errors import ParseError, UsageError
from speechparse.limits import DEFAULT_MAX_BYTES
from speechparse.model import Document

#: what a folder is searched for
SUPPORTED_SUFFIXES: Final = (".txt", ".text", ".docx", ".html", ".htm", ".md", ".markdown")
#: most documents sent to a worker at once: fewer round trips, still a fine-grained spread
CHUNK: Final = 32
#: chunks in flight per worker: enough to keep it busy, few enough to bound memory
IN_FLIGHT_PER_WORKER: Final = 4
#: seconds between two progress lines when stderr is not a terminal
PLAIN_PROGRESS_INTERVAL: Final = 5.0
#: seconds between two looks of a worker at its parent, where the system cannot tell it of the parent's death
PARENT_POLL_INTERVAL: Final = 1.0
#: Linux's prctl option that sends a signal to a process when its parent dies
_PR_SET_PDEATHSIG: Final = 1


@frozen
class Failure:
    """A document that could not be parsed, and why."""

    path: str
    error_type: str
    message: str


# ---------------------------------------------------------------- inputs


def collect_inputs(inputs: Iterable[str], suffixes: Sequence[str] = SUPPORTED_SUFFIXES) -> list[str]:
    """Files named, found in folders (recursively, by suffix) or matched by globs; each once, in order.

    A name that is neither a file, a folder nor a matching glob is kept: parsing
    it gives an error record that says it does not exist.
    """
    found: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            found.append(path)

    for item in inputs:
        if os.path.isdir(item):
            for path in sorted(Path(item).rglob("*")):
                if path.is_file() and path.suffix.lower() in suffixes:
                    add(str(path))
        elif any(char in item for char in "*?[") and not os.path.exists(item):
            for match in sorted(glob.glob(item, recursive=True)):
                if os.path.isdir(match):
                    for found_path in collect_inputs([match], suffixes):
                        add(found_path)
                else:
                    add(match)
        else:
            add(item)
    return found


def output_names(inputs: Sequence[str], paths: Sequence[str], suffix: str, *,
                 reserved: str | None = None) -> dict[str, str]:
    """The file each of ``paths`` is written to in an output folder, relative to it, ``/``-separated.

    A name is the input's path relative to the deepest folder that holds every
    input (a folder given is the root of its files: ``corpus/sub/a.txt`` from
    ``corpus/`` is ``sub/a``), with its suffix replaced by ``suffix``. A name
    that would be ``reserved`` (the index page) takes a ``_`` before its
    suffix. Two inputs that would be written to one file (``a.txt`` and
    ``a.md``; names that differ only in case, one file on Windows and macOS)
    raise :class:`~speechparse.errors.UsageError` before anything is written.
    """
    absolute = {path: os.path.abspath(path) for path in paths}
    roots = [os.path.abspath(item) for item in inputs if os.path.isdir(item)]
    roots.extend(os.path.dirname(path) for path in absolute.values())
    if not roots:
        return {}
    try:
        base = os.path.commonpath(roots)
    except ValueError:  # on different drives
        raise UsageError("--out-dir: the inputs share no folder; give them separate runs") from None
    names: dict[str, str] = {}
    taken: dict[str, str] = {}  # case-folded name → the input written to it
    for path, full in absolute.items():
        relative = Path(os.path.relpath(full, base)).as_posix()
        name = posixpath.splitext(relative)[0] + suffix
        if reserved is not None and name.casefold() == reserved.casefold():
            name = posixpath.splitext(name)[0] + "_" + suffix
        earlier = taken.setdefault(name.casefold(), path)
        if earlier != path:
            raise UsageError(f"--out-dir: {earlier} and {path} would both be written to {name}; "
                             "parse them in separate runs or into separate folders")
        names[path] = name
    return names


# ---------------------------------------------------------------- one document


@frozen
class ParseOptions:
    """How each document of a batch is parsed: ``max_bytes`` of input, ``max_units`` of structure
    (``None``: the default for the text's size, :func:`speechparse.limits.structure_limit`), and
    whether the site table applies (``site_rules``; the generic noise layer always does)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_units: int | None = None
    site_rules: bool = True


def record_for(path: str, max_bytes: int = DEFAULT_MAX_BYTES, max_units: int | None = None, *,
               site_rules: bool = True) -> str:
    """The JSON record of one document (or of its failure), as one line."""
    outcome = _parse(path, ParseOptions(max_bytes, max_units, site_rules))
    if isinstance(outcome, Failure):
        return failure_record(outcome)
    return document_record(path, outcome)


def document_record(path: str, document: Document) -> str:
    from speechparse.serialize import dumps

    return dumps(document, first={"path": path})


def failure_record(failure: Failure) -> str:
    return json.dumps({"path": failure.path, "error": {"type": failure.error_type, "message": failure.message}},
                      ensure_ascii=False)


def _parse(path: str, options: ParseOptions) -> Document | Failure:
    from speechparse.pipeline import parse

    try:
        return parse(path, max_bytes=options.max_bytes, max_units=options.max_units, site_rules=options.site_rules)
    except ParseError as exc:
        return Failure(path, type(exc).__name__, str(exc))
    except Exception as exc:  # a bug on one file must not stop a run over millions
        return Failure(path, type(exc).__name__, f"internal error, please report it: {exc}")


def records_for(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES, max_units: int | None = None, *,
                site_rules: bool = True) -> list[str]:
    """Records of a chunk of documents (the unit of work sent to a worker)."""
    return [record_for(path, max_bytes, max_units, site_rules=site_rules) for path in paths]


def _records_for(paths: Sequence[str], options: ParseOptions) -> list[str]:
    return records_for(paths, options.max_bytes, options.max_units, site_rules=options.site_rules)


def _outcomes_for(paths: Sequence[str], options: ParseOptions) -> list[Document | Failure]:
    return [_parse(path, options) for path in paths]


def warm_up() -> None:
    """Build the parser once in a worker, before its first document."""
    from speechparse.tree import model_parser

    model_parser()


def start_worker(creator: int, start_method: str) -> None:
    """Set up a pool worker: it dies with its parent, then builds the parser.

    A pool's workers wait for work on a pipe that every sibling also holds open,
    so when the batch is killed (SIGKILL gives it no chance to stop them) they
    would wait for ever. On Linux the kernel is asked to kill the worker when its
    parent dies; elsewhere a thread looks at the parent every second.
    """
    parent = os.getppid()
    if start_method != "forkserver" and parent != creator:
        os._exit(1)  # the batch died before this worker started: nobody will send it work
    die_with(parent)
    warm_up()


def die_with(parent: int) -> None:
    """End this process when ``parent`` (its parent process) does."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # died between the look above and the request
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_watch_parent, args=(parent,), name="speechparse-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_POLL_INTERVAL)
        if os.getppid() != parent:  # reparented: the parent is gone
            os._exit(1)


# ---------------------------------------------------------------- many documents


def parse_many(paths: Iterable[str | os.PathLike[str]], *, jobs: int | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, max_units: int | None = None,
               site_rules: bool = True) -> Iterator[Document | Failure]:
    """Parse documents on ``jobs`` processes (default: all cores), yielding each as it finishes.

    Yields a :class:`~speechparse.Document` for each file parsed and a
    :class:`Failure` for each file that could not be; order follows completion.
    """
    names = [os.fspath(path) for path in paths]
    for outcomes in _run_chunks(_outcomes_for, names, jobs, ParseOptions(max_bytes, max_units, site_rules)):
        yield from outcomes


def run_local(paths: Sequence[str], *, jobs: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              max_units: int | None = None, site_rules: bool = True) -> Iterator[str]:
    """Records of ``paths`` from a pool of ``jobs`` processes, as they finish."""
    for records in _run_chunks(_records_for, list(paths), jobs, ParseOptions(max_bytes, max_units, site_rules)):
        yield from records


def _run_chunks(work: Callable[[Sequence[str], ParseOptions], list[Any]], paths: list[str], jobs: int | None,
                options: ParseOptions) -> Iterator[list[Any]]:
    workers = max(1, jobs or os.cpu_count() or 1)
    size = max(1, min(CHUNK, len(paths) // (workers * IN_FLIGHT_PER_WORKER)))  # small runs: every worker busy
    chunks = [paths[index:index + size] for index in range(0, len(paths), size)]
    if workers == 1 or len(chunks) <= 1:
        warm_up()
        for chunk in chunks:
            yield work(chunk, options)
        return
    context = multiprocessing.get_context()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker,
                             initargs=(os.getpid(), context.get_start_method())) as pool:
        pending: set[Future[list[Any]]] = set()
        queue: Iterator[list[str]] = iter(chunks)
        for chunk in queue:
            pending.add(pool.submit(work, chunk, options))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
                following = next(queue, None)
                if following is not None:
                    pending.add(pool.submit(work, following, options))


# ---------------------------------------------------------------- output


def done_paths(output: str) -> set[str]:
    """Paths already in an output file, after cutting a last line a killed run left half-written.

    The file is read a line at a time (an output can be gigabytes), and of each
    record only its first key, the path, is decoded.
    """
    if not os.path.exists(output):
        return set()
    paths = set()
    whole = 0  # bytes of the file that are whole lines
    with open(output, "rb+") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            whole += len(line)
            path = record_path(line)
            if path is not None:
                paths.add(path)
        handle.truncate(whole)
    return paths


_DECODER: Final = json.JSONDecoder()
#: how every record opens (its path is its first key)
_RECORD_START: Final = b'{"path": '


def record_path(line: bytes) -> str | None:
    """The path of a record line, or None for a line that is not a record."""
    try:
        text = line.decode("utf-8")
        if line.startswith(_RECORD_START):
            path, _ = _DECODER.raw_decode(text, len(_RECORD_START))
        else:  # written by something else: decode it all
            record = json.loads(text)
            path = record.get("path") if isinstance(record, dict) else None
    except ValueError:
        return None
    return path if isinstance(path, str) else None


def done_outline_paths(output: str) -> set[str]:
    """Paths already in an outline output file (its ``== path`` lines)."""
    if not os.path.exists(output):
        return set()
    with open(output, encoding="utf-8") as handle:
        return {line[3:].rstrip("\n") for line in handle if line.startswith("== ")}


class Progress:
    """Documents done, documents per second and time left: a bar on a terminal, lines otherwise."""

    def __init__(self, total: int, stream: IO[str] | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.last_line = self.started
        self.bar: Any = None
        if self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=True)

    def advance(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if self.bar is not None:
            self.bar.update(1)
            if failed:
                self.bar.set_postfix(failed=self.failed)
            return
        now = time.monotonic()
        if now - self.last_line >= PLAIN_PROGRESS_INTERVAL:
            self.last_line = now
            self._line()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        self._line()

    def _line(self) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        print(f"speechparse: {self.done}/{self.total} documents, {self.failed} failed, {rate:.1f} docs/s, "
              f"{elapsed:.0f}s elapsed, eta {left:.0f}s", file=self.stream, flush=True)
