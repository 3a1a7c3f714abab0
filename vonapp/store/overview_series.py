"""The overview's chart series with numpy bucket sums: the same numbers as vonapp.domain.series.

The domain functions group with pandas per unit and per series; on a unit or period switch that
overhead was most of the time. Here each unit's daily frame becomes arrays once and every bucket sum
is one bincount. tests/ui/overview/test_data.py holds the results equal to the series loaders.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.budget import budget_hours
from vonapp.domain.figures import UnitInputs, daily_occupancy
from vonapp.domain.periods import Period
from vonapp.domain.series import DAY, WEEK, bucket_starts


class Buckets:
    """The buckets of a period: first days (a Monday, the 1st or the day) and last days clipped to it."""

    def __init__(self, period: Period, freq: str) -> None:
        self.period, self.freq = period, freq
        self.starts = np.array(bucket_starts(period, freq), dtype="datetime64[D]")
        if freq == DAY:
            following = self.starts + 1
        elif freq == WEEK:
            following = self.starts + 7
        else:
            following = (self.starts.astype("datetime64[M]") + 1).astype("datetime64[D]")
        self.ends = np.minimum(following - 1, np.datetime64(period.end, "D"))
        self.first = np.maximum(self.starts, np.datetime64(period.start, "D"))

    def __len__(self) -> int:
        return len(self.starts)

    def index_of(self, dates: np.ndarray) -> np.ndarray:
        """Each date's bucket, −1 for a date outside the period."""
        idx = np.searchsorted(self.starts, dates, side="right") - 1
        outside = (dates < np.datetime64(self.period.start, "D")) | (dates > np.datetime64(self.period.end, "D"))
        idx[outside] = -1
        return idx

    def sums(self, idx: np.ndarray, columns: list[np.ndarray]) -> list[np.ndarray]:
        """Σ of each column per bucket (0 where a bucket has no rows; NaN values count as 0)."""
        inside = idx >= 0
        # astype: bincount of no rows gives integers
        return [np.bincount(idx[inside], weights=np.nan_to_num(c[inside]), minlength=len(self)).astype(float)
                for c in columns]

    def periods(self) -> list[Period]:
        return [Period(a, b, "") for a, b in zip(self.first.astype(date), self.ends.astype(date), strict=True)]

    def start_stamps(self) -> pd.Series:
        return pd.Series(self.starts.astype("datetime64[ns]"), name="start")


def _dates(daily: pd.DataFrame) -> np.ndarray:
    return daily["date"].to_numpy().astype("datetime64[D]")


def _combine(parts: list[dict[str, np.ndarray]], keep_nan: bool) -> dict[str, np.ndarray]:
    """One unit's columns as they are; several units summed with missing figures as 0 (pandas' sum)."""
    if keep_nan:
        return parts[0]
    return {k: np.nansum([p[k] for p in parts], axis=0) for k in parts[0]}


def _cumsum(values: np.ndarray) -> np.ndarray:
    """Running sum as pandas' cumsum: a NaN bucket stays NaN and the sum goes on past it."""
    out = np.nancumsum(values)
    out[np.isnan(values)] = np.nan
    return out


def budget_frame(inputs: list[UnitInputs], period: Period, span: Period, freq: str) -> tuple[pd.DataFrame, date | None]:
    """Budget i timmar per bucket of span, with time recorded after period's end left out.

    forecast_hours = worked hours up to each unit's last recorded day (≤ period end) + planned hours
    after it; the frame has the columns of vonapp.domain.series.budget_series.
    """
    b = Buckets(span, freq)
    bucket_periods = b.periods()
    end = np.datetime64(period.end, "D")
    parts, lasts = [], []
    for i in inputs:
        dates = _dates(i.daily)
        known = dates <= end
        cats = [i.daily[c].to_numpy(dtype=float) * known for c in d.WORKED_COLUMNS]
        worked = np.sum(cats, axis=0) if len(dates) else np.zeros(0)
        planned = i.daily["planned"].to_numpy(dtype=float)
        worked_days = dates[(worked > 0) & (dates <= np.datetime64(span.end, "D"))]
        last = worked_days.max() if len(worked_days) else None
        if last is not None:
            lasts.append(last.astype(date))
        after = dates > last if last is not None else np.ones(len(dates), dtype=bool)
        sums = b.sums(b.index_of(dates), [*cats, planned, worked + after * planned])
        budget, cost = [], []
        for bucket in bucket_periods:
            total, kr_per_h = 0.0, float("nan")
            for y in bucket.years():
                year_budget = i.budgets.get(y)
                if year_budget is None:
                    total = float("nan")
                    break
                total += budget_hours(year_budget, bucket)
                kr_per_h = year_budget.hourly_cost
            budget.append(total)
            cost.append(kr_per_h)
        part = {"budget_hours": np.array(budget)}
        part.update(zip(d.WORKED_COLUMNS, sums[:-2], strict=True))
        part["worked_hours"] = np.sum(sums[:-2], axis=0)
        part["planned_hours"] = sums[-2]
        part["deviation_hours"] = part["budget_hours"] - part["worked_hours"]
        part["deviation_kr"] = part["deviation_hours"] * np.array(cost)
        part["forecast_hours"] = sums[-1]
        parts.append(part)
    cols = _combine(parts, keep_nan=len(parts) == 1)
    last = max(lasts) if lasts else None
    starts = b.starts.astype("datetime64[ns]")
    # One frame from the columns at once: inserting them one by one cost ≈6 ms a switch.
    out = pd.DataFrame({
        "start": starts, "end": list(b.ends.astype(date)),
        **{name: cols[name] for name in ["budget_hours", *d.WORKED_COLUMNS, "worked_hours", "planned_hours",
                                         "deviation_hours", "deviation_kr"]},
        "cumulative_deviation_hours": _cumsum(cols["deviation_hours"]),
        "forecast_hours": cols["forecast_hours"],
        "is_forecast": starts > np.datetime64(last, "ns") if last is not None else np.ones(len(starts), dtype=bool),
        "cumulative_forecast_deviation_hours": _cumsum(cols["budget_hours"] - cols["forecast_hours"]),
    })
    return out, last


def resurspass_frame(inputs: list[UnitInputs], period: Period, freq: str) -> pd.DataFrame:
    """Resurspass per bucket: planned, used in own / other unit, unplaced, missed h and kr."""
    b = Buckets(period, freq)
    parts = []
    for i in inputs:
        g = i.daily
        dates = _dates(g)
        planned_res, res_used = g["planned_res"].to_numpy(dtype=float), g["res_used"].to_numpy(dtype=float)
        substitute = np.sum([g[c].to_numpy(dtype=float) for c in d.SUBSTITUTE_COLUMNS], axis=0) if len(g) else 0.0
        missed = np.minimum(np.clip(planned_res - res_used, 0.0, None), substitute)
        years = dates.astype("datetime64[Y]").astype(int) + 1970
        costs = {y: bi.hourly_cost for y, bi in i.budgets.items()}
        rate = np.array([costs.get(int(y), np.nan) for y in years]) if len(years) else np.zeros(0)
        s = b.sums(b.index_of(dates), [planned_res, res_used, g["res_other"].to_numpy(dtype=float),
                                       g["resurspass"].to_numpy(dtype=float), missed, missed * rate])
        parts.append({"planned_hours": s[0], "used_own_hours": s[1] - s[2], "used_other_hours": s[2],
                      "unplaced_hours": s[3] - s[1], "missed_hours": s[4], "missed_kr": s[5]})
    cols = _combine(parts, keep_nan=False)
    out = pd.DataFrame({"start": b.start_stamps(), **cols})
    out["used_hours"] = out["used_own_hours"] + out["used_other_hours"]
    return out


def occupancy_frame(inputs: list[UnitInputs], period: Period, freq: str) -> pd.DataFrame:
    """Occupied and available place-days per bucket, occupancy % and the budgeted % of them.

    A bucket's budget % is that of the year of its first day inside the period.
    """
    b = Buckets(period, freq)
    years = b.first.astype("datetime64[Y]").astype(int) + 1970
    days = np.arange(np.datetime64(period.start, "D"), np.datetime64(period.end, "D") + 1)
    idx = b.index_of(days)
    parts = []
    for i in inputs:
        occupied, places = daily_occupancy(i, period.start, period.end)
        occ, pl = occupied.to_numpy(dtype=float), places.to_numpy(dtype=float)
        known = ~(np.isnan(occ) | np.isnan(pl))
        occupied_days, place_days = b.sums(np.where(known, idx, -1), [occ, pl])
        pct = {y: bi.occupancy_budget_pct for y, bi in i.budgets.items()}
        budget_pct = np.array([np.nan if pct.get(int(y)) is None else pct[int(y)] for y in years], dtype=float)
        parts.append({"occupied_days": occupied_days, "place_days": place_days,
                      "budget_days": place_days * budget_pct / 100.0})
    cols = _combine(parts, keep_nan=len(parts) == 1)
    occupied_days, place_days, budget_days = cols["occupied_days"], cols["place_days"], cols["budget_days"]
    with np.errstate(invalid="ignore", divide="ignore"):
        counted = np.where(place_days > 0, place_days, np.nan)  # no % where no place-days
        return pd.DataFrame({"start": b.start_stamps(), "occupied_days": occupied_days, "place_days": place_days,
                             "occupancy_pct": occupied_days / counted * 100.0, "budget_days": budget_days,
                             "budget_pct": budget_days / counted * 100.0})

