"""Schema edits: each one transaction, refused values leave the database as it was, and undo/redo
(the returned reverse changes or row sets written back) restore the database exactly, ids included."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.store.schema_data import build
from vonapp.store import edits_schema as ed
from vonapp.store import edits_schema_codes as ec
from vonapp.store import schedule_reads as reads
from vonapp.store.database import Database
from vonapp.store.errors import StoreError
from vonapp.store.models import Employee, Schedule, ShiftCode, Unit

TABLES = ("unit", "employee", "shift_code", "schedule", "schedule_member", "schedule_cell", "staffing_need")


@pytest.fixture
def small(db_path: Path) -> Database:
    db = build(db_path)
    yield db
    db.close()


def dump(db: Database) -> dict[str, list[tuple]]:
    with db.session() as s:
        return {t: [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY id"))] for t in TABLES}


def ids(db: Database) -> tuple[int, int, dict[str, int], dict[str, int]]:
    """(unit id, first schedule id, employee ids by name letter, shift code ids by code)."""
    with db.session() as s:
        unit = s.scalar(select(Unit.id).where(Unit.name == "Solbacken"))
        first = s.scalar(select(Schedule.id).where(Schedule.start_date == date(2024, 1, 1)))
        people = {n[-1]: i for i, n in s.execute(select(Employee.id, Employee.display_name))}
        codes = {c: i for i, c in s.execute(select(ShiftCode.id, ShiftCode.code))}
    return unit, first, people, codes


def grid(db: Database, schedule_id: int) -> list[list[str]]:
    with db.session() as s:
        data = reads.load_schedule(s, schedule_id)
    names = data.code_text()
    return [[names.get(int(c), "") for c in row] for row in data.grid]


def round_trip(db: Database, edit: Callable[[], object], undo: Callable[[object], object],
               redo: Callable[[object], object]) -> None:
    """The edit changes the database; undo gives back exactly the start; redo exactly the edited state."""
    start = dump(db)
    reverse = edit()
    edited = dump(db)
    assert edited != start
    again = undo(reverse)
    assert dump(db) == start
    redo(again)
    assert dump(db) == edited


def test_typing_codes_and_undo(small: Database) -> None:
    _unit, sched, p, _c = ids(small)
    before = grid(small, sched)
    # B's Monday K → d (lower case finds D), C's day 1 free → N, A's Monday D → free.
    changes = [(p["B"], "d0", "d"), (p["C"], "d1", "N"), (p["A"], "d0", None)]
    holder: dict[str, list] = {}

    def edit() -> list:
        holder["rev"] = ed.write_grid(small, sched, changes)
        return holder["rev"]

    round_trip(small, edit, lambda rev: ed.write_grid(small, sched, rev),
               lambda _r: ed.write_grid(small, sched, changes))
    after = grid(small, sched)
    assert (after[1][0], after[2][1], after[0][0]) == ("D", "N", "")
    assert before[1][0] == "K"


def test_an_unknown_code_is_refused_and_nothing_is_written(small: Database) -> None:
    _unit, sched, p, _c = ids(small)
    start = dump(small)
    with pytest.raises(StoreError, match="^Passkoden N3 finns inte$"):
        ed.write_grid(small, sched, [(p["A"], "d5", "N"), (p["A"], "d6", "N3")])
    assert dump(small) == start


def test_rate_per_row_and_undo(small: Database) -> None:
    _unit, sched, p, _c = ids(small)
    round_trip(small, lambda: ed.write_grid(small, sched, [(p["B"], "rate", "80")]),
               lambda rev: ed.write_grid(small, sched, rev),
               lambda _r: ed.write_grid(small, sched, [(p["B"], "rate", "80")]))
    with small.session() as s:
        data = reads.load_schedule(s, sched)
        other = reads.load_schedule(s, sched + 1)
    assert data.employees["rate"].tolist() == [100, 80, 50]
    assert other.employees["rate"].tolist() == [100]  # the rate belongs to this schedule's row
    with pytest.raises(StoreError, match="1–100"):
        ed.write_grid(small, sched, [(p["B"], "rate", "120")])


def test_add_remove_and_move_rows(small: Database) -> None:
    _unit, sched, p, _c = ids(small)
    round_trip(small, lambda: ed.add_employee(small, sched, number="9100", name="Ny Person", rate="75", row=1),
               lambda sets: ed.restore(small, sets), lambda sets: ed.restore(small, sets))
    with small.session() as s:
        data = reads.load_schedule(s, sched)
    assert data.employees["name"].tolist() == ["Person A", "Ny Person", "Person B", "Person C"]
    assert data.grid[1].tolist() == [0] * 14
    new_id = int(data.employees["employee_id"][1])
    round_trip(small, lambda: ed.move_employee(small, sched, p["C"], 0),
               lambda sets: ed.restore(small, sets), lambda sets: ed.restore(small, sets))
    round_trip(small, lambda: ed.remove_employee(small, sched, p["B"]),
               lambda sets: ed.restore(small, sets), lambda sets: ed.restore(small, sets))
    with small.session() as s:
        assert reads.load_schedule(s, sched).employees["employee_id"].tolist() == [p["C"], p["A"], new_id]
    with pytest.raises(StoreError, match="finns redan i schemat"):
        ed.add_employee(small, sched, number="9001")
    with pytest.raises(StoreError, match="ange ett namn"):
        ed.add_employee(small, sched, number="9999")


def test_new_schedule_from_a_monday_copies_the_current_one(small: Database) -> None:
    unit, sched, p, _c = ids(small)
    holder: dict[str, list] = {}

    def edit() -> list:
        holder["sets"] = ed.new_schedule_from(small, sched, date(2024, 2, 5), name="Februari", rates={p["C"]: 100})
        return holder["sets"]

    round_trip(small, edit, lambda sets: ed.restore(small, sets), lambda sets: ed.restore(small, sets))
    new = ed.new_schedule_id(holder["sets"])
    with small.session() as s:
        listed = [(x.name, x.start_date, x.end_date) for x in reads.list_schedules(s, unit)]
        copy = reads.load_schedule(s, new)
        old = reads.load_schedule(s, sched)
    # The old one holds until the day before; the copy until the March schedule.
    assert listed == [("Vår 2024", date(2024, 1, 1), date(2024, 2, 4)), ("Februari", date(2024, 2, 5), date(2024, 3, 3)),
                      ("Mars 2024", date(2024, 3, 4), None)]
    assert (copy.grid == old.grid).all() and copy.employees["rate"].tolist() == [100, 75, 100]
    assert old.employees["rate"].tolist() == [100, 75, 50]
    with pytest.raises(StoreError, match="en tisdag"):
        ed.new_schedule_from(small, sched, date(2024, 2, 6))
    with pytest.raises(StoreError, match="börjar redan 2024-03-04"):
        ed.new_schedule_from(small, sched, date(2024, 3, 4))
    round_trip(small, lambda: ed.delete_schedule(small, new), lambda sets: ed.restore(small, sets),
               lambda sets: ed.restore(small, sets))


def test_shift_codes_edit_add_remove(small: Database) -> None:
    unit, sched, _p, c = ids(small)
    changes = [(c["D"], "start", "06:45"), (c["D"], "break", "45"), (c["R"], "is_resource", "nej")]
    round_trip(small, lambda: ec.write_shift_codes(small, unit, changes),
               lambda rev: ec.write_shift_codes(small, unit, rev),
               lambda _r: ec.write_shift_codes(small, unit, changes))
    with small.session() as s:
        codes = reads.shift_codes_frame(s, unit).set_index("code")
    assert (codes.loc["D", "start_min"], codes.loc["D", "break_min"], codes.loc["R", "is_resource"]) == (405, 45, False)
    start = dump(small)
    with pytest.raises(StoreError, match="Passkoden K finns redan"):
        ec.write_shift_codes(small, unit, [(c["D"], "code", "k")])
    with pytest.raises(StoreError, match="Rasten 600 min"):
        ec.write_shift_codes(small, unit, [(c["D"], "break", "600")])
    with pytest.raises(StoreError, match="ingen tid"):
        ec.write_shift_codes(small, unit, [(c["D"], "end", "sju")])
    assert dump(small) == start
    round_trip(small, lambda: ec.add_shift_code(small, unit, "N3", "22:00", "0630", 0, False),
               lambda sets: ed.restore(small, sets), lambda sets: ed.restore(small, sets))
    round_trip(small, lambda: ec.remove_shift_code(small, ids(small)[3]["N3"]),
               lambda sets: ed.restore(small, sets), lambda sets: ed.restore(small, sets))
    with pytest.raises(StoreError, match="används i 1 schema"):
        ec.remove_shift_code(small, c["K"])


def test_staffing_need_per_weekday_and_hour(small: Database) -> None:
    unit, _s, _p, _c = ids(small)
    changes = [(0, 7, "3"), (0, 8, "2,5"), (6, 23, 1)]
    round_trip(small, lambda: ec.write_staffing_need(small, unit, changes), lambda sets: ed.restore(small, sets),
               lambda sets: ed.restore(small, sets))
    with small.session() as s:
        need = reads.staffing_need_frame(s, unit)
    assert need.values.tolist() == [[0, 7, 3.0], [0, 8, 2.5], [6, 23, 1.0]]
    round_trip(small, lambda: ec.write_staffing_need(small, unit, [(0, 8, None), (0, 7, "4")]),
               lambda sets: ed.restore(small, sets), lambda sets: ed.restore(small, sets))
    with pytest.raises(StoreError, match="personal"):
        ec.write_staffing_need(small, unit, [(1, 1, "många")])


def test_every_edit_writes_its_change_log_rows(small: Database) -> None:
    from vonapp.store.changelog import read_change_log

    unit, sched, p, c = ids(small)
    ed.write_grid(small, sched, [(p["B"], "d0", "D"), (p["B"], "rate", "80")])
    sets = ed.add_employee(small, sched, number="9100", name="Ny Person", rate=50)
    ed.restore(small, sets, unit_id=unit)
    ec.write_shift_codes(small, unit, [(c["D"], "start", "06:30")])
    ec.write_staffing_need(small, unit, [(2, 9, "3")])
    ed.new_schedule_from(small, sched, date(2024, 2, 5), name="Februari")
    log = read_change_log(small).iloc[::-1]  # oldest first
    rows = log[["table_name", "row_key", "column_name", "old_value", "new_value", "source", "unit"]].values.tolist()
    assert sorted(rows[:2]) == [
        ["schedule_cell", "Vår 2024/9002/dag 1", "passkod", "K", "D", "fönstret", "Solbacken"],
        ["schedule_member", "Vår 2024/9002", "sysselsättningsgrad", "75", "80", "fönstret", "Solbacken"]]
    assert ["employee", "9100", "namn", None, "Ny Person"] == rows[2][:5]
    assert ["schedule_member", "Vår 2024/9100", "rad", None, "4"] == rows[3][:5]
    undone = [r for r in rows if r[1] == "ångrat"]
    assert {r[0] for r in undone} == {"employee", "schedule_member"}
    assert ["shift_code", "D", "start", "07:00", "06:30"] in [r[:5] for r in rows]
    assert ["staffing_need", "onsdag 09:00", "personal", None, "3"] in [r[:5] for r in rows]
    assert ["schedule", "Februari", "start", None, "2024-02-05"] == rows[-1][:5]


def test_a_first_empty_schedule(small: Database) -> None:
    with small.session() as s:
        tomma = s.scalar(select(Unit.id).where(Unit.name == "Tomma"))
    holder: dict[str, list] = {}

    def edit() -> list:
        holder["sets"] = ed.new_empty_schedule(small, tomma, date(2024, 1, 1), 4, name="Första")
        return holder["sets"]

    round_trip(small, edit, lambda sets: ed.restore(small, sets), lambda sets: ed.restore(small, sets))
    with small.session() as s:
        data = reads.load_schedule(s, ed.new_schedule_id(holder["sets"]))
    assert (data.name, data.cycle_weeks, data.grid.shape) == ("Första", 4, (0, 28))
    ed.add_employee(small, data.schedule_id, number="9001")  # A works in Solbacken too
    with small.session() as s:
        assert reads.load_schedule(s, data.schedule_id).employees["name"].tolist() == ["Person A"]
        assert len(reads.list_schedules(s, tomma)) == 1
    with pytest.raises(StoreError, match="1–52"):
        ed.new_empty_schedule(small, tomma, date(2024, 1, 8), 0)
