"""Coverage-guided fuzzing of ``speechparse.parse(bytes)`` with atheris.

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=1200 fuzz/corpus   # 20 minutes

Every input must give a Document or a documented :class:`speechparse.ParseError`;
a Document must be sound: its top-level nodes cover the text exactly, every
child lies inside its parent, every placeholder's span slices its text, and the
JSON round-trips. Anything else is a finding: libFuzzer writes the input to a
``crash-*`` file, which becomes a regression test in ``tests/test_fuzz_findings.py``.
The seed corpus is built from the repository's sample inputs and test fixtures
by ``fuzz/make_corpus.py``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import speechparse


def check(document: speechparse.Document) -> None:
    position = 0
    for node in document.body:
        assert node.span[0] == position, "top-level nodes do not tile the text"
        position = node.span[1]
    assert position == len(document.text), "the text is not covered to its end"
    for _, node in document.walk():
        start, end = node.span
        last = start
        for child in getattr(node, "children", ()):
            assert last <= child.span[0] <= child.span[1] <= end, "a child is outside its parent"
            last = child.span[1]
    for placeholder in document.placeholders:
        assert document.text[placeholder.span[0]:placeholder.span[1]] == placeholder.text
    assert speechparse.Document.from_json(document.to_json()) == document


def test_one_input(data: bytes) -> None:
    try:
        document = speechparse.parse(data)
    except speechparse.ParseError:
        return
    check(document)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
