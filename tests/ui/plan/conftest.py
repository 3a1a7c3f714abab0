"""An AreaContext on a real demo database and worker; errors and status messages collected."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QUndoStack

from vonapp.store.database import Database
from vonapp.ui.area_page import AreaContext
from vonapp.ui.operations import Worker


class Collected(list):
    def __call__(self, item: object) -> None:
        self.append(item)


@pytest.fixture
def errors() -> Collected:
    return Collected()


@pytest.fixture
def context(qtbot, demo_db: Database, errors: Collected) -> Iterator[AreaContext]:  # noqa: ANN001 - qtbot
    worker = Worker()
    stack = QUndoStack()
    ctx = AreaContext(worker=worker, undo_stack=stack, database=lambda: demo_db, error=errors)
    ctx.messages = Collected()  # type: ignore[attr-defined]
    ctx.status_message.connect(ctx.messages)  # type: ignore[attr-defined]
    yield ctx
    worker.run_blocking(lambda: None)
    worker.shutdown()
    stack.clear()


@pytest.fixture
def settle(qtbot, context: AreaContext) -> Callable[[], None]:  # noqa: ANN001
    """Wait until the worker has run everything and its results reached the GUI thread."""
    def wait() -> None:
        qtbot.waitUntil(lambda: context.worker.pending == 0, timeout=20_000)
        qtbot.wait(30)
        qtbot.waitUntil(lambda: context.worker.pending == 0, timeout=20_000)
    return wait
