"""Numbering schemes: one table, its examples walked through lexing and line joining, and the
layouts of 公文 it reads (decimal headings, chapters and articles, letters, agenda steps, bare
markers, colon-closed and run-in headings, the furniture around a notice). Every text is invented."""

from __future__ import annotations

import pytest
import regex
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

import speechparse
from speechparse import Section
from speechparse.clean import clean
from speechparse.cli import main
from speechparse.lex.markers import MARKER_RULES, lex_markers, marker_scans
from speechparse.vocab.schemes import CN_NUMERAL_CHARS, HEAVENLY_STEMS, POINT, SCHEMES, Scheme
from speechparse.widths import fold

EXAMPLES = [pytest.param(scheme, example, id=f"{scheme.name}:{example.strip()}")
            for scheme in SCHEMES for example in scheme.examples]


def _in_context(scheme: Scheme, example: str) -> tuple[str, int]:
    """The example where its scheme stands: a heading at a line start, a point after a sentence end."""
    if scheme.role == POINT:
        before = "这项工作要抓好三个环节。"
        return f"{before}{example}加强组织领导,落实工作责任。", len(before)
    return f"{example}加强组织领导\n各单位要认真落实。", 0


SCANNED = [pytest.param(scheme, id=scheme.name) for scheme in SCHEMES if scheme.scan is not None]
#: what a scan form could read differently from its pattern: numerals, what stands before them, the literals
_MARKER_SOUP = st.text(st.sampled_from(CN_NUMERAL_CHARS[:6] + HEAVENLY_STEMS[:3] + "第另、.是要方面工作\n 。12345aBz"),
                       max_size=40)


@pytest.mark.parametrize("scheme", SCANNED)
@given(text=_MARKER_SOUP)
def test_a_scheme_s_scan_form_finds_the_numerals_and_ends_its_pattern_finds(scheme: Scheme, text: str) -> None:
    assert scheme.scan is not None
    forward, led_by_literal = regex.compile(scheme.pattern), regex.compile(scheme.scan.pattern)
    assert [(match.span("n"), match.end()) for match in led_by_literal.finditer(text)] == \
        [(match.span("n"), match.end()) for match in forward.finditer(text)]


LOOSE_SCANNED = [pytest.param(scheme, id=scheme.name) for scheme in SCHEMES if scheme.loose_scan is not None]


@pytest.mark.parametrize("scheme", LOOSE_SCANNED)
@settings(max_examples=400)
@given(text=st.lists(st.sampled_from(["1", "12", "123", "1234", ".", " 甲", " ", "  ", "\t", "\n", "。", "甲", "a"]),
                    max_size=12).map("".join))
def test_a_scheme_s_loose_scan_form_finds_the_numerals_and_ends_its_loose_form_finds(scheme: Scheme, text: str) -> None:
    assert scheme.loose is not None and scheme.loose_scan is not None
    loose, led_by_what_follows = regex.compile(scheme.loose), regex.compile(scheme.loose_scan.pattern)
    assert [(match.span("n"), match.end()) for match in led_by_what_follows.finditer(text)] == \
        [(match.span("n"), match.end()) for match in loose.finditer(text)]


def test_a_marker_that_lost_its_dot_is_found_from_its_numeral_to_its_end() -> None:
    text = fold("会议要求如下。\n12 加强组织领导\n")
    found = [(text[candidate.start:candidate.end], candidate.scheme) for candidate in lex_markers(text)]
    assert ("12", "arabic") in found


@given(text=_MARKER_SOUP)
def test_a_search_shared_by_schemes_finds_what_each_scheme_s_own_search_finds(text: str) -> None:
    shared = [scan for scan in marker_scans(MARKER_RULES) if len(scan.rules) > 1 and scan.mark]
    assert shared  # 、 and . are searched for once for every scheme whose numeral stands before them
    for scan in shared:
        together = sorted((scan.by_char[text[match.start() + scan.told_at]][0], match.span("n"), match.end())
                          for match in scan.pattern.finditer(text))
        alone = sorted((index, match.span("n"), match.end()) for index, rule in scan.rules
                       for match in regex.finditer(rule.scheme.scan.form(scan.mark), text))  # type: ignore[union-attr]
        assert together == alone, scan.mark


@given(text=st.text(st.sampled_from("①②⑳⑴⒇⒈⒛⒜㈠㈩1.、甲\n"), max_size=20))
def test_one_character_markers_searched_for_together_are_each_found_as_their_own_search_finds_them(
        text: str) -> None:
    together = [scan for scan in marker_scans(MARKER_RULES) if scan.told_at == 0]
    # ⒈ (arabic), ⑴ (arabic_paren), ① (circled), ㈠ (cn_paren)
    assert len(together) == 1 and len(together[0].rules) == 4
    scan = together[0]
    found = sorted((scan.by_char[text[match.start() + scan.told_at]][0], match.span())
                   for match in scan.pattern.finditer(text))
    alone = sorted((index, match.span()) for index, rule in scan.rules for match in rule.pattern.finditer(text))
    assert found == alone


def test_one_character_markers_two_rules_share_are_not_searched_for_together() -> None:
    circled = next(rule for rule in MARKER_RULES if rule.scheme.name == "circled")
    twin = evolve(circled, scheme=evolve(circled.scheme, name="circled_twin"))
    assert [len(scan.rules) for scan in marker_scans((circled, twin))] == [1, 1]


def test_schemes_whose_numerals_may_end_alike_are_not_searched_for_together() -> None:
    cn = next(rule for rule in MARKER_RULES if rule.scheme.name == "cn")
    twin = evolve(cn, scheme=evolve(cn.scheme, name="cn_twin"))
    scans = marker_scans((cn, twin))
    assert cn.scheme.scan is not None
    assert [len(scan.rules) for scan in scans] == [1] * (2 * len(cn.scheme.scan.marks))


def test_of_two_rules_finding_the_same_marker_the_earlier_one_names_it() -> None:
    cn = next(rule for rule in MARKER_RULES if rule.scheme.name == "cn")
    twin = evolve(cn, scheme=evolve(cn.scheme, name="cn_twin"))
    text = fold("一、总体要求\n二、工作任务\n")
    assert [c.scheme for c in lex_markers(text, (cn, twin))] == ["cn", "cn"]
    assert [c.scheme for c in lex_markers(text, (twin, cn))] == ["cn_twin", "cn_twin"]


def test_a_marker_found_by_its_scan_form_starts_at_its_numeral() -> None:
    text = "会议提出,十二是加强领导。\n三、落实责任\n甲、明确分工\n"
    found = {(text[candidate.start:candidate.end], candidate.scheme) for candidate in lex_markers(fold(text))}
    assert {("十二是", "cn_shi"), ("三、", "cn"), ("甲、", "stem")} <= found


@pytest.mark.parametrize(("scheme", "example"), EXAMPLES)
def test_every_scheme_example_lexes_as_its_scheme(scheme: Scheme, example: str) -> None:
    text, start = _in_context(scheme, example)
    found = [(candidate.start, candidate.scheme) for candidate in lex_markers(fold(text))]
    assert (start, scheme.name) in found


@pytest.mark.parametrize(("scheme", "example"), EXAMPLES)
def test_a_line_opening_with_any_scheme_is_not_joined_to_the_line_before(scheme: Scheme, example: str) -> None:
    raw = f"各单位要按照统一部署抓好落实各项工作\n{example}加强组织领导,落实工作责任。"
    assert clean(raw).text == raw


@pytest.mark.parametrize("opener", ["再次,", "一方面,", "其次,", "最后,"])
def test_sequence_and_aspect_words_keep_their_line_after_an_unfinished_line(opener: str) -> None:
    # the joiner once knew only 首先|其次|最后 and joined 再次 and 一方面 to the line before
    raw = f"要把握好工作的节奏和力度确保各项任务落到实处\n{opener}要加强统筹协调。"
    assert clean(raw).text == raw


def _sections(text: str) -> list[tuple[int, str, int, str]]:
    doc = speechparse.parse_text(text)
    return [(section.level, section.marker.strip(), section.number, section.heading) for section in doc.sections()]


def test_decimal_headings_nest_by_their_depth() -> None:
    text = ("1 总则\n1.1 编制目的\n为做好防范工作,制定本预案。\n1.2 适用范围\n本预案适用于全镇。\n"
            "1.2.1 镇区\n镇区由镇政府负责。\n1.2.2 村组\n村组由村委会负责。\n2 组织体系\n2.1 指挥机构\n镇设指挥部。\n")
    assert _sections(text) == [
        (1, "1", 1, "总则"), (2, "1.1", 1, "编制目的"), (2, "1.2", 2, "适用范围"), (3, "1.2.1", 1, "镇区"),
        (3, "1.2.2", 2, "村组"), (1, "2", 2, "组织体系"), (2, "2.1", 1, "指挥机构")]


def test_decimal_headings_on_one_line_are_cut_at_their_words() -> None:
    text = "1、总则 1.1 编制目的 为做好防范工作,制定本预案。\n1.2 编制依据 依据有关法规,结合实际。\n"
    assert _sections(text) == [(1, "1、", 1, "总则"), (2, "1.1", 1, "编制目的"), (2, "1.2", 2, "编制依据")]


def test_a_decimal_quantity_is_no_heading() -> None:
    assert _sections("全年增长情况如下:\n1.5 万元用于修缮。\n") == []


def test_an_item_whose_text_opens_with_a_clock_time_is_numbered_not_a_decimal() -> None:
    text = "活动流程\n1.8:30前,各组到达会场签到。\n2.8:45,主持人宣布开始。\n3.9:05,观看专题片。\n"
    assert [(number, marker) for _, marker, number, _ in _sections(text)] == [(1, "1."), (2, "2."), (3, "3.")]


def test_a_decimal_heading_of_three_levels_whose_words_open_with_a_unit_is_a_heading() -> None:
    text = ("招商考核办法\n1 评分办法\n1.1 项目签约\n签约项目按投资额计分。\n1.2 项目开工\n"
            "1.2.1 亿元以上项目当年开工的,每个计1分。\n各县区要及时报送。\n"
            "1.2.2 千万元以上项目开工的,每个计0.5分。\n全年增长3.2 亿元。\n")
    assert [(marker, number) for _, marker, number, _ in _sections(text)] == [
        ("1", 1), ("1.1", 1), ("1.2", 2), ("1.2.1", 1), ("1.2.2", 2)]


def test_an_article_whose_numeral_an_ocr_spaced_from_its_mark_is_an_article() -> None:
    text = "某会章程\n第十条 会员有选举权。\n第十一 条 会员应当遵守章程。\n第十二条 会员退会应书面通知。\n"
    assert [number for _, _, number, _ in _sections(text)] == [10, 11, 12]


def test_articles_number_on_across_chapters_and_run_in_with_their_text() -> None:
    text = ("第一章 总则\n第一条 为了规范会议管理,制定本办法。\n第二条 本办法适用于机关各科室。\n"
            "第二章 会议安排\n第三条 会议实行计划管理。各科室应当提前报送计划。\n")
    assert _sections(text) == [
        (1, "第一章", 1, "总则"), (2, "第一条", 1, "为了规范会议管理,制定本办法"),
        (2, "第二条", 2, "本办法适用于机关各科室"), (1, "第二章", 2, "会议安排"),
        (2, "第三条", 3, "会议实行计划管理")]


def test_letters_head_items_under_a_numbered_heading() -> None:
    text = ("(1)落实减负规定。\na、严格控制在校时间,实行统一放学。\nb、严格控制作业总量,低年级不留书面作业。\n"
            "(2)规范课程设置。\n")
    assert _sections(text) == [
        (1, "(1)", 1, "落实减负规定"), (2, "a、", 1, "严格控制在校时间,实行统一放学"),
        (2, "b、", 2, "严格控制作业总量,低年级不留书面作业"), (1, "(2)", 2, "规范课程设置")]


def test_letters_with_a_closing_bracket_only_head_items_as_gb_t_1_1_writes_them() -> None:
    text = "(1)落实减负规定。\na) 严格控制在校时间。\nb) 严格控制作业总量。\n(2)规范课程设置。\n"
    assert [(level, marker, number) for level, marker, number, _ in _sections(text)] == [
        (1, "(1)", 1), (2, "a)", 1), (2, "b)", 2), (1, "(2)", 2)]


def test_a_letter_in_brackets_is_one_marker_not_a_letter_with_a_closing_bracket() -> None:
    text = "(一)总体要求\n(a)坚持统筹。\n(b)坚持创新。\n"
    assert [marker for _, marker, _, _ in _sections(text)] == ["(一)", "(a)", "(b)"]


def test_the_steps_of_a_procedure_head_what_is_done_in_them_and_a_first_step_taken_is_no_heading() -> None:
    text = ("第一步 支部提议\n支部委员会研究提出方案。\n第二步:党员大会审议\n全体党员讨论表决。\n"
            "这项改革迈出了第一步,下一步要巩固成果。\n")
    assert [(level, marker, number) for level, marker, number, _ in _sections(text)] == [
        (1, "第一步", 1), (1, "第二步:", 2)]


def test_clauses_numbered_on_through_the_sections_are_points_of_each() -> None:
    text = ("梧桐村村规民约\n一、社会治安\n1.严禁赌博;\n2.爱护公共财物;\n3.外来人员租房须登记。\n"
            "二、村风民俗\n4.提倡婚事新办;\n5.邻里之间互谅互让。\n")
    document = speechparse.parse_text(text)
    assert [section.marker for section in document.sections()] == ["一、", "二、"]
    assert [point.number for point in document.points()] == [1, 2, 3, 4, 5]


def test_chapters_and_articles_of_a_measure_flattened_onto_one_line_head_their_text_after_a_space() -> None:
    text = ("梧桐学院实验室管理办法 第一章 总则 第一条 为加强实验室管理,制定本办法。 第二条 本办法适用于各实验室。"
            " 第二章 附则 第三条 本办法自印发之日起施行。\n")
    assert [(level, marker) for level, marker, _, _ in _sections(text)] == [
        (1, "第一章"), (2, "第一条"), (2, "第二条"), (1, "第二章"), (2, "第三条")]


def test_a_capital_letter_in_brackets_heads_items_as_a_small_one_does() -> None:
    text = "一、常见问题\n(A) 文种用错\n请示与报告混用。\n(B) 要素缺失\n成文日期漏写。\n"
    assert [(level, marker, number) for level, marker, number, _ in _sections(text)] == [
        (1, "一、", 1), (2, "(A)", 1), (2, "(B)", 2)]


def test_agenda_steps_of_a_chairing_script_are_sections_and_the_same_items_in_one_sentence_are_points() -> None:
    text = ("同志们:\n今天的会议有两项议程:第一项是听取工作汇报;第二项是部署下步工作。\n"
            "下面,进行第一项议程:\n请县委办公室通报有关情况。\n下面,进行第二项议程:\n请县长讲话。\n")
    doc = speechparse.parse_text(text)
    assert [(s.number, s.heading) for s in doc.sections()] == [(1, ""), (2, "")]
    assert [(p.number, p.lead) for p in doc.points()] == [(1, "听取工作汇报"), (2, "部署下步工作")]


@pytest.mark.parametrize("meeting", ["会议", "开幕式", "签约仪式"])
def test_an_agenda_step_that_names_its_meeting_before_the_item_is_a_section(meeting: str) -> None:
    text = (f"同志们:\n今天的会议有两项议程。\n下面,进行{meeting}第一项议程:请办公室主任通报情况。\n"
            "通报完毕。\n接下来,进行本次大会的第二项议程:请县长讲话。\n")
    doc = speechparse.parse_text(text)
    assert [(s.marker, s.number) for s in doc.sections()] == [("第一项议程:", 1), ("第二项议程:", 2)]


def test_a_ceremony_that_names_itself_before_its_step_opens_an_agenda_item() -> None:
    text = ("开学典礼主持词\n同学们:今天举行开学典礼。\n甲:典礼第一项:升国旗。\n"
            "乙:请坐下。典礼第二项:请校长讲话。\n大会第三项,颁奖。\n")
    doc = speechparse.parse_text(text)
    assert [(s.marker, s.number) for s in doc.sections()] == [("第一项:", 1), ("第二项:", 2), ("第三项,", 3)]


def test_a_meeting_s_count_of_tasks_inside_a_sentence_is_no_agenda_item() -> None:
    text = "表彰大会主持词\n同志们:\n本次会议第一项任务是总结工作,第二项任务是表彰先进。\n"
    assert list(speechparse.parse_text(text).sections()) == []


def test_zaici_before_a_verb_is_once_more_not_the_third_of_a_sequence() -> None:
    text = ("表彰大会主持词\n同志们:\n首先,请宣读表彰决定。\n其次,请领导颁奖。\n"
            "再次用热烈的掌声表示祝贺!\n再次,请代表发言。\n")
    doc = speechparse.parse_text(text)
    assert [(p.marker, p.number) for p in doc.points()] == [("首先", 1), ("其次", 2), ("再次", 3)]
    assert [p.lead for p in doc.points()][-1] == "请代表发言"


def test_a_sequence_closed_by_its_last_word_inside_an_item_of_another_hands_the_numbering_back() -> None:
    text = ("表态发言\n我表态如下:\n首先,提高站位。要把讲政治放在首位。\n"
            "其次,加强学习。具体是:首先,读原著;其次,学政策;最后,勤实践。\n"
            "再次,敢于担当。要冲在一线。\n最后,严守纪律。要廉洁自律。\n")
    doc = speechparse.parse_text(text)
    assert [(p.marker, p.number) for p in doc.points()] == [
        ("首先", 1), ("其次", 2), ("首先", 1), ("其次", 2), ("最后", 3), ("再次", 3), ("最后", 4)]


def test_a_bare_marker_on_its_own_line_is_a_section_with_an_empty_heading() -> None:
    text = "开场的话到此为止。\n(一)\n第一,思想要统一。大家要把思想统一到部署上来。\n第二,行动要迅速。\n"
    assert _sections(text) == [(1, "(一)", 1, ""), (2, "第一,", 1, "思想要统一"), (2, "第二,", 2, "行动要迅速")]


def test_a_colon_with_body_after_it_closes_the_heading() -> None:
    text = "一、工作任务\n(一)学前教育:抓好幼儿园建设,扩大普惠资源。\n(二)义务教育:控制辍学,保障入学。\n"
    assert [heading for _, _, _, heading in _sections(text)] == ["工作任务", "学前教育", "义务教育"]


@pytest.mark.parametrize(("line", "heading"), [
    # a standard heading of plans, then the body
    ("一、指导思想以新时代党的创新理论为指导,坚持稳中求进,扎实推进各项工作。", "指导思想"),
    # the body opens with the heading's words again
    ("一、安全生产安全生产是企业发展的生命线,必须常抓不懈。", "安全生产"),
    # 我们 opens a sentence
    ("一、坚持稳中求进的工作总基调我们要保持战略定力,坚持不懈抓好落实。", "坚持稳中求进的工作总基调"),
])
def test_a_heading_that_runs_into_its_body_is_cut_at_its_words(line: str, heading: str) -> None:
    assert _sections(line + "\n")[0][3] == heading


def test_a_heading_that_fills_its_own_line_is_whole() -> None:
    heading = "关于去年以来我们开展的主要工作"
    assert _sections(f"一、{heading}\n一年来各项工作稳步推进。\n")[0][3] == heading


def test_a_heading_line_with_commas_that_ends_no_sentence_is_whole() -> None:
    # a standard heading (组织领导) and words that open sentences stand in it, but the body is on the next line
    heading = "坚持把加强组织领导摆在全局工作首位,层层压实各级责任"
    assert _sections(f"一、{heading}\n各单位要高度重视。\n")[0][3] == heading


def test_a_long_line_that_ends_no_sentence_is_a_paragraph_its_heading_ran_into() -> None:
    body = "各级各部门要把这项工作摆上重要议事日程,主要负责同志亲自抓,分管负责同志具体抓,层层传导压力,一级抓一级"
    assert _sections(f"一、指导思想以新时代党的创新理论为指导,{body}\n")[0][3] == "指导思想"


def test_an_articles_text_is_its_first_sentence_even_where_it_repeats_its_first_words() -> None:
    # a heading would be cut before 理事会 said again; an article opens a provision, with no heading in it
    text = "第一章 总则\n第一条 理事会会议须有过半数理事会成员出席方能召开,其决议须经表决通过。\n"
    assert _sections(text)[1][3] == "理事会会议须有过半数理事会成员出席方能召开,其决议须经表决通过"


def test_a_compilation_label_glued_before_the_body_is_no_section() -> None:
    text = "关于加强安全生产的讲话篇一一、统一思想\n安全生产责任重于泰山。\n二、压实责任\n各单位要落实主体责任。\n"
    assert [(number, heading) for _, _, number, heading in _sections(text)] == [(1, "统一思想"), (2, "压实责任")]


def test_the_furniture_of_a_notice_is_typed() -> None:
    text = ("某县人民政府办公室关于做好春耕生产工作的通知\n某政办发〔2024〕7号\n各乡镇人民政府,县直有关单位:\n"
            "现将有关事项通知如下。\n一、提高认识\n春耕生产事关全年粮食安全。\n二、落实措施\n各乡镇要抓好农资供应。\n"
            "附件:1.春耕生产任务分解表\n2.农资供应联系人名单\n某县人民政府办公室\n2024年3月5日\n(此件公开发布)\n"
            "抄送:县委办公室,县人大常委会办公室。\n")
    doc = speechparse.parse_text(text)
    kinds = [node.TYPE for node in doc.body]
    assert kinds[:4] == ["title", "document_number", "addressee", "paragraph"]
    assert kinds[-5:] == ["attachments", "signature", "dateline", "note", "distribution"]
    assert [(s.marker, s.heading) for s in doc.sections()] == [("一、", "提高认识"), ("二、", "落实措施")]
    attachments = next(node for node in doc.body if node.TYPE == "attachments")
    assert doc.node_text(attachments).startswith("附件:1.") and "2.农资供应联系人名单" in doc.node_text(attachments)


@pytest.mark.parametrize(("signature", "date"), [("XX县农业农村局", "20XX年X月X日"), ("×××镇人民政府", "2031年×月×日"),
                                                ("某县农业农村局", "20××年××月××日")])
def test_a_template_s_back_matter_with_blanks_for_its_issuer_and_date_is_typed(signature: str, date: str) -> None:
    text = f"一、工作要求\n各单位要抓好落实。\n附件:1.任务分解表\n2.联系人名单\n{signature}\n{date}\n"
    doc = speechparse.parse_text(text)
    assert [node.TYPE for node in doc.body][-3:] == ["attachments", "signature", "dateline"]
    assert [s.marker for s in doc.sections()] == ["一、"]


def test_a_list_of_files_to_download_under_the_date_is_an_attachment_note_not_a_section() -> None:
    # an intranet page lists its attachments below the notice's date, each a file with its size
    text = ("关于开展岗位练兵的通知\n一、练兵安排\n各班组按月组织练兵。\n综合办公室\n2031年5月6日\n"
            "附件:1.练兵计划表.docx(16KB) 2.成绩登记表.xlsx(9KB)\n")
    doc = speechparse.parse_text(text)
    assert [node.TYPE for node in doc.body][-3:] == ["signature", "dateline", "attachments"]
    assert [s.marker for s in doc.sections()] == ["一、"]


def test_back_matter_closes_the_last_section() -> None:
    text = "一、工作要求\n各单位要抓好落实。\n某县人民政府\n2024年3月5日\n"
    doc = speechparse.parse_text(text)
    last_section = next(doc.sections())
    assert isinstance(last_section, Section)
    assert doc.node_text(last_section).rstrip().endswith("抓好落实。")


def test_debug_says_what_each_stage_decided(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    page = tmp_path / "speech.txt"
    page.write_text("一、总体要求\n坚持稳中求进。一是加强领导;二是落实责任。\n2、三季度完成\n", encoding="utf-8")
    assert main(["debug", str(page)]) == 0
    out = capsys.readouterr().out
    assert "== lex" in out and "== levels" in out and "== points" in out and "== blocks" in out
    assert "cn 1: section, level 1, at the top" in out
    assert "arabic 2: neither starts a run (1) nor continues one" in out
    assert "cn_shi 2: point" in out
    assert main(["debug", "--stage", "levels", str(page)]) == 0
    assert "== lex" not in capsys.readouterr().out


def test_a_table_row_with_a_number_in_its_first_cell_is_no_section() -> None:
    assert _sections("项目清单如下:\n1 光纤网络覆盖  市通信办  本年内\n2 道路硬化  市交通局  本年内\n") == []


def test_a_digit_that_lost_its_dot_heads_a_paragraph_glued_to_the_next_by_spaces() -> None:
    text = "全年工作总结如下。  1 经济运行平稳。全年完成预定目标。  2 民生持续改善。新增就业岗位。\n"
    found = [(number, heading) for _, _, number, heading in _sections(text)]
    assert found == [(1, "经济运行平稳"), (2, "民生持续改善")]


def test_a_red_header_ending_in_wenjian_is_not_the_first_line_of_the_title() -> None:
    doc = speechparse.parse_text("某某县人民政府文件\n某政发〔2024〕3号\n某某县人民政府关于做好春耕生产的通知\n"
                                 "各乡镇人民政府,县直各单位:\n现将有关事项通知如下。\n")
    assert doc.title == "某某县人民政府关于做好春耕生产的通知"
    assert [node.TYPE for node in doc.body][:4] == ["header", "document_number", "title", "addressee"]


def test_a_templates_document_number_with_its_figures_blanked_is_still_a_document_number() -> None:
    doc = speechparse.parse_text("XX县人民政府文件\nXX政发〔20XX〕X号\nXX县人民政府关于做好春耕生产的通知\n"
                                 "各乡镇人民政府:\n现将有关事项通知如下。\n")
    assert doc.title == "XX县人民政府关于做好春耕生产的通知"
    assert [node.TYPE for node in doc.body][:4] == ["header", "document_number", "title", "addressee"]


def test_an_agenda_item_without_its_copula_continues_the_run_of_points() -> None:
    doc = speechparse.parse_text("大会共有四项议程:第一项是听取报告;第二项是审议决议;第三项由书记讲话;第四项是颁奖。\n")
    assert [(point.marker, point.number) for point in doc.points()] == [
        ("第一项是", 1), ("第二项是", 2), ("第三项", 3), ("第四项是", 4)]


def test_an_ordinal_without_its_copula_continues_a_run_of_ordinals_in_one_sentence() -> None:
    doc = speechparse.parse_text("主要有三点体会:第一是要学习;第二是要实践;第三,要坚持。\n")
    assert [point.number for point in doc.points()] == [1, 2, 3]


def test_a_bare_ordinal_on_a_line_of_its_own_is_no_item_of_the_sentence_before() -> None:
    doc = speechparse.parse_text("议程如下:第一项是听取报告;第二项是审议决议。\n第三项议程:颁奖\n")
    assert [point.marker for point in doc.points()] == ["第一项是", "第二项是"]


def test_a_run_that_its_zuihou_ended_takes_no_second_zuihou() -> None:
    text = ("会议开始。首先,请甲同志发言;其次,请乙同志发言;最后,请丙同志发言。\n(发言)\n"
            "最后,请大家再议一议。\n")
    doc = speechparse.parse_text(text)
    assert [(point.marker, point.number) for point in doc.points()] == [("首先", 1), ("其次", 2), ("最后", 3)]


def test_a_new_run_may_start_after_a_run_that_its_zuihou_ended() -> None:
    text = "首先,统一思想;其次,压实责任;最后,强化督查。首先,要学习;其次,要落实。\n"
    doc = speechparse.parse_text(text)
    assert [point.number for point in doc.points()] == [1, 2, 3, 1, 2]


def test_qi_items_in_a_row_are_points_and_a_lone_qi_yi_is_not() -> None:
    text = "原因有三:其一,思想不重视;其二,措施不到位;其三,督查不严格。\n两者必居其一,不能含糊。\n"
    doc = speechparse.parse_text(text)
    assert [(point.marker, point.number) for point in doc.points()] == [("其一,", 1), ("其二,", 2), ("其三,", 3)]


@pytest.mark.parametrize(("sentence", "markers"), [
    ("问题有两个方面:第一个方面是研究不深;第二个方面是韧劲不够。", ["第一个方面是", "第二个方面是"]),
    ("要做到三点:其一是审批要快,其二是要素要足,其三是服务要优。", ["其一是", "其二是", "其三是"]),
])
def test_ordinals_that_list_the_parts_of_one_sentence_are_points(sentence: str, markers: list[str]) -> None:
    doc = speechparse.parse_text(f"一、存在的问题\n{sentence}\n二、整改措施\n加强学习。\n")
    assert [point.marker for point in doc.points()] == markers


def test_a_point_s_lead_stops_at_a_colon_that_closes_its_words_with_its_body_after_it() -> None:
    doc = speechparse.parse_text("一、工作要求\n一是思想认识:要提高站位。二是工作作风:要求真务实。三是要抓落实。\n")
    assert [point.lead for point in doc.points()] == ["思想认识", "工作作风", "要抓落实"]


@pytest.mark.parametrize("quote", ["“", "「", "‘"])
def test_points_listed_in_a_quotation_that_opens_after_a_colon_are_found(quote: str) -> None:
    closing = {"“": "”", "「": "」", "‘": "’"}[quote]
    text = f"一、深化认识\n书记强调:{quote}一是要学深悟透,二是要真抓实干,三是要久久为功。{closing}\n"
    assert [point.marker for point in speechparse.parse_text(text).points()] == ["一是", "二是", "三是"]


@pytest.mark.parametrize("label", ["附件1:全镇重点任务分工表", "附:名词解释"])
def test_a_part_s_label_with_its_title_on_its_line_starts_a_part(label: str) -> None:
    text = (f"一、保障措施\n(一)加强组织领导。成立领导小组。\n{label}\n"
            "1.河道清淤:水利站牵头。\n2.道路养护:交通办牵头。\n")
    doc = speechparse.parse_text(text)
    top = [(section.marker, section.level) for section in doc.sections()]
    assert ("1.", 1) in top and ("2.", 1) in top


def test_an_attachment_note_right_above_the_first_part_it_lists_is_typed_and_its_items_are_no_sections() -> None:
    text = ("一、保障措施\n(一)加强组织领导。成立领导小组。\n附件:1.全镇重点任务分工表\n2.全镇年度目标任务表\n"
            "附件1\n全镇重点任务分工表\n")
    doc = speechparse.parse_text(text)
    assert "attachments" in [node.TYPE for node in doc.body]
    assert [section.marker for section in doc.sections()] == ["一、", "(一)"]


def test_an_attachment_note_that_ends_the_text_with_no_date_under_it_is_typed_and_its_items_are_no_sections() -> None:
    # a portal prints the body and its note of attachments; its date stands in the page's header
    text = ("关于开展水质抽检的通知\n一、抽检安排\n(一)明确任务。各区按季度完成抽检。\n(二)严肃纪律。不得提前通知。\n"
            "联系人:赵某 电话:01234-5678901\n附件:1.各区抽检任务表\n2.抽检项目一览表\n")
    doc = speechparse.parse_text(text)
    assert [node.TYPE for node in doc.body][-1] == "attachments"
    assert [section.marker for section in doc.sections()] == ["一、", "(一)", "(二)"]


def test_footnotes_under_a_rule_at_the_end_of_the_text_are_a_note_not_sections() -> None:
    text = ("一、强化组织保障。县委统筹推进。\n二、强化考核评估。推进“三治融合”①。\n______________________\n"
            "[1] 数据来源:县统计局。\n① “三治融合”:指自治、法治、德治相结合。\n② 即县委2031年印发的意见。\n")
    doc = speechparse.parse_text(text)
    assert [section.marker for section in doc.sections()] == ["一、", "二、"]
    assert [node.TYPE for node in doc.body][-1] == "note"


def test_a_charter_glued_into_one_line_keeps_its_chapters_and_articles() -> None:
    # a preview joins the lines: the adoption note runs into the first chapter, each chapter's heading into its
    # first article
    text = ("石桥镇志愿者协会章程\n(2033年3月1日会员大会审议通过)第一章 总 则第一条 本会名称为石桥镇志愿者协会。"
            "第二条 本会是非营利性社会组织。第二章 会员的权利和义务第三条 会员享有选举权。第四条 会员应遵守章程。\n")
    sections = [(section.marker, section.level, section.heading) for section in speechparse.parse_text(text).sections()]
    assert sections == [("第一章", 1, "总 则"), ("第一条", 2, "本会名称为石桥镇志愿者协会"),
                        ("第二条", 2, "本会是非营利性社会组织"), ("第二章", 1, "会员的权利和义务"),
                        ("第三条", 2, "会员享有选举权"), ("第四条", 2, "会员应遵守章程")]


def test_an_article_named_after_its_chapter_inside_a_sentence_is_a_reference_not_a_heading() -> None:
    text = ("关于加强会员管理的通知\n各会员单位:\n依照本会章程第一章总则第一条的规定,现将有关事项通知如下。\n"
            "请遵照执行。\n")
    assert list(speechparse.parse_text(text).sections()) == []


@pytest.mark.parametrize("lead", ["各级书记要履行第一责任人职责,做到", "对青年干部,希望大家"])
def test_demands_that_follow_their_verb_with_no_mark_are_points(lead: str) -> None:
    text = f"同志们:\n{lead}一要亲自部署,每季度研究一次;二要亲自推动;三要亲自督查。\n"
    points = [point.marker for point in speechparse.parse_text(text).points()]
    assert points == ["一要", "二要", "三要"]


@pytest.mark.parametrize("space", [" ", "\u3000"])
def test_points_after_a_heading_and_a_space_on_its_line_are_found(space: str) -> None:
    text = f"一、主要工作\n全年完成任务。\n二、下一步打算{space}首先,压实责任。其次,建强队伍。最后,做强经济。\n"
    points = [point.marker for point in speechparse.parse_text(text).points()]
    assert points == ["首先", "其次", "最后"]


@pytest.mark.parametrize("reference", ["第十条第(二)项所列情形的", "第十条规定的情形", "第十条和第十一条规定的情形",
                                       "第十条、第十一条所列情形的", "第十条至第十一条规定的情形"])
def test_a_reference_to_an_article_a_wrap_set_at_a_line_start_is_no_article(reference: str) -> None:
    text = (f"第九条 交易应当公开进行。有本办法\n{reference},不得进入平台交易。\n"
            "第十条 出租期限一般不超过10年。\n第十一条 收益全部纳入集体账户。\n")
    sections = [(section.marker, section.heading) for section in speechparse.parse_text(text).sections()]
    assert [marker for marker, _ in sections] == ["第九条", "第十条", "第十一条"]
    assert sections[1][1] == "出租期限一般不超过10年"


def test_a_parts_heading_glued_to_its_first_numbered_heading_licenses_it() -> None:
    text = ("石桥镇环境整治方案\n为改善人居环境,制定本方案。第一部分 总体要求一、指导思想坚持系统治理。"
            "二、基本原则坚持群众主体。第二部分 重点任务一、垃圾治理完善收运模式。二、污水治理新建管网。\n")
    sections = [(section.marker, section.level) for section in speechparse.parse_text(text).sections()]
    assert sections == [("第一部分", 1), ("一、", 2), ("二、", 2), ("第二部分", 1), ("一、", 2), ("二、", 2)]


@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
def test_a_heading_of_two_phrases_parted_by_a_space_is_whole(space: str) -> None:
    text = (f"一、坚持生态优先{space}推动绿色转型发展\n全年新增造林面积两万亩。\n"
            f"二、坚持共建共享{space}持续增进民生福祉\n民生支出占比保持在八成以上。\n")
    assert [heading for *_, heading in _sections(text)] == [f"坚持生态优先{space}推动绿色转型发展",
                                                            f"坚持共建共享{space}持续增进民生福祉"]


def test_a_heading_parted_by_a_space_from_the_sentence_it_runs_on_into_ends_at_the_space() -> None:
    text = "一、工作目标 到年底,全镇村庄清洁行动实现全覆盖。\n二、保障措施 各村要落实责任,按时完成任务。\n"
    assert [heading for *_, heading in _sections(text)] == ["工作目标", "保障措施"]


def test_a_first_child_glued_to_its_parent_s_heading_words_in_a_run_together_preview_heads_its_section() -> None:
    text = ("石桥镇庭院整治实施方案\n为改善人居环境,制定本方案。一、总体要求(一)基本原则1.坚持因地制宜。"
            "根据各村实际确定标准。2.坚持群众主体。引导群众投工投劳。(二)工作目标到年底,庭院环境明显改善。\n")
    assert [(number, heading) for _, _, number, heading in _sections(text)][:4] == [
        (1, "总体要求"), (1, "基本原则"), (1, "坚持因地制宜"), (2, "坚持群众主体")]


def test_a_figure_after_words_that_end_in_a_numeral_is_no_glued_first_child() -> None:
    text = "一、坚持健康第一,大力发展体育事业\n(一)深化学校体育改革\n开齐开足体育课。\n"
    assert [heading for *_, heading in _sections(text)] == ["坚持健康第一,大力发展体育事业", "深化学校体育改革"]


def test_a_row_of_a_table_numbered_with_a_bare_figure_heads_no_section() -> None:
    text = "一、名额分配\n各地按下表选派学员。\n1 石桥市 16 4 云溪市 12\n2 岚川市 18 5 鹤峰市 10\n"
    assert [number for _, _, number, _ in _sections(text)] == [1]


def test_a_talk_s_parts_counted_by_what_it_learned_head_its_sections() -> None:
    text = ("同志们:\n结合这次读书班,我谈三点体会。\n第一个体会,学习要往深里走。理论学习不能浅尝辄止。\n"
            "第二个体会,检视要见人见事。查摆问题不能隔靴搔痒。\n第三个启示,整改要落在实处。\n")
    assert [(number, heading) for _, _, number, heading in _sections(text)] == [
        (1, "学习要往深里走"), (2, "检视要见人见事"), (3, "整改要落在实处")]


def test_a_first_point_glued_to_its_subject_s_words_is_read_where_its_second_follows_in_the_sentence() -> None:
    text = "我的体会是,理论学习一要读原文,不能拿解读代替思考;二要悟原理,把道理想明白;三要找结合点。\n"
    points = [(point.marker, point.lead) for point in speechparse.parse_text(text).points()]
    assert points == [("一要", "读原文,不能拿解读代替思考"), ("二要", "悟原理,把道理想明白"), ("三要", "找结合点")]


def test_a_first_point_glued_to_its_subject_is_read_where_its_second_opens_the_next_paragraph() -> None:
    text = "同志们:\n做好今年的工作,我们一是坚持稳中求进。各部门要抓好落实。\n二是坚持改革创新。\n三是守住底线。\n"
    assert [point.marker for point in speechparse.parse_text(text).points()] == ["一是", "二是", "三是"]


def test_a_first_point_glued_to_its_subject_is_not_read_where_its_second_is_a_paragraph_further_on() -> None:
    text = "同志们:\n我们一是坚持稳中求进。\n要抓好落实。\n二是坚持改革创新。\n"
    assert "一是" not in [point.marker for point in speechparse.parse_text(text).points()]


def test_a_word_ending_in_one_before_a_verb_is_no_first_point() -> None:
    text = "会议要求统一要求、统一标准;二要抓好落实。\n"
    assert [point.marker for point in speechparse.parse_text(text).points()] == []


def test_a_title_glued_to_its_first_chapter_in_a_run_together_preview_keeps_every_chapter() -> None:
    text = ("石桥县村级财务管理办法(试行)第一章 总则第一条 为规范村级财务行为,制定本办法。第二条 本办法适用于全县各村。"
            "第二章 收支管理第三条 各项收入必须全部入账。第四条 各项支出实行分级审批。\n")
    document = speechparse.parse_text(text)
    assert document.title is not None and document.title.startswith("石桥县村级财务管理办法")
    assert [(section.marker.strip(), section.level) for section in document.sections()] == [
        ("第一章", 1), ("第一条", 2), ("第二条", 2), ("第二章", 1), ("第三条", 2), ("第四条", 2)]


def test_an_ocr_s_tortoise_shell_bracket_closing_a_chinese_numeral_heads_a_part() -> None:
    text = "一、基本情况\n(一)事故经过。某日发生事故。\n(二)原因分析。操作不当。\n(三〕整改要求。立即整改。\n"
    assert [(section.marker, section.number) for section in speechparse.parse_text(text).sections()] == [
        ("一、", 1), ("(一)", 1), ("(二)", 2), ("(三〕", 3)]


def test_an_ocr_s_dash_for_one_in_a_division_s_ordinal_heads_the_first_division() -> None:
    text = ("石桥市创新券管理办法\n第—章 总则\n第—条 为规范创新券管理,制定本办法。\n第二条 创新券由市科技局发放。\n"
            "第二章 申领和兑付\n第三条 企业通过服务平台申领创新券。\n")
    assert [(section.number, section.level) for section in speechparse.parse_text(text).sections()] == [
        (1, 1), (1, 2), (2, 2), (2, 1), (3, 2)]


def test_an_ocr_s_dash_for_one_inside_an_article_s_ordinal_reads_as_one() -> None:
    text = ("石桥市创新券管理办法\n第一章 总则\n第十条 创新券由市科技局发放。\n第十—条 企业通过服务平台申领创新券。\n"
            "第十二条 本办法自印发之日起施行。\n")
    assert [section.number for section in speechparse.parse_text(text).sections()] == [1, 10, 11, 12]


def test_an_ocr_s_dash_for_one_is_the_numeral_of_a_heading_and_of_its_first_sub_heading() -> None:
    text = ("石桥镇课后服务实施方案\n为进—步做好课后服务,制定本方案。\n—、总体要求\n坚持学生自愿。\n二、主要任务\n"
            "(—)丰富服务内容\n做好托管服务。\n(二)优化服务方式\n做好时段安排。\n")
    assert [(section.number, section.level) for section in speechparse.parse_text(text).sections()] == [
        (1, 1), (2, 1), (1, 2), (2, 2)]


def test_a_dash_before_a_comma_in_prose_is_no_heading() -> None:
    text = "石桥镇课后服务实施方案\n课后服务有三种形式——托管、辅导、兴趣活动。\n—,这是一种说法。\n"
    assert list(speechparse.parse_text(text).sections()) == []


@pytest.mark.parametrize("first", ["Ⅰ.2031年工作回顾", "A.2031年工作回顾"])
def test_a_heading_in_letters_or_roman_numerals_may_open_with_a_year(first: str) -> None:
    mark = first[0]
    second, third = ("Ⅱ", "Ⅲ") if mark == "Ⅰ" else ("B", "C")
    text = (f"梧桐医院信息中心工作总结\n{first}\n完成了机房改造。\n{second}.存在问题\n人才短缺。\n"
            f"{third}.2032年工作计划\n推进评审。\n")
    assert [section.number for section in speechparse.parse_text(text).sections()] == [1, 2, 3]


def test_a_letter_before_a_figure_that_is_no_year_is_no_heading() -> None:
    text = "梧桐医院信息中心工作总结\n机房按A.3级标准改造,B.2号楼同步完成布线。\n"
    assert list(speechparse.parse_text(text).sections()) == []


@pytest.mark.parametrize(("opening", "closing"), [("【", "】"), ("〔", "〕")])
def test_a_numeral_in_lenticular_or_tortoise_shell_brackets_heads_a_part_above_circled_numbers(
        opening: str, closing: str) -> None:
    text = (f"关于加强机关作风建设的党课讲稿\n同志们:\n今天我讲两个方面。\n{opening}一{closing}提高政治站位\n"
            "①思想认识要到位。要把作风建设摆在突出位置。\n②责任落实要到位。要层层压实责任。\n"
            f"{opening}二{closing}健全长效机制\n①制度建设要跟上。要建立常态化监督机制。\n")
    assert [(section.number, section.level) for section in speechparse.parse_text(text).sections()] == [
        (1, 1), (1, 2), (2, 2), (2, 1), (1, 2)]


def test_an_agenda_s_first_item_in_lenticular_brackets_opens_the_run_of_items() -> None:
    text = ("在全区表彰大会上的主持词\n同志们:\n现在开会。今天的大会共有三项议程。\n"
            "【第一项】全体起立,奏唱国歌。\n请坐下。\n下面,进行大会第二项议程:宣读表彰决定。\n(宣读决定)\n下面进行大会第三项:为先进代表颁奖。\n")
    assert [section.number for section in speechparse.parse_text(text).sections()] == [1, 2, 3]


def test_an_outline_number_a_tab_parts_from_its_heading_heads_a_section() -> None:
    text = ("梧桐镇防汛应急预案\n1\t总则\n1.1\t编制目的\n为做好防汛工作,制定本预案。\n1.2\t适用范围\n"
            "本预案适用于本镇。\n2\t组织体系\n2.1\t指挥部\n镇成立防汛指挥部。\n")
    assert [(section.number, section.level) for section in speechparse.parse_text(text).sections()] == [
        (1, 1), (1, 2), (2, 2), (2, 1), (1, 2)]


def test_an_outline_number_and_tab_right_under_a_decimal_line_heads_a_section() -> None:
    # a Word outline saved as text: each line's number parted from its words by a tab, no paragraph between
    text = "梧桐镇防汛应急预案\n1\t总则\n1.1\t编制目的\n2\t组织体系\n2.1\t指挥部\n镇成立防汛指挥部。\n"
    assert [(section.number, section.level) for section in speechparse.parse_text(text).sections()] == [
        (1, 1), (1, 2), (2, 1), (1, 2)]


def test_a_table_s_rows_under_its_header_row_are_no_headings() -> None:
    text = ("梧桐县河湖问题整改台账\n附件1\n序号\t问题类型\t问题描述\t整改措施\n1\t河道四乱\n2\t入河排污口\n"
            "各乡镇要按表逐项填报。\n")
    assert list(speechparse.parse_text(text).sections()) == []


def test_a_preview_that_glues_a_regulation_s_title_to_its_first_chapter_keeps_its_articles() -> None:
    text = ("梧桐市专项资金管理办法第一章 总则第一条 为规范资金管理,制定本办法。第二条 本办法适用于市级资金。"
            "第二章 职责分工第三条 市财政局负责资金管理。\n")
    assert [(section.marker.strip(), section.level) for section in speechparse.parse_text(text).sections()] == [
        ("第一章", 1), ("第一条", 2), ("第二条", 2), ("第二章", 1), ("第三条", 2)]


def test_a_chapter_named_inside_a_sentence_after_a_regulation_s_name_is_no_heading() -> None:
    text = "梧桐市专项资金管理办法\n依照本办法第一章总则第一条的规定,各单位应当建立台账。\n"
    assert list(speechparse.parse_text(text).sections()) == []


def test_roman_numerals_in_latin_capitals_head_a_report_s_parts_and_its_title_stays_above_them() -> None:
    text = ("青禾县图书馆年度工作报告\nI. 基本情况\n全年接待读者十二万人次。\nII. 存在问题\n"
            "一是馆舍偏小。二是人手不足。\nIII. 下一步打算\n推进分馆建设。\nIV. 工作建议\n建议增加购书经费。\n")
    doc = speechparse.parse_text(text)
    assert doc.title == "青禾县图书馆年度工作报告"
    assert [(section.scheme, section.number, section.heading) for section in doc.sections()] == [
        ("roman", 1, "基本情况"), ("roman", 2, "存在问题"), ("roman", 3, "下一步打算"), ("roman", 4, "工作建议")]


def test_a_roman_five_after_four_is_a_numeral_and_a_capital_i_among_letters_stays_a_letter() -> None:
    romans = ("青禾县图书馆年度工作报告\nIV、阅读推广\n举办讲座二十场。\nV、数字服务\n上线电子书平台。\n"
              "VI、队伍建设\n新招馆员三名。\n")
    assert [(s.scheme, s.number) for s in speechparse.parse_text(romans).sections()] == [
        ("roman", 4), ("roman", 5), ("roman", 6)]
    letters = "青禾县图书馆采购清单\n" + "".join(f"{letter}. 采购{word}\n已完成。\n" for letter, word in zip(
        "ABCDEFGHIJ", "书架桌椅电脑灯具空调窗帘地毯标牌音箱屏幕", strict=False))
    assert [(s.scheme, s.number) for s in speechparse.parse_text(letters).sections()][7:] == [
        ("letter_upper", 8), ("letter_upper", 9), ("letter_upper", 10)]


def test_an_ocr_s_dash_for_one_before_a_year_heads_the_first_part() -> None:
    text = "梧桐镇2031年工作总结\n—、2031年工作回顾\n全年完成投资三亿元。\n二、2032年工作打算\n继续抓好项目建设。\n"
    assert [(s.scheme, s.number) for s in speechparse.parse_text(text).sections()] == [("cn", 1), ("cn", 2)]


def test_a_two_host_scripts_speaker_tag_leaves_the_sequence_words_after_it_at_the_lines_start() -> None:
    text = ("(女)下面,请欣赏文艺节目。\n(男)首先,请欣赏开场舞。\n(女)其次,请欣赏大合唱。\n(男)最后,请欣赏诗朗诵。\n")
    assert [point.marker for point in speechparse.parse_text(text).points()] == ["首先", "其次", "最后"]


def test_the_things_a_speaker_counts_out_one_by_one_are_points() -> None:
    text = ("在全镇秋收动员会上的讲话\n同志们:\n今天我讲三件事:第一件是抓抢收;第二件事是抓烘干;第三件是抓安全。\n"
            "这是第一件是非分明的大事。\n")
    doc = speechparse.parse_text(text)
    assert [(p.marker, p.number) for p in doc.points()] == [("第一件是", 1), ("第二件事是", 2), ("第三件是", 3)]
