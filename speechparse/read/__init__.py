"""Stage 1, read: a path, bytes or a binary file in; text and its :class:`Source` out.

The reader is picked by content, not by the file name: a zip with Word's parts
is a .docx (:mod:`.docx`), markup is a web page (:mod:`.html`), text that is
clearly Markdown (or a file named .md) is Markdown (:mod:`.markdown`), anything
else is decoded as text (:mod:`.text`). Old binary formats (.doc, .wps, .pdf,
.rtf) get an error that says how to convert them, and files locked by
encryption (:mod:`.encrypted`) one that says what locked them.
"""

from __future__ import annotations

import os
import stat
from typing import Final, Protocol

import regex
from attrs import evolve, field, frozen

from speechparse.errors import (
    EmptyInputError,
    InputIsFolderError,
    InputNotFoundError,
    InputTooLargeError,
    InputUnreadableError,
    LegacyFormatError,
    TextGivenAsPathError,
    UnsupportedFormatError,
)
from speechparse.lazyregex import lazy_compile
from speechparse.limits import DEFAULT_MAX_BYTES
from speechparse.model import Meta, Source, StructureWarning
from speechparse.read.encrypted import OLE_SIGNATURE, check_not_encrypted
from speechparse.read.markdown import looks_like_markdown
from speechparse.read.text import broken_warnings, decode_text, reference_warnings, with_references_decoded

# Patterns: applied to the first 4 KiB only, no nested quantifiers: no timeout needed.
_ZIP: Final = b"PK\x03\x04"
_SIGNATURES: Final = (
    (OLE_SIGNATURE, "Word 97–2003 (.doc) or WPS"),
    (b"%PDF-", "PDF"),
    (b"{\\rtf", "RTF"),
)
_MARKUP: Final = lazy_compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html|<head|<body)", regex.IGNORECASE)
_TAGS: Final = lazy_compile(r"</(?:p|div|td|span|body|html)>", regex.IGNORECASE)
#: a closing tag that ends its line: a copy that kept its line breaks is text with the page's markup left in it
#: (the clean stage deletes it, a line it stood outside of included), not a page's markup around its text
_TAG_ENDING_A_LINE: Final = lazy_compile(r"</(?:p|div|td|span|body|html)>[ \t]*(?:\r?\n|\Z)", regex.IGNORECASE)


class BinaryReadable(Protocol):
    def read(self) -> bytes: ...


@frozen
class SourceText:
    """Text as read, where it came from, and what the format said about its outline."""

    text: str
    source: Source
    #: offsets of line starts in ``text`` → the outline level a Word document gave
    #: that paragraph (0 = top); evidence for levels, never the only signal
    outline_hints: tuple[tuple[int, int], ...] = field(default=(), converter=tuple[tuple[int, int], ...])
    #: spans of ``text`` that are the format's syntax, not the document's words, each with the name
    #: of its construct (``markdown.heading`` …): the clean stage deletes them first, as removals
    markup: tuple[tuple[int, int, str], ...] = field(default=(), converter=tuple[tuple[int, int, str], ...])
    #: what the reader had to repair or leave out (broken bytes, unresolved entities), spans in ``text``
    warnings: tuple[StructureWarning, ...] = field(default=(), converter=tuple[StructureWarning, ...])
    #: what the format said about the document (a web page's date and address); the parse adds it to
    #: what cleaning found
    meta: Meta = field(factory=Meta)


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
              max_units: int | None = None) -> SourceText:
    """Read a regular file, whatever its format; at most ``max_bytes`` + 1 bytes are read."""
    name = os.fspath(path)
    if isinstance(path, str) and _cannot_be_a_path(name) and not os.path.lexists(name):
        raise TextGivenAsPathError(name)
    if "\x00" in name:
        raise InputUnreadableError(name.replace("\x00", "\\x00"), "a path cannot hold a NUL character")
    try:
        # non-blocking, so a named pipe without a writer opens at once and is refused below
        descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputNotFoundError(name) from None
    except IsADirectoryError:
        raise InputIsFolderError(name) from None
    except PermissionError:
        raise InputUnreadableError(name, "permission denied") from None
    except OSError as exc:
        raise InputUnreadableError(name, exc.strerror or type(exc).__name__) from None
    try:
        data = _read_regular_file(descriptor, name, max_bytes)
    finally:
        os.close(descriptor)
    return read_bytes(data, path=name, max_bytes=max_bytes, max_units=max_units)


#: the longest name of one file or folder that common file systems allow (NAME_MAX), in bytes
MAX_NAME_BYTES: Final = 255


def _cannot_be_a_path(name: str) -> bool:
    """A string with a line break, or with a part longer than any file name, is text (when no such file is
    there): parse() was given the document instead of its path."""
    if "\n" in name or "\r" in name:
        return True
    return any(len(part.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES for part in name.split(os.sep))


#: bytes asked of the operating system at once
_READ_CHUNK: Final = 1 << 20


def _read_regular_file(descriptor: int, name: str, max_bytes: int) -> bytes:
    """The bytes of an open file, refused unless it is a regular file of at most ``max_bytes``.

    A device (/dev/zero), a named pipe or a socket has no end a reader can rely on,
    so it is refused whatever its name; what is checked is the file opened, not the path.
    """
    try:
        status = os.fstat(descriptor)
    except OSError as exc:
        raise InputUnreadableError(name, exc.strerror or type(exc).__name__) from None
    if stat.S_ISDIR(status.st_mode):
        raise InputIsFolderError(name)
    if not stat.S_ISREG(status.st_mode):
        raise InputUnreadableError(name, "not a regular file (a device, a named pipe or a socket)")
    if status.st_size > max_bytes:
        raise InputTooLargeError(name, status.st_size, max_bytes)
    chunks: list[bytes] = []
    left = max_bytes + 1  # one byte more than allowed tells a file that grew past the limit
    try:
        while left > 0:
            chunk = os.read(descriptor, min(left, _READ_CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise InputUnreadableError(name, exc.strerror or type(exc).__name__) from None
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise InputTooLargeError(name, max(len(data), status.st_size), max_bytes)
    return data


def read_stream(stream: BinaryReadable, *, max_bytes: int = DEFAULT_MAX_BYTES,
                max_units: int | None = None) -> SourceText:
    """Read a binary file object (anything with ``read()`` giving bytes)."""
    data = stream.read(max_bytes + 1)  # type: ignore[call-arg]
    if not isinstance(data, bytes | bytearray):
        raise UnsupportedFormatError(getattr(stream, "name", None), "a text stream; open the file in binary mode")
    name = getattr(stream, "name", None)
    return read_bytes(bytes(data), path=name if isinstance(name, str) else None, max_bytes=max_bytes,
                      max_units=max_units)


def read_bytes(data: bytes, *, path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               max_units: int | None = None) -> SourceText:
    """Read bytes, whatever their format. ``max_units`` is the structure budget
    (:mod:`speechparse.limits`): what the Word and web-page readers build, and what a reader that
    finds markup (Markdown) spends as it goes."""
    if len(data) > max_bytes:
        raise InputTooLargeError(path, len(data), max_bytes)
    if not data.strip():
        raise EmptyInputError(path)
    check_not_encrypted(data, path)
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise LegacyFormatError(path, kind)
    if data.startswith(_ZIP):
        return _read_zip(data, path, max_bytes, max_units)
    decoded = decode_text(data, path)
    if not decoded.text or decoded.text.isspace():  # a byte-order mark alone; spaces of other scripts (U+3000)
        raise EmptyInputError(path)
    if looks_like_markdown(decoded.text, path) and not _MARKUP.match(decoded.text[:4096]):
        from speechparse.read.markdown import read_markdown

        markdown = read_markdown(decoded.text, path=path, encoding=decoded.encoding, max_units=max_units)
        return evolve(markdown, warnings=broken_warnings(decoded))
    if _looks_like_html(decoded.text):
        from speechparse.read.html import read_html

        return read_html(decoded.text, path=path, encoding=decoded.encoding, max_units=max_units)
    decoded = with_references_decoded(decoded)  # a scrape's leaked &ldquo; is the page's “
    return SourceText(text=decoded.text, source=Source(path=path, format="txt" if path else "text",
                                                       encoding=decoded.encoding),
                      warnings=broken_warnings(decoded) + reference_warnings(decoded))


def _read_zip(data: bytes, path: str | None, max_bytes: int, max_units: int | None) -> SourceText:
    from speechparse.read.docx import read_docx

    return read_docx(data, path=path, max_bytes=max_bytes, max_units=max_units)


def _looks_like_html(text: str) -> bool:
    """A web page: it opens as one, or its paragraphs stand in tags on shared lines (most of its closing
    tags end no line), where only reading the markup can part them."""
    head = text[:4096]
    if _MARKUP.match(head):
        return True
    closing = len(_TAGS.findall(head))
    return closing >= 3 and 2 * len(_TAG_ENDING_A_LINE.findall(head)) < closing


__all__ = ["DEFAULT_MAX_BYTES", "SourceText", "read_bytes", "read_path", "read_stream"]
