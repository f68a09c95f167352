"""The HTML view of a parse: one self-contained page for whoever checks it.

Left, the outline (collapsible, each entry a link to its place in the text);
right, the cleaned text with sections and points set apart by level,
placeholders coloured by kind, and a switch to the raw input in which every
span that cleaning removed is struck through and labelled with its rule. The
warnings are listed and linked to their place, the metadata heads the page.

Nothing is fetched: style and script are inline, and the page's
Content-Security-Policy allows those two blocks (by hash) and nothing else.
Pages are filled from the templates in ``speechparse/assets`` with
:class:`string.Template`, and every piece of document text goes through
:func:`html.escape` first, so a document that contains ``<script>`` shows it.

Rendering follows what a node has, not a list of node types: a node with
``children`` is a container, any other node a line of text; a ``heading_span``
makes a heading, a ``marker`` or ``label`` found at the node's start a badge.
A node type added to the model shows without a change here.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from html.parser import HTMLParser
from importlib.resources import files
from string import Template
from typing import Final
from urllib.parse import quote

from attrs import asdict, frozen

from speechparse import __version__
from speechparse.model import PLACEHOLDER_KINDS, Document, Node, Placeholder

#: background of a placeholder of each kind, in the text and in the legend
KIND_COLOURS: Final = {
    "region": "#bcdcff",
    "person": "#ffc8d5",
    "number": "#c6efbd",
    "date": "#ffe09a",
    "other": "#dccdff",
}
#: colour of a section's heading and rule, by level (deeper levels take them again in turn)
LEVEL_COLOURS: Final = ("#1f4e9c", "#a23b12", "#2e7d32", "#7b3fa0", "#8a6400", "#00727a")
#: characters of a point's lead shown in the outline
OUTLINE_LEAD: Final = 40


@frozen
class RawPiece:
    """A stretch of the raw input: kept (``rule`` is None) or removed by ``rule``."""

    start: int
    end: int
    text: str
    rule: str | None = None
    #: index in ``Document.removed`` of a removed piece
    removal: int | None = None


@frozen
class PageSummary:
    """What an index of pages says about one document (and reads back from its page)."""

    path: str
    title: str = ""
    site: str = ""
    sections: int = 0
    points: int = 0
    placeholders: int = 0
    removed: int = 0
    warnings: int = 0
    error_type: str = ""
    error_message: str = ""


# ---------------------------------------------------------------- one document


def render_html(document: Document) -> str:
    """The page of a parsed document: outline, marked-up text, raw input, warnings, metadata."""
    painter = _Painter(document)
    clean = painter.nodes(document.body, "#/body", 0, len(document.text)) + painter.rest()
    title = _page_title(document)
    values = {
        "policy": _attribute(_policy((_style(), _noscript_style()), (_asset("view.js"),))),
        "version": _attribute(__version__),
        "summary": _attribute(json.dumps(asdict(summarize(document)), ensure_ascii=False)),
        "title": _text(title),
        "style": _style(),
        "noscript_style": _noscript_style(),
        "meta": _meta(document),
        "legend": _legend(document.placeholders),
        "outline": _outline(document),
        "warnings": _warnings(document),
        "clean": clean,
        "removal_summary": _removal_summary(document),
        "raw": _raw(document),
        "script": _asset("view.js"),
    }
    return Template(_asset("page.html")).substitute(values)


def summarize(document: Document, path: str | None = None) -> PageSummary:
    """The index entry of a document (``path`` defaults to where it was read from)."""
    nodes = [node.TYPE for _, node in document.walk()]
    return PageSummary(
        path=path if path is not None else document.source.path or "",
        title=document.title or "",
        site=document.meta.site or "",
        sections=nodes.count("section"),
        points=nodes.count("point"),
        placeholders=len(document.placeholders),
        removed=len(document.removed),
        warnings=len(document.warnings),
    )


def raw_pieces(document: Document) -> list[RawPiece]:
    """The raw input rebuilt from the cleaned text, ``source_map`` and ``removed``, in order.

    The kept intervals and the removed spans tile the raw input; where they do
    not (a hand-made document), an overlap is cut from the later piece and a gap
    becomes a piece with no text, so the page shows that something is missing.
    """
    pieces: list[RawPiece] = []
    offset = 0
    for start, end in document.source_map or ((0, len(document.text)),):
        pieces.append(RawPiece(start, end, document.text[offset:offset + end - start]))
        offset += end - start
    pieces.extend(RawPiece(removal.span[0], removal.span[1], removal.text, removal.rule, index)
                  for index, removal in enumerate(document.removed))
    pieces.sort(key=lambda piece: (piece.start, piece.end))
    tiled: list[RawPiece] = []
    position = 0
    for piece in pieces:
        if piece.start > position:
            tiled.append(RawPiece(position, piece.start, ""))
        elif piece.start < position:
            if piece.end <= position:
                continue
            cut = position - piece.start
            piece = RawPiece(position, piece.end, piece.text[cut:], piece.rule, piece.removal)
        tiled.append(piece)
        position = piece.end
    return tiled


# ---------------------------------------------------------------- pages of a batch


def render_failure_page(path: str, error_type: str, message: str) -> str:
    """The page of a document that could not be parsed: what went wrong."""
    summary = PageSummary(path=path, error_type=error_type, error_message=message)
    return _plain_page(path, f"{error_type}: {message}", "", summary)


def render_index(pages: Iterable[tuple[str, PageSummary]], title: str = "speechparse: parsed documents") -> str:
    """An index of pages: ``(file name of the page, its summary)`` each, one row a document."""
    rows: list[str] = []
    count = failed = 0
    for page, summary in sorted(pages, key=lambda item: item[1].path):
        count += 1
        link = f'<a href="{_attribute(quote(page))}">{_text(summary.path)}</a>'
        if summary.error_type:
            failed += 1
            rows.append(f'<tr><td>{link}</td><td class="error" colspan="7">'
                        f'{_text(summary.error_type)}: {_text(summary.error_message)}</td></tr>')
            continue
        numbers = "".join(f'<td class="number">{value}</td>' for value in (
            summary.sections, summary.points, summary.placeholders, summary.removed, summary.warnings))
        rows.append(f'<tr><td>{link}</td><td lang="zh-CN">{_text(summary.title)}</td>'
                    f'<td class="site" lang="zh-CN">{_text(summary.site)}</td>{numbers}</tr>')
    head = ("<tr><th>document</th><th>title</th><th>site</th><th>sections</th><th>points</th>"
            "<th>placeholders</th><th>removed</th><th>warnings</th></tr>")
    table = f'<table class="index"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'
    lead = f"{count} documents, {failed} failed"
    return _plain_page(title, lead, table, None)


def read_summary(page: str) -> PageSummary | None:
    """The summary a page written by this module carries in its head (None for any other file)."""
    reader = _SummaryReader()
    reader.feed(page[:page.find("</head>")] if "</head>" in page else page)
    if reader.content is None:
        return None
    try:
        data = json.loads(reader.content)
        return PageSummary(**data) if isinstance(data, dict) else None
    except (ValueError, TypeError):
        return None


class _SummaryReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.content: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("name") == "speechparse-summary":
            self.content = values.get("content")


def _plain_page(title: str, lead: str, content: str, summary: PageSummary | None) -> str:
    values = {
        "policy": _attribute(_policy((_style(),), ())),
        "version": _attribute(__version__),
        "summary": _attribute(json.dumps(asdict(summary), ensure_ascii=False) if summary else ""),
        "title": _text(title),
        "style": _style(),
        "lead": _text(lead),
        "content": content,
    }
    return Template(_asset("plain.html")).substitute(values)


# ---------------------------------------------------------------- the cleaned text


class _Painter:
    """Writes spans of ``doc.text`` as HTML: placeholders marked, warning flags at their place.

    Every offset of the text is written by exactly one call of :meth:`span`, so
    the page's text, read without its markup, is ``doc.text`` itself.
    """

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.marks = sorted(enumerate(document.placeholders), key=lambda item: item[1].span)
        self.mark_starts = [placeholder.span[0] for _, placeholder in self.marks]
        self.mark_ends = [placeholder.span[1] for _, placeholder in self.marks]
        self.flags: dict[int, list[int]] = {}
        for index, warning in enumerate(document.warnings):
            if warning.span is not None:
                # a flag inside a placeholder would cut its mark in two: it goes before it
                self.flags.setdefault(self._outside_marks(min(warning.span[0], len(self.text))), []).append(index)
        self.flag_offsets = sorted(self.flags)
        self.warnings = document.warnings
        self.flagged: set[int] = set()

    def _outside_marks(self, offset: int) -> int:
        index = bisect_right(self.mark_starts, offset) - 1
        if index >= 0 and self.mark_starts[index] < offset < self.mark_ends[index]:
            return self.mark_starts[index]
        return offset

    def nodes(self, nodes: Sequence[Node], ref: str, start: int, end: int) -> str:
        """Nodes in document order, with the text between them (``ref`` names the sequence)."""
        out: list[str] = []
        position = start
        for index, node in enumerate(nodes):
            node_start, node_end = node.span
            if node_start > position:
                out.append(self.span(position, node_start))
            out.append(self.node(node, f"{ref}/{index}"))
            position = max(position, node_end)
        if position < end:
            out.append(self.span(position, end))
        return "".join(out)

    def node(self, node: Node, ref: str) -> str:
        """One node: a heading or badge at its start, then its text and children."""
        start, end = node.span
        children: Sequence[Node] | None = getattr(node, "children", None)
        body_end = children[0].span[0] if children else end
        attributes = {"id": ref[1:], "class": f"node node-{node.TYPE}", "data-type": node.TYPE}
        level = getattr(node, "level", None)
        if isinstance(level, int):
            attributes["class"] += f" level-{(level - 1) % len(LEVEL_COLOURS) + 1}"
            attributes["data-level"] = str(level)
        for name in ("scheme", "number"):
            value = getattr(node, name, None)
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                attributes[f"data-{name}"] = str(value)
        head, head_end = self._head(node, start, body_end, level if isinstance(level, int) else 1)
        if children is None:
            inner = head + self.span(head_end, end)
        else:
            inner = head + self.nodes(children, f"{ref}/children", head_end, end)
        tag = "section" if getattr(node, "heading_span", None) is not None else "div"
        return f"<{tag}{_attributes(attributes)}>{inner}</{tag}>"

    def _head(self, node: Node, start: int, limit: int, level: int) -> tuple[str, int]:
        """The heading line or the badge a node starts with, and where its text goes on."""
        badge = ""
        badge_end = start
        for name in ("marker", "label"):
            value = getattr(node, name, None)
            if isinstance(value, str) and value and self.text.startswith(value, start) \
                    and start + len(value) <= limit:
                badge_end = start + len(value)
                badge = f'<span class="{name}">{self.span(start, badge_end)}</span>'
                break
        heading_span = getattr(node, "heading_span", None)
        if heading_span is None:
            return badge, badge_end
        # the heading is the line it stands on, up to the first child (a run-in heading stops there)
        line_end = self.text.find("\n", max(heading_span[1], badge_end), limit)
        head_end = limit if line_end < 0 else line_end + 1
        depth = level + 1
        tag = f"h{min(depth, 6)}"
        deeper = f' aria-level="{depth}"' if depth > 6 else ""
        return f'<{tag} class="heading"{deeper}>{badge}{self.span(badge_end, head_end)}</{tag}>', head_end

    def span(self, start: int, end: int) -> str:
        """``text[start:end]`` with its placeholders marked and warning flags in place."""
        out: list[str] = []
        position = start
        index = max(0, bisect_right(self.mark_starts, start) - 1)
        while index < len(self.marks) and self.mark_starts[index] < end:
            placeholder_index, placeholder = self.marks[index]
            index += 1
            mark_start, mark_end = max(placeholder.span[0], position), min(placeholder.span[1], end)
            if mark_end <= mark_start:
                continue
            out.append(self._plain(position, mark_start))
            out.append(self._flags(mark_start, mark_end))
            out.append(_mark(placeholder_index, placeholder, self.text[mark_start:mark_end]))
            position = mark_end
        out.append(self._plain(position, end))
        return "".join(out)

    def rest(self) -> str:
        """Flags not written yet: warnings at the very end of the text (or beyond it)."""
        return "".join(self._flag(index) for offset in self.flag_offsets for index in self.flags[offset]
                       if index not in self.flagged)

    def _plain(self, start: int, end: int) -> str:
        out: list[str] = []
        position = start
        for offset in self._flag_offsets_in(start, end):
            out.append(_text(self.text[position:offset]))
            out.append(self._flags(offset, offset + 1))
            position = offset
        out.append(_text(self.text[position:end]))
        return "".join(out)

    def _flags(self, start: int, end: int) -> str:
        return "".join(self._flag(index) for offset in self._flag_offsets_in(start, end)
                       for index in self.flags[offset] if index not in self.flagged)

    def _flag_offsets_in(self, start: int, end: int) -> list[int]:
        return self.flag_offsets[bisect_left(self.flag_offsets, start):bisect_left(self.flag_offsets, end)]

    def _flag(self, index: int) -> str:
        self.flagged.add(index)
        warning = self.warnings[index]
        return (f'<span class="warning-flag" id="warning-{index}" data-code="{_attribute(warning.code)}"'
                f' title="{_attribute(f"{warning.code}: {warning.message}")}"></span>')


def _mark(index: int, placeholder: Placeholder, text: str) -> str:
    hover = [placeholder.kind]
    if placeholder.slot:
        hover.append(f"slot {placeholder.slot}")
    if placeholder.cue:
        hover.append(f"cue {placeholder.cue}" + (f" ({placeholder.cue_class})" if placeholder.cue_class else ""))
    attributes = {
        "class": f"ph ph-{placeholder.kind}",
        "data-index": str(index),
        "data-kind": placeholder.kind,
        "data-slot": placeholder.slot,
        "data-cue": placeholder.cue,
        "title": " · ".join(hover),
    }
    return f"<mark{_attributes(attributes)}>{_text(text)}</mark>"


# ---------------------------------------------------------------- around the text


def _page_title(document: Document) -> str:
    return document.title or document.meta.file_title or document.source.path or "untitled document"


def _meta(document: Document) -> str:
    meta, source = document.meta, document.source
    nodes = Counter(node.TYPE for _, node in document.walk())
    fields = [
        ("source", source.path or "(text)"),
        ("format", source.format + (f", {source.encoding}" if source.encoding else "")),
        ("site", meta.site or "—"),
        ("file title", meta.file_title or "—"),
        ("pages", "—" if meta.pages is None else str(meta.pages)),
        ("truncated", "yes" if meta.truncated else "no"),
    ]
    if meta.keywords:
        fields.append(("keywords", " ".join(meta.keywords)))
    if meta.date:
        fields.append(("date", meta.date))
    if meta.source_url:
        fields.append(("source URL", meta.source_url))
    fields.extend([
        ("sections", str(nodes["section"])),
        ("points", str(nodes["point"])),
        ("placeholders", str(len(document.placeholders))),
        ("removed spans", str(len(document.removed))),
        ("warnings", str(len(document.warnings))),
    ])
    return "".join(f'<div data-field="{_attribute(name)}"><dt>{_text(name)}</dt><dd>{_text(value)}</dd></div>'
                   for name, value in fields)


def _legend(placeholders: Sequence[Placeholder]) -> str:
    counts = Counter(placeholder.kind for placeholder in placeholders)
    kinds = list(PLACEHOLDER_KINDS) + sorted(set(counts) - set(PLACEHOLDER_KINDS))
    return "".join(f'<li data-kind="{_attribute(kind)}"><span class="swatch ph-{_attribute(kind)}">{_text(kind)}'
                   f'</span> <span class="count">{counts[kind]}</span></li>' for kind in kinds)


def _outline(document: Document) -> str:
    title = next((ref for ref, node in document.walk() if node.TYPE == "title"), None)
    items = _outline_items(document, document.body, "#/body")
    if title is not None and document.title:
        items.insert(0, f'<li class="entry-title"><a href="{_attribute(title)}">{_text(document.title)}</a></li>')
    return f"<ul>{''.join(items)}</ul>" if items else "<p>No sections or points.</p>"


def _outline_items(document: Document, nodes: Sequence[Node], ref: str) -> list[str]:
    items: list[str] = []
    for index, node in enumerate(nodes):
        node_ref = f"{ref}/{index}"
        children: Sequence[Node] = getattr(node, "children", ())
        inner = _outline_items(document, children, f"{node_ref}/children")
        label = _outline_label(node)
        if label is None:
            items.extend(inner)
            continue
        level = getattr(node, "level", None)
        level_class = f" level-{(level - 1) % len(LEVEL_COLOURS) + 1}" if isinstance(level, int) else ""
        link = f'<a href="{_attribute(node_ref)}">{label}</a>'
        if inner:
            items.append(f'<li class="entry-{node.TYPE}{level_class}"><details open><summary>{link}</summary>'
                         f'<ul>{"".join(inner)}</ul></details></li>')
        else:
            items.append(f'<li class="entry-{node.TYPE}{level_class}">{link}</li>')
    return items


def _outline_label(node: Node) -> str | None:
    """The outline entry of a container with a heading, marker or label (None: no entry)."""
    if getattr(node, "children", None) is None:
        return None
    marker = getattr(node, "marker", "") or ""
    heading = getattr(node, "heading", None)
    lead = getattr(node, "lead", None)
    label = getattr(node, "label", None)
    if isinstance(heading, str):
        words = heading
    elif isinstance(lead, str):
        words = lead if len(lead) <= OUTLINE_LEAD else lead[:OUTLINE_LEAD] + "…"
    elif isinstance(label, str) and label:
        words = label
    else:
        return None
    badge = f'<span class="marker">{_text(marker.strip())}</span>' if marker.strip() else ""
    return f'{badge}<span lang="zh-CN">{_text(words)}</span>'


def _warnings(document: Document) -> str:
    if not document.warnings:
        return '<section class="warnings" aria-label="Warnings"><h2>Warnings</h2><p>None.</p></section>'
    items = []
    for index, warning in enumerate(document.warnings):
        words = f'<span class="code">{_text(warning.code)}</span> <span lang="zh-CN">{_text(warning.message)}</span>'
        items.append(f'<li><a href="#warning-{index}">{words}</a></li>' if warning.span is not None
                     else f"<li>{words}</li>")
    return (f'<section class="warnings" aria-label="Warnings"><h2>Warnings ({len(document.warnings)})</h2>'
            f'<ol>{"".join(items)}</ol></section>')


def _removal_summary(document: Document) -> str:
    if not document.removed:
        return "Cleaning removed nothing: the raw input is the cleaned text."
    rules = Counter(removal.rule for removal in document.removed)
    listed = ", ".join(f'<span class="rule">{_text(rule)}</span> ×{count}' for rule, count in rules.items())
    removed = sum(removal.span[1] - removal.span[0] for removal in document.removed)
    return (f"Cleaning removed {len(document.removed)} spans ({removed} characters), each struck through "
            f"and labelled with its rule: {listed}.")


def _raw(document: Document) -> str:
    out: list[str] = []
    for piece in raw_pieces(document):
        if piece.rule is not None:
            missing = piece.end - piece.start - len(piece.text)
            out.append(f'<del class="removed" id="removed-{piece.removal}" data-rule="{_attribute(piece.rule)}"'
                       f' title="{_attribute(piece.rule)}">{_text(piece.text)}</del>')
            if missing > 0:
                out.append(f'<span class="gap" data-length="{missing}"></span>')
        elif piece.text or piece.start == piece.end:
            out.append(_text(piece.text))
        else:
            out.append(f'<span class="gap" data-length="{piece.end - piece.start}"></span>')
    return "".join(out)


# ---------------------------------------------------------------- assets and escaping


@cache
def _asset(name: str) -> str:
    return files("speechparse").joinpath("assets").joinpath(name).read_text("utf-8")


@cache
def _style() -> str:
    """The page's style sheet: the static one, then the colours of kinds and levels."""
    kinds = "\n".join(f"mark.ph-{kind}, .swatch.ph-{kind} {{ background: {colour}; }}"
                      for kind, colour in KIND_COLOURS.items())
    levels = "\n".join(f".level-{index} {{ --level: {colour}; }}" for index, colour in enumerate(LEVEL_COLOURS, 1))
    return f"{_asset('view.css')}{kinds}\n{levels}\n"


@cache
def _noscript_style() -> str:
    """Without scripts there is no switch: both views show, the raw input after the text."""
    return "#toggle-view { display: none; } body[data-view] #raw { display: block; }"


def _policy(styles: Sequence[str], scripts: Sequence[str]) -> str:
    """A Content-Security-Policy that allows these inline blocks and nothing else (no fetch of any kind)."""
    def hashes(blocks: Sequence[str]) -> str:
        return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()}'"
                        for block in blocks) or "'none'"

    return (f"default-src 'none'; style-src {hashes(styles)}; script-src {hashes(scripts)}; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _text(value: str) -> str:
    """Text for an element's content; a carriage return is kept as a reference (HTML would drop it)."""
    return html.escape(value, quote=False).replace("\r", "&#13;").replace("\0", "&#xFFFD;")


def _attribute(value: str) -> str:
    """Text for an attribute's value in double quotes."""
    return html.escape(value, quote=True).replace("\r", "&#13;").replace("\n", "&#10;").replace("\0", "&#xFFFD;")


def _attributes(values: dict[str, str]) -> str:
    return "".join(f' {name}="{_attribute(value)}"' for name, value in values.items())
