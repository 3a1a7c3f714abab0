"""What the menu commands (vonapp.ui.commands) need of the main window, so that module does not import it.

MainWindow (vonapp.ui.main_window) builds its Commands; the commands see the window only through this
protocol, so the two modules import one way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from vonapp.domain.periods import Period
    from vonapp.store.database import Database
    from vonapp.store.window_queries import WindowFacts
    from vonapp.ui.actions import Actions
    from vonapp.ui.first_view import FirstView
    from vonapp.ui.operations import Worker
    from vonapp.ui.selectors import PeriodSelector
    from vonapp.ui.settings import AppSettings
    from vonapp.ui.statusbar import StatusBar


class Shell(Protocol):
    """The main window as the commands use it (a QMainWindow: also the parent of their dialogs)."""

    actions: Actions
    database: Database | None
    facts: WindowFacts | None
    settings: AppSettings
    status: StatusBar
    undo_stack: QUndoStack
    worker: Worker
    period_selector: PeriodSelector

    def tr(self, text: str) -> str: ...
    def current_unit(self) -> str | None: ...
    def current_period(self) -> Period: ...
    def refresh(self) -> None: ...
    def set_database(self, database: Database, first: FirstView | None = None) -> None: ...
    def show_error(self, exc: BaseException) -> None: ...
    def update_backup_label(self) -> None: ...
