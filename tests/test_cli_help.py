"""Help reads at 80 columns: nothing cut, defaults shown as the command applies them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from eventwatch import cli

runner = CliRunner()
APP: Any = get_command(cli.app)
COMMANDS = sorted(name for name, command in APP.commands.items() if not hasattr(command, "commands"))


@pytest.mark.parametrize("command", COMMANDS)
def test_help_fits_80_columns_without_cutting_words(command: str) -> None:
    result = runner.invoke(cli.app, [command, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), [line for line in lines if len(line) > 80]
    assert "…" not in result.stdout and "list[str]>" not in result.stdout.split("Options:")[-1]
    known = {s.env for s in cli.SETTINGS if s.env} | {"EVENTWATCH_TOKEN"}  # serve's token: environment only
    assert set(re.findall(r"EVENTWATCH_[A-Z_]*", result.stdout)) <= known  # variable names appear whole


def test_defaults_are_shown_as_the_command_applies_them() -> None:
    def english_default(command: str) -> str:
        text = " ".join(runner.invoke(cli.app, [command, "--help"], env={"COLUMNS": "80"}).stdout.split())
        return text.split("Skip documents not detected as English. (default: ")[1].split(")")[0]

    assert english_default("text") == "off" and english_default("extract") == "on"
