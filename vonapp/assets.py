"""Where the shipped files are: one helper for a source checkout, an installed package and a
PyInstaller bundle (`sys._MEIPASS`).

The project keeps `db/` (migrations, demo builder) and `resources/` (templates, icons,
translations, the manual) at the top level beside `vonapp/`; setuptools installs them as
`vonapp.db` and `vonapp.resources` (see setup.py), and `vonapp/__init__.py` lets a checkout
import them under the same names.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _package_dir(name: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen).joinpath(*name.split("."))
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(name)
    return Path(next(iter(spec.submodule_search_locations)))


def resource(*parts: str) -> Path:
    """A file or folder under resources/, e.g. resource("templates", "tid.csv")."""
    return _package_dir("vonapp.resources").joinpath(*parts)


def migrations_dir() -> Path:
    """The Alembic script folder (db/migrations)."""
    return _package_dir("vonapp.db") / "migrations"
