"""The export reads the window's figures: its series are the window's and, for a finished period, the oracle's."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.oracle.loaders import load_budget_series, load_occupancy_series, load_resurspass_series
from vonapp.domain.periods import parse_period
from vonapp.domain.series import DAY, MONTH, WEEK
from vonapp.store.database import Database
from vonapp.store.reports import export_figures
from vonapp.store.series import SeriesSpec, load_figures


@pytest.mark.parametrize(("unit", "period"), [("Stortorp", "2023"), ("all", "2023-02-10..2023-05-20"), ("all", "2023")])
def test_export_series_equal_the_window_series_and_the_oracle(demo_db: Database, unit: str, period: str) -> None:
    p = parse_period(period)
    with demo_db.session() as s:
        figures = export_figures(s, unit, p)
    window = load_figures(demo_db, unit, p, SeriesSpec(budget=(WEEK, MONTH), resurspass=(WEEK,), occupancy=(MONTH, DAY)))
    assert figures.summary == window.summary
    for freq in (WEEK, MONTH):
        pd.testing.assert_frame_equal(figures.budget[freq], window.budget[freq])
        # These periods are finished (time is recorded to 2024-08-31): every bucket is compared whole.
        oracle = load_budget_series(demo_db, unit, p, freq)
        for column in ["budget_hours", "worked_hours", "planned_hours", "deviation_hours", "forecast_hours"]:
            np.testing.assert_allclose(figures.budget[freq][column], oracle[column], err_msg=column)
    oracle = load_resurspass_series(demo_db, unit, p, WEEK)
    for column in ["planned_hours", "used_own_hours", "used_other_hours", "unplaced_hours", "missed_hours",
                   "missed_kr"]:
        np.testing.assert_allclose(figures.resurspass[WEEK][column], oracle[column], err_msg=column)
    cols = ["start", "occupied_days", "place_days", "occupancy_pct"]
    for freq in (MONTH, DAY):
        got, want = figures.occupancy[freq], load_occupancy_series(demo_db, unit, p, freq)
        for mine, theirs in ((got.current, want.current), (got.last_year, want.last_year)):
            pd.testing.assert_frame_equal(mine[cols].reset_index(drop=True), theirs[cols].reset_index(drop=True),
                                          check_dtype=False, check_names=False, check_freq=False)
