"""What every area page (Schema, Utfall, Beläggning, Åtgärder, Nyckeltal, Ekonomi) gets from the
window, and what the window calls on it.

The window owns one `AreaContext`: the open database, the worker thread, the undo stack shared
by all areas (Ctrl+Z undoes the last edit wherever it was made) and the `data_changed` signal
that every edit and import emits with the names of the tables it touched. A page never holds a
Session: it asks store functions (on the worker) for frames and dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from vonapp.domain.periods import Period
    from vonapp.store.database import Database
    from vonapp.ui.operations import Worker
    from vonapp.ui.overview.data import OverviewData


@dataclass(frozen=True)
class OverviewBase:
    """What Översikt shows, for an edit to patch: its (unit, period), its data, the window's change count."""

    key: tuple[str, Period]
    data: OverviewData
    changes: int


class AreaContext(QObject):
    """The window's services for the area pages."""

    data_changed = Signal(frozenset)  # table names an edit or import wrote
    status_message = Signal(str)  # a short text for the status bar (e.g. a refused value)

    def __init__(self, *, worker: Worker, undo_stack: QUndoStack,
                 database: Callable[[], Database | None], error: Callable[[BaseException], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.undo_stack = undo_stack
        self._database = database
        self.show_error = error
        # Set by the window: the figures Översikt shows when an edit may patch them (hidden, up to date,
        # this unit), and the patch — the data with the part the edit changed read again.
        self.overview_base: Callable[[str], OverviewBase | None] = lambda _unit: None
        self.patch_overview: Callable[[OverviewBase, OverviewData], bool] = lambda _base, _data: False
        # A command that failed under later ones stays on the stack, obsolete, until Qt steps over it: that
        # step would do nothing (a Ctrl+Z "eaten"). Take it off as soon as it is next in line.
        undo_stack.indexChanged.connect(lambda _i: QTimer.singleShot(0, self._drop_obsolete))

    def _drop_obsolete(self) -> None:
        stack = self.undo_stack
        try:
            while stack.index() > 0 and stack.command(stack.index() - 1).isObsolete():
                stack.undo()  # deletes the obsolete command without running it
            while stack.index() < stack.count() and stack.command(stack.index()).isObsolete():
                stack.redo()
        except RuntimeError:  # the stack is gone (the window closed)
            pass

    @property
    def database(self) -> Database | None:
        return self._database()

    def read(self, fn: Callable[[Database], Any], on_done: Callable[[Any], None]) -> None:
        """Run a read on the worker and hand its result to `on_done` on the GUI thread."""
        database = self.database
        if database is None:
            return
        self.worker.submit(lambda: fn(database), on_done, self.show_error)


class AreaPage(QWidget):
    """Base of an area page. The window calls `show_for` when the page is shown or the unit or
    period changes while it is shown, and `on_data_changed` after any edit or import."""

    def __init__(self, context: AreaContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.unit: str | None = None  # a unit's name, or "all"
        self.period: Period | None = None
        context.data_changed.connect(self._data_changed)

    def show_for(self, unit: str | None, period: Period) -> None:
        """Load what the page shows for this unit (or "all") and period."""
        self.unit, self.period = unit, period
        self.reload()

    @property
    def year(self) -> int:
        """The year of the period shown (its last day's: a quarter or month lies in one year)."""
        assert self.period is not None
        return self.period.end.year

    @property
    def all_units(self) -> bool:
        """Whether "Alla enheter" is chosen (the selector's "all", or "alla" typed on the command line)."""
        return (self.unit or "").strip().lower() in ("all", "alla", "alla enheter")

    def reload(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def _data_changed(self, tables: frozenset[str]) -> None:
        if self.isVisible() and self.unit is not None and self.on_data_changed(tables):
            self.reload()

    def on_data_changed(self, tables: frozenset[str]) -> bool:
        """Whether an edit or import of these tables changes what the page shows (default: yes)."""
        return True
