"""Articles split into chunks: the page repeats the body's container (same tag and class) between ads.

Trafilatura reads one chunk; the paragraphs of the later chunks are found here and appended.
"""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from eventwatch.article.lines import shape

CONTAINERS = frozenset({"div", "section", "article", "main"})
BREAKS = frozenset({"h1", "h2", "h3", "article", "header", "footer", "form", "time"})
KEY_CHARS = 80  # paragraphs are matched on their first characters, whitespace normalised


def _key(text: str) -> str:
    return " ".join(text.split())[:KEY_CHARS].casefold()


def _container(element: HtmlElement) -> HtmlElement | None:
    """The nearest enclosing block that carries a class."""
    for parent in element.iterancestors():
        if parent.tag in CONTAINERS and parent.get("class"):
            return parent
    return None


def body_container(tree: HtmlElement, keys: set[str]) -> HtmlElement | None:
    """The container holding most of the extracted paragraphs."""
    counts: Counter[HtmlElement] = Counter()
    for para in tree.iter("p"):
        if _key(para.text_content()) in keys:
            found = _container(para)
            if found is not None:
                counts[found] += 1
    return counts.most_common(1)[0][0] if counts else None


def _continuations(tree: HtmlElement, main: HtmlElement, twins: list[HtmlElement]) -> list[HtmlElement]:
    """Twins after `main` with nothing between that starts another piece (heading, article, form, date)."""
    elements = list(tree.iter())
    order = {el: index for index, el in enumerate(elements)}
    end = order[main] + sum(1 for _ in main.iter())  # the first element after main's subtree
    chunks = []
    for twin in sorted((t for t in twins if order[t] >= end), key=order.__getitem__):
        if any(el.tag in BREAKS for el in elements[end : order[twin]]):
            break
        chunks.append(twin)
        end = order[twin] + sum(1 for _ in twin.iter())
    return chunks


def later_chunks(tree: HtmlElement, paragraphs: list[str]) -> list[str]:
    """Body paragraphs of the chunks after the one extracted, in page order."""
    keys = {_key(p) for p in paragraphs}
    main = body_container(tree, keys)
    if main is None or "body" not in (main.get("class") or "").lower():
        return []
    twins = [el for el in tree.iter(main.tag) if el.get("class") == main.get("class") and el is not main]
    if not twins:
        return []
    found = []
    for chunk in _continuations(tree, main, twins):
        for para in chunk.iter("p"):
            text = " ".join(para.text_content().split())
            if _key(text) not in keys and shape(text).prose:
                found.append(text)
                keys.add(_key(text))
    return found
