"""Stage 1 readers: every input kind, and every kind of bad input as a `Skip` that names it."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwatch.read import read_inputs
from eventwatch.records import RawDocument, Skip
from eventwatch.settings import Options

OPTS = Options()
STORY = "KABUL, May 2 - Border guards reopened the crossing after talks on Friday."
PAGE = "<html><head><title>Talks</title></head><body><p>" + STORY + "</p></body></html>"


def read(*paths: Path | str, options: Options = OPTS, stdin: bytes | None = None) -> list[RawDocument | Skip]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(read_inputs([str(p) for p in paths], options, stdin=stream))


def only(items: list[RawDocument | Skip]) -> RawDocument | Skip:
    assert len(items) == 1, items
    return items[0]


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> None:
    """Records of (type, url, payload, content type); gzipped when the name ends in .gz."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for kind, url, payload, ctype in records:
            status = "404 Not Found" if url.endswith("/gone") else "200 OK"
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            if kind == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            record = writer.create_warc_record(url, kind, payload=io.BytesIO(payload), http_headers=http)
            writer.write_record(record)


@pytest.mark.parametrize(
    ("name", "data", "field"),
    [
        pytest.param("story.txt", STORY.encode(), "text", id="txt"),
        pytest.param("page.html", PAGE.encode(), "html", id="html"),
        pytest.param("page.htm", PAGE.encode(), "html", id="htm"),
        pytest.param("story.txt.gz", gzip.compress(STORY.encode()), "text", id="txt-gz"),
        pytest.param("page.html.gz", gzip.compress(PAGE.encode()), "html", id="html-gz"),
        pytest.param("story.TXT", STORY.encode(), "text", id="upper-case-suffix"),
        pytest.param("story", STORY.encode(), "text", id="named-without-suffix-sniffed-as-text"),
        pytest.param("page.dat", PAGE.encode(), "html", id="named-unknown-suffix-sniffed-as-html"),
        pytest.param("bom.txt", b"\xef\xbb\xbf" + STORY.encode(), "text", id="utf8-bom"),
        pytest.param("wide.txt", STORY.encode("utf-16"), "text", id="utf16-with-bom"),
    ],
)
def test_single_document_files(tmp_path: Path, name: str, data: bytes, field: str) -> None:
    (tmp_path / name).write_bytes(data)
    doc = only(read(tmp_path / name))
    assert isinstance(doc, RawDocument)
    assert STORY in (getattr(doc, field) or "")
    assert doc.origin == str(tmp_path / name)
    assert doc.notes == ()


def test_declared_charset_is_used_when_not_utf8(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>Café talks “ended”</body></html>'
    (tmp_path / "old.html").write_bytes(page.encode("cp1252"))
    doc = only(read(tmp_path / "old.html"))
    assert isinstance(doc, RawDocument)
    assert "Café talks “ended”" in (doc.html or "")
    assert doc.notes == ("decoded as cp1252",)


def test_invalid_utf8_is_replaced_and_noted(tmp_path: Path) -> None:
    (tmp_path / "broken.txt").write_bytes(b"The minister \xff\xfe said the talks failed.")
    doc = only(read(tmp_path / "broken.txt"))
    assert isinstance(doc, RawDocument)
    assert doc.text == "The minister \ufffd\ufffd said the talks failed."
    assert len(doc.notes) == 1 and "invalid UTF-8" in doc.notes[0]


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "one.txt").write_text("Second story about a summit.")
    (tmp_path / "a" / "deep" / "two.html").write_text("<p>First story about a ceasefire.</p>")
    (tmp_path / "a" / "notes.md").write_text("not an article")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden draft")
    origins = [d.origin for d in read(tmp_path)]
    assert origins == [str(tmp_path / "a" / "deep" / "two.html"), str(tmp_path / "b" / "one.txt")]


def _jsonl(rows: list[object]) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in rows)


GOOD_ROWS: list[object] = [
    {
        "id": "a-1",
        "text": STORY,
        "url": "https://example.org/a",
        "date": "2024-05-02",
        "title": "T",
        "source": "Wire",
    },
    {"id": 7, "html": PAGE},
]


@pytest.mark.parametrize("gz", [False, True], ids=["jsonl", "jsonl-gz"])
def test_json_lines_file(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("docs.jsonl.gz" if gz else "docs.jsonl")
    data = _jsonl(GOOD_ROWS)
    path.write_bytes(gzip.compress(data) if gz else data)
    first, second = read(path)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.id, first.url, first.date, first.title, first.source) == (
        "a-1",
        "https://example.org/a",
        "2024-05-02",
        "T",
        "Wire",
    )
    assert first.origin == f"{path}:1"
    assert (second.id, second.html, second.text) == ("7", PAGE, None)


def test_stdin_reads_json_lines() -> None:
    items = read("-", stdin=_jsonl(GOOD_ROWS))
    assert [i.origin for i in items] == ["stdin:1", "stdin:2"]
    assert all(isinstance(i, RawDocument) for i in items)


def test_json_lines_blank_lines_are_ignored_and_bad_date_noted() -> None:
    items = read("-", stdin=b"\n" + _jsonl([{"text": STORY, "date": "last week"}]) + b"  \n")
    doc = only(items)
    assert isinstance(doc, RawDocument) and doc.origin == "stdin:2"
    assert doc.date is None and "not YYYY-MM-DD" in doc.notes[0]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param(b'{"text": "unterminated', "bad json", id="not-json"),
        pytest.param(b'["a", "list"]', "bad json", id="not-an-object"),
        pytest.param(b'{"id": "x", "url": "https://example.org"}', "no text", id="neither-text-nor-html"),
        pytest.param(b'{"text": "   ", "html": ""}', "no text", id="blank-text-and-html"),
    ],
)
def test_bad_json_lines_name_the_line_and_the_batch_goes_on(tmp_path: Path, line: bytes, reason: str) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(_jsonl([GOOD_ROWS[0], line, GOOD_ROWS[1]]))
    first, bad, last = read(path)
    assert isinstance(bad, Skip) and bad.reason == reason
    assert bad.origin == f"{path}:2"
    assert bad.message().startswith(f"{path}:2: skipped ({reason})")
    assert isinstance(first, RawDocument) and isinstance(last, RawDocument)


def _truncated_gzip(data: bytes) -> bytes:
    packed = gzip.compress(data)
    return packed[: len(packed) // 2]


BIG = (STORY + "\n") * 400


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param("empty.txt", b"", "empty", id="empty-file"),
        pytest.param("blank.html", b"  \n\t\n", "empty", id="whitespace-only"),
        pytest.param("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary", id="png-named-txt"),
        pytest.param("nul.txt", b"text with a \x00 byte in it", "binary", id="nul-byte"),
        pytest.param("doc.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary", id="pdf-named-html"),
        pytest.param("cut.txt.gz", _truncated_gzip(BIG.encode()), "truncated gzip", id="truncated-gzip"),
        pytest.param("fake.txt.gz", b"\x1f\x8bnot really gzip at all", "broken gzip", id="broken-gzip"),
        pytest.param("empty.jsonl", b"", "empty", id="empty-jsonl"),
    ],
)
def test_unreadable_files_are_skipped_with_a_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "z-good.txt").write_text(STORY)
    bad, good = read(tmp_path / name, tmp_path / "z-good.txt")
    assert isinstance(bad, Skip), bad
    assert (bad.origin, bad.reason) == (str(tmp_path / name), reason)
    assert bad.detail and "\n" not in bad.message()
    assert isinstance(good, RawDocument)


def test_truncated_gzipped_json_lines_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    rows: list[object] = [{"id": str(i), "text": STORY} for i in range(300)]
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(_truncated_gzip(_jsonl(rows)))
    items = read(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert 0 < len(docs) < 300
    assert isinstance(items[-1], Skip) and items[-1].reason == "truncated gzip"
    assert items[-1].origin == f"{path}:{len(docs) + 1}"


def test_missing_path_is_a_skip_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY)
    missing, good = read(tmp_path / "nowhere.txt", tmp_path / "good.txt")
    assert isinstance(missing, Skip) and missing.reason == "missing"
    assert missing.origin == str(tmp_path / "nowhere.txt")
    assert isinstance(good, RawDocument)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("big.txt", BIG.encode(), id="plain"),
        pytest.param("big.txt.gz", gzip.compress(BIG.encode()), id="gzip-counted-decompressed"),
    ],
)
def test_file_over_max_bytes_is_skipped(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    item = only(read(tmp_path / name, options=Options(max_bytes=1000)))
    assert isinstance(item, Skip) and item.reason == "too large"
    assert "--max-bytes" in item.detail


def test_json_line_over_max_bytes_is_skipped() -> None:
    rows: list[object] = [{"text": BIG}, {"text": STORY}]
    big, small = read("-", stdin=_jsonl(rows), options=Options(max_bytes=1000))
    assert isinstance(big, Skip) and (big.origin, big.reason) == ("stdin:1", "too large")
    assert isinstance(small, RawDocument)


WARC_RECORDS = [
    ("request", "https://news.example.org/summit", b"", ""),
    ("response", "https://news.example.org/summit", PAGE.encode(), "text/html; charset=utf-8"),
    ("response", "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
    ("response", "https://news.example.org/gone", b"<p>not here</p>", "text/html"),
    ("response", "https://news.example.org/wire.txt", STORY.encode("latin-1"), "text/plain; charset=latin-1"),
]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_gives_one_document_per_response_record(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path, WARC_RECORDS)
    page, image, gone, wire = read(path)
    assert isinstance(page, RawDocument) and page.url == "https://news.example.org/summit"
    assert page.html == PAGE and page.origin == f"{path}#2"
    assert isinstance(image, Skip) and image.reason == "not text"
    assert isinstance(gone, Skip) and gone.reason == "http 404"
    assert isinstance(wire, RawDocument) and wire.text == STORY


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_truncated_warc_keeps_earlier_records(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    records = [
        ("response", f"https://example.org/{i}", (STORY * 20).encode(), "text/html") for i in range(20)
    ]
    write_warc(path, records)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    items = read(path)
    assert 0 < sum(isinstance(i, RawDocument) for i in items) < 20
    assert isinstance(items[-1], Skip) and items[-1].reason == "broken warc"
