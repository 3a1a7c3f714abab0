"""Small read queries the main window needs: the years the data covers and the latest recorded day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from vonapp.domain.periods import Period
from vonapp.store.queries import UnitInfo, list_units, raw_rows, resolve_units

if TYPE_CHECKING:  # window_facts runs on a bare sqlite3 connection too (the window's first figures)
    from vonapp.store.database import Database
    from vonapp.store.driver import DriverDatabase


@dataclass(frozen=True)
class WindowFacts:
    """What the window shows around the figures: units, demo flag and the span of the data."""

    units: list[UnitInfo]
    is_demo: bool
    first_year: int | None
    last_year: int | None
    latest_recorded: date | None
    years: tuple[int, ...] = ()  # the years with a budget or recorded time, ascending

    def latest_year(self) -> int | None:
        """The year the window opens on: that of the last recorded day, else the last budget year."""
        if self.latest_recorded is not None:
            return self.latest_recorded.year
        return self.years[-1] if self.years else None


def _day(value: object) -> date | None:
    """A date column's value as the bare driver gives it (ISO text) or as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def window_facts(database: Database | DriverDatabase) -> WindowFacts:
    """Units, the demo flag, the years with budgets, recorded time, occupancy, measures or finance
    lines, and the last recorded date."""
    with database.session() as s:
        units = list_units(s)
        first_day, last_day = (_day(v) for v in raw_rows(s, "SELECT MIN(date), MAX(date) FROM time_entry")[0])
        # A year with only an action plan, finance lines or occupancy imported (the templates' 2025) is
        # still a year the manager must be able to choose, or what she imported is out of reach.
        budget_years = {int(y) for (y,) in raw_rows(
            s, "SELECT year FROM budget_year UNION SELECT year FROM measure UNION SELECT year FROM finance_line")
            if y is not None}
        first_occ, last_occ = (_day(v) for v in raw_rows(s, "SELECT MIN(date), MAX(date) FROM occupancy_day")[0])
        if first_occ is not None and last_occ is not None:
            budget_years |= {first_occ.year, last_occ.year}
        time_years = set()
        if first_day is not None and last_day is not None:
            time_years = {first_day.year, last_day.year}
            for y in range(first_day.year + 1, last_day.year):  # one index seek a year between
                if raw_rows(s, "SELECT id FROM time_entry WHERE date BETWEEN :start AND :end LIMIT 1",
                            {"start": date(y, 1, 1).isoformat(), "end": date(y, 12, 31).isoformat()}):
                    time_years.add(y)
    years = sorted(budget_years | time_years)
    return WindowFacts(
        units=units,
        is_demo=database.is_demo,
        first_year=years[0] if years else None,
        last_year=years[-1] if years else None,
        latest_recorded=last_day,
        years=tuple(years),
    )


def period_has_data(database: Database, unit: str, period: Period) -> bool:
    """Whether the unit (a name or all) has recorded time, occupancy or a budget in the period.

    A period without any of them has nothing to compare (only a forecast from the schedule), which the
    command line says in one line instead of a table of dashes.
    """
    from sqlalchemy import select

    from vonapp.store.models import BudgetYear, OccupancyDay, TimeEntry

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
