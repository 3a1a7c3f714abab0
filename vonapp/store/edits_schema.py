"""Edits of the Schema area: each one transaction with its change_log rows, returning what undo needs.

Grid edits (`write_grid`) take and return (employee id, column, value) changes — column `d<k>` is cycle
day k's shift code (text, None = free), `rate` the row's employment rate in this schedule — so that undo
writes the returned changes back. Row and schedule edits return the rows they touched as `RowSet`s
captured before; `restore` puts those back (ids included) and returns the sets for redo.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy import text as text_sql
from sqlalchemy.orm import Session

from vonapp.domain.scenarios import place_resurspass
from vonapp.store.changelog import WINDOW, change_row, log_change, log_changes
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.models import Employee, Schedule, ScheduleCell, ShiftCode
from vonapp.store.models_schema import ScheduleMember
from vonapp.store.row_snapshot import RowSet, capture, put_back
from vonapp.store.schedule_reads import full_time_hours, schedule_rows

RATE = "rate"
DAY = "d"
Change = tuple[int, str, object]
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


class _NoMember:
    """Reverse value of a rate set on an employee who had no member row: undo removes the row again."""

    def __repr__(self) -> str:
        return "NO_MEMBER"


NO_MEMBER = _NoMember()


def log(session: Session, *, table: str, key: object, column: str, old: object, new: object, source: str,
        unit_id: int | None) -> None:
    """A change_log row in the caller's transaction."""
    log_change(session, table=table, key=key, column=column, old=old, new=new, source=source, unit_id=unit_id)


def day_column(day: int) -> str:
    return f"{DAY}{day}"


def _schedule(session: Session, schedule_id: int) -> Schedule:
    s = session.get(Schedule, schedule_id)
    if s is None:
        raise StoreError("Schemat finns inte längre (borttaget?).")
    return s


def parse_rate(value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        rate = float(str(value).replace(",", ".").replace("%", "").strip())
    except ValueError:
        raise StoreError(f"{value} är ingen sysselsättningsgrad; ange 1–100 %.") from None
    if not 0 < rate <= 100:
        raise StoreError(f"Sysselsättningsgraden {value} % går inte; ange 1–100 %.")
    return rate


def write_grid(database: Database, schedule_id: int, changes: Sequence[Change], *,
               source: str = WINDOW) -> list[Change]:
    """Set cells' shift codes and rows' rates; returns the reverse changes (undo writes them back).

    A code is matched without regard to case; an unknown one refuses the whole edit ("Passkoden N3 finns inte").
    The schedule's cells are read once and written in bulk (a pasted block of 1 000 cells is one statement each).
    """
    with database.session() as session:
        sched = _schedule(session, schedule_id)
        unit_id, days = int(sched.unit_id), int(sched.cycle_weeks) * 7
        codes = {c.casefold(): (i, c) for i, c in session.execute(
            select(ShiftCode.id, ShiftCode.code).where(ShiftCode.unit_id == unit_id))}
        code_of = {i: c for i, c in codes.values()}
        numbers = dict(session.execute(select(Employee.id, Employee.employment_number)).all())
        start = {(int(e), int(d)): (int(i), int(c)) for i, e, d, c in session.execute(
            select(ScheduleCell.id, ScheduleCell.employee_id, ScheduleCell.day_index, ScheduleCell.shift_code_id)
            .where(ScheduleCell.schedule_id == schedule_id))}
        final: dict[tuple[int, int], tuple[int | None, int | None]] = {}  # cell → (id to insert with, code)
        reverse: list[Change] = []
        for employee_id, column, value in changes:
            if employee_id not in numbers:
                raise StoreError("Den anställda finns inte längre.")
            if column == RATE:
                reverse.append(_write_rate(session, sched, employee_id, value, numbers[employee_id], source))
                continue
            if not column.startswith(DAY) or not column[1:].isdigit() or not 0 <= int(column[1:]) < days:
                raise StoreError(f"Dagen {column} finns inte i schemats {days} dagar.")
            wanted_id = None
            if isinstance(value, tuple):
                value, wanted_id = value
            text = (value or "").strip() if isinstance(value, str) or value is None else str(value)
            new = None
            if text:
                found = codes.get(text.casefold())
                if found is None:
                    raise StoreError(f"Passkoden {text} finns inte")
                new = found[0]
            final[(int(employee_id), int(column[1:]))] = (wanted_id, new)
        updates, deletes, inserts, logs = [], [], [], []
        for (employee_id, day), (wanted_id, new) in final.items():
            cell_id, old = start.get((employee_id, day), (None, None))
            if old == new:
                continue
            if cell_id is not None and new is not None:
                updates.append({"i": cell_id, "c": new})
            elif cell_id is not None:
                deletes.append(cell_id)
            else:
                row = {"schedule_id": schedule_id, "employee_id": employee_id, "day_index": day, "shift_code_id": new}
                inserts.append(row if wanted_id is None else {**row, "id": wanted_id})
            old_text = None if old is None else code_of.get(old)
            reverse.append((employee_id, day_column(day), (old_text, cell_id) if new is None else old_text))
            logs.append(change_row(table="schedule_cell", key=f"{sched.name}/{numbers[employee_id]}/dag {day + 1}",
                                   column="passkod", old=old_text, new=None if new is None else code_of[new],
                                   source=source, unit_id=unit_id))
        if updates:
            session.execute(text_sql("UPDATE schedule_cell SET shift_code_id = :c WHERE id = :i"), updates)
        if deletes:
            session.execute(delete(ScheduleCell).where(ScheduleCell.id.in_(deletes)))
        for with_id in (True, False):  # executemany needs one set of columns
            rows = [r for r in inserts if ("id" in r) == with_id]
            if rows:
                session.execute(insert(ScheduleCell), rows)
        log_changes(session, logs)
    reverse.reverse()
    return reverse


def _write_rate(session: Session, sched: Schedule, employee_id: int, value: object, number: str,
                source: str) -> Change:
    member = session.execute(select(ScheduleMember).where(ScheduleMember.schedule_id == sched.id,
                                                          ScheduleMember.employee_id == employee_id)).scalar()
    own = session.scalar(select(Employee.employment_rate).where(Employee.id == employee_id))
    if value is NO_MEMBER:
        if member is not None:
            old = member.employment_rate
            session.delete(member)
            log(session, table="schedule_member", key=f"{sched.name}/{number}", column="sysselsättningsgrad",
                old=old, new=own, source=source, unit_id=sched.unit_id)
            return (employee_id, RATE, old)
        return (employee_id, RATE, NO_MEMBER)
    rate = parse_rate(value)
    if member is None:
        member = ScheduleMember(schedule_id=sched.id, employee_id=employee_id, position=None, employment_rate=rate)
        session.add(member)
        log(session, table="schedule_member", key=f"{sched.name}/{number}", column="sysselsättningsgrad",
            old=own, new=rate, source=source, unit_id=sched.unit_id)
        return (employee_id, RATE, NO_MEMBER)
    old = member.employment_rate
    member.employment_rate = rate
    log(session, table="schedule_member", key=f"{sched.name}/{number}", column="sysselsättningsgrad",
        old=old if old is not None else own, new=rate if rate is not None else own, source=source,
        unit_id=sched.unit_id)
    return (employee_id, RATE, old)


def restore(database: Database, sets: Sequence[RowSet], *, source: str = WINDOW, unit_id: int | None = None,
            what: str = "ångrat") -> list[RowSet]:
    """Put the captured rows back (one transaction); returns the rows as they were, for redo."""
    with database.session() as session:
        before = put_back(session, sets)
        for old, new in zip(before, sets, strict=True):
            if old.rows != new.rows:
                log(session, table=new.table, key=what, column="rader", old=f"{len(old.rows)} rader",
                    new=f"{len(new.rows)} rader", source=source, unit_id=unit_id)
    return before


def _members(session: Session, schedule_id: int) -> RowSet:
    return capture(session, "schedule_member", "schedule_id = :s", s=schedule_id)


def _place_rows(session: Session, schedule_id: int, order: list[int], rates: dict[int, float | None]) -> None:
    """Give every row of the schedule a member row with its position in `order`."""
    session.execute(delete(ScheduleMember).where(ScheduleMember.schedule_id == schedule_id))
    session.add_all(ScheduleMember(schedule_id=schedule_id, employee_id=e, position=n, employment_rate=rates.get(e))
                    for n, e in enumerate(order))
    session.flush()


def add_employee(database: Database, schedule_id: int, *, number: str, name: str | None = None,
                 rate: object = None, row: int | None = None, source: str = WINDOW) -> list[RowSet]:
    """Add a row: the employee with this employment number, or a new one (name required); at `row` or last."""
    number = (number or "").strip()
    if not number:
        raise StoreError("Ange anställningsnumret.")
    parsed_rate = parse_rate(rate)
    with database.session() as session:
        sched = _schedule(session, schedule_id)
        rows = schedule_rows(session, schedule_id)
        undo = [_members(session, schedule_id)]
        employee_id = session.scalar(select(Employee.id).where(Employee.employment_number == number))
        if employee_id is None:
            if not (name or "").strip():
                raise StoreError(f"Anställningsnummer {number} finns inte; ange ett namn för att lägga till en ny.")
            person = Employee(unit_id=sched.unit_id, employment_number=number, display_name=name.strip(),
                              employment_form="månadsavlönad", employment_rate=parsed_rate)
            session.add(person)
            session.flush()
            employee_id = int(person.id)
            undo.insert(0, RowSet("employee", "id = :id", (("id", employee_id),),
                                  tuple(c.name for c in Employee.__table__.columns), ()))
            log(session, table="employee", key=number, column="namn", old=None, new=name.strip(), source=source,
                unit_id=sched.unit_id)
        elif any(e == employee_id for e, _r in rows):
            raise StoreError(f"Anställningsnummer {number} finns redan i schemat.")
        order = [e for e, _r in rows]
        order.insert(len(order) if row is None else max(0, min(row, len(order))), int(employee_id))
        rates = dict(rows)
        rates[int(employee_id)] = parsed_rate
        _place_rows(session, schedule_id, order, rates)
        log(session, table="schedule_member", key=f"{sched.name}/{number}", column="rad", old=None,
            new=order.index(int(employee_id)) + 1, source=source, unit_id=sched.unit_id)
    return undo


def remove_employee(database: Database, schedule_id: int, employee_id: int, *, source: str = WINDOW) -> list[RowSet]:
    """Take a row out of the schedule with its cells (the employee stays in the database)."""
    with database.session() as session:
        sched = _schedule(session, schedule_id)
        undo = [_members(session, schedule_id),
                capture(session, "schedule_cell", "schedule_id = :s AND employee_id = :e", s=schedule_id,
                        e=employee_id)]
        number = session.scalar(select(Employee.employment_number).where(Employee.id == employee_id))
        session.execute(delete(ScheduleMember).where(ScheduleMember.schedule_id == schedule_id,
                                                     ScheduleMember.employee_id == employee_id))
        session.execute(delete(ScheduleCell).where(ScheduleCell.schedule_id == schedule_id,
                                                   ScheduleCell.employee_id == employee_id))
        log(session, table="schedule_member", key=f"{sched.name}/{number}", column="rad", old="i schemat",
            new=None, source=source, unit_id=sched.unit_id)
    return undo


def move_employee(database: Database, schedule_id: int, employee_id: int, to_row: int, *,
                  source: str = WINDOW) -> list[RowSet]:
    """Move a row to position `to_row` (0-based); every row then has its position stored."""
    with database.session() as session:
        sched = _schedule(session, schedule_id)
        rows = schedule_rows(session, schedule_id)
        order = [e for e, _r in rows]
        if employee_id not in order:
            raise StoreError("Den anställda finns inte i schemat.")
        undo = [_members(session, schedule_id)]
        old_row = order.index(employee_id)
        order.remove(employee_id)
        order.insert(max(0, min(to_row, len(order))), employee_id)
        _place_rows(session, schedule_id, order, dict(rows))
        number = session.scalar(select(Employee.employment_number).where(Employee.id == employee_id))
        log(session, table="schedule_member", key=f"{sched.name}/{number}", column="rad", old=old_row + 1,
            new=order.index(employee_id) + 1, source=source, unit_id=sched.unit_id)
    return undo


def _schedule_sets(session: Session, schedule_id: int) -> list[RowSet]:
    return [capture(session, "schedule", "id = :s", s=schedule_id), _members(session, schedule_id),
            capture(session, "schedule_cell", "schedule_id = :s", s=schedule_id)]


def new_schedule_from(database: Database, schedule_id: int, start: date, *, name: str | None = None,
                      rates: dict[int, float] | None = None, resurspass: bool = False,
                      source: str = WINDOW) -> list[RowSet]:
    """A new schedule of the unit from Monday `start`, a copy of `schedule_id` (its rows, rates and cells).

    The schedules before it hold until the day before. `rates` overrides rows' rates in the copy; with
    `resurspass` each raised row gets its added hours ((new − old rate) ÷ 100 × heltidsmått a week) as
    resurspass shifts on free days (the unit's first resurspass code), for the manager to move.
    Undo: the returned sets (the new schedule's rows, empty before) put back remove it.
    """
    if start.weekday() != 0:
        raise StoreError(f"Ett schema börjar en måndag; {start} är en {WEEKDAYS[start.weekday()]}.")
    with database.session() as session:
        old = _schedule(session, schedule_id)
        taken = session.scalar(select(Schedule.name).where(Schedule.unit_id == old.unit_id,
                                                           Schedule.start_date == start))
        if taken is not None:
            raise StoreError(f"Schemat {taken!r} börjar redan {start}; välj en annan måndag.")
        rows = schedule_rows(session, schedule_id)
        new = Schedule(unit_id=old.unit_id, name=(name or f"Schema från {start}").strip(), start_date=start,
                       cycle_weeks=old.cycle_weeks)
        session.add(new)
        session.flush()
        own = dict(session.execute(select(Employee.id, Employee.employment_rate)
                                   .where(Employee.id.in_([e for e, _r in rows]))).all())
        copy_rates = {e: (r if r is not None else own.get(e)) for e, r in rows}
        copy_rates.update(rates or {})
        _place_rows(session, int(new.id), [e for e, _r in rows], copy_rates)
        cells = session.execute(select(ScheduleCell.employee_id, ScheduleCell.day_index, ScheduleCell.shift_code_id)
                                .where(ScheduleCell.schedule_id == schedule_id)).all()
        if resurspass and rates:
            cells = _with_resurspass(session, old, cells, {e: (copy_rates[e], own_rate)
                                                           for e, own_rate in _old_rates(rows, own).items()
                                                           if e in rates})
        session.add_all(ScheduleCell(schedule_id=new.id, employee_id=e, day_index=d, shift_code_id=c)
                        for e, d, c in cells)
        session.flush()
        undo = [RowSet(s.table, s.where, s.params, s.columns, ()) for s in _schedule_sets(session, int(new.id))]
        log(session, table="schedule", key=new.name, column="start", old=None, new=start, source=source,
            unit_id=old.unit_id)
    return undo


def _old_rates(rows: list[tuple[int, float | None]], own: dict[int, float | None]) -> dict[int, float | None]:
    return {e: (r if r is not None else own.get(e)) for e, r in rows}


def _with_resurspass(session: Session, old: Schedule, cells: list, raised: dict[int, tuple[float, float | None]]
                     ) -> list[tuple[int, int, int]]:
    """The copied cells with each raised row's added hours placed as resurspass (see scenarios.place_resurspass)."""
    codes = session.execute(select(ShiftCode.id, ShiftCode.start_min, ShiftCode.end_min, ShiftCode.break_min,
                                   ShiftCode.is_resource).where(ShiftCode.unit_id == old.unit_id)
                            .order_by(ShiftCode.start_min)).all()
    resource = next((int(i) for i, _s, _e, _b, r in codes if r), None)
    if resource is None:
        return [tuple(c) for c in cells]
    times = {int(i): (int(s), int(e), int(b)) for i, s, e, b, _r in codes}
    weekly = full_time_hours(session, old.unit_id, old.start_date.year)
    days = int(old.cycle_weeks) * 7
    by_row: dict[int, list[int]] = {}
    for e, d, c in cells:
        by_row.setdefault(int(e), [0] * days)[int(d)] = int(c)
    for e, (new_rate, old_rate) in raised.items():
        if old_rate is None or new_rate <= old_rate:
            continue
        hours = (new_rate - old_rate) / 100.0 * weekly * int(old.cycle_weeks)
        by_row[e] = place_resurspass(by_row.get(e, [0] * days), times, resource, hours)
    return [(e, d, c) for e, row in by_row.items() for d, c in enumerate(row) if c]


def new_empty_schedule(database: Database, unit_id: int, start: date, cycle_weeks: int, *, name: str | None = None,
                       source: str = WINDOW) -> list[RowSet]:
    """A new schedule without rows from Monday `start` (rows are added in the window); undo removes it."""
    if start.weekday() != 0:
        raise StoreError(f"Ett schema börjar en måndag; {start} är en {WEEKDAYS[start.weekday()]}.")
    if not 1 <= cycle_weeks <= 52:
        raise StoreError("En schemacykel är 1–52 veckor.")
    with database.session() as session:
        taken = session.scalar(select(Schedule.name).where(Schedule.unit_id == unit_id, Schedule.start_date == start))
        if taken is not None:
            raise StoreError(f"Schemat {taken!r} börjar redan {start}; välj en annan måndag.")
        new = Schedule(unit_id=unit_id, name=(name or f"Schema från {start}").strip(), start_date=start,
                       cycle_weeks=cycle_weeks)
        session.add(new)
        session.flush()
        undo = [RowSet(s.table, s.where, s.params, s.columns, ()) for s in _schedule_sets(session, int(new.id))]
        log(session, table="schedule", key=new.name, column="start", old=None, new=start, source=source,
            unit_id=unit_id)
    return undo


def delete_schedule(database: Database, schedule_id: int, *, source: str = WINDOW) -> list[RowSet]:
    with database.session() as session:
        sched = _schedule(session, schedule_id)
        undo = _schedule_sets(session, schedule_id)
        session.execute(delete(Schedule).where(Schedule.id == schedule_id))
        log(session, table="schedule", key=sched.name, column="start", old=sched.start_date, new=None,
            source=source, unit_id=sched.unit_id)
    return undo


def new_schedule_id(sets: Sequence[RowSet]) -> int:
    """The id of the schedule new_schedule_from made, from its undo sets."""
    return int(dict(sets[0].params)["s"])


def schedule_count_using(session: Session, code_id: int) -> int:
    return int(session.scalar(select(func.count(func.distinct(ScheduleCell.schedule_id)))
                              .where(ScheduleCell.shift_code_id == code_id)) or 0)
