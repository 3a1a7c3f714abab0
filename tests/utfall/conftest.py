"""A hand-built unit for the Utfall and Beläggning tests.

Ekgården (särskilt boende, 10 places, hourly cost 400 kr, budget 2024) has a one-week schedule
from Monday 2024-03-04: 1001 Anna works D (07:00–15:30, 30 min break = 8 h) every day; 1002 Bo
and 1003 Cia have the resurspass R (07:00–15:00, no break = 8 h) on Monday (cycle day 0).
Lind (another unit) exists to place resurspass in.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from vonapp.store.database import Database, open_database
from vonapp.store.models import (
    BudgetYear,
    Employee,
    Schedule,
    ScheduleCell,
    ShiftCode,
    TimeEntry,
    Unit,
)

MONDAY = date(2024, 3, 4)
HOURLY_COST = 400.0


def build_unit(db: Database) -> None:
    with db.session() as s:
        unit = Unit(name="Ekgården", kind="särskilt boende", places=10)
        lind = Unit(name="Lind", kind="särskilt boende", places=8)
        s.add_all([unit, lind])
        s.flush()
        s.add_all([BudgetYear(unit_id=unit.id, year=2024, personnel_budget_kr=4_000_000.0, hourly_cost=HOURLY_COST,
                              occupancy_budget_pct=95.0),
                   BudgetYear(unit_id=lind.id, year=2024, personnel_budget_kr=1_000_000.0, hourly_cost=380.0)])
        people = [Employee(unit_id=unit.id, employment_number=n, display_name=name, employment_form="månadsavlönad",
                           employment_rate=100.0) for n, name in (("1001", "Anna"), ("1002", "Bo"), ("1003", "Cia"))]
        d_code = ShiftCode(unit_id=unit.id, code="D", start_min=420, end_min=930, break_min=30, is_resource=False)
        r_code = ShiftCode(unit_id=unit.id, code="R", start_min=420, end_min=900, break_min=0, is_resource=True)
        sched = Schedule(unit_id=unit.id, name="Vår 2024", start_date=MONDAY, cycle_weeks=1)
        s.add_all([*people, d_code, r_code, sched])
        s.flush()
        s.add_all([ScheduleCell(schedule_id=sched.id, employee_id=people[0].id, day_index=i, shift_code_id=d_code.id)
                   for i in range(7)])
        s.add_all([ScheduleCell(schedule_id=sched.id, employee_id=p.id, day_index=0, shift_code_id=r_code.id)
                   for p in people[1:]])


def add_entry(db: Database, day: date, number: str | None, category: str, hours: float, *,
              placement: str | None = None, absence_type: str | None = None) -> int:
    with db.session() as s:
        unit_id = s.query(Unit.id).filter(Unit.name == "Ekgården").scalar()
        emp_id = None
        if number is not None:
            emp_id = s.query(Employee.id).filter(Employee.employment_number == number).scalar()
            if emp_id is None:
                e = Employee(unit_id=unit_id, employment_number=number, display_name=f"Vikarie {number}",
                             employment_form="timavlönad")
                s.add(e)
                s.flush()
                emp_id = e.id
        row = TimeEntry(unit_id=unit_id, employee_id=emp_id, date=day, category=category, hours=hours,
                        placement=placement, absence_type=absence_type)
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def unit_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "ekgarden.sqlite")
    build_unit(db)
    try:
        yield db
    finally:
        db.close()


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table but the change log (which records the undo too)."""
    from sqlalchemy import inspect, text

    out = {}
    with db.engine.connect() as conn:  # SQLite or PostgreSQL (the `backend` fixture)
        tables = [t for t in inspect(conn).get_table_names()
                  if t not in ("change_log", "alembic_version", "server_lock")]
        for t in sorted(tables):
            out[t] = conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all()
    return out
