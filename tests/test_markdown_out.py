"""Markdown out: headings by level, points in place, and a round trip to the same sections."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from attrs import frozen
from conftest import SEED, SHARED

import speechparse
from speechparse.model import Document, Line, Paragraph, Section, Source

CORPUS = SHARED / "corpus" / "dev"

GONGWEN = (
    "关于加强基层党组织建设的实施方案\n"
    "各乡镇党委，县直各部门：\n"
    "一、总体要求\n"
    "（一）指导思想。坚持以新时代中国特色社会主义思想为指导。\n"
    "（二）工作目标。到20XX年，全县基层党组织全面过硬。一是组织体系更加健全，二是队伍素质明显提升。\n"
    "二、重点任务\n"
    "（一）建强战斗堡垒\n"
    "1.配齐配强村党组织书记。由X同志负责。\n"
    "三、保障措施\n"
    "各单位要高度重视，抓好落实。\n"
)


def _sections(document: speechparse.Document) -> list[tuple[int, str, int, str, str]]:
    return [(section.level, section.scheme, section.number, section.marker.strip(), section.heading)
            for section in document.sections()]


def test_title_sections_and_points_are_written_as_headings_by_level_and_bold_leads() -> None:
    markdown = speechparse.parse_text(GONGWEN).to_markdown()
    blocks = markdown.split("\n\n")
    assert blocks[0] == "# 关于加强基层党组织建设的实施方案"
    assert blocks[1] == "各乡镇党委，县直各部门："
    assert "## 一、总体要求" in blocks
    assert "### （一）指导思想。" in blocks  # the run-in heading's line is cut after it
    assert "坚持以新时代中国特色社会主义思想为指导。" in blocks
    assert "### （一）建强战斗堡垒" in blocks
    assert "#### 1.配齐配强村党组织书记。" in blocks
    assert "到20XX年，全县基层党组织全面过硬。**一是组织体系更加健全**，**二是队伍素质明显提升**。" in blocks
    assert markdown.endswith("各单位要高度重视，抓好落实。\n")


def test_leads_stay_plain_and_placeholders_can_be_marked_on_request() -> None:
    document = speechparse.parse_text(GONGWEN)
    plain = document.to_markdown(bold_leads=False)
    assert "**" not in plain
    marked = document.to_markdown(mark_placeholders=True)
    assert "由{{X|person}}同志负责。" in marked


def test_markdown_of_the_seed_parses_back_to_the_same_sections_title_and_points() -> None:
    document = speechparse.parse(SEED)
    again = speechparse.parse_text(document.to_markdown(), markdown=True)
    assert _sections(again) == _sections(document)
    assert again.title == document.title
    assert [(p.marker, p.lead) for p in again.points()] == [(p.marker, p.lead) for p in document.points()]


def test_characters_markdown_would_read_as_syntax_are_escaped_and_read_back_as_words() -> None:
    text = ("某某会议讲话\n一、总体要求\n#话题 与 *星号* 和 [方括号](链接) 以及 <!-- 注释 --> 都是正文。\n"
            "- 不是列表\n> 不是引用\n二、主要任务\n__下划线__ 与 `反引号` 也是正文。\n")
    document = speechparse.parse_text(text)
    again = speechparse.parse_text(document.to_markdown(), markdown=True)
    assert again.text.replace("\n\n", "\n") == document.text
    assert _sections(again) == _sections(document)


def test_sections_deeper_than_markdown_headings_go_are_bold_lines_and_read_back() -> None:
    text = "某某工作规则\n" + "".join(
        f"{marker}第{depth}层标题\n正文第{depth}层。\n"
        for depth, marker in enumerate(["第一章 ", "一、", "（一）", "1.", "（1）", "①"], start=1))
    document = speechparse.parse_text(text)
    assert [section.level for section in document.sections()] == [1, 2, 3, 4, 5, 6]  # precondition
    blocks = document.to_markdown().split("\n\n")
    assert "###### （1）第5层标题" in blocks
    assert "**①第6层标题**" in blocks
    assert _sections(speechparse.parse_text("\n\n".join(blocks), markdown=True)) == _sections(document)


@frozen
class DocumentNumber(Line):
    """A node type this renderer was not written for (as issue 13 may add)."""

    TYPE: ClassVar[str] = "document_number"


@frozen
class Box:
    """A container type this renderer was not written for."""

    TYPE: ClassVar[str] = "box"
    span: tuple[int, int]
    children: tuple[object, ...] = ()


def test_node_types_the_renderer_does_not_know_are_written_from_their_text() -> None:
    number, heading, first, second = "某政发〔2031〕1号\n", "一、总则\n", "框内第一段。\n", "框内第二段。\n"
    text = number + heading + first + second
    section_start, box_start = len(number), len(number + heading)
    box = Box(span=(box_start, len(text)), children=(Paragraph(span=(box_start, box_start + len(first))),
                                                      Paragraph(span=(box_start + len(first), len(text)))))
    section = Section(span=(section_start, len(text)), marker="一、", heading="总则",
                      heading_span=(section_start + 2, section_start + 4), children=(box,))  # type: ignore[arg-type]
    document = Document(source=Source(path=None), text=text, body=(DocumentNumber(span=(0, len(number))), section))
    assert document.to_markdown().split("\n\n") == [
        "某政发〔2031〕1号", "## 一、总则", "框内第一段。", "框内第二段。\n"]


def _dev_documents() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not _dev_documents(), reason="../shared/corpus/dev is not beside this checkout")
def test_markdown_of_every_dev_document_parses_back_to_the_same_sections() -> None:
    differ = []
    titles_differ = 0
    for path in _dev_documents():
        document = speechparse.parse(path)
        again = speechparse.parse_text(document.to_markdown(), markdown=True)
        if _sections(again) != _sections(document):
            differ.append(path.name)
        titles_differ += again.title != document.title
    assert differ == []
    # titles go through the front-matter stage again, which may read a line differently once it stands
    # alone; the few that differ are titles a site gave the file, not lines of the text
    assert titles_differ <= len(_dev_documents()) // 20
