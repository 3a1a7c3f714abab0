"""Offline on the laptop: `vonapp copy` takes a manager's units down, `vonapp push` sends her edits back,
applying those whose server value is unchanged since the copy and listing the others."""

from __future__ import annotations

import json
from pathlib import Path

from tests.server.helpers import ANNA, cli
from vonapp.store.changelog import read_change_log
from vonapp.store.database import open_database
from vonapp.store.edits_budget import (
    budget_years_frame,
    set_budget_year_values,
    set_unit_values,
    units_frame,
)


def _budget_id(db, unit: str, year: int) -> int:  # noqa: ANN001 - Database
    frame = budget_years_frame(db, unit)
    return int(frame.loc[frame["year"] == year, "id"].iloc[0])


def test_copy_takes_only_her_units_and_opens_offline(shared: dict[str, str], tmp_path: Path, capsys) -> None:
    laptop = tmp_path / "anna.sqlite"
    code, out, err = cli(capsys, "copy", "--from", shared[ANNA], "--to", str(laptop))
    assert code == 0, err
    assert "Kopierade 1 enheter" in out
    _, out, _ = cli(capsys, "units", "--json", "--db", str(laptop))
    assert [u["name"] for u in json.loads(out)] == ["Stortorp"]
    # The same figures offline as on the server.
    args = ["summary", "--unit", "Stortorp", "--period", "2023", "--json"]
    _, offline, _ = cli(capsys, *args, "--db", str(laptop))
    _, online, _ = cli(capsys, *args, "--db", shared[ANNA])
    assert json.loads(offline) == json.loads(online)
    code, out, _ = cli(capsys, "check", "--db", str(laptop))
    assert code == 0 and "är hel" in out


def test_copy_of_a_unit_she_may_not_see_is_refused(shared: dict[str, str], tmp_path: Path, capsys) -> None:
    code, _, err = cli(capsys, "copy", "--from", shared[ANNA], "--to", str(tmp_path / "x.sqlite"),
                       "--unit", "Hemtjänst Centrum")
    assert code == 2 and "inte din" in err
    assert not (tmp_path / "x.sqlite").exists()


def test_push_applies_unchanged_rows_and_lists_those_changed_meanwhile(shared: dict[str, str], tmp_path: Path,
                                                                         capsys) -> None:
    laptop = tmp_path / "anna.sqlite"
    assert cli(capsys, "copy", "--from", shared[ANNA], "--to", str(laptop))[0] == 0
    # Offline, Anna edits three values (one of them twice).
    local = open_database(laptop)
    try:
        set_budget_year_values(local, [(_budget_id(local, "Stortorp", 2023), "action_requirement_tkr", 4000.0)])
        set_budget_year_values(local, [(_budget_id(local, "Stortorp", 2023), "action_requirement_tkr", 4500.0)])
        set_budget_year_values(local, [(_budget_id(local, "Stortorp", 2024), "hourly_cost", 400.0)])
        set_unit_values(local, [(int(units_frame(local)["id"][0]), "places", 62)])
    finally:
        local.close()
    # Meanwhile on the server the admin changes Stortorp's 2024 hourly cost.
    admin = open_database(shared["admin"])
    try:
        set_budget_year_values(admin, [(_budget_id(admin, "Stortorp", 2024), "hourly_cost", 390.0)])
    finally:
        admin.close()
    code, out, err = cli(capsys, "push", str(laptop), "--to", shared[ANNA])
    assert code == 1, err
    assert "2 ändringar skickade" in out
    assert "budget_year Stortorp 2024, hourly_cost: 377 → 400 (servern har nu 390)" in out
    admin = open_database(shared["admin"])
    try:
        years = budget_years_frame(admin, "Stortorp").set_index("year")
        assert years.loc[2023, "action_requirement_tkr"] == 4500.0  # the laptop's last value
        assert years.loc[2024, "hourly_cost"] == 390.0  # the server's, not overwritten
        assert units_frame(admin).set_index("name").loc["Stortorp", "places"] == 62
        log = read_change_log(admin, source="push från bärbar kopia")
        assert sorted(log["column_name"]) == ["action_requirement_tkr", "places"]
    finally:
        admin.close()
    # A second push sends nothing again; the listed one stays listed.
    code, out, _ = cli(capsys, "push", str(laptop), "--to", shared[ANNA])
    assert code == 1 and "0 ändringar skickade" in out and "hourly_cost" in out


def test_push_of_a_file_that_is_no_copy_is_refused(tmp_path: Path, capsys, demo_path: Path) -> None:
    code, _, err = cli(capsys, "push", str(demo_path), "--to", "postgresql+psycopg://x@/y")
    assert code == 2 and "ingen kopia från en server" in err
