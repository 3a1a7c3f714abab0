"""Everything a follow-up file shows, read once from the database into plain frames.

Names of employees are replaced here when pseudonymizing, so no writer can leak them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd

from vonapp.domain.periods import Period
from vonapp.domain.series import DAY, MONTH, WEEK, OccupancySeries
from vonapp.domain.summary import Summary
from vonapp.store.database import Database
from vonapp.store.queries import UnitInfo
from vonapp.store.reports import (
    export_figures,
    finance_frame,
    hourly_paid_hours,
    indicators_frame,
    measures_of,
)
from vonapp.store.series import is_all_units

ALL_LABEL = "Alla enheter"


@dataclass(frozen=True)
class Report:
    """The data of one follow-up file: a unit (or all units) over a period."""

    units: list[UnitInfo]
    all_units: bool
    period: Period
    created: datetime
    summary: Summary
    unit_rows: list[Summary]  # one per unit, for the all-units comparison
    budget_week: pd.DataFrame
    budget_month: pd.DataFrame
    budget_chart: pd.DataFrame  # the budget chart's months, the window's: the period, then forecast to 31 December
    resurspass_week: pd.DataFrame
    occupancy_month: OccupancySeries
    occupancy_day: OccupancySeries
    measures: pd.DataFrame  # unit, year, name, description, effect_year_tkr, full_year_effect_tkr, status
    indicators: pd.DataFrame  # see vonapp.store.reports.INDICATOR_COLUMNS, plus unit
    finance: pd.DataFrame  # unit_id, year, month, category, budget_kr, outcome_kr
    hourly: pd.DataFrame  # unit, employment_number, name, hours (vikarie)
    pseudonymized: bool
    plan: object | None = None  # vonapp.io.export.plan_data.PlanExtras: the Åtgärder/Nyckeltal/Ekonomi areas

    @property
    def unit_label(self) -> str:
        return ALL_LABEL if self.all_units else self.units[0].name

    @property
    def ansvar(self) -> str:
        return "" if self.all_units else (self.units[0].ansvar or "")

    @property
    def activity_code(self) -> str:
        return "" if self.all_units else (self.units[0].activity_code or "")

    @property
    def year(self) -> int:
        return self.period.end.year


def _names(units: list[UnitInfo]) -> dict[int, str]:
    return {u.id: u.name for u in units}


def _with_unit(frame: pd.DataFrame, names: dict[int, str]) -> pd.DataFrame:
    out = frame.copy()
    out.insert(0, "unit", out["unit_id"].map(names).fillna("Förvaltningen") if not out.empty else pd.Series(dtype=str))
    return out


def _pseudonymize(hourly: pd.DataFrame) -> pd.DataFrame:
    from vonapp.io.export.pseudonym import pseudonymize_people  # names and numbers, see there

    return pseudonymize_people(hourly)


def collect(database: Database, unit: str, period: Period, *, pseudonymize: bool = False,
            step: Callable[[str], None] | None = None) -> Report:
    """Read the report's data; step(text) is called between reads (it may raise to cancel)."""
    def tick(text: str) -> None:
        if step is not None:
            step(text)

    all_units = is_all_units(unit)
    with database.session() as s:
        figures = export_figures(s, unit, period)
        units = figures.units
        ids = [u.id for u in units]
        tick("Åtgärder, nyckeltal och ekonomi")
        names = _names(units)
        years = list(range(period.end.year - 3, period.end.year + 1))
        indicators = _with_unit(indicators_frame(s, None if all_units else ids, years), names)
        measures = _with_unit(measures_of(s, ids, list(period.years())), names)
        finance = finance_frame(s, ids, period.end.year)
        hourly = _with_unit(hourly_paid_hours(s, ids, period.start, period.end), names)
    if pseudonymize:
        from vonapp.io.export.pseudonym import pseudonymize_frame

        hourly, measures = _pseudonymize(hourly), pseudonymize_frame(measures)
    from vonapp.io.export.plan_data import collect_plan

    plan = collect_plan(database, unit, period, all_units=all_units)
    if pseudonymize:
        from vonapp.io.export.pseudonym import pseudonymize_plan

        plan = pseudonymize_plan(plan)
    return Report(
        units=units, all_units=all_units, period=period, created=datetime.now().replace(microsecond=0),
        summary=figures.summary, unit_rows=figures.unit_rows, budget_week=figures.budget[WEEK],
        budget_month=figures.budget[MONTH], budget_chart=figures.chart_budget, resurspass_week=figures.resurspass[WEEK],
        occupancy_month=figures.occupancy[MONTH], occupancy_day=figures.occupancy[DAY], measures=measures,
        indicators=indicators, finance=finance,
        hourly=hourly, pseudonymized=pseudonymize, plan=plan,
    )


def export_date(report: Report) -> date:
    return report.created.date()
