"""speechparse: Chinese official speeches and documents as a structured tree.

    >>> import speechparse
    >>> doc = speechparse.parse("seeds/000_ad121b51ce1c70a2.txt")  # doctest: +SKIP
    >>> print(doc.outline())  # doctest: +SKIP
    >>> doc.to_json()  # doctest: +SKIP
"""

from speechparse.errors import (
    DecodingError,
    EmptyInputError,
    InputNotFoundError,
    InputUnreadableError,
    ParseError,
    UnfilledSlotsError,
    UnknownSlotError,
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
from speechparse.serialize import json_schema

__version__ = "0.1.0"

__all__ = [
    "Closing",
    "DateLine",
    "DecodingError",
    "Document",
    "EmptyInputError",
    "FillResult",
    "Header",
    "InputNotFoundError",
    "InputUnreadableError",
    "Meta",
    "Node",
    "Paragraph",
    "ParseError",
    "Part",
    "Placeholder",
    "Point",
    "Salutation",
    "Section",
    "Slot",
    "Source",
    "Speaker",
    "StructureWarning",
    "Subtitle",
    "Title",
    "UnfilledSlotsError",
    "UnknownSlotError",
    "json_schema",
    "parse",
    "parse_text",
]
