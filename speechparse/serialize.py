"""JSON in and out, through a private cattrs converter configured in one place.

Nodes carry their kind in a ``"type"`` field (``"section"``, ``"point"`` …),
which is also how the union of node classes is told apart when loading. The
field names and meanings are the contract of ``../spec/output.md``; the JSON
Schema in ``schema.json`` describes the whole document.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files
from json.encoder import encode_basestring
from typing import IO, Any

import cattrs
from attrs import fields, has, resolve_types

from speechparse import model
from speechparse.model import NODE_TYPES, Document, Node

for _cls in (*NODE_TYPES, model.Document, model.Source, model.Meta, model.Placeholder, model.StructureWarning,
             model.Removal):
    resolve_types(_cls, globalns=vars(model))

_BY_TYPE: dict[str, type] = {cls.TYPE: cls for cls in NODE_TYPES}  # type: ignore[attr-defined]


def configure_converter(converter: cattrs.Converter) -> None:
    """Register the hooks speechparse's JSON needs on ``converter``."""

    def unstructure_node(node: Node) -> dict[str, Any]:
        data: dict[str, Any] = {"type": node.TYPE}
        for attribute in fields(type(node)):
            value = getattr(node, attribute.name)
            data[attribute.name] = converter.unstructure(value)
        return data

    def structure_node(data: dict[str, Any], _: Any) -> Node:
        try:
            cls = _BY_TYPE[data["type"]]
        except KeyError:
            raise ValueError(f"unknown node type {data.get('type')!r}") from None
        values = {a.name: converter.structure(data[a.name], a.type) for a in fields(cls) if a.name in data}
        return cls(**values)  # type: ignore[no-any-return]

    for cls in NODE_TYPES:
        converter.register_unstructure_hook(cls, unstructure_node)
    converter.register_unstructure_hook(Node, unstructure_node)
    converter.register_structure_hook(Node, structure_node)


def make_converter() -> cattrs.Converter:
    """A converter for :class:`~speechparse.model.Document` and its parts."""
    converter = cattrs.Converter(forbid_extra_keys=False)
    configure_converter(converter)
    return converter


_CONVERTER = make_converter()


#: the contract's field order of a document
FIELD_ORDER = ("schema", "source", "meta", "title", "text", "body", "placeholders", "warnings", "removed",
               "source_map")


def to_dict(document: Document) -> dict[str, Any]:
    """The document as plain JSON data (the contract's field order)."""
    data: dict[str, Any] = _CONVERTER.unstructure(document)
    return {key: data[key] for key in FIELD_ORDER} | {k: v for k, v in data.items() if k not in FIELD_ORDER}


def from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a document from :func:`to_dict` data."""
    return _CONVERTER.structure(data, Document)


def dumps(document: Document, *, indent: int | None = None, first: Mapping[str, Any] | None = None) -> str:
    """The document as a JSON string; Chinese stays readable (no ``\\u`` escapes).

    The same bytes as ``json.dumps(to_dict(document), ensure_ascii=False,
    indent=indent)``, written node by node: a dense document's dict tree would
    cost twice its own size on top of the string. ``first``: keys written before
    the document's own (a batch record's path).
    """
    out = io.StringIO()
    _JsonWriter(out, indent).document(document, first or {})
    return out.getvalue()


class _JsonWriter:
    """JSON written the way :func:`json.dumps` writes it, from the document's parts, one node at a time."""

    def __init__(self, out: IO[str], indent: int | None) -> None:
        self.out = out
        self.indent = indent
        self.item_separator = ", " if indent is None else ","

    def document(self, document: Document, first: Mapping[str, Any]) -> None:
        names = [a.name for a in fields(Document)]
        items: list[tuple[str, Any]] = [*first.items()]
        for name in (*FIELD_ORDER, *(name for name in names if name not in FIELD_ORDER)):
            items.append((name, getattr(document, name)))  # lists stay lists of model objects, written one by one
        self._object(items, 0)

    def _object(self, items: Iterable[tuple[str, Any]], level: int) -> None:
        self._container("{", "}", ((encode_basestring(key) + ": ", value) for key, value in items), level)

    def _container(self, opening: str, closing: str, items: Iterable[tuple[str, Any]], level: int) -> None:
        write = self.out.write
        inner = "" if self.indent is None else "\n" + " " * (self.indent * (level + 1))
        empty = True
        for prefix, value in items:
            write((opening if empty else self.item_separator) + inner + prefix)
            self._value(value, level + 1)
            empty = False
        if empty:
            write(opening + closing)
        else:
            write(("" if self.indent is None else "\n" + " " * (self.indent * level)) + closing)

    def _value(self, value: Any, level: int) -> None:
        if isinstance(value, str):
            self.out.write(encode_basestring(value))
        elif isinstance(value, dict):
            self._object(value.items(), level)
        elif isinstance(value, (list, tuple)):
            self._container("[", "]", (("", item) for item in value), level)
        elif isinstance(value, NODE_TYPES):
            node_items = [("type", value.TYPE)]  # type: ignore[attr-defined]
            node_items.extend((attribute.name, getattr(value, attribute.name))
                              for attribute in fields(type(value)))  # type: ignore[arg-type]
            self._object(node_items, level)
        elif has(type(value)):  # a placeholder, warning, removal, the source, the meta: small
            self._value(_CONVERTER.unstructure(value), level)
        else:  # numbers, booleans, None
            self.out.write(json.dumps(value))


def loads(data: str | bytes) -> Document:
    """Rebuild a document from :func:`dumps` output."""
    return from_dict(json.loads(data))


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`dumps` output (``speechparse/schema.json``)."""
    schema: dict[str, Any] = json.loads(files("speechparse").joinpath("schema.json").read_text("utf-8"))
    return schema
