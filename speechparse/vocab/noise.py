"""Web noise by what it is, as data: the furniture any page prints around a document.

Scraped speeches arrive wrapped in what the page around them printed: addresses,
publication lines, counters, breadcrumbs, paywall prompts, an editor's lead-in, a
compilation's labels, leaked markup. None of it depends on which site printed it,
so it is described here by *kind*, in three forms that :mod:`speechparse.clean.generic`
and :mod:`speechparse.clean.table` apply to every text, whether or not the site is in
the site table (:mod:`speechparse.vocab.sites`):

* :data:`GENERIC_RULES`: whole lines and spans whose shape alone says what they are
  (``第 2 页 共 5 页``, ``当前位置:首页 > …``, ``发布时间:2023-06-15``), as
  :class:`NoiseRule` records, the same record the site table uses;
* :data:`EVIDENCE`: the vocabulary of furniture, class by class (:class:`Evidence`),
  scored per line: a line at the head or the tail of the text that is not a
  sentence and carries it is furniture; a sentence is furniture only when it is
  one of the sentences sites write (an editor's lead-in, a copyright or paywall
  notice, a share prompt), which the terms marked ``in_sentence`` say;
* span patterns for noise inside a line: leaked markup (:data:`MARKUP`), an
  editor's lead-in sentence (:data:`EDITOR_SENTENCES`), a compilation's item label
  glued to the body (:data:`COMPILATION_LABEL`), a site's keyword glued after a
  colon (:data:`INJECTED_KEYWORD`), a truncation note (:data:`TRUNCATION_NOTE`).

Patterns are ``regex`` source for folded text (:mod:`speechparse.widths`: half-width
punctuation, simplified characters), compiled with ``MULTILINE``; each is anchored at
a line start or starts with a literal or a rare character, and none nests unbounded
quantifiers, so none can backtrack catastrophically.
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

from speechparse.vocab.chars import POINTING_MARKS
from speechparse.vocab.schemes import UNDER_A_STYLED_NUMBER
from speechparse.vocab.titles import AI_PANEL, FILE_EXTENSION

LINE, SPAN, TO_END, META = "line", "span", "to_end", "meta"
HEAD, TAIL, ANYWHERE = "head", "tail", "anywhere"


@frozen
class NoiseRule:
    """One kind of boilerplate with a shape of its own (a site's or the web's)."""

    name: str
    pattern: str
    kind: str = LINE
    where: str = HEAD
    #: the site a match shows the text came from (canonical name)
    site: str | None = None
    #: a match means the text stops before the document ends
    truncated: bool = False
    #: the rule applies only when it matches at least this often in the text
    min_matches: int = 1
    #: the rule applies only when the rule of this name matched too (a site's signature)
    requires: str | None = None
    #: a span takes the spaces before it too (found by code: a pattern that opened with
    #: [ \t]* would try every position of a long run of spaces again and again)
    spaces_before: bool = False
    #: the pattern reads the text as written, not folded: it is about code points
    #: (a filler drawn from blocks of the code chart), not about words
    folded: bool = True
    #: the line is a page break (a page's number): the blank lines around it go too, so the text of the two
    #: pages meets and a sentence the page cut is rejoined as a line wrap would be
    page_break: bool = False
    #: a match counts only this many characters or more from the rule's next and last ones (a page holds more
    #: text than that; closer ones are something else, a table's row numbers)
    min_apart: int = 0
    #: a span that is its line's whole text leaves the line's break: the line stood for a blank one (a quoted
    #: message's empty line, ">", parts its paragraphs)
    keeps_break: bool = False


#: an article's collection tags, each with how many articles it holds (#党课讲稿 38个)
COLLECTION_TAGS: Final = r"#[^#\s]{2,20}[ \t]+[0-9]{1,5}个(?:[ \t]+#[^#\s]{2,20}[ \t]+[0-9]{1,5}个)*"
#: a social post's topics after its words on their line (…的讲话! #快递 #安全生产)
TRAILING_TOPICS: Final = r"(?<=\S)(?:[ \t]*+#[^\s#]{1,20}+){2,12}+[ \t]*+$"
#: the least text a page holds between two of its numbers (characters)
MIN_PAGE_TEXT: Final = 150
#: the fields of an office system's record of a document: who drafted, checked and signed it, how it is filed
OA_RECORD_FIELDS: Final = ("拟稿人|拟稿|核稿人|核稿|签发|会签|校对|流水号|密级|缓急|紧急程度|拟稿部门|拟稿单位|主办部门|"
                           "主办处室|归档号|印发份数|来文单位|来文字号|收文编号|签收人|"
                           # (and where the document is in its course, and who may read it: 办理状态:已办结, 阅读范围:…)
                           "办理状态|当前环节|当前状态|阅读范围|发布范围|知悉范围")
#: how far the head and the tail reach (characters); the head runs on to the end of
#: the line it stops in, but never more than MAX_HEAD_LINE further
HEAD_CHARS: Final = 2500
TAIL_CHARS: Final = 2500
MAX_HEAD_LINE: Final = 2000

#: a time from a recording's start, as its captions and chapters give it ([00:08], 06:45, 1:02:15)
RECORDING_TIME: Final = r"\[?(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-5][0-9]\]?"
#: a transcript's speaker line over a turn: the speaker, as the tool numbers them or by name, and the time into the
#: recording the turn starts at (发言人1 03:58, 说话人2  00:12, 王某某(主持人)  00:21:33; a named turn's hours are a
#: recording's few, not a chat's clock of the day: 王某  09:12:07 is a message's sender)
TRANSCRIPT_SPEAKER: Final = (rf"(?:(?:发言人|说话人|讲话人|Speaker)[ \t]*[0-9]{{1,2}}[ \t]++{RECORDING_TIME}|"
                             r"[\p{Han}·]{2,5}(?:\([^()\n]{1,8}\))?[ \t]++\[?0?[0-3]:[0-5][0-9]:[0-5][0-9]\]?)")
#: a transcript's turn under its speaker's name and the minutes and seconds into the recording (王某  03:41): a chat's
#: sender over a clock looks the same, so the turns are read as a recording's only where their times start at its
#: first minute and never go back
NAMED_TURN: Final = (r"^[ \t]*+[\p{Han}·]{2,5}(?:\([^()\n]{1,8}\))?[ \t]++\[?(?P<minutes>[0-9]{1,2}):(?P<seconds>[0-5][0-9])\]?"
                     r"[ \t]*+$")
#: the label of a news page's ranking of what is read most (热点排行, 点击排行, 24小时排行榜): its headlines are numbered
RANKING_LABEL: Final = r"(?:热点|热门|点击|阅读|浏览|新闻|本周|本月|24小时)排行榜?|排行榜"
#: the label of a page's list of links to other documents: the titles under it are links, not the body
LINK_LIST_LABEL: Final = (r"推荐阅读|相关(?:文章|阅读|推荐|范文|文档|专题|链接|新闻|解读|附件|报道|视频|模板|帖子|下载|稿件|资讯|笔记)|"
                          # (words a document's own sentences say too, 建立健全相关制度: a label's only where no word
                          # runs into them)
                          r"(?<!\p{Han})相关(?:资料|问题|文件|法规|政策|案例|制度|信息|内容)|"
                          r"相关资源|相关\p{Han}{1,6}?推荐|热门(?:文章|推荐|范文|专题)|"
                          # (a city's app: the services it links to under the page, 相关服务 / 天气预报 / 预警查询)
                          r"相关服务|"
                          rf"热点(?:新闻|推荐|文章)|{RANKING_LABEL}|"
                          r"图文解读|图解|一图读懂|附件下载|"
                          r"猜你喜欢|为(?:您|你)推荐|相关热搜|热门搜索|大家都在搜|栏目推荐|精彩推荐|往期(?:精彩)?(?:推荐|回顾|精选|文章)|延伸阅读|更多(?:相关|精彩|范文)(?:内容)?|"
                          # (a library's like pieces: 类似文章  更多)
                          r"(?:类似|相似|同类)(?:文章|范文|文档|内容|资料)|"
                          # what other readers chose (喜欢此内容的人还喜欢, 看过本文的人还看了)
                          # (阅读了该文档的用户还阅读了这些文档: what the readers of this file read too)
                          r"(?:(?:阅读|看|浏览|下载)[过了]?(?:该|本|这篇|此)(?:文档|文章|文|篇)?)?(?:的人|读者|网友|的用户)"
                          r"(?:还|也)(?:喜欢|在看|看了|看过|读了|阅读了)(?:这些(?:文档|文章))?|"
                          # an e-paper's list of the headlines on the page (本版导航, 本版标题导航)
                          r"(?:本版)?标题导航|本版导航|本版标题|本版(?:其他|其它)?(?:新闻|文章|要闻)(?:列表)?|版面导航|"
                          # the author's other pieces, listed under the one read (作者最新文章, TA的热门作品, 上传者其他文档)
                          r"(?:作者|博主|TA|他|她|上传者|上传人)的?(?:最新|其他|其它|更多|热门)(?:文章|作品|内容|博文|文档|资料|日记)|"
                          # (a message board's other letters and answers; a blog engine's related posts)
                          r"相关(?:留言|问政|诉求|回复)|Related(?: (?:Posts|Articles))?")
#: the labels of a page's table of metadata about the document: a government portal's (索引号:, 发布机构:)
#: and a law database's (【效力级别】, 【实施日期】)
_METADATA_WORDS: Final = (
    "索引号", "组配分类", "信息分类", "主题分类", "体裁分类", "发布机构", "发文机关", "生成日期", "发文日期", "成文日期",
    "发布日期", "生效时间", "废止时间", "有效性", "是否有效", "时效性", "公开方式", "公开范围", "公开时限", "信息来源", "文件名称",
    "主题词", "效力级别", "效力等级", "法规类别", "发布部门", "发文字号", "实施日期", "施行日期", "公布日期", "失效日期",
    "制定机关", "信息名称")
#: labels too common in a document's own text to be evidence anywhere, but not at a line start in the head
_METADATA_TABLE_WORDS: Final = ("浏览次数", "内容概述", "名称", "文号", "政策解读")


def _padded(word: str) -> str:
    """A label as a table aligns it: one of two or three characters spaced out to the width of four (文    号)."""
    return r"[ \t]*".join(word) if len(word) <= 3 else word


#: as evidence, the labels as written (spaced out, their characters alone would be looked for in every line)
METADATA_LABELS: Final = "|".join(_METADATA_WORDS)
#: at a line start in the head, also as a table aligns them
METADATA_TABLE_LABELS: Final = "|".join(map(_padded, _METADATA_WORDS + _METADATA_TABLE_WORDS))
ISO_DATE: Final = r"\d{4}-\d{1,2}-\d{1,2}"
#: a date that is one day, not an end of a period: a page is published on a day, and a period
#: (2031-09-01至2031-10-31) is the document's own, the time of an event it announces
_PERIOD_MARK: Final = r"(?:至|到|~|—|-)"
ISO_DAY: Final = (rf"{ISO_DATE}(?<![0-9][ \t]{{0,4}}{_PERIOD_MARK}[ \t]{{0,4}}{ISO_DATE})"  # (behind once a date is read)
                 rf"(?![0-9]{{0,2}}[ \t]{{0,4}}{_PERIOD_MARK}[ \t]{{0,4}}[0-9])")
FILE_SIZE: Final = r"[\d.]+\s*[KMG]?B"

#: one of an account's counts on its card (文章 1286, 总阅读 358万, 粉丝 2.1万)
_ACCOUNT_COUNT: Final = r"(?:文章|作品|粉丝|获赞|总阅读|阅读|关注|总访问)[ \t]*[0-9]+(?:\.[0-9]+)?[万千wW]?"
#: one of a forum member's counts on its card (积分 2156, 帖子 412, 精华 3)
_MEMBER_COUNT: Final = r"(?:积分|帖子|主题|精华|威望|金钱|贡献|在线时间)[ \t]*[0-9]+(?:[ \t]*小时)?"
#: where a share bar sends a page: the networks and the ways to pass it on (a line of them is the bar)
SHARE_TARGETS: Final = ("微信好友|微信|朋友圈|QQ好友|QQ空间|QQ|新浪微博|腾讯微博|微博|豆瓣|人人网|百度贴吧|钉钉|"
                        "复制链接|推荐给朋友|二维码|更多")
#: a page's navigation: its breadcrumb (当前位置:首页 > …) or its menu bar opening with 首页 (首页 | 机构概况 | …, items
#: parted by bars, arrows or wide spaces); the page's header stands above it, the document below
NAVIGATION_BAR: Final = (r"[ \t]*+(?:[^\n]{0,12}?(?:当前位置|所在位置|现在的位置|当前页面|当前栏目)|"
                         # (its items parted by a mark or by spaces, one full-width space too as a folded copy has it:
                         # 首页 番剧 直播 …; a line opens with 首页 in no sentence)
                         r"(?:网站|集团|学校)?首页(?:[ \t]*(?:[|>›»/·]|[ \t\u3000]{2,})[ \t]*[^\s|>›»/·]{1,12}){2,}|"
                         r"(?:网站|集团|学校)?首页(?:[ \t\u3000][^\s|>›»/·]{1,6}){3,}[ \t]*$|"
                         # (an e-paper's page label: 第03版:要闻)
                         r"第[ \t]*\d{1,3}[ \t]*版[ \t]*[:][ \t]*\p{Han}{1,8}[ \t]*$)")

#: when a forum's post or floor was posted (发表于 2031-2-21 22:30): the fact the forum rules below share
FORUM_POSTED_AT: Final = r"发表于[ \t]*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
#: a forum post's header line: when it was posted, and the button to read only its poster's posts (发表于 2031-2-21
#: 22:30 | 只看该作者), or the poster's standing before the time instead (积分:3311  发表于 2031-11-08 21:47): a
#: thread's posts each open with one
FORUM_POST_HEADER: Final = (rf"^[ \t]*+{FORUM_POSTED_AT}[ \t]*\|[ \t]*只看该作者|"
                            rf"^[ \t]*+(?:\p{{Han}}{{2,4}}[ \t]*:[ \t]*[0-9]{{1,7}}[ \t]+){{1,4}}{FORUM_POSTED_AT}[ \t]*$")

#: the line a mail client sets above the message it forwards or quotes (-------- 原始邮件 --------)
EMAIL_FORWARD_LINE: Final = (r"^[ \t]*+-{2,}[ \t]*(?:原始邮件|转发的邮件|转发邮件(?:信息)?|邮件原文|Original Message|"
                             r"Forwarded message)[ \t]*-{2,}[ \t]*$|"
                             # (or above the message it quotes: 在 2031/4/8 10:15,王某 <…> 写道:, On … wrote:)
                             r"^[ \t]*+(?:在|于)[^\n]{4,120}?写道[ \t]*:[ \t]*$|^[ \t]*+On [^\n]{4,160}? wrote:[ \t]*$")

#: a post's time in brackets after its title, on the title's line, and the blog's button after it (读…有感
#: (2031-04-18 21:36:12)转载▼)
POST_TIME: Final = rf"\({ISO_DATE}[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\)(?:[ \t]*\p{{Han}}{{1,4}}▼)?[ \t]*$"

#: a chat message's time, its date optional (6月27日 20:33, 2031-06-27 20:33:05, 20:33); the clock alone is shared with
#: the chat stage's sender lines
_CHAT_DATE: Final = r"(?:[0-9]{4}[-/年])?[0-9]{1,2}[-/月][0-9]{1,2}日?"
#: a chat's voice message shown as text under its sender: the clip's length and the label of the text ([语音] 60″ /
#: 转文字:)
CHAT_VOICE_LABEL: Final = (r"[ \t]*+\[语音\][ \t]*[0-9]{1,2}[ \t]*(?:″|\"|''|秒)[ \t]*\n"
                           r"[ \t]*+(?:转文字|转文本|语音转文字)[ \t]*:[ \t]*")
#: the names EPUB's conventions give a book's own files, before its text's: the title page, the copyright page, the
#: cover, the contents
_EBOOK_FRONT_FILE: Final = r"(?i:titlepage|title_page|cover|copyright|toc|nav|contents|frontmatter|colophon)"
CHAT_CLOCK: Final = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
#: a chat record's day between rules, a line of its own (—————  2031年11月5日  —————)
CHAT_DAY_RULE: Final = (rf"^[ \t]*+[—-]{{2,}}[ \t]*{_CHAT_DATE}(?:[ \t]*(?:星期|周)[一二三四五六日天])?"
                        # (a work chat's, with the first message's time: —— 2031年5月6日 上午 08:57 ——)
                        rf"(?:[ \t]*(?:上午|下午|中午|早上|晚上)?[ \t]*{CHAT_CLOCK})?[ \t]*[—-]{{2,}}[ \t]*$")
_CHAT_TIME: Final = rf"(?:{_CHAT_DATE}[ \t]*)?{CHAT_CLOCK}"
#: the tabs of an online word processor's ribbon (文件 开始 插入 页面布局 引用 审阅 视图)
EDITOR_TABS: Final = r"文件|开始|插入|页面(?:布局)?|布局|设计|引用|邮件|审阅|视图|工具|帮助|格式|编辑|表格|章节|安全|开发工具"
#: the glyphs an app sets before a comment (speech balloons)
COMMENT_ICONS: Final = "💬🗨🗪"
#: a shared document's comments printed inline under their panel's label and count (评论 (2), 批注(3), or the label
#: alone): the label,
#: each comment's header (its writer and when: 刘某 3月11日 10:22), and the button under a comment (回复)
#: (the label may follow the app's icon: 💬 评论(2), or stand between rules at the document's foot: —— 评论 ——; a
#: reviewer's change has its own card: 修订, and a panel lists them: 修订记录(3); the count may follow a dot or a
#: space: 全部评论 · 6, 评论 2; the first comment's header may stand on the label's line: 💬 评论 · 某某 · 08-30 10:21,
#: or after the app's icon alone: 💬 某某 · 7月3日 10:12)
COMMENTS_PANEL: Final = (rf"^[ \t]*+(?:[{COMMENT_ICONS}]\uFE0F?[ \t]*(?!(?:全部)?(?:批注|评论|修订))(?P<iconed>[^\s\p{{So}}][^\n]{{1,58}}?)"
                         r"[ \t]*$|"
                         r"(?:\p{So}\uFE0F?[ \t]*)?(?:[—-]{1,4}[ \t]*)?(?:全部)?(?:批注|评论|修订(?:记录)?)"
                         r"[ \t]*(?:\([ \t]*(?P<count>[0-9]{1,2})[ \t]*\)|·[ \t]*(?P<dotted>[0-9]{1,2})(?![0-9:])条?"
                         r"|(?<=[ \t])(?P<spaced>[0-9]{1,2})(?![0-9:]))?"
                         r"(?:[ \t]*[—-]{1,4})?(?:[ \t]*·[ \t]*(?P<first>[^\n]{1,60}?))?[ \t]*$)")
#: (the writer's unit may follow their name, 王某(区人武部), or lead it, 党政办-陈某, and so may their post, 局长 陈某;
#: a dot may part the name from the time, 某某 · 08-30 10:21; the day may be said, 昨天 16:20; whom a reply answers
#: may follow, 回复 某某; an export may letter each comment as its anchor in the text is lettered, [a] 某某 4月8日 10:12)
COMMENT_HEADER: Final = (rf"[ \t]*(?:\[[a-z0-9]{{1,2}}\][ \t]*)?(?:[\p{{Han}}A-Za-z]{{1,8}}-|\p{{Han}}{{1,6}}[ \t]+)?"
                         rf"[\p{{Han}}A-Za-z·]{{2,10}}"
                         rf"(?:\([^()\n]{{1,12}}\))?(?:[ \t]*·)?[ \t]+(?:(?:昨天|今天|前天)[ \t]*|{_CHAT_DATE}[ \t]*)?"
                         rf"{CHAT_CLOCK}(?:[ \t]+回复[ \t]+[^\s]{{1,16}})?[ \t]*")
#: (or the writer's name alone, and when under it: 某某 / 3月6日 15:21)
COMMENT_NAME_LINE: Final = r"[ \t]*[\p{Han}A-Za-z·]{2,10}(?:\([^()\n]{1,12}\))?[ \t]*"
COMMENT_TIME_LINE: Final = rf"[ \t]*(?:(?:昨天|今天|前天)[ \t]*|{_CHAT_DATE}[ \t]*)?{CHAT_CLOCK}[ \t]*"
#: a reviewer's change in a panel of changes, who made it and what it did, its time under it (某某  插入了:“…”)
CHANGE_LINE: Final = r"[ \t]*[\p{Han}A-Za-z·]{2,10}[ \t]+(?:插入了|删除了|修改了|替换了|添加了)[ \t]*:[^\n]{1,200}"
#: (the button may mark the comment settled: 标记为已解决, ✓ 已解决; a change's card offers 接受  拒绝; under the last
#: card, the settled ones folded, 已解决的评论(2), and the box to add one, 添加评论…)
COMMENT_BUTTON: Final = (r"(?:[ \t]*(?:[✓√✔][ \t]*)?(?:回复|点赞|解决|删除|标记为已解决|已解决|接受|拒绝|已显示全部评论)"
                         r"(?:[ \t]+(?:·[ \t]*)?(?:回复|点赞|解决|删除|接受|拒绝)){0,3}[ \t]*"
                         r"|[ \t]*(?:已解决的评论[ \t]*(?:\([0-9]{1,3}\))?|添加评论…?)[ \t]*)")
#: a comment card's quote of the words it is anchored to, above its first comment (引用:…)
COMMENT_QUOTE: Final = r"[ \t]*引用[ \t]*:[^\n]{0,300}"
#: a reply under a comment with its words on its line: under an arrow (↳ 某某 4月8日 11:03:…), to its writer
#: (回复 某某:…), or to someone named (@某某 …)
COMMENT_REPLY: Final = r"[ \t]*(?:[↳└][^\n]{1,300}|回复[ \t]+[^\s:]{1,16}[ \t]*:[^\n]{0,300}|@[^\s@]{1,16}[ \t][^\n]{1,300})"

#: a newspaper's note where an article leaves its page (下转第三版) and where it comes back on another (上接第一版):
#: what stands between the two is the other page's head, not the article
#: a subtitle file's note of a sound, in brackets ([音乐], (掌声), [现场掌声]), and its credit, a cue of its own (字幕制作:某某
#: 融媒体中心, 翻译:…, 时间轴:…)
SUBTITLE_SOUND: Final = (r"[\[(【][ \t]*(?:现场|背景)?(?:音乐|掌声|笑声|鼓掌|欢呼|喝彩|片头曲|片尾曲|音效|静音|无声)"
                         r"[ \t]*[\])】]")
#: a caption log's line: the clock time in brackets, maybe the speaker and a colon (a meeting tool's live captions,
#: a stream's replay: [15:00:12] 某某:…, [00:14:05] …)
CAPTION_STAMP: Final = r"^[ \t]*+\[[0-9]{1,2}:[0-5][0-9]:[0-5][0-9]\][ \t]*+(?:(?P<speaker>[^\s:,。!?;]{2,24}):[ \t]*+)?"
#: the speakers of a caption log that are the tool's, not anyone's (系统消息:某某 加入会议)
CAPTION_SYSTEM_SPEAKERS: Final = ("系统消息", "系统提示", "系统通知")
#: a live stream's room among its captions: a viewer's comment flying over it, a viewer's arrival
LIVE_ROOM_LINE: Final = (r"[ \t]*+(?:【弹幕】[^\n]*+|欢迎[ \t]*\S{1,20}[ \t]*(?:进入|来到)直播间[^\n]{0,10}|"
                         r"\S{1,20}[ \t]*(?:点赞了直播|关注了主播|分享了直播)[^\n]{0,10})")
SUBTITLE_CREDIT: Final = r"(?:字幕(?:制作|翻译|校对|组)?|翻译|校对|时间轴|压制|后期)[ \t]*:[^\n]{1,60}"
#: a course platform's mark of where a learner stands in a lesson, after its entry in the course's contents (1.2
#: 某某专题  已完成, 2个任务点, 待解锁): an entry of the platform's panel, no heading of a text
COURSE_PROGRESS: Final = r"(?:已完成|未完成|已学完|未学习|学习中|进行中|未开始|待解锁|未解锁|[0-9]{1,3}[ \t]*个任务点)"
#: a font a Chinese document is set in, as an editor's format bar names it (仿宋_GB2312, 方正小标宋简体, Times New Roman)
FONT_NAME: Final = (r"(?:仿宋|宋体|黑体|楷体|微软雅黑|等线|方正[\p{Han}]{1,6}|华文[\p{Han}]{1,4})(?:_GB2312|_GBK|-GB2312)?|"
                    r"Times New Roman|Arial|Calibri")
#: a font's size, by the names Chinese word processors give them (三号, 小四) or in points
FONT_SIZE: Final = r"(?:初号|小初|[一二三四五六七八]号|小[一二三四五六]|[0-9]{1,2}(?:\.5)?(?:[ \t]?(?:pt|磅|号))?)"
#: a field of a note app's page properties (状态, 负责人, 标签, 创建时间)
_PAGE_PROPERTY: Final = (r"(?:状态|负责人|标签|创建时间|创建人|创建者|最后编辑|最后编辑时间|最近编辑|更新时间|截止日期|作者|类型|优先级|"
                         r"所有者|参与人|Status|Tags|Owner|Created|Last edited)")
#: a course platform's tabs over a lesson (章节, 讨论, 作业, 考试, 资料, 错题集)
_COURSE_TAB: Final = r"(?:章节|讨论|作业|考试|资料|错题集|学习记录|视频|文档|章节测验|课件|笔记|通知|问答)"
PAGE_JUMP_ON: Final = r"\((?:下转|转)第?[A-Z]?[一二三四五六七八九十0-9]{1,3}版\)"  # (a lettered section's: 下转A3版)
PAGE_JUMP_BACK: Final = r"\((?:上接|接)第?[A-Z]?[一二三四五六七八九十0-9]{1,3}版\)"
PAGE_JUMP_RULE: Final = "news.page_jump"


GENERIC_RULES: Final[tuple[NoiseRule, ...]] = (
    # ---- a file offered for download: its name, size, page count, preview captions
    # (an e-mail's or a page's label of the file is no part of its name: 附件: …的函.docx, 文件名: …录音.m4a)
    # (not a breadcrumb whose last step is the file: 首页 > 行业资料 > …章程.doc, the menu's line)
    # (nor a list of files, one after another: 附件: 附件1.…表.xlsx; 附件2.…表.docx names no one file)
    NoiseRule("file.name", rf"^[ \t]*+(?![^\n]*?[ \t][>›»][ \t])(?![^\n]*?\.{FILE_EXTENSION}[ \t]*[;,、][ \t]*\S)"
                           rf"(?:(?:附件[ \t]*\d{{0,2}}|文件名称?)[ \t]*:[ \t]*)?"
                           rf"(?P<file_title>\S[^\n]{{0,120}}?\.{FILE_EXTENSION})(?:VIP)?[ \t]*$"),
    NoiseRule("file.decorated_name",
              r"^[ \t]*+(?P<file_title>[^\n]{4,80}\((?:精选文档|完整版|精编版|word可编辑|可编辑版?|最新版)\))[ \t]*$"),
    NoiseRule("file.page_caption", r"^[^\n]{1,160}_第\d+页[ \t]*$"),
    NoiseRule("file.page_count", r"^[ \t]*+第\d+页\s*/\s*共(?P<pages>\d+)页[ \t]*$"),
    NoiseRule("file.pages", r"^[ \t]*+页数:\s*(?P<pages>\d+)\s*页?[ \t]*$"),
    NoiseRule("file.size", rf"^[ \t]*+(?:-[ \t]*)?(?:大小:\s*)?{FILE_SIZE}[ \t]*$"),
    NoiseRule("file.id", r"^[ \t]*+ID:\s*\d+[ \t]*$"),
    NoiseRule("file.length", r"\(全文\d+字\)", SPAN, spaces_before=True),
    # ---- paywalls and previews that stop before the document does
    NoiseRule("paywall.unfinished", r"^[ \t]*+\(未完,全文共\d+字,当前显示\d+字\)[ \t]*$", where=ANYWHERE, truncated=True),
    NoiseRule("paywall.notice", r"^[ \t]*+\(请认真阅读下面的提示信息\)[ \t]*$", where=ANYWHERE),
    # (set off by rules: —— 试读结束,剩余3418字 ——); what a page prints under it is its own: the offer to buy, the
    # pages it recommends
    # (or the site's note of how many pages it shows: 温馨提示:当前文档最多只能预览3页,此文档共4页,请下载后查看…)
    NoiseRule("paywall.preview_end", r"^[ \t]*+(?:🔒[ \t]*)?(?:[-—–=*~·]{1,6}[ \t]*)?(?:免费)?(?:全文预览已结束|预览已结束|试读结束|"
                                     r"试看(?:已)?结束|(?:温馨提示[ \t]*:[ \t]*)?(?:当前)?文档最多(?:只能|可以)?(?:预览|试读)"
                                     r"[ \t]*\d+[ \t]*页)[^\n]{0,60}$", TO_END, ANYWHERE, truncated=True),
    # (the file's price in points or in money may stand before it: 2 积分  还剩0页未读,继续阅读, 3.00元  还剩4页未读; wherever the preview folds, in
    # the body too, and spaced as a page sets the count apart: 还剩 3 页未读, or 剩余2页未读, or its count not shown:
    # 还剩...页未读)
    NoiseRule("paywall.read_more", r"^[ \t]*+(?:\d+(?:\.\d{1,2})?[ \t]*(?:积分|元|金币|下载券)[ \t]+)?(?:已阅读\d+页,)?(?:还剩|剩余)[ \t]?(?P<pages_left>\d+|[.…]{1,6})[ \t]?页未读"
                                   r"[^\n]{0,20}$", where=ANYWHERE, truncated=True),
    # (and, where a preview folds, its offer to read on for members, VIP 开通VIP 免费看全文, and its watermark's word that
    # the preview is the file, 预览与源文档一致,下载高清无水印)
    NoiseRule("paywall.member_offer", r"^[ \t]*+(?:VIP[ \t]*)?开通VIP[ \t,]*[^\n]{0,16}$", where=ANYWHERE),
    NoiseRule("paywall.preview_mark", r"^[ \t]*+预览与源文档一致[^\n]{0,20}$", where=ANYWHERE, page_break=True),
    NoiseRule("reader.footer", r"^Loading\.\.\.[ \t]*$", TO_END, TAIL),
    NoiseRule("reader.more", r"^[ \t]*+(?:<!--go-->|本章未完,请点击下一页继续阅读\s*>>)[ \t]*$", where=TAIL,
              truncated=True),
    # ---- a site's own lines: greeting, share and contact lines, comment sections
    # a greeting to a site, named by its site word (a speech's 欢迎来到XX县 is not one)
    NoiseRule("site.welcome", r"^[ \t]*+欢迎(?:来到|访问|光临|登录|登陆)(?P<site>[^\s!\n|]{1,12}(?:网|网站|文库|之家|平台|社区|论坛))"
                              r"!?[ \t]*$"),
    NoiseRule("site.share_by", r"^[ \t]*+[\p{Han}]{2,3}分享[ \t]*$"),
    NoiseRule("site.history", r"^[ \t]*+(?:浏览记录|手机版|正文复制|电脑版|举报|开通vip|举报文档)[ \t]*$"),
    NoiseRule("site.contribute", rf"^[ \t]*+时间:\s*{ISO_DATE}[^\n]*我要投稿[ \t]*$"),
    NoiseRule("site.qq", r"^[ \t]*+-?[ \t]*(?:网站)?客服QQ:\s*\d+[ \t]*$"),
    NoiseRule("comments", r"^[ \t]*+(?:手机扫码阅读本文|用户评论|相关文章|请输入验证码|APP下载|"
                          r"\(以下评论仅代表网友意见,与本站立场无关\)|网友评论共\s*\d*\s*条?)[ \t]*$", where=TAIL),
    # a video's or a post's comments, each a line of its writer, its words and its likes at the end (某某:…　128赞,
    # the author's own reply with the author's like: 作者:已转相关部门　作者赞过), two at least; the button to unfold the
    # replies under them (展开更多回复)
    NoiseRule("comments.liked", r"^[ \t]*+[^\n:]{1,24}:[^\n]{1,300}?(?:(?<=[^\d.\s])[ \t\u3000]{1,4}\d+(?:\.\d)?[万wW]?[ \t]?赞|"
                                r"[ \t\u3000]👍[ \t]*\d{1,6}|[ \t\u3000]作者赞过)[ \t]*$", where=TAIL, min_matches=2),
    # (and a reply under one, hung from it: └ 某某 回复:…)
    NoiseRule("comments.liked", r"^[ \t]*+[└┗↳][ \t]*[^\n:]{1,24}?[ \t]*回复[ \t]*:[^\n]*+$", where=TAIL),
    NoiseRule("comments.liked", r"^[ \t]*+(?:展开|查看)(?:更多|全部|\d{1,4}条)回复[ \t]*[>›]?[ \t]*$", where=TAIL),
    # an answer's foot on a questions site, when it was last edited and where from (编辑于 2031-11-02 21:37・IP 属地某省):
    # what follows is its buttons, its comments and the other answers
    # (matched to the text's end: the other answers' numbered tips below would read as the text's numbering going on)
    # (under the answer's last sentence: a self-media page's edit stamp atop the text, 编辑于 12-20, is no foot)
    NoiseRule("qa.answer_foot", r"(?<=[。!?~…][ \t]*\n)[ \t]*+(?:编辑于|发布于)[ \t]*(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}-[0-9]{2}|"
                                r"昨天|前天)"
                                r"[^\n]{0,30}+(?:\n[^\n]*+)*+\Z", SPAN, TAIL),
    # and the answerer's thanks for being asked, the answer's first words (谢邀。…): theirs, not the text they paste
    NoiseRule("qa.thanks_for_asking", r"^[ \t]*+谢邀[。,!~][^\n]*+$"),
    # a questions site's note under the answer it chose (本回答由提问者推荐, 本回答被网友采纳): what follows is the page's,
    # the answer's rating, the other answers, the site's picks; and the answerer's plea to accept it right above it
    # (…希望能帮到你,望采纳~), their words to the asker, not the answer's text
    NoiseRule("qa.answer_end", r"^(?:[^\n]{0,300}?(?:望采纳|请采纳|希望(?:能|可以)?帮(?:到|助(?:到)?)你)[^\n]{0,4}\n)?[ \t]*+"
                               r"本回答(?:由[^\n]{1,12}?(?:推荐|认证)|被[^\n]{1,12}?采纳)[^\n]*$", TO_END, TAIL),
    # the label of a page's comments, and a post's bar of reactions (支持(3) 反对(0)): what follows is the readers'
    NoiseRule("comments.section", r"^[ \t]*+"
                                  # (not a shared document's panel of comments printed where they are anchored, its
                                  # label alone, a comment's header under it: the document goes on after them)
                                  rf"(?!(?:评论|批注)[ \t]*(?:\(?[0-9]{{1,2}}\)?)?[ \t]*\n{COMMENT_HEADER}$)"
                                  # (回应, a community's word for its replies: 最赞回应, 全部回应)
                                  r"(?:(?:热门|最新|全部|精彩|精选|网友|用户|读者|最赞|文档|文章)?(?:评论|留言|跟帖|跟贴|观点|弹幕|回应)(?:区|列表)?|"
                                  r"(?:其他|全部|更多)(?:回答|答案))[ \t]*(?:\(\d+\)|\d+[ \t]*条?)?"
                                  # (and how many took part: 跟贴 12 参与 356)
                                  r"(?:[ \t]+参与[ \t]*\d+)?"
                                  # (and the button to read the author's replies alone: 全部评论2 只看作者)
                                  r"(?:[ \t]*只看(?:作者|楼主))?"
                                  # (and the bar that sorts them: 按热度 | 按时间, 最热 ▼, 最热  最新)
                                  r"(?:[ \t]+按(?:热度|时间)(?:[ \t]*\|[ \t]*按(?:热度|时间))?|"
                                  r"(?:[ \t]+(?:最热|最新|热门|时间|默认)[ \t]*[▼▾↓]?){1,2})?[ \t]*$|"
                                  # (or that bar alone, under the post's counts: 按热度  按时间)
                                  r"^[ \t]*+按(?:热度|时间)[ \t]*\|?[ \t]*按(?:热度|时间)[ \t]*$|"
                                  r"^[ \t]*+(?:(?:发表|写下?(?:你的)?|我要|说说你的|发布一条(?:带图)?)(?:评论|留言|看法)吧?|说点什么)[ \t]*(?:\.{3}|…)?"
                                  r"[ \t]*$|"
                                  # (a course platform's discussion under a lesson, its count and its button: 讨论(3)
                                  # 发表讨论)
                                  r"^[ \t]*+讨论[ \t]*\(\d+\)(?:[ \t\u3000]+发表讨论)?[ \t]*$|"
                                  # (a count of them: 共 86 条评论, 183 条评论, a wiki's 4 评论)
                                  # (not a team chat's thread under a message, its last reply's time under the
                                  # count: 3 条回复 / 最后回复 今天 11:20; the channel goes on after it)
                                  r"^[ \t]*+共?[ \t]*\d+[ \t]*条?[ \t]*(?:评论|留言|回复)[ \t]*$(?!\n[ \t]*最后回复)|"
                                  # a blog's label of its comments with its button or its warning (评论 [发评论])
                                  r"^[ \t]*+评论[ \t]*(?:\[发评论\]|重要提示)|"
                                  # a notes app's or a page's label of its comments after an icon (💬 评论(2))
                                  # (not a panel of comments printed where they are anchored, a comment's header
                                  # under it: the document goes on after them)
                                  rf"^[ \t]*+\p{{So}}\uFE0F?[ \t]*(?:评论|留言)[ \t]*(?:\(\d+\)|\d+条)?[ \t]*$(?!\n{COMMENT_HEADER}$)|"
                                  # a blog engine's count of its readers' comments (1 thought on “…”, 3 Comments)
                                  r"^[ \t]*+\d+ (?:thoughts?|[Cc]omments?|[Rr]esponses?|[Rr]eplies)(?: (?:on|to) [^\n]*)?[ \t]*$",
              TO_END, TAIL),
    NoiseRule("comments.reactions", r"^[^\n]{0,20}?(?:支持|赞|有用|顶)[ \t]*\(\d+\)[ \t]*(?:反对|没用)[ \t]*\(\d+\)[^\n]*$",
              TO_END, TAIL),
    # ---- forum software (Discuz and the like): buttons, post lines, edit notes
    NoiseRule("forum.chrome", r"^[ \t]*+(?:关灯|开启左侧|\[复制链接\]|只看该作者|显示全部楼层|楼主|沙发|板凳|电梯直达)[ \t]*$"),
    # (its button glued after the thread's title, which stays: …的讲话  [复制链接])
    NoiseRule("forum.title_button", r"(?<=\S)[ \t]*\[复制链接\][ \t]*$", SPAN, ANYWHERE, spaces_before=True),
    # its bar of actions under a post, each button's icon named with its label (收藏收藏 转播转播 分享分享 分享淘帖)
    NoiseRule("forum.action_bar", r"^[ \t]*+(?:收藏收藏|转播转播|分享分享|分享淘帖)(?:[ \t]++(?:收藏收藏|转播转播|分享分享|分享淘帖|"
                                  r"支持支持|反对反对|回复))*+[ \t]*$", where=ANYWHERE),
    # its box of the points members gave a post, under it: its label, the count and the sum, each member's points and
    # reason, its button, and the collections that picked the post (评分 / 参与人数 3 积分 +12 / 某某 + 5 很给力! /
    # 查看全部评分 / 本帖被以下淘专辑推荐:)
    NoiseRule("forum.rating", r"^[ \t]*+(?:评分(?=[ \t]*\n[ \t]*参与人数)|查看全部评分|参与人数[ \t]*\d{1,5}[ \t]+积分[^\n]{0,40}|"
                              r"[^\s+]{1,16}[ \t]+\+[ \t]*\d{1,3}[ \t]+[^\s\d][^\n]{0,7}|本帖被以下(?:淘专辑|专辑)推荐[ \t]*:?|"
                              r"·?[ \t]*[^\n|]{1,30}\|[ \t]*主题[ \t]*:[ \t]*\d+[^\n]{0,30})[ \t]*$", where=ANYWHERE),
    # a chat export's closing line (—— 以上是全部聊天记录 ——)
    NoiseRule("chat.export_end", r"^[ \t]*+[—-]*[ \t]*以上(?:为|是)(?:导出的)?(?:全部)?聊天记录[ \t]*[—-]*[ \t]*$", where=TAIL),
    NoiseRule("forum.post_line", r"^[^\n]+\s发表于\s\d{4}-\d{1,2}-\d{1,2}\s[\d:]+\s*\|[^\n]*$"),
    NoiseRule("forum.edited", r"^[ \t]*+本帖最后由\s[^\n]+?\s于\s[\d\- :]+\s编辑[ \t]*$", where=ANYWHERE),
    # the label over a part of a post shown to those who replied (本帖隐藏的内容), and its notice to the others
    NoiseRule("forum.hidden", r"^[ \t]*+(?:本帖隐藏的内容[ \t]*:?|[^\n]{0,10}如果您要查看本帖隐藏内容请回复[^\n]{0,10})[ \t]*$",
              where=ANYWHERE),
    # under a post: the poster's signature set off by rules (—— 签名:认真工作,快乐生活 ——), the poster's postscript
    # (PS:…; no document of the genre writes one), the forum software's credit (Powered by …)
    NoiseRule("forum.signature", r"^[ \t]*+[-—–]{1,4}[ \t]*签名[ \t]*:[^\n_]{1,40}?[ \t]*[-—–]{1,4}[ \t]*$", where=TAIL),
    # (or bare under the post's buttons: a motto in words, where a form's 签名: line holds a blank or a name)
    NoiseRule("forum.signature", r"(?<=(?:回复|举报|分享)[ \t]*+\n)[ \t]*+(?:个性)?签名[ \t]*:[ \t]*+(?=\p{Han})"
                                 r"[^\n_]{6,40}+$", where=TAIL),
    NoiseRule("forum.postscript", r"^[ \t]*+(?:PS|P\.S\.|ps)[ \t]*:[^\n]{1,200}$", where=TAIL),
    # a portal's footer naming who runs the site and who keeps it (某某区人民政府办公室主办　某某局承办)
    NoiseRule("site.hosts", r"^[ \t]*+[^\n]{2,40}?主办[ \t\u3000]+[^\n]{2,40}?承办[ \t]*$", where=TAIL),
    # (or who runs it, then its address and its telephone: 某某局主办  地址:…  联系电话:…)
    NoiseRule("site.host_and_address", r"^[ \t]*+\p{Han}{2,30}主办[ \t\u3000]+(?:地址|电话|联系电话|邮编)[ \t]*:[^\n]{0,120}$",
              where=TAIL),
    # a blog's tags under a post (标签:毕业典礼 致辞), and its comments, each under its writer's name and the blog
    # engine's word (小鱼 说:): from the first to the end, the readers'
    NoiseRule("blog.tags", r"^[ \t]*+(?:标签|Tags?)[ \t]*:[^\n。!?]{1,60}$", where=TAIL),
    # (not an AI chat's turn, its answer under it opening with an assent: ChatGPT 说: / 好的!以下是…)
    NoiseRule("blog.comments", r"^[ \t]*+[^\s:]{1,16}[ \t]+说[ \t]*:[ \t]*$(?!\n[ \t]*(?:好的|好嘞|当然|没问题|以下|下面))",
              TO_END, TAIL),
    NoiseRule("site.powered_by", r"^[ \t]*+(?i:powered[ \t]+by)[ \t]+[^\n]{1,40}$", where=TAIL),
    # ---- editors of sample-text (范文) sites
    NoiseRule("editor.lead", r"^[ \t]*+(?:导语|前言|简介):[^\n]*?(?:网友上传|本站|客服|小编)[^\n]*$"),
    NoiseRule("editor.source_line", rf"^[ \t]*+来源:[^\n]*?时间:\s*{ISO_DATE}[^\n]*$"),
    NoiseRule("editor.sample_number", r"^[ \t]*+【[范]例[一二三四五六七八九十\d]+】[ \t]*$"),
    # ---- breadcrumbs and navigation
    NoiseRule("nav.breadcrumb_category",  # the breadcrumb, then its last element again as the page's category
              r"^[ \t]*+(?:您的)?当前位置:[^\n]*?(?:>>|>)\s*(?P<last>[^\s>\n]{2,12})[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P=last)[ \t]*$"),
    NoiseRule("nav.breadcrumb", r"^[ \t]*+(?:您的|你的|您现在的)?(?:当前位置|当前页面|当前栏目|所在位置|首页)\s*[:>][^\n]*$"),
    # a note or a drive app's path to the file, from its owner's root (我的文件夹 / 支部工作 / 2031)
    NoiseRule("app.folder_path",
              r"^[ \t]*+(?:我的|全部)(?:文件夹|文档|笔记|云盘|文件|空间)(?:[ \t]*+[/>][ \t]*+[^\n/>]{1,20}+){1,6}+[ \t]*$"),
    # (or the folder labelled, as an app's export names where it filed the items: 文件夹:订阅 / 政务)
    NoiseRule("app.folder_path", r"^[ \t]*+(?:所在|所属)?(?:文件夹|收藏夹)[ \t]*:[ \t]*[^\n。,]{1,20}+(?:[ \t]*+[/>][ \t]*+[^\n/>。,]{1,20}+){0,6}+[ \t]*$"),
    # an app's export naming itself over what it exported (某某阅读 导出 · 已保存的文章)
    NoiseRule("app.export_header", r"^[ \t]*+[^\s。,:]{1,16}?[ \t]*导出[ \t]*[·|][ \t]*[^\n。]{1,30}$"),
    # (a word before its first arrow: a line opening with > is a mail's quoted line, > > 一、活动时间)
    NoiseRule("nav.breadcrumb_arrows", r"^(?![ \t]*+[>›»])[^\n。,]{0,30}(?:>>|>|›|»)[^\n。,]{0,60}(?:>>|>|›|»)[^\n。,]*$"),
    # (a breadcrumb of two steps atop the page, its arrow spaced: 某某号·政务 > 某县林业局)
    NoiseRule("nav.breadcrumb_step", r"^[ \t]*+[^\s>›»。,][^\n>›»。,]{0,20}[ \t]+(?:>>|>|›|»)[ \t]+[^\s>›»。,][^\n>›»。,]{0,20}$"),
    # the same, one element a line, as a page's text taken element by element leaves it (首页 / > / 通知公告)
    NoiseRule("nav.breadcrumb_lines", r"^[ \t]*+[^\s>»›][^\n>»›]{0,11}+(?:\n[ \t]*+[>›»]{1,2}[ \t]*+\n[ \t]*+"
                                      r"[^\s>»›][^\n>»›]{0,11}+){1,8}+$"),
    # a navigation line ends no sentence (…在门户网站首页转载本通知。 is the body's)
    NoiseRule("nav.site_home", r"^[^\n。!?;]{0,20}网站首页[^\n。!?;]*$"),
    # ---- publication lines of news and government pages
    NoiseRule("publish.time", rf"^[ \t]*+(?:更新|发布|发行|发表|上传|归档|录入)?(?:时间|日期):\s*{ISO_DAY}[^\n]*$"),
    NoiseRule("publish.timestamp", r"^[ \t]*+\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}时\d{1,2}分[ \t]*$"),
    NoiseRule("publish.post_time", POST_TIME, SPAN, HEAD, spaces_before=True),
    NoiseRule("publish.editor", r"^[ \t]*+(?:网站编辑|编辑|作者|来源|稿源)[ \t]*:[ \t]*[^\n,。]{0,24}$"),
    NoiseRule("publish.source_value", r"^[ \t]*+来源:[ \t]*\n[ \t]*[^\n\s]{1,12}[ \t]*$"),
    NoiseRule("publish.font_size", r"^[ \t]*+【字体:[^】]{0,20}】[ \t]*$"),
    NoiseRule("publish.share", r"^[ \t]*+(?:分享到?|打印|收藏|朗读|关闭):?[ \t]*$"),
    # a share bar's networks, a line of nothing else (微信  QQ空间  新浪微博  推荐给朋友), above or under the text
    NoiseRule("publish.share_targets", rf"^[ \t]*+(?:{SHARE_TARGETS})(?:[ \t|/、]++(?:{SHARE_TARGETS})){{1,12}}+[ \t]*$",
              where=ANYWHERE),
    NoiseRule("publish.date_line", rf"^[ \t]*+{ISO_DATE}[ \t]*$", where=ANYWHERE),
    # ---- government portals: the metadata table above the text, the footer below it
    # (its labels with a colon, or in brackets as a law database prints them: 【时效性】现行有效)
    NoiseRule("gov.metadata", rf"^[ \t]*+[•·]?[ \t]*(?:(?:信息)?(?:{METADATA_TABLE_LABELS})[ \t]*:|"
                              rf"【(?:{METADATA_TABLE_LABELS})】)[^\n]*$"),
    # (its cells a line each, as a page's text taken cell by cell leaves them: 主题分类 / 城乡建设 / 发文机关 / …, a
    # label's empty cell under it none; twice at least)
    NoiseRule("gov.metadata_cells", rf"^[ \t]*+(?:{METADATA_TABLE_LABELS})[ \t]*+"
                                    rf"(?:\n[ \t]*+(?!(?:{METADATA_TABLE_LABELS})[ \t]*$)[^\n:]{{1,60}}+)?$",
              min_matches=2),
    # (its title row, spaced out as the table aligns it: 标    题:…, only under the table's other rows; the page's
    # name for the file, which the text's own title line repeats)
    NoiseRule("gov.metadata_title", r"^[ \t]*+标[ \t]*题[ \t]*:[ \t]*(?P<file_title>[^\n]{4,120}?)[ \t]*$",
              requires="gov.metadata"),
    # a news page's headline over the speech it prints whole (全文丨…的讲话): the page's name for the text, which is its
    # title where the text under it has no title line of its own
    # a publishing system's export: each field of the record on a line of its own, its name in brackets, the body
    # under its own (【栏目】…, 【发布时间】…, 【正文】, 【责任编辑】…), four at least; the title's field names the text
    NoiseRule("cms.fields", r"^[ \t]*+[【\[](?:标题|副标题|栏目|作者|来源|信息来源|发布机构|发布时间|点击数|浏览次数|关键词|摘要|正文|"
                            r"附件|责任编辑|编辑|审核人|审核|签发人|状态)[】\]][^\n]{0,80}$", where=ANYWHERE, min_matches=4),
    NoiseRule("cms.title_field", r"^[ \t]*+[【\[]标题[】\]][ \t]*(?P<file_title>[^\n]{4,120}?)[ \t]*$", requires="cms.fields"),
    NoiseRule("news.full_text_headline", r"^[ \t]*+全文[ \t]*[丨|][ \t]*(?P<file_title>[^\n]{4,120}?)[ \t]*$"),
    NoiseRule("gov.category", r"^“[^”\n]{0,12}信息公开”[^\n]*$"),
    # a feed reader's view: an item's line with its feed and its RSS date (…-通知公告 · pubDate: Tue, 09 Apr 2031 …),
    # and, after the item read, its label over the next items, with them (下一条 ▾ / each one's title, date, summary)
    NoiseRule("feed.item_line", r"^[^\n]{0,60}?pubDate[ \t]*:[^\n]*+$", where=ANYWHERE),
    NoiseRule("feed.next_items", r"^[ \t]*+下一条[ \t]*[▾▼↓]?[ \t]*$", TO_END, TAIL),
    # a phone's screen copied: its status bar (9:41   5G  86%), and a mini program's capsule over the page (‹  某某城市服务
    # ··· | ⊙)
    NoiseRule("phone.status_bar", r"^[ \t]*+[0-9]{1,2}:[0-9]{2}[ \t]{2,}[^\n]{0,40}?(?:5G|4G|LTE|WiFi|Wi-Fi)[^\n]{0,20}?"
                                  r"[0-9]{1,3}%[ \t]*$"),
    NoiseRule("phone.mini_program_capsule", r"^[ \t]*+[‹<]?[^\n]{0,40}?···[ \t]*\|[ \t]*[⊙◎○●][ \t]*$", where=ANYWHERE),
    # a broadcast's transcript: its cues in brackets (【提示音】嘟——, 【播出结束】, 【系统备注:…】), the channel's
    # frequency over it (频率:FM 96.8 …), the announcer's opening and call to listen (现在播报应急广播。…; …请大家注意
    # 收听。), and its close with what follows it, the repeat, the loop notice, the record's status (播报完毕。…)
    NoiseRule("broadcast.cue", r"^[ \t]*+[【\[](?:提示音|播出开始|播出结束|系统备注)[^】\]\n]{0,80}[】\]][^\n]{0,40}$",
              where=ANYWHERE),
    NoiseRule("broadcast.frequency", r"^[ \t]*+频率[ \t]*:[ \t]*(?:FM|AM|调频|中波)[^\n]*+$"),
    NoiseRule("broadcast.opening", r"^[ \t]*+(?:现在(?:开始)?播报[^\n。!]{0,20}[。!]?[ \t]*){1,3}$|"
                                   r"^[^\n]{0,160}?请(?:大家|您|各位)?注意收听[。!]?[ \t]*$"),
    NoiseRule("broadcast.end", r"^[ \t]*+(?:播报完毕[。!]?[ \t]*){1,3}$", TO_END, TAIL),
    # a live stream's replay: the platform's lines of the viewers' doings (欢迎 某某 进入直播间, 某某 送出了 小心心 ×3,
    # 某某 关注了主播), twice at least
    NoiseRule("live.event", r"^[ \t]*+(?:欢迎[ \t]*[^\n]{1,20}?[ \t]*(?:进入|来到)直播间[!。]?|"
                            r"[^\n]{1,20}?[ \t]*送出了?[ \t]*[^\n]{1,12}?[ \t]*[×xX][ \t]*[0-9]{1,4}|"
                            r"[^\n]{1,20}?[ \t]*(?:关注了主播|分享了直播间|加入了粉丝团))[ \t]*$",
              where=ANYWHERE, min_matches=2),
    # (and the viewers' comments between the speaker's words, each its nickname, a colon and a few words, no
    # sentence's end among them: 用户2847591034:来了来了, 会计小陈:周局好!; a numbered line, 第一个方面:…, is none)
    NoiseRule("live.comment", r"^[ \t]*+(?![第(一二三四五六七八九十0-9])[^\s:,。!?]{2,16}[ \t]*:[ \t]*[^\n。]{1,30}$",
              where=ANYWHERE, min_matches=3, requires="live.event"),
    # (its end: the note that the stream ended, and what the page sets under it)
    NoiseRule("live.ended", r"^[ \t]*+直播已结束[ \t]*$", TO_END, TAIL),
    # a page's disclaimer and its author's bio under their labels, alone on a line after the text, with what follows
    # them (免责声明: / 1.本文仅代表…; 作者简介 / 某某 执业律师…): the site's words on the piece, not the piece's
    NoiseRule("page.disclaimer", r"^[ \t]*+(?:免责声明|版权声明|法律声明|作者简介)[ \t]*:?[ \t]*$", TO_END, TAIL),
    # a message board's rating of the reply, under its label after the reply, and what follows it (满意度评价 / 请给这次
    # 答复打分: / 网友追评:…): the page's widget and the citizen's words
    NoiseRule("board.rating", r"^[ \t]*+(?:满意度评价|满意度测评|评价本次(?:办理|答复|回复))[ \t]*:?[ \t]*$", TO_END, TAIL),
    NoiseRule("gov.footer", r"^[ \t]*+\[?责任编辑:", TO_END, TAIL),
    NoiseRule("gov.print", r"^[ \t]*+(?:打印本页|关闭窗口|扫一扫在手机打开当前页|相关附件>>|相关链接>>)[ \t]*$", where=TAIL),
    # an office system's record of who drafted, checked and signed the document (拟稿:… 核稿:… 签发:…), and of how
    # it files it (流水号:…  密级:…  缓急:…, 主办部门:…  拟稿人:…), two of its fields on a line at least, and of who
    # read it (阅读记录:已读86人)
    # (its count of attached files among them: 附件:1个)
    NoiseRule("oa.signoff", rf"^[ \t]*+(?:{OA_RECORD_FIELDS})[ \t]*:[^\n:]{{0,40}}?(?:[ \t\u3000]+(?:{OA_RECORD_FIELDS}|印发|附件)"
                            r"[ \t]*:[^\n:]{0,40}?){1,4}[ \t]*$", where=ANYWHERE),
    # the system's field that names the document it shows (文件标题:关于…的通知), above the document's own title
    NoiseRule("oa.title_field", r"^[ \t]*+(?:文档|文件|公文)标题[ \t]*:[ \t]*(?P<file_title>[^\n]{4,120}?)[ \t]*$"),
    # its log of the document's course under the document, from its label to the end (流转记录:, 【办理记录】, 办理意见)
    NoiseRule("oa.log", r"^[ \t]*+[【\[]?(?:(?:流转|流程|办理|审批|签批|传阅)记录|(?:办理|拟办|审批|签批)意见)[】\]]?[ \t]*:?[ \t]*$",
              TO_END, TAIL),
    # a file it attaches, with its size and its buttons (…分解表.xls (48KB) [下载] [预览])
    # (a document's own note of its attachments may give their sizes; the buttons are the system's)
    NoiseRule("oa.attachment_card", rf"^[ \t]*+[^\n]{{0,80}}?\.{FILE_EXTENSION}[ \t]*\([ \t]*[0-9.]+[ \t]*[KMG]B[ \t]*\)"
                                    r"(?:[ \t]*\[?(?:下载|预览|查看|打开)\]?)+[ \t]*$", where=ANYWHERE),
    NoiseRule("oa.read_record", r"^[ \t]*+阅读(?:记录|情况)[ \t]*:[ \t]*已读[^\n]{0,40}$", where=TAIL),
    # ---- newspapers: wire datelines, edition lines, photo captions and credits
    NoiseRule("news.dateline", r"\(新华社[\p{Han}]{0,6}\d{1,2}月\d{1,2}日电\)[ \t]*", SPAN, TAIL, spaces_before=True),
    NoiseRule("news.edition", r"《\s*[\p{Han}]{2,8}报\s*》\s*\(\s*\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}\s*版\s*\)[ \t]*",
              SPAN, TAIL, spaces_before=True),
    NoiseRule("news.photo_caption",
              r"(?<=[。!?])\d{4}年\d{1,2}月\d{1,2}日[^。\n]{0,160}。(?:[^。\n]{0,160}。){0,2}\s*"
              r"新华社记者\s*[\p{Han}·、 ]{2,12}?\s*/?\s*摄", SPAN, ANYWHERE),
    # a photo's caption on its own line, its credit at the end (…讲授专题党课。某某日报记者 林峰 摄 / 通讯员 吴涛 供图);
    # a rule per closing word, which every match holds (a text without it is not searched)
    # (the credit may stand in brackets: 图为全会现场。(记者 王丽 摄))
    # (a slash may part the name from the word: 某某报记者 李某/摄; a template blanks the name: 本报记者 XXX 摄)
    *(NoiseRule(f"news.photo_line{suffix}", r"^[^\n]{0,160}?(?:记者|通讯员|摄影)[ \t]*+(?:[\p{Han}·]{2,4}|[X×*]{2,4})"
                                             r"(?:[ \t]+[\p{Han}·]{2,4}){0,2}"
                                             rf"[ \t]*/?[ \t]*{word}[ \t]*\)?[ \t]*$", where=ANYWHERE)
      for suffix, word in (("", "摄"), ("_supplied", "供图"))),
    # a caption on its own line: 图为… in brackets, or a WeChat caption led by ▲ (the image is above it), a line
    # that ends no sentence
    # (or 图为… alone, the image gone in the copy, maybe with its photographer in brackets: 图为会议现场(摄影:…))
    # (a caption may hold a sentence where a photo's credit closes it: ▲ …闭幕。(摄影:某某); and the source after
    # it: (图为会议现场)图片来源:某报)
    NoiseRule("news.photo_caption_line", r"^[ \t]*+(?:\(图为[^()\n]{1,80}\)(?:[ \t]*图片来源[ \t]*:[^\n]{1,30})?|"
                                         r"▲[^\n。!?]{1,80}|▲[^\n]{1,120}\((?:摄影|摄|图片?来源|供图|记者|(?:本文)?图片由)"
                                         r"[^()\n]{0,24}\)|"
                                         # (its source named so, alone on a line: 图片来源:…, 图片:某某融媒体中心)
                                         r"▲[ \t]*+图为[^\n]{1,80}|图片(?:来源)?[ \t]*:[^\n。,!?]{1,30}|"
                                         # (or a scene's words with its photographer after them: 典礼现场(摄影:某某))
                                         r"[^\n。!?()]{2,40}\((?:摄影|图)[ \t]*[:/][^()\n]{1,12}\)|"
                                         r"图为[^\n。!?;]{2,60}?(?:。?\((?:摄影|摄|图|供图)?[^()\n]{0,30}\))?|"
                                         # (its credit after it, a site's or a paper's name and the photographer's:
                                         # 图为大会现场。某某网 李某 摄; or the photographer led by the word: 图为大会
                                         # 现场。 摄影 李某, ▲图为…)
                                         r"▲?[ \t]*图为[^\n。!?;]{2,60}。[ \t]*(?:[^\n。!?;]{0,16}?[ \t][\p{Han}·]{2,4}[ \t]*(?:摄|供图)|"
                                         r"(?:摄影|摄|图)[ \t:]*[\p{Han}·]{2,4}))[ \t]*$",
              where=ANYWHERE),
    # a paper's credit for the reporter who wrote the speech up, in brackets on its own line ((本报记者 某某 整理))
    NoiseRule("news.credit_line", r"^[ \t]*+\((?:本报|本刊|本台|本网|新华社)?(?:记者|通讯员)[^\n()]{1,30}+"
                                  r"(?<=整理|报道|采写|撰写|综合)\)[ \t]*$", where=ANYWHERE),
    # a paper's line that names where the article ran: the paper in book quotes, the day, the page (《某某日报》
    # 2031年11月14日第3版, 《某某报》(2031年11月14日 03版))
    NoiseRule("news.source_line", r"^[ \t]*+(?:来源[ \t]*:[ \t]*)?《[^》\n]{2,14}(?:报|刊)》[ \t]*\(?[ \t]*"
                                  r"(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})[ \t]*"
                                  r"(?:第?[ \t]*[A-Z]?[0-9]{1,3}[ \t]*版)?[ \t]*\)?[ \t]*$", where=ANYWHERE),
    # (or its reporters and correspondents alone in brackets, at the report's end: (本报记者 某某某 通讯员 某某))
    NoiseRule("news.credit_line", r"^[ \t]*+\((?:[^\s()]{0,6}?(?:记者|通讯员|实习生)[ \t]*+[\p{Han}·]{2,4}[ \t]*+){1,4}\)[ \t]*$",
              where=ANYWHERE),
    # (inside a page's text run together: ▲…一角。某某日报记者 某某 摄, up to its credit)
    # a site's plea glued after a paragraph's last sentence (…底线。 更多精彩范文请访问某某文库)
    NoiseRule("site.glued_promo", r"(?<=[。!?])[ \t]*+更多[^\n。,!?]{0,12}请(?:访问|关注|登录|点击)[^\n。!?]{0,24}+[。!]?$",
              SPAN, ANYWHERE),
    # a teacher's note in the margin of a sample text, set inline in brackets (…实施方案【批注①:标题要素齐全。】)
    # (or a reviewer's, named: 【批注 王某:…】, as a shared document prints it inline)
    NoiseRule("editor.annotation", r"【(?:批注|旁批|评注)[①-⑳0-9]{0,2}[ \t]*(?:[^【】:\s]{1,8}[ \t]*)?:[^【】\n]{1,200}】",
              SPAN, ANYWHERE),
    # a site's address of the page, or the keywords it files the page under, glued after a paragraph's last
    # sentence (…上台领奖!本文地址:www.…html, …成绩单。(关键词:年会主持词 年会开场白))
    # (each led by its own words, the sentence's end looked behind them: a search starts only where they stand)
    NoiseRule("site.glued_address", r"(?<=[。!?][ \t]{0,3})本文(?:地址|链接|网址)[ \t]*:[ \t]*+(?:https?://|www\.)\S+[ \t]*$",
              SPAN, ANYWHERE, spaces_before=True),
    # a page's keywords atop it, its terms parted by spaces (关 键 词:协会章程 社团章程 章程范本); a paper's own keywords
    # are parted by semicolons
    # (or the tags a sharing site files the document under: 文档标签:人大 议案 审议意见, 系统标签:…)
    NoiseRule("site.keywords", r"^[ \t]*+(?:关[ \t]*键[ \t]*[词字]|文档标签|系统标签)[ \t]*:[ \t]*"
                               r"(?P<keywords>[^\s;,]+(?:[ \t]+[^\s;,]+){1,8})[ \t]*$"),
    # (its keywords for this text, named so, under it as over it: 本文关键词:…)
    NoiseRule("site.keywords_of_this_text", r"^[ \t]*+本文关[ \t]*键[ \t]*[词字][ \t]*:[^\n]{0,120}$", where=ANYWHERE),
    NoiseRule("site.glued_keywords", r"(?<=[。!?][ \t]{0,3})\((?:关键词|关键字|标签|Tags?|tags?)[ \t]*:[^()\n]{1,60}\)[ \t]*$",
              SPAN, ANYWHERE, spaces_before=True),
    # a site's line on where the text was taken from and how to credit it, or its address, as a site sets it anywhere
    # in a text it reposts (本文来自某某网(x.cn),转载请保留出处。, 本文来源:某某网 www.x.com): a document never says
    # where 本文 was taken from
    # (or the poster's claim that the post is their own, alone on its line: 本文为我原创, 本文为原创内容,未经授权禁止转载。,
    # 原创不易,转载请私信。)
    NoiseRule("site.original_claim", r"^[ \t]*+(?:本文(?:为|系|是)(?:我|作者|本人|博主|up主|UP主)?原创(?:内容|文章|作品)?|原创不易)"
                                     r"(?:[,;][^\n。!]{0,20})?[。!]?[ \t]*$", where=ANYWHERE),
    # (or the account on a platform that posted it: 本文来自某某号作者:某某, 本文由某某号作者上传并发布)
    NoiseRule("site.account_notice", r"^[ \t]*+本文(?:来自|由)[^\n。!?,]{1,12}?号作者[^\n。!?]{0,30}+[。!]?[ \t]*$",
              where=ANYWHERE),
    NoiseRule("site.source_notice", r"^[ \t]*+本文(?:来自|来源|转自|出自|由)[^\n。!?]{1,60}?"
                                    r"(?:转载|请注明出处|请保留|(?i:www\.|https?://))[^\n。!?]{0,60}+[。!]?[ \t]*$",
              where=ANYWHERE),
    # a site's tag of its name and the column, in brackets on its own line (【某某资料网 - 领导讲话】)
    NoiseRule("site.column_tag", r"^[ \t]*+【[^【】\n]{1,14}?(?:网|网站|文库|之家)[ \t]*[-—–|_·][ \t]*[^【】\n]{1,12}】[ \t]*$",
              where=ANYWHERE),
    # a list of links to related pages run on one line after its label (相关推荐:…(最新版)  …开场白及结束语)
    NoiseRule("nav.related_on_a_line", r"^[ \t]*+(?:[«»‹›<>←→][ \t]*)?(?:相关推荐|推荐阅读|相关阅读|延伸阅读|相关文章|猜你喜欢|"
                                      r"热门推荐|相关文件|相关解读|相关政策|相关搜索|上一条|下一条|上一篇|下一篇|上一课|下一课|"
                                      r"上一讲|下一讲)[ \t]*:"
                                      r"[^\n。!?;]{4,}$", where=ANYWHERE),
    # (or each label over its link's title, an arrow beside it, as a collection's pager sets them: ‹ 上一篇 / …)
    NoiseRule("nav.prev_next_over_title", r"^[ \t]*+(?:[«»‹›<>←→][ \t]*)?(?:上一篇|下一篇|上一条|下一条)(?:[ \t]*[«»‹›<>←→])?[ \t]*\n"
                                          r"[ \t]*+[^\n]{2,60}$", where=TAIL),
    NoiseRule("news.photo_caption_inline", r"▲[^▲\n]{2,80}?(?:记者|通讯员|摄影)[ \t]*+[\p{Han}·]{2,4}[ \t]*+摄",
              SPAN, ANYWHERE),
    # an app's plea in brackets inside the text (【下载某某新闻客户端,看更多本地资讯】)
    NoiseRule("app.download_plea", r"【[^【】\n]{0,20}(?:下载|打开)[^【】\n]{0,20}(?:客户端|APP|App|app)[^【】\n]{0,30}】",
              SPAN, ANYWHERE),
    # an editor's note on the text it reprints, in brackets on its own line ((本文有删节,标题为编者所加)): the paper's
    # word, not the speaker's
    NoiseRule("news.editor_s_cut_note", r"^[ \t]*+[(【\[][^()【】\[\]\n]{0,60}?(?:有删节|有删减|有删改|(?:为|系)编者所加|"
                                         r"(?:为|系)编辑所加)[^()【】\[\]\n]{0,20}[)】\]][ \t]*$", where=ANYWHERE),
    # a poster's pointer to what the post holds at its end, in brackets on its own line (【文末附本文下载】): the post's
    # word, for a document never points the reader to its own end so
    NoiseRule("post.pointer_to_its_end", r"^[ \t]*+[【\[][^【】\[\]\n]{0,12}?(?:文末|文尾|篇末)[^【】\[\]\n]{0,30}[】\]][ \t]*$",
              where=ANYWHERE),
    NoiseRule("news.photo_credit", r"^[ \t]*+\((?:资料图|图片来源[^)\n]*|[^()\n]{0,12}记者\s*[\p{Han}·]{2,4}(?:\s+[\p{Han}·]{2,4})?\s*摄)\)"
                                   r"[ \t]*$", where=ANYWHERE),
    # a report's byline under its headline: its reporters and correspondents, each a role and a name, nothing else
    # on the line (原创 某某新闻记者 林青 见习记者 王川, (记者 李明 通讯员 赵亮)), maybe after the paper's square
    # (□ 本报记者 林青), and what they did after their names (■本报记者 林青 通讯员 王川 整理)
    NoiseRule("news.byline", r"^[ \t]*+(?:[□■◎●][ \t]*+)?(?:原创[ \t]+)?\(?(?:[^\s()]{0,10}?(?:记者|通讯员|实习生)[ \t]*+[\p{Han}·]{2,4}[ \t]*+){1,4}"
                             r"(?:整理|报道|采写|撰稿)?\)?[ \t]*$"),
    NoiseRule("journal.keywords", r"^[ \t]*+(?:本文)?关键[词字]:[ \t]*(?P<keywords>[^\n]*)$"),
    NoiseRule("journal.byline", rf"^{ISO_DATE}(?:\s\d{{2}}:\d{{2}})?[\p{{Han}}·]{{2,12}}[ \t]*$"),
    NoiseRule("journal.issue", r"^[^\s]+[ \t]\d{4}年\d+期[ \t]*$"),  # 刊名 2023年5期, on one line
    # (or its issue alone on a line of its cover, with its count since the first: 2032年第3辑(总第27辑)), and who
    # printed it (中共某某区委党校 编印)
    NoiseRule("journal.issue_line", r"^[ \t]*+\d{4}年第[ \t]*\d{1,3}[ \t]*[期辑](?:[ \t]*\([ \t]*总第[ \t]*\d{1,4}[ \t]*[期辑]"
                                    r"[ \t]*\))?[ \t]*$"),
    NoiseRule("journal.printer", r"^[ \t]*+[^\n。,;:]{2,40}?[ \t]*编印[ \t]*$"),
    # ---- a word processor's review shown in the copy: what a reviewer deleted, in brackets after its label ([删除的内容:
    # …], [已删除: …]), goes with them; what they inserted stays, its brackets and label going ([插入的内容: …]); a
    # change of format ([带格式的: 字体: …]) goes; a comment's anchor in the text ([批注 某某1]) and the comment on a
    # line of its own ([批注 某某1]: …) go: the draft reads as its changes accepted
    NoiseRule("review.deleted", r"\[(?:删除的内容|已删除)[ \t]*:[^\[\]\n]{0,600}\]", SPAN, ANYWHERE),
    NoiseRule("review.inserted_mark", r"\[(?:插入的内容|已插入)[ \t]*:[ \t]*(?=[^\[\]\n]{0,600}\])|"
                                      r"(?<=\[(?:插入的内容|已插入)[ \t]*:[^\[\]\n]{0,600})\]", SPAN, ANYWHERE),
    # (an online editor's suggestions copied inline: 【建议删除|某某:…】 goes, 【建议插入|某某:…】 keeps its words)
    NoiseRule("review.suggested_deletion", r"【建议删除[ \t]*\|[ \t]*[^:\n|】]{1,12}:[^【】\n]{0,600}】", SPAN, ANYWHERE),
    NoiseRule("review.suggested_insertion_mark", r"【建议(?:插入|添加)[ \t]*\|[ \t]*[^:\n|】]{1,12}:[ \t]*(?=[^【】\n]{0,600}】)|"
                                                 r"(?<=【建议(?:插入|添加)[ \t]*\|[^:\n|】]{1,12}:[^【】\n]{0,600})】",
              SPAN, ANYWHERE),
    # (and its comments' threads after the text, each opened by its letter, the commenter and the time, to the end:
    # [a]某某  2031年5月20日 15:32 / … / 已解决; the letters that anchor them in the text go too)
    NoiseRule("review.comment_threads", r"^[ \t]*+\[[a-z]{1,2}\][ \t]*[\p{Han}A-Za-z·]{2,10}[ \t]+(?:[0-9]{4}年)?"
                                        r"[0-9]{1,2}月[0-9]{1,2}日[ \t]+[0-9]{1,2}:[0-9]{2}[ \t]*$", TO_END, TAIL),
    NoiseRule("review.comment_letter", r"(?<=[^\s\[])\[[a-z]{1,2}\]", SPAN, ANYWHERE,
              requires="review.comment_threads"),
    NoiseRule("review.format", r"\[(?:带格式的|已设置格式)[ \t]*:[^\[\]\n]{0,300}\]", SPAN, ANYWHERE),
    # (an online editor's margin line for a change: 修订  某某  6月3日 15:24  插入:“宣传办”)
    NoiseRule("review.change_line", r"^[ \t]*+修订[ \t]+[\p{Han}A-Za-z·]{2,10}[ \t]+(?:[0-9]{1,2}月[0-9]{1,2}日[ \t]*)?"
                                    r"[0-9]{1,2}:[0-9]{2}[ \t]+(?:插入|删除|替换|修改)[ \t]*:[^\n]{1,200}$", where=ANYWHERE),
    NoiseRule("review.comment", r"^[ \t]*+\[批注[ \t]*[^\[\]\n:]{1,24}\][ \t]*:[^\n]*+$", where=ANYWHERE),
    NoiseRule("review.comment_anchor", r"\[批注[ \t]*[^\[\]\n:]{1,24}\](?![ \t]*:)", SPAN, ANYWHERE),
    # a reading app's export of a reader's notes on a book: how many they are (共21条笔记(划线17条,想法4条)), each
    # thought with its date and the passage it was written on (◆ 2031/3/11发表想法 / … / 原文:…): the reader's, not the
    # book's, whose passages the export gives as they were marked; the app's name signing the export at its end
    NoiseRule("reader.note_count", r"^[ \t]*+共[ \t]*[0-9]{1,5}[ \t]*条笔记(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*$"),
    NoiseRule("reader.thought", r"^[ \t]*+[◆◇•]?[ \t]*[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}[ \t]*发表想法[ \t]*\n(?:[^\n]*+\n){0,12}?"
                                r"[ \t]*+原文[ \t]*:[^\n]*+$", SPAN, ANYWHERE),
    NoiseRule("reader.export_signature", r"^[ \t]*+-{2}[ \t]*来自[^\n]{2,12}$", where=TAIL),
    # ---- compilations: an item's label line above the item's own title (第二篇:X / X)
    NoiseRule("compilation.piece",
              r"^第[一二三四五六七八九十]+篇:[ \t]*(?P<piece>[^\n]{2,80}?)[ \t]*\n(?=(?:[ \t]*\n)*[ \t]*(?P=piece)[ \t]*$)",
              SPAN, ANYWHERE),
    # ---- residue of copying: page numbers and footers, fences, escaped line ends, glosses, bullets
    # an image's place in a copied page (图片, [pic]), and a line of arrows pointing at it or at what follows (▼, 👇,
    # spaced as an editor centres them: ▼ ▼ ▼)
    # (or its media's: (图片), a video's 视频加载中...)
    # a camera's stamp of the day and time on each photo of a series (2031.06.12 14:32), three at least: a photo's, no
    # line of the text's
    NoiseRule("photo.time_stamp", r"^[ \t]*+[0-9]{4}[./][0-9]{2}[./][0-9]{2}[ \t]+[0-9]{2}:[0-9]{2}[ \t]*$", where=ANYWHERE,
              min_matches=3),
    NoiseRule("copy.image_placeholder", r"^[ \t]*+(?:图片|\[(?:图片|pic|image|img)\]|<图片>|\((?:图片|视频)\)|"
                                        r"(?:视频|图片)(?:加载中|正在加载)[.…]*+)[ \t]*$", where=ANYWHERE),
    # a template's notes on how to use it, under their label and numbered (【模板使用说明】 / 1.本模板适用于… / 2.…):
    # the template's, not the document's
    NoiseRule("template.usage_notes", r"^[ \t]*+[【\[](?:模板)?(?:使用说明|使用提示|填写说明)[】\]][ \t]*:?[ \t]*"
                                      r"(?:\n[ \t]*+[0-9]{1,2}[.、][^\n]{1,200}+){1,12}$", where=ANYWHERE),
    # a line a page labels as its advertisement (【广告】某某银行贷款上线啦!…): the label says what it is, anywhere
    NoiseRule("ad.labelled_line", r"^[ \t]*+[【\[](?:广告|推广|赞助)[】\]][^\n]{0,200}$", where=ANYWHERE),
    # a site's editor's note on the piece it runs, labelled so (【编者按】本网开设…栏目,本期刊发…), and a columnist's
    # comment on it (【某某点评】这篇讲话好在哪里?…): the site's words
    NoiseRule("editor.note", r"^[ \t]*+(?:[【\[][ \t]*编者(?:按|注)[ \t]*[】\]]|编者(?:按|注)[ \t]*:|【[^】\n]{0,6}点评】)[^\n]{0,400}$",
              where=ANYWHERE),
    # a note app's callout fences, as its Markdown writes them (:::tips / … / :::): the page's frame of a note
    NoiseRule("copy.callout_fence", r"^[ \t]*+:::[ \t]*(?:[A-Za-z]{2,12})?[ \t]*$", where=ANYWHERE),
    # a box a reposting site sets between paragraphs: its label in brackets, its pitch, a call to act and its link
    # (【律师提示】…怎么办?一对一解答,点击立即咨询>>): the call makes it an advertisement, not the document's note
    NoiseRule("ad.inline_box", r"^[ \t]*+【[^】\n]{1,8}】[^\n]{0,60}?(?:点此|点击|扫码|立即)(?:立即|马上|免费|在线)?"
                               r"(?:咨询|预约|领取|购买|报名|获取|下载)[^\n]{0,12}$", where=ANYWHERE),
    NoiseRule("copy.pointing_line", rf"^[ \t]*+[{POINTING_MARKS}](?:[ \t]*+[{POINTING_MARKS}]){{0,7}}+[ \t]*$",
              where=ANYWHERE),
    # a rule drawn across the page with hyphens, equals signs or box lines (not underscores: a form's blank; not
    # em dashes: a PDF's rule over its footnotes, which the back matter reads)
    NoiseRule("copy.rule_line", r"^[ \t]*+[-=*~–─━═]{6,200}[ \t]*$", where=ANYWHERE),
    # a program's banner between such rules: Latin words and figures, no Chinese (===== RECORD 000187 =====,
    # ----- END (ok) -----, === batch 0.4 | engine: … ===): a tool's record of its run, never the document's
    # (a Latin word between them: a page's number framed so is a page break, read by its own rule)
    NoiseRule("copy.tool_banner", r"^[ \t]*+(?:={4,}+(?=[^\n=]{0,120}+={4,})|-{4,}+(?=[^\n-]{0,120}+-{4,}))"
                                  r"(?=[^\n]{0,120}?[A-Za-z])(?:(?<==)[^\n\p{Han}=]{0,120}+={4,}+|"
                                  r"(?<=-)[^\n\p{Han}-]{0,120}+-{4,}+)[ \t]*$", where=ANYWHERE),
    # a chat group's copy: each message's sender and time on lines of their own above it (李明 / 6月27日 20:33),
    # a message taken back, and a sender's mark that a message goes on ([续]); twice at least, or no chat
    # (the time lines are looked for first, by their first figure: the sender's line has no mark to find it by)
    NoiseRule("chat.time", rf"^[ \t]*+{_CHAT_TIME}[ \t]*$", META, ANYWHERE, min_matches=2),
    # (a message stands under each time, then the next sender: a schedule's times stand one line apart, each item
    # under its time, 08:30 / 报到 / 09:00, and its items are no senders)
    NoiseRule("chat.sender", rf"^[ \t]*+[\p{{Han}}A-Za-z·]{{2,8}}[ \t]*\n[ \t]*+{_CHAT_TIME}[ \t]*$"
                             rf"(?!\n[^\n]*+\n[ \t]*+{_CHAT_TIME}[ \t]*$)",
              where=ANYWHERE, min_matches=2, requires="chat.time"),
    # a chat's voice message turned into text: its sender, its clip's length and the label of the text (某某 / [语音] 60″
    # / 转文字:…), twice at least; a page break, for a clip cuts the speech anywhere and the next goes on with it
    NoiseRule("chat.voice_clip", rf"^[ \t]*+[^\n\[]{{1,24}}\n{CHAT_VOICE_LABEL}",
              SPAN, ANYWHERE, min_matches=2, page_break=True),
    # a group chat's message calling everyone over the document it pastes (@所有人 各位居民朋友…,下面是…告知书): the
    # sender's note, which no document opens a line with
    NoiseRule("chat.call_to_all", r"^[ \t]*+@(?:所有人|全体成员)[ \t]?[^\n]*+$"),
    # an AI assistant's reasoning as its page shows it: its label with the time it took (已深度思考(用时 27 秒), 已思考
    # (用时 8 秒)), then, where it talks to itself of the user's wish (嗯,用户需要…, 好的,用户…), its paragraphs down
    # to the blank line over the answer: the tool's thoughts, not the draft it wrote (an answer right under the label,
    # 好的,下面是为您起草的…, keeps its lines)
    NoiseRule("assistant.reasoning", r"^[ \t]*+(?:已深度思考|已思考|思考过程|深度思考完成)[ \t]*(?:\([ \t]*(?:用时|耗时)?[ \t]*"
                                     r"[0-9]{1,4}(?:\.[0-9])?[ \t]*秒[ \t]*\))?[ \t]*"
                                     r"(?:\n[ \t]*+(?:嗯|好的?[,。]?[ \t]*用户|用户|我需要|让我|首先[,]?[ \t]*我)[^\n]*+"
                                     r"(?:\n[ \t]*+\S[^\n]*+){0,60}+)?",
              SPAN, ANYWHERE),
    # a team chat's channel: a message's reactions, each an emoji's short code and its count (:+1: 3  :ok_hand: 1); a
    # thread's summary under the message it answers (3 条回复 / 最后回复 今天 11:20); the time alone the channel sets
    # over a sender's next message (10:48); a message's mark that it was edited ((已编辑)); the message box at the foot
    # (发送消息给 #某某频道)
    NoiseRule("chat.reactions", r"^[ \t]*+(?::[a-z0-9_+\-]{1,30}:[ \t]*[0-9]{1,4}[ \t]*)+$", where=ANYWHERE),
    NoiseRule("chat.thread_summary", r"^[ \t]*+[0-9]{1,4}[ \t]*条回复[ \t]*\n[ \t]*+最后回复[ \t]*(?:今天|昨天|[0-9]{1,2}月[0-9]{1,2}日)?"
                                     r"[ \t]*[0-9]{1,2}:[0-9]{2}(?:[ \t]*(?:AM|PM))?[ \t]*$", SPAN, ANYWHERE),
    NoiseRule("chat.next_message_time", r"^[ \t]*+[0-9]{1,2}:[0-9]{2}(?:[ \t]*(?:AM|PM))?[ \t]*$", where=ANYWHERE,
              requires="chat.reactions"),
    NoiseRule("chat.edited", r"(?<=\S)[ \t]*\(已编辑\)[ \t]*$", SPAN, ANYWHERE, spaces_before=True),
    NoiseRule("chat.message_box", r"^[ \t]*+(?:发送消息给|发消息给|Message)[ \t]*[#@][^\n]{1,40}$", where=TAIL),
    NoiseRule("chat.recall", r"^[ \t]*+[^\n]{1,16}?[ \t]*撤回了一条消息(?:[ \t]+重新编辑)?[ \t]*$", where=ANYWHERE),
    # (a message's state under it, as a chat with oneself shows it, a file transfer's: 已发送; twice at least: a page
    # break between two messages, which may part a sentence the writer pasted in pieces)
    NoiseRule("chat.state", r"^[ \t]*+(?:已发送|已送达|发送失败|已读|未读)[ \t]*$", where=ANYWHERE, min_matches=2, page_break=True),
    # (the window's name over it, a chat with oneself: 文件传输助手)
    NoiseRule("chat.window", r"^[ \t]*+文件传输助手[ \t]*$"),
    NoiseRule("chat.continued", r"^[ \t]*+[\[【]续[\]】][ \t]*", SPAN, ANYWHERE),
    # a forwarded chat record: its title, each message's sender with its date and time on one line, and the
    # poster's notes that a long text goes on in the next message
    # a forwarded mail's note over the document it pastes under a rule across the body (主题:转发:… / 各位同事:现将…
    # 转发给你们… / ====== / the notice): the forwarder's few lines go with the rule
    NoiseRule("email.forward_note", r"^[ \t]*+(?:主[ \t]*题|Subject)[ \t]*:[ \t]*(?:转发|Fwd?|FWD?|FW)[ \t]*:[^\n]*+\n"
                                    r"(?:[^\n]*+\n){1,12}?[ \t]*+(?:={10,80}+|-{10,80}+|—{5,40}+|_{10,80}+)[ \t]*$",
              SPAN, HEAD),
    # an e-mail's header, wherever a forward sets it (发件人: … / 发送时间: … / 收件人: … / 主题: …), and the line
    # that marks the message it forwards
    # (a client may space a two-character label out to the width of three: 时　间:, 主　题:)
    # (its subject names the file it sends or forwards: 主题:转发:关于…的通知)
    NoiseRule("email.header", r"^[ \t]*+(?:发件人|From)[ \t]*:[^\n]*+(?:\n[ \t]*+(?:(?:主[ \t]*题|Subject)[ \t]*:[ \t]*"
                              r"(?:(?:转发|回复|答复|Fwd?|FWD?|Re|RE)[ \t]*:[ \t]*)*(?P<file_title>[^\n]*+)|"
                              r"(?:发送时间|发送日期|时[ \t]*间|日[ \t]*期|收件人|抄送人?|抄[ \t]*送|附[ \t]*件|Sent|Date|To|Cc)"
                              r"[ \t]*:[^\n]*+)){1,8}",
              where=ANYWHERE),
    NoiseRule("email.forwarded", EMAIL_FORWARD_LINE, where=ANYWHERE),
    # a mail server's banner over a message from outside the organisation ([外部邮件] 此邮件来自外部,请注意…), and a
    # picture a mail client sets inline, left as its content id ([cid:image001.png@01D…])
    NoiseRule("email.external_banner", r"^[ \t]*+[\[【](?:外部邮件|外部邮箱|EXTERNAL|External)[\]】][^\n]{0,80}$", where=ANYWHERE),
    # a mailed newsletter: its notes on reading it (若邮件无法正常显示…在浏览器中打开; 为保证收到,请把…加入
    # 通讯录), the issue's contents (本期目录 / 1.【领导讲话】…, each entry led by its column), and the teasers of
    # the issue's other pieces, each its column and headline over a summary cut short by its link (【工作动态】… / …
    # ……阅读全文>>): the letter's frame around the piece it carries whole
    NoiseRule("newsletter.reading_note", r"^[ \t]*+(?:如果?|若)[^\n]{0,12}(?:邮件|内容)[^\n]{0,12}无法正常显示[^\n]{0,40}$|"
                                         r"^[ \t]*+为(?:确保|保证)[^\n]{0,12}(?:正常接收|收到)[^\n]{0,60}(?:通讯录|白名单|联系人)[^\n]{0,12}$"),
    NoiseRule("newsletter.contents", r"^[ \t]*+本期(?:目录|导读|要目|看点|内容)[ \t]*\n"
                                     r"(?:[ \t]*+[0-9]{1,2}[.、][ \t]*[【\[][^】\]\n]{2,8}[】\]][^\n]*+\n){2,20}+", SPAN, HEAD),
    NoiseRule("newsletter.teaser", r"^[ \t]*+[【\[][^】\]\n]{2,8}[】\]][^\n]{2,80}\n(?:[^\n]*+\n){0,8}?"
                                   r"[^\n]*?(?:…|\.{3})*阅读全文[ \t]*>*[ \t]*$", SPAN, ANYWHERE, min_matches=2),
    NoiseRule("email.inline_image", r"\[cid:[^\]\s]{1,120}\]", SPAN, ANYWHERE),
    # a mail's signature under its delimiter (RFC 3676: "-- "): a few short lines, to a blank line or the end, quoted
    # or not (> -- / > 王某 / > 电话:…)
    NoiseRule("email.signature", r"^(?:[ \t]*>)*+[ \t]*--[ \t]?\n(?:(?:[ \t]*>)*+[ \t]*[^\s>][^\n]{0,39}(?:\n|\Z)){1,4}"
                                 r"(?=(?:[ \t]*>)*+[ \t]*(?:\n|\Z))",
              where=ANYWHERE, requires="email.header"),
    # the red rule under a 公文's header, read by OCR as a run of 一 (a line of nothing else)
    NoiseRule("copy.ocr_rule", r"^[ \t]*+一{8,}[ \t]*$", where=ANYWHERE),
    # text read in the wrong encoding: a line of a GBK text read as Latin-1 (²ÎÑµÈËÔ±…), of characters the decoder
    # could not read (U+FFFD), and the pair of them a double decoding writes (锟斤拷)
    NoiseRule("copy.mojibake", "^[ \t]*+(?:[\u00a1-\u00ff]{2}[\u00a1-\u00ff\x21-\x7e ]{4,}|\ufffd[^\n]{0,80}?\ufffd{2}[^\n]*|"
                               "(?:锟斤拷)+)[ \t]*$", where=ANYWHERE),
    # a web page's search form (its label, not a label of a value under it)
    NoiseRule("web.search_form", r"^[ \t]*+Search for:[ \t]*$", where=ANYWHERE),
    # a reviewer's comment a word processor or a shared document prints in the text (批注 [王某] 2031-01-03:…)
    NoiseRule("doc.comment", r"^[ \t]*+批注[ \t]*\[[^\]\n]{1,20}\][^\n]{0,300}$", where=ANYWHERE),
    # (or an online document's, printed where it is anchored: its label and number, or its word and its writer,
    # 【评论 2】某某:…, 【评论 2 的回复】…, 评论 某老师:…, 💬 某某:…, 评论 · 某某 5月4日 10:21:…; the line of its time and
    # buttons under it, 2月21日
    # 09:15 回复 · 已解决;
    # the replies under it, 回复 某某:…, @某某 已改, and its mark 已解决)
    NoiseRule("doc.comment", rf"^[ \t]*+(?:【(?:评论|批注)[ \t]*[0-9]{{1,3}}(?:[ \t]*的回复)?】[^\n]{{0,300}}|"
                             r"(?:评论[ \t]+|[💬🗨]\uFE0F?[ \t]*)(?!重要提示)[^\s:]{1,12}(?:[ \t]+[^\s:]{1,8})?[ \t]*:[^\n]{1,300}|"
                             rf"(?:[💬🗨]\uFE0F?[ \t]*)?(?:评论|批注)[ \t]*(?:·[ \t]*)?[^\s:·]{{1,12}}[ \t]+"
                             rf"(?:{_CHAT_DATE}[ \t]*)?{CHAT_CLOCK}[ \t]*:[^\n]{{1,300}})"
                             rf"(?:\n[ \t]*+(?:{_CHAT_DATE}[ \t]+{CHAT_CLOCK}(?:[ \t]*(?:回复|·|已解决|解决|删除|编辑))*"
                             rf"|回复[ \t]+[^\s:]{{1,12}}(?:[ \t]+(?:{_CHAT_DATE}[ \t]*)?{CHAT_CLOCK})?[ \t]*:[^\n]{{1,300}}"
                             r"|@[^\s@]{1,10}[ \t][^\n]{1,200}|已解决)[ \t]*)*$",
              where=ANYWHERE),
    # (or a comment copied with neither label nor count: its writer's name over its time, its words, the buttons to
    # answer and to settle it (回复  解决), and the replies under them with their times)
    NoiseRule("doc.comment", rf"^[ \t]*+[\p{{Han}}A-Za-z·]{{2,10}}(?:\([^()\n]{{1,12}}\))?[ \t]*\n[ \t]*+{_CHAT_TIME}[ \t]*\n"
                             r"[^\n]{1,300}\n[ \t]*+回复[ \t]+解决[ \t]*"
                             rf"(?:\n[ \t]*+[^\s:]{{1,12}}[ \t]+回复[ \t]+[^\s:]{{1,12}}[ \t]*:[^\n]{{1,300}}"
                             rf"(?:\n[ \t]*+{_CHAT_TIME}[ \t]*)?)*$", where=ANYWHERE),
    # (or a comment or a suggested change an online editor with an English interface prints: the writer's name in Latin
    # letters over when, or over the card's kind (Li Ming / 10:42 AM Jan 8 / …, Li Ming / Suggested edit / Replace:
    # "…" with "…"), a few lines of words, and the card's buttons (Reply, Resolved, Accept  Reject))
    NoiseRule("doc.comment", r"^[ \t]*+[A-Z][a-z]{1,15}(?:[ \t][A-Z][a-z]{1,15}){0,2}[ \t]*\n[ \t]*+"
                             r"(?:(?:[0-9]{1,2}:[0-9]{2}[ \t]?(?:AM|PM|am|pm)[ \t]+)?"
                             r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+[0-9]{1,2}"
                             r"(?:,[ \t]*[0-9]{4})?|(?:Yesterday|Today)(?:[ \t][^\n]{1,12})?|Suggested[ \t]+edit)[ \t]*\n"
                             r"(?:[^\n]{1,300}\n){1,4}?[ \t]*+(?:Reply|Resolved|Re-open|Accept[ \t\u3000]+Reject)[ \t]*$",
              where=ANYWHERE),
    # (its English interface over the document: where it was saved, its last edit, its mode, its toolbar; and under it,
    # the comments' buttons and the counts in its status bar, to the page's end)
    NoiseRule("doc.editor_chrome", r"^[ \t]*+(?:[☆★][ \t\u3000]*)?(?:Saved to (?:Drive|OneDrive|Dropbox)|All changes saved[^\n]{0,20}|"
                                   r"Last edit was [^\n]{1,40}|Last edited [^\n]{1,40}|Share|Editing|Suggesting|Viewing|"
                                   r"[0-9]{2,3}%[ \t\u3000]+(?:Normal text|Title|Subtitle|Heading [1-6])[^\n]*+)[ \t]*$"),
    NoiseRule("doc.editor_chrome", r"^[ \t]*+(?:Add comment|Comment history|Show all comments)[ \t]*$", TO_END, TAIL),
    # (its tabs, as a word processor online names them: 文件  开始  插入  页面  引用  审阅  视图  工具; a line of five of
    # them at least, nothing else)
    NoiseRule("doc.editor_chrome", rf"^[ \t]*+(?:{EDITOR_TABS})(?:[ \t\u3000]++(?:{EDITOR_TABS})){{4,}}[ \t]*$"),
    # (and who may edit it, who is editing now: 仅指定人可编辑 · 3人正在协作)
    NoiseRule("doc.editor_chrome", r"^[ \t]*+(?:(?:仅(?:指定人|我|自己)|所有人|获得链接的人|企业内(?:所有)?成员)可(?:编辑|查看|阅读|评论)|"
                                   r"\d{1,3}[ \t]*人正在(?:协作|编辑|查看))"
                                   r"(?:[ \t]*·[ \t]*(?:(?:仅(?:指定人|我|自己)|所有人|获得链接的人|企业内(?:所有)?成员)可"
                                   r"(?:编辑|查看|阅读|评论)|\d{1,3}[ \t]*人正在(?:协作|编辑|查看)))*[ \t]*$"),
    # (its panel of the document's versions under it, from its label: 历史版本 / 5月6日 16:42  某某  当前版本 / …)
    NoiseRule("doc.history", rf"^[ \t]*+(?:历史版本|版本历史|版本记录)[ \t]*\n[ \t]*+{_CHAT_TIME}[ \t]", TO_END, TAIL),
    # (a comment box's prompt, in Chinese: 添加评论,输入 @ 提及他人)
    NoiseRule("doc.editor_chrome", r"^[ \t]*+添加评论[ \t]*[,:][^\n]{0,20}$", where=TAIL),
    # (a knowledge base's tree of pages in the sidebar over the document: its label, then its pages indented to their
    # depth: 知识库 /   某某空间 /     某某方案 / …)
    NoiseRule("doc.page_tree", r"^[ \t]*+(?:知识库|云盘|我的空间|共享空间|团队空间|文档库|Wiki)[ \t]*\n"
                               r"(?:[ \t]{2,}+[^\s][^\n]{0,60}+(?:\n|$)){2,60}+", SPAN, HEAD),
    # (or its list of who shares it and what each may do: 协作者(5) / 某某(所有者) / 某某  可编辑, or on one line:
    # 协作者(3):某某(创建者)、某某、某某)
    NoiseRule("doc.collaborators", r"^[ \t]*+(?:(?:协作者|协作成员|共享成员|成员)[ \t]*\([ \t]*\d{1,3}[ \t]*\)(?:[ \t]*:[^\n]{1,200})?|"
                                   r"[\p{Han}A-Za-z·][\p{Han}A-Za-z· \t\u3000]{0,8}?[ \t\u3000]*(?:\((?:所有者|创建者|管理员)\)|"
                                   r"[ \t\u3000]+(?:可编辑|可评论|可查看|可阅读|仅查看|可管理|仅阅读)))[ \t]*$", where=ANYWHERE),
    # (the tally of its comments panel: 全部评论(3)  已解决(1))
    NoiseRule("doc.comment", r"^[ \t]*+(?:全部评论|已解决|未解决|待解决)[ \t]*\([ \t]*\d{1,3}[ \t]*\)"
                             r"(?:[ \t\u3000]+(?:已解决|未解决|待解决)[ \t]*\([ \t]*\d{1,3}[ \t]*\))*[ \t]*$", where=ANYWHERE),
    # (its log of a reviewer's changes, a line each, printed where the change stands: 【修订】某某  删除了:"基本")
    NoiseRule("doc.revision", r"^[ \t]*+[【\[]修订[】\]][ \t]*[^\s:]{1,12}[ \t\u3000]*(?:删除|插入|修改|替换|移动)了?[ \t]*:"
                              r"[^\n]{0,300}$", where=ANYWHERE),
    # (its format bar: the paragraph's style, the font and its size, the buttons after them: 正文  仿宋_GB2312  三号  B I U)
    NoiseRule("doc.editor_chrome", rf"^[ \t\u3000]*+(?:(?:正文|标题[ \t]?[1-6]?)[ \t\u3000]+)?{FONT_NAME}[ \t\u3000]+{FONT_SIZE}"
                                   r"(?:[ \t\u3000]+[^\n]{0,40})?$", where=ANYWHERE),
    # (or a collaborator's note typed into the text in brackets, to someone it names with @: 【@某某 请补充人数】; a
    # document names no one so)
    NoiseRule("doc.mention_note", r"[【\[]@[^\s@【】\[\]]{1,12}[ \t]*[^【】\[\]\n]{1,80}[】\]]", SPAN, ANYWHERE),
    # its balloons of tracked changes, printed or saved with the markup shown (删除的内容: 圆满, 带格式的: 字体: 仿宋),
    # and its bar that shows the markup (显示标记: 所有标记 ▼ 审阅窗格)
    NoiseRule("doc.change_balloon", r"^[ \t]*+(?:删除的内容|带格式的|带格式表格|已移动\((?:插入|删除)\)|显示标记)[ \t]*:[^\n]*+$",
              where=ANYWHERE),
    # ---- a course platform's lesson page: its way back to the course, the learner's progress, its tabs (章节  讨论
    # 作业  考试), the bar to the lessons before and after it, its quiz's button
    NoiseRule("course.chrome", rf"^[ \t]*+(?:返回课程|(?:[▶►][ \t]*)?任务点[ \t]*(?:已完成|未完成)|上一节[ \t\u3000]+下一节|"
                               r"已完成任务点[ \t]*:[ \t]*\d{1,3}[ \t]*/[ \t]*\d{1,3}|清晰度[ \t]+(?:标清|高清|超清|流畅|自动)|"
                               rf"[^\n]{{0,20}}?测验[^\n]{{0,20}}?[ \t\u3000]开始答题|"
                               rf"{_COURSE_TAB}(?:[ \t\u3000]{{2,}}{_COURSE_TAB}){{2,}})[ \t]*$", where=ANYWHERE),
    # (and its quiz under the lesson: the quiz's name, each question with its kind (1. 【单选题】…) and its lettered
    # options, the buttons to hand it in)
    # (and the app's word that the lesson is done, with the points it gave: ✔ 恭喜!本课程已学完  积分 +1, 今日已获 14 分 /
    # 上限 30 分  累计积分:3285)
    NoiseRule("course.points", r"^[ \t]*+(?:[✔✓][ \t]*)?(?:恭喜[!,]?[^\n]{0,16}?(?:已学完|已完成|学习完成)[^\n]{0,20}|"
                               r"今日已获[ \t]*\d{1,4}[ \t]*分[^\n]{0,40})$", where=TAIL),
    # (or an app's quiz under the lesson, its count in the label, each question's verdict under its options, the
    # score under them: 随堂答题(共3题) / 1.【单选】… / ✔ 回答正确 积分 +1 / 本课答题得分:2/3)
    NoiseRule("course.quiz", r"^(?:[ \t]*+[^\n]{0,20}?(?:测验|测试|练习|答题)(?:[ \t]*\(共[ \t]*\d{1,3}[ \t]*题\))?[ \t]*\n)?"
                             r"(?:[ \t]*+\d{1,2}[.、][ \t]*【(?:单选|多选|判断|填空|简答)题?】[^\n]*+(?:\n|$)"
                             r"(?:[ \t]*+(?:[A-H][.、]|[✔✘✓✗])[^\n]*+(?:\n|$)){0,8}+)++"
                             r"(?:[ \t]*+(?:提交|交卷)(?:[ \t]+暂时保存)?[ \t]*+(?:\n|$)|[ \t]*+[^\n]{0,8}得分[ \t]*:[^\n]*+(?:\n|$))?",
              SPAN, ANYWHERE),
    # ---- a note app's page exported: its properties' table at the head (| 属性 | 内容 | / | 状态 | 修改中 | / | 负责人 |
    # …), three fields at least; a block its writer folded (▶) and marked as not to be delivered (▶ 参考资料(讲课时不念),
    # its items under it)
    # (the whole table goes, the fields the writer added among them too: | 会议时间 | …)
    NoiseRule("notes.properties", rf"^(?:(?:(?![ \t]*+\|[ \t]*{_PAGE_PROPERTY}[ \t]*\|)[ \t]*+\|[^\n]*+\n){{0,8}}+"
                                  rf"[ \t]*+\|[ \t]*{_PAGE_PROPERTY}[ \t]*\|[^\n]*+(?:\n|$)){{3,}}+(?:[ \t]*+\|[^\n]*+(?:\n|$))*+",
              SPAN, HEAD),
    # (its items, indented or not as the export writes them, run to the blank line under them)
    NoiseRule("notes.undelivered", r"^[ \t]*+(?:[-*][ \t]+)?▶[ \t]*[^\n()]{0,40}\([^()\n]{0,12}(?:不念|不讲|不宣读|不读|勿念)"
                                   r"[^()\n]{0,6}\)[ \t]*(?:\n[ \t]*+\S[^\n]*+){1,30}+", SPAN, ANYWHERE),
    # ---- a fax: the line its machine prints atop each page (when, from whom, to whom, the page of how many: 2031-06-03
    # 09:17  FROM:某某办公室 …  TO:… P.2/5; an OCR may read O for 0), a page break; and its cover sheet, from its title
    # to its note on missing pages (传真封面 / 致:… 发件人:… / 页数:… / 事由:… 缺页或不清请回电…)
    NoiseRule("fax.header", r"^[ \t]*+[0-9O]{4}[-/.][0-9O]{1,2}[-/.][0-9O]{1,2}[ \t]+[0-9O]{1,2}:[0-9O]{2}(?::[0-9O]{2})?"
                            r"[ \t]+[^\n]{0,100}?(?:FR[O0]M|发自|来自)[ \t]*:[^\n]{0,100}?"
                            r"(?:P\.[ \t]*[0-9]{1,3}[ \t]*/[ \t]*[0-9]{1,3}|第[ \t]*[0-9]{1,3}[ \t]*/[ \t]*[0-9]{1,3}[ \t]*页)[ \t]*$",
              where=ANYWHERE, page_break=True),
    NoiseRule("fax.cover", r"^[ \t]*+传[ \t]*真[ \t]*(?:封[ \t]*面|首[ \t]*页)[ \t]*\n(?:[^\n]*+\n){0,12}?[^\n]*?"
                           r"(?:如有缺页|字迹不清|请回电)[^\n]*+$", SPAN, HEAD),
    # (or, without that note, its fields and its boxes to tick, a line each: 传 真 件 / 收件单位:… / 页数:… / □紧急 ☑请回复)
    NoiseRule("fax.cover", r"^[ \t]*+传[ \t]*真[ \t]*(?:封[ \t]*面|首[ \t]*页|件)?[ \t]*\n"
                           r"(?:[ \t]*+(?:[^\n:]{2,8}:[^\n]*+|[□☑☐■][^\n]*+)(?:\n|$)){3,12}+", SPAN, HEAD),
    # ---- a web archive's copy of a page: its banner (The Wayback Machine - https://web.archive.org/web/…), and its
    # toolbar under it down to its last label (Go / 33 captures / the calendar / About this capture / … / TIMESTAMPS)
    NoiseRule("archive.toolbar", r"^[ \t]*+The Wayback Machine[^\n]*+\n(?:[^\n]*+\n){0,40}?[ \t]*+TIMESTAMPS[ \t]*$",
              SPAN, HEAD),
    NoiseRule("archive.toolbar", r"^[ \t]*+The Wayback Machine[ \t]*-[ \t]*https?://web\.archive\.org/[^\n]*+$"),
    # ---- a wiki's page (its space's tree, its metadata, its labels and likes)
    # a page's links to skip its menus, for a screen reader, each alone on its line (跳到内容, 跳到面包屑, 跳到页尾,
    # 转至元数据结尾): no text of a document
    # (or two on a line: 跳到导航  跳到搜索)
    NoiseRule("web.skip_link", r"^[ \t]*+(?:(?:跳到|跳转到|跳至|转至|转到|跳过)(?:内容|正文|主要内容|主内容|面包屑|头部菜单|操作菜单|"
                               r"快速搜索|快捷导航|导航|导航栏|搜索|页尾|页首|页脚|页头|顶部|底部|侧边栏|菜单|"
                               r"元数据(?:结尾|起始|开头|末尾))[ \t\u3000]*+){1,4}+$", where=ANYWHERE),
    # a wiki's link to edit a section, after its heading ([编辑], [编辑源代码], [edit])
    NoiseRule("wiki.edit_link", r"\[(?:编辑|编辑源代码|编辑源码|(?i:edit))\](?=[ \t]*$)", SPAN, ANYWHERE),
    # a library wiki's boxes over a work (姊妹计划:数据项, 本作品收录于:某某汇编) and its foot under it: the work's
    # copyright status (本作品来自…的法律、法规…不受著作权法保护), the page's categories (分类:某某 | 某某), and from
    # the page's last edit (本页面最后编辑于…) to the end, the site's licence and links
    NoiseRule("wiki.work_boxes", r"^[ \t]*+(?:姊妹计划|姐妹计划|本作品收录于)[ \t]*:[^\n]*+$"),
    NoiseRule("wiki.work_boxes", r"^[ \t]*+本作品(?:来自|在全世界|属于|依据|是|原文)[^\n]{0,200}?(?:著作权|版权|公有领域|公共领域)[^\n]*+$",
              where=TAIL),
    NoiseRule("wiki.categories", r"^[ \t]*+(?:页面)?分类[ \t]*:[^\n|]{1,40}(?:\|[^\n|]{1,40}){1,20}$", where=TAIL),
    # (or a note's or a blog's, of the piece: *本文最后编辑于 2031-08-20 09:12,共 3 处修订。*)
    NoiseRule("wiki.page_edited", r"^[ \t]*+[*_]?本(?:页面?|文)最后(?:编辑|修订|修改)于[^\n]*+$", TO_END, TAIL),
    # its space's tree of pages beside the page, from its label to the space's tools under it (页面树 / 2031年度 /
    # 某某方案 / … / 空间工具): other pages' titles, no text of this one
    NoiseRule("wiki.page_tree", r"^[ \t]*+页面树[ \t]*\n(?:[^\n]{0,80}\n){0,60}?[ \t]*+(?:空间工具|空间设置)[ \t]*$", SPAN, HEAD),
    # who made the page and who changed it last, with when (由 某某创建, 最后修改人 某某 于 …; 由 某某创建,最终由 某某修改于 …)
    NoiseRule("wiki.page_history", r"^[ \t]*+由[ \t]*[^\s,]{1,12}?[ \t]*创建[ \t]*,?[ \t]*(?:最后修改人|最终由|最后由|最近由|"
                                   r"最后修改于|最近修改于)[^\n]{0,40}$", where=ANYWHERE),
    # the page's note on itself over the document it holds (本页为模板,发文前请替换…; 说明:本页为第二稿,…): a page
    # speaks of 本页, a document of its own words (本方案, 本办法), and a printed one of 此页 (此页无正文)
    NoiseRule("page.own_note", r"^[ \t]*+(?:(?:说明|备注|注)[ \t]*:[ \t]*)?本页(?:面)?(?:为|是)[^\n]{2,200}$", where=HEAD),
    # its labels' box with none in it, its button, and its likes (无标签, 编辑标签, 赞 2 人赞了这个, 赞 成为第一个赞同者)
    NoiseRule("wiki.labels_and_likes", r"^[ \t]*+(?:无标签|编辑标签|赞[ \t]+(?:\d{1,5}[ \t]*人赞了(?:这个|它|此页)|"
                                       r"成为第一个赞同(?:者|这个的人|此页的人)))[ \t]*$", where=ANYWHERE),
    # a Markdown editor's mark where it draws the table of contents ([TOC]): no text of the document
    NoiseRule("markdown.toc", r"^[ \t]*+\[(?i:toc)\][ \t]*$", where=ANYWHERE),
    # the items of a list of other pages' titles after the article, each with the date it was posted (- 某某专题党课
    # 06-14): a page's related or latest links, whose label the extractor may have dropped; twice at least
    NoiseRule("web.dated_link", r"^[ \t]*+[-•·][ \t]+[^\n]{4,60}?[ \t]*(?:(?:19|20)[0-9]{2}[-/.])?[01]?[0-9][-/.][0-3]?[0-9]"
                                r"[ \t]*$", where=TAIL, min_matches=2),
    # a phone's status bar atop a copy taken from its screen (12:08 ⚡ 4G 78%, its battery's % lost to an OCR),
    # and an app's bar (× 某某号 ...: the close button, the page's name, the menu)
    # (an OCR reads the signal's bars as ıll: a dotless i, which no Chinese text holds)
    NoiseRule("app.status_bar", r"^[ \t]*+\d{1,2}:\d{2}[^\n]{0,24}?(?i:[2-5]G|wi-?fi|lte|ıl)[^\n]{0,16}?\d{1,3}%?[ \t]*$",
              where=ANYWHERE),
    # (an OCR reads the close button as X, and the page may have no name on the bar: X ···)
    NoiseRule("app.title_bar", r"^[ \t]*+[×✕X][ \t]+(?:[^\s×✕]{2,16}[ \t]*)?(?:\.{3}|…|⋯|···)[ \t]*$", where=ANYWHERE),
    # the label an OCR app or a copy sets between the screenshots it read (【第2张】, 图片2), twice at least
    # (between rules too, as an OCR app sets it: ———— 第2张图片 ————)
    NoiseRule("copy.image_label", r"^[ \t]*+(?:[—=*~-]{2,}[ \t]*)?[【\[]?(?:第[ \t]*\d{1,3}[ \t]*(?:张(?:图片|照片|图)?|页(?:图片|照片|图))|"
                                  r"图片[ \t]*\d{1,3})[】\]]?(?:[ \t]*[—=*~-]{2,})?[ \t]*$",
              where=ANYWHERE, min_matches=2),
    # a stock forum's tag of the shares a post is about, its name and its code between dollar signs ($某某股份(SZ000001)$),
    # the code's figures maybe hidden (SZ00XXXX)
    NoiseRule("post.cashtag", r"[ \t]*+\$[^$\n]{1,20}\((?:SH|SZ|BJ|HK|US)?[0-9A-Z]{1,8}\)\$", SPAN, where=ANYWHERE),
    # specks an OCR read on a photographed page's edge or fold: a line of a stroke, a tick or a dot alone (丨, ' ·)
    NoiseRule("copy.ocr_specks", r"^[ \t]*+(?=[^\n]*['`´丨¦])['`´·丨¦| \t]{1,8}$", where=ANYWHERE),
    # (or the specks it read from a seal's ring or a stamp's dots: a degree, a ∴, a small dot, alone with dots and
    # spaces: ·°∴ ﹒)
    NoiseRule("copy.ocr_specks", r"^[ \t]*+(?=[^\n]*[°∴∵﹒])[·°∴∵﹒.,'`´ \t]{1,10}$", where=ANYWHERE),
    # a line of filled shapes and nothing else: a scan's blots, an editor's divider (■■ ■, ◆◆◆◆◆); hollow ones (□□,
    # ○○) are a template's blanks
    NoiseRule("copy.shapes_line", r"^[ \t]*+[■◆●▲▼★♦][ \t]*+(?:[■◆●▲▼★♦☆][ \t]*+){1,40}+$", where=ANYWHERE),
    # (or one after a line's words, a space between: 三、工作要求 丨; a bar parting a title's halves stands between words)
    NoiseRule("copy.ocr_specks", r"(?<=[^\s丨¦|])[ \t]++[丨¦`´][ \t]*+$", SPAN, where=ANYWHERE),
    # (or glued after a sentence's end, a stroke or a backtick no sentence ends with: …三点意见。` (an apostrophe may
    # close a quotation: …做好。'); or before a line's words, a space after it: 丨 (三)…)
    # (or glued before a numbered part's marker: 丨第五章…; or glued to a word cut by the line's end, its sentence going
    # on below: …普遍丨 / 受益…: a bar at a line's end parts nothing from nothing)
    NoiseRule("copy.ocr_specks", r"(?<=[。!?;])[ \t]*+[`´丨¦][ \t]*+$|(?<=\p{Han})[丨¦][ \t]*+$(?=\n[ \t]*+\p{Han})|^[ \t]*+[丨¦`´](?:[ \t]++(?=\S)|(?=第[一二三四五六七八九十百]{1,4}[章节条部]))", SPAN,
              where=ANYWHERE),
    # an e-book reader's export of highlights: each one's header and the rule between them
    NoiseRule("reader.clipping", r"^[ \t]*+-[ \t]*(?:Your (?:Highlight|Note|Bookmark)|您在[^\n]{0,40}?的(?:标注|笔记|书签))[^\n]*$",
              where=ANYWHERE),
    NoiseRule("reader.clipping_rule", r"^[ \t]*+={10}[ \t]*$", where=ANYWHERE),
    # a book's running head beside its page's number (第四章 知照性公文写作      · 85 ·), and the label of a book's
    # example above the document it prints (【例 4-3】)
    # (the gap written [^\S\n], not [ \t]: the prefilter then knows the rule by its dots, not by a space every line holds)
    NoiseRule("copy.running_head", r"^[ \t]*+(?:[^\s·•][^\n]{1,30}?[^\S\n]{2,}[·•][ \t]*\d{1,3}[ \t]*[·•]|"
                                   r"[·•][ \t]*\d{1,3}[ \t]*[·•][^\S\n]{2,}[^\n]{2,30}?)[ \t]*$", where=ANYWHERE, page_break=True),
    # a red seal as OCR reads it: the body's name round the ring, spaced or dotted as the curve broke it, the star in
    # the middle (★ ☆) or the ring's edge read as a mark (⊙ ◎), or the seal's own word at its end ((滨 河 县 人 民 法 院 ★
    # 印), 。 ☆ 县安 全生 委员 会 ⊙, ◎某某县民政局◎ 专用章, …管理委员会 (印章), 某某银  ★  行委员): a line of a few characters, a seal's
    # mark among them, gaps or the seal's word, nothing else; a list's item a star opens, a heading two marks frame,
    # have no gaps inside their words (○, a figure's zero, is no seal's mark)
    NoiseRule("copy.seal", r"^[ \t]*+(?:[。.,、·][ \t]*)?\(?(?=[\p{Han}X×★☆⊙○◎·() \t]{4,40}[ \t]*$)"
                           r"(?=[^★☆⊙◎\n]{0,40}[★☆⊙◎])"
                           r"(?:(?=(?:[^\n]{0,40}?[\p{Han}X×][ \t·]++[\p{Han}X×]){2})|(?=[^\n]{0,40}[章印]\)?[ \t]*$)|"
                           r"(?=[^\n]{0,40}?[\p{Han}X×][ \t]++[★☆⊙◎][ \t]++[\p{Han}X×]))"
                           r"[\p{Han}X×★☆⊙○◎·() \t]{4,40}[ \t]*$", where=ANYWHERE),
    # (or the mark a transcription sets where the seal stood, alone under the issuer: (印), (公章), or (盖章) by the
    # seal's ring or the date the document was signed on; a form's (盖章) stands over a date left blank: 年 月 日)
    NoiseRule("copy.seal", r"^[ \t]*+\((?:印|公章|印章)\)[ \t]*$|"
                           r"^[ \t]*+\(盖章\)[ \t]*$(?=\n[^\n]{0,40}[★☆⊙◎]|\n[ \t]*+\d{4}年\d)|"
                           r"(?<=\d日[ \t]*\n)[ \t]*+\(盖章\)[ \t]*$", where=ANYWHERE),
    # the red rule under a party body's 公文 header, a star in its middle, as OCR reads it (———★———, ━━━★━━━, or its
    # lines read as runs of 一: 一一一一★一一一一)
    NoiseRule("copy.red_rule", r"^[ \t]*+(?:[—─━═\-_=]{3,}+[ \t]*[★☆][ \t]*[—─━═\-_=]{3,}+|"
                               r"一{4,}+[ \t]*[★☆][ \t]*一{4,}+)[ \t]*$", where=ANYWHERE),
    NoiseRule("copy.example_label", r"^[ \t]*+[【\[]例[ \t]*\d{1,2}(?:[-.—]\d{1,2})?[】\]][ \t]*$", where=ANYWHERE),
    # a fax machine's line atop each page it sent (its date and time, FROM: the sender, TEL:, the page of all: P.002/004):
    # the machine's, not the document's; a page break stands there
    # (or its time first, then FAX and the sender's number and name, the page after an @ or a P.: 08/17/2031 09:31
    # FAX 0571… @002/004, … P.002/004)
    NoiseRule("copy.fax_header", r"^[ \t]*+(?:(?=[^\n]{0,160}?(?i:FROM|FAX|TEL)[ \t]*:)[^\n]{0,200}(?<![A-Za-z])P\.?[ \t]*+"
                                 r"\d{1,4}+(?:[ \t]*+/[ \t]*+\d{1,4}+)?+|"
                                 r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?i:FAX)[ \t][^\n]{0,120}?"
                                 r"(?:[@#]|(?<![A-Za-z])P\.?)[ \t]*\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?|"
                                 # (its time, FAX: and the sender, the page's count printed apart at its foot: P.002/004,
                                 # zero-padded as the machine counts)
                                 r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?i:FAX)[ \t]*:[^\n]{1,120}|"
                                 r"P\.[ \t]*0\d{2}[ \t]*/[ \t]*0\d{2})[ \t]*$", where=ANYWHERE,
              page_break=True),
    # a photo's file name alone on its line, over the text an app read off it (IMG_20310612_153208.jpg)
    NoiseRule("copy.image_file", r"^[ \t]*+[\w.()-]{1,60}\.(?i:jpe?g|png|heic|bmp|webp)[ \t]*$", where=ANYWHERE),
    # an OCR app's note on what it read (识别结果(共识别 58 行,平均置信度 93.2%), 以上内容由手机扫描OCR自动识别,可能存在
    # 错误,请核对原图)
    NoiseRule("copy.ocr_note", r"^[ \t]*+(?:识别结果[ \t]*(?:\([^()\n]{0,40}\))?|"
                               r"以上(?:内容|文字)?由[^\n。,]{0,12}?(?:OCR|文字识别|扫描)[^\n。,]{0,8}?识别[^\n]{0,30})[ \t]*$",
              where=ANYWHERE),
    # a scanner app's mark on each page it made (由某某扫描王扫描创建)
    # (or the app's name, then the word: 扫描某某王 创建)
    NoiseRule("copy.scanner_mark", r"^[ \t]*+(?:由[^\n]{1,16}?扫描|扫描\p{Han}{0,3}[ \t]*)(?:创建|生成)[ \t]*$",
              where=ANYWHERE),
    # (or its badge and its slogan under the last page: CS 扫描某某王 / 3亿人都在用的扫描App)
    NoiseRule("copy.scanner_mark", r"^[ \t]*+(?:[A-Z]{1,3}[ \t]+扫描\p{Han}{1,4}|[0-9.]{1,4}[亿万]人都在用的[^\n]{0,6}(?:App|APP|app|应用))"
                                   r"[ \t]*$", where=TAIL),
    # an article's or a chapter's mark of its end ((完), (全文完), (本章完)): the page's, not a sentence
    # (and an app's mark that its list has no more: —— 已经到底了 ——, or a reading mode's: — 已显示全部内容 —)
    NoiseRule("copy.end_mark", r"^[ \t]*+(?:\((?:本章|全文|本文)?完\)|[—-]{1,8}[ \t]*(?:文稿|全文|正文)?(?:结束|完)[ \t]*[—-]{1,8}|"
                               r"[—-]{0,2}[ \t]*(?:已经到底了|到底啦|没有更多了|已显示全部(?:内容)?)[ \t]*[—-]{0,2})[ \t]*$",
              where=ANYWHERE),
    # a QQ export's own header above its messages (消息记录(此消息记录为文本格式,不支持重新导入) / 消息分组:… / 消息对象:…)
    NoiseRule("chat.export_header", r"^[ \t]*+(?:消息记录\(此消息记录为文本格式[^\n()]{0,20}\)|消息(?:分组|对象):[^\n]{0,40})[ \t]*$"),
    NoiseRule("chat.record_title", r"^[ \t]*+[^\n]{1,40}?的(?:聊天|消息)记录[ \t]*$"),
    # a record's day between rules (—————  2031年11月5日  —————), and its export's last line (以上为聊天记录全部内容, ——
    # 以上为导出内容 ——): a date framed so, or such a note, is never a document's own line
    NoiseRule("chat.day_rule", CHAT_DAY_RULE, where=ANYWHERE),
    NoiseRule("chat.export_end", r"^[ \t]*+[—-]*[ \t]*以上(?:为|是|即)(?:聊天记录|群聊记录|导出内容|导出的聊天记录|(?:全部)?聊天内容)"
                                 r"(?:的?全部内容|,[ \t]*共[ \t]*\d+[ \t]*条(?:消息|记录))?[ \t]*[—-]*[ \t]*$", where=TAIL),
    NoiseRule("chat.sender_time", rf"^[ \t]*+[\p{{Han}}A-Za-z·]{{2,8}}[ \t]+{_CHAT_TIME}[ \t]*$", where=ANYWHERE,
              requires="chat.record_title"),
    NoiseRule("chat.split_message", r"^[ \t]*+\((?:未完[,;]?(?:接下条|见下条|待续)|接上条)\)[ \t]*$", where=ANYWHERE),
    # (or a poster's note on a text the platform's limit split, alone on its line: [文字过长,分两条发], …(字数限制,后续见
    # 评论区👇), (接上), 接上楼: a post's word, never a document's)
    NoiseRule("post.split_note", r"^[ \t]*+(?:…|\.{3})?[ \t]*[(\[【]?(?:文字过长|字数限制|篇幅有限|字数超了)?[,,]?[ \t]*"
                                 r"(?:分[两几多0-9]条发|(?:后续|剩下的|剩余部分)(?:见|发|在)(?:评论区|下条|下一条|[二2]楼)|"
                                 # (未完,接3楼: the floor the rest is in)
                                 r"未完[,]?[ \t]*(?:接|见|转)[0-9一二三四五六七八九十]{1,3}楼|"
                                 r"(?:接上|续上)(?:条|楼|文)?|未完待续)[^\n()\[\]【】]{0,4}[)\]】]?[ \t]*$", where=ANYWHERE),
    # a mind map's text outline: the name of its canvas atop (画布 1), and its floating topics under the tree, from
    # their label to the end (自由主题 / 待补充:…): the map's, not the tree's
    NoiseRule("mindmap.canvas", r"^[ \t]*+(?:画布|Sheet)[ \t]*[0-9]{1,2}[ \t]*$"),
    # (matched to the text's end: an outline holds no sentence, which would tell the page's box atop from its tail)
    NoiseRule("mindmap.floating_topics", r"^[ \t]*+(?:自由主题|Floating Topic)[ \t]*+(?:\n[^\n]*+)*+\Z", SPAN, TAIL),
    # a caption log's label over its stamped lines, with its count and its note on the machine (实时字幕记录(共 134 条)
    # 以下文字由机器识别而成…)
    NoiseRule("transcript.caption_log", r"^[ \t]*+(?:实时)?字幕记录(?:[ \t]*\(共[ \t]*\d{1,5}[ \t]*条\))?[^\n]{0,80}$"),
    # a meeting tool's summary its AI wrote over the transcript, from its label (智能纪要  AI生成, AI 纪要:…) down to and
    # with the transcript's label (文字记录, 转写原文, maybe with its switches: 显示时间戳 ✓): its overview, topics,
    # decisions, to-dos and chapters are the machine's digest of the speech, not the speech (which the transcript
    # under it gives whole)
    NoiseRule("transcript.ai_summary", rf"^[ \t\u3000]*+{AI_PANEL}"
                                       r"[^\n]{0,40}+\n(?:[^\n]*+\n){1,200}?"
                                       r"[ \t\u3000]*+(?:文字记录|转写(?:原文|文本|内容|结果)|逐字稿)(?!\p{Han})[^\n。,!?]{0,40}+$",
              SPAN, HEAD),
    # a browser's or a reader's AI summary over the article, from its label (✦ AI 摘要, AI总结) down to and with its
    # controls (收起 ∧, 👍 点赞  👎 踩  复制  重新生成): the machine's digest, its points numbered like the article's
    NoiseRule("page.ai_summary", rf"^[^\n\p{{Han}}]{{0,3}}{AI_PANEL}[^\n]{{0,40}}+\n(?:[^\n]*+\n){{1,40}}?"
                                 r"[ \t]*+(?:收起|点赞|👍|重新生成|复制)[^\n]{0,60}+"
                                 r"(?:\n[ \t]*+(?:收起|点赞|👍|👎|重新生成|复制)[^\n]{0,60}+)*+$",
              SPAN, HEAD),
    # an e-book converted to text with its files' markers (=== text00007.html ===): the marker lines go, and the book's
    # own files whole, its title page, copyright page, cover and contents (EPUB's conventional names), to the next
    # marker; a chapter's link back to the contents goes too ([返回目录](#toc.xhtml))
    NoiseRule("ebook.front_file", rf"^[ \t]*+={{2,}}[ \t]*+{_EBOOK_FRONT_FILE}[^\s=]{{0,20}}\.x?html?[ \t]*={{2,}}[ \t]*+\n"
                                  rf"(?:(?![ \t]*+={{2,}}[ \t]*+[^\s=]{{1,40}}\.x?html?[ \t]*={{2,}})[^\n]*+\n)*+",
              SPAN, ANYWHERE, requires="ebook.file_marker"),
    NoiseRule("ebook.file_marker", r"^[ \t]*+={2,}[ \t]*+[^\s=]{1,40}\.x?html?[ \t]*={2,}[ \t]*$", where=ANYWHERE,
              min_matches=2),
    # (and the target of a note's link in it, an anchor in the book: [①](#fn1) keeps its mark)
    NoiseRule("ebook.anchor_target", r"(?<=\[[^\[\]\n]{1,6}\])\(#[^\s()]{1,40}\)", SPAN, ANYWHERE,
              requires="ebook.file_marker"),
    NoiseRule("ebook.back_to_contents", r"^[ \t]*+\[返回目录\]\(#?[^\s()]{1,40}\)[ \t]*$", where=ANYWHERE),
    # a reading app's page: how far into the book it is, a line of its own at each page's foot (31.6%), a page break;
    # its chapter's title repeated atop each page (第12章 在…上的主持词); its bar of buttons at the end (上一章  目录
    # 夜间  设置  下一章)
    # (a page's worth apart: a table's cells, a line each, hold percentages close together)
    NoiseRule("reader.progress", r"^[ \t]*+[0-9]{1,3}\.[0-9]%[ \t]*$", where=ANYWHERE, min_matches=3, page_break=True,
              min_apart=150),
    NoiseRule("reader.running_chapter", r"^[ \t]*+第[0-9一二三四五六七八九十百]{1,4}章[ \t]+[^\n]{4,60}$", where=ANYWHERE,
              min_matches=3, page_break=True, requires="reader.progress"),
    NoiseRule("reader.chapter_bar", r"^[ \t]*+(?:上一章|下一章)(?:[ \t\u3000]+(?:目录|夜间|日间|设置|字号|上一章|下一章)){0,6}[ \t]*$",
              where=TAIL),
    # a work app's log card around the report it carries: its header (日志详情, 某某 的日志), and under the report the
    # card's next fields, from their label to the end (明日计划: / 需协调: / 接收人:… / its readers and comments)
    NoiseRule("worklog.header", r"^[ \t]*+(?:日志详情|[^\s]{2,8}[ \t]*的日志)[ \t]*$"),
    NoiseRule("worklog.fields", r"^[ \t]*+(?:明日计划|明日工作计划|需协调(?:事项|的工作)?|下周计划|下周工作计划)[ \t]*:[ \t]*$",
              TO_END, TAIL),
    # a short video's credit of its sound, a music note before it (♪ @某某创作的原声, ♫ 原声 - 某某): the platform's
    NoiseRule("video.sound", r"^[ \t]*+[♪♫🎵🎶][ \t]*[^\n]{0,24}原声[^\n]{0,24}$"),
    # the writer's note on their copy under a rule drawn after the text (—————— / 备注:会前核对到会领导…): the
    # note app's or the drafter's, not the document's, which ends above the rule
    NoiseRule("copy.note_under_rule", r"^[ \t]*+[—–_=-]{4,}[ \t]*\n(?:[ \t]*\n)*[ \t]*+备注[ \t]*:", TO_END, TAIL),
    # a video course's list of its chapters, each with the time it starts at, the first at 00:00 (1.导入 00:00 /
    # 2.纪律是生命线 06:35): an agenda's items name their clock times, never 00:00
    NoiseRule("video.chapter_start", r"^[ \t]*+1[.、][^\n]{2,40}?[ \t]+0{1,2}:00[ \t]*$", META, ANYWHERE),
    NoiseRule("video.chapter", r"^[ \t]*+\d{1,2}[.、][^\n]{2,40}?[ \t]+(?:\d{1,2}:)?\d{1,2}:[0-5]\d[ \t]*$", where=ANYWHERE,
              requires="video.chapter_start"),
    # a video's or a podcast's chapters under their label, each led by the time it starts at (【时间轴】 / 06:45 一、…):
    # a table of contents of the recording, whose headings the transcript below gives again
    # (the label maybe with the platform's note that its AI made them: 章节要点(AI生成))
    NoiseRule("media.chapter_list", r"^[ \t]*+[【\[]?(?:时间轴|章节(?:要点|列表|速览)?|分段|本期(?:章节|目录)|视频(?:章节|要点))"
                                    r"[】\]]?(?:[ \t]*\((?:AI|AI生成|智能生成)\))?[ \t]*:?[ \t]*"
                                    rf"(?:\n[ \t]*+{RECORDING_TIME}[ \t]++[^\n]{{1,80}}+){{2,40}}$",
              where=ANYWHERE),
    # a video's transcript: each line led by its time from the start of the video (00:03 下面进行…), or the time
    # alone on the line above its caption, the first near zero (an agenda's times, 08:30 报到, are the day's and stay)
    NoiseRule("transcript.start", r"^[ \t]*+\[?0{1,2}:[0-5][0-9]\]?(?:[ \t]|$)", META, ANYWHERE),
    NoiseRule("transcript.time", rf"^[ \t]*+{RECORDING_TIME}[ \t]++(?=\S)", SPAN,
              ANYWHERE, min_matches=3, requires="transcript.start"),
    # (a time alone on its line goes with its line: the captions above and below it meet, and a caption the player
    # cut inside a word, 学校刚刚完成新 / 校区的搬迁, is rejoined as a wrapped line is)
    NoiseRule("transcript.time_line", rf"^[ \t]*+{RECORDING_TIME}[ \t]*+$", LINE,
              ANYWHERE, min_matches=3, requires="transcript.start"),
    # a transcript's speaker line over each turn (发言人1 03:58): a day's agenda gives its clock times without seconds
    # (报到 08:30), never under a numbered speaker
    NoiseRule("transcript.speaker", rf"^[ \t]*+{TRANSCRIPT_SPEAKER}[ \t]*+$", LINE, ANYWHERE, min_matches=3),
    # a meeting tool's line in its transcript where someone started or stopped the transcription or the recording
    # (某某 已开始听录, 某某 已停止转录): the tool's event, no one's words
    NoiseRule("transcript.event", r"^[ \t]*+[^\s]{2,16}[ \t]+已?(?:开始|停止)(?:了)?(?:听录|转录|转写|录制|录屏)[ \t]*$",
              where=ANYWHERE),
    # a short-video post's topics after its caption, each a # and a word, no # closing it (…全程脱稿!#文旅 #南溪)
    NoiseRule("social.trailing_topics", TRAILING_TOPICS, SPAN, ANYWHERE),
    # a social post's topics alone on a line (#防汛# #某县发布#)
    NoiseRule("social.topics", r"^[ \t]*+#[^#\s][^#\n]{0,29}#(?:[ \t]*#[^#\s][^#\n]{0,29}#)*[ \t]*$", where=ANYWHERE),
    # (or before the post's own words on its first line: #学习二十大# 【在…会上的发言】)
    NoiseRule("social.topics_before_a_post", r"^[ \t]*+#[^#\s][^#\s]{0,29}#(?:[ \t]*#[^#\s][^#\s]{0,29}#)*+[ \t]*(?=[^\s#])",
              SPAN, HEAD),
    # a long text posted in parts, each post opened by its count ((1/5), (2/5)) and maybe its topics: the poster's
    # marks, not the text's; the author's name over each part's time and device (某某发布 / 3-12 18:27 来自 …)
    NoiseRule("social.part_count", r"^[ \t]*+\([0-9]{1,2}/[0-9]{1,2}\)[ \t]*(?:#[^#\s][^#\s]{0,29}#[ \t]*)*+",
              SPAN, ANYWHERE, min_matches=2),
    NoiseRule("social.post_author", r"^[ \t]*+[^\s]{2,16}[ \t]*(?=\n[ \t]*+(?:[0-9]{4}-)?[0-9]{1,2}-[0-9]{1,2}[ \t]+[0-9]{1,2}:[0-9]{2}"
                                    r"[ \t]+来自[ \t]*\S)", where=ANYWHERE, min_matches=2),
    # a post's video card under it (某某发布的微博视频)
    NoiseRule("social.video_card", r"^[ \t]*+[^\n]{1,24}的微博视频[ \t]*$", where=ANYWHERE),
    # a post's card for the long article it links to, its label alone on a line over the article's title (头条文章)
    NoiseRule("social.article_card", r"^[ \t]*+头条文章[ \t]*$"),
    # a long text message as the phone splits it: each segment led by its sender's signature and its count
    # (【某某区纪委监委】(2/8)…), the segments cut wherever the length ran out
    NoiseRule("sms.segment_head", r"^[ \t]*+【[^】\n]{2,20}】[ \t]*[((][0-9]{1,2}/[0-9]{1,2}[))][ \t]*", SPAN, ANYWHERE,
              min_matches=2),
    # (and the phone's time over each segment, a page break each, for the segments cut words anywhere (上午9:03), and
    # the day's over the first (7月30日 周二 上午9:02); the app's bar: the sender's number, its badge, the thread's kind)
    # (a day's time opens another message: no break of one)
    NoiseRule("sms.time", r"^[ \t]*+(?:上午|下午|中午|晚上|凌晨|早上)[ \t]*[0-9]{1,2}:[0-9]{2}[ \t]*$", where=ANYWHERE,
              page_break=True, requires="sms.segment_head"),
    NoiseRule("sms.day", r"^[ \t]*+[0-9]{1,2}月[0-9]{1,2}日[ \t]*(?:周|星期)?[一二三四五六日天]?[ \t]*"
                         r"(?:上午|下午|中午|晚上|凌晨|早上)[ \t]*[0-9]{1,2}:[0-9]{2}[ \t]*$", where=ANYWHERE,
              requires="sms.segment_head"),
    NoiseRule("sms.app_bar", r"^[ \t]*+(?:<[ \t]*[0-9][0-9 ]{4,24}|\[官方认证\][^\n]{0,30}|短信/彩信|短信[ \t]*·[ \t]*\S{2,8})[ \t]*$",
              where=ANYWHERE, requires="sms.segment_head"),
    # (and its way out of the sender's list, where it ends a line: 拒收请回复R, 回T退订)
    NoiseRule("sms.opt_out", r"(?:拒收请回复[A-Za-z]|回复?[A-Za-z]退订|退订回[A-Za-z])[ \t]*$", SPAN, ANYWHERE,
              spaces_before=True),
    # a note app's or a post's tags, each led by one hash, a line of them (#工作 #七一)
    NoiseRule("social.tags", r"^[ \t]*+#[^#\s]{1,12}(?:[ \t]++#[^#\s]{1,12}){1,8}[ \t]*$", where=ANYWHERE),
    # an article's collection tags, each with how many articles it holds (#党课讲稿 38个), as a public account's
    # page shows them under the title (its label before them: 合集 #…  5个)
    NoiseRule("social.collection_tag", rf"^[ \t]*+(?:(?:收录于)?合集[ \t]*)?{COLLECTION_TAGS}[ \t]*$", where=ANYWHERE),
    # a note's reference mark glued after the words it annotates (…“金钥匙”[1]。, 地区生产总值[1]1863.4亿元): a
    # report's footnote or an AI answer's source, never a word of the text (a list of the notes opens its lines with
    # them, and stays)
    NoiseRule("note.reference", r"(?<=[\p{Han}”’」』)%\]】])(?:\[[0-9]{1,2}(?:[ \t]*[,、–-][ \t]*[0-9]{1,2}){0,5}\]|【[0-9]{1,2}】)"
                                r"(?=[\p{Han}0-9。!?,;:、”’)\[【 \t\n]|$)", SPAN, ANYWHERE),
    # a newspaper's jump to the page an article goes on, and back (下转第三版, 上接第一版)
    NoiseRule(PAGE_JUMP_RULE, rf"{PAGE_JUMP_ON}|{PAGE_JUMP_BACK}", SPAN, ANYWHERE),
    # an e-paper's page label, where a page turns (第04版:综合新闻): the paper's, not the article's
    NoiseRule("news.page_label", r"^[ \t]*+第[ \t]*\d{1,3}[ \t]*版[ \t]*:[ \t]*\p{Han}{1,8}[ \t]*$", where=ANYWHERE),
    # a paginated article's pager, where one page of it ends and the next begins (第1页 下一页, 上一页 1 2 3 下一页), or
    # a document viewer's (上一页 2 / 16 下一页 全屏)
    # (each item ends where a non-digit follows and the repeat is possessive: a run of figures is read one way only)
    NoiseRule("web.pager", r"^[ \t]*+(?=[^\n]{0,60}?(?:上一页|下一页))(?:(?:首页|上一页|下一页|尾页|末页|第[ \t]*\d{1,3}+[ \t]*页|"
                           r"共[ \t]*\d{1,3}+[ \t]*页|\d{1,3}+[ \t]*/[ \t]*\d{1,3}+(?!\d)|\d{1,3}+(?!\d)|\[\d{1,3}+\]|[<>«»‹›]|"
                           r"全屏|退出全屏)[ \t]*+){1,12}+$", where=ANYWHERE,
              page_break=True),
    # (its numbers may have been Word's fields, removed as markup: 第  页,共  页)
    NoiseRule("copy.page_footer", r"第\s*\d{0,4}\s*页\s*[,]?\s*共\s*\d{0,4}\s*页[ \t]*|共\s*\d+\s*页\s*第\s*\d+\s*页[ \t]*",
              SPAN, ANYWHERE, page_break=True),
    # a page number is a line of its own: its parts are spaced with blanks, never line breaks
    # (第N页 may stand between rules a preview draws across the page: ----- 第 3 页 / 共 6 页 -----)
    # (an OCR reads the dashes around it as 一: 一 3 一; a front matter's pages are numbered in Roman numerals: —Ⅱ—, · Ⅰ ·)
    NoiseRule("copy.page_number", r"^[ \t]*+(?:[-—–][ \t]*\d{0,3}(?:[ \t]*[-—–])?|[·•][ \t]*\d{1,3}[ \t]*[·•]|一[ \t]*\d{1,3}[ \t]*一|"
                                  r"[-—–·•][ \t]*(?:[Ⅰ-Ⅻⅰ-ⅻ]{1,3}|(?i:[ivx]{1,5}))[ \t]*[-—–·•]|"
                                  # (a viewer's or an OCR app's label of the page, in brackets: 【第2页】)
                                  # (its number in Chinese numerals too: 第四页/共9页)
                                  r"(?:[-—–=*~]{2,60}[ \t]*)?[【\[]?第[ \t]*(?:\d+|[一二三四五六七八九十]{1,3})[ \t]*页"
                                  r"(?:[ \t]*[,/]?[ \t]*共[ \t]*(?:\d+|[一二三四五六七八九十]{1,3})[ \t]*页)?"
                                  r"[】\]]?(?:[ \t]*[-—–=*~]{2,60})?|\d{1,3}[ \t]*/[ \t]*\d{1,3})[ \t]*$",
              where=ANYWHERE, page_break=True),
    # (an essay library's count of its pages, its pager after it: 本文共3页,当前第2页:[1] [2] 下一页)
    NoiseRule("copy.page_number", r"^[ \t]*+(?:本文|全文)?共[ \t]*\d+[ \t]*页[ \t]*,?[ \t]*当前(?:为|是)?第[ \t]*\d+[ \t]*页"
                                  r"(?:[ \t]*:?[ \t]*(?:上一页[ \t]*)?(?:\[\d{1,3}\][ \t]*){1,20}(?:下一页)?)?[ \t]*$",
              where=ANYWHERE, page_break=True),
    # a bare number alone on its line: a page's, where pages of text stand between them; a few lines apart, the
    # row numbers of a table copied a cell a line (序号 / 1 / 新建户厕 / 2025年12月 / 2 / …). A figure padded
    # with a zero over a line of heading words is a section's number as a WeChat editor styles it (01 / 压实责任)
    NoiseRule("copy.page_number", rf"^[ \t]*+(?!0[1-9]{UNDER_A_STYLED_NUMBER})\d{{1,3}}[ \t]*$",
              where=ANYWHERE, page_break=True, min_apart=MIN_PAGE_TEXT),
    NoiseRule("copy.fence", r"^[ \t]*+`{2,}[ \t]*$", where=ANYWHERE),
    # a slide's decoration copied with its text: the contents' and a part's label, the last slide's thanks, in Latin
    # capitals on a line of their own (CONTENTS, PART 02, THANK YOU)
    NoiseRule("slides.decoration", r"^[ \t]*+(?:CONTENTS?|PART[ \t.]*0?[1-9][0-9]?|THANKS?(?:[ \t]+YOU)?|THE[ \t]+END)[ \t]*$",
              where=ANYWHERE),
    # an H5 page's frame copied with its text, a deck a reader swipes through: each page's label (第3页), the cue
    # to swipe (向上滑动), the music button (♫, 关闭音乐), three page labels at least
    NoiseRule("h5.page_label", r"^[ \t]*+第[ \t]*[0-9]{1,3}[ \t]*页[ \t]*$", where=ANYWHERE, min_matches=3),
    NoiseRule("h5.controls", r"^[ \t]*+(?:(?:向上|向下|上|左右)?滑动(?:查看|翻页|浏览)?|[↑︽][ \t]*(?:上滑)?|[♫♪🎵]|"
                             r"(?:关闭|开启|打开)(?:背景)?音乐)[ \t]*$",
              where=ANYWHERE, requires="h5.page_label"),

    # a line in another language, no Chinese on it (thirty characters, twenty letters or more: Latin, Hangul …): a
    # bilingual page's translation of the document, or its furniture in that language; a Chinese speech's English
    # words stand in its Chinese lines (Good morning! alone is too short to be a translation's line)
    # (not a program's banner between rules, which has its own name)
    # (nor a row of a template's blanks: X、X、X … holds no word of three letters)
    NoiseRule("copy.other_language", r"^[ \t]*+(?![=-]{4})(?=[^\n\p{Han}]{30,}+$)(?=[^\n]*?\p{L}{3})"
                                     r"(?:[^\n\p{L}]*+\p{L}){20}[^\n]*+$",
              where=ANYWHERE),
    # an extractor's record of the page, a field a line under its name in brackets ([excerpt] …, [byline] …,
    # [length] 2031): what the tool read off the page, above the text
    NoiseRule("copy.record_field", r"^[ \t]*+\[[a-z][a-z_-]{2,15}+\][ \t][^\n]*+$"),
    # (or its fields above the page, a key in snake case and a value of no Chinese: source_url: …, http_status: 200)
    NoiseRule("copy.record_header", r"^[ \t]*+[a-z][a-z0-9]{0,15}+(?:_[a-z0-9]{1,15}+){1,3}+[ \t]*:[ \t]*"
                                    r"[^\n\p{Han}]{0,300}+$"),
    # a page's script, its text taken with the page's (a statistics counter's): lines of code, no Chinese on them
    # (a variable declared, a function opened or closed, a property set or a method called: hm.src = "…")
    NoiseRule("copy.script", r"^[ \t]*+(?=[^\n\p{Han}]*+$)(?:(?:var|let|const)[ \t]++[\w$]++[ \t]*+=|\(?function\b|"
                             r"\}++\)*+(?:\(\))?+\)?+;?+[ \t]*$|[\w$]++(?:\.[\w$]++)++[ \t]*+(?:=(?!=)|\())[^\n]*+$",
              where=ANYWHERE),
    # a slide deck saved as text labels each slide (幻灯片 3, Slide 3, 【幻灯片 3】, ===== 第3张幻灯片 =====): a page's
    # break
    NoiseRule("copy.slide_number", r"^[ \t]*+(?:[=—-]{3,}+[ \t]*)?[【\[]?(?:幻灯片|(?i:slide)|第)[ \t]*\d{1,3}"
                                   r"(?:[ \t]*张幻灯片)?[】\]]?(?:[ \t]*[=—-]{3,}+)?[ \t]*$",
              where=ANYWHERE, page_break=True),
    # (and the deck's count of its slides under the last one: 共 14 张幻灯片, 14 slides)
    NoiseRule("copy.slide_number", r"^[ \t]*+(?:共[ \t]*\d{1,3}[ \t]*张幻灯片|\d{1,3}[ \t]+(?i:slides))[ \t]*$", where=TAIL),
    # (under each slide's label, an exporter's fields: its title's, its text's and its notes' labels, the words after
    # them the slide's; and an empty note's mark)
    NoiseRule("slides.field_label", r"^[ \t]*+(?:标题|正文|备注|演讲者备注)[ \t]*:[ \t]*(?:\(无备注\)[ \t]*$)?", SPAN,
              ANYWHERE, min_matches=3, keeps_break=True),
    NoiseRule("slides.empty_note", r"^[ \t]*+\(无备注\)[ \t]*$", where=ANYWHERE, requires="slides.field_label"),
    # a slide template's prompt in a box left empty (单击此处添加副标题, 点击添加文本): never the deck's words
    NoiseRule("slides.empty_box", r"^[ \t]*+(?:单击|点击)(?:此处)?(?:添加|输入)(?:副?标题|文本|文字|内容|正文)[ \t]*$", where=ANYWHERE),
    # a template site's name and address set on each slide (某某PPT模板网 www.…): its watermark
    NoiseRule("slides.template_mark", r"^[ \t]*+[^\n]{0,12}?(?i:ppt)[^\n]{0,8}?(?:网|模板)[ \t]*(?:www\.|https?://)[^\s]+[ \t]*$",
              where=ANYWHERE),
    # a deck's running footer: its name and the slide's number after a bar (某某宣讲课件 | 第4页)
    NoiseRule("slides.footer", r"^[ \t]*+[^\n|]{2,30}?[ \t]*\|[ \t]*第[ \t]*\d{1,3}[ \t]*页[ \t]*$", where=ANYWHERE,
              page_break=True),
    # an e-mail's quoting of the message it answers, or a blockquote's marks: "> " before each quoted line
    # (three lines at least: one line opening with > is a line's own)
    NoiseRule("copy.quote_mark", r"^[ \t]*+>(?:[ \t]*>)*+[ \t]?", SPAN, ANYWHERE, min_matches=3, keeps_break=True),
    # a blog's tag before a post's title ([转载]在…的讲话): the title's own words follow it
    NoiseRule("blog.tag", r"^[ \t]*+\[(?:转载|原创|转|置顶|推荐|精华)\][ \t]*(?=\p{Han})", SPAN),
    # an image or a video the copy lost, named in brackets on the line where it stood, maybe with its file's name
    # (a note app's export: [图片: IMG_0618.jpg])
    NoiseRule("copy.media", r"^[ \t]*+[\[【](?:图片|视频|(?i:image|img))(?:[ \t]*:[^\]】\n]{1,80})?[\]】][ \t]*$",
              where=ANYWHERE),
    # a reading or a course app's count of who marked the passage above (✎ 876人划线)
    NoiseRule("reader.highlights", r"^[ \t]*+(?:✎[ \t]*)?[0-9][0-9,]{0,8}[ \t]*人划线[ \t]*$", where=ANYWHERE),
    # a note app's export: the notebook the note is filed in (笔记本: 支部工作 / 党课材料)
    NoiseRule("note.notebook", r"^[ \t]*+(?:所属)?笔记本[ \t]*:[^\n]{1,60}$"),
    # an e-book reader's note under what was copied from it (摘录来自 / the book / its editor / 此内容可能受版权保护。)
    NoiseRule("reader.excerpt_note", r"^[ \t]*+摘录来自[::]?[ \t]*$", TO_END, TAIL),
    # a writing platform's foot under a post: its plea for a tip (小礼物走一走,来某某关注我; 赞赏支持), then the author's
    # card, the copyright notice and the platform's statement (著作权归作者所有…, 平台声明:…), to the page's end
    NoiseRule("blog.reward_and_rights", r"^[ \t]*+(?:小礼物走一走[^\n]{0,20}|赞赏支持|喜欢的话[^\n]{0,10}赞赏[^\n]{0,10}|"
                                        r"著作权归作者所有[^\n]{0,60}|平台声明[ \t]*:[^\n]{0,200})[ \t]*$", TO_END, TAIL),
    # a note to the template's user under the document, which tells how to fill it in (注: / 1. 请将XX改为本单位名称;
    # 说明:套用时请按本单位情况调整): from its label to the end
    NoiseRule("template.usage_notes", r"^[ \t]*+(?:注|说明|使用说明|温馨提示|备注)[ \t]*:[ \t]*(?:\n[ \t]*+)?(?:[0-9]{1,2}[.、][ \t]*)?"
                                      r"[^\n]{0,20}?(?:请将|请把|使用时|套用时|使用前)[^\n]{0,40}?(?:替换|修改|调整|填写|改为|删减)",
              TO_END, TAIL),
    # an empty comment section's prompt (暂无评论,快来抢沙发吧!)
    NoiseRule("comments.none_yet", r"^[ \t]*+(?:暂无评论|还没有评论|暂无留言)[ \t]*[,。!]?[ \t]*(?:快来抢沙发吧?|快来发表[^\n]{0,10})?"
                                   r"[!。]?[ \t]*$", where=TAIL),
    # a read-later app's panel of the reader's highlights under the article, which repeats its sentences (高亮与笔记(3),
    # 我的划线), and its export's credit (由 某某 导出 · …)
    NoiseRule("reader.highlights", r"^[ \t]*+(?:#{1,6}[ \t]*)?(?:高亮与笔记|高亮和笔记|我的高亮|我的划线|划线与笔记|标注与笔记|"
                                   r"(?i:highlights?|annotations?))[ \t]*(?:\([ \t]*\d{1,4}[ \t]*\))?[ \t]*$", TO_END, TAIL),
    NoiseRule("reader.export_credit", r"^[ \t]*+[*_]{0,2}由[ \t]*[^\s。,]{1,12}[ \t]*导出(?:[ \t]*[·|][^\n]{0,40})?[*_]{0,2}[ \t]*$",
              TO_END, TAIL),
    # a note app's panel of the notes that link to this one, under it (反向链接, Backlinks, Linked mentions), and what
    # the app prints after it (the note's to-dos, its other panels)
    NoiseRule("note.backlinks", r"^[ \t]*+(?:#{1,6}[ \t]*)?(?:反向链接|(?i:backlinks|linked[ \t]+mentions))[ \t]*"
                                r"(?:\([ \t]*\d{1,4}[ \t]*\))?[ \t]*$", TO_END, TAIL),
    # a feed reader's export of a saved item: the item's fields over it, in the export format's own English keys
    # (Feed:, Feed URL:, Item date:, Saved:, Summary: with the feed's excerpt of the text), the fence over the text it
    # fetched (--- Full content (fetched) ---), and the fence under it (--- end ---), after which all is the reader's
    # (the item's link, its buttons, the reader's annotations)
    NoiseRule("feed.item_field", r"^[ \t]*+(?:Feed(?:[ \t]+URL)?|Item[ \t]+(?:date|URL|link)|Saved(?:[ \t]+(?:on|at))?|Summary|"
                                 r"Starred)[ \t]*:[^\n]*$"),
    NoiseRule("feed.content_fence", r"^[ \t]*+-{3,}+[ \t]*(?i:full[ \t]+(?:content|text|article)|article[ \t]+text)"
                                    r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*-{3,}+[ \t]*$", where=ANYWHERE),
    NoiseRule("feed.content_end", r"^[ \t]*+-{3,}+[ \t]*(?i:end(?:[ \t]+of[ \t]+(?:content|article|text))?)[ \t]*-{3,}+[ \t]*$",
              TO_END, TAIL),
    # the end of a WeChat article: what follows it is the account's (credits, links, its QR code)
    NoiseRule("wechat.end", r"^[ \t]*+[-—–=·]*[ \t]*(?:THE[ \t]+)?END[ \t]*[-—–=·]*[ \t]*$", TO_END, TAIL),
    NoiseRule("copy.escaped_crlf", r"(?:x0dx0a)+[ \t]*", SPAN, ANYWHERE, spaces_before=True),
    NoiseRule("copy.table_border", r"^[ \t|]*\|[ \t|]*$", where=ANYWHERE),
    NoiseRule("copy.symbol_bullet", r"^[ \t]*+[l§Ø][ \t]*$", where=ANYWHERE),  # Wingdings bullets read as letters
    # a symbol font's bullet opening a line: a private-use character (Word writes Wingdings' arrow as U+F0D8 in a
    # text it saves, U+F020-F0FF; a web font's icon, from U+E000), no standard character's code point; or the letter
    # a Wingdings bullet reads as without its font (l ●, n ■, q ❑, v ❖, Ø ➢, § ■, ü ✓) before the tab of its list
    # (the code points written out, not escaped: the prefilter reads a class of characters, and dispatches the rule
    # by the lines' first ones)
    NoiseRule("copy.symbol_font_bullet", "^[ \t]*+(?:[\ue000-\ue9ff\uf020-\uf0ff][ \t]*+|[lnqvüØ§]\t[ \t]*+)(?=\\S)",
              SPAN, ANYWHERE),
    # traditional-Chinese SEO farms gloss characters with pinyin: 领(lǐng)导(dǎo)
    NoiseRule("copy.pinyin_gloss", r"(?<=\p{Han})(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6}\))+", SPAN, ANYWHERE,
              min_matches=3),
)


@frozen
class Evidence:
    """One class of furniture vocabulary: what a line carrying it is part of.

    ``strength`` 1.0 is a term nothing but furniture uses (浏览量, 当前位置:, 小编);
    0.5 one that real text uses too (下载, 会员, 文档): two such terms, or one with a
    strong one, make a line furniture. ``in_sentence`` terms condemn a whole sentence
    (an editor's lead-in, a copyright or paywall notice); the others only a line that
    is not a sentence.
    """

    name: str
    pattern: str
    strength: float = 1.0
    in_sentence: bool = False
    #: a term that says the text stops here because the site cut it (试读, 开通会员, 全文共N字)
    truncates: bool = False


#: the last words of a site's name (某某范文网, 山前文库, 墨香斋的博客, 某某的日记; a newspaper's e-paper: 某某日报数字报;
#: a note app's or a cloud drive's: 某某云笔记, 某某网盘)
SITE_NAME_ENDINGS: Final = ("网|文库|素材库|范文网|之家|门户网|门户网站|网站|资源网|书屋|题库|公文网|文摘|的博客|博客|的日记|"
                            "数字报|数字报刊|电子报|电子版|论坛|贴吧|个人图书馆|云笔记|云文档|网盘|云盘")
#: the words of a page's buttons: alone on a line (or with a colon), they are furniture,
#: and unlike a field's label no value follows them
BUTTON_WORDS: Final = ("打印", "关闭", "朗读", "分享", "收藏", "纠错", "评论", "点赞", "转发", "举报", "下载", "登录",
                       "注册", "返回", "首页", "更多", "字号", "字体", "在看", "收起", "展开", "搜索", "退出", "注销",
                       # an AI assistant's, under its answer
                       "复制", "重新生成",
                       # a forum post's, under it; a wiki page's
                       "回复", "喜欢",
                       # an app's share page's, over the text it shows (立即打开, 打开APP)
                       "立即打开", "打开APP")

#: the label a lesson, an exam's answer or an article on writing sets, alone on its line, over the sample text it
#: gives (【参考范文】, 【例文】, 范文:): the sample is the document, what stands above it the site's
SAMPLE_LABEL: Final = r"[【\[]?(?:参考|优秀)?(?:范文|例文|样文)[一二三四五六七八九十0-9]{0,2}[】\]]?[ \t]*:?"
#: the label a video page or a meeting tool's export sets, alone on its line, over the transcript of what is said
#: (以下内容由AI根据视频语音自动生成, 字幕列表, AI字幕(中文), 视频文字稿:, 文字记录:): the transcript is the document;
#: the caption, the account's card and the counts above it, the meeting's card and its AI's summary, are the page's
TRANSCRIPT_LABEL: Final = (r"[【\[]?(?:以下(?:内容|文字|文稿)?(?:为|由|是)[^\n。]{0,16}?(?:视频|语音|音频|录音)[^\n。]{0,12}?"
                           r"(?:生成|转写|整理|识别)(?:的)?(?:内容|文字|文稿)?|字幕列表|(?:AI|智能|自动)字幕(?:\([^()\n]{1,8}\))?|"
                           r"(?:以下(?:为|是))?(?:视频|音频|录音)(?:文字稿|文稿|文字版|字幕|转写稿?)|(?:语音|视频|音频)转(?:文字|写)|"
                           # (a meeting tool's export: its AI's summary above, the transcript under its label: 文字记录,
                           # 转写文字记录, 转写内容)
                           r"(?:转写)?(?:文字|全文)记录|转写(?:内容|文本|文字|全文))[】\]]?[ \t]*"
                           # (with the platform's note on it in brackets: 视频文字稿(由AI自动识别,仅供参考))
                           r"(?:\([^()\n]{1,30}\))?[ \t]*(?::|如下:?)?")
#: an answer's count of votes over it on a page of questions and answers (327 人赞同了该回答), alone on its line
ANSWER_VOTES: Final = r"[ \t]*[0-9][0-9,.]*[ \t]*[万kK]?[ \t]*人赞同了该回答[ \t]*"
#: the label of the site's comment under the sample it gave (【例文评析】, 【解题思路】, 【评分细则】): from it on, the site's
SAMPLE_COMMENTARY_LABEL: Final = (r"[【\[]?(?:(?:参考)?(?:例文|范文)?(?:评析|点评|解析|赏析)|解题思路|写作思路|答题思路|"
                                  r"评分(?:细则|标准|要点)|写作要点|答题要点)[】\]]?[ \t]*:?")
#: a sender's name on a line of its own, as a chat's copy sets it over the message: a name or an office and a name
#: (李书记, 网格员小赵), the unit before it (某公司-李会计, 某建材 财务张姐), what they are in brackets after it
#: (李慧(东坑村)), a colon where the copy writes one (陈主席:); a
#: neighbourhood's group names its members by building and flat first (3号楼-502 赵阿姨)
CHAT_SENDER_NAME: Final = (r"(?:[\p{Han}A-Za-z0-9]{1,12}(?:-|[ \t]{1,2})){0,2}[\p{Han}A-Za-z·]{2,12}"
                           r"(?:\([\p{Han}A-Za-z0-9]{1,10}\))?:?")
#: a chat's word that a message was read (收到, 已阅): no document's line is one alone
#: the label of a chat's sign-up chain, alone on its line over the numbered entries the members add (#接龙): the
#: chain's numbers are the members', no document's
CHAT_CHAIN_LABEL: Final = r"[ \t]*+#[ \t]*接龙[ \t]*"
#: a chat group's name and its count of members, the line atop a copied record (某某社区3网格居民群(486))
CHAT_GROUP_LINE: Final = r"[ \t]*+(?:群聊[ \t]*:[ \t]*)?[【\[]?[^\s()【】\[\]]{2,24}群[】\]]?[ \t]*\([ \t]*\d{1,4}[ \t]*人?[ \t]*\)[ \t]*"
CHAT_ACKNOWLEDGEMENT: Final = r"(?:收到|好的|已收到|明白|已阅)"
#: a chat's answer of stickers alone ([强][强], [玫瑰], [抱拳]): an acknowledgement too, where no bracket names a
#: message's media ([图片], [文件], [链接]: what someone sent, not an answer to it)
CHAT_STICKERS: Final = r"(?:\[(?!图片|视频|文件|链接|语音|位置|名片|小程序|动画表情|聊天记录)[^\]\n]{1,6}\]){1,5}"
#: a work chat's message under a notice pasted into it, the whole of its line: an acknowledgement (收到, 好的), a sticker
#: ([表情], [强][强]), a question to someone (@张主任 …, or with the company a work app names: @张主任@某某公司 …),
#: a reply to one (回复 赵某:…), the time between messages, the input box
CHAT_REPLY_LINE: Final = (CHAT_ACKNOWLEDGEMENT + r"[!。,~]*[\p{Extended_Pictographic}\uFE0F]*[^\n]{0,16}|(?:\[[^\]\n]{1,6}\]){1,5}|"
                          r"@[^\s@]{1,10}(?:@[^\s@]{1,10})?[ \t][^\n]{1,60}|回复[ \t]*[^\s:]{1,10}[ \t]*:[^\n]{1,60}|[0-9]{1,2}:[0-9]{2}|输入消息")
# ---- a forum's thread (a post split over floors, the replies between them)
#: a floor's time stamp (2031-04-12 20:31, 4-12 20:31)
_FORUM_TIME: Final = r"(?:[0-9]{4}-)?[0-9]{1,2}-[0-9]{1,2}[ \t]+[0-9]{1,2}:[0-9]{2}"
#: the line that closes a floor of a thread: its number and its time, the app it was sent from and the poster's region
#: around them (来自Android客户端3楼2031-04-13 11:47, IP属地:某省来自手机贴吧5楼…, 2楼 2031-05-30 09:43 来自某某客户端)
FORUM_FLOOR_FOOTER: Final = (rf"(?:IP属地[ \t]*:[ \t]*\S{{1,12}}?[ \t]*)?(?:来自\S{{1,16}}?[ \t]*)?(?<![0-9])[0-9]{{1,4}}楼"
                             rf"[ \t]*{_FORUM_TIME}(?:[ \t]+来自\S{{1,16}})?(?:[ \t]+回复(?:\([0-9]{{1,4}}\))?)?")
#: the lines a thread sets between its floors, the whole of the line: the floor's reply count and button (回复(2),
#: 收起回复), the box to reply in (我也说一句), a folded floor's note, a reply's time with its button, a count of
#: replies not shown (还有1条回复,点击查看)
FORUM_THREAD_LINE: Final = (rf"回复(?:\([0-9]{{1,4}}\))?|收起回复(?:[ \t]*[▲△▼▽])?|我也说一句|我说一下我的看法|还有[0-9]{{1,4}}条回复[^\n]{{0,12}}|"
                            rf"该楼层疑似违规[^\n]{{0,30}}|{_FORUM_TIME}[ \t\u3000]*回复")
#: a floor's head on one line above its text, as an older board sets it: the member, when, the floor's number, the
#: writer's mark (作者:某某  回复日期:2031-04-11 10:41:17  2楼  楼主); the thread's own head names its writer (楼主:某某
#: 时间:… 点击:… 回复:…)
FORUM_ONE_LINE_HEAD: Final = (r"^[ \t]*+(?:作者[ \t]*:[ \t]*(?P<name>[^\s:]{1,24})[ \t]+回复日期[ \t]*:[ \t]*"
                              r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]+[0-9]{1,5}楼"
                              r"(?:[ \t]+楼主)?|楼主[ \t]*:[ \t]*(?P<writer>[^\s:]{1,24})[ \t]+时间[ \t]*:[^\n]*)[ \t]*$")
#: a note opening a message or a floor that it goes on with the one before ((续上), 接上条, 【接上楼】)
GOES_ON_NOTE: Final = r"[(\[【]?(?:续上|接上)(?:条|楼|文|帖)?[)\]】]?"
#: the last line of a floor's head on a board that sets the member over the time the floor was posted, the floor's
#: buttons after it (沙发 / 某某 / 发表于 2031-05-06 20:55  只看该作者): the floor's text starts under it
FORUM_POSTED_LINE: Final = (rf"^[ \t]*+{FORUM_POSTED_AT}"
                            r"(?:[ \t|]*+(?:只看该作者|倒序浏览|只看大图|阅读模式|显示全部楼层|电梯直达|打印))*+[ \t|]*+$")
#: the row of buttons under a floor's text on such a board, 举报 among them, maybe with their counts (回复  引用  举报,
#: 回复 支持(36) 反对(0) 举报)
FORUM_FLOOR_BUTTONS: Final = (r"^[ \t]*+(?=[^\n]*举报)(?:(?:回复|引用|支持|反对|举报|分享|收藏|点评|评分|使用道具|编辑|删除|顶|踩)"
                              r"(?:\([0-9]{1,6}\))?[ \t|]*+){2,10}+$")
#: a line of the member's card a board sets at the foot of each floor's text, above its buttons: their standing
#: (积分 1286 | 帖子 342 | 注册时间 2019-6-3), their signature (个性签名:…), a rule, a motto between rules
#: (———— 笔下有乾坤 ————)
FORUM_MEMBER_CARD_LINE: Final = (r"(?:积分|帖子|主题|精华|威望|金钱|贡献|在线时间|注册时间|最后登录|UID)[ \t]*:?[ \t]*[0-9][^\n]{0,80}|"
                                 r"(?:个性)?签名[ \t]*:[^\n]{0,80}|[-—_=~]{4,80}|[-—=~]{2,8}[ \t]*[^\n]{1,30}?[ \t]*[-—=~]{2,8}")
#: a reply inside a floor (楼中楼): the replier's name, maybe whom it answers, a colon, the words, maybe its time
#: (某某: 写得好, 某某 回复 某某 :谢谢 4-12 21:21)
FORUM_INNER_REPLY: Final = r"[^\s:]{1,20}(?:[ \t]+回复[ \t]+[^\s:]{1,20})?[ \t]*:[^\n]*"
#: a member's level under their name on a floor (Lv9, Lv.7 某某吧, 某某吧 7级, a rank's number alone), or the poster's
#: badge
FORUM_LEVEL_LINE: Final = r"(?i:lv)\.?[ \t]*[0-9]{1,2}(?:[ \t]+\S{1,12})?|(?:\S{1,12}[ \t]+)?[0-9]{1,2}级|[0-9]{1,2}|楼主"
#: a member's rank over its number (初级粉丝 / 1, 铁杆会员 / 7)
FORUM_RANK: Final = r"\p{Han}{2,6}"

#: a contact label of the document itself: an address after it is content, not furniture
#: (not the page's own address: 链接地址:, 本文网址:, 原文地址:)
CONTACT_LABEL: Final = (r"(?<!链接|本文|本页|原文|页面)(?:联系人|联系电话|电话|邮箱|电子邮箱|电子邮件|邮件|传真|地址|网址|网站|E-?mail|"
                        r"email)\s*:?")

#: the last words of a lead that hands on the text under it (讲话全文如下:, 现将原文刊发如下:): a title of the genre
#: under it is the document's, not a field's value
LEAD_HANDS_ON_ENDINGS: Final = ("如下", "全文", "原文", "正文")
#: a poster's lead that offers the text under it to its readers (…,分享给大家参考。, 供大家学习借鉴): the title of the
#: genre right under it is the document's
OFFERS_THE_TEXT: Final = r"(?:分享给|供)(?:大家|各位|你们?|您)(?:参考|借鉴|学习)"

#: a reviewer's comment as a word processor saves it to text: its label (the reviewer's initials and its number, [张1],
#: [LM2]) glued where the comment is anchored, and again atop the comment's line at the end
#: (printed with its word before it, 批注 [张1]: …, and a reply's label after its comment's: [张1R1])
REVIEW_COMMENT_LINE: Final = (r"^[ \t]*+(?:批注[ \t]*+)?\[(?P<label>[\p{Han}A-Za-z]{1,3}[0-9]{1,3}(?:R[0-9]{1,3})?+)\]"
                              r"[^\n]*+$")

#: an AI assistant's words that hand the user the draft it wrote (好的,以下是一篇…讲话稿,供您参考: / 没问题!我为你整理了
#: 一份实施方案👇 / 好的,这是为您起草的会议通知: / 好的,已按您的要求修改,调整后的通知如下:): what stands above is the
#: conversation (a first draft the user asked to change among it), the document follows. The line
#: must also answer or address the user (:data:`ASSISTANT_ANSWER`): a page's lead (以下为讲话全文:) does neither
ASSISTANT_HANDOVER: Final = (r"(?:以下|下面|这)(?:就?是|为)[^\n]{0,80}?(?::|👇|↓|供(?:您|你)参考[。!]?)[ \t]*$|"
                             # (not a body's reply to a letter or a message: …现将有关情况答复如下:)
                             r"(?<!答复|回复|批复|函复)如下[ \t]*(?::|👇|↓)[ \t]*$|(?:正文|全文)如下[,。]|"
                             # (the assistant's verb of writing before what follows: 我为乡镇起草了以下实施方案,…:)
                             r"(?:起草|撰写|整理|拟写|拟定|写|生成|准备)(?:了|好了)?(?:如下|以下)[^\n]{0,60}?(?::|👇|↓)[ \t]*$|"
                             r"(?:为|给|帮)(?:您|你)(?:撰写|起草|整理|拟写|拟定|写|准备|生成|修改|润色|优化|调整|续写)(?:了|好了)?"
                             r"[^\n]{0,80}?(?::|👇|↓)[ \t]*$|"
                             # (or its words on the draft, the user addressed, a full stop ending them: 以下是一份…的主持词,
                             # 您可以根据实际情况修改。)
                             r"(?:以下|下面)(?:就?是|为)[^\n]{0,120}?(?:您|你)可以[^\n]{0,60}?[。!][ \t]*$")
#: words of a later handover that give the user one part of the draft to put in (好的,改写后的结尾如下,替换原稿相应段落即可:):
#: the draft above is still the document, the part no draft of its own; words that name the whole say it is one
#: (调整后的完整稿如下:, 全文如下)
HANDED_OVER_PART: Final = r"结尾|开头|开场白|结束语|第[一二三四五六七八九十0-9]{1,3}(?:部分|段)|这一?段|段落|部分|相应"
HANDED_OVER_WHOLE: Final = r"完整|全文|全篇|整篇|通篇|全稿"
#: an AI assistant's label over its reasoning or its search, or over what it wrote, alone on its line (已深度思考(用时 21
#: 秒), 已搜索到 6 个网页, 以下内容由 AI 生成)
ASSISTANT_TOOL_LABEL: Final = (r"[ \t]*+(?:已深度思考|深度思考|已完成思考|思考过程|已搜索到[ \t]*\d+[ \t]*(?:个|篇)网页|"
                               # (a writing tool's mark over what it wrote: 以下内容由 AI 生成)
                               r"以下(?:内容|文字)?由[ \t]*(?:AI|人工智能)[ \t]*生成)"
                               r"[^\n。]{0,20}")
#: the line with which an AI assistant turns from its draft back to the user (以上讲话稿供您参考。/ 希望对您有帮助 /
#: 这一版约600字…请告诉我 / 💡 温馨提示: / 说明:…请根据实际情况填写): from it to the end, its words to the user and its
#: tool's
ASSISTANT_POSTSCRIPT: Final = (r"[^\p{Han}\n]{0,8}(?:以上|希望|如需|如还需|如果需要|需要的话|如果(?:您|你)愿意|这一?版|这篇|这份|"
                               r"(?:温馨提示|小贴士|小提示|使用提示|(?:使用|修改|写作|撰写|创作)说明|"
                               r"使用建议|说明|注意)[^\p{Han}\n]{0,4}:)")
#: the label of a poster's notes under the document it shares (填写提示: / 1.…; 写在最后:…): the poster's words on using
#: the text, after the document's end (not a form's own 说明:, nor a note's 注:)
#: (or the poster's word that the text is over, then its notes: 以上就是全文了,有几点体会:…; the word says the end)
TEXT_OVER: Final = r"[^\p{Han}\n]{0,4}以上(?:就是|便是|是|为)(?:全文|全部内容)了?[,。!]"
POSTSCRIPT_WORDS: Final = (r"填写(?:提示|说明)|使用(?:说明|提示)|写在最后|温馨提示|(?:使用|写作|修改)?(?:小贴士|小提示|小tips)|"
                           r"写作说明|修改说明|"
                           r"以上(?:就是|便是|是|为)(?:全文|全部内容)")
POSTSCRIPT_LABEL: Final = rf"[^\p{{Han}}\n]{{0,4}}(?:{POSTSCRIPT_WORDS})[^\p{{Han}}\n]{{0,4}}:"
#: what makes a line the assistant's answer to the user: an assent that opens it, or the user addressed
ASSISTANT_ANSWER: Final = (r"^[^\p{Han}\n]{0,6}(?:好的|好嘞|当然|没问题|可以的?|收到|明白了?)|"
                           # (not a body's address to another: 你单位, 你局《关于…的请示》收悉。现批复如下:, whatever
                           # the body: 你街道…的请示收悉, 你中心《…》收悉; nor a body's reply to a citizen's message on
                           # what they raised: 您留言所说的情况已查实,处理结果如下:)
                           r"(?:您|你)(?![们单局县市区省镇乡村院校厅部委办所司处科室公企队站社])"
                           r"(?![^\n。]{0,40}?(?:收悉|来函|来文|报来|呈报|反映|留言|来信|来电|诉求|所提|提出的))")

#: a page's button to follow an account, with its count of followers maybe (关注, +关注, 已关注, 关注他, 关注 2.3万)
FOLLOW_BUTTON: Final = r"\+?[ \t]*(?:已)?关注(?:他|她|TA|ta)?[ \t]*(?:[0-9]{1,4}(?:\.[0-9])?[万千kKwW]?)?"

EVIDENCE: Final[tuple[Evidence, ...]] = (
    # ---- addresses and identifiers
    Evidence("address", r"(?i:https?://[^\s\p{Han}<>\"'》)]{1,300}|www\.[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})"),
    Evidence("address", r"(?i:(?<![a-z0-9.@/_-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}"
                        r"\.(?:com|cn|net|org|gov|edu|info|cc|top|vip|xyz|site|wang|ltd|shop|club|online|tech|tv|hk|tw|io)"
                        r"(?![a-z0-9-]))"),
    Evidence("address", r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}"),
    Evidence("address", r"(?:QQ|qq|微信号?|公众号)(?:号|群)?\s*:?\s*[0-9A-Za-z_-]{5,20}"),
    Evidence("identifier", r"(?:资料|文档|文章|作品|信息|资源|素材|商品)(?:编号|ID)\s*:?\s*[0-9A-Za-z/_-]{3,}|"
                           r"(?<!\p{Han})(?:编号|ID)\s*:\s*[0-9A-Za-z/_-]{3,}|(?:信息)?索引号\s*:|"
                           r"(?:引证码|引用码|文献标识码|文献标志码|DOI)\s*[:】]|【[^】\n]{1,8}】[ \t]*[A-Za-z][A-Za-z0-9.:/_-]{5,}|"
                           # (a journal's serial numbers and its note on how to cite the article: ISSN 2096-7XXX,
                           # CN 53-1XXX/D, 引用本文:…)
                           r"(?<![A-Za-z])ISSN[ \t]*[0-9]{4}-[0-9Xx]{4}|(?<![A-Za-z])CN[ \t]*[0-9]{2}-[0-9Xx]{4}|"
                           r"引用(?:本文|格式)\s*:"),
    # ---- the file a site offers: pages, length
    Evidence("file", r"文档(?:格式|大小|页数|分类|热度|类型)\s*:|\.(?i:docx?|pptx?|pdf|xlsx?|wps|caj)(?![A-Za-z])|(?<![\w.])\d+(?:\.\d+)?\s*[KMG]B(?![A-Za-z])|"
                     r"(?<![\p{Han}\d])约\s*[\d.]+\s*(?:千字|万字|字|页)(?!\p{Han})"),
    Evidence("file", r"第\s*\d+\s*页\s*[,/]?\s*共\s*\d+\s*页|\d+页珍藏版|_第\d+页|页数\s*:\s*\d+|"
                     r"(?<![\d.])\d{1,3}\s*/\s*\d{1,3}[ \t]*$"),
    Evidence("file", r"全文\s*\d+\s*字|字数\s*:\s*\d+|"
                     # (a note's or a shared file's count of its words among its fields: 6月25日 上午9:18 | 412字)
                     r"\|[ \t]*\d{1,6}[ \t]*字(?:[ \t]*\||[ \t]*$)", in_sentence=True),
    # a template's note on how to use it, and its edition (【使用说明】…, (可编辑模板))
    Evidence("file", r"[【\[]使用说明[】\]]|使用说明\s*:|可编辑(?:模板|版|文档)", in_sentence=True),
    # a file's note on the software that opens it and how to edit it (请使用WPS软件打开, 文字均可修改, 右键图片)
    Evidence("file", r"(?i:office|wps)[ \t]*(?:软件)?(?:打开|编辑)|(?:软件|程序)打开|(?<=其他应用)打开|右键(?:点击|单击|图片)?|"
                     # (a viewer's note on its preview: 预览模式仅供参考,部分格式可能显示异常; led by its rarer words)
                     r"(?<=预览)模式|(?<=(?:格式|排版)[^\n。,]{0,6}显示)异常|"
                     r"(?:文字|图片|内容|作品|文档|模板)[^\n。,]{0,8}(?:均|都)?可(?:以)?(?:任意|自行|直接)?(?:修改|编辑|替换)",
             in_sentence=True),
    Evidence("file", r"(?i:ppt|word|pdf)(?![a-z])|共\s*\d+\s*页", 0.5),
    # a Word file's page header: its mark that the paper stays in the house (单位名称<tabs>内部资料 注意保存)
    Evidence("file", r"内部(?:材料|资料)[ \t]*,?[ \t]*注意(?:保存|保密)"),
    # ---- when a page was published
    Evidence("timestamp", rf"{ISO_DAY}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|\d{{4}}/\d{{1,2}}/\d{{1,2}}|"
                          r"(?<![\d:])\d{1,2}:\d{2}:\d{2}(?![\d:])"),
    Evidence("timestamp", r"(?:发布|更新|归档|上传|发表|录入|修改|创建|收录|提交|上线)(?:时间|日期|于)\s*:?|"
                          # a post's date written out with its time (2033年07月13日 09:30): when it went online
                          r"(?<![\d年])\d{4}年\d{1,2}月\d{1,2}日[ \t]*\d{1,2}:\d{2}(?![\d:])"),
    Evidence("timestamp", r"(?<!\p{Han})(?:时间|日期)\s*:", 0.5),
    # a portal's greeting with the day (今天是2032年7月9日 星期四)
    Evidence("timestamp", r"今天是[^\n。]{0,16}(?:星期|周)[一二三四五六日天]|"
                          # (a page's or an issue's date alone on its line with its weekday: a document dates itself
                          # without one)
                          r"^[ \t]*+\d{4}年\d{1,2}月\d{1,2}日[ \t]*(?:星期|周)[一二三四五六日天][ \t]*$"),
    # ---- counters of views, downloads and comments (a bulleted number alone is one's value)
    # (a page's count of its reads alone on its line, under the document: 阅读 46, 浏览 1.2万)
    Evidence("counter", r"^[ \t]*+[•·][ \t]*\d+[ \t]*$|^[ \t]*+(?:阅读|浏览|访问)[ \t]*\d+(?:\.\d+)?[万千wWkK+]?[ \t]*$|(?:浏览|阅读|点击|访问|下载|评论|收藏|点赞|转发|围观)(?:量|次数|人次|人数|数)(?!\p{Han})|"
                        r"(?<!\p{Han})(?:浏览|阅读|点击|下载|评论|收藏|点赞|查看|回复)\s*:\s*\d*|"
                        r"(?:阅读|浏览|下载|点击|评论)\s*\d+(?:\.\d+)?\s*[万千wWkK]?\s*次|"
                        r"\d+(?:\.\d+)?\s*[万千]?\s*(?:次浏览|次阅读|次下载|人阅读|人浏览|人已读|人看过|人下载|人收藏|人点赞|"
                        r"人喜欢)|"
                        # (led by 已 and 评, not by 人, which the body's lines hold everywhere)
                        r"(?<=\d\s?[万千]?\s?人)已(?:浏览|阅读|下载|收藏|评价)|(?<=\d人)评价|[★☆]{5}|"
                        # counts a page prints bare: 阅读 1.2万, 2.3万阅读, 献花(0), 学习积分+1, 3 积分, 文档评论(0)
                        r"(?<!\p{Han})(?:文档|网友|全部|最新)?(?:阅读|浏览|评论|点赞|转藏|献花)[ \t]*"
                        r"(?:\d+(?:\.\d+)?[万千]|\(\d+\)|\d{1,3}(?:,\d{3})+)|"
                        r"\d+(?:\.\d+)?[万千](?:阅读|浏览|播放)|积分[ \t]*\+[ \t]*\d+|^[ \t]*+\d+[ \t]*积分[ \t]*$|"
                        r"(?:本文|本篇|文章)已影响\s*\d*\s*人|"
                        # a reading or course app's counts: who marked a passage (✎ 876人划线), how much is studied
                        r"(?<=\d人)划线|(?<!\p{Han})已学[ \t]*\d{1,3}%|"
                        # a portal's count of its visitors (您是第 1035 位访客, 访问人次:…)
                        r"(?:您|你)是(?:本站|本网站?)?第\s*\d+\s*位(?:访客|访问者|浏览者|来宾)|访客(?:数|量|人次)|"
                        # a blog's standing on its sidebar (博客等级:12 博客积分:2,315 博客访问:186,742)
                        r"博客(?:等级|积分|访问)|(?<!\p{Han})(?:访问|人气|粉丝|关注人气)\s*:\s*[\d,]+|"
                        # a file's count of downloads on its card (已下载:315次, 下载次数: 412)
                        r"已下载\s*:?\s*\d+|下载次数\s*:?\s*\d+|"
                        # an app's bar of counts drawn with emoji (❤ 2.1万 ⭐ 1.8万 💬 86)
                        r"[❤⭐💬👍🔥][ \t]*\d+(?:\.\d+)?[万千wW]?|"
                        # a video's count of its views (2.1万次观看, 3560次播放)
                        r"\d+(?:\.\d+)?[万千wW]?次(?:观看|播放)|"
                        # a forum's counts of its members and posts (关注:218,764  贴子:1,562,331)
                        r"(?<!\p{Han})(?:贴子|帖子|主题数|回帖数)[ \t]*:[ \t]*[0-9][0-9,.]*[万]?"),
    # ---- a blog engine's and a web page's English furniture (WordPress and the like), and a cookie banner
    Evidence("nav", r"Skip to (?:content|main)|^[ \t]*+(?:Menu|Search|Share this:|Like this:|Post navigation|"
                    r"Comment \*|Name \*|Email \*|Website|Post Comment|Reply|Related|"
                    # (a share bar a network a line, under Share this:)
                    r"Facebook|Twitter|WhatsApp|WeChat|Weibo|LinkedIn|Telegram|Reddit|Pinterest|Tumblr)[ \t]*$|"
                    r"^[ \t]*+In \"[^\"\n]{1,40}\"[ \t]*$|Posted on|Like Loading|"
                    r"(?:Previous|Next) Post|Leave a (?:Reply|comment)|Cancel reply|Required fields are marked|"
                    r"will not be published|(?<![\p{Han}\w])says:|thoughts? on|(?i:cookie)", in_sentence=True),
    # ---- navigation
    Evidence("nav", r"(?:当前|您的|你的|您现在的|你现在的|您?所在的?)(?:位置|页面|栏目)\s*:|^[ \t]*+频道[ \t]*:[^\n]{1,30}>|联系我们|隐私(?:声明|政策)|加入书签|(?:网站)?首页\s*(?:>|›|»)|"
                    r"(?:>|›|»)\s*(?:正文|详情|内容|文章|列表)[ \t]*$|(?:>>?|›|»)[ \t]*[^\s>›»][^\n>›»]{0,29}(?:>>?|›|»)|"
                    # (a channel and its column, a breadcrumb of two alone on its line: 政策法规 > 县级政策, or an
                    # app's parted by a spaced dot: 学习平台 · 党史学习 (a name's own dot has no spaces); or a
                    # gazette's issue: 常委会公报 > 2032年第5期)
                    r"^[ \t]*+\p{Han}{2,10}(?:[ \t]*(?:>|›|»)|[ \t]+·)[ \t]*(?:\p{Han}{2,10}|[0-9]{4}年第[0-9]{1,3}期)[ \t]*$|"
                    # (a wiki's or a cloud drive's path, its parts parted by spaced slashes: 页面 / 主页 / 工作方案)
                    # (the last part the document's own name, as long as a title: 知识库 / 应急 / 某某演练方案; the
                    # app's name before it, spaced: 某某云文档   知识库 / …)
                    r"^[ \t]*+(?:[^\s/]{1,12}[ \t\u3000]{2,})?(?=[^\s/]{0,11}\p{Han})[^\s/]{1,12}(?:[ \t]++/[ \t]++[^\s/]{1,12}){1,7}"
                    r"[ \t]++/[ \t]++[^\s/]{1,40}[ \t]*$|"
                    # (a sidebar box's heading, a row of spaced dots to its link: 某某的最新日记 · · · · · · (全部))
                    r"(?:[·•][ \t]*){4,}\([ \t]*[^()\n]{1,8}[ \t]*\)[ \t]*$|"
                    # (the box a reader answers a post in: 添加回应, > 我要回应)
                    r"^[ \t]*+(?:>[ \t]*)?(?:添加|发表|我来|我要)回应[ \t]*$|"
                    r"返回(?:\p{Han}{1,6}?)?(?:首页|顶部|列表|目录|上页|上一页)|^[ \t]*+申请入驻[ \t]*$|返回[^\n,。]{1,10}[,]?[ \t]*查看更多|(?:上一|前一|下一|后一)(?:篇|页|条|主题|版|期|讲|课|集)|"
                    # an e-paper's page: its edition's label and its navigation (第03版:要闻, 版面导航, 本版标题导航)
                    # (led by 版, not by 第, which the body's lines hold everywhere)
                    r"(?<=(?<!\p{Han})第[ \t]*[A-Z]?\d{1,3}[ \t]*)版[ \t]*:|(?:版面|本版标题|标题)导航|网站(?:地图|导航|首页)|"
                    # (its pages listed by their numbers, a letter before each: A01:要闻  A02:综合; its platform's name
                    # over the page: 某某数字报刊平台, 某某融媒·数字报)
                    r"^[ \t]*+[A-Z]\d{2}[ \t]*:[ \t]*\p{Han}{2,6}(?:[ \t]+[A-Z]\d{2}[ \t]*:[ \t]*\p{Han}{2,6})+[ \t]*$|"
                    r"^[ \t]*+[^\n]{0,12}?(?:数字报刊?|数字报纸|电子报)(?:平台|系统)?[ \t]*$|"
                    r"设为首页|加入收藏|收藏本(?:站|页|文)|(?<!\p{Han})导航(?!\p{Han})|(?<!\p{Han})(?:上篇|下篇)\s*:|友情链接|"
                    r"(?<!\p{Han})分享(?:到|至)\s*:|"
                    # a portal's bar for its readers: skip links, its modes for the old and the blind, its other scripts
                    r"跳(?:转)?到(?:主要)?(?:内容|正文)|无障碍(?:浏览|阅读|模式|通道)?|长者模式|关怀版|适老化|"
                    r"(?<!\p{Han})(?:简体版?|繁體版?|繁体版)(?!\p{Han})|"
                    # its other editions (青禾县人民政府 手机版)
                    r"(?<=(?<!\p{Han})(?:手机|移动|触屏|电脑))版(?!\p{Han})|"
                    # a site's menu, its first item the home page (学校首页 学校概况 校园新闻)
                    r"首页[ \t]+[^\s|]{2,6}[ \t]+[^\s|]{2,6}|"
                    # a menu: three or more short items parted by bars (文字解读 | 图片解读 | 视频解读)
                    r"^[ \t]*+[^\s|]{2,8}(?:[ \t]*[|丨][ \t]*[^\s|]{2,8}){2,}[ \t]*$"),
    # ---- the site's own name and greeting
    # (its name in English after it, in capitals: 某某大学新闻网 MOUYI UNIVERSITY NEWS)
    # (its address's letters before it: 某doc个人图书馆, ABCD博客)
    Evidence("site", rf"^[ \t]*+(?:[A-Za-z0-9]{{2,10}}+\p{{Han}}{{0,12}}|\p{{Han}}{{1,12}})(?:{SITE_NAME_ENDINGS})(?:[ \t\u3000]+[A-Z]{{2,}}(?:[ \t][A-Z]{{2,}}){{0,5}})?[ \t]*$|"
                     r"^[ \t]*+\p{Han}{1,10}(?:网|文库|之家|网站)\s*[—|_-]|"
                     # (or its name in the Latin letters of its address after it: 某文网 mouwen)
                     r"^[ \t]*+\p{Han}{1,10}(?:网|文库|之家|网站)[ \t]++[a-z]{2,20}+(?![a-z.])|"
                     # (a document-sharing site's word for itself: 文档共享平台, 资料分享平台)
                     r"(?:文档|资料|文库)(?:共享|分享|下载)平台|"
                     # (a paper's name and its e-paper's word after a space or glued, the day's date maybe after:
                     # 某某日报　数字报, 某某报数字报　2031年04月17日　星期三)
                     r"^[ \t]*+\p{Han}{1,12}报[ \t\u3000]*(?:数字报刊?|电子报|电子版)"
                     r"(?:[ \t\u3000]+[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)?(?:[ \t\u3000]+星期[一二三四五六日天])?[ \t]*$|"
                     r"欢迎(?:来到|访问|光临|登录|登陆)[^\n,。!|]{0,16}?(?:网|文库|之家|平台|网站|本站)(?=[!\s|,]|$)"),
    Evidence("site", r"本站|本网(?!络)|本平台", 0.5),
    # a page's own title as the browser shows it: the piece, then the site's name after a spaced dash or bar
    # (…通知范文_通知模板 - 某某范文中心, …模板 - 文库精选 - 第1页)
    # (each form led by its separator written out: a line is asked about only when it holds one)
    Evidence("site", r"(?<=\S)(?: - | — | \| )\p{Han}{2,10}(?: - 第\d{1,3}页)?[ \t]*$|"
                     rf"(?<=\S)_[ \t]*\p{{Han}}{{1,10}}(?:{SITE_NAME_ENDINGS}|站|中心)[ \t]*$"),
    # a site's notice to its reader (温馨提示:本文共1页…, 【某某提示】本篇共6章…)
    Evidence("site", r"(?:温馨|友情|特别)提示\s*:|^[ \t]*+【[^】\n]{0,6}提示】", in_sentence=True),
    # a search engine's copy of a page (网页快照, …的缓存): its banner over the page it kept, its versions and its
    # tip on finding the words searched for, and its word that it answers for nothing in the page
    Evidence("site", r"网页快照|(?<=的)快照,是该网页于|当前页面可能已经更改|您查询的关键词已被标亮|"
                     r"以下搜索词已(?:被)?高亮显示|(?<![\p{Han}])原网页地址\s*:|"
                     # (a blog's repost names the post it copied: 原文地址:…作者:…)
                     r"(?<![\p{Han}])原文(?:地址|链接)\s*:|快照(?:仅供参考|与网页作者无关)",
             in_sentence=True),
    # (its words about itself, each enough to make a sentence its own: no document speaks of the words searched for)
    Evidence("site", r"的缓存。[ \t]*这是该网页|当前页在此期间可能已经更改|纯文字版本|查看源代码|"
                     r"快速找到您的搜索字词|您查询的关键词仅在|作者无关,不对其内容负责|快照谨为|即时页面|"
                     # (the words searched for, marked in colours; who kept the copy: 快照由某某引擎抓取…)
                     r"您(?:搜索|查询)的关键词|快照由[^\n,。]{0,10}(?:抓取|保存)|与原网页作者无关|"
                     r"^[ \t]*+\p{Han}{2,6}快照[ \t]*$", 1.5, in_sentence=True),
    # a shared office document's panel: who may read it, who edited it last (仅组织内获得链接的人可查看, 最近编辑:…)
    Evidence("site", r"获得链接的人可(?:查看|编辑)|(?<![\p{Han}])(?:最近编辑|最后编辑|最近修改|最后修改|创建时间|创建者|所有者)\s*:|"
                     r"(?<![\p{Han}])文档信息$|"
                     # (a note app's properties of the page, in English: Created: …, Last Edited Time: …, Owner: …)
                     r"^[ \t]*+(?:Created(?: [Bb]y| [Tt]ime)?|Last [Ee]dited(?: [Bb]y| [Tt]ime)?|Owner|Tags|Status)[ \t]*:"),
    # a portal's banner: its organ's name and the channel (清溪县人民政府 政务公开), a metadata row's ([ 主题分类 ] 政务公开);
    # not a heading's words after its marker (第三章 政务服务)
    Evidence("site", r"(?<=政府|局|委|办|厅|院|部|网|中心|\]|】)[ \t]+(?:政府)?(?:政务公开|信息公开|门户网站|政务服务网?|政府网站)"
                     r"[ \t]*$"),
    # ---- an app's bar over what it shows: back, the app's name, its menu (< 某某文库      ⋯); a shared file's note of who
    # gave it (本文由 某某 贡献)
    Evidence("nav", r"^[ \t]*+[<‹←][ \t]*[^\s<‹←]{1,12}[ \t]{2,}[⋯…·︙]{1,3}[ \t]*$"),
    Evidence("site", r"本文由[ \t]*[^\s,。]{1,16}[ \t]*(?:贡献|上传|分享)(?![\p{Han}])|"
                     # (or the app that compiled it: —— 本文由「某某」小程序整理 ——)
                     r"本文由[^\n。]{1,20}?(?:小程序|APP|App|app|平台|公众号)[ \t]*(?:整理|编辑|收集|提供)", in_sentence=True),
    # ---- a page's box about the text under it: its label, the text's title and address as the page names them
    # (关于本文 / 本文标题:… / 链接地址:…, maybe in brackets: 【本文标题:…】)
    # (and the keywords it files the page under, however it parts them: 关键词:党建;述职)
    Evidence("site", r"^[ \t]*+[【\[]?(?:关于本文[ \t]*$|(?:本文标题|本文链接|本文网址|链接地址|原文链接|原文地址|(?:本文)?关[ \t]*键[ \t]*[词字])"
                     r"[ \t]*:)"),
    # ---- a page's video player: its label and its clock (00:00 / 03:46)
    Evidence("nav", r"^[ \t]*+(?:视频|音频)[ \t]*:|^[ \t]*+\d{1,2}:\d{2}[ \t]*/[ \t]*\d{1,2}:\d{2}[ \t]*$|"
                    # (the label over its transcript, alone on its line: 文字稿, AI文稿)
                    r"^[ \t]*+(?:AI|视频)?(?:文字稿|文稿|逐字稿|字幕)[ \t]*$|"
                    # (its note that the words under it are the machine's: 以上文字由…自动识别生成,可能存在误差)
                    r"(?:自动|智能|AI)(?:识别|转写|转录)生成|(?:识别|转写|转录)结果?(?:可能|或)存在(?:误差|错误|偏差)|"
                    r"可能存在(?:识别)?(?:误差|偏差)|"
                    # (and its row of counts under the video, one of them in 万: 3.6万  4128  2.1万)
                    r"^[ \t]*+(?=[^\n]*[0-9]万)(?:[0-9]+(?:\.[0-9])?万?[ \t]{2,}){2,5}[0-9]+(?:\.[0-9])?万?[ \t]*$"),
    # ---- a page's reader aloud: its button, its clock and its speed (听全文 00:00 / 12:30 倍速 1.0x)
    # (and its prompt: 点击播报本文,约需11分钟)
    Evidence("nav", r"(?:听|收听|朗读)全文|语音播报|(?:播报|朗读|收听)本文|约需[ \t]*\d{1,3}[ \t]*分钟|倍速[ \t]*\d(?:\.\d{1,2})?[xX×]?|"
                    r"(?<![\d:])\d{1,2}:\d{2}[ \t]*/[ \t]*\d{1,2}:\d{2}(?![\d:])"),
    # ---- a portal's chatbot widget: its name, its box of questions, its input and its buttons (智能问答 / 热门问题 /
    # 1.如何…? / 换一换 / 请输入您想咨询的问题 / 发送 / 转人工)
    Evidence("nav", r"智能(?:问答|客服)|热门问题|换一换|转人工|请输入(?:您|你)?(?:想|要)?(?:咨询|提问|问)的问题"),
    # ---- a site's link to its home page, a word of its own on the line (百度首页  某某号, 返回首页): no sentence
    # writes 首页 before a space or the line's end (在网站首页开设专栏 goes on)
    Evidence("nav", r"(?<![\p{Han}])\p{Han}{0,6}首页(?=[ \t]|$)"),
    # ---- a site's search box (请输入关键字 搜索) and a menu of bracketed items ([门户首页] [办公] [邮件])
    # (a search box's prompt: 请输入关键词, 搜索你感兴趣的视频, its dots too: 搜索你想找的内容...; a reader's estimate of the time a page takes: 约 6 分钟读完)
    Evidence("nav", r"请输入(?:关键[字词]|搜索(?:内容|关键[字词])?|您要(?:搜索|查找)的)|"
                    r"^[ \t]*+(?:[🔍🔎][ \t]*)?(?:搜索|搜一搜)(?:你|您)?(?:感兴趣|想看|想找|想要|需要)?的?\p{Han}{0,6}"
                    r"(?:\.{2,6}|…{1,2})?[ \t]*$|"
                    # (or the kinds of things the site holds: 搜索站内资讯、视频或用户)
                    r"^[ \t]*+(?:[🔍🔎][ \t]*)?搜索(?:站内|全站|本站)[\p{Han}、]{0,16}(?:\.{2,6}|…{1,2})?[ \t]*$|"
                    # (its buttons to search the site's kinds of things: 搜文章  找馆友)
                    r"^[ \t]*+搜(?:文章|文档|资料|范文)(?:[ \t]+\p{Han}{2,4}){0,3}[ \t]*$|"
                    r"\d{1,3}[ \t]*分钟(?:读完|可读完|阅读)|阅读(?:时间|时长|需要?)?[ \t]*:?[ \t]*(?:约|大约)[ \t]*\d{1,3}[ \t]*分钟|"
                    r"阅读(?:时间|时长|需要?)[ \t]*:?[ \t]*\d{1,3}[ \t]*分钟|"
                    r"^[ \t]*+(?:[【\[][^\]】\n]{2,10}[】\]][ \t]*){3,}$"),
    # ---- a self-media page's counts of its author's followers and of its plays (2.3万粉丝, 订阅 1.1万, 播放 2.3万), a post's
    # edit stamp (编辑于 12-20), and a platform's note that a machine wrote what follows (以下内容由AI识别生成)
    Evidence("counter", r"\d+(?:\.\d+)?万?[ \t]*(?:粉丝|订阅|播放)(?![\p{Han}])|"
                        r"(?<![\p{Han}])(?:粉丝|订阅|播放)[ \t]*\d+(?:\.\d+)?万?(?![\p{Han}\d])"),
    Evidence("timestamp", r"(?<![\p{Han}])编辑于[ \t]*(?:\d{4}-)?\d{1,2}-\d{1,2}"),
    Evidence("site", r"(?:由)?AI(?:智能)?(?:识别|生成)|AI字幕|"
                     # (a transcription's or a player's note on it: ——转写结束——, 以上内容由…AI转写生成, 字幕由…自动生成)
                     r"转写(?:结束|结果|生成)|(?:机器|自动|AI)转写|字幕由[^\n]{0,12}?自动生成|"
                     # (a video's end, as its transcript marks it: —— 视频完 ——)
                     r"^[ \t]*+[—-]{1,2}[ \t]*视频(?:完|结束)[ \t]*[—-]{1,2}[ \t]*$"),
    # ---- an institution's name in English under its Chinese one atop its site (Nanhu Second People's Hospital)
    Evidence("site", r"^[ \t]*+(?:[A-Z][A-Za-z'’.&-]*[ \t]+){1,10}(?:of[ \t]+|and[ \t]+|the[ \t]+|[A-Z][A-Za-z'’.&-]*[ \t]+)*"
                     # (in capitals too, as a logo sets it: LAW FIRM)
                     r"(?i:Hospital|University|College|School|Government|Bureau|Committee|Commission|Court|Procuratorate|"
                     r"Museum|Library|Association|Federation|Institute|Cent(?:er|re)|Office|Department|Administration|"
                     r"Congress|Company|Group|Corporation|Co\.,? ?Ltd\.?|Firm|Bank|Partners)[ \t]*$"),
    # ---- an OCR app's header and footer around what it read (…OCR · 识别结果, 识别完成 · 结果仅供参考,请以原件为准)
    Evidence("site", r"识别结果|识别完成|(?:识别)?(?:结果|内容)仅供参考|请以原件为准|(?<![A-Za-z])(?:OCR|ocr)(?![A-Za-z])|"
                     # (its count of the screenshots or pictures it read: 截图识别文字(共5张), 图片转文字 共3张)
                     r"(?:截图|图片|照片)(?:识别|转)文字|共[ \t]*\d{1,3}[ \t]*张(?:图片|截图|照片)?\)"),
    # ---- an e-learning platform's course page: the course's fields, the learner's progress, its quiz and its points
    # (课程学时:0.5学时, 学习进度:81%, 随堂测试 [开始答题], 本篇已学完 +1 积分, 学习时长 06:42)
    Evidence("course", r"课程(?:名称|类型|学时|时长|简介|评价|笔记|评论)|学习进度|已学时长|已获学时|随堂测试|开始答题|继续学习|"
                       r"本篇已学完|今日已获|学习时长|\+[ \t]*\d+[ \t]*积分"),
    # (and a learner's comment under it, with the buttons to answer it and to like it: …说得好! 回复 赞(7))
    Evidence("course", r"回复[ \t]+赞[ \t]*\(\d+\)[ \t]*$", in_sentence=True),
    # ---- a platform's note that the piece belongs to one of its collections (本文已收录至…专题)
    Evidence("news", r"(?:本文|该文|此文)(?:已)?(?:被)?收(?:录|入)(?:至|于|到|在|专题)|积分规则"),
    # ---- a portal's footer: how to view the site, who runs it, where its office is
    Evidence("site", r"最佳(?:浏览|显示)(?:效果|分辨率)|(?:最佳|推荐|建议)(?:使用)?分辨率|分辨率[^\n。,]{0,12}(?:浏览|访问)|"
                     r"浏览器[^\n。,]{0,12}(?:浏览|访问|打开)|(?:浏览|访问)本(?:网)?站|"
                     # a government portal's buttons for its reader: report an error, read it on the phone
                     r"网站找错|网站纠错|扫一扫在手机(?:上)?(?:查看|打开|浏览)|"
                     # (a firm's or a shop's hotline: a 400 or 800 number, the business lines callers do not pay for)
                     r"热线[ \t]*:?[ \t]*[48]00[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])|"
                     # a site's name, then who runs it (某某县人民政府网 主办:…): a notice names no site so
                     r"(?<=\p{Han}网|\p{Han}网站)[ \t]+(?:主办|承办|维护|运维)(?:单位)?\s*:"),
    # (an event's notice names its organisers too: two of these, or one beside other furniture)
    Evidence("site", r"(?<!\p{Han})(?:网站)?(?:主办|承办|协办|维护|运维)(?:单位)?\s*:|(?<!\p{Han})邮编\s*:?\s*\d{6}", 0.5),
    # ---- paywalls, logins, promotion
    Evidence("preview", r"(?:开通|加入|成为|升级|购买)(?:VIP|vip|会员)|仅供(?:站内)?会员|试读|以下为?(?:文本|文档|全文)?预览|(?:全文|本文)共(?:计)?\s*\d+\s*字|"
                        r"下载后(?:可|即可)?(?:编辑|修改)|"
                        r"当前显示\s*\d+\s*字|剩余\d+页|还剩\d+页|预览(?:结束|已结束)|(?:阅读|查看|下载|打开|展开)(?:剩余)?全文|"
                        r"全文(?:阅读|下载|预览)|(?:登录|登陆|注册)(?:后|即可)(?:查看|阅读|下载|继续)|"
                        # (a shared document's hidden part and the plea to download it: 此处隐藏:2481字, 喜欢就下载吧)
                        r"此处隐藏[ \t]*:?[ \t]*\d+[ \t]*字|(?:全部|完整)(?:文档)?内容请下载后查看|喜欢就下载",
             # (a login to read on, not to comment: 请登录后发表评论 cuts nothing)
             in_sentence=True, truncates=True),
    Evidence("paywall", r"(?i:vip)(?:会员|专享|免费|下载|用户)|"
                        r"会员(?:专享|下载|免费|登录|可|才能|阅读|学习|价)|"
                        r"(?:登录|登陆|注册)(?:后|即可|查看|阅读|下载|会员|账号|用户)|(?:点此|点击)(?:注册|登录|登陆|下载|查看|阅读|进入|这里|此处|打开|收藏)|"
                        # (a firm's or a shop's call to act now, a link after it: 点击立即咨询>>, 点击免费领取)
                        r"(?:点此|点击)(?:立即|马上|免费|在线)(?:咨询|预约|领取|购买|报名|获取)|"
                        # (a shared file's link to the whole of it: 点击链接查看完整文档; a text message's way out of
                        # its list: 拒收请回复R, 回T退订)
                        r"(?:点此|点击)(?:下方|上方)?链接|拒收请回复[A-Za-z]|回复?[A-Za-z]退订|退订回[A-Za-z]|"
                        r"扫码|扫一扫|(?:联系|咨询)(?:客服|站长)|"
                        # (a paywall's 付费, not a policy's: 按病种付费, 付费方式改革)
                        r"付费(?:下载|阅读|查看|内容|文档|资料|会员|后|即可|才能|用户|解锁|订阅|专栏)|(?:需|需要|请)付费|充值|金币|下载券|积分下载|[￥¥]\s*\d|价格\s*:|"
                        r"免费(?:下载|阅读|试读|获取|领取)|在线(?:阅读|预览)|"
                        r"无限下载|(?:内容|文档)预览|(?:文档|资源)(?:介绍|简介|描述)|"
                        r"由会员(?:上传)?分享|上搜索|(?:用户|网友|会员)(?:自行)?上传|本文档|本资料|该文档|此文档|"
                        r"(?:下载|购买)(?:本文|文档|资料)|联系客服|客服(?:电话|QQ|微信)|侵犯了?(?:您|你)的|退款|"
                        r"立即(?:了解|下载|购买|咨询|体验|领取|开通|注册|登录)|(?:点击)?了解详情|神器", in_sentence=True),
    Evidence("paywall", r"版权(?:所有|说明|声明|归)|免责声明|(?<![\p{Han}])郑重声明(?=[ \t]*:)|转载(?:请(?:注明|保留)|自|于)|来源于网络|转自网络|未经(?:本站)?(?:许可|授权)|"
                        r"禁止(?:转载|商用)|侵删|如有侵权|(?:权利|权益)被侵害|侵犯(?:了)?(?:您|你)的(?:合法)?(?:权益|权利|版权)|网络服务平台方|(?i:copyright|all rights reserved)|©|ICP备|ICP证|公网安备|"
                        r"(?i:powered[ \t]+by)|不代表(?:本站|本网|本平台|平台|本号)(?:的)?(?:立场|观点)|"
                        # (a platform naming itself: 本文为某某号作者上传,不代表某某资讯立场)
                        r"不代表[^\n,。]{1,10}?(?:的)?立场|仅代表(?:该)?作者(?:本人|个人)?(?:观点)?|"
                        # (a community's word that its users speak for themselves: 仅代表个人观点,与本网站立场无关,
                        # 据此操作风险自担)
                        r"仅代表(?:用户)?个人(?:观点|意见)|与本(?:网站|网|站|平台)(?:的)?立场无关|据此操作[,]?风险自担|"
                        # (a platform's word that it only hosts what its accounts post: 本文为某某自媒体平台作者上传,
                        # 平台仅提供信息发布平台)
                        r"自媒体平台|仅提供信息(?:存储空间|发布平台)|"
                        r"信息存储空间服务|一键举报|谨防(?:诈骗|上当受骗|受骗)|投诉举报(?:电话|邮箱|方式)?[ \t]*:|(?:如|若)(?:有|发现|存在)侵权|(?:如|若)侵犯了?(?:您|你|原?作者)?的?(?:合法)?(?:权利|权益|版权|著作权)|"
                        # a site's word on what it holds (本站所有文档均由用户上传…)
                        r"本站(?:所有|全部)?(?:文档|资料|内容|文章|范文|模板)|"
                        # a document site's disclaimer: the files are its users' (仅供学习交流, 请勿作他用)
                        r"仅供(?:网友|用户|读者|个人|学员|同行|大家)?(?:学习|研究)(?:交流|参考|使用)|请勿(?:作|用作|用于)(?:他用|商业用途)|"
                        r"备案号|网站标识码|技术支持\s*:|"
                        # (who made the e-paper's system: 本数字报由某某系统提供技术支持)
                        r"由[^\n,。]{1,20}?提供技术支持|"
                        # (an uploader's card with no word of its own: 这家伙很懒,什么都没留下)
                        r"(?:该用户|这家伙|这个人|TA|他|她)很懒[,]?(?:什么(?:也|都)没(?:有)?(?:介绍|留下|写))?|"
                        # (the app's editions offered under a page: Android版  iPhone版  iPad版)
                        r"^[ \t]*+(?:Android|iPhone|iPad|iOS|安卓|鸿蒙)版?(?:[ \t]+(?:Android|iPhone|iPad|iOS|安卓|鸿蒙)版?)+[ \t]*$",
              in_sentence=True),
    Evidence("paywall", rf"关注(?:我们|公众号|本号)|^[ \t]*+{FOLLOW_BUTTON}[ \t]*$|"
                        # (an account's card, its button after its line parted by a dot: 某某局官方政务号 · 关注)
                        rf"[ \t]*[·|][ \t]*{FOLLOW_BUTTON}[ \t]*$|"
                        # (a plea to follow the account, named in quotes, alone on its line: 关注“某某发布”)
                        r"^[ \t]*+(?:点击|长按|扫码)?关注[ \t]*[“\"「][^”\"」\n]{1,20}[”\"」][ \t]*$|长按(?:识别|二维码)|识别二维码|阅读原文|(?:展开|收起)(?:全文|文稿|字幕)|"
                        r"点击(?:上方|下方|蓝字)|设为星标|星标置顶|置顶星标|加星标|(?:分享|点赞|在看)三连|点击关注|点个[“\"]?(?:在看|赞)[”\"]?|"
                        # the platforms' own words for their reader (a WeChat article's foot, a column's, a post's)
                        r"预览时标签不可点|(?:继续|向上|向下)滑动看下一个|轻触阅读原文|微信扫一扫|关注该公众号|"
                        # (a page's button that loads the rest of a list or a text: 点击加载更多, 加载更多)
                        r"^[ \t]*+(?:点击)?(?:加载|查看|展开)更多(?:内容|评论)?[ \t]*$|"
                        # (its hidden buttons' words, which a copy of the whole page takes along: 轻点两下取消赞)
                        r"轻点两下取消(?:赞|在看)|可打开此内容|视频小程序|"
                        r"人赞同了该文章|文章被以下专栏收录|被以下(?:专题|专栏|合集)收(?:入|录)|还没有评论|写下你的评论|申请转载|同时转发到我的微博|"
                        # (a preview's word that the reader reached the file's end: 已阅读到文档的结尾了呢~~)
                        r"已阅读到(?:文档|本文)的?结尾|"
                        # (a page asking its reader to rate it: 这篇文章对你有帮助吗?)
                        r"(?:文章|内容|范文|回答|文档)对(?:你|您)有(?:帮助|用)吗|"
                        # an empty comment box, and a repost's line naming the account it was taken from
                        r"没有任何评论|暂无(?:评论|留言)|以下文章来源于|"
                        # a platform's tip jar under a post (真诚赞赏,手留余香)
                        r"真诚赞赏|手留余香|还没有人赞赏|赞赏(?:作者|支持)|喜欢作者|"
                        # an account's card atop its article (某某发布 / 258篇原创内容 / 公众号)
                        r"\d+篇原创内容|^[ \t]*+公众号[ \t]*$|官方(?:账号|公众号|微博|抖音号|视频号|(?:信息)?发布平台)|"
                        # a poster's plea for likes and follows (码字不易,点个赞再走, 来某某关注我), a browser's note
                        # that it transcoded the page (本页面由某某浏览器转码), a cut it asks to expand (展开剩余 65%),
                        # a post's tags (本文标签:)
                        r"码字不易|点个赞|点赞再走|一键三连|关注我(?!\p{Han})|(?:浏览器|自动)转码|"
                        # (a poster's plea to its readers: 点赞收藏, 关注我获取更多…, 需要的可以私信; not 关注我省…)
                        r"点赞(?:收藏|关注|转发|支持)|关注我(?:获取|领取|了解|查看|看更多|不迷路)|(?:可以|请|欢迎)私信|私信我|转码(?:声明|生成)|展开剩余|本文标签\s*:|"
                        # a study platform's prompt to its learner (您已连续学习5分钟,继续学习可再获得1积分)
                        r"(?:已|连续)学习[ \t]*\d+[ \t]*分钟|获得[ \t]*\d+[ \t]*(?:个)?积分|"
                        # a reading app's bar and its note on what a reader copied (阅读进度 32%, 本章剩余约 11 分钟,
                        # 来自「某某」App,长按复制可分享)
                        r"阅读进度|本章剩余|长按复制|(?<=来自「)[^」\n]{1,12}」(?:APP|App|app)|"
                        # the source it names under each passage (——摘自《…》) and the reader's own notes (【我的想法】)
                        r"^[ \t]*+[—-]{1,2}[ \t]*摘自|[【\[]我的(?:想法|笔记|批注|书签)[】\]]|"
                        # a blog's buttons for its reader (加好友 发纸条, [订阅], 转载▼: a menu that drops down)
                        r"加好友|发纸条|写留言|加关注|手机订阅|\[订阅\]|(?<=\p{Han})▼|"
                        # led by the app's name, written out, so a line is asked about only when it holds it
                        r"(?<=打开|下载|前往)(?:APP|App|app)|(?:APP|App|app)(?=内(?:打开|阅读|查看))|"
                        # an app's invitation, its name between (打开某某新闻APP, 更多精彩内容,尽在某某APP), and its
                        # reader (阅读体验更佳)
                        r"(?:打开|下载|前往|就在|尽在)\p{Han}{1,10}?(?:APP|App|app|客户端)|体验更佳|"
                        # (the news app named in its invitation to see what the web page leaves out: 打开某某新闻,查看
                        # 更多高清图片)
                        r"(?:打开|下载|前往)\p{Han}{2,10}?,?[ \t]*(?:查看|阅读|浏览|观看)更多|查看更多高清(?:图片|大图|视频)|"
                        # (or the app's button alone on its line, its name after the verb, maybe its slogan after a
                        # space: 下载某某精选, 打开某某, 下载某某笔记 随手记录)
                        r"^[ \t]*+(?:下载|打开)\p{Han}{2,6}(?:[ \t]+\p{Han}{2,10})?[ \t]*$|"
                        # (a mobile page's note that a function needs the desktop site: 申请入驻请用电脑访问)
                        r"请(?:用|使用|在)(?:电脑|PC|pc)端?(?:访问|打开|浏览|操作|登录)|"
                        # the platforms' way to hand out files: a keyword sent to the account (私信回复"…", 后台回复)
                        r"(?:私信|后台|评论区)(?:回复|留言|发送)|关注[ \t]*@|"
                        # (an editor's sign-off under what it reposts: 以上就是…的全部内容, 欢迎在评论区留言讨论)
                        r"以上就是[^\n。!?]{0,30}?的?全部内容|欢迎(?:大家)?(?:在)?评论区(?:留言|讨论|交流|分享)|"
                        # how the reader gets the file (文末附本文Word版获取方式)
                        r"获取方式|"
                        # (what a download costs, how long the file is, a forum's login to its attachment: 下载需消耗5积分,
                        # 本文共计6页, 下载积分:10, 您需要 登录 才可以下载或查看)
                        r"下载需(?:消耗|扣除|支付|要)?[ \t]*\d+[ \t]*(?:积分|金币|下载券)|下载本文档需要?登录|如何获取积分|"
                        # (a blog's box that files the post in its column, and its button to save it: 专栏收录该内容,
                        # 订阅专栏, 一键收藏)
                        r"收录该内容|订阅专栏|一键收藏|(?:本文|本文档)共计?[ \t]*\d+[ \t]*页|"
                        r"下载积分[ \t]*:[ \t]*\d+|需要[ \t]*登录[ \t]*才(?:可以|能)[ \t]*(?:下载|查看)|"
                        # (an app's warning on what it shows: 本文件仅限内部传阅,请勿截图外传)
                        r"仅限内部传阅|仅限行内|(?:请勿|禁止|严禁)(?:截图|截屏)|拍照外传|"
                        # (an online editor's notes on who may see the page and its count, and its footer's plea: 仅协作者
                        # 可见, 字数统计:3615, 请勿转发至外部群, 若有收获,就点个赞吧)
                        r"仅协作者可见|字数统计[ \t]*:|请勿(?:转发|外传)(?:至|到)?外部|若有收获|"
                        # (a shared file's note of its format: 此文档为word格式,可任意修改编辑)
                        r"(?:此|本)(?:文档|文章|范文|文件|资料)为[ \t]*(?i:word|doc|docx|wps)[ \t]*(?:格式|版)|可任意(?:修改|编辑)|"
                        # (a poster's plea to save the post and to ask for the file in the comments: 建议先收藏再看,
                        # 需要word版的评论区扣“1”,我私你)
                        r"建议先收藏|先收藏再看|评论区扣|我私你|私你~|"
                        # (a poster's account of who asked for the text and how its names and figures were masked:
                        # 有网友私信要一篇…, 脱敏后分享, 数据都用X代替了)
                        r"(?:网友|粉丝|知友|读者|朋友|小伙伴|宝子|同行)们?私信|私信(?:我|问我|找我)|"
                        r"脱敏(?:处理)?(?:后|了)[,,]?[ \t]*(?:分享|发|贴|放|上传)|"
                        r"(?:数据|数字|信息|人名|地名|单位名称?|名字)(?:都|均|已|全部|一律)?(?:用|以)[X×x*某]{1,3}(?:代替|替代|表示)|"
                        # a plea to follow the account, named in quotes, for what it gives (关注“某某笔记”,获取更多干货),
                        # and an app's prompt to see a post's pictures in it (打开某某新闻 查看精彩图片)
                        r"关注[ \t]*[“\"「][^”\"」\n]{1,20}[”\"」][ \t]*[,,]?[ \t]*(?:获取|了解|第一时间|每天|回复|查看)|"
                        r"查看精彩图片|查看高清大图", in_sentence=True),
    # ---- a chat's or a post's emoji, written as its name in brackets ([强], [玫瑰], [加油]): a post's word (a post
    # sets them before its title too: weak alone)
    # ---- a social post's bar: the device it was sent from (来自 HUAWEI Mate 60 Pro, 来自iPhone客户端), the account's
    # handle alone on its line (@某某笔记), the column it was first posted in (首发于 / 某某研究所)
    Evidence("social", r"来自[ \t]*(?:iPhone|iPad|HUAWEI|华为|荣耀|HONOR|小米|Xiaomi|Redmi|OPPO|vivo|Android|安卓)|"
                       # (or the platform's own client named, as a post's time line has it: 来自 某某网页版 已编辑)
                       r"来自[ \t]*\p{Han}{0,6}(?:网页版|客户端|(?i:app))(?=[ \t]|$)|"
                       r"^[ \t]*+@[^\s@,。]{2,20}[ \t]*$|^[ \t]*+首发于(?:[ \t]+[^\s,。]{1,20})?[ \t]*$|"
                       # (a post's caption ending in its topics: …句句说到心坎里 #村两委 #基层治理)
                       r"(?:[ \t]#[^\s#]{2,12}){2,}[ \t]*$", 1.0),
    # (a forum's reply button and its users named by the forum, and a poster's plea to its profile's collection:
    # 我来回应, 贴吧用户_QwE8s7a, 更多模板点击主页合集)
    Evidence("social", r"^[ \t]*+>?[ \t]*我来回应[ \t]*$|贴吧用户_[A-Za-z0-9]{4,}|点击(?:我的)?主页(?:合集)?|主页合集|"
                       # (a forum's rating of a post, a row a rater (某某 + 2 很给力!), and a member's counts on its
                       # card, two or more on a line (积分 2156 帖子 412))
                       r"^[ \t]*+[^\s+]{1,16}[ \t]+\+[ \t]*[0-9]{1,3}[ \t]+[^\n]{1,16}$|"
                       rf"^[ \t]*+{_MEMBER_COUNT}(?:[ \t]+{_MEMBER_COUNT})+[ \t]*$"),
    # an account's line under its name: where its posts are sent from, as the platforms have shown it since 2022
    # (IP属地:湖南), and its id on its app (抖音号:abc2021, 小红书号:12345)
    Evidence("account", r"IP[ \t]?属地[ \t]*:?[ \t]*\p{Han}{2,4}|"
                        r"(?:抖音|快手|小红书|视频|西瓜|头条|B站|微博)号[ \t]*:[ \t]*[A-Za-z0-9_.-]{3,24}|"
                        # (its counts, two or more on a line: 文章 1286  总阅读 358万; its badge on a platform: 某某新闻
                        # 创作者; the button to its other posts: 查看TA的文章>)
                        rf"^[ \t]*+{_ACCOUNT_COUNT}(?:[ \t]+{_ACCOUNT_COUNT})+[ \t]*$|"
                        r"^[ \t]*+\p{Han}{0,8}创作者[ \t]*$|查看TA的(?:文章|主页|作品)|"
                        # (a blog author's card, the counts after their words: 共写了8.6W字 获得158个赞 共36个粉丝)
                        r"共写了[ \t]*[0-9][0-9.,]*[ \t]*[万wWkK]?[ \t]*字|获得[ \t]*[0-9][0-9,]*[ \t]*个?赞|"
                        r"(?<![\p{Han}0-9])共?[ \t]*[0-9][0-9,]*[ \t]*个粉丝|"
                        # (its verified badge, a letter alone on the line under its name or after it: 某某发布 / V,
                        # 某某发布 V)
                        r"^[ \t]*+(?:V|已认证|官方认证)[ \t]*$|^[ \t]*+\p{Han}[^\s]{1,15}[ \t]+V[ \t]*$|"
                        # (the poster's label over the text it shares whole, after the post's #topics maybe: 【全文分享】)
                        r"【全文(?:分享|发布|来了|在此)?】[ \t]*$|"
                        # (its line of who runs it, under its name: 某某县应急管理局官方澎湃号, 某某大学官方账号)
                        r"(?<=\p{Han})官方(?:账号|帐号|微博|\p{Han}{1,4}号)(?=[ \t]*$)", 1.0),
    Evidence("social", r"\[(?:强|弱|赞|心|爱心|微笑|玫瑰|抱拳|鼓掌|握手|胜利|加油|话筒|愉快|呲牙|偷笑|捂脸|耶|庆祝|烟花|红包|"
                       r"咖啡|作揖|合十|哈哈|调皮|可爱|憨笑|奋斗|拳头|太阳|蛋糕|礼物|OK|ok|good)\]", 0.5),
    # ---- an advertisement: its label, alone or in brackets at a line's start (广告, 【推广】…)
    Evidence("ad", r"^[ \t]*+[【\[(]?[ \t]*(?:广告|推广|赞助|AD)[ \t]*[】\])]?[ \t]*$|^[ \t]*+[【\[](?:广告|推广|赞助)[】\]]", 2.0),
    # ---- a link: a line that ends in the arrow a page puts after a link's words (了解详情 >, 点击领取 >>)
    Evidence("nav", r"(?<=\S[ \t\u3000]{1,4})(?:>>?|›|»)[ \t]*$"),
    Evidence("paywall", r"(?:原创|精品|优质|免费|精选)(?:资料|范文|文档|文章|公文)|投稿|(?:指导|代写|帮写)写作|独家原创|"
                        # (an account's words on the template it offers: 今天整理了一份完整版,文字可改,收藏起来慢慢用)
                        r"整理了一(?:份|篇|套)|收藏(?:起来|备用)|(?:可直接|直接)(?:套用|拿去用)|文字可改|"
                        # (an account's words handing on a sample and asking its readers to keep it, and its bait for
                        # the file: 今天给大家分享一篇…,可直接修改使用,建议收藏; 如需完整版word文档请私信…获取)
                        # (建议收藏 closing a sentence only: a title's prefix, 建议收藏:…主持词, is the title's decoration)
                        r"(?:给|和|与)大家分享一(?:篇|份|套)|可直接修改(?:使用)?|(?<=,)建议收藏|"
                        r"如需(?:完整版?|原版|全文|可编辑)?(?:word|Word|WORD)?(?:文档|版本|原文)|私信[^\n。]{0,12}获取|"
                        # (how many bought the site's membership or its file: 已有12,876人开通了会员)
                        r"已有[ \t]*[0-9,]+[ \t]*人(?:开通|购买|下载|加入)",
             in_sentence=True),
    Evidence("paywall", r"下载|会员|原创|分享|收藏|举报|文档|范文|资料|侵权|著作权|客服|登录|登陆|注册|支付", 0.5),
    # ---- an e-mail forwarded: its header block and the separator before the message it forwards
    Evidence("email", rf"^[ \t]*+(?:发件人|收件人|抄送人|发送时间|发送日期)[ \t]*:|^[ \t]*+(?:From|Sent|Subject)[ \t]*:|"
                      rf"{EMAIL_FORWARD_LINE}"),
    # (a subject is named in a document's own head too: 主题:喜迎…)
    Evidence("email", r"^[ \t]*+主题[ \t]*:", 0.5),
    # a mail server's note under each message (此邮件及其附件含有保密信息…), how it was sent and what its scan found
    # (本邮件通过某某邮件系统发送, 此邮件由某某系统自动扫描,未发现病毒)
    Evidence("email", r"(?:此|本)邮件(?:由|通过|经)[^\n。,]{0,30}?(?:发送|扫描|检测)|未发现病毒", 2.0, in_sentence=True),
    # a group chat's message: its mention of everyone and its call for replies (@所有人 …收到请回复)
    Evidence("chat", r"@(?:所有人|全体成员)|收到请回复|"
                     # (a comment under a shared file, its writer before a colon and its time after a gap at the end:
                     # 王某:建议延长一周  10月10日 16:20)
                     r"^[ \t]*+\p{Han}{2,4}[ \t]*:[^\n]{1,120}?[ \t]{2,}(?:\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2})[ \t]+"
                     r"\d{1,2}:\d{2}[ \t]*$", in_sentence=True),
    # (a chat group's name and its count of members atop a copied record: 某某社区3网格居民群(486))
    Evidence("chat", rf"^{CHAT_GROUP_LINE}$"),
    # (a chat's message that is a file: [文件] 某某公约.docx 24.6K; a lost picture, [图片], has a rule of its own)
    Evidence("chat", r"^[ \t]*+\[文件\]"),
    # (a chat record's export header: 微信聊天记录导出, 群聊名称:…, 导出范围:…, 导出时间:…)
    # (and the app's name over it: 企业微信 · 聊天记录)
    Evidence("chat", r"^[ \t]*+(?:[\p{Han}A-Za-z]{0,8}[ \t]*[·|-]?[ \t]*(?:聊天|群聊)记录(?:导出)?[ \t]*$|群聊名称[ \t]*:|"
                     r"导出(?:范围|时间|日期|工具)[ \t]*:)"),
    # (a chat's note that a message was taken back: 该消息已撤回, 某某撤回了一条消息)
    Evidence("chat", r"^[ \t]*+(?:该消息已撤回|[^\s]{1,16}撤回了一条消息)[ \t]*$"),
    # ---- a photographed notice board: the board's header over what is posted (某某村村务公开栏, 党务公开 村务公开), and
    # the seal under it as OCR reads it, in brackets ((某某村村民委员会章))
    Evidence("site", r"^[ \t]*+(?:\p{Han}{0,12}(?:党务|村务|居务|政务|财务|校务|厂务)公开栏|"
                     r"(?:(?:党务|村务|居务|政务|财务|校务|厂务)公开[ \t\u3000]*){2,})[ \t]*$|"
                     r"^[ \t]*+\(\p{Han}{2,24}(?:委员会|政府|办公室|局|委|院|所|中心|公司|处)(?:公)?章\)[ \t]*$|"
                     # (and a board's or a banner's slogan framed in bars or blocks: 丨乡村振兴 文明先行丨, ■ 社区宣传栏 ■)
                     r"^[ \t]*+[丨|][^丨|\n]{2,24}[丨|][ \t]*$|^[ \t]*+■[^■\n]{2,24}■[ \t]*$"),
    # (a forwarder's word that the text follows, copied into the chat: 为方便手机查看,正文复制如下:)
    Evidence("chat", r"(?:正文|全文|原文)?(?:复制|粘贴)如下", in_sentence=True),
    # an office system's note that it exported the file, and by whom (本文件由协同办公平台导出 导出人:…)
    Evidence("email", r"导出人\s*:|导出时间\s*:|由[^\n,。]{2,12}(?:平台|系统)导出", in_sentence=True),
    # an office system's print of a document's workflow: its form, its trace table, who printed it and when
    # (处理意见 alone is no evidence, a form the document holds may ask for one; the trace table's header names
    # who handled the file, when, and what they said)
    # (a message board's rating of the reply under it: 满意度评价:, 网友评价内容:…, 评价时间:…)
    Evidence("qa", r"满意度(?:评价|测评)\s*:|(?:网友|群众|留言人)评价(?:内容)?\s*:|评价时间\s*:"),
    # (a reviewer's comment in an OA system's list, its time in brackets before its colon: 某某(06-11 09:03):同意。)
    Evidence("email", r"[((]\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}[))][ \t]*:|"
                      # (or the time first, then the reviewer and the post: 2031-04-09 09:12  张某(办公室主任):请…阅示。)
                      r"^[ \t]*+\d{4}-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}[ \t]+[^\s:()]{1,8}\([^()\n]{1,12}\)[ \t]*:",
             2.0, in_sentence=True),
    # (a plea that points at what it offers below it, a code to scan or a box to tap: …获取县域权威资讯👇)
    Evidence("paywall", rf"(?<=\p{{Han}}[ \t]{{0,3}})[{POINTING_MARKS}]+[ \t]*$", in_sentence=True),
    Evidence("email", r"(?:发文|收文|公文|来文)处理(?:单|笺)|发文稿纸|办文单|流程跟踪|^[ \t]*+流转记录[ \t]*$|"
                      # (an OA system's labels under the document, alone on their lines, and its reviewers' comments,
                      # each with its time: 办理意见: / 财政局 王某(06-11 09:03):同意。)
                      r"^[ \t]*+(?:办理意见|办理过程|审批意见|审核意见|附件列表)[ \t]*:[ \t]*$|打印人\s*:|打印时间\s*:|处理人[^\n]{0,40}处理意见"),
    # (unmistakable: one is enough to make its sentence the server's)
    Evidence("email", r"(?:此|本)(?:邮件|电子邮件)(?:及其附件)?(?:含有|包含|可能含有|仅限|仅供|已通过)|病毒扫描|"
                      r"(?:如|若)(?:您|你)?误收|错收了?(?:本|此|这封)邮件|通知发件人|删除(?:本|此|这封)邮件|"
                      r"(?:本|此)邮件(?:中的)?(?:信息|内容)", 1.5,
             in_sentence=True),
    # a mail sent from a phone signs itself (发自我的华为手机), and its card lists what it attaches (附件(1个))
    Evidence("email", r"发自我的[^\n]{1,12}?(?:手机|iPhone|iPad|客户端|邮箱)|^[ \t]*+附件[ \t]*\([ \t]*\d+[ \t]*个?[ \t]*\)[ \t]*$|"
                      # (a mail client's page under the message: its attachments' box and their scan, its reply box,
                      # its note on an encrypted mail, and the signature's separator, -- alone on its line)
                      r"^[ \t]*+(?:普通|超大)附件|已通过[^\n]{0,12}?(?:查杀|扫描)|^[ \t]*+快捷回复|^[ \t]*+点击这里回复|"
                      r"已被设置为加密邮件|^--[ \t]?$|"
                      # (a note app's or a client's mark under what it shares: 来自「某某便签」)
                      r"^[ \t]*+来自[ \t]*[「“《][^」”》\n]{1,16}(?:便签|笔记|备忘录|客户端|(?i:app))[」”》][ \t]*$"),
    # ---- a site of questions and answers: the question's and the answer's lines, the prompt to accept it
    # (an answers page's sort bar over its first answer: 默认排序, 按时间排序)
    Evidence("qa", r"^[ \t]*+(?:默认|按时间|按热度|时间|热度)排序[ \t]*[▼▾↓]?[ \t]*$"),
    Evidence("qa", r"(?:满意)?请采纳|采纳率|其他回答|最佳答案|提问者|回答于|悬赏\s*:|热心网友|网友采纳|望采纳|谢邀|"
                   r"人赞同了该回答|(?<![\p{Han}\d])\d+\s*个回答(?!\p{Han})|查看全部(?:评论|回答)|\d+\s*条评论|写回答|"
                   r"问题描述\s*:|"
                   # (the page's buttons and counts around a question, and its notes on an answer: 邀请回答, 好问题 12,
                   # 被浏览, 本回答由提问者推荐, 你对这个回答的评价是?, 追问:, 补充回答:)
                   r"邀请回答|好问题[ \t]*\d|被浏览|等你来答|本回答由|对这个回答的评价|^[ \t]*+(?:追问|补充回答)[ \t]*:|"
                   # (its buttons to follow the question or comment on it, its count of followers, an answer's vote
                   # with its count: 关注问题, 添加评论, 关注者, 赞同 2314)
                   r"^[ \t]*+(?:关注问题|添加评论|关注者)[ \t]*$|^[ \t]*+(?:赞同|反对)[ \t]*[0-9][0-9,.]*[万kK]?"
                   # (its other buttons on the bar, glued where the page's invisible marks parted them: 赞同 327添加评论)
                   r"(?:[ \t]*(?:添加评论|[0-9]+[ \t]*条评论|分享|收藏|喜欢|收起))*[ \t]*$|"
                   # the asker's question of how to write the document (…怎么写?有没有范文?)
                   r"怎么写\?|有没有(?:范文|模板|例文)|求(?:一篇|范文|模板)|"
                   # (or for a text it names, and the answer's thanks for being asked: 有没有好的讲稿可以参考?, 谢邀)
                   r"有没有[^\n。?]{0,10}?(?:讲稿|稿子|材料|发言稿)[^\n。]{0,8}?\?|^[ \t]*+谢邀", in_sentence=True),
    # ---- a collaboration tool's own words around the document it holds: a group's notice and who has read it, a
    # shared document's comments and history, a spreadsheet's toolbar, a meeting tool's summary, a task card's fields
    # (a work app's notice: who it reaches and who sees it, who confirmed it, who posted it: 发布范围:…, 仅企业内成员可见,
    # 已确认 118 人,待确认 21 人 提醒未确认人员, —— 该公告由 某某 发布 ——)
    # (a meeting tool's note at the record's end that its AI wrote it, a sentence with its caveat: 本纪要由某某AI小助手
    # 生成, 本文由某某妙记生成,内容仅供参考, 转写由某某妙记自动生成, 本文件由某某AI自动转写生成)
    Evidence("collaboration", r"(?:本|该|此)?(?:纪要|记录|文字稿|转写稿?|文件|文档|文)由[^\n。,]{1,16}?(?:AI|智能|助手|妙记|听悟|听见)"
                              r"[^\n。,]{0,8}?生成", 2.0, in_sentence=True),
    # (or of what stands above it, written from the recording: 以上内容由某某妙记根据会议录音自动转写)
    Evidence("collaboration", r"以上内容由[^\n。,]{1,16}?(?:AI|智能|助手|妙记|听悟|听见)[^\n。]{0,16}?(?:生成|转写|导出)",
             2.0, in_sentence=True),
    # (a group's notice: pinned, the app and the group named over it, its button to confirm and the count of those who
    # did: 【置顶】…, 某某 · 某某全体教职工群, 请…点击下方“确认收到”, 确认收到(121/137))
    Evidence("collaboration", r"^[ \t]*+[【\[]置顶[】\]]|^[ \t]*+\p{Han}{2,6}[ \t]*·[ \t]*[^\n·]{2,30}群[ \t]*$|"
                              r"点击(?:下方|上方)?[“\"]?确认收到|确认收到[ \t]*\(\d+/\d+\)"),
    Evidence("collaboration", r"群公告|(?:已读|未读|已阅|未阅)[ \t]*\d+|提醒未(?:读|确认)|确认收到[ \t]*\(\d+\)|你已确认收到|"
                              r"(?:已确认|待确认|未确认)[ \t]*\d+[ \t]*人|^[ \t]*+发布范围[ \t]*:|"
                              r"仅(?:企业|单位|组织|团队|公司)内(?:成员|人员)?可见|该公告由[^\n]{1,30}?发布|"
                              r"添加了批注|编辑历史|修改历史|版本历史|格式刷|冻结窗格|智能摘要|AI识别|智能识别|待办事项[ \t]*\(|"
                              # (a meeting tool's record: its card, its AI's panels, its note on the export and the
                              # recording: 会议号:…, 参会人数:23人 (a form's field, 参会人数:____人, is the document's),
                              # 章节速览, 以上内容由会议助手自动导出, 点击“云录制”查看)
                              r"^[ \t]*+(?:章节速览|发言人速览|待办事项|智能纪要)[ \t]*$|(?<!\p{Han})会议号[ \t]*:|参会人数[ \t]*:[ \t]*[0-9]|"
                              r"由会议助手(?:自动)?(?:导出|生成)|云录制|"
                              r"创建了此卡片|添加检查项|高优先级|在列表[「“]|"
                              # (an online document's bar and its summary box: 只读, 3 人正在查看, AI 摘要:…, 申请编辑权限)
                              r"^[ \t]*+只读[ \t]*$|\d+[ \t]*人正在(?:查看|编辑|浏览|(?:系统)?学习)|(?:AI|智能)[ \t]*摘要[ \t]*:|摘要由[ \t]*AI[ \t]*生成|"
                              # (an editor's menu bar, a word a menu, four at least: 文件  编辑  插入  格式  工具  帮助;
                              # its comments' panel and its count, 批注(2); its footer's offer to open the file in the
                              # app and the app's slogan: 在某某文档中打开 | 一款可多人协作的在线文档)
                              r"^[ \t]*+(?:(?:文件|编辑|视图|查看|插入|格式|工具|表格|窗口|帮助|审阅|引用|开始|页面布局|布局)"
                              r"[ \t]++){3,}(?:文件|编辑|视图|查看|插入|格式|工具|表格|窗口|帮助|审阅|引用|开始|页面布局|布局)[ \t]*$|"
                              r"^[ \t]*+(?:批注|评论)[ \t]*\([ \t]*\d{1,4}[ \t]*\)[ \t]*$|在\p{Han}{2,8}中打开|"
                              r"一款[^\n,。]{0,16}在线(?:文档|协作|表格)|"
                              # (and its bar at the foot: 帮助中心  快捷键  更新日志, 帮助中心 · AI 助手)
                              r"^[ \t]*+帮助中心(?:[ \t\u3000·|]+(?:快捷键|更新日志|AI[ \t]*助手|意见反馈|反馈|返回旧版))+[ \t\u3000]*$|"
                              # (its review bar, 修订模式  查看修订记录, and the list of changes at the foot with its
                              # buttons, 修订记录(7)  全部接受  全部拒绝; who looked in, 最近查看:某某、某某等8人; its save
                              # note, 文档已保存  字数 3518)
                              r"修订模式|查看修订记录|修订记录[ \t]*\([ \t]*\d{1,4}[ \t]*\)|全部(?:接受|拒绝)(?:修订)?[ \t]*$|"
                              r"^[ \t]*+最近(?:查看|浏览|访问)[ \t]*:[^\n]{0,80}?等[ \t]*\d{1,4}[ \t]*人|^[ \t]*+(?:文档)?已保存(?:到云端)?(?:[ \t]|$)|"
                              # (and its comment box's prompt: 输入 @ 提及他人)
                              r"^[ \t]*+输入[ \t]*(?:评论[ \t,]*)?@[ \t]*(?:提及|通知)(?:他人|成员)[ \t]*$|"
                              # (a note app's shared note: who shared it, its button to keep it, how often it was kept:
                              # 来自 某某 的分享, 保存到我的笔记, 该笔记已被收藏 12 次)
                              r"^[ \t]*+来自[ \t]*\S{1,20}[ \t]*的分享[ \t]*$|保存到我的(?:笔记|收藏|云盘|网盘|文档)|"
                              r"(?:该|此)(?:笔记|文章|文档)已被(?:收藏|浏览|分享|转存)[ \t]*\d+[ \t]*次|"
                              r"如需编辑请联系|申请编辑权限|仅可(?:阅读|查看)(?:,|$)|"
                              # (its editor's buttons over a new page, its save note, and its toolbar's font box:
                              # 添加封面, 添加图标, 已保存到云端, 微软雅黑 — a font's name alone on a line)
                              # (a toolbar of drop-down boxes, two at least: 正文 ▾  微软雅黑 ▾  14 ▾; the outline
                              # panel's label alone, 大纲; the edit stamp with its save note, 最近编辑于 1月9日 · 已保存到云端)
                              r"^[ \t]*+[^\s▾▼]{1,8}[ \t]*[▾▼][ \t\u3000]+[^\s▾▼]{1,8}[ \t]*[▾▼]|已保存到云端|(?:最近|最后)编辑于[ \t]*(?:\d{4}年)?\d{1,2}月\d{1,2}日|"
                              r"^[ \t]*+(?:(?:添加(?:封面|图标|标题|描述|评论)[ \t\u3000]*){1,5}|大纲|已自动保存|文档大纲|"
                              r"微软雅黑|宋体|仿宋(?:_GB2312)?|黑体|楷体(?:_GB2312)?|方正小标宋(?:简体|_GBK)?|等线)[ \t]*$|"
                              # (a wiki's space and page around the page it shows: its tree, its tools, its metadata
                              # links, who made the page, its likes)
                              r"^[ \t]*+(?:空间目录|页面树|空间工具|空间快捷链接|跳到元数据结尾|转至元数据起始|成为第一个赞同者|写评论…?)[ \t]*$"),
    # (who made a wiki's page and when it changed last, said as a sentence: 由 某某创建, 最后修改于 …)
    Evidence("collaboration", r"由[ \t]*\S{1,12}[ \t]*创建[ \t]*,[ \t]*最后修改于", 2.0, in_sentence=True),
    # ---- an AI assistant's conversation around the draft it writes: the user's request (帮我写一篇…), the assistant's
    # reasoning about it (用户需要一篇…) and its words to the user (供您参考, 如需调整请告诉我), the tool's own notices
    # and buttons (已深度思考, 重新生成, 内容由AI生成); no document addresses its reader so, nor names a user so
    Evidence("assistant", r"帮我(?:写|起草|拟|整理|改|修改|润色|续写|生成|出)|用户需要|用户要求|用户想要|用户希望|用户强调|用户提到|用户没有说|"
                          # (its offer to go on, and its tool's warning under the answer: 如果您愿意,我还可以:…,
                          # …也可能会犯错。请核查重要信息。)
                          r"如果(?:您|你)(?:愿意|需要)[,,]?[ \t]*我(?:还)?可以|可能会犯错|请核查重要信息|"
                          # (each term led by words the body seldom uses, so the class is looked for on few lines)
                          r"供您参考|供你参考|告诉我(?![们国省市县区镇乡村])|联系我(?![们国省市县区镇乡村])|随时找我|随时问我|"
                          r"(?:为您|为你|给您|给你|帮您|帮你)(?:撰写|起草|整理|拟写|拟定|写|准备|生成|修改|润色|优化|调整|续写)|"
                          r"(?:希望这篇|希望这份|希望对您|希望对你)[^\n。]{0,20}?(?:帮助|有用)|"
                          r"(?:以上是一|以上为一|这是一)[篇份个][^\n。]{0,20}?(?:参考|范文|示例|模板|草稿)|"
                          r"(?:请根据|请按照|请结合|需根据|需按照|需结合|可根据|可结合|可以根据|可以结合)(?:[^\n。,]{0,6}实际|您|你)"
                          r"[^\n。]{0,12}?(?:替换|填写|修改|调整|补充)|"
                          r"替换为实际|替换成实际|替换成自己|替换为您|替换成你|"
                          r"由[^\n。,]{0,10}?(?:AI|人工智能)[ \t]*(?:生成|创作|撰写)|AI[ \t]*生成的?(?:内容|回答)|人工智能生成的?(?:内容|回答)|"
                          r"重新生成|深度思考|联网搜索|已搜索到[ \t]*\d+[ \t]*(?:个|篇)网页|用时[ \t]*\d+[ \t]*秒|新建对话|"
                          r"发送消息|复制全文|导出(?:为)?(?:Word|PDF|word|pdf|文档)|一键排版|"
                          # (its offer of more, its own disclaimer, its input box's hint)
                          r"我还可以(?:继续|再)?(?:帮|为|给)(?:您|你)|我可以(?:继续|再)?(?:帮|为|给)(?:您|你)|可能会犯错|可能会出错|"
                          r"Shift[ \t]*\+[ \t]*Enter|复制代码|"
                          # (a writing tool's form above what it wrote: 写作类型:述职报告, 字数要求:2000字)
                          r"(?:写作类型|写作风格|写作要求|写作主题|文章类型|文稿类型)[ \t]*:|字数要求[ \t]*:|全文约[ \t]*\d+[ \t]*字",
             1.5, in_sentence=True),
    # ---- a forum's thread: its bar, its floors and their posters' badges, the prompts under it, its readers' manners
    Evidence("forum", r"只看楼主|倒序浏览|阅读模式|快速回复|回复\s*\d+\s*楼|(?<![\p{Han}\d])\d{1,4}\s*楼[ \t]|(?i:lv)\.?\s*\d{1,2}(?![\d.])|"
                      r"发表于\s*\d|(?:文明上网|理性发言|发表评论|我要评论|网友评论)|"
                      r"回复[ \t]+支持[ \t]+反对|使用道具|参与人数|小黑屋|Archiver|Processed in [0-9.]+ second|"
                      r"GMT[+-]\d{1,2}|发表回复|高级模式|"
                      # (its poster's card: online or not, the counts of posts, threads and points; its bar's width)
                      r"^[ \t]*+当前(?:离线|在线)[ \t]*$|帖子[ \t]*\d+[ \t]+主题[ \t]*\d+|^[ \t]*+(?:积分|威望|金钱|贡献)[ \t]*$|"
                      r"切换到(?:窄版|宽版)|"
                      # a reply on its floor's line (沙发 | 写得好), as a thread's compact view shows it
                      r"^[ \t]*+(?:楼主|沙发|板凳|地板|\d{1,4}[楼#])[ \t]*\|[ \t]*\S|"
                      # a forum's words for its members and their posts (坛友, 拍砖: a poster's note above the text)
                      r"坛友|拍砖|本帖|楼主", in_sentence=True),
    # ---- a blog: the blogger's note before the piece he posts, and after it
    Evidence("blog", r"^[ \t]*+(?:写在前面|题外话|博主按|后记)\s*:", in_sentence=True),
    # ---- compilations and their editors
    Evidence("compilation", r"[(【]?(?:共含?|精选|优质|通用|热门|推荐|最新|优秀|经典)\s*\d{1,3}\s*篇[)】]?|"
                            r"篇(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?=[ \t]*$|\s*:)|"
                            r"^[ \t]*+(?:篇(?:\d{1,2}|[一二三四五六七八九十]{1,3})|第[一二三四五六七八九十\d]{1,3}篇)\s*:"),
    Evidence("compilation", r"小编|(?:下面|以下|这)是[^。\n]{0,40}?(?:整理|收集|搜集|精选|推荐|分享|编辑|汇编|准备)(?:了|的)|"
                            r"(?:精心|用心)?为(?:大家|你|您)(?:精心|用心)?(?:整理|收集|搜集|精选|推荐|准备|带来|分享)|"
                            r"欢迎(?:大家)?(?:阅读|借鉴|分享|收藏|下载)|欢迎咨询|想了解更多|"
                            # an editor's pointer to the text below (一起来看全文↓↓↓)
                            r"一起来看|全文来了|[↓👇]{2,}|全文如下|全文放(?:在)?(?:下面|下方)|"
                            # (a sharer's word on what it did to the text: 范文,已脱敏; 单位和数据已做处理,仅供同行参考)
                            r"已脱敏|脱敏处理|(?:单位|数据|人名)(?:和(?:单位|数据|人名))?已(?:做|作)(?:了)?(?:脱敏)?处理|仅供同行参考|"
                            # (or the page's lead that names the full text as following: 以下为讲话全文(有删节):)
                            r"以下(?:为|是)[^\n。,]{0,8}?(?:全文|原文|正文)|"
                            # a chatbot's frame around the text it writes (以下是一篇…, 希望对您有帮助, 如需修改请随时告诉我)
                            r"以下是(?:一篇|为您|我为您)|(?:您|你)可以根据(?:实际|需要)|希望[^\n。!]{0,10}对(?:您|你)有(?:所)?帮助|"
                            r"随时告诉我|^[ \t]*+(?:请)?帮我写|"
                            # a sharer's word to the readers who reuse the text (需要的朋友拿去改, XX的地方按实际改)
                            r"需要的(?:朋友|同志|小伙伴|同仁)|拿去(?:改|用)|直接(?:拿去|套用|抄)|(?:可以|能|拿来)直接用(?!于)|"
                            r"换成(?:你|自己|本单位)|"
                            r"按(?:实际|自己|本单位)(?:情况)?(?:修改|替换|填写|改)|"
                            r"更多[^\n。,]{0,12}请(?:访问|关注|点击)|^[ \t]*+[【\[]?导(?:读|语)[】\]]?\s*:?", in_sentence=True),
    Evidence("compilation", LINK_LIST_LABEL),
    Evidence("compilation", r"(?:仅)?供(?:大家|你|您|各位|坛友)?(?:参考|借鉴)|希望(?:对|能)?(?:大家|你|您)", 0.5),
    # ---- news and government page furniture
    # (an account's credits under a post: …审核:… 监制:… 出品:…, the editors' three checks 一审 二审 终审)
    Evidence("news", r"(?<!\p{Han})(?:本文|本版|本期)?(?:来源|图片来源|图源|图片提供|稿源|出处|作者|撰稿|撰文|编辑|责编|责任编辑|审核|审校|校对|编审|供稿|发布人|发布者|"
                     r"编者按|发布单位|录入|上传者|上传人|上传用户|内容提供方|文档贡献者|贡献者|摄影|通讯员|监制|出品|一审|二审|三审|终审)\s*:|"
                     # (a sharing site's summary of the file over its preview, the summary on the label's line, and
                     # its button to keep the file: 内容提示:某某方案 某某局 …, 加入阅读清单; a bare 内容提示: labels
                     # the document under it)
                     r"^[ \t]*+内容提示[ \t]*:(?=[ \t]*\S)|^[ \t]*+加入(?:阅读清单|书架|文集)[ \t]*$|"
                     # (and its label over the file's text as it extracted it, alone: 文本描述, 文本预览; with a colon
                     # it would take the line under it as its value, a 公文's number)
                     r"^[ \t]*+(?:文本描述|文本预览)[ \t]*$|"
                     # (a video's or a programme's description under its player, a label of the page's: 简介:…)
                     r"^[ \t]*+(?:视频|节目)?简介[ \t]*:|"
                     # a self-media page's credits and the badges of its author's card
                     r"(?<!\p{Han})(?:文字|文案|编辑|责编|主编|审核|校对|排版|美编|来源|图片|图|摄影|视频|设计|监制|出品|策划|"
                     r"统筹|记者|通讯员|作者)[ \t]*[|丨][ \t]*\S|领域创作者|作者最新文章|"
                     # a personal library's buttons, and where a saved page came from (来自: 某书斋 > 《资料》)
                     r"转藏到我的图书馆|^[ \t]*+(?:本文)?来自\s*:[^\n>]{1,30}>|评论公约|类似文章|本馆广告|"
                     # a news app's former headline (原标题:…) and the app's name
                     r"(?<!\p{Han})原标题\s*:|客户端(?=[ \t]*$)|"
                     # (a news page's plea to pass the story on, alone on its line: 分享让更多人看到)
                     r"^[ \t]*+分享(?:让|给)更多(?:的)?(?:人|朋友)(?:看到)?[ \t]*$|"
                     r"^[ \t]*+分享(?:至|到|给)(?:微信)?(?:好友|朋友圈)(?:(?:和|、)(?:好友|朋友圈))?[ \t]*$|"
                     # (an author's follow button)
                     r"^[ \t]*+\+?[ \t]*关注(?:他|她|TA)[ \t]*$"),
    # (a button may speak for the reader: 我要打印, 我要纠错)
    Evidence("news", r"字号\s*:|字体(?:大小)?\s*:|[【\[]\s*[大中小]\s*[】\]]|视力保护色|护眼模式|(?:放大|缩小)[ \t]*[+-]|放大[ \t]+缩小|"
                     rf"(?<!\p{{Han}})(?:我要)?(?:{'|'.join(BUTTON_WORDS)})(?:本页|此页|页面|文章|此文|本文|窗口|到)?(?!\p{{Han}})"),
    Evidence("news", rf"(?:信息)?(?:{METADATA_LABELS})\s*:|【(?:{METADATA_LABELS})】"),
    # what a blog files a post under (标签: …  分类: …); a category alone is named in text too
    # (and the tags a page lists its posts by: 热门标签:, 相关标签:, 文章标签:)
    Evidence("news", r"(?<!\p{Han})(?:(?:热门|相关|文章|内容|热点|本文)?标签|TAGS?|Tags?|tags?)\s*:|【(?:本文)?标签】|"
                     r"^[ \t]*+标签[ \t]*$"),
    Evidence("news", r"(?<!\p{Han})分类\s*:", 0.5),
)

#: leaked markup, each kind with the literal it cannot do without (a text without it is not
#: scanned for it): HTML tags and entities, CSS comments, Word field codes and bookmark names.
#: CSS rules are found from their braces (:mod:`speechparse.clean.generic`).
MARKUP: Final[tuple[tuple[str, str], ...]] = (
    ("<!--", r"<!--[^\n]{0,500}?-->"),
    ("<", r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,300})?/?>"),
    ("&", r"&(?:nbsp|amp|lt|gt|quot|apos|ensp|emsp|middot|ldquo|rdquo|lsquo|rsquo|hellip|mdash|ndash|#\d{2,6}|"
          r"#x[0-9a-fA-F]{2,6});"),
    ("/*", r"/\*[^\n]{0,500}?\*/"),
    # a forum's BBCode (Discuz, phpBB): an attachment's or an image's tag with its id or address, and the tags of
    # a format ([b]第一章 总则[/b], [size=4], [color=#333]) whose words stay
    ("[", r"\[(?i:attach|img|media|flash)(?:=[^\[\]\n]{0,80})?\][^\[\]\n]{0,300}\[/(?i:attach|img|media|flash)\]|"
          r"\[/?(?i:b|i|u|s|size|colou?r|font|url|quote|code|align|center|left|right|indent|list|table|tr|td|hr|p|"
          r"backcolor|float|hide|free|sup|sub|email|\*)(?:=[^\[\]\n]{0,80})?\]"),
    ("TOC", r"TOC\s*\\o\s*\"\d-\d\"\s*(?:\\[hzu]\s*)*"),
    ("_Toc", r"_Toc\d{6,}"),
    # a field's instruction, its result after it the text's (HYPERLINK "mailto:…" 地址: the address shown stays)
    ("HYPERLINK", r"HYPERLINK[ \t]*+(?:\\[a-z][ \t]*+)*+(?:\"[^\"\n]{0,300}\"[ \t]*+)?"
                  r"(?:\\[a-z][ \t]*+(?:\"[^\"\n]{0,200}\"[ \t]*+)?)*+"),
    # a form's fields and an embedded object, which write no text of their own (FORMCHECKBOX 是, EMBED Excel.Sheet.12)
    ("FORM", r"FORM(?:CHECKBOX|TEXT|DROPDOWN)[ \t]?"),
    ("EMBED", r"EMBED[ \t]+[A-Za-z]+(?:\.[A-Za-z]+)*+(?:\.[0-9]+)?[ \t]*+(?:\\\*[ \t]*+MERGEFORMAT[ \t]*+)?"),
    # (a contents entry's reference to its heading's page, its bookmark and switches: the page's number after them is
    # the field's result, the entry's own, and stays: 一、总体要求……PAGEREF _Toc… \h 2)
    ("PAGEREF", r"PAGEREF[ \t]*+(?:[A-Za-z_][A-Za-z0-9_]{0,40}+[ \t]*+)?(?:\\[a-z*][ \t]*+)*+(?=[0-9])|"
                r"PAGEREF\s*[^\n\p{Han}]{0,200}?(?=\p{Han}|$)"),
    ("MERGEFORMAT", r"MERGEFORMAT\s*[^\n\p{Han}]{0,200}?(?=\p{Han}|$)"),
    # a page's number as Word's field writes it (PAGE \* MERGEFORMAT 2, NUMPAGES \* 4), its result with it
    ("PAGE", r"(?:NUMPAGES|SECTIONPAGES|PAGE)[ \t]*\\\*[ \t]*(?:MERGEFORMAT|Arabic|ARABIC|roman|ROMAN)?[ \t]*[0-9]{0,4}"),
)

#: Markdown's bold pasted as plain text (今年以来,**接待游客86万人次**,同比…): its two delimiters, around words that
#: open and close with a word's character, with a space, a mark or the line's edge outside each (folded text).
#: A template's ** blanks stand against words (由**局和**办负责) or against marks on their inner side (姓名:**,): no span
EMPHASIS: Final = (r"(?:(?<=[\s,.;:!?、“‘(《【「『])|^)(?P<open>\*\*)(?=[\p{Han}A-Za-z0-9“(《【])[^*\n]{2,80}?"
                   r"(?<=[\p{Han}A-Za-z0-9”)》】。.!?])(?P<close>\*\*)(?=[\s,.;:!?、”’)》】」』]|$)")

#: Markdown's highlight (a note app's or a reader's mark: ==群众的感受是标准==): its two delimiters around words that
#: open and close with a word's character or a closing mark, none of them an = (a rule of ===== is no highlight)
HIGHLIGHT: Final = (r"(?<!=)(?P<open>==)(?=[\p{Han}A-Za-z0-9“(《])[^=\n]{1,300}?(?<=[\p{Han}A-Za-z0-9”)》。!?])"
                    r"(?P<close>==)(?!=)")

#: a site's watermark glued to the end of a line (or filling it): its name, maybe a tagline,
#: and its address, after a space or a sentence end (…学生心里。 某某网 www.example.com)
WATERMARK: Final = (
    r"(?:^|(?<=[ \t。!?;]))[ \t]*(?:\p{Han}{2,12}[ \t]*[—|,_-]?[ \t]*){0,2}"
    r"(?i:https?://|www\.)[A-Za-z0-9./_?=&%#:~-]{3,200}[ \t]*$"
)

#: a site's banner glued before a line's text (its name, a tagline, its address), the text
#: following at once (秘书之家—每日更新 www.example.com在全县…)
BANNER: Final = (
    r"^[ \t]*+[^\n。,!?;:]{0,40}?(?i:https?://|www\.)[A-Za-z0-9./_?=&%#:~-]{3,200}+[ \t]*+(?=[^\s)\]】])"
)

#: a social post's control to fold it again, glued after its last sentence ([收起d], 收起全文c: the letter its icon
#: leaves): no evidence about the line it stands on, which is the post's last
FOLD_CONTROL: Final = r"(?<=[。!?…])[ \t]*+[\[【]?收起(?:全文)?[a-z]?[\]】]?[ \t]*$"

#: a site's notice set in brackets, inside a sentence or filling a line: where the text was taken from with
#: an address or a plea to credit it, an invitation to the site ((本文来源:某网 x.cn 转载请注明出处),
#: 【更多范文请访问 某网 www.x.cn】); a source named without them ((来源:县统计局)) is the text's own, but not one
#: that names the text 本文 (【本文来自某某范文网】): a document never says in brackets where it was taken from
BRACKETED_NOTICE: Final = (
    r"[(【\[][^()【】\[\]\n]{0,60}?(?:转载|请注明出处|www\.|WWW\.|https?://|HTTPS?://|请访问|请关注|"
    r"本文(?:来自|来源|转自|出自))"
    r"[^()【】\[\]\n]{0,60}[)】\]]"
)

#: an editor's lead-in: one sentence that says the site gathered the text for the reader
#: (下面是小编为大家整理的…,供大家参考。): what marks the sentence, in forms each led by a literal
#: (what stands before it read behind it), because the regex engine searches for a literal at C
#: speed and tries an alternation at every position; a match only says which sentence is one
EDITOR_SENTENCES: Final = (
    r"(?<=下面|以下|这)是[^。!?\n]{0,60}?(?:整理|收集|搜集|精选|推荐|分享|编辑|汇编|准备)(?:了|的)",
    r"小编",
    r"(?<=精|用)心为(?:大家|你|您)",
    r"为(?:大家|你|您)(?:精心|用心)?(?:整理|收集|搜集|精选|推荐|准备|带来|分享)(?:了|的)",
)

#: a compilation's label of one of its pieces (篇一, 篇2, 第三篇)
PIECE_LABEL: Final = r"篇(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})|第(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})篇"
#: a compilation's item label glued to the body: a title, then 篇一 / 篇1, right before
#: a numbering marker or the line end (…工作计划篇一一、指导思想)
COMPILATION_LABEL: Final = r"篇(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?=[一二三四五六七八九十]{1,3}、|[ \t]*$)"

#: words that name a file or script, not a thing a document speaks of: a site injects
#: them as keywords (…议程:工作会议主持词)
FILE_GENRE_WORDS: Final = r"(?:主持词|主持稿|讲话稿|发言稿|演讲稿|致辞稿|串词|范文|模板|大全)"

#: a note that the text stops here because the site cut it
TRUNCATION_NOTE: Final = (
    r"[(（]?(?:(?:请)?(?:登录|登陆|注册|开通会员|购买|付费)(?:后|以后)?(?:查看|阅读|下载|浏览)(?:全文|完整版|更多|剩余内容)|"
    r"未完待续|全文(?:请)?(?:登录|下载)(?:后)?(?:查看|阅读))[)）]?"
)


#: the rules whose lines are page breaks (a page's number): a running header stands beside them
PAGE_BREAK_RULES: Final = frozenset(rule.name for rule in GENERIC_RULES if rule.page_break)
