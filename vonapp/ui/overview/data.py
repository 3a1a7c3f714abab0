"""The overview's figures and chart frames, loaded off the GUI thread (no widgets here)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from vonapp.domain.periods import Period, year
from vonapp.domain.series import DAY, MONTH, WEEK
from vonapp.domain.summary import Summary
from vonapp.store.database import Database
from vonapp.store.figures import load_summary
from vonapp.store.series import (
    OccupancySeries,
    load_budget_series,
    load_occupancy_series,
    load_resurspass_series,
    load_staffing,
)


@dataclass(frozen=True)
class OverviewData:
    """The summary and the chart frames of one unit (or all) over one period, plain data."""

    unit: str
    period: Period
    summary: Summary
    budget: pd.DataFrame  # budget series from the period start to 31 December of its end year
    budget_freq: str
    resurspass: pd.DataFrame
    occupancy: OccupancySeries
    occupancy_freq: str
    staffing: pd.DataFrame


def _is_year(period: Period) -> bool:
    return period == year(period.start.year)


def load_overview(database: Database, unit: str, period: Period) -> OverviewData:
    """Everything the overview page shows for the unit name (or "all") and period."""
    summary = load_summary(database, unit, period)
    whole_year = _is_year(period)
    budget_freq = MONTH if whole_year else WEEK
    to_year_end = Period(period.start, year(period.end.year).end, f"{period.start}..{period.end.year}-12-31")
    budget = load_budget_series(database, unit, to_year_end, budget_freq)
    resurspass = load_resurspass_series(database, unit, period, WEEK)
    occupancy_freq = WEEK if whole_year else DAY
    occupancy = load_occupancy_series(database, unit, period, occupancy_freq)
    staffing = load_staffing(database, unit, period)
    return OverviewData(unit, period, summary, budget, budget_freq, resurspass, occupancy, occupancy_freq, staffing)
