from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from vonapp.domain.schedule import expand_schedule, planned_daily, shift_hours, staffing_profile


@pytest.mark.parametrize(
    ("start", "end", "brk", "hours"),
    [
        ("07:00", "15:30", 30, 8.0),    # 8 h 30 min − 30 min
        ("13:30", "21:30", 30, 7.5),    # 8 h − 30 min
        ("21:15", "07:15", 0, 10.0),    # past midnight: 2 h 45 + 7 h 15
        ("22:00", "06:30", 45, 7.75),   # 8 h 30 − 45 min
        ("00:00", "00:00", 60, 23.0),   # a full day − 1 h
    ],
)
def test_shift_hours_wrap_past_midnight_and_subtract_the_break(start: str, end: str, brk: int, hours: float) -> None:
    def minutes(t: str) -> int:
        h, m = t.split(":")
        return int(h) * 60 + int(m)

    assert shift_hours(minutes(start), minutes(end), brk) == pytest.approx(hours)


def _frames(schedules: list[tuple], cells: list[tuple]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    shifts = pd.DataFrame(
        [(1, 420, 930, 30, False), (2, 1275, 435, 0, False), (3, 480, 990, 30, True)],
        columns=["shift_code_id", "start_min", "end_min", "break_min", "is_resource"],
    )  # 1 = D 07:00–15:30 (8 h), 2 = N 21:15–07:15 (10 h), 3 = R 08:00–16:30 (8 h, resurspass)
    return (
        pd.DataFrame(schedules, columns=["schedule_id", "unit_id", "start_date", "cycle_weeks"]),
        pd.DataFrame(cells, columns=["schedule_id", "employee_id", "day_index", "shift_code_id"]),
        shifts,
    )


def test_a_two_week_cycle_repeats_from_its_start_date() -> None:
    # Employee 7 works D on cycle day 0 (Monday of week 1) and N on day 8 (Tuesday of week 2).
    schedules, cells, shifts = _frames([(1, 1, date(2023, 1, 2), 2)], [(1, 7, 0, 1), (1, 7, 8, 2)])
    planned = expand_schedule(schedules, cells, shifts, date(2023, 1, 1), date(2023, 1, 31)).sort_values("date")
    # Cycle starts Mon 2 Jan: D on 2, 16, 30 Jan; N on Tue 10 and 24 Jan.
    assert [d.day for d in planned["date"]] == [2, 10, 16, 24, 30]
    # 3 × 8 h + 2 × 10 h = 44 h; the night shift belongs to the day it starts.
    assert planned["hours"].sum() == pytest.approx(44.0)


def test_a_later_schedule_replaces_the_earlier_from_its_start() -> None:
    # Schedule 1 (from 2 Jan) has D every Monday; schedule 2 (from 16 Jan) has R every Monday.
    schedules, cells, shifts = _frames(
        [(1, 1, date(2023, 1, 2), 1), (2, 1, date(2023, 1, 16), 1)], [(1, 5, 0, 1), (2, 5, 0, 3)]
    )
    planned = expand_schedule(schedules, cells, shifts, date(2023, 1, 1), date(2023, 1, 31)).sort_values("date")
    # Mondays: 2, 9 (D, old schedule) then 16, 23, 30 (R, new schedule)
    assert list(zip([d.day for d in planned["date"]], planned["is_resource"], strict=True)) == [
        (2, False), (9, False), (16, True), (23, True), (30, True)
    ]
    daily = planned_daily(planned)
    # planned = 5 Mondays × 8 h = 40 h; resurspass = 3 × 8 h = 24 h
    assert daily["planned"].sum() == pytest.approx(40.0)
    assert daily["planned_res"].sum() == pytest.approx(24.0)


def test_staffing_profile_counts_people_on_duty_per_hour() -> None:
    # One D shift (07:00–15:30) each Monday for two weeks: on Mondays 07–15 one person is on duty,
    # 15:00–16:00 half the hour (15:00–15:30) → 0.5.
    schedules, cells, shifts = _frames([(1, 1, date(2023, 1, 2), 1)], [(1, 5, 0, 1)])
    planned = expand_schedule(schedules, cells, shifts, date(2023, 1, 2), date(2023, 1, 15))
    prof = staffing_profile(planned, weeks=2).set_index(["weekday", "hour"])["staff"]
    assert prof[(0, 7)] == pytest.approx(1.0)
    assert prof[(0, 14)] == pytest.approx(1.0)
    assert prof[(0, 15)] == pytest.approx(0.5)
    assert prof[(0, 6)] == 0.0
    assert prof[(1, 7)] == 0.0


def test_night_shift_on_sunday_wraps_into_monday_morning() -> None:
    # N 21:15–07:15 on Sunday 8 Jan: Monday 00:00–07:00 fully covered, 07:00–08:00 for 15 min.
    schedules, cells, shifts = _frames([(1, 1, date(2023, 1, 2), 1)], [(1, 5, 6, 2)])
    planned = expand_schedule(schedules, cells, shifts, date(2023, 1, 2), date(2023, 1, 8))
    prof = staffing_profile(planned, weeks=1).set_index(["weekday", "hour"])["staff"]
    assert prof[(6, 22)] == pytest.approx(1.0)
    assert prof[(6, 21)] == pytest.approx(0.75)
    assert prof[(0, 3)] == pytest.approx(1.0)
    assert prof[(0, 7)] == pytest.approx(0.25)
