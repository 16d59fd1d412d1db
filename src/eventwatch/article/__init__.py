"""Stage 2: from a raw page to a clean article (`Document`), or a `Skip` with its reason.

1. content   the page's HTML or text; nothing readable -> Skip("empty")
2. page      HTML through trafilatura, plain text split into paragraphs; headline, byline, date
3. source    attribution lines and datelines name the original outlet and leave the body
4. clean     the line/block classifier drops furniture (a snippet stays whole)
             the page's own headline (not a metadata title) opens the text as its first paragraph
5. language  non-English -> Skip("language: xx") when `english_only`
6. quality   how fluent the clean text reads
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwatch.article.attribution import find_source
from eventwatch.article.language import detect
from eventwatch.article.lines import keep_body
from eventwatch.article.phrasing import Phrasing
from eventwatch.article.plaintext import read_page
from eventwatch.article.quality import score
from eventwatch.records import Document, RawDocument, Skip

if TYPE_CHECKING:
    from eventwatch.toolkit import Toolkit

__all__ = ["extract_article"]


@dataclass(slots=True, frozen=True)
class Body:
    """What step 2 finds in a page, before attribution."""

    paragraphs: list[str]
    title: str | None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None
    headline: str | None = None


def extract_article(raw: RawDocument, kit: Toolkit) -> Document | Skip:
    """Extract the clean article of one raw document.

    Args:
        raw: the document as read (HTML or text, with any metadata the caller gave).
        kit: the run's loaded resources (boilerplate phrasing, language model) and options;
            `options.english_only` skips documents in other languages.

    Returns:
        The `Document` with text, title, date, author, source, language and quality, or a
        `Skip` naming why it cannot be used ("empty", "language: xx").
    """
    content = raw.text if raw.text and raw.text.strip() else raw.html  # 1
    if not content or not content.strip():
        return Skip(raw.origin, "empty", "no text in the document")
    phrasing = kit.phrasing
    body = _body(raw, content, phrasing)  # 2
    attributed = find_source(body.paragraphs, phrasing)  # 3
    text = "\n\n".join(keep_body(attributed.paragraphs, phrasing))  # 4
    text = _with_headline(text, body.headline)
    if not text.strip():
        return Skip(raw.origin, "empty", "no article text found in the page")
    language = detect(text, lambda: kit.language_model)  # 5
    if kit.options.english_only and language != "en":
        return Skip(raw.origin, f"language: {language}", "not English (english_only is on)")
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
    return Document(
        id=raw.id or digest[:16], origin=raw.origin, text=text, title=raw.title or body.title,
        url=raw.url or body.url, date=raw.date or body.date, author=body.author,
        source=attributed.source or raw.source or body.site, language=language,
        quality=score(text), content_hash=digest, notes=list(raw.notes),  # 6
    )  # fmt: skip


def _body(raw: RawDocument, content: str, phrasing: Phrasing) -> Body:
    """Step 2: the page's paragraphs and metadata, from HTML or plain text."""
    if content is raw.html:
        from eventwatch.article.html import read_html  # trafilatura loads only when HTML comes

        page = read_html(content, raw.url)
        return Body(
            page.paragraphs, page.title, page.author, page.date, page.sitename, page.url, page.headline
        )
    text_page = read_page(content, phrasing, raw.title)
    return Body(
        text_page.paragraphs, text_page.title, text_page.author, text_page.date, headline=text_page.headline
    )


def _with_headline(text: str, headline: str | None) -> str:
    """The page's headline opens the text (once): it is part of the story, often its main event."""
    if not text.strip() or not headline or _words(text.split("\n\n", 1)[0]) == _words(headline):
        return text
    return f"{headline}\n\n{text}"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())
