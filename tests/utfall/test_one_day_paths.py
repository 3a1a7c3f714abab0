"""The one-day reads behind a placement edit give exactly the rows of the year's read.

A placement edit re-reads only the edited day: its day-table row and register rows (vonapp.store.utfall
load_patch_and_day), with the schedule's cells of that one day (vonapp.domain.schedule.expand_schedule
dates only the cells falling on it) and the day table in numpy. Every one of them must equal, value
for value, what the whole year's read gives for that day.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from vonapp.domain import daily as d
from vonapp.domain.periods import parse_period
from vonapp.domain.schedule import expand_schedule
from vonapp.domain.utfall import week_table
from vonapp.store.database import Database
from vonapp.store.queries import schedule_frames
from vonapp.store.row_changes import one_unit
from vonapp.store.utfall import load_day, load_patch_and_day, load_utfall, patched

UNIT = "Stortorp"
PERIOD = parse_period("2023")
# Every 9th day of the year (weekdays and weekends, each cycle day of the demo's schedules), the
# year's ends, and the register's days with a resurspass.
DAYS = sorted({PERIOD.start + timedelta(days=k) for k in range(0, 365, 9)} | {PERIOD.start, PERIOD.end})


def _rows_of(frame: pd.DataFrame, day: date) -> pd.DataFrame:
    return frame[pd.to_datetime(frame["date"]) == pd.Timestamp(day)].reset_index(drop=True)


def test_one_day_reads_equal_the_years_rows(demo_db: Database) -> None:
    year = load_utfall(demo_db, UNIT, PERIOD)
    resurspass_days = sorted({pd.Timestamp(t).date() for t in year.register["date"]})[::5]
    assert len(resurspass_days) > 10
    checked = 0
    for day in sorted(set(DAYS) | set(resurspass_days)):
        patch, day_data = load_patch_and_day(demo_db, UNIT, PERIOD, [day], day)
        pd.testing.assert_frame_equal(patch.days, _rows_of(year.days, day), check_exact=True)
        expected = _rows_of(year.register, day)
        if expected.empty:  # no resurspass that day: the register's empty frame (as the year's read of it)
            assert patch.register.empty and list(patch.register.columns) == list(expected.columns)
        else:
            pd.testing.assert_frame_equal(patch.register, expected, check_exact=True)
        assert day_data is not None
        alone = load_day(demo_db, UNIT, day)  # its own read: figures from the one-day table
        pd.testing.assert_frame_equal(day_data.rows, alone.rows, check_exact=True)
        pd.testing.assert_frame_equal(day_data.planned, alone.planned, check_exact=True)
        pd.testing.assert_series_equal(day_data.figures, alone.figures, check_exact=True, check_names=False)
        pd.testing.assert_series_equal(day_data.figures, year.days.iloc[(day - PERIOD.start).days],
                                       check_exact=True, check_names=False)
        again = patched(year, patch)  # only the day's week summed again: the same weeks as summing all
        pd.testing.assert_frame_equal(again.weeks, week_table(again.days), check_exact=True)
        pd.testing.assert_frame_equal(again.weeks, year.weeks, check_exact=True)
        checked += 1
    assert checked == len(set(DAYS) | set(resurspass_days))


def test_one_days_expansion_is_the_years_expansion_of_that_day(demo_db: Database) -> None:
    with demo_db.session() as s:
        units = [one_unit(s, UNIT)]
        frames = schedule_frames(s, [u.id for u in units])
    whole = expand_schedule(*frames, PERIOD.start, PERIOD.end)
    assert len(whole) > 1000
    for day in DAYS:
        one = expand_schedule(*frames, day, day)
        assert len(one) > 0
        pd.testing.assert_frame_equal(one, _rows_of(whole, day), check_exact=True)
    before = expand_schedule(*frames, date(1990, 1, 1), date(1990, 1, 1))  # before every schedule
    assert before.empty and list(before.columns) == list(whole.columns)


def test_the_day_tables_numpy_figures_are_the_daily_frames_formulas(demo_db: Database) -> None:
    year = load_utfall(demo_db, UNIT, PERIOD)
    frame = year.days
    pd.testing.assert_series_equal(d.worked(frame), frame["worked"], check_exact=True, check_names=False)
    pd.testing.assert_series_equal(d.substitute(frame), frame["substitute"], check_exact=True,
                                   check_names=False)
    # the pandas formula as it stood before the numpy path: min(max(planned − used, 0), substitute)
    unused = (frame["planned_res"] - frame["res_used"]).clip(lower=0.0)
    reference = pd.concat([unused, d.substitute(frame)], axis=1).min(axis=1)
    pd.testing.assert_series_equal(d.missed_resurspass(frame), reference, check_exact=True)
    pd.testing.assert_series_equal(frame["missed_hours"], reference, check_exact=True, check_names=False)
    assert frame["missed_hours"].gt(0).any()
