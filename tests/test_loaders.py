"""The LangChain loader and the LlamaIndex reader, against the real packages.

langchain-core is in the test extra; llama-index-core is not (it brings numpy,
nltk, SQLAlchemy and tiktoken, some 200 MB), so its tests run where it is
installed and are skipped, saying so, where it is not.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED

import speechparse

NOTICE = "# 某某通知\n\n# 一、总体要求\n\n# （一）指导思想\n\n坚持稳中求进。\n\n# 二、主要任务\n\n抓好落实，由X负责。\n"


def test_importing_speechparse_loads_neither_framework() -> None:
    code = "import sys, speechparse; print(any(m.startswith(('langchain', 'llama_index')) for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_langchain_loader_yields_chunks_with_their_place(tmp_path: Path) -> None:
    pytest.importorskip("langchain_core", reason="langchain-core (speechparse[langchain]) is not installed")
    from langchain_core.documents import Document as LangChainDocument

    from speechparse.langchain import SpeechparseLoader

    notice = tmp_path / "notice.md"
    notice.write_text(NOTICE, encoding="utf-8")
    docs = SpeechparseLoader([SEED, notice], max_chars=500).load()
    expected = speechparse.parse(SEED).chunks(max_chars=500)
    assert all(isinstance(doc, LangChainDocument) for doc in docs)
    assert [doc.page_content for doc in docs[:len(expected)]] == [chunk.contextualized for chunk in expected]
    last = docs[-1]
    assert last.metadata["source"] == str(notice)
    assert last.metadata["heading_path"] == ["二、主要任务"]
    assert last.metadata["heading"] == "二、主要任务"
    assert [entry.split("|")[0] for entry in last.metadata["placeholders"]] == ["X"]
    assert last.id == f"{notice}#{last.metadata['chunk_index']}"
    plain = SpeechparseLoader(notice, contextualized=False).load()
    assert plain[-1].page_content == "二、主要任务\n抓好落实，由X负责。"


def test_langchain_loader_raises_the_parse_error_of_a_bad_file(tmp_path: Path) -> None:
    pytest.importorskip("langchain_core", reason="langchain-core (speechparse[langchain]) is not installed")
    from speechparse.langchain import SpeechparseLoader

    with pytest.raises(speechparse.InputNotFoundError):
        SpeechparseLoader(tmp_path / "missing.txt").load()


def test_llamaindex_reader_yields_chunks_with_their_place(tmp_path: Path) -> None:
    pytest.importorskip("llama_index.core", reason="llama-index-core (speechparse[llamaindex]) is not installed; "
                                                   "it is heavy and left out of the test extra")
    from llama_index.core.schema import Document as LlamaDocument
    from llama_index.core.schema import MetadataMode

    from speechparse.llamaindex import SpeechparseReader

    notice = tmp_path / "notice.md"
    notice.write_text(NOTICE, encoding="utf-8")
    docs = SpeechparseReader(max_chars=500).load_data(notice, extra_info={"collection": "notices"})
    assert all(isinstance(doc, LlamaDocument) for doc in docs)
    assert [doc.text for doc in docs] == [chunk.contextualized for chunk in speechparse.parse(notice).chunks()]
    last = docs[-1]
    assert last.metadata["heading_path"] == ["二、主要任务"]
    assert last.metadata["collection"] == "notices"
    assert last.id_ == f"{notice}#{len(docs) - 1}"
    embedded = last.get_content(metadata_mode=MetadataMode.EMBED)
    assert "二、主要任务" in embedded and "raw_start" not in embedded


def test_a_missing_framework_is_named_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("langchain_core", "langchain_core.document_loaders", "langchain_core.documents"):
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.delitem(sys.modules, "speechparse.langchain", raising=False)
    with pytest.raises(speechparse.MissingExtraError, match=r"speechparse\[langchain\]"):
        importlib.import_module("speechparse.langchain")
