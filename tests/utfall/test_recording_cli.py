"""`vonapp resurspass place` and `vonapp occupancy set`: exit 0 and a line, or exit 2 and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.backends import Backend
from tests.utfall.conftest import MONDAY, build_unit, dump
from vonapp.cli import main
from vonapp.store.database import open_database
from vonapp.store.utfall import load_day


@pytest.fixture
def unit_path(backend: Backend) -> str:
    """Ekgården in a SQLite file or a PostgreSQL database (the `backend` fixture: each test runs on both)."""
    path = backend.target("ekgarden")
    with open_database(path) as db:
        build_unit(db)
    return path


def _dump(path: Path | str) -> dict:
    with open_database(path) as db:
        return dump(db)


def test_place_and_set_write_and_say_what(unit_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(unit_path)
    assert main(["resurspass", "place", "--db", db, "--unit", "Ekgården", "--date", "2024-03-04",
                 "--employee", "1002", "--placement", "Lind"]) == 0
    assert "Resurspass 2024-03-04 Bo: Lind" in capsys.readouterr().out
    assert main(["occupancy", "set", "--db", db, "--unit", "Ekgården", "--date", "2024-03-04", "--occupied", "9"]) == 0
    assert "9 av 10" in capsys.readouterr().out
    with open_database(unit_path) as opened:
        rows = load_day(opened, "Ekgården", MONDAY).rows
    assert rows[["employment_number", "category", "placement", "placement_unit", "hours"]].values.tolist() == [
        ["1002", "resurspass", "annan enhet", "Lind", 8.0]]


@pytest.mark.parametrize(("argv", "message"), [
    (["resurspass", "place", "--unit", "Ekgården", "--date", "2024-03-05", "--employee", "1002",
      "--placement", "egen enhet"], "har inget resurspass 2024-03-05"),
    (["resurspass", "place", "--unit", "Ingenstans", "--date", "2024-03-04", "--employee", "1002",
      "--placement", "egen enhet"], "Enheten 'Ingenstans' finns inte"),
    (["resurspass", "place", "--unit", "Ekgården", "--date", "2024-02-30", "--employee", "1002",
      "--placement", "egen enhet"], "Datumet '2024-02-30' finns inte"),
    (["occupancy", "set", "--unit", "Ekgården", "--date", "2024-03-04", "--occupied", "11"],
     "fler än Ekgårdens 10 platser"),
    (["occupancy", "set", "--unit", "Ekgården", "--date", "2024-03-04", "--occupied", "-2"], "negativt"),
    (["occupancy", "set", "--unit", "Ekgården", "--date", "2023-12-31", "--occupied", "3"], "budgetår"),
    (["occupancy", "set", "--unit", "Ekgården", "--date", "2024-3-4x", "--occupied", "3"], "finns inte"),
    (["occupancy", "set", "--unit", "Ekgården", "--date", "2024-03-04", "--occupied", "tre"], "helt antal"),
])
def test_refusals_exit_2_with_one_swedish_line_and_nothing_written(
        unit_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    before = _dump(unit_path)
    assert main([*argv, "--db", str(unit_path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert _dump(unit_path) == before


def test_the_change_log_names_the_command_line_and_the_window(unit_path: Path) -> None:
    from vonapp.store.changelog import read_change_log
    from vonapp.store.edits_utfall import set_occupancy

    assert main(["resurspass", "place", "--db", str(unit_path), "--unit", "Ekgården", "--date", "2024-03-04",
                 "--employee", "1002", "--placement", "egen enhet"]) == 0
    with open_database(unit_path) as db:
        set_occupancy(db, unit="Ekgården", day=MONDAY, occupied=7)
        log = read_change_log(db)
    placed = log[(log["table_name"] == "time_entry") & (log["column_name"] == "placement")]
    assert placed["new_value"].tolist() == ["egen enhet"] and placed["source"].tolist() == ["kommandoraden"]
    occupied = log[(log["table_name"] == "occupancy_day") & (log["column_name"] == "occupied")]
    assert occupied["new_value"].tolist() == ["7"] and occupied["source"].tolist() == ["fönstret"]
