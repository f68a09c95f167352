"""Chunks for retrieval: pieces of a document that follow its tree and say where they sit.

A section that fits in ``max_chars`` is one chunk, never cut; a longer one is
cut between its parts (its heading and opening text, its paragraphs, its
subsections, each of which is chunked the same way), then a paragraph that is
still too long between its lines and then its sentences, never inside a
sentence. Neighbouring pieces of one node are packed together while they fit
(a section's opening text with the whole subsections after it; the parts of a
subsection that had to be cut, apart from its siblings, so that their path
names it), and a chunk never spans two top-level sections (nor two
attachments, nor the front matter and the first section). A sentence longer than ``max_chars`` is a chunk of its
own, longer than asked: a :class:`ChunkSizeWarning` says so, and no word is cut.

Each chunk carries its text (a slice of ``Document.text``, its ``span``), the
span in the raw input, the JSON pointers of the nodes it is made of, the
marker and heading of every section that encloses it (``heading_path``), its
placeholders, and a ``contextualized`` text that puts the title and the path
before it, ready for an embedding model. With ``overlap``, a chunk after the
first of its top-level section begins with the last whole sentences (at most
``overlap`` long) of the chunk before it; ``Chunk.overlap`` says how many of
its characters those are, and sizes include them.

Sizes are counted by ``length`` (default: characters); pass a tokenizer's count
to size chunks in tokens. The result depends on nothing but the document and
the arguments.
"""

from __future__ import annotations

import warnings
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from itertools import islice, takewhile
from typing import Any, Final

from attrs import field, frozen

from speechparse.errors import UsageError
from speechparse.lex.lines import trimmed_lines
from speechparse.model import Document, Node, Placeholder, Span
from speechparse.vocab.chars import CLOSERS, SENTENCE_END
from speechparse.widths import fold

#: the default size of a chunk, in characters
DEFAULT_MAX_CHARS: Final = 1000
#: what joins the title and the headings in ``contextualized``
PATH_SEPARATOR: Final = " > "
#: what ends a sentence, besides a line break (folded forms: 。!?; and the ellipsis)
_SENTENCE_ENDS: Final = frozenset(SENTENCE_END + "…")
_CLOSERS: Final = frozenset(CLOSERS)

Length = Callable[[str], int]


class ChunkSizeWarning(UserWarning):
    """A sentence is longer than ``max_chars``: its chunk is longer than asked, since a sentence is never cut."""


@frozen
class Chunk:
    """A piece of a document for retrieval, and where it sits."""

    index: int
    text: str
    span: Span  # into ``Document.text``: ``text`` is ``document.text[span[0]:span[1]]``
    raw_span: Span  # into the raw input
    heading_path: tuple[str, ...] = field(converter=tuple[str, ...])  # marker and heading, outermost first
    refs: tuple[str, ...] = field(converter=tuple[str, ...])  # JSON pointers of the nodes it is made of
    placeholders: tuple[Placeholder, ...] = field(converter=tuple[Placeholder, ...])
    contextualized: str
    overlap: int = 0  # leading characters of ``text`` the chunk before also holds


@frozen
class _Piece:
    """A span that is never cut further: a whole section, a paragraph, a line, a sentence."""

    span: Span
    ref: str
    path: tuple[str, ...]  # the sections it lies in
    container: tuple[str, ...]  # the sections the node it belongs to lies in (a whole section: its parents)
    group: int  # top-level section (or run of other top-level nodes) it belongs to


def chunk_document(document: Document, *, max_chars: int = DEFAULT_MAX_CHARS, overlap: int = 0,
                   length: Length | None = None) -> list[Chunk]:
    """The document's chunks, in order (see the module's docstring)."""
    if max_chars < 1:
        raise UsageError(f"max_chars={max_chars}: a chunk holds at least one character")
    if not 0 <= overlap < max_chars:
        raise UsageError(f"overlap={overlap}: the overlap is 0 or more and less than max_chars={max_chars}")
    chunker = _Chunker(document, max_chars, overlap, length)
    pieces = list(chunker.pieces())
    chunks = chunker.pack(pieces)
    if chunker.oversized:
        longest = max(chunker.oversized, key=lambda span: span[1] - span[0])
        warnings.warn(ChunkSizeWarning(
            f"{len(chunker.oversized)} sentence(s) longer than max_chars={max_chars} (the longest, "
            f"{longest[1] - longest[0]} characters, at {longest[0]}) make chunks longer than asked; "
            "sentences are never cut"), stacklevel=3)
    return chunks


class _Chunker:
    def __init__(self, document: Document, max_chars: int, overlap: int, length: Length | None) -> None:
        self.document = document
        self.text = document.text
        self.folded = fold(document.text)
        self.max_chars = max_chars
        self.overlap = overlap
        self.length = length
        self.oversized: list[Span] = []
        self.group = 0
        self.placeholders = sorted(document.placeholders, key=lambda placeholder: placeholder.span)
        self.placeholder_starts = [placeholder.span[0] for placeholder in self.placeholders]

    def size(self, start: int, end: int) -> int:
        return end - start if self.length is None else self.length(self.text[start:end])

    def fits(self, span: Span) -> bool:
        return self.size(*span) <= self.max_chars

    # -------------------------------------------------------------- pieces

    def pieces(self) -> Iterator[_Piece]:
        """The pieces of the whole text in order."""
        for index, node in enumerate(self.document.body):
            yield from self.node(node, f"#/body/{index}", ())

    def node(self, node: Node, ref: str, path: tuple[str, ...]) -> Iterator[_Piece]:
        """The pieces of one node: the node itself if it fits, else its own text and its children's pieces.
        A top-level section (one no section encloses) or an attachment is a group of its own, which no
        chunk leaves; so is a container that holds such sections, which is never kept whole."""
        is_section = hasattr(node, "heading_span")
        boundary = node.TYPE == "part" or (is_section and not path)
        if boundary:
            self.group += 1
        enclosing = path
        if is_section:  # its heading joins the path of all it holds
            path = (*path, self.heading(node))
        children = getattr(node, "children", ())
        blocks = [child for child in children if child.TYPE != "point"]  # points stay in their paragraph
        holds_sections = not is_section and any(hasattr(child, "heading_span") for child in blocks)
        span = self.trim(node.span)
        if not blocks or (self.fits(span) and not holds_sections):
            yield from self.split(span, ref, path, enclosing)
        else:
            position = node.span[0]
            for index, child in enumerate(children):
                if child.TYPE == "point":
                    continue
                yield from self.split(self.trim((position, child.span[0])), ref, path, path)
                yield from self.node(child, f"{ref}/children/{index}", path)
                position = child.span[1]
            yield from self.split(self.trim((position, node.span[1])), ref, path, path)
        if boundary:
            self.group += 1

    def split(self, span: Span, ref: str, path: tuple[str, ...], container: tuple[str, ...]) -> Iterator[_Piece]:
        """A span as one piece if it fits, else its lines, and a line that does not fit, its sentences."""
        if span[0] >= span[1]:
            return
        if self.fits(span):
            yield _Piece(span, ref, path, container, self.group)
            return
        for line in trimmed_lines(self.text, span):
            if self.fits(line):
                yield _Piece(line, ref, path, container, self.group)
                continue
            for sentence in self.sentences(line):
                if not self.fits(sentence):
                    self.oversized.append(sentence)
                yield _Piece(sentence, ref, path, container, self.group)

    def sentences(self, span: Span) -> Iterator[Span]:
        """The sentences of one line: each ends after 。!?; or …, with the ends and closing quotes that follow."""
        folded = self.folded
        start, end = span
        position = index = start
        while index < end:
            if folded[index] in _SENTENCE_ENDS:
                index += 1
                while index < end and (folded[index] in _SENTENCE_ENDS or folded[index] in _CLOSERS):
                    index += 1
                sentence = self.trim((position, index))
                if sentence[1] > sentence[0]:
                    yield sentence
                position = index
            else:
                index += 1
        sentence = self.trim((position, end))
        if sentence[1] > sentence[0]:
            yield sentence

    # -------------------------------------------------------------- chunks

    def pack(self, pieces: Sequence[_Piece]) -> list[Chunk]:
        """Neighbouring pieces packed while they fit and belong to the same node (a section's own text and
        its whole subsections; the parts of a subsection that had to be cut), so that a cut section's
        chunks name it in their path; each chunk after the first of its group opens with the last
        sentences of the one before."""
        chunks: list[Chunk] = []
        index = 0
        previous: Span | None = None
        while index < len(pieces):
            first = pieces[index]
            start = first.span[0]
            repeated = self.repeated(previous) if previous is not None else None
            if repeated is not None and not self.fits((repeated, first.span[1])):
                repeated = None  # the overlap would not leave room for the first piece
            opening = repeated if repeated is not None else start
            stop = index + 1
            while stop < len(pieces) and pieces[stop].group == first.group and \
                    pieces[stop].container == first.container and self.fits((opening, pieces[stop].span[1])):
                stop += 1
            members = pieces[index:stop]
            end = members[-1].span[1]
            repeated_end = previous[1] if repeated is not None and previous is not None else opening
            chunks.append(self.chunk(len(chunks), members, opening, repeated_end))
            following = pieces[stop] if stop < len(pieces) else None
            previous = (start, end) if following is not None and following.group == first.group else None
            index = stop
        return chunks

    def repeated(self, previous: Span) -> int | None:
        """Where the overlap begins: the last whole sentences of ``previous`` that fit in ``overlap``."""
        if self.overlap == 0:
            return None
        best: int | None = None
        for sentence_start, _ in reversed(list(self.sentences_of(previous))):
            if self.size(sentence_start, previous[1]) > self.overlap:
                break
            best = sentence_start
        return best

    def sentences_of(self, span: Span) -> Iterator[Span]:
        for line in trimmed_lines(self.text, span):
            yield from self.sentences(line)

    def chunk(self, index: int, members: Sequence[_Piece], opening: int, repeated_end: int) -> Chunk:
        document = self.document
        end = members[-1].span[1]
        path = _common_prefix([member.path for member in members])
        refs = list(dict.fromkeys(member.ref for member in members))
        text = self.text[opening:end]
        context = PATH_SEPARATOR.join([*([document.title] if document.title else []), *path])
        return Chunk(
            index=index,
            text=text,
            span=(opening, end),
            raw_span=document.raw_span((opening, end)),
            heading_path=path,
            refs=refs,
            placeholders=self.placeholders_in(opening, end),
            contextualized=f"{context}\n{text}" if context else text,
            overlap=repeated_end - opening,
        )

    def placeholders_in(self, start: int, end: int) -> list[Placeholder]:
        following = islice(self.placeholders, bisect_left(self.placeholder_starts, start), None)
        return [placeholder for placeholder in takewhile(lambda placeholder: placeholder.span[0] < end, following)
                if placeholder.span[1] <= end]

    # -------------------------------------------------------------- text

    def trim(self, span: Span) -> Span:
        start, end = span
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def heading(self, section: Any) -> str:
        return heading_line(self.text, section)


def heading_line(text: str, section: Any) -> str:
    """A section's marker and heading as written (一、总体要求), its lines joined into one."""
    start, end = section.span[0], section.heading_span[1]
    return "".join(part.strip() for part in text[start:end].splitlines())


def _common_prefix(paths: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    first = paths[0]
    length = len(first)
    for path in paths[1:]:
        length = min(length, len(path))
        for position in range(length):
            if path[position] != first[position]:
                length = position
                break
    return first[:length]


def chunk_metadata(chunk: Chunk, *, source: str | None, title: str | None) -> dict[str, Any]:
    """A chunk's metadata as plain JSON values, for a vector store or a framework's document.

    ``heading`` joins ``heading_path`` into one string for stores that take scalars only.
    """
    return {
        "source": source,
        "title": title,
        "chunk_index": chunk.index,
        "heading_path": list(chunk.heading_path),
        "heading": PATH_SEPARATOR.join(chunk.heading_path),
        "refs": list(chunk.refs),
        "start": chunk.span[0],
        "end": chunk.span[1],
        "raw_start": chunk.raw_span[0],
        "raw_end": chunk.raw_span[1],
        "overlap": chunk.overlap,
        "placeholders": [f"{placeholder.text}|{placeholder.kind}" for placeholder in chunk.placeholders],
    }
