"""Build the seed corpus for fuzz_parse.py from the sample inputs and test fixtures.

    python fuzz/make_corpus.py fuzz/corpus
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "fuzz" / "corpus")
    out.mkdir(parents=True, exist_ok=True)
    samples: list[bytes] = [path.read_bytes()[:4000] for path in (ROOT / "seeds").glob("*.txt")]
    for fixture in (ROOT / "tests" / "fixtures").glob("*.txt"):
        samples.extend(block.encode("utf-8") for block in fixture.read_text(encoding="utf-8").split("\n.\n")
                       if block.strip())
    for sample in samples:
        (out / hashlib.sha1(sample).hexdigest()).write_bytes(sample)
    print(f"{len(samples)} inputs in {out}")


if __name__ == "__main__":
    main()
