"""The resurspass register: every resurspass shift of the period, placement edited in place."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vonapp.domain.formatting import fmt_hours
from vonapp.domain.glossary import Placement
from vonapp.domain.utfall import last_recorded_day
from vonapp.ui.editing import CellEdit, ExcelTableView, FilterLine
from vonapp.ui.overview.charts.axes import MONTHS
from vonapp.ui.utfall.tables import (
    PROBLEM_BRUSH,
    MarkedModel,
    fit_columns,
    placement_choices,
    register_columns,
    register_frame,
    register_values,
)

if TYPE_CHECKING:
    from vonapp.store.utfall import UtfallData
    from vonapp.ui.area_page import AreaContext


EMPTY_COLUMNS = ["id", "unplaced_flag", "placement", "date", "hours", "day_missed"]


class RegisterPanel(QWidget):
    place_requested = Signal(object)  # list[(day, employment number, placement)]: the page pushes the edit

    def __init__(self, context: AreaContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.unit: str | None = None
        self.frame = pd.DataFrame(columns=EMPTY_COLUMNS)
        self.this_week: date | None = None
        self.through: date | None = None  # the last recorded day of a period under way
        self._data: UtfallData | None = None
        self._dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.unplaced_only = QCheckBox(self.tr("Bara ej placerade"), self)
        self.week_only = QCheckBox(self.tr("Denna vecka"), self)
        self.model = MarkedModel(register_columns(placement_choices([])), "unplaced_flag", PROBLEM_BRUSH)
        self.view = ExcelTableView(self)
        self.view.set_source_model(self.model)
        fit_columns(self.view, self.model.columns, narrow=70)
        self.view.setToolTip(self.tr("Röda rader: passet stod oplacerat en dag då ersättare togs in"))
        self.filter = FilterLine(self.view, self)
        self.filter.setMaximumWidth(240)
        self.totals = QLabel(self)
        bar.addWidget(self.unplaced_only)
        bar.addWidget(self.week_only)
        bar.addWidget(self.filter)
        bar.addWidget(self.totals, 1)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.message.connect(context.status_message)
        self.model.edits_requested.connect(self._edits)
        self.unplaced_only.toggled.connect(lambda _c: self._show())
        self.week_only.toggled.connect(lambda _c: self._show())

    def show_data(self, data: UtfallData, this_week: date) -> None:
        self.unit = data.unit.name
        self.this_week = this_week
        # Passes after the last recorded day are still to come: not counted or listed as ej placerade.
        last = last_recorded_day(data.days)
        self.through = None if last is None or last >= data.period.end else last
        self.week_only.setText(self.tr("Denna vecka (v. {0})").format(this_week.isocalendar()[1]))
        columns = register_columns(placement_choices(data.other_units))
        if [c.choices for c in columns] != [c.choices for c in self.model.columns]:
            self.model.columns = columns  # the other units to place in; _show fills the model again
        self._data = data
        self._dirty = True
        if self.isVisible():  # else when the tab is shown: a year's register is a thousand rows
            self._show()

    def patch(self, data: UtfallData, changed: pd.DataFrame) -> None:
        """The register after a placement edit: `changed` holds the new rows of the edited days."""
        self._data = data
        if not self.isVisible() or self._dirty or changed.empty or self.frame.empty:
            self._dirty = True
            if self.isVisible():
                self._show()
            return
        new = register_values(changed)  # the edited days' rows as Python values: no frame built
        at = pd.Index(self.frame["id"]).get_indexer(new["id"])
        if (at < 0).any():
            self._dirty = True
            self._show()
            return
        # The changed cells in place (the frame is this panel's own, built by register_frame): a new
        # frame of the year's thousand rows cost ≈3 ms of each placement edit.
        frame = self.frame
        for column, values in new.items():
            if column not in frame.columns:
                continue
            j = frame.columns.get_loc(column)
            for r, value in zip(at.tolist(), values, strict=True):
                if not _same(frame.iat[r, j], value):
                    frame.iat[r, j] = value
        # A filter that the edit takes a row out of (or into) shows the list again; else the rows repaint.
        if self.unplaced_only.isChecked() or not self.model.patch_rows(new):
            self._show()
        else:
            self._show_totals(self._filtered())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._dirty:
            self._show()

    def _filtered(self) -> pd.DataFrame:
        f = self.frame
        if not f.empty and self.unplaced_only.isChecked():
            f = f[self._unplaced(f)]
        if not f.empty and self.week_only.isChecked() and self.this_week is not None:
            monday = self.this_week - timedelta(days=self.this_week.weekday())
            f = f[(f["date"] >= monday) & (f["date"] <= monday + timedelta(days=6))]
        return f

    def _show(self) -> None:
        if self._dirty and self._data is not None:
            register = self._data.register
            self.frame = register_frame(register) if not register.empty else pd.DataFrame(columns=EMPTY_COLUMNS)
        self._dirty = False
        f = self._filtered()
        self.model.set_frame(f)
        self._show_totals(f)

    def _show_totals(self, f: pd.DataFrame) -> None:
        if f.empty:
            self.totals.setText(self.tr("Inga resurspass i schemat för urvalet."))
            return
        # In numpy: pandas' boolean filters of the year's register cost ≈1 ms of each placement edit.
        hours = np.nan_to_num(f["hours"].to_numpy(dtype=float), nan=0.0)
        unplaced = f["placement"].to_numpy(dtype=object) == Placement.UNPLACED.value
        coming = np.zeros(len(f), dtype=bool)
        if self.through is not None:  # passes still to come are not left unplaced
            coming = np.fromiter((d > self.through for d in f["date"].tolist()), dtype=bool, count=len(f))
            unplaced &= ~coming
        costly = unplaced & (f["day_missed"].to_numpy(dtype=float) > 0)
        text = self.tr("{0} pass, {1}; ej placerade {2} pass, {3}; av dem {4} pass på dagar "
                       "med ersättare").format(len(f), fmt_hours(hours.sum()), int(unplaced.sum()),
                                               fmt_hours(hours[unplaced].sum()), int(costly.sum()))
        if self.through is not None and coming.any():
            text += self.tr("; {0} kommande pass efter {1} (inget registrerat ännu)").format(
                int(coming.sum()), f"{self.through.day} {MONTHS[self.through.month - 1]}")
        self.totals.setText(text)

    def _unplaced(self, f: pd.DataFrame) -> pd.Series:
        """Rows of passes left unplaced: up to the last recorded day (a pass still to come is not)."""
        unplaced = f["placement"] == Placement.UNPLACED.value
        return unplaced if self.through is None else unplaced & (f["date"] <= self.through)

    def _edits(self, edits: list[CellEdit]) -> None:
        if self.unit is None:
            return
        placements = []
        for e in edits:
            day_text, number = str(e.row_key).split("|", 1)
            placements.append((date.fromisoformat(day_text), number, str(e.new)))
        self.place_requested.emit(placements)  # the page pushes it: it re-reads just the edited days


def _same(a: object, b: object) -> bool:
    """Equal, or both missing (NaN, None)."""
    if a is None or b is None or (isinstance(a, float) and a != a) or (isinstance(b, float) and b != b):
        return pd.isna(a) and pd.isna(b)
    return bool(a == b)
