"""Web pages (.html) saved from a browser: the main text, found by trafilatura.

trafilatura (the optional extra ``speechparse[html]``) is a maintained main-text
extractor built for assembling text corpora from the web, which is what users
of speechparse do: it drops navigation, sidebars and comment sections, keeps
paragraphs and tables in reading order, and handles Chinese pages. What it
keeps is then cleaned like any scraped text. The page's title (its heading)
opens the text when the main text leaves it out. Where no main text is found
(a bare page), the page's whole visible text is read instead, so nothing is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from speechparse.errors import EmptyInputError, MissingExtraError
from speechparse.model import Source

if TYPE_CHECKING:
    from speechparse.read import SourceText


def read_html(markup: str, *, path: str | None = None, encoding: str | None = None) -> SourceText:
    """The main text of a web page."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError("HTML pages", "html") from None
    from speechparse.read import SourceText

    document = trafilatura.bare_extraction(markup, include_comments=False, include_tables=True, favor_recall=True,
                                           deduplicate=False, with_metadata=True)
    text = (getattr(document, "text", None) or "") if document is not None else ""
    title = (getattr(document, "title", None) or "").strip() if document is not None else ""
    if not text.strip():
        text = _visible_text(markup)
    elif title and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"  # the page's heading, which the main text leaves out
    if not text.strip():
        raise EmptyInputError(path)
    return SourceText(text=text, source=Source(path=path, format="html", encoding=encoding))


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
