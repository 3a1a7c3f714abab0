"""The one read behind every view of the figures: the window, `summary` and every follow-up file.

`load_figures` reads the inputs of a unit (or all units) once and hands them to the domain's
functions: the summary (vonapp.domain.figures) and the series (vonapp.domain.series). What a caller
needs besides the summary is named in a `SeriesSpec`, so each gets exactly the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from vonapp.domain.figures import totals_by_unit
from vonapp.domain.inputs import Inputs
from vonapp.domain.periods import Period, shift_years, to_year_end
from vonapp.domain.schedule import staffing_from_cycles
from vonapp.domain.series import (
    MONTH,
    OccupancySeries,
    Prepared,
    budget_series,
    occupancy_series,
    resurspass_series,
)
from vonapp.domain.summary import ResurspassFigures, Summary
from vonapp.domain.totals import Totals
from vonapp.store.inputs import load_daily, load_frames, read_schedules, summary_label
from vonapp.store.queries import ALL_UNITS, UnitInfo, occupancy_frames, raw_rows, resolve_units

if TYPE_CHECKING:  # read_figures runs on a bare sqlite3 connection too (the window's first figures)
    from sqlalchemy.orm import Session

    from vonapp.store.database import Database
    from vonapp.store.driver import DriverDatabase, DriverSession

__all__ = ["Figures", "OccupancySeries", "ResurspassPart", "SeriesSpec", "chart_span", "is_all_units",
           "load_figures", "read_figures", "read_resurspass_part", "resurspass_part", "with_daily_reread"]


def is_all_units(unit: str) -> bool:
    return unit.strip().lower() in (ALL_UNITS, "alla", "alla enheter")


@dataclass(frozen=True)
class SeriesSpec:
    """Which series to compute besides the summary.

    budget: bucket sizes of the budget series over the period (the files' rows, adding up to the summary).
    chart_budget: also the budget chart's series (`Figures.chart_budget`), the same for the window and
    the PDF: months from the period's start to 31 December of its end year — the period's outcome,
    then only the forecast continuation (no outcome after the period; never a month before it).
    """

    budget: tuple[str, ...] = ()
    chart_budget: bool = False
    resurspass: tuple[str, ...] = ()
    occupancy: tuple[str, ...] = ()
    staffing: bool = False
    per_unit: bool = False


@dataclass(frozen=True)
class Figures:
    """The summary of the unit (or all summed), and the series a SeriesSpec asked for, by bucket size.

    through: the last day counted as recorded (the latest unit's), None when nothing is recorded.
    chart_budget: the budget chart's months (SeriesSpec.chart_budget), None when not asked for.
    """

    units: list[UnitInfo]
    all_units: bool
    summary: Summary
    through: date | None
    unit_rows: list[Summary] = field(default_factory=list)
    budget: dict[str, pd.DataFrame] = field(default_factory=dict)
    resurspass: dict[str, pd.DataFrame] = field(default_factory=dict)
    occupancy: dict[str, OccupancySeries] = field(default_factory=dict)
    staffing: pd.DataFrame | None = None
    chart_budget: pd.DataFrame | None = None
    inputs: Inputs | None = None  # the frames read (resurspass_part recomputes from them)


def chart_span(period: Period) -> Period:
    """What the budget chart spans: the period's start to 31 December of its end year."""
    return to_year_end(period)


def _staffing(session: Session | DriverSession, frames: Inputs, schedules: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
              period: Period) -> pd.DataFrame:
    """The mean staff on duty per weekday and hour beside the staffing need (NaN where none).

    Staff and need are summed over the same units: those with a staffing need when any has one, else
    every unit with a schedule (need NaN).
    """
    id_list = ",".join(str(int(i)) for i in frames.unit_ids) or "NULL"
    need_rows = raw_rows(session, f"SELECT unit_id, weekday, hour, staff FROM staffing_need WHERE unit_id IN ({id_list})")
    scheds, cells, shifts = schedules
    with_need = {int(r[0]) for r in need_rows} & frames.scheduled
    if with_need and not scheds.empty:  # the cells follow their schedule (matched by schedule_id)
        scheds = scheds[scheds["unit_id"].astype(int).isin(with_need)]
    weeks = max(period.days / 7.0, 1.0)
    profile = staffing_from_cycles(scheds, cells, shifts, period.start, period.end, weeks)
    if not with_need:
        return profile.assign(need=float("nan"))
    # Summed over the units, placed by weekday × 24 + hour (the profile's row order).
    need = np.full(7 * 24, np.nan)
    for unit_id, weekday, hour, staff in need_rows:
        if int(unit_id) in with_need:
            at = int(weekday) * 24 + int(hour)
            need[at] = (0.0 if np.isnan(need[at]) else need[at]) + float(staff)
    return profile.assign(need=need)


def _previous_year(session: Session | DriverSession, units: list[UnitInfo], frames: Inputs, earlier: Period) -> Inputs:
    """Just what occupancy needs a year earlier (counts, moves, budget %)."""
    ids = [u.id for u in units]
    days, moves = occupancy_frames(session, ids, earlier.start, earlier.end)
    return Inputs(unit_ids=ids, places=frames.places, budgets=frames.budgets, daily=frames.daily.iloc[:0],
                  scheduled=set(), occupancy=days, moves=moves, breakdown=frames.breakdown.iloc[:0],
                  measures=frames.measures.iloc[:0])


def read_figures(session: Session | DriverSession, unit: str, period: Period, spec: SeriesSpec = SeriesSpec()) -> Figures:
    """The summary and the series of the unit name (or `all`) over the period, read once."""
    all_units = is_all_units(unit)
    units = resolve_units(session, unit)
    schedules = read_schedules(session, units, all_units=all_units)
    frames = load_frames(session, units, period, all_units=all_units, schedules=schedules)
    per_unit = totals_by_unit(frames, period)
    total = sum(per_unit.values(), Totals())
    summary = Summary.from_totals(summary_label(units, all_units=all_units), period, total)
    rows = [Summary.from_totals(u.name, period, per_unit[u.id]) for u in units] if spec.per_unit else []
    span = chart_span(period) if spec.chart_budget else period
    prepared = Prepared(frames, period, span) if spec.budget or spec.chart_budget or spec.resurspass else None
    budget = {f: budget_series(frames, period, period, f, prepared) for f in spec.budget}
    chart_budget = budget_series(frames, period, span, MONTH, prepared) if spec.chart_budget else None
    resurspass = {f: resurspass_series(frames, period, f, prepared) for f in spec.resurspass}
    occupancy: dict[str, OccupancySeries] = {}
    if spec.occupancy:
        earlier = shift_years(period, -1)
        previous = _previous_year(session, units, frames, earlier)
        occupancy = {f: OccupancySeries(current=occupancy_series(frames, period, f),
                                        last_year=occupancy_series(previous, earlier, f)) for f in spec.occupancy}
    staffing = _staffing(session, frames, schedules, period) if spec.staffing else None
    return Figures(units, all_units, summary, total.through, rows, budget, resurspass, occupancy, staffing,
                   chart_budget, frames)


def load_figures(database: Database | DriverDatabase, unit: str, period: Period, spec: SeriesSpec = SeriesSpec()) -> Figures:
    """read_figures in one transaction of the database."""
    with database.session() as session:
        return read_figures(session, unit, period, spec)


@dataclass(frozen=True)
class ResurspassPart:
    """The resurspass figures of read_figures alone: the summary's and the series by bucket size."""

    figures: ResurspassFigures
    series: dict[str, pd.DataFrame]
    inputs: Inputs  # what they were computed from


def resurspass_part(inputs: Inputs, units: list[UnitInfo], period: Period, freqs: tuple[str, ...], *,
                    all_units: bool = False, chart_budget: bool = False) -> ResurspassPart:
    """What read_figures computes for the resurspass — `summary.resurspass` and `resurspass[freq]` — alone.

    The same domain functions (totals_by_unit, resurspass_series) on the same inputs, without
    occupancy, staffing and the other series. chart_budget: as SeriesSpec's, the span read_figures
    prepares then (the window's overview asks for the budget chart).
    """
    total = sum(totals_by_unit(inputs, period, resurspass_only=True).values(), Totals())
    figures = Summary.from_totals(summary_label(units, all_units=all_units), period, total).resurspass
    prepared = Prepared(inputs, period, chart_span(period) if chart_budget else period)
    series = {f: resurspass_series(inputs, period, f, prepared) for f in freqs}
    return ResurspassPart(figures, series, inputs)


def read_resurspass_part(session: Session, unit: str, period: Period, freqs: tuple[str, ...],
                         *, chart_budget: bool = False) -> ResurspassPart:
    """resurspass_part on the inputs it reads: the daily hours and the budgets (load_frames' hours_only)."""
    all_units = is_all_units(unit)
    units = resolve_units(session, unit)
    schedules = read_schedules(session, units, all_units=all_units)
    frames = load_frames(session, units, period, all_units=all_units, schedules=schedules, hours_only=True)
    return resurspass_part(frames, units, period, freqs, all_units=all_units, chart_budget=chart_budget)


def with_daily_reread(session: Session, inputs: Inputs, unit: UnitInfo, start: date, end: date,
                      fresh: pd.DataFrame | None = None) -> Inputs:
    """`inputs` of one unit with its daily rows of start..end read again (load_daily), the others kept.

    For an edit that changed recorded hours' kinds on those days only (a resurspass placement): the
    result equals a fresh load_frames' daily row for row, in the same (date) order. fresh: those rows
    when the caller has read them (load_daily with read_schedules' frames, as load_frames reads).
    """
    if fresh is None:
        fresh, _scheduled = load_daily(session, [unit], start, end, schedules=read_schedules(session, [unit]))
    daily = inputs.daily
    days = daily["date"].to_numpy()
    lo = np.searchsorted(days, np.datetime64(start, "ns"), side="left")
    hi = np.searchsorted(days, np.datetime64(end, "ns"), side="right")
    spliced = pd.concat([daily.iloc[:lo], fresh, daily.iloc[hi:]], ignore_index=True)
    return replace(inputs, daily=spliced)
