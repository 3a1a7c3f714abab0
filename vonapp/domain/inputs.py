"""The inputs of the figures: plain frames of one unit (`UnitInputs`) or of many (`Inputs`)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.budget import BudgetYearInputs


@dataclass
class UnitInputs:
    """Everything the figures of one unit need, as plain frames.

    `daily` covers at least the period and the whole year of the period's end (for the forecast).
    `occupancy` has columns date, places, occupied; `moves` apartment, date, event;
    `breakdown` year, month, worked_hours, client_hours, idle_hours, declined_hours;
    `measures` year, effect_year_tkr, full_year_effect_tkr.
    """

    unit_id: int
    places: int | None = None
    budgets: dict[int, BudgetYearInputs] = field(default_factory=dict)
    daily: pd.DataFrame = field(default_factory=d.empty_daily)
    has_schedule: bool = False
    occupancy: pd.DataFrame | None = None
    moves: pd.DataFrame | None = None
    breakdown: pd.DataFrame | None = None
    measures: pd.DataFrame | None = None


def _concat(frames: list[pd.DataFrame | None], unit_ids: list[int], columns: list[str]) -> pd.DataFrame:
    parts = [f.assign(unit_id=u) for f, u in zip(frames, unit_ids, strict=True) if f is not None and not f.empty]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["unit_id", *columns])


@dataclass
class Inputs:
    """The inputs of many units: frames with a `unit_id` column, budgets by unit and year."""

    unit_ids: list[int]
    places: dict[int, int | None]
    budgets: dict[int, dict[int, BudgetYearInputs]]
    daily: pd.DataFrame
    scheduled: set[int]
    occupancy: pd.DataFrame  # unit_id, date, places, occupied
    moves: pd.DataFrame  # unit_id, apartment, date, event
    breakdown: pd.DataFrame  # unit_id, year, month, worked_hours, client_hours, idle_hours, declined_hours
    measures: pd.DataFrame  # unit_id, year, effect_year_tkr, full_year_effect_tkr

    @classmethod
    def of_units(cls, units: list[UnitInputs]) -> Inputs:
        ids = [u.unit_id for u in units]
        daily = [u.daily.assign(unit_id=u.unit_id) for u in units if not u.daily.empty]
        return cls(
            unit_ids=ids,
            places={u.unit_id: u.places for u in units},
            budgets={u.unit_id: u.budgets for u in units},
            daily=pd.concat(daily, ignore_index=True) if daily else d.empty_daily(),
            scheduled={u.unit_id for u in units if u.has_schedule},
            occupancy=_concat([u.occupancy for u in units], ids, ["date", "places", "occupied"]),
            moves=_concat([u.moves for u in units], ids, ["apartment", "date", "event"]),
            breakdown=_concat([u.breakdown for u in units], ids,
                              ["year", "month", "worked_hours", "client_hours", "idle_hours", "declined_hours"]),
            measures=_concat([u.measures for u in units], ids, ["year", "effect_year_tkr", "full_year_effect_tkr"]),
        )

    def with_units(self, unit_ids: list[int], places: dict[int, int | None],
                   budgets: dict[int, dict[int, BudgetYearInputs]], daily: pd.DataFrame, scheduled: set[int]) -> Inputs:
        """These units' places, budgets, daily frame and schedules; this one's other frames (their rows' units)."""
        return Inputs(unit_ids=unit_ids, places=places, budgets=budgets, daily=daily, scheduled=scheduled,
                      occupancy=self.occupancy, moves=self.moves, breakdown=self.breakdown, measures=self.measures)

    def budget(self, unit_id: int, year: int) -> BudgetYearInputs | None:
        return self.budgets.get(unit_id, {}).get(year)
