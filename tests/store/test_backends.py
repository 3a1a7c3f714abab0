"""The store on SQLite and on PostgreSQL (the `backend` fixture runs each test on both)."""

from __future__ import annotations

import os
import socket

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tests.backends import Backend
from vonapp.domain.periods import parse_period
from vonapp.store.errors import DatabaseLocked
from vonapp.store.figures import load_summary
from vonapp.store.models import Base, Unit
from vonapp.store.queries import list_units


def test_migrated_schema_equals_the_models(backend: Backend) -> None:
    db = backend.open(backend.target())
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_a_failed_transaction_leaves_nothing_behind(backend: Backend) -> None:
    db = backend.open(backend.target())
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Unit(name="Halvskriven", kind="hemtjänst"))
        s.flush()
        s.execute(text("CREATE TABLE scratch (x INTEGER)"))  # DDL is rolled back too, on both
        raise RuntimeError("boom")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM unit").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM unit").scalar() == 0
    with pytest.raises(Exception), db.engine.connect() as conn:  # noqa: B017,PT011 - no such table on either
        conn.exec_driver_sql("SELECT * FROM scratch")


def test_the_demo_reads_the_same_units_and_the_seeds_occupancy(backend: Backend) -> None:
    db = backend.open(backend.demo())
    assert db.is_demo
    with db.session() as s:
        assert len(list_units(s)) == 7
    # Seed 000: Stortorp 96,3 % occupancy in 2023-Q1.
    assert round(load_summary(db, "Stortorp", parse_period("2023-Q1")).occupancy_pct, 1) == 96.3


def test_new_rows_get_ids_after_the_bulk_loaded_demo(backend: Backend) -> None:
    # The demo hands out ids itself; on PostgreSQL the sequences are moved past them (dialect.after_bulk_load).
    db = backend.open(backend.demo())
    with db.session() as s:
        unit = Unit(name="Ny enhet", kind="hemtjänst")
        s.add(unit)
        s.flush()
        assert unit.id == 8


def test_a_second_program_is_refused_with_the_holder_named(backend: Backend) -> None:
    target = backend.target()
    first = backend.open(target)
    assert first.lock is not None
    if backend.kind == "sqlite":  # the OS file lock of another process (vonapp.store.lock)
        from tests.lockholder import lock_held_elsewhere

        path = first.path
        first.close()
        with lock_held_elsewhere(path) as pid, pytest.raises(DatabaseLocked, match=f"process {pid}"):
            backend.open(target)
        return
    # On a server: the lock row names host, process and time; the advisory lock proves it alive.
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    other = create_engine(target, poolclass=NullPool).connect()  # another program of the same role
    try:
        first.close()
        other.exec_driver_sql("SELECT pg_advisory_lock(hashtext('vonapp:' || current_user))")
        other.exec_driver_sql("INSERT INTO server_lock (who, host, pid, since) "
                              "VALUES (current_user, 'laptop-17', 4242, '2024-03-01 08:00')")
        other.commit()
        with pytest.raises(DatabaseLocked, match=r"laptop-17 \(process 4242, sedan 2024-03-01 08:00\)"):
            backend.open(target)
    finally:
        other.close()  # the holder is gone: its advisory lock goes with its connection
    again = backend.open(target)  # the stale row is taken over
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT host, pid FROM server_lock").one() == (socket.gethostname(), os.getpid())
