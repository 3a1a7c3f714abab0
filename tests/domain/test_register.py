"""vonapp.domain.utfall.resurspass_register: order, one line per pass day, the first recorded row by id."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from vonapp.domain.utfall import REGISTER_COLUMNS, resurspass_register


def _days() -> pd.DataFrame:
    # 2 and 3 January 2023: substitutes 6 h and 0 h, unplaced 8 h and 4 h, missed min(8, 6) = 6 h and 0 h
    return pd.DataFrame({"date": pd.to_datetime(["2023-01-02", "2023-01-03"]), "substitute": [6.0, 0.0],
                         "unplaced": [8.0, 4.0], "missed_hours": [6.0, 0.0]})


def test_shifts_in_date_then_number_order_with_their_first_recorded_row() -> None:
    shifts = pd.DataFrame({  # out of order, dates as date objects (as planned_shifts gives them)
        "date": [date(2023, 1, 3), date(2023, 1, 2), date(2023, 1, 2)],
        "employee_id": [7, 9, 7], "employment_number": ["107", "109", "107"], "name": ["Bo", "Cy", "Bo"],
        "hours": [4.0, 8.0, 8.0]})
    entries = pd.DataFrame({  # employee 7 on 2 Jan: rows 12 and 11, row 11 (the lower id) decides
        "entry_id": [12, 11, 20], "date": pd.to_datetime(["2023-01-02", "2023-01-02", "2023-01-03"]),
        "employee_id": [7, 7, 7], "placement": ["egen enhet", "annan enhet", None],
        "placement_unit_id": [None, 3.0, None], "hours": [8.0, 8.0, 4.0]})
    register = resurspass_register(shifts, entries, _days(), {3: "Norrgården"})
    assert list(register.columns) == REGISTER_COLUMNS
    assert register["date"].dt.date.tolist() == [date(2023, 1, 2), date(2023, 1, 2), date(2023, 1, 3)]
    assert register["employment_number"].tolist() == ["107", "109", "107"]
    assert register["placement"].tolist() == ["annan enhet", "ej placerad", "ej placerad"]  # NULL: unplaced
    assert register["placement_label"].tolist() == ["Norrgården", "ej placerad", "ej placerad"]
    assert register["entry_id"].tolist()[0] == 11 and np.isnan(register["entry_id"].tolist()[1])
    assert register["entry_id"].tolist()[2] == 20
    assert register["day_missed"].tolist() == [6.0, 6.0, 0.0]
    assert register["day_substitute"].tolist() == [6.0, 6.0, 0.0]


def test_two_passes_the_same_day_are_one_line_with_hours_summed() -> None:
    shifts = pd.DataFrame({"date": pd.to_datetime(["2023-01-02", "2023-01-02", "2023-01-05"]),
                           "employee_id": [7, 7, 7], "employment_number": ["107"] * 3, "name": ["Bo"] * 3,
                           "hours": [3.0, 4.5, 8.0]})
    entries = pd.DataFrame(columns=["entry_id", "date", "employee_id", "placement", "placement_unit_id", "hours"])
    register = resurspass_register(shifts, entries, _days(), {})
    assert register["hours"].tolist() == [7.5, 8.0]  # 3 + 4,5 h on 2 January
    assert register["placement"].tolist() == ["ej placerad", "ej placerad"]
    assert register["day_unplaced"].tolist()[0] == 8.0 and np.isnan(register["day_unplaced"].tolist()[1])
