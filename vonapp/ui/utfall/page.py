"""The Utfall area page: the period's days (or weeks) with problem days marked, the chosen day's rows,
the resurspass register and absence by how it was covered. Every edit is an EditCommand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vonapp.domain.formatting import fmt_hours, fmt_kr_as_tkr
from vonapp.domain.periods import Period
from vonapp.domain.utfall import last_recorded_day
from vonapp.store.database import Database
from vonapp.store.utfall import AfterPlacement, DayData, UtfallData, load_day, load_period_and_day
from vonapp.ui.area_page import AreaContext, AreaPage, OverviewBase
from vonapp.ui.editing import ExcelTableView, FollowUp, FrameTableModel, StepSkipped
from vonapp.ui.overview.charts.axes import MONTHS
from vonapp.ui.selectors import period_title
from vonapp.ui.style import set_role
from vonapp.ui.utfall.day_panel import DayPanel
from vonapp.ui.utfall.edit import UTFALL_TABLES, push_store_edit
from vonapp.ui.utfall.register import RegisterPanel
from vonapp.ui.utfall.tables import (
    PROBLEM_BRUSH,
    MarkedModel,
    absence_columns,
    absence_frame,
    coverage_columns,
    day_columns,
    days_frame,
    days_values,
    fit_columns,
    placement_choices,
    weeks_frame,
)

if TYPE_CHECKING:
    from vonapp.store.row_changes import Changes
    from vonapp.ui.overview.data import OverviewData

ALL_UNITS = ("all", "alla enheter")
READS = UTFALL_TABLES | {"schedule", "schedule_cell", "shift_code", "budget_year", "unit", "import_batch"}


@dataclass(frozen=True)
class Loaded:
    data: UtfallData
    day: DayData


def load_area(database: Database, unit: str, period: Period, day: date | None) -> Loaded:
    return Loaded(*load_period_and_day(database, unit, period, day))


class UtfallPage(AreaPage):
    def __init__(self, context: AreaContext, *, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.data: UtfallData | None = None
        self.day: date | None = None
        self._generation = 0
        self._placing = 0  # placement edits in flight whose follow-up read patches this page
        self._changes_meanwhile = 0  # data changes seen while they were (their own included)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.stack = QStackedWidget(self)
        self.message = QLabel(self.tr("Välj en enhet i listan ovan: utfallet registreras per enhet."), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs = QTabWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.message)
        self.message.setWordWrap(True)
        # On a small screen the area scrolls instead of squeezing the navigation beside it.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        layout.addWidget(scroll, 1)

        days_tab = QWidget(self.tabs)
        days_layout = QVBoxLayout(days_tab)
        days_layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.granularity = QComboBox(days_tab)
        self.granularity.addItems([self.tr("Dagar"), self.tr("Veckor")])
        self.problems_only = QCheckBox(self.tr("Bara problemdagar"), days_tab)
        self.problems_only.setToolTip(self.tr("Dagar då vikarier, mertid, övertid eller inhyrda togs in medan "
                                              "resurspass stod oplacerade"))
        bar.addWidget(QLabel(self.tr("Visa"), days_tab))
        bar.addWidget(self.granularity)
        bar.addWidget(self.problems_only)
        hint = QLabel(self.tr("Klicka på en dag för att öppna den nedan."), days_tab)
        set_role(hint, "hint")
        bar.addWidget(hint, 1)
        days_layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical, days_tab)
        self.days_model = MarkedModel(day_columns(), "problem", PROBLEM_BRUSH)
        self.weeks_model = MarkedModel(day_columns(weeks=True), "problem_days", PROBLEM_BRUSH)
        self.days_view = ExcelTableView(split)
        self.days_view.set_source_model(self.days_model)
        fit_columns(self.days_view, self.days_model.columns)
        self.day_panel = DayPanel(context, parent=split)
        split.addWidget(self.days_view)
        split.addWidget(self.day_panel)
        split.setSizes([260, 300])
        days_layout.addWidget(split, 1)
        self.tabs.addTab(days_tab, self.tr("Dagar och veckor"))

        self.register = RegisterPanel(context, parent=self.tabs)
        self.tabs.addTab(self.register, self.tr("Resurspassregister"))

        cover_tab = QWidget(self.tabs)
        cover_layout = QVBoxLayout(cover_tab)
        self.coverage_model = FrameTableModel(coverage_columns(), key="cover")
        self.coverage_view = ExcelTableView(cover_tab)
        self.coverage_view.set_source_model(self.coverage_model, sortable=False)
        fit_columns(self.coverage_view, self.coverage_model.columns, narrow=110)
        note = QLabel(self.tr("Periodens frånvarotimmar efter vad som ersatte dem. Koppla en frånvarorad till "
                              "raden som ersatte den i kolumnen Ersatt av under Dagar och veckor."), cover_tab)
        note.setWordWrap(True)
        cover_layout.addWidget(note)
        tables = QHBoxLayout()
        self.absence_model = FrameTableModel(absence_columns(), key="type")
        self.absence_view = ExcelTableView(cover_tab)
        self.absence_view.set_source_model(self.absence_model, sortable=False)
        fit_columns(self.absence_view, self.absence_model.columns, narrow=110)
        for view in (self.coverage_view, self.absence_view):
            view.verticalHeader().hide()
            header = view.horizontalHeader()
            view.setFixedWidth(sum(header.sectionSize(i) for i in range(header.count())) + 2 * view.frameWidth() + 18)
        tables.addWidget(self.coverage_view)
        tables.addWidget(self.absence_view)
        tables.addStretch(1)
        cover_layout.addLayout(tables, 1)
        self.tabs.addTab(cover_tab, self.tr("Frånvaro och ersättning"))

        self.days_view.message.connect(context.status_message)
        self.days_view.clicked.connect(self._clicked)
        self.granularity.currentIndexChanged.connect(lambda _i: self._show_days())
        self.problems_only.toggled.connect(lambda _c: self._show_days())
        self.register.place_requested.connect(self.place)
        context.data_changed.connect(self._count_change)
        self.day_panel.day_changed.connect(self.open_day)
        self.day_panel.add_requested.connect(self.add_row)

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        unit, period = self.unit, self.period
        self._generation += 1  # a load still under way is for an earlier choice
        if unit is None or period is None or unit.strip().lower() in ALL_UNITS:
            self.stack.setCurrentWidget(self.message)
            self.header.setText(f"<h3>{self.tr('Utfall')}</h3>")
            return
        generation, day = self._generation, self.day
        self.context.read(lambda db: load_area(db, unit, period, day), lambda r: self._loaded(generation, r))

    def on_data_changed(self, tables: frozenset[str]) -> bool:
        if self._placing:
            return False  # the placement's follow-up patches the edited days (or reloads, see _after_done)
        return bool(tables & READS)

    def _count_change(self, _tables: frozenset[str]) -> None:
        if self._placing:
            self._changes_meanwhile += 1

    # -- a placement: one worker job writes it and re-reads what it changed --------------------------
    def place(self, placements: list[tuple[date, str, str]]) -> None:
        """Push the register's placement edit (day, employment number, placement) for the shown unit.

        The edit, its undo and its redo each run with a follow-up read in the same worker job
        (vonapp.store.utfall.load_after_placement): the edited days' rows of the day table and the
        register, the chosen day, and Översikt's resurspass tile and chart when Översikt is hidden
        and up to date — so both show the new figures without a reload.
        """
        if self.unit is None:
            return
        from vonapp.store.edits_utfall import place_resurspasses

        unit = self.unit
        days = sorted({d for d, _n, _p in placements})
        text = (self.tr("placera resurspass") if len(placements) == 1
                else self.tr("placera {0} resurspass").format(len(placements)))
        push_store_edit(self.context, text, lambda db: place_resurspasses(db, unit=unit, placements=placements),
                        tables=UTFALL_TABLES, after=lambda: self._after_placement(unit, days))

    def _after_placement(self, unit: str, days: list[date]) -> FollowUp | None:
        """At each step's queuing (GUI thread): what to re-read after it, given what is shown now."""
        data = self.data
        shown = data if (data is not None and self.isVisible() and self.unit == unit and data.unit.name == unit
                         and data.period == self.period) else None
        overview = self.context.overview_base(unit)
        if shown is None and overview is None:
            return None  # a hidden page reloads when shown; Översikt is stale or shows something else
        generation, day = self._generation, self.day
        if shown is not None:
            self._placing += 1

        def read(db: Database, changes: Changes) -> tuple[AfterPlacement, OverviewData | None]:
            from vonapp.store.utfall import changes_hours, load_after_placement

            after = load_after_placement(db, unit, days, shown=shown, day=day,
                                         overview=overview.key[1] if overview is not None else None,
                                         hours_changed=changes_hours(changes),
                                         overview_inputs=overview.data.inputs if overview is not None else None)
            figures = None
            if overview is not None and after.overview is not None:
                from vonapp.ui.overview.data import WEEK, with_resurspass

                part = after.overview
                figures = with_resurspass(overview.data, part.figures, part.series[WEEK], part.inputs)
            return after, figures

        def done(value: object) -> None:
            self._after_done(value, shown, generation, overview)

        return FollowUp(read, done)

    def _after_done(self, value: object, shown: UtfallData | None, generation: int,
                    overview: OverviewBase | None) -> None:
        others = False
        if shown is not None:
            self._placing -= 1
            if not isinstance(value, StepSkipped):
                self._changes_meanwhile -= 1  # this step's own data_changed
            others = self._changes_meanwhile > 0  # another edit's change arrived meanwhile: it needs a reload
            if not self._placing:
                self._changes_meanwhile = 0
        if isinstance(value, BaseException):  # the step failed (the database is as before) or the read did
            if shown is not None:
                self.reload()
            return
        after, figures = value  # type: ignore[misc]
        if figures is not None and overview is not None:
            self.context.patch_overview(overview, figures)
        if shown is None:
            return
        if others or after.patched is None:
            self.reload()
            return
        if generation != self._generation or self.data is not shown:
            if self.data is not shown and generation == self._generation:
                self.reload()  # another placement patched the page meanwhile: this patch lacks it
            return
        self._show_patch(after)

    def _show_patch(self, after: AfterPlacement) -> None:
        """Show the patched period: the edited days' rows, register rows and chosen day in place."""
        assert after.patched is not None and after.patch is not None
        self.data = after.patched
        self._show_header(self.data)
        weeks_shown = self.granularity.currentIndex() == 1
        if weeks_shown or self.problems_only.isChecked() or not self.days_model.patch_rows(
                days_values(after.patch.days)):
            self._show_days()  # a filter may take the day out of (or into) the list
        self.register.patch(self.data, after.patch.register)
        # (absence and its coverage stay: a placement moves no absence row and no cover link)
        if after.day is not None:
            self.day_panel.show_day(after.day, self.data.other_units)

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation:
            return
        self.stack.setCurrentWidget(self.tabs)
        self.data, self.day = loaded.data, loaded.day.day
        self._show_header(loaded.data)
        self._show_days()
        self.day_panel.show_day(loaded.day, loaded.data.other_units)
        self.register.show_data(loaded.data, self.day)
        self._show_coverage(loaded.data)

    def _show_coverage(self, data: UtfallData) -> None:
        self.coverage_model.set_frame(data.coverage)
        self.absence_model.set_frame(absence_frame(data.days))

    def _show_header(self, data: UtfallData) -> None:
        d = data.days
        problem_days = int(d["problem"].sum())
        missed_kr = d["missed_kr"].sum(min_count=1)
        # A period under way is compared up to its last recorded day, as Översikt, summary and the files do:
        # the schedule's planned hours after it have no worked hours to set against.
        last = last_recorded_day(d)
        until = ""
        if last is not None and last < data.period.end:
            d = d[d["date"] <= pd.Timestamp(last)]
            until = self.tr(", t.o.m. {0}").format(f"{last.day} {MONTHS[last.month - 1]}")
        self.header.setText(
            f"<b>{data.unit.name}, {period_title(data.period)}</b>{until} · {self.tr('arbetat')} {fmt_hours(d['worked'].sum())} "
            f"{self.tr('av planerat')} {fmt_hours(d['planned'].sum())} · {self.tr('resurspass')}: "
            f"{fmt_hours(d['planned_res'].sum())} {self.tr('planerat')}, {fmt_hours(d['res_used'].sum())} "
            f"{self.tr('placerat')} · <span style='color:#b3401a'>{self.tr('missat')} "
            f"{fmt_hours(d['missed_hours'].sum())} ({fmt_kr_as_tkr(None if pd.isna(missed_kr) else missed_kr)}) "
            f"{(self.tr('på {0} dag') if problem_days == 1 else self.tr('på {0} dagar')).format(problem_days)}</span>")

    def _show_days(self) -> None:
        if self.data is None:
            return
        weeks = self.granularity.currentIndex() == 1
        if weeks:
            frame = weeks_frame(self.data.weeks)
            if self.problems_only.isChecked():
                frame = frame[frame["problem_days"] > 0]
            model = self.weeks_model
        else:
            frame = days_frame(self.data.days)
            if self.problems_only.isChecked():
                frame = frame[frame["problem"]]
            model = self.days_model
        if self.days_view.source_model is not model:
            self.days_view.set_source_model(model)
            fit_columns(self.days_view, model.columns)
        model.set_frame(frame)
        self.problems_only.setText(self.tr("Bara problemveckor") if weeks else self.tr("Bara problemdagar"))

    # -- a day -----------------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        cell = self.days_view.to_source(index)
        if cell is None:
            return
        key = self.days_view.source_model.row_key(cell[0])
        if self.days_view.source_model is self.weeks_model:
            self.granularity.setCurrentIndex(0)
        self.open_day(key)

    def open_day(self, day: date) -> None:
        if self.period is None or not (self.period.start <= day <= self.period.end) or self.unit is None:
            self.context.status_message.emit(self.tr("{0} ligger utanför perioden.").format(day.isoformat()))
            return
        self.day = day
        unit = self.unit
        generation = self._generation
        self.context.read(lambda db: load_day(db, unit, day), lambda d: self._day_loaded(generation, d))

    def _day_loaded(self, generation: int, day: DayData) -> None:
        if generation == self._generation and self.data is not None and day.day == self.day:
            self.day_panel.show_day(day, self.data.other_units)

    def add_row(self) -> None:
        from vonapp.ui.utfall.add_row_dialog import AddRowDialog

        if self.data is None or self.day is None or self.unit is None:
            return
        rows = self.day_panel.model.frame
        planned = self.day_panel.planned_model.frame
        known = dict(zip(planned.get("employment_number", []), planned.get("name", []), strict=False))
        known |= dict(zip(rows.get("employment_number", []), rows.get("name", []), strict=False))
        dialog = AddRowDialog(self.day, placement_choices(self.data.other_units), known, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if values is None:
            return
        from vonapp.store.edits_utfall import add_time_row

        unit, day = self.unit, self.day
        text = self.tr("lägg till tidrad {0}").format(values["category"])
        push_store_edit(self.context, text, lambda db: add_time_row(db, unit=unit, day=day, **values),  # type: ignore[arg-type]
                        tables=UTFALL_TABLES)
