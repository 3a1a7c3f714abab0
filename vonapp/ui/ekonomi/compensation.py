"""The compensation-model calculator: two or more models side by side, the difference, and what the
unit's own shares (from its recorded time breakdown) would earn."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vonapp.domain.compensation import Comparison
from vonapp.domain.formatting import fmt_kr_as_tkr, fmt_pct
from vonapp.ui.editing import Column
from vonapp.ui.plan_common import set_columns, table
from vonapp.ui.style import set_role

ACTUAL = -1  # the key of the unit's own shares row


def _tr(text: str) -> str:
    return QCoreApplication.translate("EkonomiCompensation", text)


def _not_actual(_value: object, row: dict) -> str | None:
    return _tr("Enhetens egna andelar räknas fram av utförandetiden (Nyckeltal).") if row.get("id") == ACTUAL else None


def columns(first: str) -> list[Column]:
    return [
        Column("name", _tr("Modell"), "text", editable=True, required=True, validate=_not_actual),
        Column("granted_hours", _tr("Beviljad tid\n(h per år)"), "hours", editable=True, validate=_not_actual),
        Column("execution_share_pct", _tr("Budgeterad\nutförandegrad"), "pct", editable=True, validate=_not_actual),
        Column("client_time_share_pct", _tr("Brukartid av\narbetad tid"), "pct", editable=True, validate=_not_actual),
        Column("hourly_cost", _tr("Timkostnad\n(kr)"), "kr", editable=True, validate=_not_actual),
        Column("worked_hours", _tr("Arbetad tid\nsom ersätts (h)"), "hours"),
        Column("budget_kr", _tr("Budget\n(kr)"), "kr"),
        Column("difference_kr", _tr("Skillnad mot\n{0} (kr)").format(first), "kr"),
    ]


def frame_of(c: Comparison) -> pd.DataFrame:
    rows = [{"id": m.id, "name": m.name, "granted_hours": m.granted_hours, "execution_share_pct": m.execution_share_pct,
             "client_time_share_pct": m.client_time_share_pct, "hourly_cost": m.hourly_cost,
             "worked_hours": m.worked_hours, "budget_kr": m.budget_kr, "difference_kr": c.difference_from_first(i)}
            for i, m in enumerate(c.models)]
    a = c.actual
    if a is not None and c.models:
        first = c.models[0]
        budget = c.actual_budget_kr
        rows.append({"id": ACTUAL, "name": _tr("Enhetens egna andelar ({0} mån)").format(a.months),
                     "granted_hours": first.granted_hours, "execution_share_pct": a.execution_share_pct,
                     "client_time_share_pct": a.client_time_share_pct, "hourly_cost": first.hourly_cost,
                     "worked_hours": None if a.execution_share_pct is None or not a.client_time_share_pct else
                     first.granted_hours * a.execution_share_pct / a.client_time_share_pct,
                     "budget_kr": budget, "difference_kr": None if budget is None else budget - first.budget_kr})
    return pd.DataFrame(rows)


class CompensationPanel(QWidget):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.view = table(columns(_tr("första")), self, stretch="name")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        set_role(self.summary, "summary")
        self.formula = QLabel(_tr("Budget = beviljad tid × budgeterad utförandegrad ÷ brukartid av arbetad tid × "
                                  "timkostnad. Enhetens egna andelar: tid hos kund ÷ beviljad tid för de registrerade "
                                  "månaderna, och tid hos kund ÷ arbetad tid."), self)
        self.formula.setWordWrap(True)
        set_role(self.formula, "note")
        self.add_button = QPushButton(_tr("Ny modell"), self)
        self.remove_button = QPushButton(_tr("Ta bort modell"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.formula)
        layout.addLayout(buttons)
        self._widths_set = False

    def show_comparison(self, c: Comparison | None, year: int, unit: str) -> None:
        if c is None or not c.models:
            self.model.set_frame(pd.DataFrame(columns=["id"]))
            self.summary.setText(_tr("{0} har ingen ersättningsmodell för {1}. Lägg till en med Ny modell.").format(
                unit, year))
            self.remove_button.setEnabled(False)
            return
        self.remove_button.setEnabled(True)
        changed = set_columns(self.model, columns(c.models[0].name))
        self.model.bold_rows = {len(c.models)} if c.actual is not None else set()
        self.model.set_frame(frame_of(c))
        text = _tr("Ersättningsmodell {0}: ").format(year) + " · ".join(
            f"{m.name} {fmt_kr_as_tkr(m.budget_kr)}" for m in c.models)
        if c.difference_kr is not None:
            text += _tr("<br><b>Skillnad {0} − {1}: {2}</b>").format(c.models[0].name, c.models[-1].name,
                                                                     fmt_kr_as_tkr(c.difference_kr))
        if c.actual is not None:
            text += _tr("<br>Enhetens egna andelar: utförandegrad {0} av beviljad tid, brukartid {1} av arbetad tid "
                        "→ {2}").format(fmt_pct(c.actual.execution_share_pct), fmt_pct(c.actual.client_time_share_pct),
                                        fmt_kr_as_tkr(c.actual_budget_kr))
        self.summary.setText(text)
        if changed or not self._widths_set:  # new columns reset the widths
            for col, w in enumerate((240, 110, 110, 110, 100, 120, 120, 130)):
                self.view.setColumnWidth(col, w)
            self._widths_set = True

    def selected_model(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        key = self.model.row_key(self.view.proxy.mapToSource(index).row())
        return None if key == ACTUAL else int(key)
