"""No module of vonapp imports, directly or round about, a module that imports it (type-checking imports count)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import vonapp

ROOT = Path(vonapp.__file__).parent
# A package's own submodules reading names through the package (io.imports' kinds) is outside this rule,
# as is the models convention (models.py imports each models_<area>.py at its bottom to complete Base).
PACKAGES_ALLOWED = {"vonapp.io.imports"}


KNOWN: list[set[str]] = []  # none: every cycle found is a failure


def _allowed(cycle: list[str]) -> bool:
    if all(m == "vonapp.store.models" or m.startswith("vonapp.store.models_") for m in cycle):
        return True
    if set(cycle) in KNOWN:
        return True
    return any(m == p or m.startswith(p + ".") for p in PACKAGES_ALLOWED for m in cycle)


def _graph() -> dict[str, set[str]]:
    modules = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    edges: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            else:
                continue
            edges[name] |= {t for t in targets if t in modules and t != name}
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in list(edges):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles() -> None:
    cycles = [c for c in _cycles(_graph()) if not _allowed(c)]
    assert cycles == []
