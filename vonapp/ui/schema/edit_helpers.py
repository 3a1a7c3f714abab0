"""Small pieces the Schema page uses around its edits: commands whose undo puts row sets back, the
grid as edited before the database has it, and inline shift-code completion."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from vonapp.domain import roster
from vonapp.store import edits_schema as ed
from vonapp.store.database import Database
from vonapp.store.schedule_reads import heltid_scenario
from vonapp.ui.area_page import AreaContext
from vonapp.ui.editing.command import EditCommand
from vonapp.ui.editing.view import ExcelTableView


def push_sets(context: AreaContext, text: str, first: Any, *, tables: frozenset[str], unit_id: int | None,
              on_done: Any = None) -> None:
    """An edit whose undo puts back the row sets it returned (and whose redo puts back those undo returned)."""
    context.undo_stack.push(EditCommand(
        context, text, redo=lambda db, last: ed.restore(db, last, unit_id=unit_id) if last else first(db),
        undo=lambda db, sets: ed.restore(db, sets, unit_id=unit_id), tables=tables, on_done=on_done))


def same_schedule(a: roster.ScheduleData, b: roster.ScheduleData) -> bool:
    """Whether two reads of a schedule show the same grid, rows, rates and codes."""
    return (a.schedule_id == b.schedule_id and a.name == b.name and a.start_date == b.start_date
            and a.end_date == b.end_date and a.full_time_hours == b.full_time_hours
            and np.array_equal(a.grid, b.grid) and a.employees.equals(b.employees)
            and a.shift_codes.equals(b.shift_codes))


def inline_delegate(view: ExcelTableView) -> Any:
    """The view's delegate, its shift-code completion inline: "n" + Enter is N at once (no list to dismiss)."""
    base = type(view.itemDelegate())

    class InlineCodes(base):  # type: ignore[misc, valid-type]
        def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802
            editor = super().createEditor(parent, option, index)
            if isinstance(editor, QLineEdit) and editor.completer() is not None:
                editor.completer().setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            return editor

    return InlineCodes(view)


def scenario(db: Database, unit_id: int, unit_name: str, start: date, rate: float) -> Any:
    with db.session() as session:
        return heltid_scenario(session, unit_id, unit_name, start, rate)


def apply_changes(data: roster.ScheduleData, changes: list[tuple[int, str, object]]) -> roster.ScheduleData:
    """The schedule as it will be after these grid changes (codes by text, `rate`), without the database."""
    codes = {str(c).casefold(): int(i) for i, c in data.code_text().items()}
    row_of = {int(e): n for n, e in enumerate(data.employees["employee_id"])}
    grid = data.grid.copy()
    employees = data.employees
    for employee, column, value in changes:
        row = row_of.get(employee)
        if row is None:
            continue
        if column == ed.RATE:
            employees = employees.copy() if employees is data.employees else employees
            employees.iat[row, employees.columns.get_loc("rate")] = np.nan if value is None else float(value)
        elif column.startswith("d") and column[1:].isdigit():
            grid[row, int(column[1:])] = codes.get(str(value or "").casefold(), 0)
    return replace(data, grid=grid, employees=employees)
