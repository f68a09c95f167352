"""A LlamaIndex reader: a speech's chunks as LlamaIndex documents (extra ``speechparse[llamaindex]``).

    from speechparse.llamaindex import SpeechparseReader

    docs = SpeechparseReader(max_chars=800).load_data("speech.txt")
    docs[0].metadata["heading"]   # '二、重点任务 > （一）夯实基础'

Each chunk (:mod:`speechparse.chunks`) is one document: its text is the chunk's
``contextualized`` text (the title and heading path before it; its plain text
with ``contextualized=False``), its metadata the chunk's place
(:func:`speechparse.chunks.chunk_metadata`) plus any ``extra_info``, its id the
file's path and the chunk's index. Offsets and node pointers are kept out of
what is embedded and what the LLM sees; the title and heading are not.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any, Final

from speechparse.chunks import DEFAULT_MAX_CHARS, chunk_metadata
from speechparse.errors import MissingExtraError
from speechparse.limits import DEFAULT_MAX_BYTES

try:
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import Document as LlamaDocument
except ImportError:
    raise MissingExtraError("the LlamaIndex reader", "llamaindex") from None

#: metadata that locates a chunk but says nothing about its content: not embedded, not shown to the LLM
LOCATING_KEYS: Final = ("chunk_index", "refs", "start", "end", "raw_start", "raw_end", "overlap", "placeholders")


class SpeechparseReader(BaseReader):
    """Reads speeches and official documents (text, .docx, .html, .md) as chunks that keep their place."""

    def __init__(self, *, max_chars: int = DEFAULT_MAX_CHARS, overlap: int = 0,
                 length: Callable[[str], int] | None = None, contextualized: bool = True,
                 max_bytes: int = DEFAULT_MAX_BYTES, site_rules: bool = True) -> None:
        self.max_chars = max_chars
        self.overlap = overlap
        self.length = length
        self.contextualized = contextualized
        self.max_bytes = max_bytes
        self.site_rules = site_rules

    def lazy_load_data(self, file: str | os.PathLike[str], extra_info: dict[str, Any] | None = None,
                       *args: Any, **load_kwargs: Any) -> Iterator[LlamaDocument]:
        """The chunks of one file; a file speechparse cannot read raises its ``ParseError``."""
        from speechparse.pipeline import parse

        name = os.fspath(file)
        document = parse(name, max_bytes=self.max_bytes, site_rules=self.site_rules)
        for chunk in document.chunks(max_chars=self.max_chars, overlap=self.overlap, length=self.length):
            yield LlamaDocument(
                text=chunk.contextualized if self.contextualized else chunk.text,
                metadata={**chunk_metadata(chunk, source=name, title=document.title), **(extra_info or {})},
                id_=f"{name}#{chunk.index}",
                excluded_embed_metadata_keys=list(LOCATING_KEYS),
                excluded_llm_metadata_keys=list(LOCATING_KEYS),
            )

    def load_data(self, file: str | os.PathLike[str], extra_info: dict[str, Any] | None = None,
                  *args: Any, **load_kwargs: Any) -> list[LlamaDocument]:
        """The chunks of one file, as a list."""
        return list(self.lazy_load_data(file, extra_info))
