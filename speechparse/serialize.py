"""JSON in and out, through a private cattrs converter configured in one place.

Nodes carry their kind in a ``"type"`` field (``"section"``, ``"point"`` …),
which is also how the union of node classes is told apart when loading. The
field names and meanings are the contract of ``../spec/output.md``; the JSON
Schema in ``schema.json`` describes the whole document.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

import cattrs
from attrs import fields, resolve_types

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


def to_dict(document: Document) -> dict[str, Any]:
    """The document as plain JSON data (the contract's field order)."""
    data: dict[str, Any] = _CONVERTER.unstructure(document)
    order = ("schema", "source", "meta", "title", "text", "body", "placeholders", "warnings", "removed",
             "source_map")
    return {key: data[key] for key in order} | {k: v for k, v in data.items() if k not in order}


def from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a document from :func:`to_dict` data."""
    return _CONVERTER.structure(data, Document)


def dumps(document: Document, *, indent: int | None = None) -> str:
    """The document as a JSON string; Chinese stays readable (no ``\\u`` escapes)."""
    return json.dumps(to_dict(document), ensure_ascii=False, indent=indent)


def loads(data: str | bytes) -> Document:
    """Rebuild a document from :func:`dumps` output."""
    return from_dict(json.loads(data))


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`dumps` output (``speechparse/schema.json``)."""
    schema: dict[str, Any] = json.loads(files("speechparse").joinpath("schema.json").read_text("utf-8"))
    return schema
