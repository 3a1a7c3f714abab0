"""One store edit as an undoable command: redo runs the edit (then, after an undo, puts its rows
back exactly); undo reverts the rows it changed (vonapp.store.row_changes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from vonapp.store.row_changes import Changes, revert
from vonapp.ui.editing import EditCommand, FollowUp

if TYPE_CHECKING:
    from vonapp.store.database import Database
    from vonapp.ui.area_page import AreaContext

UTFALL_TABLES = frozenset({"time_entry", "employee", "absence_cover"})
BELAGGNING_TABLES = frozenset({"occupancy_day", "occupancy_move", "unit", "budget_year"})


def push_store_edit(context: AreaContext, text: str, edit: Callable[[Database], Changes], *,
                    tables: frozenset[str], on_done: Callable[[Any], None] | None = None,
                    on_error: Callable[[BaseException], None] | None = None,
                    after: Callable[[], FollowUp | None] | None = None) -> EditCommand:
    """Push (and so perform) `edit` on the shared undo stack, one transaction on the worker.

    after: see EditCommand (a re-read in the same worker job, after the edit, its undo and its redo).
    """

    def redo(db: Database, undone: Changes | None) -> Changes:
        return revert(db, undone) if undone is not None else edit(db)

    def undo(db: Database, done: Changes) -> Changes:
        return revert(db, done)

    command = EditCommand(context, text, redo=redo, undo=undo, tables=tables, on_done=on_done, on_error=on_error,
                          after=after)
    context.undo_stack.push(command)
    return command
