"""Text files: bytes to text, by byte-order mark, UTF-8, then GB18030 or Big5.

GB18030 (a superset of GBK and GB2312, so files in those are read as GB18030)
and Big5 can both decode most byte strings of the other without an error, so
when a file is neither marked nor UTF-8 both are tried and the one whose result
is made of common Chinese characters wins; if neither is, the bytes are not
text in any encoding we read and a clear error says so, rather than handing on
mojibake. The encoding used is reported in ``Source.encoding``; Big5 text is
kept as it is (traditional characters are not converted).
"""

from __future__ import annotations

import codecs
from typing import Final

from speechparse.errors import DecodingError, EmptyInputError
from speechparse.vocab import COMMON_HAN

BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: tried, in this order, on bytes with no byte-order mark that are not UTF-8
LEGACY_ENCODINGS: Final = ("gb18030", "big5")
TRIED: Final = ("a byte-order mark", "utf-8", *LEGACY_ENCODINGS)
#: share of control characters above which decoded "text" is really binary
MAX_CONTROL_SHARE: Final = 0.01
#: share of common characters among the non-ASCII ones that real Chinese text has
MIN_COMMON_SHARE: Final = 0.25
#: how much of a text is looked at to judge its encoding
SAMPLE: Final = 20000
#: control characters that do not occur in text files
_BINARY_CONTROLS: Final = tuple(chr(code) for code in range(32) if chr(code) not in "\t\n\r\f\v")


def decode_text(data: bytes, path: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of the bytes of a text file."""
    text, encoding = _decode(data, path)
    if not text.strip():
        raise EmptyInputError(path)
    return text, encoding


def _decode(data: bytes, path: str | None) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise DecodingError(path, (f"{encoding} (its byte-order mark)",)) from None
            if looks_binary(text):
                raise DecodingError(path, (f"{encoding} (its byte-order mark)",))
            return text, encoding
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if looks_binary(text):
            raise DecodingError(path, TRIED)
        return text, "utf-8"
    best: tuple[float, str, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_binary(text):
            continue
        score = common_share(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None or best[0] < MIN_COMMON_SHARE:
        raise DecodingError(path, TRIED)
    return best[1], best[2]


def common_share(text: str) -> float:
    """Share of common Chinese characters among the non-ASCII characters of ``text``."""
    sample = text[:SAMPLE]
    wide = [char for char in sample if not char.isascii() and not char.isspace()]
    if not wide:
        return 1.0
    return sum(1 for char in wide if char in COMMON_HAN) / len(wide)


def looks_binary(text: str) -> bool:
    """A NUL or many control characters: the bytes were not text."""
    if "\x00" in text:
        return True
    controls = sum(text.count(char) for char in _BINARY_CONTROLS)  # str.count runs in C
    return controls > MAX_CONTROL_SHARE * len(text)
