"""Small read queries the main window needs: the years the data covers and the latest recorded day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from vonapp.store.database import Database
from vonapp.store.models import BudgetYear, TimeEntry
from vonapp.store.queries import UnitInfo, list_units


@dataclass(frozen=True)
class WindowFacts:
    """What the window shows around the figures: units, demo flag and the span of the data."""

    units: list[UnitInfo]
    is_demo: bool
    first_year: int | None
    last_year: int | None
    latest_recorded: date | None


def window_facts(database: Database) -> WindowFacts:
    """Units, the demo flag, the years with budgets or recorded time, and the last recorded date."""
    with database.session() as s:
        units = list_units(s)
        first_day, last_day = s.execute(select(func.min(TimeEntry.date), func.max(TimeEntry.date))).one()
        first_budget, last_budget = s.execute(select(func.min(BudgetYear.year), func.max(BudgetYear.year))).one()
    years = [y for y in (first_budget, last_budget) if y is not None]
    years += [d.year for d in (first_day, last_day) if d is not None]
    return WindowFacts(
        units=units,
        is_demo=database.is_demo,
        first_year=min(years) if years else None,
        last_year=max(years) if years else None,
        latest_recorded=last_day,
    )
