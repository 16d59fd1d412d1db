"""`eventwatch validate`: each user dictionary file's kind, and its problems with file and line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from eventwatch.cli import app
from eventwatch.dictionaries import check

TRIGGERS_OK = "triggers:\n  - {type: COERCE, cameo: '173', verbs: [round up], recipient: [obj]}\n"
TRIGGERS_BAD = (
    "triggers:\n  - {type: COERCE, verbs: [round up]}\n  - {type: NOT_A_TYPE, cameo: '173', verbs: [nab]}\n"
)
PLACES_OK = "places:\n  - {name: Upper Valley, feature: region, lat: 40.1, lon: 70.9, country: KGZ}\n"
PLACES_BAD = (
    "places:\n  - {name: Upper Valley, feature: region, lat: 40.1, lon: 70.9}\n  - {name: X, colour: red}\n"
)
ACTORS_BAD = (
    "name\taliases\tcode\trole\tstart\tend\n"
    "Jane Doe\tJ. Doe\tKEN\tforeign minister\t2025-01-10\t\n"
    "Ann Roe\t\tXYZ\tpresident\t2020-01-01\t\n"
)


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_a_good_trigger_file_is_ok(tmp_path: Path) -> None:
    result = check(write(tmp_path, "t.yaml", TRIGGERS_OK))
    assert result.kinds == ("triggers",) and result.problems == []


def test_a_bad_trigger_file_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "t.yaml", TRIGGERS_BAD)
    (problem,) = check(path).problems
    assert problem.startswith(f"{path}:2:") and "cameo" in problem


def test_places_files_are_told_from_trigger_files(tmp_path: Path) -> None:
    assert check(write(tmp_path, "p.yaml", PLACES_OK)).kinds == ("places",)
    path = write(tmp_path, "p2.yaml", PLACES_BAD)
    (problem,) = check(path).problems
    assert problem.startswith(f"{path}:3:") and "colour" in problem


def test_actor_files_report_every_problem_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a.tsv", ACTORS_BAD)
    result = check(path)
    assert result.kinds == ("actors",)
    assert [p.split(": ")[0] for p in result.problems] == [f"{path}:3"]


def test_a_file_of_no_known_kind_is_a_problem(tmp_path: Path) -> None:
    result = check(write(tmp_path, "notes.yaml", "title: my notes\n"))
    assert result.kinds == () and "not a dictionary file" in result.problems[0]
    broken = write(tmp_path, "broken.yaml", "triggers: [\n")
    (problem,) = check(broken).problems
    assert problem.startswith(f"{broken}:") and "not valid YAML" in problem


def test_cli_exit_codes(tmp_path: Path) -> None:
    good, bad = write(tmp_path, "t.yaml", TRIGGERS_OK), write(tmp_path, "a.tsv", ACTORS_BAD)
    ok = CliRunner().invoke(app, ["validate", str(good)])
    assert ok.exit_code == 0 and "ok (triggers)" in ok.output
    failed = CliRunner().invoke(app, ["validate", str(good), str(bad)])
    assert failed.exit_code == 1 and f"{bad}:3" in failed.output
    assert CliRunner().invoke(app, ["validate", str(tmp_path / "none.yaml")]).exit_code == 2


def test_boilerplate_files_are_checked(tmp_path: Path) -> None:
    good = write(tmp_path, "b.yaml", "boilerplate:\n  lines:\n    - 'tip us off\\b'\n")
    assert check(good).kinds == ("boilerplate",) and check(good).problems == []
    bad = write(tmp_path, "b2.yaml", "boilerplate:\n  lines:\n    - '(unclosed'\n")
    (problem,) = check(bad).problems
    assert problem.startswith(f"{bad}:3:") and "bad pattern" in problem
