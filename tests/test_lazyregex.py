"""Patterns compiled on first use behave as compiled patterns, and importing compiles none."""

from __future__ import annotations

import pickle
import subprocess
import sys

import regex

from speechparse.lazyregex import lazy_compile


def test_a_lazy_pattern_finds_what_the_compiled_pattern_finds() -> None:
    lazy = lazy_compile(r"^(?P<n>[一二三])、", regex.MULTILINE)
    text = "一、总则\n正文\n二、分则\n"
    assert [m.span("n") for m in lazy.finditer(text)] == [(0, 1), (8, 9)]
    assert lazy.pattern == r"^(?P<n>[一二三])、" and lazy.flags & regex.MULTILINE
    assert lazy.search("甲") is None


def test_a_lazy_pattern_compiles_once_and_then_hands_out_the_compiled_methods() -> None:
    lazy = lazy_compile("乙")
    assert "_compiled" not in vars(lazy)
    lazy.search("甲乙")
    compiled = vars(lazy)["_compiled"]
    assert vars(lazy)["search"] == compiled.search  # later calls are the compiled pattern's own
    lazy.match("乙")
    assert vars(lazy)["_compiled"] is compiled


def test_a_lazy_pattern_survives_pickling_for_worker_processes() -> None:
    lazy = lazy_compile("丙+")
    lazy.search("丙")
    assert pickle.loads(pickle.dumps(lazy)).search("丁丙丙").span() == (1, 3)


def test_importing_speechparse_compiles_no_pattern_of_the_vocabulary() -> None:
    probe = ("import regex, regex._main as main\n"
             "compiled = []\n"
             "original = main._compile\n"
             "main._compile = lambda pattern, *a, **k: (compiled.append(pattern), original(pattern, *a, **k))[1]\n"
             "import speechparse\n"
             "print(len(compiled))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"


def test_a_rewrite_of_the_source_waits_for_the_first_use_and_survives_pickling() -> None:
    from speechparse.prefilter import guarded

    lazy = lazy_compile("甲乙|丙", rewrite=guarded)
    assert "_compiled" not in vars(lazy)
    assert lazy.pattern == "(?=[丙甲])(?:甲乙|丙)"
    assert [m.span() for m in pickle.loads(pickle.dumps(lazy)).finditer("丁甲乙丙")] == [(1, 3), (3, 4)]
