"""The README's "Python API" examples run, and print what the README says they print."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest

from eventwatch.toolkit import Toolkit

README = Path(__file__).resolve().parents[1] / "README.md"


def section(title: str) -> str:
    """The text of one `## title` section of the README."""
    text = README.read_text(encoding="utf-8")
    found = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", text, re.S | re.M)
    assert found, f"README has no section {title!r}"
    return found.group(1)


def python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)


def test_the_python_api_section_has_examples() -> None:
    blocks = python_blocks(section("Python API"))
    assert len(blocks) >= 3
    assert all(">>> " in block for block in blocks)


def test_the_python_api_examples_run(kit: Toolkit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the examples write a store in the working folder
    for name in [n for n in os.environ if n.startswith("EVENTWATCH_")]:
        monkeypatch.delenv(name)  # `code` reads its settings from the environment
    parser, globs = doctest.DocTestParser(), {}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for number, block in enumerate(python_blocks(section("Python API")), 1):
        test = parser.get_doctest(block, globs, f"README Python API block {number}", str(README), 0)
        runner.run(test, out=lambda text: pytest.fail(text, pytrace=False), clear_globs=False)
        globs = test.globs  # later blocks use what earlier ones made
    assert runner.summarize(verbose=False).attempted >= 10
