"""A record of what each stage decided, for whoever adds a rule: ``speechparse debug FILE``.

The stages take an optional :class:`Trace` and, when given one, say what they
did with each record: which spans cleaning removed and by which rule, which marker
candidates the lexer found or refused and why, which candidates the level stage
took as sections (at what level, under which parent) or turned away and why,
which points stood, and how the text was cut into blocks. A parse without a trace
pays nothing for it.
"""

from __future__ import annotations

from attrs import define, field

#: the stages a trace reports, in pipeline order
STAGES = ("clean", "lex", "levels", "points", "blocks")


@define
class Trace:
    """Lines of explanation, stage by stage."""

    folded: str = ""
    lines: dict[str, list[str]] = field(factory=lambda: {stage: [] for stage in STAGES})

    def add(self, stage: str, start: int, end: int, what: str) -> None:
        """Say ``what`` about the text at ``start:end`` in ``stage``."""
        self.lines[stage].append(f"{start:>7}-{end:<7} {self.excerpt(start, end)!s:<14} {what}")

    def add_text(self, stage: str, start: int, end: int, text: str, what: str) -> None:
        """Say ``what`` about ``text`` at ``start:end`` (offsets of another text: the raw input)."""
        self.lines[stage].append(f"{start:>7}-{end:<7} {_short(text)!s:<14} {what}")

    def excerpt(self, start: int, end: int) -> str:
        """The text at a span, on one line, shortened."""
        return _short(self.folded[start:end])

    def report(self, stages: tuple[str, ...] = STAGES) -> str:
        """The explanation of ``stages``, each under its name."""
        out = []
        for stage in stages:
            out.append(f"== {stage} ({len(self.lines[stage])})")
            out.extend(self.lines[stage])
        return "\n".join(out) + "\n"


def _short(text: str, width: int = 12) -> str:
    piece = text.replace("\n", "⏎")
    return piece if len(piece) <= width else piece[:width - 1] + "…"
