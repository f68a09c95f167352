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


def run_cli_on_input(*args: str | os.PathLike[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m speechparse ARGS`` with ``data`` on its standard input."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "speechparse", *map(str, args)], input=data, capture_output=True,
                          env=env, timeout=120, check=False)


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


def test_a_folder_exits_2_with_one_line_that_says_to_use_batch(tmp_path: Path) -> None:
    result = run_cli("parse", tmp_path)
    assert result.returncode == EXIT_INPUT_ERROR
    assert_one_error_line(result.stderr, naming=str(tmp_path))
    assert f"speechparse batch {tmp_path}" in result.stderr


# ---------------------------------------------------------------- standard input


@pytest.mark.parametrize("args", [
    ["parse"], ["parse", "--format", "outline"], ["parse", "--format", "markdown"],
    ["parse", "--format", "chunks", "--max-chars", "400"], ["placeholders"], ["fill", "--set", "全X=全省"],
    ["debug", "--stage", "levels"],
], ids=["json", "outline", "markdown", "chunks", "placeholders", "fill", "debug"])
def test_every_command_that_takes_a_file_reads_standard_input_for_a_dash(args: list[str]) -> None:
    from_file = run_cli(*args, SEED)
    from_input = run_cli_on_input(*args, "-", data=SEED.read_bytes())
    assert from_input.returncode == from_file.returncode == 0, from_input.stderr
    # only the name differs: <stdin>, as Python names it, where the file's path was
    expected = from_file.stdout.replace(json.dumps(str(SEED))[1:-1], "<stdin>")
    assert from_input.stdout.decode("utf-8") == expected
    assert from_input.stderr.decode("utf-8") == from_file.stderr


def test_view_reads_standard_input_for_a_dash() -> None:
    result = run_cli_on_input("view", "-", data=SEED.read_bytes())
    assert result.returncode == 0
    page = result.stdout.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "2021年抓党建促脱贫攻坚会议讲话" in page and "&lt;stdin&gt;" in page


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_standard_input_is_decoded_by_its_content_as_a_file_is(encoding: str) -> None:
    text = "一、总体要求\n（一）指导思想。要加强学习。\n二、主要任务\n要狠抓落实。\n"
    result = run_cli_on_input("parse", "-", data=text.encode(encoding))
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["source"]["encoding"].replace("-le", "") == encoding and data["source"]["path"] == "<stdin>"
    assert [node["heading"] for node in data["body"] if node["type"] == "section"] == ["总体要求", "主要任务"]


def test_a_web_page_on_standard_input_is_read_as_a_web_page() -> None:
    page = ("<html><head><title>会议讲话</title></head><body><article><h1>会议讲话</h1><p>同志们：</p>"
            "<p>一、统一思想</p><p>要提高认识，增强做好工作的责任感和紧迫感。</p></article></body></html>")
    result = run_cli_on_input("parse", "-", data=page.encode("utf-8"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["source"]["format"] == "html"


def test_empty_standard_input_is_one_error_line_and_exit_2() -> None:
    result = run_cli_on_input("parse", "-", data=b"")
    assert result.returncode == EXIT_INPUT_ERROR
    assert_one_error_line(result.stderr.decode("utf-8"), naming="<stdin>")


def test_standard_input_named_twice_is_refused_before_reading() -> None:
    result = run_cli_on_input("parse", "-", "-", data=SEED.read_bytes())
    assert result.returncode == EXIT_INPUT_ERROR and result.stdout == b""
    assert_one_error_line(result.stderr.decode("utf-8"), naming="standard input")


# ---------------------------------------------------------------- --indent


def test_indent_with_several_files_is_refused_with_one_line_before_any_output(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("一、总体要求\n要加强学习。\n", encoding="utf-8")
    result = run_cli("parse", "--indent", "2", SEED, other)
    assert result.returncode == EXIT_INPUT_ERROR and result.stdout == ""
    assert_one_error_line(result.stderr, naming="JSON Lines")


@pytest.mark.parametrize("output", ["outline", "markdown", "chunks"])
def test_indent_with_a_format_that_is_not_one_json_document_is_refused(output: str) -> None:
    result = run_cli("parse", "--indent", "2", "--format", output, SEED)
    assert result.returncode == EXIT_INPUT_ERROR and result.stdout == ""
    assert_one_error_line(result.stderr, naming=f"--format {output}")


def test_parse_help_says_indent_is_for_one_file() -> None:
    help_text = " ".join(run_cli("parse", "--help").stdout.split())
    assert "refused with several files" in help_text and "- for standard input" in help_text


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
