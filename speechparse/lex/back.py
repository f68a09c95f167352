"""Stage 3f, lex the back matter of a 公文: what follows its body and is not text.

GB/T 9704-2012 (§7.3.5–7.4) sets out what comes after a document's body, in this
order: the note of what is attached (附件说明, 附件：1.…), the issuing body's name
(发文机关署名), the date it was written (成文日期), a note on it (附注, （此件公开
发布）), and the distribution lines (版记: 抄送：…, …印发). A block of these is found
around its date line: the issuer's name on the lines just above it, the attachment
note above them, the note and the distribution lines below. Where a notice hands
on another document, the block stands between the two, not at the end of the
text, so it is looked for wherever a date line stands alone on its line.

The numbers of an attachment list (附件：1.… 2.…) are not headings: the level stage
never sees the markers inside a block, and a block closes every open section.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from attrs import frozen

from speechparse.lazyregex import lazy_compile
from speechparse.vocab import (
    ATTACHMENTS_NOTE,
    DISTRIBUTION,
    DOCUMENT_NOTE,
    FOOTNOTE_MARK,
    FOOTNOTE_RULE,
    ISSUER_ENDINGS,
    NOTES_LABEL,
    WRITTEN_DATE,
)
from speechparse.vocab.placeholders import BLANK_CHARS

ATTACHMENTS, SIGNATURE, DATELINE, NOTE, DISTRIBUTION_KIND = "attachments", "signature", "dateline", "note", \
    "distribution"
#: the issuer's name takes at most this many lines, each at most this long
MAX_SIGNATURE_LINES: Final = 3
MAX_SIGNATURE: Final = 40
#: an attachment list takes at most this many lines
MAX_ATTACHMENT_LINES: Final = 12
#: a document's footnotes under their rule are at most this many lines
MAX_FOOTNOTES: Final = 30
#: a date line alone, without a signature above it, is back matter only among the last lines
TAIL_LINES: Final = 3

# Patterns: anchored, bounded: no timeout needed.
_DATE_LINE: Final = lazy_compile(rf"[ \t]*{WRITTEN_DATE}[ \t]*")
#: (a template's, with blanks for its place: XX县人民政府办公室)
_ISSUER: Final = lazy_compile(rf"[ \t]*[\p{{Han}}()、 {BLANK_CHARS}]{{2,40}}?(?:" + "|".join(
    sorted(ISSUER_ENDINGS, key=len, reverse=True)) + r")[ \t]*")
_ATTACHMENTS: Final = lazy_compile(rf"[ \t]*{ATTACHMENTS_NOTE}")
_ATTACHMENT_ITEM: Final = lazy_compile(r"[ \t]*[0-9]{1,2}[.、][^\n。!?]{1,80}")
_NOTE: Final = lazy_compile(rf"[ \t]*{DOCUMENT_NOTE}[ \t]*")
#: a copy's note that it leaves its attachments out ((附件略), (附件另发))
_ATTACHMENTS_LEFT_OUT: Final = lazy_compile(r"[ \t]*\([ \t]*附件[ \t]*(?:略|从略|另发|另附)[ \t]*\)[ \t]*")
#: notes (附注) that may stand under an attachment note ending the text
MAX_NOTES_AT_THE_END: Final = 2
_FOOTNOTE_RULE: Final = lazy_compile(FOOTNOTE_RULE)
_FOOTNOTE_MARK: Final = lazy_compile(FOOTNOTE_MARK)
_NOTES_LABEL: Final = lazy_compile(NOTES_LABEL)
_DISTRIBUTION: Final = lazy_compile(rf"[ \t]*(?:{DISTRIBUTION})")


@frozen
class BackPiece:
    """One piece of back matter: ``kind`` is attachments, signature, dateline, note or distribution."""

    kind: str
    start: int
    end: int  # the end of its last line (its line break excluded)


def find_back_matter(folded: str, line_starts: Sequence[int], after: int = 0,
                     part_labels: Sequence[tuple[int, int]] = ()) -> list[BackPiece]:
    """The back-matter blocks of ``folded`` text after ``after``, each around a date line alone
    on its line; ``line_starts`` are where the lines with text begin. An attachment note also stands
    right above the first of the parts it lists (附件:1.…/2.… above 附件1), with no signature between:
    ``part_labels`` are where those parts begin."""
    lines = [(start, _line_end(folded, start)) for start in line_starts if start >= after]
    pieces: list[BackPiece] = []
    taken = -1  # index of the last line a block took
    for index, (start, end) in enumerate(lines):
        if index <= taken or not _DATE_LINE.fullmatch(folded, start, end):
            continue
        block = _block_around(folded, lines, index, taken + 1)
        if block:
            pieces.extend(block)
            taken = max(taken, *(_line_index(lines, piece.end) for piece in block))
    footnotes = _footnotes_at_the_end(folded, lines)
    if footnotes is not None and not any(piece.end > footnotes.start for piece in pieces):
        pieces.append(footnotes)
    if lines and not any(piece.end >= lines[-1][1] for piece in pieces):
        # the note of what is attached ending the text, no signature or date under it: a page printed the body
        # and its note, its date in the page's header (附件:1.…表 / 2.…表 at the end), maybe the 附注 under it
        # ((此件主动公开))
        last = len(lines)
        while last - 1 > taken + 1 and len(lines) - last < MAX_NOTES_AT_THE_END \
                and _NOTE.fullmatch(folded, *lines[last - 1]):
            last -= 1
        note = _attachments_above(folded, lines, last, taken + 1)
        if note is not None:
            pieces.append(note)
            pieces.extend(BackPiece(NOTE, *lines[index]) for index in range(last, len(lines)))
    if part_labels:
        starts = [start for start, _ in lines]
        for label_start, _ in part_labels:
            index = bisect_left(starts, label_start)
            if index >= len(lines) or starts[index] != label_start:
                continue
            note = _attachments_above(folded, lines, index, 0)
            if note is not None and not any(piece.start < note.end and note.start < piece.end for piece in pieces):
                pieces.append(note)
        pieces.sort(key=lambda piece: piece.start)
    return pieces


def _block_around(folded: str, lines: list[tuple[int, int]], date: int, floor: int) -> list[BackPiece]:
    """The back matter around the date line ``lines[date]``, or nothing where it is not a block."""
    above: list[BackPiece] = []
    index = date - 1
    signature_top = date
    while index >= floor and date - index <= MAX_SIGNATURE_LINES:
        start, end = lines[index]
        if end - start > MAX_SIGNATURE or not _ISSUER.fullmatch(folded, start, end):
            break
        signature_top = index
        index -= 1
    if signature_top < date:
        above.append(BackPiece(SIGNATURE, lines[signature_top][0], lines[date - 1][1]))
        attachments = _attachments_above(folded, lines, signature_top, floor)
        if attachments is not None:
            above.insert(0, attachments)
    below: list[BackPiece] = []
    index = date + 1
    while index < len(lines):
        start, end = lines[index]
        if _NOTE.fullmatch(folded, start, end):
            below.append(BackPiece(NOTE, start, end))
        elif _DISTRIBUTION.match(folded, start, end):
            below.append(BackPiece(DISTRIBUTION_KIND, start, end))
        elif _ATTACHMENTS.match(folded, start, end):
            # (a page's or an OA system's list of the files to download, under the date: 附件:1.….xlsx 2.….docx)
            last = index
            while last + 1 < len(lines) and last - index < MAX_ATTACHMENT_LINES \
                    and _ATTACHMENT_ITEM.fullmatch(folded, *lines[last + 1]):
                last += 1
            below.append(BackPiece(ATTACHMENTS, start, lines[last][1]))
            index = last
        else:
            break
        index += 1
    if not above and not below and date < len(lines) - TAIL_LINES:
        return []  # a date alone in the middle of the text is not a document's end
    return [*above, BackPiece(DATELINE, *lines[date]), *below]


def _footnotes_at_the_end(folded: str, lines: list[tuple[int, int]]) -> BackPiece | None:
    """A rule, or a notes' label (注释:), and the footnotes under it that end the text (____ / [1] … / ① …): a
    note, not structure."""
    index = len(lines) - 1
    while index >= 0 and len(lines) - index <= MAX_FOOTNOTES and _FOOTNOTE_MARK.match(folded, *lines[index]):
        index -= 1
    if index < 0 or index == len(lines) - 1 or not (_FOOTNOTE_RULE.fullmatch(folded, *lines[index])
                                                     or _NOTES_LABEL.fullmatch(folded, *lines[index])):
        return None
    return BackPiece(NOTE, lines[index][0], lines[-1][1])


def _attachments_above(folded: str, lines: list[tuple[int, int]], top: int, floor: int) -> BackPiece | None:
    """An attachment note ending on the line above ``lines[top]`` (附件：1.…, then 2.… on their lines)."""
    index = top - 1
    if index >= floor and _ATTACHMENTS_LEFT_OUT.fullmatch(folded, *lines[index]):
        index -= 1  # (the note that the attachments are left out of this copy, under their list: (附件略))
    while index >= floor and top - index <= MAX_ATTACHMENT_LINES:
        start, end = lines[index]
        if _ATTACHMENTS.match(folded, start, end):
            return BackPiece(ATTACHMENTS, start, lines[top - 1][1])
        if not _ATTACHMENT_ITEM.fullmatch(folded, start, end):
            return None
        index -= 1
    return None


def _line_end(folded: str, start: int) -> int:
    end = folded.find("\n", start)
    end = len(folded) if end < 0 else end
    while end > start and folded[end - 1] in " \t":
        end -= 1
    return end


def _line_index(lines: list[tuple[int, int]], end: int) -> int:
    return next(index for index, (_, line_end) in enumerate(lines) if line_end == end)
