"""Reads of the Utfall area: the period's days and weeks, one day's rows, the resurspass register,
absence coverage. Plain frames and dataclasses; the figures come from vonapp.domain.utfall.

The re-read after a placement edit (a few days patched into the shown year) is vonapp.store.utfall_patch;
vonapp.store.utfall re-exports both."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from vonapp.domain.glossary import Category
from vonapp.domain.periods import Period
from vonapp.domain.schedule import expand_schedule
from vonapp.domain.utfall import (
    coverage_summary,
    day_table,
    resurspass_register,
    week_table,
)
from vonapp.store import dialect
from vonapp.store.database import Database
from vonapp.store.inputs import load_daily
from vonapp.store.queries import (
    UnitInfo,
    budget_inputs,
    list_units,
    raw_rows,
    schedule_frames,
)
from vonapp.store.row_changes import one_unit


@dataclass(frozen=True)
class UtfallData:
    unit: UnitInfo
    period: Period
    days: pd.DataFrame  # vonapp.domain.utfall.day_table
    weeks: pd.DataFrame  # week_table
    register: pd.DataFrame  # resurspass_register
    coverage: pd.DataFrame  # coverage_summary: cover, hours, share_pct
    other_units: list[str]  # where a resurspass can be placed besides egen enhet
    schedules: Schedules | None = None  # the unit's schedule_frames read with it (a patch reuses them)
    costs: dict[int, float] | None = None  # hourly_costs read with it (a patch reuses them)


@dataclass(frozen=True)
class DayData:
    unit: UnitInfo
    day: date
    rows: pd.DataFrame  # one time row each (DAY_ROW_COLUMNS)
    planned: pd.DataFrame  # the schedule's shifts that day: employee_id, employment_number, name, code, hours, is_resource
    figures: pd.Series  # the day's row of the day table


DAY_ROW_COLUMNS = ["id", "employee_id", "employment_number", "name", "category", "absence_type", "placement",
                   "placement_unit", "hours", "covered_by", "cover_label", "linked", "imported", "edited"]


def hourly_costs(session: Session, unit: UnitInfo) -> dict[int, float]:
    return {y: b.hourly_cost for y, b in budget_inputs(session, [unit.id]).get(unit.id, {}).items()}


def _absence_by_type(session: Session, unit: UnitInfo, start: date, end: date) -> pd.DataFrame:
    hours = dialect.total(session.connection(), "hours")
    rows = raw_rows(session, f"SELECT date, absence_type, {hours} FROM time_entry WHERE unit_id = :u "
                    "AND category = :c AND date BETWEEN :s AND :e GROUP BY date, absence_type",
                    {"u": unit.id, "c": Category.FRANVARO.value, "s": start.isoformat(), "e": end.isoformat()})
    frame = pd.DataFrame(rows, columns=["date", "absence_type", "hours"])
    return frame.assign(date=_datetimes([r[0] for r in rows]))


def _datetimes(values: list) -> np.ndarray:
    """ISO date strings (SQLite) or dates (PostgreSQL) as datetime64[ns]: pandas' format guessing cost ≈1 ms."""
    try:
        return np.array(values, dtype="datetime64[D]").astype("datetime64[ns]")
    except (TypeError, ValueError):
        return pd.to_datetime(pd.Series(values, dtype=object), format="ISO8601").to_numpy()


Schedules = tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]  # schedule_frames: schedules, cells, shift codes


def days_of(session: Session, unit: UnitInfo, start: date, end: date, schedules: Schedules | None = None,
            daily: pd.DataFrame | None = None, costs: dict[int, float] | None = None) -> pd.DataFrame:
    """The day table; `schedules` (schedule_frames of the unit), `daily` (load_daily of the unit over
    start..end) and `costs` (hourly_costs) when the caller has read them already."""
    if daily is None:
        daily, _scheduled = load_daily(session, [unit], start, end, schedules=schedules)
    costs = costs if costs is not None else hourly_costs(session, unit)
    return day_table(daily, _absence_by_type(session, unit, start, end), costs, start, end)


def _employees(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    id_list = ",".join(str(int(i)) for i in ids)
    return {i: (n, name) for i, n, name in raw_rows(
        session, f"SELECT id, employment_number, display_name FROM employee WHERE id IN ({id_list})")}


def planned_shifts(session: Session, unit: UnitInfo, start: date, end: date, *,
                   resource_only: bool = False, schedules: Schedules | None = None) -> pd.DataFrame:
    """The schedule's dated shifts with employee number, name and shift code (or its resurspass only)."""
    schedules, cells, shifts = schedules if schedules is not None else schedule_frames(session, [unit.id])
    if resource_only:
        shifts = shifts[shifts["is_resource"]]
        cells = cells[cells["shift_code_id"].isin(shifts["shift_code_id"])]
    planned = expand_schedule(schedules, cells, shifts, start, end)
    people = _employees(session, sorted(set(planned["employee_id"].astype(int))))
    codes = dict(raw_rows(session, "SELECT id, code FROM shift_code WHERE unit_id = :u", {"u": unit.id}))
    planned = planned.assign(
        employment_number=[people.get(int(e), ("", ""))[0] for e in planned["employee_id"]],
        name=[people.get(int(e), ("", ""))[1] for e in planned["employee_id"]],
        code=[codes.get(int(c), "") for c in planned["shift_code_id"]])
    return planned


SHIFT_COLUMNS = ["date", "employee_id", "employment_number", "name", "hours"]


def register_of(session: Session, unit: UnitInfo, start: date, end: date, days: pd.DataFrame,
                schedules: Schedules | None = None, planned: pd.DataFrame | None = None,
                shifts: pd.DataFrame | None = None) -> pd.DataFrame:
    """The resurspass register; `planned`: planned_shifts of [start, end] when the caller has them, or
    `shifts`: the register's own shift columns (SHIFT_COLUMNS) of those days, as shown before an edit
    that changed no schedule (a placement)."""
    if shifts is None:
        if planned is None:
            planned = planned_shifts(session, unit, start, end, resource_only=True, schedules=schedules)
        else:
            planned = planned[planned["is_resource"].to_numpy(dtype=bool)]
        shifts = planned[SHIFT_COLUMNS]
    rows = raw_rows(
        session, "SELECT id, date, employee_id, placement, placement_unit_id, hours FROM time_entry "
                 "WHERE unit_id = :u AND category = :c AND date BETWEEN :s AND :e",
        {"u": unit.id, "c": Category.RESURSPASS.value, "s": start.isoformat(), "e": end.isoformat()})
    entries = pd.DataFrame(rows, columns=["entry_id", "date", "employee_id", "placement", "placement_unit_id",
                                          "hours"]).assign(date=_datetimes([r[1] for r in rows]))
    # The names of the units passes were placed in (not every unit: ≈0.7 ms of each placement edit).
    placed = sorted({int(r[4]) for r in rows if r[4] is not None})
    names = dict(raw_rows(session, f"SELECT id, name FROM unit WHERE id IN ({','.join(map(str, placed))})")) \
        if placed else {}
    return resurspass_register(shifts, entries, days, names)


def coverage_of(session: Session, unit: UnitInfo, start: date, end: date) -> pd.DataFrame:
    rows = raw_rows(session, "SELECT a.hours, c.category, ac.id IS NOT NULL FROM time_entry a "
                    "LEFT JOIN absence_cover ac ON ac.absence_entry_id = a.id "
                    "LEFT JOIN time_entry c ON c.id = ac.cover_entry_id "
                    "WHERE a.unit_id = :u AND a.category = :f AND a.date BETWEEN :s AND :e",
                    {"u": unit.id, "f": Category.FRANVARO.value, "s": start.isoformat(), "e": end.isoformat()})
    frame = pd.DataFrame(rows, columns=["hours", "cover_category", "linked"])
    frame["linked"] = frame["linked"].astype(bool)
    return coverage_summary(frame)


def utfall_data(session: Session, unit: UnitInfo, period: Period, schedules: Schedules | None = None) -> UtfallData:
    schedules = schedules if schedules is not None else schedule_frames(session, [unit.id])
    costs = hourly_costs(session, unit)
    days = days_of(session, unit, period.start, period.end, schedules, costs=costs)
    return UtfallData(
        unit=unit, period=period, days=days, weeks=week_table(days),
        register=register_of(session, unit, period.start, period.end, days, schedules),
        coverage=coverage_of(session, unit, period.start, period.end),
        other_units=[u.name for u in list_units(session) if u.id != unit.id], schedules=schedules, costs=costs)


def load_utfall(database: Database, unit: str, period: Period) -> UtfallData:
    """The Utfall area of one unit and period, in one read."""
    with database.session() as s:
        return utfall_data(s, one_unit(s, unit), period)


def load_day(database: Database, unit: str, day: date) -> DayData:
    """One day's time rows per employee, the schedule's shifts that day and the day's figures."""
    with database.session() as s:
        return day_data(s, one_unit(s, unit), day)


def load_period_and_day(database: Database, unit: str, period: Period, day: date | None) -> tuple[UtfallData, DayData]:
    """The area and one of its days (`day`, or when it is None or outside the period, `default_day`) in one read."""
    with database.session() as s:
        u = one_unit(s, unit)
        schedules = schedule_frames(s, [u.id])
        data = utfall_data(s, u, period, schedules)
        chosen = day if day is not None and period.start <= day <= period.end else default_day(data)
        figures = data.days.iloc[(chosen - period.start).days]
        return data, day_data(s, u, chosen, schedules=schedules, figures=figures)


def default_day(data: UtfallData, today: date | None = None) -> date:
    """Today when it lies in the period, else the period's last day with worked hours, else its first day."""
    today = today or date.today()
    if data.period.start <= today <= data.period.end:
        return today
    worked = data.days["date"].to_numpy()[data.days["worked"].to_numpy() > 0]
    return pd.Timestamp(worked[-1]).date() if len(worked) else data.period.start


def day_data(s: Session, u: UnitInfo, day: date, *, schedules: Schedules | None = None,
             figures: pd.Series | None = None, planned: pd.DataFrame | None = None) -> DayData:
    rows = raw_rows(s, """
        SELECT t.id, t.employee_id, e.employment_number, e.display_name, t.category, t.absence_type,
               t.placement, pu.name, t.hours, ac.cover_entry_id, c.category || ' ' || COALESCE(ce.display_name, ''),
               ac.id IS NOT NULL, t.batch_id IS NOT NULL, t.edited_at IS NOT NULL
        FROM time_entry t
        LEFT JOIN employee e ON e.id = t.employee_id
        LEFT JOIN unit pu ON pu.id = t.placement_unit_id
        LEFT JOIN absence_cover ac ON ac.absence_entry_id = t.id
        LEFT JOIN time_entry c ON c.id = ac.cover_entry_id
        LEFT JOIN employee ce ON ce.id = c.employee_id
        WHERE t.unit_id = :u AND t.date = :d
        ORDER BY e.employment_number, t.category, t.id""", {"u": u.id, "d": day.isoformat()})
    frame = pd.DataFrame(rows, columns=DAY_ROW_COLUMNS)
    for c in ("linked", "imported", "edited"):
        frame[c] = frame[c].astype(bool)
    frame["cover_label"] = [
        (lbl.strip() if cid is not None and not (isinstance(cid, float) and np.isnan(cid)) else
         ("ej ersatt" if linked else "")) for lbl, cid, linked in
        zip(frame["cover_label"], frame["covered_by"], frame["linked"], strict=True)]
    schedules = schedules if schedules is not None else schedule_frames(s, [u.id])
    if planned is None:
        planned = planned_shifts(s, u, day, day, schedules=schedules)
    planned = planned[["employee_id", "employment_number", "name", "code", "hours", "is_resource"]]
    if figures is None:
        figures = days_of(s, u, day, day, schedules).iloc[0]
    return DayData(u, day, frame, planned.reset_index(drop=True), figures)
