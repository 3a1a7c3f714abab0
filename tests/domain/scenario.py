"""A small unit whose figures are worked out by hand in the tests that use it."""

from __future__ import annotations

from datetime import date

import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.budget import BudgetYearInputs
from vonapp.domain.figures import UnitInputs
from vonapp.domain.glossary import Category

# 4 380 000 kr ÷ 500 kr/h = 8 760 budget hours a year (24 h a day); övertid costs 1.5 ×.
BUDGET_2023 = BudgetYearInputs(
    year=2023,
    personnel_budget_kr=4_380_000,
    hourly_cost=500,
    occupancy_budget_pct=98,
    action_requirement_tkr=4200,
    factors={Category.OVERTID: 1.5},
)


def daily_rows() -> pd.DataFrame:
    rows = [
        # date, ordinarie, resurspass, vikarie, mertid, overtid, inhyrd, res_used, res_other, sick, absence, planned, planned_res
        (date(2023, 1, 2), 16, 8, 8, 0, 0, 0, 0, 0, 0, 0, 24, 8),  # resurspass unplaced, vikarie hired
        (date(2023, 1, 3), 16, 8, 0, 0, 0, 0, 8, 0, 0, 0, 24, 8),  # resurspass used in own unit
        (date(2023, 1, 4), 16, 8, 0, 0, 4, 2, 8, 8, 0, 0, 24, 8),  # used in another unit
        (date(2023, 1, 5), 8, 0, 0, 3, 0, 0, 0, 0, 8, 8, 24, 8),   # a sick day, mertid, no resurspass
        *[(date(2023, 1, day), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0) for day in range(6, 11)],
    ]
    frame = pd.DataFrame(rows, columns=["date", *d.RECORDED_COLUMNS, *d.PLANNED_COLUMNS])
    frame.insert(0, "unit_id", 1)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.astype({c: float for c in d.RECORDED_COLUMNS + d.PLANNED_COLUMNS})


def inputs() -> UnitInputs:
    occupancy = pd.DataFrame(
        {"date": pd.to_datetime([date(2023, 1, day) for day in (2, 3, 4, 5)]),
         "places": [10, 10, 10, 10], "occupied": [9, 10, 10, 8]}
    )
    breakdown = pd.DataFrame(
        [(2023, 1, 1000.0, 646.0, 35.0, 14.0), (2023, 2, 500.0, 300.0, 10.0, 10.0)],
        columns=["year", "month", "worked_hours", "client_hours", "idle_hours", "declined_hours"],
    )
    measures = pd.DataFrame(
        [(2023, 2750.0, 2750.0), (2023, 0.0, 0.0), (2022, 999.0, 999.0)],
        columns=["year", "effect_year_tkr", "full_year_effect_tkr"],
    )
    return UnitInputs(
        unit_id=1,
        places=10,
        budgets={2023: BUDGET_2023},
        daily=daily_rows(),
        has_schedule=True,
        occupancy=occupancy,
        breakdown=breakdown,
        measures=measures,
    )
