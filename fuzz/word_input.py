"""Fuzz inputs that are Word files: a leading byte, then the XML of the parts, which this wraps in a package.

Mutating a compressed .docx breaks its zip long before the XML is reached, so
an input that opens with :data:`WORD_INPUT` is the text of ``word/document.xml``,
``word/styles.xml`` and ``word/numbering.xml`` split by :data:`SEPARATOR`; the
harness stores them, uncompressed, in a package with its relationships, and the
fuzzer mutates the XML the reader reads.
"""

from __future__ import annotations

import io
import zipfile

WORD_INPUT = b"\x01"
SEPARATOR = b"\n@@\n"
_R = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def word_package(parts: bytes) -> bytes:
    """A .docx holding the document, styles and numbering XML of ``parts`` (missing parts are left out)."""
    document, styles, numbering, *_ = [*parts.split(SEPARATOR, 2), b"", b""]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{_R}"><Relationship Id="rId1" '
                                        f'Type="{_TYPES}officeDocument" Target="word/document.xml"/></Relationships>')
        archive.writestr("word/_rels/document.xml.rels",
                         f'<Relationships xmlns="{_R}">'
                         f'<Relationship Id="rId1" Type="{_TYPES}styles" Target="styles.xml"/>'
                         f'<Relationship Id="rId2" Type="{_TYPES}numbering" Target="numbering.xml"/></Relationships>')
        archive.writestr("word/document.xml", document)
        if styles:
            archive.writestr("word/styles.xml", styles)
        if numbering:
            archive.writestr("word/numbering.xml", numbering)
    return buffer.getvalue()


def as_parsed(data: bytes) -> bytes:
    """The bytes ``parse`` is given for a fuzz input: a Word package, or the input itself."""
    return word_package(data[len(WORD_INPUT):]) if data.startswith(WORD_INPUT) else data
