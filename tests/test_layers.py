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
