"""Utfall edits against hand-worked days: resurspass placement, time rows, coverage, undo, refusals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.utfall.conftest import HOURLY_COST, MONDAY, add_entry, dump
from vonapp.domain.periods import Period
from vonapp.store.database import Database
from vonapp.store.edits_utfall import (
    add_time_row,
    change_time_row,
    link_coverage,
    place_resurspass,
    remove_time_row,
)
from vonapp.store.errors import StoreError
from vonapp.store.figures import load_summary
from vonapp.store.row_changes import revert
from vonapp.store.utfall import load_day, load_utfall

WEEK = Period(MONDAY, MONDAY + timedelta(days=6), "2024-03-04..2024-03-10")


def monday(db: Database):  # noqa: ANN201 - a day-table row
    days = load_utfall(db, "Ekgården", WEEK).days
    return days[days["date"] == MONDAY.isoformat()].iloc[0]


def test_placing_every_unplaced_pass_lowers_missed_by_min_unplaced_substitutes(unit_db: Database) -> None:
    # Monday: planned resurspass 16 h (Bo 8 + Cia 8). Bo's pass is recorded ej placerad, Cia's not at all.
    # Substitutes: vikarie 6 h. Unplaced = 16 − 0 = 16; missed = min(16, 6) = 6 h = 2 400 kr.
    add_entry(unit_db, MONDAY, "1001", "ordinarie", 8.0)
    add_entry(unit_db, MONDAY, "1002", "resurspass", 8.0, placement="ej placerad")
    add_entry(unit_db, MONDAY, "9001", "vikarie", 6.0)
    day = monday(unit_db)
    assert (day["planned_res"], day["res_used"], day["unplaced"], day["substitute"]) == (16.0, 0.0, 16.0, 6.0)
    assert day["missed_hours"] == 6.0 and day["missed_kr"] == 6.0 * HOURLY_COST and day["problem"]
    # Bo placed at home: used 8, unplaced 8; missed min(8, 6) = 6 still — one pass was enough for the vikarie.
    place_resurspass(unit_db, unit="Ekgården", day=MONDAY, employee="1002", placement="egen enhet")
    assert monday(unit_db)["missed_hours"] == 6.0
    # Cia (no row yet) placed in Lind: a row of her scheduled 8 h is added; unplaced 0, missed 0.
    place_resurspass(unit_db, unit="Ekgården", day=MONDAY, employee="1003", placement="Lind")
    day = monday(unit_db)
    assert (day["res_used"], day["unplaced"], day["missed_hours"], bool(day["problem"])) == (16.0, 0.0, 0.0, False)
    # Lowered by exactly min(16, 6) = 6.
    register = load_utfall(unit_db, "Ekgården", WEEK).register
    assert register[["employment_number", "placement_label", "hours", "day_substitute"]].values.tolist() == [
        ["1002", "egen enhet", 8.0, 6.0], ["1003", "Lind", 8.0, 6.0]]


def test_each_placement_lowers_missed_by_the_change_in_min_unplaced_substitutes(unit_db: Database) -> None:
    # Substitutes 12 h (vikarie 6 + Anna's mertid 6): missed = min(16, 12) = 12.
    add_entry(unit_db, MONDAY, "1001", "ordinarie", 8.0)
    add_entry(unit_db, MONDAY, "1001", "mertid", 6.0)
    add_entry(unit_db, MONDAY, "9001", "vikarie", 6.0)
    assert monday(unit_db)["missed_hours"] == 12.0
    # Bo placed: unplaced 8, missed min(8, 12) = 8 (lowered by 4).
    place_resurspass(unit_db, unit="Ekgården", day=MONDAY, employee="1002", placement="egen enhet")
    assert monday(unit_db)["missed_hours"] == 8.0
    # Cia placed: missed 0 (lowered by 12 in all = min(16, 12)).
    place_resurspass(unit_db, unit="Ekgården", day=MONDAY, employee="1003", placement="egen enhet")
    assert monday(unit_db)["missed_hours"] == 0.0


def test_the_day_table_and_the_summary_agree_on_missed_resurspass(unit_db: Database) -> None:
    add_entry(unit_db, MONDAY, "1001", "ordinarie", 8.0)
    add_entry(unit_db, MONDAY, "9001", "vikarie", 6.0)
    add_entry(unit_db, MONDAY + timedelta(days=7), "9001", "inhyrd", 3.0)
    period = Period(MONDAY, MONDAY + timedelta(days=13), "två veckor")
    data = load_utfall(unit_db, "Ekgården", period)
    summary = load_summary(unit_db, "Ekgården", period)
    # Week 1: min(16, 6) = 6; week 2: min(16, 3) = 3.
    assert data.days["missed_hours"].sum() == 9.0 == summary.resurspass.missed_hours
    assert data.weeks["missed_hours"].tolist() == [6.0, 3.0]
    assert data.weeks["problem_days"].tolist() == [1, 1]


def test_a_vikarie_called_in_creates_an_hourly_paid_employee_and_undo_removes_both(unit_db: Database) -> None:
    before = dump(unit_db)
    changes = add_time_row(unit_db, unit="Ekgården", day=MONDAY, employee="9100", name="Nora Vik",
                           category="vikarie", hours=7.5)
    rows = load_day(unit_db, "Ekgården", MONDAY).rows
    assert rows[["employment_number", "name", "category", "hours", "edited"]].values.tolist() == [
        ["9100", "Nora Vik", "vikarie", 7.5, True]]
    assert monday(unit_db)["missed_hours"] == 7.5  # min(16 unplaced, 7.5)
    redo = revert(unit_db, changes)
    assert dump(unit_db) == before
    revert(unit_db, redo)
    assert load_day(unit_db, "Ekgården", MONDAY).rows["employment_number"].tolist() == ["9100"]


def test_undo_of_every_edit_restores_the_database_exactly(unit_db: Database) -> None:
    bo_row = add_entry(unit_db, MONDAY, "1002", "resurspass", 8.0, placement="ej placerad")
    sick = add_entry(unit_db, MONDAY, "1001", "frånvaro", 8.0, absence_type="sjuk")
    vik = add_entry(unit_db, MONDAY, "9001", "vikarie", 8.0)
    edits = [
        lambda: place_resurspass(unit_db, unit="Ekgården", day=MONDAY, employee="1002", placement="Lind"),
        lambda: place_resurspass(unit_db, unit="Ekgården", day=MONDAY, employee="1003", placement="egen enhet"),
        lambda: add_time_row(unit_db, unit="Ekgården", day=MONDAY, employee="1001", category="övertid", hours=2),
        lambda: change_time_row(unit_db, vik, hours=6.5, category="inhyrd"),
        lambda: change_time_row(unit_db, bo_row, placement="egen enhet"),
        lambda: link_coverage(unit_db, sick, vik),
        lambda: link_coverage(unit_db, sick, None),
        lambda: remove_time_row(unit_db, vik),
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


def test_removing_a_covering_row_takes_its_link_and_undo_puts_it_back(unit_db: Database) -> None:
    sick = add_entry(unit_db, MONDAY, "1001", "frånvaro", 8.0, absence_type="sjuk")
    vik = add_entry(unit_db, MONDAY, "9001", "vikarie", 8.0)
    link_coverage(unit_db, sick, vik)
    rows = load_day(unit_db, "Ekgården", MONDAY).rows.set_index("id")
    assert rows.loc[sick, "cover_label"] == "vikarie Vikarie 9001"
    cov = load_utfall(unit_db, "Ekgården", WEEK).coverage.set_index("cover")["hours"]
    assert cov["vikarie"] == 8.0 and cov["ej angivet"] == 0.0
    before = dump(unit_db)
    changes = remove_time_row(unit_db, vik)
    cov = load_utfall(unit_db, "Ekgården", WEEK).coverage.set_index("cover")["hours"]
    assert cov["vikarie"] == 0.0 and cov["ej angivet"] == 8.0
    revert(unit_db, changes)
    assert dump(unit_db) == before


@pytest.mark.parametrize(("edit", "message"), [
    (lambda db: place_resurspass(db, unit="Ekgården", day=MONDAY + timedelta(days=1), employee="1002",
                                 placement="egen enhet"), "har inget resurspass 2024-03-05"),
    (lambda db: place_resurspass(db, unit="Ekgården", day=MONDAY, employee="1001", placement="egen enhet"),
     "har inget resurspass"),
    (lambda db: place_resurspass(db, unit="Ekgård", day=MONDAY, employee="1002", placement="egen enhet"),
     "finns inte"),
    (lambda db: place_resurspass(db, unit="Ekgården", day=MONDAY, employee="7777", placement="egen enhet"),
     "Anställningsnummer 7777 finns inte"),
    (lambda db: place_resurspass(db, unit="Ekgården", day=MONDAY, employee="1002", placement="Månen"),
     "varken egen enhet"),
    (lambda db: place_resurspass(db, unit="all", day=MONDAY, employee="1002", placement="egen enhet"),
     "en enhet i taget"),
    (lambda db: add_time_row(db, unit="Ekgården", day=MONDAY, employee="1001", category="vikarie", hours=25),
     "högst 24"),
    (lambda db: add_time_row(db, unit="Ekgården", day=MONDAY, employee="1001", category="vikarie", hours=0),
     "mer än 0"),
    (lambda db: add_time_row(db, unit="Ekgården", day=MONDAY, employee="9200", category="vikarie", hours=4),
     "ange namnet"),
    (lambda db: add_time_row(db, unit="Ekgården", day=MONDAY, employee="19800101-1234", name="X",
                             category="vikarie", hours=4), "personnummer"),
    (lambda db: add_time_row(db, unit="Ekgården", day=MONDAY, employee="1001", category="frånvaro", hours=4),
     "Frånvarotypen"),
    (lambda db: add_time_row(db, unit="Ekgården", day=MONDAY, employee="1001", category="jour", hours=4),
     "Kategorin 'jour' finns inte"),
    (lambda db: add_time_row(db, unit="Ekgården", day=MONDAY, employee="", category="vikarie", hours=4),
     "bara inhyrd"),
])
def test_refusals_say_why_in_swedish_and_write_nothing(unit_db: Database, edit, message: str) -> None:  # noqa: ANN001
    add_entry(unit_db, MONDAY, "1001", "ordinarie", 8.0)
    before = dump(unit_db)
    with pytest.raises(StoreError, match=message):
        edit(unit_db)
    assert dump(unit_db) == before


def test_a_day_over_24_hours_and_a_cover_from_another_day_are_refused(unit_db: Database) -> None:
    add_entry(unit_db, MONDAY, "1001", "ordinarie", 20.0)
    sick = add_entry(unit_db, MONDAY, "1002", "frånvaro", 8.0, absence_type="sjuk")
    other_day = add_entry(unit_db, MONDAY + timedelta(days=1), "9001", "vikarie", 8.0)
    ordinary = add_entry(unit_db, MONDAY, "1003", "ordinarie", 8.0)
    before = dump(unit_db)
    with pytest.raises(StoreError, match="högst 24 timmar per dag"):
        add_time_row(unit_db, unit="Ekgården", day=MONDAY, employee="1001", category="mertid", hours=5)
    with pytest.raises(StoreError, match="samma dag"):
        link_coverage(unit_db, sick, other_day)
    with pytest.raises(StoreError, match="ersätts av"):
        link_coverage(unit_db, sick, ordinary)
    with pytest.raises(StoreError, match="Bara en frånvarorad"):
        link_coverage(unit_db, ordinary, None)
    assert dump(unit_db) == before


def test_unchanged_placement_changes_nothing(unit_db: Database) -> None:
    add_entry(unit_db, MONDAY, "1002", "resurspass", 8.0, placement="egen enhet")
    before = dump(unit_db)
    changes = place_resurspass(unit_db, unit="Ekgården", day=MONDAY, employee="1002", placement="egen enhet")
    assert not changes and dump(unit_db) == before


def test_the_period_days_cover_every_date_and_weeks_sum_them(unit_db: Database) -> None:
    data = load_utfall(unit_db, "Ekgården", Period(date(2024, 3, 1), date(2024, 3, 31), "2024-03"))
    assert len(data.days) == 31
    # Planned from 4 March: Anna 8 h a day (28 days) + 16 h resurspass on each of 4 Mondays = 288 h.
    assert data.days["planned"].sum() == 28 * 8 + 4 * 16
    assert data.weeks["planned"].sum() == data.days["planned"].sum()
    assert data.weeks["week"].tolist()[:2] == ["v. 9", "v. 10"]


def test_pasted_placements_are_one_edit(unit_db: Database) -> None:
    from vonapp.store.edits_utfall import place_resurspasses

    add_entry(unit_db, MONDAY, "9001", "vikarie", 6.0)
    before = dump(unit_db)
    with pytest.raises(StoreError, match="har inget resurspass"):
        place_resurspasses(unit_db, unit="Ekgården", placements=[(MONDAY, "1002", "egen enhet"),
                                                                 (MONDAY, "1001", "egen enhet")])
    assert dump(unit_db) == before
    changes = place_resurspasses(unit_db, unit="Ekgården", placements=[(MONDAY, "1002", "egen enhet"),
                                                                       (MONDAY, "1003", "egen enhet")])
    assert monday(unit_db)["missed_hours"] == 0.0 and changes.message == "2 resurspass placerade"
    revert(unit_db, changes)
    assert dump(unit_db) == before


def test_day_table_cell_edits_are_one_transaction(unit_db: Database) -> None:
    from vonapp.store.edits_utfall import edit_time_rows

    sick = add_entry(unit_db, MONDAY, "1001", "frånvaro", 8.0, absence_type="sjuk")
    vik = add_entry(unit_db, MONDAY, "9001", "vikarie", 8.0)
    before = dump(unit_db)
    with pytest.raises(StoreError, match="högst 24"):
        edit_time_rows(unit_db, [(vik, "hours", 6.0), (sick, "covered_by", vik), (sick, "hours", 30.0)])
    assert dump(unit_db) == before
    changes = edit_time_rows(unit_db, [(vik, "hours", 6.0), (sick, "covered_by", vik), (vik, "category", "inhyrd")])
    rows = load_day(unit_db, "Ekgården", MONDAY).rows.set_index("id")
    assert rows.loc[vik, "hours"] == 6.0 and rows.loc[vik, "category"] == "inhyrd"
    assert rows.loc[sick, "cover_label"] == "inhyrd Vikarie 9001"
    edit_time_rows(unit_db, [(sick, "covered_by", "ej ersatt")])
    assert load_day(unit_db, "Ekgården", MONDAY).rows.set_index("id").loc[sick, "cover_label"] == "ej ersatt"
    edit_time_rows(unit_db, [(sick, "covered_by", None)])
    assert load_day(unit_db, "Ekgården", MONDAY).rows.set_index("id").loc[sick, "cover_label"] == ""
    revert(unit_db, changes)
    after_undo = dump(unit_db)
    assert after_undo["time_entry"] == before["time_entry"]
