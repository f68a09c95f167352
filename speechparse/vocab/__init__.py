"""The genre's vocabulary, as data.

Everything the stages know about Chinese speeches and official documents that is
a fact of the genre rather than an algorithm lives here: numerals, the marker
schemes and how they are written, the punctuation that ends a sentence, the words
that end a document title, salutations and closings, and the cues that tell what
a placeholder stands for. The stages import these tables; they do not repeat
literals of their own.

Patterns here are *source text* for ``regex``; the stage that uses one compiles
it once, at import. They are written for text folded by :mod:`speechparse.widths`
(full-width ASCII punctuation turned half-width), so ``，`` is written ``,``.
"""

from __future__ import annotations

from typing import Final

# ---------------------------------------------------------------- numerals

CN_DIGITS: Final = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_NUMERAL_CHARS: Final = "一二三四五六七八九十"
#: a Chinese numeral as used by markers: 一 … 九十九 (百 is not used by markers)
CN_NUMERAL: Final = r"[一二三四五六七八九十]{1,3}"
#: an Arabic marker number; four digits would be a year
ARABIC_NUMERAL: Final = r"[0-9]{1,3}"
CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS: Final = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
#: words that enumerate in order; None = "the next number after the previous item"
SEQUENCE_WORDS: Final[dict[str, int | None]] = {
    "首先": 1, "其次": 2, "再次": 3, "最后": None,
}


def cn_to_int(numeral: str) -> int | None:
    """Value of a Chinese numeral up to 999 (一 → 1, 十二 → 12, 二十 → 20)."""
    if not numeral:
        return None
    total = current = 0
    for char in numeral:
        if char in CN_DIGITS:
            current = CN_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


# ---------------------------------------------------------------- marker schemes

#: scheme name → how the scheme is written (documentation and JSON schema enum)
SCHEMES: Final[dict[str, str]] = {
    "ordinal": "第一, / 第一、 / 第一:",
    "ordinal_item": "第一项",
    "chapter": "第一章",
    "part": "第一部分",
    "article": "第一条",
    "subchapter": "第一节",
    "cn": "一、",
    "cn_paren": "(一) / （一）",
    "arabic": "1. / 1、 / 1． / 1 (bare digit before a heading)",
    "arabic_paren": "(1) / （1） / ⑴",
    "circled": "①",
    "cn_shi": "一是",
    "cn_yao": "一要",
    "ordinal_shi": "第一是",
    "aspect": "一方面 … 二方面",
    "sequence": "首先 / 其次 / 再次 / 最后",
}

#: GB/T 9704 order of heading schemes, outermost first: breaks ties when a
#: document's own nesting does not say which of two schemes is outer
GBT_9704_RANK: Final[dict[str, int]] = {
    "part": 0, "chapter": 1, "subchapter": 2, "article": 3, "ordinal_item": 4,
    "cn": 5, "ordinal": 6, "cn_paren": 7, "arabic": 8, "arabic_paren": 9,
    "circled": 10,
}

#: schemes whose items are points (inline enumerations), never sections
POINT_SCHEMES: Final = frozenset(
    {"cn_shi", "cn_yao", "ordinal_shi", "aspect", "sequence"}
)
#: point schemes that only enumerate when a second item follows (一方面 alone,
#: 首先 alone or 最后 alone say "on one hand", "first of all", "finally")
POINT_SCHEMES_NEEDING_A_RUN: Final = frozenset({"aspect", "sequence"})
#: section schemes whose parenthesised form may follow a heading with no
#: punctuation in between: 一、2020年工作总结(一)疫情防控…
RUN_IN_CHILD_SCHEMES: Final = frozenset({"cn_paren", "arabic_paren"})

# ---------------------------------------------------------------- document parts

#: a date line under a title: (2020年3月10日)
DATELINE: Final = (
    r"\(\s*(?:[0-9]{4}|[一二三四五六七八九〇○零]{4})\s*年"
    r"\s*[0-9一二三四五六七八九十]{1,3}\s*月"
    r"(?:\s*[0-9一二三四五六七八九十]{1,3}\s*日)?\s*\)"
)
#: the salutation that opens a speech or the addressee line of a notice
SALUTATION: Final = (
    r"(?:尊敬的[^\n:!。]{0,40}|各位[^\n:!。,]{1,12}|同志们|同学们|老师们|朋友们|"
    r"女士们|先生们|[^\n:!。]{0,10}同志们)"
    r"(?:[,、][^\n:!。]{0,30})?[:!]"
)
#: an addressee line of a 公文 (主送机关): 各区县人民政府,市直各部门:
ADDRESSEE: Final = r"各[^\n。!?]{2,80}(?:政府|部门|单位|机构|机关|党委|党组|委员会|局|厅|办)[^\n。!?]{0,30}:"
#: closing formulas of a speech
CLOSING: Final = r"(?:谢谢大家|谢谢各位|谢谢)[!。]?"
#: a line that starts a new part of the document: attachments, glossaries
PART_LABEL: Final = r"(?:附件\s*[0-9一二三四五六七八九十]{0,2}(?:\s*[:.、])?|附\s*[:]|名词解释)"

# ---------------------------------------------------------------- decoding

#: the most frequent characters of Chinese official text, simplified and
#: traditional: bytes decoded in the right encoding are mostly made of them,
#: bytes decoded in the wrong one (mojibake) mostly not
COMMON_HAN: Final = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行"
    "学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外"
    "天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情"
    "者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角"
    "期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交"
    "受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节"
    "话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备"
    "半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片"
    "始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
    "這為個國們時來對會發動過說產種後學經進著電裡現實體機當點從業應開還義關與間樣數問題沒結變條無係軍情見計別"
    "頭資邊級圖統較將組論運農幾區強決幹戰則據處隊給門規熱領導壓爭濟階術極聯認權證轉單風帶場車務萬達積議聲報鬥類離華確張馬節"
    "話況溫傳許廣記須際驗連斷難礦週備辦習響歷構稱準號維劃選標寫親效廠識屬圓調滿縣參紅細聽該鐵價嚴龍飛黨員會議講話縣鎮鄉"
)
