"""The figures of units over a period, from their frames (DESIGN.md, "Formulas").

Everything is computed for all units at once with grouped sums, so a whole förvaltning costs
little more than one unit. Each unit's result is a `Totals` of additive sums; ratios come later.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain import figures_hours as fh
from vonapp.domain.groups import Groups
from vonapp.domain.inputs import Inputs, UnitInputs
from vonapp.domain.occupancy import occupancy_from_moves
from vonapp.domain.periods import Period, months_overlapping
from vonapp.domain.totals import Totals


def totals_by_unit(inputs: Inputs, period: Period, *, resurspass_only: bool = False) -> dict[int, Totals]:
    """Every unit's additive figures over the period (resurspass_only: just the `res_*` ones)."""
    out = {u: Totals() for u in inputs.unit_ids}
    y = period.end.year
    daily = fh.daily_rows(inputs.daily)
    year_rows = fh.with_costs(fh.within(daily, date(y, 1, 1), date(y, 12, 31)), inputs)
    # Costing is row by row: a period inside one year takes its rows from the costed year.
    same_year = period.start.year == y
    rows = fh.within(year_rows, period.start, period.end) if same_year else fh.with_costs(
        fh.within(daily, period.start, period.end), inputs)
    through = fh.through_by_unit(rows, period, inputs.scheduled)
    recorded = fh.recorded_part(rows, through)
    if resurspass_only:
        fh.resurspass(inputs, recorded, out, through)
        return out
    fh.hours(inputs, period, recorded, out, through)
    fh.forecast(period, year_rows, inputs, out)
    fh.resurspass(inputs, recorded, out, through)
    _occupancy(inputs, period, out)
    _breakdown(inputs, period, out)
    _measures(inputs, period, out)
    return out


def unit_totals(inputs: UnitInputs, period: Period) -> Totals:
    """All additive figures of one unit over the period."""
    return totals_by_unit(Inputs.of_units([inputs]), period)[inputs.unit_id]


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
    counted: dict[int, dict[int, tuple[float, float]]] = {}  # unit → year → (place-days, occupied)
    if not occ.empty:
        day = _days(occ["date"])
        keep = (day >= np.datetime64(period.start, "D")) & (day <= np.datetime64(period.end, "D"))
        counted = _per_unit_year(occ["unit_id"].to_numpy(dtype=np.int64)[keep], day[keep],
                                 occ["places"].to_numpy(dtype=float)[keep], occ["occupied"].to_numpy(dtype=float)[keep])
    for u, t in out.items():
        if u in moved and inputs.places.get(u):
            one = UnitInputs(unit_id=u, places=inputs.places[u],
                             occupancy=inputs.occupancy[inputs.occupancy["unit_id"] == u],
                             moves=inputs.moves[inputs.moves["unit_id"] == u])
            occupied, places = daily_occupancy(one, period.start, period.end)
            known = occupied.notna().to_numpy()
            per_year = _per_unit_year(np.full(int(known.sum()), u), occupied.index.to_numpy()[known],
                                      places.to_numpy(dtype=float)[known],
                                      occupied.to_numpy(dtype=float)[known]).get(u, {})
        else:
            per_year = counted.get(u, {})
        if not per_year:
            continue
        t.occupied_days = float(sum(o for _, o in per_year.values()))
        t.place_days = float(sum(p for p, _ in per_year.values()))
        pcts = [(inputs.budget(u, y), p) for y, (p, _) in per_year.items()]
        if all(b is not None and b.occupancy_budget_pct is not None for b, _ in pcts):
            t.budget_occupied_days = sum(p * b.occupancy_budget_pct / 100.0 for b, p in pcts)


def _days(dates: pd.Series) -> np.ndarray:
    """Dates (datetime64 or date objects) as datetime64[D]."""
    values = dates.to_numpy()
    if values.dtype.kind != "M":
        values = pd.to_datetime(dates).to_numpy()
    return values.astype("datetime64[D]")


def _per_unit_year(units: np.ndarray, days: np.ndarray, places: np.ndarray,
                   occupied: np.ndarray) -> dict[int, dict[int, tuple[float, float]]]:
    """Σ place-days and Σ occupied per unit and calendar year (NaN counts as 0, as pandas' sum)."""
    years = np.asarray(days, dtype="datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
    g = Groups(units * 10_000 + years)
    place_sums, occupied_sums = g.sum(places), g.sum(occupied)
    out: dict[int, dict[int, tuple[float, float]]] = {}
    for key, i in g.index.items():
        out.setdefault(key // 10_000, {})[key % 10_000] = (float(place_sums[i]), float(occupied_sums[i]))
    return out


def _breakdown(inputs: Inputs, period: Period, out: dict[int, Totals]) -> None:
    """Worked, client, idle and declined hours of the months that share a day with the period."""
    b = inputs.breakdown
    if b.empty:
        return
    wanted = {y * 100 + m for y, m in months_overlapping(period)}
    keep = np.isin(b["year"].to_numpy(dtype=np.int64) * 100 + b["month"].to_numpy(dtype=np.int64), list(wanted))
    g = Groups(b["unit_id"].to_numpy(dtype=np.int64)[keep])
    sums = {c: g.sum(b[c].to_numpy(dtype=float)[keep])
            for c in ("worked_hours", "client_hours", "idle_hours", "declined_hours")}
    for u, t in out.items():
        i = g.index.get(u)
        if i is not None:
            t.bd_worked_hours = float(sums["worked_hours"][i])
            t.bd_client_hours = float(sums["client_hours"][i])
            t.bd_idle_hours = float(sums["idle_hours"][i])
            t.bd_declined_hours = float(sums["declined_hours"][i])


def _measures(inputs: Inputs, period: Period, out: dict[int, Totals]) -> None:
    """Action plan: åtgärdskrav and measure totals of the period's years; gap = krav − effect."""
    years = list(period.years())
    m = inputs.measures
    keep = np.isin(m["year"].to_numpy(dtype=np.int64), years) if not m.empty else np.zeros(0, dtype=bool)
    g = Groups(m["unit_id"].to_numpy(dtype=np.int64)[keep] if not m.empty else np.zeros(0, dtype=np.int64))
    effect = g.sum(m["effect_year_tkr"].to_numpy(dtype=float)[keep]) if not m.empty else np.zeros(0)
    full_year = g.sum(m["full_year_effect_tkr"].to_numpy(dtype=float)[keep]) if not m.empty else np.zeros(0)
    for u, t in out.items():
        reqs = [b.action_requirement_tkr for y in years if (b := inputs.budget(u, y)) is not None]
        reqs = [r for r in reqs if r is not None]
        if reqs:
            t.requirement_tkr = float(sum(reqs))
        i = g.index.get(u)
        if i is not None:
            t.effect_year_tkr = float(effect[i])
            t.full_year_effect_tkr = float(full_year[i])
        if t.requirement_tkr is not None:
            t.gap_tkr = t.requirement_tkr - (t.effect_year_tkr or 0.0)
