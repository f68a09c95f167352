"""Word documents (.docx): the body's paragraphs and table cells in order, numbering written back as text.

The package is read with lxml (the optional extra ``speechparse[docx]``): the
main part is found through the package's relationships, and its XML, the styles
and the numbering definitions are each read as a stream, one element at a time,
so memory holds one paragraph and the text read so far, never a whole tree.

**What is read.** Body paragraphs and the paragraphs of table cells, in reading
order, each one line of the extracted text (which is what every span indexes):
the text of its runs, hyperlinks, tracked insertions, content controls and
fields, with tabs kept and line breaks as spaces; deleted text, hidden text
(a run formatted ``w:vanish``: an editor's note or alternative no reader sees),
text boxes, headers, footers and footnotes are not body text. Word's automatic numbering is
written back as the label a reader sees (:mod:`speechparse.read.numbering`).
Outline levels, set on the paragraph or by its style (Heading N is level N−1),
are kept as hints for the level stage.

**Styles** are resolved once per style id and remembered: a style's outline
level and numbering come from the first style of its ``basedOn`` chain that sets
them; the walk keeps a visited set and stops after :data:`MAX_STYLE_DEPTH`
steps, so a style based on itself (or a longer cycle) ends the walk.

**Hostile files.** The archive is checked before it is read (entries, unpacked
size, compression ratio: zip bombs), and the parts read may unpack to at most
``max_bytes`` together. XML is parsed without loading DTDs, without the
network, and without expanding entities: an entity (internal or external) is
left out, the text around it is kept, and a warning names it. Reading costs
Python work per paragraph, run, table cell, style and numbering level, so these
are counted as they stream by against a structure budget (see
:mod:`speechparse.limits`), one unit per :data:`~speechparse.limits.BYTES_PER_UNIT`
bytes of the parts' XML beyond the allowance: a file of empty paragraphs is
refused the moment it goes over, after reading about what the budget allows.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, Final

from attrs import frozen

from speechparse.errors import (
    CorruptDocumentError,
    EmptyInputError,
    InputTooLargeError,
    MissingExtraError,
    StructureTooDenseError,
    UnsupportedFormatError,
)
from speechparse.limits import DEFAULT_MAX_BYTES, structure_limit
from speechparse.model import Source, StructureWarning
from speechparse.read.numbering import Level, NumberingRenderer, parse_template, read_level, read_start

if TYPE_CHECKING:
    from speechparse.read import SourceText

#: limits of the archive: entries, unpacked bytes, and unpacked/packed ratio
MAX_ENTRIES: Final = 10_000
MAX_UNPACKED: Final = 512 * 1024 * 1024
MAX_RATIO: Final = 200
#: longest basedOn chain followed (Word's own chains are a handful of styles long)
MAX_STYLE_DEPTH: Final = 32
#: entities named one by one in warnings; beyond, one warning counts the rest
MAX_LISTED: Final = 20

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELATIONSHIPS: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPE_PREFIX: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_DEFAULT_MAIN: Final = "word/document.xml"
_P, _R, _T, _TC, _TBL, _BODY = (f"{_W}{name}" for name in ("p", "r", "t", "tc", "tbl", "body"))
_TEXT_BOX: Final = f"{_W}txbxContent"
#: the fallback a file writes for older readers (a text box again, as VML): its text is the choice's, read once
_FALLBACK: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_VAL: Final = f"{_W}val"
#: containers whose paragraphs are body text (a paragraph inside a text box is not)
_BLOCK_PARENTS: Final = frozenset({_BODY, _TC, f"{_W}sdtContent", f"{_W}customXml"})
#: inline containers whose runs are part of the paragraph's text (w:del and w:moveFrom are not)
_INLINE: Final = frozenset(f"{_W}{name}" for name in (
    "hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent", "dir", "bdo"))
#: run content written as a character (a line break inside a paragraph, Shift+Enter, breaks its line: the
#: line joiner reads it as it reads a text file's, where a hand-made wrap inside a word or a sentence is joined)
_RUN_CHARACTERS: Final = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_BREAK: Final = f"{_W}br"
_RUN_PROPERTIES: Final = f"{_W}rPr"
_VANISH: Final = f"{_W}vanish"
#: the values that turn a toggle property such as w:vanish off (absent, it is on)
_OFF: Final = frozenset({"0", "false", "off"})
#: the level of a w:ilvl that names none of 0 … 8
_NO_LEVEL: Final = -1


def read_docx(data: bytes, *, path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              max_units: int | None = None) -> SourceText:
    """Text of a .docx: paragraphs and table cells in order, numbering included."""
    try:
        from lxml import etree
    except ImportError:
        raise MissingExtraError(".docx files", "docx") from None
    from speechparse.read import SourceText

    archive = open_archive(data, path)
    parts = _find_parts(archive, path)
    sizes = [archive.getinfo(name).file_size for name in parts.read()]
    if sum(sizes) > max_bytes:
        raise InputTooLargeError(path, sum(sizes), max_bytes)
    budget = _ReadingBudget(path, structure_limit(sum(sizes)) if max_units is None else max_units, sum(sizes))
    reader = _PartReader(archive, path, etree)
    styles = Styles(reader.elements(parts.styles, (f"{_W}style",), budget)) if parts.styles else Styles(())
    numbering = NumberingRenderer()
    if parts.numbering:
        _read_numbering(reader.elements(parts.numbering, (f"{_W}abstractNum", f"{_W}num"), budget), numbering)
    body = _Body(styles, numbering)
    for event, element in reader.events(parts.main, (_P, _R, _TC, _TBL, _TEXT_BOX), budget):
        body.take(event, element)
    text = "\n".join(body.lines)
    if not text.strip():
        raise EmptyInputError(path)
    return SourceText(text=text, source=Source(path=path, format="docx", encoding=None),
                      outline_hints=body.hints, warnings=body.warnings())


def open_archive(data: bytes, path: str | None) -> zipfile.ZipFile:
    """The zip archive, after refusing absurd ones (zip bombs)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise CorruptDocumentError(path, "a broken zip archive") from None
    if len(entries) > MAX_ENTRIES:
        raise UnsupportedFormatError(path, f"an archive of {len(entries):,} entries, more than a Word document has")
    unpacked = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries) or 1
    if unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO:
        raise UnsupportedFormatError(
            path, f"an archive that unpacks to {unpacked:,} bytes from {packed:,} (a zip bomb?)")
    return archive


# ---------------------------------------------------------------- the package


@frozen
class _Parts:
    main: str
    styles: str | None
    numbering: str | None

    def read(self) -> list[str]:
        return [name for name in (self.main, self.styles, self.numbering) if name is not None]


def _find_parts(archive: zipfile.ZipFile, path: str | None) -> _Parts:
    """The main document part and its styles and numbering parts, as the package's relationships name them."""
    names = set(archive.namelist())
    main = _relationship_targets(archive, "_rels/.rels", "", path).get("officeDocument", _DEFAULT_MAIN)
    if main not in names:
        main = _DEFAULT_MAIN
    if main not in names:
        raise UnsupportedFormatError(path, "a zip archive that is not a Word document")
    folder, name = posixpath.split(main)
    related = _relationship_targets(archive, posixpath.join(folder, "_rels", name + ".rels"), folder, path)
    found = {kind: target for kind, target in related.items() if target in names}
    return _Parts(main, found.get("styles"), found.get("numbering"))


def _relationship_targets(archive: zipfile.ZipFile, rels: str, folder: str, path: str | None) -> dict[str, str]:
    """Relationship type (its last word: officeDocument, styles …) → part name, from one .rels part."""
    if rels not in archive.namelist() or archive.getinfo(rels).file_size > 1 << 20:
        return {}
    from lxml import etree

    targets: dict[str, str] = {}
    try:
        root = etree.fromstring(archive.read(rels), _safe_parser(etree))
    except (etree.XMLSyntaxError, zipfile.BadZipFile, ValueError, OSError, RuntimeError, NotImplementedError):
        return {}
    for relation in root.iter(_RELATIONSHIPS):
        kind, target = relation.get("Type") or "", relation.get("Target") or ""
        if relation.get("TargetMode") == "External" or not kind.startswith(_TYPE_PREFIX) or not target:
            continue
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        targets.setdefault(kind.rsplit("/", 1)[-1], part)
    return targets


def _safe_parser(etree: Any) -> Any:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


class _ReadingBudget:
    """Paragraphs, runs, table cells, styles and numbering definitions read so far, against a limit."""

    def __init__(self, path: str | None, limit: int, size: int) -> None:
        self.path = path
        self.limit = limit
        self.size = size
        self.units = 0

    def spend(self) -> None:
        self.units += 1
        if self.units > self.limit:
            raise StructureTooDenseError(self.path, self.units, self.size, self.limit,
                                         what="paragraphs, runs, table cells, styles and list levels")


class _PartReader:
    """XML parts of the archive read as streams of elements, with a broken part a typed error."""

    def __init__(self, archive: zipfile.ZipFile, path: str | None, etree: Any) -> None:
        self.archive = archive
        self.path = path
        self.etree = etree

    def events(self, part: str, tags: tuple[str, ...], budget: _ReadingBudget) -> Iterator[tuple[str, Any]]:
        """``("start" | "end", element)`` for the elements named ``tags``; each start spends a unit."""
        try:
            with self.archive.open(part) as stream:
                for event, element in self._iterparse(stream, tags):
                    if event == "start":
                        budget.spend()
                    yield event, element
        except self.etree.XMLSyntaxError as exc:
            raise CorruptDocumentError(self.path, f"{part}: {str(exc).splitlines()[0][:120]}") from None
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
            raise CorruptDocumentError(self.path, f"{part}: {exc}"[:160]) from None

    def elements(self, part: str, tags: tuple[str, ...], budget: _ReadingBudget) -> Iterator[Any]:
        """Each complete element named ``tags``, freed once the caller has moved on."""
        for event, element in self.events(part, tags, budget):
            if event == "end":
                yield element
                element.clear()

    def _iterparse(self, stream: IO[bytes], tags: tuple[str, ...]) -> Any:
        return self.etree.iterparse(stream, events=("start", "end"), tag=tags, resolve_entities=False,
                                    load_dtd=False, no_network=True, huge_tree=False, remove_comments=True,
                                    remove_pis=True)


# ---------------------------------------------------------------- styles


@frozen
class _Style:
    name: str
    based_on: str | None
    outline: int | None  # w:outlineLvl: 0 … 8 a level, 9 body text
    numbering: tuple[str | None, int | None] | None  # w:numPr: (numId, ilvl)


@frozen
class StyleFacts:
    """What a paragraph style gives its paragraphs: an outline level and a numbering, each maybe None."""

    outline: int | None
    numbering: tuple[str, int | None] | None


class Styles:
    """The paragraph styles of a document, each resolved through its basedOn chain once and remembered."""

    def __init__(self, elements: Iterator[Any] | tuple[()]) -> None:
        self.styles: dict[str, _Style] = {}
        self.default: str | None = None
        self.resolved: dict[str | None, StyleFacts] = {}
        for element in elements:
            if element.get(f"{_W}type", "paragraph") != "paragraph" or element.get(f"{_W}styleId") is None:
                continue
            style_id = element.get(f"{_W}styleId")
            properties = element.find(f"{_W}pPr")
            name = element.find(f"{_W}name")
            based_on = element.find(f"{_W}basedOn")
            outline = properties.find(f"{_W}outlineLvl") if properties is not None else None
            self.styles.setdefault(style_id, _Style(
                name=(name.get(_VAL) or "") if name is not None else "",
                based_on=based_on.get(_VAL) if based_on is not None else None,
                outline=_outline_value(outline),
                numbering=_numbering_of(properties)))
            if element.get(f"{_W}default") in ("1", "true", "on") and self.default is None:
                self.default = style_id

    def facts(self, style_id: str | None) -> StyleFacts:
        """The outline level and numbering of a style (the default paragraph style for None)."""
        if style_id is None or style_id not in self.styles:
            style_id = self.default
        if style_id not in self.resolved:
            self.resolved[style_id] = self._resolve(style_id)
        return self.resolved[style_id]

    def _resolve(self, style_id: str | None) -> StyleFacts:
        outline: int | None = None
        outline_found = False
        numbering: tuple[str, int | None] | None = None
        numbering_found = False
        seen: set[str] = set()
        while style_id is not None and style_id not in seen and len(seen) < MAX_STYLE_DEPTH:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            if not outline_found:
                heading = _heading_level(style.name)
                if style.outline is not None:
                    outline, outline_found = (style.outline if style.outline < 9 else None), True
                elif heading is not None:
                    outline, outline_found = heading, True
            if not numbering_found and style.numbering is not None:
                num_id, ilvl = style.numbering
                numbering_found = True
                if num_id is not None and num_id != "0":  # numId 0 takes a base style's numbering off
                    numbering = (num_id, ilvl)
            style_id = style.based_on
        return StyleFacts(outline, numbering)


def _heading_level(name: str) -> int | None:
    """Heading N (Word's built-in heading styles, by name in any case) is outline level N−1."""
    lowered = name.lower()
    number = lowered[8:]
    if lowered.startswith("heading ") and number.isascii() and number.isdigit() and 1 <= int(number) <= 9:
        return int(number) - 1
    return None


def _outline_value(element: Any) -> int | None:
    if element is None:
        return None
    value = element.get(_VAL)
    return int(value) if value is not None and value.isascii() and value.isdigit() and int(value) <= 9 else None


def _numbering_of(properties: Any) -> tuple[str | None, int | None] | None:
    """(numId, ilvl) of a w:pPr's w:numPr, either maybe None; None without a w:numPr."""
    if properties is None:
        return None
    num_pr = properties.find(f"{_W}numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    level = None if ilvl is None else read_level(ilvl.get(_VAL))
    if ilvl is not None and level is None:
        level = _NO_LEVEL  # a level outside 0 … 8 numbers nothing
    return num_id.get(_VAL) if num_id is not None else None, level


# ---------------------------------------------------------------- numbering definitions


def _read_numbering(elements: Iterator[Any], renderer: NumberingRenderer) -> None:
    for element in elements:
        if element.tag == f"{_W}abstractNum":
            abstract_id = element.get(f"{_W}abstractNumId")
            for level in element.iterchildren(f"{_W}lvl"):
                ilvl = read_level(level.get(f"{_W}ilvl"))
                if abstract_id is not None and ilvl is not None:
                    renderer.add_level(abstract_id, ilvl, _level(level))
        else:
            num_id = element.get(f"{_W}numId")
            reference = element.find(f"{_W}abstractNumId")
            if num_id is None or reference is None or reference.get(_VAL) is None:
                continue
            overrides = {}
            for override in element.iterchildren(f"{_W}lvlOverride"):
                ilvl = read_level(override.get(f"{_W}ilvl"))
                start = override.find(f"{_W}startOverride")
                if ilvl is not None and start is not None:
                    overrides[ilvl] = read_start(start.get(_VAL))
            renderer.add_num(num_id, reference.get(_VAL), overrides)


def _level(element: Any) -> Level:
    def value(name: str) -> str | None:
        child = element.find(f"{_W}{name}")
        return None if child is None else child.get(_VAL)

    legal = element.find(f"{_W}isLgl")
    return Level(start=read_start(value("start")), fmt=value("numFmt") or "decimal",
                 template=parse_template(value("lvlText") or ""), nothing_after=value("suff") == "nothing",
                 legal=legal is not None and legal.get(_VAL) not in _OFF,
                 style=value("pStyle"))


# ---------------------------------------------------------------- the body


class _Body:
    """Lines of the body built from the stream of paragraph, run, cell and table events."""

    def __init__(self, styles: Styles, numbering: NumberingRenderer) -> None:
        self.styles = styles
        self.numbering = numbering
        self.lines: list[str] = []
        self.hints: list[tuple[int, int]] = []
        self.entities: list[tuple[str, int, int]] = []  # (entity, line start, line end)
        self.position = 0
        #: the text boxes open at this point, each with whether it is a fallback's copy (read once, not twice)
        self.text_boxes: list[bool] = []
        #: a text box's paragraphs (a signature block, a note set apart), read after the paragraph that anchors it
        self.boxed: list[Any] = []

    def take(self, event: str, element: Any) -> None:
        tag = element.tag
        if tag == _TEXT_BOX:
            if event == "start":
                self.text_boxes.append(any(ancestor.tag == _FALLBACK for ancestor in element.iterancestors()))
            else:
                self.text_boxes.pop()
        elif event == "end" and tag == _P and self.text_boxes:
            if not any(self.text_boxes) and element.getparent().tag in (*_BLOCK_PARENTS, _TEXT_BOX):
                self.boxed.append(element)
        elif event == "end" and tag == _P and element.getparent().tag in _BLOCK_PARENTS:
            self._paragraph(element)
            boxed, self.boxed = self.boxed, []
            for paragraph in boxed:
                self._paragraph(paragraph)
            _free(element)
        elif event == "end" and tag == _TBL and element.getparent().tag == _BODY:
            _free(element)

    def _paragraph(self, element: Any) -> None:
        properties = element.find(f"{_W}pPr")
        style = properties.find(f"{_W}pStyle") if properties is not None else None
        facts = self.styles.facts(style.get(_VAL) if style is not None else None)
        label = self._label(properties, facts, style.get(_VAL) if style is not None else None)
        entities: list[str] = []
        # a line break written inside the text breaks the line, as Word's own does
        line = (label + "".join(_paragraph_text(element, entities))).replace("\r\n", "\n").replace("\r", "\n")
        outline = _outline_value(properties.find(f"{_W}outlineLvl")) if properties is not None else None
        level = outline if outline is not None else facts.outline
        if level is not None and level < 9:
            self.hints.append((self.position, level))
        for entity in entities:
            self.entities.append((entity, self.position, self.position + len(line)))
        self.lines.append(line)
        self.position += len(line) + 1

    def _label(self, properties: Any, facts: StyleFacts, style: str | None) -> str:
        direct = _numbering_of(properties)
        if direct is not None:  # set on the paragraph: numId 0 (or none) takes the numbering off
            num_id, ilvl = direct
            if num_id in (None, "0"):
                return ""
            return self.numbering.label(num_id, ilvl if ilvl is not None else 0)
        if facts.numbering is None:
            return ""
        num_id, ilvl = facts.numbering
        if ilvl is None:
            ilvl = self.numbering.level_of_style(num_id, style) if style is not None else 0
        return self.numbering.label(num_id, ilvl)

    def warnings(self) -> tuple[StructureWarning, ...]:
        found = [StructureWarning("unresolved_entity", f"the XML entity &{name}; was left out (entities are never "
                                  "expanded or fetched); the text around it is kept",
                                  (start, end) if end > start else None)
                 for name, start, end in self.entities[:MAX_LISTED]]
        if len(self.entities) > MAX_LISTED:
            found.append(StructureWarning("unresolved_entity", f"{len(self.entities) - MAX_LISTED:,} more "
                                          "unresolved entities not listed", None))
        return tuple(found)


def _paragraph_text(element: Any, entities: list[str]) -> Iterator[str]:
    """The text of a paragraph's runs, in order, through inline containers; entities are named in ``entities``."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == _R:
            yield from _run_text(child, entities)
        elif tag in _INLINE:
            yield from _paragraph_text(child, entities)


def _run_text(run: Any, entities: list[str]) -> Iterator[str]:
    properties = run.find(_RUN_PROPERTIES)
    if properties is not None:
        hidden = properties.find(_VANISH)
        if hidden is not None and hidden.get(_VAL) not in _OFF:
            return  # hidden text: Word shows and prints none of it
    for child in run.iterchildren():
        tag = child.tag
        if tag == _T:
            if child.text:
                yield child.text
            for node in child.iterchildren():  # only an unexpanded entity can stand inside w:t
                entities.append(str(node.text or "").strip("&;"))
                if node.tail:
                    yield node.tail
        elif tag in _RUN_CHARACTERS:
            yield _RUN_CHARACTERS[tag]
        elif tag == _BREAK and child.get(f"{_W}type") in (None, "textWrapping"):
            yield "\n"


def _free(element: Any) -> None:
    """Drop an element read to the end, and what came before it in its parent: memory stays one paragraph."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]
