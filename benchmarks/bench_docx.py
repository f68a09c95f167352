"""Word files: a 670-paragraph speech as .docx against the same text as .txt, in one run.

    python benchmarks/bench_docx.py [--repeat N] [--paragraphs 670]

The .docx is generated (``benchmarks/word_files.py``): numbered headings in two
levels with heading styles, body paragraphs of several formatted runs. Rows:
reading the .docx (its text), parsing it, and parsing the same text as .txt;
each the fastest of ``--repeat`` runs. The target (issue 15) is a parse under
0.1 s. A script, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse

from bench_parse import best_of
from word_files import speech_document, speech_text

import speechparse
from speechparse.read import read_bytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--paragraphs", type=int, default=670)
    args = parser.parse_args()
    data = speech_document(args.paragraphs)
    text = speech_text(args.paragraphs)
    encoded = text.encode("utf-8")
    speechparse.parse(encoded)  # build the parser before timing
    print(f"{args.paragraphs} paragraphs: .docx {len(data) / 1e3:.0f} KB, text {len(encoded) / 1e3:.0f} KB\n")
    print(f"| row | seconds (best of {args.repeat}) |")
    print("|---|---:|")
    for name, work in (
        (".docx read (text, labels, hints)", lambda: read_bytes(data)),
        (".docx parse", lambda: speechparse.parse(data)),
        ("same text as .txt, parse", lambda: speechparse.parse(encoded)),
    ):
        print(f"| {name} | {best_of(args.repeat, work):.3f} |", flush=True)


if __name__ == "__main__":
    main()
