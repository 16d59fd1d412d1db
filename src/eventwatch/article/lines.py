"""The line/block classifier: which paragraphs of a page are body and which are furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwatch.article.language import english_share, words
from eventwatch.article.phrasing import Phrasing

# A sentence end, possibly followed by a sign-off in brackets ("... tournament. (NM)").
TERMINAL = re.compile(r"(?:[.!?…:;][\"'”’)\]]*|[\"”’]|[.!?…][\"'”’]*\s*\([^()]{1,60}\)|^\(.*\))$")
# A cut-off excerpt: "... for the second …", or with the name of where it continues: "… Wikipedia".
ELLIPSIS = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])(?:\s+[^\s.!?…]+){0,2}\s*$")
INNER_STOP = re.compile(r"[a-z0-9][.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z]")
SITE_SEPARATOR = re.compile(r"\s(?:•|\||·|»)\s")
ITEM_MARKS = frozenset("-•*|")
HEADER_WORDS = 8  # a block header is a short label ("Related Articles", "About the author:")
PROSE_WORDS = 10  # a body paragraph has at least this many words...
LONG_WORDS = 20  # ...and ends a sentence unless it is this long
TEASER_WORDS = 6  # shorter closing lines are labels or sign-offs, not teased headlines
HEADLINE_WORDS = 40  # a teased headline is one sentence of at most this many words
CLOSING = 3  # how many last paragraphs may be closing furniture
CLOSING_WORDS = 80  # closing furniture is short (an author note, a prompt)
MIN_BODY_WORDS = 60  # below this a text is a snippet and is kept whole


@dataclass(slots=True, frozen=True)
class Shape:
    """What a paragraph looks like: the features the classifier reads."""

    words: int
    ends_sentence: bool
    ellipsis: bool
    function_share: float
    separator: bool
    item: bool  # a list item or table row, which need not read as a sentence
    row: bool  # a table row
    inner_stop: bool  # a sentence ends inside the paragraph, so it holds more than a headline

    @property
    def prose(self) -> bool:
        """Fluent body text: long enough, sentence-like, not a teaser excerpt."""
        if self.ellipsis or self.words < PROSE_WORDS or self.function_share < 0.12:
            return False
        return self.ends_sentence or self.words >= LONG_WORDS

    @property
    def headline_like(self) -> bool:
        return not self.ends_sentence and self.words < LONG_WORDS


@lru_cache(maxsize=1024)  # the steps of one page measure the same paragraphs again
def shape(paragraph: str) -> Shape:
    """Measure one paragraph."""
    text = paragraph.strip()
    tokens = words(text)
    return Shape(
        words=len(tokens),
        ends_sentence=TERMINAL.search(text) is not None,
        ellipsis=ELLIPSIS.search(text) is not None,
        function_share=english_share(tokens),
        separator=SITE_SEPARATOR.search(text) is not None,
        item=text[:1] in ITEM_MARKS,
        row=text.startswith("|"),
        inner_stop=INNER_STOP.search(text) is not None,
    )


def has_body(paragraphs: list[str]) -> bool:
    """True when there is an article body worth protecting (so cleaning may remove lines)."""
    return _has_body([shape(p) for p in paragraphs])


def _has_body(shapes: list[Shape]) -> bool:
    if len(shapes) < 2:
        return False
    return sum(s.words for s in shapes) >= MIN_BODY_WORDS and any(s.prose for s in shapes)


def keep_body(paragraphs: list[str], phrasing: Phrasing) -> list[str]:
    """Drop boilerplate lines, teaser blocks and the furniture around the body; a snippet comes back whole."""
    shapes = [shape(p) for p in paragraphs]
    if not _has_body(shapes):
        return paragraphs
    keep = [not _furniture(p, s, phrasing) for p, s in zip(paragraphs, shapes, strict=True)]
    _drop_blocks(paragraphs, shapes, keep, phrasing)
    _trim_edges(shapes, keep)
    _drop_closing(paragraphs, keep, phrasing)
    return [p for p, k in zip(paragraphs, keep, strict=True) if k]


def _furniture(paragraph: str, s: Shape, phrasing: Phrasing) -> bool:
    """A line that is page furniture wherever it stands."""
    text = paragraph.strip().lstrip("-•*· ").strip()
    if s.words <= 40 and phrasing.is_boilerplate(text):
        return True
    if s.item and s.ellipsis:
        return True  # a teaser excerpt in a list of stories
    return s.separator and s.headline_like and not s.row


def _drop_blocks(paragraphs: list[str], shapes: list[Shape], keep: list[bool], phrasing: Phrasing) -> None:
    """A block header ("Check Also", "About X") goes with the teaser lines under it."""
    index = 0
    while index < len(paragraphs):
        s = shapes[index]
        header = paragraphs[index].strip().lstrip("-•*· ").strip()
        if s.words <= HEADER_WORDS and not header.endswith((".", "!", "?")) and phrasing.opens_block(header):
            keep[index] = False
            index += 1
            while index < len(paragraphs) and not shapes[index].prose:
                keep[index] = False
                index += 1
            continue
        index += 1


def _drop_closing(paragraphs: list[str], keep: list[bool], phrasing: Phrasing) -> None:
    """Author notes and subscription prompts among the last paragraphs of the article."""
    kept = [i for i, k in enumerate(keep) if k]
    for index in kept[-CLOSING:]:
        if shape(paragraphs[index]).words <= CLOSING_WORDS and phrasing.closes_article(
            paragraphs[index].strip()
        ):
            keep[index] = False


def _trim_edges(shapes: list[Shape], keep: list[bool]) -> None:
    """Headline-like lines before the first and after the last body paragraph are furniture."""
    prose = [i for i, s in enumerate(shapes) if keep[i] and s.prose]
    if not prose:
        return
    for index, s in enumerate(shapes):
        head = index < prose[0] and (s.headline_like or s.ellipsis) and not s.row
        if head or (index > prose[-1] and s.ellipsis):
            keep[index] = False
    _drop_closing_headline(shapes, keep, first_body=prose[0])


def _drop_closing_headline(shapes: list[Shape], keep: list[bool], first_body: int) -> None:
    """A last paragraph that never ends its sentence is the headline of a story teased after the body."""
    kept = [i for i, k in enumerate(keep) if k]
    last = kept[-1] if kept else first_body
    s = shapes[last]
    teaser = not (s.ends_sentence or s.inner_stop or s.item) and TEASER_WORDS <= s.words <= HEADLINE_WORDS
    if last != first_body and teaser:
        keep[last] = False
