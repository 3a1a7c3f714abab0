"""Nothing doubled, nothing lost: re-import, overlap and --replace, undo, dry-run, maps and profiles."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.io.helpers import TID_HEADER, snapshot, units_db, write_csv
from vonapp.cli import main
from vonapp.io.imports import ImportRefused, import_file, undo
from vonapp.io.imports.templates import TEMPLATE_DIR
from vonapp.store.paths import backup_dir


def _tid(path: Path, days: range, hours: float = 8.0, emp: str = "1001") -> Path:
    rows = [(f"2023-03-{d:02d}", emp, "Åsa Öberg", "ordinarie", None, None, hours) for d in days]
    return write_csv(path, [TID_HEADER, *rows])


def _q(db_path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_reimport_of_the_same_file_changes_nothing_and_makes_no_backup(tmp_path: Path) -> None:
    db_path = tmp_path / "t.sqlite"
    db = units_db(db_path)
    f = _tid(tmp_path / "mars.csv", range(1, 11))
    first = import_file(db, "tid", f, unit="Stortorp")
    before, backups = snapshot(db_path), len(list(backup_dir(db_path).iterdir()))
    again = import_file(db, "tid", f, unit="Stortorp")
    db.close()
    assert again.status == "already" and again.batch_id == first.batch_id
    assert "redan importerad" in again.lines[0]
    assert snapshot(db_path) == before
    assert len(list(backup_dir(db_path).iterdir())) == backups


def test_overlap_is_refused_naming_dates_and_batch_then_replaced_and_undone(tmp_path: Path) -> None:
    db_path = tmp_path / "t.sqlite"
    db = units_db(db_path)
    a = import_file(db, "tid", _tid(tmp_path / "a.csv", range(1, 11)), unit="Stortorp")
    after_a = snapshot(db_path)
    b_file = _tid(tmp_path / "b.csv", range(8, 16), hours=6.0)
    with pytest.raises(ImportRefused) as info:
        import_file(db, "tid", b_file, unit="Stortorp")
    msg = str(info.value)
    assert f"2023-03-08–2023-03-10, 3 rader från import {a.batch_id} (a.csv)" in msg and "--replace" in msg
    assert snapshot(db_path) == after_a
    b = import_file(db, "tid", b_file, unit="Stortorp", replace=True)
    db.close()
    hours = dict(_q(db_path, "SELECT date, SUM(hours) FROM time_entry GROUP BY date"))
    assert hours["2023-03-07"] == 8.0 and hours["2023-03-08"] == 6.0 and hours["2023-03-15"] == 6.0
    assert len(hours) == 15
    # undoing the replacement puts back exactly what it replaced
    db = open_db(db_path)
    undo(db, b.batch_id)
    db.close()
    assert snapshot(db_path) == after_a


def open_db(path: Path):  # noqa: ANN201
    from vonapp.store.database import open_database

    return open_database(path)


def test_undo_removes_exactly_that_batch(tmp_path: Path) -> None:
    db_path = tmp_path / "t.sqlite"
    db = units_db(db_path)
    import_file(db, "tid", _tid(tmp_path / "a.csv", range(1, 5)), unit="Stortorp")
    before = snapshot(db_path)
    b = import_file(db, "tid", _tid(tmp_path / "b.csv", range(10, 12), emp="2002"), unit="Stortorp")
    import_file(db, "belaggning", TEMPLATE_DIR / "belaggning.csv", unit="Stortorp")
    occ = snapshot(db_path)["occupancy_day"]
    undo(db, b.batch_id)
    with pytest.raises(ImportRefused, match="finns inte"):
        undo(db, b.batch_id)
    db.close()
    after = snapshot(db_path)
    assert after["time_entry"] == before["time_entry"]
    assert after["employee"] == before["employee"]  # the employee batch b created is gone too
    assert after["occupancy_day"] == occ


def test_undo_is_refused_while_a_later_import_replaced_its_rows(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    a = import_file(db, "tid", _tid(tmp_path / "a.csv", range(1, 5)), unit="Stortorp")
    b = import_file(db, "tid", _tid(tmp_path / "b.csv", range(1, 5), hours=4), unit="Stortorp", replace=True)
    with pytest.raises(ImportRefused, match=f"ersatts av import {b.batch_id}; ångra den först"):
        undo(db, a.batch_id)
    undo(db, b.batch_id)
    undo(db, a.batch_id)
    db.close()
    assert _q(tmp_path / "t.sqlite", "SELECT COUNT(*) FROM time_entry") == [(0,)]


def test_employee_created_by_one_batch_and_used_by_another_survives_undo(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    a = import_file(db, "tid", _tid(tmp_path / "a.csv", range(1, 3)), unit="Stortorp")
    import_file(db, "tid", _tid(tmp_path / "b.csv", range(5, 7)), unit="Stortorp")
    undo(db, a.batch_id)
    db.close()
    assert _q(tmp_path / "t.sqlite", "SELECT employment_number, batch_id FROM employee") == [("1001", None)]
    assert _q(tmp_path / "t.sqlite", "SELECT COUNT(*) FROM time_entry") == [(2,)]


def test_budget_update_and_its_undo(tmp_path: Path) -> None:
    db_path = tmp_path / "t.sqlite"
    db = units_db(db_path)
    before = snapshot(db_path)
    f = tmp_path / "budget2.csv"
    f.write_text("enhet;verksamhet;platser;år;personalbudget kr;timkostnad kr\n"
                 "Stortorp;;42;2025;22 000 000;530\nNytt boende;korttidsboende;10;2025;5 000 000;510\n",
                 encoding="utf-8")
    # the template's Stortorp 2025 (22 800 000 kr, 370 kr/h, 60 places) changes only with replace
    with pytest.raises(ImportRefused, match="Stortorp 2025: personalbudget kr .* Stortorp: platser 60 → 42"):
        import_file(db, "budget", f)
    out = import_file(db, "budget", f, replace=True)
    assert "2 enheter (1 ny), 2 budgetår (1 nytt, 1 ändrat, 0 oförändrade)" in out.lines
    rows = _q(db_path, "SELECT u.name, u.places, b.personnel_budget_kr, b.hourly_cost, b.occupancy_budget_pct "
                       "FROM budget_year b JOIN unit u ON u.id = b.unit_id ORDER BY u.name")
    assert ("Stortorp", 42, 22_000_000.0, 530.0, 98.0) in rows and len(rows) == 4
    undo(db, out.batch_id)
    db.close()
    after = snapshot(db_path)
    assert {k: after[k] for k in ("unit", "budget_year")} == {k: before[k] for k in ("unit", "budget_year")}


def test_dry_run_writes_nothing_and_reports(tmp_path: Path) -> None:
    db_path = tmp_path / "t.sqlite"
    db = units_db(db_path)
    before, backups = snapshot(db_path), len(list(backup_dir(db_path).iterdir()))
    out = import_file(db, "tid", TEMPLATE_DIR / "tid.xlsx", unit="Stortorp", dry_run=True)
    db.close()
    assert out.status == "dry-run"
    text = "\n".join(out.lines)
    assert "2 rader, 2025-03-03 – 2025-03-03, 15,5 timmar" in text
    assert "resurspass: 1 rad, 7,5 timmar" in text
    assert "2 nya timavlönade anställda: 1001 Anna Andersson, 1002 Bo Berg" in text
    assert snapshot(db_path) == before
    assert len(list(backup_dir(db_path).iterdir())) == backups


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_every_template_imports(tmp_path: Path, suffix: str) -> None:
    db_path = tmp_path / "t.sqlite"
    db = units_db(db_path)
    for kind in ("tid", "belaggning", "atgarder", "ekonomi", "schema", "utforande"):
        unit = "Hemtjänst Norr" if kind == "utforande" else "Stortorp"
        start = date(2023, 5, 1) if kind == "schema" else None
        if kind == "schema" and suffix == "csv":  # a CSV schedule uses the unit's shift codes
            import_file(db, kind, TEMPLATE_DIR / "schema.xlsx", unit=unit, start=date(2023, 1, 2))
        out = import_file(db, kind, TEMPLATE_DIR / f"{kind}.{suffix}", unit=unit, start=start)
        assert out.status == "imported", kind
    db.close()
    te = _q(db_path, "SELECT e.employment_number, e.employment_form, t.category, t.placement, u.name, t.hours "
                     "FROM time_entry t JOIN employee e ON e.id = t.employee_id "
                     "LEFT JOIN unit u ON u.id = t.placement_unit_id ORDER BY 1")
    assert te == [("1001", "timavlönad", "ordinarie", None, None, 8.0),
                  ("1002", "timavlönad", "resurspass", "annan enhet", "Korttidsboende Stortorp", 7.5)]
    assert _q(db_path, "SELECT category, budget_kr, outcome_kr FROM finance_line ORDER BY 1") == [
        ("intäkter", 150000.0, 148200.5), ("personalkostnader", -1790000.0, -1835000.0)]
    assert _q(db_path, "SELECT COUNT(*) FROM schedule_cell c JOIN schedule s ON s.id = c.schedule_id "
                       "WHERE s.start_date = '2023-05-01'") == [(9,)]


def test_ekonomi_stores_costs_negative_whatever_the_file_sign(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    f = tmp_path / "e.csv"
    f.write_text("år;månad;kategori;budget kr;utfall kr\n2023;mars;Intäkter;-100;-90\n2023;3;lokalhyror;200;\n",
                 encoding="utf-8")
    import_file(db, "ekonomi", f, unit="Stortorp")
    db.close()
    assert _q(tmp_path / "t.sqlite", "SELECT category, month, budget_kr, outcome_kr FROM finance_line ORDER BY 1") == [
        ("intäkter", 3, 100.0, 90.0), ("lokalhyror", 3, -200.0, None)]


def test_column_and_value_maps_saved_as_a_profile(tmp_path: Path) -> None:
    db_path = tmp_path / "t.sqlite"
    db = units_db(db_path)
    header = ("Datum", "Anst.nr", "Namn", "Lönart", "Tim")
    jan = write_csv(tmp_path / "jan.csv", [header, ("2023-01-02", "1001", "A", "L110", 8),
                                           ("2023-01-02", "1002", "B", "S01", 8)])
    feb = write_csv(tmp_path / "feb.csv", [header, ("2023-02-01", "1001", "A", "L310", 2)])
    maps = ["Lönart=kategori,Tim=timmar", "lönart:L110=vikarie,kategori:S01=frånvaro/sjuk,kategori:L310=övertid"]
    with pytest.raises(ImportRefused, match='kolumnen "kategori" saknas'):
        import_file(db, "tid", jan, unit="Stortorp")
    with pytest.raises(ImportRefused, match="ingen kolumn i tid-filer"):
        import_file(db, "tid", jan, unit="Stortorp", map_entries=["Lönart=lönekod"])
    import_file(db, "tid", jan, unit="Stortorp", map_entries=maps, profile="Heroma")
    with pytest.raises(ImportRefused, match="Profilen 'Visma' finns inte för Stortorp .sparade: Heroma."):
        import_file(db, "tid", feb, unit="Stortorp", profile="Visma")
    import_file(db, "tid", feb, unit="Stortorp", profile="Heroma")
    db.close()
    assert _q(db_path, "SELECT date, category, absence_type, hours FROM time_entry ORDER BY date, category") == [
        ("2023-01-02", "frånvaro", "sjuk", 8.0), ("2023-01-02", "vikarie", None, 8.0),
        ("2023-02-01", "övertid", None, 2.0)]


def test_cli_import_imports_undo_and_bad_file_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.sqlite")
    assert main(["import", "budget", str(TEMPLATE_DIR / "budget.xlsx"), "--db", db]) == 0
    assert main(["import", "tid", str(TEMPLATE_DIR / "tid.csv"), "--unit", "Stortorp", "--db", db]) == 0
    assert main(["import", "tid", str(TEMPLATE_DIR / "tid.csv"), "--unit", "Stortorp", "--db", db]) == 0
    assert "redan importerad" in capsys.readouterr().out
    bad = tmp_path / "tid.csv"
    bad.write_text("datum;anställningsnummer;kategori;timmar\n2023-04-01;1;ordinarie;-3\n2023-04-31;1;x;8\n",
                   encoding="utf-8")
    assert main(["import", "tid", str(bad), "--unit", "Stortorp", "--db", db]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "tid.csv: 3 fel på 2 rader; inget importerades."
    assert 'tid.csv rad 2, kolumn "timmar": "-3" är inte ett giltigt antal timmar (0–24)' in err
    assert main(["import", "tid", str(bad), "--unit", "Ingenstans", "--db", db]) == 2
    assert "Enheten 'Ingenstans' finns inte" in capsys.readouterr().err
    assert main(["import", "tid", str(tmp_path / "saknas.csv"), "--unit", "Stortorp", "--db", db]) == 2
    assert main(["import", "lön", str(bad), "--db", db]) == 2
    assert "Okänd filtyp 'lön'" in capsys.readouterr().err
    assert main(["import", "schema", str(TEMPLATE_DIR / "schema.xlsx"), "--unit", "Stortorp", "--from",
                 "1 maj", "--db", db]) == 2
    assert main(["imports", "--json", "--db", db]) == 0
    capsys.readouterr()
    assert main(["import", "undo", "2", "--db", db]) == 0
    assert "import 2 (tid, tid.csv) är ångrad." in capsys.readouterr().out
    assert main(["import", "undo", "två", "--db", db]) == 2
    assert main(["imports", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "budget.xlsx" in out and "tid.csv" not in out


def test_an_overlap_of_one_row_says_rad(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    a = import_file(db, "tid", _tid(tmp_path / "a.csv", range(1, 11)), unit="Stortorp")
    with pytest.raises(ImportRefused) as info:  # day 10 is the only day both files hold, one row
        import_file(db, "tid", _tid(tmp_path / "b.csv", range(10, 12)), unit="Stortorp")
    db.close()
    assert f"2023-03-10, 1 rad från import {a.batch_id} (a.csv)" in str(info.value)
