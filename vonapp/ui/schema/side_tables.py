"""The Schema area's two side tables: shift codes (start, end, break, resurspass) and the staffing need
(hours × weekdays), each a FrameTableModel whose edits become store edits."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication

from vonapp.domain import roster
from vonapp.domain.schedule import shift_hours
from vonapp.ui.editing.cells import Column
from vonapp.ui.editing.model import FrameTableModel
from vonapp.ui.schema.grid_model import KIND_TITLES, SHORT_WEEKDAYS


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
