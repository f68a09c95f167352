"""Stage 1, read: a path or bytes in, decoded text and its :class:`Source` out.

Text is decoded by its byte-order mark, else as strict UTF-8, else as GB18030
(which contains GBK and GB2312, so files in those are read as GB18030). The
encoding used is reported in ``Source.encoding``.
"""

from __future__ import annotations

import codecs
import os
from typing import Final

from attrs import frozen

from speechparse.errors import DecodingError, EmptyInputError, InputNotFoundError, InputUnreadableError
from speechparse.model import Source

BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
FALLBACKS: Final = ("utf-8", "gb18030")
#: share of control characters above which decoded "text" is really binary
MAX_CONTROL_SHARE: Final = 0.01
#: control characters that do not occur in text files
_BINARY_CONTROLS: Final = tuple(chr(code) for code in range(32) if chr(code) not in "\t\n\r\f\v")

PathLike = str | os.PathLike[str]


@frozen
class SourceText:
    """Decoded text and where it came from."""

    text: str
    source: Source


def read_path(path: PathLike) -> SourceText:
    """Read and decode a file."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputNotFoundError(name) from None
    except IsADirectoryError:
        raise InputUnreadableError(name, "it is a folder") from None
    except OSError as exc:
        raise InputUnreadableError(name, exc.strerror or type(exc).__name__) from None
    return read_bytes(data, path=name)


def read_bytes(data: bytes, *, path: str | None = None) -> SourceText:
    """Decode bytes by BOM, then strict UTF-8, then GB18030."""
    text, encoding = _decode(data, path)
    if not text.strip():
        raise EmptyInputError(path)
    return SourceText(text=text, source=Source(path=path, format="txt" if path else "text", encoding=encoding))


def _decode(data: bytes, path: str | None) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError:
                break
            return _checked(text, path), encoding.removesuffix("-sig")
    for encoding in FALLBACKS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text, encoding
    raise DecodingError(path, ("a byte-order mark", *FALLBACKS))


def _checked(text: str, path: str | None) -> str:
    if _looks_binary(text):
        raise DecodingError(path, ("the encoding its byte-order mark names",))
    return text


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(text.count(char) for char in _BINARY_CONTROLS)  # str.count runs in C
    return controls > MAX_CONTROL_SHARE * len(text)
