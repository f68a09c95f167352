"""The generic noise layer: furniture of pages nobody listed, removed by what it is.

tests/fixtures/generic_noise.txt holds invented pages (sites and bodies written for
these tests), each cleaned with the site table left out (``site_rules=False``):
what goes must go by the kind of thing it is. Its last cases are real sentences
that use the noise vocabulary and must stay. The site samples of
tests/fixtures/noise.txt are read again without the site table: the generic layer
alone must never take body text from them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from conftest import SEED, read_fixture_file

import speechparse
from speechparse.clean import RULE_NAMES, CleanState, CleanText, clean, generic
from speechparse.clean.generic import (
    _EVIDENCE,
    MAX_LISTED_LINE,
    _evidence_gates,
    _note_meeting_subject,
    _Page,
    is_sentence,
)
from speechparse.clean.linebreaks import display_width
from speechparse.cli import main
from speechparse.lex.title import clean_title, glued_title_ends, is_title_text
from speechparse.prefilter import required_literals
from speechparse.vocab.noise import EVIDENCE
from speechparse.widths import fold

FIXTURES = Path(__file__).parent / "fixtures"


class Case(NamedTuple):
    raw: str
    expected: str
    meta: dict[str, Any]


CASES = [pytest.param(Case(raw, expected, json.loads(meta)), id=f"generic_noise.txt:{line} {title}")
         for line, title, (raw, expected, meta) in read_fixture_file(FIXTURES / "generic_noise.txt", parts=3)]
SITE_SAMPLES = [pytest.param(raw, expected, id=f"noise.txt:{line} {title}")
                for line, title, (raw, expected, _) in read_fixture_file(FIXTURES / "noise.txt", parts=3)]

_cleaned: dict[str, CleanText] = {}


def _generic(raw: str) -> CleanText:
    if raw not in _cleaned:
        _cleaned[raw] = clean(raw, site_rules=False)
    return _cleaned[raw]


def _is_subsequence(short: str, long: str) -> bool:
    remaining = iter(long)
    return all(char in remaining for char in short)


@pytest.mark.parametrize("case", CASES)
def test_generic_case_expectation_is_reachable_by_deleting(case: Case) -> None:
    assert _is_subsequence(case.expected, case.raw)


@pytest.mark.parametrize("case", CASES)
def test_unlisted_site_loses_its_furniture_and_keeps_its_body(case: Case) -> None:
    assert _generic(case.raw).text == case.expected


@pytest.mark.parametrize("case", CASES)
def test_generic_removals_name_their_rule_and_account_for_every_character(case: Case) -> None:
    cleaned = _generic(case.raw)
    for removal in cleaned.removals:
        start, end = removal.span
        assert case.raw[start:end] == removal.text
    assert sum(len(removal.text) for removal in cleaned.removals) + len(cleaned.text) == len(case.raw)


@pytest.mark.parametrize("case", CASES)
def test_generic_layer_reads_what_the_furniture_says(case: Case) -> None:
    meta = _generic(case.raw).meta
    for key, expected in case.meta.items():
        assert getattr(meta, key) == expected, key


@pytest.mark.parametrize(("raw", "expected"), SITE_SAMPLES)
def test_generic_layer_alone_never_takes_body_text_from_a_site_sample(raw: str, expected: str) -> None:
    assert _is_subsequence(expected, clean(raw, site_rules=False).text)


def test_generic_layer_alone_cleans_most_site_samples_completely() -> None:
    exact = sum(clean(param.values[0], site_rules=False).text == param.values[1] for param in SITE_SAMPLES)
    assert exact >= 25, f"only {exact} of {len(SITE_SAMPLES)} site samples cleaned by the generic layer alone"


def test_site_table_is_left_out_without_site_rules() -> None:
    # a footer line that only the table of known sites knows (淘文阁's 限制N内)
    raw = "各单位要认真抓好落实。\n限制150内"
    assert clean(raw).text == "各单位要认真抓好落实。"
    assert clean(raw, site_rules=False).text == raw


def test_text_that_is_nothing_but_boilerplate_is_a_typed_error() -> None:
    with pytest.raises(speechparse.NothingButNoiseError, match="nothing but web-page boilerplate"):
        speechparse.parse_text("当前位置:首页 > 范文大全 > 讲话稿\n阅读:1.2万次 评论:0 收藏\n下载本文档\n")


def test_nothing_but_boilerplate_is_one_line_and_exit_2_on_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text("当前位置:首页 > 通知公告\n浏览次数:35\n", encoding="utf-8")
    assert main(["parse", str(page)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "boilerplate" in error


def test_no_site_rules_switch_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--no-site-rules", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "淘文阁" not in data["text"]
    assert not any(removal["rule"].startswith("docbox.") for removal in data["removed"])


def test_no_site_rules_reaches_every_document_of_a_batch(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_bytes(SEED.read_bytes())
    with_table, without = tmp_path / "with.jsonl", tmp_path / "without.jsonl"
    assert main(["batch", str(corpus), "-o", str(with_table), "--jobs", "1"]) == 0
    assert main(["batch", "--no-site-rules", str(corpus), "-o", str(without), "--jobs", "1"]) == 0
    for output, site_rules in ((with_table, True), (without, False)):
        records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
        assert len(records) == 2
        for record in records:
            docbox = any(removal["rule"].startswith("docbox.") for removal in record["removed"])
            assert docbox is site_rules


def test_parse_many_takes_site_rules_as_parse_does(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    (document,) = speechparse.parse_many([path], jobs=1, site_rules=False)
    assert isinstance(document, speechparse.Document)
    assert document.to_json() == speechparse.parse(path, site_rules=False).to_json()


# ---------------------------------------------------------------- the pieces


@pytest.mark.parametrize(("line", "expected"), [
    ("各乡镇要把这项工作摆上重要位置,确保按期完成。", True),
    ("坚持稳中求进,统筹发展和安全,推动高质量发展", True),  # two clause breaks
    ("发布时间:2024-03-05 浏览次数:128", False),
    ("谢谢大家!", False),  # too short to be a sentence of prose
])
def test_a_sentence_is_long_prose_with_a_sentence_end_or_two_clause_breaks(line: str, expected: bool) -> None:
    assert is_sentence(line) is expected


def test_display_width_counts_a_han_character_as_two_columns() -> None:
    assert display_width("现将 2024 年度") == 4 * 2 + 6


@pytest.mark.parametrize("title", [
    "某某县人民政府关于做好春季农业生产工作的通知",
    "某某市城市管理办法(试行)",  # a qualifier after the genre word
    "镇党委领导班子民主生活会对照检查材料",
    "党课:在担当作为中践行初心",  # a genre label and a colon
    "某某县防汛抗旱应急预案",
])
def test_a_line_ending_in_a_genre_word_is_a_title(title: str) -> None:
    assert is_title_text(fold(title))


@pytest.mark.parametrize("line", [
    "各单位要认真学习《关于进一步加强安全生产工作的通知》,",
    "会议听取了县长所作的报告。",
    "讲话",  # too short: a site's category
])
def test_a_sentence_or_a_category_is_not_a_title(line: str) -> None:
    assert not is_title_text(fold(line))


def test_clean_title_strips_site_decorations_and_keeps_the_writers_characters() -> None:
    assert clean_title("最新关于做好防汛工作的讲话（精选4篇）.docx") == "关于做好防汛工作的讲话"
    assert clean_title("XX镇2024年工作计划范文") == "XX镇2024年工作计划"
    assert clean_title("關於加強基層治理的實施意見（完整版）") == "關於加強基層治理的實施意見"


@pytest.mark.parametrize(("raw", "title"), [
    ("【推荐】关于做好防汛工作的讲话【精选】", "关于做好防汛工作的讲话"),  # a label at each end
    ("关于做好防汛工作的实施方案篇3", "关于做好防汛工作的实施方案"),  # 篇 and a digit: a class, never skipped
    ("精编关于做好防汛工作的讲话.pdf", "关于做好防汛工作的讲话"),
    ("关于做好防汛工作的讲话（讨论稿）", "关于做好防汛工作的讲话（讨论稿）"),  # a qualifier of the title itself
    ("在防汛工作会议上的讲话稿Word版", "在防汛工作会议上的讲话稿"),  # the file's format, unbracketed
    ("在防汛工作会议上的讲话稿（精选）word版", "在防汛工作会议上的讲话稿"),  # after another decoration
    ("关于做好防汛工作的通知2031最新", "关于做好防汛工作的通知"),  # an edition tag
    ("在防汛工作会议上的讲话_山前范文网", "在防汛工作会议上的讲话"),  # a page title's site name
    ("秋季防汛工作部署会讲话稿(9页)", "秋季防汛工作部署会讲话稿"),  # a document site's page count
    ("在防汛工作会议上的讲话(全文)", "在防汛工作会议上的讲话"),  # a repost's note that it is whole
    ("防汛工作部署会主持词(通用模板)", "防汛工作部署会主持词"),  # a template site's tag
    ("关于2031年防汛工作的通知", "关于2031年防汛工作的通知"),  # a year inside the title stays
    ("守护一方平安——在防汛会议上的讲话", "守护一方平安——在防汛会议上的讲话"),  # a subtitle is no site's name
])
def test_each_decoration_is_stripped_from_the_end_or_start_it_stands_at(raw: str, title: str) -> None:
    # a decoration is looked for only where the title ends (or starts) with a character it can end (start) with
    assert clean_title(raw) == title


def test_a_genre_word_inside_a_book_title_left_open_does_not_end_a_glued_title() -> None:
    assert glued_title_ends("合集《微党课100讲》第37集") == []


def test_a_genre_word_that_closes_a_quotation_does_not_end_a_glued_title() -> None:
    line = fold("为贯彻落实《关于做好当前工作的通知》(某办发〔2024〕3号)精神,制定本方案。")
    assert glued_title_ends(line) == []


def test_the_evidence_index_lists_each_class_under_the_first_characters_of_each_string_it_holds() -> None:
    gates = _evidence_gates()
    assert not gates.always  # every class is known by the strings its matches hold
    for index, evidence in enumerate(EVIDENCE):
        strings = required_literals(evidence.pattern, 1)
        assert strings, evidence.name
        for string in strings:
            assert (string, index) in gates.by_first[string[0]], evidence.name
            # the search lists the string's first character with the one after it: its pair
            assert gates.keys.findall(string)[0] == string[:2], evidence.name
            if len(string) == 1:
                assert index in {entry[0] for entry in gates.by_char[string]}, evidence.name
            else:
                assert (string, index) in {entry[:2] for entry in gates.by_pair[string[:2]]}, evidence.name


class _Recording:
    """An evidence pattern that records which lines it was searched on."""

    def __init__(self, index: int, pattern: Any, searched: list[tuple[int, int]]) -> None:
        self.index, self.pattern, self.searched = index, pattern, searched

    def finditer(self, text: str, start: int, end: int) -> Any:
        self.searched.append((self.index, start))
        return self.pattern.finditer(text, start, end)


def _record_searches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(class index, line start) of each evidence search from now on."""
    searched: list[tuple[int, int]] = []
    monkeypatch.setattr(generic, "_EVIDENCE", tuple(_Recording(index, pattern, searched)
                                                   for index, pattern in enumerate(_EVIDENCE)))
    return searched


def test_a_class_is_not_looked_for_on_a_line_holding_its_branchs_string_but_not_the_characters_it_needs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 学习 alone lets in the branch that counts minutes of study (已学习 5 分钟) no more: it needs 分 and 钟 too
    searched = _record_searches(monkeypatch)
    page = _Page("全镇党员干部认真学习文件精神\n已学习 5 分钟\n")
    page.hits(0)
    page.hits(1)
    counting = {index for index, evidence in enumerate(EVIDENCE) if "学习[ \\t]*\\d+" in evidence.pattern}
    assert counting
    assert not any(line == 0 and index in counting for index, line in searched)
    assert any(index in counting for index, line in searched if line > 0)


def test_a_class_is_not_looked_for_on_a_line_holding_a_character_of_its_strings_but_none_of_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 登 begins 登录 and 登陆, strings of the paywall classes: a line with 登 and neither is not scanned for them
    searched = _record_searches(monkeypatch)
    page = _Page("登高望远走好新的赶考之路\n登录后即可下载\n")
    paywall = {index for index, evidence in enumerate(EVIDENCE)
               if "登录" in (required_literals(evidence.pattern, 1) or ())}
    assert paywall and page.hits(0) == [] and not paywall & {index for index, _ in searched}
    assert page.hits(1) and paywall <= {index for index, start in searched if start > 0}


def test_each_line_of_the_noise_fixtures_has_the_terms_a_scan_of_every_class_finds() -> None:
    # the index of characters to classes must never leave out a class that would have matched
    for name in ("noise.txt", "generic_noise.txt"):
        page = _Page(fold((Path(__file__).parent / "fixtures" / name).read_text(encoding="utf-8")))
        for line in range(len(page)):
            start, end, _ = page.bounds(line)
            every_class = [(index, match.start(), match.end()) for index, pattern in enumerate(_EVIDENCE)
                           for match in pattern.finditer(page.text, start, end)
                           if not any(glued_start <= match.start() and match.end() <= glued_end
                                      for glued_start, glued_end in page.glued)]
            assert page.hits(line) == every_class, page.content(line)
            # a sentence is asked about the classes of the sentences sites write, by their strings alone
            of_sentences = [hit for hit in every_class if hit[0] in generic._SENTENCE_CLASSES]
            assert _Page(page.text)._scan(line, generic._SENTENCE_CLASSES) == of_sentences, page.content(line)


def test_a_sentence_is_judged_alike_whether_or_not_every_class_of_evidence_was_looked_for() -> None:
    # a sentence with no colon and no term of the sentences sites write is prose before the full scan
    invented = "本站提供的会议讲话材料,供各单位下载学习参考,请大家认真阅读并结合实际抓好落实。\n" \
               "来源:某某日报社,作者是本报记者,编辑是本报编辑部的同志,发布于今天上午九时。\n" \
               "各位同志要充分认识做好今年工作的重要意义,切实增强责任感和紧迫感,确保任务落实。\n"
    texts = [invented] + [fold((Path(__file__).parent / "fixtures" / name).read_text(encoding="utf-8"))
                          for name in ("noise.txt", "generic_noise.txt")]
    for text in texts:
        scanned_first, judged = _Page(text), _Page(text)
        for line in range(len(judged)):
            scanned_first.evidence(line)
            assert judged.verdict(line) == scanned_first.verdict(line), judged.content(line)


def test_a_long_line_is_indexed_by_its_distinct_characters_and_finds_the_same_terms() -> None:
    # past MAX_LISTED_LINE the line's set of characters is taken (a line of a million 是 must not
    # become a list of a million strings); the terms are those of a scan of every class
    line = "本站提供下载,来源:某某网,浏览次数:12次。" + "是" * (MAX_LISTED_LINE + 10) + "版权所有,转载请注明出处。"
    page = _Page(line)
    every_class = [(index, match.start(), match.end()) for index, pattern in enumerate(_EVIDENCE)
                   for match in pattern.finditer(line)]
    assert every_class and page.hits(0) == every_class


@pytest.mark.parametrize(("sentence", "removed"), [
    ("下面是我们收集的几篇讲话稿,欢迎阅读。", True),
    ("本文由小编推荐给各位读者。", True),
    ("我们精心为大家收集了这些材料,供大家参考。", True),
    ("今天为大家带来的是一篇精选文档,欢迎阅读。", True),
    ("这是我们为群众办实事的重要举措。", False),
])
def test_an_editor_s_sentence_goes_whichever_form_marks_it_and_the_body_s_own_stays(sentence: str,
                                                                                     removed: bool) -> None:
    body = "同志们:\n今天召开全县工作会议,主要任务是总结工作、部署任务。"
    cleaned = clean(f"{sentence}\n{body}\n")
    assert (sentence not in cleaned.text) is removed
    assert body in cleaned.text


@pytest.mark.parametrize(("tail", "kept"), [
    ("- 关键词:\n工作会议讲话\n- 下载次数:\n12\n", False),  # values under a page's empty labels go with them
    ("具体要求如下:\n各单位要按时报送材料,逐项抓好落实。\n", True),  # a body sentence under the body's own colon
])
def test_a_value_under_an_empty_label_goes_with_the_tail_and_the_body_under_its_own_colon_stays(
        tail: str, kept: bool) -> None:
    body = "同志们:\n今天我们召开全市工作会议,主要任务是总结去年工作、部署今年任务。\n" \
           "希望大家认真抓好落实,确保各项任务圆满完成。\n"
    cleaned = clean(body + tail, site_rules=False)
    assert cleaned.text.startswith(body.rstrip("\n"))
    assert (tail.strip() in cleaned.text) is kept
    assert kept or cleaned.text == body.rstrip("\n")


@pytest.mark.parametrize("label", ["相关阅读", "往期推荐:", "为您推荐", "【热门排行】", "相关新闻", "相关主持词推荐:",
                                   "【学习心得体会(通用3篇)】相关文章:", "相关法规", "相关稿件", "相关信息:",
                                   "▼ 往期精彩回顾 ▼", "往期文章"])
def test_titles_under_a_list_of_links_at_the_end_of_a_page_go(label: str) -> None:
    body = "在全镇防汛工作会议上的讲话\n同志们:\n今天召开会议,部署今年的防汛工作。\n谢谢大家!\n"
    assert _generic(f"{body}{label}\n在全县春耕生产工作会议上的讲话\n山前县秋季防火工作方案\n").text == body.rstrip()


def test_lines_under_a_list_label_at_the_end_of_a_page_go_whatever_words_they_use() -> None:
    body = "在全镇防汛工作会议上的讲话\n同志们:\n今天召开会议,部署今年的防汛工作。\n谢谢大家!\n"
    links = "猜你喜欢\n这篇讲话稿,写材料的都在找\n干货满满,年终总结的三个写法\n"
    assert _generic(body + links).text == body.rstrip()


def test_a_list_of_links_runs_to_the_end_past_the_page_s_footer_lines() -> None:
    body = "在全镇防汛工作会议上的讲话\n同志们:\n今天召开会议,部署今年的防汛工作。\n谢谢大家!\n"
    tail = ("相关链接:\n· 我县启动全民健身月系列活动\n主办单位:梧桐县人民政府办公室\n政府网站找错\n"
            "本网站由梧桐县人民政府主办,版权所有,未经许可不得转载,建议使用1280×1024分辨率浏览本站。\n")
    assert _generic(body + tail).text == body.rstrip()


def test_a_template_site_s_count_of_characters_and_editing_note_is_furniture() -> None:
    body = "在全镇防汛工作会议上的讲话\n同志们:\n今天召开会议,部署今年的防汛工作。\n谢谢大家!\n"
    assert _generic(body + "(本文共2011字,下载后可编辑修改)\n").text == body.rstrip()


def test_a_site_s_bracketed_tip_under_the_body_goes() -> None:
    body = "梧桐市古树保护条例\n第一条 为保护古树,制定本条例。\n第二条 本条例自公布之日起施行。\n"
    tip = "【数据库提示】本篇法规共2条,点击条文序号可查看关联内容。\n"
    assert _generic(body + tip).text == body.rstrip()


def test_the_first_piece_s_title_after_its_label_in_the_head_of_a_compilation_stays() -> None:
    raw = ("表态发言(精选2篇)\n以下是小编为大家整理的表态发言(精选2篇),仅供参考,欢迎大家阅读。\n\n"
           "篇一:在全区安全生产工作会议上的表态发言\n各位领导:\n一是思想上再重视。二是责任上再压实。\n\n"
           "篇二:建筑企业安全生产表态发言\n各位领导:\n首先,落实主体责任。其次,规范现场管理。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "在全区安全生产工作会议上的表态发言"
    assert "篇一" not in document.text and "篇二" not in document.text and "建筑企业安全生产表态发言" in document.text


def test_a_post_s_note_on_how_to_get_the_file_is_no_part_of_the_title() -> None:
    raw = ("(文末附本文Word版获取方式)\n\n关于梧桐县安全生产工作情况的汇报\n"
           "今年以来,全县安全生产形势总体平稳,各项工作有序推进。\n一、主要工作\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "关于梧桐县安全生产工作情况的汇报" and "Word" not in document.text


def test_a_sentence_under_a_list_label_keeps_the_list_in_the_body() -> None:
    body = "在全镇防汛工作会议上的讲话\n同志们:\n今天召开会议,部署今年的防汛工作。\n"
    tail = "相关阅读\n各村要在汛前完成堤坝巡查,发现险情立即上报。\n"
    assert "各村要在汛前完成堤坝巡查" in _generic(body + tail).text


@pytest.mark.parametrize(("label", "advert_goes"), [
    ("广告", True),
    ("【推广】", True),
    ("广告费用", False),  # a word that begins with the label is no label
])
def test_the_line_under_an_advertisement_s_label_goes_with_it(label: str, advert_goes: bool) -> None:
    before = "在全区消防工作会议上的讲话\n同志们:\n今年以来,全区火灾形势总体平稳,但隐患仍然不少。\n"
    advert = "某某家居秋季焕新,全场满减,低至五折\n"
    after = "一、把隐患排查做细\n各街道要逐栋逐户开展排查,限期整改到位。\n"
    text = _generic(f"{before}{label}\n{advert}{after}").text
    assert ("某某家居" not in text) is advert_goes
    assert text.startswith(before) and text.endswith(after)  # (the end was kept: its line break stays)


@pytest.mark.parametrize("numbered", ["一、把隐患排查做细", "第五条　对完成隐患整改的单位给予通报表扬。"])
def test_a_numbered_heading_under_an_advertisement_s_label_is_the_document_s(numbered: str) -> None:
    # (a heading alone, or a numbered part that is one short sentence)
    raw = ("在全区消防工作会议上的讲话\n同志们:\n今年以来,全区火灾形势总体平稳,但隐患仍然不少。\n"
           f"广告\n{numbered}\n各街道要逐栋逐户开展排查,限期整改到位。\n")
    text = _generic(raw).text
    assert "广告" not in text and numbered in text


@pytest.mark.parametrize("line", ["查看活动详情 >", "限时领取资料 >>", "进入专题页面 »"])
def test_a_short_line_ending_in_a_link_s_arrow_is_furniture_in_the_body(line: str) -> None:
    before = "同志们:\n今年以来,全区各项工作稳步推进,成绩来之不易。\n"
    after = "一、把隐患排查做细\n各街道要逐栋逐户开展排查,限期整改到位。\n"
    assert _generic(f"{before}打开某某新闻App,{line}\n{after}").text == before + after


@pytest.mark.parametrize(("items", "kept"), [
    ("工作动态\n基层党建\n党员发展\n", False),  # three short lines above a search box: a menu
    ("工作动态\n基层党建\n", True),  # two: too few to call a menu
])
def test_a_run_of_short_lines_above_the_head_s_furniture_is_a_menu(items: str, kept: bool) -> None:
    body = "关于开展党员教育培训的通知\n各党支部:\n经研究,决定于下月举办党员教育培训班,请各支部按时报名。\n"
    text = _generic(f"{items}请输入关键字 搜索\n{body}").text
    assert ("基层党建" in text) is kept
    assert text.endswith(body) and "请输入关键字" not in text


def test_short_lines_of_a_document_s_own_header_above_no_furniture_stay() -> None:
    raw = ("附件1\n某某县\n教育局\n文件\n关于开展党员教育培训的通知\n各党支部:\n"
           "经研究,决定于下月举办培训班,请按时报名。\n")
    assert _generic(raw).text == raw


@pytest.mark.parametrize("line", [
    "[门户首页] [协同办公] [电子邮件] [通讯录]", "您好,李华 [退出]", "▶ 收听全文 00:00 / 12:30"])
def test_a_portal_s_bar_above_the_document_is_furniture(line: str) -> None:
    body = "在全厂安全生产大会上的讲话\n同志们:\n今天召开全厂安全生产大会,部署今年的安全工作。\n"
    assert _generic(f"{line}\n{body}").text == body


@pytest.mark.parametrize("indent", ["", "  ", "\u3000\u3000"])
def test_a_term_anchored_at_a_line_s_start_is_found_on_an_indented_line(indent: str) -> None:
    raw = (f"守住初心的光\n{indent}【导语】演讲稿怎样写才出彩?下面这篇获奖作品供大家参考。\n"
           "尊敬的各位评委:\n大家好!今天我演讲的题目是守住初心的光。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert "导语" not in document.text and document.title == "守住初心的光"


def test_a_poster_s_note_atop_the_page_above_the_document_s_title_goes() -> None:
    raw = ("各位朋友好,这是我在单位读书班上的发言,发上来请大家指正。转载请注明出处。\n"
           "在机关读书班上的交流发言\n按照读书班安排,我围绕学习主题谈几点体会,不当之处请批评指正。\n"
           "一、要在学深悟透上下功夫\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "在机关读书班上的交流发言" and "转载" not in document.text


def test_a_first_sentence_above_no_title_stays_whatever_words_it_uses() -> None:
    raw = "为做好今年的转载审核工作,请各单位注明出处并按时报送材料。\n一、工作要求\n各单位要按时报送。\n"
    assert speechparse.parse_text(raw, site_rules=False).text == raw.rstrip("\n") + "\n"


def test_a_site_s_numbered_notice_under_the_body_goes_whole() -> None:
    body = "在支部主题党日活动上的讲话\n同志们:\n一、提高认识。这次活动很重要,大家要积极参与。\n谢谢大家!\n\n"
    notice = ("1. 1、本站所有文档均由用户上传,仅供在线预览。\n2. 2、部分文档为节选版本,完整内容以下载后为准。\n"
              "3. 3、如发现侵权内容,请通过页面底部的投诉举报入口提交。\n")
    assert _generic(body + notice).text == body.rstrip()


@pytest.mark.parametrize("note", ["附件:陪护证申领登记表(请到“资料下载”栏目下载)", "附件2:报名表(见附件下载)"])
def test_a_document_s_attachment_note_stays_whatever_it_says_of_downloading(note: str) -> None:
    raw = "梧桐县医院陪护管理规定\n第一条 为规范陪护管理,制定本规定。\n第二条 本规定由护理部负责解释。\n" + note + "\n"
    assert note in _generic(raw).text


def test_a_page_s_empty_attachment_field_goes_with_the_footer() -> None:
    body = "梧桐县医院陪护管理规定\n第一条 为规范陪护管理,制定本规定。\n第二条 本规定由护理部负责解释。\n"
    assert _generic(body + "【打印】 【关闭】\n附件:无\n版权所有:梧桐县医院 技术支持:信息科\n").text == body.rstrip()


@pytest.mark.parametrize(("above", "kept"), [
    ("", True),  # under the body's last sentence: the document's own address
    ("网站地图 | 联系我们\n", False),  # between two lines of a page's footer: the site's office
])
def test_a_line_with_one_weak_furniture_term_goes_only_inside_a_block_of_furniture(above: str, kept: bool) -> None:
    body = "关于报送年度统计资料的通知\n各单位:\n请于本月底前将年度统计资料报送至县统计局,逾期不报的予以通报。\n"
    address = "通讯地址:城关镇北街8号 邮编:523100"
    cleaned = _generic(f"{body}{above}{address}\n网站标识码:9900000002\n")
    assert (address in cleaned.text) is kept
    assert cleaned.text.startswith(body.rstrip("\n"))


def test_a_law_database_s_bracketed_field_is_not_taken_for_the_title() -> None:
    raw = ("某县乡村公路养护办法\n【效力级别】县级规范性文件\n【法规类别】交通运输综合规定\n"
           "第一条 为规范乡村公路养护,制定本办法。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "某县乡村公路养护办法"
    assert "【" not in document.text


@pytest.mark.parametrize("item", ["3.现场扫码签到。", "(三)报名时请扫一扫。"])
def test_a_numbered_item_that_ends_its_sentence_stays_at_the_end_whatever_its_words(item: str) -> None:
    raw = f"关于举办全镇广场舞比赛的通知\n各村:\n现将比赛事项通知如下。\n1.各村组队参赛。\n{item}\n"
    assert _generic(raw).text == raw


@pytest.mark.parametrize("label", ["文    号", "名　　称", "有 效 性", "索 引 号", "发布机构"])
def test_a_portal_s_metadata_label_goes_with_its_value_however_the_table_pads_it(label: str) -> None:
    title = "关于做好秋季校园安全工作的通知"
    raw = f"{label}:某教发〔2031〕7号\n{title}\n各学校:\n请做好秋季校园安全工作。\n"
    assert _generic(raw).text == f"{title}\n各学校:\n请做好秋季校园安全工作。\n"


@pytest.mark.parametrize("page_number", ["— 2 —", "- 2 -", "第2页", "2"])
def test_a_page_number_between_blank_lines_is_one_page_break_and_the_cut_sentence_meets_again(
        page_number: str) -> None:
    sentences = ("各村要对照清单逐项排查河道沿线的垃圾堆放点,做到发现一处清理一处,不留死角。"
                 "镇环卫所要配齐保洁人员和运输车辆,确保垃圾日产日清,杜绝二次污染现象发生。"
                 "镇水利站要加强巡查,对私搭乱建、违规取土等行为及时制止并上报镇政府处理。"
                 "各村要建立长效管护机制,明确专人负责,定期开展检查评比,评比结果纳入年度考核。")
    lines = [sentences[index:index + 12] for index in range(0, len(sentences), 12)]  # a PDF's fixed width
    raw = "\n".join(lines[:6]) + f"\n\n{page_number}\n\n" + "\n".join(lines[6:]) + "\n"
    assert _generic(raw).text.rstrip("\n") == sentences


@pytest.mark.parametrize("prompt", ["星标置顶,每天早上八点见", "记得加星标,不错过每一篇"])
def test_a_wechat_account_s_prompt_to_star_it_goes(prompt: str) -> None:
    body = "在全镇防汛工作会议上的讲话\n同志们:\n今天召开会议,部署防汛工作。\n"
    assert _generic(f"{prompt}\n{body}").text == body


def test_the_hidden_button_words_a_copy_of_a_whole_wechat_page_takes_along_go_with_its_foot() -> None:
    body = "同志们:\n今天召开会议,部署防汛工作。各村要抓好落实,确保安全度汛。\n"
    foot = "阅读原文\n微信扫一扫\n关注该公众号\n:,。视频小程序赞,轻点两下取消赞在看,轻点两下取消在看分享留言收藏\n"
    assert _generic(body + foot).text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("lead", [
    "山前新闻网讯 6月3日,全县防汛工作会议召开,县长李明出席会议并讲话。\n以下为讲话全文:\n",  # a news report's lead
    "求一篇防汛会议的讲话稿,明天就要用,急!!!\n最佳答案\n",  # a question asked on a site of answers
])
@pytest.mark.parametrize("byline", ["", "李明\n", "县长 李明\n(2031年6月3日)\n", "——在全县防汛工作会议上\n"])
def test_a_lead_above_a_speech_s_own_title_and_salutation_goes(lead: str, byline: str) -> None:
    speech = f"在全县防汛工作会议上的讲话\n{byline}同志们:\n今天召开会议,部署今年的防汛工作。\n"
    assert _generic(lead + speech).text == speech


@pytest.mark.parametrize("opening", [
    "各乡镇人民政府,县直各单位:\n现将有关事项通知如下。\n",  # its addressee
    "第一章 总则\n第一条 为规范河道采砂管理,制定本办法。\n",  # its first division
    "为规范河道采砂管理,结合本县实际,制定本方案。\n一、工作目标\n全面规范采砂秩序。\n",  # its preamble, its heading
])
def test_a_posts_headline_and_lead_above_a_documents_own_title_go(opening: str) -> None:
    post = ("首页 › 政务公开 › 政策文件\n《梧桐县河道采砂管理办法》出台!一图读懂→\n"
            "近日,县水利局印发《梧桐县河道采砂管理办法》,自下月起施行。快来看看有哪些变化↓↓\n\n")
    document = f"梧桐县河道采砂管理办法\n{opening}"
    assert _generic(post + document).text == document


def test_a_posts_list_under_its_own_label_above_a_documents_title_goes_with_the_lead() -> None:
    post = ("📢通知|2031年度全市“春季义务植树”活动报名正式开始啦!\n梧桐林业 2031-03-02 09:15\n📌小编划重点:\n"
            "1、报名对象:全体干部职工\n2、报名截止:3月10日\n快转发给身边的同事吧!\n\n")
    document = "关于开展春季义务植树活动的通知\n各科室、各林场:\n为做好今年春季义务植树工作,现将有关事项通知如下。\n"
    assert _generic(post + document).text == document


def test_an_order_that_promulgates_the_rules_under_it_stays() -> None:
    raw = ("梧桐县人民政府令\n第12号\n《梧桐县河道采砂管理办法》已经县人民政府常务会议通过,现予公布,自下月起施行。\n"
           "县长 林某\n2031年4月9日\n梧桐县河道采砂管理办法\n第一章 总则\n第一条 为规范河道采砂管理,制定本办法。\n")
    assert _generic(raw).text == raw


def test_a_cover_notice_above_the_speech_it_hands_on_stays() -> None:
    raw = ("关于印发县长在全县防汛工作会议上讲话的通知\n现将县长的讲话印发给你们,请认真学习贯彻。\n"
           "在全县防汛工作会议上的讲话\n同志们:\n今天召开会议,部署今年的防汛工作。\n")
    assert _generic(raw).text == raw


@pytest.mark.parametrize("contact", ["QQ群:612345789", "微信号:shanqian2031"])
def test_a_messaging_contact_under_the_document_s_own_contact_lines_stays(contact: str) -> None:
    raw = f"关于举办摄影培训班的通知\n各单位:\n请于月底前报名。\n联系人:周老师\n联系电话:0571-12345678\n{contact}\n"
    assert _generic(raw).text == raw


def test_a_messaging_contact_under_the_body_s_last_sentence_is_the_page_s() -> None:
    raw = "关于举办摄影培训班的通知\n各单位:\n请于月底前报名。\n微信号:shanqianwenku2031\n"
    assert _generic(raw).text == raw.replace("微信号:shanqianwenku2031\n", "").rstrip("\n")


def test_a_word_file_s_page_header_beside_its_page_breaks_goes_and_atop_the_text_too() -> None:
    raw = ("山前县水利局\n山前县水利局2031年工作总结\n一、主要工作\n全年完成河道清淤12公里,加固堤防3处。\n"
           "第 1 页 共 2 页\n山前县水利局\n新建小型泵站5座。\n第 2 页 共 2 页\n")
    assert _generic(raw).text == ("山前县水利局2031年工作总结\n一、主要工作\n全年完成河道清淤12公里,加固堤防3处。\n"
                                  "新建小型泵站5座。")


def test_a_body_line_that_only_reads_like_a_page_header_stays() -> None:
    raw = ("山前县水利局2031年工作总结\n一、主要工作\n全年完成河道清淤12公里。\n第 1 页 共 2 页\n"
           "二、存在问题\n资金不足。\n")
    assert "二、存在问题" in _generic(raw).text


def test_a_signed_date_that_closes_a_notice_and_its_form_on_two_pages_stays_beside_their_page_numbers() -> None:
    raw = ("关于召开XX小区业主大会的通知\nXX小区全体业主:\n定于20XX年X月X日召开业主大会,请准时参加。\n1/3\n"
           "会议议程另行公布,请各位业主留意楼道公告。\nXX小区业主委员会\n20XX年X月X日\n2/3\n附件\n"
           "授权委托书\n本人委托________代为参加会议并行使表决权。\n委托人(签字):________\n20XX年X月X日\n3/3\n")
    text = _generic(raw).text
    assert text.count("\n20XX年X月X日") == 2 and "2/3" not in text


def test_an_issuer_over_the_title_and_under_the_last_page_of_many_stays_where_another_line_heads_the_pages() -> None:
    raw = ("山前县水利水电局文件\n山前水〔2031〕3号\n山前县水利水电局\n2031年工作总结和2032年工作打算\n一、主要工作\n"
           "全年完成河道清淤12公里,加固堤防3处。\n- 1 -\n山前县水利资料汇编\n新建小型泵站5座,改造灌渠8公里。\n- 2 -\n"
           "山前县水利资料汇编\n二、明年打算\n继续推进河道综合治理。\n山前县水利水电局\n- 3 -\n山前县水利资料汇编\n"
           "2032年1月8日\n")
    text = _generic(raw).text
    assert text.count("山前县水利水电局\n") == 2 and "资料汇编" not in text


def test_a_page_s_count_at_the_end_of_the_text_s_last_line_goes() -> None:
    body = "各单位要把这次会议精神传达到每一位干部职工,抓好落实。"
    assert _generic(f"{body} 第1页共2页").text == body


def test_a_pdf_s_running_header_that_repeats_its_title_goes_beside_the_break_and_the_title_stays() -> None:
    raw = ("在全镇防汛工作会议上的讲话\n同志们:\n今天召开会议,部署今年的防汛工作。\n·1·\n在全镇防汛工作会议上的讲话\n"
           "各村要落实防汛责任。\n")
    cleaned = _generic(raw)
    title = "在全镇防汛工作会议上的讲话"
    assert cleaned.text.count(title) == 1 and cleaned.text.startswith(f"{title}\n")
    assert "·1·" not in cleaned.text


def test_a_two_page_copys_header_goes_under_its_cover_and_after_its_one_page_break() -> None:
    raw = ("2033年全县防汛工作会议\n会议材料\n山前县防汛工作会议·会议材料\n会议主持词\n同志们:\n"
           "今天召开全县防汛工作会议,部署今年的防汛工作。\n下面进行第一项:请水利局局长通报汛情。\n— 1 —\n"
           "山前县防汛工作会议·会议材料\n下面进行第二项:请县长讲话。\n散会。\n")
    assert "·会议材料" not in _generic(raw).text


def test_a_journal_s_article_title_its_even_pages_repeat_as_their_header_stays_above_the_byline() -> None:
    title = "关于山前县村级集体经济发展情况的调研报告"
    raw = (f"乡村研究　2034年第2期\n{title}\n山前县委政策研究室课题组\n"
           "今年以来,课题组深入全县各乡镇开展专题调研。现将有关情况报告如下。\n一、基本情况\n"
           "全县村级集体经济总量稳步增长,结构持续优化。\n· 17 ·\n\f"
           f"{title}\n二、存在的问题\n部分村集体经济发展后劲不足。\n· 18 ·\n\f"
           "乡村研究　2034年第2期\n三、对策建议\n要因村施策,分类推进。\n")
    text = _generic(raw).text
    assert text.count(title) == 1 and f"{title}\n山前县委政策研究室课题组" in text


def test_a_pages_header_the_page_break_set_inside_a_sentence_goes() -> None:
    raw = ("会议主持词\n同志们:\n今天召开全县防汛工作会议,部署今年的防汛工作。\n"
           "下面进行第二项:请县水利局副局长林青同志,宣读\n— 1 —\n山前县防汛工作会议材料\n《山前县防汛应急预案》。\n"
           "下面进行第三项:请县长讲话。\n")
    text = _generic(raw).text
    assert "会议材料" not in text and "《山前县防汛应急预案》" in text


def test_a_template_s_photo_caption_whose_credit_blanks_the_photographer_goes() -> None:
    body = "同志们:\n现在,我代表县纪委常委会向全会报告工作,请予审议。\n"
    raw = f"在县纪委全会上的工作报告\n图为全会现场。 本报记者 XXX 摄\n{body}"
    assert _generic(raw).text == f"在县纪委全会上的工作报告\n{body}"


@pytest.mark.parametrize("caption", ["图为全会现场。(记者 林峰 摄)", "图为活动现场。(通讯员 吴涛 供图)"])
def test_a_photo_s_caption_with_its_credit_in_brackets_goes(caption: str) -> None:
    body = "同志们:\n现在,我代表县纪委常委会向全会报告工作,请予审议。\n"
    assert _generic(f"在县纪委全会上的工作报告\n{caption}\n{body}").text == f"在县纪委全会上的工作报告\n{body}"


@pytest.mark.parametrize("caption", ["图为全会现场。　摄影　林峰", "▲图为代表宣誓。 摄影 吴涛"])
def test_a_photo_s_caption_with_its_photographer_led_by_the_word_goes(caption: str) -> None:
    body = "同志们:\n现在,我代表县纪委常委会向全会报告工作,请予审议。\n"
    assert _generic(f"在县纪委全会上的工作报告\n{caption}\n{body}").text == f"在县纪委全会上的工作报告\n{body}"


def test_a_portal_s_banner_of_its_organ_and_channel_goes() -> None:
    raw = "山前县人民政府 政务公开\n山前县人民政府办公室关于做好防汛工作的通知\n各乡镇:\n请做好防汛工作。\n"
    assert _generic(raw).text.startswith("山前县人民政府办公室关于做好防汛工作的通知\n")


@pytest.mark.parametrize("tag", ["[转载]", "[原创]"])
def test_a_blog_s_tag_before_a_post_s_title_goes_from_the_text(tag: str) -> None:
    raw = f"{tag}在全镇防火工作会议上的讲话\n同志们:\n今天召开会议。\n"
    assert _generic(raw).text == raw.replace(tag, "")


_NOTICE_BODY = ("关于做好冬季供暖保障工作的通知\n各街道办事处:\n一、加强检修\n各单位要提前检修管网,确保按时供暖。\n"
                "二、压实责任\n要明确专人负责。\n临河区人民政府办公室\n2033年10月20日\n")


@pytest.mark.parametrize("head", [
    "跳到主要内容\n",  # a skip link
    "无障碍浏览 | 关怀版 | 繁體\n",  # a portal's bar for the old and the blind
    "今天是2033年10月21日 星期五\n",  # its greeting with the day
])
def test_a_portals_bar_for_its_readers_goes_and_joins_no_title(head: str) -> None:
    assert _generic(head + _NOTICE_BODY).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")
    assert speechparse.parse_text(head + _NOTICE_BODY).title == "关于做好冬季供暖保障工作的通知"


@pytest.mark.parametrize("tail", [
    "上一条:临河区召开安全生产会议\n下一条:临河区开展消防演练\n",
    "上篇:关于做好秋季防火工作的通知\n下篇:关于开展绩效考核的通知\n",
    "友情链接:省政府 | 市政府\n分享至:微信 微博\n",
    "版权所有:临河区人民政府\n地址:临河区滨江路2号 电话:0475-7654321\n",  # the site's office under its footer
    "相关文件:\n· 临河区供暖应急预案\n· 临河区供暖责任清单\n",
    "相关文档推荐\n供暖工作会议讲话稿范文5篇\n全区供暖保障工作方案\n",
    "相关推荐:\n1. 供暖工作会议主持词范文\n2. 全区冬季供暖工作会议讲话稿\n",  # numbered links
    "想了解更多通知范文的资讯,请访问通知范文频道\n",
])
def test_a_pages_furniture_after_the_document_goes(tail: str) -> None:
    assert _generic(_NOTICE_BODY + tail).text == _NOTICE_BODY.rstrip("\n")


def test_the_documents_own_contact_lines_at_its_end_stay() -> None:
    body = "关于做好冬季供暖保障工作的通知\n各街道办事处:\n请提前检修管网。\n联系人:刘青\n联系电话:0475-7654321\n"
    assert _generic(body).text.rstrip("\n") == body.rstrip("\n")


def test_an_attachment_list_of_titles_at_the_documents_end_stays() -> None:
    body = "关于做好冬季供暖保障工作的通知\n各街道办事处:\n请提前检修管网。\n附件:\n1. 临河区供暖责任人名单\n" \
           "2. 临河区供暖物资清单\n临河区人民政府办公室\n2033年10月20日\n"
    assert _generic(body).text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize(("line", "noise"), [
    ("本文关键词:供暖 通知 街道\n", "关键词"),
    ("导读:本文为通知模板,仅供参考。\n", "导读"),
    ("本文已影响2031人\n", "已影响"),
    ("临河新闻客户端\n原标题:临河区部署冬季供暖工作\n", "原标题"),
    ("全文丨在全区供暖工作会议上的通知\n", "全文丨"),
])
def test_a_pages_lines_between_the_title_and_the_document_go(line: str, noise: str) -> None:
    title, rest = _NOTICE_BODY.split("\n", 1)
    assert noise not in _generic(f"{title}\n{line}{rest}").text


@pytest.mark.parametrize("notice", ["(本文来源:笔耕网 bgw.cn 转载请注明出处)", "【更多范文请访问 笔耕网 www.bgw.cn】"])
def test_a_sites_notice_in_brackets_goes_and_the_sentence_around_it_stays(notice: str) -> None:
    raw = f"学习新条例的心得体会\n近期,我认真研读了新条例,{notice}并对照检查了自身不足。\n一是纪律意识更加牢固。\n"
    cleaned = _generic(raw)
    assert cleaned.text.rstrip("\n") == raw.replace(notice, "").rstrip("\n")
    assert [removal.rule for removal in cleaned.removals if removal.text.strip()] == ["generic.notice"]


def test_a_source_named_in_brackets_without_an_address_is_the_texts_own() -> None:
    raw = "全年地区生产总值增长百分之六(来源:区统计局),好于预期。\n"
    assert _generic(raw).text == raw


def test_a_news_lead_above_a_title_in_the_speakers_words_and_its_subtitle_goes() -> None:
    raw = ("9月3日,梧桐能源公司召开年度工作会议,董事长作了工作报告,全文如下:\n让每一度电都更清洁\n"
           "——在梧桐能源公司2033年工作会议上的报告\n同志们:\n这次会议的主要任务是总结工作。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "让每一度电都更清洁"
    assert not document.text.startswith("9月3日")


def test_a_news_lead_goes_above_a_speech_whose_speaker_holds_two_posts() -> None:
    raw = ("3月2日晚,梧桐能源公司举行新春团拜会,董事长致辞。以下为致辞全文:\n在梧桐能源公司新春团拜会上的致辞\n"
           "党委书记、董事长 林远\n各位同事:\n大家晚上好!\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在梧桐能源公司新春团拜会上的致辞"
    assert document.text.startswith("在梧桐能源公司新春团拜会上的致辞\n党委书记、董事长 林远")


def test_a_compilations_second_piece_loses_its_label_keeps_its_title_and_numbers_from_the_top() -> None:
    raw = ("读书心得体会(精选2篇)\n篇一:读书心得体会\n近来我读了几本好书。\n一、读书使人明智\n书中自有黄金屋。\n"
           "二、读书贵在坚持\n每天读一小时。\n篇二:读书心得体会\n今年我参加了读书班。\n第一,要读原著。\n原著是源头。\n"
           "第二,要勤思考。\n学而不思则罔。\n")
    document = speechparse.parse_text(raw)
    assert "篇二" not in document.text and "读书心得体会\n今年我参加了读书班。" in document.text
    assert [(section.marker, section.level) for section in document.sections()] == [
        ("一、", 1), ("二、", 1), ("第一,", 1), ("第二,", 1)]


def test_a_pieces_title_ending_in_a_genre_word_after_its_label_is_no_sites_keyword() -> None:
    raw = ("植树节讲话稿(通用2篇)\n篇一:植树节动员讲话稿\n同学们:\n今天我们一起来种下希望的树苗。\n"
           "篇二:植树节教师发言稿\n同学们:\n春天是种树的季节,让我们爱护每一片绿色。\n")
    cleaned = _generic(raw)
    assert "植树节教师发言稿\n同学们:" in cleaned.text and "篇二" not in cleaned.text
    # a site's keyword glued after a colon, no piece's label before it, still goes
    assert _generic("春天是种树的季节。\n活动流程:植树活动主持词\n").text.rstrip() == "春天是种树的季节。\n活动流程:"


@pytest.mark.parametrize("head", [
    "冬季供暖通知范文_通知模板 - 笔耕公文中心\n",  # the page's title as a browser shows it, the site's name last
    "供暖通知格式及范文(最新)_笔耕公文网\n",
    "温馨提示:本文共2页,可直接打印。\n",  # the site's notice to its reader
])
def test_a_pages_title_and_notice_above_the_document_go(head: str) -> None:
    assert _generic(head + _NOTICE_BODY).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_the_sites_decorated_copy_of_the_title_amid_its_furniture_goes_and_the_documents_title_stays() -> None:
    raw = ("笔耕网 > 主持词 > 会议主持词\n全镇防汛工作会议主持词范文\n时间:2033-05-16 来源:网友投稿\n"
           "在全镇防汛工作会议上的主持词\n同志们:\n现在开会。\n")
    document = speechparse.parse_text(raw)
    assert "主持词范文" not in document.text
    assert document.title == "在全镇防汛工作会议上的主持词"


@pytest.mark.parametrize("tail", [
    "【心得体会】相关文章:\n1.青年干部培训心得体会\n2.党校学习心得体会范文\n",  # a list's label after a category tag
    "相关合同范本推荐:\n消防安全承诺书|食品安全承诺书|廉洁自律承诺书\n",  # items parted by bars
    # an account's list of its earlier posts, headlines that end in an exclamation, its card under them
    "往期推荐\n◆ 全县召开秋季防火工作会议\n◆ 这堂党课,太燃了!\n\n梧桐发布\n长按识别二维码关注我们\n阅读原文\n",
    # an e-paper's list of the page's headlines, the paper's notice under it
    "本版导航\n· 全县秋粮收购工作有序开展\n· 县第三届农民运动会开幕\n梧桐日报社版权所有 未经授权不得转载\n",
    "本版新闻\n· 全县秋粮收购工作有序开展\n· 县第三届农民运动会开幕\n本版责编:林青\n梧桐日报社版权所有\n",
])
def test_a_list_of_other_documents_after_the_end_goes(tail: str) -> None:
    body = ("学习心得体会\n这次为期一周的培训内容丰富、安排紧凑,让我受益匪浅。\n"
            "一是理论水平得到提高,学懂弄通了新思想。\n二是工作能力得到增强,学会了做群众工作的方法。\n")
    assert _generic(body + tail).text.rstrip("\n") == body.rstrip("\n")


def test_a_question_and_its_page_above_the_speech_an_answer_prints_go() -> None:
    raw = ("谁有一篇秋收动员会的讲话稿,在线等,急!\n提问者:匿名 2033-09-01\n"
           "镇里后天要开秋收动员会,领导让我写个讲话稿,我刚参加工作,实在不会写,麻烦各位帮帮忙,谢谢!\n"
           "问题补充:最好是村一级能用的,字数两千左右。\n已解决 浏览次数:812\n2个回答\n默认排序\n最佳答案\n"
           "热心网友 回答于2033-09-01\n你好,我去年写过一篇,你拿去改改:\n"
           "在全镇秋收工作动员会上的讲话\n同志们:\n今天召开全镇秋收工作动员会,主要任务是部署秋收工作。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全镇秋收工作动员会上的讲话"
    assert document.text.startswith("在全镇秋收工作动员会上的讲话\n同志们:")


@pytest.mark.parametrize("tail", [
    "3 条评论\n山里人 2033-10-21\n写得真好,收藏了。\n",  # a post's comments
    "上一篇:关于做好秋季防火工作的通知\n下一篇:关于开展绩效考核的通知\n请文明上网,理性发言\n",  # the readers' manners
    "望采纳,谢谢!\n2 个回答\n",  # an answer's sign-off
    "真诚赞赏,手留余香\n写下你的评论...\n山里人:太实用了\n",  # a column's tip jar and its comments
    "前一篇:关于秋收的通知\n评论 重要提示:谨防诈骗\n这篇讲话写得真好。\n谢谢关注,互相学习。\n",  # a blog's comments
])
def test_a_pages_talk_after_the_document_goes(tail: str) -> None:
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


@pytest.mark.parametrize("head", [
    "只看楼主 倒序浏览 阅读模式\n5楼 山里人 Lv.6\n",  # a forum's bar and a floor's poster
    "学校首页 学校概况 校园新闻 家校共育\n",  # a site's menu opening with its home page
    "写在前面:今天开了供暖会,稿子是自己写的,贴在这里。\n",  # a blogger's note
    "去年用过的稿子,单位名已隐去,供坛友参考,欢迎拍砖。\n\n",  # a forum poster's note
    "正文 字体大小:大 中 小\n又到冬季,写了这篇通知。需要的朋友拿去改,单位名换成自己的就行。\n",  # a sharer's note
    "@所有人 【重要】区政府今日印发通知,请各街道认真落实,收到请回复“单位+收到”。\n",  # a group chat's message
    "供暖通知怎么写?有没有范文?\n提问者:小林 | 2033-10-11 09:32\n",  # an asker's question atop the page
    # an account's card, its bio a sentence between the head's furniture, and an editor's pointer to the text
    "2033-10-20 08:00 发表于山前\n山前发布\n山前县融媒体中心官方账号,发布权威信息。\n128篇原创内容\n公众号\n"
    "近日,县政府印发通知,一起来看全文↓↓↓\n",
])
def test_a_pages_talk_above_the_document_goes(head: str) -> None:
    assert _generic(head + _NOTICE_BODY).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_templates_note_on_its_use_goes() -> None:
    raw = "【使用说明】本模板中的XX请按实际替换,数据仅为示例。\n" + _NOTICE_BODY
    cleaned = _generic(raw)
    assert "使用说明" not in cleaned.text and cleaned.text.startswith("关于做好冬季供暖保障工作的通知")


@pytest.mark.parametrize("tail", [
    "上一版 下一版\n本版责任编辑:刘青\n",  # an e-paper's page
    "预览时标签不可点\n继续滑动看下一个\n",  # the foot of a WeChat article
    "128 人赞同了该文章\n文章被以下专栏收录\n还没有评论\n",  # a column's foot
    "回复 支持 反对\nGMT+8, 2033-10-21 09:12 , Processed in 0.061 second(s)\n",  # a forum post, its board
])
def test_a_platforms_words_for_its_reader_after_the_document_go(tail: str) -> None:
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


@pytest.mark.parametrize("head", [
    "临河日报 第03版:要闻\n版面导航\n",  # an e-paper's edition label and navigation
    "放大+ 缩小- 默认\n",  # its buttons for the type's size
])
def test_an_e_papers_page_above_the_document_goes(head: str) -> None:
    assert _generic(head + _NOTICE_BODY).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_files_note_on_the_software_that_opens_it_and_how_to_edit_it_goes_above_a_label_line() -> None:
    raw = ("本文件为【冬季供暖保障方案】,请用WPS软件打开浏览。文中的文字和表格均可直接修改,图片请右键替换。\n"
           "内容预览\n" + _NOTICE_BODY)
    cleaned = _generic(raw)
    assert "WPS" not in cleaned.text and "右键" not in cleaned.text
    assert cleaned.text.startswith("关于做好冬季供暖保障工作的通知")


def test_a_sites_greeting_before_its_bar_of_links_is_no_sentence_of_the_document() -> None:
    raw = "石桥中学欢迎您!   设为首页 | 加入收藏 | 联系我们\n" + _NOTICE_BODY
    assert _generic(raw).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_portals_footer_down_to_its_count_of_visitors_goes() -> None:
    tail = "上一篇:我镇召开秋收工作会\n主办:石桥镇人民政府  地址:石桥镇中心街8号\n您是第 10234 位访客\n"
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_blogs_post_time_after_its_title_goes_and_the_title_stays_among_its_sidebar() -> None:
    raw = ("[订阅] [手机订阅]\n石桥老林\n加好友 发纸条\n博客等级:9 博客积分:1,205 博客访问:86,742\n"
           "正文 字体大小:大 中 小\n"
           "读《石桥村志》有感 (2033-04-18 21:36:12)转载▼\n标签: 读书 心得\n村里给每户发了一本村志,我读了三遍。\n"
           "一、家风要代代传\n书里写到一位老支书。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "读《石桥村志》有感"
    assert document.text.startswith("读《石桥村志》有感\n村里给每户发了一本村志")


def test_a_figures_thousands_separator_is_no_clause_mark_of_a_sentence() -> None:
    assert not is_sentence("访问量:186,742 积分:2,315 等级:12")


def test_a_forwarded_chat_records_title_senders_and_split_notes_go() -> None:
    raw = ("镇机关党支部群的聊天记录\n林青  6月27日 20:41\n同志们:\n今天讲一讲担当。\n(未完,接下条)\n"
           "林青  6月27日 20:43\n(接上条)\n一、为什么要担当\n担当是干部的本分。\n")
    text = _generic(raw).text
    assert text == "同志们:\n今天讲一讲担当。\n一、为什么要担当\n担当是干部的本分。\n"


def test_a_meetings_schedule_of_dates_and_times_is_no_chat_record() -> None:
    raw = "关于召开全县安全生产会议的通知\n各乡镇:\n报到  6月27日 14:00\n返程  6月29日 12:00\n"
    assert _generic(raw).text == raw


def test_a_reading_apps_status_bar_progress_and_share_note_and_an_end_mark_go() -> None:
    raw = ("12:08  ⚡ 4G  78%\n阅读进度 32%  本章剩余约 11 分钟\n" + _NOTICE_BODY
           + "(本章完)\n来自「石桥悦读」App,长按复制可分享\n")
    assert _generic(raw).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_forwarded_e_mails_header_blocks_and_its_servers_note_go() -> None:
    raw = ("发件人: 林青 <linqing@example.cn>\n发送时间: 2033年4月8日 15:12\n收件人: 综合科\n"
           "主题: 转发: 供暖通知\n\n"
           "-------- 原始邮件 --------\n发件人: 吴涛 <wutao@example.cn>\n发送时间: 2033年4月8日 11:47\n"
           "主题: 供暖通知\n\n"
           + _NOTICE_BODY + "此邮件及其附件含有保密信息,仅限于发送给上述收件人使用。\n")
    assert _generic(raw).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_files_label_is_no_part_of_its_name() -> None:
    raw = "附件: 关于做好冬季供暖保障工作的通知.docx\n" + _NOTICE_BODY
    assert _generic(raw).meta.file_title == "关于做好冬季供暖保障工作的通知.docx"


def test_a_forwarded_mails_subject_names_its_file_and_its_list_of_attached_files_does_not() -> None:
    # (the body opens at its addressee: the subject, without the client's 转发:, is the title)
    raw = ("发件人: 林青 <linqing@example.cn>\n发送时间: 2033年4月8日 15:12\n收件人: 综合科\n"
           "主题: 转发: 关于做好冬季供暖保障工作的通知\n附件: 附件1.供暖台账.xlsx; 附件2.联系人名单.docx\n\n"
           "各科室:\n请做好供暖保障工作。\n")
    document = speechparse.parse_text(raw)
    assert document.meta.file_title == document.title == "关于做好冬季供暖保障工作的通知"


def test_a_forwarded_mails_note_over_a_rule_across_the_body_goes_and_the_documents_own_title_leads() -> None:
    raw = ("发件人: 林青 <linqing@example.cn>\n发送时间: 2033年4月8日 15:12\n收件人: 综合科\n"
           "主题: 转发: 关于做好冬季供暖保障工作的通知\n\n各位同事:\n"
           "    你好!县局的通知转发给大家,正文贴在下面,请抓紧落实。\n\n"
           "==============================\n\n石桥县住建局关于做好冬季供暖保障工作的通知\n各科室:\n请做好供暖保障工作。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "石桥县住建局关于做好冬季供暖保障工作的通知"
    assert document.text.startswith("石桥县住建局关于") and "转发给大家" not in document.text


@pytest.mark.parametrize("tail", [
    "附件:冬季供暖保障工作方案.docx  已下载:315次\n",  # a page's card of the file, with its downloads
    "本文件由协同办公平台导出 导出人:林青 导出时间:2033-03-05 10:22:17\n相关制度:\n· 石桥公司差旅费管理办法\n",
])
def test_a_pages_card_of_a_file_and_an_office_systems_export_note_go(tail: str) -> None:
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


@pytest.mark.parametrize("head", [
    "文档标题:关于做好冬季供暖保障工作的通知\n密级:内部    阅读范围:各街道办事处、区直各部门\n",
    "紧急程度:普通      办理状态:已办结\n附件:供暖台账.xlsx (48KB) [下载] [预览]\n",
])
@pytest.mark.parametrize("tail", [
    "流转记录:\n序号  办理环节  办理人  办理时间\n1  拟稿  林青  2033-10-18 09:20\n",
    "【办理记录】\n2033-10-21 09:20  综合科 林青:请各科室组织学习。\n",
    "办理意见\n拟办意见:请主任阅示。  林青  2033-10-21 16:20\n本页面内容仅限内部人员查阅,严禁截屏、拍照外传。\n",
])
def test_an_office_systems_fields_above_the_document_and_its_log_below_it_go(head: str, tail: str) -> None:
    cleaned = _generic(head + _NOTICE_BODY + tail)
    assert cleaned.text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


@pytest.mark.parametrize("head", ["石桥学院新闻网 SHIQIAO COLLEGE NEWS\n", "县政府公报 > 2033年第5期\n",
                                  "墨言网 moyan 资料分享平台\n", "墨言文库 moyan\n"])
def test_a_sites_name_in_two_languages_and_a_breadcrumb_to_a_gazettes_issue_go(head: str) -> None:
    assert _generic(head + _NOTICE_BODY).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


@pytest.mark.parametrize("tail", ["—— 本文由「某某范文」小程序整理 ——\n", "已有3,215人开通了会员\n", "点击加载更多\n",
                                  "（此文档为word格式，可任意修改编辑！）\n"])
def test_an_apps_credit_a_count_of_members_and_a_files_format_note_under_the_document_go(tail: str) -> None:
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_posts_topics_before_its_title_and_its_video_card_go_and_the_title_stays() -> None:
    raw = ("#秋季防火# #平安石桥# 【在全镇秋季防火工作会议上的讲话】\n同志们:\n今天召开会议,部署秋季防火工作。\n"
           "石桥镇发布的微博视频\n")
    cleaned = _generic(raw)
    assert cleaned.text.startswith("【在全镇秋季防火工作会议上的讲话】\n") and "微博视频" not in cleaned.text


@pytest.mark.parametrize(("raw", "gone"), [
    (_NOTICE_BODY + "临河区人民政府办公室主办  地址:临河区中山路8号  联系电话:0571-1234567\n", "主办"),
    ("[ 编者按 ] 近日,区政府印发通知,现将全文刊发。\n" + _NOTICE_BODY, "编者按"),
    (_NOTICE_BODY.replace("二、压实责任", "图为供暖检修现场。(摄影:林青)\n二、压实责任"), "图为"),
])
def test_a_sites_host_line_an_editors_note_in_square_brackets_and_a_photo_caption_go(raw: str, gone: str) -> None:
    assert gone not in _generic(raw).text


def test_an_e_learning_course_pages_fields_progress_quiz_and_comments_go() -> None:
    head = ("课程名称:【微党课】守正创新 实干担当\n课程类型:视频课程  课程学时:0.5学时  课程时长:00:20:16\n"
            "学习进度:60%  已学时长:00:12:54\n[继续学习]  [课程笔记]  [课程评价]\n")
    body = "守正创新 实干担当\n各位学员:\n今天我们一起学习青年干部的成长之道。\n今天的微党课就到这里,谢谢大家!\n"
    tail = ("—— 本课程讲稿由主讲人提供,仅供学员学习参考 ——\n随堂测试  [开始答题]\n课程评论(12)\n"
            "王** 2033-03-12 21:06:讲得生动,深受启发。 回复 赞(12)\n本篇已学完  +1 积分  学习时长 06:42\n")
    assert _generic(head + body + tail).text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("sentence", ["今天整理了一份完整版,文字可改,收藏起来慢慢用~",
                                      "结构完整,可直接套用,建议收藏备用。"])
def test_an_accounts_words_on_the_template_it_offers_are_strong_evidence(sentence: str) -> None:
    page = _Page("点击上方蓝字 关注我们\n" + sentence + "\n在全镇秋季防火工作会议上的讲话\n同志们:\n")
    evidence = page.evidence(1)
    assert evidence.strong and evidence.sentence and page.every_sentence_has_evidence(1)


def test_a_title_that_names_complaints_and_reports_is_no_sites_footer() -> None:
    raw = ("首页  我要投诉  在线咨询\n当前位置:首页 > 数据分析\n2033年度石桥县消费投诉举报情况分析\n"
           "发布单位:石桥县市场监督管理局   发布时间:2034-03-12   浏览量:654\n"
           "2033年,全县共接收消费者诉求一万余件,同比增长百分之十二。\n一、总体情况\n诉求量持续增长。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "2033年度石桥县消费投诉举报情况分析"
    assert "投诉举报电话:12315" not in _generic(_NOTICE_BODY + "投诉举报电话:12315\n").text


def test_an_ai_chats_request_handover_notes_offer_and_warning_around_the_draft_go() -> None:
    body = ("在全镇秋季防火工作会议上的讲话\n同志们:\n今天召开会议,部署秋季防火工作。\n一要压实责任。二要加强巡查。\n"
            "谢谢大家!\n")
    raw = ("您说:\n帮我写一篇秋季防火工作会议的讲话稿,要简短。\nChatGPT 说:\n"
           "好的!以下是一篇秋季防火工作会议讲话稿,您可以根据实际情况修改。\n" + body +
           "小提示:\n1. 数据可按本镇实际填写;\n2. 可补充本镇近年火情。\n如果您愿意,我还可以:\n改成更简短的版本。\n"
           "ChatGPT 也可能会犯错。请核查重要信息。\n")
    assert _generic(raw).text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("tail", ["本回答由提问者推荐\n你对这个回答的评价是?\n",
                                  "追问:领导讲话排在第几项?\n补充回答:一般排在最后。\n"])
def test_a_question_and_answer_sites_notes_on_an_answer_under_the_document_go(tail: str) -> None:
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_note_apps_callout_with_its_editors_note_goes() -> None:
    raw = ("# 关于做好冬季供暖保障工作的通知\n:::tips\n**编者注**:本页为征求意见稿,修改意见请在文末评论。\n:::\n\n"
           "各街道办事处:\n\n请做好供暖保障工作。\n")
    text = speechparse.parse_text(raw, markdown=True).text
    assert ":::" not in text and "编者注" not in text and "请做好供暖保障工作。" in text


@pytest.mark.parametrize("tail", ["字数统计:3615\n", "若有收获,就点个赞吧\n", "⚠️ 内部材料,请勿转发至外部群\n"])
def test_an_online_editors_count_plea_and_sharing_note_under_the_document_go(tail: str) -> None:
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_sharing_sites_keywords_parted_by_semicolons_under_the_document_go() -> None:
    tail = "第3页 / 共3页\n下载文档  加入收藏  举报\n关键词:供暖;保障;通知\n相关文档推荐\n冬季供暖工作方案\n"
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_note_apps_properties_under_the_pages_heading_go() -> None:
    raw = ("在全镇秋季防火工作会议上的讲话\nCreated: 2033年9月1日 下午3:12\nLast Edited Time: 2033年9月2日 上午9:40\n"
           "Status: 终稿\nOwner: 李某\n镇长 某某\n同志们:\n今天召开会议,部署秋季防火工作。\n")
    assert _generic(raw).text.startswith("在全镇秋季防火工作会议上的讲话\n镇长 某某\n同志们:")


def test_the_documents_signature_under_the_pages_card_of_its_files_stays() -> None:
    # (a department's page prints the files to download above the notice's office and date, its footer below)
    body, signature = _NOTICE_BODY.split("临河区人民政府办公室")
    raw = (body + "附件下载:\n1. 供暖保障台账.xlsx   (下载次数:86)\n2. 联系人名单.docx   (下载次数:41)\n\n"
           "临河区人民政府办公室" + signature + "上一条:关于做好秋季防火工作的通知\n下一条:关于开展安全检查的通知\n")
    cleaned = _generic(raw)
    assert cleaned.text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")
    assert not cleaned.meta.truncated


def test_a_mails_trailers_under_the_document_go() -> None:
    tail = ("本邮件及其附件可能含有工作秘密,仅供指定收件人使用。如您误收本邮件,请立即删除。\n发自我的华为手机\n"
            "-------- 转发邮件信息 --------\n附件(1个)\n供暖方案.pdf(356.2 KB)  预览  下载\n"
            "此邮件已通过电子政务邮件系统病毒扫描。\n")
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_mail_clients_attachment_box_and_reply_box_under_the_document_go() -> None:
    tail = ("--\n孔某某\n某县农业农村局办公室\n电话:0731-5550****\n发自我的iPhone\n附件(2 个)\n"
            "普通附件 (已通过某某安全中心扫描)\n秋收统计表.xlsx (16.2K)\n下载  预览  收藏\n快捷回复 - 给:孔某某\n"
            "点击这里回复\n该邮件已被设置为加密邮件,仅收件人可读\n")
    text = _generic(_NOTICE_BODY + tail).text
    assert text.startswith(_NOTICE_BODY)
    assert not any(line in text for line in ("附件(2 个)", "普通附件", "快捷回复", "点击这里回复", "加密邮件"))


def test_a_list_of_related_documents_named_after_the_page_s_title_goes() -> None:
    tail = ("“关于做好冬季供暖保障工作的通知”的相关文档推荐\n· 2031年社区供暖巡查方案 4页\n"
            "· 冬季供暖应急预案(通用版) 9页\n")
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_list_of_related_documents_with_their_cut_off_openings_goes() -> None:
    tail = ("相关范文推荐\n社区供暖巡查工作方案\n为保障辖区居民温暖过冬,结合社区实际,制定本方案。一、巡查范围……\n"
            "供热企业冬季安全生产讲话\n同志们:今天召开供热企业安全生产会议,主要任务是……[阅读全文]\n")
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_platform_s_statement_and_the_account_s_card_with_its_follow_button_under_a_post_go() -> None:
    tail = ("原标题:《冬季供暖保障通知》\n特别声明\n"
            "本文为某某号作者上传并发布,仅代表该作者观点,不代表某某新闻的观点或立场,某某新闻仅提供信息发布平台。\n"
            "举报\n+1\n收藏\n我要举报\n查看更多\n临河应急\n临河区应急管理局政务号 · 关注\n"
            "热门推荐\n· 寒潮来袭,这份出行提示请收好\n")
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


@pytest.mark.parametrize("label", ["最赞回应", "全部回应", "回应"])
def test_a_communitys_replies_under_their_label_go(label: str) -> None:
    tail = (f"{label}\n青石板 2031-06-12 11:02:15 河南\n谢谢分享,正好用得上\n赞(8) 回应\n"
            "小溪流 2031-06-12 13:47:52 湖北\n能不能出一个街道版的?\n赞 回应\n")
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_party_bodys_red_rule_with_its_star_read_by_ocr_as_runs_of_one_goes() -> None:
    raw = "中共临河区委办公室文件\n一一一一一一一一★一一一一一一一一\n临办发〔2033〕5号\n" + _NOTICE_BODY
    text = _generic(raw).text
    assert "★" not in text and "一一一" not in text


@pytest.mark.parametrize("note", ["本纪要由某某会议AI小助手生成", "本文由某某妙记生成,内容仅供参考,请以原始录音为准",
                                  "转写由某某妙记自动生成　　发言人区分结果仅供参考",
                                  "本文件由某某AI自动转写生成,转写结果仅供参考"])
def test_a_meeting_tools_note_that_its_ai_wrote_the_record_goes(note: str) -> None:
    assert _generic(_NOTICE_BODY + note + "\n").text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_short_videos_sound_credit_and_its_liked_comments_go() -> None:
    raw = ("♪ @某某融媒创作的原声\n" + _NOTICE_BODY + "全部评论(42)\n河边老李:供暖终于有着落了　36赞\n"
           "用户5512:农村什么时候通暖气?　12赞\n某某融媒　作者:已转相关部门　作者赞过\n展开更多回复\n")
    assert _generic(raw).text.strip("\n") == _NOTICE_BODY.strip("\n")


def test_a_collections_bar_and_its_pager_each_label_over_its_link_go() -> None:
    raw = (_NOTICE_BODY + "合集 #供暖微课堂　6个\n‹ 上一篇\n供暖微课堂②|管网检修那些事\n下一篇 ›\n"
           "供暖微课堂④|暖气不热怎么办\n")
    assert _generic(raw).text.strip("\n") == _NOTICE_BODY.strip("\n")


def test_the_drafters_note_under_a_rule_after_the_text_goes() -> None:
    raw = _NOTICE_BODY + "——————\n备注:\n1、会前核对到会领导名单\n2、奖牌提前摆放\n"
    assert _generic(raw).text.strip("\n") == _NOTICE_BODY.strip("\n")


def test_a_file_transfer_windows_stamps_states_and_recall_go_and_a_sentence_pasted_in_two_messages_joins() -> None:
    raw = ("文件传输助手\n\n2031年9月21日 21:47\n关于做好冬季供暖工作的通知\n各街道办事处:\n"
           "为做好今冬供暖工作,保障群众温暖过冬,各单位要在入冬前组织力量提前检修\n已发送\n\n"
           "2031年9月21日 21:48\n管网,确保按时供暖。\n"
           "一、加强检修\n各单位要在十月底前完成管网检修,发现问题及时整改。\n二、压实责任\n"
           "各单位要明确专人负责,建立工作台账,每周报送进展情况。\n临河区人民政府办公室\n2031年9月20日\n已发送\n\n"
           "2031年9月21日 21:50\n你撤回了一条消息  重新编辑\n")
    text = speechparse.parse_text(raw).text
    assert "各单位要在入冬前组织力量提前检修管网,确保按时供暖。\n" in text and text.startswith("关于做好冬季")
    assert text.rstrip("\n").endswith("临河区人民政府办公室\n2031年9月20日")


def test_a_mind_maps_canvas_name_and_floating_topics_go() -> None:
    raw = ("画布 1\n临河区2033年供暖工作要点\n\t一、加强检修\n\t\t各单位要提前检修管网\n\t二、压实责任\n"
           "\t\t要明确专人负责\n\n自由主题\n待补充:管网长度(问热力公司)\n")
    text = speechparse.parse_text(raw).text
    assert text.startswith("临河区2033年供暖工作要点\n") and "画布" not in text and "待补充" not in text


def test_a_chosen_answers_note_and_the_answerers_plea_above_it_end_the_document() -> None:
    raw = (_NOTICE_BODY + "写的时候注意数据要和统计口径一致,开头别太长。希望能帮到你,望采纳~\n本回答由提问者推荐\n"
           "你对这个回答的评价是?\n其他2条回答\n河边老李\n一般分三部分写:一是成绩,二是问题,三是打算。\n")
    assert _generic(raw).text.strip("\n") == _NOTICE_BODY.strip("\n")


def test_an_assistants_reasoning_block_under_its_label_goes_down_to_the_blank_line() -> None:
    raw = ("帮我写一篇供暖工作通知,数据用XX代替。\n\n已深度思考(用时 12 秒)\n嗯,用户需要一篇供暖通知。\n"
           "第一部分应该讲检修,第二部分讲责任。\n好,现在开始写。\n\n" + _NOTICE_BODY)
    text = speechparse.parse_text(raw).text
    assert "用户需要" not in text and "第一部分应该讲" not in text and text.startswith(_NOTICE_BODY.split("\n", 1)[0])


def test_an_answer_right_under_the_reasoning_label_keeps_its_lines() -> None:
    raw = "已深度思考(用时 8 秒)\n好的,以下是为您起草的通知:\n" + _NOTICE_BODY
    assert _NOTICE_BODY.strip("\n") in speechparse.parse_text(raw).text


def test_a_text_posted_in_parts_loses_each_parts_count_topics_and_author_line() -> None:
    raw = ("山前镇发布\n3-12 18:26 来自 某某网页版\n(1/3)#秋收秋种# 【在全镇秋收工作会议上的讲话】\n同志们:\n"
           "今天召开会议,部署秋收工作。\n转发 5  评论 2  赞 30\n\n山前镇发布\n3-12 18:27 来自 某某网页版\n"
           "(2/3)第一,要抓好机收组织。\n各村要摸清农机底数,合理安排作业顺序。\n转发 3  评论 1  赞 21\n\n"
           "山前镇发布\n3-12 18:28 来自 某某网页版\n(3/3)第二,要抓好烘干仓储。\n粮站要提前腾仓,确保颗粒归仓。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全镇秋收工作会议上的讲话"
    assert "/3)" not in document.text and "山前镇发布" not in document.text and "#秋收秋种#" not in document.text
    assert [section.marker for section in document.sections()] == ["第一,", "第二,"]


def test_a_headings_line_quoted_two_levels_deep_in_a_mail_is_no_breadcrumb() -> None:
    raw = ("收到,马上落实。\n\n> > 关于做好冬季供暖工作的通知\n> > 各街道办事处:\n"
           "> > 为做好今冬供暖工作,现将有关事项通知如下。\n"
           "> > 一、加强检修\n> > 各单位要在十月底前完成管网检修,发现问题及时整改。\n> > 二、压实责任\n"
           "> > 各单位要明确专人负责,建立工作台账。\n")
    document = speechparse.parse_text(raw)
    assert [section.marker for section in document.sections()] == ["一、", "二、"]


def test_a_reading_apps_progress_running_chapter_and_chapter_bar_go() -> None:
    paragraph = "各单位要提前检修管网,确保按时供暖,发现的问题要逐条登记、限期整改,整改不到位的不得通过验收。\n" * 4
    page_foot = "第3章 关于做好冬季供暖工作的通知\n"
    raw = ("关于做好冬季供暖工作的通知\n各街道办事处:\n" + paragraph + "12.4%\n" + page_foot + paragraph + "12.8%\n"
           + page_foot + paragraph + "13.2%\n" + page_foot + paragraph + "临河区人民政府办公室\n2031年9月20日\n13.6%\n"
           "上一章　　目录　　夜间　　设置　　下一章\n")
    text = speechparse.parse_text(raw).text
    assert "%" not in text and "第3章" not in text and "下一章" not in text


def test_percentages_a_table_lists_a_cell_a_line_stay() -> None:
    raw = ("临河区2031年供暖工作总结\n一、完成情况\n各项指标完成情况如下表。\n指标\n完成率\n管网检修\n108.1%\n"
           "用户回访\n109.4%\n投诉办结\n107.5%\n二、下步打算\n继续抓好供暖保障。\n")
    assert "108.1%\n用户回访\n109.4%\n投诉办结\n107.5%" in speechparse.parse_text(raw).text


def test_a_learning_apps_quiz_points_lesson_links_and_liked_comments_go() -> None:
    raw = (_NOTICE_BODY + "✔ 恭喜!本课程已学完　　积分 +1\n今日已获 12 分 / 上限 30 分　　累计积分:2046\n"
           "随堂答题(共2题)\n1.【单选】供暖管网应在何时前完成检修?\nA. 九月底　　B. 十月底\n✔ 回答正确　积分 +1\n"
           "2.【判断】检修问题可以不建台账。(　　)\n✘ 回答错误　正确答案:错\n本课答题得分:1/2　　积分 +1\n"
           "上一课:《城镇供热管理条例》解读(二)\n下一课:供热服务规范十条\n评论(12)　　写评论...\n"
           "热力公司 王某:学习了,马上落实!　👍 8\n供热站 李某:台账模板在哪里下载?　👍 3\n"
           "└ 区供热办 回复:已发到工作群。\n")
    assert _generic(raw).text.strip("\n") == _NOTICE_BODY.strip("\n")


def test_a_work_logs_header_and_its_fields_under_the_report_go() -> None:
    raw = ("日志详情\n某某 的日志\n" + _NOTICE_BODY + "明日计划:\n1.核对管网检修台账\n需协调:\n请热力公司提供维保记录\n"
           "接收人:区住建局 王某、李某 等3人\n已读 2　未读 1\n")
    assert _generic(raw).text.strip("\n") == _NOTICE_BODY.strip("\n")


def test_an_answers_thanks_and_its_foot_with_everything_under_it_go() -> None:
    raw = ("谢邀。去年参与过这类通知的起草,下面这份供参考。\n" + _NOTICE_BODY + "编辑于 2031-11-02 21:37・IP 属地某省\n"
           "赞同 326　　27 条评论　　分享\n更多回答\n河边老李\n1. 先学透上级的部署。\n2. 再摸清家底。\n")
    assert _generic(raw).text.strip("\n") == _NOTICE_BODY.strip("\n")


def test_a_group_messages_call_to_everyone_over_the_pasted_notice_goes() -> None:
    raw = "@所有人 各位居民大家好!下面是社区发的通知,请大家耐心看完。\n" + _NOTICE_BODY
    assert _generic(raw).text.strip("\n") == _NOTICE_BODY.strip("\n")


def test_voice_messages_turned_into_text_lose_their_frames_and_a_clip_cut_inside_a_word_joins() -> None:
    raw = ("村民群(120)\n某某(村支书)\n[语音] 60″\n"
           "转文字:各位乡亲,今天我把村里今年的工作给大家说一说。第一个方面,讲讲去年村里合作社的收\n"
           "某某(村支书)\n[语音] 52″\n转文字:入情况。去年村集体收入比前年增长了两成,每笔开支都张贴公示了。\n"
           "某某(村支书)\n[语音] 31″\n转文字:第二个方面,讲一讲今年的打算。今年要把油茶基地管护好,争取多分红。\n")
    text = speechparse.parse_text(raw).text
    assert "去年村里合作社的收入情况。" in text and "[语音]" not in text and "转文字" not in text


def test_a_video_posters_plea_for_the_three_buttons_goes() -> None:
    assert "三连" not in _generic(_NOTICE_BODY + "觉得有帮助的话点个赞吧~一键三连感谢支持!\n").text


def test_the_red_rule_under_a_headers_lines_read_by_ocr_as_a_run_of_one_goes() -> None:
    raw = "石桥县人民政府办公室\n一一一一一一一一一一一一一一一一\n" + _NOTICE_BODY
    assert "一一一" not in _generic(raw).text


@pytest.mark.parametrize("head", [
    "以下文章来源于山前发布,作者林青\n山前融媒 2033年07月13日 09:30 山前\n山前发布\n山前县人民政府官方信息发布平台\n",
    "放大 缩小 默认\n",  # an e-paper's bar for the type's size
])
def test_a_reposts_source_line_an_accounts_dated_line_and_an_e_papers_zoom_bar_go(head: str) -> None:
    assert _generic(head + _NOTICE_BODY).text.startswith("关于做好冬季供暖保障工作的通知")


def test_an_empty_comment_box_under_a_footer_goes() -> None:
    tail = "上一篇:关于秋收的通知\n网友评论\n没有任何评论\n"
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_sites_name_and_slogan_atop_its_furniture_goes() -> None:
    raw = "石桥问答 - 有问题,上石桥问答\n首页 > 职场 > 公文写作\n" + _NOTICE_BODY
    assert _generic(raw).text.startswith("关于做好冬季供暖保障工作的通知")


@pytest.mark.parametrize("furniture", [
    "帮我写一篇供暖工作的通知,500字左右\n好的!以下是一篇通知,您可以根据实际情况修改:\n",  # a chatbot's frame
    "07:43 @ .ll 5G 77\n× 石桥写作营 ...\n",  # a phone's status bar (its % lost to OCR) and an app's bar
    "- Your Highlight on page 18 | Location 286-290 | Added on Monday, May 2, 2033\n==========\n",  # an e-reader
    "由速扫王扫描创建\n",  # a scanner app's mark
    "第四章 知照性公文写作        · 85 ·\n【例 4-3】\n",  # a book's running head and its example's label
])
def test_the_furniture_of_a_route_a_text_took_to_the_user_goes(furniture: str) -> None:
    assert _generic(furniture + _NOTICE_BODY).text.startswith("关于做好冬季供暖保障工作的通知")


def test_a_chatbots_closing_words_go() -> None:
    tail = "希望这篇通知对您有帮助!如需修改请随时告诉我。\n"
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


@pytest.mark.parametrize("tail", [
    # a study app
    "本文已被收入专题《冬季供暖》\n积分规则:有效阅读文章 +1分\n观点(36)\n用户138****2210\n说到心坎上了。\n",
    "—— 文稿结束 ——\n弹幕列表(126)\n00:35 说得好\n热门评论(238)  按热度 | 按时间\n小曾\n讲得接地气。\n",  # a video page
])
def test_an_apps_or_a_video_pages_comments_under_their_label_go(tail: str) -> None:
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_an_office_systems_form_above_its_body_label_and_its_workflow_table_under_the_text_go() -> None:
    raw = ("石桥县协同办公平台 V5.2\n发文处理单(打印预览)\n核  稿:林青  2033-06-12 15:20  已核。\n【正文】\n"
           + _NOTICE_BODY
           + "流程跟踪\n序号  环节  处理人  处理时间  处理意见\n4  签发  吴涛  2033-06-13 09:05  同意印发。\n"
           + "打印人:林青  打印时间:2033-06-14 08:47:33\n")
    assert _generic(raw).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_the_words_that_go_on_with_a_sentence_after_a_page_number_stay() -> None:
    raw = ("关于开展安全检查的通知\n各单位:\n1.道路交通。重点检查国道、省道等事故多发路段,\n— 1 —\n"
           "以及客运车辆、校车和危险货物运输车辆的动态监控情\n况。\n2.建筑施工。重点检查深基坑。\n")
    assert "以及客运车辆" in _generic(raw).text


def test_a_video_courses_chapters_with_their_start_times_go_and_an_agendas_clock_times_stay() -> None:
    chapters = "1.导入:从一件小事说起 00:00\n2.纪律是生命线 06:35\n3.把纪律落到日常 33:47\n"
    assert "06:35" not in _generic(chapters + _NOTICE_BODY).text
    agenda = "会议议程:\n1.签到 08:30\n2.开幕式 09:00\n3.分组讨论 10:30\n"
    assert agenda in _generic(_NOTICE_BODY + agenda).text


def test_a_blog_engines_english_furniture_and_its_comments_go() -> None:
    raw = ("Skip to content\nMenu\nSearch for:\n" + _NOTICE_BODY + "Share this:\nLike Loading...\n"
           "← Previous Post 关于秋收的通知\n1 thought on “关于做好冬季供暖保障工作的通知”\n老王 says:\n"
           "这份通知写得好。\nReply\n")
    assert _generic(raw).text.strip("\n") == _NOTICE_BODY.strip("\n")


@pytest.mark.parametrize("garbled", ["²ÎÑµÈËÔ±Ó¦¾ßÓÐÒ»¶¨µÄÎÄ×Ö¹¤×÷¡£", "\ufffd\ufffdѵ\ufffd\ufffd\ufffd\ufffd",
                                     "锟斤拷锟斤拷"])
def test_a_line_read_in_the_wrong_encoding_goes_and_the_text_around_it_stays(garbled: str) -> None:
    raw = ("关于举办培训班的通知\n各单位:\n一、参训对象\n" + garbled + "\n二、培训内容\n讲授公文写作。\n"
           "© 2033 石桥县政府 Powered by CMS\n")
    cleaned = clean(raw)
    assert garbled not in cleaned.text and "二、培训内容" in cleaned.text
    assert [removal.text.strip() for removal in cleaned.removals if removal.rule == "copy.mojibake"] == [garbled]


def test_a_forms_field_for_an_opinion_in_the_document_stays() -> None:
    body = _NOTICE_BODY + "附件\n石桥县信访事项登记表\n来访人:\n处理意见:\n承办人:\n"
    assert "处理意见:" in _generic(body).text


def test_a_phone_apps_pleas_counts_and_comment_prompt_under_the_document_go() -> None:
    tail = "码字不易,觉得有用的姐妹点个赞再走[赞R]\n说点什么...\n❤ 2.1万  ⭐ 1.8万  💬 86\n"
    assert _generic(_NOTICE_BODY + tail).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_pdf_s_running_header_goes_under_its_cover_title_too() -> None:
    header = "石桥县“十五五”规划纲要"
    page = "全县经济总量稳步增长,发展质量持续提升,人民生活水平不断提高,各项事业全面进步。\n"
    raw = (f"石桥县国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要\n{header}\n第一章 发展基础\n{page}"
           f"— 1 —\n{header}\n第二章 发展目标\n{page}— 2 —\n{header}\n第三章 主要任务\n{page}— 3 —\n")
    assert header not in _generic(raw).text


def test_a_page_s_footnote_above_its_page_number_goes_and_the_sentence_it_cut_joins() -> None:
    raw = ("一、基本情况\n全县村级集体经济收入总额达到2.4亿元①,较上年增长12%。\n村集体领办合作社,通过“村集体+合\n"
           "①本文所称收入,是指村集体经济组织当年取得的各项收入之和。\n· 3 ·\n作社+农户”模式发展产业。\n二、存在问题\n")
    cleaned = clean(raw, site_rules=False)
    assert "通过“村集体+合作社+农户”模式" in cleaned.text and "本文所称" not in cleaned.text
    assert [removal.rule for removal in cleaned.removals if "本文所称" in removal.text] == ["generic.footnote"]
    assert "generic.footnote" in RULE_NAMES  # (every removal's name is one the schema and the docs may list)


def test_a_list_s_last_item_above_a_page_number_is_no_footnote() -> None:
    raw = ("一、主要任务\n全年重点抓好三项工作:\n①完善村级组织运转经费保障机制;\n②推进村级集体经济发展;\n"
           "③加强村干部队伍建设。\n· 3 ·\n二、保障措施\n")
    assert "③加强村干部队伍建设。" in clean(raw, site_rules=False).text


def test_a_runs_first_item_above_a_page_number_is_no_footnote_where_runs_stand_inside_paragraphs() -> None:
    # (the same figure stood earlier after a colon, inside a paragraph, with the next figure after it: a run, no
    # note's reference)
    raw = ("一、主要成效\n(一)就业形势稳定。主要做法:①加强政策扶持。发放补贴。②强化服务。举办招聘会。\n"
           "(二)人才队伍壮大\n①加大人才引进力度。全年引进人才一千人。②推进技能培训。培训八千人次。\n"
           "同时,我们着力优化人才服\n第4页 / 共9页\n务环境。设立人才服务专窗。\n二、存在问题\n")
    cleaned = clean(raw, site_rules=False)
    assert "①加大人才引进力度" in cleaned.text
    assert not any(removal.rule == "generic.footnote" for removal in cleaned.removals)


def test_items_at_a_pages_foot_whose_sentence_goes_on_over_the_page_are_no_footnotes() -> None:
    # (a note ends on its page: the last line above the page's number here stops inside its sentence)
    raw = ("一、活动内容\n1.发放消费券。消费券分为三类:①综合消费券;②餐饮\n消费券;③文旅消费券。\n"
           "2.家电以旧换新。主要包括以下两个方面:\n①家电以旧换新。支持家电企业开展以旧换新,给予\n"
           "新家电销售价格15%的补贴。\n②家装厨卫焕新。对个人消费者购买智能家居产品的,按\n- 4 -\n"
           "照实际支付金额的10%给予补贴。\n3.美食节。\n")
    cleaned = clean(raw, site_rules=False)
    assert "①家电以旧换新" in cleaned.text and "②家装厨卫焕新" in cleaned.text
    assert not any(removal.rule == "generic.footnote" for removal in cleaned.removals)


def test_a_site_s_name_its_address_came_with_goes_where_it_is_glued_after_a_sentence_with_its_slogan() -> None:
    raw = ("关于意识形态工作情况的报告\n一、主要工作\n全年召开党组会议专题研究意识形态工作四次。\n"
           "笔友范文网 www.biyou.example.com\n二、存在问题\n个别账号更新不及时。\u3000笔友范文网,材料写作好帮手\n"
           "三、下一步打算\n加强阵地管理。\n")
    text = _generic(raw).text
    assert "笔友范文网" not in text and "个别账号更新不及时。\n三、下一步打算" in text


def test_a_comments_box_atop_the_page_goes_with_its_list_and_the_document_under_it_stays() -> None:
    raw = ("最新评论\n- 海边的风:方案写得接地气\n- 无名小卒:请问有补贴标准吗\n石桥街道养老服务实施方案\n"
           "为积极应对人口老龄化,结合街道实际,制定本方案。\n一、指导思想\n坚持以人民为中心的发展思想。\n")
    text = clean(raw).text
    assert text.startswith("石桥街道养老服务实施方案\n") and text.endswith("坚持以人民为中心的发展思想。\n")


def test_a_portal_s_banner_naming_its_mobile_edition_goes_above_the_title() -> None:
    raw = ("石桥县人民政府 手机版\n首页 > 政务公开 > 乡镇动态\n关于石桥镇临时救助对象的公示\n"
           "经本人申请、村委会调查、镇人民政府审核,拟对以下3户给予临时救助,现予以公示。\n")
    assert _generic(raw).text.startswith("关于石桥镇临时救助对象的公示\n")


def test_a_viewer_s_note_on_its_preview_goes_and_does_not_join_the_title_under_it() -> None:
    raw = ("冬训心得体会(模板).docx\n预览模式仅供参考,部分格式可能显示异常,建议下载后查看\n"
           "用其他应用打开 转发 收藏 下载\n\n坚定信念守初心 实干担当践使命\n——参加党员冬训集中学习心得体会\n"
           "根据区委组织部统一安排,我参加了党员冬训集中学习。\n")
    text = clean(raw).text
    assert "预览模式" not in text and "\n坚定信念守初心 实干担当践使命\n——参加" in "\n" + text


def test_a_screen_read_shot_by_shot_loses_its_labels_bars_and_the_lines_two_shots_both_show() -> None:
    shot = "【第{}张】\n10:21 @ .ıll 令 78\nX ···\n"
    raw = (shot.format(1) + "个人对照检查材料\n现将个人对照检查情况报告如下。\n一、存在的主要问题\n"
           "(一)在理论学习方面。一是学习的系统性不够;二是学用结合\n\n" + shot.format(2)
           + "(一)在理论学习方面。一是学习的系统性不够;二是学用结合\n不够紧密。\n"
           "(二)在担当作为方面。有时存在畏难情绪。\n")
    text = clean(raw).text
    assert text.startswith("个人对照检查材料\n") and "X" not in text and "张】" not in text
    assert text.count("在理论学习方面") == 1 and "二是学用结合不够紧密。" in text


def test_a_course_page_s_counts_and_its_paywall_go_and_say_the_text_was_cut() -> None:
    raw = ("第9讲|研讨发言的写法\n已学 62%\n坚持以学正风 锤炼过硬作风\n一、深化认识\n作风问题,本质上是党性问题。\n"
           "✎ 876人划线\n二、对照检视\n我从四个方面进行了查摆。\n🔒 试看已结束\n本节剩余内容为会员专享\n"
           "下一讲:第10讲|对照检查材料的写法\n精选留言(213)\n")
    cleaned = clean(raw)
    assert "划线" not in cleaned.text and "已学" not in cleaned.text and "试看" not in cleaned.text
    assert "下一讲" not in cleaned.text and cleaned.meta.truncated


def test_a_note_app_s_notebook_and_image_lines_and_a_reader_s_excerpt_note_go() -> None:
    raw = ("笔记本:支部工作 / 党课材料\n守初心、担使命,争做合格党员\n同志们:\n今天讲两点。\n[图片: IMG_0618.jpg]\n"
           "一、学习要深\n我们常说不忘初心。\n谢谢大家!\n摘录来自\n青年理论学习案例汇编\n此内容可能受版权保护。\n")
    text = clean(raw).text
    assert text.startswith("守初心、担使命,争做合格党员\n") and text.rstrip().endswith("谢谢大家!")
    assert "IMG_" not in text


def test_a_forwarding_note_above_the_message_it_forwards_goes_and_a_reply_above_what_it_quotes_stays() -> None:
    notice = ("关于开展全县农机安全检查的通知\n各乡镇农机站:\n为做好春耕农机安全工作,决定开展全县农机安全检查。"
              "现将有关事项通知如下:\n一、检查时间\n5月6日至5月20日。\n二、检查内容\n重点检查拖拉机、收割机的牌证和安全装置,"
              "对检查中发现的问题,要建立台账,限期整改到位。\n三、工作要求\n各乡镇要高度重视,精心组织,确保检查不走过场。\n"
              "县农机站\n2031年5月5日\n")
    note = "各位:\n县局通知转给大家,请5月10日前把检查表交到镇农机站。\n王丽\n"
    forward = "------------------ 原始邮件 ------------------\n"
    assert clean(note + forward + notice).text.startswith("关于开展全县农机安全检查的通知\n")
    reply = ("王站长:\n通知收到。我镇已于5月6日启动检查,先后检查拖拉机、收割机四十余台,"
             "发现问题七处,均已登记在册,限期整改。\n")
    assert clean(reply + forward + "各乡镇农机站:\n请报送检查情况。\n").text.startswith("王站长:\n")


@pytest.mark.parametrize("mark", ["—— 已经到底了 ——", "没有更多了", "扫描全能王 创建", "由某某扫描王扫描创建",
                                  "——————正文完——————", "CS 扫描万能宝\n2亿人都在用的扫描App"])
def test_an_app_s_end_of_list_and_a_scanner_app_s_mark_go(mark: str) -> None:
    body = "关于做好秋季防火工作的通知\n各村:\n请做好秋季防火工作,确保不发生火灾。\n"
    assert _generic(body + mark + "\n").text == body.rstrip("\n")


@pytest.mark.parametrize("header", ["2031-05-06 09:14  FROM:县应急管理局  TEL:05718830001  P.002/003",
                                    "MAY-06-2031 09:14  FAX: 0571 8830001   P. 2",
                                    "05/06/2031 09:14 FAX 0000 00000000      某县应急管理局办公室      @002/003",
                                    "05/06/2031 09:14  FAX 0000 0000000        某县应急管理局        P.002/003",
                                    # (its page's count apart at the page's foot, the header atop the next without it)
                                    "              P.001/003\n05/06/2031 09:14  FAX:0571 88XXXXX  某县应急管理局"])
def test_a_fax_machines_line_atop_a_page_goes_and_the_sentence_it_cut_joins(header: str) -> None:
    raw = ("关于做好防汛值守的紧急通知\n各乡镇:\n入汛以来降雨偏多,各地要压实防汛责任,严格落实领导带班和二十四小\n"
           + header + "\n时值班制度,发现险情立即上报,做好群众转移准备。\n")
    text = _generic(raw).text
    assert "FAX" not in text and "P." not in text and "二十四小时值班制度" in text


def test_a_compilation_s_bracketed_piece_label_before_each_piece_s_title_goes() -> None:
    raw = ("在全县项目建设动员大会上的表态发言(通用2篇)\n【篇一】石桥镇党委书记在全县项目建设动员大会上的表态发言\n"
           "各位领导,同志们:\n我代表镇党委表态:一是提高站位抓项目。二是精准发力招项目。\n"
           "【篇二】县发改局在全县项目建设动员大会上的表态发言\n各位领导、同志们:\n第一,坚定不移抓谋划。\n")
    text = clean(raw).text
    assert "篇一" not in text and "篇二" not in text and "\n县发改局在全县项目建设动员大会上的表态发言\n" in text


def test_a_footnote_wrapped_over_two_lines_above_the_page_number_goes_whole() -> None:
    raw = ("一、基本情况\n全区现有社区养老服务中心42个,其中嵌入式机构①18家。全区养老床\n"
           "①嵌入式机构:指设在居民小区内、提供日间照料和短期托养的小型\n机构。\n— 2 —\n"
           "位总数达到6200张,较上年增长9.4%。\n二、存在问题\n护理人员数量不足。\n")
    text = _generic(raw).text
    assert "小型" not in text and "全区养老床位总数" in text


def test_a_book_s_running_header_that_names_its_chapter_leaves_the_chapter_s_heading() -> None:
    page = "推进景区提档升级,新增4A级景区6家,完善游客服务中心、停车场和旅游厕所等配套设施。\n"
    raw = (f"石桥市旅游发展规划\n第一章 发展基础\n{page}· 1 ·\n第二章 主要任务\n第一节 提升景区品质\n{page}· 2 ·\n"
           f"第二章 主要任务\n第二节 培育新型业态\n{page}· 3 ·\n第二章 主要任务\n第三节 完善配套设施\n{page}")
    assert _generic(raw).text.count("第二章 主要任务") == 1


def test_the_rule_over_a_page_s_footnotes_goes_with_them() -> None:
    raw = ("一、基本情况\n全县农村宽带接入用户达到6.8万户①,但山区网络信号仍然较弱。推动冷链物流等农业\n——————————\n"
           "①数据来源:石桥县统计公报。\n— 1 —\n农村基础设施数字化改造。\n二、主要任务\n推进数字乡村建设。\n")
    assert "等农业农村基础设施数字化改造" in _generic(raw).text and "——" not in _generic(raw).text


@pytest.mark.parametrize("byline", ["原创 某某新闻记者 林青 见习记者 王川", "(记者 李明 通讯员 赵亮)",
                                    "本台记者 周一鸣"])
def test_a_report_s_byline_of_reporters_under_its_headline_goes(byline: str) -> None:
    body = "9月3日下午,山前县召开民营企业座谈会,听取企业家意见建议。\n"
    assert _generic(f"山前县召开民营企业座谈会\n{byline}\n{body}").text == f"山前县召开民营企业座谈会\n{body}"


def test_a_sentence_naming_a_reporter_stays() -> None:
    raw = "山前县召开民营企业座谈会\n会后,县长接受了本台记者周一鸣的采访。\n"
    assert _generic(raw).text == raw


@pytest.mark.parametrize("number", ["一 3 一", "一3一"])
def test_an_ocr_s_page_number_between_dashes_read_as_one_goes(number: str) -> None:
    raw = ("第十二条 市财政局应当加强对创新券资金使用情况的监督检查,必要时可以委托第三方机构开展专项审计。\n"
           f"{number}\n第十三条 本办法自印发之日起施行。\n")
    assert number not in _generic(raw).text


def test_a_quoted_message_s_empty_line_still_parts_its_paragraphs() -> None:
    # a message quoted at a fixed width: its paragraph ends on a full line, above the quoted empty line
    first = "按照您提的意见材料又改了一稿把第一部分的数据重新核对了一遍现将修改稿贴在下面请审阅。"
    second = "石桥镇位于县城东部辖十个行政村近年来我镇坚持以党建引领基层治理推动矛盾纠纷就地化解。"
    wrapped = [paragraph[index:index + 21] for paragraph in (first, second) for index in range(0, 42, 21)]
    assert all(len(line) == 21 for line in wrapped)
    lines = ["王科长:", *wrapped[:2], "", "抓党建促治理 激活网格末梢", *wrapped[2:], *wrapped[2:]]
    raw = "".join(f"> {line}\n" if line else ">\n" for line in lines)
    text = clean(raw).text
    assert ">" not in text and "请审阅。\n抓党建" in text


def test_a_cover_that_prints_the_title_twice_keeps_it_when_every_page_repeats_it_as_its_header() -> None:
    title = "梧桐市城乡供水一体化发展规划"
    pages = ["第一章 发展基础\n全市集中供水率达到九成以上,农村供水保障水平明显提升。\n",
             "第二章 发展目标\n到2035年,基本建成城乡一体的现代供水体系。\n",
             "第三章 保障措施\n加强组织领导,强化资金保障。\n"]
    raw = f"{title}\n\n梧桐市水务局\n二〇三一年十二月\n\n{title}\n\n" + "".join(
        f"{page}\n—{number}—\n{title}\n\n" for number, page in enumerate(pages, 1))
    document = speechparse.parse_text(raw)
    assert document.title == title
    assert document.text.count(title) == 1


@pytest.mark.parametrize("number", ["—Ⅱ—", "- iii -", "— Ⅳ —", "· Ⅰ ·", "• ii •"])
def test_a_front_matter_s_page_number_in_roman_numerals_goes(number: str) -> None:
    raw = (f"梧桐市发展规划\n第一章 发展基础\n全市经济总量稳步增长,产业结构持续优化。\n\n{number}\n\n"
           "第二章 发展目标\n到2035年基本实现现代化。\n")
    assert number.strip() not in _generic(raw).text


def test_a_list_of_other_pages_titles_with_their_dates_after_the_article_goes() -> None:
    body = "同志们:\n今天这次党课,我想和大家聊一聊红色资源。\n以上是我的一点学习体会,请大家批评指正。\n"
    links = "- 微党课|在基层治理中践行群众路线06-14\n- 微党课|从一封家书读懂家国情怀 2031-06-07\n"
    assert _generic(f"用好红色资源专题党课\n{body}{links}").text.rstrip() == f"用好红色资源专题党课\n{body}".rstrip()


def test_a_single_dated_item_after_the_article_stays() -> None:
    raw = "用好红色资源专题党课\n同志们:\n今天这次党课,我想和大家聊一聊红色资源。\n- 报名截止06-14\n"
    assert _generic(raw).text == raw


def _qq_record(messages: list[tuple[str, str]]) -> str:
    """A QQ export of ``messages`` (sender, text), a minute apart."""
    head = "消息记录(此消息记录为文本格式,不支持重新导入)\n\n消息对象:机关第二党支部\n\n"
    return head + "".join(f"2031-12-05 9:{minute:02d}:15 {sender}\n{text}\n\n"
                          for minute, (sender, text) in enumerate(messages))


_MATERIAL = ("个人检视剖析材料\n按照机关党委的通知要求,本人认真学习了党章和党的创新理论,"
             "围绕会议主题深入查找了自身在思想、工作、作风等方面存在的差距和不足。现将个人检视剖析情况报告如下:\n"
             "一、存在的主要问题\n(一)理论学习方面。学习主动性不强,满足于参加支部集中学习,自主学习的时间少。\n"
             "(二)作用发挥方面。在岗位上满足于完成领导交办的")


def test_a_document_posted_in_a_chat_keeps_its_poster_s_messages_and_loses_the_others() -> None:
    raw = _qq_record([("张静(1084236671)", "@全体成员 检视剖析材料的模板发群里了,大家参照着写。"),
                      ("王敏(3109925584)", "手机上打不开文件[捂脸]能直接发文字吗"),
                      ("张静(1084236671)", _MATERIAL), ("李卫东(2235817734)", "[强]"),
                      ("张静(1084236671)", "任务,主动思考、创新工作的意识不强。\n以上剖析,请同志们批评帮助。"),
                      ("赵晓宇(2871064413)", "收到")])
    document = speechparse.parse_text(raw)
    assert document.title == "个人检视剖析材料"
    assert "领导交办的任务,主动思考" in document.text
    for chatter in ("打不开文件", "[强]", "收到", "2031-12-05", "检视剖析材料的模板发群里了", "消息对象"):
        assert chatter not in document.text


def test_the_poster_s_messages_after_the_document_closed_with_its_date_are_chat() -> None:
    raw = _qq_record([("张静(1084236671)", "@全体成员 检视剖析材料的模板发在下面了,请大家参照着写。"),
                      ("张静(1084236671)", _MATERIAL + "任务。\n以上剖析,请同志们批评帮助。\n张静\n2031年12月5日"),
                      ("王敏(3109925584)", "模板是按支部填还是按个人填?"),
                      ("张静(1084236671)", "@王敏 按个人填,每人一份,周五前交到支部书记处,逾期未交的在支部会上点名通报"),
                      ("李卫东(2235817734)", "收到")])
    text = speechparse.parse_text(raw).text
    assert text.endswith("以上剖析,请同志们批评帮助。\n张静\n2031年12月5日") and "按个人填" not in text


def test_a_post_with_its_replies_under_it_is_no_chat_s_record() -> None:
    post = _MATERIAL + "任务。\n"
    more = ["(三)纪律作风方面。执行各项规章制度有时不够严格,对身边同事的不良风气碍于情面不愿提醒,存在老好人思想。" * 2,
            "写得很实在,学习了。",
            "二、产生问题的原因\n没有真正认识到理论学习的重要意义,把学习当作软任务,导致理想信念不够坚定。" * 3]
    replies = "".join(f"{floor} 发表于 2031-4-6 10:{minute:02d}\n{text}\n"
                      for minute, (floor, text) in enumerate(zip(("沙发", "板凳", "地板"), more, strict=True)))
    text = speechparse.parse_text(post + replies).text
    assert more[0][:20] in text and more[2][12:30] in text


def test_a_markdown_editor_s_toc_mark_and_its_comments_under_an_icon_go() -> None:
    raw = ("# 关于村级集体经济发展的调研报告\n\n[TOC]\n\n## 一、基本情况\n\n"
           "全区共有行政村86个,集体经营性收入稳步增长。\n\n---\n\n"
           "💬 评论(2)\n\n**陈立** · 2031-03-03\n第二部分的数据请再核一下。\n")
    text = _generic(raw).text
    assert "TOC" not in text and "评论" not in text and "数据请再核" not in text
    assert "集体经营性收入稳步增长" in text


def test_an_office_system_s_sign_off_and_read_record_under_a_speech_go_and_the_text_is_whole() -> None:
    raw = ("县供销合作社代表大会闭幕词\n同志们:\n大会圆满完成了各项议程。现在,我宣布:大会胜利闭幕!\n附件:无\n"
           "拟稿:林青  核稿:陈雅  签发:郑强\n阅读记录:已读86人 / 未读12人【查看】\n")
    document = speechparse.parse_text(raw)
    assert "拟稿" not in document.text and "已读" not in document.text
    assert document.meta.truncated is False


@pytest.mark.parametrize("fields", ["流水号:XT-2031-0117  密级:内部  缓急:平件", "主办部门:党委办公室　　拟稿人:林青",
                                    "来文单位:市商务局  密级:无  缓急:平件", "本文件仅限内部传阅,请勿截图外传"])
def test_an_office_system_s_record_fields_above_a_speech_go(fields: str) -> None:
    raw = f"{fields}\n在公司安全生产大会上的讲话\n同志们:\n今天召开安全生产大会。\n"
    assert _generic(raw).text == "在公司安全生产大会上的讲话\n同志们:\n今天召开安全生产大会。\n"


def test_a_public_account_s_collection_tags_with_their_counts_go() -> None:
    raw = "七一专题党课讲稿\n#党课讲稿 38个\n#七一专题 12个  #初心使命 5个\n同志们:\n今天我们在这里上一堂专题党课。\n"
    assert _generic(raw).text == "七一专题党课讲稿\n同志们:\n今天我们在这里上一堂专题党课。\n"


def test_a_book_s_running_header_of_two_halves_parted_by_a_wide_gap_goes_beside_its_page_numbers() -> None:
    header = "梧桐集团有限公司规章制度汇编(2031年版)      第三篇 财务管理类"
    pages = ["第一条 为规范差旅费管理,厉行节约,降低成本,制定本细则。\n第二条 本细则适用于集团总部及各子公司员工。\n",
             "第三条 差旅费管理遵循事前审批、标准控制、据实报销的原则。\n第四条 出差人员按照规定等级乘坐交通工具。\n",
             "第五条 住宿费在规定标准以内凭据报销。\n第六条 伙食补助费按出差自然天数计算。\n"]
    raw = "梧桐集团差旅费管理实施细则\n" + "".join(f"{header}\n{page}·{number}·\n"
                                                 for number, page in enumerate(pages, 47))
    assert "汇编" not in _generic(raw).text


def test_a_post_s_title_above_its_collection_tags_is_no_decorated_page_title() -> None:
    raw = ("在作风建设推进会上的讲话(模板)\n原创 某某公文库 2031-03-05 07:30 发表于江苏\n收录于合集\n"
           "#讲话稿模板 126个\n#作风建设 38个\n点击上方蓝字关注我们\n同志们:\n今天,我们召开作风建设推进会。\n")
    assert speechparse.parse_text(raw).title == "在作风建设推进会上的讲话"


def test_a_title_every_page_repeats_as_its_header_stays_under_a_site_s_file_name() -> None:
    title = "梧桐公司二〇三一年第三季度经营工作总结"
    pages = ["第三季度以来,公司上下紧紧围绕年初确定的经营目标,统筹抓好市场开拓和项目建设,各项指标保持平稳增长。\n"
             "一、主要经营指标完成情况\n第三季度,公司实现营业收入一千二百万元,完成季度目标的九成以上。\n",
             "二、重点工作推进情况\n新签合同额三千万元,重点项目建设有序推进,安全生产形势总体平稳。\n",
             "三、下一步工作打算\n公司将继续抓好市场开拓,确保完成全年目标任务。\n"]
    raw = ("某某文档网 - 文档在线预览与下载\n首页 > 行业资料 > 工作总结\n第三季度工作总结模板(含数据表格).pdf\n"
           "文档格式:PDF 页数:3 大小:312KB 上传时间:2031-07-19\n\n" + title + "\n"
           + f"\n{title}\n".join(f"{page}第 {number} 页 共 3 页\n" for number, page in enumerate(pages, 1)))
    document = speechparse.parse_text(raw)
    assert document.title == title and document.text.count(title) == 1


def test_a_talk_s_title_over_an_editor_s_note_and_its_speaker_is_no_page_title_over_the_document_s() -> None:
    raw = ("【党课讲稿】守初心 担使命 做合格党员\n编者按:6月26日,校党委书记林青为全校党员干部讲授专题党课。"
           "现将党课讲稿全文刊发,供各基层党组织学习参考。\n校党委书记 林青\n(2031年6月26日)\n同志们:\n"
           "今天我讲三个问题。\n")
    assert speechparse.parse_text(raw).title == "守初心 担使命 做合格党员"


def test_a_reviewer_s_comment_printed_in_the_text_goes() -> None:
    raw = ("二〇三一年度个人述职报告\n一、履职基本情况\n全年受理群众来电来信二百余件。\n"
           "批注 [王**] 2031-01-03:数据请与综合科再核对一下\n二、存在的问题\n调查研究还不够深入。\n")
    text = _generic(raw).text
    assert "批注" not in text and "全年受理群众来电来信二百余件。\n二、存在的问题" in text


def test_a_watermark_a_pdf_prints_under_its_header_goes_and_the_sentence_it_cut_joins() -> None:
    page_head = "\n\n市第七次党代会文件\n\n"
    raw = ("在全市大会上的报告\n同志们:\n五年来,我们坚持发展第一要务,综合实力实现新跨越,全市地区\n\n— 1 —"
           f"{page_head}梧桐市委党校干部学习资料\n生产总值由八百亿元增加到一千一百亿元。\n\n— 2 —{page_head}"
           f"一是工业主导地位更加突出。\n\n— 3 —{page_head}梧桐市委党校干部学习资料\n二是现代服务业加快发展。\n")
    text = _generic(raw).text
    assert "学习资料" not in text and "全市地区生产总值" in text


def test_a_poster_s_short_messages_stay_where_none_of_them_is_long() -> None:
    raw = _qq_record([("张静(1084236671)", "各位,明天上午九点在三楼会议室开支部会。"),
                      ("王敏(3109925584)", "收到"),
                      ("张静(1084236671)", "请带上笔记本,会上要交流学习体会。"),
                      ("张静(1084236671)", "不能参加的提前请假。")])
    text = speechparse.parse_text(raw).text
    assert "三楼会议室开支部会" in text and "交流学习体会" in text and "提前请假" in text


_TEMPLATE_PAGE_BODY = ("青禾社区志愿服务经验材料\n一、建强队伍\n社区组建志愿服务队十二支。\n二、做实项目\n"
                       "认领服务项目三十个,惠及居民两千余人。\n")


def test_a_page_s_tags_under_a_qualifier_and_its_list_of_other_titles_under_its_own_title_go_with_the_tail() -> None:
    # a 范文 site's foot: "<the page's title>相关文章:" over numbered titles of other pages, then its tag line
    tail = ("\n青禾社区志愿服务经验材料【精选3篇】相关文章:\n1. 社区志愿服务工作总结范文(通用5篇)\n"
            "2. 街道党工委书记述职报告\n3. 关于开展志愿服务活动的实施方案\n上一篇:学雷锋志愿服务活动主持词\n"
            "热门标签:志愿服务 社区治理 经验材料\n")
    doc = speechparse.parse_text(_TEMPLATE_PAGE_BODY + tail)
    assert doc.text.rstrip("\n").endswith("惠及居民两千余人。")
    assert [section.number for section in doc.sections()] == [1, 2]



def test_markdown_bold_pasted_into_plain_text_loses_its_delimiters_and_makes_no_blanks() -> None:
    doc = speechparse.parse_text("在全县文旅工作座谈会上的发言\n今年以来,**全县接待游客九十万人次**,同比增长两成。\n")
    assert "今年以来,全县接待游客九十万人次,同比增长两成。" in doc.text
    assert doc.placeholders == ()
    assert [removal.rule for removal in doc.removed if removal.text == "**"] == ["generic.markup"] * 2


@pytest.mark.parametrize("line", ["由**局和**办牵头负责。", "姓名:**,性别:**。", "我叫**,来自**镇。"])
def test_a_template_s_star_blanks_are_no_bold_span(line: str) -> None:
    doc = speechparse.parse_text(f"关于报送材料的通知\n{line}\n")
    assert [placeholder.text for placeholder in doc.placeholders] == ["**", "**"]


def test_a_body_s_name_alone_atop_the_page_over_its_menu_is_the_site_s_masthead() -> None:
    text = ("青禾县交通运输局\n首页 | 机构概况 | 通知公告 | 政策法规 | 互动交流\n当前位置:首页 >> 通知公告\n"
            "青禾县交通运输局关于做好冬季道路养护工作的通知\n各乡镇:\n现将有关事项通知如下。\n青禾县交通运输局\n2031年11月2日\n")
    doc = speechparse.parse_text(text)
    assert doc.text.startswith("青禾县交通运输局关于做好冬季道路养护工作的通知\n")
    assert doc.text.rstrip().endswith("青禾县交通运输局\n2031年11月2日")  # (the issuer's line under the text stays)


def test_an_issuer_s_name_over_its_document_s_title_stays() -> None:
    text = "青禾县交通运输局\n关于做好冬季道路养护工作的通知\n各乡镇:\n现将有关事项通知如下。\n"
    assert speechparse.parse_text(text).text.startswith("青禾县交通运输局\n")


def test_a_site_s_english_name_under_its_chinese_one_goes_with_its_masthead() -> None:
    text = ("青禾县第一人民医院\nQinghe First People's Hospital\n首页 | 医院概况 | 新闻中心 | 科室导航\n"
            "当前位置:首页 > 新闻中心\n\n在全院职工代表大会上的工作报告\n各位代表:\n现在,我代表班子作报告。\n")
    assert speechparse.parse_text(text).text.startswith("在全院职工代表大会上的工作报告\n各位代表:")


_THREAD_POST = ("在全镇安全生产会议上的讲话\n同志们:\n今天召开会议,部署全年安全生产工作。\n一、认清形势\n"
                "今年以来,全镇安全生产形势总体平稳,但隐患依然存在,一些企业主体责任落实不到位。\n二、压实责任\n"
                "各村各部门要落实属地管理责任,企业要落实主体责任,确保各项措施落到实处。\n")


def test_a_forum_thread_s_replies_under_the_post_that_holds_the_document_go() -> None:
    text = ("石头记\n电梯直达\n发表于 2031-2-21 22:14:05 | 只看该作者 | 倒序浏览\n" + _THREAD_POST
            + "\n云中书客\n沙发\n"
            "发表于 2031-2-21 22:30:47 | 只看该作者\n感谢楼主分享,结构很清楚,收藏了!\n\n老林\n板凳\n"
            "发表于 2031-2-22 09:05:11 | 只看该作者\n二、压实责任\n这部分可以再加点数据。\n")
    doc = speechparse.parse_text(text)
    assert doc.text.startswith("在全镇安全生产会议上的讲话\n")  # (its poster's name and the forum's button above it go)
    assert doc.text.rstrip().endswith("确保各项措施落到实处。")
    assert [section.heading for section in doc.sections()] == ["认清形势", "压实责任"]


def test_a_thread_whose_headers_give_the_posters_standing_before_the_time_loses_its_replies() -> None:
    text = ("楼主 老周\n积分:2310  帖子:64  发表于 2031-11-08 21:47\n" + _THREAD_POST
            + "\n2楼 云中书客\n积分:35  发表于 2031-11-08 22:13\n结构清楚,正好下周用得上,马克一下。\n回复  举报\n"
            "\n3楼 老林\n积分:960  发表于 2031-11-09 08:02\n"
            "第二部分可以再加点数据,比如去年的隐患整改率,这样更有说服力。\n"
            "回复  举报\n")
    doc = speechparse.parse_text(text)
    assert doc.text.startswith("在全镇安全生产会议上的讲话\n") and doc.text.rstrip().endswith("确保各项措施落到实处。")


def test_a_speech_on_a_payment_reform_keeps_its_title() -> None:
    text = ("在全市医保支付方式付费改革动员会上的讲话\n院长 XXX\n(2031年11月2日)\n同志们:\n"
            "一、提高认识\n付费方式改革是医保改革的关键一环。\n")
    assert speechparse.parse_text(text).title == "在全市医保支付方式付费改革动员会上的讲话"


def test_a_thread_s_answer_that_holds_the_document_under_a_question_stays() -> None:
    text = ("小王\n发表于 2031-2-21 22:14:05 | 只看该作者\n求一篇安全生产会议讲话稿,谢谢!\n\n老林\n沙发\n"
            "发表于 2031-2-21 22:30:47 | 只看该作者\n" + _THREAD_POST + "\n小王\n板凳\n"
            "发表于 2031-2-22 09:05:11 | 只看该作者\n感谢大佬!\n")
    doc = speechparse.parse_text(text)
    assert "确保各项措施落到实处。" in doc.text and "感谢大佬" not in doc.text


def test_a_site_s_header_above_its_first_menu_or_breadcrumb_goes_and_a_title_of_the_genre_there_stays() -> None:
    text = ("青禾大学新闻网\nQINGHE UNIVERSITY NEWS\n求是 · 笃行\n2031年3月2日 星期一\n"
            "首页 | 学校要闻 | 党建思政 | 综合新闻\n当前位置:首页 > 学校要闻\n\n"
            "在学校全面从严治党工作会议上的讲话\n同志们:\n今天召开会议,部署全年工作。\n")
    doc = speechparse.parse_text(text)
    assert doc.text.startswith("在学校全面从严治党工作会议上的讲话\n同志们:")
    above = ("在学校全面从严治党工作会议上的讲话\n首页 | 学校要闻 | 党建思政 | 综合新闻\n同志们:\n"
             "今天召开会议,部署全年工作。\n")
    assert speechparse.parse_text(above).title == "在学校全面从严治党工作会议上的讲话"


def test_a_microblog_s_fold_button_goes() -> None:
    text = "青年干部培训心得\n五天的培训虽短,但留给我的思考是长久的。\n收起全文\n转发 23    评论 17    赞 156\n"
    assert speechparse.parse_text(text).text.rstrip("\n").endswith("思考是长久的。")


@pytest.mark.parametrize("line", ["2.3万粉丝  关注", "编辑于 12-20 江苏", "以下内容由AI识别生成"])
def test_a_self_media_page_s_counts_edit_stamp_and_machine_note_are_furniture(line: str) -> None:
    text = f"{line}\n在全镇安全生产会议上的讲话\n同志们:\n今天召开会议,部署全年工作。\n"
    assert line not in speechparse.parse_text(text).text


def test_a_template_site_s_list_of_related_templates_goes_with_the_tail() -> None:
    text = ("安全生产责任书\n一、责任目标\n全年不发生较大事故。\n二、其他\n本责任书一式两份。\n相关模板:\n"
            "1. 消防安全责任书范本\n2. 食品安全承诺书模板\n3. 安全生产目标责任书(通用版)\n")
    assert [section.number for section in speechparse.parse_text(text).sections()] == [1, 2]


def test_a_news_script_s_lead_above_its_body_label_stays() -> None:
    text = ("【标题】我镇召开春季植树动员会\n【导语】\n昨天上午,我镇召开春季植树动员会,部署全年造林任务。\n【正文】\n"
            "会议要求,各村要抓住有利时机,全力推进植树工作。\n")
    doc = speechparse.parse_text(text)
    assert "部署全年造林任务" in doc.text and "全力推进植树工作" in doc.text


@pytest.mark.parametrize("line", ["以下搜索词已高亮显示:  防汛   值班", "原网页地址:http://www.example.org/a.html",
                                  "仅组织内获得链接的人可查看", "最近编辑:孙某 · 7月5日 10:03"])
def test_a_snapshot_s_banner_and_a_shared_document_s_panel_are_furniture(line: str) -> None:
    text = f"{line}\n关于做好汛期值班值守工作的通知\n各单位:\n现将有关事项通知如下。\n"
    assert line not in speechparse.parse_text(text).text


def test_a_sentences_last_words_under_the_last_pages_viewer_header_are_the_bodys() -> None:
    # a phone's PDF viewer repeats its bar on every page; the page turned inside the speech's last sentence
    body = ("关于做好秋季森林防火工作的讲话\n同志们:\n"
            "今天召开全镇森林防火工作会议,主要任务是部署今年秋冬季的防火工作。\n"
            "各村要压实护林员的巡山责任,每天至少巡查两次,发现火情立即上报镇防火办,做到早发现、早处置,确保全镇山林\n")
    viewer = "< 防火讲话.pdf ...\n"
    cleaned = _generic(viewer + body + viewer + "安全无事故。\n3/3\n")
    assert cleaned.text.endswith("确保全镇山林安全无事故。")
    assert ".pdf" not in cleaned.text


def test_a_page_jump_written_without_its_ordinal_is_one() -> None:
    raw = ("全县秋季农业生产工作会议召开\n会议要求,各乡镇要抓紧抢收抢种,确保秋粮颗粒归仓、冬种应种尽(下转02版)\n\n"
           "梧桐日报\n2033年10月15日 星期六\n\n(上接01版)种。会议强调,要做好农业防灾减灾工作。\n")
    assert "冬种应种尽种。会议强调" in _generic(raw).text


def test_the_other_pages_head_between_an_articles_jump_and_its_return_goes_and_a_sentence_there_stays() -> None:
    text = ("全县秋季农业生产工作会议召开\n"
            "会议要求,各乡镇要抓紧抢收抢种,加强农机调度,确保秋粮颗粒归仓、冬种应种尽(下转第02版)\n\n"
            "{between}"
            "(上接第01版)种。会议强调,要做好农业防灾减灾工作,及早制定应急预案。\n")
    # (the page's foot too, a list of its headlines and its notices, over the next page's head: many lines)
    head = ("本版新闻\n· 全县秋季农业生产工作会议召开\n· 县城新增公共停车位800个\n· 梧桐镇举办丰收节\n"
            "本版责编:林青  校对:王山\n[第01版:要闻] [上一版] [下一版]\n梧桐日报社版权所有 未经授权不得转载\n\n"
            "梧桐日报\n2033年10月15日 星期六\n第02版:综合新闻\n[上一版] [下一版]\n放大 缩小 默认\n\n"
            "全县秋季农业生产工作会议召开\n")
    cleaned = _generic(text.format(between=head))
    assert "冬种应种尽种。会议强调" in cleaned.text
    assert "梧桐日报" not in cleaned.text and "停车位" not in cleaned.text
    # a sentence between the notes is no page's head: it stays
    cleaned = _generic(text.format(between="梧桐日报\n本报讯 县城新增公共停车位800个,方便群众出行。\n"))
    assert "梧桐日报" not in cleaned.text and "停车位800个,方便群众出行。" in cleaned.text


def test_an_articles_return_is_the_note_opening_its_line_not_the_one_in_the_other_pages_list_of_titles() -> None:
    raw = ("全县秋季农业生产工作会议召开\n会议要求,各乡镇要抓紧抢收抢种,确保秋粮颗粒归仓、(下转第02版)\n\n"
           "梧桐日报\n2033年10月15日 星期六\n第02版:综合新闻\n本版标题导航\n"
           "· (上接第01版)全县秋季农业生产工作会议召开\n· 梧桐镇举办丰收节\n\n"
           "  (上接第01版)冬种应种尽种。会议强调,要做好农业防灾减灾工作。\n")
    text = speechparse.parse_text(raw).text
    assert "确保秋粮颗粒归仓、冬种应种尽种。会议强调" in text
    assert "梧桐日报" not in text and "丰收节" not in text


def test_a_sentence_a_page_cut_after_a_comma_or_an_enumerations_mark_is_joined_across_the_pages_furniture() -> None:
    for mark in ",、":
        raw = (f"一、总体要求\n各单位要各负其责、主动对接,认真履行职责{mark}\n\n— 2 —\n\n梧桐县人民政府公报\n\n"
               "密切配合,形成工作合力。\n二、工作安排\n要突出重点。\n")
        assert f"认真履行职责{mark}密切配合,形成工作合力。" in speechparse.parse_text(raw).text


def test_a_sentence_that_goes_on_on_another_page_is_not_joined_to_the_next_article_after_it() -> None:
    raw = ("全县秋季农业生产工作会议召开\n四要锤炼作风。全县干部要大力弘扬“担当实干”的精神,以“放心不下”的责任感,"
           "扑下身子,各乡镇要抓紧抢收抢种,加强农机调度,确保秋粮颗粒归仓,(下转第02版)\n\n  ■本报记者 林青\n\n"
           "县城新增公共停车位800个\n本报讯 近日,县城新增公共停车位800个,方便群众出行。\n\n"
           "责任编辑:王山\n[上一篇]  [下一篇]\n\n第02版:综合新闻\n本版标题导航\n· 梧桐镇举办丰收节\n\n"
           "(上接第01版)冬种应种尽种。会议强调,要做好农业防灾减灾工作。\n")
    text = speechparse.parse_text(raw).text
    assert "确保秋粮颗粒归仓,本报讯" not in text


@pytest.mark.parametrize("plea", ["对你有帮助的话记得点赞收藏,关注我获取每周更新的范文。要电子版可以私信。",
                                  "若本文侵犯了您的合法权益,请联系平台处理,电话:400-000-0000。"])
def test_a_posters_plea_for_likes_or_a_platforms_takedown_notice_under_the_document_goes(plea: str) -> None:
    cleaned = _generic(_NOTICE_BODY + plea + "\n")
    assert cleaned.text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_speech_that_asks_to_follow_its_province_keeps_the_sentence() -> None:
    body = _NOTICE_BODY + "各地要密切关注我省天气变化,及时做好应对准备。\n"
    assert "密切关注我省天气变化" in _generic(body).text


@pytest.mark.parametrize("tail", ["下载本文档需要登录,并付出相应积分。如何获取积分?\n",
                                  "觉得还不错? 一键收藏\n打赏\n", "3.6万次观看\n"])
def test_a_download_paywall_a_blogs_save_button_or_a_videos_view_count_under_the_document_goes(tail: str) -> None:
    cleaned = _generic(_NOTICE_BODY + tail)
    assert cleaned.text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_blogs_column_box_over_the_post_goes() -> None:
    cleaned = _generic("某某博客 创作中心\n" + _NOTICE_BODY.split("\n", 1)[0] + "\n数字政府 专栏收录该内容\n订阅专栏\n"
                       + _NOTICE_BODY.split("\n", 1)[1])
    assert "专栏" not in cleaned.text


def test_a_note_apps_name_atop_and_its_download_line_with_its_slogan_at_the_foot_go() -> None:
    cleaned = _generic("青禾云笔记\n来自 后勤小王 的分享\n" + _NOTICE_BODY + "青禾云笔记 © 2033 青禾公司\n"
                       "下载青禾云笔记 随手记录灵感\n")
    assert cleaned.text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_diary_pages_search_prompt_column_name_reply_box_and_sidebar_boxes_go() -> None:
    body = ("守好粮仓 护好饭碗——在粮食系统党支部主题党日上的讲稿\n各位党员同志:\n"
            "今天我和大家一起学习粮食安全的有关要求。\n一、提高思想认识\n粮食安全是国之大者。\n二、压实工作责任\n各库点要落实储粮安全责任。\n")
    text = ("搜索你想看的内容...\n麦田守望的日记\n" + body + "> 我要回应\n"
            "麦田守望的最新日记  · · · · · ·  (全部)\n粮库保管员年度述职报告\n仓储安全培训心得\n"
            "热门小组 · · · · · ·  (去小组广场)\n© 2031 某某网 版权所有\n")
    cleaned = _generic(text)
    assert cleaned.text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("invitation", ["打开梧桐资讯,查看更多高清图片", "下载青禾新闻 阅读更多"])
def test_a_news_apps_invitation_over_the_title_goes(invitation: str) -> None:
    body = ("防汛工作专题党课讲稿\n同志们:\n今天我和大家一起学习防汛工作的有关要求。\n"
            "一、提高思想认识\n防汛工作关系群众生命财产安全。\n二、压实工作责任\n各村要落实包保责任。\n")
    cleaned = _generic(f"青禾号\n2031-06-02 08:15 发布于某省\n+关注\n\n{invitation}\n\n{body}")
    assert invitation not in cleaned.text and cleaned.text.startswith("防汛工作专题党课讲稿\n同志们")


@pytest.mark.parametrize("invitation", ["更多精彩内容,尽在笔记APP", "更多精彩,就在随笔客户端"])
def test_an_apps_invitation_to_read_more_in_it_goes(invitation: str) -> None:
    body = ("学习心得体会\n这次为期一周的培训内容丰富、安排紧凑,让我受益匪浅。\n"
            "一是理论水平得到提高,学懂弄通了新思想。\n二是工作能力得到增强,学会了做群众工作的方法。\n")
    tail = f"\n12人点赞    随笔\n{invitation}\n\"小礼物走一走,来笔记关注我\"\n赞赏支持  还没有人赞赏,支持一下\n"
    cleaned = _generic(body + tail)
    assert invitation not in cleaned.text and "学会了做群众工作的方法。" in cleaned.text


def test_a_blogs_likes_plea_and_list_of_other_posts_with_their_counts_go_and_the_text_is_whole() -> None:
    body = ("学习心得体会\n这次为期一周的培训内容丰富、安排紧凑,让我受益匪浅。\n"
            "一是理论水平得到提高,学懂弄通了新思想。\n二是工作能力得到增强,学会了做群众工作的方法。\n")
    tail = ("12人点赞    随笔\n\"写作不易,来笔记关注我\"\n推荐阅读    更多精彩内容\n"
            "冬季供暖工作会议主持词\n阅读 2,048\n在青年座谈会上的讲话\n阅读 1,317\n写下你的评论...\n")
    cleaned = _generic(body + tail)
    assert cleaned.text.rstrip("\n") == body.rstrip("\n")
    assert not cleaned.meta.truncated


def test_a_threads_related_posts_and_replies_on_their_floors_lines_go_after_the_post() -> None:
    body = ("在全县防汛工作会议上的讲话\n同志们:\n今年汛期来得早、雨量大,各乡镇要立即进入临战状态。\n"
            "各级领导干部要靠前指挥,确保人民群众生命财产安全。谢谢大家!\n")
    tail = ("\n相关帖子\n在全县抗旱工作会议上的讲话\n防汛工作会议主持词\n\n回复 举报\n"
            "楼主 | 好帖!正好用得上\n沙发 | 能不能发个word版\n"
            "您需要登录后才可以回帖 登录 | 立即注册\n发表回复 高级模式\n")
    cleaned = _generic(body + tail)
    assert cleaned.text.rstrip("\n") == body.rstrip("\n")


_SPEECH = ("在全县秋季防火工作会议上的讲话\n同志们:\n今天召开全县秋季防火工作会议,主要任务是部署今冬明春的防火工作。\n"
           "一、提高认识\n各乡镇要把森林防火摆在突出位置,压实各级责任。\n二、抓好落实\n要加强巡山护林,确保不发生重大火情。\n"
           "谢谢大家!\n")


@pytest.mark.parametrize("conversation", [
    "新建对话\n今天\n防火讲话稿\n帮我写一篇县长在秋季防火工作会议上的讲话稿,分两部分,一千字左右。\n\n"
    "好的,以下是一篇县长在秋季防火工作会议上的讲话稿,供您参考:\n\n",
    "我:\n写一篇防火工作会议讲话\n\n小助手:\n没问题!我为你写好了一篇讲话稿👇\n\n",
    "根据您提供的县级方案,我为乡镇起草了以下讲话稿,方括号处请按实际填写:\n\n",
    "公文写作 · 讲话稿\n写作类型:讲话稿\n字数要求:1000字\n写作风格:正式\n【生成结果】\n",
    "markdown\n复制代码\n",
    "数析助手:\n已读取您上传的提纲。讲话正文如下,数字按原样填入。\n\n",
    "帮我写一篇秋季防火工作会议讲话稿\n\n已深度思考(用时 12 秒)\n"
    "嗯,用户需要一篇防火工作会议的讲话稿。首先要讲清形势。\n最后要落到责任上。\n\n已搜索到 5 个网页\n\n",
])
def test_an_ai_assistants_conversation_above_the_draft_it_hands_over_goes(conversation: str) -> None:
    document = speechparse.parse_text(conversation + _SPEECH)
    assert document.text.startswith("在全县秋季防火工作会议上的讲话\n")
    assert document.title == "在全县秋季防火工作会议上的讲话"


#: the speech above with a paragraph more: a document a user pastes whole (more than a request's words)
_PASTED_SPEECH = _SPEECH.replace("谢谢大家!\n", (
    "三、强化保障\n各级财政要安排专项资金,购置扑火机具,加强专业扑火队伍建设,"
    "做到人员、物资、车辆三到位,确保一旦发生火情能够拉得出、打得赢。"
    "各乡镇要落实二十四小时值班制度,主要负责同志要带头值班,发现火情第一时间报告、"
    "第一时间处置。同志们,防火工作责任重大,希望大家以高度负责的态度抓好各项工作,"
    "确保全县森林资源安全和人民群众生命财产安全。\n谢谢大家!\n"))


def test_a_document_pasted_to_an_ai_assistant_for_its_comments_is_the_document_and_its_answer_goes() -> None:
    chat = ("帮我看看下面这篇讲话稿,下周要在大会上讲,有没有什么问题:\n\n" + _PASTED_SPEECH
            + "\n已深度思考(用时 9 秒)\n\n这篇讲话稿结构清晰,层次分明。以下是几点建议:\n"
            "1. 开头可以更简洁。\n2. 第三部分可以补充具体数字。\n> 三、强化保障。一是落实资金;二是配齐机具。\n"
            "如果需要,我可以帮您再改一遍。\n复制\n重新生成\n")
    document = speechparse.parse_text(chat)
    assert document.title == "在全县秋季防火工作会议上的讲话"
    assert document.text.startswith("在全县秋季防火工作会议上的讲话\n") and document.text.endswith("谢谢大家!")
    assert [section.marker for section in document.sections()] == ["一、", "二、", "三、"]


def test_a_long_request_to_an_ai_assistant_gives_way_to_the_draft_under_its_tool_label() -> None:
    request = ("帮我写一篇县长在秋季防火工作会议上的讲话稿。背景是这样的:今年入秋以来降水偏少,气温偏高,"
               "林区可燃物积累较多,森林火险等级持续偏高,上级多次发出预警。要求如下:一是讲清当前严峻形势,"
               "用几个具体数字说明;二是部署巡山护林、野外用火管控和扑火队伍建设;三是压实乡镇、部门和林场的责任,"
               "讲清追责问责的要求。全文一千字左右,语言要朴实,多用短句,不要堆砌口号,开头不用寒暄,直接进入正题,"
               "结尾要有力量,能鼓舞士气,最好有一两句可以记住的话。\n\n")
    document = speechparse.parse_text(request + "已深度思考(用时 15 秒)\n\n" + _SPEECH)
    assert document.text.startswith("在全县秋季防火工作会议上的讲话\n") and "帮我写" not in document.text


def test_a_document_pasted_to_an_ai_assistant_to_rewrite_gives_way_to_the_draft_it_hands_back() -> None:
    chat = ("帮我把下面这篇讲话稿压缩一下:\n\n" + _PASTED_SPEECH
            + "\n已深度思考(用时 9 秒)\n\n好的,以下是压缩后的讲话稿,供您参考:\n\n" + _SPEECH)
    document = speechparse.parse_text(chat)
    assert document.text.startswith("在全县秋季防火工作会议上的讲话\n") and "三、强化保障" not in document.text


@pytest.mark.parametrize("postscript", [
    "\n以上讲话稿供您参考。如需调整篇幅或语气,请随时告诉我。\n\n复制\n重新生成\n内容由AI生成,请仔细甄别\n",
    "\n希望这篇讲话稿对您有帮助!\n本回答由 AI 生成,内容仅供参考\n",
    # its tips under its words to the user, numbered, one of them no word to the user
    "\n以上讲话稿供您参考。使用时建议注意以下几点:\n1. 文中数据请根据实际情况填写;\n"
    "2. 可结合本地典型案例进行警示。\n复制\n",
    # its tips under a label alone
    "\n说明:\n• 方括号内容请根据实际情况替换;\n• 数字建议使用统计部门核定的数据。\n本回答由 AI 生成\n",
    # its offer of more, listed
    "\n以上讲话稿仅供参考。如果需要,我还可以帮您:\n1. 压缩为800字的精简版;\n2. 撰写配套的主持词。\n",
    "\n需要的话,我还可以继续帮你:\n1. 改写成口语版;\n2. 压缩成一条短信。\n回复对应数字就行~\n",
    # its notes on how it wrote the draft, under a rule and their label, the last of them to the user
    "\n---\n写作说明:\n1. 文中“XX”处请替换为实际单位;\n2. 数据建议核实后填写;\n3. 如需压缩篇幅,可以告诉我。\n",
    # its words on the version it gave, its input box's hint and its disclaimer
    "\n这一版约300字,保留了口语化的风格。如需调整,请随时告诉我。\n向小助手提问,Shift+Enter换行\n小助手也可能会犯错,请核查\n",
])
def test_an_ai_assistants_words_to_the_user_and_its_buttons_after_the_draft_go(postscript: str) -> None:
    document = speechparse.parse_text(_SPEECH + postscript)
    assert document.text.rstrip("\n").endswith("谢谢大家!")
    assert not document.meta.truncated


def test_a_pages_lead_that_addresses_no_user_hands_over_no_draft_and_the_title_above_it_stays() -> None:
    title = "在“你我同行”护林防火志愿服务启动仪式上的讲话"
    raw = f"{title}\n以下为讲话全文:\n" + _SPEECH.split("\n", 1)[1]
    assert speechparse.parse_text(raw).title == title


def test_a_notes_reference_mark_glued_after_its_words_goes_and_the_list_of_notes_stays() -> None:
    raw = ("全年全县地区生产总值[1]286.4亿元,增长5.2%。理论是指导工作的“金钥匙”[2]。\n注释:\n"
           "[1] 地区生产总值按现价计算。\n[2] 引自县委理论学习中心组材料。\n")
    cleaned = _generic(raw)
    assert cleaned.text.startswith("全年全县地区生产总值286.4亿元,增长5.2%。理论是指导工作的“金钥匙”。\n")
    assert "[1] 地区生产总值按现价计算。" in cleaned.text
    assert {removal.rule for removal in cleaned.removals} >= {"note.reference"}
    # an answer's sources side by side, listed, or in lenticular brackets
    assert _generic("节约用水是每个公民的义务[1][2]。水资源不足【3】,形势严峻[2, 4]。\n").text == \
        "节约用水是每个公民的义务。水资源不足,形势严峻。\n"


def test_the_last_draft_an_ai_assistant_hands_over_is_the_document_where_the_user_asked_for_another() -> None:
    first = "好的,这是为您起草的讲话稿:\n" + _SPEECH.replace("秋季防火", "冬季防火") + "\n复制 重新生成\n"
    second = "太长了,精简一下。\n\n好的,已按您的要求精简,调整后的讲话稿如下:\n\n"
    document = speechparse.parse_text("帮我写一篇防火讲话稿\n\n" + first + second + _SPEECH)
    assert document.title == "在全县秋季防火工作会议上的讲话"
    assert "冬季防火" not in document.text and "精简" not in document.text


def test_a_later_whole_draft_handed_over_without_addressing_the_user_is_the_document() -> None:
    # (好的 opening the line is the assistant's answer, wherever in the conversation the line stands)
    first = ("好的,这是为您起草的讲话稿:\n" + _SPEECH.replace("秋季防火", "冬季防火")
             + "\n希望对您有帮助!\n复制 重新生成\n")
    second = "第二部分太长了,精简一下,把全文重新发我。\n\n好的,第二部分已精简,其余未动,调整后的全稿如下:\n\n"
    document = speechparse.parse_text("帮我写一篇防火讲话稿\n\n" + first + second + _SPEECH)
    assert document.title == "在全县秋季防火工作会议上的讲话"
    assert "冬季防火" not in document.text and "精简" not in document.text
    assert "要加强巡山护林" in document.text


def test_an_ending_an_ai_assistant_rewrites_replaces_the_drafts_ending() -> None:
    draft = ("在全县秋季防火工作会议上的讲话\n同志们:\n今天召开全县秋季防火工作会议。\n一、提高认识\n"
             "各乡镇要压实各级责任。\n二、抓好落实\n要加强巡山护林。\n同志们,\n防火工作责任重大。\n谢谢大家!\n")
    raw = ("帮我写一篇防火讲话稿\n\n好的,这是为您起草的讲话稿:\n\n" + draft + "\n如果需要,我还可以帮您再改。\n\n"
           "复制 重新生成\n\n结尾再有力一些。\n\n好的,按您的意思改写了结尾,替换原稿相应段落即可,改写后的结尾如下:\n\n"
           "同志们,\n"
           "守护青山是我们共同的使命,让我们齐心协力,确保今冬明春不发生重大火情!\n谢谢大家!\n\n"
           "这样修改后,结尾更加有力。如需调整,请告诉我。\n\n复制 重新生成\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全县秋季防火工作会议上的讲话"
    assert document.text.endswith("要加强巡山护林。\n同志们,守护青山是我们共同的使命,让我们齐心协力,"
                                  "确保今冬明春不发生重大火情!\n谢谢大家!")
    assert "防火工作责任重大" not in document.text and "结尾" not in document.text
    assert {removal.rule for removal in document.removed} >= {"generic.superseded"}
    assert all(removal.rule in RULE_NAMES for removal in document.removed)


def test_a_rewritten_part_that_opens_on_no_line_of_the_draft_leaves_the_draft_the_document() -> None:
    raw = ("帮我写一篇防火讲话稿\n\n好的,这是为您起草的讲话稿:\n\n" + _SPEECH + "\n如果需要,我还可以帮您再改。\n\n"
           "第一部分再具体些。\n\n好的,第一部分改写如下,您替换原稿相应段落即可:\n\n一、提高认识\n"
           "各乡镇要把森林防火摆在突出位置,逐级签订责任书。\n\n如需调整,请告诉我。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全县秋季防火工作会议上的讲话"
    assert [section.heading for section in document.sections()] == ["提高认识", "抓好落实"]
    assert "逐级签订责任书" not in document.text


def test_a_reply_that_addresses_a_body_as_you_hands_over_no_draft() -> None:
    raw = ("关于同意调整防火检查站设置的批复\n县林业局:\n你局《关于调整防火检查站设置的请示》收悉。经研究,现批复如下:\n"
           "一、同意将东山检查站迁至东山路口。\n二、请你局抓紧做好人员调配工作。\n县人民政府\n2033年10月8日\n")
    document = speechparse.parse_text(raw)
    assert document.title == "关于同意调整防火检查站设置的批复"
    assert document.text.startswith("关于同意调整防火检查站设置的批复\n县林业局:\n你局")


def test_a_speechs_own_closing_words_over_a_pages_buttons_are_no_assistants_postscript() -> None:
    # (a page's tail that holds 你: the postscript is looked for)
    closing = "以上是我的几点认识,不妥之处请同志们批评指正。"
    raw = _SPEECH.replace("谢谢大家!\n", closing + "\n") + "【下载本文】  复制全文  打印本页\n分享给你的朋友\n"
    assert closing in speechparse.parse_text(raw).text


def test_a_word_processors_review_comments_saved_to_text_go_with_their_anchors() -> None:
    raw = ("一、全年工作回顾\n全年实现营业收入12.6亿元[林1],同比增长6.2%。\n二、明年工作安排\n"
           "对进度滞后的项目实行挂牌督办[WQ2]。\n[林1]收入口径请再核一下。\n[WQ2]建议写明责任部门。\n")
    cleaned = _generic(raw)
    assert cleaned.text.rstrip("\n") == ("一、全年工作回顾\n全年实现营业收入12.6亿元,同比增长6.2%。\n二、明年工作安排\n"
                                         "对进度滞后的项目实行挂牌督办。")
    # a label that anchors nothing opens a line of the text, and stays
    assert "[甲1]" in _generic("名单如下:\n[甲1]林青 县林业局\n").text


def test_a_writing_tools_mark_ends_the_head_and_a_title_field_over_the_salutation_is_the_title() -> None:
    raw = ("云笺文档    述职报告(草稿)    最后编辑于 12月18日\n文件  编辑  插入  ✦AI\n"
           "指令:以镇党委副书记身份写一篇述职报告,语言朴实\n以下内容由 AI 生成\n标题:2033年度述职报告\n"
           "各位领导、同志们:\n一年来,我认真履行职责,各项工作取得新进展。\n一、加强学习\n坚持每周自学。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "2033年度述职报告"
    assert document.text.startswith("标题:2033年度述职报告\n各位领导、同志们:")


def test_a_study_platforms_prompt_to_its_learner_between_the_lectures_parts_goes() -> None:
    raw = ("在全局党员大会上的专题党课\n同志们:\n今天我讲两个问题,和大家一起交流学习体会。\n"
           "一、坚定理想信念\n理想信念是共产党人的精神之钙,必须常补常固。\n"
           "【学习提示】您已连续学习5分钟,继续学习可再获得1积分\n"
           "二、严守纪律规矩\n纪律是党的生命线,必须时刻牢记。\n谢谢大家。\n")
    document = speechparse.parse_text(raw)
    assert "学习提示" not in document.text and "积分" not in document.text
    assert [section.marker for section in document.sections()] == ["一、", "二、"]


@pytest.mark.parametrize("path", ["我的文件夹 / 支部工作 / 2033", "全部笔记 > 工作 > 方案",
                                  "后勤处知识库 / 供暖 / 2033年冬季供暖保障工作的通知全文"])
def test_a_note_apps_path_to_the_file_from_its_owners_root_goes(path: str) -> None:
    cleaned = _generic(f"{path}\n" + _NOTICE_BODY)
    assert cleaned.text.startswith("关于做好冬季供暖保障工作的通知")


def test_a_document_viewers_pager_with_its_page_of_pages_is_a_page_break() -> None:
    raw = ("梧桐县集贸市场管理细则\n第一条 为规范集贸市场管理,制定本细则。\n第二条 市场开办者应当建立\n"
           "上一页 2 / 9 下一页 全屏\n入场经营者档案。\n")
    document = speechparse.parse_text(raw)
    assert "建立入场经营者档案。" in document.text
    assert [removal.rule for removal in document.removed if "全屏" in removal.text] == ["web.pager"]


def test_a_tables_last_row_copied_a_cell_a_line_at_the_texts_end_stays() -> None:
    raw = ("梧桐县农家书屋提升方案\n一、工作目标\n每个行政村建成一个标准化农家书屋。\n附件:任务分工表\n序号\n任务\n"
           "牵头单位\n完成时限\n1\n摸清书屋底数\n县文旅局\n3月底前\n2\n更新书屋图书\n县新华书店\n6月底前\n3\n"
           "健全相关制度\n县委宣传部\n年底前\n")
    assert speechparse.parse_text(raw).text == raw


def test_a_paginated_articles_pager_is_a_page_break_and_the_title_each_page_repeats_goes() -> None:
    raw = ("梧桐县集贸市场管理细则\n第一条 为规范集贸市场管理,制定本细则。\n第二条 市场开办者应当履行下列义务:\n"
           "(一)建立入场经营者档案;\n\n第1页  下一页\n\n梧桐县集贸市场管理细则\n(二)公示市场管理制度;\n"
           "(三)定期开展自查。\n第三条 本细则自发布之日起施行。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "梧桐县集贸市场管理细则"
    assert document.text.count("梧桐县集贸市场管理细则") == 1
    assert "web.pager" in {removal.rule for removal in document.removed}


@pytest.mark.parametrize("lead", ["讲话全文如下:", "好的,为您生成如下讲话稿:", "这是为您写的讲话稿:"])
def test_a_title_of_the_genre_under_a_lead_that_hands_on_the_text_is_no_fields_value(lead: str) -> None:
    raw = f"梧桐新闻网\n首页 > 要闻\n{lead}\n在全镇防汛工作会议上的讲话\n同志们:\n今天召开会议,部署防汛工作。\n"
    assert speechparse.parse_text(raw).title == "在全镇防汛工作会议上的讲话"


def test_a_previews_last_chunk_under_the_sites_watermark_is_the_bodys_though_it_uses_a_sites_word() -> None:
    chunk = ("2、的年轻人还比较少。三、下一步打算1.聚焦产业提质增效。扩大中药材种植规模,争取建设一座初加工车间,"
             "让群众更多分享产业增值收益。2.聚焦民生改善。力争完成村内产业路硬化。我将继续")
    raw = ("个人述职报告.docx - 某文库\n文档预览\n某文库 · 精品文档 仅供参考\n\n"
           "1、述职报告尊敬的各位领导:现将一年来的工作报告如下。一、主要工作一是规范组织生活。二是加强队伍建设。"
           "二、存在的不足一是产业发展还处于起步阶段;二是在培养本土人才方面用力不够,村里留得住\n\n"
           f"某文库 · 精品文档 仅供参考\n\n{chunk}\n\n剩余6页未读,点击继续阅读>>\n下载文档 ¥9.90\n")
    assert "聚焦产业提质增效" in _generic(raw).text


def test_an_office_systems_tabs_with_the_documents_first_end_its_processing_form_above_the_document() -> None:
    raw = ("梧桐县水利局发文稿纸\n文件标题:关于申请防汛物资经费的请示\n主  送:县人民政府\n"
           "办理意见:请办公室按程序报送。——林青 2033-04-09 10:20\n序号\t环节\t办理人\t状态\n1\t拟稿\t王山\t已办结\n"
           "正文  |  附件(2)  |  办理日志  |  打印稿纸\n\n关于申请防汛物资经费的请示\n县人民政府:\n"
           "为做好今年防汛工作,现就申请防汛物资经费有关事项请示如下。\n妥否,请批示。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "关于申请防汛物资经费的请示"
    assert document.text.startswith("关于申请防汛物资经费的请示\n县人民政府:")


@pytest.mark.parametrize("head", [
    "安全生产工作群(58)\n群公告\n确认收到(43)  提醒未读成员\n",  # a work chat's group notice and who has read it
    "在列表「审核中」中\n标签  高优先级\n创建了此卡片\n",  # a task board's card
    "智能摘要\n待办事项(AI识别)\n",  # a meeting tool's summary
])
def test_a_collaboration_tools_own_words_above_the_document_go(head: str) -> None:
    assert _generic(head + _NOTICE_BODY).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


@pytest.mark.parametrize("after", [
    "\n---\n\n以上这份讲话稿基本能用~ 要不要我顺手再配一份主持词?\n",  # words no phrase list knows, then a disclaimer
    "\n保留    弃用    重写    续写\n",  # a writing tool's buttons
])
def test_what_follows_the_documents_end_down_to_an_assistants_words_to_the_user_goes(after: str) -> None:
    raw = _SPEECH + "2033年10月9日\n" + after + "内容由AI生成,请仔细甄别\n"
    assert speechparse.parse_text(raw).text.rstrip("\n").endswith("谢谢大家!\n2033年10月9日")


@pytest.mark.parametrize("estimate", ["📌本文约2600字,阅读约7分钟", "阅读时间:5分钟"])
def test_a_reading_apps_estimate_of_the_time_a_page_takes_goes(estimate: str) -> None:
    assert estimate not in _generic(f"{estimate}\n" + _NOTICE_BODY).text


@pytest.mark.parametrize("banner", [
    "这是 某搜 对 http://www.example.org/a/1.html 的缓存。这是该网页在 2031年3月2日 08:00:00 GMT 的快照。"
    "当前页在此期间可能已经更改。了解详情\n完整版本　纯文字版本　查看源代码\n"
    "提示:要在此页面上快速找到您的搜索字词,请按 Ctrl+F,然后使用查找栏搜索。\n某搜和网页的作者无关,不对其内容负责。\n",
    "某搜快照\n您查询的关键词仅在网页标题或者指向此网页的链接中出现。\n"
    "某搜和网页 http://www.example.org/a/1.html 的作者无关,不对其内容负责。某搜快照谨为网络故障时之索引,"
    "不代表被搜索网站的即时页面。\n",
])
def test_a_search_engines_cached_copy_banner_goes_sentences_and_all(banner: str) -> None:
    body = "关于做好冬季供暖工作的通知\n各街道:\n请提前检修管网,确保按时供暖。\n"
    assert _generic(banner + body).text == body


def test_an_accounts_credits_and_its_list_of_past_posts_under_a_hashed_label_go_headlines_and_all() -> None:
    body = "在全镇春季防火工作会议上的讲话\n同志们:\n今年春季防火形势严峻,各村要压实责任。让我们共同守护青山绿水!\n"
    tail = ("文字丨镇应急办 某某\n图片丨镇融媒体中心 某某\n编辑丨某某\n# 往期回顾 #\n某某镇召开春耕生产推进会\n"
            "春季出行提示|这些地方不能用火!\n微信扫一扫\n关注该公众号\n")
    assert _generic(body + tail).text.rstrip("\n") == body.rstrip("\n")


def test_the_tail_reads_on_up_over_a_rule_the_webs_shapes_took_to_the_links_above_it() -> None:
    body = "在全行经营工作会议上的讲话\n同志们:\n今天召开经营工作会议,一是抓存款,二是抓贷款。\n谢谢大家!\n"
    tail = ("上一条:关于开展反诈宣传活动的通知\n下一条:城西支行召开案防工作例会\n" + "-" * 40 + "\n"
            "内部资料 注意保密 | 主办:某某银行办公室 | 技术支持:信息科技部\n")
    assert _generic(body + tail).text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("header", ["某某区税务局党委办公室\t\t\t\t内部材料　注意保存", "【内部资料　注意保存】"])
def test_a_word_files_page_header_marking_the_paper_internal_goes(header: str) -> None:
    body = "在全局党风廉政建设工作会议上的讲话\n同志们:\n今天召开全局党风廉政建设工作会议。\n"
    assert _generic(f"{header}\n{body}").text == body


def test_a_word_files_printed_markup_goes_anchors_comments_balloons_and_its_bar() -> None:
    raw = ("显示标记:所有标记 ▼ 审阅窗格\n年度述职报告\n一、履职尽责\n出席会议的有某某同志[陈1],以及班子成员。\n"
           "带格式的: 字体: (默认) 仿宋_GB2312, 三号\n全年实施项目37个。\n删除的内容: 圆满\n"
           "二、严于律己\n全年下乡调研82天。\n批注 [陈1]: 某某能否出席还没定。\n批注 [陈1R1]: 已确认出席。\n")
    assert _generic(raw).text.rstrip("\n") == ("年度述职报告\n一、履职尽责\n出席会议的有某某同志,以及班子成员。\n"
                                               "全年实施项目37个。\n二、严于律己\n全年下乡调研82天。")


def test_the_message_a_reply_quotes_under_it_goes_the_reply_is_the_document() -> None:
    reply = ("某某县数字乡村试点实施方案\n一、总体要求\n坚持农业农村优先发展,统筹推进数字乡村建设。\n"
             "二、保障措施\n加强组织领导,落实工作责任,确保试点按期完成。\n")
    quoted = ("------------------ 原始邮件 ------------------\n主题: 方案修改意见\n\n某某:\n初稿看了,提几点意见:\n"
              "1. 工作目标要量化;\n2. 时间节点要对应。\n")
    assert _generic(reply + "\n" + quoted).text.rstrip("\n") == reply.rstrip("\n")


def test_a_mail_servers_disclaimer_under_the_message_goes_every_sentence_of_it() -> None:
    body = "关于做好春耕生产的通知\n各村:\n请在月底前完成春耕备耕工作。\n某某镇人民政府\n"
    disclaimer = ("*" * 40 + "\n本邮件及其附件含有保密信息,仅限于发送给上面地址中列出的个人或群组。"
                  "如果您错收了本邮件,请您立即电话或邮件通知发件人并删除本邮件!\n" + "*" * 40 + "\n")
    assert _generic(body + "\n" + disclaimer).text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("after", ["\n", ""])
def test_a_list_of_links_a_page_sets_inside_the_body_goes_titles_and_all(after: str) -> None:
    raw = ("村党支部书记述职报告\n一、抓班子带队伍\n今年以来,我坚持把班子建设放在首位。\n\n相关推荐:\n"
           f"某某村书记抓党建述职报告2031\n社区书记个人述职报告范文\n{after}二、抓发展促增收\n村集体经济收入达到十五万元。\n")
    assert _generic(raw).text.replace("\n\n", "\n") == (
        "村党支部书记述职报告\n一、抓班子带队伍\n今年以来,我坚持把班子建设放在首位。\n二、抓发展促增收\n村集体经济收入达到十五万元。\n")


def test_a_blog_pages_browser_title_over_the_post_goes() -> None:
    title = "读某某有感:信仰的力量"
    raw = f"{title}_山月的博客_某某博客\n{title}\n最近重读了这部小说,书中人物深深打动了我。\n1.信仰是穿越黑暗的光\n"
    assert _generic(raw).text.startswith(f"{title}\n最近")


def test_a_body_run_together_with_the_lead_that_hands_it_on_is_no_notice_and_stays() -> None:
    raw = ("关于开展消防安全检查的通知\n2031-05-08 来源:县应急管理局\n"
           "近日,县应急管理局部署开展消防安全检查。通知全文如下。 一、检查时间。5月10日至20日。"
           " 二、检查内容。重点检查人员密集场所。\n"
           "责任编辑:某某\n")
    assert "一、检查时间。5月10日至20日。 二、检查内容。" in _generic(raw).text


def test_a_pages_lead_that_names_the_full_text_as_following_goes() -> None:
    body = "在全行工作会议上的讲话\n同志们:\n这次会议的主要任务是总结去年工作,部署今年任务。\n"
    assert _generic("以下为讲话全文(有删节,部分数据已作处理):\n" + body).text == body


@pytest.mark.parametrize("line", ["点击播报本文,约需11分钟", "智能问答", "热门问题", "换一换", "请输入您想咨询的问题"])
def test_a_portals_reader_aloud_prompt_and_its_chatbots_words_are_furniture(line: str) -> None:
    body = "在全区安全生产工作会议上的讲话\n同志们:\n今天召开会议,部署今年安全生产工作。\n"
    assert line not in _generic(f"{line}\n{body}").text


def test_replies_under_a_first_post_whose_header_was_not_copied_go_and_head_no_points() -> None:
    post = ("在全市人才工作座谈会上的讲话\n同志们:\n下面,我谈两个问题。\n第一个问题:怎么看当前的人才工作\n"
            "人才工作取得了积极成效。\n第二个问题:怎样提供保障\n一是强化政策保障。二是强化服务保障。\n")
    thread = ("收藏收藏 转播转播 分享分享 分享淘帖\n\n某网友\n发表于 2031-9-22 08:03:51 | 只看该作者\n板凳\n"
              "谢谢楼主分享。一是结构清楚,二是语言朴实,值得学习。\n")
    document = speechparse.parse_text(post + thread)
    assert "谢谢楼主" not in document.text and "收藏收藏" not in document.text
    leads = [point.lead for _, point in document.walk() if isinstance(point, speechparse.Point)]
    assert leads == ["强化政策保障", "强化服务保障"]


def test_a_documents_date_alone_on_its_last_page_between_page_numbers_stays() -> None:
    raw = ("关于开展植树造林活动的实施方案\n为推进国土绿化,制定本方案。\n一、工作目标\n全年完成植树造林三千亩。\n"
           "\n1 / 3\n\n"
           "二、组织领导\n局成立活动领导小组,由局长任组长。\n\n2 / 3\n\n　　　　　　　　2031年3月1日\n\n3 / 3\n")
    assert _generic(raw).text.rstrip("\n").endswith("由局长任组长。\n2031年3月1日")


def test_a_sites_plea_glued_after_a_paragraphs_last_sentence_and_its_tag_line_go() -> None:
    raw = ("局长述职述责述廉报告\n各位领导、同志们:\n一、坚持政治引领\n"
           "全年未发生违反政治纪律的问题,筑牢了安全底线。 更多精彩范文请访问某某文库\n"
           "二、严守纪律规矩\n以上报告,请批评指正。\n【本文标签】述职报告 自然资源局\n")
    text = _generic(raw).text
    assert "更多精彩" not in text and "本文标签" not in text and "筑牢了安全底线。" in text


@pytest.mark.parametrize("glued", ["更多读书心得请访问某某书屋心得栏目。",
                                   "本文地址:www.example.org/xinde/2031_77.html",
                                   "(关键词:读书心得 学习体会 读书班发言)"])
def test_a_sites_words_glued_after_a_paragraphs_last_sentence_go(glued: str) -> None:
    raw = f"读书班学习心得\n这次读书班让我受益匪浅,收获很大。{glued}\n一、读原著\n原著是源头。\n"
    text = _generic(raw).text
    assert glued not in text and "收获很大。\n一、读原著" in text


def test_a_sites_tag_of_its_name_and_column_and_a_related_links_line_go() -> None:
    raw = ("在全镇春耕工作会议上的讲话\n【某某公文网 - 领导讲话】\n同志们:\n今天我们开个会。\n"
           "相关推荐:春耕生产动员讲话(最新版)  农业工作会议讲话稿\n一、抓好备耕\n备足种子化肥。\n")
    text = _generic(raw).text
    assert "公文网" not in text and "相关推荐" not in text and "同志们:\n今天我们开个会。\n一、抓好备耕" in text


def test_a_plans_reading_list_that_ends_a_sentence_stays() -> None:
    raw = ("读书班方案\n一、学习内容\n推荐阅读:《乡土中国》《红星照耀中国》等书目,每月集中学习一次。\n"
           "二、学习方式\n集中学习。\n")
    assert "推荐阅读:《乡土中国》" in _generic(raw).text


def test_a_long_mail_disclaimer_goes_every_sentence_of_it() -> None:
    body = "关于生态环境保护工作情况的汇报\n一、主要工作进展\n全市空气质量优良天数比例稳步提升。\n"
    disclaimer = ("本邮件及其附件可能含有保密信息,仅限于发送给上面地址中列出的个人或群组。"
                  "禁止任何其他人以任何形式使用本邮件中的信息。"
                  "如果您错收了本邮件,请您立即通知发件人并删除本邮件!\n")
    assert _generic(body + "\n" + disclaimer).text.rstrip("\n") == body.rstrip("\n")


def test_a_portals_last_line_naming_the_site_and_who_runs_it_ends_the_tail() -> None:
    text = ("北林县农业农村局2031年工作要点\n一、稳定粮食生产\n全年粮食播种面积稳定在四十万亩以上。\n"
            "二、发展特色产业\n扩大茶叶种植面积,培育区域品牌。\n【打印本页】 【关闭窗口】\n"
            "上一篇:北林县农业农村局年度总结\n下一篇:关于开展春季动物防疫的通知\n"
            "北林县人民政府网 主办:北林县人民政府办公室\n")
    cleaned = clean(text).text
    assert cleaned.rstrip().endswith("培育区域品牌。")


def test_an_events_organiser_named_in_the_body_is_kept() -> None:
    text = ("关于举办全县农民丰收节的通知\n一、活动时间\n九月二十三日上午。\n二、组织单位\n主办单位:北林县农业农村局\n"
            "承办单位:北林县茶叶协会\n三、活动内容\n开展农产品展销和农技咨询。\n")
    assert "主办单位:北林县农业农村局" in clean(text).text


def test_an_accounts_list_of_past_posts_and_its_pleas_under_the_body_go_with_the_tail() -> None:
    text = ("北林先锋\n守初心 担使命\n同志们:\n今天和大家交流三点体会。\n一、学思想\n要读原著、悟原理。\n"
            "以上是我的一些体会。\n来源:北林镇党委\n▼往期推荐\n北林镇召开三季度经济形势分析会\n"
            "【学习】“三抓三促”进行时:北林镇开展主题党日活动\n长按识别二维码\n关注“北林先锋”\n阅读原文\n"
            "喜欢此内容的人还喜欢\n分享 收藏 点赞 在看\n")
    cleaned = clean(text).text
    assert cleaned.rstrip().endswith("以上是我的一些体会。")


def test_a_wikis_path_over_the_title_is_navigation_and_joins_no_title() -> None:
    text = ("页面 / 主页 / 工作方案 / 2031年\n北林学院青年教师导师制实施方案\n为加强青年教师培养,制定本方案。\n"
            "一、总体要求\n坚持立德树人。\n二、主要任务\n做好导师遴选。\n")
    doc = speechparse.parse_text(text)
    assert doc.title == "北林学院青年教师导师制实施方案"
    assert "主页" not in doc.text



def test_an_essay_librarys_page_counts_and_rating_question_go() -> None:
    text = ("北林镇政府工作报告\n各位代表:\n一、工作回顾\n(一)农业稳中向好。新建高标准农田三千亩。\n"
            "本文共2页,当前第1页\n(二)项目提速增效。全年实施重点项目十个。\n本文共2页,当前第2页\n这篇文章对你有帮助吗?\n")
    cleaned = clean(text).text
    assert "当前第" not in cleaned and "有帮助吗" not in cleaned
    assert "新建高标准农田三千亩。\n(二)项目提速增效。" in cleaned


def test_a_recordings_chapter_list_under_its_label_goes() -> None:
    text = ("第12期|乡村振兴大家谈\n【时间轴】\n00:00 开场\n05:10 一、产业兴旺是基础\n12:40 二、人才振兴是关键\n"
            "文字稿\n[00:00] 主持人:欢迎收听本期节目,今天请来了北林镇的党委书记。\n"
            "[05:10] 一、产业兴旺是基础\n我们镇这几年种茶、养蜂,带动了三百多户群众增收。\n"
            "[12:40] 二、人才振兴是关键\n我们从外面请回来二十多个大学生,让他们当上了致富带头人。\n")
    cleaned = clean(text).text
    assert "时间轴" not in cleaned and "开场" not in cleaned
    assert cleaned.count("一、产业兴旺是基础") == 1 and cleaned.count("二、人才振兴是关键") == 1


def test_a_repost_notice_and_related_headlines_that_ask_questions_go_with_the_tail() -> None:
    text = ("关于全市农贸市场整治情况的报告\n一、基本情况\n全市共有农贸市场四十二家。\n二、下一步打算\n"
            "要压实属地责任。\n以上报告,请予审议。\n声明:本文转载自北林人大网,仅供学习交流,如有侵权请联系删除。\n"
            "相关推荐:\n农贸市场摊位费谁来定?\n市场占道经营怎么管?律师解读\n")
    assert clean(text).text.rstrip().endswith("以上报告,请予审议。")


def test_a_librarys_like_pieces_under_their_label_and_its_more_link_go() -> None:
    text = ("在全市审判工作推进会上的讲话\n同志们:\n一、正视问题\n结案率偏低。\n二、突出重点\n要提升质效。\n"
            "同志们,希望大家真抓实干!\n0条评论\n类似文章 更多\n基层法院院长在推进会上的讲话\n"
            "关于加强案件清理工作的意见\n联系客服 | 关于我们 | 隐私政策\n")
    assert clean(text).text.rstrip().endswith("同志们,希望大家真抓实干!")


def test_a_reposting_sites_box_between_paragraphs_with_its_call_to_act_goes() -> None:
    text = ("关于物业管理条例实施情况的报告\n一、存在的问题\n部分小区物业服务不到位。\n"
            "【法务提示】物业费纠纷怎么处理?专业团队一对一解答,点击立即咨询>>\n二、意见和建议\n要压实监管责任。\n")
    cleaned = clean(text).text
    assert "点击立即咨询" not in cleaned and "部分小区物业服务不到位。\n二、意见和建议" in cleaned


def test_a_bracketed_note_of_the_document_itself_stays() -> None:
    text = "关于做好汛期安全工作的通知\n【温馨提醒】汛期请勿在河道游泳、垂钓。\n一、压实责任\n各村要落实巡查。\n"
    assert "【温馨提醒】汛期请勿在河道游泳、垂钓。" in clean(text).text


def test_a_firms_name_in_capitals_and_its_business_hotline_above_a_repost_go() -> None:
    text = ("BEILIN LAW FIRM\n首页 律所简介 业务领域 联系我们\n全国免费咨询热线:400-123-4567\n"
            "关于物业管理条例实施情况的报告\n一、存在的问题\n部分小区物业服务不到位。\n二、意见和建议\n要压实监管责任。\n")
    cleaned = clean(text).text
    assert cleaned.startswith("关于物业管理条例实施情况的报告")


def test_a_notices_own_contact_line_is_no_hotline() -> None:
    text = ("关于开展消费维权宣传的通知\n一、活动安排\n三月十五日在广场设点。\n二、联系方式\n"
            "咨询热线:0571-87654321\n")
    assert "咨询热线:0571-87654321" in clean(text).text


def test_an_e_papers_masthead_and_its_issue_date_with_the_weekday_go() -> None:
    text = ("北林日报数字报\n2031年03月12日 星期三\n北林市人民代表大会常务委员会工作报告\n各位代表:\n"
            "现在,我代表市人大常委会向大会报告工作,请予审议。\n一、坚持党的领导\n常委会认真落实各项制度。\n")
    assert clean(text).text.startswith("北林市人民代表大会常务委员会工作报告")


@pytest.mark.parametrize("body", ["你街道", "你中心", "你支部", "你协会"])
def test_a_reply_addressing_the_body_that_asked_keeps_its_head(body: str) -> None:
    text = (f"北林区人民政府关于同意调整社区规模的批复\n城关街道办事处:\n{body}《关于调整社区规模的请示》收悉。"
            "经研究,现批复如下:\n一、同意合并设立新社区。\n二、新社区组织依法选举产生。\n此复。\n")
    assert clean(text).text.startswith("北林区人民政府关于同意调整社区规模的批复")


def test_a_long_text_message_split_into_signed_segments_is_read_as_one_notice() -> None:
    first = "【北林区纪委监委】(1/2)关于做好节日期间廉洁自律工作的通知 各单位:现就有关事项通知如下。严禁违规发放津补\n"
    second = "【北林区纪委监委】(2/2)贴或福利。请各单位认真落实。北林区纪委监委 2031年2月5日 拒收请回复R\n"
    text = first + second
    cleaned = clean(text).text
    assert "违规发放津补贴或福利。" in cleaned
    assert "(1/2)" not in cleaned and "拒收请回复R" not in cleaned


def test_a_note_apps_count_line_tags_and_signature_go() -> None:
    text = ("北林县表彰大会主持词\n6月25日 上午9:18 | 412字\n#工作 #七一\n同志们:\n今天我们隆重集会。\n会议结束,散会!\n"
            "来自「随手记便签」\n")
    cleaned = clean(text).text
    assert cleaned.startswith("北林县表彰大会主持词\n同志们:") and cleaned.rstrip().endswith("会议结束,散会!")


def test_a_shared_files_link_prompt_goes_with_its_link() -> None:
    text = ("北林镇垃圾分类实施方案.docx\nhttps://docs.example.cn/l/aB3dE 点击链接查看完整文档\n"
            "北林镇垃圾分类实施方案\n一、总体要求\n全面推进生活垃圾分类。\n")
    assert speechparse.parse_text(text).title == "北林镇垃圾分类实施方案"


def test_a_line_labelled_as_an_advertisement_goes_from_the_body() -> None:
    text = ("在全市招商大会上的讲话\n同志们:\n一、优化服务\n要深化改革。\n"
            "【广告】北林农商银行“惠企贷”上线啦!纯信用,最快当天放款,详询96500\n二、强化保障\n要用好资金池。\n")
    cleaned = clean(text).text
    assert "惠企贷" not in cleaned and "要深化改革。\n二、强化保障" in cleaned


def test_a_sites_editors_note_labelled_in_brackets_goes() -> None:
    text = ("赓续红色血脉\n——北林县委书记在专题党课上的讲稿\n"
            "【编者按】本网开设“党课开讲”栏目,本期刊发这篇讲稿,供学习参考。\n同志们:\n今天和大家交流三点体会。\n")
    assert "编者按" not in clean(text).text


def test_a_self_media_posts_tail_of_pleas_and_disclaimers_goes() -> None:
    text = ("在全市企业家座谈会上的讲话\n同志们:\n希望大家扎根北林、深耕北林!\n谢谢大家!\n"
            "声明:本文来源于北林日报,版权归原作者所有,如涉及版权问题,请联系我们删除。\n点个“在看”,分享给更多朋友\n"
            "本文为某某号作者上传,不代表某某资讯立场。\n返回某某资讯,查看更多\n")
    assert clean(text).text.rstrip().endswith("谢谢大家!")


def test_a_video_pages_channel_its_follower_count_its_description_and_its_transcript_button_go() -> None:
    text = ("【现场】全镇防汛工作会议召开\n2.6万播放 · 2031-06-03 10:20\n点赞 120  收藏 35  分享 8\n"
            "石桥镇融媒体中心\n关注 1.2万\n简介:6月3日,全镇召开防汛工作会议,部署今年防汛工作。\n"
            "同志们,今天召开全镇防汛工作会议,部署今年的防汛工作。\n各村要压实责任,确保安全度汛。\n好,我就讲这些。\n"
            "收起文稿\n")
    cleaned = clean(text).text
    assert "融媒体中心" not in cleaned and "关注" not in cleaned and "简介" not in cleaned and "收起" not in cleaned
    assert "同志们,今天召开全镇防汛工作会议,部署今年的防汛工作。\n各村要压实责任,确保安全度汛。\n好,我就讲这些。" \
        in cleaned


def test_a_short_video_pages_topics_counts_chapters_transcript_label_machine_note_and_comments_go() -> None:
    lines = ["各位来宾,朋友们:", "大家上午好!", "欢迎大家来到石桥镇,感受山水之美。", "我们诚挚邀请各位常来石桥。",
             "谢谢大家!"]
    transcript = "".join(f"00:{second:02d}\n{line}\n" for second, line in zip(range(0, 50, 10), lines, strict=True))
    text = ("镇长推介石桥|在石桥文旅推介会上的致辞,全程脱稿!#石桥 #文旅推介 #周末去哪\n"
            "发布时间:2031-04-02 18:20\n1.2万  356  4.1万  890\n点赞  评论  收藏  分享\n"
            "章节要点(AI生成)\n00:00 开场问候\n00:35 第一:看山水\n01:50 诚挚邀请\n文字稿\n" + transcript
            + "(以上文字由平台自动识别生成,可能存在误差)\n全部评论(356)  最热 ▼\n山里人家\n讲得真好,五一就去!\n"
            "4-02 · 浙江  回复  88\n")
    cleaned = clean(text).text
    assert cleaned.rstrip("\n") == "镇长推介石桥|在石桥文旅推介会上的致辞,全程脱稿!\n" + "\n".join(lines)


def test_a_qa_pages_buttons_counts_vote_and_the_comments_under_its_count_go() -> None:
    answer = ("谢邀。写这类讲话要抓三条:形势、任务、责任。\n在全镇防汛工作会议上的讲话\n同志们:\n"
              "今年汛期来得早,各村要压实责任。\n")
    text = ("全镇防汛会议讲话稿怎么写?\n关注问题\n添加评论\n关注者\n" + answer + "赞同 1286\n56 条评论\n默认\n最新\n"
            "山里人家\n感谢分享,正好用得上!\n回复 山里人家\n不客气\n")
    cleaned = clean(text).text
    assert "关注问题" not in cleaned and "添加评论" not in cleaned and "关注者" not in cleaned
    assert cleaned.rstrip("\n").endswith("今年汛期来得早,各村要压实责任。")


@pytest.mark.parametrize("quote", ["", "> "])
def test_a_mails_signature_under_its_rule_goes_and_a_notices_own_contact_line_stays(quote: str) -> None:
    notice = ("关于开展汛前检查的通知\n各中队:\n为做好今年防汛工作,确保安全度汛,请各中队于5月20日前完成辖区汛前检查。\n"
              "联系人:李某,电话:1234 5678\n石桥镇应急办\n2031年5月13日\n")
    signature = "————————————————\n石桥镇应急办综合科\n地址:石桥镇河滨路8号 邮编:123456\n"
    text = "发件人:李某 <li@example.cn>\n收件人:各中队\n\n" + "".join(quote + line + "\n"
                                                               for line in (notice + signature).splitlines())
    cleaned = speechparse.parse_text(text).text
    assert "地址" not in cleaned and "————" not in cleaned
    assert "联系人:李某,电话:1234 5678" in cleaned and cleaned.rstrip("\n").endswith("2031年5月13日")


def test_a_sharing_sites_notice_that_it_removes_what_infringes_a_right_goes_with_its_tail() -> None:
    text = ("在全市政协工作会议上的讲话\n同志们:\n希望大家履职尽责、建言献策!\n谢谢大家!\n"
            "本页文字收集自互联网,若侵犯您的权利,请告知。\n")
    assert clean(text).text.rstrip().endswith("谢谢大家!")


@pytest.mark.parametrize("line", ["原文地址:党课讲稿:汲取奋进力量作者:山月",
                                  "以下为文本预览(可能存在格式丢失,下载后查看完整版)"])
def test_a_reposts_pointer_or_a_previews_notice_above_the_title_goes(line: str) -> None:
    text = f"{line}\n从“三牛”精神中汲取奋进力量\n同志们:\n今年是我们党成立一百周年。\n"
    assert clean(text).text.startswith("从“三牛”精神中汲取奋进力量")


def test_a_page_count_with_its_pager_goes() -> None:
    text = ("表彰大会主持词\n同志们:\n下面进行第二项:宣读表彰决定。\n本文共2页,当前第1页:[1] [2] 下一页\n"
            "大会进行第三项:颁奖。\n")
    assert "下一页" not in clean(text).text


def test_a_forum_posters_card_and_the_reply_button_go() -> None:
    text = ("北林论坛 - 机关写作交流社区\n切换到窄版\n查看: 2356|回复: 18\n笔杆子老周\n当前离线\n积分\n3120\n"
            "帖子 488 主题 37 精华 2\n楼主\n发表于 2031-10-12 22:41 | 只看该作者 | 倒序浏览\n在读书班上的研讨发言\n"
            "按照读书班安排,我谈几点体会。\n以上发言,不妥之处请批评指正。\n回复\n")
    cleaned = clean(text).text
    assert cleaned.startswith("在读书班上的研讨发言") and cleaned.rstrip().endswith("请批评指正。")


def test_an_oa_systems_attachment_list_and_reviewers_comments_under_the_document_go() -> None:
    text = ("北林开发区管委会关于加快产业发展的若干意见\n各部门:\n一、总体要求\n坚持创新引领。\n北林开发区管委会\n"
            "2031年6月12日\n附件列表:\n若干意见(送审稿).docx 45.2KB [下载] [预览]\n办理意见:\n"
            "经济发展局 周某(06-10 17:05):同意报核稿。\n财政局 王某(06-11 09:03):同意。\n[打印] [关闭] [返回列表]\n")
    assert clean(text).text.rstrip().endswith("2031年6月12日")


def test_a_plea_to_follow_pointing_at_what_it_offers_goes_from_the_body() -> None:
    text = ("在全县招商大会上的讲话\n同志们:\n一、正视差距\n我们还有不小的差距。\n"
            "点击关注「北林发布」,第一时间获取县域权威资讯👇\n二、聚焦重点\n要深化改革。\n")
    cleaned = clean(text).text
    assert "点击关注" not in cleaned and "我们还有不小的差距。\n二、聚焦重点" in cleaned


def test_a_disclosure_pages_name_row_and_header_go() -> None:
    text = ("北林区人民政府  政府信息公开\n【信息名称】北林区水利局年度工作总结\n【索 引 号】002519471/2031-01203\n"
            "【发布机构】北林区水利局\n北林区水利局年度工作总结\n一、工作开展情况\n全年完成堤防加固十四公里。\n")
    assert clean(text).text.startswith("北林区水利局年度工作总结\n一、")


def test_an_online_documents_bar_and_summary_box_go() -> None:
    text = ("汛前大检查通知(定稿)\n只读\n3 人正在查看\n"
            "AI 摘要:本文件通知全县开展汛前大检查。摘要由 AI 生成,仅供参考。\n关于开展汛前安全生产大检查的通知\n"
            "各乡镇人民政府:\n一、检查范围\n全县所有生产经营单位。\n"
            "北林县安委办\n2031年4月8日\n仅可阅读,如需编辑请联系文档所有者\n申请编辑权限\n")
    cleaned = clean(text).text
    assert "正在查看" not in cleaned and "摘要" not in cleaned and cleaned.rstrip().endswith("2031年4月8日")


def test_a_wiki_pages_tree_tools_metadata_links_and_likes_go() -> None:
    text = ("空间目录\n页面树\n主页\n工作方案\n空间工具\n北林学院青年教师导师制实施方案\n跳到元数据结尾\n"
            "由 陈某创建, 最后修改于 四月 02, 2031\n转至元数据起始\n为加强青年教师培养,制定本方案。\n一、总体要求\n"
            "坚持立德树人。\n附件 (1)\n标签\n喜欢\n成为第一个赞同者\n")
    cleaned = clean(text).text
    assert "元数据" not in cleaned and "创建" not in cleaned and cleaned.rstrip().endswith("坚持立德树人。")


def test_a_bodys_reply_to_a_message_is_no_assistant_handing_over_a_draft() -> None:
    text = ("咨询公益性岗位补贴问题\n网友您好!收到您的留言后,我局立即进行了核实,现将有关情况答复如下:\n"
            "一、关于补贴发放\n补贴资金已足额发放,请您注意查收。\n二、关于岗位考核\n考核由村提出初步意见。\n")
    assert clean(text).text.startswith("咨询公益性岗位补贴问题\n网友您好!")


def test_a_journals_serial_numbers_and_its_citation_note_go() -> None:
    text = ("以调查研究推动工作落实的几点体会\n王某\nISSN 2096-7XXX CN 53-1XXX/D\n"
            "引用本文:王某. 以调查研究推动工作落实的几点体会[J]. 某某研究, 2031, 12(3): 45-51.\n"
            "调查研究是我们党的传家宝。\n一、要在“真”字上下功夫\n调研要深入。\n")
    doc = speechparse.parse_text(text)
    assert "ISSN" not in doc.text and "引用本文" not in doc.text and doc.placeholders == ()


def test_a_templates_numbered_usage_notes_under_their_label_go() -> None:
    text = ("【模板使用说明】\n1.本模板适用于召开全县性工作会议的通知。\n2.XX处请填写具体内容。\n"
            "北林县人民政府办公室关于召开全县安全生产工作会议的通知\n各乡镇人民政府:\n一、会议时间\n20XX年X月X日上午。\n")
    doc = speechparse.parse_text(text)
    assert doc.title == "北林县人民政府办公室关于召开全县安全生产工作会议的通知"
    assert [section.marker for section in doc.sections()] == ["一、"]


def test_a_message_boards_rating_and_related_letters_under_the_reply_go() -> None:
    text = ("关于小区停车难问题的回复\n尊敬的网友:\n您好!经我局核查,将在小区周边增划停车位八十个。\n北林市城市管理局\n"
            "2031年4月2日\n满意度评价:\n网友评价内容:车位已经划好了,谢谢!\n评价时间:2031-04-19 08:02\n相关留言\n"
            "·咨询小区充电桩安装问题\n")
    assert clean(text).text.rstrip().endswith("2031年4月2日")


def test_a_blog_engines_share_bar_and_related_posts_go_and_its_x_is_no_blank() -> None:
    text = ("北林侨社新春联欢晚会主持词\n(女)尊敬的各位来宾:\n(男)金龙贺岁,万象更新。今晚我们欢聚一堂,共迎新春。\n"
            "(女)首先,请欣赏舞蹈《盛世欢歌》。\n(男)其次,请欣赏大合唱《我的祖国》。\n(合)晚会到此结束,谢谢大家!\n"
            "Share this:\nFacebook\nX\nWeChat\nRelated\n理事会举行就职典礼\nSeptember 2, 2031\n")
    doc = speechparse.parse_text(text)
    assert doc.text.rstrip().endswith("谢谢大家!") and doc.placeholders == ()


def test_a_running_header_under_a_viewers_page_label_goes_and_the_sentence_rejoins() -> None:
    header = "北林县十二届人大五次会议文件(1)"
    text = ("政府工作报告\n各位代表:\n现在,我代表县人民政府向大会作工作报告,请予审议,\n"
            f"并请县政协委员提出意见。一年来,全县\n— 1 —\n【第2页】\n{header}\n"
            "各族人民团结一致,较好地完成了各项任务。\n今年的主要任务是,坚持以经济建设为中心,进一步\n"
            f"— 2 —\n【第3页】\n{header}\n深化改革,扩大开放,促进经济持续健康发展。\n— 3 —\n")
    cleaned = clean(text).text
    assert "会议文件" not in cleaned and "一年来,全县各族人民团结一致" in cleaned


def test_a_crawlers_record_fields_and_a_two_part_breadcrumb_above_the_page_go() -> None:
    text = ("source_url: http://example.gov.cn/zcfg/202311/t20231120_88213.html\n"
            "fetched_at: 2031-06-02T13:22:10+08:00\nhttp_status: 200\n政策法规 > 县级政策\n"
            "北林县小额工程项目交易管理办法\n第一章 总则\n"
            "第一条 为规范交易活动,制定本办法。\n")
    assert clean(text).text.startswith("北林县小额工程项目交易管理办法")


def test_a_news_apps_headline_naming_the_speaker_and_its_lead_above_the_speech_go() -> None:
    text = ("北林发布\n周某在全县三级干部大会上的讲话\n1月8日,全县三级干部大会召开,县委书记周某出席会议并讲话。"
            "现将讲话全文刊发如下。\n在全县三级干部大会上的讲话\n(2031年1月8日)\n周某\n同志们:\n下面,我讲两点意见。\n"
            "一、正确看待成绩\n全县经济运行总体回稳向好。\n")
    assert clean(text).text.startswith("在全县三级干部大会上的讲话")


def test_a_columnists_comment_labelled_in_brackets_under_the_speech_goes() -> None:
    text = ("在全市青年干部座谈会上的讲话\n同志们:\n希望大家珍惜韶华、不负时代!\n谢谢大家!\n"
            "【老墨点评】这篇讲话好在哪里?一是结构清楚;二是有“我”在里面;三是话说得实。\n")
    doc = speechparse.parse_text(text)
    assert doc.text.rstrip().endswith("谢谢大家!") and list(doc.points()) == []


def test_a_paid_previews_end_set_off_by_rules_and_the_offers_under_it_go_to_the_end() -> None:
    raw = ("读书班学习心得体会\n这次读书班让我受益匪浅,收获很大。一是要读原著;二是要悟原理;三是要\n"
           "—— 试读结束,剩余2100字 ——\n开通VIP,全站材料免费下载  【立即开通】\n或 单篇购买 ¥19.00  【购买本篇】\n"
           "同类精品推荐:\n1、青年干部读书班心得体会(3200字)\n2、理论学习中心组研讨发言(2800字)\n")
    cleaned = clean(raw)
    assert cleaned.text.rstrip("\n").endswith("三是要") and cleaned.meta.truncated
    assert "精品推荐" not in cleaned.text and "购买" not in cleaned.text


def test_a_sample_text_set_out_under_its_label_is_the_document_and_the_lesson_around_it_goes() -> None:
    raw = ("申论真题解析\n【题目】\n假如你是某县县长,请根据给定资料写一篇讲话稿。要求:(1)观点明确;(2)不超过1000字。\n"
           "【参考范文】\n在全县秋粮收购工作会议上的讲话\n同志们:\n今天召开会议,部署秋粮收购工作。\n"
           "一、提高认识\n秋粮收购事关农民增收。\n【解题思路】\n1.身份意识。以县长身份讲话。\n2.结构意识。总分总。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全县秋粮收购工作会议上的讲话"
    assert document.text == ("在全县秋粮收购工作会议上的讲话\n同志们:\n今天召开会议,部署秋粮收购工作。\n"
                             "一、提高认识\n秋粮收购事关农民增收。")


@pytest.mark.parametrize("labels", ["视频文稿\n以下内容由AI根据视频语音自动生成", "字幕列表", "以下为视频文字稿:"])
def test_a_video_page_s_caption_card_and_counts_over_its_transcript_label_go(labels: str) -> None:
    raw = ("山前县召开秋收动员会,县长讲了三件事,字字实在👍\n@山前融媒\n粉丝3.1万 · 获赞12万\n2031-09-08 19:06\n"
           f"1.2万\n487\n356\n{labels}\n同志们,今天召开全县秋收工作动员会,部署秋收秋种工作。\n"
           "一、抓紧抢收\n各乡镇要组织农机下田。\n")
    assert _generic(raw).text.startswith("同志们,今天召开全县秋收工作动员会")


def test_a_named_reviewers_note_set_inline_goes() -> None:
    raw = "秋粮收购工作方案\n一、工作目标\n全年收购秋粮两万吨。【批注 王某:数字再核一下】\n二、保障措施\n加强领导。\n"
    assert _generic(raw).text == "秋粮收购工作方案\n一、工作目标\n全年收购秋粮两万吨。\n二、保障措施\n加强领导。\n"


def test_a_teachers_note_set_inline_in_a_sample_text_goes() -> None:
    raw = "秋粮收购工作方案【批注①:标题要素齐全,可作参照。】\n一、工作目标\n全年收购秋粮两万吨。\n"
    assert _generic(raw).text == "秋粮收购工作方案\n一、工作目标\n全年收购秋粮两万吨。\n"


def test_a_sentence_that_names_a_sample_text_sets_out_nothing() -> None:
    raw = "学习心得\n这篇范文写得很好,值得学习。\n一、读原著\n原著是源头。\n"
    assert _generic(raw).text == raw


def test_a_forum_posts_postscript_signature_and_software_credit_under_the_document_go() -> None:
    raw = ("年会主持词\n尊敬的各位领导:\n大家下午好!\n会议到此结束,散会!\nPS:议程可按各单位习惯调整。\n"
           "—— 签名:认真工作,快乐生活 ——\nPowered by SomeForum X3.4\n")
    assert _generic(raw).text.rstrip("\n") == "年会主持词\n尊敬的各位领导:\n大家下午好!\n会议到此结束,散会!"


@pytest.mark.parametrize("label", ["本帖隐藏的内容", "游客,如果您要查看本帖隐藏内容请回复"])
def test_a_forums_label_over_a_part_shown_to_repliers_goes(label: str) -> None:
    body = "年会主持词\n尊敬的各位领导:\n大家下午好!\n"
    more = "下面进行第一项议程,请张某某同志讲话。\n会议到此结束,散会!\n"
    assert _generic(f"{body}\n{label}\n\n{more}").text.replace("\n\n", "\n") == body + more


def test_a_news_apps_account_name_right_over_its_posts_time_goes() -> None:
    body = "在全镇防汛工作会议上的讲话\n同志们:\n今年汛期来得早,各村要压实责任,确保安全度汛。\n"
    raw = "镇长在防汛会上的讲话(全文)\n石桥笔记\n2031-06-03 19:32·浙江·优质创作者\n关注\n\n" + body
    assert "石桥笔记" not in _generic(raw).text


def test_a_forum_posters_bare_signature_under_the_posts_buttons_goes() -> None:
    body = "年会主持词\n尊敬的各位领导:\n大家下午好!\n会议到此结束,散会!\n"
    raw = body + "收藏(12) | 分享 | 举报 | 回复\n签名:认认真真做事,踏踏实实做人。\n\n2#\n"
    assert "签名" not in _generic(raw).text


def test_a_forms_signature_field_under_the_document_stays() -> None:
    raw = "入党积极分子培养考察登记表\n一、基本情况\n本人表现良好。\n签名:____\n"
    assert "签名:____" in _generic(raw).text


def test_a_portals_related_files_lines_and_its_hosts_footer_go() -> None:
    raw = ("关于开展春季植树活动的通知\n各单位:\n请积极参加。\n梧桐县林业局\n2031年3月1日\n"
           "相关文件:梧桐县关于加强国土绿化工作的意见\n相关解读:《春季植树活动》政策解读\n下一条:关于做好森林防火工作的通知\n"
           "梧桐县人民政府办公室主办　梧桐县大数据中心承办\n")
    text = _generic(raw).text
    assert text.rstrip("\n").endswith("梧桐县林业局\n2031年3月1日")


def test_a_forms_date_left_to_fill_ends_a_whole_text() -> None:
    cleaned = clean("见习协议.docx\n见习协议\n一、见习期限三个月。\n甲方(盖章):    乙方(签字):\n______年____月____日\n")
    assert cleaned.meta.truncated is False


def test_a_breadcrumb_ending_in_the_files_name_is_no_file_name_and_the_pages_keywords_go() -> None:
    raw = ("首页 > 行业资料 > 社会团体 > 梧桐市志愿者协会章程.doc\n关 键 词:协会章程 社团章程 章程范本\n"
           "梧桐市志愿者协会章程\n第一章 总则\n第一条 本会的名称是梧桐市志愿者协会。\n")
    cleaned = clean(raw)
    assert cleaned.meta.file_title == "梧桐市志愿者协会章程.doc" or cleaned.meta.file_title is None
    assert cleaned.meta.keywords == ("协会章程", "社团章程", "章程范本")
    assert cleaned.text.startswith("梧桐市志愿者协会章程\n第一章")


def test_a_papers_own_keywords_parted_by_semicolons_are_no_sites_keywords() -> None:
    raw = "基层治理研究\n摘要:本文讨论基层治理。\n关键词:基层治理;网格化;乡村振兴\n一、引言\n基层治理很重要。\n"
    assert not any(removal.rule == "site.keywords" for removal in clean(raw).removals)


def test_a_sites_note_of_how_many_pages_it_previews_ends_the_text_with_its_searches() -> None:
    raw = ("谈心谈话记录表\n一、谈话事由\n了解思想状况。\n"
           "温馨提示:当前文档最多只能预览3页,此文档共4页,请下载后查看全部内容。\n"
           "相关搜索:谈心谈话记录表 廉政谈话记录\n")
    cleaned = clean(raw)
    assert cleaned.text.rstrip("\n").endswith("了解思想状况。") and cleaned.meta.truncated


def test_a_blogs_tags_neighbours_and_comments_under_a_post_go() -> None:
    raw = ("在毕业典礼上的致辞\n亲爱的同学们:\n祝福大家前程似锦!\n谢谢大家!\n标签:毕业典礼 致辞\n"
           "« 上一篇:期末监考杂记\n» 下一篇:重读一本旧书\n小鱼 说:\n周老师,谢谢您四年的照顾!\n回复\n")
    assert _generic(raw).text.rstrip("\n") == "在毕业典礼上的致辞\n亲爱的同学们:\n祝福大家前程似锦!\n谢谢大家!"


def test_a_title_in_the_speakers_words_over_its_subtitle_stays_though_each_page_repeats_it_as_a_header() -> None:
    title = "守初心 担使命 找差距 抓落实"
    body = "各级党组织要认真抓好学习教育,把学习成效转化为推动工作的实际行动,确保各项任务落到实处。" * 4
    raw = (f"{title}\n——在梧桐县机关专题党课上的辅导报告\n县委党校副校长 林某\n同志们:\n{body}\n\n- 1 -\n\n"
           f"{title}\n{body}\n\n- 2 -\n\n{title}\n{body}\n\n- 3 -\n")
    document = speechparse.parse_text(raw)
    assert document.title == title and document.text.count(title) == 1


def test_a_work_chats_replies_under_a_pasted_notice_go() -> None:
    notice = "关于开展消防安全检查的通知\n各社区:\n请于本周内完成自查。\n梧桐街道办事处\n2031年9月5日\n"
    replies = ("张主任\n收到\n王芳\n收到👌\n赵某\n@张主任 自查表报几份?\n张主任\n回复 赵某:每个社区报一份\n"
               "09:40\n输入消息\n")
    assert _generic(notice + replies).text.rstrip("\n") == notice.rstrip("\n")


def test_a_groups_messages_under_their_senders_names_after_a_pasted_notice_go_a_long_one_too() -> None:
    notice = "关于开展消防安全检查的通知\n各社区:\n请于本周内完成自查。\n梧桐街道办事处\n2031年9月5日\n"
    replies = ("张主任\n收到[OK]\n王芳\n收到\n李某\n好的\n张主任\n"
               "另外说一下,今年区里对自查的时限要求很严,入户核实到录入系统前后不超过十五天,"
               "大家心里要有数,上次暗访时有社区就是因为台账对不上被通报了,我们一定要引以为戒。\n赵某\n[强][强]\n")
    assert _generic(notice + replies).text.rstrip("\n") == notice.rstrip("\n")


def test_a_long_paragraph_under_a_notices_date_and_among_short_lines_stays() -> None:
    notice = "关于开展消防安全检查的通知\n各社区:\n请于本周内完成自查。\n梧桐街道办事处\n2031年9月5日\n"
    after = ("收到\n好的\n[图片]\n附件说明:自查的时限要求很严,入户核实到录入系统前后不超过十五天,"
             "各社区要按时报送自查表和整改台账,逾期未报的将在全区通报。\n")
    assert "附件说明" in _generic(notice + after).text


@pytest.mark.parametrize("furniture", ["文档标签:人大 议案 审议意见", "本文来自某某号作者:山前人大",
                                       "本文由某某号作者上传并发布", "跟贴 12 参与 356"])
def test_a_sharing_sites_tags_a_platforms_account_notice_and_a_comment_count_go(furniture: str) -> None:
    body = "山前县人大代表联络站工作制度\n第一条 为规范联络站工作,制定本制度。\n第二条 本制度自印发之日起施行。\n"
    assert furniture not in speechparse.parse_text(f"{body}{furniture}\n").text
    assert furniture not in speechparse.parse_text(f"{furniture}\n{body}").text


@pytest.mark.parametrize("claim", ["本文为我原创", "本文为原创内容,未经授权禁止转载。", "原创不易,转载请私信。"])
def test_a_posters_claim_that_the_post_is_their_own_goes_and_the_drill_scripts_title_under_it_is_the_title(
        claim: str) -> None:
    raw = f"{claim}\n山前县第二中学地震应急疏散演练脚本\n一、演练目的\n提高应急避险能力。\n二、演练时间\n上午。"
    document = speechparse.parse_text(raw)
    assert claim not in document.text and document.title == "山前县第二中学地震应急疏散演练脚本"


def test_a_blank_figure_alone_on_its_line_in_a_tables_cells_stays_a_blank() -> None:
    raw = ("山前县统计执法检查方案\n一、检查对象\n行业\n抽取家数\n占比(%)\n工业\nX\nXX.X\n服务业\nX\nXX.X\n"
           "二、检查方式\n采取现场检查方式。\n")
    document = speechparse.parse_text(raw)
    assert document.text.count("\nX\n") == 2
    assert [placeholder.text for placeholder in document.placeholders] == ["X", "XX", "X"] * 2


def test_an_ocr_apps_photo_name_and_its_notes_on_what_it_read_go() -> None:
    body = "山前县社区警务公示栏\n一、警务室职责\n负责辖区治安巡逻。\n二、联系方式\n值班电话:110。\n"
    raw = (f"IMG_20310612_153208.jpg\n识别结果(共识别 12 行,平均置信度 93.2%)\n{body}"
           "以上内容由手机扫描OCR自动识别,可能存在错误,请核对原图\n")
    assert _generic(raw).text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("box", ["🔍 搜索你想要的文档", "搜文章  找馆友", "搜索站内文章、图集或账号"])
def test_a_sites_search_box_and_its_buttons_atop_the_page_go(box: str) -> None:
    body = "关于开展园区安全检查的通知\n各企业:\n请于月底前完成自查。\n"
    assert _generic(f"某某个人图书馆\n{box}\n{body}").text == body


def test_a_news_apps_search_prompt_over_a_posts_headline_is_no_part_of_the_title() -> None:
    raw = ("某某资讯\n首页  下载某某  登录\n搜索站内文章、图集或账号\n所长讲党课:守初心 担使命 做合格调解人\n"
           "原创2031-06-21 08:47·基层调解笔记\n已关注\n基层调解笔记\n1.2万粉丝 · 86篇文章\n同志们:\n"
           "今天我给大家讲一堂党课。\n一、守初心\n要坚持人民至上。\n二、担使命\n要化解矛盾纠纷。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "所长讲党课:守初心 担使命 做合格调解人"
    assert "搜索站内" not in document.text


@pytest.mark.parametrize("bar", ["上一期 下一期", "A01:要闻   A02:综合   A03:乡村振兴", "临河日报数字报刊平台",
                                 "临河融媒·数字报"])
def test_an_e_papers_issue_bar_page_list_and_platform_name_over_the_article_go(bar: str) -> None:
    raw = ("临河日报\n2031年05月16日 星期四\n第01版:要闻\n往期回顾 版面导航 标题导航\n" + bar + "\n"
           "让城乡居民喝上安全水\n——在全县农村供水工作推进会上的讲话\n县水利局局长 某某某\n同志们:\n"
           "今天召开全县农村供水工作推进会。\n一、抓好水源保护\n要划定保护范围。\n")
    assert bar not in _generic(raw).text


def test_the_lines_a_notice_sets_under_its_date_stay() -> None:
    raw = ("关于开展消防安全检查的通知\n各社区:\n请于本周内完成自查。\n梧桐街道办事处\n2031年9月5日\n"
           "抄送:区应急管理局\n梧桐街道党政办公室 2031年9月5日印发\n")
    assert _generic(raw).text == raw


def test_an_accounts_credits_under_a_post_go_whichever_role_they_name() -> None:
    raw = ("关于推进乡村振兴的实施意见\n各乡镇:\n现提出如下意见。\n一、总体要求\n坚持农业农村优先发展。\n"
           "编辑:刘某\n审核:周某\n监制:梧桐县融媒体中心\n")
    assert _generic(raw).text.rstrip("\n").endswith("坚持农业农村优先发展。")


@pytest.mark.parametrize("notice", ["本文来自某某公文网(gongwen.example),转载请保留出处。",
                                    "本文来源于某某范文网,转载请保留链接。",
                                    "本文来源:某某写作网　原文地址:请注明出处",
                                    "本文来源:某某文秘网 www.example.com"])
def test_a_sites_line_on_where_the_text_came_from_goes_wherever_it_stands(notice: str) -> None:
    raw = (f"在全镇秋收工作会议上的主持词\n同志们:\n今天召开秋收工作会议。\n下面进行第一项议程:请农业办主任讲话。\n"
           f"{notice}\n下面进行第二项议程:请镇长讲话。\n散会!\n")
    text = _generic(raw).text
    assert "本文来" not in text and "讲话。\n下面进行第二项议程" in text


def test_a_related_files_list_over_a_sites_credit_line_at_the_end_goes() -> None:
    raw = ("在全县护林防火会议上的主持词\n同志们:\n今天召开护林防火会议。\n一是要落实责任。\n二是要加强巡查。\n散会!\n"
           "【护林防火会议主持词】相关文章:\n1、森林防火动员大会主持词\n2、护林员培训会主持词范文\n"
           "本文来源于某某范文网,转载请保留链接。\n")
    text = _generic(raw).text
    assert text.rstrip("\n").endswith("散会!") and "相关文章" not in text


def test_a_bracketed_note_naming_where_the_text_came_from_goes_from_the_paragraph() -> None:
    raw = "研讨发言材料\n【本文来自某某范文网】学习的目的在于运用。我将抓好三项工作。\n"
    text = _generic(raw).text
    assert "本文来自" not in text and "学习的目的在于运用。" in text


def test_a_sentence_naming_this_text_in_the_body_stays() -> None:
    raw = "关于加强档案管理的通知\n各科室:\n本文所称档案,是指各科室在工作中形成的文件材料,请妥善保管。\n"
    assert "本文所称档案" in _generic(raw).text


def test_a_posts_fold_control_glued_after_its_last_sentence_goes_and_the_sentence_stays() -> None:
    raw = ("在全县妇女代表大会上的主持词\n同志们:\n进行大会第一项议程。\n现在我宣布,大会到此结束![收起d]\n\n"
           "转发 12\n评论 8\n赞 40\n")
    cleaned = _generic(raw)
    assert "大会到此结束!" in cleaned.text and "收起" not in cleaned.text
    assert all(removal.rule in RULE_NAMES for removal in cleaned.removals)  # (its removal's name is a known one)


def test_a_notices_own_note_under_its_date_stays_above_an_office_systems_buttons() -> None:
    # (a tail that holds 您 and a button an assistant also shows: the note, the document's last line, stays)
    raw = ("关于开展冬季消防检查的通知\n各科室:\n请于本月底前完成自查,并报请您分管的领导审阅。\n某某县应急管理局\n"
           "2031年11月2日\n(此件公开发布)\n办理意见\n拟办意见:请赵局长阅示。  林某  2031-11-03 09:20\n"
           "[打印] [导出PDF] [关闭]\n")
    text = speechparse.parse_text(raw).text
    assert "(此件公开发布)" in text and "导出PDF" not in text


@pytest.mark.parametrize("plea", ["点击关注@某某公文笔记,每天分享最新范文,助你少加班!",
                                  "声明:本文仅供学习交流,如需转载请注明出处。"])
def test_an_accounts_short_line_among_the_paragraphs_every_sentence_of_it_furniture_goes(plea: str) -> None:
    raw = ("在全县作风建设大会上的讲话\n同志们:\n今天召开全县作风建设大会。\n" + plea +
           "\n一、提高思想认识\n作风建设永远在路上。\n")
    text = _generic(raw).text
    assert plea not in text and "今天召开全县作风建设大会。\n一、提高思想认识" in text


def test_a_short_sentence_of_the_body_that_names_a_complaint_line_stays() -> None:
    sentence = "全年受理投诉举报三百余件,办结率达到百分之百。"
    raw = f"市场监管局工作总结\n一、主要工作\n{sentence}\n二、存在问题\n人手不足。\n"
    assert sentence in _generic(raw).text


@pytest.mark.parametrize("note", ["【温馨提示】本邮件通过某县政务内网邮件系统发送,仅限工作使用。",
                                  "此邮件由某县政务内网邮件系统自动扫描,未发现病毒。"])
def test_a_mail_servers_note_on_how_it_sent_and_scanned_the_message_goes(note: str) -> None:
    raw = ("各科室:\n现将县安委办通知转发给你们,请抓好落实。\n县交通运输局办公室\n2033年3月18日\n" + note +
           "\n关于开展春季安全生产大检查的通知\n各乡镇:\n请开展大检查。\n")
    assert note not in _generic(raw).text


@pytest.mark.parametrize("bar", ["@某某公文笔记", "3月12日 09:30 来自 HUAWEI Mate 60 Pro", "首发于"])
def test_a_social_posts_bar_above_the_speech_goes(bar: str) -> None:
    raw = f"{bar}\n在全镇妇女代表大会上的主持词\n同志们:\n现在开会。\n一、进行第一项议程\n请主任讲话。\n"
    text = _generic(raw).text
    assert bar not in text and text.startswith("在全镇妇女代表大会上的主持词")


@pytest.mark.parametrize("line", ["声明:本文仅供学习交流,如需转载请注明出处。关注“某某笔记”,获取更多干货。",
                                  "特别声明:本文为某某自媒体平台作者上传并发布,仅代表该作者观点。"])
def test_an_accounts_and_a_platforms_statements_under_a_post_go(line: str) -> None:
    raw = "在全县防汛工作会议上的讲话\n同志们:\n今天召开防汛会议。\n一、压实责任\n各乡镇要落实责任。\n" + line + "\n"
    text = _generic(raw).text
    assert text.rstrip("\n").endswith("各乡镇要落实责任。")


def test_a_speech_that_asks_the_people_to_follow_a_cause_named_in_quotes_keeps_its_sentence() -> None:
    sentence = "我们要高度关注“三农”问题,每天都要把群众的冷暖放在心上。"
    raw = f"在全县农村工作会议上的讲话\n同志们:\n{sentence}\n一、抓好粮食生产\n稳定播种面积。\n"
    assert sentence in _generic(raw).text


def test_a_pages_box_about_the_text_under_it_goes() -> None:
    raw = ("某县公务用车管理办法\n第一条 为规范公务用车管理,制定本办法。\n第二条 本办法自发布之日起施行。\n"
           "关于本文\n本文标题:某县公务用车管理办法\n链接地址:\n")
    assert _generic(raw).text.rstrip("\n").endswith("第二条 本办法自发布之日起施行。")


def test_a_pages_echo_of_the_title_in_brackets_under_the_text_goes() -> None:
    raw = ("某县公务用车管理办法\n第一条 为规范公务用车管理,制定本办法。\n第二条 本办法自发布之日起施行。\n"
           "【本文标题:某县XX公务用车管理办法】\n上一篇:某县会议费管理办法\n")
    assert _generic(raw).text.rstrip("\n").endswith("第二条 本办法自发布之日起施行。")


@pytest.mark.parametrize("label", ["上传者其他文档:", "作者最新文章"])
def test_a_list_of_the_uploaders_or_the_authors_other_files_under_the_text_goes(label: str) -> None:
    raw = ("某县政府工作报告\n各位代表:\n一、过去一年工作回顾\n全县经济稳中有进。\n让我们团结奋进!\n" + label +
           "\nXX县2031年政府工作报告\nXX镇2031年工作总结\n")
    assert _generic(raw).text.rstrip("\n").endswith("让我们团结奋进!")


def test_an_apps_bar_and_a_shared_files_note_of_who_gave_it_go_from_the_head() -> None:
    raw = ("< 某某文库                    ⋯\n某镇上半年工作总结\nVIP专享  4.8分  1.2万人已阅读\n本文由 林某某 贡献\n"
           "某镇上半年工作总结\n今年以来,我镇各项工作取得成效。\n一、主要工作\n抓好项目建设。\n")
    text = _generic(raw).text
    assert "文库" not in text and "贡献" not in text and "今年以来,我镇各项工作取得成效。" in text


def test_a_work_apps_notice_bar_over_and_under_the_notice_goes() -> None:
    raw = ("公告\n关于做好国庆假期值班工作的通知\n发布人:局办公室-林某\n发布范围:某县某局(全员)\n仅企业内成员可见\n\n"
           "关于做好国庆假期值班工作的通知\n各科室:\n请安排好假期值班。\n某局办公室\n2031年9月26日\n"
           "—— 该公告由 某局办公室 发布 ——\n已确认 118 人,待确认 21 人  提醒未确认人员\n")
    text = _generic(raw).text
    assert "发布范围" not in text and "可见" not in text and text.rstrip("\n").endswith("2031年9月26日")


@pytest.mark.parametrize("speaker", ["", "副县长  林某\n"])
def test_a_reports_lead_handing_on_the_speech_over_its_salutation_goes(speaker: str) -> None:
    lead = "5月8日,全县防汛工作会议召开。副县长林某出席会议并讲话。现将讲话全文刊发如下:"
    raw = f"在全县防汛工作会议上的讲话\n{lead}\n{speaker}同志们:\n今天召开防汛工作会议。\n一、认清形势\n汛期将至。\n"
    text = _generic(raw).text
    assert lead not in text and f"上的讲话\n{speaker}同志们:" in text


def test_a_notices_own_sentence_that_ends_in_as_follows_stays() -> None:
    sentence = "为做好防汛工作,现将有关事项通知如下:"
    raw = f"关于做好防汛工作的通知\n{sentence}\n各乡镇:\n一、落实责任\n汛期将至。\n"
    assert sentence in _generic(raw).text


def test_a_shared_documents_comment_count_between_its_download_bar_and_related_files_goes() -> None:
    raw = ("在全镇消防工作会议上的讲话\n同志们:\n今天召开消防工作会议。\n谢谢大家!\n"
           "下载本文档需要消耗 5 积分  【立即下载】\n文档评论(0)\n相关文档:\n乡镇消防工作会议讲话稿\n")
    assert _generic(raw).text.rstrip("\n").endswith("谢谢大家!")


def test_a_sites_numbered_statement_under_its_label_at_the_end_goes() -> None:
    raw = ("某县古树名木保护办法\n第一条 为保护古树名木,制定本办法。\n第二条 本办法自发布之日起施行。\n免责声明:\n"
           "1、本库所载文本仅供参考,请以正式出版物为准;\n2、如发现文本有误,请联系我们纠正;\n3、未经许可,不得转载本库内容。\n")
    assert _generic(raw).text.rstrip("\n").endswith("第二条 本办法自发布之日起施行。")


def test_a_documents_own_numbered_notes_under_its_label_stay() -> None:
    raw = ("某县古树名木认养申请表\n申请人:林某\n填表说明:\n1、本表一式两份;\n2、认养期限不少于一年。\n")
    assert "2、认养期限不少于一年。" in _generic(raw).text


@pytest.mark.parametrize("line", ["(本文共计6页,下载需消耗5积分)", "下载积分:10", "相关热搜:读书班发言 学习体会",
                                  "本文关键词:读书班发言  学习体会", "已阅 34  未阅 6"])
def test_a_shared_pages_notes_on_its_file_and_its_searches_go(line: str) -> None:
    raw = f"读书班学习心得\n这次读书班让我受益匪浅。\n一、读原著\n原著是源头,要精读细研。\n{line}\n"
    assert line not in _generic(raw).text


def test_a_shared_documents_hidden_part_and_its_plea_to_download_end_the_text() -> None:
    raw = ("读书班学习心得\n这次读书班让我受益匪浅。\n一、读原著\n原著是源头,要精读细研。\n"
           "此处隐藏:2481字,全部文档内容请下载后查看。喜欢就下载吧……\n")
    cleaned = _generic(raw)
    assert "此处隐藏" not in cleaned.text and cleaned.meta.truncated


def test_a_reposts_word_that_the_text_follows_goes_from_the_head() -> None:
    raw = ("以下为正文:\n读书班学习心得体会\n"
           "这次读书班让我受益匪浅,我认真研读了原著,参加了分组讨论,对理论有了更深的理解。\n一、读原著\n原著是源头。\n")
    assert _generic(raw).text.startswith("读书班学习心得体会")


def test_a_sites_column_recommendations_in_brackets_over_a_numbered_list_at_the_end_go() -> None:
    raw = ("在全县河湖巡查工作会议上的主持词\n同志们:\n现在开会。\n今天的会议就到这里,散会!\n"
           "【某某范文网 主持词栏目推荐】\n1. 环境保护工作会议主持词\n2. 河湖巡查工作会议主持词范文\n"
           "3. 生态文明建设推进会主持词\n")
    assert _generic(raw).text.rstrip("\n").endswith("散会!")


def test_an_office_systems_review_comments_each_under_its_time_and_reviewer_go() -> None:
    raw = ("关于做好春季耕地保护工作的通知\n各乡镇:\n请做好耕地保护工作。\n某县自然资源局\n2031年4月8日\n"
           "2031-04-09 09:12  张某(办公室主任):请刘局长阅示。\n2031-04-09 15:40  刘某(副局长):请耕保股抓好落实。\n")
    assert _generic(raw).text.rstrip("\n").endswith("2031年4月8日")


def test_a_document_sites_download_notes_and_related_resources_under_the_text_go() -> None:
    raw = ("在退役军人座谈会上的主持词\n同志们:\n现在开会。\n散会!\n下载提示:\n1、本站不保证下载资源的准确性;\n"
           "2、本站所有资源均为用户上传。\n相关资源  更多\n建军节座谈会主持词\n")
    assert _generic(raw).text.rstrip("\n").endswith("散会!")


@pytest.mark.parametrize("line", ["立即打开", "某某社区3网格居民群(486)"])
def test_an_apps_open_button_and_a_chat_groups_name_atop_the_text_go(line: str) -> None:
    raw = f"{line}\n某社区居民公约\n为建设和谐社区,经居民代表会议讨论通过,制定本公约。\n一、爱护环境\n不乱扔垃圾。\n"
    assert line not in _generic(raw).text


def test_a_forums_button_glued_after_the_threads_title_goes_and_the_title_stays() -> None:
    raw = ("【原创】在全县干部工作推进会上的讲话  [复制链接]\n楼主 发表于 2031-8-12 21:05 | 只看该作者\n"
           "同志们:\n今天召开全县干部工作推进会。\n")
    document = speechparse.parse_text(raw)
    assert "复制链接" not in document.text and document.title == "在全县干部工作推进会上的讲话"


def test_the_documents_title_under_a_page_number_below_the_sites_card_of_the_file_stays() -> None:
    # (the card's last line stops in no sentence of the body: the title under the page's number is no running header)
    raw = ("某某文库 - 海量文档免费阅读\n某县安全生产工作情况的报告(模板).docx\n"
           "上传人:林某   上传时间:2031-12-19   文档页数:4页\n¥ 3.00  下载积分:300   VIP免费下载\n\n第 1 页 共 4 页\n\n"
           "××县人民政府关于20××年度安全生产工作情况的报告\n××市人民政府:\n20××年,我县深入贯彻安全生产决策部署,全县安全形势总体平稳。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "××县人民政府关于20××年度安全生产工作情况的报告"
    assert "××县人民政府关于20××年度安全生产工作情况的报告\n××市人民政府:" in document.text


def test_a_numbered_clause_of_the_document_that_names_complaints_and_registration_stays() -> None:
    clause = "九、配合监督管理部门开展投诉举报核查工作,如实提供情况,不注册虚假信息;"
    raw = f"食品安全承诺书\n本单位郑重承诺:\n八、落实自查制度,按时开展自查;\n{clause}\n十、依法经营,诚实守信。\n"
    assert clause in _generic(raw).text


def test_a_compilations_label_with_the_sites_word_after_the_title_goes_before_each_piece() -> None:
    raw = ("某单位开具证明及介绍信模板(精选3篇)\n在日常工作中我们经常需要用到证明。\n某单位开具证明及介绍信模板 篇1\n"
           "兹证明林某系我单位职工,特此证明。\n某单位\n2031年5月1日\n某单位开具证明及介绍信模板 篇2\n"
           "兹介绍林某同志前往贵单位联系工作,请予接洽。\n此致\n敬礼!\n某单位开具证明及介绍信模板 篇3\n"
           "兹证明王某在我单位工作三年。\n")
    text = _generic(raw).text
    assert "篇" not in text and "兹证明王某在我单位工作三年。" in text


@pytest.mark.parametrize("head", ["【全市防汛工作联络群】(42)\n为方便手机查看,正文复制如下:\n",
                                  "会议号:718 425 903\n参会人数:23人\n章节速览\n"])
def test_a_chat_groups_or_a_meeting_tools_lines_over_the_document_go(head: str) -> None:
    raw = (f"{head}关于做好汛期值班工作的通知\n各乡镇:\n"
           "为切实做好今年汛期值班值守工作,确保信息畅通、反应迅速、处置有力,现将有关事项通知如下。\n一、严格值班\n实行24小时值班。\n")
    assert _generic(raw).text.startswith("关于做好汛期值班工作的通知")


def test_a_slides_latin_decorations_and_a_transcriptions_notes_go() -> None:
    raw = ("主题教育专题党课\nCONTENTS\n一、学思想\n同志们,今天我们一起学习。\nPART 02\n二、强党性\n要坚定理想信念。\n"
           "THANK YOU\n——转写结束——\n")
    text = _generic(raw).text
    assert all(mark not in text for mark in ("CONTENTS", "PART", "THANK", "转写")) and "一、学思想" in text


def test_an_office_systems_form_title_and_its_flow_records_label_go() -> None:
    raw = ("某县人民政府办公室发文处理笺\n某县人民政府常务会议纪要\n会议研究了以下事项。\n"
           "一、关于学校改扩建工程\n会议同意追加资金。\n流转记录\n1  拟稿  林某  2031-08-20 09:00\n")
    text = _generic(raw).text
    assert "处理笺" not in text and "流转记录" not in text and text.startswith("某县人民政府常务会议纪要")


def test_a_sharers_word_on_what_it_did_to_the_text_goes() -> None:
    note = "本文为去年全会上的常委会工作报告,单位和数据已做处理,仅供同行参考。"
    raw = f"区政协常委会工作报告\n各位委员:\n现在我代表常委会报告工作。\n一、主要工作\n全年开展视察12次。\n{note}\n"
    assert note not in _generic(raw).text


@pytest.mark.parametrize("line", ["镇党委书记给村干部上的一课,句句说到心坎里 #村两委 #基层治理 #乡镇干部",
                                  "(建议先收藏再看,不然刷着刷着就找不到了)", "需要word版的姐妹评论区扣“1”,我私你~",
                                  "—— 视频完 ——"])
def test_a_social_posts_caption_topics_pleas_and_end_mark_go(line: str) -> None:
    raw = (f"{line}\n在村两委干部培训会上的讲话\n同志们:\n"
           "今天我们召开村两委干部培训会,主要是学习政策、交流经验、明确任务,进一步提升大家的履职能力。\n"
           "一、当好带头人\n要带头干。\n")
    assert line not in _generic(raw).text


def test_a_chats_file_message_among_the_pasted_document_goes() -> None:  # (a lost picture's [图片]: its own rule)
    line = "[文件] 某社区居民公约(征求意见稿).docx 24.6K"
    raw = (f"某社区居民公约\n为建设和谐社区,经居民代表会议讨论通过,制定本公约。\n{line}\n一、爱护环境\n不乱扔垃圾。\n")
    assert line not in _generic(raw).text


def test_a_previews_label_keeps_the_documents_own_title_under_it() -> None:
    raw = ("某某文档网\n首页 文档分类 热门文档\n某单位年度总结(范文).doc\n文档介绍:\n"
           "在某某公司年度工作会议上的表态发言\n尊敬的各位领导、同志们:\n我代表项目部全体职工作如下表态。\n一、提高站位\n我们将认真落实会议精神。\n")
    cleaned = _generic(raw)
    assert "文档介绍" not in cleaned.text
    assert cleaned.text.startswith("在某某公司年度工作会议上的表态发言\n尊敬的")


def test_a_share_bars_line_of_networks_goes_and_leaves_the_title_alone() -> None:
    raw = ("某某阅读馆\n分享:\n微信  QQ空间  QQ好友  新浪微博  推荐给朋友\n\n守正创新 勇毅前行\n"
           "——在某某局青年干部座谈会上的讲话\n同志们:\n今天我们召开座谈会,听取青年干部的意见。\n一、坚定理想信念\n青年干部要筑牢信仰之基。\n")
    cleaned = _generic(raw)
    assert "QQ空间" not in cleaned.text and "推荐给朋友" not in cleaned.text
    assert speechparse.parse_text(raw, site_rules=False).title.startswith("守正创新 勇毅前行")


def test_a_sites_name_led_by_its_addresss_letters_atop_the_page_goes() -> None:
    raw = ("abcdoc个人图书馆\n首页 阅览室 我的收藏\n搜索文章 搜索\n在全镇安全生产工作会议上的讲话\n同志们:\n"
           "今天我们召开全镇安全生产工作会议。\n一、认清形势\n当前安全生产形势依然严峻。\n")
    assert _generic(raw).text.startswith("在全镇安全生产工作会议上的讲话")


def test_an_online_editors_buttons_and_font_box_over_the_title_go() -> None:
    raw = ("某某协作文档\n最近编辑:陈某 5分钟前\n分享\n添加封面\n添加图标\n正文\n宋体\n大纲\n"
           "关于全镇防汛准备工作情况的汇报\n镇党委、镇政府:\n现将全镇防汛准备工作情况汇报如下。\n一、基本情况\n今年以来,我们提早部署。\n")
    assert _generic(raw).text.startswith("关于全镇防汛准备工作情况的汇报\n")


def test_a_columns_word_between_the_menu_and_the_title_goes_and_a_secrecy_mark_stays() -> None:
    column = ("某某新闻网\n首页 | 要闻 | 通知公告 | 联系我们\n领导活动\n在全区文明城市创建推进会上的讲话\n同志们:\n"
              "今天召开推进会,部署下一阶段工作。\n一、提高认识\n创建工作事关全局。\n")
    assert _generic(column).text.startswith("在全区文明城市创建推进会上的讲话\n")
    marked = column.replace("领导活动", "特急")
    assert _generic(marked).text.startswith("特急\n在全区文明城市创建推进会上的讲话\n")


def test_a_column_named_under_the_word_that_it_first_came_out_there_goes_with_the_button_under_it() -> None:
    raw = ("首页\n发现\n登录/注册\n首发于\n某某写作笔记\n写文章\n在全镇秋季防火工作会议上的讲话\n同志们:\n"
           "今天召开全镇秋季防火工作会议。\n一、认清形势\n今年秋季气候干燥。\n")
    assert _generic(raw).text.startswith("在全镇秋季防火工作会议上的讲话\n")


@pytest.mark.parametrize("prompt", ["发布一条带图评论吧", "发布一条评论"])
def test_a_posts_prompt_to_comment_goes_with_the_topic_tags_over_it(prompt: str) -> None:
    raw = ("在全镇秋季防火工作会议上的讲话\n同志们:\n今天召开全镇秋季防火工作会议。\n一、认清形势\n今年秋季气候干燥。\n"
           "谢谢大家!\n编辑于 2031-05-16 21:07・IP 属地湖南\n森林防火\n领导讲话\n赞同 12\n分享\n"
           f"{prompt}\n3 条评论\n")
    assert _generic(raw).text.rstrip().endswith("谢谢大家!")


def test_a_news_lead_over_a_chairing_script_whose_host_is_named_under_its_title_goes() -> None:
    raw = ("5月8日下午,某医院召开表彰大会。以下为大会主持词全文,与大家分享。\n▲大会现场\n"
           "在优秀护理工作者表彰大会上的主持词\n(2031年5月8日)\n主持人:院党委副书记 林某\n"
           "尊敬的各位领导、各位来宾:\n大家下午好!\n现在开会。\n")
    assert _generic(raw).text.startswith("在优秀护理工作者表彰大会上的主持词\n")


def test_a_news_lead_over_a_speechs_slogan_title_of_two_phrases_goes_and_the_headline_with_it() -> None:
    raw = ("校长开学讲话:少年,向着光奔跑!\n9月1日上午,某中学开学典礼隆重举行。典礼上,校长作了讲话。以下为讲话全文:\n\n"
           "少年,向着光奔跑\n——在2031年秋季开学典礼上的讲话\n某中学校长 林某\n亲爱的同学们:\n大家早上好!\n"
           "新学期开始了。\n")
    assert _generic(raw).text.startswith("少年,向着光奔跑\n——在2031年秋季开学典礼上的讲话\n")


@pytest.mark.parametrize("account", ["抖音号:wenmi2031  IP属地:湖南", "IP属地:四川"])
def test_an_accounts_name_over_its_id_and_where_it_posts_from_goes_with_that_line(account: str) -> None:
    raw = (f"首页  推荐  关注  朋友  我的\n某某写稿笔记\n{account}\n+ 关注\n在全镇乡村振兴推进会上的表态发言\n"
           "尊敬的各位领导:\n我代表村两委表态如下。\n一、提高认识\n我们将认真落实。\n")
    assert _generic(raw).text.startswith("在全镇乡村振兴推进会上的表态发言\n")


def test_a_chapters_heading_whose_words_name_a_portals_channel_stays() -> None:
    raw = ("某县人民政府 政务公开\n某县优化营商环境实施细则\n第一章 总则\n第一条 为优化营商环境,制定本细则。\n"
           "第二章 政务服务\n第二条 各部门应当推行一网通办。\n第三章 信息公开\n第三条 政策文件应当及时公开。\n")
    text = _generic(raw).text
    assert "第二章 政务服务\n" in text and "第三章 信息公开\n" in text and "某县人民政府 政务公开" not in text


def test_a_news_pages_editors_credit_and_its_plea_to_share_over_its_links_go() -> None:
    raw = ("某市2031年优化营商环境工作要点\n一、总体要求\n坚持问题导向。\n二、保障措施\n各地要加强督查。\n"
           "(责编:林某、陈某)\n分享让更多人看到\n推荐阅读\n某省召开营商环境大会\n返回顶部\n")
    assert _generic(raw).text.rstrip().endswith("各地要加强督查。")


def test_a_news_apps_headline_with_the_sites_decoration_and_its_lead_and_photo_credit_go() -> None:
    raw = ("某某新闻\n打开\n区委书记在全区招商引资大会上的讲话(全文)\n某区发布\n2031-04-12 18:30:21\n关注\n"
           "4月11日,全区招商引资大会召开。区委书记林某出席会议并讲话。现将讲话全文刊发如下。\n"
           "(会议现场 图片来源:某区融媒体中心)\n在全区招商引资大会上的讲话\n林某\n(2031年4月11日)\n同志们:\n"
           "今天这次会议很重要。\n一、统一思想\n招商引资是一号工程。\n")
    assert _generic(raw).text.startswith("在全区招商引资大会上的讲话\n")


@pytest.mark.parametrize("card", ["文章 326  总阅读 58万\n查看TA的文章>", "2031-12-21 08:47发布于山东\n某某新闻创作者"])
def test_an_accounts_name_over_its_card_goes_with_the_card(card: str) -> None:
    raw = (f"首页 热点 要闻 财经\n某某写作小助手\n{card}\n+关注\n在全县安全生产工作会议上的讲话\n同志们:\n"
           "今天召开全县安全生产工作会议。\n一、认清形势\n形势依然严峻。\n")
    assert _generic(raw).text.startswith("在全县安全生产工作会议上的讲话\n")


def test_a_posts_headline_over_its_time_alone_stays() -> None:
    raw = ("以茶为媒 共赴山海\n原创 某某发布 2031-04-18 21:36 发表于浙江\n点击上方蓝字 关注我们\n"
           "——在第五届茶业博览会欢迎晚宴上的致辞\n尊敬的各位来宾:\n今晚我们欢聚一堂。\n")
    assert _generic(raw).text.startswith("以茶为媒 共赴山海\n")


@pytest.mark.parametrize("line", ["申请入驻", "返回某某首页", "默认排序"])
def test_a_platforms_buttons_and_an_answers_sort_bar_go(line: str) -> None:
    raw = (f"{line}\n在全县安全生产工作会议上的讲话\n同志们:\n今天召开全县安全生产工作会议。\n一、认清形势\n"
           f"形势依然严峻。\n{line}\n")
    assert line not in _generic(raw).text


@pytest.mark.parametrize("label", ["填写提示:", "💡小tips:", "写在最后:", "——————————\n✏️使用小贴士:"])
def test_a_posters_notes_on_using_the_text_under_its_end_go(label: str) -> None:
    raw = ("国旗下讲话\n尊敬的老师们,亲爱的同学们:\n今天我讲话的题目是珍惜时光。\n我的讲话完毕,谢谢大家!\n"
           f"某某中学初二(X)班 ××\n____年____月____日\n{label}\n1、班级、姓名请按实际填写;\n2、日期按实际填写。\n")
    assert _generic(raw).text.rstrip().endswith("____年____月____日")


def test_a_posters_notes_under_a_hosts_farewell_go() -> None:
    raw = ("某某社区迎新春联欢会主持词\n男:尊敬的各位来宾:\n女:大家晚上好!\n"
           "男:辞旧迎新之际,我们欢聚一堂,共同回顾社区一年来的发展变化,展望新一年的美好生活。\n"
           "女:下面,请欣赏第一个节目,舞蹈《春暖花开》。\n合:某某社区迎新春联欢会到此结束,祝大家新春快乐!再见!\n"
           "—————\n🌟小tips:\n节目单一定提前和演员核对!!\n")
    assert _generic(raw).text.rstrip().endswith("再见!")


def test_a_speechs_own_warm_reminder_before_its_end_stays() -> None:
    raw = ("安全教育讲话\n同学们:\n温馨提示:假期外出要注意交通安全。\n我的讲话完毕,谢谢大家!\n")
    assert "温馨提示:假期外出" in _generic(raw).text


def test_a_mails_signature_under_its_sig_dashes_goes() -> None:
    text = ("发件人:李某 <li@example.cn>\n收件人:各支部\n\n某党支部组织生活会主持词\n同志们:\n"
            "今天我们召开组织生活会,请大家开展批评和自我批评。\n会议到此结束,散会!\n\n--\n李某\n第二党支部 组织委员\n"
            "某市发展和改革委员会 办公室\n电话:0371-12345678  手机:139 0000 0000\n"
            "本邮件及其附件含有保密信息,禁止任何其他人以任何形式使用。\n")
    cleaned = speechparse.parse_text(text).text
    assert "组织委员" not in cleaned and cleaned.rstrip("\n").endswith("散会!")


def test_a_sharing_sites_price_and_its_list_of_what_the_files_readers_read_too_go() -> None:
    raw = ("某局党组班子对照检查材料\n一、存在的问题\n学习不够深入。\n二、整改措施\n加强理论学习。\n"
           "以上对照检查,不当之处,恳请同志们批评指正。\n2 积分  还剩0页未读,继续阅读\n"
           "阅读了该文档的用户还阅读了这些文档\n1. 某年度民主生活会对照检查材料\n2. 组织部长民主生活会发言提纲\n")
    assert _generic(raw).text.rstrip().endswith("恳请同志们批评指正。")


def test_a_pages_number_in_chinese_numerals_is_a_page_break() -> None:
    raw = ("某局对照检查材料\n一、存在的问题\n一是学习不够深入,对新思想的\n第四页/共9页\n理解还不透彻。\n"
           "二、整改措施\n加强学习。\n")
    assert "对新思想的理解还不透彻。" in _generic(raw).text


def test_a_breadcrumb_of_two_steps_atop_the_page_goes() -> None:
    raw = ("某某号·政务 > 某县林业局\n某县林长制工作考核办法\n第一章 总则\n第一条 为推行林长制,制定本办法。\n"
           "第二条 考核坚持实事求是。注意:得分>90分为优秀。\n")
    text = speechparse.parse_text(raw).text
    assert text.startswith("某县林长制工作考核办法\n") and "得分>90分为优秀" in text


@pytest.mark.parametrize("line", ["分享至好友和朋友圈", "关注他"])
def test_a_pages_share_prompt_and_follow_button_go(line: str) -> None:
    raw = (f"{line}\n关于做好汛期值班的通知\n各科室:\n请做好汛期值班工作。\n{line}\n某局办公室\n2031年6月1日\n{line}\n")
    assert line not in _generic(raw).text


def test_a_news_lead_goes_over_a_speech_whose_speakers_name_is_spaced_out() -> None:
    raw = ("重磅|某集团董事长:全力打好保供攻坚战\n某某新语 2031-12-20 20:00 发表于北京\n"
           "12月19日,某集团召开保供动员会。董事长王某出席会议并讲话。现将讲话全文刊发如下。\n"
           "在集团公司保供动员会上的讲话\n王 某\n(2031年12月19日)\n同志们:\n今天召开这次会议。\n一、认清形势\n"
           "形势严峻。\n")
    assert _generic(raw).text.startswith("在集团公司保供动员会上的讲话\n")


def test_a_news_lead_goes_over_a_two_host_script_whose_first_turn_opens_under_its_title() -> None:
    raw = ("法治文艺进社区\n12月4日是国家宪法日。近日,某街道举办法治文艺进社区活动。现将主持词全文刊发,供大家参考。\n"
           "▲活动现场(某街道供图)\n2031年法治文艺进社区活动主持词\n(2031年12月4日 某街道文化广场)\n【开场】\n"
           "男:尊敬的各位领导、各位来宾,\n女:亲爱的居民朋友们,\n合:大家上午好!\n男:今天我们在这里举行活动。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "2031年法治文艺进社区活动主持词"
    assert document.text.startswith("2031年法治文艺进社区活动主持词\n")


def test_a_notice_boards_header_and_the_seal_ocr_read_under_the_notice_go() -> None:
    raw = ("党务公开 村务公开 财务公开\n某某村村务公开栏\n某某村村规民约\n第一条 村民应当遵守法律。\n"
           "第二条 村务公开栏每季度更新。\n(某某村村民委员会章)\n2031年3月1日\n")
    text = _generic(raw).text
    assert text.startswith("某某村村规民约\n") and "委员会章" not in text and "第二条 村务公开栏每季度更新。" in text


def test_a_chats_note_that_a_message_was_taken_back_goes() -> None:
    raw = ("关于停水的通知\n各位业主:\n因管道维修,明日停水一天。\n某物业服务中心\n2031年6月1日\n该消息已撤回\n")
    assert "撤回" not in _generic(raw).text


@pytest.mark.parametrize("line", ["> 我来回应", "贴吧用户_Ab3dE9", "更多致辞模板点击主页合集查看~"])
def test_a_forums_reply_button_its_named_users_and_a_posters_plea_to_its_profile_go(line: str) -> None:
    raw = (f"在全镇表彰大会上的致辞\n尊敬的各位来宾:\n今天我们隆重集会。\n谢谢大家!\n{line}\n")
    assert line not in _generic(raw).text


def test_a_forums_ratings_of_a_post_and_a_members_counts_go() -> None:
    raw = ("学习心得体会\n一、提高认识\n要坚守医德。\n二、改进作风\n要热情服务。\n某某子 + 2 很给力!\n"
           "小某 + 1 赞一个!\n积分 2156 帖子 412 精华 3\n")
    text = _generic(raw).text
    assert "很给力" not in text and "积分" not in text


def test_a_chat_records_export_header_goes() -> None:
    raw = ("微信聊天记录导出\n群聊名称:某村两委班子群(9人)\n导出时间:2031-04-12 21:06:45\n"
           "导出范围:2031-04-10 至 2031-04-11\n村民代表大会主持词\n各位代表:\n现在开会。\n"
           "下面进行第一项议程:审议工作报告。\n")
    assert _generic(raw).text.startswith("村民代表大会主持词\n")


def test_a_banners_slogan_framed_in_bars_over_the_title_goes() -> None:
    raw = ("某村村务公开栏\n丨乡村振兴 文明先行丨\n某 某 村 村 规 民 约\n第一条 村民应当遵守法律。\n"
           "第二条 村民应当爱护环境。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert "文明先行" not in document.text and document.title == "某某村村规民约"


def test_a_previews_prompt_to_read_on_goes_where_the_preview_folds_in_the_body() -> None:
    raw = ("某区创新大会讲话\n同志们:\n第一,加强组织领导。各部门要亲自抓。\n第二,加大投入力度。要建立稳定增长机制。\n"
           "还剩 4 页未读,继续阅读\n第三,优化创新服务。要深化改革。\n谢谢大家!\n")
    cleaned = _generic(raw).text
    assert "未读" not in cleaned and "第三,优化创新服务" in cleaned


def test_a_previews_end_offered_free_goes_with_what_the_page_prints_under_it() -> None:
    raw = ("某局廉政党课讲稿\n同志们:\n一、认清形势\n纪律是高压线。\n二、严守规矩\n要带头守纪。\n谢谢大家!\n"
           "免费预览已结束,剩余 2 页可下载查看\n下载文档到电脑,查找使用更方便\n3 金币\n还剩 2 页未读,继续阅读\n"
           "内容来自用户分享和网络整理,不代表本站立场,如有侵权请联系删除。\n")
    assert _generic(raw).text.rstrip().endswith("谢谢大家!")


def test_a_platforms_footer_under_a_notice_goes_with_the_accounts_name_over_its_follow_button() -> None:
    raw = ("某某新闻\n要闻 视频 下载客户端\n梧桐县气象局\n关注\n梧桐县气象局官方新闻号\n"
           "关于做好汛期气象服务工作的通知\n各乡镇人民政府:\n为做好汛期气象服务,现将有关事项通知如下。\n"
           "一、加强监测预警\n各乡镇要落实值班制度。\n二、强化信息报送\n重要天气及时报告。\n梧桐县气象局\n2031年5月6日\n"
           "原标题:《关于做好汛期气象服务工作的通知》\n阅读原文\n"
           "本文为新闻号作者或机构在某某新闻上传并发布,仅代表该作者或机构观点,不代表某某新闻的观点或立场。\n"
           "申请新闻号请用电脑访问。\n举报\n梧桐县气象局\n关注\n相关推荐\n全县启动防汛应急响应\n评论(0)\n暂无评论\n")
    cleaned = _generic(raw).text
    assert cleaned.rstrip().endswith("2031年5月6日")
    assert "官方新闻号" not in cleaned and cleaned.startswith("关于做好汛期气象服务工作的通知")


def test_a_replys_signature_over_the_message_it_quotes_goes_and_the_document_stays() -> None:
    text = ("发件人: 李某 <li@example.cn>\n收件人: 王主任 <wang@example.cn>\n主题: 回复: 发言稿请审\n\n王主任:\n"
            "发言稿已改好,附在下面。\n\n在全市住房工作座谈会上的发言\n一、主要成效\n全年发放贷款十亿元。\n"
            "二、下一步打算\n加强资金统筹。\n以上发言,请批评指正。\n\n——————————\n李某\n某市住房公积金管理中心 办公室\n"
            "电话:0000-1234567\n\n-----原始邮件-----\n发件人: 王主任 <wang@example.cn>\n主题: 发言稿请审\n\n"
            "李某:\n第二稿看过了,数据再核一下。\n王某\n")
    cleaned = speechparse.parse_text(text).text
    assert "电话" not in cleaned and "管理中心 办公室" not in cleaned
    assert "以上发言,请批评指正。" in cleaned


def test_an_accounts_name_over_its_follow_button_atop_a_post_goes_with_the_apps_menu_over_it() -> None:
    raw = ("某某App\n发现\n发布\n消息\n\n写材料的小林🌱\n关注\n\n"
           "在庆祝教师节大会上的讲话\n老师们、同志们:\n金秋九月,我们迎来第四十七个教师节。\n"
           "一、肯定成绩\n全年新增骨干教师三十名。\n二、明确任务\n要抓好师德建设。\n谢谢大家!\n")
    cleaned = _generic(raw).text
    assert cleaned.startswith("在庆祝教师节大会上的讲话")


def test_an_accounts_card_over_its_follow_button_goes_whole_and_the_posts_title_over_it_stays() -> None:
    # (its name twice, as the avatar's caption and the link write it, and its one-line bio)
    raw = ("首发于\n基层笔记\n写文章\n梧桐县2031年春季植树造林工作方案\n老林说林业\n老林说林业\n"
           "林业工作者8年|专注基层造林,私信不回请见谅\n关注他\n28 人赞同了该文章\n"
           "为做好春季植树造林工作,制定本方案。\n一、目标任务\n全年完成造林一万亩。\n"
           "二、保障措施\n加强组织领导。\n")
    cleaned = _generic(raw).text
    assert "老林说林业" not in cleaned and "专注基层造林" not in cleaned
    assert cleaned.startswith("梧桐县2031年春季植树造林工作方案")


def test_the_authors_name_between_a_posts_headline_and_its_time_goes() -> None:
    raw = ("某某首页  新闻  体育  财经\n2031年春季植树造林工作方案(范文,可直接修改)\n写材料的小周\n"
           "2031-03-02 09:41  发布于:湖南省\n+关注\n梧桐县2031年春季植树造林工作方案\n"
           "为做好春季植树造林工作,制定本方案。\n"
           "一、目标任务\n全年完成造林一万亩。\n二、保障措施\n加强组织领导。\n")
    assert "写材料的小周" not in _generic(raw).text


def test_a_sites_name_over_a_menu_parted_by_single_spaces_goes_and_the_authors_name_under_the_headline() -> None:
    raw = ("某某视频 专栏\n首页 番剧 直播 游戏中心 会员购\n在春耕工作会议上的表态发言(模板,可直接套用)\n写材料的小周\n"
           "2031年03月05日 21:14 · 投稿 · 阅读 3126\n关注\n在梧桐县春耕工作会议上的表态发言\n尊敬的各位领导,同志们:\n"
           "刚才,县委主要领导作了全面部署。\n一、提高站位\n我们将坚决落实。\n")
    assert _generic(raw).text.startswith("在梧桐县春耕工作会议上的表态发言")


def test_a_news_pages_ranking_of_numbered_headlines_under_its_label_goes() -> None:
    raw = ("在全市春耕生产会议上的讲话\n同志们:\n一、抓好春耕备耕\n要确保良种供应。\n二、强化农田建设\n"
           "要加快工程进度。\n同志们,让我们共同努力!\n相关新闻\n某省春耕生产现场会召开\n多地提前谋划夏粮收购\n"
           "热点排行\n1.某省部署春季农业生产\n2.高标准农田建设稳步推进\n3.2031年小麦收购价公布\n"
           "版权声明:\n1、凡本网注明来源的作品,版权均属本网。\n2、转载请注明出处。\n关于我们 | 联系我们 | 网站地图\n")
    document = speechparse.parse_text(raw)
    assert "热点排行" not in document.text and "收购价公布" not in document.text
    assert [section.marker for section in document.sections()] == ["一、", "二、"]


def test_a_posts_time_line_naming_the_platforms_own_client_goes() -> None:
    raw = ("梧桐公安\n31-3-18 10:26 来自 某博网页版 已编辑\n同志们:\n今天召开全县执法规范化建设推进会。\n"
           "一、肯定成绩\n全年办案质量稳步提升。\n二、正视问题\n执法理念仍有偏差。\n")
    assert "网页版" not in _generic(raw).text


def test_an_accounts_lead_in_and_its_bait_for_the_file_around_a_sample_go() -> None:
    raw = ("某某号\n今天给大家分享一篇义诊活动主持词,结构完整,可直接修改使用,建议收藏。\n\n"
           "梧桐县义诊活动启动仪式主持词\n尊敬的各位领导、各位来宾:\n大家上午好!\n下面进行第一项议程,请县卫健局局长致辞。\n"
           "义诊活动启动仪式到此结束。\n\n以上内容仅供参考,如需完整版word文档请私信“义诊”获取。\n")
    cleaned = _generic(raw).text
    assert "分享一篇" not in cleaned and "私信" not in cleaned
    assert cleaned.rstrip().endswith("义诊活动启动仪式到此结束。")


def test_a_communitys_disclaimer_that_its_users_speak_for_themselves_goes() -> None:
    raw = ("关于梧桐县民营经济发展的调研报告\n一、基本情况\n全县民营企业三千家。\n二、对策建议\n要优化营商环境。\n"
           "梧桐县政协调研组\n2031年4月28日\n郑重声明:用户在本社区发表的所有信息仅代表个人观点,与本网站立场无关,"
           "据此操作风险自担。请勿相信代客理财等宣传内容。请勿添加发言用户的联系方式,谨防上当受骗!\n"
           "点赞(12) 评论(5) 收藏 分享\n")
    assert _generic(raw).text.rstrip().endswith("2031年4月28日")


@pytest.mark.parametrize("over", ["以上就是全文了,", "以上是全部内容。"])
def test_a_posters_word_that_the_text_is_over_takes_its_notes_after_it(over: str) -> None:
    raw = ("梧桐县统计局2031年工作要点\n一、统计改革\n1.推进统计改革。深化统计管理体制改革。\n二、统计服务\n"
           f"2.加强统计服务。提升统计服务水平。\n{over}有几点写法上的体会:一是标题要短;二是条目不要太多;"
           "三是数字要具体。有问题评论区问吧。\n")
    document = speechparse.parse_text(raw)
    assert over not in document.text and not list(document.points())


def test_a_sites_home_link_atop_the_page_and_a_papers_prompt_to_read_on_at_its_foot_go() -> None:
    raw = ("某度首页  某家号\n梧桐县网信办\n2031-08-28 16:05 河北  已关注\n关于开展网络文明宣传月活动的通知\n"
           "各乡镇:\n现将有关事项通知如下。\n一、活动主题\n共建网络文明。\n要在政府门户开设专栏。\n"
           "[ 责编:李某 ]\n阅读剩余全文()\n分享到:  微信  微博  QQ空间\n")
    cleaned = _generic(raw).text
    assert "首页" not in cleaned and "责编" not in cleaned and "剩余全文" not in cleaned
    assert cleaned.rstrip().endswith("要在政府门户开设专栏。")


def test_a_groups_pinned_notice_header_and_its_count_of_confirmations_go() -> None:
    raw = ("某某 · 梧桐镇中心学校全体教职工群\n群公告\n【置顶】关于召开教师节表彰大会的通知\n"
           "发布人:校办-陈老师    2031-09-06 18:24\n------------------------------------------------------------\n"
           "梧桐镇中心学校教师节表彰大会主持词\n尊敬的各位领导,亲爱的老师们:\n大家下午好!\n下面进行第一项议程,奏唱国歌。\n"
           "大会到此结束。\n确认收到(121/137)\n")
    cleaned = _generic(raw).text
    assert "置顶" not in cleaned and "教职工群" not in cleaned and "121/137" not in cleaned


def test_a_comment_sections_label_with_its_count_and_its_button_for_the_authors_replies_opens_it() -> None:
    raw = (_NOTICE_BODY + "全部评论2只看作者\n按时间倒序\n按时间正序\n一棵白菜\n2楼 2031.09.13 08:12\n"
           "收藏了,正好用得上\n赞 回复\n")
    assert _generic(raw).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_sharing_sites_summary_line_and_keep_button_go_and_a_bare_summary_label_keeps_the_title_under_it() -> None:
    raw = ("某某文档\n首页 分类 精品 上传文档\n梧桐县地质灾害防治方案.doc\n上传用户:lz_2031\n加入阅读清单\n"
           "内容提示:梧桐县地质灾害防治方案 梧桐县自然资源局 1 总则 1.1 编制目的 为切实做好…\n\n"
           "梧桐县地质灾害防治方案\n一、总体要求\n切实做好地质灾害防治工作。\n二、工作措施\n加强巡查。\n")
    cleaned = _generic(raw).text
    assert cleaned.startswith("梧桐县地质灾害防治方案\n一、总体要求")
    bare = ("某某文档站\n首页 > 心得体会 > 正文\n内容提示:\n在县委理论学习中心组学习会上的交流发言\n"
            "按照会议安排,我谈几点体会。\n一、提高站位\n要加强学习。\n")
    assert speechparse.parse_text(bare).title == "在县委理论学习中心组学习会上的交流发言"


def test_a_blogs_note_of_the_collections_that_took_the_post_is_furniture() -> None:
    page = _Page("梧桐县某某小学校长述职报告\n被以下专题收入,发现更多相似内容\n被以下合集收录\n")
    assert (page.verdict(1), page.verdict(2)) == ("furniture", "furniture")


def test_a_previews_word_that_the_reader_reached_the_files_end_goes_from_over_the_title() -> None:
    raw = ("某某文档\n首页 | 文档分类 | 上传文档\n上传人:lgb_2031  上传时间:2031-10-08  格式:DOC  页数:3\n"
           "已阅读到文档的结尾了呢~~\n梧桐县重阳节走访慰问老同志工作方案\n为弘扬尊老敬老的传统美德,制定本方案。\n"
           "一、走访对象\n全体离退休干部。\n二、工作要求\n要确保走访到位。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "梧桐县重阳节走访慰问老同志工作方案" and "结尾" not in document.text


def test_a_notice_boards_name_framed_in_blocks_goes() -> None:
    raw = ("关于举办反家暴法律讲座的通知\n各位居民:\n社区定于本周六举办法律讲座。\n■ 社区宣传栏 ■\n请居民准时参加。\n")
    assert "宣传栏" not in _generic(raw).text


@pytest.mark.parametrize("note", ["(本文有删节,标题为编者所加)",
                                  "(本文系作者在某某座谈会上发言的摘要,小标题系编者所加)", "【本文有删减】"])
def test_an_editors_note_on_what_it_cut_or_titled_goes(note: str) -> None:
    raw = (f"坚持人民城市人民建\n——在某某市城建工作会议上的讲话\n同志们:\n今天召开会议,部署今年的城建工作。\n"
           f"一、抓好规划\n要科学编制规划。\n{note}\n责任编辑:林某\n")
    assert note.strip("()【】") not in _generic(raw).text


def test_a_posts_pointer_to_what_its_end_holds_goes_from_inside_the_text() -> None:
    line = "【文末附本文Word版及配套表格下载】"
    raw = (f"在全县安全生产工作会议上的讲话\n同志们:\n今天召开会议,部署安全生产工作。\n{line}\n"
           "一、认清形势\n安全生产形势依然严峻。\n二、压实责任\n要落实企业主体责任。\n")
    cleaned = _generic(raw).text
    assert line not in cleaned and "一、认清形势" in cleaned


@pytest.mark.parametrize("note", ["上周有粉丝私信要一篇社区换届的主持词,手头正好有一篇,脱敏后分享给大家,供参考:",
                                  "应网友要求整理了一篇,人名地名都用某代替了,拿去改改就能用。"])
def test_a_posters_note_on_who_asked_and_how_the_names_were_masked_goes_from_over_the_title(note: str) -> None:
    title = "在某某社区居委会换届选举大会上的主持词"
    raw = (f"首发于\n材料那些事\n写文章\n社区换届选举大会主持词(附全文)\n笔杆子小王\n体制内写材料十年\n关注\n"
           f"128 人赞同了该文章\n{note}\n{title}\n同志们:\n今天我们召开选举大会。\n"
           "一、宣布大会开始\n请全体起立。\n二、进行选举\n请监票人就位。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == title and "私信" not in document.text and "代替" not in document.text


def test_a_posts_headline_over_the_posters_note_goes_with_the_note() -> None:
    # (a guard: the note, once furniture of its own, must not leave the post's headline over the title)
    raw = ("[干货分享] 开业典礼主持词,直接套用\n去年给单位写的这篇,领导很满意,脱敏后发上来,大家按需要改。\n"
           "某某超市开业典礼主持词\n尊敬的各位来宾:\n大家上午好!\n一、宣布典礼开始\n请嘉宾就位。\n二、领导致辞\n有请某某致辞。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "某某超市开业典礼主持词" and document.text.startswith("某某超市开业典礼主持词")


def test_a_rule_of_dashes_under_a_posts_lead_is_no_subtitle_and_the_lead_goes() -> None:
    raw = ("物业小助手\n关注\n宝子们!熬夜改好的方案,结构完整,改个名字就能用,分享给大家~\n⬇️正文如下\n——————————\n"
           "某某花园垃圾分类提升行动方案\n为做好小区垃圾分类工作,结合实际,制定本方案。\n一、工作目标\n分类准确率达到九成。\n"
           "二、工作措施\n设置分类投放点。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "某某花园垃圾分类提升行动方案"
    assert document.text.startswith("某某花园垃圾分类提升行动方案\n为做好")


def test_a_templates_speaker_of_blanks_under_the_title_leaves_the_title_under_the_posters_lead() -> None:
    raw = ("打工人材料库\n关注\n姐妹们!领导让写开幕致辞,熬了一晚整理成模板分享给大家👇 空白处换成自己单位就行~\n"
           "(图1是排版好的,文字版放下面了)\n"
           "在XX区第五届职工运动会开幕式上的致辞\nXX区总工会主席\n×××\n(20XX年X月X日)\n尊敬的各位领导,各位运动员:\n"
           "大家上午好!\n今天,我们在这里隆重举行职工运动会。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "在XX区第五届职工运动会开幕式上的致辞"
    assert document.text.startswith("在XX区第五届职工运动会开幕式上的致辞\n")


@pytest.mark.parametrize("seal", ["(梧 桐 县 人 民 检 察 院 ★ 印)", "。 ☆ 梧桐 县应 急管 理局 ⊙"])
def test_a_seal_as_ocr_reads_it_round_its_star_goes(seal: str) -> None:
    raw = (f"关于做好汛期值班工作的通知\n各乡镇:\n请严格落实二十四小时值班制度。\n{seal}\n"
           "梧桐县应急管理局\n2031年6月1日\n")
    cleaned = _generic(raw).text
    assert "★" not in cleaned and "☆" not in cleaned and "梧桐县应急管理局\n2031年6月1日" in cleaned


def test_a_list_item_a_star_opens_stays() -> None:
    raw = "表彰名单\n★ 梧桐县人民医院\n★ 梧桐县第一中学\n"
    assert _generic(raw).text == raw


def test_a_sharing_sites_card_of_the_file_under_the_document_goes_over_its_preview_note() -> None:
    body = ("梧桐县困难群众冬季救助工作方案\n为切实保障困难群众温暖过冬,制定本方案。\n一、救助对象\n"
            "全县低保对象和特困人员。\n二、工作要求\n各乡镇要逐户走访,确保救助资金及时足额发放到位。\n"
            "梧桐县民政局\n2031年11月20日\n")
    raw = (body + "内容提供方:wenku_2031\n关于本文\n本文标题:梧桐县困难群众冬季救助工作方案\n"
           "链接地址:https://docs.example.com/html/2031/1120/123456.shtm\n下载文档到电脑,查找使用更方便\n"
           "还剩 3 页未读,继续阅读\n")
    assert _generic(raw).text.rstrip("\n") == body.rstrip("\n")


def test_the_documents_own_address_under_its_contact_label_stays() -> None:
    raw = ("关于举办老年书画展的通知\n各社区:\n请于月底前报送作品。\n联系人:王某某\n地址:梧桐县文化路12号\n"
           "网址:https://www.example.gov.cn\n梧桐县老年大学\n2031年9月1日\n")
    assert "网址:https://www.example.gov.cn" in _generic(raw).text


def test_a_video_pages_caption_with_its_topics_is_the_title_and_its_counts_and_app_button_go() -> None:
    raw = ("某音\n推荐 关注 朋友 我的 直播\n下载某音精选\n@梧桐县应急管理局\n"
           "在全县防汛工作部署会上的讲话! #防汛 #应急管理 #梧桐县\n3.1万  402  1877  分享\n发布时间:2031-06-02 20:15\n"
           "各乡镇负责同志,同志们:\n今天召开会议,部署今年的防汛工作。\n第一个方面,要认清严峻形势\n今年汛期降雨偏多。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "在全县防汛工作部署会上的讲话"
    assert "分享" not in document.text and "下载某音精选" not in document.text



def test_an_online_editors_menu_its_comments_and_its_footer_go() -> None:
    body = ("梧桐县关于开展燃气安全专项检查的通知\n各乡镇:\n为消除燃气安全隐患,决定开展专项检查。\n一、检查范围\n"
            "全县餐饮场所。\n二、工作要求\n各乡镇要认真组织,确保检查全覆盖。\n梧桐县安委会办公室\n2031年10月8日\n")
    raw = ("某某文档\n文件  编辑  插入  格式  工具  帮助\n" + body + "批注(2)\n"
           "王敏:检查范围是否包括学校食堂?  10月7日 16:20\n李强:已补充  10月8日 09:47\n"
           "在某某文档中打开  |  某某文档,一款可多人协作的在线文档\n")
    assert _generic(raw).text.rstrip("\n") == body.rstrip("\n")


def test_a_mails_confidentiality_notice_over_the_message_it_quotes_goes() -> None:
    body = ("某某公司安全生产月活动方案\n为深入开展安全生产月活动,制定本方案。\n一、活动主题\n人人讲安全,个个会应急。\n"
            "二、活动安排\n各部门要认真组织,确保活动取得实效。\n")
    raw = (body + "\n--\n本邮件及其附件含有某某公司的保密信息,仅限于发送给上面地址中列出的个人或群组。"
           "如果您错收了本邮件,请您立即通知发件人并删除本邮件!\n\n-----原始邮件-----\n发件人: 王某 <wang@example.com>\n"
           "发送时间: 2031年5月20日 10:15\n主题: 回复: 方案初稿\n\n方案看了,活动安排再细化一下。\n王某\n")
    assert _generic(raw).text.rstrip("\n") == body.rstrip("\n")


@pytest.mark.parametrize("bar", ["帮助中心  快捷键  更新日志", "帮助中心 · AI 助手"])
def test_an_online_documents_help_bar_at_its_foot_goes(bar: str) -> None:
    raw = _NOTICE_BODY + bar + "\n"
    assert _generic(raw).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


@pytest.mark.parametrize("seal", ["梧 桐 县 人 民 政 府 办 公 ⊙ 室", "◎梧桐县民政局◎ 残疾人联合会专用章",
                                  "梧 桐 经 济 开 发 区 ★ 管 理 委 员 会 (印章)"])
def test_a_seal_as_ocr_reads_it_round_its_edge_or_with_its_word_goes(seal: str) -> None:
    raw = (f"关于做好汛期值班工作的通知\n各乡镇:\n请严格落实二十四小时值班制度。\n{seal}\n"
           "梧桐县应急管理局\n2031年6月1日\n")
    cleaned = _generic(raw).text
    assert "⊙" not in cleaned and "◎" not in cleaned and "梧桐县应急管理局\n2031年6月1日" in cleaned


def test_a_heading_two_marks_frame_stays() -> None:
    raw = "梧桐县志愿服务工作方案\n◎ 工作目标 ◎\n全年开展志愿服务活动百场以上。\n"
    assert _generic(raw).text == raw


def test_a_note_apps_share_lines_and_a_previews_fold_without_its_count_go() -> None:
    raw = ("某某笔记\n登录 | 注册\n来自 机关一支部-小李 的分享\n2031-06-29 16:42 | 阅读 56\n保存到我的笔记\n"
           + _NOTICE_BODY + "保存到我的笔记\n该笔记已被收藏 12 次\n")
    assert _generic(raw).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")
    folded = _NOTICE_BODY.replace("一、加强检修\n", "还剩...页未读,继续阅读\n一、加强检修\n")
    assert "页未读" not in _generic(folded).text


@pytest.mark.parametrize("note", ["…(字数限制,后续见评论区👇)", "(接上)", "[文字过长,分两条发]", "接上楼"])
def test_a_posters_note_on_a_text_the_platform_split_goes(note: str) -> None:
    raw = ("关于做好冬季供暖保障工作的通知\n各街道办事处:\n一、加强检修\n各单位要提前检修管网,确保按时供暖。\n"
           f"{note}\n二、压实责任\n要明确专人负责。\n")
    assert note not in _generic(raw).text


def test_a_document_sentence_that_opens_with_jie_shang_stays() -> None:
    raw = ("关于做好冬季供暖保障工作的通知\n各街道办事处:\n接上级通知,现将有关事项通知如下:\n一、加强检修\n"
           "要提前检修。\n")
    assert _generic(raw).text == raw


def test_a_sharing_sites_system_tags_and_its_bare_label_over_the_text_go() -> None:
    raw = ("某某文档\n首页 | 文档分类 | 上传文档\n系统标签:供暖 保障 检修 通知\n文本描述\n" + _NOTICE_BODY)
    assert _generic(raw).text.rstrip("\n") == _NOTICE_BODY.rstrip("\n")


def test_a_label_with_its_colon_over_a_documents_number_leaves_the_number() -> None:
    # (a guard: 文本预览: with a colon is left alone, or the 公文's number under it would go as its value)
    raw = ("某某文档\n首页 | 文档分类\n文本预览:\n梧政办发〔2031〕5号\n" + _NOTICE_BODY)
    assert "梧政办发〔2031〕5号" in _generic(raw).text


def test_a_qa_pages_question_its_topics_and_the_answers_thanks_go_over_the_speechs_own_title() -> None:
    raw = ("首页\n等你来答\n社区支部书记要讲一堂七一党课,有没有好的讲稿可以参考?\n党建\n社区\n关注者\n52\n"
           "被浏览\n3,518\n"
           "写回答\n默认排序\n老周\n机关党务工作者 | 偶尔写点材料\n128 人赞同了该回答\n"
           "谢邀。去年给支部写过一篇,讲完反响还可以,单位名称都改成了XX,大家按需要改。\n"
           "坚守初心使命 永葆政治本色\n——七一专题党课讲稿\n同志们:\n今天我们一起学习党的光辉历程。\n")
    document = speechparse.parse_text(raw, site_rules=False)
    assert document.title == "坚守初心使命 永葆政治本色"
    assert document.text.startswith("坚守初心使命 永葆政治本色\n——七一专题党课讲稿\n同志们:")


@pytest.mark.parametrize("label", ["文字记录:", "转写文字记录", "转写内容"])
def test_a_meeting_tools_ai_summary_over_its_transcript_label_goes_and_the_meeting_names_the_speech(label: str) -> None:
    raw = ("全县冬春植树造林推进会\n2031年11月3日 上午 9:30 | 42分钟\n智能纪要:由AI生成,仅供参考\n会议总结\n"
           "会议部署了今冬明春植树造林任务。\n1. 苗木调配\n- 各乡镇月底前报需求\n2. 管护责任\n待办\n- 林业站:建立台账\n"
           f"{label}\n同志们,今天召开全县冬春植树造林推进会。\n一、抓好苗木调配\n林业站要提前备苗。\n")
    document = speechparse.parse_text(raw)
    assert document.text.startswith("同志们,今天召开全县冬春植树造林推进会。")
    assert [section.heading for section in document.sections()] == ["抓好苗木调配"]
    assert document.title == "全县冬春植树造林推进会"


def test_a_transcripts_numbered_speakers_lines_with_the_recordings_times_go() -> None:
    raw = ("同志们:\n说话人1  00:05\n今天召开全县冬春植树造林推进会。\n说话人1  02:41\n一、抓好苗木调配\n"
           "林业站要提前备苗。\n说话人2  05:13\n好,请各乡镇抓好落实。\n")
    assert "说话人" not in speechparse.parse_text(raw).text


def test_a_transcripts_named_speakers_lines_with_the_recordings_times_go() -> None:
    raw = ("同志们:\n周某某(主持人)  00:00:05\n今天召开全县冬春植树造林推进会。\n吴某某  00:02:41\n一、抓好苗木调配\n"
           "林业站要提前备苗。\n周某某(主持人)  00:15:13\n好,请各乡镇抓好落实。\n")
    text = speechparse.parse_text(raw).text
    assert "主持人" not in text and "吴某某" not in text


def test_a_transcripts_second_speakers_turns_stay_and_only_the_speaker_lines_go() -> None:
    # (the numbered speakers over the recording's times are no chat's senders: no one's turns are a chat's replies)
    raw = ("说话人1  00:00:03\n同志们,今天召开全县秋粮收购工作推进会。\n说话人1  00:00:41\n一、抓好收购准备\n"
           "各收储企业要提前腾仓。\n说话人2  00:03:15\n县长,烘干设备现在只有X台。\n说话人1  00:03:20\n"
           "不够就从邻近乡镇调剂,今天的会就开到这里。\n")
    text = speechparse.parse_text(raw).text
    assert "说话人" not in text and "烘干设备现在只有X台" in text and "不够就从邻近乡镇调剂" in text


def test_named_speakers_over_minutes_and_seconds_from_the_recordings_start_go_and_a_chats_clocks_are_senders() -> None:
    turns = ("冯某某  00:02\n同志们,现在开会。\n褚某某  00:46\n我通报一下秋粮收购进度。\n"
             "冯某某  03:41\n一、抓好收购准备\n各收储企业要提前腾仓。\n")
    document = speechparse.parse_text(turns)
    assert "冯某某" not in document.text and "我通报一下秋粮收购进度。" in document.text
    assert "chat.sender" not in {removal.rule for removal in document.removed}
    clocks = turns.replace("00:02", "09:02").replace("00:46", "09:46").replace("03:41", "10:41")
    # (a chat's senders over the day's clocks are the chat stage's, which keeps the poster's messages only)
    assert "transcript.speaker" not in {removal.rule for removal in speechparse.parse_text(clocks).removed}


def test_a_live_streams_replay_loses_the_viewers_doings_and_comments_and_its_title_is_the_talks() -> None:
    raw = ("某某发布 的直播回放\n【直播回放】秋粮收购政策宣讲\n00:00:06\n"
           "各位农户朋友,大家上午好!今天给大家讲讲秋粮收购政策。\n用户2847591034:来了来了\n"
           "欢迎 种粮大户老王 进入直播间\n00:00:40\n第一个方面,最低收购价政策。今年小麦最低收购价每斤提高了一分钱。\n"
           "会计小陈:主任好!\n小林 送出了 小心心 ×3\n00:01:30\n第二个方面,烘干补贴政策。"
           "烘干设备按购置价的三成给予补贴。\n用户5930128476:怎么申请\n00:02:10\n今天就讲到这里,谢谢大家!\n"
           "直播已结束\n关注某某发布,获取最新政策\n")
    document = speechparse.parse_text(raw)
    assert document.title == "秋粮收购政策宣讲"
    assert not any(word in document.text for word in ("来了来了", "进入直播间", "小心心", "怎么申请", "直播已结束"))
    assert [section.marker for section in document.sections()] == ["第一个方面,", "第二个方面,"]


def test_a_reading_modes_ai_summary_over_the_article_goes_with_its_controls_and_its_end_mark() -> None:
    raw = ("某县秋粮收购工作总结\n✦ AI 摘要\n以下内容由AI生成,仅供参考\n本文总结了某县秋粮收购工作。要点如下:\n"
           "1. 收购进度快于去年;\n2. 质量抽检全部合格。\n收起 ∧\n👍 点赞    👎 踩    复制    重新生成\n\n"
           "某县秋粮收购工作总结\n今年以来,我县扎实推进秋粮收购工作。\n一、主要成效\n收购进度快于去年。\n"
           "二、下步打算\n抓好质量抽检。\n— 已显示全部内容 —\n")
    document = speechparse.parse_text(raw)
    assert document.text.startswith("某县秋粮收购工作总结\n今年以来")
    assert not list(document.points()) and "已显示全部" not in document.text


def test_an_online_documents_suggestions_read_as_accepted_and_its_comment_threads_go() -> None:
    raw = ("某县秋粮收购工作方案\n一、收购时间\n"
           "2031年【建议删除|某甲:9月1日】【建议插入|某甲:9月10日】[a]起开始收购。\n"
           "二、工作要求\n各粮站要【建议插入|某乙:提前】腾仓。\n某县粮食局\n2031年8月1日\n\n"
           "[a]某甲  2031年7月20日 15:32\n时间再和省里对一下?\n某乙  2031年7月20日 16:05\n已核对。\n已解决\n")
    text = speechparse.parse_text(raw).text
    assert "2031年9月10日起开始收购。" in text and "各粮站要提前腾仓。" in text
    assert text.rstrip("\n").endswith("2031年8月1日") and "[a]" not in text


def test_a_forwarded_mails_notes_above_the_document_go_however_long_its_header() -> None:
    recipients = "; ".join(f"某某镇{number}办 <office{number}@example.cn>" for number in range(8))
    raw = ("发件人: 某甲 <jia@example.cn>\n发送时间: 2031年7月2日 16:42\n收件人: " + recipients + "\n"
           "主题: 转发: 关于开展秋粮收购检查的通知\n\n各镇:\n市局通知先转给大家,请先做好准备。\n\n某甲\n"
           "————————————\n此邮件内容限收件单位内部传阅。\n\n-----原始邮件-----\n"
           "发件人: 某市粮食局 <grain@example.cn>\n发送时间: 2031年7月1日 10:15\n主题: 关于开展秋粮收购检查的通知\n\n"
           "各区粮食局:\n检查通知的样稿附后,各区按本地情况调整后下发。\n\n"
           "XX区粮食局关于开展秋粮收购检查的通知\n各镇:\n为规范秋粮收购秩序,决定开展专项检查。现将有关事项通知如下:\n"
           "一、检查范围\n全区各收储企业和收购网点,包括国有粮库、民营收储企业和临时收购点。\n"
           "二、检查内容\n收购价格执行、质量标准执行、收购资金结算和仓储安全管理情况。\n"
           "三、工作要求\n各镇要高度重视,认真组织,如实报送检查结果。\nXX区粮食局\n2031年7月1日\n")
    document = speechparse.parse_text(raw)
    assert document.text.startswith("XX区粮食局关于开展秋粮收购检查的通知\n各镇:")
    assert document.title == "XX区粮食局关于开展秋粮收购检查的通知"


def test_an_ebook_converted_with_its_files_markers_loses_its_own_pages_and_keeps_the_chapter() -> None:
    raw = ("=== titlepage.xhtml ===\n秋收笔记\n——某县农业工作讲话选编\n某某出版社\n\n=== copyright.xhtml ===\n"
           "图书在版编目(CIP)数据\nISBN 978-7-0000-0000-0\n版权所有 侵权必究\n\n=== toc.xhtml ===\n目录\n"
           "[在全县秋收动员会上的讲话](#text00002.html)\n[后记](#text00003.html)\n\n=== text00002.html ===\n"
           "在全县秋收动员会上的讲话\n同志们:\n一、抓好机收调度\n各乡镇要统筹农机[①](#fn1)。\n二、抓好颗粒归仓\n严防霉变。\n"
           "[返回目录](#toc.xhtml)\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全县秋收动员会上的讲话"
    assert document.text.startswith("在全县秋收动员会上的讲话\n同志们:")
    assert "(#fn1)" not in document.text and "返回目录" not in document.text and "[①]" in document.text


def test_an_h5_pages_labels_swipe_cues_and_music_button_go() -> None:
    raw = ("♫\n关闭音乐\n第1页\n某村河道保洁倡议书\n向上滑动\n第2页\n"
           "各位村民:\n河道是全村人的河道,保洁需要每一位村民参与。\n"
           "向上滑动\n第3页\nPART.01\n一、不向河道倒垃圾\n生活垃圾投放到指定收集点。\n某村村民委员会\n")
    text = speechparse.parse_text(raw).text
    assert not any(word in text for word in ("第2页", "向上滑动", "音乐", "♫", "PART"))
    assert text.startswith("某村河道保洁倡议书\n各位村民:")


_BOARD_REPLY = ("关于网友反映某某村河道垃圾堆积问题的回复\n网友“河边人”:\n"
                "您好!来信已收到。我局会同镇政府到河边实地查看,您留言所说的垃圾堆积情况确实存在,"
                "查看处理情况说明如下:\n一、关于核查情况\n河道两岸确有生活垃圾堆积,保洁员巡查不到位。\n"
                "二、关于整改情况\n镇政府已组织清运垃圾12车,并增设垃圾收集点2处。\n某某县水利局\n2031年4月16日\n")


def test_a_message_boards_reply_under_its_label_is_the_document_and_the_citizens_message_and_rating_go() -> None:
    # (the reply addresses the citizen, 您留言所说的…如下:, as an AI hands over a draft: it hands over nothing)
    raw = ("某某留言板\n首页 > 留言列表 > 留言详情\n河道垃圾堆积没人管\n留言时间:2031-04-02 20:15\n留言内容:\n"
           "我村河道两岸垃圾堆了好几个月,夏天臭味很大,希望有关部门尽快处理,别等出了问题才管。\n"
           "回复内容\n回复机构:某某县水利局\n回复时间:2031-04-16 10:42\n" + _BOARD_REPLY
           + "满意度评价\n请给这次答复打个分:\n网友追评:垃圾清了,希望长期保持。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "关于网友反映某某村河道垃圾堆积问题的回复"
    assert document.text.rstrip("\n") == _BOARD_REPLY.rstrip("\n")


def test_a_meeting_tools_turns_timed_in_minutes_from_zero_go_with_its_head_and_its_recording_names_the_title() -> None:
    # (a meeting tool writes the first minute's times as 0:04, not 00:04, and names the recording by the meeting, the
    # day and the hour it was made)
    raw = ("全县冬修水利工作调度会-20311018_143005-会议录制\n2031年10月18日, 下午2:30\n36分 12秒\n\n"
           "    邹某某 已开始听录\n\n邹某某   0:05\n同志们,现在开会。\n\n卫某某   0:41\n"
           "一、抓好收购准备\n各收储企业要提前腾仓。\n\n卫某某   3:12\n烘干设备要检修到位。\n\n"
           "邹某某   9:50\n会就开到这儿,散会。\n\n    邹某某 已停止听录\n")
    document = speechparse.parse_text(raw)
    assert document.title == "全县冬修水利工作调度会"
    assert document.text.startswith("同志们,现在开会。")
    assert "卫某某" not in document.text and "听录" not in document.text and "烘干设备要检修到位" in document.text


def test_a_transcripts_export_signature_under_its_last_turn_makes_no_chat_of_it() -> None:
    # (the signature's time is no sender's: had it been, the second speaker's turns would have gone as replies)
    raw = ("说话人1 00:00:03\n同志们,今天召开全县冬修水利工作调度会。\n\n说话人2 00:02:10\n"
           "我补充一点,烘干设备要提前检修。\n\n说话人1 00:04:45\n一、抓好收购准备\n各收储企业要提前腾仓。\n\n"
           "由「某某录音转写」导出  2031-10-18 16:02\n")
    document = speechparse.parse_text(raw)
    assert "烘干设备要提前检修" in document.text and "说话人" not in document.text


def test_a_spoken_filler_before_a_marker_leaves_the_marker_opening_its_line() -> None:
    raw = ("同志们:\n今天讲两个方面。\n第一个方面,要抓好收购准备。\n各收储企业要提前腾仓。\n"
           "嗯,第二个方面,要守住质量底线。\n严禁以次充好。\n")
    assert [section.marker for section in speechparse.parse_text(raw).sections()] == ["第一个方面,", "第二个方面,"]


def test_a_recordings_file_name_titles_its_transcript_and_the_tools_note_on_it_goes() -> None:
    raw = ("某某听见\n文件名:全县秋粮收购工作推进会讲话.m4a\n时长:00:12:08\n\n说话人1  00:00:03\n"
           "同志们,今天召开全县秋粮收购工作推进会。\n说话人1  00:00:41\n第一个,要抓好收购准备。各收储企业要提前腾仓。\n"
           "说话人1  00:05:20\n第二个,要守住质量底线。严禁以次充好。\n"
           "(以上内容由某某妙记依据录音自动转写,仅供参考)\n")
    document = speechparse.parse_text(raw)
    assert document.title == "全县秋粮收购工作推进会讲话"
    assert [section.marker for section in document.sections()] == ["第一个,", "第二个,"]
    assert "自动转写" not in document.text and ".m4a" not in document.text


def test_a_meeting_tools_label_of_its_ai_summary_is_no_title_and_the_meeting_s_name_is() -> None:
    raw = ("某某会议 · 智能纪要\n全县秋粮收购工作推进会\n会议时间:2031/10/18 14:30-15:41\n会议号:718-000-000\n"
           "AI 纪要(内容由AI生成,仅供参考)\n会议摘要\n会议部署了秋粮收购工作。\n会议转写\n"
           "说话人1  00:00:05\n同志们,今天召开全县秋粮收购工作推进会。\n说话人1  00:04:12\n一、抓好收购准备\n"
           "各收储企业要提前腾仓。\n说话人1  00:15:40\n二、守住质量底线\n严禁以次充好。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "全县秋粮收购工作推进会"
    assert document.text.startswith("同志们,今天召开")


def test_a_speech_s_title_over_a_transcripts_label_titles_the_transcript() -> None:
    raw = ("全县冬春植树造林推进会讲话\n2031年11月3日 上午 9:30|42分钟\n\n关键词:\n造林、管护、苗木\n\n文字记录:\n"
           "同志们,今天召开全县冬春植树造林推进会。\n一、抓好苗木调配\n林业站要提前备苗。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "全县冬春植树造林推进会讲话"
    assert document.text.startswith("同志们,今天召开")


def test_a_transcripts_ai_summary_above_its_first_speaker_line_goes_with_no_label_over_the_turns() -> None:
    raw = ("全县冬春植树造林推进会主持词\n2031-11-03 09:30 | 录音时长 42:16\n某某听记\n全文概要\n"
           "会议部署了今冬明春植树造林任务,强调压实管护责任。\n章节速览\n00:00 会议开场\n要点回顾\n"
           "问题:苗木缺口如何解决?\n回答:由林业站统筹调剂。\n发言人1 00:00\n同志们,现在开会。\n"
           "发言人1 02:41\n第一项议程,请林业站通报造林进度。\n发言人2 05:13\n好,我通报一下。\n发言人1 09:30\n散会。\n")
    document = speechparse.parse_text(raw)
    assert document.text.startswith("同志们,现在开会。")
    assert document.title == "全县冬春植树造林推进会主持词"


@pytest.mark.parametrize(("line", "named"), [
    ("会议主题:2031年度全县河长制业务培训班开班式", "2031年度全县河长制业务培训班开班式"),
    ("会议名称: 全县秋粮收购工作推进会", "全县秋粮收购工作推进会"),
    ("会议主题:", None),
])
def test_a_meeting_tools_card_names_the_record_in_its_subject_field(line: str, named: str | None) -> None:
    state = CleanState("")
    _note_meeting_subject(state, line)
    assert state.meta.get("file_title") == named


def test_a_slide_decks_export_keeps_the_slides_words_and_drops_its_labels_fields_prompts_and_contents() -> None:
    raw = ("【幻灯片 1】\n标题:全县档案工作情况汇报\n正文:\n单击此处添加文本\n备注:\n(无备注)\n"
           "【幻灯片 2】\n标题:目录\n正文:\n\n01 主要工作\n02 下步打算\n档案工作汇报课件 | 第2页\n备注:\n(无备注)\n"
           "【幻灯片 3】\n标题:一、主要工作\n正文:\n全年新收各类卷宗一万二千卷。\n某某PPT模板网 www.example.com\n"
           "备注:\n各位领导,下面汇报主要工作。\n"
           "【幻灯片 4】\n标题:二、下步打算\n正文:\n推进数字档案馆建设。\n档案工作汇报课件 | 第4页\n备注:\n(无备注)\n")
    document = speechparse.parse_text(raw)
    for furniture in ("幻灯片", "标题:", "正文:", "备注:", "无备注", "单击此处", "模板网", "第2页", "01 主要工作"):
        assert furniture not in document.text, furniture
    assert "各位领导,下面汇报主要工作。" in document.text
    assert [section.marker for section in document.sections()] == ["一、", "二、"]


def test_a_slide_decks_separator_lines_with_the_slides_number_go() -> None:
    raw = ("========== 第1张幻灯片 ==========\n全县档案工作情况汇报\n\n========== 第2张幻灯片 ==========\n"
           "一、主要工作\n全年新收各类卷宗一万二千卷。\n\n========== 第3张幻灯片 ==========\n"
           "二、下步打算\n推进数字档案馆建设。\n")
    document = speechparse.parse_text(raw)
    assert "幻灯片" not in document.text
    assert document.title == "全县档案工作情况汇报"


def test_an_apps_channel_and_column_parted_by_a_spaced_dot_over_the_title_go_and_a_names_dot_stays() -> None:
    raw = ("‹ 返回\n学习平台 · 理论学习\n坚持好运用好全过程人民民主\n——在县人大常委会机关专题党课上的讲稿\n"
           "来源:某某人大\n\n同志们:\n今天我们围绕人大工作的几个问题交流体会。\n一、深刻认识全过程人民民主的重大意义\n"
           "买买提·吐尔逊代表在调研中提出了很好的建议。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "坚持好运用好全过程人民民主"
    assert "学习平台" not in document.text and "买买提·吐尔逊" in document.text


def test_a_mail_servers_external_banner_and_an_inline_pictures_content_id_go() -> None:
    raw = ("[外部邮件] 本邮件由外部发件人发送,请留意其中的附件。\n发件人: 某某 <office@example.com>\n"
           "主题: 关于做好档案移交工作的通知\n\n关于做好档案移交工作的通知\n各科室:\n"
           "请于月底前完成档案移交。[cid:image001.png@01DA0000.00000000]\n某某局办公室\n")
    text = speechparse.parse_text(raw).text
    assert "外部邮件" not in text and "cid:" not in text and "请于月底前完成档案移交。" in text


def test_a_wiki_pages_skip_links_tree_history_note_labels_likes_and_comments_go() -> None:
    raw = ("跳到内容\n跳到面包屑\n河务科\n页面树\n2031年度\n汛前检查方案(第一稿)\n值班表\n空间工具\n"
           "页面 / 河务科 首页 / 2031年度\n跳到页尾\n转至元数据结尾\n由 某甲创建, 最后修改人 某乙 于 三月 3, 2031\n"
           "转至元数据起始\n本页为第二稿,请各组在页面下方评论。\n石桥县2031年汛前安全检查方案\n"
           "为确保安全度汛,制定本方案。\n一、检查范围\n全县水库、堤防和山塘。\n二、检查时间\n四月底前完成。\n"
           "无标签\n赞 3 人赞了这个\n2 评论\n某丙\n第二条的时间能否提前?\n三月 4, 2031 · 回复 · 赞\n写评论...\n")
    document = speechparse.parse_text(raw)
    assert document.text.startswith("石桥县2031年汛前安全检查方案\n")
    assert document.text.rstrip().endswith("四月底前完成。")
    assert document.title == "石桥县2031年汛前安全检查方案"


@pytest.mark.parametrize("line", ["本方案为第二稿的修改依据。", "跳到更高的台阶上去"])
def test_a_documents_own_note_and_a_sentence_opening_with_a_jump_stay(line: str) -> None:
    raw = f"石桥县2031年汛前安全检查方案\n{line}\n一、检查范围\n全县水库、堤防和山塘。\n"
    assert line in speechparse.parse_text(raw).text


def test_a_course_platforms_contents_with_the_learners_progress_its_tabs_and_discussion_go() -> None:
    raw = ("返回课程\n章节  讨论  作业  考试  资料\n章节目录\n第一章 基层治理概论\n1.1 网格化管理  已完成\n"
           "1.2 矛盾纠纷化解  2个任务点\n第二章 专题党课\n2.1 党课讲稿  待解锁\n视频  文档  章节测验\n任务点未完成\n"
           "守牢基层治理的第一道防线\n——专题党课讲稿\n同志们:\n今天讲两个问题。\n一、认清形势\n基层是治理的基础。\n"
           "二、压实责任\n各网格要守土尽责。\n上一节  下一节\n讨论(2)  发表讨论\n某甲  2031-03-02 09:12\n学习了。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "守牢基层治理的第一道防线"
    assert [section.heading for section in document.sections()] == ["认清形势", "压实责任"]
    assert "已完成" not in document.text and "任务点" not in document.text
    assert document.text.rstrip().endswith("各网格要守土尽责。")


def test_a_lessons_player_controls_and_the_quiz_under_it_go() -> None:
    raw = ("守牢基层治理的第一道防线\n已完成任务点:1/2\n清晰度 高清\n▶ 任务点 未完成\n同志们:\n今天讲两个问题。\n"
           "一、认清形势\n基层是治理的基础。\n二、压实责任\n各网格要守土尽责。\n2.1 随堂测验\n"
           "1. 【单选题】网格员每月走访农户至少( )\nA. 一次\nB. 两次\n2. 【判断题】矛盾纠纷应就地化解。( )\n"
           "提交 暂时保存\n")
    document = speechparse.parse_text(raw)
    assert document.text.rstrip().endswith("各网格要守土尽责。")
    assert "任务点" not in document.text and "清晰度" not in document.text
    assert [section.heading for section in document.sections()] == ["认清形势", "压实责任"]


def test_a_contents_list_without_progress_marks_under_a_chapter_label_is_left_to_the_contents_rule() -> None:
    raw = ("石桥县基层治理工作手册\n章节目录\n第一章 总则\n第二章 网格管理\n第一章 总则\n"
           "第一条 为规范基层治理,制定本手册。\n第二章 网格管理\n第二条 全县划分网格。\n")
    assert "章节目录" not in speechparse.parse_text(raw).text


def test_a_note_apps_properties_table_callouts_and_undelivered_toggle_go() -> None:
    raw = ("| 属性 | 内容 |\n| --- | --- |\n| 状态 | 修改中 |\n| 负责人 | @某甲 |\n| 截止日期 | 2031年6月25日 |\n\n"
           "<aside>\n💡 提示:第二部分的数字待核实。\n</aside>\n\n守好安全关口\n——在全县安全生产会议上的讲话\n\n"
           "同志们:\n\n今天讲两点意见。\n\n一、认清形势\n\n事故总量下降。\n\n- ▶ 参考材料(讲话时不念)\n"
           "    - 去年的事故通报\n    - 省里的督查报告\n\n二、压实责任\n\n各乡镇要守土尽责。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "守好安全关口"
    assert document.text.startswith("守好安全关口\n")
    assert "提示" not in document.text and "参考材料" not in document.text and "督查报告" not in document.text
    assert [section.heading for section in document.sections()] == ["认清形势", "压实责任"]


def test_a_note_apps_properties_table_goes_whole_with_the_fields_its_writer_added() -> None:
    raw = ("| 属性 | 内容 |\n| --- | --- |\n| 状态 | 待审 |\n| 活动日期 | 2031年3月12日 |\n| 负责人 | 某乙 |\n"
           "| 标签 | 植树, 主持词 |\n| 创建时间 | 2031年3月1日 |\n\n植树节活动主持词\n\n同志们:\n\n现在开始。\n")
    document = speechparse.parse_text(raw)
    assert document.text.startswith("植树节活动主持词\n")
    assert "活动日期" not in document.text and "待审" not in document.text


def test_a_table_of_figures_and_an_aside_left_open_keep_their_words() -> None:
    raw = ("守好安全关口\n一、认清形势\n| 项目 | 数量 |\n| --- | --- |\n| 事故 | 3 |\n| 隐患 | 12 |\n"
           "| 整改 | 11 |\n<aside>第二部分的数字来自统计局。\n")
    text = speechparse.parse_text(raw).text
    assert "| 事故 | 3 |" in text and "第二部分的数字来自统计局。" in text


def test_a_shared_documents_two_line_comment_headers_its_change_panel_and_its_sharers_go() -> None:
    raw = ("石桥县职工书屋建设方案\n协作者(3)\n某甲(所有者)\n某乙  可编辑\n某丙  可评论\n"
           "一、建设目标\n每个乡镇建成一个职工书屋。\n评论(1)\n某乙\n3月6日 15:21\n(二)第1条的标准能否再细化?\n回复\n"
           "标记为已解决\n二、建设标准\n书屋面积不少于30平方米。\n修订记录(2)\n某乙  插入了:“每个乡镇”\n3月6日 16:05\n"
           "接受  拒绝\n某丙  删除了:“原则上”\n3月7日 09:22\n接受  拒绝\n")
    document = speechparse.parse_text(raw)
    assert document.text.rstrip() == ("石桥县职工书屋建设方案\n一、建设目标\n每个乡镇建成一个职工书屋。\n二、建设标准\n"
                                      "书屋面积不少于30平方米。")
    assert [section.heading for section in document.sections()] == ["建设目标", "建设标准"]


#: a plan as an online editor holds it
_SHARED_PLAN = ("石桥县职工书屋建设方案\n一、建设目标\n每个乡镇建成一个职工书屋。\n二、建设标准\n"
                "书屋面积不少于30平方米。")


def test_an_online_documents_format_bar_sharers_line_change_log_and_comment_cards_go() -> None:
    raw = ("某某文档\n协作者(3):某甲(创建者)、某乙、某丙\n正文　　仿宋_GB2312　　三号　　B　I　U　　1.5倍行距\n"
           "石桥县职工书屋建设方案\n一、建设目标\n每个乡镇建成一个职工书屋。\n【修订】某乙　删除了:“原则上”\n"
           "二、建设标准\n书屋面积不少于30平方米。\n评论 · 某丙　3月7日 09:22:面积标准请再核对一下\n"
           "全部评论(1)　　已解决(0)\n")
    document = speechparse.parse_text(raw)
    assert document.title == "石桥县职工书屋建设方案"
    assert document.text.rstrip() == _SHARED_PLAN


def test_a_knowledge_bases_page_tree_over_the_document_and_its_comment_boxs_prompt_go() -> None:
    raw = ("知识库\n  某某局业务空间\n    2031年工作\n      职工书屋建设方案\n      季度例会纪要\n    制度汇编\n\n"
           f"{_SHARED_PLAN}\n\n添加评论,输入 @ 提及他人\n")
    document = speechparse.parse_text(raw)
    assert document.title == "石桥县职工书屋建设方案"
    assert document.text.rstrip() == _SHARED_PLAN


def test_an_online_word_processors_tabs_sharing_state_margin_notes_and_version_panel_go() -> None:
    raw = ("文件    开始    插入    页面    引用    审阅    视图\n仅指定人可编辑 · 2人正在协作\n\n"
           "石桥县职工书屋建设方案\n一、建设目标\n每个乡镇建成一个职工书屋。\n"
           "💬 批注 某乙 3月6日 15:21:标准能否再细化?\n    回复 某甲 3月6日 15:40:已细化\n"
           "二、建设标准\n书屋面积不少于30平方米。\n\n历史版本\n3月7日 09:22    某丙    当前版本\n"
           "3月6日 15:40    某甲    创建了文档\n")
    document = speechparse.parse_text(raw)
    assert document.title == "石桥县职工书屋建设方案"
    assert document.text.rstrip() == _SHARED_PLAN


def test_markdown_highlights_marks_go_and_a_read_later_apps_highlights_panel_and_credit_go() -> None:
    raw = ("守好安全关口\n一、认清形势\n实践证明,==安全这根弦不能松==。\n二、压实责任\n各乡镇要守土尽责。\n\n"
           "高亮与笔记(1)\n> 安全这根弦不能松\n— 2031-03-02 21:52\n*由 某某 导出 · 稍后读*\n")
    text = speechparse.parse_text(raw).text
    assert "实践证明,安全这根弦不能松。" in text
    assert text.rstrip().endswith("各乡镇要守土尽责。")



def test_a_writing_platforms_tip_plea_copyright_and_an_empty_comment_prompt_end_the_text() -> None:
    raw = ("守好安全关口\n一、认清形势\n事故总量下降。\n二、压实责任\n各乡镇要守土尽责。\n"
           "小礼物走一走,来某某关注我\n基层安监员,记录日常。\n著作权归作者所有,转载请联系作者\n平台声明:本文观点仅代表作者。\n")
    assert speechparse.parse_text(raw).text.rstrip().endswith("各乡镇要守土尽责。")
    raw = "守好安全关口\n一、认清形势\n事故总量下降。\n文档评论\n暂无评论,快来抢沙发吧!\n"
    assert speechparse.parse_text(raw).text.rstrip().endswith("事故总量下降。")


def test_a_note_on_filling_in_the_template_under_it_and_a_seals_specks_go() -> None:
    raw = ("全县安全生产会议主持词\n同志们:\n现在开会。\n一、通报情况\n请县应急局通报。\n散会!\n注:\n"
           "1. 请将XX改为本单位名称;\n2. 议程可按需要删减。\n")
    document = speechparse.parse_text(raw)
    assert document.text.rstrip().endswith("散会!") and document.placeholders == ()
    raw = "守好安全关口\n一、认清形势\n事故总量下降。\n·°∴ ﹒\n石桥县应急管理局\n2031年3月1日\n"
    assert "∴" not in speechparse.parse_text(raw).text


def test_a_documents_own_note_under_its_text_stays() -> None:
    raw = "守好安全关口\n一、认清形势\n事故总量下降。\n注:本文数据来自县统计局。\n"
    assert "注:本文数据来自县统计局。" in speechparse.parse_text(raw).text


def test_a_feed_readers_export_frame_goes_and_the_fetched_text_stays() -> None:
    raw = ("晨读 导出 · 已保存的文章\n文件夹:订阅 / 安全生产\n\nFeed: 某县应急管理局 · 工作动态\n"
           "Feed URL: http://yjj.example.gov.cn/rss.xml\nItem date: 2031-04-02 10:15\nSaved: 2031-04-03 08:00\n\n"
           "Summary: 会议强调,各乡镇要守土尽责…\n\n--- Full content (fetched) ---\n守好安全关口\n"
           "——在全县安全生产会议上的讲话\n一、认清形势\n事故总量下降。\n二、压实责任\n各乡镇要守土尽责。\n"
           "--- end ---\n\nView original → http://yjj.example.gov.cn/a/1.html\n"
           "Annotations (1):\n  > 守土尽责\n  Note: 转给办公室\n")
    document = speechparse.parse_text(raw)
    assert document.title == "守好安全关口"
    assert document.text.strip() == ("守好安全关口\n——在全县安全生产会议上的讲话\n一、认清形势\n事故总量下降。\n"
                                     "二、压实责任\n各乡镇要守土尽责。")
    assert [section.heading for section in document.sections()] == ["认清形势", "压实责任"]


def test_a_posts_card_label_over_its_long_article_goes_and_the_articles_title_is_the_title() -> None:
    # (the post's lead is prose that ends in the article's title, without a stop: the card's label under it had
    # been joined to it as a wrapped line, and the title and the article after it)
    raw = ("某县应急管理局\n2031-4-2 10:15 来自 微博\n#安全生产# 【扩散!县里发布通知,守住安全底线】请相互转告!"
           "↓↓↓ 某县关于抓好主汛期防灾减灾工作的通知\n头条文章\n某县关于抓好主汛期防灾减灾工作的通知\n某县应急管理局\n"
           "发布于 2031-04-02 10:00\n阅读 3.1万\n为抓好主汛期防灾减灾,切实保护人民群众生命财产安全,维护社会稳定,"
           "根据有关法律法规,结合我县实际,现将有关事项通知如下:\n一、压实责任\n各乡镇要守土尽责,落实属地责任。\n"
           "二、排查隐患\n要全面排查在建工地、危旧房屋。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "某县关于抓好主汛期防灾减灾工作的通知"
    assert "头条文章" not in document.text
    assert "\n为抓好主汛期防灾减灾," in document.text
    assert [section.heading for section in document.sections()] == ["压实责任", "排查隐患"]


def test_an_online_editors_english_interface_its_comment_cards_and_its_outline_panel_go() -> None:
    raw = ("☆  Saved to Drive\nFile  Edit  View  Insert  Format  Tools  Help\nLast edit was 3 minutes ago\nShare\n"
           "100%  Normal text  SimSun  16\nDocument outline\n守好安全关口\n一、认清形势\n二、压实责任\n\n"
           "守好安全关口\n——在全县安全生产会议上的讲话\n同志们:\n一、认清形势\n事故总量下降,但风险仍然较多。\n\n"
           "Zhou Ping\n10:42 AM Mar 8\n这里的数字请再核实\nReply\n\n二、压实责任\n各乡镇要守土尽责。\n\n"
           "Li Ming\nSuggested edit\nReplace: \"守土尽责\" with \"守土有责\"\nAccept  Reject\n\n谢谢大家!\n\n"
           "Add comment\nComment history\nWord count: 1,024\n")
    document = speechparse.parse_text(raw)
    assert document.title == "守好安全关口"
    assert document.text.strip() == ("守好安全关口\n——在全县安全生产会议上的讲话\n同志们:\n一、认清形势\n"
                                     "事故总量下降,但风险仍然较多。\n二、压实责任\n各乡镇要守土尽责。\n谢谢大家!")
    assert [section.heading for section in document.sections()] == ["认清形势", "压实责任"]



def test_a_library_wikis_page_around_a_regulation_goes_and_its_numbered_contents_with_it() -> None:
    raw = ("某县物业管理条例\n某某文库,自由的图书馆\n跳到导航　跳到搜索\n某县物业管理条例\n姊妹计划:数据项\n"
           "本作品收录于:某县地方性法规汇编\n目录\n1 第一章　总则\n2 第二章　物业服务\n3 第三章　附则\n\n"
           "第一章　总则[编辑]\n第一条　为了规范物业管理活动,制定本条例。\n第二章　物业服务[编辑]\n"
           "第二条　物业服务企业应当履行合同。\n第三章　附则[编辑]\n第三条　本条例自公布之日起施行。\n\n"
           "本作品来自某县的法律、法规,依据著作权法不受保护。\n分类:某县地方性法规 | 物业 | 2031年作品\n"
           "本页面最后编辑于2031年4月2日 (星期日) 10:15。\n站内文字按知识共享协议提供。\n"
           "隐私政策　免责声明\n")
    document = speechparse.parse_text(raw)
    assert document.title == "某县物业管理条例"
    assert document.text.strip() == ("某县物业管理条例\n第一章　总则\n第一条　为了规范物业管理活动,制定本条例。\n"
                                     "第二章　物业服务\n第二条　物业服务企业应当履行合同。\n第三章　附则\n"
                                     "第三条　本条例自公布之日起施行。")
    assert [section.marker for section in document.sections()] == ["第一章", "第一条", "第二章", "第二条", "第三章",
                                                                    "第三条"]


def test_a_web_archives_banner_and_toolbar_over_the_page_it_copied_go() -> None:
    raw = ("The Wayback Machine - https://web.archive.org/web/20310517083214/http://www.example.gov.cn/a/1.html\nGo\n"
           "12 captures\n16 May 2031 - 28 Feb 2033\nAPR\tMAY\tJUN\nPrevious capture\t17\tNext capture\nsuccess\nfail\n"
           "About this capture\nCOLLECTED BY\nOrganization: Internet Archive\nTIMESTAMPS\n"
           "The Wayback Machine - https://web.archive.org/web/20310517083214/http://www.example.gov.cn/a/1.html\n"
           "在全县安全生产会议上的讲话\n同志们:\n一、认清形势\n事故总量下降。\n二、压实责任\n各乡镇要守土尽责。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全县安全生产会议上的讲话"
    assert document.text.startswith("在全县安全生产会议上的讲话\n同志们:\n")


def test_a_faxs_page_headers_and_its_cover_sheet_go_and_a_sentence_cut_by_a_page_joins() -> None:
    header = "2031-06-03 09:1{}   FR0M:某县应急局办公室  0835 6600000      T0:各乡镇      P.{}/3\n"
    raw = (header.format(7, 1) + "传 真 封 面\n致:各乡镇人民政府　　发件人:县应急局\n页数:含本页共3页\n"
           "事由:转发通知,请查收。页数不全请回电0835-6600000。\n\n" + header.format(8, 2)
           + "关于抓好库区巡查工作的通知\n各乡镇人民政府:\n为抓好库区巡查工作,现将有关事项通知如下。\n"
           "一、压实责任\n各乡镇要守土尽责,主要负责同志要亲自部署,分管负责同志要靠前指挥,落实\n" + header.format(9, 3)
           + "属地责任。\n二、排查隐患\n要全面排查危旧房屋。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "关于抓好库区巡查工作的通知"
    assert "FR0M" not in document.text and "传 真" not in document.text and "缺页" not in document.text
    assert "靠前指挥,落实属地责任。" in document.text


def test_a_faxs_cover_sheet_of_fields_and_boxes_without_a_note_on_missing_pages_goes() -> None:
    raw = ("传　真　件\n收件单位:各乡镇人民政府\n发件单位:县应急局\n页数:共3页(含本页)\n事由:转发通知\n"
           "□紧急　☑请审阅　☑请回复\n\n关于抓好库区巡查工作的通知\n各乡镇人民政府:\n一、压实责任\n各乡镇要守土尽责。\n")
    document = speechparse.parse_text(raw)
    assert document.text.startswith("关于抓好库区巡查工作的通知\n各乡镇人民政府:")


def test_a_faxs_page_header_with_chinese_labels_is_a_page_break() -> None:
    header = "2031-06-03 09:1{}   发自:某县应急局 0835-6600000   →08356600001   第{}/2页\n"
    raw = (header.format(7, 1) + "关于抓好库区巡查工作的通知\n各乡镇人民政府:\n一、压实责任\n"
           "各乡镇要守土尽责,党政主官要亲自过问,分管负责同志要深入一线,落实\n\n— 1 —\n\n" + header.format(8, 2)
           + "\n属地责任。\n二、排查隐患\n要全面排查危旧房屋。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "关于抓好库区巡查工作的通知"
    assert "发自" not in document.text and "深入一线,落实属地责任。" in document.text


def test_a_meeting_tools_ai_summary_over_its_transcript_goes_down_to_the_transcripts_label() -> None:
    raw = ("智能纪要  AI生成\n内容由AI生成,仅供参考\n会议概要\n"
           "本次会议为全镇秋季森林防火工作部署会,镇长通报了去年以来的火情和隐患排查情况,指出巡山不到位、"
           "隐患底数不清等问题,并就巡查、排查、值守三件事作了安排。\n决议\n"
           "1. 林场五日内完成隐患排查,建立台账,逐处明确整改责任人\n2. 各村落实巡山人员,节假日增加巡山次数\n"
           "3. 镇应急办牵头修订扑火预案\n4. 重点时段实行领导带班\n5. 镇督查组每月抽查一次\n"
           "议题\n1. 去年以来火情通报\n2. 巡查工作\n3. 隐患排查\n4. 值班值守\n"
           "待办\n☐ @林业站 9月30日前 报送排查清单\n☐ @各村 10月10日前 报送巡山人员名单\n"
           "☐ @应急办 10月15日前 完成预案修订\n☐ @督查组 每月底 通报抽查情况\n要点回顾\n"
           "· 去年全镇共发生火情两起,均因野外用火引起,扑救及时,未造成人员伤亡和较大损失。\n"
           "· 巡山人员在岗率不高,部分村巡山记录流于形式,需要逐村检查、逐人核实。\n"
           "· 林区坟头、田头用火管控难度大,清明前后和秋收时节是火情高发期,要提前安排值守力量。\n"
           "· 扑火物资储备不足,部分村风力灭火机老化,要在十月前完成检修和补充。\n"
           "· 宣传教育覆盖不全,外来务工人员和进山游客是薄弱环节,要在路口和景点增设提示。\n"
           "· 值班值守要落实领导带班制度,重点时段实行二十四小时值班,发现火情第一时间报告、第一时间处置。\n"
           "· 防火责任要分解到每个护林员,签订责任书,每一片林子都要明确看管的人。\n"
           "· 督查组每月随机抽查,巡山缺位、整改拖延的村要在镇党委会上作说明。\n"
           "章节速览\n00:00  会议开场\n01:40  巡查工作要求\n03:12  隐患排查要求\n05:30  值守工作要求\n"
           "07:05  物资储备\n08:20  宣传教育\n09:45  督查问责\n11:10  会议总结\n"
           "关键词  森林防火  巡山  隐患排查  值守\n这份纪要有用吗? 有用  没用\n"
           "文字记录\n\n某某  00:00:05\n同志们,今天我们开会部署秋季防火工作。\n\n某某  00:01:40\n"
           "第一,要把巡查做细。各村要把巡山人员落实到每一片林地。\n\n某某  00:03:12\n"
           "第二,要把隐患查清。林场要逐处排查,建立台账。\n")
    document = speechparse.parse_text(raw)
    assert "会议概要" not in document.text and "林场五日内" not in document.text and "@林业站" not in document.text
    assert document.text.startswith("同志们,今天我们开会")
    assert [section.marker for section in document.sections()] == ["第一,", "第二,"]


def test_a_team_chats_channel_keeps_the_posters_messages_without_reactions_threads_or_times() -> None:
    raw = ("老周  9:02 AM\n@channel 讲话稿初稿我分几条贴在下面。\n:+1: 2\n\n"
           "老周  9:05 AM\n在全镇秋收工作会议上的讲话\n同志们:\n今天召开会议,部署秋收工作。\n"
           "一、抓好机收组织\n各村要摸清农机底数,合理安排作业顺序。(已编辑)\n2 条回复\n最后回复 今天 9:40\n\n"
           "9:06\n二、抓好烘干仓储\n粮站要提前腾仓,确保颗粒归仓。\n:ok_hand: 1  :+1: 3\n\n"
           "小吴  9:12 AM\n第二部分要不要加上秸秆禁烧?\n:eyes: 1\n\n"
           "老周  9:20 AM\n三、抓好秸秆禁烧\n各村要落实网格巡查,严防露天焚烧。\n\n"
           "发送消息给 #秋收筹备\n")
    document = speechparse.parse_text(raw)
    assert document.text.startswith("在全镇秋收工作会议上的讲话\n同志们:")
    assert [section.marker for section in document.sections()] == ["一、", "二、", "三、"]
    for noise in (":+1:", "条回复", "最后回复", "9:06", "已编辑", "秸秆禁烧?", "发送消息给"):
        assert noise not in document.text, noise


def test_a_phones_chat_export_keeps_the_posters_notice_and_drops_the_app_lines_and_the_others_messages() -> None:
    raw = ("[2031/9/1 08:50] 本群的消息已加密保护。\n[2031/9/1 08:52] 老周-镇农办 创建了群组“秋收工作群”\n"
           "[2031/9/1 08:53] 老周-镇农办 添加了 小吴-东村\n"
           "[2031/9/1 09:10] 老周-镇农办: 关于做好秋收秋种工作的通知\n各村民委员会:\n"
           "为做好今年秋收秋种工作,现将有关事项通知如下。\n一、抓好机收组织\n各村要摸清农机底数,合理安排作业顺序。\n"
           "[2031/9/1 09:11] 小吴-东村: 收到\n[2031/9/1 09:11] 小吴-东村: <媒体文件已省略>\n"
           "[2031/9/1 09:12] 老周-镇农办: 二、抓好烘干仓储\n粮站要提前腾仓,确保颗粒归仓。\n山前镇农业农村办公室\n"
           "2031年9月1日\n[2031/9/1 09:15] 小吴-东村: 好的,马上落实\n")
    document = speechparse.parse_text(raw)
    assert document.title == "关于做好秋收秋种工作的通知"
    assert [section.marker for section in document.sections()] == ["一、", "二、"]
    for noise in ("[2031/9/1", "加密保护", "创建了群组", "添加了", "老周-镇农办", "收到", "媒体文件", "马上落实"):
        assert noise not in document.text, noise
    assert document.text.rstrip("\n").endswith("2031年9月1日")


def test_a_compilations_lone_part_over_the_piece_goes_with_its_name() -> None:
    raw = ("第二篇  守住绿水青山\n\n在全县秋季防火工作会议上的讲话\n同志们:\n今天召开会议,部署秋季防火工作。\n"
           "一、认清形势\n今年降雨偏少,林区可燃物多。\n二、压实责任\n各村要落实网格巡护责任。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全县秋季防火工作会议上的讲话"
    assert [section.marker for section in document.sections()] == ["一、", "二、"]
    assert "守住绿水青山" not in document.text


def test_a_reading_apps_part_line_that_names_the_piece_keeps_the_name_as_its_title() -> None:
    raw = ("《某某县农业工作讲话汇编》\n某某县农业农村局 编\n\n◆ 第三篇  在全县秋季防火工作会议上的讲话\n\n"
           "一、认清形势\n今年降雨偏少,林区可燃物多。\n二、压实责任\n各村要落实网格巡护责任。\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全县秋季防火工作会议上的讲话"
    assert "第三篇" not in document.text and "汇编" not in document.text and "农业农村局 编" not in document.text


def test_a_plans_parts_with_their_chapters_stay_headings() -> None:
    raw = ("第一篇  总体要求\n第一章  发展基础\n全县经济总量稳步增长。\n第二章  发展目标\n到期末,主要指标全面完成。\n"
           "第二篇  重点任务\n第三章  产业发展\n推进农业现代化。\n")
    document = speechparse.parse_text(raw)
    assert [section.marker for section in document.sections()] == ["第一篇", "第一章", "第二章", "第二篇", "第三章"]


def test_a_reading_apps_notes_export_keeps_the_marked_passages_and_drops_the_readers_thoughts() -> None:
    raw = ("在全县秋季防火工作会议上的讲话\n\n共4条笔记(划线3条,想法1条)\n\n>> 一、认清形势\n\n"
           ">> 今年降雨偏少,林区可燃物多,防火形势严峻。\n\n◆ 2031/10/09发表想法\n\n"
           "首先要讲形势,其次讲责任,写得很清楚。\n\n原文:今年降雨偏少,林区可燃物多,防火形势严峻。\n\n"
           ">> 二、压实责任\n\n>> 各村要落实网格巡护责任。\n\n-- 来自某某读书\n")
    document = speechparse.parse_text(raw)
    assert [section.marker for section in document.sections()] == ["一、", "二、"]
    for noise in ("条笔记", "发表想法", "写得很清楚", "原文", "来自某某读书"):
        assert noise not in document.text, noise
    assert list(document.points()) == []


def test_a_publishing_systems_export_loses_its_bracketed_fields_and_its_title_field_names_the_text() -> None:
    raw = ("【标题】关于做好秋季防火工作的通知\n【栏目】通知公告\n【作者】某某\n"
           "【发布时间】2031-09-01 10:20:00\n【正文】\n"
           "各村民委员会:\n为做好今年秋季防火工作,现将有关事项通知如下。\n一、认清形势\n今年降雨偏少,林区可燃物多。\n"
           "二、压实责任\n各村要落实网格巡护责任。\n山前镇人民政府\n2031年9月1日\n【附件】\n【责任编辑】某某\n【状态】已发布\n")
    document = speechparse.parse_text(raw)
    assert document.title == "关于做好秋季防火工作的通知"
    assert "【" not in document.text and "已发布" not in document.text
    assert document.text.startswith("各村民委员会:") and document.text.rstrip("\n").endswith("2031年9月1日")


def test_a_drafts_shown_review_reads_as_its_changes_accepted() -> None:
    raw = ("某某镇秸秆禁烧管理办法\n[带格式的: 字体: 二号, 居中]\n第一条　为了加强秸秆禁烧管理,制定本办法。\n"
           "第二条　本办法适用于本镇[删除的内容: 各村][插入的内容: 各村民委员会和村民小组]。[批注 某某1]\n"
           "    [批注 某某1]: 范围是否包括林场?\n"
           "[删除的内容: 第三条　镇政府每月检查一次。]\n"
           "第[删除的内容: 四][插入的内容: 三]条　各村要落实网格巡查。\n")
    text = speechparse.parse_text(raw).text
    assert "各村民委员会和村民小组。" in text and "第三条　各村要落实网格巡查。" in text
    for noise in ("[", "删除", "插入", "批注", "林场", "每月检查", "字体"):
        assert noise not in text, noise


def test_a_mailed_newsletters_reading_notes_contents_and_teasers_go_around_the_piece_it_carries() -> None:
    raw = ("若本邮件无法正常显示,可在浏览器中打开。\n为保证您能正常收到本刊,请把发件地址加入联系人。\n\n"
           "本期目录\n1.【领导讲话】在全县秋季防火工作会议上的讲话\n2.【工作动态】东村开展防火演练\n3.【政策解读】野外用火审批问答\n\n"
           "在全县秋季防火工作会议上的讲话\n同志们:\n今天召开会议,部署秋季防火工作。\n一、认清形势\n"
           "今年降雨偏少,林区可燃物多。\n二、压实责任\n各村要落实网格巡护责任。\n谢谢大家!\n\n"
           "【工作动态】东村开展防火演练\n九月五日,东村组织村民开展扑火演练,参演群众八十余人。……阅读全文>>\n"
           "【政策解读】野外用火审批问答\n问:哪些情形需要审批?\n答:在林区烧荒须报镇政府批准。……阅读全文>>\n")
    document = speechparse.parse_text(raw)
    assert document.title == "在全县秋季防火工作会议上的讲话"
    assert document.text.rstrip("\n").endswith("谢谢大家!")
    for noise in ("浏览器中打开", "联系人", "本期目录", "工作动态", "阅读全文"):
        assert noise not in document.text, noise


def test_a_search_engines_snapshot_banner_goes_with_the_pages_menu_under_it() -> None:
    raw = ("网页快照\n您正在查看的是 http://www.example.gov.cn/art/1.html 的网页快照\n"
           "您搜索的关键词:秋季 防火\n声明:本快照由某某引擎抓取存档,内容以原网页为准。\n"
           "——————————————————\n\n某某县人民政府\n无障碍 | 长者模式 | 手机版 | 登录\n"
           "首页\n政务公开\n政务服务\n政民互动\n请输入关键字  搜索\n您现在的位置:首页 > 政府信息公开 > 通知公告\n"
           "索 引 号:001-2031-0042  主题分类:农业、林业\n"
           "发布机构:某某县人民政府  成文日期:2031-09-01\n\n"
           "关于做好秋季防火工作的通知\n各村民委员会:\n为做好今年秋季防火工作,现将有关事项通知如下。\n一、认清形势\n"
           "今年降雨偏少,林区可燃物多。\n二、压实责任\n各村要落实网格巡护责任。\n山前镇人民政府\n2031年9月1日\n")
    document = speechparse.parse_text(raw)
    assert document.title == "关于做好秋季防火工作的通知"
    for noise in ("快照", "关键词", "政务公开"):
        assert noise not in document.text, noise


def test_a_text_messages_segments_rejoin_across_the_phones_times_and_a_later_days_message_is_no_part_of_it() -> None:
    raw = ("短信/彩信\n\n9月1日 周一 上午9:02\n\n"
           "【某某镇政府】(1/2)关于做好秋季防火工作的通知 各村民委员会:为做好秋季防火工作,请各村落实巡\n\n"
           "上午9:02\n\n【某某镇政府】(2/2)山人员,严防野外用火。某某镇人民政府 2031年9月1日回T退订\n\n"
           "9月3日 周三 下午4:15\n\n【某某镇政府】温馨提示:近日天干物燥,请注意防火。回T退订\n")
    text = speechparse.parse_text(raw).text
    assert "落实巡山人员" in text and "上午9:02" not in text and "短信/彩信" not in text
    assert text.rstrip("\n").endswith("2031年9月1日")


def test_a_cameras_stamp_on_each_photo_of_a_series_goes() -> None:
    raw = ("秋季防火宣讲\n2031.09.12 14:32\n\n一、认清形势\n今年降雨偏少,林区可燃物多。\n2031.09.12 14:33\n\n"
           "二、压实责任\n各村要落实网格巡护责任。\n2031.09.12 14:35\n\n三、严查火源\n进山路口要设卡检查。\n")
    text = speechparse.parse_text(raw).text
    assert "2031.09.12" not in text and "各村要落实网格巡护责任。" in text


@pytest.mark.parametrize("label", ["免责声明:", "作者简介"])
def test_a_pages_disclaimer_or_authors_bio_under_its_label_after_the_text_goes_with_what_follows(label: str) -> None:
    raw = (_NOTICE_BODY + f"\n{label}\n1.本文只代表作者个人看法;\n2.转载请注明出处。\n"
           "某某 执业律师,擅长行政诉讼。\n联系我们\n电话:0000-0000000\n")
    text = speechparse.parse_text(raw).text
    assert text.rstrip("\n").endswith(_NOTICE_BODY.rstrip("\n").rsplit("\n", 1)[-1])
    assert "个人看法" not in text and "执业律师" not in text


def test_a_feed_readers_item_line_and_the_next_items_under_their_label_go() -> None:
    raw = ("某某县人民政府-通知公告 · pubDate: Tue, 09 Sep 2031 08:30:00 +0800\n" + _NOTICE_BODY + "\n下一条 ▾\n"
           "关于开展森林防火知识竞赛的通知\n某某县人民政府-通知公告 · pubDate: Mon, 08 Sep 2031 17:12:00 +0800\n"
           "为普及防火知识,县政府定于九月举办知识竞赛……\n🔗 阅读原文\n")
    text = speechparse.parse_text(raw).text
    assert "pubDate" not in text and "知识竞赛" not in text
    assert text.rstrip("\n").endswith(_NOTICE_BODY.rstrip("\n").rsplit("\n", 1)[-1])


def test_a_phones_status_bar_a_mini_programs_capsule_and_its_related_services_go() -> None:
    raw = ("9:41                    5G  86%\n‹  某某城市服务              ··· | ⊙\n" + _NOTICE_BODY
           + "—— 已经到底了 ——\n相关服务\n天气预报\n预警查询\n避难场所\n积水点查询\n")
    text = speechparse.parse_text(raw).text
    assert text.startswith(_NOTICE_BODY.split("\n", 1)[0])
    assert "5G" not in text and "城市服务" not in text and "预警查询" not in text


def test_an_online_docs_comment_card_counted_with_a_dot_and_its_margin_change_lines_go() -> None:
    raw = ("关于做好冬季供暖保障工作的通知\n各街道办事处:\n一、加强检修\n各单位要提前检修管网,确保按时供暖。\n"
           "评论 · 2条\n某某　10月3日 15:20\n@某某 日期请与县里文件核对。\n"
           "某某某　10月3日 15:35\n@某某 收到。\n回复　解决\n"
           "二、压实责任\n各单位要指定专人,建好台账。\n修订　某某　10月3日 15:24　插入:“工作”\n")
    text = speechparse.parse_text(raw).text
    assert "评论" not in text and "县里文件" not in text and "修订" not in text and "解决" not in text
    assert "二、压实责任\n各单位要指定专人,建好台账。" in text


def test_a_notes_last_edit_line_after_the_text_goes() -> None:
    raw = _NOTICE_BODY + "\n*本文最后编辑于 2031-08-20 09:12,共 3 处修订。*\n"
    text = speechparse.parse_text(raw).text
    assert "最后编辑" not in text and text.rstrip("\n").endswith(_NOTICE_BODY.rstrip("\n").rsplit("\n", 1)[-1])


def test_a_books_running_line_copied_with_its_pages_goes_and_the_cut_sentence_meets_its_end() -> None:
    raw = ("在全县秋季防火工作会议上的讲话\n\n同志们:\n\n今天召开会议,部署秋季防火工作。\n\n守住青山\n\n"
           "一、认清形势\n\n今年降雨偏少,林区可燃物多,各村要对\n\n守住青山\n\n重点林区开展拉网式排查。\n\n"
           "二、压实责任\n\n各村要落实网格巡护责任。\n\n守住青山\n\n谢谢大家。\n")
    text = speechparse.parse_text(raw).text
    assert "守住青山" not in text and "各村要对重点林区开展拉网式排查。" in text


def test_a_short_line_said_three_times_between_sentences_stays() -> None:
    raw = ("在全县秋季防火工作会议上的讲话\n\n同志们:\n\n今天召开会议,部署秋季防火工作。\n\n守住青山\n\n"
           "一、认清形势\n\n今年降雨偏少,林区可燃物多。\n\n守住青山\n\n二、压实责任\n\n各村要落实网格巡护责任。\n\n守住青山\n")
    assert speechparse.parse_text(raw).text.count("守住青山") == 3


def test_a_broadcasts_cues_opening_and_close_with_its_repeat_go() -> None:
    raw = ("频率:FM 88.6 某某应急广播\n【提示音】嘟——嘟——\n现在播报应急广播。现在播报应急广播。\n"
           "各位乡亲们,现在播报县防指发布的紧急通知,请大家注意收听。\n" + _NOTICE_BODY
           + "播报完毕。播报完毕。\n【提示音】嘟——\n现在重复播报。各位乡亲们,请做好防范。\n【播出结束】\n")
    text = speechparse.parse_text(raw).text
    assert text.startswith(_NOTICE_BODY.split("\n", 1)[0])
    assert text.rstrip("\n").endswith(_NOTICE_BODY.rstrip("\n").rsplit("\n", 1)[-1])
