"""The DEVELOPING example page, on the real window's AreaContext: type, paste, Ctrl+Z, Ctrl+Y, refusals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from vonapp.domain.periods import year
from vonapp.store.changelog import read_change_log
from vonapp.store.edits_budget import budget_years_frame, set_budget_year_values
from vonapp.ui.area_page import AreaContext, AreaPage
from vonapp.ui.editing import Column, ExcelTableView, FilterLine, FrameTableModel, push_cell_edits
from vonapp.ui.main_window import MainWindow

SHOTS = Path("/tmp/shots/editing")


class BudgetPage(AreaPage):
    COLUMNS = [Column("year", "År", "int", grouping=False),
               Column("personnel_budget_kr", "Personalbudget kr", "kr", editable=True, required=True),
               Column("hourly_cost", "Timkostnad kr", "kr", editable=True, required=True),
               Column("occupancy_budget_pct", "Budgeterad beläggning", "pct", editable=True,
                      validate=lambda v, row: "Beläggningen kan inte vara över 100 %." if v and v > 100 else None),
               Column("full_time_hours", "Heltidsmått h/vecka", "hours", editable=True, required=True)]

    def __init__(self, context: AreaContext) -> None:
        super().__init__(context)
        self.model = FrameTableModel(self.COLUMNS, key="id")
        self.view = ExcelTableView(self)
        self.view.set_source_model(self.model)
        self.view.message.connect(context.status_message)
        self.model.edits_requested.connect(lambda edits: push_cell_edits(
            context, self.tr("ändra budget"), edits, set_budget_year_values, tables=frozenset({"budget_year"})))
        layout = QVBoxLayout(self)
        layout.addWidget(FilterLine(self.view, self))
        layout.addWidget(self.view)
        self.loads = 0

    def reload(self) -> None:
        unit = self.unit

        def shown(frame) -> None:  # noqa: ANN001
            self.model.set_frame(frame)
            self.loads += 1

        self.context.read(lambda db: budget_years_frame(db, unit), shown)


def test_the_example_page_edits_undoes_and_redoes_through_the_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    page = BudgetPage(window.area_context)
    qtbot.addWidget(page)
    page.resize(900, 300)
    page.show()
    page.show_for("Stortorp", year(2024))
    qtbot.waitUntil(lambda: page.loads == 1, timeout=10_000)
    database = window.database
    years = list(page.model.frame["year"])
    original = page.model.frame.copy()
    view, model = page.view, page.model
    view.setFocus()
    view.setCurrentIndex(view.proxy.index(0, 2))
    qtbot.keyClick(view, "6")
    qtbot.keyClicks(view.focusWidget(), "12,50")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.loads == 2, timeout=10_000)  # the edit ran, data_changed reloaded the page
    assert model.value(0, "hourly_cost") == 612.5 and view.currentIndex().row() == 1
    view.setCurrentIndex(view.proxy.index(0, 1))
    assert view.paste("21 000 000\t600\r\n") == 2  # one paste of two cells
    qtbot.waitUntil(lambda: page.loads == 3, timeout=10_000)
    assert window.undo_stack.count() == 2
    view.setCurrentIndex(view.proxy.index(0, 3))
    qtbot.keyClick(view, "1")
    qtbot.keyClicks(view.focusWidget(), "20")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.last_message != "", timeout=5_000)
    assert view.last_message == "Beläggningen kan inte vara över 100 %."
    assert window.statusBar().currentMessage() == "Beläggningen kan inte vara över 100 %."
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "budget_page.png"))

    window.actions.undo.trigger()  # Ctrl+Z: the paste, as one step
    qtbot.waitUntil(lambda: page.loads == 4, timeout=10_000)
    assert (model.value(0, "personnel_budget_kr"), model.value(0, "hourly_cost")) == (
        original.loc[0, "personnel_budget_kr"], 612.5)
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: page.loads == 5, timeout=10_000)
    assert window.worker.run_blocking(lambda: budget_years_frame(database, "Stortorp")).equals(original)
    window.actions.redo.trigger()
    qtbot.waitUntil(lambda: page.loads == 6, timeout=10_000)
    assert model.value(0, "hourly_cost") == 612.5
    log = window.worker.run_blocking(lambda: read_change_log(database, table="budget_year"))
    assert len(log) == 1 + 2 + 2 + 1 + 1  # edit, paste, undo paste, undo edit, redo edit
    assert set(log["row_key"]) == {f"Stortorp {years[0]}"}
