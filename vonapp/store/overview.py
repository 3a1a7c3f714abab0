"""The overview's figures and chart frames: vonapp.store.series.load_figures with the window's series."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from vonapp.domain.periods import Period
from vonapp.domain.series import WEEK, OccupancySeries
from vonapp.domain.summary import Summary
from vonapp.store.series import SeriesSpec, load_figures

if TYPE_CHECKING:
    from vonapp.store.database import Database
    from vonapp.store.driver import DriverDatabase

__all__ = ["OverviewFrames", "load_overview_frames"]


@dataclass(frozen=True)
class OverviewFrames:
    """The summary and the four chart frames of one unit (or all summed) over one period.

    budget: vonapp.domain.series.budget_series from the period's start to 31 December of its end year
    (after the period only the forecast continuation). last_recorded: the last day counted as recorded
    (the summary's `through` when the period is under way), None when nothing is recorded.
    """

    summary: Summary
    budget: pd.DataFrame
    last_recorded: date | None
    resurspass: pd.DataFrame
    occupancy: OccupancySeries
    staffing: pd.DataFrame


def load_overview_frames(
    database: Database | DriverDatabase, unit: str, period: Period, *, budget_freq: str, occupancy_freq: str, resurspass_freq: str = WEEK
) -> OverviewFrames:
    """Summary, budget, resurspass, occupancy (and last year's) and staffing of the unit name or `all`."""
    spec = SeriesSpec(budget=(budget_freq,), budget_to_year_end=True, resurspass=(resurspass_freq,),
                      occupancy=(occupancy_freq,), staffing=True)
    f = load_figures(database, unit, period, spec)
    assert f.staffing is not None
    return OverviewFrames(f.summary, f.budget[budget_freq], f.through, f.resurspass[resurspass_freq],
                          f.occupancy[occupancy_freq], f.staffing)
