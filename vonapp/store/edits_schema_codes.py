"""Edits of a unit's shift codes and staffing need (the Schema area's side tables); see edits_schema."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vonapp.store.database import Database
from vonapp.store.edits_schema import WINDOW, Change, log, schedule_count_using
from vonapp.store.errors import StoreError
from vonapp.store.models import ShiftCode, StaffingNeed
from vonapp.store.row_snapshot import RowSet, capture

CODE_COLUMNS = ("code", "start", "end", "break", "is_resource")
_TITLE = {"code": "passkod", "start": "start", "end": "slut", "break": "rast min", "is_resource": "resurspass"}


def minutes(value: object, what: str) -> int:
    """Minutes after midnight from 7, 07, 0700, 07:00 or 7.30 (or an int); 24:00 is the end of the day."""
    if isinstance(value, int) and not isinstance(value, bool):
        m = value
    else:
        text = str(value or "").strip().replace(".", ":")
        if ":" not in text and text.isdigit() and len(text) in (3, 4):
            text = f"{text[:-2]}:{text[-2:]}"
        hh, _, mm = text.partition(":")
        if not hh.isdigit() or (mm and not mm.isdigit()):
            raise StoreError(f"{what} {value!s} är ingen tid; skriv TT:MM, t.ex. 07:00.")
        m = int(hh) * 60 + int(mm or 0)
    if not 0 <= m <= 1440:
        raise StoreError(f"{what} {value!s} är ingen tid på dygnet (00:00–24:00).")
    return m


def clock(m: int) -> str:
    return f"{m // 60:02d}:{m % 60:02d}"


def _check(session: Session, code: ShiftCode) -> None:
    code.code = (code.code or "").strip()
    if not code.code or len(code.code) > 16:
        raise StoreError("En passkod är 1–16 tecken.")
    twin = session.scalar(select(ShiftCode.code).where(ShiftCode.unit_id == code.unit_id, ShiftCode.id != code.id,
                                                     ShiftCode.code.ilike(code.code)))
    if twin is not None:
        raise StoreError(f"Passkoden {twin} finns redan.")
    if code.start_min == 1440:
        raise StoreError("Ett pass börjar 00:00–23:59.")
    length = (code.end_min - code.start_min) % 1440 or 1440
    if code.break_min < 0 or code.break_min >= length:
        raise StoreError(f"Rasten {code.break_min} min går inte i ett pass på {length} minuter.")


def _set(code: ShiftCode, column: str, value: object) -> tuple[object, object]:
    """Set one column from a typed value; returns (old, new) as the table shows them."""
    if column == "code":
        old, code.code = code.code, str(value or "").strip()
        return old, code.code
    if column == "start":
        old_m, code.start_min = code.start_min, minutes(value, "Start")
        return clock(old_m), clock(code.start_min)
    if column == "end":
        old_m, code.end_min = code.end_min, minutes(value, "Slut")
        return clock(old_m), clock(code.end_min)
    if column == "break":
        try:
            brk = int(float(str(value or 0).replace(",", ".")))
        except ValueError:
            raise StoreError(f"Rasten {value} är inget antal minuter.") from None
        old_b, code.break_min = code.break_min, brk
        return old_b, brk
    if column == "is_resource":
        flag = value if isinstance(value, bool) else str(value).strip().casefold() in ("ja", "j", "1", "true", "x")
        old_r, code.is_resource = bool(code.is_resource), bool(flag)
        return old_r, bool(flag)
    raise StoreError(f"Kolumnen {column} finns inte bland passkoderna.")


def _raw(code: ShiftCode, column: str) -> object:
    return {"code": code.code, "start": code.start_min, "end": code.end_min, "break": code.break_min,
            "is_resource": bool(code.is_resource)}[column]


def write_shift_codes(database: Database, unit_id: int, changes: Sequence[Change], *,
                      source: str = WINDOW) -> list[Change]:
    """Change shift codes' columns (code, start, end, break, is_resource); returns the reverse changes.

    A changed time changes every schedule that uses the code, as in Time Care.
    """
    with database.session() as session:
        reverse: list[Change] = []
        touched: dict[int, ShiftCode] = {}
        for code_id, column, value in changes:
            code = session.get(ShiftCode, code_id)
            if code is None or code.unit_id != unit_id:
                raise StoreError("Passkoden finns inte längre.")
            before = _raw(code, column)
            old, new = _set(code, column, value)
            touched[code_id] = code
            if old != new:
                reverse.append((code_id, column, before))
                log(session, table="shift_code", key=code.code, column=_TITLE[column], old=old, new=new,
                    source=source, unit_id=unit_id)
        with session.no_autoflush:
            for code in touched.values():
                _check(session, code)
    reverse.reverse()
    return reverse


def add_shift_code(database: Database, unit_id: int, code: str, start: object, end: object, break_min: int = 0,
                   is_resource: bool = False, *, source: str = WINDOW) -> list[RowSet]:
    with database.session() as session:
        row = ShiftCode(unit_id=unit_id, code=(code or "").strip(), start_min=minutes(start, "Start"),
                        end_min=minutes(end, "Slut"), break_min=int(break_min or 0), is_resource=bool(is_resource))
        _check(session, row)
        session.add(row)
        session.flush()
        log(session, table="shift_code", key=row.code, column="passkod", old=None,
            new=f"{clock(row.start_min)}–{clock(row.end_min)}", source=source, unit_id=unit_id)
        empty = capture(session, "shift_code", "id = :id", id=-1)
        return [RowSet("shift_code", "id = :id", (("id", int(row.id)),), empty.columns, ())]


def remove_shift_code(database: Database, code_id: int, *, source: str = WINDOW) -> list[RowSet]:
    """Remove a shift code no schedule uses (a used one is refused: its cells would go with it)."""
    with database.session() as session:
        code = session.get(ShiftCode, code_id)
        if code is None:
            raise StoreError("Passkoden finns inte längre.")
        used = schedule_count_using(session, code_id)
        if used:
            raise StoreError(f"Passkoden {code.code} används i {used} {'schema' if used == 1 else 'scheman'}; "
                             "byt ut den där först.")
        undo = [capture(session, "shift_code", "id = :id", id=code_id)]
        session.delete(code)
        log(session, table="shift_code", key=code.code, column="passkod", old=code.code, new=None, source=source,
            unit_id=code.unit_id)
    return undo


def write_staffing_need(database: Database, unit_id: int, changes: Sequence[tuple[int, int, object]], *,
                        source: str = WINDOW) -> list[RowSet]:
    """Set the need (staff, may be fractional) per (weekday 0–6, hour 0–23); None or empty removes it.

    Returns the unit's need rows as they were (undo puts them back with `edits_schema.restore`).
    """
    with database.session() as session:
        undo = [capture(session, "staffing_need", "unit_id = :u", u=unit_id)]
        for weekday, hour, value in changes:
            if not (0 <= int(weekday) <= 6 and 0 <= int(hour) <= 23):
                raise StoreError("Veckodag 0–6 och timme 0–23.")
            staff = None
            if value is not None and str(value).strip() != "":
                try:
                    staff = float(str(value).replace(",", ".").strip())
                except ValueError:
                    raise StoreError(f"{value} är inget antal personal.") from None
                if not 0 <= staff <= 500:
                    raise StoreError(f"{value} personal går inte; ange 0–500.")
            row = session.execute(select(StaffingNeed).where(StaffingNeed.unit_id == unit_id,
                                                             StaffingNeed.weekday == weekday,
                                                             StaffingNeed.hour == hour)).scalar()
            old = None if row is None else row.staff
            if row is not None and staff is None:
                session.delete(row)
            elif row is not None:
                row.staff = staff
            elif staff is not None:
                session.add(StaffingNeed(unit_id=unit_id, weekday=int(weekday), hour=int(hour), staff=staff))
            if old != staff:
                log(session, table="staffing_need", key=f"{_DAYS[int(weekday)]} {int(hour):02d}:00", column="personal",
                    old=old, new=staff, source=source, unit_id=unit_id)
    return undo


_DAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
