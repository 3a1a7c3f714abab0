"""The schedule grid: one row per employee, one column per cycle day, then the row's live hours.

A FrameTableModel (Excel habits, refusals, one edit batch per action) whose day cells are shift codes
(a `choice` column: "Passkoden N3 finns inte"), coloured by kind, and whose cells with a working-time
finding are marked (red) with the finding as tooltip.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from vonapp.domain import roster
from vonapp.domain.formatting import fmt_number
from vonapp.domain.rule_texts import finding_text
from vonapp.domain.rules import DYGNSVILA, VECKOVILA, Finding
from vonapp.ui.editing.cells import Column
from vonapp.ui.editing.model import FrameTableModel
from vonapp.ui.i18n import Words

KIND_COLOURS = {roster.DAG: QColor("#FFF1B8"), roster.KVALL: QColor("#FFD3A1"), roster.NATT: QColor("#C8D3F4"),
                roster.RESURS: QColor("#C6E9BE")}
KIND_TITLES = {roster.DAG: QT_TRANSLATE_NOOP("ScheduleGridModel", "dag"),
               roster.KVALL: QT_TRANSLATE_NOOP("ScheduleGridModel", "kväll"),
               roster.NATT: QT_TRANSLATE_NOOP("ScheduleGridModel", "natt"),
               roster.RESURS: QT_TRANSLATE_NOOP("ScheduleGridModel", "resurspass")}
# The words of vonapp.domain.rule_texts, shown in the window's language.
SHORT_WEEKDAYS = Words("dates", ("må", "ti", "on", "to", "fr", "lö", "sö"))
WEEKDAYS = Words("dates", ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"))
FINDING_BRUSH = QBrush(QColor("#E8505B"))
FINDING_TEXT = QBrush(QColor("#FFFFFF"))
WARN_TEXT = QBrush(QColor("#B00020"))
WEEKEND_BRUSH = QBrush(QColor("#F3F3F3"))
FIXED = ("number", "name", "rate")
AnyIndex = QModelIndex | QPersistentModelIndex
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2})


def day_key(day: int) -> str:
    return f"d{day}"


def week_key(week: int) -> str:
    return f"w{week}"


class ScheduleGridModel(FrameTableModel):
    """Set with `show_schedule(data)`; `live(data, findings)` recolours and refreshes the hour columns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], key="employee_id", parent=parent)
        self.data_: roster.ScheduleData | None = None
        self.kinds: dict[str, str] = {}
        self.marks: dict[tuple[int, str], list[Finding]] = {}
        self.bold = QFont()
        self.bold.setBold(True)
        self._day_of: list[int] = []  # per column: its cycle day, or -1
        self._keys_of: list[str] = []
        self._weekend: list[bool] = []
        self._kind_brushes = {k: QBrush(c) for k, c in KIND_COLOURS.items()}

    # -- building ------------------------------------------------------------------------------
    def _columns(self, data: roster.ScheduleData) -> list[Column]:
        codes = tuple(data.shift_codes["code"].tolist())
        message = self.tr("Passkoden {value} finns inte")
        cols = [Column("number", self.tr("Anst.nr")), Column("name", self.tr("Namn")),
                Column("rate", self.tr("Syss.grad"), kind="pct", editable=True, decimals=0,
                       validate=_valid_rate, tooltip=self.tr("Sysselsättningsgrad i detta schema")),
                Column("avg", self.tr("Snitt h"), kind="number", decimals=1,
                       tooltip=self.tr("Timmar per vecka i snitt över cykeln")),
                Column("target", self.tr("Mål h"), kind="number", decimals=1,
                       tooltip=self.tr("Sysselsättningsgrad × heltidsmått"))]
        for day in range(data.cycle_days):
            weekday = (data.start_date.weekday() + day) % 7
            cols.append(Column(day_key(day), SHORT_WEEKDAYS[weekday], kind="choice", editable=True, choices=codes,
                               unknown_choice=message,
                               tooltip=self.tr("Vecka {w}, {d} (dag {n} i cykeln)").format(
                                   w=day // 7 + 1, d=WEEKDAYS[weekday], n=day + 1)))
        for week in range(data.cycle_weeks):
            cols.append(Column(week_key(week), self.tr("v{w} h").format(w=week + 1), kind="number", decimals=1,
                               tooltip=self.tr("Schemalagda timmar vecka {w}").format(w=week + 1)))
        return cols

    def show_schedule(self, data: roster.ScheduleData, found: list[Finding]) -> None:
        """Show a schedule (resetting the columns when the cycle or the codes changed)."""
        columns = self._columns(data)
        if [(c.key, c.title, c.choices) for c in columns] != [(c.key, c.title, c.choices) for c in self.columns]:
            self._keys_of = [c.key for c in columns]
            self._day_of = [int(k[1:]) if k.startswith("d") and k[1:].isdigit() else -1 for k in self._keys_of]
            self._weekend = [(data.start_date.weekday() + d) % 7 >= 5 for d in range(data.cycle_days)]
            self.columns = columns  # resets the model (FrameTableModel.columns)
        self.data_ = data
        c = data.shift_codes
        self.kinds = {code: roster.shift_kind(int(s), int(e), bool(r)) for code, s, e, r in
                      zip(c["code"], c["start_min"], c["end_min"], c["is_resource"], strict=True)}
        self._set_marks(data, found)
        self.set_frame(self.frame_of(data))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def frame_of(self, data: roster.ScheduleData) -> pd.DataFrame:
        names = data.code_text()
        lookup = np.array([None] * (max(names, default=0) + 1), dtype=object)
        for i, code in names.items():
            lookup[i] = code
        safe = np.where((data.grid >= 0) & (data.grid < len(lookup)), data.grid, 0)
        cells = lookup[safe] if len(lookup) else np.full(data.grid.shape, None, dtype=object)
        frame = pd.DataFrame(cells, columns=[day_key(d) for d in range(data.cycle_days)])
        hours = roster.week_hours(data)
        for week in range(data.cycle_weeks):
            frame[week_key(week)] = hours[:, week] if len(hours) else []
        frame["avg"] = hours.mean(axis=1) if len(hours) else []
        frame["target"] = roster.target_hours(data)
        frame.insert(0, "rate", data.employees["rate"].to_numpy())
        frame.insert(0, "name", data.employees["name"].to_numpy())
        frame.insert(0, "number", data.employees["number"].to_numpy())
        frame.insert(0, "employee_id", data.employees["employee_id"].to_numpy())
        return frame

    def live(self, data: roster.ScheduleData, found: list[Finding], rows: list[int] | None = None) -> None:
        """The grid as edited (before the database has it): the edited rows' cells and hours, and the marks.

        Only `rows` (None: all) are rewritten; the marks of every row are set again (a finding may go away).
        """
        self.data_ = data
        old_marks = self._marks_by_row()
        self._set_marks(data, found)
        if rows is None:
            self.set_frame(self.frame_of(data))
            rows = list(range(self.rowCount()))
        else:
            names = data.code_text()
            hours = roster.week_hours(data)
            target = roster.target_hours(data)
            first_day = self._col[day_key(0)]
            first_week = self._col[week_key(0)]
            rate_at = self._col["rate"]
            for r in rows:
                values = self._rows[r]
                for d, code in enumerate(data.grid[r].tolist()):
                    values[first_day + d] = names.get(code) if code else None
                for w in range(data.cycle_weeks):
                    values[first_week + w] = float(hours[r, w])
                values[self._col["avg"]] = float(hours[r].mean())
                values[self._col["target"]] = None if np.isnan(target[r]) else float(target[r])
                rate = data.employees["rate"].iat[r]
                values[rate_at] = None if pd.isna(rate) else float(rate)
        new_marks = self._marks_by_row()
        changed = {r for r in set(old_marks) | set(new_marks) if old_marks.get(r) != new_marks.get(r)}
        last = self.columnCount() - 1
        for r in sorted(set(rows) | changed):  # only these rows are repainted
            self.dataChanged.emit(self.index(r, 0), self.index(r, last))

    def _marks_by_row(self) -> dict[int, set[tuple[str, str, float]]]:
        out: dict[int, set[tuple[str, str, float]]] = {}
        for (r, key), found in self.marks.items():
            out.setdefault(r, set()).update((key, f.rule, f.hours) for f in found)
        return out

    def _set_marks(self, data: roster.ScheduleData, found: list[Finding]) -> None:
        row_of = {int(e): i for i, e in enumerate(data.employees["employee_id"])}
        marks: dict[tuple[int, str], list[Finding]] = {}
        for f in found:
            row = row_of.get(f.employee_id)
            if row is None:
                continue
            if f.rule == DYGNSVILA and f.cycle_day is not None:
                keys = [day_key(f.cycle_day - 1)]
            elif f.rule == VECKOVILA and f.week is not None:
                keys = [week_key(f.week - 1)]
            else:
                keys = ["avg"]
            for key in keys:
                marks.setdefault((row, key), []).append(f)
        self.marks = marks

    def findings_at(self, row: int, key: str) -> list[Finding]:
        return self.marks.get((row, key), [])

    # -- looks -----------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # Qt asks ≈ 10 roles a cell at every paint
            return None
        row, col = index.row(), index.column()
        day = self._day_of[col] if col < len(self._day_of) else -1
        if day >= 0:  # a day cell: the code as it is, fast (a grid repaint asks ≈ 3 000 times)
            if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.EditRole:
                return self._rows[row][col] or ""
            found = self.marks.get((row, self._keys_of[col])) if self.marks else None
            if role == Qt.ItemDataRole.BackgroundRole:
                if found:
                    return FINDING_BRUSH
                kind = self.kinds.get(self._rows[row][col] or "")
                if kind is not None:
                    return self._kind_brushes[kind]
                return WEEKEND_BRUSH if self._weekend[day] else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return FINDING_TEXT if found else None
            if role == Qt.ItemDataRole.FontRole:
                return self.bold if found else None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _CENTER
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(f"{f.rule}: {finding_text(f)}" for f in found) if found else None
            return super().data(index, role)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole):
            found = self.marks.get((row, self._keys_of[col]))
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(f"{f.rule}: {finding_text(f)}" for f in found) if found else super().data(index, role)
            if found:
                return WARN_TEXT if role == Qt.ItemDataRole.ForegroundRole else self.bold
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            key = self.columns[section].key
            if key.startswith("d") and key[1:].isdigit():
                day = int(key[1:])
                top = self.tr("v{w}").format(w=day // 7 + 1) if day % 7 == 0 else ""
                return f"{top}\n{self.columns[section].title}"
            return f"\n{self.columns[section].title}"
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)


def _valid_rate(value: object, _row: object) -> str | None:
    if value is None:
        return None
    try:
        rate = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return QCoreApplication.translate("ScheduleGridModel", "Ange sysselsättningsgraden i procent, 1–100.")
    return None if 0 < rate <= 100 else QCoreApplication.translate(
        "ScheduleGridModel", "Sysselsättningsgraden {0} % går inte; ange 1–100 %.").format(fmt_number(rate))
