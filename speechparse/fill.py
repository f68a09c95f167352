"""Templates: the slots a parsed template needs, and filling them in.

A value replaces the blank, never the words around it: ``{"X个#1": "5"}`` turns
X个先进单位 into 5个先进单位, ``{"全X": "省"}`` every 全X into 全省.

A value may also write the slot's whole name, context word included, as the
name does: ``{"全X": "全省"}`` (it begins with 全, as 全X does) or ``{"X年#1":
"2019年"}`` (it ends with 年, as X年 does). Then it stands for the whole name:
the context word is not written twice, so the text reads 全省, never 全全省.
A value that should begin with the context word and still keep it (全椒县 in
全X) is written with the word twice: ``{"全X": "全全椒县"}``. Either way only
the blank's own characters are replaced.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import frozen

from speechparse.errors import UnfilledSlotsError, UnknownSlotError
from speechparse.model import Document, Placeholder, Slot
from speechparse.vocab.placeholders import SLOT_BRACKETS
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
        start, end = placeholder.span
        if start > 0 and end < len(document.text) \
                and fold(document.text[start - 1] + document.text[end]) in SLOT_BRACKETS:
            start, end = start - 1, end + 1  # (12月[X]日: the brackets that mark the blank go with it)
        pieces.append(document.text[position:start])
        pieces.append(blank_value(placeholder, value))
        position = end
    pieces.append(document.text[position:])
    return FillResult("".join(pieces), tuple(key for key in known if key in values), unfilled)


def blank_value(placeholder: Placeholder, value: str) -> str:
    """What goes in the blank itself: ``value``, less the slot's context word where it writes it as the name does.

    The slot's name is the blank with its context word (全X, X个#1); a value
    that begins with the word before the blank (全省 for 全X) or ends with the
    word after it (5个 for X个#1) stands for the whole name, so that word is
    not written twice.
    """
    name = fold(placeholder.slot.split("#", 1)[0])
    token = fold(placeholder.text)
    written = fold(value)  # same length as value: slicing one slices the other
    if name.endswith(token) and len(name) > len(token):
        before = name[:-len(token)]
        if written.startswith(before):
            return value[len(before):]
    elif name.startswith(token) and len(name) > len(token):
        after = name[len(token):]
        if written.endswith(after):
            return value[:-len(after)]
    return value
