"""One schedule as plain data (employees × cycle days) and what the Schema area shows about it.

`ScheduleData` is what store.schedule_reads gives the window and the CLI; the functions here are the
live figures (hours per employee and week, resurspass per week, staff on duty per weekday and hour)
and the rule findings, recomputed from it at every edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain import rules
from vonapp.domain.budget import BudgetYearInputs
from vonapp.domain.periods import days_in_year
from vonapp.domain.schedule import MINUTES_PER_DAY, _week_profile

EMPLOYEE_COLUMNS = ["employee_id", "number", "name", "rate"]
CODE_COLUMNS = ["shift_code_id", "code", "start_min", "end_min", "break_min", "is_resource"]

DAG, KVALL, NATT, RESURS = "dag", "kväll", "natt", "resurspass"


@dataclass(frozen=True)
class ScheduleData:
    """A schedule: its employees in row order, the cells `codes[employee row][day]` (shift code id or 0)."""

    schedule_id: int
    unit_id: int
    name: str
    start_date: date
    end_date: date | None  # the day before the unit's next schedule starts
    cycle_weeks: int
    employees: pd.DataFrame  # EMPLOYEE_COLUMNS, in row order
    grid: np.ndarray  # int64 (employees × cycle days): shift code id, 0 = free
    shift_codes: pd.DataFrame  # CODE_COLUMNS
    full_time_hours: float = 40.0
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def cycle_days(self) -> int:
        return self.cycle_weeks * 7

    def with_grid(self, grid: np.ndarray) -> ScheduleData:
        return replace(self, grid=grid)

    def code_times(self) -> dict[int, tuple[int, int, int]]:
        c = self.shift_codes
        return {int(i): (int(s), int(e), int(b)) for i, s, e, b in
                zip(c["shift_code_id"], c["start_min"], c["end_min"], c["break_min"], strict=True)}

    def code_text(self) -> dict[int, str]:
        return dict(zip(self.shift_codes["shift_code_id"].astype(int), self.shift_codes["code"], strict=True))


def shift_kind(start_min: int, end_min: int, is_resource: bool) -> str:
    """dag, kväll, natt or resurspass: natt runs over midnight or starts from 20:00 or before 05:00, kväll starts from 12:00."""
    if is_resource:
        return RESURS
    if start_min >= 20 * 60 or start_min < 5 * 60 or (end_min < start_min and end_min > 0):
        return NATT
    return KVALL if start_min >= 12 * 60 else DAG


def code_hours(data: ScheduleData) -> tuple[np.ndarray, np.ndarray]:
    """(hours, is resurspass) indexed by shift code id (0 = free: 0 h)."""
    c = data.shift_codes
    size = int(c["shift_code_id"].max()) + 1 if len(c) else 1
    hours, res = np.zeros(size), np.zeros(size, dtype=bool)
    if len(c):
        ids = c["shift_code_id"].to_numpy(dtype=np.int64)
        minutes = np.mod(c["end_min"].to_numpy() - c["start_min"].to_numpy(), MINUTES_PER_DAY)
        minutes = np.where(minutes == 0, MINUTES_PER_DAY, minutes)
        hours[ids] = (minutes - c["break_min"].to_numpy()) / 60.0
        res[ids] = c["is_resource"].to_numpy(dtype=bool)
    return hours, res


def _lookup(table: np.ndarray, grid: np.ndarray) -> np.ndarray:
    safe = np.where((grid >= 0) & (grid < len(table)), grid, 0)
    return table[safe]


def week_hours(data: ScheduleData) -> np.ndarray:
    """Hours per employee (rows) and cycle week (columns)."""
    hours, _res = code_hours(data)
    per_day = _lookup(hours, data.grid)
    return per_day.reshape(len(per_day), data.cycle_weeks, 7).sum(axis=2) if len(per_day) else \
        np.zeros((0, data.cycle_weeks))


def target_hours(data: ScheduleData) -> np.ndarray:
    """Employment rate × heltidsmått ÷ 100 per employee (NaN without a rate)."""
    rate = pd.to_numeric(data.employees["rate"], errors="coerce").to_numpy(dtype=float)
    return rate * data.full_time_hours / 100.0


def resurspass_week_hours(data: ScheduleData) -> np.ndarray:
    """Resurspass hours planned in each cycle week (all employees)."""
    hours, res = code_hours(data)
    per_day = np.where(_lookup(res, data.grid), _lookup(hours, data.grid), 0.0)
    return per_day.sum(axis=0).reshape(data.cycle_weeks, 7).sum(axis=1) if len(per_day) else \
        np.zeros(data.cycle_weeks)


def findings_by_employee(data: ScheduleData, rows: list[int] | None = None) -> dict[int, list[rules.Finding]]:
    """The working-time findings of the employees on `rows` (None: every row), by employee id."""
    ids = data.employees["employee_id"].astype(int).tolist()
    rates = data.employees["rate"].tolist()
    times = data.code_times()
    out: dict[int, list[rules.Finding]] = {}
    for r in range(len(ids)) if rows is None else rows:
        row = data.grid[r]
        shifts = [rules.make_shift(int(d), *times[int(row[d])]) for d in np.nonzero(row)[0] if int(row[d]) in times]
        rate = None if pd.isna(rates[r]) else float(rates[r])
        out[ids[r]] = rules.check_employee(ids[r], shifts, data.cycle_days, rate=rate,
                                           full_time_hours=data.full_time_hours)
    return out


def findings(data: ScheduleData) -> list[rules.Finding]:
    """The working-time findings of every employee, in row order."""
    by = findings_by_employee(data)
    return [f for e in data.employees["employee_id"].astype(int).tolist() for f in by.get(e, [])]


def finding_cells(data: ScheduleData, found: list[rules.Finding]) -> dict[tuple[int, int], list[rules.Finding]]:
    """(row, cycle day index) → the findings that mark that cell: the later shift of a short rest,
    every cell of the week for veckovila, every worked cell for the average rules."""
    row_of = {int(e): i for i, e in enumerate(data.employees["employee_id"])}
    out: dict[tuple[int, int], list[rules.Finding]] = {}
    for f in found:
        row = row_of.get(f.employee_id)
        if row is None:
            continue
        if f.cycle_day is not None:
            days = [f.cycle_day - 1]
        elif f.week is not None:
            days = list(range((f.week - 1) * 7, f.week * 7))
        else:
            days = [int(d) for d in np.nonzero(data.grid[row])[0]] or [0]
        for d in days:
            out.setdefault((row, d), []).append(f)
    return out


def staffing_curve(data: ScheduleData) -> pd.DataFrame:
    """Mean staff on duty per weekday (0 = Monday) and hour over the cycle's weeks (shares of hours)."""
    rows, days = np.nonzero(data.grid)
    codes = data.grid[rows, days]
    c = data.shift_codes.set_index("shift_code_id")
    known = np.isin(codes, c.index.to_numpy())
    codes, days = codes[known], days[known]
    start = c["start_min"].reindex(codes).to_numpy(dtype=np.int64)
    end = c["end_min"].reindex(codes).to_numpy(dtype=np.int64)
    length = np.mod(end - start, MINUTES_PER_DAY)
    length = np.where(length == 0, MINUTES_PER_DAY, length)
    weekday = (days + data.start_date.weekday()) % 7
    return _week_profile(weekday, start, length, np.ones(len(codes)), data.cycle_weeks)


@dataclass(frozen=True)
class LiveCost:
    """The schedule's cycle as it repeats, against budget i timmar: a week, a month and a year."""

    label: str
    planned_hours: float
    planned_kr: float | None
    budget_hours: float | None
    budget_kr: float | None

    @property
    def deviation_hours(self) -> float | None:
        return None if self.budget_hours is None else self.budget_hours - self.planned_hours

    @property
    def deviation_kr(self) -> float | None:
        return None if self.budget_kr is None or self.planned_kr is None else self.budget_kr - self.planned_kr


def live_cost(data: ScheduleData, budget: BudgetYearInputs | None) -> list[LiveCost]:
    """Planned hours a week = Σ cycle hours ÷ cycle weeks; a year = a week × days of the budget year ÷ 7,
    a month = a year ÷ 12; kr = hours × hourly cost. Budget: the year's budget hours and kr in the same shares."""
    week = float(week_hours(data).sum()) / data.cycle_weeks
    days = days_in_year(budget.year if budget is not None else data.start_date.year)
    out = []
    for label, share in (("Vecka", 7 / days), ("Månad", 1 / 12), ("År", 1.0)):
        planned = week * days / 7 * share
        out.append(LiveCost(label, planned, None if budget is None else planned * budget.hourly_cost,
                            None if budget is None else budget.hours * share,
                            None if budget is None else budget.personnel_budget_kr * share))
    return out
