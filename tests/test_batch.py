"""Corpora: batch parsing on every core and on a Dask LocalCluster, with errors, progress and resume."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED, read_fixture_file

import speechparse
from speechparse.batch import Failure, collect_inputs, done_paths, output_names, parse_many


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of real-looking documents (the structure fixtures and the seed), one in a subfolder."""
    folder = tmp_path_factory.mktemp("corpus")
    fixtures = Path(__file__).parent / "fixtures" / "structure.txt"
    for index, (_, _, (text, _)) in enumerate(read_fixture_file(fixtures)):
        if text.strip():
            (folder / f"doc{index:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "nested").mkdir()
    (folder / "nested" / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "notes.log").write_text("# not a document suffix", encoding="utf-8")
    return folder


@pytest.fixture()
def corpus_with_bad_files(corpus: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for path in corpus.rglob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    (folder / "undecodable.txt").write_bytes(bytes(range(0x81, 0xFF)) * 40)
    return folder


def _batch(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "speechparse", "batch", *args],
                          capture_output=True, text=True, **kwargs)  # type: ignore[call-overload,no-any-return]


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_folders_are_searched_recursively_by_suffix_and_globs_expand(corpus: Path) -> None:
    found = collect_inputs([str(corpus)])
    assert str(corpus / "nested" / "seed.txt") in found
    assert not any(path.endswith(".log") for path in found)
    assert collect_inputs([str(corpus / "doc0*.txt")]) == sorted(str(p) for p in corpus.glob("doc0*.txt"))
    assert collect_inputs([str(corpus / "missing.txt")]) == [str(corpus / "missing.txt")]


def test_batch_writes_every_good_document_and_an_error_record_per_bad_file(
        corpus_with_bad_files: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = _batch(str(corpus_with_bad_files), "-o", str(out), "--jobs", "2")
    assert result.returncode == 1  # some files failed
    records = _records(out)
    errors = {Path(str(r["path"])).name: r["error"] for r in records if "error" in r}
    assert set(errors) == {"corrupt.docx", "undecodable.txt"}
    assert {e["type"] for e in errors.values()} == {"CorruptDocumentError", "DecodingError"}  # type: ignore[index]
    good = [r for r in records if "error" not in r]
    assert len(good) == len(list(corpus_with_bad_files.glob("*.txt"))) - 1
    assert all(r["schema"] == "speechparse/1" for r in good)
    seed = next(r for r in good if str(r["path"]).endswith("seed.txt"))
    assert seed["title"] == speechparse.parse(SEED).title


def test_a_clean_run_exits_zero_and_reports_progress_in_plain_lines(corpus: Path, tmp_path: Path) -> None:
    result = _batch(str(corpus), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1")
    assert result.returncode == 0
    assert "documents, 0 failed" in result.stderr and "docs/s" in result.stderr


def test_a_failure_with_a_long_path_is_counted_as_a_failure(tmp_path: Path) -> None:
    missing = tmp_path / ("长路径" * 40) / "missing.txt"  # the error key comes after a path of 600+ bytes
    result = _batch(str(missing), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1")
    assert result.returncode == 1
    assert "1 failed" in result.stderr


def test_resume_skips_what_is_done_and_cuts_a_half_written_line(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert _batch(str(corpus), "-o", str(out), "--jobs", "1").returncode == 0
    complete = out.read_text(encoding="utf-8")
    lines = complete.splitlines(keepends=True)
    out.write_text("".join(lines[:5]) + lines[5][: len(lines[5]) // 2], encoding="utf-8")  # killed mid-line
    assert _batch(str(corpus), "-o", str(out), "--resume", "--jobs", "2").returncode == 0
    paths = [str(r["path"]) for r in _records(out)]
    assert len(paths) == len(set(paths)) == len(lines)
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == sorted(complete.splitlines())


def test_resume_after_a_kill_finishes_the_rest_without_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for index in range(120):
        (folder / f"speech{index:03d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "speechparse", "batch", str(folder), "-o", str(out),
                                "--jobs", "1"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 10):
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = out.read_bytes().count(b"\n")
    assert 10 <= written < 120, "the run should have been killed half-way"
    assert _batch(str(folder), "-o", str(out), "--resume").returncode == 0
    paths = [str(r["path"]) for r in _records(out)]
    assert len(paths) == 120 and len(set(paths)) == 120


def test_parse_many_yields_documents_and_failures_as_they_finish(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    paths = [*sorted(corpus.rglob("*.txt"))[:6], bad]
    outcomes = list(parse_many(paths, jobs=2))
    assert len(outcomes) == len(paths)
    failures = [o for o in outcomes if isinstance(o, Failure)]
    assert [(f.path, f.error_type) for f in failures] == [(str(bad), "EmptyInputError")]
    assert all(isinstance(o, speechparse.Document) for o in outcomes if o not in failures)


def test_parse_many_and_its_failure_are_exported_by_the_package_and_imported_when_first_used() -> None:
    code = ("import sys, speechparse; assert 'speechparse.batch' not in sys.modules; "
            "from speechparse import parse_many, Failure; import speechparse.batch as b; "
            "assert parse_many is b.parse_many and Failure is b.Failure; "
            "assert {'parse_many', 'Failure'} <= set(speechparse.__all__)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    outcomes = list(speechparse.parse_many([SEED, "no/such/speech.txt"], jobs=1))
    assert sorted(type(outcome).__name__ for outcome in outcomes) == ["Document", "Failure"]


def test_one_file_per_document_with_outlines_at_the_inputs_relative_path(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "outlines"
    assert _batch(str(corpus), "--out-dir", str(out), "--format", "outline").returncode == 0
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file())
    assert written == sorted(path.relative_to(corpus).as_posix() for path in corpus.rglob("*.txt"))
    seed_file = out / "nested" / "seed.txt"
    assert seed_file.read_text(encoding="utf-8").splitlines()[1] == "# 2021年抓党建促脱贫攻坚会议讲话"


OUT_DIR_FORMATS = [("json", ".json"), ("outline", ".txt"), ("markdown", ".md"), ("chunks", ".jsonl"),
                   ("csv", ".csv"), ("html", ".html")]


@pytest.mark.parametrize(("output", "suffix"), OUT_DIR_FORMATS, ids=[output for output, _ in OUT_DIR_FORMATS])
def test_out_dir_names_keep_the_relative_path_and_take_one_suffix_in_every_format(
        tmp_path: Path, output: str, suffix: str) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "000_plan.txt").write_text("一、总体要求\n内容。\n", encoding="utf-8")
    (corpus / "sub" / "000_plan.docx.txt").write_text("一、工作任务\n内容。\n", encoding="utf-8")
    (corpus / "sub" / "notice.md").write_text("# 通知\n\n一、安排\n\n内容。\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _batch(str(corpus), "--out-dir", str(out), "--format", output, "--jobs", "1")
    assert result.returncode == 0, result.stderr
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file())
    expected = ["000_plan" + suffix, "sub/000_plan.docx" + suffix, "sub/notice" + suffix]
    assert written == sorted(expected + (["index.html"] if output == "html" else []))
    again = _batch(str(corpus), "--out-dir", str(out), "--format", output, "--resume")
    assert again.returncode == 0 and "0/0 documents" in again.stderr  # every document found where it was written


def test_out_dir_names_are_relative_to_the_folder_holding_every_input(tmp_path: Path) -> None:
    for folder in ("2023", "2024"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "speech.txt").write_text(f"一、{folder}年工作\n内容。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _batch(str(tmp_path / "2023"), str(tmp_path / "2024" / "speech.txt"), "--out-dir", str(out)).returncode == 0
    assert sorted(path.relative_to(out).as_posix() for path in out.rglob("*.json")) == [
        "2023/speech.json", "2024/speech.json"]


def test_two_inputs_that_would_share_an_output_file_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "speech.txt").write_text("一、总体要求\n内容。\n", encoding="utf-8")
    (corpus / "speech.md").write_text("# 讲话\n\n一、总体要求\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _batch(str(corpus), "--out-dir", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert "speech.txt" in result.stderr and "speech.md" in result.stderr and "speech.json" in result.stderr
    assert not any(path.is_file() for path in out.rglob("*"))


def test_output_names_take_case_apart_as_one_file_and_rename_the_reserved_index(tmp_path: Path) -> None:
    (tmp_path / "Plan.txt").write_text("x", encoding="utf-8")
    (tmp_path / "plan.md").write_text("x", encoding="utf-8")
    (tmp_path / "index.html").write_text("x", encoding="utf-8")
    with pytest.raises(speechparse.ParseError, match="would both be written to"):
        output_names([str(tmp_path)], [str(tmp_path / "Plan.txt"), str(tmp_path / "plan.md")], ".json")
    assert output_names([str(tmp_path)], [str(tmp_path / "index.html")], ".html", reserved="index.html") == {
        str(tmp_path / "index.html"): "index_.html"}


def test_batch_refuses_standard_input_and_names_parse_dash(tmp_path: Path) -> None:
    result = _batch("-", "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 2 and "speechparse parse -" in result.stderr


def test_batch_needs_an_output(corpus: Path) -> None:
    result = _batch(str(corpus))
    assert result.returncode == 2 and "-o OUT" in result.stderr


# ---------------------------------------------------------------- Dask


def test_dask_local_cluster_gives_byte_identical_records(corpus_with_bad_files: Path, tmp_path: Path) -> None:
    local, on_dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert _batch(str(corpus_with_bad_files), "-o", str(local), "--jobs", "2").returncode == 1
    result = _batch(str(corpus_with_bad_files), "-o", str(on_dask), "--engine", "dask", "--jobs", "2", timeout=240)
    assert result.returncode == 1, result.stderr[-2000:]

    def by_path(path: Path) -> list[str]:
        return sorted(path.read_text(encoding="utf-8").splitlines(), key=lambda line: json.loads(line)["path"])

    assert by_path(on_dask) == by_path(local)


def test_parse_bag_is_a_dask_bag_of_json_records(corpus: Path) -> None:
    import speechparse.dask

    paths = sorted(corpus.rglob("*.txt"))[:5]
    bag = speechparse.dask.parse_bag(paths, npartitions=2)
    records = bag.compute(scheduler="processes", num_workers=2)
    assert sorted(r["path"] for r in records) == sorted(str(p) for p in paths)
    assert all(r["schema"] == "speechparse/1" for r in records)


def test_parse_bag_leaves_the_site_table_out_when_asked(tmp_path: Path) -> None:
    import speechparse.dask

    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    for site_rules in (True, False):
        (record,) = speechparse.dask.parse_bag([path], site_rules=site_rules).compute(scheduler="sync")
        assert any(removal["rule"].startswith("docbox.") for removal in record["removed"]) is site_rules


def test_a_missing_dask_is_named_in_the_error(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import speechparse.dask

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(speechparse.ParseError, match=r"speechparse\[dask\]"):
        speechparse.dask.parse_bag([corpus / "doc00.txt"])


def test_done_paths_ignores_a_file_that_is_not_there(tmp_path: Path) -> None:
    assert done_paths(str(tmp_path / "nothing.jsonl")) == set()


def test_resume_reads_the_previous_output_line_by_line(tmp_path: Path) -> None:
    import tracemalloc

    out = tmp_path / "out.jsonl"
    record = {"schema": "speechparse/1", "text": "内容。" * 30_000}
    with open(out, "w", encoding="utf-8") as handle:
        for index in range(100):  # 100 records of 270 KB: a 27 MB output
            handle.write(json.dumps({"path": f"/corpus/{index}.txt", **record}, ensure_ascii=False) + "\n")
        handle.write('{"path": "/corpus/cut.txt", "text": "内容')  # the half-written line of a killed run
    size = out.stat().st_size
    tracemalloc.start()
    try:
        found = done_paths(str(out))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found == {f"/corpus/{index}.txt" for index in range(100)}
    assert out.stat().st_size < size and out.read_bytes().endswith(b"}\n")  # the cut line is gone
    assert peak < size / 10  # a line at a time, not the whole file


def test_worker_processes_end_when_a_killed_batch_can_no_longer_use_them(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    folder = tmp_path / "many"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for index in range(400):
        (folder / f"speech{index:03d}.txt").write_text(text, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "speechparse", "batch", str(folder), "-o",
                                str(tmp_path / "out.jsonl"), "--jobs", "2"], stderr=subprocess.DEVNULL)
    workers: list[object] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(workers) < 2:
            workers = psutil.Process(process.pid).children(recursive=True)
            time.sleep(0.05)
        assert len(workers) >= 2, "the batch should have started its workers"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        # a generous deadline: the point is that they end at all, not how fast
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and any(worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE
                                                  for worker in workers):  # type: ignore[attr-defined]
            time.sleep(0.1)
        alive = [worker for worker in workers  # type: ignore[attr-defined]
                 if worker.is_running() and worker.status() != psutil.STATUS_ZOMBIE]
        assert not alive, f"workers outlived their batch: {alive}"
    finally:
        for worker in workers:
            with contextlib.suppress(psutil.NoSuchProcess):
                worker.kill()  # type: ignore[attr-defined]
