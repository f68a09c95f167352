"""speechparse: Chinese official speeches and documents as a structured tree.

    >>> import speechparse
    >>> doc = speechparse.parse("seeds/000_ad121b51ce1c70a2.txt")  # doctest: +SKIP
    >>> print(doc.outline())  # doctest: +SKIP
    >>> doc.to_json()  # doctest: +SKIP
    >>> doc.to_markdown(), doc.chunks(max_chars=800), doc.rows()  # doctest: +SKIP
"""

from speechparse.chunks import Chunk, ChunkSizeWarning
from speechparse.errors import (
    CorruptDocumentError,
    DecodingError,
    EmptyInputError,
    InputNotFoundError,
    InputTooLargeError,
    InputUnreadableError,
    LegacyFormatError,
    MissingExtraError,
    NothingButNoiseError,
    ParseError,
    StructureTooDenseError,
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

__version__ = "0.1.0"

__all__ = [
    "Chunk",
    "ChunkSizeWarning",
    "Closing",
    "CorruptDocumentError",
    "DateLine",
    "DecodingError",
    "Document",
    "EmptyInputError",
    "FillResult",
    "Header",
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
    "Title",
    "UnfilledSlotsError",
    "UnknownSlotError",
    "UnsupportedFormatError",
    "json_schema",
    "parse",
    "parse_text",
]
