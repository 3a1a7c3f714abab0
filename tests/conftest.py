"""Shared test set-up: Qt offscreen, a fresh database file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VONAPP_LANGUAGE", "sv")  # the window as written, whatever the machine's locale

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


# --- Demo data fixtures (vonapp.db.demo): built once per session, copied per test. ---

@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The unit-scale demo database, built once and closed (WAL checkpointed); do not modify it."""
    from vonapp.db.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    try:
        build_demo(db, scale="unit")
    finally:
        db.close()
    return path


@pytest.fixture
def demo_path(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database in the test's folder (closed, not locked)."""
    import shutil

    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, target)
    return target


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    """The copied demo database, opened; closed after the test."""
    db = open_database(demo_path)
    try:
        yield db
    finally:
        db.close()


# --- One QApplication for the whole run (added by the UI shell helper). ---

@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):  # noqa: ANN001, ANN202 - pytest-qt's session QApplication
    """Made first, so the PDF export finds it instead of making a bare QGuiApplication that widgets cannot use."""
    return qapp


# --- SQLite and PostgreSQL: the `backend` fixture (tests/backends.py) runs a test on both. ---

from tests.backends import backend, pg_server  # noqa: E402, F401
