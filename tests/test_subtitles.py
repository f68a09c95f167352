"""A subtitle file's frame (SRT, WebVTT): the cues' numbers and timings go, every word said stays."""

from __future__ import annotations

import speechparse
from speechparse.clean import clean
from speechparse.clean.subtitles import RULE

_CUES = ["深入学习贯彻全会精神", "专题党课", "同志们 大家好", "今天我围绕全会精神", "给大家讲一次党课", "国家新征程"]


def _srt(cues: list[str]) -> str:
    return "".join(f"{number}\n00:00:{number:02d},000 --> 00:00:{number + 1:02d},500\n{cue}\n\n"
                   for number, cue in enumerate(cues, 1))


def test_an_srt_files_numbers_and_timings_go_and_every_cue_stays_a_line() -> None:
    cleaned = clean(_srt(_CUES), site_rules=False)
    assert cleaned.text.rstrip("\n").split("\n") == _CUES
    assert RULE in {removal.rule for removal in cleaned.removals}


def test_a_webvtt_files_header_and_cues_without_numbers_go() -> None:
    raw = "WEBVTT\n\n" + "".join(f"00:00:{number:02d}.000 --> 00:00:{number + 1:02d}.000 align:start\n{cue}\n\n"
                                for number, cue in enumerate(_CUES, 1))
    assert speechparse.parse_text(raw).text.rstrip("\n").split("\n") == _CUES


def test_a_webvtt_files_header_lines_comment_and_style_blocks_go_with_the_header() -> None:
    raw = ("WEBVTT\nKind: captions\nLanguage: zh-CN\n\nNOTE\n本字幕由某某剪辑组校对\n\n"
           "STYLE\n::cue {\n  color: #ffffff;\n}\n\n"
           + "".join(f"00:00:{number:02d}.000 --> 00:00:{number + 1:02d}.000\n{cue}\n\n"
                     for number, cue in enumerate(_CUES, 1)))
    assert speechparse.parse_text(raw).text.rstrip("\n").split("\n") == _CUES


def test_a_note_that_quotes_one_timing_line_keeps_it() -> None:
    raw = "字幕格式说明\n每条字幕的时间轴写作 00:00:05,000 --> 00:00:08,120 的形式。\n"
    assert clean(raw, site_rules=False).text == raw


def test_a_cues_sounds_credit_and_override_tags_go() -> None:
    cues = ["[音乐]", "{\\an8}在全县河湖巡查工作会议上的讲话", "同志们:", "今天召开会议。", "[掌声]",
            "字幕制作:某某融媒体中心"]
    text = clean(_srt(cues), site_rules=False).text
    assert text.rstrip("\n").split("\n") == ["在全县河湖巡查工作会议上的讲话", "同志们:", "今天召开会议。"]


def test_a_sentence_wrapped_inside_a_cue_or_run_on_over_cues_after_a_comma_is_one_line() -> None:
    cues = ["在全县河湖巡查工作会议上的讲话\n县长 某某", "今年以来,全县河湖水质\n持续向好。", "第二个方面,要全力",
            "抓好河道保洁。", "一、压实责任", "各乡镇要守土尽责。"]
    text = clean(_srt(cues), site_rules=False).text
    assert text.rstrip("\n").split("\n") == [
        "在全县河湖巡查工作会议上的讲话", "县长 某某", "今年以来,全县河湖水质持续向好。",
        "第二个方面,要全力抓好河道保洁。", "一、压实责任", "各乡镇要守土尽责。"]


def test_a_caption_logs_stamps_labels_and_room_lines_go_and_a_speakers_captions_run_on() -> None:
    raw = ("[09:00:02] 主持人-王某:各位同志,上午好。\n[09:00:06] 主持人-王某:现在开会。\n"
           "[09:00:09] 系统消息:某村-李某 加入会议\n[09:00:12] 主持人-王某:今天召开全镇秋收工作调度会,主要任务是部署\n"
           "【弹幕】山前小李:打卡\n[09:00:20] 主持人-王某:秋收秋种工作。\n"
           "[09:00:25] 主持人-王某:第一,要抓好机收组织。\n"
           "[09:00:31] 某村-李某:喂,听不太清楚。\n")
    text = clean(raw).text
    assert "今天召开全镇秋收工作调度会,主要任务是部署秋收秋种工作。\n第一,要抓好机收组织。" in text
    for noise in ("[09:", "主持人-王某", "系统消息", "弹幕"):
        assert noise not in text, noise


def test_a_few_bracketed_clock_times_in_a_text_are_no_caption_log() -> None:
    raw = ("关于召开秋收工作会议的通知\n各村:\n现将会议日程通知如下:\n[09:00:00] 报到\n[09:30:00] 开幕\n"
           "[11:30:00] 散会\n请各村主要负责同志准时参加,不得缺席。\n")
    assert "caption_stamps" not in [removal.rule for removal in clean(raw).removals]
