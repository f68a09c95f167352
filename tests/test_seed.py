"""The user's own example: the seed speech scraped from a document-sharing site."""

from __future__ import annotations

from conftest import SEED

import speechparse
from speechparse import Point, Section


def _tree(nodes: tuple[speechparse.Node, ...]) -> list[tuple[str, int, list[object]]]:
    """(marker, number, children) for sections and points, skipping other nodes."""
    out: list[tuple[str, int, list[object]]] = []
    for node in nodes:
        if isinstance(node, (Section, Point)):
            out.append((node.marker, node.number, _tree(node.children)))
        else:
            out.extend(_tree(getattr(node, "children", ())))
    return out


def test_seed_outline_is_exactly_the_speech_structure() -> None:
    doc = speechparse.parse(SEED)
    shi = [("一是", 1, []), ("二是", 2, []), ("三是", 3, []), ("四是", 4, [])]
    yao = [("一要", 1, []), ("二要", 2, []), ("三要", 3, []), ("四要", 4, [])]
    assert _tree(doc.body) == [
        ("一是", 1, []), ("二是", 2, []), ("三是", 3, []),
        ("第一,", 1, shi + shi),
        ("第二,", 2, [("(一)", 1, yao), ("(二)", 2, [("一要", 1, [])])]),
    ]


def test_seed_headings_and_leads_stop_at_the_first_sentence_end() -> None:
    doc = speechparse.parse(SEED)
    assert [s.heading for s in doc.sections()] == [
        "要以更高的政治站位认清使命责任", "要以有力的政治担当推进重点任务", "着力建强战斗堡垒", "着力筑牢骨干队伍",
    ]
    assert [p.lead for p in doc.points()][3:7] == [
        "“抓”的举措更加精准", "“干”的氛围更加浓厚", "“促”的作用更加凸显", "“实”的作风更加自觉",
    ]


def test_seed_levels_follow_the_nesting() -> None:
    doc = speechparse.parse(SEED)
    assert [(s.marker, s.level) for s in doc.sections()] == [("第一,", 1), ("第二,", 1), ("(一)", 2), ("(二)", 2)]


def test_seed_page_chunks_are_rejoined() -> None:
    doc = speechparse.parse(SEED)
    assert "作风、能力建设" in doc.text
    assert "面临的形势任务" in doc.text
    assert "\n2、" not in doc.text


def test_seed_placeholders_are_all_found_with_their_kinds() -> None:
    doc = speechparse.parse(SEED)
    assert len(doc.placeholders) == 50
    assert {p.text for p in doc.placeholders} == {"X"}
    kinds = {(doc.text[p.span[0] - 1:p.span[0]], doc.text[p.span[1]:p.span[1] + 2]): p.kind for p in doc.placeholders}
    assert kinds[("全", "脱贫")] == "region"
    assert kinds[("记", "要求")] == "person"  # X委书记X要求: the name after the title
    assert kinds[("讲", "点意")] == "number"
    assert kinds[("至", "年底")] == "date"
    assert kinds[("第", "位。")] == "number"


def test_seed_text_is_what_a_person_would_have_typed() -> None:
    doc = speechparse.parse(SEED)
    assert doc.text.startswith("2021年抓党建促脱贫攻坚会议讲话这次会议的主要任务是")
    for boilerplate in ("淘文阁", "由会员分享", "珍藏版", "配套讲稿", "特殊限制", "关 键 词", "限制150内", ".docx"):
        assert boilerplate not in doc.text
    assert doc.title == "2021年抓党建促脱贫攻坚会议讲话"


def test_seed_metadata_keeps_what_the_site_said() -> None:
    meta = speechparse.parse(SEED).meta
    assert meta.file_title == "最新2020年抓党建促脱贫攻坚会议讲话.docx"
    assert meta.site == "淘文阁"
    assert meta.pages == 15
    assert meta.keywords == ("最新", "2020", "党建", "脱贫", "攻坚", "会议", "讲话")
    assert meta.truncated is True


def test_seed_headings_map_back_to_the_raw_file() -> None:
    doc = speechparse.parse(SEED)
    raw = SEED.read_text(encoding="utf-8")
    for section in doc.sections():
        start, end = doc.raw_span(section.heading_span)
        assert raw[start:end] == section.heading
        assert section.raw_span is not None and raw[section.raw_span[0]:].startswith(section.marker)
    for removal in doc.removed:
        assert raw[removal.span[0]:removal.span[1]] == removal.text
    assert len(doc.text) + sum(len(removal.text) for removal in doc.removed) == len(raw)
