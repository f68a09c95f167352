"""Web pages (.html) saved from a browser: the main text, found by trafilatura.

trafilatura (the optional extra ``speechparse[html]``) is a maintained main-text
extractor built for assembling text corpora from the web, which is what users
of speechparse do: it drops navigation, sidebars and comment sections, keeps
paragraphs and tables in reading order, and handles Chinese pages. What it
keeps is then cleaned like any scraped text. The page's title (its heading)
opens the text when the main text leaves it out. Where no main text is found
(a bare page), the page's whole visible text is read instead, so nothing is lost.

What trafilatura finds in the page's markup about the page is kept in the
document's ``meta``: the date it was published (from the page's metadata, a
``<time>`` element or a date written near the text; never guessed from a year
alone) and the address it was published at (its canonical link or ``og:url``).

The extractor costs tens of microseconds per element, so the elements of the
page are counted first (lxml's own count, in C) against the structure budget
for the page's size (:mod:`speechparse.limits`): a page of a hundred thousand
empty paragraphs is refused before any extraction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from speechparse.errors import EmptyInputError, MissingExtraError, StructureTooDenseError
from speechparse.limits import structure_limit, utf8_size
from speechparse.model import Meta, Source

if TYPE_CHECKING:
    from speechparse.read import SourceText


def read_html(markup: str, *, path: str | None = None, encoding: str | None = None,
              max_units: int | None = None) -> SourceText:
    """The main text of a web page."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError("HTML pages", "html") from None
    from speechparse.read import SourceText

    size = utf8_size(markup)
    limit = structure_limit(size) if max_units is None else max_units
    elements = count_elements(markup)
    if elements > limit:
        raise StructureTooDenseError(path, elements, size, limit, what="HTML elements")

    document = trafilatura.bare_extraction(markup, include_comments=False, include_tables=True, favor_recall=True,
                                           deduplicate=False, with_metadata=True,
                                           # htmldate's extensive search turns a bare year in a link into
                                           # January 1st of it: only dates the page states are kept
                                           date_extraction_params={"extensive_search": False,
                                                                   "original_date": True})
    text = (getattr(document, "text", None) or "") if document is not None else ""
    title = (getattr(document, "title", None) or "").strip() if document is not None else ""
    if not text.strip():
        text = _visible_text(markup)
    elif title and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"  # the page's heading, which the main text leaves out
    if not text.strip():
        raise EmptyInputError(path)
    return SourceText(text=text, source=Source(path=path, format="html", encoding=encoding),
                      meta=Meta(date=_found(document, "date"), source_url=_found(document, "url")))


def _found(document: object, name: str) -> str | None:
    """A metadata field trafilatura found, or None."""
    value = getattr(document, name, None)
    return (value.strip() or None) if isinstance(value, str) else None


def count_elements(markup: str) -> int:
    """How many elements the page holds, as an HTML parser builds it."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.etree.fromstring(markup.encode("utf-8", "surrogatepass"), parser)
    except (ValueError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
        return 0
    if root is None:
        return 0
    count = root.xpath("count(//*)")
    return int(count) if isinstance(count, float) else 0


def _visible_text(markup: str) -> str:
    """All text of the page's body, one line per block, when no main text is found."""
    import lxml.html

    try:
        root: Any = lxml.html.fromstring(markup)  # an HtmlElement; lxml's stubs type it loosely
    except (ValueError, lxml.etree.ParserError):
        return ""
    for unwanted in root.xpath("//script|//style|//noscript"):
        unwanted.drop_tree()
    lines = (line.strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
