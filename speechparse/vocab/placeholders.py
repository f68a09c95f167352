"""Placeholders, as data: what a blank looks like, and the words around it that tell what it stands for.

A blank's kind is read from the words next to it, the way a reader reads it:
``X个`` is a count because a numeral must come before a measure word, ``全X``
a place because 全 ("the whole") takes a place, ``X同志`` a person because
同志 follows a name. Each :class:`CueClass` below is one such class of words,
taken from the language (its inventory and where it comes from are named in
``source``), never from a particular document. :mod:`speechparse.placeholders`
reads the longest word of any class that ends where the blank starts (the left
cue) and the longest that starts where it ends (the right cue), and lets the
stronger one decide.

**Precedence** (``strength``, larger wins; a tie goes to the right-hand word,
because in Chinese the head of a phrase comes last and the blank modifies it):

====  ================================================================
 85   the head of a place or its directly run bodies, its level blanked
      (``X长``, ``副X长``, ``X直各部门``): region
 80   a post in a chain of one person's posts (``副秘书长、X局长``): other
 75   第 before the blank: an ordinal, a number; an honour before the blank
      (``最美XX人``): other
 70   a measure word, unit, money or ratio word, ordinal word, count of
      years or span of time after the blank (``X个``, ``20XX吨``, ``X年来``,
      ``X日内``, ``X楼``, ``前X强``, ``课程X讲``); a quoted
      numbered slogan (``“X”工程``); ``X等X名``, a person heading a list
 65   a determiner of a place before the blank (全 我 本 该)
 60   the head noun after the blank: a title or a count of people
      (``X同志``, ``X、X两位同志``: person); a division, an organ, a
      function with its body, an issuer's code, a count of places
      (``X县``, ``X委``, ``XX公安局``, ``X政发〔…〕``, ``X、X两县``:
      region); a body named by its function, a company or project
      (``**局``, ``XX公司``: other); a place's organ written with its own
      name (``*某某市委``: the blank is a word before the name, other)
 55   a document's or a house's serial number (``〔20XX〕X号``,
      ``X路X号``); a self-introduction (我叫); a form's label of a
      name (``联系人:____``)
 50   a date word after the blank (年 月 日 季度 …); the minute of a
      time of day (``X时X分``); the day or month after a month's or
      year's figure (``X月X日``)
 45   a title before the blank (书记X); 我代表 before the blank (a body or
      place is represented); a year's shape (``20XX``, ``201x``, ``~``)
 40   a speech verb after a name (X讲话); what a place has or undergoes
      (X人民, X经济, XX的实际, XX的发展); what a person gives (×××的关心);
      a body one is led by (在XX的坚强领导下: a filtered name, other)
 35   a count or figure word before the blank (近 共 约, 增长 占 投资 …)
 30   a place verb before the blank (到 在 赴 来自 …)
 25   a common surname before the blank (``王XX``): a given name
 20   three blank characters, the length of a Chinese name (×××)
====  ================================================================

Three rules pair the two sides. An organ word after the blank (委 政府) is a
region, also with a place verb before the blank (来到X委), unless an
administrative division stands right before the blank (``省X委``,
``市X政府``): then the blank names a body of that place by its function,
which is ``other``. 年 after the blank is a date, unless a count word or a
verb of having stands before it (近X年, 已有X年): then it is a number of
years. A blank that stands for digits (``~``, or the end of a
year's digits: ``20XX``) is a date or a number whatever the other side says.

A blank with no cue at all is ``other``; a blank with no cue that is listed
with blanks that have one (``X、X两县``, ``X至X名``, a space between two blanks
of one name) takes the kind of the strongest of them.

Words that merely *begin* with a cue word are listed as classes with no kind
(项目 is not 项, 条件 is not 条, 安全 is not 全): being longer, they win the
longest-word race and block the shorter cue.

Patterns are ``regex`` source for folded text (:mod:`speechparse.widths`);
classes of words are alternations, longest first. Traditional characters are
read folded (:func:`speechparse.widths.fold`), so 書記 and 書记 both read 书记.
"""

from __future__ import annotations

from typing import Final

import regex
from attrs import frozen

from speechparse.vocab.chars import CLOSING_QUOTES

LEFT, RIGHT = "left", "right"
#: the left class of a division written right before a blank (省X委)
DIVISION_BEFORE: Final = "division_before"
#: the left class of a year's first digits (20XX)
YEAR_START_CLASS: Final = "year_start"
#: the left classes of counting and having (近X年, 有X年), and the right class of dates
COUNT_WORD_CLASS, HAVING_WORD_CLASS, DATE_WORD_CLASS = "count_word", "having_word", "date_word"
COUNT_OF_YEARS_CLASS: Final = "count_of_years"
CALENDAR_DATE_CLASS: Final = "calendar_date"
POST_IN_A_CHAIN_CLASS: Final = "post_in_a_chain"
FIGURE_WORD_CLASS, SURNAME_CLASS = "figure_word", "surname"
#: the right classes of the words a count is measured in (名, 个, 项) and of the units of measure (亩, 吨, 公里)
MEASURE_WORD_CLASS: Final = "measure_word"
UNIT_OF_MEASURE_CLASS: Final = "unit_of_measure"

# ---------------------------------------------------------------- what a blank looks like

#: placeholder tokens, in folded text: runs of X, ×, lower-case x (long runs
#: stand for big figures and phone numbers: xxxxxx万元, 电话:XXXXXXXX), 某某 (a
#: lone 某 is the writer's own "a certain", not a blank), ○○, □□, * and
#: underscores, and a ~ standing for a year. Which of them stand alone (not XJP,
#: Excel, 3×4, 二○○八, a * bullet) is decided in :mod:`speechparse.placeholders`.
#: Each is a form of its own, searched for by its character (○〇 by the pair): the regex engine
#: searches for a literal at C speed and tries an alternation at every position. No two forms
#: share a character, so their matches never overlap and, merged in order, are what one
#: alternation of them would find.
#: a template's named slot, in square brackets: its name says what to write and so its kind ([单位名称], [领导姓名],
#: [活动时间]); the first kind whose word the name holds wins (地区名称 names a place, 单位名称 a body). (Words in
#: 【】 are a page's labels and headings: 【施行日期】, 【军民共建单位】)
NAMED_SLOT_KINDS: Final = (
    ("person", ("姓名", "名字", "人名")),
    ("date", ("日期", "时间", "年份", "月份", "年度")),
    ("number", ("数字", "数据", "数量", "金额", "人数", "数值", "比例", "次数")),
    ("region", ("地区", "地名", "县名", "市名", "区域", "省份", "城市")),
    ("other", ("名称", "单位", "部门", "职务", "职称", "机构", "公司", "企业", "学校", "项目", "地点")),
)
NAMED_SLOT: Final = (r"\[\p{Han}{0,6}?(?:" + "|".join(word for _, words in NAMED_SLOT_KINDS for word in words)
                     + r")\]")
#: the brackets a template marks a blank with ([X]次, 12月【X】日), folded: the words beside them tell its kind, and a
#: value filled in replaces them too
SLOT_BRACKETS: Final = ("[]", "【】")
PLACEHOLDER_TOKENS: Final = ("X{1,20}", "×{1,11}", "x{1,20}", "某{2,3}", "[○〇]{2,4}", "□{2,20}", r"\*{1,4}", "_{2,}", "~",
                             NAMED_SLOT)
#: Latin words that start with X and are words, not blanks: X光, X射线, X波段 (a radar's band)
PLACEHOLDER_NOT_BEFORE: Final = r"光(?![伏明电谷荣辉彩大])|射线|线|染色体|型|轴|代(?!表)|波段"
#: the characters a blank is written with (for reading cues that hold a blank: X等X名)
BLANK_CHARS: Final = "XＸx×*"
#: between two blanks, these join them into one list whose members are alike:
#: X、X两县, X至X名, X和X同志
COORDINATORS: Final = ("以及", "、", "和", "及", "与", "或", "至", "到", "~", "-", "—")
#: the longest word between two coordinators of such a list
COORDINATED_ITEM: Final = 6

#: a point and the fraction after it: in XX.X% the unit after the fraction tells
#: what the whole number is
#: the longest fraction a blank's number may have after its decimal point (its digits or blank characters)
FRACTION_DIGITS: Final = 12
DECIMAL_FRACTION: Final = rf"\.\s?(?:[{BLANK_CHARS}]{{1,{FRACTION_DIGITS}}}|[0-9]{{1,{FRACTION_DIGITS}}})"
#: the start of a year written with digits, completed by the blank: 20XX, 201x, 19**
YEAR_START: Final = r"(?<![0-9])(?:19|20)[0-9]{0,2}"


def measure_words_and_units() -> str:
    """An alternation of the measure words, the units of measure and of money a count is written in (个, 名, 公顷, 吨,
    万元)."""
    return _words(MEASURE_WORDS, UNITS_OF_MEASURE, MONEY_UNITS)


def units_of_measure_and_money() -> str:
    """An alternation of the units of measure and of money a figure is written in (公顷, 吨, 万元)."""
    return _words(UNITS_OF_MEASURE, MONEY_UNITS)


def _words(*groups: tuple[str, ...]) -> str:
    """An alternation of the words of ``groups``, longest first, so the longest word wins."""
    unique = sorted({word for group in groups for word in group}, key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word) for word in unique)


# ---------------------------------------------------------------- number: after the blank

#: the symbols of units of measure (GB 3100-1993) a blank figure stands before in Latin letters (XXkV, XX.Xkm), with
#: those of frequency, data, rates and resolution a report on networks, storage and equipment counts in (XXTB, XXMHz)
UNIT_SYMBOLS: Final = ("km", "kV", "kW", "kWh", "MW", "MWh", "GW", "GWh", "mm", "cm", "m", "m²", "m³", "m2", "m3",
                       "kg", "mg", "mL", "ha", "t", "kVA", "MVA", "mAh", "Hz", "kHz", "MHz", "GHz",
                       "KB", "MB", "GB", "TB", "PB", "Mbps", "Gbps", "dpi")
UNIT_SYMBOL: Final = rf"(?:{_words(UNIT_SYMBOLS)})(?![A-Za-z])"
#: the letter of a national (G) or provincial (S) road's code before its figures (国道G3XX线, 省道S2XX线)
ROAD_CODE: Final = r"(?<![A-Za-z])[GS][0-9]{0,3}"
#: a county road's code is its letter X and three figures (县道X207线, X215线, 公路路线命名编号规则): the X is the
#: road's level, no blank, where 线 or 公路 follows the figures or 县道 stands before (a blank figure's X000余人 is one)
COUNTY_ROAD_FIGURES: Final = r"[0-9]{3}(?:(?=线|公路)|(?<=县道X[0-9]{3})(?![0-9]))"

#: a day's 号 has its month or a word of time before the blank (X月X号, 于XX号前, 至XX号), an ordinal's its 第
#: (某字第XX号), a door's its street (文化路X号); after any other words the blank and its 号 are a name's number, a
#: crop's variety or a craft's model (“丰麦XX号”, 远航X号、…), where the name closes with it: its quotation, or the list
#: of names it stands in (预计X号全部完成 dates the work, a verb before the blank)
NO_NAME_BEFORE_A_HAO: Final = "月日于在至到从是为和及或与、周第路街巷道弄里村组"
NUMBER_OF_A_NAME_CLASS: Final = "number_of_a_name"
#: what closes a name after its number's 号: a quotation's end, the next name of a list, 等 after the list
CLOSES_A_NUMBERED_NAME: Final = (*CLOSING_QUOTES, "、", "等")
#: the words after a year that name a school's class by the year it entered or leaves (2033级, 2033届)
COHORT_WORDS: Final = ("级", "届")
#: 量词, measure words a numeral must take before a noun (《现代汉语八百词》
#: "名词、量词配合表"; 人次 户次 批次 are the compound measure words of statistics)
MEASURE_WORDS: Final = (
    "个", "名", "位", "人", "户", "所", "座", "条", "项", "次", "件", "台", "辆", "头", "只", "匹", "羽",
    "株", "棵", "处", "间", "栋", "幢", "单元", "室", "套", "张", "本", "份", "篇", "册", "支", "场", "起", "例", "宗",
    "笔", "块", "片", "根", "架", "艘", "道", "门", "种", "类", "层", "段", "首", "幅", "枚", "颗", "粒", "口",
    "对", "双", "组", "群", "遍", "趟", "番", "回", "点", "封", "盏", "眼", "尾", "只", "顶", "扇", "台次",
    # (a product's models: 推出特色产品X款)
    "款",
    "人次", "户次", "批次", "架次", "车次", "频次", "万人次", "余人",
    # doses of a vaccine or a medicine (接种XXXX剂次); the classes a list is sorted into (分为X大类)
    "剂次", "剂", "大类", "小类",
    # the count of a vote (赞成X票, 得XX票)
    "票",
    # containers and a meal's servings counted as measures (发放大米XX袋, 宴请X桌, 一日三顿; not 包 杯 把 车, which
    # open words a blank stands before as often: XX包村, XX杯赛, XX把关, XX车间)
    "箱", "袋", "瓶", "桶", "盒", "罐", "桌", "顿",
    # trains, and the runs of a flight or a bus (开行XX列, 航班XXX班次)
    "列", "班次",
)
#: units of measure: 《中华人民共和国法定计量单位》 (1984; GB 3100–3102-1993)
#: with the 市制 units still used in official figures (亩 斤), and the units of time
UNITS_OF_MEASURE: Final = (
    "吨", "万吨", "千克", "公斤", "克", "斤", "公里", "千米", "米", "厘米", "毫米", "平方米", "平方公里",
    "平方千米", "立方米", "万立方米", "公顷", "亩", "万亩", "担", "升", "毫升", "千瓦", "千瓦时", "万千瓦", "兆瓦",
    "瓦", "千伏", "伏", "赫兹", "小时", "分钟", "秒", "天", "周", "个月", "岁", "摄氏度", "标箱",
    # the units of teaching and training hours
    "学时", "课时", "学分",
    # the units of concentrations and of loudness in reports on the environment
    "微克", "毫克", "纳米", "微米", "分贝",
)
#: money and ratios (人民币 units; GB/T 15835-2011 数字用法 for % and ‰), the
#: magnitudes that stand for a figure (X万农民) and the words of an
#: approximate figure (X余名, X多个, X左右)
#: (the sums of money, which no word but a figure's unit opens: a blank figure cut from them at a line's end is one)
MONEY_UNITS: Final = ("元", "万元", "亿元", "千元", "百元", "万亿元", "美元", "万美元")
MONEY_AND_RATIOS: Final = (
    *MONEY_UNITS, "角", "%", "‰", "倍", "成", "个百分点",
    "百分点", "个点",
    "万", "亿", "千", "百", "万亿", "千万", "百万", "十万",
    "余", "多", "左右", "以上", "以内",
)
#: ordinal words: what is numbered in order (届 期 批 轮 … 第X is read on the left)
ORDINAL_WORDS: Final = ("届", "期", "批", "轮", "年级", "号楼", "标段", "号文", "号文件", "号令",
                         # a floor, a room, a grade, a place in a ranking (X楼X会议室, X级, 前X强)
                         "楼", "会议室", "级", "强",
                         # a plenary session, numbered within its central committee's term (某届X中全会)
                         "中全会")
#: the words a figure counts or measures with (5起, 15期, 3万元): a figure before one is the text's count, no site's
#: variant number after a title's genre word (通报5起…), as a regex alternation
COUNTED_WORDS: Final = "|".join(regex.escape(word) for word in sorted(
    {*MEASURE_WORDS, *UNITS_OF_MEASURE, *ORDINAL_WORDS, *MONEY_AND_RATIOS}, key=len, reverse=True))
#: what a ~ after which a casual clause has ended: a modal particle (吧, 哦, 啦 …) or the reader addressed (你, 您); a
#: ~ there is the writer's tone (点个赞吧~, 希望能帮到你~有问题…), no blank, which a verb or a preposition stands
#: before (在~乘势而上, 总结~的工作)
TONE_BEFORE: Final = "吧哦啊呀哈啦呢嘛哟噢喔咯嘞哒呐你您"
#: a count of years, not a year: X年来, X年前, X周年
COUNT_OF_YEARS: Final = (
    "年来", "年前", "年后", "年间", "年多", "周年", "多年", "年以上", "年左右", "年之久", "个年头", "年时间",
    "年如一日", "年了", "年发展史", "年历程", "年风雨",
    # (a count of years in a written style: 扎根基层XX载, 十载春秋)
    "载",
    # years of service a person counts (××年党龄, X年教龄)
    "年党龄", "年工龄", "年教龄", "年军龄", "年驾龄",
)
#: a span of time to act within, not a date: X日内, X个工作日, X年内
DURATIONS: Final = ("日内", "日以内", "天内", "天以内", "个工作日", "工作日", "周内", "个月内", "年内", "年以内")

# ---------------------------------------------------------------- number: before the blank

#: words that count before a figure (《现代汉语八百词》: 共 近 约 满 …); before
#: X年 they make a count of years where 年 alone would make a date (近X年)
COUNT_WORDS: Final = (
    "共", "近", "将近", "接近", "约", "大约", "长达", "历时", "连续", "满", "经过", "达", "多达", "高达",
    "超过", "累计", "先后", "过去", "已经", "已",
    # a bound set to a figure (不少于X节, 不低于XX%, 高于X倍): the 于 of a comparison is no verb of place
    "不少于", "不低于", "不高于", "不多于", "不超过", "不足", "不到", "少于", "多于", "低于", "高于", "大于", "小于",
    # a term and how often (任期X年, 每X年, 每届X年, 为期X年), and the periods a rule or a contract sets
    # (有效期X年, 试用期X个月, 保质期X天)
    "每", "每届", "任期", "为期", "期限", "有效期", "试用期", "考察期", "观察期", "过渡期", "保质期", "保修期", "服务期",
    "建设期", "实施期",
    # a sentence's length, as a case made an example of states it (有期徒刑X年, 缓刑X年, 刑期X年)
    "徒刑", "缓刑", "刑期",
)
#: verbs of having: they take any object (有XX同志), so they show nothing alone,
#: but before X年 they make a count of years too (已有X年)
HAVING_WORDS: Final = ("有", "已有", "共有", "拥有", "具有", "还有", "只有", "没有", "仅有")
#: verbs of a span of time: before X年 they make a number of years, as 有 does (使用X年, 任职X年, 坚守X年)
SPAN_VERBS: Final = ("使用", "工作", "任职", "从事", "服役", "执教", "从教", "坚持", "服务", "运行", "居住",
                     "生活", "奋斗", "耕耘", "坚守",
                     # a cadre's time away at a post or in a village (挂职锻炼X年, 驻村X年)
                     "锻炼", "挂职", "驻村", "支教", "援疆", "援藏",
                     # a verb's 了 before a span (工作了X年, 教了××年书): what has gone on so long
                     "了",
                     # the time a thing takes or took (用X年建成, 一干就是××年, 仅X年, 整整X年)
                     "用", "花", "就是", "仅仅", "足足", "整整", "历经")
#: the date word that a count word or a verb of having before the blank turns
#: into a count (X年 is a year; 近X年, 有X年 a number of years)
COUNTABLE_DATE_WORDS: Final = frozenset({"年", "日", "天"})
#: figure words of reports: the blank after them is an amount or a rank
FIGURE_WORDS: Final = (
    "增长", "下降", "增加", "减少", "提高", "降低", "排名", "占", "完成", "投资", "总投资", "合计",
    "总计", "共计", "仅", "新增", "达到", "突破", "同比", "环比", "实现", "总额", "总值", "产值", "面积",
    "收入", "人口", "规模",
    # a change to a figure (下降到X微克: 到 is no verb of place there)
    "下降到", "增加到", "提高到", "降低到", "缩短到", "增长到", "上升到", "扩大到", "减少到", "控制在",
)

# ---------------------------------------------------------------- date

#: date and period words after a blank (GB/T 7408 dates and times; 年度 季度
#: 上半年 of plans and reports); X年以来 is *since* a year, a date
DATE_WORDS: Final = (
    "年", "月", "日", "号", "时", "季度", "年度", "上半年", "下半年", "上旬", "中旬", "下旬", "年底", "年初",
    "年末", "月底", "月初", "月份", "年以来", "年以前", "期间", "时期",
)

# ---------------------------------------------------------------- region

#: administrative divisions (GB/T 2260 levels: 省 自治区 直辖市, 市 地区 自治州
#: 盟, 县 自治县 旗 市辖区, 乡 镇 街道 苏木; 村 社区 嘎查 of 《村民委员会组织法》
#: 《城市居民委员会组织法》), and the zones named by place (国家级开发区目录:
#: 开发区 高新区 园区 …)
DIVISIONS: Final = (
    "省", "自治区", "直辖市", "市", "地区", "盟", "自治州", "州", "县", "自治县", "旗", "自治旗", "区",
    "新区", "林区", "特区", "镇", "乡", "民族乡", "苏木", "街道", "村", "社区", "嘎查", "屯", "片区",
    "开发区", "经济开发区", "高新区", "经开区", "园区", "工业园", "工业园区", "产业园", "示范区", "试验区",
    "保税区", "综合保税区", "乡镇", "县区", "县市区", "市县", "村组",
    # (the regions a plan joins around a city: XX都市圈, XX城市群)
    "都市圈", "城市群",
)
#: the kinds of named places that are no division: natural features and old settlements (GB/T 17693 地名 通名:
#: 峡谷; 古镇 古村 of 《历史文化名城名镇名村保护条例》). Not the works and sites a body runs (水库, 景区, 湿地
#: 公园): those are projects' names; nor a feature of one character, the first of many words (江北, 河南, 湖北)
NAMED_PLACES: Final = ("峡谷", "古村", "古村落", "古镇", "古城")
#: the organs of a place (《宪法》第三章 国家机构, 《中国共产党章程》, 政协章程):
#: a blank before them names the place whose organ they are (X委, X政府)
ORGANS_OF_A_PLACE: Final = (
    "委", "党委", "党工委", "工委", "纪委", "委员会", "人民政府", "政府", "人大", "人大常委会", "政协",
    "管委会", "常委会", "人民法院", "法院", "人民检察院", "检察院",
    # (a customs house, named by the port city it serves: XX海关)
    "海关",
    # the people's organisations and committees of a place (群团组织, 议事协调机构)
    "妇联", "文联", "侨联", "残联", "科协", "总工会", "团委", "文明委", "编委", "党校",
    # a county's or a city's people's armed forces department (《兵役法》: 县、市人民武装部), not a count of people
    "人武部", "人民武装部", "武装部",
    # a bureau's branch named by the district it serves (XX市公安局XX分局), a town's police station (XX派出所)
    "分局", "派出所",
    # a bank's branch named by the place it serves (XX支行, XX分行), and a county's own rural bank and credit union,
    # named by the county (XX农村商业银行, XX农商银行, XX农村信用社); a bank's brand alone (XX银行) names no place
    "支行", "分行", "农村商业银行", "农商银行", "农商行", "农村信用社", "农村信用合作社", "信用社",
    # the military district of a prefecture (XX军分区, XX警备区), and a port's border inspection station and maritime
    # bureau, named by the port (XX边检站, XX海事局)
    "军分区", "警备区", "边检总站", "边检站", "海事局",
)
#: determiners of a place before a blank: 全X (the whole X), 我X, 本X, 该X
PLACE_DETERMINERS: Final = ("全", "我", "本", "该")
#: verbs of place before a blank (《现代汉语八百词》: 到 在 赴 来自 …); a
#: parenthesised alternative after one is skipped: 返(来)X
PLACE_VERBS: Final = (
    "到", "来到", "在", "赴", "驻", "进驻", "走进", "深入", "来自", "返", "返回", "回到", "前往", "途经",
    "莅临", "落户", "扎根", "奔赴", "远赴", "视察", "走访", "去", "来", "离开", "路过", "于", "遍布", "位于",
    "地处", "坐落于",
    # (where people gather: 齐聚XX, 相约XX)
    "齐聚", "相聚", "相约", "做客",
)
#: what a place has, after a blank (X人民, X大地, X经济, 全X上下)
WHAT_A_PLACE_HAS: Final = (
    "人民", "群众", "干部群众", "父老乡亲", "儿女", "青年", "大地", "城乡", "上下", "各级", "各族", "境内",
    "全境", "经济", "社会", "基层", "实际", "高质量", "位于", "地处", "坐落", "文旅",
    # (its development, which a speech supports and tells of: 支持XX发展, 讲好XX发展故事)
    "发展",
    # (its scenery, which a host's words invite guests to: 丈量XX的美丽风景, XX山水; and its public causes: XX体育事业)
    "山水", "风光", "风景", "美景", "山川", "美丽", "体育事业", "教育事业", "文化事业", "卫生事业",
)
#: names a place gives to what is its own, after a blank (XX模式, “XX好人”, XX籍, 《XX日报》, XX经验)
NAMES_AFTER_A_PLACE: Final = ("模式", "经验", "做法", "好人", "楷模", "籍", "故事", "名片", "样板", "特色", "篇章",
                               # (a place's own media: a county's or a city's station and centre bear its name)
                               "电视台", "广播电视台", "融媒体中心")
#: a place's paper (XX日报, XX晚报), known by what follows its name: a book title's or a quotation's close, a list's
#: mark, 等 or 社 (not 日报到 or 日报送 of a date: X月X日报送); the pace a place is praised for, quoted (“XX速度”); its
#: government's account, named by it (“XX发布”)
PAPER_OF_A_PLACE: Final = r"(?:日报|晚报)(?=[》”\"、,等社])|(?:速度|效率|发布|公安)(?=[”\"])"
#: the features of the land and the streets a place names (XX河, XX山, XX路, XX小区)
FEATURES_OF_A_PLACE: Final = ("河", "江", "湖", "山", "岛", "溪", "湾", "路", "街", "大道", "大街", "小区", "广场", "公园",
                               # (a road or a line named by the places it joins: xx至xx公路, XX高速)
                               "公路", "铁路", "高速",
                               # (and the gates a place opens to the world, named by it: XX机场, XX火车站, XX口岸)
                               "机场", "火车站", "高铁站", "口岸", "港区", "空港")
#: the first characters of the provinces named by a river, a lake or a mountain (河北, 湖南, 山东, 江苏): after
#: a feature's character they name a place of their own (*江北区委: the blank is a word before its name)
_PROVINCE_AFTER_A_FEATURE: Final = "(?<=[河湖山江])(?=[北南东西苏])"
#: qualities a place is built into, before a blank (平安XX, 美丽XX, 建设新XX)
QUALITIES_OF_A_PLACE: Final = ("平安", "美丽", "幸福", "健康", "文明", "法治", "数字", "智慧", "魅力", "宜居", "和谐",
                               "现代化", "新时代", "新", "美好", "美好的", "和美", "不夜", "活力", "书香", "千年")
#: what a place does or undergoes, after a blank and 的 (XX的脱贫攻坚, XX的明天)
WHAT_A_PLACE_DOES: Final = ("发展", "脱贫", "建设", "振兴", "面貌", "变化", "明天", "改革", "历史")
#: what a person gives or does, after a blank and 的 (×××的关心, XX的讲话)
WHAT_A_PERSON_DOES: Final = (
    "讲话", "重要讲话", "关心", "关怀", "事迹", "光临", "到来", "嘱托", "指示", "批示", "教诲", "帮助",
)
#: a count of places after a list: X、X两县, X等地
PLACES_SUMMED_UP: Final = rf"[等两三四五六七八九十几各]个?(?:{_words(DIVISIONS, ('地', '地区', '地方'))})"

# ---------------------------------------------------------------- person

#: titles of office (《党政领导干部选拔任用工作条例》, 《公务员职务与职级并行规定》
#: and the posts of schools, firms and associations), which follow a name
#: (X书记) or precede it (书记X), with 副 and 常务 before them
TITLES_OF_OFFICE: Final = (
    "书记", "主任", "部长", "局长", "厅长", "处长", "科长", "股长", "县长", "市长", "省长", "区长", "州长",
    "镇长", "乡长", "村长", "旗长", "主席", "总理", "委员", "常委", "秘书长", "巡视员", "调研员", "校长",
    "院长", "所长", "站长", "馆长", "社长", "台长", "行长", "组长", "队长", "团长", "会长", "理事长",
    "董事长", "总经理", "经理", "总裁", "厂长", "主管", "总监", "主委", "主编", "政委", "检察长", "庭长",
    "司令员", "部长助理", "主任委员",
    # (the commanders of a corps' units, fire and rescue's and police's: a 大队 is a unit, its 大队长 a person)
    "总队长", "支队长", "大队长", "中队长",
)
#: forms of address after a name (《现代汉语词典》 称谓)
FORMS_OF_ADDRESS: Final = (
    "同志", "先生", "女士", "老师", "同学", "师傅", "教授", "博士", "医生", "大夫", "阿姨", "院士",
    "学长", "学姐", "学弟", "学妹",  # (a school's older and younger students, addressed by name: XX学长)
    "老人",  # (an elder addressed by name in a greeting: 尊敬的××老人)
    "总",  # a firm's head addressed by the surname (X总)
    "代表",  # a deputy or a delegate addressed by name (X代表: 人大代表 answered, 党代表)
)
#: verbs a speaker's name comes before (X讲话, X指出)
SPEECH_VERBS: Final = (
    "讲话", "指出", "强调", "发言", "主持", "汇报", "表示", "介绍", "宣读", "通报", "致辞", "作重要讲话",
    "作报告", "作动员", "提出",
)
#: words that name a serial number before a blank (电话:X, 编号X)
SERIAL_NUMBER_WORDS: Final = (
    "电话", "联系电话", "手机", "手机号", "电话号码", "号码", "邮编", "邮政编码", "编号", "代码", "传真",
    "身份证号", "账号", "文号",
)
#: a self-introduction: the name follows
SELF_INTRODUCTION: Final = ("我叫", "名叫", "本人")
#: labels of a person's name in forms, lists and bylines (联系人:____, 姓名:X, 主持人:XXX)
PERSON_LABELS: Final = (
    "姓名", "联系人", "负责人", "主持人", "发言人", "报告人", "述职人", "经办人", "填表人", "申请人", "签名", "签字",
    "审核人", "审批人", "批准人", "责任人", "监督人", "推荐人", "法定代表人", "带班领导", "值班领导", "值班人员",
    # the people a meeting's minutes name (主持:XX, 出席:XX、XX, 记录:XX)
    "主持", "出席", "列席", "参加人员", "参会人员", "记录", "记录人", "缺席",
    # the people a form asks for (填报人:____, 承诺人:____)
    "填报人", "填表人", "填写人", "承办人", "联络人", "签收人", "承诺人", "制表人", "报送人",
    # who keeps a watch, checks, or leads a team, as a form's or a log's fields ask (交班人:____, 检查人(签字):____)
    "交班人", "接班人", "值班人", "检查人", "验收人", "考核人", "评分人", "领队",
    # who gives a lecture or a talk (主讲人:XX, 授课人:____)
    "主讲人", "授课人", "宣讲人", "讲解人",
    # who drafted a text, as its form or its end names them (执笔人:XX, 拟稿人:____)
    "执笔人", "起草人", "拟稿人", "撰稿人",
    # the people a talk's record or a party form names (谈话人:____, 谈话对象:XX, 入党介绍人:____)
    "谈话人", "谈话对象", "被谈话人", "谈心对象", "考察对象", "发展对象", "入党介绍人", "介绍人", "培养联系人",
    "见证人", "监护人", "代理人",
    # the people a meeting's record or a task's table names by their part (出席人员:____, 总协调:____)
    "出席人员", "列席人员", "缺席人员", "总协调", "协调人", "联络员",
)
#: the note a form sets between a person's label and its colon (检查人(签字):____)
#: (how the name is written: as in the passport, in Chinese, in pinyin)
#: (or the other role the field may name, in brackets: 法定代表人(负责人):____, 联系人(经办人):____)
PERSON_LABEL_NOTE: Final = (r"(?:\((?:签字|签名|盖章|签字盖章|签字、按手印|签字并按手印|手写|护照|中文|英文|拼音|全称)\)"
                            r"|\(\p{Han}{0,4}(?:人|者|主)\))?")
#: labels of a form's date fields (出生年月:____, 填表日期:____)
DATE_LABELS: Final = ("出生年月", "出生日期", "填表日期", "填报日期", "申报日期", "签发日期", "日期")
#: a form's labels of a place's name: the division whose name the field asks for (乡(镇)名称:____, 村名:____)
PLACE_LABELS: Final = ("乡(镇)名称", "乡镇名称", "镇名称", "村名称", "县(市、区)名称", "县(市区)名称", "县区名称",
                       "地区名称", "地名", "村名", "镇名", "县名", "市名", "所在地区", "所在地",
                       # (where a thing stands or is held: 活动地点:____, 不动产坐落:____)
                       "地点", "坐落")
#: the most common surnames (公安部户籍人口姓氏排名, the first hundred), less those that also are words
#: before a blank (周X: a weekday; 高 于 任 余 万 方 常 文 白 史 易 向 金 石 田 江 龙 武 段 夏 钱 严 康 付 叶
#: 程 雷 孔 莫 欧 乔 黎 贺 毛 汤 陶 邱 尹 覃): templates keep the surname and blank the given name (王XX, 冯××)
COMMON_SURNAMES: Final = (
    "王李张刘陈杨黄赵吴徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董潘袁蔡蒋杜魏苏吕丁卢姚沈钟姜崔谭陆范汪"
    "廖韦贾邹熊孟秦侯薛闫郝顾龚邵戴赖")
#: the first hundred surnames that are words as well (周, 高, 向 …): before 某某, the way a text keeps a person's
#: name back (周某某, 向某某家), they are surnames all the same
SURNAMES_ALSO_WORDS: Final = "周高于任余万方常文白史易向金石田江龙武段夏钱严康付叶程雷孔莫欧乔黎贺毛汤陶邱尹覃"
#: the surnames after the first hundred (公安部户籍人口姓氏排名, the second and third hundred, as far as they are
#: single characters), and the compound ones: a list made public masks a person's name whatever the surname
#: (伍*成, 欧阳**), and the shape of the masked item (its edges, the asterisks) says more than the surname's rank
MORE_SURNAMES: Final = (
    "阎芦牛温季俞章鲁葛伍申尤毕聂柴焦柳邢岳齐梅庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童甄项曲成游阳裴席"
    "卫查屈鲍位霍翁隋植甘景薄单包司柏宁柯阮桂闵解强丛华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来苟全褚廉简"
    "娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花艾蓝都巩井练仲乐虞卞封竺冼原官衣楚佟栗"
    "匡宗应台巫鞠桑荆谌银明沙伏岑习胥保和蔺")
COMPOUND_SURNAMES: Final = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
                            "司徒", "夏侯", "轩辕", "令狐", "端木", "西门", "南宫", "独孤", "呼延", "澹台", "万俟")
_TITLE = rf"(?:常务|执行)?副?(?:{_words(TITLES_OF_OFFICE)})(?![期达年效远久度])"
#: a count of people after a list of names: X、X两位同志, X等同志, X等领导
PEOPLE_SUMMED_UP: Final = (
    rf"(?:等|[两三四五六七八九十几各]位)(?:省|市|县|区|镇|乡)?"
    rf"(?:{_TITLE}|{_words(FORMS_OF_ADDRESS, ('领导', '嘉宾', '干部', '人'))})"
)

# ---------------------------------------------------------------- other

#: bodies named by their function (地方各级人民政府机构设置和编制管理条例: 局
#: 办 厅 部门 …): a blank right before the generic word is the function
#: (**局, 省*办), which is ``other``
#: (a county bureau's sections are its 股室, as a city's are its 科室)
BODIES_BY_FUNCTION: Final = ("局", "办", "办公室", "办公厅", "厅", "部门", "处室", "科室", "股室", "中心")
#: a body and its head after a blank: **局局长, X部部长, *办主任 (the blank is the
#: body's function; 部 and 处 alone are also measure words)
BODY_AND_ITS_HEAD: Final = (
    rf"(?:{_words(BODIES_BY_FUNCTION, ('部', '处', '科', '室', '所', '站'))})"
    r"(?:常务)?副?(?:局长|主任|厅长|部长|处长|科长|所长|站长|书记)"
)
#: the functions of a place's working bodies (地方政府工作部门 and 党委工作机关 as
#: the 2018 机构改革 named them; the people's organisations of 群团): a blank
#: before a function and its body names the place that owns it (XX公安局)
FUNCTIONS_OF_A_PLACE: Final = (
    "公安", "财政", "教育", "民政", "人社", "人力资源和社会保障", "自然资源", "生态环境", "住建",
    "住房和城乡建设", "交通运输", "交通", "水利", "水务", "农业农村", "农业", "商务", "文化和旅游", "文旅",
    "卫生健康", "卫健", "退役军人事务", "应急管理", "审计", "市场监管", "市场监督管理", "统计", "医保",
    "医疗保障", "林业", "体育", "文化", "广电", "信访", "扶贫", "乡村振兴", "发改", "发展改革", "发展和改革",
    "工信", "工业和信息化", "科技", "司法", "国资", "税务", "气象", "供销", "粮食", "档案", "机关事务",
    "政务服务", "数据", "大数据", "城管", "综合执法", "网信", "组织", "宣传", "统战", "政法", "编办",
    "纪检", "监察", "外事", "侨务", "民宗", "老干", "党史", "研究室", "保密", "安监", "安全生产", "环保",
    "国土", "规划", "城建", "房管", "物价", "工商", "质监", "食药监", "人防", "地震", "妇联", "工会",
    "残联", "科协", "文联", "侨联", "团",
)
#: the bodies a function is written before (局 办 委 部 …)
BODIES_OF_A_FUNCTION: Final = ("局", "厅", "委", "委员会", "部", "办", "办公室", "中心", "所", "站", "队", "支队", "大队")
#: the party's and the league's basic units (《中国共产党章程》第五章: set up in an enterprise, a village, an
#: organ or a school, and named by it, not by a place): a blank before them is the unit's name (XX党支部)
BASIC_UNITS: Final = ("党支部", "党总支", "党小组", "团支部", "团总支", "支部")
#: the levels of a disciplined force, each named by the place it serves (XX支队 of a city, XX大队 of a county): the
#: fire and rescue service's, the armed police's, the police's (总队 支队 大队 中队), a village's brigade of old
FORCE_UNITS: Final = ("总队", "支队", "大队", "中队")
#: companies (《公司法》, 《农民专业合作社法》), institutions, projects, brands
#: the kinds of a company (《公司法》, 《农民专业合作社法》), the last words of its name
KINDS_OF_COMPANY: Final = ("公司", "有限公司", "有限责任公司", "股份有限公司", "集团", "合作社")
#: the kinds of a works, a shop, an inn, a farm, named by their owner's word (某某石材加工厂, 某某酒店, XX养殖场)
KINDS_OF_BUSINESS: Final = ("厂", "店", "商店", "药店", "超市", "酒店", "宾馆", "饭店", "商行", "门市部", "农场", "养殖场",
                            "诊所", "会所", "俱乐部", "工作室", "餐厅", "旅行社", "加油站")
COMPANIES_AND_PROJECTS: Final = (
    *KINDS_OF_COMPANY, *KINDS_OF_BUSINESS, "分公司", "子公司", "企业", "银行",
    "项目", "商会", "协会", "学会", "研究会", "促进会", "基金会", "联合会",
    "工程", "品牌", "商标", "学校", "幼儿园", "小学", "中学", "大学", "学院", "医院", "卫生院",
    # (a platform named by its owner's brand: 在XX平台发布)
    "平台",
)
#: a numbered slogan in quotes: “XX”工程, “X”计划 (十三五, 三个一 …), and the
#: explanation of each of its numbers: “X”是…
NUMBERED_SLOGAN: Final = r"[”\"’](?:工程|计划|规划|行动|战略|项目|工作法|模式|体系|格局|布局|是)"

# ---------------------------------------------------------------- words that only begin like a cue

#: words that begin with a cue word and are something else; being longer they
#: win over the cue (项目 is not 项, 面临 not 面, 成效 not 成, 多次 not 多)
RIGHT_FALSE_FRIENDS: Final = (
    "个别", "名单", "名义", "名称", "名字", "名誉", "位置", "位列", "人员", "人才", "人事",
    "人社", "人们", "人生", "人类", "人士", "人物", "人心", "人居", "人文", "人口", "户籍", "户口", "户外", "户主",
    "家庭", "家乡", "家园", "家属", "家长", "家风", "家人", "家族", "家政", "所有", "所在", "所以", "所谓",
    "所属", "所得", "座谈", "条件", "条例", "条款", "条线", "次要", "次序", "台账", "台阶", "头脑", "头等",
    "头雁", "只有", "只要", "只是", "只能", "处理", "处置", "处于", "处分", "本身", "本地", "本来", "本着",
    "本质", "本领", "本次", "本届", "部署", "部队", "支持", "支部", "支援", "支付", "支撑", "场所",
    "场景", "场地", "场合", "场馆", "起来", "起到", "起点", "起步", "起草", "例如", "例会", "例行", "宗旨",
    "宗教", "笔记", "片面", "根本", "根据", "根源", "架构", "道路", "道德", "道理", "门户", "门槛", "门口",
    "种植", "种养", "种子", "层面", "层级", "层次", "首先", "首要", "首位", "首都", "口岸", "口号", "口径",
    "对于", "对象", "对接", "对照", "对标", "对待", "对此", "双方", "双向", "双赢", "组织", "组成", "组建",
    "群体", "回顾", "回应", "回来", "回到", "点名", "点评", "点赞", "克服", "天然", "天下", "天气", "周边",
    "周围", "周密", "周到", "升级", "升华", "升学", "升温", "百年", "百姓", "万一", "万众", "万物", "千方",
    "元旦", "元素", "元宵", "成效", "成绩", "成为", "成果", "成员", "成立", "成本", "成就", "成熟",
    "成功", "成长", "成风", "倍加", "倍感", "多次", "多方", "多措", "多样", "多层", "多彩",
    "多么", "期待", "期望", "期盼", "期限", "批示", "批准", "批评", "批复", "轮流", "轮换", "日常",
    "日益", "日子", "日趋", "日报", "日程", "号称", "号角", "时代", "时间", "时候",
    "时刻", "时机", "时节", "时效", "年轻", "年龄", "年鉴", "年货", "市场", "区别", "区分", "旗帜", "强化", "强大",
    "强烈", "强制", "强度", "强调", "级别", "楼道", "长期", "长远", "长效", "长久", "长度", "长廊", "长时间",
    "总体", "总结", "总量", "总额", "总数", "总部", "总投资", "总规模", "总面积", "总人口", "总要求", "总目标",
    "总公司", "总局", "总队", "总站", "总院", "总厂", "总社", "总会", "总支",
    "路线", "路径", "路子", "山区", "街头", "湖泊", "河道", "江山", "特色产业",
    "旗手", "委托", "委屈", "委派", "办法", "办理", "办好", "办事", "办学", "局面", "局势", "局部", "余地",
    "担任", "担当", "担负", "担子", "担心", "担保", "担纲", "担忧", "担责", "担起",
    "代表团", "代表处", "代表队", "代表大会", "代表性", "代表作",
    # (回 before a place is the verb, to return: 某某某回村任职; 载 of 载体 carries)
    "回村", "回乡", "回家", "回国", "回校", "回信", "回复", "载体", "载入", "载明", "载有", "载重",
    # (the verbs 列 opens, and words a container's or a table's measure word opens: XX列入, XX瓶颈, XX桌面)
    "列入", "列为", "列出", "列举", "列席", "列支", "瓶颈", "桌面", "桌椅", "顿时", "盒子", "箱体",
)
#: words that end with a cue word on the left and are something else (安全 is
#: not 全, 得到 not 到, 现在 not 在, 基本 not 本)
LEFT_FALSE_FRIENDS: Final = (
    "安全", "完全", "健全", "齐全", "保全", "成全", "周全", "自我", "忘我", "基本", "根本", "成本", "资本",
    "样本", "版本", "文本", "课本", "剧本", "日本", "应该", "活该", "得到", "受到", "看到", "听到", "想到",
    "感到", "遇到", "做到", "收到", "找到", "用到", "提到", "谈到", "说到", "认识到", "意识到", "体会到",
    "注意到", "落实到", "延伸到", "覆盖到", "直到", "等到", "送到", "拿到", "学到", "见到", "赶到", "报到",
    "迟到", "周到", "现在", "正在", "存在", "实在", "所在", "好在", "内在", "自在", "旨在", "重在", "贵在",
    "难在", "关于", "对于", "由于", "属于", "处于", "善于", "敢于", "勇于", "终于", "至于", "等于",
    "过于", "用于", "便于", "利于", "急于", "乐于", "基于", "出于", "鉴于", "在于", "所有", "特有", "固有",
    "占有", "享有", "以来", "将来", "未来", "原来", "本来", "后来", "从来", "向来", "近来", "起来", "出来",
    "下来", "上来", "回来", "过来", "看来", "带来", "年来",
)


@frozen
class CueClass:
    """A class of words next to a blank that says what the blank stands for."""

    name: str
    #: what a blank with this cue stands for; None for words that only begin
    #: (or end) like a cue word and block it
    kind: str | None
    side: str  # LEFT: the word ends where the blank starts; RIGHT: it starts where the blank ends
    strength: int  # see the precedence table in the module docstring
    pattern: str  # regex source: an alternation of words, longest first
    #: blanks this class decides share one slot wherever the cue repeats
    #: (every 全X is one place); otherwise each blank is a slot of its own
    names_slot: bool = False
    #: right side: a phrase after the blank rather than a word next to it, read
    #: only when no word class matched (*某某市委: a starred 中共 before a named organ)
    phrase: bool = False
    source: str = ""


CUE_CLASSES: Final[tuple[CueClass, ...]] = (
    # ---- right side: the word the blank comes before
    CueClass(MEASURE_WORD_CLASS, "number", RIGHT, 70, _words(MEASURE_WORDS),
             source="《现代汉语八百词》名词、量词配合表"),
    CueClass(UNIT_OF_MEASURE_CLASS, "number", RIGHT, 70, _words(UNITS_OF_MEASURE),
             source="中华人民共和国法定计量单位 (GB 3100–3102-1993), 市制 亩 斤"),
    CueClass("unit_symbol", "number", RIGHT, 70, UNIT_SYMBOL, source="the units' symbols (GB 3100-1993): XXkV, X.Xkm"),
    # 部 counts works, laws and machines before their noun (X部电影, X部法规, X部手机); elsewhere it names a
    # department (XX部牵头, XX部门: a body named by its function)
    CueClass("measure_word_before_a_noun", "number", RIGHT, 70,
             r"部(?=分|电影|电视剧|纪录片|宣传片|微电影|影片|作品|著作|专著|小说|书|法律|法规|规章|手机|车|机)",
             source="《现代汉语八百词》名词、量词配合表: 部 (书 电影 机器)"),
    # 家 counts households and firms (X家企业, XX家); after a name it is the person's home (王**家中, XX家里)
    CueClass("households_or_firms", "number", RIGHT, 70, r"家(?![中里人属庭])",
             source="《现代汉语八百词》名词、量词配合表: 家 (企业 商店 农户)"),
    # the pages and the volumes of files (扫描XXXX页, 归档XXX卷); not 页岩 (shale), 卷烟 (cigarettes), 卷宗
    CueClass("pages_or_volumes", "number", RIGHT, 70, r"(?:页|卷)(?![岩烟宗面])",
             source="《现代汉语八百词》名词、量词配合表: 页 卷 (of a book, of files)"),
    # the lectures of a course, counted at the end of its phrase (专题课程X讲, 讲党课X讲); not the verb 讲, which
    # takes an object or its 话 (XX讲话)
    CueClass("lecture_count", "number", RIGHT, 70, r"讲(?=[,.;:!?、,。;:!?”’)]|$)",
             source="《现代汉语八百词》 讲, the measure word of lectures (第一讲)"),
    # characters of a text (XXXX字以内); not the 字 of a document number's prefix (××字第×号)
    CueClass("characters_of_a_text", "number", RIGHT, 70, r"字(?!第)", source="字, the count of a text's characters"),
    # the points of a score (XX分, X分之一); not a branch's 分 (分行, 分局, 分公司, 分会, 分院, 分校), and weaker than
    # a clock's hour before it (X时X分)
    CueClass("points_of_a_score", "number", RIGHT, 45, r"分(?![行局公会院校部所队厂站社中钟])",
             source="分, the unit of a score (评分细则, 满分)"),
    # a thing known by its number (X号选手, X号楼, X号文件), not a day (X月X号)
    CueClass("numbered_thing", "number", RIGHT, 55, r"号(?=选手|楼|房|院|线|车|窗口|考场|展位|馆|厅|门|台|桌|文件|令|机组|机|泊位|码头|站台|病房|病床|床|井|桩|柜|会议室|室|"
             r"\p{Han}{1,2}[楼站])",
             source="号, the number a thing is known by (选手 楼 窗口, a station: X号检查站)"),
    # the number of a class in its grade (初二(X)班, 高三(X)班), a school's way of naming its classes
    CueClass("class_of_a_grade", "number", RIGHT, 70, r"\)班", source="a school's classes numbered in their grade"),
    # a field a task is done in (在XX方面, 在XX领域): a blanked phrase, not a place
    CueClass("field_of_work", "other", RIGHT, 45, r"等?(?:方面|领域|环节|岗位|行业|战线|层面)",
             source="the fields of work a report names (方面 领域 环节 岗位 行业)"),
    # (the field's own words between the blank and 方面, read only where no word follows the blank)
    CueClass("words_of_a_field", "other", RIGHT, 45, r"\p{Han}{1,4}?等?(?:方面|领域|战线|层面)", phrase=True,
             source="在XX工作方面: a field of work named with its words"),
    CueClass("money_or_ratio", "number", RIGHT, 70, _words(MONEY_AND_RATIOS),
             source="人民币 units; GB/T 15835-2011 出版物上数字用法"),
    # a blank that stands for a figure's first digits (X000亩, X00余户, X000万元), or a ratio's first term (X:1)
    CueClass("figures_after", "number", RIGHT, 65,
             # (a ratio's second term after a colon; not a clock's minutes, two figures under 60: X:30 is a time)
             rf"[0-9]{{1,4}}(?=[余多]?(?:{_words(MEASURE_WORDS, UNITS_OF_MEASURE, MONEY_AND_RATIOS)}))|[:∶][ \t]*(?=[0-9])(?![0-5][0-9](?![0-9]))",
             source="GB/T 15835-2011 出版物上数字用法: a figure written with some of its digits blanked, a ratio"),
    CueClass("ordinal_word", "number", RIGHT, 70, _words(ORDINAL_WORDS), source="量词 of order (届 期 批 轮)"),
    CueClass(COUNT_OF_YEARS_CLASS, "number", RIGHT, 70, _words(COUNT_OF_YEARS),
             source="时量: a number of years, as 年 after 有/近 (《现代汉语八百词》 年)"),
    CueClass("duration", "number", RIGHT, 70, _words(DURATIONS),
             source="时量: a span to act within (X日内, X个工作日), not a date"),
    CueClass("numbered_slogan", "number", RIGHT, 70, NUMBERED_SLOGAN,
             source="numbered slogans of policy (“十三五”规划, “三个一”工程)"),
    CueClass("person_heading_a_list", "person", RIGHT, 70,
             rf"等\s*(?:[{BLANK_CHARS}]{{1,4}}|[0-9]{{1,6}}|[一二三四五六七八九十百千两]{{1,4}})\s*(?:名|人|位)",
             source="X等N名: a name, then the count of the people it heads"),
    CueClass("title", "person", RIGHT, 60, rf"{_TITLE}|{_words(FORMS_OF_ADDRESS)}", names_slot=True,
             source="党政领导职务名称 (《党政领导干部选拔任用工作条例》) and 称谓 (《现代汉语词典》)"),
    # the post of the one a form asks to sign, in brackets after the blank (____(政教处主任)): a name's place
    CueClass("post_in_brackets", "person", RIGHT, 60, rf"\([^()\n]{{0,8}}?{_TITLE}\)",
             source="a form's blank for a name, the post it asks for in brackets after it"),
    # the user of a mail address (xxx@163.com): an account's name, no person's
    CueClass("address_of_a_mail", "other", RIGHT, 75, r"@", source="RFC 5322 local-part@domain"),
    # who is to hold a post (办公室主任由____兼任): a body would be named with its own word (由XX局担任)
    CueClass("holder_of_a_post", "person", RIGHT, 45, r"(?:兼任|担任)",
             source="兼任 担任: a person takes the post"),
    # (a person's profile, as a list made public writes it: 周××,男,汉族,1983年×月生)
    CueClass("profile_of_a_person", "person", RIGHT, 60, r"[ \t]*[,、(][ \t]*[男女][ \t]*[,、)]",
             source="干部任前公示: a name, then its sex, its nation, its birth"),
    CueClass("people_summed_up", "person", RIGHT, 60, PEOPLE_SUMMED_UP,
             source="a list of names summed up by a count of people (两位同志, 等同志)"),
    # (a place's venue of a meeting held at many: XX区分会场, where 区分 would be a word)
    CueClass("division", "region", RIGHT, 60, rf"(?:{_words(DIVISIONS)})分会场|{_words(DIVISIONS)}", names_slot=True,
             source="GB/T 2260 行政区划 levels; 村民/居民委员会组织法; 中国开发区审核公告目录"),
    CueClass("named_place", "region", RIGHT, 55, _words(NAMED_PLACES), names_slot=True,
             source="GB/T 17693 地名 通名; 历史文化名城名镇名村保护条例"),
    CueClass("places_summed_up", "region", RIGHT, 60, PLACES_SUMMED_UP,
             source="a list of places summed up by a count of divisions (两县, 等地)"),
    # (or, before a whole number, the code's words whatever its body: 公通, 公积金发, 发改; its year in any of the
    # brackets a copy writes)
    CueClass("issuer_code", "region", RIGHT, 60,
             r"(?:政办|委办|府办|政|委|办)?(?:发|函|字)(?=〔)|(?:政办|委办|府办|政|委|办)(?=〔)|"
             rf"\p{{Han}}{{1,5}}(?=[〔\[【(][ \t]?[0-9{BLANK_CHARS}]{{4}}[ \t]?[〕\]】)][ \t]?第?[0-9{BLANK_CHARS}]{{1,4}}[ \t]?号)",
             source="GB/T 9704-2012 发文字号: the issuer's code opens with its place (X政发〔2020〕)"),
    CueClass("organ", "region", RIGHT, 60, _words(ORGANS_OF_A_PLACE), names_slot=True,
             source="《宪法》第三章 国家机构; 《中国共产党章程》; 政协章程"),
    CueClass("body_of_a_place", "region", RIGHT, 60,
             rf"(?:{_words(FUNCTIONS_OF_A_PLACE)})(?:{_words(BODIES_OF_A_FUNCTION)})", names_slot=True,
             source="地方政府工作部门 and 党委工作机关 (2018 机构改革); 群团组织"),
    CueClass("body_by_function", "other", RIGHT, 60, rf"{BODY_AND_ITS_HEAD}|{_words(BODIES_BY_FUNCTION)}",
             source="地方各级人民政府机构设置和编制管理条例 (局 办 厅 部门)"),
    CueClass("unit_of_a_force", "region", RIGHT, 75, rf"(?:交警|消防|特警|巡警|刑警|武警)?(?:{_words(FORCE_UNITS)})(?!伍)",  # (XX支队伍: a count)
             source="《消防救援衔条例》 and 公安机关 organisation: 总队, 支队, 大队, 中队 by the place each serves"),
    CueClass("basic_unit", "other", RIGHT, 60, _words(BASIC_UNITS),
             source="《中国共产党章程》第五章 党的基层组织; 《中国共产主义青年团章程》"),
    CueClass("company_or_project", "other", RIGHT, 60, _words(COMPANIES_AND_PROJECTS),
             source="《公司法》; 《农民专业合作社法》; institutions and projects"),
    # a company named by its trade after the blank (某某建材公司, XX物流集团): the words of its trade, then the kind
    # (or a shop, a works, a farm named so: 某某石材加工厂, 某某便利店, XX养殖场)
    CueClass("company_by_its_trade", "other", RIGHT, 55,
             rf"(?:(?![要的在和与是对把将为及到来去进])\p{{Han}}){{1,6}}?(?:{_words(KINDS_OF_COMPANY, KINDS_OF_BUSINESS)})",
             phrase=True, source="《公司法》: a company's name is its place, its trade and its kind"),
    CueClass(DATE_WORD_CLASS, "date", RIGHT, 50, _words(DATE_WORDS), source="GB/T 7408 dates and times; 年度 季度"),
    CueClass("speech_verb", "person", RIGHT, 40, _words(SPEECH_VERBS), source="verbs of speaking after a name"),
    CueClass("named_by_its_place", "region", RIGHT, 55, rf"{_words(NAMES_AFTER_A_PLACE)}|{PAPER_OF_A_PLACE}",
             source="names of a place's own: its model, its example, its paper, who is from it (XX模式, XX籍)"),
    CueClass("feature_of_a_place", "region", RIGHT, 55, rf"(?:{_words(FEATURES_OF_A_PLACE)})(?!{_PROVINCE_AFTER_A_FEATURE})",
             source="the land's features and the streets a place names (XX河, XX路)"),
    # the day of an event named by its date (“X·XX”事故)
    CueClass("hour_of_a_time", "date", RIGHT, 50, rf":(?=[0-9{BLANK_CHARS}]{{2}}(?![0-9{BLANK_CHARS}]))",
             source="GB/T 7408 hh:mm: the hour of a time of day (于X:XX前)"),
    CueClass("dotted_date", "date", RIGHT, 50, rf"·(?=[0-9{BLANK_CHARS}]{{1,2}}[”\"’])",
             source="an event named by its month and day, parted by a middle dot (“7·20”)"),
    # the head of a place and its directly run bodies, its level blanked: X长 (县长), 副X长, X直各部门 (县直)
    CueClass("head_of_a_place", "region", RIGHT, 85, r"长|直(?=各|单位|部门|机关|属)",
             source="the posts and bodies a place's level names (县长, 市直单位)"),
    # under the leadership of a body whose name a word filter blanked (在XX的坚强领导下: 党中央)
    CueClass("under_leadership", "other", RIGHT, 40, r"的(?:坚强|正确|亲切|统一|大力)?(?:领导|指导|关怀)下",
             source="a set phrase whose leading body is named, not placed"),
    # (or listed first with the bodies it is named with: ***、国务院 (党中央))
    CueClass("listed_with_the_state_council", "other", RIGHT, 45, r"、(?:国务院|全国人大|中央军委)",
             source="the central bodies named together in a set order: 党中央、国务院"),
    CueClass("what_a_place_has", "region", RIGHT, 40,
             rf"的?(?:{_words(WHAT_A_PLACE_HAS)})|的(?:{_words(WHAT_A_PLACE_DOES)})",
             source="nouns a place owns or undergoes (人民 大地 经济, 的发展)"),
    CueClass("what_a_person_does", "person", RIGHT, 40, rf"的(?:{_words(WHAT_A_PERSON_DOES)})",
             source="what a person gives (的关心, 的讲话)"),
    CueClass("right_false_friend", None, RIGHT, 0, _words(RIGHT_FALSE_FRIENDS),
             source="common words that begin with a cue character (《现代汉语词典》)"),
    # a named organisation follows: the blank is not that place but a word before its name (*某某市委: 中共)
    CueClass("before_a_named_organ", "other", RIGHT, 60,
             rf"\p{{Han}}{{2,4}}?(?:省|市|县|区|州|镇|乡)(?:{_words(ORGANS_OF_A_PLACE)})", phrase=True,
             source="a place's organ written with its own place name"),
    # ---- left side: the word the blank comes after
    # (the blank before the post is its holder, the 副 or 常务 of the post included: XXX副部长、XXX副省长)
    CueClass(POST_IN_A_CHAIN_CLASS, "other", LEFT, 80, rf"(?<![{BLANK_CHARS}○某副务行]){_TITLE}、",
             source="posts of one person joined by 、: the blank is inside the next post's name"),
    CueClass("ordinal_prefix", "number", LEFT, 75, "第", source="GB/T 15835-2011: 第 + numeral"),
    # an honour names the trade or group it singles out (最美XX人: 最美税务人; 十佳XX): no count of people, no place
    CueClass("honour_title", "other", LEFT, 75, r"最美|十佳|百佳", source="the honours of model workers: 最美, 十佳"),
    CueClass("road_code", "number", LEFT, 75, ROAD_CODE, source="GB/T 917-2017 the codes of roads: G3XX, S2XX"),
    # a road named by its level and its designation, the blank its name (国道XXX线, 县道XX线): no count, no person
    CueClass("road_of_a_level", "other", LEFT, 75, "[国省县乡]道", source="GB/T 917-2017 国道 省道 县道 乡道"),
    # the hour of a part of the day (下午X点, 上午X时): a time
    CueClass("part_of_a_day", "date", LEFT, 75, r"上午|下午|中午|晚上|凌晨|早上|傍晚",
             source="GB/T 7408 time of day, named by the part of the day"),
    # a span of time set, lengthened or moved (任期为X年, 有效期为X年, 期限原则上为X年, 分X年实施, 提前XX日), or the years
    # ahead (今后X年, 未来X年): a count, not a date (为期, 历时: COUNT_WORDS)
    CueClass("span_of_time", "number", LEFT, 55,
             r"(?:任期|期限|有效期|试用期|服务期|合同期|聘期|周期)(?:原则上|一般)?(?:为|是)|(?:调整|确定|定|改)为|分|提前|延长|"
             r"缩短|推迟|延期|今后|未来|此后|往后",
             source="《现代汉语八百词》: a duration after 为期, 提前, 延长"),
    # a value a form asks for (热度值:____, 目标值:____)
    CueClass("value_label", "number", LEFT, 55, r"值[ \t]*:", source="a form's label of a value: a figure"),
    CueClass("weekday", "date", LEFT, 60, r"星期|礼拜", source="GB/T 7408 the day of the week: 星期X"),
    CueClass("clock_time", "date", LEFT, 50, rf"(?:[0-9]{{1,2}}|[{BLANK_CHARS}]{{1,2}}|_{{1,12}})时|"
                                              rf"(?<![0-9{BLANK_CHARS}:])[0-9{BLANK_CHARS}]{{1,2}}:",
             source="GB/T 7408 time of day: X时X分, hh:mm"),
    CueClass(CALENDAR_DATE_CLASS, "date", LEFT, 50, rf"(?:[0-9]{{1,4}}|[{BLANK_CHARS}]{{1,4}}|_{{1,12}})[年月]",
             source="GB/T 7408 calendar date: after a year's or a month's figure comes the month or the day "
                    "(X月X日报到: 日报 is no word there)"),
    CueClass("house_number", "number", LEFT, 55, "[路街巷弄]",
             source="an address: X路X号 numbers a house, not a day"),
    # (no count, amount or ordinal, which ANNOTATION's number is: a name written in digits, its kind other)
    CueClass("serial_number", "other", LEFT, 55, rf"(?:{_words(SERIAL_NUMBER_WORDS)}):?",
             source="numbers that name (phone, post code, serial): digits that name a line or a thing, no amount"),
    CueClass("document_number", "number", LEFT, 55, r"〔[^〔〕\n]{2,6}〕",
             source="GB/T 9704-2012 发文字号: 〔2020〕X号 is a serial number, not a day"),
    CueClass("determiner", "region", LEFT, 65, _words(PLACE_DETERMINERS), names_slot=True,
             source="determiners of a place (全 我 本 该)"),
    CueClass(COUNT_WORD_CLASS, "number", LEFT, 35, _words(COUNT_WORDS), source="《现代汉语八百词》 共 近 约 满"),
    CueClass(HAVING_WORD_CLASS, None, LEFT, 0, _words(HAVING_WORDS, SPAN_VERBS),
             source="《现代汉语八百词》 有; verbs of a span of time (使用X年, 任职X年)"),
    CueClass("title_of_a_work", "other", LEFT, 30, "《", source="书名号: the blank names a work (《XXX》)"),
    # a form's label that gives its field's unit in brackets (开展活动(项):____, 参训人数(人):____)
    CueClass("unit_in_label", "number", LEFT, 55,
             rf"\((?:{_words(MEASURE_WORDS, UNITS_OF_MEASURE, MONEY_AND_RATIOS)})"
             rf"(?:/(?:{_words(MEASURE_WORDS, UNITS_OF_MEASURE, MONEY_AND_RATIOS)}))*\)[ \t]*:",
             source="a form's label with its unit in brackets: the field is an amount"),
    CueClass("date_label", "date", LEFT, 55, rf"(?:{_words(DATE_LABELS)})[ \t]*:?",
             source="a form's label of a date field (出生年月:____, 填表日期:____)"),
    # (and of its time, the colon after it: 活动时间:____, 报到时间:____; not 规定时间XX天内)
    CueClass("time_label", "date", LEFT, 55, r"(?:时间|时段)[ \t]*:",
             source="a form's label of the time a thing is held (活动时间:____)"),
    CueClass("place_label", "region", LEFT, 55, rf"(?:{_words(PLACE_LABELS)})[ \t]*:",
             source="a form's label of a place's name (乡(镇)名称:____, 村名:____)"),
    CueClass("self_introduction", "person", LEFT, 55, _words(SELF_INTRODUCTION), names_slot=True,
             source="a speaker naming themself"),
    # a form may space a label's characters out (姓    名:)
    CueClass("person_label", "person", LEFT, 55,
             "(?:" + "|".join("[ \t]*".join(label) for label in sorted(PERSON_LABELS, key=len, reverse=True)) + ")"
             + PERSON_LABEL_NOTE + ":?"
             # (or a post whose holder signs: 村党组织书记(签字):____)
             + rf"|{_TITLE}\((?:签字|签名|签字盖章)\):?"
             # (or any label a signature follows: a signature is a person's, 检查人员(签字):____)
             + r"|\p{Han}{2,8}?\((?:签字|签名)\):?"
             # (or a post as a list's label of who holds it: 组长:____, 副组长:XX)
             + rf"|{_TITLE}:"
             # (or any label of a role that a person fills, a word ending in 人 or 员: 提案人:____, 信息员:XX)
             + r"|(?<!\p{Han})\p{Han}{1,3}(?<!个|他|法)[人员]:",
             names_slot=True,
             source="a form's or a list's label of a person's name (联系人:____, 姓名:X, 书记(签字):____)"),
    # the people a speech names as present, listed after a word for them and a colon (出席今天会议的县领导有:XX、XX;
    # 到会嘉宾:XX): the first is a name, and the blanks listed with it take its kind
    # (or a school's, a branch's list of its people: 进步较大的同学有:XX、XX; 受表彰的党员有:…)
    CueClass("people_listed", "person", LEFT, 50,
             r"(?:领导|领导同志|嘉宾|来宾|同志|同学|学生|老师|教师|党员|队员)(?:有|是|包括)?[ \t]*:",
             source="a 主持词's list of the leaders and guests present (出席…的领导有:…)"),
    CueClass(SURNAME_CLASS, "person", LEFT, 25, f"[{COMMON_SURNAMES}]",
             source="a surname before a blanked given name (王XX); 公安部 2020 姓氏排名"),
    # (or a pupil's class before the pupil's name: 初二(3)班 ××, 我是三班的××)
    CueClass("title_before_a_name", "person", LEFT, 45, rf"{_TITLE}|代表|\)班[ \t\u3000]*|班的", names_slot=True,
             source="title then name (书记X, 代表X), the titles of title; a school class then a pupil's name"),
    CueClass("representing", "region", LEFT, 45, "(?:我|谨|我们|特此)代表",
             source="我代表X: one speaks for a body or a place"),
    CueClass(YEAR_START_CLASS, "date", LEFT, 45, YEAR_START, source="a year written with digits: 20XX, 201x"),
    CueClass(FIGURE_WORD_CLASS, "number", LEFT, 35, _words(FIGURE_WORDS), source="verbs and nouns of figures"),
    CueClass("place_verb", "region", LEFT, 30, _words(PLACE_VERBS), source="《现代汉语八百词》 到 在 赴 来自"),
    CueClass("quality_of_a_place", "region", LEFT, 40, _words(QUALITIES_OF_A_PLACE),
             source="the qualities a place is built into (平安XX, 建设美丽新XX)"),
    CueClass("dotted_day", "date", LEFT, 50, rf"[“\"‘](?:[0-9]{{1,2}}|[{BLANK_CHARS}]{{1,2}})·",
             source="an event named by its month and day, parted by a middle dot (“7·20”)"),
    CueClass("left_false_friend", None, LEFT, 0, _words(LEFT_FALSE_FRIENDS),
             source="common words that end with a cue character (《现代汉语词典》)"),
    # an administrative division right before the blank: no kind of its own, it
    # turns an organ after the blank into a body of that place (省X委)
    CueClass(DIVISION_BEFORE, None, LEFT, 0, "省|市|县|区|州|盟|旗|镇|乡|村",
             source="GB/T 2260 levels"),
)

#: what a placeholder's ``cue_class`` says when no single class above decided:
#: an organ after a division (省X委), a token's own shape, a list's kind, a named slot's name ([单位名称])
ORGAN_AFTER_DIVISION, NAME_SHAPE_CLASS, YEAR_SHAPE_CLASS, DECIMAL_SHAPE_CLASS, COORDINATION, NAMED_SLOT_CLASS = (
    "organ_after_division", "name_shape", "year_shape", "decimal_shape", "coordination", "named_slot")
#: the class of a blank with no cue of its own, written as the blank the document names its place with wherever
#: a cue shows it (XX市, 中共XX市委, XX县人民政府 … then 齐聚XX): a template writes its place alike throughout
DOCUMENTS_PLACE_CLASS: Final = "the_documents_place"
#: the classes that show a blank is the document's place beyond doubt: a division, an organ, a place's body
PLACE_CLASSES: Final = frozenset({"division", "organ", "body_of_a_place", "issuer_code", ORGAN_AFTER_DIVISION})
#: how many blanks of one token such classes must show to be places, and what share of its cued blanks at least
MIN_PLACES_SHOWN: Final = 2
MIN_PLACE_SHARE: Final = 0.75
#: the class of a blank that is the whole of its line above a salutation (…的讲话 / ×× / 同志们:): the speaker's name
SPEAKER_LINE_CLASS: Final = "speaker_line"
#: the class of a blank a space parts from the post after it (组长:XXX 镇党委书记): a name in a list, its post beside it
POST_BESIDE_CLASS: Final = "post_beside_a_name"
#: a post beside a name, after the space that parts them: a body's name maybe, then a title (镇党委书记, 县委副书记,
#: 县住房和城乡建设局局长: a bureau's full name runs to ten characters and more)
POST_BESIDE_A_NAME: Final = rf"\p{{Han}}{{0,12}}?{_TITLE}"
DERIVED_CUE_CLASSES: Final = (ORGAN_AFTER_DIVISION, NAME_SHAPE_CLASS, YEAR_SHAPE_CLASS, DECIMAL_SHAPE_CLASS,
                              COORDINATION, NAMED_SLOT_CLASS, SPEAKER_LINE_CLASS, POST_BESIDE_CLASS,
                              DOCUMENTS_PLACE_CLASS)
#: a blank joined to another blank or a figure by a decimal point (XXX.X, XX.5) stands for digits: a number,
#: as strong as a measure word's cue (a table's cell says no more)
DECIMAL_SHAPE_STRENGTH: Final = 60
#: the classes whose right-hand cue a preceding division turns into a body of
#: that place: 省X委, 市X政府 name a body by function, ``other``
ORGAN_CLASSES: Final = frozenset({"organ"})

#: kind and strength of a token's own shape, when no word says more: three
#: blank characters are the length of a Chinese name; ~ stands for a year
NAME_SHAPE: Final = (r"×××|XXX|xxx|\*\*\*|某某某?", "person", 20)
#: the words a body's name ends with after a blank of a name's shape (某某物流园区, ×××集团有限公司, 某某航空), besides a
#: masthead's (:data:`speechparse.vocab.titles.ORGANISATION_ENDINGS`): the blank names the body, no person; read a few
#: characters on (a title after the blank, 某某局长, is a cue of its own)
BODY_NAME_ENDINGS: Final = ("园区", "基地", "航空", "银行", "商会", "合作社")
MAX_BODY_NAME_REACH: Final = 6
#: the characters that part a person's name from a body the sentence goes on to name (XXX在担任公司…, 某某对集团…):
#: prepositions, the copula and the verbs of holding a post
NO_BODY_NAME_CHARS: Final = "在的是为对把被从向于和与及到给让担任作当"
YEAR_SHAPE: Final = (r"~", "date", 45)
#: a blank that stands for digits (a ~, or the end of a year's digits: 20XX)
#: is a date or a number whatever word follows: ~政府工作 is a year's report
DIGIT_KINDS: Final = frozenset({"date", "number"})
