"""The shared dev corpus, when this checkout sits beside ../shared (skipped elsewhere).

Every real document must parse, validate against the schema and keep the tree
invariants; and the structure scores must not fall below the issue's floors.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from conftest import SHARED
from invariants import assert_sound

import speechparse

CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir() or not SCORER.is_file(),
                                reason="../shared/corpus/dev is not beside this checkout")


def _documents() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", _documents(), ids=lambda path: path.name[:24])
def test_dev_document_parses_into_a_valid_covering_tree(path: Path) -> None:
    assert_sound(speechparse.parse(path))


def test_dev_corpus_structure_scores_stay_above_the_floors() -> None:
    score = _scorer()
    totals = {"section": [0, 0, 0, 0], "point": [0, 0, 0, 0]}
    for gold_path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        predicted = json.loads(speechparse.parse(CORPUS / gold["doc"]).to_json())
        result = score.score_doc(gold, predicted)
        for kind in totals:
            totals[kind] = [a + b for a, b in zip(totals[kind], result[kind], strict=True)]
    for kind, (_, tree_hits, predicted, expected) in totals.items():
        f1 = score.prf(tree_hits, predicted, expected)[2]
        assert f1 >= 0.90, f"{kind} tree F1 {f1:.3f} fell below 0.90"
