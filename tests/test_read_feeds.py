"""Stage 1 feed reader: RSS 2.0, RSS 1.0 (RDF) and Atom items as documents, broken feeds as skips."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwatch import cli
from eventwatch.read import read_inputs
from eventwatch.read.feeds import is_feed
from eventwatch.records import RawDocument, Skip
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

OPTS = Options()
CONTENT_NS = 'xmlns:content="http://purl.org/rss/1.0/modules/content/"'
DC_NS = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'


def rss(*items: str, title: str = "Lakeside Wire") -> str:
    """An RSS 2.0 feed with the given `<item>` bodies."""
    body = "".join(f"<item>{item}</item>" for item in items)
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {CONTENT_NS} {DC_NS}>'
        f"<channel><title>{title}</title><link>https://lakeside.test/</link>{body}</channel></rss>"
    )


def atom(*entries: str) -> str:
    """An Atom 1.0 feed with the given `<entry>` bodies."""
    body = "".join(f"<entry>{entry}</entry>" for entry in entries)
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Highland Courier</title><id>urn:courier:feed</id>{body}</feed>"
    )


RDF = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" {DC_NS}>
  <channel rdf:about="https://valley.test/"><title>Valley Bulletin</title><link>https://valley.test/</link>
    <description>Regional news</description></channel>
  <item rdf:about="https://valley.test/ferry">
    <title>Ferry service resumes</title><link>https://valley.test/ferry</link>
    <description>The ferry between the two lake ports sailed again after repairs.</description>
    <dc:date>2024-11-02T09:15:00+02:00</dc:date>
  </item>
</rdf:RDF>"""

HARBOUR = "<p>The harbour authority reopened the northern pier after storm repairs.</p>"
ENCODED = (
    "<title>Pier reopens</title><link>https://lakeside.test/pier</link><guid>lw-101</guid>"
    "<pubDate>Tue, 04 Mar 2025 07:30:00 +0000</pubDate><description>Short teaser.</description>"
    f"<content:encoded><![CDATA[{HARBOUR}]]></content:encoded>"
)


def read(path: Path, options: Options = OPTS) -> list[RawDocument | Skip]:
    return list(read_inputs([str(path)], options))


def documents(items: list[RawDocument | Skip]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def skips(items: list[RawDocument | Skip]) -> list[Skip]:
    return [item for item in items if isinstance(item, Skip)]


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def only_document(path: Path) -> RawDocument:
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return items[0]


def test_rss_item_with_full_content_gives_its_html_and_metadata(tmp_path: Path) -> None:
    doc = only_document(write(tmp_path, "wire.rss", rss(ENCODED)))
    assert doc.html == HARBOUR and doc.text is None
    assert (doc.id, doc.url, doc.date) == ("lw-101", "https://lakeside.test/pier", "2025-03-04")
    assert (doc.title, doc.source) == ("Pier reopens", "Lakeside Wire")
    assert doc.origin == f"{tmp_path / 'wire.rss'}#item 1"


@pytest.mark.parametrize(
    ("description", "field", "expected"),
    [
        ("Two mayors opened a bridge over the river.", "text", "Two mayors opened a bridge over the river."),
        ("Grain &amp; fuel prices rose in the capital.", "text", "Grain & fuel prices rose in the capital."),
        (
            "&lt;p&gt;Nurses in the port city &lt;b&gt;went on strike&lt;/b&gt;.&lt;/p&gt;",
            "html",
            "<p>Nurses in the port city <b>went on strike</b>.</p>",
        ),
        (
            "<![CDATA[<p>Farmers blocked the <em>ring road</em>.</p>]]>",
            "html",
            "<p>Farmers blocked the <em>ring road</em>.</p>",
        ),
    ],
    ids=["plain", "plain-with-entity", "escaped-markup", "cdata-markup"],
)
def test_rss_description_is_text_unless_it_holds_markup(
    tmp_path: Path, description: str, field: str, expected: str
) -> None:
    doc = only_document(
        write(tmp_path, "wire.rss", rss(f"<title>Item</title><description>{description}</description>"))
    )
    assert getattr(doc, field) == expected
    assert getattr(doc, "html" if field == "text" else "text") is None


def test_rss_item_without_guid_has_no_id_so_the_content_hash_is_used(tmp_path: Path) -> None:
    doc = only_document(
        write(tmp_path, "wire.rss", rss("<title>T</title><description>Rain fell.</description>"))
    )
    assert doc.id is None and doc.url is None and doc.date is None


@pytest.mark.parametrize(
    ("entry", "field", "expected"),
    [
        (
            '<title>Dam</title><id>urn:courier:7</id><link rel="alternate" href="https://courier.test/dam"/>'
            "<summary>Teaser.</summary>"
            '<content type="html">&lt;p&gt;Engineers finished the dam.&lt;/p&gt;</content>',
            "html",
            "<p>Engineers finished the dam.</p>",
        ),
        (
            '<title>Dam</title><id>urn:courier:7</id><content type="xhtml">'
            '<div xmlns="http://www.w3.org/1999/xhtml"><p>Engineers finished the dam.</p></div></content>',
            "html",
            "<p>Engineers finished the dam.</p>",
        ),
        (
            '<title>Dam</title><id>urn:courier:7</id><content type="text">'
            "Engineers finished the dam &lt;today&gt;.</content>",
            "text",
            "Engineers finished the dam <today>.",
        ),
        (
            "<title>Dam</title><id>urn:courier:7</id><summary>Engineers finished the dam.</summary>",
            "text",
            "Engineers finished the dam.",
        ),
    ],
    ids=["content-html", "content-xhtml", "content-text", "summary-only"],
)
def test_atom_entry_body_comes_from_content_else_summary(
    tmp_path: Path, entry: str, field: str, expected: str
) -> None:
    doc = only_document(write(tmp_path, "courier.atom", atom(entry)))
    assert getattr(doc, field) == expected
    assert (doc.id, doc.title, doc.source) == ("urn:courier:7", "Dam", "Highland Courier")


def test_atom_link_is_the_url_but_a_urn_id_is_not(tmp_path: Path) -> None:
    linked = '<title>A</title><id>urn:c:1</id><link href="https://courier.test/a"/><summary>Snow.</summary>'
    unlinked = "<title>B</title><id>urn:c:2</id><summary>Hail.</summary>"
    docs = documents(read(write(tmp_path, "courier.atom", atom(linked, unlinked))))
    assert [d.url for d in docs] == ["https://courier.test/a", None]


def test_rdf_rss_1_0_item_with_dc_date(tmp_path: Path) -> None:
    doc = only_document(write(tmp_path, "bulletin.rdf", RDF))
    assert doc.text == "The ferry between the two lake ports sailed again after repairs."
    assert (doc.id, doc.url, doc.date) == (
        "https://valley.test/ferry",
        "https://valley.test/ferry",
        "2024-11-02",
    )
    assert (doc.title, doc.source) == ("Ferry service resumes", "Valley Bulletin")


@pytest.mark.parametrize(
    ("date_element", "expected"),
    [
        ("<pubDate>Thu, 06 Feb 2025 10:00:00 GMT</pubDate>", "2025-02-06"),
        ("<pubDate>Thu, 06 Feb 2025 23:30:00 -0500</pubDate>", "2025-02-06"),
        ("<pubDate>6 Feb 2025 08:00 +0300</pubDate>", "2025-02-06"),
        ("<dc:date>2025-02-06T23:30:00-05:00</dc:date>", "2025-02-06"),
        ("<dc:date>2025-02-06</dc:date>", "2025-02-06"),
        ("<pubDate>sometime last week</pubDate>", None),
    ],
    ids=[
        "rfc822-gmt",
        "rfc822-local-evening-not-shifted-to-utc",
        "rfc822-no-weekday",
        "iso-offset",
        "iso-day",
        "unreadable",
    ],
)
def test_item_date_is_the_day_the_feed_wrote(tmp_path: Path, date_element: str, expected: str | None) -> None:
    item = f"<title>T</title><description>Talks went on.</description>{date_element}"
    assert only_document(write(tmp_path, "wire.rss", rss(item))).date == expected


def test_atom_published_comes_before_updated(tmp_path: Path) -> None:
    entry = (
        "<title>T</title><published>2025-01-30T08:00:00Z</published><updated>2025-02-02T08:00:00Z</updated>"
    )
    doc = only_document(write(tmp_path, "c.atom", atom(entry + "<summary>Votes were counted.</summary>")))
    assert doc.date == "2025-01-30"


def test_gzipped_feed(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss.gz"
    path.write_bytes(gzip.compress(rss(ENCODED).encode("utf-8")))
    doc = only_document(path)
    assert doc.html == HARBOUR and doc.origin == f"{path}#item 1"


def test_feeds_in_a_folder_are_walked_and_other_xml_is_left_out(tmp_path: Path) -> None:
    (tmp_path / "news" / "feeds").mkdir(parents=True)
    write(tmp_path / "news" / "feeds", "wire.rss", rss(ENCODED))
    write(
        tmp_path / "news" / "feeds", "courier.xml", atom("<title>T</title><summary>Polls closed.</summary>")
    )
    write(
        tmp_path / "news",
        "sitemap.xml",
        '<?xml version="1.0"?><urlset><url><loc>https://x.test/</loc></url></urlset>',
    )
    items = read(tmp_path / "news")
    assert [d.source for d in documents(items)] == ["Highland Courier", "Lakeside Wire"]
    assert skips(items) == []


def test_content_without_words_gives_way_to_the_description(tmp_path: Path) -> None:
    item = (
        "<title>Flood</title><description>The river burst its banks near the old mill.</description>"
        '<content:encoded><![CDATA[<p><img src="https://lakeside.test/mill.jpg"/></p>]]></content:encoded>'
    )
    doc = only_document(write(tmp_path, "wire.rss", rss(item)))
    assert doc.text == "The river burst its banks near the old mill." and doc.html is None


def test_item_without_text_is_skipped_and_the_rest_kept(tmp_path: Path) -> None:
    feed = rss("<title>Headline only</title><link>https://lakeside.test/x</link>", ENCODED)
    items = read(write(tmp_path, "wire.rss", feed))
    assert [type(i).__name__ for i in items] == ["Skip", "RawDocument"]
    skip = items[0]
    assert isinstance(skip, Skip)
    assert (skip.origin, skip.reason) == (f"{tmp_path / 'wire.rss'}#item 1", "no text")
    assert items[1].origin.endswith("#item 2")


def test_broken_feed_keeps_the_items_before_the_damage(tmp_path: Path) -> None:
    cut = rss(ENCODED, "<title>Second</title><description>Half a sent")[:-40]
    items = read(write(tmp_path, "wire.rss", cut))
    assert documents(items)[0].html == HARBOUR
    last = items[-1]
    assert isinstance(last, Skip) and (last.origin, last.reason) == (str(tmp_path / "wire.rss"), "bad feed")
    assert "not well-formed XML" in last.detail


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("just some words, no markup at all", "not well-formed XML"),
        ("<html><body><p>A web page, not a feed.</p></body></html>", "<html>"),
        ('<?xml version="1.0"?><catalog><book>Atlas</book></catalog>', "<catalog>"),
    ],
    ids=["not-xml", "html-page", "other-xml"],
)
def test_a_file_named_as_a_feed_that_is_not_one_is_a_bad_feed(
    tmp_path: Path, content: str, detail: str
) -> None:
    items = read(write(tmp_path, "wire.rss", content))
    assert len(items) == 1 and isinstance(items[0], Skip), items
    assert items[0].reason == "bad feed" and detail in items[0].detail


def test_feed_without_items_is_empty(tmp_path: Path) -> None:
    items = read(write(tmp_path, "wire.rss", rss()))
    assert items == [Skip(str(tmp_path / "wire.rss"), "empty", "the feed has no items")]


def test_feed_over_the_size_limit_is_too_large(tmp_path: Path) -> None:
    items = read(write(tmp_path, "wire.rss", rss(ENCODED)), replace(OPTS, max_bytes=100))
    assert len(items) == 1 and isinstance(items[0], Skip) and items[0].reason == "too large"


def test_named_xml_that_is_not_a_feed_is_read_as_a_page(tmp_path: Path) -> None:
    page = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Rain.</p></body></html>'
    doc = only_document(write(tmp_path, "page.xml", page))
    assert doc.html == page and doc.origin == str(tmp_path / "page.xml")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<?xml version="1.0"?>\n<!-- a note -->\n<rss version="2.0">', True),
        ("\ufeff<feed xmlns='http://www.w3.org/2005/Atom'>", True),
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="r" xmlns="http://purl.org/rss/1.0/">', True),
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="r" xmlns:owl="o">', False),
        ('<!DOCTYPE html><html lang="en">', False),
        ('<?xml version="1.0"?><urlset>', False),
        ("Plain words about a <feed>.", False),
    ],
    ids=[
        "rss-after-comment",
        "atom-after-bom",
        "rss-1.0-rdf",
        "other-rdf",
        "html",
        "sitemap",
        "text-mentioning-feed",
    ],
)
def test_is_feed_looks_at_the_root_element(head: str, expected: bool) -> None:
    assert is_feed(head.encode("utf-8")) is expected


@pytest.fixture
def shared_kit(kit: Toolkit, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reuses the session's loaded toolkit instead of loading the models again."""

    def toolkit(options: Options) -> Toolkit:
        same = replace(options, db=kit.options.db) == kit.options
        return kit if same else Toolkit(options)

    monkeypatch.setattr(cli, "Toolkit", toolkit)


@pytest.mark.usefixtures("shared_kit")
def test_extract_codes_a_dated_event_from_a_feed_item(tmp_path: Path) -> None:
    item = (
        "<title>Trade pact signed</title><guid>lw-trade-1</guid><link>https://lakeside.test/trade</link>"
        "<pubDate>Wed, 12 Mar 2025 16:00:00 +0300</pubDate>"
        "<description>Kenya and Uganda signed a trade agreement on Monday.</description>"
    )
    result = CliRunner().invoke(
        cli.app, ["extract", str(write(tmp_path, "wire.rss", rss(item))), "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    signed = [e for e in events if e["trigger"] == "signed"]
    assert signed, events
    assert {e["doc_id"] for e in signed} == {"lw-trade-1"}
    assert {(e["actor"]["code"], e["recipient"]["code"]) for e in signed} == {("KEN", "UGA")}  # one record
    assert {e["date"] for e in signed} == {"2025-03-10"}  # "on Monday" before the item's Wednesday pubDate
