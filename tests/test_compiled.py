"""The optional compiled build (``SPEECHPARSE_MYPYC=1``, see setup.py) parses exactly as the pure package.

The build is made in a private copy of the checkout (pytest's own temporary folder), then both the
copy and this checkout parse the same texts in child processes, each with its site rules on and off:
the JSON must be the same, byte for byte, and so must every error. Skipped where mypyc or a C
compiler is missing; it takes about a minute (compiling is most of it).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import ROOT, SEED, SHARED, TESTS, read_fixture_file

#: what a child process prints: per text, its JSON or its error, with the site rules on and off, then
#: the modules it loaded from compiled extensions
_CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import speechparse
from importlib.machinery import EXTENSION_SUFFIXES
texts = json.load(sys.stdin)
out = []
for text in texts:
    for site_rules in (True, False):
        try:
            out.append(speechparse.parse_text(text, site_rules=site_rules).to_json())
        except speechparse.ParseError as error:
            out.append(f"{type(error).__name__}: {error}")
compiled = sorted(name for name, module in sys.modules.items() if name.startswith("speechparse.")
                  and str(getattr(module, "__file__", "")).endswith(tuple(EXTENSION_SUFFIXES)))
json.dump({"out": out, "compiled": compiled}, sys.stdout)
"""


def _texts() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    for name, parts in (("structure.txt", 2), ("noise.txt", 3), ("generic_noise.txt", 3)):
        texts.extend(pieces[0] for _, _, pieces in read_fixture_file(TESTS / "fixtures" / name, parts=parts))
    corpus = SHARED / "corpus" / "dev"
    if corpus.is_dir():  # the dev corpus, where it stands beside the checkout
        texts.extend(path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt")))
    return [text for text in texts if text.strip()]


def _parse_in_child(root: Path, texts: list[str]) -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", _CHILD, str(root)], input=json.dumps(texts), capture_output=True,
                          text=True, check=True, cwd=root, timeout=600)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_compiled_build_writes_the_json_the_pure_package_writes(tmp_path: Path) -> None:
    if importlib.util.find_spec("mypyc") is None:
        pytest.skip("mypyc (it ships with mypy, in the test extras) is not installed")
    if not shutil.which(str(sysconfig.get_config_var("CC") or "cc").split()[0]):
        pytest.skip("no C compiler to build the compiled modules with")
    copy = tmp_path / "checkout"
    copy.mkdir()
    for name in ("speechparse", "grammar"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    for name in ("setup.py", "setup.cfg", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, copy / name)
    subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=copy, check=True,
                   capture_output=True, timeout=900, env={**os.environ, "SPEECHPARSE_MYPYC": "1"})

    texts = _texts()
    pure, compiled = _parse_in_child(ROOT, texts), _parse_in_child(copy, texts)
    if pure["compiled"]:
        pytest.skip(f"this checkout is itself compiled ({len(pure['compiled'])} modules): `make pure` first")
    assert "speechparse.clean.generic" in compiled["compiled"] and "speechparse.pipeline" in compiled["compiled"]
    assert len(compiled["out"]) == len(pure["out"]) == 2 * len(texts)
    differing = [index for index, (one, other) in enumerate(zip(pure["out"], compiled["out"], strict=True))
                 if one != other]
    assert not differing, f"{len(differing)} outputs differ, the first of text {differing[0] // 2}"
