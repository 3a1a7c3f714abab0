"""Utfall edits of the window and the command line: resurspass placement, time rows, coverage.

Each function is one transaction, refuses bad input with a StoreError carrying a Swedish message
(nothing written), writes change_log rows for what it changed and returns the `Changes` that
`row_changes.revert` undoes. Occupancy edits: vonapp.store.edits_occupancy (re-exported here).
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from vonapp.domain.formatting import fmt_number
from vonapp.domain.glossary import AbsenceType, Category, EmploymentForm, Placement
from vonapp.domain.schedule import shift_hours
from vonapp.domain.utfall import COVER_CATEGORIES, NOT_COVERED
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.models import Employee, TimeEntry, Unit
from vonapp.store.models_utfall import AbsenceCover
from vonapp.store.queries import UnitInfo, list_units, raw_rows
from vonapp.store.row_changes import WINDOW, Changes, Recorder, now, one_unit

__all__ = [
    "add_time_row", "change_time_row", "edit_time_rows", "link_coverage", "place_resurspass", "place_resurspasses",
    "remove_time_row",
    "resurspass_shift_hours", "parse_placement", "one_unit",
]

_PERSONNUMMER = re.compile(r"(?<!\d)(\d{2})?\d{6}[-+]?\d{4}(?!\d)")


def _no_personnummer(value: str, what: str) -> None:
    if _PERSONNUMMER.search(value.replace(" ", "")):
        raise StoreError(f"{what} {value!r} ser ut som ett personnummer; vonapp sparar aldrig personnummer.")


def parse_placement(session: Session, unit: UnitInfo, text: str) -> tuple[str, int | None]:
    """'egen enhet', 'ej placerad' or another unit's name → (placement, placement unit id)."""
    word = " ".join(text.strip().casefold().split())
    if word in ("egen enhet", "egen", unit.name.casefold()):
        return Placement.OWN.value, None
    if word in ("ej placerad", "ej placerat", "oplacerad", "ingen", ""):
        return Placement.UNPLACED.value, None
    units = list_units(session)
    for u in units:
        if u.name.casefold() == word:
            return Placement.OTHER.value, u.id
    others = ", ".join(u.name for u in units if u.id != unit.id)
    raise StoreError(f"Placeringen {text!r} är varken egen enhet, ej placerad eller en enhet"
                     f"{f' (andra enheter: {others})' if others else ''}.")


def _employee(session: Session, number: str) -> Employee | None:
    return session.scalar(select(Employee).where(Employee.employment_number == number.strip()))


def resurspass_shift_hours(session: Session, unit: UnitInfo, employee_id: int, day: date) -> float:
    """Hours of the employee's resurspass shifts on the day in the unit's schedule (0 when none).

    The same rule as vonapp.domain.schedule.expand_schedule for one employee and one day, read with
    two small queries instead of expanding the unit's whole schedule (≈35 ms of pandas on each edit):
    the unit's schedule valid on the day is the last one started on or before it (a later one
    replaces it), and its cycle cell d − S, d − S − N, … (N the cycle's days) is the day's shift.
    """
    schedules = sorted(
        (date.fromisoformat(str(start)[:10]), sid, weeks) for sid, start, weeks in raw_rows(
            session, "SELECT id, start_date, cycle_weeks FROM schedule WHERE unit_id = :unit",
            {"unit": unit.id}))
    valid = [s for s in schedules if s[0] <= day]
    if not valid:
        return 0.0
    start, schedule_id, weeks = valid[-1]
    cycle, offset = weeks * 7, (day - start).days
    if cycle <= 0:
        return 0.0
    rows = raw_rows(session, (
        "SELECT c.day_index, s.start_min, s.end_min, s.break_min FROM schedule_cell c "
        "JOIN shift_code s ON s.id = c.shift_code_id AND s.unit_id = :unit "
        "WHERE c.schedule_id = :schedule AND c.employee_id = :employee AND s.is_resource = :yes"),
        {"unit": unit.id, "schedule": schedule_id, "employee": employee_id, "yes": True})
    return float(sum(shift_hours(a, b, k) for i, a, b, k in rows if i <= offset and (offset - i) % cycle == 0))


def place_resurspass(database: Database, *, unit: str, day: date, employee: str, placement: str,
                     source: str = WINDOW) -> Changes:
    """Record where the employee's resurspass of the day went (egen enhet, another unit, ej placerad).

    The day's recorded resurspass row gets the placement; with none recorded yet, a row with the
    scheduled hours is added. A day without that employee's resurspass is refused.
    """
    return place_resurspasses(database, unit=unit, placements=[(day, employee, placement)], source=source)


def place_resurspasses(database: Database, *, unit: str, placements: list[tuple[date, str, str]],
                       source: str = WINDOW) -> Changes:
    """Several placements (day, employment number, placement) in one transaction (a paste)."""
    with database.session() as s:
        u = one_unit(s, unit)
        rec = Recorder(s, source, u.id)
        labels = []
        for day, employee, placement in placements:
            labels.append(_place(s, rec, u, day, employee, placement))
        rec.changes.message = labels[0] if len(labels) == 1 else f"{len(labels)} resurspass placerade"
        return rec.changes


def _place(s: Session, rec: Recorder, u: UnitInfo, day: date, employee: str, placement: str) -> str:
    emp = _employee(s, employee)
    if emp is None:
        raise StoreError(f"Anställningsnummer {employee} finns inte.")
    hours = resurspass_shift_hours(s, u, emp.id, day)
    if hours <= 0:
        raise StoreError(f"{emp.display_name} ({emp.employment_number}) har inget resurspass {day.isoformat()} "
                         f"på {u.name} enligt schemat.")
    where, other = parse_placement(s, u, placement)
    rows = s.scalars(select(TimeEntry.id).where(
        TimeEntry.unit_id == u.id, TimeEntry.employee_id == emp.id, TimeEntry.date == day,
        TimeEntry.category == Category.RESURSPASS.value).order_by(TimeEntry.id)).all()
    if rows:
        for row_id in rows:
            rec.update("time_entry", row_id, {"placement": where, "placement_unit_id": other}, stamp=True)
    else:
        rec.insert("time_entry", {
            "unit_id": u.id, "employee_id": emp.id, "date": day, "category": Category.RESURSPASS.value,
            "absence_type": None, "placement": where, "placement_unit_id": other, "hours": hours,
            "batch_id": None, "edited_at": now()})
    return f"Resurspass {day.isoformat()} {emp.display_name}: {_placement_label(s, where, other)}"


def _placement_label(session: Session, placement: str, unit_id: int | None) -> str:
    if placement == Placement.OTHER.value and unit_id is not None:
        return session.scalar(select(Unit.name).where(Unit.id == unit_id)) or placement
    return placement


def _category(text: str) -> Category:
    word = text.strip().casefold()
    for c in Category:
        if c.value == word:
            return c
    raise StoreError(f"Kategorin {text!r} finns inte; välj {', '.join(c.value for c in Category)}.")


def _absence(text: str | None) -> AbsenceType:
    word = (text or "").strip().casefold()
    for a in AbsenceType:
        if a.value == word:
            return a
    raise StoreError(f"Frånvarotypen {text or '(tom)'!r} finns inte; välj "
                     f"{', '.join(a.value for a in AbsenceType)}.")


def _check_hours(session: Session, hours: float, employee_id: int | None, day: date,
                 except_row: int | None = None) -> None:
    if not (hours > 0 and hours <= 24):
        raise StoreError(f"{fmt_number(hours, 2)} timmar går inte; en rad har mer än 0 och högst 24 timmar.")
    if employee_id is None:
        return
    q = select(TimeEntry.hours).where(TimeEntry.employee_id == employee_id, TimeEntry.date == day)
    if except_row is not None:
        q = q.where(TimeEntry.id != except_row)
    total = sum(session.scalars(q).all()) + hours
    if total > 24 + 1e-9:
        raise StoreError(f"Anställd får {fmt_number(total, 1)} timmar {day.isoformat()}; högst 24 timmar per dag.")


def _row_fields(session: Session, unit: UnitInfo, category: str, absence_type: str | None,
                placement: str | None) -> dict[str, object]:
    cat = _category(category)
    fields: dict[str, object] = {"category": cat.value, "absence_type": None, "placement": None,
                                 "placement_unit_id": None}
    if cat is Category.FRANVARO:
        fields["absence_type"] = _absence(absence_type).value
    if cat is Category.RESURSPASS:
        fields["placement"], fields["placement_unit_id"] = parse_placement(session, unit, placement or "")
    return fields


def add_time_row(database: Database, *, unit: str, day: date, employee: str, category: str, hours: float,
                 name: str | None = None, absence_type: str | None = None, placement: str | None = None,
                 source: str = WINDOW) -> Changes:
    """Add one time row; an unknown employment number creates an hourly-paid employee (name needed)."""
    with database.session() as s:
        u = one_unit(s, unit)
        rec = Recorder(s, source, u.id)
        fields = _row_fields(s, u, category, absence_type, placement)
        number = (employee or "").strip()
        employee_id: int | None = None
        if not number:
            if fields["category"] != Category.INHYRD.value:
                raise StoreError("Ange anställningsnummer; bara inhyrd personal kan sakna nummer.")
        else:
            _no_personnummer(number, "Anställningsnumret")
            emp = _employee(s, number)
            if emp is None:
                if not (name or "").strip():
                    raise StoreError(f"Anställningsnummer {number} är nytt; ange namnet för att lägga till "
                                     "en timavlönad anställd.")
                _no_personnummer(name or "", "Namnet")
                employee_id = rec.insert("employee", {
                    "unit_id": u.id, "employment_number": number, "display_name": (name or "").strip(),
                    "role": None, "employment_form": EmploymentForm.HOURLY.value, "employment_rate": None,
                    "batch_id": None})
            else:
                employee_id = emp.id
        _check_hours(s, float(hours), employee_id, day)
        rec.insert("time_entry", {"unit_id": u.id, "employee_id": employee_id, "date": day, **fields,
                                  "hours": float(hours), "batch_id": None, "edited_at": now()})
        rec.changes.message = f"Tidrad {day.isoformat()} {fields['category']} {fmt_number(hours, 2)} h tillagd"
        return rec.changes


def _entry(session: Session, row_id: int) -> TimeEntry:
    row = session.get(TimeEntry, row_id)
    if row is None:
        raise StoreError("Raden finns inte längre; den kan ha tagits bort eller ersatts av en import.")
    return row


def _unit_of(session: Session, unit_id: int) -> UnitInfo:
    found = [u for u in list_units(session) if u.id == unit_id]
    return found[0]


def change_time_row(database: Database, row_id: int, *, hours: float | None = None, category: str | None = None,
                    absence_type: str | None = None, placement: str | None = None,
                    source: str = WINDOW) -> Changes:
    """Change a time row's hours, category, absence type or placement (what is given)."""
    with database.session() as s:
        row = _entry(s, row_id)
        rec = Recorder(s, source, row.unit_id)
        _change(s, rec, row, hours=hours, category=category, absence_type=absence_type, placement=placement)
        rec.changes.message = f"Tidrad {row.date.isoformat()} ändrad"
        return rec.changes


DAY_COLUMNS = ("hours", "category", "absence_type", "placement", "covered_by")


def edit_time_rows(database: Database, edits: list[tuple[int, str, object]], *, source: str = WINDOW) -> Changes:
    """Cell edits of the day table, (row id, column, value), in one transaction (a paste, a fill).

    Columns: hours, category, absence_type, placement (text as in parse_placement) and covered_by
    (a covering row's id, "ej ersatt", or None/"" = not stated).
    """
    with database.session() as s:
        rec: Recorder | None = None
        for row_id, column, value in edits:
            row = _entry(s, int(row_id))
            rec = rec or Recorder(s, source, row.unit_id)
            if column == "covered_by":
                if value is None or value == "":
                    _link(s, rec, row, None, clear=True)
                else:
                    _link(s, rec, row, None if value == NOT_COVERED else int(value))  # type: ignore[arg-type]
            elif column in DAY_COLUMNS:
                _change(s, rec, row, **{column: value})  # type: ignore[arg-type]
            else:
                raise StoreError(f"Kolumnen {column} går inte att ändra här.")
        if rec is None:
            return Changes()
        rec.changes.message = "Tidrad ändrad" if len(edits) == 1 else f"{len(edits)} tidrader ändrade"
        return rec.changes


def _change(s: Session, rec: Recorder, row: TimeEntry, *, hours: float | None = None, category: str | None = None,
            absence_type: str | None = None, placement: str | None = None) -> None:
    u = _unit_of(s, row.unit_id)
    values: dict[str, object] = {}
    if category is not None or absence_type is not None or placement is not None:
        cat = category if category is not None else row.category
        absence = absence_type if absence_type is not None else row.absence_type
        if placement is not None:
            where = placement
        elif row.placement == Placement.OTHER.value and row.placement_unit_id is not None:
            where = _placement_label(s, row.placement, row.placement_unit_id)
        else:
            where = row.placement or Placement.UNPLACED.value
        values.update(_row_fields(s, u, cat, absence, where))
    if hours is not None:
        _check_hours(s, float(hours), row.employee_id, row.date, except_row=row.id)
        values["hours"] = float(hours)
    if row.category == Category.FRANVARO.value and values.get("category", row.category) != row.category:
        link = s.scalar(select(AbsenceCover.id).where(AbsenceCover.absence_entry_id == row.id))
        if link is not None:
            rec.delete("absence_cover", link)
    rec.update("time_entry", row.id, values, stamp=True)
    s.expire(row)


def remove_time_row(database: Database, row_id: int, *, source: str = WINDOW) -> Changes:
    """Remove a time row, with the coverage links that name it (undo puts all back)."""
    with database.session() as s:
        row = _entry(s, row_id)
        rec = Recorder(s, source, row.unit_id)
        links = s.scalars(select(AbsenceCover.id).where(
            (AbsenceCover.absence_entry_id == row.id) | (AbsenceCover.cover_entry_id == row.id))).all()
        for link in links:
            rec.delete("absence_cover", link)
        rec.delete("time_entry", row.id)
        rec.changes.message = f"Tidrad {row.date.isoformat()} {row.category} borttagen"
        return rec.changes


def link_coverage(database: Database, absence_row: int, cover_row: int | None, *, clear: bool = False,
                  source: str = WINDOW) -> Changes:
    """Link an absence row to the row that covered it; cover_row None = *ej ersatt*; clear = not stated."""
    with database.session() as s:
        absence = _entry(s, absence_row)
        rec = Recorder(s, source, absence.unit_id)
        _link(s, rec, absence, cover_row, clear=clear)
        if clear:
            rec.changes.message = "Ersättning borttagen"
        else:
            rec.changes.message = "Frånvaron ersatt" if cover_row is not None else "Frånvaron ej ersatt"
        return rec.changes


def _link(s: Session, rec: Recorder, absence: TimeEntry, cover_row: int | None, *, clear: bool = False) -> None:
    if absence.category != Category.FRANVARO.value:
        raise StoreError("Bara en frånvarorad kan kopplas till raden som ersatte den.")
    link = s.scalar(select(AbsenceCover).where(AbsenceCover.absence_entry_id == absence.id))
    if clear:
        if link is not None:
            rec.delete("absence_cover", link.id)
        return
    if cover_row is not None:
        cover = _entry(s, cover_row)
        allowed = [c.value for c in COVER_CATEGORIES]
        if cover.category not in allowed:
            raise StoreError(f"En frånvaro ersätts av {', '.join(allowed)}; raden är {cover.category}.")
        if cover.unit_id != absence.unit_id or cover.date != absence.date:
            raise StoreError("Raden som ersätter frånvaron ska vara samma dag på samma enhet.")
    if link is None:
        rec.insert("absence_cover", {"absence_entry_id": absence.id, "cover_entry_id": cover_row,
                                     "edited_at": now()})
    else:
        rec.update("absence_cover", link.id, {"cover_entry_id": cover_row}, stamp=True)
        s.expire(link)


from vonapp.store.edits_occupancy import (  # noqa: E402 - re-exported: every Utfall/Beläggning edit here
    add_move,
    remove_move,
    set_occupancy,
    set_occupancy_days,
    set_year_capacity,
)

__all__ += ["add_move", "remove_move", "set_occupancy", "set_occupancy_days", "set_year_capacity"]
