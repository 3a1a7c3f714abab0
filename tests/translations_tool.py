"""packaging/translations.py for the tests (not a package: loaded by its path)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vonapp_translations_tool", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
