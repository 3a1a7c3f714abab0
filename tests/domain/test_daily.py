"""The daily frame joins recorded and planned hours per unit and day."""

from __future__ import annotations

from datetime import date

import pandas as pd

from vonapp.domain.daily import DAILY_COLUMNS, combine


def test_recorded_and_planned_days_are_joined_and_a_missing_side_is_zero() -> None:
    recorded = pd.DataFrame({"unit_id": [2, 1], "date": pd.to_datetime(["2023-01-02", "2023-01-03"]),
                             "ordinarie": [7.5, 8.0], "sick": [0.0, 4.0]})
    planned = pd.DataFrame({"unit_id": [1, 1], "date": [date(2023, 1, 3), date(2023, 1, 4)],
                            "planned": [16.0, 8.0], "planned_res": [8.0, 0.0]})
    out = combine(recorded, planned)
    assert list(out.columns) == DAILY_COLUMNS
    # Sorted by unit, then day: unit 1 on 3 Jan (both sides), 4 Jan (planned only), unit 2 on 2 Jan.
    assert list(zip(out["unit_id"], out["date"].dt.date, strict=True)) == [
        (1, date(2023, 1, 3)), (1, date(2023, 1, 4)), (2, date(2023, 1, 2))]
    assert list(out["ordinarie"]) == [8.0, 0.0, 7.5]
    assert list(out["sick"]) == [4.0, 0.0, 0.0]
    assert list(out["planned"]) == [16.0, 8.0, 0.0]
    assert list(out["vikarie"]) == [0.0, 0.0, 0.0]  # a category neither side has
    assert out["date"].dtype == "datetime64[ns]"


def test_nothing_on_either_side_gives_an_empty_frame_with_every_column() -> None:
    empty = pd.DataFrame({"unit_id": pd.Series(dtype="int64"), "date": pd.Series(dtype="datetime64[ns]")})
    out = combine(empty, empty)
    assert out.empty and list(out.columns) == DAILY_COLUMNS
