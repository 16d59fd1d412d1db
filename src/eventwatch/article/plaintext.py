"""Plain-text pages (scraped dumps, WARC conversions): paragraphs, headline, byline, body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.article.lines import has_body, shape
from eventwatch.article.pagedate import find_date, page_date
from eventwatch.article.phrasing import Phrasing

BLANK = re.compile(r"\n[ \t\u00a0]*\n")
SPACES = re.compile(r"[ \t\u00a0\u200b]+")
NAME = r"[A-Z][\w.&'’-]*(?:,?\s+(?:[A-Z][\w.&'’-]*|and|de|da|la|van|von|al|bin|el))*"
BYLINE = re.compile(rf"^(?i:by|written by|posted by|author)\s*:?\s+(?P<name>{NAME})\s*$")
# A photo caption with the byline glued to its end: "Agents unload the boat in the harbour. By JANE DOE".
CAPTION_BYLINE = re.compile(rf"[.!?]\s+By\s+(?P<name>{NAME})\s*$")
HEADLINE_WORDS = 25
HEADLINE_MIN_WORDS = 3  # "Menu", "Search": shorter lines are navigation
WRAP_WIDTH = (50, 100)  # lines this long that do not end a sentence look hard-wrapped


@dataclass(slots=True, frozen=True)
class Page:
    """What a page gives the document: headline, byline and the body paragraphs."""

    title: str | None
    author: str | None
    paragraphs: list[str]
    date: str | None = None
    headline: str | None = None  # the page's own headline line, when it has one


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs of a text: blank-line blocks, or single lines unless the text is hard-wrapped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    if _hard_wrapped([line for line in lines if line]):
        blocks = BLANK.split("\n".join(lines))
        return [" ".join(b.split()) for b in blocks if b.strip()]
    return [line for line in lines if line]


def _hard_wrapped(lines: list[str]) -> bool:
    """Most lines stop mid-sentence at a similar width: the text was wrapped for display."""
    if len(lines) < 4:
        return False
    low, high = WRAP_WIDTH
    wrapped = sum(low <= len(line) <= high and not shape(line).ends_sentence for line in lines)
    return wrapped >= 0.5 * len(lines)


TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")


def read_page(text: str, phrasing: Phrasing, title: str | None = None) -> Page:
    """Headline, byline, date line and clean body of a plain-text page; a snippet stays whole."""
    paragraphs = paragraphs_of(text)
    if not has_body(paragraphs):
        return Page(title, None, paragraphs)
    head = first_body(paragraphs)
    paragraphs = [outlet_free(p, phrasing) for p in paragraphs[:head]] + paragraphs[head:]
    found = _headline(paragraphs[:head], phrasing, title)
    headline = None
    if found is not None:
        headline = paragraphs[found]
        title = title or headline
        paragraphs = paragraphs[:found] + paragraphs[found + 1 :]
        head -= 1
    date = page_date(paragraphs[:head])
    author, paragraphs = take_byline(paragraphs, window=max(head, 3))
    return Page(title, author, paragraphs, date, headline)


def credit_split(title: str) -> tuple[str, str] | None:
    """A title's words before and after its last separator ("Jam recipe | The Kitchen Blog"), or None
    when it has no separator or nothing before it."""
    separators = list(TITLE_SEPARATOR.finditer(title))
    if not separators:
        return None
    head, tail = title[: separators[-1].start()].strip(), title[separators[-1].end() :]
    return (head, tail) if head else None


def outlet_free(headline: str, phrasing: Phrasing) -> str:
    """ "UN envoy urges calm in Syria - Xinhua": a known outlet after the last separator of a line
    above the body is the page's credit, not words of the headline (nor an actor in it)."""
    split = credit_split(headline)
    return split[0] if split is not None and phrasing.outlet(split[1].strip()) else headline


def first_body(paragraphs: list[str]) -> int:
    """Index of the first body paragraph (prose), or the number of paragraphs when there is none."""
    return next((i for i, p in enumerate(paragraphs) if shape(p).prose), len(paragraphs))


def _headline(head: list[str], phrasing: Phrasing, given: str | None) -> int | None:
    """Index of the headline before the body: the given title's line, else the first line reading as one."""
    for index, line in enumerate(head):
        if given is not None and _same(line, given):
            return index
        if given is None and _is_headline(line, phrasing):
            return index
    return None


def _is_headline(line: str, phrasing: Phrasing) -> bool:
    """A short line that is neither a sentence, furniture, a byline nor a date line."""
    s = shape(line)
    if not HEADLINE_MIN_WORDS <= s.words <= HEADLINE_WORDS or line.rstrip().endswith("."):
        return False
    furniture = s.separator or phrasing.is_boilerplate(line) or phrasing.opens_block(line)
    return not furniture and BYLINE.match(line) is None and find_date(line) is None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def take_byline(paragraphs: list[str], window: int = 3) -> tuple[str | None, list[str]]:
    """A "By Jane Doe" line near the top (alone or after a caption) names the author and leaves the body."""
    for index, para in enumerate(paragraphs[:window]):
        match = BYLINE.match(para) or CAPTION_BYLINE.search(para)
        if match and len(match.group("name").split()) <= 6:
            return match.group("name").strip(" ,."), paragraphs[:index] + paragraphs[index + 1 :]
    return None, paragraphs
