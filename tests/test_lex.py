"""Lexing marker candidates: every scheme, and what stands before a marker."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speechparse
import speechparse.lex.title as title_module
from speechparse.lex.lines import find_part_labels
from speechparse.lex.markers import COMMA, LINE, NONE, SENTENCE, _needed, boundary_before, lex_markers
from speechparse.lex.title import clean_title
from speechparse.widths import fold


def _candidates(text: str) -> list[tuple[str, str, int | None, str]]:
    folded = fold(text)
    return [(text[c.start:c.end], c.scheme, c.number, c.boundary) for c in lex_markers(folded)]


@pytest.mark.parametrize(("text", "marker", "scheme", "number"), [
    ("第一，要提高认识。", "第一，", "ordinal", 1),
    ("第二、要明确责任。", "第二、", "ordinal", 2),
    ("第三：加强督查。", "第三：", "ordinal", 3),
    ("第十二,做好收尾。", "第十二,", "ordinal", 12),
    ("第一是辛苦。", "第一是", "ordinal_shi", 1),
    ("第一章 总则", "第一章", "chapter", 1),
    ("第二节 职责", "第二节", "subchapter", 2),
    ("第三部分 任务", "第三部分", "part", 3),
    ("第四条 本办法自公布之日起施行。", "第四条", "article", 4),
    ("第五项:颁奖。", "第五项:", "ordinal_item", 5),
    ("一、总体要求", "一、", "cn", 1),
    ("二、参训对象", "二、", "cn", 2),  # 参 opens a word here, not a list of numbers (二、叁)
    ("二十一、其他事项", "二十一、", "cn", 21),
    ("（一）指导思想", "（一）", "cn_paren", 1),
    ("(二)基本原则", "(二)", "cn_paren", 2),
    ("1.加快发展", "1.", "arabic", 1),
    ("2、优化结构", "2、", "arabic", 2),
    ("1.9月9日,举行启动仪式。", "1.", "arabic", 1),  # a date opens the item's words
    ("1.2 “三个一”工程", "1.2", "decimal", 2),  # a decimal heading's words may open with a quote
    ("2.3 5G网络建设", "2.3", "decimal", 3),  # or with a short Latin or digit word
    ("3.4 GIS平台", "3.4", "decimal", 4),
    ("2.2031年起,全面推开。", "2.", "arabic", 2),
    ("1.9月底前完成排查,建立台账。", "1.", "arabic", 1),  # a month's end: no decimal is read in months
    ("3.20XX年,全面消除薄弱村。", "3.", "arabic", 3),  # a template's blank year
    ("3．改善民生", "3．", "arabic", 3),
    ("4﹒保护环境", "4﹒", "arabic", 4),
    ("二丶强化保障", "二丶", "cn", 2),  # the radical 丶 an input method or OCR gives for 、
    ("㈢加快基础设施建设", "㈢", "cn_paren", 3),  # the (一) form as one character
    ("Ⅱ  重点工作推进情况", "Ⅱ", "roman", 2),  # a Roman numeral before a space
    ("第二篇　创新驱动", "第二篇", "part", 2),  # a plan's part
    ("第三篇章：携手·共赴新征程", "第三篇章：", "part", 3),  # 篇章, a script's chapter: one word, not 第三篇 + 章
    ("第二句话，要真抓实干。", "第二句话，", "ordinal_part", 2),  # the words a speaker gives, counted
    ("（ 三 ）严格考核", "（ 三 ）", "cn_paren", 3),  # spaces inside the brackets
    ("( 2)加强培训", "( 2)", "arabic_paren", 2),
    ("（1）提高站位", "（1）", "arabic_paren", 1),
    ("(2)压实责任", "(2)", "arabic_paren", 2),
    ("⑶落实经费", "⑶", "arabic_paren", 3),
    ("1）增设投放点", "1）", "arabic_half_paren", 1),  # a closing bracket only
    ("2) 更新车辆", "2)", "arabic_half_paren", 2),
    ("一）健全台账", "一）", "cn_half_paren", 1),  # the (一) form with its closing bracket only
    ("十二) 完善制度", "十二)", "cn_half_paren", 12),
    ("④加强监测", "④", "circled", 4),
    ("一是任务更重", "一是", "cn_shi", 1),
    ("二要压实责任", "二要", "cn_yao", 2),
    ("首先，要提高认识", "首先", "sequence", 1),
    ("其次，要明确责任", "其次", "sequence", 2),
    ("再次，要加强督查", "再次", "sequence", 3),
    ("最后，要总结经验", "最后", "sequence", None),
    ("一方面要发展", "一方面", "aspect", 1),
    ("其二,要严格组织生活", "其二,", "qi", 2),
    ("其三是服务要优", "其三是", "qi", 3),
    ("第二个方面是韧劲不够", "第二个方面是", "ordinal_shi", 2),
    ("第二个议程,请代表发言", "第二个议程,", "ordinal_item", 2),
    ("第三个议题:审议预算", "第三个议题:", "ordinal_item", 3),
])
def test_every_marker_scheme_is_lexed(text: str, marker: str, scheme: str, number: int | None) -> None:
    assert _candidates(text)[0][:3] == (marker, scheme, number)


@pytest.mark.parametrize("text", [
    "第一书记要带头。",  # 第N needs punctuation after it
    "第二次推进会议。",
    "二、三季度要加力。",  # the next numeral right after 、: numbers listed together
    "五、六十人参加。",  # (五十 or 六十)
    "3、4月份雨水偏多。",  # months, quarters and grades listed together
    "1、2季度完成。",
    "1.5万元。",  # a decimal
    "2、5、8村。",  # numbers listed together
    "一是一、二是二。",  # 一是 followed by a numeral
    "3.0版本。",
    "1.9个月后完工。",  # a decimal quantity, not an item that opens with a date
    "1.5月份以来回升。",  # a decimal before 月份 (a count of months), not a month's end
    "第二）组负责。",  # an ordinal before a bracket is no list item
    "一）2）",  # no words follow the bracket
])
def test_what_can_never_be_a_marker_is_not_lexed(text: str) -> None:
    assert [c for c in lex_markers(fold(text)) if c.start == 0] == []


@pytest.mark.parametrize(("text", "marker"), [
    ("三、五项重点任务", "三、"),  # a count that is not the next number opens the heading's words
    ("一、三大攻坚战", "一、"),
    ("第二,四个方面要统筹。", "第二,"),
    ("二是三项制度要落实。", "二是"),
    ("一是一些单位落实不到位。", "一是"),  # the same numeral opening a word (一些): no idiom (一是一、二是二)
    ("一要一以贯之抓落实。", "一要"),
])
def test_a_count_after_a_marker_that_is_not_the_next_number_opens_the_item(text: str, marker: str) -> None:
    assert _candidates(text)[0][0] == marker


def test_longest_match_wins_where_schemes_overlap() -> None:
    assert [c[:2] for c in _candidates("第一是辛苦。")] == [("第一是", "ordinal_shi")]


@pytest.mark.parametrize(("text", "position", "boundary"), [
    ("一、总体要求", 0, LINE),
    ("前言\n  一、总体要求", 5, LINE),
    ("讲三点意见。一、统一思想", 6, SENTENCE),
    ("讲三点意见:一、统一思想", 6, SENTENCE),
    ("他说“要落实。”一是", 8, SENTENCE),
    ("任务有三:一是…,二是…", 9, COMMA),
    ("思想统一是前提", 3, NONE),
])
def test_boundary_before_a_candidate(text: str, position: int, boundary: str) -> None:
    assert boundary_before(fold(text), position) == boundary


def test_bare_digit_marker_needs_a_line_start_or_sentence_end() -> None:
    assert _candidates("总结。  1 经济发展平稳。")[0][:2] == ("1", "arabic")
    assert _candidates("完成产值5 9亿元。") == []


def test_a_schemes_needed_characters_are_found_by_one_search_whatever_their_order() -> None:
    search = _needed("③①②⑤")  # consecutive code points become a range; a gap stays a gap
    for char in "①②③⑤":
        assert search.search(f"前文{char}后文") is not None
    assert search.search("前文④后文⑥") is None
    assert _needed("首其").search("其次") is not None and _needed("首其").search("再次") is None


def test_a_scheme_whose_needed_characters_are_absent_yields_no_candidates() -> None:
    assert not [c for c in lex_markers(fold("会议开始。\n请大家发言。\n")) if c.scheme == "circled"]
    assert [c.scheme for c in lex_markers(fold("会议开始。\n④请大家发言。\n"))] == ["circled"]


def test_part_labels_are_found_only_at_line_starts_after_indentation_and_in_order() -> None:
    text = "  名词解释\n正文见附件1\n附件2:\n\t附:\n附件 3 说明\n"
    assert [text[start:end] for start, end in find_part_labels(text)] == ["名词解释", "附件2:", "附:"]


def test_an_attachment_label_and_title_over_its_headings_starts_a_part_and_over_a_signature_notes_it() -> None:
    rules = "山前县决策办法\n第一条 本办法自印发之日起施行。\n附件:重大事项清单\n一、规划类\n1.发展战略;\n2.年度计划。"
    assert [rules[start:end] for start, end in find_part_labels(rules)] == ["附件:重大事项清单"]
    document = speechparse.parse_text(rules)
    assert [(section.marker, section.level) for section in document.sections()] == [
        ("第一条", 1), ("一、", 1)]
    notice = "关于报送材料的通知\n各单位:\n请于月底前报送。\n附件:登记表\n山前县水利局\n2031年5月6日\n"
    assert find_part_labels(notice) == []
    assert "attachments" in [node.TYPE for node in speechparse.parse_text(notice).body]


@pytest.mark.parametrize("under", ["(附件略)\n山前县水利局\n2031年5月6日\n", "(此件主动公开)\n"])
def test_an_attachment_note_over_its_left_out_note_or_the_documents_note_lists_no_sections(under: str) -> None:
    text = ("关于做好汛期值守的通知\n各乡镇:\n一、加强值守\n严格执行值班制度。\n二、其他事项\n"
            f"本通知自印发之日起施行。\n附件:1.汛期值班表\n2.联系人名单\n{under}")
    document = speechparse.parse_text(text)
    assert [section.marker for section in document.sections()] == ["一、", "二、"]
    assert "attachments" in [node.TYPE for node in document.body]


def test_an_information_separator_is_text_not_a_space_when_lines_with_text_are_found() -> None:
    # \x1c-\x1f are no Unicode White_Space (the regex engine's \s) though str.isspace says they are
    # (Python's re): lines holding one are lines with text, whichever engine finds them
    from speechparse.lex.lines import count_lines_with_text, find_lines_with_text

    text = "甲\n\x1c\n \x1f\n  \n\t乙"
    assert find_lines_with_text(text) == [0, 2, 4, 10]
    assert count_lines_with_text(text) == 4
    assert find_lines_with_text("\x1d\n") == [0]


class _Everything:
    """A set that holds every character: with it as the gate's edges, every decoration is tried."""

    def __contains__(self, _char: object) -> bool:
        return True


_TITLE_PIECES = ["关于", "做好", "秋收", "工作的", "通知", "讲话", "\n", " ", ".docx", ".pdfVIP", "(精选)", "(精选5篇)",
                 "[2]", "【推荐】", "篇一", "篇12", "共3篇", "范文", "最新", "优秀", "(试行)", "》", "《", "• ", ">",
                 "某府办发〔2024〕12号", "〔2024〕", "号", "①"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=8).map("".join))
def test_the_gates_of_decorations_bullets_and_document_numbers_never_change_a_cleaned_title(raw: str) -> None:
    gated = clean_title(raw)
    with patch.object(title_module, "_decoration_gate", lambda: (_Everything(), frozenset(), frozenset(), ())), \
            patch.object(title_module, "may_match_at", lambda *_args, **_kwargs: True):
        assert clean_title(raw) == gated


_ORDINAL_PIECES = ["第一章", "第十二条 ", "第三项是", "第二,", "第一书记", "第四点,", "第五部分", "第一个问题:",
                   "第二项议程:", "第一是", "第七节", "第一二三四章", "第", "项", "章", "。", "\n", "今年"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ORDINAL_PIECES), max_size=30))
def test_one_search_of_a_lead_and_numeral_finds_what_each_rules_own_search_finds(pieces: list[str]) -> None:
    from speechparse.lex.markers import _marker_rules_scans, _matches

    text = fold("".join(pieces))
    for scan in _marker_rules_scans():
        if not scan.after_numeral:
            continue
        found = {(index, match.span()) for match, index, _, _ in _matches(scan, text, True)}
        expected = {(index, match.span()) for index, rule in scan.rules for match in rule.pattern.finditer(text)}
        assert found == expected


def test_the_schemes_led_by_di_and_one_kind_of_numeral_share_one_search() -> None:
    from speechparse.lex.markers import _marker_rules_scans

    led = [scan for scan in _marker_rules_scans() if scan.after_numeral]
    assert sorted(sorted(rule.scheme.name for _, rule in scan.rules) for scan in led) == [
        ["article", "chapter", "part", "subchapter"],  # (their numerals may be figures: 第3条)
        ["ordinal", "ordinal_item", "ordinal_item_shi", "ordinal_part", "ordinal_shi", "step", "tour_stop"]]


@pytest.mark.parametrize("heading", ["1.2 时间安排", "2.1 年度目标", "3.1个人防护", "1.4 分类指导", "2.3 日常管理",
                                     "4.2 月度调度", "1.5 亩均效益评价", "2.2 分散采购", "3.4 分期实施"])
def test_a_decimal_heading_whose_words_open_with_a_unit_s_character_is_one(heading: str) -> None:
    assert _candidates(heading)[0][:2] == (heading[:3], "decimal")


@pytest.mark.parametrize("quantity", ["1.5万元", "3.2 倍", "2.5个百分点", "1.5小时", "2.1年来", "8.5分以上"])
def test_a_decimal_quantity_at_a_line_start_is_no_heading(quantity: str) -> None:
    assert [c for c in _candidates(quantity) if c[1] == "decimal"] == []


@pytest.mark.parametrize("row", ["1 河道清淤 水利站 六月底", "2 道路硬化 交通办  九月底"])
def test_a_table_row_whose_cells_are_parted_by_spaces_opens_with_no_bare_digit_marker(row: str) -> None:
    assert [c for c in _candidates(f"任务分工\n{row}\n") if c[1] == "arabic"] == []


@pytest.mark.parametrize("heading", ["4.1 Ⅰ级响应", "3.2.1 Ⅳ级响应"])
def test_a_decimal_heading_that_opens_with_a_grade_in_roman_numerals_is_one(heading: str) -> None:
    assert _candidates(heading)[0][1] == "decimal"


@pytest.mark.parametrize("label", ["【整改措施】", "  【工作目标】"])
def test_a_point_after_a_bracketed_label_opening_its_line_is_lexed_as_after_a_sentence(label: str) -> None:
    text = f"{label}一是制定三年行动方案;二是组建工作专班。\n"
    assert [candidate[:3] for candidate in _candidates(text)][:2] == [("一是", "cn_shi", 1), ("二是", "cn_shi", 2)]


def test_a_point_after_a_bracket_closed_inside_a_sentence_is_not_after_a_label() -> None:
    assert boundary_before(fold("我们提出【三项措施】一是"), len("我们提出【三项措施】")) == NONE



@pytest.mark.parametrize("mark", ["①", "③", "[2]"])
def test_a_footnote_s_mark_after_a_title_s_last_word_is_no_part_of_the_title(mark: str) -> None:
    assert clean_title(f"关于加强社区网格员队伍建设的实施意见{mark}") == "关于加强社区网格员队伍建设的实施意见"


def test_a_circled_figure_inside_a_title_stays() -> None:
    assert clean_title("“①号工程”推进情况的报告") == "“①号工程”推进情况的报告"


def test_a_numbered_item_after_a_heading_s_words_and_a_space_opens_a_flattened_page_s_next_line() -> None:
    text = ("石桥镇党建考核办法\n一、考核内容\n(一)落实主体责任(15分) 1.履行第一责任人职责(3分)。每季度研究一次,得3分。"
            " 2.制定任务清单(3分)。年初制定清单,得3分。\n")
    doc = speechparse.parse_text(text)
    assert [(s.marker, s.heading) for s in doc.sections()] == [
        ("一、", "考核内容"), ("(一)", "落实主体责任(15分)"), ("1.", "履行第一责任人职责(3分)"),
        ("2.", "制定任务清单(3分)")]



@pytest.mark.parametrize("raw", ["某某县开渔节开船仪式(全程)", "在某某县防汛工作会议上的讲话(高清)",
                                 "某某中学开学典礼(直播回放)"])
def test_a_videos_edition_tag_is_no_part_of_the_title(raw: str) -> None:
    assert clean_title(raw) == raw[:raw.index("(")]


def test_a_warning_talks_cases_opening_its_paragraphs_are_its_parts() -> None:
    raw = ("在全县警示教育大会上的讲话\n同志们:\n下面,我通报三个典型案例。\n"
           "第一个案例,某局原副局长违规打高尔夫问题。经查,其多次接受安排打球。\n第二个案例,某镇原镇长违规出借公款问题。经查,其擅自将公款借给亲友。\n")
    document = speechparse.parse_text(raw)
    assert [section.marker for section in document.sections()] == ["第一个案例,", "第二个案例,"]


def test_a_lectures_stories_opening_its_paragraphs_are_its_parts() -> None:
    raw = ("守好红色根脉\n——在县档案馆党课上的讲稿\n同志们:\n一、讲好身边的红色故事\n下面讲两个故事。\n"
           "第一个故事,是一张泛黄的借条。借条写于战争年代,字迹已经模糊。\n"
           "第二个故事,是一位老馆员。他守着库房三十年,从未出过差错。\n二、传承红色基因\n要把故事讲给年轻人听。\n")
    document = speechparse.parse_text(raw)
    assert [section.marker for section in document.sections()] == ["一、", "第一个故事,", "第二个故事,", "二、"]
