"""Many at once on the server: short transactions, no blocking across units, a lost server in Swedish."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests.backends import Server
from tests.server.helpers import ANNA, BO, cli
from vonapp.store.database import open_database
from vonapp.store.models import TimeEntry, Unit
from vonapp.store.server.errors import ServerGone


def test_two_managers_editing_different_units_do_not_block(shared: dict[str, str]) -> None:
    anna = create_engine(shared[ANNA], poolclass=NullPool).connect()
    bo = create_engine(shared[BO], poolclass=NullPool).connect()
    try:
        # Anna is in the middle of an edit of Stortorp (its budget rows, its unit row, new time rows) …
        anna.execute(text("UPDATE budget_year SET action_requirement_tkr = 1 WHERE year = 2023"))
        anna.execute(text("UPDATE unit SET places = places"))
        anna.execute(text("INSERT INTO time_entry (unit_id, date, category, hours) "
                          "SELECT id, '2024-09-02', 'ordinarie', 8 FROM unit"))
        # … and Bo edits Hemtjänst Centrum at the same moment: no wait (a wait would hit this timeout).
        bo.exec_driver_sql("SET lock_timeout = '500ms'")
        assert bo.execute(text("UPDATE budget_year SET action_requirement_tkr = 2 WHERE year = 2023")).rowcount == 1
        bo.execute(text("UPDATE unit SET places = places"))
        bo.execute(text("INSERT INTO time_entry (unit_id, date, category, hours) "
                        "SELECT id, '2024-09-02', 'ordinarie', 8 FROM unit"))
        bo.commit()
        anna.commit()
    finally:
        anna.close()
        bo.close()


def test_an_import_holds_no_lock_after_its_transaction(shared: dict[str, str], capsys, tmp_path) -> None:
    from vonapp.assets import resource

    code, _, err = cli(capsys, "import", "ekonomi", str(resource("templates", "ekonomi.csv")), "--unit", "Stortorp",
                       "--replace", "--db", shared[ANNA])
    assert code == 0, err
    admin = create_engine(shared["admin"], poolclass=NullPool)
    with admin.connect() as conn:
        held = conn.execute(text(
            "SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
            "WHERE d.datname = current_database() AND l.pid <> pg_backend_pid()")).scalar()
        lock_rows = conn.execute(text("SELECT COUNT(*) FROM server_lock")).scalar()
    assert held == 0 and lock_rows == 0


def test_a_server_gone_mid_edit_writes_nothing_and_says_so_in_swedish(pg_server: Server) -> None:
    url = pg_server.new_database()
    db = open_database(url)
    try:
        with pytest.raises(ServerGone, match="Förbindelsen med databasservern bröts; ändringen sparades inte"):
            with db.session() as s:
                s.add(Unit(name="Halvskriven", kind="hemtjänst"))
                s.flush()
                pid = s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
                pg_server.run(f"SELECT pg_terminate_backend({pid})")  # the server goes away mid-edit
                s.add(TimeEntry(unit_id=1, date=date(2024, 1, 2), category="ordinarie", hours=8))
        # The next edit reconnects by itself (pool_pre_ping) and finds nothing half-written.
        with db.session() as s:
            assert s.query(Unit).count() == 0
    finally:
        db.close()
