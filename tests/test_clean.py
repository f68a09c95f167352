"""Cleaning: page-chunk stitching and the map from cleaned offsets back to raw ones."""

from __future__ import annotations

from itertools import pairwise

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import speechparse
from speechparse.clean import clean
from speechparse.clean.chunks import PageChunkStitcher
from speechparse.clean.duplicates import _DIGIT, _VARIANT
from speechparse.clean.junk import _JAMMER_HINT, _SHORT_DOUBLE, _doubles_a_han_char
from speechparse.model import OffsetMap
from speechparse.widths import fold

_LONG = "各级党组织要切实加强领导,认真落实工作责任,确保各项任务落到实处。" * 5


def _chunked() -> str:
    return (
        "会议讲话.docx\n"
        f"1、{_LONG}要加强作\n"
        f"2、风建设{_LONG}把握形\n"
        f"3、势任务{_LONG}"
    )


def test_page_chunk_markers_are_removed_and_cut_words_rejoined() -> None:
    cleaned = clean(_chunked())
    assert "作风建设" in cleaned.text
    assert "形势任务" in cleaned.text
    assert "\n2、" not in cleaned.text and "1、" not in cleaned.text


def test_stitching_removes_only_markers_and_line_breaks() -> None:
    raw = _chunked()
    cleaned = clean(raw)
    chunk_removals = [removal for removal in cleaned.removals if removal.rule == "page_chunks"]
    assert [removal.text for removal in chunk_removals] == ["1、", "\n2、", "\n3、"]
    assert len(raw) - len(cleaned.text) == sum(len(removal.text) for removal in cleaned.removals)
    for removal in cleaned.removals:
        start, end = removal.span
        assert raw[start:end] == removal.text


def test_real_numbered_list_with_short_items_stays() -> None:
    raw = "工作要求如下:\n1、加强领导。\n2、落实责任。\n3、严格考核。\n"
    assert clean(raw).text == raw


def test_real_numbered_list_whose_items_end_sentences_stays() -> None:
    raw = f"工作要求如下:\n1、{_LONG}\n2、{_LONG}\n3、{_LONG}\n"
    assert clean(raw).text == raw


def test_chunk_run_needs_consecutive_numbers_from_one() -> None:
    runs = PageChunkStitcher(f"2、{_LONG}要\n3、求{_LONG}").runs
    assert runs == []


def test_page_chunks_numbered_from_the_second_page_are_removed_and_cut_words_rejoined() -> None:
    # a site that marks each page but the first: its markers cut a line of text in mid-word
    raw = f"会议讲话.docx\n{_LONG * 2}要加强作\n2、风建设{_LONG * 2}把握形\n3、势任务{_LONG}"
    cleaned = clean(raw)
    assert "作风建设" in cleaned.text and "形势任务" in cleaned.text
    assert [removal.text for removal in cleaned.removals if removal.rule == "page_chunks"] == ["\n2、", "\n3、"]


def test_page_markers_alone_on_their_lines_from_the_second_page_go_though_a_page_ends_a_sentence() -> None:
    # a site that sets each page's number alone on a line where the page turns, whatever the page ended with
    raw = f"谈心谈话记录表.doc\n{_LONG * 2}了解工作\n2、\n和生活中的困难。{_LONG}\n3、\n{_LONG}\n"
    cleaned = clean(raw)
    assert "了解工作和生活中的困难" in cleaned.text and "2、" not in cleaned.text and "3、" not in cleaned.text


def test_a_page_marker_alone_on_its_line_inside_an_items_sentence_goes_with_the_line_break_under_it() -> None:
    raw = (f"谈话记录.doc\n1、{_LONG * 2}了解工作\n2、风建设{_LONG * 2}\n1.各单位要在会后召开专题民主\n3、\n"
           f"生活会,深刻剖析原因。\n2.市纪委要开展督查。\n填表日期:____年__月__日\n4、\n填表说明:\n1.本表一式两份。\n")
    cleaned = clean(raw).text
    assert "召开专题民主生活会,深刻剖析原因。" in cleaned
    assert "填表日期:____年__月__日\n填表说明:" in cleaned  # (a label opens the line under it: its break stays)


def test_page_markers_before_the_mark_that_ends_a_clause_go_where_the_page_was_cut() -> None:
    # the pages were cut right after a heading's words, before its sentence's mark: no list's item opens with one
    # (a site that marks each page but the first)
    raw = (f"会议讲话.docx\n{_LONG * 2}\n(一)建立社工站\n2、,能够为群众提供服务。{_LONG * 2}\n1.统一标识\n"
           f"3、。{_LONG * 2}加强督\n4、导。{_LONG}\n")
    cleaned = clean(raw).text
    assert "(一)建立社工站,能够为群众提供服务。" in cleaned and "1.统一标识。" in cleaned and "加强督导。" in cleaned


def test_list_from_two_whose_first_item_stands_in_a_sentence_stays() -> None:
    # 1、 inside the sentence above, 2、 and 3、 on lines of their own: short items, no pages
    raw = f"{_LONG * 2}\n工作要求如下:1、加强领导,压实各方责任\n2、落实责任,细化工作措施\n3、严格考核,强化结果运用\n"
    assert clean(raw).text == raw


def test_marker_from_two_under_a_heading_without_sentence_end_stays() -> None:
    # a short line without a sentence end over 2、 is a heading, however long the text above it
    raw = f"{_LONG * 2}\n(一)强化组织领导\n2、{_LONG * 2}\n3、{_LONG}\n"
    assert clean(raw).text == raw


def test_page_markers_among_the_items_of_the_documents_own_list_go_and_the_list_stays() -> None:
    # the pages numbered on (2、3、4、) cut words between the items of the document's own list (1、…。 2、…。 3、…。)
    items = [f"{number}、抓好第{number}项工作。{_LONG}" for number in range(1, 7)]
    raw = (f"会议讲话.docx\n1、{_LONG * 2}要加强作\n2、风建设。\n二、重点工作\n{items[0]}\n{items[1]}缓解停车\n"
           f"3、难问题。\n{items[2]}\n{items[3]}协同育\n4、人。\n{items[4]}\n{items[5]}\n")
    cleaned = clean(raw)
    assert "作风建设" in cleaned.text and "停车难问题" in cleaned.text and "协同育人" in cleaned.text
    assert all(f"\n{item[:10]}" in cleaned.text for item in items)


def test_page_markers_numbered_on_past_a_list_whose_numbers_ran_into_theirs_go_and_the_list_stays() -> None:
    # the list's 1、2、3、 follow a colon and its clauses' ends, each item long; the pages' 3、 comes after them,
    # cutting a word, and the pages go on (4、 5、 6、), as the list's numbers would
    items = [f"1、甲村建立议事会制度,{_LONG};", f"2、乙村推行积分管理,{_LONG};", f"3、丙村开展评议活动,{_LONG}。"]
    raw = (f"会议讲话.docx\n1、{_LONG * 2}要加强作\n2、风建设{_LONG}各地形成了不少好经验:\n" + "\n".join(items)
           + f"\n{_LONG}存在的问题有\n3、的单位重视不够{_LONG * 2}把握形\n4、势任务{_LONG * 2}推动发\n5、展{_LONG * 2}"
           f"凝聚合\n6、力{_LONG}\n")
    cleaned = clean(raw)
    assert all(joined in cleaned.text for joined in ("作风建设", "问题有的单位", "形势任务", "推动发展", "凝聚合力"))
    assert all(f"\n{item}\n" in cleaned.text for item in items)


def test_a_page_marker_right_before_the_documents_own_marker_goes() -> None:
    # a page that turned where a numbered part begins: 3、(二)…, no list's item opens with another list's marker
    raw = (f"工作方案.docx\n{_LONG * 2}统一\n2、管理{_LONG * 2}\n3、(二)组织实施阶段。{_LONG * 2}现场\n"
           f"4、处置。{_LONG}\n")
    cleaned = clean(raw)
    assert "\n(二)组织实施阶段。" in cleaned.text and "现场处置" in cleaned.text and "3、" not in cleaned.text


def test_chunk_markers_are_read_at_the_text_start_and_after_each_line_break_with_their_indentation() -> None:
    text = f" 1、{_LONG}要\n\t2、求{_LONG}\n中3、不是\n  3、{_LONG}"
    [run] = PageChunkStitcher(text).runs
    assert [(marker.start, marker.number) for marker in run] == [
        (0, 1), (text.index("\t2、"), 2), (text.index("  3、"), 3)]
    assert [text[marker.start:marker.end].strip() for marker in run] == ["1、", "2、", "3、"]


def test_crlf_line_ends_become_lf() -> None:
    assert clean("第一行\r\n第二行\r\n").text == "第一行\n第二行\n"


def test_a_form_feed_at_a_page_break_goes_and_the_wrapped_line_joins() -> None:
    # pdftotext's output: lines cut at one width, a form feed before the next page's first word
    paragraph = ("各乡镇要依托农技服务中心开展良种推广和农机调度，确保春播任务按期完成，不误农时。"
                 "各村要组织党员干部深入田间地头，帮助群众解决实际困难，做到早安排、早部署、早落实，"
                 "为全年粮食丰收打下坚实基础。县农业农村局要加强技术指导，及时发布天气和病虫害信息。")
    lines = [paragraph[start:start + 20] for start in range(0, len(paragraph), 20)]
    lines[4] = "\f" + lines[4]
    cleaned = clean("梧桐县春耕工作方案\n" + "\n".join(lines) + "\n")
    assert paragraph in cleaned.text and "\f" not in cleaned.text
    assert any(removal.rule == "form_feeds" and removal.text == "\f" for removal in cleaned.removals)


def test_a_forum_s_bbcode_goes_and_the_heading_it_wrapped_is_read() -> None:
    raw = ("[size=4][b]某镇村务公开办法[/b][/size]\n[b]第一章　总则[/b]\n"
           "第一条　为规范村务公开,制定本办法。[attach]30512[/attach]\n"
           "[color=#333333]第二条　本办法适用于本镇各村。[/color]\n")
    document = speechparse.parse_text(raw)
    assert document.title == "某镇村务公开办法"
    assert "[" not in document.text and "30512" not in document.text
    [chapter] = document.body[1:]
    assert isinstance(chapter, speechparse.Section) and chapter.heading == "总则" and len(chapter.children) == 2


def test_an_e_mail_s_quote_marks_go_and_the_quoted_document_stays() -> None:
    quoted = ["在全县宣传工作会议上的主持词", "同志们:", "现在开会。今天会议有两项议程。", "一、请县委书记讲话。",
              "二、请各乡镇汇报。"]
    raw = "李主任:\n材料已改好,请审阅。\n\n" + "".join(f"> {line}\n" for line in quoted)
    cleaned = clean(raw)
    assert ">" not in cleaned.text and "\n".join(quoted) in cleaned.text
    assert {removal.rule for removal in cleaned.removals if ">" in removal.text} == {"copy.quote_mark"}


def test_one_line_opening_with_a_greater_than_sign_keeps_it() -> None:
    raw = "同志们:\n> 这是一行引文。\n我们要抓好落实。\n"
    assert clean(raw).text == raw


@pytest.mark.parametrize("caption", ["图为表彰大会现场", "图为县委书记在会上讲话(摄影:王小林)"])
def test_a_photo_caption_alone_on_its_line_goes(caption: str) -> None:
    raw = (f"同志们:\n今年以来,全县各项工作稳步推进。\n{caption}\n"
           "我们要对照年初确定的目标任务,逐项抓好落实,确保全年任务圆满完成。\n")
    assert clean(raw).text == raw.replace(f"{caption}\n", "")


def test_a_chat_group_s_senders_times_and_replies_go_and_a_message_cut_in_two_joins() -> None:
    raw = ("王丽\n6月27日 20:33\n一、深刻认识纪律建设的重要意义\n"
           "纪律严明是我们党的光荣传统。一个在作风上放松要求的人,也必然会在\n\n"
           "王丽\n6月27日 20:35\n纪律上出问题。\n\n李强\n6月27日 20:36\n收到[强]\n\n赵军 撤回了一条消息\n\n"
           "王丽\n6月27日 20:37\n[续]二、准确把握纪律的主要内容\n第一,政治纪律是最根本的纪律。\n")
    text = clean(raw).text
    assert "20:3" not in text and "撤回" not in text and "[续]" not in text  # (a reply, 收到[强], may stay)
    assert "也必然会在纪律上出问题。" in text and "\n二、准确把握纪律的主要内容\n" in text


def test_a_neighbours_group_names_its_members_by_their_flat_and_their_replies_go() -> None:
    notice = ("关于清理楼道杂物的通知\n各位居民:\n请于本周五前清理楼道内堆放的杂物,确保消防通道畅通。\n"
              "石桥社区居委会\n2033年3月2日\n")
    raw = ("社区-王丽 09:02\n" + notice + "\n3-201 张姐 09:05\n收到,马上清理\n\n"
           "12-1502 刘先生 09:07\n我家门口的鞋柜也要搬走吗?\n")
    text = clean(raw).text
    assert text.rstrip("\n") == notice.rstrip("\n")


_POSTED_NOTICE = ("关于开展楼道消防安全检查的通知\n各楼栋长:\n为消除火灾隐患,物业公司定于本周开展楼道消防安全检查,"
                  "请各楼栋长提前通知住户清理楼道堆物,配合检查人员入户查看燃气管道和电动车充电情况。\n"
                  "一、检查时间\n11月8日至11月10日。\n二、检查内容\n楼道堆物、电动车充电、燃气使用。\n")


def test_a_posters_own_chat_after_the_others_replies_goes_and_the_document_stays() -> None:
    raw = ("物业-小周 2031/11/5 09:12:30\n" + _POSTED_NOTICE + "\n楼栋长-老李 2031/11/5 09:20:11\n收到[强]\n"
           "楼栋长-老陈 2031/11/5 09:25:40\n3号楼周六能查吗?\n物业-小周 2031/11/5 09:30:02\n好的我问一下工程部\n"
           "物业-小周 2031/11/5 09:31:15\n有问题私聊我,谢谢[抱拳]\n")
    text = clean(raw).text
    assert text.rstrip("\n") == _POSTED_NOTICE.rstrip("\n")


def test_the_posters_message_that_goes_on_past_the_date_with_the_attachment_stays() -> None:
    notice = _POSTED_NOTICE + "某某物业服务中心\n2031年11月5日\n"
    attachment = "附件\n住户意见登记表\n姓名:______\n房号:______\n意见:______\n"
    raw = ("物业-小周 2031/11/5 09:12:30\n" + notice + "\n物业-小周 2031/11/5 09:13:02\n(续上)\n" + attachment
           + "楼栋长-老李 2031/11/5 09:20:11\n收到[强]\n楼栋长-老陈 2031/11/5 09:25:40\n收到\n")
    text = clean(raw).text
    assert text.rstrip("\n") == (notice + attachment).rstrip("\n")


def test_the_posters_word_after_sending_the_file_card_and_before_the_document_is_chat() -> None:
    raw = ("物业-小周 2031/11/5 09:10:02\n[文件] 关于开展楼道消防安全检查的通知.docx\n"
           "物业-小周 2031/11/5 09:11:40\n手机上打不开的看下面这条\n"
           "物业-小周 2031/11/5 09:12:30\n" + _POSTED_NOTICE + "\n楼栋长-老李 2031/11/5 09:20:11\n收到[强]\n"
           "楼栋长-老陈 2031/11/5 09:25:40\n收到\n")
    assert clean(raw).text.rstrip("\n") == _POSTED_NOTICE.rstrip("\n")


def test_a_chat_exports_header_its_days_between_rules_and_its_last_line_go() -> None:
    raw = ("企业微信 · 聊天记录\n群聊:某某花园物业服务群(36人)\n\n—————  2031年11月5日  —————\n\n"
           "物业-小周 09:12\n" + _POSTED_NOTICE + "\n—————  2031年11月6日  —————\n\n楼栋长-老李 10:05\n"
           "收到,马上通知住户\n\n楼栋长-老王 10:07\n5号楼没问题\n\n—————  以上为导出内容  —————\n")
    text = clean(raw).text
    assert text.rstrip("\n") == _POSTED_NOTICE.rstrip("\n")


def test_a_work_chats_day_rule_with_the_first_messages_time_and_a_mention_with_a_company_go() -> None:
    raw = ("—————— 2031年11月5日 上午 09:10 ——————\n\n物业-小周@某某物业  09:12\n" + _POSTED_NOTICE
           + "\n楼栋长-老李@某某花园  09:20\n第三条能不能改成周六?\n\n物业-小周@某某物业  09:22\n"
           "@楼栋长-老李@某某花园 好的,我改一下\n")
    assert clean(raw).text.rstrip("\n") == _POSTED_NOTICE.rstrip("\n")


def test_a_group_records_export_header_and_its_count_of_messages_go() -> None:
    raw = ("某钉群聊记录导出\n\n物业-小周 09:12\n" + _POSTED_NOTICE + "\n楼栋长-老李 10:05\n收到\n\n"
           "楼栋长-老王 10:07\n好的\n\n以上为群聊记录,共 3 条消息\n")
    assert clean(raw).text.rstrip("\n") == _POSTED_NOTICE.rstrip("\n")


def test_the_posters_short_word_after_the_others_answers_goes_and_a_part_sent_after_them_stays() -> None:
    part = "三、工作要求\n各楼栋长要提前通知住户,确保检查顺利进行。\n"
    raw = ("物业-小周 2031/11/5 09:12:30\n" + _POSTED_NOTICE + "\n楼栋长-老李 2031/11/5 09:20:11\n收到,马上通知\n"
           "物业-小周 2031/11/5 09:21:40\n" + part + "\n楼栋长-老陈 2031/11/5 09:25:40\n好的\n"
           "物业-小周 2031/11/5 09:30:02\n请各楼栋长于周五前把住户名单报物业服务中心\n\n—————  2031/11/5  —————\n")
    text = clean(raw).text
    assert "名单报物业" not in text and "三、工作要求\n各楼栋长要提前通知住户" in text


def test_one_name_over_one_time_is_no_chat() -> None:
    raw = "会议安排\n王丽\n08:30\n各单位负责同志参加会议。\n"
    assert clean(raw).text == raw


_NOTICE_WITH_DATE = ("关于开展河道垃圾清理活动的通知\n各村民小组:\n为改善河道环境,村委会定于本周六开展河道垃圾清理活动,"
                     "请各组组织党员和志愿者参加,自带手套和工具,上午八点在村委会门口集合,清理结束后统一登记参加人数。\n"
                     "一、清理范围\n村内主河道及两侧沟渠。\n二、有关要求\n注意安全,不得下水作业。\n"
                     "柳塘村村民委员会\n2033年4月7日\n")


def test_a_record_copied_without_times_loses_its_senders_answers_and_the_talk_after_the_date() -> None:
    raw = ("柳塘村工作群(56)\n村委-周敏:\n@所有人 通知发一下,请各组长转告\n村委-周敏:\n" + _NOTICE_WITH_DATE
           + "三组 何建国:\n收到\n王秀芝(五组):\n收到[强]\n村委-周敏:\n[图片]\n刘海:\n周六下雨的话还搞吗\n"
           "村委-周敏:\n下雨就改到周日,到时候群里通知\n")
    text = clean(raw).text
    assert _NOTICE_WITH_DATE.rstrip("\n") in text
    assert "周敏" not in text and "收到" not in text and "下雨" not in text and "转告" not in text


def test_the_answers_between_a_notices_messages_go_and_its_next_part_stays() -> None:
    first, second = _NOTICE_WITH_DATE.split("二、有关要求\n")
    raw = ("村委-周敏\n" + first + "村委-周敏\n[图片]\n何建国\n收到\n王秀芝\n好的\n村委-周敏\n二、有关要求\n" + second)
    assert clean(raw).text.rstrip("\n") == _NOTICE_WITH_DATE.rstrip("\n")


def test_a_long_senders_name_before_a_slashed_date_is_a_header_and_a_message_between_halves_goes() -> None:
    raw = ("【管理员】县农业农村局办公室-周 2031/9/14 9:20:15\n在全县秋收工作推进会上的讲话\n同志们:\n"
           "今年秋收面积大、时间紧,各乡镇要统筹农机调度,确保颗粒归仓。县里将组织专项督查,对进度\n"
           "【群主】县农业农村局-王 2031/9/14 9:21:02\n分段发吧,太长了发不出去\n"
           "【管理员】县农业农村局办公室-周 2031/9/14 9:21:07\n滞后的乡镇进行通报。\n"
           "某镇-李明 2031/9/14 9:22:40\n收到\n")
    text = clean(raw).text
    assert "对进度滞后的乡镇进行通报。" in text and "发不出去" not in text and "2031/9/14" not in text


_HEADER = "【管理员】县粮储科-李某 2031/5/10 9:12:{:02d}\n"


def test_a_sentence_a_messages_limit_split_joins_across_the_header_and_the_others_messages() -> None:
    raw = (_HEADER.format(1) + "某县2031年秋粮收购工作方案\n一、工作要求\n(一)压实收购责任。各乡镇粮站\n\n"
           + _HEADER.format(5) + "要按计划组织收购,站长为第一责任人。\n(二)严格执行最低收购价格\n\n"
           + "某镇-王某 2031/5/10 9:12:20\n收到\n\n" + _HEADER.format(30)
           + ",不得压级压价坑农害农。\n")
    text = clean(raw).text
    assert "各乡镇粮站要按计划组织收购" in text and "严格执行最低收购价格,不得压级压价" in text


def test_a_heading_or_a_date_ending_a_message_is_not_joined_to_the_next() -> None:
    raw = (_HEADER.format(1) + "某县2031年秋粮收购工作方案\n一、工作要求\n\n" + _HEADER.format(5)
           + "压实收购责任,各乡镇粮站要按计划组织收购,站长为第一责任人。\n"
           + "某县粮食和物资储备局\n2031年5月\n\n"
           + _HEADER.format(9) + "[文件] 考核细则.docx 24.6K\n")
    text = clean(raw).text
    assert "一、工作要求\n压实收购责任" in text and "2031年5月[" not in text


def test_a_work_chats_sender_lines_that_name_the_half_of_the_day_are_headers() -> None:
    raw = ("物业-小周　11月5日 上午9:12\n" + _POSTED_NOTICE + "\n楼栋长-老李　11月5日 上午9:20\n收到\n"
           "楼栋长-老陈　11月5日 下午2:05\n3号楼周六能查吗?\n")
    assert clean(raw).text.rstrip("\n") == _POSTED_NOTICE.rstrip("\n")


def test_a_posters_short_message_of_the_title_and_host_begins_the_document() -> None:
    raw = ("县应急局-刘某 2031/5/10 8:52:13\n各位,明天的主持词我改了一稿,大家再过一下\n\n"
           "县应急局-刘某 2031/5/10 8:52:40\n某县2031年防汛应急演练主持词\n(主持人:县防汛办主任 XXX)\n\n"
           "县水利局-陈某 2031/5/10 8:55:02\n好的\n\n"
           "县应急局-刘某 2031/5/10 8:53:11\n同志们:\n今天我们在这里举行防汛应急演练,检验预案、锻炼队伍。"
           "请各参演单位按照预案要求,迅速进入各自岗位,确保演练安全有序进行。各观摩人员请在指定区域观摩,"
           "不要随意走动。演练结束后,请各单位负责同志到主席台前集中,听取点评。下面,演练开始。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "某县2031年防汛应急演练主持词"
    assert document.text.startswith("某县2031年防汛应急演练主持词\n(主持人:县防汛办主任 XXX)\n同志们:")


def test_a_record_without_times_loses_its_head_and_answers_of_repeated_stickers() -> None:
    raw = ("柳塘村工作群(36)\n群公告  |  日程\n4月7日 星期五 09:15\n村委-周敏:\n" + _NOTICE_WITH_DATE
           + "何建国:\n收到\n王秀芝:\n[强][强]\n刘海:\n好的\n王秀芝:\n[玫瑰][玫瑰]\n")
    assert clean(raw).text.rstrip("\n") == _NOTICE_WITH_DATE.rstrip("\n")


def test_a_neighbourhood_groups_record_loses_the_talk_above_the_notice_and_the_sign_up_chain_below_it() -> None:
    # (the members named by building and flat, an answer of stickers, the residents' talk above the first known
    # sender, and a chain whose entries are numbered like a notice's items)
    raw = ("某某小区居民群(212)\n3月2日 晚上8:10\n5号楼2单元 老宋\n"
           "听说村里河道要清理了,我家门口那段沟渠堵了好几个月,一下雨就漫到路上,老人小孩走路都不方便,"
           "能不能这次一起弄一下,顺便把护栏也修修\n6号楼 小吴\n[链接] 某镇河道整治计划\n"
           "2号楼-301 钱阿姨\n[强]\n村委-周敏\n@所有人 通知发一下\n村委-周敏\n" + _NOTICE_WITH_DATE
           + "2号楼-301 钱阿姨\n[玫瑰][玫瑰]\n6号楼 小吴\n好的\n村委-周敏\n#接龙\n参加清理的请接龙\n"
           "1. 2-1-301 钱** 参加\n2. 6-2-102 吴** 参加\n")
    assert clean(raw).text.rstrip("\n") == _NOTICE_WITH_DATE.rstrip("\n")


def test_a_voice_messages_label_goes_with_its_senders_line_in_a_record_read_as_a_chat() -> None:
    raw = ("村民群(120)\n某某(村支书)\n[语音] 60″\n"
           "转文字:各位乡亲,今天我把村里今年的工作给大家说一说。第一个方面,讲讲去年村里合作社的收入情况,"
           "去年村集体收入比前年增长了两成,每笔开支都张贴公示了,大家可以去公开栏看。\n"
           "李某\n[强][强]\n某某(村支书)\n[语音] 31″\n转文字:第二个方面,讲一讲今年的打算。今年要把油茶基地管护好。\n"
           "某某(村支书)\n[图片]\n王某\n收到\n")
    text = speechparse.parse_text(raw).text
    assert "[语音]" not in text and "转文字" not in text and "第二个方面" in text and "收到" not in text


def test_a_meetings_chat_saved_to_text_keeps_the_hosts_pasted_notice_only() -> None:
    raw = ("09:58:47 来自 周敏 : 大家进会后把昵称改成村组加姓名\n09:59:30 来自 何建国 : 周主任好\n"
           "10:01:40 来自 周敏 : " + _NOTICE_WITH_DATE.split("二、有关要求\n")[0]
           + "10:01:58 来自 三组-王秀芝 : 收到\n10:02:31 来自 周敏 : 二、有关要求\n注意安全,不得下水作业。\n"
           "柳塘村村民委员会\n2033年4月7日\n10:04:15 来自 刘海 : 周六下雨还搞吗\n"
           "10:04:40 来自 周敏 : 下雨就改到周日\n")
    assert clean(raw).text.rstrip("\n") == _NOTICE_WITH_DATE.rstrip("\n")


def test_one_name_over_one_received_line_is_no_chat() -> None:
    raw = ("同志们:\n去年汛期,值班员在凌晨接到预警,他在对讲机里只回了两个字。\n值班员小李\n收到\n"
           "就是这两个字,背后是全体干部职工的责任和担当。我们要把这种精神传承下去,把各项工作做得更好。\n")
    assert clean(raw).text == raw


def test_the_posters_last_word_with_a_sticker_under_it_goes_after_the_answers() -> None:
    raw = ("物业-小周 2031/11/5 09:12:30\n" + _POSTED_NOTICE + "\n楼栋长-老李 2031/11/5 09:20:11\n收到[强]\n"
           "物业-小周 2031/11/5 09:31:15\n通知里时间写错了一天,以这条为准\n[表情]\n")
    assert clean(raw).text.rstrip("\n") == _POSTED_NOTICE.rstrip("\n")


@pytest.mark.parametrize(("open_", "close"), [("【", "】"), ("「", "」"), ("『", "』"), ("〖", "〗")])
def test_the_brackets_a_page_sets_a_numbered_heading_in_go(open_: str, close: str) -> None:
    raw = (f"学院工作要点\n{open_}一、加强思想理论武装{close}\n深化中心组学习。\n"
           f"{open_}二、提升组织力{close}\n规范组织生活。\n")
    cleaned = clean(raw)
    assert cleaned.text == raw.replace(open_, "").replace(close, "")
    assert {removal.rule for removal in cleaned.removals} == {"heading_decorations"}


def test_brackets_of_two_kinds_around_a_heading_stay() -> None:
    raw = "学院工作要点\n「一、加强思想理论武装】\n深化中心组学习。\n"
    assert clean(raw).text == raw


def test_a_bracketed_label_that_is_no_numbered_heading_keeps_its_brackets() -> None:
    raw = "学院工作要点\n【工作目标】\n深化中心组学习。\n"
    assert clean(raw).text == raw


def test_a_video_transcript_s_times_go_and_an_agenda_s_times_stay() -> None:
    transcript = "表彰大会主持词\n00:00 各位领导、同志们:\n00:04 下面进行大会第一项议程。\n00:09 请宣读表彰决定。\n"
    assert clean(transcript).text == "表彰大会主持词\n各位领导、同志们:\n下面进行大会第一项议程。\n请宣读表彰决定。\n"
    agenda = "培训班日程\n08:30 报到\n09:00 开班仪式\n10:00 专题辅导\n"
    assert clean(agenda).text == agenda


def test_a_caption_transcript_s_times_alone_on_their_lines_go_and_its_captions_meet() -> None:
    transcript = ("00:00\n大家好,欢迎来到党建小课堂。\n00:04\n今天是五四青年节,\n00:07\n我们聊一聊纪律。\n"
                  "00:11\n一是人情的坑,\n")
    assert clean(transcript).text.startswith("大家好,欢迎来到党建小课堂。\n今天是五四青年节,我们聊一聊纪律。\n")
    schedule = "培训班日程\n08:30\n报到\n09:00\n开班仪式\n10:00\n专题辅导\n"
    assert clean(schedule).text == schedule


def test_a_transcript_s_first_caption_that_is_a_title_of_the_genre_stands_alone() -> None:
    transcript = ("00:00\n山前县非遗展演开幕式主持词\n00:04\n(开场音乐起,主持人上场)\n00:08\n男:尊敬的各位领导,\n"
                  "00:11\n县卫健委通报\n00:14\n了上半年的工作情况。\n")
    text = clean(transcript).text
    assert text.startswith("山前县非遗展演开幕式主持词\n(开场音乐起,主持人上场)")
    assert "县卫健委通报了上半年的工作情况。" in text  # (a caption inside the transcript goes on, whatever it ends in)


def test_offsets_map_cleaned_positions_to_raw_positions() -> None:
    raw = _chunked()
    cleaned = clean(raw)
    for word in ("作风建设", "形势任务", "各级党组织"):
        position = cleaned.text.index(word)
        raw_position = cleaned.offsets.to_raw(position)
        assert raw[raw_position] == word[0]


def test_offset_map_deletions_compose() -> None:
    mapping = OffsetMap.identity(10).delete([(2, 4)])  # "0123456789" -> "01456789"
    assert mapping.to_raw(2) == 4
    mapping = mapping.delete([(0, 1)])  # -> "1456789"
    assert [mapping.to_raw(i) for i in range(7)] == [1, 4, 5, 6, 7, 8, 9]
    assert mapping.span_to_raw((0, 2)) == (1, 5)


def test_offset_map_says_whether_cleaning_removed_text_between_two_cleaned_offsets() -> None:
    mapping = OffsetMap.identity(10).delete([(2, 4)])  # "0123456789" -> "01456789": removed between 1 and 2
    assert mapping.removed_between(0, 2) and mapping.removed_between(1, 2)
    assert not mapping.removed_between(0, 1) and not mapping.removed_between(2, 8)


def test_offset_map_tells_removed_text_from_removed_white_space() -> None:
    raw = "标题上半\n\n标题下半\n网站名\n正文"
    mapping = OffsetMap.identity(len(raw)).delete([(5, 6), (10, 14)])  # a blank line, then a site's line
    text = "标题上半\n标题下半\n正文"
    assert mapping.removed_between(4, 5) and not mapping.removed_text_between(raw, 4, 5)
    assert mapping.removed_text_between(raw, 8, 9)  # a site's line stood between 标题下半 and the line break
    assert not mapping.removed_text_between(raw, 0, 4)
    assert text[8:10] == "半\n"


def test_paragraphs_are_parted_by_one_line_break_whatever_their_layout() -> None:
    raw = "\u3000\u3000各单位要认真落实。 \n\n\n  \t\n\u3000\u3000二要抓好督查。\u3000\n"
    cleaned = clean(raw)
    assert cleaned.text == "各单位要认真落实。\n二要抓好督查。\n"
    assert {removal.rule for removal in cleaned.removals} == {"paragraph_spacing"}
    assert all(removal.text.isspace() for removal in cleaned.removals)


def test_spaces_inside_a_line_are_not_layout() -> None:
    assert clean("2031年　春季工作安排\n各单位要认真落实。\n").text == "2031年　春季工作安排\n各单位要认真落实。\n"


def test_offset_map_finds_the_cleaned_offset_of_a_kept_raw_character_and_none_for_a_removed_one() -> None:
    mapping = OffsetMap.identity(10).delete([(2, 4)]).delete([(0, 1)])  # "0123456789" -> "1456789"
    assert [mapping.from_raw(raw) for raw in range(10)] == [None, 0, None, None, 1, 2, 3, 4, 5, 6]
    assert OffsetMap.from_pieces(mapping.pieces) == mapping


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=4),
       st.integers(0, 40), st.integers(0, 12))
def test_raw_pieces_of_a_cleaned_span_are_the_raw_positions_of_its_characters(
        cuts: list[tuple[int, int]], start: int, length: int) -> None:
    raw = "".join(chr(0x4E00 + index) for index in range(40))
    mapping, text = OffsetMap.identity(len(raw)), raw
    for at, width in cuts:  # delete one span at a time, as cleaning's rules do
        if at >= len(text):
            continue
        mapping = mapping.delete([(at, min(len(text), at + width))])
        text = text[:at] + text[at + width:]
    start, end = min(start, len(text)), min(len(text), start + length)
    pieces = mapping.raw_pieces((start, end))
    assert "".join(raw[piece_start:piece_end] for piece_start, piece_end in pieces) == text[start:end]
    assert all(piece_end > piece_start for piece_start, piece_end in pieces)
    # each piece is as long as it can be: two pieces never touch (they would be one)
    assert all(left[1] < right[0] for left, right in pairwise(pieces))


class _SliceCountingText(str):
    """A text that counts the characters its slices copy: the work a scan does behind its back."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        piece = super().__getitem__(key)
        if isinstance(key, slice):
            _SliceCountingText.copied += len(piece)
        return piece


def test_a_site_header_before_thousands_of_lone_first_markers_is_stitched_in_linear_work() -> None:
    # after a site's header, each lone 1、 asks whether it opens the text: asking by copying
    # everything before it made a file-name line and n such lines cost n² (25 s for n = 80,000)
    text = _SliceCountingText("".join(f"1、第{index}条内容\n" for index in range(3000)))
    _SliceCountingText.copied = 0
    stitcher = PageChunkStitcher(text, after_site_header=True)
    stitcher.deletions()
    assert _SliceCountingText.copied <= 4 * len(text)


def test_the_doubling_count_uses_re_but_finds_what_regex_finds() -> None:
    # the pattern is compiled with re for speed; its class must treat \x1c-\x1f as regex's \S does
    reference = regex.compile(r"(\S{1,3}?)\1")
    samples = ["第第一一章章", "会议议 开开 始始", "a\x1c\x1cb\x1f\x1f", "abab cdcdcd", "\u3000\u3000 一一",
               "xx\u00a0\u00a0yy"]
    for sample in samples:
        assert [match.span() for match in _SHORT_DOUBLE.finditer(sample)] == \
            [match.span() for match in reference.finditer(sample)], sample


def test_no_han_character_stands_before_u2e80() -> None:
    # the doubling check looks for doubled characters from U+2E80 on, then asks whether they are Han
    han = regex.compile(r"\p{Han}")
    assert [hex(code) for code in range(0x2E80) if han.match(chr(code))] == []
    assert han.match("\u2e80") is not None


@given(st.text(alphabet="研究第一 a。、\u3007\u2e80\U00020000\n", max_size=30))
def test_a_han_character_written_twice_is_found_as_regex_finds_it(text: str) -> None:
    assert _doubles_a_han_char(text) == (regex.search(r"(\p{Han})\1", text) is not None)


@given(st.text(alphabet="ab1$!{ \u00a0\n中文", max_size=30))
def test_the_jammer_hint_is_found_in_exactly_the_folded_texts_that_hold_three_spaced_tokens(text: str) -> None:
    three_spaced_tokens = regex.compile(r"(?:[\x21-\x7e]{1,2}[ \u00a0]{1,2}){3}")
    folded = fold(text)
    assert (_JAMMER_HINT.search(folded) is None) == (three_spaced_tokens.search(folded) is None)


def test_what_rules_derive_from_the_text_is_made_once_per_text_and_again_after_a_removal() -> None:
    from speechparse.clean import CleanState

    made: list[str] = []

    def first_line(text: str) -> str:
        made.append(text)
        return text.split("\n", 1)[0]

    state = CleanState("页眉文字\n一、总体要求\n")
    assert state.derived(first_line) == "页眉文字" and state.derived(first_line) == "页眉文字"
    assert len(made) == 1
    state.remove([(0, 5)])
    state.commit()
    assert state.derived(first_line) == "一、总体要求" and len(made) == 2


@given(st.lists(st.sampled_from(["讲话", "方案", "[", "]", "(", ")", "篇", "2", "12", "在会上的", " ", "通知"]),
                max_size=10).map("".join))
def test_a_variant_number_is_found_only_in_a_line_holding_a_digit(line: str) -> None:
    # the variant search is skipped on title lines without a digit: every variant number holds one
    if _VARIANT.search(line) is not None:
        assert _DIGIT.search(line) is not None


_FULL_STOPS = "今年工作有了新进展。各项任务完成良好。群众满意度提高。"


def test_a_dot_sprinkled_between_words_of_a_text_with_full_stops_is_removed() -> None:
    cleaned = clean(f"经济.发展稳中有进。{_FULL_STOPS}")
    assert cleaned.text.startswith("经济发展稳中有进。")
    assert [removal.rule for removal in cleaned.removals] == ["stray_dots"]


def test_the_dot_of_a_numbered_heading_is_no_stray_dot() -> None:
    raw = f"一.总体情况\n{_FULL_STOPS}\n  二．存在不足\n问题仍然不少。第三.下步打算要明确。\n"
    cleaned = clean(raw)
    assert "一.总体情况" in cleaned.text and "二.存在不足" in cleaned.folded
    assert "第三.下步打算" in cleaned.text
    assert [removal.rule for removal in cleaned.removals] == ["paragraph_spacing"]  # the indent of 二．, no dot


def test_a_text_that_ends_its_sentences_with_the_half_width_dot_is_read_as_ending_them() -> None:
    raw = ("发言提纲\n一.存在的问题\n1 学习不够系统.碎片化的多,系统学的少.\n2 服务还有差距.上门次数不够.\n"
           "二.原因分析\n一是思想上放松了.二是宗旨意识淡了.\n")
    document = speechparse.parse_text(raw)
    assert document.text.rstrip("\n") == raw.rstrip("\n")  # every dot stays as typed, no line joined to the next
    assert [(section.marker, section.level) for section in document.sections()] == [
        ("一.", 1), ("1", 2), ("2", 2), ("二.", 1)]
    assert [point.marker for point in document.points()] == ["一是", "二是"]


def test_a_dot_after_a_numeral_inside_a_sentence_is_still_stray() -> None:
    cleaned = clean(f"全年完成了一.大批项目。{_FULL_STOPS}")
    assert "完成了一大批项目" in cleaned.text


def test_a_dot_before_a_points_marker_is_a_misread_full_stop_in_a_text_of_full_stops() -> None:
    raw = f"一、抓好安全生产\n各单位要压实责任不放松.一是要排查隐患。二是要完善预案。{_FULL_STOPS}\n"
    document = speechparse.parse_text(raw)
    assert "不放松.一是" in document.text  # the dot stays as typed, read as the full stop it stands for
    assert [point.marker for point in document.points()] == ["一是", "二是"]


def test_a_dot_inside_a_word_of_one_before_a_marker_like_numeral_is_still_stray() -> None:
    assert clean(f"这是第.一要务。要统.一思想。{_FULL_STOPS}").text.startswith("这是第一要务。要统一思想。")


def test_a_title_printed_again_above_the_body_loses_its_earlier_copy() -> None:
    raw = "关于做好秋季防火工作的通知\n发布日期:2031年9月1日\n关于做好秋季防火工作的通知\n各乡镇:\n请做好防火工作。\n"
    cleaned = clean(raw)
    assert cleaned.text.count("关于做好秋季防火工作的通知") == 1
    assert "repeated_title_lines" in [removal.rule for removal in cleaned.removals]


def test_a_booklets_contents_apart_from_its_label_and_its_body_by_blank_lines_go() -> None:
    # (the first entry, a talk's title, leads to no page: its subtitle under it does)
    raw = ("目  录\n\n守正创新 实干担当\n——在全镇青年干部座谈会上的讲话……………1\n一、坚定理想信念……………2\n"
           "二、勇于担当作为……………5\n\n守正创新 实干担当\n——在全镇青年干部座谈会上的讲话\n同志们:\n"
           "今天召开座谈会。\n一、坚定理想信念\n要加强学习。\n")
    text = clean(raw).text
    assert text.startswith("守正创新 实干担当\n——在全镇青年干部座谈会上的讲话\n同志们:") and "……" not in text


def test_a_booklets_contents_with_group_headings_and_wrapped_entries_go() -> None:
    # (the groups' headings lead to no page, and a long entry's page number stands on its second line)
    raw = ("目    录\n一、政策文件\n梧桐县关于推进全民阅读进一步加强书香社会\n  建设的实施意见 ……………………… 1\n"
           "梧桐县农家书屋管理办法 …………………… 7\n二、经验交流\n书香满村——石桥镇农家书屋纪实 ………… 12\n\n"
           "梧桐县农家书屋管理办法\n第一章 总则\n第一条 为规范农家书屋管理,制定本办法。\n")
    text = clean(raw).text
    assert text.startswith("梧桐县农家书屋管理办法\n第一章") and "……" not in text and "政策文件" not in text


def test_a_booklets_contents_with_page_numbers_in_brackets_go() -> None:
    raw = ("目    录\n梧桐县农家书屋管理办法 ……………………… （1）\n梧桐县全民阅读工作要点 …………………… （7）\n\n"
           "梧桐县农家书屋管理办法\n第一章 总则\n第一条 为规范农家书屋管理,制定本办法。\n")
    text = clean(raw).text
    assert text.startswith("梧桐县农家书屋管理办法\n第一章") and "……" not in text


def test_a_compilations_cover_and_foreword_above_its_contents_go_with_them() -> None:
    # (the copy holds the volume's front, then one of its documents: not the first it lists)
    raw = ("梧 桐 县 文 化 工 作 文 件 汇 编\n（2033年度）\n梧桐县文化馆 编\n二〇三四年一月\n\n编印说明\n"
           "本书收录县委、县政府年度出台的主要文件,供各单位学习使用。收录文件以印发稿为准。\n梧桐县文化馆\n2034年1月\n\n"
           "目    录\n一、综合篇\n梧桐县全民阅读工作要点 …………………… 1\n二、制度篇\n梧桐县农家书屋管理办法 ……………………… 7\n"
           "梧桐县文化志愿服务办法 …………………… 12\n\n"
           "梧桐县农家书屋管理办法\n第一章 总则\n第一条 为规范农家书屋管理,制定本办法。\n"
           "第二条 本办法适用于全县农家书屋。\n")
    cleaned = clean(raw)
    assert cleaned.text.startswith("梧桐县农家书屋管理办法\n第一章")
    assert "booklet.cover" in [removal.rule for removal in cleaned.removals]
    assert speechparse.parse_text(raw).title == "梧桐县农家书屋管理办法"


def test_a_documents_own_title_over_its_contents_stays() -> None:
    raw = ("梧桐县文化工作要点\n目    录\n一、总体要求 ……………………… 1\n二、重点任务 …………………… 3\n\n"
           "一、总体要求\n坚持稳中求进。\n二、重点任务\n办好农家书屋。\n")
    assert clean(raw).text.startswith("梧桐县文化工作要点\n一、总体要求")


def test_a_booklets_issue_and_its_printer_on_its_cover_go() -> None:
    raw = ("学习资料\n2033年第2辑(总第15辑)\n中共石桥镇委员会 编印\n"
           "守正创新 实干担当\n同志们:\n今天召开座谈会。\n")
    text = clean(raw).text
    assert "总第15辑" not in text and "编印" not in text and "守正创新 实干担当\n同志们:" in text


def test_an_apps_fields_between_the_pages_title_and_the_documents_own_title_go() -> None:
    raw = ("在全镇秋季防火工作会议上的讲话\n编辑者:李某 最后修改:9月2日 10:15\n分享\n阅读 12\n"
           "在全镇秋季防火工作会议上的讲话\n镇长 某某\n同志们:\n今天召开会议,部署秋季防火工作。\n")
    assert clean(raw).text.startswith("在全镇秋季防火工作会议上的讲话\n镇长 某某\n同志们:")


def test_a_documents_red_header_under_the_pages_copy_of_its_title_stays() -> None:
    raw = ("关于做好秋季防火工作的通知\n发布时间:2031-09-01\n\n石桥县人民政府办公室文件\n石政办发〔2031〕12号\n"
           "关于做好秋季防火工作的通知\n各乡镇:\n请做好秋季防火工作。\n")
    text = clean(raw).text
    assert "石桥县人民政府办公室文件\n石政办发〔2031〕12号\n关于做好秋季防火工作的通知" in text


def test_a_subheading_that_each_part_repeats_is_the_documents_own() -> None:
    raw = ("山前镇2031年工作总结\n一、产业发展\n(一)主要做法\n新建大棚三十座。\n"
           "二、社会事业\n(一)主要做法\n新建幼儿园一所。\n")
    cleaned = clean(raw)
    assert cleaned.text.count("(一)主要做法") == 2
    assert not cleaned.removals


def test_a_row_repeated_under_two_numbered_tasks_is_the_documents_own() -> None:
    raw = ("任务分解表\n1.修缮村道\n责任单位:交通办\n完成时限:2031年6月底\n"
           "2.改造水渠\n责任单位:水利站\n完成时限:2031年6月底\n")
    assert clean(raw).text.count("完成时限:2031年6月底") == 2


@pytest.mark.parametrize("separator", ["_", "-", " - ", "——", "|", " | ", "·"])
def test_a_pages_own_title_above_the_documents_goes_whole(separator: str) -> None:
    title = "关于做好秋季防汛工作的通知"
    raw = f"{title}{separator}山前县人民政府网\n{title}\n各乡镇:\n请做好防汛工作。\n"
    cleaned = clean(raw, site_rules=False)  # the shape alone, whatever site it is
    assert cleaned.text == f"{title}\n各乡镇:\n请做好防汛工作。\n"
    # one removal, the whole line: a copy of the title glued to the site's name, or the page's title as such
    assert [removal.text for removal in cleaned.removals] == [f"{title}{separator}山前县人民政府网\n"]
    assert cleaned.removals[0].rule in ("glued_title_copies", "generic.head")


@pytest.mark.parametrize("page_title", ["", "党课讲稿:守好红色根脉 走好赶考之路(9页)_山前文档网\n"])
def test_a_file_name_that_labels_the_title_with_its_genre_goes_and_the_title_stays(page_title: str) -> None:
    # (with the page's own title above it, which copies the file's name: both go, and no line is joined)
    title = "守好红色根脉 走好赶考之路"
    raw = f"{page_title}党课讲稿:{title}(9页)\n{title}\n——在局机关党课上的讲稿\n同志们:\n今天讲一次党课。\n"
    cleaned = clean(raw, site_rules=False)
    assert cleaned.text == f"{title}\n——在局机关党课上的讲稿\n同志们:\n今天讲一次党课。\n"
    assert "labelled_title_copy" in [removal.rule for removal in cleaned.removals]


def test_a_labelled_title_with_no_copy_of_it_below_stays() -> None:
    raw = "党课讲稿:守好红色根脉 走好赶考之路\n同志们:\n今天讲一次党课。\n"
    assert clean(raw, site_rules=False).text == raw


def test_a_title_copy_glued_before_the_body_loses_only_the_copy() -> None:
    title = "关于做好秋季防汛工作的通知"
    cleaned = clean(f"{title}\n{title}各乡镇:请做好防汛工作。\n")
    assert cleaned.text == f"{title}\n各乡镇:请做好防汛工作。\n"


@pytest.mark.parametrize(("note", "stays"),
                         [("(试行)", True), ("(2031年修订)", True), ("(精选)", False), ("(2)", False)])
def test_a_title_copy_with_a_note_after_it_goes_only_where_sites_decorate_with_the_note(note: str, stays: bool) -> None:
    # a page's link to the measures above the notice that issues them, and the measures' own title under it
    link = "山前镇村级公务接待管理办法"
    raw = (f"{link}\n山前镇人民政府关于印发《{link}(试行)》的通知\n各村委会:\n现印发给你们,请遵照执行。\n"
           f"{link}{note}\n第一条　为规范村级公务接待,制定本办法。\n")
    assert (f"\n{link}{note}\n第一条" in clean(raw, site_rules=False).text) is stays


_NOTICE_FROM_A_PAGE = "发布时间:2031-08-20 09:30:00\n关于做好秋季防汛工作的通知\n各乡镇:\n请做好防汛工作。\n"


@pytest.mark.parametrize("ending", ["山前县人民政府\n2031年8月20日", "(2031年8月20日)", "(此件公开发布)",
                                    "山前县人民政府办公室 2031年8月20日印发", "谢谢大家",
                                    "中共山前县第九次代表大会秘书处    2031年9月24日印"])
def test_a_text_from_a_page_that_ends_with_its_back_matter_is_whole(ending: str) -> None:
    assert clean(_NOTICE_FROM_A_PAGE + ending + "\n").meta.truncated is False


@pytest.mark.parametrize(("tail", "truncated"), [
    ("上一篇:2030年防汛工作总结\n下一篇:2031年抗旱工作方案\n网友评论\n已有0条评论 请登录后发表评论\n"
     "Copyright © 2031 某某网 版权所有\n", False),
    ("上一篇:2030年防汛工作总结\n下一篇:2031年抗旱工作方案\n登录后查看全文\nCopyright © 2031 某某网 版权所有\n", True)])
def test_a_login_to_comment_cuts_nothing_and_a_login_to_read_on_cuts_the_text(tail: str, truncated: bool) -> None:
    assert clean(_NOTICE_FROM_A_PAGE + "山前县人民政府\n2031年8月20日\n" + tail).meta.truncated is truncated


def test_a_preview_end_line_with_the_documents_next_part_below_it_cuts_nothing() -> None:
    # the copy was taken after the reader opened the rest: the notice stands between the parts it folded
    raw = ("二、工作要求\n各乡镇要按时报送台账。\n免费预览已结束,剩余2页可下载查看\n"
           "三、时间安排\n九月底前完成自查。\n十月底前完成复核。\n")
    cleaned = clean(raw)
    assert "预览" not in cleaned.text and "三、时间安排" in cleaned.text and cleaned.meta.truncated is False


def test_a_preview_end_line_with_nothing_of_the_document_below_it_cuts_the_text() -> None:
    raw = "二、工作要求\n各乡镇要按时报送台账。\n免费预览已结束,剩余2页可下载查看\n下载文档\n"
    assert clean(raw).meta.truncated is True


def test_a_text_from_a_page_that_stops_mid_sentence_is_cut_off() -> None:
    assert clean(_NOTICE_FROM_A_PAGE + "各地要加强巡查,确保\n").meta.truncated is True


def test_a_named_shape_names_a_removal_the_generic_layer_marked_from_the_same_place() -> None:
    from speechparse.clean import CleanState

    state = CleanState("责任编辑:小明\n打印本页\n")
    state.remove([(0, 8)], rule="generic.body")  # the first line, judged furniture
    state.remove([(0, 12)], rule="site.footer")  # a footer that runs from there to the end
    state.commit()
    assert [(removal.rule, removal.text) for removal in state.removals] == [("site.footer", "责任编辑:小明\n打印本页")]


@pytest.mark.parametrize("headline", ["材料干货|{title}(可直接套用)", "讲话稿 | {title}", "范文·{title}",
                                      "{title}(附写作提纲)", "{title}(模板)"])
def test_a_pages_headline_with_a_tag_before_the_title_or_a_note_after_it_goes_whole(headline: str) -> None:
    title = "在全镇防汛工作会议上的讲话"
    raw = f"{headline.format(title=title)}\n{title}\n同志们:\n今天开会。\n"
    assert clean(raw, site_rules=False).text == f"{title}\n同志们:\n今天开会。\n"


def test_two_short_lines_that_furniture_stood_between_are_not_one_title() -> None:
    # an account's name, its date line (removed), then the title: not 山前区融媒体中心政府工作报告
    raw = ("山前区融媒体中心\n2031-01-20 09:15 发布于山前\n政府工作报告\n——2031年1月18日在山前区人民代表大会上\n"
           "各位代表:\n现在我代表区人民政府报告工作。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "政府工作报告"
    assert "山前区融媒体中心政府工作报告" not in document.text
    assert document.text.startswith("政府工作报告\n")  # (the account's name over its post's date line is the page's)


def test_a_headline_goes_above_a_title_of_two_phrases_joined_by_a_comma() -> None:
    title = "守好责任田,种好试验田"
    raw = f"党课讲稿|{title}(附全文)\n{title}\n——在机关支部党课上的讲稿\n同志们:\n今天讲党课。\n"
    assert clean(raw, site_rules=False).text == f"{title}\n——在机关支部党课上的讲稿\n同志们:\n今天讲党课。\n"


def test_a_line_that_only_quotes_the_title_after_words_of_its_own_stays() -> None:
    title = "在全镇防汛工作会议上的讲话"
    raw = f"{title}\n同志们:\n下面我学习一下|{title}\n今天开会。\n"
    assert clean(raw, site_rules=False).text == raw


@pytest.mark.parametrize(("label", "page"), [("目录", ""), ("目录", "……1"), ("目录", " 3"), ("文章目录", "")])
def test_a_table_of_contents_above_the_headings_it_lists_goes(label: str, page: str) -> None:
    body = "第一章 总则\n第一条 为规范公务接待,制定本办法。\n第二章 附则\n第二条 本办法自发布之日起施行。\n"
    raw = f"山前县公务接待管理办法\n{label}\n第一章 总则{page}\n第二章 附则{page}\n{body}"
    cleaned = clean(raw)
    assert cleaned.text == f"山前县公务接待管理办法\n{body}"
    assert [removal.rule for removal in cleaned.removals] == ["table_of_contents"]


def test_a_table_of_contents_that_sets_a_space_after_each_marker_goes() -> None:
    body = ("山前县河长制工作报告\n县委:\n现将有关情况报告如下。\n1.河长制工作总体情况\n全年巡河三百余次。\n"
            "2.工作中存在的问题\n部分河段保洁不到位。\n3.下一步工作打算\n持续加强巡查。\n")
    raw = "目录\n1. 河长制工作总体情况\n2. 工作中存在的问题\n3. 下一步工作打算\n" + body
    assert clean(raw).text == body


def test_a_table_of_contents_below_an_announcement_and_the_page_s_fields_goes() -> None:
    head = "".join(f"发布机构{index}:梧桐市人大常委会\n" for index in range(12)) + "梧桐市古树保护条例\n\n"
    body = "".join(f"第{numeral}章 {name}\n第{numeral}条 本章规定古树保护的事项。\n"
                   for numeral, name in (("一", "总则"), ("二", "养护管理"), ("三", "法律责任"), ("四", "附则")))
    toc = "目录\n第一章 总则\n第二章 养护管理\n第三章 法律责任\n第四章 附则\n\n"
    cleaned = clean(head + toc + body, site_rules=False)
    assert "目录" not in cleaned.text and cleaned.text.count("第二章 养护管理") == 1


def test_a_line_named_mulu_above_sentences_is_no_table_of_contents() -> None:
    raw = "山前县图书馆工作总结\n目录\n今年新编图书目录三册。\n目录工作按期完成。\n"
    assert clean(raw).text == raw


class _RfindCountingText(str):
    searched = 0

    def rfind(self, sub: str, start: int = 0, end: int | None = None) -> int:  # type: ignore[override]
        stop = len(self) if end is None else end
        _RfindCountingText.searched += max(0, stop - start)
        return super().rfind(sub, start, stop)


def test_whether_a_dot_closes_a_marker_is_asked_a_few_characters_back_not_to_its_line_start() -> None:
    from speechparse.clean.junk import MAX_MARKER_REACH, _closes_a_marker

    text = _RfindCountingText("经." * 5000)
    _RfindCountingText.searched = 0
    dots = [index + 1 for index, char in enumerate(text) if char == "."]
    assert not any(_closes_a_marker(text, dot_end) for dot_end in dots)
    assert _RfindCountingText.searched <= 8 * MAX_MARKER_REACH * len(dots)  # one line: n² before


@pytest.mark.parametrize("lost", ["?", "??", "  ?"])
@pytest.mark.parametrize("opening", ["过去一年", "2031年", "(一)全年"])  # (words, a figure, a marker after them)
def test_question_marks_a_page_left_where_it_lost_characters_at_a_paragraph_start_go(lost: str, opening: str) -> None:
    cleaned = clean(f"二、主要工作\n{lost}{opening},全镇经济稳步增长。\n问题在哪里?在基层。\n")
    assert cleaned.text == f"二、主要工作\n{opening},全镇经济稳步增长。\n问题在哪里?在基层。\n"
    assert "lost_characters" in {removal.rule for removal in cleaned.removals}


@pytest.mark.parametrize("mark", ["！", "。", "?"])
def test_a_sentences_mark_glued_before_a_jammer_run_stays_with_the_sentence(mark: str) -> None:
    raw = f"一、会议安排\n大会胜利闭幕{mark} 8V !x G/ b'\n全体起立。\n"
    text = clean(raw).text
    assert "8V" not in text and f"大会胜利闭幕{mark}\n".replace("！", "!") in text.replace("！", "!")


@pytest.mark.parametrize("bullet", ["\uf0d8\t", "\uf0a7 ", "  \ue60a", "Ø\t", "l\t"])
def test_a_symbol_fonts_bullet_opening_a_line_goes_and_the_sequence_behind_it_is_found(bullet: str) -> None:
    raw = (f"二、抓好三件事\n我们要做到三点:\n{bullet}首先要统一思想。认识到位才能行动到位。\n"
           f"{bullet}其次要压实责任。层层传导压力。\n{bullet}最后要严格考核。奖惩分明。\n")
    document = speechparse.parse_text(raw)
    assert all(char not in document.text for char in "\uf0d8\uf0a7\ue60aØl")
    assert [point.marker for point in document.points()] == ["首先", "其次", "最后"]


def test_a_private_use_character_inside_a_line_is_left_as_it_stands() -> None:
    raw = "一、总体要求\n村民\ue81e某同志反映了情况。\n"  # (GB18030's older mapping put rare characters there)
    assert clean(raw).text == raw


@pytest.mark.parametrize("entries", ["一、一年来的工作回顾…………………1\n二、2032年工作安排……………………5\n",
                                     "一、\t一年来的工作回顾\t1\n二、\t2032年工作安排\t5\n"])  # (Word's field: tabs)
def test_a_table_of_contents_whose_entries_lead_to_page_numbers_goes_whatever_follows_it(entries: str) -> None:
    raw = ("县审计局2031年工作报告\n目  录\n" + entries +
           "各位代表:\n现在,我代表县审计局报告工作。\n一、一年来的工作回顾\n全年完成审计项目12个。\n二、2032年工作安排\n"
           "要突出重点。\n")
    cleaned = clean(raw, site_rules=False)
    assert "目" not in cleaned.text.split("各位代表")[0] and "……" not in cleaned.text and "\t" not in cleaned.text
    assert cleaned.text.startswith("县审计局2031年工作报告\n各位代表:\n")


def test_a_word_files_contents_saved_with_its_field_codes_go_with_entries_numbered_by_figures() -> None:
    # (the field's instructions go, its results stay: each entry's page number, which says the line is an entry)
    raw = ("县审计局2031年工作报告\n目  录\n"
           ' TOC \\o "1-3" \\h \\z \\u  HYPERLINK \\l "_Toc100200301" 一、一年来的工作回顾…………… '
           'PAGEREF _Toc100200301 \\h 1 \n'
           '   HYPERLINK \\l "_Toc100200302" 1.完成审计项目…………… PAGEREF _Toc100200302 \\h 2 \n'
           '   HYPERLINK \\l "_Toc100200303" 2.推进整改落实\t PAGEREF _Toc100200303 \\h 3 \n'
           ' HYPERLINK \\l "_Toc100200304" 二、2032年工作安排…………… PAGEREF _Toc100200304 \\h 5 \n\n'
           "各位代表:\n现在,我代表县审计局报告工作。\n一、一年来的工作回顾\n1.完成审计项目\n全年完成审计项目12个。\n"
           "2.推进整改落实\n问题全部整改。\n二、2032年工作安排\n要突出重点。\n- PAGE  \\* MERGEFORMAT 2 -\n")
    cleaned = clean(raw, site_rules=False)
    assert cleaned.text.startswith("县审计局2031年工作报告\n各位代表:\n")
    assert "HYPERLINK" not in cleaned.text and "……" not in cleaned.text and "MERGEFORMAT" not in cleaned.text
    assert cleaned.text.count("完成审计项目") == 2


def test_two_heading_lines_are_never_the_halves_of_one_title() -> None:
    raw = "一、过去五年的工作回顾\n二、主要体会\n"  # (the second shorter, as a broken title's is)
    assert clean(raw).text == raw


def test_a_stage_direction_repeated_under_each_speaker_in_the_body_stays() -> None:
    raw = "下面进行第二项议程,请班子成员发言。\n请张明同志发言。\n(发言、讨论)\n请李华同志发言。\n(发言、讨论)\n"
    assert clean(raw).text == raw


@pytest.mark.parametrize("omission", ["……", "……………(完)"])
def test_a_line_of_dots_that_stands_for_what_a_script_leaves_out_is_its_own_paragraph(omission: str) -> None:
    raw = f"请县长讲话,大家欢迎!\n{omission}\n请书记作总结。\n"
    assert clean(raw).text == raw


@pytest.mark.parametrize("label", ["主题: ", "标题:"])
def test_a_subject_or_title_label_copying_the_title_above_it_goes(label: str) -> None:
    raw = f"{label}关于做好秋季开学工作的通知\n\n关于做好秋季开学工作的通知\n各中小学:\n请做好开学准备。\n"
    assert clean(raw, site_rules=False).text.startswith("关于做好秋季开学工作的通知\n各中小学:")


@pytest.mark.parametrize("glyph", ["▍", "■ ", "◆", "★", "▶ ", "🔹", "|", "┃", "•", "➤➤ "])
def test_a_glyph_before_a_numbered_heading_is_a_decoration_and_goes(glyph: str) -> None:
    raw = (f"梧桐镇春耕动员会讲话\n同志们:\n下面讲两点。\n{glyph}一、看清形势\n今年气候偏旱。\n"
           f"{glyph}二、抓好重点\n  {glyph}(一)备足农资\n要早备早储。\n")
    document = speechparse.parse_text(raw)
    assert [(section.marker, section.level) for section in document.sections()] == [
        ("一、", 1), ("二、", 1), ("(一)", 2)]
    decorations = [removal.text for removal in document.removed if removal.rule == "heading_decorations"]
    assert decorations == [glyph] * 3


@pytest.mark.parametrize("line", ["● 抓好春耕备耕", "□1. 同意", "○○一、看清形势", "△△同志"])
def test_a_glyph_before_words_or_one_that_writes_a_blank_stays(line: str) -> None:
    cleaned = clean(f"梧桐镇春耕动员会讲话\n{line}\n今年气候偏旱。\n")
    assert line in cleaned.text
    assert not any(removal.rule == "heading_decorations" for removal in cleaned.removals)


def test_a_leaked_html_comment_is_markup() -> None:
    cleaned = clean("梧桐县方案\n要加强学习。<!-- 广告位 banner_middle -->要狠抓落实。\n")
    assert "要加强学习。要狠抓落实。" in cleaned.text
    assert [removal.rule for removal in cleaned.removals] == ["generic.markup"]


def test_a_page_title_whose_site_name_opens_like_the_title_keeps_its_title() -> None:
    raw = "梧桐县农业局关于做好春耕备耕的通知_通知公告_梧桐县农业局\n各乡镇:\n请做好春耕备耕工作。\n"
    assert speechparse.parse_text(raw).title == "梧桐县农业局关于做好春耕备耕的通知"


@pytest.mark.parametrize("caption", ["(图为启动仪式现场)", "▲4月1日,校长在启动仪式上致辞",
                                     "图为启动仪式现场。梧桐网 王某 摄", "图为启动仪式现场。某某日报 李某某 供图",
                                     "4月1日,校长与学生合影。某某报记者 王某/摄"])
def test_a_photo_caption_on_its_own_line_is_noise(caption: str) -> None:
    cleaned = clean(f"梧桐县读书月启动\n4月1日上午,我校举行读书月启动仪式。\n{caption}\n校长致辞。\n")
    assert caption not in cleaned.text and "校长致辞。" in cleaned.text


def test_a_bulleted_sentence_led_by_a_triangle_is_no_caption() -> None:
    cleaned = clean("梧桐县读书月方案\n▲ 各班要组织读书分享,每周一次。\n校长致辞。\n")
    assert "各班要组织读书分享" in cleaned.text


def test_a_page_number_between_the_rules_a_preview_draws_is_a_page_break() -> None:
    raw = ("在全县会议上的讲话\n同志们:\n" + "各单位要压实责任,加强监督检查,确保各项措施落实到位,做到安全投入、安全培\n"
           + "----------- 第 2 页 / 共 5 页 -----------\n" + "训、基础管理、应急救援“四到位”。\n")
    cleaned = clean(raw)
    assert "页" not in cleaned.text and [r.rule for r in cleaned.removals if "页" in r.text] == ["copy.page_number"]


def test_zero_width_and_other_invisible_characters_are_removed() -> None:
    raw = "梧桐县读书月方案\u200b\n各班要组织读书分享。\u200b\u2060\n每周一\u00ad次。\ufeff\n"
    cleaned = clean(raw)
    assert cleaned.text == "梧桐县读书月方案\n各班要组织读书分享。\n每周一次。"
    assert {removal.rule for removal in cleaned.removals if removal.text.strip()} == {"invisible_characters"}


_SPEECH_UNDER_ITS_LIST = "守初心 担使命\n同志们:\n今天讲两点。\n一、学深一层\n要读原著。\n二、干实一步\n要抓落实。\n"


_COLUMN_HEAD = "128 人赞同了该文章\n目录\n"  # a column's furniture, its list's label with it


@pytest.mark.parametrize("head", ["目录\n一、学深一层\n二、干实一步\n", _COLUMN_HEAD + "一、学深一层\n二、干实一步\n"])
def test_a_list_of_numbered_headings_printed_again_below_the_title_is_a_table_of_contents(head: str) -> None:
    cleaned = clean(head + _SPEECH_UNDER_ITS_LIST)
    assert cleaned.text.rstrip("\n") == _SPEECH_UNDER_ITS_LIST.rstrip("\n")
    assert "table_of_contents" in {removal.rule for removal in cleaned.removals}


def test_numbered_lines_at_the_top_that_the_body_does_not_print_again_stay() -> None:
    raw = "一、学深一层\n二、干实一步\n守初心 担使命\n同志们:\n今天讲两点。\n要读原著,要抓落实。\n"
    assert clean(raw).text.rstrip("\n") == raw.rstrip("\n")


def test_a_heading_over_its_sub_headings_printed_again_below_is_no_table_of_contents() -> None:
    raw = "一、目标\n(一)任务\n一是做法。\n一、目标\n(一)任务\n二是做法。\n"
    assert clean(raw).text.rstrip("\n") == raw.rstrip("\n")


def test_a_table_of_contents_under_a_pages_headline_goes_too() -> None:
    raw = "128 人赞同了该文章\n党课讲稿|守初心担使命(附全文)\n一、学深一层\n二、干实一步\n" + _SPEECH_UNDER_ITS_LIST
    cleaned = clean(raw)
    assert cleaned.text.count("一、学深一层") == 1
    assert "table_of_contents" in {removal.rule for removal in cleaned.removals}


def test_a_heading_printed_again_and_again_is_no_table_of_contents() -> None:
    raw = "一、总则\n二、细则\n二、细则\n要抓落实。\n一、总则\n二、细则\n"
    assert clean(raw).text.rstrip("\n") == raw.rstrip("\n")


def test_a_page_number_written_by_words_fields_goes_with_its_field_code() -> None:
    raw = "述职报告\n一、主要工作\n全年完成投资。\n—  PAGE   \\* MERGEFORMAT 2  —\n二、存在问题\n学习不够。\n"
    cleaned = clean(raw)
    assert cleaned.text.rstrip("\n") == "述职报告\n一、主要工作\n全年完成投资。\n二、存在问题\n学习不够。"


def test_a_page_footer_whose_numbers_were_fields_is_a_page_footer() -> None:
    raw = "述职报告\n全年完成投资。\n(第  PAGE   \\* 页,共  NUMPAGES   \\* 页)\n学习不够。\n"
    assert "页" not in clean(raw).text


def test_a_booklets_table_of_contents_set_apart_from_its_label_by_blank_lines_goes() -> None:
    raw = ("梧桐县读书月活动材料\n\n目  录\n\n读书月活动方案……………………1\n读书月启动仪式主持词…………3\n\n"
           "读书月活动方案\n一、活动目的\n营造读书氛围。\n")
    cleaned = clean(raw, site_rules=False)
    assert "……" not in cleaned.text and "目  录" not in cleaned.text
    assert speechparse.parse_text(raw).title == "读书月活动方案"


def test_a_tables_row_numbers_and_repeated_dates_copied_a_cell_a_line_stay() -> None:
    rows = "".join(f"{number}\n{task}\n2033年12月\n" for number, task in
                   enumerate(["新建农村户厕", "治理生活污水", "建设垃圾中转站", "创建宜居示范村"], start=1))
    raw = "石桥县重点任务分解表\n序号\n重点任务\n完成时限\n" + rows
    assert clean(raw).text == raw


def test_a_number_alone_on_its_line_between_pages_of_text_still_goes() -> None:
    page = "各单位要把这次会议精神传达到每一位干部职工,认真抓好贯彻落实,确保各项任务按时完成。" * 5
    raw = f"{page}\n1\n{page}\n2\n{page}\n"
    assert "\n1\n" not in clean(raw).text and "\n2\n" not in clean(raw).text


def test_a_paginated_sites_title_again_with_its_pages_number_goes_whole() -> None:
    title = "石桥县交通运输局上半年工作总结"
    raw = (f"{title}\n一、建设提速推进\n上半年完成交通投资3亿元,我们这一代交通人\n上一页 1 2 3 下一页\n{title}(2)\n"
           "二、运输服务提升\n新开通城乡公交线路5条。\n")
    text = clean(raw).text
    assert "(2)" not in text and text.count(title) == 1


@pytest.mark.parametrize("last", ["联系电话:____________", "调度安排:车牌号________,驾驶员________", "***",
                                  "考核指标\t服务对象满意度(%)"])
def test_a_text_ending_in_a_forms_field_a_tables_row_or_a_divider_is_not_cut_off(last: str) -> None:
    raw = "关于报送统计数据的通知\n各单位:\n请于5月底前报送。\n" + last + "\n本站文档均由用户上传。\n"
    cleaned = clean(raw)
    assert "本站" not in cleaned.text and cleaned.meta.truncated is False


def test_a_slide_decks_contents_numbered_01_go_and_its_slide_labels_too() -> None:
    raw = ("幻灯片 1\n守初心 担使命\n幻灯片 2\n目录\n01 把握初心的内涵\n02 查找差距不足\n幻灯片 3\n第一部分\n"
           "把握初心的内涵\n(一)初心是党的宗旨\n幻灯片 4\n第二部分\n查找差距不足\n(一)思想认识上的差距\n")
    text = clean(raw).text
    assert "幻灯片" not in text and "01" not in text and "目录" not in text
    assert text.count("查找差距不足") == 1


def test_a_forms_blanks_and_rows_of_boxes_are_no_doubled_layer() -> None:
    raw = ("石桥县政务服务网\n兹证明__________同志(性别:____,身份证号码:□□□□□□□□□□□□□□□□□□),自______年____月起在我单位"
           "__________部门工作,近十二个月月平均收入为________元。\n")
    cleaned = clean(raw)
    assert "__________同志" in cleaned.text and "□" * 18 in cleaned.text and "个月月平均" in cleaned.text


@pytest.mark.parametrize("line", ["市纪委监委公开通报5起违反规定的典型问题", "全年下发通报15期。"])
def test_a_count_after_a_genre_word_is_no_sites_variant_number(line: str) -> None:
    raw = f"{line}\n为严明纪律,现将有关情况通报如下。\n"
    assert clean(raw).text == raw


def test_a_preview_summary_that_glues_the_title_to_the_opening_goes_above_the_full_text() -> None:
    title, salutation = "石桥村党支部2031年度工作总结", "各位党员、同志们:"
    opening = "2031年,村党支部团结带领全村党员群众,较好完成了全年各项工作任务。现将有关情况总结如下。"
    raw = (f"首页 > 范文 > 工作总结\n{title}\n{title}{salutation}{opening[:30]}...\n{title}\n{salutation}\n{opening}\n"
           "一、主要工作\n全年发展党员两名。\n")
    text = clean(raw).text
    assert text.startswith(f"{title}\n{salutation}\n{opening}\n") and "..." not in text


def test_the_titles_under_a_list_s_label_at_the_page_s_end_name_no_file_of_the_page() -> None:
    raw = ("石桥村党支部2031年度工作总结\n各位党员、同志们:\n现将一年来的工作总结如下。\n"
           "一、主要工作\n全年发展党员两名。\n本文档由用户上传分享,仅供学习交流。\n下载文档 收藏 分享\n"
           "猜你喜欢\n村党支部工作总结(精选3篇)\n村委会年度工作总结\n")
    cleaned = clean(raw)
    assert cleaned.meta.file_title is None and "猜你喜欢" not in cleaned.text


@pytest.mark.parametrize("line", ["关键词:灵活就业;社保补贴;就业援助", "关键词:灵活就业 社保补贴 就业援助",
                                  "关键词:灵活就业、社保补贴、就业援助"])
def test_a_page_s_keywords_parted_by_spaces_or_marks_are_each_a_keyword(line: str) -> None:
    raw = f"关于做好灵活就业人员社保补贴工作的通知\n{line}\n各乡镇:\n请做好相关工作。\n"
    assert clean(raw).meta.keywords == ("灵活就业", "社保补贴", "就业援助")


def test_a_word_field_s_instruction_goes_and_the_text_it_shows_stays() -> None:
    raw = ("关于报送优秀案例的通知\n各单位:\n电子版发送至HYPERLINK \"mailto:anli@example.cn\" anli@example.cn。\n"
           "案例类型:FORMCHECKBOX 家教类 FORMCHECKBOX 家风类\n附件2\n案例汇总表\nEMBED Excel.Sheet.12\n"
           "报送单位(盖章):\n")
    cleaned = clean(raw)
    assert "电子版发送至anli@example.cn。\n" in cleaned.text
    assert "案例类型:家教类 家风类\n" in cleaned.text and "EMBED" not in cleaned.text
    assert {removal.rule for removal in cleaned.removals if "FORM" in removal.text} == {"generic.markup"}


@pytest.mark.parametrize("leader", ["……………………", "\t"])
def test_a_table_of_contents_with_no_label_whose_entries_lead_to_page_numbers_goes(leader: str) -> None:
    raw = (f"梧桐镇人居环境整治方案\n一、总体要求{leader}1\n二、重点任务{leader}2\n三、保障措施{leader}3\n"
           "为改善农村人居环境,制定本方案。\n一、总体要求\n坚持以人民为中心。\n二、重点任务\n推进厕所革命。\n三、保障措施\n加强领导。\n")
    assert clean(raw).text.startswith("梧桐镇人居环境整治方案\n为改善农村人居环境")


def test_lines_that_lead_to_figures_but_are_not_printed_again_below_stay() -> None:
    raw = ("梧桐镇二〇三一年工作总结\n粮食产量……………………12\n新增就业……………………35\n"
           "全年粮食产量稳定在十二万吨以上,新增就业三千五百人。\n")
    assert clean(raw).text == raw


def test_a_figure_right_after_a_jammer_run_glued_to_the_text_is_the_text_s_own() -> None:
    text = clean("全年共发生生产安全事故$ G! l0 B& {7 H4起,同比下降两成。\n").text
    assert text == "全年共发生生产安全事故4起,同比下降两成。\n"


@pytest.mark.parametrize("marker", ["（二）", "(二)", "(2)"])
def test_a_headings_opening_bracket_after_a_jammer_run_is_the_headings(marker: str) -> None:
    text = clean(f"一、主要任务\np% Z3 a& t7 Q\" e　　{marker}抓开工:要倒排工期。\n").text
    assert text.endswith(f"{marker}抓开工:要倒排工期。\n")


def test_a_slide_deck_s_contents_under_a_bilingual_label_goes_with_an_entry_that_opens_with_a_year() -> None:
    raw = ("梧桐公司党委二〇三一年度党建工作汇报\n目录\nCONTENTS\n01\t年度工作回顾\n02\t存在的主要问题\n"
           "03\t2032年工作打算\n第一部分\n年度工作回顾\n全年组织理论学习十二次。\n第二部分\n存在的主要问题\n"
           "学习不够深入。\n第三部分\n2032年工作打算\n持续加强理论武装。\n")
    assert clean(raw).text.startswith("梧桐公司党委二〇三一年度党建工作汇报\n第一部分\n")


def test_a_template_s_blank_spaced_out_with_the_title_s_words_closes_up_with_them() -> None:
    text = clean("× × 镇 突 发 地 质 灾 害 应 急 预 案\n1 总则\n为做好防治工作,制定本预案。\n").text
    assert text.startswith("××镇突发地质灾害应急预案\n")


def test_a_product_of_figures_keeps_its_spaces() -> None:
    raw = "全镇新建蓄水池规格为3 × 4米,共十座。\n"
    assert clean(raw).text == raw


def test_a_table_of_contents_of_decimal_headings_with_their_page_numbers_after_tabs_goes() -> None:
    raw = ("梧桐镇防汛应急预案\n1.1\t编制目的\t1\n1.2\t适用范围\t2\n2\t组织体系\t2\n"
           "1\t总则\n1.1\t编制目的\n为做好防汛工作,制定本预案。\n1.2\t适用范围\n本预案适用于本镇。\n2\t组织体系\n镇成立防汛指挥部。\n")
    assert clean(raw).text.startswith("梧桐镇防汛应急预案\n1\t总则\n1.1\t编制目的\n为做好")


def test_contents_of_two_levels_whose_entries_open_the_body_s_headings_again_go() -> None:
    raw = ("金山文档 | 云文档\n目录\n一、履职基本情况\n(一)加强政治理论学习\n(二)扎实推进业务工作\n二、存在的问题\n\n"
           "二〇三一年度个人述职报告\n尊敬的各位领导、同志们:\n现将履职情况报告如下。\n一、履职基本情况\n"
           "(一)加强政治理论学习,筑牢思想根基。全年参加理论学习二十四次。\n(二)扎实推进业务工作,全面完成目标任务。\n"
           "二、存在的问题\n调查研究还不够深入。\n")
    text = clean(raw).text
    assert "目录" not in text and text.count("一、履职基本情况") == 1


def test_a_heading_over_its_sub_heading_atop_the_body_is_no_list_of_contents() -> None:
    raw = ("梧桐镇人居环境整治方案\n目录\n一、总体要求\n(一)指导思想\n坚持以人民为中心。\n(二)基本原则\n"
           "坚持因地制宜。\n")
    assert "一、总体要求\n(一)指导思想\n" in clean(raw).text


def test_a_table_of_contents_labelled_beside_its_page_s_button_goes() -> None:
    text = ("县直部门半年工作总结\n目录  收起目录\n一、上半年工作情况\n二、下半年工作打算\n"
            "今年以来,我局扎实推进各项任务。\n一、上半年工作情况\n春耕生产有序推进。\n二、下半年工作打算\n抓好秋粮生产。\n")
    doc = speechparse.parse_text(text)
    assert [section.number for section in doc.sections()] == [1, 2]
    assert "收起目录" not in doc.text


def test_a_reader_s_panel_of_contents_goes_though_the_copy_lacks_its_headings() -> None:
    # (a column site builds its panel from headings its page held; the copied text here has none of them)
    text = ("发布于 写作专栏\n老笔头\n关注他\n128 人赞同了该文章\n整理了一份会议主持词,供参考。\n目录\n收起\n"
            "一、开场\n二、各项议程\n三、总结讲话\n\n在全区档案工作会议上的主持词\n同志们:\n今天召开全区档案工作会议。"
            "下面进行第一项议程。\n会议到此结束。\n")
    doc = speechparse.parse_text(text)
    assert [section.marker for section in doc.sections()] == ["第一项议程"]
    assert "二、各项议程" not in doc.text and "收起" not in doc.text


def test_a_panel_of_contents_under_its_button_goes_where_the_page_s_head_kept_the_label() -> None:
    text = ("村级财务管理办法\n\n目录\n展开\n一、总则\n二、收支管理\n\n村级财务管理办法\n为规范村级财务行为,"
            "制定本办法。\n第一条 本办法适用于全镇各村。\n第二条 各村设报账员一名。\n")
    cleaned = clean(text).text
    assert "展开" not in cleaned and "二、收支管理" not in cleaned and "第二条 各村设报账员一名。" in cleaned


def test_numbered_lines_under_a_button_with_no_contents_label_stay() -> None:
    text = ("镇机关作风建设方案\n展开\n一、总体要求\n二、主要任务\n三、工作要求\n")
    cleaned = clean(text).text
    assert "二、主要任务" in cleaned and "三、工作要求" in cleaned


def test_a_table_of_contents_labelled_in_two_languages_goes_with_its_led_entries() -> None:
    raw = ("片区年度发展报告\n\n目　录\nCONTENTS\n一、年度发展概况 Overview …………… 2\n"
           "（一）主要指标 Key Indicators ……… 2\n"
           "二、制度创新成果 Innovation ……………… 4\n\n一、年度发展概况\n（一）主要指标\n片区实现地区生产总值六百亿元。\n"
           "二、制度创新成果\n累计形成制度创新成果一百余项。\n")
    text = clean(raw).text
    assert "CONTENTS" not in text and "……" not in text
    assert text.count("一、年度发展概况") == 1


@pytest.mark.parametrize("labels", ["目录\n目录\n", "目录\nCONTENTS\n"])
def test_a_table_of_contents_labelled_twice_goes(labels: str) -> None:
    raw = (f"退出阅读模式\n{labels}一、在学习中坚定信念\n二、在实践中锤炼本领\n学思践悟——培训班心得体会\n"
           "一、在学习中坚定信念\n这次培训让我收获很大。\n二、在实践中锤炼本领\n要把所学用到工作中。\n")
    text = clean(raw).text
    assert text.count("一、在学习中坚定信念") == 1 and "目录" not in text


@pytest.mark.parametrize("jammer", ["< xC Za e as <^", "$G uL Xv _v - f", "r u W + N z C "])
def test_a_jammer_of_letters_glued_before_a_heading_goes_and_the_heading_stays(jammer: str) -> None:
    raw = f"在表彰大会上的讲话\n第一,要充分认识护林工作的重要作用。\n{jammer}第二,要大力弘扬优秀品质。\n"
    assert "\n第二,要大力弘扬优秀品质。" in clean(raw).text


def test_capital_abbreviations_spaced_in_a_line_are_no_jammer() -> None:
    raw = "在数字经济论坛上的讲话\n要加快发展 AI VR AR 5G 等新技术。\n"
    assert "AI VR AR 5G" in clean(raw).text


def test_a_templates_blanks_written_twice_are_no_doubled_text_layer() -> None:
    raw = ("以下是小编为大家整理的会议通知范文,欢迎大家阅读参考。\n"
           "XX宾馆X楼第一会议室(XX市XX区XX路XX号)。\n四、会议议程\n")
    assert "XX宾馆X楼第一会议室(XX市XX区XX路XX号)" in clean(raw).text


def test_a_jammer_after_a_bracket_that_closes_the_texts_words_leaves_the_bracket() -> None:
    raw = "签约仪式主持词\n仪式进行第三项:项目签约。\n(签约、合影) # % - @ -M ( @\n第二批签约项目共3个。\n"
    assert "\n(签约、合影)\n第二批签约项目共3个。" in clean(raw).text


def test_a_dates_blank_figures_written_as_spaces_are_kept() -> None:
    assert clean("北林县人民政府\n2031年  月  日\n").text == "北林县人民政府\n2031年  月  日\n"


def test_a_spaced_out_label_is_closed_up() -> None:
    assert clean("联 系 人:张某\n").text == "联系人:张某\n"


@pytest.mark.parametrize("mark", ["：", "，", "。"])
def test_a_sentences_mark_glued_to_a_jammer_tokens_junk_stays_with_the_sentence(mark: str) -> None:
    raw = f"下面，我代表镇党委作如下表态{mark}% Q4 w}} u: b7 ]e\n第一，提高政治站位。\n"
    assert clean(raw).text.startswith(f"下面，我代表镇党委作如下表态{mark}\n")


def test_a_title_lines_words_closing_a_quotation_in_the_body_are_no_copy_of_the_title() -> None:
    raw = ("关于开展2031年度村党组织书记抓基层\n党建工作述职评议考核的通知\n各村党组织:\n"
           "根据县委组织部《关于做好基层党组织书记抓基层\n党建工作述职评议考核的通知》要求,经镇党委研究,决定开展述职评议考核。\n")
    assert "抓基层党建工作述职评议考核的通知》要求" in clean(raw).text


def test_a_cover_notices_title_line_that_goes_on_past_the_plans_title_line_keeps_its_words() -> None:
    raw = ("某市人民政府办公室\n关于印发某市优化口岸营商环境\n促进跨境贸易便利化工作方案的通知\n各县(市、区)人民政府:\n"
           "现将方案印发给你们,请认真贯彻落实。\n某市人民政府办公室\n2031年6月8日\n某市优化口岸营商环境\n"
           "促进跨境贸易便利化工作方案\n一、总体要求\n提升通关效率。\n")
    text = speechparse.parse_text(raw).text
    assert "促进跨境贸易便利化工作方案的通知" in text.replace("\n", "")


def test_a_paragraph_pasted_twice_in_a_row_is_read_once_and_its_copy_is_a_named_removal() -> None:
    paragraph = "(二)抓好秋收秋种。各乡镇要组织农机手抢收抢种,一是抓好机收;二是抓好烘干;三是抓好秸秆还田。"
    raw = f"山前县秋收工作方案\n(一)加强组织领导。成立专班。\n{paragraph}\n\n{paragraph}\n(三)强化督导。\n"
    cleaned = clean(raw)
    assert cleaned.text.count(paragraph) == 1
    assert [removal.rule for removal in cleaned.removals if paragraph in removal.text] == ["repeated_paragraphs"]
    assert [point.number for point in speechparse.parse_text(raw).points()] == [1, 2, 3]


@pytest.mark.parametrize("line", ["____年__月至____年__月,在________单位工作,任________。", "同意。", "(掌声)"])
def test_a_forms_row_of_fields_or_a_short_line_repeated_stays(line: str) -> None:
    raw = f"个人简历表\n{line}\n{line}\n{line}\n"
    assert clean(raw).text.count(line) == 3


def test_an_article_a_page_break_cut_early_joins_over_the_page_s_number() -> None:
    raw = (f"山前县测绘管理办法\n第一章 总则\n第一条 {_LONG}\n第二条 本县基础测绘主要包\n2\n括下列内容:\n"
           f"(一)建立控制网;\n(二)测制地形图。\n第三条 {_LONG}\n3\n第四条 {_LONG}\n4\n第五条 本办法自印发之日起施行。")
    assert "第二条 本县基础测绘主要包括下列内容:" in clean(raw).text


def test_a_hosts_turn_a_page_break_cut_early_joins_over_the_page_s_number() -> None:
    long = "男:下面进行开幕式第一项,运动员入场。首先走来的是国旗方队,他们步伐整齐、精神饱满,展现了消防队伍的良好风貌。"
    raw = (f"某某县消防运动会开幕式主持词\n{long}\n第 1 页 / 共 3 页\n{long}\n女:最后走来的是政府专职\n"
           f"第 2 页 / 共 3 页\n消防队员代表队。他们扎根基层,默默奉献。\n{long}\n第 3 页 / 共 3 页\n")
    assert "女:最后走来的是政府专职消防队员代表队。" in clean(raw).text


@pytest.mark.parametrize("prompt", ["剩余2页未读,继续阅读", "还剩 3 页未读"])
def test_a_previews_count_of_the_pages_left_goes_where_it_stands(prompt: str) -> None:
    raw = f"山前县测绘管理办法\n第一条 为了加强测绘管理,制定本办法。\n{prompt}\n第二条 本办法自公布之日起施行。\n"
    cleaned = clean(raw)
    assert "未读" not in cleaned.text and "第二条 本办法自公布之日起施行。" in cleaned.text


def test_a_contents_list_of_two_levels_goes_though_its_entries_keep_their_stops_and_one_part_was_renumbered() -> None:
    body = ("在全县冬季安全生产工作会议上的讲话\n同志们:\n今天召开会议,部署冬季安全生产工作。\n"
            "一、认清形势\n今年以来,全县安全生产形势总体平稳。\n二、突出重点\n"
            "(一)严格火源管控,守住第一道关。\n要加强巡查。\n(二)强化隐患排查,消除各类风险。\n要逐一整改。\n"
            "三、夯实基础\n要加强队伍建设。\n四、压实责任,确保工作落地见效\n要层层落实责任。\n")
    toc = ("目录\n一、认清形势\n二、突出重点\n(一)严格火源管控,守住第一道关。\n(二)强化隐患排查,消除各类风险。\n"
           "三、压实责任,确保工作落地见效\n\n")
    assert clean(toc + body).text == body


def test_a_heading_printed_again_as_going_on_goes_and_its_items_stay_under_the_first_print() -> None:
    raw = ("全县档案工作情况汇报\n一、主要工作\n(一)馆藏资源更丰富\n1.新收各类卷宗一万二千卷。\n"
           "(一)馆藏资源更丰富(续)\n2.征集名人档案三百件。\n(二)服务利用更便捷\n1.开通跨馆查档服务。\n")
    document = speechparse.parse_text(raw)
    assert "(续)" not in document.text
    assert [section.marker for section in document.sections()] == ["一、", "(一)", "1.", "2.", "(二)", "1."]


def test_a_line_marked_as_going_on_with_no_earlier_print_stays() -> None:
    raw = "全县档案工作情况汇报\n一、主要工作\n附表:馆藏统计表(续)\n新收各类卷宗一万二千卷。\n"
    assert "附表:馆藏统计表(续)" in clean(raw).text


def test_a_shared_documents_contents_panel_ends_at_its_last_entry_not_at_the_title_under_it() -> None:
    raw = ("目录\n同志们:\n下面,进行第一项议程\n进行第二项议程\n\n\n全县冬小麦播种工作推进会主持词\n(20XX年X月X日)\n"
           "同志们:\n现在开会。\n下面,进行第一项议程。请县粮食局通报收购进度。\n进行第二项议程。请各乡镇交流发言。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "全县冬小麦播种工作推进会主持词"
    assert document.text.startswith("全县冬小麦播种工作推进会主持词\n(20XX年X月X日)\n同志们:")


def test_a_collaborators_note_to_someone_in_brackets_goes_and_a_bracketed_note_without_a_mention_stays() -> None:
    text = speechparse.parse_text("参会人员共XX人【@某甲 请补充参会人数】。会议时间为半天【暂定】。\n").text
    assert text == "参会人员共XX人。会议时间为半天【暂定】。\n"


def test_a_knowledge_bases_tree_of_pages_and_the_documents_outline_above_its_first_chapter_go() -> None:
    # (the tree lists a part's pages, unnumbered, under its entry; the outline's label is the head's furniture, and its
    # last entry stands right over the body's first chapter, the same words)
    raw = ("山前知识库\n工作台\n目录\n01 科室简介\n02 岗位职责\n03 制度汇编\n车辆管理办法(模板)\n印章管理办法(模板)\n"
           "04 常用表单\n05 培训资料\n印章管理办法(模板)\n某某 编辑于 2031-09-12 14:20\n阅读 356\n大纲\n"
           "第一章 总则\n第二章 职责分工\n第三章 附则\n第一章 总则\n第一条 为规范印章管理,制定本办法。\n"
           "第二章 职责分工\n第二条 办公室负责印章的保管。\n第三章 附则\n第三条 本办法自印发之日起施行。\n")
    document = speechparse.parse_text(raw)
    assert [section.marker for section in document.sections()] == ["第一章", "第一条", "第二章", "第二条", "第三章",
                                                                    "第三条"]
    assert "常用表单" not in document.text and "车辆管理办法" not in document.text
    assert document.text.count("第一章 总则") == 1


@pytest.mark.parametrize("count", ["共 6 张幻灯片", "6 slides"])
def test_a_slide_decks_count_of_its_slides_under_the_last_one_goes(count: str) -> None:
    raw = ("守好安全关口\n幻灯片 1\n一、认清形势\n事故总量下降。\n幻灯片 2\n二、压实责任\n各乡镇要守土尽责。\n"
           f"幻灯片 3\n谢谢聆听\n\n{count}\n")
    cleaned = clean(raw, site_rules=False)
    assert cleaned.text.rstrip().endswith("谢谢聆听")


def _numbered_margin(lines: list[str]) -> str:
    return "".join(f"{number} {line}\n" for number, line in enumerate(lines, 1))


def test_a_viewers_line_numbers_in_the_margin_go_and_count_from_one_again_on_each_page() -> None:
    page = ["全年共办理各类案件一百二十件,同比上升百分之五,结案率达到百分之九十五,",
            "群众评价持续向好。"] * 8
    raw = _numbered_margin(page) + "— 1 —\n" + _numbered_margin(page)
    cleaned = clean(raw)
    assert not any(line[:1].isdigit() for line in cleaned.text.splitlines())
    assert "line_numbers" in [removal.rule for removal in cleaned.removals]


def test_a_tables_rows_numbered_in_a_column_of_their_own_keep_their_numbers() -> None:
    raw = _numbered_margin([f"项目{number}  县交通局  十月底前" for number in range(1, 21)])
    assert clean(raw).text == raw
