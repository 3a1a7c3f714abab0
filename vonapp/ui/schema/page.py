"""The Schema area: the schedule of the selected unit as an editable grid, with its live figures,
working-time findings and bemanningskurva recomputed at every edit, and its shift codes and
staffing need in their own tabs. Every edit is an EditCommand (Ctrl+Z / Ctrl+Y)."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vonapp.domain import roster
from vonapp.domain.rules import Finding
from vonapp.ui.area_page import AreaContext, AreaPage
from vonapp.ui.editing.view import ExcelTableView
from vonapp.ui.schema.curve import StaffingCurve, week_array
from vonapp.ui.schema.edit_helpers import (
    apply_changes,
    inline_delegate,
    same_schedule,
    scenario,
)
from vonapp.ui.schema.frozen import FrozenColumns
from vonapp.ui.schema.grid_model import KIND_COLOURS, KIND_TITLES, ScheduleGridModel, day_key
from vonapp.ui.schema.loading import Loaded, load
from vonapp.ui.schema.page_edits import SCHEDULE_TABLES, SchemaEdits
from vonapp.ui.schema.panels import FiguresPanel, FindingsList
from vonapp.ui.schema.side_tables import CodesTab, NeedTab
from vonapp.ui.style import set_role

TABLES = SCHEDULE_TABLES | {"shift_code", "staffing_need", "budget_year"}


class SchemaPage(SchemaEdits, AreaPage):
    """The page; its edit handlers are SchemaEdits (vonapp.ui.schema.page_edits)."""

    def __init__(self, context: AreaContext, *, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.loaded: Loaded | None = None
        self.data: roster.ScheduleData | None = None
        self.found: list[Finding] = []
        self.found_by: dict[int, list[Finding]] = {}
        self.need_week: np.ndarray | None = None
        self.selected_id: int | None = None
        self.select_after_reload: tuple[int, int] | None = None  # (employee id, column) to select
        self._generation = 0
        self._build()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.schedules = QComboBox()
        self.schedules.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.schedules.activated.connect(self._schedule_picked)
        buttons = [(self.tr("Nytt schema från…"), self.new_schedule), (self.tr("Lägg till anställd…"), self.add_row),
                   (self.tr("Ta bort rad"), self.remove_row), (self.tr("Flytta upp"), lambda: self.move_row(-1)),
                   (self.tr("Flytta ned"), lambda: self.move_row(1)), (self.tr("Heltid som norm…"), self.heltid)]
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Schema:")))
        bar.addWidget(self.schedules)
        self.buttons: dict[str, QPushButton] = {}
        for text, slot in buttons:
            b = QPushButton(text)
            b.clicked.connect(slot)
            bar.addWidget(b)
            self.buttons[text] = b
        bar.addStretch(1)
        legend = QHBoxLayout()
        legend.setSpacing(4)
        for kind, colour in KIND_COLOURS.items():
            chip = QLabel(f" {QCoreApplication.translate('ScheduleGridModel', KIND_TITLES[kind])} ")
            chip.setStyleSheet(f"background:{colour.name()}; border:1px solid #bbb; border-radius:3px;")
            legend.addWidget(chip)
        chip = QLabel(self.tr(" regelavvikelse "))
        set_role(chip, "finding-chip")
        legend.addWidget(chip)
        self.message = QLabel()
        set_role(self.message, "error")
        legend.addWidget(self.message, 1)

        self.model = ScheduleGridModel(self)
        self.view = ExcelTableView()
        self.view.set_source_model(self.model, sortable=False, fit_columns=False)  # widths set in _fit_columns
        self.view.setItemDelegate(inline_delegate(self.view))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._code_menu)
        self.frozen = FrozenColumns(self.view, 5)  # number, name, rate, average, target
        self.view.horizontalHeader().setDefaultSectionSize(34)
        self.view.horizontalHeader().setMinimumSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.message.connect(self._message)
        self.model.edits_requested.connect(self._grid_edits)
        self.figures = FiguresPanel()
        scroll = QScrollArea()
        scroll.setWidget(self.figures)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(330)
        self.findings = FindingsList()
        self.findings.cell_requested.connect(self.select_cell)
        self.curve = StaffingCurve()
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.view)
        top.addWidget(scroll)
        top.setStretchFactor(0, 4)
        top.setStretchFactor(1, 1)
        top.setSizes([8000, 2000])
        bottom = QSplitter(Qt.Orientation.Horizontal)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_title = QLabel()
        box_layout.addWidget(self.findings_title)
        box_layout.addWidget(self.findings)
        bottom.addWidget(box)
        bottom.addWidget(self.curve)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(top)
        self.split.addWidget(bottom)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([6000, 3600])  # shares of the height: the grid gets most
        bottom.setSizes([5000, 5000])

        self.codes_tab = CodesTab(self.context, lambda: self.loaded.unit_id if self.loaded else None,
                                  self._message)
        self.need_tab = NeedTab(self.context, lambda: self.loaded.unit_id if self.loaded else None, self._message,
                                self._need_changed)
        self.codes, self.need = self.codes_tab.model, self.need_tab.model
        self.tabs = QTabWidget()
        schema_tab = QWidget()
        schema_layout = QVBoxLayout(schema_tab)
        schema_layout.setContentsMargins(0, 4, 0, 0)
        schema_layout.addLayout(legend)
        schema_layout.addWidget(self.split, 1)
        self.tabs.addTab(schema_tab, self.tr("Schema"))
        self.tabs.addTab(self.codes_tab, self.tr("Passkoder"))
        self.tabs.addTab(self.need_tab, self.tr("Bemanningsbehov"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)

    # -- loading ---------------------------------------------------------------------------------
    def on_data_changed(self, tables: frozenset[str]) -> bool:
        return bool(tables & TABLES) or not tables

    def the_day(self) -> date:
        today = date.today()
        if self.period is not None and not (self.period.start <= today <= self.period.end):
            return self.period.start
        return today

    def show_for(self, unit: str | None, period: Any) -> None:
        if unit != self.unit:
            self.selected_id = None
        super().show_for(unit, period)

    def reload(self) -> None:
        self._generation += 1
        if self.unit is None or self.unit.strip().lower() in ("all", "alla", "alla enheter"):
            self._show_empty(self.tr("Välj en enhet för att se och ändra dess schema."))
            return
        generation, unit, day, wanted = self._generation, self.unit, self.the_day(), self.selected_id
        self.context.read(lambda db: load(db, unit, day, wanted),
                          lambda loaded: self._loaded(loaded) if generation == self._generation else None)

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(True)
        # No unit chosen: forget the last unit's schedule so nothing typed here edits it unseen.
        self.loaded = self.data = None
        self.title.setText(self.tr("<b>Schema</b>"))
        self.tabs.setVisible(False)
        self.schedules.blockSignals(True)
        self.schedules.clear()
        self.schedules.blockSignals(False)
        for b in self.buttons.values():
            b.setEnabled(False)
        self.schedules.setEnabled(False)

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.schedules.blockSignals(True)
        self.schedules.clear()
        for s in loaded.schedules:
            until = self.tr("tills vidare") if s.end_date is None else str(s.end_date)
            self.schedules.addItem(f"{s.name}  ({s.start_date} – {until})", s.id)
        shown = loaded.data.schedule_id if loaded.data else None
        if shown is not None:
            self.schedules.setCurrentIndex(self.schedules.findData(shown))
        self.schedules.blockSignals(False)
        self.schedules.setEnabled(bool(loaded.schedules))
        self.codes_tab.show_codes(loaded.codes)
        self.need_tab.show_need(loaded.need)
        self.need_week = week_array(loaded.need, "staff") if len(loaded.need) else None
        self.tabs.setVisible(True)
        if loaded.data is None:
            self.data = None
            self.title.setText(self.tr("<b>{u}</b> har inget schema ännu.").format(u=loaded.unit_name))
            self.empty.setText(self.tr("Lägg upp passkoder under fliken Passkoder och importera ett schema "
                                       "(Arkiv → Importera, schema), eller skapa ett från ett befintligt."))
            self.empty.setVisible(True)
            for b in self.buttons.values():
                b.setEnabled(False)
            self.buttons[self.tr("Nytt schema från…")].setEnabled(True)  # an empty one, to fill in
            return
        self.empty.setVisible(False)
        for b in self.buttons.values():
            b.setEnabled(True)
        data = loaded.data
        in_force = next((s for s in loaded.schedules if s.id == loaded.in_force), None)
        state = (self.tr("gäller {d}").format(d=loaded.day) if data.schedule_id == loaded.in_force
                 else self.tr("gäller inte {d}; där gäller {s}").format(d=loaded.day, s=in_force.name if in_force
                                                                         else self.tr("inget schema")))
        until = self.tr("tills vidare") if data.end_date is None else str(data.end_date)
        self.title.setText(self.tr("<b>{u}</b> · {n} ({a} – {b}), {w} veckors cykel, heltidsmått {f} h · {s}").format(
            u=loaded.unit_name, n=data.name, a=data.start_date, b=until, w=data.cycle_weeks,
            f=f"{data.full_time_hours:g}".replace(".", ","), s=state))
        if self.data is not None and same_schedule(self.data, data):
            # The database now holds what the grid already shows (the usual case after an edit): keep it.
            self.data = data
            self.figures.show_figures(data, loaded.budget(), self.found, loaded.year_rows)
            self.curve.set_data(week_array(roster.staffing_curve(data), "staff"), self.need_week)
            return
        self.show_data(data, reset=True)

    def show_data(self, data: roster.ScheduleData, *, reset: bool = False, rows: list[int] | None = None) -> None:
        """Grid, live figures, findings and curve from `data` (the database's, or the grid as edited).

        With `rows`, only those rows changed: their findings are checked again, the others' kept.
        """
        self.data = data
        ids = data.employees["employee_id"].astype(int).tolist()
        if rows is None or reset:
            self.found_by = roster.findings_by_employee(data)
        else:
            self.found_by.update(roster.findings_by_employee(data, rows))
        self.found = [f for e in ids for f in self.found_by.get(e, [])]
        if reset:
            self.model.show_schedule(data, self.found)
            self._fit_columns()
            if self.select_after_reload is not None:
                employee, column = self.select_after_reload
                self.select_after_reload = None
                row = self.model.row_of(employee)
                if row is not None:
                    self.select_cell(row, self.model.columns[max(column, 0)].key)
        else:
            self.model.live(data, self.found, rows)
        loaded = self.loaded
        self.figures.show_figures(data, loaded.budget() if loaded else None, self.found,
                                  loaded.year_rows if loaded else None)
        self.findings.show_findings(data, self.found)
        self.findings_title.setText(self.tr("<b>Arbetstidsregler</b>: {n} avvikelser (varningar – schemat sparas ändå)")
                                    .format(n=len(self.found)) if self.found
                                    else self.tr("<b>Arbetstidsregler</b>: inga avvikelser"))
        self.curve.set_data(week_array(roster.staffing_curve(data), "staff"), self.need_week)

    def _fit_columns(self) -> None:
        header = self.view.horizontalHeader()
        widths = {"number": 56, "name": 136, "rate": 62, "avg": 54, "target": 48}
        for c, column in enumerate(self.model.columns):
            header.resizeSection(c, widths.get(column.key, 46 if column.key.startswith("w") else 34))
        self.frozen.attach()

    def select_cell(self, row: int, key: str) -> None:
        try:
            col = self.model.column_index(key)
        except KeyError:
            return
        self.tabs.setCurrentIndex(0)
        index = self.view.proxy.mapFromSource(self.model.index(row, col))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()

    def _need_changed(self, need_week: np.ndarray) -> None:
        """The need as typed (before the database has it): the curve at once."""
        self.need_week = need_week
        if self.data is not None:
            self.curve.set_data(week_array(roster.staffing_curve(self.data), "staff"), self.need_week)

    def _message(self, text: str) -> None:
        self.message.setText(text)
        self.context.status_message.emit(text)

    def _schedule_picked(self, index: int) -> None:
        self.selected_id = self.schedules.itemData(index)
        self.reload()

_scenario = scenario  # the tests call it by this name

__all__ = ["SchemaPage", "apply_changes", "day_key"]
