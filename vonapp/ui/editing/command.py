"""EditCommand: one undoable edit whose redo and undo are store functions run on the worker.

    command = EditCommand(context, "ändra timkostnad",
                          redo=lambda db: set_budget_year_values(db, changes),
                          undo=lambda db, reverse: set_budget_year_values(db, reverse),
                          tables=frozenset({"budget_year"}))
    context.undo_stack.push(command)  # performs it

`redo` and `undo` take the database, and may take a second argument: what the other one returned
last (the reverse changes, a removed row's snapshot, a new row's id). Each is one transaction in
the store function. When it is done `context.data_changed(tables)` is emitted; on an error the
Swedish message is shown, the command leaves the stack (the database is as before the failed step)
and `data_changed` is still emitted so that every page shows the database's values again.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from vonapp.ui.editing.model import CellEdit

if TYPE_CHECKING:
    from vonapp.store.database import Database
    from vonapp.ui.area_page import AreaContext

StoreCall = Callable[..., Any]
_SKIPPED = object()  # a step skipped because an earlier one of the same command failed


def _takes_result(fn: StoreCall) -> bool:
    try:
        params = [p for p in inspect.signature(fn).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    except (TypeError, ValueError):
        return False
    return len(params) >= 2


class EditCommand(QUndoCommand):
    def __init__(self, context: AreaContext, text: str, *, redo: StoreCall, undo: StoreCall,
                 tables: frozenset[str], on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        """`on_done(result)` after each successful redo/undo; `on_error(exc)` after a failed one."""
        super().__init__(text)
        self.context = context
        self.tables = frozenset(tables)
        self._redo, self._undo = redo, undo
        self._redo_takes, self._undo_takes = _takes_result(redo), _takes_result(undo)
        self.on_done, self.on_error = on_done, on_error
        self.redo_result: Any = None  # set on the worker, so a step queued right behind sees it
        self.undo_result: Any = None
        self.failed = False
        self._broken = False  # set on the worker when a step failed: later queued steps do nothing
        self.running = False

    def redo(self) -> None:
        if not self.failed:
            self._run("redo")

    def undo(self) -> None:
        if not self.failed:
            self._run("undo")

    def _step(self, database: Database, step: str) -> Any:
        """Runs on the worker: one store call, its result kept for the opposite step."""
        if self._broken:
            return _SKIPPED
        try:
            if step == "redo":
                args = (database, self.undo_result) if self._redo_takes else (database,)
                self.redo_result = result = self._redo(*args)
            else:
                args = (database, self.redo_result) if self._undo_takes else (database,)
                self.undo_result = result = self._undo(*args)
        except BaseException:
            self._broken = True
            raise
        return result

    def _run(self, step: str) -> None:
        database = self.context.database
        if database is None:
            self._failed(RuntimeError("ingen databas öppen"), step)
            return
        self.running = True
        self.context.worker.submit(lambda: self._step(database, step), lambda result: self._done(result, step),
                                   lambda exc: self._failed(exc, step))

    def _done(self, result: Any, step: str) -> None:
        self.running = False
        if result is _SKIPPED:
            return
        self.context.data_changed.emit(self.tables)
        if self.on_done is not None:
            self.on_done(result)

    def _failed(self, exc: BaseException, step: str) -> None:
        """Take the command off the stack: the step did not happen, so it cannot be undone or redone."""
        self.running = False
        self.failed = True
        context, tables, on_error = self.context, self.tables, self.on_error
        stack = context.undo_stack
        try:
            self.setObsolete(True)
            # Qt drops an obsolete command (deleting it) when the stack steps over it; ours is done stepping.
            if step == "redo" and stack.index() > 0 and stack.command(stack.index() - 1) is self:
                stack.undo()
            elif step == "undo" and stack.index() < stack.count() and stack.command(stack.index()) is self:
                stack.redo()
        except RuntimeError:  # the stack was cleared meanwhile (another database opened): nothing to tidy
            pass
        context.data_changed.emit(tables)
        if on_error is not None:
            on_error(exc)
        context.show_error(exc)


def push_cell_edits(context: AreaContext, text: str, edits: Sequence[CellEdit],
                    write: Callable[[Database, list[tuple[Any, str, object]]], list[tuple[Any, str, object]]],
                    *, tables: frozenset[str], on_error: Callable[[BaseException], None] | None = None
                    ) -> EditCommand:
    """Push one command for a batch of cell edits (a typed cell, a paste, a fill, a Delete).

    `write(db, [(row_key, column, value), ...])` is the area's store function: one transaction,
    change_log rows, returning the reverse changes; undo writes those back.
    """
    changes = [(e.row_key, e.column, e.new) for e in edits]
    command = EditCommand(context, text, redo=lambda db: write(db, changes),
                          undo=lambda db, reverse: write(db, reverse), tables=tables, on_error=on_error)
    context.undo_stack.push(command)
    return command
