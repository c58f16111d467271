"""The package is three rooms along the flow of data: `read` -> `engine` -> `lint`, and `serve`
(the web page and API) beside `lint`, at the same end of the flow.

Every import in the package, at module level, inside a function or for type checking alone,
points down that flow, and no module imports, however indirectly, a module that imports it.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "numcheck"
ORDER = {"read": 0, "engine": 1, "lint": 2, "serve": 2}


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("numcheck"):
                targets.add(node.module)
                targets.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.startswith("numcheck"))
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def _room(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in ORDER else None


def test_no_module_imports_up_the_flow():
    upward = [
        f"{name} imports {target}"
        for name, targets in _imports().items()
        for target in targets
        if _room(name) and _room(target) and ORDER[_room(target)] > ORDER[_room(name)]
    ]
    assert upward == []


def test_no_import_cycle():
    graph = _imports()
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*trail[trail.index(target) :], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


@pytest.mark.parametrize("room", sorted(ORDER))
def test_each_room_says_what_it_owns(room):
    doc = importlib.import_module(f"numcheck.{room}").__doc__
    assert doc and len(doc.strip().splitlines()) == 2


@pytest.mark.parametrize(
    "old, new",
    [
        ("numcheck.findings", "numcheck.engine.findings"),
        ("numcheck.claims", "numcheck.read.claims"),
        ("numcheck.cli", "numcheck.lint.cli"),
    ],
)
def test_an_earlier_flat_import_path_still_imports_the_module(old, new):
    assert importlib.import_module(old) is importlib.import_module(new)
