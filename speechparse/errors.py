"""Errors a user can cause and fix. Every one says what to do about it.

All of them derive from :class:`ParseError`, so ``except speechparse.ParseError``
catches every documented failure; anything else escaping ``parse`` is a bug.
"""

from __future__ import annotations


class ParseError(Exception):
    """Base class of every error speechparse raises for bad input."""


class InputNotFoundError(ParseError, FileNotFoundError):
    """The path does not exist."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: no such file; check the path")
        self.path = path


class InputUnreadableError(ParseError, OSError):
    """The path exists but cannot be read (a folder, no permission …)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: cannot be read ({reason}); pass a readable text file")
        self.path = path


class DecodingError(ParseError, UnicodeError):
    """The bytes are not text in any encoding speechparse reads."""

    def __init__(self, path: str | None, tried: tuple[str, ...]) -> None:
        where = path or "input"
        super().__init__(
            f"{where}: not text in {', '.join(tried)}; "
            "convert it to UTF-8 (e.g. iconv -f <encoding> -t utf-8)"
        )
        self.path = path
        self.tried = tried



class EmptyInputError(ParseError, ValueError):
    """The file or bytes hold no text at all."""

    def __init__(self, path: str | None) -> None:
        super().__init__(f"{path or 'input'}: empty (no text to parse)")
        self.path = path


class UnknownSlotError(ParseError, KeyError):
    """A value was given for a slot the template does not have."""

    def __init__(self, unknown: tuple[str, ...], known: tuple[str, ...]) -> None:
        listed = ", ".join(known[:12]) + (" …" if len(known) > 12 else "")
        super().__init__(f"no slot named {', '.join(unknown)}; the template's slots are: {listed or 'none'}")
        self.unknown = unknown
        self.known = known

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class UnfilledSlotsError(ParseError, ValueError):
    """A strict fill left slots without a value."""

    def __init__(self, unfilled: tuple[str, ...]) -> None:
        super().__init__(f"no value given for {len(unfilled)} slot(s): {', '.join(unfilled)}")
        self.unfilled = unfilled


class UsageError(ParseError, ValueError):
    """A command-line argument that cannot be used as given."""
