"""A small hand-made schedule database for the Schema tests (figures worked out in the tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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

# code: (start, end, break min, resurspass); hours: D 8, K 7,5, N 10, R 8
CODES = {"D": (420, 930, 30, False), "K": (840, 1320, 30, False), "N": (1260, 420, 0, False),
         "R": (480, 990, 30, True)}
# Two-week cycle from Monday 2024-01-01 (day 0 = Monday of week 1, day 7 = Monday of week 2).
#   A (100 %): D Monday–Friday both weeks = 40 h a week.
#   B (75 %): week 1 K Mon, D Tue, D Wed (7,5 + 8 + 8 = 23,5 h); week 2 D Mon–Wed, R Thu (32 h).
#            K Monday 22:00 → D Tuesday 07:00 = 9 h rest (dygnsvila on cycle day 2);
#            (23,5 + 32) ÷ 2 = 27,75 h a week vs 75 % × 40 = 30 h (sysselsättning).
#   C (50 %): N Saturday and Sunday of week 2 (days 12, 13) = 20 h ÷ 2 = 10 h a week vs 20 h.
CELLS = {"A": {d: "D" for w in (0, 7) for d in range(w, w + 5)},
         "B": {0: "K", 1: "D", 2: "D", 7: "D", 8: "D", 9: "D", 10: "R"},
         "C": {12: "N", 13: "N"}}
RATES = {"A": 100.0, "B": 75.0, "C": 50.0}


def build(path: Path) -> Database:
    """Solbacken (budget 2024: 3 660 000 kr ÷ 400 kr/h = 9 150 h = 25 h a day) with the schedule above,
    a second schedule from 2024-03-04 (A only), and 2023 substitute hours; Tomma has nothing."""
    db = open_database(path)
    with db.session() as s:
        unit = Unit(name="Solbacken", kind="särskilt boende", places=20)
        s.add_all([unit, Unit(name="Tomma", kind="hemtjänst")])
        s.flush()
        s.add(BudgetYear(unit_id=unit.id, year=2024, personnel_budget_kr=3_660_000, hourly_cost=400,
                         full_time_hours=40.0))
        codes = {c: ShiftCode(unit_id=unit.id, code=c, start_min=a, end_min=b, break_min=k, is_resource=r)
                 for c, (a, b, k, r) in CODES.items()}
        people = {n: Employee(unit_id=unit.id, employment_number=f"900{i}", display_name=f"Person {n}",
                              employment_form="månadsavlönad", employment_rate=RATES[n])
                  for i, n in enumerate(CELLS, start=1)}
        first = Schedule(unit_id=unit.id, name="Vår 2024", start_date=date(2024, 1, 1), cycle_weeks=2)
        second = Schedule(unit_id=unit.id, name="Mars 2024", start_date=date(2024, 3, 4), cycle_weeks=1)
        s.add_all([*codes.values(), *people.values(), first, second])
        s.flush()
        s.add_all(ScheduleCell(schedule_id=first.id, employee_id=people[n].id, day_index=d,
                               shift_code_id=codes[c].id) for n, days in CELLS.items() for d, c in days.items())
        s.add_all(ScheduleCell(schedule_id=second.id, employee_id=people["A"].id, day_index=d,
                               shift_code_id=codes["D"].id) for d in range(5))
        # Substitutes 2024-01-08..2024-12-31 a year earlier: 8 h vikarie + 4 h mertid = 12 h; the vikarie
        # on 2023-01-02 lies before the span and ordinarie hours are no substitutes.
        s.add_all([TimeEntry(unit_id=unit.id, date=date(2023, 1, 10), category="vikarie", hours=8),
                   TimeEntry(unit_id=unit.id, date=date(2023, 6, 1), category="mertid", hours=4),
                   TimeEntry(unit_id=unit.id, date=date(2023, 1, 2), category="vikarie", hours=5),
                   TimeEntry(unit_id=unit.id, date=date(2023, 6, 1), category="ordinarie", hours=8)])
    return db
