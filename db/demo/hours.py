"""Recorded time from the planned shifts: worked, absent, and who covered the absence.

Per unit and day, absent shifts are covered first by the day's *placed* resurspass, then by
resurspass lent by the partner unit (`annan enhet`), then (most of them) by substitutes: vikarie,
mertid, övertid or inhyrd. A resurspass that is not placed is
still worked and paid (`ej placerad`) — the seed's failure: substitutes hired while resurspass
go unused. How many resurspass are placed is a share per unit before and after a turning date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain.glossary import AbsenceType, Category, Placement

EPOCH = np.datetime64("1970-01-01", "D")
# Absence probability of a planned shift per month (index 0 = January), by absence type.
ABSENCE_BY_MONTH: dict[str, list[float]] = {
    # Seed 004: sick leave 8,3 % of working time Jan–Jul 2023 and 8,0 % in 2024 (see SICK_BY_YEAR).
    AbsenceType.SJUK.value: [0.11, 0.105, 0.095, 0.085, 0.075, 0.07, 0.065, 0.07, 0.08, 0.085, 0.095, 0.105],
    AbsenceType.SEMESTER.value: [0.01, 0.025, 0.02, 0.03, 0.02, 0.10, 0.30, 0.22, 0.02, 0.025, 0.01, 0.06],
    AbsenceType.VAB.value: [0.014, 0.016, 0.014, 0.01, 0.008, 0.006, 0.002, 0.004, 0.01, 0.012, 0.014, 0.012],
    AbsenceType.FORALDRALEDIG.value: [0.008] * 12,
    AbsenceType.TJANSTLEDIG.value: [0.004] * 12,
    AbsenceType.OVRIGT.value: [0.006] * 12,
}
SICK_BY_YEAR = {2022: 1.04, 2023: 1.0, 2024: 0.96}  # sick leave falls a little each year
SUBSTITUTE_SHARES = {  # who covers an absence that no resurspass covers (seed 004: 14–15 % hourly paid)
    Category.VIKARIE.value: 0.8, Category.MERTID.value: 0.09, Category.OVERTID.value: 0.07,
    Category.INHYRD.value: 0.04,
}
COVER_SHARE = 0.95  # the rest of the absences are simply not replaced


@dataclass
class UnitPolicy:
    """How one unit records time: resurspass placement and the people who stand in."""

    unit_id: int
    placed_before: float
    placed_after: float
    turning: date | None
    substitutes: list[int]  # hourly-paid employee ids
    staff: list[int]  # monthly employee ids (mertid, övertid)
    partner_unit: int | None = None  # where resurspass go when not needed at home
    part_timers: list[int] = field(default_factory=list)  # who can work mertid


def _flat(policies: list[UnitPolicy], attr: str, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-unit lists flattened: (values, offset by unit id, count by unit id)."""
    offset = np.zeros(size, dtype=np.int64)
    count = np.zeros(size, dtype=np.int64)
    values: list[int] = []
    for p in policies:
        ids = getattr(p, attr)
        offset[p.unit_id], count[p.unit_id] = len(values), len(ids)
        values.extend(ids)
    return np.array(values or [0], dtype=np.int64), offset, count


def _pick(rng: np.random.Generator, units: np.ndarray, flat: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    """A random member of each row's unit list; -1 where the unit has none."""
    values, offset, count = flat
    c = count[units]
    k = (rng.random(len(units)) * np.maximum(c, 1)).astype(np.int64)
    return np.where(c > 0, values[np.minimum(offset[units] + k, len(values) - 1)], -1)


def _rank(unit: np.ndarray, day: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, pd.Series]:
    """Rank of each masked row within its unit-day (0, 1, …) and the count per (unit, day)."""
    frame = pd.DataFrame({"unit": unit[mask], "day": day[mask]})
    rank = np.full(len(unit), -1, dtype=np.int64)
    rank[mask] = frame.groupby(["unit", "day"]).cumcount().to_numpy()
    return rank, frame.groupby(["unit", "day"]).size()


def record_time(planned: pd.DataFrame, policies: list[UnitPolicy], last_day: date, seed: int) -> pd.DataFrame:
    """Time entries for the planned shifts dated up to last_day.

    `planned` has columns date, unit_id, employee_id, hours, is_resource (vonapp.domain.schedule).
    Returns columns unit_id, employee_id (−1 = none), day (days since 1970), category,
    absence_type, placement, placement_unit_id (−1 = none), hours, ordered by day and unit.
    """
    rng = np.random.default_rng(seed)
    day = (planned["date"].to_numpy().astype("datetime64[D]") - EPOCH).astype(np.int64)
    keep = day <= (np.datetime64(last_day, "D") - EPOCH).astype(np.int64)
    p = planned[keep]
    day = day[keep]
    unit = p["unit_id"].to_numpy().astype(np.int64)
    emp = p["employee_id"].to_numpy().astype(np.int64)
    hours = p["hours"].to_numpy().astype(np.float64)
    res = p["is_resource"].to_numpy().astype(bool)
    months = day.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    month = months % 12
    year_factor = np.ones(len(day))
    for y, factor in SICK_BY_YEAR.items():
        year_factor[1970 + months // 12 == y] = factor
    size = int(unit.max()) + 1 if len(unit) else 1

    # Absence of ordinary shifts, one type drawn by cumulative probability.
    u = rng.random(len(day))
    absence = np.full(len(day), None, dtype=object)
    edge = np.zeros(len(day))
    for kind, by_month in ABSENCE_BY_MONTH.items():
        lo = edge.copy()
        edge = edge + np.asarray(by_month)[month] * (year_factor if kind == AbsenceType.SJUK.value else 1.0)
        absence[(~res) & (u >= lo) & (u < edge)] = kind
    absent = absence != None  # noqa: E711 - elementwise on an object array

    # Placed resurspass: a share per unit before/after its turning date.
    before = np.zeros(size)
    after = np.zeros(size)
    turning = np.full(size, np.iinfo(np.int64).max)
    partner = np.full(size, -1, dtype=np.int64)
    for pol in policies:
        before[pol.unit_id], after[pol.unit_id] = pol.placed_before, pol.placed_after
        if pol.turning is not None:
            turning[pol.unit_id] = (np.datetime64(pol.turning, "D") - EPOCH).astype(np.int64)
        partner[pol.unit_id] = -1 if pol.partner_unit is None else pol.partner_unit
    share = np.where(day >= turning[unit], after[unit], before[unit])
    placed = res & (rng.random(len(day)) < share)

    abs_rank, abs_count = _rank(unit, day, absent)
    res_rank, placed_count = _rank(unit, day, placed)
    key = pd.MultiIndex.from_arrays([unit, day])
    placed_today = placed_count.reindex(key, fill_value=0).to_numpy()
    absent_today = abs_count.reindex(key, fill_value=0).to_numpy()

    covered_by_res = absent & (abs_rank < placed_today)
    # A placed resurspass not needed at home goes to the partner unit when it has absences left.
    open_today = pd.Series(np.maximum(absent_today - placed_today, 0), index=key)
    open_today = open_today[~open_today.index.duplicated()]
    has_partner = partner[unit] >= 0
    partner_open = np.zeros(len(day), dtype=np.int64)
    partner_open[has_partner] = open_today.reindex(
        pd.MultiIndex.from_arrays([partner[unit][has_partner], day[has_partner]]), fill_value=0).to_numpy()
    spare = placed & (res_rank >= absent_today)
    away = spare & has_partner & (res_rank - absent_today < partner_open)
    lent = pd.Series(1, index=pd.MultiIndex.from_arrays([partner[unit][away], day[away]])).groupby(level=[0, 1]).sum()
    lent_today = lent.reindex(key, fill_value=0).to_numpy()
    covered_by_lent = absent & ~covered_by_res & (abs_rank - placed_today < lent_today)
    needs_sub = absent & ~covered_by_res & ~covered_by_lent & (rng.random(len(day)) < COVER_SHARE)

    placement = np.full(len(day), None, dtype=object)
    placement_unit = np.full(len(day), -1, dtype=np.int64)
    placement[res] = Placement.UNPLACED.value
    placement[placed] = Placement.OWN.value
    placement[away] = Placement.OTHER.value
    placement_unit[away] = partner[unit][away]

    category = np.where(res, Category.RESURSPASS.value, Category.ORDINARIE.value).astype(object)
    category[absent] = Category.FRANVARO.value
    base = pd.DataFrame({
        "unit_id": unit, "employee_id": emp, "day": day, "category": category, "absence_type": absence,
        "placement": placement, "placement_unit_id": placement_unit, "hours": hours,
    })

    # The substitutes standing in for absences not covered by a resurspass.
    s_unit, s_day, s_hours = unit[needs_sub], day[needs_sub], hours[needs_sub]
    cats = np.array(list(SUBSTITUTE_SHARES), dtype=object)
    s_cat = cats[np.searchsorted(np.cumsum(list(SUBSTITUTE_SHARES.values())), rng.random(len(s_unit)), side="right")
                 .clip(0, len(cats) - 1)]
    anyone = _pick(rng, s_unit, _flat(policies, "staff", size))
    part_timer = _pick(rng, s_unit, _flat(policies, "part_timers", size))
    s_emp = np.where(s_cat == Category.VIKARIE.value, _pick(rng, s_unit, _flat(policies, "substitutes", size)),
                     np.where((s_cat == Category.MERTID.value) & (part_timer >= 0), part_timer, anyone))
    s_emp = np.where(s_cat == Category.INHYRD.value, -1, s_emp)
    subs = pd.DataFrame({
        "unit_id": s_unit, "employee_id": s_emp, "day": s_day, "category": s_cat,
        "absence_type": None, "placement": None, "placement_unit_id": -1, "hours": s_hours,
    })
    out = pd.concat([base, subs], ignore_index=True)
    return out.sort_values(["day", "unit_id"], kind="stable", ignore_index=True)
