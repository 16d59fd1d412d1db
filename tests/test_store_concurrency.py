"""Two `eventwatch ingest` processes on one new store at once end with the store one run would make."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from test_store_ingest import _snapshot, make_corpus

from eventwatch.read import read_inputs
from eventwatch.store import Store, ingest
from eventwatch.toolkit import Toolkit


def _ingest(inputs: list[Path], db: Path) -> list[str]:
    command = [sys.executable, "-m", "eventwatch.cli", "ingest", *map(str, inputs)]
    return [*command, "--db", str(db), "--workers", "1"]


def _stored(db: Path) -> dict[str, list[tuple]]:
    """The store's content; a document's origin by file name (either run may have stored it first)."""
    snapshot = _snapshot(db)
    snapshot["documents"] = sorted((*d[:2], Path(d[2]).name, *d[3:]) for d in snapshot["documents"])
    return snapshot


def test_two_concurrent_ingests_on_one_store_equal_one_run(tmp_path: Path, kit: Toolkit) -> None:
    """Heavy (two processes load the model): the one integration test of concurrent writers."""
    corpus = make_corpus(tmp_path / "news", 24)
    first, second = tmp_path / "first", tmp_path / "second"  # overlapping halves: stories 0-15 and 8-23
    for folder, numbers in ((first, range(16)), (second, range(8, 24))):
        folder.mkdir()
        for n in numbers:
            shutil.copy(corpus / f"story-{n:04d}.txt", folder)
    clean, shared = tmp_path / "clean.db", tmp_path / "shared.db"
    with Store.open(clean) as store:  # the same ingest in this process, one after the other
        ingest(read_inputs([str(first), str(second)], kit.options), kit, store)
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    runs = [subprocess.Popen(_ingest([folder], shared), **pipes) for folder in (first, second)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err.decode()
    assert _stored(shared) == _stored(clean)
