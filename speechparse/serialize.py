"""JSON in and out, through a private cattrs converter configured in one place.

Nodes carry their kind in a ``"type"`` field (``"section"``, ``"point"`` …),
which is also how the union of node classes is told apart when loading. The
field names and meanings are the contract of ``docs/output.md``; the JSON
Schema in ``schema.json`` describes the whole document.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib.resources import files
from types import UnionType
from typing import Any, Union, get_args, get_origin

import cattrs
from attrs import fields, has, resolve_types

from speechparse import model
from speechparse.model import NODE_TYPES, Document, Node

for _cls in (*NODE_TYPES, model.Document, model.Source, model.Meta, model.Placeholder, model.StructureWarning,
             model.Removal):
    resolve_types(_cls, globalns=vars(model))

_BY_TYPE: dict[str, type] = {cls.TYPE: cls for cls in NODE_TYPES}  # type: ignore[attr-defined]
#: the classes a document is made of, each unstructured by a function generated for it
_CLASSES: tuple[type, ...] = (*NODE_TYPES, model.Document, model.Source, model.Meta, model.Placeholder,
                              model.StructureWarning, model.Removal)


# ---------------------------------------------------------------- unstructuring

def _value_code(kind: Any, expression: str) -> str:
    """Python source that turns ``expression`` (a value of type ``kind``) into JSON data, as cattrs would:
    tuples become lists, attrs objects dicts (through their generated function), the rest stays."""
    origin, arguments = get_origin(kind), get_args(kind)
    if origin in (UnionType, Union):
        present = [argument for argument in arguments if argument is not type(None)]
        if len(present) == 1 and len(present) < len(arguments):  # X | None
            inner = _value_code(present[0], expression)
            return expression if inner == expression else f"(None if {expression} is None else {inner})"
        if all(has(argument) for argument in present):  # a union of node classes
            return f"_UNSTRUCTURE[type({expression})]({expression})"
        raise TypeError(f"no unstructuring for {kind}")
    if origin is tuple:
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            item = _value_code(arguments[0], "item")
            return f"[{item} for item in {expression}]" if item != "item" else f"list({expression})"
        return f"list({expression})"  # a pair: (start, end)
    if has(kind):
        return f"_UNSTRUCTURE[{kind.__name__}]({expression})"
    if kind in (str, int, bool, float):
        return expression
    raise TypeError(f"no unstructuring for {kind}")


def _unstructure_function(cls: type) -> Callable[[Any], dict[str, Any]]:
    """A function written for ``cls``: its fields in order (a node's ``type`` first), each turned into
    JSON data by code chosen from the field's type once, not by a dispatch per value."""
    entries = [f'"type": {cls.TYPE!r}'] if cls in NODE_TYPES else []  # type: ignore[attr-defined]
    entries.extend(f"{attribute.name!r}: {_value_code(attribute.type, f'obj.{attribute.name}')}"
                   for attribute in fields(cls))
    source = f"def unstructure_{cls.__name__}(obj):\n    return {{{', '.join(entries)}}}\n"
    namespace: dict[str, Any] = {"_UNSTRUCTURE": _UNSTRUCTURE, **{c.__name__: c for c in _CLASSES}}
    exec(compile(source, f"<speechparse unstructure {cls.__name__}>", "exec"), namespace)
    return namespace[f"unstructure_{cls.__name__}"]  # type: ignore[no-any-return]


#: class → the function that turns its objects into JSON data
_UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {}
_UNSTRUCTURE.update((cls, _unstructure_function(cls)) for cls in _CLASSES)


def configure_converter(converter: cattrs.Converter) -> None:
    """Register the hooks speechparse's JSON needs on ``converter``."""

    def structure_node(data: dict[str, Any], _: Any) -> Node:
        try:
            cls = _BY_TYPE[data["type"]]
        except KeyError:
            raise ValueError(f"unknown node type {data.get('type')!r}") from None
        values = {a.name: converter.structure(data[a.name], a.type) for a in fields(cls) if a.name in data}
        return cls(**values)  # type: ignore[no-any-return]

    for cls, unstructure in _UNSTRUCTURE.items():
        converter.register_unstructure_hook(cls, unstructure)
    converter.register_unstructure_hook(Node, lambda node: _UNSTRUCTURE[type(node)](node))
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
_DOCUMENT_FIELDS = (*FIELD_ORDER, *(a.name for a in fields(Document) if a.name not in FIELD_ORDER))


def to_dict(document: Document) -> dict[str, Any]:
    """The document as plain JSON data (the contract's field order)."""
    data = _UNSTRUCTURE[Document](document)
    return {name: data[name] for name in _DOCUMENT_FIELDS}


def from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a document from :func:`to_dict` data."""
    return _CONVERTER.structure(data, Document)


# ---------------------------------------------------------------- writing

def dumps(document: Document, *, indent: int | None = None, first: Mapping[str, Any] | None = None) -> str:
    """The document as a JSON string; Chinese stays readable (no ``\\u`` escapes).

    The same bytes as ``json.dumps(to_dict(document), ensure_ascii=False,
    indent=indent)``, written a piece at a time: nodes with children field by
    field when they are big, everything else in runs of up to :data:`RUN` items
    (and :data:`BIG_NODE` characters of text) encoded by the json module's C
    encoder, so no more than a run's data is held at once (a dense document's
    whole dict tree would cost twice its own size on top of the string).
    ``first``: keys written before the document's own (a batch record's path).
    """
    pieces: list[str] = []  # joined once: io.StringIO keeps four bytes a character, whatever the text
    _JsonWriter(pieces.append, indent).document(document, first or {})
    return "".join(pieces)


#: items of a list encoded in one call of the C encoder, at most
RUN = 256
#: a node with children over this many characters of text is written field by field (its children may
#: be most of the document); smaller nodes, and runs of them up to this size, are encoded whole
BIG_NODE = 1 << 16
_STREAMED = (model.Section, model.Part, model.Paragraph, model.Point)


@cache
def _encoder(indent: int | None) -> Callable[[Any], str]:
    return json.JSONEncoder(ensure_ascii=False, indent=indent).encode


class _JsonWriter:
    """JSON written the way :func:`json.dumps` writes it, a piece at a time."""

    def __init__(self, write: Callable[[str], object], indent: int | None) -> None:
        self.write = write
        self.indent = indent
        self.encode = _encoder(indent)
        self.separator = ", " if indent is None else ","

    def pad(self, level: int) -> str:
        """The line break and indentation before an item at ``level`` (nothing without ``indent``)."""
        return "" if self.indent is None else "\n" + " " * (self.indent * level)

    def shifted(self, encoded: str, level: int) -> str:
        """JSON encoded at level 0, moved to ``level`` (a JSON string never holds a raw line break)."""
        return encoded if self.indent is None or level == 0 else encoded.replace("\n", self.pad(level))

    def document(self, document: Document, first: Mapping[str, Any]) -> None:
        items = [*first.items(), *((name, getattr(document, name)) for name in _DOCUMENT_FIELDS)]
        self._object(items, 0)

    def _object(self, items: Iterable[tuple[str, Any]], level: int) -> None:
        write, pad = self.write, self.pad(level + 1)
        opening = "{"
        for key, value in items:
            write(opening + pad + self.encode(key) + ": ")
            self._value(value, level + 1)
            opening = self.separator
        write("{}" if opening == "{" else self.pad(level) + "}")

    def _value(self, value: Any, level: int) -> None:
        if isinstance(value, _STREAMED):
            self._object(((key, getattr(value, key)) if key != "type" else ("type", value.TYPE)
                          for key in _NODE_KEYS[type(value)]), level)
        elif isinstance(value, tuple | list):
            self._list(value, level)
        else:
            self.write(self.shifted(self.encode(_data(value)), level))

    def _list(self, items: tuple[Any, ...] | list[Any], level: int) -> None:
        if not items:
            self.write("[]")
            return
        write, pad = self.write, self.pad(level + 1)
        opening = "["
        run: list[Any] = []
        run_chars = 0  # of text the nodes of the run cover
        for item in items:
            chars = _text_covered(item)
            if chars > BIG_NODE and isinstance(item, _STREAMED):
                if run:
                    write(opening + self._run(run, level))
                    opening, run, run_chars = self.separator, [], 0
                write(opening + pad)
                self._value(item, level + 1)
                opening = self.separator
                continue
            run.append(_data(item))
            run_chars += chars
            if len(run) == RUN or run_chars > BIG_NODE:
                write(opening + self._run(run, level))
                opening, run, run_chars = self.separator, [], 0
        if run:
            write(opening + self._run(run, level))
        write(self.pad(level) + "]")

    def _run(self, run: list[Any], level: int) -> str:
        """Items of a list at ``level``, encoded in one call, without the list's brackets."""
        encoded = self.encode(run)
        inner = encoded[1:-1] if self.indent is None else encoded[1:-2]  # "[" … "]" or "[" … "\n]"
        return self.shifted(inner, level)


def _text_covered(item: Any) -> int:
    """Characters of text a node covers (0 for anything else): what its data will cost, roughly."""
    if isinstance(item, NODE_TYPES):
        start, end = item.span  # type: ignore[attr-defined]
        return end - start  # type: ignore[no-any-return]
    return 0


#: a streamed node's keys, in the order its JSON has them
_NODE_KEYS: dict[type, tuple[str, ...]] = {cls: ("type", *(a.name for a in fields(cls))) for cls in _STREAMED}


def _data(value: Any) -> Any:
    """A value as JSON data: an attrs object through its function, a tuple as a list, the rest as it is."""
    unstructure = _UNSTRUCTURE.get(type(value))
    if unstructure is not None:
        return unstructure(value)
    if isinstance(value, tuple):
        return [_data(item) for item in value]
    return value


def loads(data: str | bytes) -> Document:
    """Rebuild a document from :func:`dumps` output."""
    return from_dict(json.loads(data))


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`dumps` output (``speechparse/schema.json``)."""
    schema: dict[str, Any] = json.loads(files("speechparse").joinpath("schema.json").read_text("utf-8"))
    return schema
