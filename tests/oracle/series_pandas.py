"""Time series for charts and follow-up files: per week or month, from the daily frame.

Buckets are labelled by their first day (a Monday for weeks, the 1st for months) and clipped to
the period, so a bucket's budget is the budget of the days it holds.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.budget import BudgetYearInputs, budget_hours
from vonapp.domain.glossary import WORKED_CATEGORIES
from vonapp.domain.periods import Period

WEEK, MONTH, DAY = "W", "M", "D"


def bucket_starts(period: Period, freq: str) -> list[date]:
    """First day of each bucket that meets the period (weeks start on Monday)."""
    if freq == DAY:
        return [dt.date() for dt in pd.date_range(period.start, period.end, freq="D")]
    if freq == WEEK:
        first = period.start - timedelta(days=period.start.weekday())
        return [dt.date() for dt in pd.date_range(first, period.end, freq="7D")]
    first = period.start.replace(day=1)
    return [dt.date() for dt in pd.date_range(first, period.end, freq="MS")]


def _bucket_index(dates: pd.Series, freq: str) -> pd.Series:
    if freq == DAY:
        return dates.dt.normalize()
    if freq == WEEK:
        return (dates - pd.to_timedelta(dates.dt.weekday, unit="D")).dt.normalize()
    return dates.dt.to_period("M").dt.start_time


def _bucket_period(start: date, freq: str, period: Period) -> Period:
    if freq == DAY:
        end = start
    elif freq == WEEK:
        end = start + timedelta(days=6)
    else:
        end = (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
    clipped = period.clip(start, end)
    assert clipped is not None
    return clipped


def _sum_by_bucket(daily: pd.DataFrame, period: Period, freq: str, columns: list[str]) -> pd.DataFrame:
    rows = daily[(daily["date"] >= pd.Timestamp(period.start)) & (daily["date"] <= pd.Timestamp(period.end))]
    starts = pd.DatetimeIndex([pd.Timestamp(s) for s in bucket_starts(period, freq)], name="start")
    if rows.empty:
        return pd.DataFrame(0.0, index=starts, columns=columns)
    grouped = rows.groupby(_bucket_index(rows["date"], freq))[columns].sum()
    return grouped.reindex(starts, fill_value=0.0)


def budget_series(
    daily: pd.DataFrame, budgets: dict[int, BudgetYearInputs], period: Period, freq: str = WEEK
) -> pd.DataFrame:
    """Budget i timmar per bucket: budget h, worked h by category, deviation, forecast.

    Columns: start, end, budget_hours, one column per worked category (`ordinarie` … `inhyrd`),
    worked_hours, planned_hours, deviation_hours (budget − worked), deviation_kr,
    cumulative_deviation_hours, and forecast_hours: worked hours up to the last recorded day and
    planned hours after it, so the line continues to the period's end.
    """
    cols = [*d.WORKED_COLUMNS, "planned"]
    sums = _sum_by_bucket(daily, period, freq, cols)
    out = sums.rename(columns={"planned": "planned_hours"}).reset_index()
    out["end"] = [_bucket_period(s.date(), freq, period).end for s in out["start"]]
    out["worked_hours"] = out[d.WORKED_COLUMNS].sum(axis=1)
    budget_h, cost = [], []
    for s in out["start"]:
        bucket = _bucket_period(s.date(), freq, period)
        total, kr_per_h = 0.0, None
        for y in bucket.years():
            b = budgets.get(y)
            if b is None:
                total = float("nan")
                break
            total += budget_hours(b, bucket)
            kr_per_h = b.hourly_cost
        budget_h.append(total)
        cost.append(kr_per_h if kr_per_h is not None else float("nan"))
    out["budget_hours"] = budget_h
    out["deviation_hours"] = out["budget_hours"] - out["worked_hours"]
    out["deviation_kr"] = out["deviation_hours"] * pd.Series(cost)
    out["cumulative_deviation_hours"] = out["deviation_hours"].cumsum()
    last = last_recorded_day(daily, period.end)
    if last is None:
        out["forecast_hours"] = out["planned_hours"]
    else:
        after = out["start"] > pd.Timestamp(last)
        out["forecast_hours"] = out["worked_hours"].where(~after, out["planned_hours"])
        # The bucket holding the last recorded day: worked up to it, planned after it.
        holding = (out["start"] <= pd.Timestamp(last)) & (pd.to_datetime(out["end"]) > pd.Timestamp(last))
        if holding.any():
            i = out.index[holding][0]
            tail = daily[(daily["date"] > pd.Timestamp(last)) & (daily["date"] <= pd.Timestamp(out.at[i, "end"]))]
            out.at[i, "forecast_hours"] = out.at[i, "worked_hours"] + float(tail["planned"].sum())
    return out[
        ["start", "end", "budget_hours", *d.WORKED_COLUMNS, "worked_hours", "planned_hours", "deviation_hours",
         "deviation_kr", "cumulative_deviation_hours", "forecast_hours"]
    ]


def last_recorded_day(daily: pd.DataFrame, not_after: date) -> date | None:
    rows = daily[daily["date"] <= pd.Timestamp(not_after)]
    worked = d.worked(rows) > 0 if not rows.empty else pd.Series(dtype=bool)
    return rows.loc[worked, "date"].max().date() if worked.any() else None


def resurspass_series(
    daily: pd.DataFrame, budgets: dict[int, BudgetYearInputs], period: Period, freq: str = WEEK
) -> pd.DataFrame:
    """Resurspass per bucket: planned, used in own / other unit, unplaced, missed h and kr."""
    rows = daily.assign(missed=d.missed_resurspass(daily) if not daily.empty else 0.0)
    if not rows.empty:
        cost = rows["date"].dt.year.map(lambda y: budgets[y].hourly_cost if y in budgets else float("nan"))
        rows = rows.assign(missed_kr=rows["missed"] * cost)
    else:
        rows = rows.assign(missed_kr=0.0)
    return resurspass_frame(_sum_by_bucket(rows, period, freq, RESURSPASS_SUMS))


RESURSPASS_SUMS = ["planned_res", "res_used", "res_other", "resurspass", "missed", "missed_kr"]


def resurspass_frame(sums: pd.DataFrame) -> pd.DataFrame:
    """The resurspass columns from bucket sums (indexed by bucket start) of RESURSPASS_SUMS.

    Used in own unit = placed − placed in another unit; unplaced = recorded resurspass − placed.
    """
    out = pd.DataFrame(
        {
            "start": sums.index,
            "planned_hours": sums["planned_res"].to_numpy(),
            "used_own_hours": (sums["res_used"] - sums["res_other"]).to_numpy(),
            "used_other_hours": sums["res_other"].to_numpy(),
            "unplaced_hours": (sums["resurspass"] - sums["res_used"]).to_numpy(),
            "missed_hours": sums["missed"].to_numpy(),
            "missed_kr": sums["missed_kr"].to_numpy(),
        }
    )
    out["used_hours"] = out["used_own_hours"] + out["used_other_hours"]
    return out


def occupancy_series(occupied: pd.Series, places: pd.Series, period: Period, freq: str = DAY) -> pd.DataFrame:
    """Occupancy per bucket from per-day occupied and available places (NaN where unknown)."""
    frame = pd.DataFrame({"date": pd.to_datetime(occupied.index), "occupied": occupied.to_numpy(),
                          "places": places.to_numpy()})
    frame = frame.dropna()
    sums = _sum_by_bucket(frame, period, freq, ["occupied", "places"])
    out = sums.reset_index().rename(columns={"occupied": "occupied_days", "places": "place_days"})
    out["occupancy_pct"] = (out["occupied_days"] / out["place_days"].where(out["place_days"] > 0)) * 100.0
    return out


WORKED_LABELS = {d.CATEGORY_COLUMN[c]: c.value for c in WORKED_CATEGORIES}
