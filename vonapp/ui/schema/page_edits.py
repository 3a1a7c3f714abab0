"""The Schema page's edit handlers, mixed into SchemaPage (vonapp.ui.schema.page): the grid's cell edits and
its shift-code menu, and the row and schedule edits (add, remove and move a row, a new schedule, the
heltid scenario). Each is an EditCommand on the shared undo stack."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QMenu

from vonapp.store import edits_schema as ed
from vonapp.store.errors import StoreError
from vonapp.ui.editing.command import EditCommand
from vonapp.ui.editing.model import CellEdit
from vonapp.ui.schema.dialogs import AddEmployeeDialog, HeltidDialog, NewScheduleDialog
from vonapp.ui.schema.edit_helpers import apply_changes, push_sets, scenario

SCHEDULE_TABLES = frozenset({"schedule", "schedule_cell", "schedule_member", "employee"})


class SchemaEdits:
    """SchemaPage's edit handlers; they use the page's data, model, view, context and reload."""

    # -- grid edits ------------------------------------------------------------------------------
    def _grid_edits(self, edits: list[CellEdit]) -> None:
        if self.data is None:
            return
        sid = self.data.schedule_id
        changes = [(int(e.row_key), e.column, e.new) for e in edits]
        self._generation += 1  # a read already under way predates this edit: its result is stale
        rows = sorted({r for e in edits if (r := self.model.row_of(e.row_key)) is not None})
        self.show_data(apply_changes(self.data, changes), rows=rows)
        text = self.tr("ändra schemat") if len(changes) > 1 else self.tr("ändra {c}").format(c=edits[0].column)
        self.context.undo_stack.push(EditCommand(
            self.context, text, redo=lambda db: ed.write_grid(db, sid, changes),
            undo=lambda db, reverse: ed.write_grid(db, sid, reverse), tables=SCHEDULE_TABLES))

    def _code_menu(self, pos: Any) -> None:
        """Pick a shift code from a list for every selected day cell (or empty them)."""
        if self.data is None:
            return
        menu = QMenu(self)
        for code in self.data.shift_codes["code"]:
            menu.addAction(str(code), lambda c=str(code): self.set_selected(c))
        menu.addSeparator()
        menu.addAction(self.tr("Ledig (töm)"), lambda: self.set_selected(None))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def set_selected(self, code: str | None) -> int:
        """Put `code` in every selected day cell as one edit; returns how many cells were asked."""
        cells = []
        for index in self.view.selectionModel().selectedIndexes():
            source = self.view.to_source(index)
            if source is not None and self.model.columns[source[1]].key.startswith("d"):
                cells.append((source[0], source[1], code))
        if cells:
            self.model.request_edits(cells, parse=False)
        return len(cells)

    # -- row and schedule edits ------------------------------------------------------------------
    def _push_sets(self, text: str, first: Any, tables: frozenset[str] = SCHEDULE_TABLES,
                   on_done: Any = None) -> None:
        push_sets(self.context, text, first, tables=tables, unit_id=self.loaded.unit_id if self.loaded else None,
                  on_done=on_done)

    def current_employee(self) -> int | None:
        index = self.view.currentIndex()
        source = self.view.to_source(index)
        if source is None or self.data is None or not 0 <= source[0] < len(self.data.employees):
            return None
        return int(self.model.row_key(source[0]))

    def add_row(self) -> None:
        if self.data is None:
            return
        dialog = AddEmployeeDialog(parent=self)
        if dialog.exec():
            number, name, rate = dialog.value()
            sid = self.data.schedule_id
            self._push_sets(self.tr("lägg till anställd"),
                            lambda db: ed.add_employee(db, sid, number=number, name=name or None, rate=rate))

    def remove_row(self) -> None:
        employee = self.current_employee()
        if self.data is None or employee is None:
            self._message(self.tr("Markera en cell i raden som ska bort."))
            return
        sid = self.data.schedule_id
        self._push_sets(self.tr("ta bort rad"), lambda db: ed.remove_employee(db, sid, employee))

    def move_row(self, step: int) -> None:
        employee = self.current_employee()
        if self.data is None or employee is None:
            self._message(self.tr("Markera en cell i raden som ska flyttas."))
            return
        row = self.model.row_of(employee) or 0
        sid, to = self.data.schedule_id, max(0, row + step)
        self.select_after_reload = (employee, self.view.currentIndex().column())
        self._push_sets(self.tr("flytta rad"), lambda db: ed.move_employee(db, sid, employee, to))

    def new_schedule(self) -> None:
        if self.loaded is None:
            return
        if self.data is None:  # the unit's first schedule: empty, rows added after
            dialog = NewScheduleDialog(None, self.the_day(), parent=self)
            if dialog.exec():
                start, name = dialog.value()
                unit_id, weeks = self.loaded.unit_id, dialog.weeks.value()

                def done(sets: Any) -> None:
                    self.selected_id = ed.new_schedule_id(sets)
                    self.reload()

                self._push_sets(self.tr("nytt schema"),
                                lambda db: ed.new_empty_schedule(db, unit_id, start, weeks, name=name), on_done=done)
            return
        dialog = NewScheduleDialog(self.data.name, max(self.the_day(), self.data.start_date), parent=self)
        if dialog.exec():
            start, name = dialog.value()
            self._create_schedule(self.data.schedule_id, start, name, None)

    def _create_schedule(self, sid: int, start: date, name: str, rates: dict[int, float] | None,
                         resurspass: bool = False) -> None:

        def done(sets: Any) -> None:
            self.selected_id = ed.new_schedule_id(sets)
            self.reload()

        self._push_sets(self.tr("nytt schema"),
                        lambda db: ed.new_schedule_from(db, sid, start, name=name, rates=rates, resurspass=resurspass),
                        on_done=done)

    def heltid(self) -> None:
        if self.loaded is None:
            return
        unit_id, unit_name = self.loaded.unit_id, self.loaded.unit_name

        def compute(start: date, rate: float, done: Any) -> None:
            def run(db: Any) -> Any:
                try:
                    return scenario(db, unit_id, unit_name, start, rate)
                except StoreError as exc:  # e.g. no schedule holds that day: said in the dialog itself
                    return str(exc)

            self.context.read(run, done)

        def create(start: date, rate: float, scenario: Any) -> None:
            # The schedule in force on the scenario's Monday is the one copied.
            before = [s for s in self.loaded.schedules if s.start_date <= start] if self.loaded else []
            if before:
                self._create_schedule(before[-1].id, start,
                                      self.tr("Utkast: heltid som norm från {d}").format(d=start),
                                      {r.employee_id: rate for r in scenario.raises}, resurspass=True)

        HeltidDialog(unit_name, self.the_day(), compute, create, parent=self).exec()
