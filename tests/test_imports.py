"""The package's import graph has no cycle: every import that runs counts, deferred ones too.

A cycle hidden behind a function-level import is still two modules that cannot be understood
(or split) one without the other. Imports under `if TYPE_CHECKING:` never run and name types
only, so they are left out. Importing `a.b` also runs `a/__init__`, but that edge is Python's,
not the code's, and is not counted either.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwatch"


def module_names(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package under `root`."""
    names = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def imported(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules that `name` imports anywhere in its file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in _running(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in modules}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.add(target if target in modules else base)
    return (found & modules.keys()) - {name}


def _running(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of the tree except those under `if TYPE_CHECKING:`."""
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
            yield from (node for orelse in child.orelse for node in [orelse, *_running(orelse)])
            continue
        yield child
        yield from _running(child)


def import_graph(root: Path) -> dict[str, set[str]]:
    modules = module_names(root)
    return {name: imported(name, path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path that ends where it starts, or None."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str] | None:
        path.append(node)
        on_path.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt in on_path:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in done and (cycle := visit(nxt)):
                return cycle
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    for start in sorted(graph):
        if start not in done and (cycle := visit(start)):
            return cycle
    return None


def test_the_package_has_no_import_cycle() -> None:
    cycle = find_cycle(import_graph(PACKAGE))
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_graph_sees_deferred_imports_and_not_type_only_ones() -> None:
    graph = import_graph(PACKAGE)
    assert "eventwatch.actors.resolve" in graph["eventwatch.toolkit"]  # inside a method
    assert "eventwatch.actors.knowledge" in graph["eventwatch.actors.kb"]
    assert "eventwatch.actors.knowledge" not in graph["eventwatch.actors.match"]  # TYPE_CHECKING only


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        pytest.param({"a": {"b"}, "b": {"c"}, "c": set()}, None, id="chain"),
        pytest.param({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"], id="three"),
        pytest.param({"a": {"b", "c"}, "b": set(), "c": {"c2"}, "c2": {"c"}}, ["c", "c2", "c"], id="side"),
    ],
)
def test_find_cycle(graph: dict[str, set[str]], expected: list[str] | None) -> None:
    assert find_cycle(graph) == expected


def test_relative_and_from_package_imports_are_resolved(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("from . import left\n")
    (pkg / "sub" / "left.py").write_text("def f():\n    from pkg.sub.right import g\n")
    (pkg / "sub" / "right.py").write_text(
        "from typing import TYPE_CHECKING\nfrom .. import sub\n"
        "if TYPE_CHECKING:\n    from pkg.sub import left\n"
    )
    graph = import_graph(pkg)
    assert graph["pkg.sub"] == {"pkg.sub.left"}
    assert graph["pkg.sub.left"] == {"pkg.sub.right"}
    assert graph["pkg.sub.right"] == {"pkg.sub"}
    assert find_cycle(graph) == ["pkg.sub", "pkg.sub.left", "pkg.sub.right", "pkg.sub"]
