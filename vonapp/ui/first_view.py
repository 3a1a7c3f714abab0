"""What the window shows first, loaded off the GUI thread once the window has painted.

vonapp.ui.app loads it from vonapp.store.driver's bare sqlite3 connection before SQLAlchemy has
loaded (or from the opened Database when the file must be migrated first): the same functions either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from vonapp.domain.periods import Period, PeriodError, parse_period, year
from vonapp.store.window_queries import WindowFacts, window_facts
from vonapp.ui.overview.data import OverviewData, load_overview
from vonapp.ui.selectors import usable_saved_period

if TYPE_CHECKING:
    from vonapp.store.database import Database
    from vonapp.store.driver import DriverDatabase


@dataclass(frozen=True)
class FirstView:
    facts: WindowFacts
    key: tuple[str, Period] | None
    data: OverviewData | None


def _kind(period: Period) -> str:
    if "-Q" in period.label:
        return "quarter"
    return "month" if len(period.label) == 7 else "year"


def initial_choice(facts: WindowFacts, saved_unit: str | None,
                   saved_period: tuple[str, str] | None) -> tuple[str, Period] | None:
    """The unit and period the selectors will land on: the remembered ones (when the period's year has
    data), else the first unit and the year of the latest recorded day (the same rules as the window)."""
    if not facts.units:
        return None
    names = {u.name for u in facts.units}
    unit = saved_unit if saved_unit is not None and (saved_unit == "all" or saved_unit in names) \
        else facts.units[0].name
    period = None
    if saved_period is not None and usable_saved_period(saved_period, facts.years):
        try:
            candidate = parse_period(saved_period[1])
        except PeriodError:
            candidate = None
        if candidate is not None and _kind(candidate) == saved_period[0]:
            period = candidate
    if period is None:
        period = year(facts.latest_year() or date.today().year)
    return unit, period


def load_first_view(database: Database | DriverDatabase, saved_unit: str | None,
                    saved_period: tuple[str, str] | None) -> FirstView:
    """Facts and the first overview in one go; a failing overview is left to the window's own load."""
    facts = window_facts(database)
    key = initial_choice(facts, saved_unit, saved_period)
    data = None
    if key is not None:
        try:
            data = load_overview(database, *key)
        except Exception:  # the window loads it again and shows the error in Swedish
            data = None
    return FirstView(facts, key, data)
