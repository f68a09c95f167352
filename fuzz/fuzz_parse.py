"""Coverage-guided fuzzing of ``speechparse.parse(bytes)`` with atheris.

    pip install -e '.[test]' atheris
    python fuzz/fuzz_parse.py -max_total_time=1200 fuzz/corpus   # 20 minutes

Inputs are bytes as a file holds them, or, opening with the byte 0x01, the XML
of a Word file's document, styles and numbering parts, which ``word_input.py``
wraps in a package (so mutations reach the Word reader, not just the zip).
Every input must give a Document or a documented :class:`speechparse.ParseError`;
a Document must keep the tree invariants of ``tests/invariants.py`` (its
top-level nodes cover the text exactly, every child lies inside its parent,
every placeholder's span slices its text) and round-trip through JSON; schema
validation is left to the test suite, which runs it on hypothesis inputs.
Anything else is a finding: libFuzzer writes the input to a ``crash-*`` file,
which becomes a regression test in ``tests/test_fuzz_findings.py``.
The seed corpus is built from the repository's sample inputs and test fixtures
by ``fuzz/make_corpus.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import speechparse

from word_input import as_parsed

# the tree invariants the test suite checks (tests/invariants.py, which needs the test extra)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from invariants import assert_tree_invariants


def test_one_input(data: bytes) -> None:
    try:
        document = speechparse.parse(as_parsed(data))
    except speechparse.ParseError:
        return
    assert_tree_invariants(document)
    assert speechparse.Document.from_json(document.to_json()) == document


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
