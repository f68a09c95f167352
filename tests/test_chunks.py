"""Chunks for retrieval: they follow the tree, cover the text once, never cut a sentence."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SEED, SHARED

import speechparse
from speechparse import Chunk, ChunkSizeWarning, Document
from speechparse.errors import UsageError
from speechparse.vocab.chars import CLOSERS, SENTENCE_END
from speechparse.widths import fold

CORPUS = SHARED / "corpus" / "dev"

GONGWEN = (
    "关于加强基层党组织建设的实施方案\n"
    "各乡镇党委，县直各部门：\n"
    "为进一步加强基层党组织建设，制定本方案。\n"
    "一、总体要求\n"
    "（一）指导思想。坚持以新时代中国特色社会主义思想为指导，全面加强党的建设。\n"
    "（二）工作目标。到20XX年，全县基层党组织全面过硬。一是组织体系更加健全，二是队伍素质明显提升。\n"
    "二、重点任务\n"
    "（一）建强战斗堡垒。配齐配强村党组织书记，由X同志负责。夯实基础保障，每村补助X万元。\n"
    "（二）筑牢骨干队伍。加强后备干部培养，选派优秀干部到村任职。\n"
    "三、保障措施\n"
    "各单位要高度重视，抓好落实。\n"
)


def _top_sections(document: Document) -> list[tuple[int, int]]:
    return [node.span for node in document.body if node.TYPE == "section"]


def _sentence_ends(document: Document) -> set[int]:
    """Offsets right after a sentence's end (。!?; or …) and after the closing quotes that follow it."""
    folded = fold(document.text)
    ends = set()
    for index, char in enumerate(folded):
        if char in SENTENCE_END + "…":
            stop = index + 1
            ends.add(stop)
            while stop < len(folded) and folded[stop] in CLOSERS + SENTENCE_END + "…":
                stop += 1
                ends.add(stop)
    return ends


def assert_chunks_keep_their_promises(document: Document, chunks: list[Chunk], max_chars: int,
                                      overlap: int = 0, length: Callable[[str], int] = len) -> None:
    """Cover every non-space character once (overlap apart), in order; stay in one top-level section;
    keep whole every section that fits; end between sentences, lines or nodes."""
    text = document.text
    covered = [False] * len(text)
    boundaries = _sentence_ends(document) | {index for index, char in enumerate(text) if char == "\n"} | {
        bound for _, node in document.walk() for bound in node.span} | {0, len(text)}
    previous_end = 0
    for index, chunk in enumerate(chunks):
        start, end = chunk.span
        assert chunk.index == index
        assert chunk.text == text[start:end]
        assert chunk.raw_span == document.raw_span(chunk.span)
        assert 0 <= chunk.overlap <= overlap
        fresh = start + chunk.overlap
        assert fresh >= previous_end, f"chunk {index} repeats text beyond its overlap"
        previous_end = end
        for position in range(fresh, end):
            assert not covered[position]
            covered[position] = True
        tops = [span for span in _top_sections(document) if span[0] < end and start < span[1]]
        assert len(tops) <= 1, f"chunk {index} spans {tops}"
        for bound in (fresh, end):
            stripped = bound
            while stripped < len(text) and text[stripped].isspace():
                stripped += 1
            assert bound in boundaries or stripped in boundaries or \
                text[bound - 1:bound].isspace(), f"chunk {index} cut at {bound}: {text[bound - 5:bound + 5]!r}"
        placeholders = [p for p in document.placeholders if start <= p.span[0] and p.span[1] <= end]
        assert list(chunk.placeholders) == placeholders
        assert chunk.contextualized.endswith(chunk.text)
    missed = [index for index, char in enumerate(text) if not char.isspace() and not covered[index]]
    assert missed == [], f"characters no chunk holds: {missed[:10]}"
    for section in document.sections():
        start, end = _trimmed(text, section.span)
        if length(text[start:end]) <= max_chars:
            assert any(chunk.span[0] <= start and end <= chunk.span[1] for chunk in chunks), (
                f"section {section.marker}{section.heading} fits in {max_chars} but was cut")


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def test_each_top_level_section_that_fits_is_one_chunk_and_the_front_matter_another() -> None:
    document = speechparse.parse_text(GONGWEN)
    chunks = document.chunks(max_chars=2000)
    front = GONGWEN[:GONGWEN.index("一、总体要求")].strip()
    assert [chunk.text for chunk in chunks] == [front, *(document.text[start:end].strip()
                                                         for start, end in _top_sections(document))]
    assert [chunk.heading_path for chunk in chunks] == [(), ("一、总体要求",), ("二、重点任务",), ("三、保障措施",)]
    assert chunks[0].contextualized == "关于加强基层党组织建设的实施方案\n" + front
    assert chunks[3].contextualized == "关于加强基层党组织建设的实施方案 > 三、保障措施\n" + chunks[3].text


def test_chunks_never_span_two_top_level_sections_and_carry_their_heading_path() -> None:
    document = speechparse.parse_text(GONGWEN)
    chunks = document.chunks(max_chars=120)
    assert_chunks_keep_their_promises(document, chunks, 120)
    paths = [chunk.heading_path for chunk in chunks]
    assert ("一、总体要求",) in paths
    assert ("二、重点任务",) in paths or ("二、重点任务", "（一）建强战斗堡垒") in paths
    assert ("三、保障措施",) in paths
    task = next(chunk for chunk in chunks if "选派优秀干部" in chunk.text)
    assert task.heading_path[0] == "二、重点任务"
    assert task.contextualized.startswith("关于加强基层党组织建设的实施方案 > 二、重点任务")
    assert task.refs and all(ref.startswith("#/body/") for ref in task.refs)
    pointed = dict(document.walk())
    assert all(pointed[ref].span[0] < task.span[1] and task.span[0] < pointed[ref].span[1] for ref in task.refs)
    with_blank = next(chunk for chunk in chunks if "X同志" in chunk.text)
    assert [placeholder.text for placeholder in with_blank.placeholders][:1] == ["X"]


def test_a_long_section_is_cut_between_subsections_then_sentences() -> None:
    document = speechparse.parse_text(GONGWEN)
    chunks = document.chunks(max_chars=60)
    assert_chunks_keep_their_promises(document, chunks, 60)
    assert all(len(chunk.text) <= 60 for chunk in chunks)
    assert any(chunk.heading_path == ("一、总体要求", "（二）工作目标") for chunk in chunks)


def test_a_sentence_longer_than_max_chars_is_one_chunk_with_a_warning_never_a_cut_word() -> None:
    document = speechparse.parse_text(GONGWEN)
    with pytest.warns(ChunkSizeWarning, match="longer than max_chars=20"):
        chunks = document.chunks(max_chars=20)
    assert_chunks_keep_their_promises(document, chunks, 20)
    long_one = "（一）指导思想。"
    assert any(chunk.text.startswith(long_one) or long_one in chunk.text for chunk in chunks)
    assert any(chunk.text == "坚持以新时代中国特色社会主义思想为指导，全面加强党的建设。" for chunk in chunks)


def test_overlap_repeats_whole_sentences_of_the_chunk_before_within_its_section() -> None:
    document = speechparse.parse(SEED)
    chunks = document.chunks(max_chars=300, overlap=80)
    assert_chunks_keep_their_promises(document, chunks, 300, overlap=80)
    assert all(len(chunk.text) <= 300 for chunk in chunks if len(chunk.text) - chunk.overlap <= 300)
    repeated = [chunk for chunk in chunks if chunk.overlap]
    assert repeated
    for chunk in repeated:
        before = chunks[chunk.index - 1]
        head = chunk.text[:chunk.overlap].rstrip()
        assert before.text.endswith(head)
        assert fold(head)[-1] in SENTENCE_END + "”’\"』」)】》"


def test_sizes_can_be_counted_by_a_tokenizer_s_length() -> None:
    document = speechparse.parse(SEED)

    def utf8_bytes(text: str) -> int:  # stands for a tokenizer's count
        return len(text.encode("utf-8"))

    with pytest.warns(ChunkSizeWarning, match="1 sentence"):  # one of 253 characters, 759 bytes
        chunks = document.chunks(max_chars=600, length=utf8_bytes)
    assert_chunks_keep_their_promises(document, chunks, 600, length=utf8_bytes)
    assert [chunk.index for chunk in chunks if utf8_bytes(chunk.text) > 600] == [
        chunk.index for chunk in chunks if "当前和今后一个时期抓党建促脱贫攻坚工作总的思路是" in chunk.text]
    assert len(chunks) > len(document.chunks(max_chars=600))


def test_chunks_are_deterministic() -> None:
    document = speechparse.parse(SEED)
    assert document.chunks(max_chars=300, overlap=40) == speechparse.parse(SEED).chunks(max_chars=300, overlap=40)


@pytest.mark.parametrize(("max_chars", "overlap"), [(0, 0), (100, 100), (100, -1)])
def test_sizes_that_cannot_work_are_refused(max_chars: int, overlap: int) -> None:
    with pytest.raises(UsageError):
        speechparse.parse_text(GONGWEN).chunks(max_chars=max_chars, overlap=overlap)


def _dev_documents() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not _dev_documents(), reason="../shared/corpus/dev is not beside this checkout")
@pytest.mark.parametrize(("max_chars", "overlap"), [(400, 0), (1000, 150)])
def test_chunks_of_every_dev_document_cover_the_text_once_and_respect_sections(max_chars: int,
                                                                                overlap: int) -> None:
    for path in _dev_documents():
        document = speechparse.parse(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ChunkSizeWarning)
            chunks = document.chunks(max_chars=max_chars, overlap=overlap)
        assert_chunks_keep_their_promises(document, chunks, max_chars, overlap)
