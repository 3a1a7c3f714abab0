from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vonapp.domain.schedule import (
    expand_schedule,
    planned_daily,
    planned_daily_totals,
    shift_hours,
    staffing_from_cycles,
    staffing_profile,
)


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


def test_daily_totals_summed_per_cycle_day_equal_the_dated_shifts() -> None:
    # Two units: unit 1 with the two schedules above, unit 2 with two employees on a one-week cycle.
    schedules, cells, shifts = _frames(
        [(1, 1, date(2023, 1, 2), 1), (2, 1, date(2023, 1, 16), 1), (3, 2, date(2023, 1, 4), 1)],
        [(1, 5, 0, 1), (2, 5, 0, 3), (2, 6, 0, 1), (3, 8, 0, 2), (3, 9, 0, 1), (3, 9, 3, 3)],
    )
    got = planned_daily_totals(schedules, cells, shifts, date(2023, 1, 1), date(2023, 1, 31))
    # Unit 1 on Monday 16 Jan: R (8 h, resurspass) + D (8 h) = 16 h of which 8 h resurspass.
    monday = got[(got["unit_id"] == 1) & (got["date"] == pd.Timestamp(2023, 1, 16))].iloc[0]
    assert (monday["planned"], monday["planned_res"]) == (16.0, 8.0)
    want = planned_daily(expand_schedule(schedules, cells, shifts, date(2023, 1, 1), date(2023, 1, 31)))
    pd.testing.assert_frame_equal(got.sort_values(["unit_id", "date"]).reset_index(drop=True),
                                  want.sort_values(["unit_id", "date"]).reset_index(drop=True), check_dtype=False)
    # The same from cells counted per cycle day and shift (how the store reads them): unit 2 has one D
    # on cycle day 0 besides the N, so counting merges nothing there but keeps the hours.
    counted = cells.groupby(["schedule_id", "day_index", "shift_code_id"], as_index=False).size()
    counted = counted.rename(columns={"size": "count"})
    again = planned_daily_totals(schedules, counted, shifts, date(2023, 1, 1), date(2023, 1, 31))
    pd.testing.assert_frame_equal(again.sort_values(["unit_id", "date"]).reset_index(drop=True),
                                  want.sort_values(["unit_id", "date"]).reset_index(drop=True), check_dtype=False)


# A cycle of 1–3 weeks with up to 25 (employee, cycle day, shift code) cells, and a span of 1–70 days
# starting up to 40 days from 20 Dec 2022 (before, across and after the schedule's start on 2 Jan).
ANY_CYCLE = given(
    cycle_weeks=st.integers(1, 3),
    cells=st.lists(st.tuples(st.integers(1, 4), st.integers(0, 20), st.sampled_from([1, 2, 3])), min_size=1,
                   max_size=25),
    start_offset=st.integers(0, 40),
    days=st.integers(1, 70),
)


def _span(start_offset: int, days: int) -> tuple[date, date]:
    start = date.fromordinal(date(2022, 12, 20).toordinal() + start_offset)
    return start, date.fromordinal(start.toordinal() + days - 1)


def _counted(cells: pd.DataFrame) -> pd.DataFrame:
    """Cells grouped per cycle day and shift with a `count`, as the store reads them."""
    counted = cells.groupby(["schedule_id", "day_index", "shift_code_id"], as_index=False).size()
    return counted.rename(columns={"size": "count"})


@settings(max_examples=40, deadline=None)
@ANY_CYCLE
def test_daily_totals_equal_the_dated_shifts_for_any_cycle(cycle_weeks: int, cells: list[tuple[int, int, int]],
                                                           start_offset: int, days: int) -> None:
    cycle_days = cycle_weeks * 7
    unique = {(e, i % cycle_days): code for e, i, code in cells}  # one shift per employee and cycle day
    schedules, cell_frame, shifts = _frames(
        [(1, 1, date(2023, 1, 2), cycle_weeks)], [(1, e, i, code) for (e, i), code in unique.items()]
    )
    start, end = _span(start_offset, days)
    want = planned_daily(expand_schedule(schedules, cell_frame, shifts, start, end))
    for cells_in in (cell_frame, _counted(cell_frame)):
        got = planned_daily_totals(schedules, cells_in, shifts, start, end)
        assert len(got) == len(want)
        if len(want):
            pd.testing.assert_frame_equal(got.sort_values("date").reset_index(drop=True),
                                          want.sort_values("date").reset_index(drop=True), check_dtype=False)


def test_staffing_from_the_cycle_wraps_a_sunday_night_into_monday() -> None:
    # As test_night_shift_on_sunday_wraps_into_monday_morning, without dating the shift: the N on cycle
    # day 6 (Sunday 8 Jan) covers Sunday 21:15–24:00 and Monday 00:00–07:15 of the one week.
    schedules, cells, shifts = _frames([(1, 1, date(2023, 1, 2), 1)], [(1, 5, 6, 2)])
    prof = staffing_from_cycles(schedules, cells, shifts, date(2023, 1, 2), date(2023, 1, 8), weeks=1)
    prof = prof.set_index(["weekday", "hour"])["staff"]
    assert prof[(6, 21)] == pytest.approx(0.75)
    assert prof[(0, 3)] == pytest.approx(1.0)
    assert prof[(0, 7)] == pytest.approx(0.25)
    assert prof[(2, 12)] == 0.0


@settings(max_examples=40, deadline=None)
@ANY_CYCLE
def test_staffing_from_the_cycle_equals_the_dated_shifts(cycle_weeks: int, cells: list[tuple[int, int, int]],
                                                         start_offset: int, days: int) -> None:
    # Two schedules of one unit (the second replaces the first from 16 Jan, on a Monday as a cycle
    # starts), so spans clipped at both ends are covered.
    cycle_days = cycle_weeks * 7
    unique = {(e, i % cycle_days): code for e, i, code in cells}
    rows = [(1, e, i, code) for (e, i), code in unique.items()] + [(2, e, (i + 3) % 7, code)
                                                                   for (e, i), code in unique.items()]
    schedules, cell_frame, shifts = _frames([(1, 1, date(2023, 1, 2), cycle_weeks), (2, 1, date(2023, 1, 16), 1)],
                                            rows)
    start, end = _span(start_offset, days)
    weeks = max(days / 7.0, 1.0)
    want = staffing_profile(expand_schedule(schedules, cell_frame, shifts, start, end), weeks)
    for cells_in in (cell_frame, _counted(cell_frame)):
        got = staffing_from_cycles(schedules, cells_in, shifts, start, end, weeks)
        pd.testing.assert_frame_equal(got, want, check_dtype=False, atol=1e-9)
