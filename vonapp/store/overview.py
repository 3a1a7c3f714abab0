"""The overview's figures and chart frames: vonapp.store.series.load_figures with the window's series."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from vonapp.domain.inputs import Inputs
from vonapp.domain.periods import Period
from vonapp.domain.series import WEEK, OccupancySeries
from vonapp.domain.summary import Summary
from vonapp.store.queries import UnitInfo, resolve_units
from vonapp.store.series import (
    ResurspassPart,
    SeriesSpec,
    is_all_units,
    load_figures,
    read_resurspass_part,
    resurspass_part,
    with_daily_reread,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vonapp.store.database import Database
    from vonapp.store.driver import DriverDatabase

__all__ = ["OverviewFrames", "load_overview_frames", "read_overview_resurspass"]


@dataclass(frozen=True)
class OverviewFrames:
    """The summary and the four chart frames of one unit (or all summed) over one period.

    budget: the budget chart's months (Figures.chart_budget, the PDF's too): from the period's start to
    31 December of its end year, after the period only the forecast continuation. last_recorded: the last day counted as recorded
    (the summary's `through` when the period is under way), None when nothing is recorded.
    """

    summary: Summary
    budget: pd.DataFrame
    last_recorded: date | None
    resurspass: pd.DataFrame
    occupancy: OccupancySeries
    staffing: pd.DataFrame
    inputs: Inputs | None = None  # the frames read (read_overview_resurspass patches them after an edit)


def load_overview_frames(
    database: Database | DriverDatabase, unit: str, period: Period, *, occupancy_freq: str, resurspass_freq: str = WEEK
) -> OverviewFrames:
    """Summary, budget, resurspass, occupancy (and last year's) and staffing of the unit name or `all`."""
    spec = SeriesSpec(chart_budget=True, resurspass=(resurspass_freq,), occupancy=(occupancy_freq,), staffing=True)
    f = load_figures(database, unit, period, spec)
    assert f.staffing is not None and f.chart_budget is not None
    return OverviewFrames(f.summary, f.chart_budget, f.through, f.resurspass[resurspass_freq],
                          f.occupancy[occupancy_freq], f.staffing, f.inputs)


def read_overview_resurspass(session: Session, unit: str, period: Period, *, inputs: Inputs | None = None,
                             days: list[date] | None = None, daily: pd.DataFrame | None = None,
                             units: list[UnitInfo] | None = None, resurspass_freq: str = WEEK) -> ResurspassPart:
    """load_overview_frames' resurspass alone: its summary's `resurspass` and its resurspass frame.

    The same spec (the budget chart's span, bucket size) and the same functions
    (vonapp.store.series.resurspass_part), so a page patched with it shows what a whole load would.
    inputs, days: the frames the shown figures were computed from (OverviewFrames.inputs, one unit)
    and the days an edit changed since — only those days' daily rows are read again (≈2 ms instead of
    the unit-year's ≈10 ms); without them the hours inputs are read whole. daily: those rows when the
    caller has read them (load_daily of min(days)..max(days) with read_schedules' frames); units:
    resolve_units(unit) when the caller has it.
    """
    if inputs is None or not days or is_all_units(unit):
        return read_resurspass_part(session, unit, period, (resurspass_freq,), chart_budget=True)
    units = units if units is not None else resolve_units(session, unit)
    fresh = with_daily_reread(session, inputs, units[0], min(days), max(days), daily)
    return resurspass_part(fresh, units, period, (resurspass_freq,), chart_budget=True)
