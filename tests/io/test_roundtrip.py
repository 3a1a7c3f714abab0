"""Hypothesis round trip: random valid rows written into a template (CSV or xlsx), imported, read back equal."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.io.helpers import TID_HEADER, units_db, write_csv, xlsx
from vonapp.domain.glossary import AbsenceType, Category
from vonapp.io.imports import import_file

NAMES = ["Åsa Öberg", "Bo Ängström", "Zoë Niémi", "Per-Olof Lind", "=Ödman; Dan, \"Danne\"", "Li Wei"]


@st.composite
def tid_row(draw: st.DrawFn) -> tuple[object, ...]:
    category = draw(st.sampled_from(list(Category)))
    emp = "" if category == Category.INHYRD and draw(st.booleans()) else str(draw(st.integers(1000, 1005)))
    absence = draw(st.sampled_from(list(AbsenceType))).value if category == Category.FRANVARO else None
    placement = (draw(st.sampled_from(["egen enhet", "ej placerad", "Hemtjänst Norr"]))
                 if category == Category.RESURSPASS else None)
    day = date(2023, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    hours = draw(st.integers(1, 16)) / 4  # quarter hours up to 4 h: six rows a day stay within 24 h
    return (day, emp, NAMES[int(emp) % len(NAMES)] if emp else "Bemanning AB", category.value, absence,
            placement, hours)


def _as_read(row: tuple[object, ...]) -> tuple[str, ...]:
    return tuple("" if c is None else str(c).strip() for c in row)


# Two identical rows are refused (they would count twice), so the valid rows differ as read.
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(tid_row(), min_size=1, max_size=6, unique_by=_as_read), as_xlsx=st.booleans(), sep=st.sampled_from([";", ",", "\t"]))
def test_random_valid_rows_come_back_the_same(rows: list[tuple[object, ...]], as_xlsx: bool, sep: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = units_db(folder / "t.sqlite")
        if as_xlsx:
            path = xlsx(folder / "tid.xlsx", [("tid", [TID_HEADER, *rows])])
        else:
            path = write_csv(folder / "tid.csv", [TID_HEADER, *rows], sep=sep, decimal="." if sep == "," else ",")
        import_file(db, "tid", path, unit="Stortorp")
        db.close()
        conn = sqlite3.connect(folder / "t.sqlite")
        back = conn.execute(
            "SELECT t.date, COALESCE(e.employment_number, ''), COALESCE(e.display_name, 'Bemanning AB'), t.category, "
            "t.absence_type, CASE WHEN t.placement = 'annan enhet' THEN u.name ELSE t.placement END, t.hours "
            "FROM time_entry t LEFT JOIN employee e ON e.id = t.employee_id "
            "LEFT JOIN unit u ON u.id = t.placement_unit_id").fetchall()
        conn.close()
    expected = [(d.isoformat(), *rest) for d, *rest in rows]
    assert sorted(back, key=repr) == sorted(expected, key=repr)
