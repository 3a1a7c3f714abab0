"""The export reads its data once; its series must be the chart series of vonapp.store.series exactly."""

from __future__ import annotations

import pandas as pd
import pytest

from vonapp.domain.periods import parse_period
from vonapp.domain.series import DAY, MONTH, WEEK
from vonapp.store.database import Database
from vonapp.store.queries import ALL_UNITS, resolve_units
from vonapp.store.reports import export_figures
from vonapp.store.series import load_budget_series, load_occupancy_series, load_resurspass_series


@pytest.mark.parametrize(("unit", "period"), [("Stortorp", "2023"), ("all", "2023-02-10..2023-05-20"), ("all", "2023")])
def test_export_series_equal_the_chart_series(demo_db: Database, unit: str, period: str) -> None:
    p = parse_period(period)
    with demo_db.session() as s:
        units = resolve_units(s, unit)
        figures = export_figures(s, units, p, all_units=unit == ALL_UNITS, label=unit)
    pd.testing.assert_frame_equal(figures.budget_week, load_budget_series(demo_db, unit, p, WEEK))
    pd.testing.assert_frame_equal(figures.budget_month, load_budget_series(demo_db, unit, p, MONTH))
    pd.testing.assert_frame_equal(figures.resurspass_week, load_resurspass_series(demo_db, unit, p, WEEK))
    cols = ["start", "occupied_days", "place_days", "budget_days", "occupancy_pct", "budget_pct"]
    for freq, got in ((MONTH, figures.occupancy_month), (DAY, figures.occupancy_day)):
        want = load_occupancy_series(demo_db, unit, p, freq)
        for mine, theirs in ((got.current, want.current), (got.last_year, want.last_year)):
            pd.testing.assert_frame_equal(mine[cols].reset_index(drop=True), theirs[cols].reset_index(drop=True),
                                          check_dtype=False, check_names=False, check_freq=False)
