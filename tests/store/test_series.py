"""The one read of the figures (vonapp.store.series.load_figures) on the demo."""

from __future__ import annotations

import numpy as np
import pytest

from vonapp.domain.periods import parse_period
from vonapp.domain.series import MONTH, WEEK
from vonapp.store.database import Database
from vonapp.store.series import SeriesSpec, load_figures


def test_the_week_holding_new_year_carries_the_new_years_occupancy_budget(demo_db: Database) -> None:
    # Stortorp's budgeted occupancy is 99 % in 2022 and 98 % in 2023 (seed 000). The week of Monday
    # 2022-12-26 meets 2023 only on Sunday 1 January, so in the 2023 view it is a 2023 day: 98 %.
    weeks = load_figures(demo_db, "Stortorp", parse_period("2023"), SeriesSpec(occupancy=(WEEK,))).occupancy[WEEK]
    first = weeks.current.iloc[0]
    assert str(first["start"].date()) == "2022-12-26"
    assert first["place_days"] == 60  # one day × 60 places
    assert first["budget_pct"] == pytest.approx(98.0)


def test_all_units_staffing_sums_the_need_and_the_staff_of_the_same_units(demo_db: Database) -> None:
    # Only Stortorp and Korttidsboende Stortorp record a staffing need: "Alla enheter" sums their staff,
    # not the day centres' and hemtjänst's too, so the two lines compare like with like.
    period = parse_period("2024-Q1")
    spec = SeriesSpec(staffing=True)
    everyone = load_figures(demo_db, "all", period, spec).staffing
    a = load_figures(demo_db, "Stortorp", period, spec).staffing
    b = load_figures(demo_db, "Korttidsboende Stortorp", period, spec).staffing
    np.testing.assert_allclose(everyone["staff"], a["staff"].to_numpy() + b["staff"].to_numpy())
    np.testing.assert_allclose(everyone["need"], a["need"].to_numpy() + b["need"].to_numpy())


@pytest.mark.parametrize(("unit", "label"), [("Stortorp", "2024"), ("all", "2024"), ("Stortorp", "2023-Q1"),
                                             ("Dagverksamhet Ekbacken", "2024-08")])
def test_series_rows_add_up_to_the_summary(demo_db: Database, unit: str, label: str) -> None:
    period = parse_period(label)
    f = load_figures(demo_db, unit, period, SeriesSpec(budget=(WEEK, MONTH), resurspass=(WEEK,)))
    s = f.summary
    for freq in (WEEK, MONTH):
        b = f.budget[freq]
        for column, total in (("budget_hours", s.budget_hours), ("worked_hours", s.worked_hours),
                              ("outcome_kr", s.outcome_kr), ("deviation_hours", s.deviation_hours),
                              ("deviation_kr", s.deviation_kr), ("budget_hours_period", s.budget_hours_period),
                              ("planned_hours", s.planned_hours)):
            assert b[column].sum() == pytest.approx(total), (freq, column)
        assert not (b.loc[b["is_forecast"], "worked_hours"].notna()).any()  # never 0 h worked after through
    r = f.resurspass[WEEK]
    assert r["planned_hours"].sum() == pytest.approx(s.resurspass.planned_hours)
    assert r["used_hours"].sum() == pytest.approx(s.resurspass.used_hours)
    assert r["missed_hours"].sum() == pytest.approx(s.resurspass.missed_hours)


def test_a_weekday_units_finished_month_is_not_under_way(demo_db: Database) -> None:
    # Ekbacken (a day centre) records time to Friday 2024-08-30; Saturday 31 August is planned free,
    # so August is finished and 2024 is compared through 31 August (the month's end), as Stortorp.
    assert load_figures(demo_db, "Dagverksamhet Ekbacken", parse_period("2024-08")).summary.through is None
    assert load_figures(demo_db, "Dagverksamhet Ekbacken", parse_period("2024")).summary.through == "2024-08-31"
    assert load_figures(demo_db, "all", parse_period("2024")).summary.through == "2024-08-31"
