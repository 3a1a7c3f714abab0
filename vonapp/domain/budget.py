"""Budget i timmar: the personnel budget turned into hours, and its share of a period."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from vonapp.domain.glossary import WORKED_CATEGORIES, Category
from vonapp.domain.periods import Period, days_in_year, months_overlapping


@dataclass(frozen=True)
class BudgetYearInputs:
    """What a unit's budget year says; factors default to 1.0 for each worked category."""

    year: int
    personnel_budget_kr: float
    hourly_cost: float
    occupancy_budget_pct: float | None = None
    action_requirement_tkr: float | None = None
    full_time_hours: float = 40.0
    factors: dict[Category, float] = field(default_factory=dict)
    month_weights: Sequence[float] | None = None  # 12 weights, January first

    @property
    def hours(self) -> float:
        """Budget hours of the whole year = personnel budget kr ÷ hourly cost."""
        return self.personnel_budget_kr / self.hourly_cost

    def factor(self, category: Category) -> float:
        return self.factors.get(category, 1.0)

    def cost_of(self, hours_by_category: dict[Category, float]) -> float:
        """Outcome kr = Σ hours of category × hourly cost × the category's cost factor."""
        return sum(
            h * self.hourly_cost * self.factor(c)
            for c, h in hours_by_category.items()
            if c in WORKED_CATEGORIES
        )


def year_share(period: Period, year: int, month_weights: Sequence[float] | None = None) -> float:
    """The share of a year's budget that falls in the period.

    Without weights: days of the period in the year ÷ days of the year. With 12 monthly weights:
    each month gets weight ÷ Σ weights, and a month only partly in the period gets its days' share.
    """
    part = period.clip(date(year, 1, 1), date(year, 12, 31))
    if part is None:
        return 0.0
    if not month_weights or sum(month_weights) <= 0:
        return part.days / days_in_year(year)
    total = float(sum(month_weights))
    share = 0.0
    for y, m in months_overlapping(part):
        month_len = calendar.monthrange(y, m)[1]
        inside = part.clip(date(y, m, 1), date(y, m, month_len))
        if inside is not None:
            share += month_weights[m - 1] / total * inside.days / month_len
    return share


def budget_hours(budget: BudgetYearInputs, period: Period) -> float:
    """Budget hours = personnel budget kr ÷ hourly cost × the period's share of the year."""
    return budget.hours * year_share(period, budget.year, budget.month_weights)


def budget_kr(budget: BudgetYearInputs, period: Period) -> float:
    return budget.personnel_budget_kr * year_share(period, budget.year, budget.month_weights)
