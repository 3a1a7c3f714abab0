"""Reads for the Schema area and the schedule commands: schedules of a unit, one schedule as ScheduleData,
the staffing need, budget years and last year's substitute hours. Plain frames and dataclasses only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from vonapp.domain import daily as d
from vonapp.domain.budget import BudgetYearInputs
from vonapp.domain.periods import Period
from vonapp.domain.roster import CODE_COLUMNS, EMPLOYEE_COLUMNS, ScheduleData
from vonapp.domain.scenarios import HeltidScenario, heltid_som_norm, last_year_span
from vonapp.domain.schedule import planned_daily_totals
from vonapp.domain.schedule_cost import BY_MONTH, CostRow, cost_rows
from vonapp.store.errors import StoreError
from vonapp.store.models import (
    BudgetYear,
    Employee,
    Schedule,
    ScheduleCell,
    ShiftCode,
    StaffingNeed,
)
from vonapp.store.models_schema import ScheduleMember
from vonapp.store.queries import budget_inputs, raw_rows, recorded_daily, schedule_frames

DEFAULT_FULL_TIME_HOURS = 40.0


@dataclass(frozen=True)
class ScheduleInfo:
    id: int
    name: str
    start_date: date
    end_date: date | None  # None: holds until a later schedule is made
    cycle_weeks: int


def list_schedules(session: Session, unit_id: int) -> list[ScheduleInfo]:
    """The unit's schedules by start date; each holds until the day before the next one starts."""
    rows = session.execute(select(Schedule.id, Schedule.name, Schedule.start_date, Schedule.cycle_weeks)
                           .where(Schedule.unit_id == unit_id).order_by(Schedule.start_date)).all()
    out = []
    for n, (i, name, start, weeks) in enumerate(rows):
        end = rows[n + 1][2] - timedelta(days=1) if n + 1 < len(rows) else None
        out.append(ScheduleInfo(int(i), name, start, end, int(weeks)))
    return out


def schedule_in_force(session: Session, unit_id: int, day: date) -> ScheduleInfo | None:
    """The schedule that holds on `day`: the latest one starting on or before it."""
    found = [s for s in list_schedules(session, unit_id) if s.start_date <= day]
    return found[-1] if found else None


def require_schedule(session: Session, unit_id: int, unit_name: str, day: date) -> ScheduleInfo:
    info = schedule_in_force(session, unit_id, day)
    if info is None:
        schedules = list_schedules(session, unit_id)
        hint = (f" Första schemat börjar {schedules[0].start_date}." if schedules
                else " Skapa ett i Schema-vyn eller importera ett med `vonapp import schema`.")
        raise StoreError(f"{unit_name} har inget schema som gäller {day}.{hint}")
    return info


def full_time_hours(session: Session, unit_id: int, year: int) -> float:
    """The unit's heltidsmått for a year: that year's budget, else the latest earlier, else the first later, else 40."""
    rows = session.execute(select(BudgetYear.year, BudgetYear.full_time_hours)
                           .where(BudgetYear.unit_id == unit_id).order_by(BudgetYear.year)).all()
    earlier = [h for y, h in rows if y <= year and h]
    later = [h for y, h in rows if y > year and h]
    return float((earlier or later or [DEFAULT_FULL_TIME_HOURS])[-1 if earlier else 0])


def shift_codes_frame(session: Session, unit_id: int) -> pd.DataFrame:
    rows = session.execute(select(ShiftCode.id, ShiftCode.code, ShiftCode.start_min, ShiftCode.end_min,
                                  ShiftCode.break_min, ShiftCode.is_resource)
                           .where(ShiftCode.unit_id == unit_id).order_by(ShiftCode.start_min, ShiftCode.code)).all()
    frame = pd.DataFrame([tuple(r) for r in rows], columns=CODE_COLUMNS)
    frame["is_resource"] = frame["is_resource"].astype(bool)
    return frame


def schedule_rows(session: Session, schedule_id: int) -> list[tuple[int, float | None]]:
    """(employee id, rate in this schedule or None) in row order: members with a position by position,
    then every other employee of the schedule (a member without position, or cells only) by employment number."""
    placed: list[tuple[int, int, float | None]] = []
    rates: dict[int, float | None] = {}
    for e, pos, r in session.execute(select(ScheduleMember.employee_id, ScheduleMember.position,
                                            ScheduleMember.employment_rate)
                                     .where(ScheduleMember.schedule_id == schedule_id)):
        rates[int(e)] = r
        if pos is not None:
            placed.append((int(pos), int(e), r))
    placed.sort()
    seen = {e for _p, e, _r in placed}
    members_only = select(ScheduleMember.employee_id).where(ScheduleMember.schedule_id == schedule_id)
    with_cells = select(ScheduleCell.employee_id).where(ScheduleCell.schedule_id == schedule_id)
    rest = session.execute(select(Employee.id).where(Employee.id.in_(members_only.union(with_cells)))
                           .order_by(Employee.employment_number)).scalars()
    return [(e, r) for _p, e, r in placed] + [(int(e), rates.get(int(e))) for e in rest if int(e) not in seen]


def schedule_employee_ids(session: Session, schedule_id: int) -> list[int]:
    return [e for e, _r in schedule_rows(session, schedule_id)]


def load_schedule(session: Session, schedule_id: int) -> ScheduleData:
    s = session.get(Schedule, schedule_id)
    if s is None:
        raise StoreError("Schemat finns inte längre.")
    rows = schedule_rows(session, schedule_id)
    ids = [e for e, _r in rows]
    own_rate = dict(rows)
    people = {int(i): (n, nm, r if own_rate[int(i)] is None else own_rate[int(i)]) for i, n, nm, r in session.execute(
        select(Employee.id, Employee.employment_number, Employee.display_name, Employee.employment_rate)
        .where(Employee.id.in_(ids)))} if ids else {}
    employees = pd.DataFrame([(i, *people[i]) for i in ids], columns=EMPLOYEE_COLUMNS)
    employees["rate"] = pd.to_numeric(employees["rate"], errors="coerce").astype(float)
    cycle_days = int(s.cycle_weeks) * 7
    grid = np.zeros((len(ids), cycle_days), dtype=np.int64)
    row_of = {e: n for n, e in enumerate(ids)}
    # The bare driver and numpy: a 60-row six-week schedule is ≈ 2 500 cells, read at every reload.
    cells = np.array(raw_rows(session, "SELECT employee_id, day_index, shift_code_id FROM schedule_cell "
                                       "WHERE schedule_id = :s", {"s": schedule_id}), dtype=np.int64).reshape(-1, 3)
    if len(cells):
        rows = np.array([row_of.get(int(e), -1) for e in cells[:, 0]], dtype=np.int64)
        ok = (rows >= 0) & (cells[:, 1] >= 0) & (cells[:, 1] < cycle_days)
        grid[rows[ok], cells[ok, 1]] = cells[ok, 2]
    later = session.scalar(select(Schedule.start_date).where(Schedule.unit_id == s.unit_id,
                                                             Schedule.start_date > s.start_date)
                           .order_by(Schedule.start_date).limit(1))
    return ScheduleData(
        schedule_id=int(s.id), unit_id=int(s.unit_id), name=s.name, start_date=s.start_date,
        end_date=None if later is None else later - timedelta(days=1), cycle_weeks=int(s.cycle_weeks),
        employees=employees, grid=grid, shift_codes=shift_codes_frame(session, int(s.unit_id)),
        full_time_hours=full_time_hours(session, int(s.unit_id), s.start_date.year))


def staffing_need_frame(session: Session, unit_id: int) -> pd.DataFrame:
    """weekday (0 = Monday), hour, staff — only the hours entered."""
    rows = session.execute(select(StaffingNeed.weekday, StaffingNeed.hour, StaffingNeed.staff)
                           .where(StaffingNeed.unit_id == unit_id)
                           .order_by(StaffingNeed.weekday, StaffingNeed.hour)).all()
    return pd.DataFrame([tuple(r) for r in rows], columns=["weekday", "hour", "staff"])


def unit_budgets(session: Session, unit_id: int) -> dict[int, BudgetYearInputs]:
    return budget_inputs(session, [unit_id]).get(unit_id, {})


def schedule_cost(session: Session, unit_id: int, period: Period, by: str = BY_MONTH) -> list[CostRow]:
    """Planned hours and kr of the unit's schedules per week or month of the period, against budget i timmar."""
    schedules, cells, shifts = schedule_frames(session, [unit_id], counted=True)
    planned = planned_daily_totals(schedules, cells, shifts, period.start, period.end)
    return cost_rows(planned, unit_budgets(session, unit_id), period, by)


def substitute_hours(session: Session, unit_id: int, period: Period) -> float | None:
    """vikarie + mertid + övertid + inhyrd hours recorded in the period; None when nothing was recorded."""
    frame = recorded_daily(session, [unit_id], period.start, period.end)
    if frame.empty:
        return None
    return float(frame[d.SUBSTITUTE_COLUMNS].to_numpy().sum())


def heltid_scenario(session: Session, unit_id: int, unit_name: str, start: date, rate: float = 100.0) -> HeltidScenario:
    """Heltid som norm from `start` on the schedule in force then (its rows' rates, its heltidsmått)."""
    info = require_schedule(session, unit_id, unit_name, start)
    data = load_schedule(session, info.id)
    budget = unit_budgets(session, unit_id).get(start.year)
    rates = {int(e): (None if pd.isna(r) else float(r))
             for e, r in zip(data.employees["employee_id"], data.employees["rate"], strict=True)}
    return heltid_som_norm(rates, start=start, rate=rate, full_time_hours=full_time_hours(session, unit_id, start.year),
                           hourly_cost=None if budget is None else budget.hourly_cost,
                           substitute_hours_last_year=substitute_hours(session, unit_id, last_year_span(start)))
