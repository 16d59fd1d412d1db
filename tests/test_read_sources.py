"""Stage 1 dispatch: what the walk of folders and standard input report instead of losing silently."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from eventwatch.read import read_inputs
from eventwatch.records import RawDocument, Skip
from eventwatch.settings import Options

STORY = "Border guards of both states reopened the crossing after talks on Friday."


def test_an_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(STORY)
    real = os.scandir

    def scandir(path: str | os.PathLike[str] = "."):  # as chmod 000 does for anyone but root
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_inputs([str(tmp_path)], Options()))
    skips = [i for i in items if isinstance(i, Skip)]
    assert [(s.origin, s.reason, s.detail) for s in skips] == [
        (str(locked), "unreadable", "Permission denied")
    ]
    assert [i.origin for i in items if isinstance(i, RawDocument)] == [str(tmp_path / "a.txt")]


def test_closed_stdin_is_a_missing_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    (item,) = read_inputs(["-"], Options())
    assert isinstance(item, Skip) and item.reason == "missing" and "standard input is closed" in item.detail


FEED_WITH_DTD = """<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY desk "the wire desk">
]>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Aid</title><description>Kenya sent aid to Somalia, said &desk;.</description></item>
<item><title>Talks</title><description>Uganda and Kenya held talks in Nairobi.</description></item>
</channel></rss>
"""


def test_a_named_xml_feed_with_an_internal_dtd_is_read_as_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "wire.xml"
    path.write_text(FEED_WITH_DTD)
    items = list(read_inputs([str(path)], Options()))
    assert [i.origin for i in items] == [f"{path}#item 1", f"{path}#item 2"]
    first = items[0]
    assert isinstance(first, RawDocument) and first.text == "Kenya sent aid to Somalia, said the wire desk."


def test_a_malformed_warc_record_is_named_plainly(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nhello\r\n\r\n")
    (item,) = read_inputs([str(path)], Options())
    assert isinstance(item, Skip) and item.reason == "broken warc"
    assert item.detail == "cannot read past record 0: a malformed or cut record header"


def test_a_warc_record_with_a_wrong_length_is_read_without_printing(tmp_path: Path, capfd) -> None:
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n" + STORY.encode()
    head = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n"
    record = head + b"Content-Length: %d\r\n\r\n" % (len(page) - 5) + page + b"\r\n\r\n"
    path = tmp_path / "short.warc"
    path.write_bytes(record + record)
    list(read_inputs([str(path)], Options()))
    assert capfd.readouterr().err == ""
