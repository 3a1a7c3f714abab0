"""Edits of key figures and targets, finance lines and the manager's prognos (indicators and compensation
models: vonapp.store.edits_plan_registry).

Part of the plan area's edits (see vonapp.store.edits_plan, which re-exports these): one
transaction each, a change_log row, and a return value that undo needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vonapp.domain.glossary import FinanceCategory
from vonapp.domain.plan import TARGET_COLUMNS
from vonapp.store.database import Database
from vonapp.store.edits_plan_base import (
    WINDOW,
    Row,
    _keyed,
    _log,
    _number,
    _restore,
    _row,
    _unit_id,
)
from vonapp.store.errors import StoreError
from vonapp.store.models import (
    CompensationModel,
    FinanceLine,
    Indicator,
    IndicatorValue,
    Measure,
    MeasureFollowUp,
    TimeBreakdown,
)
from vonapp.store.models_plan import FinanceForecast, KpiTarget

# --- Rows keyed by unit, year (and month/category): set a column, undo by the old row ----------

@dataclass(frozen=True)
class RowUndo:
    """Undo of a keyed-row edit: the row as it was (None: the edit created it)."""

    table: str
    key: dict[str, object]
    old: Row | None


def _set_keyed_in(s: Session, model: type, key: dict[str, object], column: str, new: object,
                  defaults: dict[str, object], label: str, source: str) -> RowUndo:
    row = _keyed(s, model, key)
    old_row = _row(s, model, row.id) if row is not None else None
    if row is None:
        row = model(**key, **defaults)
        s.add(row)
    old = getattr(row, column, None) if old_row is not None else None
    setattr(row, column, new)
    s.flush()
    _log(s, table=model.__tablename__, key=label, column=column, old=old, new=new, source=source,
         unit_id=int(key["unit_id"]))  # type: ignore[arg-type]
    return RowUndo(model.__tablename__, key, old_row)


def _set_keyed(database: Database, model: type, key_names: dict[str, object], unit: str, column: str,
               value: object, defaults: dict[str, object], check, label: str, source: str) -> RowUndo:  # noqa: ANN001
    with database.session() as s:
        unit_id = _unit_id(s, unit)
        return _set_keyed_in(s, model, {"unit_id": unit_id, **key_names}, column, check(value), defaults, label,
                             source)


_MODELS = {"time_breakdown": TimeBreakdown, "kpi_target": KpiTarget, "finance_line": FinanceLine}


def _undo_row_in(s: Session, undo: RowUndo, source: str) -> None:
    model = _MODELS[undo.table]
    row = _keyed(s, model, undo.key)
    label = " ".join(str(v) for k, v in undo.key.items() if k != "unit_id")
    if row is not None:
        s.delete(row)
        s.flush()
    if undo.old is not None:
        _restore(s, model, undo.old)
    _log(s, table=undo.table, key=label, column="*", old="ändrad", new="ångrad", source=source,
         unit_id=int(undo.key["unit_id"]))  # type: ignore[arg-type]


def undo_row(database: Database, undo: RowUndo, *, source: str = WINDOW) -> None:
    """Put a keyed row back as it was (or remove the row the edit created)."""
    with database.session() as s:
        _undo_row_in(s, undo, source)


def undo_rows(database: Database, undos: list[RowUndo], *, source: str = WINDOW) -> None:
    """Undo a batch of keyed-row edits in one transaction, last first."""
    with database.session() as s:
        for u in reversed(undos):
            _undo_row_in(s, u, source)


BREAKDOWN_FIELDS = {"worked_hours": "Arbetad tid", "client_hours": "Tid hos kund", "idle_hours": "Bomtid",
                    "declined_hours": "Avböjd tid"}


def set_breakdown_value(database: Database, unit: str, year: int, month: int, column: str, value: object, *,
                        source: str = WINDOW) -> RowUndo:
    """One month's hours of the time breakdown (a new month starts at 0 h in the other columns)."""
    if column not in BREAKDOWN_FIELDS:
        raise StoreError(f"Okänd kolumn {column!r} för utförandetiden.")
    if not 1 <= month <= 12:
        raise StoreError(f"Månad {month} finns inte; ange 1–12.")
    return _set_keyed(database, TimeBreakdown, {"year": year, "month": month}, unit, column, value,
                      {c: 0.0 for c in BREAKDOWN_FIELDS},
                      lambda v: _number(v, f"{BREAKDOWN_FIELDS[column]} (timmar)", low=0, high=1e7),
                      f"{year}-{month:02d}", source)


TARGET_FIELDS = {"execution_target_pct": "Mål utförandegrad", "idle_max_pct": "Mål bomtid",
                 "declined_max_pct": "Mål avböjda"}


def set_target(database: Database, unit: str, year: int, column: str, value: object, *,
               source: str = WINDOW) -> RowUndo:
    """A key-figure target of the unit and year (the others keep their defaults 70 %, 5 %, 1 %)."""
    if column not in TARGET_COLUMNS:
        raise StoreError(f"Okänt mål {column!r}.")
    return _set_keyed(database, KpiTarget, {"year": year}, unit, column, value,
                      {"execution_target_pct": 70.0, "idle_max_pct": 5.0, "declined_max_pct": 1.0},
                      lambda v: _number(v, f"{TARGET_FIELDS[column]} (%)", low=0, high=100), str(year), source)


FINANCE_FIELDS = {"budget_kr": "Budget", "outcome_kr": "Utfall"}


def set_finance_value(database: Database, unit: str, year: int, month: int, category: str, column: str,
                      value: object, *, source: str = WINDOW) -> RowUndo:
    """Budget or outcome (kr; costs negative) of one finance category and month."""
    if column not in FINANCE_FIELDS:
        raise StoreError(f"Okänd kolumn {column!r} för ekonomin.")
    if category not in [c.value for c in FinanceCategory]:
        raise StoreError(f"Kategorin {category!r} finns inte.")
    if not 1 <= month <= 12:
        raise StoreError(f"Månad {month} finns inte; ange 1–12.")
    return _set_keyed(database, FinanceLine, {"year": year, "month": month, "category": category}, unit, column,
                      value, {"budget_kr": 0.0, "outcome_kr": None},
                      lambda v: _number(v, f"{FINANCE_FIELDS[column]} (kr)", optional=column == "outcome_kr"),
                      f"{year}-{month:02d} {category}", source)


# --- Prognos helår (ekonomi) ------------------------------------------------------------------

def set_forecast(database: Database, unit: str, year: int, category: str, forecast_kr: object, *,
                 made_on: date | None = None, comment: str = "", source: str = WINDOW) -> int:
    """A new prognos for the category (the earlier ones stay, for the change since the last); returns its id."""
    if category not in [c.value for c in FinanceCategory]:
        raise StoreError(f"Kategorin {category!r} finns inte.")
    with database.session() as s:
        unit_id = _unit_id(s, unit)
        kr = _number(forecast_kr, "Prognos helår (kr)", low=-1e11, high=1e11)
        before = s.scalars(select(FinanceForecast.forecast_kr).where(
            FinanceForecast.unit_id == unit_id, FinanceForecast.year == year, FinanceForecast.category == category)
            .order_by(FinanceForecast.made_on.desc(), FinanceForecast.id.desc())).first()
        row = FinanceForecast(unit_id=unit_id, year=year, category=category, forecast_kr=kr,
                              made_on=made_on or date.today(), created_at=datetime.now(), comment=comment or "")
        s.add(row)
        s.flush()
        _log(s, table="finance_forecast", key=f"{year} {category}", column="forecast_kr", old=before, new=kr,
             source=source, unit_id=unit_id)
        return row.id


def remove_forecast(database: Database, forecast_id: int, *, source: str = WINDOW) -> Row:
    with database.session() as s:
        row = _row(s, FinanceForecast, forecast_id)
        if row is None:
            raise StoreError("Prognosen finns inte längre.")
        _log(s, table="finance_forecast", key=f"{row['year']} {row['category']}", column="forecast_kr",
             old=row["forecast_kr"], new=None, source=source, unit_id=row["unit_id"])
        s.execute(delete(FinanceForecast).where(FinanceForecast.id == forecast_id))
        return row


def delete_row(database: Database, table: str, row_id: int) -> None:
    """Remove a row this module added (undo of an add_*): measure, note, forecast, indicator or model."""
    models = {"measure": Measure, "measure_follow_up": MeasureFollowUp, "finance_forecast": FinanceForecast,
              "indicator": Indicator, "compensation_model": CompensationModel}
    model = models[table]
    with database.session() as s:
        if table == "measure":
            s.execute(delete(MeasureFollowUp).where(MeasureFollowUp.measure_id == row_id))
        if table == "indicator":
            s.execute(delete(IndicatorValue).where(IndicatorValue.indicator_id == row_id))
        row = _row(s, model, row_id)
        if row is not None:
            _log(s, table=table, key=str(row.get("name") or row.get("category") or row_id), column="*",
                 old="tillagd", new="ångrad", source=WINDOW, unit_id=row.get("unit_id"))
        s.execute(delete(model).where(model.id == row_id))



# --- Batches: a paste or a fill of many cells is one transaction and one undo -------------------

Change = tuple[Any, str, object]  # (row key, column, value)


def set_breakdown_values(database: Database, unit: str, year: int, changes: list[Change], *,
                         source: str = WINDOW) -> list[RowUndo]:
    """Hours of the time breakdown: row key = month."""
    with database.session() as s:
        unit_id = _unit_id(s, unit)
        undos = []
        for month, column, value in changes:
            if column not in BREAKDOWN_FIELDS:
                raise StoreError(f"Okänd kolumn {column!r} för utförandetiden.")
            if not 1 <= int(month) <= 12:
                raise StoreError(f"Månad {month} finns inte; ange 1–12.")
            new = _number(value, f"{BREAKDOWN_FIELDS[column]} (timmar)", low=0, high=1e7)
            undos.append(_set_keyed_in(s, TimeBreakdown, {"unit_id": unit_id, "year": year, "month": int(month)},
                                       column, new, {c: 0.0 for c in BREAKDOWN_FIELDS}, f"{year}-{int(month):02d}",
                                       source))
        return undos


def set_targets(database: Database, unit: str, year: int, changes: list[Change], *,
                source: str = WINDOW) -> list[RowUndo]:
    """Key-figure targets of the unit and year (the row key is not used)."""
    with database.session() as s:
        unit_id = _unit_id(s, unit)
        undos = []
        for _, column, value in changes:
            if column not in TARGET_COLUMNS:
                raise StoreError(f"Okänt mål {column!r}.")
            new = _number(value, f"{TARGET_FIELDS[column]} (%)", low=0, high=100)
            undos.append(_set_keyed_in(s, KpiTarget, {"unit_id": unit_id, "year": year}, column, new,
                                       {"execution_target_pct": 70.0, "idle_max_pct": 5.0, "declined_max_pct": 1.0},
                                       str(year), source))
        return undos


def set_finance_values(database: Database, unit: str, year: int, changes: list[Change], *,
                       source: str = WINDOW) -> list[RowUndo]:
    """Budget and outcome per month: row key = month, column = 'category|budget_kr' or 'category|outcome_kr'."""
    categories = [c.value for c in FinanceCategory]
    with database.session() as s:
        unit_id = _unit_id(s, unit)
        undos = []
        for month, key, value in changes:
            category, _, column = str(key).partition("|")
            if category not in categories or column not in FINANCE_FIELDS:
                raise StoreError(f"Okänd kolumn {key!r} för ekonomin.")
            new = _number(value, f"{FINANCE_FIELDS[column]} (kr)", optional=column == "outcome_kr")
            if new is None and column == "budget_kr":
                new = 0.0
            undos.append(_set_keyed_in(s, FinanceLine, {"unit_id": unit_id, "year": year, "month": int(month),
                                                        "category": category}, column, new,
                                       {"budget_kr": 0.0, "outcome_kr": None},
                                       f"{year}-{int(month):02d} {category}", source))
        return undos


def set_forecasts(database: Database, unit: str, year: int, changes: list[Change], *, made_on: date | None = None,
                  source: str = WINDOW) -> list[int]:
    """New prognoses: row key = category, value = kr; returns the new rows' ids (undo: delete_forecasts)."""
    ids = []
    for category, _, value in changes:
        ids.append(set_forecast(database, unit, year, str(category), value, made_on=made_on, source=source))
    return ids


def delete_forecasts(database: Database, ids: list[int]) -> None:
    for i in ids:
        delete_row(database, "finance_forecast", i)
