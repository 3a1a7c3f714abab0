"""Additive totals of one unit (or many) over a period; every ratio is derived from these sums.

Keeping numerators and denominators (not ratios) makes "all units" the plain sum of the units
and keeps every ratio a ratio of sums, as DESIGN.md requires.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date


def add(a: float | None, b: float | None) -> float | None:
    """Sum where None means "no data": None + None = None, None + x = x."""
    if a is None:
        return b
    if b is None:
        return a
    return a + b


def latest(a: date | None, b: date | None) -> date | None:
    """The later of two days where None means "none"."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


@dataclass
class Totals:
    """The comparison figures (budget … hourly-paid) are over `start..through` of a period under way.

    through: the last day counted as recorded (None: nothing recorded in the period); under_way: some
    unit's through lies before the period's end. budget_*_period: the whole period's budget.
    """

    through: date | None = None
    under_way: bool = False
    budget_hours_period: float | None = None
    budget_kr_period: float | None = None
    budget_hours: float | None = None
    budget_kr: float | None = None
    worked_hours: float | None = None
    outcome_kr: float | None = None
    deviation_hours: float | None = None
    deviation_kr: float | None = None
    hours_by_category: dict[str, float] = field(default_factory=dict)
    absence_hours: float | None = None
    forecast_year_hours: float | None = None
    forecast_year_kr: float | None = None
    budget_year_hours: float | None = None
    budget_year_kr: float | None = None
    planned_hours: float | None = None
    res_planned_hours: float | None = None
    res_used_hours: float | None = None
    res_missed_hours: float | None = None
    res_missed_kr: float | None = None
    occupied_days: float | None = None
    place_days: float | None = None
    budget_occupied_days: float | None = None
    bd_worked_hours: float | None = None
    bd_client_hours: float | None = None
    bd_idle_hours: float | None = None
    bd_declined_hours: float | None = None
    sick_hours: float | None = None
    vikarie_hours: float | None = None
    requirement_tkr: float | None = None
    effect_year_tkr: float | None = None
    full_year_effect_tkr: float | None = None
    gap_tkr: float | None = None

    def __add__(self, other: Totals) -> Totals:
        out = Totals()
        for f in fields(self):
            if f.name == "hours_by_category":
                merged = dict(self.hours_by_category)
                for k, v in other.hours_by_category.items():
                    merged[k] = merged.get(k, 0.0) + v
                out.hours_by_category = merged
            elif f.name == "through":
                out.through = latest(self.through, other.through)
            elif f.name == "under_way":
                out.under_way = self.under_way or other.under_way
            else:
                setattr(out, f.name, add(getattr(self, f.name), getattr(other, f.name)))
        return out


def ratio_pct(numerator: float | None, denominator: float | None) -> float | None:
    """numerator ÷ denominator in percent; None when either is missing or the base is zero."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator * 100.0
