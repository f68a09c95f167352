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
        super().__init__(f"{path or repr(path)}: no such file; check the path")
        self.path = path


class InputUnreadableError(ParseError, OSError):
    """The path exists but cannot be read (no permission, a device …)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: cannot be read ({reason}); pass a readable text file")
        self.path = path


class InputIsFolderError(InputUnreadableError):
    """The path is a folder: a folder's documents are parsed by ``batch`` (or ``parse_many``)."""

    def __init__(self, path: str) -> None:
        ParseError.__init__(self, f"{path}: a folder, not a file; to parse every document in it, run "
                                  f"speechparse batch {path} -o OUT.jsonl (in Python: speechparse.parse_many)")
        self.path = path


class TextGivenAsPathError(ParseError, ValueError):
    """A string given to ``parse()`` that cannot be a file's path: it is the text itself."""

    #: characters of the text quoted in the message
    QUOTED = 20

    def __init__(self, text: str) -> None:
        first_line = text.strip().split("\n", 1)[0].strip()
        quoted = first_line[:self.QUOTED] + ("…" if len(text.strip()) > len(first_line[:self.QUOTED]) else "")
        lines = len(text.splitlines())
        super().__init__(f"parse() was given text, not a path ({quoted!r}: {len(text):,} characters, {lines:,} "
                         f"line{'s' if lines > 1 else ''}, and no such file); parse text with "
                         "speechparse.parse_text(text), or pipe it to speechparse parse -")


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


class EncryptedDocumentError(ParseError, ValueError):
    """A file locked by encryption: its bytes are not the document until whoever holds the key opens it."""

    def __init__(self, path: str | None, what: str, advice: str) -> None:
        super().__init__(f"{path or 'input'}: {what}, so its bytes are not the document's text; {advice}, "
                         "then parse that copy")
        self.path = path
        self.what = what


class EmptyInputError(ParseError, ValueError):
    """The file or bytes hold no text at all."""

    def __init__(self, path: str | None) -> None:
        super().__init__(f"{path or 'input'}: empty (no text to parse)")
        self.path = path


class NothingButNoiseError(EmptyInputError):
    """Cleaning took away everything: the input held site boilerplate and no document text."""

    def __init__(self, path: str | None, rules: tuple[str, ...]) -> None:
        ParseError.__init__(self, f"{path or 'input'}: nothing but web-page boilerplate ({', '.join(rules)}); "
                                  "no document text to parse")
        self.path = path
        self.rules = rules


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


class LegacyFormatError(ParseError, ValueError):
    """A format speechparse does not read (.doc, .wps, .pdf, .rtf): convert it first."""

    def __init__(self, path: str | None, kind: str) -> None:
        where = path or "input"
        # LibreOffice opens a PDF as a drawing, not as text: a PDF goes through a PDF-to-Markdown converter
        advice = ("convert it to Markdown with a PDF converter (MinerU, marker or docling) and parse the .md"
                  if kind == "PDF" else
                  "convert it to .docx first, e.g. libreoffice --headless --convert-to docx FILE")
        super().__init__(f"{where}: a {kind} file, which speechparse does not read; {advice}")
        self.path = path
        self.kind = kind


class UnsupportedFormatError(ParseError, ValueError):
    """An archive or document format that is not a Word document."""

    def __init__(self, path: str | None, what: str) -> None:
        super().__init__(f"{path or 'input'}: {what}; speechparse reads text, .docx, .html and .md files")
        self.path = path


class CorruptDocumentError(ParseError, ValueError):
    """A .docx that cannot be opened: a broken zip, missing or malformed parts."""

    def __init__(self, path: str | None, reason: str) -> None:
        super().__init__(f"{path or 'input'}: not a readable .docx ({reason}); open and save it again in Word "
                         "or LibreOffice")
        self.path = path


class MissingExtraError(ParseError, ImportError):
    """Reading this format needs an optional dependency that is not installed."""

    def __init__(self, what: str, extra: str) -> None:
        super().__init__(f"reading {what} needs the optional dependencies: pip install 'speechparse[{extra}]'")
        self.extra = extra


class InputTooLargeError(ParseError, ValueError):
    """The input is larger than the configured limit."""

    def __init__(self, path: str | None, size: int, limit: int) -> None:
        super().__init__(f"{path or 'input'}: {size:,} bytes is more than the limit of {limit:,}; "
                         "raise it with max_bytes= (library) or --max-bytes (command line)")
        self.path = path
        self.size = size
        self.limit = limit


class StructureTooDenseError(ParseError, ValueError):
    """The text holds far more lines, numbering markers and noise than a document does for its size."""

    def __init__(self, path: str | None, units: int, size: int, limit: int,
                 what: str = "lines, numbering markers, removed spans and placeholders") -> None:
        super().__init__(f"{path or 'input'}: {units:,} {what} in {size:,} bytes "
                         f"of text is more structure than the limit of {limit:,}, and would cost far more than its "
                         "size to parse; if it really is one document, raise the limit with max_units= (library) "
                         "or --max-units (command line)")
        self.path = path
        self.units = units
        self.size = size
        self.limit = limit
