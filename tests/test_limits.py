"""The structure budget: text made of structure is refused early, with a typed error, and can be let through."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

import speechparse
import speechparse.pipeline
from speechparse.batch import run_local
from speechparse.clean import clean
from speechparse.lex.lines import count_lines_with_text
from speechparse.lex.markers import lex_markers
from speechparse.limits import (
    BYTES_PER_UNIT,
    STRUCTURE_ALLOWANCE,
    StructureBudget,
    structure_limit,
    utf8_size,
)
from speechparse.widths import fold

NESTED = "一、目标\n（一）任务\n1.措施\n一是做法。\n"  # four headings and points on four lines


def test_default_limit_is_the_allowance_plus_one_unit_per_bytes_per_unit() -> None:
    assert structure_limit(0) == STRUCTURE_ALLOWANCE
    assert structure_limit(BYTES_PER_UNIT * 1000) == STRUCTURE_ALLOWANCE + 1000
    assert structure_limit(BYTES_PER_UNIT * 1000 + BYTES_PER_UNIT - 1) == STRUCTURE_ALLOWANCE + 1000


def test_sizes_are_utf8_bytes_so_ascii_and_chinese_text_of_one_size_get_one_limit() -> None:
    assert utf8_size("做好") == 6
    assert utf8_size("ab") == 2
    assert StructureBudget.for_text("a" * 3600).limit == StructureBudget.for_text("做" * 1200).limit


@pytest.mark.parametrize(("text", "lines"), [
    ("一\n\n  \n\u3000\n 二\n", 2), ("", 0), ("  ", 0), ("\n\n\n", 0), ("一", 1), (" 一\n \n", 1),
    ("\n一\n\n二", 2), ("一\r\n二", 2),
])
def test_blank_lines_and_lines_of_spaces_are_not_counted(text: str, lines: int) -> None:
    assert count_lines_with_text(text) == lines


def test_text_with_more_lines_and_markers_than_max_units_is_refused_with_a_typed_error() -> None:
    with pytest.raises(speechparse.StructureTooDenseError, match="max_units") as caught:
        speechparse.parse_text(NESTED * 20, max_units=40)
    assert isinstance(caught.value, speechparse.ParseError)
    assert caught.value.limit == 40
    assert caught.value.units > 40


def test_the_same_text_is_parsed_when_max_units_allows_it() -> None:
    doc = speechparse.parse_text(NESTED * 20, max_units=1000)
    assert sum(1 for _ in doc.sections()) == 60
    assert sum(1 for _ in doc.points()) == 20


def test_default_limit_parses_a_dense_document_of_ordinary_length() -> None:
    # a task table, one short numbered line each: denser than any speech, well inside the allowance
    text = "".join(f"{index}.完成任务。\n" for index in range(1, 2001))
    doc = speechparse.parse_text(text)
    assert sum(1 for _ in doc.walk()) >= 2000


def test_megabytes_of_nothing_but_headings_are_refused_by_the_default_limit() -> None:
    text = NESTED * (STRUCTURE_ALLOWANCE // 2)
    with pytest.raises(speechparse.StructureTooDenseError):
        speechparse.parse_text(text)


def test_lines_are_counted_before_cleaning_so_a_text_of_short_lines_never_reaches_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_clean(*args: object, **kwargs: object) -> None:
        raise AssertionError("cleaning ran on a text the line count refuses")

    monkeypatch.setattr(speechparse.pipeline, "clean", must_not_clean)
    with pytest.raises(speechparse.StructureTooDenseError):
        speechparse.parse_text("ab\n" * 100, max_units=50)


def test_cleaning_stops_when_the_spans_it_marks_for_removal_are_over_the_budget() -> None:
    spaced = "做 好 工 作 " * 100  # 400 spaces inside spaced-out words, each a removal
    budget = StructureBudget.for_text(spaced, max_units=50)
    with pytest.raises(speechparse.StructureTooDenseError):
        clean(spaced, budget=budget)
    assert len(clean(spaced).removals) > 50  # without a budget they are all removed


def test_lexing_stops_when_candidates_and_what_was_spent_are_over_the_budget() -> None:
    folded = fold("一是做好。" * 30)
    assert len(lex_markers(folded)) == 30
    budget = StructureBudget(limit=40, size=utf8_size(folded))
    assert len(lex_markers(folded, budget=budget, spent=10)) == 30
    with pytest.raises(speechparse.StructureTooDenseError):
        lex_markers(folded, budget=budget, spent=11)


def test_cli_max_units_refusal_is_one_stderr_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "dense.txt"
    path.write_text(NESTED * 20, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "speechparse", "--max-units", "40", "parse", str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--max-units" in result.stderr and "Traceback" not in result.stderr
    lifted = subprocess.run([sys.executable, "-m", "speechparse", "--max-units", "1000", "parse", str(path)],
                            capture_output=True, text=True, check=False)
    assert lifted.returncode == 0


@pytest.mark.parametrize("value", ["-1", "many"])
def test_cli_refuses_a_limit_that_is_not_a_whole_number_of_zero_or_more(tmp_path: Path, value: str) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("一、目标\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "speechparse", "--max-units", value, "parse", str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "--max-units" in result.stderr and "Traceback" not in result.stderr


def test_batch_records_a_refused_document_as_an_error_record(tmp_path: Path) -> None:
    dense, plain = tmp_path / "dense.txt", tmp_path / "plain.txt"
    dense.write_text(NESTED * 20, encoding="utf-8")
    plain.write_text("一、目标\n做好工作。\n", encoding="utf-8")
    records = [line for line in run_local([str(dense), str(plain)], jobs=1, max_units=40)]
    errors = [line for line in records if '"error"' in line]
    assert len(records) == 2 and len(errors) == 1
    assert "StructureTooDenseError" in errors[0] and str(dense) in errors[0]


def test_documents_parsed_on_several_threads_at_once_match_the_ones_parsed_alone() -> None:
    texts = [NESTED * count for count in range(1, 9)]
    alone = [speechparse.parse_text(text).to_json() for text in texts]
    results: dict[int, str] = {}

    def work(index: int) -> None:
        for _ in range(5):
            results[index] = speechparse.parse_text(texts[index]).to_json()

    threads = [threading.Thread(target=work, args=(index,)) for index in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[index] for index in range(len(texts))] == alone


def test_placeholders_count_as_structure_so_a_flood_of_blanks_is_refused_before_the_tree_is_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("the tree was built for a text the placeholder count refuses")

    monkeypatch.setattr(speechparse.pipeline, "build_model", must_not_build)
    with pytest.raises(speechparse.StructureTooDenseError):
        speechparse.parse_text("X、" * 200_000)  # one line, no marker: 200,000 blanks in 800 KB


def test_finding_placeholders_stops_when_they_and_what_was_spent_are_over_the_budget() -> None:
    from speechparse.placeholders import find_placeholders

    text = "请X同志到会。" * 30
    folded = fold(text)
    assert len(find_placeholders(text, folded)) == 30
    budget = StructureBudget(limit=40, size=utf8_size(text))
    assert len(find_placeholders(text, folded, budget=budget, spent=10)) == 30
    with pytest.raises(speechparse.StructureTooDenseError):
        find_placeholders(text, folded, budget=budget, spent=11)


def test_removing_the_matches_of_a_scan_stops_at_the_budget_before_they_are_all_read() -> None:
    from speechparse.clean import CleanState

    text = "甲\r\n" * 1000
    state = CleanState(text, StructureBudget(limit=40, size=utf8_size(text)))
    read = 0

    def carriage_returns() -> Iterator[regex.Match[str]]:
        nonlocal read
        for match in regex.finditer("\r", text):
            read += 1
            yield match

    with pytest.raises(speechparse.StructureTooDenseError):
        state.remove_matches(carriage_returns())
    assert read <= 41  # the 41st is over the budget: the other 959 are never read


def _at_the_limit(piece: str, filler: str = "工作落实") -> str:
    """``piece`` repeated with filler before each line end, as dense in structure as the default limit accepts."""
    once = count_lines_with_text(fold(piece * 3)) + len(lex_markers(fold(piece * 3)))
    twice = count_lines_with_text(fold(piece * 2)) + len(lex_markers(fold(piece * 2)))
    per_line = -(-((once - twice) * BYTES_PER_UNIT - utf8_size(piece)) // 3 // max(1, piece.count("\n")))
    padded = piece.replace("\n", (filler * per_line)[:per_line] + "\n")
    return padded * (1_300_000 // utf8_size(padded))


@pytest.mark.parametrize("piece", [
    "第一部分总体\n第一章总则\n一、目标\n（一）任务\n1.措施\n（1）要求\n①内容\n⑴细则\n",
    "一是落实。二是推进。三是保障。\n",
], ids=["eight-levels-of-nesting", "points-after-sentence-ends"])
def test_the_densest_accepted_text_parses_and_writes_its_json_within_twenty_times_its_size(piece: str) -> None:
    import gc
    import tracemalloc

    text = _at_the_limit(piece)
    speechparse.parse_text(piece)  # build the parser outside the measurement
    gc.collect()
    tracemalloc.start()
    try:
        document = speechparse.parse_text(text)
        document.to_json()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sum(1 for _ in document.walk()) > 10_000  # accepted, and made of structure
    assert peak <= 20 * utf8_size(text)


def test_a_text_with_one_line_more_than_max_units_is_refused_for_its_lines() -> None:
    # lines are counted where the line breaks could make them too many: six lines, five breaks, five units
    with pytest.raises(speechparse.StructureTooDenseError) as caught:
        speechparse.parse_text("一\n" * 5 + "一", max_units=5)
    assert caught.value.units == 6
    assert speechparse.parse_text("一\n" * 4 + "一", max_units=5).text
