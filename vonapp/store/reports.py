"""Read queries for the follow-up files: per-unit summaries, key figures, finance lines, measures, hourly staff."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vonapp.domain.glossary import Category
from vonapp.domain.periods import Period
from vonapp.domain.series import DAY, MONTH, WEEK
from vonapp.store.models import Employee, FinanceLine, Indicator, IndicatorValue, TimeEntry
from vonapp.store.queries import measures_frame

# The window's own read and series, so a file and a chart never disagree.
from vonapp.store.series import Figures, SeriesSpec, read_figures

INDICATOR_COLUMNS = ["unit_id", "indicator_id", "name", "kolada_id", "measure_unit", "higher_is_better", "year",
                     "target", "value", "preliminary", "assessment"]
FINANCE_COLUMNS = ["unit_id", "year", "month", "category", "budget_kr", "outcome_kr"]
HOURLY_COLUMNS = ["unit_id", "employment_number", "name", "hours"]


def export_figures(session: Session, unit: str, period: Period) -> Figures:
    """The summary, the per-unit summaries and the series of a follow-up file: the window's read (load_figures).

    The rows (budget by week and month) cover the period and add up to the summary; the PDF's budget
    chart is the window's (chart_budget: the period's months, then the forecast months to 31 December).
    """
    spec = SeriesSpec(budget=(WEEK, MONTH), chart_budget=True, resurspass=(WEEK,), occupancy=(MONTH, DAY),
                      per_unit=True)
    return read_figures(session, unit, period, spec)


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
