"""Rotating schedules: shift hours, expansion to dated shifts, staffing per hour of the week."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

import numpy as np
import pandas as pd

MINUTES_PER_DAY = 1440

SHIFT_COLUMNS = ["shift_code_id", "start_min", "end_min", "break_min", "is_resource"]
SCHEDULE_COLUMNS = ["schedule_id", "unit_id", "start_date", "cycle_weeks"]
CELL_COLUMNS = ["schedule_id", "employee_id", "day_index", "shift_code_id"]
PLANNED_COLUMNS = [
    "date", "unit_id", "employee_id", "shift_code_id", "start_min", "end_min", "hours", "is_resource",
]


def shift_hours(start_min: int, end_min: int, break_min: int = 0) -> float:
    """Hours of a shift = (end − start, wrapping past midnight) − break; equal times = 24 h."""
    length = (end_min - start_min) % MINUTES_PER_DAY or MINUTES_PER_DAY
    return (length - break_min) / 60.0


def shift_hours_array(start: np.ndarray, end: np.ndarray, brk: np.ndarray) -> np.ndarray:
    length = np.mod(end - start, MINUTES_PER_DAY)
    length = np.where(length == 0, MINUTES_PER_DAY, length)
    return (length - brk) / 60.0


def schedule_validity(schedules: pd.DataFrame) -> pd.DataFrame:
    """Each schedule's last valid day: the day before the unit's next schedule starts (or none)."""
    # A unit has a handful of schedules: plain Python beats a pandas sort and grouped shift here.
    unit_at, start_at = schedules.columns.get_loc("unit_id"), schedules.columns.get_loc("start_date")
    rows = sorted(zip(*(schedules[c].tolist() for c in schedules.columns), strict=True),
                  key=lambda r: (r[unit_at], r[start_at]))
    ends = [
        nxt[start_at] - timedelta(days=1) if nxt is not None and nxt[unit_at] == row[unit_at] else date.max
        for row, nxt in zip(rows, [*rows[1:], None], strict=True)
    ]
    out = pd.DataFrame(rows, columns=schedules.columns)
    out["end_date"] = ends
    return out


def _date_cycle_rows(schedules: pd.DataFrame, rows: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Every date in [start, end] on which a cycle row (schedule_id, day_index, …) falls, with its unit.

    Day d of a schedule starting on S with a cycle of N days uses cycle row (d − S) mod N; a schedule
    holds until the unit's next one starts. Returns the rows' other columns plus unit_id and date.
    """
    valid = schedule_validity(schedules)
    epoch = np.datetime64("1970-01-01", "D")

    def days(values: list[date]) -> np.ndarray:
        return (np.array(values, dtype="datetime64[D]") - epoch).astype(np.int64)

    first = days(list(valid["start_date"]))
    lo = np.maximum(first, days([start] * len(valid)))
    last = np.array([min(e, end) for e in valid["end_date"]], dtype="datetime64[D]")
    hi = (last - epoch).astype(np.int64)
    meta = pd.DataFrame({"schedule_id": valid["schedule_id"].to_numpy(), "unit_id": valid["unit_id"].to_numpy(),
                         "first": first, "lo": lo, "hi": hi, "cycle": valid["cycle_weeks"].to_numpy() * 7})
    c = rows.merge(meta[meta["hi"] >= meta["lo"]], on="schedule_id", how="inner")
    payload = [col for col in rows.columns if col not in ("schedule_id", "day_index")]
    if c.empty:
        return pd.DataFrame({col: pd.Series(dtype=_dtype(col)) for col in ["unit_id", *payload, "date"]})
    # The row's first date on or after lo, then every cycle until hi.
    base = c["first"].to_numpy() + c["day_index"].to_numpy()
    cycle = c["cycle"].to_numpy()
    k0 = np.maximum(np.ceil((c["lo"].to_numpy() - base) / cycle), 0).astype(np.int64)
    first_day = base + k0 * cycle
    count = np.where(first_day <= c["hi"].to_numpy(), (c["hi"].to_numpy() - first_day) // cycle + 1, 0)
    idx = np.repeat(np.arange(len(c)), count)
    step = np.arange(len(idx)) - np.repeat(np.cumsum(count) - count, count)
    dated = c.iloc[idx][["unit_id", *payload]].reset_index(drop=True)
    dated["date"] = (first_day[idx] + step * cycle[idx]).astype("datetime64[D]").astype("datetime64[ns]")
    return dated


def _falls_on(schedules: pd.DataFrame, cells: pd.DataFrame, day: date) -> np.ndarray:
    """Which cells fall on `day`: their schedule holds that day and d − S − index is a whole number of cycles."""
    valid = schedule_validity(schedules)
    sid = cells["schedule_id"].to_numpy()
    index = cells["day_index"].to_numpy(dtype=np.int64)
    mask = np.zeros(len(cells), dtype=bool)
    for schedule_id, first, last, weeks in zip(valid["schedule_id"], valid["start_date"], valid["end_date"],
                                               valid["cycle_weeks"], strict=True):
        first = first.date() if isinstance(first, pd.Timestamp) else first
        last = last.date() if isinstance(last, pd.Timestamp) else last
        cycle = int(weeks) * 7
        if not first <= day <= last or cycle <= 0:
            continue
        offset = (day - first).days
        mask |= (sid == schedule_id) & (index <= offset) & ((offset - index) % cycle == 0)
    return mask


def _one_day(schedules: pd.DataFrame, cells: pd.DataFrame, shifts: pd.DataFrame, day: date) -> pd.DataFrame:
    """expand_schedule of one day (an edit's re-read) in numpy: only the cells falling on it, no merges.

    The same rows in the same order and dtypes as the general path (the cells' order, each joined to
    its schedule's unit and its shift code; a cell whose code is unknown is left out).
    """
    mine = cells[_falls_on(schedules, cells, day)]
    code_at = pd.Index(shifts["shift_code_id"].to_numpy()).get_indexer(mine["shift_code_id"].to_numpy())
    known = code_at >= 0
    if not known.any():
        return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in PLANNED_COLUMNS})
    mine, code_at = mine[known], code_at[known]
    unit_of = dict(zip(schedules["schedule_id"].tolist(), schedules["unit_id"].tolist(), strict=True))
    out: dict[str, np.ndarray] = {
        "date": np.full(len(mine), np.datetime64(day, "D")).astype("datetime64[ns]"),
        "unit_id": np.array([unit_of[i] for i in mine["schedule_id"].tolist()], dtype=np.int64),
        "employee_id": mine["employee_id"].to_numpy(),
        "shift_code_id": mine["shift_code_id"].to_numpy(),
    }
    for column in ("start_min", "end_min", "break_min"):
        out[column] = shifts[column].to_numpy()[code_at]
    out["hours"] = shift_hours_array(out["start_min"], out["end_min"], out["break_min"])
    out["is_resource"] = shifts["is_resource"].to_numpy()[code_at].astype(bool)
    return pd.DataFrame(out)[PLANNED_COLUMNS]


def expand_schedule(
    schedules: pd.DataFrame,
    cells: pd.DataFrame,
    shifts: pd.DataFrame,
    start: date,
    end: date,
) -> pd.DataFrame:
    """Every scheduled shift dated in [start, end], from the rotating cycles.

    Day d of a schedule starting on S with a cycle of N days uses cycle cell (d − S) mod N.
    A later schedule of the same unit replaces an earlier one from its start date. A shift
    belongs to the date it starts on.
    """
    if schedules.empty or cells.empty:
        return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in PLANNED_COLUMNS})
    if start == end and shifts["shift_code_id"].is_unique:
        return _one_day(schedules, cells, shifts, start)
    dated = _date_cycle_rows(schedules, cells, start, end)
    if dated.empty:
        return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in PLANNED_COLUMNS})
    planned = dated.merge(shifts, on="shift_code_id", how="inner")
    planned["hours"] = shift_hours_array(
        planned["start_min"].to_numpy(), planned["end_min"].to_numpy(), planned["break_min"].to_numpy()
    )
    planned["is_resource"] = planned["is_resource"].astype(bool)
    return planned[PLANNED_COLUMNS]


def planned_daily_totals(
    schedules: pd.DataFrame, cells: pd.DataFrame, shifts: pd.DataFrame, start: date, end: date
) -> pd.DataFrame:
    """planned_daily(expand_schedule(...)) without dating every shift: each cycle day is summed first.

    A förvaltning's schedules hold millions of dated shifts a year but only a few thousand cycle days;
    each schedule's days in [start, end] then read their cycle day's sums: day d uses (d − S) mod N.
    `cells` may carry a `count` column (that many employees with the shift that cycle day).
    """
    columns = ["unit_id", "date", "planned", "planned_res"]
    if schedules.empty or cells.empty:
        return pd.DataFrame(columns=columns)
    code_at = pd.Index(shifts["shift_code_id"].to_numpy()).get_indexer(cells["shift_code_id"].to_numpy())
    known = code_at >= 0
    code_hours = shift_hours_array(shifts["start_min"].to_numpy(), shifts["end_min"].to_numpy(),
                                   shifts["break_min"].to_numpy())
    hours = code_hours[code_at[known]]
    if "count" in cells:
        hours = hours * cells["count"].to_numpy()[known]
    resource = shifts["is_resource"].to_numpy(dtype=bool)[code_at[known]]
    cell_schedule = cells["schedule_id"].to_numpy()[known]
    cell_day = cells["day_index"].to_numpy()[known]
    parts = []
    for span in _valid_spans(schedules, start, end):
        cycle = span.cycle_weeks * 7
        mine = cell_schedule == span.schedule_id
        if span.last < span.first or not mine.any():
            continue
        day = cell_day[mine] % cycle
        planned = np.bincount(day, weights=hours[mine], minlength=cycle)
        planned_res = np.bincount(day, weights=np.where(resource[mine], hours[mine], 0.0), minlength=cycle)
        days = np.arange(span.first, span.last + 1)
        at = (days - span.start).astype(np.int64) % cycle
        scheduled = np.bincount(day, minlength=cycle)[at] > 0  # days with a shift, as planned_daily has
        parts.append((np.full(int(scheduled.sum()), span.unit_id), days[scheduled], planned[at][scheduled],
                      planned_res[at][scheduled]))
    if not parts:
        return pd.DataFrame(columns=columns)
    unit_id, days, planned, planned_res = (np.concatenate(p) for p in zip(*parts, strict=True))
    return pd.DataFrame({"unit_id": unit_id.astype(np.int64), "date": days.astype("datetime64[ns]"),
                         "planned": planned, "planned_res": planned_res})


def planned_daily(planned: pd.DataFrame) -> pd.DataFrame:
    """Planned hours per unit and day: all shifts, and resurspass shifts alone."""
    if planned.empty:
        return pd.DataFrame(columns=["unit_id", "date", "planned", "planned_res"])
    p = planned.assign(res=np.where(planned["is_resource"], planned["hours"], 0.0))
    out = p.groupby(["unit_id", "date"], as_index=False).agg(planned=("hours", "sum"), planned_res=("res", "sum"))
    return out


def staffing_profile(planned: pd.DataFrame, weeks: float) -> pd.DataFrame:
    """Mean staff on duty per weekday (0 = Monday) and hour, over `weeks` weeks of dated shifts.

    A shift counts in an hour for the share of that hour it covers; breaks are ignored (staff on
    break are still in the house), which is how staffing is planned against need.
    """
    if planned.empty:
        return _week_profile(np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0), np.zeros(0), weeks)
    start = planned["start_min"].to_numpy()
    return _week_profile(pd.DatetimeIndex(planned["date"]).weekday.to_numpy(), start,
                         _shift_minutes(start, planned["end_min"].to_numpy()), np.ones(len(planned)), weeks)


def staffing_from_cycles(
    schedules: pd.DataFrame, cells: pd.DataFrame, shifts: pd.DataFrame, start: date, end: date, weeks: float
) -> pd.DataFrame:
    """staffing_profile(expand_schedule(...), weeks) without dating every shift.

    Each cycle day is weighed by how many dates in [start, end] use it (day d uses (d − S) mod N while
    the schedule holds); its weekday is fixed, as a cycle is whole weeks. `cells` may carry `count`.
    """
    parts: list[tuple[np.ndarray, ...]] = []
    if not (schedules.empty or cells.empty):
        code_at = pd.Index(shifts["shift_code_id"].to_numpy()).get_indexer(cells["shift_code_id"].to_numpy())
        known = code_at >= 0
        begin = shifts["start_min"].to_numpy()[code_at[known]]
        length = _shift_minutes(begin, shifts["end_min"].to_numpy()[code_at[known]])
        count = cells["count"].to_numpy()[known] if "count" in cells else np.ones(int(known.sum()))
        cell_schedule = cells["schedule_id"].to_numpy()[known]
        cell_day = cells["day_index"].to_numpy()[known]
        for span in _valid_spans(schedules, start, end):
            mine = cell_schedule == span.schedule_id
            if span.last < span.first or not mine.any():
                continue
            cycle = span.cycle_weeks * 7
            used = np.bincount((np.arange(span.first, span.last + 1) - span.start).astype(np.int64) % cycle,
                               minlength=cycle)
            day = cell_day[mine] % cycle
            weekday = (day + _weekday(span.start)) % 7
            parts.append((weekday, begin[mine], length[mine], used[day] * count[mine]))
    if not parts:
        return _week_profile(np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0), np.zeros(0), weeks)
    return _week_profile(*(np.concatenate(p) for p in zip(*parts, strict=True)), weeks)


class _Span(NamedTuple):
    """A schedule and the days of [start, end] it holds: first..last (none when last < first)."""

    schedule_id: int
    unit_id: int
    cycle_weeks: int
    start: np.datetime64  # the schedule's start S: day d uses cycle day (d − S) mod N
    first: np.datetime64
    last: np.datetime64


def _valid_spans(schedules: pd.DataFrame, start: date, end: date) -> list[_Span]:
    """Each schedule's days in [start, end]: from its start until the unit's next schedule starts.

    Plain Python over a unit's handful of schedules (schedule_validity's frame and itertuples cost ≈2 ms).
    """
    rows = sorted(zip(schedules["unit_id"].tolist(), schedules["start_date"].tolist(),
                      schedules["schedule_id"].tolist(), schedules["cycle_weeks"].tolist(), strict=True))
    lo_all, hi_all = np.datetime64(start, "D"), np.datetime64(end, "D")
    out = []
    for (unit_id, begins, schedule_id, cycle_weeks), nxt in zip(rows, [*rows[1:], None], strict=True):
        first = np.datetime64(begins, "D")
        hi = hi_all
        if nxt is not None and nxt[0] == unit_id:
            hi = min(hi_all, np.datetime64(nxt[1], "D") - np.timedelta64(1, "D"))
        out.append(_Span(int(schedule_id), int(unit_id), int(cycle_weeks), first, max(first, lo_all), hi))
    return out


def _weekday(day: np.datetime64) -> int:
    """0 = Monday; 1970-01-01 was a Thursday."""
    return int((day.astype(np.int64) + 3) % 7)


def _shift_minutes(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    length = np.mod(end - start, MINUTES_PER_DAY)
    return np.where(length == 0, MINUTES_PER_DAY, length)


def _week_profile(wd: np.ndarray, start: np.ndarray, length: np.ndarray, weight: np.ndarray,
                  weeks: float) -> pd.DataFrame:
    """Σ weight of the shifts on duty per weekday and hour (as shares of the hour), ÷ weeks."""
    grid = np.zeros((7, 24), dtype=float)
    if len(wd) and weeks > 0:
        week_minutes = np.zeros(7 * MINUTES_PER_DAY + 1)
        begin = (wd * MINUTES_PER_DAY + start).astype(np.int64)
        finish = (begin + length).astype(np.int64)
        weight = np.asarray(weight, dtype=float)
        # Difference array over the week's minutes; shifts past Sunday midnight wrap to Monday.
        wrap = finish > 7 * MINUTES_PER_DAY
        np.add.at(week_minutes, begin, weight)
        np.add.at(week_minutes, np.minimum(finish, 7 * MINUTES_PER_DAY), -weight)
        np.add.at(week_minutes, np.zeros(int(wrap.sum()), dtype=int), weight[wrap])
        np.add.at(week_minutes, (finish[wrap] - 7 * MINUTES_PER_DAY), -weight[wrap])
        per_minute = np.cumsum(week_minutes)[: 7 * MINUTES_PER_DAY]
        grid = per_minute.reshape(7, 24, 60).mean(axis=2) / weeks
    return pd.DataFrame({"weekday": np.repeat(np.arange(7), 24), "hour": np.tile(np.arange(24), 7),
                         "staff": grid.ravel()})


def _dtype(column: str) -> str:
    return {"date": "datetime64[ns]", "is_resource": "bool", "hours": "float64"}.get(column, "int64")
