"""The chart/export series loaders of vonapp.store.series on the demo."""

from __future__ import annotations

import pytest

from vonapp.domain.periods import parse_period
from vonapp.domain.series import WEEK
from vonapp.store.database import Database
from vonapp.store.series import load_occupancy_series


def test_the_week_holding_new_year_carries_the_new_years_occupancy_budget(demo_db: Database) -> None:
    # Stortorp's budgeted occupancy is 99 % in 2022 and 98 % in 2023 (seed 000). The week of Monday
    # 2022-12-26 meets 2023 only on Sunday 1 January, so in the 2023 view it is a 2023 day: 98 %.
    weeks = load_occupancy_series(demo_db, "Stortorp", parse_period("2023"), WEEK).current
    first = weeks.iloc[0]
    assert str(first["start"].date()) == "2022-12-26"
    assert first["place_days"] == 60  # one day × 60 places
    assert first["budget_pct"] == pytest.approx(98.0)
