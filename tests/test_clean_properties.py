"""Cleaning never touches text that has no noise in it, beyond closing its layout (a property test).

The strategy writes speech-like documents with no site boilerplate: an optional
title and salutation, numbered headings on their own lines (full-width or
half-width punctuation), paragraphs of sentences that end in 。！？ with points
(一是…二是…) inside them, indentation and blank lines. Every line is distinct:
a short line printed twice at the top of a text is, by design, a site's copy of
the title, and goes. Indents and blank lines are layout: the cleaned text parts
paragraphs by one line break, and nothing else is removed.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse.clean import clean

_WORDS = (
    "全面贯彻", "落实责任", "加强领导", "统筹推进", "深化改革", "优化服务", "保障民生", "稳定就业", "扩大开放",
    "创新驱动", "乡村振兴", "生态保护", "安全生产", "基层治理", "干部队伍", "作风建设", "项目建设", "招商引资",
    "群众满意", "脱贫攻坚", "社会事业", "城乡融合", "营商环境", "数字经济", "教育医疗", "文化繁荣",
)
_HEADING_MARKERS = ("一、", "二、", "三、", "（一）", "(二)", "1.", "2．", "（1）", "第一，", "第二,", "①")
_POINT_MARKERS = ("一是", "二是", "三是", "一要", "二要")
_ENDS = ("。", "！", "？", "。", "。")

# words do not repeat back to back: 全面贯彻全面贯彻 is a doubled text layer, which cleaning undoes
_phrase = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4, unique=True).map("".join)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    body = draw(st.lists(_phrase, min_size=1, max_size=3, unique=True))
    separator = draw(st.sampled_from(("，", ",", "、")))
    point = draw(st.sampled_from(("", "", *_POINT_MARKERS)))
    return point + separator.join(body) + draw(st.sampled_from(_ENDS))


@st.composite
def _line(draw: st.DrawFn) -> str:
    indent = draw(st.sampled_from(("", "", "\u3000\u3000", "  ")))
    if draw(st.booleans()):
        return indent + draw(st.sampled_from(_HEADING_MARKERS)) + draw(_phrase)
    return indent + "".join(draw(st.lists(_sentence(), min_size=1, max_size=4)))


@st.composite
def noise_free_documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_line(), min_size=1, max_size=12, unique_by=str.strip))
    if draw(st.booleans()):
        lines.insert(0, "同志们：")
    if draw(st.booleans()):
        lines.insert(0, "在全县" + draw(_phrase) + "工作会议上的讲话")
    breaks = draw(st.lists(st.sampled_from(("\n", "\n\n", "\r\n")), min_size=len(lines), max_size=len(lines)))
    return "".join(line + newline for line, newline in zip(lines, breaks, strict=True)).replace("\r\n", "\n")


def _as_paragraphs(text: str) -> str:
    """``text`` as the cleaned text lays it out: each line without its indent, no blank lines."""
    return "".join(line.strip(" \u3000") + "\n" for line in text.split("\n") if line.strip(" \u3000"))


@settings(max_examples=300, deadline=None)
@given(noise_free_documents())
def test_text_without_noise_passes_through_unchanged_but_for_its_layout(text: str) -> None:
    cleaned = clean(text)
    assert {removal.rule for removal in cleaned.removals} <= {"paragraph_spacing"}
    assert all(removal.text.isspace() for removal in cleaned.removals)
    assert cleaned.text == _as_paragraphs(text)


_SITE_HEADER = (
    "最新会议讲话.docx\n"
    "《最新会议讲话.docx》由会员分享,可在线阅读,更多相关《最新会议讲话.docx(3页珍藏版)》"
    "请在淘文阁 - 分享文档赚钱的网站上搜索。\n"
)


@settings(max_examples=200, deadline=None)
@given(noise_free_documents())
def test_every_kept_character_maps_back_to_itself(text: str) -> None:
    noisy = _SITE_HEADER + text
    cleaned = clean(noisy)
    assert cleaned.text == _as_paragraphs(text)
    for offset, char in enumerate(cleaned.text):
        assert noisy[cleaned.offsets.to_raw(offset)] == char
