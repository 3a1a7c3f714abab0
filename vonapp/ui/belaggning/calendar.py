"""A month calendar of occupied places per day: type a number in a day, paste a column or row of
numbers from Excel (filled day by day from the current one), Delete clears the chosen days."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from vonapp.ui.editing import CellError, parse_number
from vonapp.ui.i18n import Words
from vonapp.ui.overview.charts.axes import MONTH_NAMES

WEEKDAY_TITLES = Words("dates", ("mån", "tis", "ons", "tor", "fre", "lör", "sön"))
OUTSIDE = QBrush(QColor(240, 240, 240))
TYPED_IN_WINDOW = QColor(226, 239, 250)
AnyIndex = QModelIndex | QPersistentModelIndex


def occupancy_colour(share: float) -> QColor:
    """Light green when nearly full, through light yellow to light red when many places stand empty."""
    if share >= 0.97:
        return QColor(222, 241, 222)
    if share >= 0.9:
        return QColor(250, 243, 214)
    return QColor(251, 224, 214)


class MonthModel(QAbstractTableModel):
    """6 weeks × 7 days of one month; a day's value is its occupied places (None: no data)."""

    edits_requested = Signal(object)  # {date: int | None}
    refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year, self.month = 2000, 1
        self.places: int | None = None
        self.values: dict[date, float] = {}
        self.edited: set[date] = set()
        self.from_moves = False
        self.budget_year = True
        self.first = date(2000, 1, 1)

    def set_month(self, year: int, month: int, days: pd.DataFrame, places: int | None, *,
                  budget_year: bool = True) -> None:
        """days: the year's days (date, occupied, typed, edited); places: the unit's places;
        budget_year: whether the unit has a budget for this year (else every day is refused)."""
        self.beginResetModel()
        self.budget_year = budget_year
        self.year, self.month, self.places = year, month, places
        first = date(year, month, 1)
        self.first = first - timedelta(days=first.weekday())
        mine = days[(days["date"].dt.month == month)] if not days.empty else days
        self.values = {d.date(): float(o) for d, o in zip(mine.get("date", []), mine.get("occupied", []),
                                                           strict=False) if o == o}
        self.edited = {d.date() for d, e in zip(mine.get("date", []), mine.get("edited", []), strict=False) if e}
        self.typed = {d.date() for d, t in zip(mine.get("date", []), mine.get("typed", []), strict=False) if t}
        self.endResetModel()

    def day_at(self, row: int, column: int) -> date:
        return self.first + timedelta(days=row * 7 + column)

    def index_of(self, day: date) -> QModelIndex:
        n = (day - self.first).days
        return self.index(n // 7, n % 7)

    def in_month(self, day: date) -> bool:
        return day.year == self.year and day.month == self.month

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return WEEKDAY_TITLES[section]
        return self.tr("v. {0}").format(self.day_at(section, 0).isocalendar()[1])

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.in_month(self.day_at(index.row(), index.column())):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index.row(), index.column())
        inside = self.in_month(day)
        value = self.values.get(day)
        if role == Qt.ItemDataRole.DisplayRole:
            if not inside:
                return f"{day.day}"
            shown = "–" if value is None else f"{value:.0f}"
            return f"{day.day}\n{shown}"
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else f"{value:.0f}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not inside:
                return OUTSIDE
            if value is not None and self.places:
                colour = occupancy_colour(value / self.places)
                return QBrush(colour)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not inside:
            return QBrush(QColor(170, 170, 170))
        if role == Qt.ItemDataRole.ToolTipRole and inside:
            how = (self.tr("inlagt i fönstret") if day in self.edited else self.tr("importerat") if day in self.typed
                   else self.tr("från in- och utflyttningar") if value is not None else self.tr("ingen uppgift"))
            share = f", {100 * value / self.places:.1f} %".replace(".", ",") if value is not None and self.places else ""
            return self.tr("{0}: {1} av {2} platser{3} ({4})").format(
                day.isoformat(), shown_value(value), self.places or "–", share, how)
        if role == Qt.ItemDataRole.FontRole and day in self.edited:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        day = self.day_at(index.row(), index.column())
        return self.request({day: value})

    def check(self, day: date, text: object) -> int | None:
        """The occupied places a typed text means (None: clear the day); raises CellError."""
        if not self.budget_year:
            raise CellError(self.tr("{0} ligger utanför enhetens budgetår; importera budgeten för {1} först.")
                            .format(day.isoformat(), day.year))
        if text is None or str(text).strip() == "":
            return None
        if self.places is None:  # the store refuses it too; say so at the cell, not in a box afterwards
            raise CellError(self.tr("{0}: enheten har inget antal platser; ange platserna för året först "
                                    "(Platser ovan).").format(day.isoformat()))
        number = parse_number(str(text)) if isinstance(text, str) else float(text)  # type: ignore[arg-type]
        if number != int(number):
            raise CellError(self.tr("{0}: belagda platser är ett helt antal.").format(day.isoformat()))
        if number < 0:
            raise CellError(self.tr("{0}: antal belagda kan inte vara negativt.").format(day.isoformat()))
        if self.places is not None and number > self.places:
            raise CellError(self.tr("{0}: {1} belagda är fler än enhetens {2} platser.").format(
                day.isoformat(), int(number), self.places))
        return int(number)

    def request(self, cells: dict[date, object]) -> bool:
        """Check every day; any refusal refuses the lot (the cells keep their values)."""
        out: dict[date, int | None] = {}
        for day, text in cells.items():
            if not self.in_month(day):
                self.refused.emit(self.tr("{0} ligger utanför {1}; byt månad först.").format(
                    day.isoformat(), MONTH_NAMES[self.month - 1]))
                return False
            try:
                out[day] = self.check(day, text)
            except CellError as exc:
                self.refused.emit(str(exc))
                return False
        changed = {d: v for d, v in out.items() if self.values.get(d) != (None if v is None else float(v))}
        if changed:
            for d, v in changed.items():  # shown at once; the reload after the edit confirms it
                if v is None:
                    self.values.pop(d, None)
                else:
                    self.values[d] = float(v)
            self.dataChanged.emit(self.index(0, 0), self.index(5, 6))
            self.edits_requested.emit(changed)
        return bool(changed)


def shown_value(value: float | None) -> str:
    return "–" if value is None or np.isnan(value) else f"{value:.0f}"


class MonthView(QTableView):
    """The calendar: Enter/typing edits, Ctrl+V pastes numbers day after day, Delete clears."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month_model = MonthModel(self)
        self.setModel(self.month_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMinimumSize(330, 260)
        self.month_model.refused.connect(self.message)

    def selected_days(self) -> list[date]:
        m = self.month_model
        days = {m.day_at(i.row(), i.column()) for i in self.selectedIndexes()}
        if not days and self.currentIndex().isValid():
            days = {m.day_at(self.currentIndex().row(), self.currentIndex().column())}
        return sorted(d for d in days if m.in_month(d))

    def paste(self, text: str | None = None) -> bool:
        """Numbers from the clipboard (tab, newline or ; separated) from the current day onward."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        cells = [c for line in text.replace("\r", "").split("\n") for c in line.replace(";", "\t").split("\t")]
        cells = [c for c in cells if c.strip() != ""]
        days = self.selected_days()
        if not cells or not days:
            return False
        start = days[0]
        return self.month_model.request({start + timedelta(days=i): c for i, c in enumerate(cells)})

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            days = self.selected_days()
            if days:
                self.month_model.request(dict.fromkeys(days))
            return
        super().keyPressEvent(event)
