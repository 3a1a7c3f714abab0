"""Edits of a unit's budget years from the window (the Ekonomi area and tests use them).

`set_budget_year_values` is the pattern every `edits_*.py` follows: one transaction, a change_log row
per changed value, and the reverse changes returned so that undo is the same call again.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd
from sqlalchemy import select

from vonapp.store.changelog import WINDOW, log_change
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.models import BudgetYear, Unit

# Column → (Swedish name for messages, allows empty, lowest allowed value, value must be above it)
EDITABLE: dict[str, tuple[str, bool, float, bool]] = {
    "personnel_budget_kr": ("Personalbudget", False, 0.0, False),
    "hourly_cost": ("Timkostnad", False, 0.0, True),
    "occupancy_budget_pct": ("Budgeterad beläggning", True, 0.0, False),
    "action_requirement_tkr": ("Åtgärdskrav", True, 0.0, False),
    "full_time_hours": ("Heltidsmått", False, 0.0, True),
}
FRAME_COLUMNS = ["id", "unit", "year", *EDITABLE]

Change = tuple[int, str, object]  # (budget_year id, column, new value)


def budget_years_frame(database: Database, unit: str | None = None) -> pd.DataFrame:
    """Every budget year (of one unit, by name): id, unit, year and the editable columns."""
    q = select(BudgetYear.id, Unit.name, BudgetYear.year, *(getattr(BudgetYear, c) for c in EDITABLE)
               ).join(Unit, Unit.id == BudgetYear.unit_id).order_by(Unit.name, BudgetYear.year)
    if unit is not None:
        q = q.where(Unit.name == unit)
    with database.session() as s:
        rows = s.execute(q).all()
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def check_budget_value(column: str, value: object) -> str | None:
    """The Swedish reason a value cannot be stored in this column, or None."""
    if column not in EDITABLE:
        return f"Kolumnen {column} går inte att ändra."
    name, nullable, low, strict = EDITABLE[column]
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None if nullable else f"{name} måste ha ett värde."
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return f"{name}: {value!r} är inget tal."
    if number < low or (strict and number == low):
        return f"{name} måste vara större än {low:g}." if strict else f"{name} kan inte vara negativ."
    if column == "occupancy_budget_pct" and number > 100:
        return "Budgeterad beläggning kan inte vara över 100 %."
    if column == "full_time_hours" and number > 60:
        return "Heltidsmåttet är timmar per vecka och kan inte vara över 60."
    return None


def set_budget_year_values(database: Database, changes: Iterable[Change], *, source: str = WINDOW) -> list[Change]:
    """Set budget-year values in one transaction; returns the reverse changes (the old values).

    Raises StoreError (nothing written) for an unknown budget year or a value the column refuses.
    """
    return _set(database, BudgetYear, "budget_year", check_budget_value, changes, source)


UNIT_EDITABLE = {"places": "Platser", "ansvar": "Ansvar", "activity_code": "Verksamhetskod"}
UNIT_FRAME_COLUMNS = ["id", "name", "kind", *UNIT_EDITABLE]


def units_frame(database: Database) -> pd.DataFrame:
    """Every unit: id, name, kind, places, ansvar, activity code."""
    with database.session() as s:
        rows = s.execute(select(Unit.id, Unit.name, Unit.kind, Unit.places, Unit.ansvar, Unit.activity_code)
                         .order_by(Unit.name)).all()
    return pd.DataFrame(rows, columns=["id", "name", "kind", "places", "ansvar", "activity_code"]
                        ).reindex(columns=UNIT_FRAME_COLUMNS)


def check_unit_value(column: str, value: object) -> str | None:
    if column not in UNIT_EDITABLE:
        return f"Kolumnen {column} går inte att ändra."
    if column == "places" and value is not None:
        if not isinstance(value, int | float) or float(value) < 0 or not float(value).is_integer():
            return "Platser ska vara ett heltal, 0 eller fler."
    return None


def set_unit_values(database: Database, changes: Iterable[Change], *, source: str = WINDOW) -> list[Change]:
    """Set a unit's places, ansvar or verksamhetskod; one transaction; returns the reverse changes."""
    return _set(database, Unit, "unit", check_unit_value, changes, source)


def _set(database: Database, model: type, table: str, check, changes: Iterable[Change],  # noqa: ANN001
         source: str) -> list[Change]:
    changes = list(changes)
    for _id, column, value in changes:
        if (problem := check(column, value)) is not None:
            raise StoreError(problem)
    reverse: list[Change] = []
    with database.session() as s:
        for row_id, column, value in changes:
            row = s.get(model, row_id)
            if row is None:
                raise StoreError(f"Raden finns inte längre ({table} {row_id}); läs in fönstret igen.")
            old = getattr(row, column)
            new = _typed(value, column, model)
            if old == new:
                continue
            setattr(row, column, new)
            if model is Unit:
                key, unit_id = row.name, row.id
            else:
                key, unit_id = f"{s.scalar(select(Unit.name).where(Unit.id == row.unit_id))} {row.year}", row.unit_id
            log_change(s, table=table, key=key, column=column, old=old, new=new, source=source, unit_id=unit_id)
            reverse.append((row_id, column, old))
    reverse.reverse()  # undone in the opposite order: a value changed twice ends as it began
    return reverse


def _typed(value: object, column: str, model: type) -> object:
    """The value as the column stores it (floats for kronor and percent, int places, text codes)."""
    if value is None:
        return None
    kind = getattr(model, column).type.python_type
    return kind(value)
