"""The Schema area's two side tabs: shift codes (start, end, break, resurspass) and the staffing need
(hours × weekdays), each a FrameTableModel in an ExcelTableView whose edits become store edits."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from vonapp.domain import roster
from vonapp.domain.schedule import shift_hours
from vonapp.store import edits_schema_codes as ec
from vonapp.ui.area_page import AreaContext
from vonapp.ui.editing.cells import Column
from vonapp.ui.editing.command import push_cell_edits
from vonapp.ui.editing.model import CellEdit, FrameTableModel
from vonapp.ui.editing.view import ExcelTableView
from vonapp.ui.schema.edit_helpers import push_sets
from vonapp.ui.schema.grid_model import KIND_TITLES, SHORT_WEEKDAYS

CODE_TABLES = frozenset({"shift_code"})
NEED_TABLES = frozenset({"staffing_need"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("SchemaSideTables", text)


def _clock(m: int) -> str:
    return f"{int(m) // 60:02d}:{int(m) % 60:02d}"


def _valid_clock(value: object, _row: object) -> str | None:
    text = str(value or "").strip().replace(".", ":")
    if ":" not in text and text.isdigit() and len(text) in (3, 4):
        text = f"{text[:-2]}:{text[-2:]}"
    hh, _, mm = text.partition(":")
    if hh.isdigit() and (not mm or mm.isdigit()) and 0 <= int(hh) * 60 + int(mm or 0) <= 1440:
        return None
    return _tr("{v} är ingen tid; skriv TT:MM, t.ex. 07:00.").format(v=value)


def codes_model(parent: object = None) -> FrameTableModel:
    columns = [
        Column("code", _tr("Passkod"), editable=True, required=True),
        Column("start", _tr("Start"), editable=True, validate=_valid_clock, required=True),
        Column("end", _tr("Slut"), editable=True, validate=_valid_clock, required=True),
        Column("break", _tr("Rast min"), kind="int", editable=True),
        Column("is_resource", _tr("Resurspass"), kind="choice", editable=True, choices=("ja", "nej")),
        Column("kind", _tr("Slag")),
        Column("hours", _tr("Timmar"), kind="number", decimals=2),
    ]
    return FrameTableModel(columns, key="shift_code_id", parent=parent)


def codes_frame(codes: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for i, code, s, e, b, r in zip(codes["shift_code_id"], codes["code"], codes["start_min"], codes["end_min"],
                                   codes["break_min"], codes["is_resource"], strict=True):
        rows.append({"shift_code_id": int(i), "code": code, "start": _clock(s), "end": _clock(e), "break": int(b),
                     "is_resource": "ja" if r else "nej",
                     "kind": QCoreApplication.translate("ScheduleGridModel", KIND_TITLES[roster.shift_kind(int(s), int(e), bool(r))]),
                     "hours": shift_hours(int(s), int(e), int(b))})
    return pd.DataFrame(rows, columns=["shift_code_id", "code", "start", "end", "break", "is_resource", "kind",
                                       "hours"])


def need_model(parent: object = None) -> FrameTableModel:
    columns = [Column("hour_text", _tr("Timme"))]
    columns += [Column(f"w{d}", SHORT_WEEKDAYS[d], kind="number", editable=True, decimals=None,
                       validate=_valid_staff) for d in range(7)]
    return FrameTableModel(columns, key="hour", parent=parent)


def _valid_staff(value: object, _row: object) -> str | None:
    if value is None:
        return None
    return None if 0 <= float(value) <= 500 else _tr("Ange 0–500 personal.")  # type: ignore[arg-type]


def need_frame(need: pd.DataFrame) -> pd.DataFrame:
    """24 rows (hours) × 7 weekdays of staff needed; an hour without a row is empty."""
    grid = np.full((24, 7), np.nan)
    if len(need):
        grid[need["hour"].to_numpy(dtype=int), need["weekday"].to_numpy(dtype=int)] = need["staff"].to_numpy(dtype=float)
    frame = pd.DataFrame(grid, columns=[f"w{d}" for d in range(7)]).astype(object)
    frame = frame.where(~np.isnan(grid), None)
    frame.insert(0, "hour_text", [f"{h:02d}–{(h + 1) % 24:02d}" for h in range(24)])
    frame.insert(0, "hour", range(24))
    return frame


class CodesTab(QWidget):
    """The unit's shift codes: edit in the table, add and remove with the buttons."""

    def __init__(self, context: AreaContext, unit_id: Callable[[], int | None], message: Callable[[str], None],
                 *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.unit_id, self.message = context, unit_id, message
        self.model = codes_model(self)
        self.view = ExcelTableView()
        self.view.set_source_model(self.model)
        self.view.message.connect(message)
        self.model.edits_requested.connect(self._edits)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        for text, slot in ((self.tr("Ny passkod…"), self.add_code), (self.tr("Ta bort passkod"), self.remove_code)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    def show_codes(self, codes: pd.DataFrame) -> None:
        self.model.set_frame(codes_frame(codes))

    def _edits(self, edits: list[CellEdit]) -> None:
        unit_id = self.unit_id()
        if unit_id is not None:
            push_cell_edits(self.context, self.tr("ändra passkod"), edits,
                            lambda db, changes: ec.write_shift_codes(db, unit_id, changes), tables=CODE_TABLES)

    def add_code(self) -> None:
        unit_id = self.unit_id()
        if unit_id is None:
            return
        code, ok = QInputDialog.getText(self, self.tr("Ny passkod"),
                                        self.tr("Passkod (tider, rast och resurspass ändrar du sedan i tabellen):"))
        if ok and code.strip():
            push_sets(self.context, self.tr("ny passkod"),
                      lambda db: ec.add_shift_code(db, unit_id, code, "07:00", "16:00", 30), tables=CODE_TABLES,
                      unit_id=unit_id)

    def remove_code(self) -> None:
        source = self.view.to_source(self.view.currentIndex())
        if source is None:
            self.message(self.tr("Markera passkoden som ska bort."))
            return
        code_id = int(self.model.row_key(source[0]))
        push_sets(self.context, self.tr("ta bort passkod"), lambda db: ec.remove_shift_code(db, code_id),
                  tables=CODE_TABLES, unit_id=self.unit_id())


class NeedTab(QWidget):
    """Staff needed per hour and weekday; `changed(168 values)` at each edit, before the database has it."""

    def __init__(self, context: AreaContext, unit_id: Callable[[], int | None], message: Callable[[str], None],
                 changed: Callable[[np.ndarray], None], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.unit_id, self.changed = context, unit_id, changed
        self.model = need_model(self)
        self.view = ExcelTableView()
        self.view.set_source_model(self.model, sortable=False)
        self.view.message.connect(message)
        self.model.edits_requested.connect(self._edits)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Personal som behövs per timme och veckodag (t.ex. 3 eller 2,5). "
                                        "Kopiera gärna in från Excel.")))
        layout.addWidget(self.view)

    def show_need(self, need: pd.DataFrame) -> None:
        self.model.set_frame(need_frame(need))

    def week(self) -> np.ndarray:
        """The need as the table now shows it, 168 values (Monday 00–01 first)."""
        out = np.zeros(168)
        for hour in range(24):
            for day in range(7):
                value = self.model.value(hour, f"w{day}")
                out[day * 24 + hour] = 0.0 if value is None else float(value)  # type: ignore[arg-type]
        return out

    def _edits(self, edits: list[CellEdit]) -> None:
        unit_id = self.unit_id()
        if unit_id is None:
            return
        changes = [(int(e.column[1:]), int(e.row_key), e.new) for e in edits]
        self.changed(self.week())
        push_sets(self.context, self.tr("ändra bemanningsbehov"),
                  lambda db: ec.write_staffing_need(db, unit_id, changes), tables=NEED_TABLES, unit_id=unit_id)
