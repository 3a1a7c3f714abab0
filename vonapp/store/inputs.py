"""The inputs of the figures read from the database: the frames of a unit's (or many units') calculations."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.inputs import Inputs
from vonapp.domain.periods import Period
from vonapp.domain.schedule import planned_daily_totals
from vonapp.store.queries import (
    UnitInfo,
    breakdown_frame,
    budget_inputs,
    measures_frame,
    occupancy_frames,
    recorded_daily,
    schedule_frames,
)

if TYPE_CHECKING:  # the reads run on a bare sqlite3 connection too (vonapp.store.driver)
    from sqlalchemy.orm import Session

    from vonapp.store.driver import DriverSession


def data_span(period: Period) -> tuple[date, date]:
    """Dates the figures need: the period and the whole year of its end (for the forecast)."""
    y = period.end.year
    return min(period.start, date(y, 1, 1)), date(y, 12, 31)


ScheduleFrames = tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]  # schedules, counted cells, shift codes


def read_schedules(session: Session | DriverSession, units: list[UnitInfo], *, all_units: bool = False) -> ScheduleFrames:
    """The units' schedules with their cells counted per cycle day and shift (no employee needed)."""
    return schedule_frames(session, None if all_units else [u.id for u in units], counted=True)


def load_daily(session: Session | DriverSession, units: list[UnitInfo], start: date, end: date, *, all_units: bool = False,
               schedules: ScheduleFrames | None = None) -> tuple[pd.DataFrame, set[int]]:
    """The daily frame (recorded + planned) of the units, and the ids of units with a schedule."""
    ids = None if all_units else [u.id for u in units]
    recorded = recorded_daily(session, ids, start, end)
    scheds, cells, shifts = schedules if schedules is not None else read_schedules(session, units, all_units=all_units)
    planned = planned_daily_totals(scheds, cells, shifts, start, end)
    with_schedule = set(scheds["unit_id"].astype(int)) if not scheds.empty else set()
    return d.combine(recorded, planned), with_schedule


def load_frames(session: Session | DriverSession, units: list[UnitInfo], period: Period, *, all_units: bool = False,
                schedules: ScheduleFrames | None = None, hours_only: bool = False) -> Inputs:
    """The inputs of the units over the period (and its end's whole year), as frames.

    schedules: read_schedules' frames when the caller has them already (the overview's staffing).
    hours_only: just the daily hours and the budgets (occupancy, time breakdown and measures empty) —
    all that the hours figures (vonapp.domain.figures_hours: budget, outcome, resurspass) read.
    """
    start, end = data_span(period)
    ids = [u.id for u in units]
    years = sorted(set(range(start.year, end.year + 1)))
    daily, with_schedule = load_daily(session, units, start, end, all_units=all_units, schedules=schedules)
    if hours_only:
        return Inputs.of_units([]).with_units(ids, {u.id: u.places for u in units}, budget_inputs(session, ids),
                                              daily, with_schedule)
    occ_days, moves = occupancy_frames(session, ids, period.start, period.end)
    return Inputs(
        unit_ids=ids,
        places={u.id: u.places for u in units},
        budgets=budget_inputs(session, ids),
        daily=daily,
        scheduled=with_schedule,
        occupancy=occ_days,
        moves=moves,
        breakdown=breakdown_frame(session, ids, years),
        measures=measures_frame(session, ids, list(period.years())),
    )


def summary_label(units: list[UnitInfo], *, all_units: bool) -> str:
    return "Alla enheter" if all_units else units[0].name
