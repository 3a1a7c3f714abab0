"""Heltid som norm and schedule cost, worked by hand."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain.budget import BudgetYearInputs
from vonapp.domain.periods import Period, month, parse_period
from vonapp.domain.scenarios import days_to_year_end, heltid_som_norm, last_year_span
from vonapp.domain.schedule_cost import BY_MONTH, BY_WEEK, buckets, cost_rows, total


def test_heltid_som_norm_raises_everyone_below_the_rate() -> None:
    # Rates 100, 75, 50 and an hourly-paid employee (None); R = 100 %, heltidsmått 38,25 h.
    # Added a week = (100 − 75) ÷ 100 × 38,25 + (100 − 50) ÷ 100 × 38,25 = 9,5625 + 19,125 = 28,6875 h.
    # From Monday 2024-05-06 to 2024-12-31: 26 days left of May + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 240 days.
    # Added for the year = 28,6875 × 240 ÷ 7 = 983,5714… h; × 400 kr = 393 428,57… kr.
    s = heltid_som_norm({1: 100.0, 2: 75.0, 3: 50.0, 4: None}, start=date(2024, 5, 6), full_time_hours=38.25,
                        hourly_cost=400.0, substitute_hours_last_year=1200.0)
    assert s.employees_raised == 2
    assert s.days == 240
    assert s.added_hours_week == 28.6875
    assert abs(s.added_hours_year - 28.6875 * 240 / 7) < 1e-9
    assert abs(s.added_kr_year - 983.5714285714286 * 400) < 1e-6
    assert set(s.to_json_dict("X")) == {"unit", "from", "rate", "employees_raised", "added_hours_week",
                                        "added_hours_year", "added_kr_year", "substitute_hours_last_year"}


def test_heltid_to_a_lower_rate_and_without_a_cost() -> None:
    # R = 80 %: only the 75 % (5 % × 40 = 2 h) and the 50 % (30 % × 40 = 12 h) are raised: 14 h a week.
    s = heltid_som_norm({1: 100.0, 2: 75.0, 3: 50.0, 4: 80.0}, start=date(2024, 12, 30), rate=80.0,
                        full_time_hours=40.0, hourly_cost=None, substitute_hours_last_year=None)
    assert (s.employees_raised, s.added_hours_week, s.days) == (2, 14.0, 2)
    assert s.added_hours_year == 4.0  # 14 × 2 ÷ 7
    assert s.added_kr_year is None


def test_last_years_dates() -> None:
    assert days_to_year_end(date(2024, 1, 1)) == 366
    span = last_year_span(date(2024, 5, 6))
    assert (span.start, span.end) == (date(2023, 5, 6), date(2023, 12, 31))
    assert last_year_span(date(2024, 2, 29)).start == date(2023, 2, 28)


def test_buckets_are_monday_weeks_and_months_clipped_to_the_period() -> None:
    jan = month(2024, 1)  # 2024-01-01 is a Monday
    weeks = buckets(jan, BY_WEEK)
    assert [(w.start.day, w.end.day) for w in weeks] == [(1, 7), (8, 14), (15, 21), (22, 28), (29, 31)]
    odd = parse_period("2024-01-03..2024-02-10")
    assert [(p.start, p.end) for p in buckets(odd, BY_MONTH)] == [
        (date(2024, 1, 3), date(2024, 1, 31)), (date(2024, 2, 1), date(2024, 2, 10))]
    assert buckets(odd, BY_WEEK)[0].end == date(2024, 1, 7)


def _weekday_8h(start: date, end: date) -> pd.DataFrame:
    days = pd.date_range(start, end)
    return pd.DataFrame({"date": days[days.weekday < 5], "planned": 8.0})


def test_schedule_cost_per_week_against_budget_hours() -> None:
    # Budget 2024: 3 660 000 kr ÷ 400 kr/h = 9 150 h a year; 2024 has 366 days → 25 h (10 000 kr) a day.
    # The schedule plans 8 h each weekday. January by week:
    #   1–7 Jan: 5 × 8 = 40 h, 16 000 kr; budget 7 × 25 = 175 h, 70 000 kr; deviation 135 h, 54 000 kr.
    #   29–31 Jan (Mon–Wed): 24 h, 9 600 kr; budget 75 h, 30 000 kr; deviation 51 h.
    # Total: 4 × 40 + 24 = 184 h, 73 600 kr; budget 31 × 25 = 775 h, 310 000 kr; deviation 591 h, 236 400 kr.
    budgets = {2024: BudgetYearInputs(year=2024, personnel_budget_kr=3_660_000, hourly_cost=400)}
    rows = cost_rows(_weekday_8h(date(2023, 12, 1), date(2024, 2, 29)), budgets, month(2024, 1), BY_WEEK)
    first, last = rows[0], rows[-1]
    assert (first.planned_hours, first.planned_kr, first.budget_hours, first.budget_kr) == (40, 16_000, 175, 70_000)
    assert (first.deviation_hours, first.deviation_kr) == (135, 54_000)
    assert (last.start, last.planned_hours, last.budget_hours, last.deviation_hours) == (date(2024, 1, 29), 24, 75, 51)
    whole = total(rows)
    assert (whole.planned_hours, whole.planned_kr) == (184, 73_600)
    assert abs(whole.budget_hours - 775) < 1e-9 and abs(whole.budget_kr - 310_000) < 1e-6
    assert abs(whole.deviation_hours - 591) < 1e-9 and abs(whole.deviation_kr - 236_400) < 1e-6
    assert set(whole.to_json_dict(dated=False)) == {"planned_hours", "planned_kr", "budget_hours", "budget_kr",
                                                   "deviation_hours", "deviation_kr"}


def test_schedule_cost_without_a_budget_year_is_null_not_zero() -> None:
    # The week 2023-12-25..31 touches 2023, which has no budget: kr and budget are None, hours still count.
    budgets = {2024: BudgetYearInputs(year=2024, personnel_budget_kr=3_660_000, hourly_cost=400)}
    rows = cost_rows(_weekday_8h(date(2023, 12, 1), date(2024, 1, 31)), budgets,
                     Period(date(2023, 12, 25), date(2024, 1, 7), "x"), BY_WEEK)
    assert [(r.planned_hours, r.planned_kr, r.budget_hours, r.deviation_hours) for r in rows] == [
        (40.0, None, None, None), (40.0, 16_000.0, 175.0, 135.0)]
    assert total(rows).budget_hours is None


def test_schedule_cost_with_no_planned_days() -> None:
    budgets = {2024: BudgetYearInputs(year=2024, personnel_budget_kr=3_660_000, hourly_cost=400)}
    empty = pd.DataFrame({"date": np.array([], dtype="datetime64[ns]"), "planned": np.array([], dtype=float)})
    rows = cost_rows(empty, budgets, month(2024, 2), BY_MONTH)
    assert [(r.planned_hours, r.planned_kr, r.budget_hours) for r in rows] == [(0.0, 0.0, 29 * 25.0)]
