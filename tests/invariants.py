"""The promises every parsed document keeps, checked in one place.

Used by the property tests, the hostile-input tests, the dev-corpus test and
the atheris harness (``fuzz/fuzz_parse.py``), so they all hold a document to
the same rules: the top-level nodes tile the text, every span is in range,
children lie inside their parent in order, headings inside their section,
placeholders slice their own text, warnings point inside it, and the JSON
validates and round-trips.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import assume
from jsonschema import Draft202012Validator

import speechparse
from speechparse import Document, Section
from speechparse.clean import clean
from speechparse.read.text import with_line_separators_read

VALIDATOR = Draft202012Validator(speechparse.json_schema())


def _check_children(doc: Document, ref: str, node: Any) -> None:
    start, end = node.span
    previous_end = start
    for i, child in enumerate(getattr(node, "children", ())):
        child_ref = f"{ref}/children/{i}"
        child_start, child_end = child.span
        assert start <= child_start <= child_end <= end, f"{child_ref} {child.span} outside parent {node.span}"
        assert child_start >= previous_end, f"{child_ref} {child.span} overlaps or precedes its previous sibling"
        previous_end = child_end
        _check_node(doc, child_ref, child)


def _check_node(doc: Document, ref: str, node: Any) -> None:
    start, end = node.span
    assert 0 <= start <= end <= len(doc.text), f"{ref} span {node.span} out of range {len(doc.text)}"
    if isinstance(node, Section):
        heading_start, heading_end = node.heading_span
        assert start <= heading_start <= heading_end <= end, (
            f"{ref} heading_span {node.heading_span} outside section span {node.span}"
        )
    _check_children(doc, ref, node)


def assert_tree_invariants(doc: Document) -> None:
    """Every promise the library makes about spans, checked on one document."""
    text = doc.text
    if not doc.body:
        assert text == "", "a non-empty text must be covered by body nodes"
    else:
        assert doc.body[0].span[0] == 0, f"first node starts at {doc.body[0].span[0]}, not 0"
        for i in range(1, len(doc.body)):
            assert doc.body[i].span[0] == doc.body[i - 1].span[1], (
                f"#/body/{i} starts at {doc.body[i].span[0]}, previous ends at {doc.body[i - 1].span[1]}"
            )
        assert doc.body[-1].span[1] == len(text), f"last node ends at {doc.body[-1].span[1]}, text is {len(text)}"
    for i, node in enumerate(doc.body):
        _check_node(doc, f"#/body/{i}", node)
    for placeholder in doc.placeholders:
        start, end = placeholder.span
        assert 0 <= start <= end <= len(text), f"placeholder {placeholder} out of range"
        assert text[start:end] == placeholder.text, f"placeholder {placeholder} slices to {text[start:end]!r}"
    for warning in doc.warnings:
        if warning.span is not None:
            assert 0 <= warning.span[0] <= warning.span[1] <= len(text), f"warning {warning} out of range"


def assert_sound(doc: Document) -> None:
    """The tree invariants, and JSON that validates against the schema and round-trips."""
    assert_tree_invariants(doc)
    data = doc.to_json()
    errors = [error.message for error in VALIDATOR.iter_errors(json.loads(data))]
    assert errors == [], errors
    assert Document.from_json(data) == doc


def parsed_unless_all_noise(text: str) -> Document:
    """``parse_text(text)``; where the text is empty or spaces, the parse must be refused with
    :class:`speechparse.EmptyInputError`, and where cleaning leaves no text of a text that had some,
    with :class:`speechparse.NothingButNoiseError`; such a hypothesis example is skipped."""
    if not text.strip():
        with pytest.raises(speechparse.EmptyInputError):
            speechparse.parse_text(text)
        assume(False)
    if not clean(with_line_separators_read(text)[0]).text.strip():  # (as the parse reads its lines)
        with pytest.raises(speechparse.NothingButNoiseError):
            speechparse.parse_text(text)
        assume(False)
    return speechparse.parse_text(text)


def reference_json(document: Document, *, indent: int | None = None, first: dict[str, Any] | None = None) -> str:
    """The document's JSON as cattrs' generic machinery and ``json.dumps`` write it: the reference the
    generated unstructuring and the piecewise writer of :mod:`speechparse.serialize` must match byte for byte."""
    import cattrs
    from attrs import fields

    from speechparse.model import NODE_TYPES, Node
    from speechparse.serialize import FIELD_ORDER

    converter = cattrs.Converter()

    def node_data(node: Any) -> dict[str, Any]:
        return {"type": node.TYPE, **{a.name: converter.unstructure(getattr(node, a.name)) for a in fields(type(node))}}

    for cls in NODE_TYPES:
        converter.register_unstructure_hook(cls, node_data)
    converter.register_unstructure_hook(Node, node_data)
    data = converter.unstructure(document)
    ordered = {key: data[key] for key in FIELD_ORDER} | {k: v for k, v in data.items() if k not in FIELD_ORDER}
    return json.dumps({**(first or {}), **ordered}, ensure_ascii=False, indent=indent)
