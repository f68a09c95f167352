"""The site table: boilerplate of particular document sites, as data, one entry per site's habit.

Noise that any page may print (page numbers, breadcrumbs, publication lines,
paywall prompts …) is described by kind in :mod:`speechparse.vocab.noise` and
removed whatever the site; this table adds what only a known site prints, for
precision and for what it says about the document. Each :class:`NoiseRule`
names a piece of a site's boilerplate (an uploader line, a share sentence, a
footer block) and what it says (file name, site, page count, keywords, that the
preview was cut): named groups of a pattern read ``file_title``, ``site``,
``pages``, ``keywords``. Supporting a new site is a new entry here;
:mod:`speechparse.clean.table` applies the table, and ``site_rules=False``
leaves it out.

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

from speechparse.vocab.noise import (
    ANYWHERE,
    FILE_SIZE,
    ISO_DATE,
    META,
    SPAN,
    TAIL,
    TO_END,
    NoiseRule,
)
from speechparse.vocab.titles import FILE_EXTENSION

SITE_RULES: Final[tuple[NoiseRule, ...]] = (
    # ---- DocBox family: 淘文阁 / 三一办公 / 文客久久 / 163文库 (and 得力文库, 冰点文库)
    NoiseRule("163wenku.uploader", r"^上传人\(卖家\):", META, site="163文库"),
    NoiseRule("docbox.uploader", r"^上传人(?:\(卖家\))?:[^\n]*?文档编号:\s*\d+[^\n]*?页数:\s*(?P<pages>\d+)[^\n]*$"),
    NoiseRule("docbox.actions", r"^[ \t]*+(?:返回\s+)?下载\s+相关\s+举报[ \t]*$"),
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
    NoiseRule("31ppt.menu", r"^[ \t]*+•[ \t][^\n]{0,40}$", requires="31ppt.welcome"),
    NoiseRule("31ppt.resource", r"^[ \t]*+•[ \t]*资源(?:ID|格式):(?=(?:[^\n]*?全文页数:\s*(?P<pages>\d+))?)[^\n]*$"),
    NoiseRule("31ppt.download", r"^[ \t]*+(?:快捷下载[^\n]*|会员登录下载|三方登录下载:[^\n]*|下载资源需要\d+金币|邮箱/手机:|"
                                r"温馨提示:|用户名和密码都是[^\n]*|支付方式:[^\n]*|验证码:[^\n]*|加入VIP免费专享|账号:|"
                                r"密码:|忘记密码\?|友情提示|全部分类|ImageVerifierCode[^\n]*)[ \t]*$"),
    NoiseRule("31ppt.tips", r"^[ \t]*+\d、(?:PDF文件下载后|本站不支持迅雷下载|本站资源下载后的文档|试题试卷类文档)[^\n]*$"),
    # ---- 人人文库
    NoiseRule("renrendoc.read_more", r"^[ \t]*+已阅读\d+页,还剩(?P<pages_left>\d+)页未读\s*继续免费阅读[ \t]*$",
              site="人人文库", truncated=True),
    NoiseRule("renrendoc.download", r"^[ \t]*+(?:下载本文档|文档简介)[ \t]*$"),
    NoiseRule("renrendoc.copyright", r"^[ \t]*+版权说明:本文档由用户提供并上传,收益归属内容提供方[^\n]*$", site="人人文库"),
    NoiseRule("renrendoc.filler", r"[罿-羈聿-肈腿-膈艿-芈荿-莈葿-蒈蕿-薈虿-蚈蝿-螈衿-袈]{12,}", SPAN, ANYWHERE,
              requires="renrendoc.download", folded=False),
    # ---- 360文档中心
    NoiseRule("360docs.collection", r"^(?:[^\n]{2,60}\n(?:[ \t]*\n)*)?[ \t]*合集下载[ \t]*$", site="360文档中心"),
    NoiseRule("360docs.disclaimer",
              r"^[ \t]*+\d\.\s*\d、(?:下载文档前请自行甄别|\"仅部分预览\"的文档|如文档侵犯您的权益)[^\n]*$"),
    # ---- 爱问共享资料
    NoiseRule("iask.heading", r"\A[ \t]*首页[ \t]+[^\n>]{4,80}$"),
    # ---- 腾讯文库
    NoiseRule("qqdocs.search", r"^[ \t]*+腾讯文库搜索-[^\n]*$", site="腾讯文库"),
    # ---- 老秘网 and its mirrors (Discuz forums)
    NoiseRule("laomiw.banner",  # a line of book advertisements: 《…》作者… 《…》作者…
              r"^[ \t]*+(?:文稿修改演播室[^\n]*|(?=(?:[^\n]*?作者){2})(?=(?:[^\n]*?《){3})[^\n。!?]*)$",
              site="老秘网"),
    # ---- 稿子汇 / 公文汇 watermarks
    NoiseRule("gaozihui.watermark",
              r"(?:稿子汇|公文汇)[ \t]*www\.(?:gaozihui|gongwenhui)\.com[ \t]*|稿子汇,范文学习文库[ \t]*",
              SPAN, ANYWHERE, site="稿子汇", spaces_before=True),
    # ---- 6dgww and other 公文 portals
    NoiseRule("6dgww.found_title", r"^[ \t]*+发现文章标题:[^\n]*?-免费下载[ \t]*$"),
    NoiseRule("6dgww.ad", r"^[ \t]*+公文高手,超级方便的公文写作神器!\s*立即了解[ \t]*$"),
    NoiseRule("02465.category", r"(?<=\A[ \t]*\p{Han}[^\n|]{5,80})\|[^|\n]{2,12}$", SPAN),
    # ---- 谢谢帮 / 写写帮文库
    NoiseRule("xiexiebang.intro", r"^[ \t]*+简介:[^\n]*小编为你整理了[^\n]*$", site="写写帮文库"),
    # ---- CNKI mirrors
    NoiseRule("cnki.preview", r"^[ \t]*+论文部分内容阅读[ \t]*$", site="知网文摘镜像"),
    NoiseRule("cnki.translation", r"^[ \t]*+[A-Za-z][^\n\p{Han}]{40,}$", where=ANYWHERE, requires="cnki.preview"),
    NoiseRule("cnki.body_mark", r"^(?:【正】|<正>)", SPAN),
    NoiseRule("cnki.fields", r"^[ \t]*+【(?:期刊名称|年\(卷\),期|总页数|作者单位|正文语种|中图分类)】[^\n]*$"),
    # ---- wmjy and other 文秘 sites
    NoiseRule("wmjy.bar", r"^[ \t]*+【?以稿换稿】[^\n]*加入会员】?[ \t]*$"),
    # ---- 天天文库, 淘文库, 原创力 (book118), 51公文 and other doc sites
    NoiseRule("docsite.name_line", r"^[ \t]*+(?:三一办公|淘文阁|文客久久|163文库|人人文库|天天文库|淘文库|原创力文档|写写帮文库|360文档中心)[ \t]*$"),
    NoiseRule("docsite.upload_share",
              r"^[ \t]*+《(?P<file_title>[^\n]+)》由会员上传分享,免费在线阅读,更多相关内容在[^\n]*?-?(?P<site>[^\s\n-]+)。[ \t]*$"),
    NoiseRule("taowenku.published", rf"^[ \t]*+-[ \t]*{ISO_DATE}\s*发布[ \t]*$"),
    NoiseRule("taowenku.disclaimer", r"^[ \t]*+-[ \t]*\d、本文档(?:由用户上传|内容版权归属)[^\n]*$", site="淘文库"),
    NoiseRule("book118.file_name", rf"^[ \t]*+(?P<file_title>\S[^\n]{{0,120}}?\.(?:{FILE_EXTENSION})VIP)[ \t]*$",
              site="原创力文档"),
    NoiseRule("book118.pages", r"^[ \t]*+•[ \t]*约\s*(?P<pages>\d+)\s*页[ \t]*$"),
    NoiseRule("51gongwen.footer", rf"^[ \t]*+{FILE_SIZE}\s+(?P<pages>\d+)\s*页\s+\S+[ \t]*$", where=TAIL),
    # ---- legal databases (北大法宝)
    NoiseRule("pkulaw.citation", r"^[ \t]*+【法宝引证码】[^\n]*$", site="北大法宝"),
    NoiseRule("pkulaw.link", r"^[ \t]*+原文链接:\s*https?://\S+[ \t]*$"),
)

#: canonical names of the sites a matched site string may mention
SITE_NAMES: Final[tuple[tuple[str, str], ...]] = (
    ("淘文阁", "淘文阁"), ("taowenge", "淘文阁"), ("三一办公", "三一办公"), ("31ppt", "三一办公"),
    ("文客久久", "文客久久"), ("wenke99", "文客久久"), ("163文库", "163文库"), ("人人文库", "人人文库"),
    ("天天文库", "天天文库"), ("淘文库", "淘文库"), ("中天办公", "中天办公网"), ("得力文库", "得力文库"),
    ("冰点文库", "冰点文库"), ("原创力", "原创力文档"), ("book118", "原创力文档"), ("写写帮", "写写帮文库"),
    ("360文档", "360文档中心"), ("爱问", "爱问共享资料"), ("老秘网", "老秘网"), ("稿子汇", "稿子汇"),
)
