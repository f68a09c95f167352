"""Site noise: one case per stored sample of shared/noise/samples, plus hard cases that must stay.

tests/fixtures/noise.txt holds the cases: the site's boilerplate copied from a
sample, around a short body written for the test. Cleaning must take away the
boilerplate and keep the body whole; the removals must be real spans of the raw
text and, with the kept text, account for every raw character; the metadata the
noise gave away (site, page count, file name, that the preview was cut) must be
read.

A case is a title line, then ``.``, the raw input, ``.``, the expected cleaned
text, ``.``, the expected metadata as one line of JSON (only the keys given are
checked), ``.``. Blank lines between cases are skipped; a line starting with
``#`` outside a case is a comment.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from conftest import read_fixture_file

import speechparse
from speechparse.clean import CleanText, clean

FIXTURE = Path(__file__).parent / "fixtures" / "noise.txt"


class NoiseCase(NamedTuple):
    raw: str
    expected: str
    meta: dict[str, Any]


CASES = [pytest.param(NoiseCase(raw, expected, json.loads(meta)), id=f"{FIXTURE.name}:{line} {title}")
         for line, title, (raw, expected, meta) in read_fixture_file(FIXTURE, parts=3)]

_cleaned: dict[str, CleanText] = {}


def _clean(raw: str) -> CleanText:
    if raw not in _cleaned:
        _cleaned[raw] = clean(raw)
    return _cleaned[raw]


def test_fixture_holds_one_case_per_sample() -> None:
    titles = [title for _, title, _ in read_fixture_file(FIXTURE, parts=3)]
    assert [title[:2] for title in titles] == [f"{number:02d}" for number in range(1, 36)]


@pytest.mark.parametrize("case", CASES)
def test_expected_text_is_the_raw_text_with_pieces_deleted(case: NoiseCase) -> None:
    """A sanity check of the fixture itself: cleaning only deletes, so the expectation must be reachable."""
    remaining = iter(case.raw)
    assert all(char in remaining for char in case.expected)


@pytest.mark.parametrize("case", CASES)
def test_noise_sample_loses_only_its_boilerplate(case: NoiseCase) -> None:
    assert _clean(case.raw).text == case.expected


@pytest.mark.parametrize("case", CASES)
def test_each_removal_is_the_raw_text_at_its_span(case: NoiseCase) -> None:
    for removal in _clean(case.raw).removals:
        start, end = removal.span
        assert case.raw[start:end] == removal.text, removal


@pytest.mark.parametrize("case", CASES)
def test_removed_and_kept_text_account_for_every_raw_character(case: NoiseCase) -> None:
    cleaned = _clean(case.raw)
    assert sum(len(removal.text) for removal in cleaned.removals) + len(cleaned.text) == len(case.raw)


@pytest.mark.parametrize("case", CASES)
def test_noise_sample_meta_says_what_the_site_said(case: NoiseCase) -> None:
    meta = _clean(case.raw).meta
    for key, expected in case.meta.items():
        value = getattr(meta, key)
        assert (list(value) if key == "keywords" else value) == expected, key


# ---- hard cases: real text that looks like noise and must stay untouched


def _untouched(raw: str) -> None:
    cleaned = clean(raw)
    assert cleaned.text == raw
    assert cleaned.removals == ()


def test_real_numbered_list_of_short_sentences_stays() -> None:
    _untouched(
        "关于做好年底前重点工作,我讲三点意见:\n"
        "1、抓紧项目收尾。\n"
        "2、抓好安全生产。\n"
        "3、抓实民生保障。\n"
        "希望大家认真抓好落实。"
    )


def test_ellipsis_inside_a_speech_stays() -> None:
    _untouched(
        "那几年,大家修水渠、垒梯田、种果树、办夜校……几乎没有一天闲着。\n"
        "正是靠着这股子干劲,我们村才从穷山沟变成了远近闻名的富裕村。"
    )


def test_reduplicated_words_stay() -> None:
    _untouched(
        "对这个问题,我们要好好研究研究,拿出切实可行的办法。"
        "各位领导要常常到基层走走看看,听听群众的意见,把问题解决在萌芽状态。"
    )


def test_real_ascii_in_a_speech_stays() -> None:
    _untouched(
        "今年全市GDP增长6.5%,新建5G基站1200个。\n"
        "上午10:20,CCTV记者到现场进行了采访报道。\n"
        "各单位印发文件要严格执行GB/T 9704-2012《党政机关公文格式》。"
    )


def test_anonymisation_placeholders_stay() -> None:
    _untouched(
        "在×××同志任职大会上的讲话\n"
        "根据**市委的决定,×××同志任**县委书记。\n"
        "这次调整是20XX年XX月市委常委会研究决定的,大家要坚决拥护。"
    )


@pytest.mark.parametrize(("line", "rule"), [
    ("图片", "copy.image_placeholder"),
    ("[pic]", "copy.image_placeholder"),
    ("▼▼▼", "copy.pointing_line"),
    ("▼  ▼  ▼", "copy.pointing_line"),
    ("#临河供暖# #临河发布#", "social.topics"),
])
def test_a_copied_pages_image_places_arrows_and_topics_are_lines_of_noise(line: str, rule: str) -> None:
    raw = f"关于做好冬季供暖的通知\n各街道:\n请提前检修管网。\n{line}\n要明确专人负责。\n"
    cleaned = clean(raw)
    assert cleaned.text.rstrip("\n") == "关于做好冬季供暖的通知\n各街道:\n请提前检修管网。\n要明确专人负责。"
    assert rule in {removal.rule for removal in cleaned.removals}


def test_a_newspapers_jump_to_another_page_is_noise_in_the_sentence() -> None:
    cleaned = clean("关于做好冬季供暖的通知\n各街道要提前检修管网,(下转第三版)确保按时供暖。\n")
    assert "各街道要提前检修管网,确保按时供暖。" in cleaned.text


@pytest.mark.parametrize("rule", ["----------------------------------------", "════════════", "━━━━━━━━"])
def test_a_rule_drawn_across_the_page_is_a_line_of_noise(rule: str) -> None:
    raw = f"关于做好冬季供暖的通知\n各街道:\n{rule}\n请提前检修管网。\n"
    assert rule not in clean(raw).text


@pytest.mark.parametrize("line", ["__________", "——————————"])
def test_a_forms_blank_line_and_a_footnotes_rule_are_no_rule_of_noise(line: str) -> None:
    raw = f"关于做好冬季供暖的通知\n请提前检修管网①。\n{line}\n①指城区集中供暖管网。\n"
    assert line in clean(raw).text


def test_a_search_engines_banner_over_the_page_it_kept_goes() -> None:
    raw = ("这是某某搜索的网页快照,当前页面可能已经更改。\n关于做好冬季供暖的通知\n各街道:\n"
           "请提前检修管网,确保按时供暖。\n")
    assert clean(raw).text.startswith("关于做好冬季供暖的通知")


def test_a_portal_s_title_row_spaced_out_in_its_metadata_table_goes_and_names_the_file() -> None:
    text = ("索 引 号:\t000014349/2031-00112\t主题分类:\t交通\n标    题:\t石桥县关于做好冬季道路养护的通知\n"
            "发文日期:\t2031年11月02日\n\n石桥县关于做好冬季道路养护的通知\n各乡镇:\n现将有关事项通知如下。\n")
    doc = speechparse.parse_text(text)
    assert doc.text.startswith("石桥县关于做好冬季道路养护的通知\n各乡镇")
    assert doc.meta.file_title == "石桥县关于做好冬季道路养护的通知"


def test_a_title_label_above_the_text_with_no_metadata_table_stays() -> None:
    text = "标题:石桥县关于做好冬季道路养护的通知\n各乡镇:\n现将有关事项通知如下。\n"
    assert "石桥县关于做好冬季道路养护的通知" in speechparse.parse_text(text).text


_QUOTED_DOCUMENT = "".join(f"> {line}\n>\n" for line in (
    "在全镇春季防火工作会议上的主持词", "同志们:", "现在开会。今天会议的主要任务是部署春季森林防火工作。",
    "会议有三项议程。下面进行第一项议程,请镇长讲话。", "下面进行第二项议程,请各村作表态发言。",
    "下面进行第三项议程,请镇党委书记作重要讲话。刚才,书记从思想认识、责任落实、隐患排查三个方面作了部署,"
    "讲得很全面,要求很明确,我们要认真学习领会,抓好贯彻落实。",
    "一要提高认识。各村要把防火工作摆上重要位置,主要负责同志要亲自抓。二要压实责任。要把责任落实到山头地块,"
    "落实到具体人员。三要强化值守。要严格执行二十四小时值班制度,确保信息畅通。",
    "同志们,防火工作责任重大,希望大家认真抓好落实。现在散会。"))


def test_a_mail_s_short_reply_above_the_document_it_quotes_goes_and_so_does_its_signature() -> None:
    text = ("主题:Re: 主持词请审\n发件人:周某 <zhou@example.org>\n日期:2031年3月2日 周一 09:10\n\n"
            "小林:\n稿子看过了,只改了两处,请直接用。\n\n--\n周某\n镇党政办\n\n"
            "在 2031/3/1 17:40,林某 <lin@example.org> 写道:\n" + _QUOTED_DOCUMENT)
    doc = speechparse.parse_text(text)
    assert doc.title == "在全镇春季防火工作会议上的主持词"
    assert "只改了两处" not in doc.text and "镇党政办" not in doc.text
    assert doc.text.startswith("在全镇春季防火工作会议上的主持词\n同志们:")


def test_an_ocr_app_s_header_footer_picture_labels_and_specks_go() -> None:
    text = ("【快拍OCR · 识别结果】共2张图片\n———— 第1张图片 ————\n关于石桥村2031年工作的总结\n一、主要工作\n"
            "全村新建大棚四十个,增收明显。\n———— 第2张图片 ————\n' ·\n二、存在问题\n资金不足,人手紧张。\n丨\n"
            "— 识别完成 · 结果仅供参考,请以原件为准 —\n")
    doc = speechparse.parse_text(text)
    assert doc.text.rstrip("\n") == ("关于石桥村2031年工作的总结\n一、主要工作\n全村新建大棚四十个,增收明显。\n"
                                      "二、存在问题\n资金不足,人手紧张。")


@pytest.mark.parametrize("shapes", ["■■ ■", "◆◆◆◆◆"])
def test_a_line_of_filled_shapes_goes_and_a_templates_hollow_blanks_stay(shapes: str) -> None:
    body = "关于开展检查的通知\n各单位:\n请认真开展检查工作,确保取得实效。\n"
    assert speechparse.parse_text(f"{shapes}\n{body}").text == body
    assert speechparse.parse_text(f"□□□\n{body}").text.startswith("□□□\n")


def test_an_ocr_apps_count_of_the_screenshots_it_read_goes() -> None:
    text = "截图识别文字(共3张)\n\n石桥村2031年工作总结\n一、主要工作\n全村新建大棚四十个,增收明显。\n"
    assert speechparse.parse_text(text).text.startswith("石桥村2031年工作总结\n")


def test_an_ocr_speck_after_a_lines_words_goes_and_a_bar_between_words_stays() -> None:
    text = "石桥村工作总结\n一、主要工作 丨\n全村新建大棚四十个 丨 增收明显。\n"
    assert speechparse.parse_text(text).text == "石桥村工作总结\n一、主要工作\n全村新建大棚四十个 丨 增收明显。\n"


@pytest.mark.parametrize(("raw_line", "kept"), [("下面,我讲两点意见。`", "下面,我讲两点意见。"),
                                                ("(二)抓好队伍建设。丨", "(二)抓好队伍建设。"),
                                                ("丨 (二)抓好队伍建设。", "(二)抓好队伍建设。")])
def test_an_ocr_speck_glued_after_a_sentence_or_before_a_line_goes(raw_line: str, kept: str) -> None:
    text = f"在全镇工作会议上的讲话\n同志们:\n{raw_line}\n各村要落实责任,确保各项工作落到实处。\n"
    assert speechparse.parse_text(text).text == text.replace(raw_line, kept)


def test_an_ocr_speck_glued_to_a_word_the_lines_end_cuts_goes() -> None:
    text = ("在全镇工作会议上的讲话\n同志们:\n今年全镇为种粮大户发放补贴三百余万元,让更多农户普遍丨\n"
            "受益,群众满意度明显提升。\n")
    cleaned = speechparse.parse_text(text).text
    assert "丨" not in cleaned and "普遍" in cleaned and "受益,群众满意度" in cleaned


def test_comment_panels_under_an_icon_with_writers_units_go_and_the_document_after_the_last_stays() -> None:
    goal = ("某镇垃圾分类工作方案\n为推进全镇生活垃圾分类工作,改善农村人居环境,根据县里统一部署,结合本镇实际,"
            "制定本方案。\n一、工作目标\n年底前全镇行政村垃圾分类覆盖率达到百分之九十,镇区生活垃圾回收利用率达到百分之三十五,"
            "各村建成分类收集点不少于两个。\n")
    body = (goal + "二、工作措施\n(一)完善设施。各村按标准配置分类垃圾桶。\n(二)加强宣传。各村每月开展一次宣传活动。\n"
            "附件:1.分类垃圾桶配置标准\n2.宣传活动安排表\n某镇人民政府\n2033年3月1日\n")
    text = (goal + "💬 评论(2)\n孙丽(镇环卫所) 4月2日 09:15\n覆盖率是不是定高了?\n郑强 4月2日 10:40\n按县里要求定的。\n"
            "标记为已解决\n二、工作措施\n(一)完善设施。各村按标准配置分类垃圾桶。\n(二)加强宣传。各村每月开展一次宣传活动。\n"
            "💬 评论(1)\n郑强(镇宣传办) 4月3日 08:20\n宣传活动可以和赶集日结合。\n"
            "附件:1.分类垃圾桶配置标准\n2.宣传活动安排表\n某镇人民政府\n2033年3月1日\n")
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_a_comment_under_the_apps_icon_with_its_reply_and_the_apps_name_before_the_path_go() -> None:
    body = ("某镇垃圾分类工作方案\n一、工作目标\n年底前全镇行政村垃圾分类覆盖率达到百分之九十。\n"
            "二、工作措施\n(一)完善设施。各村按标准配置分类垃圾桶。\n")
    text = ("某某云文档\u3000\u3000\u3000知识库 / 环卫所 / 垃圾分类\n某镇垃圾分类工作方案\n一、工作目标\n"
            "年底前全镇行政村垃圾分类覆盖率达到百分之九十。\n💬 孙丽:覆盖率是不是定高了?\n"
            "回复 孙丽:按县里要求定的。已解决\n"
            "二、工作措施\n(一)完善设施。各村按标准配置分类垃圾桶。\n")
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_a_comment_panel_without_its_count_inside_the_document_goes_and_the_document_goes_on() -> None:
    goal = ("某镇垃圾分类工作推进会主持词\n同志们:\n今天我们召开全镇垃圾分类工作推进会,"
            "会议的主要任务是总结前一阶段工作,部署下一阶段任务。出席今天会议的领导有镇党委书记、镇长和分管副镇长,参加会议的还有各村党支部书记。\n")
    rest = "今天的议程有三项。\n首先,请镇长通报分类工作进展。\n接着,请两个村谈谈做法。\n"
    text = goal + "评论\n孙丽 4月2日 09:15\n参会人数等会务组确认后再填\n回复\n" + rest
    assert speechparse.parse_text(text).text.rstrip("\n") == (goal + rest).rstrip("\n")


def test_a_comment_copied_without_label_or_count_with_its_buttons_and_reply_goes() -> None:
    body = ("某镇燃气安全排查方案\n一、排查范围\n全镇燃气经营企业和餐饮用户。\n"
            "二、排查内容\n重点排查报警装置安装情况。\n")
    text = ("某镇燃气安全排查方案\n一、排查范围\n全镇燃气经营企业和餐饮用户。\n孙丽\n3月11日 14:30\n"
            "建议把学校食堂也列进来\n回复  解决\n  郑强 回复 孙丽:已加\n  3月11日 15:02\n"
            "二、排查内容\n重点排查报警装置安装情况。\n")
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_a_shared_documents_comment_thread_its_buttons_and_read_count_go() -> None:
    body = ("某镇垃圾分类工作方案\n一、工作目标\n年底前全镇行政村垃圾分类覆盖率达到百分之九十。\n"
            "二、工作措施\n(一)完善设施。各村按标准配置分类垃圾桶。\n(二)加强宣传。各村每月开展一次宣传活动。\n")
    text = ("某镇垃圾分类工作方案\n添加图标\u3000添加封面\u3000添加评论\n一、工作目标\n"
            "年底前全镇行政村垃圾分类覆盖率达到百分之九十。\n评论 (2)\n孙丽 4月2日 09:15\n@郑强 覆盖率是不是定高了?\n"
            "郑强 4月2日 10:40\n按县里要求定的。\n回复\n二、工作措施\n(一)完善设施。各村按标准配置分类垃圾桶。\n"
            "(二)加强宣传。各村每月开展一次宣传活动。\n阅读 38\n点赞\u3000收藏\n")
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("comment", [
    "【评论 1】周某(办公室):这部分数据请核对后再填。\n3月2日 16:42\u3000回复\u3000·\u3000已解决\n"
    "【评论 1 的回复】刘某:好的,周五前补上。\n3月2日 17:05\n",
    "评论 教务处 吴老师:时间安排是否偏紧?\n回复 刘某:已调整为两周。\n@吴老师 已改,请再看看。\n已解决\n"])
def test_an_online_documents_comments_printed_where_they_are_anchored_go(comment: str) -> None:
    body = ("某校读书月活动方案\n一、活动目标\n营造浓厚的读书氛围。\n二、活动安排\n第一周开展好书推荐活动。\n")
    text = body.replace("二、活动安排", comment + "二、活动安排") + "输入 @ 提及他人\n帮助中心  快捷键  返回旧版\n"
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_an_online_editors_toolbar_outline_label_and_edit_stamp_go_and_the_title_is_the_documents() -> None:
    text = ("某某文档\n办公室 / 2031年 / 会议材料\n某某 最近编辑于 1月9日 16:42 · 已保存到云端\n"
            "正文 ▾\u3000微软雅黑 ▾\u300014 ▾\u3000插入 ▾\u3000@提及\n大纲\n一、总结成绩\n二、部署任务\n"
            "在全县基层党建工作会议上的讲话\n同志们:\n一、总结成绩\n过去一年,全县基层党建工作取得新进展。\n"
            "二、部署任务\n今年要重点抓好三项工作。\n")
    document = speechparse.parse_text(text)
    assert document.title == "在全县基层党建工作会议上的讲话"
    assert document.text.startswith("在全县基层党建工作会议上的讲话\n同志们:")


def test_a_comment_count_with_no_comment_under_it_takes_no_line_of_the_document() -> None:
    text = ("某镇垃圾分类工作方案\n一、工作目标\n年底前全镇行政村垃圾分类覆盖率达到百分之九十。\n评论 (2)\n"
            "二、工作措施\n各村按标准配置分类垃圾桶。\n")
    assert "二、工作措施\n各村按标准配置分类垃圾桶。" in speechparse.parse_text(text).text


def test_a_microblogs_badge_its_sort_bar_and_the_comments_under_it_go() -> None:
    body = "在全县冬季供暖工作会议上的讲话\n同志们:\n今年供暖季提前三天开始,各单位要确保群众温暖过冬。\n"
    text = ("某某城管发布\nV\n31-11-2 16:05 来自 微博 weibo.com\n" + body
            + "转发 12 | 评论 9 | 赞 86\n按热度\u3000按时间\n"
            "暖暖的小窝:终于要来暖气了!\n11-2 17:20 来自山东\u3000回复\u3000赞 5\n")
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_a_question_pages_head_goes_down_to_the_answers_vote_count_and_its_vote_bar_at_the_end() -> None:
    body = ("某街道垃圾分类工作情况汇报\n街道办事处:\n现将我街道垃圾分类工作情况汇报如下。\n一、主要做法\n"
            "建立分类投放点四十个,配备督导员八十名。\n")
    text = ("街道的垃圾分类汇报一般怎么写?需要注意什么?\n关注问题\u200b写回答\n垃圾分类\n基层治理\n"
            "关注者 96  被浏览 12,408\n写材料的小周\n街道办 综合科\n58 人赞同了该回答\n" + body
            + "\u200b赞同 58\u200b\u200b添加评论\n")
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_a_blogs_author_card_and_a_list_label_run_into_its_more_link_go_at_the_end() -> None:
    body = "关于开展节水宣传周活动的通知\n各科室:\n请各科室按要求开展节水宣传活动。\n某某县水务局\n2031年3月X日\n"
    text = (body + "赞赏支持\n青溪笔记 总资产8 共写了3.2W字 获得96个赞 共21个粉丝\n公文写作\n"
            "相关阅读更多精彩内容\n关于开展节能宣传周活动的通知 阅读 87\n评论0 赞1\n")
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_a_reply_forms_blank_count_of_attendees_stays() -> None:
    text = ("关于召开全县安全生产会议的通知\n各单位:\n定于下周一召开全县安全生产会议。\n附件\n参会回执\n"
            "单位名称:________\n参会人数:____人\n联系电话:________\n")
    assert "参会人数:____人" in speechparse.parse_text(text).text


@pytest.mark.parametrize("footer", ["本数字报由某某科技提供技术支持", "这家伙很懒,什么都没留下",
                                    "Android版\u3000iPhone版\u3000iPad版"])
def test_a_pages_credit_for_its_system_an_empty_uploader_card_and_its_app_editions_go(footer: str) -> None:
    body = "在全镇秋收工作会议上的讲话\n同志们:\n今年秋收任务重,各村要抓紧组织人力机具,确保颗粒归仓。\n谢谢大家!\n"
    text = body + "版权所有 某某日报社 未经书面授权不得转载\n" + footer + "\n关于我们 联系我们 法律声明\n"
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_an_editors_sign_off_under_the_reposted_document_goes_with_the_page_under_it() -> None:
    body = ("某市公共资源交易管理办法\n第一条 为规范公共资源交易活动,制定本办法。\n"
            "第二条 本办法自2031年7月1日起施行。2020年印发的《某市公共资源交易暂行办法》同时废止。\n")
    text = (body + "以上就是本次办法的全部内容,大家还有哪些疑问,欢迎在评论区留言讨论~\n"
            "本文来源:某市人民政府网站,如有侵权请联系删除\n举报/反馈\n发表评论\n作者最新文章\n投标保证金的五个常见问题\n")
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_a_posts_headline_over_its_dateline_goes_with_the_share_bar_under_it() -> None:
    text = ("某某首页 > 某某号 > 正文\n家长注意!区里发了新通知:接送孩子有新要求\n2031-09-02 18:05:31 来源: 某某教育\n"
            "山东\n0\n分享至\n微信扫码分享\n各位家长,新学期新要求来啦!\n近日,区教育局印发通知,对学生接送提出新要求。\n"
            "关于做好秋季学期学生接送安全工作的通知\n各中小学校:\n请各校加强上下学时段校门口安全管理,确保学生安全。\n")
    cleaned = speechparse.parse_text(text).text
    assert not any(noise in cleaned for noise in ("家长注意", "分享至", "扫码", "山东"))


def test_a_posts_headline_that_is_the_documents_title_decorated_stays_its_title() -> None:
    text = ("某某股吧 > 正文\n[公告] 重磅!某市国资委关于开展市值管理专项行动的通知(全文)\n"
            "作者:某某   发表于 2031-06-12 14:22:05\n各区属国有企业:\n请认真贯彻执行。\n")
    assert speechparse.parse_text(text).title == "某市国资委关于开展市值管理专项行动的通知"


def test_a_microblogs_badge_after_the_name_and_its_share_label_after_the_topics_go() -> None:
    body = "全县秋季招商推介会主持词\n各位来宾,同志们:\n大家上午好!今天我们在这里召开秋季招商推介会。\n"
    text = "某某县商务 V\n31-11-08 15:42 来自 微博 weibo.com\n#招商推介会# 【全文分享】\n" + body
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_an_apostrophe_closing_a_quotation_after_a_sentence_stays() -> None:
    text = "在全镇工作会议上的讲话\n同志们:\n老支书常说:'群众的事无小事。'\n各村要落实责任。\n"
    assert speechparse.parse_text(text).text == text


def test_an_ocr_red_rule_with_its_star_a_seals_mark_and_specks_by_a_chapter_go() -> None:
    text = ("某县人民代表大会常务委员会文件\n某人常发〔2031〕5号\n——————————★——————————\n"
            "某县人大常委会关于印发《代表联络站工作办法》的通知\n各乡镇人大主席团:\n现将办法印发给你们,请遵照执行。\n"
            "某县人大常委会\n(印)\n2031年6月28日\n第一章 总则 `\n第一条 为规范代表联络站工作,制定本办法。\n"
            "丨第二章 职责\n第二条 联络站负责收集群众意见。\n")
    document = speechparse.parse_text(text)
    assert document.title == "某县人大常委会关于印发《代表联络站工作办法》的通知"
    assert not any(noise in document.text for noise in ("★", "(印)", "`", "丨"))
    assert "\n第二章 职责\n" in document.text


@pytest.mark.parametrize("rule", ["━━━━━━━━━━★━━━━━━━━━━", "══════════☆══════════"])
def test_an_ocr_red_rule_drawn_with_heavy_or_double_lines_goes(rule: str) -> None:
    text = (f"某县农业农村局文件\n某农发〔2031〕8号\n{rule}\n某县农业农村局关于做好秋播工作的通知\n各乡镇农业站:\n"
            "现将有关事项通知如下。\n")
    document = speechparse.parse_text(text)
    assert document.title == "某县农业农村局关于做好秋播工作的通知" and rule not in document.text


def test_an_ocr_seal_with_its_star_between_spaced_words_and_the_seals_mark_by_the_date_go() -> None:
    text = ("某县农业农村局关于做好秋播工作的通知\n各乡镇农业站:\n现将有关事项通知如下,请遵照执行。\n"
            "某县农业农村局\n(盖章)\n县农业  ★  农村局\n2031年9月2日\n")
    cleaned = speechparse.parse_text(text).text
    assert "(盖章)" not in cleaned and "★" not in cleaned and cleaned.endswith("某县农业农村局\n2031年9月2日\n")


def test_a_forms_place_for_the_seal_over_a_blank_date_stays() -> None:
    text = ("某县农业合作社入社申请表\n申请人:________\n四、乡镇农业站意见\n(盖章)\n年  月  日\n")
    assert "(盖章)" in speechparse.parse_text(text).text


def test_a_stock_forums_tags_of_shares_go_with_the_blanks_in_their_codes() -> None:
    text = ("在全市民营企业家座谈会上的讲话\n各位企业家朋友:\n今天请大家来,就是要听听大家的意见。\n"
            "一、企业的难处\n大家反映的融资和用工问题,我们都记下了。$某某电气(SZ00XXXX)$ $某某材料(SH600001)$\n"
            "二、关于政策\n各部门要把惠企政策落到实处。\n")
    document = speechparse.parse_text(text)
    assert "$" not in document.text and "都记下了。\n二、关于政策" in document.text
    assert [placeholder.text for placeholder in document.placeholders] == []


@pytest.mark.parametrize("label", ["标题导航", "本版标题"])
def test_an_e_papers_headline_list_with_square_bullets_ends_where_the_headline_is_printed_again(label: str) -> None:
    text = (f"青禾工商报数字报\n2031年03月05日 星期三\n第05版:综合\n上一版  下一版  | 往期查询\n{label}\n"
            "■ 抱团出海 让商会成为企业的娘家\n■ 全县异地商会交流会召开\n抱团出海 让商会成为企业的娘家\n"
            "——在县工商联年度会员大会上的讲话\n字号 大 中 小\n各位会长、同志们:\n"
            "这次会议的主要任务是总结去年工作,部署今年任务。\n一、去年工作回顾\n商会组织持续壮大。\n")
    document = speechparse.parse_text(text)
    assert document.text.startswith("抱团出海 让商会成为企业的娘家\n——在县工商联年度")


def test_an_e_papers_list_of_its_pages_headlines_goes_and_the_title_under_it_stays() -> None:
    text = ("青禾日报 数字报刊\n第04版:综合\n本版标题导航\n· 关于做好秋冬季森林防火工作的通知\n· 某镇举办农民丰收节\n"
            "· 山区道路改造全面完工\n关于做好秋冬季森林防火工作的通知\n各乡镇人民政府,县直各单位:\n"
            "为切实做好秋冬季森林防火工作,现将有关事项通知如下。\n一、压实防火责任\n各乡镇要落实属地责任。\n"
            "本版其他新闻:\n某镇举办农民丰收节\n山区道路改造全面完工\n")
    doc = speechparse.parse_text(text)
    assert doc.title == "关于做好秋冬季森林防火工作的通知"
    assert doc.text.rstrip("\n") == ("关于做好秋冬季森林防火工作的通知\n各乡镇人民政府,县直各单位:\n"
                                      "为切实做好秋冬季森林防火工作,现将有关事项通知如下。\n一、压实防火责任\n各乡镇要落实属地责任。")


def test_an_e_papers_headline_list_ends_where_the_articles_own_headline_is_printed_again() -> None:
    text = ("青禾日报\n第03版:理论\n本版新闻列表:\n以改革激发乡村发展活力\n专家视点:壮大村级集体经济\n理论问答\n"
            "以改革激发乡村发展活力\n——某县推进农村集体产权制度改革的实践\n近年来,某县深入推进农村集体产权制度改革,"
            "村级集体经济不断壮大。\n一、摸清家底\n全面开展清产核资。\n")
    document = speechparse.parse_text(text)
    assert document.title == "以改革激发乡村发展活力"
    assert "专家视点" not in document.text and "理论问答" not in document.text


def test_an_e_papers_headline_list_under_its_bare_label_at_the_end_goes() -> None:
    body = "在全县植树节活动上的讲话\n同志们:\n今天我们在这里开展义务植树活动,共同为家乡增绿添彩。\n谢谢大家!\n"
    text = body + ("标题导航\n· 全县义务植树活动启动\n· 在全县植树节活动上的讲话\n· 青山绿水入画来\n"
                   "版权所有 青禾日报社\n")
    assert speechparse.parse_text(text).text.rstrip("\n") == body.rstrip("\n")


def test_an_e_papers_masthead_with_its_date_and_a_jump_between_lettered_pages_go() -> None:
    text = ("青禾日报数字报　　2031年04月17日　星期三\n第A2版:要闻\n在全县春季植树动员会上的讲话\n同志们:\n"
            "今年全县计划植树五十万株,各乡镇要早安排、早部署,确保苗木按时栽种到位。\n(下转A3版)\n"
            "本版责编:林某　　版式设计:王某\n第A3版:综合\n(上接A2版)\n各有关部门要加强协作,形成工作合力。\n")
    cleaned = speechparse.parse_text(text).text
    assert not any(noise in cleaned for noise in ("数字报", "下转", "上接", "第A3版", "本版责编"))
    assert "确保苗木按时栽种到位。\n各有关部门要加强协作" in cleaned


def test_a_papers_byline_with_what_its_reporters_did_goes() -> None:
    text = ("在全县秋粮收购工作会议上的讲话\n■本报记者 周立新 通讯员 韩某 整理\n同志们:\n"
            "今年秋粮收购工作任务重,各有关单位要提前谋划,确保颗粒归仓。\n")
    assert "本报记者" not in speechparse.parse_text(text).text


@pytest.mark.parametrize("label", ["全部评论 36", "共 86 条评论"])
def test_a_page_s_comments_under_their_count_go(label: str) -> None:
    text = (f"在全县安全生产会议上的讲话\n同志们:\n各乡镇要落实属地责任,确保安全生产形势稳定。\n{label}\n"
            "清源老水利:讲得实在,我们单位都认真学了\n05-02 12:31 · 回复 · 赞 8\n")
    assert speechparse.parse_text(text).text.rstrip("\n").endswith("确保安全生产形势稳定。")


@pytest.mark.parametrize("caption", ["▲ 3月9日,县政协第十届第三次会议胜利闭幕。(摄影:林某)",
                                     "(图为会议现场)图片来源:青禾日报"])
def test_a_news_page_s_photo_caption_with_its_credit_goes(caption: str) -> None:
    text = f"县政协会议胜利闭幕\n{caption}\n各位委员:\n本次会议圆满完成了各项议程。\n"
    assert caption not in speechparse.parse_text(text).text


def test_an_e_paper_s_header_and_its_page_labels_go() -> None:
    text = ("青禾日报\n2031年10月15日  星期二\n第03版:要闻\n放大  缩小  默认\n\n在全省农业生产工作会议上的讲话\n"
            "同志们:\n农业农村部门要加强技术指导,确保冬小麦适期播种。\n第04版:综合新闻\n"
            "各级党委和政府要把农业生产摆上重要议事日程。\n")
    doc = speechparse.parse_text(text)
    assert doc.text.startswith("在全省农业生产工作会议上的讲话\n")
    assert "第04版" not in doc.text


@pytest.mark.parametrize("banner", ["==================== RECORD 000042 ====================",
                                    "----- END 000042 (ok, 2 images skipped) -----",
                                    "===== txt-export 1.2 | engine: docreader -w 76 ====="])
def test_a_programs_banner_between_rules_is_a_line_of_noise(banner: str) -> None:
    raw = f"{banner}\n关于做好冬季供暖的通知\n各街道:\n请提前检修管网。\n{banner}\n"
    cleaned = clean(raw)
    assert cleaned.text.rstrip("\n") == "关于做好冬季供暖的通知\n各街道:\n请提前检修管网。"
    assert "copy.tool_banner" in {removal.rule for removal in cleaned.removals}


@pytest.mark.parametrize("line", ["======== 一、总体要求 ========", "------ 3 ------"])
def test_words_or_a_page_number_between_rules_are_no_programs_banner(line: str) -> None:
    raw = f"关于做好冬季供暖的通知\n各街道要提前检修管网,确保按时供暖。\n{line}\n要明确专人负责。\n"
    assert "copy.tool_banner" not in {removal.rule for removal in clean(raw).removals}


def test_a_pages_script_taken_with_its_text_goes_and_the_links_above_it_go_with_the_tail() -> None:
    body = "关于做好冬季供暖的通知\n各街道:\n请提前检修管网,确保按时供暖。\n某某区供暖办\n2031年11月2日\n"
    script = ("\t\tvar _stat = _stat || [];\n\t\t(function() {\n\t\t  var el = document.createElement(\"script\");\n"
              "\t\t  el.src = \"https://stat.example.org/s.js?1a2b\";\n\t\t  _stat.push([\"page\", 1]);\n\t\t})();\n")
    cleaned = clean(body + "上一篇:关于做好秋季防火的通知\n下一篇:关于春节放假的通知\n" + script)
    assert cleaned.text.rstrip("\n") == body.rstrip("\n")
    assert "copy.script" in {removal.rule for removal in cleaned.removals}


def test_a_line_of_code_words_with_chinese_on_it_is_no_script() -> None:
    raw = "关于做好冬季供暖的通知\n各街道:\n请登录 www.example.org(供暖服务平台)报送进度。\n要明确专人负责。\n"
    assert "copy.script" not in {removal.rule for removal in clean(raw).removals}


def test_a_breadcrumb_taken_one_element_a_line_goes() -> None:
    body = "关于做好冬季供暖的通知\n各街道:\n请提前检修管网,确保按时供暖。\n"
    cleaned = clean("当前位置:\n首页\n>\n政务公开\n>\n通知公告\n" + body)
    assert cleaned.text == body


def test_an_extractors_record_fields_above_the_text_go() -> None:
    body = "关于做好冬季供暖的通知\n各街道:\n请提前检修管网,确保按时供暖。一、检修管网\n要明确专人负责。\n"
    raw = ("[readable] 关于做好冬季供暖的通知_某某网\n[byline] 编辑部\n"
           "[excerpt] 各街道:请提前检修管网,确保按时供暖。一、检修管网要明确专人负责。\n[length] 812\n\n" + body)
    assert clean(raw).text == body


def test_a_comment_label_the_documents_numbering_goes_on_under_cuts_nothing_after_it() -> None:
    raw = ("关于年度工作的总结\n一、主要工作\n1.抓好文稿服务。全年起草文稿120篇。\n评论(2)\n"
           "2.抓好统筹协调。全年组织会议24次。\n二、存在问题\n一是深度不够;二是手段单一。\n")
    cleaned = clean(raw)
    assert "评论(2)" not in cleaned.text
    assert cleaned.text.endswith("2.抓好统筹协调。全年组织会议24次。\n二、存在问题\n一是深度不够;二是手段单一。\n")


def test_a_comment_label_under_the_documents_last_part_still_cuts_the_comments() -> None:
    raw = ("关于年度工作的总结\n一、主要工作\n全年起草文稿120篇。\n二、存在问题\n深度不够。\n评论(2)\n"
           "读者甲 12-26 10:15 写得好\n1.读者乙 12-26 11:02 学习了\n")
    assert clean(raw).text.rstrip("\n").endswith("深度不够。")


def test_a_bilingual_pages_translation_goes_and_its_numbered_lines_head_nothing() -> None:
    raw = ("关于留学生报到注册的通知\n各位新生:\n现将报到事项通知如下。\n一、网上预报到\n"
           "请于8月31日前完成网上预报到。\n二、现场注册\n请携带护照原件到现场注册。\n国际交流处\n\n"
           "Notice on Registration for International Students\n"
           "1. Online pre-registration must be completed before August 31.\n"
           "2. On-site registration requires your original passport.\n")
    document = speechparse.parse_text(raw)
    assert "Notice" not in document.text and "passport" not in document.text
    assert [section.marker for section in document.sections()] == ["一、", "二、"]


@pytest.mark.parametrize("line", ["Good morning!", "尊敬的 Professor Smith,各位来宾:", "GDP增长5.2%,CPI上涨0.3%。"])
def test_english_words_a_chinese_text_holds_stay(line: str) -> None:
    raw = f"在国际论坛开幕式上的致辞\n{line}\n今天,我们相聚在美丽的湖畔。\n"
    assert line in clean(raw).text


@pytest.mark.parametrize("source", ["《青禾日报》2031年11月14日第3版", "来源:《某某教育报》(2031-11-14 03版)"])
def test_a_papers_line_naming_where_the_article_ran_goes(source: str) -> None:
    body = "在全县作风建设大会上的讲话\n同志们:\n要坚决整治形式主义。\n同志们,让我们以过硬作风推动工作落地见效!\n"
    assert clean(body + source + "\n").text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("credit", ["(本报记者 某某 整理)", "（记者 某某 某某 采写）",
                                    "（本报记者 林某某 通讯员 何某）"])
def test_a_papers_credit_for_the_reporter_who_wrote_the_speech_up_goes(credit: str) -> None:
    body = "在全县作风建设大会上的讲话\n同志们:\n要坚决整治形式主义。\n同志们,让我们以过硬作风推动工作落地见效!\n"
    assert clean(body + credit + "\n").text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("line", ["（图片）", "视频加载中...", "▲图为工作人员开展监督检查。", "图片来源:某某宣传部",
                                  "图片:某县融媒体中心", "▲运动员代表宣誓。(本文图片由某市体育局提供)"])
def test_an_accounts_media_places_and_captions_are_lines_of_noise(line: str) -> None:
    raw = f"关于两起典型问题的通报\n现将典型问题通报如下。\n{line}\n1.某镇干部违规收受礼品问题。\n"
    assert line not in clean(raw).text


def test_an_issues_editor_is_a_credit_of_the_page() -> None:
    body = "关于两起典型问题的通报\n现将典型问题通报如下。\n1.某镇干部违规收受礼品问题。\n"
    assert clean(body + "本期编辑:某某\n").text.rstrip("\n") == body.rstrip("\n")


def test_a_scenes_words_with_its_photographer_in_brackets_are_a_caption() -> None:
    raw = "在开学典礼上的讲话\n同学们:\n今天,我们在这里隆重举行开学典礼。\n典礼现场(摄影:某某)\n希望大家珍惜时光。\n"
    assert "典礼现场" not in clean(raw).text


def test_a_sentence_that_names_a_photographer_in_brackets_stays() -> None:
    raw = "在开学典礼上的讲话\n同学们:\n学校邀请了校友为大家拍摄纪念照(摄影:某某)。\n希望大家珍惜时光。\n"
    assert "拍摄纪念照" in clean(raw).text


@pytest.mark.parametrize("validity", ["有效性\n有效", "是否有效\n是"])
def test_a_portals_metadata_table_taken_a_cell_a_line_goes_labels_values_and_empty_cells(validity: str) -> None:
    body = "某某局关于开展扬尘专项治理的通知\n各区住房和城乡建设局:\n现决定开展扬尘专项治理。\n"
    raw = (f"索引号\n1133XXXX/2031-00077\n主题分类\n城乡建设\n成文日期\n发文字号\n某建发〔2031〕11号\n{validity}\n"
           + body)
    assert clean(raw).text == body


def test_a_portals_metadata_labels_in_brackets_spaced_as_the_table_aligns_them_go() -> None:
    body = "某某县政府投资项目管理办法\n第一条 为规范政府投资行为,制定本办法。\n第二条 本办法自发布之日起施行。\n"
    raw = ("【名　　称】某某县政府投资项目管理办法\n【文　　号】某政发〔2031〕19号\n【政策解读】《办法》政策解读\n"
           + body)
    assert clean(raw).text == body


def test_a_caption_and_an_apps_plea_inside_a_text_run_together_go_and_the_headings_after_them_stand() -> None:
    raw = ("关于加快建设现代产业体系的意见\n为推动产业发展,现提出如下意见。 一、总体要求 坚持制造业立市。"
           " ▲某某产业园一角。某某日报记者 某某 摄 二、做强先进制造业 实施链长制。"
           " 【下载某某新闻客户端,看更多本地资讯】 三、发展现代服务业 大力发展现代物流。\n")
    document = speechparse.parse_text(raw)
    assert "▲" not in document.text and "客户端" not in document.text
    assert [section.marker for section in document.sections()] == ["一、", "二、", "三、"]


_PLAN = ("关于开展全镇河道保洁月活动的方案\n为改善河道环境,决定开展河道保洁月活动。\n"
         "一、活动时间\n三月一日至三月三十一日。\n二、活动内容\n组织各村清理河道垃圾,拆除违建网箱。\n三、工作要求\n各村要明确专人负责,按周报送进展。\n")


def test_comment_cards_between_paragraphs_are_no_chat_record_and_the_document_stays_whole() -> None:
    text = _PLAN.replace("二、活动内容", "💬 评论(2)\n引用:三月一日至三月三十一日\n孙某 2月20日 09:10\n"
                                         "月底前能清完吗?\n钱某 2月20日 10:02\n回复 孙某:按往年进度能完成。\n"
                                         "✓ 已解决\n二、活动内容")
    text = text.replace("三、工作要求", "💬 评论(2)\n周某(水利站) 昨天 16:20\n网箱要先通知养殖户\n"
                                       "吴某 今天 08:52 回复 周某\n已发通知\n三、工作要求")
    assert speechparse.parse_text(text).text.rstrip("\n") == _PLAN.rstrip("\n")


def test_a_card_whose_first_header_stands_on_its_label_line_goes_with_its_indented_reply() -> None:
    text = _PLAN.replace("三、工作要求", "💬 评论 · 郑某 · 02-21 10:21\n进展按周报送还是按旬?\n    王某 · 02-21 11:02\n"
                                       "    按周\n    ✓ 已解决\n三、工作要求")
    assert speechparse.parse_text(text).text.rstrip("\n") == _PLAN.rstrip("\n")


def test_a_reviewers_change_card_with_its_accept_and_reject_buttons_goes() -> None:
    text = _PLAN.replace("二、活动内容", "修订\n冯某  2月22日 15:12\n删除:“每日”\n接受  拒绝\n二、活动内容")
    assert speechparse.parse_text(text).text.rstrip("\n") == _PLAN.rstrip("\n")


def test_lettered_comments_at_the_foot_go_with_the_letters_of_their_anchors() -> None:
    text = (_PLAN.replace("拆除违建网箱。", "拆除违建网箱[a]。").replace("按周报送进展。", "按周报送进展[b]。")
            + "—— 评论 ——\n[a] 陈某 2月23日 10:12\n网箱拆除要和渔政一起\n  ↳ 褚某 2月23日 11:03:已联系渔政\n  已解决\n"
              "[b] 卫某 2月23日 14:40\n报送表格谁来定?\n  ↳ 蒋某:办公室定\n")
    cleaned = speechparse.parse_text(text).text
    assert cleaned.rstrip("\n") == _PLAN.rstrip("\n")


def test_a_card_that_shows_fewer_comments_than_its_count_takes_no_line_of_the_document_after_its_words() -> None:
    text = _PLAN.replace("二、活动内容", "评论(3)\n沈某 2月20日 09:10\n时间要不要放宽?\n二、活动内容")
    assert speechparse.parse_text(text).text.rstrip("\n") == _PLAN.rstrip("\n")


def test_an_online_editors_review_bar_under_the_title_goes() -> None:
    title, rest = _PLAN.split("\n", 1)
    assert speechparse.parse_text(f"{title}\n修订模式  查看修订记录\n{rest}").text.rstrip("\n") == _PLAN.rstrip("\n")


@pytest.mark.parametrize("chrome", ["修订记录(7)  全部接受  全部拒绝\n",
                                    "最近查看:韩某、杨某等8人\n", "文档已保存  字数 3518\n"])
def test_an_online_editors_review_bar_viewers_and_save_note_go(chrome: str) -> None:
    text = _PLAN + chrome
    assert speechparse.parse_text(text).text.rstrip("\n") == _PLAN.rstrip("\n")


def test_a_card_counted_after_a_space_with_a_post_before_a_name_goes_and_takes_nothing_below() -> None:
    text = _PLAN.replace("二、活动内容", "评论 2\n蒋某　2月18日 15:20\n时间请再核\n科长 沈某　2月18日 16:03\n"
                                         "回复 @蒋某:已核。\n回复　　解决\n二、活动内容")
    assert speechparse.parse_text(text).text.rstrip("\n") == _PLAN.rstrip("\n")


def test_a_card_led_by_the_apps_icon_and_a_header_goes_with_its_quote_reply_and_dotted_buttons() -> None:
    text = _PLAN.replace("二、活动内容", "💬 韩某 · 2月20日 10:12\n引用:“三月一日至三月三十一日”\n时间要不要放宽?\n"
                                         "↳ 杨某 · 2月20日 10:40:按县里统一安排\n解决 · 回复\n二、活动内容")
    cleaned = speechparse.parse_text(text).text
    assert cleaned.rstrip("\n") == _PLAN.rstrip("\n")


def test_a_line_led_by_a_symbol_with_no_comments_header_stays() -> None:
    text = _PLAN.replace("二、活动内容", "★ 重点提示:保洁月期间严禁焚烧垃圾\n二、活动内容")
    assert "★ 重点提示:保洁月期间严禁焚烧垃圾" in speechparse.parse_text(text).text
