"""Reads of the Utfall area, in two modules along their seam; this one re-exports both.

- vonapp.store.utfall_reads: the period's days and weeks, one day's rows, the resurspass register,
  absence coverage (`load_utfall`, `load_period_and_day`, `load_day`).
- vonapp.store.utfall_patch: the re-read after a placement edit — the edited days patched into the shown
  year (`load_days_patch`, `load_patch_and_day`, `patched`) and Översikt's resurspass part
  (`load_after_placement`, `changes_hours`).
"""

from __future__ import annotations

from vonapp.store.utfall_patch import (
    HOURS_FIELDS,
    AfterPlacement,
    DaysPatch,
    changes_hours,
    load_after_placement,
    load_days_patch,
    load_patch_and_day,
    patched,
    read_patch_and_day,
)
from vonapp.store.utfall_reads import (
    DAY_ROW_COLUMNS,
    SHIFT_COLUMNS,
    DayData,
    Schedules,
    UtfallData,
    coverage_of,
    day_data,
    days_of,
    default_day,
    hourly_costs,
    load_day,
    load_period_and_day,
    load_utfall,
    planned_shifts,
    register_of,
    utfall_data,
)

__all__ = [
    "DAY_ROW_COLUMNS", "HOURS_FIELDS", "SHIFT_COLUMNS", "AfterPlacement", "DayData", "DaysPatch", "Schedules",
    "UtfallData", "changes_hours", "coverage_of", "day_data", "days_of", "default_day", "hourly_costs",
    "load_after_placement", "load_day", "load_days_patch", "load_patch_and_day", "load_period_and_day",
    "load_utfall", "patched", "planned_shifts", "read_patch_and_day", "register_of", "utfall_data",
]
