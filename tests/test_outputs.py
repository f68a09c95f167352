"""Outputs for other tools: flat rows (CSV, Parquet), and the markdown, chunks, csv and parquet formats of
``parse`` and ``batch``."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from test_cli import EXIT_INPUT_ERROR, SEED, assert_one_error_line, run_cli

import speechparse
from speechparse import cli
from speechparse.rows import COLUMNS, write_csv

GONGWEN = (
    "关于加强基层党组织建设的实施方案\n"
    "一、总体要求\n"
    "（一）指导思想。坚持以新时代中国特色社会主义思想为指导。一是提高站位，二是压实责任。\n"
    "二、重点任务\n"
    "各单位要抓好落实。\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "plan.txt").write_text(GONGWEN, encoding="utf-8")
    (folder / "notice.md").write_text("# 某某通知\n\n# 一、总体要求\n\n# （一）指导思想\n\n坚持稳中求进。\n",
                                      encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(0x81, 0xFF)) * 40)
    return folder


def test_rows_flatten_sections_and_points_with_their_place() -> None:
    rows = speechparse.parse_text(GONGWEN, path="plan.txt").rows()
    assert [(row.type, row.level, row.marker, row.number, row.text, row.path) for row in rows] == [
        ("section", 1, "一、", 1, "总体要求", ""),
        ("section", 2, "（一）", 1, "指导思想", "一、总体要求"),
        ("point", 2, "一是", 1, "提高站位", "一、总体要求 > （一）指导思想"),
        ("point", 2, "二是", 2, "压实责任", "一、总体要求 > （一）指导思想"),
        ("section", 1, "二、", 2, "重点任务", ""),
    ]
    document = speechparse.parse_text(GONGWEN)
    for row in document.rows(document="named"):
        assert row.document == "named"
        node = dict(document.walk())[row.ref]
        assert (row.start, row.end) == node.span
        assert (row.raw_start, row.raw_end) == document.raw_span(node.span)


def test_csv_is_written_without_pyarrow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    stream = io.StringIO()
    write_csv(speechparse.parse_text(GONGWEN).rows(), stream)
    table = list(csv.reader(io.StringIO(stream.getvalue())))
    assert tuple(table[0]) == COLUMNS
    assert len(table) == 6


def test_parquet_without_pyarrow_names_the_extra(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    status = cli.main(["batch", str(corpus), "-o", str(tmp_path / "rows.parquet"), "--format", "parquet"])
    assert status == EXIT_INPUT_ERROR
    assert "speechparse[parquet]" in capsys.readouterr().err


def test_batch_parquet_holds_a_row_per_section_and_point_and_one_per_failure(corpus: Path, tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet", reason="pyarrow (speechparse[parquet]) is not installed")
    out = tmp_path / "rows.parquet"
    result = run_cli("batch", corpus, "-o", out, "--format", "parquet", "--jobs", "1")
    assert result.returncode == 1  # one file failed
    table = parquet.read_table(out).to_pylist()
    by_document: dict[str, list[dict[str, object]]] = {}
    for row in table:
        by_document.setdefault(Path(str(row["document"])).name, []).append(row)
    assert [row["type"] for row in by_document["broken.txt"]] == ["error"]
    assert [(row["marker"], row["level"]) for row in by_document["notice.md"]] == [("一、", 1), ("（一）", 2)]
    assert len(by_document["plan.txt"]) == 5


def test_batch_csv_resumes_without_repeating_a_document(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    first = run_cli("batch", corpus / "plan.txt", "-o", out, "--format", "csv")
    assert first.returncode == 0, first.stderr
    again = run_cli("batch", corpus, "-o", out, "--format", "csv", "--resume", "--jobs", "1")
    assert again.returncode == 1
    table = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert sum(1 for row in table if row["document"].endswith("plan.txt")) == 5
    assert [row["type"] for row in table if row["document"].endswith("broken.txt")] == ["error"]
    assert out.read_text(encoding="utf-8").count("document,type,ref") == 1


def test_batch_chunks_are_json_lines_with_their_path(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "chunks.jsonl"
    result = run_cli("batch", corpus, "-o", out, "--format", "chunks", "--max-chars", "60", "--jobs", "1")
    assert result.returncode == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    chunks = [record for record in records if "text" in record]
    assert {Path(record["path"]).name for record in chunks} == {"plan.txt", "notice.md"}
    assert {"index", "text", "span", "raw_span", "heading_path", "refs", "placeholders", "contextualized",
            "overlap"} <= set(chunks[0])
    assert [record["error"]["type"] for record in records if "error" in record] == ["DecodingError"]


def test_batch_markdown_writes_one_md_file_per_document_and_resumes(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "md"
    result = run_cli("batch", corpus, "--out-dir", out, "--format", "markdown", "--jobs", "1")
    assert result.returncode == 1
    written = {path.name: path.read_text(encoding="utf-8") for path in out.iterdir()}
    plan = written["plan.md"]
    assert "## 一、总体要求" in plan and "### （一）指导思想。" in plan
    assert plan.startswith("<!-- speechparse: ")
    again = run_cli("batch", corpus, "--out-dir", out, "--format", "markdown", "--resume")
    assert again.returncode == 0
    assert "0/0 documents" in again.stderr


def test_parse_prints_markdown_and_chunks() -> None:
    markdown = run_cli("parse", "--format", "markdown", SEED)
    assert markdown.returncode == 0
    assert markdown.stdout.startswith("# 2021年抓党建促脱贫攻坚会议讲话\n\n")
    assert "\n## 第二,要以有力的政治担当推进重点任务。\n" in markdown.stdout
    chunks = run_cli("parse", "--format", "chunks", "--max-chars", "500", "--overlap", "50", SEED)
    assert chunks.returncode == 0
    records = [json.loads(line) for line in chunks.stdout.splitlines()]
    assert all(record["path"] == str(SEED) for record in records)
    assert any(record["heading_path"] == ["第二,要以有力的政治担当推进重点任务", "(一)着力建强战斗堡垒"]
               for record in records)


def test_parse_warns_on_stderr_when_a_sentence_is_longer_than_a_chunk() -> None:
    result = run_cli("parse", "--format", "chunks", "--max-chars", "100", SEED)
    assert result.returncode == 0
    assert result.stderr.startswith("speechparse: warning: ")
    assert "sentences are never cut" in result.stderr


@pytest.mark.parametrize("args", [["--max-chars", "0"], ["--max-chars", "100", "--overlap", "100"]])
def test_chunk_sizes_that_cannot_work_give_one_line_and_exit_2(args: list[str]) -> None:
    result = run_cli("parse", "--format", "chunks", *args, SEED)
    assert result.returncode == EXIT_INPUT_ERROR
    assert "Traceback" not in result.stderr
    assert "--max-chars" in result.stderr.splitlines()[-1]  # after argparse's usage, one line says what is wrong


def test_parquet_refuses_an_output_folder_and_resume(corpus: Path, tmp_path: Path) -> None:
    result = run_cli("batch", corpus, "--out-dir", tmp_path / "out", "--format", "parquet")
    assert result.returncode == EXIT_INPUT_ERROR
    assert_one_error_line(result.stderr, naming="-o OUT.parquet")
