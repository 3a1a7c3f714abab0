"""What the Schema area reads (on the worker) for a unit and a day: its schedules, the one shown,
the shift codes, the staffing need, budgets and the year's saved schedule cost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from vonapp.domain.budget import BudgetYearInputs
from vonapp.domain.periods import year
from vonapp.domain.roster import ScheduleData
from vonapp.domain.schedule_cost import CostRow
from vonapp.store import schedule_reads as reads
from vonapp.store.database import Database
from vonapp.store.queries import resolve_units


@dataclass(frozen=True)
class Loaded:
    unit_id: int
    unit_name: str
    day: date
    schedules: list[reads.ScheduleInfo]
    in_force: int | None  # the schedule in force on `day`
    data: ScheduleData | None  # the schedule shown
    codes: pd.DataFrame
    need: pd.DataFrame
    budgets: dict[int, BudgetYearInputs]
    year_rows: list[CostRow] | None

    def budget(self) -> BudgetYearInputs | None:
        if self.data is None:
            return self.budgets.get(self.day.year)
        return self.budgets.get(self.day.year) or self.budgets.get(self.data.start_date.year)


def load(database: Database, unit_name: str, day: date, schedule_id: int | None) -> Loaded:
    """`schedule_id` None (or no longer there): the schedule in force on `day`, else the unit's first."""
    with database.session() as session:
        unit = resolve_units(session, unit_name)[0]
        schedules = reads.list_schedules(session, unit.id)
        ids = [s.id for s in schedules]
        in_force = reads.schedule_in_force(session, unit.id, day)
        shown = schedule_id if schedule_id in ids else (in_force.id if in_force else (ids[0] if ids else None))
        data = reads.load_schedule(session, shown) if shown is not None else None
        rows = reads.schedule_cost(session, unit.id, year(day.year), "month") if schedules else None
        return Loaded(unit.id, unit.name, day, schedules, in_force.id if in_force else None, data,
                      reads.shift_codes_frame(session, unit.id), reads.staffing_need_frame(session, unit.id),
                      reads.unit_budgets(session, unit.id), rows)
