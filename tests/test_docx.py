"""The Word reader on hostile and unusual files: cycles, absurd numbering, bombs, entities, every CJK number format.

Most files are built here from raw WordprocessingML zipped in the test, so each
one holds exactly the construct under test; the rest with python-docx.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import pytest
from test_formats import WordDocument

import speechparse
from speechparse.read.numbering import MAX_LABEL, format_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/package/2006/relationships"
DOCUMENT_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
PART_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def word_file(body: str, *, styles: str = "", numbering: str = "", doctype: str = "",
              main: str = "word/document.xml", compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A .docx holding ``body`` (the XML inside w:body), and styles and numbering parts if given.

    Bombs are stored rather than compressed: so they pass the archive's compression check, as
    the same structure would with less regular markup around it.
    """
    folder, name = main.rsplit("/", 1)
    parts = {main: f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
                   f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'}
    relations = []
    if styles:
        parts[f"{folder}/styles.xml"] = f'<w:styles xmlns:w="{W}">{styles}</w:styles>'
        relations.append(f'<Relationship Id="rId1" Type="{PART_TYPE}styles" Target="styles.xml"/>')
    if numbering:
        parts[f"{folder}/numbering.xml"] = f'<w:numbering xmlns:w="{W}">{numbering}</w:numbering>'
        relations.append(f'<Relationship Id="rId2" Type="{PART_TYPE}numbering" Target="numbering.xml"/>')
    parts[f"{folder}/_rels/{name}.rels"] = f'<Relationships xmlns="{R}">{"".join(relations)}</Relationships>'
    parts["_rels/.rels"] = (f'<Relationships xmlns="{R}"><Relationship Id="rId1" Type="{DOCUMENT_TYPE}" '
                            f'Target="{main}"/></Relationships>')
    parts["[Content_Types].xml"] = "<Types/>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for part, xml in parts.items():
            archive.writestr(part, xml)
    return buffer.getvalue()


def paragraph(text: str, *, style: str | None = None, num: int | None = None, ilvl: int | None = None) -> str:
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        properties += f'<w:numPr>{level}<w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def numbering_list(levels: list[tuple[str, str]], *, start: str = "1", overrides: str = "") -> str:
    """numbering.xml content: one abstract list of ``(numFmt, lvlText)`` levels and num 1 over it."""
    defined = "".join(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                      f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
                      for ilvl, (fmt, text) in enumerate(levels))
    return (f'<w:abstractNum w:abstractNumId="7">{defined}</w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="7"/>{overrides}</w:num>')


#: parses the bytes on stdin in a child and prints its text, so a hang is caught by a deadline
_PARSE_STDIN = r"""
import json, sys
import speechparse
document = speechparse.parse(sys.stdin.buffer.read())
print(json.dumps({"text": document.text, "hints": len(document.warnings)}))
"""


def parse_in_child(data: bytes) -> str:
    # a generous deadline: what it guards against is a parse that never ends
    result = subprocess.run([sys.executable, "-c", _PARSE_STDIN], input=data, capture_output=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    text: str = json.loads(result.stdout)["text"]
    return text


# ---------------------------------------------------------------- styles


@pytest.mark.parametrize("chain", [
    [("Loop", "Loop")],
    [("A", "B"), ("B", "C"), ("C", "A")],
], ids=["based-on-itself", "three-style-cycle"])
def test_a_style_cycle_through_based_on_ends_instead_of_hanging(chain: list[tuple[str, str]]) -> None:
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="{style}"><w:name w:val="{style}"/>'
                     f'<w:basedOn w:val="{base}"/></w:style>' for style, base in chain)
    data = word_file(paragraph("一、总体要求", style=chain[0][0]) + paragraph("内容。", style=chain[-1][0]),
                     styles=styles)
    assert parse_in_child(data) == "一、总体要求\n内容。"


def test_a_heading_style_reached_through_a_chain_of_based_on_gives_its_outline_level() -> None:
    styles = ('<w:style w:type="paragraph" w:styleId="Big"><w:name w:val="heading 2"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/><w:basedOn w:val="Big"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/>'
              '<w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:basedOn w:val="Big"/></w:style>')
    from speechparse.read.docx import read_docx

    source = read_docx(word_file(paragraph("第一，总体要求", style="Mine") + paragraph("内容。", style="Body"),
                                 styles=styles))
    assert source.outline_hints == ((0, 1),)  # heading 2 is level 1; outline level 9 is body text


def test_a_style_with_numbering_numbers_its_paragraphs_at_the_level_the_list_links_to_it() -> None:
    styles = ('<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    numbering = ('<w:abstractNum w:abstractNumId="7">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
                 '<w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
                 '<w:pStyle w:val="Sub"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>')
    data = word_file(paragraph("总体要求", num=1, ilvl=0) + paragraph("指导思想", style="Sub")
                     + paragraph("基本原则", style="Sub"), styles=styles, numbering=numbering)
    assert speechparse.parse(data).text.splitlines() == ["一、总体要求", "（一）指导思想", "（二）基本原则"]


# ---------------------------------------------------------------- numbering read as Word reads it


@pytest.mark.parametrize(("start", "labels"), [
    ("-20", ["○、", "一、"]),
    ("0", ["○、", "一、"]),
    ("abc", ["一、", "二、"]),
    ("99999999999", ["三万二千七百六十七、", "三万二千七百六十八、"]),
], ids=["negative", "zero", "not-a-number", "absurd"])
def test_negative_zero_and_absurd_starts_are_read_as_the_nearest_start_word_allows(
        start: str, labels: list[str]) -> None:
    data = word_file(paragraph("甲", num=1, ilvl=0) + paragraph("乙", num=1, ilvl=0),
                     numbering=numbering_list([("chineseCountingThousand", "%1、")], start=start))
    assert speechparse.parse(data).text.splitlines() == [labels[0] + "甲", labels[1] + "乙"]


def test_a_negative_start_in_the_chinese_counting_format_no_longer_crashes() -> None:
    data = word_file(paragraph("甲", num=1, ilvl=0), numbering=numbering_list([("chineseCounting", "%1、")],
                                                                             start="-20"))
    assert speechparse.parse(data).text == "○、甲"


@pytest.mark.parametrize("reference", [
    paragraph("甲", num=1, ilvl=12), paragraph("甲", num=1, ilvl=-1), paragraph("甲", num=5, ilvl=0),
    paragraph("甲", num=2, ilvl=0),
], ids=["level-above-8", "negative-level", "missing-num", "num-of-a-missing-abstract"])
def test_numbering_that_points_at_nothing_is_ignored(reference: str) -> None:
    numbering = numbering_list([("decimal", "%1.")]) + '<w:num w:numId="2"><w:abstractNumId w:val="404"/></w:num>'
    assert speechparse.parse(word_file(reference, numbering=numbering)).text == "甲"


@pytest.mark.parametrize(("fmt", "text", "start"), [
    ("upperLetter", "%1.", "100000000000"),
    ("upperRoman", "%1.", "10000000000"),
    ("decimal", "%1" * 20_000, "1"),
    ("chineseCountingThousand", "（%1）" * 5_000, "32767"),
], ids=["letters-from-1e11", "roman-from-1e10", "lvltext-of-20000-references", "long-chinese-labels"])
def test_a_label_is_never_longer_than_a_marker_can_be(fmt: str, text: str, start: str) -> None:
    data = word_file(paragraph("内容", num=1, ilvl=0), numbering=numbering_list([(fmt, text)], start=start))
    label = speechparse.parse(data).text.removesuffix("内容")
    assert 0 < len(label) <= MAX_LABEL


# ---------------------------------------------------------------- the structure budget while reading


def test_forty_thousand_empty_paragraphs_are_refused_while_reading() -> None:
    data = word_file("<w:p/>" * 40_000, compression=zipfile.ZIP_STORED)
    with pytest.raises(speechparse.StructureTooDenseError, match="paragraphs, runs, table cells") as caught:
        speechparse.parse(data)
    assert caught.value.units == caught.value.limit + 1  # refused the moment it went over, not at the end


@pytest.mark.parametrize("body", [
    "<w:p>" + "<w:r/>" * 60_000 + "</w:p>",
    "<w:tbl><w:tr>" + "<w:tc/>" * 60_000 + "</w:tr></w:tbl>",
], ids=["runs", "table-cells"])
def test_runs_and_table_cells_count_against_the_budget_too(body: str) -> None:
    with pytest.raises(speechparse.StructureTooDenseError):
        speechparse.parse(word_file(body, compression=zipfile.ZIP_STORED))


def test_max_units_lets_a_dense_word_file_through() -> None:
    data = word_file("<w:p/>" * 40_000 + paragraph("一、总体要求"), compression=zipfile.ZIP_STORED)
    document = speechparse.parse(data, max_units=200_000)
    assert document.text.endswith("一、总体要求")


def test_a_long_document_with_many_runs_and_a_big_table_is_read(tmp_path: object) -> None:
    word = WordDocument()
    for index in range(400):
        paragraph_ = word.document.add_paragraph()
        for piece in ("各级各部门要", "切实提高", "政治站位，", f"抓好第{index}项任务。"):
            paragraph_.add_run(piece)  # Word splits runs at every edit: a run is often a few characters
    table = word.document.add_table(rows=700, cols=4)
    for row in table.rows:
        for cell in row.cells:
            cell.text = "完成"
    buffer = io.BytesIO()
    word.document.save(buffer)
    document = speechparse.parse(buffer.getvalue())
    assert document.text.count("完成") == 2800


def test_parts_that_unpack_to_more_than_max_bytes_are_refused() -> None:
    varied = "".join(chr(0x4E00 + index * 7919 % 20_000) for index in range(20_000))  # compresses little
    data = word_file(paragraph(varied))
    assert len(data) < 50_000 < len(varied.encode())
    with pytest.raises(speechparse.InputTooLargeError):
        speechparse.parse(data, max_bytes=50_000)
    assert speechparse.parse(data, max_bytes=100_000).text == varied


# ---------------------------------------------------------------- entities, tables, odd packages


def test_an_unresolved_entity_keeps_the_text_around_it_and_is_named_in_a_warning() -> None:
    doctype = '<!DOCTYPE w:document [<!ENTITY org "某单位"><!ENTITY leak SYSTEM "file:///etc/hostname">]>'
    data = word_file(paragraph("一、总体要求") + paragraph("要按照&org;的部署，&leak;抓好落实。"), doctype=doctype)
    document = speechparse.parse(data)
    assert document.text == "一、总体要求\n要按照的部署，抓好落实。"  # entities are never expanded or fetched
    warnings = [warning for warning in document.warnings if warning.code == "unresolved_entity"]
    assert len(warnings) == 2 and "&org;" in warnings[0].message and "&leak;" in warnings[1].message
    assert warnings[0].span is not None
    assert document.text[warnings[0].span[0]:warnings[0].span[1]] == "要按照的部署，抓好落实。"


def test_a_vertically_merged_cell_is_read_once_even_in_the_first_row() -> None:
    merged = '<w:tcPr><w:vMerge/></w:tcPr>'
    cell = "<w:tc>{}{}</w:tc>".format
    body = ("<w:tbl>"
            f"<w:tr>{cell(merged, paragraph('甲'))}{cell('', paragraph('乙'))}</w:tr>"
            f"<w:tr>{cell(merged, '<w:p/>')}{cell('', paragraph('丙'))}</w:tr>"
            "</w:tbl>")
    assert speechparse.parse(word_file(body)).text.split() == ["甲", "乙", "丙"]


def test_the_main_part_is_found_through_the_package_relationships() -> None:
    data = word_file(paragraph("一、总体要求"), main="word/document2.xml")
    assert speechparse.parse(data).text == "一、总体要求"


def test_text_of_tracked_insertions_and_hyperlinks_is_read_and_deleted_text_is_not() -> None:
    body = ("<w:p><w:r><w:t>要</w:t></w:r><w:ins><w:r><w:t>切实</w:t></w:r></w:ins>"
            "<w:del><w:r><w:delText>坚决</w:delText></w:r></w:del>"
            "<w:hyperlink><w:r><w:t>抓好</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>落实</w:t></w:r></w:p>")
    assert speechparse.parse(word_file(body)).text == "要切实抓好\t落实"


def test_hidden_text_is_not_read_and_text_whose_hiding_is_turned_off_is() -> None:
    body = ("<w:p><w:r><w:t>会议共有五项议程。</w:t></w:r>"
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t>(备选:如区长未到场,改为传达精神)</w:t></w:r>"
            '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>请大家准时到会。</w:t></w:r></w:p>')
    assert speechparse.parse(word_file(body)).text == "会议共有五项议程。请大家准时到会。"


def test_a_line_break_inside_a_paragraph_breaks_its_line_and_a_wrap_inside_a_sentence_is_joined() -> None:
    # (text pasted from a PDF keeps its wraps as Shift+Enter: they are joined as a text file's are; a page break is
    # no line break)
    wrapped = [["2031年,在县委、县政府的坚强领导和上级部门的精", "心指导下,我局坚持以生态文明思想为指导,深入打好",
                "污染防治攻坚战,全县生态环境质量持续改善,各项工", "作取得积极成效。现将有关情况总结如下。"],
               ["全县细颗粒物平均浓度同比下降百分之六点三,空气质", "量优良天数比率同比上升二点一个百分点,完成省下达",
                "的年度目标任务。完成三家企业超低排放改造,淘汰落", "后产能一批。"],
               ["全县国考断面水质优良比例达到百分之九十以上,集中", "式饮用水水源地水质达标率保持百分之百。完成入河排",
                "污口排查整治四百余个,新建改造城镇污水管网九十余", "公里。"]]
    body = "".join("<w:p><w:r>" + "<w:br/>".join(f"<w:t>{line}</w:t>" for line in lines) + "</w:r></w:p>"
                   for lines in wrapped)
    body += '<w:p><w:r><w:t>县直各单位要</w:t><w:br w:type="page"/><w:t>密切配合。</w:t></w:r></w:p>'
    paragraphs = ["".join(lines) for lines in wrapped]
    assert speechparse.parse(word_file(body)).text == "\n".join([*paragraphs, "县直各单位要密切配合。"])


def test_a_text_box_s_paragraphs_are_read_after_the_paragraph_that_anchors_it() -> None:
    box = '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>述职人:林青</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>'
    body = f"<w:p><w:r><w:t>以上述职,请予评议。</w:t></w:r>{box}</w:p>" + paragraph("2031年1月8日")
    assert speechparse.parse(word_file(body)).text == "以上述职,请予评议。\n述职人:林青\n2031年1月8日"


def test_a_text_box_written_again_as_a_fallback_for_older_readers_is_read_once() -> None:
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    content = "<w:txbxContent><w:p><w:r><w:t>述职人:林青</w:t></w:r></w:p></w:txbxContent>"
    box = (f'<w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:drawing>{content}</w:drawing>'
           f"</mc:Choice><mc:Fallback><w:pict>{content}</w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    body = f"<w:p><w:r><w:t>以上述职,请予评议。</w:t></w:r>{box}</w:p>"
    assert speechparse.parse(word_file(body)).text == "以上述职,请予评议。\n述职人:林青"


# ---------------------------------------------------------------- number formats, as Word writes them


@pytest.mark.parametrize(("fmt", "labels"), [
    ("taiwaneseCountingThousand", ("一、", "（一）")),
    ("chineseLegalSimplified", ("壹、", "（壹）")),
    ("ideographLegalTraditional", ("壹、", "（壹）")),
    ("ideographTraditional", ("甲、", "（甲）")),
])
def test_a_word_file_numbered_in_a_cjk_format_reads_as_its_markers(fmt: str, labels: tuple[str, str]) -> None:
    numbering = numbering_list([(fmt, "%1、"), (fmt, "（%2）")])
    data = word_file(paragraph("总体要求", num=1, ilvl=0) + paragraph("指导思想", num=1, ilvl=1), numbering=numbering)
    assert speechparse.parse(data).text.splitlines() == [labels[0] + "总体要求", labels[1] + "指导思想"]


@pytest.mark.parametrize(("fmt", "markers"), [
    ("taiwaneseCountingThousand", ("一、", "（一）", "（二）", "二、")),
    ("chineseLegalSimplified", ("壹、", "（壹）", "（贰）", "贰、")),
])
def test_a_word_list_in_a_chinese_format_gives_sections_at_its_levels(fmt: str, markers: tuple[str, ...]) -> None:
    numbering = numbering_list([(fmt, "%1、"), (fmt, "（%2）")])
    body = "".join(paragraph(text, num=1, ilvl=ilvl)
                   for text, ilvl in (("总体要求", 0), ("指导思想", 1), ("基本原则", 1), ("重点任务", 0)))
    document = speechparse.parse(word_file(body, numbering=numbering))
    assert [(section.marker, section.level) for section in document.sections()] == list(
        zip(markers, (1, 2, 2, 1), strict=True))


def test_taiwanese_counting_thousand_made_by_python_docx_reads_as_chinese_headings() -> None:
    word = WordDocument()
    num = word.numbering_list((("taiwaneseCountingThousand", "%1、"), ("taiwaneseCountingThousand", "（%2）")))
    for text, ilvl in (("总体要求", 0), ("指导思想", 1), ("基本原则", 1), ("重点任务", 0)):
        word.paragraph(text, num, ilvl)
    buffer = io.BytesIO()
    word.document.save(buffer)
    document = speechparse.parse(buffer.getvalue())
    assert document.text.splitlines() == ["一、总体要求", "（一）指导思想", "（二）基本原则", "二、重点任务"]
    assert [(section.marker, section.level) for section in document.sections()] == [
        ("一、", 1), ("（一）", 2), ("（二）", 2), ("二、", 1)]


@pytest.mark.parametrize(("fmt", "value", "expected"), [
    ("chineseCounting", 1, "一"), ("chineseCounting", 10, "十"), ("chineseCounting", 21, "二十一"),
    ("chineseCounting", 100, "一○○"), ("chineseCounting", 0, "○"),
    ("chineseCountingThousand", 10, "十"), ("chineseCountingThousand", 101, "一百零一"),
    ("chineseCountingThousand", 110, "一百一十"), ("chineseCountingThousand", 1005, "一千零五"),
    ("chineseCountingThousand", 20000, "二万"),
    ("taiwaneseCounting", 21, "二十一"), ("taiwaneseCountingThousand", 12, "十二"),
    ("taiwaneseCountingThousand", 20000, "二萬"), ("taiwaneseDigital", 10, "一○"),
    ("chineseLegalSimplified", 3, "叁"), ("chineseLegalSimplified", 11, "壹拾壹"),
    ("chineseLegalSimplified", 206, "贰佰零陆"),
    ("ideographLegalTraditional", 3, "參"), ("ideographLegalTraditional", 20, "貳拾"),
    ("ideographDigital", 10, "一〇"), ("ideographDigital", 305, "三〇五"),
    ("ideographTraditional", 3, "丙"), ("ideographTraditional", 10, "癸"), ("ideographTraditional", 11, "11"),
    ("ideographZodiac", 12, "亥"), ("ideographZodiac", 13, "13"),
    ("ideographZodiacTraditional", 1, "甲子"), ("ideographZodiacTraditional", 11, "甲戌"),
    ("ideographZodiacTraditional", 60, "癸亥"),
    ("ideographEnclosedCircle", 3, "㈢"), ("ideographEnclosedCircle", 10, "㈩"),
    ("decimalEnclosedCircleChinese", 5, "⑤"), ("decimalFullWidth", 12, "１２"), ("decimalFullWidth2", 7, "７"),
    ("decimalHalfWidth", 12, "12"), ("decimalZero", 7, "07"),
    ("upperLetter", 28, "BB"), ("lowerRoman", 14, "xiv"),
])
def test_each_cjk_number_format_writes_a_value_as_word_does(fmt: str, value: int, expected: str) -> None:
    assert format_number(value, fmt) == expected
