"""Build the seed corpus for fuzz_parse.py from the sample inputs and test fixtures.

    python fuzz/make_corpus.py fuzz/corpus

Besides text, the corpus holds Word files: whole packages (stored, so a mutation
of the XML keeps the zip readable up to its checksum) and Word inputs in the
harness's own form (0x01, then the parts' XML; see ``word_input.py``), with
styles that inherit, numbering in the Chinese formats, tables and entities.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word_samples() -> list[bytes]:
    """Word inputs: the XML of a few documents, as harness inputs and as stored packages."""
    from word_input import SEPARATOR, WORD_INPUT, word_package

    def paragraph(text: str, style: str = "", num: str = "", ilvl: str = "0") -> str:
        properties = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>' if num else "")
        return f'<w:p><w:pPr>{properties}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    def document(body: str, doctype: str = "") -> str:
        return f'<?xml version="1.0"?>{doctype}<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'

    styles = (f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
              '<w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="H1"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')
    levels = "".join(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                     f'<w:lvlText w:val="{text}"/><w:pStyle w:val="{"Sub" if ilvl == 1 else "H1"}"/></w:lvl>'
                     for ilvl, (fmt, text) in enumerate((("chineseCounting", "%1、"), ("taiwaneseCountingThousand",
                                                         "（%2）"), ("decimal", "%1.%2.%3"),
                                                        ("chineseLegalSimplified", "%4、"))))
    numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                 '<w:startOverride w:val="2"/></w:lvlOverride></w:num></w:numbering>')
    bodies = [
        document(paragraph("关于加强工作的通知", "H1") + paragraph("总体要求", num="1") + paragraph("指导思想", "Sub")
                 + paragraph("具体措施", num="1", ilvl="2") + paragraph("要X同志负责。")),
        document("<w:tbl><w:tr><w:tc>" + paragraph("时间") + "</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr>"
                 + paragraph("内容") + "</w:tc></w:tr></w:tbl>" + paragraph("一、工作要求")),
        document(paragraph("要按照&org;的部署"), '<!DOCTYPE w:document [<!ENTITY org "某单位">]>'),
        document('<w:p><w:r><w:t>要</w:t></w:r><w:ins><w:r><w:t>切实</w:t></w:r></w:ins><w:hyperlink><w:r>'
                 '<w:tab/><w:t>落实</w:t><w:br/></w:r></w:hyperlink></w:p>'),
    ]
    samples = []
    for body in bodies:
        parts = SEPARATOR.join(part.encode("utf-8") for part in (body, styles, numbering))
        samples.append(WORD_INPUT + parts)
        samples.append(word_package(parts))
    return samples


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "fuzz" / "corpus")
    out.mkdir(parents=True, exist_ok=True)
    samples: list[bytes] = [path.read_bytes()[:4000] for path in (ROOT / "seeds").glob("*.txt")]
    for fixture in (ROOT / "tests" / "fixtures").glob("*.txt"):
        samples.extend(block.encode("utf-8") for block in fixture.read_text(encoding="utf-8").split("\n.\n")
                       if block.strip())
    samples.extend(word_samples())
    for sample in samples:
        (out / hashlib.sha1(sample).hexdigest()).write_bytes(sample)
    print(f"{len(samples)} inputs in {out}")


if __name__ == "__main__":
    main()
