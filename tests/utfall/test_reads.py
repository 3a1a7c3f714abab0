"""The Utfall and Beläggning reads agree with the summary (one truth) on the demo data."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from vonapp.domain.periods import parse_period
from vonapp.store.belaggning import load_belaggning
from vonapp.store.database import Database
from vonapp.store.edits_utfall import set_occupancy
from vonapp.store.figures import load_summary
from vonapp.store.utfall import load_utfall


def test_q1_occupancy_by_month_is_the_seeds_96_3_and_the_summarys(demo_db: Database) -> None:
    data = load_belaggning(demo_db, "Stortorp", 2023)
    q1 = data.series["M"].head(3)
    pct = q1["occupied_days"].sum() / q1["place_days"].sum() * 100.0
    assert round(pct, 1) == 96.3  # seed 000: Q1 occupancy 96,3 % vs budget 98 %
    assert pct == pytest.approx(load_summary(demo_db, "Stortorp", parse_period("2023-Q1")).occupancy_pct)
    assert q1["budget_pct"].tolist() == pytest.approx([98.0, 98.0, 98.0])
    assert len(data.days) == 365 and data.days["typed"].all() and not data.days["edited"].any()
    assert set(data.series) == {"D", "W", "M"} and len(data.series["D"]) == 365


def test_a_typed_day_is_marked_and_counted(demo_db: Database) -> None:
    set_occupancy(demo_db, unit="Stortorp", day=date(2023, 3, 1), occupied=50)
    data = load_belaggning(demo_db, "Stortorp", 2023)
    day = data.days[data.days["date"] == "2023-03-01"].iloc[0]
    assert (day["occupied"], bool(day["edited"])) == (50.0, True)
    march = data.series["D"]
    assert march.loc[march["start"] == "2023-03-01", "occupancy_pct"].iloc[0] == pytest.approx(50 / 60 * 100)


def test_utfall_of_a_year_agrees_with_the_summary(demo_db: Database) -> None:
    period = parse_period("2023")
    data = load_utfall(demo_db, "Stortorp", period)
    summary = load_summary(demo_db, "Stortorp", period)
    assert data.days["worked"].sum() == pytest.approx(summary.worked_hours)
    assert data.days["missed_hours"].sum() == pytest.approx(summary.resurspass.missed_hours)
    assert data.days["missed_kr"].sum() == pytest.approx(summary.resurspass.missed_kr)
    assert data.register["hours"].sum() == pytest.approx(summary.resurspass.planned_hours)
    assert data.days["problem"].any()


def test_a_patched_year_equals_a_full_read_after_a_placement(demo_db: Database) -> None:
    from vonapp.store.edits_utfall import place_resurspasses
    from vonapp.store.utfall import load_days_patch, patched

    period = parse_period("2024")
    data = load_utfall(demo_db, "Stortorp", period)
    reg = data.register
    target = reg[(reg["placement"] == "ej placerad") & (reg["day_missed"] > 0)].iloc[0]
    day = target["date"].date()
    place_resurspasses(demo_db, unit="Stortorp", placements=[(day, target["employment_number"], "egen enhet")])
    fresh = load_utfall(demo_db, "Stortorp", period)
    patch = patched(data, load_days_patch(demo_db, "Stortorp", period, [day]))
    pd.testing.assert_frame_equal(patch.days, fresh.days)
    pd.testing.assert_frame_equal(patch.weeks, fresh.weeks)
    pd.testing.assert_frame_equal(patch.register, fresh.register, check_dtype=False)
    pd.testing.assert_frame_equal(patch.coverage, fresh.coverage)
