"""HTML nested deeper than the parser allows still gives its text."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.article import extract_article
from eventwatch.article.html import flat_nesting
from eventwatch.records import Document, RawDocument

BODY = (
    "<p>Kenya sent aid to Somalia on Monday, the foreign ministry said.</p><p>Talks went on in Nairobi.</p>"
)


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deeply_nested_html_keeps_its_text(depth: int, kit: Any) -> None:
    page = "<html><body>" + "<div>" * depth + BODY + "</div>" * depth + "</body></html>"
    doc = extract_article(RawDocument(id=None, origin="deep.html", html=page), kit)
    assert isinstance(doc, Document), doc
    assert "Kenya sent aid to Somalia on Monday" in doc.text and "Talks went on in Nairobi." in doc.text


def test_ordinary_nesting_is_left_alone() -> None:
    page = "<html><body>" + "<div class='x'>" * 40 + BODY + "</div>" * 40 + "</body></html>"
    assert flat_nesting(page) == page
    assert flat_nesting("<div>" * 150 + "x" + "</div>" * 150) == "<div>x</div>"
