"""Edits of indicators and their yearly values, and of compensation models (the Nyckeltal and Ekonomi
areas): one transaction each, a change_log row, and a return value that undo needs.

Re-exported by vonapp.store.edits_plan with the rest of the plan area's edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select

from vonapp.domain.glossary import Assessment
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
from vonapp.store.models import CompensationModel, Indicator, IndicatorValue

Change = tuple[Any, str, object]  # (row key, column, value)

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


# --- Batches: a paste of many cells is one transaction and one undo ---------------------------

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
