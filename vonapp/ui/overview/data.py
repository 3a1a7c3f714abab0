"""The overview's figures and chart frames, loaded off the GUI thread (no widgets here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from vonapp.domain.periods import Period, year

if TYPE_CHECKING:  # pandas and the store load on the worker, after the window's first paint
    import pandas as pd

    from vonapp.domain.inputs import Inputs
    from vonapp.domain.series import OccupancySeries
    from vonapp.domain.summary import ResurspassFigures, Summary
    from vonapp.store.database import Database
    from vonapp.store.driver import DriverDatabase
    from vonapp.ui.overview.chart_data import ChartSeries

# vonapp.domain.series' bucket sizes, here without its pandas import (a test keeps them equal).
WEEK, MONTH, DAY = "W", "M", "D"


@dataclass(frozen=True)
class OverviewData:
    """The summary and the chart frames of one unit (or all) over one period, plain data.

    budget runs by month from the period's start to 31 December (see vonapp.store.overview.OverviewFrames):
    a quarter's or a month's own outcome, then only the forecast continuation; budget_freq is MONTH.
    occupancy_freq is WEEK for a year, else DAY; resurspass is per week of the period.
    charts holds the same series as numpy arrays with their view bounds, ready for the chart items.
    The summary is `vonapp summary`'s: a period under way is compared up to summary.through.
    """

    unit: str
    period: Period
    summary: Summary
    budget: pd.DataFrame
    budget_freq: str
    last_recorded: date | None
    resurspass: pd.DataFrame
    occupancy: OccupancySeries
    occupancy_freq: str
    staffing: pd.DataFrame
    charts: ChartSeries
    inputs: Inputs | None = None  # one unit's frames the figures come from (None for all units)


def is_whole_year(period: Period) -> bool:
    return period == year(period.start.year)


def load_overview(database: Database | DriverDatabase, unit: str, period: Period) -> OverviewData:
    """Everything the overview page shows for the unit name (or "all") and period."""
    from vonapp.store.overview import load_overview_frames
    from vonapp.store.series import is_all_units
    from vonapp.ui.overview.chart_data import chart_series

    whole_year = is_whole_year(period)
    budget_freq = MONTH  # every view: the months of the period, then the forecast months to 31 December
    occupancy_freq = WEEK if whole_year else DAY
    f = load_overview_frames(database, unit, period, occupancy_freq=occupancy_freq)
    charts = chart_series(f.budget, f.occupancy, 7 if whole_year else 1, f.resurspass, f.staffing, period,
                          f.last_recorded)
    return OverviewData(unit, period, f.summary, f.budget, budget_freq, f.last_recorded, f.resurspass,
                        f.occupancy, occupancy_freq, f.staffing, charts, None if is_all_units(unit) else f.inputs)


def with_resurspass(data: OverviewData, figures: ResurspassFigures, frame: pd.DataFrame,
                    inputs: Inputs | None) -> OverviewData:
    """data with its resurspass part replaced: the summary's figures, the frame and the chart's arrays.

    figures, frame and inputs come from vonapp.store.overview.read_overview_resurspass (load_overview's
    resurspass alone); the arrays are made as load_overview makes them. Runs on the worker.
    """
    from dataclasses import replace

    from vonapp.ui.overview.chart_data import resurspass_arrays

    return replace(data, summary=replace(data.summary, resurspass=figures), resurspass=frame,
                   charts=replace(data.charts, resurspass=resurspass_arrays(frame, data.period)), inputs=inputs)
