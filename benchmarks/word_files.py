"""Word files built from raw WordprocessingML, for the benchmarks (no python-docx needed).

:func:`speech_document` is an ordinary speech as Word writes it: numbered
headings in two levels (Chinese counting, auto-numbered), heading styles,
body paragraphs whose runs are split as editing splits them, each run with its
formatting. The bombs are what hostile files are made of.
"""

from __future__ import annotations

import io
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

STYLES = (
    f'<w:styles xmlns:w="{W}">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/>'
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    '</w:styles>')
NUMBERING = (
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
    '<w:suff w:val="nothing"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>'
    '<w:suff w:val="nothing"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
RUN_PROPERTIES = '<w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
SENTENCE = ("各级各部门要切实提高政治站位，", "把思想和行动统一到决策部署上来，", "压实工作责任，",
            "确保各项任务落到实处。")


def word_file(body: str, *, styles: str = STYLES, numbering: str = NUMBERING,
              compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A .docx whose body is ``body`` (the XML inside w:body)."""
    parts = {
        "[Content_Types].xml": "<Types/>",
        "_rels/.rels": f'<Relationships xmlns="{R}"><Relationship Id="rId1" Type="{TYPES}officeDocument" '
                       'Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": f'<Relationships xmlns="{R}">'
                                        f'<Relationship Id="rId1" Type="{TYPES}styles" Target="styles.xml"/>'
                                        f'<Relationship Id="rId2" Type="{TYPES}numbering" Target="numbering.xml"/>'
                                        '</Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}'
                             '</w:body></w:document>',
        "word/styles.xml": styles,
        "word/numbering.xml": numbering,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


def _paragraph(runs: list[str], properties: str = "", revision: int = 0) -> str:
    # Word marks each paragraph and run with the editing session that wrote it (an rsid)
    body = "".join(f'<w:r w:rsidR="{revision * 7 + index:08X}">{RUN_PROPERTIES}<w:t>{text}</w:t></w:r>'
                   for index, text in enumerate(runs))
    return f'<w:p w:rsidR="{revision:08X}"><w:pPr>{properties}</w:pPr>{body}</w:p>'


def speech_document(paragraphs: int = 670) -> bytes:
    """A speech of ``paragraphs`` paragraphs: every tenth a numbered heading, two levels, the rest body text."""
    body = []
    for index in range(paragraphs):
        if index % 10 == 0:
            level = 0 if index % 30 == 0 else 1
            properties = (f'<w:pStyle w:val="Heading{level + 1}"/>'
                          f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>')
            body.append(_paragraph(["加强组织领导"], properties, index))
        else:
            body.append(_paragraph([*SENTENCE, f"第{index}项。"], '<w:spacing w:line="560" w:lineRule="exact"/>',
                                   index))
    return word_file("".join(body))


def speech_text(paragraphs: int = 670) -> str:
    """The text of :func:`speech_document` as it reads (labels included), for comparison."""
    from speechparse.read.docx import read_docx

    return read_docx(speech_document(paragraphs)).text
