"""Backups with the online backup API, restore, and check of a damaged file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from vonapp.store.backup import KEEP, backup, integrity_problems, list_backups
from vonapp.store.database import Database, open_database
from vonapp.store.errors import StoreError
from vonapp.store.models import Unit
from vonapp.store.restore import restore


def _units(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Unit.name).order_by(Unit.name)))


def test_backup_then_restore_brings_back_the_old_content(database: Database) -> None:
    with database.session() as s:
        s.add(Unit(name="Stortorp", kind="särskilt boende"))
    saved = backup(database)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    with database.session() as s:
        s.add(Unit(name="Ny enhet", kind="hemtjänst"))
    assert _units(database) == ["Ny enhet", "Stortorp"]
    safety = restore(database, saved)
    assert _units(database) == ["Stortorp"]
    # what was there before the restore is itself kept
    check = open_database(safety, lock=False, migrate=False)
    assert _units(check) == ["Ny enhet", "Stortorp"]
    check.close()


def test_only_the_last_ten_backups_are_kept(database: Database, db_path: Path) -> None:
    made = [backup(database) for _ in range(KEEP + 3)]
    kept = list_backups(db_path)
    assert len(kept) == KEEP
    assert kept == made[-KEEP:]


def test_restore_refuses_a_damaged_file_and_changes_nothing(database: Database, tmp_path: Path) -> None:
    with database.session() as s:
        s.add(Unit(name="Stortorp", kind="särskilt boende"))
    bad = tmp_path / "trasig.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with pytest.raises(StoreError):
        restore(database, bad)
    assert _units(database) == ["Stortorp"]


def test_check_finds_a_damaged_database(database: Database, db_path: Path, tmp_path: Path) -> None:
    with database.session() as s:
        s.add_all(Unit(name=f"Enhet {i}", kind="hemtjänst", ansvar="x" * 200) for i in range(400))
    database.close()
    assert integrity_problems(db_path) == []
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(db_path.read_bytes())
    page = 4096
    for p in range(2, len(data) // page):  # scribble over every page but the header page
        data[p * page + 100 : p * page + 300] = b"\xff" * 200
    damaged.write_bytes(bytes(data))
    assert integrity_problems(damaged) != []


def test_restore_refuses_a_file_that_is_not_a_vonapp_database(database: Database, tmp_path: Path) -> None:
    other = tmp_path / "x.sqlite"
    import sqlite3

    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreError, match="ingen vonapp-databas"):
        restore(database, other)


def test_start_backup_happens_once_a_day_and_only_after_a_change(database: Database, db_path: Path) -> None:
    import os
    import time

    from vonapp.store.backup import backup_on_start

    first = backup_on_start(database)
    assert first is not None  # no backup yet: make one
    assert backup_on_start(database) is None  # the same day: none
    # A day later but nothing changed since: none.
    old = time.time() - 2 * 86400
    os.utime(first, (old, old))
    os.utime(db_path, (old - 10, old - 10))
    for side in (Path(f"{db_path}-wal"),):
        if side.exists():
            os.utime(side, (old - 10, old - 10))
    assert backup_on_start(database) is None
    # A day later and changed: a new backup.
    with database.session() as s:
        s.add(Unit(name="Ändrad", kind="hemtjänst"))
    database.close()
    os.utime(db_path, None)
    assert backup_on_start(database) is not None


def test_a_damaged_start_is_offered_the_newest_good_backup(database: Database, db_path: Path) -> None:
    from vonapp.store.backup import newest_good_backup, quick_check

    good = backup(database)
    assert quick_check(db_path)
    assert newest_good_backup(db_path) == good
    broken = good.parent / f"{db_path.stem}-99991231-235959-000000-manuell.sqlite"  # sorts newest
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert list_backups(db_path)[-1] == broken
    assert newest_good_backup(db_path) == good  # the newer but broken copy is passed over
