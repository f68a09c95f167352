"""Markdown in: converter output (MinerU, marker, docling) and hand-written .md files.

Every text here is invented; the shapes are those the converters write (every
heading ``#``, images, HTML comments, page separators, pipe tables).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from invariants import assert_sound

import speechparse
from speechparse.limits import StructureBudget
from speechparse.read.markdown import RULE_NAMES, looks_like_markdown, scan_markdown

#: a 实施方案 as a PDF converter writes it: every heading ``#``, the header and the document
#: number above the title, an image, a placeholder comment, a page separator and a table
CONVERTER = """# 某某市人民政府办公室

# 某政办发〔2031〕7号

# 关于印发某某市推进智慧社区建设实施方案的通知

各县（区）人民政府，市政府各部门：

现将《某某市推进智慧社区建设实施方案》印发给你们，请认真组织实施。

![](images/8c1f0e2d.jpg)

# 一、总体要求

# （一）指导思想

坚持以**人民为中心**的发展思想，统筹推进[智慧社区](https://example.org/zhsq)建设。

# （二）工作目标

到2035年，全市社区*数字化服务*水平明显提升。

<!-- image -->

{2}------------------------------------------------

# 二、重点任务

# （一）完善基础设施

| 序号 | 任务 | 责任单位 |
|---|---|---|
| 1 | 社区网络改造 | 市数据局 |
| 2 | 公共设施更新 | 市住建局 |

# （二）丰富服务场景

1.推进线上办事。各社区要开通线上服务窗口。

2.发展居家服务。鼓励企业参与社区服务。
"""

OUTLINE = [
    (1, "一、", "总体要求"),
    (2, "（一）", "指导思想"),
    (2, "（二）", "工作目标"),
    (1, "二、", "重点任务"),
    (2, "（一）", "完善基础设施"),
    (2, "（二）", "丰富服务场景"),
    (3, "1.", "推进线上办事"),
    (3, "2.", "发展居家服务"),
]


def _outline(document: speechparse.Document) -> list[tuple[int, str, str]]:
    return [(section.level, section.marker.strip(), section.heading) for section in document.sections()]


def _kept_and_removed(document: speechparse.Document, raw: str) -> None:
    """Every character of the raw Markdown is either in the text or in exactly one removal."""
    kept = "".join(raw[start:end] for start, end in document.source_map)
    assert kept == document.text
    position = 0
    pieces = []
    for removal in sorted(document.removed, key=lambda removal: removal.span):
        start, end = removal.span
        assert raw[start:end] == removal.text
        assert start >= position
        pieces.append((start, end))
        position = end
    covered = sorted([*pieces, *((start, end) for start, end in document.source_map if end > start)])
    position = 0
    for start, end in covered:
        assert start == position, f"raw characters {position}..{start} are neither kept nor removed"
        position = end
    assert position == len(raw)


def test_converter_markdown_with_every_heading_flat_nests_by_markers_and_finds_the_title(tmp_path: Path) -> None:
    path = tmp_path / "notice.md"
    path.write_text(CONVERTER, encoding="utf-8")
    document = speechparse.parse(path)
    assert document.source.format == "md"
    assert document.title == "关于印发某某市推进智慧社区建设实施方案的通知"
    assert _outline(document) == OUTLINE
    assert_sound(document)


def test_docling_style_markdown_with_every_section_at_one_level_nests_by_markers() -> None:
    docling = CONVERTER.replace("\n# 一、", "\n## 一、").replace("\n# 二、", "\n## 二、").replace("\n# （", "\n## （")
    document = speechparse.parse_text(docling, markdown=True)
    assert _outline(document) == OUTLINE


def test_markdown_syntax_is_removed_and_every_removed_character_is_recorded() -> None:
    document = speechparse.parse_text(CONVERTER, markdown=True)
    for syntax in ("#", "**", "](", "![", "<!--", "{2}---", "|---"):
        assert syntax not in document.text, syntax
    assert "坚持以人民为中心的发展思想，统筹推进智慧社区建设。" in document.text
    assert "| 1 | 社区网络改造 | 市数据局 |" in document.text  # a row stays a line, a 序号 no heading
    assert {removal.rule for removal in document.removed} >= {
        "markdown.heading", "markdown.image", "markdown.emphasis", "markdown.link", "markdown.comment",
        "markdown.page_marker", "markdown.table"}
    _kept_and_removed(document, CONVERTER)


def test_spans_of_a_markdown_document_point_into_the_markdown_file() -> None:
    document = speechparse.parse_text(CONVERTER, markdown=True)
    section = next(document.sections())
    start, end = document.raw_span(section.heading_span)
    assert CONVERTER[start:end] == "总体要求"
    assert CONVERTER[section.raw_span[0] - 2:section.raw_span[0]] == "# "


def test_heading_levels_are_hints_only_where_the_headings_use_more_than_one_level() -> None:
    assert scan_markdown("# 标题\n\n# 一、总体要求\n\n# （一）指导思想\n").hints == ()
    assert scan_markdown("# 标题\n\n## 一、总体要求\n\n## （一）指导思想\n").hints == ()
    assert scan_markdown("# 文号\n\n# 标题\n\n## 一、总体要求\n\n## （一）指导思想\n\n# 附件\n").hints == ()
    varied = scan_markdown("# 标题\n\n## 一、总体要求\n\n### （一）指导思想\n")
    assert [level for _, level in varied.hints] == [0, 1, 2]


def test_heading_levels_that_vary_are_evidence_for_where_a_new_scheme_belongs() -> None:
    # （一） first appears after a 1. item; the markers alone put the new scheme under 一、 (never under a 1.,
    # which comes after it in the fixed order of 公文 headings), but its heading sits at the level of 一、,
    # which the headings say is its sibling
    body = ("# 某某工作报告\n\n{h2} 一、工作回顾\n\n{h3} 1.经济运行\n\n总体平稳。\n\n"
            "{h2} （一）存在问题\n\n仍有短板。\n")
    leveled = speechparse.parse_text(body.format(h2="##", h3="###"), markdown=True)
    flat = speechparse.parse_text(body.format(h2="#", h3="#"), markdown=True)
    assert [(level, marker) for level, marker, _ in _outline(leveled)] == [(1, "一、"), (2, "1."), (1, "（一）")]
    assert [(level, marker) for level, marker, _ in _outline(flat)] == [(1, "一、"), (2, "1."), (2, "（一）")]


def test_setext_headings_and_thematic_breaks_are_syntax() -> None:
    text = "某某工作方案\n======\n\n一、总体要求\n------\n\n坚持稳中求进。\n\n***\n\n二、主要任务\n\n抓好落实。\n"
    document = speechparse.parse_text(text, markdown=True)
    assert "=" not in document.text and "---" not in document.text and "***" not in document.text
    assert [marker for _, marker, _ in _outline(document)] == ["一、", "二、"]


def test_asterisk_and_underscore_blanks_of_templates_are_not_emphasis() -> None:
    text = "# 在**县工作会议上的讲话\n\n# 一、总体要求\n\n**局、**县要抓好落实，时间为____年。\n"
    document = speechparse.parse_text(text, markdown=True)
    assert "**局、**县要抓好落实，时间为____年。" in document.text
    assert {placeholder.text for placeholder in document.placeholders} >= {"**"}


def test_name_blanks_of_three_stars_between_a_label_and_bracketed_notes_are_not_emphasis() -> None:
    raw = ("# 一、工作机构\n\n+ 组长：***（区委常委、宣传部部长）\n+ 副组长：***（宣传部副部长）、***（文明办主任）\n"
           "+ 成员：各街道分管负责同志\n")
    document = speechparse.parse_text(raw, markdown=True)
    assert "副组长：***（宣传部副部长）、***（文明办主任）" in document.text
    assert [(placeholder.text, placeholder.kind) for placeholder in document.placeholders] == [("***", "person")] * 3


def test_three_stars_around_words_are_still_strong_emphasis() -> None:
    document = speechparse.parse_text("# 一、要求\n\n务必做到 ***守土有责*** ，不得推诿。\n", markdown=True)
    assert "***" not in document.text and "守土有责" in document.text


def test_escapes_code_spans_and_code_blocks_keep_their_text() -> None:
    text = "# 一、说明\n\n用 `X` 代替地名，\\*号不是强调。\n\n```\n二、这是代码里的文字\n```\n"
    document = speechparse.parse_text(text, markdown=True)
    assert "用 X 代替地名，*号不是强调。" in document.text
    assert "二、这是代码里的文字" in document.text
    assert "```" not in document.text


def test_markdown_that_is_a_table_dump_or_code_parses_as_text_without_a_crash() -> None:
    table = "| 序号 | 名称 |\n|---|---|\n" + "".join(f"| {n} | 项目{n} |\n" for n in range(1, 300))
    code = "```python\n" + "def f(x):\n    return x * 2  # **not** [a](link)\n" * 200 + "```\n"
    for text in (table, code, "# \n\n#\n\n######\n", "<!--\n", "[[[[]]]]" * 500, "*" * 5000, "`" * 3000):
        assert_sound(speechparse.parse_text(text + "\n正文。\n", markdown=True))


def test_markdown_is_recognised_by_suffix_or_clear_content_and_plain_text_stays_text(tmp_path: Path) -> None:
    assert looks_like_markdown("一、总体要求\n", "notes.md")
    assert looks_like_markdown("# 标题\n\n## 一、总体要求\n")
    assert looks_like_markdown("# 标题\n\n![](a.png)\n")
    assert not looks_like_markdown("# 标题\n\n一、总体要求\n")
    assert not looks_like_markdown("#话题# 一、总体要求\n二、主要任务\n")
    assert speechparse.parse("# 某某方案\n\n## 一、总体要求\n\n坚持稳中求进。\n".encode()).source.format == "md"
    plain = tmp_path / "speech.txt"
    plain.write_text("在全市大会上的讲话\n一、总体要求\n坚持稳中求进。\n", encoding="utf-8")
    assert speechparse.parse(plain).source.format == "txt"
    page = "<!DOCTYPE html><html><body><h1>某某通知</h1><p>一、总体要求</p><p>二、主要任务</p></body></html>"
    markdown_named_page = tmp_path / "page.md"
    markdown_named_page.write_text(page, encoding="utf-8")
    assert speechparse.parse(markdown_named_page).source.format == "html"


_OUTLINE_EXPORT = (
    "- 在全镇秋收工作会议上的讲话\n"
    "- 同志们：\n"
    "  - 今天召开会议，部署秋收秋种工作。下面讲两点意见。\n"
    "- 第一，要抓好机收组织\n"
    "  - （一）统筹农机调度\n"
    "    - 各村要摸清农机底数，合理安排作业顺序。\n"
    "  - （二）做好安全检查\n"
    "    - 农机站要逐台检修，确保机具完好。\n"
    "- 第二，要抓好烘干仓储\n"
    "  - 粮站要提前腾仓，保障颗粒归仓。\n"
)


def test_an_outline_apps_export_is_markdown_and_its_bullets_leave_the_ordinals_their_line() -> None:
    assert looks_like_markdown(_OUTLINE_EXPORT)
    document = speechparse.parse(_OUTLINE_EXPORT.encode())
    assert [(section.marker, section.level) for section in document.sections()] == [
        ("第一，", 1), ("（一）", 2), ("（二）", 2), ("第二，", 1)]
    assert "- " not in document.text


def test_a_text_with_a_few_dashed_items_among_its_paragraphs_stays_text() -> None:
    text = ("关于秋收工作的通知\n各村：\n现将有关事项通知如下。\n- 抓好机收组织。\n- 做好安全检查。\n"
            "请各村认真落实。\n" + "各村要摸清农机底数，合理安排作业顺序。\n" * 3)
    assert not looks_like_markdown(text)


def test_every_markdown_removal_is_named_after_its_construct() -> None:
    document = speechparse.parse_text(CONVERTER + "\n> 引用一句。\n\n- 一项\n\n[^1]: 注释\n", markdown=True)
    rules = {removal.rule for removal in document.removed if removal.rule.startswith("markdown.")}
    assert rules <= set(RULE_NAMES)


markdown_piece = st.sampled_from([
    "# ", "## ", "### ", "\n", "\n\n", "**", "*", "_", "__", "~~", "`", "```", "[", "]", "(", ")", "![", "](x.png)",
    "<!--", "-->", "| ", " |", "|---|---|\n", "> ", "- ", "1. ", "\\", "{1}" + "-" * 48, "---", "===", "一、", "（一）",
    "1.", "总体要求", "坚持稳中求进。", "X", "××", "某某", "同志们：", " ", "\u3000",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(markdown_piece, max_size=60).map("".join))
def test_any_markdown_gives_a_sound_tree_and_loses_no_character(text: str) -> None:
    if not text.strip():
        return
    try:
        document = speechparse.parse_text(text, markdown=True)
    except speechparse.EmptyInputError:
        return
    assert_sound(document)
    _kept_and_removed(document, text)


@pytest.mark.parametrize("text", [
    "# " + "a" * 200_000 + " " * 200_000 + "#",
    "[" * 100_000 + "]" * 100_000,
    "*a" * 100_000,
    "`" * 50_000 + "a" + "``" * 50_000,
    "[a](b)" * 50_000,
])
def test_long_lines_of_markdown_syntax_are_read_in_one_pass(text: str) -> None:
    # a quadratic scan would take minutes on these; the suite's time shows it (no timed assert)
    found = scan_markdown(text)
    assert all(end > start for start, end, _ in found.markup)


@pytest.mark.parametrize("syntax", ["\\*", "*a*", "`a", "[a", "<!--a-->", "# a\n", "![](b)"])
def test_markdown_made_of_syntax_is_refused_by_the_structure_budget_as_it_is_scanned(syntax: str) -> None:
    text = "正文。\n" + syntax * (300_000 // len(syntax))
    with pytest.raises(speechparse.StructureTooDenseError):
        speechparse.parse_text(text, markdown=True)
    scan_markdown(text, StructureBudget.for_text(text, max_units=10**7))  # a caller may allow it: no error


def test_text_with_lines_opening_in_bold_is_markdown_and_a_templates_stars_are_not() -> None:
    assert looks_like_markdown("读书月方案\n**一、活动目的**\n营造氛围。\n**二、活动安排**\n每月一次。\n")
    assert not looks_like_markdown("**局局长 ***\n**县要抓好落实。\n**局:**局长要带头。\n")


def test_a_bold_heading_closed_after_its_full_stop_with_the_body_glued_on_is_emphasis() -> None:
    text = "读书月方案\n**一、活动目的**\n**(一)营造氛围。**在全镇开展读书活动。\n**(二)培养习惯。**每月评选一次。\n"
    document = speechparse.parse(text.encode("utf-8"))
    assert document.source.format == "md"
    assert "**" not in document.text and document.placeholders == ()
    assert [section.marker for section in document.sections()] == ["一、", "(一)", "(二)"]


def test_a_bold_heading_closed_after_its_full_stop_with_a_figure_glued_on_is_emphasis() -> None:
    text = "读书月方案\n**一、活动安排**\n**(一)活动规模。**2031年全镇组织读书活动X场。\n**(二)活动时间。**9月全月。\n"
    document = speechparse.parse(text.encode("utf-8"))
    assert "**" not in document.text
    assert [section.marker for section in document.sections()] == ["一、", "(一)", "(二)"]


def test_a_bold_lead_closed_after_its_comma_with_the_sentence_glued_on_is_emphasis() -> None:
    text = "# 植树节活动主持词\n**第一项,**请园林站站长介绍树种。\n\n**第二项，**请志愿者代表发言。\n"
    document = speechparse.parse(text.encode("utf-8"))
    assert document.source.format == "md"
    assert "**" not in document.text and document.placeholders == ()
    assert [section.marker for section in document.sections()] == ["第一项,", "第二项，"]


def test_a_templates_star_blanks_between_commas_stay_blanks() -> None:
    document = speechparse.parse_text("# 通知\n请**,**,**等单位于X月X日前报送材料。\n", markdown=True)
    assert "**,**,**等" in document.text


def test_a_bold_label_closed_after_its_colon_with_a_templates_blank_glued_on_is_emphasis() -> None:
    text = "# 组织生活会主持词\n**会议地点:**会议室\n**主 持 人:**XXX(支部书记)\n**参会人员:**全体党员\n"
    document = speechparse.parse(text.encode("utf-8"))
    assert document.source.format == "md"
    assert "**" not in document.text
    assert [(placeholder.text, placeholder.kind) for placeholder in document.placeholders] == [("XXX", "person")]


def test_yaml_front_matter_at_the_start_goes() -> None:
    raw = "---\ntitle: 防汛讲话\ndate: 2033-05-01\n---\n# 在全镇防汛会议上的讲话\n同志们:\n今天开会。\n"
    document = speechparse.parse_text(raw, markdown=True)
    assert "title:" not in document.text and document.title == "在全镇防汛会议上的讲话"


def test_a_notes_front_matter_title_goes_where_its_own_heading_follows_the_contents_mark() -> None:
    raw = "---\ntitle: 防汛讲话(定稿v2)\ntags: [材料]\n---\n\n[TOC]\n\n# 在全镇防汛会议上的讲话\n同志们:\n今天开会。\n"
    document = speechparse.parse_text(raw, markdown=True)
    assert "定稿" not in document.text and document.title == "在全镇防汛会议上的讲话"


def test_a_thematic_break_opening_the_text_is_no_front_matter_and_the_text_under_it_stays() -> None:
    raw = "---\n\n### 在全镇防汛会议上的讲话\n\n同志们:\n\n今天开会。\n\n---\n\n希望这篇讲话稿对你有帮助。\n"
    document = speechparse.parse_text(raw, markdown=True)
    assert document.title == "在全镇防汛会议上的讲话" and "今天开会。" in document.text


def test_a_note_s_task_items_go_whole_and_their_words_head_nothing() -> None:
    text = ("# 在全镇防汛工作会议上的讲话\n\n- [x] 核对降雨数据\n- [ ] 第三部分再压缩一点\n\n同志们:\n\n"
            "## 一、认清形势\n\n今年汛期来得早。\n\n## 二、压实责任\n\n各村要落实责任。\n")
    doc = speechparse.parse_text(text, markdown=True)
    assert [section.heading for section in doc.sections()] == ["认清形势", "压实责任"]
    assert [removal.text for removal in doc.removed if removal.rule == "markdown.task"] == [
        "- [x] 核对降雨数据", "- [ ] 第三部分再压缩一点"]


def test_a_note_apps_comments_links_and_callout_types_go_and_the_words_shown_stay() -> None:
    text = ("# 在全镇防汛工作会议上的讲话\n\n> [!quote] 县委书记指出\n"
            "> 要按照[[防汛预案]]和[[2031汛期台账|今年的台账]]落实。\n\n"
            "%%\n讲到这里停一下,看时间。\n%%\n\n同志们:\n\n## 一、认清形势\n\n今年汛期来得早。%%补数字%%\n")
    doc = speechparse.parse_text(text, markdown=True)
    assert "县委书记指出\n要按照防汛预案和今年的台账落实。" in doc.text
    assert "看时间" not in doc.text and "补数字" not in doc.text and "%" not in doc.text and "[" not in doc.text
    assert [removal.text for removal in doc.removed if removal.rule == "markdown.comment"] == [
        "%%\n讲到这里停一下,看时间。\n%%", "%%补数字%%"]


@pytest.mark.parametrize("callout", ["> [!note] 起草说明\n> 第一部分的数字待水利站核实后再定。\n",
                                     "> [!WARNING]\n> 第一部分的数字待水利站核实,\n> 不要和县里的通报打架。\n",
                                     "> [!todo]- 待办\n> 请办公室把关第二部分。\n"])
def test_a_note_apps_callout_of_a_writers_note_goes_whole(callout: str) -> None:
    text = ("# 在全镇防汛工作会议上的讲话\n\n" + callout + "\n同志们:\n\n## 一、认清形势\n\n今年汛期来得早。\n\n"
            "## 二、压实责任\n\n各村要落实责任。\n")
    doc = speechparse.parse_text(text, markdown=True)
    assert doc.text.startswith("在全镇防汛工作会议上的讲话\n同志们:\n")
    assert "第一部分" not in doc.text and "[!" not in doc.text
    assert [section.heading for section in doc.sections()] == ["认清形势", "压实责任"]
    assert {removal.rule for removal in doc.removed} >= {"markdown.callout"}


def test_a_note_apps_backlinks_panel_and_the_to_dos_under_it_go() -> None:
    text = ("# 在全镇防汛工作会议上的讲话\n\n同志们:\n\n## 一、认清形势\n\n今年汛期来得早。\n\n谢谢大家!\n\n---\n\n"
            "## 反向链接\n- [[镇党委会议纪要]]\n- [[讲话稿索引]]\n\n## 待办\n- [ ] 请水利站核实数字\n")
    doc = speechparse.parse_text(text, markdown=True)
    assert doc.text.rstrip().endswith("今年汛期来得早。\n谢谢大家!")


def test_a_lone_double_percent_sign_is_text() -> None:
    doc = speechparse.parse_text("# 统计分析报告\n\n同比增长%%,数据待核。\n", markdown=True)
    assert "同比增长%%,数据待核。" in doc.text


def test_a_footnotes_text_stays_and_only_its_label_and_a_links_target_go() -> None:
    document = speechparse.parse_text(
        "# 关于某某的方案\n\n一、总体要求\n\n坚持稳中求进[^1]。\n\n[^1]: 稳中求进是工作的**总基调**。\n"
        "[ref]: https://example.org/a\n", markdown=True)
    assert document.text.endswith("坚持稳中求进。\n稳中求进是工作的总基调。")
    removed = {(removal.rule, removal.text) for removal in document.removed}
    assert ("markdown.footnote", "[^1]: ") in removed
    assert ("markdown.definition", "[ref]: https://example.org/a\n") in removed


def test_a_long_heading_over_a_blank_line_ends_there_in_markdown_whatever_its_last_word() -> None:
    text = ("# 在全县防汛动员会上的讲话\n\n同志们:\n\n## 一、提高站位\n\n防汛工作事关重大。\n\n"
            "## 二、从严从实,全力锤炼召之即来、来之能战的过硬突击队伍\n\n"
            "- 加强实战训练。每月至少演练一次。\n- 完善物资保障。要足额储备物资。\n")
    document = speechparse.parse_text(text, markdown=True)
    assert "过硬突击队伍\n加强实战训练。" in document.text
    last = [section.heading for section in document.sections()][-1]
    assert last == "从严从实,全力锤炼召之即来、来之能战的过硬突击队伍"


# ---------------------------------------------------------------- what scrapers and converters write

_SPEECH_BODY = ("同志们:\n\n今天召开全镇秋季防火工作会议,安排部署今冬明春的防火工作。\n\n"
                "一、认清形势\n\n今年秋季降雨偏少。\n")


def test_a_reader_services_header_says_markdown_and_goes_whole() -> None:
    raw = ("Title: 在全镇秋季防火工作会议上的讲话_讲话稿_某某文库\n\nURL Source: https://wenku.example.org/a/1.html\n\n"
           "Published Time: 2031-10-02T08:00:00+08:00\n\nMarkdown Content:\n在全镇秋季防火工作会议上的讲话\n"
           "==============================\n\n" + _SPEECH_BODY)
    assert looks_like_markdown(raw)
    document = speechparse.parse_text(raw, markdown=True)
    assert document.title == "在全镇秋季防火工作会议上的讲话"
    assert document.text.startswith("在全镇秋季防火工作会议上的讲话\n同志们:")
    assert document.removed[0].rule == "markdown.front_matter"


def test_a_setext_title_with_a_link_on_the_page_is_markdown() -> None:
    raw = ("[登录](https://example.org/login)\n\n在全镇秋季防火工作会议上的讲话\n==========\n\n" + _SPEECH_BODY)
    assert looks_like_markdown(raw)


def test_lines_of_equals_signs_with_no_other_sign_of_markdown_are_plain_text() -> None:
    # an e-reader's clippings part each note with a row of equals signs under it
    raw = "读书笔记 (某某)\n第12页的标注\n\n要把学习成果转化为工作动力。\n==========\n读书笔记 (某某)\n第15页的标注\n\n"
    assert not looks_like_markdown(raw)


@pytest.mark.parametrize("bullet", ["* ", "*   ", "- "])
def test_a_list_item_of_links_alone_is_a_menu_and_goes_whole(bullet: str) -> None:
    menu = "".join(f"{bullet}[{word}](https://example.org/{index}/)\n" for index, word in enumerate(["讲话", "主持词"]))
    raw = menu + "\n# 在全镇秋季防火工作会议上的讲话\n\n" + _SPEECH_BODY
    assert looks_like_markdown(raw)  # (one heading, and links to addresses)
    document = speechparse.parse_text(raw, markdown=True)
    assert document.text.startswith("在全镇秋季防火工作会议上的讲话\n")
    assert sum(removal.rule == "markdown.link_item" for removal in document.removed) == 2


def test_a_list_item_that_says_something_around_its_link_keeps_its_words() -> None:
    raw = "# 在全镇秋季防火工作会议上的讲话\n\n" + _SPEECH_BODY + "\n- 各村要对照[防火清单](https://example.org/q)逐项落实。\n"
    assert "各村要对照防火清单逐项落实。" in speechparse.parse_text(raw, markdown=True).text


def test_a_converters_front_matter_title_stays_when_the_text_opens_with_prose() -> None:
    raw = ("---\ntitle: \"XX镇秋季防火工作方案\"\nauthor: 镇应急办\n---\n\n为做好秋季防火工作,制定本方案。\n\n"
           "# 一、总体要求\n\n坚持预防为主。\n")
    document = speechparse.parse_text(raw, markdown=True)
    assert document.title == "XX镇秋季防火工作方案"
    assert document.text.startswith("XX镇秋季防火工作方案\n为做好秋季防火工作")
    assert document.placeholders[0].span == (0, 2)


def test_a_notes_front_matter_title_goes_when_the_text_opens_with_its_own_heading() -> None:
    raw = "---\ntitle: 防火讲话(改稿v2)\ntags: [讲话]\n---\n\n# 在全镇秋季防火工作会议上的讲话\n\n" + _SPEECH_BODY
    document = speechparse.parse_text(raw, markdown=True)
    assert document.title == "在全镇秋季防火工作会议上的讲话" and "改稿" not in document.text


def test_pandocs_span_attributes_go_their_words_stay_and_a_tracked_deletion_goes_whole() -> None:
    raw = ("# 秋季防火工作方案\n\n各村要于[10月底前]{.underline}完成排查,"
           "全镇巡查不少于[三]{.deletion author=\"审核人\"}[五]{.insertion author=\"审核人\"}次。\n\n"
           "![](media/image1.png){width=\"5.7in\" height=\"3.2in\"}\n")
    document = speechparse.parse_text(raw, markdown=True)
    assert "各村要于10月底前完成排查,全镇巡查不少于五次。" in document.text
    assert "{" not in document.text and "width" not in document.text


def test_a_grid_tables_borders_and_a_lines_closing_backslash_go() -> None:
    raw = ("# 秋季防火工作方案\n\n+------+------+\n| 指标 | 目标 |\n+======+======+\n| 巡查 | 五次 |\n"
           "+------+------+\n\n某某镇人民政府\\\n2031年10月2日\n")
    document = speechparse.parse_text(raw, markdown=True)
    assert "+--" not in document.text and "+==" not in document.text
    assert document.text.rstrip("\n").endswith("某某镇人民政府\n2031年10月2日")


def test_bold_opens_before_a_blank_written_with_times_signs() -> None:
    raw = "# 致全镇老人的重阳节慰问信\n\n尊敬的**××老人**:\n\n您好!祝您节日快乐!\n"
    document = speechparse.parse_text(raw, markdown=True)
    assert "**" not in document.text
    assert [placeholder.text for placeholder in document.placeholders] == ["××"]


def test_a_notes_own_heading_over_its_body_label_is_its_title() -> None:
    raw = ("# 致全镇老人的重阳节慰问信\n\n> 用法:把镇名换成实际的。\n\n## 正文\n\n尊敬的老人们:\n\n"
           "您好!祝您节日快乐!\n")
    document = speechparse.parse_text(raw, markdown=True)
    assert document.title == "致全镇老人的重阳节慰问信"
