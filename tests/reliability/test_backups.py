"""Damage is noticed and good backups survive it: verified copies, careful pruning, one folder per database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.reliability.conftest import damage, units_in
from vonapp.store.backup import KEEP, backup, backup_file, list_backups
from vonapp.store.damage import integrity_problems, quick_check
from vonapp.store.database import open_database
from vonapp.store.errors import StoreError
from vonapp.store.models import Unit
from vonapp.store.paths import backup_dir


def test_every_backup_is_verified_and_a_failed_one_is_not_kept(filled: Path) -> None:
    good = backup_file(filled)
    assert quick_check(good)
    damage(filled, "sidor")
    with pytest.raises(StoreError, match="inte hel|ingen halv kopia"):
        backup_file(filled)
    assert list(backup_dir(filled).iterdir()) == [good] or sorted(
        p.name for p in backup_dir(filled).iterdir() if not p.name.startswith(".verifierade")) == [good.name]
    assert not [p for p in backup_dir(filled).iterdir() if p.name.startswith(".delvis-")]


def test_pruning_keeps_the_newest_ten_good_backups(database, db_path: Path) -> None:  # noqa: ANN001
    made = [backup(database) for _ in range(KEEP)]
    for rotten in made[-2:]:  # bit rot in the two newest
        damage(rotten, "sidor")
        assert not quick_check(rotten)
    new = [backup(database) for _ in range(3)]
    good = [p for p in list_backups(db_path) if quick_check(p)]
    # 3 new + the 7 good older ones: the oldest good one had to go, the damaged ones do not count
    assert good == [*made[1:-2], *new]


def test_pruning_never_removes_the_newest_backup_that_passes_integrity_check(database, db_path: Path) -> None:  # noqa: ANN001
    with database.session() as s:
        s.add(Unit(name="Stortorp", kind="särskilt boende"))
    sound = backup(database)
    database.close()
    # Then the database gains a broken reference that quick_check does not see (integrity_check does).
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO employee (unit_id, employment_number, display_name, employment_form) "
                     "VALUES (9999, '1001', 'Test Testsson', 'timavlönad')")
    conn.close()
    for _ in range(KEEP + 2):
        backup(database)
    kept = list_backups(db_path)
    assert sound in kept
    assert integrity_problems(sound) == []
    assert all(integrity_problems(p) for p in kept if p != sound)


def test_each_database_has_its_own_backup_folder(tmp_path: Path) -> None:
    a, b = tmp_path / "vonapp.sqlite", tmp_path / "vonapp.db"
    for path in (a, b):
        with open_database(path) as db:
            for _ in range(KEEP):
                backup(db)
    with open_database(a) as db:
        backup(db)
    assert backup_dir(a) != backup_dir(b)
    assert len(list_backups(a)) == KEEP and len(list_backups(b)) == KEEP  # a's pruning left b's alone


def test_backups_in_the_old_shared_folder_move_to_the_database_they_belong_to(tmp_path: Path) -> None:
    db_path = tmp_path / "vonapp.sqlite"
    with open_database(db_path) as db:
        made = backup(db)
    old = tmp_path / "vonapp-backups"
    old.mkdir()
    legacy = old / "vonapp-20250101-080000-000000-manuell.sqlite"
    made.rename(legacy)
    assert legacy.name in [p.name for p in list_backups(db_path)]
    assert (backup_dir(db_path) / legacy.name).exists() and not old.exists()


def test_the_old_shared_folder_is_left_alone_when_two_databases_share_its_name(tmp_path: Path) -> None:
    a, b = tmp_path / "vonapp.sqlite", tmp_path / "vonapp.db"
    with open_database(a) as db:
        made = backup(db)
    open_database(b).close()
    old = tmp_path / "vonapp-backups"
    old.mkdir()
    legacy = old / "vonapp-20250101-080000-000000-manuell.sqlite"
    made.rename(legacy)
    for _ in range(KEEP + 1):
        backup_file(a)
    assert legacy.exists()  # whose it is cannot be told: never moved, never pruned


def test_a_failed_backup_on_a_full_disk_leaves_nothing_partial(tiny_disk: Path, tmp_path: Path) -> None:
    import shutil

    built = tmp_path / "byggd.sqlite"
    with open_database(built) as db, db.session() as s:
        s.add_all(Unit(name=f"Enhet {i:04d}", kind="hemtjänst", ansvar="x" * 300) for i in range(600))
    db_path = tiny_disk / "vonapp.sqlite"
    shutil.copy(built, db_path)
    assert db_path.stat().st_size > 1024 * 1024 / 2  # a copy cannot fit beside it on the 1 MB disk
    with open_database(db_path) as db, pytest.raises(StoreError, match="full") as err:
        backup(db)
    assert str(err.value).startswith("Säkerhetskopian kunde inte skapas: disken")
    folder = backup_dir(db_path)
    assert not folder.exists() or not [p for p in folder.iterdir() if p.name != ".verifierade.json"]
    assert len(units_in(db_path)) == 600


def test_a_failed_quick_check_at_window_close_warns(qtbot, open_window, filled: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import on_modal

    window = open_window(filled)
    damage(filled, "sidor")
    warnings: list[str] = []
    on_modal(QMessageBox, lambda box: (warnings.append(box.text()), box.accept()))
    window.close()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "skadad" in warnings[0]
