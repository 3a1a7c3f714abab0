"""Imports and their undo write the change log: per row for budget and measures, per table for time rows."""

from __future__ import annotations

from pathlib import Path

from tests.io.helpers import TID_HEADER, units_db, write_csv
from vonapp.io.imports import import_file, undo
from vonapp.io.imports.templates import TEMPLATE_DIR
from vonapp.store.changelog import read_change_log


def test_a_budget_import_logs_new_units_new_years_and_changed_values(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")  # import 1: the budget template's three units, 2025
    first = read_change_log(db)
    assert set(first["source"]) == {"import #1"}
    assert sorted(first.loc[first["table_name"] == "unit", "row_key"]) == [
        "Hemtjänst Norr", "Korttidsboende Stortorp", "Stortorp"]
    years = first[first["table_name"] == "budget_year"]
    assert sorted(years["row_key"]) == ["Hemtjänst Norr 2025", "Korttidsboende Stortorp 2025", "Stortorp 2025"]
    assert "Personalbudget kr 22800000; Timkostnad kr 370" in years.set_index("row_key").loc["Stortorp 2025",
                                                                                               "new_value"]
    f = tmp_path / "budget2.csv"
    f.write_text("enhet;verksamhet;platser;år;personalbudget kr;timkostnad kr\n"
                 "Stortorp;;42;2025;22 000 000;530\n", encoding="utf-8")
    out = import_file(db, "budget", f, replace=True)  # it changes a budget year: replace, as for every kind
    log = read_change_log(db, source=f"import #{out.batch_id}")
    changes = {(r.table_name, r.row_key, r.column_name): (r.old_value, r.new_value) for r in log.itertuples()}
    # The file changes places 60 → 42, the budget 22 800 000 → 22 000 000 and the hourly cost 370 → 530.
    assert changes == {("unit", "Stortorp", "places"): ("60", "42"),
                       ("budget_year", "Stortorp 2025", "personnel_budget_kr"): ("22800000", "22000000"),
                       ("budget_year", "Stortorp 2025", "hourly_cost"): ("370", "530")}
    assert set(log["unit"]) == {"Stortorp"}
    undo(db, out.batch_id)
    undone = read_change_log(db, source=f"import #{out.batch_id}")
    # Nothing of the batch's own is left to remove: its one year and unit are put back as they were.
    assert len(undone) == 5
    assert list(undone["new_value"][:2]) == ["1 rad återställd", "1 rad återställd"]
    db.close()


def test_a_time_import_logs_one_row_per_table_and_its_undo_too(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    rows = [(f"2023-03-{d:02d}", emp, f"Person {emp}", "ordinarie", None, None, 8.0)
            for d in range(1, 31) for emp in ("1001", "1002")]
    out = import_file(db, "tid", write_csv(tmp_path / "mars.csv", [TID_HEADER, *rows]), unit="Stortorp")
    log = read_change_log(db, source=f"import #{out.batch_id}")
    summary = {r.table_name: (r.row_key, r.column_name, r.new_value) for r in log.itertuples()}
    key = f"import {out.batch_id}"
    assert summary == {"time_entry": (key, "rader", "60 nya rader"), "employee": (key, "rader", "2 nya rader")}
    assert set(log["unit"]) == {"Stortorp"}
    undo(db, out.batch_id)
    after = read_change_log(db, source=f"import #{out.batch_id}")
    assert len(after) == 4
    gone = after[after["new_value"] == "ångrad"].set_index("table_name")["old_value"].to_dict()
    assert gone == {"time_entry": "60 rader", "employee": "2 rader"}
    db.close()


def test_an_action_plan_import_logs_each_measure(tmp_path: Path) -> None:
    db = units_db(tmp_path / "t.sqlite")
    out = import_file(db, "atgarder", TEMPLATE_DIR / "atgarder.csv", unit="Stortorp")
    log = read_change_log(db, source=f"import #{out.batch_id}", table="measure").set_index("row_key")
    # The template's first measure: 1 200 tkr this year, 1 500 tkr for a full year, under way.
    assert log.loc["Stortorp 2025 Resurspass före vikarier", "new_value"] == (
        "Ordning 1; Beskrivning Resurspassen placeras innan vikarie tas in; Ansvarig Enhetschef; "
        "Effekt i år tkr 1200; Helårseffekt tkr 1500; Status pågår")
    assert "Effekt i år tkr 800,5" in log.loc["Stortorp 2025 Schemaöversyn", "new_value"]
    db.close()


def test_a_replace_over_window_rows_names_both_sources_without_empty_entries(tmp_path: Path) -> None:
    from datetime import date

    from vonapp.store.edits_utfall import add_time_row

    db = units_db(tmp_path / "t.sqlite")
    rows = [(f"2023-03-{d:02d}", "1001", "Person 1001", "ordinarie", None, None, 8.0) for d in (1, 2)]
    import_file(db, "tid", write_csv(tmp_path / "a.csv", [TID_HEADER, *rows]), unit="Stortorp")
    add_time_row(db, unit="Stortorp", day=date(2023, 3, 2), employee="9100", name="Nora Vik",
                 category="vikarie", hours=7.5)  # a vikarie called in, typed in the window
    again = [(r[0], *r[1:6], 6.0) for r in rows]
    out = import_file(db, "tid", write_csv(tmp_path / "b.csv", [TID_HEADER, *again]), unit="Stortorp",
                      replace=True)
    log = read_change_log(db)
    assert {"fönstret", f"import #{out.batch_id}"} <= set(log["source"])
    mine = log[log["source"] == f"import #{out.batch_id}"]
    # The two imported rows and the window's one are replaced; no table logs "0 rader" it did not touch
    # (absence_cover held nothing), and every table has its Swedish title.
    assert not mine["old_value"].astype(str).str.startswith("0 ").any(), mine.to_string()
    replaced = mine[mine["new_value"].astype(str).str.startswith("ersatt")]
    assert replaced.set_index("table_name")["old_value"].to_dict() == {"time_entry": "3 rader"}
    assert "absence_cover" not in set(log["table_title"])
    db.close()
