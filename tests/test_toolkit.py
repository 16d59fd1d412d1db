"""The toolkit holds every loaded resource of a run: loaded once, before workers fork, nowhere else."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from eventwatch.article import extract_article, phrasing
from eventwatch.records import Document, RawDocument, Skip
from eventwatch.settings import Options
from eventwatch.toolkit import Toolkit

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwatch"
ENGLISH = "The harbour authority closed three ports on Friday as the storm reached the coast."
GERMAN = "Die Hafenbehörde hat am Freitag drei Häfen geschlossen, als der Sturm die Küste erreichte."

# What the pipeline runs (its stages, in worker processes) and what loads for it. Adapters
# (output/, store/, cli, serve/, distributed, spark) run in the calling process and load
# their own tables there.
PIPELINE = ("read", "article", "nlp", "actors", "places", "events", "dates", "pipeline.py", "toolkit.py")
# Memos of pure functions of their arguments (no file, no model): they load nothing.
PURE_MEMOS = {("places/names.py", "fold"), ("article/lines.py", "shape")}


def cached_functions(parts: tuple[str, ...]) -> set[tuple[str, str]]:
    """(module path, function) for each function decorated with functools' cache or lru_cache."""
    found = set()
    paths = [
        p
        for part in parts
        for p in ([PACKAGE / part] if part.endswith(".py") else (PACKAGE / part).rglob("*.py"))
    ]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = {ast.unparse(d).split("(")[0].rsplit(".", 1)[-1] for d in node.decorator_list}
                if names & {"cache", "lru_cache"}:
                    found.add((path.relative_to(PACKAGE).as_posix(), node.name))
    return found


def test_no_module_cache_of_the_pipeline_holds_loaded_knowledge() -> None:
    assert cached_functions(PIPELINE) - PURE_MEMOS == set()


def test_the_cache_finder_sees_decorated_functions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "stage").mkdir()
    (tmp_path / "stage" / "words.py").write_text(
        "import functools\nfrom functools import cache\n\n@functools.lru_cache(maxsize=2)\ndef a(): ...\n"
        "@cache\ndef b(): ...\ndef c(): ...\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    assert cached_functions(("stage",)) == {("stage/words.py", "a"), ("stage/words.py", "b")}


def test_warm_loads_what_the_stages_use_before_workers_fork(kit: Toolkit) -> None:
    kit.warm()
    loaded = set(vars(kit))
    assert {"actors", "gazetteer", "lexicon", "phrasing", "date_grammar", "nlp", "attribute_memo"} <= loaded


def test_the_phrasing_loads_once_per_toolkit(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = phrasing.load_phrasing
    monkeypatch.setattr(phrasing, "load_phrasing", lambda d=(): calls.append(d) or real(d))
    kit = Toolkit(Options())
    for n in range(3):
        assert isinstance(extract_article(RawDocument(id=str(n), origin="t", text=ENGLISH), kit), Document)
    assert calls == [()]


def test_the_language_model_loads_only_for_a_text_that_needs_it() -> None:
    kit = Toolkit(Options())
    assert isinstance(extract_article(RawDocument(id="en", origin="t", text=ENGLISH), kit), Document)
    assert "language_model" not in vars(kit)
    skip = extract_article(RawDocument(id="de", origin="t", text=GERMAN), kit)
    assert isinstance(skip, Skip) and skip.reason == "language: de"
    assert "language_model" in vars(kit)


def test_another_toolkit_with_the_same_dictionaries_shares_what_is_loaded(kit: Toolkit) -> None:
    kit.warm()
    other = kit.with_options(Options(workers=1, min_confidence=0.5))
    assert other.phrasing is kit.phrasing and other.date_grammar is kit.date_grammar and other.nlp is kit.nlp
