"""The front matter: which line is the title, and where the body begins."""

from __future__ import annotations

import pytest

import speechparse
from speechparse.lex.front import find_front_matter
from speechparse.widths import fold


def test_the_one_line_above_a_speech_s_salutation_is_its_title_without_a_genre_word() -> None:
    document = speechparse.parse_text("扛起责任,干在实处\n同志们:\n今天我讲三点意见。\n")
    assert document.title == "扛起责任,干在实处"


@pytest.mark.parametrize("line", ["2031年3月5日", "大家好"])
def test_a_date_or_a_greeting_above_the_salutation_is_no_title(line: str) -> None:
    assert speechparse.parse_text(f"{line}\n同志们:\n今天我讲三点意见。\n").title is None


@pytest.mark.parametrize("title", ["县审计局2031年工作总结和2032年工作打算", "2032年全镇工作思路",
                                   "关于加快建设充电设施的建议", "石桥村村规民约", "2031年度安全生产目标责任书",
                                   "梧桐村2033年第一季度村务公开", "梧桐村“四议两公开”会议记录",
                                   "梧桐社区第2网格5月份工作月报", "石桥镇党委班子民主生活会征求意见建议汇总"])
def test_a_title_ending_in_a_genre_word_of_plans_proposals_and_pledges_is_found(title: str) -> None:
    document = speechparse.parse_text(f"{title}\n一、基本情况\n今年以来,各项工作稳步推进。\n")
    assert document.title == title


@pytest.mark.parametrize("title", ["梧桐街道2033年度文明家庭推荐名单公示", "县融媒体中心2033年公开招聘工作人员启事"])
def test_a_title_of_what_a_body_posts_for_the_public_ends_at_its_genre_word_not_before_it(title: str) -> None:
    document = speechparse.parse_text(f"{title}\n经研究,现将有关事项予以公布。\n公布时间:2033年5月6日至5月12日。\n")
    assert document.title == title


@pytest.mark.parametrize("title", ["在建校六十周年庆典上的欢迎辞", "在新春联谊会上的祝酒辞", "运动会开幕辞"])
def test_a_title_of_a_speech_spelled_with_辞_is_found_above_the_speaker_s_line(title: str) -> None:
    document = speechparse.parse_text(f"{title}\n校长、党委副书记 林一鸣\n尊敬的各位来宾:\n大家好!今天我们欢聚一堂。\n")
    assert document.title == title


@pytest.mark.parametrize("title", ["倡议书", "倡  议  书", "公开信"])
def test_a_genre_word_alone_above_the_salutation_is_the_title(title: str) -> None:
    document = speechparse.parse_text(f"{title}\n全镇广大青年朋友们:\n让我们行动起来。\n")
    assert document.title == title.replace(" ", "")
    assert [node.TYPE for node in document.body][:2] == ["title", "salutation"]


def test_a_title_broken_before_its_spaced_genre_word_ends_on_its_line() -> None:
    raw = "中共山前县委\n关于表彰全县优秀共产党员的\n决    定\n各乡镇党委:\n县委决定予以表彰。\n"
    document = speechparse.parse_text(raw)
    # (the issuer's name on its own line is the title's first part: GB/T 9704, 发文机关名称、事由和文种)
    assert document.title == "中共山前县委关于表彰全县优秀共产党员的决定"
    assert "关于表彰全县优秀共产党员的决定\n各乡镇党委:" in document.text


@pytest.mark.parametrize("year", ["2031年", "20XX年度", "二〇三一年"])
def test_an_issuer_over_a_title_that_opens_with_its_year_is_the_title_s_first_half(year: str) -> None:
    raw = (f"山前县水利水电局\n{year}工作总结和下一年工作打算\n今年以来,我局紧紧围绕全县中心工作。\n"
           "一、主要工作\n加固堤防3处。\n")
    assert speechparse.parse_text(raw).title == f"山前县水利水电局{year}工作总结和下一年工作打算"


def test_a_school_over_its_year_s_news_headline_is_no_title_s_half() -> None:
    raw = "山前县实验小学\n2031年秋季田径运动会隆重开幕\n10月12日上午,我校秋季田径运动会在操场开幕。\n"
    assert speechparse.parse_text(raw).title != "山前县实验小学2031年秋季田径运动会隆重开幕"


@pytest.mark.parametrize("title", ["县林业局关于商请协助做好森林防火工作的函",
                                   "关于县政协十届二次会议第15号提案的答复"])
def test_a_letter_and_an_answer_to_a_proposal_are_titles(title: str) -> None:
    assert speechparse.parse_text(f"{title}\n县公安局:\n现将有关事项函告如下。\n").title == title


def test_a_document_number_spaced_as_a_scan_reads_it_is_no_part_of_the_title() -> None:
    document = speechparse.parse_text("山政发 〔2031〕 7 号\n关于规范村级财务管理的实施办法\n各村党组织、村委会:\n"
                                      "一、管理原则\n村级财务实行村账镇管。\n")
    assert document.title == "关于规范村级财务管理的实施办法"
    assert [node.TYPE for node in document.body][:3] == ["document_number", "title", "addressee"]


@pytest.mark.parametrize("addressee", ["各中小学、幼儿园:", "各村党组织、村委会:", "各乡镇卫生院、社区卫生服务中心:"])
def test_an_addressee_of_schools_villages_and_centres_is_one(addressee: str) -> None:
    document = speechparse.parse_text(f"关于做好秋季开学工作的通知\n{addressee}\n现将有关事项通知如下。\n")
    assert [node.TYPE for node in document.body][:2] == ["title", "addressee"]


def test_the_longest_addressee_the_vocabulary_allows_is_still_found_by_its_colon() -> None:
    from speechparse.lex.front import MAX_SALUTATION, _salutation_at
    addressee = "各" + "乡" * 80 + "政府" + "和" * 30 + ":"
    assert len(addressee) < MAX_SALUTATION
    assert _salutation_at(addressee + "\n", 0) == (0, len(addressee))


def test_a_date_line_after_the_speaker_s_name_and_the_salutation_under_them_are_typed() -> None:
    document = speechparse.parse_text("在全县防汛工作会议上的讲话\n李明\n(2031年6月3日)\n同志们:\n今天召开会议。\n")
    assert [node.TYPE for node in document.body][:4] == ["title", "speaker", "dateline", "salutation"]


def test_a_line_of_clauses_above_a_title_of_its_own_is_not_its_first_half() -> None:
    document = speechparse.parse_text("写材料十年,专注公文写作\n在全县防汛工作会议上的讲话\n同志们:\n今天召开会议。\n",
                                      site_rules=False)
    assert document.title == "在全县防汛工作会议上的讲话"


def test_a_title_broken_over_two_lines_is_still_one() -> None:
    document = speechparse.parse_text("关于进一步加强和改进\n新时代基层治理工作的意见\n各乡镇:\n现提出如下意见。\n")
    assert document.title == "关于进一步加强和改进新时代基层治理工作的意见"


def test_a_speaker_s_line_of_posts_joined_by_a_comma_mark_and_a_name_is_typed() -> None:
    document = speechparse.parse_text("在全局党课上的讲稿\n局党组书记、局长  郑明\n同志们:\n今天讲党课。\n")
    assert [node.TYPE for node in document.body][:3] == ["title", "speaker", "salutation"]


def test_a_title_broken_over_a_blank_line_is_one_title_once_the_blank_line_is_closed() -> None:
    document = speechparse.parse_text("县人民政府办公室关于做好春季\n\n防火工作的通知\n各乡镇:\n请抓好落实。\n")
    assert document.title == "县人民政府办公室关于做好春季防火工作的通知"


def test_a_title_broken_over_lines_of_a_windows_file_is_one_title() -> None:
    document = speechparse.parse_text("县人民政府办公室关于做好春季\r\n防火工作的通知\r\n各乡镇:\r\n请抓好落实。\r\n")
    assert document.title == "县人民政府办公室关于做好春季防火工作的通知"


@pytest.mark.parametrize("between", [
    "梧桐镇文化站 周小川\n",  # an office and a name
    "周小川\n",  # a name alone
    "周小川\n(2032年9月1日)\n",  # and the date, in brackets
    "(根据录音整理)\n周小川\n",  # an editor's note
    "——在全镇读书分享会上的发言\n",  # a subtitle
], ids=["office and name", "name", "name and date", "note and name", "subtitle"])
def test_a_title_in_the_speakers_own_words_stands_above_what_stands_above_the_salutation(between: str) -> None:
    document = speechparse.parse_text(f"让书香浸润每个村落\n{between}尊敬的各位来宾:\n大家晚上好。\n")
    assert document.title == "让书香浸润每个村落"


def test_a_line_above_a_title_and_its_salutation_is_not_the_title() -> None:
    document = speechparse.parse_text("梧桐能源股份有限公司\n让书香浸润每个村落\n同志们:\n今天我讲三点意见。\n")
    assert document.title == "让书香浸润每个村落"


def test_a_subtitle_alone_is_never_the_title() -> None:
    document = speechparse.parse_text("【让书香浸润每个村落】\n——读书月演讲比赛演讲稿\n尊敬的各位评委:\n大家好。\n")
    assert document.title == "让书香浸润每个村落"


def test_a_title_set_in_square_brackets_loses_them() -> None:
    document = speechparse.parse_text("【在全镇读书分享会上的发言】\n同志们:\n今天我讲三点意见。\n")
    assert document.title == "在全镇读书分享会上的发言"


def test_a_date_written_on_the_titles_line_is_its_date_line() -> None:
    document = speechparse.parse_text("在全镇读书分享会上的发言(2032年9月1日)\n周小川\n同志们:\n今天我讲三点意见。\n")
    assert document.title == "在全镇读书分享会上的发言"
    assert [type(node).__name__ for node in document.body][:3] == ["Title", "DateLine", "Speaker"]


def test_a_title_closed_by_a_colon_above_its_agenda_is_the_title() -> None:
    document = speechparse.parse_text("全镇秋季防汛工作会议主持词:\n会议议程:\n一、镇水利站站长通报汛情;\n"
                                      "二、镇长讲话。\n同志们:\n现在开会。\n")
    assert document.title == "全镇秋季防汛工作会议主持词"


def test_a_numbered_item_holding_a_genre_word_is_not_a_title_glued_to_the_body() -> None:
    document = speechparse.parse_text("会议议程:\n一、镇水利站站长通报汛情;\n二、镇长讲话。\n")
    assert document.title is None


@pytest.mark.parametrize("above", ["梧桐日报 2032年9月2日 第05版", "梧桐能源股份有限公司"])
def test_a_masthead_is_never_the_first_half_of_the_title_under_it(above: str) -> None:
    document = speechparse.parse_text(f"{above}\n在全镇读书分享会上的发言\n同志们:\n今天我讲三点意见。\n")
    assert document.title == "在全镇读书分享会上的发言"


def test_an_issuers_name_is_the_first_half_of_the_title_it_goes_on_with() -> None:
    document = speechparse.parse_text("梧桐县人民政府办公室\n关于做好秋季防汛工作的通知\n各乡镇:\n请抓好落实。\n")
    assert document.title == "梧桐县人民政府办公室关于做好秋季防汛工作的通知"


def test_a_sentence_opening_with_its_circumstances_holds_no_glued_title() -> None:
    document = speechparse.parse_text("按照镇党委工作计划安排,我谈三点体会。\n一、加强学习\n学习要持之以恒。\n")
    assert document.title is None


@pytest.mark.parametrize("title", ["《梧桐县农村饮水安全管理办法》政策解读", "梧桐县农村饮水安全管理办法解读"])
def test_a_portals_reading_of_a_policy_is_a_title_of_its_genre(title: str) -> None:
    document = speechparse.parse_text(f"{title}\n近日,县政府印发了管理办法。现解读如下。\n"
                                      "一、出台背景\n为了保障饮水安全。\n")
    assert document.title == title


def test_two_blank_squares_opening_a_title_are_a_blank_not_a_bullet() -> None:
    document = speechparse.parse_text("□□镇党委会议纪要\n会议研究了秋收工作。\n")
    assert document.title == "□□镇党委会议纪要"


def test_the_title_under_a_compilations_piece_label_is_the_pieces_own() -> None:
    document = speechparse.parse_text("篇一:\n在全镇读书分享会上的发言\n尊敬的各位领导:\n大家好!\n")
    assert document.title == "在全镇读书分享会上的发言"
    assert "在全镇读书分享会上的发言" in document.text


def test_a_templates_date_with_its_figures_blanked_is_the_date_line_not_part_of_the_title() -> None:
    document = speechparse.parse_text("在全镇读书分享会上的发言(20XX年X月X日)\nXXX\n同志们:\n今天我讲三点意见。\n")
    assert document.title == "在全镇读书分享会上的发言"


def test_a_column_tag_before_a_title_and_an_accounts_name_above_it_are_no_part_of_it() -> None:
    raw = ("梧桐镇党建\n梧桐镇党建 2033-07-01 发表于山东\n点击蓝字 关注我们\n专题党课|守好初心 担好使命\n"
           "——在镇机关党支部专题党课上的讲稿\n同志们:\n今天讲一次党课。\n")
    assert speechparse.parse_text(raw).title == "守好初心 担好使命"


def test_a_sentence_above_the_salutation_is_no_title() -> None:
    raw = "读书分享会发言稿(精选3篇)\n发言稿是在会议上发表讲话的文稿。\n同志们:\n今天我讲三点体会。\n"
    assert speechparse.parse_text(raw).title != "发言稿是在会议上发表讲话的文稿。"


def test_a_report_s_headline_above_its_first_sentence_is_its_title() -> None:
    raw = ("梧桐县实验小学\n我校举行读书月启动仪式\n发布时间:2031-04-02 来源:教务处\n"
           "4月1日上午,我校在操场举行读书月启动仪式。校长致辞。\n全体师生参加了仪式。\n")
    assert speechparse.parse_text(raw).title == "我校举行读书月启动仪式"


def test_a_posters_lead_offering_the_text_gives_way_to_the_title_of_the_genre_under_it() -> None:
    raw = ("山前村村规民约全文来了,看看你们村有没有这些规定\n山前乡村说\n2031-05-12 10:21 · 三农领域创作者\n+关注\n"
           "村规民约是村民自我管理的行为规范。下面是我们村经村民代表会议通过的新版村规民约,分享给大家参考。\n"
           "山前村村规民约\n(2031年4月28日村民代表会议通过)\n第一条 为加强村民自治,制定本村规民约。\n"
           "第二条 本村规民约自通过之日起施行。\n")
    assert speechparse.parse_text(raw).title == "山前村村规民约"


@pytest.mark.parametrize("headline", [
    "全县秋收工作推进会强调:抢抓农时 颗粒归仓",  # the meeting as the one who says it, a colon after
    "山前县水利局通报2031年第一批河湖违法问题典型案例",  # a genre word inside the headline's words
])
@pytest.mark.parametrize("byline", ["", "□ 本报记者 林青\n□ 本报通讯员 吴涛\n"])
def test_a_news_headline_over_its_byline_and_lead_is_the_title(headline: str, byline: str) -> None:
    raw = f"{headline}\n{byline}本报讯 10月8日,全县秋收工作推进会召开。会议部署了秋收秋种工作。\n各乡镇要抓紧抢收。\n"
    document = speechparse.parse_text(raw)
    assert document.title == headline and "本报记者" not in document.text


@pytest.mark.parametrize("above", [
    "工作动态",  # a column's name, too short to say what happened
    "梧桐县实验小学",  # a masthead alone
    "2031年4月2日",
])
def test_a_short_or_named_line_above_the_first_sentence_is_no_headline(above: str) -> None:
    raw = f"{above}\n4月1日上午,我校在操场举行读书月启动仪式。校长致辞。\n全体师生参加了仪式。\n"
    assert speechparse.parse_text(raw).title is None


def test_a_headline_under_a_line_that_is_no_masthead_is_no_title() -> None:
    raw = ("这是今天的第二条消息\n我校举行读书月启动仪式\n"
           "4月1日上午,我校在操场举行读书月启动仪式。校长致辞。\n")
    assert speechparse.parse_text(raw).title is None


def test_a_line_that_ends_a_sentence_is_no_first_half_of_a_title_over_its_subtitle() -> None:
    raw = ("稿子供参考,用时换成自己的。\n守初心 担使命\n——在梧桐镇专题党课上的讲稿\n同志们:\n"
           "今天我讲两点。\n")
    assert speechparse.parse_text(raw).title == "守初心 担使命"


@pytest.mark.parametrize("mark", ["梧桐集团第二届职工代表大会第三次会议文件(2)", "全县经济工作会议材料之三"])
def test_a_meeting_papers_cover_mark_is_no_first_half_of_the_title_under_it(mark: str) -> None:
    raw = (f"{mark}\n行政工作报告\n——在梧桐集团职代会上\n各位代表:\n现在,我代表经营班子向大会作工作报告。\n"
           "一、过去一年工作回顾\n全年营业收入稳步增长。\n")
    assert speechparse.parse_text(raw).title == "行政工作报告"


def test_a_templates_named_slot_opening_the_title_stays_in_it_and_an_emojis_code_goes() -> None:
    body = "\n一、主要工作\n全年完成各项任务。\n"
    assert speechparse.parse_text("[单位名称]2033年工作总结" + body).title == "[单位名称]2033年工作总结"
    assert speechparse.parse_text("[话筒]2033年工作总结" + body).title == "2033年工作总结"


def test_a_checklists_item_is_no_title_whatever_word_it_ends_with() -> None:
    raw = "☐ 各街道3月10日前报送隐患排查台账\n☐ 各街道召开专题会议传达精神\n同志们,现在开会。\n"
    assert speechparse.parse_text(raw).title is None


def test_a_posts_title_in_brackets_after_its_topics_is_its_title() -> None:
    raw = ("#梧桐防汛#【关于做好汛期防汛工作的通知】各乡镇人民政府:当前已进入主汛期,形势严峻。\n"
           "一、压实责任\n各乡镇要落实责任。\n")
    assert speechparse.parse_text(raw).title == "关于做好汛期防汛工作的通知"


def test_a_posts_topics_and_emoji_codes_are_no_part_of_its_title() -> None:
    raw = "#梧桐防汛#[话筒]【关于做好汛期防汛工作的通知】\n各乡镇人民政府:\n当前已进入主汛期。\n"
    assert speechparse.parse_text(raw).title == "关于做好汛期防汛工作的通知"


@pytest.mark.parametrize("number", ["梧发〔2031〕3号", "梧发(2031)3号", "梧发[2031]3 号", "梧发(2O31)3 号"])
def test_a_document_number_in_any_brackets_above_the_title_is_no_part_of_it(number: str) -> None:
    raw = f"{number}\n中共梧桐县委 梧桐县人民政府\n关于表彰先进集体的决定\n各乡镇:\n经研究,决定表彰。\n"
    assert speechparse.parse_text(raw).title == "中共梧桐县委 梧桐县人民政府关于表彰先进集体的决定"


@pytest.mark.parametrize("issuer", ["梧桐县人民政府", "中共梧桐县委", "梧桐县林业局"])
def test_an_issuer_s_name_on_its_own_line_above_its_关于_line_is_the_title_s_first_half(issuer: str) -> None:
    document = speechparse.parse_text(f"{issuer}\n关于做好秋季防火工作的通知\n各乡镇:\n请按要求做好防火工作。\n")
    assert document.title == f"{issuer}关于做好秋季防火工作的通知"


def test_a_page_s_lead_that_hands_on_the_full_text_is_no_obstacle_to_the_document_s_title() -> None:
    raw = ("日前,梧桐县人民政府办公室印发《梧桐县古树保护办法》,自下月起施行,对认养程序作出规定。现将全文刊发如下:\n"
           "梧桐县古树保护办法\n第一条 为保护古树,制定本办法。\n第二条 本县古树的保护,适用本办法。\n")
    assert speechparse.parse_text(raw).title == "梧桐县古树保护办法"


def test_a_notice_s_own_通知如下_does_not_hand_the_title_to_a_heading() -> None:
    raw = "为做好今年秋季防火工作,经研究,现将有关事项通知如下:\n一、工作安排\n各村要组织巡查。\n"
    assert speechparse.parse_text(raw).title is None


@pytest.mark.parametrize("mark", ["内部资料 注意保存", "秘密★1年", "特急"])
def test_a_mark_of_secrecy_or_urgency_above_the_title_is_not_its_first_half(mark: str) -> None:
    document = speechparse.parse_text(f"{mark}\n梧桐县第一中学2031学年度工作要点\n一、党建引领\n加强理论学习。\n")
    assert document.title == "梧桐县第一中学2031学年度工作要点"


def test_an_older_document_number_above_the_title_is_not_its_first_half() -> None:
    raw = "梧桐县林业局文件\n梧林字(86)第12号\n关于建立国营林场的请示\n县人民政府:\n现将有关情况请示如下。\n"
    document = speechparse.parse_text(raw)
    assert document.title == "关于建立国营林场的请示"


def test_the_law_an_announcement_makes_public_is_the_document_s_title() -> None:
    raw = ("梧桐市人民代表大会常务委员会公告\n(第七号)\n"
           "《梧桐市古树保护条例》已于2031年6月30日通过,现予公布,自2032年1月1日起施行。\n"
           "梧桐市人民代表大会常务委员会\n2031年7月2日\n梧桐市古树保护条例\n第一条 为保护古树,制定本条例。\n")
    assert speechparse.parse_text(raw).title == "梧桐市古树保护条例"


@pytest.mark.parametrize("header", ["梧桐县人民政府公报\u3000\u3000\u3000\u3000\u30002031年第3期",
                                    "梧桐县人民政府公报 2031年第3期"])
def test_a_periodical_s_running_header_above_the_title_is_not_its_first_half(header: str) -> None:
    raw = f"{header}\n在全县防汛工作会议上的讲话\n(2031年5月6日)\n同志们:\n今天召开会议,部署防汛工作。\n"
    assert speechparse.parse_text(raw).title == "在全县防汛工作会议上的讲话"


def test_a_news_headline_gives_way_to_the_document_s_own_title_under_a_lead_that_hands_it_on() -> None:
    raw = ("梧桐市印发《农村人居环境整治实施方案》\n2031-03-14 09:12 来源:梧桐日报\n"
           "本报讯 近日,梧桐市人民政府办公室印发《农村人居环境整治实施方案》。现将全文刊发如下。\n"
           "梧桐市农村人居环境整治实施方案\n为持续改善农村人居环境,制定本方案。\n一、总体要求\n")
    assert speechparse.parse_text(raw).title == "梧桐市农村人居环境整治实施方案"


def test_a_post_s_headline_gives_way_to_the_document_s_own_title_under_the_poster_s_chat() -> None:
    raw = ("公文写作小匠\n社区2031年度工作总结（范文），结构清晰，直接套用！\n"
           "年底了，很多社区的朋友私信问我年度总结怎么写。今天分享一篇我改过的范文，框架可以直接用。\n"
           "梧桐社区2031年度工作总结\n2031年，社区党委坚持党建引领，较好完成了全年目标任务。\n一、主要工作\n")
    assert speechparse.parse_text(raw).title == "梧桐社区2031年度工作总结"


def test_a_formal_title_over_its_first_paragraph_keeps_it_whatever_title_follows() -> None:
    raw = ("梧桐社区2031年度工作总结\n2031年,社区党委坚持党建引领,较好完成了全年目标任务,现总结如下。\n"
           "一、主要工作完成情况\n")
    assert speechparse.parse_text(raw).title == "梧桐社区2031年度工作总结"



def test_a_sites_bar_of_menu_words_is_no_title_though_its_last_word_is_a_genres() -> None:
    raw = ("某某社区\n发现  发布  通知\n新人小林\n关注\n刚写完的心得,全文如下👇\n守初心 强本领 做合格的新时代公务员\n"
           "——新录用公务员培训心得体会\n九月初,我参加了新录用公务员培训班。\n")
    assert speechparse.parse_text(raw).title == "守初心 强本领 做合格的新时代公务员"


def test_a_short_main_title_right_above_its_subtitle_is_the_title() -> None:
    raw = "做有光的人\n——在石桥大学开学典礼上的讲话\n亲爱的同学们:\n今天我们相聚在这里。\n"
    assert speechparse.parse_text(raw).title == "做有光的人"


@pytest.mark.parametrize("speaker", ["林明", "石桥区区长林明", "市委书记王强"])
def test_a_headline_naming_the_speaker_before_the_occasion_is_the_title(speaker: str) -> None:
    raw = f"{speaker}:在石桥党校秋季学期开学典礼上的讲话\n同志们:\n今天,党校秋季学期开学了。\n"
    assert speechparse.parse_text(raw).title == f"{speaker}:在石桥党校秋季学期开学典礼上的讲话"


def test_a_label_and_a_colon_before_words_of_no_occasion_is_no_title() -> None:
    raw = "来源:石桥日报社通知\n同志们:\n今天开会。\n"
    assert speechparse.parse_text(raw).title is None


def test_a_sites_menu_of_words_parted_by_single_spaces_is_no_half_of_the_title_under_it() -> None:
    raw = ("社区动态 党建园地 办事指南 志愿服务 邻里圈\n从小网格里读懂大民生——学习先进事迹心得体会\n"
           "8月9日下午,社区党委组织我们学习了先进事迹。\n")
    assert speechparse.parse_text(raw).title == "从小网格里读懂大民生——学习先进事迹心得体会"


def test_a_title_of_three_parallel_phrases_is_still_a_title() -> None:
    raw = "守初心 担使命 建新功\n——在石桥镇党员大会上的讲话\n同志们:\n今天开会。\n"
    assert speechparse.parse_text(raw).title == "守初心 担使命 建新功"


@pytest.mark.parametrize(("raw", "title"), [
    ("会议通知\n各科室:\n定于×月×日下午在三楼会议室召开全体职工大会。\n", "会议通知"),
    ("收入证明\n××住房保障服务中心:\n兹证明×××同志在我单位工作。\n特此证明。\n", "收入证明"),
])
def test_a_short_title_of_the_genre_right_above_the_addressee_is_the_title(raw: str, title: str) -> None:
    assert speechparse.parse_text(raw).title == title


def test_a_templates_document_number_with_blank_boxes_is_no_part_of_the_title() -> None:
    raw = "□政函〔20□□〕□□号\n关于商请支持□□县园区建设的函\n省发展和改革委员会:\n现就有关事项商请如下。\n"
    assert speechparse.parse_text(raw).title == "关于商请支持□□县园区建设的函"


def test_a_title_whose_genre_word_governs_a_count_is_whole() -> None:
    raw = "市纪委监委公开通报5起违反规定的典型问题\n为严明纪律,现将有关情况通报如下。\n"
    assert speechparse.parse_text(raw).title == "市纪委监委公开通报5起违反规定的典型问题"


def test_a_headline_under_the_masthead_of_two_bodies_is_the_title() -> None:
    raw = ("中共石桥市纪律检查委员会 石桥市监察委员会\n市纪委监委公开通报5起违反规定的典型问题\n"
           "为严明纪律要求,市纪委监委对近期查处的问题进行公开通报。具体如下:\n")
    assert speechparse.parse_text(raw).title == "市纪委监委公开通报5起违反规定的典型问题"


def test_a_subtitle_belongs_to_the_line_right_above_it_not_to_a_title_like_line_higher_up() -> None:
    text = ("待办\n[x] 送支委会传阅,征求意见\n[ ] 打印三十份\n守初心、担使命,争做新时代合格党员\n"
            "——在机关第二党支部专题党课上的讲稿\n同志们:\n今天和大家交流两点体会。\n")
    assert speechparse.parse_text(text).title == "守初心、担使命,争做新时代合格党员"


def test_a_page_s_lead_above_a_title_and_its_occasion_s_subtitle_gives_way_to_them() -> None:
    # (the front stage alone: cleaning mostly takes such a lead away, and the front must not rely on it)
    text = ("主题教育交流发言怎么写才不空泛?有没有能直接参考的范文?\n写回答\n默认排序\n老周\n"
            "谢邀。写发言最怕的就是“正确的废话”,通篇都对,可听完什么也没记住。我的经验就三句话:题目要小,例子要真。\n"
            "在学思践悟中把稳思想之舵\n——在市水利局读书班上的交流发言\n各位领导、同志们:\n按照安排,我谈三点体会。\n")
    assert find_front_matter(text, fold(text), len(text)).title == "在学思践悟中把稳思想之舵"


@pytest.mark.parametrize("emoji", ["📢", "🔔 ", "✅"])
def test_a_post_s_emoji_before_its_title_is_no_part_of_it(emoji: str) -> None:
    text = f"{emoji}关于开展秋季学期校园安全检查的通知\n各中小学:\n现将有关事项通知如下。\n"
    assert speechparse.parse_text(text).title == "关于开展秋季学期校园安全检查的通知"


def test_a_lesson_s_rule_and_lead_give_way_to_the_model_text_s_title_and_subtitle() -> None:
    text = ("第14讲|专题研讨发言:一篇范文的逐段精讲\n已学 62%\n——————————————————\n本讲导读\n"
            "同学们好,欢迎来到第14讲。这一讲我们拿一篇完整的范文来读,大家重点看标题怎么立、问题怎么点。\n"
            "✎ 1,204人划线\n【范文】\n坚持以学正风 锤炼过硬作风\n——在县委理论学习中心组专题研讨会上的发言\n"
            "按照学习安排,我谈几点认识和体会。\n一、深化认识\n作风问题,本质上是党性问题。\n")
    assert find_front_matter(text, fold(text), len(text)).title == "坚持以学正风 锤炼过硬作风"


def test_a_news_report_s_headline_of_a_speech_with_its_colon_is_the_title() -> None:
    headline = "林明在全县防汛工作会议上强调:压紧压实防汛责任 坚决守牢安全底线"
    text = (f"{headline}\n5月15日下午,全县防汛工作会议召开。县委书记林明出席会议并讲话。\n"
            "林明强调,一要压实责任。二要排查隐患。\n")
    assert speechparse.parse_text(text).title == headline


@pytest.mark.parametrize("label", ["题目:", "📖题目:", "题  目:"])
def test_a_talk_s_title_named_by_its_label_is_the_title_over_a_post_s_headline(label: str) -> None:
    text = (f"微党课比赛一等奖讲稿分享|8分钟不超时\n上周代表单位参加了微党课比赛,拿了一等奖。\n"
            f"{label}《一盏马灯照初心》\n各位评委、同志们:\n大家好!今天我带来了一件特别的道具。\n")
    assert find_front_matter(text, fold(text), len(text)).title == "一盏马灯照初心"



@pytest.mark.parametrize("under", ["王立新", "XX乡党委书记 XXX", "×××", "(20XX年X月X日)", "各位代表:", "各村委会:"])
def test_a_poster_s_preface_gives_way_to_a_title_of_the_genre_signed_under_it(under: str) -> None:
    text = ("年底了大家都在赶材料,这篇是我去年写的,去掉了真实姓名和地名,供同行们参考使用。\n"
            f"在全乡秋冬季防火工作推进会上的讲话\n{under}\n今天召开这个会,主要是部署今冬明春的防火工作。\n")
    assert find_front_matter(text, fold(text), len(text)).title == "在全乡秋冬季防火工作推进会上的讲话"


def test_a_request_and_its_answer_give_way_to_the_speech_under_them() -> None:
    text = ("请帮我写一篇在全镇河道保洁动员会上的讲话,两千字左右,语气朴实一点,不要空话套话。\n"
            "好的,下面是一篇在全镇河道保洁动员会上的讲话,分为三个部分,您可以结合实际修改:\n"
            "在全镇河道保洁动员会上的讲话\n(20XX年X月X日)\n同志们:\n今天我们开个短会。\n")
    assert find_front_matter(text, fold(text), len(text)).title == "在全镇河道保洁动员会上的讲话"


def test_a_title_like_line_in_the_body_with_no_signature_under_it_is_no_title() -> None:
    text = ("今年以来,全乡上下认真贯彻上级部署,森林防火、河道保洁等各项工作稳步推进,现将有关情况报告如下。\n"
            "全乡秋冬季防火工作推进会上的讲话\n会议强调,要压实责任,不留死角。\n")
    assert find_front_matter(text, fold(text), len(text)).title is None


def test_a_poster_s_preface_gives_way_to_a_title_of_the_genre_under_a_rule_it_drew() -> None:
    text = ("先说两句:常有朋友私信问交流发言该怎么写,今天把我上个月在读书班上的发言整理出来分享给大家。\n"
            "——————————\n围绕“学思用贯通”专题的交流发言材料\n按照读书班安排,我结合工作实际谈几点认识。\n")
    assert find_front_matter(text, fold(text), len(text)).title == "围绕“学思用贯通”专题的交流发言材料"


def test_a_column_s_glued_title_gives_way_to_the_signed_title_under_the_preface() -> None:
    text = ("【经验交流】述职报告参考(已隐去单位和姓名)\n"
            "说明:以下是一位同志在今年民主评议会上的述职报告,已隐去单位和姓名,仅供学员交流学习,请勿外传。\n"
            "在局机关2031年度民主评议会上的述职报告\n××局副局长\n×××\n各位代表:\n现将一年来的工作报告如下。\n")
    assert find_front_matter(text, fold(text), len(text)).title == "在局机关2031年度民主评议会上的述职报告"


def test_a_title_under_a_labelled_divider_wins_over_a_bio_line_that_ends_in_a_genre_word() -> None:
    text = ("青禾落笔\n机关干部,偶尔写点材料\n"
            "上周读书班刚交流完,领导点评说有自己的东西,贴出来给大家参考,单位名称和数据都改过了,框架可以借鉴。\n"
            "————分割线————\n在局机关读书班上的研讨发言\n按照读书班安排,我围绕专题谈几点粗浅体会。\n")
    assert find_front_matter(text, fold(text), len(text)).title == "在局机关读书班上的研讨发言"


def test_a_date_in_chinese_numerals_is_no_first_half_of_the_title_under_it() -> None:
    text = "梧桐市水务局\n二〇三一年十二月\n梧桐市城乡供水一体化发展规划\n第一章 发展基础\n全市集中供水率达到九成。\n"
    assert find_front_matter(text, fold(text), len(text)).title == "梧桐市城乡供水一体化发展规划"


def test_lines_of_a_contents_list_parted_by_tabs_are_no_title_broken_over_them() -> None:
    text = ("梧桐公司党委\n二〇三一年度党建工作汇报\n汇报人:XXX\n01\t年度工作回顾\n02\t存在的问题\n"
            "03\t二〇三二年工作打算\n")
    assert "\t" not in (find_front_matter(text, fold(text), len(text)).title or "")


def test_the_note_under_the_document_before_is_no_first_line_of_the_next_one_s_title() -> None:
    text = ("地区要加强宣传培训,确保各项政策落实到位。\n梧桐省人民政府办公厅\n2031年7月10日\n(此件公开发布)\n"
            "梧桐省人民政府办公厅\n关于促进民营经济高质量发展的实施意见\n梧政办发〔2031〕27号\n各市州人民政府,省政府各部门:\n"
            "现提出以下实施意见。\n")
    title = find_front_matter(text, fold(text), len(text)).title
    assert title == "梧桐省人民政府办公厅关于促进民营经济高质量发展的实施意见"


def test_a_talk_s_title_after_a_column_s_genre_label_in_brackets_is_a_title() -> None:
    text = "【党课讲稿】守初心 担使命 做合格党员\n校党委书记 林青\n同志们:\n今天我讲三个问题。\n"
    assert find_front_matter(text, fold(text), len(text)).title == "守初心 担使命 做合格党员"


def test_a_numbered_heading_under_the_body_s_first_sentences_is_no_title_where_its_run_was_refused() -> None:
    # an excerpt that opens at its fourth part: the levels refuse 四、 (no run), and its words end in a genre
    # word (建议), but the title is the line above the first sentence
    text = ("青禾县图书馆年度工作报告\n\n全年接待读者十二万人次。\n馆舍偏小,人手不足。\n四、工作建议\n"
            "建议增加购书经费。\n")
    assert speechparse.parse_text(text).title == "青禾县图书馆年度工作报告"


def test_a_forum_thread_s_tag_and_its_copy_link_button_are_no_part_of_the_title() -> None:
    text = "[心得体会] 青禾镇干部学习党纪的心得体会 [复制链接]\n近期,镇党委组织全体干部学习党纪。我有三点体会。\n"
    assert speechparse.parse_text(text).title == "青禾镇干部学习党纪的心得体会"


def test_a_genre_word_followed_by_an_adverb_is_the_subject_of_a_sentence_not_a_glued_title() -> None:
    text = "按上级的通知又推迟了会议时间,请各单位留意。\n同志们:\n今天的会议很重要。\n"
    assert speechparse.parse_text(text).title is None


@pytest.mark.parametrize("furniture", ["约 6 分钟读完 · 2,164 字", "阅读时长约 8 分钟", "搜索你感兴趣的视频"])
def test_a_reader_s_time_estimate_or_a_search_box_s_prompt_atop_the_page_is_no_part_of_the_title(
        furniture: str) -> None:
    text = f"{furniture}\n在全镇安全生产会议上的讲话\n同志们:\n今天的会议很重要。\n"
    doc = speechparse.parse_text(text)
    assert doc.title == "在全镇安全生产会议上的讲话"
    assert furniture not in doc.text


def test_a_long_lead_closed_by_a_colon_hands_on_the_title_of_the_genre_under_it() -> None:
    text = ("这是我前年写的一篇,后来还被单位评为优秀材料了,人名地名都已改过,大家参照着改一改就可以直接使用:\n\n"
            "青禾社区网格员年度个人工作总结\n\n一年来,我认真履行网格员职责。\n一、加强学习\n全年参加培训十二次。\n")
    assert speechparse.parse_text(text).title == "青禾社区网格员年度个人工作总结"


def test_an_editor_s_note_above_a_title_of_the_genre_hands_the_text_on() -> None:
    text = ("公文写作专栏\n【编者按】年终总结是机关里最常见的综合材料之一。本篇范文数据已做脱敏处理,大家重点看框架。\n"
            "青禾区市场监督管理局2031年工作总结\n2031年,我局紧紧围绕全区中心工作,较好地完成了全年目标任务。\n")
    assert speechparse.parse_text(text).title == "青禾区市场监督管理局2031年工作总结"


def test_a_speaker_holding_two_offices_under_a_genre_word_alone_is_no_title() -> None:
    text = "述职报告\n(20XX年X月X日)\nXX县XX局党组书记、局长 ×××\n\n各位领导、同志们:\n现将本人履职情况报告如下。\n"
    assert speechparse.parse_text(text).title == "述职报告"


def test_a_checklists_items_are_no_heading_and_no_half_of_the_title_under_them() -> None:
    raw = ("☐ 第三部分换成自己的例子\n☐ 周五前交支部\n\n守纪律 讲规矩\n——学习心得体会\n一、学深悟透\n认真学习条例。\n"
           "二、严守底线\n时刻绷紧纪律之弦。\n")
    document = speechparse.parse_text(raw)
    assert [section.marker for section in document.sections()] == ["一、", "二、"]
    assert document.title == "守纪律 讲规矩"


def test_a_subtitle_the_run_together_body_goes_on_from_is_no_title_the_line_above_it_is() -> None:
    text = ("工会之家\n奋楫争先 再谱新篇\n——在公司第三届职工代表大会上的工会工作报告 各位代表: "
            "现在,我代表公司工会向大会报告工作。 一、工作回顾 一年来,工会工作取得新成效。\n")
    assert speechparse.parse_text(text).title == "奋楫争先 再谱新篇"


@pytest.mark.parametrize("status", ["第三稿 3月5日改", "送审稿 2031.3.18", "【讨论稿】"])
def test_a_drafts_status_line_over_its_title_is_no_half_of_the_title(status: str) -> None:
    text = f"{status}\n在全县工作会议上的讲话\n同志们:\n今天召开全县工作会议。\n"
    assert speechparse.parse_text(text).title == "在全县工作会议上的讲话"


@pytest.mark.parametrize("label", ["主持人 某某:", "何某某:"])
def test_a_transcripts_first_speakers_label_between_title_and_salutation_leaves_the_title(label: str) -> None:
    text = f"全市一季度经济运行情况新闻发布会实录\n\n{label}\n女士们、先生们,大家上午好!今天发布会有两项议程。\n"
    assert speechparse.parse_text(text).title == "全市一季度经济运行情况新闻发布会实录"


@pytest.mark.parametrize("title", ["学党史、悟思想:一名基层老党员的心得体会", "读《红岩》有感:信仰的力量",
                                   "防灾减灾专题党课讲稿:把“群众安危、百姓冷暖”装在心里、扛在肩上"])
def test_a_title_with_its_theme_parted_by_a_colon_is_the_whole_line(title: str) -> None:
    text = f"{title}\n今年以来,我认真学习党史,收获很大。\n1.坚定理想信念\n要把学习成果转化为工作动力。\n"
    assert speechparse.parse_text(text).title == title


def test_a_papers_headline_over_a_speechs_title_that_names_its_occasion_is_no_half_of_it() -> None:
    text = ("守好一方碧水 推动河湖治理提质增效\n在全县河湖长制工作推进会上的讲话\n县委书记 林某某\n(2031年3月8日)\n"
            "同志们:\n今天召开会议,部署全年河湖治理工作。\n一、提高认识\n河湖治理关系群众切身利益。\n")
    assert speechparse.parse_text(text).title in ("在全县河湖长制工作推进会上的讲话",
                                                  "守好一方碧水 推动河湖治理提质增效")


@pytest.mark.parametrize("byline", ["■林某某", "文/林某某"])
def test_a_commentarys_headline_over_its_authors_marked_name_is_the_title(byline: str) -> None:
    text = (f"基层治理要在“细”字上下功夫\n{byline}\n基层治理是国家治理的基石，做好这项工作关键在于细。"
            "楼道里一盏灯、小区里一个井盖，都连着群众的日常生活。\n"
            "近年来，各地在网格化管理上探索了不少好做法。\n")
    assert speechparse.parse_text(text).title == "基层治理要在“细”字上下功夫"


@pytest.mark.parametrize("line", ["推荐阅读:关于做好防汛工作的通知", "某某笔记 · 笔记本:2031 讲话/发言"])
def test_a_labels_value_or_a_note_apps_path_with_a_colon_is_no_title(line: str) -> None:
    text = f"{line}\n今年以来,我认真学习党史,收获很大。\n1.坚定理想信念\n要把学习成果转化为工作动力。\n"
    assert speechparse.parse_text(text).title != line


def test_a_line_with_a_sentences_end_inside_it_is_no_first_half_of_the_title_under_it() -> None:
    text = ("首页 > 心得体会\n某某AI写作,输入标题一键生成讲话稿! 立即体验\n\n守纪律 明底线\n——党纪学习教育心得体会\n"
            "根据集团党委统一部署,我所在的党支部深入开展党纪学习教育。\n")
    assert speechparse.parse_text(text).title == "守纪律 明底线"


@pytest.mark.parametrize("title", ["述职报告", "工作总结", "心得体会"])
def test_a_short_title_of_the_genre_over_the_first_sentence_is_the_title(title: str) -> None:
    text = f"{title}\n根据组织安排,现将本人一年来的履职情况报告如下。\n一、坚持政治引领\n全年未违反政治纪律。\n"
    assert speechparse.parse_text(text).title == title


def test_a_short_line_of_no_genre_over_the_first_sentence_is_no_title() -> None:
    text = "各位同事\n根据组织安排,现将本人一年来的履职情况报告如下。\n一、坚持政治引领\n全年未违反政治纪律。\n"
    assert speechparse.parse_text(text).title is None


def test_a_rule_of_dashes_over_the_title_is_no_part_of_it() -> None:
    text = ("————————————\n北林镇庆祝建党节暨表彰大会主持词\n同志们:\n今天我们隆重集会。\n大会到此结束。\n")
    assert speechparse.parse_text(text).title == "北林镇庆祝建党节暨表彰大会主持词"


def test_a_members_note_whom_they_speak_for_leaves_the_title_above_the_speaker() -> None:
    text = ("让群众在家门口看好病\n区政协委员 何某\n(代表农工党北林区委员会发言)\n尊敬的各位领导、各位委员:\n"
            "我就推进医共体建设谈几点建议。\n谢谢大家!\n")
    assert speechparse.parse_text(text).title == "让群众在家门口看好病"


def test_two_issuers_on_one_line_over_their_notice_are_its_title() -> None:
    text = "中共北林县纪委 北林县监委\n关于三起典型问题的通报\n各乡镇党委:\n现将有关情况通报如下。\n"
    assert speechparse.parse_text(text).title == "中共北林县纪委 北林县监委关于三起典型问题的通报"


@pytest.mark.parametrize("issuer", ["", "北林市人民政府\n"])
def test_a_title_whose_first_line_ends_in_a_genre_word_goes_on_with_the_line_that_opens_with_de(issuer: str) -> None:
    # (…国土空间总体规划 is a title by its last word; (2035年)的批复 under it says it was the first half)
    text = f"{issuer}关于北林县国土空间总体规划\n(2021—2035年)的批复\n北林县人民政府:\n你县的请示收悉。\n"
    assert speechparse.parse_text(text).title == \
        f"{issuer.strip()}关于北林县国土空间总体规划(2021—2035年)的批复"


def test_a_lectures_text_is_a_title_over_the_bracketed_note_of_who_gives_it() -> None:
    raw = ("“管住血压 远离中风”健康教育讲座稿\n(XX镇卫生院 XX医生 主讲,适用于村民健康大讲堂)\n各位乡亲、各位老人家:\n"
           "大家好!今天我们讲讲高血压。\n一、什么是高血压\n血压持续升高就是高血压。\n")
    assert speechparse.parse_text(raw).title == "“管住血压 远离中风”健康教育讲座稿"


@pytest.mark.parametrize("last", ["(2031—2035年)实施方案", "(2031年修订)实施细则"])
def test_a_title_ending_in_a_genre_word_goes_on_with_the_line_that_opens_with_its_years(last: str) -> None:
    text = f"北林县法治宣传教育第九个五年规划\n{last}\n为做好普法工作,制定本方案。\n一、总体要求\n坚持依法治县。\n"
    assert speechparse.parse_text(text).title == f"北林县法治宣传教育第九个五年规划{last}"


def test_a_date_in_brackets_alone_under_a_title_is_no_half_of_it() -> None:
    text = "北林县法治宣传教育第九个五年规划\n(2031年3月5日)\n为做好普法工作,制定本规划。\n一、总体要求\n坚持依法治县。"
    assert speechparse.parse_text(text).title == "北林县法治宣传教育第九个五年规划"


def test_issuers_that_issue_together_a_line_each_over_their_notice_are_all_in_its_title() -> None:
    text = "中共北林县委办公室\n北林县人民政府办公室\n关于做好冬季防火工作的通知\n各乡镇:\n请做好防火工作。\n"
    assert speechparse.parse_text(text).title == "中共北林县委办公室北林县人民政府办公室关于做好冬季防火工作的通知"


def test_a_bodys_name_over_another_over_no_document_of_theirs_is_no_title() -> None:
    text = "北林县人民政府办公室\n北林县应急管理局\n同志们:\n今天召开防火工作会议。\n"
    assert speechparse.parse_text(text).title != "北林县人民政府办公室北林县应急管理局"


@pytest.mark.parametrize("separator", ["--", "_", "|", "——"])
def test_the_issuer_a_page_sets_before_its_notice_s_title_is_no_part_of_the_title(separator: str) -> None:
    raw = (f"梧桐县应急管理局{separator}关于开展汛前安全检查的通知\n梧应急〔2031〕12号\n各乡镇人民政府:\n"
           "为做好今年防汛工作,现就开展汛前安全检查通知如下。\n一、检查范围\n全县水库、山塘和地质灾害点。\n")
    assert speechparse.parse_text(raw).title == "关于开展汛前安全检查的通知"


def test_a_site_s_name_before_a_dash_and_words_that_are_no_notice_stays_whole() -> None:
    raw = "梧桐网-关于我们\n梧桐网成立于2031年,是一家地方门户网站。\n"
    assert speechparse.parse_text(raw).title != "关于我们"


@pytest.mark.parametrize("speaker", ["", "(讲课人:XXX,20XX年X月X日)\n", "(主讲人:林某)\n"])
def test_four_parallel_phrases_over_a_subtitle_are_the_title(speaker: str) -> None:
    # (the speaker, named by a label in brackets, may stand under the subtitle)
    raw = f"以学铸魂 以学增智 以学正风 以学促干\n——在水利局专题党课上的讲稿\n{speaker}同志们:\n今天我讲三个方面。\n"
    assert speechparse.parse_text(raw).title == "以学铸魂 以学增智 以学正风 以学促干"


def test_a_menu_of_four_words_over_a_salutation_is_no_title() -> None:
    raw = "社区动态 党建园地 便民服务 联系我们\n同志们:\n今天我讲三个方面。\n"
    assert speechparse.parse_text(raw).title is None


@pytest.mark.parametrize("headline", ["收藏!全县秋季防火工作会议主持词(附流程)", "干货|全县秋季防火工作会议主持词",
                                      "建议收藏:全县秋季防火工作会议主持词【附模板】"])
def test_a_posts_call_to_readers_and_what_it_attaches_are_no_part_of_the_title(headline: str) -> None:
    raw = f"{headline}\n同志们:\n现在开会。\n"
    assert speechparse.parse_text(raw).title == "全县秋季防火工作会议主持词"


def test_a_news_pages_full_text_headline_goes_and_names_a_speech_without_a_title_line() -> None:
    raw = ("全文丨某某在全县秋季防火工作会议上的讲话\n10月8日,全县秋季防火工作会议召开。现将讲话全文刊发如下。\n"
           "同志们:\n现在开会。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "某某在全县秋季防火工作会议上的讲话"
    assert "全文丨" not in document.text


def test_a_papers_kicker_naming_its_selection_of_speeches_is_no_title_glued_to_a_word() -> None:
    raw = ("梧桐日报　数字报\n集团公司2031年工作会议表态发言摘登\n锚定目标不松劲 真抓实干开新局\n"
           "梧桐新能源公司党委书记 林某\n尊敬的各位领导,同志们:\n首先,我代表公司领导班子表态。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "锚定目标不松劲 真抓实干开新局"
    assert not document.text.startswith("梧桐日报")  # the e-paper's masthead, its word after a space


@pytest.mark.parametrize("title", ["入党申请书", "思想汇报"])
def test_a_short_title_of_the_genre_over_dear_party_organisation_is_the_title(title: str) -> None:
    raw = f"{title}\n敬爱的党组织:\n我志愿加入中国共产党,愿意为共产主义事业奋斗终身。\n"
    assert speechparse.parse_text(raw).title == title


def test_a_signed_articles_title_over_its_authors_name_alone_is_the_title() -> None:
    raw = ("以数字化赋能基层治理\n林明远\n基层是国家治理的基础。近年来,各地积极探索数字化治理的新路径,"
           "以数据共享打通部门壁垒,以平台建设提升服务效能,取得了明显成效。\n")
    assert speechparse.parse_text(raw).title == "以数字化赋能基层治理"


def test_a_line_over_a_word_that_is_no_name_is_no_signed_title() -> None:
    raw = ("以数字化赋能基层治理\n概述\n基层是国家治理的基础。近年来,各地积极探索数字化治理的新路径,"
           "以数据共享打通部门壁垒,以平台建设提升服务效能,取得了明显成效。\n")
    assert speechparse.parse_text(raw).title is None


@pytest.mark.parametrize("title", ["梧桐县教育局机关内部管理制度汇编", "全市乡村振兴工作会议讲话选编"])
def test_a_bodys_collection_in_one_volume_is_a_title_of_the_genre(title: str) -> None:
    raw = f"{title}\n梧桐县教育局办公室\n一、机关学习制度\n第一条 为加强机关干部学习,制定本制度。\n"
    assert speechparse.parse_text(raw).title == title


def test_a_gazettes_issue_line_and_a_subtitle_under_a_full_width_title_stay_apart_from_the_title() -> None:
    # (a fixed-width copy: the title's line is full, the subtitle under it opens with its dashes and its date)
    text = ("某省人民代表大会常务委员会公报\n2031年第5号(总第241号)\n"
            "关于2030年度省级预算执行和其他财政收支的审计工作报告\n"
            "——2031年7月26日在省人民代表大会常务委员会第四次会议上\n省审计厅厅长  林某\n"
            "主任、各位副主任、秘书长、各位委员:\n我受省人民政府委托,报告2030年度省级预算执行的审计情况,请予审议。\n")
    assert speechparse.parse_text(text).title == "关于2030年度省级预算执行和其他财政收支的审计工作报告"


def test_an_audit_offices_results_made_public_are_a_title_of_the_genre() -> None:
    text = "某市审计局\n2031年第3号\n某市本级2030年度部门预算执行情况审计结果\n根据审计法的规定,市审计局进行了审计。\n"
    assert speechparse.parse_text(text).title == "某市本级2030年度部门预算执行情况审计结果"


@pytest.mark.parametrize("headline", ["【清廉文化】守正创新 实干担当——主题演讲比赛一等奖",
                                      "一等奖作品:守正创新 实干担当"])
def test_the_documents_own_title_under_a_headline_that_holds_it_among_other_words_is_the_title(headline: str) -> None:
    text = (f"{headline}\n原创 石桥教育 2033-09-08 07:30\n守正创新 实干担当\n演讲人:某某\n"
            "尊敬的各位领导、各位评委:\n大家好!今天我演讲的题目是守正创新。\n")
    assert speechparse.parse_text(text).title == "守正创新 实干担当"


def test_the_issuer_line_under_a_title_that_opens_with_it_is_no_title() -> None:
    text = ("石桥县人民政府关于2033年度法治政府建设情况的报告\n石桥县人民政府\n(2034年1月10日)\n"
            "市人民政府:\n现将有关情况报告如下。\n")
    assert speechparse.parse_text(text).title == "石桥县人民政府关于2033年度法治政府建设情况的报告"


def test_a_speechs_head_over_its_salutation_under_a_pages_prose_gives_the_title() -> None:
    # (the search for a title stopped at the page's first sentence, a question above the answer that pastes a speech)
    from speechparse.lex.front import _lines, _speech_under_a_page_s_prose

    folded = ("本人刚到办公室,周五就要交初稿,求个框架。\n下面是我改过的一篇,你按自己单位的情况往里填,别整篇照抄。\n"
              "在全镇秋季防火工作会议上的讲话\n镇长 某某\n(2033年9月1日)\n同志们:\n今天召开会议,部署秋季防火工作。\n")
    lines = list(_lines(folded, len(folded)))
    title, body_line = _speech_under_a_page_s_prose(folded, lines, 0)
    assert title is not None and folded[title.start:title.end] == "在全镇秋季防火工作会议上的讲话"
    assert body_line == 5


def test_a_templates_named_slot_in_brackets_opening_its_title_stays_a_columns_label_goes() -> None:
    slot = speechparse.parse_text("【单位名称】2031年汛期值班工作方案\n一、工作目标\n确保安全度汛。\n")
    assert slot.title == "【单位名称】2031年汛期值班工作方案"
    label = speechparse.parse_text("【军民共建单位】军民共建路开工仪式讲话\n同志们:\n今天开工。\n")
    assert label.title == "军民共建路开工仪式讲话"


@pytest.mark.parametrize("over", ["局长话治水兴水", "守牢堤防安全底线\u3000护佑一方百姓平安"])
def test_a_papers_column_or_kicker_over_the_headline_its_title_list_prints_again_is_no_part_of_the_title(
        over: str) -> None:
    text = (f"石桥日报 第A03版:要闻\n标题导航\n· 让一江清水长流\n· 全县秋季征兵工作启动\n{over}\n"
            "让一江清水长流\n——在全县河湖巡查工作会议上的讲话\n同志们:\n今天召开全县河湖巡查工作会议。\n")
    assert speechparse.parse_text(text).title == "让一江清水长流"


def test_a_title_over_two_lines_that_the_page_does_not_print_again_stays_whole() -> None:
    text = ("石桥日报 第A03版:要闻\n守牢堤防安全底线\n护佑一方百姓平安\n——在全县防汛工作会议上的讲话\n"
            "同志们:\n今天召开全县防汛工作会议。\n")
    assert speechparse.parse_text(text).title == "守牢堤防安全底线护佑一方百姓平安"


def test_an_issuers_line_signed_again_under_the_text_stays_part_of_the_title_it_opens() -> None:
    text = ("石桥县水利局\n关于加强山塘巡护的通知\n各乡镇水利站:\n请于月底前完成检查。\n石桥县水利局\n"
            "2031年4月2日\n")
    assert speechparse.parse_text(text).title == "石桥县水利局关于加强山塘巡护的通知"


@pytest.mark.parametrize("deck", ["县农业农村局印发方案", "县委出台实施意见"])
def test_a_papers_deck_that_reports_a_documents_issue_is_no_title(deck: str) -> None:
    text = (f"石桥县农村供水保障三年行动方案\n{deck}\n\n为让山区群众喝上放心水,制定本方案。\n一、工作目标\n"
            "到2033年,山区群众全部喝上放心水。\n")
    assert speechparse.parse_text(text).title == "石桥县农村供水保障三年行动方案"


def test_a_measures_name_that_holds_a_verb_of_issuing_is_a_title() -> None:
    text = "石桥县山洪预警发布管理办法\n第一条 为规范山洪预警发布,制定本办法。\n"
    assert speechparse.parse_text(text).title == "石桥县山洪预警发布管理办法"


def test_a_press_conferences_chairing_remarks_are_a_title_though_the_conference_is_named_for_issuing() -> None:
    text = "石桥县文旅推介发布会主持词\n各位记者朋友:\n大家上午好!\n"
    assert speechparse.parse_text(text).title == "石桥县文旅推介发布会主持词"


def test_a_templates_order_names_the_measures_it_publishes_after_its_blanked_date_line() -> None:
    text = ("××市人民政府令\n第××号\n《××市河道保洁办法》已经20××年×月×日市人民政府常务会议审议通过,现予公布。\n"
            "20××年×月×日\n××市河道保洁办法\n第一章 总则\n第一条 为了保持河道整洁,制定本办法。\n")
    assert speechparse.parse_text(text).title == "××市河道保洁办法"


def test_a_column_over_a_headline_of_two_phrases_over_its_subtitle_is_no_part_of_the_title() -> None:
    text = ("石桥日报 第A06版:地方治理\n基层治水实践\n守牢堤防底线 护佑一方平安\n——石桥县防汛工作的探索与思考\n"
            "石桥县地处山区,河流众多。\n")
    assert speechparse.parse_text(text).title == "守牢堤防底线 护佑一方平安"


def test_a_titles_first_phrases_over_its_last_over_its_subtitle_are_one_title() -> None:
    text = "守牢底线 压实责任\n奋力开创安全生产新局面\n——在全县安全生产会议上的讲话\n同志们:\n今天召开会议。\n"
    assert speechparse.parse_text(text).title == "守牢底线 压实责任奋力开创安全生产新局面"


def test_a_transcripts_sentences_written_without_marks_are_prose_and_hold_no_glued_title() -> None:
    text = ("这次会议 县里专门作了安排 会前专门听取了森林防火工作的汇报 各乡镇的书记镇长今天都到会了"
            "刚才 县林业站讲了今冬的防火形势 石桥和梧桐两镇谈了各自做法 讲得都很好 有做法 有成效\n"
            "下面 我讲两点意见\n第一个方面,要压实防火责任。各乡镇要守土尽责。\n"
            "第二个方面,要抓好火源管控。严禁野外用火。\n")
    assert speechparse.parse_text(text).title is None


def test_three_issuers_over_a_title_broken_over_two_lines_all_head_it() -> None:
    raw = ("山前县水利局\n山前县住房和城乡建设局\n山前县发展和改革局\n关于调整城区集中供暖收费\n标准的公告\n"
           "为促进节约用水,现将有关事项公告如下:\n一、实施范围\n县城非居民用水单位。\n")
    assert speechparse.parse_text(raw).title == \
        "山前县水利局山前县住房和城乡建设局山前县发展和改革局关于调整城区集中供暖收费标准的公告"


def test_a_recordings_name_over_its_transcript_is_the_title_without_the_word_recording() -> None:
    raw = "全镇秋收动员会讲话录音\n说话人1 00:00:03\n同志们,今天召开会议,部署秋收工作。我讲三点意见。\n"
    assert speechparse.parse_text(raw).title == "全镇秋收动员会讲话"


def test_a_headline_over_a_labelled_speaker_and_the_salutation_is_the_title() -> None:
    raw = "扛起责任 干在实处\n主讲人:某某(县公路中心党支部书记)\n同志们:\n今天我讲三点意见。\n"
    assert speechparse.parse_text(raw).title == "扛起责任 干在实处"


def test_a_bodys_operating_rules_are_a_title_over_its_file_name() -> None:
    raw = "粮库安全作业规程.docx\n某县粮库安全作业规程(试行)\n第一章 总则\n第一条 为规范粮库作业,制定本规程。\n"
    assert speechparse.parse_text(raw).title == "某县粮库安全作业规程(试行)"


def test_a_slogan_of_short_phrases_over_the_title_is_no_part_of_it() -> None:
    raw = "护河 爱河 兴河\n某村河道保洁倡议书\n各位村民:\n河道是全村人的河道,保洁需要每一位村民参与。\n"
    assert speechparse.parse_text(raw).title == "某村河道保洁倡议书"


def test_a_bodys_manual_is_a_title() -> None:
    raw = "某某县气象局汛期值班工作手册\n一、总体要求\n为规范汛期值班工作,制定本手册。\n"
    assert speechparse.parse_text(raw).title == "某某县气象局汛期值班工作手册"


@pytest.mark.parametrize("call", ["下面 请县长某某同志 致闭幕词", "接下来有请某某书记讲话", "下面由某某同志作表态发言"])
def test_a_hosts_call_of_the_next_speaker_is_no_title(call: str) -> None:
    raw = f"{call}\n尊敬的各位领导、各位来宾:\n本届运动会的各项赛事今天全部结束。\n"
    assert speechparse.parse_text(raw).title is None


def test_a_headline_over_a_speaker_labelled_with_the_office_before_the_name_is_the_title() -> None:
    raw = "扛起责任 干在实处\n主讲人:中共某某县公路管理中心党支部书记 某某某\n同志们:\n今天我讲三点意见。\n"
    assert speechparse.parse_text(raw).title == "扛起责任 干在实处"


@pytest.mark.parametrize("title", ["关于石桥小区加装电梯期间相关安排的告知书", "致全镇广大群众的一封信"])
def test_a_notice_to_those_a_work_touches_and_a_letter_to_them_are_titles(title: str) -> None:
    raw = f"{title}\n石桥小区各位居民:\n经居民意见征询,小区改造定于6月10日开工,现将有关事项告知如下。\n"
    assert speechparse.parse_text(raw).title == title
