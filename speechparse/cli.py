"""The ``speechparse`` command line.

    speechparse parse FILE... [--format json|outline|markdown|chunks] [--indent N] [--max-chars N] [--overlap N]
    speechparse schema
    speechparse placeholders FILE
    speechparse fill FILE --set SLOT=VALUE ... [-o OUT] [--strict]
    speechparse debug FILE [--stage clean|lex|levels|points|blocks]
    speechparse view FILE [-o PAGE.html]
    speechparse batch INPUT... -o OUT.jsonl [--jobs N] [--resume] [--engine local|dask]
                      [--format json|outline|markdown|chunks|csv|parquet|html]

A FILE of ``-`` is standard input, read like a file (its format known by its
content). A file that cannot be read or decoded gives one line on stderr; the
others are still parsed, and the exit status is 2 if any failed. Errors that
are not the input's fault (bugs) keep their traceback.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from speechparse import __version__
from speechparse.chunks import DEFAULT_MAX_CHARS
from speechparse.errors import ParseError, UsageError
from speechparse.formats import (
    SUFFIXES,
    OutputOptions,
    csv_paths,
    cut_half_written_line,
    markdown_paths,
    render,
    render_failure,
)
from speechparse.limits import BYTES_PER_UNIT, DEFAULT_MAX_BYTES, STRUCTURE_ALLOWANCE
from speechparse.model import Document
from speechparse.pipeline import parse
from speechparse.rows import ParquetWriter, error_row, write_csv
from speechparse.serialize import json_schema
from speechparse.trace import STAGES, Trace

if TYPE_CHECKING:
    from speechparse.view import PageSummary

EXIT_INPUT_ERROR = 2
#: the FILE that names standard input
STDIN = "-"
#: the name standard input is given in the output (``sys.stdin.buffer.name``, which the reader reports too)
STANDARD_INPUT_NAME = "<stdin>"
_FILE_HELP = "a text, .docx, saved .html or .md file, or - for standard input"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="speechparse",
        description="Parse Chinese speeches and official documents into a structured tree.",
    )
    parser.add_argument("--version", action="version", version=f"speechparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse_command = commands.add_parser(
        "parse", help="parse files and print JSON or an outline",
        description="Parse files and print each as JSON (the contract of docs/output.md) or as an outline. "
                    "A FILE of - is standard input.",
    )
    parse_command.add_argument("files", nargs="+", metavar="FILE",
                               help="text (UTF-8, GB18030/GBK, Big5, UTF-16 with BOM), .docx, saved .html or .md "
                                    "files; - for standard input")
    parse_command.add_argument("--format", choices=("json", "outline", "markdown", "chunks"), default="json",
                               help="json: one JSON document per file (JSON Lines for several files); "
                                    "outline: an indented table of contents; markdown: headings by level; "
                                    "chunks: JSON Lines of chunks for retrieval (default: json)")
    parse_command.add_argument("--indent", type=_count, default=None, metavar="N",
                               help="pretty-print the JSON of one file, indented by N spaces; refused with several "
                                    "files (their JSON Lines hold one document a line) and with the formats that "
                                    "are not one JSON document")
    _add_site_rules_switch(parse_command)
    _add_output_options(parse_command)
    parser.add_argument("--max-bytes", type=_count, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"refuse inputs larger than N bytes (default {DEFAULT_MAX_BYTES:,})")
    parser.add_argument("--max-units", type=_count, default=None, metavar="N",
                        help=f"refuse texts with more than N lines, numbering markers, removed spans and blanks "
                             f"(default: {STRUCTURE_ALLOWANCE:,} plus one per {BYTES_PER_UNIT} bytes of text)")
    debug_command = commands.add_parser(
        "debug", help="show what each stage decided, to explain an outline",
        description="Parse FILE and print, stage by stage, what each stage decided: the spans cleaning removed "
                    "and the rule that removed each; the marker candidates the lexer found or refused, and why; "
                    "the sections the level stage took (level, parent) or turned away, and why; the points; the "
                    "blocks the text was cut into. Offsets are into the cleaned text (raw offsets for clean).")
    debug_command.add_argument("file", metavar="FILE", help=_FILE_HELP)
    debug_command.add_argument("--stage", action="append", choices=STAGES, metavar="STAGE",
                               help=f"only this stage ({', '.join(STAGES)}; repeatable; default: all)")
    _add_site_rules_switch(debug_command)
    commands.add_parser("schema", help="print the JSON Schema of the output",
                        description="Print the JSON Schema that every `parse --format json` output follows.")
    slots_command = commands.add_parser(
        "placeholders", help="list a template's blanks as slots",
        description="List the slots of a template: each blank (X, ×, 某某 …) and the blanks that must take "
                    "the same value, with kind, count and where they are.")
    slots_command.add_argument("file", metavar="FILE", help=_FILE_HELP)
    _add_site_rules_switch(slots_command)
    fill_command = commands.add_parser(
        "fill", help="fill a template's slots",
        description="Fill the slots of a template (see `speechparse placeholders FILE`) and print the text. "
                    "Slots without a value stay blank and are named on stderr.")
    fill_command.add_argument("file", metavar="FILE", help=_FILE_HELP)
    fill_command.add_argument("--set", dest="values", action="append", default=[], metavar="SLOT=VALUE",
                              help="a slot's value, e.g. --set 全X=全省 (repeatable)")
    fill_command.add_argument("-o", "--output", metavar="OUT", help="write the filled text to OUT (default: stdout)")
    fill_command.add_argument("--strict", action="store_true", help="fail when a slot has no value")
    _add_site_rules_switch(fill_command)
    view_command = commands.add_parser(
        "view", help="write one HTML page that shows the parse",
        description="Write one self-contained HTML page that shows the parse: the outline beside the text, "
                    "sections and points by level, placeholders by kind, warnings, and the raw input with "
                    "what cleaning removed struck through.")
    view_command.add_argument("file", metavar="FILE", help=_FILE_HELP)
    view_command.add_argument("-o", "--output", metavar="PAGE", help="write the page to PAGE (default: stdout)")
    _add_site_rules_switch(view_command)
    batch_command = commands.add_parser(
        "batch", help="parse a corpus on every core (or a Dask cluster) into JSON Lines",
        description="Parse files, folders (recursively) and globs; write one JSON record per document "
                    "(the contract plus its path; an error record for a file that fails). The run goes on past "
                    "bad files and exits 1 if any failed.")
    batch_command.add_argument("inputs", nargs="+", metavar="INPUT",
                               help="files, folders or globs (not standard input: use parse - for one document)")
    batch_command.add_argument("-o", "--output", metavar="OUT", help="the JSON Lines (or outline) file to write")
    batch_command.add_argument("--out-dir", metavar="DIR",
                               help="write one file per document into DIR instead, at its path relative to the "
                                    "folder that holds every input, with the format's suffix (corpus/sub/a.txt "
                                    "from corpus/ is DIR/sub/a.json); two inputs that would share a file are "
                                    "refused before the run")
    batch_command.add_argument("--format", choices=("json", "outline", *RENDERED_FORMATS, "html"), default="json",
                               help="json: the contract with its path (default); outline: tables of contents; "
                                    "markdown; chunks: JSON Lines of chunks; csv, parquet: a row per section "
                                    "and point (parquet needs speechparse[parquet]); html: a page per document "
                                    "and index.html (with --out-dir)")
    batch_command.add_argument("--jobs", type=int, default=None, metavar="N",
                               help="worker processes (default: all cores)")
    batch_command.add_argument("--resume", action="store_true",
                               help="skip documents the output already has (after an interrupted run)")
    batch_command.add_argument("--engine", choices=("local", "dask"), default="local",
                               help="local: a process pool (default); dask: a Dask cluster (speechparse[dask])")
    batch_command.add_argument("--scheduler", metavar="ADDRESS",
                               help="with --engine dask, a running scheduler (default: start a LocalCluster)")
    _add_site_rules_switch(batch_command)
    _add_output_options(batch_command)
    return parser


#: the formats written through speechparse.formats (parse offers markdown and chunks; batch all four)
RENDERED_FORMATS = ("markdown", "chunks", "csv", "parquet")


def _add_output_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--max-chars", type=_positive, default=DEFAULT_MAX_CHARS, metavar="N",
                         help=f"with --format chunks, the size of a chunk in characters (default {DEFAULT_MAX_CHARS})")
    command.add_argument("--overlap", type=_count, default=0, metavar="N",
                         help="with --format chunks, repeat up to N characters of whole sentences of the chunk "
                              "before (default 0)")
    command.add_argument("--mark-placeholders", action="store_true",
                         help="with --format markdown, write each blank as {{X|kind}}")


def _positive(value: str) -> int:
    number = _count(value)
    if number == 0:
        raise argparse.ArgumentTypeError("0 is too small; a chunk holds at least one character")
    return number


def _output_options(args: argparse.Namespace) -> OutputOptions:
    if args.overlap >= args.max_chars:
        raise UsageError(f"--overlap {args.overlap} must be less than --max-chars {args.max_chars}")
    return OutputOptions(args.max_chars, args.overlap, args.mark_placeholders)


def _warn(message: str) -> None:
    print(f"speechparse: warning: {message}", file=sys.stderr)


def _add_site_rules_switch(command: argparse.ArgumentParser) -> None:
    command.add_argument("--no-site-rules", dest="site_rules", action="store_false",
                         help="leave out the table of known sites' boilerplate: only what any page shows decides "
                              "what is noise (to see how a site nobody listed is cleaned)")


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
    read = functools.partial(_read, max_bytes=args.max_bytes, max_units=args.max_units,
                             site_rules=getattr(args, "site_rules", True))
    if args.command == "schema":
        print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return 0
    try:
        if args.command == "batch":
            return _batch_command(args)
        if args.command == "debug":
            return _debug_command(args)
        if args.command == "placeholders":
            return _placeholders_command(read(args.file))
        if args.command == "fill":
            return _fill_command(read(args.file), args.values, args.output, args.strict)
        if args.command == "view":
            return _view_command(read(args.file), args.output)
        _check_parse_arguments(args)
        if args.format in RENDERED_FORMATS:
            return _parse_command_formatted(read, args.files, args.format, _output_options(args))
    except ParseError as exc:
        print(f"speechparse: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    return _parse_command(read, args.files, args.format, args.indent)


def _read(path: str, *, max_bytes: int, max_units: int | None, site_rules: bool) -> Document:
    """Parse the file at ``path``, or standard input for ``-``, read like a file (its format known by its
    content)."""
    return parse(_standard_input() if path == STDIN else path, max_bytes=max_bytes, max_units=max_units,
                 site_rules=site_rules)


def _shown(path: str) -> str:
    """How a FILE is named in the output: standard input as Python names it."""
    return STANDARD_INPUT_NAME if path == STDIN else path


def _standard_input() -> BinaryIO:
    if sys.stdin is None:  # started with standard input closed
        raise UsageError("- names standard input, which is closed")
    return sys.stdin.buffer


def _check_parse_arguments(args: argparse.Namespace) -> None:
    """Refuse the mixes of ``parse`` arguments that cannot be done as asked, before reading anything."""
    if args.files.count(STDIN) > 1:
        raise UsageError("- (standard input) can be read once: give it once")
    if args.indent is None:
        return
    if args.format != "json":
        raise UsageError(f"--indent pretty-prints JSON, and --format {args.format} is not one JSON document; "
                         "leave out --indent")
    if len(args.files) > 1:
        raise UsageError("--indent pretty-prints one JSON document, and several files are written as JSON Lines "
                         "(one document a line); give one file, or leave out --indent")


def _debug_command(args: argparse.Namespace) -> int:
    from speechparse.pipeline import parse_source
    from speechparse.read import read_path, read_stream

    trace = Trace()
    limits = {"max_bytes": args.max_bytes, "max_units": args.max_units}
    read = read_stream(_standard_input(), **limits) if args.file == STDIN else read_path(args.file, **limits)
    parse_source(read, max_units=args.max_units, site_rules=args.site_rules, trace=trace)
    sys.stdout.write(trace.report(tuple(args.stage) if args.stage else STAGES))
    return 0


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


def _view_command(document: Document, output: str | None) -> int:
    page = document.to_html().encode("utf-8")  # the page says it is UTF-8, whatever the terminal uses
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(page)
        sys.stdout.buffer.flush()
        return 0
    try:
        with open(output, "wb") as handle:
            handle.write(page)
    except OSError as exc:
        raise UsageError(f"{output}: cannot be written ({exc.strerror or exc})") from None
    return 0


def _parse_command(read: Callable[[str], Document], files: Sequence[str], output: str, indent: int | None) -> int:
    several = len(files) > 1

    def emit(path: str, document: Document) -> None:
        if output == "outline":
            if several:
                print(f"== {_shown(path)}")
            sys.stdout.write(document.outline())
        else:
            print(document.to_json(indent=indent))

    return _each_document(read, files, emit)


def _parse_command_formatted(read: Callable[[str], Document], files: Sequence[str], output: str,
                             options: OutputOptions) -> int:
    """``parse --format markdown|chunks``: each file as it is read, a failing one named on stderr."""
    return _each_document(read, files, lambda path, document: sys.stdout.write(
        render(output, document, _shown(path), options, warn=_warn, named=len(files) > 1)))


def _each_document(read: Callable[[str], Document], files: Sequence[str],
                   emit: Callable[[str, Document], object]) -> int:
    """Read each file in turn and emit its document; a file that fails is named on stderr, and the
    exit status says one did."""
    status = 0
    for path in files:
        try:
            document = read(path)
        except ParseError as exc:
            print(f"speechparse: {exc}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
            continue
        emit(path, document)
    return status


def _batch_command(args: argparse.Namespace) -> int:
    from speechparse.batch import Progress, collect_inputs, output_names, run_local

    if (args.output is None) == (args.out_dir is None):
        raise UsageError("batch needs one of -o OUT and --out-dir DIR")
    if STDIN in args.inputs:
        raise UsageError("batch reads files, not standard input; to parse one document from standard input, "
                         "use speechparse parse -")
    options = _output_options(args)
    if args.format == "parquet" and (args.out_dir is not None or args.resume):
        raise UsageError("--format parquet writes one file: use -o OUT.parquet, without --resume")
    paths = collect_inputs(args.inputs)
    if not paths:
        raise UsageError(f"no files found in {' '.join(args.inputs)}")
    if args.format == "html" and args.out_dir is None:
        raise UsageError("batch --format html writes a page per document: give --out-dir DIR instead of -o")
    sink: _FileSink | _DirectorySink | _ParquetSink | _PageSink
    if args.format == "html":
        sink = _PageSink(args.out_dir, output_names(args.inputs, paths, ".html", reserved=_PageSink.INDEX))
    elif args.format == "parquet":
        sink = _ParquetSink(args.output)
    elif args.out_dir:
        sink = _DirectorySink(args.out_dir, args.format, output_names(args.inputs, paths, _SUFFIXES[args.format]),
                              options)
    else:
        sink = _FileSink(args.output, args.format, options)
    if args.resume:
        done = sink.done()
        paths = [path for path in paths if path not in done]
    else:
        sink.start()
    if args.engine == "dask":
        from speechparse.dask import run_dask

        records = run_dask(paths, scheduler=args.scheduler, workers=args.jobs, max_bytes=args.max_bytes,
                           max_units=args.max_units, site_rules=args.site_rules)
    else:
        records = run_local(paths, jobs=args.jobs, max_bytes=args.max_bytes, max_units=args.max_units,
                            site_rules=args.site_rules)
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

    def __init__(self, path: str, output: str, options: OutputOptions | None = None) -> None:
        self.path = path
        self.format = output
        self.options = options or OutputOptions()
        self.handle: Any = None

    def start(self) -> None:
        self._open("w")
        self._header()

    def done(self) -> set[str]:
        from speechparse.batch import done_outline_paths, done_paths

        if self.format in RENDERED_FORMATS:
            found = _done_in_format(self.path, self.format)
            self._open("a")
            if not found:
                self._header()
            return found
        found = done_paths(self.path) if self.format == "json" else done_outline_paths(self.path)
        self._open("a")
        return found

    def _header(self) -> None:
        if self.format == "csv" and self.handle.tell() == 0:
            write_csv((), self.handle)

    def _open(self, mode: str) -> None:
        try:
            self.handle = open(self.path, mode, encoding="utf-8")  # noqa: SIM115 - closed in close()
        except OSError as exc:
            raise UsageError(f"{self.path}: cannot be written ({exc.strerror or exc})") from None

    def write(self, record: str) -> bool:
        failed, text = _render(record, self.format, self.options)
        self.handle.write(text)
        self.handle.flush()
        return failed

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


#: the suffix of the file each format writes per document with --out-dir
_SUFFIXES = {"json": ".json", "outline": ".txt", **SUFFIXES, "html": ".html"}


class _DirectorySink:
    """One file per document, at the name :func:`speechparse.batch.output_names` gives it."""

    def __init__(self, folder: str, output: str, names: dict[str, str],
                 options: OutputOptions | None = None) -> None:
        self.folder = folder
        self.format = output
        self.names = names
        self.options = options or OutputOptions()
        _make_folder(folder)

    def start(self) -> None:
        return None

    def done(self) -> set[str]:
        return set(_paths_in(self.folder, _SUFFIXES[self.format]))

    def write(self, record: str) -> bool:
        failed, text = _render(record, self.format, self.options)
        path = json.loads(record)["path"]
        if self.format == "csv":
            text = _csv_header() + text
        _write_whole(self.folder, self.names[path], text)
        return failed

    def close(self) -> None:
        return None


def _make_folder(folder: str) -> None:
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{folder}: cannot be created ({exc.strerror or exc})") from None


def _write_whole(folder: str, name: str, text: str) -> None:
    """Write ``text`` to ``name`` (``/``-separated) under ``folder``; a killed run leaves no half-written file."""
    target = os.path.join(folder, *name.split("/"))
    _make_folder(os.path.dirname(target))
    with open(target + ".part", "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(target + ".part", target)


def _files_in(folder: str, suffix: str) -> Iterator[str]:
    """Every file under ``folder`` (in subfolders too) whose name ends in ``suffix``."""
    for parent, _, names in os.walk(folder):
        for name in sorted(names):
            if name.endswith(suffix):
                yield os.path.join(parent, name)


def _paths_in(folder: str, suffix: str) -> Iterator[str]:
    """The input paths of the documents already written under ``folder`` (for ``--resume``)."""
    for file in _files_in(folder, suffix):
        if suffix in (".md", ".jsonl", ".csv"):
            yield from _done_in_format(file, _FORMAT_OF_SUFFIX[suffix])
            continue
        with open(file, encoding="utf-8") as handle:
            first = handle.readline()
        if suffix == ".json":
            try:
                yield json.loads(first)["path"]
            except (ValueError, KeyError, TypeError):
                continue
        elif first.startswith("== "):
            yield first[3:].rstrip("\n")


def _render(record: str, output: str, options: OutputOptions | None = None, *,
            named: bool = True) -> tuple[bool, str]:
    """(failed, text to write) for a record in the chosen output format."""
    # a document record always holds its "schema" key and a failure record never does; quotes
    # inside strings are escaped, so no text or path can fake it, and JSON output needs no decoding
    failed = '"schema": ' not in record
    if output == "json":
        return failed, record + "\n"
    data = json.loads(record)
    if output in RENDERED_FORMATS:
        if failed:
            return True, render_failure(output, data["path"], data["error"]["type"], data["error"]["message"])
        from speechparse.serialize import from_dict

        path = data.pop("path")
        return False, render(output, from_dict(data), path, options or OutputOptions(), warn=_warn, named=named)
    if failed:
        return True, f"== {data['path']}\n! {data['error']['type']}: {data['error']['message']}\n\n"
    from speechparse.serialize import from_dict

    path = data.pop("path")
    return False, f"== {path}\n{from_dict(data).outline()}\n"


class _PageSink:
    """One HTML page per document, and ``index.html`` linking them, written when the run ends.

    Each page carries its summary in its head, so a resumed run lists the pages
    of the runs before it too.
    """

    INDEX = "index.html"
    HEAD = 1 << 16  # characters read from each page when resuming: far more than its head

    def __init__(self, folder: str, names: dict[str, str]) -> None:
        self.folder = folder
        self.names = names
        self.pages: dict[str, tuple[str, PageSummary]] = {}  # path → (file name, summary)
        _make_folder(folder)

    def start(self) -> None:
        return None

    def done(self) -> set[str]:
        from speechparse.view import read_summary

        index = os.path.join(self.folder, self.INDEX)
        for file in _files_in(self.folder, ".html"):
            if file != index:
                with open(file, encoding="utf-8", errors="replace") as handle:
                    summary = read_summary(handle.read(self.HEAD))  # the summary is in the page's head
                if summary is not None:
                    name = Path(os.path.relpath(file, self.folder)).as_posix()
                    self.pages[summary.path] = (name, summary)
        return set(self.pages)

    def write(self, record: str) -> bool:
        from speechparse.serialize import from_dict
        from speechparse.view import PageSummary, render_failure_page, render_html, summarize

        data = json.loads(record)
        path = data.pop("path")
        if "error" in data:
            page = render_failure_page(path, data["error"]["type"], data["error"]["message"])
            summary = PageSummary(path, error_type=data["error"]["type"], error_message=data["error"]["message"])
        else:
            document = from_dict(data)
            page, summary = render_html(document), summarize(document, path)
        name = self.names[path]
        _write_whole(self.folder, name, page)
        self.pages[path] = (name, summary)
        return bool(summary.error_type)

    def close(self) -> None:
        from speechparse.view import render_index

        _write_whole(self.folder, self.INDEX, render_index(self.pages.values()))


_FORMAT_OF_SUFFIX = {suffix: output for output, suffix in SUFFIXES.items()}


def _done_in_format(path: str, output: str) -> set[str]:
    """Paths an output file of ``markdown``, ``chunks`` or ``csv`` already holds (for ``--resume``)."""
    from speechparse.batch import done_paths

    if not os.path.exists(path):
        return set()
    if output == "chunks":
        return done_paths(path)
    cut_half_written_line(path)
    return markdown_paths(path) if output == "markdown" else csv_paths(path)


def _csv_header() -> str:
    stream = io.StringIO()
    write_csv((), stream)
    return stream.getvalue()


class _ParquetSink:
    """Rows of every document in one Parquet file, a row group per document (pyarrow)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.writer: ParquetWriter | None = None

    def start(self) -> None:
        try:
            self.writer = ParquetWriter(self.path)
        except OSError as exc:
            raise UsageError(f"{self.path}: cannot be written ({exc.strerror or exc})") from None

    def done(self) -> set[str]:  # --resume is refused before a sink is made
        raise UsageError("--format parquet cannot --resume")

    def write(self, record: str) -> bool:
        assert self.writer is not None
        data = json.loads(record)
        path = data.pop("path")
        if "error" in data:
            self.writer.write([error_row(path, data["error"]["type"], data["error"]["message"])])
            return True
        from speechparse.serialize import from_dict

        self.writer.write(from_dict(data).rows(document=path))
        return False

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
