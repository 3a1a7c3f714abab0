"""Small read queries the main window needs: the years the data covers and the latest recorded day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from vonapp.domain.periods import Period
from vonapp.store.database import Database
from vonapp.store.models import BudgetYear, OccupancyDay, TimeEntry
from vonapp.store.queries import UnitInfo, list_units, resolve_units


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


def period_has_data(database: Database, unit: str, period: Period) -> bool:
    """Whether the unit (a name or all) has recorded time, occupancy or a budget in the period.

    A period without any of them has nothing to compare (only a forecast from the schedule), which the
    command line says in one line instead of a table of dashes.
    """
    with database.session() as s:
        ids = [u.id for u in resolve_units(s, unit)]  # an unknown unit raises UnknownUnit
        if not ids:
            return False
        in_units = TimeEntry.unit_id.in_(ids)
        for query in (
            select(TimeEntry.id).where(in_units, TimeEntry.date.between(period.start, period.end)),
            select(OccupancyDay.id).where(OccupancyDay.unit_id.in_(ids),
                                          OccupancyDay.date.between(period.start, period.end)),
            select(BudgetYear.id).where(BudgetYear.unit_id.in_(ids), BudgetYear.year.in_(list(period.years()))),
        ):
            if s.execute(query.limit(1)).first() is not None:
                return True
    return False
