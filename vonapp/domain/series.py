"""Time series for the charts and the follow-up files, per day, week or month: the one implementation.

Buckets are labelled by their first day (a Monday for weeks, the 1st for months) and clipped to the
span, so a bucket's budget is the budget of the days it holds. Each unit's daily rows become numpy
arrays once and every bucket sum is one bincount (a pandas groupby per unit and series cost most of a
window switch). Several units are summed bucket by bucket.

A period under way (DESIGN.md): each unit's rows count as outcome up to its own `through` day — the
same day `vonapp.domain.figures_hours.through_by_unit` gives the summary — so the rows of a series add
up to the summary's figures. A bucket after every unit's through day is forecast (`is_forecast`): it
has the budget and the schedule's planned hours but no outcome (NaN, never 0 h worked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain import figures_hours as fh
from vonapp.domain.budget import BudgetYearInputs
from vonapp.domain.figures import daily_occupancy
from vonapp.domain.glossary import WORKED_CATEGORIES
from vonapp.domain.inputs import Inputs, UnitInputs
from vonapp.domain.periods import Period, days_in_year

WEEK, MONTH, DAY = "W", "M", "D"
WORKED_LABELS = {d.CATEGORY_COLUMN[c]: c.value for c in WORKED_CATEGORIES}

# The budget series' columns, in the order the files show them.
BUDGET_COLUMNS = ["start", "end", "is_forecast", "budget_hours_period", "budget_hours", "budget_kr",
                  *d.WORKED_COLUMNS, "worked_hours", "outcome_kr", "planned_hours", "planned_hours_period",
                  "deviation_hours", "deviation_kr", "cumulative_deviation_hours", "forecast_hours",
                  "cumulative_forecast_deviation_hours"]
RESURSPASS_COLUMNS = ["start", "end", "is_forecast", "planned_hours_period", "planned_hours", "used_own_hours",
                      "used_other_hours", "used_hours", "unplaced_hours", "missed_hours", "missed_kr"]


@dataclass(frozen=True)
class OccupancySeries:
    """Occupancy per bucket this period, the budget %, and the same period a year earlier."""

    current: pd.DataFrame  # start, occupied_days, place_days, occupancy_pct, budget_days, budget_pct
    last_year: pd.DataFrame  # the same columns for the period shifted back one year


def bucket_starts(period: Period, freq: str) -> list[date]:
    """First day of each bucket that meets the period (weeks start on Monday)."""
    return list(_starts(period, freq).astype(date))


def _starts(period: Period, freq: str) -> np.ndarray:
    start, end = np.datetime64(period.start, "D"), np.datetime64(period.end, "D")
    if freq == DAY:
        return np.arange(start, end + 1)
    if freq == WEEK:
        first = start - np.timedelta64(period.start.weekday(), "D")
        return np.arange(first, end + 1, 7)
    months = np.arange(start.astype("datetime64[M]"), end.astype("datetime64[M]") + 1)
    return months.astype("datetime64[D]")


class Buckets:
    """The buckets of a span: first days (a Monday, the 1st or the day) and last days clipped to it."""

    def __init__(self, span: Period, freq: str) -> None:
        self.span, self.freq = span, freq
        self.starts = _starts(span, freq)
        if freq == DAY:
            following = self.starts + 1
        elif freq == WEEK:
            following = self.starts + 7
        else:
            following = (self.starts.astype("datetime64[M]") + 1).astype("datetime64[D]")
        self.ends = np.minimum(following - 1, np.datetime64(span.end, "D"))
        self.first = np.maximum(self.starts, np.datetime64(span.start, "D"))

    def __len__(self) -> int:
        return len(self.starts)

    def index_of(self, dates: np.ndarray) -> np.ndarray:
        """Each date's bucket, −1 for a date outside the span."""
        idx = np.searchsorted(self.starts, dates, side="right") - 1
        outside = (dates < np.datetime64(self.span.start, "D")) | (dates > np.datetime64(self.span.end, "D"))
        idx[outside] = -1
        return idx

    def sums(self, idx: np.ndarray, columns: list[np.ndarray]) -> list[np.ndarray]:
        """Σ of each column per bucket (0 where a bucket has no rows; NaN values count as 0)."""
        inside = idx >= 0
        # astype: bincount of no rows gives integers
        return [np.bincount(idx[inside], weights=np.nan_to_num(c[inside]), minlength=len(self)).astype(float)
                for c in columns]

    def any(self, idx: np.ndarray, mask: np.ndarray) -> np.ndarray:
        inside = (idx >= 0) & mask
        return np.bincount(idx[inside], minlength=len(self)) > 0

    def start_stamps(self) -> np.ndarray:
        return self.starts.astype("datetime64[ns]")


def _per_unit(rows: fh.Rows) -> dict[int, fh.Rows]:
    """The rows of each unit, in date order within the unit."""
    if not len(rows["unit_id"]):
        return {}
    order = np.argsort(rows["unit_id"], kind="stable")
    ids, firsts = np.unique(rows["unit_id"][order], return_index=True)
    lasts = [*firsts[1:], len(order)]
    return {int(u): {c: v[order[a:b]] for c, v in rows.items()} for u, a, b in zip(ids, firsts, lasts, strict=True)}


def _daily_budget(budgets: dict[int, BudgetYearInputs], days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each day's share of its year's budget in hours and kr (NaN in a year without a budget).

    The same shares as vonapp.domain.budget.year_share: 1 ÷ days of the year, or with 12 monthly
    weights a month's weight ÷ Σ weights ÷ days of the month; summed over days they give budget_hours.
    """
    hours, kr = np.full(len(days), np.nan), np.full(len(days), np.nan)
    years = days.astype("datetime64[Y]").astype(np.int64) + 1970
    for y in np.unique(years):
        b = budgets.get(int(y))
        if b is None:
            continue
        here = years == y
        weights = b.month_weights
        if weights and sum(weights) > 0:
            months = days[here].astype("datetime64[M]")
            month_days = ((months + 1).astype("datetime64[D]") - months.astype("datetime64[D]")).astype(np.int64)
            share = np.asarray(weights, dtype=float)[months.astype(np.int64) % 12] / float(sum(weights)) / month_days
        else:
            share = np.full(int(here.sum()), 1.0 / days_in_year(int(y)))
        hours[here], kr[here] = b.hours * share, b.personnel_budget_kr * share
    return hours, kr


def _add(total: dict[str, np.ndarray] | None, part: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Bucket-wise sum where NaN means no figure: NaN + NaN = NaN, NaN + x = x (as Totals' add)."""
    if total is None:
        return part
    return {k: np.where(np.isnan(total[k]), part[k], np.where(np.isnan(part[k]), total[k], total[k] + part[k]))
            for k in total}


def _cumsum(values: np.ndarray) -> np.ndarray:
    """Running sum: a NaN bucket stays NaN and the sum goes on past it."""
    out = np.nancumsum(values)
    out[np.isnan(values)] = np.nan
    return out


class Prepared:
    """What every series of a period reads: each unit's costed daily rows over the span and its through day.

    Made once per read (vonapp.store.series) and shared by the budget and resurspass series.
    """

    def __init__(self, inputs: Inputs, period: Period, span: Period) -> None:
        self.span = span
        rows = fh.with_costs(fh.within(fh.daily_rows(inputs.daily), span.start, span.end), inputs)
        self.all_rows = rows
        self.rows = _per_unit(rows)
        self.through = fh.through_by_unit(rows, period, inputs.scheduled)


def budget_series(inputs: Inputs, period: Period, span: Period, freq: str,
                  prepared: Prepared | None = None) -> pd.DataFrame:
    """Budget i timmar per bucket of span (the period, or the period to 31 December for the window).

    Columns (BUDGET_COLUMNS): budget_hours_period = the bucket's whole budget; budget_hours and
    budget_kr = the budget of its days up to each unit's through day (NaN in a forecast bucket); the
    worked categories, worked_hours and outcome_kr (Σ hours × hourly cost × factor) over the same days;
    deviation_hours / deviation_kr = budget − outcome, so the rows add up to the summary's deviation;
    planned_hours = the schedule's hours over the same days (the summary's), planned_hours_period = of the
    whole bucket; forecast_hours = outcome up to through +
    planned after it; cumulative_forecast_deviation_hours = Σ (budget_hours_period − forecast_hours).
    Time recorded after the period's end is not outcome here.
    """
    b = Buckets(span, freq)
    prepared = prepared or Prepared(inputs, period, span)
    ids = np.array(sorted(inputs.unit_ids), dtype=np.int64)
    nu, nb = len(ids), len(b)
    # Each unit's through day as days since 1970 (a unit with nothing recorded: before every day).
    never = np.iinfo(np.int64).min
    last = np.array([np.datetime64(prepared.through[int(u)], "D").astype(np.int64) if int(u) in prepared.through
                     else never for u in ids], dtype=np.int64)
    has_recorded = b.first.astype(np.int64)[None, :] <= last[:, None]  # unit × bucket

    # Recorded and planned hours: one bincount per column over (unit, bucket).
    rows = prepared.all_rows
    unit_at = np.searchsorted(ids, rows["unit_id"]) if nu else np.zeros(len(rows["unit_id"]), dtype=np.int64)
    idx = b.index_of(rows["day"])
    keep = (idx >= 0) & (unit_at < nu)
    keep[keep] &= ids[unit_at[keep]] == rows["unit_id"][keep]
    key = unit_at[keep] * nb + idx[keep]
    done = rows["day"][keep].astype(np.int64) <= last[unit_at[keep]]  # outcome: up to the unit's through day

    def grid(values: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
        weights = np.nan_to_num(values[keep]) * (1.0 if mask is None else mask)
        return np.bincount(key, weights=weights, minlength=nu * nb).astype(float).reshape(nu, nb)

    cats = [grid(rows[c], done) for c in d.WORKED_COLUMNS]
    worked = np.sum(cats, axis=0)
    outcome = grid(rows["cost_kr"], done)
    unknown = done & (rows["worked"][keep] > 0) & np.isnan(rows["rate"][keep])  # a cost without a budget year
    outcome[(np.bincount(key[unknown], minlength=nu * nb) > 0).reshape(nu, nb)] = np.nan
    planned, planned_done = grid(rows["planned"]), grid(rows["planned"], done)
    forecast = grid(np.where(rows["day"].astype(np.int64) <= last[np.minimum(unit_at, max(nu - 1, 0))],
                             rows["worked"], rows["planned"]) if nu else rows["planned"])

    # Budgets: each day's share, summed per bucket; NaN where a day of the bucket has no budget year.
    days = np.arange(np.datetime64(span.start, "D"), np.datetime64(span.end, "D") + 1)
    day_bucket = b.index_of(days)
    inside = day_bucket >= 0
    day_key = (np.arange(nu)[:, None] * nb + day_bucket[None, :])[:, inside].ravel()
    until = (days.astype(np.int64)[None, :] <= last[:, None])[:, inside].ravel()
    pairs = [_daily_budget(inputs.budgets.get(int(u), {}), days) for u in ids]
    day_hours = np.array([h for h, _ in pairs]).reshape(nu, len(days))[:, inside].ravel()
    day_kr = np.array([k for _, k in pairs]).reshape(nu, len(days))[:, inside].ravel()

    def day_sums(values: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
        weights = np.nan_to_num(values) if mask is None else np.nan_to_num(values) * mask
        sums = np.bincount(day_key, weights=weights, minlength=nu * nb).astype(float)
        missing = np.isnan(values) if mask is None else np.isnan(values) & mask
        sums[np.bincount(day_key[missing], minlength=nu * nb) > 0] = np.nan
        return sums.reshape(nu, nb)

    period_budget = day_sums(day_hours)
    compared_hours, compared_kr = day_sums(day_hours, until), day_sums(day_kr, until)

    def recorded(values: np.ndarray) -> np.ndarray:
        return np.where(has_recorded, values, np.nan)

    parts = {
        "budget_hours_period": period_budget,
        "budget_hours": recorded(compared_hours),
        "budget_kr": recorded(compared_kr),
        **{c: recorded(v) for c, v in zip(d.WORKED_COLUMNS, cats, strict=True)},
        "worked_hours": recorded(worked),
        "outcome_kr": recorded(outcome),
        "planned_hours": recorded(planned_done),
        "planned_hours_period": planned,
        "deviation_hours": recorded(compared_hours - worked),
        "deviation_kr": recorded(compared_kr - outcome),
        "forecast_hours": forecast,
        "forecast_deviation": period_budget - forecast,
    }
    # Units summed bucket by bucket, NaN as no figure: NaN only where no unit has one (as Totals' add).
    with np.errstate(invalid="ignore"):
        total = {k: np.where(np.isnan(v).all(axis=0), np.nan, np.nansum(v, axis=0)) if nu else np.full(nb, np.nan)
                 for k, v in parts.items()}
    if not nu:
        total.update(planned_hours_period=np.zeros(nb), forecast_hours=np.zeros(nb))
    recorded_any = has_recorded.any(axis=0) if nu else np.zeros(nb, dtype=bool)
    # One frame from the columns at once: inserting them one by one cost ≈6 ms a switch.
    return pd.DataFrame({
        "start": b.start_stamps(), "end": list(b.ends.astype(date)), "is_forecast": ~recorded_any,
        **{c: total[c] for c in ("budget_hours_period", "budget_hours", "budget_kr", *d.WORKED_COLUMNS,
                                 "worked_hours", "outcome_kr", "planned_hours", "planned_hours_period",
                                 "deviation_hours", "deviation_kr")},
        "cumulative_deviation_hours": _cumsum(total["deviation_hours"]),
        "forecast_hours": total["forecast_hours"],
        "cumulative_forecast_deviation_hours": _cumsum(total["forecast_deviation"]),
    }, columns=BUDGET_COLUMNS)


def resurspass_series(inputs: Inputs, period: Period, freq: str, prepared: Prepared | None = None) -> pd.DataFrame:
    """Resurspass per bucket of the period (RESURSPASS_COLUMNS).

    planned_hours_period = the schedule's resurspass of the whole bucket; planned_hours, used (own,
    other unit), unplaced and missed h and kr over the days up to each unit's through day, as the
    summary counts them (NaN in a forecast bucket). Used in own unit = placed − placed in another unit;
    unplaced = recorded resurspass − placed; missed per day = min(max(planned − used, 0), substitute hours).
    """
    b = Buckets(period, freq)
    prepared = prepared or Prepared(inputs, period, period)
    through, per_unit = prepared.through, prepared.rows  # rows outside the period fall in no bucket
    total: dict[str, np.ndarray] | None = None
    recorded_any = np.zeros(len(b), dtype=bool)
    for u in inputs.unit_ids:
        rows = per_unit.get(u)
        if rows is None:
            continue
        last = through.get(u)
        idx = b.index_of(rows["day"])
        done = rows["day"] <= np.datetime64(last, "D") if last is not None else np.zeros(len(idx), dtype=bool)
        has = b.first <= np.datetime64(last, "D") if last is not None else np.zeros(len(b), dtype=bool)
        recorded_any |= has
        substitute = np.sum([rows[c] for c in d.SUBSTITUTE_COLUMNS], axis=0)
        missed = np.minimum(np.clip(rows["planned_res"] - rows["res_used"], 0.0, None), substitute)
        s = b.sums(idx, [rows["planned_res"], rows["planned_res"] * done, rows["res_used"] * done,
                         rows["res_other"] * done, rows["resurspass"] * done, missed * done,
                         np.where(done & (missed > 0), missed * rows["rate"], 0.0)])
        scheduled = u in inputs.scheduled
        if not scheduled and not (s[2] > 0).any():
            continue

        def recorded(values: np.ndarray, has: np.ndarray = has, keep: bool = True) -> np.ndarray:
            return np.where(has & keep, values, np.nan)

        total = _add(total, {
            "planned_hours_period": s[0] if scheduled else np.full(len(b), np.nan),
            "planned_hours": recorded(s[1], keep=scheduled), "used_own_hours": recorded(s[2] - s[3]),
            "used_other_hours": recorded(s[3]), "used_hours": recorded(s[2]), "unplaced_hours": recorded(s[4] - s[2]),
            "missed_hours": recorded(s[5], keep=scheduled), "missed_kr": recorded(s[6], keep=scheduled),
        })
    if total is None:
        nan = np.full(len(b), np.nan)
        total = {c: nan for c in RESURSPASS_COLUMNS[3:]}
    return pd.DataFrame({"start": b.start_stamps(), "end": list(b.ends.astype(date)), "is_forecast": ~recorded_any,
                         **{c: total[c] for c in RESURSPASS_COLUMNS[3:]}}, columns=RESURSPASS_COLUMNS)


def _split(frame: pd.DataFrame) -> dict[int, pd.DataFrame]:
    if frame.empty:
        return {}
    return dict(tuple(frame.groupby("unit_id")))


def occupancy_series(inputs: Inputs, period: Period, freq: str) -> pd.DataFrame:
    """Occupied and available place-days per bucket, occupancy % and the budgeted % of them.

    Days with no count (and no moves) are no data, never 0. A bucket's budget % is that of the year of
    its first day inside the period.
    """
    b = Buckets(period, freq)
    years = b.first.astype("datetime64[Y]").astype(int) + 1970
    days = np.arange(np.datetime64(period.start, "D"), np.datetime64(period.end, "D") + 1)
    idx = b.index_of(days)
    counts, moves = _split(inputs.occupancy), _split(inputs.moves)
    no_days = inputs.daily.iloc[:0]  # (a new empty daily frame for each unit cost ≈5 ms)
    total: dict[str, np.ndarray] | None = None
    for u in inputs.unit_ids:
        if u not in counts and u not in moves:
            continue
        one = UnitInputs(unit_id=u, places=inputs.places.get(u), daily=no_days, occupancy=counts.get(u),
                         moves=moves.get(u))
        occupied, places = daily_occupancy(one, period.start, period.end)
        occ, pl = occupied.to_numpy(dtype=float), places.to_numpy(dtype=float)
        known = ~(np.isnan(occ) | np.isnan(pl))
        occupied_days, place_days = b.sums(np.where(known, idx, -1), [occ, pl])
        counted = b.any(np.where(known, idx, -1), known)
        pct = {y: bi.occupancy_budget_pct for y, bi in inputs.budgets.get(u, {}).items()}
        budget_pct = np.array([np.nan if pct.get(int(y)) is None else pct[int(y)] for y in years], dtype=float)
        total = _add(total, {"occupied_days": np.where(counted, occupied_days, np.nan),
                             "place_days": np.where(counted, place_days, np.nan),
                             "budget_days": np.where(counted, place_days * budget_pct / 100.0, np.nan)})
    if total is None:
        total = {k: np.full(len(b), np.nan) for k in ("occupied_days", "place_days", "budget_days")}
    occupied_days, place_days, budget_days = total["occupied_days"], total["place_days"], total["budget_days"]
    with np.errstate(invalid="ignore", divide="ignore"):
        counted = np.where(place_days > 0, place_days, np.nan)  # no % where no place-days
        return pd.DataFrame({"start": b.start_stamps(), "occupied_days": np.nan_to_num(occupied_days),
                             "place_days": np.nan_to_num(place_days),
                             "occupancy_pct": occupied_days / counted * 100.0, "budget_days": budget_days,
                             "budget_pct": budget_days / counted * 100.0})
