"""The document model: frozen, slotted attrs classes with no I/O.

A :class:`Document` holds the cleaned ``text`` and a tree of nodes in ``body``.
Every node has a ``span``, ``(start, end)`` in code points into ``text``;
children's spans lie inside their parent's, in document order, and the
top-level nodes tile ``text`` from its first character to its last, so no
character is outside the tree.

Serialization lives in :mod:`speechparse.serialize`; the ``to_json`` and
``from_json`` methods here only forward to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, ClassVar

from attrs import field, frozen, validators

from speechparse.vocab import SCHEMES

if TYPE_CHECKING:
    from speechparse.fill import FillResult

SCHEMA: str = "speechparse/1"
PLACEHOLDER_KINDS = ("region", "person", "number", "date", "other")

Span = tuple[int, int]


def _to_span(value: Iterable[int]) -> Span:
    start, end = value
    return int(start), int(end)


def _to_nodes(value: Iterable[Node]) -> tuple[Node, ...]:
    return tuple(value)


def _check_span(_instance: object, _attribute: object, value: Span) -> None:
    start, end = value
    if not 0 <= start <= end:
        raise ValueError(f"span {value!r} is not an ordered pair of offsets")


_scheme = validators.in_(tuple(SCHEMES))


@frozen
class Source:
    """Where the text came from and how it was decoded."""

    path: str | None
    format: str = "text"
    encoding: str | None = None


@frozen
class Meta:
    """What document-site noise said about the document."""

    file_title: str | None = None
    site: str | None = None
    pages: int | None = None
    keywords: tuple[str, ...] = field(default=(), converter=tuple[str, ...])
    truncated: bool = False


@frozen
class Removal:
    """A span of the raw input that cleaning removed, and the rule that removed it."""

    rule: str
    span: Span = field(converter=_to_span, validator=_check_span)  # offsets into the raw input
    text: str = ""


@frozen
class StructureWarning:
    """Something a careful reader should check, with where it is."""

    code: str
    message: str
    span: Span | None = None


@frozen
class Placeholder:
    """A blank of a template: ``X``, ``××``, ``某某`` … what it stands for, and its slot.

    Blanks that must take the same value share a ``slot`` (every 全X is one place).
    """

    text: str
    kind: str = field(validator=validators.in_(PLACEHOLDER_KINDS))
    span: Span = field(converter=_to_span, validator=_check_span)
    slot: str = ""
    #: the text the slot's name writes (the blank with its context word: 全X, X委);
    #: filling the slot replaces this span
    slot_span: Span | None = None


@frozen
class Slot:
    """A value a template needs: its name, kind, how many blanks take it, and where."""

    key: str
    kind: str
    count: int
    contexts: tuple[str, ...] = field(converter=tuple[str, ...])  # the first few blanks with text around them


# ---------------------------------------------------------------- nodes


@frozen
class Line:
    """A node made of one piece of text: a title, a date line, a salutation …"""

    TYPE: ClassVar[str] = "line"
    span: Span = field(converter=_to_span, validator=_check_span)
    text: str = ""


@frozen
class Header(Line):
    """Text above the title: a red header, a document number, site lines."""

    TYPE: ClassVar[str] = "header"


@frozen
class Title(Line):
    """The document's title (its node; ``Document.title`` holds the cleaned string)."""

    TYPE: ClassVar[str] = "title"


@frozen
class Subtitle(Line):
    """A second title line, such as ——在…会议上的讲话."""

    TYPE: ClassVar[str] = "subtitle"


@frozen
class DateLine(Line):
    """A date line under the title, such as （2020年3月10日）."""

    TYPE: ClassVar[str] = "dateline"


@frozen
class Speaker(Line):
    """The speaker or author line under the title."""

    TYPE: ClassVar[str] = "speaker"


@frozen
class Salutation(Line):
    """同志们： or a notice's addressee line."""

    TYPE: ClassVar[str] = "salutation"


@frozen
class Closing(Line):
    """A closing formula such as 谢谢大家！"""

    TYPE: ClassVar[str] = "closing"


@frozen
class Point:
    """One item of an enumeration inside running text: 一是…, 二要…, 首先…"""

    TYPE: ClassVar[str] = "point"
    span: Span = field(converter=_to_span, validator=_check_span)
    marker: str = ""
    scheme: str = field(default="cn_shi", validator=_scheme)
    number: int = 1
    lead: str = ""
    children: tuple[Node, ...] = field(default=(), converter=_to_nodes)
    raw_span: Span | None = None  # the span in the raw input, before cleaning


@frozen
class Paragraph:
    """A paragraph of running text; its children are the points it holds."""

    TYPE: ClassVar[str] = "paragraph"
    span: Span = field(converter=_to_span, validator=_check_span)
    children: tuple[Node, ...] = field(default=(), converter=_to_nodes)


@frozen
class Section:
    """A numbered heading and everything under it."""

    TYPE: ClassVar[str] = "section"
    span: Span = field(converter=_to_span, validator=_check_span)
    marker: str = ""
    scheme: str = field(default="cn", validator=_scheme)
    number: int = 1
    level: int = field(default=1, validator=validators.ge(1))
    heading: str = ""
    heading_span: Span = field(default=(0, 0), converter=_to_span, validator=_check_span)
    children: tuple[Node, ...] = field(default=(), converter=_to_nodes)
    raw_span: Span | None = None  # the span in the raw input, before cleaning


@frozen
class Part:
    """A part of the document that starts with a label: 附件1, 名词解释."""

    TYPE: ClassVar[str] = "part"
    span: Span = field(converter=_to_span, validator=_check_span)
    label: str = ""
    children: tuple[Node, ...] = field(default=(), converter=_to_nodes)


Node = (
    Header | Title | Subtitle | DateLine | Speaker | Salutation | Closing
    | Paragraph | Point | Section | Part
)
NODE_TYPES: tuple[type, ...] = (
    Header, Title, Subtitle, DateLine, Speaker, Salutation, Closing,
    Paragraph, Point, Section, Part,
)


def node_type(node: Node) -> str:
    """The ``type`` string a node has in JSON."""
    return node.TYPE


@frozen
class Document:
    """A parsed speech or document: cleaned text, the tree over it, its blanks."""

    source: Source
    text: str
    body: tuple[Node, ...] = field(converter=_to_nodes)
    title: str | None = None
    meta: Meta = Meta()
    placeholders: tuple[Placeholder, ...] = field(default=(), converter=tuple[Placeholder, ...])
    warnings: tuple[StructureWarning, ...] = field(default=(), converter=tuple[StructureWarning, ...])
    #: what cleaning removed from the raw input, rule by rule
    removed: tuple[Removal, ...] = field(default=(), converter=tuple[Removal, ...])
    #: the raw-input intervals that survive cleaning, in order: ``text`` is their
    #: concatenation, so every offset of ``text`` maps back to the raw input
    source_map: tuple[Span, ...] = field(default=(), converter=tuple[Span, ...])
    schema: str = SCHEMA

    # -------------------------------------------------------------- provenance

    def to_raw(self, offset: int) -> int:
        """The raw-input offset of ``text[offset]`` (or of the end, for ``len(text)``)."""
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} is outside the text (length {len(self.text)})")
        if not self.source_map:
            return offset
        position = 0
        for raw_start, raw_end in self.source_map:
            length = raw_end - raw_start
            if offset < position + length:
                return raw_start + offset - position
            position += length
        return self.source_map[-1][1]

    def raw_span(self, span: Span) -> Span:
        """The raw-input span a span of ``text`` covers (with anything removed inside it)."""
        start, end = span
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        return self.to_raw(start), self.to_raw(end - 1) + 1

    # -------------------------------------------------------------- traversal

    def walk(self) -> Iterator[tuple[str, Node]]:
        """Yield ``(ref, node)`` for every node in document order.

        ``ref`` is a JSON pointer into the serialized document, such as
        ``#/body/3/children/0``, so a node can be named in messages and tests.
        """
        stack: list[tuple[str, Node]] = [
            (f"#/body/{i}", node) for i, node in reversed(list(enumerate(self.body)))
        ]
        while stack:
            ref, node = stack.pop()
            yield ref, node
            children = getattr(node, "children", ())
            stack.extend(
                (f"{ref}/children/{i}", child)
                for i, child in reversed(list(enumerate(children)))
            )

    def sections(self) -> Iterator[Section]:
        """Every section, outer before inner, in document order."""
        return (node for _, node in self.walk() if isinstance(node, Section))

    def points(self) -> Iterator[Point]:
        """Every point in document order."""
        return (node for _, node in self.walk() if isinstance(node, Point))

    def node_text(self, node: Node) -> str:
        """The slice of ``text`` a node covers."""
        start, end = node.span
        return self.text[start:end]

    # -------------------------------------------------------------- output

    def to_json(self, *, indent: int | None = None) -> str:
        """The document as JSON (``../spec/output.md``; schema in ``schema.json``)."""
        from speechparse.serialize import dumps

        return dumps(self, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        """Rebuild a document from :meth:`to_json` output."""
        from speechparse.serialize import loads

        return loads(data)

    # -------------------------------------------------------------- templates

    def slots(self) -> tuple[Slot, ...]:
        """The values this template needs, one per slot, in order of first appearance."""
        from speechparse.fill import list_slots

        return list_slots(self)

    def fill(self, values: Mapping[str, str], *, strict: bool = False) -> FillResult:
        """The text with blanks filled from ``values`` (slot name → value).

        An unknown slot name raises :class:`speechparse.UnknownSlotError`; slots
        without a value stay blank and are listed in ``FillResult.unfilled``
        (with ``strict=True`` they raise :class:`speechparse.UnfilledSlotsError`).
        """
        from speechparse.fill import fill

        return fill(self, values, strict=strict)

    def outline(self) -> str:
        """An indented table of contents: marker, number, heading; points under sections."""
        from speechparse.render import render_outline

        return render_outline(self)
