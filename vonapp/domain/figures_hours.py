"""The daily-hours figures of units over a period: budget i timmar, outcome, forecast, resurspass.

The daily frame is read once into numpy arrays ("rows": column name → array) and summed per unit
with vonapp.domain.groups; pandas' groupby and assign cost more than the sums for a unit's year.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.budget import budget_hours, budget_kr
from vonapp.domain.glossary import Category
from vonapp.domain.groups import Groups
from vonapp.domain.periods import Period
from vonapp.domain.totals import Totals

if TYPE_CHECKING:
    from vonapp.domain.figures import Inputs

Rows = dict[str, np.ndarray]

_VALUE_COLUMNS = [*d.RECORDED_COLUMNS, *d.PLANNED_COLUMNS]


def daily_rows(daily: pd.DataFrame) -> Rows:
    """The daily frame as arrays: unit_id (int64), day (datetime64[D]) and every hours column (float)."""
    rows = {c: daily[c].to_numpy(dtype=float) for c in _VALUE_COLUMNS}
    rows["unit_id"] = daily["unit_id"].to_numpy(dtype=np.int64)
    rows["day"] = daily["date"].to_numpy().astype("datetime64[D]")
    return rows


def within(rows: Rows, start: date, end: date) -> Rows:
    days = rows["day"]
    keep = (days >= np.datetime64(start, "D")) & (days <= np.datetime64(end, "D"))
    return {c: v[keep] for c, v in rows.items()}


def with_costs(rows: Rows, inputs: Inputs) -> Rows:
    """Rows with `worked`, `cost_kr` (Outcome kr = Σ hours × hourly cost × factor), `planned_kr`, `rate`.

    Each row's rates are those of its unit and year (NaN where that year has no budget).
    planned_kr = (planned − planned resurspass) × ordinarie rate + planned resurspass × resurspass rate.
    """
    years = rows["day"].astype("datetime64[Y]").astype(np.int64) + 1970
    units = rows["unit_id"]
    found = np.full(len(units), -1)
    table = []
    for unit_id, budgets in inputs.budgets.items():
        for y, b in budgets.items():
            found[(units == unit_id) & (years == y)] = len(table)
            table.append([b.hourly_cost, *(b.hourly_cost * b.factor(c) for c in d.CATEGORY_COLUMN)])
    table.append([np.nan] * (1 + len(d.WORKED_COLUMNS)))  # the last row, picked by -1: no budget year
    looked_up = np.array(table, dtype=float)[found]
    hourly_cost, rates = looked_up[:, 0], looked_up[:, 1:]
    hours = np.column_stack([rows[c] for c in d.WORKED_COLUMNS])
    worked = hours.sum(axis=1)
    planned, planned_res = rows["planned"], rows["planned_res"]
    ordinarie_rate = rates[:, d.WORKED_COLUMNS.index("ordinarie")]
    resurspass_rate = rates[:, d.WORKED_COLUMNS.index("resurspass")]
    return {
        **rows,
        "worked": worked,
        "cost_kr": np.where(worked > 0, (hours * rates).sum(axis=1), 0.0),
        "planned_kr": np.where(planned > 0, (planned - planned_res) * ordinarie_rate + planned_res * resurspass_rate,
                               0.0),
        "rate": hourly_cost,
    }


def hours(inputs: Inputs, period: Period, rows: Rows, out: dict[int, Totals]) -> None:
    """Budget, worked by category, outcome kr, deviation, absence, planned hours."""
    g = Groups(rows["unit_id"])
    has_records = g.any(np.column_stack([rows[c] != 0 for c in d.RECORDED_COLUMNS]).any(axis=1))
    sums = {c: g.sum(rows[c]) for c in [*d.WORKED_COLUMNS, "sick", "absence", "planned"]}
    outcome = g.sum_or_nan(np.where(np.isnan(rows["rate"]), np.nan, rows["cost_kr"]), rows["worked"] > 0)
    for u, t in out.items():
        i = g.index.get(u)
        if i is not None and has_records[i]:
            by_cat = {c: float(sums[col][i]) for c, col in d.CATEGORY_COLUMN.items()}
            t.hours_by_category = {c.value: h for c, h in by_cat.items()}
            t.worked_hours = sum(by_cat.values())
            t.outcome_kr = g.get(outcome, u)
            t.absence_hours = float(sums["absence"][i])
            t.sick_hours = float(sums["sick"][i])
            t.vikarie_hours = by_cat[Category.VIKARIE]
        budgets = [inputs.budget(u, y) for y in period.years()]
        if all(b is not None for b in budgets):
            t.budget_hours = sum(budget_hours(b, period) for b in budgets)
            t.budget_kr = sum(budget_kr(b, period) for b in budgets)
            if t.worked_hours is not None:  # nothing recorded yet: no deviation, not the whole budget
                t.deviation_hours = t.budget_hours - t.worked_hours
                if t.outcome_kr is not None:
                    t.deviation_kr = t.budget_kr - t.outcome_kr
        if u in inputs.scheduled:
            t.planned_hours = float(sums["planned"][i]) if i is not None else 0.0


def forecast(period: Period, year_rows: Rows, inputs: Inputs, out: dict[int, Totals]) -> None:
    """Forecast year = outcome up to the last recorded day (≤ period end) + planned after it.

    year_rows: the costed rows (with_costs) of the period's end year.
    """
    y = period.end.year
    g = Groups(year_rows["unit_id"])
    day = year_rows["day"].astype(np.int64).astype(float)  # days since 1970
    done = (year_rows["day"] <= np.datetime64(period.end, "D")) & (year_rows["worked"] > 0)
    recorded = g.any(done)
    before_year = float(np.datetime64(date(y - 1, 12, 31), "D").astype(np.int64))
    last = np.where(recorded, g.max(np.where(done, day, -np.inf), empty=-np.inf), before_year)
    past = day <= last[g.inverse]
    f_hours = g.sum(np.where(past, year_rows["worked"], year_rows["planned"]))
    f_kr = g.sum_or_nan(
        np.where(np.isnan(year_rows["rate"]), np.nan, np.where(past, year_rows["cost_kr"], year_rows["planned_kr"])),
        np.where(past, year_rows["worked"] > 0, year_rows["planned"] > 0))
    for u, t in out.items():
        budget = inputs.budget(u, y)
        if budget is not None:
            t.budget_year_kr = budget.personnel_budget_kr
            t.budget_year_hours = budget.hours
        i = g.index.get(u)
        if (i is None or not recorded[i]) and u not in inputs.scheduled:
            continue
        t.forecast_year_hours = float(f_hours[i]) if i is not None else 0.0
        if budget is not None:
            t.forecast_year_kr = g.get(f_kr, u) if i is not None else 0.0


def resurspass(inputs: Inputs, rows: Rows, out: dict[int, Totals]) -> None:
    """Planned, used (placed) and missed resurspass hours; missed kr through the hourly cost.

    Missed per day = min(max(planned resurspass − used, 0), substitute hours) (d.missed_resurspass).
    """
    g = Groups(rows["unit_id"])
    unused = np.clip(rows["planned_res"] - rows["res_used"], 0.0, None)
    substitute = np.nansum(np.column_stack([rows[c] for c in d.SUBSTITUTE_COLUMNS]), axis=1)
    missed = np.fmin(unused, substitute)
    planned, used, missed_sum = g.sum(rows["planned_res"]), g.sum(rows["res_used"]), g.sum(missed)
    missed_kr = g.sum_or_nan(missed * rows["rate"], missed > 0)
    for u, t in out.items():
        scheduled = u in inputs.scheduled
        i = g.index.get(u)
        used_hours = float(used[i]) if i is not None else 0.0
        if not scheduled and used_hours == 0:
            continue
        t.res_used_hours = used_hours
        if scheduled:
            t.res_planned_hours = float(planned[i]) if i is not None else 0.0
            t.res_missed_hours = float(missed_sum[i]) if i is not None else 0.0
            t.res_missed_kr = g.get(missed_kr, u) if i is not None else 0.0
