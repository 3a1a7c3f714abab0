"""What the follow-up files carry of the Åtgärder, Nyckeltal and Ekonomi areas, read with the window's own
store functions (vonapp.store.plan_queries), so a file shows what the window shows."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from vonapp.domain.compensation import Comparison
from vonapp.domain.periods import Period
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.plan_queries import (
    FinanceView,
    KpiView,
    PlanView,
    compensation_view,
    finance_view,
    kpi_view,
    plan_by_unit,
    plan_view,
)


@dataclass(frozen=True)
class PlanExtras:
    """The plan areas of one unit (or all units) for the year of the period's end."""

    year: int
    plan: PlanView  # measures with status, ansvarig and latest follow-up; totals and gap
    by_unit: pd.DataFrame | None  # every unit's totals and gap side by side (all units only)
    kpi: KpiView  # key figures per month with targets
    indicators: pd.DataFrame  # goals, Kolada id, target, outcome, assessment (the year's)
    finance: FinanceView  # budget, outcome and the manager's prognos per category
    compensation: Comparison | None  # models side by side, for a unit that has them


def collect_plan(database: Database, unit: str, period: Period, *, all_units: bool) -> PlanExtras:
    from vonapp.store.plan_queries import indicators_view

    y = period.end.year
    compensation = None
    if not all_units:
        try:
            compensation = compensation_view(database, unit, y)
        except StoreError:
            compensation = None  # no model for the unit and year: the file has no such section
    return PlanExtras(y, plan_view(database, unit, y), plan_by_unit(database, y) if all_units else None,
                      kpi_view(database, unit, y), indicators_view(database, unit, y), finance_view(database, unit, y),
                      compensation)
