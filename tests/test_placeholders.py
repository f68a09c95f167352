"""Placeholders: which tokens are blanks, and what each blank stands for.

Every sentence here is invented. The classes of words are tested word by word
over their inventories, each in a sentence shape the word is used in, with a
context on the other side that says nothing, so removing the word from its
class makes the test fail.
"""

from __future__ import annotations

from unittest.mock import patch

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import speechparse
from speechparse.fill import fill, list_slots
from speechparse.vocab import placeholders as vocab
from speechparse.vocab.placeholders import PLACEHOLDER_TOKENS


def _found(text: str) -> list[tuple[str, str]]:
    doc = speechparse.parse_text(text)
    return [(p.text, p.kind) for p in doc.placeholders]


def _only(text: str) -> speechparse.Placeholder:
    placeholders = speechparse.parse_text(text).placeholders
    assert len(placeholders) == 1, placeholders
    return placeholders[0]


# ---------------------------------------------------------------- number

@pytest.mark.parametrize("word", vocab.MEASURE_WORDS)
def test_blank_before_a_measure_word_is_a_number(word: str) -> None:
    placeholder = _only(f"经过核查,其中X{word}符合条件。")
    assert (placeholder.kind, placeholder.cue_class) == ("number", "measure_word")


@pytest.mark.parametrize("word", vocab.UNITS_OF_MEASURE)
def test_blank_before_a_unit_of_measure_is_a_number(word: str) -> None:
    placeholder = _only(f"经过测算,其中XX{word}符合标准。")
    assert (placeholder.kind, placeholder.cue_class) == ("number", "unit_of_measure")


@pytest.mark.parametrize("word", vocab.MONEY_AND_RATIOS)
def test_blank_before_money_or_a_ratio_is_a_number(word: str) -> None:
    placeholder = _only(f"经过核算,其中XX{word}用于民生。")
    assert (placeholder.kind, placeholder.cue_class) == ("number", "money_or_ratio")


@pytest.mark.parametrize(("text", "cue"), [("新增农户贷款X000万元。", "000"), ("培训骨干XX00人次。", "00"),
                                          ("全年造林X000余亩。", "000")])
def test_blank_for_a_figure_s_first_digits_is_a_number_whatever_unit_follows_the_digits(text: str, cue: str) -> None:
    placeholder = _only(text)
    assert (placeholder.kind, placeholder.cue_class, placeholder.cue) == ("number", "figures_after", cue)


@pytest.mark.parametrize("word", vocab.ORDINAL_WORDS)
def test_blank_before_an_ordinal_word_is_a_number(word: str) -> None:
    placeholder = _only(f"按照安排,X{word}工作已经结束。")
    assert (placeholder.kind, placeholder.cue_class) == ("number", "ordinal_word")


@pytest.mark.parametrize("word", vocab.COUNT_OF_YEARS)
def test_a_count_of_years_is_a_number_not_a_date(word: str) -> None:
    placeholder = _only(f"我们X{word}坚持不懈。")
    assert (placeholder.kind, placeholder.cue_class) == ("number", "count_of_years")


@pytest.mark.parametrize("word", vocab.COUNT_WORDS)
def test_a_count_word_before_a_year_makes_it_a_count_of_years(word: str) -> None:
    placeholder = _only(f"这项工作{word}X年的时间。")
    assert (placeholder.kind, placeholder.cue_class) == ("number", "count_word")


@pytest.mark.parametrize("word", vocab.HAVING_WORDS)
def test_a_verb_of_having_before_a_year_makes_it_a_count_of_years(word: str) -> None:
    placeholder = _only(f"这个协会{word}X年的历史。")
    assert (placeholder.kind, placeholder.cue) == ("number", word)


def test_a_verb_of_having_alone_says_nothing_of_its_object() -> None:
    assert _found("出席会议的有XX、XX等领导。") == [("XX", "person"), ("XX", "person")]


@pytest.mark.parametrize("word", [w for w in vocab.FIGURE_WORDS if w not in vocab.WHAT_A_PLACE_HAS])
def test_blank_after_a_figure_word_is_a_number(word: str) -> None:
    placeholder = _only(f"据统计,全年{word}X,创历史新高。")
    assert (placeholder.kind, placeholder.cue_class) == ("number", "figure_word")


@pytest.mark.parametrize(("text", "expected"), [
    ("这是全国第X位。", [("X", "number")]),
    ("大会第XX次全体会议。", [("XX", "number")]),
    ("“xx”工程进展顺利。", [("xx", "number")]),  # a numbered slogan
    ("“X”是指抓好三项重点。", [("X", "number")]),  # one number of it explained
    ("人均收入提高到XX.X%。", [("XX", "number"), ("X", "number")]),  # two blanks split by the point
    ("库存量为X. XX万吨。", [("X", "number"), ("XX", "number")]),
    ("全年实现xxxxxx万元。", [("xxxxxx", "number")]),  # a long run for a big figure
    ("开发了XX多种产品。", [("XX", "number")]),  # 多 after a figure: more than XX
    ("报告分为X部分。", [("X", "number")]),
    ("依据X政发〔20XX〕XX号文件。", [("X", "region"), ("XX", "date"), ("XX", "number")]),
    # an issuer's code of any body opens with its place's name, however the copy brackets the year
    ("依据X农通〔20XX〕XX号文件。", [("X", "region"), ("XX", "date"), ("XX", "number")]),
    ("按照××医保发[2031]7号要求。", [("××", "region")]),
    ("××水利(2031)年度计划。", [("××", "other")]),  # a year in brackets, no number after it: no document's number
    ("由XX支队牵头,XX大队配合。", [("XX", "region"), ("XX", "region")]),  # a force's units, named by their places
    ("共有XX支队伍参加比赛。", [("XX", "number")]),  # 支 counting 队伍
    # a place's development and its youth, and the place a speech wishes better
    ("感谢各位企业家对XX发展的支持,我们要讲好XX发展故事。", [("XX", "region"), ("XX", "region")]),
    ("广大XX青年要勇挑重担。", [("XX", "region")]),
    ("共同建设更加美好的XX。", [("XX", "region")]),
    ("推进XX产业发展。", [("XX", "other")]),  # a trade's development: the blank names the trade
    ("周××,男,汉族,1983年×月生。", [("××", "person"), ("×", "date")]),  # a profile: a name, then its sex
    # a works, a shop, an inn named by its owner's word: a body's name, no person's
    ("对某某石材加工厂、某某便利店和某某酒店开展检查。", [("某某", "other"), ("某某", "other"), ("某某", "other")]),
    ("某某到店检查。", [("某某", "person")]),  # (a person goes to the shop)
    # a list's name, a space between it and its post: the post's place is no blank's
    ("组长:XXX　镇党委书记\n副组长:XXX　县委副书记", [("XXX", "person"), ("XXX", "person")]),
    # (a bureau's full name before its post: the post is still the name's)
    ("成员:XXX 县住房和城乡建设局局长\nXXX 县消防救援大队大队长", [("XXX", "person"), ("XXX", "person")]),
    ("XX 县人民政府", [("XX", "region")]),  # a body after the space, no post
    # the leaders a host names as present, after a word for them and a colon: a list of names
    ("出席今天大会的市领导有:××、××、××。", [("××", "person"), ("××", "person"), ("××", "person")]),
    ("参加培训的单位有:XX镇、XX乡。", [("XX", "region"), ("XX", "region")]),  # a list of bodies is no list of people
    ("新村位于X路XX号。", [("X", "region"), ("XX", "number")]),  # a house number, not a day
    ("每学期培训不少于____节,达标率不低于XX%。", [("____", "number"), ("XX", "number")]),  # a bound, no place
    ("请X号选手上台。", [("X", "number")]),  # a thing known by its number, not a day
    ("山脚下的××号检查站。", [("××", "number")]),  # a station known by its number
    ("推出特色产品X款。", [("X", "number")]),  # a product's models counted
    ("她在乡村学校教了××年书。", [("××", "number")]),  # a verb's 了 before a span: how long, not which year
    ("认真学习二十一届X中全会精神。", [("X", "number")]),  # which plenary session of a term: an ordinal
    ("全年归档XXX卷,扫描XXXX页。", [("XXX", "number"), ("XXXX", "number")]),  # volumes and pages of files
])
def test_figures_ordinals_and_numbered_names_are_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("报名电话:XXXXXXXX。", [("XXXXXXXX", "other")]),  # a long run for a phone number
    ("邮编XXXXXX,请寄送材料。", [("XXXXXX", "other")]),
    ("值班电话:××××××××。", [("××××××××", "other")]),  # a phone number of crosses, as long as one of X
    ("身份证号:__________________", [("__________________", "other")]),
])
def test_digits_that_name_a_line_or_a_thing_are_no_count_and_their_blank_is_other(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


# ---------------------------------------------------------------- date

@pytest.mark.parametrize("word", vocab.DATE_WORDS)
def test_blank_before_a_date_word_is_a_date(word: str) -> None:
    placeholder = _only(f"预计X{word}全部完成。")
    assert (placeholder.kind, placeholder.cue_class) == ("date", "date_word")


@pytest.mark.parametrize(("text", "expected"), [
    ("XX年X月X日召开。", [("XX", "date"), ("X", "date"), ("X", "date")]),
    ("定于X时X分开始。", [("X", "date"), ("X", "date")]),  # the minute of a time of day
    ("20xx年暑假安排。", [("xx", "date")]),
    ("预计201x完成。", [("x", "date")]),  # a year's shape, with nothing after it
    ("20**年工作总结。", [("**", "date")]),
    ("二〇XX年春季。", [("XX", "date")]),
    ("请做好~政务公开。", [("~", "date")]),  # ~ stands for digits: a year, whatever follows
    ("XX年以来,变化很大。", [("XX", "date")]),  # since a year
    ("请于X月X日前报送。", [("X", "date"), ("X", "date")]),  # 日前 is also a word, but not here
    ("定于X月X号召开。", [("X", "date"), ("X", "date")]),
    ("请于X月X日报送材料。", [("X", "date"), ("X", "date")]),  # after a month's figure: a day (日报 is no word here)
    ("于X月X日报到。", [("X", "date"), ("X", "date")]),  # (日报到 of a date: no paper)
    ("共有X年X个月。", [("X", "number"), ("X", "number")]),  # a measure word after the blank still counts
])
def test_years_months_days_and_periods_are_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


# ---------------------------------------------------------------- region

@pytest.mark.parametrize("word", vocab.DIVISIONS)
def test_blank_before_an_administrative_division_is_a_region(word: str) -> None:
    placeholder = _only(f"今天,XX{word}召开动员大会。")
    assert (placeholder.kind, placeholder.cue_class) == ("region", "division")


@pytest.mark.parametrize("word", vocab.ORGANS_OF_A_PLACE)
def test_blank_before_an_organ_of_a_place_is_a_region(word: str) -> None:
    placeholder = _only(f"按照X{word}的统一部署,抓好落实。")
    assert (placeholder.kind, placeholder.cue_class) == ("region", "organ")


@pytest.mark.parametrize("word", vocab.PLACE_DETERMINERS)
def test_blank_after_a_determiner_of_a_place_is_a_region(word: str) -> None:
    placeholder = _only(f"今年,{word}X要行动起来。")
    assert (placeholder.kind, placeholder.cue_class) == ("region", "determiner")


@pytest.mark.parametrize("word", vocab.PLACE_VERBS)
def test_blank_after_a_place_verb_is_a_region(word: str) -> None:
    placeholder = _only(f"代表团一行{word}XX,开展交流。")
    assert (placeholder.kind, placeholder.cue_class) == ("region", "place_verb")


@pytest.mark.parametrize("word", [w for w in vocab.WHAT_A_PLACE_HAS if w not in ("位于", "地处", "坐落")])
def test_blank_before_what_a_place_has_is_a_region(word: str) -> None:
    placeholder = _only(f"这关系到XX{word}的长远利益。")
    assert (placeholder.kind, placeholder.cue_class) == ("region", "what_a_place_has")


@pytest.mark.parametrize("word", vocab.WHAT_A_PLACE_DOES)
def test_blank_before_what_a_place_does_after_de_is_a_region(word: str) -> None:
    placeholder = _only(f"大家都关注XX的{word}。")
    assert (placeholder.kind, placeholder.cue_class) == ("region", "what_a_place_has")


@pytest.mark.parametrize(("text", "expected"), [
    ("XX位于大别山腹地。", [("XX", "region")]),
    ("X、X两县率先脱贫。", [("X", "region"), ("X", "region")]),
    ("先后到X、X、X等地考察。", [("X", "region"), ("X", "region"), ("X", "region")]),
    ("我代表XX作表态发言。", [("XX", "region")]),
    ("X镇党委书记XX主持会议。", [("X", "region"), ("XX", "person")]),
    ("XX公安局要加强巡逻。", [("XX", "region")]),  # a body named by its place and function
    ("请XX组织部牵头。", [("XX", "region")]),
    ("我们心系XX父老乡亲。", [("XX", "region")]),
    ("回到XX的怀抱。", [("XX", "region")]),
    ("欢迎大家来XX做客。", [("XX", "region")]),
    ("近年来XX变化很大。", [("XX", "other")]),  # 以来/年来 end with 来 and are no place verb
    ("XX 省 XX 市要行动。", [("XX", "region"), ("XX", "region")]),  # spaced runs in copied text
    ("XX XX 县的预案。", [("XX", "region"), ("XX", "region")]),  # two blanks of one name
    ("全ＸＸ县要行动起来。", [("ＸＸ", "region")]),
    ("○○镇和□□村。", [("○○", "region"), ("□□", "region")]),
    ("＊＊市委要求。", [("＊＊", "region")]),
    ("某某市委要求。", [("某某", "region")]),
    ("縣委要求XX縣各鄉鎮。", [("XX", "region")]),  # traditional characters read the same
])
def test_places_and_the_organs_of_a_place_are_regions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


# ---------------------------------------------------------------- person

@pytest.mark.parametrize("word", vocab.TITLES_OF_OFFICE)
def test_blank_before_a_title_is_a_person(word: str) -> None:
    placeholder = _only(f"会上,X{word}作了部署。")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "title")


@pytest.mark.parametrize("text", ["全年建成某某物流园区。", "航线由×××航空执飞。", "由某某集团有限公司承建。"])
def test_a_blank_of_a_names_shape_that_a_bodys_name_goes_on_from_is_no_person(text: str) -> None:
    assert [kind for _, kind in _found(text)] == ["other"]


@pytest.mark.parametrize("text", ["经查,XXX在担任公司副总经理期间收受财物。", "请某某局长讲话。"])
def test_a_blank_of_a_names_shape_before_a_post_or_a_verb_stays_a_person(text: str) -> None:
    assert [kind for _, kind in _found(text)] == ["person"]


def test_each_cell_of_a_forms_row_of_blanks_parted_by_tabs_is_a_blank() -> None:
    text = "序号\t资产类别\t账面数\t清查数\t盘盈\n1\t流动资产\t______\t______\t____\n"
    assert [token for token, _ in _found(text)] == ["______", "______", "____"]


@pytest.mark.parametrize("gap", ["\u3000", "  ", " "])
def test_each_blank_of_a_forms_field_parted_by_spaces_is_a_blank(gap: str) -> None:
    text = f"评审委员会\n主任:________\n委员:________{gap}________{gap}________\n"
    assert [token for token, _ in _found(text)] == ["________"] * 4


def test_a_forms_fields_of_time_and_place_ask_for_a_date_and_a_place() -> None:
    text = "活动时间:________\n活动地点:________\n不动产坐落:________\n请在规定时间XX天内办结。\n"
    assert _found(text) == [("________", "date"), ("________", "region"), ("________", "region"), ("XX", "number")]


def test_a_blank_before_a_units_commander_is_a_person_and_before_the_unit_its_place() -> None:
    assert _found("感谢×××大队长的通报,×××大队全体指战员辛苦了。") == [("×××", "person"), ("×××", "region")]


@pytest.mark.parametrize("word", vocab.TITLES_OF_OFFICE)
def test_blank_after_a_title_is_a_person(word: str) -> None:
    placeholder = _only(f"会上,{word}X作了部署。")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "title_before_a_name")


@pytest.mark.parametrize("prefix", ["副", "常务副", "执行"])
def test_deputy_and_executive_titles_are_titles(prefix: str) -> None:
    placeholder = _only(f"会议由X{prefix}主任主持。")
    assert (placeholder.kind, placeholder.cue) == ("person", f"{prefix}主任")


@pytest.mark.parametrize("word", vocab.FORMS_OF_ADDRESS)
def test_blank_before_a_form_of_address_is_a_person(word: str) -> None:
    placeholder = _only(f"我们感谢XX{word}的帮助。")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "title")


@pytest.mark.parametrize("word", vocab.SPEECH_VERBS)
def test_blank_before_a_speech_verb_is_a_person(word: str) -> None:
    placeholder = _only(f"会上,XX{word}。")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "speech_verb")


@pytest.mark.parametrize("word", vocab.SELF_INTRODUCTION)
def test_blank_after_a_self_introduction_is_a_person(word: str) -> None:
    placeholder = _only(f"大家好,{word}***,很高兴认识大家。")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "self_introduction")


@pytest.mark.parametrize("word", vocab.PERSON_LABELS)
def test_blank_after_a_label_of_a_persons_name_is_a_person(word: str) -> None:
    placeholder = _only(f"请填写回执。\n{word}:______\n")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "person_label")


@pytest.mark.parametrize("post", ["组长", "副组长", "主任", "常务副主任"])
def test_blank_after_a_post_and_its_colon_is_the_person_holding_it(post: str) -> None:
    placeholder = _only(f"领导小组名单如下。\n{post}:____\n")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "person_label")


def test_blank_before_the_verb_of_taking_a_post_is_a_person() -> None:
    assert _found("办公室设在区应急局,办公室主任由____兼任。") == [("____", "person")]


def test_blank_right_after_a_date_fields_label_without_a_colon_is_a_date() -> None:
    placeholder = _only("入党积极分子登记表\n出生年月____\n")
    assert (placeholder.kind, placeholder.cue_class) == ("date", "date_label")


def test_blank_alone_on_its_line_above_a_salutation_is_the_speaker() -> None:
    placeholder = _only("在全镇秋收工作会议上的讲话\n(2031年9月2日)\n××\n\n同志们:\n今天我们开个短会。\n")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "speaker_line")


def test_blank_alone_on_its_line_above_the_speechs_date_and_its_salutation_is_the_speaker() -> None:
    placeholder = _only("在全镇秋收工作会议上的讲话\n××\n(2031年9月2日)\n同志们:\n今天我们开个短会。\n")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "speaker_line")


def test_blank_alone_on_its_line_above_prose_is_no_speaker() -> None:
    assert [kind for _, kind in _found("获奖名单\n××\n希望大家向他们学习。\n")] != ["person"]


def test_a_label_with_a_long_note_on_how_to_sign_still_names_a_person() -> None:
    placeholder = _only("本人承诺以上情况属实。\n承诺人(签字、按手印):__________\n")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "person_label")


def test_a_label_with_its_characters_spaced_out_still_names_a_person() -> None:
    placeholder = _only("报名表\n姓    名:______\n")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "person_label")


@pytest.mark.parametrize("surname", vocab.COMMON_SURNAMES)
def test_blank_after_a_common_surname_is_a_given_name(surname: str) -> None:
    placeholder = _only(f"获奖人员:{surname}XX。")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "surname")


@pytest.mark.parametrize("text", ["开发XX页岩气资源。", "走访XX卷烟厂。"])
def test_a_word_that_begins_with_page_or_volume_counts_nothing(text: str) -> None:
    assert [kind for _, kind in _found(text)] != ["number"]


def test_a_surname_yields_to_a_stronger_word_after_the_blank() -> None:
    assert _found("到李XX村调研。") == [("XX", "region")]


def test_two_blanks_before_a_measure_word_count_it_after_a_word_ending_in_a_surname() -> None:
    # 范 ends 示范 and is a surname: 名 after the blank measures a count, it is no given name's last character
    assert _found("建成示范××个,评出劳动模范××名。") == [("××", "number"), ("××", "number")]
    assert _found("其中人工造林××亩、封山育林××亩。") == [("××", "number"), ("××", "number")]  # (and a unit)
    assert _found("名单:陈*强、王×明。") == [("*", "person"), ("×", "person")]  # a masked name keeps its kind


@pytest.mark.parametrize("place", ["峡谷", "古村", "古镇"])
def test_a_blank_before_a_natural_feature_or_an_old_settlement_names_a_place(place: str) -> None:
    assert _found(f"打造XX{place}旅游品牌。") == [("XX", "region")]


def test_a_blank_before_years_after_a_period_a_rule_sets_counts_them_unless_a_month_follows() -> None:
    assert _found("证书有效期X年,试用期X个月。") == [("X", "number"), ("X", "number")]
    assert [kind for _, kind in _found("有效期X年X月X日止。")] == ["date", "date", "date"]


def test_a_persons_label_with_the_other_role_it_may_name_in_brackets_still_names_a_person() -> None:
    assert _found("法定代表人(负责人):__________\n") == [("__________", "person")]


@pytest.mark.parametrize("label", ["提案人", "信息员", "调解员", "委托人"])
def test_a_forms_label_of_a_role_ending_in_a_person_word_names_a_person(label: str) -> None:
    assert _found(f"{label}:________\n") == [("________", "person")]


@pytest.mark.parametrize(("text", "expected"), [
    ("单位名称:______(盖章)\n", [("______", "other")]),  # after a form's label, before a note on it
    ("单位(盖章)______\n", [("______", "other")]),
    ("签名 ______ \n", [("______", "person")]),  # spaces between the label and the blank
])
def test_a_run_of_underscores_in_a_form_field_is_a_blank(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_run_of_underscores_alone_on_its_line_is_a_rule() -> None:
    assert _found("会议纪要\n____________\n会议决定如下。\n") == []


@pytest.mark.parametrize("word", vocab.WHAT_A_PERSON_DOES)
def test_blank_before_what_a_person_gives_after_de_is_a_person(word: str) -> None:
    placeholder = _only(f"我们不会忘记XX的{word}。")
    assert (placeholder.kind, placeholder.cue_class) == ("person", "what_a_person_does")


@pytest.mark.parametrize(("text", "expected"), [
    ("X委书记X要求抓好落实。", [("X", "region"), ("X", "person")]),
    ("××書記作重要講話。", [("××", "person")]),
    ("xx同誌主持會議。", [("xx", "person")]),
    ("安排X等X名干部驻村。", [("X", "person"), ("X", "number")]),  # a name heading a list, then a count
    ("请X、X两位同志发言。", [("X", "person"), ("X", "person")]),
    ("对×××的关心表示感谢。", [("×××", "person")]),  # three blank characters: a name
    ("某某同志主持。", [("某某", "person")]),
])
def test_names_are_persons(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


# ---------------------------------------------------------------- other

@pytest.mark.parametrize("word", vocab.BODIES_BY_FUNCTION)
def test_blank_before_a_body_named_by_function_is_other(word: str) -> None:
    placeholder = _only(f"新来的干部到X{word}报到。")  # 到 alone would make a place
    assert (placeholder.kind, placeholder.cue_class) == ("other", "body_by_function")


@pytest.mark.parametrize("function", vocab.FUNCTIONS_OF_A_PLACE)
def test_blank_before_a_function_and_its_body_is_the_place_that_owns_it(function: str) -> None:
    placeholder = _only(f"请XX{function}局牵头落实。")
    assert (placeholder.kind, placeholder.cue_class) == ("region", "body_of_a_place")


@pytest.mark.parametrize("word", vocab.COMPANIES_AND_PROJECTS)
def test_blank_before_a_company_or_project_is_other(word: str) -> None:
    placeholder = _only(f"他曾在XX{word}工作。")  # 在 alone would make a place
    assert (placeholder.kind, placeholder.cue_class) == ("other", "company_or_project")


@pytest.mark.parametrize(("text", "expected"), [
    ("省X办主任出席。", [("X", "other")]),
    ("**局局长作了说明。", [("**", "other")]),
    ("X部部长到会指导。", [("X", "other")]),  # 部 alone is also a measure word
    ("在*江北区委领导下。", [("*", "other")]),  # a word before a named organisation (中共)
    ("认真学习*精神。", [("*", "other")]),  # a word filter starred out a phrase
])
def test_bodies_by_function_and_starred_phrases_are_other(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "请把X交给办公室。",
    "今年的XX要抓紧。",
    "*、*、*要统筹推进。",
    "打造XX百年品牌。",  # 百年 is a word: no figure here
    "XX多次强调要抓落实。",  # 多次 is an adverb, not "more than X"
])
def test_blank_with_no_evidence_stays_other(text: str) -> None:
    assert {kind for _, kind in _found(text)} == {"other"}


# ---------------------------------------------------------------- precedence

@pytest.mark.parametrize(("text", "kind", "cue"), [
    ("今年产粮20xx吨。", "number", "吨"),  # a unit beats a year's shape
    ("预计20xx年完成。", "date", "年"),
    ("我们已有X年没有见面。", "number", "已有"),  # a count word beats 年
    ("到X年实现目标。", "date", "年"),  # a date word beats a place verb
    ("到X个村调研。", "number", "个"),  # a measure word beats a place verb
    ("在X同志的带领下。", "person", "同志"),  # a title beats a place verb
    ("来到X委汇报工作。", "region", "委"),  # an organ after a place verb: a region
    ("省X委下发了通知。", "other", "委"),  # an organ after a division: a body of that place
    ("市委副秘书长、X局长出席。", "other", "副秘书长、"),  # a post in one person's chain of posts
    ("X局长出席。", "person", "局长"),
    ("我代表X讲话。", "region", "我代表"),  # representing beats a speech verb
    ("随后X讲话。", "person", "讲话"),
    ("他来自×××,是一名教师。", "region", "来自"),  # a place verb beats a name's shape
    ("全X村都通了公路。", "region", "全"),  # the determiner names the place
])
def test_the_stronger_cue_decides(text: str, kind: str, cue: str) -> None:
    placeholder = _only(text)
    assert (placeholder.kind, placeholder.cue) == (kind, cue)


@pytest.mark.parametrize(("text", "expected"), [
    ("X至X名后备干部。", [("X", "number"), ("X", "number")]),
    ("X至X年是关键期。", [("X", "date"), ("X", "date")]),
    ("XX、XX、XX三个乡镇率先完成。", [("XX", "region"), ("XX", "region"), ("XX", "region")]),
])
def test_a_blank_with_no_cue_takes_the_kind_of_the_blanks_it_is_listed_with(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
    assert speechparse.parse_text(text).placeholders[0].cue_class == "coordination"


def test_the_cue_is_the_word_next_to_the_blank_as_written() -> None:
    doc = speechparse.parse_text("全X各鄉鎮要落实X個項目。")
    assert [(p.cue, p.cue_class) for p in doc.placeholders] == [("全", "determiner"), ("個", "measure_word")]


# ---------------------------------------------------------------- not blanks

@pytest.mark.parametrize("text", [
    "XJP同志的讲话精神。",  # an abbreviation of a name
    "用Excel表格统计。",
    "拍X光片检查。",
    "X射线设备。",
    "按3×4的规格布置。",
    "二○○八年八月。",  # ○ in a year written with Chinese numerals
    "某些地方还不够重视。",
    "某种程度上说。",
    "某县召开会议。",  # a lone 某 is the writer's own "a certain"
    "某同志反映了情况。",
    "GDP增长5%。",
    "2×2米的展板。",
    "3~5年内完成。",
    "实施“数据要素×”行动。",  # an operator in a policy name, like “互联网+”
    "* 加强理论学习\n* 改进工作作风",  # bullets
    "*加强理论学习\n*改进工作作风",
])
def test_words_signs_and_bullets_are_not_placeholders(text: str) -> None:
    assert _found(text) == []


def test_a_star_opening_a_line_is_a_blank_when_a_cue_follows_it() -> None:
    assert _found("会议结束。\n*县长作了总结。") == [("*", "person")]


def test_each_placeholder_span_slices_its_text() -> None:
    doc = speechparse.parse_text("X年X月X日,X县召开会议。")
    assert [doc.text[s:e] for s, e in (p.span for p in doc.placeholders)] == ["X"] * 4


def test_each_blank_of_x_year_x_month_x_day_is_its_own_placeholder() -> None:
    doc = speechparse.parse_text("X年X月X日")
    assert [p.span for p in doc.placeholders] == [(0, 1), (2, 3), (4, 5)]


def test_every_class_that_decides_a_kind_names_its_source() -> None:
    assert all(cls.source for cls in vocab.CUE_CLASSES)
    assert {cls.kind for cls in vocab.CUE_CLASSES} == {"region", "person", "number", "date", "other", None}



#: the words of the cue classes that are plain words, blanks, and what stands between them
_CUE_PIECES = sorted({word for cls in vocab.CUE_CLASSES for word in cls.pattern.split("|")
                      if word and not any(char in word for char in "()[]{}?*+\\^$.")}
                     | {"X", "XX", "×××", "某某", "20XX", " ", "、", ",", "。", "\n", "一", "了"})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), min_size=1, max_size=12).map("".join))
def test_cue_classes_asked_by_their_edge_character_judge_as_every_class_would(text: str) -> None:
    from speechparse import placeholders
    from speechparse.widths import fold

    folded = fold(text)
    spans = list(placeholders._tokens(folded, None, 0))
    by_edge = [placeholders.judge(folded, start, end) for start, end in spans]
    with patch.object(placeholders._ClassesByEdge, "for_char", lambda self, char: self.classes):
        assert [placeholders.judge(folded, start, end) for start, end in spans] == by_edge


def test_no_two_placeholder_forms_share_a_character() -> None:
    # what makes the forms' matches, merged in order, those of one alternation of them
    chars = [set(regex.sub(r"\{[0-9,]+\}|[\[\]\\]", "", form)) for form in PLACEHOLDER_TOKENS]
    assert all(first.isdisjoint(second) for index, first in enumerate(chars) for second in chars[index + 1:])


@given(st.text(alphabet="XX×xx某某○〇□**__~~ 一县年", max_size=60))
def test_the_placeholder_forms_merged_find_what_one_alternation_of_them_finds(text: str) -> None:
    alternation = regex.compile("|".join(PLACEHOLDER_TOKENS))
    merged = sorted(match.span() for form in PLACEHOLDER_TOKENS for match in regex.finditer(form, text))
    assert merged == [match.span() for match in alternation.finditer(text)]


def test_a_blank_form_is_scanned_for_only_in_a_text_holding_a_character_it_begins_with() -> None:
    from speechparse import placeholders

    scanned: list[str] = []

    class Recording:
        def __init__(self, form: object) -> None:
            self.form = form

        def finditer(self, text: str) -> object:
            scanned.append(self.form.pattern)  # type: ignore[attr-defined]
            return self.form.finditer(text)  # type: ignore[attr-defined]

    recording = tuple(Recording(form) for form in placeholders._TOKENS)
    with patch.object(placeholders, "_TOKENS", recording):
        assert [p.text for p in speechparse.parse_text("XX镇召开会议。\n").placeholders] == ["XX"]
        assert "[○〇]{2,4}" not in scanned and "~" not in scanned and vocab.PLACEHOLDER_TOKENS[0] in scanned
        assert [p.text for p in speechparse.parse_text("○〇镇召开会议。\n").placeholders] == ["○〇"]


@pytest.mark.parametrize("text", ["欢迎各位同事踊跃报名~", "请于本周五前报送名单~\n谢谢配合。"])
def test_a_tilde_after_a_sentence_is_a_tone_not_a_blank(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("code", ["统一社会信用代码:91330000MA2A0B1C2X", "身份证号:44010619850203241X"])
def test_the_check_character_x_of_a_code_is_no_blank(code: str) -> None:
    assert _found(code) == []


@pytest.mark.parametrize("text", ["各校推行“1+X”技能证书制度。", "构建“1+N+X”帮扶体系。", "试行“X+3”轮岗办法。"])
def test_the_open_term_of_a_schemes_sum_is_no_blank(text: str) -> None:
    assert _found(text) == []


def test_the_sign_after_a_factor_before_the_field_it_multiplies_with_is_no_blank() -> None:
    assert _found("(二)数据要素×现代农业") == []


def test_a_blank_beside_a_plus_that_adds_no_count_is_a_blank() -> None:
    assert [token for token, _ in _found("形成“X+X”工作格局。")] == ["X", "X"]


def test_the_blanks_of_a_phone_number_are_its_digits_not_a_name() -> None:
    found = _found("办公电话:0XXX-XXXXXXX\n身份证号:XXXXXXXXXXXXXXXXXX\n")
    assert [token for token, _ in found] == ["XXX", "XXXXXXX", "XXXXXXXXXXXXXXXXXX"]
    assert "person" not in [kind for _, kind in found]


@pytest.mark.parametrize("label", ["主持:", "出席:", "记录:", "缺席:"])
def test_a_blank_after_a_label_of_minutes_that_names_people_is_a_person(label: str) -> None:
    assert _found(f"会议纪要\n{label}XX\n") == [("XX", "person")]


@pytest.mark.parametrize("term", ["任期X年", "每X年召开一次", "每届X年", "为期X年"])
def test_a_term_of_years_is_a_number_not_a_date(term: str) -> None:
    assert [kind for _, kind in _found(f"第十条 理事会{term}。\n")] == ["number"]


def test_a_count_after_a_label_of_minutes_is_still_a_number() -> None:
    assert _found("会议应出席XX人,共记录XX条意见。\n") == [("XX", "number"), ("XX", "number")]


def test_a_blank_in_a_list_of_names_takes_no_cue_from_the_column_after_its_gap() -> None:
    found = _found("一、先进个人\n×××  城关镇党委副书记\n张XX  县农业农村局股长\n某某某  柳林乡站长\n")
    assert found == [("×××", "person"), ("XX", "person"), ("某某某", "person")]


def test_three_mou_in_a_row_are_one_blank_for_a_name() -> None:
    assert _found("请某某某同志发言。\n") == [("某某某", "person")]


@pytest.mark.parametrize(("text", "token"), [("新建茶园X000亩。", "X"), ("带动农户X00余户。", "X"),
                                             ("按不低于X:1的比例配套。", "X"), ("培训XX学时。", "XX")])
def test_a_blank_for_a_figure_s_first_digits_or_a_ratio_s_first_term_is_a_number(text: str, token: str) -> None:
    assert _found(text) == [(token, "number")]


def test_a_blank_issuer_code_before_a_document_number_s_year_is_a_place() -> None:
    assert _found("X政办〔2031〕12号\n") == [("X", "region")]


def test_a_note_in_brackets_repeated_in_a_fragment_is_no_title() -> None:
    assert speechparse.parse_text("请张明同志发言。\n(发言、批评)\n请李华同志发言。\n(发言、批评)\n").title is None


def test_a_blank_that_is_the_whole_issuer_code_is_no_place() -> None:
    assert _found("XX〔2031〕X号\n")[0] == ("XX", "other")


def test_a_blank_opening_an_indented_paragraph_reads_the_line_break_before_it() -> None:
    document = speechparse.parse_text("关于做好防汛工作的通知\n各乡镇:\n\n\u3000\u3000XX县各乡镇要抓紧完成排查。\n")
    blank = document.placeholders[0]
    assert document.text[blank.span[0] - 2:blank.span[1]] == ":\nXX"


@pytest.mark.parametrize(("text", "expected"), [
    ("20××年,全乡新修道路。", [("××", "date")]),
    ("20~年,全乡新修道路。", [("~", "date")]),
])
def test_any_blank_completing_a_year_begun_in_figures_is_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_tilde_before_a_percent_sign_is_a_number() -> None:
    assert _found("粮食产量同比增长~%。") == [("~", "number")]


@pytest.mark.parametrize("text", ["统一社会信用代码*:\n", "联系电话*:\n", "注:带*号的为必填项。"])
def test_a_forms_required_field_star_and_the_star_spoken_of_are_no_blanks(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("请于X日内报送,X个工作日内办结。", [("X", "number"), ("X", "number")]),  # spans of time, not dates
    ("会议在行政楼X楼X会议室举行。", [("X", "number"), ("X", "number")]),  # a floor, a room
    ("该院通过X级评审,位列全省前○○强。", [("X", "number"), ("○○", "number")]),  # a grade, a rank
])
def test_a_blank_before_a_span_of_time_or_a_word_of_order_is_a_number(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_blank_before_an_association_is_its_name_not_a_person() -> None:
    assert _found("某某商会会长某某女士致辞。") == [("某某", "other"), ("某某", "person")]


def test_a_name_after_a_title_and_before_other_leaders_is_a_person() -> None:
    assert _found("请县委书记X等县领导讲话。") == [("X", "person")]


def test_the_body_one_is_led_by_its_name_filtered_is_other() -> None:
    assert _found("在XX的正确领导下,全乡工作取得新进展。") == [("XX", "other")]


def test_a_blanked_level_of_a_place_before_its_head_or_its_bodies_is_a_region() -> None:
    assert _found("副X长李明同志,X直各部门负责同志。") == [("X", "region"), ("X", "region")]


@pytest.mark.parametrize("label", ["带班领导", "值班人员", "审核人"])
def test_a_forms_label_of_a_person_asks_for_a_name(label: str) -> None:
    assert _found(f"{label}:____\n") == [("____", "person")]


@pytest.mark.parametrize(("text", "expected"), [
    ("推广“XX经验”,评选“XX好人”。", [("XX", "region"), ("XX", "region")]),  # names of a place's own
    ("XX籍人士,《XX日报》记者。", [("XX", "region"), ("XX", "region")]),
    ("XX河治理,XX路改造。", [("XX", "region"), ("XX", "region")]),  # the land's features, the streets
    ("建设平安XX,为建设美丽幸福新XX而奋斗。", [("XX", "region"), ("XX", "region")]),  # qualities of a place
    ("XX妇联、XX文明委要牵头。", [("XX", "region"), ("XX", "region")]),  # a place's organisations
    # a place's media: its paper, its station, its centre
    ("先后被XX日报、XX广播电视台等宣传报道。", [("XX", "region"), ("XX", "region")]),
    ("XX晚报,XX融媒体中心。", [("XX", "region"), ("XX", "region")]),
])
def test_a_blank_in_a_name_a_place_gives_is_the_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["我在这里工作已经X年了。", "坚守岗位X年如一日。"])
def test_years_counted_after_already_or_before_le_are_a_number(text: str) -> None:
    assert _found(text) == [("X", "number")]


def test_a_blank_after_a_change_to_a_figure_before_a_unit_of_concentration_is_a_number() -> None:
    assert _found("细颗粒物浓度下降到XX微克/立方米。") == [("XX", "number")]


@pytest.mark.parametrize(("text", "expected"), [
    ("X总宣读了表彰决定。", [("X", "person")]),  # a firm's head addressed by surname
    ("XX村长期缺少产业。", [("XX", "region")]),  # 村 and 长期, not 村长
    ("汲取“X·XX”事故教训。", [("X", "date"), ("XX", "date")]),  # an event named by its date
    ("X光伏电站开工。", [("X", "other")]),  # not an X-ray
    ("副镇长 xxx\n同志们:", [("xxx", "person")]),  # a lower-case name after a title and a space
    ("其中,x、x两镇发展较快。", [("x", "region"), ("x", "region")]),  # each item of a list
])
def test_blanks_the_language_reads_by_their_neighbours(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["XX总公司要抓好落实。", "XX总局印发了通知。", "XX总队加强值守。"])
def test_a_blank_before_a_head_office_is_no_persons_name(text: str) -> None:
    assert [kind for _, kind in _found(text)] != ["person"]


@pytest.mark.parametrize("verb", vocab.SPAN_VERBS)
def test_a_verb_of_a_span_of_time_before_a_year_makes_it_a_count_of_years(verb: str) -> None:
    placeholder = _only(f"这台设备已{verb}X年。")
    assert (placeholder.kind, placeholder.cue) == ("number", verb)


@pytest.mark.parametrize(("text", "kind"), [
    ("考核满分为XX分。", "number"),  # the points of a score
    ("请XX分行派员参加。", "region"),  # a bank's branch named by its place, not points
    ("心得不少于XXXX字。", "number"),  # the characters of a text
    ("介绍信(××字第12号)。", "other"),  # the 字 of a document number's prefix
    ("今年拍摄了X部宣传片。", "number"),  # 部 counting works
    ("由XX部牵头落实。", "other"),  # 部 naming a department
    ("组织观看影片《XXX》。", "other"),  # a work's title in 书名号, not a name
    ("新培育XX家龙头企业。", "number"),  # 家 counting firms
    ("走访了村民王**家中。", "person"),  # a name before its home
    ("督促某某建材公司整改。", "other"),  # a company named by its trade
])
def test_the_word_after_a_blank_decides_between_a_count_and_a_body_or_a_work(text: str, kind: str) -> None:
    assert _only(text).kind == kind


@pytest.mark.parametrize("text", ["会议记录:xxx\n", "列席:张明(办公室)、xxx(财务科)\n"])
def test_a_lower_case_blank_after_a_label_or_in_a_list_of_names_is_found(text: str) -> None:
    assert [placeholder.text for placeholder in speechparse.parse_text(text).placeholders] == ["xxx"]


@pytest.mark.parametrize("line", ["梧桐县委组织部\u3000***", "市委书记 ***"])
def test_a_name_blanked_with_stars_after_its_body_or_post_and_a_space_is_a_person(line: str) -> None:
    found = [(p.text, p.kind) for p in speechparse.parse_text(f"表态发言\n{line}\n各位领导:\n").placeholders]
    assert found[-1] == ("***", "person")


def test_stars_spoken_of_between_spaces_are_no_blank() -> None:
    assert speechparse.parse_text("报名表\n注:带 *** 的为必填项\n").placeholders == ()


def test_a_multiplication_sign_before_a_blank_figure_is_a_sign_and_the_figure_a_blank() -> None:
    assert _found("采购费用按XX万元/台×X台计算。") == [("XX", "number"), ("X", "number")]


def test_an_x_of_a_products_version_in_latin_text_is_no_blank() -> None:
    assert _found("论坛程序为Discuz! X3.4,运行稳定。") == []
    assert _found("编号:X3。") == [("X", "other")]  # after a colon it is a blank of the serial number


@pytest.mark.parametrize(("text", "expected"), [
    ("依据×政发〔20××〕××号文件。", [("×", "region"), ("××", "date"), ("××", "number")]),  # a run of × is no sign
    ("实施期限为20××—20××年。", [("××", "date"), ("××", "date")]),
    ("面积为3×4米。", []),  # one × between figures multiplies
    ("月补贴金额=补贴面积×补贴单价×补贴系数。", []),  # a sign between the terms of an equation
    ("热烈庆祝建校7×周年。", [("×", "number")]),  # a figure's last digit left to fill, before what it counts
])
def test_a_cross_is_a_blank_or_a_sign_by_what_stands_beside_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("改造县道XX线、乡道X线。", [("XX", "other"), ("X", "other")]),  # a road named by its level and number
    ("新建xx至xx公路。", [("xx", "region"), ("xx", "region")]),  # a road named by the places it joins
])
def test_a_roads_name_holds_blanks_for_its_number_or_its_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["改造县道X318线山口至河湾段。", "沿X406线设置警示标志。", "县道X512全线贯通。"])
def test_the_letter_of_a_county_roads_code_is_no_blank(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", ["回看会议录像时可将速度调到1.5x。", "培训视频的播放速度为1.25x。"])
def test_a_players_speed_after_a_decimal_is_no_blank(text: str) -> None:
    assert _found(text) == []


def test_a_quoted_letter_the_text_defines_is_no_blank() -> None:
    assert _found("课后服务实行“1+X”模式,“X”即下午第二节开设兴趣小组。") == []


def test_a_blank_figure_before_three_zeros_is_still_a_blank() -> None:
    assert [token for token, _ in _found("全年带动就业X000余人。")] == ["X"]


@pytest.mark.parametrize("text", ["咨询电话139xxxx5521。", "账号6222XXXX0012。"])
def test_letters_that_hide_the_middle_of_a_number_are_no_blank(text: str) -> None:
    assert _found(text) == []


def test_a_blank_before_a_field_of_work_is_a_phrase_not_a_place() -> None:
    assert _found("力争在XX、XX等方面取得突破,在XX领域走在前列。")[1:] == [("XX", "other"), ("XX", "other")]


@pytest.mark.parametrize("label", ["填报人", "承诺人", "经办人"])
def test_a_form_s_label_of_a_person_makes_the_blank_a_name(label: str) -> None:
    assert _found(f"{label}:____(签字)\n") == [("____", "person")]



@pytest.mark.parametrize("blank", ["***", "XX", "××"])
def test_a_blank_before_a_party_branch_is_the_units_name_whatever_its_shape(blank: str) -> None:
    document = speechparse.parse_text(f"关于开展主题党日活动的通知\n{blank}党支部要按时组织学习。\n")
    assert [(placeholder.text, placeholder.kind) for placeholder in document.placeholders] == [(blank, "other")]


def _kinds(sentence: str) -> list[tuple[str, str]]:
    document = speechparse.parse_text(f"关于做好年度考核工作的通知\n{sentence}\n")
    return [(placeholder.text, placeholder.kind) for placeholder in document.placeholders]


@pytest.mark.parametrize("sentence", ["公示名单:孙*强等3户。", "经评议,同意赵*强、李*军。"])  # (not 前X强)
def test_a_blank_between_a_surname_and_a_given_names_last_character_is_a_masked_name(sentence: str) -> None:
    assert {kind for _, kind in _kinds(sentence)} == {"person"}


@pytest.mark.parametrize("sentence", ["拟推荐人选:周*英(2人)、黎*平、伍*成、欧阳**(3人)。",
                                      "受表彰人员:易*  向*  覃*明"])
def test_asterisks_masking_an_item_of_a_list_made_public_are_a_name_whatever_the_surname(sentence: str) -> None:
    assert {kind for _, kind in _kinds(sentence)} == {"person"}


def test_asterisks_after_a_word_that_is_no_surname_in_a_list_are_no_name() -> None:
    assert "person" not in {kind for _, kind in _kinds("整改时限:(第*条)、(共*项)。")}


@pytest.mark.parametrize("sentence", ["他到岗仅×年就挑起大梁。", "老支书有着××年党龄。", "一守就是××年。",
                                      "计划用X年建成示范区。"])
def test_a_blank_before_years_a_thing_took_or_a_person_served_is_a_count(sentence: str) -> None:
    assert _kinds(sentence)[0][1] == "number"


@pytest.mark.parametrize("sentence", ["×号机组下周检修。", "请到x号综合楼报到。"])
def test_a_blank_before_a_numbered_machine_or_building_is_its_number(sentence: str) -> None:
    assert _kinds(sentence)[0][1] == "number"


def test_the_hour_and_minutes_of_a_time_written_with_a_colon_are_a_date() -> None:
    assert _kinds("请于X:XX前签到。") == [("X", "date"), ("XX", "date")]


def test_a_long_run_of_boxes_on_a_form_is_one_blank() -> None:
    assert len(_kinds("统一社会信用代码:" + "□" * 18)) == 1


def test_a_field_named_with_its_own_words_before_its_word_of_field_is_other() -> None:
    assert _kinds("特别是在XX管理方面取得突破。")[0][1] == "other"


@pytest.mark.parametrize(("sentence", "blanks"), [("国道G3XX线改造完成。", ["XX"]), ("省道SXXX线拓宽。", ["XXX"]),
                                                  ("新建线路XX.Xkm。", ["XX", "X"]), ("建成XXkV变电站。", ["XX"]),
                                                  ("扩容存储XXTB,出口带宽XXGbps。", ["XX", "XX"]),
                                                  ("影像不低于XXXdpi。", ["XXX"])])
def test_a_blank_figure_in_a_roads_code_or_before_a_units_symbol_is_a_number(sentence: str, blanks: list[str]) -> None:
    assert _kinds(sentence) == [(blank, "number") for blank in blanks]


@pytest.mark.parametrize("sentence", ["支持XX都市圈建设。", "加快XX港区码头建设。", "请XX边检站作交流发言。",
                                      "请XX军分区领导讲话。", "XX综合保税区封关运作。", "XX海事局加强水上巡查。"])
def test_a_blank_before_a_body_or_a_region_named_by_its_place_is_a_place(sentence: str) -> None:
    assert _kinds(sentence) == [("XX", "region")]


@pytest.mark.parametrize("sentence", ["拍X线片检查。", "升级Windows XP系统。", "GPS X线定位。"])
def test_an_x_ray_or_a_latin_word_is_still_no_blank(sentence: str) -> None:
    assert _kinds(sentence) == []


@pytest.mark.parametrize("blank", ["×", "X"])
def test_a_weekdays_blank_is_a_date(blank: str) -> None:
    assert _kinds(f"定于5月8日(星期{blank})下午开会。") == [(blank, "date")]


def test_a_bound_on_days_is_a_count_of_them() -> None:
    assert _kinds("办理时限不超过XX日。") == [("XX", "number")]


@pytest.mark.parametrize(("sentence", "kinds"), [("全年安排廉政教育专题课程X讲。", [("X", "number")]),
                                                 ("班子成员讲党课XX讲,覆盖全体党员。", [("XX", "number")]),
                                                 ("会上,XXX讲话。", [("XXX", "person")])])
def test_a_count_of_lectures_at_its_phrase_s_end_is_a_number_and_a_speaker_stays_a_person(
        sentence: str, kinds: list[tuple[str, str]]) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize("sentence", ["开展“最美XX人”评选活动。", "评选十佳XX。"])
def test_the_group_an_honour_singles_out_is_other_not_a_count_of_people(sentence: str) -> None:
    assert _kinds(sentence) == [("XX", "other")]


@pytest.mark.parametrize(("line", "kinds"), [
    ("家庭名称:________ 户主姓名:________", ["other", "person"]),
    ("出生年月:________ 交班人:________", ["date", "person"]),
    ("来电时间:__时__分", ["date", "date"]),
    ("检查人(签字):________", ["person"]),
])
def test_a_form_s_fields_take_the_kind_their_labels_ask_for(line: str, kinds: list[str]) -> None:
    assert [kind for _, kind in _kinds(line)] == kinds


@pytest.mark.parametrize("sentence", ["检查结果(√/×):", "符合要求的打“√”,不符合的打“×”。", "合格画“×”以外的记号。"])
def test_a_cross_a_form_asks_to_mark_with_is_no_blank(sentence: str) -> None:
    assert _kinds(sentence) == []


def test_a_numbered_meeting_room_s_blank_is_a_number() -> None:
    assert _kinds("会议地点:县行政中心X楼X号会议室。") == [("X", "number"), ("X", "number")]


@pytest.mark.parametrize("word", vocab.NAMES_AFTER_A_PLACE)
def test_blank_before_what_a_place_names_after_itself_is_a_region(word: str) -> None:
    placeholder = _only(f"我们要总结推广XX{word}。")
    assert (placeholder.kind, placeholder.cue_class) == ("region", "named_by_its_place")


def test_a_blank_before_the_chapter_a_place_writes_is_a_region_not_a_count_of_articles() -> None:
    assert _found("奋力谱写中国式现代化××篇章。") == [("××", "region")]


@pytest.mark.parametrize("cell", ["XXX.X", "XXXX.X", "×.×"])
def test_the_parts_of_a_decimal_figure_in_a_table_s_cell_are_numbers(cell: str) -> None:
    found = _found(f"指标名称 单位 季度目标 实际完成\n利润总额 万元 {cell} {cell}\n")
    assert found and all(kind == "number" for _, kind in found)


def test_an_item_s_marker_before_a_blank_is_no_decimal_point() -> None:
    found = _found("需采购的设备:1.XX购物中心监控系统;2.XX商场门禁系统。")
    assert len(found) == 2 and all(kind != "number" for _, kind in found)


@pytest.mark.parametrize("time", ["上午X:00", "晚上X:30前"])
def test_the_hour_of_a_clock_time_before_its_minutes_is_a_date(time: str) -> None:
    assert _found(f"请各单位于{time}到会议室签到。") == [("X", "date")]


def test_the_first_term_of_a_ratio_is_a_number() -> None:
    assert _found("全村男女比例约为X:3。") == [("X", "number")]


@pytest.mark.parametrize("line", ["喜欢就收藏哦~图片来自网络。", "希望能帮到你~有问题留言。"])
def test_a_tilde_after_a_modal_particle_or_the_reader_addressed_is_a_tone_not_a_blank(line: str) -> None:
    assert speechparse.parse_text(f"石桥镇年终工作总结\n全年完成各项任务。\n{line}\n").placeholders == ()


def test_a_tilde_after_a_verb_or_a_preposition_is_a_blank() -> None:
    doc = speechparse.parse_text("石桥镇年终工作总结\n我镇在~乘势而上,认真总结~的工作。\n")
    assert [placeholder.text for placeholder in doc.placeholders] == ["~", "~"]


@pytest.mark.parametrize("line", ["围绕年初确定的“____”工作目标推进。", "①________。", "完成(________)项任务。"])
def test_underscores_inside_quotes_or_brackets_or_after_an_item_s_marker_are_a_blank(line: str) -> None:
    doc = speechparse.parse_text(f"石桥镇半年工作总结\n{line}\n")
    assert [placeholder.text.strip("_") for placeholder in doc.placeholders] == [""]


def test_a_line_of_underscores_alone_is_a_rule_not_a_blank() -> None:
    assert speechparse.parse_text("石桥镇半年工作总结\n全年工作有序推进。\n________\n附:数据表\n").placeholders == ()


@pytest.mark.parametrize("line", ["当年部队向周某某家借了稻谷。", "法院审结刘某某诉物业公司服务合同纠纷案。"])
def test_a_surname_and_mou_mou_keep_a_person_s_name_back_whatever_word_follows(line: str) -> None:
    doc = speechparse.parse_text(f"石桥镇情况通报\n{line}\n")
    assert [(placeholder.text, placeholder.kind) for placeholder in doc.placeholders] == [("某某", "person")]


def test_mou_mou_before_a_body_after_a_verb_ending_in_a_surname_s_character_is_no_person() -> None:
    doc = speechparse.parse_text("石桥镇情况通报\n衷心感谢某某集团的大力支持。\n")
    assert [placeholder.kind for placeholder in doc.placeholders] == ["other"]


def test_a_blank_before_a_unit_of_the_old_weights_is_a_number() -> None:
    doc = speechparse.parse_text("石桥村史\n当年乡亲们借给部队稻谷X担。\n")
    assert [placeholder.kind for placeholder in doc.placeholders] == ["number"]


def test_a_blank_before_a_word_opening_with_a_unit_s_character_is_no_number() -> None:
    doc = speechparse.parse_text("关于成立领导小组的通知\n由×××担任组长,XXX担当副组长。\n")
    assert [placeholder.kind for placeholder in doc.placeholders] == ["person", "person"]


def test_a_blank_before_a_verb_of_return_or_a_written_count_of_years_reads_its_kind() -> None:
    doc = speechparse.parse_text("石桥村先进典型材料\n扎根基层XX载,在外多年的某某某回村任职。\n")
    assert [(placeholder.text, placeholder.kind) for placeholder in doc.placeholders] == [
        ("XX", "number"), ("某某某", "person")]


def test_a_templates_named_slot_in_square_brackets_is_a_blank_of_the_kind_its_name_says() -> None:
    document = speechparse.parse_text("关于做好年终总结工作的通知\n[单位名称]各部门:\n"
                                      "请[领导姓名]同志于[报送时间]前审定,共[参会人数]人参加,[地区名称]各乡镇配合。\n[单位名称]\n")
    found = [(placeholder.text, placeholder.kind) for placeholder in document.placeholders]
    assert found == [("[单位名称]", "other"), ("[领导姓名]", "person"), ("[报送时间]", "date"),
                     ("[参会人数]", "number"), ("[地区名称]", "region"), ("[单位名称]", "other")]
    # each name is one slot wherever it stands
    assert [placeholder.slot for placeholder in document.placeholders] == [text for text, _ in found]


def test_words_in_lenticular_brackets_are_a_pages_label_not_a_named_slot() -> None:
    raw = ("梧桐县河道管理办法\n【施行日期】2033年5月1日\n第一条 为加强河道管理,制定本办法。\n"
           "第二条 本办法自公布之日起施行。\n")
    assert speechparse.parse_text(raw).placeholders == ()


@pytest.mark.parametrize(("sentence", "kind"), [("请于12月[X]日前报送。", "date"), ("全年召开会议[X]次。", "number"),
                                                ("会议在综合楼【X】楼召开。", "number")])
def test_a_blank_in_a_templates_brackets_takes_its_kind_from_the_words_beside_the_brackets(sentence: str,
                                                                                            kind: str) -> None:
    assert _kinds(sentence) == [("X", kind)]


def test_filling_a_bracketed_blank_replaces_its_brackets_too() -> None:
    document = speechparse.parse_text("关于做好年终总结工作的通知\n请于12月[X]日前报送。\n")
    (slot,) = list_slots(document)
    assert fill(document, {slot.key: "15日"}).text.rstrip("\n").endswith("请于12月15日前报送。")


@pytest.mark.parametrize("text", ["该案发生在20XX年至20XX年间。", "全镇要在20XX年以前完成改造。"])
def test_a_years_figures_before_a_word_that_counts_years_are_a_date(text: str) -> None:
    assert [placeholder.kind for placeholder in speechparse.parse_text(text).placeholders][-1] == "date"


@pytest.mark.parametrize("text", ["被告人被判处有期徒刑XX年。", "被告人被判处缓刑X年。"])
def test_a_sentences_length_in_years_is_a_number(text: str) -> None:
    assert _only(text).kind == "number"


def test_a_blank_before_a_county_bureaus_section_is_its_function() -> None:
    assert _only("要对XXX股室的审批环节开展专项督查。").kind == "other"


def test_a_name_field_whose_label_says_how_the_name_is_written_is_a_person() -> None:
    assert _only("姓名(护照):____\n").kind == "person"


@pytest.mark.parametrize("label", ["计划开展活动(项):", "参训人数(人):", "申请金额(万元):"])
def test_a_form_field_whose_label_gives_its_unit_in_brackets_is_a_number(label: str) -> None:
    placeholder = _only(f"{label}____\n")
    assert (placeholder.kind, placeholder.cue_class) == ("number", "unit_in_label")


def test_a_blank_after_a_years_figure_is_its_month_only_where_the_month_follows() -> None:
    placeholders = speechparse.parse_text("在20XX年XX国际学术研讨会上的致辞\n于20XX年XX月报送。\n").placeholders
    assert [(placeholder.text, placeholder.kind) for placeholder in placeholders] == [
        ("XX", "date"), ("XX", "other"), ("XX", "date"), ("XX", "date")]


def test_a_blank_in_a_chain_of_posts_before_a_places_organ_is_the_place() -> None:
    placeholders = speechparse.parse_text("他历任市XX局局长、XX县委常委、XX县委副书记。").placeholders
    kinds = [placeholder.kind for placeholder in placeholders]
    assert kinds == ["other", "region", "region"]


def test_a_blank_in_a_chain_of_posts_before_a_posts_title_stays_a_body_named_by_its_function() -> None:
    assert speechparse.parse_text("请市委副秘书长、*局长通报情况。").placeholders[0].kind == "other"


def test_a_blank_before_daibiao_is_a_deputys_name() -> None:
    # a reply to a deputy's suggestion opens with the deputy's name, blanked in a template
    assert _found("尊敬的XXX代表:\n您提出的关于增设公交站点的建议收悉。\n") == [("XXX", "person")]
    assert _found("请XX代表围绕乡村教育发言。\n") == [("XX", "person")]


def test_a_blank_before_a_delegation_or_a_congress_is_no_person() -> None:
    assert _found("XX代表团一行来我县考察。\n")[0][1] != "person"


def test_a_blank_after_a_post_and_its_signature_note_is_the_signers_name() -> None:
    assert _found("项目申报表\n社区党委书记(签字):______\n")[-1] == ("______", "person")


def test_a_blanked_given_name_before_a_space_and_a_post_is_a_person() -> None:
    # a list of names, each name then its post after a gap: the post's place word is the next column's
    assert _found("参会人员:\n张XX 县委办公室副主任\n李XX 市委组织部科长\n") == [("XX", "person"), ("XX", "person")]


@pytest.mark.parametrize(("text", "expected"), [
    ("国道XXX线和县道XX线完成改造。", [("XXX", "other"), ("XX", "other")]),  # a road's designation: no name
    ("请XX区分会场汇报。", [("XX", "region")]),  # a place's venue of a meeting held at many (区分 is no word here)
    ("某某光伏新材料有限公司承建。", [("某某", "other")]),  # a company named by a long trade
    ("验收人员(签字):________\n", [("________", "person")]),  # a signature is a person's
    ("XX人武部要抓好征兵工作。", [("XX", "region")]),  # a place's armed forces department, no count of people
    ("受表彰的党员有:XX、XX。", [("XX", "person"), ("XX", "person")]),  # a list of a branch's people
    ("高一(X)班获得第一名。", [("X", "number")]),  # a class's number in its grade
    ("签字:________(办公室主任)\n", [("________", "person")]),  # the post of the one who signs, in brackets
    ("邮箱:xxxx@example.cn\n", [("xxxx", "other")]),  # a mail address's user: an account, no person
    ("请于下午X点前报送。", [("X", "date")]),  # the hour of a part of the day
    ("XX幼儿园,XX区公安分局。", [("XX", "other"), ("XX", "region")]),  # a kindergarten's name; a district's branch
    ("跑出“XX速度”。", [("XX", "region")]),  # the pace a place is praised for, quoted
    ("到会的有XXX副市长、XXX副县长。", [("XXX", "person"), ("XXX", "person")]),  # holders of posts, 副 included
    ("协调人:____\n列席人员:____\n", [("____", "person"), ("____", "person")]),
    ("任期为X年,提前XX日报送。", [("X", "number"), ("XX", "number")]),  # spans of time, not dates
    ("目标值:____\n数量(台/套):____\n", [("____", "number"), ("____", "number")]),
    ("在____平台发布,关注“XX发布”。", [("____", "other"), ("XX", "region")]),  # a platform; a place's account
    ("建设和美XX,相约XX。", [("XX", "region"), ("XX", "region")]),
    ("某某健身会所,XX文旅。", [("某某", "other"), ("XX", "region")]),
    ("租期调整为X年。", [("X", "number")]),  # a span of time set
    ("聘用期限原则上为X年,证书有效期为X年。", [("X", "number"), ("X", "number")]),  # periods a rule sets
    ("今后X年的重点任务。", [("X", "number")]),  # the years ahead, counted
    ("XX派出所、XX交警大队,关注“XX公安”。", [("XX", "region")] * 3),  # a place's station, force and account
    ("千年XX,XX的历史。", [("XX", "region"), ("XX", "region")]),
    ("20XX级新生,20XX届毕业生,第X届。", [("XX", "date"), ("XX", "date"), ("X", "number")]),  # a class by its year
])
def test_a_blank_named_by_the_word_beside_it_takes_its_kind(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_blank_with_no_cue_written_as_the_documents_place_is_the_place() -> None:
    text = "XX市人民政府主办。中共XX市委高度重视。欢迎各位嘉宾齐聚XX,感受XX之美。"
    kinds = [(placeholder.kind, placeholder.cue_class) for placeholder in speechparse.parse_text(text).placeholders]
    assert kinds[-1] == ("region", "the_documents_place")


def test_counts_and_dates_blanked_with_the_same_token_do_not_hide_the_documents_place() -> None:
    # XX stands for the place where it names anything; its counts and years say nothing against that
    text = ("XX市人民政府主办。中共XX市委高度重视。全年接待游客XX万人次,XX年建成XX个景区,收入XX亿元。"
            "欢迎各位嘉宾来到XX,XX是一座好客的城市。")
    kinds = [(placeholder.kind, placeholder.cue_class) for placeholder in speechparse.parse_text(text).placeholders]
    assert kinds[-1] == ("region", "the_documents_place")


def test_a_blank_listed_with_counts_keeps_the_lists_kind_in_a_document_naming_its_place() -> None:
    text = "X市人民政府主办。中共X市委高度重视。全市储备X至X吨粮食。"
    kinds = [placeholder.kind for placeholder in speechparse.parse_text(text).placeholders]
    assert kinds[2:] == ["number", "number"]


def test_a_blank_with_no_cue_stays_other_where_the_token_names_other_things_too() -> None:
    text = "XX市人民政府主办。XX县委参加。XX同志、XX同志、XX同志出席。感受XX之美。"
    assert speechparse.parse_text(text).placeholders[-1].kind == "other"


def test_a_telephones_number_blanked_after_its_area_code_is_a_blank() -> None:
    assert _found("请各乡镇报送联系人,咨询电话:0571-xxxxxxx。") == [("xxxxxxx", "other")]


def test_an_x_that_names_a_radars_band_is_no_blank() -> None:
    assert _found("年内建成X波段天气雷达两部,填补监测盲区。") == []


@pytest.mark.parametrize("sentence", ["来稿请发送至邮箱:ywk@×××.gov.cn。", "网址:www.×××.gov.cn。"])
def test_a_blank_inside_a_mail_or_web_address_is_no_name_place_or_count(sentence: str) -> None:
    assert [kind for _, kind in _found(sentence)] == ["other"]


def test_a_blank_before_a_banks_branch_or_a_countys_rural_bank_names_the_place_a_brand_does_not() -> None:
    text = "中共XX农村商业银行委员会召开会议,XX支行作交流发言,XX银行派员参加。"
    assert _found(text) == [("XX", "region"), ("XX", "region"), ("XX", "other")]


def test_a_year_whose_tasks_follow_it_is_a_date_not_a_count_of_years() -> None:
    assert _found("奋力实现××年各项目标任务。") == [("××", "date")]


def test_a_blank_before_a_schoolmates_form_of_address_is_a_person() -> None:
    assert _found("请20XX届的××学长分享经验。")[-1] == ("××", "person")


def test_a_forms_label_of_a_places_name_makes_its_blank_a_place() -> None:
    assert _found("乡(镇)名称:________\n村名:______\n单位名称:______\n") == [
        ("________", "region"), ("______", "region"), ("______", "other")]


@pytest.mark.parametrize("sentence", ["欢迎大家来丈量XX的美丽风景。", "感谢各界支持XX体育事业。", "XX的山水令人陶醉。"])
def test_a_blank_whose_scenery_or_public_cause_follows_is_a_place(sentence: str) -> None:
    assert _found(sentence) == [("XX", "region")]


def test_a_blank_before_a_jiao_of_money_is_a_number() -> None:
    assert _found("停车收费标准为每小时X角。") == [("X", "number")]


@pytest.mark.parametrize("sentence", ["我是来自初二(X)班的××,今天讲话的题目是珍惜时光。", "某中学 初二(X)班 ××\n"])
def test_a_blank_after_a_pupils_class_is_the_pupils_name(sentence: str) -> None:
    assert _found(sentence)[-1] == ("××", "person")


def test_blanks_of_an_address_count_its_building_unit_and_room_and_an_elders_name_is_a_person() -> None:
    assert [kind for _, kind in _found("住址:____栋____单元____室")] == ["number", "number", "number"]
    assert _found("尊敬的××老人:您好!") == [("××", "person")]


def test_two_blanks_before_a_roads_line_are_a_blank_one_x_before_it_is_a_word() -> None:
    assert [text for text, _ in _found("推进XX村至XX村的XX线提档升级工程。")] == ["XX", "XX", "XX"]
    assert _found("体检时拍X线片,查X光。") == []


@pytest.mark.parametrize(("sentence", "blank"), [("每场宴席控制在XX桌以内。", "XX"),
                                                 ("为困难群众送去大米XX袋、食用油X桶。", "X桶"),
                                                 ("共查扣过期药品XX盒、假冒白酒XX瓶。", "XX瓶")])
def test_a_blank_before_a_container_or_a_table_of_diners_counts_them(sentence: str, blank: str) -> None:
    kinds = _kinds(sentence)
    assert kinds and all(kind == "number" for _, kind in kinds), kinds


def test_a_blank_before_a_word_a_container_word_opens_is_no_count() -> None:
    # (包 杯 把 车 open words as often as they count: XX包村 is a cadre who takes charge of a village)
    assert [kind for _, kind in _kinds("由XX包村,XX把关。")] == ["other", "other"]


@pytest.mark.parametrize("sentence", ["今年重点推广丰麦XX号、金穗XX号等优良品种。", "成功发射“远航X号”试验卫星。",
                                      "远航X号、远航X号等型号"])
def test_a_blank_before_hao_after_a_names_words_is_its_number_not_a_day(sentence: str) -> None:
    assert {kind for _, kind in _kinds(sentence)} == {"other"}


@pytest.mark.parametrize("sentence", ["会议定于X月XX号召开。", "请于XX号前报送材料。", "办公地址:文化路XX号。",
                                      "梧桐县人民政府令第XX号", "预计X号全部完成。"])
def test_a_blank_before_hao_after_a_month_a_time_word_an_ordinal_or_a_street_is_no_names_number(sentence: str) -> None:
    assert "other" not in {kind for _, kind in _kinds(sentence)}


@pytest.mark.parametrize(("sentence", "kind"), [("春节期间加开临客XX列。", "number"),
                                                ("每日保障进出港航班XXX班次。", "number"),
                                                ("XX海关要加强跨境电商监管。", "region"),
                                                ("XX机场要做好旅客保障。", "region")])
def test_trains_and_flights_count_and_a_customs_house_or_an_airport_is_named_by_its_place(sentence: str,
                                                                                          kind: str) -> None:
    assert [found for _, found in _kinds(sentence)] == [kind]


@pytest.mark.parametrize("sentence", ["要把XX列入年度重点工作。", "着力破解XX瓶颈。"])
def test_a_verb_or_a_noun_a_measure_word_opens_counts_nothing(sentence: str) -> None:
    assert "number" not in {kind for _, kind in _kinds(sentence)}


def test_both_ends_of_a_blank_range_before_its_unit_are_numbers() -> None:
    assert _kinds("困难党员每户补助XXX至XXXX元。") == [("XXX", "number"), ("XXXX", "number")]


def test_names_listed_after_their_villages_stay_names() -> None:
    assert _kinds("获奖的是:XX村XXX、XX社区XXX。") == [("XX", "region"), ("XXX", "person"), ("XX", "region"),
                                                     ("XXX", "person")]


def test_a_name_blanked_with_stars_before_the_bracketed_post_it_holds_is_a_blank() -> None:
    assert _kinds("成立督导组。\n组　长:***(区政协副主席)\n联络员:***(区政协办)\n") == [("***", "person")] * 2


@pytest.mark.parametrize("field", ["联系电话:***", "联 系 人:**"])
def test_a_fields_value_blanked_with_stars_after_its_label_is_a_blank(field: str) -> None:
    assert len(_kinds(f"请各单位于月底前报送。\n{field}\n")) == 1


@pytest.mark.parametrize(("text", "kind"), [
    ("要坚决贯彻落实***、国务院的决策部署。", "other"),  # a word filter's blank of the body named first
    ("请***同志讲话。", "person"),  # a name before 同志
])
def test_a_blank_listed_first_with_the_state_council_is_a_filtered_body_not_a_person(text: str, kind: str) -> None:
    assert _only(text).kind == kind
