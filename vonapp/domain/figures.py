"""The figures of one unit over a period, from its frames (DESIGN.md, "Formulas")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.budget import BudgetYearInputs, budget_hours, budget_kr
from vonapp.domain.glossary import Category, OccupancyEvent
from vonapp.domain.occupancy import occupancy_from_moves
from vonapp.domain.periods import Period, days_in_year, months_overlapping
from vonapp.domain.totals import Totals


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


def _in(frame: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    dates = frame["date"]
    return frame[(dates >= pd.Timestamp(start)) & (dates <= pd.Timestamp(end))]


def _category_hours(rows: pd.DataFrame) -> dict[Category, float]:
    return {c: float(rows[col].sum()) for c, col in d.CATEGORY_COLUMN.items()}


def _cost(rows: pd.DataFrame, budgets: dict[int, BudgetYearInputs]) -> float | None:
    """Outcome kr of the rows, year by year through each year's hourly cost and factors."""
    if rows.empty:
        return 0.0
    total = 0.0
    for y, part in rows.groupby(rows["date"].dt.year):
        hours = _category_hours(part)
        if not any(hours.values()):
            continue
        budget = budgets.get(int(y))
        if budget is None:
            return None
        total += budget.cost_of(hours)
    return total


def _planned_cost(rows: pd.DataFrame, budgets: dict[int, BudgetYearInputs]) -> float | None:
    total = 0.0
    for y, part in rows.groupby(rows["date"].dt.year):
        budget = budgets.get(int(y))
        if budget is None:
            return None
        ordinary = float(part["planned"].sum() - part["planned_res"].sum())
        total += budget.hourly_cost * (
            ordinary * budget.factor(Category.ORDINARIE)
            + float(part["planned_res"].sum()) * budget.factor(Category.RESURSPASS)
        )
    return total


def hours_totals(inputs: UnitInputs, period: Period) -> Totals:
    """Budget, worked, outcome kr, deviation and the year-end forecast."""
    t = Totals()
    rows = _in(inputs.daily, period.start, period.end)
    recorded = rows[d.RECORDED_COLUMNS].to_numpy().any() if not rows.empty else False
    if recorded:
        by_cat = _category_hours(rows)
        t.hours_by_category = {c.value: h for c, h in by_cat.items()}
        t.worked_hours = sum(by_cat.values())
        t.outcome_kr = _cost(rows, inputs.budgets)
        t.absence_hours = float(rows["absence"].sum())
        t.sick_hours = float(rows["sick"].sum())
        t.vikarie_hours = by_cat[Category.VIKARIE]
    budgets = [inputs.budgets.get(y) for y in period.years()]
    if all(b is not None for b in budgets):
        t.budget_hours = sum(budget_hours(b, period) for b in budgets)
        t.budget_kr = sum(budget_kr(b, period) for b in budgets)
        if recorded:  # a period with nothing recorded yet has no deviation, not the whole budget
            t.deviation_hours = t.budget_hours - (t.worked_hours or 0.0)
            if t.outcome_kr is not None:
                t.deviation_kr = t.budget_kr - t.outcome_kr
    if inputs.has_schedule:
        t.planned_hours = float(rows["planned"].sum())
    _forecast(inputs, period, t)
    return t


def _forecast(inputs: UnitInputs, period: Period, t: Totals) -> None:
    """Forecast year = outcome up to the last recorded day (≤ period end) + planned after it."""
    y = period.end.year
    budget = inputs.budgets.get(y)
    if budget is not None:
        t.budget_year_kr = budget.personnel_budget_kr
        t.budget_year_hours = budget.hours
    year_rows = _in(inputs.daily, date(y, 1, 1), date(y, 12, 31))
    done = year_rows[year_rows["date"] <= pd.Timestamp(period.end)]
    has_hours = d.worked(done) > 0 if not done.empty else pd.Series(dtype=bool)
    last = done.loc[has_hours, "date"].max() if has_hours.any() else None
    cut = last.date() if last is not None else date(y, 1, 1) - timedelta(days=1)
    if last is None and not inputs.has_schedule:
        return
    past = year_rows[year_rows["date"] <= pd.Timestamp(cut)]
    future = year_rows[year_rows["date"] > pd.Timestamp(cut)]
    t.forecast_year_hours = float(d.worked(past).sum() + future["planned"].sum())
    past_kr, future_kr = _cost(past, inputs.budgets), _planned_cost(future, inputs.budgets)
    if past_kr is not None and future_kr is not None and budget is not None:
        t.forecast_year_kr = past_kr + future_kr


def resurspass_totals(inputs: UnitInputs, period: Period, t: Totals) -> None:
    """Planned, used (placed) and missed resurspass hours; missed kr through the hourly cost."""
    rows = _in(inputs.daily, period.start, period.end)
    used = float(rows["res_used"].sum()) if not rows.empty else 0.0
    if inputs.has_schedule:
        t.res_planned_hours = float(rows["planned_res"].sum()) if not rows.empty else 0.0
    if not inputs.has_schedule and used == 0:
        return
    t.res_used_hours = used
    if not inputs.has_schedule:
        return
    if rows.empty:
        t.res_missed_hours, t.res_missed_kr = 0.0, 0.0
        return
    missed = d.missed_resurspass(rows)
    t.res_missed_hours = float(missed.sum())
    kr = 0.0
    for y, part in missed.groupby(rows["date"].dt.year):
        hours = float(part.sum())
        budget = inputs.budgets.get(int(y))
        if budget is None:
            if hours > 0:
                return  # no hourly cost for that year: the kronor are unknown
            continue
        kr += hours * budget.hourly_cost
    t.res_missed_kr = kr


def daily_occupancy(inputs: UnitInputs, start: date, end: date) -> tuple[pd.Series, pd.Series]:
    """Occupied and available places per day: daily counts where recorded, else move events.

    Days with neither are NaN (no data), never 0.
    """
    days = pd.date_range(start, end, freq="D")
    occupied = pd.Series(np.nan, index=days)
    places = pd.Series(np.nan, index=days)
    if inputs.occupancy is not None and not inputs.occupancy.empty:
        occ = inputs.occupancy.set_index(pd.to_datetime(inputs.occupancy["date"]))
        occ = occ[(occ.index >= days[0]) & (occ.index <= days[-1])]
        occupied.loc[occ.index] = occ["occupied"].astype(float)
        places.loc[occ.index] = occ["places"].astype(float)
    if inputs.moves is not None and not inputs.moves.empty and inputs.places:
        from_moves = occupancy_from_moves(inputs.moves, start, end)
        gap = occupied.isna()
        occupied[gap] = from_moves[gap].astype(float)
        places[gap] = float(inputs.places)
    return occupied, places


def occupancy_totals(inputs: UnitInputs, period: Period, t: Totals) -> None:
    """Occupied and available place-days; the budget as place-days × each year's budget %."""
    occupied, places = daily_occupancy(inputs, period.start, period.end)
    known = occupied.notna()
    if not known.any():
        return
    t.occupied_days = float(occupied[known].sum())
    t.place_days = float(places[known].sum())
    budget_days = 0.0
    for y, part in places[known].groupby(places[known].index.year):
        budget = inputs.budgets.get(int(y))
        if budget is None or budget.occupancy_budget_pct is None:
            return
        budget_days += float(part.sum()) * budget.occupancy_budget_pct / 100.0
    t.budget_occupied_days = budget_days


def breakdown_totals(inputs: UnitInputs, period: Period, t: Totals) -> None:
    """Worked, client, idle and declined hours of the months that share a day with the period."""
    b = inputs.breakdown
    if b is None or b.empty:
        return
    wanted = set(months_overlapping(period))
    rows = b[[(int(y), int(m)) in wanted for y, m in zip(b["year"], b["month"], strict=True)]]
    if rows.empty:
        return
    t.bd_worked_hours = float(rows["worked_hours"].sum())
    t.bd_client_hours = float(rows["client_hours"].sum())
    t.bd_idle_hours = float(rows["idle_hours"].sum())
    t.bd_declined_hours = float(rows["declined_hours"].sum())


def measure_totals(inputs: UnitInputs, period: Period, t: Totals) -> None:
    """Action plan: åtgärdskrav and measure totals of the period's years; gap = krav − effect."""
    years = list(period.years())
    reqs = [inputs.budgets[y].action_requirement_tkr for y in years if y in inputs.budgets]
    reqs = [r for r in reqs if r is not None]
    if reqs:
        t.requirement_tkr = float(sum(reqs))
    m = inputs.measures
    if m is not None and not m.empty:
        rows = m[m["year"].isin(years)]
        if not rows.empty:
            t.effect_year_tkr = float(rows["effect_year_tkr"].sum())
            t.full_year_effect_tkr = float(rows["full_year_effect_tkr"].sum())
    if t.requirement_tkr is not None:
        t.gap_tkr = t.requirement_tkr - (t.effect_year_tkr or 0.0)


def unit_totals(inputs: UnitInputs, period: Period) -> Totals:
    """All additive figures of one unit over the period."""
    t = hours_totals(inputs, period)
    resurspass_totals(inputs, period, t)
    occupancy_totals(inputs, period, t)
    breakdown_totals(inputs, period, t)
    measure_totals(inputs, period, t)
    return t


__all__ = ["OccupancyEvent", "UnitInputs", "days_in_year", "unit_totals"]
