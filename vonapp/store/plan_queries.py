"""Reads of the Åtgärder, Nyckeltal and Ekonomi areas: plain frames and dataclasses for views and the CLI.

Key figures per month come from the summary's own figure functions (`totals_by_unit` and
`Summary.from_totals` over each month), so a month in the Nyckeltal table is what `summary` says
for that month.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from vonapp.domain.compensation import Comparison, ModelInputs, actual_shares
from vonapp.domain.figures import totals_by_unit
from vonapp.domain.inputs import Inputs
from vonapp.domain.periods import month as month_period
from vonapp.domain.periods import year as year_period
from vonapp.domain.plan import (
    KpiTargets,
    PlanTotals,
    finance_forecast_table,
    plan_totals,
    with_last_year,
)
from vonapp.domain.summary import Summary
from vonapp.domain.totals import Totals
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.inputs import load_frames
from vonapp.store.models import (
    BudgetYear,
    CompensationModel,
    FinanceLine,
    Indicator,
    IndicatorValue,
    Measure,
    MeasureFollowUp,
    TimeBreakdown,
    Unit,
)
from vonapp.store.models_plan import FinanceForecast, KpiTarget
from vonapp.store.queries import ALL_UNITS, UnitInfo, budget_inputs, measures_frame, resolve_units

MEASURE_COLUMNS = ["id", "unit_id", "unit", "year", "position", "name", "description", "responsible",
                   "effect_year_tkr", "full_year_effect_tkr", "status", "latest_note", "latest_note_on"]
NOTE_COLUMNS = ["id", "measure_id", "noted_on", "month", "effect_tkr", "comment"]
KPI_COLUMNS = ["month", "worked_hours", "client_hours", "idle_hours", "declined_hours", "execution_rate",
               "idle_rate", "declined_rate", "sick_rate", "hourly_paid_share"]
INDICATOR_COLUMNS = ["id", "unit_id", "unit", "goal", "name", "kolada_id", "measure_unit", "higher_is_better",
                     "target", "value", "preliminary", "assessment", "previous_value", "previous2_value"]


def is_all(unit: str) -> bool:
    return unit.strip().lower() in (ALL_UNITS, "alla", "alla enheter")


def _units(session: Session, unit: str) -> list[UnitInfo]:
    return resolve_units(session, unit)


# --- Åtgärder ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanView:
    """A unit's (or all units') measures of a year with their notes and totals."""

    unit: str
    year: int
    measures: pd.DataFrame  # MEASURE_COLUMNS, table order
    notes: pd.DataFrame  # NOTE_COLUMNS, newest first
    totals: PlanTotals


def _requirements(session: Session, unit_ids: list[int], year: int) -> dict[int, float | None]:
    rows = session.execute(select(BudgetYear.unit_id, BudgetYear.action_requirement_tkr)
                           .where(BudgetYear.unit_id.in_(unit_ids), BudgetYear.year == year))
    return dict(rows.all())


def plan_view(database: Database, unit: str, year: int) -> PlanView:
    with database.session() as s:
        units = _units(s, unit)
        ids = [u.id for u in units]
        names = {u.id: u.name for u in units}
        m = measures_frame(s, ids, [year])
        resp = dict(s.execute(select(Measure.id, Measure.responsible).where(Measure.id.in_(m["id"].tolist()))).all())
        notes = pd.DataFrame(s.execute(
            select(MeasureFollowUp.id, MeasureFollowUp.measure_id, MeasureFollowUp.noted_on, MeasureFollowUp.month,
                   MeasureFollowUp.effect_tkr, MeasureFollowUp.comment)
            .where(MeasureFollowUp.measure_id.in_(m["id"].tolist()))
            .order_by(MeasureFollowUp.noted_on.desc(), MeasureFollowUp.id.desc())).all(), columns=NOTE_COLUMNS)
        reqs = _requirements(s, ids, year)
    latest = notes.drop_duplicates("measure_id").set_index("measure_id") if not notes.empty else None
    m = m.assign(unit=m["unit_id"].map(names), responsible=m["id"].map(resp),
                 latest_note=m["id"].map(latest["comment"]) if latest is not None else None,
                 latest_note_on=m["id"].map(latest["noted_on"]) if latest is not None else None)
    known = [r for r in reqs.values() if r is not None]
    requirement = float(sum(known)) if known else None
    return PlanView(units[0].name if not is_all(unit) else "Alla enheter", year, m[MEASURE_COLUMNS].reset_index(drop=True),
                    notes, plan_totals(m, requirement))


def plan_by_unit(database: Database, year: int) -> pd.DataFrame:
    """Every unit's action-plan totals and gap side by side, through the summary's own figure function."""
    with database.session() as s:
        units = _units(s, ALL_UNITS)
        ids = [u.id for u in units]
        inputs = Inputs(unit_ids=ids, places={u.id: u.places for u in units}, budgets=budget_inputs(s, ids),
                        daily=pd.DataFrame(), scheduled=set(), occupancy=pd.DataFrame(columns=["unit_id"]),
                        moves=pd.DataFrame(columns=["unit_id"]), breakdown=pd.DataFrame(),
                        measures=measures_frame(s, ids, [year]))
        counts = inputs.measures.groupby("unit_id").size().to_dict() if not inputs.measures.empty else {}
    from vonapp.domain.figures import _measures  # the one implementation of the action-plan totals

    out = {u: Totals() for u in ids}
    _measures(inputs, year_period(year), out)
    rows = []
    for u in units:
        t = out[u.id]
        totals = PlanTotals(t.requirement_tkr, t.effect_year_tkr or 0.0, t.full_year_effect_tkr or 0.0, t.gap_tkr,
                            int(counts.get(u.id, 0)))
        rows.append({"unit": u.name, "kind": u.kind, "measures": totals.measures,
                     "requirement_tkr": totals.requirement_tkr, "effect_year_tkr": totals.effect_year_tkr,
                     "full_year_effect_tkr": totals.full_year_effect_tkr, "gap_tkr": totals.gap_tkr,
                     "verdict": totals.verdict})
    return pd.DataFrame(rows)


def find_measure(session: Session, unit: str, year: int, name: str) -> tuple[UnitInfo, Measure]:
    """The measure named `name` (case-insensitive) of the unit and year; a Swedish StoreError if it is not there."""
    if is_all(unit):
        raise StoreError("Ange en enhet med --unit; en åtgärd hör till en enhet, inte alla.")
    u = _units(session, unit)[0]
    rows = session.scalars(select(Measure).where(Measure.unit_id == u.id, Measure.year == year)).all()
    if not rows:
        raise StoreError(f"{u.name} har inga åtgärder för {year}.")
    wanted = " ".join(name.split()).casefold()
    match = [m for m in rows if " ".join(m.name.split()).casefold() == wanted]
    if not match:
        known = "; ".join(m.name for m in rows[:8])
        raise StoreError(f"Åtgärden {name!r} finns inte för {u.name} {year}. Åtgärder: {known}.")
    return u, match[0]


# --- Nyckeltal --------------------------------------------------------------------------------

def kpi_targets(session: Session, unit_id: int, year: int) -> KpiTargets:
    t = session.scalars(select(KpiTarget).where(KpiTarget.unit_id == unit_id, KpiTarget.year == year)).first()
    if t is None:
        return KpiTargets()
    return KpiTargets(t.execution_target_pct, t.idle_max_pct, t.declined_max_pct, stored=True)


@dataclass(frozen=True)
class KpiView:
    unit: str
    year: int
    months: pd.DataFrame  # KPI_COLUMNS, one row per month 1–12 (None where nothing is recorded)
    year_row: dict[str, float | None]  # the same keys for the whole year (the summary's)
    targets: KpiTargets
    has_breakdown: bool  # hemtjänst and boendestöd record the time breakdown


def _kpi_row(summary: Summary, totals: Totals, month: int | None) -> dict[str, float | None]:
    k = summary.kpi
    return {"month": month, "worked_hours": totals.bd_worked_hours, "client_hours": totals.bd_client_hours,
            "idle_hours": totals.bd_idle_hours, "declined_hours": totals.bd_declined_hours,
            "execution_rate": k.execution_rate, "idle_rate": k.idle_rate, "declined_rate": k.declined_rate,
            "sick_rate": k.sick_rate, "hourly_paid_share": k.hourly_paid_share}


def kpi_view(database: Database, unit: str, year: int) -> KpiView:
    """Utförandegrad, bomtid, avböjda, sick rate and hourly-paid share per month and for the year."""
    with database.session() as s:
        units = _units(s, unit)
        whole = year_period(year)
        inputs = load_frames(s, units, whole, all_units=is_all(unit))
        targets = kpi_targets(s, units[0].id, year) if not is_all(unit) else KpiTargets()
    rows = []
    for m in range(1, 13):
        p = month_period(year, m)
        total = sum(totals_by_unit(inputs, p).values(), Totals())
        rows.append(_kpi_row(Summary.from_totals(unit, p, total), total, m))
    total = sum(totals_by_unit(inputs, whole).values(), Totals())
    kinds = {u.kind for u in units}
    return KpiView(units[0].name if not is_all(unit) else "Alla enheter", year, pd.DataFrame(rows, columns=KPI_COLUMNS),
                   _kpi_row(Summary.from_totals(unit, whole, total), total, None), targets,
                   bool(kinds & {"hemtjänst", "boendestöd"}) or not inputs.breakdown.empty)


def indicators_view(database: Database, unit: str, year: int) -> pd.DataFrame:
    """The unit's indicators (and the förvaltning's, unit None) with target, outcome and assessment of the year."""
    with database.session() as s:
        units = _units(s, unit)
        ids = [u.id for u in units]
        q = select(Indicator.id, Indicator.unit_id, Unit.name, Indicator.goal, Indicator.name, Indicator.kolada_id,
                   Indicator.measure_unit, Indicator.higher_is_better).join(Unit, Unit.id == Indicator.unit_id,
                                                                           isouter=True)
        q = q.where(Indicator.unit_id.in_(ids) | Indicator.unit_id.is_(None))
        base = pd.DataFrame(s.execute(q.order_by(Indicator.goal, Indicator.id)).all(), columns=INDICATOR_COLUMNS[:8])
        vals = pd.DataFrame(s.execute(
            select(IndicatorValue.indicator_id, IndicatorValue.year, IndicatorValue.target, IndicatorValue.value,
                   IndicatorValue.preliminary, IndicatorValue.assessment)
            .where(IndicatorValue.indicator_id.in_(base["id"].tolist()),
                   IndicatorValue.year.in_([year, year - 1, year - 2]))).all(),
            columns=["id", "year", "target", "value", "preliminary", "assessment"])
    now = vals[vals["year"] == year].set_index("id")
    before = vals[vals["year"] == year - 1].set_index("id")
    before2 = vals[vals["year"] == year - 2].set_index("id")
    out = base.assign(
        unit=base["unit"].fillna("Förvaltningen"),
        target=base["id"].map(now["target"]), value=base["id"].map(now["value"]),
        preliminary=base["id"].map(now["preliminary"]), assessment=base["id"].map(now["assessment"]),
        previous_value=base["id"].map(before["value"]), previous2_value=base["id"].map(before2["value"]))
    return out[INDICATOR_COLUMNS].astype(object).where(out[INDICATOR_COLUMNS].notna(), None)


# --- Ekonomi ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class FinanceView:
    unit: str
    year: int
    lines: pd.DataFrame  # month, category, budget_kr, outcome_kr (summed over the units)
    table: pd.DataFrame  # domain.plan.FINANCE_COLUMNS per category
    forecasts: pd.DataFrame  # every prognos made: id, category, forecast_kr, made_on, comment


def finance_view(database: Database, unit: str, year: int) -> FinanceView:
    with database.session() as s:
        units = _units(s, unit)
        ids = [u.id for u in units]
        per_unit = pd.DataFrame(s.execute(
            select(FinanceLine.unit_id, FinanceLine.month, FinanceLine.category, FinanceLine.budget_kr,
                   FinanceLine.outcome_kr)
            .where(FinanceLine.unit_id.in_(ids), FinanceLine.year == year)).all(),
            columns=["unit_id", "month", "category", "budget_kr", "outcome_kr"])
        last_year = pd.DataFrame(s.execute(
            select(FinanceLine.month, FinanceLine.category, FinanceLine.outcome_kr)
            .where(FinanceLine.unit_id.in_(ids), FinanceLine.year == year - 1)).all(),
            columns=["month", "category", "outcome_kr"])
        fc = pd.DataFrame(s.execute(
            select(FinanceForecast.id, FinanceForecast.unit_id, FinanceForecast.category, FinanceForecast.forecast_kr,
                   FinanceForecast.made_on, FinanceForecast.comment)
            .where(FinanceForecast.unit_id.in_(ids), FinanceForecast.year == year)
            .order_by(FinanceForecast.made_on, FinanceForecast.id)).all(),
            columns=["id", "unit_id", "category", "forecast_kr", "made_on", "comment"])
    lines = (per_unit.drop(columns="unit_id").groupby(["month", "category"], as_index=False).sum(min_count=1)
             if not per_unit.empty else per_unit.drop(columns="unit_id"))
    if len(ids) == 1:
        table = finance_forecast_table(lines, fc)
    else:
        # Several units: each unit's own prognos where it has one, its default where not, summed.
        tables = [finance_forecast_table(per_unit[per_unit["unit_id"] == u].drop(columns="unit_id"),
                                         fc[fc["unit_id"] == u]) for u in ids]
        table = _sum_tables(tables, finance_forecast_table(lines, fc.iloc[0:0]))
    table = with_last_year(table, last_year)
    return FinanceView(units[0].name if not is_all(unit) else "Alla enheter", year, lines, table, fc)


def _sum_tables(tables: list[pd.DataFrame], shape: pd.DataFrame) -> pd.DataFrame:
    out = shape.copy()
    for col in ("budget_year_kr", "outcome_kr", "default_forecast_kr", "forecast_kr", "previous_forecast_kr",
                "change_kr", "deviation_kr"):
        stacked = pd.concat([t[col].astype(float) for t in tables], axis=1)
        out[col] = stacked.sum(axis=1, min_count=1).where(stacked.notna().any(axis=1), None)
    out["is_set"] = pd.concat([t["is_set"] for t in tables], axis=1).any(axis=1)
    out["forecast_made_on"] = None
    out["previous_made_on"] = None
    return out


# --- Ersättningsmodell ------------------------------------------------------------------------

def compensation_view(database: Database, unit: str, year: int) -> Comparison:
    """The unit's compensation models of the year side by side, with its actual shares from the
    recorded time breakdown (None when no month is recorded)."""
    with database.session() as s:
        if is_all(unit):
            raise StoreError("Ange en enhet med --unit; ersättningsmodellen gäller en enhet, inte alla.")
        u = _units(s, unit)[0]
        models = s.scalars(select(CompensationModel).where(CompensationModel.unit_id == u.id,
                                                           CompensationModel.year == year)
                           .order_by(CompensationModel.id)).all()
        inputs = [ModelInputs(m.name, m.granted_hours, m.execution_share_pct, m.client_time_share_pct, m.hourly_cost,
                              m.id) for m in models]
        bd = s.execute(select(TimeBreakdown.worked_hours, TimeBreakdown.client_hours)
                       .where(TimeBreakdown.unit_id == u.id, TimeBreakdown.year == year)).all()
    if not inputs:
        raise StoreError(f"{u.name} har ingen ersättningsmodell för {year}. Ersättningsmodellen gäller hemtjänst "
                         "och boendestöd; lägg in den under Ekonomi.")
    actual = None
    if bd:
        worked = float(sum(r[0] for r in bd))
        client = float(sum(r[1] for r in bd))
        actual = actual_shares(inputs[0].granted_hours, len(bd), worked, client)
    return Comparison(inputs, actual)


@dataclass(frozen=True)
class EkonomiData:
    """What the Ekonomi page shows: finance per category and month, and the compensation models."""

    finance: FinanceView
    compensation: Comparison | None
    kind: str | None  # the unit's kind (None for all units)
    hourly_cost: float | None  # the budget year's, a new model's default


def ekonomi_data(database: Database, unit: str, year: int) -> EkonomiData:
    finance = finance_view(database, unit, year)
    if is_all(unit):
        return EkonomiData(finance, None, None, None)
    with database.session() as s:
        u = _units(s, unit)[0]
        cost = s.scalar(select(BudgetYear.hourly_cost).where(BudgetYear.unit_id == u.id, BudgetYear.year == year))
    try:
        comparison: Comparison | None = compensation_view(database, unit, year)
    except StoreError:
        comparison = None
    return EkonomiData(finance, comparison, u.kind, cost)
