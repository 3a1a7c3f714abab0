"""Undoable edits on the window's QUndoStack; each runs its store function on the worker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from vonapp.io.imports import import_file, undo
from vonapp.store.database import Database
from vonapp.ui.operations import Worker

# The tables each import kind writes: what `data_changed` names after an import or its undo.
IMPORT_TABLES: dict[str, frozenset[str]] = {
    "budget": frozenset({"unit", "budget_year"}),
    "tid": frozenset({"time_entry", "employee"}),
    "schema": frozenset({"schedule", "schedule_cell", "shift_code", "employee"}),
    "belaggning": frozenset({"occupancy_day", "occupancy_move"}),
    "utforande": frozenset({"time_breakdown"}),
    "atgarder": frozenset({"measure", "measure_follow_up"}),
    "ekonomi": frozenset({"finance_line"}),
}


def import_tables(kind: str) -> frozenset[str]:
    """The tables an import of this kind touches (every data table for a kind not listed)."""
    return IMPORT_TABLES.get(kind, frozenset().union(*IMPORT_TABLES.values()))


class ImportCommand(QUndoCommand):
    """An import already done: undo removes its batch, redo imports the same file again."""

    def __init__(self, *, worker: Worker, database: Database, batch_id: int, kind: str, path: Path,
                 unit: str | None, start: date | None, replace: bool, after: Callable[[], None],
                 on_error: Callable[[BaseException], None], options: dict | None = None) -> None:
        super().__init__(QCoreApplication.translate("ImportCommand", "import av {0}").format(path.name))
        self.worker, self.database, self.batch_id = worker, database, batch_id
        self.args = (kind, path, unit, start, replace)
        self.options = {k: v for k, v in (options or {}).items() if k == "map_entries"}  # the column choices
        self.after, self.on_error = after, on_error
        self._first = True

    def redo(self) -> None:
        if self._first:  # the import itself ran before the command was pushed
            self._first = False
            return
        database, (kind, path, unit, start, replace), options = self.database, self.args, self.options
        self.worker.submit(lambda: import_file(database, kind, path, unit=unit, start=start, replace=replace,
                                               **options),
                           self._redone, self.on_error)

    def _redone(self, outcome: object) -> None:
        self.batch_id = getattr(outcome, "batch_id", None) or self.batch_id
        self.after()

    def undo(self) -> None:
        database, batch_id = self.database, self.batch_id
        self.worker.submit(lambda: undo(database, batch_id), lambda _msg: self.after(), self.on_error)
