"""The overview reads the figures `summary` reads; its series equal the pandas oracle where both mean the same."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tests.oracle.loaders import (
    load_budget_series,
    load_occupancy_series,
    load_resurspass_series,
    load_staffing,
)
from vonapp.domain.periods import parse_period, to_year_end
from vonapp.domain.series import DAY, MONTH, WEEK
from vonapp.store.database import Database
from vonapp.store.figures import load_summary
from vonapp.ui.overview.data import load_overview

PAIRS = [("Stortorp", "2023-Q1"), ("Stortorp", "2023"), ("Hemtjänst Centrum", "2023-03"), ("all", "2023"),
         ("Personlig assistans", "2024-Q2")]


@pytest.mark.parametrize(("unit", "label"), PAIRS)
def test_summary_and_series_equal_the_separate_loaders(demo_db: Database, unit: str, label: str) -> None:
    period = parse_period(label)
    data = load_overview(demo_db, unit, period)
    assert data.summary == load_summary(demo_db, unit, period)

    res = load_resurspass_series(demo_db, unit, period, WEEK)
    # These periods are finished (time is recorded to 2024-08-31), so every week is compared whole.
    for column in ["planned_hours", "used_own_hours", "used_other_hours", "unplaced_hours", "missed_hours",
                   "missed_kr", "used_hours"]:
        np.testing.assert_allclose(data.resurspass[column], res[column], err_msg=column)

    occ = load_occupancy_series(demo_db, unit, period, data.occupancy_freq)
    for ours, theirs in ((data.occupancy.current, occ.current), (data.occupancy.last_year, occ.last_year)):
        # The series loader takes a week's budget % from the year of its Monday, even for the week
        # holding 1 January; the overview takes the year of the week's first day inside the period.
        inside = ours["start"].dt.year == theirs["start"].dt.year.max()
        pd.testing.assert_frame_equal(ours[inside].reset_index(drop=True), theirs[inside].reset_index(drop=True),
                                      check_like=True)
        same = ["start", "occupied_days", "place_days", "occupancy_pct"]
        pd.testing.assert_frame_equal(ours[same].reset_index(drop=True), theirs[same].reset_index(drop=True))

    if unit != "all":  # all units: staff only of the units with a staffing need (tests/store/test_series.py)
        staffing = load_staffing(demo_db, unit, period)
        pd.testing.assert_frame_equal(data.staffing, staffing)


def test_budget_chart_is_monthly_in_every_view_and_the_others_follow_the_period(demo_db: Database) -> None:
    year = load_overview(demo_db, "Stortorp", parse_period("2023"))
    assert (year.budget_freq, year.occupancy_freq) == (MONTH, WEEK)
    assert len(year.budget) == 12
    q1 = load_overview(demo_db, "Stortorp", parse_period("2023-Q1"))
    # The budget chart in months from the quarter's start to 31 December (Jan … Dec = 12); occupancy one
    # row a day of the quarter: 31 + 28 + 31 = 90; resurspass one row a week meeting it (Monday
    # 2022-12-26 … Monday 2023-03-27 = 14 weeks).
    assert (q1.budget_freq, q1.occupancy_freq) == (MONTH, DAY)
    assert len(q1.budget) == 12
    assert len(q1.occupancy.current) == 90
    assert len(q1.resurspass) == 14


def test_budget_chart_runs_to_year_end_and_its_forecast_is_the_summary_forecast(demo_db: Database) -> None:
    period = parse_period("2023-Q1")
    data = load_overview(demo_db, "Stortorp", period)
    b = data.budget
    # Recorded time is known up to 2023-03-31 "as of" Q1; after that the bars are the schedule's plan.
    assert str(data.last_recorded) == "2023-03-31"
    assert b.loc[b["start"] <= pd.Timestamp("2023-03-01"), "is_forecast"].eq(False).all()
    assert b.loc[b["start"] >= pd.Timestamp("2023-04-01"), "is_forecast"].all()
    assert b.loc[b["is_forecast"], "worked_hours"].isna().all()  # forecast: no outcome, never 0 h worked
    # Σ forecast_hours Jan–Dec = worked to the last recorded day + planned after it = forecast year.
    assert b["forecast_hours"].sum() == pytest.approx(data.summary.forecast_year_hours)
    # The worked bars are the summary's worked hours by category (nothing after the period is outcome).
    assert b["ordinarie"].sum() == pytest.approx(data.summary.worked_by_category["ordinarie"])
    assert b["worked_hours"].sum() == pytest.approx(data.summary.worked_hours)


@pytest.mark.parametrize(("unit", "label", "freq"), [("Stortorp", "2024", MONTH), ("all", "2024", MONTH),
                                                      ("Hemtjänst Centrum", "2024-07-01..2024-12-31", MONTH)])
def test_budget_chart_with_nothing_recorded_after_the_period_equals_the_series_loader(
    demo_db: Database, unit: str, label: str, freq: str
) -> None:
    # The demo records time to 2024-08-31, inside these periods, so nothing is left out "as of" them.
    period = parse_period(label)
    data = load_overview(demo_db, unit, period)
    expected = load_budget_series(demo_db, unit, to_year_end(period), freq)
    # The oracle sums whole buckets: its budget is each bucket's whole budget, and its worked hours and
    # planned hours are the same as long as nothing is recorded after the period.
    np.testing.assert_allclose(data.budget["budget_hours_period"], expected["budget_hours"])
    np.testing.assert_allclose(data.budget["planned_hours_period"], expected["planned_hours"])
    np.testing.assert_allclose(data.budget["forecast_hours"], expected["forecast_hours"])
    np.testing.assert_allclose(data.budget["worked_hours"].fillna(0.0), expected["worked_hours"])
    assert str(data.last_recorded) == "2024-08-31"
    if len(data.budget) == 12:
        assert data.budget["is_forecast"].tolist() == [False] * 8 + [True] * 4
    else:  # July … December: July and August recorded
        assert data.budget["is_forecast"].tolist() == [False] * 2 + [True] * 4


def test_occupancy_budget_of_the_week_holding_new_year_is_the_new_years(demo_db: Database) -> None:
    # Week of Monday 2022-12-26 inside 2023 holds only Sunday 1 January: Stortorp's 2023 budget is 98 %
    # (the seed's Q1 figure), 2022's is 99 %; the bucket must carry 98 %.
    data = load_overview(demo_db, "Stortorp", parse_period("2023"))
    first = data.occupancy.current.iloc[0]
    assert str(first["start"].date()) == "2022-12-26"
    assert first["place_days"] == 60  # one day × 60 places
    assert first["budget_pct"] == pytest.approx(98.0)
