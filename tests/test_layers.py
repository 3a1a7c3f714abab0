"""Only vonapp.ui may import Qt widgets (import-linter cannot name an external subpackage)."""

from __future__ import annotations

import ast
from pathlib import Path

import vonapp

ROOT = Path(vonapp.__file__).parent


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_only_ui_imports_qt_widgets() -> None:
    offenders = []
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT)
        if rel.parts[0] == "ui":
            continue
        if any(n.startswith(("PySide6.QtWidgets", "pyqtgraph")) for n in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_lower_layers_do_not_import_the_demo_and_migrations() -> None:
    # Code imports db/ as vonapp.db, which import-linter (scanning db/ as the root "db") cannot
    # follow: domain and store must stay below it.
    offenders = []
    for layer in ("domain", "store"):
        for path in (ROOT / layer).rglob("*.py"):
            if any(n == "vonapp.db" or n.startswith("vonapp.db.") for n in _imports(path)):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
