"""The daily-hours figures of units over a period: budget i timmar, outcome, forecast, resurspass.

The daily frame is read once into numpy arrays ("rows": column name → array) and summed per unit
with vonapp.domain.groups; pandas' groupby and assign cost more than the sums for a unit's year.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.budget import budget_hours, budget_kr
from vonapp.domain.glossary import Category
from vonapp.domain.groups import Groups
from vonapp.domain.inputs import Inputs
from vonapp.domain.periods import Period
from vonapp.domain.totals import Totals

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
    table, keys = [], []
    for unit_id, budgets in inputs.budgets.items():
        for y, b in budgets.items():
            keys.append(int(unit_id) * 10_000 + int(y))
            table.append([b.hourly_cost, *(b.hourly_cost * b.factor(c) for c in d.CATEGORY_COLUMN)])
    # Each row's (unit, year) looked up in the sorted keys at once: a mask per budget year cost ≈ 25 ms
    # for a förvaltning's 150 units.
    found = np.full(len(units), -1)
    if keys and len(units):
        key_array = np.array(keys, dtype=np.int64)
        order = np.argsort(key_array)
        row_keys = units.astype(np.int64) * 10_000 + years
        at = np.minimum(np.searchsorted(key_array[order], row_keys), len(keys) - 1)
        found = np.where(key_array[order][at] == row_keys, order[at], -1)
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


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def through_by_unit(rows: Rows, period: Period, scheduled: set[int]) -> dict[int, date]:
    """Each unit's last day counted as recorded in the period (units with nothing recorded are left out).

    That is its last day with worked hours, followed by the days after it on which its schedule plans
    no hours (a day centre's closed weekend), within the period and the last recorded day's month: a
    finished month of a weekday unit is then not under way (DESIGN.md, "A period under way").
    rows: daily rows (daily_rows), only their days inside the period are read.
    """
    day = rows["day"]
    inside = (day >= np.datetime64(period.start, "D")) & (day <= np.datetime64(period.end, "D"))
    worked = np.column_stack([rows[c] for c in d.WORKED_COLUMNS]).sum(axis=1) if len(day) else np.zeros(0)
    done = inside & (worked > 0)
    g = Groups(rows["unit_id"][done])
    last = g.max(day[done].astype(np.int64).astype(float), empty=-np.inf)
    out: dict[int, date] = {}
    planned_days = rows["unit_id"][inside & (rows["planned"] > 0)], day[inside & (rows["planned"] > 0)]
    for u, i in g.index.items():
        last_day = (np.datetime64(0, "D") + int(last[i])).astype(date)
        through = last_day
        if u in scheduled:
            cap = min(period.end, _month_end(last_day))
            later = planned_days[1][(planned_days[0] == u) & (planned_days[1] > np.datetime64(last_day, "D"))]
            next_planned = later.min().astype(date) if len(later) else None
            through = cap if next_planned is None else min(cap, next_planned - timedelta(days=1))
        out[u] = through
    return out


def recorded_part(rows: Rows, through: dict[int, date]) -> Rows:
    """The rows of each unit up to its through day (none of a unit with nothing recorded)."""
    limit = np.array([np.datetime64(through[int(u)], "D").astype(np.int64) if int(u) in through else -(2 ** 62)
                      for u in np.unique(rows["unit_id"])], dtype=np.int64)
    if not len(limit):
        return rows
    _, inverse = np.unique(rows["unit_id"], return_inverse=True)
    keep = rows["day"].astype(np.int64) <= limit[inverse]
    return {c: v[keep] for c, v in rows.items()}


def hours(inputs: Inputs, period: Period, rows: Rows, out: dict[int, Totals],
          through: dict[int, date]) -> None:
    """Budget, worked by category, outcome kr, deviation, absence, planned hours over start..through.

    rows: the period's costed rows, already cut at each unit's through day (recorded_part). A unit with
    nothing recorded gets no comparison figures; every unit gets its whole period's budget.
    """
    g = Groups(rows["unit_id"])
    sums = {c: g.sum(rows[c]) for c in [*d.WORKED_COLUMNS, "sick", "absence", "planned"]}
    outcome = g.sum_or_nan(np.where(np.isnan(rows["rate"]), np.nan, rows["cost_kr"]), rows["worked"] > 0)
    for u, t in out.items():
        budgets = [inputs.budget(u, y) for y in period.years()]
        has_budget = all(b is not None for b in budgets)
        if has_budget:
            t.budget_hours_period = sum(budget_hours(b, period) for b in budgets)
            t.budget_kr_period = sum(budget_kr(b, period) for b in budgets)
        last = through.get(u)
        if last is None:
            continue
        t.through, t.under_way = last, last < period.end
        i = g.index.get(u)
        by_cat = {c: float(sums[col][i]) if i is not None else 0.0 for c, col in d.CATEGORY_COLUMN.items()}
        t.hours_by_category = {c.value: h for c, h in by_cat.items()}
        t.worked_hours = sum(by_cat.values())
        t.outcome_kr = g.get(outcome, u) if i is not None else 0.0
        t.absence_hours = float(sums["absence"][i]) if i is not None else 0.0
        t.sick_hours = float(sums["sick"][i]) if i is not None else 0.0
        t.vikarie_hours = by_cat[Category.VIKARIE]
        if has_budget:
            so_far = Period(period.start, last, "")
            t.budget_hours = sum(budget_hours(b, so_far) for b in budgets)
            t.budget_kr = sum(budget_kr(b, so_far) for b in budgets)
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


def resurspass(inputs: Inputs, rows: Rows, out: dict[int, Totals], through: dict[int, date]) -> None:
    """Planned, used (placed) and missed resurspass hours over start..through; missed kr through the hourly cost.

    rows: cut at each unit's through day (recorded_part). Missed per day = min(max(planned resurspass −
    used, 0), substitute hours) (d.missed_resurspass). A unit with nothing recorded gets none of them.
    """
    g = Groups(rows["unit_id"])
    unused = np.clip(rows["planned_res"] - rows["res_used"], 0.0, None)
    substitute = np.nansum(np.column_stack([rows[c] for c in d.SUBSTITUTE_COLUMNS]), axis=1)
    missed = np.fmin(unused, substitute)
    planned, used, missed_sum = g.sum(rows["planned_res"]), g.sum(rows["res_used"]), g.sum(missed)
    missed_kr = g.sum_or_nan(missed * rows["rate"], missed > 0)
    for u, t in out.items():
        if u not in through:
            continue
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
