"""Storage safety: schema equals the models, migrations round-trip, lock, permissions, refusals."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from vonapp.store.database import Database, open_database
from vonapp.store.errors import DatabaseLocked, StoreError
from vonapp.store.migrate import alembic_config, current_revision, head_revision
from vonapp.store.models import Base, Unit


def test_migrated_schema_equals_the_models(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_migrations_round_trip(database: Database) -> None:
    cfg = alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with database.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert current_revision(database) == head_revision()
    with database.engine.connect() as conn:
        assert {"unit", "time_entry", "budget_year", "import_batch"} <= set(inspect(conn).get_table_names())


def test_pragmas_are_the_safe_ones(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_failed_transaction_leaves_nothing_behind(database: Database) -> None:
    with pytest.raises(RuntimeError), database.session() as s:
        s.add(Unit(name="Halvskriven", kind="hemtjänst"))
        s.flush()
        s.execute(text("CREATE TABLE scratch (x INTEGER)"))  # DDL is rolled back too
        raise RuntimeError("boom")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM unit").scalar() == 0
        assert "scratch" not in inspect(conn).get_table_names()


def test_database_files_are_readable_by_the_owner_only(db_path: Path) -> None:
    db = open_database(db_path)
    with db.session() as s:
        s.add(Unit(name="A", kind="hemtjänst"))
    for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        if p.exists():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    db.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_a_second_process_is_told_who_holds_the_database(db_path: Path) -> None:
    import subprocess
    import sys

    open_database(db_path).close()
    # Another process holds the database open (the OS lock is what counts, not the file's text).
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from vonapp.store.database import open_database; "
         f"db = open_database({str(db_path)!r}); print('held', flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseLocked) as err:
            open_database(db_path)
        assert socket.gethostname() in str(err.value)
        assert str(holder.pid) in str(err.value)
    finally:
        holder.communicate("\n", timeout=60)


def test_a_stale_lock_after_a_crash_is_taken_over(db_path: Path) -> None:
    open_database(db_path).close()
    dead_pid = 2**22 + 12345  # beyond pid_max on Linux: no such process
    Path(f"{db_path}.lock").write_text(json.dumps({"host": socket.gethostname(), "pid": dead_pid, "since": "x"}))
    db = open_database(db_path)
    assert json.loads(Path(f"{db_path}.lock").read_text())["pid"] == os.getpid()
    db.close()
    assert not Path(f"{db_path}.lock").exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    f = tmp_path / "budget.xlsx"
    f.write_bytes(b"PK\x03\x04 not sqlite")
    with pytest.raises(StoreError, match="ingen vonapp-databas"):
        open_database(f)
    assert f.read_bytes() == b"PK\x03\x04 not sqlite"
    assert not Path(f"{f}.lock").exists()


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "other.sqlite"
    with sqlite3.connect(f) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="ingen vonapp-databas"):
        open_database(f)
    with sqlite3.connect(f) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contacts"]
    conn.close()


def test_a_database_newer_than_the_program_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()
    with pytest.raises(StoreError, match="nyare version"):
        open_database(db_path)


def test_a_path_in_a_missing_folder_is_refused_without_creating_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="finns inte"):
        open_database(tmp_path / "saknas" / "vonapp.sqlite")
    assert not (tmp_path / "saknas").exists()
