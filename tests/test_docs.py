"""docs/output.md describes the whole contract: every field and every named value of the schema, of chunks and rows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from attrs import fields
from conftest import ROOT

import speechparse
from speechparse.formats import chunk_record
from speechparse.rows import COLUMNS

PAGE = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
#: every name the page writes as code: `name`
DESCRIBED = set(re.findall(r"`([^`\n]+)`", PAGE))


def _schema_names(schema: Any, where: str = "#") -> Iterator[tuple[str, str]]:
    """(where, name) for every property and every string value of an enum or const in the schema."""
    if isinstance(schema, dict):
        for name in schema.get("properties", {}):
            yield f"{where}/properties", name
        for value in schema.get("enum", []):
            if isinstance(value, str) and value:
                yield f"{where}/enum", value
        if isinstance(schema.get("const"), str):
            yield f"{where}/const", schema["const"]
        for key, value in schema.items():
            yield from _schema_names(value, f"{where}/{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            yield from _schema_names(value, f"{where}/{index}")


def test_every_field_and_value_the_schema_names_is_described() -> None:
    names = list(_schema_names(speechparse.json_schema()))
    assert len(names) > 150  # guards the walk: fields, node types, schemes, kinds, cue classes, codes, formats
    missing = sorted({f"{name} ({where})" for where, name in names if name not in DESCRIBED})
    assert not missing, f"docs/output.md does not describe: {missing}"


def test_every_field_of_a_chunk_record_and_every_row_column_is_described() -> None:
    chunk = speechparse.parse_text("一、总体要求\n内容。\n").chunks()[0]
    missing = [name for name in (*chunk_record(chunk, "a.txt"), *COLUMNS) if name not in DESCRIBED]
    assert not missing, f"docs/output.md does not describe: {missing}"


@pytest.mark.parametrize("cls", [speechparse.Source, speechparse.Meta, speechparse.Placeholder,
                                 speechparse.Section, speechparse.Point])
def test_every_attribute_of_the_models_in_the_json_is_described(cls: type) -> None:
    missing = [a.name for a in fields(cls) if a.name not in DESCRIBED]  # type: ignore[arg-type]
    assert not missing, f"docs/output.md does not describe {cls.__name__}: {missing}"


def test_the_page_is_in_the_repository_and_says_where_the_schema_is() -> None:
    assert "speechparse schema" in PAGE and "speechparse/schema.json" in PAGE and "../shared" not in PAGE
