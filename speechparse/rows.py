"""Flat rows for analysis: one row per section and point, for CSV, Parquet and data frames.

Researchers who count points across thousands of speeches want a table, not a
tree: each row names its document, what it is (``section`` or ``point``), its
JSON pointer, its place (the markers and headings of the sections above it),
its level, marker, scheme and number, its heading or lead, and its spans in
the cleaned text and the raw input. A document that could not be parsed is
one ``error`` row, so a table of a corpus lists every file.

CSV is written with the standard library; Parquet needs pyarrow (the extra
``speechparse[parquet]``), imported only when a Parquet file is written.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO, Any, Final

from attrs import astuple, fields, frozen

from speechparse.chunks import heading_line
from speechparse.errors import MissingExtraError
from speechparse.model import Document, Node

#: what joins the headings of the sections above a row in ``path``
PATH_SEPARATOR: Final = " > "


@frozen
class Row:
    """A section or a point as one flat record."""

    document: str
    type: str  # "section", "point", or "error" for a document that could not be parsed
    ref: str  # JSON pointer into the document (#/body/2/children/0)
    path: str  # markers and headings of the enclosing sections, joined by " > "
    level: int | None  # a section's level; a point's is its section's (0 outside any section)
    marker: str
    scheme: str
    number: int | None
    text: str  # a section's heading, a point's lead, an error's message
    start: int | None
    end: int | None
    raw_start: int | None
    raw_end: int | None


#: the columns of a table of rows, in order
COLUMNS: Final = tuple(attribute.name for attribute in fields(Row))


def document_rows(document: Document, *, document_name: str | None = None) -> list[Row]:
    """The rows of one document, in document order (outer sections before what they hold)."""
    name = document_name if document_name is not None else (document.source.path or document.title or "")
    return list(_rows(document, name, document.body, "#/body", ()))


def error_row(document_name: str, error_type: str, message: str) -> Row:
    """The row that stands for a document that could not be parsed."""
    return Row(document_name, "error", "", "", None, "", error_type, None, message, None, None, None, None)


def _rows(document: Document, name: str, nodes: Iterable[Node], ref: str,
          path: tuple[str, ...]) -> Iterator[Row]:
    for index, node in enumerate(nodes):
        node_ref = f"{ref}/{index}" if ref == "#/body" else f"{ref}/children/{index}"
        inner = path
        if node.TYPE in ("section", "point"):
            start, end = node.span
            raw_start, raw_end = document.raw_span(node.span)
            section = node.TYPE == "section"
            text = getattr(node, "heading" if section else "lead", "")
            yield Row(name, node.TYPE, node_ref, PATH_SEPARATOR.join(path),
                      getattr(node, "level", None) if section else len(path), getattr(node, "marker", "").strip(),
                      getattr(node, "scheme", ""), getattr(node, "number", None), text, start, end, raw_start, raw_end)
            if section:
                inner = (*path, heading_line(document.text, node))
        yield from _rows(document, name, getattr(node, "children", ()), node_ref, inner)


# ---------------------------------------------------------------- tables


def write_csv(rows: Iterable[Row], stream: IO[str], *, header: bool = True) -> None:
    """Rows as CSV (RFC 4180, UTF-8 as the stream encodes it), the header first unless ``header=False``."""
    writer = csv.writer(stream, lineterminator="\n")
    if header:
        writer.writerow(COLUMNS)
    writer.writerows(["" if value is None else value for value in astuple(row)] for row in rows)


class ParquetWriter:
    """Rows appended to one Parquet file, a row group per batch (pyarrow, extra ``speechparse[parquet]``)."""

    def __init__(self, path: str) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise MissingExtraError("Parquet output", "parquet") from None
        self._pa: Any = pa
        integer, string = pa.int64(), pa.string()
        self.schema: Any = pa.schema([(name, integer if name in _INTEGER_COLUMNS else string) for name in COLUMNS])
        self.writer: Any = pq.ParquetWriter(path, self.schema)

    def write(self, rows: Iterable[Row]) -> None:
        columns: dict[str, list[Any]] = {name: [] for name in COLUMNS}
        for row in rows:
            for name, value in zip(COLUMNS, astuple(row), strict=True):
                columns[name].append(value)
        self.writer.write_table(self._pa.table(columns, schema=self.schema))

    def close(self) -> None:
        self.writer.close()


_INTEGER_COLUMNS: Final = frozenset(("level", "number", "start", "end", "raw_start", "raw_end"))
