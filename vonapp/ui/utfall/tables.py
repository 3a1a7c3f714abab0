"""The Utfall area's table columns, and the days model that marks problem days."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from vonapp.domain.glossary import AbsenceType, Category, Placement
from vonapp.domain.utfall import NOT_COVERED
from vonapp.ui.editing import CellEdit, Column, FrameTableModel
from vonapp.ui.i18n import Words

PROBLEM_BRUSH = QBrush(QColor(253, 226, 218))  # light vermillion: substitutes hired, resurspass unplaced
EDITED_BRUSH = QBrush(QColor(226, 239, 250))  # light blue: entered or changed in the window
PROBLEM_MARK = "⚠"


def _tr(text: str) -> str:
    return QCoreApplication.translate("utfall", text)


def _hours(key: str, title: str, tooltip: str = "") -> Column:
    return Column(key, title, "hours", decimals=1, tooltip=tooltip)


def day_columns(*, weeks: bool = False) -> list[Column]:
    first = ([Column("week", _tr("Vecka")), Column("start", _tr("Från"), "date"), Column("end", _tr("Till"), "date")]
             if weeks else [Column("date", _tr("Datum"), "date"), Column("weekday", _tr("Dag")),
                            Column("week", _tr("Vecka"))])
    mark = ([Column("problem_days", _tr("Problemdagar"), "int",
                    tooltip=_tr("Dagar då vikarier, mertid, övertid eller inhyrda togs in medan resurspass stod "
                                "oplacerade"))] if weeks else
            [Column("flag", "", tooltip=_tr("⚠ = vikarier m.fl. togs in medan resurspass stod oplacerade"))])
    return [
        *first, *mark,
        _hours("ordinarie", _tr("Ordinarie")), _hours("resurspass", _tr("Resurspass")),
        _hours("vikarie", _tr("Vikarie")), _hours("mertid", _tr("Mertid")), _hours("overtid", _tr("Övertid")),
        _hours("inhyrd", _tr("Inhyrd")), _hours("worked", _tr("Arbetat"), _tr("Summa arbetade timmar")),
        _hours("sjuk", _tr("Sjuk")), _hours("semester", _tr("Semester")), _hours("vab", _tr("Vab")),
        _hours("foraldraledig", _tr("Föräldral.")), _hours("tjanstledig", _tr("Tjänstl.")),
        _hours("ovrigt", _tr("Övr. frånv.")),
        _hours("planned", _tr("Planerat"), _tr("Timmar enligt schemat (resurspass inräknade)")),
        _hours("planned_res", _tr("Resurspass plan."), _tr("Resurspass enligt schemat")),
        _hours("unplaced", _tr("Ej placerat"), _tr("Planerade resurspass − placerade (egen eller annan enhet)")),
        _hours("substitute", _tr("Ersättare"), _tr("Vikarie + mertid + övertid + inhyrd")),
        _hours("missed_hours", _tr("Missat h"), _tr("min(ej placerat, ersättare): resurspass som kunde ha "
                                                    "ersatt inhyrda timmar")),
        Column("missed_kr", _tr("Missat kr"), "kr", tooltip=_tr("Missade timmar × timkostnad")),
    ]


WEEKDAYS = Words("dates", ("mån", "tis", "ons", "tor", "fre", "lör", "sön"))


def _dates(values: pd.Series) -> list[date]:
    """datetime64 (or date) values as date objects; through numpy: pandas' .dt.date costs ≈0.4 ms a call."""
    array = values.to_numpy()
    if array.dtype.kind != "M":
        array = pd.to_datetime(values).to_numpy()
    return array.astype("datetime64[D]").tolist()


def _with(frame: pd.DataFrame, **columns: object) -> pd.DataFrame:
    """frame.assign(**columns) built at once: assign's copy and inserts cost ≈1.5 ms on each placement edit."""
    out: dict[str, object] = {c: frame[c].to_numpy() for c in frame.columns}
    out.update(columns)
    return pd.DataFrame(out, index=frame.index)


def _day_extra(days: pd.DataFrame) -> dict[str, list]:
    dates = _dates(days["date"])
    return {"date": dates, "id": dates, "weekday": [WEEKDAYS[d.weekday()] for d in dates],
            "flag": [PROBLEM_MARK if p else "" for p in days["problem"].tolist()]}


def days_frame(days: pd.DataFrame) -> pd.DataFrame:
    return _with(days, **_day_extra(days))


def days_values(days: pd.DataFrame) -> dict[str, list]:
    """days_frame's columns as lists of Python values (a few edited days for MarkedModel.patch_rows)."""
    return _values(days, _day_extra(days))


def _values(frame: pd.DataFrame, extra: Mapping[str, object]) -> dict[str, list]:
    """_with(frame, **extra) as lists, without building a frame (≈0.5 ms of each placement edit)."""
    out = {c: frame[c].tolist() for c in frame.columns if c not in extra}
    out.update({c: v.tolist() if isinstance(v, np.ndarray) else list(v) for c, v in extra.items()})  # type: ignore[call-overload]
    return out


def weeks_frame(weeks: pd.DataFrame) -> pd.DataFrame:
    out = weeks.copy()
    out["id"] = out["start"].dt.date
    out["start"] = out["start"].dt.date
    out["end"] = out["end"].dt.date
    return out


class MarkedModel(FrameTableModel):
    """A FrameTableModel whose rows get a background when `mark(row values)` names a brush."""

    def __init__(self, columns: list[Column], mark: str, brush: QBrush, *, key: str = "id") -> None:
        super().__init__(columns, key=key)
        self.mark_column, self.brush = mark, brush
        self._marked_rows: set[int] = set()  # not _marked: FrameTableModel keeps its cell marks there

    def set_frame(self, frame: pd.DataFrame) -> None:
        super().set_frame(frame)
        column = frame[self.mark_column] if self.mark_column in frame else pd.Series(dtype=bool)
        self._marked_rows = {i for i, v in enumerate(column.tolist()) if bool(v) and v == v}

    def patch_rows(self, frame: pd.DataFrame | Mapping[str, list]) -> bool:
        """Show these rows' new values (rows found by key) without comparing the whole table again.

        frame: the rows, or their columns as lists (days_values, register_values). False (nothing
        changed) when a row is not shown: the caller sets the whole frame instead.
        """
        wanted = [self.key, self.mark_column, *(c.key for c in self.columns)]
        given = frame if not isinstance(frame, pd.DataFrame) else {
            c: frame[c].tolist() for c in dict.fromkeys(wanted) if c in frame.columns}
        keys = list(given[self.key])
        rows = [self.row_of(k) for k in keys]
        if any(r is None for r in rows):
            return False
        edits = []
        # Python values column by column (to_dict("records") cost ≈2 ms of each placement edit)
        empty = [None] * len(keys)
        columns = {c: list(given[c]) if c in given else empty
                   for c in [*(c.key for c in self.columns), self.mark_column]}
        for i, r in enumerate(rows):
            for c in self.columns:
                old, new = self.value(r, c.key), columns[c.key][i]
                if not _same_value(old, new):
                    edits.append(CellEdit(self.row_key(r), c.key, old, new))
            mark = columns[self.mark_column][i]
            if bool(mark) and mark == mark:
                self._marked_rows.add(r)
            else:
                self._marked_rows.discard(r)
        self.apply_edits(edits, notify=False)
        if rows:  # one notice for the values and the marks (two made the view repaint the rows twice)
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(self.columns) - 1))
        return True

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.row() in self._marked_rows:
            return self.brush
        return super().data(index, role)


def _same_value(a: object, b: object) -> bool:
    a_empty = a is None or (isinstance(a, float) and a != a)
    b_empty = b is None or (isinstance(b, float) and b != b)
    if a_empty or b_empty:
        return a_empty and b_empty
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def day_row_columns(placements: tuple[str, ...], covers: tuple[str, ...]) -> list[Column]:
    def only_absence(value: object, row: Mapping[str, object]) -> str | None:
        if value not in (None, "") and row.get("category") != Category.FRANVARO.value:
            return _tr("Bara en frånvarorad kan vara ersatt av en annan rad.")
        return None

    def absence_needs_type(value: object, row: Mapping[str, object]) -> str | None:
        if row.get("category") == Category.FRANVARO.value and value in (None, ""):
            return _tr("En frånvarorad behöver en frånvarotyp.")
        if value not in (None, "") and row.get("category") != Category.FRANVARO.value:
            return _tr("Frånvarotyp anges bara på frånvarorader.")
        return None

    def only_resurspass(value: object, row: Mapping[str, object]) -> str | None:
        if value not in (None, "") and row.get("category") != Category.RESURSPASS.value:
            return _tr("Placering anges bara på resurspassrader.")
        return None

    def hours_ok(value: object, _row: Mapping[str, object]) -> str | None:
        return None if value is not None and 0 < float(value) <= 24 else _tr(  # type: ignore[arg-type]
            "En rad har mer än 0 och högst 24 timmar.")

    return [
        Column("employment_number", _tr("Anst.nr")),
        Column("name", _tr("Namn")),
        Column("category", _tr("Kategori"), "choice", editable=True, required=True,
               choices=tuple(c.value for c in Category), unknown_choice=_tr("Kategorin {value} finns inte")),
        Column("absence_type", _tr("Frånvarotyp"), "choice", editable=True,
               choices=tuple(a.value for a in AbsenceType), validate=absence_needs_type,
               unknown_choice=_tr("Frånvarotypen {value} finns inte")),
        Column("placement_text", _tr("Placering"), "choice", editable=True, choices=placements,
               validate=only_resurspass, unknown_choice=_tr("{value} är ingen enhet")),
        Column("hours", _tr("Timmar"), "hours", editable=True, required=True, validate=hours_ok),
        Column("cover_label", _tr("Ersatt av"), "choice", editable=True, choices=covers, validate=only_absence,
               tooltip=_tr("Raden som ersatte frånvaron, eller ej ersatt"),
               unknown_choice=_tr("{value} är ingen rad denna dag som kan ersätta frånvaro")),
        Column("source", _tr("Källa"), words=True),
    ]


def placement_choices(other_units: list[str]) -> tuple[str, ...]:
    return (Placement.OWN.value, Placement.UNPLACED.value, *other_units)


def cover_choices(rows: pd.DataFrame) -> dict[str, int | str]:
    """Label → covering row id (or NOT_COVERED) for the day's rows that can cover an absence."""
    out: dict[str, int | str] = {NOT_COVERED: NOT_COVERED}
    allowed = {c.value for c in (Category.RESURSPASS, Category.VIKARIE, Category.MERTID, Category.OVERTID,
                                 Category.INHYRD)}
    for r in rows.itertuples():
        if r.category in allowed:
            out[cover_label(r.category, r.employment_number, r.name, int(r.id))] = int(r.id)
    return out


def cover_label(category: str, number: object, name: object, row_id: int) -> str:
    who = " ".join(str(x) for x in (number, name) if x is not None and x == x and str(x))
    return _tr("{0} {1} (rad {2})").format(category, who, row_id).replace("  ", " ")


def register_columns(placements: tuple[str, ...]) -> list[Column]:
    return [
        Column("date", _tr("Datum"), "date"),
        Column("weekday", _tr("Dag")),
        Column("week", _tr("Vecka")),
        Column("employment_number", _tr("Anst.nr")),
        Column("name", _tr("Namn")),
        _hours("hours", _tr("Timmar")),
        Column("placement_label", _tr("Placering"), "choice", editable=True, required=True, choices=placements,
               tooltip=_tr("egen enhet, en annan enhet eller ej placerad"),
               unknown_choice=_tr("{value} är varken egen enhet, ej placerad eller en enhet")),
        _hours("day_substitute", _tr("Ersättare dagen"), _tr("Vikarie + mertid + övertid + inhyrd samma dag")),
        _hours("day_unplaced", _tr("Ej placerat dagen")),
        _hours("day_missed", _tr("Missat dagen"), _tr("min(ej placerat, ersättare) samma dag")),
    ]


def _register_extra(register: pd.DataFrame) -> dict[str, object]:
    dates = _dates(register["date"])
    week = _tr("v. {0}")
    return {
        "date": dates,
        "id": [f"{d.isoformat()}|{n}" for d, n in zip(dates, register["employment_number"].tolist(), strict=True)],
        "weekday": [WEEKDAYS[d.weekday()] for d in dates],
        "week": [week.format(d.isocalendar()[1]) for d in dates],
        "unplaced_flag": (register["placement"].to_numpy(dtype=object) == Placement.UNPLACED.value)
        & (register["day_missed"].to_numpy(dtype=float) > 0)}


def register_frame(register: pd.DataFrame) -> pd.DataFrame:
    return _with(register, **_register_extra(register))


def register_values(register: pd.DataFrame) -> dict[str, list]:
    """register_frame's columns as lists of Python values (the edited days' rows for a patch)."""
    return _values(register, _register_extra(register))


def absence_columns() -> list[Column]:
    return [Column("type", _tr("Frånvaro")), _hours("hours", _tr("Timmar")),
            Column("share_pct", _tr("Av planerat"), "pct", tooltip=_tr("Frånvarotimmar ÷ planerade timmar"))]


def absence_frame(days: pd.DataFrame) -> pd.DataFrame:
    """The period's absence per type, and its share of the planned hours."""
    from vonapp.domain.utfall import ABSENCE_COLUMN

    planned = float(days["planned"].sum())
    rows = [(t.value, float(days[c].sum())) for t, c in ABSENCE_COLUMN.items()]
    rows.append((_tr("summa"), sum(h for _t, h in rows)))
    return pd.DataFrame({"type": [t for t, _h in rows], "hours": [h for _t, h in rows],
                         "share_pct": [100.0 * h / planned if planned else None for _t, h in rows]})


def coverage_columns() -> list[Column]:
    return [Column("cover", _tr("Ersatt av"), words=True), _hours("hours", _tr("Frånvarotimmar")),
            Column("share_pct", _tr("Andel"), "pct")]


WIDE = {"name": 150, "label": 130, "placement_label": 160, "placement_text": 150, "cover_label": 210,
        "source": 110, "date": 86, "start": 86, "end": 86, "employment_number": 70, "category": 90,
        "absence_type": 100, "flag": 26, "cover": 110, "type": 120, "weekday": 44, "week": 52, "code": 50, "resource": 80}


def fit_columns(view: Any, columns: list[Column], *, narrow: int = 58) -> None:
    """Columns as wide as their header (numbers at least `narrow`), text columns from WIDE."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    for i, c in enumerate(columns):
        title = QCoreApplication.translate("Column", c.title)  # as the header shows it
        need = max(metrics.horizontalAdvance(line) for line in title.split("\n")) + 18
        width = WIDE.get(c.key, narrow if c.numeric else 60)
        header.resizeSection(i, max(width, need))
