"""Function words: the characters a phrase cannot end with, and the words that end in one and
end a phrase all the same. The line-break rule reads them: a line that ends in a function word
was cut inside its phrase (…三是以 / 1、2村为重点), one that ends in such a word was not
(二、坚持问题导向 / 1.加强调查研究。)."""

from __future__ import annotations

from typing import Final

#: characters that cannot end a phrase: structural particles, conjunctions, prepositions
FUNCTION_CHARS: Final = frozenset("的地得和与及对把将被从向在用以为于之其或并而")
#: the conjunctions among them, which join two words: no line of words ends in one (…组织和 / 项目的决定)
CONJUNCTION_CHARS: Final = frozenset("和与及暨或")

#: words that end in one of FUNCTION_CHARS and end a phrase all the same, by their last character
#: (a heading ends in them: 坚持问题导向, 建设教育基地, 推动政策落地, 学习心得, 积极应对, 全民参与)
WORDS_ENDING_LIKE_FUNCTION_WORDS: Final = (
    "目的",
    "基地", "阵地", "土地", "耕地", "用地", "园地", "属地", "实地", "当地", "各地", "本地", "外地", "高地", "腹地",
    "产地", "场地", "林地", "湿地", "草地", "落地",
    "取得", "获得", "心得", "赢得", "懂得", "值得", "难得", "所得",
    "总和", "缓和", "温和", "祥和", "平和", "饱和", "调和",
    "参与",
    "普及", "涉及", "惠及", "波及", "危及", "顾及",
    "应对", "面对", "核对", "比对", "反对", "相对", "绝对",
    "服从", "听从", "遵从",
    "导向", "方向", "倾向", "走向", "取向", "去向", "动向", "志向", "意向", "风向", "流向", "航向", "转向",
    "所在", "存在", "现在", "实在", "内在", "潜在", "自在",
    "作用", "应用", "运用", "使用", "采用", "费用", "信用", "利用", "适用", "实用", "效用", "功用", "通用", "专用",
    "公用", "民用", "常用", "备用", "共用", "重用", "录用", "任用", "引用", "占用", "挪用", "滥用", "试用", "启用",
    "作为", "行为", "有为", "无为",
    "合并", "兼并",
)

#: words that open a sentence with its circumstances (按照计划安排, 今年以来): a title glued to its body
#: never starts with them, its sentence does (the openers that end a heading run into its body are
#: vocab.headings.SENTENCE_OPENERS: a speaker's 我们, 今年, 截至)
#: words that end in 一 (统一, 唯一, 逐一): their 一 numbers no point (统一要求 is no 一要)
WORDS_ENDING_IN_ONE: Final = ("统一", "唯一", "同一", "万一", "专一", "单一", "之一", "逐一", "划一", "均一", "归一",
                              "合一", "如一", "一一", "不一", "独一")
#: a speaker's fillers that open a transcribed turn before its words (嗯,第二个方面…, 呃,首先…): sounds that say
#: nothing, so the marker after them still opens its line
SPOKEN_FILLERS: Final = frozenset({"嗯", "呃", "额", "啊", "哦", "唔", "欸", "诶", "嗯嗯", "那个"})
CIRCUMSTANCE_OPENERS: Final = ("按照", "根据", "依据", "依照", "遵照", "为了", "为进一步", "近日", "近期", "近年来",
                               "今年以来",
                               "当前", "目前", "随着", "经研究", "现将", "对照", "结合")
