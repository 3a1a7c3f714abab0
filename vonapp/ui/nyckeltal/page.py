"""Nyckeltal: the months' time breakdown (typed here or imported) with utförandegrad, bomtid and
avböjda against the unit's targets as a table and a chart, sick rate and hourly-paid share per month,
and the indicators under their goals with Kolada id, target, outcome and assessment — all editable."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from vonapp.domain.glossary import Assessment
from vonapp.domain.plan import kpi_verdicts
from vonapp.store import edits_plan as e
from vonapp.store.plan_queries import KpiView, indicators_view, kpi_view
from vonapp.ui.area_page import AreaContext, AreaPage
from vonapp.ui.editing import CellEdit, Column
from vonapp.ui.i18n import Words
from vonapp.ui.nyckeltal.chart import KpiChart
from vonapp.ui.overview.palette import STATUS_COLOURS, Status
from vonapp.ui.plan_common import (
    changes_of,
    fit_label_column,
    heading,
    push,
    set_columns,
    set_width,
    table,
)
from vonapp.ui.style import set_role

TABLES = frozenset({"time_breakdown", "kpi_target", "indicator", "indicator_value", "time_entry", "schedule",
                    "schedule_cell", "budget_year"})
MONTHS = Words("dates", ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                         "oktober", "november", "december"))
YEAR_ROW = 13
GOOD, BAD = STATUS_COLOURS[Status.GOOD][2], STATUS_COLOURS[Status.ACT][2]


def _tr(text: str) -> str:
    return QCoreApplication.translate("NyckeltalPage", text)


def _not_year_row(value: object, row: dict) -> str | None:
    if row.get("month") == YEAR_ROW:
        return _tr("Helåret räknas fram av månaderna.")
    if isinstance(value, int | float) and value < 0:  # refused at the cell, as the store would
        return _tr("Timmarna kan inte vara negativa.")
    return None


def _a_share(value: object, _row: dict) -> str | None:
    if isinstance(value, int | float) and not 0 <= value <= 100:
        return _tr("Målet är en andel mellan 0 och 100 %.")
    return None


def month_columns(editable: bool) -> list[Column]:
    hours = [Column(k, t, "hours", editable=editable, validate=_not_year_row) for k, t in (
        ("worked_hours", _tr("Arbetad\ntid (h)")), ("client_hours", _tr("Tid hos\nkund (h)")),
        ("idle_hours", _tr("Bomtid\n(h)")), ("declined_hours", _tr("Avböjd\ntid (h)")))]
    rates = [Column(k, t, "pct") for k, t in (
        ("execution_rate", _tr("Utförande-\ngrad")), ("idle_rate", _tr("Bomtid\n%")), ("declined_rate", _tr("Avböjda\n%")),
        ("sick_rate", _tr("Sjuk-\nfrånvaro")), ("hourly_paid_share", _tr("Andel tim-\navlönade")))]
    return [Column("label", _tr("Månad"), "text"), *hours, *rates]


def target_columns() -> list[Column]:
    return [Column("execution_target_pct", _tr("Utförandegrad minst"), "pct", editable=True, validate=_a_share),
            Column("idle_max_pct", _tr("Bomtid under"), "pct", editable=True, validate=_a_share),
            Column("declined_max_pct", _tr("Avböjda under"), "pct", editable=True, validate=_a_share)]


def indicator_columns(year: int, editable: bool) -> list[Column]:
    return [
        Column("goal", _tr("Mål"), "text", editable=editable),
        Column("name", _tr("Indikator"), "text", editable=editable, required=True),
        Column("kolada_id", _tr("Kolada-id"), "text", editable=editable),
        Column("measure_unit", _tr("Måttenhet"), "text", editable=editable),
        Column("target", _tr("Målvärde\n{0}").format(year), "number", editable=editable),
        Column("value", _tr("Utfall\n{0}").format(year), "number", editable=editable),
        Column("previous_value", _tr("Utfall\n{0}").format(year - 1), "number"),
        Column("previous2_value", _tr("Utfall\n{0}").format(year - 2), "number"),
        Column("preliminary_text", _tr("Preli-\nminärt"), "choice", editable=editable, choices=("ja", "nej")),
        Column("assessment", _tr("Bedömning"), "choice", editable=editable, choices=tuple(a.value for a in Assessment),
               unknown_choice=_tr("Bedömningen {value} finns inte; välj Ej uppfyllt, Delvis uppfyllt, "
                                  "I hög grad uppfyllt, Helt uppfyllt eller Ej utvärderad.")),
        Column("unit", _tr("Gäller"), "text"),
    ]


ASSESSMENT_COLOURS = {Assessment.NOT_MET.value: BAD, Assessment.PARTLY_MET.value: STATUS_COLOURS[Status.WATCH][2],
                      Assessment.LARGELY_MET.value: GOOD, Assessment.MET.value: GOOD}


class NyckeltalPage(AreaPage):
    def __init__(self, context: AreaContext, *, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.data: KpiView | None = None
        self.title = heading("", self)
        self.targets_model, self.targets_table = table(target_columns(), self, key="key")
        self.targets_table.setFixedHeight(self.targets_table.verticalHeader().defaultSectionSize() * 2 + 8)
        self.targets_table.setFixedWidth(3 * 150 + 4)
        for c in range(3):
            self.targets_table.setColumnWidth(c, 150)
        self.targets_title = QLabel(_tr("Mål {0}:").format(""), self)
        set_role(self.targets_title, "table-heading")
        self.targets_model.edits_requested.connect(self._edit_targets)
        self.targets_note = QLabel(self)
        self.months_model, self.months_table = table(month_columns(True), self, key="month")
        self.months_model.edits_requested.connect(self._edit_months)
        self.chart = KpiChart(parent=self)
        self.ind_title = heading(_tr("Indikatorer"), self)
        self.ind_model, self.ind_table = table(indicator_columns(2000, True), self, stretch="name")
        self.ind_table.setWordWrap(True)
        self.ind_model.edits_requested.connect(self._edit_indicators)
        self.add_button = QPushButton(_tr("Ny indikator"), self)
        self.remove_button = QPushButton(_tr("Ta bort indikator"), self)
        self.add_button.clicked.connect(self._add_indicator)
        self.remove_button.clicked.connect(self._remove_indicator)
        for view in (self.targets_table, self.months_table, self.ind_table):
            view.message.connect(context.status_message)
        targets = QHBoxLayout()
        targets.addWidget(self.targets_title)
        targets.addWidget(self.targets_table)
        targets.addWidget(self.targets_note, 1)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.months_table)
        upper.addWidget(self.chart)
        upper.setSizes([720, 460])
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ind_title)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.ind_table, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(targets)
        layout.addWidget(split, 1)
        self._widths_set = False

    def reload(self) -> None:
        if self.unit is None or self.period is None:
            return
        unit, year = self.unit, self.year
        self.context.read(lambda db: (kpi_view(db, unit, year), indicators_view(db, unit, year)),
                          lambda result: self._show(*result))

    def on_data_changed(self, tables: frozenset[str]) -> bool:
        return bool(tables & TABLES)

    def _show(self, view: KpiView, indicators: pd.DataFrame) -> None:
        self.data = view
        editable = not self.all_units
        self.title.setText(_tr("Nyckeltal {0} – {1}").format(view.year, view.unit))
        t = view.targets
        self.targets_model.set_frame(pd.DataFrame([{"key": "targets", "execution_target_pct": t.execution_target_pct,
                                                    "idle_max_pct": t.idle_max_pct,
                                                    "declined_max_pct": t.declined_max_pct}]))
        self.targets_table.setEnabled(editable)
        self.targets_title.setText(_tr("Mål {0}:").format(view.year))
        self.targets_note.setText(_tr("Målen gäller {0}{1}. Grönt: målet nås, rött: det nås inte.").format(
            view.year, "" if t.stored else _tr(" (standardmål: 70 %, under 5 %, under 1 %)")))
        self.targets_note.setWordWrap(True)
        months = view.months.copy()
        months["label"] = list(MONTHS)
        known = [int(r["month"]) for _, r in months.iterrows()
                 if any(pd.notna(r[k]) for k in ("worked_hours", "sick_rate", "hourly_paid_share"))]
        label = _tr("Helår {0}").format(view.year) if not known or max(known) == 12 else \
            _tr("{0} t.o.m. {1}").format(view.year, MONTHS[max(known) - 1][:3])
        year_row = {**view.year_row, "month": YEAR_ROW, "label": label}
        frame = pd.concat([months, pd.DataFrame([year_row])], ignore_index=True)
        cols = month_columns(editable and view.has_breakdown)
        changed = set_columns(self.months_model, cols)
        rates = frame[["execution_rate", "idle_rate", "declined_rate"]].astype(object).where(
            frame[["execution_rate", "idle_rate", "declined_rate"]].notna(), None).to_dict("records")

        def colour(row: int, key: str) -> str | None:
            if key not in ("execution_rate", "idle_rate", "declined_rate") or row >= len(rates):
                return None
            r = rates[row]
            ok = kpi_verdicts(r["execution_rate"], r["idle_rate"], r["declined_rate"], t)[key]
            return None if ok is None else (GOOD if ok else BAD)

        self.months_model.colour = colour
        self.months_model.bold_rows = {len(frame) - 1}
        self.months_model.set_frame(frame)
        self.chart.show_months(view.months, t, self._months_shown(view.year))
        ind = indicators.copy()
        ind["preliminary_text"] = ["ja" if p is True or p == 1 else ("nej" if p is not None else None)
                                   for p in ind["preliminary"]]
        changed = set_columns(self.ind_model, indicator_columns(view.year, editable)) or changed
        assessments = list(ind["assessment"])
        self.ind_model.colour = lambda r, key: ASSESSMENT_COLOURS.get(assessments[r]) if key == "assessment" and \
            r < len(assessments) else None
        self.ind_model.group_column = "goal"  # a goal shown once, above its indicators
        self.ind_model.set_frame(ind)
        self.ind_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.ind_model.columns) - 1)
        for w in (self.add_button, self.remove_button):
            w.setEnabled(editable)
        if changed or not self._widths_set:  # new columns reset the widths
            self._set_widths()
        self.ind_table.resizeRowsToContents()
        fit_label_column(self.months_table, self.months_model)  # the bold year row ("2024 t.o.m. aug")
        self.targets_table.setFixedHeight(self.targets_table.horizontalHeader().sizeHint().height()
                                          + self.targets_table.rowHeight(0) + 4)
        for c in range(3):
            self.targets_table.setColumnWidth(c, 150)

    def _months_shown(self, y: int) -> range:
        """The chart's months: the chosen quarter's or month's (no outcome outside it), else the year's."""
        p = self.period
        if p is None or p.start.year != y or p.end.year != y:
            return range(1, 13)
        return range(p.start.month, p.end.month + 1)

    def _set_widths(self) -> None:
        self.months_table.setColumnWidth(0, 92)
        for c in range(1, 10):
            set_width(self.months_table, c, 68)
        self.months_table.horizontalHeader().setMinimumSectionSize(40)
        self.ind_table.setColumnWidth(0, 230)
        for c, w in ((2, 72), (3, 70), (4, 72), (5, 66), (6, 66), (7, 66), (8, 54), (9, 130), (10, 100)):
            set_width(self.ind_table, c, w)
        self._widths_set = True

    # -- editing ---------------------------------------------------------------------------------
    def _edit_months(self, edits: list[CellEdit]) -> None:
        unit, year, changes = self.unit, self.year, changes_of(edits)
        push(self.context, _tr("ändra utförandetid"), redo=lambda db: e.set_breakdown_values(db, unit, year, changes),
             undo=lambda db, undos: e.undo_rows(db, undos), tables=frozenset({"time_breakdown"}))

    def _edit_targets(self, edits: list[CellEdit]) -> None:
        unit, year, changes = self.unit, self.year, changes_of(edits)
        push(self.context, _tr("ändra mål"), redo=lambda db: e.set_targets(db, unit, year, changes),
             undo=lambda db, undos: e.undo_rows(db, undos), tables=frozenset({"kpi_target"}))

    def _edit_indicators(self, edits: list[CellEdit]) -> None:
        year = self.year
        changes = [(k, "preliminary" if c == "preliminary_text" else c, v) for k, c, v in changes_of(edits)]
        push(self.context, _tr("ändra indikator"), redo=lambda db: e.set_indicator_cells(db, year, changes),
             undo=lambda db, reverse: e.set_indicator_cells(db, year, reverse),
             tables=frozenset({"indicator", "indicator_value"}))

    def _add_indicator(self) -> None:
        unit = self.unit
        push(self.context, _tr("ny indikator"), redo=lambda db: e.add_indicator(db, unit, _tr("Ny indikator")),
             undo=lambda db, ind: e.delete_row(db, "indicator", ind), tables=frozenset({"indicator"}))

    def _remove_indicator(self) -> None:
        index = self.ind_table.currentIndex()
        if not index.isValid():
            self.context.status_message.emit(_tr("Välj en indikator i tabellen först."))
            return
        ind = int(self.ind_model.row_key(self.ind_table.proxy.mapToSource(index).row()))
        push(self.context, _tr("ta bort indikator"), redo=lambda db: e.remove_indicator(db, ind),
             undo=lambda db, snapshot: e.restore_indicator(db, snapshot),
             tables=frozenset({"indicator", "indicator_value"}))
