"""Working-time rules against hand-worked cycles (minutes: 07:00 = 420, 21:00 = 1260; a day = 1440)."""

from __future__ import annotations

import pytest

from vonapp.domain.rules import (
    DYGNSVILA,
    SYSSELSATTNING,
    VECKOARBETSTID,
    VECKOVILA,
    check_employee,
    check_schedule,
    daily_rest,
    make_shift,
    shifts_from_cells,
    weekly_hours,
    weekly_rest,
)

H = 60  # minutes in an hour


def at(hour: float) -> int:
    return int(hour * H)


def test_a_rest_of_exactly_11_hours_passes_and_10_hours_is_found() -> None:
    # K 13:00–21:00 on day 0, D 08:00–16:00 on day 1: rest = (24 + 8) − 21 = 11 h → no finding.
    exact = [make_shift(0, at(13), at(21)), make_shift(1, at(8), at(16))]
    assert daily_rest(exact, 7) == []
    # D at 07:00 instead: rest = 31 − 21 = 10 h, named on the later shift's cycle day 2 (1-based).
    short = [make_shift(0, at(13), at(21)), make_shift(1, at(7), at(15))]
    assert daily_rest(short, 7) == [(1, 10.0)]
    found = check_employee(5, short, 7, rate=None, full_time_hours=40)
    assert [(f.rule, f.cycle_day, f.week, f.hours, f.limit) for f in found if f.rule == DYGNSVILA] == [
        (DYGNSVILA, 2, None, 10.0, 11.0)]


def test_a_night_shift_over_midnight_ends_the_next_morning() -> None:
    # N 21:00–07:00 on day 0 ends on day 1 at 07:00; K 15:00 on day 1: rest = 15 − 7 = 8 h.
    shifts = [make_shift(0, at(21), at(7)), make_shift(1, at(15), at(22))]
    assert shifts[0].hours == 10.0  # (07:00 + 24 h − 21:00) = 10 h, no break
    assert daily_rest(shifts, 7) == [(1, 8.0)]
    # With D 18:00 on day 1 instead: 18 − 7 = 11 h, exactly enough.
    assert daily_rest([make_shift(0, at(21), at(7)), make_shift(1, at(18), at(22))], 7) == []


def test_the_cycle_wraps_its_last_day_onto_its_first() -> None:
    # One-week cycle: K 14:00–22:00 on Sunday (day 6), D 07:00–15:00 on Monday (day 0).
    # The next Monday follows Sunday: rest = (7 × 24 + 7) − (6 × 24 + 22) = 175 − 166 = 9 h, found on day 1.
    shifts = [make_shift(0, at(7), at(15)), make_shift(6, at(14), at(22))]
    assert daily_rest(shifts, 7) == [(0, 9.0)]


def test_a_lone_shift_rests_the_rest_of_the_cycle() -> None:
    # One 8 h shift a week: rest = 168 − 8 = 160 h.
    assert daily_rest([make_shift(2, at(7), at(15))], 7) == []


def test_weekly_rest_counts_only_the_part_of_a_free_stretch_inside_the_week() -> None:
    # D 07:00–16:00 Monday to Saturday (days 0–5), Sunday free. The free stretch Saturday 16:00 → Monday 07:00
    # is 39 h, but inside the week it runs Saturday 16:00 → Monday 00:00 = 8 + 24 = 32 h (< 36 h);
    # the week's first 7 h (Monday 00:00–07:00) are the other part. Between weekdays: 16:00 → 07:00 = 15 h.
    shifts = [make_shift(d, at(7), at(16)) for d in range(6)]
    assert weekly_rest(shifts, 7) == [32.0]
    found = [f for f in check_employee(1, shifts, 7, rate=None, full_time_hours=40) if f.rule == VECKOVILA]
    assert [(f.week, f.cycle_day, f.hours, f.limit) for f in found] == [(1, None, 32.0, 36.0)]


def test_a_night_shift_over_the_weeks_edge_takes_its_part_of_each_week() -> None:
    # Two-week cycle. N 21:00–07:00 on Sunday of week 1 (day 6) runs into Monday of week 2 until 07:00.
    # Week 2: K 17:00–22:00 Tuesday (day 8), D 07:00–16:00 Wednesday to Sunday (days 9–13).
    # Week 1: free from Monday 00:00 to Sunday 21:00 = 6 × 24 + 21 = 165 h.
    # Week 2: busy Monday 00:00–07:00, free Monday 07:00 → Tuesday 17:00 = 17 + 17 = 34 h (< 36 h);
    # had the night shift ended at midnight it would have been 41 h. Later stretches are 9 and 15 h, and
    # Sunday 16:00 → Monday 00:00 = 8 h.
    shifts = [make_shift(6, at(21), at(7)), make_shift(8, at(17), at(22))]
    shifts += [make_shift(d, at(7), at(16)) for d in range(9, 14)]
    assert weekly_rest(shifts, 14) == [165.0, 34.0]


def test_weekly_rest_sees_the_night_shift_of_the_cycles_last_day_on_its_first_monday() -> None:
    # One-week cycle with only N 21:00–07:00 on Sunday: the previous cycle's night takes Monday 00:00–07:00,
    # so the week is free Monday 07:00 → Sunday 21:00 = 6 × 24 + 14 = 158 h.
    assert weekly_rest([make_shift(6, at(21), at(7))], 7) == [158.0]


def test_weekly_hours_are_averaged_over_the_cycle() -> None:
    # Week 1: six 10 h days (07–17) = 60 h; week 2: three 10 h days = 30 h → (60 + 30) ÷ 2 = 45 h ≤ 48 h.
    ok = [make_shift(d, at(7), at(17)) for d in range(6)] + [make_shift(d, at(7), at(17)) for d in (7, 9, 11)]
    assert weekly_hours(ok, 14) == 45.0
    assert not [f for f in check_employee(1, ok, 14, rate=None, full_time_hours=40) if f.rule == VECKOARBETSTID]
    # Week 2 with five 8 h days instead: (60 + 40) ÷ 2 = 50 h > 48 h.
    over = [make_shift(d, at(7), at(17)) for d in range(6)] + [make_shift(d, at(7), at(15)) for d in range(7, 12)]
    found = [f for f in check_employee(1, over, 14, rate=None, full_time_hours=40) if f.rule == VECKOARBETSTID]
    assert [(f.hours, f.limit, f.week, f.cycle_day) for f in found] == [(50.0, 48.0, None, None)]


def test_employment_rate_matches_within_half_an_hour_a_week() -> None:
    # Four D 07:00–15:00 with 30 min break = 4 × 7,5 = 30 h a week.
    shifts = [make_shift(d, at(7), at(15), 30) for d in range(4)]

    def rate_findings(rate: float | None) -> list[tuple[float, float]]:
        return [(f.hours, f.limit) for f in check_employee(1, shifts, 7, rate=rate, full_time_hours=40)
                if f.rule == SYSSELSATTNING]

    assert rate_findings(75) == []  # 75 % × 40 h = 30 h exactly
    assert rate_findings(76.25) == []  # 30,5 h: 0,5 h off is still within
    assert rate_findings(77.5) == [(30.0, 31.0)]  # 31 h: 1 h off
    assert rate_findings(None) == []  # hourly paid: no rate to match


def test_an_employee_with_a_rate_and_no_shifts_misses_the_rate() -> None:
    found = check_schedule({}, 7, {3: 50.0}, 40.0)
    assert [(f.employee_id, f.rule, f.hours, f.limit) for f in found] == [(3, SYSSELSATTNING, 0.0, 20.0)]


def test_shifts_from_cells_uses_the_codes_times() -> None:
    codes = {1: (at(7), at(16), 30), 2: (at(21), at(7), 0)}
    got = shifts_from_cells([(10, 0, 1), (10, 3, 2), (11, 1, 1), (11, 2, 99)], codes)
    assert [(s.day, s.hours) for s in got[10]] == [(0, 8.5), (3, 10.0)]
    assert [(s.day, s.hours) for s in got[11]] == [(1, 8.5)]  # code 99 unknown: skipped


@pytest.mark.parametrize("cycle_weeks", [1, 2, 6])
def test_a_clean_full_time_schedule_has_no_findings(cycle_weeks: int) -> None:
    # D 07:00–15:30 with 30 min break = 8 h, Monday–Friday: 40 h a week, 15,5 h nightly rest; the weekend
    # inside the week is Friday 15:30 → Monday 00:00 = 8,5 + 48 = 56,5 h.
    shifts = [make_shift(w * 7 + d, at(7), at(15.5), 30) for w in range(cycle_weeks) for d in range(5)]
    assert weekly_rest(shifts, cycle_weeks * 7) == [56.5] * cycle_weeks
    assert check_employee(1, shifts, cycle_weeks * 7, rate=100, full_time_hours=40) == []
