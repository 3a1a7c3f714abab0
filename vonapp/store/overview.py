"""The overview's figures and chart frames in one read: the inputs once, then the calculations.

The separate loaders in vonapp.store.series each re-read the inputs; the overview needs them all on
every unit or period switch, so this module reads the database once per switch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from vonapp.domain.figures import Inputs, UnitInputs, hours_by_unit, totals_by_unit
from vonapp.domain.periods import Period, shift_years, to_year_end
from vonapp.domain.schedule import staffing_from_cycles
from vonapp.domain.series import WEEK
from vonapp.domain.summary import Summary
from vonapp.domain.totals import Totals
from vonapp.store.database import Database
from vonapp.store.figures import load_frames, read_schedules, summary_label
from vonapp.store.models import StaffingNeed
from vonapp.store.overview_series import (
    budget_frame,
    occupancy_frame,
    resurspass_frame,
)
from vonapp.store.queries import (
    UnitInfo,
    is_all_units,
    occupancy_frames,
    resolve_units,
)
from vonapp.store.series import OccupancySeries

__all__ = ["OverviewFrames", "load_overview_frames"]


@dataclass(frozen=True)
class OverviewFrames:
    """The summary and the four chart frames of one unit (or all summed) over one period.

    budget: the columns of vonapp.domain.series.budget_series from the period's start to 31 December
    of its end year, with time recorded after the period's end left out, plus `is_forecast` (the
    bucket lies after the last recorded day, its forecast_hours are planned hours) and
    `cumulative_forecast_deviation_hours` = Σ (budget_hours − forecast_hours) up to the bucket.

    to_date: budget i timmar from the period's start to the last recorded day, when time is recorded
    in the period but not to its end (the year or month under way); None otherwise.
    """

    summary: Summary
    budget: pd.DataFrame
    last_recorded: date | None
    resurspass: pd.DataFrame
    occupancy: OccupancySeries
    staffing: pd.DataFrame
    to_date: Summary | None = None


def _split(frame: pd.DataFrame, ids: list[int]) -> dict[int, pd.DataFrame]:
    if frame.empty:
        return {}
    if len(ids) == 1:  # one unit: the frame already holds only its rows
        return {ids[0]: frame}
    return dict(tuple(frame.groupby("unit_id")))


def _unit_inputs(units: list[UnitInfo], frames: Inputs) -> list[UnitInputs]:
    ids = [u.id for u in units]
    daily, occ, moves = (_split(f, ids) for f in (frames.daily, frames.occupancy, frames.moves))
    empty = frames.daily.iloc[:0]
    return [
        UnitInputs(unit_id=u.id, places=u.places, budgets=frames.budgets.get(u.id, {}),
                   daily=daily.get(u.id, empty), has_schedule=u.id in frames.scheduled,
                   occupancy=occ.get(u.id), moves=moves.get(u.id))
        for u in units
    ]


def _staffing(session: Session, ids: list[int], profile: pd.DataFrame) -> pd.DataFrame:
    """The mean staff on duty per weekday and hour with the need beside it (NaN where none)."""
    need_rows = session.execute(
        select(StaffingNeed.weekday, StaffingNeed.hour, StaffingNeed.staff).where(StaffingNeed.unit_id.in_(ids))
    ).all()
    if not need_rows:
        return profile.assign(need=float("nan"))
    # Summed over the units, placed by weekday × 24 + hour (the profile's row order).
    need = np.full(7 * 24, np.nan)
    for weekday, hour, staff in need_rows:
        at = int(weekday) * 24 + int(hour)
        need[at] = (0.0 if np.isnan(need[at]) else need[at]) + float(staff)
    return profile.assign(need=need)


def load_overview_frames(
    database: Database, unit: str, period: Period, *, budget_freq: str, occupancy_freq: str, resurspass_freq: str = WEEK
) -> OverviewFrames:
    """Summary, budget, resurspass, occupancy (and last year's) and staffing of the unit name or `all`."""
    all_units = is_all_units(unit)
    earlier = shift_years(period, -1)
    with database.session() as s:
        units = resolve_units(s, unit)
        ids = [u.id for u in units]
        schedules = read_schedules(s, units, all_units=all_units)
        frames = load_frames(s, units, period, all_units=all_units, schedules=schedules)
        prev_days, prev_moves = occupancy_frames(s, ids, earlier.start, earlier.end)
        profile = staffing_from_cycles(*schedules, period.start, period.end, max(period.days / 7.0, 1.0))
        staffing = _staffing(s, ids, profile)
    total = sum(totals_by_unit(frames, period).values(), Totals())
    summary = Summary.from_totals(summary_label(units, all_units=all_units), period, total)
    daily = frames.daily
    # No units yet (a new database): the charts get empty series, as for a unit with no data.
    inputs = _unit_inputs(units, frames) or [UnitInputs(unit_id=0, daily=daily.iloc[:0])]
    budget, last = budget_frame(inputs, period, to_year_end(period), budget_freq)
    previous = _unit_inputs(units, Inputs(
        unit_ids=ids, places=frames.places, budgets=frames.budgets, daily=daily.iloc[:0], scheduled=set(),
        occupancy=prev_days, moves=prev_moves, breakdown=frames.breakdown, measures=frames.measures,
    )) or inputs
    to_date = None
    if last is not None and period.start <= last < period.end:
        # The budget of the days with recorded time only: the whole period's budget against part of
        # its time would read as far under budget until the period is over.
        so_far = Period(period.start, last, f"{period.start.isoformat()}..{last.isoformat()}")
        to_date = Summary.from_totals(summary.unit, so_far, sum(hours_by_unit(frames, so_far).values(), Totals()))
    occupancy = OccupancySeries(current=occupancy_frame(inputs, period, occupancy_freq),
                                last_year=occupancy_frame(previous, earlier, occupancy_freq))
    return OverviewFrames(summary, budget, last, resurspass_frame(inputs, period, resurspass_freq), occupancy,
                          staffing, to_date)
