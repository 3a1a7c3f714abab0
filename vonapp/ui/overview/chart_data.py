"""The charts' series as numpy arrays, built from the overview frames on the worker thread (no Qt).

The GUI thread then only hands ready arrays and view ranges to the chart items: no pandas work and no
pyqtgraph auto-range scan of every item's bounds during a unit or period switch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

    from vonapp.domain.periods import Period
    from vonapp.domain.series import OccupancySeries

DAY_SECONDS = 86_400
WEEK_SECONDS = 7 * DAY_SECONDS
BAR_FILL = 0.8  # share of a bucket's width a bar takes; the rest is the gap between bars
# The worked columns of vonapp.domain.daily, bottom of the stack first (a test keeps them equal).
WORKED_COLUMNS = ("ordinarie", "resurspass", "vikarie", "mertid", "overtid", "inhyrd")
# Resurspass bars of a week: used from 0.6 days after its Monday, missed from 3.5 days, each 2.9 days wide.
USED_OFFSET, MISSED_OFFSET, RESURSPASS_BAR = 0.6 * DAY_SECONDS, 3.5 * DAY_SECONDS, 2.9 * DAY_SECONDS

Bounds = tuple[float, float] | None  # lowest and highest value a plot must show; None: nothing to show


def seconds(values: object) -> np.ndarray:
    """Calendar days (datetime64 or date objects) as seconds since 1970-01-01, read as UTC."""
    days = np.asarray(values, dtype="datetime64[D]")
    return days.astype(np.int64).astype(float) * DAY_SECONDS


def day_seconds(day: date) -> float:
    return float((day - date(1970, 1, 1)).days * DAY_SECONDS)


def one_year_later(days: np.ndarray) -> np.ndarray:
    """The same day a year later; 29 February becomes 28 February (as pandas' DateOffset(years=1))."""
    days = np.asarray(days, dtype="datetime64[D]")
    months = days.astype("datetime64[M]")
    day_index = (days - months).astype(np.int64)  # 0 for the 1st
    later = months + np.timedelta64(12, "M")
    month_length = ((later + np.timedelta64(1, "M")).astype("datetime64[D]") - later.astype("datetime64[D]"))
    return later.astype("datetime64[D]") + np.minimum(day_index, month_length.astype(np.int64) - 1)


def bounds(*arrays: np.ndarray, include: float | None = None) -> Bounds:
    """The finite minimum and maximum over arrays (and include, e.g. a bar's or fill's zero)."""
    values = [a[np.isfinite(a)] for a in arrays if len(a)]
    values = [v for v in values if len(v)]
    if not values:
        return None if include is None else (include, include)
    lo, hi = min(float(v.min()) for v in values), max(float(v.max()) for v in values)
    if include is not None:
        lo, hi = min(lo, include), max(hi, include)
    return lo, hi


@dataclass(frozen=True)
class BudgetSeries:
    """Bars per bucket from start to end (seconds), stacked by worked category, and the lines."""

    starts: np.ndarray  # a bucket's first day, not before the period's
    ends: np.ndarray  # the day after a bucket's last day
    left: np.ndarray  # where each bar begins (BAR_FILL of the bucket, centred)
    width: np.ndarray
    heights: dict[str, np.ndarray]  # by worked column
    bases: dict[str, np.ndarray]  # where each category's bar begins: the categories below it
    worked: np.ndarray
    extra: np.ndarray  # scheduled hours after the last recorded day, above the worked hours
    edges: np.ndarray  # the budget line's step edges
    budget: np.ndarray
    done: np.ndarray  # cumulative deviation up to the last recorded bucket, NaN after
    ahead: np.ndarray  # cumulative deviation forecast, joined to the last recorded bucket
    marker: float | None  # the first day not recorded, when the forecast shows
    hours_bounds: Bounds
    cumulative_bounds: Bounds
    # The period's own part: its buckets start before this (seconds); after it the rest of the year is
    # only the forecast continuation (a chart may show just the period).
    period_end: float = 0.0


@dataclass(frozen=True)
class OccupancyArrays:
    """Occupancy %, budgeted % and last year's % (drawn on this year's dates) per bucket start."""

    has_data: bool
    x: np.ndarray
    occupancy: np.ndarray
    budget: np.ndarray
    last_year_x: np.ndarray
    last_year: np.ndarray
    x_range: tuple[float, float]  # the period (empty chart) or the buckets
    pct_bounds: Bounds


@dataclass(frozen=True)
class ResurspassArrays:
    """Per week: where its bars begin, used and missed hours, and the planned hours' step line.

    x, edges and planned cover every week of the period; bar_x, used and missed only the weeks with
    recorded time (a forecast week has no bar, never a 0-h one). The planned line is drawn solid up to
    the last recorded week (planned_done) and dashed after it, as the forecast (planned_ahead).
    """

    x: np.ndarray
    used: np.ndarray
    missed: np.ndarray
    edges: np.ndarray
    planned: np.ndarray
    any_resurspass: bool
    hours_bounds: Bounds
    bar_x: np.ndarray = field(default_factory=lambda: np.zeros(0))
    done_edges: np.ndarray = field(default_factory=lambda: np.zeros(0))
    planned_done: np.ndarray = field(default_factory=lambda: np.zeros(0))
    ahead_edges: np.ndarray = field(default_factory=lambda: np.zeros(0))
    planned_ahead: np.ndarray = field(default_factory=lambda: np.zeros(0))


@dataclass(frozen=True)
class StaffingArrays:
    """Staff on duty and the need for each hour of a Monday..Sunday week (168 values each)."""

    frame: pd.DataFrame  # sorted by weekday and hour, for the crosshair (read by position)
    staff: np.ndarray
    need: np.ndarray
    staff_bounds: Bounds


@dataclass(frozen=True)
class ChartSeries:
    budget: BudgetSeries
    occupancy: OccupancyArrays
    resurspass: ResurspassArrays
    staffing: StaffingArrays


def column(frame: pd.DataFrame, name: str) -> np.ndarray:
    return frame[name].to_numpy(dtype=float)


def budget_series(f: pd.DataFrame, period: Period, last_recorded: date | None) -> BudgetSeries:
    starts = np.maximum(seconds(f["start"].to_numpy()), day_seconds(period.start))
    ends = seconds(f["end"].to_numpy()) + DAY_SECONDS
    width = (ends - starts) * BAR_FILL
    left = starts + (ends - starts) * (1 - BAR_FILL) / 2
    heights, bases, base = {}, {}, np.zeros(len(f))
    for name in WORKED_COLUMNS:  # a forecast bucket has no outcome (NaN): no bar
        heights[name], bases[name] = np.nan_to_num(column(f, name)), base
        base = base + heights[name]
    worked = np.nan_to_num(column(f, "worked_hours"))
    extra = np.clip(column(f, "forecast_hours") - worked, 0, None)
    budget = column(f, "budget_hours_period")  # the line: each bucket's whole budget
    cumulative = column(f, "cumulative_forecast_deviation_hours")
    forecast = f["is_forecast"].to_numpy(dtype=bool)
    done = np.where(~forecast, cumulative, np.nan)
    ahead = np.where(forecast, cumulative, np.nan)
    if forecast.any() and (~forecast).any():  # join the dashed part to the last recorded point
        last = int(np.flatnonzero(~forecast)[-1])
        ahead[last] = cumulative[last]
    marker = day_seconds(last_recorded) + DAY_SECONDS if last_recorded is not None and forecast.any() else None
    edges = np.append(starts, ends[-1:]) if len(f) else np.zeros(0)
    tops = [bases[n] + heights[n] for n in WORKED_COLUMNS]
    return BudgetSeries(starts, ends, left, width, heights, bases, worked, extra, edges, budget, done, ahead,
                        marker, bounds(*tops, worked + extra, budget, include=0.0 if len(f) else None),
                        bounds(cumulative, include=0.0), day_seconds(period.end) + DAY_SECONDS)


def occupancy_arrays(occ: OccupancySeries, period: Period, bucket_seconds: int) -> OccupancyArrays:
    cur, prev = occ.current, occ.last_year
    place_days = column(cur, "place_days")
    has_data = bool((place_days > 0).any())
    first = day_seconds(period.start)
    if not has_data:
        empty = np.zeros(0)
        return OccupancyArrays(False, empty, empty, empty, empty, empty,
                               (first, day_seconds(period.end) + DAY_SECONDS), (0.0, 100.0))
    x = np.maximum(seconds(cur["start"].to_numpy()), first)  # a week starting before the period
    occupancy, budget = column(cur, "occupancy_pct"), column(cur, "budget_pct")
    # Last year's buckets drawn on this year's dates, so the two lines compare day by day.
    last_year_x = np.maximum(seconds(one_year_later(prev["start"].to_numpy())), first)
    last_year = column(prev, "occupancy_pct")
    return OccupancyArrays(True, x, occupancy, budget, last_year_x, last_year,
                           (float(x[0]), float(x[-1]) + bucket_seconds * 0.5), bounds(occupancy, budget, last_year))


def resurspass_arrays(f: pd.DataFrame, period: Period) -> ResurspassArrays:
    # The first week may begin before the period: its bars start at the period's first day.
    x = np.maximum(seconds(f["start"].to_numpy()), day_seconds(period.start) - USED_OFFSET)
    # A week after the last recorded day has planned resurspass only (used and missed NaN): no bar at
    # all, and its planned hours are the forecast part of the line.
    recorded = ~f["is_forecast"].to_numpy(dtype=bool)
    used = np.nan_to_num(column(f, "used_hours")[recorded])
    missed = np.nan_to_num(column(f, "missed_hours")[recorded])
    planned = column(f, "planned_hours_period")
    edges = np.append(x, x[-1:] + WEEK_SECONDS) if len(f) else np.zeros(0)
    k = int(recorded.sum())  # the recorded weeks come first (the forecast ones follow the last recorded day)
    done_edges, planned_done = (edges[:k + 1], planned[:k]) if k else (np.zeros(0), np.zeros(0))
    ahead_edges, planned_ahead = (edges[k:], planned[k:]) if k < len(f) else (np.zeros(0), np.zeros(0))
    any_resurspass = float(np.nansum(planned)) > 0 or float(used.sum()) > 0
    return ResurspassArrays(x, used, missed, edges, planned, any_resurspass,
                            bounds(used, missed, planned, include=0.0 if len(f) else None),
                            x[recorded], done_edges, planned_done, ahead_edges, planned_ahead)


def staffing_arrays(f: pd.DataFrame) -> StaffingArrays:
    order = f["weekday"].to_numpy() * 24 + f["hour"].to_numpy()
    if len(order) > 1 and not (np.diff(order) > 0).all():
        f = f.sort_values(["weekday", "hour"])  # the crosshair reads row x of the week (iloc)
    staff, need = column(f, "staff"), column(f, "need")
    return StaffingArrays(f, staff, need, bounds(staff, need, include=0.0))  # the filled area reaches 0


def chart_series(budget: pd.DataFrame, occupancy: OccupancySeries, occupancy_bucket_days: int,
                 resurspass: pd.DataFrame, staffing: pd.DataFrame, period: Period,
                 last_recorded: date | None) -> ChartSeries:
    """Every chart's arrays for one unit and period (runs on the worker, after the frames are read)."""
    return ChartSeries(budget_series(budget, period, last_recorded),
                       occupancy_arrays(occupancy, period, occupancy_bucket_days * DAY_SECONDS),
                       resurspass_arrays(resurspass, period), staffing_arrays(staffing))
