"""Word documents (.docx), with their automatic numbering written back as text.

``python-docx`` (the optional extra ``speechparse[docx]``) reads the paragraphs,
but a paragraph's ``text`` leaves out Word's automatic numbering, so an
auto-numbered 一、 or （一） would vanish. :class:`NumberingRenderer` reads
``numbering.xml`` and renders each numbered paragraph's label (numFmt
chineseCounting, decimal, decimalEnclosedCircle … and lvlText templates such as
``（%1）``), counting restarts and levels as Word does.

Body paragraphs and tables are read in document order, a table cell by cell;
headers, footers and footnotes live in other parts and are not read. Each
paragraph is one line of the extracted text, which is what every span indexes.
Outline levels of heading styles are kept as hints for the level stage.

The archive is checked before it is opened: too many entries, too many bytes
once unpacked, or a suspicious compression ratio (a zip bomb) is refused.
python-docx parses XML without resolving external entities.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from speechparse.errors import CorruptDocumentError, EmptyInputError, MissingExtraError, UnsupportedFormatError
from speechparse.model import Source

if TYPE_CHECKING:
    from speechparse.read import SourceText

#: limits of the archive: entries, unpacked bytes, and unpacked/packed ratio
MAX_ENTRIES: Final = 10_000
MAX_UNPACKED: Final = 512 * 1024 * 1024
MAX_RATIO: Final = 200

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN_DIGITS: Final = "零一二三四五六七八九"
_CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN: Final = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP: Final = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_HEAVENLY_STEMS: Final = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES: Final = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN: Final = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def read_docx(data: bytes, *, path: str | None = None) -> SourceText:
    """Text of a .docx: paragraphs and table cells in order, numbering included."""
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:
        raise MissingExtraError(".docx files", "docx") from None
    from speechparse.read import SourceText

    check_archive(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise CorruptDocumentError(path, type(exc).__name__) from None
    except Exception as exc:  # lxml's XMLSyntaxError and the like: a broken part
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise CorruptDocumentError(path, str(exc).splitlines()[0][:120]) from None
        raise
    renderer = NumberingRenderer(document)
    lines: list[str] = []
    hints: list[tuple[int, int]] = []
    position = 0
    for paragraph in _paragraphs(document):
        label = renderer.label(paragraph)
        line = label + paragraph.text.replace("\n", " ").replace("\r", " ")
        level = _outline_level(paragraph)
        if level is not None:
            hints.append((position, level))
        lines.append(line)
        position += len(line) + 1
    text = "\n".join(lines)
    if not text.strip():
        raise EmptyInputError(path)
    return SourceText(text=text, source=Source(path=path, format="docx", encoding=None), outline_hints=hints)


def check_archive(data: bytes, path: str | None) -> None:
    """Refuse archives whose size once unpacked is absurd (zip bombs)."""
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


def _paragraphs(document: Any) -> Iterator[Any]:
    """Body paragraphs, and the paragraphs of table cells, in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(element: Any, parent: Any) -> Iterator[Any]:
        for child in element.iterchildren():
            if child.tag == f"{_W}p":
                yield Paragraph(child, parent)
            elif child.tag == f"{_W}tbl":
                table = Table(child, parent)
                for row in table.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # a merged cell appears once per column it spans
                            continue
                        seen.add(id(cell._tc))
                        yield from walk(cell._tc, cell)
            elif child.tag == f"{_W}sdt":  # content controls wrap paragraphs
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    yield from walk(content, parent)

    yield from walk(document.element.body, document)


def _outline_level(paragraph: Any) -> int | None:
    """A paragraph's outline level: direct, or from its style (Heading N is level N−1)."""
    p_pr = paragraph._p.pPr
    if p_pr is not None:
        level = p_pr.find(f"{_W}outlineLvl")
        if level is not None:
            return _int(level.get(f"{_W}val"))
    style = paragraph.style
    while style is not None:
        s_pr = style.element.pPr
        if s_pr is not None:
            level = s_pr.find(f"{_W}outlineLvl")
            if level is not None:
                return _int(level.get(f"{_W}val"))
        name = (style.name or "").lower()
        if name.startswith("heading ") and name[8:].isdigit():
            return int(name[8:]) - 1
        style = style.base_style
    return None


class NumberingRenderer:
    """Writes Word's automatic numbering back as the label the reader sees (一、 （一） 1.)."""

    def __init__(self, document: Any) -> None:
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstractNumId, start overrides)
        self.levels: dict[tuple[str, int], dict[str, str]] = {}  # (abstractNumId, ilvl) → format
        self.counters: dict[str, list[int | None]] = {}  # abstractNumId → counter per level
        self.started: set[str] = set()  # numIds whose start overrides were applied
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        for abstract in numbering.findall(f"{_W}abstractNum"):
            abstract_id = abstract.get(f"{_W}abstractNumId")
            for level in abstract.findall(f"{_W}lvl"):
                ilvl = _int(level.get(f"{_W}ilvl")) or 0
                self.levels[(abstract_id, ilvl)] = {
                    "start": _val(level, "start") or "1",
                    "numFmt": _val(level, "numFmt") or "decimal",
                    "lvlText": _val(level, "lvlText") or "",
                    "suff": _val(level, "suff") or "tab",
                }
        for num in numbering.findall(f"{_W}num"):
            abstract_ref = num.find(f"{_W}abstractNumId")
            if abstract_ref is None:
                continue
            overrides = {}
            for override in num.findall(f"{_W}lvlOverride"):
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    overrides[_int(override.get(f"{_W}ilvl")) or 0] = _int(start.get(f"{_W}val")) or 1
            self.nums[num.get(f"{_W}numId")] = (abstract_ref.get(f"{_W}val"), overrides)

    def label(self, paragraph: Any) -> str:
        """The numbering label of a paragraph, or "" (not numbered, or a bullet)."""
        found = _numbering_of(paragraph)
        if found is None:
            return ""
        num_id, ilvl = found
        if num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        counters = self.counters.setdefault(abstract_id, [None] * 9)
        if num_id not in self.started and overrides:
            self.started.add(num_id)  # a list restarting where Word was told to restart it
            for level, start in overrides.items():
                if level < len(counters):
                    counters[level] = start - 1
        if not 0 <= ilvl < len(counters):
            return ""
        start = _int(self.levels.get((abstract_id, ilvl), {}).get("start")) or 1
        current = counters[ilvl]
        counters[ilvl] = start if current is None else current + 1
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = None
        spec = self.levels.get((abstract_id, ilvl))
        if spec is None or spec["numFmt"] in ("bullet", "none"):
            return ""
        text = spec["lvlText"]
        for level in range(ilvl + 1):
            level_spec = self.levels.get((abstract_id, level), spec)
            counter = counters[level]
            value = counter if counter is not None else (_int(level_spec.get("start")) or 1)
            text = text.replace(f"%{level + 1}", format_number(value, level_spec["numFmt"]))
        if not text:
            return ""
        return text + ("" if spec["suff"] == "nothing" or not text[-1].isalnum() else " ")


def _numbering_of(paragraph: Any) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph, set directly or through its style."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.find(f"{_W}numPr") if p_pr is not None else None
    style = paragraph.style
    while num_pr is None and style is not None:
        s_pr = style.element.pPr
        num_pr = s_pr.find(f"{_W}numPr") if s_pr is not None else None
        style = style.base_style
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    if num_id is None or num_id.get(f"{_W}val") in (None, "0"):
        return None
    return num_id.get(f"{_W}val"), (_int(ilvl.get(f"{_W}val")) if ilvl is not None else 0) or 0


def format_number(value: int, fmt: str) -> str:
    """A counter written in one of Word's number formats."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting"):
        return _chinese(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= len(_CIRCLED):
        return _CIRCLED[value - 1]
    if fmt == "decimalEnclosedParen" and 1 <= value <= len(_PAREN):
        return _PAREN[value - 1]
    if fmt == "decimalEnclosedFullstop" and 1 <= value <= len(_FULLSTOP):
        return _FULLSTOP[value - 1]
    if fmt == "ideographTraditional" and 1 <= value <= len(_HEAVENLY_STEMS):
        return _HEAVENLY_STEMS[value - 1]
    if fmt == "ideographZodiac" and 1 <= value <= len(_EARTHLY_BRANCHES):
        return _EARTHLY_BRANCHES[value - 1]
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _chinese(value: int) -> str:
    """一 … 九十九 as Chinese documents count (十一, 二十, 二十一)."""
    if value < 10:
        return _CN_DIGITS[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + ("" if ones == 0 else _CN_DIGITS[ones])
    return str(value)


def _roman(value: int) -> str:
    out = []
    for number, letters in _ROMAN:
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def _val(element: Any, name: str) -> str | None:
    child = element.find(f"{_W}{name}")
    return None if child is None else child.get(f"{_W}val")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
