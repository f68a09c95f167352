"""Real files in: Word documents with automatic numbering, saved web pages, encodings, legacy formats."""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
import pytest
from conftest import SEED, SHARED
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from invariants import assert_sound

import speechparse

# ---------------------------------------------------------------- building .docx files


class WordDocument:
    """A python-docx document with real automatic numbering written into its numbering part."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self.numbering = self.document.part.numbering_part.element
        self.next_id = 90
        self.last_abstract = 0

    def numbering_list(self, levels: Sequence[tuple[str, str]], start_overrides: dict[int, int] | None = None,
                       abstract: int | None = None) -> int:
        """A list (w:num) over an abstract definition of ``levels``: (numFmt, lvlText) per level."""
        if abstract is None:
            abstract = self.next_id
            self.next_id += 1
            self.last_abstract = abstract
            element = OxmlElement("w:abstractNum")
            element.set(qn("w:abstractNumId"), str(abstract))
            for ilvl, (fmt, text) in enumerate(levels):
                level = OxmlElement("w:lvl")
                level.set(qn("w:ilvl"), str(ilvl))
                for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:suff", "nothing")):
                    child = OxmlElement(tag)
                    child.set(qn("w:val"), value)
                    level.append(child)
                element.append(level)
            self.numbering.insert(0, element)
        num_id = self.next_id + 1000
        self.next_id += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        reference = OxmlElement("w:abstractNumId")
        reference.set(qn("w:val"), str(abstract))
        num.append(reference)
        for ilvl, start in (start_overrides or {}).items():
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), str(ilvl))
            start_element = OxmlElement("w:startOverride")
            start_element.set(qn("w:val"), str(start))
            override.append(start_element)
            num.append(override)
        self.numbering.append(num)
        return num_id

    def paragraph(self, text: str, num_id: int | None = None, ilvl: int = 0, style: str | None = None) -> None:
        paragraph = self.document.add_paragraph(text, style=style)
        if num_id is not None:
            properties = paragraph._p.get_or_add_pPr()
            numbering = OxmlElement("w:numPr")
            level = OxmlElement("w:ilvl")
            level.set(qn("w:val"), str(ilvl))
            number = OxmlElement("w:numId")
            number.set(qn("w:val"), str(num_id))
            numbering.append(level)
            numbering.append(number)
            properties.append(numbering)

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path


CHINESE_LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))

EQUIVALENT_TEXT = """关于加强基层治理工作的实施意见
一、总体要求
（一）指导思想。坚持以人民为中心。
（二）基本原则。坚持问题导向。
二、重点任务
（一）加强组织建设。内容。
1.建强支部。具体措施。
2.选好书记。具体措施。
（二）完善治理体系。内容。
1.健全制度。具体措施。
"""


def _auto_numbered(path: Path) -> Path:
    word = WordDocument()
    num = word.numbering_list(CHINESE_LEVELS)
    word.paragraph("关于加强基层治理工作的实施意见")
    for text, ilvl in (("总体要求", 0), ("指导思想。坚持以人民为中心。", 1), ("基本原则。坚持问题导向。", 1),
                       ("重点任务", 0), ("加强组织建设。内容。", 1), ("建强支部。具体措施。", 2),
                       ("选好书记。具体措施。", 2), ("完善治理体系。内容。", 1), ("健全制度。具体措施。", 2)):
        word.paragraph(text, num, ilvl)
    return word.save(path)


def test_word_auto_numbering_gives_the_outline_of_the_equivalent_text(tmp_path: Path) -> None:
    doc = speechparse.parse(_auto_numbered(tmp_path / "numbered.docx"))
    assert doc.outline() == speechparse.parse_text(EQUIVALENT_TEXT).outline()
    assert doc.source.format == "docx"
    assert [s.marker for s in doc.sections()][:3] == ["一、", "（一）", "（二）"]


def test_deeper_counters_restart_when_a_level_above_moves_on(tmp_path: Path) -> None:
    doc = speechparse.parse(_auto_numbered(tmp_path / "numbered.docx"))
    assert [(s.marker, s.level) for s in doc.sections() if s.level == 3] == [("1.", 3), ("2.", 3), ("1.", 3)]


@pytest.mark.parametrize(("fmt", "text", "expected"), [
    ("chineseCountingThousand", "%1、", ["一、", "二、", "三、"]),
    ("decimalEnclosedCircle", "%1", ["①", "②", "③"]),
    ("decimalEnclosedParen", "%1", ["⑴", "⑵", "⑶"]),
    ("decimal", "（%1）", ["（1）", "（2）", "（3）"]),
    ("decimal", "%1、", ["1、", "2、", "3、"]),
])
def test_each_number_format_is_written_as_its_marker(tmp_path: Path, fmt: str, text: str,
                                                     expected: list[str]) -> None:
    word = WordDocument()
    num = word.numbering_list(((fmt, text),))
    for item in ("加强领导。内容。", "落实责任。内容。", "严格考核。内容。"):
        word.paragraph(item, num)
    doc = speechparse.parse(word.save(tmp_path / "formats.docx"))
    assert doc.text.splitlines()[:3] == [marker + item for marker, item in
                                         zip(expected, ("加强领导。内容。", "落实责任。内容。", "严格考核。内容。"),
                                             strict=True)]


def test_a_start_override_restarts_numbering_and_a_shared_list_continues(tmp_path: Path) -> None:
    word = WordDocument()
    first = word.numbering_list((("chineseCounting", "%1、"),))
    abstract = word.last_abstract
    word.paragraph("甲项任务", first)
    word.paragraph("乙项任务", first)
    continued = word.numbering_list((), abstract=abstract)  # the same list, another instance: goes on
    word.paragraph("丙项任务", continued)
    word.paragraph("附件")
    restarted = word.numbering_list((), start_overrides={0: 1}, abstract=abstract)
    word.paragraph("丁项任务", restarted)
    doc = speechparse.parse(word.save(tmp_path / "restart.docx"))
    assert doc.text.splitlines() == ["一、甲项任务", "二、乙项任务", "三、丙项任务", "附件", "一、丁项任务"]


def test_tables_are_read_cell_by_cell_and_headers_and_footers_are_not_body_text(tmp_path: Path) -> None:
    word = WordDocument()
    word.paragraph("一、工作安排")
    table = word.document.add_table(rows=2, cols=2)
    for (row, column), text in {(0, 0): "时间", (0, 1): "内容", (1, 0): "三月", (1, 1): "部署"}.items():
        table.cell(row, column).text = text
    word.paragraph("二、工作要求")
    section = word.document.sections[0]
    section.header.paragraphs[0].text = "县人民政府办公室"
    section.footer.paragraphs[0].text = "第 1 页"
    doc = speechparse.parse(word.save(tmp_path / "table.docx"))
    assert doc.text.splitlines() == ["一、工作安排", "时间", "内容", "三月", "部署", "二、工作要求"]
    assert [s.number for s in doc.sections()] == [1, 2]


def test_heading_styles_are_evidence_for_where_a_new_scheme_belongs(tmp_path: Path) -> None:
    lines = (("第一,总体要求", "Heading 2"), ("内容。", None), ("一、重点任务", "Heading 1"), ("内容。", None))
    text = "\n".join(line for line, _ in lines)
    # as plain text, the scheme seen first (第一,) is outermost and 一、 nests under it
    assert [s.level for s in speechparse.parse_text(text).sections()] == [1, 2]
    word = WordDocument()
    for line, style in lines:
        word.paragraph(line, style=style)
    doc = speechparse.parse(word.save(tmp_path / "styles.docx"))
    assert [(s.marker, s.level) for s in doc.sections()] == [("第一,", 1), ("一、", 1)]


def test_a_missing_xml_library_is_named_in_the_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _auto_numbered(tmp_path / "numbered.docx")
    monkeypatch.setitem(sys.modules, "lxml", None)
    with pytest.raises(speechparse.ParseError, match=r"speechparse\[docx\]"):
        speechparse.parse(path)


def test_libreoffice_made_docx_of_a_dev_document_has_the_outline_of_its_text(tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    source = SHARED / "corpus" / "dev" / "full_09_anhui-rcep-opinion-notice-2022.txt"
    if office is None:
        pytest.skip("LibreOffice (Debian package libreoffice-writer) is not installed")
    if not source.is_file():
        pytest.skip("../shared/corpus/dev is not beside this checkout")
    text = tmp_path / "document.txt"
    text.write_text(source.read_text(encoding="utf-8").replace("\r", ""), encoding="utf-8")
    subprocess.run([office, "--headless", "--infilter=Text (encoded):UTF8,LF,,,",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path), str(text)],
                   check=True, capture_output=True, timeout=180)
    from_word = speechparse.parse(tmp_path / "document.docx")
    from_text = speechparse.parse(text)
    assert from_word.source.format == "docx"
    assert from_word.outline() == from_text.outline()
    assert len(list(from_word.sections())) > 30


# ---------------------------------------------------------------- web pages

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全县工作会议上的讲话</title></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/fw">范文</a> &gt; 讲话稿</div>
<div class="article">
<h1>在全县工作会议上的讲话</h1>
<p>同志们：</p>
<p>今天召开全县工作会议，主要任务是总结去年工作，部署今年任务。</p>
<p>一、统一思想，提高认识</p>
<p>各级各部门要切实增强责任感和紧迫感。一是要加强学习。二是要统一思想。</p>
<p>二、突出重点，狠抓落实</p>
<p>要抓好项目建设，确保全年目标任务圆满完成，推动各项工作再上新台阶。</p>
</div>
<div class="footer">版权所有 网站导航 联系我们 关于我们</div>
</body></html>
"""


def test_saved_web_page_gives_its_main_text_and_structure(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = speechparse.parse(path)
    assert doc.source.format == "html"
    assert doc.title == "在全县工作会议上的讲话"
    assert [s.heading for s in doc.sections()] == ["统一思想，提高认识", "突出重点，狠抓落实"]
    assert [p.lead for p in doc.points()] == ["要加强学习", "要统一思想"]
    assert "版权所有" not in doc.text and "首页" not in doc.text


def test_markup_is_recognised_by_content_whatever_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert speechparse.parse(path).source.format == "html"


def _page_with_head(head: str, dateline: str = "") -> str:
    return PAGE.replace("<title>", head + "<title>").replace("<p>同志们：</p>", dateline + "<p>同志们：</p>")


def test_a_web_page_keeps_the_date_and_the_address_it_states_in_meta(tmp_path: Path) -> None:
    head = ('<link rel="canonical" href="https://www.example.gov.cn/xxgk/2024/0305/speech.html">'
            '<meta property="article:published_time" content="2024-03-05T09:00:00+08:00">')
    path = tmp_path / "page.html"
    path.write_text(_page_with_head(head), encoding="utf-8")
    doc = speechparse.parse(path)
    assert (doc.meta.date, doc.meta.source_url) == ("2024-03-05", "https://www.example.gov.cn/xxgk/2024/0305/speech.html")
    meta = json.loads(doc.to_json())["meta"]
    assert (meta["date"], meta["source_url"]) == (doc.meta.date, doc.meta.source_url)
    assert_sound(doc)  # the JSON validates against the schema and loads back equal
    page = doc.to_html()
    assert "<dd>2024-03-05</dd>" in page and "<dd>https://www.example.gov.cn/xxgk/2024/0305/speech.html</dd>" in page


def test_a_date_written_above_the_text_and_an_og_url_are_kept() -> None:
    page = _page_with_head('<meta property="og:url" content="https://news.example.cn/a/1.html">',
                           "<p>发布时间：2023-11-20 10:30</p>")
    doc = speechparse.parse(page.encode("utf-8"))
    assert (doc.meta.date, doc.meta.source_url) == ("2023-11-20", "https://news.example.cn/a/1.html")


def test_a_page_that_states_no_date_gets_none_not_a_year_guessed_from_its_address() -> None:
    page = _page_with_head('<link rel="canonical" href="https://www.example.gov.cn/2024/speech.html">')
    doc = speechparse.parse(page.encode("utf-8"))
    assert doc.meta.date is None
    assert doc.meta.source_url == "https://www.example.gov.cn/2024/speech.html"
    assert "<dt>date</dt>" not in doc.to_html()


def test_text_and_markdown_inputs_have_no_page_date_or_address() -> None:
    for data in ("一、总体要求\n内容。\n".encode(), "# 通知\n\n## 一、总体要求\n\n内容。\n".encode()):
        meta = speechparse.parse(data).meta
        assert (meta.date, meta.source_url) == (None, None)


def test_a_page_of_tens_of_thousands_of_elements_is_refused_before_extraction(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def must_not_extract(*args: object, **kwargs: object) -> None:
        raise AssertionError("the extractor ran on a page the element count refuses")

    monkeypatch.setattr(trafilatura, "bare_extraction", must_not_extract)
    page = "<html><body>" + "<p></p>" * 60_000 + "<p>一、总体要求</p></body></html>"
    with pytest.raises(speechparse.StructureTooDenseError, match="HTML elements"):
        speechparse.parse(page.encode("utf-8"))


def test_a_page_of_five_thousand_tables_is_read_row_by_row() -> None:
    rows = "".join(f"<table><tr><td>第{index}项</td><td>抓好落实</td></tr></table>" for index in range(5000))
    document = speechparse.parse(f"<html><body><h1>工作安排</h1>{rows}</body></html>".encode())
    assert document.text.count("抓好落实") == 5000


def test_a_missing_html_extractor_is_named_in_the_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(speechparse.ParseError, match=r"speechparse\[html\]"):
        speechparse.parse(PAGE.encode("utf-8"))


def test_text_with_a_pages_tags_left_on_its_lines_is_read_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # no extractor needed: it is text, not a page
    copied = ("关于开展读书月活动的通知\n<p>各村、各单位：</p>\n<p>一、活动时间</p>\n"
              "<p>四月一日至三十日。</p>\n<div>二、活动要求</div>\n<p>各单位要精心组织。</p>\n")
    document = speechparse.parse(copied.encode("utf-8"))
    assert document.source.format == "text"
    assert document.title == "关于开展读书月活动的通知"  # the line outside the tags stays
    assert "<p>" not in document.text and "四月一日至三十日。" in document.text
    assert [section.marker for section in document.sections()] == ["一、", "二、"]


def test_paragraphs_in_tags_on_one_line_are_read_as_a_page() -> None:
    page = "<p>同志们：</p><p>一、统一思想</p><p>要提高认识。</p><p>二、狠抓落实</p><p>要抓好项目。</p>"
    document = speechparse.parse(page.encode("utf-8"))
    assert document.source.format == "html"
    assert [section.marker for section in document.sections()] == ["一、", "二、"]


# ---------------------------------------------------------------- encodings and inputs


def _tree(doc: speechparse.Document) -> list[tuple[str, str, int, int]]:
    return [(type(node).__name__, node.marker, node.number, node.span[0]) for _, node in doc.walk()
            if isinstance(node, (speechparse.Section, speechparse.Point))]


@pytest.mark.parametrize(("encode", "encoding"), [
    (lambda text: text.encode("gb18030"), "gb18030"),
    (lambda text: text.encode("utf-16"), "utf-16-le"),
    (lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8"),
], ids=["gb18030", "utf-16", "utf-8-bom"])
def test_seed_reencoded_parses_to_the_same_text_and_tree(tmp_path: Path, encode: object, encoding: str) -> None:
    reference = speechparse.parse(SEED)
    path = tmp_path / "seed.txt"
    path.write_bytes(encode(SEED.read_text(encoding="utf-8")))  # type: ignore[operator]
    doc = speechparse.parse(path)
    assert doc.source.encoding == encoding
    assert doc.text == reference.text
    assert _tree(doc) == _tree(reference)
    assert doc.placeholders == reference.placeholders


def test_big5_text_is_read_and_kept_as_it_is() -> None:
    traditional = "同誌們：今天召開全縣工作會議，部署今年工作。一、統一思想，提高認識。二、突出重點，狠抓落實。"
    doc = speechparse.parse(traditional.encode("big5"))
    assert doc.source.encoding == "big5"
    assert doc.text == traditional
    assert [s.number for s in doc.sections()] == [1, 2]


def test_bytes_that_are_no_encoding_get_an_error_not_mojibake() -> None:
    noise = bytes(range(0x81, 0xFF)) * 40  # decodes in GB18030, but to nothing a reader knows
    with pytest.raises(speechparse.DecodingError):
        speechparse.parse(noise)


def test_binary_file_objects_and_bytes_are_read(tmp_path: Path) -> None:
    path = _auto_numbered(tmp_path / "numbered.docx")
    with open(path, "rb") as handle:
        from_handle = speechparse.parse(handle)
    from_bytes = speechparse.parse(path.read_bytes())
    from_buffer = speechparse.parse(io.BytesIO(path.read_bytes()))
    assert from_handle.source.path == str(path)
    assert from_handle.outline() == from_bytes.outline() == from_buffer.outline()
    assert from_bytes.source.format == "docx"


def test_a_word_file_renamed_to_txt_is_still_read_as_word(tmp_path: Path) -> None:
    path = _auto_numbered(tmp_path / "numbered.docx")
    renamed = tmp_path / "numbered.txt"
    path.rename(renamed)
    assert speechparse.parse(renamed).source.format == "docx"


@pytest.mark.parametrize(("data", "kind", "advice"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), ".doc", "libreoffice --headless --convert-to docx"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF", "Markdown with a PDF converter"),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "RTF", "libreoffice --headless --convert-to docx"),
])
def test_legacy_formats_say_how_to_convert_them(data: bytes, kind: str, advice: str) -> None:
    with pytest.raises(speechparse.ParseError, match=advice) as raised:
        speechparse.parse(data)
    assert kind in str(raised.value)


# ---------------------------------------------------------------- encrypted files

OLE_FREE, OLE_END_OF_CHAIN, OLE_FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _ole_entry(name: str, kind: int) -> bytes:
    """A directory entry of an OLE compound file ([MS-CFB] 2.6): ``kind`` 5 root, 1 storage, 2 stream."""
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    return struct.pack("<64sHBBIII16sIQQIQ", encoded, len(encoded), kind, 1, OLE_FREE, OLE_FREE, OLE_FREE,
                       bytes(16), 0, 0, 0, OLE_END_OF_CHAIN, 0)


def ole_file(names: Sequence[str], *, looping: bool = False) -> bytes:
    """A minimal OLE compound file (version 3, 512-byte sectors): sector 0 is the FAT, the directory
    (a root entry and a stream per name, four entries a sector) follows in a chain of sectors;
    ``looping`` points the chain's last sector back at its first."""
    entries = [_ole_entry("Root Entry", 5), *(_ole_entry(name, 2) for name in names)]
    entries += [bytes(128)] * (-len(entries) % 4)
    directory_sectors = len(entries) // 4
    chain = [sector + 2 for sector in range(directory_sectors - 1)] + [1 if looping else OLE_END_OF_CHAIN]
    fat = [OLE_FAT_SECTOR, *chain] + [OLE_FREE] * (128 - 1 - directory_sectors)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", bytes(16), 0x3E, 3, 0xFFFE,
                         9, 6, bytes(6), 0, 1, 1, 0, 4096, OLE_END_OF_CHAIN, 0, OLE_END_OF_CHAIN, 0)
    header += struct.pack("<109I", 0, *[OLE_FREE] * 108)
    return header + struct.pack("<128I", *fat) + b"".join(entries)


def test_a_docx_saved_with_a_password_is_named_as_such_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "工作总结.docx"
    path.write_bytes(ole_file(["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"]) + bytes(range(256)) * 8)
    with pytest.raises(speechparse.EncryptedDocumentError, match="saved with a password") as raised:
        speechparse.parse(path)
    assert "save a copy without" in str(raised.value) and str(path) in str(raised.value)
    assert not isinstance(raised.value, speechparse.LegacyFormatError)


def test_the_encrypted_package_is_found_in_any_sector_of_the_directory_chain() -> None:
    names = [f"Stream{index}" for index in range(9)] + ["EncryptedPackage"]  # in the third directory sector
    with pytest.raises(speechparse.EncryptedDocumentError):
        speechparse.parse(ole_file(names))


@pytest.mark.parametrize("looping", [False, True], ids=["chain-ends", "chain-loops"])
def test_an_ole_file_without_an_encrypted_package_is_still_a_legacy_word_file(looping: bool) -> None:
    names = ["WordDocument", "1Table", "EncryptedPackageX", "\x05SummaryInformation", "Data"]
    with pytest.raises(speechparse.LegacyFormatError, match="libreoffice"):
        speechparse.parse(ole_file(names, looping=looping))


@pytest.mark.parametrize("data", [
    pytest.param(b"%TSD-Header-###%" + bytes(range(256)) * 4, id="tsd-header"),
    pytest.param(b"\x00\x00%TSD-Header-###%" + "一、总体要求".encode() * 10, id="tsd-header-after-padding"),
    pytest.param(b"\x62\x14\x23\x65\x00\x02\x00\x00\x00\x00\x00\x01" + bytes(500) + b"PK\x03\x04", id="e-safenet"),
])
def test_a_file_locked_by_a_document_security_client_is_named_as_such_with_what_to_do(data: bytes) -> None:
    with pytest.raises(speechparse.EncryptedDocumentError, match="document-security client") as raised:
        speechparse.parse(data)
    assert "plain copy" in str(raised.value)


def test_a_text_that_mentions_the_security_mark_past_the_files_head_is_text() -> None:
    text = "关于文档安全管理的通知\n" * 4 + "加密文件以%TSD-Header-###%开头，须解密后再报送。\n"
    assert "TSD" in speechparse.parse(text.encode("utf-8")).text


def test_the_cli_gives_one_line_and_exit_2_for_an_encrypted_docx(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(b"%TSD-Header-###%" + bytes(range(256)) * 4)
    result = subprocess.run([sys.executable, "-m", "speechparse", "parse", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "document-security client" in result.stderr


def test_an_archive_that_is_not_a_word_document_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<office/>")
    with pytest.raises(speechparse.ParseError, match="not a Word document"):
        speechparse.parse(buffer.getvalue())


def test_a_zip_bomb_posing_as_docx_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 5_000_000)
    with pytest.raises(speechparse.ParseError, match="zip bomb"):
        speechparse.parse(buffer.getvalue())


def test_input_over_the_size_limit_is_refused_with_the_way_to_raise_it() -> None:
    with pytest.raises(speechparse.InputTooLargeError, match="max_bytes"):
        speechparse.parse("一、总体要求\n".encode() * 100, max_bytes=500)


@pytest.mark.parametrize(("name", "data"), [
    ("broken.docx", b"PK\x03\x04" + b"\x00" * 40),
    ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    ("empty.txt", b""),
])
def test_cli_gives_one_line_and_exit_2_for_files_it_cannot_read(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = subprocess.run([sys.executable, "-m", "speechparse", "parse", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("speechparse:")
    assert "Traceback" not in result.stderr


def test_a_forum_post_laid_out_in_one_table_cell_is_read_line_by_line() -> None:
    page = ("<html><head><title>述职报告 - 笔友论坛</title></head><body><table><tr><td class='t_f'>"
            "<i class='pstatus'> 本帖最后由 老周 于 2031-1-8 21:36 编辑 </i><br/>石桥镇党委书记抓党建工作述职报告<br/>"
            "各位领导、同志们:<br/>现将有关情况报告如下。<br/><strong>一、履职尽责情况</strong><br/>全年专题研究党建工作十二次。<br/>"
            "<strong>二、存在的问题</strong><br/>一是精力投入不够均衡;二是指导不够精准。<br/></td></tr></table></body></html>")
    document = speechparse.parse(page.encode("utf-8"))
    assert document.title == "石桥镇党委书记抓党建工作述职报告" and "|" not in document.text
    assert [section.heading for section in document.sections()] == ["履职尽责情况", "存在的问题"]


def test_a_data_table_s_rows_stay_rows_of_cells() -> None:
    paragraphs = "".join(f"<p>第{index}段:各单位要认真抓好各项任务落实,确保按期完成。</p>" for index in range(6))
    page = (f"<html><body><div class='content'><h1>工作安排</h1>{paragraphs}<table>"
            "<tr><td>序号</td><td>任务</td><td>责任单位</td></tr><tr><td>1</td><td>清理垃圾</td><td>镇环卫所</td></tr>"
            "</table></div></body></html>")
    assert "清理垃圾 | 镇环卫所" in speechparse.parse(page.encode("utf-8")).text


def test_headings_the_extractor_left_out_go_back_above_their_paragraphs() -> None:
    # (a page whose comments hide the article's container from the extractor, which then keeps paragraphs only)
    page = ("<html><head><meta charset='utf-8'><title>石桥街道养老服务实施方案_博客</title></head><body>"
            "<div class='articalContent'><h2 style='text-align:center;'>石桥街道养老服务实施方案</h2>"
            "<p>为积极应对人口老龄化，结合街道实际，制定本方案。</p><h3>一、指导思想</h3>"
            "<p>坚持以人民为中心的发展思想，把养老服务作为保障和改善民生的重要抓手。</p>"
            "<h3>二、工作目标</h3><p>到2031年底，所辖社区全部建成社区养老服务站。</p>"
            "<h3>三、保障措施</h3><p>一是加强组织领导；二是加强资金保障；三是加强监督评估。</p></div>"
            "<div class='allComm'><div class='allCommTit'><strong>评论</strong></div><ul>"
            "<li><span>[游客]海边的风</span> <em>2031-04-02 08:13</em><div>写得接地气。</div></li>"
            "<li><span>无名小卒</span> <em>2031-04-03 19:40</em><div>有补贴标准吗？</div></li></ul>"
            "<div class='writeComm'><div>发评论</div><textarea></textarea></div></div></body></html>")
    document = speechparse.parse(page.encode("utf-8"))
    assert document.title == "石桥街道养老服务实施方案"
    assert [section.heading for section in document.sections()] == ["指导思想", "工作目标", "保障措施"]


def test_word_s_own_tags_in_a_pasted_page_keep_their_paragraph() -> None:
    page = ("<HTML><BODY><TABLE><TR><TD>石桥县人民政府关于法治政府建设情况的报告</TD></TR><TR><TD>"
            "<P class=MsoNormal><SPAN>市人民政府:<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>"
            "<P class=MsoNormal><SPAN>2031年,我县扎实推进法治政府建设。现将有关情况报告如下:<o:p></o:p></SPAN></P>"
            "<P class=MsoNormal><B>一、主要举措</B></P><P class=MsoNormal>全年召开常务会议二十二次。</P>"
            "</TD></TR></TABLE></BODY></HTML>")
    assert "市人民政府:\n2031年" in speechparse.parse(page.encode("utf-8")).text


def test_a_page_s_heading_is_its_title_without_the_site_s_name_the_title_element_adds() -> None:
    body = "".join(f"<p>第{index}段:同志们要牢记初心使命,在本职岗位上担当作为。</p>" for index in range(6))
    page = ("<html><head><meta charset='utf-8'><title>【党课讲稿】守初心 担使命 做合格党员-梧桐大学党委宣传部"
            "</title></head><body><div class='nav'>首页 | 党建动态</div>"
            "<div class='titlestyle'>【党课讲稿】守初心 担使命 做合格党员</div>"
            f"<div class='content'><p>校党委书记 林青</p><p>同志们:</p>{body}</div></body></html>")
    document = speechparse.parse(page.encode("utf-8"))
    assert document.title == "守初心 担使命 做合格党员"
    assert "宣传部" not in document.text


def test_the_subtitle_a_page_sets_under_its_heading_comes_back_with_the_heading() -> None:
    # (the extractor keeps the article's paragraphs only; the <h1> and the <h3> under it stand outside them)
    body = "".join(f"<p>第{index}段:过去一年,全区老龄工作稳步推进,各项任务顺利完成。</p>" for index in range(6))
    page = ("<html><head><meta charset='utf-8'><title>同心共筑幸福晚年_梧桐区老龄办</title></head><body>"
            "<div class='nav'>首页 | 工作动态</div><div class='article'><h1>同心共筑幸福晚年</h1>"
            "<h3>——在梧桐区老龄工作委员会全体会议上的讲话</h3><div class='info'>发布时间:2031-05-06 来源:区老龄办</div>"
            f"<div class='content'><p>同志们:</p>{body}</div></div></body></html>")
    document = speechparse.parse(page.encode("utf-8"))
    assert document.title == "同心共筑幸福晚年"
    assert "——在梧桐区老龄工作委员会全体会议上的讲话" in document.text


def test_a_page_s_heading_set_over_two_lines_of_the_text_is_not_put_above_it_again() -> None:
    body = "".join(f"<p>第{index}段:各年级组要认真开展安全隐患排查整治。</p>" for index in range(6))
    page = ("<html><head><meta charset='utf-8'><title>梧桐第二中学关于开展安全隐患排查的通知</title></head><body>"
            f"<div class='content'><p>梧桐第二中学</p><p>关于开展安全隐患排查的通知</p><p>各年级组:</p>{body}</div>"
            "</body></html>")
    document = speechparse.parse(page.encode("utf-8"))
    assert document.text.count("关于开展安全隐患排查的通知") == 1


def _page_with_list(attributes: str, items: list[str]) -> bytes:
    listed = "".join(f"<li>{item}</li>" for item in items)
    return ("<html><head><meta charset='utf-8'><title>挂职一年工作总结</title></head><body><article>"
            "<h1>挂职一年工作总结</h1><h2>二、履职尽责,全力推动中心工作</h2>"
            f"<ol{attributes}>{listed}</ol><h2>三、存在的不足</h2><p>调查研究还不够深入,有时满足于听汇报。</p>"
            "</article></body></html>").encode()


_ITEMS = ["抓产业发展,促进群众增收。牵头制定特色水果产业规划,带动农户八十六户。",
          "抓基层治理,维护和谐稳定。推行村民说事制度,办结群众诉求三百余件。",
          "抓招商引资,增添发展后劲。引进果品深加工项目,总投资一亿五千万元。"]


def test_an_ordered_list_s_items_are_numbered_as_a_browser_shows_them() -> None:
    sections = list(speechparse.parse(_page_with_list("", _ITEMS)).sections())
    assert [(section.marker, section.level) for section in sections] == [
        ("二、", 1), ("1.", 2), ("2.", 2), ("3.", 2), ("三、", 1)]


@pytest.mark.parametrize(("attributes", "items"), [(" style='list-style: none'", _ITEMS),
                                                    ("", [f"({number}){item}" for number, item in
                                                          zip("一二三", _ITEMS, strict=True)])])
def test_an_ordered_list_that_shows_no_numbers_or_writes_its_own_is_left_as_it_is(attributes: str,
                                                                                    items: list[str]) -> None:
    text = speechparse.parse(_page_with_list(attributes, items)).text
    assert "1." not in text


def test_a_site_s_name_a_page_hides_by_its_style_sheet_inside_a_sentence_is_no_text() -> None:
    paragraphs = "".join(f"<p>第{index}段:各单位要压实安全生产责任,确保不发生重大事故。</p>" for index in range(5))
    page = ("<html><head><meta charset='utf-8'><title>在全县安全生产工作会议上的讲话</title>"
            "<style>p{margin:0} span.yw-x, .other{display:none!important;}</style></head><body><div class='content'>"
            f"<p>同志们:</p>{paragraphs}<p>去年<span class='yw-x'>本文来自某某范文网</span>邻县发生了一起事故。</p>"
            "</div></body></html>")
    assert "去年邻县发生了一起事故" in speechparse.parse(page.encode()).text


@pytest.mark.parametrize("style", ["display:none", "visibility: hidden", "font-size:0px;"])
def test_a_site_s_name_a_page_hides_by_the_element_s_own_style_inside_a_sentence_is_no_text(style: str) -> None:
    paragraphs = "".join(f"<p>第{index}段:各单位要压实安全生产责任,确保不发生重大事故。</p>" for index in range(5))
    page = ("<html><head><meta charset='utf-8'><title>在全县安全生产工作会议上的讲话</title></head><body>"
            f"<div class='content'><p>同志们:</p>{paragraphs}"
            f"<p>去年<font style='{style}'>某某范文网</font>邻县发生了一起事故。</p></div></body></html>")
    assert "去年邻县发生了一起事故" in speechparse.parse(page.encode()).text


def test_a_long_part_a_page_hides_by_its_style_sheet_until_shown_stays() -> None:
    rest = "各单位要压实安全生产责任,确保不发生重大事故。" * 3
    page = ("<html><head><meta charset='utf-8'><title>在全县安全生产工作会议上的讲话</title>"
            "<style>.more{display:none}</style></head><body><div class='content'><p>同志们:</p>"
            f"<p>今天召开全县安全生产工作会议。</p><div class='more'><p>{rest}</p></div></div></body></html>")
    assert rest in speechparse.parse(page.encode()).text


def _page_with_source_breaks(body: str) -> bytes:
    paragraphs = "".join(f"<p>第{index}段:各单位要压实安全生产责任,确保不发生重大事故。</p>" for index in range(5))
    return ("<html><head><meta charset='utf-8'><title>在全县工作会议上的讲话</title></head><body>"
            f"<div class='content'><p>同志们:</p>{paragraphs}{body}</div></body></html>").encode()


def test_a_source_line_break_between_two_chinese_characters_is_rendered_as_nothing() -> None:
    page = _page_with_source_breaks("<p>我们要坚持建设数量与\n建成质量并重,让群众\n  满意。</p>")
    text = speechparse.parse(page).text
    assert "我们要坚持建设数量与建成质量并重,让群众满意。" in text


def test_a_preformatted_block_keeps_its_source_line_breaks() -> None:
    text = speechparse.parse(_page_with_source_breaks("<pre>首先,为先进集体颁奖！\n其次,为先进个人颁奖！</pre>")).text
    assert "颁奖！\n其次" in text
