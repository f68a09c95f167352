"""The JSON contract: speechparse/schema.json, and documents checked against it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from invariants import reference_json
from jsonschema import Draft202012Validator

import speechparse
from speechparse import Document

SEED = Path(__file__).parent.parent / "seeds" / "000_ad121b51ce1c70a2.txt"

#: a 公文 with three levels of headings: 一、 / （一） / 1.
GONGWEN = (
    "关于加强基层党组织建设的实施方案\n"
    "各乡镇党委，县直各部门：\n"
    "一、总体要求\n"
    "（一）指导思想。坚持以新时代中国特色社会主义思想为指导。\n"
    "（二）工作目标。到20XX年，全县基层党组织全面过硬。\n"
    "二、重点任务\n"
    "（一）建强战斗堡垒\n"
    "1.配齐配强村党组织书记。由X同志负责。\n"
    "2.夯实基础保障。每村补助X万元。\n"
    "（二）筑牢骨干队伍\n"
    "1.加强后备干部培养。\n"
    "三、保障措施\n"
    "各单位要高度重视，抓好落实。\n"
)
#: a speech with 第一， sections and 一是 points inside them
SPEECH = (
    "在全县脱贫攻坚推进会上的讲话\n"
    "同志们：\n"
    "这次会议的主要任务是总结工作、部署任务。下面，我讲三点意见。\n"
    "第一，要提高政治站位。一是要加强学习，二是要统一思想，三是要压实责任。\n"
    "第二，要聚焦重点任务。一是抓产业，二是抓就业。\n"
    "第三，要强化组织保障。\n"
    "谢谢大家！\n"
)
#: running text with no markers at all
PLAIN = "今年以来，全县上下认真贯彻落实各项决策部署，经济社会保持平稳健康发展。\n各级干部要再接再厉。\n"

HAND_WRITTEN = [
    pytest.param(GONGWEN, id="gongwen-cn-cnparen-arabic"),
    pytest.param(SPEECH, id="speech-ordinal-and-yishi-points"),
    pytest.param(PLAIN, id="no-markers"),
]

TOP_LEVEL_KEYS = ("schema", "source", "meta", "title", "text", "body", "placeholders")
SOURCE_KEYS = ("path", "format", "encoding")
META_KEYS = ("file_title", "site", "pages", "keywords", "truncated")
SECTION_KEYS = ("marker", "scheme", "number", "level", "heading", "span")
POINT_KEYS = ("marker", "scheme", "number", "lead", "span")


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return speechparse.json_schema()


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def seed_json() -> str:
    return speechparse.parse(SEED).to_json()


def _nodes(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every node dict of a JSON body, depth first."""
    found = []
    for node in nodes:
        found.append(node)
        found.extend(_nodes(node.get("children", [])))
    return found


def _errors(validator: Draft202012Validator, data: object) -> list[str]:
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(data)]


# ---------------------------------------------------------------- the schema itself


def test_schema_is_a_valid_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_json_schema_matches_the_packaged_schema_file(schema: dict[str, Any]) -> None:
    path = Path(speechparse.__file__).parent / "schema.json"
    assert json.loads(path.read_text(encoding="utf-8")) == schema


def test_schema_requires_the_contract_top_level_keys(schema: dict[str, Any]) -> None:
    assert set(TOP_LEVEL_KEYS) <= set(schema["required"])
    assert set(SOURCE_KEYS) <= set(schema["properties"]["source"]["required"])
    assert set(META_KEYS) <= set(schema["properties"]["meta"]["required"])


def test_schema_requires_section_and_point_fields(schema: dict[str, Any]) -> None:
    assert set(SECTION_KEYS) <= set(schema["$defs"]["section"]["required"])
    assert set(POINT_KEYS) <= set(schema["$defs"]["point"]["required"])


def test_schema_scheme_enum_lists_every_scheme_the_model_accepts(schema: dict[str, Any]) -> None:
    from speechparse.vocab.schemes import SCHEME_NAMES as SCHEMES

    assert set(schema["$defs"]["scheme"]["enum"]) == set(SCHEMES)


def test_schema_cue_class_enum_lists_every_class_that_can_decide_a_kind(schema: dict[str, Any]) -> None:
    from speechparse.vocab.placeholders import CUE_CLASSES, DERIVED_CUE_CLASSES

    deciding = {cls.name for cls in CUE_CLASSES if cls.kind is not None}
    assert set(schema["$defs"]["placeholder"]["properties"]["cue_class"]["enum"]) == {
        *deciding, *DERIVED_CUE_CLASSES, ""}


def test_schema_requires_the_cue_of_a_placeholder(schema: dict[str, Any]) -> None:
    assert {"text", "kind", "span", "cue", "cue_class"} <= set(schema["$defs"]["placeholder"]["required"])


# ---------------------------------------------------------------- documents against the schema


def test_seed_json_validates_against_the_schema(validator: Draft202012Validator, seed_json: str) -> None:
    assert _errors(validator, json.loads(seed_json)) == []


@pytest.mark.parametrize("text", HAND_WRITTEN)
def test_hand_written_document_json_validates_against_the_schema(validator: Draft202012Validator, text: str) -> None:
    data = json.loads(speechparse.parse_text(text).to_json())
    assert _errors(validator, data) == []


@pytest.mark.parametrize("text", [GONGWEN, SPEECH, PLAIN], ids=["gongwen", "speech", "no-markers"])
def test_hand_written_document_from_bytes_validates_against_the_schema(
    validator: Draft202012Validator, text: str
) -> None:
    data = json.loads(speechparse.parse(text.encode("utf-8")).to_json())
    assert data["source"]["encoding"] == "utf-8"
    assert _errors(validator, data) == []


def test_hand_written_gongwen_has_three_heading_levels() -> None:
    # guards the schema test above: the 公文 must really produce nested sections
    document = speechparse.parse_text(GONGWEN)
    schemes = {(section.scheme, section.level) for section in document.sections()}
    assert {("cn", 1), ("cn_paren", 2), ("arabic", 3)} <= schemes


def test_hand_written_speech_has_ordinal_sections_and_yishi_points() -> None:
    document = speechparse.parse_text(SPEECH)
    assert [section.marker for section in document.sections()] == ["第一，", "第二，", "第三，"]
    assert [point.marker for point in document.points()] == ["一是", "二是", "三是", "一是", "二是"]
    assert {point.scheme for point in document.points()} == {"cn_shi"}


def test_plain_text_has_no_sections_or_points() -> None:
    document = speechparse.parse_text(PLAIN)
    assert list(document.sections()) == []
    assert list(document.points()) == []


@pytest.mark.parametrize("bad_type", ["footnote", "Section", "", None])
def test_node_with_unknown_type_fails_validation(
    validator: Draft202012Validator, seed_json: str, bad_type: str | None
) -> None:
    data = json.loads(seed_json)
    data["body"][0]["type"] = bad_type
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_nested_node_with_unknown_type_fails_validation(validator: Draft202012Validator, seed_json: str) -> None:
    data = json.loads(seed_json)
    section = next(node for node in data["body"] if node["type"] == "section")
    nested = copy.deepcopy(section["children"][0])
    nested["type"] = "footnote"
    section["children"][0] = nested
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_document_missing_a_required_key_fails_validation(validator: Draft202012Validator, seed_json: str) -> None:
    for key in TOP_LEVEL_KEYS:
        data = json.loads(seed_json)
        del data[key]
        assert _errors(validator, data), f"a document without {key!r} validated"


def test_section_with_an_unknown_scheme_fails_validation(validator: Draft202012Validator, seed_json: str) -> None:
    data = json.loads(seed_json)
    section = next(node for node in data["body"] if node["type"] == "section")
    section["scheme"] = "runic"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


# ---------------------------------------------------------------- round trip and contract keys


def test_seed_json_round_trips_through_from_json(seed_json: str) -> None:
    document = Document.from_json(seed_json)
    assert document == speechparse.parse(SEED)
    assert document.to_json() == seed_json


@pytest.mark.parametrize("text", HAND_WRITTEN)
def test_hand_written_document_round_trips_through_from_json(text: str) -> None:
    document = speechparse.parse_text(text)
    assert Document.from_json(document.to_json()) == document


def test_seed_json_has_the_contract_top_level_keys(seed_json: str) -> None:
    data = json.loads(seed_json)
    for key in TOP_LEVEL_KEYS:
        assert key in data, key
    assert set(SOURCE_KEYS) <= set(data["source"])
    assert set(META_KEYS) <= set(data["meta"])
    assert data["schema"] == "speechparse/1"
    assert data["source"]["path"] == str(SEED)
    assert data["source"]["format"] == "txt"
    assert data["source"]["encoding"] == "utf-8"
    assert isinstance(data["text"], str)
    assert data["text"]
    assert isinstance(data["body"], list)
    assert isinstance(data["placeholders"], list)


def test_seed_section_nodes_carry_marker_scheme_number_level_heading_span(seed_json: str) -> None:
    sections = [node for node in _nodes(json.loads(seed_json)["body"]) if node["type"] == "section"]
    assert len(sections) >= 4  # 第一, 第二, (一), (二)
    for section in sections:
        for key in SECTION_KEYS:
            assert key in section, (key, section.get("marker"))


def test_seed_point_nodes_carry_marker_scheme_number_lead_span(seed_json: str) -> None:
    points = [node for node in _nodes(json.loads(seed_json)["body"]) if node["type"] == "point"]
    assert points
    for point in points:
        for key in POINT_KEYS:
            assert key in point, (key, point.get("marker"))


@pytest.mark.parametrize("text", [GONGWEN, SPEECH], ids=["gongwen", "speech"])
def test_hand_written_section_and_point_nodes_carry_contract_keys(text: str) -> None:
    nodes = _nodes(json.loads(speechparse.parse_text(text).to_json())["body"])
    sections = [node for node in nodes if node["type"] == "section"]
    assert sections
    for section in sections:
        assert set(SECTION_KEYS) <= set(section)
    for point in (node for node in nodes if node["type"] == "point"):
        assert set(POINT_KEYS) <= set(point)


def test_seed_placeholders_carry_text_kind_and_span(seed_json: str) -> None:
    data = json.loads(seed_json)
    assert data["placeholders"]  # the seed is full of X blanks
    for placeholder in data["placeholders"]:
        start, end = placeholder["span"]
        assert data["text"][start:end] == placeholder["text"]
        assert placeholder["kind"] in {"region", "person", "number", "date", "other"}


@pytest.mark.parametrize("text", [GONGWEN, SPEECH, PLAIN, "", SEED.read_text(encoding="utf-8"),
                                  "一、\"引号\"与\\反斜杠\t\x07\u2028\U0001f600 X同志 XX年"],
                         ids=["gongwen", "speech", "plain", "empty", "seed", "escapes"])
@pytest.mark.parametrize("indent", [None, 0, 2])
def test_json_is_written_in_pieces_in_exactly_the_bytes_of_json_dumps(text: str, indent: int | None) -> None:
    from speechparse.serialize import dumps, to_dict

    # parse_text refuses an empty text; a Document built empty is still written
    document = speechparse.parse_text(text) if text else Document(source=speechparse.Source(None), text="", body=())
    assert document.to_json(indent=indent) == reference_json(document, indent=indent)
    assert json.dumps(to_dict(document), ensure_ascii=False, indent=indent) == reference_json(document, indent=indent)
    assert dumps(document, first={"path": "语料/一.txt"}) == reference_json(document, first={"path": "语料/一.txt"})


@pytest.mark.parametrize("indent", [None, 2])
def test_big_sections_and_long_lists_are_written_in_pieces_in_the_bytes_of_json_dumps(indent: int | None) -> None:
    from speechparse.serialize import BIG_NODE, RUN

    body = "推进各项工作落实。" * (BIG_NODE // 9 + 10)  # one paragraph longer than a piece
    many = "".join(f"（{n}）落实责任。\n" for n in range(1, RUN + 50))  # more items than a run
    points = "一是落实工作。二是推进工作。三是保障工作。" * (BIG_NODE // 21 + 10)  # a paragraph of points
    text = f"一、总体要求\n{body}\n{many}二、工作措施\n{points}\n" + "X同志参加。\n" * (RUN + 10)
    document = speechparse.parse_text(text, max_units=10**6)
    assert document.body[0].span[1] - document.body[0].span[0] > BIG_NODE
    paragraph = document.body[1].children[0]
    assert paragraph.span[1] - paragraph.span[0] > BIG_NODE and len(paragraph.children) > RUN
    assert document.to_json(indent=indent) == reference_json(document, indent=indent)


def test_a_span_is_a_pair_of_int_offsets_in_order() -> None:
    from speechparse.model import Paragraph, Removal, Section

    assert Paragraph(span=[2, 5]).span == (2, 5)
    assert Section(span=(0, 9), heading_span=(3.0, 4.0)).heading_span == (3, 4)  # type: ignore[arg-type]
    for bad in ((5, 2), (-1, 3)):
        with pytest.raises(ValueError, match="ordered pair"):
            Paragraph(span=bad)
        with pytest.raises(ValueError, match="ordered pair"):
            Removal("site.x", bad)
