"""An AreaContext on a real database and worker, errors collected instead of shown in a message box."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack

from vonapp.store.database import Database
from vonapp.ui.area_page import AreaContext
from vonapp.ui.operations import Worker


class Errors(list):
    def __call__(self, exc: BaseException) -> None:
        self.append(exc)


@pytest.fixture
def errors() -> Errors:
    return Errors()


@pytest.fixture
def context(qtbot, demo_db: Database, errors: Errors) -> Iterator[AreaContext]:  # noqa: ANN001 - qtbot
    worker = Worker()
    stack = QUndoStack()
    ctx = AreaContext(worker=worker, undo_stack=stack, database=lambda: demo_db, error=errors)
    yield ctx
    worker.run_blocking(lambda: None)
    worker.shutdown()
    stack.clear()
