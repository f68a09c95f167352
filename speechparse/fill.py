"""Templates: the slots a parsed template needs, and filling them in.

A value replaces the blank, never the words around it: ``{"X个#1": "5"}`` turns
X个先进单位 into 5个先进单位, ``{"全X": "省"}`` every 全X into 全省.

A value may also write the slot's whole name, context word included, as the
name does: ``{"全X": "全省"}`` (it begins with 全, as 全X does) or ``{"X年#1":
"2019年"}`` (it ends with 年, as X年 does). Then it stands for the whole name
and replaces the context word with the blank, so the text reads 全省, never
全全省. A value that should begin with the context word and still keep it
(全椒县 in 全X) is written with the word twice: ``{"全X": "全全椒县"}``.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import frozen

from speechparse.errors import UnfilledSlotsError, UnknownSlotError
from speechparse.model import Document, Placeholder, Slot
from speechparse.widths import fold

#: examples of context listed per slot, and characters shown on each side
EXAMPLES = 3
CONTEXT = 6


@frozen
class FillResult:
    """A filled template: its text, and which slots got a value and which did not."""

    text: str
    filled: tuple[str, ...]
    unfilled: tuple[str, ...]

    def parse(self) -> Document:
        """The filled text, parsed."""
        from speechparse.pipeline import parse_text

        return parse_text(self.text)


def list_slots(document: Document) -> tuple[Slot, ...]:
    """One :class:`Slot` per slot name, in order of first appearance."""
    order: list[str] = []
    kinds: dict[str, str] = {}
    counts: dict[str, int] = {}
    contexts: dict[str, list[str]] = {}
    text = document.text
    for placeholder in document.placeholders:
        key = placeholder.slot
        if key not in counts:
            order.append(key)
            kinds[key] = placeholder.kind
            counts[key] = 0
            contexts[key] = []
        counts[key] += 1
        if len(contexts[key]) < EXAMPLES:
            start, end = placeholder.span
            snippet = text[max(0, start - CONTEXT):min(len(text), end + CONTEXT)].replace("\n", " ")
            contexts[key].append(snippet)
    return tuple(Slot(key, kinds[key], counts[key], tuple(contexts[key])) for key in order)


def fill(document: Document, values: Mapping[str, str], *, strict: bool = False) -> FillResult:
    """Replace every blank whose slot has a value; report the slots left blank."""
    known = tuple(slot.key for slot in list_slots(document))
    unknown = tuple(key for key in values if key not in known)
    if unknown:
        raise UnknownSlotError(unknown, known)
    unfilled = tuple(key for key in known if key not in values)
    if strict and unfilled:
        raise UnfilledSlotsError(unfilled)
    pieces: list[str] = []
    position = 0
    for placeholder in document.placeholders:
        value = values.get(placeholder.slot)
        if value is None:
            continue
        start, end = _replaced_span(document.text, placeholder, value)
        pieces.append(document.text[position:start])
        pieces.append(value)
        position = end
    pieces.append(document.text[position:])
    return FillResult("".join(pieces), tuple(key for key in known if key in values), unfilled)


def _replaced_span(text: str, placeholder: Placeholder, value: str) -> tuple[int, int]:
    """The blank alone, or the slot's whole name where ``value`` writes its context word as the name does."""
    start, end = placeholder.span
    if placeholder.slot_span is None:
        return start, end
    name_start, name_end = placeholder.slot_span
    before = fold(text[name_start:start]).strip(" \t")
    after = fold(text[end:name_end]).strip(" \t")
    written = fold(value)
    if (before and written.startswith(before)) or (after and written.endswith(after)):
        return name_start, name_end
    return start, end
