"""The script people write instead of a parser, for the speed comparison of ``bench_parse.py``.

Split the text into lines, strip them, call a line a heading when it opens with
one of the four numbering markers of GB/T 9704 (一、 （一） 1. （1）), nest
headings by that marker's rank, and list the X / XX / ×× / 某某 blanks with a
regex. No cleaning, no title, no points, no offsets back to the input: it is
fast, and on real documents it is wrong (web furniture becomes headings, a
marker in the middle of a line is missed, a heading that runs into its body
swallows it). It is here only to say how much speechparse's work costs.

    python benchmarks/naive_baseline.py FILE   # prints the outline it finds
"""

from __future__ import annotations

import re
import sys
from typing import Any

#: the four ranks of GB/T 9704-2012 7.3.3, outermost first
_HEADINGS = (
    re.compile(r"[一二三四五六七八九十]+、"),
    re.compile(r"[（(][一二三四五六七八九十]+[)）]"),
    re.compile(r"\d+[.．、]"),
    re.compile(r"[（(]\d+[)）]"),
)
_BLANK = re.compile(r"[XＸx×]+|某某|\*{2,}")


def naive_parse(text: str) -> dict[str, Any]:
    """An outline of ``text``: headings nested by marker rank, paragraphs under them, blanks listed."""
    root: dict[str, Any] = {"children": []}
    stack: list[tuple[int, dict[str, Any]]] = [(-1, root)]
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        rank = next((index for index, pattern in enumerate(_HEADINGS) if pattern.match(line)), None)
        if rank is None:
            stack[-1][1]["children"].append({"paragraph": line})
            continue
        while stack[-1][0] >= rank:
            stack.pop()
        section: dict[str, Any] = {"heading": line, "children": []}
        stack[-1][1]["children"].append(section)
        stack.append((rank, section))
    root["blanks"] = [match.group() for match in _BLANK.finditer(text)]
    return root


def _outline(node: dict[str, Any], depth: int = 0) -> None:
    for child in node["children"]:
        if "heading" in child:
            print("  " * depth + child["heading"][:40])
            _outline(child, depth + 1)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        _outline(naive_parse(handle.read()))
