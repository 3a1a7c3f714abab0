"""Chart and export series against the hand-worked scenario (see scenario.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.domain.scenario import BUDGET_2023, daily_rows
from vonapp.domain.periods import parse_period
from vonapp.domain.series import (
    MONTH,
    WEEK,
    bucket_starts,
    budget_series,
    occupancy_series,
    resurspass_series,
)

BUDGETS = {2023: BUDGET_2023}


def test_weeks_start_on_monday_and_are_clipped_to_the_period() -> None:
    jan = parse_period("2023-01")
    starts = bucket_starts(jan, WEEK)
    # 1 Jan 2023 is a Sunday: its week starts Monday 26 Dec; the last week starts Monday 30 Jan
    assert str(starts[0]) == "2022-12-26" and str(starts[-1]) == "2023-01-30"
    frame = budget_series(daily_rows(), BUDGETS, jan, WEEK)
    # first bucket holds only 1 Jan: 24 budget hours (8 760 h / 365 days); budgets add to January's 744 h
    assert frame["budget_hours"].iloc[0] == pytest.approx(24.0)
    assert frame["budget_hours"].sum() == pytest.approx(744.0)


def test_budget_series_by_week_holds_worked_hours_by_category_and_the_deviation() -> None:
    frame = budget_series(daily_rows(), BUDGETS, parse_period("2023-01"), WEEK)
    week2 = frame[frame["start"] == pd.Timestamp("2023-01-02")].iloc[0]
    # week of 2 Jan: worked 32 + 24 + 30 + 11 = 97 h; budget 7 × 24 = 168 h → deviation 71 h
    assert week2["worked_hours"] == pytest.approx(97.0)
    assert week2["vikarie"] == pytest.approx(8.0)
    assert week2["deviation_hours"] == pytest.approx(71.0)
    assert week2["deviation_kr"] == pytest.approx(71.0 * 500)
    # cumulative deviation after week 2 = week 1 (24 − 0) + 71 = 95 h
    assert week2["cumulative_deviation_hours"] == pytest.approx(95.0)


def test_forecast_line_continues_with_planned_hours_after_the_last_recorded_day() -> None:
    frame = budget_series(daily_rows(), BUDGETS, parse_period("2023-01"), WEEK).set_index("start")
    # week of 2 Jan holds the last recorded day (5 Jan): worked 97 h + planned 6–8 Jan 3 × 24 = 169 h
    assert frame.loc[pd.Timestamp("2023-01-02"), "forecast_hours"] == pytest.approx(97.0 + 72.0)
    # week of 9 Jan: planned 9–10 Jan = 48 h
    assert frame.loc[pd.Timestamp("2023-01-09"), "forecast_hours"] == pytest.approx(48.0)


def test_monthly_series_sums_to_the_months() -> None:
    frame = budget_series(daily_rows(), BUDGETS, parse_period("2023-Q1"), MONTH)
    assert list(frame["start"].dt.month) == [1, 2, 3]
    # 744 + 672 + 744 = 2 160 budget hours in Q1
    assert frame["budget_hours"].sum() == pytest.approx(2160.0)
    assert frame["worked_hours"].tolist() == pytest.approx([97.0, 0.0, 0.0])


def test_resurspass_series_splits_used_own_other_unplaced_and_missed() -> None:
    frame = resurspass_series(daily_rows(), BUDGETS, parse_period("2023-01"), WEEK)
    week2 = frame[frame["start"] == pd.Timestamp("2023-01-02")].iloc[0]
    # planned 4 × 8 = 32; used own 8 (3 Jan), other 8 (4 Jan), unplaced 8 (2 Jan); missed 8 + 3 = 11 h
    assert (week2["planned_hours"], week2["used_own_hours"], week2["used_other_hours"]) == (32, 8, 8)
    assert week2["unplaced_hours"] == 8
    assert week2["missed_hours"] == pytest.approx(11.0)
    assert week2["missed_kr"] == pytest.approx(5500.0)


def test_occupancy_series_is_a_ratio_of_sums_per_bucket() -> None:
    days = pd.date_range("2023-01-30", "2023-02-02", freq="D")
    occupied = pd.Series([9.0, 10.0, 8.0, float("nan")], index=days)
    places = pd.Series([10.0, 10.0, 10.0, float("nan")], index=days)
    frame = occupancy_series(occupied, places, parse_period("2023-01-30..2023-02-02"), MONTH)
    # January: 19 / 20 = 95 %; February: 8 / 10 = 80 % (the unknown day is left out, not counted as 0)
    assert frame["occupancy_pct"].tolist() == pytest.approx([95.0, 80.0])
