"""Document-site noise, as data: one entry per site or generic pattern.

Each :class:`NoiseRule` names a piece of boilerplate that sites wrap around a
speech (a file-name line, an uploader line, a share sentence, a footer block, a
truncation note) and what it says about the document (file name, site, page
count, keywords, that the preview was cut). Named groups of a pattern say what
it reads: ``file_title``, ``site``, ``pages``, ``keywords``. Supporting a new
site is a new entry here; :mod:`speechparse.clean.sites` applies the table.

Patterns are ``regex`` source for *folded* text (:mod:`speechparse.widths`:
``，`` is written ``,``, ``（）`` as ``()``), compiled with ``MULTILINE``. The
strings in them are facts about the sites, observed on stored pages (see
``../shared/noise/catalogue.md``).

Every pattern is either anchored at a line start, with the line's indentation
read possessively (``^[ \t]*+``, never given back), or starts with a literal, and
none nests unbounded quantifiers, so none can backtrack catastrophically on a
long line; rules that also take the spaces before a match say so with
``spaces_before`` instead of a leading ``[ \t]*``.

Kinds: ``line`` removes the matched line with its line break; ``span`` removes
just the match; ``to_end`` removes from the match to the end of the text (a
footer). ``where`` limits a rule to the head or the tail of the text, where that
kind of boilerplate sits, so the same words in the body are safe. ``meta``
removes nothing and only reads what a match says (another rule removes it).
"""

from __future__ import annotations

from typing import Final

from attrs import frozen

LINE, SPAN, TO_END, META = "line", "span", "to_end", "meta"
HEAD, TAIL, ANYWHERE = "head", "tail", "anywhere"


@frozen
class NoiseRule:
    """One kind of site boilerplate."""

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


#: how far the head and the tail reach (characters); the head runs on to the end of
#: the line it stops in, but never more than MAX_HEAD_LINE further
HEAD_CHARS: Final = 2500
TAIL_CHARS: Final = 2500
MAX_HEAD_LINE: Final = 2000

_FILE = r"(?i:docx?|pptx?|pdf|xlsx?|txt|wps)"
_DATE = r"\d{4}-\d{1,2}-\d{1,2}"
_SIZE = r"[\d.]+\s*[KMG]?B"

NOISE_RULES: Final[tuple[NoiseRule, ...]] = (
    # ---- DocBox family: 淘文阁 / 三一办公 / 文客久久 / 163文库 (and 得力文库, 冰点文库)
    NoiseRule("docbox.file_name", rf"^[ \t]*+(?P<file_title>\S[^\n]{{0,120}}?\.(?:{_FILE}))[ \t]*$"),
    NoiseRule("163wenku.uploader", r"^上传人\(卖家\):", META, site="163文库"),
    NoiseRule("docbox.uploader", r"^上传人(?:\(卖家\))?:[^\n]*?文档编号:\s*\d+[^\n]*?页数:\s*(?P<pages>\d+)[^\n]*$"),
    NoiseRule("docbox.actions", r"^[ \t]*+(?:返回\s+)?下载\s+相关\s+举报[ \t]*$"),
    NoiseRule("docbox.page_caption", rf"^[^\n]{{1,160}}\.(?:{_FILE})_第\d+页[ \t]*$"),
    NoiseRule("docbox.page_count", r"^[ \t]*+第\d+页\s*/\s*共(?P<pages>\d+)页[ \t]*$"),
    NoiseRule("docbox.more", r"^[ \t]*+(?:点击查看更多>>|资源描述|内容预览:?)[ \t]*$"),
    NoiseRule("docbox.share_sentence",
              r"^[ \t]*+《(?P<file_title>[^\n]+)》由会员分享,可在线阅读,更多相关《[^\n]+?\((?P<pages>\d+)页珍藏版\)》"
              r"请在(?P<site>[^\n]+?)上搜索。[ \t]*$"),
    NoiseRule("docbox.promo", r"精选优质文档-{1,3}倾情为你奉上", SPAN, ANYWHERE),
    NoiseRule("docbox.footer", r"^-[ \t]*(?:配套讲稿|特殊限制|关\s*键\s*词):", TO_END, TAIL),
    NoiseRule("docbox.keywords", r"^-[ \t]*关\s*键\s*词:[ \t]*\n-[ \t]*(?P<keywords>[^\n]+)$", META, TAIL),
    NoiseRule("docbox.limit", r"^[ \t]*+限制\d+内[ \t]*$", where=TAIL),
    # 三一办公 download page
    NoiseRule("31ppt.welcome", r"^[ \t]*+欢迎来到[^\n]*[!]\s*\|\s*帮助中心[^\n]*$", site="三一办公"),
    NoiseRule("31ppt.menu", r"^[ \t]*+•[ \t][^\n]{0,40}$"),
    NoiseRule("31ppt.resource", r"^[ \t]*+•[ \t]*资源(?:ID|格式):(?=(?:[^\n]*?全文页数:\s*(?P<pages>\d+))?)[^\n]*$"),
    NoiseRule("31ppt.download", r"^[ \t]*+(?:快捷下载[^\n]*|会员登录下载|三方登录下载:[^\n]*|下载资源需要\d+金币|邮箱/手机:|"
                                r"温馨提示:|用户名和密码都是[^\n]*|支付方式:[^\n]*|验证码:[^\n]*|加入VIP免费专享|账号:|"
                                r"密码:|忘记密码\?|友情提示|全部分类|ImageVerifierCode[^\n]*)[ \t]*$"),
    NoiseRule("31ppt.tips", r"^[ \t]*+\d、(?:PDF文件下载后|本站不支持迅雷下载|本站资源下载后的文档|试题试卷类文档)[^\n]*$"),
    # ---- 人人文库
    NoiseRule("renrendoc.page_caption", r"^[^\n]{1,120}_第\d+页[ \t]*$"),
    NoiseRule("renrendoc.read_more", r"^[ \t]*+已阅读\d+页,还剩(?P<pages_left>\d+)页未读\s*继续免费阅读[ \t]*$",
              site="人人文库", truncated=True),
    NoiseRule("renrendoc.preview_end", r"^[ \t]*+全文预览已结束[ \t]*$", where=ANYWHERE, truncated=True),
    NoiseRule("renrendoc.download", r"^[ \t]*+(?:下载本文档|文档简介)[ \t]*$"),
    NoiseRule("renrendoc.copyright", r"^[ \t]*+版权说明:本文档由用户提供并上传,收益归属内容提供方[^\n]*$", site="人人文库"),
    NoiseRule("renrendoc.filler", r"[罿-羈聿-肈腿-膈艿-芈荿-莈葿-蒈蕿-薈虿-蚈蝿-螈衿-袈]{12,}", SPAN, ANYWHERE,
              requires="renrendoc.download", folded=False),
    NoiseRule("word.field_code", r"TOC\s*\\o\s*\"\d-\d\"\s*(?:\\[hzu]\s*)*", SPAN, ANYWHERE),
    # ---- 360文档中心
    NoiseRule("360docs.collection", r"^(?:[^\n]{2,60}\n(?:[ \t]*\n)*)?[ \t]*合集下载[ \t]*$", site="360文档中心"),
    NoiseRule("360docs.disclaimer",
              r"^[ \t]*+\d\.\s*\d、(?:下载文档前请自行甄别|\"仅部分预览\"的文档|如文档侵犯您的权益)[^\n]*$"),
    # ---- 爱问共享资料
    NoiseRule("iask.actions", r"^[ \t]*+(?:举报|开通vip)[ \t]*$"),
    NoiseRule("iask.heading", r"\A[ \t]*首页[ \t]+[^\n>]{4,80}$"),
    NoiseRule("copy.page_footer", r"第\s*\d+\s*页\s*共\s*\d+\s*页[ \t]*|共\s*\d+\s*页\s*第\s*\d+\s*页[ \t]*",
              SPAN, ANYWHERE),
    # ---- 腾讯文库
    NoiseRule("qqdocs.search", r"^[ \t]*+腾讯文库搜索-[^\n]*$", site="腾讯文库"),
    # ---- 老秘网 and its mirrors (Discuz forums)
    NoiseRule("discuz.chrome", r"^[ \t]*+(?:关灯|开启左侧|\[复制链接\]|公文写作培训班)[ \t]*$"),
    NoiseRule("discuz.post_line", r"^[^\n]+\s发表于\s\d{4}-\d{1,2}-\d{1,2}\s[\d:]+\s*\|[^\n]*$"),
    NoiseRule("discuz.edited", r"^[ \t]*+本帖最后由\s[^\n]+?\s于\s[\d\- :]+\s编辑[ \t]*$", where=ANYWHERE),
    NoiseRule("laomiw.banner",  # a line of book advertisements: 《…》作者… 《…》作者…
              r"^[ \t]*+(?:文稿修改演播室[^\n]*|(?=(?:[^\n]*?作者){2})(?=(?:[^\n]*?《){3})[^\n。!?]*)$",
              site="老秘网"),
    NoiseRule("table.border", r"^[ \t|]*\|[ \t|]*$", where=ANYWHERE),
    # ---- 稿子汇 / 公文汇 watermarks
    NoiseRule("gaozihui.watermark",
              r"(?:稿子汇|公文汇)[ \t]*www\.(?:gaozihui|gongwenhui)\.com[ \t]*|稿子汇,范文学习文库[ \t]*",
              SPAN, ANYWHERE, site="稿子汇", spaces_before=True),
    NoiseRule("site.contribute", rf"^[ \t]*+时间:\s*{_DATE}[^\n]*我要投稿[ \t]*$"),
    # ---- 6dgww and other 公文 portals
    NoiseRule("6dgww.found_title", r"^[ \t]*+发现文章标题:[^\n]*?-免费下载[ \t]*$"),
    NoiseRule("6dgww.ad", r"^[ \t]*+公文高手,超级方便的公文写作神器!\s*立即了解[ \t]*$"),
    NoiseRule("paywall.unfinished", r"^[ \t]*+\(未完,全文共\d+字,当前显示\d+字\)[ \t]*$", where=ANYWHERE, truncated=True),
    NoiseRule("paywall.notice", r"^[ \t]*+\(请认真阅读下面的提示信息\)[ \t]*$", where=ANYWHERE),
    NoiseRule("02465.category", r"(?<=\A[ \t]*\p{Han}[^\n|]{5,80})\|[^|\n]{2,12}$", SPAN),
    # ---- 谢谢帮 / 写写帮文库
    NoiseRule("xiexiebang.intro", r"^[ \t]*+简介:[^\n]*小编为你整理了[^\n]*$", site="写写帮文库"),
    NoiseRule("xiexiebang.piece",
              r"^第[一二三四五六七八九十]+篇:[ \t]*(?P<piece>[^\n]{2,80}?)[ \t]*\n(?=(?:[ \t]*\n)*[ \t]*(?P=piece)[ \t]*$)",
              SPAN, ANYWHERE),
    NoiseRule("xiexiebang.bullet", r"^[ \t]*+[l§Ø][ \t]*$", where=ANYWHERE),
    # ---- CNKI mirrors
    NoiseRule("cnki.preview", r"^[ \t]*+论文部分内容阅读[ \t]*$", site="知网文摘镜像"),
    NoiseRule("cnki.translation", r"^[ \t]*+[A-Za-z][^\n\p{Han}]{40,}$", where=ANYWHERE, requires="cnki.preview"),
    NoiseRule("cnki.body_mark", r"^(?:【正】|<正>)", SPAN),
    NoiseRule("cnki.fields", r"^[ \t]*+【(?:期刊名称|年\(卷\),期|总页数|作者单位|正文语种|中图分类)】[^\n]*$"),
    # ---- wmjy and other 文秘 sites
    NoiseRule("wmjy.bar", r"^[ \t]*+【?以稿换稿】[^\n]*加入会员】?[ \t]*$"),
    NoiseRule("comments", r"^[ \t]*+(?:手机扫码阅读本文|用户评论|相关文章|请输入验证码|APP下载|"
                          r"\(以下评论仅代表网友意见,与本站立场无关\)|网友评论共\s*\d*\s*条?)[ \t]*$", where=TAIL),
    # ---- traditional-Chinese SEO farms: pinyin glosses after characters (领(lǐng)导(dǎo))
    NoiseRule("seo.pinyin_gloss", r"(?<=\p{Han})(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6}\))+", SPAN, ANYWHERE,
              min_matches=3),
    # ---- fx361 journal mirror
    NoiseRule("fx361.byline", rf"^{_DATE}(?:\s\d{{2}}:\d{{2}})?[\p{{Han}}·]{{2,12}}[ \t]*$"),
    NoiseRule("fx361.issue", r"^[^\s\n]+\s\d{4}年\d+期[ \t]*$"),
    NoiseRule("journal.keywords", r"^[ \t]*+关键词:[ \t]*(?P<keywords>[^\n]*)$"),
    # ---- novel-mode reader footer
    NoiseRule("reader.footer", r"^Loading\.\.\.[ \t]*$", TO_END, TAIL),
    NoiseRule("reader.more", r"^[ \t]*+(?:<!--go-->|本章未完,请点击下一页继续阅读\s*>>)[ \t]*$", where=TAIL,
              truncated=True),
    # ---- 天天文库, 淘文库, 原创力 (book118), 51公文 and other doc sites
    NoiseRule("site.welcome", r"^[ \t]*+欢迎来到(?P<site>[^\s!\n|]{2,12})!?[ \t]*$"),
    NoiseRule("docsite.history", r"^[ \t]*+(?:浏览记录|手机版|正文复制)[ \t]*$"),
    NoiseRule("docsite.name_line", r"^[ \t]*+(?:三一办公|淘文阁|文客久久|163文库|人人文库|天天文库|淘文库|原创力文档|写写帮文库|360文档中心)[ \t]*$"),
    NoiseRule("docsite.id", r"^[ \t]*+ID:\s*\d+[ \t]*$"),
    NoiseRule("docsite.size", rf"^[ \t]*+(?:-[ \t]*)?(?:大小:\s*)?{_SIZE}[ \t]*$"),
    NoiseRule("docsite.pages", r"^[ \t]*+页数:\s*(?P<pages>\d+)\s*页?[ \t]*$"),
    NoiseRule("docsite.upload_share",
              r"^[ \t]*+《(?P<file_title>[^\n]+)》由会员上传分享,免费在线阅读,更多相关内容在[^\n]*?-?(?P<site>[^\s\n-]+)。[ \t]*$"),
    NoiseRule("taowenku.published", rf"^[ \t]*+-[ \t]*{_DATE}\s*发布[ \t]*$"),
    NoiseRule("taowenku.disclaimer", r"^[ \t]*+-[ \t]*\d、本文档(?:由用户上传|内容版权归属)[^\n]*$", site="淘文库"),
    NoiseRule("docsite.qq", r"^[ \t]*+-?[ \t]*网站客服QQ:\s*\d+[ \t]*$"),
    NoiseRule("book118.file_name", rf"^[ \t]*+(?P<file_title>\S[^\n]{{0,120}}?\.(?:{_FILE})VIP)[ \t]*$",
              site="原创力文档"),
    NoiseRule("book118.pages", r"^[ \t]*+•[ \t]*约\s*(?P<pages>\d+)\s*页[ \t]*$"),
    NoiseRule("51gongwen.footer", rf"^[ \t]*+{_SIZE}\s+(?P<pages>\d+)\s*页\s+\S+[ \t]*$", where=TAIL),
    NoiseRule("docsite.date_line", rf"^[ \t]*+{_DATE}[ \t]*$", where=ANYWHERE),
    NoiseRule("docsite.fullness", r"\(全文\d+字\)", SPAN, spaces_before=True),
    NoiseRule("fanwen.sample_number", r"^[ \t]*+【[范範]例[一二三四五六七八九十\d]+】[ \t]*$"),
    # ---- editors' boilerplate of 范文 sites (小编, 导语, 前言)
    NoiseRule("fanwen.editor",
              r"下面是小编为(?:大家|你)整理的[^\n]{0,120}?供(?:大家|你)参考[。.!]?[ \t]*", SPAN, spaces_before=True),
    NoiseRule("fanwen.lead", r"^[ \t]*+(?:导语|前言):[^\n]*?(?:网友上传|本站|客服)[^\n]*$"),
    NoiseRule("fanwen.source_line", rf"^[ \t]*+来源:[^\n]*?时间:\s*{_DATE}[^\n]*$"),
    NoiseRule("fanwen.decorated_file_name", r"^[^\n]{4,80}\((?:精选文档|完整版|精编版|word可编辑|可编辑版?|最新版)\)[ \t]*$"),
    NoiseRule("site.share_by", r"^[ \t]*+[\p{Han}]{2,3}分享[ \t]*$"),
    # ---- breadcrumbs, publication lines, navigation
    NoiseRule("nav.breadcrumb_category",  # the breadcrumb, then its last element again as the page's category
              r"^[ \t]*+(?:您的)?当前位置:[^\n]*?(?:>>|>)\s*(?P<last>[^\s>\n]{2,12})[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P=last)[ \t]*$"),
    NoiseRule("nav.breadcrumb", r"^[ \t]*+(?:您的)?(?:当前位置|首页)\s*[:>][^\n]*$"),
    NoiseRule("nav.breadcrumb_arrows", r"^[^\n。,]{0,30}(?:>>|>)[^\n。,]{0,60}(?:>>|>)[^\n。,]*$"),
    NoiseRule("nav.site_home", r"^[^\n]{0,20}网站首页[^\n]*$"),
    NoiseRule("publish.time", rf"^[ \t]*+(?:更新|发布|发行|发表|上传)?时间:\s*{_DATE}[^\n]*$"),
    NoiseRule("publish.timestamp", r"^[ \t]*+\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}时\d{1,2}分[ \t]*$"),
    NoiseRule("publish.editor", r"^[ \t]*+(?:网站编辑|编辑|作者|来源|稿源)[ \t]*:[ \t]*[^\n,。]{0,24}$"),
    NoiseRule("publish.source_value", r"^[ \t]*+来源:[ \t]*\n[ \t]*[^\n\s]{1,12}[ \t]*$"),
    NoiseRule("publish.font_size", r"^[ \t]*+【字体:[^】]{0,20}】[ \t]*$"),
    NoiseRule("publish.share", r"^[ \t]*+(?:分享到?|打印|收藏):?[ \t]*$"),
    # ---- government portals: metadata table above the text, footer below it
    NoiseRule("gov.metadata", r"^[ \t]*+(?:索引号|组配分类|信息分类|主题分类|发布机构|生成日期|发文日期|成文日期|发布日期|"
                              r"生效时间|废止时间|有效性|公开方式|公开范围|信息来源|浏览次数|内容概述|名称|文号)[ \t]*:"
                              r"[^\n]*$"),
    NoiseRule("gov.category", r"^“[^”\n]{0,12}信息公开”[^\n]*$"),
    NoiseRule("gov.footer", r"^[ \t]*+\[?责任编辑:", TO_END, TAIL),
    NoiseRule("gov.print", r"^[ \t]*+(?:打印本页|关闭窗口|扫一扫在手机打开当前页|相关附件>>|相关链接>>)[ \t]*$", where=TAIL),
    # ---- legal databases (北大法宝)
    NoiseRule("pkulaw.citation", r"^[ \t]*+【法宝引证码】[^\n]*$", site="北大法宝"),
    NoiseRule("pkulaw.link", r"^[ \t]*+原文链接:\s*https?://\S+[ \t]*$"),
    # ---- newspapers: the wire dateline and the edition line after a published speech
    NoiseRule("news.dateline", r"\(新华社[\p{Han}]{0,6}\d{1,2}月\d{1,2}日电\)[ \t]*", SPAN, TAIL, spaces_before=True),
    NoiseRule("news.edition", r"《\s*[\p{Han}]{2,8}报\s*》\s*\(\s*\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}\s*版\s*\)[ \t]*",
              SPAN, TAIL, spaces_before=True),
    NoiseRule("news.photo_caption",
              r"(?<=[。!?])\d{4}年\d{1,2}月\d{1,2}日[^。\n]{0,160}。(?:[^。\n]{0,160}。){0,2}\s*"
              r"新华社记者\s*[\p{Han}·、 ]{2,12}?\s*/?\s*摄", SPAN, ANYWHERE),
    NoiseRule("news.photo_credit", r"^[ \t]*+\((?:资料图|图片来源[^)\n]*)\)[ \t]*$", where=ANYWHERE),
    # ---- residue of copying
    NoiseRule("copy.fence", r"^[ \t]*+`{2,}[ \t]*$", where=ANYWHERE),
    NoiseRule("copy.escaped_crlf", r"(?:x0dx0a)+[ \t]*", SPAN, ANYWHERE, spaces_before=True),
    NoiseRule("copy.page_number", r"^[ \t]*+(?:[-—–][ \t]*\d{1,3}[ \t]*[-—–]|第\s*\d+\s*页(?:\s*[,/]?\s*共\s*\d+\s*页)?|"
                                  r"\d{1,3}\s*/\s*\d{1,3}|\d{1,3})[ \t]*$", where=ANYWHERE),
)

#: canonical names of the sites a matched site string may mention
SITE_NAMES: Final[tuple[tuple[str, str], ...]] = (
    ("淘文阁", "淘文阁"), ("taowenge", "淘文阁"), ("三一办公", "三一办公"), ("31ppt", "三一办公"),
    ("文客久久", "文客久久"), ("wenke99", "文客久久"), ("163文库", "163文库"), ("人人文库", "人人文库"),
    ("天天文库", "天天文库"), ("淘文库", "淘文库"), ("中天办公", "中天办公网"), ("得力文库", "得力文库"),
    ("冰点文库", "冰点文库"), ("原创力", "原创力文档"), ("book118", "原创力文档"), ("写写帮", "写写帮文库"),
    ("360文档", "360文档中心"), ("爱问", "爱问共享资料"), ("老秘网", "老秘网"), ("稿子汇", "稿子汇"),
)
