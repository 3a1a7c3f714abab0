"""Invariants that hold for any data: ratios within 0–100 %, totals are sums, periods add up."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vonapp.domain import daily as d
from vonapp.domain.budget import BudgetYearInputs
from vonapp.domain.figures import UnitInputs, unit_totals
from vonapp.domain.periods import Period
from vonapp.domain.summary import Summary
from vonapp.domain.totals import add

START = date(2023, 1, 1)
DAYS = 120


@st.composite
def units(draw: st.DrawFn) -> UnitInputs:
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    n = DAYS
    hours = lambda scale: np.round(rng.uniform(0, scale, n) * (rng.random(n) < 0.7), 2)  # noqa: E731
    frame = pd.DataFrame({"unit_id": 1, "date": pd.date_range(START, periods=n, freq="D")})
    for col in d.WORKED_COLUMNS:
        frame[col] = hours(40)
    frame["res_used"] = np.round(frame["resurspass"] * rng.random(n), 2)
    frame["res_other"] = np.round(frame["res_used"] * rng.random(n), 2)
    frame["absence"] = hours(16)
    frame["sick"] = np.round(frame["absence"] * rng.random(n), 2)
    frame["planned"] = hours(80)
    frame["planned_res"] = np.round(frame["planned"] * rng.random(n) * 0.3, 2)
    places = int(rng.integers(1, 80))
    occupancy = pd.DataFrame({"date": frame["date"], "places": places,
                              "occupied": rng.integers(0, places + 1, n)})
    worked = rng.uniform(1, 2000, 12)
    client = worked * rng.random(12)
    idle = (worked - client) * rng.random(12)
    declined = (worked - client - idle) * rng.random(12)
    breakdown = pd.DataFrame({"year": 2023, "month": range(1, 13), "worked_hours": worked,
                              "client_hours": client, "idle_hours": idle, "declined_hours": declined})
    budget = BudgetYearInputs(2023, float(rng.uniform(1e6, 5e7)), float(rng.uniform(300, 700)),
                              occupancy_budget_pct=float(rng.uniform(80, 100)), action_requirement_tkr=1000.0)
    return UnitInputs(unit_id=1, places=places, budgets={2023: budget}, daily=frame, has_schedule=True,
                      occupancy=occupancy, breakdown=breakdown)


periods = st.tuples(st.integers(0, DAYS - 2), st.integers(1, DAYS - 1)).map(
    lambda ab: Period(START + timedelta(days=min(ab)), START + timedelta(days=max(ab[0] + 1, ab[1])), "p")
)


@settings(max_examples=60, deadline=None)
@given(units(), periods)
def test_ratios_stay_within_0_and_100_percent(unit: UnitInputs, period: Period) -> None:
    s = Summary.from_totals("u", period, unit_totals(unit, period))
    for value in (s.occupancy_pct, s.kpi.execution_rate, s.kpi.idle_rate, s.kpi.declined_rate,
                  s.kpi.hourly_paid_share):
        assert value is None or 0.0 <= value <= 100.0 + 1e-9
    # missed resurspass never exceed the substitute hours that replaced them
    subst = sum(s.worked_by_category.get(c, 0.0) for c in ("vikarie", "mertid", "övertid", "inhyrd"))
    assert s.resurspass.missed_hours is not None
    assert s.resurspass.missed_hours <= subst + 1e-6


@settings(max_examples=60, deadline=None)
@given(units(), units(), periods)
def test_all_units_total_is_the_sum_of_the_units(a: UnitInputs, b: UnitInputs, period: Period) -> None:
    b.unit_id = 2
    ta, tb = unit_totals(a, period), unit_totals(b, period)
    both = ta + tb
    for field in ("budget_hours", "worked_hours", "outcome_kr", "deviation_kr", "res_missed_hours",
                  "occupied_days", "place_days", "forecast_year_kr", "budget_hours_period"):
        # None is "no data" (a unit with nothing recorded has no comparison figures): it adds as nothing
        assert getattr(both, field) == pytest.approx(add(getattr(ta, field), getattr(tb, field)))
    # worked hours are the sum of their categories
    assert ta.worked_hours == pytest.approx(sum(ta.hours_by_category.values()))


@settings(max_examples=60, deadline=None)
@given(units(), periods, st.data())
def test_a_period_split_in_two_sums_to_the_whole(unit: UnitInputs, period: Period, data: st.DataObject) -> None:
    offset = data.draw(st.integers(1, period.days - 1))
    first, second = period.split(period.start + timedelta(days=offset))
    whole, t1, t2 = (unit_totals(unit, p) for p in (period, first, second))
    fields = ("budget_hours", "budget_kr", "worked_hours", "outcome_kr", "deviation_hours", "res_planned_hours",
              "res_used_hours", "res_missed_hours", "res_missed_kr", "sick_hours")
    assert whole.budget_hours_period == pytest.approx(add(t1.budget_hours_period, t2.budget_hours_period))
    if whole.under_way or t1.under_way or t2.under_way or t1.through is None or t2.through is None:
        # A period under way is compared up to its last recorded day (DESIGN.md): its figures are those
        # of the period start..through, and its halves need not add up to it.
        if whole.through is None:
            assert whole.worked_hours is None and whole.budget_hours is None
            return
        so_far = unit_totals(unit, Period(period.start, whole.through, "so far"))
        for field in fields:
            assert getattr(whole, field) == pytest.approx(getattr(so_far, field)), field
        return
    for field in ("budget_hours", "budget_kr", "worked_hours", "outcome_kr", "deviation_hours",
                  "res_planned_hours", "res_used_hours", "res_missed_hours", "res_missed_kr",
                  "occupied_days", "place_days", "sick_hours"):
        assert getattr(whole, field) == pytest.approx(getattr(t1, field) + getattr(t2, field)), field
