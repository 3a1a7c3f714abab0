"""The pandas reference loaders (formerly vonapp.store.series): an oracle for the numpy series.

They sum each unit's whole buckets (no "period under way"), so they equal vonapp.domain.series for a
finished period, and their budget_hours is the numpy series' budget_hours_period in any period.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.oracle.series_pandas import DAY, budget_series, occupancy_series, resurspass_series
from vonapp.domain import daily as d
from vonapp.domain.figures import UnitInputs, daily_occupancy
from vonapp.domain.periods import Period, shift_years
from vonapp.domain.schedule import expand_schedule, staffing_profile
from vonapp.store.database import Database
from vonapp.store.inputs import load_frames
from vonapp.store.models import StaffingNeed
from vonapp.store.queries import ALL_UNITS, UnitInfo, resolve_units, schedule_frames


@dataclass(frozen=True)
class OccupancySeries:
    """Occupancy per bucket this period, the budget %, and the same period a year earlier."""

    current: pd.DataFrame  # start, occupied_days, place_days, occupancy_pct, budget_pct
    last_year: pd.DataFrame  # the same columns for the period shifted back one year


def _sum_frames(frames: list[pd.DataFrame], keys: list[str]) -> pd.DataFrame:
    if len(frames) == 1:
        return frames[0]
    stacked = pd.concat(frames, ignore_index=True)
    return stacked.groupby(keys, as_index=False, sort=True).sum(numeric_only=True)


def load_inputs(session: Session, units: list[UnitInfo], period: Period, *, all_units: bool = False) -> list[UnitInputs]:
    """UnitInputs for each unit over the period (and its end's whole year)."""
    frames = load_frames(session, units, period, all_units=all_units)

    def part(frame: pd.DataFrame) -> dict[int, pd.DataFrame]:
        return dict(tuple(frame.groupby("unit_id"))) if not frame.empty else {}

    daily, occ, moves = (part(f) for f in (frames.daily, frames.occupancy, frames.moves))
    return [UnitInputs(unit_id=u.id, places=u.places, budgets=frames.budgets.get(u.id, {}),
                       daily=daily[u.id] if u.id in daily else d.empty_daily(), has_schedule=u.id in frames.scheduled,
                       occupancy=occ.get(u.id), moves=moves.get(u.id)) for u in units]


def _inputs(database: Database, unit: str, period: Period) -> list[UnitInputs]:
    with database.session() as s:
        units = resolve_units(s, unit)
        return load_inputs(s, units, period, all_units=unit.strip().lower() == ALL_UNITS)


def load_budget_series(database: Database, unit: str, period: Period, freq: str) -> pd.DataFrame:
    """vonapp.domain.series.budget_series summed over the unit(s); see there for the columns."""
    frames = [budget_series(i.daily, i.budgets, period, freq) for i in _inputs(database, unit, period)]
    out = _sum_frames(frames, ["start", "end"])
    out["cumulative_deviation_hours"] = out["deviation_hours"].cumsum()
    return out


def load_resurspass_series(database: Database, unit: str, period: Period, freq: str) -> pd.DataFrame:
    frames = [resurspass_series(i.daily, i.budgets, period, freq) for i in _inputs(database, unit, period)]
    return _sum_frames(frames, ["start"])


def _occupancy(inputs: list[UnitInputs], period: Period, freq: str) -> pd.DataFrame:
    frames = []
    for i in inputs:
        occupied, places = daily_occupancy(i, period.start, period.end)
        frame = occupancy_series(occupied, places, period, freq)
        pct = {y: b.occupancy_budget_pct for y, b in i.budgets.items()}
        # A bucket's budget is that of the year of its first day inside the period (the week holding
        # 1 January starts on a Monday of the year before).
        first_day = frame["start"].clip(lower=pd.Timestamp(period.start))
        frame["budget_days"] = frame["place_days"] * first_day.dt.year.map(pct).astype(float) / 100.0
        frames.append(frame)
    out = _sum_frames(frames, ["start"])
    place_days = out["place_days"].where(out["place_days"] > 0)
    out["occupancy_pct"] = out["occupied_days"] / place_days * 100.0
    out["budget_pct"] = out["budget_days"] / place_days * 100.0
    return out


def load_occupancy_series(database: Database, unit: str, period: Period, freq: str = DAY) -> OccupancySeries:
    current = _occupancy(_inputs(database, unit, period), period, freq)
    earlier = shift_years(period, -1)
    last_year = _occupancy(_inputs(database, unit, earlier), earlier, freq)
    return OccupancySeries(current=current, last_year=last_year)


def load_staffing(database: Database, unit: str, period: Period) -> pd.DataFrame:
    """Mean staff on duty per weekday and hour from the schedule, beside the staffing need.

    Columns: weekday (0 = Monday), hour, staff, need (NaN where no need is recorded).
    """
    with database.session() as s:
        units = resolve_units(s, unit)
        ids = [u.id for u in units]
        schedules, cells, shifts = schedule_frames(s, ids)
        need_rows = s.execute(
            select(StaffingNeed.weekday, StaffingNeed.hour, StaffingNeed.staff).where(StaffingNeed.unit_id.in_(ids))
        ).all()
    planned = expand_schedule(schedules, cells, shifts, period.start, period.end)
    weeks = max(period.days / 7.0, 1.0)
    profile = staffing_profile(planned, weeks)
    need = pd.DataFrame(need_rows, columns=["weekday", "hour", "need"])
    if not need.empty:
        need = need.groupby(["weekday", "hour"], as_index=False)["need"].sum()
        return profile.merge(need, on=["weekday", "hour"], how="left")
    return profile.assign(need=float("nan"))
