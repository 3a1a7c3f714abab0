"""Reads of the Utfall area: the period's days and weeks, one day's rows, the resurspass register,
absence coverage. Plain frames and dataclasses; the figures come from vonapp.domain.utfall."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from vonapp.domain import daily as d
from vonapp.domain.glossary import Category
from vonapp.domain.inputs import Inputs
from vonapp.domain.periods import Period
from vonapp.domain.schedule import expand_schedule
from vonapp.domain.utfall import (
    coverage_summary,
    day_table,
    resurspass_register,
    week_sums,
    week_table,
)
from vonapp.store import dialect
from vonapp.store.database import Database
from vonapp.store.inputs import load_daily, read_schedules
from vonapp.store.overview import read_overview_resurspass
from vonapp.store.queries import (
    UnitInfo,
    budget_inputs,
    list_units,
    raw_rows,
    recorded_daily,
    schedule_frames,
)
from vonapp.store.row_changes import Changes, one_unit
from vonapp.store.series import ResurspassPart


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


@dataclass(frozen=True)
class DaysPatch:
    """The day table and register rows of a few days, to patch a shown year after a placement edit."""

    start: date
    end: date
    days: pd.DataFrame
    register: pd.DataFrame
    coverage: pd.DataFrame | None  # None: unchanged (a placement moves no absence and no cover link)


def load_days_patch(database: Database, unit: str, period: Period, days: list[date], *,
                    with_coverage: bool = False) -> DaysPatch:
    """The rows of `days` (clipped to the period) as load_utfall gives them, in one short read.

    The period's absence coverage is read again only `with_coverage`: a placement changes where a
    resurspass went, never an absence row or its cover link, so the shown coverage stands.
    """
    start, end = max(min(days), period.start), min(max(days), period.end)
    with database.session() as s:
        u = one_unit(s, unit)
        schedules = schedule_frames(s, [u.id])
        table = days_of(s, u, start, end, schedules)
        return DaysPatch(start, end, table, register_of(s, u, start, end, table, schedules),
                         coverage_of(s, u, period.start, period.end) if with_coverage else None)


def load_patch_and_day(database: Database, unit: str, period: Period, days: list[date],
                       day: date | None) -> tuple[DaysPatch, DayData | None]:
    """load_days_patch and, when `day` is one of `days`, load_day of it — in one read."""
    with database.session() as s:
        return read_patch_and_day(s, one_unit(s, unit), period, days, day)


def read_patch_and_day(s: Session, u: UnitInfo, period: Period, days: list[date], day: date | None, *,
                       shown: UtfallData | None = None,
                       daily: pd.DataFrame | None = None) -> tuple[DaysPatch, DayData | None]:
    """load_patch_and_day in an open session.

    The unit's schedule frames and the day's figures (its row of the patch's day table) are shared:
    reading them twice took ≈10 ms of each placement edit. shown: the data a placement edit patches —
    its schedule frames, hourly costs and register shifts stand (a placement changes none of them);
    daily: load_daily of min(days)..max(days) when the caller has read it.
    """
    start, end = max(min(days), period.start), min(max(days), period.end)
    if (start, end) != (min(days), max(days)):
        daily = None  # read for other dates
    schedules = shown.schedules if shown is not None and shown.schedules is not None else schedule_frames(s, [u.id])
    table = days_of(s, u, start, end, schedules, daily, shown.costs if shown is not None else None)
    # One day (a placement) shown as the chosen day: its shifts are dated once for both.
    shared = day is not None and start == end == day
    planned = planned_shifts(s, u, day, day, schedules=schedules) if shared else None
    shifts = None
    if planned is None and shown is not None and not shown.register.empty:
        when = _day_numbers(shown.register["date"])
        lo, hi = np.datetime64(start, "D").astype(np.int64), np.datetime64(end, "D").astype(np.int64)
        inside = np.flatnonzero((when >= lo) & (when <= hi))
        # (built from numpy: .loc with a mask and a column list cost ≈0.5 ms of each placement edit)
        shifts = pd.DataFrame({c: shown.register[c].to_numpy()[inside] for c in SHIFT_COLUMNS})
    patch = DaysPatch(start, end, table, register_of(s, u, start, end, table, schedules, planned, shifts), None)
    if day is None or day not in days:
        return patch, None
    figures = table.iloc[(day - start).days] if start <= day <= end else None
    return patch, day_data(s, u, day, schedules=schedules, figures=figures, planned=planned)


@dataclass(frozen=True)
class AfterPlacement:
    """What a placement edit changed, read right after it: the Utfall page's days and Översikt's resurspass.

    patched: the shown UtfallData with the edited days replaced (None: not asked for);
    overview: the overview's resurspass figures and series (None: not asked for, or the edit
    changed recorded hours — a pass without a recorded row gets one — so every tile needs a reload).
    """

    patch: DaysPatch | None
    patched: UtfallData | None
    day: DayData | None
    overview: ResurspassPart | None


HOURS_FIELDS = ("unit_id", "employee_id", "date", "category", "absence_type", "hours")


def changes_hours(changes: Changes | None) -> bool:
    """Whether an edit (or its undo) added, removed or re-dated time rows or changed their hours or kinds.

    A placement changes only where resurspass went — unless the pass had no recorded row and the
    placement added one with the scheduled hours (its undo removes it). Any other table: yes.
    """
    if changes is None:
        return True
    for c in changes.rows:
        if c.table != "time_entry" or (c.before is None or c.after is None or any(
                c.before.get(f) != c.after.get(f) for f in HOURS_FIELDS)):
            return True
    return False


def load_after_placement(database: Database, unit: str, days: list[date], *, shown: UtfallData | None,
                         day: date | None, overview: Period | None, hours_changed: bool,
                         overview_inputs: Inputs | None = None) -> AfterPlacement:
    """The re-read after a placement edit (or its undo), in one session on the worker.

    shown: the Utfall page's data to patch (its unit and period), with `day` the chosen day;
    overview: the period Översikt shows for `unit`, overview_inputs the frames its figures come from.
    A placement changes only where resurspass hours went (use and missed resurspass h and kr), never
    the hours: the days are re-read, the rest of `shown` stands, and of Översikt only its resurspass
    part is computed again, from its inputs with the days' daily rows read again.
    """
    with database.session() as s:
        u = one_unit(s, unit)
        # The edited days' daily rows, read once for both (the days table and Översikt's inputs).
        daily = None
        if days and overview_inputs is not None and not hours_changed:
            daily = _recorded_again(s, u, min(days), max(days), overview_inputs.daily)
        elif days:
            daily = load_daily(s, [u], min(days), max(days), schedules=read_schedules(s, [u]))[0]
        patch = day_data_ = patched_ = None
        if shown is not None and days:
            patch, day_data_ = read_patch_and_day(s, u, shown.period, days, day, shown=shown, daily=daily)
            patched_ = patched(shown, patch)
        part = None
        if overview is not None and not hours_changed:
            part = read_overview_resurspass(s, unit, overview, inputs=overview_inputs, days=days, daily=daily,
                                            units=[u])
        return AfterPlacement(patch, patched_, day_data_, part)


def _recorded_again(s: Session, u: UnitInfo, start: date, end: date, daily: pd.DataFrame) -> pd.DataFrame:
    """load_daily of start..end when only recorded hours' kinds changed since `daily` (one unit's) was read.

    The recorded hours are read again; the planned ones (the schedule's, unchanged by a placement)
    are the read daily's — the schedule is not expanded again. The same rows as load_daily: an edit
    that changed no hours leaves the days with recorded or planned hours as they were.
    """
    when = daily["date"].to_numpy()
    keep = np.flatnonzero((when >= np.datetime64(start, "ns")) & (when <= np.datetime64(end, "ns")))
    planned = pd.DataFrame({c: daily[c].to_numpy()[keep] for c in ("unit_id", "date", *d.PLANNED_COLUMNS)})
    return d.combine(recorded_daily(s, [u.id], start, end), planned)


def patched(data: UtfallData, patch: DaysPatch) -> UtfallData:
    """`data` with the patch's days replaced (weeks summed again); run it on the worker.

    Column by column with numpy: the pandas row assignment and concat of a whole year took ≈8 ms of
    each placement edit.
    """
    lo, hi = pd.Timestamp(patch.start), pd.Timestamp(patch.end)
    at = _day_numbers(patch.days["date"]) - np.datetime64(data.period.start, "D").astype(np.int64)
    days = _replaced(data.days, at, patch.days)  # one row a day, in order
    reg = data.register
    if reg.empty:
        register = patch.register
    else:
        when = _day_numbers(reg["date"]).astype("datetime64[D]").astype("datetime64[ns]")
        inside = np.flatnonzero((when >= lo.to_datetime64()) & (when <= hi.to_datetime64()))
        contiguous = len(inside) == 0 or inside[-1] - inside[0] + 1 == len(inside)
        if contiguous and len(inside) == len(patch.register) and len(inside) and \
                list(patch.register.columns) == list(reg.columns):
            register = _replaced(reg, inside, patch.register)  # the same shifts: the rows in place
        else:
            parts = [f for f in (reg[when < lo], patch.register, reg[when > hi]) if not f.empty]
            register = pd.concat(parts, ignore_index=True) if parts else patch.register
    coverage = patch.coverage if patch.coverage is not None else data.coverage
    weeks = _weeks_patched(data.weeks, days, lo.to_datetime64(), hi.to_datetime64())
    return UtfallData(data.unit, data.period, days, weeks, register, coverage, data.other_units, data.schedules,
                      data.costs)


def _day_numbers(dates: pd.Series) -> np.ndarray:
    """Days since 1970 of a datetime64 column (as numpy: pd.to_datetime's checks cost ≈1.5 ms a call)."""
    values = dates.to_numpy()
    if values.dtype.kind != "M":
        values = pd.to_datetime(dates).to_numpy()
    return values.astype("datetime64[D]").astype(np.int64)


def _weeks_patched(weeks: pd.DataFrame, days: pd.DataFrame, lo: np.datetime64, hi: np.datetime64) -> pd.DataFrame:
    """week_table(days) when only the days in [lo, hi] changed: just their weeks are summed again."""
    if weeks.empty or days.empty:
        return week_table(days)
    starts, ends = weeks["start"].to_numpy(), weeks["end"].to_numpy()
    rows = np.flatnonzero((ends >= lo) & (starts <= hi))
    when = days["date"].to_numpy()
    span = np.flatnonzero((when >= starts[rows[0]]) & (when <= ends[rows[-1]])) if len(rows) else rows
    if not len(rows) or rows[-1] - rows[0] + 1 != len(rows) or not len(span):
        return week_table(days)
    again = week_sums(days, int(span[0]), int(span[-1]) + 1)
    if len(again["start"]) != len(rows) or list(again) != list(weeks.columns):
        return week_table(days)
    return _replaced(weeks, rows, again)


def _replaced(frame: pd.DataFrame, at: np.ndarray, rows: pd.DataFrame | dict[str, np.ndarray]) -> pd.DataFrame:
    """A copy of `frame` whose rows at positions `at` hold `rows` (same columns), dtypes kept."""
    columns = {}
    for column in frame.columns:
        values = frame[column].to_numpy(copy=True)
        values[at] = np.asarray(rows[column])
        columns[column] = values
    return pd.DataFrame(columns, index=frame.index, copy=False)  # the arrays are this copy's own
