"""A forum's thread around a document: the writer's floors are the document, the rest is the thread's."""

from __future__ import annotations

import speechparse
from speechparse.clean import clean

_PART_ONE = ("在全乡秋季防火工作会议上的讲话\n同志们:\n今天召开全乡秋季防火工作会议,主要任务是部署今冬明春防火工作。\n"
             "一、认清形势\n今年秋季降雨偏少,林区可燃物积累较多,防火形势严峻。\n")
_PART_TWO = "二、压实责任\n各村要落实网格巡护责任,严防野外用火。\n同志们,防火工作责任重大,大家务必抓紧抓实。\n"


def _thread(writer: str, *, nameless_reply: str = "") -> str:
    return ("某某写作吧\n只看楼主 收藏 回复\n"
            f"{writer}\nLv8\n{_PART_ONE}来自Android客户端1楼2031-10-08 20:11\n回复(2)\n"
            "山间小溪: 写得不错,收藏了\n10-8 20:30 回复\n"
            f"{writer} 回复 山间小溪 :谢谢支持\n10-8 20:41 回复\n收起回复\n我也说一句\n"
            f"{writer}\nLv8\n接上楼\n{_PART_TWO}来自Android客户端2楼2031-10-08 20:13\n回复\n"
            "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼\n"
            "林下清风\n初级粉丝\n2\n求word版,谢谢楼主\n来自iPhone客户端3楼2031-10-09 08:02\n回复\n"
            f"{nameless_reply}"
            "登录账号\n发贴请遵守社区规范\n")


def test_a_writers_floors_are_the_document_and_the_replies_and_others_floors_go() -> None:
    cleaned = speechparse.parse_text(_thread("老李写材料")).text
    assert _PART_ONE.rstrip("\n") in cleaned and _PART_TWO.rstrip("\n") in cleaned
    for noise in ("老李写材料", "Lv8", "写得不错", "谢谢支持", "收起回复", "我也说一句", "接上楼", "求word版",
                  "林下清风", "疑似违规", "楼2031"):
        assert noise not in cleaned, noise


def test_a_nameless_short_floor_is_a_reply_that_goes() -> None:
    raw = _thread("老李写材料", nameless_reply="mark,明年直接用\n来自Android客户端4楼2031-10-09 09:15\n回复\n")
    assert "明年直接用" not in speechparse.parse_text(raw).text


def test_the_writer_need_not_open_the_thread() -> None:
    raw = ("某某写作吧\n求一篇防火会议讲话稿\n山间小溪\nLv3\n明天要用,哪位帮帮忙\n"
           "来自Android客户端1楼2031-10-08 19:02\n回复\n"
           f"老李写材料\nLv8\n{_PART_ONE}{_PART_TWO}来自Android客户端2楼2031-10-08 20:11\n回复(1)\n"
           "山间小溪: 太感谢了\n10-8 20:30 回复\n我也说一句\n")
    cleaned = clean(raw).text
    assert "哪位帮帮忙" not in cleaned and "太感谢了" not in cleaned and "山间小溪" not in cleaned
    assert _PART_TWO.rstrip("\n") in cleaned


def test_a_speech_that_names_a_floor_and_a_time_is_no_thread() -> None:
    raw = (_PART_ONE + "会议安排在办公楼3楼 2031-10-08 09:00 开始,请准时参加。\n" + _PART_TWO
           + "各村要在5楼 2031-10-09 08:00 前报送名单。\n")
    assert clean(raw).text == raw


def test_a_thread_whose_closes_carry_their_reply_count_and_whose_levels_name_the_forum_is_read() -> None:
    raw = ("某某写作吧\n关注:31,207  贴子:408,115\n只看楼主  收藏  回复\n"
           f"老李写材料\n某某写作吧 7级\n{_PART_ONE}1楼 2031-10-08 20:11  来自Android客户端  回复(1)\n"
           "    山间小溪:楼主好人,先收藏\n    收起回复 ▲\n"
           f"老李写材料\n某某写作吧 7级\n{_PART_TWO}2楼 2031-10-08 20:13  回复\n"
           "林下清风\n某某写作吧 2级\n坐等楼主更新,谢谢\n3楼 2031-10-08 20:40  回复\n")
    cleaned = speechparse.parse_text(raw).text
    assert cleaned.startswith("在全乡秋季防火工作会议上的讲话\n")
    assert cleaned.rstrip("\n").endswith(_PART_TWO.rstrip("\n"))


def test_the_writers_floors_after_the_one_that_closes_with_the_date_are_their_talk() -> None:
    raw = ("某某写作吧\n只看楼主 收藏 回复\n"
           f"老李写材料\nLv8\n{_PART_ONE}来自Android客户端1楼2031-10-08 20:11\n回复\n"
           f"老李写材料\nLv8\n{_PART_TWO}某某乡人民政府\n2031年10月8日\n来自Android客户端2楼2031-10-08 20:13\n回复\n"
           "山间小溪\nLv3\n第二部分能再展开一点吗?\n来自iPhone客户端3楼2031-10-09 08:02\n回复\n"
           "老李写材料\nLv8\n对的,初稿里还有一段讲林下经济,后来压缩掉了,各位需要可以自行补充进去。\n"
           "来自Android客户端4楼2031-10-09 08:30\n回复\n")
    cleaned = speechparse.parse_text(raw).text
    assert cleaned.rstrip("\n").endswith("2031年10月8日") and "林下经济" not in cleaned


def test_the_writers_last_floor_the_copy_cut_before_its_close_is_talk_once_the_document_closed() -> None:
    raw = ("某某写作吧\n只看楼主 收藏 回复\n"
           f"老李写材料\nLv8\n{_PART_ONE}来自Android客户端1楼2031-10-08 20:11\n回复\n"
           f"老李写材料\nLv8\n{_PART_TWO}某某乡人民政府\n2031年10月8日\n来自Android客户端2楼2031-10-08 20:13\n回复\n"
           "老李写材料\nLv8\n对的,初稿里还有一段讲林下经济,后来压缩掉了,各位需要可以自行补充进去。\n")
    cleaned = speechparse.parse_text(raw).text
    assert cleaned.rstrip("\n").endswith("2031年10月8日") and "林下经济" not in cleaned


def test_an_ad_card_between_two_of_the_writers_floors_leaves_the_second_floor_theirs() -> None:
    raw = ("某某写作吧\n只看楼主 收藏 回复\n"
           f"老李写材料\nLv8\n{_PART_ONE}来自Android客户端1楼2031-10-08 20:11\n回复\n\n"
           "广告\n公考冲刺营 | 名师带练,限时领取讲义\n立即咨询\n\n"
           f"老李写材料\nLv8\n{_PART_TWO}来自Android客户端2楼2031-10-08 20:13\n回复\n"
           "林下清风\n3\n求word版\n来自iPhone客户端3楼2031-10-09 08:02\n回复\n")
    cleaned = speechparse.parse_text(raw).text
    assert _PART_TWO.rstrip("\n") in cleaned
    for noise in ("广告", "公考冲刺营", "立即咨询", "老李写材料", "求word版"):
        assert noise not in cleaned, noise


def test_a_posts_rating_box_and_a_chat_exports_closing_line_go() -> None:
    raw = ("守好安全关口\n一、认清形势\n事故总量下降。\n评分\n参与人数 2 积分 +8 收起 理由\n某甲 + 5 很给力!\n"
           "某乙 + 3 赞一个!\n查看全部评分\n")
    assert speechparse.parse_text(raw).text.rstrip().endswith("事故总量下降。")
    raw = "守好安全关口\n一、认清形势\n事故总量下降。\n—————— 以上是全部聊天记录 ——————\n"
    assert speechparse.parse_text(raw).text.rstrip().endswith("事故总量下降。")


def test_a_scoring_tables_label_stays() -> None:
    raw = "石桥县安全生产考核办法\n一、考核内容\n评分\n按百分制计分。\n"
    assert "评分\n按百分制计分。" in speechparse.parse_text(raw).text


def test_a_thread_that_sets_each_floors_head_above_its_text_is_read() -> None:
    raw = ("某某写作吧\n只看楼主 收藏 回复\n"
           f"老李写材料\nLv.8 吧务\n1楼 2031-10-08 20:11 来自Android客户端\n{_PART_ONE}{_PART_TWO}"
           "梧桐乡人民政府\n2031年10月8日\n\n回复(2)  收起回复\n  山间小溪:写得不错,收藏了\n  10-8 20:30 回复\n"
           "  老李写材料:回复 山间小溪 :谢谢支持\n  10-8 20:41 回复\n我也说一句\n\n"
           "林下清风\nLv.2\n2楼 2031-10-09 08:02 来自iPhone客户端\n求word版,谢谢楼主\n\n"
           "老李写材料\nLv.8 吧务\n3楼 2031-10-09 09:15\n回复 林下清风 :文末有下载链接\n")
    cleaned = speechparse.parse_text(raw).text
    assert _PART_ONE.rstrip("\n") in cleaned and _PART_TWO.rstrip("\n") in cleaned
    for noise in ("Lv.8", "1楼", "写得不错", "谢谢支持", "收起回复", "我也说一句", "求word版", "林下清风", "下载链接"):
        assert noise not in cleaned, noise


def test_a_board_that_heads_each_floor_with_one_line_keeps_the_writers_floors_and_drops_the_rest() -> None:
    raw = ("某某社区 > 职场天地 > 浏览帖子\n晒一篇讲话稿,请各位指点\n"
           "楼主:老李写材料　　时间:2031-10-08 20:11:05　　点击:326　　回复:4\n"
           f"{_PART_ONE}\n作者:山间小溪　　回复日期:2031-10-08 20:30:12　　2楼\n沙发!先收藏了\n\n"
           f"作者:老李写材料　　回复日期:2031-10-08 20:41:40　　3楼　　楼主\n{_PART_TWO}\n"
           "作者:林下清风　　回复日期:2031-10-09 08:02:51　　4楼\n1、开头可以再短一些;\n2、结尾再提提要求。\n\n"
           "作者:老李写材料　　回复日期:2031-10-09 09:15:33　　5楼　　楼主\n@林下清风 4楼\n谢谢,已经改了\n")
    cleaned = speechparse.parse_text(raw).text
    assert _PART_ONE.rstrip("\n") in cleaned and _PART_TWO.rstrip("\n") in cleaned
    for noise in ("楼主", "回复日期", "沙发", "开头可以再短一些", "结尾再提提要求", "已经改了"):
        assert noise not in cleaned, noise


def test_a_board_heading_each_floor_with_the_time_it_was_posted_keeps_the_starters_floors_and_drops_the_rest() -> None:
    raw = ("某某论坛 > 写作交流\n[原创] 晒一篇讲话稿,请各位指点\n查看: 326 | 回复: 5\n楼主   老李写材料\n"
           f"发表于 2031-10-08 20:11   只看该作者\n{_PART_ONE}回复  引用  举报\n"
           "沙发\n山间小溪\n发表于 2031-10-08 20:30\n写得不错,收藏了\n回复  引用  举报\n"
           "板凳\n老李写材料\n发表于 2031-10-08 20:41\n接上楼\n" + _PART_TWO + "梧桐乡人民政府\n2031年10月8日\n"
           "回复  引用  举报\n"
           "地板\n林下清风\n发表于 2031-10-09 08:02\n1.开头可以再短一些;\n2.结尾再提提要求。\n回复  引用  举报\n"
           "5#\n老李写材料\n发表于 2031-10-09 09:15\n@林下清风 谢谢,已经改了\n回复  引用  举报\n")
    cleaned = speechparse.parse_text(raw).text
    assert _PART_ONE.rstrip("\n") in cleaned and _PART_TWO.rstrip("\n") in cleaned
    for noise in ("发表于", "举报", "收藏了", "开头可以再短一些", "结尾再提提要求", "已经改了", "林下清风", "板凳"):
        assert noise not in cleaned, noise


def test_a_floors_signature_above_its_buttons_goes_with_them() -> None:
    raw = ("某某论坛 > 写作交流\n楼主   老李写材料\n发表于 2031-10-08 20:11   只看该作者\n" + _PART_ONE + _PART_TWO
           + "--------------------------------\n签名:多读多写,日有所进。\n回复  支持  反对  举报\n"
           + "".join(f"{label}\n{name}\n发表于 2031-10-08 2{index}:30\n写得不错,收藏了\n回复  支持  反对  举报\n"
                     for index, (label, name) in enumerate((("沙发", "山间小溪"), ("板凳", "林下清风")))))
    cleaned = speechparse.parse_text(raw).text
    assert cleaned.rstrip("\n").endswith(_PART_TWO.rstrip("\n"))


def test_a_board_setting_the_name_over_the_label_and_a_card_over_counted_buttons_keeps_the_starters_floors() -> None:
    card = "积分 512 | 帖子 96 | 注册时间 2030-3-2\n个性签名:多读多写,日有所进。\n———— 文以载道 ————\n"

    def buttons(count: int) -> str:
        return f"回复  支持({count})  反对(0)  举报\n\n"

    raw = ("某某论坛 › 写作交流\n查看: 326 | 回复: 5\n\n老李写材料\n楼主  电梯直达\n"
           f"发表于 2031-10-8 20:11 | 只看该作者 | 倒序浏览\n{_PART_ONE}(未完,接3楼)\n\n{card}{buttons(12)}"
           f"山间小溪\n沙发\n发表于 2031-10-8 20:30 | 只看该作者\n写得不错,收藏了\n\n{card}{buttons(1)}"
           f"老李写材料\n板凳\n发表于 2031-10-8 20:41 | 只看该作者\n(接上楼)\n{_PART_TWO}\n{card}{buttons(8)}"
           f"老李写材料\n地板\n发表于 2031-10-9 09:15 | 只看该作者\n谢谢各位,已经改了\n\n{card}{buttons(0)}")
    cleaned = speechparse.parse_text(raw).text
    assert _PART_ONE.rstrip("\n") in cleaned and cleaned.rstrip("\n").endswith(_PART_TWO.rstrip("\n"))
    for noise in ("接3楼", "接上楼", "积分", "签名", "文以载道", "支持", "收藏了", "已经改了", "电梯直达"):
        assert noise not in cleaned, noise
