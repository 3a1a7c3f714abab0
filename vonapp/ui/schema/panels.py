"""Beside and under the grid: the live figures (hours and kr against budget i timmar, resurspass) and
the list of working-time findings (a click selects the cell)."""

from __future__ import annotations

from html import escape
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from vonapp.domain import roster
from vonapp.domain.budget import BudgetYearInputs
from vonapp.domain.formatting import fmt_hours, fmt_number
from vonapp.domain.rule_texts import RULE_TITLES, finding_text, where
from vonapp.domain.rules import DYGNSVILA, VECKOVILA, Finding
from vonapp.domain.schedule_cost import CostRow
from vonapp.texts import t
from vonapp.ui.i18n import Words
from vonapp.ui.schema.grid_model import day_key, week_key

MONTHS = Words("dates", ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"))


def _signed(text: str, value: float | None) -> str:
    if value is None:
        return text
    colour = "#1B7F3B" if value >= 0 else "#B00020"
    return f'<span style="color:{colour}">{text}</span>'


class FiguresPanel(QLabel):
    """Rich text, recomputed at every edit from the grid as edited."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWordWrap(True)
        self.setMargin(4)
        self.last_html = ""

    def show_figures(self, data: roster.ScheduleData, budget: BudgetYearInputs | None, found: list[Finding],
                     year_rows: list[CostRow] | None) -> None:
        tr = self.tr
        parts = [f"<b>{escape(tr('Schemats kostnad mot budget i timmar'))}</b>"]
        if budget is None:
            parts.append(f"<i>{escape(tr('Ingen budget för året; bara timmar visas.'))}</i>")
        head = "".join(f"<th align='right'>{escape(h)}</th>" for h in
                       (tr("Schema"), tr("Budget"), tr("Avvikelse")))
        rows = [f"<tr><th></th>{head}</tr>"]
        for c in roster.live_cost(data, budget):
            label = {"Vecka": tr("Vecka"), "Månad": tr("Månad"), "År": tr("År")}[c.label]
            rows.append(f"<tr><td style='white-space:nowrap'>{escape(label)} h</td><td align='right'>{fmt_hours(c.planned_hours)}</td>"
                        f"<td align='right'>{fmt_hours(c.budget_hours)}</td><td align='right'>"
                        f"{_signed(fmt_hours(c.deviation_hours), c.deviation_hours)}</td></tr>")
            if c.label != "Vecka":
                rows.append(f"<tr><td style='white-space:nowrap'>{escape(label)} {escape(tr('tkr'))}</td><td align='right'>{_tkr(c.planned_kr)}</td>"
                            f"<td align='right'>{_tkr(c.budget_kr)}</td><td align='right'>"
                            f"{_signed(_tkr(c.deviation_kr), c.deviation_kr)}</td></tr>")
        parts.append(f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>")
        parts.append(f"<small>{escape(tr('Avvikelse = budget − schema; positiv = inom budget.'))}</small>")
        res = roster.resurspass_week_hours(data)
        weeks = ", ".join(tr("v{0} {1}").format(w + 1, fmt_number(h)) for w, h in enumerate(res))
        parts.append(f"<br><b>{escape(tr('Resurspass per vecka'))}</b><br>{escape(weeks)} h "
                     f"({escape(tr('snitt'))} {fmt_hours(float(res.mean()) if len(res) else 0.0)})")
        hours = roster.week_hours(data)
        target = roster.target_hours(data)
        avg = hours.mean(axis=1) if len(hours) else np.zeros(0)
        off = int(np.sum(np.abs(avg - np.nan_to_num(target, nan=avg)) > 0.5)) if len(avg) else 0
        parts.append(f"<br><b>{escape(tr('Anställda'))}</b><br>"
                     + escape(tr("{n} rader, {h} h/vecka i snitt; {o} utanför sin sysselsättning").format(
                         n=len(avg), h=fmt_number(float(avg.sum()), 1), o=off)))
        counts: dict[str, int] = {}
        for f in found:
            counts[f.rule] = counts.get(f.rule, 0) + 1
        summary = ", ".join(f"{t(RULE_TITLES[r]).lower()} {n}" for r, n in counts.items()) or tr("inga")
        parts.append(f"<br><b>{escape(tr('Avvikelser från arbetstidsreglerna'))}</b><br>{escape(summary)}")
        if year_rows:
            year = year_rows[0].start.year if year_rows[0].start else ""
            cells = "".join(
                f"<tr><td>{MONTHS[r.start.month - 1] if r.start else ''}</td><td align='right'>{fmt_hours(r.planned_hours)}"
                f"</td><td align='right'>{fmt_hours(r.budget_hours)}</td><td align='right'>"
                f"{_signed(fmt_hours(r.deviation_hours), r.deviation_hours)}</td></tr>" for r in year_rows)
            parts.append(f"<br><b>{escape(tr('Enhetens scheman {y} per månad (sparat)').format(y=year))}</b>"
                         f"<table cellspacing='0' cellpadding='2'><tr><th></th>{head}</tr>{cells}</table>")
        self.last_html = "<br>".join(parts)
        self.setText(self.last_html)


def _tkr(kr: float | None) -> str:
    return "–" if kr is None else f"{fmt_number(kr / 1000)}\u00a0tkr"


class _FindingsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []
        self.titles = [self.tr("Anst.nr"), self.tr("Namn"), self.tr("Regel"), self.tr("Var"), self.tr("Funnet")]

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        if rows != self.rows:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None


class FindingsList(QTableView):
    """One row per finding; `cell_requested(row, column key)` when the user picks one."""

    cell_requested = Signal(int, str)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_model = _FindingsModel(self)
        self.setModel(self.list_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((52, 128, 92, 150)):  # at least the (translated) header
            title = str(self.list_model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(title) + 14))
        self.targets: list[tuple[int, str]] = []
        self.clicked.connect(lambda index: self._picked(index.row()))

    def rowCount(self) -> int:  # noqa: N802 - as QTableWidget names it
        return self.list_model.rowCount()

    def show_findings(self, data: roster.ScheduleData, found: list[Finding]) -> None:
        row_of = {int(e): i for i, e in enumerate(data.employees["employee_id"])}
        numbers, names = data.employees["number"].tolist(), data.employees["name"].tolist()
        rows, targets = [], []
        for f in found:
            row = row_of.get(f.employee_id, 0)
            rows.append((str(numbers[row]) if numbers else "", str(names[row]) if names else "",
                         t(RULE_TITLES.get(f.rule, f.rule)), where(f, data.start_date), finding_text(f)))
            targets.append((row, day_key(f.cycle_day - 1) if f.rule == DYGNSVILA and f.cycle_day
                            else week_key(f.week - 1) if f.rule == VECKOVILA and f.week else "avg"))
        self.targets = targets
        self.list_model.set_rows(rows)

    def _picked(self, row: int) -> None:
        if 0 <= row < len(self.targets):
            self.cell_requested.emit(*self.targets[row])
