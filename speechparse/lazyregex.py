"""Patterns compiled when first used, not at import.

The ``regex`` module parses a pattern in Python, so the few hundred patterns of
the vocabulary took most of ``import speechparse``; a program that reads one
Word file, or only asks for the JSON schema, paid for all of them. A
:func:`lazy_compile` pattern compiles on its first use and then hands out the
compiled pattern's own methods: after the first call, ``pattern.search`` is the
compiled pattern's bound method, found as an ordinary attribute, at no extra cost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import regex

__all__ = ["lazy_compile"]


class _LazyPattern:
    """Stands for ``regex.compile(source, flags)`` until something is asked of it."""

    def __init__(self, source: str, flags: int, rewrite: Callable[[str], str] | None) -> None:
        self._source = source
        self._flags = flags
        self._rewrite = rewrite

    def __getattr__(self, name: str) -> Any:
        # called only for attributes not yet in the instance's __dict__: the first use of each
        if name.startswith("_"):  # its own fields, or what pickle and copy look for on a bare instance
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            source = self._source if self._rewrite is None else self._rewrite(self._source)
            compiled = self.__dict__["_compiled"] = regex.compile(source, self._flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value  # the next lookup finds the compiled pattern's own method
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self._source!r}, {self._flags})"


def lazy_compile(source: str, flags: int = 0, *, rewrite: Callable[[str], str] | None = None) -> regex.Pattern[str]:
    """A pattern that compiles ``source`` the first time it is used; typed as the compiled pattern.
    ``rewrite`` turns the source into an equivalent one first (then too, not at import)."""
    return cast("regex.Pattern[str]", _LazyPattern(source, flags, rewrite))
