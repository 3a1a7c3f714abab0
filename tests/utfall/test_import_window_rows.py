"""An import that would overwrite days or placements entered in the window lists them and needs replace."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.io.helpers import TID_HEADER, write_csv
from tests.utfall.conftest import MONDAY
from vonapp.io.imports import import_file
from vonapp.io.imports.problems import ImportRefused
from vonapp.store.database import Database
from vonapp.store.edits_utfall import place_resurspass, set_occupancy
from vonapp.store.utfall import load_day


def _tid(tmp_path: Path, name: str, placement: str = "ej placerad") -> Path:
    return write_csv(tmp_path / name, [TID_HEADER, ("2024-03-04", "1001", "Anna", "ordinarie", "", "", 8),
                                       ("2024-03-04", "1002", "Bo", "resurspass", "", placement, 8)])


def test_a_placement_changed_in_the_window_is_listed_and_kept_without_replace(unit_db: Database,
                                                                           tmp_path: Path) -> None:
    import_file(unit_db, "tid", _tid(tmp_path, "v10.csv"), unit="Ekgården")
    place_resurspass(unit_db, unit="Ekgården", day=MONDAY, employee="1002", placement="egen enhet")
    again = _tid(tmp_path, "v10-igen.csv", placement="Lind")
    with pytest.raises(ImportRefused) as refused:
        import_file(unit_db, "tid", again, unit="Ekgården", dry_run=True)
    text = str(refused.value)
    assert "inlagt eller ändrat i fönstret: 2024-03-04 (1 rad, 1 resurspassplacering)" in text
    with pytest.raises(ImportRefused):
        import_file(unit_db, "tid", again, unit="Ekgården")
    rows = load_day(unit_db, "Ekgården", MONDAY).rows
    assert rows.loc[rows["category"] == "resurspass", "placement"].tolist() == ["egen enhet"]
    dry = import_file(unit_db, "tid", again, unit="Ekgården", dry_run=True, replace=True)
    assert any("i fönstret: 2024-03-04" in line for line in dry.lines)
    import_file(unit_db, "tid", again, unit="Ekgården", replace=True)
    rows = load_day(unit_db, "Ekgården", MONDAY).rows
    assert rows.loc[rows["category"] == "resurspass", "placement_unit"].tolist() == ["Lind"]


def test_typed_occupancy_days_are_listed_before_a_file_replaces_them(unit_db: Database, tmp_path: Path) -> None:
    set_occupancy(unit_db, unit="Ekgården", day=date(2024, 3, 2), occupied=9)
    path = write_csv(tmp_path / "bel.csv", [("datum", "platser", "belagda"), ("2024-03-01", 10, 8),
                                            ("2024-03-02", 10, 7)])
    with pytest.raises(ImportRefused, match=r"i fönstret: 2024-03-02 \(1 rad\)"):
        import_file(unit_db, "belaggning", path, unit="Ekgården", dry_run=True)
    done = import_file(unit_db, "belaggning", path, unit="Ekgården", replace=True)
    assert done.status == "imported"
