"""One document written in each output format of the command line, and how a failure reads in it.

``parse`` and ``batch`` write the same text for the same document: Markdown
(:mod:`speechparse.markdown`), chunks as JSON Lines (:mod:`speechparse.chunks`,
one chunk a line, each with the document's path) and CSV rows
(:mod:`speechparse.rows`). Where several documents go to one file, each
Markdown document opens with an HTML comment naming its path, which a
Markdown reader shows as nothing.
"""

from __future__ import annotations

import io
import json
import warnings
from collections.abc import Callable
from functools import cache
from typing import Any, Final

import cattrs
from attrs import frozen

from speechparse.chunks import DEFAULT_MAX_CHARS, Chunk, ChunkSizeWarning
from speechparse.model import Document
from speechparse.rows import error_row, write_csv

#: the formats of this module, and the file name ending of each
SUFFIXES: Final = {"markdown": ".md", "chunks": ".jsonl", "csv": ".csv"}
#: how a Markdown document is named where several share one file
MARKDOWN_PATH_LINE: Final = "<!-- speechparse: {path} -->"


@frozen
class OutputOptions:
    """What the Markdown and chunk formats can be asked for."""

    max_chars: int = DEFAULT_MAX_CHARS
    overlap: int = 0
    mark_placeholders: bool = False


def render(output: str, document: Document, path: str, options: OutputOptions, *,
           warn: Callable[[str], None] | None = None, named: bool = False) -> str:
    """A document in ``output`` (markdown, chunks or csv); ``named`` puts the path line before Markdown.
    ``warn`` hears what the chunker warns of (a sentence longer than ``max_chars``)."""
    if output == "markdown":
        markdown = document.to_markdown(mark_placeholders=options.mark_placeholders)
        return (MARKDOWN_PATH_LINE.format(path=path) + "\n" if named else "") + markdown
    if output == "chunks":
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ChunkSizeWarning)
            chunks = document.chunks(max_chars=options.max_chars, overlap=options.overlap)
        for warning in caught:
            if warn is not None:
                warn(f"{path}: {warning.message}")
        return "".join(json.dumps(chunk_record(chunk, path), ensure_ascii=False) + "\n" for chunk in chunks)
    if output == "csv":
        stream = io.StringIO()
        write_csv(document.rows(document=path), stream, header=False)
        return stream.getvalue()
    raise ValueError(f"unknown output format {output!r}")


def render_failure(output: str, path: str, error_type: str, message: str) -> str:
    """How a document that could not be parsed shows in ``output``."""
    if output == "markdown":
        return f"{MARKDOWN_PATH_LINE.format(path=path)}\n<!-- ! {error_type}: {message} -->\n\n"
    if output == "chunks":
        return json.dumps({"path": path, "error": {"type": error_type, "message": message}}, ensure_ascii=False) + "\n"
    if output == "csv":
        stream = io.StringIO()
        write_csv([error_row(path, error_type, message)], stream, header=False)
        return stream.getvalue()
    raise ValueError(f"unknown output format {output!r}")


def chunk_record(chunk: Chunk, path: str | None) -> dict[str, Any]:
    """A chunk as JSON data, with the path of its document first."""
    data: dict[str, Any] = _converter().unstructure(chunk)
    return {"path": path, **data}


@cache
def _converter() -> cattrs.Converter:
    from speechparse.serialize import make_converter

    return make_converter()


def cut_half_written_line(output_path: str) -> None:
    """Cut a last line that a killed run left half-written, so a resumed run appends whole lines."""
    with open(output_path, "rb+") as handle:
        data = handle.read()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            handle.truncate(end)


def markdown_paths(output_path: str) -> set[str]:
    """Paths already in a Markdown file written by ``batch`` (its path lines)."""
    prefix, suffix = MARKDOWN_PATH_LINE.split("{path}")
    with open(output_path, encoding="utf-8") as handle:
        return {line[len(prefix):-len(suffix) - 1] for line in handle
                if line.startswith(prefix) and line.endswith(suffix + "\n")}


def csv_paths(output_path: str) -> set[str]:
    """Paths already in a CSV file written by ``batch`` (its document column)."""
    import csv

    with open(output_path, encoding="utf-8", newline="") as handle:
        return {row[0] for row in csv.reader(handle) if row and row[0] != "document"}
