"""speechparse: Chinese official speeches and documents as a structured tree.

    >>> import speechparse
    >>> doc = speechparse.parse("seeds/000_ad121b51ce1c70a2.txt")  # doctest: +SKIP
    >>> print(doc.outline())  # doctest: +SKIP
    >>> doc.to_json()  # doctest: +SKIP
    >>> doc.to_markdown(), doc.chunks(max_chars=800), doc.rows()  # doctest: +SKIP
    >>> for outcome in speechparse.parse_many(paths, jobs=4): ...  # doctest: +SKIP
"""

from typing import TYPE_CHECKING, Any

from speechparse.chunks import Chunk, ChunkSizeWarning
from speechparse.errors import (
    CorruptDocumentError,
    DecodingError,
    EmptyInputError,
    EncryptedDocumentError,
    InputIsFolderError,
    InputNotFoundError,
    InputTooLargeError,
    InputUnreadableError,
    LegacyFormatError,
    MissingExtraError,
    NothingButNoiseError,
    ParseError,
    StructureTooDenseError,
    TextGivenAsPathError,
    UnfilledSlotsError,
    UnknownSlotError,
    UnsupportedFormatError,
)
from speechparse.fill import FillResult
from speechparse.model import (
    Closing,
    DateLine,
    Document,
    Header,
    Meta,
    Node,
    Paragraph,
    Part,
    Placeholder,
    Point,
    Salutation,
    Section,
    Slot,
    Source,
    Speaker,
    StructureWarning,
    Subtitle,
    Title,
)
from speechparse.pipeline import parse, parse_text
from speechparse.rows import Row
from speechparse.serialize import json_schema

if TYPE_CHECKING:
    from speechparse.batch import Failure, parse_many

__version__ = "0.1.0"

#: names imported when first used: batch parsing brings in process pools, which a single parse does not need
_LAZY = {"Failure": "speechparse.batch", "parse_many": "speechparse.batch"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'speechparse' has no attribute {name!r}")

__all__ = [
    "Chunk",
    "ChunkSizeWarning",
    "Closing",
    "CorruptDocumentError",
    "DateLine",
    "DecodingError",
    "Document",
    "EmptyInputError",
    "EncryptedDocumentError",
    "Failure",
    "FillResult",
    "Header",
    "InputIsFolderError",
    "InputNotFoundError",
    "InputTooLargeError",
    "InputUnreadableError",
    "LegacyFormatError",
    "Meta",
    "MissingExtraError",
    "Node",
    "NothingButNoiseError",
    "Paragraph",
    "ParseError",
    "Part",
    "Placeholder",
    "Point",
    "Row",
    "Salutation",
    "Section",
    "Slot",
    "Source",
    "Speaker",
    "StructureTooDenseError",
    "StructureWarning",
    "Subtitle",
    "TextGivenAsPathError",
    "Title",
    "UnfilledSlotsError",
    "UnknownSlotError",
    "UnsupportedFormatError",
    "json_schema",
    "parse",
    "parse_many",
    "parse_text",
]
