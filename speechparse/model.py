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

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import pairwise
from typing import TYPE_CHECKING, ClassVar

from attrs import field, frozen, validators

from speechparse.vocab.schemes import SCHEME_NAMES

if TYPE_CHECKING:
    from speechparse.chunks import Chunk
    from speechparse.fill import FillResult
    from speechparse.rows import Row

SCHEMA: str = "speechparse/1"
PLACEHOLDER_KINDS = ("region", "person", "number", "date", "other")

Span = tuple[int, int]


def _to_span(value: Iterable[int]) -> Span:
    """A span as a pair of ints, checked to be ordered offsets (one converter that checks, not a converter
    and a validator: every node and removal has a span, and a call costs)."""
    if type(value) is tuple and len(value) == 2 and type(value[0]) is int and type(value[1]) is int:
        span = value  # already a span: kept, so a node's span and raw_span can be one object
    else:
        start, end = value
        span = int(start), int(end)
    if not 0 <= span[0] <= span[1]:
        raise ValueError(f"span {value!r} is not an ordered pair of offsets")
    return span


def _to_nodes(value: Iterable[Node]) -> tuple[Node, ...]:
    return tuple(value)


_scheme = validators.in_(tuple(SCHEME_NAMES))


@frozen
class Source:
    """Where the text came from and how it was decoded."""

    path: str | None
    format: str = "text"
    encoding: str | None = None


@frozen
class Meta:
    """What document-site noise and the input's format said about the document."""

    file_title: str | None = None
    site: str | None = None
    pages: int | None = None
    keywords: tuple[str, ...] = field(default=(), converter=tuple[str, ...])
    truncated: bool = False
    #: the date a web page says it was published (ISO 8601, ``2024-03-05``)
    date: str | None = None
    #: the address a web page says it was published at (its canonical link or ``og:url``)
    source_url: str | None = None


@frozen
class Removal:
    """A span of the raw input that cleaning removed, and the rule that removed it."""

    rule: str
    span: Span = field(converter=_to_span)  # offsets into the raw input
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
    ``cue`` and ``cue_class`` say why the blank has its kind: the word next to it
    and the class of words it belongs to (``个``, ``measure_word``).
    """

    text: str
    kind: str = field(validator=validators.in_(PLACEHOLDER_KINDS))
    span: Span = field(converter=_to_span)
    slot: str = ""
    #: the text the slot's name writes (the blank with its context word: 全X, X委);
    #: filling replaces the blank alone (``span``), never this context word
    slot_span: Span | None = None
    #: the context word that decided the kind, as written ("" when nothing did)
    cue: str = ""
    #: the class of that word (:data:`speechparse.vocab.placeholders.CUE_CLASSES`),
    #: ``name_shape`` / ``year_shape`` for a token's own shape, ``coordination``
    #: for a kind taken from the blanks it is listed with, "" for none
    cue_class: str = ""


@frozen
class Slot:
    """A value a template needs: its name, kind, how many blanks take it, and where."""

    key: str
    kind: str
    count: int
    contexts: tuple[str, ...] = field(converter=tuple[str, ...])  # the first few blanks with text around them


# ---------------------------------------------------------------- provenance


@frozen
class OffsetMap:
    """Maps offsets of the cleaned text to offsets of the raw input.

    Cleaning only ever deletes characters (a page-chunk marker, a site line, a
    hard line break), so the cleaned text is the raw text with some spans cut
    out, and an offset into it maps back through the raw pieces that survive.

    ``pieces`` are the raw intervals that survive cleaning, in order; the
    cleaned text is their concatenation. ``starts[i]`` is where piece ``i``
    begins in the cleaned text.
    """

    pieces: tuple[Span, ...]
    starts: tuple[int, ...]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(pieces=((0, length),), starts=(0,))

    @classmethod
    def from_pieces(cls, pieces: Iterable[Span]) -> OffsetMap:
        """The map whose cleaned text is the concatenation of raw ``pieces`` (a ``source_map``)."""
        kept = tuple(pieces) or ((0, 0),)
        starts: list[int] = []
        total = 0
        for start, end in kept:
            starts.append(total)
            total += end - start
        return cls(pieces=kept, starts=tuple(starts))

    def to_raw(self, offset: int) -> int:
        """Raw offset of the character at cleaned ``offset`` (or of the end)."""
        index = max(0, bisect_right(self.starts, offset) - 1)
        raw_start, raw_end = self.pieces[index]
        return min(raw_start + offset - self.starts[index], raw_end)

    def removed_between(self, start: int, end: int) -> bool:
        """Whether cleaning removed raw text between cleaned offsets ``start`` and ``end``."""
        return self.to_raw(end) - self.to_raw(start) != end - start

    def removed_text_between(self, raw: str, start: int, end: int) -> bool:
        """Whether cleaning removed more than white space from ``raw`` between cleaned offsets ``start`` and
        ``end``: furniture stood there (a site's name, a date line), not only a blank line or an indent."""
        if not self.removed_between(start, end):
            return False
        edges = [*self.raw_pieces((start, end)), (self.to_raw(end), self.to_raw(end))]
        return any(not raw[gap_start:gap_end].isspace()
                   for (_, gap_start), (gap_end, _) in pairwise(edges) if gap_end > gap_start)

    def from_raw(self, raw: int) -> int | None:
        """Cleaned offset of the raw character at ``raw``, or None if cleaning removed it."""
        index = bisect_right(self.pieces, raw, key=lambda piece: piece[0]) - 1
        if index < 0 or raw >= self.pieces[index][1]:
            return None
        return self.starts[index] + raw - self.pieces[index][0]

    def span_to_raw(self, span: tuple[int, int]) -> tuple[int, int]:
        """Raw span that a cleaned span covers (removed text inside it included)."""
        start, end = span
        if end <= start:
            raw = self.to_raw(start)
            return raw, raw
        raw_span = self.to_raw(start), self.to_raw(end - 1) + 1
        return span if raw_span == span else raw_span  # the same object where nothing was removed before

    def raw_pieces(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The raw intervals a cleaned span is made of (it may straddle earlier removals)."""
        start, end = span
        index = max(0, bisect_right(self.starts, start) - 1)
        raw_start, raw_end = self.pieces[index]
        if end - self.starts[index] <= raw_end - raw_start:  # inside one piece, as most spans are
            offset = raw_start - self.starts[index]
            return [(start + offset, end + offset)] if end > start else []
        pieces: list[tuple[int, int]] = []
        while index < len(self.pieces) and self.starts[index] < end:
            raw_start, raw_end = self.pieces[index]
            clean_start = self.starts[index]
            piece_start = raw_start + max(0, start - clean_start)
            piece_end = min(raw_end, raw_start + end - clean_start)
            if piece_end > piece_start:
                pieces.append((piece_start, piece_end))
            index += 1
        return pieces

    def delete(self, spans: Iterable[tuple[int, int]]) -> OffsetMap:
        """The map after deleting ``spans`` (sorted, disjoint, in cleaned offsets)."""
        pieces: list[tuple[int, int]] = []
        cuts = iter(spans)
        cut = next(cuts, None)
        for (raw_start, raw_end), clean_start in zip(self.pieces, self.starts, strict=True):
            position = clean_start
            clean_end = clean_start + raw_end - raw_start
            while cut is not None and cut[0] < clean_end:
                keep_end = max(cut[0], position)
                if keep_end > position:
                    pieces.append((raw_start + position - clean_start, raw_start + keep_end - clean_start))
                position = max(position, min(cut[1], clean_end))
                if cut[1] <= clean_end:
                    cut = next(cuts, None)
                else:
                    break
            if position < clean_end:
                pieces.append((raw_start + position - clean_start, raw_end))
        return OffsetMap.from_pieces(pieces)


# ---------------------------------------------------------------- nodes


@frozen
class Line:
    """A node made of one piece of text: a title, a date line, a salutation …"""

    TYPE: ClassVar[str] = "line"
    span: Span = field(converter=_to_span)
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
    """A date line: under the title, such as （2020年3月10日）, or the date a document was written
    under its signature (成文日期)."""

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


# the furniture of a 公文 (GB/T 9704-2012 §7): the parts around its body that are not text


@frozen
class DocumentNumber(Line):
    """The document number (发文字号), such as 某府办发〔2024〕12号, above or under the title."""

    TYPE: ClassVar[str] = "document_number"


@frozen
class Addressee(Line):
    """The addressee line of a notice (主送机关), such as 各乡镇人民政府，县直各单位："""

    TYPE: ClassVar[str] = "addressee"


@frozen
class Attachments(Line):
    """The note of what is attached (附件说明), such as 附件：1.某某实施方案, on one line or more."""

    TYPE: ClassVar[str] = "attachments"


@frozen
class Signature(Line):
    """The issuing body's name under the body (发文机关署名), on one line or more."""

    TYPE: ClassVar[str] = "signature"


@frozen
class Note(Line):
    """A note on the document (附注), such as （此件公开发布）."""

    TYPE: ClassVar[str] = "note"


@frozen
class Distribution(Line):
    """Who else receives the document and who issued it when (版记: 抄送…, …印发)."""

    TYPE: ClassVar[str] = "distribution"


@frozen
class Point:
    """One item of an enumeration inside running text: 一是…, 二要…, 首先…"""

    TYPE: ClassVar[str] = "point"
    span: Span = field(converter=_to_span)
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
    span: Span = field(converter=_to_span)
    children: tuple[Node, ...] = field(default=(), converter=_to_nodes)


@frozen
class Section:
    """A numbered heading and everything under it."""

    TYPE: ClassVar[str] = "section"
    span: Span = field(converter=_to_span)
    marker: str = ""
    scheme: str = field(default="cn", validator=_scheme)
    number: int = 1
    level: int = field(default=1, validator=validators.ge(1))
    heading: str = ""
    heading_span: Span = field(default=(0, 0), converter=_to_span)
    children: tuple[Node, ...] = field(default=(), converter=_to_nodes)
    raw_span: Span | None = None  # the span in the raw input, before cleaning


@frozen
class Part:
    """A part of the document that starts with a label: 附件1, 名词解释."""

    TYPE: ClassVar[str] = "part"
    span: Span = field(converter=_to_span)
    label: str = ""
    children: tuple[Node, ...] = field(default=(), converter=_to_nodes)


Node = (
    Header | Title | Subtitle | DateLine | Speaker | Salutation | Closing
    | DocumentNumber | Addressee | Attachments | Signature | Note | Distribution
    | Paragraph | Point | Section | Part
)
NODE_TYPES: tuple[type, ...] = (
    Header, Title, Subtitle, DateLine, Speaker, Salutation, Closing,
    DocumentNumber, Addressee, Attachments, Signature, Note, Distribution,
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
        return self._offsets().to_raw(offset)

    def raw_span(self, span: Span) -> Span:
        """The raw-input span a span of ``text`` covers (with anything removed inside it)."""
        for offset in span:
            if not 0 <= offset <= len(self.text):
                raise IndexError(f"offset {offset} is outside the text (length {len(self.text)})")
        return self._offsets().span_to_raw(span)

    def _offsets(self) -> OffsetMap:
        return OffsetMap.from_pieces(self.source_map or ((0, len(self.text)),))

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

    def to_html(self) -> str:
        """One self-contained HTML page that shows the parse (:mod:`speechparse.view`)."""
        from speechparse.view import render_html

        return render_html(self)

    def to_markdown(self, *, bold_leads: bool = True, mark_placeholders: bool = False) -> str:
        """The document as Markdown: the title ``#``, sections as headings by level (``## 一、总体要求``),
        points in their paragraphs with marker and lead in bold, placeholders marked ``{{X|region}}``
        on request. Parsing it again gives the same sections (:mod:`speechparse.markdown`)."""
        from speechparse.markdown import render_markdown

        return render_markdown(self, bold_leads=bold_leads, mark_placeholders=mark_placeholders)

    def chunks(self, *, max_chars: int = 1000, overlap: int = 0,
               length: Callable[[str], int] | None = None) -> list[Chunk]:
        """Chunks for retrieval that follow the tree, each with its ``heading_path``, node pointers, spans,
        placeholders and a ``contextualized`` text; sizes by ``length`` (default: characters), never a
        sentence cut (:mod:`speechparse.chunks`)."""
        from speechparse.chunks import chunk_document

        return chunk_document(self, max_chars=max_chars, overlap=overlap, length=length)

    def rows(self, *, document: str | None = None) -> list[Row]:
        """One flat row per section and point, for tables and data frames (:mod:`speechparse.rows`);
        ``document`` names the document in every row (default: its path, else its title)."""
        from speechparse.rows import document_rows

        return document_rows(self, document_name=document)

