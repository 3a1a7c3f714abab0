"""Each formula of DESIGN.md against the hand-worked scenario in scenario.py."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.domain.scenario import BUDGET_2023, inputs
from vonapp.domain.budget import BudgetYearInputs, budget_hours, year_share
from vonapp.domain.compensation import compensation_budget_kr
from vonapp.domain.figures import unit_totals
from vonapp.domain.occupancy import occupancy_from_moves
from vonapp.domain.periods import parse_period
from vonapp.domain.summary import Summary

JAN = parse_period("2023-01")


def summary(period: str = "2023-01") -> Summary:
    p = parse_period(period)
    return Summary.from_totals("Test", p, unit_totals(inputs(), p))


def test_budget_hours_are_the_days_share_of_the_yearly_hours() -> None:
    # 4 380 000 kr ÷ 500 kr/h = 8 760 h; January 31/365 → 744 h; Q1 90/365 → 2 160 h
    assert budget_hours(BUDGET_2023, JAN) == pytest.approx(744.0)
    assert budget_hours(BUDGET_2023, parse_period("2023-Q1")) == pytest.approx(2160.0)
    assert budget_hours(BUDGET_2023, parse_period("2023")) == pytest.approx(8760.0)


def test_monthly_weights_give_each_month_its_weight() -> None:
    # January weight 2, the other months 1: Σ = 13. January = 8 760 × 2/13 = 1 347.69 h;
    # 1–15 January = that × 15/31.
    weighted = BudgetYearInputs(2023, 4_380_000, 500, month_weights=[2] + [1] * 11)
    assert budget_hours(weighted, JAN) == pytest.approx(8760 * 2 / 13)
    half = parse_period("2023-01-01..2023-01-15")
    assert budget_hours(weighted, half) == pytest.approx(8760 * 2 / 13 * 15 / 31)
    assert year_share(parse_period("2023"), 2023, weighted.month_weights) == pytest.approx(1.0)


def test_worked_hours_outcome_and_deviation() -> None:
    s = summary()
    # worked = ordinarie 56 + resurspass 24 + vikarie 8 + mertid 3 + övertid 4 + inhyrd 2 = 97 h
    assert s.worked_hours == pytest.approx(97.0)
    assert s.worked_by_category["övertid"] == pytest.approx(4.0)
    # outcome = 93 h × 500 + 4 h övertid × 500 × 1.5 = 46 500 + 3 000 = 49 500 kr
    assert s.outcome_kr == pytest.approx(49_500.0)
    # January is under way: recorded 2–5 Jan, the schedule plans 6–10 Jan, so through = 5 Jan and the
    # budget is that of 1–5 Jan: 8 760 × 5/365 = 120 h, 4 380 000 × 5/365 = 60 000 kr.
    # deviation = 120 − 97 = 23 h; 60 000 − 49 500 = 10 500 kr (positive = under budget)
    assert s.through == "2023-01-05"
    assert s.budget_hours == pytest.approx(120.0)
    assert s.budget_hours_period == pytest.approx(744.0)  # the whole month: 8 760 × 31/365
    assert s.budget_kr_period == pytest.approx(372_000.0)
    assert s.deviation_hours == pytest.approx(23.0)
    assert s.deviation_kr == pytest.approx(10_500.0)
    # absence is not worked time: the 8 sick hours count only as absence
    assert s.absence_hours == pytest.approx(8.0)


def test_forecast_is_outcome_to_the_last_recorded_day_plus_planned_after_it() -> None:
    s = summary()
    # Last recorded day 5 Jan: 97 h / 49 500 kr; planned after it: 6–10 Jan 5 × 24 = 120 h × 500 kr
    assert s.forecast_year_hours == pytest.approx(217.0)
    assert s.forecast_year_kr == pytest.approx(49_500.0 + 60_000.0)
    assert s.budget_year_kr == pytest.approx(4_380_000.0)


def test_forecast_as_of_an_earlier_period_uses_only_what_was_recorded_by_then() -> None:
    # As of 2023-01-03: recorded 2–3 Jan = 32 + 24 = 56 h (28 000 kr); planned 4–10 Jan = 7 × 24 = 168 h
    # (84 000 kr, the planned shifts costed at the ordinary factor 1.0).
    s = summary("2023-01-01..2023-01-03")
    assert s.forecast_year_hours == pytest.approx(56.0 + 168.0)
    assert s.forecast_year_kr == pytest.approx(28_000.0 + 84_000.0)


def test_resurspass_planned_used_and_missed() -> None:
    r = summary().resurspass
    # planned 4 days × 8 h = 32 h; used (placed) 8 own + 8 other = 16 h → 50 %
    assert r.planned_hours == pytest.approx(32.0)
    assert r.used_hours == pytest.approx(16.0)
    assert r.usage_pct == pytest.approx(50.0)
    # missed: 2 Jan min(8 − 0, vikarie 8) = 8; 3 Jan 0; 4 Jan min(0, 6) = 0; 5 Jan min(8, mertid 3) = 3
    assert r.missed_hours == pytest.approx(11.0)
    assert r.missed_kr == pytest.approx(11 * 500.0)


def test_occupancy_from_daily_counts_is_a_ratio_of_sums() -> None:
    s = summary()
    # (9 + 10 + 10 + 8) ÷ (4 × 10) = 37 ÷ 40 = 92.5 %; budget 98 %
    assert s.occupancy_pct == pytest.approx(92.5)
    assert s.occupancy_budget_pct == pytest.approx(98.0)


def test_occupancy_from_moves_counts_move_in_day_not_move_out_day() -> None:
    moves = pd.DataFrame(
        [("A1", date(2023, 1, 1), "inflytt"), ("A2", date(2023, 1, 3), "inflytt"),
         ("A1", date(2023, 1, 4), "utflytt"), ("A3", date(2023, 1, 4), "inflytt")],
        columns=["apartment", "date", "event"],
    )
    per_day = occupancy_from_moves(moves, date(2023, 1, 1), date(2023, 1, 5))
    # 1 Jan A1; 2 Jan A1; 3 Jan A1+A2; 4 Jan A2+A3 (A1 out that day); 5 Jan A2+A3
    assert per_day.tolist() == [1, 1, 2, 2, 2]
    # 8 occupied place-days of 5 × 4 places = 20 → 40 %
    unit = inputs()
    unit.occupancy, unit.moves, unit.places = None, moves, 4
    p = parse_period("2023-01-01..2023-01-05")
    assert Summary.from_totals("B", p, unit_totals(unit, p)).occupancy_pct == pytest.approx(40.0)


def test_utforandegrad_bomtid_avbojda_are_ratios_of_sums_over_months() -> None:
    jan = summary().kpi
    # January: 646 / 1 000 = 64.6 %, 35 / 1 000 = 3.5 %, 14 / 1 000 = 1.4 %
    assert (jan.execution_rate, jan.idle_rate, jan.declined_rate) == pytest.approx((64.6, 3.5, 1.4))
    q1 = summary("2023-Q1").kpi
    # Q1: (646 + 300) / (1 000 + 500) = 63.07 %, not the mean of 64.6 and 60.0
    assert q1.execution_rate == pytest.approx(946 / 1500 * 100)


def test_sick_rate_and_hourly_paid_share() -> None:
    k = summary().kpi
    # Over 1–5 Jan (under way): sick 8 h ÷ planned 4 × 24 = 96 h = 8.33 %; vikarie 8 h ÷ worked 97 h = 8.25 %
    assert k.sick_rate == pytest.approx(8 / 96 * 100)
    assert k.hourly_paid_share == pytest.approx(8 / 97 * 100)


def test_action_plan_totals_and_gap() -> None:
    m = summary().measures
    # 2023 measures 2 750 + 0; the 2022 measure does not count; gap = 4 200 − 2 750 = 1 450 tkr
    assert (m.requirement_tkr, m.effect_year_tkr, m.full_year_effect_tkr, m.gap_tkr) == (4200, 2750, 2750, 1450)


def test_compensation_models_of_the_seed_differ_by_20_000_tkr() -> None:
    # 66 667 h × (80/50) × 500 = 53 333 600 kr; × (50/50) × 500 = 33 333 500 kr; Δ = 20 000 100 kr
    old = compensation_budget_kr(66_667, 80, 50, 500)
    new = compensation_budget_kr(66_667, 50, 50, 500)
    assert old == pytest.approx(53_333_600)
    assert round((old - new) / 1000) == 20_000


def test_a_period_without_data_gives_none_not_zero() -> None:
    s = summary("2024")
    assert s.worked_hours is None
    assert s.budget_hours is None  # no budget year 2024
    assert s.occupancy_pct is None
    assert s.kpi.execution_rate is None
    assert s.measures.effect_year_tkr is None


def test_a_month_with_nothing_recorded_yet_has_budget_but_no_deviation() -> None:
    s = summary("2023-02")
    # February budget = 8 760 × 28/365 = 672 h for the whole period; nothing recorded → the comparison
    # figures (budget to date, outcome, deviation, resurspass) are null, not 0.
    assert s.budget_hours_period == pytest.approx(672.0)
    assert s.budget_hours is None and s.through is None
    assert s.worked_hours is None
    assert s.deviation_hours is None and s.deviation_kr is None
    assert s.resurspass.used_hours is None and s.resurspass.usage_pct is None
    assert s.forecast_year_hours is not None  # the forecast still stands


def test_a_finished_period_is_not_under_way() -> None:
    # 2–5 Jan only: the last recorded day is the period's end → through is null, all of it is compared.
    s = summary("2023-01-02..2023-01-05")
    assert s.through is None
    assert s.budget_hours == pytest.approx(s.budget_hours_period) == pytest.approx(8760 * 4 / 365)


def test_unplanned_days_after_the_last_recorded_day_count_as_recorded() -> None:
    # A weekday unit: the schedule plans nothing on 6–8 Jan (Fri–Sun here made free), so the period
    # 2–8 Jan recorded through 5 Jan is finished, not under way; with 6 Jan planned it is under way.
    unit = inputs()
    daily = unit.daily
    unit.daily = daily[daily["date"] <= "2023-01-08"].assign(
        planned=lambda f: f["planned"].where(f["date"] <= "2023-01-05", 0.0))
    p = parse_period("2023-01-02..2023-01-08")
    s = Summary.from_totals("V", p, unit_totals(unit, p))
    assert s.through is None
    assert s.budget_hours == pytest.approx(8760 * 7 / 365)
    unit.daily = daily[daily["date"] <= "2023-01-08"]
    s = Summary.from_totals("V", p, unit_totals(unit, p))
    assert s.through == "2023-01-05"
