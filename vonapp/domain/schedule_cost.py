"""Schedule cost: planned hours and kr of the schedule per week or month against budget i timmar.

Planned kr = planned hours × the hourly cost of the budget year the day falls in; budget hours and kr
are vonapp.domain.budget's. Deviation = budget − planned (positive = the schedule fits the budget).
Available before the period starts: nothing here reads recorded time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from vonapp.domain.budget import BudgetYearInputs, budget_hours, budget_kr
from vonapp.domain.periods import Period, month, months_overlapping

BY_WEEK = "week"
BY_MONTH = "month"


@dataclass(frozen=True)
class CostRow:
    start: date | None
    end: date | None
    planned_hours: float
    planned_kr: float | None
    budget_hours: float | None
    budget_kr: float | None

    @property
    def deviation_hours(self) -> float | None:
        return None if self.budget_hours is None else self.budget_hours - self.planned_hours

    @property
    def deviation_kr(self) -> float | None:
        return None if self.budget_kr is None or self.planned_kr is None else self.budget_kr - self.planned_kr

    def to_json_dict(self, *, dated: bool = True) -> dict[str, object]:
        out: dict[str, object] = {}
        if dated:
            out = {"start": self.start.isoformat() if self.start else None,
                   "end": self.end.isoformat() if self.end else None}
        out.update(planned_hours=self.planned_hours, planned_kr=self.planned_kr, budget_hours=self.budget_hours,
                   budget_kr=self.budget_kr, deviation_hours=self.deviation_hours, deviation_kr=self.deviation_kr)
        return out


def buckets(period: Period, by: str) -> list[Period]:
    """The period cut into Monday–Sunday weeks or calendar months, the first and last clipped to it."""
    if by == BY_MONTH:
        return [p for y, m in months_overlapping(period) if (p := month(y, m).clip(period.start, period.end))]
    out = []
    first = period.start
    while first <= period.end:
        last = min(first + timedelta(days=6 - first.weekday()), period.end)
        out.append(Period(first, last, f"{first}..{last}"))
        first = last + timedelta(days=1)
    return out


def _year_parts(period: Period) -> list[tuple[int, Period]]:
    return [(y, p) for y in period.years() if (p := period.clip(date(y, 1, 1), date(y, 12, 31)))]


def cost_rows(planned: pd.DataFrame, budgets: Mapping[int, BudgetYearInputs], period: Period,
              by: str = BY_MONTH) -> list[CostRow]:
    """One row per week or month of the period; `planned` has `date` and `planned` (hours that day).

    A row's kr and budget are None when a year it touches has no budget year.
    """
    if len(planned):
        days = planned["date"].to_numpy().astype("datetime64[D]")
        hours = planned["planned"].to_numpy(dtype=float)
    else:
        days, hours = np.zeros(0, dtype="datetime64[D]"), np.zeros(0)
    order = np.argsort(days, kind="stable")
    days, cum = days[order], np.concatenate([[0.0], np.cumsum(hours[order])])

    def planned_in(p: Period) -> float:
        lo = np.searchsorted(days, np.datetime64(p.start, "D"), side="left")
        hi = np.searchsorted(days, np.datetime64(p.end, "D"), side="right")
        return float(cum[hi] - cum[lo])

    rows = []
    for bucket in buckets(period, by):
        parts = _year_parts(bucket)
        h = planned_in(bucket)
        known = all(y in budgets for y, _p in parts)
        rows.append(CostRow(
            bucket.start, bucket.end, h,
            sum(planned_in(p) * budgets[y].hourly_cost for y, p in parts) if known else None,
            sum(budget_hours(budgets[y], p) for y, p in parts) if known else None,
            sum(budget_kr(budgets[y], p) for y, p in parts) if known else None,
        ))
    return rows


def total(rows: list[CostRow]) -> CostRow:
    """The rows summed (a figure is None when any row's is)."""

    def add(values: list[float | None]) -> float | None:
        return None if any(v is None for v in values) else float(sum(v for v in values if v is not None))

    return CostRow(rows[0].start if rows else None, rows[-1].end if rows else None,
                   float(sum(r.planned_hours for r in rows)), add([r.planned_kr for r in rows]),
                   add([r.budget_hours for r in rows]), add([r.budget_kr for r in rows]))
