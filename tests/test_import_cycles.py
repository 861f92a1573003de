"""The hand-written modules (`custom/`, installed as `dixa_async.<area>`) import each other
without cycles - counting imports inside functions too, which only hide a cycle from the
interpreter. A cycle means two modules that cannot be understood, tested or moved apart."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

CUSTOM = Path(__file__).resolve().parents[1] / "custom"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(CUSTOM).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["dixa_async", *parts])


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in CUSTOM.rglob("*.py")}


def _imported(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """Every hand-written module `name` imports, anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(max(node.level - 1, 0)):
                base = base.rpartition(".")[0]
            base = (
                f"{base}.{node.module}"
                if node.level and node.module
                else (base if node.level else node.module or "")
            )
            # `from . import _x` names a module; `from .m import f` names m.
            targets = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known]
            targets = targets or [base]
        else:
            continue
        for target in targets:
            if target in known and target != name:
                yield target


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: set(_imported(name, path, known)) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_function_level_and_relative_imports() -> None:
    graph = import_graph()
    # `_fake_server.run` imports the fake's entry point inside the function.
    assert "dixa_async.testing.__main__" in graph["dixa_async.cli._fake_server"]
    # `from . import _bulk, ...` in the command table names modules, not the package.
    assert "dixa_async.cli._bulk" in graph["dixa_async.cli._commands"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_hand_written_modules_import_each_other_without_cycles() -> None:
    found = cycles(import_graph())
    assert found == [], "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)
