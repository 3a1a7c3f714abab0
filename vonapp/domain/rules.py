"""Working-time rules checked on a rotating schedule as it repeats (DESIGN: Working-time rules).

The cycle is a timeline of N days in minutes, 0 = the cycle's first Monday 00:00; a shift on cycle
day d runs from d × 1440 + start for its length (past midnight when it wraps). The last day is
followed by the first: each check also sees the shifts of the cycle before and after.
Findings are warnings; nothing here refuses a schedule.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from vonapp.domain.schedule import MINUTES_PER_DAY

DAILY_REST_HOURS = 11.0
WEEKLY_REST_HOURS = 36.0
WEEKLY_MAX_HOURS = 48.0
RATE_TOLERANCE_HOURS = 0.5
WEEK_MINUTES = 7 * MINUTES_PER_DAY
_EPS = 1e-9

DYGNSVILA = "dygnsvila"
VECKOVILA = "veckovila"
VECKOARBETSTID = "veckoarbetstid"
SYSSELSATTNING = "sysselsättning"
RULES = (DYGNSVILA, VECKOVILA, VECKOARBETSTID, SYSSELSATTNING)


@dataclass(frozen=True)
class CycleShift:
    """One shift of an employee on a cycle day (0-based): start minute, length in minutes, hours paid;
    `begin` and `finish` are its minutes on the cycle's timeline (made by `make_shift`)."""

    day: int
    start_min: int
    minutes: int
    hours: float
    begin: int
    finish: int


@dataclass(frozen=True)
class Finding:
    """A broken rule: `cycle_day` (1-based) for dygnsvila, `week` (1-based) for veckovila, else None."""

    employee_id: int
    rule: str
    cycle_day: int | None
    week: int | None
    hours: float
    limit: float


def shift_minutes(start_min: int, end_min: int) -> int:
    """Length on the timeline: end − start wrapping past midnight; equal times are 24 h."""
    return (end_min - start_min) % MINUTES_PER_DAY or MINUTES_PER_DAY


def make_shift(day: int, start_min: int, end_min: int, break_min: int = 0) -> CycleShift:
    minutes = shift_minutes(start_min, end_min)
    begin = day * MINUTES_PER_DAY + start_min
    return CycleShift(day, start_min, minutes, (minutes - break_min) / 60.0, begin, begin + minutes)


def _repeated(shifts: list[CycleShift], cycle_minutes: int) -> list[tuple[int, int, int]]:
    """(begin, finish, cycle day) of the shifts of the cycle before, this one and the one after, sorted."""
    out = [(s.begin + k * cycle_minutes, s.finish + k * cycle_minutes, s.day) for k in (-1, 0, 1) for s in shifts]
    out.sort()
    return out


def daily_rest(shifts: list[CycleShift], cycle_days: int) -> list[tuple[int, float]]:
    """(cycle day of the later shift, rest hours) for each shift whose rest before it is under 11 h.

    Rest = the shift's start − the latest end of the shifts before it (those of the previous cycle
    included, so the first shift sees the last one of the cycle). Exactly 11 h passes.
    """
    if not shifts:
        return []
    cycle_minutes = cycle_days * MINUTES_PER_DAY
    out = []
    latest_end: int | None = None
    for begin, finish, day in _repeated(shifts, cycle_minutes):
        if 0 <= begin < cycle_minutes and latest_end is not None:
            rest = (begin - latest_end) / 60.0
            if rest < DAILY_REST_HOURS - _EPS:
                out.append((day, rest))
        latest_end = finish if latest_end is None else max(latest_end, finish)
    out.sort()
    return out


def weekly_rest(shifts: list[CycleShift], cycle_days: int) -> list[float]:
    """The longest stretch without a shift inside each Monday–Monday week of the cycle, in hours.

    Only the part of a free stretch inside the week counts; a night shift over the week's edge (or over
    the cycle's end, which is followed by its start) takes its part of each week.
    """
    cycle_minutes = cycle_days * MINUTES_PER_DAY
    busy = _repeated(shifts, cycle_minutes)
    begins = [b for b, _f, _d in busy]
    out = []
    for week in range(cycle_days // 7):
        lo, hi = week * WEEK_MINUTES, (week + 1) * WEEK_MINUTES
        longest, free_from = 0, lo
        # A shift is at most a day long: those starting a day before the week may still reach into it.
        for begin, finish, _day in busy[bisect_left(begins, lo - MINUTES_PER_DAY):bisect_left(begins, hi)]:
            if finish <= lo:
                continue
            longest = max(longest, max(begin, lo) - free_from)
            free_from = max(free_from, min(finish, hi))
        longest = max(longest, hi - free_from)
        out.append(longest / 60.0)
    return out


def weekly_hours(shifts: Iterable[CycleShift], cycle_days: int) -> float:
    """Scheduled hours a week averaged over the cycle = Σ shift hours ÷ cycle weeks."""
    return sum(s.hours for s in shifts) / (cycle_days / 7)


def check_employee(employee_id: int, shifts: list[CycleShift], cycle_days: int, *,
                   rate: float | None, full_time_hours: float) -> list[Finding]:
    """Every finding of one employee, in rule order (dygnsvila by day, veckovila by week, then the averages)."""
    found = [Finding(employee_id, DYGNSVILA, day + 1, None, rest, DAILY_REST_HOURS)
             for day, rest in daily_rest(shifts, cycle_days)]
    found += [Finding(employee_id, VECKOVILA, None, week + 1, longest, WEEKLY_REST_HOURS)
              for week, longest in enumerate(weekly_rest(shifts, cycle_days))
              if longest < WEEKLY_REST_HOURS - _EPS]
    average = weekly_hours(shifts, cycle_days)
    if average > WEEKLY_MAX_HOURS + _EPS:
        found.append(Finding(employee_id, VECKOARBETSTID, None, None, average, WEEKLY_MAX_HOURS))
    if rate is not None:
        target = rate * full_time_hours / 100.0
        if abs(average - target) > RATE_TOLERANCE_HOURS + _EPS:
            found.append(Finding(employee_id, SYSSELSATTNING, None, None, average, target))
    return found


def check_schedule(shifts_by_employee: Mapping[int, list[CycleShift]], cycle_days: int,
                   rates: Mapping[int, float | None], full_time_hours: float,
                   order: Iterable[int] | None = None) -> list[Finding]:
    """Findings of every employee (in `order`, default the mapping's), the cycle repeating.

    An employee in `rates` without shifts is checked too: a rate with no hours breaks sysselsättning.
    """
    ids = list(order) if order is not None else list(dict.fromkeys([*shifts_by_employee, *rates]))
    out: list[Finding] = []
    for employee_id in ids:
        out += check_employee(employee_id, shifts_by_employee.get(employee_id, []), cycle_days,
                              rate=rates.get(employee_id), full_time_hours=full_time_hours)
    return out


def shifts_from_cells(cells: Iterable[tuple[int, int, int]],
                      codes: Mapping[int, tuple[int, int, int]]) -> dict[int, list[CycleShift]]:
    """(employee id, day index, shift code id) cells and code id → (start, end, break) as shifts per employee."""
    out: dict[int, list[CycleShift]] = {}
    for employee_id, day, code_id in cells:
        times = codes.get(code_id)
        if times is not None:
            out.setdefault(int(employee_id), []).append(make_shift(int(day), *times))
    return out
