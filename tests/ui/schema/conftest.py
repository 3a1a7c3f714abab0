"""The Schema page on the hand-made schedule (tests/store/schema_data.py), on a real worker and undo stack."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from tests.store.schema_data import build
from vonapp.domain.periods import parse_period
from vonapp.store.database import Database
from vonapp.ui.area_page import AreaContext
from vonapp.ui.operations import Worker


class Errors(list):
    def __call__(self, exc: BaseException) -> None:
        self.append(exc)


@pytest.fixture
def small_db(db_path: Path) -> Iterator[Database]:
    db = build(db_path)
    yield db
    db.close()


def make_context(db: Database, errors: Errors) -> AreaContext:
    return AreaContext(worker=Worker(), undo_stack=QUndoStack(), database=lambda: db, error=errors)


@pytest.fixture
def errors() -> Errors:
    return Errors()


@pytest.fixture
def page(qtbot, small_db: Database, errors: Errors) -> Iterator:  # noqa: ANN001 - qtbot
    """SchemaPage showing Solbacken in January 2024 (the schedule 'Vår 2024'), loaded."""
    from vonapp.ui.schema.page import SchemaPage

    context = make_context(small_db, errors)
    p = SchemaPage(context)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    p.show_for("Solbacken", parse_period("2024-01"))
    settle(qtbot, p)
    yield p
    context.worker.run_blocking(lambda: None)
    context.worker.shutdown()
    context.undo_stack.clear()


def settle(qtbot, page) -> None:  # noqa: ANN001
    """Wait until the worker is idle and the page has its data."""
    qtbot.waitUntil(lambda: page.context.worker.pending == 0 and page.data is not None, timeout=10_000)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: page.context.worker.pending == 0, timeout=10_000)
