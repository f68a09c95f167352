"""Whole-text structure cases from tests/fixtures/structure.txt.

Each case is a short text written for the test and the outline it must give:
false positives that must not become structure, scheme nesting in both orders,
points, clause enumerations, parts and titles.
"""

from __future__ import annotations

import pytest
from conftest import fixture_cases

import speechparse
from speechparse import Paragraph, Section


@pytest.mark.parametrize(("text", "expected"), fixture_cases("structure.txt"))
def test_outline_matches_fixture(text: str, expected: str) -> None:
    assert speechparse.parse_text(text).outline().rstrip("\n") == expected


def test_a_ratios_colon_closes_no_points_lead_nor_heading() -> None:
    document = speechparse.parse_text("同志们:\n今年成效明显:一是结构优化,三次产业比调整为9.2:40.5:50.3;"
                                      "二是效益提升。\n一、比例为3:1的配套资金\n要足额到位。\n")
    points = [node.lead for _, node in document.walk() if isinstance(node, speechparse.Point)]
    assert points[0] == "结构优化,三次产业比调整为9.2:40.5:50.3"
    assert [section.heading for section in document.sections()] == ["比例为3:1的配套资金"]


def test_what_the_host_says_once_the_agenda_is_done_belongs_to_no_agenda_item() -> None:
    document = speechparse.parse_text(
        "同志们:\n现在开会。\n第一项:请镇长通报秋收进度。\n第二项:请书记讲话。\n"
        "同志们,会议的各项议程已全部进行完毕。下面我强调两点:\n一是要抓紧抢收。\n二是要确保安全。\n")
    top = [type(node).__name__ + (node.marker or "") for node in document.body
           if isinstance(node, (speechparse.Section, speechparse.Point))]
    assert top == ["Section第一项:", "Section第二项:"]
    # each point's top-level ancestor (its ref is #/body/N/…) is a paragraph, not the last agenda item
    points = [(node.marker, document.body[int(ref.split("/")[2])]) for ref, node in document.walk()
              if isinstance(node, speechparse.Point)]
    assert [marker for marker, _ in points] == ["一是", "二是"]
    assert not any(isinstance(ancestor, speechparse.Section) for _, ancestor in points)


def test_an_agenda_step_the_host_names_as_the_last_before_its_number_is_a_step() -> None:
    text = ("梧桐镇职工大会主持词\n各位代表:\n现在开会。\n下面,进行第一项议程,请镇长作报告。\n"
            "下面,进行第二项议程,请代表审议。\n下面进行最后一项议程,第三项,请党委书记讲话。\n")
    sections = list(speechparse.parse_text(text).sections())
    assert [(section.number, section.heading) for section in sections] == [
        (1, "请镇长作报告"), (2, "请代表审议"), (3, "请党委书记讲话")]


def test_what_follows_the_host_s_word_that_the_event_is_over_belongs_to_no_agenda_item() -> None:
    text = ("开学典礼主持词\n同学们:\n典礼第一项:升国旗。\n典礼第二项:请校长讲话。\n典礼到此结束!\n"
            "校长致辞\n第一,要立志。同学们要有理想。\n第二,要勤学。同学们要多读书。\n")
    sections = [(section.marker, section.level) for section in speechparse.parse_text(text).sections()]
    assert sections == [("第一项:", 1), ("第二项:", 1), ("第一,", 1), ("第二,", 1)]


@pytest.mark.parametrize("lead", ["主要抓了三件事:", "主要抓了三件事:\n"])
def test_long_clauses_numbered_inside_one_sentence_are_points_not_sections(lead: str) -> None:
    clauses = ["①建设全区政务服务地图,将三百余个政务服务网点、一千二百余项事项的办理地点、所需材料、"
               "办理时限和咨询电话集中展示,实现群众办事一键查询;",
               "②在全区各个镇街全部设立跨域通办窗口,与周边六个县区和两个地级市签订通办协议,明确事项清单和办理流程,"
               "实现异地事项本地办理;",
               "③上线智能导办系统,企业群众通过手机即可获得精准办事指引和材料预审服务,今年以来已提供智能咨询服务八万余人次,"
               "满意率保持在较高水平。"]
    assert all(len(clause) > 60 for clause in clauses)  # (longer than the old limit of a clause)
    document = speechparse.parse_text("某区营商环境工作汇报\n一、强化数字赋能\n我们坚持线上线下融合发力," + lead
                                      + "".join(clauses) + "\n二、下一步打算\n继续抓好落实。\n")
    section = next(node for node in document.body if isinstance(node, speechparse.Section))
    numbered = [node.TYPE for child in section.children for node in (child, *getattr(child, "children", ()))
                if node.TYPE in ("section", "point")]
    assert numbered == ["point"] * 3  # (a paragraph's points are its children)


@pytest.mark.parametrize("sentence", [
    "各站所要做到(1)服务标准统一;(2)办理流程公开;(3)群众评价及时。",  # the first glued to the verb
    "各站所要做到:(1)线上一次办理,(2)线下只进一门,(3)诉求一线应答。",  # short phrases parted by commas
    "要做到三个结合,①结合岗位职责;②结合工作实际;③结合思想实际。",  # circled after a comma
    "会议提出①加快项目建设、②优化营商环境、③保障改善民生等意见。",  # circled after its verb, phrases parted by 、
    "各站所要做到:(1)服务标准统一、(2)办理流程公开、(3)群众评价及时。",
])
def test_clauses_numbered_inside_one_sentence_are_points_whatever_stands_before_the_first(sentence: str) -> None:
    document = speechparse.parse_text(f"某镇便民服务工作方案\n一、工作要求\n{sentence}\n二、保障措施\n加强督查。\n")
    assert [(point.marker, point.number) for point in document.points()] == [(m, n) for n, m in enumerate(
        [marker for marker in ("(1)", "(2)", "(3)", "①", "②", "③") if marker in sentence], 1)]
    assert [section.marker for section in document.sections()] == ["一、", "二、"]


def test_a_plans_stages_opening_their_paragraphs_are_sections_and_a_stage_inside_a_sentence_is_not() -> None:
    document = speechparse.parse_text("某镇改造方案\n一、实施步骤\n第一阶段:摸底调查(3月)。入户登记。\n"
                                      "第二阶段(4月至6月):集中改造。分片推进。\n二、工作要求\n在第一阶段,要摸清底数。\n")
    assert [(section.marker, section.heading) for section in document.sections()] == [
        ("一、", "实施步骤"), ("第一阶段:", "摸底调查(3月)"), ("第二阶段(4月至6月):", "集中改造"), ("二、", "工作要求")]


def test_a_list_of_clauses_goes_on_past_an_item_its_writer_closed_with_a_full_stop() -> None:
    document = speechparse.parse_text("某馆培训通知\n一、培训内容\n培训内容包括:\n1.群众文化活动策划;\n"
                                      "2.文艺辅导方法;\n3.数字化建设与新媒体运营。\n4.总分馆制建设与阵地管理。\n"
                                      "二、培训时间\n3月。\n")
    assert [point.marker for point in document.points()] == ["1.", "2.", "3.", "4."]


def test_bracketed_figures_numbering_whole_sentences_run_on_in_one_paragraph_are_points() -> None:
    text = ("年度工作要点\n一、巩固创建成果\n(一)深化示范创建\n(1)巩固示范县创建成果,开展回头看。(2)新创建示范单位8个。"
            "(3)持续推进进社区活动。\n(二)加强宣传教育\n利用新媒体开展宣传。\n")
    document = speechparse.parse_text(text)
    assert [point.marker for point in document.points()] == ["(1)", "(2)", "(3)"]
    assert [section.marker for section in document.sections()] == ["一、", "(一)", "(二)"]


def test_circled_figures_numbering_whole_sentences_run_on_in_one_paragraph_are_points() -> None:
    text = ("一、回顾来路\n这段历程给我们三点启示。①团结是战胜困难的法宝,什么时候拧成一股绳,事业就兴旺。"
            "②群众是力量的源泉,我们因群众而立。③实干是成事的根本,任何时候都不能空谈。这三点要牢牢记住。\n"
            "二、展望未来\n继续奋斗。\n")
    document = speechparse.parse_text(text)
    assert [point.marker for point in document.points()] == ["①", "②", "③"]
    assert [section.marker for section in document.sections()] == ["一、", "二、"]


def test_circled_figures_each_on_a_line_of_their_own_stay_sections() -> None:
    text = "一、回顾来路\n①团结是法宝。\n要拧成一股绳。\n②群众是源泉。\n要依靠群众。\n二、展望未来\n继续奋斗。\n"
    assert [section.marker for section in speechparse.parse_text(text).sections()] == ["一、", "①", "②", "二、"]


def test_a_speakers_ordinals_run_on_in_one_paragraph_stay_parts_of_the_talk() -> None:
    text = ("在全县征兵工作会议上的讲话\n同志们:\n一、压实责任\n第一,要推行阳光征兵,公开各项政策。第二,要严格责任追究,"
            "发现一起查处一起。第三,要加强教育管理,签订廉洁承诺。\n二、强化保障\n要落实经费。\n")
    assert [section.marker for section in speechparse.parse_text(text).sections()] == [
        "一、", "第一,", "第二,", "第三,", "二、"]


def test_a_galas_programme_items_are_steps_under_the_agenda_item_that_holds_them() -> None:
    text = ("新春团拜会主持词\n第一项:领导致辞\n请会长致辞。\n第二项:文艺演出\n节目一:开场舞《春潮》\n表演者:舞蹈队\n"
            "节目二 诗朗诵《乡音》\n表演者:青年代表\n第三项:抽奖\n请嘉宾上台。\n我们的节目一定更精彩。\n")
    sections = [(section.marker.strip(), section.level) for section in speechparse.parse_text(text).sections()]
    assert sections == [("第一项:", 1), ("第二项:", 1), ("节目一:", 2), ("节目二", 2), ("第三项:", 1)]


def test_a_first_point_after_its_subjects_words_is_one_where_the_second_opens_a_later_sentence() -> None:
    text = ("学习心得\n一、几点体会\n我认为,在今后的工作中一要常怀感恩之心。感恩群众的信任。二要常怀敬畏之心。"
            "敬畏手中的权力。三要常怀律己之心。\n二、下一步打算\n继续努力。\n")
    assert [point.marker for point in speechparse.parse_text(text).points()] == ["一要", "二要", "三要"]


def test_a_list_that_changes_scheme_goes_on_from_the_open_item_written_in_the_same_figures() -> None:
    text = ("在推进会上的讲话\n同志们:\n第一,认清形势。\n形势严峻。\n第二,突出重点。\n1.抓好工业治理。要加强监管。\n"
            "2、抓好移动源治理。要加强检查。\n(3)抓好扬尘管控。要严格落实。\n4.抓好面源防治。要加强巡查。\n"
            "第三,压实责任。\n要加强考核。\n")
    sections = [(section.marker, section.level) for section in speechparse.parse_text(text).sections()]
    assert sections == [("第一,", 1), ("第二,", 1), ("1.", 2), ("2、", 2), ("(3)", 2), ("4.", 2), ("第三,", 1)]


def test_a_chairing_scripts_steps_named_as_its_parts_are_agenda_items() -> None:
    text = ("道德讲堂主持词\n各位来宾:\n下面进入第一个环节:唱歌曲。\n请全体起立。\n下面进入第二个环节:看短片。\n"
            "请观看。\n这个环节很重要。第三个环节是诵经典。\n")
    assert [(section.marker, section.number) for section in speechparse.parse_text(text).sections()] == [
        ("第一个环节:", 1), ("第二个环节:", 2)]


def test_an_agenda_step_behind_a_hosts_turn_label_that_names_the_event_is_a_step() -> None:
    text = ("重阳节敬老活动主持词\n男:尊敬的各位老人:\n女:大家上午好!\n男:进行活动第一项:请社区书记致辞。\n"
            "女:感谢书记。\n男:进行活动第二项:为老人送上慰问品。\n女:活动到此结束。\n")
    assert [section.number for section in speechparse.parse_text(text).sections()] == [1, 2]


def test_a_sequences_first_word_after_its_subject_is_a_point_where_its_second_follows() -> None:
    text = ("外贸工作要点\n一、稳住主体\n外贸企业首先要稳订单,积极参加展会;其次要拓市场;最后要防风险。\n二、优化环境\n"
            "我们首先感谢各位的支持。\n")
    assert [point.marker for point in speechparse.parse_text(text).points()] == ["首先", "其次", "最后"]


def test_a_drills_subjects_are_sections_and_a_subject_inside_a_word_is_not() -> None:
    document = speechparse.parse_text("某校消防演练脚本\n科目一:疏散逃生\n组织学生有序撤离。\n科目二:初起火灾扑救\n"
                                      "要求操作规范。\n我们的科目一般分为三类。\n")
    assert [(section.marker, section.number) for section in document.sections()] == [("科目一:", 1), ("科目二:", 2)]


def test_a_circled_one_after_a_word_with_no_second_in_its_sentence_numbers_nothing() -> None:
    document = speechparse.parse_text("某镇便民服务工作方案\n会议提出了意见①,要认真落实。②的内容另行通知。\n")
    assert list(document.points()) == [] and list(document.sections()) == []


@pytest.mark.parametrize("boxes", ["□是 □否", "同意□　反对□　弃权□", "☐有 ☐无"])
def test_a_forms_numbered_rows_ending_in_boxes_to_tick_are_points(boxes: str) -> None:
    text = (f"某镇安全检查表\n一、用电安全\n1.电线是否老化{boxes}\n2.插座是否超负荷使用 {boxes}\n二、消防安全\n"
            f"3.灭火器是否在有效期内 {boxes}\n4.通道是否畅通 {boxes}\n")
    document = speechparse.parse_text(text)
    assert [section.marker for section in document.sections()] == ["一、", "二、"]
    assert [point.number for point in document.points()] == [1, 2, 3, 4]


def test_a_heading_whose_words_open_with_a_marker_of_their_own_keeps_what_follows_its_colon() -> None:
    text = ("视察活动主持词\n一、第一站:山前镇石桥村\n代表们察看了村里的污水处理设施。\n二、第二站:山前县污水处理厂\n"
            "代表们听取了情况介绍。\n三、工作要求:请各位代表认真履职。\n")
    headings = [section.heading for section in speechparse.parse_text(text).sections()]
    assert headings == ["第一站:山前镇石桥村", "第二站:山前县污水处理厂", "工作要求"]


def test_a_run_in_heading_glued_to_its_parents_words_stays_a_section() -> None:
    document = speechparse.parse_text("某镇便民服务工作方案\n一、加强组织领导(一)成立工作专班\n由分管领导任组长。\n")
    assert [section.marker for section in document.sections()] == ["一、", "(一)"]


@pytest.mark.parametrize("ending", ["“红管家”", "《便民手册》"])
def test_a_run_in_heading_after_its_parents_quoted_last_word_stays_a_section(ending: str) -> None:
    document = speechparse.parse_text(f"某镇便民服务工作方案\n一、打造服务{ending}(一)成立工作专班。由分管领导任组长。"
                                      "\n(二)建立工作台账。逐项登记。\n二、强化保障\n落实经费。\n")
    assert [(section.marker, section.heading) for section in document.sections()] == [
        ("一、", f"打造服务{ending}"), ("(一)", "成立工作专班"), ("(二)", "建立工作台账"), ("二、", "强化保障")]


@pytest.mark.parametrize("quoted", ["《守正 创新 实干》", "“守正 创新”"])
def test_a_space_inside_a_book_title_or_a_quote_does_not_end_a_heading(quoted: str) -> None:
    text = f"同志们:\n第一项:请县长作题为{quoted}的工作报告,大家欢迎。\n第二项:请书记讲话。\n"
    headings = [section.heading for section in speechparse.parse_text(text).sections()]
    assert headings == [f"请县长作题为{quoted}的工作报告,大家欢迎", "请书记讲话"]


def test_a_list_of_questions_each_on_its_line_is_points_and_a_question_over_its_answer_heads_it() -> None:
    listed = ("谈话记录\n一、谈话内容\n谈话要点:\n(1)你对入党的认识是什么?\n(2)你的入党动机是什么?\n"
              "(3)你有哪些不足?\n二、谈话人意见\n同意。\n")
    doc = speechparse.parse_text(listed)
    assert [section.marker for section in doc.sections()] == ["一、", "二、"]
    assert [point.number for point in doc.points()] == [1, 2, 3]
    answered = ("学习问答\n(1)为什么要加强学习?\n学习是立身之本。我们要坚持学习。\n(2)怎样加强学习?\n"
                "要读原著、学原文。\n")
    assert [section.number for section in speechparse.parse_text(answered).sections()] == [1, 2]


def test_a_chapter_after_the_articles_that_end_the_text_before_it_is_never_nested_under_them() -> None:
    text = ("第九条 本办法由集团办公室负责解释。\n第十条 本办法自印发之日起施行。\n梧桐集团接待管理细则\n"
            "第一章 总则\n第一条 为规范接待管理,制定本细则。\n第二条 本细则适用于集团总部。\n"
            "第二章 接待标准\n第三条 接待实行分级管理。\n")
    sections = list(speechparse.parse_text(text).sections())
    assert [(section.marker.strip(), section.level) for section in sections] == [
        ("第九条", 1), ("第十条", 1), ("第一章", 1), ("第一条", 2), ("第二条", 2), ("第二章", 1), ("第三条", 2)]


def test_a_heading_glued_to_the_first_of_its_bodys_enumerated_clauses_stops_before_it() -> None:
    text = "一、工作措施\n(一)加强队伍建设首先,要配齐人员;其次,要加强培训;最后,要严格考核。\n"
    assert [section.heading for section in speechparse.parse_text(text).sections()] == ["工作措施", "加强队伍建设"]


def test_the_enumerated_clauses_a_heading_ran_into_are_its_points() -> None:
    text = "一、工作措施\n(一)加强队伍建设首先,要配齐人员;其次,要加强培训;最后,要严格考核。\n"
    points = list(speechparse.parse_text(text).points())
    assert [(point.marker, point.number) for point in points] == [("首先", 1), ("其次", 2), ("最后", 3)]
    assert points[0].lead.startswith("要配齐人员")


def test_a_plan_s_division_alone_on_its_line_takes_its_heading_from_the_line_under_it() -> None:
    text = ("梧桐市交通发展规划\n第一篇\n发展基础\n第一章 现状\n全市公路里程达到一万公里。\n"
            "第二章 问题\n路网结构不合理。\n第二篇\n总体要求\n第三章 目标\n到2035年基本建成现代综合交通体系。\n")
    document = speechparse.parse_text(text)
    assert document.title == "梧桐市交通发展规划"
    assert [(section.marker, section.heading, section.level) for section in document.sections()] == [
        ("第一篇", "发展基础", 1), ("第一章", "现状", 2), ("第二章", "问题", 2), ("第二篇", "总体要求", 1),
        ("第三章", "目标", 2)]


def test_a_sentence_under_a_bare_marker_is_its_section_s_first_paragraph_not_its_heading() -> None:
    text = ("梧桐县经济工作会议主持词\n同志们:\n现在开会。\n下面,进行第一项议程:\n"
            "请县发改委主任通报全年经济运行情况。\n下面,进行第二项议程:\n请县长讲话。\n")
    sections = list(speechparse.parse_text(text).sections())
    assert [section.heading for section in sections] == ["", ""]


@pytest.mark.parametrize("label", ["注释:", "注:", "参考文献"])
def test_note_marks_in_the_text_and_their_notes_under_a_notes_label_head_nothing(label: str) -> None:
    text = ("守住廉洁底线专题党课\n一、守好思想关口\n"
            "老干部在日记里写过一句话:“秤砣就是自己的良心。”①这句话值得我们反复咀嚼。\n二、守好权力关口\n全县共立案一百六十八件。②数字的背后是群众的期盼。\n以上是我的几点体会。\n"
            f"{label}\n①见《梧桐县老干部回忆录》第七十三页。\n②数据来源于县纪委案件统计分析。\n")
    sections = list(speechparse.parse_text(text).sections())
    assert [section.marker for section in sections] == ["一、", "二、"]


def test_a_compilation_s_next_piece_closes_the_sections_the_piece_before_left_open() -> None:
    text = ("社区治理经验交流材料【精选2篇】\n【篇一】社区治理经验交流材料\n一、建强组织\n在各小区成立党支部。\n"
            "二、做实服务\n认领服务项目四十项。\n【篇二】社区治理经验交流材料\n"
            "社区从三个方面入手:一是建立台账;二是亮明身份;三是搭建平台。\n")
    doc = speechparse.parse_text(text)
    # the points stand in a paragraph at the top, not in the first piece's last section
    top = [(node.TYPE, node.number) for node in doc.body if isinstance(node, Section)] + [
        (point.TYPE, point.number) for node in doc.body if isinstance(node, Paragraph) for point in node.children]
    assert top == [("section", 1), ("section", 2), ("point", 1), ("point", 2), ("point", 3)]


_TWO_TRAINING_TALKS = ("乡镇干部培训讲话稿精选2篇\n篇一\n同志们:\n今天我讲三点意见,供大家参考。\n一、提高认识\n"
                       "干部要学习理论,提升能力。\n二、改进作风\n干部要下沉一线,服务群众。\n{label}\n各位学员:\n"
                       "第一,要勤学。学习是立身之本。\n第二,要善思。思考使人明智。\n")


@pytest.mark.parametrize("label", ["篇二", "乡镇干部培训讲话稿 篇二"])
def test_a_compilation_s_next_piece_numbers_afresh_at_the_top(label: str) -> None:
    # a label alone, or the piece's title and its label on one line: the next piece's 第一, opens at the top
    doc = speechparse.parse_text(_TWO_TRAINING_TALKS.format(label=label))
    assert [(node.marker, node.number) for node in doc.body if isinstance(node, Section)] == [
        ("一、", 1), ("二、", 2), ("第一,", 1), ("第二,", 2)]
    assert "篇二" not in doc.text


def test_an_agenda_step_quoted_in_a_report_heads_nothing() -> None:
    text = ("我镇举行项目开工仪式\n6月3日上午,我镇项目开工仪式举行。“下面进行第一项议程,请镇长介绍项目情况。”"
            "随着主持人的宣布,镇长介绍了项目。随后,在“下面进行第二项议程,请企业代表发言”的主持声中,企业代表发言。\n")
    assert list(speechparse.parse_text(text).sections()) == []


def test_an_agenda_step_of_a_chairing_script_after_a_closed_quotation_heads_its_step() -> None:
    text = ("开工仪式主持词\n同志们:\n今天我们举行“开门红”项目集中开工仪式。下面进行第一项议程,请镇长介绍项目情况。\n"
            "下面进行第二项议程,请企业代表发言。\n")
    assert [section.number for section in speechparse.parse_text(text).sections()] == [1, 2]


def test_each_speech_of_a_collection_opens_at_the_top_under_its_title_and_speaker() -> None:
    text = ("全镇防汛工作会议表态发言材料\n守土尽责 确保安全度汛\n河口村党支部书记 张某\n各位领导、同志们:\n"
            "我村将做好三件事。\n一、排查隐患\n全面排查山洪隐患点。\n二、落实值守\n汛期实行值班值守。\n"
            "筑牢堤防 护佑平安\n镇水利站站长 李某\n各位领导、同志们:\n我站将做好两件事。\n(一)加固堤防\n"
            "汛前完成整改。\n(二)强化预警\n加强会商研判。\n")
    doc = speechparse.parse_text(text)
    assert [(section.marker, section.level) for section in doc.sections()] == [
        ("一、", 1), ("二、", 1), ("(一)", 1), ("(二)", 1)]


def test_a_collections_division_holds_the_speeches_under_it() -> None:
    text = ("全市文化工作座谈会材料汇编\n第一部分 领导讲话\n在全市文化工作座谈会上的讲话\n市委副书记 周某\n同志们:\n"
            "今天召开座谈会。\n一、认清形势\n文化事业发展较快。\n二、明确任务\n要抓好三项工作。\n"
            "第二部分 交流发言\n让非遗走进课堂\n城南小学校长 吴某\n各位领导、同志们:\n我校做了两件事。\n"
            "一、开设课程\n每周一节非遗课。\n二、请进师傅\n聘请传承人授课。\n"
            "守住古村的记忆\n桃源村党支部书记 郑某\n各位领导、同志们:\n我村做了两件事。\n"
            "(一)修缮祠堂\n完成三处修缮。\n(二)建村史馆\n年底前开馆。\n")
    doc = speechparse.parse_text(text)
    outline = [(node.marker.strip(), node.level) for _, node in doc.walk() if isinstance(node, speechparse.Section)]
    assert outline == [("第一部分", 1), ("一、", 2), ("二、", 2), ("第二部分", 1), ("一、", 2), ("二、", 2),
                       ("(一)", 2), ("(二)", 2)]
    division = next(node for _, node in doc.walk() if isinstance(node, speechparse.Section) and node.number == 2
                    and node.level == 1)
    assert division.span[0] < doc.text.index("年底前开馆") < division.span[1]


def test_points_of_a_speech_without_sections_stay_in_the_division_holding_it() -> None:
    text = ("全市文化工作座谈会材料汇编\n第一部分 交流发言\n让非遗走进课堂\n城南小学校长 吴某\n各位领导、同志们:\n"
            "一、开设课程\n每周一节非遗课。\n第二部分 表态发言\n守住古村的记忆\n桃源村党支部书记 郑某\n"
            "各位领导、同志们:\n我村表态如下:一是修缮祠堂。二是建村史馆。三是办好村晚。\n")
    doc = speechparse.parse_text(text)
    parents = {point.lead: section.marker.strip() for section in doc.sections() for paragraph in section.children
               for point in getattr(paragraph, "children", ()) if isinstance(point, speechparse.Point)}
    assert parents == {"修缮祠堂": "第二部分", "建村史馆": "第二部分", "办好村晚": "第二部分"}


def test_a_section_whose_paragraph_closes_a_speech_holds_not_the_next_speech() -> None:
    text = ("全镇防汛工作会议表态发言材料\n守土尽责 确保安全度汛\n河口村党支部书记 张某\n各位领导、同志们:\n"
            "我村将做好三件事。\n第一,排查隐患。\n全面排查山洪隐患点。\n第二,落实值守。汛期实行值班值守,请领导放心。\n"
            "筑牢堤防 护佑平安\n镇水利站站长 李某\n各位领导、同志们:\n我站将做好两件事。\n(一)加固堤防\n"
            "汛前完成整改。\n(二)强化预警\n加强会商研判。\n")
    doc = speechparse.parse_text(text)
    assert [(section.marker.strip(), section.level) for section in doc.sections()] == [
        ("第一,", 1), ("第二,", 1), ("(一)", 1), ("(二)", 1)]


def test_a_salutation_inside_one_speech_opens_no_new_speech() -> None:
    text = ("在全镇防汛工作会议上的讲话\n同志们:\n今天召开会议。\n一、认清形势\n今年汛期来得早。\n(一)雨量偏多\n"
            "降雨较常年偏多两成。\n(二)隐患不少\n山洪隐患点多。\n同志们:\n防汛工作责任重大。\n")
    doc = speechparse.parse_text(text)
    assert [(s.marker, s.level) for s in doc.sections()] == [("一、", 1), ("(一)", 2), ("(二)", 2)]
    last = list(doc.sections())[-1]
    assert last.span[0] < doc.text.index("防汛工作责任重大") < last.span[1]  # (the section goes on over it)


def test_a_points_lead_leaves_out_the_close_of_a_quotation_opened_before_its_marker() -> None:
    document = speechparse.parse_text(
        "同志们:\n领导叮嘱驻村干部“一要沉得下去,二要待得住,三要干得成”。大家要记在心里。\n")
    leads = [node.lead for _, node in document.walk() if isinstance(node, speechparse.Point)]
    assert leads[-1] == "干得成"


def test_a_points_lead_keeps_a_book_title_it_opens_and_closes() -> None:
    document = speechparse.parse_text("同志们:\n一是学习《党章》。二是学习《准则》。\n")
    leads = [node.lead for _, node in document.walk() if isinstance(node, speechparse.Point)]
    assert leads == ["学习《党章》", "学习《准则》"]


def test_a_note_mark_whose_note_stood_at_a_pages_foot_heads_nothing() -> None:
    body = "各级干部要牢记宗旨,站稳人民立场,把群众的冷暖放在心上,把群众的期盼作为工作的方向。" * 3
    text = ("坚持人民立场专题党课\n一、坚持人民立场\n总书记指出:“江山就是人民,人民就是江山。”①这是我们党的根本立场。"
            + body + "\n①《论群众路线》,中央文献出版社2031年版,第12页。\n\n- 1 -\n\n二、践行根本宗旨\n" + body + "\n")
    document = speechparse.parse_text(text)
    assert [section.marker for section in document.sections()] == ["一、", "二、"]
    assert "generic.footnote" in {removal.rule for removal in document.removed}


def test_a_figure_after_a_ratios_colon_is_no_decimal_heading() -> None:
    document = speechparse.parse_text("某县统计公报\n一、综合\n三次产业结构由14.5:40.3:45.1调整为14.2:40.6:45.2。\n")
    assert [section.marker for section in document.sections()] == ["一、"]


def test_a_party_lectures_parts_numbered_by_lecture_head_its_sections() -> None:
    text = ("守纪律 讲规矩——专题党课讲稿\n同志们:今天这堂党课分为两讲。\n"
            "第一讲 深刻认识纪律建设的意义\n(一)纪律是党的生命线\n讲纪律首先要讲究方法,各级党组织要抓常抓长。\n"
            "(二)纪律建设永远在路上\n在第一讲话题之后,我们继续学习党规。\n"
            "第二讲 知行合一守规矩\n(一)在学深悟透上下功夫\n全体党员要原原本本学。\n")
    document = speechparse.parse_text(text)
    assert [(section.marker, section.heading) for section in document.sections()][:3] == [
        ("第一讲", "深刻认识纪律建设的意义"), ("(一)", "纪律是党的生命线"), ("(二)", "纪律建设永远在路上")]
    assert [section.marker for section in document.sections() if section.level == 1] == ["第一讲", "第二讲"]


def test_an_inspection_tours_stops_head_the_parts_of_its_chairing_script() -> None:
    text = ("在全县项目观摩活动上的主持词\n同志们:今天我们观摩三个项目。\n第一站:梧桐新材料产业园项目\n"
            "这个项目总投资十亿元。我们的第一站是项目展厅,请大家边走边看。\n第二站:城东片区更新项目\n该项目已完成征收。\n"
            "第三站 县人民医院新院区项目\n新院区年内投用。\n")
    sections = [(section.marker, section.number) for section in speechparse.parse_text(text).sections()]
    assert sections == [("第一站:", 1), ("第二站:", 2), ("第三站 ", 3)]
