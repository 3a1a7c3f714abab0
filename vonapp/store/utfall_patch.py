"""The Utfall area's re-read after a placement edit (or its undo): the edited days' rows patched into the
shown year (`load_days_patch`, `load_patch_and_day`, `patched`) and, in the same read, Översikt's resurspass
part (`load_after_placement`; `changes_hours` says when every tile needs a reload). The whole reads are
vonapp.store.utfall_reads; vonapp.store.utfall re-exports both."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from vonapp.domain import daily as d
from vonapp.domain.inputs import Inputs
from vonapp.domain.periods import Period
from vonapp.domain.utfall import week_sums, week_table
from vonapp.store.database import Database
from vonapp.store.inputs import load_daily, read_schedules
from vonapp.store.overview import read_overview_resurspass
from vonapp.store.queries import UnitInfo, recorded_daily, schedule_frames
from vonapp.store.row_changes import Changes, one_unit
from vonapp.store.series import ResurspassPart
from vonapp.store.utfall_reads import (
    SHIFT_COLUMNS,
    DayData,
    UtfallData,
    coverage_of,
    day_data,
    days_of,
    planned_shifts,
    register_of,
)


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
