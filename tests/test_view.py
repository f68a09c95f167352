"""The HTML view of a parse, read back with the standard library's HTML parser (the browser test is apart)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
from attrs import field, frozen
from conftest import SEED

import speechparse
from speechparse import Document
from speechparse.model import (
    PLACEHOLDER_KINDS,
    Meta,
    Paragraph,
    Placeholder,
    Removal,
    Section,
    Source,
    StructureWarning,
    Title,
)
from speechparse.read import read_path
from speechparse.serialize import from_dict, to_dict
from speechparse.view import KIND_COLOURS, raw_pieces, read_summary, render_html

HOSTILE = "<script>alert(1)</script>"
VOID = frozenset({"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "embed", "source", "track",
                  "wbr"})


class PageReader(HTMLParser):
    """Every start tag with its attributes, and the text inside each element that has an id."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, str] = {}
        self.blocks: dict[str, list[str]] = {"style": [], "script": []}
        self.offsets: dict[str, int] = {}  # where each element with an id starts in the cleaned view's text
        self._open: list[tuple[str, str | None]] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append((tag, values))
        if values.get("id") is not None:
            self.offsets[str(values["id"])] = len(self.texts.get("clean", ""))
        if tag not in VOID:
            self._open.append((tag, values.get("id")))
            if tag in self.blocks:
                self.blocks[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID:
            opened, _ = self._open.pop()
            assert opened == tag, f"<{opened}> closed by </{tag}>"

    def handle_data(self, data: str) -> None:
        for _tag, element_id in self._open:
            if element_id is not None:
                self.texts[element_id] = self.texts.get(element_id, "") + data
        if self._open and self._open[-1][0] in self.blocks:
            self.blocks[self._open[-1][0]][-1] += data

    def all(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags
                if name == tag and all(attrs.get(key.replace("_", "-")) == value for key, value in wanted.items())]


@pytest.fixture(scope="module")
def seed() -> Document:
    return speechparse.parse(SEED)


@pytest.fixture(scope="module")
def seed_page(seed: Document) -> PageReader:
    return PageReader(seed.to_html())


def hostile_document() -> Document:
    """A document whose every string a page shows holds markup, quotes or an attribute break-out."""
    title_line = f"关于{HOSTILE}的通知\n"
    heading_line = "一、总体要求\n"
    body_line = f"全X要落实{HOSTILE}。\n"
    text = title_line + heading_line + body_line
    section_start, body_start = len(title_line), len(title_line) + len(heading_line)
    removed = f'<b onclick="alert(2)">{HOSTILE}</b>\n'
    return Document(
        source=Source(path=f"{HOSTILE}.txt"),
        text=text,
        body=(
            Title(span=(0, section_start), text=title_line.strip()),
            Section(span=(section_start, len(text)), marker="一、", scheme="cn", number=1, level=1,
                    heading="总体要求", heading_span=(section_start + 2, section_start + 6),
                    children=(Paragraph(span=(body_start, len(text))),)),
        ),
        title=title_line.strip(),
        meta=Meta(file_title=HOSTILE, site='"><script>alert(3)</script>', keywords=(HOSTILE,)),
        placeholders=(Placeholder(text="X", kind="region", span=(body_start + 1, body_start + 2),
                                  slot='全X" onmouseover="alert(4)', cue="全", cue_class="determiner"),),
        warnings=(StructureWarning(code="numbering_gap", message=HOSTILE, span=(body_start, body_start + 1)),),
        removed=(Removal(rule=f"rule{HOSTILE}", span=(0, len(removed)), text=removed),),
        source_map=((len(removed), len(removed) + len(text)),),
    )


# ---------------------------------------------------------------- the text, exactly


def test_the_cleaned_view_holds_the_cleaned_text_and_nothing_else(seed: Document, seed_page: PageReader) -> None:
    assert seed_page.texts["clean"] == seed.text


def test_the_raw_view_holds_every_character_of_the_raw_input(seed_page: PageReader) -> None:
    assert seed_page.texts["raw-text"] == read_path(SEED).text


def test_every_removed_span_is_struck_through_and_labelled_with_its_rule(seed: Document,
                                                                         seed_page: PageReader) -> None:
    struck = seed_page.all("del")
    assert len(struck) == len(seed.removed)
    for index, removal in enumerate(seed.removed):
        assert seed_page.texts[f"removed-{index}"] == removal.text
        assert seed_page.all("del", id=f"removed-{index}")[0]["data-rule"] == removal.rule
    assert seed.meta.site is not None
    assert any(seed.meta.site in removal.text for removal in seed.removed)  # the site's boilerplate is there


def test_a_carriage_return_survives_as_a_character_reference(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("一、总体要求\r\n内容。\r\n".encode())
    document = speechparse.parse(path)
    page = document.to_html()
    assert "\r" not in page  # an HTML parser would turn a raw CR into LF
    assert PageReader(page).texts["raw-text"] == read_path(path).text


def test_raw_pieces_show_a_gap_where_a_hand_made_document_lost_text() -> None:
    document = Document(source=Source(path=None), text="ab", body=(Paragraph(span=(0, 2)),),
                        removed=(Removal(rule="made_up", span=(5, 7), text="zz"),), source_map=((0, 1), (3, 4)))
    pieces = [(piece.start, piece.end, piece.text, piece.rule) for piece in raw_pieces(document)]
    assert pieces == [(0, 1, "a", None), (1, 3, "", None), (3, 4, "b", None), (4, 5, "", None),
                      (5, 7, "zz", "made_up")]
    reader = PageReader(render_html(document))
    assert [attrs["data-length"] for attrs in reader.all("span") if attrs.get("class") == "gap"] == ["2", "1"]


# ---------------------------------------------------------------- escaping


def test_markup_in_any_text_of_a_document_shows_as_text() -> None:
    document = hostile_document()
    reader = PageReader(document.to_html())
    assert len(reader.all("script")) == 1  # the page's own
    assert not reader.all("b")
    assert not [name for _, attrs in reader.tags for name in attrs if name.startswith("on")]
    assert reader.texts["clean"] == document.text
    assert HOSTILE in reader.texts["clean"]
    assert reader.texts["raw-text"].startswith('<b onclick="alert(2)">')
    mark = reader.all("mark")[0]
    assert mark["data-slot"] == '全X" onmouseover="alert(4)'
    assert reader.all("del")[0]["data-rule"] == f"rule{HOSTILE}"


def test_a_script_in_a_parsed_file_shows_in_the_raw_view(tmp_path: Path) -> None:
    path = tmp_path / "script.txt"
    path.write_text(f"一、总体要求\n（一）指导思想。内容{HOSTILE}。\n", encoding="utf-8")
    reader = PageReader(speechparse.parse(path).to_html())
    assert HOSTILE in reader.texts["raw-text"]
    assert len(reader.all("script")) == 1


# ---------------------------------------------------------------- what is marked


def test_each_placeholder_is_marked_with_its_kind_slot_and_cue(seed: Document, seed_page: PageReader) -> None:
    marks = {attrs["data-index"]: attrs for attrs in seed_page.all("mark")}
    assert len(marks) == len(seed.placeholders)
    for index, placeholder in enumerate(seed.placeholders):
        mark = marks[str(index)]
        assert mark["data-kind"] == placeholder.kind
        assert mark["data-slot"] == placeholder.slot
        assert placeholder.slot in (mark["title"] or "")
        assert placeholder.cue in (mark["title"] or "")


def test_every_placeholder_kind_has_a_colour_and_a_legend_entry(seed_page: PageReader) -> None:
    assert set(PLACEHOLDER_KINDS) <= set(KIND_COLOURS)
    assert [attrs["data-kind"] for attrs in seed_page.all("li") if "data-kind" in attrs] == list(PLACEHOLDER_KINDS)


def test_every_node_has_an_element_named_by_its_json_pointer(seed: Document, seed_page: PageReader) -> None:
    elements = {attrs["id"]: attrs for _, attrs in seed_page.tags if "data-type" in attrs}
    assert list(elements) == [ref[1:] for ref, _ in seed.walk()]
    for ref, node in seed.walk():
        assert elements[ref[1:]]["data-type"] == node.TYPE
        assert seed_page.texts[ref[1:]] == seed.node_text(node)


def test_sections_are_headings_by_level_with_their_marker_set_apart(seed: Document,
                                                                     seed_page: PageReader) -> None:
    sections = list(seed.sections())
    assert sections
    for ref, node in seed.walk():
        if isinstance(node, Section):
            assert seed_page.all("section", id=ref[1:])[0]["data-level"] == str(node.level)
    headings = [attrs for tag, attrs in seed_page.tags if re.fullmatch(r"h[2-6]", tag)]
    assert len([attrs for attrs in headings if attrs.get("class") == "heading"]) == len(sections)


def test_the_outline_links_every_section_and_point_to_its_place(seed: Document, seed_page: PageReader) -> None:
    links = {attrs["href"] for attrs in seed_page.all("a")}
    for ref, node in seed.walk():
        if node.TYPE in ("section", "point"):
            assert ref in links


def test_warnings_are_listed_and_flagged_where_they_are() -> None:
    document = speechparse.parse_text("一、总体要求\n（一）指导思想。内容。\n（三）工作任务。内容。\n")
    assert document.warnings
    reader = PageReader(document.to_html())
    for index, warning in enumerate(document.warnings):
        assert reader.all("a", href=f"#warning-{index}")
        assert reader.all("span", id=f"warning-{index}")[0]["data-code"] == warning.code
        assert warning.span is not None
        assert reader.offsets[f"warning-{index}"] == warning.span[0]


def test_the_header_shows_site_file_title_pages_and_truncation(seed: Document, seed_page: PageReader) -> None:
    shown = {attrs["data-field"] for attrs in seed_page.all("div") if "data-field" in attrs}
    assert {"site", "file title", "pages", "truncated"} <= shown
    page = seed.to_html()
    for value in (seed.meta.site, seed.meta.file_title, str(seed.meta.pages)):
        assert value is not None and f"<dd>{value}</dd>" in page


# ---------------------------------------------------------------- node types the view does not know


@frozen
class Signature:
    """A line-like node type this module has never heard of."""

    TYPE: ClassVar[str] = "signature"
    span: tuple[int, int]
    text: str = ""


@frozen
class Annex:
    """A container type this module has never heard of, with a label."""

    TYPE: ClassVar[str] = "annex"
    span: tuple[int, int]
    label: str = ""
    children: tuple[object, ...] = field(default=())


def test_node_types_it_does_not_know_are_shown_by_their_span_and_children() -> None:
    text = "附表一\n第一行\n某某单位\n"
    signature = Signature(span=(8, 13), text="某某单位")
    annex = Annex(span=(0, 8), label="附表一", children=(Paragraph(span=(4, 8)),))
    document = Document(source=Source(path=None), text=text, body=(annex, signature))  # type: ignore[arg-type]
    reader = PageReader(document.to_html())
    assert reader.all("div", id="/body/1", data_type="signature")
    assert reader.texts["/body/1"] == "某某单位\n"
    assert reader.all("div", id="/body/0", data_type="annex")
    assert reader.all("div", id="/body/0/children/0", data_type="paragraph")
    assert reader.texts["clean"] == text
    assert reader.all("span", **{"class": "label"})  # its label, found at its start, is a badge
    assert reader.all("a", href="#/body/0")  # a container with a label has an outline entry


# ---------------------------------------------------------------- self-contained


def test_the_page_allows_only_its_own_style_and_script_and_names_no_other_resource(seed: Document,
                                                                                   seed_page: PageReader) -> None:
    policy = seed_page.all("meta", http_equiv="Content-Security-Policy")[0]["content"] or ""
    assert "default-src 'none'" in policy
    for block in seed_page.blocks["style"] + seed_page.blocks["script"]:
        digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    for _, attrs in seed_page.tags:
        for name in ("src", "href", "action", "srcset"):
            value = attrs.get(name)
            assert value is None or value.startswith(("#", "data:")), (name, value)
    assert "url(" not in "".join(seed_page.blocks["style"]) and "@import" not in "".join(seed_page.blocks["style"])


def test_a_document_read_back_from_json_gives_the_same_page(seed: Document) -> None:
    assert from_dict(json.loads(json.dumps(to_dict(seed)))).to_html() == seed.to_html()


def test_the_page_carries_a_summary_an_index_reads_back(seed: Document) -> None:
    summary = read_summary(seed.to_html())
    assert summary is not None
    assert summary.path == seed.source.path
    assert summary.sections == len(list(seed.sections()))
    assert summary.placeholders == len(seed.placeholders)
    assert read_summary("<html><head><title>another page</title></head></html>") is None


# ---------------------------------------------------------------- command line


def _speechparse(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "speechparse", *map(str, args)], capture_output=True,
                          timeout=300, check=False)


def test_view_writes_the_page_to_a_file_or_to_stdout(tmp_path: Path, seed: Document) -> None:
    page = tmp_path / "seed.html"
    written = _speechparse("view", SEED, "-o", page)
    assert written.returncode == 0, written.stderr
    printed = _speechparse("view", SEED)
    assert printed.returncode == 0
    assert printed.stdout == page.read_bytes() == seed.to_html().encode("utf-8")


def test_view_of_a_missing_file_or_to_an_unwritable_place_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for args in (("view", tmp_path / "missing.txt"), ("view", SEED, "-o", tmp_path / "no" / "such" / "p.html")):
        result = _speechparse(*args)
        assert result.returncode == 2
        lines = result.stderr.decode().splitlines()
        assert len(lines) == 1 and lines[0].startswith("speechparse:"), result.stderr


def test_batch_writes_a_page_per_document_and_an_index_that_links_them(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_bytes(SEED.read_bytes())
    (corpus / "plan.txt").write_text("一、总体要求\n（一）指导思想。内容。\n", encoding="utf-8")
    (corpus / "broken.txt").write_bytes(bytes(range(0x81, 0xFF)) * 40)
    out = tmp_path / "pages"
    result = _speechparse("batch", corpus, "--out-dir", out, "--format", "html", "--jobs", "1")
    assert result.returncode == 1  # one file failed, and the run went on
    index = PageReader((out / "index.html").read_text(encoding="utf-8"))
    links = [attrs["href"] for attrs in index.all("a")]
    assert len(links) == 3
    for link in links:
        assert link is not None and (out / link).is_file()
    summaries = [read_summary((out / str(link)).read_text(encoding="utf-8")) for link in links]
    assert sorted(str(summary.path).rsplit("/", 1)[-1] for summary in summaries if summary) == [
        "broken.txt", "plan.txt", "seed.txt"]
    assert sum(1 for summary in summaries if summary and summary.error_type) == 1


def test_a_resumed_html_batch_keeps_the_earlier_pages_in_its_index(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("一、总体要求\n内容。\n", encoding="utf-8")
    out = tmp_path / "pages"
    assert _speechparse("batch", first, "--out-dir", out, "--format", "html").returncode == 0
    second.write_text("一、工作任务\n内容。\n", encoding="utf-8")
    assert _speechparse("batch", first, second, "--out-dir", out, "--format", "html", "--resume").returncode == 0
    index = PageReader((out / "index.html").read_text(encoding="utf-8"))
    assert len(index.all("a")) == 2


def test_batch_html_needs_a_folder(tmp_path: Path) -> None:
    result = _speechparse("batch", SEED, "-o", tmp_path / "out.html", "--format", "html")
    assert result.returncode == 2
    assert b"--out-dir" in result.stderr
