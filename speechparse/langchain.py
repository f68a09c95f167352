"""A LangChain document loader: a speech's chunks as LangChain documents (extra ``speechparse[langchain]``).

    from speechparse.langchain import SpeechparseLoader

    docs = SpeechparseLoader(["speech.txt", "notice.md"], max_chars=800).load()
    docs[0].metadata["heading_path"]   # ['二、重点任务', '（一）夯实基础']

Each chunk (:mod:`speechparse.chunks`) is one document: its ``page_content`` is
the chunk's ``contextualized`` text (the title and heading path before it; its
plain text with ``contextualized=False``), its metadata the chunk's place
(:func:`speechparse.chunks.chunk_metadata`), its id the file's path and the
chunk's index. Files are parsed one at a time, as ``lazy_load`` is iterated.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence

from speechparse.chunks import DEFAULT_MAX_CHARS, chunk_metadata
from speechparse.errors import MissingExtraError
from speechparse.limits import DEFAULT_MAX_BYTES

try:
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import Document as LangChainDocument
except ImportError:
    raise MissingExtraError("the LangChain loader", "langchain") from None

Paths = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


class SpeechparseLoader(BaseLoader):
    """Loads speeches and official documents (text, .docx, .html, .md) as chunks that keep their place."""

    def __init__(self, file_path: Paths, *, max_chars: int = DEFAULT_MAX_CHARS, overlap: int = 0,
                 length: Callable[[str], int] | None = None, contextualized: bool = True,
                 max_bytes: int = DEFAULT_MAX_BYTES, site_rules: bool = True) -> None:
        self.paths = [file_path] if isinstance(file_path, (str, os.PathLike)) else list(file_path)
        self.max_chars = max_chars
        self.overlap = overlap
        self.length = length
        self.contextualized = contextualized
        self.max_bytes = max_bytes
        self.site_rules = site_rules

    def lazy_load(self) -> Iterator[LangChainDocument]:
        """The chunks of each file in turn; a file speechparse cannot read raises its ``ParseError``."""
        from speechparse.pipeline import parse

        for path in self.paths:
            name = os.fspath(path)
            document = parse(name, max_bytes=self.max_bytes, site_rules=self.site_rules)
            for chunk in document.chunks(max_chars=self.max_chars, overlap=self.overlap, length=self.length):
                yield LangChainDocument(
                    page_content=chunk.contextualized if self.contextualized else chunk.text,
                    metadata=chunk_metadata(chunk, source=name, title=document.title),
                    id=f"{name}#{chunk.index}",
                )
