"""Read queries for the follow-up files: per-unit summaries, key figures, finance lines, measures, hourly staff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vonapp.domain import daily as d
from vonapp.domain.budget import budget_hours
from vonapp.domain.figures import Inputs, UnitInputs, daily_occupancy, totals_by_unit
from vonapp.domain.glossary import Category
from vonapp.domain.periods import Period, shift_years
from vonapp.domain.series import (
    DAY,
    MONTH,
    RESURSPASS_SUMS,
    WEEK,
    bucket_starts,
    budget_series,
    resurspass_frame,
    resurspass_series,
)
from vonapp.domain.summary import Summary
from vonapp.domain.totals import Totals
from vonapp.store.figures import load_inputs
from vonapp.store.models import Employee, FinanceLine, Indicator, IndicatorValue, TimeEntry
from vonapp.store.queries import UnitInfo, budget_inputs, measures_frame, occupancy_frames

# The same sums as the chart series use, so a file and a chart never disagree.
from vonapp.store.series import OccupancySeries

INDICATOR_COLUMNS = ["unit_id", "indicator_id", "name", "kolada_id", "measure_unit", "higher_is_better", "year",
                     "target", "value", "preliminary", "assessment"]
FINANCE_COLUMNS = ["unit_id", "year", "month", "category", "budget_kr", "outcome_kr"]
HOURLY_COLUMNS = ["unit_id", "employment_number", "name", "hours"]


@dataclass(frozen=True)
class ExportFigures:
    """The summary, the per-unit summaries and the series of a follow-up file, from one read of the data."""

    summary: Summary
    unit_rows: list[Summary]
    budget_week: pd.DataFrame
    budget_month: pd.DataFrame
    resurspass_week: pd.DataFrame
    occupancy_month: OccupancySeries
    occupancy_day: OccupancySeries


def export_figures(session: Session, units: list[UnitInfo], period: Period, *, all_units: bool,
                   label: str) -> ExportFigures:
    """What load_summary and the load_*_series functions give, reading the units' data once (twice for last year)."""
    inputs = load_inputs(session, units, period, all_units=all_units)
    per_unit = totals_by_unit(Inputs.of_units(inputs), period)
    summary = Summary.from_totals(label, period, sum(per_unit.values(), Totals()))
    rows = [Summary.from_totals(u.name, period, per_unit[u.id]) for u in units] if all_units else []

    def budget(freq: str) -> pd.DataFrame:
        if len(inputs) != 1:
            return budget_series_many(inputs, period, freq)
        return budget_series(inputs[0].daily, inputs[0].budgets, period, freq)

    if len(inputs) != 1:
        res = resurspass_series_many(inputs, period, WEEK)
    else:
        res = resurspass_series(inputs[0].daily, inputs[0].budgets, period, WEEK)
    earlier = shift_years(period, -1)
    now_days, then_days = occupancy_days(inputs, period), occupancy_days(occupancy_inputs(session, units, earlier),
                                                                         earlier)
    occupancy = {f: OccupancySeries(current=occupancy_buckets(now_days, period, f),
                                    last_year=occupancy_buckets(then_days, earlier, f)) for f in (MONTH, DAY)}
    return ExportFigures(summary, rows, budget(WEEK), budget(MONTH), res, occupancy[MONTH], occupancy[DAY])


def occupancy_inputs(session: Session, units: list[UnitInfo], period: Period) -> list[UnitInputs]:
    """Just what occupancy needs (counts, moves, budget %), for last year's comparison."""
    ids = [u.id for u in units]
    days, moves = occupancy_frames(session, ids, period.start, period.end)
    budgets = budget_inputs(session, ids)
    by_unit_days = dict(tuple(days.groupby("unit_id"))) if not days.empty else {}
    by_unit_moves = dict(tuple(moves.groupby("unit_id"))) if not moves.empty else {}
    return [UnitInputs(unit_id=u.id, places=u.places, budgets=budgets.get(u.id, {}), occupancy=by_unit_days.get(u.id),
                       moves=by_unit_moves.get(u.id)) for u in units]


def occupancy_days(inputs: list[UnitInputs], period: Period) -> pd.DataFrame:
    """Per day, summed over the units with data that day: occupied_days, place_days, budget_days.

    budget_days = places × the budget occupancy % of the day's year, so budget % = Σ budget_days ÷ Σ place_days.
    """
    parts = []
    for i in inputs:
        if (i.occupancy is None or i.occupancy.empty) and (i.moves is None or i.moves.empty):
            continue
        occupied, places = daily_occupancy(i, period.start, period.end)
        frame = pd.DataFrame({"date": occupied.index, "occupied_days": occupied.to_numpy(),
                              "place_days": places.to_numpy()}).dropna()
        pct = {y: b.occupancy_budget_pct for y, b in i.budgets.items()}
        frame["budget_days"] = frame["place_days"] * frame["date"].dt.year.map(pct).astype(float) / 100.0
        parts.append(frame)
    if not parts:
        return pd.DataFrame(columns=["date", "occupied_days", "place_days", "budget_days"])
    return pd.concat(parts, ignore_index=True).groupby("date", as_index=False).sum(min_count=1)


def occupancy_buckets(days: pd.DataFrame, period: Period, freq: str) -> pd.DataFrame:
    """The columns of vonapp.store.series.load_occupancy_series, per day or month, from occupancy_days."""
    starts = pd.DatetimeIndex([pd.Timestamp(s) for s in bucket_starts(period, freq)], name="start")
    if days.empty:
        out = pd.DataFrame({"occupied_days": 0.0, "place_days": 0.0, "budget_days": 0.0}, index=starts)
    else:
        key = days["date"] if freq == DAY else days["date"].dt.to_period("M").dt.start_time
        sums = days.groupby(key)[["occupied_days", "place_days", "budget_days"]].sum()
        out = sums.reindex(starts, fill_value=0.0)
    out = out.reset_index()
    place_days = out["place_days"].where(out["place_days"] > 0)
    out["occupancy_pct"] = out["occupied_days"] / place_days * 100.0
    out["budget_pct"] = out["budget_days"] / place_days * 100.0
    return out


def indicators_frame(session: Session, unit_ids: list[int] | None, years: list[int]) -> pd.DataFrame:
    """Key figures with their values in `years`; unit_ids None means every indicator (förvaltning ones too)."""
    q = (
        select(Indicator.unit_id, Indicator.id, Indicator.name, Indicator.kolada_id, Indicator.measure_unit,
               Indicator.higher_is_better, IndicatorValue.year, IndicatorValue.target, IndicatorValue.value,
               IndicatorValue.preliminary, IndicatorValue.assessment)
        .join(IndicatorValue, IndicatorValue.indicator_id == Indicator.id, isouter=True)
        .order_by(Indicator.unit_id, Indicator.id, IndicatorValue.year)
    )
    if unit_ids is not None:
        q = q.where(Indicator.unit_id.in_(unit_ids))
    frame = pd.DataFrame(session.execute(q).all(), columns=INDICATOR_COLUMNS)
    keep = frame["year"].isna() | frame["year"].isin(years)
    return frame[keep].reset_index(drop=True)


def finance_frame(session: Session, unit_ids: list[int], year: int) -> pd.DataFrame:
    """The finance lines (kr, costs negative) of the units in one year."""
    q = select(FinanceLine.unit_id, FinanceLine.year, FinanceLine.month, FinanceLine.category,
               FinanceLine.budget_kr, FinanceLine.outcome_kr).where(
        FinanceLine.unit_id.in_(unit_ids), FinanceLine.year == year
    )
    return pd.DataFrame(session.execute(q).all(), columns=FINANCE_COLUMNS)


def measures_of(session: Session, unit_ids: list[int], years: list[int]) -> pd.DataFrame:
    """Action-plan measures of the units and years, in table order."""
    return measures_frame(session, unit_ids, years)


def hourly_paid_hours(session: Session, unit_ids: list[int], start: date, end: date) -> pd.DataFrame:
    """Vikarie hours per employee in the period: what the hourly-paid share is made of.

    Rows without an employee (never for vikarie by the import contract) come out with an empty number.
    """
    q = (
        select(TimeEntry.unit_id, Employee.employment_number, Employee.display_name, func.sum(TimeEntry.hours))
        .join(Employee, Employee.id == TimeEntry.employee_id, isouter=True)
        .where(TimeEntry.unit_id.in_(unit_ids), TimeEntry.date.between(start, end),
               TimeEntry.category == Category.VIKARIE.value)
        .group_by(TimeEntry.unit_id, Employee.employment_number, Employee.display_name)
        .order_by(TimeEntry.unit_id, Employee.employment_number)
    )
    return pd.DataFrame(session.execute(q).all(), columns=HOURLY_COLUMNS)


# --- The series of many units at once: the sums of the per-unit series, without a pass per unit. ---

def _bucket_of(dates: pd.Series, freq: str) -> pd.Series:
    if freq == WEEK:
        return (dates - pd.to_timedelta(dates.dt.weekday, unit="D")).dt.normalize()
    return dates.dt.to_period("M").dt.start_time


def _bucket_periods(period: Period, freq: str) -> list[Period]:
    out = []
    for start in bucket_starts(period, freq):
        end = start + timedelta(days=6) if freq == WEEK else (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
        clipped = period.clip(start, end)
        assert clipped is not None
        out.append(clipped)
    return out


def _unit_budget(budgets: dict, bucket: Period) -> tuple[float, float]:
    """(budget hours, hourly cost) of one unit in one bucket; NaN when a year of the bucket has no budget."""
    total, cost = 0.0, float("nan")
    for y in bucket.years():
        b = budgets.get(y)
        if b is None:
            return float("nan"), float("nan")
        total += budget_hours(b, bucket)
        cost = b.hourly_cost
    return total, cost


def _stacked_daily(inputs: list[UnitInputs]) -> pd.DataFrame:
    parts = [i.daily.assign(unit_id=i.unit_id) for i in inputs if not i.daily.empty]
    return pd.concat(parts, ignore_index=True) if parts else d.empty_daily()


def budget_series_many(inputs: list[UnitInputs], period: Period, freq: str) -> pd.DataFrame:
    """Σ over units of vonapp.domain.series.budget_series (a unit without a budget adds nothing to a bucket)."""
    buckets = _bucket_periods(period, freq)
    starts = pd.DatetimeIndex([pd.Timestamp(s) for s in bucket_starts(period, freq)], name="start")
    daily = _stacked_daily(inputs)
    worked = daily[d.WORKED_COLUMNS].sum(axis=1)
    before_end = daily[(daily["date"] <= pd.Timestamp(period.end)) & (worked > 0)]
    last = before_end.groupby("unit_id")["date"].max()
    rows = daily[(daily["date"] >= pd.Timestamp(period.start)) & (daily["date"] <= pd.Timestamp(period.end))].copy()
    rows["worked_hours"] = rows[d.WORKED_COLUMNS].sum(axis=1)
    cutoff = rows["unit_id"].map(last)
    after = cutoff.isna() | (rows["date"] > cutoff)
    rows["forecast_hours"] = rows["worked_hours"].where(~after, rows["planned"])
    rows["bucket"] = _bucket_of(rows["date"], freq)
    cols = [*d.WORKED_COLUMNS, "worked_hours", "planned", "forecast_hours"]
    sums = rows.groupby("bucket")[cols].sum().reindex(starts, fill_value=0.0)
    worked_by_unit = rows.groupby(["unit_id", "bucket"])["worked_hours"].sum().to_dict()

    budget_h = [0.0] * len(starts)
    deviation_kr = [0.0] * len(starts)
    for i in inputs:
        for n, (start, bucket) in enumerate(zip(starts, buckets, strict=True)):
            hours, cost = _unit_budget(i.budgets, bucket)
            if hours != hours:  # NaN: skipped, as a sum of the per-unit frames skips it
                continue
            budget_h[n] += hours
            deviation_kr[n] += (hours - worked_by_unit.get((i.unit_id, start), 0.0)) * cost
    out = sums.rename(columns={"planned": "planned_hours"}).reset_index()
    out["end"] = [b.end for b in buckets]
    out["budget_hours"] = budget_h
    out["deviation_hours"] = out["budget_hours"] - out["worked_hours"]
    out["deviation_kr"] = deviation_kr
    out["cumulative_deviation_hours"] = out["deviation_hours"].cumsum()
    return out[["start", "end", "budget_hours", *d.WORKED_COLUMNS, "worked_hours", "planned_hours",
                "deviation_hours", "deviation_kr", "cumulative_deviation_hours", "forecast_hours"]]


def resurspass_series_many(inputs: list[UnitInputs], period: Period, freq: str = WEEK) -> pd.DataFrame:
    """Σ over units of vonapp.domain.series.resurspass_series."""
    starts = pd.DatetimeIndex([pd.Timestamp(s) for s in bucket_starts(period, freq)], name="start")
    daily = _stacked_daily(inputs)
    rows = daily[(daily["date"] >= pd.Timestamp(period.start)) & (daily["date"] <= pd.Timestamp(period.end))].copy()
    costs = {(i.unit_id, y): b.hourly_cost for i in inputs for y, b in i.budgets.items()}
    rows["missed"] = d.missed_resurspass(rows) if not rows.empty else 0.0
    cost = pd.Series([costs.get(k, float("nan")) for k in zip(rows["unit_id"], rows["date"].dt.year, strict=True)],
                     index=rows.index, dtype=float)
    rows["missed_kr"] = rows["missed"] * cost
    sums = rows.groupby(_bucket_of(rows["date"], freq))[RESURSPASS_SUMS].sum().reindex(starts, fill_value=0.0)
    return resurspass_frame(sums)
