"""Figures from the database: the frames a unit's calculations need, and its summary."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy.orm import Session

from vonapp.domain import daily as d
from vonapp.domain.figures import Inputs, UnitInputs, totals_by_unit
from vonapp.domain.periods import Period
from vonapp.domain.schedule import planned_daily_totals
from vonapp.domain.summary import Summary
from vonapp.domain.totals import Totals
from vonapp.store.database import Database
from vonapp.store.queries import (
    UnitInfo,
    breakdown_frame,
    budget_inputs,
    is_all_units,
    measures_frame,
    occupancy_frames,
    recorded_daily,
    resolve_units,
    schedule_frames,
)


def data_span(period: Period) -> tuple[date, date]:
    """Dates the figures need: the period and the whole year of its end (for the forecast)."""
    y = period.end.year
    return min(period.start, date(y, 1, 1)), date(y, 12, 31)


ScheduleFrames = tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]  # schedules, counted cells, shift codes


def read_schedules(session: Session, units: list[UnitInfo], *, all_units: bool = False) -> ScheduleFrames:
    """The units' schedules with their cells counted per cycle day and shift (no employee needed)."""
    return schedule_frames(session, None if all_units else [u.id for u in units], counted=True)


def load_daily(session: Session, units: list[UnitInfo], start: date, end: date, *, all_units: bool = False,
               schedules: ScheduleFrames | None = None) -> tuple[pd.DataFrame, set[int]]:
    """The daily frame (recorded + planned) of the units, and the ids of units with a schedule."""
    ids = None if all_units else [u.id for u in units]
    recorded = recorded_daily(session, ids, start, end)
    scheds, cells, shifts = schedules if schedules is not None else read_schedules(session, units, all_units=all_units)
    planned = planned_daily_totals(scheds, cells, shifts, start, end)
    with_schedule = set(scheds["unit_id"].astype(int)) if not scheds.empty else set()
    return d.combine(recorded, planned), with_schedule


def load_frames(session: Session, units: list[UnitInfo], period: Period, *, all_units: bool = False,
                schedules: ScheduleFrames | None = None) -> Inputs:
    """The inputs of the units over the period (and its end's whole year), as frames.

    schedules: read_schedules' frames when the caller has them already (the overview's staffing).
    """
    start, end = data_span(period)
    ids = [u.id for u in units]
    years = sorted(set(range(start.year, end.year + 1)))
    daily, with_schedule = load_daily(session, units, start, end, all_units=all_units, schedules=schedules)
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


def load_inputs(session: Session, units: list[UnitInfo], period: Period, *, all_units: bool = False) -> list[UnitInputs]:
    """UnitInputs for each unit over the period (and its end's whole year)."""
    frames = load_frames(session, units, period, all_units=all_units)

    def part(frame: pd.DataFrame) -> dict[int, pd.DataFrame]:
        return dict(tuple(frame.groupby("unit_id"))) if not frame.empty else {}

    daily, occ, moves, bd, m = (part(f) for f in (frames.daily, frames.occupancy, frames.moves,
                                                  frames.breakdown, frames.measures))
    return [
        UnitInputs(
            unit_id=u.id,
            places=u.places,
            budgets=frames.budgets.get(u.id, {}),
            daily=daily[u.id] if u.id in daily else d.empty_daily(),  # an empty frame only when needed
            has_schedule=u.id in frames.scheduled,
            occupancy=occ.get(u.id),
            moves=moves.get(u.id),
            breakdown=bd.get(u.id),
            measures=m.get(u.id),
        )
        for u in units
    ]


def summarize(session: Session, unit: str, period: Period) -> Summary:
    units = resolve_units(session, unit)
    all_units = is_all_units(unit)
    per_unit = totals_by_unit(load_frames(session, units, period, all_units=all_units), period)
    total = sum(per_unit.values(), Totals())
    return Summary.from_totals(summary_label(units, all_units=all_units), period, total)


def summary_label(units: list[UnitInfo], *, all_units: bool) -> str:
    return "Alla enheter" if all_units else units[0].name


def load_summary(database: Database, unit: str, period: Period) -> Summary:
    """The summary of one unit by name, or of `all` units summed, over the period."""
    with database.session() as session:
        return summarize(session, unit, period)
