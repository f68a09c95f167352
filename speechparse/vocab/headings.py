"""Where a heading stops, as data: the words that tell a heading from the body that follows it.

A heading usually ends at its line end or its first sentence end. Where the
layout is lost (a page flattened to one line, a PDF copy), a heading runs on into
its body with no punctuation at all (一、基本情况全县共有…). What shows where it
stops is written here:

* the headings every plan and notice uses (GB/T 9704 documents: 指导思想, 工作目标,
  主要任务, 保障措施 …): a heading that opens with one and runs on ends after it;
* the words that open a sentence and do not sit inside a heading: adverbials of
  time (今年, 近年来, 截至, 自2019年), a sentence's subject (我们, 我将);
* and, found in the document itself, a heading whose first words come again at
  once (资金管理资金使用要…).
"""

from __future__ import annotations

from typing import Final

#: section headings of plans, notices and reports (方案, 通知, 规划, 工作报告, 预案 …)
STANDARD_HEADINGS: Final = (
    "指导思想", "总体要求", "总体目标", "工作目标", "目标任务", "主要目标", "基本原则", "工作原则", "主要任务", "重点任务",
    "工作任务", "主要内容", "工作内容", "工作重点", "工作措施", "主要措施", "具体措施", "保障措施", "工作要求", "有关要求",
    "组织领导", "组织保障", "实施步骤", "工作步骤", "方法步骤", "步骤安排", "进度安排", "时间安排", "实施范围", "适用范围",
    "职责分工", "任务分工", "责任分工", "编制目的", "编制依据", "工作依据", "基本情况", "存在问题", "主要问题",
    "主要做法", "工作成效", "主要成效", "下步打算", "下一步打算", "下一步工作", "其他事项", "附则", "总则",
    "目标及步骤", "目标与任务", "背景与意义", "现状",
)

#: words that open a sentence and are not found inside a heading's words
SENTENCE_OPENERS: Final = (
    "我们", "我将", "我要", "今年", "去年", "近年来", "近几年来", "多年来", "一年来", "今年以来", "年初以来", "截至", "截止",
)
#: an opener only where it starts at least this far into a heading's words (当前加强 … at 2 is a heading's)
MIN_HEADING_BEFORE_OPENER: Final = 6
