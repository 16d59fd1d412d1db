"""HTML pages: trafilatura finds the main text and metadata; eventwatch cleans what it keeps."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, fromstring
from trafilatura.settings import Document as Extracted
from trafilatura.utils import load_html

from eventwatch.article.chunks import later_chunks
from eventwatch.article.lines import LONG_WORDS, shape
from eventwatch.article.linklists import drop_link_lists
from eventwatch.article.plaintext import credit_split, take_byline

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STANDFIRST_WORDS = 32  # a page summary longer than this is the lede paragraph itself
SNIPPET_WORDS = 200  # a page with more text than this and no article found is not a snippet
HEAD_WINDOW = 4  # the headline is looked for among the first lines of the extracted text
# The fast htmldate pass (metadata, URL, JSON-LD); the extensive one would make extraction 1.5x slower.
# A fixed latest plausible date, not htmldate's default of today: a page gets the same date on any
# machine on any day (no dev page's date changed with it).
DATE_SEARCH = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}


@dataclass(slots=True, frozen=True)
class HtmlPage:
    """The main text and metadata of an HTML page."""

    paragraphs: list[str]
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None
    headline: str | None = None  # the headline line as it stood in the main text, if it did


def read_html(html: str, url: str | None) -> HtmlPage:
    """Main text (one paragraph a line, not yet cleaned), headline, date, author, site name, canonical URL."""
    html = flat_nesting(html)
    tree, found = _extract(html, url)
    if tree is None or found is None or not (found.text or "").strip():
        return HtmlPage(snippet_text(html), None, None, None, None, url)
    lines = [" ".join(line.split()) for line in (found.text or "").split("\n")]
    paragraphs = [line for line in lines if line]
    paragraphs += later_chunks(tree, paragraphs)
    headline, kept = split_headline(paragraphs, found.title, found.description)
    headline, paragraphs = (headline, kept) if kept else (None, paragraphs)
    byline, paragraphs = take_byline(paragraphs)
    date = found.date if found.date and DATE.match(found.date) else None
    title = site_free_title(found.title, found.sitename)
    return HtmlPage(paragraphs, title, found.author or byline, date, found.sitename or None,
                    found.url or url, headline)  # fmt: skip


# libxml2 stops reading a page nested deeper than 256 elements, losing everything inside; long runs of
# bare opening (or closing) tags are how such depth is reached, and they carry no text, so one is kept.
_OPENING_RUN = re.compile(r"(?:<[A-Za-z][^<>]*>\s*){100,}")
_CLOSING_RUN = re.compile(r"(?:</[A-Za-z][^<>]*>\s*){100,}")


def flat_nesting(html: str) -> str:
    """The page with runs of 100 or more tags in a row (opening or closing) cut to their last tag."""
    if html.count("<") < 200:
        return html
    return _CLOSING_RUN.sub(_last_tag, _OPENING_RUN.sub(_last_tag, html))


def _last_tag(run: re.Match[str]) -> str:
    return "<" + run.group().rstrip().rsplit("<", 1)[1]


def _extract(html: str, url: str | None) -> tuple[HtmlElement | None, Extracted | None]:
    """The parsed page and trafilatura's main text and metadata, after link lists leave the tree."""
    try:
        tree = load_html(html)
        if tree is None:
            return None, None
        drop_link_lists(tree)
        found = trafilatura.bare_extraction(
            tree, url=url, include_comments=False, with_metadata=True, date_extraction_params=DATE_SEARCH
        )
    except (ValueError, TypeError, etree.LxmlError):
        return None, None
    return tree, found if isinstance(found, Extracted) else None


def snippet_text(html: str) -> list[str]:
    """The visible lines of a short fragment that holds no article (a snippet sent as HTML), else []."""
    try:
        root = fromstring(html.encode("utf-8", "replace"))
    except (ValueError, etree.LxmlError):
        return []
    etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    lines = [line for line in lines if line]
    return lines if sum(len(line.split()) for line in lines) <= SNIPPET_WORDS else []


def split_headline(
    paragraphs: list[str], title: str | None, description: str | None
) -> tuple[str | None, list[str]]:
    """The headline line, and the body without it (nor the short lines above it, nor the summary under it)."""
    index = _headline_index(paragraphs, title)
    if index is None:
        return None, paragraphs
    if any(shape(p).words > 12 for p in paragraphs[:index]):
        return paragraphs[index], paragraphs[:index] + paragraphs[index + 1 :]
    rest = paragraphs[index + 1 :]
    return paragraphs[index], rest[1:] if len(rest) > 1 and _standfirst(rest[0], description) else rest


def _headline_index(paragraphs: list[str], title: str | None) -> int | None:
    """Where the page's metadata title stands among the first lines of the main text, if it does."""
    key = _key(title or "")
    found = (i for i, para in enumerate(paragraphs[:HEAD_WINDOW]) if key and _key(para) == key)
    return next(found, None)


def _standfirst(line: str, description: str | None) -> bool:
    """A subtitle or a short summary repeated from the page's description, right under the headline."""
    s = shape(line)
    if s.headline_like and s.words < LONG_WORDS:
        return True
    return description is not None and s.words <= STANDFIRST_WORDS and _key(line) == _key(description)


def site_free_title(title: str | None, site: str | None) -> str | None:
    """The headline without the site name the page appends ("Jam recipe | The Kitchen Blog")."""
    if not title:
        return None
    split = credit_split(title)
    if split is None or not site:
        return title
    return split[0] if _compact(split[1]) == _compact(site) else title


def _compact(text: str) -> str:
    """A name with case, spacing, punctuation and a leading "The" left out."""
    return re.sub(r"\W+", "", text.casefold()).removeprefix("the")


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
