"""Level inference: acceptance rules and the warnings a careful reader gets."""

from __future__ import annotations

import speechparse
from speechparse.levels import infer_levels, marker_style
from speechparse.lex.markers import lex_markers
from speechparse.widths import fold


def _codes(text: str) -> list[str]:
    return [warning.code for warning in speechparse.parse_text(text).warnings]


def test_gap_in_numbering_is_accepted_with_a_warning() -> None:
    doc = speechparse.parse_text("一、加强领导\n内容。\n三、落实责任\n内容。\n")
    assert [s.number for s in doc.sections()] == [1, 3]
    assert _codes("一、加强领导\n内容。\n三、落实责任\n内容。\n") == ["numbering_gap"]


def test_mixed_styles_for_one_level_are_reported() -> None:
    assert "mixed_style" in _codes("一、任务\n1.加强领导。\n2、落实责任。\n")


def test_restart_of_the_top_level_is_reported() -> None:
    assert "numbering_restart" in _codes("一、甲\n二、乙\n一、丙\n")


def test_a_marker_that_continues_nothing_at_a_line_start_is_reported_as_rejected() -> None:
    doc = speechparse.parse_text("一、甲\n内容。\n五、乙\n内容。\n")
    assert [s.number for s in doc.sections()] == [1]
    assert [w.code for w in doc.warnings] == ["rejected_marker"]
    start, end = doc.warnings[0].span
    assert doc.text[start:end] == "五、"


def test_a_level_skipped_under_an_ancestor_is_reported() -> None:
    text = "一、甲\n(一)子\n1.孙。\n2.孙。\n二、乙\n3.孙。\n"
    doc = speechparse.parse_text(text)
    assert "level_skip" in [w.code for w in doc.warnings]
    section_3 = next(s for s in doc.sections() if s.number == 3 and s.scheme == "arabic")
    assert section_3.level == 2  # straight under 二、, as written


def test_sections_close_at_a_reset_offset() -> None:
    text = "一、甲\n(一)子\n附件\n(一)丙\n"
    folded = fold(text)
    levels = infer_levels(folded, lex_markers(folded), resets=[text.index("附件")])
    assert [(m.number, m.level) for m in levels.markers] == [(1, 1), (1, 2), (1, 1)]


def test_points_never_open_a_level() -> None:
    doc = speechparse.parse_text("一是甲。二是乙。一、丙\n内容。\n")
    assert [(p.marker, p.number) for p in doc.points()] == [("一是", 1), ("二是", 2)]
    assert [s.level for s in doc.sections()] == [1]


def test_point_numbers_restart_in_each_section() -> None:
    doc = speechparse.parse_text("第一,甲。一是子。二是子。第二,乙。一是丑。\n")
    assert [(p.number) for p in doc.points()] == [1, 2, 1]


def test_warnings_of_one_kind_are_capped_with_a_count_of_the_rest() -> None:
    doc = speechparse.parse_text("一、甲\n内容。\n" + "五、乙\n" * 80)
    rejected = [w for w in doc.warnings if w.code == "rejected_marker"]
    assert len(rejected) == 51  # 50 listed, then one that counts the rest
    assert rejected[-1].message == "30 more rejected_marker warnings not listed" and rejected[-1].span is None


def test_a_marker_moved_under_another_parent_keeps_every_other_field() -> None:
    from attrs import evolve, fields

    from speechparse.levels import Marker

    marker = Marker(3, 5, "cn_paren", 2, "section", 2, 0)
    assert marker.with_parent(7) == evolve(marker, parent=7)
    assert marker.with_parent(None).parent is None
    # with_parent names each field: a field added to Marker must be added there too
    assert [field.name for field in fields(Marker)] == ["start", "end", "scheme", "number", "kind", "level", "parent"]


def test_a_markers_style_leaves_its_numerals_out() -> None:
    assert marker_style("一、") == marker_style("十二、") == "N、"
    assert marker_style("(3)") == marker_style("(12)") == "(N)"
    assert marker_style("第五章") == "第N章"
    assert marker_style("(三)") != marker_style("三、")


def test_a_heading_of_the_fixed_order_is_never_nested_under_one_of_a_later_level() -> None:
    # an opening paragraph lists its own (一)(二); the speech's 一、 and 二、 that follow stay at the top
    text = ("同志们:\n今年工作有两个亮点。(一)项目落地快。开工数创新高。(二)服务质量优。满意度再提升。\n"
            "一、统一思想\n要提高认识。\n1.学深悟透。要原原本本学。\n二、狠抓落实\n要压实责任。\n")
    document = speechparse.parse_text(text)
    levels = {(section.marker, section.level) for section in document.sections()}
    assert ("一、", 1) in levels and ("二、", 1) in levels and ("1.", 2) in levels


def test_a_scheme_outside_the_fixed_order_is_still_nested_where_the_document_first_shows_it() -> None:
    text = ("一、统一思想\n要提高认识。\n第一,学深悟透。要原原本本学。\n第二,学以致用。要联系实际。\n"
            "二、狠抓落实\n要压实责任。\n")
    levels = {(section.marker, section.level) for section in speechparse.parse_text(text).sections()}
    assert ("第一,", 2) in levels and ("二、", 1) in levels


def test_a_speech_s_parts_by_what_they_treat_hold_its_bare_ordinals() -> None:
    text = ("第一个问题:为什么要学\n理论学习是必修课。\n第一,学习是责任。要带头学。\n第二,学习是本领。要常学常新。\n"
            "第二个问题:怎样学好\n要学用结合。\n")
    sections = [(section.marker, section.level) for section in speechparse.parse_text(text).sections()]
    assert sections == [("第一个问题:", 1), ("第一,", 2), ("第二,", 2), ("第二个问题:", 1)]


def _outline(text: str) -> list[tuple[str, int, int | None, str]]:
    nodes = [node for _, node in speechparse.parse_text(text).walk()
             if isinstance(node, (speechparse.Section, speechparse.Point))]
    return [(node.marker, node.number, node.level, node.heading) if isinstance(node, speechparse.Section)
            else (node.marker, node.number, None, node.lead) for node in nodes]


def test_roman_numerals_head_the_parts_above_the_letters_under_them() -> None:
    outline = _outline("梧桐读书会章程\nⅠ、总则\nA. 名称\n本会名称为梧桐读书会。\n"
                       "Ⅱ、会员\nA. 入会条件\n年满十八周岁。\n")
    assert outline == [
        ("Ⅰ、", 1, 1, "总则"), ("A.", 1, 2, "名称"), ("Ⅱ、", 2, 1, "会员"), ("A.", 1, 2, "入会条件")]


def test_articles_numbered_in_figures_are_articles() -> None:
    outline = _outline("梧桐读书会管理规定\n第一章 总则\n第1条 为了规范活动,制定本规定。\n"
                       "第2条 理事会履行下列职责:\n(一)制定年度计划;\n(二)审议会员申请。\n")
    assert [(marker, number, level) for marker, number, level, _ in outline] == [
        ("第一章", 1, 1), ("第1条", 1, 2), ("第2条", 2, 2), ("(一)", 1, None), ("(二)", 2, None)]


def test_a_space_between_a_numeral_and_its_mark_keeps_the_marker() -> None:
    outline = _outline("读书月活动方案\n一 、活动目的\n营造读书氛围。\n二 、活动安排\n1 . 开展读书分享。每月一次。\n"
                       "2 . 评选书香家庭。年底评选。\n")
    assert [(marker, number, level) for marker, number, level, _ in outline] == [
        ("一 、", 1, 1), ("二 、", 2, 1), ("1 .", 1, 2), ("2 .", 2, 2)]


def test_a_speaker_counting_any_kind_of_thing_with_a_colon_divides_the_talk() -> None:
    outline = _outline("同志们:\n今天我提两点希望。\n第一点希望:要多读书。\n读书使人明智。\n"
                       "第二点希望:要勤实践。\n实践出真知。\n")
    assert [(marker, number, heading) for marker, number, _, heading in outline] == [
        ("第一点希望:", 1, "要多读书"), ("第二点希望:", 2, "要勤实践")]


def test_a_decimal_heading_may_end_in_a_dot() -> None:
    outline = _outline("读书月活动方案\n1.1. 活动目的\n营造读书氛围。\n1.2. 活动安排\n每月一次。\n")
    assert [(marker, number) for marker, number, _, _ in outline] == [("1.1.", 1), ("1.2.", 2)]


def test_chinese_numerals_with_a_closing_bracket_only_head_sections_above_their_figures() -> None:
    outline = _outline("梧桐社区读书角建设方案\n一）建设目标\n年底前建成读书角五处。\n二）建设任务\n"
                       "1）选定场地。由各网格自行推荐。\n2）配齐图书。向居民募集旧书。\n三）工作要求\n按时完成。\n")
    assert [(marker, number, level) for marker, number, level, _ in outline] == [
        ("一）", 1, 1), ("二）", 2, 1), ("1）", 1, 2), ("2）", 2, 2), ("三）", 3, 1)]


def test_a_chinese_numeral_closing_a_bracket_inside_a_sentence_is_no_heading() -> None:
    outline = _outline("梧桐社区读书角建设方案\n一、建设目标\n经费按标准执行（见附表一）后报街道审核。\n"
                       "各网格要按照规定（第二）执行。\n二、工作要求\n按时完成。\n")
    assert [marker for marker, _, _, _ in outline] == ["一、", "二、"]


def test_an_excerpt_that_opens_inside_a_division_keeps_its_first_heading_and_the_next_division_above_it() -> None:
    text = ("第三节 加强区域协作\n主动对接周边县市,推进交通互联和产业协作。\n"
            "第五篇 推进乡村全面振兴\n第十二章 提高农业质量效益\n第一节 稳定粮食生产\n严守耕地保护红线。\n"
            "第二节 做强特色产业\n发展茶叶、中药材等特色产业。\n")
    assert [(marker.strip(), number, level) for marker, number, level, _ in _outline(text)] == [
        ("第三节", 3, 1), ("第五篇", 5, 1), ("第十二章", 12, 2), ("第一节", 1, 3), ("第二节", 2, 3)]


def test_a_sentence_that_opens_with_a_division_s_ordinal_heads_nothing() -> None:
    text = "同志们:\n这份材料总体写得不错。\n第二部分可以再加点数据,论证会更有力。\n其他部分我没有意见。\n"
    assert _outline(text) == []


def test_a_note_s_mark_inside_a_paragraph_and_its_note_under_the_rule_head_nothing() -> None:
    text = ("一、扎根人民\n一位老大爷给值守人员送来热姜汤,他说:“你们守着堤,我们守着你们。”①那一刻我懂得了鱼水情深。\n"
            "二、理论铸魂\n我写的学习体会被内刊选用。②这让我明白,理论是实践的指南。\n————————\n① 据发言人回忆整理。\n"
            "② 该文刊于内部刊物2031年第11期。\n")
    assert [marker for marker, *_ in _outline(text)] == ["一、", "二、"]


def test_a_list_s_circled_items_inside_a_paragraph_still_head_their_items() -> None:
    text = "一、主要任务\n今年重点抓好两项工作。①完善机制。②推进整治。\n二、保障措施\n加强组织领导。\n"
    assert [marker for marker, *_ in _outline(text)] == ["一、", "①", "②", "二、"]


def test_one_heading_missed_in_a_run_together_text_loses_only_itself() -> None:
    # (a copy that ran paragraphs together: a heading of no mark leaves the next one glued to its words)
    text = ("石桥镇端午活动方案\n为弘扬传统文化,制定本方案。一、指导思想坚持以文化人。"
            "二、活动主题粽情端午 和美石桥三、活动时间端午节当天上午。四、组织机构成立活动领导小组。"
            "五、工作要求各单位要高度重视。\n")
    assert [number for _, number, _, _ in _outline(text)] == [1, 2, 4, 5]


def _levels(text: str) -> list[tuple[str, int]]:
    return [(section.marker.strip(), section.level) for section in speechparse.parse_text(text).sections()]


def test_steps_after_an_agenda_of_bare_lines_are_not_its_last_items_children() -> None:
    text = ("枫林社区居民代表会议记录\n会议议程:\n1、通报上半年工作\n2、讨论停车位方案\n3、表决物业合同\n"
            "会议过程:\n第一项:通报工作。\n主任通报了社区上半年工作。\n第二项:讨论方案。\n代表们发言踊跃。\n"
            "第三项:表决合同。\n全体代表举手表决。\n")
    assert _levels(text) == [("1、", 1), ("2、", 1), ("3、", 1), ("第一项:", 1), ("第二项:", 1), ("第三项:", 1)]


def test_a_part_named_in_brackets_starts_its_numbering_afresh() -> None:
    text = ("守护绿水青山主题班会\n【活动准备】\n1.场地。布置班级展板。\n2.材料。准备垃圾分类卡片。\n"
            "【活动流程】\n同学们,今天的班会分两个环节。\n第一个环节:认识身边的河流\n(一)河流的来历\n"
            "我们的母亲河发源于北山。\n(二)河流的变化\n这些年河水越来越清了。\n"
            "第二个环节:做护河小卫士\n(一)分组巡河\n每组认领一段河岸。\n")
    assert _levels(text) == [("1.", 1), ("2.", 1), ("第一个环节:", 1), ("(一)", 2), ("(二)", 2),
                             ("第二个环节:", 1), ("(一)", 2)]


def test_a_scheme_opening_right_under_the_last_bare_line_is_its_child() -> None:
    text = "活动方案\n一、活动目的\n二、参加对象\n三、活动安排\n(一)启动仪式。在广场举行。\n(二)展演活动。分片进行。\n"
    assert _levels(text) == [("一、", 1), ("二、", 1), ("三、", 1), ("(一)", 2), ("(二)", 2)]


def test_items_holding_sentences_on_their_lines_keep_a_later_scheme_under_the_last() -> None:
    text = ("工作总结\n一、抓学习。全年学习十二次。\n二、抓项目。新建项目三个。\n三、抓民生。办成实事五件。\n"
            "围绕民生,重点做了三件事。\n1.修路。修通村道八公里。\n2.改水。新建水厂一座。\n")
    assert _levels(text) == [("一、", 1), ("二、", 1), ("三、", 1), ("1.", 2), ("2.", 2)]


def test_a_part_numbered_in_another_scheme_by_a_careless_writer_continues_its_siblings() -> None:
    text = ("一、提高认识\n要认识到重要性。\n二、突出重点\n(一)抓好学习\n要学习。\n(二)抓好宣传\n要宣传。\n"
            "3、加强组织领导\n(一)健全机制\n要健全。\n(二)强化考核\n要考核。\n")
    document = speechparse.parse_text(text)
    assert [(section.marker, section.level) for section in document.sections()] == [
        ("一、", 1), ("二、", 1), ("(一)", 2), ("(二)", 2), ("3、", 1), ("(一)", 2), ("(二)", 2)]
    assert "mixed_scheme" in {warning.code for warning in document.warnings}


def test_two_parts_numbered_in_figures_between_parts_in_words_continue_their_siblings() -> None:
    text = ("文明出行倡议书\n一、遵守秩序。排队购票。\n二、爱护古迹。不刻不画。\n三、保护环境。垃圾入桶。\n"
            "4、注意安全。量力而行。\n5.尊重民俗。礼貌待人。\n六、理性消费。依法维权。\n七、文明用餐。拒绝浪费。\n")
    document = speechparse.parse_text(text)
    assert [(section.number, section.level) for section in document.sections()] == [
        (1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1)]


def test_a_list_that_restarts_inside_the_last_part_closes_where_the_parts_numbering_goes_on() -> None:
    text = ("运动会秩序册\n一、大会日程\n开幕式上午九时举行。\n二、竞赛规程\n按规程执行。\n三、青年志愿服务倡议书\n"
            "一、争做志愿精神的传播者。\n二、争做文明城市的建设者。\n四、表彰决定\n对先进集体予以表彰。\n")
    document = speechparse.parse_text(text)
    assert [(section.marker, section.level) for section in document.sections()] == [
        ("一、", 1), ("二、", 1), ("三、", 1), ("一、", 2), ("二、", 2), ("四、", 1)]


def test_a_numbering_that_starts_again_and_runs_to_the_end_is_a_part_of_its_own() -> None:
    text = ("两个文件\n一、总体要求\n坚持统筹。\n二、主要任务\n抓好落实。\n关于第二个文件\n一、工作目标\n完成任务。\n"
            "二、工作措施\n加强领导。\n三、工作要求\n按时报送。\n")
    assert [section.level for section in speechparse.parse_text(text).sections()] == [1, 1, 1, 1, 1]


def test_a_numbering_under_a_paragraph_that_sums_up_a_run_of_siblings_belongs_to_their_parent() -> None:
    text = ("一、典型案例\n(一)甲某受贿案。甲某收受财物。\n(二)乙某挪用案。乙某挪用公款。\n"
            "(三)丙某吃喝案。丙某接受宴请。\n这些案例教训深刻,原因有以下几点:\n第一,理想信念动摇。\n第二,侥幸心理作祟。\n二、工作要求\n要严守纪律。\n")
    levels = [(section.marker, section.level) for section in speechparse.parse_text(text).sections()]
    assert levels == [("一、", 1), ("(一)", 2), ("(二)", 2), ("(三)", 2), ("第一,", 2), ("第二,", 2), ("二、", 1)]


def test_a_heading_repeating_its_siblings_number_where_the_next_is_missing_is_the_next() -> None:
    text = ("一、成绩\n(一)抓学习。全年学习十二次。\n(二)抓项目。新建项目三个。\n1.修路。\n2.改水。\n"
            "(二)抓民生。办成实事五件。\n(四)抓作风。开展专项整治。\n二、打算\n(一)稳增长。\n(二)惠民生。\n(三)强作风。\n")
    document = speechparse.parse_text(text)
    assert [(section.marker, section.number, section.level) for section in document.sections()] == [
        ("一、", 1, 1), ("(一)", 1, 2), ("(二)", 2, 2), ("1.", 1, 3), ("2.", 2, 3), ("(二)", 2, 2), ("(四)", 4, 2),
        ("二、", 2, 1), ("(一)", 1, 2), ("(二)", 2, 2), ("(三)", 3, 2)]
    assert "repeated_number" in {warning.code for warning in document.warnings}
    assert "numbering_gap" not in {warning.code for warning in document.warnings}


def test_a_heading_repeating_its_siblings_number_where_the_next_follows_is_no_section() -> None:
    # (a paragraph pasted twice: its copy's marker repeats, and the run's own next number comes after it)
    text = ("一、成绩\n(一)抓学习。全年学习十二次。\n(二)抓项目。新建项目三个。\n(二)抓项目。新建项目三个。\n"
            "(三)抓作风。\n")
    assert [section.marker for section in speechparse.parse_text(text).sections()] == ["一、", "(一)", "(二)", "(三)"]


def test_a_last_heading_repeating_its_siblings_number_over_a_list_of_its_own_is_the_next() -> None:
    text = ("一、成绩\n(一)抓学习。全年学习十二次。\n(二)抓项目。\n1.修路。\n2.改水。\n3.建桥。\n"
            "(二)抓作风。\n1.查纪律。\n2.纠四风。\n二、打算\n要再接再厉。\n")
    document = speechparse.parse_text(text)
    assert [(section.marker, section.number, section.level) for section in document.sections()] == [
        ("一、", 1, 1), ("(一)", 1, 2), ("(二)", 2, 2), ("1.", 1, 3), ("2.", 2, 3), ("3.", 3, 3), ("(二)", 2, 2),
        ("1.", 1, 3), ("2.", 2, 3), ("二、", 2, 1)]


def test_a_heading_and_its_list_pasted_twice_stay_one_part() -> None:
    text = ("一、成绩\n(一)抓学习。全年学习十二次。\n(二)抓项目。\n1.修路。\n2.改水。\n"
            "(二)抓项目。\n1.修路。\n2.改水。\n二、打算\n要再接再厉。\n")
    markers = [section.marker for section in speechparse.parse_text(text).sections()]
    assert markers.count("(二)") == 1


def test_a_page_chunks_number_is_no_sibling_where_the_runs_own_next_number_follows() -> None:
    text = "一、提高认识\n要认识到重要性。\n二、突出重点\n要突出。\n3、\n重点工作要抓。\n三、强化保障\n要保障。\n"
    document = speechparse.parse_text(text)
    assert [section.marker for section in document.sections()] == ["一、", "二、", "三、"]


def test_a_part_written_like_its_siblings_continues_them_though_its_scheme_numbers_items_below() -> None:
    text = ("一、提高认识\n要认识到重要性。\n二、突出重点\n1.抓好学习\n要学习。\n2.抓好宣传\n要宣传。\n"
            "3.抓好落实\n要落实。\n3、加强组织领导\n要加强领导。\n")
    document = speechparse.parse_text(text)
    assert [(section.marker, section.level) for section in document.sections()][-1] == ("3、", 1)


def test_clauses_of_a_sentence_a_preview_cut_off_in_its_last_clause_are_points_still() -> None:
    text = ("关于开展消防宣传月活动的通知\n一、报送要求\n活动结束后报送总结。总结内容包括:①活动的基本情况;②取得的成效;"
            "③存在的问题;④下一步的工作打\n")
    outline = _outline(text)
    assert [(marker, level) for marker, _, level, _ in outline] == [("一、", 1), ("①", None), ("②", None),
                                                                     ("③", None), ("④", None)]


def test_clauses_that_do_not_run_to_the_texts_end_need_their_close() -> None:
    # (a guard: an item left open, the text going on under it, still heads the text it stands over)
    text = ("关于开展消防宣传月活动的通知\n一、报送要求\n总结内容包括:①活动的基本情况;②取得的成效;③存在的问题\n"
            "各单位要认真梳理存在的问题,逐项整改。\n")
    assert [(marker, level) for marker, _, level, _ in _outline(text)] == [("一、", 1), ("①", 2), ("②", 2), ("③", 2)]


def test_agenda_items_the_chair_leads_from_the_second_are_sections_when_the_first_went_unnumbered() -> None:
    text = ("梧桐县个体劳动者协会换届大会主持词\n各位会员:\n现在,我宣布大会开幕!请全体起立,奏唱国歌。\n"
            "下面,进行大会第二项议程:审议工作报告。\n有请会长作报告。\n进行第三项议程:审议财务报告。\n"
            "有请监事长作报告。\n进行第四项议程:选举新一届理事会。\n请监票人就位。\n")
    assert [(marker, number, level) for marker, number, level, _ in _outline(text)] == [
        ("第二项议程:", 2, 1), ("第三项议程:", 3, 1), ("第四项议程:", 4, 1)]


def test_an_items_number_before_an_age_is_a_marker_not_a_decimal() -> None:
    text = ("关于开展重阳节走访慰问工作的通知\n一、慰问对象\n全体离退休干部。\n二、慰问标准\n"
            "1.离休干部每人慰问金XXX元,并赠送慰问品一份;\n2.80周岁以上退休干部每人慰问金XXX元;\n"
            "3.困难老党员每人慰问金XXX元;\n4.其他对象每人赠送慰问品。\n")
    assert [marker for marker, *_ in _outline(text)] == ["一、", "二、", "1.", "2.", "3.", "4."]


def test_a_decimal_quantity_at_a_lines_start_is_no_marker() -> None:
    # (a guard: 1.5万 is a figure, whatever line it opens)
    text = "全县粮食工作情况\n一、主要成效\n1.5万亩高标准农田全部建成。\n二、存在问题\n仓容不足。\n"
    assert [marker for marker, *_ in _outline(text)] == ["一、", "二、"]


def test_numbered_sentences_run_on_in_one_paragraph_are_points() -> None:
    text = ("梧桐县社保基金预算执行情况报告\n一、下一步工作\n为管好用好基金,我们将着力抓好三项工作。"
            "1.健全基金预算管理制度,规范收支行为。2.强化基金监督检查,严防跑冒滴漏。3.加大政策宣传力度,提高群众知晓率。\n二、有关建议\n加强部门协作。\n")
    assert [(marker, level) for marker, _, level, _ in _outline(text)] == [("一、", 1), ("1.", None), ("2.", None),
                                                                         ("3.", None), ("二、", 1)]


def test_clauses_a_quoted_speaker_numbers_are_points_and_a_quoted_agenda_step_is_no_section() -> None:
    text = ("梧桐县党校结业式侧记\n一、学员心声\n学员代表说:“这次学习收获很大。第一,要学会用理论武装头脑;"
            "第二,要把所学用到工作中;第三,要保持学习的习惯。”\n二、现场花絮\n主持人宣布:“下面进行第一项议程,颁发结业证书。”随后学员依次上台。\n")
    outline = _outline(text)
    assert [(marker, level) for marker, _, level, _ in outline] == [("一、", 1), ("第一,", None), ("第二,", None),
                                                                     ("第三,", None), ("二、", 1)]


def _turn(speaker: str, time: str, words: str) -> str:
    return f"{speaker}  {time}\n{words}\n"


#: a turn long enough to hold the floor (a speaker's part with its reasons)
_FLOOR = ("这项工作涉及面广、政策性强,各乡镇要主动对接、靠前服务,确保每一户群众的合理诉求都能得到及时回应和妥善解决。"
          "供热企业要加强值守,遇到管网故障第一时间组织抢修,决不能让群众在寒冬里挨冻。")


def test_a_new_speakers_parts_in_a_transcript_are_no_children_of_the_last_speakers_part() -> None:
    text = (_turn("冯某某", "00:00:04", "同志们,今天召开全县冬季供暖保障推进会。" + _FLOOR)
            + _turn("褚某某", "00:01:10", "第一,摸清供热底数。" + _FLOOR)
            + _turn("褚某某", "00:03:20", "第二,抓好管网检修。" + _FLOOR)
            + _turn("卫某某", "00:06:45", "第一个方面,要提高站位。" + _FLOOR)
            + _turn("卫某某", "00:09:30", "第二个方面,要压实责任。" + _FLOOR))
    assert [(marker, level) for marker, _, level, _ in _outline(text)] == [
        ("第一,", 1), ("第二,", 1), ("第一个方面,", 1), ("第二个方面,", 1)]


def test_a_short_remark_between_one_speakers_turns_leaves_the_speakers_list_open() -> None:
    text = (_turn("冯某某", "00:00:04", "第一个方面,要提高站位。" + _FLOOR + "一是思想认识要到位。" + _FLOOR)
            + _turn("褚某某", "00:03:12", "冯县长,投影好像断了。")
            + _turn("冯某某", "00:03:20", "二是工作措施要到位。" + _FLOOR)
            + _turn("冯某某", "00:05:41", "第二个方面,要压实责任。" + _FLOOR))
    assert [(marker, level) for marker, _, level, _ in _outline(text)] == [
        ("第一个方面,", 1), ("一是", None), ("二是", None), ("第二个方面,", 1)]
    first = next(speechparse.parse_text(text).sections())
    held = [point.marker for paragraph in first.children if isinstance(paragraph, speechparse.Paragraph)
            for point in paragraph.children if isinstance(point, speechparse.Point)]
    assert held == ["一是", "二是"]


def test_an_agenda_step_the_host_calls_holds_the_called_speakers_parts() -> None:
    text = (_turn("冯某某", "00:00:04", "同志们,现在开会。下面进行第一项议程,请褚某某同志通报供暖准备情况。")
            + _turn("褚某某", "00:00:40", "第一,摸清供热底数。" + _FLOOR)
            + _turn("冯某某", "00:04:02", "下面进行第二项议程,请卫某某同志讲话。")
            + _turn("卫某某", "00:04:15", "第一个方面,要提高站位。" + _FLOOR))
    assert [(marker, level) for marker, _, level, _ in _outline(text)] == [
        ("第一项议程,", 1), ("第一,", 2), ("第二项议程,", 1), ("第一个方面,", 2)]


def test_a_speech_recognisers_space_after_a_talks_part_counts_as_its_comma() -> None:
    text = ("同志们 今天我讲两个方面的意见\n第一个方面 要压实防火责任 各乡镇要守土尽责\n"
            "第二个方面 要抓好火源管控 严禁野外用火\n")
    assert [(marker.strip(), level) for marker, _, level, _ in _outline(text)] == [("第一个方面", 1), ("第二个方面", 1)]


def test_a_speech_recognisers_space_after_a_bare_ordinal_over_an_unmarked_heading_counts_as_its_comma() -> None:
    text = ("同志们\n今天我讲两点意见\n第一 要压实防火责任\n各乡镇要守土尽责 护林员要天天巡山\n"
            "第二 要抓好火源管控\n严禁野外用火\n")
    assert [(marker.strip(), level) for marker, _, level, _ in _outline(text)] == [("第一", 1), ("第二", 1)]


def test_a_bare_ordinal_and_a_space_before_a_sentence_is_no_heading() -> None:
    text = "全年工作情况如下。\n第一 季度完成投资五亿元,同比增长百分之八。\n第二 季度完成投资六亿元。\n"
    assert _outline(text) == []


def test_the_hosts_closing_points_after_a_speaker_stand_under_the_agenda_step_not_the_speakers_part() -> None:
    text = (_turn("冯某某", "00:00:04", "同志们,现在开会。下面进行第一项议程,请褚某某同志讲话。")
            + _turn("褚某某", "00:00:40", "第一,摸清供热底数。" + _FLOOR)
            + _turn("褚某某", "00:03:10", "第二,抓好管网检修。" + _FLOOR)
            + _turn("冯某某", "00:06:30", "好,刚才褚某某同志讲得很具体。" + _FLOOR
                    + "我再补充两点:一是会后三天内把任务分解到村;二是每周报送一次进展。"))
    document = speechparse.parse_text(text)
    step = next(document.sections())
    held = [node for node in step.children if isinstance(node, speechparse.Paragraph)
            and any(isinstance(point, speechparse.Point) for point in node.children)]
    assert step.marker == "第一项议程," and len(held) == 1
    assert [point.marker for point in held[0].children if isinstance(point, speechparse.Point)] == ["一是", "二是"]
