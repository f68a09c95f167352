"""Every example of the README and of docs/ is the real output of the code it shows.

Each fenced block says by its language what it is, and is checked by it:

- ``console``: a terminal session. A line ``$ COMMAND`` is run by the shell, in
  a scratch folder holding a copy of ``seeds/``, with this interpreter's
  scripts (``speechparse``, ``python``) first on the PATH; the lines up to the
  next ``$`` are what it prints (standard output, then standard error).
  Sessions of one page run in order in one folder, so a command may read what
  an earlier one wrote.
- ``pycon``: a Python session, run by :mod:`doctest` in the same folder; the
  sessions of one page share their names, in order.
- ``sh`` and ``python``: a synopsis, not run (it names files a reader has,
  clusters, tokenizers). Every ``speechparse`` command of an ``sh`` block must
  be accepted by the command line's parser; a ``python`` block must compile,
  name only what ``speechparse`` has, and show no result (a result is shown in
  a ``pycon`` block, where it is checked).

Any other kind of block fails: an example cannot escape the check.

Outputs are compared line by line, trailing spaces ignored. ``…`` leaves out:
inside a line, any part of that line; on a line of its own, any number of
whole lines.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from attrs import frozen
from conftest import ROOT

from speechparse.cli import build_parser
from speechparse.model import Document

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUN = ("console", "pycon")
SYNOPSIS = ("sh", "python")
GAP = "…"


@frozen
class Block:
    """A fenced block of a page: its language, its first line's number, its text."""

    page: Path
    language: str
    line: int
    text: str

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def fenced_blocks(page: Path) -> list[Block]:
    """The fenced blocks of a Markdown page, in order (fences of three backticks or more)."""
    blocks, lines = [], page.read_text(encoding="utf-8").split("\n")
    index = 0
    while index < len(lines):
        opening = re.match(r"^(`{3,})\s*([\w+-]*)", lines[index])
        if opening is None:
            index += 1
            continue
        closing = next((i for i in range(index + 1, len(lines)) if lines[i].strip() == opening.group(1)), None)
        assert closing is not None, f"{page.name}:{index + 1}: a fence that is never closed"
        blocks.append(Block(page, opening.group(2), index + 2, "\n".join(lines[index + 1:closing])))
        index = closing + 1
    return blocks


# ---------------------------------------------------------------- comparing outputs


def matches(expected: str, actual: str) -> bool:
    """Whether ``actual`` is ``expected`` where ``…`` may stand for part of a line or for whole lines."""
    wanted = [line.rstrip() for line in expected.rstrip("\n").split("\n")] if expected.strip() else []
    got = [line.rstrip() for line in actual.rstrip("\n").split("\n")] if actual.strip() else []
    runs: list[list[str]] = [[]]  # the lines between lines of only …
    for line in wanted:
        if line.strip() == GAP:
            runs.append([])
        else:
            runs[-1].append(line)
    if len(runs) == 1:
        return len(wanted) == len(got) and _run_matches(wanted, got, 0)
    # the first run opens the output and the last ends it; those between are found leftmost, in turn, as a
    # glob's pieces are (each run is a fixed number of lines, so the leftmost place leaves the most room)
    if not _run_matches(runs[0], got, 0):
        return False
    position = len(runs[0])
    for run in runs[1:-1]:
        found = next((start for start in range(position, len(got) - len(run) + 1) if _run_matches(run, got, start)),
                     None)
        if found is None:
            return False
        position = found + len(run)
    start = len(got) - len(runs[-1])
    return start >= position and _run_matches(runs[-1], got, start)


def _run_matches(run: list[str], got: list[str], start: int) -> bool:
    return start + len(run) <= len(got) and all(_line_matches(w, g) for w, g in zip(run, got[start:], strict=False))


def _line_matches(wanted: str, got: str) -> bool:
    """A line against a line where ``…`` stands for any part of it."""
    pieces = wanted.split(GAP)
    if len(pieces) == 1:
        return wanted == got
    if not got.startswith(pieces[0]):
        return False
    position = len(pieces[0])
    for piece in pieces[1:-1]:
        found = got.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return len(got) - len(pieces[-1]) >= position and got.endswith(pieces[-1])


@pytest.mark.parametrize(("expected", "actual", "result"), [
    ("a\nb", "a\nb\n", True),
    ("a…c", "abbc", True),
    ("a…c", "abbcd", False),
    ("a\n…\nd", "a\nb\nc\nd", True),
    ("a\n…\nd", "a\nb\nc\nd\ne", False),
    ("a\n…", "a\nb\nc", True),
    ("…\nc", "a\nb\nc", True),
    ("…\nb\n…", "a\nb\nc", True),
    ("…\nx\n…", "a\nb\nc", False),
    ("a\n…\n…c", "a\nb\nxc", True),
    ("a…b…a", "aba", True),
    ("a…b…a", "ab", False),
    ("a", "a\nb", False),
])
def test_the_gap_mark_leaves_out_part_of_a_line_or_whole_lines(expected: str, actual: str, result: bool) -> None:
    assert matches(expected, actual) is result


# ---------------------------------------------------------------- sessions


@frozen
class Command:
    line: int
    command: str
    output: str


def console_commands(block: Block) -> Iterator[Command]:
    command: tuple[int, str] | None = None
    output: list[str] = []
    for offset, line in enumerate(block.text.split("\n")):
        if line.startswith("$ "):
            if command is not None:
                yield Command(command[0], command[1], "\n".join(output))
            command, output = (block.line + offset, line[2:]), []
        else:
            assert command is not None, f"{block.where}: output before any $ command"
            output.append(line)
    if command is not None:
        yield Command(command[0], command[1], "\n".join(output))


class _GapChecker(doctest.OutputChecker):
    def check_output(self, want: str, got: str, optionflags: int) -> bool:
        return matches(want, got)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """A scratch folder per page, holding a copy of the seeds."""
    folders = {}
    for page in PAGES:
        folder = tmp_path_factory.mktemp(page.stem)
        shutil.copytree(ROOT / "seeds", folder / "seeds")
        folders[page] = folder
    return folders


def _run_blocks(page: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run a page's sessions in order; what went wrong, one message a mismatch."""
    failures: list[str] = []
    environment = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="100",
                       PATH=os.pathsep.join((str(Path(sys.executable).parent), os.environ.get("PATH", ""))))
    names: dict[str, object] = {"__name__": "__readme__"}
    runner = doctest.DocTestRunner(checker=_GapChecker())
    monkeypatch.chdir(folder)
    for block in fenced_blocks(page):
        if block.language == "console":
            for command in console_commands(block):
                result = subprocess.run(command.command, shell=True, cwd=folder, env=environment, capture_output=True,
                                        text=True, encoding="utf-8", timeout=300, check=False)
                if not matches(command.output, result.stdout + result.stderr):
                    failures.append(f"{page.name}:{command.line}: $ {command.command}\n--- shown:\n{command.output}\n"
                                    f"--- printed (exit {result.returncode}):\n{result.stdout}{result.stderr}")
        elif block.language == "pycon":
            test = doctest.DocTestParser().get_doctest(block.text, names, block.where, str(page), block.line - 1)
            report: list[str] = []
            outcome = runner.run(test, out=report.append, clear_globs=False)
            names.update(test.globs)
            if outcome.failed:
                failures.append("".join(report))
    return failures


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_every_session_of_the_page_prints_what_it_shows(page: Path, scratch: dict[Path, Path],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    failures = _run_blocks(page, scratch[page], monkeypatch)
    assert not failures, "\n\n".join(failures)


def test_the_readme_runs_sessions_of_both_kinds() -> None:
    # guards the test above: the README's examples are sessions, not synopses it skips
    languages = [block.language for block in fenced_blocks(ROOT / "README.md")]
    assert languages.count("console") >= 5 and languages.count("pycon") >= 5


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_every_block_says_whether_it_is_run_or_a_synopsis(page: Path) -> None:
    unknown = [f"{block.where}: ```{block.language}" for block in fenced_blocks(page)
               if block.language not in RUN + SYNOPSIS]
    assert not unknown, f"blocks must be one of {RUN + SYNOPSIS}: {unknown}"


# ---------------------------------------------------------------- synopses


def _synopsis_commands() -> Iterator[object]:
    for page in PAGES:
        for block in fenced_blocks(page):
            if block.language != "sh":
                continue
            for offset, line in enumerate(block.text.split("\n")):
                command = line.split(" #", 1)[0].strip()
                if command.startswith(("speechparse ", "python -m speechparse ")):
                    yield pytest.param(command, id=f"{page.name}:{block.line + offset}")


@pytest.mark.parametrize("command", list(_synopsis_commands()))
def test_every_command_of_a_synopsis_is_accepted_by_the_command_line(command: str) -> None:
    # [optional] parts are given, … (and so on) left out, N stands for a number
    words = [word.strip("[]") for word in shlex.split(command.replace(GAP, " "))]
    words = ["1" if word == "N" else word for word in words if word]
    words = words[3:] if words[0] == "python" else words[1:]
    try:
        build_parser().parse_args(words)
    except SystemExit as exc:
        pytest.fail(f"the command line refuses {command!r} (exit {exc.code})")


#: a comment that begins like a Python value or a constructor call shows a result
_RESULT_COMMENT = re.compile(r"#\s*(?:['\"(\[{]|-?\d|[A-Z]\w*\(|True\b|False\b|None\b)")


def _python_synopses() -> Iterator[object]:
    for page in PAGES:
        for block in fenced_blocks(page):
            if block.language == "python":
                yield pytest.param(block, id=block.where)


def _names_defined(module: str) -> set[str]:
    """The names a module defines, read from its source: a loader's module imports its framework, which an
    extra installs, so importing it is not what tells whether the README names it right."""
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None, f"there is no {module}"
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(target.id for target in targets if isinstance(target, ast.Name))
    return names


@pytest.mark.parametrize("block", list(_python_synopses()))
def test_a_python_synopsis_compiles_names_what_speechparse_has_and_shows_no_result(block: Block) -> None:
    tree = ast.parse(block.text, filename=block.where)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("speechparse"):
            for alias in node.names:
                assert alias.name in _names_defined(node.module), f"{block.where}: {node.module} has no {alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("speechparse"):
                    assert importlib.util.find_spec(alias.name), f"{block.where}: there is no {alias.name}"
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "speechparse":
                assert hasattr(importlib.import_module("speechparse"), node.attr) \
                    or importlib.util.find_spec(f"speechparse.{node.attr}"), \
                    f"{block.where}: speechparse has no {node.attr}"
            elif node.value.id == "doc":
                assert hasattr(Document, node.attr), f"{block.where}: a Document has no {node.attr}"
    shown = [line for line in block.text.split("\n") if _RESULT_COMMENT.search(line)]
    assert not shown, f"{block.where}: a result is shown in a comment; show it in a pycon block: {shown}"


# ---------------------------------------------------------------- claims around the examples


def test_make_demo_runs_the_outline_command_the_readme_shows_it_printing() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^demo:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe is not None
    last = recipe.group(1).strip().split("\n")[-1].strip().replace("$(BIN)/", "")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"`make demo` runs `" + re.escape(last) + "`", readme)
    assert f"$ {last}\n" in readme


def test_no_clause_tells_users_to_convert_a_pdf_with_libreoffice() -> None:
    # LibreOffice opens a PDF as a drawing: a PDF goes through a PDF-to-Markdown converter
    for page in PAGES:
        for paragraph in re.split(r"\n\s*\n|\n\s*- ", page.read_text(encoding="utf-8")):
            for clause in re.split(r"[;；。]|\. ", " ".join(paragraph.split())):
                assert not ("--convert-to" in clause and "pdf" in clause.lower()), (page.name, clause)


def test_the_readme_links_the_contract_inside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/output.md)" in readme
    assert "../shared" not in readme
    for target in re.findall(r"\]\(((?!https?:|#)[^)]+)\)", readme):
        assert (ROOT / target).exists(), f"the README links to {target}, which a clone does not have"
