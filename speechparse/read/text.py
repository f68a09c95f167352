"""Text files: bytes to text, by byte-order mark, UTF-8, then GB18030 or Big5.

GB18030 (a superset of GBK and GB2312, so files in those are read as GB18030)
and Big5 can both decode most byte strings of the other without an error, so
when a file is neither marked nor UTF-8 both are tried and the one whose result
is made of common Chinese characters wins; if neither is, the bytes are not
text in any encoding we read and a clear error says so, rather than handing on
mojibake. The encoding used is reported in ``Source.encoding``; Big5 text is
kept as it is (traditional characters are not converted).

A file that is text in one encoding but for a few broken places (a stray NUL, a
byte a copy damaged, a file cut in the middle of a character) is not refused:
each broken place becomes U+FFFD (the replacement character) and is named, by
byte offset and line, in a warning. A few means at most one place per
:data:`BYTES_PER_BROKEN_PLACE` bytes (and at least one): text in another
encoding, or binary data, breaks at almost every character. And the broken
bytes must be under one in :data:`VALID_BYTES_PER_BROKEN_BYTE`, so the text that
was read whole is what shows the encoding.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate
from typing import Final

from attrs import frozen

from speechparse.errors import DecodingError, EmptyInputError
from speechparse.model import StructureWarning
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
#: a text file may hold one broken place (a run of bytes not in its encoding, or a NUL) per this many bytes
BYTES_PER_BROKEN_PLACE: Final = 1000
#: ... and its broken bytes must be fewer than one per this many bytes
VALID_BYTES_PER_BROKEN_BYTE: Final = 100
REPLACEMENT: Final = "\ufffd"
#: broken places named one by one in warnings; beyond, one warning counts the rest
MAX_LISTED: Final = 20
#: a character reference of HTML (&ldquo;, &#8220;, &#x201C;): in a text file, what a scrape of a page left of
#: its markup (Python's re: a literal leads it, and a text without "&" is not searched)
_CHARACTER_REFERENCE: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@frozen
class BrokenPlace:
    """Bytes ``start:end`` of the input that were not text, replaced by U+FFFD at ``offset`` of the text."""

    start: int
    end: int
    offset: int
    line: int  # 1-based line of the text where it stands
    size: int = 1  # replacement characters written for it (one per undecodable sequence)


@frozen
class Decoded:
    """The text of a file, the encoding it was read in, and the places that were broken."""

    text: str
    encoding: str
    broken: tuple[BrokenPlace, ...] = ()
    #: how many HTML character references were read as the characters they name, and where the first stands
    references: int = 0
    first_reference: int | None = None


def decode_text(data: bytes, path: str | None = None) -> Decoded:
    """The text of the bytes of a text file, with any few broken places replaced."""
    decoded = _decode(data, path)
    if not decoded.text.strip():
        raise EmptyInputError(path)
    return decoded


def broken_warnings(decoded: Decoded) -> tuple[StructureWarning, ...]:
    """One warning per broken place (the first :data:`MAX_LISTED` of them), spans in the decoded text."""
    warnings = [
        StructureWarning("broken_bytes", f"bytes {place.start:,}–{place.end - 1:,} (line {place.line}) are not "
                         f"{decoded.encoding}; replaced by U+FFFD", (place.offset, place.offset + place.size))
        for place in decoded.broken[:MAX_LISTED]]
    if len(decoded.broken) > MAX_LISTED:
        warnings.append(StructureWarning("broken_bytes", f"{len(decoded.broken) - MAX_LISTED:,} more broken places "
                                         "not listed", None))
    return tuple(warnings)


def with_references_decoded(decoded: Decoded) -> Decoded:
    """``decoded`` with the HTML character references a scrape left in its text (&ldquo;十四五&rdquo;,
    2023&mdash;2025) read as the characters they name (“十四五”, 2023—2025): the page showed those, and
    deleting the references as markup would lose the document's quotes and dashes. A reference that names
    no character, or names a control character or a line break, stays as written (cleaning removes the
    references it knows as markup)."""
    text = decoded.text
    if "&" not in text:
        return decoded
    pieces: list[str] = []
    starts: list[int] = []  # where each decoded reference stood, and the characters it took away
    shrinks: list[int] = []
    position = 0
    for match in _CHARACTER_REFERENCE.finditer(text):
        reference = match.group()
        character = html.unescape(reference)
        if character == reference or not all(char.isprintable() or unicodedata.category(char) == "Zs"
                                             for char in character):
            continue
        pieces.append(text[position:match.start()])
        pieces.append(character)
        position = match.end()
        starts.append(match.start())
        shrinks.append(len(reference) - len(character))
    if not starts:
        return decoded
    pieces.append(text[position:])
    taken = [0, *accumulate(shrinks)]  # characters taken away before each reference (and after the last)

    def moved(offset: int) -> int:
        return offset - taken[bisect_left(starts, offset)]

    broken = tuple(BrokenPlace(place.start, place.end, moved(place.offset), place.line, place.size)
                   for place in decoded.broken)
    return Decoded("".join(pieces), decoded.encoding, broken, len(starts), moved(starts[0]))


#: what ends a line in a copy besides LF: Word's manual line break (VT, as a copy of a .doc writes it), Unicode's
#: line and paragraph separators, NEL
LINE_SEPARATORS: Final = "\v\u2028\u2029\x85"
#: a run of CRs that no LF follows (an old Mac file, a file of mixed line ends): each CR ends a line; a run before
#: an LF (CR LF, CR CR LF) is one line end, which cleaning closes (Python's re: a literal leads it)
_LONE_CRS: Final = re.compile(r"(?<!\r)\r++(?!\n)")


def with_line_separators_read(text: str) -> tuple[str, tuple[StructureWarning, ...]]:
    """``text`` with every line separator other than LF (and CR LF) read as an LF, and one ``line_separators``
    warning that says how many, at the first. One character for one: every offset stays what it was."""
    found = [char for char in LINE_SEPARATORS if char in text]
    lone = _LONE_CRS.search(text) if "\r" in text else None
    if not found and lone is None:
        return text, ()
    first = min([text.index(char) for char in found] + ([lone.start()] if lone is not None else []))
    count = sum(text.count(char) for char in found)
    if found:
        text = text.translate({ord(char): "\n" for char in found})
    if lone is not None:
        crs = 0

        def as_line_breaks(match: re.Match[str]) -> str:
            nonlocal crs
            crs += len(match.group())
            return "\n" * len(match.group())

        text = _LONE_CRS.sub(as_line_breaks, text)  # (one pass: the CRs counted as they are read)
        count += crs
    return text, (StructureWarning("line_separators", f"{count:,} line separators (Word's manual line break, "
                                   "U+2028, a CR without an LF …) were read as line breaks", (first, first + 1)),)


def reference_warnings(decoded: Decoded) -> tuple[StructureWarning, ...]:
    """One warning that character references were decoded, at the first of them."""
    if not decoded.references or decoded.first_reference is None:
        return ()
    return (StructureWarning("character_references", f"{decoded.references:,} HTML character references "
                             "(&ldquo; …) were read as the characters they name",
                             (decoded.first_reference, decoded.first_reference + 1)),)


def broken_places_allowed(size: int) -> int:
    """How many broken places ``size`` bytes of text may hold and still be read."""
    return max(1, size // BYTES_PER_BROKEN_PLACE)


def _decode(data: bytes, path: str | None) -> Decoded:
    allowed = broken_places_allowed(len(data))
    for bom, encoding in BOMS:
        if data.startswith(bom):
            decoded = _decode_with_repairs(data, encoding, len(bom), allowed)
            if decoded is None:
                raise DecodingError(path, (f"{encoding} (its byte-order mark)",))
            return decoded
    # UTF-8 first, even with a few broken places: text in another encoding breaks at almost every character
    decoded = _decode_with_repairs(data, "utf-8", 0, allowed)
    if decoded is not None:
        return decoded
    best: tuple[float, Decoded] | None = None
    for encoding in LEGACY_ENCODINGS:
        decoded = _decode_with_repairs(data, encoding, 0, allowed)
        if decoded is None:
            continue
        # whole (no broken place) beats repaired, then the commoner characters win
        score = common_share(decoded.text) - (1.0 if decoded.broken else 0.0)
        if best is None or score > best[0]:
            best = (score, decoded)
    if best is None or common_share(best[1].text) < MIN_COMMON_SHARE:
        raise DecodingError(path, TRIED)
    return best[1]


def _decode_with_repairs(data: bytes, encoding: str, start: int, allowed: int) -> Decoded | None:
    """``data[start:]`` in ``encoding``, each broken place replaced; None if more than ``allowed`` or binary.

    Each stretch between broken places is decoded once by the codec's strict C
    decoder (which stops at the first error), so the cost stays linear.
    """
    decode: Callable[[memoryview], tuple[str, int]] = codecs.getdecoder(encoding)
    view = memoryview(data)
    repairs = _Repairs(encoding, allowed, (len(data) - start) // VALID_BYTES_PER_BROKEN_BYTE)
    position = start
    while True:
        try:
            repairs.add_text(decode(view[position:])[0], position)
            break
        except UnicodeDecodeError as error:
            repairs.add_text(decode(view[position:position + error.start])[0], position)
            repairs.add_broken(position + error.start, position + error.end)
            position += error.end
        if repairs.too_many():
            return None
    if repairs.too_many():
        return None
    text = "".join(repairs.parts)
    if looks_binary(text):
        return None
    return Decoded(text, encoding, tuple(repairs.broken))


class _Repairs:
    """The decoded text piece by piece, with its broken places replaced and recorded."""

    def __init__(self, encoding: str, allowed: int, allowed_bytes: int) -> None:
        self.encoding = encoding
        self.allowed = allowed
        self.allowed_bytes = allowed_bytes
        self.broken_bytes = 0
        self.parts: list[str] = []
        self.broken: list[BrokenPlace] = []
        self.length = 0  # characters so far
        self.lines = 1  # line of the next character

    def add_text(self, text: str, byte_start: int) -> None:
        """Decoded text from ``byte_start``; a NUL in it (valid in every codec, never in text) is broken too."""
        if "\x00" not in text:
            self._append(text)
            return
        byte_at = byte_start
        width = len("\x00".encode(self.encoding))
        pieces = text.split("\x00")
        for index, piece in enumerate(pieces):
            self._append(piece)
            byte_at += len(piece.encode(self.encoding))
            if index < len(pieces) - 1:
                self.add_broken(byte_at, byte_at + width)
                byte_at += width

    def add_broken(self, start: int, end: int) -> None:
        """Bytes ``start:end`` that are not text, replaced where they stood; side by side, they are one place."""
        self.broken_bytes += end - start
        last = self.broken[-1] if self.broken else None
        if last is not None and last.end == start:
            self.broken[-1] = BrokenPlace(last.start, end, last.offset, last.line, last.size + 1)
        else:
            self.broken.append(BrokenPlace(start, end, self.length, self.lines))
        self._append(REPLACEMENT)

    def too_many(self) -> bool:
        return len(self.broken) > self.allowed or self.broken_bytes > self.allowed_bytes

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        self.lines += text.count("\n")


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
