"""Lists of links (related stories, navigation, teasers) leave the page before trafilatura reads it."""

from __future__ import annotations

from lxml.html import HtmlElement

SPACES = (" ", "\n", "\t", "\r", "\xa0")
LINK_SHARE = 0.6  # an item whose text is mostly link text is a link
HEADLINE_WORDS = 4  # a link this long reads as a headline, not a name
LINK_ITEMS = 0.8  # a list whose items are mostly links is a link list


def text_length(element: HtmlElement) -> int:
    """Characters of visible text, whitespace left out."""
    text = element.text_content()
    return len(text) - sum(text.count(c) for c in SPACES)


def link_share(element: HtmlElement) -> float:
    """Share of an element's text that sits inside links."""
    total = text_length(element)
    if not total:
        return 1.0
    return sum(text_length(a) for a in element.iter("a")) / total


def link_led(item: HtmlElement) -> bool:
    """The item opens with a headline-long link: a teaser, whatever summary follows it."""
    for node in item.iter():
        if node is item:
            if (node.text or "").strip():
                return False
            continue
        if node.tag == "a" and text_length(node):
            return len("".join(node.itertext()).split()) >= HEADLINE_WORDS
        if (node.text or "").strip() or (node.tail or "").strip():
            return False
    return False


def is_link_list(items: list[HtmlElement]) -> bool:
    links = sum(link_share(i) >= LINK_SHARE or link_led(i) for i in items)
    return len(items) >= 2 and links >= LINK_ITEMS * len(items)


def drop_link_lists(tree: HtmlElement) -> int:
    """Remove every list whose items are links; returns how many went."""
    dropped = 0
    for lst in list(tree.iter("ul", "ol")):
        parent = lst.getparent()
        if parent is not None and is_link_list([i for i in lst if i.tag == "li"]):
            parent.remove(lst)
            dropped += 1
    return dropped
