"""The ``speechparse`` command line.

    speechparse parse FILE... [--format json|outline] [--indent N]
    speechparse schema
    speechparse placeholders FILE
    speechparse fill FILE --set SLOT=VALUE ... [-o OUT] [--strict]
    speechparse batch INPUT... -o OUT.jsonl [--jobs N] [--resume] [--engine local|dask]

A file that cannot be read or decoded gives one line on stderr; the others are
still parsed, and the exit status is 2 if any failed. Errors that are not the
input's fault (bugs) keep their traceback.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from speechparse import __version__
from speechparse.errors import ParseError, UsageError
from speechparse.limits import BYTES_PER_UNIT, DEFAULT_MAX_BYTES, STRUCTURE_ALLOWANCE
from speechparse.model import Document
from speechparse.pipeline import parse
from speechparse.serialize import json_schema

EXIT_INPUT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="speechparse",
        description="Parse Chinese speeches and official documents into a structured tree.",
    )
    parser.add_argument("--version", action="version", version=f"speechparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse_command = commands.add_parser(
        "parse", help="parse files and print JSON or an outline",
        description="Parse files and print each as JSON (the contract of spec/output.md) or as an outline.",
    )
    parse_command.add_argument("files", nargs="+", metavar="FILE",
                               help="text (UTF-8, GB18030/GBK, Big5, UTF-16 with BOM), .docx or saved .html files")
    parse_command.add_argument("--format", choices=("json", "outline"), default="json",
                               help="json: one JSON document per file (JSON Lines for several files); "
                                    "outline: an indented table of contents (default: json)")
    parse_command.add_argument("--indent", type=int, default=None, metavar="N",
                               help="indent JSON by N spaces (one file only)")
    parser.add_argument("--max-bytes", type=_count, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES:,})")
    parser.add_argument("--max-units", type=_count, default=None, metavar="N",
                        help=f"refuse texts with more than N lines, numbering markers, removed spans and blanks "
                             f"(default: {STRUCTURE_ALLOWANCE:,} plus one per {BYTES_PER_UNIT} bytes of text)")
    commands.add_parser("schema", help="print the JSON Schema of the output",
                        description="Print the JSON Schema that every `parse --format json` output follows.")
    slots_command = commands.add_parser(
        "placeholders", help="list a template's blanks as slots",
        description="List the slots of a template: each blank (X, ×, 某某 …) and the blanks that must take "
                    "the same value, with kind, count and where they are.")
    slots_command.add_argument("file", metavar="FILE")
    fill_command = commands.add_parser(
        "fill", help="fill a template's slots",
        description="Fill the slots of a template (see `speechparse placeholders FILE`) and print the text. "
                    "Slots without a value stay blank and are named on stderr.")
    fill_command.add_argument("file", metavar="FILE")
    fill_command.add_argument("--set", dest="values", action="append", default=[], metavar="SLOT=VALUE",
                              help="a slot's value, e.g. --set 全X=全省 (repeatable)")
    fill_command.add_argument("-o", "--output", metavar="OUT", help="write the filled text to OUT (default: stdout)")
    fill_command.add_argument("--strict", action="store_true", help="fail when a slot has no value")
    batch_command = commands.add_parser(
        "batch", help="parse a corpus on every core (or a Dask cluster) into JSON Lines",
        description="Parse files, folders (recursively) and globs; write one JSON record per document "
                    "(the contract plus its path; an error record for a file that fails). The run goes on past "
                    "bad files and exits 1 if any failed.")
    batch_command.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    batch_command.add_argument("-o", "--output", metavar="OUT", help="the JSON Lines (or outline) file to write")
    batch_command.add_argument("--out-dir", metavar="DIR", help="write one file per document into DIR instead")
    batch_command.add_argument("--format", choices=("json", "outline"), default="json",
                               help="json: the contract with its path (default); outline: tables of contents")
    batch_command.add_argument("--jobs", type=int, default=None, metavar="N",
                               help="worker processes (default: all cores)")
    batch_command.add_argument("--resume", action="store_true",
                               help="skip documents the output already has (after an interrupted run)")
    batch_command.add_argument("--engine", choices=("local", "dask"), default="local",
                               help="local: a process pool (default); dask: a Dask cluster (speechparse[dask])")
    batch_command.add_argument("--scheduler", metavar="ADDRESS",
                               help="with --engine dask, a running scheduler (default: start a LocalCluster)")
    return parser


def _count(value: str) -> int:
    """A limit on the command line: a whole number, not negative."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; a limit is a number of bytes or units, 0 or more")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except BrokenPipeError:
        # the reader went away (speechparse … | head): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _run(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    read = functools.partial(parse, max_bytes=args.max_bytes, max_units=args.max_units)
    if args.command == "schema":
        print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return 0
    try:
        if args.command == "batch":
            return _batch_command(args)
        if args.command == "placeholders":
            return _placeholders_command(read(args.file))
        if args.command == "fill":
            return _fill_command(read(args.file), args.values, args.output, args.strict)
    except ParseError as exc:
        print(f"speechparse: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    return _parse_command(read, args.files, args.format, args.indent)


def _placeholders_command(document: Document) -> int:
    slots = document.slots()
    if not slots:
        print("no placeholders")
        return 0
    print("slot\tkind\tcount\twhere")
    for slot in slots:
        print(f"{slot.key}\t{slot.kind}\t{slot.count}\t{' | '.join(slot.contexts)}")
    return 0


def _fill_command(document: Document, settings: Sequence[str], output: str | None, strict: bool) -> int:
    values: dict[str, str] = {}
    for setting in settings:
        key, separator, value = setting.partition("=")
        if not separator or not key:
            raise UsageError(f"--set {setting!r}: write SLOT=VALUE, e.g. --set 全X=全省")
        values[key] = value
    result = document.fill(values, strict=strict)
    if output is None:
        sys.stdout.write(result.text)
    else:
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(result.text)
        except OSError as exc:
            raise UsageError(f"{output}: cannot be written ({exc.strerror or exc})") from None
    if result.unfilled:
        print(f"speechparse: left blank: {', '.join(result.unfilled)}", file=sys.stderr)
    return 0


def _parse_command(read: Callable[[str], Document], files: Sequence[str], output: str, indent: int | None) -> int:
    status = 0
    several = len(files) > 1
    for path in files:
        try:
            document = read(path)
        except ParseError as exc:
            print(f"speechparse: {exc}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
            continue
        if output == "outline":
            if several:
                print(f"== {path}")
            sys.stdout.write(document.outline())
        else:
            print(document.to_json(indent=None if several else indent))
    return status


def _batch_command(args: argparse.Namespace) -> int:
    from speechparse.batch import Progress, collect_inputs, run_local

    if (args.output is None) == (args.out_dir is None):
        raise UsageError("batch needs one of -o OUT and --out-dir DIR")
    paths = collect_inputs(args.inputs)
    if not paths:
        raise UsageError(f"no files found in {' '.join(args.inputs)}")
    sink = _DirectorySink(args.out_dir, args.format) if args.out_dir else _FileSink(args.output, args.format)
    if args.resume:
        done = sink.done()
        paths = [path for path in paths if path not in done]
    else:
        sink.start()
    if args.engine == "dask":
        from speechparse.dask import run_dask

        records = run_dask(paths, scheduler=args.scheduler, workers=args.jobs, max_bytes=args.max_bytes,
                           max_units=args.max_units)
    else:
        records = run_local(paths, jobs=args.jobs, max_bytes=args.max_bytes, max_units=args.max_units)
    progress = Progress(len(paths))
    failed = 0
    try:
        for record in records:
            is_failure = sink.write(record)
            failed += is_failure
            progress.advance(is_failure)
    finally:
        progress.close()
        sink.close()
    return 1 if failed else 0


class _FileSink:
    """Records appended to one file, each a whole line written at once, flushed at once."""

    def __init__(self, path: str, output: str) -> None:
        self.path = path
        self.format = output
        self.handle: Any = None

    def start(self) -> None:
        self._open("w")

    def done(self) -> set[str]:
        from speechparse.batch import done_outline_paths, done_paths

        found = done_paths(self.path) if self.format == "json" else done_outline_paths(self.path)
        self._open("a")
        return found

    def _open(self, mode: str) -> None:
        try:
            self.handle = open(self.path, mode, encoding="utf-8")  # noqa: SIM115 - closed in close()
        except OSError as exc:
            raise UsageError(f"{self.path}: cannot be written ({exc.strerror or exc})") from None

    def write(self, record: str) -> bool:
        failed, text = _render(record, self.format)
        self.handle.write(text)
        self.handle.flush()
        return failed

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


class _DirectorySink:
    """One file per document, named after its path."""

    def __init__(self, folder: str, output: str) -> None:
        self.folder = folder
        self.format = output
        os.makedirs(folder, exist_ok=True)

    def start(self) -> None:
        return None

    def done(self) -> set[str]:
        return {name for name in _names_in(self.folder)}

    def write(self, record: str) -> bool:
        failed, text = _render(record, self.format)
        path = json.loads(record)["path"]
        name = os.path.join(self.folder, _file_name(path) + (".json" if self.format == "json" else ".txt"))
        with open(name + ".part", "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(name + ".part", name)  # a killed run leaves no half-written file
        return failed

    def close(self) -> None:
        return None


def _file_name(path: str) -> str:
    return path.strip("/").replace(os.sep, "__").replace(":", "_")


def _names_in(folder: str) -> Iterator[str]:
    for name in os.listdir(folder):
        if name.endswith((".json", ".txt")):
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                first = handle.readline()
            if name.endswith(".json"):
                try:
                    yield json.loads(first)["path"]
                except (ValueError, KeyError, TypeError):
                    continue
            elif first.startswith("== "):
                yield first[3:].rstrip("\n")


def _render(record: str, output: str) -> tuple[bool, str]:
    """(failed, text to write) for a record in the chosen output format."""
    # a document record always holds its "schema" key and a failure record never does; quotes
    # inside strings are escaped, so no text or path can fake it, and JSON output needs no decoding
    failed = '"schema": ' not in record
    if output == "json":
        return failed, record + "\n"
    data = json.loads(record)
    if failed:
        return True, f"== {data['path']}\n! {data['error']['type']}: {data['error']['message']}\n\n"
    from speechparse.serialize import from_dict

    path = data.pop("path")
    return False, f"== {path}\n{from_dict(data).outline()}\n"
