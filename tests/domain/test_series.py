"""Chart and export series against the hand-worked scenario (see scenario.py), and against the pandas oracle."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.domain.scenario import BUDGET_2023, daily_rows, inputs
from tests.oracle import series_pandas as oracle
from vonapp.domain.figures import unit_totals
from vonapp.domain.inputs import Inputs, UnitInputs
from vonapp.domain.periods import parse_period
from vonapp.domain.series import (
    MONTH,
    WEEK,
    bucket_starts,
    budget_series,
    occupancy_series,
    resurspass_series,
)
from vonapp.domain.summary import Summary

BUDGETS = {2023: BUDGET_2023}
JAN = parse_period("2023-01")


def unit() -> Inputs:
    return Inputs.of_units([inputs()])


def test_weeks_start_on_monday_and_are_clipped_to_the_period() -> None:
    starts = bucket_starts(JAN, WEEK)
    # 1 Jan 2023 is a Sunday: its week starts Monday 26 Dec; the last week starts Monday 30 Jan
    assert str(starts[0]) == "2022-12-26" and str(starts[-1]) == "2023-01-30"
    frame = budget_series(unit(), JAN, JAN, WEEK)
    # first bucket holds only 1 Jan: 24 budget hours (8 760 h / 365 days); budgets add to January's 744 h
    assert frame["budget_hours_period"].iloc[0] == pytest.approx(24.0)
    assert frame["budget_hours_period"].sum() == pytest.approx(744.0)


def test_budget_series_by_week_holds_worked_hours_by_category_and_the_deviation() -> None:
    frame = budget_series(unit(), JAN, JAN, WEEK)
    week2 = frame[frame["start"] == pd.Timestamp("2023-01-02")].iloc[0]
    # week of 2 Jan: worked 32 + 24 + 30 + 11 = 97 h. January is under way through 5 Jan, so the week
    # is compared with the budget of 2–5 Jan = 4 × 24 = 96 h → deviation −1 h; in kr 48 000 − 49 500
    # (93 h × 500 + 4 h övertid × 500 × 1.5) = −1 500 kr, the cost factors included.
    assert week2["worked_hours"] == pytest.approx(97.0)
    assert week2["vikarie"] == pytest.approx(8.0)
    assert week2["budget_hours"] == pytest.approx(96.0)
    assert week2["budget_hours_period"] == pytest.approx(168.0)
    assert week2["deviation_hours"] == pytest.approx(-1.0)
    assert week2["deviation_kr"] == pytest.approx(-1500.0)
    # cumulative deviation after week 2 = week 1 (24 − 0) + (−1) = 23 h: the summary's deviation
    assert week2["cumulative_deviation_hours"] == pytest.approx(23.0)


def test_rows_add_up_to_the_summary() -> None:
    s = Summary.from_totals("T", JAN, unit_totals(inputs(), JAN))
    for freq in (WEEK, MONTH):
        frame = budget_series(unit(), JAN, JAN, freq)
        for column, total in (("budget_hours", s.budget_hours), ("worked_hours", s.worked_hours),
                              ("deviation_hours", s.deviation_hours), ("deviation_kr", s.deviation_kr),
                              ("budget_kr", s.budget_kr), ("outcome_kr", s.outcome_kr),
                              ("budget_hours_period", s.budget_hours_period), ("planned_hours", s.planned_hours)):
            assert frame[column].sum() == pytest.approx(total), (freq, column)
    res = resurspass_series(unit(), JAN, WEEK)
    assert res["planned_hours"].sum() == pytest.approx(s.resurspass.planned_hours)
    assert res["used_hours"].sum() == pytest.approx(s.resurspass.used_hours)
    assert res["missed_kr"].sum() == pytest.approx(s.resurspass.missed_kr)


def test_forecast_line_continues_with_planned_hours_after_the_last_recorded_day() -> None:
    frame = budget_series(unit(), JAN, JAN, WEEK).set_index("start")
    # week of 2 Jan holds the last recorded day (5 Jan): worked 97 h + planned 6–8 Jan 3 × 24 = 169 h
    assert frame.loc[pd.Timestamp("2023-01-02"), "forecast_hours"] == pytest.approx(97.0 + 72.0)
    # week of 9 Jan: planned 9–10 Jan = 48 h; it is forecast: no outcome at all (NaN, never 0 h worked)
    week3 = frame.loc[pd.Timestamp("2023-01-09")]
    assert week3["forecast_hours"] == pytest.approx(48.0)
    assert bool(week3["is_forecast"]) and np.isnan(week3["worked_hours"]) and np.isnan(week3["deviation_kr"])


def test_monthly_series_sums_to_the_months() -> None:
    q1 = parse_period("2023-Q1")
    frame = budget_series(unit(), q1, q1, MONTH)
    assert list(frame["start"].dt.month) == [1, 2, 3]
    # 744 + 672 + 744 = 2 160 budget hours in Q1; time is recorded in January only
    assert frame["budget_hours_period"].sum() == pytest.approx(2160.0)
    assert frame["worked_hours"].iloc[0] == pytest.approx(97.0)
    assert frame["worked_hours"].iloc[1:].isna().all()
    assert frame["is_forecast"].tolist() == [False, True, True]


def test_resurspass_series_splits_used_own_other_unplaced_and_missed() -> None:
    frame = resurspass_series(unit(), JAN, WEEK)
    week2 = frame[frame["start"] == pd.Timestamp("2023-01-02")].iloc[0]
    # planned 4 × 8 = 32; used own 8 (3 Jan), other 8 (4 Jan), unplaced 8 (2 Jan); missed 8 + 3 = 11 h
    assert (week2["planned_hours"], week2["used_own_hours"], week2["used_other_hours"]) == (32, 8, 8)
    assert week2["unplaced_hours"] == 8
    assert week2["missed_hours"] == pytest.approx(11.0)
    assert week2["missed_kr"] == pytest.approx(5500.0)


def test_occupancy_series_is_a_ratio_of_sums_per_bucket() -> None:
    counts = pd.DataFrame({"date": pd.to_datetime(["2023-01-30", "2023-01-31", "2023-02-01"]),
                           "places": [10.0, 10.0, 10.0], "occupied": [9.0, 10.0, 8.0]})
    one = Inputs.of_units([UnitInputs(unit_id=1, places=10, budgets=BUDGETS, occupancy=counts)])
    frame = occupancy_series(one, parse_period("2023-01-30..2023-02-02"), MONTH)
    # January: 19 / 20 = 95 %; February: 8 / 10 = 80 % (the unknown day is left out, not counted as 0)
    assert frame["occupancy_pct"].tolist() == pytest.approx([95.0, 80.0])


@pytest.mark.parametrize("freq", [WEEK, MONTH])
def test_a_finished_period_equals_the_pandas_oracle(freq: str) -> None:
    # 2–5 January is finished (the last recorded day is its end), so every bucket is compared whole:
    # the numpy series and the pandas reference must agree on every shared column.
    p = parse_period("2023-01-02..2023-01-05")
    ours = budget_series(unit(), p, p, freq)
    theirs = oracle.budget_series(daily_rows(), BUDGETS, p, freq)
    for column in ["budget_hours", "ordinarie", "vikarie", "overtid", "worked_hours", "planned_hours",
                   "deviation_hours", "cumulative_deviation_hours", "forecast_hours"]:
        np.testing.assert_allclose(ours[column].to_numpy(dtype=float), theirs[column].to_numpy(dtype=float),
                                   err_msg=column)
    np.testing.assert_allclose(ours["budget_hours_period"], theirs["budget_hours"])
    res, res_oracle = resurspass_series(unit(), p, freq), oracle.resurspass_series(daily_rows(), BUDGETS, p, freq)
    for column in ["planned_hours", "used_own_hours", "used_other_hours", "unplaced_hours", "missed_hours",
                   "missed_kr"]:
        np.testing.assert_allclose(res[column], res_oracle[column], err_msg=column)
