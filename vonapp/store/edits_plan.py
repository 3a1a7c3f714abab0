"""Edits of the Åtgärder, Nyckeltal and Ekonomi areas (the window's and the CLI twins').

Each function is one transaction, writes a change_log row for what it changed (once the editing
foundation's `log_change` is there), and returns what undo needs: the old value, a snapshot of a
removed or overwritten row, or the id of a row it added — so that undo is just another call here.
A bad value raises StoreError with a Swedish message and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vonapp.domain.plan import STATUSES, normalize_status, status_problem
from vonapp.store.database import Database
from vonapp.store.edits_plan_base import (
    WINDOW,
    Row,
    _log,
    _measure,
    _measure_key,
    _number,
    _restore,
    _row,
    _unit_id,
)
from vonapp.store.errors import StoreError
from vonapp.store.models import Measure, MeasureFollowUp

# --- Åtgärder ---------------------------------------------------------------------------------

MEASURE_FIELDS = {"name": "Åtgärd", "description": "Beskrivning", "responsible": "Ansvarig",
                  "effect_year_tkr": "Effekt i år (tkr)", "full_year_effect_tkr": "Helårseffekt (tkr)",
                  "status": "Status", "position": "Ordning"}


def _measure_value(session: Session, m: Measure, column: str, value: object) -> object:
    """The checked value for a measure's column (Swedish StoreError when it is refused)."""
    if column not in MEASURE_FIELDS:
        raise StoreError(f"Okänd kolumn {column!r} för en åtgärd.")
    if column in ("effect_year_tkr", "full_year_effect_tkr"):
        return _number(value, MEASURE_FIELDS[column], low=-1e7, high=1e7)
    if column == "position":
        return int(_number(value, "Ordning", low=0) or 0)
    if column == "status":
        status = normalize_status(value)
        if status is None:
            raise StoreError(status_problem(value) or "")
        return status
    text = "" if value is None else " ".join(str(value).split()) if column == "name" else str(value).strip()
    if column == "name":
        if not text:
            raise StoreError("En åtgärd behöver ett namn.")
        clash = session.scalar(select(func.count()).select_from(Measure).where(
            Measure.unit_id == m.unit_id, Measure.year == m.year, Measure.id != m.id,
            func.lower(Measure.name) == text.lower()))
        if clash:
            raise StoreError(f"Åtgärden {text!r} finns redan för {m.year}; välj ett annat namn.")
    if column == "responsible":
        return text or None
    return text


def set_measure_value(database: Database, measure_id: int, column: str, value: object, *,
                      source: str = WINDOW) -> object:
    """Set one field of a measure; returns the old value."""
    with database.session() as s:
        m = _measure(s, measure_id)
        new = _measure_value(s, m, column, value)
        old = getattr(m, column)
        if old != new:
            _log(s, table="measure", key=_measure_key(s, m), column=column, old=old, new=new, source=source,
                 unit_id=m.unit_id)
            setattr(m, column, new)
        return old


def set_measure_values(database: Database, changes: list[tuple[int, str, object]], *,
                       source: str = WINDOW) -> list[tuple[int, str, object]]:
    """Several measure cells (a paste, a fill) in one transaction; returns the reverse changes."""
    reverse = []
    with database.session() as s:
        for measure_id, column, value in changes:
            m = _measure(s, int(measure_id))
            new = _measure_value(s, m, column, value)
            old = getattr(m, column)
            if old != new:
                _log(s, table="measure", key=_measure_key(s, m), column=column, old=old, new=new, source=source,
                     unit_id=m.unit_id)
                setattr(m, column, new)
                s.flush()
            reverse.append((measure_id, column, old))
    return list(reversed(reverse))


def add_measure(database: Database, unit: str, year: int, name: str, *, description: str = "",
                responsible: str | None = None, effect_year_tkr: float = 0.0, full_year_effect_tkr: float = 0.0,
                status: str = "ej påbörjad", source: str = WINDOW) -> int:
    """A new measure last in the unit's table for the year; returns its id."""
    with database.session() as s:
        unit_id = _unit_id(s, unit)
        position = (s.scalar(select(func.max(Measure.position)).where(Measure.unit_id == unit_id,
                                                                      Measure.year == year)) or 0) + 1
        m = Measure(unit_id=unit_id, year=year, position=position, name="", description="", status=STATUSES[0],
                    effect_year_tkr=0.0, full_year_effect_tkr=0.0)
        for column, value in (("name", name), ("description", description), ("responsible", responsible),
                              ("effect_year_tkr", effect_year_tkr), ("full_year_effect_tkr", full_year_effect_tkr),
                              ("status", status)):
            setattr(m, column, _measure_value(s, m, column, value))
        s.add(m)
        s.flush()
        _log(s, table="measure", key=_measure_key(s, m), column="*", old=None, new="ny åtgärd", source=source,
             unit_id=unit_id)
        return m.id


@dataclass(frozen=True)
class MeasureSnapshot:
    """A removed measure with its follow-up notes, enough to put it back as it was."""

    measure: Row
    notes: list[Row]


def remove_measure(database: Database, measure_id: int, *, source: str = WINDOW) -> MeasureSnapshot:
    with database.session() as s:
        m = _measure(s, measure_id)
        row = _row(s, Measure, measure_id) or {}
        notes = [dict(r) for r in s.execute(select(MeasureFollowUp.__table__).where(
            MeasureFollowUp.measure_id == measure_id)).mappings()]
        _log(s, table="measure", key=_measure_key(s, m), column="*", old=f"{len(notes)} uppföljningar",
             new="borttagen", source=source, unit_id=m.unit_id)
        s.execute(delete(MeasureFollowUp).where(MeasureFollowUp.measure_id == measure_id))
        s.execute(delete(Measure).where(Measure.id == measure_id))
        return MeasureSnapshot(row, notes)


def restore_measure(database: Database, snapshot: MeasureSnapshot, *, source: str = WINDOW) -> int:
    """Put a removed measure and its notes back with their ids (undo of remove_measure)."""
    with database.session() as s:
        _restore(s, Measure, snapshot.measure)
        for n in snapshot.notes:
            _restore(s, MeasureFollowUp, n)
        m = _measure(s, snapshot.measure["id"])
        _log(s, table="measure", key=_measure_key(s, m), column="*", old="borttagen", new="återställd",
             source=source, unit_id=m.unit_id)
        return m.id


def add_note(database: Database, measure_id: int, text: str, *, noted_on: date | None = None,
             effect_tkr: float | None = None, source: str = WINDOW) -> int:
    """A dated follow-up note of a measure (today unless noted_on); returns its id."""
    text = (text or "").strip()
    if not text:
        raise StoreError("En uppföljning behöver en text.")
    day = noted_on or date.today()
    with database.session() as s:
        m = _measure(s, measure_id)
        effect = _number(effect_tkr, "Uppnådd effekt (tkr)", optional=True)
        # The month the note follows up: its own month within the measure's year, else the year's edge.
        month = day.month if day.year == m.year else (12 if day.year > m.year else 1)
        note = MeasureFollowUp(measure_id=measure_id, month=month, effect_tkr=effect, comment=text, noted_on=day)
        s.add(note)
        s.flush()
        _log(s, table="measure_follow_up", key=_measure_key(s, m), column="comment", old=None, new=text,
             source=source, unit_id=m.unit_id)
        return note.id


def remove_note(database: Database, note_id: int, *, source: str = WINDOW) -> Row:
    with database.session() as s:
        row = _row(s, MeasureFollowUp, note_id)
        if row is None:
            raise StoreError("Uppföljningen finns inte längre.")
        m = _measure(s, row["measure_id"])
        _log(s, table="measure_follow_up", key=_measure_key(s, m), column="comment", old=row["comment"], new=None,
             source=source, unit_id=m.unit_id)
        s.execute(delete(MeasureFollowUp).where(MeasureFollowUp.id == note_id))
        return row


def restore_note(database: Database, row: Row, *, source: str = WINDOW) -> int:
    with database.session() as s:
        _restore(s, MeasureFollowUp, row)
        m = _measure(s, row["measure_id"])
        _log(s, table="measure_follow_up", key=_measure_key(s, m), column="comment", old=None, new=row["comment"],
             source=source, unit_id=m.unit_id)
        return int(row["id"])


@dataclass(frozen=True)
class MeasureSetResult:
    """What `measure set` changed: the measure, its old values and the note it added (for undo)."""

    measure_id: int
    unit: str
    year: int
    name: str
    old: dict[str, object]
    new: dict[str, object]
    note_id: int | None


def measure_set(database: Database, unit: str, year: int, name: str, *, status: str | None = None,
                effect_tkr: object = None, full_year_tkr: object = None, note: str | None = None,
                source: str = "kommandoraden") -> MeasureSetResult:
    """The CLI twin: set status/effects and add a note of one measure, all in one transaction."""
    from vonapp.store.plan_queries import find_measure

    with database.session() as s:
        u, m = find_measure(s, unit, year, name)
        wanted = {k: v for k, v in (("status", status), ("effect_year_tkr", effect_tkr),
                                    ("full_year_effect_tkr", full_year_tkr)) if v is not None}
        checked = {k: _measure_value(s, m, k, v) for k, v in wanted.items()}
        old = {k: getattr(m, k) for k in checked}
        for k, v in checked.items():
            if old[k] != v:
                _log(s, table="measure", key=_measure_key(s, m), column=k, old=old[k], new=v, source=source,
                     unit_id=m.unit_id)
                setattr(m, k, v)
        note_id = None
        if note is not None and note.strip():
            today = date.today()
            month = today.month if today.year == m.year else (12 if today.year > m.year else 1)
            n = MeasureFollowUp(measure_id=m.id, month=month, effect_tkr=None, comment=note.strip(), noted_on=today)
            s.add(n)
            s.flush()
            note_id = n.id
            _log(s, table="measure_follow_up", key=_measure_key(s, m), column="comment", old=None, new=n.comment,
                 source=source, unit_id=m.unit_id)
        elif note is not None:
            raise StoreError("--note behöver en text.")
        return MeasureSetResult(m.id, u.name, year, m.name, old, checked, note_id)


def undo_measure_set(database: Database, result: MeasureSetResult, *, source: str = WINDOW) -> None:
    with database.session() as s:
        m = _measure(s, result.measure_id)
        for k, v in result.old.items():
            _log(s, table="measure", key=_measure_key(s, m), column=k, old=getattr(m, k), new=v, source=source,
                 unit_id=m.unit_id)
            setattr(m, k, v)
        if result.note_id is not None:
            s.execute(delete(MeasureFollowUp).where(MeasureFollowUp.id == result.note_id))


from vonapp.store.edits_plan_figures import (  # noqa: E402 - the rest of the area's edits, one import away
    BREAKDOWN_FIELDS,
    FINANCE_FIELDS,
    TARGET_FIELDS,
    RowUndo,
    delete_forecasts,
    delete_row,
    remove_forecast,
    set_breakdown_value,
    set_breakdown_values,
    set_finance_value,
    set_finance_values,
    set_forecast,
    set_forecasts,
    set_target,
    set_targets,
    undo_row,
    undo_rows,
)
from vonapp.store.edits_plan_registry import (  # noqa: E402
    COMPENSATION_FIELDS,
    INDICATOR_FIELDS,
    VALUE_FIELDS,
    IndicatorSnapshot,
    add_compensation_model,
    add_indicator,
    remove_compensation_model,
    remove_indicator,
    restore_compensation_model,
    restore_indicator,
    set_compensation_value,
    set_compensation_values,
    set_indicator_cells,
    set_indicator_field,
    set_indicator_value,
    undo_indicator_value,
)

__all__ = [
    "BREAKDOWN_FIELDS", "COMPENSATION_FIELDS", "FINANCE_FIELDS", "INDICATOR_FIELDS", "MEASURE_FIELDS", "TARGET_FIELDS",
    "VALUE_FIELDS", "IndicatorSnapshot", "MeasureSetResult", "MeasureSnapshot", "RowUndo", "add_compensation_model",
    "add_indicator", "add_measure", "add_note", "delete_row", "measure_set", "remove_compensation_model",
    "remove_forecast", "remove_indicator", "remove_measure", "remove_note", "restore_compensation_model",
    "restore_indicator", "restore_measure", "restore_note", "set_breakdown_value", "set_compensation_value",
    "set_finance_value", "set_forecast", "set_indicator_field", "set_indicator_value", "set_measure_value",
    "set_target", "undo_indicator_value", "undo_measure_set", "undo_row", "set_measure_values",
    "set_breakdown_values", "set_targets", "set_finance_values", "set_forecasts", "delete_forecasts",
    "set_indicator_cells", "set_compensation_values", "undo_rows",
]
