"""Shared test set-up: Qt offscreen, a fresh database file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vonapp.store.database import Database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "vonapp.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """An empty, migrated database in its own temporary folder."""
    db = open_database(db_path)
    try:
        yield db
    finally:
        db.close()
