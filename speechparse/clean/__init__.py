"""Stage 2, clean: raw text in, the text a person would have typed out.

Cleaning is a chain of named rules (:data:`RULES`), run in order over a
:class:`CleanState`. A rule only *marks* spans of the current text for removal
and may note what the noise said (:class:`~speechparse.model.Meta` fields);
the state deletes the marked spans after each rule, so every rule sees the text
its predecessors left, and keeps the map back to the raw input. Nothing is ever
inserted or replaced, which is what keeps provenance exact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from attrs import frozen

from speechparse.clean.chunks import stitch_page_chunks
from speechparse.clean.offsets import OffsetMap, Removal, apply_deletions, merge_spans
from speechparse.clean.rules import drop_carriage_returns
from speechparse.model import Meta
from speechparse.widths import fold

__all__ = ["RULES", "CleanState", "CleanText", "OffsetMap", "Removal", "clean"]


class CleanState:
    """What the cleaning rules work on: the current text and what was removed."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        self.folded = fold(raw)
        self.offsets = OffsetMap.identity(len(raw))
        self.removals: list[Removal] = []
        self.meta: dict[str, Any] = {}
        self.rule = ""
        self._pending: list[tuple[int, int]] = []

    def remove(self, spans: Iterable[tuple[int, int]]) -> None:
        """Mark spans of the current text for removal by the running rule."""
        self._pending.extend(spans)

    def commit(self) -> None:
        """Delete the spans marked by the last rule."""
        spans = merge_spans(self._pending)
        self._pending = []
        if not spans:
            return
        for start, end in spans:
            raw_span = self.offsets.span_to_raw((start, end))
            self.removals.append(Removal(self.rule, raw_span, self.text[start:end]))
        self.text = apply_deletions(self.text, spans)
        self.folded = apply_deletions(self.folded, spans)
        self.offsets = self.offsets.delete(spans)


Rule = Callable[[CleanState], None]

#: the cleaning chain, in order: (name, rule)
RULES: Sequence[tuple[str, Rule]] = (
    ("carriage_returns", drop_carriage_returns),
    ("page_chunks", stitch_page_chunks),
)


@frozen
class CleanText:
    """The cleaned text, what was removed from the raw input, and the map back."""

    text: str
    folded: str  # ``text`` folded by :func:`speechparse.widths.fold`
    removals: tuple[Removal, ...]
    offsets: OffsetMap
    meta: Meta


def clean(raw: str, rules: Sequence[tuple[str, Rule]] = RULES) -> CleanText:
    """Run the cleaning chain over ``raw``."""
    state = CleanState(raw)
    for name, rule in rules:
        state.rule = name
        rule(state)
        state.commit()
    return CleanText(
        text=state.text,
        folded=state.folded,
        removals=tuple(sorted(state.removals, key=lambda removal: removal.span)),
        offsets=state.offsets,
        meta=Meta(**state.meta),
    )
