"""Renderers: a document as text for people. The parser knows nothing of them."""

from __future__ import annotations

from collections.abc import Iterator

from speechparse.model import Document, Node, Part, Point, Section

#: indentation per level of the outline
INDENT = "  "


def render_outline(document: Document) -> str:
    """An indented table of contents: marker, number, heading; points under their section."""
    lines = [f"# {document.title}"] if document.title else []
    lines.extend(_outline(document.body, 0))
    return "\n".join(lines) + "\n"


def _outline(nodes: tuple[Node, ...], depth: int) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Section):
            yield f"{INDENT * depth}{node.marker.strip()} [{node.number}] {node.heading}"
            yield from _outline(node.children, depth + 1)
        elif isinstance(node, Part):
            yield f"{INDENT * depth}[{node.label}]"
            yield from _outline(node.children, depth)
        elif isinstance(node, Point):
            yield f"{INDENT * depth}· {node.marker.strip()} [{node.number}] {node.lead}"
            yield from _outline(node.children, depth + 1)
        else:
            yield from _outline(getattr(node, "children", ()), depth)
