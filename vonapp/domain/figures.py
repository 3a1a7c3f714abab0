"""The figures of units over a period, from their frames (DESIGN.md, "Formulas").

Everything is computed for all units at once with grouped sums, so a whole förvaltning costs
little more than one unit. Each unit's result is a `Totals` of additive sums; ratios come later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.budget import BudgetYearInputs, budget_hours, budget_kr
from vonapp.domain.glossary import Category
from vonapp.domain.occupancy import occupancy_from_moves
from vonapp.domain.periods import Period, months_overlapping
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

    def budget(self, unit_id: int, year: int) -> BudgetYearInputs | None:
        return self.budgets.get(unit_id, {}).get(year)


def _in(frame: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    dates = frame["date"]
    return frame[(dates >= pd.Timestamp(start)) & (dates <= pd.Timestamp(end))]


def _cost_table(inputs: Inputs) -> pd.DataFrame:
    """Per unit and year: the hourly cost and the kr an hour of each worked category costs."""
    rows = []
    for unit_id, years in inputs.budgets.items():
        for y, b in years.items():
            rates = {col: b.hourly_cost * b.factor(c) for c, col in d.CATEGORY_COLUMN.items()}
            rows.append({"unit_id": unit_id, "year": y, "hourly_cost": b.hourly_cost, **rates})
    cols = ["unit_id", "year", "hourly_cost", *d.WORKED_COLUMNS]
    return pd.DataFrame(rows, columns=cols)


def _with_costs(rows: pd.DataFrame, costs: pd.DataFrame) -> pd.DataFrame:
    """Rows with `cost_kr` (Outcome kr = Σ hours × hourly cost × factor), `planned_kr` and `rate`.

    Each row's rates are those of its unit and year in costs (NaN where that year has no budget);
    looked up by position, not merged, as this runs twice on every overview switch.
    """
    years = rows["date"].dt.year.to_numpy(dtype="int64")
    units = rows["unit_id"].to_numpy(dtype="int64")
    found = np.full(len(rows), -1)
    for j, (u, y) in enumerate(zip(costs["unit_id"].to_numpy(dtype="int64"), costs["year"].to_numpy(dtype="int64"),
                                   strict=True)):
        found[(units == u) & (years == y)] = j
    table = np.vstack([costs[["hourly_cost", *d.WORKED_COLUMNS]].to_numpy(dtype=float),
                       np.full((1, 1 + len(d.WORKED_COLUMNS)), np.nan)])  # the last row: no budget year
    looked_up = table[found]  # -1 picks the NaN row
    hourly_cost, rates = looked_up[:, 0], looked_up[:, 1:]
    hours = rows[d.WORKED_COLUMNS].to_numpy(dtype=float)
    worked = hours.sum(axis=1)
    planned, planned_res = rows["planned"].to_numpy(dtype=float), rows["planned_res"].to_numpy(dtype=float)
    ordinarie_rate = rates[:, d.WORKED_COLUMNS.index("ordinarie")]
    resurspass_rate = rates[:, d.WORKED_COLUMNS.index("resurspass")]
    return rows.assign(
        year=years,
        worked=worked,
        cost_kr=np.where(worked > 0, (hours * rates).sum(axis=1), 0.0),
        planned_kr=np.where(planned > 0, (planned - planned_res) * ordinarie_rate + planned_res * resurspass_rate, 0.0),
        rate=hourly_cost,
    )


def _sum_or_none(values: pd.Series, needed: pd.Series) -> pd.Series:
    """Per-unit sums that become NaN where a needed row had no cost (no budget year)."""
    unknown = (values.isna() & needed).groupby(level=0).any()
    return values.fillna(0.0).groupby(level=0).sum().where(~unknown)


def totals_by_unit(inputs: Inputs, period: Period) -> dict[int, Totals]:
    """Every unit's additive figures over the period."""
    out = {u: Totals() for u in inputs.unit_ids}
    costs = _cost_table(inputs)
    y = period.end.year
    year_rows = _with_costs(_in(inputs.daily, date(y, 1, 1), date(y, 12, 31)), costs)
    # Costing is row by row: a period inside one year takes its rows from the costed year.
    same_year = period.start.year == y
    rows = _in(year_rows, period.start, period.end) if same_year else _with_costs(
        _in(inputs.daily, period.start, period.end), costs)
    _hours(inputs, period, rows, out)
    _forecast(period, year_rows, inputs, out)
    _resurspass(inputs, rows, out)
    _occupancy(inputs, period, out)
    _breakdown(inputs, period, out)
    _measures(inputs, period, out)
    return out


def unit_totals(inputs: UnitInputs, period: Period) -> Totals:
    """All additive figures of one unit over the period."""
    return totals_by_unit(Inputs.of_units([inputs]), period)[inputs.unit_id]


def _value(series: pd.Series, unit_id: int) -> float | None:
    v = series.get(unit_id)
    return None if v is None or pd.isna(v) else float(v)


def _hours(inputs: Inputs, period: Period, rows: pd.DataFrame, out: dict[int, Totals]) -> None:
    """Budget, worked by category, outcome kr, deviation, absence, planned hours."""
    units = pd.Index(rows["unit_id"].to_numpy(), name="unit_id")  # the summed columns only, by unit
    recorded = (rows[d.RECORDED_COLUMNS].to_numpy() != 0).any(axis=1)
    has_records = pd.Series(recorded, index=units).groupby(level=0).any()
    summed = [*d.WORKED_COLUMNS, "sick", "absence", "planned"]
    sums = pd.DataFrame(rows[summed].to_numpy(dtype=float), columns=summed, index=units).groupby(level=0).sum()
    outcome = _sum_or_none(pd.Series(rows["cost_kr"].to_numpy(), index=units).where(rows["rate"].notna().to_numpy()),
                           pd.Series((rows["worked"] > 0).to_numpy(), index=units))
    for u, t in out.items():
        if u in has_records.index and bool(has_records.loc[u]):
            by_cat = {c: float(sums.at[u, col]) for c, col in d.CATEGORY_COLUMN.items()}
            t.hours_by_category = {c.value: h for c, h in by_cat.items()}
            t.worked_hours = sum(by_cat.values())
            t.outcome_kr = _value(outcome, u)
            t.absence_hours = float(sums.at[u, "absence"])
            t.sick_hours = float(sums.at[u, "sick"])
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
            t.planned_hours = float(sums.at[u, "planned"]) if u in sums.index else 0.0


def _forecast(period: Period, year_rows: pd.DataFrame, inputs: Inputs, out: dict[int, Totals]) -> None:
    """Forecast year = outcome up to the last recorded day (≤ period end) + planned after it.

    year_rows: the costed daily rows (_with_costs) of the period's end year.
    """
    y = period.end.year
    done = year_rows[(year_rows["date"] <= pd.Timestamp(period.end)) & (year_rows["worked"] > 0)]
    last = done.groupby("unit_id")["date"].max()
    before_year = pd.Timestamp(date(y - 1, 12, 31))
    cut = year_rows["unit_id"].map(last).fillna(before_year)
    past = year_rows["date"] <= cut
    # Only the columns summed, indexed by unit: copying the wide costed frame cost more than the sums.
    units = pd.Index(year_rows["unit_id"].to_numpy(), name="unit_id")
    f_hours = pd.Series(np.where(past, year_rows["worked"], year_rows["planned"]), index=units).groupby(level=0).sum()
    f_kr = _sum_or_none(
        pd.Series(np.where(past, year_rows["cost_kr"], year_rows["planned_kr"]), index=units).where(
            year_rows["rate"].notna().to_numpy()),
        pd.Series(np.where(past, year_rows["worked"] > 0, year_rows["planned"] > 0), index=units).astype(bool))
    for u, t in out.items():
        budget = inputs.budget(u, y)
        if budget is not None:
            t.budget_year_kr = budget.personnel_budget_kr
            t.budget_year_hours = budget.hours
        if u not in last.index and u not in inputs.scheduled:
            continue
        t.forecast_year_hours = float(f_hours.get(u, 0.0))
        if budget is not None:
            t.forecast_year_kr = _value(f_kr, u) if u in f_kr.index else 0.0


def _resurspass(inputs: Inputs, rows: pd.DataFrame, out: dict[int, Totals]) -> None:
    """Planned, used (placed) and missed resurspass hours; missed kr through the hourly cost."""
    # d.missed_resurspass in numpy: fmin and nansum skip NaN as pandas' min and sum do.
    unused = np.clip(rows["planned_res"].to_numpy(dtype=float) - rows["res_used"].to_numpy(dtype=float), 0.0, None)
    missed = np.fmin(unused, np.nansum(rows[d.SUBSTITUTE_COLUMNS].to_numpy(dtype=float), axis=1))
    units = pd.Index(rows["unit_id"].to_numpy(), name="unit_id")
    g = pd.DataFrame({"planned_res": rows["planned_res"].to_numpy(), "res_used": rows["res_used"].to_numpy(),
                      "missed": missed, "missed_kr": missed * rows["rate"].to_numpy(dtype=float)}, index=units)
    sums = g[["planned_res", "res_used", "missed"]].groupby(level=0).sum()
    missed_kr = _sum_or_none(g["missed_kr"], g["missed"] > 0)
    for u, t in out.items():
        scheduled = u in inputs.scheduled
        used = float(sums.at[u, "res_used"]) if u in sums.index else 0.0
        if not scheduled and used == 0:
            continue
        t.res_used_hours = used
        if scheduled:
            t.res_planned_hours = float(sums.at[u, "planned_res"]) if u in sums.index else 0.0
            t.res_missed_hours = float(sums.at[u, "missed"]) if u in sums.index else 0.0
            t.res_missed_kr = _value(missed_kr, u) if u in missed_kr.index else 0.0


def daily_occupancy(inputs: UnitInputs, start: date, end: date) -> tuple[pd.Series, pd.Series]:
    """Occupied and available places per day: daily counts where recorded, else move events.

    Days with neither are NaN (no data), never 0.
    """
    days = pd.date_range(start, end, freq="D")
    occupied = pd.Series(np.nan, index=days)
    places = pd.Series(np.nan, index=days)
    if inputs.occupancy is not None and not inputs.occupancy.empty:
        # Each counted day's position in days (a unit has one count a day), placed with numpy.
        at = (pd.to_datetime(inputs.occupancy["date"]).to_numpy().astype("datetime64[D]")
              - np.datetime64(start, "D")).astype(np.int64)
        inside = (at >= 0) & (at < len(days))
        occupied_values, places_values = occupied.to_numpy(copy=True), places.to_numpy(copy=True)
        occupied_values[at[inside]] = inputs.occupancy["occupied"].to_numpy(dtype=float)[inside]
        places_values[at[inside]] = inputs.occupancy["places"].to_numpy(dtype=float)[inside]
        occupied, places = pd.Series(occupied_values, index=days), pd.Series(places_values, index=days)
    if inputs.moves is not None and not inputs.moves.empty and inputs.places:
        from_moves = occupancy_from_moves(inputs.moves, start, end)
        gap = occupied.isna()
        occupied[gap] = from_moves[gap].astype(float)
        places[gap] = float(inputs.places)
    return occupied, places


def _occupancy(inputs: Inputs, period: Period, out: dict[int, Totals]) -> None:
    """Occupied and available place-days; the budget as place-days × each year's budget %."""
    occ = inputs.occupancy
    moved = set(inputs.moves["unit_id"].unique()) if not inputs.moves.empty else set()
    counted: dict[int, pd.DataFrame] = {}
    if not occ.empty:
        occ = occ.assign(date=pd.to_datetime(occ["date"]))
        occ = _in(occ, period.start, period.end)
        occ = occ.assign(year=occ["date"].dt.year)
        sums = occ.groupby(["unit_id", "year"])[["places", "occupied"]].sum().reset_index(level=0)
        counted = {int(u): g.drop(columns="unit_id") for u, g in sums.groupby("unit_id")}
    for u, t in out.items():
        if u in moved and inputs.places.get(u):
            one = UnitInputs(unit_id=u, places=inputs.places[u],
                             occupancy=inputs.occupancy[inputs.occupancy["unit_id"] == u],
                             moves=inputs.moves[inputs.moves["unit_id"] == u])
            occupied, places = daily_occupancy(one, period.start, period.end)
            known = occupied.notna()
            per_year = pd.DataFrame({"places": places[known], "occupied": occupied[known]})
            per_year = per_year.groupby(per_year.index.year).sum()
        elif u in counted:
            per_year = counted[u]
        else:
            continue
        if per_year.empty:
            continue
        t.occupied_days = float(per_year["occupied"].sum())
        t.place_days = float(per_year["places"].sum())
        pcts = [(inputs.budget(u, int(y)), float(p)) for y, p in per_year["places"].items()]
        if all(b is not None and b.occupancy_budget_pct is not None for b, _ in pcts):
            t.budget_occupied_days = sum(p * b.occupancy_budget_pct / 100.0 for b, p in pcts)


def _breakdown(inputs: Inputs, period: Period, out: dict[int, Totals]) -> None:
    """Worked, client, idle and declined hours of the months that share a day with the period."""
    b = inputs.breakdown
    if b.empty:
        return
    wanted = pd.MultiIndex.from_tuples(months_overlapping(period))
    keys = pd.MultiIndex.from_arrays([b["year"].astype(int), b["month"].astype(int)])
    rows = b[keys.isin(wanted)]
    sums = rows.groupby("unit_id")[["worked_hours", "client_hours", "idle_hours", "declined_hours"]].sum()
    for u, t in out.items():
        if u in sums.index:
            t.bd_worked_hours = float(sums.at[u, "worked_hours"])
            t.bd_client_hours = float(sums.at[u, "client_hours"])
            t.bd_idle_hours = float(sums.at[u, "idle_hours"])
            t.bd_declined_hours = float(sums.at[u, "declined_hours"])


def _measures(inputs: Inputs, period: Period, out: dict[int, Totals]) -> None:
    """Action plan: åtgärdskrav and measure totals of the period's years; gap = krav − effect."""
    years = list(period.years())
    m = inputs.measures
    sums = (m[m["year"].isin(years)].groupby("unit_id")[["effect_year_tkr", "full_year_effect_tkr"]].sum()
            if not m.empty else pd.DataFrame())
    for u, t in out.items():
        reqs = [b.action_requirement_tkr for y in years if (b := inputs.budget(u, y)) is not None]
        reqs = [r for r in reqs if r is not None]
        if reqs:
            t.requirement_tkr = float(sum(reqs))
        if u in sums.index:
            t.effect_year_tkr = float(sums.at[u, "effect_year_tkr"])
            t.full_year_effect_tkr = float(sums.at[u, "full_year_effect_tkr"])
        if t.requirement_tkr is not None:
            t.gap_tkr = t.requirement_tkr - (t.effect_year_tkr or 0.0)
