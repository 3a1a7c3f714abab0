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

`after` (optional) makes a `FollowUp` for each step as it is queued (on the GUI thread, so it can
capture what the page shows): its `read(db, result)` runs on the worker in the same job right after
the step's transaction — the re-read of just what the edit changed, without a second round trip —
and its `done(value)` gets the read's result on the GUI thread, after `data_changed` and before
`on_done`. A failed read hands `done` its exception; a failed or skipped step hands it the step's
exception (or `StepSkipped`): `done` is called exactly once for each follow-up made.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from vonapp.ui.editing.model import CellEdit

if TYPE_CHECKING:
    from vonapp.store.database import Database
    from vonapp.ui.area_page import AreaContext

StoreCall = Callable[..., Any]
_SKIPPED = object()  # a step skipped because an earlier one of the same command failed


class StepSkipped(RuntimeError):
    """Handed to a FollowUp's done: its step did not run (an earlier step of the command failed)."""


@dataclass(frozen=True)
class FollowUp:
    """A read run on the worker in the step's own job, right after its transaction, and its delivery.

    read(database, result) gets what the step's store call returned (e.g. the `Changes`); done(value)
    gets the read's result — or an exception (the read's, the step's, or StepSkipped) — on the GUI thread.
    """

    read: Callable[[Database, Any], Any]
    done: Callable[[Any], None]


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
                 on_error: Callable[[BaseException], None] | None = None,
                 after: Callable[[], FollowUp | None] | None = None) -> None:
        """`on_done(result)` after each successful redo/undo; `on_error(exc)` after a failed one;
        `after()` at each step's queuing: a FollowUp read in the same worker job, or None."""
        super().__init__(text)
        self.context = context
        self.tables = frozenset(tables)
        self._redo, self._undo = redo, undo
        self._redo_takes, self._undo_takes = _takes_result(redo), _takes_result(undo)
        self.on_done, self.on_error = on_done, on_error
        self.after = after
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

    def _step(self, database: Database, step: str, follow: FollowUp | None) -> Any:
        """Runs on the worker: one store call, its result kept for the opposite step; then the follow-up read."""
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
        if follow is None:
            return result, None
        try:  # the edit is committed: a failing read must not undo the step, the page just reloads
            value: Any = follow.read(database, result)
        except Exception as exc:  # noqa: BLE001 - handed to follow.done, which reloads
            value = exc
        return result, value

    def _run(self, step: str) -> None:
        follow = self.after() if self.after is not None else None
        database = self.context.database
        if database is None:
            self._failed(RuntimeError("ingen databas öppen"), step, follow)
            return
        self.running = True
        self.context.worker.submit(lambda: self._step(database, step, follow),
                                   lambda outcome: self._done(outcome, step, follow),
                                   lambda exc: self._failed(exc, step, follow))

    def _done(self, outcome: Any, step: str, follow: FollowUp | None = None) -> None:
        self.running = False
        if outcome is _SKIPPED:
            if follow is not None:
                follow.done(StepSkipped(step))
            return
        result, value = outcome
        self.context.data_changed.emit(self.tables)
        if follow is not None:
            follow.done(value)
        if self.on_done is not None:
            self.on_done(result)

    def _failed(self, exc: BaseException, step: str, follow: FollowUp | None = None) -> None:
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
        if follow is not None:
            follow.done(exc)
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
