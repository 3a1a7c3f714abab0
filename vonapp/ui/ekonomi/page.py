"""Ekonomi: budget, utfall and Prognos helår (ekonomi) per finance category for the year, with the
manager's own prognos typed in (kept with its date, so the change since the last one shows), budget and
utfall per month, and the compensation-model calculator."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from vonapp.domain.glossary import FinanceCategory
from vonapp.store import edits_plan as e
from vonapp.store.plan_queries import EkonomiData, ekonomi_data
from vonapp.ui.area_page import AreaContext, AreaPage
from vonapp.ui.editing import CellEdit, Column
from vonapp.ui.ekonomi.compensation import CompensationPanel
from vonapp.ui.i18n import Words
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

TABLES = frozenset({"finance_line", "finance_forecast", "compensation_model", "time_breakdown", "budget_year"})
MONTHS = Words("dates", ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                         "oktober", "november", "december"))
# Keys are the finance categories as stored; the labels are translated when shown.
LABELS = {"intäkter": QT_TRANSLATE_NOOP("EkonomiPage", "Verksamhetens intäkter"),
          "personalkostnader": QT_TRANSLATE_NOOP("EkonomiPage", "Personalkostnader"),
          "lokalhyror": QT_TRANSLATE_NOOP("EkonomiPage", "Lokalhyror"),
          "köp av tjänster": QT_TRANSLATE_NOOP("EkonomiPage", "Köp av tjänster"),
          "övriga kostnader": QT_TRANSLATE_NOOP("EkonomiPage", "Övriga kostnader")}
SHORT = {"intäkter": QT_TRANSLATE_NOOP("EkonomiPage", "Intäkter"), "personalkostnader": QT_TRANSLATE_NOOP("EkonomiPage", "Personal"),
         "lokalhyror": QT_TRANSLATE_NOOP("EkonomiPage", "Lokalhyror"),
         "köp av tjänster": QT_TRANSLATE_NOOP("EkonomiPage", "Köp av tjänster"),
         "övriga kostnader": QT_TRANSLATE_NOOP("EkonomiPage", "Övriga")}
TOTAL = "total"
YEAR_ROW = 13
DEFAULT_GREY = "#777777"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EkonomiPage", text)


def _not_total(_value: object, row: dict) -> str | None:
    return _tr("Summaraden räknas fram.") if row.get("category") == TOTAL or row.get("month") == YEAR_ROW else None


def forecast_columns(through: str) -> list[Column]:
    return [
        Column("label", _tr("Kategori"), "text"),
        Column("budget_year_kr", _tr("Budget helår"), "kr"),
        Column("outcome_kr", _tr("Utfall {0}").format(through), "kr"),
        Column("forecast_kr", _tr("Prognos helår\n(ekonomi)"), "kr", editable=True, validate=_not_total,
               tooltip=_tr("Din prognos för helåret. Utan egen prognos: utfall hittills + budget för resten av året "
                           "(grå).")),
        Column("forecast_made_on", _tr("Prognosens\ndatum"), "date"),
        Column("previous_forecast_kr", _tr("Förra\nprognosen"), "kr"),
        Column("change_kr", _tr("Förändring sedan\nförra prognosen"), "kr"),
        Column("deviation_kr", _tr("Avvikelse\nprognos/budget"), "kr"),
        Column("outcome_last_year_kr", _tr("Utfall samma\nperiod i fjol"), "kr"),
        Column("outcome_change_kr", _tr("Diff. utfall\nmot i fjol"), "kr"),
    ]


def month_columns(editable: bool) -> list[Column]:
    cols = [Column("label", _tr("Månad"), "text")]
    for c in FinanceCategory:
        cols.append(Column(f"{c.value}|budget_kr", _tr("{0}\nbudget").format(_tr(SHORT[c.value])), "kr", editable=editable,
                           validate=_not_total))
        cols.append(Column(f"{c.value}|outcome_kr", _tr("{0}\nutfall").format(_tr(SHORT[c.value])), "kr",
                           editable=editable, validate=_not_total))
    return cols


def forecast_frame(data: EkonomiData) -> pd.DataFrame:
    t = data.finance.table.copy()
    t["label"] = [_tr(LABELS[c]) if c in LABELS else c for c in t["category"]]
    total = {"category": TOTAL, "label": _tr("Verksamhetens nettokostnader")}
    for col in ("budget_year_kr", "outcome_kr", "forecast_kr", "previous_forecast_kr", "change_kr", "deviation_kr",
                "outcome_last_year_kr", "outcome_change_kr"):
        values = pd.to_numeric(t[col], errors="coerce")
        total[col] = float(values.sum()) if values.notna().any() else None
    return pd.concat([t, pd.DataFrame([total])], ignore_index=True)


def month_frame(data: EkonomiData) -> pd.DataFrame:
    lines = data.finance.lines
    rows = []
    for m in range(1, 13):
        row: dict[str, object] = {"month": m, "label": MONTHS[m - 1]}
        mine = lines[lines["month"] == m] if not lines.empty else lines
        for r in mine.itertuples(index=False):
            row[f"{r.category}|budget_kr"] = r.budget_kr
            row[f"{r.category}|outcome_kr"] = r.outcome_kr
        rows.append(row)
    frame = pd.DataFrame(rows)
    total: dict[str, object] = {"month": YEAR_ROW, "label": _tr("Helår")}
    for c in frame.columns:
        if "|" in c:
            values = pd.to_numeric(frame[c], errors="coerce")
            total[c] = float(values.sum()) if values.notna().any() else None
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


class EkonomiPage(AreaPage):
    def __init__(self, context: AreaContext, *, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.data: EkonomiData | None = None
        self.title = heading("", self)
        self.forecast_model, self.forecast_table = table(forecast_columns(""), self, key="category", stretch="label")
        self.forecast_model.edits_requested.connect(self._edit_forecast)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        set_role(self.note, "note")
        self.tabs = QTabWidget(self)
        months = QWidget(self.tabs)
        self.month_model, self.month_table = table(month_columns(True), months, key="month")
        self.month_model.edits_requested.connect(self._edit_months)
        QVBoxLayout(months).addWidget(self.month_table)
        self.compensation = CompensationPanel(parent=self.tabs)
        self.compensation.model.edits_requested.connect(self._edit_models)
        self.compensation.add_button.clicked.connect(self._add_model)
        self.compensation.remove_button.clicked.connect(self._remove_model)
        self.tabs.addTab(months, _tr("Budget och utfall per månad"))
        self.tabs.addTab(self.compensation, _tr("Ersättningsmodell"))
        for view in (self.forecast_table, self.month_table, self.compensation.view):
            view.message.connect(context.status_message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.forecast_table)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self._widths_set = False
        self._shown_unit: str | None = None

    def reload(self) -> None:
        if self.unit is None or self.period is None:
            return
        unit, year = self.unit, self.year
        self.context.read(lambda db: ekonomi_data(db, unit, year), self._show)

    def on_data_changed(self, tables: frozenset[str]) -> bool:
        return bool(tables & TABLES)

    def _show(self, data: EkonomiData) -> None:
        self.data = data
        f = data.finance
        editable = not self.all_units
        self.title.setText(_tr("Ekonomi {0} – {1}").format(f.year, f.unit))
        last = int(f.table["last_month"].max()) if not f.table.empty else 0
        through = _tr("t.o.m. {0}").format(MONTHS[last - 1][:3]) if last else _tr("hittills")
        cols = forecast_columns(through)
        if not editable:
            cols = [Column(c.key, c.title, c.kind, tooltip=c.tooltip) for c in cols]
        changed = set_columns(self.forecast_model, cols)
        frame = forecast_frame(data)
        is_set = [x is True or x == 1 for x in frame["is_set"]]
        self.forecast_model.colour = lambda r, key: DEFAULT_GREY if key == "forecast_kr" and r < len(is_set) - 1 \
            and not is_set[r] else None
        self.forecast_model.bold_rows = {len(frame) - 1}
        self.forecast_model.set_frame(frame)
        self.forecast_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(cols) - 1)
        made = [d for d in frame["forecast_made_on"] if d is not None and not pd.isna(d)]
        self.note.setText(_tr("Utfall bokfört till och med {0}. Grå prognos: utfall hittills + budget för resten av "
                              "året (ingen egen prognos satt). Kostnader är negativa; avvikelse = prognos − budget, "
                              "positiv är bättre än budget.{1}").format(
            MONTHS[last - 1] if last else _tr("ingen månad ännu"),
            _tr(" Senaste prognos {0}.").format(max(made)) if made else ""))
        changed = set_columns(self.month_model, month_columns(editable)) or changed
        months = month_frame(data)
        self.month_model.bold_rows = {len(months) - 1}
        self.month_model.set_frame(months)
        self.compensation.show_comparison(data.compensation, f.year, f.unit)
        self.compensation.add_button.setEnabled(editable)
        with_model = data.kind in ("hemtjänst", "boendestöd") or data.compensation is not None
        self.tabs.setTabEnabled(1, with_model and editable)
        if f.unit != self._shown_unit:  # a unit with a model opens on its calculator, others on the months
            self.tabs.setCurrentIndex(1 if with_model and editable else 0)
            self._shown_unit = f.unit
        fit_label_column(self.forecast_table, self.forecast_model)  # the bold total row too
        table = self.forecast_table
        scrolls = table.horizontalHeader().length() > table.viewport().width()  # the bar must not hide the total
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + table.rowHeight(0) * len(frame) + 4
                             + (table.horizontalScrollBar().sizeHint().height() if scrolls else 0))
        if changed or not self._widths_set:  # new columns reset the widths
            self._set_widths()

    def _set_widths(self) -> None:
        for col, w in ((1, 100), (2, 100), (3, 105), (4, 84), (5, 96), (6, 118), (7, 112), (8, 104), (9, 96)):
            set_width(self.forecast_table, col, w)
        self.month_table.setColumnWidth(0, 90)
        for col in range(1, 11):
            set_width(self.month_table, col, 104)
        self._widths_set = True

    # -- editing ---------------------------------------------------------------------------------
    def _edit_forecast(self, edits: list[CellEdit]) -> None:
        unit, year, changes = self.unit, self.year, changes_of(edits)
        push(self.context, _tr("ny prognos"), redo=lambda db: e.set_forecasts(db, unit, year, changes),
             undo=lambda db, ids: e.delete_forecasts(db, ids), tables=frozenset({"finance_forecast"}))

    def _edit_months(self, edits: list[CellEdit]) -> None:
        unit, year, changes = self.unit, self.year, changes_of(edits)
        push(self.context, _tr("ändra budget/utfall"), redo=lambda db: e.set_finance_values(db, unit, year, changes),
             undo=lambda db, undos: e.undo_rows(db, undos), tables=frozenset({"finance_line"}))

    def _edit_models(self, edits: list[CellEdit]) -> None:
        changes = changes_of(edits)
        push(self.context, _tr("ändra ersättningsmodell"), redo=lambda db: e.set_compensation_values(db, changes),
             undo=lambda db, reverse: e.set_compensation_values(db, reverse),
             tables=frozenset({"compensation_model"}))

    def _add_model(self) -> None:
        data = self.data
        if data is None:
            return
        c = data.compensation
        names = {m.name.casefold() for m in c.models} if c else set()
        name, n = _tr("ny modell"), 2
        while name.casefold() in names:
            name, n = _tr("ny modell {0}").format(n), n + 1
        first = c.models[0] if c and c.models else None
        values = dict(granted_hours=first.granted_hours if first else 0.0,
                      execution_share_pct=first.execution_share_pct if first else 50.0,
                      client_time_share_pct=first.client_time_share_pct if first else 50.0,
                      hourly_cost=first.hourly_cost if first else (data.hourly_cost or 0.0))
        unit, year = self.unit, self.year
        push(self.context, _tr("ny ersättningsmodell"),
             redo=lambda db: e.add_compensation_model(db, unit, year, name, **values),
             undo=lambda db, mid: e.delete_row(db, "compensation_model", mid), tables=frozenset({"compensation_model"}))

    def _remove_model(self) -> None:
        mid = self.compensation.selected_model()
        if mid is None:
            self.context.status_message.emit(_tr("Välj en modell i tabellen först."))
            return
        push(self.context, _tr("ta bort ersättningsmodell"), redo=lambda db: e.remove_compensation_model(db, mid),
             undo=lambda db, row: e.restore_compensation_model(db, row), tables=frozenset({"compensation_model"}))
