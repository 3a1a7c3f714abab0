"""Read queries for the follow-up files: per-unit summaries, key figures, finance lines, measures, hourly staff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vonapp.domain import daily as d
from vonapp.domain.figures import Inputs, UnitInputs, totals_by_unit
from vonapp.domain.glossary import Category
from vonapp.domain.periods import Period, shift_years
from vonapp.domain.series import DAY, MONTH, WEEK
from vonapp.domain.summary import Summary
from vonapp.domain.totals import Totals
from vonapp.store.figures import load_inputs
from vonapp.store.models import Employee, FinanceLine, Indicator, IndicatorValue, TimeEntry

# The chart's own series functions, so a file and a chart never disagree.
from vonapp.store.overview_series import budget_frame, occupancy_frame, resurspass_frame
from vonapp.store.queries import UnitInfo, budget_inputs, measures_frame, occupancy_frames
from vonapp.store.series import OccupancySeries

# The columns of vonapp.domain.series.budget_series, as the files show them.
BUDGET_SERIES_COLUMNS = ["start", "end", "budget_hours", *d.WORKED_COLUMNS, "worked_hours", "planned_hours",
                         "deviation_hours", "deviation_kr", "cumulative_deviation_hours", "forecast_hours"]

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
        return budget_frame(inputs, period, period, freq)[0][BUDGET_SERIES_COLUMNS]

    earlier = shift_years(period, -1)
    previous = occupancy_inputs(session, units, earlier)
    occupancy = {f: OccupancySeries(current=occupancy_frame(inputs, period, f),
                                    last_year=occupancy_frame(previous, earlier, f)) for f in (MONTH, DAY)}
    return ExportFigures(summary, rows, budget(WEEK), budget(MONTH), resurspass_frame(inputs, period, WEEK),
                         occupancy[MONTH], occupancy[DAY])


def occupancy_inputs(session: Session, units: list[UnitInfo], period: Period) -> list[UnitInputs]:
    """Just what occupancy needs (counts, moves, budget %), for last year's comparison."""
    ids = [u.id for u in units]
    days, moves = occupancy_frames(session, ids, period.start, period.end)
    budgets = budget_inputs(session, ids)
    by_unit_days = dict(tuple(days.groupby("unit_id"))) if not days.empty else {}
    by_unit_moves = dict(tuple(moves.groupby("unit_id"))) if not moves.empty else {}
    return [UnitInputs(unit_id=u.id, places=u.places, budgets=budgets.get(u.id, {}), occupancy=by_unit_days.get(u.id),
                       moves=by_unit_moves.get(u.id)) for u in units]


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
