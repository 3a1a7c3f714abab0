"""Helpers the plan area's edit modules share: change-log rows, snapshots of rows, checked numbers."""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vonapp.store.changelog import log_change
from vonapp.store.errors import StoreError
from vonapp.store.models import Measure, Unit
from vonapp.store.queries import resolve_units

WINDOW = "fönstret"
Row = dict[str, Any]


def _log(session: Session, *, table: str, key: str, column: str, old: object, new: object, source: str,
         unit_id: int | None) -> None:
    """A change_log row in this transaction."""
    log_change(session, table=table, key=key, column=column, old=old, new=new, source=source, unit_id=unit_id)


def _row(session: Session, model: type, row_id: int) -> Row | None:
    r = session.execute(select(model.__table__).where(model.__table__.c.id == row_id)).mappings().first()
    return dict(r) if r is not None else None


def _restore(session: Session, model: type, row: Row) -> None:
    session.execute(insert(model.__table__).values(**row))


def _unit_id(session: Session, unit: str) -> int:
    if unit.strip().lower() in ("all", "alla", "alla enheter"):
        raise StoreError("Ange en enhet; ändringen gäller en enhet, inte alla.")
    return resolve_units(session, unit)[0].id


def _number(value: object, what: str, *, low: float | None = None, high: float | None = None,
            optional: bool = False) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise StoreError(f"{what} behöver ett tal.")
    try:
        x = float(str(value).replace("\u00a0", "").replace(" ", "").replace(",", ".")) if isinstance(value, str) \
            else float(value)  # type: ignore[arg-type]
    except ValueError:
        raise StoreError(f"{what}: {value!r} är inget tal.") from None
    if not math.isfinite(x):
        raise StoreError(f"{what}: {value!r} är inget tal.")
    if low is not None and x < low:
        raise StoreError(f"{what} kan inte vara under {low:g}".replace(".", ",") + ".")
    if high is not None and x > high:
        raise StoreError(f"{what} kan inte vara över {high:g}".replace(".", ",") + ".")
    return x


def _measure(session: Session, measure_id: int) -> Measure:
    m = session.get(Measure, measure_id)
    if m is None:
        raise StoreError("Åtgärden finns inte längre (borttagen i ett annat fönster?).")
    return m


def _measure_key(session: Session, m: Measure) -> str:
    return f"{session.get(Unit, m.unit_id).name} {m.year}: {m.name}"


def _keyed(session: Session, model: type, key: dict[str, object]):  # noqa: ANN202 - a mapped row or None
    q = select(model)
    for k, v in key.items():
        q = q.where(getattr(model, k) == v)
    return session.scalars(q).first()
