"""Article extraction: plain-text cleaning, attribution, language, quality, HTML metadata."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from eventwatch.article import extract_article
from eventwatch.article.html import site_free_title
from eventwatch.article.phrasing import load_phrasing
from eventwatch.errors import KnowledgeError
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

STOCK = Toolkit(Options())  # loads the phrasing (and, when a text needs it, the language model) once


def kit(**options: object) -> Toolkit:
    """A toolkit with other options that shares what `STOCK` has loaded."""
    return STOCK.with_options(Options(**options))  # type: ignore[arg-type]


SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "csto-dushanbe.txt"

BODY = [
    "Farmers in the northern province blocked two highways on Monday, demanding that the government "
    "pay the subsidies it promised after last year's floods.",
    "The interior minister said police would not clear the roads by force, and invited the farmers' "
    "union to talks in the capital on Wednesday.",
    "Union leaders said they would stay on the roads until the first payments reach their members, "
    "and warned that more districts could join the protest.",
]
CLEAN = "\n\n".join(BODY)
HEADLINE = "Farmers block highways"
# A page's headline opens the text as its first paragraph, then comes the clean body.
OPENED = f"{HEADLINE}\n\n{CLEAN}"


def text_doc(text: str, **given: str) -> RawDocument:
    return RawDocument(id=given.pop("id", "t1"), origin="test", text=text, **given)


def extract(text: str, **given: str) -> Document:
    doc = extract_article(text_doc(text, **given), STOCK)
    assert isinstance(doc, Document), doc
    return doc


def page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param(["Share this:", "Facebook", "Twitter"], id="share-prompt"),
        pytest.param(
            ["Related Articles", "Minister resigns over budget row", "Storm closes ports …"],
            id="related-teasers",
        ),
        pytest.param(
            ["About Maria Lindqvist", "Check Also", "Election body sets date for runoff • Daily Wire Desk"],
            id="author-box-and-check-also",
        ),
        pytest.param(
            [
                "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "Name *",
                "Email *",
            ],
            id="comment-form",
        ),
        pytest.param(["Sign up for our morning newsletter and get the news in your inbox."], id="newsletter"),
        pytest.param(["We use cookies to improve your experience on our site."], id="cookie-notice"),
        pytest.param(["Copyright 2021 Valley Herald. All rights reserved."], id="copyright"),
        pytest.param(
            ["Photo: Valley Herald/Ana Ruiz", "WATCH: Tractors roll into the capital"],
            id="photo-credit-and-video-promo",
        ),
        pytest.param(
            ["Previous article", "Next article", "Join our Telegram channel for breaking news"],
            id="pager-and-channel-prompt",
        ),
        pytest.param(
            ["Hide Caption 3 of 7 Photos: Tractors on the ring road around the capital"],
            id="gallery-caption",
        ),
        pytest.param(
            ["JUST WATCHED Farmers block the ring road Replay More Videos ... MUST WATCH"],
            id="video-promo",
        ),
    ],
)
def test_plain_text_drops_furniture_and_keeps_body(furniture: list[str]) -> None:
    doc = extract(page("Farmers block highways over flood subsidies", *BODY, *furniture))
    assert doc.text == page("Farmers block highways over flood subsidies", CLEAN)
    assert doc.title == "Farmers block highways over flood subsidies"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param(
            "Maria Lindqvist is a freelance reporter covering farming in the north.", id="author-note"
        ),
        pytest.param(
            "Enjoyed this story? Subscribe for full access to our local coverage.", id="subscription-prompt"
        ),
    ],
)
def test_closing_furniture_after_the_article_is_dropped(closing: str) -> None:
    assert extract(page(HEADLINE, *BODY, closing)).text == OPENED


def test_the_same_sentence_inside_the_article_is_kept() -> None:
    inside = "Maria Lindqvist is a freelance reporter who filmed the blockade."
    doc = extract(
        page("Farmers block highways", BODY[0], inside, *BODY[1:], "Police said the roads stayed open.")
    )
    assert inside in doc.text


def test_scraped_page_with_navigation_residue() -> None:
    top = ["Skip to content", "Menu", "Home | World | Politics | Sport", "Search"]
    head = ["Farmers block highways over flood subsidies", "By Maria Lindqvist", "September 17, 2021"]
    foot = [
        "Tags: farmers, floods, protest",
        "Share on Facebook",
        "Related Posts",
        "Storm closes three ports",
    ]
    foot += ["Subscribe to our newsletter", "Privacy Policy | Terms of Use | Contact"]
    doc = extract("\n".join([*top, *head, *BODY, *foot]))
    assert (doc.title, doc.author, doc.date) == (head[0], "Maria Lindqvist", "2021-09-17")
    assert doc.text == page(head[0], CLEAN)


def wrap(text: str, width: int = 64) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) >= width:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    doc = extract(page("Farmers block highways over flood subsidies", *(wrap(p) for p in BODY)))
    assert doc.title == "Farmers block highways over flood subsidies"
    assert doc.text == page("Farmers block highways over flood subsidies", CLEAN)


@pytest.mark.parametrize(
    "top",
    [
        pytest.param([], id="first-line"),
        pytest.param(["Skip to content", "Menu"], id="after-navigation"),
    ],
)
def test_plain_text_headline_is_the_first_paragraph_and_the_title(top: list[str]) -> None:
    doc = extract(page(*top, HEADLINE, "By Maria Lindqvist", "September 17, 2021", *BODY))
    assert doc.title == HEADLINE
    assert doc.text.split("\n\n") == [HEADLINE, *BODY]


@pytest.mark.parametrize("credit", [" - Xinhua", " | Reuters", " — AFP"])
def test_an_outlet_credited_after_the_headline_is_no_part_of_it(credit: str) -> None:
    doc = extract(page(HEADLINE + credit, *BODY))
    assert doc.title == HEADLINE
    assert doc.text.split("\n\n") == [HEADLINE, *BODY]


def test_a_headline_ending_in_other_words_after_a_dash_keeps_them() -> None:
    doc = extract(page(HEADLINE + " - officials", *BODY))
    assert doc.text.split("\n\n")[0] == HEADLINE + " - officials"


def test_given_title_that_heads_the_page_opens_the_text_once() -> None:
    assert extract(page(HEADLINE, *BODY), title=HEADLINE).text == OPENED


@pytest.mark.parametrize(
    ("text", "given"),
    [
        pytest.param(CLEAN, {}, id="starts-with-prose"),
        pytest.param(page("By Maria Lindqvist", "September 17, 2021", *BODY), {}, id="byline-and-date-only"),
        pytest.param(CLEAN, {"title": HEADLINE}, id="given-title-not-in-the-page"),
    ],
)
def test_page_without_a_headline_gets_nothing_prepended(text: str, given: dict[str, str]) -> None:
    doc = extract(text, **given)
    assert doc.text == CLEAN
    assert doc.title == given.get("title")


@pytest.mark.parametrize(
    ("text", "given"),
    [
        pytest.param("Rebels shelled the airport on Tuesday.", {}, id="one-sentence"),
        pytest.param(
            "Rebels shelled the airport on Tuesday.",
            {"title": "Rebels shelled the airport on Tuesday."},
            id="one-sentence-given-as-its-own-title",
        ),
        pytest.param(
            "Rebels shell the airport\n\nTwo soldiers were wounded, the army said.",
            {},
            id="headline-and-sentence",
        ),
    ],
)
def test_snippet_is_unchanged_by_the_headline_rule(text: str, given: dict[str, str]) -> None:
    assert extract(text, **given).text == text


def test_teaser_block_ends_at_the_next_body_paragraph() -> None:
    doc = extract(page(HEADLINE, BODY[0], "Read more", "Police deny using tear gas", *BODY[1:]))
    assert doc.text == OPENED


@pytest.mark.parametrize(
    ("line", "source"),
    [
        pytest.param("Source: TRTWorld and agencies", "TRT World", id="source-line-with-agencies"),
        pytest.param("Source: Reuters", "Reuters", id="source-line"),
        pytest.param("— AFP", "AFP", id="dash-sign-off"),
        pytest.param("(Associated Press)", "AP", id="bracketed-sign-off"),
        pytest.param(
            "This article was originally published by The Conversation.",
            "The Conversation",
            id="originally-published",
        ),
        pytest.param("With inputs from PTI", "PTI", id="with-inputs-from"),
        pytest.param("The story was first published by Eurasianet.", "Eurasianet", id="first-published-by"),
        pytest.param(
            "Republished with permission from Radio Free Europe/Radio Liberty", "RFE/RL", id="republished"
        ),
    ],
)
def test_attribution_line_names_source_and_leaves_body(line: str, source: str) -> None:
    doc = extract(page(HEADLINE, *BODY, line), source="Valley Herald")
    assert doc.source == source
    assert doc.text == OPENED


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        pytest.param("HANOI, Vietnam (AP) —", "AP", id="city-country-ap"),
        pytest.param("WASHINGTON (Reuters) -", "Reuters", id="city-reuters"),
        pytest.param("(AFP) —", "AFP", id="agency-only"),
    ],
)
def test_dateline_names_agency_and_stays_in_text(dateline: str, source: str) -> None:
    doc = extract(page(HEADLINE, f"{dateline} {BODY[0]}", *BODY[1:]))
    assert doc.source == source
    assert doc.text == page(HEADLINE, f"{dateline} {BODY[0]}", *BODY[1:])


def test_agencies_only_source_line_leaves_body_without_naming_an_outlet() -> None:
    doc = extract(page(HEADLINE, *BODY, "Source: agencies"))
    assert doc.text == OPENED
    assert doc.source is None


def test_sentence_after_sources_colon_is_body() -> None:
    line = "Sources: the minister will resign on Friday, aides said."
    doc = extract(page("Farmers block highways", *BODY, line))
    assert doc.text.endswith(line)
    assert doc.source is None


def test_source_line_outranks_dateline_agency() -> None:
    doc = extract(page("Farmers block highways", f"KABUL (AP) — {BODY[0]}", *BODY[1:], "Source: TRT World"))
    assert doc.source == "TRT World"


def test_lone_attribution_like_input_stays_whole() -> None:
    assert extract("Source: Reuters").text == "Source: Reuters"


def test_parenthesis_in_the_middle_of_a_sentence_is_not_a_dateline() -> None:
    doc = extract(
        page("Farmers block highways", "The union (FNU) said on Monday that talks had failed.", *BODY)
    )
    assert doc.source is None


def test_given_source_is_kept_without_attribution() -> None:
    assert extract(CLEAN, source="Valley Herald").source == "Valley Herald"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        pytest.param("By Maria Lindqvist", "Maria Lindqvist", id="by-name"),
        pytest.param("Written by Jean de la Cruz", "Jean de la Cruz", id="particle-in-name"),
        pytest.param(
            "Farmers sit on a tractor on the highway. By VALLEY HERALD STAFF",
            "VALLEY HERALD STAFF",
            id="caption-then-byline",
        ),
    ],
)
def test_byline_names_author_and_leaves_body(byline: str, author: str) -> None:
    doc = extract(page(HEADLINE, byline, *BODY))
    assert doc.author == author
    assert doc.text == OPENED


def test_sentence_opening_with_by_is_not_a_byline() -> None:
    opening = "By noon, the crowd on the highway had grown to several thousand people."
    doc = extract(page(HEADLINE, opening, *BODY))
    assert doc.author is None
    assert doc.text == page(HEADLINE, opening, CLEAN)


@pytest.mark.parametrize(
    "teasers",
    [
        pytest.param(
            ["- Ports close as storm nears — Officials said the three ports would stay shut …"],
            id="cut-off-excerpt",
        ),
        pytest.param(
            ["- Flood relief — The fund was set up in 2019 to help farmers who … Farm Weekly"],
            id="excerpt-then-site",
        ),
        pytest.param(
            ["Minister resigns after a week of protests over the flood relief budget"], id="closing-headline"
        ),
    ],
)
def test_teasers_after_the_article_are_dropped(teasers: list[str]) -> None:
    assert extract(page(HEADLINE, *BODY, *teasers)).text == OPENED


@pytest.mark.parametrize(
    "last",
    [
        pytest.param(
            "The talks are set for Wednesday. Delegates join via video link. 19th",
            id="stray-fragment-after-sentences",
        ),
        pytest.param(
            "Copyright claims by farmers rose sharply last year, the ministry said.",
            id="sentence-starting-with-boilerplate-word",
        ),
        pytest.param(
            "The union also publishes a monthly newsletter.", id="sentence-ending-with-boilerplate-word"
        ),
    ],
)
def test_last_body_paragraph_is_kept(last: str) -> None:
    assert extract(page("Farmers block highways", *BODY, last)).text.endswith(last)


def test_sign_off_in_brackets_keeps_the_last_paragraph() -> None:
    last = BODY[2] + " (ML)"
    assert extract(page("Farmers block highways", *BODY[:2], last)).text.endswith(last)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        pytest.param("Published: September 17, 2021 at 10:32 am", "2021-09-17", id="month-day-year"),
        pytest.param("Updated 3rd March 2022", "2022-03-03", id="day-month-year"),
        pytest.param("Maria Lindqvist | 2021-09-17", "2021-09-17", id="iso-after-author"),
    ],
)
def test_date_line_near_the_top_dates_the_page_and_leaves_body(line: str, day: str) -> None:
    doc = extract(page(HEADLINE, line, *BODY))
    assert doc.date == day
    assert doc.text == OPENED


def test_date_inside_the_body_is_not_the_page_date() -> None:
    said = "The union said the first payments were due on March 3, 2022, but none arrived."
    assert extract(page("Farmers block highways", *BODY, said)).date is None


def test_given_date_wins_over_page_date() -> None:
    assert (
        extract(page("Farmers block highways", "June 1, 2020", *BODY), date="2021-09-17").date == "2021-09-17"
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Rebels shelled the airport on Tuesday.", id="one-sentence"),
        pytest.param("Ministers meet in Dushanbe", id="headline"),
        pytest.param("Read more about the ceasefire talks here.", id="sentence-with-boilerplate-words"),
        pytest.param("Putin meets Xi", id="three-word-headline"),
        pytest.param("Merkel trifft Macron in Berlin", id="foreign-looking-headline"),
        pytest.param(
            "Share this: protesters gathered outside parliament.\nPolice watched.", id="two-short-lines"
        ),
    ],
)
def test_short_input_stays_whole_and_english(text: str) -> None:
    doc = extract(text)
    assert doc.text == text.replace("\n", "\n\n")
    assert doc.language == "en"


GERMAN = (
    "Die Regierung hat am Montag angekündigt, dass die Bauern im Norden des Landes die versprochenen "
    "Hilfen noch vor dem Winter erhalten sollen. Der Bauernverband begrüßte die Entscheidung, forderte "
    "aber eine schnellere Auszahlung und weitere Gespräche mit dem Ministerium."
)


RESULTS = page(
    "Regional election results",
    "Northfield: Ana Ruiz 12,402; Tomas Berg 9,877; Lena Holm 4,310; turnout 61 percent",
    "Eastbrook: Omar Haddad 8,114; Petra Novak 7,990; Ivan Petrov 2,045; turnout 58 percent",
    "Southgate: Maria Lindqvist 10,556; Jonas Weber 6,201; turnout 64 percent",
    "Westmoor: Sara Costa 5,877; Daniel Kim 5,802; Amir Farouk 1,990; turnout 55 percent",
)


def test_english_page_of_names_and_numbers_stays_english() -> None:
    assert extract(RESULTS).language == "en"


def test_non_english_is_skipped_with_its_language() -> None:
    skip = extract_article(text_doc(GERMAN), STOCK)
    assert isinstance(skip, Skip)
    assert skip.reason == "language: de"


def test_non_english_is_kept_when_english_only_is_off() -> None:
    doc = extract_article(text_doc(GERMAN), kit(english_only=False))
    assert isinstance(doc, Document)
    assert doc.language == "de"


@pytest.mark.parametrize("text", [pytest.param("", id="empty"), pytest.param("  \n\n \t", id="whitespace")])
def test_empty_document_is_skipped(text: str) -> None:
    skip = extract_article(text_doc(text), STOCK)
    assert isinstance(skip, Skip)
    assert skip.reason == "empty"


def test_id_and_content_hash_are_stable_hashes_of_the_input() -> None:
    raw = page("Farmers block highways", *BODY)
    first = extract_article(RawDocument(id=None, origin="a", text=raw), STOCK)
    second = extract_article(RawDocument(id=None, origin="b", text=raw), STOCK)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.content_hash == second.content_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert first.id == second.id == first.content_hash[:16]


def test_given_metadata_and_notes_are_carried() -> None:
    doc = extract(CLEAN, id="x9", title="Given title", date="2021-09-17", url="https://example.org/a")
    assert (doc.id, doc.title, doc.date, doc.url) == (
        "x9",
        "Given title",
        "2021-09-17",
        "https://example.org/a",
    )
    raw = RawDocument(id="n", origin="o", text=CLEAN, notes=("invalid UTF-8 replaced",))
    result = extract_article(raw, STOCK)
    assert isinstance(result, Document) and result.notes == ["invalid UTF-8 replaced"]


GARBLED = (
    "The minister said The talks will continue in the capital next week after the summit of leaders. "
    "Officials from both sides attended the meeting, the only one The region has seen this year. "
    "Delegates join via video link. 19th"
)


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param(GARBLED, id="lost-sentence-boundaries"),
        pytest.param(
            CLEAN.replace("police", "police police").replace("union", "union union"), id="doubled-words"
        ),
        pytest.param(CLEAN.replace("'", "â€™").replace(",", "Ã©,"), id="mojibake"),
    ],
)
def test_broken_text_scores_below_clean_text(broken: str) -> None:
    assert extract(broken).quality < extract(CLEAN).quality


def test_clean_prose_scores_high() -> None:
    assert extract(CLEAN).quality >= 0.95


HTML = """<html lang="en"><head><title>Farmers block highways | Valley Herald</title>
<meta property="og:title" content="Farmers block highways over flood subsidies">
<meta property="og:site_name" content="Valley Herald">
<meta property="article:published_time" content="2021-09-17T08:00:00Z">
<meta name="author" content="Maria Lindqvist"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Farmers block highways over flood subsidies</h1>
<p>{}</p><p>{}</p><p>{}</p></article>
<footer><p>Copyright 2021 Valley Herald. All rights reserved.</p></footer></body></html>""".format(*BODY)


def test_a_page_s_date_does_not_depend_on_the_machine_s_clock() -> None:
    """A date after today (the HTML date finder's default limit) is still the page's date."""
    future = HTML.replace("2021-09-17T08:00:00Z", "2091-03-05T08:00:00Z")
    doc = extract_article(RawDocument(id="h2", origin="test", html=future), STOCK)
    assert isinstance(doc, Document) and doc.date == "2091-03-05"


def test_html_page_gives_body_and_metadata() -> None:
    raw = RawDocument(id="h1", origin="test", html=HTML, url="https://valley.example/farmers")
    doc = extract_article(raw, STOCK)
    assert isinstance(doc, Document)
    assert doc.text == page("Farmers block highways over flood subsidies", CLEAN)
    assert doc.title == "Farmers block highways over flood subsidies"
    assert doc.date == "2021-09-17"
    assert doc.author == "Maria Lindqvist"
    assert doc.source == "Valley Herald"
    assert doc.content_hash == hashlib.sha256(HTML.encode()).hexdigest()


def html_with(head: str, inner: str) -> Document:
    html = f"<html><head>{head}</head><body><article>{inner}</article></body></html>"
    doc = extract_article(RawDocument(id="h", origin="test", html=html), STOCK)
    assert isinstance(doc, Document), doc
    return doc


PARAS = "".join(f"<p>{p}</p>" for p in BODY)
LONG_HEADLINE = "Farmers block highways over flood subsidies"
LEDE = "Farmers block highways across the north as the protest over flood relief spreads."


@pytest.mark.parametrize(
    ("head", "inner", "text"),
    [
        pytest.param(
            f"<title>{LONG_HEADLINE}</title>",
            f"<h1>{LONG_HEADLINE}</h1>{PARAS}",
            page(LONG_HEADLINE, CLEAN),
            id="main-text-starts-with-the-headline",
        ),
        pytest.param(
            f"<title>{LONG_HEADLINE}</title>",
            f"<p>Farm protests</p><h1>{LONG_HEADLINE}</h1>{PARAS}",
            page(LONG_HEADLINE, CLEAN),
            id="section-label-above-the-headline",
        ),
        pytest.param(
            f"<title>{HEADLINE}</title>",
            f"<h1>{HEADLINE}</h1><p>{LEDE}</p>{PARAS}",
            page(HEADLINE, LEDE, CLEAN),
            id="lede-opening-with-the-headline-words",
        ),
    ],
)
def test_html_headline_in_the_main_text_opens_it_once(head: str, inner: str, text: str) -> None:
    assert html_with(head, inner).text == text


@pytest.mark.parametrize(
    ("head", "title"),
    [
        pytest.param("", None, id="no-title-anywhere"),
        pytest.param(
            f'<title>{LONG_HEADLINE}</title><meta property="og:title" content="{LONG_HEADLINE}">',
            LONG_HEADLINE,
            id="title-only-in-metadata",
        ),
    ],
)
def test_html_metadata_title_is_not_prepended(head: str, title: str | None) -> None:
    doc = html_with(head, PARAS)
    assert doc.text == CLEAN
    assert doc.title == title


@pytest.mark.parametrize(
    ("title", "site", "headline"),
    [
        pytest.param(
            "Farmers block highways | Valley Herald",
            "Valley Herald",
            "Farmers block highways",
            id="pipe-site",
        ),
        pytest.param(
            "Farmers block highways - The Valley Herald",
            "Valley Herald",
            "Farmers block highways",
            id="dash-the-site",
        ),
        pytest.param(
            "Russia - Ukraine talks stall",
            "Valley Herald",
            "Russia - Ukraine talks stall",
            id="dash-inside-headline",
        ),
        pytest.param(
            "Farmers block highways | Farm Weekly",
            "Valley Herald",
            "Farmers block highways | Farm Weekly",
            id="other-name-kept",
        ),
    ],
)
def test_site_name_leaves_the_headline(title: str, site: str, headline: str) -> None:
    assert site_free_title(title, site) == headline


def html_page(inner: str) -> str:
    return f"<html><head><title>Farmers</title></head><body><article>{inner}</article></body></html>"


RELATED = (
    '<ul><li><a href="/a">Minister resigns after row over flood budget</a> Opposition calls for new vote</li>'
    '<li><a href="/b">Police deny using tear gas on protesters</a></li>'
    '<li><a href="/c">Storm closes three ports along the coast</a></li></ul>'
)
SPEAKERS = (
    '<ul><li><a href="/p1">Ana Ruiz</a>, chair of the farmers union</li>'
    '<li><a href="/p2">Tomas Berg</a>, deputy interior minister</li></ul>'
)
TABLE = "<table><tr><td>District</td><td>Farms</td></tr><tr><td>Northfield</td><td>412</td></tr></table>"


@pytest.mark.parametrize(
    ("inner", "kept", "gone"),
    [
        pytest.param(RELATED, None, "Storm closes three ports", id="related-links-list-dropped"),
        pytest.param(SPEAKERS, "Tomas Berg", None, id="list-of-named-people-kept"),
        pytest.param(TABLE, "Northfield", None, id="table-rows-kept"),
    ],
)
def test_html_lists_and_tables(inner: str, kept: str | None, gone: str | None) -> None:
    html = html_page("".join(f"<p>{p}</p>" for p in BODY[:2]) + inner + f"<p>{BODY[2]}</p>")
    doc = extract_article(RawDocument(id="h", origin="test", html=html), STOCK)
    assert isinstance(doc, Document)
    assert BODY[0] in doc.text and BODY[2] in doc.text
    if kept:
        assert kept in doc.text
    if gone:
        assert gone not in doc.text


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("<div>Rebels shelled the airport on Tuesday.</div>", id="fragment"),
        pytest.param("<html><body><h1>Rebels shell the airport</h1></body></html>", id="headline-only-page"),
        pytest.param("Rebels shelled the airport on Tuesday.", id="no-tags"),
    ],
)
def test_short_html_input_is_kept(html: str) -> None:
    doc = extract_article(RawDocument(id="s", origin="test", html=html), STOCK)
    assert isinstance(doc, Document)
    assert doc.text.startswith("Rebels shel")


MORE = [
    "Officials in two neighbouring provinces said they were watching the protest closely, as their own "
    "farmers have waited months for the same kind of flood relief from the national budget.",
    "Economists at the central bank warned that a long blockade could push up food prices in the capital, "
    "where most fresh produce arrives by road from the northern districts.",
]


def chunked_page(between: str) -> str:
    chunk = '<div class="story article__body">{}</div>'
    first = chunk.format("".join(f"<p>{p}</p>" for p in BODY))
    second = chunk.format("".join(f"<p>{p}</p>" for p in MORE))
    return f"<html><body><main>{first}{between}{second}</main></body></html>"


def test_article_split_by_an_advert_is_read_whole() -> None:
    html = chunked_page('<div class="ad-row"><span>Advertisement</span></div>')
    doc = extract_article(RawDocument(id="c", origin="test", html=html), STOCK)
    assert isinstance(doc, Document)
    assert doc.text == "\n\n".join([*BODY, *MORE])


def test_next_story_in_the_same_template_is_not_appended() -> None:
    html = chunked_page("<article><h2>Storm closes three ports</h2></article>")
    doc = extract_article(RawDocument(id="c", origin="test", html=html), STOCK)
    assert isinstance(doc, Document)
    assert MORE[0] not in doc.text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(
            "boilerplate:\n  lines:\n    - 'fine'\n    - '(unclosed'\n",
            r"\.yaml:4: bad pattern",
            id="pattern",
        ),
        pytest.param(
            "boilerplate:\n  lines: []\n  footer: []\n", r"unknown section\(s\): footer", id="section"
        ),
        pytest.param("boilerplate:\n  blocks: 'Related'\n", r"\.yaml:2: expected a list", id="not-a-list"),
        pytest.param(
            "boilerplate:\n  outlets:\n    AP: ''\n", r"\.yaml:3: outlet 'AP' needs a name", id="outlet"
        ),
        pytest.param("boilerplate: [a, b]\n", r"\.yaml:1: expected a mapping", id="not-a-mapping"),
    ],
)
def test_bad_boilerplate_file_names_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "boilerplate.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message):
        load_phrasing((str(bad),))


def test_the_built_in_file_needs_every_section(tmp_path: Path, monkeypatch) -> None:
    from eventwatch.article import phrasing

    broken = tmp_path / "built-in.yaml"
    broken.write_text("lines: []\nblocks: []\noutlets: {}\n", encoding="utf-8")
    monkeypatch.setattr(phrasing, "BOILERPLATE_FILE", broken)
    with pytest.raises(KnowledgeError, match=r"missing section\(s\): tail"):
        load_phrasing()


def test_user_boilerplate_drops_a_site_s_own_furniture(tmp_path: Path) -> None:
    furniture = "Tip us off at the newsroom hotline 555-0100"
    text = "\n\n".join(["Storm closes three ports", *BODY[:2], furniture, *BODY[2:]])
    raw = RawDocument(id="u", origin="test", text=text)
    stock = extract_article(raw, STOCK)
    assert isinstance(stock, Document) and furniture in stock.text
    mine = tmp_path / "my-site.yaml"
    mine.write_text(
        "boilerplate:\n  lines:\n    - 'tip us off\\b'\n  outlets:\n    Harbour Post: Harbour Post\n"
    )
    own = extract_article(raw, Toolkit(Options(dictionaries=(str(mine),))))
    assert isinstance(own, Document) and furniture not in own.text and BODY[2] in own.text
    assert load_phrasing((str(mine),)).outlet("harbour post") == "Harbour Post"
    assert load_phrasing((str(mine),)).outlet("reuters") == load_phrasing().outlet("reuters")


@pytest.fixture()
def seed() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside the checkout")
    return SEED.read_text(encoding="utf-8")


def test_seed_keeps_whole_body_and_drops_furniture(seed: str) -> None:
    doc = extract(seed)
    lines = [line for line in seed.splitlines() if line.strip()]
    assert doc.title == lines[0]
    assert doc.text.split("\n\n")[0] == lines[0]  # the headline opens the text
    body = lines[1 : lines.index("Source: TRTWorld and agencies")]
    assert doc.text == "\n\n".join([lines[0], *body])
    assert doc.source == "TRT World"


def test_seed_quality_is_below_a_clean_article(seed: str) -> None:
    assert extract(seed).quality < extract(page("Farmers block highways", *BODY)).quality
