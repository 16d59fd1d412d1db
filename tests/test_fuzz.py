"""Fuzzing: generated input never crashes a reader, the extractor, the date finder or the event coder.

Every input ends as records or a `Skip` with a reason, within its time budget. The default run
is a short, derandomized profile; `bench/fuzz.py` runs the same properties on 10,000 inputs
each (EVENTWATCH_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwatch import pipeline
from eventwatch.article import extract_article
from eventwatch.dates import default_grammar, find_dates
from eventwatch.read import read_inputs
from eventwatch.read.jsonlines import real_day
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

EXAMPLES = int(os.environ.get("EVENTWATCH_FUZZ_EXAMPLES", "25"))
settings.register_profile(
    "eventwatch",
    max_examples=EXAMPLES,
    deadline=None,  # budgets are checked below, against wall time, with the reason in the message
    derandomize=EXAMPLES <= 100,  # the short profile is the same every run
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
    database=None,
)
settings.load_profile("eventwatch")

BUDGET = {"read": 2.0, "extract": 3.0, "dates": 2.0, "code": 6.0}  # seconds per input
SPENT: dict[str, list[float]] = {name: [] for name in BUDGET}  # bench/fuzz.py reports these
OUTCOMES: dict[str, Counter[str]] = {name: Counter() for name in BUDGET}
OPTIONS = Options(workers=1, max_bytes=200_000)
EXTRACTOR = Toolkit(OPTIONS)  # the extractor's knowledge (phrasing, language model), loaded on first use
GRAMMAR = default_grammar()

# Fragments a news page, a feed or a date line is made of; mixed with arbitrary text.
WORDS = ["Kenya", "Uganda", "the minister", "said", "troops", "attacked", "Nairobi", "sent aid to", "NATO",
         "on Monday", "last week", "2024-02-29", "March 3", "1999", "yesterday", "will", "not", "talks",
         "the border", "police", "arrested", "protesters", "in", "and", ".", ",", "\n\n", '"', "'s", "-",
         "(AP)", "KABUL -", "Reuters", "threatened", "sanctions", "on Feb. 30", "the 2nd",
         "next Friday"]  # fmt: skip
TAGS = ["<p>", "</p>", "<div>", "</div>", "<html>", "<body>", "<script>", "</script>", "<title>",
        "</title>", "<!--", "-->", "&amp;", "&#0;", "&lol;", "<![CDATA[", "]]>", "<br/>", "<h1>", "<td>",
        "<meta charset='latin-1'>", "<article>", "<a href='x'>", "</a>", "<?xml version='1.0'?>"]  # fmt: skip
prose = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=80).map(" ".join)
markup = st.lists(
    st.one_of(st.sampled_from(TAGS), st.sampled_from(WORDS), st.text(max_size=8)), max_size=120
).map("".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | prose,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
rows = st.fixed_dictionaries(
    {},
    optional={"id": json_values, "text": st.one_of(prose, json_values), "html": markup,
              "date": st.one_of(prose, json_values), "url": json_values, "title": prose},
)  # fmt: skip
SUFFIXES = [".txt", ".html", ".jsonl", ".warc", ".rss", ".xml", ".txt.gz", ".jsonl.gz", ".html.gz", ""]


def _within(kind: str, began: float, outcome: str) -> None:
    took = time.perf_counter() - began
    SPENT[kind].append(took)
    OUTCOMES[kind][outcome] += 1
    assert took < BUDGET[kind], f"{kind}: {took:.2f} s for one input, over its budget of {BUDGET[kind]} s"


@functools.cache
def _budgeted(kit: Toolkit) -> Toolkit:
    """The session's toolkit with a time budget per document (loaded once, like a run's)."""
    return kit.with_options(Options(workers=1, doc_timeout=BUDGET["code"] - 1)).warm()


@functools.cache
def _loaded() -> None:
    """The extractor loads its knowledge on first use: that time is not one input's."""
    warm_ups = ({"text": "Kenya sent aid to Somalia."}, {"text": "Ù"}, {"text": "中文 текст é"},
                {"html": "<p>Kenya sent aid to Somalia.</p>"})  # fmt: skip
    for body in warm_ups:
        extract_article(RawDocument(id=None, origin="warm-up", **body), EXTRACTOR)


def _file_bytes(draw_kind: str, data: bytes, lines: list[dict[str, object]]) -> bytes:
    if draw_kind == "rows":
        return b"\n".join(json.dumps(r).encode() for r in lines) + b"\n" + data
    return data


@given(
    suffix=st.sampled_from(SUFFIXES),
    kind=st.sampled_from(["bytes", "markup", "rows"]),
    data=st.binary(max_size=3000),
    text=markup,
    lines=st.lists(rows, max_size=4),
    squeeze=st.booleans(),
)
def test_readers_turn_any_bytes_into_documents_or_skips(suffix, kind, data, text, lines, squeeze) -> None:
    body = text.encode("utf-8", "surrogatepass") if kind == "markup" else _file_bytes(kind, data, lines)
    if suffix.endswith(".gz"):
        body = gzip.compress(body)[: len(body) // 2] if squeeze else gzip.compress(body)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(body)
        began = time.perf_counter()
        items = list(read_inputs([str(path)], OPTIONS))
        for item in items:
            assert isinstance(item, RawDocument | Skip)
            assert not isinstance(item, Skip) or item.reason
        _within("read", began, "skip" if all(isinstance(i, Skip) for i in items) else "document")


@given(
    text=st.one_of(prose, st.text(max_size=2000)), html=markup, as_html=st.booleans(), date=st.none() | prose
)
def test_the_extractor_returns_a_document_or_a_skip(text, html, as_html, date) -> None:
    raw = RawDocument(id=None, origin="fuzz", text=None if as_html else text, html=html if as_html else None)
    _loaded()
    began = time.perf_counter()
    out = extract_article(raw, EXTRACTOR)
    assert isinstance(out, Document) or (isinstance(out, Skip) and out.reason)
    if isinstance(out, Document):
        assert isinstance(out.text, str) and out.text.strip()
    _within("extract", began, out.reason if isinstance(out, Skip) else "document")


@given(text=st.one_of(prose, st.text(max_size=500)), anchor=st.none() | st.dates().map(str) | prose,
       past=st.none() | st.booleans())  # fmt: skip
def test_the_date_finder_finds_or_names_the_bad_anchor(text, anchor, past) -> None:
    """A real anchor (or none) never raises; a malformed one is the documented ValueError naming it."""
    began = time.perf_counter()
    try:
        found = find_dates(text, anchor, GRAMMAR, past=past)
    except ValueError as exc:
        assert anchor is not None and real_day(anchor) is None and "is not YYYY-MM-DD" in str(exc)
        _within("dates", began, "bad anchor named")
        return
    for mention in found:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert mention.value is None or mention.value[:4].isdigit()
    _within("dates", began, f"{min(len(found), 3)} dates")


@settings(max_examples=max(EXAMPLES // 3, 5) if EXAMPLES <= 100 else EXAMPLES)  # CI: the coder is slower
@given(text=prose, date=st.none() | st.dates().map(str))
def test_the_event_coder_codes_or_skips_within_the_budget(kit: Toolkit, text: str, date: str | None) -> None:
    coded = _budgeted(kit)
    began = time.perf_counter()
    (out,) = pipeline.run([RawDocument(id="f", origin="fuzz", text=text, date=date)], coded)
    assert isinstance(out, Document) or out.reason != "internal error", out.detail
    _within("code", began, out.reason if isinstance(out, Skip) else f"{min(len(out.events), 3)} events")
