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
