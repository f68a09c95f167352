"""Line breaks inside sentences: a fixed-width copy (a PDF's text) is known by its lines' widths."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speechparse
from speechparse.clean import clean
from speechparse.clean.linebreaks import (
    _MARKER_START,
    _fixed_width,
    _measured_width,
    _opens_with_marker,
    display_width,
    join_broken_lines,
)

#: invented prose, cut into lines of twenty characters as a PDF's layout would cut it
_PROSE = ("我们要坚持把改善群众生活作为工作的出发点和落脚点,扎实推进各项民生实事,"
          "切实解决好群众最关心最直接最现实的利益问题,让发展成果更多更公平地惠及全体人民,"
          "同时要加强基层组织建设,健全完善工作机制,推动各项任务落地见效,确保全年目标顺利完成。")


def _lines(text: str, width: int) -> list[str]:
    return [text[index:index + width] for index in range(0, len(text), width)]


def test_a_fixed_width_copy_is_known_by_lines_of_one_width_that_stop_mid_sentence() -> None:
    lines = _lines(_PROSE * 2, 20)[:11]
    assert all(len(line) == 20 for line in lines)
    assert _fixed_width("\n".join(lines) + "\n") in {display_width(line) for line in lines}


def test_lines_of_one_width_that_each_end_a_sentence_are_no_fixed_width_copy() -> None:
    lines = [line[:19] + "。" for line in _lines(_PROSE * 2, 20)[:11]]
    assert _fixed_width("\n".join(lines) + "\n") is None


def test_a_fixed_width_copy_with_a_few_lines_that_end_a_sentence_is_still_one() -> None:
    lines = _lines(_PROSE * 2, 20)[:11]
    lines[3] = lines[3][:19] + "。"
    lines[7] = lines[7][:19] + "。"
    assert _fixed_width("\n".join(lines) + "\n") in {display_width(line) for line in lines}


@pytest.mark.parametrize(("line", "opens"), [
    ("一、总体要求", True), ("  (二)压实责任", True), ("\t3. 做好衔接", True), ("首先,要提高认识", True),
    ("第一章 总则", True), ("①加强领导", True), ("各单位要认真落实", False), ("", False), ("   ", False)])
def test_a_line_opens_with_a_marker_after_its_indentation(line: str, opens: bool) -> None:
    assert _opens_with_marker(line) is opens


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t一二、(())第章1.3首先其次要是甲乙工作A", max_size=12))
def test_the_first_character_gate_never_refuses_a_line_the_marker_pattern_matches(line: str) -> None:
    assert _opens_with_marker(line) == (_MARKER_START.match(line) is not None)


def test_a_title_split_over_two_lines_is_joined() -> None:
    cleaned = clean("镇党委领导班子民主生活会对照检\n查材料\n同志们:\n今天开会。\n")
    assert cleaned.text.startswith("镇党委领导班子民主生活会对照检查材料\n")


def test_a_decorated_file_name_above_the_bodys_own_title_is_not_its_first_half() -> None:
    raw = "县长在全县防汛工作会议上的讲话稿word版\n在全县防汛工作会议上的讲话\n同志们:\n今天开会。\n"
    assert clean(raw).text == raw


@pytest.mark.parametrize("heading", ["二、坚持目标导向", "(三)建好研学实践基地", "3.推动惠民政策落地",
                                     "四、学习体会和心得", "(二)积极稳妥应对"])
@pytest.mark.parametrize("following", ["1.摸清底数。要逐户走访。", "主要做法有以下几点。"])
def test_a_heading_ending_in_a_word_whose_last_character_is_a_function_word_is_not_joined(
        heading: str, following: str) -> None:
    raw = f"{heading}\n{following}\n"
    assert clean(raw).text == raw


@pytest.mark.parametrize("heading", ["一、坚持规划引领,把牢发展方向", "(二)强化要素保障,拓宽融资渠道",
                                     "A.夯实安全基础,守住底线向"])
@pytest.mark.parametrize("following", ["1.摸清底数。要逐户走访。", "(a)健全台账。逐项登记。", "一是摸清底数。"])
def test_a_heading_of_two_clauses_is_not_joined_to_the_item_under_it(heading: str, following: str) -> None:
    raw = f"{heading}\n{following}\n"
    assert clean(raw).text == raw


@pytest.mark.parametrize("gap", ["  ", "\t"])
def test_the_rows_of_a_table_are_not_joined_where_one_ends_and_the_next_starts_with_a_figure(gap: str) -> None:
    raw = f"序号{gap}村名{gap}户数\n1{gap}东湾村{gap}312\n2{gap}西岭村{gap}287\n3{gap}南坡村{gap}198\n"
    assert clean(raw).text == raw


def test_a_number_cut_in_two_across_a_line_break_is_joined() -> None:
    assert clean("全镇共有行政村1\n2个,社区3个。\n").text == "全镇共有行政村12个,社区3个。\n"


def test_running_prose_cut_after_a_point_s_marker_inside_its_sentence_is_joined() -> None:
    raw = ("一是村集体经济底子比较薄弱,增收渠道不多,缺乏带动能力强的龙头项目;二是干部队伍\n"
           "年龄偏大,专业人才明显不足。\n")
    assert clean(raw).text == raw.replace("干部队伍\n", "干部队伍")


def test_prose_cut_after_a_word_that_ends_in_a_function_word_is_joined() -> None:
    raw = "(二)工作目标。到年底,全镇农村卫生厕所普及\n率达到九成以上。\n"
    assert clean(raw).text == raw.replace("普及\n", "普及")


def test_a_short_line_with_a_comma_and_no_end_stays_a_line_of_its_own() -> None:
    raw = "坚持稳中求进,推动高质量发展\n各村要抓好落实。\n"
    assert clean(raw).text == raw


#: invented prose to open a fixed-width copy with: seven lines of twenty characters, cut mid-sentence
_OPENING = ("过去一年,全镇上下坚持稳中求进工作总基调,扎实做好稳增长、促改革、调结构、惠民生、防风险各项工作,"
            "经济社会发展取得新成效,全年完成固定资产投资八亿元,同比增长百分之十二,新增市场主体三百余户,"
            "城乡居民人均可支配收入稳步提高,民生保障水平持续提升,社会大局保持和谐稳定,成绩来之不易。")[:140]


def _fixed_width_copy(prose: str, width: int = 20) -> str:
    text = _OPENING + prose
    return "\n".join(text[index:index + width] for index in range(0, len(text), width)) + "\n"


def test_a_notices_title_over_its_addressees_in_a_fixed_width_copy_stays_on_its_line() -> None:
    def wrap(text: str, width: int = 29) -> str:
        return "\n".join(text[index:index + width] for index in range(0, len(text), width))
    letter = ("现将《青禾镇二〇三一年河道保洁和水环境管护工作要点》印发给你们，"
              "请各村认真组织实施。各村要逐条对照要点，排出时间表和责任人，把任务落到河段长，"
              "于四月底前将本村河道保洁安排表交镇水利站。保洁中发现的偷排问题，请当天报镇生态办。")
    points = ("二〇三一年，全镇农村人居环境整治提升工作的总体思路是：坚持以人民为中心，"
              "聚焦村庄清洁、厕所改造、污水治理和垃圾分类，"
              "着力补齐基础设施短板，着力健全长效管护机制，着力提升群众参与水平，为建设宜居宜业和美乡村提供坚强保障。"
              "去年以来，全镇认真落实上级部署，整治工作取得积极成效，河面漂浮物明显减少，沿岸群众都说水清了。但也要看到，"
              "部分村庄管护机制还不健全，个别村存在重建设轻管护的问题，群众参与的积极性还需进一步调动。")
    title = "关于印发《青禾镇二〇三一年河道保洁和水环境管护工作要点》的通知"
    raw = (f"青禾党发〔2031〕9号\n{title}\n各村党支部，镇直各单位党支部：\n  {wrap(letter)}\n中共青禾镇委员会\n"
           f"2031年3月11日\n— 1 —\n附件\n青禾镇二〇三一年河道保洁和水环境管护工作要点\n  {wrap(points)}\n")
    cleaned = clean(raw).text
    assert f"{title}\n各村党支部" in cleaned and letter in cleaned


def test_a_closing_quote_that_ends_a_full_line_of_a_fixed_width_copy_ends_no_sentence() -> None:
    # (the line the quote ends is a column short of the widest: a comma is half a Han character wide)
    prose = ("今年,全镇营商环境有改善,但“获得信贷”等指标得分仍低于全县平均水平,需要引起高度重视,各部门要逐项对标找差,"
             "拿出管用的硬招实招,确保年底前全部补齐短板。")
    raw = _fixed_width_copy(prose)
    assert "”\n等指标" in raw
    assert clean(raw).text.rstrip("\n") == _OPENING + prose


@pytest.mark.parametrize(("last", "joined"), [("；", True), ("。", False)])
def test_a_full_line_of_a_fixed_width_copy_joins_the_point_marker_under_it_unless_a_sentence_ended(
        last: str, joined: bool) -> None:
    prose = f"首先请东山村党支部书记王立新作表态发言{last}其次请西岭村党支部书记赵文同志发言,最后请农业站孙站长发言。"
    raw = _fixed_width_copy(prose)
    assert f"发言{last}\n其次" in raw
    assert (f"发言{last}其次" in clean(raw).text) is joined


def test_a_heading_of_clauses_with_no_number_keeps_its_line_break() -> None:
    raw = "坚持以人民为中心,全力推动经济社会高质量发展再上新台阶\n全县新增经营主体5800户,增长16.2%。\n"
    assert clean(raw).text == raw


def test_a_short_lines_number_above_another_number_is_not_one_number_cut_in_two() -> None:
    raw = "值班室\n值班电话:0833-5512345\n13900001111(值班手机)\n"
    assert clean(raw).text == raw


def test_a_tables_last_cell_with_its_sign_above_a_numbered_item_is_no_number_cut_in_two() -> None:
    raw = ("(二)预算安排\n1.镇级财力。全镇一般性收入计划十二亿元。\n项目\n预算数\n增长(%)\n"
           "镇级支出合计\n29.35\n-4.8\n2.土地出让收入。全镇土地出让收入计划六亿元。\n")
    assert "\n-4.8\n2.土地出让收入" in clean(raw).text


def test_an_items_marker_after_a_clauses_end_at_a_lines_end_joins_its_words_on_the_next_line() -> None:
    # (the line the marker ends is short of the page's width: its figures are half as wide as Han characters)
    raw = ("　　过去一年,全镇上下坚持稳中求进工作总基调,扎实做好稳增长\n"
           "、促改革、调结构、惠民生、防风险各项工作,经济社会发展取得\n新成效。\n"
           "　　这次检查看到的情况是:1.个别村集体台账登记不全,少\n记资产合计14.28万元;2.\n"
           "个别项目验收手续不完整,没有按程序组织联合验收,涉及金额\n约为6.37万元;3.个别村账目公开更新不及时。\n")
    assert ";2.个别项目" in clean(raw).text


def test_a_telephones_number_cut_after_its_area_code_joins() -> None:
    raw = ("关于报送秋粮收购进度的通知\n各乡镇:\n请于每周五前报送收购进度。联系人:林某,联系电话:0794-\n"
           "8261357。\n")
    assert "0794-8261357。" in clean(raw).text


def test_an_attachments_label_and_number_above_its_title_stay_apart() -> None:
    raw = "请认真抓好落实。\n附件2\n2033年全镇重点项目清单\n"
    assert "附件2\n2033年" in clean(raw).text


def test_a_short_copy_of_a_page_wrapped_at_its_columns_is_rejoined() -> None:
    # a 公文's page: 28 characters a line, full-width marks taking a column each as Han characters do
    raw = ("关于做好冬季供暖保障工作的通知\n各街道办事处，区直有关部门：\n"
           "　　入冬以来气温持续走低，供暖保障任务繁重。各单位要安排专\n"
           "人值守热源厂和换热站，严格落实二十四小时值班制度，发现问\n"
           "题及时处置。区供暖办将在下月组织一次全面督导检查，对工作\n"
           "不力的单位予以通报，确保群众温暖过冬。\n"
           "　　各街道要逐户摸排困难群众的取暖需求，建立台账，落实补\n"
           "贴资金，做到应保尽保。区民政局要会同各街道开展入户走访，\n"
           "及时解决群众反映的实际问题。\n临河区人民政府办公室\n2033年11月2日\n")
    text = clean(raw).text
    assert "安排专人值守热源厂" in text and "发现问题及时处置" in text and "对工作不力的单位" in text
    assert "落实补贴资金" in text and "开展入户走访，及时解决" in text
    assert "群众温暖过冬。\n各街道要逐户摸排" in text  # a paragraph's end stays
    assert "临河区人民政府办公室\n2033年11月2日" in text


#: invented paragraphs of a notice, each written on as a PDF wraps it (see _wrapped_with_an_indent)
_NOTICE_PARAGRAPHS = (
    "为切实做好冬季防火工作，有效防范各类火灾事故发生，经县政府研究决定，在全县范围内开展一次防火安全大检查，请认真抓好落实。",
    "各乡镇要对辖区内人员密集场所、仓库和出租房屋逐一开展排查，建立隐患整改清单，明确整改责任人和完成时限，确保问题整改到位。",
    "县应急管理局要会同消防救援大队组成若干督查组，采取明察暗访相结合的方式进行抽查，发现问题及时交办，跟踪督促整改落实。",
    "各单位要严格落实值班值守制度，主要负责同志要保持通信畅通，遇有紧急情况要第一时间报告，不得迟报漏报瞒报有关情况。",
    "检查结束后，请各乡镇和县直有关单位于本月底前将检查情况形成书面材料报送县应急管理局，逾期未报送的单位将予以通报。",
)


def _wrapped_with_an_indent(paragraph: str) -> str:
    # a page of 28 characters a line; the first line's two-character indent written as four spaces
    return "    " + paragraph[:26] + "\n" + paragraph[26:54] + "\n" + paragraph[54:] + "\n"


def test_a_paragraph_indent_of_spaces_counts_in_a_wrapped_lines_width() -> None:
    # paragraphs of two lines and a bit make the indented lines as many as the full ones, and a table's rows
    # below are wider than the page's column of prose
    raw = ("关于开展冬季防火检查的通知\n各乡镇，县直有关单位：\n"
           + "".join(_wrapped_with_an_indent(paragraph) for paragraph in _NOTICE_PARAGRAPHS)
           + "乡镇名称        检查场所数量        发现隐患数量        整改完成数量\n"
           + "城关镇          一百二十个          三十五处            三十二处\n")
    text = clean(raw).text
    for paragraph in _NOTICE_PARAGRAPHS:
        assert paragraph in text
    assert "请认真抓好落实。\n各乡镇要对辖区内" in text  # a paragraph's end stays


def test_lines_of_typed_paragraphs_of_any_length_are_no_fixed_width_copy() -> None:
    raw = ("同志们：\n今天召开会议，主要任务是总结工作。\n"
           "去年以来，全区上下团结一心，各项工作取得了新的进展，经济运行稳中向好。\n一是项目建设扎实推进。\n"
           "二是民生保障持续加强，全年新增就业一千二百人，城乡低保标准稳步提高。\n谢谢大家！\n")
    assert clean(raw).text.count("\n") == raw.count("\n")


def test_a_line_ending_on_the_marker_of_the_point_it_opens_goes_on() -> None:
    raw = "要抓好两件事:一是守住路口,严禁带火种进山;二是\n守住重点时段,安排专人值守。\n"
    assert clean(raw).text == "要抓好两件事:一是守住路口,严禁带火种进山;二是守住重点时段,安排专人值守。\n"


def test_a_time_cut_at_its_colon_is_joined() -> None:
    assert "上午9:30在镇会议室" in clean("请于6月3日上午9:\n30在镇会议室集合。\n").text


def test_a_host_s_turn_opens_its_own_line_after_a_line_that_ends_in_a_comma() -> None:
    raw = ("梧桐镇新春晚会主持词\n甲:瑞雪纷飞迎新岁,\n乙:春风送暖入万家。\n合:晚会现在开始!\n"
           "主持人A:首先,\n有请镇长致辞。\n")
    text = clean(raw).text
    assert "甲:瑞雪纷飞迎新岁,\n乙:春风送暖入万家。\n合:" in text
    assert "主持人A:首先,有请镇长致辞。" in text  # a line after a comma that opens with no label goes on


def _wrapped(paragraphs: list[str], width: int) -> str:
    """Paragraphs opening with a full-width indent, wrapped every ``width`` characters."""
    lines = []
    for paragraph in paragraphs:
        text = "\u3000\u3000" + paragraph
        while text:
            lines.append(text[:width])
            text = text[width:]
    return "\n".join(lines) + "\n"


def test_an_indented_line_opens_a_paragraph_under_a_full_line_that_ended_a_sentence() -> None:
    paragraphs = ["各乡镇要把春耕生产摆在突出位置,主要负责同志要亲自部署、督办,确保落实到位。",  # fills two lines
                  "县农业农村局要加强技术指导,组织农技人员深入田间地头,帮助农户解决实际困难。",
                  "各有关部门要加强农资市场监管,严厉打击制售假冒伪劣农资的违法行为和不法商贩。",
                  "县财政局要及时拨付春耕补贴资金,确保资金足额发放到户,让农民群众都得到实惠。"]
    assert all((len(paragraph) + 2) % 20 == 0 for paragraph in paragraphs)  # each ends at the last column
    text = clean("梧桐县春耕生产工作通知\n" + _wrapped(paragraphs, 20)).text
    assert text.split("\n")[1:5] == paragraphs


def test_a_word_a_page_break_cut_joins_across_the_page_s_removed_footer_and_header() -> None:
    page_head = "2031/5/13 15:42    关于开展爱国卫生月活动的通知_梧桐县人民政府\n"
    footer = "https://www.wutong.gov.example/zwgk/202404/t20240402_1.html    1/2\n\n"
    raw = (page_head + "(一)开展环境卫生大扫除。以农贸市场、背街小巷、城乡结合部、老旧小区、建\n" + footer + page_head
           + "筑工地等为重点,组织开展集中整治。\n(二)开展病媒生物防制。做好孳生地清理。\n")
    assert "老旧小区、建筑工地等为重点" in clean(raw).text


def test_a_bracket_a_page_break_left_open_joins_the_marker_on_the_next_page() -> None:
    raw = ("某县秋季安全检查情况通报\n三、发现的问题\n检查中发现的问题主要有以下几个方面:\n（\n第 2 页 / 共 6 页\n"
           "一）隐患整改不够规范\n1.台账不全。部分单位未建立整改台账。\n（二）培训演练不够扎实\n个别单位未按期组织演练。\n")
    assert "\n（一）隐患整改不够规范\n" in clean(raw).text


def test_a_fields_blank_value_ending_its_line_is_not_joined_to_a_name_opening_with_a_blank() -> None:
    raw = ("关于开展档案检查的通知\n各单位:\n请认真做好迎检准备工作,确保检查顺利进行,发现问题及时整改到位。\n"
           "联系人:县档案馆 XXX,联系电话:XXXXXXX\nXX县人民政府办公室\n2031年5月X日\n")
    assert "XXXXXXX\nXX县人民政府办公室" in clean(raw).text


def test_a_fields_blank_value_a_wrap_cut_joins_its_end_on_the_next_line() -> None:
    raw = ("关于开展档案检查的通知\n各单位:\n请认真做好迎检准备工作,如有问题请与县档案馆联系。联系人:XXX,联系电话:XX\n"
           "XXXXXX。\n")
    assert "联系电话:XXXXXXXX。" in clean(raw).text


def test_a_page_break_before_the_title_a_sentence_names_joins_across_the_removed_footer() -> None:
    raw = ("(一)开展环境卫生大扫除。县爱卫办要组织各单位认真学习,并印发\n第 1 页 共 2 页\n"
           "《梧桐县爱国卫生月活动方案》,确保落实到位。\n")
    assert "并印发《梧桐县爱国卫生月活动方案》" in clean(raw).text


@pytest.mark.parametrize(("first", "joined"), [
    ("二、聚焦重点项目建设,劳动和技能竞赛深入开展", False),  # a heading of two clauses
    ("(一)教育质量稳步提升。学前教育普及率达到", True),  # a numbered paragraph's first line, cut
])
def test_a_numbered_heading_over_a_sites_mark_on_its_own_line_is_not_joined_to_the_paragraph(
        first: str, joined: bool) -> None:
    raw = f"某公司工会工作报告\n{first}\n【某某材料网 www.example.com 原创首发】\n九成以上,各项工作有序推进。\n"
    assert (first + "九成以上" in clean(raw).text) is joined


def test_a_title_above_a_page_s_removed_fields_is_not_joined_to_the_line_under_them() -> None:
    raw = ("梧桐县人民政府关于同意建设城南公园的批复\n发布机构:梧桐县人民政府 发布日期:2031-05-13\n"
           "城建局:\n你局报来的请示收悉。经研究,同意建设城南公园。\n")
    assert "的批复\n城建局:" in clean(raw).text


@pytest.mark.parametrize("heading", ["二、严格督查检查,确保措施落地", "(三)培育龙头企业,打造产业高地"])
def test_a_heading_of_two_clauses_ending_in_a_word_like_a_function_word_keeps_its_line(heading: str) -> None:
    raw = f"{heading}\n市安委会将于春节前后组织开展明查暗访。\n"
    assert clean(raw).text == raw



def test_a_line_of_labelled_fields_is_not_joined_to_the_next_fields_label() -> None:
    raw = "一、联系方式\n联系人:林青,电话:0833-5512345,邮箱:linqing@example.cn\n地址:石桥镇中心街8号\n"
    assert clean(raw).text == raw


def test_numbers_alone_on_their_lines_are_rows_not_one_number_cut_in_two() -> None:
    raw = "附表:\n1\n2\n3\n合计\n"
    assert "1\n2\n3\n合计" in clean(raw).text


def test_two_rows_of_a_table_whose_cells_are_parted_by_tabs_are_not_joined() -> None:
    raw = ("二、重点任务\n序号\t任务名称\t具体内容\t责任单位\t完成时限\n"
           "1\t村庄清洁行动\t开展春季、夏季、秋冬季村庄清洁行动,每月评选最美庭院\t镇农业服务中心\t全年持续推进\n"
           "2\t生活垃圾治理\t完善户分类、村收集、镇转运体系,新增投放点\t镇环卫所\t2033年6月底前\n")
    assert clean(raw).text == raw


def test_an_english_line_with_a_comma_is_not_joined_to_the_chinese_title_under_it() -> None:
    raw = ("School of Energy Engineering, Shiqiao University of Technology\n关于组织申报创新训练项目的通知\n"
           "各系、各班级:\n现将有关事项通知如下。\n")
    # (the English line is the page's, in another language, and goes: what matters here is that no title is joined)
    assert clean(raw).text in (raw, raw[raw.index("\n") + 1:])


@pytest.mark.parametrize(("first", "second"), [("关于印发《石桥县人居环境整治实施意见》", "的通知"),
                                               ("关于县委巡察组巡察反馈意见", "整改情况的通报")])
def test_a_title_broken_after_a_genre_word_of_its_own_is_joined(first: str, second: str) -> None:
    raw = f"{first}\n{second}\n各乡镇:\n现将有关情况通报如下。\n"
    assert clean(raw).text.startswith(first + second + "\n")


def test_a_centred_title_s_halves_are_joined_though_each_is_indented() -> None:
    # a centred title's lines are indented alike: in a fixed-width text of indented paragraphs, an indent
    # opens no paragraph between the halves of a title
    paragraphs = ["各乡镇要把春耕生产摆在突出位置,主要负责同志要亲自部署、督办,确保落实到位。",
                  "县农业农村局要加强技术指导,组织农技人员深入田间地头,帮助农户解决实际困难。",
                  "各有关部门要加强农资市场监管,严厉打击制售假冒伪劣农资的违法行为和不法商贩。",
                  "县财政局要及时拨付春耕补贴资金,确保资金足额发放到户,让农民群众都得到实惠。",
                  "县气象局要做好春季天气预报预警,及时发布灾害性天气信息,指导农户安排好农事。",
                  "县应急管理局要做好防汛抗旱准备工作,储备必要物资,确保关键时刻拉得出用得上。"]
    assert all((len(paragraph) + 2) % 20 == 0 for paragraph in paragraphs)  # each ends at the last column
    title = ("\u3000" * 4 + "中共梧桐县农业农村局党组\n" + "\u3000" * 4 + "关于县委巡察组巡察反馈意见\n"
             + "\u3000" * 6 + "整改情况的通报\n")
    text = clean(title + _wrapped(paragraphs, 20)).text
    assert text.startswith("中共梧桐县农业农村局党组\n关于县委巡察组巡察反馈意见整改情况的通报\n")


def test_rows_of_figures_and_a_chart_s_ticks_are_never_joined_into_one_number() -> None:
    # (a number glued to the next row's first makes a false figure: 3 / 2031 → 32031)
    raw = ("表2 各年度新建项目情况(单位:个)\n年份\u3000城镇\u3000农村\u3000合计\n2029\u300012\u30007\u30003\n"
           "2031\u300015\u30009\u30008\n全县项目总数稳步增长(见图2)。\n9000\n6000\n3000\n2029年\n2031年\n")
    text = clean(raw).text
    assert "2029\u300012\u30007\u30003\n2031" in text
    assert "9000\n6000\n3000\n2029年" in text


def test_a_cover_title_centred_over_three_lines_is_one_line() -> None:
    raw = ("石桥县国民经济和社会发展\n第十五个五年规划和二〇四〇年\n远景目标纲要\n"
           "(2031年2月20日石桥县第十八届人民代表大会第五次会议批准)\n第一章 发展基础\n全县经济总量稳步增长。\n")
    assert clean(raw).text.startswith("石桥县国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要\n")


@pytest.mark.parametrize("name", ["中共石桥镇委员会", "山居笔记", "石政发〔2031〕5号"])
def test_a_name_or_a_number_above_a_title_of_two_lines_is_not_the_first_of_three(name: str) -> None:
    raw = f"{name}\n关于表彰2031年度全镇乡村振兴工作\n先进集体和先进个人的决定\n各村(社区):\n现将有关事项决定如下。\n"
    assert clean(raw).text.startswith(f"{name}\n")


def test_rows_of_names_parted_by_spaces_are_not_joined_into_one_row() -> None:
    # (a fixed-width copy: a row as long as the prose's lines is no wrapped line of prose)
    prose = ["\u3000\u30002031年,全镇上下坚持以党建引领乡村振兴,凝心聚力、",
             "实干担当,圆满完成了年度各项目标任务。全年实现地区生",
             "产总值18.6亿元,同比增长6.2%;新建高标准农田1.2万亩,",
             "成功创建省级示范乡镇,群众获得感持续增强。经研究,决",
             "定表彰以下先进集体和先进个人。"]
    rows = ["一、先进集体(5个)", "镇农业综合服务中心 镇社会事务办公室 镇综合执法大队",
            "镇财政所 石桥中心小学 石桥镇卫生院", "二、先进个人(4名)",
            "王德明(金竹村党总支书记) 李秀英(石桥社区居委会主任)", "赵长富(青龙村党支部书记) 刘 芳(白鹤村妇联主席)"]
    assert clean("\n".join([*prose, *rows]) + "\n").text.endswith("\n".join(rows) + "\n")


@pytest.mark.parametrize(("first", "second"), [("石桥县生态环境局2031年工作总结", "和2032年工作打算"),
                                               ("石桥镇党委2031年度党建工作总结", "及2032年工作思路")])
def test_a_title_s_second_genre_joined_by_a_conjunction_on_the_next_line_goes_on(first: str, second: str) -> None:
    raw = f"{first}\n{second}\n同志们:\n现在开会。\n"
    assert clean(raw).text.startswith(first + second + "\n")


def test_a_row_s_last_figure_is_not_joined_to_the_next_row_s_first() -> None:
    rows = ["序号 单位 名额 序号 单位 名额", "1 石桥市 16 4 云溪市 12", "2 岚川市 18 5 鹤峰市 10"]
    raw = "附件\n各地名额分配表\n" + "\n".join(rows) + "\n"
    assert clean(raw).text.endswith("\n".join(rows) + "\n")


def test_a_bracket_a_line_leaves_open_closes_on_the_next_though_it_looks_like_a_marker() -> None:
    raw = "(一)请各单位于6月7日(星期\n五)前完成网上报名,逾期视为放弃。\n(二)培训期间统一安排食宿。\n"
    assert "于6月7日(星期五)前完成网上报名" in clean(raw).text


def test_a_post_s_headline_filling_its_line_is_not_joined_to_the_title_under_its_account_s_lines() -> None:
    prose = ["按照党支部《关于召开年度组织", "生活会的通知》要求,我认真学习了", "规定篇目,广泛征求了党员群众意",
             "见,深入查找了自身存在的问题和", "不足。现将个人对照检查情况报告", "如下。"]
    raw = ("10:21 @ .ıll 令 78\nX ···\n组织生活会对照检查材料(范文)\n原创 党建小编 机关党建参考\n"
           "2031年01月10日 08:30 北京\n年度组织生活会个人对照检查材\n料\n" + "\n".join(prose) + "\n")
    assert "组织生活会对照检查材料(范文)\n年度组织生活会个人对照检查材料\n" in clean(raw).text


def test_a_rule_of_underscores_is_joined_to_no_line_of_text() -> None:
    # (a fixed-width copy: the rule of a 版记 is as wide as the page, and no line of text goes on over it)
    prose = ["    经县人民政府研究，定于20XX年X月X日召开全县XXXX工作会",
             "议，总结工作、交流经验，安排部署下一阶段重点任务。现将有",
             "关事项通知如下：请各参会单位于X月X日下午5:00前将参会",
             "回执报送县政府办公室秘书股，逾期未报送的视为不参会。参会",
             "人员请提前15分钟到场签到，会议期间请将手机调至静音状态。", "    联系人：×××，联系电话：________。"]
    rule = "_" * 54
    raw = ("XX县人民政府办公室关于召开全县XXXX工作会议的通知\n各乡镇人民政府，县直各有关单位：\n" + "\n".join(prose)
           + f"\n\n{rule}\n  抄送：县委办公室，县人大常委会办公室。\n{rule}\n"
           f"  XX县人民政府办公室     20XX年X月X日印发\n{rule}\n")
    assert f"\n{rule}\n抄送：县委办公室，县人大常委会办公室。\n{rule}\n" in clean(raw).text


@pytest.mark.parametrize("line", ["QINGSHAN HEAVY MACHINERY GROUP CO.,LTD. 2031",
                                  "年产各类重型机械与成套设备1,250,000台的青山重型机械集团有限公司党群工作部"])
def test_a_comma_inside_a_latin_name_or_a_figure_is_no_clause_of_prose_that_runs_on(line: str) -> None:
    text = f"{line}\n服务热线:0100-5550123\n关于开展冬季安全生产大检查的通知\n各分公司:\n现将有关事项通知如下。\n"
    # (a Latin name alone on its line is the page's, in another language, and goes; no line is joined to another)
    assert clean(text).text in (text, text[text.index("\n") + 1:])


def test_a_line_that_ends_in_a_comma_goes_on_over_the_indented_line_under_it() -> None:
    paragraphs = ["各乡镇要把春耕生产摆在突出位置,主要负责同志要亲自部署、督办,确保落实到位。",
                  "县农业农村局要加强技术指导,组织农技人员深入田间地头,帮助农户解决实际困难。",
                  "各有关部门要加强农资市场监管,严厉打击制售假冒伪劣农资的违法行为和不法商贩。",
                  "县财政局要及时拨付春耕补贴资金,确保资金足额发放到户,让农民群众都得到实惠。"]
    distribution = "\n抄送：县委各部门，县人大办，县政协办，\n\u3000\u3000\u3000县人武部，县法院。\n"
    text = clean("梧桐县春耕生产工作通知\n" + _wrapped(paragraphs, 20) + distribution).text
    assert "抄送：县委各部门，县人大办，县政协办，县人武部，县法院。" in text
    assert text.split("\n")[1:5] == paragraphs


def _chat_with_a_narrow_message(message: str, width: int) -> str:
    """A chat's record: a message pasted from a narrow window (wrapped every ``width`` characters) between
    messages whose lines run to their paragraph's end."""
    wrapped = "\n".join(message[index:index + width] for index in range(0, len(message), width))
    long_line = ("各村要在本周五前把春季森林防火责任书签订情况、护林员到岗情况、重点区域巡查台账和物资储备清单报镇"
                 "应急办,逾期未报的将在全镇通报,请各位书记高度重视,亲自过问,确保按时保质完成。")
    return f"梧桐镇防火工作群\n{long_line}\n{wrapped}\n{long_line}\n收到\n"


def test_a_message_wrapped_at_a_narrow_width_inside_a_chat_s_record_is_joined() -> None:
    message = ("为切实做好今年春季森林防火工作,全面排查整治各类火灾隐患,坚决防范遏制重特大森林火灾发生,确保全镇森林"
               "资源安全和人民群众生命财产安全,经镇党委研究,决定自3月1日起在全镇开展春季森林防火专项整治行动。")
    text = clean(_chat_with_a_narrow_message(message, 17)).text
    assert message in text


def test_a_checklist_of_one_line_items_of_like_width_in_a_chat_s_record_is_not_joined() -> None:
    items = ["食品经营许可证在有效期内,并在醒目位置公示", "从业人员持有效健康证明上岗,每日晨检有记录",
             "建立进货查验记录,索证索票资料保存不少于半年", "不采购、不使用超过保质期或腐败变质的原料",
             "餐用具清洗消毒后存放于专用保洁设施内,每日检查", "学校负责人每日陪餐并做好陪餐记录,存档备查"]
    raw = _chat_with_a_narrow_message("", 17).replace("\n\n", "\n" + "\n".join(items) + "\n")
    assert "\n".join(items) in clean(raw).text


def _grid_copy(paragraphs: list[str], width: int = 20) -> str:
    """Paragraphs set in a grid of ``width`` characters a line, a figure's digit taking a cell as a Han
    character does (a 公文's 每行N字)."""
    return "".join("\n".join(paragraph[index:index + width] for index in range(0, len(paragraph), width)) + "\n"
                   for paragraph in paragraphs)


_GRID_PROSE = ("全镇上下坚持稳中求进工作总基调，扎实做好各项工作，经济社会发展取得新成效，全年完成固定资产投资八亿元，"
               "同比增长百分之十二，新增市场主体三百余户，城乡居民收入稳步提高，民生保障水平持续提升，社会大局和谐稳定。")


def test_a_grid_copy_s_line_of_figures_cut_inside_a_word_goes_on() -> None:
    figures = "截至2031年12月31日全镇累计建成基站326个，实现城区和重点乡镇连续覆盖，行政村光纤通达率均达到100%以上。"
    first = figures[:20]
    assert sum(char.isascii() for char in first) >= 8 and not first[-1].isascii()
    text = clean("梧桐镇二〇三一年工作总结\n" + _grid_copy([_GRID_PROSE, figures])).text
    assert figures in text


def test_a_subtitle_at_a_full_line_does_not_go_on_into_the_speaker_s_line_under_it() -> None:
    subtitle = "——2031年1月19日在梧桐镇第三届人民代表大会第四次会议上"
    raw = f"政府工作报告\n{subtitle}\n镇长\u3000林青\n各位代表:\n" + _grid_copy([_GRID_PROSE] * 3, len(subtitle) + 2)
    assert f"{subtitle}\n镇长\u3000林青\n" in clean(raw).text


def test_a_word_a_printed_page_cut_joins_across_the_blank_lines_around_its_removed_footer_and_header() -> None:
    page_head = "2031/5/13 15:42    关于开展爱国卫生月活动的通知_梧桐县人民政府\n"
    footer = "\nhttps://www.wutong.gov.example/zwgk/202404/t20240402_1.html    1/2\n\n\n"
    raw = (page_head + "(一)开展环境卫生大扫除。以城区和乡镇农贸市场、背街小巷、城乡结合部、老旧小区、建\n" + footer
           + page_head + "\n筑工地等为重点,组织开展集中整治。\n(二)开展病媒生物防制。做好孳生地清理。\n")
    assert "老旧小区、建筑工地等为重点" in clean(raw).text


def test_a_line_ending_in_an_opening_quote_is_joined_even_over_a_line_that_opens_like_a_point() -> None:
    # the line under it opens with 最后, a sequence word: a heading's line would otherwise end there
    text = "石桥镇便民服务调研报告\n(二)延伸服务触角,打通服务“\n最后一公里”。在各村设立代办点。\n"
    assert "打通服务“最后一公里”。在各村" in speechparse.parse_text(text).text


def test_a_line_ending_in_an_ordinal_s_di_is_joined_and_its_numeral_opens_no_heading() -> None:
    text = ("石桥镇窗口服务细则\n一、审批出件\n(一)后台审批。审批人员在时限内办结。按照本细则第一部分第\n"
            "(二)项出具补正通知的,时限重新计算。\n(二)统一出件。结果由综合窗口发放。\n")
    doc = speechparse.parse_text(text)
    assert "本细则第一部分第(二)项出具" in doc.text
    assert [(s.marker, s.heading) for s in doc.sections()][1:] == [("(一)", "后台审批"), ("(二)", "统一出件")]


def test_a_short_heading_over_a_blank_line_is_not_joined_whatever_its_last_word() -> None:
    # 聘用 and 选用 end in 用, a function word's character
    text = "石桥镇用人方案\n\n一、人员聘用\n\n(一)聘用条件。应当具备下列条件。\n\n二、干部选用\n\n按规定选用干部。\n"
    assert [s.heading for s in speechparse.parse_text(text).sections()] == ["人员聘用", "聘用条件", "干部选用"]


def test_a_distribution_list_s_hanging_wrap_joins_to_its_full_stop_and_the_printer_s_line_stays_apart() -> None:
    text = ("石桥县关于做好冬季道路养护的通知\n各乡镇:\n现将有关事项通知如下。\n"
            "抄送:县委办公室,县人大常委会办公室,县政协办公室,县纪委\n      监委,各乡镇人民政府。\n"
            "石桥县交通运输局办公室        2031年11月2日印发\n")
    lines = speechparse.parse_text(text).text.splitlines()
    assert lines[-2:] == ["抄送:县委办公室,县人大常委会办公室,县政协办公室,县纪委监委,各乡镇人民政府。",
                          "石桥县交通运输局办公室        2031年11月2日印发"]


def test_a_distribution_list_without_its_full_stop_is_not_joined_to_the_printer_s_line() -> None:
    text = ("石桥县关于做好冬季道路养护的通知\n各乡镇:\n现将有关事项通知如下。\n抄送:各部门、各项目部\n"
            "XX公司办公室  20XX年X月X日印发\n")
    lines = speechparse.parse_text(text).text.splitlines()
    assert lines[-2:] == ["抄送:各部门、各项目部", "XX公司办公室  20XX年X月X日印发"]


def test_a_short_line_of_no_mark_under_a_full_line_that_ends_a_sentence_is_a_line_of_its_own() -> None:
    # a fixed-width copy: two speakers' parts, each a title, a speaker's line, a salutation and a paragraph
    para = ("我镇将坚决落实防汛责任,做到责任到\n人、措施到位,全面排查山洪地质灾害\n隐患点,逐一明确监测责任人,汛期实\n"
            "行值班值守,确保群众生命财产安全。\n")
    text = ("全县防汛工作会议表态发言\n守土尽责 确保安全度汛\n河口镇镇长张某\n各位领导、同志们:\n" + para
            + "筑牢堤防 护佑平安\n县水利局局长李某\n各位领导、同志们:\n" + para)
    lines = speechparse.parse_text(text).text.splitlines()
    assert lines[5:8] == ["筑牢堤防 护佑平安", "县水利局局长李某", "各位领导、同志们:"]


def test_a_sentence_ended_before_an_emoji_at_the_line_s_end_is_not_joined_to_the_next_line() -> None:
    text = ("青年干部培训心得\n一、能力本领是硬支撑\n五天的培训时间虽短,但留给我的思考是长久的。作为一名青年干部,"
            "我将努力交出一份让组织放心、让群众满意的答卷。💪\n一起加油\n")
    assert "答卷。💪\n一起加油" in speechparse.parse_text(text).text


def test_a_line_of_prose_cut_inside_a_word_whose_last_character_opens_the_next_line_is_joined() -> None:
    text = ("关于做好夏季防汛工作的通知\n一、加强隐患排查\n"
            "后勤保障部要对地下车库、配电房、屋顶排水沟等重点部位开展一次全面排\n"
            "查,发现问题立即整改。\n二、做好物资储备\n各病区要储备必要的物资。\n")
    assert "开展一次全面排查,发现问题" in speechparse.parse_text(text).text


def test_a_note_s_one_character_label_under_a_table_s_row_stays_on_its_line() -> None:
    text = "石桥镇春播进度表\n填报单位、填报人、联系电话、填报日期:______年____月____日\n注:进度按已播面积计算。\n"
    assert "\n注:进度按已播面积计算。" in speechparse.parse_text(text).text


def test_a_post_s_headline_is_not_joined_to_the_document_s_title_across_its_removed_byline() -> None:
    text = ("【原创】年终表彰颁奖词模板,改改名字就能用\n发布于 2031-12-20 09:30:12 | 阅读 1234\n\n"
            "青禾集团20XX年度先进集体和先进个人颁奖词\n\n"
            "一年来,全体干部职工团结一心、攻坚克难,圆满完成了年度各项目标任务,涌现出一批先进集体和先进个人。\n\n"
            "为表彰先进、树立典型,经集团党委研究,决定对以下先进集体和先进个人予以表彰,并颁发荣誉证书。\n")
    assert speechparse.parse_text(text).title == "青禾集团20XX年度先进集体和先进个人颁奖词"


@pytest.mark.parametrize("last", ["地", "的", "和"])
def test_a_section_marker_in_words_opens_its_heading_whatever_word_ends_the_line_above(last: str) -> None:
    raw = f"年度述职报告\n一、加强学习\n全年参加学习14次,工作开展得较好{last}\n二、严于律己\n全年下乡调研82天。\n"
    assert "\n二、严于律己\n" in clean(raw).text


@pytest.mark.parametrize(("line", "opens"), [("1.8天。", False), ("2.5天,", False), ("1.2 天然气保障", True)])
def test_a_decimal_count_of_days_opens_no_heading_a_heading_on_natural_gas_does(line: str, opens: bool) -> None:
    assert _opens_with_marker(line) is opens


def test_a_fixed_width_paragraphs_last_line_that_opens_with_a_count_of_days_is_joined() -> None:
    lines = ["　　全年是全面深化改革的关键之年，也是片区挂牌运行的",
             "第五年。一年来，片区坚持以制度创新为核心，以可复制可",
             "推广为基本要求，累计形成制度创新成果一百余项，企业开",
             "办时间压缩至一个工作日，进口整体通关时间平均缩短了约",
             "1.8天。"]
    text = clean("年度发展报告\n" + "\n".join(lines) + "\n　　片区持续深化国际贸易建设。\n").text
    assert "缩短了约1.8天。" in text


def test_a_headings_marker_comma_is_no_sign_of_prose_cut_at_a_page_width() -> None:
    # five lines of about one width, four of them headings: no layout wrapped them, the heading keeps its line
    text = ("一、稳住粮食生产抓好春耕备耕保障供应\n一、稳住粮食生产抓好农田建设提升地力\n"
            "稳住粮食生产抓好春耕备耕保障供应。\n第一，稳住粮食生产抓好春耕备耕保障供应\n"
            "第一，稳住粮食生产抓好农田建设提升地力\n")
    assert clean(text).text == text


def test_captions_each_under_its_time_are_rejoined_where_the_player_cut_a_word() -> None:
    text = ("字幕\n00:00\n同学们,大家好!\n00:03\n你们入学那年,学校刚刚建成新\n00:07\n图书馆,这里还是一片工地。\n"
            "00:11\n我们要心怀感\n00:14\n恩,做一个温暖的人。\n")
    cleaned = clean(text).text
    assert "学校刚刚建成新图书馆,这里还是一片工地。" in cleaned and "心怀感恩," in cleaned
    assert cleaned.startswith("同学们,大家好!\n你们入学那年")  # (the player's label over its captions goes)


def test_a_salutation_is_never_joined_to_a_title_ending_in_a_function_word() -> None:
    text = "守护绿水青山,在新征程上勇担当善作为\n同志们:\n今天我们召开会议。\n"
    assert clean(text).text.startswith("守护绿水青山,在新征程上勇担当善作为\n同志们:")


def test_the_last_line_of_a_salutation_over_two_lines_joins_the_first() -> None:
    text = "尊敬的各位领导、各位来宾,\n女士们、先生们:\n今天我们欢聚一堂。\n"
    assert clean(text).text.startswith("尊敬的各位领导、各位来宾,女士们、先生们:")


def test_a_posts_headline_and_the_documents_title_under_its_byline_stay_apart() -> None:
    text = ("七一党课|守护绿水青山,在新征程上勇担当善作为\n原创 北林机关党建 2031年06月27日 18:30\n点击蓝字 关注我们\n"
            "守护绿水青山 在新征程上勇担当善作为\n同志们:\n今天我们一起上一堂党课。\n")
    doc = speechparse.parse_text(text)
    assert doc.title == "守护绿水青山 在新征程上勇担当善作为"


def test_each_entry_of_a_list_of_references_keeps_its_line() -> None:
    text = ("参考文献:\n[1] 陈某. 调查研究方法论[M]. 北林:北林出版社,2031:23-28.\n"
            "[2] 周某. 基层治理创新[J]. 行政与法治,2031,39(2):12-19.\n")
    assert clean(text).text == text


def test_a_templates_blank_cut_by_the_layout_joins_into_one_run() -> None:
    raw = "开训动员讲话\n同志们:\n刚才,支队长宣读了支队本年度军事训练命令,X\nX同志代表参训官兵作了表态发言。\n"
    assert "训练命令,XX同志代表" in clean(raw).text


@pytest.mark.parametrize(("cut", "joined"), [("保障了XX\n个省市", "保障了XX个省市"),
                                             ("新增耕地××\n公顷", "新增耕地××公顷"),
                                             ("安排专项资金XXXX\n万元", "安排专项资金XXXX万元")])
def test_a_blank_figure_cut_from_its_measure_word_or_unit_by_the_layout_joins(cut: str, joined: str) -> None:
    raw = f"山前县工作报告\n今年以来,全县上下共同努力,全年累计{cut},超额完成了年度目标任务。\n"
    assert joined in clean(raw).text


def test_a_written_figure_cut_from_its_unit_by_the_layout_joins_but_a_tables_last_cell_stays() -> None:
    raw = "山前县工作报告\n今年以来,全县上下共同努力,每名代表发言控制在8\n分钟以内,会议效率明显提高。\n"
    assert "控制在8分钟以内" in clean(raw).text
    table = "山前县隐患统计\n类别    起数    占比\n高处作业    31    24.8%    26\n起重吊装    28    20.3%    25\n"
    assert "26\n起重吊装" in clean(table).text


def test_a_forms_line_of_fields_ending_in_a_blank_over_a_field_that_opens_with_a_measure_word_stays() -> None:
    raw = "报名回执\n单位名称:山前县水利局  联系电话:XXXXXXXX\n所在科室:办公室\n"
    assert "XXXXXXXX\n所在科室" in clean(raw).text


def test_a_forms_field_of_a_blank_over_the_next_field_stays_on_its_line() -> None:
    raw = "报名表\n姓名:XX\n户籍所在地:山前县石桥镇\n联系电话:12345678\n"
    assert "姓名:XX\n户籍所在地" in clean(raw).text


def test_a_decimal_cut_at_its_point_by_the_layout_joins_and_a_lists_next_item_does_not() -> None:
    raw = "山前县工作报告\n全镇耕地总面积6.8万亩,其中水田5.\n1万亩,旱地1.7万亩,比上年增加了不少。\n"
    assert "水田5.1万亩" in clean(raw).text
    listed = "山前县工作方案\n主要任务如下:\n1.加强领导,见附件1.\n2.落实责任,抓好督办。\n"
    assert "附件1.\n2.落实责任" in clean(listed).text


def test_a_headers_line_of_its_issuer_and_date_is_not_joined_to_the_title_under_it() -> None:
    raw = ("石桥县人民政府\n专题会议纪要\n〔2033〕5号\n石桥县人民政府办公室        2033年7月2日\n"
           "关于加快推进污水管网建设工作的会议纪要\n2033年6月29日,副县长主持召开专题会议,研究污水管网建设工作。\n")
    document = speechparse.parse_text(raw)
    assert "2033年7月2日\n关于加快推进" in document.text
    assert document.title == "关于加快推进污水管网建设工作的会议纪要"


def test_a_briefings_special_report_is_a_title_of_the_genre_over_two_lines() -> None:
    raw = ("舆情专报\n第 12 期\n石桥县委网信办        2033年6月12日\n关于“某小学周边道路改造”\n相关网络舆情的专报\n"
           "6月10日以来,网民在本地论坛发帖反映道路施工影响学生通行,引发关注。\n")
    assert speechparse.parse_text(raw).title == "关于“某小学周边道路改造”相关网络舆情的专报"


def test_a_line_of_a_page_set_in_a_grid_cut_after_a_figure_measures_a_cell_for_each_character() -> None:
    # a 公文's page sets each character in one cell of its grid, a figure's digits too: the line cut after a figure
    # (its unit on the next line) is as wide as a full line of Han characters
    line = "目标：2033年6月底前，污水厂的BOD浓度达到100"
    assert _measured_width(line, 0, len(line)) == 2 * len(line)
    assert _measured_width("同比增长9.1%  合计 100", 0, 16) < 32  # (a table's row: its cells parted by spaces)


def test_a_documents_number_under_its_title_is_not_joined_to_it_in_a_fixed_width_copy() -> None:
    title = "石桥县教育局关于印发《全县中小学校园安全专项整治行动方案》的通知"
    body = ("现将《全县中小学校园安全专项整治行动方案》印发给你们,请结合实际认真抓好贯彻落实,各校要成立工作专班,"
            "逐项排查校舍、食堂、宿舍和周边交通等方面的安全隐患,建立问题清单和整改台账,确保按期整改到位,"
            "并于每月底前将整改进展情况报送县教育局安全股,逾期未报的将予以通报。")
    raw = "\n".join([title, "石教发〔2033〕9号", "各乡镇中心学校,县直各学校:", *_lines(body, len(title))]) + "\n"
    text = speechparse.parse_text(raw).text
    assert f"{title}\n石教发〔2033〕9号\n" in text
    assert "逐项排查校舍" in text.replace("\n", "")


def test_a_sentence_a_page_break_cut_before_its_comma_is_rejoined_across_the_pages_furniture() -> None:
    raw = ("某局文件汇编\n在全市全民健身工作会议上的讲话\n同志们:\n"
           "依托我市山水资源,开发一批山地户外、水上运动、汽车露营等体育旅游线路\n\n— 3 —\n\n某局文件汇编\n\n"
           ",争创国家体育旅游示范基地。最后,要加强体卫融合,推动养老机构配置适老化健身器材。\n")
    assert "体育旅游线路,争创国家体育旅游示范基地。" in speechparse.parse_text(raw).text


def test_a_list_items_clause_a_page_number_cut_is_rejoined_under_a_short_numbered_line() -> None:
    raw = ("某市药品经营监督检查办法\n第五条 市局履行下列职责:\n(一)制定年度检查计划;\n"
           "(四)指导区县局开展监督检查,并对其检查\n第 2 页 共 11 页\n工作进行评估;\n(五)法律法规规定的其他职责。\n")
    assert "并对其检查工作进行评估;" in speechparse.parse_text(raw).text


def test_a_numbered_heading_a_page_break_cut_joins_its_last_words_over_its_first_item() -> None:
    raw = ("二、重点工作\n(二)推进乡村振兴\n1.做强特色产业。稳定粮食播种面积。\n(三)抓牢基层治理,维护社会\n"
           "第 6 页 / 共 12 页\n开通VIP,免费下载全站千万文档  >>\n和谐稳定\n1.深化网格化管理。优化网格设置。\n")
    document = speechparse.parse_text(raw)
    assert "(三)抓牢基层治理,维护社会和谐稳定" in document.text
    assert [section.heading for section in document.sections()][-2] == "抓牢基层治理,维护社会和谐稳定"


def test_a_sentence_a_page_break_cut_after_a_closed_quotation_joins() -> None:
    raw = ("一、重点工作\n2.抓项目推进。严格落实重点项目“一个项目、一名领导、一个专班、一抓到底”\n"
           "第 4 页 / 共 12 页\n开通VIP,免费下载全站千万文档  >>\n工作机制,对重点项目实行挂图作战。\n3.抓招商引资。\n")
    assert "一抓到底”工作机制,对重点项目" in speechparse.parse_text(raw).text


def test_a_labelled_items_body_a_page_number_cut_in_a_word_is_rejoined() -> None:
    # the item's only mark is the colon after its label: the words after it are a sentence, not a heading
    raw = ("某区志愿服务积分办法\n第九条 积分分为三档:\n(一)一档积分:志愿者全年参加服务活动累计达到一百小时以上的可\n"
           "第 3 页 / 共 8 页\n\n申请兑换公共文化场馆年卡;\n(二)二档积分:累计达到五十小时以上的,可申请兑换图书。\n")
    assert "一百小时以上的可申请兑换公共文化场馆年卡;" in speechparse.parse_text(raw).text


def test_a_heading_closed_with_a_full_stop_whose_next_sentence_a_page_cut_is_rejoined() -> None:
    raw = ("某县全民阅读推进方案\n四、保障措施\n(一)强化组织领导。成立工作专班,统筹推进全县阅读阵地建设。\n"
           "(二)营造浓厚氛围。加大\n— 7 —\n开通VIP,免费下载全站千万文档  >>\n"
           "全民阅读推广力度,借助县融媒体中心宣传阅读活动。\n")
    assert "(二)营造浓厚氛围。加大全民阅读推广力度" in speechparse.parse_text(raw).text


def test_a_short_article_item_a_page_number_cut_in_a_word_joins_the_clause_it_closes() -> None:
    raw = ("某县河湖管理办法\n第六条 县河长办履行下列职责:\n(一)组织编制河湖管护方案;\n"
           "(二)统筹河湖巡查保洁工\n\n— 2 —\n\n作;\n(三)督促各乡镇落实河长制。\n")
    document = speechparse.parse_text(raw)
    assert "(二)统筹河湖巡查保洁工作;" in document.text
    assert [point.marker for point in document.points()] == ["(一)", "(二)", "(三)"]


def test_an_item_a_page_number_cut_after_its_circled_figure_is_rejoined() -> None:
    raw = ("关于审计发现问题整改情况的报告\n一、票据报销审核偏松的问题\n整改情况:①修\n\n- 5 -\n\n"
           "订完善报销审核细则,明确三级签批流程;②建立票据台账,按季抽查核对。\n")
    assert "整改情况:①修订完善报销审核细则" in speechparse.parse_text(raw).text


def test_a_headings_last_words_alone_after_a_removed_page_number_join_it_over_its_paragraph() -> None:
    raw = ("某区清廉机关建设方案\n一、工作目标\n到年底,各机关清廉建设取得明显成效。\n二、压实工作责任,确保清廉机关\n"
           "第 3 页 / 共 8 页\n建设取得实效\n各单位党组织要把清廉机关建设摆上重要议事日程。\n")
    document = speechparse.parse_text(raw)
    assert [section.heading for section in document.sections()][-1] == "压实工作责任,确保清廉机关建设取得实效"


def test_a_heading_over_a_site_mark_and_a_short_paragraph_stays_apart() -> None:
    raw = ("某区清廉机关建设方案\n一、工作目标\n到年底,各机关清廉建设取得明显成效。\n"
           "二、压实工作责任,确保清廉机关建设取得实效\n【某某网 原创首发】\n各单位要落实责任\n同时加强督导检查。\n")
    document = speechparse.parse_text(raw)
    assert [section.heading for section in document.sections()][-1] == "压实工作责任,确保清廉机关建设取得实效"


def test_a_title_over_a_removed_page_number_is_not_joined_to_the_line_under_it() -> None:
    raw = ("某县全民阅读推进方案\n— 1 —\n为深入推进书香社会建设,结合我县实际,制定本方案。\n一、总体要求\n")
    assert "某县全民阅读推进方案\n" in speechparse.parse_text(raw).text


def test_a_speech_s_whole_title_in_a_fixed_width_copy_is_not_joined_to_the_speaker_s_name_under_it() -> None:
    raw = ("在临江县第七次妇女代表大会上的工作报告\n赵某某\n(2031年5月10日)\n各位代表:\n"
           "现在,我代表县妇联第六届执行委员会向大会报\n告工作,请予审议。五年来,全县各级妇联组\n"
           "织团结带领广大妇女建功新时代,取得了新的\n成绩,积累了新的经验,展现了新的作为。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在临江县第七次妇女代表大会上的工作报告"
    assert "向大会报告工作" in document.text


def test_a_posters_note_is_not_joined_to_the_speech_s_whole_title_under_it() -> None:
    raw = ("🔥开学典礼致辞稿|校长致辞(可直接改)\n上个月刚用过的稿子,领导说很暖心👍 学校名字换成XX了,大家自取,"
           "回头把校名换一下就能用哦~\n在20XX年秋季开学典礼上的致辞\n亲爱的老师们、同学们:\n大家上午好!\n")
    assert "哦~\n在20XX年秋季开学典礼上的致辞\n" in clean(raw, (("broken_lines", join_broken_lines),)).text


@pytest.mark.parametrize("fold", ["3.00元  还剩4页未读,继续阅读", "VIP 开通VIP 免费看全文",
                                  "预览与源文档一致下载高清无水印"])
def test_a_previews_fold_between_a_words_halves_goes_and_the_halves_meet(fold: str) -> None:
    raw = ("某镇公厕管护方案\n一、工作目标\n各村要按统一式样设置公厕指示牌,并在入口处公示管护人员名单,"
           f"方便群众就近如厕。厕内设施应当每日清洁,坏损的要当天报修或者更\n{fold}\n新,保证随时可用。\n")
    assert "当天报修或者更新,保证随时可用。" in speechparse.parse_text(raw).text


def test_a_previews_fold_the_copy_was_taken_past_says_nothing_is_cut_and_one_at_the_end_does() -> None:
    body = "".join(f"第{number}条 各村要落实第{number}项分类要求,按月报送进展。\n" for number in "一二三四五六")
    head = f"某镇公厕管护办法\n{body[:40]}\n还剩4页未读,继续阅读\n"
    assert speechparse.parse_text(head + body[40:]).meta.truncated is False
    assert speechparse.parse_text(head).meta.truncated is True


def test_a_line_opening_with_the_particle_de_goes_on_from_the_item_above_it() -> None:
    raw = ("收费标准为:\n(一)超出计划10%以下的部分,按现行价格的1倍加收;\n(二)超出计划10%以上\n"
           "的部分,按现行价格的2倍加收。\n")
    document = speechparse.parse_text(raw)
    assert "(二)超出计划10%以上的部分,按现行价格的2倍加收。" in document.text
    assert [point.marker for point in document.points()] == ["(一)", "(二)"]


def test_a_line_opening_with_dique_begins_its_own_sentence() -> None:
    raw = "这项工作任务很重\n的确需要各部门共同努力。\n"
    assert clean(raw).text == raw
