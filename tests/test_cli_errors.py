"""Every bad flag, setting, filter value and store fault ends in one line with a hint, never a traceback."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwatch import cli
from eventwatch.records import Document, Event, Sentence
from eventwatch.settings import Options
from eventwatch.store import Store, Stored
from eventwatch.toolkit import Toolkit

runner = CliRunner()


@pytest.fixture(autouse=True)
def shared_kit(kit: Toolkit, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands reuse the session's loaded toolkit when their options only differ in the store path."""

    def toolkit(options: Options) -> Toolkit:
        return kit if replace(options, db=kit.options.db) == kit.options else Toolkit(options)

    monkeypatch.setattr(cli, "Toolkit", toolkit)


STORY = "NAIROBI, May 2 - Kenya's foreign minister met his Somali counterpart for talks on Friday."


def _one_line_error(result, code: int = 2) -> str:
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # no exception escaped the CLI
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "hint:" in lines[0], result.stderr
    return lines[0]


MAX_BYTES, WORKERS, TIMEOUT = "$EVENTWATCH_MAX_BYTES", "$EVENTWATCH_WORKERS", "$EVENTWATCH_DOC_TIMEOUT"
CONFIDENCE = "$EVENTWATCH_MIN_CONFIDENCE"
BAD_SETTINGS = {  # id: (flags, environment, what the error line says)
    "max-bytes-negative": (["--max-bytes", "-5"], {}, f"--max-bytes (or {MAX_BYTES}) must be more than 0"),
    "max-bytes-zero": (["--max-bytes", "0"], {}, "must be more than 0, not 0"),
    "workers-flag": (["--workers", "-3"], {}, f"--workers (or {WORKERS}) must be at least 0"),
    "workers-env": ([], {"EVENTWATCH_WORKERS": "-3"}, "must be at least 0, not -3"),
    "confidence-over-1": (
        ["--min-confidence", "2"],
        {},
        f"--min-confidence (or {CONFIDENCE}) must be at most 1",
    ),
    "confidence-negative": (["--min-confidence", "-0.1"], {}, "must be at least 0"),
    "batch-size": (["--batch-size", "0"], {}, "--batch-size must be more than 0"),
    "timeout": (["--doc-timeout", "-1"], {}, f"--doc-timeout (or {TIMEOUT}) must be at least 0"),
    "env-not-int": ([], {"EVENTWATCH_MAX_BYTES": "abc"}, "EVENTWATCH_MAX_BYTES='abc': not a whole number"),
    "env-not-float": ([], {"EVENTWATCH_DOC_TIMEOUT": "soon"}, "EVENTWATCH_DOC_TIMEOUT='soon': not a number"),
}


@pytest.mark.parametrize(("args", "env", "says"), BAD_SETTINGS.values(), ids=BAD_SETTINGS.keys())
def test_bad_settings_are_usage_errors_naming_flag_and_variable(args, env, says) -> None:
    result = runner.invoke(cli.app, ["extract", "-", *args], input="", env=env)
    assert says in _one_line_error(result)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    text = "Lithuania expelled two Belarusian diplomats."
    doc = Document(id="d", origin="x", text=text, date="2025-04-02", content_hash="h")
    doc.events = [Event("SANCTION", "expelled", Sentence(0, 0, len(text), text))]
    with Store.open(path) as store:
        store.save([Stored(doc, "raw")])
    return path


@pytest.mark.parametrize(
    ("flags", "says"),
    [
        pytest.param(["--since", "2025/01/01"], "since '2025/01/01' is not a date", id="since-slashes"),
        pytest.param(["--since", "abc"], "since 'abc' is not a date", id="since-words"),
        pytest.param(["--until", "2025-13"], "until '2025-13' is not a date", id="until-month-13"),
        pytest.param(["--since", "2025-02-30"], "is not a date", id="since-february-30"),
        pytest.param(["--status", "bogus"], "status 'bogus' is not one of occurred", id="status"),
        pytest.param(["--type", "NOPE"], "type 'NOPE' is not a PLOVER type", id="type"),
        pytest.param(["--search", " "], "search needs at least one word", id="search-blank"),
        pytest.param(["--limit", "-1"], "limit must be 0 or more", id="limit"),
        pytest.param(["--actor", " "], "actor is empty", id="actor-blank"),
    ],
)
@pytest.mark.parametrize("command", ["events", "export"])
def test_bad_filter_values_are_usage_errors(db: Path, command: str, flags: list[str], says: str) -> None:
    result = runner.invoke(cli.app, [command, "--db", str(db), *flags])
    assert says in _one_line_error(result)


def test_good_filter_values_still_answer(db: Path) -> None:
    for flags in (
        ["--since", "2025"],
        ["--since", "2025-04"],
        ["--type", "sanction"],
        ["--status", "OCCURRED"],
    ):
        result = runner.invoke(cli.app, ["events", "--db", str(db), *flags])
        assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1, (flags, result.output)


def test_a_store_that_fills_up_is_one_line_and_keeps_what_was_stored(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "full.db"
    (tmp_path / "a.txt").write_text(STORY)
    assert runner.invoke(cli.app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def small(cls, path, **kw):
        store = real_open(cls, path, **kw)
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
        return store

    monkeypatch.setattr(Store, "open", classmethod(small))
    (tmp_path / "b.txt").write_text(STORY.replace("Friday", "Monday") + " Talks went on. " * 400)
    line = _one_line_error(runner.invoke(cli.app, ["ingest", str(tmp_path / "b.txt"), "--db", str(db)]), 1)
    assert "database or disk is full" in line and "what was stored before is kept" in line
    monkeypatch.undo()
    with Store.open(db) as store:
        assert store.counts()["documents"] == 1


def test_a_store_that_cannot_be_written_is_one_line(tmp_path: Path, monkeypatch) -> None:
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def read_only(cls, path, **kw):  # as a read-only file system does, even for root
        store = real_open(cls, path, **kw)
        store.conn.execute("PRAGMA query_only = ON")
        return store

    monkeypatch.setattr(Store, "open", classmethod(read_only))
    (tmp_path / "a.txt").write_text(STORY)
    line = _one_line_error(
        runner.invoke(cli.app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db")]), 1
    )
    assert "cannot write to the store" in line and "readonly" in line


def test_skips_file_records_every_skipped_input(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY)
    (tmp_path / "empty.txt").write_text("")
    rows = '{"text": 12345}\n{"text": "' + STORY + '", "date": "2025-02-30"}\n'
    (tmp_path / "rows.jsonl").write_text(rows)
    skips = tmp_path / "skips.jsonl"
    args = [str(tmp_path / n) for n in ("good.txt", "empty.txt", "rows.jsonl", "nowhere.txt")]
    result = runner.invoke(cli.app, ["text", *args, "--skips", str(skips)])
    assert result.exit_code == 2  # a missing input
    kept = [json.loads(line) for line in skips.read_text().splitlines()]
    assert [(k["origin"].rsplit("/", 1)[-1], k["reason"]) for k in kept] == [
        ("empty.txt", "empty"),
        ("rows.jsonl:1", "bad field"),
        ("nowhere.txt", "missing"),
    ]
    assert len(result.stdout.splitlines()) == 2  # good.txt and the second row


def test_skips_file_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(
        cli.app, ["text", "-", "--skips", str(tmp_path / "no" / "such" / "skips.jsonl")], input=""
    )
    assert result.exit_code == 2 and "--skips" in result.output and "cannot write" in result.output
