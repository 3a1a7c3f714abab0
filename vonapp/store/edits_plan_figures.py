"""Edits of key figures, indicators, finance lines, the manager's prognos and compensation models.

Part of the plan area's edits (see vonapp.store.edits_plan, which re-exports these): one
transaction each, a change_log row, and a return value that undo needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vonapp.domain.glossary import Assessment, FinanceCategory
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


# --- Indikatorer ------------------------------------------------------------------------------

INDICATOR_FIELDS = {"name": "Indikator", "kolada_id": "Kolada-id", "goal": "Mål", "measure_unit": "Måttenhet"}
VALUE_FIELDS = {"target": "Målvärde", "value": "Utfall", "assessment": "Bedömning", "preliminary": "Preliminärt"}
ASSESSMENTS = [a.value for a in Assessment]


def set_indicator_field(database: Database, indicator_id: int, column: str, value: object, *,
                        source: str = WINDOW) -> object:
    if column not in INDICATOR_FIELDS:
        raise StoreError(f"Okänd kolumn {column!r} för en indikator.")
    new = _check_indicator_field(column, value)
    with database.session() as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise StoreError("Indikatorn finns inte längre.")
        old = getattr(ind, column)
        setattr(ind, column, new)
        _log(s, table="indicator", key=ind.name, column=column, old=old, new=new, source=source,
             unit_id=ind.unit_id)
        return old


def _check_indicator_field(column: str, value: object) -> object:
    text = None if value is None else str(value).strip() or None
    if column == "name" and not text:
        raise StoreError("En indikator behöver ett namn.")
    if column == "kolada_id" and text:
        text = text.upper()
        if not (len(text) <= 16 and text[0].isalpha() and text[1:].isdigit()):
            raise StoreError(f"Kolada-id {text!r} ser inte ut som ett (t.ex. U23516).")
    return text if column != "measure_unit" else (text or "")


def _check_indicator_value(column: str, value: object) -> object:
    if column == "assessment":
        if value is None or not str(value).strip():
            return None
        wanted = str(value).strip().casefold()
        for a in ASSESSMENTS:
            if a.casefold() == wanted:
                return a
        raise StoreError(f"Bedömningen {value!r} finns inte; välj {', '.join(ASSESSMENTS)}.")
    if column == "preliminary":
        return bool(value) and str(value).strip().lower() not in ("nej", "0", "false", "")
    return _number(value, VALUE_FIELDS[column], optional=True)


def set_indicator_value(database: Database, indicator_id: int, year: int, column: str, value: object, *,
                        source: str = WINDOW) -> Row | None:
    """Target, outcome, assessment or preliminary of an indicator's year; returns the old row (None: created)."""
    if column not in VALUE_FIELDS:
        raise StoreError(f"Okänd kolumn {column!r} för ett indikatorvärde.")
    new = _check_indicator_value(column, value)
    with database.session() as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise StoreError("Indikatorn finns inte längre.")
        row = _keyed(s, IndicatorValue, {"indicator_id": indicator_id, "year": year})
        old_row = _row(s, IndicatorValue, row.id) if row is not None else None
        if row is None:
            row = IndicatorValue(indicator_id=indicator_id, year=year, preliminary=False)
            s.add(row)
        old = getattr(row, column, None) if old_row is not None else None
        setattr(row, column, new)
        _log(s, table="indicator_value", key=f"{ind.name} {year}", column=column, old=old, new=new, source=source,
             unit_id=ind.unit_id)
        return old_row


def undo_indicator_value(database: Database, indicator_id: int, year: int, old_row: Row | None, *,
                         source: str = WINDOW) -> None:
    with database.session() as s:
        s.execute(delete(IndicatorValue).where(IndicatorValue.indicator_id == indicator_id,
                                               IndicatorValue.year == year))
        if old_row is not None:
            _restore(s, IndicatorValue, old_row)
        ind = s.get(Indicator, indicator_id)
        _log(s, table="indicator_value", key=f"{ind.name if ind else indicator_id} {year}", column="*",
             old="ändrad", new="ångrad", source=source, unit_id=ind.unit_id if ind else None)


def add_indicator(database: Database, unit: str | None, name: str, *, goal: str | None = None,
                  kolada_id: str | None = None, measure_unit: str = "", source: str = WINDOW) -> int:
    if not (name or "").strip():
        raise StoreError("En indikator behöver ett namn.")
    with database.session() as s:
        unit_id = _unit_id(s, unit) if unit else None
        ind = Indicator(unit_id=unit_id, name=name.strip(), kolada_id=(kolada_id or None), measure_unit=measure_unit,
                        higher_is_better=True, goal=(goal or None))
        s.add(ind)
        s.flush()
        _log(s, table="indicator", key=ind.name, column="*", old=None, new="ny indikator", source=source,
             unit_id=unit_id)
        return ind.id


@dataclass(frozen=True)
class IndicatorSnapshot:
    indicator: Row
    values: list[Row]


def remove_indicator(database: Database, indicator_id: int, *, source: str = WINDOW) -> IndicatorSnapshot:
    with database.session() as s:
        row = _row(s, Indicator, indicator_id)
        if row is None:
            raise StoreError("Indikatorn finns inte längre.")
        values = [dict(r) for r in s.execute(select(IndicatorValue.__table__).where(
            IndicatorValue.indicator_id == indicator_id)).mappings()]
        _log(s, table="indicator", key=row["name"], column="*", old=f"{len(values)} år", new="borttagen",
             source=source, unit_id=row["unit_id"])
        s.execute(delete(IndicatorValue).where(IndicatorValue.indicator_id == indicator_id))
        s.execute(delete(Indicator).where(Indicator.id == indicator_id))
        return IndicatorSnapshot(row, values)


def restore_indicator(database: Database, snap: IndicatorSnapshot, *, source: str = WINDOW) -> int:
    with database.session() as s:
        _restore(s, Indicator, snap.indicator)
        for v in snap.values:
            _restore(s, IndicatorValue, v)
        _log(s, table="indicator", key=snap.indicator["name"], column="*", old="borttagen", new="återställd",
             source=source, unit_id=snap.indicator["unit_id"])
        return int(snap.indicator["id"])


# --- Ersättningsmodell ------------------------------------------------------------------------

COMPENSATION_FIELDS = {"name": "Modell", "granted_hours": "Beviljad tid (h)",
                       "execution_share_pct": "Budgeterad utförandegrad (%)",
                       "client_time_share_pct": "Brukartid av arbetad tid (%)", "hourly_cost": "Timkostnad (kr)"}


def _check_compensation(column: str, value: object) -> object:
    if column == "name":
        text = (str(value) if value is not None else "").strip()
        if not text:
            raise StoreError("Modellen behöver ett namn.")
        return text
    if column in ("execution_share_pct", "client_time_share_pct"):
        low = 0.1 if column == "client_time_share_pct" else 0
        return _number(value, COMPENSATION_FIELDS[column], low=low, high=100)
    return _number(value, COMPENSATION_FIELDS[column], low=0, high=1e9)


def set_compensation_value(database: Database, model_id: int, column: str, value: object, *,
                           source: str = WINDOW) -> object:
    if column not in COMPENSATION_FIELDS:
        raise StoreError(f"Okänd kolumn {column!r} för ersättningsmodellen.")
    new = _check_compensation(column, value)
    with database.session() as s:
        m = s.get(CompensationModel, model_id)
        if m is None:
            raise StoreError("Modellen finns inte längre.")
        if column == "name" and s.scalar(select(func.count()).select_from(CompensationModel).where(
                CompensationModel.unit_id == m.unit_id, CompensationModel.year == m.year,
                CompensationModel.id != m.id, CompensationModel.name == new)):
            raise StoreError(f"Modellen {new!r} finns redan för {m.year}.")
        old = getattr(m, column)
        setattr(m, column, new)
        _log(s, table="compensation_model", key=f"{m.year} {m.name}", column=column, old=old, new=new,
             source=source, unit_id=m.unit_id)
        return old


def add_compensation_model(database: Database, unit: str, year: int, name: str, *, granted_hours: object,
                           execution_share_pct: object, client_time_share_pct: object, hourly_cost: object,
                           source: str = WINDOW) -> int:
    values = {"name": name, "granted_hours": granted_hours, "execution_share_pct": execution_share_pct,
              "client_time_share_pct": client_time_share_pct, "hourly_cost": hourly_cost}
    checked = {k: _check_compensation(k, v) for k, v in values.items()}
    with database.session() as s:
        unit_id = _unit_id(s, unit)
        if s.scalar(select(func.count()).select_from(CompensationModel).where(
                CompensationModel.unit_id == unit_id, CompensationModel.year == year,
                CompensationModel.name == checked["name"])):
            raise StoreError(f"Modellen {checked['name']!r} finns redan för {year}.")
        m = CompensationModel(unit_id=unit_id, year=year, **checked)
        s.add(m)
        s.flush()
        _log(s, table="compensation_model", key=f"{year} {m.name}", column="*", old=None, new="ny modell",
             source=source, unit_id=unit_id)
        return m.id


def remove_compensation_model(database: Database, model_id: int, *, source: str = WINDOW) -> Row:
    with database.session() as s:
        row = _row(s, CompensationModel, model_id)
        if row is None:
            raise StoreError("Modellen finns inte längre.")
        _log(s, table="compensation_model", key=f"{row['year']} {row['name']}", column="*", old="modell",
             new="borttagen", source=source, unit_id=row["unit_id"])
        s.execute(delete(CompensationModel).where(CompensationModel.id == model_id))
        return row


def restore_compensation_model(database: Database, row: Row, *, source: str = WINDOW) -> int:
    with database.session() as s:
        _restore(s, CompensationModel, row)
        _log(s, table="compensation_model", key=f"{row['year']} {row['name']}", column="*", old="borttagen",
             new="återställd", source=source, unit_id=row["unit_id"])
        return int(row["id"])


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


def set_indicator_cells(database: Database, year: int, changes: list[Change], *,
                        source: str = WINDOW) -> list[Change]:
    """Indicator fields (name, kolada_id, goal, measure_unit) and the year's values (target, value,
    assessment): row key = indicator id; one transaction; returns the reverse changes."""
    reverse: list[Change] = []
    with database.session() as s:
        for ind_id, column, value in changes:
            ind = s.get(Indicator, int(ind_id))
            if ind is None:
                raise StoreError("Indikatorn finns inte längre.")
            if column in INDICATOR_FIELDS:
                new = _check_indicator_field(column, value)
                old = getattr(ind, column)
                setattr(ind, column, new)
                _log(s, table="indicator", key=ind.name, column=column, old=old, new=new, source=source,
                     unit_id=ind.unit_id)
            elif column in VALUE_FIELDS:
                new = _check_indicator_value(column, value)
                row = _keyed(s, IndicatorValue, {"indicator_id": ind.id, "year": year})
                if row is None:
                    row = IndicatorValue(indicator_id=ind.id, year=year, preliminary=False)
                    s.add(row)
                    old = None
                else:
                    old = getattr(row, column)
                setattr(row, column, new)
                _log(s, table="indicator_value", key=f"{ind.name} {year}", column=column, old=old, new=new,
                     source=source, unit_id=ind.unit_id)
            else:
                raise StoreError(f"Okänd kolumn {column!r} för en indikator.")
            s.flush()
            reverse.append((ind_id, column, old))
    return list(reversed(reverse))


def set_compensation_values(database: Database, changes: list[Change], *, source: str = WINDOW) -> list[Change]:
    """Compensation model inputs: row key = model id; one transaction; returns the reverse changes."""
    reverse: list[Change] = []
    with database.session() as s:
        for model_id, column, value in changes:
            if column not in COMPENSATION_FIELDS:
                raise StoreError(f"Okänd kolumn {column!r} för ersättningsmodellen.")
            new = _check_compensation(column, value)
            m = s.get(CompensationModel, int(model_id))
            if m is None:
                raise StoreError("Modellen finns inte längre.")
            if column == "name" and s.scalar(select(func.count()).select_from(CompensationModel).where(
                    CompensationModel.unit_id == m.unit_id, CompensationModel.year == m.year,
                    CompensationModel.id != m.id, CompensationModel.name == new)):
                raise StoreError(f"Modellen {new!r} finns redan för {m.year}.")
            old = getattr(m, column)
            setattr(m, column, new)
            s.flush()
            _log(s, table="compensation_model", key=f"{m.year} {m.name}", column=column, old=old, new=new,
                 source=source, unit_id=m.unit_id)
            reverse.append((model_id, column, old))
    return list(reversed(reverse))
