"""Shared fixtures: the loaded toolkit (spaCy, knowledge bases) once per session, a temp store."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.api import shared_toolkit
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def kit() -> Toolkit:
    # one process: tests that need workers ask for them; the public API's pipelines share it. No
    # confidence floor: the tests check what the coder finds; the gates check what `extract` prints
    return shared_toolkit(Options(workers=1, min_confidence=0.0))


@pytest.fixture(scope="session")
def nlp(kit: Toolkit):
    return kit.nlp


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.db"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
