"""Beläggning edits: typed days and moves give the same occupancy as the same data imported."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from tests.io.helpers import write_csv
from tests.utfall.conftest import build_unit, dump
from vonapp.domain.periods import Period
from vonapp.io.imports import import_file
from vonapp.store.database import Database, open_database
from vonapp.store.edits_utfall import add_move, remove_move, set_occupancy, set_year_capacity
from vonapp.store.errors import StoreError
from vonapp.store.figures import load_summary
from vonapp.store.row_changes import revert
from vonapp.store.series import SeriesSpec, load_figures

MARCH = Period(date(2024, 3, 1), date(2024, 3, 31), "2024-03")
# 1–10 March, 10 places: 9, 10, 8, 9, 10, 10, 7, 9, 10, 8 occupied = 90 of 100 place-days = 90 %.
TYPED = [9, 10, 8, 9, 10, 10, 7, 9, 10, 8]
TEN_DAYS = Period(date(2024, 3, 1), date(2024, 3, 10), "1–10 mars")
MOVES = [("1", date(2024, 3, 1), "inflytt"), ("2", date(2024, 3, 1), "inflytt"), ("1", date(2024, 3, 4), "utflytt"),
         ("3", date(2024, 3, 5), "inflytt"), ("1", date(2024, 3, 8), "inflytt")]


@pytest.fixture
def second_db(tmp_path: Path):  # noqa: ANN201
    db = open_database(tmp_path / "imported.sqlite")
    build_unit(db)
    yield db
    db.close()


def _same_figures(a: Database, b: Database, period: Period) -> float:
    sa, sb = load_summary(a, "Ekgården", period), load_summary(b, "Ekgården", period)
    assert sa.occupancy_pct == sb.occupancy_pct
    spec = SeriesSpec(occupancy=("D", "W"))
    for freq in spec.occupancy:
        pd.testing.assert_frame_equal(load_figures(a, "Ekgården", period, spec).occupancy[freq].current,
                                      load_figures(b, "Ekgården", period, spec).occupancy[freq].current)
    return sa.occupancy_pct


def test_typed_days_equal_the_same_days_imported(unit_db: Database, second_db: Database, tmp_path: Path) -> None:
    for i, n in enumerate(TYPED):
        set_occupancy(unit_db, unit="Ekgården", day=date(2024, 3, 1) + timedelta(days=i), occupied=n)
    rows = [("datum", "platser", "belagda")] + [
        ((date(2024, 3, 1) + timedelta(days=i)).isoformat(), 10, n) for i, n in enumerate(TYPED)]
    import_file(second_db, "belaggning", write_csv(tmp_path / "bel.csv", rows), unit="Ekgården")
    assert _same_figures(unit_db, second_db, TEN_DAYS) == pytest.approx(90.0)


def test_typed_moves_equal_the_same_moves_imported(unit_db: Database, second_db: Database, tmp_path: Path) -> None:
    for apt, day, event in MOVES:
        add_move(unit_db, unit="Ekgården", apartment=apt, day=day, event=event)
    rows = [("datum", "lägenhet", "händelse")] + [(d.isoformat(), a, e) for a, d, e in MOVES]
    import_file(second_db, "belaggning", write_csv(tmp_path / "flytt.csv", rows), unit="Ekgården")
    # Occupied 1–10 March: 2, 2, 2, 1 (1 moved out on the 4th), 2, 2, 2, 3, 3, 3 = 22 of 100 = 22 %.
    assert _same_figures(unit_db, second_db, TEN_DAYS) == pytest.approx(22.0)


def test_occupancy_refusals_write_nothing(unit_db: Database) -> None:
    before = dump(unit_db)
    cases = [
        (dict(day=date(2024, 3, 1), occupied=11), "fler än Ekgårdens 10 platser"),
        (dict(day=date(2024, 3, 1), occupied=-1), "negativt"),
        (dict(day=date(2025, 1, 1), occupied=5), "utanför Ekgårdens budgetår"),
        (dict(day=date(2024, 12, 31), occupied=5, year=2023), "utanför budgetåret 2023"),
    ]
    for kwargs, message in cases:
        with pytest.raises(StoreError, match=message):
            set_occupancy(unit_db, unit="Ekgården", **kwargs)
    with pytest.raises(StoreError, match="finns inte"):
        set_occupancy(unit_db, unit="Okänd", day=date(2024, 3, 1), occupied=1)
    assert dump(unit_db) == before
    add_move(unit_db, unit="Ekgården", apartment="1", day=date(2024, 3, 1), event="inflytt")
    set_occupancy(unit_db, unit="Ekgården", day=date(2024, 3, 2), occupied=9)
    written = dump(unit_db)
    with pytest.raises(StoreError, match="redan inflytt"):
        add_move(unit_db, unit="Ekgården", apartment="1", day=date(2024, 3, 5), event="inflytt")
    with pytest.raises(StoreError, match="Händelsen"):
        add_move(unit_db, unit="Ekgården", apartment="2", day=date(2024, 3, 5), event="flyttlass")
    with pytest.raises(StoreError, match="platserna kan inte vara färre"):
        set_year_capacity(unit_db, unit="Ekgården", year=2024, places=8)
    with pytest.raises(StoreError, match="0–100"):
        set_year_capacity(unit_db, unit="Ekgården", year=2024, budget_pct=120)
    with pytest.raises(StoreError, match="utanför Ekgårdens budgetår"):
        set_year_capacity(unit_db, unit="Ekgården", year=2025, budget_pct=90)
    assert dump(unit_db) == written


def test_undo_of_occupancy_edits_restores_the_database_exactly(unit_db: Database) -> None:
    set_occupancy(unit_db, unit="Ekgården", day=date(2024, 3, 2), occupied=9)
    move = add_move(unit_db, unit="Ekgården", apartment="4", day=date(2024, 3, 1), event="inflytt")
    edits = [
        lambda: set_occupancy(unit_db, unit="Ekgården", day=date(2024, 3, 1), occupied=8),
        lambda: set_occupancy(unit_db, unit="Ekgården", day=date(2024, 3, 2), occupied=7),
        lambda: set_occupancy(unit_db, unit="Ekgården", day=date(2024, 3, 2), occupied=None),
        lambda: add_move(unit_db, unit="Ekgården", apartment="4", day=date(2024, 3, 9), event="utflytt"),
        lambda: remove_move(unit_db, move.rows[0].key),
        lambda: set_year_capacity(unit_db, unit="Ekgården", year=2024, places=12, budget_pct=97.5),
    ]
    for edit in edits:
        before = dump(unit_db)
        changes = edit()
        after = dump(unit_db)
        assert after != before
        redo = revert(unit_db, changes)
        assert dump(unit_db) == before
        revert(unit_db, redo)
        assert dump(unit_db) == after


def test_places_of_the_year_carry_to_its_typed_days(unit_db: Database) -> None:
    set_occupancy(unit_db, unit="Ekgården", day=date(2024, 3, 1), occupied=9)
    set_year_capacity(unit_db, unit="Ekgården", year=2024, places=12, budget_pct=97.0)
    summary = load_summary(unit_db, "Ekgården", Period(date(2024, 3, 1), date(2024, 3, 1), "1 mars"))
    assert summary.occupancy_pct == pytest.approx(75.0)  # 9 of 12
    assert summary.occupancy_budget_pct == pytest.approx(97.0)


def test_a_pasted_range_is_one_edit_and_one_bad_day_refuses_it_all(unit_db: Database) -> None:
    from vonapp.store.edits_utfall import set_occupancy_days

    before = dump(unit_db)
    with pytest.raises(StoreError, match=r"fler än Ekgårdens 10 platser \(2024-03-03\)"):
        set_occupancy_days(unit_db, unit="Ekgården", days={date(2024, 3, 1): 9, date(2024, 3, 2): 8,
                                                           date(2024, 3, 3): 12})
    assert dump(unit_db) == before
    changes = set_occupancy_days(unit_db, unit="Ekgården", days={date(2024, 3, 1): 9, date(2024, 3, 2): 8})
    assert len(changes.rows) == 2 and changes.message == "Beläggning 2 dagar"
    revert(unit_db, changes)
    assert dump(unit_db) == before
