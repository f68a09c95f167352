"""The build hook of the optional compiled build; everything else is in setup.cfg.

The package is pure Python, and that is what ``pip install .`` builds. With ``SPEECHPARSE_MYPYC=1``
in the environment (and mypy, which ships mypyc, installed), the modules of :data:`COMPILED` are
compiled to C extensions by mypyc as well: the same code, the same output, faster. Build it in
place with ``make compiled`` (the benchmarks read a checkout), or install it with
``SPEECHPARSE_MYPYC=1 pip install --no-build-isolation .``.
"""

from __future__ import annotations

import os

from setuptools import setup

#: the modules mypyc compiles: the stages' hot loops, from cleaning to the blocks. Left out, each
#: for a reason: clean/table.py (no faster compiled, once its cached_property was cached by hand,
#: which a native class does not do), tree.py and grammar.py (Lark's Transformer and Token
#: subclasses, which mypyc cannot compile), model.py (mypyc stops with an internal error on it);
#: the rest costs too little to matter.
COMPILED = (
    "speechparse/pipeline.py",
    "speechparse/widths.py",
    "speechparse/limits.py",
    "speechparse/prefilter.py",
    "speechparse/vocab/chars.py",
    "speechparse/clean/__init__.py",
    "speechparse/clean/rules.py",
    "speechparse/clean/generic.py",
    "speechparse/clean/junk.py",
    "speechparse/clean/chunks.py",
    "speechparse/clean/duplicates.py",
    "speechparse/clean/spacing.py",
    "speechparse/clean/linebreaks.py",
    "speechparse/lex/lines.py",
    "speechparse/lex/title.py",
    "speechparse/lex/markers.py",
    "speechparse/lex/runs.py",
    "speechparse/lex/headings.py",
    "speechparse/lex/front.py",
    "speechparse/lex/back.py",
    "speechparse/levels.py",
    "speechparse/points.py",
    "speechparse/placeholders.py",
    "speechparse/blocks.py",
    "speechparse/inline.py",
)


def _extensions() -> list[object]:
    if os.environ.get("SPEECHPARSE_MYPYC") != "1":
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy

    return list(mypycify(list(COMPILED), opt_level="3", group_name="speechparse"))


setup(ext_modules=_extensions())
