"""What a document title is made of, as data: genre words, labels, site decorations.

A Chinese official document or speech names its genre in the last words of its
title (…的通知, …实施方案, 在…会议上的讲话), so a line that ends in a genre word and
holds no sentence is a title. The genre words below are the fifteen kinds of 公文
of the 《党政机关公文处理工作条例》 (2012, art. 8: 决议 决定 命令 公报 公告 通告 意见
通知 通报 报告 请示 批复 议案 函 纪要), the rules and regulations a body issues
(条例 规定 办法 细则 规则 章程 制度 守则 准则 预案 …), and the routine writings of
offices (计划 规划 方案 总结 讲话 发言 致辞 主持词 党课 心得体会 材料 …). Patterns are
written for folded text (:mod:`speechparse.widths`): simplified characters,
half-width punctuation; traditional titles match through folding.
"""

from __future__ import annotations

import re
from typing import Final

from speechparse.vocab import ISSUER_ENDINGS
from speechparse.vocab.placeholders import BLANK_CHARS, NAMED_SLOT

#: what a page's own title (HTML <title>) puts between the document's title and the site's name:
#: 关于…的通知_某县人民政府, …讲话 - 某某文库, …方案|某某网
PAGE_TITLE_SEPARATORS: Final = ("_", "-", "|", "——", "—", "·")
PAGE_TITLE_SEPARATOR: Final = "(?:" + "|".join(re.escape(separator) for separator in PAGE_TITLE_SEPARATORS) + ")"
#: the site's name after the separator: a short run of characters, no space or punctuation of a sentence
SITE_NAME: Final = r"[^\s_|,。!?;:]{1,30}"

#: a host's call of the next speaker or item (下面请…致闭幕词, 接下来有请…讲话, 下面由…发言): a sentence said, however it
#: ends, never a title
HOST_CALL: Final = r"(?:下面|接下来|现在|然后)[ \t,]*(?:请|有请|由)"
#: genre words that end a title; the longest that matches wins
GENRE_WORDS: Final = (
    # the fifteen kinds of 公文 (命令 is written 令)
    "决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "纪要", "函",
    # a letter's kinds, and an answer to a deputy's proposal (…的复函, …提案的答复), a body's reply to a citizen's
    # message (关于网友反映…问题的回复), a call (…的倡议)
    "复函", "答复", "回复", "倡议",
    # what a body posts for the public to see or answer: a list or a decision put up for objections (…名单公示), a
    # notice of what it seeks (招聘启事), an audit office's results made public (审计法 art. 36: …审计结果)
    "公示", "启事", "审计结果",
    # what a village or a body lays open on its board (…第四季度村务公开)
    "村务公开", "党务公开", "财务公开",
    # records and periodic reports of routine work (…会议记录, 谈话记录, 第4网格10月份工作月报)
    "记录", "月报", "周报", "季报",
    # rules a body issues
    "条例", "规定", "办法", "细则", "规则", "规程", "章程", "制度", "守则", "准则", "须知", "公约", "规范", "标准", "指南",
    "指引", "纲要", "预案", "清单", "名单", "目录",
    # (a body's book of how a duty is done: …防汛值班手册, 操作手册)
    "手册",
    # a body's collection of its rules, documents or speeches in one volume (…管理制度汇编, …讲话选编)
    "汇编", "选编",
    # the measures a body takes (…的若干措施, 十条举措, 工作提示)
    "措施", "举措", "提示",
    # plans and reports of routine office work
    "实施方案", "方案", "计划", "规划", "要点", "安排", "总结", "汇报", "述职报告", "调研报告", "简报", "材料",
    "对照检查材料", "工作报告", "打算", "思路", "台账", "说明", "答记者问", "专报", "快报", "情况分析",
    # (what an office compiles of what it gathered: …征求意见建议汇总, …情况汇总)
    "汇总",
    # a portal's reading of a policy it printed (…政策解读, 《…》解读), and a letter of introduction
    "解读", "介绍信",
    # proposals of deputies and members of political consultative conferences
    "建议", "提案",
    # speeches and what is said at meetings
    "讲话稿", "讲话文稿", "讲话", "讲稿", "发言稿", "发言", "致辞", "贺词", "主持词", "主持稿", "串词", "开幕词",
    "闭幕词", "欢迎词", "答谢词", "演讲稿", "演讲", "党课", "讲义", "提纲", "动员令", "文稿",
    # (a talk that carries a policy or a spirit to those it concerns: …优惠政策宣讲, …宣讲稿)
    "宣讲", "宣讲稿",
    # (the script a drill or a ceremony runs by, each step and who speaks: …应急疏散演练脚本; a lecture's text:
    # …健康教育讲座稿)
    "脚本", "讲座稿",
    # (辞 for 词: the older spelling, still common in a speech's title)
    "致辞稿", "欢迎辞", "答谢辞", "开幕辞", "闭幕辞", "贺辞", "祝辞", "祝酒辞", "祝酒词", "主持辞", "颁奖辞", "告别辞",
    # letters and pledges (and what a body tells those a work touches: …停水期间相关安排的告知书, 致居民的一封信)
    "贺信", "倡议书", "承诺书", "决心书", "责任书", "公开信", "慰问信", "感谢信", "心得体会", "体会", "村规民约", "征文",
    "告知书", "一封信",
    "寄语", "颁奖词", "誓词",
    # what a body certifies and what it asks (收入证明, 在职证明, …申请书)
    "证明", "证明信", "申请书", "委托书", "授权书",
    # what a reader writes after reading or seeing (读《…》有感, 观…有感, …读后感)
    "有感", "读后感", "观后感",
)

#: the last words of a body's name printed alone atop its page (华晟能源集团有限公司, 青川县人民政府): a masthead
ORGANISATION_ENDINGS: Final = ("有限公司", "有限责任公司", "集团", "公司", "人民政府", "委员会", "办公室", "办公厅", "学院",
                               "省委", "市委", "县委", "区委", "州委", "旗委", "工委", "党组",
                               "大学", "学校", "小学", "中学", "幼儿园", "医院", "协会", "联合会", "局", "厅", "党委",
                               "办事处", "法院", "检察院", "研究院",
                               # (the bodies that run a county's media and its services: 融媒体中心, 电视台, 报社)
                               "中心", "电视台", "广播电台", "报社", "出版社", "研究所")

#: a line that is a body's name and nothing else (read whole): no 在 opens it, no 的 nor 关于 holds it (在…委员会 / 上的讲话
#: and …办公厅关于加强…学校 / …的通知 are a title's first half); bodies that issue together stand on one line, spaces
#: between them (中共某县委 某县人民政府)
_ORGANISATION: Final = rf"[^\s的]{{2,30}}(?:{'|'.join(ORGANISATION_ENDINGS)})"
ORGANISATION_LINE: Final = rf"(?!在)(?![^\n]*关于){_ORGANISATION}(?:[ \t]+{_ORGANISATION}){{0,3}}"

#: a genre word followed by one of these is a word inside a sentence (讲话精神,
#: 报告会, 规划的), not the end of a title glued to the body; nor is one followed by an adverb, whose verb has the
#: genre word for its subject (…的意见又调整了…): a body's first sentence opens with its own subject
GENRE_WORD_CONTINUATIONS: Final = "的之和与暨及中上下等里了是者会建书人员要精文又也还都就才再已却便"

#: a page's labels of a title line (标题:, an e-mail's 主题:): a title copy may stand after them
PAGE_TITLE_LABELS: Final = ("标题", "题目", "主题")
#: a line that names the title of the talk under it with a label (题目:《一盏马灯照初心》, a post's 📖 before it):
#: the title is the label's value (not 标题, a portal's or a note app's field, nor 主题, a mail's subject)
LABELLED_TITLE_LINE: Final = (r"^(?:[\p{Extended_Pictographic}\uFE0F•·][ \t]*)?题[ \t]*目[ \t]*:[ \t]*"
                              r"《?(?P<title>[^《》\n:]{2,60}?)》?[ \t]*$")
#: a title field's line (标题:2031年度述职报告): a portal's or a tool's field; the document's title where the document's
#: opening (its salutation) follows it right away
TITLE_FIELD_LINE: Final = r"^标[ \t]*题[ \t]*:[ \t]*《?(?P<title>[^《》\n:]{2,60}?)》?[ \t]*$"
#: genre labels that open a title with a colon (党课：在…中担当作为, 微党课比赛稿：…):
#: a few words ending in a genre word or in 稿, then the colon
TITLE_LABEL_WORDS: Final = ("党课", "讲话", "发言", "致辞", "报告", "演讲", "稿")
TITLE_LABEL: Final = rf"[^\s:,。!?;]{{0,8}}(?:{'|'.join(TITLE_LABEL_WORDS)})"

#: qualifiers a title may carry in brackets after its genre word: (试行), (草案),
#: (征求意见稿), (2023年修订), (含案例)
TITLE_QUALIFIER: Final = r"\([^()\n]{1,12}\)"

#: a news report's headline of a speech: the speaker at the occasion, or the meeting itself, the verb of saying, a
#: colon, then what was said (周立平在全县防汛工作会议上强调:压紧压实防汛责任, 全县秋收工作推进会要求:…)
SPEECH_HEADLINE: Final = (r"^(?:[\p{Han}·]{2,4}在[^\n:]{2,40}?|[^\n:。!?;,]{1,30}?会议?)"
                          r"(?:强调|指出|要求|表示|提出|寄语|讲话|部署)[ \t]*:")

#: what ends a 公文's red header, the mark of its issuer (GB/T 9704-2012 7.2.3): 某某县人民政府文件
ISSUER_MARK: Final = "文件"
#: a meeting's name alone on a line (全市…工作推进会, …专题会议, …视频会): what a recording or a meeting tool's export
#: is named by, the transcript's title where the speech it holds has none of its own
MEETING_NAME: Final = r"[\p{Han}0-9“”《》、·]{4,40}?(?:会|会议)"
#: the name a meeting tool gives a meeting's recording, alone on the line over its transcript: the meeting's name, the
#: date and time it was recorded, and maybe the word for a recording (全市…推进会-20310314_093012-会议录制)
RECORDING_FILE_NAME: Final = (r"(?P<name>[^\s][^\n]{3,59}?)[ \t]*[-_][ \t]*[0-9]{8}[_-][0-9]{4,6}"
                              r"(?:[ \t]*[-_][ \t]*(?:会议录制|会议录屏|录制|录屏|Meeting Recording|Recording))?")
#: the mark a meeting's papers carry on their cover, each its number in the set (…第五次会议文件(2), 会议材料之二): a
#: line of its own over the paper's title, never the title's first half
MEETING_PAPER_MARK: Final = r"(?:文件|材料)[ \t]*(?:\([ \t]*[0-9一二三四五六七八九十]{1,3}[ \t]*\)|之[一二三四五六七八九十]{1,3})"
#: a subtitle line under a title: ——在…上的讲话, ——2031年1月18日在…会议上
SUBTITLE: Final = r"[—-]{1,2}(?![—-])[^。!?;\n]{2,80}"

#: a document number (发文字号) in front of a title: 京政办发〔2016〕26号, and a template's with its
#: figures blanked (XX〔20XX〕X号)
#: (spaced as a scan reads it: 桃政发 〔2023〕 7 号)
#: (a copy may write its brackets as (), [] or 【】, and a scan's reading may take the year's 0 for an O: (2O24))
# (an older number gives the year in two figures and 第 before the number: 河林字(85)第17号)
#: (a template blanks its figures with any of the blank's characters: □政函〔20□□〕□□号)
DOCUMENT_NUMBER: Final = (rf"\S{{0,12}}[ \t]?[〔(\[【][ \t]?(?:[0-9O{BLANK_CHARS}□○]{{4}}|[0-9]{{2}})[ \t]?[〕)\]】][ \t]?"
                          rf"第?[0-9{BLANK_CHARS}□○]{{1,4}}[ \t]?号")
#: a 公文's marks of secrecy and urgency above its title (GB/T 9704: 密级和保密期限, 紧急程度), and a Word file's
#: stamp of an internal paper: 内部资料 注意保存, 秘密★1年, 特急
SECRECY_MARK: Final = (r"(?:(?:内部(?:资料|文件|材料|刊物|发行)|注意保存|妥善保管|秘密|机密|绝密|特急|加急|特提|平急)"
                       r"[ \t★☆]*(?:[0-9]{1,2}[ \t]*(?:年|个月))?[ \t]*)+")

#: a draft's status opening a line over its title, with the date of the edit after it (第三稿 3月5日改, 送审稿
#: (2024.3.18), 【讨论稿】): the draft's label, no half of the title
DRAFT_STATUS: Final = r"[(【\[]?(?:第[一二三四五六七八九十0-9]{1,3}稿|(?:修改|送审|讨论|征求意见|审议|报审|初|定)稿)"

#: what a site calls the pieces it offers, after their titles (…介绍信模板 篇2, …讲话范文 篇3)
OFFERED_AS: Final = ("模板", "范文", "范本")

#: decorations that document sites add to file names and titles (removed from the
#: title string only, never from the text): file extensions, edition tags
#: (完整版, 精选, word可编辑; a video's: 全程, 高清), page and piece counts ((共20页), 优质6篇, 篇2), category
#: tags in 【】, and the site's genre tag 范文
#: the endings of a file's name that a site, a mail or a tool prints with it: documents, and the recordings a
#: transcript is written from (…推进会录音.m4a)
FILE_EXTENSION: Final = r"(?i:docx?|pptx?|pdf|xlsx?|txt|wps|caj|m4a|mp3|wav|aac|amr|wma|flac|mp4|mov)"
#: the name a tool gives what its AI wrote of a meeting or a page, at a line's end (AI 纪要, 腾讯会议 · 智能纪要,
#: AI总结, and its caveat after it: (内容由AI生成,仅供参考)): a panel's label, no document's title
AI_PANEL: Final = r"(?:AI|智能)[ \t]*(?:纪要|总结|摘要|速览|笔记)"
AI_PANEL_NAME: Final = rf"{AI_PANEL}(?:\([^()\n]{{0,30}}\))?$"
#: a news headline that reports a document's issue (市政府印发方案, 省委出台实施意见): the issuer, the verb, and the
#: genre word as its bare object at the line's end, which names no document, as a title's name before it does (not a
#: name that holds the verb: 山洪预警发布管理办法)
ISSUE_REPORTED: Final = (r"(?:办公室|办公厅|政府|委员会|党委|党组|委|局|厅|部|院|办|署)(?:印发|出台|发布|下发|公布|制定|审议通过)"
                         r"(?:实施|工作|行动|管理|指导)?(?P<object>\p{Han}{1,4})$")
#: a column's tag and its bar before an article's title (专题党课|…)
COLUMN_TAG: Final = r"[^|\n]{2,8}[ \t]*\|[ \t]*"

#: a template's named slot inside its brackets, the word that asks for a name or a date last (单位名称, 领导姓名,
#: 活动日期); a label of a body's kind is none (【军民共建单位】, a column's)
_SLOT_WORDS: Final = r"\p{Han}{0,6}?(?:名称|姓名|名字|人名|日期|时间|地名)"
TITLE_DECORATIONS: Final = (
    rf"\.{FILE_EXTENSION}(?:VIP)?$",
    r"[(\[【](?:完整版|最新版|精选文档|精选|精编版?|word版|word可编辑|可编辑版?|优秀范文|范文|通用|附?全文|(?:通用)?模板|范本|"
    r"共?\d+页|全文\d+字|\d+页珍藏版|(?:共含?|精选|优质|通用|热门)?\d{1,3}篇|\d{1,2}|"
    # (a video's edition: 全程, 完整视频, 高清, 直播回放)
    r"全程|完整视频|视频版?|高清|直播回放|回放)[)\]】]$",
    r"(?:共含?|精选|优质|通用|热门)\d{1,3}篇$",
    # (a recording's name, which its transcript goes by: …会议讲话录音, …党课录音整理)
    r"(?<=讲话|发言|报告|致辞|党课|主持词)(?:现场)?录音(?:稿|整理稿?)?$",
    # (a column's label in brackets; not a template's named slot, its blank for the body's name: 【单位名称】20XX年…)
    rf"(?!【{_SLOT_WORDS}】)【[^】]{{1,8}}】$",
    rf"^(?!【{_SLOT_WORDS}】)【[^】]{{1,8}}】",
    r"^\[(?:转载|原创|转|置顶|推荐|精华)\]",  # a blog's tag before a post's title
    # a social post's topics and the codes of its emoji before the title (#某县防汛#[话筒]【…】)
    r"^#[^#\s][^#\n]{0,29}#",
    rf"^(?!{NAMED_SLOT})\[\p{{Han}}{{1,4}}\]",  # (not a template's named slot: [单位名称]2031年工作总结)
    # a forum's button after a thread's title ([复制链接], [打印]), set off by a space
    r"(?<=\S)[ \t]+\[\p{Han}{2,6}\]$",
    rf"^{COLUMN_TAG}",
    r"篇(?:\d{1,2}|[一二三四五六七八九十]{1,3})$",
    r"(?<=\p{Han})范文$",
    # unbracketed tags after the title's last word: the file's format and edition (…讲话稿word版, …通知2031最新)
    r"(?<=[\p{Han})\]】])(?i:word|docx?|pdf|wps)(?:版|格式|文档|可编辑)?$",
    r"(?<=[\p{Han})\]】])(?:(?:19|20)[0-9]{2})?(?:最新|精选)版?$",
    # the issuer's name a page sets before the title of its 公文 (某某市安全生产监督管理局--关于…的通知): the page's
    # heading names who issued it, the title opens with 关于 (tried before a site's name after
    # a separator, which the title after the issuer's would look like)
    rf"^[^\s_|,。!?;:]{{2,30}}?(?:{'|'.join(sorted(ISSUER_ENDINGS, key=len, reverse=True))})[ \t]*"
    r"(?:-{1,2}|—{1,2}|_|\|)[ \t]*(?=关于)",
    # the site's name after the separator of a page's own title (…的讲话_某某范文网)
    # (a pattern per separator: each is looked for only in a title that holds its separator; not after a
    # dash or a dot, which a title's own subtitle (——在…上的讲话) and names (…·…) use)
    *(rf"(?<=\p{{Han}})[ \t]*{re.escape(separator)}[ \t]*{SITE_NAME}$"
      for separator in PAGE_TITLE_SEPARATORS if separator not in ("——", "—", "·")),
    r"^(?:最新|精选|精编|优秀|优质)",
    # a post's call to its readers before its headline, and what it says it attaches after it (收藏!…主持词(附流程))
    r"^(?:建议收藏|收藏|干货|必看|重磅|速看|转需|实用)[ \t]*[!|:][ \t]*",
    r"[(\[【]附(?:流程|详细流程|完整流程|模板|表格|样表|范文|图解|清单)[)\]】]$",
    # a footnote's mark after the title's last word (…若干措施①, …的讲话[1]): a book's note on where it came from
    r"(?<=\p{Han})(?:[①-⑩]|\[[0-9]{1,2}\])$",
)
