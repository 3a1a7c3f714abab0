"""The change log: rows written by edits, read back filtered and newest first; migration 0003."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from vonapp.store import changelog
from vonapp.store.changelog import log_change, read_change_log, value_text
from vonapp.store.database import Database, open_database
from vonapp.store.edits_budget import (
    budget_years_frame,
    set_budget_year_values,
    set_unit_values,
    units_frame,
)
from vonapp.store.errors import StoreError
from vonapp.store.migrate import HEAD_REVISION, alembic_config, current_revision


def test_an_edit_writes_one_row_per_changed_value_and_returns_the_reverse(demo_db: Database) -> None:
    frame = budget_years_frame(demo_db, "Stortorp")
    year_id, year, cost = int(frame.loc[0, "id"]), int(frame.loc[0, "year"]), float(frame.loc[0, "hourly_cost"])
    reverse = set_budget_year_values(demo_db, [(year_id, "hourly_cost", 600.0), (year_id, "hourly_cost", 610.0),
                                               (year_id, "action_requirement_tkr", None)])
    old_requirement = frame.loc[0, "action_requirement_tkr"]
    # The reverse changes, in the order that undoes them: the requirement, then 610 → 600 → the old cost.
    assert reverse[0][1] == "action_requirement_tkr" and reverse[1:] == [(year_id, "hourly_cost", 600.0),
                                                                       (year_id, "hourly_cost", cost)]
    log = read_change_log(demo_db)
    assert list(log["column_name"]) == ["action_requirement_tkr", "hourly_cost", "hourly_cost"]
    assert list(log["new_value"]) == [None, "610", "600"]
    assert log["old_value"].iloc[2] == value_text(cost)
    assert log["old_value"].iloc[0] == value_text(old_requirement)
    assert set(log["row_key"]) == {f"Stortorp {year}"} and set(log["unit"]) == {"Stortorp"}
    assert set(log["table_title"]) == {"Budgetår"} and set(log["source"]) == {"fönstret"}
    assert (log["os_user"] != "").all()
    set_budget_year_values(demo_db, reverse)
    assert budget_years_frame(demo_db, "Stortorp").equals(frame)


def test_a_refused_edit_writes_nothing(demo_db: Database) -> None:
    frame = budget_years_frame(demo_db)
    with pytest.raises(StoreError, match="Timkostnad måste vara större än 0"):
        set_budget_year_values(demo_db, [(int(frame.loc[0, "id"]), "personnel_budget_kr", 1.0),
                                         (int(frame.loc[1, "id"]), "hourly_cost", 0)])
    with pytest.raises(StoreError, match="finns inte längre"):
        set_budget_year_values(demo_db, [(int(frame.loc[0, "id"]), "personnel_budget_kr", 1.0),
                                         (999_999, "hourly_cost", 500)])
    assert budget_years_frame(demo_db).equals(frame)
    assert read_change_log(demo_db).empty


def test_filters_and_limit(demo_db: Database) -> None:
    units = units_frame(demo_db).set_index("name")
    set_unit_values(demo_db, [(int(units.loc["Stortorp", "id"]), "places", 61)])
    set_unit_values(demo_db, [(int(units.loc["Hemtjänst Centrum", "id"]), "ansvar", "4711")],
                    source=changelog.COMMAND_LINE)
    with demo_db.session() as s:
        log_change(s, table="measure", key="Stortorp 2024 Minska övertid", column="status", old="planerad",
                   new="genomförd", source=changelog.import_source(7), unit_id=int(units.loc["Stortorp", "id"]))
    assert len(read_change_log(demo_db)) == 3
    assert list(read_change_log(demo_db, unit="Stortorp")["column_name"]) == ["status", "places"]
    assert list(read_change_log(demo_db, table="unit")["row_key"]) == ["Hemtjänst Centrum", "Stortorp"]
    assert list(read_change_log(demo_db, source="kommandoraden")["new_value"]) == ["4711"]
    assert list(read_change_log(demo_db, source="import")["source"]) == ["import #7"]
    assert list(read_change_log(demo_db, text="ÖVERTID")["column_name"]) == ["status"]
    assert len(read_change_log(demo_db, limit=2)) == 2
    assert changelog.change_log_choices(demo_db) == (["measure", "unit"], ["fönstret", "import #7", "kommandoraden"])


def test_the_os_user_has_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise OSError("no passwd entry")

    monkeypatch.setattr(changelog, "_user", None)
    monkeypatch.setattr(changelog.getpass, "getuser", no_user)
    monkeypatch.delenv("USERNAME", raising=False)
    assert changelog.os_user() == "okänd"
    monkeypatch.setattr(changelog, "_user", None)


def test_values_as_text() -> None:
    assert [value_text(v) for v in (None, 12.0, 12.5, 3, True, float("nan"), "x")] == [
        None, "12", "12.5", "3", "ja", None, "x"]


def test_a_0002_database_is_upgraded_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "gammal.sqlite"
    with open_database(path) as db, db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")  # as written by the release before the change log
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO unit (name, kind, places) VALUES ('Stortorp', 'särskilt boende', 60)")
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'change_log'").fetchall()
    conn.close()
    with open_database(path) as db:
        assert current_revision(db) == HEAD_REVISION  # 0003 or any later head
        assert units_frame(db)[["name", "places"]].values.tolist() == [["Stortorp", 60]]
        set_unit_values(db, [(int(units_frame(db)["id"][0]), "places", 62)])
        assert list(read_change_log(db)["new_value"]) == ["62"]
