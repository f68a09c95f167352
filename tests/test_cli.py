"""The ``speechparse`` command line, run as ``python -m speechparse`` and in-process through ``cli.main``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import speechparse
from speechparse import cli

SEED = Path(__file__).parent.parent / "seeds" / "000_ad121b51ce1c70a2.txt"
EXIT_INPUT_ERROR = 2


def run_cli(*args: str | os.PathLike[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m speechparse ARGS`` and capture its output as UTF-8 text."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "speechparse", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def assert_one_error_line(stderr: str, *, naming: str) -> None:
    """stderr is exactly one line, starting with ``speechparse:``, naming the file, with no traceback."""
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("speechparse:")
    assert naming in lines[0]


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path


@pytest.fixture
def binary_file(tmp_path: Path) -> Path:
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return path


@pytest.fixture
def garbled_file(tmp_path: Path) -> Path:
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"\xff\xfd\x80\x80" * 4)
    return path


# ---------------------------------------------------------------- outline


def test_outline_of_seed_shows_ordinal_sections_and_parenthesised_subsections_under_the_second() -> None:
    result = run_cli("parse", "--format", "outline", SEED)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    top = [i for i, line in enumerate(lines) if line.startswith(("第一", "第二"))]
    assert [lines[i][:2] for i in top] == ["第一", "第二"]
    second = top[1]
    after_second = lines[second + 1:]
    # the (一)/(二) subsections are one level in, below 第二, in order
    subsections = [line.strip()[:3] for line in after_second if line.startswith("  (") or line.startswith("  （")]
    assert [marker.translate(str.maketrans("（）", "()")) for marker in subsections] == ["(一)", "(二)"]
    between = lines[top[0] + 1:second]
    assert not any(line.lstrip().startswith(("(一)", "（一）")) for line in between)


def test_outline_starts_with_the_seed_title() -> None:
    result = run_cli("parse", "--format", "outline", SEED)
    assert result.returncode == 0
    document = speechparse.parse(SEED)
    assert document.title
    assert result.stdout.splitlines()[0] == f"# {document.title}"


# ---------------------------------------------------------------- json


def test_json_output_of_seed_is_one_document_that_from_json_accepts_with_the_file_as_source_path() -> None:
    result = run_cli("parse", "--format", "json", str(SEED))

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["source"]["path"] == str(SEED)
    document = speechparse.Document.from_json(result.stdout)
    assert document.source.path == str(SEED)
    assert document == speechparse.parse(str(SEED))


def test_json_is_the_default_format() -> None:
    result = run_cli("parse", SEED)
    assert result.returncode == 0
    assert speechparse.Document.from_json(result.stdout) == speechparse.parse(str(SEED))


def test_indent_option_pretty_prints_the_same_json() -> None:
    compact = run_cli("parse", SEED)
    indented = run_cli("parse", "--indent", "2", SEED)
    assert indented.returncode == 0
    assert len(indented.stdout.splitlines()) > 1
    assert indented.stdout.splitlines()[1].startswith('  "')
    assert json.loads(indented.stdout) == json.loads(compact.stdout)


def test_two_good_files_give_json_lines_one_document_per_line(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("一、总体要求\n要加强学习。\n二、主要任务\n要狠抓落实。\n", encoding="utf-8")

    result = run_cli("parse", SEED, other)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(SEED), str(other)]


# ---------------------------------------------------------------- bad input


def test_missing_file_exits_2_with_one_stderr_line_and_no_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-speech.txt"
    result = run_cli("parse", missing)
    assert result.returncode == EXIT_INPUT_ERROR
    assert result.stdout == ""
    assert_one_error_line(result.stderr, naming=str(missing))


@pytest.mark.parametrize("fixture", ["binary_file", "garbled_file"])
def test_undecodable_file_exits_2_with_one_stderr_line_and_no_traceback(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    path: Path = request.getfixturevalue(fixture)
    result = run_cli("parse", path)
    assert result.returncode == EXIT_INPUT_ERROR
    assert result.stdout == ""
    assert_one_error_line(result.stderr, naming=str(path))


def test_empty_file_exits_2_with_one_stderr_line_and_no_traceback(empty_file: Path) -> None:
    result = run_cli("parse", empty_file)
    assert result.returncode == EXIT_INPUT_ERROR
    assert result.stdout == ""
    assert_one_error_line(result.stderr, naming=str(empty_file))


def test_directory_exits_2_with_one_stderr_line_and_no_traceback(tmp_path: Path) -> None:
    result = run_cli("parse", tmp_path)
    assert result.returncode == EXIT_INPUT_ERROR
    assert_one_error_line(result.stderr, naming=str(tmp_path))


@pytest.mark.parametrize("missing_first", [True, False], ids=["missing-first", "missing-last"])
def test_good_file_is_still_printed_when_another_is_missing_and_exit_is_2(tmp_path: Path, missing_first: bool) -> None:
    missing = tmp_path / "no-such-speech.txt"
    files = [missing, SEED] if missing_first else [SEED, missing]

    result = run_cli("parse", *files)

    assert result.returncode == EXIT_INPUT_ERROR
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["source"]["path"] == str(SEED)
    assert speechparse.Document.from_json(lines[0]) == speechparse.parse(str(SEED))
    assert_one_error_line(result.stderr, naming=str(missing))


def test_each_bad_file_gets_its_own_stderr_line_and_good_ones_are_printed(
    tmp_path: Path, empty_file: Path, binary_file: Path
) -> None:
    missing = tmp_path / "no-such-speech.txt"
    result = run_cli("parse", "--format", "outline", missing, SEED, empty_file, binary_file)

    assert result.returncode == EXIT_INPUT_ERROR
    assert "Traceback" not in result.stderr
    errors = result.stderr.splitlines()
    assert len(errors) == 3
    assert all(line.startswith("speechparse:") for line in errors)
    for path, line in zip((missing, empty_file, binary_file), errors, strict=True):
        assert str(path) in line
    assert f"== {SEED}" in result.stdout.splitlines()


# ---------------------------------------------------------------- schema, help, entry points


def test_schema_command_prints_the_json_schema() -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == speechparse.json_schema()


def test_help_exits_0_and_lists_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "parse" in result.stdout
    assert "schema" in result.stdout


def test_parse_help_documents_format_and_indent() -> None:
    result = run_cli("parse", "--help")
    assert result.returncode == 0
    assert "--format" in result.stdout
    assert "--indent" in result.stdout


def test_main_help_exits_with_status_0(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--help"])
    assert caught.value.code == 0
    assert "schema" in capsys.readouterr().out


def test_main_returns_2_and_writes_one_error_line_for_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-speech.txt"
    assert cli.main(["parse", str(missing)]) == EXIT_INPUT_ERROR
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_error_line(captured.err, naming=str(missing))


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "--format", "outline", str(SEED)],
        ["parse", "--format", "json", str(SEED)],
        ["parse", "--indent", "2", str(SEED)],
        ["schema"],
    ],
    ids=["outline", "json", "indent", "schema"],
)
def test_python_dash_m_prints_the_same_as_cli_main(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    assert cli.main(args) == 0
    in_process = capsys.readouterr()

    result = run_cli(*args)

    assert result.returncode == 0
    assert result.stdout == in_process.out
    assert result.stderr == in_process.err == ""


def test_python_dash_m_and_cli_main_agree_on_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], empty_file: Path
) -> None:
    args = ["parse", str(empty_file), str(SEED)]
    status = cli.main(args)
    in_process = capsys.readouterr()

    result = run_cli(*args)

    assert result.returncode == status == EXIT_INPUT_ERROR
    assert result.stdout == in_process.out
    assert result.stderr == in_process.err


def test_console_script_prints_the_same_as_python_dash_m() -> None:
    script = Path(sys.executable).parent / ("speechparse.exe" if os.name == "nt" else "speechparse")
    if not script.exists():
        pytest.skip("the speechparse console script is not installed next to this interpreter")
    result = subprocess.run(
        [str(script), "parse", "--format", "outline", str(SEED)],
        capture_output=True, text=True, encoding="utf-8",
        env=dict(os.environ, PYTHONIOENCODING="utf-8"), timeout=120, check=False,
    )
    assert result.returncode == 0
    assert result.stdout == run_cli("parse", "--format", "outline", SEED).stdout


def test_closed_pipe_ends_quietly_without_a_traceback(tmp_path: Path) -> None:
    # speechparse parse big.txt | head -c 100: the reader goes away long before the
    # output (far larger than a pipe's buffer) is written
    big = tmp_path / "big.txt"
    big.write_text(SEED.read_text(encoding="utf-8") * 30, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "speechparse", "parse", "--indent", "1", str(big)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.read(100)
    process.stdout.close()
    _, stderr = process.communicate()
    assert b"Traceback" not in stderr
    assert process.returncode == 0
