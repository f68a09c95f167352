"""Character classes every stage shares, written once: Han characters, sentence ends,
quotes and brackets, spaces. For folded text (:mod:`speechparse.widths`)."""

from __future__ import annotations

from typing import Final

#: a Han character, as ``regex`` source (the basic block and extension A)
HAN: Final = r"[\u4e00-\u9fff\u3400-\u4dbf]"
#: ends a sentence: a heading or a lead stops here (folded forms)
SENTENCE_END: Final = "。!?;"
#: may stand before a marker that starts a new item inside a paragraph
MARKER_BOUNDARY: Final = "。!?;:"
#: point markers may also follow a comma: 一是…,二是…
POINT_BOUNDARY: Final = MARKER_BOUNDARY + ",、"
#: closing quotes and brackets that may sit between a sentence end and a marker
CLOSERS: Final = "”’\"』」)】》"
#: the closing quotes and title marks a word may end in (…“铁军”, …《规划》): the end of words, not of a sentence
CLOSING_QUOTES: Final = "”’」』》"
#: opening quotes and brackets
OPENERS: Final = "“‘\"『「(【《"
#: the boxes a checklist's items open with (☐ 报送台账, ☑ 已完成): a to-do, never a title
CHECKBOXES: Final = "☐☑☒"
#: the boxes a form prints for its answers to be ticked (□是 □否, 同意□ 反对□): the checklist's, and the square a
#: typed form uses
TICK_BOXES: Final = "□" + CHECKBOXES
#: a glyph a page or an editor sets before a heading for its looks (▍一、, ◆ 1.): a symbol (shapes, blocks,
#: bars, stars, arrows, emoji) or a bullet, as ``regex`` source; never one that writes a blank (○○, □□, △△), nor a
#: checklist's box (☐ 第三部分换成…: a to-do, no heading)
DECORATION_GLYPH: Final = rf"(?:[\p{{So}}•·|→](?<![○◯□△№{CHECKBOXES}]))"
#: the marks an editor points down at what follows with, or up at what it follows (▼ 往期推荐, ▲图为…)
POINTING_MARKS: Final = "▼▲↓⬇👇👆"
#: horizontal space after folding (U+3000 and NBSP fold to a space)
SPACE: Final = " \t"


def is_han(char: str) -> bool:
    """A Han character (the basic block and extension A)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
