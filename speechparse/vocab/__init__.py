"""The genre's vocabulary, as data.

Everything the stages know about Chinese speeches and official documents that is
a fact of the genre rather than an algorithm lives in this package, one module per
kind of fact: numbering schemes (:mod:`.schemes`), character classes (:mod:`.chars`),
titles (:mod:`.titles`), function words (:mod:`.words`), web noise (:mod:`.noise`) and known sites (:mod:`.sites`),
placeholder cues (:mod:`.placeholders`), traditional characters (:mod:`.variants`);
this module holds the parts of a document around its body (date lines, salutations,
addressees, closings, part labels) and the characters that tell encodings apart.
The stages import these tables; they do not repeat literals of their own.

Patterns here are *source text* for ``regex``; the stage that uses one compiles
it once, at import. They are written for text folded by :mod:`speechparse.widths`
(full-width ASCII punctuation turned half-width), so ``，`` is written ``,``.
"""

from __future__ import annotations

from typing import Final

from speechparse.vocab.placeholders import BLANK_CHARS

# ---------------------------------------------------------------- document parts

#: a date line under a title: (2020年3月10日)
DATELINE: Final = (
    # (a template's, its figures blanked: (20XX年X月X日))
    rf"\(\s*(?:[0-9]{{4}}|[一二三四五六七八九〇○零]{{4}}|[0-9]{{0,2}}[{BLANK_CHARS}]{{2,4}})\s*年"
    rf"\s*[0-9一二三四五六七八九十{BLANK_CHARS}]{{1,3}}\s*月"
    rf"(?:\s*[0-9一二三四五六七八九十{BLANK_CHARS}]{{1,3}}\s*日)?\s*\)"
)
#: a person's name a template leaves blank (×××, XXX, 某某某, ○○○): a speaker's line under a title may hold it
BLANK_NAME: Final = rf"(?:[{BLANK_CHARS}]{{2,4}}|某某某?|[○〇]{{2,3}})"
#: a speaker's line under a title: an office and a name, parted by spaces (in a template, blanks in either:
#: XX镇党委书记 XXX; offices held together parted by 、: 党组书记、局长 ×××)
BYLINE: Final = rf"[\p{{Han}}{BLANK_CHARS}○〇](?:[\p{{Han}}{BLANK_CHARS}○〇]|、(?=\p{{Han}})){{1,23}}[ ]+(?:[\p{{Han}}·]{{2,6}}|{BLANK_NAME})"
#: the salutation that opens a speech or the addressee line of a notice
SALUTATION: Final = (
    # (敬爱的党组织: opens an application to join the party and a member's report of thought)
    r"(?:尊敬的[^\n:!。]{0,40}|亲爱的[^\n:!。]{0,30}|敬爱的[^\n:!。]{0,30}|各位[^\n:!。,]{1,12}|"
    # a group addressed, maybe with its place and kind before it (全市广大青年朋友们, 各位代表)
    r"[^\n:!。,]{0,12}(?:同志|同学|老师|朋友|女士|先生|青年|乡亲|家长|战友|同胞|伙伴|同仁)们)"
    r"(?:[,、][^\n:!。]{0,30})?[:!]"
)
#: an addressee line of a 公文 (主送机关): 各区县人民政府,市直各部门:
ADDRESSEE: Final = (r"各[^\n。!?]{0,80}(?:政府|部门|单位|机构|机关|党委|党组|委员会|局|厅|办|党组织|团组织|支部|村委会|居委会|"
                    r"学校|中小学|幼儿园|医院|企业|公司|乡镇|街道|社区|中心|协会|科室|处室|股室)[^\n。!?]{0,30}:|"
                    # one body a letter, a request or a certificate is sent to, its name alone on the line (省统计局:)
                    r"(?!各)[^\n。!?:,、 ]{2,24}(?:人民政府|政府|委员会|局|厅|办公室|中心|公司|集团|学校|医院|银行|党委|党组|支部)"
                    r"[ \t]*:[ \t]*$")
#: closing formulas of a speech
CLOSING: Final = r"(?:谢谢大家|谢谢各位|谢谢)[!。]?"
#: the label of a turn in a script for two or more hosts or voices (甲:, 乙:, 合:, 男:, 主持人A:, 领诵:): each turn
#: opens its own line, whatever the line above ended with
TURN_LABEL: Final = r"[ \t]*(?:[甲乙丙丁合男女]|男女|主持人(?:[甲乙丙丁一二AB12])?|领[诵唱]|齐[诵唱]|全体)[ \t]*:"
#: what a chairing script names its event by (大会第一项:, 典礼到此结束)
EVENTS: Final = ("大会", "会议", "典礼", "仪式", "晚会", "年会", "开幕式", "闭幕式", "活动", "庆典")
#: a chairing script's word that its agenda is done (今天会议的各项议程已经全部完成): what the host says after it
#: belongs to no agenda item
AGENDA_DONE: Final = (r"议程(?:已经|已|均已|都已)?(?:全部|圆满|顺利|基本)?(?:进行完毕|完毕|完成|结束|进行完)"
                      # (or that the event is over: 典礼到此结束, 会议圆满结束)
                      rf"|(?:{'|'.join(EVENTS)})(?:到此|就此)(?:圆满)?结束")
#: the date a document was written, on a line of its own (成文日期): 2024年3月5日, 二〇二四年三月五日
#: (a template's, its figures blanked: 20XX年X月X日)
WRITTEN_DATE: Final = (
    rf"(?:[0-9]{{4}}|[〇○零一二三四五六七八九]{{4}}|[0-9]{{0,2}}[{BLANK_CHARS}]{{2,4}})[ \t]*年"
    rf"[ \t]*[0-9一二三四五六七八九十{BLANK_CHARS}]{{1,3}}[ \t]*月"
    rf"[ \t]*[0-9一二三四五六七八九十{BLANK_CHARS}]{{1,3}}[ \t]*日"
)
#: the document's date alone on its line, maybe in brackets ((2031年5月6日), 20XX年X月X日)
WRITTEN_DATE_LINE: Final = rf"[ \t]*\(?[ \t]*{WRITTEN_DATE}[ \t]*\)?[ \t]*"
#: the last word of the name of a body that issues a document (发文机关署名): 人民政府, 办公室, 委员会 …
ISSUER_ENDINGS: Final = (
    "政府", "办公室", "办公厅", "委员会", "常委会", "党委", "党组", "党工委", "纪委", "监委", "局", "厅", "部", "委", "办",
    "署", "院", "会", "处", "科", "所", "站", "中心", "公司", "集团", "小组", "指挥部", "联合会", "协会", "学校", "大学",
    "支部", "总支", "管委会", "街道", "社区", "村委会", "居委会",
)
#: the note of what is attached to a 公文 (附件说明): 附件：1.… (the list goes on over lines)
ATTACHMENTS_NOTE: Final = r"附件[ \t]*:[ \t]*\S"
#: a line of a 公文's attachments, the note or one attachment's label (附件:…登记表, 附件2:…), naming one
#: (a page's field 附件:无 names none)
ATTACHMENT_LINE: Final = r"附件[ \t]*(?:[0-9一二三四五六七八九十]{1,2}[ \t]*)?:[ \t]*(?!无|暂无)\S"
#: a note on a 公文 (附注): （此件公开发布）
DOCUMENT_NOTE: Final = r"\((?:此件|本件|此文|本文)[^()\n]{1,20}\)"
#: a rule above a document's footnotes (a Word file's ____), and a footnote's mark ([1], ①, 注1:)
FOOTNOTE_RULE: Final = r"[ \t]*[_＿—─-]{8,}[ \t]*"
FOOTNOTE_MARK: Final = r"[ \t]*(?:\[[0-9]{1,3}\]|[\u2460-\u2473]|注[0-9]{0,2}[:.])"
#: the label a list of notes stands under, in place of the rule (注释:, 参考文献:)
NOTES_LABEL: Final = r"[ \t]*(?:注释|注|尾注|参考文献|参考资料)[ \t]*:?[ \t]*"
#: the labels of a 版记's lists of the bodies a document goes to
DISTRIBUTION_LABELS: Final = ("抄送", "抄报", "分送", "发送", "报送")
DISTRIBUTION_LABEL: Final = "|".join(DISTRIBUTION_LABELS)
#: the distribution lines of a 公文 (版记): 抄送: …, and who printed it when (…办公室 2024年3月5日印发; a meeting's
#: papers: …秘书处 2021年9月24日印)
DISTRIBUTION: Final = rf"(?:{DISTRIBUTION_LABEL})[ \t]*:|\S[^\n]{{0,40}}日[ \t]*印(?:发|(?=[ \t]*$))"
#: a line that starts a new part of the document: attachments, glossaries. Each form opens with a
#: literal of its own: the regex engine searches for a literal at C speed, for an alternation of
#: them position by position
PART_LABELS: Final = (r"附(?:件\s*[0-9一二三四五六七八九十]{0,2}(?:\s*[:.、])?|\s*[:])", r"名词解释",
                      # the label and the part's title on one line (附件1:…分工表, 附:名词解释); not an attachment
                      # note's list (附件:1.…), which no number follows in the label
                      r"附件\s*[0-9一二三四五六七八九十]{1,2}\s*:[ \t]*(?![0-9])[^\n]{2,40}",
                      # (its number left out, where the attachment's own headings follow right under it: 附件:…清单 /
                      # 一、…; over the signature it is the note of what is attached, 附件说明)
                      r"附件\s*:[ \t]*(?![0-9])[^\n]{2,40}(?=\n[ \t]*(?:[一二三四五六七八九十]{1,3}、|"
                      r"第[一二三四五六七八九十]{1,3}[章条部]))",
                      r"附\s*:[ \t]*(?![0-9])[^\n]{2,20}",
                      # a script's or a lesson plan's part named in brackets on a line of its own (【开场】, 【教学设计】,
                      # 【结束语】): the numbering under it starts afresh
                      r"【\p{Han}{2,8}】")

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
