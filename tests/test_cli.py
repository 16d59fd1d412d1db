"""The command line: every command, its help, exit codes and output formats."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from eventwatch import cli
from eventwatch.records import Actor, Document, Event, EventDate, Place, Sentence
from eventwatch.settings import SETTINGS, Options
from eventwatch.store import Store, Stored
from eventwatch.toolkit import Toolkit

runner = CliRunner()
STORY = "NAIROBI, May 2 - Kenya's foreign minister met his Somali counterpart for talks on Friday."


def _command_paths(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every leaf command, sub-apps included: ("text",), ("actors", "lookup"), ..."""
    paths: list[tuple[str, ...]] = []
    for name, command in sorted(group.commands.items()):
        if hasattr(command, "commands"):
            paths += _command_paths(command, (*prefix, name))
        else:
            paths.append((*prefix, name))
    return paths


APP: Any = get_command(cli.app)
COMMANDS = _command_paths(APP)


@pytest.fixture(autouse=True)
def shared_kit(kit: Toolkit, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands reuse the session's loaded toolkit when their options only differ in the store path."""

    def toolkit(options: Options) -> Toolkit:
        same = replace(options, db=kit.options.db) == kit.options
        return kit if same else Toolkit(options)

    monkeypatch.setattr(cli, "Toolkit", toolkit)


def invoke(*args: str, stdin: str | None = None):
    return runner.invoke(cli.app, list(args), input=stdin)


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_has_help_with_an_example(command: tuple[str, ...]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "Example: eventwatch " + " ".join(command) in text


def test_every_setting_is_a_flag_of_some_command() -> None:
    flags = {opt for c in APP.commands.values() for p in c.params for opt in p.opts}
    for setting in SETTINGS:
        assert cli._flag(setting) in flags, setting.name


def test_text_prints_one_contract_line_per_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    result = invoke("text", str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout)
    assert {"id", "url", "title", "text", "date", "author", "source", "language", "quality"} <= set(line)
    assert "Somali counterpart" in line["text"]


def test_stdin_json_lines_and_csv_output() -> None:
    rows = "\n".join(json.dumps({"id": f"d{i}", "text": STORY}) for i in range(2))
    result = invoke("text", "-", "--format", "csv", stdin=rows)
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in table] == ["d0", "d1"]


def test_missing_input_exits_2_after_processing_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY)
    result = invoke("text", str(tmp_path / "gone.txt"), str(tmp_path / "good.txt"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'gone.txt'}: skipped (missing)" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_bad_documents_are_reported_and_the_run_succeeds(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text(STORY)
    result = invoke("text", str(tmp_path))
    assert result.exit_code == 0
    assert result.stderr.strip() == f"{tmp_path / 'empty.txt'}: skipped (empty): the file is 0 bytes"
    assert len(result.stdout.splitlines()) == 1


def test_a_bad_setting_in_the_environment_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["text", "-"], input="", env={"EVENTWATCH_MAX_BYTES": "lots"})
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1


def test_max_bytes_flag_reaches_the_reader(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    result = invoke("text", str(tmp_path / "a.txt"), "--max-bytes", "10")
    assert result.exit_code == 0 and result.stdout == ""
    assert "skipped (too large)" in result.stderr


def test_places_prints_one_line_per_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    result = invoke("places", str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout)
    assert set(line) == {"id", "places"} and isinstance(line["places"], list)


def test_ingest_summary_then_nothing_new(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(STORY)
    (tmp_path / "news" / "b.txt").write_text(STORY.replace("Friday", "Saturday"))
    (tmp_path / "news" / "c.txt").write_bytes(b"\x00\x01binary")
    db = str(tmp_path / "s.db")
    first = json.loads(invoke("ingest", str(tmp_path / "news"), "--db", db).stdout)
    second = json.loads(invoke("ingest", str(tmp_path / "news"), "--db", db).stdout)
    assert (first["read"], first["stored"], first["skipped"]) == (3, 2, {"binary": 1})
    assert (second["stored"], second["already"], second["events"]) == (0, 2, 0)


def test_ingest_reads_the_store_path_from_the_environment(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    db = tmp_path / "env.db"
    result = runner.invoke(cli.app, ["ingest", str(tmp_path / "a.txt")], env={"EVENTWATCH_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["db"] == str(db) and db.exists()


@pytest.mark.parametrize(
    "where",
    [
        pytest.param("missing-folder/s.db", id="folder-does-not-exist"),
        pytest.param("a-file/s.db", id="parent-is-a-file"),
        pytest.param(".", id="path-is-a-folder"),
    ],
)
def test_unwritable_store_exits_1_with_one_line_and_writes_nothing(tmp_path: Path, where: str) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "in.txt").write_text(STORY)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = invoke("ingest", str(tmp_path / "in.txt"), "--db", str(tmp_path / where))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "hint:" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _stored_events(db: Path) -> None:
    """A store with two coded events, written directly (the event coder is tested elsewhere)."""
    text = "Lithuania expelled two Belarusian diplomats. Belarus threatened to respond."
    first, second = Sentence(0, 0, 44, text[:44]), Sentence(1, 45, len(text), text[45:])
    ltu = Actor("Lithuania", "Lithuania", "LTU", "LTU", "state", "GOV")
    blr = Actor("Belarus", "Belarus", "BLR", "BLR", "state", "GOV")
    vilnius = Place("Vilnius", "Vilnius", "LTU", 54.69, 25.28, "city", geonames_id=593116)
    doc = Document(
        id="ltu-1", origin="x", text=text, date="2025-04-02", url="https://example.org/ltu", content_hash="h1"
    )
    doc.events = [
        Event(
            "SANCTION",
            "expelled",
            first,
            ltu,
            blr,
            cameo="1711",
            quad_class=4,
            goldstein=-7.0,
            location=vilnius,
            date=EventDate("2025-04-02", "on Wednesday"),
        ),
        Event(
            "THREATEN",
            "threatened",
            second,
            blr,
            ltu,
            cameo="130",
            quad_class=3,
            goldstein=-4.4,
            status="planned",
        ),
    ]
    with Store.open(db) as store:
        store.save([Stored(doc, "raw-1")])


@pytest.mark.parametrize(
    ("flags", "types"),
    [
        pytest.param([], ["SANCTION", "THREATEN"], id="all"),
        pytest.param(["--actor", "BLR"], ["THREATEN"], id="actor"),
        pytest.param(["--recipient", "BLR"], ["SANCTION"], id="recipient"),
        pytest.param(["--type", "sanction"], ["SANCTION"], id="type"),
        pytest.param(["--status", "planned"], ["THREATEN"], id="status"),
        pytest.param(["--country", "LTU", "--limit", "1"], ["SANCTION"], id="country-limit"),
        pytest.param(["--since", "2025-05-01"], [], id="since"),
        pytest.param(["--search", "diplomats"], ["SANCTION", "THREATEN"], id="search"),
    ],
)
def test_events_filters(tmp_path: Path, flags: list[str], types: list[str]) -> None:
    _stored_events(tmp_path / "s.db")
    result = invoke("events", "--db", str(tmp_path / "s.db"), *flags)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["event_type"] for line in result.stdout.splitlines()] == types


def test_events_table_format(tmp_path: Path) -> None:
    _stored_events(tmp_path / "s.db")
    result = invoke("events", "--db", str(tmp_path / "s.db"), "--format", "table")
    assert result.exit_code == 0
    assert "SANCTION" in result.stdout and "expelled" in result.stdout and "Vilnius" in result.stdout


def test_events_without_a_store_exits_1(tmp_path: Path) -> None:
    result = invoke("events", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "eventwatch ingest" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_export_gdelt_has_61_columns(tmp_path: Path) -> None:
    _stored_events(tmp_path / "s.db")
    result = invoke("export", "--format", "gdelt", "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [len(r) for r in rows] == [61, 61]
    assert rows[0][26:29] == ["1711", "171", "17"]
    added = rows[0][59]  # DATEADDED: when the store got the article (now), not the article's date
    assert len(added) == 14 and added[:4] >= "2026" and rows[0][1] == "20250402"


def test_export_gdelt_mentions_share_the_event_ids(tmp_path: Path) -> None:
    _stored_events(tmp_path / "s.db")
    events = invoke("export", "--format", "gdelt", "--db", str(tmp_path / "s.db")).stdout.splitlines()
    result = invoke("export", "--format", "gdelt-mentions", "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0, result.output
    mentions = [line.split("\t") for line in result.stdout.splitlines()]
    assert [len(m) for m in mentions] == [16, 16]
    assert [m[0] for m in mentions] == [e.split("\t")[0] for e in events]
    assert [m[12] for m in mentions] == ["75", "75"]  # MentionDocLen: the article's length


def test_export_csv_and_jsonl_to_files(tmp_path: Path) -> None:
    _stored_events(tmp_path / "s.db")
    for fmt in ("csv", "jsonl"):
        out = tmp_path / f"events.{fmt}"
        result = invoke("export", "--format", fmt, "--out", str(out), "--db", str(tmp_path / "s.db"))
        assert result.exit_code == 0 and "2 events exported" in result.stderr
    assert [r["actor.code"] for r in csv.DictReader((tmp_path / "events.csv").open())] == ["LTU", "BLR"]
    lines = [json.loads(x) for x in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert [x["trigger"] for x in lines] == ["expelled", "threatened"]


def test_export_parquet(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    _stored_events(tmp_path / "s.db")
    out = tmp_path / "events.parquet"
    result = invoke("export", "--format", "parquet", "--out", str(out), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.column("event_type").to_pylist() == ["SANCTION", "THREATEN"]
    assert [p and p["lat"] for p in table.column("location").to_pylist()] == [54.69, None]


def test_export_parquet_needs_out(tmp_path: Path) -> None:
    _stored_events(tmp_path / "s.db")
    result = invoke("export", "--format", "parquet", "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 2


def test_demo_ingests_the_sample_corpus(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = invoke("demo", "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stderr)
    assert summary["read"] >= 12 and summary["skipped"] == {}
    assert len(result.stdout.splitlines()) == summary["events"] > 0
    with Store.open(db) as store:
        assert store.counts()["documents"] == summary["stored"] == summary["read"]


def test_invalid_utf8_is_read_with_a_note_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(STORY.encode() + b" Caf\xe9 talks.")
    result = invoke("text", str(tmp_path / "latin.txt"))
    assert result.exit_code == 0
    assert result.stderr.startswith(f"{tmp_path / 'latin.txt'}: note: invalid UTF-8")
    assert "Caf\ufffd talks" in json.loads(result.stdout)["text"]


def test_ingest_reports_skips_on_stderr_once(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = invoke("ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"{tmp_path / 'empty.txt'}: skipped (empty): the file is 0 bytes"]


def test_events_prints_the_same_lines_as_extract(tmp_path: Path) -> None:
    from importlib import resources

    sample = Path(str(resources.files("eventwatch").joinpath("sample", "articles")))
    inputs = [str(p) for p in sorted(sample.iterdir())[:4]]
    extracted = invoke("extract", *inputs, "--format", "jsonl")
    assert extracted.exit_code == 0, extracted.output
    assert extracted.stdout, "the sample articles should give events"
    assert invoke("ingest", *inputs, "--db", str(tmp_path / "s.db")).exit_code == 0
    stored = invoke("events", "--db", str(tmp_path / "s.db"), "--format", "jsonl")
    assert [json.loads(x) for x in stored.stdout.splitlines()] == [
        json.loads(x) for x in extracted.stdout.splitlines()
    ]


@pytest.mark.parametrize(
    ("flags", "triggers"),
    [
        pytest.param([], ["expelled", "threatened"], id="everything"),
        pytest.param(["--type", "THREATEN"], ["threatened"], id="type"),
        pytest.param(["--actor", "LTU", "--status", "occurred"], ["expelled"], id="actor-and-status"),
    ],
)
def test_export_takes_the_event_filters(tmp_path: Path, flags: list[str], triggers: list[str]) -> None:
    _stored_events(tmp_path / "s.db")
    result = invoke("export", "--format", "jsonl", "--db", str(tmp_path / "s.db"), *flags)
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["trigger"] for x in result.stdout.splitlines()] == triggers


GERMAN = (
    "Die Regierung hat am Montag neue Gespräche mit den Nachbarländern angekündigt. "
    "Die Minister wollen sich nächste Woche in der Hauptstadt treffen, um über die Grenze zu sprechen."
)


def test_text_extracts_any_language_but_extract_needs_english(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(GERMAN)
    result = invoke("text", str(tmp_path / "de.txt"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "de"
    asked = invoke("text", "--english-only", str(tmp_path / "de.txt"))
    assert asked.stdout == "" and "language: de" in asked.stderr
    coded = invoke("extract", str(tmp_path / "de.txt"))
    assert coded.exit_code == 0 and coded.stdout == "" and "language: de" in coded.stderr
