"""Web pages (.html) saved from a browser: the main text, found by trafilatura.

trafilatura (the optional extra ``speechparse[html]``) is a maintained main-text
extractor built for assembling text corpora from the web, which is what users
of speechparse do: it drops navigation, sidebars and comment sections, keeps
paragraphs and tables in reading order, and handles Chinese pages. What it
keeps is then cleaned like any scraped text. The page's title (its heading),
with the subheadings set right under it, opens the text when the main text leaves it out. Where no main text is found
(a bare page), the page's whole visible text is read instead, so nothing is lost.

What trafilatura finds in the page's markup about the page is kept in the
document's ``meta``: the date it was published (from the page's metadata, a
``<time>`` element or a date written near the text; never guessed from a year
alone) and the address it was published at (its canonical link or ``og:url``).

The extractor costs tens of microseconds per element, so the elements of the
page are counted first (lxml's own count, in C) against the structure budget
for the page's size (:mod:`speechparse.limits`): a page of a hundred thousand
empty paragraphs is refused before any extraction.

Two habits of the pages these texts come from are undone before extraction, and
one of the extractor's after it:

- a table that lays the page out (a forum's post in one cell, an old portal's
  article in a column) is no data table: a cell that holds paragraphs or lines
  of its own is read as blocks, where the extractor would write it as one row
  (``| … |``) and every line-wise rule would then read the whole post as one line;
- Word's own tags in pasted pages (``<o:p></o:p>``) are no HTML: their text
  stays where it stands;
- where the extractor finds no container for the main text it keeps paragraphs
  only, and the page's headings (``<h2>``, ``<h3>``) go: each heading whose words
  the text lacks goes back on its own line above the paragraph that follows it
  in the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from speechparse.errors import EmptyInputError, MissingExtraError, StructureTooDenseError
from speechparse.limits import structure_limit, utf8_size
from speechparse.model import Meta, Source

if TYPE_CHECKING:
    from speechparse.read import SourceText

#: a cell that lays a page out holds blocks, or lines parted by this many line breaks or more
MIN_LAYOUT_BREAKS: Final = 2
#: a cell of a layout table: its text is blocks or lines (a data table's cell holds one value)
_LAYOUT_CELL: Final = ("//td[.//p or .//div or .//h1 or .//h2 or .//h3 or .//h4 or count(.//br) >= "
                       f"{MIN_LAYOUT_BREAKS}]|//th[.//p or .//div or count(.//br) >= {MIN_LAYOUT_BREAKS}]")
#: the elements of a table that lays a page out, read as blocks
_TABLE_PARTS: Final = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
_HEADING_TAGS: Final = ("h1", "h2", "h3", "h4", "h5", "h6")
_HEADINGS: Final = "|".join(f"//{tag}" for tag in _HEADING_TAGS)
#: the headings under a page's heading read as its subtitles, at most (a main title's subtitle, a speaker's line)
MAX_SUBHEADINGS: Final = 2
#: a heading the extractor left out goes back above the paragraph after it: that paragraph's first characters,
#: looked for this far after the last heading put back (the text is read once, in the page's order)
HEADING_ANCHOR: Final = 12
HEADING_REACH: Final = 5000
#: what parts a page's <title> from the site's name after it: a dash, an underscore, a bar (each maybe spaced)
_TITLE_SEPARATOR: Final = re.compile(r"[ \t]*(?:-|_|\||｜|–)[ \t]*")
#: a heading the title names holds this many characters at least; an element longer than this is no heading
MIN_TITLE_PART: Final = 4
#: the longest text a page hides by a class that is dropped (characters): an anti-copy insertion's
MAX_HIDDEN_INSERTION: Final = 40
#: a line break of the source, with the spaces around it, between two East Asian wide characters (CJK ideographs,
#: their punctuation, full-width forms)
_BREAK_BETWEEN_WIDE: Final = re.compile(r"(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t]*\n[ \t\n]*"
                                        r"(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])")
#: the elements whose text keeps its line breaks as the source writes them
_KEEPS_BREAKS: Final = frozenset({"pre", "textarea"})
#: a declaration that hides an element; a selector of one class, maybe after an element's name (.hide,
#: span.hide): the only ones read
_HIDES: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|!|$)")
_CLASS_SELECTOR: Final = re.compile(r"[a-z0-9]{0,10}\.([A-Za-z_][A-Za-z0-9_-]{0,60})")
#: an item of an ordered list that writes its own number or marker (1. …, (一)…, 一、…): its list is left as it is
_NUMBERED_ITEM: Final = re.compile(r"[(（]?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[)）.．、]")
MAX_LIST_START_DIGITS: Final = 3
#: how far into an item its own marker is looked for (characters)
MAX_MARKER_READ: Final = 8
#: the page's heading is looked for among this many first lines of the main text before it is put above it
TITLE_LINES: Final = 10
MAX_TITLE_ELEMENT: Final = 200


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
    root = _page_tree(markup)
    elements = _element_count(root)
    if elements > limit:
        raise StructureTooDenseError(path, elements, size, limit, what="HTML elements")
    if root is not None and (_drop_hidden(root) | _undo_layout(root) | _number_ordered_lists(root)
                             | _drop_breaks_between_wide_characters(root)):
        import lxml.html

        markup = lxml.html.tostring(root, encoding="unicode")

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
    elif root is not None:
        text = _with_headings(text, root)
    if title and root is not None:
        title = _heading_in_title(title, root)
    if title and text.strip():
        body, _, last = text.rstrip().rpartition("\n")
        if body.strip() and "".join(last.split()) == "".join(title.split()):
            text = body + "\n"  # (the extractor may set a short page's heading after its text: it goes above it)
    if title and text.strip() and not text.lstrip().startswith(title) and not _holds_near_its_start(text, title):
        # the page's heading, which the main text leaves out, and the subheadings set under it (——在…上的讲话)
        subheadings = _subheadings_of(title, root) if root is not None else []
        lead = "".join(f"{words}\n" for words in subheadings if not _holds_near_its_start(text, words))
        text = f"{title}\n{lead}{text}"
    if not text.strip():
        raise EmptyInputError(path)
    return SourceText(text=text, source=Source(path=path, format="html", encoding=encoding),
                      meta=Meta(date=_found(document, "date"), source_url=_found(document, "url")))


def _holds_near_its_start(text: str, title: str) -> bool:
    """Whether one of the first lines of ``text``, or two of them together, reads ``title`` whole, whatever spaces
    part its words (a heading set over two lines: 某某中学 / 关于…的通知); not a line that names it among other
    words (a lead's 以下是…, a table's 名称: row)."""
    wanted = "".join(title.split())
    lines = ["".join(line.split()) for line in text.split("\n", TITLE_LINES)[:TITLE_LINES]]
    return any(line == wanted or line + following == wanted
               for line, following in zip(lines, [*lines[1:], ""], strict=True))


def _heading_in_title(title: str, root: Any) -> str:
    """The page's heading as the page itself shows it, where its <title> adds the site's name after a separator
    (某某专题党课 - 某某大学党委宣传部): the longest part before a separator that an element of the body reads
    whole; the title as it is where none does."""
    cuts = [match.start() for match in _TITLE_SEPARATOR.finditer(title)]
    if not cuts:
        return title
    shown = {" ".join(element.text_content().split()) for element in _short_elements(root)
             if element.tag not in ("title", "head", "html", "body", "script", "style")}
    for cut in reversed(cuts):
        heading = title[:cut].strip()
        if len(heading) >= MIN_TITLE_PART and " ".join(heading.split()) in shown:
            return heading
    return title


def _subheadings_of(title: str, root: Any) -> list[str]:
    """The words of the headings the page sets right under the heading that reads ``title`` (its subtitle, an
    <h2> or <h3> after the <h1>), in the page's order; none where no heading reads the title."""
    wanted = " ".join(title.split())
    for heading in root.xpath(_HEADINGS):
        if " ".join(heading.text_content().split()) != wanted:
            continue
        found: list[str] = []
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str) or sibling.tag not in _HEADING_TAGS or len(found) == MAX_SUBHEADINGS:
                break
            words = " ".join(sibling.text_content().split())
            if words:
                found.append(words)
        return found
    return []


def _short_elements(root: Any) -> list[Any]:
    """The elements whose text, all their descendants' included, is at most :data:`MAX_TITLE_ELEMENT` characters
    long: each element's length is summed from its children's, read once, children before parents (asking each
    element for its text would read a deep page's text once per level)."""
    elements = [element for element in root.iter() if isinstance(element.tag, str)]
    lengths: dict[Any, int] = {}
    for element in reversed(elements):  # (a child comes after its parent in the page's order)
        lengths[element] = len(element.text or "") + sum(
            lengths.get(child, 0) + len(child.tail or "") for child in element)
    return [element for element in elements if lengths[element] <= MAX_TITLE_ELEMENT]


def _found(document: object, name: str) -> str | None:
    """A metadata field trafilatura found, or None."""
    value = getattr(document, name, None)
    return (value.strip() or None) if isinstance(value, str) else None


def count_elements(markup: str) -> int:
    """How many elements the page holds, as an HTML parser builds it."""
    return _element_count(_page_tree(markup))


def _page_tree(markup: str) -> Any:
    """The page as lxml's HTML parser builds it (an HtmlElement; lxml's stubs type it loosely), or None."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml.etree.fromstring(markup.encode("utf-8", "surrogatepass"), parser)
    except (ValueError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
        return None


def _element_count(root: Any) -> int:
    if root is None:
        return 0
    count = root.xpath("count(//*)")
    return int(count) if isinstance(count, float) else 0


def _undo_layout(root: Any) -> bool:
    """Read a layout table's parts as blocks and drop Word's own tags, keeping their text; whether any was."""
    changed = False
    for element in [element for element in root.iter() if isinstance(element.tag, str) and ":" in element.tag]:
        element.drop_tag()  # <o:p>: Word's paragraph mark, no HTML
        changed = True
    tables = {}
    for cell in root.xpath(_LAYOUT_CELL):
        table = next(cell.iterancestors("table"), None)
        if table is not None:
            tables[id(table)] = table
    for table in tables.values():
        # (only the table's own parts: a data table inside the layout's cell stays a table)
        parts = [part for part in table.iter(*_TABLE_PARTS)
                 if part is table or next(part.iterancestors("table"), None) is table]
        for part in parts:
            part.tag = "div"
        changed = True
    return changed


def _drop_hidden(root: Any) -> bool:
    """Drop the elements the page hides, by the class its own style sheet hides (.x{display:none}) or by their own
    style (<span style="display:none">): an anti-copy trick sets a site's name inside a sentence so
    (去年<span class="x">本文来自某某网</span>邻县…); the page never shows it. Whether any was dropped."""
    hidden: set[str] = set()
    for style in root.iter("style"):
        for selectors, declarations in _css_rules(style.text or ""):
            if _HIDES.search(declarations):
                hidden.update(match.group(1) for selector in selectors.split(",")
                              if (match := _CLASS_SELECTOR.fullmatch(selector.strip())) is not None)
    # (one pass over the elements, whatever the number of classes the sheet hides)
    marked = [element for element in root.iter() if isinstance(element.tag, str)
              and ((hidden and not hidden.isdisjoint((element.get("class") or "").split()))
                   or _HIDES.search(element.get("style") or "") is not None)]
    dropped = False
    for element in marked:
        # (a short insertion only: a page may hide the rest of an article until a button shows it)
        if element.getparent() is not None and _text_reaches(element, MAX_HIDDEN_INSERTION + 1) <= MAX_HIDDEN_INSERTION:
            element.drop_tree()  # (its tail, the text after it, stays)
            dropped = True
    return dropped


def _text_reaches(element: Any, limit: int) -> int:
    """How long an element's text is, read only up to ``limit`` characters."""
    length = 0
    for piece in element.itertext():
        length += len(piece)
        if length >= limit:
            break
    return length


def _drop_breaks_between_wide_characters(root: Any) -> bool:
    """Drop a line break of the page's source that stands between two wide characters (…数量与, a break, then
    建成质量…), as a browser renders it (CSS Text 3, the segment break transformation rules: a break between two
    East Asian wide characters is removed, where elsewhere it shows as a space); not inside <pre> or <textarea>,
    which keep their breaks. Whether any was."""
    changed = False
    # (the elements inside <pre>, listed once: asking each element for its ancestors reads a deep page once per level;
    # the set holds the elements, so each stays the one object lxml gives for its node)
    kept = {inner for outer in root.iter(*_KEEPS_BREAKS) for inner in outer.iter()}
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        for name in ("text", "tail"):
            if (element if name == "text" else element.getparent()) in kept:
                continue  # (what stands inside <pre> keeps its breaks)
            value = getattr(element, name)
            if value and "\n" in value:
                joined = _BREAK_BETWEEN_WIDE.sub("", value)
                if joined != value:
                    setattr(element, name, joined)
                    changed = True
    return changed


def _first_words(element: Any) -> str:
    """The first characters of an element's text, spaces aside (read only as far as a marker reaches)."""
    words = ""
    for piece in element.itertext():
        words += "".join(piece.split())
        if len(words) >= MAX_MARKER_READ:
            break
    return words


def _css_rules(sheet: str) -> Iterator[tuple[str, str]]:
    """A style sheet's rules, each its selectors and its declarations, read brace by brace (a pass over the sheet;
    an @media block's own rules come out with its name glued before their first selector, which no class
    selector reads)."""
    position = 0
    while (opening := sheet.find("{", position)) >= 0 and (closing := sheet.find("}", opening)) >= 0:
        yield sheet[position:opening], sheet[opening + 1:closing]
        position = closing + 1


def _number_ordered_lists(root: Any) -> bool:
    """Write out the numbers a browser shows before the items of an ordered list (<ol><li>), as paragraphs
    (1.抓产业发展…): the numbers are the document's, its items' markers; whether any list was. A list whose
    items carry their numbers already, or shows none (list-style: none), or counts in letters, is left alone."""
    changed = False
    for ordered in list(root.iter("ol")):
        items = [child for child in ordered if child.tag == "li"]
        style = "".join((ordered.get("style") or "").split()).lower()
        if not items or "list-style:none" in style or "list-style-type:none" in style \
                or (ordered.get("type") or "1") != "1" \
                or any(_NUMBERED_ITEM.match(_first_words(item)) for item in items):
            continue
        start = ordered.get("start") or "1"
        number = int(start) if start.isdigit() and len(start) <= MAX_LIST_START_DIGITS else 1
        for item in items:
            item.text = f"{number}.{item.text or ''}"
            item.tag = "p"
            number += 1
        ordered.tag = "div"
        changed = True
    return changed


def _with_headings(text: str, root: Any) -> str:
    """``text`` with each heading of the page it lacks put back above the paragraph that follows the heading."""
    pieces: list[str] = []
    cursor = 0
    for heading in root.xpath(_HEADINGS):
        words = " ".join(heading.text_content().split())
        if not words:
            continue
        found = text.find(words, cursor, cursor + HEADING_REACH + len(words))
        if found >= 0:
            pieces.append(text[cursor:found])
            cursor = found
            continue
        anchor = _next_block_text(heading)[:HEADING_ANCHOR]
        position = text.find(anchor, cursor, cursor + HEADING_REACH) if anchor else -1
        if position < 0 or (position > 0 and text[position - 1] != "\n"):
            continue  # (the paragraph after it is not in the text, or not at a line's start)
        pieces.append(text[cursor:position])
        pieces.append(words + "\n")
        cursor = position
    pieces.append(text[cursor:])
    return "".join(pieces)


def _next_block_text(heading: Any) -> str:
    """The first words of the element after a heading in the page (its paragraph)."""
    for sibling in heading.itersiblings():
        words = " ".join(sibling.text_content().split())
        if words:
            return words
    return ""


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
