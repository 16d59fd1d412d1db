"""The one list of settings: every setting is documented, and options build defaults <- env <- flags."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwatch.cli import _flag
from eventwatch.settings import SETTINGS, Options

README = Path(__file__).resolve().parents[1] / "README.md"


def _settings_table() -> list[str]:
    text = README.read_text()
    section = text[text.index("### Settings") :]
    return section[: section.index("\n## ")].splitlines()


@pytest.mark.parametrize("setting", SETTINGS, ids=[s.name for s in SETTINGS])
def test_every_setting_is_in_the_readme(setting) -> None:
    row = next((line for line in _settings_table() if line.startswith(f"| `{_flag(setting)}")), "")
    assert row, f"README settings table has no row for {_flag(setting)}"
    assert setting.help in row
    if setting.env:
        assert f"`{setting.env}`" in row


def test_every_option_field_is_a_setting() -> None:
    assert [s.name for s in SETTINGS] == list(Options.__dataclass_fields__)
    defaults = Options()
    for s in SETTINGS:
        assert getattr(defaults, s.name) == s.default, s.name


@pytest.mark.parametrize(
    ("env", "field", "value"),
    [
        pytest.param({"EVENTWATCH_MAX_BYTES": "1000"}, "max_bytes", 1000, id="int"),
        pytest.param({"EVENTWATCH_DB": "/tmp/x.db"}, "db", "/tmp/x.db", id="str"),
        pytest.param(
            {"EVENTWATCH_DICTIONARIES": f"a.yaml{os.pathsep}b.tsv"},
            "dictionaries",
            ("a.yaml", "b.tsv"),
            id="path-list",
        ),
    ],
)
def test_environment_overrides_defaults(
    monkeypatch: pytest.MonkeyPatch, env: dict, field: str, value
) -> None:
    for key, raw in env.items():
        monkeypatch.setenv(key, raw)
    assert getattr(Options.from_env(), field) == value


def test_flags_override_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWATCH_MAX_BYTES", "1000")
    assert Options.from_env(max_bytes=5).max_bytes == 5
    assert Options.from_env(max_bytes=None).max_bytes == 1000


def test_unknown_setting_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown settings: colour"):
        Options.from_env(colour="blue")
